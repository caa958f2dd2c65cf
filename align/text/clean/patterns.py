"""The boilerplate rules of `data/boilerplate.tsv` and the glued-text rows of `data/prefixes.tsv`,
loaded once, with the pattern pieces their placeholders name (credits, captions, broadcasters,
boards); and `RuledLine`, a line of a page with the rule it met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from align.data import data_lines
from align.script.chars import HAN, HANGUL
from align.text.prefilter import LazyPattern, Screen


@dataclass(frozen=True)
class Rule:
    reason: str
    action: str  # drop | stop | meta:<field> | box-below | box-above (`summary_boxes`)
    max_chars: int
    pattern: LazyPattern
    sentences_too: bool = True  # False: never take a line that reads as a finished sentence


@dataclass
class RuledLine:
    """A stripped line of a page (or a piece of a long one) as the cleaning passes see it: where it is
    in the text, the first boilerplate rule that took it, and how it reads. Mutable for one reason:
    the summary-box passes release a line from its rule (`rule = None`) when the box it seemed to head
    is the article's own."""

    start: int  # offsets in the decoded text
    end: int
    text: str
    rule: Rule | None  # the first `boilerplate.tsv` row that took it, None for a line no row took
    letters: int  # its letters and digits (`count_letters` of its view)
    prose: bool  # whether it reads as prose (`reads_as_prose`)
    title_labelled: bool = False  # a headline whose 原标题: label was cut off it
    credit: str = ""  # the source credit cut off its start (本报讯, [서울=뉴시스]), if any
    starred: bool = False  # set off by a run of stars at its end (`标题******`), cut off it
    ended: bool = False  # its last sentence closed by a wire story's end mark (`…。(完)`, `…다.(끝)`), cut off it: the article ends here
    cut_short: bool = False  # a link to the rest cut off its end after an ellipsis (`…안팎까지…더보기`): a teaser the site cut short


@dataclass(frozen=True)
class Affix:
    field: str  # the metadata field that keeps its text
    pattern: LazyPattern


@lru_cache(maxsize=16)
def affixes_at(lang: str, where: str) -> tuple[Affix, ...]:
    """The `prefixes.tsv` rows for a language and a position (start, end or inside a line, end of the
    article)."""
    rows = []
    for line in data_lines("prefixes.tsv")[1:]:
        row_lang, row_where, field, pattern = line.split("\t", 3)
        if row_lang in (lang, "both") and row_where == where:
            rows.append(Affix(field, LazyPattern(expand_placeholders(pattern))))
    return tuple(rows)


# how a line that asks ends: a question mark, or a question's or request's ending after its stem (an interview's
# turn under a ▲ mark, `▲ … 무엇인가.`, `… 설명해 달라.`); a noun ending in 가, 나 or 니 asks nothing (참가, 증가, 할머니)
_ASKING_END = r"(?:[?？]|(?:[는은인던할될]가|[습읍]?니까|[나까]요|[하되있없었했겠]나|[하되있었했]니|[가-힣]냐|달라|주십시오|주세요)[.。]?)\s*$"
ASKING_END = re.compile(_ASKING_END)
# an article's section head on a line of its own: a bracketed one (`【案情简介】`, `〔调查与处理〕`), or a Chinese
# ordinal's (`一、基本案情`: the ordinal is group 1), and the ordinal that follows each
SECTION_HEAD = re.compile(r"^\s*(?:【[^】\s]{2,12}】|〔[^〕\s]{2,12}〕|([一二三四五六七八九十])、[^，,。；;：:！？!?]{2,20})\s*$")
NEXT_ORDINAL = dict(zip("一二三四五六七八九", "二三四五六七八九十"))
# a Chinese lead's opening time (`近日`, `6月11日`, `昨天`), after a credit's closing bracket or not: the lead's own words after a
# dispatch's credit, and a lead's opening on the one line above a credit (photo captions may open with a date too)
LEAD_TIME = re.compile(r"[)）\]】〕]?\s*(?:本月|上月|今年|去年|今天|今日|昨天|昨日|前天|日前|近日|当天|當天|当晚|當晚|\d{1,2}\s*[月日号號]|[一二三四五六七八九十]{1,3}\s*月)")
# a line that opens by attributing what it says (`据悉，…`, `据了解，…`, `据警方通报，…`): a lead's or a report's, no credit nor caption
# where a site cut a teaser short: an ellipsis at the end, or before a short link to the rest (`...更多`,
# `…더보기`); a writer's `……` trails off on purpose
CUT_SHORT = re.compile(r"(?:\.{3}|(?<!…)…)\s*+(?:[^\W\d_]{1,6}\s*+(?:>>|»|›|>)?)?\s*+$")
ATTRIBUTION = re.compile(r"^\W*[据據]")
_JUNK = "junk"  # a `prefixes.tsv` field: scraps glued before the text (a forum's anti-copy filler), kept in no metadata


