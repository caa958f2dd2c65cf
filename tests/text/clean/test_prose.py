"""How a line reads (`align/text/clean/prose.py`): letters, sentence ends, spaces, bigrams, on real
page lines and on generated text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.text.clean import CleaningSettings
from align.text.clean.prose import (
    after_last_sentence,
    alphanumerics,
    before_space,
    character_bigrams,
    closes_a_sentence,
    count_letters,
    ends_a_sentence,
    ends_with_a_mark,
    is_space,
    past_space,
    reads_as_prose,
    sentence_ends,
    without_spaces,
)
from tests.strategies import news_text

PAGES = Path(__file__).resolve().parent.parent.parent / "data" / "pages"


def _gold(page: str) -> list[str]:
    return [line for line in (PAGES / f"{page}.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


@given(news_text(), news_text())
def test_letters_add_up_over_a_join_and_count_only_letters_and_digits(a: str, b: str) -> None:
    assert count_letters(a + b) == count_letters(a) + count_letters(b)
    assert count_letters(a) == sum(ch.isalnum() for ch in a)


@given(news_text())
def test_without_spaces_has_no_space_and_is_idempotent(text: str) -> None:
    once = without_spaces(text)
    assert not any(ch.isspace() for ch in once) and without_spaces(once) == once


@given(news_text())
def test_a_text_s_bigrams_are_two_of_its_letters_and_digits_in_a_row(text: str) -> None:
    letters = alphanumerics(text)
    assert character_bigrams(text) == {letters[i : i + 2] for i in range(len(letters) - 1)}


@given(news_text(), st.integers(min_value=0, max_value=40))
def test_past_and_before_space_move_over_white_space_only(text: str, i: int) -> None:
    i = min(i, len(text))
    after, before = past_space(text, i), before_space(text, i)
    assert i <= after <= len(text) and all(is_space(ch) for ch in text[i:after])
    assert after == len(text) or not is_space(text[after])
    assert 0 <= before <= i and all(is_space(ch) for ch in text[before:i])
    assert before == 0 or not is_space(text[before - 1])


@pytest.mark.parametrize(("page", "lang"), [("248", "ko"), ("2912", "zh"), ("2807", "ko")])
def test_a_real_page_s_finished_sentences_end_like_sentences(page: str, lang: str) -> None:
    """Gold lines that end in 다. / 。 end a sentence and count at least one sentence end; those long
    enough read as prose."""
    settings = CleaningSettings()
    finished = [line for line in _gold(page) if line.endswith(("다.", "。"))]
    assert finished
    for line in finished:
        assert ends_a_sentence(line) and sentence_ends(line) >= 1, line
        if count_letters(line) >= 40:
            assert reads_as_prose(line, count_letters(line), lang, settings), line


@pytest.mark.parametrize("line", ["경찰청 바로가기", "首页 > 新闻中心 > 警务动态", "[서울=뉴시스]", "发布时间：2024-05-06", "http://example.cn/a.php?id=3"])
def test_furniture_lines_end_no_sentence(line: str) -> None:
    assert not ends_a_sentence(line) and sentence_ends(line) == 0


@pytest.mark.parametrize(
    ("line", "ends", "marked", "closes"),
    [
        ("경찰은 3명을 검거했다.", True, True, True),
        ("民警提醒:“不要轻信陌生来电。”", True, True, True),  # a mark before the closing quote
        ("特警狙擊手“隱蔽狙擊”", True, False, False),  # a quoted name: a closing quote, no mark
        ("记者获悉……", True, True, False),  # an ellipsis, where a site may have cut a teaser
        ("급등에 ‘빚의 ..", True, True, False),  # dots set off from the word
        ("首页 > 新闻中心", False, False, False),
        ("", False, False, False),
    ],
)
def test_the_three_sentence_end_tests_differ_on_quotes_and_ellipses(line: str, ends: bool, marked: bool, closes: bool) -> None:
    """`ends_a_sentence` counts a closing quotation mark alone; `ends_with_a_mark` wants a mark before
    it; `closes_a_sentence` also refuses an ellipsis or spaced dots (a cut teaser)."""
    assert (ends_a_sentence(line), ends_with_a_mark(line), closes_a_sentence(line)) == (ends, marked, closes)


def test_the_last_sentence_end_skips_a_question_mark_inside_a_url() -> None:
    text = "民警提醒市民注意防范。详见 http://example.cn/jb.php?id=3 页面"
    assert after_last_sentence(text, 0, len(text)) == text.index("?") + 1  # read as a mark by default
    assert after_last_sentence(text, 0, len(text), in_url=False) == text.index("。") + 1
    assert after_last_sentence("没有句号的标题", 0, 7) is None
