"""Near misses of the credit, disclaimer, reprint-notice and list rows of align/data/prefixes.tsv and
align/data/boilerplate.tsv (code review 41): body text of the same shape that a row must leave, and
credits of the same shape that it must take."""

import pytest

from align.text.document import Document
from align.text.segment import segment_document


def texts(document: Document) -> list[str]:
    return [s.text for s in document.sentences]


LAST_SENTENCE = {"ko": "경찰은 공범을 쫓고 있다.", "zh": "此案正在进一步审理中。"}  # an article's last sentence, with furniture under it


# --- F1: prefixes, a paper's name in brackets ending in 报 (row 1) --------------------------------
# The lookbehind lists only some bulletin words; 播报, 速报, 周报, 月报, 年报, 线报 … are column or
# crosshead labels, not papers' names.

LEAD = "6月10日,甘州分局西街派出所接到指令,民警立即赶到现场。"


@pytest.mark.parametrize("label", ["【警情播报】", "【战果速报】", "【警情周报】", "【警情月报】", "【年报】", "【反诈线报】"])
def test_a_bulletin_columns_label_is_no_papers_name(label: str) -> None:
    """Right: the label stays in its sentence, no source (as for 【警情通报】 in the repo's test)."""
    document = segment_document(f"民警劝阻老人转账\n{label}{LEAD}\n此案正在进一步调查中。\n", "zh")
    assert document.metadata.source is None
    assert document.sentences[1].text == label + LEAD


def test_a_crosshead_in_the_body_does_not_turn_the_lead_into_a_caption() -> None:
    """Right: a crosshead 【警情播报】 under the lead keeps the lead. (Not the article's opening
    credit, which would make the lead above it a caption.)"""
    text = "甘州警方一周警情\n" + LEAD + "\n【警情播报】6月12日,一名男子在超市盗窃被当场抓获。\n此案正在进一步调查中。\n"
    document = segment_document(text, "zh")
    assert LEAD in texts(document)
    assert document.metadata.source is None


# --- F2: prefixes, an outlet's 讯 glued to the lead's date (row 3) --------------------------------
# The new date branch takes any 2-10 characters ending in 讯/訊: 腾讯 (Tencent) and the legal words
# 聆訊 (hearing) and 偵訊 (interrogation) are not in the lookbehind.


@pytest.mark.parametrize(
    "line",
    [
        "深圳警方联合腾讯5月11日发布《反电信网络诈骗白皮书》,提醒市民注意防范。",
        "据腾讯5月11日消息,深圳警方破获一起电信诈骗案。",
        "案件聆訊5月20日在西九龍裁判法院進行,控方將傳召五名證人。",
        "警方偵訊5月11日凌晨結束,嫌犯坦承犯行。",
    ],
)
def test_a_clause_ending_in_a_word_with_xun_before_a_date_is_kept(line: str) -> None:
    """Right: the whole clause is body, no source credit."""
    document = segment_document(f"民警提醒市民注意防范\n{line}\n此案正在进一步调查中。\n", "zh")
    assert document.metadata.source is None
    assert line in texts(document)


def test_tencent_in_the_body_does_not_drop_the_lead_as_a_caption() -> None:
    """Right: lead and clause both kept."""
    lead = "今年以来,深圳电信诈骗案件发案数同比下降。"
    clause = "深圳警方联合腾讯5月11日发布《反电信网络诈骗白皮书》,提醒市民注意防范。"
    document = segment_document(f"深圳警方发布反诈白皮书\n{lead}\n{clause}\n白皮书显示,冒充客服类诈骗占比最高。\n", "zh")
    assert texts(document)[1:3] == [lead, clause]


def test_an_outlets_xun_glued_to_a_full_date_with_the_year_is_cut_too() -> None:
    """False negative of the same shape: 秀山網訊 glued to 2024年5月11日 (the year first)."""
    document = segment_document("洪安鎮鏟除罌粟\n秀山網訊2024年5月11日,洪安鎮政府接到群眾舉報,在溝邊發現類似罌粟的植物。\n", "zh")
    assert document.metadata.source == "秀山網訊"
    assert document.sentences[1].text.startswith("2024年5月11日")


# --- F3: boilerplate, a CMS reprint notice with a URL, any length (row 6) -------------------------
# The row is a search anywhere in a line of up to 400 characters, and drops the whole line.


def test_a_body_paragraph_quoting_a_reprint_notice_is_kept() -> None:
    """Right: a copyright-infringement case quoting the notice is body."""
    para = ("经查,2023年以来,犯罪嫌疑人王某某搭建“某某小说网”,未经权利人许可,通过爬虫软件大量复制他人享有著作权的网络小说,"
            "并在每一章节末尾加上“转载请注明出处:http://www.mmxs.com”字样冒充原创,再通过投放赌博广告牟利,非法获利10余万元。")
    body = ["淮阳警方破获一起侵犯著作权案", "近日,淮阳县公安局成功破获一起侵犯著作权案,抓获犯罪嫌疑人2名,涉案金额达120余万元。", para, "目前,案件正在进一步侦办中。"]
    assert texts(segment_document("\n".join(body) + "\n", "zh")) == body


