"""What a line carries glued around its text (`align/text/clean/affixes.py`): the view the rules read
(a ruby mirror's pinyin left out) and its positions, the line-end window, and glued credits cut off
real pages' lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.text.clean import RUBY_ANNOTATION
from align.text.clean.affixes import cut_closing_credit, line_view, line_view_with_positions, window_start
from align.text.clean.inline import INLINE_TAG
from align.text.document import Dropped
from align.text.segment import segment_document
from tests.strategies import news_text

PAGES = Path(__file__).resolve().parent.parent.parent / "data" / "pages"
REALNEWS = PAGES.parent / "realnews"
RUBY_PAGE = "1764"  # a traditional-script copy that prints pinyin after its characters: 音樂(lè), 漢江評(píng)論


def _ruby_lines() -> list[str]:
    return [line for line in (PAGES / f"{RUBY_PAGE}.txt").read_text(encoding="utf-8").splitlines() if RUBY_ANNOTATION.search(line)]


def test_the_view_of_a_ruby_mirror_s_line_leaves_out_its_pinyin_and_maps_back() -> None:
    lines = _ruby_lines()
    assert lines
    for line in lines:
        view, position = line_view_with_positions(line, "zh")
        assert view == line_view(line, "zh") and not RUBY_ANNOTATION.search(view)
        assert all(line[position(i)] == ch for i, ch in enumerate(view)), line
        assert line_view(line, "ko") == line  # only Chinese lines are read without readings


# a ruby mirror's text: Chinese characters, some with their pinyin after them, with other text between
# and inline tags a scrape left in the text, which the view leaves out too
_RUBY_PIECES = st.sampled_from(["網(wǎng)", "來(lái)", "評(píng)論", "發(fā)", "源", "警", "民警", " ", "。", "(图)", "(記者 張三)", "3", "가", "<strong>", "</strong>", "<BR>", "<font size=4>", "<a href='x'>"])


@given(st.lists(st.one_of(_RUBY_PIECES, news_text(3)), max_size=40).map("".join), st.sampled_from(["ko", "zh"]))
def test_a_view_s_positions_rise_and_point_at_the_same_characters(text: str, lang: str) -> None:
    view, position = line_view_with_positions(text, lang)
    assert view == line_view(text, lang)
    mapped = [position(i) for i in range(len(view) + 1)]
    assert mapped == sorted(set(mapped)) and mapped[-1] <= len(text)
    assert all(text[position(i)] == ch for i, ch in enumerate(view))
    if (lang == "zh" and RUBY_ANNOTATION.search(text)) or INLINE_TAG.search(text):
        assert len(view) < len(text)  # the readings and the tags left out


@given(st.integers(min_value=0, max_value=320))
def test_the_line_end_window_never_starts_inside_a_reading(tail: int) -> None:
    """`cut_link` reads a line's last characters; started inside `網(wǎng)`, the window's view would hold
    `(wǎng)` or its tail where the line's view, which screened the rows, does not."""
    text = "甲" * 3 + "網(wǎng)" * 40 + "乙" * tail
    start = window_start(text, 0, len(text), "zh")
    assert 0 <= start <= len(text)
    assert not any(match.start() <= start < match.end() for match in RUBY_ANNOTATION.finditer(text))
    assert line_view(text, "zh").endswith(line_view(text[start:], "zh"))


def test_a_byline_glued_after_the_last_paragraph_is_cut_into_the_metadata() -> None:
    """`…已被刑拘。(记者 张三 通讯员 李四)`: the paragraph ends before the credit, which is dropped as
    a byline; a paragraph without one is left whole."""
    last = "目前,犯罪嫌疑人已被依法刑事拘留,案件正在进一步侦办中。"
    credited = last + "(记者 张三 通讯员 李四)"
    dropped: list[Dropped] = []
    meta: dict[str, str] = {}
    assert cut_closing_credit(credited, 0, len(credited), "zh", dropped, meta) == len(last)
    assert [d.reason for d in dropped] == ["byline"] and meta
    assert cut_closing_credit(last, 0, len(last), "zh", [], {}) == len(last)


def _byline(page: str) -> str | None:
    return segment_document((PAGES / f"{page}.txt").read_text(encoding="utf-8")).metadata.byline


def test_a_reporter_s_credit_glued_to_a_line_s_end_is_the_byline() -> None:
    # `…放学后安全。(记者杨湛菲、徐壮)`: the page prints no byline line of its own
    assert _byline("897") == "(记者杨湛菲、徐壮)"
    # `…检查。记者 景静 通讯员 李晓静 |`: without the separator after it
    assert _byline("872") == "记者 景静 通讯员 李晓静"


