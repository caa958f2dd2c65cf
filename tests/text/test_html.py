"""align.text.html and HTML input to segment_file: content detection, charset verification,
extraction, metadata, and the coverage contract over the extracted text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from align.script.chars import is_han
from align.text.clean import without_spaces
from align.text.decode import declared_charset, decode_bytes
from align.text.document import Document
from align.text.html import (
    PageLine,
    article_headline,
    body_around,
    declared_date,
    extract_html,
    linked_lines,
    looks_like_html,
    page_headline,
    printed_headline,
    read_page,
    restore_skipped,
    split_merged,
    visible_text,
)
from align.text.segment import _author_field, _printed_byline, segment_document, segment_file

DATA = Path(__file__).resolve().parent.parent / "data"

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>공안국 전신사기 718건 방지 - 사회 - 조글로</title></head>
<body><div class="nav"><a href="/">홈</a> | <a href="/news">뉴스</a> | <a href="/sports">스포츠</a></div>
<article><h1>공안국 전신사기 718건 방지</h1>
<p>[연길=조글로] 김철 기자 = 연길시공안국은 올해 전신사기 사건 718건을 미연에 방지했다고 밝혔다.</p>
<p>공안국은 은행과 협력해 피해자 1,200여명의 자금 3,500만원을 지켜냈다. 경찰은 낯선 전화를 조심해야 한다고 당부했다.</p>
<p>올해 3.4분기 전신사기 사건은 전년 동기 대비 46% 줄었으며 경찰은 단속을 이어갈 계획이다.</p>
</article><footer>Copyright © 조글로 All rights reserved.</footer></body></html>
"""


KOREAN_BODY = "경찰은 또 은행 창구 직원들과 함께 로인들을 상대로 보이스피싱 예방 교육을 진행했으며 의심스러운 송금은 즉시 신고해달라고 당부했다."

PAGES_282 = (DATA / "pages" / "282.gold.txt").read_text(encoding="utf-8").splitlines()  # a developed page's gold lines


def test_html_is_recognised_by_content_not_name(tmp_path: Path) -> None:
    assert looks_like_html(PAGE.format(charset="utf-8"))
    assert not looks_like_html("경찰은 <오늘> 발표했다.\n공안국은 단속을 강화했다.")
    saved = tmp_path / "article.txt"  # a saved page under a text name
    saved.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    document = segment_file(saved)
    assert document.metadata.extracted_from in ("html", "html-visible")
    texts = [s.text for s in document.sentences]
    assert texts[0] == "공안국 전신사기 718건 방지"
    assert "연길시공안국은 올해 전신사기 사건 718건을 미연에 방지했다고 밝혔다." in texts
    assert not any("Copyright" in t or "스포츠" in t for t in texts)
    assert all(document.text[s.start : s.end] == s.text for s in document.sentences)  # offsets index the extracted text
    assert document.metadata.source and "김철 기자" in document.metadata.source  # the glued prefix went to metadata


def test_a_declared_charset_is_verified_against_the_bytes(tmp_path: Path) -> None:
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">') == "gb18030"
    assert declared_charset(b'<meta charset="EUC-KR">') == "cp949"
    lying = PAGE.format(charset="euc-kr").encode("utf-8")  # declares EUC-KR, is UTF-8
    assert decode_bytes(lying).encoding == "utf-8"
    chinese = PAGE.replace("공안국 전신사기 718건 방지", "公安局防范电信诈骗718起").format(charset="gb2312").encode("gb18030")
    decoded = decode_bytes(chinese)
    assert decoded.encoding == "gb18030" and "公安局防范电信诈骗718起" in decoded.text
    page = tmp_path / "gb.html"
    page.write_bytes(chinese)
    assert segment_file(page).encoding == "gb18030"


@pytest.mark.parametrize("declared", ["gb2312", "gbk"])
def test_a_korean_page_that_declares_a_chinese_charset_reads_as_korean(tmp_path: Path, declared: str) -> None:
    """New user 95: EUC-KR bytes also decode as GB18030, into Chinese characters that make no text,
    so a Korean page declaring gb2312 came out as Chinese mojibake with exit 0. The declared codec
    stands only when no other reads the bytes markedly better; a true Chinese page keeps its own."""
    korean = PAGE.format(charset=declared).replace("</article>", "<p>" + KOREAN_BODY + "</p></article>").replace("©", "(c)").encode("cp949")
    decoded = decode_bytes(korean)
    assert decoded.encoding == "cp949" and "연길시공안국은" in decoded.text
    page = tmp_path / "ko.html"
    page.write_bytes(korean)
    document = segment_file(page)
    assert document.lang == "ko" and document.metadata.title == "공안국 전신사기 718건 방지"
    chinese = PAGE.replace("공안국 전신사기 718건 방지", "公安局防范电信诈骗718起").format(charset="gb2312").encode("gb18030")
    assert decode_bytes(chinese).encoding == "gb18030"
    # code review 95: where charset-normalizer gives up on the declared codec's reading altogether
    # (sentences of developed real pairs), that reading is as chaotic as can be, not left unjudged
    hopeless = (
        '<html><head><meta charset="gb2312"><title>보도에 따르면</title></head><body><p>보도에 따르면 최근 중국·미얀마·태국 3국 경찰의 통신 사기 범죄 합동 단속이 '
        "본격화하면서 미얀마 미야와디 지역에 있던 중국 국적 용의자 1천178명이 체포돼 태국을 경유, 중국에 송환됐습니다. 만약 사기를 당했으면 제때에 소재한 "
        "국가의 경찰에 신고해야 한다.</p></body></html>"
    ).encode("cp949")
    assert decode_bytes(hopeless).encoding == "cp949"


def test_the_headline_comes_from_the_title_when_the_extractor_leaves_it_out() -> None:
    assert page_headline("10年前父親掐死兒後自縊 - 生活 - 自由時報電子報") == "10年前父親掐死兒後自縊"
    assert page_headline("조글로 | 공안국 전신사기 718건 방지") == "공안국 전신사기 718건 방지"
    assert page_headline(None) is None
    page = extract_html(PAGE.format(charset="utf-8").replace("<h1>공안국 전신사기 718건 방지</h1>", ""))
    assert page.text.startswith("공안국 전신사기 718건 방지\n")


def test_an_h1_broken_by_a_line_break_is_a_headline_over_its_info_line(tmp_path: Path) -> None:
    """A county police site prints the headline and the info line in one h1, parted by a <br>: the
    headline is the first line, the info line is read as one (its date in the metadata), and neither
    is glued into one dropped line."""
    page = PAGE.format(charset="utf-8").replace(
        "<h1>공안국 전신사기 718건 방지</h1>",
        "<h1>공안국 전신사기 718건 방지<br /><span>발표시간: 2023-09-05 16:08 작성자: 김철 출처: 연길시공안국</span></h1>",
    )
    extracted = extract_html(page)
    assert extracted.title == "공안국 전신사기 718건 방지"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    document = segment_file(path, "ko")
    assert [s.text for s in document.sentences if s.heading] == ["공안국 전신사기 718건 방지"]
    assert document.metadata.title == "공안국 전신사기 718건 방지"
    assert document.metadata.published == "2023-09-05"
    assert not any("718건 방지" in d.text for d in document.dropped)
    # code review 95: a kicker in brackets or a date over the headline is no title
    for over in ("【연길소식】", "2023-09-05"):
        kicked = extract_html(PAGE.format(charset="utf-8").replace("<h1>공안국 전신사기 718건 방지</h1>", f"<h1>{over}<br />공안국 전신사기 718건 방지</h1>"))
        assert kicked.title == "공안국 전신사기 718건 방지"


