"""The headline and its copies (`align/text/clean/headline.py`): the key two copies are compared by,
which lines print the headline again, and where a copy glued before the lead ends."""

from __future__ import annotations

from dataclasses import replace

import pytest

from align.text.clean import CleaningSettings
from align.text.clean.headline import copies_title, headline_key, split_copies, title_copy_end
from align.text.segment import segment_document, segment_file
from tests.conftest import DATA

HEADLINE = "莘县交警火速护送忘带准考证的考生 七分钟赶到考点"
PAGES = DATA / "pages"
QUOTED = "粗心考生忘拿准考证 莘县交警助力解“燃眉之急”"  # developed page 955's headline, which ends in a quoted phrase


def _key(title: str) -> str:
    return headline_key(title, glued=False)


@pytest.mark.parametrize(
    "copy",
    [
        HEADLINE + " - 大众网",  # a page title with the site's name
        HEADLINE + "(图)",  # set off by a mark after it
        HEADLINE + "!!",
        "中考|" + HEADLINE,  # a column's name glued before it
        "[단독] " + HEADLINE,
        HEADLINE.replace(" ", ""),
        QUOTED + " - 大众网",
    ],
)
def test_the_headline_again_with_a_site_name_a_kicker_or_a_mark_is_a_copy(copy: str) -> None:
    title = QUOTED if copy.startswith(QUOTED) else HEADLINE
    assert copies_title(copy, _key(title), CleaningSettings())


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (HEADLINE + "。近日,莘县一考生忘带准考证,交警火速送达。", HEADLINE),  # a lead that opens with the headline's words
        ("莘县交警助力考生", HEADLINE),
        ("2020年高考首日:" + HEADLINE, HEADLINE),  # a kicker longer than `title_copy_extra`
        # (code review 78b) a headline that ends in a quotation mark may be a sentence: a line that
        # quotes it after a speaker is the article's quote, not a kicker's copy
        ("民警张伟说:“守护群众平安是我们的职责”", "“守护群众平安是我们的职责”"),
        ("中考|" + QUOTED, QUOTED),
    ],
)
def test_a_lead_a_quote_or_a_long_kicker_is_no_copy(line: str, title: str) -> None:
    assert not copies_title(line, _key(title), CleaningSettings())


def test_the_key_leaves_out_a_page_title_s_site_name_and_spaces() -> None:
    assert headline_key(HEADLINE + " - 大众网") == headline_key(HEADLINE) == HEADLINE.replace(" ", "")
    assert headline_key("보이스피싱 조직원 12명 검거 | 뉴스로") == "보이스피싱조직원12명검거"


def test_a_headline_glued_before_the_lead_ends_where_the_lead_starts() -> None:
    lead = "7月7日,莘县一考生在开考前半小时发现忘带准考证。"
    assert title_copy_end(HEADLINE + lead, HEADLINE, CleaningSettings()) == len(HEADLINE)
    assert title_copy_end(lead, HEADLINE, CleaningSettings()) == 0
    # (code review 78b) after a headline that ends in a quoted name, the lead may go on the phrase
    assert title_copy_end("反诈民警提醒 警惕“高薪兼职”陷阱,近日,多名市民被骗。", "反诈民警提醒 警惕“高薪兼职”", CleaningSettings()) == 0


def test_a_headline_that_ends_a_sentence_is_no_copy_before_a_line() -> None:
    """`title_copy_end` alone: a headline that ends like a sentence may be the lead's first sentence;
    a byte-order mark is white space; an empty headline copies nothing."""
    settings = CleaningSettings()
    assert title_copy_end("长沙一商场起火 无人员伤亡!长沙市消防救援支队称。", "长沙一商场起火 无人员伤亡!", settings) == 0
    assert title_copy_end("长沙一商场起火 无人员伤亡长沙市消防救援支队称。", "长沙一商场起火 无人员伤亡", settings) == len("长沙一商场起火 无人员伤亡")
    # a byte-order mark stands for the headline's space as any white space does (code review 49)
    assert title_copy_end("长沙一商场起火\ufeff无人员伤亡长沙市消防救援支队称。", "长沙一商场起火 无人员伤亡", settings) == len("长沙一商场起火\ufeff无人员伤亡")
    assert title_copy_end("x", "【】", replace(settings, title_copy_chars=0)) == 0  # nothing left of a bare bracket pair


# --- a label over the headline ------------------------------------------------------------------
# Developed pages 3998 (its section's label, then the headline) and 1802 (the headline printed twice over its
# sub-headline).


