"""The `align` command line: one module per command group, shared options in `options`.

Commands only parse options, read and write files and show progress; the work is done by the
library. Importing this package loads typer and nothing heavy: each command imports the stage it
runs when it runs, so `align --help` starts fast."""

from __future__ import annotations

import contextlib
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


_STOPPED: list[int] = []  # the signal that stopped this run, if one did
_COMMAND_PROCESS: list[int] = []  # the command's own process (workers forked from it inherit the handler)


def _stopped(signum: int, frame: object) -> None:
    """Ctrl-C (SIGINT) and SIGTERM (kill, timeout) end a run alike: one line, temporaries removed (the
    atomic writer's cleanup runs as the exit unwinds), exit status 128 + signal. A second signal while
    the run unwinds (Ctrl-C pressed twice; `timeout` signals the command and its group) is ignored, so
    the cleanup is not cut short and no traceback follows."""
    if _COMMAND_PROCESS and os.getpid() != _COMMAND_PROCESS[0]:
        # a worker forked from the command (a Dask worker) with this handler: the command speaks and
        # decides; the worker lets Ctrl-C pass and ends quietly on SIGTERM
        if signum != signal.SIGINT:
            os._exit(128 + signum)
        _quiet_dask()
        return
    if not _STOPPED:
        _STOPPED.append(signum)
        _quiet_dask()
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        sys.stderr.write("align: interrupted\n" if signum == signal.SIGINT else "align: terminated\n")
        runs = sys.modules.get("align.corpus.runs")
        if runs is not None:
            runs.abandon_worker_pools()
        raise SystemExit(128 + signum)


def _quiet_dask() -> None:
    """A local Dask cluster's warnings as it is shut down mid-run are no news to the user by now."""
    if "distributed" in sys.modules:
        import logging

        logging.getLogger("distributed").setLevel(logging.CRITICAL)


def main() -> None:
    _COMMAND_PROCESS.append(os.getpid())
    signal.signal(signal.SIGTERM, _stopped)
    signal.signal(signal.SIGINT, _stopped)
    try:
        app()
    except SystemExit as done:
        if not _STOPPED:
            raise
        # Stopped by a signal, everything unwound: leave now. A corpus run's worker pool, its workers
        # killed, may keep a thread that the interpreter's exit would wait for without end.
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(done.code if isinstance(done.code, int) else 128 + _STOPPED[0])


if __name__ == "__main__":
    main()