def test_keeping_the_boilerplate_of_a_page_keeps_every_line_it_shows_and_jsonl_holds_the_text_offsets_index(tmp_path: Path) -> None:
    """New user 95: `--keep-boilerplate` on a saved page still lost the menu and the footer the
    extractor leaves out, though it says "keep every line"; and the offsets of a page index the text
    extracted from it, which no output held. Kept, a page reads as all it shows; the JSONL output
    holds the text its offsets index."""
    import json

    from typer.testing import CliRunner

    from align.cli import app

    path = tmp_path / "page.html"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    kept = segment_file(path, "ko", keep_boilerplate=True)
    assert kept.metadata.extracted_from == "html-visible" and not kept.dropped
    assert any("스포츠" in s.text for s in kept.sentences) and any("All rights reserved" in s.text for s in kept.sentences)
    result = CliRunner().invoke(app, ["segment", str(path), "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    (text,) = [r["text"] for r in records if r["type"] == "text"]
    spans = [r for r in records if r["type"] in ("sentence", "dropped")]
    assert spans and all(text[r["start"] : r["end"]] == r["text"] for r in spans)


def test_a_page_whose_date_the_cautious_search_misses_gets_the_extensive_searchs() -> None:
    """Developed pages h22 and h36 (Hong Kong news sites) state their date where trafilatura's
    cautious search does not look: htmldate's extensive search finds it (their meta.json: 2020-08-09,
    2018-07-27); a date the text states still comes first (h40's source line, not a script's)."""
    assert segment_file(DATA / "html" / "h22.html").metadata.published == "2020-08-09"
    assert segment_file(DATA / "html" / "h36.html").metadata.published == "2018-07-27"
    h40 = segment_file(DATA / "html" / "h40.html").metadata
    assert h40.published == "2018-10-29" and h40.date is None



def test_a_pages_date_that_agrees_with_the_one_its_text_states_is_its_date_line(tmp_path: Path) -> None:
    """Verification 95: a page whose byline line states its date (`리철 기자 2024-03-18 09:40`) lost
    the page's own date as its date line, though the two agree."""
    page = PAGE.format(charset="utf-8").replace("<head>", '<head><meta property="article:published_time" content="2024-03-18T09:40:00+08:00">')
    page = page.replace("</article>", "<p>연변일보 리철 기자 2024-03-18 09:40</p></article>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    metadata = segment_file(path, "ko").metadata
    assert metadata.published == "2024-03-18" and metadata.date is not None and metadata.date.startswith("2024-03-18")


def test_the_searched_date_is_a_day_the_page_writes_and_no_page_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Code review 95: htmldate's extensive search made a year alone the 1st of January (a footer's
    `© 2003-2025` gave a 2021 article 2025-01-01), and a page given as a string that starts with
    `http` and has no space was fetched as an address. The date must be a day the page writes; the
    page goes to htmldate parsed, never as a string."""
    import htmldate.utils

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("align fetched a page")

    monkeypatch.setattr(htmldate.utils, "fetch_url", no_network)
    body = "<p>1月8日，全国公安机关组织开展庆祝活动，民警代表受到表彰。</p>"
    assert extract_html(f"<html><head><title>警察节</title></head><body>{body}<footer>Copyright © 2003-2025</footer></body></html>").date is None
    assert extract_html(f"<html><head><title>警察节</title></head><body><div class=\"datetime\">2021年1月10日 16:39</div>{body}</body></html>").date == "2021-01-10"
    assert extract_html(f"http://127.0.0.1:1/saved<html><head><title>警察节</title></head><body>{body}</body></html>").date is None


def test_a_byline_the_page_prints_outside_the_extracted_text_comes_before_its_author_field() -> None:
    """Developed page h03 (a Naver copy of a 부산일보 report) prints `송현수 기자(songh@busan.com)` in a
    byline box under the article, outside what the extractor keeps; its author field names the
    paper and the portal (`부산일보; 네이버`). The printed byline is the byline (its meta.json: 송현수)."""
    assert segment_file(DATA / "html" / "h03.html").metadata.byline == "송현수 기자"
    # new user 95: an author field holding a login widget's words (developed h38) or a column's
    # label and its day parted by a bar (h30) names no one; a bare name stays (h39)
    assert segment_file(DATA / "html" / "h38.html").metadata.byline is None
    assert segment_file(DATA / "html" / "h30.html").metadata.byline is None
    assert segment_file(DATA / "html" / "h39.html").metadata.byline == "石鏡泉"
    assert _author_field("发表于", "zh") is None and _author_field("石鏡泉", "zh") == "石鏡泉"
    # verification 95b: a byline found on the whole page names a reporter, without a date or a
    # share button glued to it; a label alone is none
    assert _printed_byline("★酒駕零容忍 警方加強路檢") is None
    assert _printed_byline("정유진 기자 2024.09.03 06:00 기사 공유") == "정유진 기자"
    assert _printed_byline("14:35聯合報 記者王宗銘／即時報導") == "聯合報 記者王宗銘／即時報導"
    assert _printed_byline("中央社記者邱俊欽桃園傳真 105年3月19日") == "中央社記者邱俊欽桃園傳真"
    assert _author_field("责任编辑：", "zh") is None and _author_field("기자", "ko") is None and _author_field("입력", "ko") is None
    # trial 11: a comment form's account box taken for the author (网易)
    assert _author_field("点击登录; 昵称： 昵称; 网易通行证： 密码： 自动登录 注册", "zh") is None and _author_field("로그인 | 회원가입", "ko") is None
    assert _author_field("陳大文 註冊社工", "zh") == "陳大文 註冊社工"  # (a registered profession, no account box: review 100b)


def test_the_pages_own_title_names_the_article_when_the_extractor_took_a_box_heading() -> None:
    """A mainland portal page: the extractor took the heading of a related-news box for the title;
    the page's <title> is not that and shares the body's words, so its headline part is the
    headline. A title the extractor read from the <title> stays, however little of it the body repeats."""
    body = "新华网北京4月17日电 民警在河边救起一名落水老人，老人已无大碍。"
    assert article_headline("更多关于 民警 救人 的新闻", "民警河边救起落水老人_新闻中心_新浪网", body) == "民警河边救起落水老人"
    assert article_headline(None, "民警河边救起落水老人_新闻中心_新浪网", body) == "民警河边救起落水老人"
    assert article_headline("落水老人获救", "落水老人获救 - 平安网", body) == "落水老人获救"
    assert article_headline("更多关于 民警 救人 的新闻", "", body) == "更多关于 民警 救人 的新闻"


def test_a_meta_title_cut_at_the_headlines_own_quote_is_the_whole_title() -> None:
    """A page's `<meta name="title" content="…">` that the headline's own unescaped `"` ends early:
    the extractor reads the title cut off before the quote; the <title> has it whole, and so has the
    document (no half headline prepended to the body). A title that merely starts the <title> with
    no quote after it (a site name glued on) is no cut."""
    html = (
        '<html><head><meta charset="utf-8"><meta name="title" content="超時工作不改 "法朋"太血汗!" />'
        '<title>超時工作不改 "法朋"太血汗!</title></head><body><div class="news">'
        '<div class="title">超時工作不改 "法朋"太血汗!</div><div>2014/11/11 12:07 綜合報導</div>'
        "<p>台北東區知名排隊甜點店「法朋」遭到離職員工爆料，長期超時工作，勞動局已經介入調查。</p>"
        "<p>員工從上午六點工作到晚上十一點是常有的事，甚至有女員工半夜騎車回家差點發生車禍。</p>"
        "<p>店家坦承還是有做不好的地方，承諾會改進，讓工作環境更合理。</p></div></body></html>"
    )
    page = extract_html(html)
    assert page.title == '超時工作不改 "法朋"太血汗!'
    assert not page.text.startswith("超時工作不改\n")
    body = "店家坦承還是有做不好的地方。"
    assert article_headline("超時工作不改", '超時工作不改 "法朋"太血汗!', body) == '超時工作不改 "法朋"太血汗!'
    assert article_headline("超時工作不改", "超時工作不改新聞網", body) == "超時工作不改"


def test_a_headline_quoted_in_a_reposts_original_title_line_is_no_headline_printed(tmp_path: Path) -> None:
    """A portal's repost (a local set of saved pages kept outside the repository): the extractor
    leaves out the h1 and its text opens with `（原标题：…）`, which quotes the headline. The headline is
    put back above the body, whole: the h1 prints the column's name before `｜` as part of it. A
    headline printed over its deck on two lines is there already and is not put back."""
    headline = "全球媒体聚焦｜美国政府停摆将对整个经济系统产生冲击"
    html = (
        f'<html><head><meta charset="utf-8"><title>{headline}|美国联邦政府_网易政务</title></head><body>'
        f'<div class="post_main"><h1 class="post_title">{headline}</h1><div class="post_body">'
        f"<p>（原标题：{headline}）</p>"
        "<p>目前，美国联邦政府停摆已超过半个月，短期内仍未看到停摆结束的迹象。</p>"
        "<p>报道称，随着联邦政府各部门数百万工作人员本周开始领不到工资，许多人开始削减开支。</p>"
        "<p>报道指出，已有迹象表明，企业和消费者信心已经下降，而这可能导致未来经济疲软。</p></div></div></body></html>"
    )
    page = extract_html(html)
    assert page.text.startswith(headline + "\n")
    saved = tmp_path / "repost.html"
    saved.write_text(html, encoding="utf-8")
    assert segment_file(saved).sentences[0].text == headline
    assert article_headline(headline, f"{headline}|美国联邦政府_网易政务", "", top_headings=frozenset([without_spaces(headline)])) == headline


def test_a_shorter_title_rewriting_a_good_headline_does_not_replace_it() -> None:
    """Code review 54: a page whose <title> is the usual shorter rewrite of its h1 headline keeps the
    h1 headline, through the whole HTML path and when asked directly."""
    html = (
        '<html><head><meta charset="utf-8"><meta property="og:title" content="暖心！民警跳河救起落水老人">'
        "<title>民警救起落水老人 - 图片频道 - 新华网</title></head><body>"
        '<div class="header"><h1 class="title">暖心！民警跳河救起落水老人</h1></div><div class="content">'
        "<p>新华网北京4月17日电 民警在河边救起一名落水老人，老人已无大碍。</p>"
        "<p>当天下午，一名老人在河边散步时不慎落水，巡逻民警发现后立即跳入河中施救。</p>"
        "<p>目前，老人身体状况良好，已被家人接回家中。</p></div></body></html>"
    )
    page = extract_html(html)
    assert page.title == "暖心！民警跳河救起落水老人" and page.text.startswith("暖心！民警跳河救起落水老人\n")
    body = "서울경찰청은 어린이보호구역에서 교통안전 캠페인을 벌였다. 경찰은 스쿨존 단속을 이어간다."
    assert article_headline("경찰, 스쿨존 지키기 총력…어린이보호구역 교통안전 캠페인", "교통안전 캠페인 - 서울경찰청 | 뉴스", body) == "경찰, 스쿨존 지키기 총력…어린이보호구역 교통안전 캠페인"


def test_an_icons_title_is_no_page_title_and_a_sidebars_h1_no_headline() -> None:
    """Code review 54: an inline <svg>'s <title> is not the page's; a related box's heading printed as
    the page's only h1, inside an <aside>, does not keep the page's own <title> from naming the article."""
    assert read_page('<html><body><svg><title>검색</title></svg><p>경찰은 단속을 이어갔다.</p></body></html>').title == ""
    html = (
        '<html><head><meta charset="utf-8"><title>民警河边救起落水老人_新闻中心_新浪网</title></head><body><div class="content">'
        "<p>新华网北京4月17日电 民警在河边救起一名落水老人，老人已无大碍。</p>"
        "<p>当天下午，一名老人在河边散步时不慎落水，巡逻民警发现后立即跳入河中施救。</p>"
        "<p>目前，老人身体状况良好，已被家人接回家中。</p></div>"
        '<aside><h1>更多关于 民警 救人 的新闻</h1><ul><li><a href="/a">民警救人获表彰</a></li></ul></aside></body></html>'
    )
    assert read_page(html).top_headings == frozenset()
    assert extract_html(html).text.startswith("民警河边救起落水老人\n")


def test_real_saved_pages_keep_their_headline_and_body() -> None:
    folder = Path(__file__).resolve().parent.parent / "data" / "html"
    page = folder / "h04.html"
    if not page.exists():
        pytest.skip("no saved page h04")
    document = segment_file(page)
    gold = [line for line in (folder / "h04.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = "".join(s.text for s in document.sentences).replace(" ", "")
    assert sum(g.replace(" ", "") in kept for g in gold) >= len(gold) - 1
    assert document.metadata.date == "2018-07-31"


def test_sentences_the_extractor_skipped_inside_the_body_are_restored() -> None:
    visible = "\n".join(
        [
            "홈 | 뉴스",
            "기사 제목",
            "◆ 박지원> 그렇게는 가지 않을 겁니다.",
            "◇ 김현정> 그건 아니라고 보세요. 알겠습니다.",
            "광고",
            "정치 9단의 전망과 사면론",
            "◆ 박지원> 네, 잘하겠습니다.",
            "많이 본 뉴스",
        ]
    )
    extracted = "\n".join(["◆ 박지원> 그렇게는 가지 않을 겁니다.", "◆ 박지원> 네, 잘하겠습니다."])
    restored = restore_skipped(extracted, visible, frozenset({"정치9단의전망과사면론"}))
    assert restored.splitlines() == [
        "◆ 박지원> 그렇게는 가지 않을 겁니다.",
        "◇ 김현정> 그건 아니라고 보세요. 알겠습니다.",
        "정치 9단의 전망과 사면론",
        "◆ 박지원> 네, 잘하겠습니다.",
    ]
    assert restore_skipped(extracted, "") == extracted


def test_a_lead_also_shown_in_a_summary_box_or_a_merged_line_brings_nothing_back() -> None:
    lead, second = "경찰은 11일 보이스피싱 조직원 26명을 검거했다.", "경찰은 추가 수사를 이어갈 계획이다."
    sidebar = [f"다른 기사 제목 {n}번이 많이 읽혔습니다." for n in range(15)]
    visible = "\n".join([lead, *sidebar, lead, second])
    assert restore_skipped("\n".join([lead, second]), visible) == "\n".join([lead, second])
    merged = lead + " " + second
    assert restore_skipped("\n".join(["제목", merged, "끝 문장도 본문입니다."]), "\n".join(["제목", lead, second, "끝 문장도 본문입니다."])).count(lead) == 1


def test_pictures_and_their_captions_can_be_left_out_of_the_visible_text() -> None:
    html = '<html><body><p>경찰은 단속을 이어갈 계획이다.</p><figure><img src="a.jpg"><figcaption>단속 현장 모습.</figcaption></figure><div class="photoCaption">현장 사진.</div></body></html>'
    assert "단속 현장 모습." in visible_text(html)
    assert visible_text(html, pictures=False) == "경찰은 단속을 이어갈 계획이다."


def test_a_saved_interview_keeps_the_turns_the_extractor_skipped() -> None:
    folder = Path(__file__).resolve().parent.parent / "data" / "html"
    kept = {s.text for s in segment_file(folder / "h18.html").sentences}
    assert (
        "◇ 김현정> 그건 아니라고 보세요. 알겠습니다." in kept
        and "어제 문희상 국회의장이 퇴임 기자회견을 했는데 우리 정치에 대한 여러 의견들을 밝히면서 찬반논란이 붙을 만한 말씀도 하나 했어요." in kept
    )


paragraph = st.lists(st.sampled_from(list("경찰공안국사기단속警务室派出所民警破获 .,。！?1234<>") + ["다. ", "했다.", "&amp;"]), max_size=30).map("".join)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=6), st.sampled_from(["ko", "zh"]))
def test_every_character_of_the_extracted_text_is_kept_or_dropped(paragraphs: list[str], lang: str) -> None:
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    text = extract_html(html).text
    document = segment_document(text, lang)
    covered = {i for s in document.sentences for i in range(s.start, s.end)} | {i for d in document.dropped for i in range(d.start, d.end)}
    assert [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered] == []


def test_sections_of_a_body_the_extractor_skipped_come_back_but_related_links_beside_it_do_not() -> None:
    briefs = [f"● 경찰은 {n}일 음주운전 단속을 벌여 {n + 3}명을 적발했다고 밝혔다." for n in range(1, 4)]
    kept = ["● 파출소는 야간 순찰을 두 배로 늘렸다고 밝혔다.", "● 공안청은 교통안전 교육을 이어갈 계획이다."]
    html = (
        "<html><body><div id='menu'><a href='/1'>홈</a> <a href='/2'>사회</a></div><div id='content'>"
        + "".join(f"<h1>{line}</h1><p><img src='{n}.jpg'></p>" for n, line in enumerate(briefs))
        + "<section>"
        + "".join(f"<p>{line}</p>" for line in kept)
        + "</section>"
        + "</div><div id='related'>"
        + "".join(f"<p><a href='/r{n}'>다른 기사 {n}번은 이렇게 끝났다.</a></p>" for n in range(5))
        + "</div></body></html>"
    )
    page = read_page(html)
    around = body_around("\n".join(kept), page.lines)
    restored = restore_skipped("\n".join(kept), page.without_pictures, page.headings, around).splitlines()
    assert restored == [*briefs, *kept]
    linked = html.replace("<h1>", "<h1><a href='/x'>").replace("</h1>", "</a></h1>")  # a list of links is no body
    assert body_around("\n".join(kept), read_page(linked).lines) == frozenset()


def test_lines_know_the_elements_that_hold_them_and_their_link_letters() -> None:
    page = read_page("<html><body><div><p>경찰은 <a href='/a'>단속</a>을 이어갔다.</p><p>둘째\n줄</p></div></body></html>")
    assert [line.text for line in page.lines] == ["경찰은 단속을 이어갔다.", "둘째", "줄"]
    first, second, third = page.lines
    assert first.link_letters == 2 and second.link_letters == 0
    assert first.holders[:-1] == second.holders[:-1] and first.holders != second.holders and second.holders == third.holders


def test_a_comment_list_beside_the_article_stays_out_though_it_is_finished_sentences() -> None:
    briefs = [f"● 경찰은 {n}일 음주운전 단속을 벌여 {n + 3}명을 적발했다고 밝혔다." for n in range(1, 4)]
    kept = ["● 파출소는 야간 순찰을 두 배로 늘렸다고 밝혔다.", "● 공안청은 교통안전 교육을 이어갈 계획이다."]
    comments = ["정말 무서운 세상이네요.", "경찰분들 수고 많으셨습니다.", "처벌을 더 강하게 해야 합니다."]
    html = (
        "<html><body><div id='content'>"
        + "".join(f"<h1>{line}</h1>" for line in briefs)
        + "<section>" + "".join(f"<p>{line}</p>" for line in kept) + "</section>"
        + "<div class='commentList'>" + "".join(f"<div><span>독자{n}</span><p>{c}</p></div>" for n, c in enumerate(comments)) + "</div>"
        + "</div></body></html>"
    )
    page = read_page(html)
    restored = restore_skipped("\n".join(kept), page.without_pictures, page.headings, body_around("\n".join(kept), page.lines)).splitlines()
    assert restored == [*briefs, *kept]


def test_a_page_nested_deeper_than_the_parsers_default_keeps_its_text() -> None:
    html = "<html><body>" + "<div>" * 300 + "<p>경찰은 단속을 이어갔다.</p>" + "</div>" * 300 + "</body></html>"
    assert read_page(html).visible == "경찰은 단속을 이어갔다."


def test_a_line_the_extractor_glued_from_the_pages_own_lines_is_split_back() -> None:
    visible = "\n".join(["分享至line", "2018年09月16日 15:31", "中時", "謝明俊", "北市士林區一處民宅驚傳一對母子身亡，消防局據報派出人車趕往。", "推薦閱讀"])
    glued = "2018年09月16日 15:31 中時 謝明俊 北市士林區一處民宅驚傳一對母子身亡，消防局據報派出人車趕往。"
    assert split_merged(glued, visible).splitlines() == ["2018年09月16日 15:31", "中時", "謝明俊", "北市士林區一處民宅驚傳一對母子身亡，消防局據報派出人車趕往。"]
    assert split_merged("北市士林區一處民宅驚傳一對母子身亡，另一段文字。", visible) == "北市士林區一處民宅驚傳一對母子身亡，另一段文字。"  # no run of the page's lines


def test_a_line_glued_from_the_end_of_one_page_line_and_the_start_of_the_next_is_cut_where_they_meet() -> None:
    """A saved portal page: the extractor broke a caption at a line break of its source and glued the
    caption's last words (its credit) to the paragraph under it; the glued line is cut where the
    page's own lines meet, so the credit no longer hides the lead's start."""
    visible = "\n".join(["图为民警在现场勘查，群众围观。 记者 张三 摄", "12日，警方通报了案情。", "此案正在进一步调查中。"])
    glued = "图为民警在现场勘查，\n群众围观。 记者 张三 摄12日，警方通报了案情。\n此案正在进一步调查中。"
    assert split_merged(glued, visible).splitlines() == ["图为民警在现场勘查，", "群众围观。 记者 张三 摄", "12日，警方通报了案情。", "此案正在进一步调查中。"]


def test_a_paragraph_broken_in_the_pages_source_stays_one_line() -> None:
    html = "<html><body><div><p>대전유성경찰서는 17일 지족초등학교 앞에서\n교통안전 캠페인을 벌였다고 밝혔다.</p><p>경찰은 단속을 이어갈 계획이다.</p></div></body></html>"
    assert extract_html(html).text.splitlines()[0] == "대전유성경찰서는 17일 지족초등학교 앞에서 교통안전 캠페인을 벌였다고 밝혔다."


def test_a_line_printed_thousands_of_times_is_tried_as_a_start_only_a_few_times() -> None:
    visible = "\n".join(["가"] * 5000 + ["경찰은 단속을 이어갈 계획이다."])
    assert split_merged("가가가가가가가가가가 다른 문장", visible) == "가가가가가가가가가가 다른 문장"
    assert split_merged("가가", visible).splitlines() == ["가", "가"]


def test_links_to_other_articles_inside_the_body_are_dropped_as_related(tmp_path: Path) -> None:
    """Outside saved pages (a BBC 中文 article): a list of other articles' titles inside the
    article's block is kept by the extractor as lines of text; on the page each is a link and no
    sentence, so it is dropped as related. A linked headline and a linked sentence stay."""
    body = ["香港大埔宏福苑昨日发生五级火警，警方已拘捕三名涉嫌误杀的男子。", "消防处表示，火势在棚架开始蔓延，波及其余六座大厦。", "警方呼吁市民提供线索，协助调查起火原因。"]
    links = ["“这本可避免”：香港大火后的怒火与未解疑问", "香港宏福苑大火：死亡数字升至146人"]
    sentence = "政府宣布成立独立委员会，检讨楼宇维修工程的监管。"
    html = (
        "<html><head><title>香港宏福苑大火：警方拘捕三人 - BBC News 中文</title></head><body><main><article>"
        "<h1><a href='/a'>香港宏福苑大火：警方拘捕三人</a></h1>"
        + "".join(f"<p>{line}</p>" for line in body[:2])
        + "<ul>" + "".join(f"<li><a href='/r{n}'>{line}</a></li>" for n, line in enumerate(links)) + "</ul>"
        + f"<p>{body[2]}</p><p><a href='/s'>{sentence}</a></p>"
        + "</article></main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    document = segment_file(path, "zh")
    assert [s.text for s in document.sentences] == ["香港宏福苑大火：警方拘捕三人", *body, sentence]
    assert [s.index for s in document.sentences] == list(range(len(document.sentences)))
    assert [(d.reason, d.text) for d in document.dropped if d.reason == "related"] == [("related", line) for line in links]


def test_links_to_other_articles_with_their_dates_ranks_and_view_counts_are_dropped_as_related(tmp_path: Path) -> None:
    """A portal's saved page (a local set kept outside the repository): under the article, a list of
    other articles, each link followed by its date (`彩虹精化复牌四跌停 2011/08/10`), and a ranking, each
    link between its rank and its view count (`1` … `106148`). The extractor keeps both as list items
    (`- …`); the date, the rank and the count are no title's letters, so each item is a link."""
    body = ["深交所昨日对彩虹精化及其董事长给予公开谴责的处分。", "今年3月，彩虹精化披露其子公司签订意向性合同，采购总额约20.75亿元。", "5个月后，彩虹精化公布自查结果，承认公告中披露的信息有误。"]
    dated = ["彩虹精化案知情人爆料 有内幕人买股获利", "彩虹精化巨量资金抢反弹 全天换手率逾四成"]
    ranked = ["北车动车车轴上路半月查出不明裂纹", "武汉拟建中国第一高楼 选址汉正街高达666米"]
    html = (
        "<html><head><meta charset='utf-8'><title>彩虹精化遭公开谴责_网易财经</title></head><body><div class='post'>"
        "<h1>彩虹精化遭公开谴责</h1><div class='post_text'>"
        + "".join(f"<p>{line}</p>" for line in body)
        + "<ul>" + "".join(f"<li><a href='/r{n}'>{line}</a> 2011/08/10</li>" for n, line in enumerate(dated)) + "</ul>"
        + "<ul>" + "".join(f"<li><span>{n + 1}</span><a href='/t{n}'>{line}</a><em>{106148 - 20000 * n}</em></li>" for n, line in enumerate(ranked)) + "</ul>"
        + "</div></div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    kept = [s.text for s in segment_file(path, "zh").sentences]
    assert kept == ["彩虹精化遭公开谴责", *body]
    links = linked_lines(read_page(html))
    assert {without_spaces(f"{line} 2011/08/10") for line in dated} <= links
    assert {without_spaces(f"{n + 1}{line}{106148 - 20000 * n}") for n, line in enumerate(ranked)} <= links
    assert not {without_spaces(line) for line in body} & links


def test_a_linked_headline_and_a_crosshead_a_menu_also_links_to_stay(tmp_path: Path) -> None:
    """Code review 55b: the page's h1 in a link, and a crosshead whose words a menu item or a contents
    list also shows as a link, are the article's; a linked paragraph holding a finished sentence stays."""
    body = ["香港大埔宏福苑昨日发生五级火警，警方已拘捕三名涉嫌误杀的男子。", "消防处表示，火势在棚架开始蔓延，波及其余六座大厦。"]
    advice = "警方呼吁市民提供线索，协助调查起火原因。"
    html = (
        "<html><head><title>宏福苑大火 警方拘捕三人 - 新闻网</title></head><body>"
        "<nav><a href='/1'>首页</a> <a href='/2'>警方提醒</a></nav><main><article>"
        "<h1><a href='/a'>宏福苑大火 警方拘捕三人</a></h1>"
        + "".join(f"<p>{line}</p>" for line in body)
        + f"<h2>警方提醒</h2><p>{advice}</p><p><a href='/b'>消防处呼吁居民检查家中电线。另有两人受伤送院</a></p>"
        + "</article></main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    sentences = [s.text for s in segment_file(path, "zh").sentences]
    assert sentences[0] == "宏福苑大火 警方拘捕三人"
    assert "警方提醒" in sentences and advice in sentences
    assert "消防处呼吁居民检查家中电线。" in sentences


def test_a_self_closed_style_or_script_tag_opens_its_element_as_a_browser_reads_it(tmp_path: Path) -> None:
    """A TV news page (a local set kept outside the repository) writes `<style type="text/css" />`
    and its style sheet after it, up to `</style>`: a browser ignores the slash, so the style sheet is
    no page text; the parser had shown it as lines of text and kept `vertical-align : middle;` as the
    article's first sentence. A void element's slash (`<br/>`) and a page without a closing tag keep
    their text."""
    body = "到了年底您預期今年可以領到多少年終呢？就有求職網調查，今年國內企業平均發放的年終獎金是1.38個月。"
    html = (
        '<html><head><meta charset="utf-8"><title>年終平均1.38月</title></head><body>'
        '<style type="text/css" />\nbody { MARGIN: 0 0 0 0; }\n#NewsTopText { vertical-align : middle; }\n</style>'
        '<script src="/ad.js" />var slot = "頭條廣告";</script>'
        f"<h1>年終平均1.38月</h1><div class='news'><p>{body}<br/>調查指出，三成企業今年加碼辦尾牙。</p></div></body></html>"
    )
    assert "vertical-align" not in visible_text(html) and "頭條廣告" not in visible_text(html)
    assert "調查指出" in visible_text(html)
    saved = tmp_path / "page.html"
    saved.write_text(html, encoding="utf-8")
    text = " ".join(s.text for s in segment_file(saved, "zh").sentences)
    assert "MARGIN" not in text and "vertical-align" not in text and "到了年底" in text
    assert "body { MARGIN" in visible_text("<html><body><style/>body { MARGIN: 0 }</body></html>")  # no </style>: text as parsed


def test_code_review_65_a_linked_title_and_its_date_in_a_paragraph_a_style_in_an_svg_and_a_title_cut_short() -> None:
    """A link with its date in a paragraph of the article (a notice it cites) is no list's item and
    stays; `<style/>` inside an inline `<svg>` closes there, so the paragraphs after it stay; a meta
    title cut at the headline's quote however short (`尹 "…"` read as `尹`) gives the <title>'s."""
    notice = "教育部关于做好2023年秋季学期学生资助工作的通知"
    html = (
        "<html><head><meta charset='utf-8'><title>学生资助政策解读</title></head><body><div class='article'><h1>学生资助政策解读</h1>"
        "<p>教育部近日印发通知，部署秋季学期学生资助工作，要求各地做好资助政策宣传。</p>"
        f"<p><a href='/n'>{notice}</a> 2023年9月1日</p>"
        "<p>通知强调，各地要确保家庭经济困难学生应助尽助，不让一名学生因家庭经济困难而失学。</p></div></body></html>"
    )
    assert without_spaces(f"{notice} 2023年9月1日") not in linked_lines(read_page(html))
    svg = (
        "<html><head><meta charset='utf-8'><title>城市居民消费价格</title></head><body><div class='article'><h1>城市居民消费价格</h1>"
        "<p><svg width='8' height='8'><style/><path d='M0 0h8v8H0z'/></svg>国家统计局城市司首席统计师对数据进行了解读。</p>"
        "<p>9月份，全国居民消费价格同比持平，环比上涨0.2%。</p><style>.x{color:red}</style></div></body></html>"
    )
    assert "9月份，全国居民消费价格同比持平" in visible_text(svg)
    headline = '尹 "민생 경제 회복 대책 조속히 마련하라"'
    assert article_headline("尹", headline, "윤석열 대통령은 민생 경제 회복 대책을 조속히 마련하라고 지시했다.") == headline



def test_a_lead_the_extractor_left_with_the_photo_box_above_it_is_put_back(tmp_path: Path) -> None:
    """A TV news page (a local set of saved pages kept outside the repository): the body's element
    opens with a photo box inside a paragraph, and the lead follows the box as loose text; the
    extractor kept the caption and the paragraphs after the lead, not the lead. A line of the body's
    own element right above a kept line, and no link, is put back."""
    lead = "강남 40대 여성 납치·살해 사건의 배후로 의심되는 유모 씨가 구속된 주범 이경우(36)와 범행 직후 두 차례 만난 정황을 경찰이 확보했다."
    body = [
        "이경우는 유씨와 그의 아내 황모 씨에게 범행 이전 4천만 원을 받았고 범행 직후에도 도피자금 명목의 돈을 요구한 것으로 전해졌다.",
        "경찰은 이같은 정황이 이경우에게 살인을 의뢰한 혐의를 뒷받침한다고 보고 5일 유씨를 체포해 구체적 사실을 추궁하고 있다.",
        "서울 수서경찰서는 이날 오후 3시 6분 경기 용인시 수지구의 한 백화점에서 유씨를 강도살인교사 혐의로 체포했다.",
        "4시 10분경부터는 유씨 주거지와 차량 등을 압수수색해 관련 증거물을 확보했다.",
    ]
    html = (
        '<html><head><meta charset="utf-8"><title>살인교사 의혹 공범 체포</title></head><body>'
        '<div class="header"><h1>살인교사 의혹 공범 체포</h1><p>등록 2023.04.05 19:50</p></div>'
        '<div class="contents" itemprop="articleBody"><div class="article_detail_body"><div class="article font03"><p>'
        '<div class="article_img center"><p class="photo"><img src="a.jpg" alt=""><p class="aboutPhoto">구속된 이경우(36) /서울경찰청 제공</p></p></div>'
        f"{lead}<br><br>" + "<br><br>".join(body) + "</p></div></div></div></body></html>"
    )
    saved = tmp_path / "page.html"
    saved.write_text(html, encoding="utf-8")
    kept = [s.text for s in segment_file(saved, "ko").sentences]
    assert lead in kept and body[0] in kept


def test_text_on_both_sides_of_a_photo_box_the_extractor_left_out_stays_two_lines() -> None:
    """A portal's article page (a local set of saved pages kept outside the repository): the summary
    above the body, then a photo box (its image and caption), then the lead with its wire credit, no
    line break between them but the box's. The extractor left the box out and glued the summary's
    last line to the lead, so the credit was no longer at a line's start and stayed in the text. The
    page read without its pictures keeps a line break where the box was, and the glued line is split
    there."""
    summary = ["6월18일 '갤럭시 북4 엣지' 출시", "스마트폰 연동으로 AI 더 쉽게 사용"]
    lead = "삼성전자가 올해 더 강력한 인공지능(AI) 기능을 갖춘 '갤럭시 북4 엣지'로 국내 AI PC 시장을 주도한다."
    body = ["삼성전자는 신제품 노트북 출시를 앞두고 30일 서울 용산구에서 미디어 브리핑을 진행했다.", "갤럭시 북4 엣지는 다음 달 18일 국내에 출시된다."]
    html = (
        '<html><head><meta charset="utf-8"><title>삼성 갤럭시 북4 엣지 뜬다 : 네이버 뉴스</title></head><body>'
        "<h2 class='media_end_head_headline'>AI 노트북 3대 중 2대…삼성 갤럭시 북4 엣지 뜬다</h2>"
        '<div id="contents" class="newsct_body"><article id="dic_area" class="go_trans _article_content">'
        f'<strong class="media_end_summary">{"<br>".join(summary)}</strong>'
        '<span class="end_photo_org"><div class="nbd_im_w"><img src="a.jpg" alt=""></div>'
        '<em class="img_desc">[서울=뉴시스] 미디어 브리핑에서 상품기획팀장이 신제품을 소개하고 있다. (사진 = 삼성전자) photo@newsis.com</em></span>'
        f"[서울=뉴시스]이현주 기자 = {lead}<br><br>" + "<br><br>".join(body) + "</article></div></body></html>"
    )
    page = read_page(html)
    bare = page.bare_blocks.split("\n")
    assert summary[-1] in bare and f"[서울=뉴시스]이현주 기자 = {lead}" in bare
    glued = f"{summary[0]}\n{summary[-1]}[서울=뉴시스]이현주 기자 = {lead}\n{body[0]}"
    assert split_merged(split_merged(glued, page.blocks), page.bare_blocks).split("\n") == [summary[0], summary[-1], f"[서울=뉴시스]이현주 기자 = {lead}", body[0]]
    inline = '<html><body><p>경찰은 <a href="/p"><img src="b.jpg"></a>단속을 이어갈 계획이다.</p></body></html>'
    assert read_page(inline).bare_blocks == "경찰은 단속을 이어갈 계획이다."  # an inline image link breaks no line
    # (code review 65c) a photo box set inside a sentence, after loose text that breaks off unfinished, breaks none either
    inside = (
        '<html><body><article>최 부총리는 이날 브리핑에서 내년에는<span class="end_photo_org"><div><img src="c.jpg"></div>'
        '<em class="img_desc">부총리가 경제정책방향을 발표하고 있다.</em></span>소비와 투자가 함께 살아날 것이라고 말했다.</article></body></html>'
    )
    assert read_page(inside).bare_blocks == "최 부총리는 이날 브리핑에서 내년에는소비와 투자가 함께 살아날 것이라고 말했다."


def _paragraphs_3086() -> list[str]:
    """The body lines of a real article (tests/data/pages/3086's gold lines after its headline)."""
    gold = (DATA / "pages" / "3086.gold.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in gold if line and not line.startswith("#")][1:]


def _government_page(title: str) -> str:
    """A county-government style page around a real article (`_paragraphs_3086`): a menu of links
    and a toolbar above the headline (`HEADLINE_CELL`), the paragraphs split by <br> in one table
    cell, a related list and a copyright footer naming the site below."""
    body = "<br>".join("&nbsp;&nbsp;" + line for line in _paragraphs_3086())
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<table width="1000"><tr><td><a href="/">首页</a> | <a href="/a">政务公开</a> | <a href="/b">公安动态</a> | <a href="/c">便民服务</a> | <a href="/d">互动交流</a></td></tr></table>'
        f'<table width="800">{HEADLINE_CELL}'
        '<tr><td align="center">2023-03-22 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</td></tr>'
        f'<tr><td class="content">{body}</td></tr>'
        '<tr><td>相关链接：<br><a href="/r1">南明分局召开全局工作会议</a><br><a href="/r2">交警大队开展文明交通宣传</a></td></tr></table>'
        "<table><tr><td>版权所有：贵阳市人民政府 备案号：黔ICP备00000000号</td></tr></table></body></html>"
    )


HEADLINE_3086 = "贵阳警方深夜紧急搜捕 7小时揪出犯罪嫌疑人"
HEADLINE_CELL = f'<tr><td align="center"><font size="4"><b>{HEADLINE_3086}</b></font></td></tr>'


@pytest.mark.parametrize(
    "title",
    [
        "贵阳警方深夜紧急搜捕 7小时...",  # cut off to fit the title bar
        f"{HEADLINE_3086}_贵阳市人民政府",
        "贵阳市人民政府",  # the site's name only, printed again in its footer
    ],
)
def test_the_headline_a_page_prints_is_kept_whatever_its_title_says(tmp_path: Path, title: str) -> None:
    """A page whose printed headline stands below a menu and a toolbar: the headline the page prints
    opens the article and names it in the metadata; a <title> cut off with an ellipsis is no sentence
    of its own, nor is a title naming only the site."""
    page = _government_page(title)
    saved = tmp_path / "page.html"
    saved.write_text(page, encoding="utf-8")
    document = segment_file(saved)
    texts = [sentence.text for sentence in document.sentences]
    assert texts[0] == HEADLINE_3086
    assert texts[1].startswith("3月22日,记者从贵阳公安南明分局获悉")
    assert title not in texts and "贵阳市人民政府" not in texts
    assert not extract_html(page).text.startswith("贵阳市人民政府")  # not put above the body, then dropped
    assert document.metadata.title is not None and without_spaces(HEADLINE_3086) in without_spaces(document.metadata.title)


def _article_cell_page(title: str) -> str:
    """A page whose extractor keeps only the article's cell (`_paragraphs_3086`), leaving out the
    headline printed in a cell of its own above it; the site's name in the copyright line below."""
    body = "".join(f"<p>{line}</p>" for line in _paragraphs_3086())
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<table width="1000"><tr><td width="200"><ul><li><a href="/x1">通知公告</a></li><li><a href="/x2">工作动态</a></li></ul></td>'
        f'<td width="800"><table><tr><td class="title" align="center"><b>{HEADLINE_3086}</b></td></tr>'
        f'<tr><td align="center">发布时间：2023-03-22 来源：南明分局</td></tr><tr><td class="content">{body}</td></tr></table></td></tr></table>'
        "<table><tr><td>版权所有：贵阳市人民政府 备案号：黔ICP备00000000号</td></tr></table></body></html>"
    )


def test_a_cut_off_title_finds_the_printed_headline_the_extractor_left_out() -> None:
    """The line the page prints above the body that starts with the title's words is put back whole,
    not the <title>'s cut-off words."""
    page = extract_html(_article_cell_page("贵阳警方深夜紧急搜捕 7小时..."))
    assert page.text.startswith(HEADLINE_3086 + "\n")
    assert page.title == HEADLINE_3086
    listed = extract_html(_cell_page("贵阳警方深夜紧急搜捕 7小时...", '<ul class="hot"><li onclick="go(9)">贵阳警方深夜紧急搜捕7小时回顾</li></ul>'))
    assert listed.text.startswith(HEADLINE_3086 + "\n")  # a list's item starting with the same words is no headline
    assert listed.title == HEADLINE_3086


def test_a_title_naming_only_the_site_is_not_put_back_as_the_headline() -> None:
    """A <title> that names only the site, printed again in the copyright line below the body, is
    not put above the body as the headline the extractor left out; the line the page prints over the
    body in words of its own is (session 103: the body opened the text, headless)."""
    page = extract_html(_article_cell_page("贵阳市人民政府"))
    assert page.text.startswith(HEADLINE_3086 + "\n3月22日,记者从贵阳公安南明分局获悉")
    assert page.title == HEADLINE_3086


def test_printed_headline_finds_only_the_one_line_a_cut_off_title_starts() -> None:
    """`printed_headline` looks above the body only, and only for a title cut off with an ellipsis:
    the one line there that starts with its words, no link, list item or furniture; nothing for a
    title naming the site or when two lines start with the title's words (a Korean headline ending in
    `…` and a related link going on from it)."""
    lead = "3月22日,记者从贵阳公安南明分局获悉,南明分局破获一起盗窃案。"
    shown = [PageLine(text) for text in ("首页", "政务公开", HEADLINE_3086, "2023-03-22", lead, "版权所有：贵阳市人民政府")]
    cut = "贵阳警方深夜紧急搜捕 7小时..."
    assert printed_headline(cut, shown, lead) == HEADLINE_3086
    assert printed_headline("贵阳市人民政府", shown, lead) is None
    assert printed_headline(HEADLINE_3086 + "...", shown, lead) == HEADLINE_3086  # an ellipsis after the whole headline
    assert printed_headline(cut, shown, "民警在山林中搜捕了7个小时。") is None  # the body's start is not on the page
    assert printed_headline(cut, shown, lead, frozenset([without_spaces(HEADLINE_3086)])) is None
    assert printed_headline(cut, [PageLine("贵阳警方深夜紧急搜捕7小时回顾"), *shown], lead) is None  # two lines start with the title's words
    for kind in ({"listed": True}, {"furniture": True}):
        assert printed_headline(cut, [PageLine("贵阳警方深夜紧急搜捕7小时回顾", **kind), *shown[:2], *shown[3:]], lead) is None  # a list's item, a box's line
    korean = [PageLine(text) for text in ("경찰, 스쿨존 지키기 총력…지난해 사고 30% 줄어", "경찰, 스쿨존 지키기 총력…", "경찰청은 새 학기를 맞아 전국 어린이보호구역에서 교통안전 캠페인을 벌였다.")]
    assert printed_headline("경찰, 스쿨존 지키기 총력…", korean, korean[2].text) is None


def _cell_page(title: str, above: str = "", headline_cell: str = HEADLINE_CELL, below: str = "") -> str:
    """`_article_cell_page`'s layout with a box above the page (`above`), the headline's cell
    replaced, and a box below the body (`below`)."""
    page = _article_cell_page(title)
    page = page.replace("<body>", "<body>" + above, 1).replace(f'<tr><td class="title" align="center"><b>{HEADLINE_3086}</b></td></tr>', headline_cell, 1)
    return page.replace("<table><tr><td>版权所有", below + "<table><tr><td>版权所有", 1)


@pytest.mark.parametrize(
    ("title", "above", "headline_cell", "below"),
    [
        # a breadcrumb ending with the headline, and a cut-off title: the title's words, not the breadcrumb
        ("贵阳警方深夜紧急搜捕 7小时...", f'<div>当前位置：<a href="/">首页</a> &gt; <a href="/b">公安动态</a> &gt; {HEADLINE_3086}</div>', "", ""),
        # a link to the story's sequel above the body
        ("贵阳警方深夜紧急搜捕 7小时...", f'<div><a href="/p">{HEADLINE_3086}（续）</a></div>', "", ""),
        # another article's link above the body sharing the shortened title's words
        ("贵阳警方搜捕7小时揪出嫌疑人", '<div class="hot"><a href="/9">贵阳警方7小时揪出嫌疑人 搜捕过程公布</a></div>', "", ""),
        # the headline, an image, repeated in a share box below the body: put back from the title
        (f"{HEADLINE_3086}_贵阳市人民政府", "", '<tr><td><img src="title.gif" alt=""></td></tr>', f"<div>本文标题：{HEADLINE_3086} 本文链接：http://x/1.html</div>"),
        # the headline in a hot-news list below the body
        (f"{HEADLINE_3086} - 贵阳日报", "", "", f'<div>热点新闻<ul><li><a href="/1">{HEADLINE_3086}</a></li><li><a href="/2">南明区开展消防演练活动</a></li></ul></div>'),
        # a feature's headline sharing few words with the body, the whole <title>, repeated only in a share line below
        ("山林里的七个小时", "", '<tr><td><img src="title.gif" alt=""></td></tr>', "<div>本文标题：山林里的七个小时 本文链接：http://x/1.html</div>"),
        # a related story's line starting with a cut-off title's words beside the printed headline: which is the article's?
        ("贵阳警方深夜紧急搜捕 7小时...", '<div onclick="go(9)">贵阳警方深夜紧急搜捕7小时回顾</div>', HEADLINE_CELL, ""),
    ],
)
def test_a_title_whose_headline_is_not_printed_above_the_body_is_put_back_as_it_was(title: str, above: str, headline_cell: str, below: str) -> None:
    """Near misses (code review 82): where the page prints no line above the body that the title was
    cut off from (a breadcrumb, a link to another article, a share box or a list below
    the body), the <title>'s headline part is put back above the body, as before."""
    page = extract_html(_cell_page(title, above, headline_cell, below))
    headline = page_headline(title) or title
    assert page.text.startswith(headline + "\n")
    assert page.title is not None and without_spaces(page.title).startswith(without_spaces(headline))




def test_a_title_that_adds_a_name_to_the_printed_h1_gives_the_h1() -> None:
    """Developed pages h54 and h30 (信報): the og:title adds the paper's name to the headline with two
    dashes and no space before them (`今日信報-- 內地客經港轉機恢復 空服員憂播毒`), the page's h1 prints the
    headline alone: the h1 is the headline and the metadata's title."""
    for page, headline in (("h54", "內地客經港轉機恢復 空服員憂播毒"), ("h30", "特首委任林大輝為香港電台顧問委員會主席")):
        document = segment_file(DATA / "html" / f"{page}.html")
        assert document.sentences[0].text == headline, page
        assert document.metadata.title == headline, page
    h1 = frozenset({without_spaces("內地客經港轉機恢復 空服員憂播毒")})
    body = "本港新冠肺炎疫情反覆，昨日新增69宗確診。機管局宣布機場明天起將恢復內地旅客來港轉機服務。"
    assert article_headline("今日信報-- 內地客經港轉機恢復 空服員憂播毒", "", body, top_headings=h1) == "內地客經港轉機恢復 空服員憂播毒"
    assert article_headline("內地客經港轉機恢復 空服員憂播毒 | 信報網站", "", body, top_headings=h1) == "內地客經港轉機恢復 空服員憂播毒"
    # the h1 the whole title: the whole title
    whole = "全球媒体聚焦｜美国政府停摆进入第二周"
    assert article_headline(whole, "", "美国联邦政府停摆进入第二周，多家媒体关注。", top_headings=frozenset({without_spaces(whole)})) == whole
    # near misses (code review 83): a Chinese headline's `——记…` subtitle is no separator; a logo's h1, the site's name, is no
    # headline; two parts printed as h1s say nothing of which is the headline
    profile = "坚守边关三十年——记某边防派出所所长张三"
    assert article_headline(profile, "", "张三在边防派出所工作了三十年。", top_headings=frozenset({"坚守边关三十年"})) == profile
    drunk = "男子醉驾被查获_北京市公安局官网"
    lead = "8月20日晚，民警查获一名醉酒驾驶的男子。"
    assert article_headline(drunk, "", lead, top_headings=frozenset({"北京市公安局官网"})) == article_headline(drunk, "", lead) == "男子醉驾被查获"
    both = frozenset({"男子醉驾被查获", "北京市公安局官网"})
    assert article_headline(drunk, "", lead, top_headings=both) == article_headline(drunk, "", lead)


def test_a_site_name_set_off_by_a_box_drawing_bar_is_no_headline() -> None:
    """A saved Taiwan broadcaster's page titles its articles `<headline>│<site>` with the box-drawing bar │
    (U+2502), not `|` or `｜`, and its body credits the site: the bar parts the title as the others do, and
    the part the page prints as its h1 is the headline, though the site's short name has more of its few
    letter pairs in the body (it was taken for the headline, and the real one dropped as furniture).
    Text of developed page 282 in the page's shape."""
    headline = "8小时抓获嫌疑人!蒙城警方破获一起被盗案"
    body = "从接到报警到抓获盗窃分子,蒙城县公安民警只用了8小时。\n更多新闻请看警察新闻网。"
    title = f"{headline}│警察新闻网"
    assert page_headline(title) == headline
    assert article_headline(title, title, body, top_headings=frozenset({without_spaces(headline)})) == headline
    assert article_headline(f"{headline}│警察新闻网│要闻", title, body, top_headings=frozenset({without_spaces(headline)})) == headline
    document = segment_document(f"{title}\n{body}\n", "zh")
    assert document.sentences[0].text == headline


def test_a_related_lists_labels_between_its_linked_titles_go_with_the_list(tmp_path: Path) -> None:
    """Developed page h54 (信報): under the article, lists of other articles, each linked title followed
    by a line of its column and day (`畢老林 ｜ 今日信報`, `獨眼香江 ｜ 今日`), which is no link; the titles
    are dropped as links, and the label lines between two of them, alike from item to item, go with them."""
    sentences = [s.text for s in segment_file(DATA / "html" / "h54.html").sentences]
    assert "畢老林 ｜ 今日信報" not in sentences and "今日信報" not in sentences
    assert sentences.count("獨眼香江 ｜ 今日") == 0
    body = ["警方昨日在旺角拘捕三名涉嫌盗窃的男子，检获大批赃物。", "警方呼吁市民提高警觉，发现可疑情况立即报警。"]
    titles = ["国泰蚀99亿破纪录 恐裁员", "港初创外迁避净网", "金银大调整给初哥上了宝贵一课"]
    items = "".join(f"<li><a href='/r{n}'>{title}</a><br><span>专栏作者 ｜ 今日</span></li>" for n, title in enumerate(titles))
    html = (
        "<html><head><title>旺角拘三男检获赃物 - 新闻网</title></head><body><main><article><h1>旺角拘三男检获赃物</h1>"
        + "".join(f"<p>{line}</p>" for line in body)
        + f"<ul>{items}</ul><p>延伸阅读</p></article></main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    texts = [s.text for s in segment_file(path, "zh").sentences]
    assert texts[:3] == ["旺角拘三男检获赃物", *body]
    assert not any(title in texts for title in titles)
    assert "专栏作者 ｜ 今日" not in texts


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        # (code review 83) the article's numbered points and a crosshead between linked lines, each unlike the others
        (["1. 不轻信高额回报", "2. 不向陌生账户转账"], "zh"),
        (["■ 강력 사건"], "ko"),
        (["刷单诈骗", "冒充客服"], "zh"),
    ],
)
def test_the_articles_own_short_lines_between_linked_lines_stay(tmp_path: Path, lines: list[str], lang: str) -> None:
    """An article that links its points (`警惕刷单返利类诈骗`) with a short line of its own between two
    of them: a numbered point, a crosshead, lines unlike one another are the article's, not a list's labels."""
    links = ["警惕刷单返利类诈骗", "警惕冒充公检法诈骗", "警惕虚假投资理财诈骗"] if lang == "zh" else ["보이스피싱 조직 총책 검거 사건", "강남 연쇄 절도 사건 해결"]
    lead, end = (
        ("市反诈中心整理了近期发布的宣传资料，供市民参考。", "请广大市民转发提醒身边的亲友。")
        if lang == "zh"
        else ("서울경찰청은 올해 해결한 10대 사건을 20일 공개했다.", "경찰은 시민들의 제보가 큰 도움이 됐다고 설명했다.")
    )
    items = "".join(f"<p><a href='/c{n}'>{link}</a></p>" + (f"<p>{lines[n]}</p>" if n < len(lines) else "") for n, link in enumerate(links))
    html = f"<html><head><title>宣传资料汇编</title></head><body><main><article><h1>宣传资料汇编</h1><p>{lead}</p>{items}<p>{end}</p></article></main></body></html>"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    texts = [s.text for s in segment_file(path, lang).sentences]
    assert all(line in texts for line in lines)


def test_a_logos_h1_gives_way_to_the_titles_headline_printed_below_it() -> None:
    """A portal's saved article page (a Korean portal's 2020 layout) prints its logo as the only h1 (`NAVER 뉴스`)
    and the headline as an h3, the <title>'s headline part; a template's directives before `<html>` left the
    <title> outside <head>. The headline is the h3's, not the logo's, and the <title> is read wherever it is.
    Near misses: an h1 that names the body stays the headline; a <title> headline printed as no heading does
    not replace it. Text of developed page 4185."""
    headline = "존스크릭 H 마트서 절도 용의자 체포"
    lead = "지난 19일 오전 존스크릭 H 마트 플라자에 위치한 롱혼스테이크 하우스 앞에 특별기동대(SWAT)팀이 출동했다고 동일 AJC가 보도했다."
    rest = "오전 2시경 롱혼스테이크 하우스에 침입한 용의자는 절도 행위를 벌이려다가 들켜 옥상으로 도주했으며, 오전 6시경이 되어서야 경찰과의 대치 끝에 옥상에서 내려와 체포되었다."
    page = (
        f'<%@ page contentType="text/html" %>\n<html><head><title>{headline} : 포털 뉴스</title></head><body>'
        f"<h1>PORTAL 뉴스</h1><div><h3>{headline}</h3><div id='body'><p>{lead}</p><p>{rest}</p><p>유혈 사태는 없었다.</p></div></div>"
        "</body></html>"
    )
    assert read_page(page).title == f"{headline} : 포털 뉴스"
    assert extract_html(page).title == headline
    shown = frozenset({without_spaces(headline)})
    assert article_headline("PORTAL 뉴스", f"{headline} : 포털 뉴스", lead, top_headings=frozenset({"PORTAL뉴스"}), headings=shown) == headline
    # near misses
    assert article_headline(headline, f"{headline} : 포털 뉴스", lead, top_headings=shown, headings=frozenset()) == headline
    assert article_headline("PORTAL 뉴스", f"{headline} : 포털 뉴스", lead, top_headings=frozenset({"PORTAL뉴스"})) == "PORTAL 뉴스"
    # (code review 84) a real h1 in other words than the <title>'s, which a box prints as an h3, stays the headline
    printed = "존스크릭 H 마트 절도 용의자, 옥상 대치 끝 체포"
    h1 = frozenset({without_spaces(printed)})
    assert article_headline(printed, f"{headline} : 포털 뉴스", lead, top_headings=h1, headings=shown) == printed


def test_a_title_with_the_sections_and_sites_names_gives_the_headline() -> None:
    """A saved Taiwan portal's page titles its article `<headline> | <section> | <site>` and prints the headline
    alone, exclaiming mid-line (`海葵遠離！台灣本島…`): the metadata's title is the headline, and the line printing
    it is the headline, kept whole (it was read as two body sentences). Saved page h36 (developed): its title's
    headline keeps the column's name the page prints before it. Text of developed page 282 in the first shape."""
    headline = "8小时抓获嫌疑人！蒙城警方破获一起被盗案"
    lead = "从接到报警到抓获盗窃分子,蒙城县公安民警只用了8小时。"
    second = "5月15日9时许,蒙城县公安局乐土派出所接到辖区群众报警,称其停放在车棚内的电动车电瓶被盗。"
    page = (
        f"<html><head><title>{headline} | 社會 | 警察新聞網 NEWS.COM</title></head><body><div class='article'>"
        f"<div class='title'>{headline}</div><p>{lead}</p><p>{second}</p><p>目前,案件正在进一步办理中。</p></div></body></html>"
    )
    assert extract_html(page).title == headline
    document = segment_document(extract_html(page).text, "zh", headline=extract_html(page).title)
    assert document.sentences[0].text == headline
    gold = (DATA / "html" / "h36.gold.txt").read_text(encoding="utf-8").splitlines()[0]
    assert segment_file(DATA / "html" / "h36.html").metadata.title == gold


def test_a_titles_column_stays_and_its_site_goes() -> None:
    """Code reviews 84 and 84b: with `│` parting a title, the metadata's title and the headline put above the body
    drop the site's name after the headline (`…│警察新闻网`) and what stands before it (`ETtoday新聞雲 │ …`, `연합뉴스｜…`,
    `獨家│…`) unless the page prints the two together, as a heading or a line (a column's name is part of the
    headline there, as saved page h19's `语音 | 早安武汉…` is); the stroke 丨 parts no title (`警事丨…` is a column's name
    and its headline); a site's short name the body credits is no headline, nor is the site's name an extractor cut a
    `Site | Headline` title to. Text of developed page 282."""
    headline = "8小时抓获嫌疑人 蒙城警方破获一起被盗案"
    paragraphs = "".join(f"<p>{p}</p>" for p in (*(PAGES_282[1:4]), "更多新闻请锁定警察新闻网。"))
    for title, heading, expected in (
        (f"警事丨{headline}_新闻中心_警察新闻网", "", f"警事丨{headline}"),
        (f"獨家│{headline}", "", headline),
        (f"獨家│{headline}", f"<h2>獨家│{headline}</h2>", f"獨家│{headline}"),
        (f"ETtoday新聞雲 │ {headline}", "", headline),
        (f"연합뉴스｜{headline}", "", headline),
        (f"新华网 | {headline}", "", headline),  # (trafilatura's title is the site's name alone: too short for a headline)
        (f"{headline}│警察新闻网", "", headline),
        (f"{headline}｜警察新闻网", "", headline),
    ):
        page = f"<html><head><title>{title}</title></head><body>{heading}<div class='article'>{paragraphs}</div></body></html>"
        extracted = extract_html(page)
        assert extracted.title == expected, title
        assert extracted.text.splitlines()[0] == expected, title
        assert extracted.text.count(headline) == 1, title  # (no second copy put above the printed one)
    gold = (DATA / "html" / "h19.gold.txt").read_text(encoding="utf-8").splitlines()[0]
    assert segment_file(DATA / "html" / "h19.html").sentences[0].text == gold


@pytest.mark.parametrize("page", ["h13", "h54", "h09"])
def test_a_saved_page_strewn_with_zero_width_spaces_reads_as_without_them(tmp_path: Path, page: str) -> None:
    """Verification 96: a zero-width space after each sentence end in a saved page's text nodes cut h13
    from 86 sentences to 24, dropped h54's lead and kept h09's promos, with nothing recorded: the page
    is read as a reader sees it."""
    html = (DATA / "html" / f"{page}.html").read_bytes().decode("utf-8")
    strewn = tmp_path / f"{page}.html"
    strewn.write_text(re.sub(r"(?<=[。.!?！？])(?=[^<>\s])", "\u200b", html), encoding="utf-8")
    plain = tmp_path / f"plain-{page}.html"
    plain.write_text(html, encoding="utf-8")
    assert [s.clean for s in segment_file(strewn).sentences] == [s.clean for s in segment_file(plain).sentences]


def _damaged(raw: bytes, at: int, bad: bytes) -> bytes:
    return raw[:at] + bad + raw[at:]


@pytest.mark.parametrize(("page", "line", "copy"), [("h22", 2, 0), ("h03", 2, 2), ("h22", 0, 1)])  # (h22's og:title: the headline the text opens with)
def test_undecodable_bytes_in_a_saved_page_are_dropped_spans_with_their_byte_range_as_in_text(tmp_path: Path, page: str, line: int, copy: int) -> None:
    """Report 4: bytes nothing decodes inside a saved page's body (or its headline, which its title
    repeats) stayed as U+FFFD inside a sentence and its clean text, with no dropped span and no
    warning; a text file says where they were. The page now reads as the intact page does, the
    damage a dropped span of its own (offsets index the extracted text). (Damage in markup or in
    a copy of a line the text does not read from, a description meta tag, is in no span: no text has it.)"""
    raw = (DATA / "html" / f"{page}.html").read_bytes()
    gold = (DATA / "html" / f"{page}.gold.txt").read_text(encoding="utf-8").splitlines()[line]
    at = [m.start() for m in re.finditer(re.escape(gold[:8].encode()), raw)][copy] + len(gold[0].encode())  # after the first character of the line's copy in the text
    damaged = tmp_path / f"{page}.html"
    damaged.write_bytes(_damaged(raw, at, b"\xff\x81\xfe"))
    document = segment_file(damaged)
    intact = segment_file(DATA / "html" / f"{page}.html")
    spans = [d for d in document.dropped if d.reason.startswith("undecodable")]
    assert spans and {d.reason for d in spans} == {f"undecodable bytes at {at}–{at + 3}"}
    assert all(document.text[d.start : d.end] == "\ufffd" for d in spans)
    assert [s.clean for s in document.sentences] == [s.clean for s in intact.sentences]
    assert document.metadata.extracted_from == intact.metadata.extracted_from


_BAD_BYTES = [b"\xff", b"\x80", b"\xc3", b"\xe4\xb8", b"\xff\x81\xfe", b"\xed\xa0\x80"]  # (a stray continuation byte, a lead byte cut short, a surrogate's)


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture], deadline=None)
@given(st.booleans(), st.floats(min_value=0.0, max_value=1.0), st.lists(st.sampled_from(_BAD_BYTES), min_size=1, max_size=3))
def test_undecodable_bytes_anywhere_in_a_saved_page_are_never_read_as_text(tmp_path: Path, in_words: bool, where: float, bad: list[bytes]) -> None:
    """The coverage contract for a damaged page: wherever bytes that do not decode fall (markup,
    title, body), every character of the extracted text is in a sentence or a dropped span, each
    U+FFFD of the damage in a span that names its bytes, and none in a sentence's clean text."""
    raw = (DATA / "html" / "h22.html").read_bytes()  # (no U+FFFD of its own)
    text = raw.decode("utf-8")
    # between two characters anywhere, or between two Chinese characters (the title's, a meta tag's, the body's)
    places = [i for i in range(1, len(text)) if is_han(text[i - 1]) and is_han(text[i])] if in_words else list(range(len(text)))
    at = len(text[: places[min(int(where * len(places)), len(places) - 1)]].encode())
    path = tmp_path / "damaged.html"
    path.write_bytes(_damaged(raw, at, b"".join(bad)))
    document = segment_file(path)
    kept_or_dropped = {i for span in [*document.sentences, *document.dropped] for i in range(span.start, span.end)}
    assert [ch for i, ch in enumerate(document.text) if not ch.isspace() and i not in kept_or_dropped] == []
    damage = {i for d in document.dropped if re.fullmatch(r"undecodable bytes at \d+–\d+", d.reason) for i in range(d.start, d.end)}
    assert {i for i, ch in enumerate(document.text) if ch == "\ufffd"} <= damage
    assert not any("\ufffd" in s.clean for s in document.sentences)
    assert not any("\ufffd" in value for value in vars(document.metadata).values() if isinstance(value, str))  # nor in the headline, byline, …