# a `prefixes.tsv` field: a label before a headline (原标题:, 来源标题:), kept in no metadata; the
# headline after it is kept above the body and dropped below it (a repost's closing 原标题 line)
TITLE_LABEL_FIELD = "title-label"
CAPTION_FIELD = "caption"  # a `prefixes.tsv` field: a photo's caption or credit glued to a paragraph's sentences, kept in no metadata
_RELATED = "related"  # a `prefixes.tsv` field: a link to another article glued to a paragraph's sentences, kept in no metadata


# the fields whose text is dropped and kept in no metadata, and the reason each is dropped with
DROPPED_FIELDS = {_JUNK: _JUNK, TITLE_LABEL_FIELD: _JUNK, CAPTION_FIELD: CAPTION_FIELD, _RELATED: _RELATED}
WHOLE_LINE = {  # a line that is nothing but a prefix
    "source": Rule("byline", "meta:source", 0, LazyPattern("")),
    "date": Rule("dateline", "meta:date", 0, LazyPattern("")),
    _JUNK: Rule(_JUNK, "drop", 0, LazyPattern("")),
    TITLE_LABEL_FIELD: Rule("page-furniture", "drop", 0, LazyPattern("")),
    CAPTION_FIELD: Rule(CAPTION_FIELD, "drop", 0, LazyPattern("")),
    _RELATED: Rule(_RELATED, "drop", 0, LazyPattern("")),
}


# a line of one short sentence with a photo's credit glued after it, `警方在李嫌身上查獲…針筒六支。（記者蔡琇惠翻攝）`:
# the photo's caption (not a file photo's credit after a paragraph's last sentence, `（資料圖片/黃學潤攝）`)
CREDITED_CAPTION = Rule("caption", "drop", 0, LazyPattern(""))
PHOTOGRAPHER_WORDS = "摄|攝|摄影|攝影|供图|供圖|翻摄|翻攝"  # the last word of a Chinese credit naming who took or gave a photo (`錢文攀 攝`)
PHOTO_CREDIT_WORDS = f"{PHOTOGRAPHER_WORDS}|提供"  # …or any photo credit's (`(警方提供)`)
_DASHED_CREDIT = r"[-－]\s*[^-－()（）。！？!?，,\s][^-－()（）。！？!?，,\n]{0,19}(?:摄|攝)\s*[-－]"  # `-Zurairi AR摄-`: a credit set off by dashes
_LABELLED_CREDIT = r"[■□●◆]?\s*(?:摄影|攝影|摄|攝)\s*[/／:：]"  # `■摄/本报记者任全军`: the photographer after a label
# a news agency credited without brackets after a photo's caption (`…被押送回南韓仁川機場。路透社`, `…亮相。韓聯社`,
# `…巡邏。新華社/紐西斯通訊社`, `…조사하고 있다. 로이터통신`): a name that ends as an agency's does (…社, …통신) or an acronym
# in capitals (AP, AFP, EPA), one or more joined by a slash or a middle dot ({AGENCY_CREDIT} in `prefixes.tsv`)
_AGENCY = rf"(?:[{HAN}]{{1,6}}社|[{HANGUL}A-Za-z]{{0,8}}통신|(?-i:[A-Z]{{2,6}}))"
_AGENCY_CREDIT = rf"{_AGENCY}(?:\s*[/／·]\s*{_AGENCY})*"
PHOTO_CREDIT = re.compile(
    rf"^\s*(?:[(（](?![^)）]*(?:資料|资料|檔案|档案))[^()（）\n]{{1,30}}(?:{PHOTO_CREDIT_WORDS})\s*[)）]|{_DASHED_CREDIT}|{_LABELLED_CREDIT})"
)
_EMAIL_PATTERN = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL = re.compile(r"(?<![\w.+-])" + _EMAIL_PATTERN.replace("+@", "++@", 1))  # from a run's start only: linear on a long run of letters