def test_a_notice_glued_after_the_last_sentence_takes_only_itself() -> None:
    """Right: the notice goes, the paragraph's sentence stays."""
    last = "警方提醒,广大网民要增强版权意识,自觉抵制盗版网站,发现侵权线索可及时向公安机关举报,共同营造清朗的网络空间,维护权利人和广大读者的合法权益。"
    notice = "转载请注明出处:http://zhoukou.yuduxx.com/huaiyang/498030.html,谢谢合作!"
    text = "淮阳警方破获一起侵犯著作权案\n近日,淮阳县公安局成功破获一起侵犯著作权案,抓获犯罪嫌疑人2名。\n目前,案件正在进一步侦办中。\n" + last + notice + "\n"
    kept = texts(segment_document(text, "zh"))
    assert last in kept
    assert not any("转载" in k for k in kept)


# --- F4: prefixes, Korean outlet=reporter credit in 【】 inside a line (row 2) ----------------------
# The photo exclusion only knows a bare role word right before `=`: 사진·영상=, 자료사진=, 일러스트=,
# 인포그래픽=, 촬영=, 영상 취재= pass, and a photo credit in 【】 now cuts the line and becomes the source.


@pytest.mark.parametrize("role", ["사진·영상", "자료사진", "일러스트", "인포그래픽", "촬영", "영상 취재"])
def test_a_photo_or_graphics_credit_in_lenticular_brackets_is_no_source(role: str) -> None:
    """Right: like 【사진=임종구기자】 in the repo's test, the line stays one and there is no source."""
    line = f"약목면, 파출소와 손잡고 마을 순찰 【{role}=임종구 기자】 칠곡군 약목면은 파출소와 협조 체제를 강화했다."
    document = segment_document(line + "\n경찰은 수사를 이어가고 있다.\n", "ko")
    assert document.metadata.source is None
    assert texts(document)[0] == line


# --- F5: boilerplate, a site's disclaimer heading with its name before it (row 5, stop) -----------
# 台 takes 平台 (a platform: the subject of every investment-fraud story), and any prefix word
# (涉案, 该, 图为) counts as the site's name; the stop then ends the article.


@pytest.mark.parametrize("line", ["涉案平台免责声明", "图为涉案平台免责声明", "该平台版权声明"])
def test_a_fraud_platforms_disclaimer_named_in_the_body_does_not_end_the_article(line: str) -> None:
    """Right: the body after the caption or crosshead is kept (the line itself may go as a caption)."""
    body = ["长沙破获一起投资诈骗案", "长沙市警方近日破获一起以“高额返利”为诱饵的投资诈骗案,抓获犯罪嫌疑人3名。",
            "警方调查发现,该平台在页面底部设置所谓“免责声明”,声称投资风险由用户自担,以此逃避责任。"]
    tail = ["民警提醒,投资理财请选择正规渠道。", "此案正在进一步调查中。"]
    kept = texts(segment_document("\n".join([*body, line, *tail]) + "\n", "zh"))
    assert kept[-2:] == tail


def test_the_heading_with_a_colon_ends_the_article_too() -> None:
    """False negative of the same shape: 豫都网免责声明： (the usual colon) is not taken and the
    disclaimer's clauses are kept as body."""
    body = ["淮阳警方破获一起电信诈骗案", "近日,淮阳县公安局成功破获一起电信网络诈骗案,抓获犯罪嫌疑人5名。", "民警提醒广大群众,切勿轻信陌生来电,谨防上当受骗。"]
    footer = ["豫都网免责声明：", "1、本网所刊载的所有的资料及图表仅供参考使用。", "2、刊载这些文档并不构成对任何股份的收购、购买、认购、抛售或持有的邀约或意图。"]
    assert texts(segment_document("\n".join([*body, *footer]) + "\n", "zh")) == body


# --- F6: boilerplate, a bulleted line ending in ；/; is no related link (row 7) -------------------

HEAD = ["奥克兰警方提醒市民防范抢包", "据称,大多数抢包案件发生时,罪犯会采取一些手段转移受害者的注意力。", "以下是几条需要注意的安全小提示:"]
TAIL = ["此外,警方希望抢包案的受害者能够主动与警方取得联系。"]


def test_tips_ending_in_semicolons_do_not_turn_the_headline_into_body() -> None:
    """Right: the headline stays the title; bulleted tips ending in ； are no messenger copy's clause
    fragments (`fragmented_start`), which would move the body up over the headline."""
    tips = ["  • 不要将钱装在印有银行标识的现金袋或是钱袋内；", "  • 下车时请谨记锁好车门；", "  • 如果需要进行现金交易,请尽量在他人的陪同下进行。"]
    document = segment_document("\n".join([*HEAD, *tips, *TAIL]), "zh")
    assert document.metadata.title == HEAD[0]


