"""The command-line contract under bad input, from review 103a's attack (an adversarial reviewer's
runs of every command): no output over an input, glossaries and a model's folder included; a device
refused in one line; a candidates file read whole and its bad rows named by their own line; a
failing run leaves no file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from align.cli import app
from tests.conftest import COMPARE, SMALL

runner = CliRunner()
KO, ZH = COMPARE / "antifraud-campaign.ko.txt", COMPARE / "antifraud-campaign.zh.txt"


def _glossary(tmp_path: Path) -> Path:
    glossary = tmp_path / "mine.tsv"
    glossary.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    return glossary


@pytest.mark.parametrize(
    "command",
    [
        ["terms", "find", str(KO), "-g", "{g}", "-o", "{g}", "-q"],
        ["sentences", str(KO), str(ZH), "-g", "{g}", "-o", "{g}"],
        ["compare", str(KO), str(ZH), "-g", "{g}", "-o", "{out}", "--html", "{g}", "-q"],
        ["terms", "build", str(KO), str(ZH), "-g", "{g}", "-o", "{g}", "-q"],
    ],
)
def test_no_output_overwrites_a_glossary_the_command_reads(tmp_path: Path, command: list[str]) -> None:
    """Review 103a: `-o` (or `--html`) naming the `-g` glossary replaced it with the command's table."""
    glossary = _glossary(tmp_path)
    before = glossary.read_bytes()
    result = runner.invoke(app, [part.format(g=glossary, out=tmp_path / "out.tsv") for part in command])
    assert result.exit_code == 2 and result.stderr.startswith(f"align: {glossary}: would overwrite the input")
    assert glossary.read_bytes() == before and not (tmp_path / "out.tsv").exists()


def test_no_output_goes_into_an_input_folder(tmp_path: Path) -> None:
    """Review 103a: `translate -o MODEL/config.json` replaced the model's own file."""
    from align.errors import AlignError
    from align.io import check_outputs

    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(AlignError, match="would write into the input folder"):
        check_outputs([model / "config.json"], [], folders=[model])
    with pytest.raises(AlignError, match="would write into the input folder"):
        check_outputs([model / "new.txt"], [], folders=[model])
    check_outputs([tmp_path / "out.txt"], [], folders=[model])
    check_outputs([model / "config.json"], [], force=True, folders=[model])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize(
    "command",
    [["segment", "/dev/zero"], ["terms", "find", str(KO), "-g", "/dev/zero"], ["terms", "export", "/dev/zero"], ["terms", "merge", "/dev/zero", "--into", "{into}", "--min-score", "0.5"]],
)
def test_a_device_is_refused_in_one_line(tmp_path: Path, command: list[str]) -> None:
    """Review 103a: a device given as an input (`/dev/zero`) was read without end, until the machine ran
    out of memory."""
    result = runner.invoke(app, [part.format(into=tmp_path / "into.tsv") for part in command])
    assert result.exit_code == 2 and "align: /dev/zero: is a device, not a file" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("ko\tzh\tscore\n경찰\t警察\t0.9\n파출소\n", "{c}:3: 1 fields, the header has 3"),
        ("ko\tzh\tscore\n\t警察\t0.9\n", "{c}:2: empty ko"),
        ("ko\tzh\tscore\n경찰\t警察\tnan\n", "{c}:2: score 'nan' is not a number"),
        ("ko\tzh\tscore\n고정안\x85전수호\t固定安全\t0.9\n", "{c}:2: a line break inside a term"),
    ],
)
def test_a_bad_candidate_row_is_named_by_its_own_line(tmp_path: Path, content: str, message: str) -> None:
    """Review 103a: a short row was an internal error; an empty Korean side and a U+0085 inside a term
    were blamed on a line of the `--into` glossary that does not exist; a `nan` score was merged."""
    candidates, into = tmp_path / "candidates.tsv", _glossary(tmp_path)
    candidates.write_text(content, encoding="utf-8")
    before = into.read_bytes()
    result = runner.invoke(app, ["terms", "merge", str(candidates), "--into", str(into), "--min-score", "0.5"])
    assert result.exit_code == 2 and result.stderr.startswith("align: " + message.format(c=candidates)), result.stderr
    assert into.read_bytes() == before


