import json

from typer.testing import CliRunner

from align.cli import app
from tests.conftest import gold_sentences, seed_path

runner = CliRunner()


def test_segment_txt_prints_clean_sentences() -> None:
    result = runner.invoke(app, ["segment", str(seed_path("000"))])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == gold_sentences("000")


def test_segment_jsonl_lists_dropped_spans_and_metadata() -> None:
    result = runner.invoke(app, ["segment", str(seed_path("002")), "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = {r["type"] for r in records}
    assert kinds == {"sentence", "dropped", "flag", "metadata"}
    ruby = [r for r in records if r["type"] == "dropped" and r["reason"] == "ruby-annotation"]
    assert ruby and all(r["end"] > r["start"] for r in ruby)


def test_segment_tsv_to_file(tmp_path) -> None:
    out = tmp_path / "out.tsv"
    result = runner.invoke(app, ["segment", str(seed_path("001")), str(seed_path("003")), "--format", "tsv", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "doc\tindex\tlang\tparagraph\tstart\tend\ttext\tclean"  # (new-user trial 98, second: the README promised `clean`)
    assert len(lines) == 1 + len(gold_sentences("001")) + len(gold_sentences("003"))


def test_bad_inputs_get_one_line_errors(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02\x03" * 10)
    for path, message in [(tmp_path / "missing.txt", "no such file"), (tmp_path, "directory"), (empty, "empty"), (binary, "binary")]:
        result = runner.invoke(app, ["segment", str(path)])
        assert result.exit_code == 2
        assert result.stderr.strip().count("\n") == 0
        assert str(path) in result.stderr and message in result.stderr
        assert "Traceback" not in result.stderr


def test_one_unreadable_file_among_several_costs_that_file_not_the_others_output(tmp_path) -> None:
    """New user 95: `align segment` over 297 pages, one of them empty, wrote nothing (exit 2), and to
    standard output it stopped at the empty page. The page is named in one line and left out, the
    others are written, and the status is 1; when no file can be read nothing is written (2)."""
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    out = tmp_path / "out.txt"
    result = runner.invoke(app, ["segment", str(seed_path("000")), str(empty), str(seed_path("001")), "-q", "-o", str(out)])
    assert result.exit_code == 1
    assert [line for line in out.read_text(encoding="utf-8").splitlines() if line] == gold_sentences("000") + gold_sentences("001")
    assert result.stderr.splitlines() == [f"align: {empty}: file is empty", "align: 1 of 3 files could not be read (named above) and is left out"]
    streamed = runner.invoke(app, ["segment", str(empty), str(seed_path("001")), "-q"])
    assert streamed.exit_code == 1 and streamed.stdout.splitlines() == gold_sentences("001")
    none = runner.invoke(app, ["segment", str(empty), str(empty), "-q", "-o", str(tmp_path / "none.txt")])
    assert none.exit_code == 2 and not (tmp_path / "none.txt").exists() and "nothing was written" in none.stderr


def test_a_fault_of_the_toolkit_is_one_line_and_status_70_and_its_traceback_on_request(tmp_path, monkeypatch) -> None:
    import align.text.segment as segment_module

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyError("paragraph")

    monkeypatch.setattr(segment_module, "segment_file", broken)
    out = tmp_path / "out.txt"
    result = runner.invoke(app, ["segment", str(seed_path("000")), "-o", str(out)])
    assert result.exit_code == 70 and not out.exists()
    assert result.stderr.strip() == "align: internal error (KeyError: 'paragraph'); please report it, with ALIGN_DEBUG=1 set for the traceback"
    monkeypatch.setenv("ALIGN_DEBUG", "1")
    assert isinstance(runner.invoke(app, ["segment", str(seed_path("000"))]).exception, KeyError)


def test_an_operating_system_error_is_one_line_naming_the_file(tmp_path, monkeypatch) -> None:
    import align.text.segment as segment_module

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device", str(tmp_path / "out.txt"))

    monkeypatch.setattr(segment_module, "segment_file", full)
    result = runner.invoke(app, ["segment", str(seed_path("000"))])
    assert result.exit_code == 2 and result.stderr.strip() == f"align: {tmp_path / 'out.txt'}: No space left on device"


def test_failed_run_leaves_no_output_file(tmp_path) -> None:
    out = tmp_path / "out.txt"
    result = runner.invoke(app, ["segment", str(seed_path("000")), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert not out.exists()


def test_terms_find_tsv_offsets_point_into_the_file(tmp_path) -> None:
    from tests.conftest import SMALL

    result = runner.invoke(app, ["terms", "find", str(seed_path("000")), "--glossary", str(SMALL)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["file", "sentence", "start", "end", "surface", "ko", "zh_hans", "kind"]
    text = seed_path("000").read_text(encoding="utf-8")
    surfaces = {row[4] for row in rows[1:]}
    assert {"경무실", "공안청", "교통순라소"} <= surfaces
    for row in rows[1:]:
        assert text[int(row[2]) : int(row[3])] == row[4]


def test_terms_check_reports_file_and_line(tmp_path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("ko\tzh_hans\tkind\n경무실\t警务室\tbuilding\n", encoding="utf-8")
    result = runner.invoke(app, ["terms", "check", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{bad}:2: unknown kind 'building'")


def test_terms_export_tbx(tmp_path) -> None:
    from tests.conftest import SMALL

    out = tmp_path / "g.tbx"
    result = runner.invoke(app, ["terms", "export", str(SMALL), "--to", "tbx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>')


def test_sentences_presegmented_tsv_covers_every_line(tmp_path) -> None:
    from tests.conftest import PARALLEL

    ko, zh = PARALLEL / "flores200.ko.txt", PARALLEL / "flores200.zh.txt"
    out = tmp_path / "beads.tsv"
    result = runner.invoke(app, ["sentences", str(ko), str(zh), "--presegmented", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0] == ["ko_ids", "zh_ids", "score"]
    ko_ids = [int(i) for row in rows[1:] for i in row[0].split(",") if i]
    zh_ids = [int(j) for row in rows[1:] for j in row[1].split(",") if j]
    assert ko_ids == list(range(200)) and zh_ids == list(range(200))


def test_sentences_articles_jsonl_without_glossary() -> None:
    result = runner.invoke(app, ["sentences", str(seed_path("000")), str(seed_path("002")), "--format", "jsonl", "--glossary", "none"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"ko_ids", "zh_ids", "score", "ko_text", "zh_text"} <= set(records[0])
    assert sorted(i for r in records for i in r["ko_ids"]) == list(range(len(gold_sentences("000"))))


def test_sentences_missing_file_is_one_line(tmp_path) -> None:
    result = runner.invoke(app, ["sentences", str(tmp_path / "ko.txt"), str(seed_path("002"))])
    assert result.exit_code == 2 and "ko.txt: no such file" in result.stderr


def test_compare_writes_table_and_html(tmp_path) -> None:
    from tests.conftest import COMPARE

    out, page = tmp_path / "claims.tsv", tmp_path / "report.html"
    result = runner.invoke(app, ["compare", str(COMPARE / "antifraud-campaign.ko.txt"), str(COMPARE / "antifraud-campaign.zh.txt"), "-o", str(out), "--html", str(page)])
    assert result.exit_code == 0, result.output
    header = out.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header == ["ko_id", "zh_id", "subject", "ko_value", "zh_value", "ko_number", "zh_number", "unit", "verdict", "score", "ko_text", "zh_text"]
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_compare_names_an_input_in_the_wrong_language(tmp_path) -> None:
    from tests.conftest import COMPARE

    ko, zh = COMPARE / "antifraud-campaign.ko.txt", COMPARE / "antifraud-campaign.zh.txt"
    result = runner.invoke(app, ["compare", str(zh), str(ko), "-o", str(tmp_path / "out.tsv")])
    assert result.exit_code == 2 and "give the Korean report first" in result.stderr and str(zh) in result.stderr
    result = runner.invoke(app, ["compare", str(zh), str(zh), "-o", str(tmp_path / "out.tsv")])
    assert result.exit_code == 2 and "written in Chinese" in result.stderr
    assert result.stderr.strip().count("\n") == 0 and not (tmp_path / "out.tsv").exists()
    result = runner.invoke(app, ["compare", str(zh), str(ko), "--no-lang-check", "-o", str(tmp_path / "out.tsv")])
    assert result.exit_code == 0 and (tmp_path / "out.tsv").exists()


def test_compare_warns_when_two_reports_share_no_figure() -> None:
    from tests.conftest import DATA

    realnews = DATA / "realnews"
    ko, zh = realnews / "drunk-driving-hk-2024.ko.txt", realnews / "wenzhou-220-2017.zh.txt"
    result = runner.invoke(app, ["compare", str(ko), str(zh)])
    assert result.exit_code == 0 and "do not seem to cover the same events" in result.stderr
    same = runner.invoke(app, ["compare", str(ko), str(realnews / "drunk-driving-hk-2024.zh.txt")])
    assert same.exit_code == 0 and "do not seem" not in same.stderr


def test_compare_warns_on_unrelated_reports_with_few_figures_by_how_little_their_sentences_align() -> None:
    """A Korean report with one figure beside an unrelated Chinese one: too few claims to judge by
    figures, so the sentence alignment decides; its true counterpart, which shares no figure either,
    aligns well and is not warned about."""
    from tests.conftest import DATA

    realnews = DATA / "realnews"
    ko = realnews / "mps-overseas-fraud-alert-2018.ko.txt"
    result = runner.invoke(app, ["compare", str(ko), str(realnews / "myanmar-31000-2023.zh.txt")])
    assert result.exit_code == 0 and "their sentences hardly align" in result.stderr
    same = runner.invoke(app, ["compare", str(ko), str(realnews / "mps-overseas-fraud-alert-2018.zh.txt")])
    assert same.exit_code == 0 and "do not seem" not in same.stderr


def test_compare_csv_and_jsonl() -> None:
    from tests.conftest import COMPARE

    args = ["compare", str(COMPARE / "antifraud-campaign.ko.txt"), str(COMPARE / "antifraud-campaign.zh.txt")]
    csv_result = runner.invoke(app, args + ["--format", "csv"])
    assert csv_result.stdout.startswith("ko_id,zh_id,subject,")
    jsonl = [json.loads(line) for line in runner.invoke(app, args + ["--format", "jsonl"]).stdout.splitlines()]
    assert {r["verdict"] for r in jsonl} <= {"same", "rounded", "differs", "ko_only", "zh_only"}


def test_terms_build_from_a_directory_of_twins_and_merge(tmp_path) -> None:
    from tests.conftest import COMPARE, SMALL

    folder = tmp_path / "pairs"
    folder.mkdir()
    for suffix in ("ko", "zh"):
        (folder / f"jilin.{suffix}.txt").write_text((COMPARE / f"jilin-5years.{suffix}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    candidates = tmp_path / "candidates.tsv"
    result = runner.invoke(app, ["terms", "build", str(folder), "--glossary", "none", "-o", str(candidates)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in candidates.read_text(encoding="utf-8").splitlines()]
    assert rows[0][:5] == ["ko", "zh", "score", "evidence", "count"]
    assert ["교통순라소", "交巡所"] in [row[:2] for row in rows]
    termhood = {row[1]: float(row[rows[0].index("termhood")]) for row in rows[1:]}
    assert termhood["交巡所"] > termhood["建设"]
    glossary = tmp_path / "g.tsv"
    glossary.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    merged = runner.invoke(app, ["terms", "merge", str(candidates), "--into", str(glossary), "--min-score", "0.85"])
    assert merged.exit_code == 0, merged.output
    assert "1 already there" in merged.stdout and merged.stderr == ""  # 교통순라소, in the small glossary: counted, not refused
    # a conflict is refused in a FILE:LINE line, the rest merged, and the status says a row needs a decision
    conflicting = tmp_path / "conflicting.tsv"
    conflicting.write_text("ko\tzh\tscore\n경무실\t警务站\t0.9\n격자원\t网格员\t0.9\n", encoding="utf-8")
    refused = runner.invoke(app, ["terms", "merge", str(conflicting), "--into", str(glossary), "--min-score", "0.85"])
    assert refused.exit_code == 1 and refused.stderr.startswith(f"{conflicting}:2: conflict: 경무실 is 警务室")
    assert "1 added" in refused.stdout and "격자원\t网格员" in glossary.read_text(encoding="utf-8")
    assert runner.invoke(app, ["terms", "check", str(glossary)]).exit_code == 0
    # new-user trial 93: the README's `--into glossaries/mine.tsv` failed on a fresh clone, no such glossary
    mine = tmp_path / "glossaries" / "mine.tsv"
    begun = runner.invoke(app, ["terms", "merge", str(candidates), "--into", str(mine), "--min-score", "0.85"])
    assert begun.exit_code == 0, begun.output
    assert mine.read_text(encoding="utf-8").splitlines()[0] == "ko\tzh_hans\tzh_hant\tko_variants\tkind\tnote\tsource"
    assert "교통순라소\t交巡所" in mine.read_text(encoding="utf-8") and runner.invoke(app, ["terms", "check", str(mine)]).exit_code == 0
    # new-user trial 98: a score below 0 was taken without a word
    negative = runner.invoke(app, ["terms", "merge", str(candidates), "--into", str(mine), "--min-score", "-1"])
    assert negative.exit_code == 2 and "--min-score" in negative.stderr


def test_segment_says_when_lang_names_a_language_the_file_is_not_written_in(tmp_path) -> None:
    """New-user trial 93: `segment --lang ko` on a Chinese article gave one long sentence without a word."""
    article = tmp_path / "zh.txt"
    article.write_text("6月3日，吉林省公安厅召开新闻发布会。全省公安机关破获案件386起，抓获犯罪嫌疑人120名。\n", encoding="utf-8")
    result = runner.invoke(app, ["segment", "--lang", "ko", str(article)])
    assert result.exit_code == 0 and result.stderr.count("\n") == 1
    assert "zh.txt: read as Korean (--lang ko), but it is written in Chinese" in result.stderr
    for lang in ("zh", "auto"):
        result = runner.invoke(app, ["segment", "--lang", lang, str(article)])
        assert result.exit_code == 0 and result.stderr == "" and len(result.stdout.splitlines()) == 2


def test_segment_txt_of_several_files_sets_a_blank_line_between_them(tmp_path) -> None:
    """New-user trial 93: nothing showed where one file's sentences ended and the next file's began."""
    one = runner.invoke(app, ["segment", str(seed_path("001"))]).stdout.splitlines()
    two = runner.invoke(app, ["segment", str(seed_path("003"))]).stdout.splitlines()
    both = runner.invoke(app, ["segment", str(seed_path("001")), str(seed_path("003"))]).stdout.splitlines()
    assert both == [*one, "", *two] and "" not in one + two


def test_terms_find_on_a_folder_prints_one_line_and_no_table(tmp_path) -> None:
    """New-user trial 93: the table's header came out on standard output before the error."""
    result = runner.invoke(app, ["terms", "find", str(tmp_path)])
    assert result.exit_code == 2 and result.stdout == "" and "is a directory" in result.stderr


def test_terms_build_jsonl_keeps_lists_and_booleans(tmp_path) -> None:
    from tests.conftest import COMPARE

    args = ["terms", "build", str(COMPARE / "antifraud-campaign.ko.txt"), str(COMPARE / "antifraud-campaign.zh.txt"), "--format", "jsonl"]
    records = [json.loads(line) for line in runner.invoke(app, args).stdout.splitlines()]
    assert records and all(isinstance(r["evidence"], list) and isinstance(r["known"], bool) for r in records)
    assert any(r["known"] for r in records)  # the bundled glossary marks known pairs by default
    from align.terms.induce import Candidate, rank

    ranks = [rank(Candidate(r["ko"], r["zh"], r["score"], (), r["count"], "", "", termhood=r["termhood"])) for r in records]
    assert ranks == sorted(ranks, reverse=True)  # by score, general vocabulary lowered (`rank`)


def test_a_terminal_that_cannot_show_korean_gets_one_line_of_advice(tmp_path) -> None:
    import subprocess
    import sys

    article = tmp_path / "k.txt"
    article.write_text("경찰은 11일 보이스피싱 조직원 26명을 검거했다고 밝혔다.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "align.cli", "segment", str(article), "--lang", "ko"], capture_output=True, text=True, env={**__import__("os").environ, "PYTHONIOENCODING": "ascii"}
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "align: standard output cannot show this text in ascii: set PYTHONIOENCODING=utf-8 or write to a file with -o"


def test_compare_and_sentences_take_keep_boilerplate(tmp_path) -> None:
    """Verification 94: compare told a user whose text cleaning emptied to pass --keep-boilerplate,
    which it did not have."""
    ko, zh = tmp_path / "k.txt", tmp_path / "z.txt"
    ko.write_text("경무실 3개를 새로 건설했다.\n", encoding="utf-8")
    zh.write_text("新建了警务室3个。\n", encoding="utf-8")
    for command in (["compare", str(ko), str(zh)], ["sentences", str(ko), str(zh)]):
        result = runner.invoke(app, [*command, "--keep-boilerplate", "--no-lang-check"])
        assert result.exit_code == 0, result.output
    rows = runner.invoke(app, ["compare", str(ko), str(zh), "--keep-boilerplate", "--no-lang-check"]).stdout.splitlines()
    assert any("3개" in row and "3个" in row for row in rows[1:])


def test_a_file_that_may_not_be_read_is_one_line_of_ours_not_a_usage_error(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """New user 97: a file without read permission given on the command line got the command-line
    parser's three-line usage error (`Error: Invalid value for 'files': Path … is not readable.`),
    where a file inside a pile got one line; the parser no longer judges: reading the file does."""
    import os
    from pathlib import Path

    looked_at = Path.stat

    def stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if path.name == "locked.txt":  # what a file without read permission answers (the tests run as root)
            raise PermissionError(13, "Permission denied", str(path))
        return looked_at(path, *args, **kwargs)

    locked = tmp_path / "locked.txt"
    locked.write_text("경찰은 순찰을 강화했다.\n", encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)  # how the parser asks
    read = Path.read_bytes

    def read_bytes(path):  # type: ignore[no-untyped-def]
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return read(path)

    monkeypatch.setattr(Path, "stat", stat)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    for command in (["segment", str(locked)], ["terms", "find", str(locked)], ["terms", "check", str(locked)], ["evaluate", str(locked), str(locked), "--tgt", "ko"]):
        result = runner.invoke(app, command)
        assert result.exit_code != 0 and "Usage:" not in result.stderr and "Traceback" not in result.stderr, command
        assert f"{locked}: cannot read: Permission denied" in result.stderr.strip().splitlines()[-1], command


def test_terms_find_says_when_lang_names_a_language_the_file_is_not_written_in(tmp_path) -> None:
    """As `segment` does: one line naming the file, from the same check as the library's warning
    (never a Python warning's traceback-like lines)."""
    article = tmp_path / "zh.txt"
    article.write_text("6月3日，吉林省公安厅召开新闻发布会。全省公安机关破获案件386起，抓获犯罪嫌疑人120名。\n", encoding="utf-8")
    result = runner.invoke(app, ["terms", "find", "--lang", "ko", str(article)])
    assert result.exit_code == 0 and result.stderr.count("\n") == 1
    assert "zh.txt: read as Korean (--lang ko), but it is written in Chinese" in result.stderr
    result = runner.invoke(app, ["terms", "find", "--lang", "zh", str(article)])
    assert result.exit_code == 0 and result.stderr == ""


def test_a_saved_page_with_undecodable_bytes_is_one_warning_line_as_a_text_file_is(tmp_path) -> None:
    """Report 4: `segment` said nothing of a saved page whose bytes did not all decode; a text file
    gets one line naming the byte range. Both do now, and the JSONL names it as a dropped span."""
    from pathlib import Path

    html = Path(__file__).resolve().parent.parent / "data" / "html"
    raw = (html / "h22.html").read_bytes()
    at = raw.index("出現多宗確診".encode()) + 3
    page = tmp_path / "damaged.html"
    page.write_bytes(raw[:at] + b"\xff\x81\xfe" + raw[at:])
    result = runner.invoke(app, ["segment", str(page), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"align: {page}: undecodable bytes at {at}–{at + 3} left out"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["reason"] for r in records if r["type"] == "dropped" and r["reason"].startswith("undecodable")] == [f"undecodable bytes at {at}–{at + 3}"]
    assert not any("\ufffd" in r["clean"] for r in records if r["type"] == "sentence")  # (its `text` quotes the page's text, as a text file's does)


def test_terms_build_says_when_cleaning_dropped_a_side_and_keeps_boilerplate_when_told(tmp_path) -> None:
    """Trial 22: a Xinhua dispatch whose one line cleaning drops as its dateline gave an empty table and
    no word; the warning `align sentences` prints names the file, and `--keep-boilerplate` (its advice)
    is an option of `terms build` too."""
    from tests.conftest import COMPARE

    folder = tmp_path / "pairs"
    folder.mkdir()
    ko, zh = folder / "harbin.ko.txt", folder / "harbin.zh.txt"
    ko.write_text("할빈 2월 1일발 신화통신(제홍흠, 황등): 보고를 발표했다.\n", encoding="utf-8")
    zh.write_text("新华社哈尔滨2月1日电(齐泓鑫、黄腾)发布了报告。\n", encoding="utf-8")
    for suffix in ("ko", "zh"):
        (folder / f"jilin.{suffix}.txt").write_text((COMPARE / f"jilin-5years.{suffix}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    for workers in ("1", "2"):  # in this process, and in worker processes
        out = tmp_path / f"terms{workers}.tsv"
        result = runner.invoke(app, ["terms", "build", str(folder), "--glossary", "none", "-o", str(out), "-q", "--workers", workers])
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines() == [f"align: {zh}: cleaning dropped 100% of the text (prefix 19, header 6 characters; 0 sentences kept); --keep-boilerplate keeps every line"]
    kept = tmp_path / "kept.tsv"
    result = runner.invoke(app, ["terms", "build", str(ko), str(zh), "--glossary", "none", "-o", str(kept), "-q", "--keep-boilerplate"])
    assert result.exit_code == 0 and result.stderr == "", result.output
    assert ["제홍흠", "齐泓鑫"] in [line.split("\t")[:2] for line in kept.read_text(encoding="utf-8").splitlines()]
