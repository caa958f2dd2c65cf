"""What the commands share: their common options, the error wrapper and the progress bar.

Every option that more than one command takes is defined here once, with one type and one help
text, so `--glossary` or `--lang` mean the same thing everywhere."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import typer

from align.errors import AlignError, InternalError, fault
from align.text.document import Document, ReadingNote
from align.types import Engine, Lang, LangOption, TableFormat

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

Output = typer.Option(None, "-o", "--output", help="Output file (default: standard output); written atomically.")
Quiet = typer.Option(False, "--quiet", "-q", help="No progress bar.")
Force = typer.Option(False, "--force", help="Allow an output to overwrite one of the inputs.")
Glossaries = typer.Option(
    None, "--glossary", "-g", help="Glossary TSV (repeat to merge several), or 'none'; default: the bundled police glossary."
)
Presegmented = typer.Option(False, "--presegmented", help="Inputs have one sentence per line.")

KeepBoilerplate = typer.Option(False, "--keep-boilerplate", help="Inputs are already clean: keep every line (of a saved page, every line it shows, menus and footers too).")
LangCheck = typer.Option(True, "--lang-check/--no-lang-check", help="Refuse a Korean input written in Chinese or the other way round.")
Workers = typer.Option(None, "--workers", min=1, help="Worker processes for a run over many pairs (default: the cores).")
EngineChoice = typer.Option(Engine.LOCAL, "--engine", help="local: a process pool; dask: dask.distributed (pip install '.[dask]').")
Scheduler = typer.Option(None, "--scheduler", help="With --engine dask: a running cluster's scheduler (tcp://host:8786); default a LocalCluster.")
InputLanguage = typer.Option(LangOption.AUTO, "--lang", help="Language of the inputs; auto decides per file.")
Table = typer.Option(TableFormat.TSV, "--format", help="Output table format.")
KoreanInput = typer.Argument(..., help="Korean article (or one sentence per line with --presegmented).", readable=False)
ChineseInput = typer.Argument(..., help="Chinese article (or one sentence per line with --presegmented).", readable=False)


def check_engine(engine: Engine, scheduler: str | None, in_process: str | None = None) -> None:
    """Refuse a scheduler's address without `--engine dask`, which alone would use it, and either
    where the command's work runs in this process (`in_process` says why: one pair of `compare KO ZH`,
    a translation memory)."""
    if in_process is not None and (scheduler is not None or engine is not Engine.LOCAL):
        raise AlignError(f"--engine and --scheduler are for runs over many pairs: {in_process}")
    if scheduler is not None and engine is not Engine.DASK:
        raise AlignError(f"--scheduler {scheduler} is for --engine dask: add --engine dask to run on that cluster")


def language(value: Lang | LangOption) -> str:
    """An option's value as the library's language argument ('ko', 'zh' or 'auto')."""
    return str(value.value)


INTERNAL_ERROR = 70  # EX_SOFTWARE: the toolkit failed, not its input


def reports_errors(command: F) -> F:
    """Turn library errors into one `align: FILE:LINE: message` line and exit status 2 (so too an
    operating-system error: a full disk, a permission); a fault of the toolkit's own into one
    `align: internal error …` line and status 70 (its traceback when the environment sets
    ALIGN_DEBUG=1), never a screenful of Python."""

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
        except UnicodeEncodeError as error:  # a terminal or pipe set to a narrow encoding
            if error.object is None or not isinstance(error.object, str):
                raise
            typer.echo(f"align: standard output cannot show this text in {error.encoding}: set PYTHONIOENCODING=utf-8 or write to a file with -o", err=True)
            raise typer.Exit(2) from None
        except OSError as error:  # the machine's, not the toolkit's: a full disk, a permission, a vanished file
            where = f"{error.filename}: " if error.filename else ""
            typer.echo(f"align: {where}{error.strerror or error}", err=True)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:  # Ctrl-C: one line, as SIGTERM gives (the outputs' temporaries are gone by now)
            typer.echo("align: interrupted", err=True)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as error:
            if os.environ.get("ALIGN_DEBUG"):
                raise
            described = str(error) if isinstance(error, InternalError) else fault(error)
            typer.echo(f"align: {described}; please report it, with ALIGN_DEBUG=1 set for the traceback", err=True)
            raise typer.Exit(INTERNAL_ERROR) from None

    return wrapper  # type: ignore[return-value]


def progress(items: Iterable[T], total: int, quiet: bool, what: str, unit: str, minimum: int = 2) -> Iterable[T]:
    """A progress bar on standard error over `items` (none when `quiet`, fewer than `minimum`, or
    standard error is no terminal: a log file gets no carriage-return updates)."""
    if quiet or total < minimum:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=what, unit=unit, file=sys.stderr, leave=False, disable=None)


def warn_about_language(document: Document, lang: str) -> Document:
    """Say in one line naming the file when `--lang` (`lang`, the library's language argument) named a
    language the file is not written in."""
    from align.text.inputs import misread_note

    note = misread_note(document, f"--lang {document.lang}") if lang != "auto" else None
    if note is not None:
        typer.echo(f"align: {document.doc}: {note}", err=True)
    return document


def tell_reading_notes(document: Document) -> Document:
    """Say on standard error, one line each naming the file, what the user should hear of how it was
    read (`Document.reading_notes`: cleaning dropped most of it, bytes could not be decoded)."""
    for note in document.reading_notes():
        tell(note)
    return document


def tell(note: ReadingNote) -> None:
    """One note on how a document was read, on standard error, as every command says it."""
    typer.echo(f"align: {note}", err=True)


def glossary_files(glossary: list[str] | None) -> list[Path]:
    """The files a `--glossary` option names (none for `none` or the bundled glossary): inputs no
    output may overwrite."""
    return [Path(value) for value in glossary or () if value.lower() != "none"]


def check_outputs(
    outputs: Iterable[str | Path | None], inputs: Iterable[str | Path], glossary: list[str] | None, force: bool, folders: Iterable[str | Path] = ()
) -> None:
    """`align.io.check_outputs` for a command that reads glossaries: the files its `--glossary`
    option names are inputs too, so that no command can forget them (review 103a: `-o` over the
    `-g` glossary replaced it)."""
    from align.io import check_outputs as check

    check(outputs, [*inputs, *glossary_files(glossary)], force, folders)
