"""The page as lines (`align/text/clean/lines.py`), seen through cleaning: HTML block tags a scraper
printed in a text page break it into the paragraphs they made."""

from __future__ import annotations

import pytest

from align.text.segment import segment_document

_PARAGRAPHS = [
    "民警立即将车辆拦停，发现驾驶室内载有3人，后车厢内载有6人，经核查，驾驶人李某属无证驾驶。",
    "民警现场对驾乘人员进行了严厉的批评教育，依法对驾驶人进行处罚，依法将该车辆扣留。",
]


def _covered(text: str, document) -> bool:  # type: ignore[no-untyped-def]
    spans = [(s.start, s.end) for s in document.sentences] + [(d.start, d.end) for d in document.dropped]
    covered = {i for start, end in spans for i in range(start, end)}
    return all(ch.isspace() or i in covered for i, ch in enumerate(text))


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('<p class="ql-block"> ', "</p>"), ("<P>", "</P>"), ('<p title="a>b">', "</p>"), ("<div data-x='1>0' class=c>", "</div>")],
)
def test_a_line_of_printed_paragraph_markup_is_read_as_its_paragraphs(opening: str, closing: str) -> None:
    """Staged page 3703 printed a one-line article with `<p class="ql-block">…</p>` around each
    paragraph; upper-case tags and attribute values that hold `>` are tags too (code review 79b). The
    tags are dropped as page furniture, every character is accounted for."""
    text = " ".join(f"{opening}{p}{closing}" for p in _PARAGRAPHS) + "\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == _PARAGRAPHS
    assert {d.reason for d in document.dropped} == {"page-furniture"}
    assert "".join(d.text for d in document.dropped) == (opening.strip() + closing) * 2
    assert _covered(text, document)


def test_the_inline_tags_a_printed_paragraph_is_wrapped_in_are_the_markups() -> None:
    """Batch 691's first contact (developed 4739, a forum repost of a 中國時報 report with its markup left in):
    `<P><BR><STRONG>…比對。</STRONG></P>` lost the paragraph, read whole with its `<BR><STRONG>` as
    navigation. The breaks a paragraph of printed markup opens with, and the inline tags it is wrapped in
    whole, go as page furniture with the block tags; a link is not unwrapped, a `<br>` inside the text stays
    the text's (the next test), and a line that does not open with a block tag is text: its tag is not cut."""
    text = "".join(f"<P><BR><STRONG>{p}</STRONG></P>" for p in _PARAGRAPHS) + "\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == _PARAGRAPHS
    assert {d.reason for d in document.dropped} == {"page-furniture"}
    assert "".join(d.text for d in document.dropped) == "<P><BR><STRONG></STRONG></P>" * 2
    assert _covered(text, document)
    link = '<p><a href="/list/12.html">更多警情</a></p>'  # code review 91b: a paragraph that is one link is a link, not unwrapped
    document = segment_document("".join(f"<p>{p}</p>" for p in _PARAGRAPHS) + link + "\n", "zh")
    assert [s.text for s in document.sentences] == _PARAGRAPHS
    headline = "<STRONG>民警跳河救起轻生女子</STRONG>"
    lines = [headline, "1月2日晚，民警接到群众报警称有女子坐在桥外侧。", "民警随即下水施救，将女子救上岸。"]
    assert segment_document("\n".join(lines) + "\n", "zh").sentences[0].text.startswith("<STRONG>民警")  # its opening tag is not cut


def test_a_tag_inside_a_paragraph_is_read_past_not_as_a_breadcrumb() -> None:
    """An inline tag inside the text (a word set in bold, a label closed mid-line) is read as the page shows it,
    without the tag: its `>` is no breadcrumb separator, and the paragraph, which the breadcrumb row took
    whole, is kept, tags and all (code review 91b's probes)."""
    bold = "民警<strong>张某</strong>赶到现场后，立即对伤者进行救治。"
    lines = ["3月5日，民警在辖区巡逻时接到群众报警。", bold, "目前案件正在进一步调查中。"]
    assert bold in [s.text for s in segment_document("\n".join(lines) + "\n", "zh").sentences]
    label = "<strong>民警提醒：</strong>遇到可疑情况请及时报警。"
    text = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS) + f"<p>{label}</p>\n"
    assert [s.text for s in segment_document(text, "zh").sentences] == [*_PARAGRAPHS, label]
    crumb = "首页 > 新闻中心 > 警务动态 > 正文"  # near miss: a breadcrumb is still one
    assert crumb not in [s.text for s in segment_document("\n".join([crumb, *lines]) + "\n", "zh").sentences]


