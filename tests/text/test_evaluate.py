"""Scoring helpers of align.text.evaluate: a lead line's glued credit cut, or the lead cut into."""

from __future__ import annotations

import pytest

from align.text.evaluate import LeadCut, score_lead

PAGE = "民警救起落水男子\n本报讯（记者 张三）昨日，民警救起一名落水男子。\n"
LEAD = "本报讯（记者 张三）昨日，民警救起一名落水男子。"
CREDIT = "本报讯（记者 张三）"
AT = PAGE.index(LEAD)
END = AT + len(LEAD)


@pytest.mark.parametrize(
    "start, expected",
    [
        (AT, LeadCut(False, False, True)),  # kept with its credit
        (AT + 3, LeadCut(False, False, True)),  # cut inside the credit (本报讯 alone)
        (AT + len(CREDIT), LeadCut(True, False, True)),  # cut exactly
        (AT + len(CREDIT) + 1, LeadCut(True, True, True)),  # cut one character too far
        (AT + len(CREDIT) + 3, LeadCut(True, True, True)),  # …and further
    ],
)
def test_where_the_first_kept_sentence_of_the_lead_starts(start: int, expected: LeadCut) -> None:
    assert score_lead(PAGE, LEAD, CREDIT, [(0, 8), (start, END)]) == expected


def test_a_lead_without_a_credit_cut_at_its_start_is_over_cut_and_a_dropped_lead_is_not_kept() -> None:
    assert score_lead(PAGE, LEAD, "", [(AT + len(CREDIT), END)]) == LeadCut(None, True, True)
    assert score_lead(PAGE, LEAD, "", [(AT, END)]) == LeadCut(None, False, True)
    assert score_lead(PAGE, LEAD, CREDIT, [(0, 8)]) == LeadCut(True, False, False)


def test_a_sentence_from_the_line_above_running_into_the_lead_keeps_its_credit() -> None:
    assert score_lead(PAGE, LEAD, CREDIT, [(0, END)]) == LeadCut(False, False, True)


def test_a_lead_printed_twice_is_scored_at_each_copy_a_sentence_keeps() -> None:
    page = f"{LEAD}\n民警提醒市民注意安全。\n{LEAD}\n"
    second = page.rindex(LEAD)
    teaser_dropped_body_cut_into = [(page.index("民警提醒"), second - 1), (second + len(CREDIT) + 2, second + len(LEAD))]
    assert score_lead(page, LEAD, CREDIT, teaser_dropped_body_cut_into) == LeadCut(True, True, True)
    assert score_lead(page, LEAD, CREDIT, [(second + len(CREDIT), second + len(LEAD))]) == LeadCut(True, False, True)
    inside = f"按：{LEAD}是一则旧闻。\n"  # the lead inside a longer line is not the lead line
    assert score_lead(inside + page, LEAD, CREDIT, [(0, len(inside) - 1)]) == LeadCut(True, False, False)


def test_a_lead_that_is_nothing_but_its_credit_is_cut_when_no_kept_sentence_is_in_it() -> None:
    page = "标题\n[코리아 이슈저널=최용달 기자]\n본문이다.\n"
    lead = "[코리아 이슈저널=최용달 기자]"
    at = page.index(lead)
    assert score_lead(page, lead, lead, [(0, 2), (page.index("본문"), len(page) - 1)]) == LeadCut(True, False, False)
    assert score_lead(page, lead, lead, [(at, at + len(lead))]) == LeadCut(False, False, False)