def test_undecodable_bytes_in_a_saved_page_s_headline_stay_out_of_its_metadata(tmp_path: Path) -> None:
    """Review 98: a page whose headline (<title> and <h1>) held bytes that do not decode gave a headline
    with U+FFFD in the metadata (its sentence was clean), and a translation that gives the headline sent
    it to the model."""
    import html

    article = segment_file(DATA / "docpairs" / "ko" / "k004.txt")
    title = article.metadata.title or ""
    headline = html.escape(title).encode()
    cut = len(html.escape(title)[:6].encode())
    damaged = headline[:cut] + b"\xff\x81\xfe" + headline[cut:]
    body = b"".join(b"<p>" + html.escape(sentence.text).encode() + b"</p>" for sentence in article.sentences if sentence.text != title)
    page = tmp_path / "damaged.html"
    page.write_bytes(b"<html><head><meta charset='utf-8'><title>" + headline + b"</title></head><body><article><h1>" + damaged + b"</h1>" + body + b"</article></body></html>")
    document = segment_file(page)
    assert document.metadata.title and "\ufffd" not in document.metadata.title
    assert any(d.reason.startswith("undecodable bytes at") for d in document.dropped)  # (on one line, as a minified page is: it was refused, "cannot decode")


def test_a_headline_in_a_layout_table_over_the_body_is_the_headline_when_the_title_names_the_site(tmp_path: Path) -> None:
    """Trial 14: a public broadcaster's pages keep the article in a layout table, the headline in a
    cell over the body's cell and the <title> the site's name; the extraction kept the body's cell
    only, and the headline vanished. The line over the body that names it is the headline."""
    body = (
        "<p>行政院長毛治國今天表示，中風年輕化的問題值得重視，劉泰英14歲的孫子日前腦溢血送醫。</p>"
        "<p>醫師指出，中風年輕化與生活作息有關，年輕人也應注意血壓與血管健康。</p>"
        "<p>劉泰英表示，孫子目前已脫離險境，感謝醫護人員的照顧。</p>"
    )
    page = (
        '<html><head><meta charset="utf-8"><title>公共電視台 新聞網</title></head><body><table>'
        "<tr><td>公視新聞網 / 醫療</td></tr><tr><td>中風年輕化 劉泰英14歲孫子腦溢血</td></tr>"
        f"<tr><td>{body}</td></tr></table></body></html>"
    )
    document = _saved(tmp_path, page)
    assert document.metadata.title == "中風年輕化 劉泰英14歲孫子腦溢血"
    assert document.sentences[0].heading and document.sentences[0].text == "中風年輕化 劉泰英14歲孫子腦溢血"