@pytest.mark.parametrize(
    ("lines", "lang", "kept"),
    [
        # a headline the page broke with <br>, and a sentence broken by it (code review 79b): the line is text
        (["음주운전 30대<br>경찰 추격 끝 검거", "2024.03.05 10:21", "경찰은 음주 상태로 차를 몰다 달아난 30대 A씨를 붙잡았다고 5일 밝혔다.", "A씨는 혈중알코올농도 0.12% 상태로 운전한 것으로 조사됐다."], "ko", "음주운전 30대<br>경찰 추격 끝 검거"),
        (["3月5日，市公安局交警支队在辖区开展酒驾醉驾专项整治行动。", "民警立即将车辆拦停，<br>发现驾驶室内载有3人，后车厢内载有6人。", "民警现场对驾驶人进行了严厉的批评教育。"], "zh", "民警立即将车辆拦停，<br>发现驾驶室内载有3人，后车厢内载有6人。"),
        # a code sample quoted in a sentence
        (["3月5日，市公安局交警支队在辖区开展酒驾醉驾专项整治行动。", "警方提示，钓鱼网站常在页面中写入“<p class=hidden>”等代码，诱导用户输入银行卡密码。", "民警现场对驾驶人进行了严厉的批评教育。"], "zh", "警方提示，钓鱼网站常在页面中写入“<p class=hidden>”等代码，诱导用户输入银行卡密码。"),
        # a <br> inside a paragraph of printed markup breaks no sentence
        (['<p class="ql-block">民警立即将车辆拦停，<br>发现驾驶室内载有3人，后车厢内载有6人。</p>', "民警现场对驾驶人进行了严厉的批评教育。"], "zh", "民警立即将车辆拦停，<br>发现驾驶室内载有3人，后车厢内载有6人。"),
    ],
)
def test_a_tag_inside_a_line_of_text_is_the_texts(lines: list[str], lang: str, kept: str) -> None:
    """Only a line that opens with a block tag is printed markup; `<br>` never breaks a paragraph."""
    document = segment_document("\n".join(lines) + "\n", lang)
    assert kept in [s.text for s in document.sentences]


# staged page 4425's last paragraph: emoji stored as question marks after its last sentence
PLACEHOLDERS = (
    "老人迷路步行五小时 民警护送回家\n"
    "民警提醒,隨著年齡增長,老人記憶力衰退,嚴重者甚至患上老年癡呆。老人外出時需有人陪同,同時家人可以為老人制作一張身份卡,"
    "注明其身份信息及聯系方式,便于走失后警方或者群眾可以及時救助。 ?????????????????????????????????\n"
)


def test_a_run_of_stored_placeholders_after_the_last_sentence_is_dropped() -> None:
    """Right: 33 question marks set off by a space are characters a copy site could not encode: a
    dropped span of their own, no sentence."""
    document = segment_document(PLACEHOLDERS, "zh")
    assert document.sentences[-1].text.endswith("可以及時救助。")
    assert any(d.text == "?" * 33 for d in document.dropped)
    assert _covered(PLACEHOLDERS, document)


def test_question_marks_glued_to_the_writers_words_stay_in_the_sentence() -> None:
    """Right: `???` glued to a question is the writer's, and ends the sentence as asked."""
    text = PLACEHOLDERS.replace(" ?????????????????????????????????", "这是真的吗???")
    assert segment_document(text, "zh").sentences[-1].text == "这是真的吗???"


@pytest.mark.parametrize(
    ("text", "lang", "pieces"),
    [
        ("记者问他为什么要转账,他只回了一句 ??? 然后就挂断了电话。", "zh", ["他只回了一句", "然后就挂断了电话"]),
        ("기자가 왜 송금했느냐고 묻자 그는 ??? 라며 고개를 저었다.", "ko", ["그는 ??? 라며"]),
    ],
)
def test_question_marks_inside_a_sentence_set_off_by_spaces_stay_the_writers(text: str, lang: str, pieces: list[str]) -> None:
    """Right (code review 88): a run of question marks with the sentence going on after it is the writer's, no
    stored placeholder: the sentence keeps its words."""
    body = {"zh": "民警提醒,接到陌生来电要求转账的,一律不要相信。", "ko": "경찰은 추가 피해가 없는지 수사하고 있다."}[lang]
    kept = " ".join(s.text for s in segment_document(body + "\n" + text + "\n" + body + "\n", lang).sentences)
    assert all(piece in kept for piece in pieces)