def test_related_teasers_ending_in_an_html_entity_are_still_related_links() -> None:
    """Right: teasers cut off with a raw entity ellipsis (…&#8230;, …&hellip;) end in `;` but are a
    related-links list, dropped."""
    links = ["  • 奥克兰华人超市遭窃 警方调查&#8230;", "  • 警方破获跨国贩毒集团&hellip;"]
    kept = texts(segment_document("\n".join([*HEAD, *TAIL, *links]), "zh"))
    assert not any(k.startswith("•") for k in kept)


# --- F7: prefixes, Korean hand-over sentence after a line's last sentence (row 4) -----------------
# The name slot is any 2-4 syllable word (동료, 당시, 숨진, 현장을 …), so a body sentence whose
# subject is "a reporter" is cut; and 특파원가 is not Korean (특파원이), so the 특파원 branch is dead.


def test_a_body_sentence_about_a_fellow_reporter_is_kept() -> None:
    """Right: 동료 기자가 대신 취재했습니다 (a colleague covered it instead) is body, no byline."""
    line = ("경찰은 당시 집회 현장에서 취재하던 A 기자의 출입을 막고 휴대전화까지 빼앗으려 했다는 의혹을 받고 있으며 "
            "해당 경찰관은 현재 대기발령 상태입니다. 동료 기자가 대신 취재했습니다.")
    text = "경찰, 취재 방해 논란\n경찰청은 진상 조사에 착수했다고 밝혔습니다.\n" + line + "\n경찰청은 조사 결과를 공개할 방침입니다.\n"
    assert "동료 기자가 대신 취재했습니다." in " ".join(texts(segment_document(text, "ko")))


def test_a_correspondents_hand_over_is_cut_like_a_reporters() -> None:
    """False negative of the same shape: 김철수 특파원이 알아봤습니다."""
    text = "보이스피싱 조직 검거\n경찰은 조직원 12명을 검거했습니다.\n해경이 실종 선원을 찾고 있습니다. 김철수 특파원이 알아봤습니다.\n"
    kept = texts(segment_document(text, "ko"))
    assert "해경이 실종 선원을 찾고 있습니다." in kept
    assert not any("알아봤습니다" in k for k in kept)


# --- a photo's positions (왼쪽, 오른쪽) ------------------------------------------------------------


def test_a_body_sentence_saying_left_or_right_is_no_caption() -> None:
    """Right: only a caption says where a person stands in brackets (`순경(왼쪽)`) or opens with `왼쪽부터`;
    body text that turns left or goes from the left stays."""
    body = "경찰은 용의자를 추적했다고 밝혔다.\n용의자는 왼쪽으로 급히 방향을 틀었고 경찰은 왼쪽부터 차례로 골목을 수색했다.\n경찰은 이날 용의자를 검거했다.\n"
    assert len(texts(segment_document(body, "ko"))) == 3


@pytest.mark.parametrize(
    "line",
    [
        "경찰은 골목을 나눠 수색했다. 왼쪽부터 차례로 집집마다 문을 두드렸다.",
        "왼쪽부터 차례로 집집마다 문을 두드렸다고 경찰은 밝혔다.",
        "도로 표지판(왼쪽)과 실제 도로 모습(오른쪽)이 다르다는 민원이 이어졌다.",
        '경찰은 "주변에 적극 추천해 주십시오"라고 말했다.',
        "경찰은 이날 표창을 받은 김 순경(왼쪽)에게 꽃다발을 건넸다.",  # code review 54b: any past tense, not a listed few
        "시민(오른쪽)이 경찰에 감사를 표했다고 밝혔다.",
    ],
)
def test_body_that_goes_from_the_left_or_asks_for_a_recommendation_stays(line: str) -> None:
    """Code review 54: a sentence that opens with 왼쪽부터 or tells of a left and a right in the past,
    and quoted advice to recommend something, are body (a caption lists names after 왼쪽부터 and
    describes its photo in the present; a promo asks for a like or a subscription)."""
    document = segment_document(f"경찰은 사건을 수사하고 있다고 밝혔다.\n{line}\n경찰은 이날 표창을 수여했다.\n", "ko")
    assert line.replace(" ", "") in "".join(texts(document)).replace(" ", "") and not document.dropped


