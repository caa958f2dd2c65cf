"""Faults as a user meets them, on a real `align` process: SIGTERM and SIGINT mid-run, kill -9 and
the next run, writing to a FIFO, through a symlink, into a read-only folder, a reader that stops
early."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import seed_path

COMMAND = [sys.executable, "-m", "align.cli", "segment"]


def long_run(tmp_path: Path, output: Path) -> subprocess.Popen[str]:
    """`align segment` over many copies of a seed article, writing to `output`."""
    inputs = [str(seed_path("003"))] * 400
    return subprocess.Popen([*COMMAND, *inputs, "-q", "-o", str(output)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_temporary(folder: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not list(folder.glob(".*.part")):
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail("the run ended before writing")
        time.sleep(0.05)


@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_mid_run_leaves_no_file_and_one_line(tmp_path: Path, signum: int, status: int) -> None:
    output = tmp_path / "out.txt"
    process = long_run(tmp_path, output)
    wait_for_temporary(tmp_path, process)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == status
    assert stderr.strip() == ("align: terminated" if signum == signal.SIGTERM else "align: interrupted")
    assert not output.exists()
    assert list(tmp_path.glob(".*.part")) == []


@pytest.mark.parametrize("signum, status, line", [(signal.SIGINT, 130, "align: interrupted"), (signal.SIGTERM, 143, "align: terminated")])
def test_a_corpus_run_with_workers_stopped_from_the_terminal_ends_at_once_and_whole(tmp_path: Path, signum: int, status: int, line: str) -> None:
    """New-user trial 93: Ctrl-C (the terminal signals the whole process group) during a corpus run on a
    pool of workers printed the workers' tracebacks, or left the run waiting without end. Now: one
    line, the status, no process of the run left, and the next run goes on from the pairs finished."""
    realnews = Path(__file__).resolve().parents[1] / "data" / "realnews"
    listing = tmp_path / "pairs.tsv"
    listing.write_text("".join(f"{ko}\t{ko.with_name(ko.name.replace('.ko.', '.zh.'))}\n" for ko in sorted(realnews.glob("*.ko.txt"))), encoding="utf-8")
    output = tmp_path / "out"
    command = [sys.executable, "-m", "align.cli", "compare", "-q", "--pairs", str(listing), "-o", str(output), "--workers", "2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(list((output / "pairs").glob("*.json"))) < 2:
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail("the run ended before its first pairs")
        time.sleep(0.02)
    os.killpg(process.pid, signum)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == status and stderr.strip() == line
    time.sleep(0.5)
    assert running_in_group(process.pid) == []  # no worker outlives the run (a zombie waits for init to reap it)
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0 and " 0 failed" in rerun.stderr and " 0 reused" not in rerun.stderr


def test_a_dask_run_stopped_says_one_line_not_dask_s_log(tmp_path: Path) -> None:
    """New-user trial 97: SIGTERM to a run on a Dask LocalCluster printed `align: terminated`, then
    two lines of Dask's own log (`… WARNING - Async instruction for <Task cancelled …> ended with
    CancelledError`) from the workers whose tasks the stop cancelled."""
    pytest.importorskip("distributed")
    realnews = Path(__file__).resolve().parents[1] / "data" / "realnews"
    listing = tmp_path / "pairs.tsv"
    listing.write_text("".join(f"{ko}\t{ko.with_name(ko.name.replace('.ko.', '.zh.'))}\n" for ko in sorted(realnews.glob("*.ko.txt"))), encoding="utf-8")
    output = tmp_path / "out"
    command = [sys.executable, "-m", "align.cli", "compare", "-q", "--pairs", str(listing), "-o", str(output), "--engine", "dask", "--workers", "2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while not list((output / "pairs").glob("*.json")):
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail("the run ended before its first pairs")
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)  # to the run's own process: its workers are stopped by it
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143 and stderr.strip() == "align: terminated"


def running_in_group(group: int) -> list[int]:
    """The processes of a process group that are not zombies (Linux's /proc; none elsewhere)."""
    running = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            running.append(int(stat_file.parent.name))
    return running


def test_the_next_run_removes_what_kill_9_left(tmp_path: Path) -> None:
    output = tmp_path / "out.txt"
    process = long_run(tmp_path, output)
    wait_for_temporary(tmp_path, process)
    process.kill()
    process.communicate(timeout=60)
    assert list(tmp_path.glob(".*.part"))  # kill -9 leaves its temporary…
    subprocess.run([*COMMAND, str(seed_path("001")), "-o", str(output)], check=True, capture_output=True)
    assert list(tmp_path.glob(".*.part")) == []  # …and the next run into the same place removes it
    assert output.read_text(encoding="utf-8")


def test_writing_to_a_fifo_a_symlink_and_a_read_only_folder(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    subprocess.run([*COMMAND, str(seed_path("001")), "-o", str(fifo)], check=True, capture_output=True, timeout=60)
    assert reader.communicate(timeout=60)[0].startswith("聚焦")
    assert stat.S_ISFIFO(fifo.stat().st_mode)

    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    subprocess.run([*COMMAND, str(seed_path("001")), "-o", str(link)], check=True, capture_output=True)
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("聚焦")

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = subprocess.run([*COMMAND, str(seed_path("001")), "-o", str(locked / "out.txt")], capture_output=True, text=True)
        if os.geteuid() == 0:  # root writes anywhere: nothing to refuse
            assert result.returncode == 0
        else:
            assert result.returncode == 2 and result.stderr.count("\n") == 1 and "cannot write here" in result.stderr
    finally:
        locked.chmod(0o755)
    result = subprocess.run([*COMMAND, str(seed_path("001")), "-o", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 2 and "is a directory" in result.stderr and "Traceback" not in result.stderr


def test_a_reader_that_stops_early_does_not_cost_the_html_report(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    ko, zh = (Path(__file__).resolve().parents[2] / "data" / "samples" / f"jilin-police-2024.{lang}.txt" for lang in ("ko", "zh"))
    compare = subprocess.Popen([sys.executable, "-m", "align", "compare", str(ko), str(zh), "--html", str(report)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert compare.stdout is not None
    compare.stdout.close()  # a reader gone before the table comes, like `| head -0`
    compare.wait(timeout=120)
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob(".*part*"))