def test_a_headline_marked_up_over_the_body_under_a_list_of_linked_questions_is_the_headline(tmp_path: Path) -> None:
    """Trial 14 (w04): the <title> is the site's slogan on every page, a "most read" list of links above
    the article ends with a title that asks (`…時代重臨嗎？`), taken for the body's first sentence, and the
    headline in an h2 tells the story in words of its own: the slogan stood as the headline and a
    linked title was kept. The body starts at its first finished sentence that is no link; a heading
    over it needs fewer of its words in the body than a line with no markup."""
    linked = "".join(
        f'<li><a href="/article/{n}">{title}</a></li>'
        for n, title in enumerate(["陳為廷突宣布參選立委 民進黨內震撼", "柯文哲力邀 宋楚瑜允任市府首席顧問", "大國博弈 原油重跌5成 低油價時代重臨嗎？"])
    )
    body = (
        "<p>受油價繼續下跌拖累，紐約股市三大指數12日下跌，本週三大指數全部收跌。</p>"
        "<p>國際油價12日繼續刷新五年低點，紐約輕質原油期貨價格下挫4.15%，收於每桶57.46美元。</p>"
        "<p>對原油供過於求的擔憂使油價近期連續走低，歐洲三大股市均大幅下挫。</p>"
    )
    page = (
        '<html><head><meta charset="utf-8"><title>某傳媒 一個有國際觀、專注揭弊、觀點犀利批判性的新媒體！</title></head><body>'
        f'<div class="nav"><a href="/">首頁</a> <a href="/news">新聞</a></div><div class="hot"><h3>最多人閱讀</h3><ul>{linked}</ul></div>'
        f'<div class="article"><h2>油價跌跌不休 重挫歐美股市</h2><p>2014年12月13日 09:33</p>{body}</div></body></html>'
    )
    document = _saved(tmp_path, page)
    kept = [s.text for s in document.sentences]
    assert document.metadata.title == "油價跌跌不休 重挫歐美股市"
    assert kept[0] == "油價跌跌不休 重挫歐美股市" and document.sentences[0].heading
    assert not any("新媒體" in s or "柯文哲" in s or "重臨嗎" in s for s in kept)


