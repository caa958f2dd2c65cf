"""Scoring helpers of align.text.evaluate: a lead line's glued credit cut, or the lead cut into; a
labelled line (a photo caption, a body line) kept or dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.text.evaluate import LeadCut, leads_cut, line_kept, read_labelled_lines, read_leads, score_cleaning, score_lead

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


CAPTIONED = "民警救起落水男子\n▲民警在现场救援（警方供图）\n昨日，民警救起一名落水男子。\n▲民警在现场救援（警方供图）\n"
CAPTION = "▲民警在现场救援（警方供图）"


def test_a_caption_printed_twice_is_kept_when_either_copy_is_and_a_piece_of_a_line_is_never_a_line() -> None:
    first, second = CAPTIONED.index(CAPTION), CAPTIONED.rindex(CAPTION)
    body = (CAPTIONED.index("昨日"), CAPTIONED.index("男子。") + 3)
    assert not line_kept(CAPTIONED, CAPTION, [body])
    assert line_kept(CAPTIONED, CAPTION, [body, (second + 1, second + 5)])
    assert line_kept(CAPTIONED, CAPTION, [(first, first + 1)])
    assert not line_kept(CAPTIONED, "民警在现场救援", [(0, len(CAPTIONED))])  # inside a line, not a line of its own


@given(st.lists(st.tuples(st.integers(0, len(CAPTIONED)), st.integers(1, 20)), max_size=6))
def test_a_line_is_kept_exactly_when_a_kept_span_overlaps_one_of_its_copies(spans: list[tuple[int, int]]) -> None:
    kept_spans = [(start, start + width) for start, width in spans]
    copies = [(at, at + len(CAPTION)) for at in (CAPTIONED.index(CAPTION), CAPTIONED.rindex(CAPTION))]
    covered = {i for start, stop in kept_spans for i in range(start, stop)}
    assert line_kept(CAPTIONED, CAPTION, kept_spans) == any(i in covered for at, end in copies for i in range(at, end))


def test_a_labelled_line_of_an_unknown_kind_names_the_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "captions.tsv"
    table.write_text("id\tlang\tscript\tkind\tline\nk001\tko\thangul\tcaption\t사진=경찰청\nk001\tko\thangul\tphoto\t본문\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"captions\.tsv:3: kind 'photo'"):
        read_labelled_lines(table)
    table.write_text("id\tlang\tscript\tkind\tline\nk001\tko\thangul\tcaption\t\"사진=경찰청\"\n", encoding="utf-8")
    (row,) = read_labelled_lines(table)
    assert row.line == '"사진=경찰청"' and row.split == "dev"  # taken as written: no quoting; no split column: developed


@pytest.mark.parametrize(
    "table, message",
    [
        ("id\tlang\tscript\tsplit\tkind\tline\nk001\tko\thangul\t\tcaption\t사진=경찰청\n", r"captions\.tsv:2: split '' is not one of dev, heldout"),
        ("id\tlang\tscript\tkind\tline\nk001\tko\thangul\tcaption\n", r"captions\.tsv:2: the row has too few fields"),
        ("id\tlang\tscript\tkind\nk001\tko\thangul\tcaption\n", r"captions\.tsv:1: no column line"),
    ],
)
def test_a_labelled_line_table_with_a_row_short_of_a_field_or_a_split_is_refused(tmp_path: Path, table: str, message: str) -> None:
    path = tmp_path / "captions.tsv"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_labelled_lines(path)


def test_a_labelled_line_table_with_a_byte_order_mark_reads(tmp_path: Path) -> None:
    path = tmp_path / "related.tsv"
    path.write_text("\ufeffid\tlang\tscript\tkind\tline\nrz001\tzh\thans\trelated\t相关新闻\n", encoding="utf-8")
    assert [(row.id, row.kind, row.split) for row in read_labelled_lines(path)] == [("rz001", "related", "dev")]


def test_the_leads_of_a_folder_are_scored_in_table_order_with_their_credit_lines(tmp_path: Path) -> None:
    """Page a: a credit glued to its lead, no credit line of its own; page b: a credit line of its own
    (`사진=경찰청 제공` is no sentence cleaning keeps) over a lead without a glued credit."""
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    lead_b = "경찰은 7일 보이스피싱 조직원 3명을 검거했다고 밝혔다."
    (tmp_path / "b.txt").write_text(f"보이스피싱 조직원 검거\n사진=경찰청 제공\n{lead_b}\n", encoding="utf-8")
    (tmp_path / "leads.tsv").write_text(
        f"id\tlang\tlead\tprefix\tprefix_line\nb\tko\t{lead_b}\t\t사진=경찰청 제공\na\tzh\t{LEAD}\t{CREDIT}\t\n", encoding="utf-8"
    )
    scored = leads_cut(tmp_path)
    assert [lead.row.id for lead in scored] == ["b", "a"]
    assert scored[1].cut == LeadCut(True, False, True) and scored[1].credit_line_kept is None
    assert scored[0].cut == LeadCut(None, False, True) and scored[0].credit_line_kept is False


def test_a_lead_table_with_a_split_column_reads_each_rows_split_and_refuses_an_empty_one(tmp_path: Path) -> None:
    header = "id\tlang\tlead\tprefix\tprefix_line\tsplit\n"
    (tmp_path / "leads.tsv").write_text(header + f"a\tzh\t{LEAD}\t{CREDIT}\t\theldout\n", encoding="utf-8")
    assert [(row.id, row.split) for row in read_leads(tmp_path)] == [("a", "heldout")]
    (tmp_path / "leads.tsv").write_text(header + f"a\tzh\t{LEAD}\t{CREDIT}\t\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"leads\.tsv:2: split '' is not one of dev, heldout"):
        read_leads(tmp_path)
    (tmp_path / "leads.tsv").write_text(header + f"a\tzh\t{LEAD}\t{CREDIT}\t\theld-out\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"leads\.tsv:2: split 'held-out' is not one of dev, heldout"):
        read_leads(tmp_path)
    (tmp_path / "leads.tsv").write_text("id\tlang\tlead\tprefix\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"leads\.tsv:1: no column prefix_line"):
        read_leads(tmp_path)


def test_a_snippet_the_cleaner_split_over_two_kept_sentences_is_kept_and_a_short_one_is_not() -> None:
    """Developed page 3283's reprint notice, two sentences the cleaner kept as two: kept, though no kept
    sentence holds it whole; a counter `0` made by two kept sentences' edges is not."""
    notice = "1、本网站所登载之内容,不论原创或转载,皆以传播传递信息为主,不做任何商业用途。如因作品内容、版权和其它问题需要同本网联系的"
    first, second = notice.split("。")
    body = "目前,火灾原因正在进一步调查中。"
    split = score_cleaning([body, first + "。", second], [body], [notice])
    assert split.snippets_kept == 1 and split.recall == 1.0
    assert score_cleaning([body], [body], [notice]).snippets_kept == 0
    edges = score_cleaning(["民警出动10", "0人"], ["民警出动10", "0人"], ["0"])
    assert edges.snippets_kept == 0
    assert score_cleaning(["阅读 1", "0"], [], ["0"]).snippets_kept == 1


@given(st.lists(st.text(alphabet="民警救起落水男子。0 ", min_size=1, max_size=12), min_size=1, max_size=5))
def test_a_snippet_inside_one_kept_sentence_is_kept_however_the_rest_is_split(kept: list[str]) -> None:
    snippet = "落水男子被民警救起了"
    assert score_cleaning([*kept, f"昨日{snippet}。"], [], [snippet]).snippets_kept == 1
