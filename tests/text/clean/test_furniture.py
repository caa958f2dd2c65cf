"""The line model's second opinion on short lines (`align/text/clean/furniture.py`): which lines it is
not asked about."""

from __future__ import annotations

import pytest

from align.text.segment import segment_document, segment_file
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


# staged page 4393's photo block: the image's alt text and its caption, one in ' quotes, the other in ‘’
CAPTION = "▲성남중원경찰서 범죄예방대응과가 외국인 연수생 약 30여 명을 대상으로 연말·연시 특별방범 대책의 일환인 {}찾아가는 외국인 범죄예방교실{}을 개최하고 교육을 진행했다 <성남중원경찰서 제공>"
CAPTIONED = (
    "성남중원경찰서, 체류 외국인 유학생 대상 '찾아가는 외국인 범죄예방교실' 개최\n\n"
    "성남중원경찰서(서장 권혁준) 범죄예방대응과는 지난 12월 23일 오후 1시 신구대학교 국제교류원에서 어학연수를 위해 입국한 "
    "외국인 연수생 약 30여 명을 대상으로 '찾아가는 외국인 범죄예방교실'을 개최했다.\n\n"
    + CAPTION.format("‘", "’") + "\n" + CAPTION.format("'", "'") + "\n\n"
    "이번 범죄예방교실은 외국인 유학생들이 한국 생활에서 겪을 수 있는 각종 범죄 위험을 사전에 예방하기 위해 마련됐다.\n"
)


def test_a_marked_caption_printed_again_in_other_quotes_is_its_copy_not_a_list() -> None:
    """Right: two lines under the caption mark that differ in their quotes alone are the image's alt
    text and its caption, no list of two points: both go."""
    kept = [s.text for s in segment_document(CAPTIONED, "ko").sentences]
    assert not any(sentence.startswith("▲") for sentence in kept)
    assert kept[-1].startswith("이번 범죄예방교실은")



def test_a_sites_numbered_rules_for_commenters_end_the_article() -> None:
    """Trial 15: a Chinese-Korean portal's rules for commenters (`주의사항: 1. … 법규를 준수하고 … 2. …
    필명과 메모를 관리할 …`) came out as sentences and were aligned to news; an article's own numbered
    advice under the same label stays."""
    rules = (
        "주의사항: 1. 중화인민공화국 해당 법률, 법규를 준수하고 온라인 도덕을 존중하며 일체 자신의 행위로 야기된 법률책임을 안아야 한다. "
        "2. 사이트는 필명과 메모를 관리할 모든 권한을 소유한다. |"
    )
    article = "공안부 정치부 주임이 하북성을 찾아 유가족들을 위문했다.\n사건발생후 공안부는 이들을 잊지 않을것이라고 강조했다.\n"
    document = segment_document(article + "래원: 중앙인민방송 | (편집: 김홍화) |\n" + rules + "\n")
    assert [s.text for s in document.sentences] == article.strip().split("\n")
    advice = "경찰은 다음과 같이 당부했다.\n주의사항: 1. 낯선 전화는 끊고 112에 신고한다. 2. 계좌이체 요구는 법규를 준수하는지 확인한다.\n"
    assert len(segment_document(advice).sentences) >= 3