# a credit's role word before `|`/`丨` and the name (记者|胡蝶飞 摄影|王湧 编辑|陈姝楠)
_CREDIT_ROLE = "(?:记者|記者|采访人员|採訪人員|摄影|攝影|编辑|編輯|责编|責編|责任编辑|責任編輯|撰文|文字|文|图|圖|视频|視頻|通讯员|通訊員)"


# a role in a feature's or a programme's credits (`採訪/撰稿 陳佳利`, `攝影/賴冠丞,剪輯/陳忠峰`, `美術：陳超雄`)
_CREW_ROLE = "(?:美術|美术|設計|设计|攝影|摄影|撰文|文字|插畫|插画|製圖|制图|採訪|采访|撰稿|剪輯|剪辑|攝像|摄像|配音|文|圖|图)"


# one such credit: a role (or roles joined by slashes) and a colon or a slash, or roles joined by slashes and a space, then a
# name (not one role and a word after a space, `設計 理念`)
_CREW_NAME = r"[^\s,，、/／:：]{2,8}"
_CREW_CREDIT = f"(?:{_CREW_ROLE}(?:[/／、]{_CREW_ROLE})*\\s*[:：／/]\\s*{_CREW_NAME}|{_CREW_ROLE}(?:[/／、]{_CREW_ROLE})+\\s+{_CREW_NAME})"


# a reporter: 记者, or 采访人员 (interviewer), the word reposting portals print in its place
REPORTER = "(?:记者|記者|(?<![被受])采访人员|(?<![被受])採訪人員)"


# what a reporter does in a headline (`记者随警作战`, `記者直擊火場`, `记者暗访黑车`): after 记者, no name but the story
_REPORTER_DEED = (
    "(?:了解|獲悉|获悉|走近|走訪|走访|看到|發現|发现|探訪|探访|來到|来到|跟隨|跟随|隨同|随同|隨警|随警|直擊|直击|體驗|体验"
    "|蹲點|蹲点|暗訪|暗访|夜訪|夜访|跟拍|探營|探营|實探|实探|親歷|亲历|走進|走进|深入|前往|實地|实地|采访|採訪)"
)


# a CMS's reprint notice up to the page's address: "转载请注明出处:http://" (a whole line's or one glued after a sentence)
_REPRINT = r"(?:转载|轉載)\s*[请請]\s*(?:注明|註明|标明|標明)[^。\n]{0,8}[:：]\s*https?://"


# a photo's or video's caption or credit in brackets, a short label (not a clause of the article, `（经查看
# 监控，民警发现…）`, nor a reporter's credit, `（记者 王五 摄影报道）`): `(警车行车记录仪画面)`, `（圖／警方提供）`, `(警方提供)`,
# `【图/警方提供】`
_CAPTION_ZH = (
    r"(?:[(（【\[](?![^()（）【】\[\]\n]*(?:{REPORTER}|通讯员|通訊員|报道|報道))"
    r"(?:[^()（）【】\[\]。！？!?，,；;、\n]{0,12}(?:画面|畫面|截图|截圖|图片|圖片|照片|视频|視頻|影片|资料图|資料圖|监控|監控)[^()（）【】\[\]。！？!?，,；;、\n]{0,4}"
    r"|\s*(?:图|圖)\s*[/／:：][^()（）【】\[\]。！？!?\n]{0,20}"
    r"|(?:(?:图片|圖片|照片|视频|視頻|图|圖)由)?[^()（）【】\[\]。！？!?，,；;、由被并並已經经\n]{1,20}(?:提供|供图|供圖|(?<![拍])摄|(?<![拍])攝))\s*[)）】\]]"
    r"|" + _DASHED_CREDIT + ")"  # …or a photographer's credit set off by a dash at each end: `-Zurairi AR摄-`
)


