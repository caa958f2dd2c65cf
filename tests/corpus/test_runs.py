"""Corpus runs (`align compare --pairs LIST -o DIR`): the local process pool and Dask give the same
tables, a rerun reuses finished pairs, and a bad pair is recorded without stopping the run."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from align.cli import app
from align.corpus.runs import PairFailure, induce_corpus, pair_jobs, run_corpus
from align.errors import AlignError
from align.terms.induce import induce_terms
from align.text.inputs import read_pair
from tests.conftest import COMPARE

runner = CliRunner()


def pair_list(tmp_path: Path) -> Path:
    broken = tmp_path / "broken.zh.txt"
    broken.write_bytes(b"\x00\x01\x02 not text")
    lines = [f"{COMPARE / f'{name}.ko.txt'}\t{COMPARE / f'{name}.zh.txt'}" for name in ("jilin-5years", "antifraud-campaign", "tonghua-interview")]
    lines.append(f"{COMPARE / 'baicheng-review.ko.txt'}\t{broken}")
    lines.append(f"{tmp_path / 'gone.ko.txt'}\t{COMPARE / 'baicheng-review.zh.txt'}")
    listing = tmp_path / "pairs.tsv"
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return listing


def tables(folder: Path) -> tuple[str, str]:
    return (folder / "claims.tsv").read_text(encoding="utf-8"), (folder / "pairs.tsv").read_text(encoding="utf-8")


def test_a_local_pool_run_records_every_pair_and_a_rerun_reuses_them(tmp_path: Path) -> None:
    listing = pair_list(tmp_path)
    out = tmp_path / "run"
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "--workers", "2", "-q"])
    assert result.exit_code == 1, result.stderr  # every table written, and the status says a pair is missing from them
    assert "5 pairs, 5 compared, 0 reused, 2 failed" in result.stderr
    failures = [line for line in result.stderr.splitlines() if line.startswith("align: ")]
    assert failures[0] == f"align: {tmp_path / 'broken.zh.txt'}: binary file (contains NUL bytes), not text"
    assert len(failures) == 2 and str(tmp_path / "gone.ko.txt") in failures[1] and "no such file" in failures[1]  # a missing file does not stop the run
    claims, pairs = tables(out)
    rows = pairs.splitlines()
    assert rows[0].split("\t")[:3] == ["ko_file", "zh_file", "claims_ko"] and len(rows) == 6
    assert "binary file" in rows[4] and rows[4].split("\t")[-1]  # the bad pairs' errors are recorded
    assert "no such file" in rows[5] and rows[5].split("\t")[-1]
    assert claims.splitlines()[0].startswith("ko_file\tzh_file\tko_id\tzh_id")
    assert len(list((out / "reports").glob("*.html"))) == 3 and "Corpus comparison" in (out / "index.html").read_text(encoding="utf-8")
    again = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q"])
    assert "0 compared, 5 reused, 2 failed" in again.stderr and again.exit_code == 1  # keyed on content and settings: nothing recomputed
    assert tables(out) == (claims, pairs)
    one = tmp_path / "one"
    run_corpus(pair_jobs([(COMPARE / "jilin-5years.ko.txt", COMPARE / "jilin-5years.zh.txt")]), one, workers=1)
    assert (one / "claims.tsv").read_text(encoding="utf-8").splitlines()[1:] == [
        line for line in claims.splitlines()[1:] if line.startswith(str(COMPARE / "jilin-5years.ko.txt"))
    ]


def test_a_pair_whose_article_is_mostly_boilerplate_is_flagged_in_pairs_tsv(tmp_path: Path) -> None:
    furniture = "\n".join(["홈 | 뉴스 | 사회 | 정치 | 경제 | 국제 | 문화 | 스포츠 | 연예 | 오피니언"] * 40)
    ko = tmp_path / "menu.ko.txt"
    ko.write_text(furniture + "\n경찰은 11일 사기 조직원 26명을 검거했다고 밝혔다.\n", encoding="utf-8")
    zh = COMPARE / "antifraud-campaign.zh.txt"
    run_corpus(pair_jobs([(ko, zh)]), tmp_path / "run", workers=1)
    header, row = (tmp_path / "run" / "pairs.tsv").read_text(encoding="utf-8").splitlines()
    warnings = dict(zip(header.split("\t"), row.split("\t")))["warnings"]
    assert warnings.startswith("ko: cleaning dropped") and "zh:" not in warnings


def test_a_fault_in_one_pair_is_kept_with_its_traceback_and_tried_again_on_rerun(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import align.comparison.compare as compare_module

    real = compare_module.compare_documents

    def faulty(ko, zh, glossary=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "antifraud" in ko.doc:
            raise ZeroDivisionError("division by zero")
        return real(ko, zh, glossary, *args, **kwargs)

    monkeypatch.setattr(compare_module, "compare_documents", faulty)
    names = ("jilin-5years", "antifraud-campaign")
    jobs = pair_jobs([(COMPARE / f"{name}.ko.txt", COMPARE / f"{name}.zh.txt") for name in names])
    summary = run_corpus(jobs, tmp_path / "run", workers=1)
    assert summary.computed == 2 and summary.failures == (
        PairFailure(str(COMPARE / "antifraud-campaign.ko.txt"), str(COMPARE / "antifraud-campaign.zh.txt"), "internal error (ZeroDivisionError: division by zero); please report it with this pair"),
    )
    kept = json.loads((tmp_path / "run" / "pairs" / f"{jobs[1].key}.json").read_text(encoding="utf-8"))
    assert "ZeroDivisionError" in kept["traceback"] and "faulty" in kept["traceback"]
    monkeypatch.setattr(compare_module, "compare_documents", real)  # the fault fixed: the rerun computes that pair alone
    again = run_corpus(jobs, tmp_path / "run", workers=1)
    assert (again.reused, again.computed, again.failures) == (1, 1, ())


def test_a_fault_in_the_report_of_one_pair_is_kept_with_that_pair_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import align.comparison.report as report_module

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("no report")

    monkeypatch.setattr(report_module, "render_html", broken)
    jobs = pair_jobs([(COMPARE / "jilin-5years.ko.txt", COMPARE / "jilin-5years.zh.txt")])
    summary = run_corpus(jobs, tmp_path / "run", workers=1)
    assert [f.error for f in summary.failures] == ["internal error (ValueError: no report); please report it with this pair"]
    assert (tmp_path / "run" / "pairs.tsv").exists()


def test_a_worker_that_dies_stops_the_run_with_one_line_and_keeps_what_finished(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing
    import os

    import align.comparison.compare as compare_module

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the fault is planted by patching the parent, which only forked workers inherit")
    real = compare_module.compare_documents

    def dying(ko, zh, glossary=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "antifraud" in ko.doc:
            os._exit(9)  # as when the kernel kills a worker that ran out of memory
        return real(ko, zh, glossary, *args, **kwargs)

    monkeypatch.setattr(compare_module, "compare_documents", dying)
    jobs = pair_jobs([(COMPARE / f"{name}.ko.txt", COMPARE / f"{name}.zh.txt") for name in ("jilin-5years", "antifraud-campaign")])
    with pytest.raises(AlignError, match="a worker process died"):
        run_corpus(jobs, tmp_path / "run", workers=2)
    monkeypatch.setattr(compare_module, "compare_documents", real)
    again = run_corpus(jobs, tmp_path / "run", workers=2)
    assert again.computed + again.reused == 2 and again.failures == ()


def test_the_dask_engine_gives_the_same_tables(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    listing = pair_list(tmp_path)
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(local), "--workers", "2", "-q"]).exit_code == 1  # the broken pair
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(dask), "--engine", "dask", "--workers", "2", "-q"])
    assert result.exit_code == 1 and "2 failed" in result.stderr, result.stderr
    assert tables(local) == tables(dask)


def test_compare_pairs_needs_an_output_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", "--pairs", str(pair_list(tmp_path))])
    assert result.exit_code == 2 and "-o DIR" in result.stderr


def test_terms_build_on_a_pool_and_on_dask_proposes_what_one_process_does(tmp_path: Path) -> None:
    listing = tmp_path / "pairs.tsv"
    names = ("jilin-5years", "antifraud-campaign", "tonghua-interview", "baicheng-review")
    listing.write_text("".join(f"{COMPARE / f'{n}.ko.txt'}\t{COMPARE / f'{n}.zh.txt'}\n" for n in names), encoding="utf-8")
    serial = induce_terms(_sentences(n) for n in names)
    pooled = induce_corpus([(COMPARE / f"{n}.ko.txt", COMPARE / f"{n}.zh.txt") for n in names], workers=2)
    assert pooled == serial and len(pooled) > 100
    outputs = {}
    for name, flags in (("one", ["--workers", "1"]), ("two", ["--workers", "2"]), ("dask", ["--engine", "dask", "--workers", "2"])):
        if name == "dask" and importlib.util.find_spec("distributed") is None:
            continue
        out = tmp_path / f"{name}.tsv"
        result = runner.invoke(app, ["terms", "build", "--pairs", str(listing), "--glossary", "none", "-o", str(out), "-q", *flags])
        assert result.exit_code == 0, result.stderr
        outputs[name] = out.read_bytes()
    assert len(set(outputs.values())) == 1


def test_terms_build_on_a_pool_stops_at_an_unreadable_pair_naming_it(tmp_path: Path) -> None:
    broken = tmp_path / "broken.zh.txt"
    broken.write_bytes(b"\x00\x01\x02 not text")
    pairs = [(COMPARE / "jilin-5years.ko.txt", COMPARE / "jilin-5years.zh.txt"), (COMPARE / "baicheng-review.ko.txt", broken)]
    with pytest.raises(AlignError, match="broken.zh.txt"):
        induce_corpus(pairs, workers=2)


def _sentences(name: str) -> tuple[list[str], list[str]]:
    ko, zh = read_pair(COMPARE / f"{name}.ko.txt", COMPARE / f"{name}.zh.txt")
    return list(ko.sentences), list(zh.sentences)


def test_parquet_tables_hold_what_the_tsv_tables_hold_and_the_memory_names_each_pair(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    import xml.etree.ElementTree as ET

    import pandas as pd

    listing = pair_list(tmp_path)
    out = tmp_path / "run"
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "--table-format", "parquet", "-q"])
    assert result.exit_code == 1, result.stderr  # the broken and the missing pair
    for name in ("claims", "pairs"):
        tsv = pd.read_csv(out / f"{name}.tsv", sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)
        parquet = pd.read_parquet(out / f"{name}.parquet")
        assert list(parquet.columns) == list(tsv.columns) and len(parquet) == len(tsv) > 0
        for column in tsv.columns:  # the same values, typed: ids and counts as integers, figures and scores as floats
            as_text = [("" if value is None or value != value else format(value, "g") if isinstance(value, float) else str(value)) for value in parquet[column].astype(object)]
            assert as_text == [format(float(v), "g") if v and parquet[column].dtype.kind == "f" else v for v in tsv[column]], column
    import pyarrow.parquet as pq

    schema = pq.read_schema(out / "claims.parquet")
    assert [str(schema.field(c).type) for c in ("ko_id", "ko_number", "score", "verdict")] == ["int64", "double", "double", "string"]
    assert str(pq.read_schema(out / "pairs.parquet").field("shared").type) == "int64"
    units = ET.parse(out / "aligned.tmx").getroot().findall("./body/tu")
    assert units and [unit.get("tuid") for unit in units] == [str(n) for n in range(1, len(units) + 1)]
    named = {prop.text for unit in units for prop in unit.findall("prop") if prop.get("type") == "x-pair"}
    assert named == {f"{COMPARE / f'{name}.ko.txt'} | {COMPARE / f'{name}.zh.txt'}" for name in ("jilin-5years", "antifraud-campaign", "tonghua-interview")}


def test_table_format_belongs_to_corpus_runs(tmp_path: Path) -> None:
    ko, zh = COMPARE / "jilin-5years.ko.txt", COMPARE / "jilin-5years.zh.txt"
    result = runner.invoke(app, ["compare", str(ko), str(zh), "--table-format", "parquet"])
    assert result.exit_code == 2 and "--table-format is for --pairs runs" in result.stderr


def test_a_pairs_run_refuses_the_arguments_of_a_single_pair_and_reads_the_helps_header(tmp_path: Path) -> None:
    """New-user trial 93: KO ZH and --html given with --pairs were ignored, exit 0; a list headed
    `ko_path<TAB>zh_path`, as the help names its columns, was read as a pair of those files."""
    ko, zh = COMPARE / "jilin-5years.ko.txt", COMPARE / "jilin-5years.zh.txt"
    listing = tmp_path / "pairs.tsv"
    listing.write_text(f"ko_path\tzh_path\n{ko}\t{zh}\n", encoding="utf-8")
    for extra in ([str(ko), str(zh)], ["--html", str(tmp_path / "x.html")]):
        result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(tmp_path / "out"), "-q", *extra])
        assert result.exit_code == 2 and "--pairs takes no KO ZH files and no --html" in result.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "x.html").exists()
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0 and "1 pairs, 1 compared" in result.stderr, result.stderr


def _environment_missing(job: object) -> dict[str, object]:
    raise ModuleNotFoundError("No module named 'align'")  # as a worker without the package says it


def test_a_cluster_that_cannot_load_the_tasks_is_one_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    from align.corpus.runs import _run

    jobs = pair_jobs([(COMPARE / "jilin-5years.ko.txt", COMPARE / "jilin-5years.zh.txt")])
    with pytest.raises(AlignError, match="cannot load align's tasks: install this package"):
        list(_run(jobs, "dask", 1, None, _environment_missing))


def test_a_corpus_run_never_writes_over_its_pair_list(tmp_path: Path) -> None:
    listing = tmp_path / "pairs.tsv"  # the name of the summary table the run writes
    listing.write_text(f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 2 and "would overwrite the input" in result.stderr
    assert listing.read_text(encoding="utf-8").startswith(str(COMPARE))


def test_a_rerun_without_parquet_removes_the_parquet_tables_that_no_longer_match(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    listing = tmp_path / "list.tsv"
    listing.write_text(f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n", encoding="utf-8")
    out = tmp_path / "run"
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q", "--table-format", "parquet"]).exit_code == 0
    assert (out / "claims.parquet").is_file()
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q"]).exit_code == 0
    assert not (out / "claims.parquet").exists() and not (out / "pairs.parquet").exists() and (out / "claims.tsv").is_file()


def test_a_scheduler_address_that_is_no_address_is_one_clear_line(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    listing = tmp_path / "list.tsv"
    listing.write_text(f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(tmp_path / "run"), "-q", "--engine", "dask", "--scheduler", "http://127.0.0.1:8787"])
    assert result.exit_code == 2 and "cannot reach the Dask scheduler at http://127.0.0.1:8787" in result.stderr and "tcp://host:8786" in result.stderr


def test_an_empty_path_or_a_folder_in_the_pair_list_names_the_list_and_line(tmp_path: Path) -> None:
    from align.corpus.listing import document_pairs

    listing = tmp_path / "list.tsv"
    for line, message in ((f"{COMPARE / 'jilin-5years.ko.txt'}\t\n", "an empty path"), (f"{tmp_path}\t{COMPARE / 'jilin-5years.zh.txt'}\n", "not a file")):
        listing.write_text(line, encoding="utf-8")
        with pytest.raises(AlignError, match=message) as raised:
            document_pairs(None, None, listing, require_listed=False)
        assert raised.value.line == 1 and str(listing) in str(raised.value.path)


def document_pairs_of(listing: Path) -> list[tuple[Path, Path]]:
    from align.corpus.listing import document_pairs

    return document_pairs(None, None, listing)


def test_a_pair_list_not_in_utf8_is_one_line_naming_the_list_and_line_and_a_bom_is_read(tmp_path: Path) -> None:
    """New user 95: a pair list saved as CP949 stopped `compare --pairs` and `terms build --pairs`
    with an internal error; it is one line naming the list and the line, and a UTF-8 list with a
    byte-order mark (as Windows editors save it) reads as any other."""
    listing = tmp_path / "list.tsv"
    listing.write_bytes(f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n# 경찰 목록\n".encode("cp949"))
    for command in (["compare", "--pairs", str(listing), "-o", str(tmp_path / "run"), "-q"], ["terms", "build", "--pairs", str(listing), "-q"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2 and "list.tsv:2: a pair list must be UTF-8" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    listing.write_bytes(f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n".encode("utf-16-le"))  # no byte-order mark
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(tmp_path / "run"), "-q"])
    assert result.exit_code == 2 and "holds NUL bytes" in result.stderr and result.stderr.count("\n") == 1
    listing.write_bytes(f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n".encode("utf-16"))  # with it: read
    assert len(document_pairs_of(listing)) == 1
    listing.write_bytes(("\ufeffko_file\tzh_file\tscore\tevidence\n" + f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\t0.9\tfigures 1.00\n").encode("utf-8"))
    from align.corpus.listing import document_pairs

    assert [(k.name, z.name) for k, z in document_pairs(None, None, listing)] == [("jilin-5years.ko.txt", "jilin-5years.zh.txt")]


def test_a_scheduler_without_the_dask_engine_and_an_output_folder_holding_an_article_are_refused(tmp_path: Path) -> None:
    """New user 95: `--scheduler ADDRESS` without `--engine dask` was silently ignored (the run went
    on the local pool); and `-o` the Korean pile's own folder mixed the run's reports with the
    articles, so the next `align pairs` over the pile read a report as an article."""
    listing = tmp_path / "list.tsv"
    listing.write_text(f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n", encoding="utf-8")
    for command in (["compare", "--pairs", str(listing), "-o", str(tmp_path / "run")], ["terms", "build", "--pairs", str(listing)]):
        result = runner.invoke(app, [*command, "-q", "--scheduler", "tcp://127.0.0.1:1"])
        assert result.exit_code == 2 and "is for --engine dask" in result.stderr and result.stderr.count("\n") == 1
    # code review 95: one pair compared with a cluster's address was silently run here
    single = runner.invoke(app, ["compare", str(COMPARE / "jilin-5years.ko.txt"), str(COMPARE / "jilin-5years.zh.txt"), "--scheduler", "tcp://127.0.0.1:1"])
    assert single.exit_code == 2 and "are for runs over many pairs: one pair is compared in this process" in single.stderr
    memory = runner.invoke(app, ["terms", "build", str(tmp_path / "memory.tmx"), "--engine", "dask"])
    assert memory.exit_code == 2 and "a translation memory is read in this process" in memory.stderr
    pile = tmp_path / "ko"
    pile.mkdir()
    (pile / "a.ko.txt").write_bytes((COMPARE / "jilin-5years.ko.txt").read_bytes())
    listing.write_text(f"{pile / 'a.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(pile), "-q"])
    assert result.exit_code == 2 and "would mix with the articles" in result.stderr
    assert sorted(p.name for p in pile.iterdir()) == ["a.ko.txt"]


def test_a_rerun_with_another_list_keeps_only_its_own_reports_each_of_its_own_pair(tmp_path: Path) -> None:
    """New user 95: a rerun into a folder that held another list's results left that list's reports
    (230 files for 30 pairs, two `00001-…`); and a report was named by its number and Korean file
    alone, so another pair at the same place with the same Korean file kept the old pair's report."""
    listing = tmp_path / "list.tsv"
    out = tmp_path / "run"
    korean = COMPARE / "jilin-5years.ko.txt"
    listing.write_text(f"{korean}\t{COMPARE / 'jilin-5years.zh.txt'}\n{COMPARE / 'antifraud-campaign.ko.txt'}\t{COMPARE / 'antifraud-campaign.zh.txt'}\n", encoding="utf-8")
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q"]).exit_code == 0
    first = sorted(p.name for p in (out / "reports").iterdir())
    assert len(first) == 2
    (out / "reports" / "20240312-notes.html").write_text("my notes", encoding="utf-8")  # a user's own file: not the run's to remove
    listing.write_text(f"{korean}\t{COMPARE / 'baicheng-review.zh.txt'}\n", encoding="utf-8")
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q", "--no-lang-check"]).exit_code == 0
    (report,) = sorted(p.name for p in (out / "reports").iterdir() if p.name != "20240312-notes.html")
    assert (out / "reports" / "20240312-notes.html").is_file()
    assert report.startswith("00001-jilin-5years.ko-") and report not in first
    with (out / "pairs.tsv").open(encoding="utf-8") as stream:
        assert [row["report"] for row in csv.DictReader(stream, delimiter="\t")] == [f"reports/{report}"]