def test_a_columns_heading_over_the_headline_is_no_headline(tmp_path: Path) -> None:
    """Review 103b: an h3 column heading over an anti-fraud story (`打击治理电信网络诈骗专栏`) shares more of the
    body's words than the headline, which a div prints under it: the line nearest the body is the headline."""
    body = (
        "<p>5月10日，市民张大爷接到一名自称快递客服的男子来电，称其快递丢失需要理赔，随后诱导张大爷下载会议软件并开启屏幕共享。</p>"
        "<p>张大爷按照对方指示操作后，银行卡内12万元存款被分多次转走。发现被骗后，张大爷立即到派出所报警。</p>"
        "<p>警方提醒，凡是自称客服要求下载软件、开启屏幕共享的，都是电信网络诈骗。</p>"
    )
    page = (
        '<html><head><meta charset="utf-8"><title>某某市公安局</title></head><body>'
        '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/fzxc/">反诈宣传</a></li></ul></div>'
        '<div class="column"><h3>打击治理电信网络诈骗专栏</h3></div>'
        '<div class="title">男子冒充快递客服骗走老人12万元 民警5天追回</div><div class="info">发布时间：2024-05-16 来源：刑侦支队</div>'
        f'<div class="content">{body}</div></body></html>'
    )
    document = _saved(tmp_path, page)
    assert document.metadata.title == "男子冒充快递客服骗走老人12万元 民警5天追回"
    assert [s.text for s in document.sentences][0] == "男子冒充快递客服骗走老人12万元 民警5天追回"


