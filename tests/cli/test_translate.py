import json
import sys
from pathlib import Path

import pytest
import sacrebleu
import typer
from typer.testing import CliRunner

from align.cli.options import progress
from align.cli.translate import SCREEN, evaluate, translate
from tests.conftest import flores

app = typer.Typer()
app.command()(translate)
app.command()(evaluate)
runner = CliRunner()
FAST = ["--beam-size", "1", "--max-length", "8", "--quiet"]


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_presegmented_input_gives_one_line_per_sentence(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    source = write(tmp_path / "news.ko.txt", flores("ko", 7))
    out = tmp_path / "news.zh.txt"
    result = runner.invoke(app, ["translate", str(source), "--model", str(model_dirs["nllb"]), "--src", "ko", "--tgt", "zh", "--presegmented", *FAST, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7


def test_articles_keep_their_paragraphs_on_standard_output(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    source = write(tmp_path / "a.zh.txt", ["民警在派出所工作。他们很忙。", "警务室新建了。"])
    result = runner.invoke(app, ["translate", str(source), "--model", str(model_dirs["plain"]), "--src", "zh", "--tgt", "ko", *FAST])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2


def test_several_inputs_go_to_a_directory_with_a_term_report(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    first = write(tmp_path / "one.ko.txt", ["경무실을 새로 건설했다.", "파출소에서 민경들이 일한다."])
    second = write(tmp_path / "two.txt", ["날씨가 좋다."])
    out, report = tmp_path / "out", tmp_path / "terms.tsv"
    command = ["translate", str(first), str(second), "--model", str(model_dirs["m2m100"]), "--src", "ko", "--tgt", "zh", "--presegmented"]
    result = runner.invoke(app, [*command, *FAST, "-o", str(out), "--terms-report", str(report)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["one.zh.txt", "two.zh.txt"]
    rows = report.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "file\tsentence\tline\tsurface\tko\tzh_hans\texpected\tpresent\thow"
    assert [row.split("\t")[3] for row in rows[1:]] == ["경무실", "파출소", "민경"]
    assert [row.split("\t")[2] for row in rows[1:]] == ["1", "2", "2"]
    assert all(row.split("\t")[8] in ("model", "repaired", "missing") for row in rows[1:])


def test_several_inputs_need_an_output_directory(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    first, second = write(tmp_path / "a.txt", ["가"]), write(tmp_path / "b.txt", ["나"])
    result = runner.invoke(app, ["translate", str(first), str(second), "--model", str(model_dirs["plain"]), "--src", "ko", "--tgt", "zh"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "align: 2 inputs: give -o DIRECTORY for their translations"


def test_family_option_overrides_the_vocabulary(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    source = write(tmp_path / "a.txt", ["가"])

    def run(model: str, family: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, ["translate", str(source), "--model", str(model_dirs[model]), "--src", "ko", "--tgt", "zh", "--family", family, *FAST])

    assert run("nllb", "plain").exit_code == 0
    assert run("plain", "marian").exit_code == 0  # Marian without target-language tokens: bilingual
    result = run("nllb", "m2m100")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"align: {model_dirs['nllb']}: the m2m100 model's vocabulary has no token for 'ko'")


def test_missing_model_is_one_line(tmp_path: Path) -> None:
    source = write(tmp_path / "a.txt", ["가"])
    result = runner.invoke(app, ["translate", str(source), "--model", str(tmp_path / "nope"), "--src", "ko", "--tgt", "zh"])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"align: {tmp_path / 'nope'}: no such model directory"


def test_progress_bar_only_for_long_inputs_and_not_quiet() -> None:
    items = list(range(41))
    assert SCREEN == 40
    assert progress(items, 41, True, "translate", "sentence", minimum=SCREEN + 1) is items
    assert progress(items[:40], 40, False, "translate", "sentence", minimum=SCREEN + 1) == items[:40]
    bar = progress(items, 41, False, "translate", "sentence", minimum=SCREEN + 1)
    assert getattr(bar, "disable", False) is not sys.stderr.isatty()  # no carriage-return updates in a log file (new user 95), asked before iterating: a finished bar is disabled
    assert bar is not items and list(bar) == items


def test_evaluate_tsv_with_term_success_and_per_sentence_rows(tmp_path: Path) -> None:
    hyp = write(tmp_path / "hyp.zh.txt", ["民警在派出所工作。", "新建了警察室。"])
    ref = write(tmp_path / "ref.zh.txt", ["民警在派出所工作。", "新建了警务室。"])
    src = write(tmp_path / "src.ko.txt", ["파출소에서 민경들이 일한다.", "경무실을 새로 건설했다."])
    result = runner.invoke(app, ["evaluate", str(hyp), str(ref), "--tgt", "zh", "--src", str(src), "--per-sentence"])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert lines[0] == ["line", "bleu", "chrf", "term_success", "tokenizer", "sentences"]
    bleu = sacrebleu.corpus_bleu(["民警在派出所工作。", "新建了警察室。"], [["民警在派出所工作。", "新建了警务室。"]], tokenize="zh").score
    assert lines[1][0] == "" and float(lines[1][1]) == pytest.approx(bleu)
    assert float(lines[1][3]) == pytest.approx(2 / 3) and lines[1][4:] == ["zh", "2"]
    assert [row[0] for row in lines[2:]] == ["1", "2"] and [row[3] for row in lines[2:]] == ["1", "0"]


def test_evaluate_json_is_one_object(tmp_path: Path) -> None:
    hyp = write(tmp_path / "hyp.txt", ["오늘 날씨가 좋다"])
    result = runner.invoke(app, ["evaluate", str(hyp), str(hyp), "--tgt", "ko", "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["bleu"] == pytest.approx(100) and record["sentences"] == 1 and record["term_success"] is None


def test_evaluate_refuses_a_file_written_in_the_other_language_than_it_is_scored_as(tmp_path: Path) -> None:
    """New-user trial 93: `--tgt ko` on Chinese files, or a Chinese source read as Korean, gave
    plausible-looking scores and exit 0."""
    hyp = write(tmp_path / "hyp.zh.txt", ["全省公安机关破获案件386起。", "警务室建设完成。"])
    ref = write(tmp_path / "ref.zh.txt", ["全省公安机关共破获案件386起。", "警务室已建成。"])
    src = write(tmp_path / "src.ko.txt", ["전 성 공안기관은 사건 386건을 해결했다.", "경무실 건설을 완료했다."])
    wrong_tgt = runner.invoke(app, ["evaluate", str(hyp), str(ref), "--tgt", "ko"])
    assert wrong_tgt.exit_code == 2 and wrong_tgt.stderr == f"align: {hyp}: scored as the Korean translations (--tgt ko), but written in Chinese\n"
    wrong_src = runner.invoke(app, ["evaluate", str(hyp), str(ref), "--tgt", "zh", "--src", str(ref)])
    assert wrong_src.exit_code == 2 and "scored as the Korean sources (--src-lang ko), but written in Chinese" in wrong_src.stderr
    assert runner.invoke(app, ["evaluate", str(hyp), str(ref), "--tgt", "zh", "--src", str(src)]).exit_code == 0
    assert runner.invoke(app, ["evaluate", str(hyp), str(ref), "--tgt", "ko", "--no-lang-check"]).exit_code == 0


def test_evaluate_line_count_mismatch_names_both_files(tmp_path: Path) -> None:
    hyp = write(tmp_path / "hyp.txt", ["a", "b"])
    ref = write(tmp_path / "ref.txt", ["a", "b", "c"])
    result = runner.invoke(app, ["evaluate", str(hyp), str(ref), "--tgt", "zh"])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"align: line counts differ: {hyp} has 2 lines, {ref} has 3 lines"
    # new user 96: blank lines at a file's end, which an editor hardly shows, are named
    trailing = write(tmp_path / "trailing.txt", ["a", "b", "", ""])
    result = runner.invoke(app, ["evaluate", str(trailing), str(hyp), "--tgt", "zh"])
    assert result.stderr.strip() == f"align: line counts differ: {trailing} has 4 lines (the last 2 blank), {hyp} has 2 lines"


def test_evaluate_refuses_a_table_given_for_sentences(tmp_path: Path) -> None:
    """New-user trial 96: an index, a tab and the sentence on each line was scored as the
    sentences (95.87 for 96.12), with no word."""
    ref = write(tmp_path / "ref.zh.txt", ["全省公安机关共破获案件386起。", "警务室已建成。"])
    table = write(tmp_path / "hyp.tsv", ["0\t全省公安机关破获案件386起。", "1\t警务室建设完成。"])
    result = runner.invoke(app, ["evaluate", str(table), str(ref), "--tgt", "zh"])
    assert result.exit_code == 2
    assert result.stderr == f"align: {table}: 2 of its 2 lines hold a tab: a table, not one sentence per line (take the column of sentences, e.g. with `cut -f2`)\n"
    one_tab = write(tmp_path / "hyp.zh.txt", ["全省公安机关破获案件386起。", "警务室\t建设完成。", "民警巡逻。"])
    three = write(tmp_path / "ref3.zh.txt", ["全省公安机关共破获案件386起。", "警务室已建成。", "民警巡逻。"])
    assert runner.invoke(app, ["evaluate", str(one_tab), str(three), "--tgt", "zh"]).exit_code == 0  # a stray tab in a sentence


def test_presegmented_blank_lines_stay_blank_lines(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    """New-user trial 94: five input lines, two of them blank, gave three output lines, so a
    line-parallel test set went out of step after its first empty line."""
    source = tmp_path / "pre.ko.txt"
    source.write_text("경무실을 새로 건설했다.\n\n파출소 민경들이 순라했다.\n   \n공안청이 발표했다.\n", encoding="utf-8")
    out = tmp_path / "pre.zh.txt"
    result = runner.invoke(app, ["translate", str(source), "--model", str(model_dirs["nllb"]), "--src", "ko", "--tgt", "zh", "--presegmented", *FAST, "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").split("\n")
    assert len(lines) == 6 and lines[5] == ""  # five lines, each ended
    assert [bool(line) for line in lines[:5]] == [True, False, True, False, True]


def test_a_directory_named_with_a_slash_and_a_saved_page_translated_as_text(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    """New-user trial 94: `-o translated/` with one input wrote a file named translated, and a saved
    page's translation (plain text) was named .html."""
    page = tmp_path / "page.ko.html"
    page.write_text("<html><body><h1>경무실 건설</h1><p>" + "경무실을 새로 건설했다. " * 5 + "</p></body></html>", encoding="utf-8")
    out = tmp_path / "translated"
    result = runner.invoke(app, ["translate", str(page), "--model", str(model_dirs["nllb"]), "--src", "ko", "--tgt", "zh", *FAST, "-o", f"{out}/"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == ["page.zh.txt"]


def test_a_translation_never_silently_replaces_a_file_in_the_output_directory(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    """New-user trial 94: translating a pile of NAME.ko.txt into its own folder replaced each real
    NAME.zh.txt counterpart with a machine translation. Refused, naming the file; --force replaces."""
    source = write(tmp_path / "jilin.ko.txt", ["경무실을 새로 건설했다."])
    counterpart = write(tmp_path / "jilin.zh.txt", ["新建了警务室。"])
    command = ["translate", str(source), "--model", str(model_dirs["nllb"]), "--src", "ko", "--tgt", "zh", "--presegmented", *FAST, "-o", str(tmp_path)]
    result = runner.invoke(app, command)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"align: {counterpart}: a file of that name is already there: choose another directory, or pass --force to replace it"
    assert counterpart.read_text(encoding="utf-8") == "新建了警务室。\n"
    assert runner.invoke(app, [*command, "--force"]).exit_code == 0
    assert counterpart.read_text(encoding="utf-8") != "新建了警务室。\n"


def test_an_input_in_the_other_language_than_src_is_refused(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    """New-user trial 94: a Korean article given with --src zh was translated as Chinese, exit 0,
    where compare refuses the same mix-up."""
    source = write(tmp_path / "a.txt", ["파출소에서 민경들이 일한다. 경무실을 새로 건설했다. 공안청이 발표했다."])
    command = ["translate", str(source), "--model", str(model_dirs["nllb"]), "--src", "zh", "--tgt", "ko", "--presegmented", *FAST]
    result = runner.invoke(app, command)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"align: {source}: given as Chinese (--src zh), but it is written in Korean: give its language, or pass --no-lang-check"
    assert runner.invoke(app, [*command, "--no-lang-check"]).exit_code == 0


@pytest.mark.parametrize(("name", "content", "message"), [
    ("shared_vocabulary.json", "{\n", "shared_vocabulary.json:2: damaged JSON"),
    ("config.json", "x", "config.json:1: damaged JSON"),
    ("config.json", None, "no config.json"),
])
def test_a_damaged_model_file_is_named(model_dirs: dict[str, Path], tmp_path: Path, name: str, content: str | None, message: str) -> None:
    """New-user trial 94: a damaged vocabulary was an internal error, a missing config.json
    CTranslate2's own message naming neither."""
    from tests.translation.model import copy_model

    model = copy_model(model_dirs["nllb"], tmp_path / "model")
    if content is None:
        (model / name).unlink()
    else:
        (model / name).write_text(content, encoding="utf-8")
    source = write(tmp_path / "a.txt", ["경무실을 새로 건설했다."])
    result = runner.invoke(app, ["translate", str(source), "--model", str(model), "--src", "ko", "--tgt", "zh", "--presegmented", *FAST])
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_several_inputs_and_a_file_name_for_output_are_refused(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    """Verification 94: `-o one.txt` with two inputs silently made a directory named one.txt."""
    first, second = write(tmp_path / "a.ko.txt", ["경무실을 새로 건설했다."]), write(tmp_path / "b.ko.txt", ["파출소에서 일한다."])
    result = runner.invoke(app, ["translate", str(first), str(second), "--model", str(model_dirs["nllb"]), "--src", "ko", "--tgt", "zh", *FAST, "-o", str(tmp_path / "one.txt")])
    assert result.exit_code == 2 and "names a file: give a directory" in result.stderr
    assert not (tmp_path / "one.txt").exists()


def test_a_line_too_long_for_the_model_is_translated_in_parts_and_said_so(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    """New-user trial 98: a line of 700 clauses and no sentence end was cut at --max-length after
    about 1 % of it, with only the generic --max-length line to say so."""
    source = write(tmp_path / "long.zh.txt", ["公安机关依法打击电信网络诈骗犯罪。", "公安机关依法打击电信网络诈骗犯罪，派出所民警深入社区开展宣传，" * 30 + "。"])
    result = runner.invoke(app, ["translate", str(source), "--model", str(model_dirs["nllb"]), "--src", "zh", "--tgt", "ko", "--presegmented", "--beam-size", "1", "--max-length", "64", "-q"])
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "clause by clause" in line]
    assert len(notes) == 1 and notes[0].startswith(f"align: {source}: 1 sentence too long for the model in one piece (the first on line 2) translated clause by clause, in ")
    assert len(result.stdout.splitlines()) == 2  # one line out per line in
