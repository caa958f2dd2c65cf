import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.terms.induce import Candidate, InductionSettings, induce_terms, rank
from align.terms.induce.termhood import count_occurrences, termhood
from align.terms.words import general_frequency
from align.text.segment import segment_file
from tests.conftest import COMPARE


def test_general_frequency_reads_jiebas_counts() -> None:
    assert general_frequency("工作") > general_frequency("派出所") > 0
    assert general_frequency("网格员") == 0  # not in jieba's dictionary


def test_domain_terms_outrank_general_words_at_the_same_count() -> None:
    assert termhood("派出所", 5, 5_000) > termhood("管理", 5, 5_000) > termhood("工作", 5, 5_000)
    assert termhood("派出所", 5, 0) == 0.0


@given(st.sampled_from(["管理", "派出所", "网格员", "工作"]), st.integers(0, 500), st.integers(0, 500), st.integers(1, 10**6))
def test_termhood_rises_with_the_count_and_falls_with_the_length(word: str, a: int, b: int, characters: int) -> None:
    low, high = sorted((a, b))
    assert termhood(word, low, characters) <= termhood(word, high, characters)
    assert termhood(word, high, characters * 2) <= termhood(word, high, characters)


def test_occurrences_count_overlaps() -> None:
    counts = count_occurrences(["公安", "公安局", "", "警务室"], ["公安局公安", "市公安局"])
    assert counts == {"公安": 3, "公安局": 2, "警务室": 0}


def test_induced_police_terms_have_higher_termhood_than_general_vocabulary() -> None:
    ko = [s.clean for s in segment_file(COMPARE / "jilin-5years.ko.txt", "ko").sentences]
    zh = [s.clean for s in segment_file(COMPARE / "jilin-5years.zh.txt", "zh").sentences]
    by_zh = {c.zh: c.termhood for c in induce_terms([(ko, zh)])}
    assert by_zh["公安机关"] > 3 > by_zh["建设"]
    assert by_zh["交巡所"] > by_zh["社会"]


def test_general_vocabulary_ranks_below_terms_of_the_same_score_and_rare_strings_are_not_raised() -> None:
    ko = [s.clean for s in segment_file(COMPARE / "jilin-5years.ko.txt", "ko").sentences]
    zh = [s.clean for s in segment_file(COMPARE / "jilin-5years.zh.txt", "zh").sentences]
    ranked = induce_terms([(ko, zh)])
    order = {(c.ko, c.zh): number for number, c in enumerate(ranked)}
    score = {(c.ko, c.zh): c.score for c in ranked}
    assert score[("건설", "建设")] == score[("공안", "公安")]  # the same evidence…
    assert order[("공안", "公安")] < order[("건설", "建设")]  # …and 建设, common in any Chinese, after 公安
    # termhood only lowers: by rank, a pair never passes one of a higher score whose termhood is at least neutral
    settings = InductionSettings()
    for better, worse in zip(ranked, ranked[1:]):
        if worse.termhood >= settings.termhood_neutral and better.termhood >= settings.termhood_neutral:
            assert (better.score, better.count) >= (worse.score, worse.count)


@pytest.mark.parametrize("termhood, lowered", [(5.0, 0.0), (1.0, 0.0), (0.5, 0.1), (-0.5, 0.3), (-3.0, 0.3)])
def test_rank_lowers_general_vocabulary_only_and_by_at_most_the_span(termhood: float, lowered: float) -> None:
    settings = InductionSettings(termhood_weight=0.2, termhood_neutral=1.0, termhood_span=1.5)
    candidate = Candidate("건설", "建设", 0.75, ("hanja",), 8, "", "", termhood=termhood)
    assert rank(candidate, settings) == pytest.approx(0.75 - lowered)


def test_a_general_word_ranks_below_a_term_of_lower_score() -> None:
    ko = [s.clean for s in segment_file(COMPARE / "jilin-5years.ko.txt", "ko").sentences]
    zh = [s.clean for s in segment_file(COMPARE / "jilin-5years.zh.txt", "zh").sentences]
    ranked = induce_terms([(ko, zh)])
    general = next(c for c in ranked if (c.ko, c.zh) == ("건설", "建设"))
    assert any(c.score < general.score for c in ranked[: ranked.index(general)])  # termhood, not the score, put it there
    flat = induce_terms([(ko, zh)], settings=InductionSettings(termhood_weight=0.0))
    assert [(c.ko, c.zh) for c in flat] == [(c.ko, c.zh) for c in sorted(flat, key=lambda c: (-c.score, -c.count, c.ko, c.zh))]