def test_a_ranking_with_its_figures_in_brackets_is_no_breadcrumb() -> None:
    """Right: a press release ranks with `>` (page 1677), each item with its share in brackets; a
    breadcrumb's items carry no figures (`한국방송 홈 > 뉴스 > 생활, 문화` stays navigation)."""
    ranking = "○ 이번 집중단속 결과, 범죄유형별로는 불법 입‧출국(49.0%) > 외국인 대포물건(18.8%) > 마약 밀반입 등(13.2%) 등의 순"
    document = segment_document(f"경찰은 단속 결과를 발표했다.\n{ranking}\n경찰은 단속을 이어간다.\n", "ko")
    assert ranking in texts(document)
    crumbs = segment_document("한국방송 홈 > 뉴스 > 생활, 문화\n경찰은 단속 결과를 발표했다.\n경찰은 단속을 이어간다.\n", "ko")
    assert [d.reason for d in crumbs.dropped] == ["navigation"]


@pytest.mark.parametrize(
    "line",
    [
        "图1.5米高的护栏被撞断后,民警立即设置警示标志。",  # a measure after 图, no picture's number
        "图1.5米高的围墙",  # …and without a clause: the digit after the full stop alone tells it
        "据悉，警方在搜查中起获大量毒品—照片:嫌疑人藏匿毒品的位置",  # a clause before the dash and its credit (code review 85)
        "他说，“我们已经把证据交给了警方——照片：现场监控截图”",  # a quotation closing after it
        "图2.显示嫌疑人进入小区的时间",  # a figure that shows, cited by its number
        "民警在现场拍下照片:一辆电动车横在路中间,车主已不见踪影。",  # 照片 and a colon inside a sentence, no dash before it
        "民警提醒:收到可疑链接的截图请及时报警,不要转发给他人。",  # a sentence that names a screenshot
    ],
)
def test_lines_near_the_picture_number_dash_credit_and_screenshot_rows_stay(line: str) -> None:
    """A photo's number closed by a full stop (`图1.…`), a credit after a dash (`–照片:…`) and an account's
    screenshot (`@… 微博评论截图:`) are captions; a measure after 图, a photo named inside a sentence and a
    sentence naming a screenshot are body."""
    document = segment_document(f"民警接到报警后赶到现场。\n{line}\n此案正在进一步调查中。\n", "zh")
    assert line in texts(document) and not document.dropped


# --- The comment form's stop row (boilerplate.tsv): its words as the article's ---------------------
# A line with 댓글, 验证码 or 网友留言 and no sentence end stopped the article there: a headline about malicious
# comments, an anti-fraud tip list's item, a crosshead. The row now wants the form's shape (a count, a control,
# a label); the form's own lines still stop it.


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("ko", "악성 댓글 단 30대 남성 검거\n경찰은 유명인을 상대로 악성 댓글을 상습적으로 단 혐의로 30대 남성을 검거했다고 24일 밝혔다.\n", "악성 댓글 단 30대 남성 검거"),
        ("zh", "警惕冒充客服诈骗\n近期冒充快递客服的诈骗案件多发,请广大群众提高警惕。\n不要向任何人透露短信验证码\n民警提醒,遇到可疑电话应及时拨打110报警。\n", "民警提醒,遇到可疑电话应及时拨打110报警。"),
        ("zh", "防范电信诈骗提示\n近期冒充公检法的诈骗电话多发,请广大群众提高警惕。\n1、公检法机关不会通过电话要求转账\n2、不向陌生人透露银行卡密码和验证码\n如有疑问请咨询当地派出所。\n", "如有疑问请咨询当地派出所。"),
        ("zh", "网友留言反映噪音扰民 民警上门调解\n近日,有网友在市长信箱留言,反映小区夜间噪音扰民。\n民警接到转办后立即上门调解。\n", "网友留言反映噪音扰民 民警上门调解"),
        ("zh", "男子发布300条评论辱骂民警被拘\n近日,一男子在网上发布300余条评论辱骂民警,被依法行政拘留。\n", "男子发布300条评论辱骂民警被拘"),
    ],
)
def test_the_articles_words_about_comments_and_codes_stop_nothing(lang: str, text: str, kept: str) -> None:
    assert kept in texts(segment_document(text, lang))


@pytest.mark.parametrize("form", ["댓글 0", "• 댓글 0", "전체댓글 0", "댓글쓰기", "등록된 댓글이 없습니다.", "请输入验证码", "验证码: captcha", "共有0条评论", "【发表评论】 【打印本稿】", "网友评论"])
def test_the_comment_forms_own_lines_still_end_the_article(form: str) -> None:
    lang = "ko" if any("가" <= ch <= "힣" for ch in form) else "zh"
    body = LAST_SENTENCE[lang]
    after = "관련 기사 목록을 보려면 여기를 누르세요" if lang == "ko" else "本站所有文章均来自网络"
    document = segment_document(f"{body}\n{form}\n{after}\n", lang)
    assert texts(document) == [body]
    assert [d.text.strip() for d in document.dropped if form in d.text] == [form]  # as the form's (or a row before it takes it)


