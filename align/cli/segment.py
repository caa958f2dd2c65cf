"""`align segment`: clean scraped articles and split them into sentences."""

from collections.abc import Iterator
from pathlib import Path
from typing import Optional

import typer

from align.cli import options
from align.types import LangOption, SegmentFormat


@options.reports_errors
def segment(
    files: list[Path] = typer.Argument(..., help="Article files (any of UTF-8/16, CP949, GB18030, Big5).", readable=False),
    lang: LangOption = options.InputLanguage,
    fmt: SegmentFormat = typer.Option(SegmentFormat.TXT, "--format", help="txt: one sentence per line; jsonl: sentences, dropped spans, flags, metadata; tsv: sentences with offsets."),
    output: Optional[Path] = options.Output,
    split_semicolons: bool = typer.Option(False, "--split-semicolons", help="Also end Chinese sentences at ；"),
    keep_boilerplate: bool = options.KeepBoilerplate,
    quiet: bool = options.Quiet,
    force: bool = options.Force,
) -> None:
    """Clean scraped articles and split them into sentences. Of several files, one that cannot be
    read (empty, binary, no text) is named in one line and left out, the rest are written, and the
    exit status is 1; a file that does not exist stops the run first."""
    from align.errors import AlignError
    from align.io import SENTENCE_COLUMNS, atomic_writer, check_outputs, segment_records, write_records, write_sentence_lines
    from align.text.decode import require_file
    from align.text.document import Document
    from align.text.segment import segment_file

    check_outputs([output], files, force)
    for path in files:  # a name mistyped on the command line stops the run before any work
        require_file(path)
    failed: list[Path] = []

    def read(paths: list[Path]) -> Iterator[Document]:
        # One document at a time, so a directory of thousands of articles streams in constant memory;
        # the output file only appears when every input has been read.
        for path in options.progress(paths, len(paths), quiet, "segment", "file"):
            try:
                document = segment_file(path, options.language(lang), split_semicolons, keep_boilerplate, lang_check=False)
            except AlignError as error:
                if len(paths) == 1:
                    raise
                typer.echo(f"align: {error}", err=True)  # one unreadable page of a pile costs that page, not the others' output
                failed.append(path)
                continue
            yield options.tell_reading_notes(options.warn_about_language(document, options.language(lang)))

    documents = read(files)
    with atomic_writer(output) as stream:
        if fmt is SegmentFormat.TXT:
            write_sentence_lines(documents, stream)
        else:
            records = (r for d in documents for r in segment_records(d, with_dropped=fmt is SegmentFormat.JSONL))
            write_records(records, SENTENCE_COLUMNS, fmt.value, stream)
        if len(failed) == len(files):
            raise AlignError(f"none of the {len(files)} files could be read (named above): nothing was written")
    if failed:
        typer.echo(f"align: {len(failed)} of {len(files)} files could not be read (named above) and {'is' if len(failed) == 1 else 'are'} left out", err=True)
        raise typer.Exit(1)