# page 4472's last line: a forum repost's closing appeal, then the source link and a table cell's bar
SOURCE_LINK = (
    "走失的小男孩 徐水釜山乡派出所收了一名骑山地车的男孩,两天不说话,警方无奈微信、网络寻人!\n"
    "7月29日下午,民警暂时将男孩送到了徐水县收容所。同时,警方已在微博、微信、贴吧等网络平台上发帖,希望能早点帮小男孩找到家人。"
    "如果您认识男孩的家人或有什么线索,可及时与本报编辑部联系。 http://hb.jjj.qq.com/a/20150801/008042.htm |\n"
)


def test_a_bare_address_after_the_last_sentence_is_a_source_link_dropped() -> None:
    """Right: an address alone after a line's last sentence, to its end but for a cell bar, is the
    repost's source link: dropped as a site's address, the appeal before it kept whole."""
    document = segment_document(SOURCE_LINK, "zh")
    assert document.sentences[-1].text == "如果您认识男孩的家人或有什么线索,可及时与本报编辑部联系。"
    assert any(d.text == "http://hb.jjj.qq.com/a/20150801/008042.htm" for d in document.dropped)
    assert _covered(SOURCE_LINK, document)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # an address a sentence gives, with its words after it
        ("。 或登录 http://hb.jjj.qq.com 留言。", "或登录 http://hb.jjj.qq.com 留言。"),
        # an address after a comma is the sentence's own
        (",网址:http://hb.jjj.qq.com", "联系,网址:http://hb.jjj.qq.com"),
        # an address with words after it on the line
        ("。 http://hb.jjj.qq.com 欢迎来电", "http://hb.jjj.qq.com 欢迎来电"),
    ],
)
def test_an_address_inside_or_before_words_stays(tail: str, kept: str) -> None:
    """Near misses: an address that is part of a sentence, or has words after it, is no source link."""
    text = SOURCE_LINK.replace("。 http://hb.jjj.qq.com/a/20150801/008042.htm |", tail)
    assert any(s.text.endswith(kept) for s in segment_document(text, "zh").sentences)


@pytest.mark.parametrize(
    ("tail", "not_kept"),
    [
        # an address cut inside a host name: no piece of it left behind a sentence's words
        (",相关视频可在以下网址观看:youku.www.abc.com", "观看:youku."),
        # a Korean note in brackets closed after the address: the line is not cut open
        (".\n(자세한 내용은 경찰청 홈페이지 참조. www.police.go.kr)", "(자세한 내용은 경찰청 홈페이지 참조."),
    ],
)
def test_an_address_is_not_cut_out_of_a_word_or_a_bracket(tail: str, not_kept: str) -> None:
    """Near misses (code review 89): an address glued inside a word (`youku.www.…`) or closing a bracket
    is not taken apart (no sentence ends in half an address or an open bracket)."""
    text = SOURCE_LINK.replace("。 http://hb.jjj.qq.com/a/20150801/008042.htm |", tail)
    assert not any(s.text.endswith(not_kept) for s in segment_document(text, "zh").sentences)


def test_a_source_link_in_capitals_before_cell_bars_is_dropped() -> None:
    """Right (code review 89): the address's case and the bars after it change nothing."""
    text = SOURCE_LINK.replace("http://hb.jjj.qq.com/a/20150801/008042.htm |", "WWW.HB.JJJ.QQ.COM | ||")
    document = segment_document(text, "zh")
    assert document.sentences[-1].text == "如果您认识男孩的家人或有什么线索,可及时与本报编辑部联系。"
    assert _covered(text, document)


