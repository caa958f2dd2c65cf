"""What cleaning cuts off the edges of kept lines (`align/text/clean/edges.py`): here, the separator
a page prints before a paragraph's first words, or one a credit's cut left there, on real pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.text.segment import segment_document, segment_file

PAGES = Path(__file__).resolve().parent.parent.parent / "data" / "pages"


@pytest.mark.parametrize(
    ("page", "first_words"),
    [
        ("764", "영천경찰서가 지난 23일"),  # `| 영천경찰서가 …`: the page's bar before its lead
        ("1532", "양산경찰서(서장 이병진)는"),  # the same bar
        ("4187", "장흥소방서는 13일"),  # `[경기뉴스원/경기뉴스1] | 장흥소방서는 …`: the credit's row leaves the bar
        ("3175", "충북경찰청(청장 임용환)은"),  # `주우정 기자/ 충북경찰청은 …`: the slash after the credit
    ],
)
def test_a_separator_before_a_paragraphs_first_words_is_no_part_of_its_sentence(page: str, first_words: str) -> None:
    document = segment_file(PAGES / f"{page}.txt")
    sentence = next(s for s in document.sentences if first_words in s.text)
    assert sentence.text.startswith(first_words)
    assert any(d.reason == "page-furniture" and d.text.strip(" |/") == "" for d in document.dropped)


def test_a_mark_inside_a_sentence_is_left() -> None:
    text = "경찰, 보이스피싱 조직 검거\n경찰은 서울/경기 지역에서 조직원 12명을 붙잡았다고 밝혔다.\n피해액은 1억=원 이상이다.\n경찰은 공범을 쫓고 있다.\n"
    document = segment_document(text, "ko")
    assert not any(d.reason == "page-furniture" for d in document.dropped)
    assert [s.text for s in document.sentences][1:3] == ["경찰은 서울/경기 지역에서 조직원 12명을 붙잡았다고 밝혔다.", "피해액은 1억=원 이상이다."]


@given(st.sampled_from(["|", "｜", "/", "／", "=", "| ", "/ ", "= ", "||  "]), st.sampled_from(["ko", "zh"]))
def test_every_character_is_in_a_sentence_or_a_dropped_span_after_a_separator_is_cut(mark: str, lang: str) -> None:
    lines = (
        ["경찰, 보이스피싱 조직 검거", f"{mark}경찰은 조직원 12명을 붙잡았다고 밝혔다.", "경찰은 공범을 쫓고 있다."]
        if lang == "ko"
        else ["警方破获一起电信诈骗案", f"{mark}记者从市公安局获悉,该案涉案金额达300余万元。", "目前,案件正在进一步侦办中。"]
    )
    text = "\n".join(lines) + "\n"
    document = segment_document(text, lang)
    covered = [False] * len(text)
    for span in [*document.sentences, *document.dropped]:
        for i in range(span.start, span.end):
            covered[i] = True
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())
    assert document.sentences[1].text == lines[1][len(mark):]


# staged page 4417's top (新华报业网): the outlet's name in the meta row, its dispatch glued to the lead's first word
GLUED_DISPATCH = (
    "新华报业网 > 镇江 > 要闻 > 正文\n镇江警方成功捣毁长江特大非法采砂团伙,抓获嫌疑人44名\n2020/07/02 12:16  交汇点新闻  \n\n"
    "  交汇点讯昼伏夜出、望风盯梢、派人“顶包”……长江“砂耗子”为牟取暴利诡计百出,但最终难逃天网。"
    "7月2日上午,镇江市公安局举行新闻发布会,宣布成功捣毁一个特大非法采砂犯罪集团,抓获犯罪嫌疑人44名。\n\n"
    "  今年2月底,镇江市公安局水警支队接到群众举报,称长江镇江段有非法采砂团伙作案,但是具体作案时间和地点不明。\n"
)


def test_an_outlets_dispatch_glued_to_the_lead_goes_when_the_page_printed_its_name_above() -> None:
    """Right: 交汇点讯 runs into the lead's first word; the meta row above names the outlet (交汇点新闻), so the
    credit ends at its 讯 and goes to the metadata."""
    document = segment_document(GLUED_DISPATCH, "zh")
    assert document.sentences[1].text.startswith("昼伏夜出")
    assert document.metadata.source == "交汇点讯"


def test_a_dispatch_like_opening_stays_when_no_dropped_line_names_it() -> None:
    """Right: without the outlet's name in a line the page dropped above, the glued words may be the lead's
    own (`警方讯问…`, 警方 printed in the headline only; 交汇点讯 with no meta row naming it)."""
    questioned = GLUED_DISPATCH.replace("交汇点讯昼伏夜出", "警方讯问得知昼伏夜出")
    assert segment_document(questioned, "zh").sentences[1].text.startswith("警方讯问得知")
    unnamed = GLUED_DISPATCH.replace("  交汇点新闻  ", "")
    assert segment_document(unnamed, "zh").sentences[1].text.startswith("交汇点讯")


def test_a_word_ending_in_xun_is_no_dispatch_though_a_dropped_line_names_it() -> None:
    """Right (code review 88): 电讯, 通讯, 审讯 … end in 讯 but are words (as `prefixes.tsv`'s rows spare them):
    the lead keeps them though the meta row above prints the same characters."""
    text = GLUED_DISPATCH.replace("交汇点新闻", "跨境电讯网").replace("交汇点讯昼伏夜出", "跨境电讯诈骗昼伏夜出")
    assert segment_document(text, "zh").sentences[1].text.startswith("跨境电讯诈骗")