# --- Stop rows of boilerplate.tsv read as the article's words --------------------------------------
# Each row ended the article at a body line that named what it looks for: a scam site's ICP filing, a rumour's view
# count, a piracy case, a ban on flying drones, a quoted 版权所有, malware posing as an ad blocker. The rows now want a
# footer's shape (a filing number, a counter's label or figure, a reprint ban).


def _around(line: str, lang: str) -> tuple[str, str]:
    """A page of a headline, a lead, `line` and a last sentence about a fraud case, and that last sentence."""
    headline, lead, last = (
        ("경찰, 보이스피싱 조직 검거", "경찰은 조직원 12명을 붙잡아 이 중 5명을 구속했다고 밝혔다.", "경찰은 추가 피해자가 있는지 수사를 이어가고 있다.")
        if lang == "ko"
        else ("警方破获一起电信诈骗案", "记者从市公安局获悉，该案涉案金额达300余万元。", "目前，案件正在进一步侦办中。")
    )
    return f"{headline}\n{lead}\n{line}\n{last}\n", last


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("zh", "经查,该诈骗网站未取得ICP备案,服务器设在境外。"),
        ("zh", "该视频浏览量超过10万次,造成恶劣社会影响。"),
        ("zh", "该视频点击数超过10万次"),
        ("ko", "조회수 노린 허위 영상 올린 유튜버 검거"),
        ("ko", "영화 무단 복제 배포한 일당 검거"),
        ("zh", "男子未经许可擅自捕捞 被渔政部门查处"),
        ("zh", "未经许可不得擅自放飞无人机"),
        ("zh", "犯罪嫌疑人在网站上标注“版权所有”,冒充正版出售盗版图书。"),
        ("ko", "경찰은 해커가 광고 차단 프로그램으로 위장한 악성코드를 유포했다고 밝혔다."),
    ],
)
def test_body_lines_naming_a_footers_words_end_nothing(lang: str, line: str) -> None:
    page, last = _around(line, lang)
    kept = texts(segment_document(page, lang))
    assert last in kept and any(line.startswith(s) or s.startswith(line[:8]) for s in kept), kept


@pytest.mark.parametrize(
    ("lang", "footer"),
    [
        ("zh", "京ICP备18014261号-2 京公网安备 11010602130064号"),
        ("zh", "备案号:蜀ICP备12028360号-1"),
        ("zh", "发布时间:2020-01-03 17:02 浏览次数: 字体: [ ]"),
        ("zh", "阅读量 1234"),
        ("ko", "조회수 1,234"),
        ("ko", "저작권자 © 중부일보 무단전재 및 재배포 금지"),
        ("ko", "Copyrights ⓒ웅상뉴스(웅상신문). 무단 전재 및 재배포"),
        ("zh", "(本文版权所有,未经授权,禁止转载)"),
        ("zh", "版权所有 未经许可不得转载"),
        # code review 86b: footers the narrowed rows let through at first
        ("zh", "匿名发表 验证码 看不清？换一张"),
        ("zh", "发表评论 请自觉遵守互联网相关的政策法规"),
        ("ko", "광고 차단 기능을 사용하면 일부 콘텐츠가 보이지 않을 수 있습니다"),
        ("ko", "조회수 :"),
        ("ko", "무단전재"),
    ],
)
def test_footer_lines_in_their_shapes_still_go(lang: str, footer: str) -> None:
    last = LAST_SENTENCE[lang]
    document = segment_document(f"{last}\n{footer}\n", lang)
    assert texts(document) == [last]


