"""Translators' formats in and out, checked with translate-toolkit (not with the project's own
readers): TMX from `align sentences`, XLIFF from `align translate`, glossaries for DeepL, Google,
OmegaT and TBX (v3 and TBX-2008) read by every `--glossary`."""

from __future__ import annotations

from pathlib import Path

import pytest
from translate.storage import tbx as tt_tbx
from translate.storage import tmx as tt_tmx
from translate.storage import xliff as tt_xliff
from typer.testing import CliRunner

from align.cli import app
from align.terms.export import export_glossary
from align.terms.glossary import load_glossary
from align.terms.matching import find_terms
from tests.conftest import COMPARE, SMALL, bundled_glossary, flores

runner = CliRunner()
SENTENCE = "경무실과 파출소, 공안청이 함께 단속했다."
THREE = {"경무실", "파출소", "공안청"}


def test_aligned_sentences_are_a_tmx_that_translate_toolkit_reads(tmp_path: Path) -> None:
    out = tmp_path / "aligned.tmx"
    result = runner.invoke(app, ["sentences", str(COMPARE / "jilin-5years.ko.txt"), str(COMPARE / "jilin-5years.zh.txt"), "--format", "tmx", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    memory = tt_tmx.tmxfile.parsefile(str(out))
    units = list(memory.units)
    beads = runner.invoke(app, ["sentences", str(COMPARE / "jilin-5years.ko.txt"), str(COMPARE / "jilin-5years.zh.txt")]).stdout.splitlines()[1:]
    assert len(units) == sum(1 for b in beads if b.split("\t")[0] and b.split("\t")[1])
    assert all(u.source and u.target for u in units)
    assert {u.getlanguageNode(lang="ko") is not None for u in units[:3]} == {True}


def test_translations_are_an_xliff_with_terms_as_notes(model_dirs: dict[str, Path], tmp_path: Path) -> None:
    source = tmp_path / "news.ko.txt"
    source.write_text("\n".join(flores("ko", 4) + ["", SENTENCE]) + "\n", encoding="utf-8")  # a blank line before the last
    result = runner.invoke(app, ["translate", str(source), "--model", str(model_dirs["nllb"]), "--src", "ko", "--tgt", "zh", "--presegmented",
                                 "--beam-size", "1", "--max-length", "8", "-q", "--format", "xliff", "-o", str(tmp_path / "out.xlf")])
    assert result.exit_code == 0, result.output
    store = tt_xliff.xlifffile.parsefile(str(tmp_path / "out.xlf"))
    units = list(store.getunits())
    assert len(units) == 5 and all(u.source and u.target for u in units)
    assert store.getsourcelanguage() == "ko" and store.gettargetlanguage() == "zh"
    last = units[-1]
    assert "경무실" in last.getnotes() and "警务室" in last.getnotes()
    # each unit says where it is in the input (verification 94: units were numbered by sentence only)
    assert last.getlocations() == [f"{source}:6"] and units[0].getlocations() == [f"{source}:1"]


def glossary_files(tmp_path: Path) -> dict[str, Path]:
    """The same three terms in every format `--glossary` reads."""
    files = {
        "project tsv": ("g.tsv", "ko\tzh_hans\tzh_hant\tko_variants\tkind\tnote\tsource\n경무실\t警务室\t警務室\t\tfacility\t\t\n파출소\t派出所\t派出所\t\torg\t\t\n공안청\t公安厅\t公安廳\t\torg\t\t\n"),
        "minimal tsv": ("m.tsv", "ko\tzh_hans\n경무실\t警务室\n파출소\t派出所\n공안청\t公安厅\n"),
        "deepl csv": ("deepl.csv", "경무실,警务室\n파출소,派出所\n공안청,公安厅\n"),
        "zh-ko csv": ("reverse.csv", "警务室,경무실\n派出所,파출소\n公安厅,공안청\n"),
        "two-column tsv": ("two.tsv", "경무실\t警务室\n파출소\t派出所\n공안청\t公安厅\n"),
        "google codes csv": ("google.csv", "ko,zh-CN,zh-TW\n경무실,警务室,警務室\n파출소,派出所,派出所\n공안청,公安厅,公安廳\n"),
        "omegat": ("omegat.utf8", "경무실\t警务室\tfacility\n파출소\t派出所\t\n공안청\t公安厅\torg\n"),
    }
    paths = {}
    for name, (file, text) in files.items():
        paths[name] = tmp_path / file
        paths[name].write_text(text, encoding="utf-8")
    v3 = tmp_path / "v3.tbx"
    v3.write_text(export_glossary(load_glossary(paths["project tsv"]), "tbx"), encoding="utf-8")
    paths["tbx v3"] = v3
    store = tt_tbx.tbxfile(sourcelanguage="ko", targetlanguage="zh-CN")  # TBX-2008 (martif), by translate-toolkit itself
    for korean, chinese in (("경무실", "警务室"), ("파출소", "派出所"), ("공안청", "公安厅")):
        unit = store.addsourceunit(korean)
        unit.target = chinese
    martif = tmp_path / "tt.tbx"
    martif.write_bytes(bytes(store))
    paths["tbx-2008"] = martif
    return paths


@pytest.mark.parametrize("kind", ["project tsv", "minimal tsv", "deepl csv", "zh-ko csv", "two-column tsv", "google codes csv", "omegat", "tbx v3", "tbx-2008"])
def test_the_same_terms_are_found_whatever_the_glossary_format(tmp_path: Path, kind: str) -> None:
    glossary = load_glossary(glossary_files(tmp_path)[kind])
    assert {m.term.ko for m in find_terms(SENTENCE, "ko", glossary)} == THREE
    assert {m.term.zh_hans for m in find_terms("警务室、派出所和公安廳联合行动。", "zh", glossary)} == {"警务室", "派出所", "公安厅"}


@pytest.mark.parametrize("to", ["tbx", "tsv", "deepl", "google", "omegat", "csv"])
def test_exporting_the_bundled_glossary_and_reading_it_back_loses_no_entry(tmp_path: Path, to: str) -> None:
    bundled = bundled_glossary()
    out = tmp_path / f"bundled.{to}"
    result = runner.invoke(app, ["terms", "export", str(Path(bundled.paths[0])), "--to", to, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    back = load_glossary(out)
    if to == "omegat":  # one line a source form and rendering: every entry and every spelling comes back
        assert {(form, t.zh_hans) for t in bundled.terms for form in t.korean_forms} == {(t.ko, t.zh_hans) for t in back.terms}
        return
    if to in ("tbx", "tsv"):  # one concept an entry: every entry comes back whole
        assert {(t.ko, t.ko_variants, t.zh_hans, t.zh_hant) for t in bundled.terms} == {(t.ko, t.ko_variants, t.zh_hans, t.zh_hant) for t in back.terms}
        return
    if to == "google":  # one row a Korean spelling: every concept and every spelling comes back
        assert {(form, t.zh_hans, t.zh_hant) for t in bundled.terms for form in t.korean_forms} == {(t.ko, t.zh_hans, t.zh_hant) for t in back.terms}
        return
    # one direction, each source once (DeepL's rule): every Korean form comes back, with one of its
    # glossary targets
    targets: dict[str, set[str]] = {}
    for term in bundled.terms:
        for form in term.korean_forms:
            targets.setdefault(form, set()).add(term.zh_hans)
    found = {t.ko: t.zh_hans for t in back.terms}
    assert set(found) == set(targets)
    assert all(found[form] in targets[form] for form in found)


def test_the_exported_tbx_v3_reads_back(tmp_path: Path) -> None:
    """TBX v3 (`conceptEntry`), which translate-toolkit does not read (it knows TBX-2008 only):
    the project's own reader takes every term back."""
    out = tmp_path / "small.tbx"
    out.write_text(export_glossary(load_glossary(SMALL), "tbx"), encoding="utf-8")
    assert [(t.ko, t.zh_hans) for t in load_glossary(out).terms] == [(t.ko, t.zh_hans) for t in load_glossary(SMALL).terms]


@pytest.mark.parametrize("direction", ["ko-zh", "zh-ko"])
def test_translate_toolkit_reads_the_exported_tbx2008(tmp_path: Path, direction: str) -> None:
    """New-user trial 94: translate-toolkit could not open the exported TBX (v3); `--to tbx2008`
    writes the `martif` dialect it and most CAT tools read, each term a unit, source and target
    in the direction asked, and it reads back as the same glossary."""
    glossary = load_glossary(SMALL)
    out = tmp_path / "small.tbx"
    out.write_text(export_glossary(glossary, "tbx2008", direction), encoding="utf-8")
    store = tt_tbx.tbxfile.parsestring(out.read_bytes())
    pairs = [(unit.source, unit.target) for unit in store.units]
    expected = [(t.ko, t.zh_hans) if direction == "ko-zh" else (t.zh_hans, t.ko) for t in glossary.terms]
    assert pairs == expected
    assert [(t.ko, t.zh_hans) for t in load_glossary(out).terms] == [(t.ko, t.zh_hans) for t in glossary.terms]


def test_a_malformed_glossary_is_reported_at_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("경무실,警务室\n파출소\n", encoding="utf-8")
    result = runner.invoke(app, ["terms", "check", str(bad)])
    assert result.exit_code == 1 and f"{bad}:2:" in result.stderr
    broken = tmp_path / "broken.tbx"
    broken.write_text("<martif><text><body><termEntry>\n<langSet xml:lang='ko'>", encoding="utf-8")
    result = runner.invoke(app, ["terms", "check", str(broken)])
    assert result.exit_code == 1 and f"{broken}:" in result.stderr and "not well-formed" in result.stderr


def test_a_translation_memory_written_by_translate_toolkit_feeds_terms_build(tmp_path: Path) -> None:
    memory = tt_tmx.tmxfile(sourcelanguage="ko", targetlanguage="zh")
    for korean, chinese in zip(
        ["교통순라소(交巡所)를 설치했다.", "경무실 3만 2,000개를 새로 건설했다.", "파출소 소장이 회의를 주재했다."],
        ["设立了交巡所。", "新建警务室3.2万个。", "派出所所长主持了会议。"],
    ):
        memory.addtranslation(korean, "ko", chinese, "zh")
    path = tmp_path / "memory.tmx"
    path.write_bytes(bytes(memory))
    out = tmp_path / "terms.tsv"
    result = runner.invoke(app, ["terms", "build", str(path), "--glossary", "none", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    rows = {tuple(line.split("\t")[:2]) for line in out.read_text(encoding="utf-8").splitlines()[1:]}
    assert ("교통순라소", "交巡所") in rows and ("경무실", "警务室") in rows
