import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.script.numbers import _patterns
from align.script.scan import finditer, first_characters
from tests.conftest import DATA
from tests.strategies import news_text


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"ab|cd", "[ac]"),
        (r"(?<![\d.])\d+일", r"[\d]"),
        (r"(?:약\s?)?\d+", r"[약\d]"),
        (r"[가-힣]{2}|x", "[가-힣x]"),
        (r"(?=a)b|c", "[bc]"),
    ],
)
def test_first_characters(pattern: str, expected: str) -> None:
    found = first_characters(re.compile(pattern))
    assert found is not None and found.pattern == expected


@pytest.mark.parametrize("pattern", [r"a?", r"(?:x|)", r"[^a]b", r".b", r"(?i)ab", r"(?P<x>a)?(?P=x)b", r"\Bx*"])
def test_no_class_when_a_match_can_begin_anywhere_or_be_empty(pattern: str) -> None:
    assert first_characters(re.compile(pattern)) is None


_PATTERNS = [r"ab|cd", r"(?<![\d.])\d+일", r"(?:약\s?)?\d+(?:만)?", r"(?<=[“\"])\d{3,}(?=”)", r"a?", r"(?:x|)", r"[^a]b", r"\d+(?=\D)|만"]


@given(st.sampled_from(_PATTERNS), st.text(alphabet=st.sampled_from(list("abcdx약만일“”\" .1234가")), max_size=40))
def test_finditer_finds_what_the_pattern_finds(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert [m.span() for m in finditer(compiled, text)] == [m.span() for m in compiled.finditer(text)]


@given(st.sampled_from(["ko", "zh"]), news_text())
def test_figure_patterns_find_the_same_through_the_class(lang: str, text: str) -> None:
    pattern, _ = _patterns(lang)
    assert first_characters(pattern) is not None
    assert [m.groupdict() | {"": m.span()} for m in finditer(pattern, text)] == [m.groupdict() | {"": m.span()} for m in pattern.finditer(text)]


def test_figure_patterns_find_the_same_on_real_news() -> None:
    for path in sorted((DATA / "realnews").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pattern, _ = _patterns("ko" if ".ko." in path.name else "zh")
        assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)], path.name
