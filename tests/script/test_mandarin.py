"""Chinese names in Hangul as South Korean media write them (the Korean orthography for Chinese)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.script.mandarin import mandarin_hangul


@pytest.mark.parametrize(
    ("chinese", "hangul"),
    [
        ("习近平", "시진핑"),
        ("周克华", "저우커화"),  # zh + ou, k + e
        ("重庆", "충칭"),  # 重 read chóng in the name (pypinyin's phrase dictionary)
        ("厦门", "샤먼"),  # x keeps its glide: 샤, not 사
        ("天津", "톈진"),  # t + ian
        ("北京", "베이징"),
        ("四川", "쓰촨"),  # s + i is 쓰; ch + uan
        ("贵州", "구이저우"),  # ui after an initial is 우이
        ("孙文", "쑨원"),  # un after an initial is 운; wen alone 원
        ("毛泽东", "마오쩌둥"),  # z is ㅉ; ong after an initial 웅
        ("乌鲁木齐", "우루무치"),
        ("内蒙古", "네이멍구"),
        ("哈尔滨", "하얼빈"),
        ("延边", "옌볜"),  # yan alone 옌, b + ian 볜
        ("江西", "장시"),  # after j the glide goes: jiang 장
        ("吕梁", "뤼량"),  # lü
        ("宋庆龄", "쑹칭링"),
        ("魏", "웨이"),
        ("深圳", "선전"),
        ("徐州", "쉬저우"),  # xu is xü
        ("厦門", "샤먼"),  # traditional characters read as simplified
    ],
)
def test_chinese_names_are_spelled_as_the_korean_orthography_spells_them(chinese: str, hangul: str) -> None:
    assert "".join(mandarin_hangul(chinese)) == hangul


@given(st.text(alphabet=st.sampled_from("周克华重庆厦门北京公安部A1，。㐀𠀀"), max_size=30))
def test_each_character_has_one_spelling_or_none(text: str) -> None:
    spelled = mandarin_hangul(text)
    assert len(spelled) == len(text)
    assert all(not piece or all("가" <= ch <= "힣" for ch in piece) for piece in spelled)
