from align.terms.induce.compose import composed_pairs
from align.terms.induce.cooccurrence import BeadWords

# a real sentence pair (tests/data/realnews/wenzhou-220-2017): 통신인터넷사기사건 ~ 通讯网络诈骗案
KOREAN = "\"2.20\"특대통신인터넷사기사건을 해명했다."
CHINESE = "温州特大通讯网络诈骗案在逃对象"
RENDERINGS = {"인터넷": [("网络", 0.4)], "사기": [("诈骗", 0.45), ("查其", 0.6)], "통신": [("通讯", 0.65)], "상해": [("上海", 0.7)], "시공안": [("市公安", 0.5)]}


def bead(unit: str, chinese: str = CHINESE) -> list[BeadWords]:
    return [BeadWords({unit}, set(), KOREAN, chinese)]


def test_a_stretch_of_a_compound_is_read_from_its_paired_parts() -> None:
    found = {(c.ko, c.zh): c for c in composed_pairs(bead("특대통신인터넷사기사건"), RENDERINGS)}
    assert ("인터넷사기", "网络诈骗") in found
    assert found[("인터넷사기", "网络诈骗")].strength == 0.4  # the weaker part's
    assert found[("인터넷사기", "网络诈骗")].example_ko == KOREAN
    assert not any(zh == "网络查其" for _, zh in found)  # only what the Chinese shows


def test_no_stretch_starts_between_the_syllables_of_a_word_or_cuts_a_chinese_word() -> None:
    # 해시공안 would start inside 상해시; 西南边境地 would end inside 地区
    assert composed_pairs(bead("상해시공안", "上海市公安局"), {"해시": [("海市", 0.5)], "공안": [("公安", 0.7)]}) == []
    assert composed_pairs(bead("서남변경지역", "西南边境地区"), {"서남": [("西南", 0.5)], "변경지": [("边境地", 0.5)]}) == []