_YINGDE_HEAD = ["중국 공안, 18명 생명 앗아간 노래방 방화 용의자 검거", "(서울=뉴스1) 박형기 기자 | 2018-04-24 13:54 송고"]  # new-user trial 3's page
_YINGDE_BODY = [
    "중국 공안이 18명의 생명을 앗아간 노래방 방화 용의자를 검거했다고 중국의 신화통신이 24일 보도했다.",
    "공안은 웨이보를 통해 올해 32세인 류춘루를 인근 시골에서 붙잡았다고 밝혔다.",
    "용의자는 방화 과정에서 자신의 팔에 화상을 입은 것으로 알려졌다.",
]


@pytest.mark.parametrize("credit", ["신화통신 갈무리", "NHK 뉴스 화면 캡처", "베트남 포토부스 폭행 CCTV 캡처"])
def test_a_screen_capture_s_credit_on_a_line_of_its_own_is_a_caption(credit: str) -> None:
    """New-user trial 3 (C2): `신화통신 갈무리` (a capture of Xinhua's page), printed twice under the
    byline, was kept as a heading over the lead; what was captured and 갈무리 or 캡처 is a caption (the
    other two from the captions set, k103 and k028)."""
    page = "\n".join([*_YINGDE_HEAD, credit, credit, "", *_YINGDE_BODY]) + "\n"
    document = segment_document(page, "ko")
    assert [s.text for s in document.sentences] == [_YINGDE_HEAD[0], *_YINGDE_BODY]
    assert [d.reason for d in document.dropped if d.text == credit] == ["caption", "caption"]


_LIAISON = [  # new-user trial 3: a CCTV page's headline and paragraphs, then its app widgets
    "我国已向全球31个国家派驻64名驻外警务联络官",
    "记者24日从公安部获悉,我国目前共在全球31个国家的37个驻外使领馆设有驻外警务联络官编制64人。",
    "据了解,派驻警务联络官是目前世界各国加强国际执法合作的通行做法。",
]


@pytest.mark.parametrize("widget", ["扫一扫,用手机继续阅读!", "下载到桌面,观看更方便!", "观察者APP,更好阅读体验"])
def test_an_invitation_to_go_on_with_the_page_elsewhere_is_a_widget_even_as_a_sentence(widget: str) -> None:
    """New-user trial 3 (C3): CCTV's `扫一扫,用手机继续阅读!` and `下载到桌面,观看更方便!` read as finished
    sentences and stayed, under the article or between its paragraphs; an invitation to read the page
    on the phone, from the desktop or in the app is a widget wherever it stands (page 2745's too). A
    sentence advising the reader about QR codes is the article's."""
    advice = "2.不要随意扫描来路不明的“二维码”。"  # page 280's
    page = "\n".join([_LIAISON[0], _LIAISON[1], widget, advice, _LIAISON[2], widget]) + "\n"
    document = segment_document(page, "zh")
    assert [s.text for s in document.sentences] == [_LIAISON[0], _LIAISON[1], advice, _LIAISON[2]]
    assert {d.reason for d in document.dropped if d.text == widget} == {"widget"}


@pytest.mark.parametrize("sentence", ["为了让群众观看更方便，警方开通了直播。", "请将国家反诈中心APP下载到手机桌面。", "市民可以在手机上继续观看直播。"])
def test_an_article_sentence_with_a_widget_s_words_stays(sentence: str) -> None:
    """The review of this session: the widget row took the article's own sentences that say to watch
    more easily, to put the anti-fraud app on the desktop, to go on watching on the phone; a widget
    opens with what it asks (scan, download) or names the app."""
    page = "\n".join([_LIAISON[0], _LIAISON[1], sentence, _LIAISON[2]]) + "\n"
    assert sentence in [s.text for s in segment_document(page, "zh").sentences]


_ZH_ARTICLE = [
    "「良心包子」重視食安 虧損2年出頭天",
    "有一家包子店老闆堅持使用好食材，虧損了兩年，終於等到出頭天。老闆說，食安風暴之後，客人越來越多。",
    "他表示，會繼續用心做包子，讓大家吃得安心。",
]
_KO_ARTICLE = [
    "파출소 앞 헤매던 노인, 경찰 도움으로 귀가",
    "길을 잃고 파출소 앞을 서성이던 80대 노인이 경찰의 도움으로 무사히 집에 돌아갔다. 경찰은 노인의 인적 사항을 확인해 가족에게 연락했다.",
    "가족들은 경찰에 감사의 뜻을 전했다.",
]