# the same in Korean: `(사진=경남경찰청)`, `[사진=경남경찰청]`, `(경남경찰청 제공)` (not `(피해자 측이 경찰에 제공)`:
# a particle before 제공 makes a clause)
_CAPTION_KO = (
    r"[(（\[［<〈]\s*(?:(?:사진|영상|화면|자료\s*사진|그래픽|캡처)\s*(?:=|제공|캡처|출처|:)[^()（）\[\]［］<>〈〉\n]{0,30}"
    r"|(?:[가-힣A-Za-z0-9·]+(?<![에이가을를은는의도와과])\s+){0,2}[가-힣A-Za-z0-9·]+(?<![에이가을를은는의도와과])\s*제공)\s*[)）\]］>〉]"
)


# an unbracketed photo credit glued to the text after it with no break: in Korean one to three words (none
# ending in a particle) and 제공, the next word or a date's figure straight after it, no ending of 제공하다
# (`경남경찰청 제공경남경찰청은 …`, `전북소방본부 제공12일 …`; not `경찰이 제공한 …`); in Chinese a unit's name
# (…队, …局, …中心; not 平台, 网站) or the police's (警方) and 供图, a letter or an opening quote straight after it (not `可供图书馆`,
# `供图文博主`, `供图纸`, `警方供图为…截图`, `警方供图给记者的…`)
_UNBRACKETED_CREDIT_KO = (
    r"(?:[가-힣A-Za-z0-9·]+(?<![에이가을를은는의도와과로])\s+){0,2}[가-힣A-Za-z0-9·]{2,}(?<![에이가을를은는의도와과로])\s+제공"
    r"(?![하한할합했된되될됨받을은이에의과와도만으시처자]|해(?:[서야주도요왔온준줄드달라]|\s|$))(?=[가-힣]|\d{1,4}\s*[년월일시])"
)
_CREDIT_WORD = r"[^\s，。,、；;！？!?：:“”「」()（）]"  # a character of the one word that names who gave a photo
_UNBRACKETED_CREDIT_ZH = (
    rf"(?:{_CREDIT_WORD}{{1,18}}(?:队|隊|局|所|院|(?<![网網])站|中心|办|辦|部|处|處|科|委|会|會|社|(?<!平)台|网|網|报|報)|{_CREDIT_WORD}{{0,8}}警方)"
    r"\s*(?:供图|供圖)(?![书書片显顯中文纸紙像为為给給])(?=[\w“「『‘\"])"
)


@lru_cache(maxsize=1)
def _related_link() -> str:
    """A link to another article in brackets, its label (`data/related_labels.txt`), a colon and the
    other article's title, the brackets paired: `(新聞回顧:偶遇嫌犯 民警追兇被捅傷)`, `【相关新闻：…】`,
    `[관련기사: …]`. A title holds no 。 or ；: a bracketed recap told in sentences is the article's."""
    labels = "|".join(data_lines("related_labels.txt"))
    title = r"[^()（）【】\[\]\n。；;]{1,40}"
    return "(?:" + "|".join(rf"{re.escape(left)}\s*(?:{labels})\s*[:：]{title}{re.escape(right)}" for left, right in _LINK_BRACKETS) + ")"


_LINK_BRACKETS = (("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"))


