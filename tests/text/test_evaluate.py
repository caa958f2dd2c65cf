"""Scoring helpers of align.text.evaluate: a lead line's glued credit cut, or the lead over-cut."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from align.text.evaluate import LeadCut, score_lead

PAGE = "民警救起落水男子\n本报讯（记者 张三）昨日，民警救起一名落水男子。\n"
LEAD = "本报讯（记者 张三）昨日，民警救起一名落水男子。"
CREDIT = "本报讯（记者 张三）"


def _span_from(text: str, start: int) -> tuple[int, int]:
    return start, text.index("\n", start)


def test_a_lead_whose_credit_was_cut_scores_as_cut_and_not_over_cut() -> None:
    at = PAGE.index(LEAD) + len(CREDIT)
    assert score_lead(PAGE, LEAD, CREDIT, [(0, 8), _span_from(PAGE, at)]) == LeadCut(True, False, True)


def test_a_lead_kept_with_its_credit_scores_as_not_cut() -> None:
    assert score_lead(PAGE, LEAD, CREDIT, [(0, 8), _span_from(PAGE, PAGE.index(LEAD))]) == LeadCut(False, False, True)


def test_a_lead_without_a_credit_cut_at_its_start_is_over_cut_and_one_dropped_is_not_kept() -> None:
    assert score_lead(PAGE, LEAD, "", [_span_from(PAGE, PAGE.index("昨日"))]) == LeadCut(None, True, True)
    assert score_lead(PAGE, LEAD, CREDIT, [(0, 8)]) == LeadCut(False, False, False)


@given(st.integers(min_value=0, max_value=len(LEAD) - 1))
def test_a_lead_is_cut_exactly_when_its_first_sentence_starts_at_or_after_the_credit(offset: int) -> None:
    start = PAGE.index(LEAD) + offset
    score = score_lead(PAGE, LEAD, CREDIT, [_span_from(PAGE, start)])
    assert score.prefix_cut == (offset >= len(CREDIT))
    assert score.overcut == (offset > len(CREDIT))