@pytest.mark.parametrize(
    ("article", "teasers", "lang"),
    [
        (
            _ZH_ARTICLE,
            [
                "下週二寒流來襲 低溫下探9度",
                "強烈冷氣團發威，平地最低溫清晨出現在宜蘭，只有12度。雖然接下來，周日、周一兩天，冷氣團威力減弱，氣溫可望漸漸...更多",
                "山寨原廠維修站 罰鍰恐提高",
                "許多民眾家電要是壞了，往往都會上網搜尋原廠維修，不過要小心!很多網頁中直接打著廠牌維修站招牌，還提供全台據點與...更多",
            ],
            "zh",
        ),
        (
            _KO_ARTICLE,
            [
                "한파 특보 확대, 내일 아침 영하 10도",
                "기상청은 내일 아침 기온이 크게 떨어진다고 밝혔다. 특히 중부 내륙 지방은 영하 10도 안팎까지…더보기",
                "보이스피싱 피해액 다시 늘어",
                "올해 보이스피싱 피해액이 지난해보다 늘어난 것으로 나타났다. 경찰은 새로운 수법이 등장하면서…더보기",
            ],
            "ko",
        ),
    ],
)
def test_a_teaser_the_site_cut_short_goes_whole_with_its_finished_sentences(article: list[str], teasers: list[str], lang: str) -> None:
    """Trial 14's saved page w02 (a broadcaster's other stories under the article): each teaser's
    first sentence stayed as the article's when the site cut its second short with `...更多`; the
    whole line is the teaser, and its title with it."""
    text = "\n".join([*article, *teasers]) + "\n"
    document = segment_document(text, lang)
    kept = " ".join(s.text for s in document.sentences)
    assert all(teaser[:12] not in kept for teaser in teasers)
    assert article[2] in kept
    assert _covered(text, document)


def test_a_cut_short_mark_inside_a_line_that_lost_its_breaks_leaves_the_sentences_before_it() -> None:
    """Developed page 678 (a long line with no breaks): `…誤會。… 更多 精彩的來了。` goes on with the
    article; only the mark and its link word are dropped, not the sentences before it."""
    sentences = [
        "這是發生在過年期間的一件事。",
        "一位出遊晚歸的市府同仁,想起一鍋在冰箱擺了幾天的筍乾燉肉,拿出來放在瓦斯爐上加熱,沒想到自己卻累得在沙發上睡著了。",
        "簡短交談後,才發現不知道哪位機警的鄰居已經打了一一九,同仁只好訕訕的承認是自己熱菜造成一場誤會。",
    ]
    text = " ".join(sentences) + "… 更多 精彩的來了。員警聽了這位同仁的說明後,好意提醒他要注意爐火。" + "\n"
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert sentences[2] in kept


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("警方破获电诈团伙\n2024-01-05\n警方近日破获一个电信诈骗团伙，抓获嫌疑人12名。该团伙专门针对老年人实施诈骗，涉案金额达300万元，目前...更多\n", "zh", "警方近日破获一个电信诈骗团伙，抓获嫌疑人12名。"),
        ("경찰, 보이스피싱 조직 검거\n2024-01-05\n경찰은 보이스피싱 조직원 12명을 검거했다고 5일 밝혔다. 이들은 노인들을 상대로 3억 원을 가로챈 혐의를 받고 있으며…더보기\n", "ko", "경찰은 보이스피싱 조직원 12명을 검거했다고 5일 밝혔다."),
    ],
)
def test_a_page_whose_article_is_an_excerpt_cut_short_keeps_it(text: str, lang: str, kept: str) -> None:
    """A saved excerpt page: the only paragraph is cut short with a link to the rest; nothing above it
    is an article, so it is the article (not another one's teaser)."""
    assert kept in [s.text for s in segment_document(text, lang).sentences]


_ROBBERY = [
    "대낮 편의점 강도 30분 만에 검거",
    "흉기로 편의점 직원을 위협하고 현금을 빼앗아 달아난 20대가 30분 만에 붙잡혔다.",
    "인천 남동경찰서는 특수강도 혐의로 E씨를 긴급체포했다고 3일 밝혔다.",
]
_KO_TEASERS = [
    "기상청은 내일 아침 기온이 크게 떨어진다고 밝혔다. 특히 중부 내륙 지방은 영하 10도 안팎까지…더보기",
    "올해 보이스피싱 피해액이 지난해보다 늘어난 것으로 나타났다. 경찰은 새로운 수법이 등장하면서…더보기",
]