def _headings(text: str) -> list[str]:
    return [s.text for s in segment_document(text, "ko").sentences if s.heading]


def test_a_sections_label_sharing_a_word_with_the_lead_by_chance_is_no_headline() -> None:
    """Right: 사회 검·경찰 소방 shares 경찰 and 소방 with the lead, as any line must to be asked at
    all, and no more: the headline is the line under it."""
    assert _headings((PAGES / "3998.txt").read_text(encoding="utf-8")) == ["배방파출소, 民·警 합동 안심순찰 전개"]


def test_a_headline_printed_twice_over_its_sub_headline_heads_it() -> None:
    """Right: a line sharing as little with the lead, printed twice right above the line under it,
    is the headline, the sub-headline under it."""
    assert _headings((PAGES / "1802.txt").read_text(encoding="utf-8")) == ["외국인 맞춤형 범죄예방교실", "21일 음성경찰서 실시"]


def test_a_kicker_sharing_more_with_the_lead_stays_over_the_headline() -> None:
    """Right: a line over the headline that shares more of the lead's bigrams than it must is a
    kicker of the headline's, kept (here the label with 배방 added)."""
    text = (PAGES / "3998.txt").read_text(encoding="utf-8").replace("사회 검·경찰 소방", "사회 검·경찰 소방 배방")
    assert _headings(text) == ["사회 검·경찰 소방 배방", "배방파출소, 民·警 합동 안심순찰 전개"]


def test_a_column_label_opening_with_a_box_is_no_headline() -> None:
    """Right: developed pages 758 and 1656 print their column's name under a box (`□ 關注·禁毒宣傳`,
    `□ 人民警察擎旗向前`) over the headline: the box opens a label or a paragraph, never a headline."""
    for page in ("758", "1656"):
        sentences = segment_file(PAGES / f"{page}.txt").sentences
        assert sentences and not any(s.text.startswith("□") for s in sentences if s.heading)


def test_a_headline_printed_again_over_two_lines_goes_as_a_copy() -> None:
    # 3253 (a forum's repost of a 1989 Xinhua item): the thread title with its [复制链接], then the
    # paper's headline in its two clauses over the dispatch; 1110: a headline ending in `?` below its copy
    for page, title, halves in (
        ("3253", "东南沿海走私活动猖獗 四省半年查获走私船千条", ("东南沿海走私活动猖獗", "四省半年查获走私船千条")),
        ("1110", "黃昏市場發生持槍押人 吉安警分局警察視若無睹?", ("黃昏市場發生持槍押人", "吉安警分局警察視若無睹?")),
    ):
        document = segment_document((PAGES / f"{page}.txt").read_text(encoding="utf-8"), "zh")
        kept = [s.text for s in document.sentences]
        assert title in kept[:3]
        assert not set(halves) & set(kept)
        assert {(d.text, d.reason) for d in document.dropped} >= {(half, "duplicate-paragraph") for half in halves}


def test_a_headline_over_a_sites_name_or_halves_of_a_line_not_kept_are_no_copy() -> None:
    # 4736: the page title `…被害|東亞日報`, then the headline over the site's name (a rule's line): the headline stays
    document = segment_document((PAGES / "4736.txt").read_text(encoding="utf-8"), "ko")
    assert "竊盜 들끓는 칠레, 大統領 父母도 被害" in [s.text for s in document.sentences]
    # a page title the headline's choice passes over (it goes as the page's header): its halves below are the
    # headline, not copies of a kept line (code review 92)
    lead = "昨日凌晨,市公安局巡警支队接到群众报警,称一名老人在路边迷路。民警迅速赶到现场,将老人安全护送回家。\n据了解,今年以来,该支队共帮助走失群众八十余人次。\n"
    document = segment_document(f"东南沿海走私活动猖獗 四省半年查获走私船千条_新华网\n东南沿海走私活动猖獗\n四省半年查获走私船千条\n{lead}", "zh")
    assert document.metadata.title == "四省半年查获走私船千条"
    assert "四省半年查获走私船千条" in [s.text for s in document.sentences]
    assert not [d for d in document.dropped if d.reason == "duplicate-paragraph"]