# a Korean broadcaster, as its newscasts sign off: `KNN 김성기입니다.`, `MBC뉴스 홍길동입니다`
_TRANSCRIPT_PART = "앵커|기자|리포트|인터뷰|녹취|현장음|싱크"  # a newscast transcript's parts, as its labels name them (`<앵커>`, `◀ 리포트 ▶`)
_TRANSCRIPT_CODE = "ANC|END|VCR|SYN|INT|CG"  # the MBC stations' codes of them: anchor, end, video, sync sound, interview, graphics
_BROADCASTER = (
    "(?:KBS|MBC|SBS|EBS|YTN|MBN|JTBC|OBS|KNN|TBC|TJB|UBC|JIBS|KBC|CJB|G1|JTV|BBS|CBS|PBS|KTV|TBS|"
    "연합뉴스TV|연합뉴스|TV조선|채널A|(?!생방송)[가-힣]{1,6}방송)"
)


# words that qualify 기자 rather than name a reporter (현장 기자, 외신 기자, 동료 기자)
_KO_QUALIFIER = "(?:현직|전직|현장|취재|영상|사진|방송|신문|출입|담당|전문|수습|인턴|객원|기획|외신|동료|당시|숨진|해당|피해|여성|남성|일간지)"


# a Hangul syllable whose final consonant is ㅆ, the past tense's mark (했, 됐, 밝혔, 나섰, 건넸), but for
# 있 (하고 있다, a caption's present) and 겠 (the future): a line ending in one and 다 or 습니다 tells
# what happened, as a caption does not
KO_PAST = "[" + "".join(ch for ch in (chr(0xAC00 + syllable * 28 + 20) for syllable in range(19 * 21)) if ch not in "있겠") + "]"


# a content farm's stock label for the news it reposts: a word for the world or the day, then one for hot news
# (世界热点, 天天热消息, 全球百事通, 当前视讯, 环球新动态; not a bare 动态, a government site's own word: 工作动态, 每日动态)
_STOCK_LABEL = (
    "(?:世界|全球|天天|环球|環球|今日|每日|当前|當前|今天|实时|實時)(?:今?热点|今?熱點|热消息|熱消息|百事通|快讯|快訊|快资讯|快資訊|资讯|資訊|"
    "头条|頭條|速递|速遞|要闻|要聞|看点|看點|焦点|焦點|观焦点|觀焦點|播报|播報|热议|熱議|热闻|熱聞|热评|熱評|视讯|視訊|热讯|熱訊|新动态|新動態)"
)


# a paper's last 报, not a bulletin's, a report's or a tip-off's (警情通报, 快报, 举报, 播报, 年报, 每日一报), and a site's last 网, not the
# net of the law or a catch (天网, 法网, 落网, 收网, 一网打尽, 上网, 互联网): the ends of an outlet's name, where a column's label or a
# headline's clause ends in the same characters (the data tables' {OUTLET_BAO} and {OUTLET_NET}; `edges` reads OUTLET_NET too)
_OUTLET_BAO = "(?<![通举舉上汇匯回预預警情公简簡画畫捷战戰海电電快喜播速线綫年月一])(?:报|報)"
OUTLET_NET = "(?<![法落收上联聯互天蛛罗羅拉撒渔漁电電因一])(?:網|网)"


# a board post's meta strip, from its writer field to the label over the body (gnuboard-style skins, printed on one
# line when the page lost its breaks): `작성자 정보 작성일 2013.02.15 09:17 컨텐츠 정보 922 조회 목록 관리 글수정 글삭제 본문`,
# `작성자 최고관리자 댓글 0건 조회 3회 작성일 25-09-22 10:53본문`; nothing but its fields between the two, its date among them
# (`작성자 A씨 수정 삭제 본문 내용을 …` is a sentence)
_BOARD_DATE = r"작성일\s*[:：]?\s*(?:\d{2}|\d{4})[./-]\d{1,2}[./-]\d{1,2}\.?"  # a board post's date field: `작성일 2013.02.15`, `작성일16-02-25`
_BOARD_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"  # …and the time after it: `09:17`, `19:13:05`
_BOARD_META = (
    rf"작성자\s*(?:정보|[^\s]{{1,20}})(?=[^\n]{{0,60}}?{_BOARD_DATE})(?:\s*(?:{_BOARD_DATE}(?:\s*{_BOARD_TIME})?"
    r"|컨텐츠\s*정보|댓글\s*[\d,]+\s*건?|조회(?:수)?\s*[:：]?\s*[\d,]+\s*회?|[\d,]+\s*조회|목록|관리|글수정|글삭제|답변|글쓰기))+\s*본문"
)


