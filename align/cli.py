"""The `align` command: option parsing and file handling over the library API."""

from __future__ import annotations

import functools
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

import typer

from .errors import AlignError

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


@app.command()
@reports_errors
def segment(
    files: list[Path] = typer.Argument(..., help="Article files (any of UTF-8/16, CP949, GB18030, Big5)."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Language of the inputs; auto decides per file."),
    fmt: SegmentFormat = typer.Option(SegmentFormat.txt, "--format", help="txt: one sentence per line; jsonl: sentences, dropped spans, flags, metadata; tsv: sentences with offsets."),
    output: Optional[Path] = OutputOption,
    split_semicolons: bool = typer.Option(False, "--split-semicolons", help="Also end Chinese sentences at ；"),
    keep_boilerplate: bool = typer.Option(False, "--keep-boilerplate", help="Input is already clean: keep every line."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Clean scraped articles and split them into sentences."""
    from .output import SENTENCE_COLUMNS, segment_records, write_records
    from .segment import segment_file
    from .textio import atomic_writer

    documents = [
        segment_file(path, lang.value, split_semicolons, keep_boilerplate) for path in _progress(files, quiet, "segment")
    ]
    with atomic_writer(output) as stream:
        if fmt is SegmentFormat.txt:
            for document in documents:
                for sentence in document.sentences:
                    stream.write(sentence.clean + "\n")
            return
        records = (r for d in documents for r in segment_records(d, with_dropped=fmt is SegmentFormat.jsonl))
        write_records(records, SENTENCE_COLUMNS, fmt.value, stream)


def _progress(items: list[Path], quiet: bool, what: str) -> Any:
    if quiet or len(items) < 2:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=what, unit="file", file=sys.stderr, leave=False)


def main() -> None:
    app()
