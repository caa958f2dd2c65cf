"""Corpus runs (`align compare --pairs LIST -o DIR`): the local process pool and Dask give the same
tables, a rerun reuses finished pairs, and a bad pair is recorded without stopping the run."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from align.cli import app
from align.corpus.runs import pair_jobs, run_corpus
from tests.conftest import COMPARE

runner = CliRunner()


def pair_list(tmp_path: Path) -> Path:
    broken = tmp_path / "broken.zh.txt"
    broken.write_bytes(b"\x00\x01\x02 not text")
    lines = [f"{COMPARE / f'{name}.ko.txt'}\t{COMPARE / f'{name}.zh.txt'}" for name in ("jilin-5years", "antifraud-campaign", "tonghua-interview")]
    lines.append(f"{COMPARE / 'baicheng-review.ko.txt'}\t{broken}")
    listing = tmp_path / "pairs.tsv"
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return listing


def tables(folder: Path) -> tuple[str, str]:
    return (folder / "claims.tsv").read_text(encoding="utf-8"), (folder / "pairs.tsv").read_text(encoding="utf-8")


def test_a_local_pool_run_records_every_pair_and_a_rerun_reuses_them(tmp_path: Path) -> None:
    listing = pair_list(tmp_path)
    out = tmp_path / "run"
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "--workers", "2", "-q"])
    assert result.exit_code == 0, result.stderr
    assert "4 pairs, 4 compared, 0 reused, 1 failed" in result.stderr
    claims, pairs = tables(out)
    rows = pairs.splitlines()
    assert rows[0].split("\t")[:3] == ["ko_file", "zh_file", "claims_ko"] and len(rows) == 5
    assert "binary file" in rows[4] and rows[4].split("\t")[-1]  # the bad pair's error is recorded
    assert claims.splitlines()[0].startswith("ko_file\tzh_file\tko_id\tzh_id")
    assert len(list((out / "reports").glob("*.html"))) == 3 and "Corpus comparison" in (out / "index.html").read_text(encoding="utf-8")
    again = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q"])
    assert "0 compared, 4 reused" in again.stderr  # keyed on content and settings: nothing recomputed
    assert tables(out) == (claims, pairs)
    one = tmp_path / "one"
    run_corpus(pair_jobs([(COMPARE / "jilin-5years.ko.txt", COMPARE / "jilin-5years.zh.txt")]), one, workers=1)
    assert (one / "claims.tsv").read_text(encoding="utf-8").splitlines()[1:] == [
        line for line in claims.splitlines()[1:] if line.startswith(str(COMPARE / "jilin-5years.ko.txt"))
    ]


def test_the_dask_engine_gives_the_same_tables(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    listing = pair_list(tmp_path)
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(local), "--workers", "2", "-q"]).exit_code == 0
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(dask), "--engine", "dask", "--workers", "2", "-q"])
    assert result.exit_code == 0, result.stderr
    assert tables(local) == tables(dask)


def test_compare_pairs_needs_an_output_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", "--pairs", str(pair_list(tmp_path))])
    assert result.exit_code == 2 and "-o DIR" in result.stderr