# a board's prev / next links after the post, the rest of their line: a bare 이전 or 다음, the other post's title and its
# 작성일 date and time, one or both, then at most the board's buttons, after its empty 관련자료 label or not
_BOARD_LINK = rf"(?:이전|다음)\s+\S(?:(?![다요]\.)[^\n]){{0,100}}?\s{_BOARD_DATE}\s+{_BOARD_TIME}"
_BOARD_LINKS = rf"(?:관련자료\s+)?{_BOARD_LINK}(?:\s+{_BOARD_LINK})?(?:\s+(?:목록|관리|글수정|글삭제))*\s*$"


@lru_cache(maxsize=1)
def _zh_surname() -> str:
    """The Chinese single-character surnames (`data/zh_surnames.txt`), simplified and traditional, for a
    character class: what a line of names set apart by spaces opens each name with."""
    return "".join(data_lines("zh_surnames.txt"))


# a wire story's end mark, on a line of its own or after the last sentence: "(完)", "（全文完）", "(끝)", "【完】", and a Korean
# one in angle brackets, "<끝>", "〈끝〉" (paired: `(끝>` is none; `‹끝›`, `《完》` are titles)
END_MARK = r"(?:[(（]\s*(?:完|全文完|终|終|끝)\s*[)）]|[【\[［]\s*(?:完|全文完|终|終|끝)\s*[】\]］]|[<＜〈]\s*끝\s*[>＞〉])"


# what makes a dispatch's 电 or 讯 the first letter of a word of the lead instead (`本报5月2日电话采访中…`, 电视, 电缆; 讯问,
# 讯息; 电价, 电压, 电站: code review 86b): the letters after 电 ({ELECTRIC_WORD}, in `prefixes.tsv`), and `DISPATCH_WORD`, where a
# credit ends at one (a dispatch's `电讯` is one word: the row takes it whole)
PHONE_WORD = "电话|電話|热线|熱線|专线|專線|手机|手機|전화|핫라인|연락처"  # what names a telephone line's number (`{PHONE_WORD}`)
# a business's advert (`{ADVERT}`, at a line's start): a service it offers (为企业提供…平台…解决方案, 主营…, 欢迎来电), and no word
# of the police, of a crime or an appeal for clues, nor of the government, the courts or the public they serve (`…为群众提供…服务`)
ADVERT = (
    "^(?!.*(?:警|公安|派出所|海关|海關|举报|舉報|检举|檢舉|报案|報案|犯罪|骗|騙|嫌疑|线索|線索|政府|法院|检察|檢察|群众|群眾|市民|居民"
    "|局|厅|廳|委员会|委員會|医院|醫院|学校|學校|车站|車站|机场|機場|铁路|鐵路|旅客|乘客|患者|游客|遊客|自称|自稱|冒充|假冒|谎称|謊稱))"  # (a public body's or a public service's line: 市交通运输局为旅客提供…服务，咨询电话：…)
    "(?=.*(?:提供[^。！？!?\\n]{0,60}?(?:服务|服務|方案|产品|產品|平台|系统|系統|培训|培訓)|主营|主營|专业从事|專業從事|"
    "(?:欢迎|歡迎)(?:来电|來電|咨询|諮詢|垂询|垂詢|洽谈|洽談|合作)))"
)
# the post a speaker's label or an interviewee's on-screen name ends its unit with, before the name (`派出所所长 张三:`,
# `巡逻队班长 张石`: `{SPEAKER_POST}` in `boilerplate.tsv`)
SPEAKER_POST = "民警|辅警|輔警|交警|警官|警员|警員|所长|所長|局长|局長|队长|隊長|队员|隊員|班长|班長|政委|教导员|教導員|负责人|負責人|主任|科长|科長|站长|站長"
_ELECTRIC_WORD = "话話视視脑腦报報邮郵子信动動器梯影力网網商诈詐台线線费費源量瓶车車竞競文汇匯池鱼魚缆纜联聯告击擊请請函价價压壓站厂廠流表磁"
DISPATCH_WORD = re.compile(f"[电電](?=[{_ELECTRIC_WORD}])|[讯訊](?=[问問息号號录錄])")

