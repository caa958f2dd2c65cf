"""`align segment`: clean scraped articles and split them into sentences."""

from pathlib import Path
from typing import Optional

import typer

from align.cli import options
from align.types import LangOption, SegmentFormat


@options.reports_errors
def segment(
    files: list[Path] = typer.Argument(..., help="Article files (any of UTF-8/16, CP949, GB18030, Big5)."),
    lang: LangOption = options.InputLanguage,
    fmt: SegmentFormat = typer.Option(SegmentFormat.TXT, "--format", help="txt: one sentence per line; jsonl: sentences, dropped spans, flags, metadata; tsv: sentences with offsets."),
    output: Optional[Path] = options.Output,
    split_semicolons: bool = typer.Option(False, "--split-semicolons", help="Also end Chinese sentences at ；"),
    keep_boilerplate: bool = options.KeepBoilerplate,
    quiet: bool = options.Quiet,
    force: bool = options.Force,
) -> None:
    """Clean scraped articles and split them into sentences."""
    from align.io import SENTENCE_COLUMNS, atomic_writer, check_outputs, segment_records, write_records, write_sentence_lines
    from align.text.segment import segment_file

    check_outputs([output], files, force)
    # One document at a time, so a directory of thousands of articles streams in constant memory;
    # the output file only appears when every input has been read.
    documents = (
        options.warn_about_cleaning(options.warn_about_language(segment_file(path, options.language(lang), split_semicolons, keep_boilerplate), options.language(lang)))
        for path in options.progress(files, len(files), quiet, "segment", "file")
    )
    with atomic_writer(output) as stream:
        if fmt is SegmentFormat.TXT:
            write_sentence_lines(documents, stream)
        else:
            records = (r for d in documents for r in segment_records(d, with_dropped=fmt is SegmentFormat.JSONL))
            write_records(records, SENTENCE_COLUMNS, fmt.value, stream)
