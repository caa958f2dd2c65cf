"""align.io: atomic writes that never leave half a file, write through links, stream to FIFOs,
refuse directories, and never let a command overwrite its own input; the record writers."""

from __future__ import annotations

import io
import json
import os
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from align.cli import app
from align.errors import AlignError
from align.io import atomic_writer, check_outputs, write_json, write_records
from tests.conftest import COMPARE, seed_path

runner = CliRunner()


def test_atomic_writer_leaves_nothing_half_written(tmp_path) -> None:
    target = tmp_path / "out.tsv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_writer(target) as stream:
        stream.write("partial")
        raise RuntimeError("boom")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tsv"]
    with atomic_writer(target) as stream:
        stream.write("new\n")
    assert target.read_text() == "new\n"


def test_atomic_writer_gives_ordinary_permissions(tmp_path) -> None:
    umask = os.umask(0o022)
    try:
        with atomic_writer(tmp_path / "new.tsv") as stream:
            stream.write("x\n")
        assert stat.S_IMODE((tmp_path / "new.tsv").stat().st_mode) == 0o644  # not mkstemp's 0600
        existing = tmp_path / "glossary.tsv"
        existing.write_text("old\n")
        existing.chmod(0o664)
        with atomic_writer(existing) as stream:
            stream.write("new\n")
        assert stat.S_IMODE(existing.stat().st_mode) == 0o664  # a rewritten file keeps its mode
    finally:
        os.umask(umask)


def test_atomic_writer_writes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.tsv"
    real.write_text("old\n")
    link = tmp_path / "link.tsv"
    link.symlink_to(real)
    with atomic_writer(link) as stream:
        stream.write("new\n")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new\n"


def test_atomic_writer_streams_to_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    with atomic_writer(fifo) as stream:
        stream.write("through the pipe\n")
    reader.join(timeout=10)
    assert received == ["through the pipe\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a FIFO, not replaced by a file


def test_atomic_writer_refuses_a_directory_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(AlignError, match="is a directory"), atomic_writer(tmp_path) as stream:
        stream.write("x")


def test_check_outputs_refuses_an_input_as_output_unless_forced(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x")
    with pytest.raises(AlignError, match="would overwrite the input"):
        check_outputs([tmp_path / "." / "a.txt"], [source])
    link = tmp_path / "b.txt"
    link.symlink_to(source)
    with pytest.raises(AlignError):
        check_outputs([link], [source])
    check_outputs([link], [source], force=True)
    check_outputs([None, "-", tmp_path / "new.txt"], [source])


def test_two_outputs_to_one_file_are_refused_even_when_forced(tmp_path: Path) -> None:
    """New-user trial 93: `compare -o X --html X` wrote the table over the report, exit 0."""
    with pytest.raises(AlignError, match="two outputs name this one file"):
        check_outputs([tmp_path / "same.tsv", tmp_path / "." / "same.tsv"], [], force=True)
    (tmp_path / "real.html").write_text("x")
    (tmp_path / "link.html").symlink_to(tmp_path / "real.html")
    with pytest.raises(AlignError, match="two outputs"):
        check_outputs([tmp_path / "real.html", tmp_path / "link.html"], [])
    check_outputs([os.devnull, os.devnull, None, None, "-", "-", tmp_path / "a.tsv", tmp_path / "a.html"], [])


def test_commands_refuse_to_overwrite_their_input(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(seed_path("001").read_bytes())
    before = article.read_bytes()
    result = runner.invoke(app, ["segment", str(article), "-o", str(article)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "would overwrite the input" in result.stderr and str(article) in result.stderr
    assert article.read_bytes() == before
    result = runner.invoke(app, ["compare", str(COMPARE / "jilin-5years.ko.txt"), str(COMPARE / "jilin-5years.zh.txt"), "--html", str(COMPARE / "jilin-5years.zh.txt")])
    assert result.exit_code == 2 and "would overwrite the input" in result.stderr
    forced = runner.invoke(app, ["segment", str(article), "-o", str(article), "--force"])
    assert forced.exit_code == 0 and article.read_text(encoding="utf-8").startswith("聚焦“八大提升”")


def test_record_writers() -> None:
    records = [{"a": 1, "b": "x\ty"}, {"a": 2.5, "b": None}]
    stream = io.StringIO()
    assert write_records(records, ("a", "b"), "tsv", stream) == 2
    assert stream.getvalue() == "a\tb\n1\tx y\n2.5\t\n"
    stream = io.StringIO()
    write_records(records, ("a", "b"), "jsonl", stream)
    assert [json.loads(line) for line in stream.getvalue().splitlines()] == records
    stream = io.StringIO()
    write_json({"한": "汉"}, stream)
    assert stream.getvalue() == '{"한": "汉"}\n'


def test_a_character_device_is_written_to_never_replaced() -> None:
    with atomic_writer("/dev/null") as stream:
        stream.write("nothing\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_the_sweep_leaves_a_live_temporary_of_a_similar_name_alone(tmp_path: Path) -> None:
    with atomic_writer(tmp_path / "out.99999") as first:
        with atomic_writer(tmp_path / "out") as second:
            second.write("x")
        first.write("y")
    assert (tmp_path / "out.99999").read_text() == "y" and (tmp_path / "out").read_text() == "x"


def test_a_folder_is_swept_of_dead_temporaries_once_for_all_its_targets(tmp_path: Path) -> None:
    dead = tmp_path / ".other.json.999999999.abc123.part"  # no such process
    live = tmp_path / f".other.json.{os.getpid()}.def456.part"
    dead.write_text("half")
    live.write_text("half")
    with atomic_writer(tmp_path / "first.json") as out:
        out.write("{}")
    assert not dead.exists() and live.exists()
    dead.write_text("half")  # left by a run killed after the sweep: the next process removes it
    with atomic_writer(tmp_path / "second.json") as out:
        out.write("{}")
    assert dead.exists() and (tmp_path / "second.json").read_text() == "{}"


def test_dev_stdout_to_a_pipe(tmp_path: Path) -> None:
    import subprocess
    import sys

    article = seed_path("001")
    result = subprocess.run(f"{sys.executable} -m align.cli segment {article} -o /dev/stdout | head -1", shell=True, capture_output=True, text=True)
    assert result.stdout.startswith("聚焦") and "cannot write" not in result.stderr


def test_a_full_disk_is_one_error_naming_the_output_and_leaves_nothing(tmp_path, monkeypatch) -> None:
    import errno
    import os

    import pytest

    from align.errors import AlignError
    from align.io import atomic_writer

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    target = tmp_path / "out.tsv"
    with pytest.raises(AlignError, match="out.tsv: cannot write: No space left on device"), atomic_writer(target) as stream:
        stream.write("경찰\n")
    assert list(tmp_path.iterdir()) == []


def test_a_signal_held_while_the_temporary_is_made_leaves_none_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 97: Ctrl-C during a corpus run's rebuild sometimes left `reports/.NAME.PID.….part`:
    the signal held while the temporary was made is delivered as the holding ends, before the
    block that removes the temporary on failure."""
    from contextlib import contextmanager

    import align.io as io_module

    @contextmanager
    def delivered_on_release():  # type: ignore[no-untyped-def]
        yield
        raise KeyboardInterrupt  # what the held SIGINT does once the mask is restored

    monkeypatch.setattr(io_module, "signals_held", delivered_on_release)
    with pytest.raises(KeyboardInterrupt), io_module.atomic_file(tmp_path / "report.html"):
        pass
    assert list(tmp_path.iterdir()) == []
