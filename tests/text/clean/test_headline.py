"""The headline and its copies (`align/text/clean/headline.py`): the key two copies are compared by,
and which lines print the headline again."""

from __future__ import annotations

import pytest

from align.text.clean import CleaningSettings
from align.text.clean.headline import copies_title, headline_key, title_copy_end

# developed page 955's headline, which ends in a quoted phrase
HEADLINE = "粗心考生忘拿准考证 莘县交警助力解“燃眉之急”"


@pytest.mark.parametrize(
    "copy",
    [
        HEADLINE + " - 大众网",  # a page title with the site's name
        HEADLINE + "(图)",  # set off by a mark after it
        HEADLINE + "!!",
        "中考|" + HEADLINE,  # a column's name glued before it, over a headline that ends in a quotation mark
        "[단독] " + HEADLINE,
        HEADLINE.replace(" ", ""),
    ],
)
def test_the_headline_again_with_a_site_name_a_kicker_or_a_mark_is_a_copy(copy: str) -> None:
    assert copies_title(copy, headline_key(HEADLINE, glued=False), CleaningSettings())


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE + "。近日,莘县一考生忘带准考证,交警火速送达。",  # a lead that opens with the headline's words
        "记者获悉:" + HEADLINE + "。”",  # a sentence that quotes it
        "莘县交警助力考生",
        "2020年高考首日:" + HEADLINE,  # a kicker longer than `title_copy_extra`
    ],
)
def test_a_lead_a_quote_or_a_long_kicker_is_no_copy(line: str) -> None:
    assert not copies_title(line, headline_key(HEADLINE, glued=False), CleaningSettings())


def test_the_key_leaves_out_a_page_title_s_site_name_and_spaces() -> None:
    assert headline_key(HEADLINE + " - 大众网") == headline_key(HEADLINE) == HEADLINE.replace(" ", "")
    assert headline_key("보이스피싱 조직원 12명 검거 | 뉴스로") == "보이스피싱조직원12명검거"


def test_a_headline_glued_before_the_lead_ends_where_the_lead_starts() -> None:
    lead = "7月7日,莘县一考生在开考前半小时发现忘带准考证。"
    assert title_copy_end(HEADLINE + lead, HEADLINE, CleaningSettings()) == len(HEADLINE)
    assert title_copy_end(lead, HEADLINE, CleaningSettings()) == 0