@pytest.mark.parametrize("raw", ["ko\tzh\tscore\n".encode("utf-16"), b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_a_candidates_file_that_is_no_utf8_text_is_named(tmp_path: Path, raw: bytes) -> None:
    candidates = tmp_path / "candidates.tsv"
    candidates.write_bytes(raw)
    result = runner.invoke(app, ["terms", "merge", str(candidates), "--into", str(tmp_path / "g.tsv"), "--min-score", "0.5"])
    assert result.exit_code == 2 and result.stderr.startswith(f"align: {candidates}: not UTF-8 text")


def test_a_line_separator_in_a_glossary_note_ends_no_row(tmp_path: Path) -> None:
    """Review 103a: the glossary reader split rows at U+2028 (a note copied from a web page): a valid row
    became two bad ones and every later line number was one too high."""
    glossary = tmp_path / "g.tsv"
    header = SMALL.read_text(encoding="utf-8").splitlines()[0]
    columns = header.split("\t")
    row = dict.fromkeys(columns, "")
    good = {**row, "ko": "경무실", "zh_hans": "警务室", "zh_hant": "警務室", "kind": "facility", "note": "a note\u2028copied"}
    bad = {**row, "ko": "파출소", "zh_hans": "派出所", "zh_hant": "派出所", "kind": "bogus"}
    glossary.write_text("\n".join([header, *("\t".join(r[c] for c in columns) for r in (good, bad))]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["terms", "check", str(glossary)])
    assert result.exit_code == 1 and result.output.startswith(f"{glossary}:3: unknown kind 'bogus'"), result.output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_report_is_written_only_with_its_table(tmp_path: Path) -> None:
    """Review 103a: `compare --html R -o T` wrote R first, and left it when T could not be written."""
    report = tmp_path / "r.html"
    result = runner.invoke(app, ["compare", str(KO), str(ZH), "--html", str(report), "-o", "/dev/full", "-q"])
    assert result.exit_code == 2 and result.stderr.startswith("align: /dev/full: cannot write: No space left on device")
    assert not report.exists() and not [p for p in os.listdir(tmp_path)]


def test_option_values_out_of_range_are_refused(tmp_path: Path) -> None:
    """Review 103a: `pairs --min-score nan` took every pair; `translate --threads 100000` crashed the engine."""
    result = runner.invoke(app, ["pairs", str(COMPARE), str(COMPARE), "--min-score", "nan", "-q", "-o", str(tmp_path / "p.tsv")])
    assert result.exit_code == 2 and "--min-score nan: expected a score of 0 or more" in result.stderr
    result = runner.invoke(app, ["translate", str(KO), "-m", str(tmp_path), "--src", "ko", "--tgt", "zh", "--threads", "100000"])
    assert result.exit_code == 2 and "100000 is not in the range" in result.output


def test_a_translation_memory_takes_no_second_file(tmp_path: Path) -> None:
    memory = tmp_path / "m.tmx"
    memory.write_text('<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu></body></tmx>', encoding="utf-8")
    result = runner.invoke(app, ["terms", "build", str(memory), str(ZH), "-q"])
    assert result.exit_code == 2 and result.stderr.startswith(f"align: {memory}: a translation memory holds both languages")
    result = runner.invoke(app, ["terms", "build", str(memory), "-q"])
    assert result.exit_code == 2 and result.stderr.startswith(f"align: {memory}: holds no unit with a Korean and a Chinese segment")


def test_a_candidates_quote_is_text_and_a_row_below_the_score_is_not_checked(tmp_path: Path) -> None:
    """Review 103c: an example opening with `"` swallowed the rows after it (the file is written unquoted,
    read with the csv module's quoting); a row below --min-score with an empty side aborted the merge."""
    candidates, into = tmp_path / "candidates.tsv", _glossary(tmp_path)
    candidates.write_text('ko\tzh\tscore\texample_ko\n순찰대장\t巡逻队长\t0.9\t"순찰대장은 말했다\n\t空\t0.1\t\n치안대\t治安队\t0.9\t예\n', encoding="utf-8")
    result = runner.invoke(app, ["terms", "merge", str(candidates), "--into", str(into), "--min-score", "0.5"])
    assert result.exit_code == 0 and "2 added" in result.stdout, result.output
    extra = tmp_path / "extra.tsv"
    extra.write_text("ko\tzh\tscore\n경찰\t警察\t0.9\t덤\n", encoding="utf-8")
    result = runner.invoke(app, ["terms", "merge", str(extra), "--into", str(into), "--min-score", "0.5"])
    assert result.exit_code == 2 and result.stderr.startswith(f"align: {extra}:2: 4 fields, the header has 3")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_report_is_written_beside_a_table_that_goes_to_a_pipe(tmp_path: Path) -> None:
    """Review 103c: `compare --html R -o /dev/stdout | head` lost the report (the report waited for a table
    that went to a pipe)."""
    import threading

    fifo, report = tmp_path / "table", tmp_path / "r.html"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    result = runner.invoke(app, ["compare", str(KO), str(ZH), "--html", str(report), "-o", str(fifo), "-q"])
    reader.join(timeout=60)
    assert result.exit_code == 0 and report.exists() and received and received[0].startswith("ko_id\tzh_id")


def test_a_candidates_file_with_every_field_quoted_is_read(tmp_path: Path) -> None:
    """Review 103e: a spreadsheet's "quote all" export of the candidates was refused (`missing column(s)`)."""
    candidates, into = tmp_path / "candidates.tsv", _glossary(tmp_path)
    candidates.write_text('"ko"\t"zh"\t"score"\n"순찰대장"\t"巡逻队长"\t"0.9"\n', encoding="utf-8")
    result = runner.invoke(app, ["terms", "merge", str(candidates), "--into", str(into), "--min-score", "0.5"])
    assert result.exit_code == 0 and "1 added" in result.stdout, result.output
    assert "순찰대장\t巡逻队长" in into.read_text(encoding="utf-8")
