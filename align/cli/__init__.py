"""The `align` command line: one module per command group, shared options in `options`.

Commands only parse options, read and write files and show progress; the work is done by the
library. Importing this package loads typer and nothing heavy: each command imports the stage it
runs when it runs, so `align --help` starts fast."""

from __future__ import annotations

import os
import signal
import sys

# numpy's OpenBLAS starts a spinning thread per core for the small products this tool computes:
# one pair used 1.5 cores for no gain, and two workers of a corpus run fought over the machine. The
# corpus engines parallelise over pairs instead (set before numpy loads; a user's value is kept).
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import typer  # noqa: E402

from align.cli import compare as _compare  # noqa: E402
from align.cli import pairs as _pairs  # noqa: E402
from align.cli import segment as _segment  # noqa: E402
from align.cli import terms as _terms  # noqa: E402
from align.cli import translate as _translate  # noqa: E402

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rendering it with rich costs more than the rest of start-up
    add_completion=False,
    help="Korean-Chinese alignment, terminology and translation toolkit for police and public-security news.",
)


@app.callback()
def _commands() -> None:
    """Korean-Chinese alignment, terminology and translation toolkit for police and public-security news."""


app.command("segment")(_segment.segment)
app.add_typer(_terms.app, name="terms")
app.command("sentences")(_compare.sentences)
app.command("compare")(_compare.compare)
app.command("pairs")(_pairs.pairs)
app.command("translate")(_translate.translate)
app.command("evaluate")(_translate.evaluate)


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM (kill, timeout) ends a run as Ctrl-C does: one line, temporaries removed (the atomic
    writer's cleanup runs as the exit unwinds), exit status 128 + signal."""
    sys.stderr.write("align: terminated\n")
    raise SystemExit(128 + signum)


def main() -> None:
    signal.signal(signal.SIGTERM, _terminated)
    app()


if __name__ == "__main__":
    main()
