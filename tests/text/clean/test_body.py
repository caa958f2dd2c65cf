"""Where the article's body starts and ends (`align/text/clean/body.py`)."""

from __future__ import annotations

import pytest

from align.text.segment import segment_document, segment_file
from tests.conftest import DATA

PAGES = DATA / "pages"


def test_a_sites_slogan_over_its_header_does_not_start_the_body() -> None:
    """Right: developed page 4388 opens with its CMS's slogan, a short line that exclaims
    (`织梦CMS - 轻松建站从此开始!`), over the site's name, its menu, the headline and the meta row
    (时间 … 来源 … 作者): the body starts under the meta row, the headline is the headline."""
    sentences = segment_file(PAGES / "4388.txt").sentences
    assert [s.text for s in sentences if s.heading] == ["养殖基地竟是假烟窝点 警方拦运烟车捣毁制假作坊(组图)"]
    assert not any("织梦CMS" in s.text for s in sentences)


LEAD = "昨天上午9点半,特勤大队联合东孚派出所再次上路巡逻调查,结果发现一辆可疑货车正往西园村方向行驶。"


def test_a_short_first_sentence_with_no_meta_row_under_its_header_starts_the_body() -> None:
    """Right: a short sentence over a title-like line and prose, with no meta row under them, is the
    article's (a headline-short opening that exclaims)."""
    text = "民警守候多时终于等到货车驶出!\n民警果断出击拦下货车\n" + LEAD + "\n此案正在进一步调查中。\n"
    assert "民警守候多时终于等到货车驶出!" in [s.text for s in segment_document(text, "zh").sentences]


def test_a_headline_that_exclaims_right_over_its_meta_row_is_the_headline() -> None:
    """Right: with no title-like line between it and the meta row, a short line that exclaims is the
    headline itself (`exclaimed_headline`), kept whole."""
    text = "假烟窝点藏身养殖场!警方捣毁制假作坊\n时间:2022-12-12 07:44 来源:网络整理 作者:佚名\n" + LEAD + "\n此案正在进一步调查中。\n"
    sentences = segment_document(text, "zh").sentences
    assert [s.text for s in sentences if s.heading] == ["假烟窝点藏身养殖场!警方捣毁制假作坊"]


def test_a_footer_label_over_the_article_under_a_slogan_and_the_header_ends_nothing() -> None:
    """Right: developed page 4432 opens with its site's slogan (`200字范文,内容丰富有趣,生活中的好帮手!`, a short
    sentence), its breadcrumb, the headline and the date, then prints 相关推荐 over the article: the
    slogan stands over the article's own header, so the label ends nothing, and the article is kept."""
    kept = [s.text for s in segment_file(PAGES / "4432.txt").sentences]
    assert any(sentence.startswith("为有效应对暴力袭击校园事件的发生") for sentence in kept)
    assert any(sentence.startswith("演练结束后") for sentence in kept)
    assert not any("生活中的好帮手" in sentence for sentence in kept)


def test_a_one_sentence_slogan_over_the_header_does_not_start_the_body_and_the_headline_heads() -> None:
    """Right: on the same page the slogan, one sentence of prose length, is no body's first line (the meta
    row under the headline within `header_reach` lines): the headline is the headline, and the breadcrumb
    that ends in it (`200字范文 > …`) is its copy, not a line of its own."""
    sentences = segment_file(PAGES / "4432.txt").sentences
    assert [s.text for s in sentences if s.heading] == ["嵩明县公安局到县一中开展应急疏散及反恐防暴处突综合演练"]
    assert not any(">" in s.text for s in sentences)



def test_a_lead_that_announces_the_notice_it_forwards_starts_the_body() -> None:
    """Right (code review 88): a short first sentence announcing what follows (`…现转发如下。`) over the notice's
    title and the page's meta row is the article's, not a slogan over the header."""
    text = (
        "近日,市公安局发布以下通告,现转发如下。\n关于开展打击电信网络诈骗专项行动的通告\n"
        "2024-06-05 10:20  来源:本站  作者:王明  浏览次数:235\n"
        "为有效遏制电信网络诈骗犯罪高发态势,切实保护人民群众财产安全,市公安局决定即日起在全市开展专项行动。\n"
        "凡在本市从事电信网络诈骗违法犯罪活动的人员,应当立即停止违法犯罪活动,主动投案自首。\n"
    )
    assert segment_document(text, "zh").sentences[0].text == "近日,市公安局发布以下通告,现转发如下。"