def test_a_report_of_a_page_named_as_a_server_names_it_is_linked_right(tmp_path: Path) -> None:
    """Code review 95: a folder now gives pages named `view?id=1032` or `a#1`, whose report names kept
    the `?` and `#` a link stops at: the index opened `reports/00001-view`. A report's name keeps
    only letters, digits, `.`, `-` and `_` of the file's, at most 60 of them."""
    korean = tmp_path / ("view?id=1032#" + "가" * 76 + ".txt")  # 76 Hangul: a report name of all of them was too long a file name
    korean.write_bytes((COMPARE / "jilin-5years.ko.txt").read_bytes())
    listing = tmp_path / "list.tsv"
    listing.write_text(f"{korean}\t{COMPARE / 'jilin-5years.zh.txt'}\n", encoding="utf-8")
    out = tmp_path / "run"
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q"]).exit_code == 0
    (report,) = (out / "reports").iterdir()
    assert "?" not in report.name and "#" not in report.name and report.name.startswith("00001-view_id_1032_가")
    assert f'href="reports/{report.name}"' in (out / "index.html").read_text(encoding="utf-8").replace("%EA%B0%80", "가")


def test_a_pair_warned_as_unrelated_adds_nothing_to_the_translation_memory(tmp_path: Path) -> None:
    """New user 96: `align pairs` proposed two unrelated real pages (a Korean patrol report, a Hong Kong
    gambling raid) and the corpus run wrote their beads into aligned.tmx as translations, though it
    warned about the pair; the warning stays in pairs.tsv, the memory holds the true pair only."""
    import xml.etree.ElementTree as ET

    from tests.conftest import DATA

    listing = tmp_path / "pairs.tsv"
    true = (DATA / "realnews" / "foxhunt-2015.ko.txt", DATA / "realnews" / "foxhunt-2015.zh.txt")
    unrelated = (DATA / "pages" / "1833.txt", DATA / "pages" / "1669.txt")
    listing.write_text("".join(f"{ko}\t{zh}\n" for ko, zh in (true, unrelated)), encoding="utf-8")
    out = tmp_path / "run"
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q"]).exit_code == 0
    rows = list(csv.DictReader((out / "pairs.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert ["do not seem to cover the same events" in row["warnings"] for row in rows] == [False, True]
    assert rows[1]["warnings"].endswith("(its sentences are left out of aligned.tmx)")
    named = {prop.text for unit in ET.parse(out / "aligned.tmx").getroot().findall("./body/tu") for prop in unit.findall("prop") if prop.get("type") == "x-pair"}
    assert named == {f"{true[0]} | {true[1]}"}


def test_each_report_of_a_run_links_back_to_its_index(tmp_path: Path) -> None:
    """New user 96: a corpus run's report had no way back to the index that lists it; a single
    comparison's report (`align compare --html`) has no index to link."""
    import re

    listing = tmp_path / "pairs.tsv"
    listing.write_text(f"{COMPARE / 'jilin-5years.ko.txt'}\t{COMPARE / 'jilin-5years.zh.txt'}\n", encoding="utf-8")
    out = tmp_path / "run"
    assert runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(out), "-q"]).exit_code == 0
    (report,) = (out / "reports").iterdir()
    (link,) = re.findall(r'<nav><a href="([^"]+)">', report.read_text(encoding="utf-8"))
    assert (report.parent / link).resolve() == (out / "index.html").resolve()
    single = tmp_path / "one.html"
    assert runner.invoke(app, ["compare", str(COMPARE / "jilin-5years.ko.txt"), str(COMPARE / "jilin-5years.zh.txt"), "--html", str(single), "-o", str(tmp_path / "t.tsv")]).exit_code == 0
    assert "<nav>" not in single.read_text(encoding="utf-8")


def test_an_article_in_a_folder_that_may_not_be_read_fails_its_pair_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New user 97: one article in a folder without read permission (chmod 000) stopped the whole
    corpus run with status 2 and wrote nothing, where an unreadable file is that pair's error."""
    hidden = tmp_path / "noread" / "jilin-5years.ko.txt"
    listing = tmp_path / "pairs.tsv"
    listing.write_text(f"{hidden}\t{COMPARE / 'jilin-5years.zh.txt'}\n{COMPARE / 'antifraud-campaign.ko.txt'}\t{COMPARE / 'antifraud-campaign.zh.txt'}\n", encoding="utf-8")
    looked_at = Path.stat

    def stat(path: Path, *args: object, **kwargs: object) -> object:
        if "noread" in str(path):  # what a folder without read permission answers (the tests run as root, whom it lets in)
            raise PermissionError(13, "Permission denied", str(path))
        return looked_at(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", stat)
    result = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(tmp_path / "run"), "--workers", "1", "-q"])
    assert result.exit_code == 1, result.stderr
    assert f"align: {hidden}: cannot read: Permission denied" in result.stderr.splitlines()
    assert "2 pairs, 2 compared, 0 reused, 1 failed" in result.stderr.splitlines()[-1]