# --- Drop and byline rows read as the article's words (probe 86) ------------------------------------
# A bulleted crosshead (`● 案情回顾`) went as a byline, a crosshead with a colon (`■ 民警提醒：…`) too; a sentence about a
# board post's author, a fraud's collection of personal data without consent, a gang making victims save a number, a
# quoted appeal for tips, each went as furniture. The rows now want a credit's role or names, a board's meta strip (no
# sentence), a site's notice addressing its reader, an outlet's own appeal.


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("zh", "● 案情回顾"),
        ("zh", "◆ 警方提醒"),
        ("zh", "■ 民警提醒：不要轻信陌生来电"),
        ("ko", "작성자 A씨는 경찰에 고소당했다."),
        ("ko", "A씨는 피해자들의 개인정보를 동의 없이 수집한 혐의를 받는다."),
        ("zh", "该APP违规收集用户隐私信息，未经用户同意向第三方提供。"),
        ("ko", "일당은 피해자에게 상담원 전화번호를 저장하게 한 뒤 카카오톡으로 연락했다."),
        ("ko", "경찰 관계자는 \"목격자의 적극적인 제보를 기다립니다\"라고 말했다."),
        ("ko", "(예시) 고객님의 택배가 주소 불명으로 반송되었습니다. 확인 바랍니다."),  # a scam text a release quotes, not a portal's font preview
        ("zh", "监控画面显示，一名男子从左至右穿过马路后消失在人群中。"),  # not a caption's 从左至右：
        # a headline's or crosshead's words about messengers and codes (the promo rows want a reader's call or a label)
        ("zh", "犯罪嫌疑人通过微信公众号发布虚假招聘信息"),
        ("zh", "不要扫描陌生人发来的二维码"),
        ("ko", "텔레그램 채널을 통해 마약을 판매한 20대 구속"),
        ("ko", "카카오톡 오픈채팅방에서 마약 거래"),
        ("ko", "QR코드 찍었더니 악성앱 설치…'큐싱' 주의"),
        ("ko", "지난해 110 1억 4300만건 제보전화 접수"),  # a headline about tip calls, no tip line's label (new-user trial 94, a real report)
        ("zh", "派出所民警提醒您：夜间出行注意安全"),
        # a text the article quotes ends in a link's words; a sentence counts a site's posts (probe 86)
        ("zh", "短信内容为“您的包裹异常，点击此处查看”。"),
        ("ko", "총 게시글 1200건 중 300건이 불법 촬영물로 확인됐다."),
        # a reported sentence in the plain declarative holding a widget's, a comment box's or a promo's words (probe 86)
        ("ko", "악성 앱은 피해자 휴대전화의 연락처를 자동 추출해 조직에 전송했다."),
        ("ko", "피해자가 영상의 재생 버튼을 누르자 악성코드가 설치됐다."),
        ("ko", "이들은 택배 조회를 빙자해 링크 복사를 유도했다."),
        ("ko", "일당은 카드사 직원을 사칭해 \"상담에 만족하셨습니까\"라는 문자를 보냈다."),
        ("ko", "경찰은 욕설, 비방 게시물은 삭제될 수 있다고 안내했다."),
        ("ko", "A씨는 선거운동 및 후보자 등에 대한 허위사실을 유포한 혐의를 받는다."),
        ("ko", "A씨는 방송에서 \"구독 버튼을 눌러달라\"며 후원금을 요구했다."),
        ("ko", "경찰은 \"글자 크기가 변경됐다\"는 안내창을 띄우는 악성 앱을 주의하라고 당부했다."),
        # a scam's appeal the article quotes, and a sentence about supporting someone (the donation-appeal row, batch 305)
        ("zh", "骗子在朋友圈发布募捐信息,称“请扫描二维码捐款”,已有多人上当。"),
        ("zh", "支持我们的工作,就是支持平安建设。"),
        # code review 90b: a charity drive's QR code, a scam's quoted appeal, a slogan and a crosshead
        ("zh", "慈善总会工作人员介绍,市民可扫描海报上的二维码支持我们的募捐活动,善款将全部用于困难民警家庭。"),
        ("zh", "嫌疑人在朋友圈发布海报,称“扫描二维码支持我们”,骗取多名网友钱款共计三万余元。"),
        ("zh", "支持我们 守护平安——这是江城警方今年“平安行动”的口号。"),
        ("zh", "【支持我们 守护平安】"),
    ],
)
def test_body_lines_naming_a_credits_or_a_notices_words_stay(lang: str, line: str) -> None:
    page, last = _around(line, lang)
    document = segment_document(page, lang)
    assert line.replace(" ", "") in "".join(texts(document)).replace(" ", "") and last in texts(document), [(d.reason, d.text) for d in document.dropped]


