from align.terms.induce.cooccurrence import BeadWords, associations


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
