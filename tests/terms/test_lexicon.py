import math
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.data import data_lines
from align.terms.induce import InductionSettings, induce_terms
from align.terms.lexicon import (
    LexiconMatcher,
    LexiconSettings,
    bead_lexicon_pairs,
    chinese_words,
    korean_words,
    learn_lexicon,
    lexicon,
    lexicon_matcher,
    model_one,
    strong_pairs,
)
from align.terms.words import chinese_grams
from tests.conftest import DATA

REALNEWS = DATA / "realnews"


def _lines(name: str) -> list[str]:
    return [line.strip() for line in (REALNEWS / name).read_text(encoding="utf-8").splitlines()]


def test_model_one_lets_a_frequent_word_explain_its_own_translation() -> None:
    # 경찰 ~ 警方 everywhere; 순찰 appears only beside 경찰, so only Model 1's competition gives 巡逻 to it
    pairs = [(["경찰", "순찰"], ["警方", "巡逻"]), (["경찰", "검거"], ["警方", "抓获"]), (["경찰"], ["警方"]), (["검거"], ["抓获"])]
    table = model_one(pairs, iterations=10)
    assert table["巡逻"]["순찰"] > table["巡逻"]["경찰"]
    assert table["警方"]["경찰"] > table["警方"]["순찰"]
    assert table["抓获"]["검거"] > 0.5


@given(st.lists(st.tuples(st.lists(st.sampled_from("abcde"), min_size=1, max_size=4), st.lists(st.sampled_from("vwxyz"), min_size=1, max_size=4)), min_size=1, max_size=8))
def test_model_one_probabilities_of_each_source_word_sum_to_one(pairs: list[tuple[list[str], list[str]]]) -> None:
    table = model_one(pairs, iterations=3)
    sources = {word for source, _ in pairs for word in source} | {None}
    for source in sources:
        assert math.isclose(sum(row.get(source, 0.0) for row in table.values()), 1.0, rel_tol=1e-9)


def test_words_are_stems_without_word_pairs_and_jieba_words_of_the_simplified_text() -> None:
    assert korean_words("경찰은 순찰을 강화했다") == ["경찰", "순찰", "강화"]
    assert "巡逻" in chinese_words("警方加強巡邏")  # simplified first; Han words of two characters or more
    assert all(len(word) >= 2 for word in chinese_words("他在12点到了。"))


def test_a_pair_needs_two_documents_and_both_directions() -> None:
    one_report = [[("경찰이 호북에서 순찰했다", "警方在马来西亚巡逻")] * 3]
    assert not learn_lexicon(one_report)  # three sightings, one document: its own accident, not a rendering
    documents = [[("경찰은 순찰을 강화했다", "警方加强巡逻")], [("순찰 인원", "巡逻人员")], [("야간 순찰", "夜间巡逻")]]
    entries = {(e.ko, e.zh): e for e in learn_lexicon(documents, replace(LexiconSettings(), iterations=8))}
    assert ("순찰", "巡逻") in entries
    assert entries[("순찰", "巡逻")].documents == 3
    assert all(min(e.zh_given_ko, e.ko_given_zh) >= LexiconSettings().minimum_probability for e in entries.values())
    # pairs unlikely either way are left out by the probabilities alone (no strength minimum here)
    seen = [[("경찰 출동", "警方出动")]] * 3 + [[("경찰", "警方")]] * 2 + [[("경찰 수사", "警方调查")]] * 2 + [[("경찰 현장", "警方现场")]] * 2
    loose = replace(LexiconSettings(), iterations=8, minimum_probability=0.0, minimum_strength=0.0)
    unlikely = {(e.ko, e.zh) for e in learn_lexicon(seen, loose) if min(e.zh_given_ko, e.ko_given_zh) < 0.05}
    kept = {(e.ko, e.zh) for e in learn_lexicon(seen, replace(loose, minimum_probability=0.05))}
    assert ("경찰", "现场") in unlikely and not unlikely & kept and {("경찰", "警方"), ("수사", "调查")} <= kept
    # the Chinese read aloud is left to the readings
    assert ("경찰", "警察") not in {(e.ko, e.zh) for e in learn_lexicon([[("경찰이 왔다", "警察来了")], [("경찰 조사", "警察调查")]], loose)}