@pytest.mark.parametrize(
    ("lang", "line", "reason"),
    [
        ("zh", "■ 记者 徐志勤 通讯员 侯洁", "byline"),
        ("zh", "■ 逸琳 大才 栋笠", "byline"),
        ("zh", "●记者 陈潮华", "byline"),
        ("zh", "■ 文：张三", "byline"),
        ("ko", "작성자 관리자 작성일16-02-25 21:25", "byline"),
        ("zh", "本網站使用Cookie以便為您提供更優質的使用體驗,若您點擊下方同意即表示接受。", "widget"),
        ("ko", "OBS 뉴스는 언제나 여러분의 제보를 기다립니다.", "promo"),
        ("zh", "民警为老人送上慰问品。(从左至右依次为张三、李四)", "caption"),
        ("zh", "扫描微信二维码", "promo"),
        ("zh", "阜阳热线网公众号", "promo"),
        ("ko", "카카오톡 채널 추가", "promo"),
        ("zh", "★《壹電視》提醒您:", "promo"),
        # code review 86c: the narrowed rows' own shapes that went through at first
        ("ko", "개인정보 수집 및 이용에 동의합니다", "widget"),
        ("ko", "개인정보처리방침에 동의", "widget"),
        ("zh", "微信搜索“平安北京”关注我们", "promo"),
        ("ko", "전화번호를 저장하고 카카오톡에서 추가하세요", "promo"),
        ("ko", "QR코드를 스캔하면 영상을 볼 수 있습니다", "promo"),
        ("zh", "民警为老人送上慰问品。右起第二人为王五", "caption"),
        ("ko", "작성자 북부자치경찰위원회", "byline"),
        ("zh", "■ 李仲惠", "byline"),  # a writer's name alone after the bullet (developed 4084): a surname first, not a crosshead's word
        ("ko", "■ 방송 : CBS 라디오 <김현정의 뉴스쇼> FM 98.1 (07:20~09:00)", "byline"),  # a broadcast's credit (saved page h18)
        ("zh", "详情请点击此处查看。", "navigation"),
        ("zh", "点击这里>>", "navigation"),
        ("ko", "총 게시물 1,251건, 최근 0 건", "page-furniture"),
        # the same furniture addressing its reader politely still goes (개인정보 …동의, 욕설 … 삭제될 수 있습니다)
        ("ko", "욕설, 비방 등 게시판 성격에 맞지 않는 글은 삭제될 수 있습니다.", "comments"),
        ("ko", "기사 URL이 복사되었습니다.", "widget"),
        # …and in the plain declarative after a bullet or a word (code review 87)
        ("ko", "기사 URL이 복사되었다.", "widget"),
        ("ko", "- 욕설, 비방 등 게시판 성격에 맞지 않는 글은 삭제될 수 있다", "comments"),
        ("ko", "· 이전 기사 보기 다음 기사 보기가 가능하다", "navigation"),
    ],
)
def test_credits_and_notices_in_their_shapes_still_go(lang: str, line: str, reason: str) -> None:
    last = LAST_SENTENCE[lang]
    document = segment_document(f"{last}\n{line}\n", lang)
    assert texts(document) == [last]
    assert {d.reason for d in document.dropped if d.text.strip() and d.text.strip() in line} <= {reason, "prefix"}  # (a credit row may cut the first name)


def _as_lead(headline: str, lead: str, lang: str) -> str:
    """A page of a headline, `lead` right under it (where a credit is glued) and the article's last sentence."""
    return f"{headline}\n{lead}\n{LAST_SENTENCE[lang]}\n"


# --- A reporter's credit in parentheses before the lead (prefixes.tsv): a description is no name (probe 86) -------


def test_a_former_reporter_in_parentheses_is_no_credit() -> None:
    line = "(전직 기자)A씨는 언론사 이름을 대며 업체를 협박했다."
    document = segment_document(_as_lead("경찰, 사이비 기자 검거", line, "ko"), "ko")
    assert line in texts(document)
    assert document.metadata.source is None


def test_a_reporters_credit_in_parentheses_still_goes() -> None:
    document = segment_document(_as_lead("경찰, 사이비 기자 검거", "(동양일보 이종억 기자) 영동경찰서가 공범을 쫓고 있다.", "ko"), "ko")
    assert "영동경찰서가 공범을 쫓고 있다." in texts(document)


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("ko", "경찰, 사이비 기자 검거"),
        ("ko", "기자 사칭 공갈범 구속"),
        ("zh", "假记者王某被刑拘"),
        # code review 87: the other byline row, a name of two characters after 记者, a word before the description
        ("zh", "假记者王某落网"),
        ("zh", "两名假记者落网"),
        ("zh", "某报前记者王某受审"),
        ("zh", "山寨记者敲诈企业被抓"),
        ("ko", "기자 출신 공갈범 구속"),
    ],
)
def test_a_headline_about_a_fake_or_former_reporter_is_no_byline(lang: str, headline: str) -> None:
    body = "경찰은 A씨를 구속했다고 밝혔다.\n" if lang == "ko" else "记者从市公安局获悉，王某已被刑事拘留。\n"
    document = segment_document(f"{headline}\n{body}{LAST_SENTENCE[lang]}\n", lang)
    assert texts(document)[0] == headline
    assert document.metadata.byline is None


# --- A site's dispatch with its reporters in brackets, the date spaced out (developed 4352) -------------------------


@pytest.mark.parametrize("date", ["9月14日", "9 月 14 日"])
def test_a_sites_dispatch_with_a_spaced_date_is_its_source(date: str) -> None:
    credit = f"扬子晚报网 {date}讯(通讯员 秦公轩 刘叙麟 记者 陈勇)"
    lead = "近日晚间,南京市公安局秦淮分局大明路警务站接到求助电话。"
    document = segment_document(_as_lead("南京警方救助醉酒男子", credit + lead, "zh"), "zh")
    assert document.metadata.source == credit
    assert lead in texts(document)


def test_a_call_to_the_paper_is_no_dispatch() -> None:
    """Code review 87: 来电 (a call) before reporters in brackets is the sentence's, not a dispatch's 电."""
    line = "致电本报 9 月 14 日来电(记者 张伟)的市民王女士称其被骗。"
    document = segment_document(_as_lead("南京警方救助醉酒男子", line, "zh"), "zh")
    assert document.metadata.source is None
    assert line in texts(document)


