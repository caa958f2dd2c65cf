"""The line model's second opinion on short lines (`align/text/clean/furniture.py`): which lines it is
not asked about."""

from __future__ import annotations

from align.text.segment import segment_file
from tests.conftest import DATA

PAGES = DATA / "pages"


def test_a_clause_between_clauses_a_line_parts_with_spaces_is_not_asked() -> None:
    """Right: developed page 4381 parts its clauses with spaces, not commas; its line read as one
    that lost its breaks is cut at each space, and the short clause 经过信息比对 between two
    unfinished ones is the sentence's, not a label."""
    text = " ".join(s.text for s in segment_file(PAGES / "4381.txt").sentences)
    assert "报警 经过信息比对 确认该男孩正是报警人所寻找的孩子" in text


def test_a_credit_glued_after_the_last_clause_is_still_asked() -> None:
    """Right: developed page 136 (a copy flattened onto one line, its paragraphs parted by spaces) glues
    its photo's credit after its last clause and the copyright sentence after that; the credit is not
    one of three unfinished clauses in a row, the sentence after it being finished: the model still
    finds it."""
    kept = [s.text for s in segment_file(PAGES / "136.txt").sentences]
    assert "自贡市公安交警支队供图" not in kept
    assert any(sentence.startswith("据自贡公安交警支队负责人介绍") for sentence in kept)