def test_the_bundled_lexicon_is_well_formed_and_knows_renderings_that_are_not_readings() -> None:
    rows = [line.split("\t") for line in data_lines("lexicon.tsv")]
    assert rows[0] == ["ko", "zh", "zh_given_ko", "ko_given_zh", "together", "documents"]
    strengths = [math.sqrt(float(row[2]) * float(row[3])) for row in rows[1:]]
    assert strengths == sorted(strengths, reverse=True)
    assert all(0 < float(row[2]) <= 1 and 0 < float(row[3]) <= 1 and len(row[1]) >= 2 and int(row[5]) >= 2 for row in rows[1:])
    table = lexicon()
    assert table["국경"]["边境"] > 0.5  # border: 국경 reads 國境, the Chinese says 边境
    assert "抓获" in table["체포"]


def test_a_bead_yields_the_lexicon_pairs_whose_two_sides_it_holds() -> None:
    table = {"국경": {"边境": 0.9}, "경찰": {"警方": 0.8}}
    found = list(bead_lexicon_pairs(["국경", "국경", "경찰"], chinese_grams("缅甸边境地区"), table, 0.8))
    assert found == [("국경", "边境", 0.9)]


def test_a_lexicon_word_at_either_end_of_a_solid_compound_counts_for_less() -> None:
    table = {"사기": {"诈骗": 0.5}}
    fraud = chinese_grams("电信网络诈骗犯罪")
    assert list(bead_lexicon_pairs(["사기"], fraud, table, 0.6)) == [("사기", "诈骗", 0.5)]
    for compound in ("전화금융사기", "형사기", "사기범", "사기범죄"):  # closing it (after one syllable too), opening it
        assert list(bead_lexicon_pairs([compound], fraud, table, 0.6)) == [("사기", "诈骗", 0.5 * 0.6)], compound
    assert list(bead_lexicon_pairs(["전화금융사기", "사기범"], fraud, table, 0.6)) == [("사기", "诈骗", 0.5 * 0.6)]  # once a bead
    assert list(bead_lexicon_pairs(["사기범", "사기"], fraud, table, 0.6)) == [("사기", "诈骗", 0.5)]  # at its strongest
    # near misses: not at an end, two words, no Chinese partner in the bead, a one-syllable word
    assert not list(bead_lexicon_pairs(["전사기록", "전화 사기"], fraud, table, 0.6))
    assert not list(bead_lexicon_pairs(["전화금융사기"], chinese_grams("电话银行"), table, 0.6))
    assert not list(bead_lexicon_pairs(["사기범"], chinese_grams("犯罪"), {"범": {"犯罪": 0.9}}, 0.6))


def test_induction_proposes_a_lexicon_rendering_only_where_nothing_else_pairs_it() -> None:
    # a real independent report pair: 체포 (arrest) ~ 抓获 (catch) is no reading and is seen in one bead
    ko, zh = _lines("guns-crime-2023.ko.txt"), _lines("guns-crime-2023.zh.txt")
    with_lexicon = {(c.ko, c.zh): c for c in induce_terms([(ko, zh)])}
    without = {(c.ko, c.zh): c for c in induce_terms([(ko, zh)], settings=InductionSettings(lexicon=0.0))}
    assert "lexicon" in with_lexicon[("체포", "抓获")].evidence
    assert ("체포", "抓获") not in without
    for pair, candidate in without.items():  # pairs other signals support keep their score and evidence
        assert with_lexicon[pair].score == candidate.score
        assert "lexicon" not in with_lexicon[pair].evidence


def test_the_matcher_finds_korean_stems_and_chinese_words() -> None:
    matcher = LexiconMatcher({"국경": {"边境": 0.8}, "체포": {"抓获": 0.4}})
    assert matcher.korean("국경을 넘은 용의자를 체포했다") == ["边境", "抓获"]
    assert matcher.korean("대국경제와 재체포") == []  # inside a word: no stem
    assert matcher.chinese("警方在边境抓获嫌疑人") == ["边境", "抓获"]
    # the bundled lexicon: 국경 ~ 边境 (border) is strong, 국경 ~ 跨境 (cross-border) weaker; a matcher
    # keeps only the pairs at least as strong as its threshold
    weaker = strong_pairs(0.2)["국경"]["跨境"]
    assert strong_pairs(0.2)["국경"]["边境"] > weaker
    assert lexicon_matcher(weaker + 0.01).korean("국경") == ["边境"]
    assert lexicon_matcher(weaker + 0.01).chinese("跨境") == []
    assert "跨境" in lexicon_matcher(weaker).korean("국경")
    assert all(strength >= 0.3 for row in strong_pairs(0.3).values() for strength in row.values())