def test_a_sites_appeals_for_likes_and_its_rights_disclaimers_are_no_article() -> None:
    """Trial 14: `如果您喜歡我們的報導，請幫我們按個讚！`, `点赞关注，让你…`, `如有侵权，请联系我们，我们将积极配合处理。`,
    `…无任何侵犯他人权益的意图。` and `目前沒有發表意見!!` came out as sentences; a report that readers liked
    something stays."""
    article = "警方破获一起诈骗案，抓获嫌疑人3名。\n该视频发布后，网友纷纷点赞关注，民警的做法获得好评。\n"
    page = article + (
        "如果您喜歡我們的報導，請幫我們按個讚！\n"
        "点赞关注，让你财运一路飙升，好运挡都挡不住！\n"
        "目前沒有發表意見!!\n"
        "本文创作初衷在于传播正能量，无任何侵犯他人权益的意图。\n"
        "如有侵权，请联系我们，我们将积极配合处理。\n"
    )
    assert [s.text for s in segment_document(page).sentences] == article.strip().split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "被告在庭审中辩称，其销售的商品均从正规渠道进货，无任何侵犯原告商标权益的意图。",
        "法官提醒，平台内经营者如有侵权行为，权利人可向平台投诉，平台应当及时处理，否则须承担连带责任。",
        "檢方調查，林男冒用知名網紅的照片開設粉絲專頁，要求被害人先幫他按個讚，再私訊領取抽獎獎金。",
        "“关注我，带你一个月赚十万！”这是主播每场直播的开场白。",
        "“点赞关注，下单立返现金”也是该团伙的固定话术。",
        "警方欢迎广大网友帮忙按个赞并转发扩散，如有线索请拨打110。",
        "주의사항: 1. 금융기관의 안내를 준수하고 2. 인터넷 게시판이나 댓글에 올라온 대출 광고를 믿지 말 것.",
    ],
)
def test_an_articles_own_words_of_rights_likes_follows_and_rules_stay(line: str) -> None:
    """Review 101b: the rows for a site's appeals and disclaimers took a court story's plea and the
    judge's words (侵犯…权益的意图, 如有侵权…及时处理), a scam's quoted patter, the police asking for a
    like to spread an appeal, and police advice that mentions 댓글 (the stop rows then dropped the rest)."""
    article = "近日，市公安局破获一起案件，抓获犯罪嫌疑人12名。\n" if not line.startswith("주의") else "서울경찰청은 2일 보이스피싱 예방 수칙을 발표했다.\n"
    closing = "目前，案件正在进一步审理中。\n" if not line.startswith("주의") else "경찰은 앞으로도 예방 활동을 강화할 방침이다.\n"
    kept = [s.text for s in segment_document(article + line + "\n" + closing).sentences]
    assert closing.strip() in kept and any(part in "".join(kept) for part in (line[:12], line[-12:]))


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("被告辩称，其网站页面标明“本站资源均来自网络，无任何侵犯他人权益的意图，如有侵权，请联系我们”，不应承担责任。", "zh"),
        ("注意事项：1、网购时请遵守平台交易规则，不要脱离平台私下转账；2、不要轻信昵称为“官方客服”“退款专员”的陌生账号。", "zh"),
        ("嫌疑人在群里称“帮我们按个赞，每单返现5元”，王女士前几单都收到了返现。", "zh"),
        ("주의사항: 1. 플랫폼의 거래 규칙을 준수하고 2. 판매자의 필명(닉네임)과 거래 후기를 반드시 확인할 것.", "ko"),
    ],
)
def test_quoted_disclaimers_and_advice_that_names_nicknames_stay(line: str, lang: str) -> None:
    """Review 101c: a plea quoting a site's disclaimer, anti-fraud advice that mentions nicknames, and
    a scam's quoted patter were cut as the site's own notices (the stop rows then took the rest)."""
    article, closing = (
        ("近日，区人民法院审结一起案件，判决被告赔偿原告12万元。\n", "目前，该案判决已生效。\n")
        if lang == "zh"
        else ("경기남부경찰청은 최근 중고거래 사기 피해가 잇따르고 있다며 주의를 당부했다.\n", "경찰은 앞으로도 예방 활동을 강화할 방침이다.\n")
    )
    kept = [s.text for s in segment_document(article + line + "\n" + closing).sentences]
    assert closing.strip() in kept and "".join(line[:10].split()) in "".join("".join(kept).split())  # the line itself stays too


def test_a_video_player_s_fallback_line_goes_but_a_sentence_about_browsers_stays() -> None:
    """A page saved after its scripts ran (as one file, MHTML) prints its video player's fallback
    line (`您的浏览器暂时无法播放此视频.`, BBC News 中文); a body sentence that opens alike stays."""
    from align.text.clean import clean

    body = "警方昨日在市区查获毒品，抓获嫌疑人三名。\n{}\n警方提醒市民注意安全，发现线索及时报警。\n"
    for notice in ("您的浏览器暂时无法播放此视频.", "當前瀏覽器無法播放影片", "您的浏览器暂时无法播放此音频。", "您的浏览器暂时无法播放HTML5视频。", "当前浏览器不能播放该视频格式"):
        assert [d.reason for d in clean(body.format(notice), "zh").dropped] == ["widget"]
    assert clean(body.format("浏览器无法播放视频时，警方提醒市民更新软件。"), "zh").dropped == ()
    assert clean(body.format("浏览器无法播放视频怎么办？"), "zh").dropped == ()  # an article's crosshead (review 104a)
    for line in ("浏览器无法播放视频 当心是木马诈骗", "浏览器不能播放此类加密视频!"):  # a headline, a sentence (review 104b)
        assert clean(body.format(line), "zh").dropped == ()


def test_a_reading_time_line_goes_but_a_sentence_about_a_text_s_length_stays() -> None:
    """`全文703字,閱讀約需2分鐘` (a reading-time widget under a 新京报 report, trial 24) gave two claims."""
    from align.text.clean import clean

    body = "警方昨日在市区查获毒品，抓获嫌疑人三名。\n{}\n警方提醒市民注意安全，发现线索及时报警。\n"
    for widget in ("全文703字,閱讀約需2分鐘", "阅读约需5分钟", "全文2100字", "约1800字 阅读需要5分钟", "原创 平安北京 阅读约需3分钟"):
        assert [d.reason for d in clean(body.format(widget), "zh").dropped] == ["widget"]
    assert clean(body.format("全文3000字的报告显示，警方共破获案件120起。"), "zh").dropped == ()
    for line in ("全文共8000字，分为总则、分则等七章。", "调查显示，市民平均每天阅读约20分钟。"):  # review 104b
        assert clean(body.format(line), "zh").dropped == ()