@pytest.mark.parametrize(
    ("lines", "lang", "kept"),
    [
        # the article's own last paragraph cut short, one alone: a preview page's, not another story's teaser
        ([*_ROBBERY, "경찰은 E씨가 범행 전 편의점 주변을 여러 차례 살핀 사실을 확인하고…더보기"], "ko", "인천 남동경찰서는 특수강도 혐의로 E씨를 긴급체포했다고 3일 밝혔다."),
        (["二审维持原判", "被告人王某以非法占有为目的，骗取他人财物，其行为已构成诈骗罪。", "法院审理认为", "一审判决认定事实清楚，证据确实、充分。据此，法院依法裁定驳回上诉，维持原判...阅读全文"], "zh", "一审判决认定事实清楚，证据确实、充分。"),
        # a fold in the middle of the article, prose going on under it
        (["男子醉驾撞人逃逸被抓", "经检测，该男子血液中酒精含量为186mg/100ml，属于醉酒驾驶。两名伤者被送往医院救治，目前已无生命危险...展开全文", "目前，该男子已被刑事拘留，案件正在进一步侦办中。"], "zh", "经检测，该男子血液中酒精含量为186mg/100ml，属于醉酒驾驶。"),
        # the article's last line, no full stop, over two teasers that have no titles
        ([*_ROBBERY, "경찰은 E씨에 대해 구속영장을 신청할 예정", *_KO_TEASERS], "ko", "경찰은 E씨에 대해 구속영장을 신청할 예정"),
        # an article paragraph that lost its break before a glued teaser keeps its sentences
        (
            [
                *_ROBBERY,
                "불은 집 내부 40㎡를 태워 소방서 추산 2천만원의 재산 피해를 내고 40분 만에 꺼졌다. 이 불로 집에 있던 60대 남성이 연기를 마셔 병원으로 옮겨졌으나 생명에는 지장이 없는 것으로 알려졌다. 소방당국은 거실에서 불이 시작됐다는 진술을 토대로 정확한 화재 원인을 조사하고 있다. "
                + _KO_TEASERS[0],
                _KO_TEASERS[1],
            ],
            "ko",
            "소방당국은 거실에서 불이 시작됐다는 진술을 토대로 정확한 화재 원인을 조사하고 있다.",
        ),
    ],
)
def test_an_articles_own_line_cut_short_or_over_teasers_stays(lines: list[str], lang: str, kept: str) -> None:
    """Review 102a: the teaser rule took the article's own last paragraph cut short with a link to the
    rest (a preview page), a fold in mid-article (`...展开全文`), the article's unpunctuated last line as
    the first teaser's title, and three article sentences glued before a teaser on a line that lost
    its break. A cut-short line is another story's only in a list of two or more."""
    assert kept in [s.text for s in segment_document("\n".join(lines) + "\n", lang).sentences]


@pytest.mark.parametrize(
    ("line", "lang", "other"),
    [
        ("相关新闻：七旬老人险被“公检法”骗走积蓄 民警及时劝阻...", "zh", "今年以来，城南派出所共接报网络诈骗案件46起，同比下降三成。"),
        ("관련기사 : 보이스피싱 피해 다시 늘어…", "ko", "전세사기 일당 32명을 검거했다고 경찰이 밝혔다."),
    ],
)
def test_a_related_header_cut_short_still_ends_the_article(line: str, lang: str, other: str) -> None:
    """Review 102a: `相关新闻：…劝阻...` was dropped as a teaser and the stop it is skipped: the other
    stories below it stayed."""
    article = ["男子醉驾撞人逃逸被抓", "经检测，该男子血液中酒精含量为186mg/100ml，属于醉酒驾驶。", "目前，该男子已被刑事拘留。"] if lang == "zh" else _ROBBERY
    text = "\n".join([*article, line, "女子网购遭遇退款诈骗 民警追回损失" if lang == "zh" else "전세사기 일당 검거", other, other.replace("46", "12")]) + "\n"
    assert other not in [s.text for s in segment_document(text, lang).sentences]