def test_a_photo_s_credit_glued_to_a_caption_is_no_byline() -> None:
    # `▲警方打擊詐騙攻堅。(圖/記者唐詠絮翻攝)` names who took the photo, not who wrote
    assert _byline("041") is None


def test_a_sentence_reporting_what_was_said_keeps_its_line_when_a_photo_credit_is_glued_to_it() -> None:
    """Review 97: a short lead with a photo credit glued after it (`…밝혔다. 사진=홍길동 기자`) went
    whole as a caption, and the headline above it with it: a caption shows a photo, it does not
    report what was said."""
    lines = (REALNEWS / "drunk-driving-hk-2024.ko.txt").read_text(encoding="utf-8").splitlines()
    reported = next(line for line in lines if line.endswith("밝혔다."))
    document = segment_document(f"{lines[0]}\n{reported} 사진=홍길동 기자\n{lines[-1]}\n", "ko")
    assert reported in [s.text for s in document.sentences]
    assert [d.text for d in document.dropped if d.reason == "caption"] == ["사진=홍길동 기자"]


_AGENCY_CAPTION = "2026年1月23日,73名涉及柬埔寨詐騙案的南韓籍犯嫌,被押送回南韓仁川機場。路透社"  # a new user's trial page, printed three times
_AGENCY_PAGE_BODY = [
    "據南韓媒體今天(1/23)報導,在柬埔寨從事詐騙等犯罪的73名南韓籍犯嫌,今天早上全員被押送回國,據悉,他們在柬埔寨一搭上包機,即被南韓警方逮捕。警方說明,這次涉案的犯嫌當中,有人透過整形改變容貌,企圖逃避警方追查,但最終仍落網。",
    "警方指出,被捕犯嫌詐騙869名南韓國民,涉案金額高達486億韓元(約10.4億元台幣),在犯嫌當中,有70人涉及戀愛詐騙或投資群組詐騙,另外3人涉及搶劫與賭博。",
    "為了應對跨國犯罪,南韓警察廳、法務部、國家情報院與外交部等單位,組成跨部會特別工作小組,包機上也安排醫師、護理師隨行,以因應突發狀況。",
]


def test_a_news_agency_s_credit_after_a_sentence_is_cut_and_never_a_sentence() -> None:
    """New-user trial 3 (C1): a photo's one-sentence caption with the agency credited after it, no
    brackets (`…仁川機場。路透社`), printed over and between the paragraphs: the credit was a sentence of
    its own; it is cut off every copy as a caption, and the copies after the first go as repeats. The
    first copy's sentence stays: a one-sentence paragraph credited so (`当局表示，救援工作仍在进行。中央社`,
    `…동기를 조사했다. AP`) is the article's as often (the review of this session)."""
    body = _AGENCY_PAGE_BODY
    page = "\n".join([_AGENCY_CAPTION, body[0], _AGENCY_CAPTION, body[1], body[2], _AGENCY_CAPTION]) + "\n"
    document = segment_document(page, "zh")
    kept = [s.text for s in document.sentences]
    assert "路透社" not in kept and sum("仁川機場" in text for text in kept) == 1 and kept[-1] == body[2]
    assert [d.reason for d in document.dropped if d.text == "路透社"] == ["caption"] * 3
    for lang, lead, line, sentence, credit in (
        ("zh", "警方通报一起交通事故，造成3人受伤，事故原因正在调查中。", "当局表示，救援工作仍在进行。中央社", "当局表示，救援工作仍在进行。", "中央社"),
        ("ko", "경찰은 사고 원인을 조사하고 있다고 밝혔다.", "경찰은 범행 동기를 조사했다. AP", "경찰은 범행 동기를 조사했다.", "AP"),
    ):
        document = segment_document(f"{lead}\n{line}\n", lang)
        assert [s.text for s in document.sentences] == [lead, sentence]
        assert [d.text for d in document.dropped if d.reason == "caption"] == [credit]