def test_the_bundled_lexicon_is_what_the_training_script_makes_of_the_bundled_data(tmp_path) -> None:
    """align/data/lexicon.tsv is current: retraining on NTREX, the developed real-news beads and the
    frozen beads of data/policenews gives the same file, byte for byte (it changes with the data, the
    stems or jieba)."""
    import subprocess
    import sys
    from importlib.metadata import version

    from align.data import data_file

    bundled = data_file("lexicon.tsv").read_text(encoding="utf-8")
    if f"jieba {version('jieba')}," not in bundled.splitlines()[0]:
        pytest.skip(f"jieba {version('jieba')} segments differently from the one the lexicon was learned with: {bundled.splitlines()[0]}")
    root = DATA.parent.parent
    out = tmp_path / "lexicon.tsv"
    run = subprocess.run([sys.executable, str(root / "scripts" / "train_lexicon.py"), "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8") == bundled


def _lexicon_trainer():  # type: ignore[no-untyped-def]
    import sys

    saved = list(sys.path)
    sys.path.insert(0, str(DATA.parent.parent / "scripts"))
    try:
        import train_lexicon
    finally:
        sys.path[:] = saved  # the script adds its own entries too
    return train_lexicon


def test_the_translated_pairs_are_aligned_with_the_lexicon_off_and_only_confident_beads_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    import csv

    from align.text.segment import segment

    trainer = _lexicon_trainer()
    with (trainer.POLICENEWS / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        slugs = [row["slug"] for row in csv.DictReader(stream, delimiter="\t")]
    seen: list[float] = []
    align = trainer.align_sentences

    def aligning(ko, zh, glossary=None, settings=None):  # type: ignore[no-untyped-def]
        seen.append(settings.features.lexicon)
        return align(ko, zh, glossary, settings)

    monkeypatch.setattr(trainer, "align_sentences", aligning)
    rows = trainer.aligned_policenews()
    assert seen == [0.0] * len(slugs) >= [0.0] * 30  # every pair, the lexicon off
    assert len({slug for slug, *_ in rows}) >= 0.9 * len(slugs)  # nearly every translation gives beads
    assert all(similarity >= trainer.BEAD_MINIMUM for *_, similarity in rows)
    for slug in slugs[:5]:  # one or two consecutive sentences a side, of the pair's own files
        ko, zh = (segment((trainer.POLICENEWS / f"{slug}.{side}.txt").read_text(encoding="utf-8"), side) for side in ("ko", "zh"))
        ko_runs = {ko[i].clean for i in range(len(ko))} | {f"{ko[i].clean} {ko[i + 1].clean}" for i in range(len(ko) - 1)}
        zh_runs = {zh[j].clean for j in range(len(zh))} | {zh[j].clean + zh[j + 1].clean for j in range(len(zh) - 1)}
        assert all(korean in ko_runs and chinese in zh_runs for s, korean, chinese, _ in rows if s == slug)
    monkeypatch.setattr(trainer, "BEAD_MINIMUM", 1.01)  # no similarity reaches it: nothing is kept
    assert not trainer.aligned_policenews()


def test_the_frozen_beads_come_from_the_listed_pairs_and_read_back_as_written(tmp_path) -> None:
    import csv

    trainer = _lexicon_trainer()
    with (trainer.POLICENEWS / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        slugs = [row["slug"] for row in csv.DictReader(stream, delimiter="\t")]
    documents = trainer.policenews_pairs()
    assert 30 <= len(documents) <= len(slugs)
    for document in documents:
        for korean, chinese in document:  # most of each side's text is in one of the pair files (a cleaned dateline is not)
            assert korean.strip() and chinese.strip()
    texts = {slug: "".join((trainer.POLICENEWS / f"{slug}.ko.txt").read_text(encoding="utf-8").split()) for slug in slugs}
    with trainer.POLICENEWS_BEADS.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            assert row["slug"] in texts and float(row["similarity"]) >= trainer.BEAD_MINIMUM
            korean = "".join(row["ko"].split())
            assert sum(korean[k : k + 4] in texts[row["slug"]] for k in range(len(korean) - 3)) >= 0.9 * (len(korean) - 3)
    rows = [("p1", "경찰이 \"사기범\"을 체포했다.", "警方抓获诈骗犯。", 0.5), ("p1", "둘째", "第二", 0.75), ("p2", "셋째", "第三", 1.0)]
    trainer.write_policenews_beads(rows, tmp_path / "beads.tsv")
    assert trainer.policenews_pairs(tmp_path / "beads.tsv") == [[(ko, zh) for _, ko, zh, _ in rows[:2]], [("셋째", "第三")]]
    with pytest.raises(ValueError, match="--align-policenews"):
        trainer.policenews_pairs(tmp_path / "missing.tsv")