def test_a_rebuild_stopped_part_way_leaves_no_index_over_tables_of_two_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New user 97: Ctrl-C while a run rebuilt its tables for a new list left the old list's
    index.html beside the new list's claims.tsv and pairs.tsv."""
    import align.corpus.runs as runs

    out = tmp_path / "run"
    first = pair_jobs([(COMPARE / f"{name}.ko.txt", COMPARE / f"{name}.zh.txt") for name in ("jilin-5years", "antifraud-campaign")])
    run_corpus(first, out, workers=1)
    assert (out / "index.html").is_file() and (out / "pairs.tsv").is_file()

    def interrupted(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(runs, "tmx_unit", interrupted)  # stopped while the claims and the memory are written
    with pytest.raises(KeyboardInterrupt):
        run_corpus(first[:1], out, workers=1)
    assert not (out / "index.html").exists() and not (out / "pairs.tsv").exists()
    monkeypatch.undo()
    run_corpus(first[:1], out, workers=1)  # the next run writes them all again
    assert len((out / "pairs.tsv").read_text(encoding="utf-8").splitlines()) == 2 and (out / "index.html").is_file()


def test_one_pair_refuses_workers_and_a_run_refuses_a_file_for_its_folder(tmp_path: Path) -> None:
    """New user 97: `compare KO ZH --workers 3` took --workers without a word (where --table-format
    is refused), and `compare --pairs … -o existing.txt` said `existing.txt/pairs: Not a directory`."""
    ko, zh = COMPARE / "jilin-5years.ko.txt", COMPARE / "jilin-5years.zh.txt"
    one = runner.invoke(app, ["compare", str(ko), str(zh), "--workers", "3"])
    assert one.exit_code == 2 and one.stderr == "align: --workers is for --pairs runs: one pair is compared in this process\n"
    existing = tmp_path / "existing.txt"
    existing.write_text("notes\n", encoding="utf-8")
    listing = tmp_path / "pairs.tsv"
    listing.write_text(f"{ko}\t{zh}\n", encoding="utf-8")
    run = runner.invoke(app, ["compare", "--pairs", str(listing), "-o", str(existing)])
    assert run.exit_code == 2 and run.stderr == f"align: {existing}: not a folder: --pairs writes its tables and reports into the folder -o names\n"
    assert existing.read_text(encoding="utf-8") == "notes\n"