def test_split_copies_needs_the_whole_line_above_and_enough_letters() -> None:
    from align.text.clean.lines import page_lines

    def copies(text: str, settings: CleaningSettings = CleaningSettings()) -> dict[int, int]:
        return split_copies(page_lines(text, "zh", settings, [], {}), settings)

    assert copies("小女孩独自在路边徘徊\n小女孩独自\n在路边徘徊\n") == {1: 0, 2: 0}
    assert copies("小女孩独自\n在路边徘徊\n小女孩独自在路边徘徊\n") == {}  # the whole line below: the halves came first
    assert copies("警民合力助其回家\n警民合\n力助其回家\n") == {1: 0, 2: 0}
    assert copies("警民合力助其回家\n警民合\n力助其回家\n", replace(CleaningSettings(), split_copy_letters=9)) == {}


def test_the_title_is_the_first_headline_line_still_kept() -> None:
    """Trial 17: a sidebar's list of stories with their times stood over the headline; one entry was
    chosen with the headline's lines and then dropped as furniture, but the metadata title still
    named it (`梁耀忠認為香港已失高度自治 2014-12-15 (20:10)`). The title is the first line of the
    headline that is kept as one."""
    sidebar = "".join(f"{story} 2014-12-15 ({time})\n" for story, time in [
        ("銅鑼灣清場警拘17人", "21:48"), ("病人組織籲政府考慮醫保長遠成效", "21:19"), ("梁耀忠認為香港已失高度自治", "20:10"),
        ("十多名市民立會外留守", "19:46"), ("梁振英感謝政府部門妥善應對佔領", "19:15"), ("醫管局歡迎政府醫療改革方向", "18:55"),
    ])
    article = (
        "廉署貪污舉報今年跌11% (港聞)\n2014-12-17 (16:31)\n"
        "監察廉署工作諮詢委員會匯報2014年工作，貪污問題諮詢委員會主席周松崗表示，截至11月，合共收到2190宗貪污舉報，較去年2452宗跌11%。\n"
        "周松崗表示，當中政府部門佔647宗，按年跌一成四，公共機構佔157宗，按年跌一成三，私營機構1386宗，按年跌9%。\n"
        "周松崗強調，香港在國際反貪腐組織「透明國際」公布2014年清廉印象指數中，全球排17位，亞太區排第三。\n"
    )
    document = segment_document(sidebar + article)
    heads = [s.text for s in document.sentences if s.heading]
    assert document.metadata.title is not None and document.metadata.title.startswith("廉署貪污舉報今年跌11%")
    assert heads and heads[0].startswith("廉署貪污舉報")


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        (
            "• 즐겨찾기 추가\n  • 2025.07.11(금) 10:13\n곡성경찰, 개학기 어린이 교통안전 캠페인\n2025년 03월 19일(수) 10:24\n"
            "곡성경찰은 지난 13일 곡성중앙초등학교 앞에서 개학기를 맞아 어린이 교통안전 캠페인을 실시했다.\n"
            "이날 캠페인에는 곡성경찰서와 곡성군청 등 유관기관 70여명이 참여했다.\n",
            "ko",
            "2025-03-19",
        ),
        (
            "2023 / 09 / 05　星期二\n最新\n要聞\n海葵「路徑南修」恐直擊北台灣\n上報快訊 2023年09月01日 09:59:00\n"
            "輕颱海葵原本預估從台灣北部海域掠過，但其路徑不斷南修。\n中央氣象局預估，最快在今天下午就會針對海葵發布海上颱風警報。\n",
            "zh",
            "2023-09-01",
        ),
        (
            "2021년 2월 22일\n\n버지니아 카운티서 한인업소 15곳에 도둑, 경찰 수사\n\n2021년 2월 25일 업데이트됨\n\n"
            "한인 밀집지역인 카운티에서 한인업소 10여곳이 연쇄 절도피해를 당해 경찰이 용의자 검거에 나섰다.\n",
            "ko",
            "2021-02-22",
        ),
        (  # trial 23: a portal's header prints today's date; the article's stamp under the headline is in English
            "인민망|인민망 한국채널\n2021년04월26일\n\n홍콩경찰, 범법자 13명 추가 연행\n\n12:06, August 28, 2019\n\n"
            "[인민망 한국어판 8월 28일] 지난 27일 홍콩 경찰은 13명을 추가 연행했다고 밝혔다.\n이들은 불법 집회에 참가한 혐의를 받는다.\n",
            "ko",
            "2019-08-28",
        ),
    ],
)
def test_the_articles_date_under_its_headline_beats_a_site_headers_date_over_it(text: str, lang: str, published: str) -> None:
    """Trial 19 (a saved page's header printing today's date over the headline) and 11 developed text
    pages (`최종편집 2024-04-29` or today's date in the header, the article's `승인 2022.06.07` under
    the headline): the page's date was the header's. An update's date under the headline is not the article's."""
    assert (segment_document(text, lang).metadata.published or "")[:10] == published