def test_a_paragraph_ending_in_a_news_agency_s_credit_keeps_its_sentences() -> None:
    """…but a paragraph of several sentences with the agency after it is the article's: only the credit
    goes; so does a Korean sentence reporting what was said, however short (`…고 밝혔다. 로이터통신`)."""
    credited = _AGENCY_PAGE_BODY[0] + "路透社"
    document = segment_document("\n".join([credited, *_AGENCY_PAGE_BODY[1:]]) + "\n", "zh")
    assert document.sentences[0].text.startswith("據南韓媒體今天") and document.sentences[1].text.endswith("但最終仍落網。")
    assert [d.text for d in document.dropped if d.reason == "caption"] == ["路透社"]
    lines = (REALNEWS / "drunk-driving-hk-2024.ko.txt").read_text(encoding="utf-8").splitlines()
    reported = next(line for line in lines if line.endswith("밝혔다."))
    document = segment_document(f"{lines[0]}\n{reported} 로이터통신\n{lines[-1]}\n", "ko")
    assert reported in [s.text for s in document.sentences]


def test_a_korean_reporters_credit_after_a_bracketed_outlet_is_cut_too() -> None:
    """Trial 13: `【KNC 뉴스】이영균 기자=농협 조합장…` kept `이영균 기자=` on the lead's sentence; a
    reporter's `기자=` after a bracketed dispatch is a second credit, as `记者` after `本报讯` is."""
    document = segment_document("【KNC 뉴스】이영균 기자=농협 조합장이 징역형을 선고받았다.\n재판부는 죄질이 나쁘다고 밝혔다.\n")
    assert [s.text for s in document.sentences] == ["농협 조합장이 징역형을 선고받았다.", "재판부는 죄질이 나쁘다고 밝혔다."]
    assert [d.text for d in document.dropped] == ["【KNC 뉴스】", "이영균 기자="]


@pytest.mark.parametrize(
    ("line", "kept", "credit"),
    [
        ("중국은 조선과 밀접한 소통과 협조를 유지하고 있다. / 인민일보에서 편역 홍옥/길림신문", "중국은 조선과 밀접한 소통과 협조를 유지하고 있다.", "/ 인민일보에서 편역 홍옥/길림신문"),
        ("경찰은 수사를 이어가고 있다. 편역 김철", "경찰은 수사를 이어가고 있다.", "편역 김철"),
    ],
)
def test_a_translators_credit_glued_after_the_last_sentence_is_a_byline(line: str, kept: str, credit: str) -> None:
    """Trial 20 (a Chinese-Korean paper's translation of a People's Daily report): the translator's
    credit after the last sentence stayed in it as article text."""
    document = segment_document(line + "\n", "ko")
    assert [s.text for s in document.sentences] == [kept]
    assert [(d.text, d.reason) for d in document.dropped] == [(credit, "byline")]


def test_a_sentence_about_translating_after_a_full_stop_keeps_its_words() -> None:
    """Review 102d: a near miss of the translator's credit at a line's end, after a full stop."""
    text = "이 책은 중국에서 먼저 출간됐다. 번역은 김철 씨가 맡았다.\n"
    assert [s.text for s in segment_document(text, "ko").sentences] == ["이 책은 중국에서 먼저 출간됐다.", "번역은 김철 씨가 맡았다."]


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("광산 구조대가 투입돼 현재 불은 꺼졌다. [촬영/신화사 기자 양원빈(楊文斌)]pagebreak", [("[촬영/신화사 기자 양원빈(楊文斌)]", "caption"), ("pagebreak", "page-furniture")]),
        ("광산 구조대가 투입돼 현재 불은 꺼졌다. [촬영/신화사 기자 판위룽(潘昱龍)]", [("[촬영/신화사 기자 판위룽(潘昱龍)]", "caption")]),
        ("目前，该男子已被刑事拘留，案件正在进一步侦办中。_ueditor_page_break_tag_", [("_ueditor_page_break_tag_", "page-furniture")]),
    ],
)
def test_a_page_break_token_and_a_bracketed_photo_credit_glued_to_a_paragraph_are_cut(line: str, pieces: list[tuple[str, str]]) -> None:
    """Trial 20: `…진행 중에 있다. [촬영/신화사 기자 양원빈(楊文斌)]pagebreak` (a content system's page-break
    token after a photographer's credit) cost the whole paragraph, dropped by the line model."""
    lang = "zh" if "该男子" in line else "ko"
    text = ("판저우 탄광 화재로 16명 숨져\n24일 오전 중국 구이저우성의 탄광에서 불이 나 16명이 숨졌다.\n" if lang == "ko" else "男子醉驾被抓\n经检测，该男子属于醉酒驾驶。\n") + line + "\n"
    document = segment_document(text, lang)
    assert line.split(" [")[0].split("_ueditor")[0] in " ".join(s.text for s in document.sentences)
    assert [(d.text, d.reason) for d in document.dropped] == pieces
