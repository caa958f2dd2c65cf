import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.terms.induce.cooccurrence import BeadWords, associations, chance_of_sharing


def bead(units: str, words: str, korean: str = "k", chinese: str = "z") -> BeadWords:
    return BeadWords(set(units.split()), set(words.split()), korean, chinese)


def test_two_shared_pairs_suffice_when_unambiguous() -> None:
    beads = [bead("벌금 징역", "罚款 美元", "벌금 1", "罚款 1"), bead("벌금", "罚款 美元"), bead("달러", "美元"), bead("달러", "美元")]
    found = {(a.ko, a.zh): a for a in associations(beads, set(), set())}
    assert ("벌금", "罚款") in found
    assert found[("벌금", "罚款")].together == 2 and found[("벌금", "罚款")].dice == 1.0
    assert (found[("벌금", "罚款")].example_ko, found[("벌금", "罚款")].example_zh) == ("벌금 1", "罚款 1")


def test_ties_below_three_are_left_out_and_nested_words_collapse() -> None:
    tied = [bead("벌금", "罚款 监禁"), bead("벌금", "罚款 监禁")]
    assert associations(tied, set(), set()) == []
    nested = [bead("테러", "恐怖 恐怖主义")] * 3
    assert [(a.ko, a.zh) for a in associations(nested, set(), set())] == [("테러", "恐怖主义")]


def test_explained_sides_and_names_are_skipped() -> None:
    beads = [bead("벌금", "罚款 监禁"), bead("벌금", "罚款 监禁")]
    assert [(a.ko, a.zh) for a in associations(beads, set(), {"监禁"})] == [("벌금", "罚款")]
    assert associations(beads, {"벌금"}, set()) == []
    names = [bead("대변인", "王毅")] * 3
    assert associations(names, set(), set()) == []


def test_a_coordination_does_not_beat_the_word_that_reads_like_the_unit() -> None:
    """Real news (tests/data/realnews, drunk-driving pairs): 음주운전, 만취운전 beside 酒驾醉驾 in every
    sentence; each Korean word keeps the half its reading shares a syllable with."""
    sentence = ("경찰은 음주운전, 만취운전을 단속했다.", "警方严查酒驾醉驾行为。")
    beads = [BeadWords({"음주운전", "만취운전"}, {"酒驾", "醉驾", "驾醉", "酒驾醉驾"}, *sentence)] * 3
    found = {a.ko: a.zh for a in associations(beads, set(), set())}
    assert found["음주운전"] == "酒驾" and found["만취운전"] == "醉驾"


def test_chance_of_sharing_is_fishers_exact_tail() -> None:
    # five of seven sentence pairs each: sharing all five happens once in C(7,5) = 21 draws
    assert math.isclose(chance_of_sharing(7, 5, 5, 5), 1 / 21)
    assert chance_of_sharing(7, 5, 5, 3) == 1.0  # five and five of seven always share three
    assert chance_of_sharing(2000, 5, 5, 5) < 1e-12  # the same five together in a long text is no accident
    assert math.isclose(chance_of_sharing(19, 2, 2, 2), 1 / math.comb(19, 2))


@given(st.integers(0, 60), st.data())
def test_chance_of_sharing_equals_the_exact_sum(pairs: int, data: st.DataObject) -> None:
    ko, zh = data.draw(st.integers(0, pairs + 3)), data.draw(st.integers(0, pairs + 3))  # counts beyond `pairs` are `pairs`
    together = data.draw(st.integers(0, max(ko, zh) + 1))
    a, b = min(ko, pairs), min(zh, pairs)
    exact = sum(math.comb(a, x) * math.comb(pairs - a, b - x) for x in range(together, min(a, b) + 1)) / math.comb(pairs, b)
    assert math.isclose(chance_of_sharing(pairs, ko, zh, together), exact, rel_tol=1e-9, abs_tol=1e-300)


def test_chance_of_sharing_on_a_large_corpus_and_a_negative_count() -> None:
    assert chance_of_sharing(50_000, 20_000, 20_000, 15_000) == 0.0  # (exact big-integer sums took 16 s)
    with pytest.raises(ValueError):
        chance_of_sharing(10, 3, 3, -1)


@given(st.integers(1, 60), st.data())
def test_chance_of_sharing_is_a_probability_falling_with_more_shared(pairs: int, data: st.DataObject) -> None:
    ko = data.draw(st.integers(1, pairs))
    zh = data.draw(st.integers(1, pairs))
    chances = [chance_of_sharing(pairs, ko, zh, shared) for shared in range(0, min(ko, zh) + 1)]
    assert math.isclose(chances[0], 1.0)
    assert all(0.0 <= c <= 1.0 + 1e-12 for c in chances)
    assert all(later <= earlier + 1e-12 for earlier, later in zip(chances, chances[1:]))


def test_associations_report_their_chance() -> None:
    short = [bead("미얀마 사기", "诈骗犯罪 公安")] * 5 + [bead("경찰", "公安")] * 2
    found = {(a.ko, a.zh): a for a in associations(short, set(), set())}
    assert math.isclose(found[("미얀마", "诈骗犯罪")].chance, 1 / 21)


def test_a_chinese_word_links_to_its_best_korean_unit_only_and_to_none_when_several_tie_below_three() -> None:
    """Held-out real news (a short report pair): 경찰, 공조, 수사 and 전화금융사기범 each beside 合作 in the
    same two sentence pairs, each taking it as its best word: none of them is its rendering."""
    tied = [bead("경찰 공조 수사 전화금융사기범", "合作"), bead("경찰 공조 수사 전화금융사기범", "合作")]
    assert associations(tied, set(), set()) == []
    # the unit that shares the word more often keeps it; one that shares it less well loses it
    beads = [bead("공조 경찰", "合作"), bead("공조 경찰", "合作"), bead("공조", "合作"), bead("경찰", "警方"), bead("경찰", "警方")]
    assert [(a.ko, a.zh) for a in associations(beads, set(), set())] == [("공조", "合作"), ("경찰", "警方")]
    # three shared pairs or more: ties stand, as for a Korean unit's tied words
    assert {a.ko for a in associations(tied * 2, set(), set())} == {"경찰", "공조", "수사", "전화금융사기범"}


def test_of_korean_units_tied_for_a_word_the_outermost_keeps_it() -> None:
    """Review 100: 짧은 련휴 and its part 짧은 share the same two sentence pairs, so they tie for 小长假;
    the part is no rival: 짧은 련휴 keeps the word."""
    beads = [
        BeadWords({"짧은 련휴", "짧은", "련휴", "기간"}, {"小长假", "预警"}, "k", "z"),
        BeadWords({"짧은 련휴", "짧은", "련휴", "사고"}, {"小长假", "事故"}, "k", "z"),
        BeadWords({"련휴", "기간", "교통"}, {"假期", "交通"}, "k", "z"),
        BeadWords({"련휴", "기간"}, {"假期"}, "k", "z"),
    ]
    assert [(a.ko, a.zh) for a in associations(beads, set(), set()) if a.zh == "小长假"] == [("짧은 련휴", "小长假")]
