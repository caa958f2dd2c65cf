"""align.script.chars: one definition of Hangul and Han, used by every stage."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from align.alignment.features import document_features
from align.script.chars import HAN, HAN_RUN, HANGUL, count_scripts, is_han, is_hangul, opens_ryeol_rule
from align.script.readings import hanja_reading

EXTENSION_A = "\u3400\u4db5"  # 㐀 䶵
COMPATIBILITY = "\uf900\ufa0b"  # 豈 廓


@given(st.characters())
def test_predicates_agree_with_the_classes(ch: str) -> None:
    assert is_han(ch) == bool(re.fullmatch(f"[{HAN}]", ch))
    assert is_hangul(ch) == bool(re.fullmatch(f"[{HANGUL}]", ch))
    assert not (is_han(ch) and is_hangul(ch))


def test_extension_a_and_compatibility_ideographs_are_han_everywhere() -> None:
    for ch in EXTENSION_A + COMPATIBILITY + "\U00020000":
        assert is_han(ch)
    assert HAN_RUN.fullmatch(EXTENSION_A + "警务" + COMPATIBILITY)
    assert count_scripts("경찰 警察 㐀") == (2, 3)
    # read by the bridge and visible to the aligner's Chinese-character features alike
    features = document_features(["公安㐀局"], "zh")[0]
    assert "安㐀" in features and "㐀局" in features


def test_ryeol_rule_after_a_vowel_or_nieun_only() -> None:
    assert opens_ryeol_rule("규") and opens_ryeol_rule("계") and opens_ryeol_rule("운")
    assert not opens_ryeol_rule("법") and not opens_ryeol_rule(None) and not opens_ryeol_rule("3")


def test_reading_a_digit_before_ryeol_does_not_crash() -> None:
    assert hanja_reading("开行3列列车。") == "개행3렬열차。"
    assert hanja_reading("列") == "열"