@pytest.mark.parametrize(
    ("line", "deck"),
    [
        ("- 인공지능(AI) 기능 확대 및 사용자 편의성 향상", True),
        ("- 재외국민 사건사고 피해자수 2014년 5,952명, 2017년 12,529명 110% 증가", True),
        ("- 資料來源:金門日報社", False),
        ("- Author, 李雨梦", False),
        ("- 첨부파일 앙헬레스 강도사건 1.mp4 (1.1M) - 다운로드", False),
        ("- 조회수 42", False),
        ("- 경찰은 현장에서 용의자를 검거했다.", False),
    ],
)
def test_a_deck_after_one_dash_labels_nothing_and_ends_no_sentence(line: str, deck: bool) -> None:
    """Trial 19's press release k04: its deck `- 인공지능(AI) …` under the headline was dropped as a
    header (the model took it for a list's item); a field's label or a file after one dash is no deck."""
    from align.text.clean.headline import dashed_deck

    assert dashed_deck(line) is deck


def test_a_press_releases_deck_after_one_dash_stays_under_its_headline() -> None:
    text = (
        "- 등록일 2025-12-11\n- 조회수 42\n예시군 누리집, 웹 접근성 품질인증 마크 획득\n- 인공지능(AI) 기능 확대 및 사용자 편의성 향상\n"
        "예시군은 최근 개편을 마친 누리집이 웹 접근성 품질마크 인증심사에서 품질 인증 마크를 획득했다고 밝혔다.\n"
        "웹 접근성 품질인증 마크는 장애인과 고령자가 정보를 동등하게 이용할 수 있도록 보장하는 표준지침을 준수한 사이트에 주어진다.\n"
    )
    kept = [s.text for s in segment_document(text, "ko").sentences]
    assert kept[:2] == ["예시군 누리집, 웹 접근성 품질인증 마크 획득", "- 인공지능(AI) 기능 확대 및 사용자 편의성 향상"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a deck's date (a rule taking effect) is no page's date; the labelled date over the headline stays
        (
            "首页 > 法治要闻 > 正文\n2023-08-28 10:15  来源：法治日报\n《电信网络诈骗防范条例》下月起施行\n新规2023年9月1日起施行\n"
            "本报讯 8月28日，记者从市公安局获悉，《电信网络诈骗防范条例》将于下月正式施行。\n条例明确，电信企业应当建立风险监测机制。\n",
            "2023-08-28",
        ),
        (
            "입력 2024.05.03 10:21\n대법, 보이스피싱 수거책 유죄 확정\n대법원 2024. 4. 25. 선고 2024도1234 판결\n"
            "대법원은 보이스피싱 현금 수거책 A씨에게 징역 2년을 선고한 원심을 확정했다고 3일 밝혔다.\nA씨는 피해자들에게서 현금 1억원을 받아 조직에 전달한 혐의를 받는다.\n",
            "2024-05-03",
        ),
        (
            "홈 > 교육\n김철수 기자 입력 2024.09.09 10:21\n2025학년도 수시모집 원서 접수 시작\n원서 등록 마감 2024.09.13\n"
            "2025학년도 대학 수시모집 원서 접수가 9일 시작됐다.\n수험생들은 13일까지 최대 6곳에 지원할 수 있다.\n",
            "2024-09-09",
        ),
        (
            "김철수 기자 2024.04.20 10:21\n종합소득세 신고 마감 2024.5.31\n국세청은 종합소득세 확정신고 기한이 이달 31일까지라고 20일 밝혔다.\n"
            "기한 내 신고하지 않으면 가산세가 부과된다.\n",
            "2024-04-20",
        ),
    ],
)
def test_a_date_under_the_headline_that_dates_something_else_is_no_page_date(text: str, published: str) -> None:
    """Review 102c: a deck's `2023年9月1日起施行` and a court's `대법원 2024. 4. 25. 선고` replaced the
    page's date; a date labelled as the publication's (`입력`, `来源` line) above the headline stays.
    Review 102e: a deadline under the headline (`원서 등록 마감 2024.09.13`: 등록 labels no publication
    when a word stands between it and its date) or ending it (`… 마감 2024.5.31`) is no page's date."""
    lang = "zh" if "首页" in text else "ko"
    assert (segment_document(text, lang).metadata.published or "")[:10] == published
