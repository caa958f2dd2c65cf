"""`align terms …`: find glossary terms in articles, build candidates from document pairs, merge
accepted candidates, check and export glossaries."""

from pathlib import Path
from typing import Optional

import typer

from align.cli import options
from align.types import Direction, Engine, ExportFormat, LangOption, TableFormat, TermKind

app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Glossary terms: find them in articles, build candidates from document pairs, merge, check, export.")


@app.command("find")
@options.reports_errors
def find(
    files: list[Path] = typer.Argument(..., help="Article files.", readable=False),
    lang: LangOption = options.InputLanguage,
    glossary: Optional[list[str]] = options.Glossaries,
    fmt: TableFormat = options.Table,
    output: Optional[Path] = options.Output,
    keep_boilerplate: bool = typer.Option(False, "--keep-boilerplate", help="Search every line, not only the article body."),
    quiet: bool = options.Quiet,
    force: bool = options.Force,
) -> None:
    """List glossary terms found in articles, with offsets into the decoded original."""
    import itertools

    from align.io import TERM_COLUMNS, atomic_writer, term_records, write_records
    from align.terms.glossary import glossary_or_bundled
    from align.text.segment import segment_file

    options.check_outputs([output], files, glossary, force)
    terms = glossary_or_bundled(glossary)
    documents = (
        options.warn_about_language(segment_file(path, options.language(lang), keep_boilerplate=keep_boilerplate, lang_check=False), options.language(lang))
        for path in options.progress(files, len(files), quiet, "find", "file")
    )
    first = next(documents)  # read before the table begins: a first file that cannot be read prints no header
    with atomic_writer(output) as stream:
        write_records((r for d in itertools.chain([first], documents) for r in term_records(d, terms)), TERM_COLUMNS, fmt.value, stream)


@app.command("build")
@options.reports_errors
def build(
    ko: Optional[Path] = typer.Argument(None, help="Korean document (or a directory of *.ko.txt / *.zh.txt twins, or a TMX translation memory).", readable=False),
    zh: Optional[Path] = typer.Argument(None, help="Chinese document.", readable=False),
    pairs: Optional[Path] = typer.Option(None, "--pairs", help="TSV listing ko_path<TAB>zh_path per line.", readable=False),
    presegmented: bool = options.Presegmented,
    keep_boilerplate: bool = options.KeepBoilerplate,
    glossary: Optional[list[str]] = typer.Option(None, "--glossary", "-g", help="Glossary whose pairs are marked known, or 'none'; default: the bundled glossary."),
    new_only: bool = typer.Option(False, "--new-only", help="Leave out pairs the glossary already has."),
    fmt: TableFormat = options.Table,
    output: Optional[Path] = options.Output,
    workers: Optional[int] = options.Workers,
    engine: Engine = options.EngineChoice,
    scheduler: Optional[str] = options.Scheduler,
    quiet: bool = options.Quiet,
    force: bool = options.Force,
) -> None:
    """Propose Korean-Chinese term pairs from document pairs, with their evidence, best first.

    Over many pairs, reading, splitting and aligning run on --workers processes (or Dask); the
    candidates are the same as in one process."""
    from align.corpus.listing import document_pairs, translation_memory
    from align.corpus.runs import induce_corpus
    from align.io import CANDIDATE_COLUMNS, atomic_writer, candidate_records, write_records
    from align.terms.glossary import glossary_from_option
    from align.terms.induce import induce_from_memory

    memory = translation_memory(ko, zh, pairs)
    options.check_engine(engine, scheduler, "a translation memory is read in this process" if memory is not None else None)
    known = glossary_from_option(glossary)
    if memory is not None:
        from align.terms.formats import read_tmx

        options.check_outputs([output], [memory], glossary, force)
        found = induce_from_memory(read_tmx(memory), known, new_only)
        with atomic_writer(output) as stream:
            write_records(candidate_records(found, flat=fmt is not TableFormat.JSONL), CANDIDATE_COLUMNS, fmt.value, stream)
        return
    listed = document_pairs(ko, zh, pairs)
    options.check_outputs([output], [path for pair in listed for path in pair] + ([pairs] if pairs else []), glossary, force)
    candidates = induce_corpus(
        listed, known, presegmented, new_only, engine.value, workers, scheduler,
        progress=lambda items, total: iter(options.progress(items, total, quiet, "pairs", "pair")),
        notify=options.tell,
        keep_boilerplate=keep_boilerplate,
    )
    with atomic_writer(output) as stream:
        write_records(candidate_records(candidates, flat=fmt is not TableFormat.JSONL), CANDIDATE_COLUMNS, fmt.value, stream)


@app.command("merge")
@options.reports_errors
def merge(
    candidates: Path = typer.Argument(..., help="Candidates TSV from `align terms build`.", readable=False),
    into: Path = typer.Option(..., "--into", help="Glossary TSV to append to (rewritten atomically; begun if it does not exist).", readable=False),
    min_score: float = typer.Option(..., "--min-score", min=0.0, max=1.0, help="Accept candidates scoring at least this (0 to 1; 0 accepts every one)."),
    kind: TermKind = typer.Option(TermKind.OTHER, "--kind", help="Kind for the new entries."),
) -> None:
    """Append accepted candidates to a glossary: a pair already there is not added again; a form
    mapped to another target is refused as a conflict (exit status 1, the rest merged)."""
    from align.terms.merge import merge_candidates

    report = merge_candidates(candidates, into, min_score, kind.value)
    for message in report.refused:
        typer.echo(message, err=True)
    typer.echo(f"{into}: {report.added} added, {report.present} already there, {len(report.refused)} refused as conflicts, {report.below} below {min_score}")
    if report.refused:  # the rest is merged; the status says some rows need a decision
        raise typer.Exit(1)


@app.command("check")
@options.reports_errors
def check(glossaries: list[Path] = typer.Argument(..., help="Glossary TSV files.", readable=False)) -> None:
    """Validate glossaries: one `FILE:LINE: message` line per problem, exit status 1 if any."""
    from align.terms.glossary import check_glossary, load_glossary

    failed = False
    for path in glossaries:
        problems = check_glossary(path)
        for problem in problems:
            typer.echo(str(problem), err=True)
        if problems:
            failed = True
        else:
            typer.echo(f"{path}: {len(load_glossary(path))} terms, no problems")
    if failed:
        raise typer.Exit(1)


@app.command("export")
@options.reports_errors
def export(
    glossary: Path = typer.Argument(..., help="Glossary TSV.", readable=False),
    to: ExportFormat = typer.Option(ExportFormat.TBX, "--to", help="tbx: TBX v3; tbx2008: TBX-2008 (martif), as translate-toolkit and most CAT tools read it."),
    direction: Direction = typer.Option(Direction.KO_ZH, "--direction", help="Source and target order (tsv and google hold both directions alike: not used there)."),
    output: Optional[Path] = options.Output,
    force: bool = options.Force,
) -> None:
    """Export a glossary as TBX (ISO 30042: v3 or TBX-2008), CSV, TSV, or for DeepL, Google or OmegaT."""
    from align.io import atomic_writer, check_outputs
    from align.terms.export import export_glossary
    from align.terms.glossary import load_glossary

    check_outputs([output], [glossary], force)
    if direction is not Direction.KO_ZH and to in (ExportFormat.TSV, ExportFormat.GOOGLE):
        typer.echo(f"align: --direction {direction.value} does not apply to --to {to.value}, which holds both directions alike", err=True)
    text = export_glossary(load_glossary(glossary), to.value, direction.value)
    with atomic_writer(output) as stream:
        stream.write(text)