def test_a_caption_with_an_english_credit_under_the_headline_is_no_body_a_share_bar_could_end() -> None:
    """Right: developed page 4545 (ABC中文) prints its photo's caption with the credit in brackets as Australian
    outlets do (`…涉案金额近百万澳元。(ABC News: Bang Xiao)`), then `Share this article`, then the article:
    the caption is a caption, so the share bar ends nothing and the body under it is kept; the second
    caption (`…(Supplied)`) goes too."""
    kept = [s.text for s in segment_file(PAGES / "4545.txt").sentences]
    assert any(sentence.startswith("近日,全澳多地警方接到多起") for sentence in kept)
    assert any(sentence.startswith("“电话转接后") for sentence in kept)
    assert not any("Bang Xiao" in sentence or "Supplied" in sentence for sentence in kept)
    assert not any(sentence.startswith("孙女士使用了第二部手机") for sentence in kept)


def test_a_bracketed_english_name_after_a_sentence_is_the_articles() -> None:
    """Near misses: a bracketed English name with no colon in it (an agency the sentence names), or a colon
    in a bracket with words after it on the line, is no photo credit."""
    body = "近日,全澳多地警方接到多起针对澳大利亚华人社区的诈骗事件,总涉案金额高达近百万澳元。\n据了解,警方已对此案展开调查。\n"
    for line in (
        "此案由澳大利亚联邦警察负责调查。(Australian Federal Police)",
        "警方表示,调查仍在进行中。(ABC News: Bang Xiao)警方呼吁知情者提供线索。",
        # code review 89b: a paragraph of several sentences, a lower-case bracket
        "警方称,该团伙专门冒充澳大利亚政府机构实施诈骗。据统计,今年以来全澳已有超过两百名华人报案,损失金额超过百万澳元。（Reuters: Ann Wang）",
        "警方呼吁市民提高警惕,切勿向陌生人转账汇款,以免上当受骗。(see: below)",
    ):
        kept = " ".join(s.text for s in segment_document(f"全澳多起电话诈骗案针对华人\n{body}{line}\n{body}", "zh").sentences)
        assert line.split("。")[0] in kept, line


def test_a_run_of_closing_credits_ends_the_article_whatever_prose_a_sidebar_prints_below() -> None:
    """Right: under the body, the reporter's, the correspondent's and the reviewer's rows one under
    another close the article; a tips box of finished sentences the page prints after them is the
    site's (less prose follows than 0.6 of the body's). Two credit rows are not yet a run: prose under them stays."""
    body = LEAD + "\n民警随后将车辆拦停,现场查获一批假冒卷烟。\n经审查,驾驶员对运送假烟的违法事实供认不讳,目前案件正在进一步侦办中。\n"
    tips = "反诈小贴士：\n凡是自称专家、推销能治百病的保健品，都是骗局。\n遇到可疑情况，请及时拨打110或联系社区民警。\n"
    closed = segment_document(body + "记者：方敏\n通讯员：李强\n审核：赵辉\n" + tips, "zh")
    assert [s.text for s in closed.sentences][-1] == "经审查,驾驶员对运送假烟的违法事实供认不讳,目前案件正在进一步侦办中。"
    assert any("骗局" in d.text for d in closed.dropped)
    kept = segment_document(body + "记者：方敏\n通讯员：李强\n" + tips, "zh")
    assert "遇到可疑情况，请及时拨打110或联系社区民警。" in [s.text for s in kept.sentences]
    # code review 95: credits between the paragraphs of an article with as much prose below them
    # as above are no close
    rest = "今年第三季度电信诈骗案件同比下降46%,警方表示将继续保持严打高压态势。\n下一步,警方将持续加大对电信网络诈骗犯罪的打击力度,切实守护好群众的钱袋子。\n"
    middle = segment_document(body + "编辑：方敏\n校对：李强\n审核：赵辉\n" + rest, "zh")
    assert [s.text for s in middle.sentences][-1] == "下一步,警方将持续加大对电信网络诈骗犯罪的打击力度,切实守护好群众的钱袋子。"


# new-user trial 4, D9: a page written one clause per line (a WeChat copy), its date and view count under the headline
CLAUSE_PER_LINE_LEAD = (
    "江西南昌县重大交通事故已造成19人死亡20人受伤\n"
    "2023-01-09 访问量:454\n"
    "2023年1月8日0时49分许\n"
    "江西南昌县幽兰镇S517连接线桃岭村路段\n"
    "发生一起重大道路交通事故\n"
    "目前已造成19人死亡20人受伤\n"
    "伤者已送往医院救治\n"
    "据南昌县委宣传部消息,南昌县1月8日发生的重大交通事故目前已造成19人死亡20人受伤。\n"
    "事发当时,当地村民按风俗凌晨步行送殡,一辆半挂货车突然冲入人群,导致伤亡。\n"
)