def _headline_over_info_page(title: str, headline: str, info: str, paragraphs: list[str]) -> str:
    """A saved page whose <title> is `title`, printing `headline` and an `info` line (a credit, a
    breadcrumb, a date) in divs over the body's paragraphs."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="title">{headline}</div><div class="info">{info}</div><div class="content">{body}</div></body></html>'
    )


def test_a_headline_with_a_colon_over_the_body_may_be_the_headline(tmp_path: Path) -> None:
    """Review 103d: the fallback for a slogan's <title> left out any line with a colon or a bar, as
    headlines often have them (`民警提醒：…`); a credit or a dated info line is still none."""
    paragraphs = ["近日，市公安局反诈中心接到多名群众报警，称接到自称电商客服的电话，被对方以退款为由骗走钱款。", "民警提醒广大群众，凡是自称客服要求下载软件、开启屏幕共享的，都是诈骗。"]
    page = _headline_over_info_page("平安某某 守护你我", "民警提醒：谨防冒充客服退款诈骗", "发布时间：2024-05-16 来源：反诈中心", paragraphs)
    assert _saved(tmp_path, page).metadata.title == "民警提醒：谨防冒充客服退款诈骗"


@pytest.mark.parametrize("info", ["供稿 刑侦支队 编辑 反诈中心", "您现在的位置 首页 > 警务动态 > 反诈中心"])
def test_a_titles_headline_the_page_prints_stays_over_a_credit_or_a_breadcrumb(tmp_path: Path, info: str) -> None:
    """Reviews 103c and 103e: a headline that shares few words with its body (`警惕！这种电话千万别接`, which
    exclaims), from the <title> and printed over the body, gave way to the nearest line naming the body
    in a tenth of its words: a credit line, a breadcrumb. It gives way only to a line naming the body in
    most of its words, or to a heading (an archive's caption printed as the h1 over a headline that asks)."""
    paragraphs = [
        "5月10日，市民张大爷接到一名自称快递客服的男子来电，称其快递丢失需要理赔，随后诱导张大爷下载会议软件并开启屏幕共享。",
        "张大爷按照对方指示操作后，银行卡内12万元存款被分多次转走。刑侦支队会同反诈中心迅速开展侦查，追回全部被骗资金。",
    ]
    document = _saved(tmp_path, _headline_over_info_page("警惕！这种电话千万别接_某某市公安局", "警惕！这种电话千万别接", info, paragraphs))
    assert document.metadata.title == "警惕！这种电话千万别接" and document.sentences[0].text == "警惕！这种电话千万别接"


def test_a_news_tickers_stories_told_in_whole_sentences_are_no_article(tmp_path: Path) -> None:
    """Trial 14: a radio network's pages run a ticker of other stories (`<div class="ticker"><ul><li>…`)
    above the article, each item a finished sentence; the extraction kept them as body. A list item
    inside the page's furniture is another story, however finished its sentences."""
    ticker = (
        "<li>陳水扁保外就醫聲明異議，遭高院裁定駁回。法務部說，不影響矯正署對扁另聲請保外就醫案的審查。</li>"
        "<li>巴基斯坦警方逮捕凱達組織，在南亞新設支部的重要指揮官烏斯曼。</li>"
        "<li>金門縣金寧鄉超商店員翁雅萱和王靜宜，因為成功阻止詐騙事件，獲得警方表揚。</li>"
    )
    body = (
        "<p>受強烈大陸冷氣團影響，明天白天北部低溫約只有13、14度，南部約17到19度。</p>"
        "<p>中央氣象局表示，明天強烈大陸冷氣團影響，中部以北及東北部氣溫較低，其他地區早晚氣溫亦低。</p>"
        "<p>降雨方面，明天台灣北部及東半部地區有短暫雨，中南部地區亦有局部短暫雨。</p>"
    )
    page = (
        '<html><head><meta charset="utf-8"><title>強烈大陸冷氣團明發威 愈晚愈冷</title></head><body>'
        f'<div class="ticker"><span>速報</span><ul>{ticker}</ul></div>'
        f'<div class="title">強烈大陸冷氣團明發威  愈晚愈冷</div><div class="content">{body}</div></body></html>'
    )
    kept = [s.text for s in _saved(tmp_path, page).sentences]
    assert not any("保外就醫" in s or "烏斯曼" in s or "翁雅萱" in s for s in kept)
    assert "降雨方面，明天台灣北部及東半部地區有短暫雨，中南部地區亦有局部短暫雨。" in kept


@pytest.mark.parametrize(
    "box", ['<ul class="case-list hot">', '<div class="article-side-content"><ul>', '</p></section><section class="part"><ul class="case-list hot">']
)
def test_a_list_inside_the_articles_own_block_stays_whatever_its_class_names_say(tmp_path: Path, box: str) -> None:
    """Review 101b: the list items of the article's own block (典型案例如下：…) went as furniture for a
    class name with `hot` or `side` in it; a furniture list is one above the article's first sentence
    or below its last (review 101c: also when the page splits the body into sections)."""
    items = (
        "<li>被告人张某以销售“保健品”为名，骗取12名老人共计86万元，被判处有期徒刑七年。</li>"
        "<li>被告人刘某冒充“养老服务机构”工作人员，收取老人“入住押金”40万元，被判处有期徒刑五年。</li>"
        "<li>被告人陈某以“以房养老”理财为诱饵，骗取老人房产一套，被判处有期徒刑十年。</li>"
    )
    closing = "</ul></div>" if box.startswith("<div") else "</ul>"  # (the third: the body in sections, review 101c)
    page = (
        '<html><head><meta charset="utf-8"><title>法院审结一批涉老诈骗案件</title></head><body><div class="article-content">'
        "<h1>法院审结一批涉老诈骗案件</h1><p>近日，市中级人民法院集中宣判一批涉老年人诈骗案件，共涉及被告人23名。典型案例如下：</p>"
        f"{box}{items}{closing}<p>法院表示，将持续加大对涉老诈骗犯罪的打击力度。</p></div></body></html>"
    )
    kept = "".join(s.text for s in _saved(tmp_path, page).sentences)
    assert "骗取12名老人共计86万元" in kept and "骗取老人房产一套" in kept


def test_a_headline_that_asks_under_an_archives_caption_is_the_headline(tmp_path: Path) -> None:
    """Trial 14: a newspaper archive's pop-up prints its own caption as the h1 (`저장된 페이지 보기`) over
    the article's headline, which asks (`…법원의 판단은?`) and so read as the body's first sentence;
    the caption shares nothing with the body, and the question over it that does is the headline."""
    body = (
        "<p>수원지법 형사1단독 판사는 21일 지적장애 2급 장애인 가족에게 이사를 강요한 혐의로 아파트 부녀회장과 노인회장에게 "
        "각각 징역 1년에 집행유예 2년을 선고했다.</p><p>사건의 발단은 2009년 5월 이웃 주민 사이의 폭행 시비였다. 주민들은 "
        "지적장애인 가족에게 다른 곳으로 이사해 달라고 요구했다. 법원의 판단은 이웃의 이사 강요가 범죄라는 것이었다.</p>"
    )
    page = (
        '<html><head><meta charset="utf-8"><title>저장된 페이지 보기</title></head><body><h1>저장된 페이지 보기</h1>'
        f"<h3>주민 폭행 지적장애인… 이사 강요한 이웃… 법원의 판단은?</h3>{body}</body></html>"
    )
    document = _saved(tmp_path, page)
    assert document.metadata.title == "주민 폭행 지적장애인… 이사 강요한 이웃… 법원의 판단은?"


def test_a_lead_that_asks_in_a_paragraph_is_no_headline(tmp_path: Path) -> None:
    """Review 101d: a body opening with a question (`보이스피싱으로 잃은 돈은 돌려받을 수 있을까?`) was
    taken for the headline over the real one printed above it; a question is a headline only when
    the page marks it up as a heading, and the lines above the body are tried first."""
    page = (
        '<html><head><meta charset="utf-8"><title>한빛일보</title></head><body><table>'
        "<tr><td>보이스피싱 피해금 환급 절차 안내</td></tr><tr><td>"
        "<p>보이스피싱으로 잃은 돈은 돌려받을 수 있을까?</p>"
        "<p>경찰은 보이스피싱 피해를 당하면 즉시 112에 신고하고 은행에 지급정지를 신청해야 피해금 환급 절차를 밟을 수 있다고 안내했다.</p>"
        "<p>피해금 환급 절차는 지급정지 신청, 채권소멸 공고, 환급 결정 순으로 진행된다고 경찰은 설명했다.</p>"
        "</td></tr></table></body></html>"
    )
    document = _saved(tmp_path, page)
    assert document.metadata.title == "보이스피싱 피해금 환급 절차 안내"
    assert "보이스피싱으로 잃은 돈은 돌려받을 수 있을까?" in [s.text for s in document.sentences if not s.heading]


def _saved(tmp_path: Path, page: str) -> Document:
    """A saved page's document, the page written to a file of its own."""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return segment_file(path)


_CUT_TITLE_PAGE = """<html><head><meta charset="utf-8"><title>年終平均1.38月 羨慕!科技業最高30個月 尾牙最期待藝人五月天 三成企業加碼辦</title></head><body>
<div class="menu"><a href="/a">生活新聞</a> <a href="/b">財經新聞</a> <a href="/c">社會新聞</a></div>
<div class="news"><div class="title">年終平均1.38月 羨慕!科技業最高30個月　尾牙最期待藝人五月天 三成企業加碼辦　年終比去年多1.8天 獎金太低54%擬離職</div>
<div class="date">2014/12/12</div>
<div class="content"><p>到了年底您預期今年可以領到多少年終呢？就有求職網調查，今年國內企業平均發放的年終獎金是1.38個月，每個人比起去年還多了1.8天，大約2200塊錢。</p>
<p>而為了激勵員工，也有超過3成的老闆表態，願意增加預算請大咖藝人表演，辦一場豪華的尾牙。</p>
<p>比起擁有較高年終的金融會計業、科技業、運輸業，就有5成4的人透露，如果年終獎金比預期的還要少，就會有考慮離職的打算。</p>
<p>歲末年終，上班族的心情期待又怕受傷害，只希望能領到個大紅包迎接開心迎接新年到來。</p>
<p>【年終平均1.38月 羨慕!科技業最高30個月　尾牙最期待藝人五月天 三成企業加碼辦　年終比去年多1.8天 獎金太低54%擬離職】</p></div></div>
<div class="foot">Copyright © 2014 電視公司 All Rights Reserved.</div></body></html>
"""


def test_a_title_the_page_cut_to_fit_is_the_headline_the_page_prints_whole(tmp_path: Path) -> None:
    """Trial 14's saved page w05 (a broadcaster's): the <title> stops at `加碼辦`, the page prints the
    headline whole over the body; the headline is the printed line, and its bracketed copy under the
    article is a copy of it."""
    page = tmp_path / "w05.html"
    page.write_text(_CUT_TITLE_PAGE, encoding="utf-8")
    document = segment_file(page)
    printed = "年終平均1.38月 羨慕!科技業最高30個月　尾牙最期待藝人五月天 三成企業加碼辦　年終比去年多1.8天 獎金太低54%擬離職"
    assert without_spaces(document.metadata.title or "") == without_spaces(printed)
    assert not any("【" in s.text for s in document.sentences)
    assert document.sentences[-1].text.startswith("歲末年終")


@pytest.mark.parametrize(
    ("title", "first", "expected"),
    [
        ("警方破獲詐騙集團", "警方破獲詐騙集團 - 社會新聞", "警方破獲詐騙集團"),  # a section's name after a separator
        ("警方破獲詐騙集團", "警方破獲詐騙集團，逮捕12人。", "警方破獲詐騙集團"),  # a finished sentence: a lead
        ("警方破獲詐騙集團", "警方破獲詐騙集團 逮捕12人", "警方破獲詐騙集團 逮捕12人"),
        ("경찰,보이스피싱 조직 12명 검거", "경찰, 보이스피싱 조직 12명 검거 - 사회", "경찰,보이스피싱 조직 12명 검거"),  # spaced otherwise (review 102d)
        ("법원, 음주 뺑소니 30대에 징역 3년", "법원, 음주 뺑소니 30대에 징역 3년 입력 2024.05.03 10:21", "법원, 음주 뺑소니 30대에 징역 3년"),  # a stamp
    ],
)
def test_only_a_longer_headline_line_extends_the_title(title: str, first: str, expected: str) -> None:
    lead = "서울경찰청은 보이스피싱 조직원 12명을 검거했다고 3일 밝혔다." if first[0] in "경법" else "警方日前破獲一個詐騙集團，逮捕嫌疑人12名。"
    page = f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="t">{first}</div><p>{lead}</p><p>{lead}</p></body></html>'
    assert extract_html(page).title == expected


_SOURCE_BREAK_PAGE = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>中國利用AI散播陰謀論 - 紐約時報中文網</title></head><body>
<nav><a href="/a">國內</a>
<a href="/b">國際</a>
<a href="/c">政治</a></nav>
<h1>中國利用AI散播陰謀論</h1>
<section class="article-body">
<div class="article-paragraph">中國官媒經常附和俄羅斯的主題，尤其是對美國的敵意。但這次，中國的做法有所不同。</div>
<div class="article-paragraph">據Recorded
                                        Future最先發布的報告，中國政府發起了一場隱蔽行動，將山火歸咎於「氣象武器」。</div>
<div class="article-paragraph">這場宣傳運動由來自微軟、Recorded
                                        Future、蘭德公司的研究人員發現，其影響尚且難以衡量。</div>
<div class="article-paragraph">研究人員和政府官員表示，沒有跡象表明俄羅斯和中國在信息行動上合作。</div>
</section></body></html>
"""


def test_a_line_break_of_the_source_inside_a_paragraph_breaks_no_sentence(tmp_path: Path) -> None:
    """Trial 19's saved page t04: the extractor kept the source's line breaks inside a paragraph
    (`據Recorded` / `Future最先發布的報告`): five sentences were cut in two, and `據Recorded` was
    dropped. A menu's links, one per source line, are not joined."""
    page = tmp_path / "t04.html"
    page.write_text(_SOURCE_BREAK_PAGE, encoding="utf-8")
    document = segment_file(page)
    kept = [s.text for s in document.sentences]
    assert "據Recorded Future最先發布的報告，中國政府發起了一場隱蔽行動，將山火歸咎於「氣象武器」。" in kept
    assert "這場宣傳運動由來自微軟、Recorded Future、蘭德公司的研究人員發現，其影響尚且難以衡量。" in kept
    assert not any("國內國際" in line for line in document.text.splitlines())


_MARKED_CAPTION_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>德州茶党支持者有望出任参议员 - 纽约时报中文网</title></head><body>
<h3 class="articleHeadline">德州茶党支持者有望出任参议员</h3>
<p class="photoCredit">Michael Stravato for The New York Times</p>
<p class="articleImgCaption">泰德·克鲁兹周二在休斯顿竞选。德克萨斯州投票者来到投票现场，选举共和党提名人。</p>
<div id="text_body"><p>休斯敦——年少的时候，泰德·克鲁兹频繁对自由市场经济学进行雄辩地解析。</p>
<p>但是，很少有人能想象到他的最新角色。现年41岁的克鲁兹成了茶党大热门。</p>
<p>他在周二的初选中击败了对手，将在十一月的大选中角逐参议院席位。</p>
<p>*사진설명 : 팸투어 참가자들이 가우도 앞에서 자리를 함께 했다.</p></div>
</body></html>
"""


def test_a_paragraph_the_page_marks_up_as_a_caption_is_a_caption(tmp_path: Path) -> None:
    """Trial 19's saved page s01: `<p class="articleImgCaption">` above the body came out as its first
    two sentences; k01's `*사진설명 : …` (a caption's label after a mark) stayed as the last."""
    page = tmp_path / "s01.html"
    page.write_text(_MARKED_CAPTION_PAGE, encoding="utf-8")
    document = segment_file(page)
    kept = [s.text for s in document.sentences]
    assert not any("泰德·克鲁兹周二" in line or "사진설명" in line for line in kept)
    assert kept[-1].startswith("他在周二的初选中")
    assert {d.reason for d in document.dropped if "泰德·克鲁兹周二" in d.text or "사진설명" in d.text} == {"caption"}


def test_a_photo_story_whose_paragraphs_are_all_captions_keeps_them(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        """<html><head><meta charset="utf-8"><title>交警雪中护送学生</title></head><body><h1>交警雪中护送学生</h1>
<div class="photo-caption">清晨，交警在校门口护送学生安全过马路，雪花纷纷落在他们的肩上。</div>
<div class="photo-caption">民警搀扶一位老人走过结冰的路面，提醒市民出行注意安全。</div></body></html>""",
        encoding="utf-8",
    )
    kept = [s.text for s in segment_file(page).sentences]
    assert any(line.startswith("清晨，交警在校门口") for line in kept)


def _board_page() -> str:
    """A county's board view of a press release: a mega menu whose every section repeats the site's
    slogan, then the release in a label table (제목 and 내용 in its cells)."""
    items = "".join(f'<li><a href="#">{name}</a></li>' for name in ["신안비전", "군청뉴스", "카드뉴스", "공지사항", "보도자료/해명", "고시/공고", "입법/행정예고"])
    sections = "".join(
        f'<li><a href="#">{name}</a><div class="sub"><p class="gnb_tit">{name}</p><p class="gnb_con">희망이 샘솟는 예시군! <br>군민과 함께 만들어갑니다.</p><ul>{items}</ul></div></li>\n'
        for name in ["군소개", "전자민원창구", "열린군정", "참여마당", "정보공개", "분야별정보"]
    )
    body = "<br>\n".join(
        [
            "예시군은 12월 12일 보건소 회의실에서 통합돌봄 시범사업 제1차 통합지원회의를 개최했다.",
            "이번 회의는 내년 3월부터 전국적으로 시행될 통합지원사업에 선제적으로 대응하기 위해 마련됐다.",
            "회의에는 보건소와 7개 읍면 담당자 등 25여 명이 참석했다.",
            "군 관계자는 “이번 회의는 통합돌봄체계를 구축하는 중요한 시작점”이라고 말했다.",
        ]
    )
    return (
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>보도자료/해명 &lt; 군청뉴스 &lt; 열린군정 &lt; 예시군청</title></head><body>\n'
        f'<nav id="gnb"><ul class="depth1">{sections}</ul></nav>\n<div id="mobile_menu"><ul>{sections}</ul></div>\n'
        '<div class="board"><table class="show_form"><caption>글 내용보기</caption><tbody>\n'
        "<tr><th>등록부서</th><td>노인건강과</td><th>등록일</th><td>2025-12-12 17:44:00</td></tr>\n"
        '<tr><th>제목</th><td colspan="3">예시군, 통합돌봄 시범사업 통합지원회의 개최</td></tr>\n'
        f'<tr><th>내용</th><td colspan="3" class="content">{body}</td></tr>\n</tbody></table></div></body></html>\n'
    )


def test_an_article_in_a_boards_table_after_a_menu_of_slogans_is_read(tmp_path: Path) -> None:
    """Trial 19's saved page k02: the extractor took the mega menu (the site's slogan under each of its
    sections, twice) and left the release out, its table not being text to it; the page's own text
    read instead started its body at the first slogan. Nothing of the release came out."""
    page = tmp_path / "k02.html"
    page.write_text(_board_page(), encoding="utf-8")
    kept = [s.text for s in segment_file(page).sentences]
    assert "회의에는 보건소와 7개 읍면 담당자 등 25여 명이 참석했다." in kept
    assert not any("희망이 샘솟는" in line for line in kept)


_PRE_LINE_PAGE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>보도자료 - 부산경찰청</title></head><body>
<h2 class="board-title">설 명절 대비 특별 치안활동 추진</h2>
<div class="board-content" style="white-space: pre-line">부산경찰청은 설 명절을 앞두고 2월 1일부터 12일까지 12일간 특별 치안활동을 추진한다
주요 내용
1. 금융기관 및 편의점 등 범죄 취약지 순찰 강화
2. 택배 사칭 스미싱 등 서민 경제 침해 범죄 집중 단속
경찰은 명절 연휴 기간 112 신고에 신속히 대응할 수 있도록 비상 근무 체제를 유지할 계획이다
</div></body></html>
"""