# what describes someone as a reporter rather than naming a reporter: `(전직 기자)A씨는 …`, `假记者王某…` (probe 86):
# {NOT_A_REPORTERS_NAME} in `prefixes.tsv`, {DESCRIBED_REPORTER} in `boilerplate.tsv` (a headline, `경찰, 사이비 기자 검거`,
# `기자 사칭 공갈범 구속`), and `DESCRIBED_REPORTER` for the credit model's cuts (`edges`)
_NOT_A_REPORTERS_NAME = "전직|현직|퇴직|가짜|사이비|자칭|前任|原任|假冒|冒牌|山寨"
_DESCRIBED_REPORTER = (
    f"(?:{_NOT_A_REPORTERS_NAME})\\s*(?:기자|특파원|记者|記者)|假(?:记者|記者)"
    f"|(?:(?<![{HAN}])|(?<=[名位个個的报報社台网網一两兩某]))[前原](?:记者|記者)"  # 前记者, 两名前记者, 某报前记者; not a name ending in 前 before 记者
    "|(?:기자|특파원)\\s*(?:사칭|행세|출신)"
)
DESCRIBED_REPORTER = re.compile(_DESCRIBED_REPORTER)


def expand_placeholders(pattern: str) -> str:
    """A data table's pattern with its placeholders filled: {HAN}, {HANGUL}, {EMAIL}, {CREDIT_ROLE},
    {CREW_CREDIT}, {REPORTER}, {REPORTER_DEED}, {REPRINT}, {CAPTION_ZH}, {CAPTION_KO}, {RELATED_LINK}, {BROADCASTER},
    {KO_QUALIFIER}, {KO_PAST}, {TRANSCRIPT_PART}, {TRANSCRIPT_CODE}, {STOCK_LABEL}, {BOARD_META}, {BOARD_LINKS}, {ZH_SURNAME},
    {UNBRACKETED_CREDIT_KO}, {UNBRACKETED_CREDIT_ZH}, {AGENCY_CREDIT}, {END_MARK}, {ASKING_END}, {OUTLET_BAO}, {OUTLET_NET}, {ELECTRIC_WORD}, {PHONE_WORD}, {ADVERT},
    {NOT_A_REPORTERS_NAME}, {DESCRIBED_REPORTER}, {SPEAKER_POST}."""
    return (
        pattern.replace("{KO_PAST}", KO_PAST)
        .replace("{ELECTRIC_WORD}", _ELECTRIC_WORD)
        .replace("{PHONE_WORD}", PHONE_WORD)
        .replace("{ADVERT}", ADVERT)
        .replace("{SPEAKER_POST}", SPEAKER_POST)
        .replace("{DESCRIBED_REPORTER}", _DESCRIBED_REPORTER)
        .replace("{NOT_A_REPORTERS_NAME}", _NOT_A_REPORTERS_NAME)
        .replace("{ASKING_END}", _ASKING_END)
        .replace("{STOCK_LABEL}", _STOCK_LABEL)
        .replace("{OUTLET_BAO}", _OUTLET_BAO)
        .replace("{OUTLET_NET}", OUTLET_NET)
        .replace("{BOARD_META}", _BOARD_META)
        .replace("{BOARD_LINKS}", _BOARD_LINKS)
        .replace("{ZH_SURNAME}", _zh_surname())
        .replace("{TRANSCRIPT_PART}", _TRANSCRIPT_PART)
        .replace("{TRANSCRIPT_CODE}", _TRANSCRIPT_CODE)
        .replace("{CAPTION_ZH}", _CAPTION_ZH)
        .replace("{RELATED_LINK}", _related_link())
        .replace("{CAPTION_KO}", _CAPTION_KO)
        .replace("{UNBRACKETED_CREDIT_KO}", _UNBRACKETED_CREDIT_KO)
        .replace("{UNBRACKETED_CREDIT_ZH}", _UNBRACKETED_CREDIT_ZH)
        .replace("{BROADCASTER}", _BROADCASTER)
        .replace("{AGENCY_CREDIT}", _AGENCY_CREDIT)
        .replace("{KO_QUALIFIER}", _KO_QUALIFIER)
        .replace("{HAN}", HAN)
        .replace("{HANGUL}", HANGUL)
        .replace("{EMAIL}", _EMAIL_PATTERN)
        .replace("{CREDIT_ROLE}", _CREDIT_ROLE)
        .replace("{CREW_CREDIT}", _CREW_CREDIT)
        .replace("{REPORTER_DEED}", _REPORTER_DEED)
        .replace("{REPORTER}", REPORTER)
        .replace("{REPRINT}", _REPRINT)
        .replace("{END_MARK}", END_MARK)
    )