def test_clause_lines_under_the_date_and_view_count_are_the_lead_not_the_header() -> None:
    """Right: under the headline and the page's date and view count (`访问量:454`, a view count as much as
    阅读量), five clause lines above the first sentence are the lead written a clause per line (the time, the
    place, what happened), its figures and road number read as one word each (`_clauses`): the body starts at
    them, the headline above heads it, and only the meta row goes."""
    document = segment_document(CLAUSE_PER_LINE_LEAD, "zh")
    sentences = document.sentences
    assert [s.text for s in sentences if s.heading] == ["江西南昌县重大交通事故已造成19人死亡20人受伤"]
    body = [s.text for s in sentences if not s.heading]
    assert body[:5] == ["2023年1月8日0时49分许", "江西南昌县幽兰镇S517连接线桃岭村路段", "发生一起重大道路交通事故", "目前已造成19人死亡20人受伤", "伤者已送往医院救治"]
    assert sorted(d.text for d in document.dropped) == ["2023-01-09", "访问量:454"]


def test_a_korean_sentence_ending_in_the_past_tense_without_its_full_stop_is_body() -> None:
    """Right: a long Korean sentence that ends in a past tense other than 했다 with its full stop left off (`…부상했다고
    밝혔다`, a machine translation's) is prose: the body starts at it, and it is no line of the headline block."""
    text = (
        "장시 남창현 중대 교통사고로 19 명이 숨지고 20 명이 다쳤다\n자료도\n"
        "본사 기자는 남창현 홍보부에서 남창현 1 월 8 일 발생한 중대 교통사고로 현재 19 명이 숨지고 20 명이 부상했다고 밝혔다\n"
        "2023 년 1 월 8 일 0 시 49 분쯤 강서성 남창현 유란진 S517 연결 도령마을 구간에서 중대한 도로교통사고가 발생했다.\n"
        "현재 부상자는 남창현 인민병원, 중국 인민해방군 연근보장부대 908 병원으로 이송돼 사고 원인을 더 깊이 조사하고 있다.\n"
    )
    sentences = segment_document(text, "ko").sentences
    assert [s.text for s in sentences if s.heading] == ["장시 남창현 중대 교통사고로 19 명이 숨지고 20 명이 다쳤다"]
    assert sentences[1].text.startswith("본사 기자는") and not sentences[1].heading


ADVERT = "智迅安全为企业提供应急综合平台、安全生产平台、九小场所风险管控系统、企业大培训大学习大考试系统、城市安全网格化系统等解决方案,为企业安全应急保驾护航。"


@pytest.mark.parametrize("between", ["", "\n"])
def test_a_business_advert_and_its_contact_number_after_the_article_go(between: str) -> None:
    """Right: new-user trial 4, D2: a company's advert after the article (a service it offers, 为企业提供…解决方案), its
    contact number glued to its end or on the next line, goes whole as `promo`; its number is no sentence of the
    article, and so no claim."""
    text = CLAUSE_PER_LINE_LEAD + ADVERT + between + "联系电话:13127138976\n"
    document = segment_document(text, "zh")
    kept = " ".join(s.text for s in document.sentences)
    assert "智迅安全" not in kept and "13127138976" not in kept
    assert kept.endswith("导致伤亡。")
    assert any(d.reason == "promo" and d.text.startswith("智迅安全") for d in document.dropped)


def test_a_police_line_offering_a_service_with_its_number_is_the_articles() -> None:
    """Right: a line of the police offering the public a service, its number at its end, is the article's (no advert)."""
    line = "同时,提醒广大师生,发现形迹可疑人员及物品被盗等情况,请立即拨打校园110报警电话,我们为您提供24小时不间断接警求助服务,联系电话:7666110"
    kept = [s.text for s in segment_document(CLAUSE_PER_LINE_LEAD + line + "\n", "zh").sentences]
    assert any("7666110" in text for text in kept)


@pytest.mark.parametrize(
    "line",
    ["市交通运输局为旅客提供24小时出行咨询服务，咨询电话：0791-86228888。", "医院开通绿色通道为伤者提供医疗服务，联系电话：0791-88692114。"],
)
def test_a_public_service_offered_with_its_number_is_the_articles(line: str) -> None:
    """The review of this session: the advert row took a transport bureau's and a hospital's service
    with its number; a public body or a public it serves (局, 医院, 旅客 …) is no business's advert."""
    text = CLAUSE_PER_LINE_LEAD + line + "\n"
    assert line in [s.text for s in segment_document(text, "zh").sentences]


def test_a_victims_account_of_the_scammers_offer_is_the_articles() -> None:
    """The second review of this session: a fraud victim's account of what the scammer offered, with the number the
    scammer gave below it, is the article's, not a business's advert."""
    line = "对方自称某平台客服，可提供退款服务。"
    text = CLAUSE_PER_LINE_LEAD + line + "\n联系电话：13812345678\n"
    assert line in [s.text for s in segment_document(text, "zh").sentences]