def test_a_reporters_credit_in_parentheses_takes_the_wires_equals_sign() -> None:
    """Developed 4363: `(대한뉴스 김기준기자)=함양경찰서…`; the `=` of the wire's credit went with the lead."""
    lead = "함양경찰서에서는 산삼축제 현장에서 안심 순찰대를 운영 중이다."
    document = segment_document(_as_lead("안심 순찰대 합동 순찰", f"(대한뉴스 김기준기자)={lead}", "ko"), "ko")
    assert lead in texts(document)
    assert document.metadata.source == "(대한뉴스 김기준기자)="


# --- a portrait's caption: a name and the kind of photo (boilerplate.tsv, batch 706's first contact) ---------


@pytest.mark.parametrize("caption", ["李新铸个人近照", "吳海山工作照", "吳海山工作照 通訊員供圖", "王某某生前照"])
def test_a_portraits_caption_goes(caption: str) -> None:
    """Developed page 4828 prints `李新铸个人近照` between two paragraphs of his profile, and 4220 `吳海山工作照`:
    the name and the kind of photo is a caption; the paragraphs stay."""
    body = ["李新铸是南非华人警民合作中心的创始人之一。", "多年来,他带领志愿者协助当地警方处理华人报案。"]
    document = segment_document(f"{body[0]}\n{caption}\n{body[1]}\n", "zh")
    assert texts(document) == body
    assert ("caption", caption) in {(d.reason, d.text) for d in document.dropped}


@pytest.mark.parametrize("line", ["警方公布嫌疑人近照", "民警翻出老人三十年前的旧照", "这是李新铸的个人近照。", "民警补拍遗照", "一张旧照"])
def test_a_line_that_says_who_published_a_photo_or_what_it_shows_stays(line: str) -> None:
    """Right: a headline naming who published the portrait, a clause about an old photo, and a sentence
    are no caption of the kind above."""
    body = "多年来,他带领志愿者协助当地警方处理华人报案。"
    assert line in texts(segment_document(f"{body}\n{line}\n{body.replace('多年来', '近年来')}\n", "zh"))


# --- a speaker's label or an on-screen name: the unit's post, then a name opening with a surname (code review 92) ---


@pytest.mark.parametrize("line", ["涉事企业负责人 被刑拘", "蓝天救援队队员 在行动", "突击队队员 获表彰", "当晚值班的巡逻队队员 张伟回忆：", "特勤中队三班班长 立二等功"])
def test_a_headline_or_speech_tag_after_a_post_and_a_space_stays(line: str) -> None:
    """Right: after the post and a space, a verb (被刑拘, 在行动, 获表彰) or a name and its speech verb is no
    speaker's label: the line stays, between paragraphs and as the headline."""
    body = ["昨日凌晨,市公安局巡警支队接到群众报警,称一名老人在路边迷路。", "据了解,今年以来,该支队共帮助走失群众八十余人次。"]
    assert line in texts(segment_document(f"{body[0]}\n{line}\n{body[1]}\n", "zh"))
    assert texts(segment_document(f"{line}\n{body[0]}\n{body[1]}\n", "zh"))[0] == line


@pytest.mark.parametrize("label", ["三中隊中隊長 卞曉明", "興源派出所民警 譚警官:", "特警支队“红袖章”巡逻队班长 张石:"])
def test_a_speakers_label_or_on_screen_name_goes(label: str) -> None:
    body = ["昨日凌晨,市公安局巡警支队接到群众报警,称一名老人在路边迷路。", "当时车流密集,我们担心老人发生意外,立即下车询问。"]
    document = segment_document(f"{body[0]}\n{label}\n{body[1]}\n", "zh")
    assert texts(document) == body
    assert ("caption", label) in {(d.reason, d.text) for d in document.dropped}


# --- a comment box's appeal to comment civilly (boilerplate.tsv, batch 712's first contact) ------------------


def test_a_comment_boxs_appeal_to_comment_civilly_goes_and_an_appeal_to_rational_conduct_stays() -> None:
    """Developed page 4864 prints a comment box's appeal under its article (`…希望大家理性留言,…`): it goes; a
    sentence of the article calling for rational conduct (`理性执法`, `理性饮酒`, `文明上网`) stays."""
    body = ["警方提醒:春节期间亲友聚会多,市民朋友要理性饮酒、切勿贪杯。", "民警还提倡绿色上网、文明上网,依法理性表达诉求。"]
    appeal = "中缅两国国情不同、习俗各异,希望大家理性留言,不提两国政治,避免伤害胞波情谊。"
    document = segment_document("\n".join([*body, appeal, "请您文明上网、理性发言,并遵守相关规定。"]) + "\n", "zh")
    assert texts(document) == body
    assert ("comments", appeal) in {(d.reason, d.text) for d in document.dropped}