# a label whose value the line does not give (`責任編輯：`, `【责任编辑：】`, `发表时间:`): no metadata
BARE_LABEL = re.compile(r"\W*[^\W\d_]{1,8}\s*[:：]\W*")

ACTIONS = ("drop", "stop", "box-below", "box-above")  # and meta:<field>: see data/boilerplate.tsv


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[Rule, ...]:
    """The rows of `data/boilerplate.tsv` in order (the first that takes a line names its reason); an
    action outside the closed set is refused with the row's action named."""
    rules = []
    for line in data_lines("boilerplate.tsv")[1:]:
        reason, action, max_chars, when, pattern = line.split("\t", 4)
        if action not in ACTIONS and not re.fullmatch(r"meta:\w+", action):
            raise ValueError(f"boilerplate.tsv: action {action!r} is not one of {', '.join(ACTIONS)} or meta:<field>")
        rules.append(Rule(reason, action, int(max_chars), LazyPattern(expand_placeholders(pattern), re.IGNORECASE), when != "not-sentence"))
    return tuple(rules)


_SCREENED_AFFIXES = ("inline", "start", "line-end")  # the `prefixes.tsv` rows a line meets, beside the rules


@dataclass(frozen=True)
class RuleRows:
    """Every pattern a line of a language may meet, the rules' then the screened affixes', in one
    sequence, and where each kind's patterns start in it (`rules`, or the affixes' `where`)."""

    patterns: tuple[LazyPattern, ...]
    kinds: tuple[tuple[str, range], ...]

    def span(self, kind: str) -> range:
        """Where the patterns of one kind are in `patterns` (KeyError for a kind not screened)."""
        for name, indices in self.kinds:
            if name == kind:
                return indices
        raise KeyError(kind)


@lru_cache(maxsize=4)
def rule_rows(lang: str) -> RuleRows:
    """The rules and the screened `prefixes.tsv` rows of `lang`, as one sequence (`RuleRows`)."""
    groups = [("rules", [rule.pattern for rule in boilerplate_rules()])] + [(where, [affix.pattern for affix in affixes_at(lang, where)]) for where in _SCREENED_AFFIXES]
    patterns: list[LazyPattern] = []
    kinds = []
    for kind, group in groups:
        kinds.append((kind, range(len(patterns), len(patterns) + len(group))))
        patterns += group
    return RuleRows(tuple(patterns), tuple(kinds))


@lru_cache(maxsize=4)
def rule_screen(lang: str) -> Screen:
    """The one automaton that finds which of `rule_rows(lang)` can match a stretch of text."""
    return Screen.of(rule_rows(lang).patterns)