_KOREAN_BREAK_PAGE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>음주 차량 사고</title></head><body><h1>음주 차량 사고</h1>
<div class="article"><p>경찰에 따르면 승용차 운전자 C씨는 혈중알코올농도 0.15%의 만취 상태였으며,
  사고 직후 달아나려다 시민들에게 붙잡힌 것으로 조사됐다.</p>
<p>경찰은 C씨를 도로교통법 위반 혐의로 입건하고 정확한 사고 경위를 조사하고 있다.</p></div></body></html>
"""


def test_source_line_breaks_a_page_shows_stay_and_a_joined_korean_break_keeps_its_space(tmp_path: Path) -> None:
    """Review 102a: under `white-space: pre-line` the source's line breaks are the page's lines (a
    list's items were joined into the sentences around them); a Korean clause after a comma at a
    source break lost the space a browser shows (`상태였으며,사고`)."""
    page = tmp_path / "preline.html"
    page.write_text(_PRE_LINE_PAGE, encoding="utf-8")
    kept = [s.text for s in segment_file(page).sentences]
    assert "1. 금융기관 및 편의점 등 범죄 취약지 순찰 강화" in kept
    page.write_text(_KOREAN_BREAK_PAGE, encoding="utf-8")
    kept = [s.text for s in segment_file(page).sentences]
    assert "경찰에 따르면 승용차 운전자 C씨는 혈중알코올농도 0.15%의 만취 상태였으며, 사고 직후 달아나려다 시민들에게 붙잡힌 것으로 조사됐다." in kept


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        # a lead word for word as its photo's caption: the lead stays
        (
            '<html><head><meta charset="utf-8"><title>아파트 화재</title></head><body><h1>해운대 아파트 화재…일가족 3명 병원 이송</h1><div id="articleBody">'
            "<figure><img src=\"/a.jpg\"><figcaption>2일 오후 부산 해운대구의 한 아파트 12층에서 불이 나 소방대원들이 진화 작업을 벌이고 있다.</figcaption></figure>"
            "<p>2일 오후 부산 해운대구의 한 아파트 12층에서 불이 나 소방대원들이 진화 작업을 벌이고 있다.</p>"
            "<p>이 불로 집 안에 있던 일가족 3명이 연기를 들이마셔 병원으로 옮겨졌다.</p><p>소방당국은 정확한 화재 원인을 조사하고 있다.</p></div></body></html>",
            "2일 오후 부산 해운대구의 한 아파트 12층에서 불이 나 소방대원들이 진화 작업을 벌이고 있다.",
        ),
        # a box whose class names a caption it wraps, or denies one, holds the article
        (
            '<html><head><meta charset="utf-8"><title>機車自撞</title></head><body><h1>機車自撞電桿 騎士送醫不治</h1>'
            '<div class="article-caption-wrap"><p>台南市昨晚發生一起機車自撞電線桿事故，騎士當場倒地。</p><p>騎士送醫後仍傷重不治，警方正調查事故原因。</p></div>'
            '<p class="txt no-caption">詳細肇事原因仍待警方調查釐清。</p></body></html>',
            "騎士送醫後仍傷重不治，警方正調查事故原因。",
        ),
    ],
)
def test_a_caption_marked_paragraph_the_article_also_prints_or_a_box_named_after_captions_stays(tmp_path: Path, page: str, kept: str) -> None:
    """Review 102c: a lead printed the same as its photo's caption, and paragraphs inside
    `article-caption-wrap` or `no-caption` elements, were dropped as captions."""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert kept in [s.text for s in segment_file(path).sentences]


def test_an_article_printed_twice_or_a_notice_without_full_stops_is_no_menu(tmp_path: Path) -> None:
    """Review 102c: the second opinion read the whole page (a sidebar, a footer) for an article the
    page prints twice (desktop and mobile copies) and for a notice whose items have no full stops."""
    article = "서울경찰청 마약범죄수사대는 3일 배우 A씨를 체포했다고 밝혔다. 경찰은 A씨를 상대로 투약 경위를 조사하고 있다."
    page = (
        '<html><head><meta charset="utf-8"><title>경찰, 배우 체포</title></head><body><h1>경찰, 마약 투약 혐의 배우 체포</h1>'
        f'<div id="articleBody"><p class="pc-only">{article}</p><p class="m-only">{article}</p></div>'
        "<aside><h3>많이 본 뉴스</h3><p>전세사기 일당 32명이 검거됐다.</p><p>피해액은 120억원에 이른다.</p></aside></body></html>"
    )
    path = tmp_path / "twice.html"
    path.write_text(page, encoding="utf-8")
    kept = [s.text for s in segment_file(path).sentences]
    assert "전세사기 일당 32명이 검거됐다." not in kept


def test_a_short_lead_printed_three_times_is_no_menu_and_a_long_slogan_printed_often_is(tmp_path: Path) -> None:
    """Review 102f: a photo page's short lead printed in a summary, a caption and the body was taken
    for a menu's slogan (the sidebar and footer read instead); a menu's slogan of 24 letters printed
    under each section was no slogan to a 20-letter limit."""
    lead = "해운대 아파트 화재로 3명 부상"
    page = (
        f'<html><head><meta charset="utf-8"><title>[포토] {lead}</title></head><body><h1>[포토] {lead}</h1><div class="summary">{lead}</div>'
        f'<figure><img src="/a.jpg"><figcaption>{lead}</figcaption></figure><div id="body"><p>{lead}</p></div>'
        "<aside><h3>많이 본 뉴스</h3><p>전세사기 일당 32명이 검거됐다.</p><p>피해액은 120억원에 이른다.</p></aside>"
        "<footer><p>본 홈페이지에 게시된 이메일 주소가 자동 수집되는 것을 거부합니다.</p></footer></body></html>"
    )
    path = tmp_path / "photo.html"
    path.write_text(page, encoding="utf-8")
    kept = [s.text for s in segment_file(path).sentences]
    assert "전세사기 일당 32명이 검거됐다." not in kept
    long_slogan = _board_page().replace("희망이 샘솟는 예시군!", "희망이 샘솟는 행복한 예시군, 모두가 함께 웃는 곳!")
    path.write_text(long_slogan, encoding="utf-8")
    kept = [s.text for s in segment_file(path).sentences]
    assert "회의에는 보건소와 7개 읍면 담당자 등 25여 명이 참석했다." in kept


def test_the_date_a_page_s_meta_tags_state_is_its_article_s() -> None:
    """Every saved page whose <meta> tags state when its article was published (`pubdate`,
    `datePublished`, `og:regDate`, `article:published_time` as `name` or `property`, a recommender's
    `publishtime`) states the day its annotators read off the page."""
    import json

    stated = 0
    for meta in sorted((DATA / "html").glob("h*.meta.json")):
        found = declared_date(decode_bytes((DATA / "html" / meta.name.replace(".meta.json", ".html")).read_bytes()).text)
        if found is not None:
            stated += 1
            assert found == json.loads(meta.read_text(encoding="utf-8"))["date"], meta.name
    assert stated >= 15


def test_a_page_saved_without_its_scripts_keeps_the_date_its_meta_tags_state() -> None:
    """A page saved as one file (MHTML) or by a reader that drops scripts loses its JSON-LD; the
    date search then took a related story's `<time datetime="2025-11-18">` for the BBC article of
    2025-11-30 its `<meta name="article:published_time">` names."""
    html = re.sub(r"<script\b.*?</script\s*>", "", (DATA / "html" / "h49.html").read_text(encoding="utf-8"), flags=re.DOTALL | re.IGNORECASE)
    assert extract_html(html).date == "2025-11-30"
    assert declared_date('<meta name="pubdate" content="0000-00-00"><meta property="og:regDate" content="20100101092104">') == "2010-01-01"
    assert declared_date('<meta name="article:modified_time" content="2025-12-01T10:00:00Z">') is None


@pytest.mark.parametrize(
    ("content", "offset", "day"),
    [
        ("2025-11-30T23:30:00Z", 8, "2025-12-01"),  # after 16:00 UTC it is the next day in Beijing and Seoul
        ("2025-11-30T15:30:00Z", 9, "2025-12-01"),
        ("2025-11-30T15:30:00Z", 8, "2025-11-30"),
        ("2025-12-31 23:30:00 +0000", 8, "2026-01-01"),
        ("2025-11-30T23:30:00 GMT", 9, "2025-12-01"),
        ("2025-11-30T02:35:18Z", 9, "2025-11-30"),
        ("2025-11-30T23:30:00+09:00", 8, "2025-11-30"),  # a time with its own offset is the publisher's local time
        ("2025-11-30T23:30:00-0800", 9, "2025-11-30"),
        ("2025-11-30T23:30:00", 9, "2025-11-30"),
        ("2025-11-30T23:30:00+00", 8, "2025-12-01"),
        ("2025-11-30 23:30:00 GMT+8", 8, "2025-11-30"),  # review 105a: a zone named with its offset is no UTC
        ("2025-11-30 23:30:00 GMT+0800", 9, "2025-11-30"),
        ("2025-11-30T23:30:00 UTC+09:00", 8, "2025-11-30"),
    ],
)
def test_a_meta_time_in_utc_is_the_publisher_s_day(content: str, offset: int, day: str) -> None:
    """Review 104d D2: `article:published_time` `…T23:30Z` on a Korean page gave the day before the
    one its readers saw (htmldate takes the UTC day too)."""
    assert declared_date(f'<meta property="article:published_time" content="{content}">', offset) == day


def test_a_korean_page_s_utc_time_is_read_in_korea_s_zone() -> None:
    """The zone follows the extracted text: a Korean page's 15:30 UTC is the next day (KST), a Chinese
    page's the same day (CST)."""
    body = "<p>{}</p>" * 3
    korean = body.format(*["서울경찰청은 30일 보이스피싱 조직원 12명을 검거했다고 밝혔다."] * 3)
    chinese = body.format(*["北京市公安局30日通报，警方抓获电信诈骗犯罪嫌疑人12名。"] * 3)
    meta = '<meta property="article:published_time" content="2025-11-30T15:30:00Z">'
    assert extract_html(f"<html><head>{meta}</head><body><article>{korean}</article></body></html>").date == "2025-12-01"
    assert extract_html(f"<html><head>{meta}</head><body><article>{chinese}</article></body></html>").date == "2025-11-30"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="article:published_time" content="0001-01-01T00:00:00">',  # an unset date of the CMS
        '<meta property="article:published_time" content="1970-01-01T00:00:00Z">',
        '<meta name="pubdate" content="9999-12-31">',
        '<meta name="pubdate" content="1710012345">',  # Unix time, not 1710-01-23
        '<!-- <meta name="pubdate" content="2015-06-01"> -->',
        '<meta name="pubdate" data-content="2011-11-11" content="garbage">',
    ],
)
def test_a_meta_date_no_article_bears_is_not_the_page_s(meta: str) -> None:
    """Review 104a: placeholders, a Unix time, a tag inside a comment and `data-content` were taken."""
    assert declared_date(f"<html><head>{meta}</head><body></body></html>") is None


def test_an_author_field_s_label_is_not_the_author_s_name() -> None:
    """Review 104a: a page saved without its scripts gave trafilatura's `作者： 左依` for `左依`."""
    assert _author_field("作者： 左依", "zh") == "左依" and _author_field("By: Kim Min-su", "ko") == "Kim Min-su"
    assert _author_field("作者：", "zh") is None
    assert _author_field("文/图 王小明", "zh") == "王小明" and _author_field("글·사진 홍길동", "ko") == "홍길동"  # review 104b
    assert _author_field("文在寅", "ko") == "文在寅" and _author_field("文 静", "zh") == "文 静"  # a name's first character is no label, nor a name written apart
