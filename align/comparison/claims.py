"""Claims: the clauses of a report that state a figure about something.

A claim is a figure (count, percentage, money, duration or streak, rank, hotline, date or time of
day) with the clause that states it, the subject it counts (a glossary term when there is one, else
the noun phrase next to the figure) and the date the sentence gives as its time anchor. A date that
opens a dispatch (북경 7월 17일발, 新华社北京9月24日电) is the claim `dateline`. Case and system
names (“6.10”案, ‘12346’체계) and the digits of slogans (1촌 1경찰) are not claims.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from align.data import data_rows
from align.errors import expect_glossary
from align.script.chars import HAN
from align.script.numbers import Figure, approximation_words, date_parts, date_value, dated_range_ends, figure_words, parse_numbers
from align.terms.glossary import Glossary, Term
from align.text.document import Document, Dropped, Sentence, as_sentences, term_matches
from align.text.document import figures as figures_of
from align.text.entities import INVISIBLE, RUBY_ANNOTATION, ShownText, without_invisible
from align.types import Change, ClaimKind, UnitClass

HOTLINES = {110, 119, 120, 122, 12110, 12315, 12345, 12389, 96110}
_HOTLINE_WORDS = re.compile(r"热线|電話|电话|报警|報警|拨打|撥打|举报|舉報|专线|專線|전화|신고|핫라인|제보")
_RANK_SCOPE = re.compile(r"(?:全国|全省|全市|全州|全区|全國)(?:排名|排|名列|位居|位列|居)?\s*$|(?:전국|전\s?성|전성|전\s?시|전\s?주)(?:에서)?\s*$")
_SLOGAN_KINDS = ("slogan", "programme")
_ZH_DETERMINERS = ("这", "這", "那", "该", "該", "此", "同", "每", "哪", "最后", "最後")  # before 一 + a measure word they make "this …", "the same …", "every …", "the last …"
_CATEGORY_UNITS = frozenset(["类", "级", "급"])  # units as parse_numbers gives them (simplified)
_FLOOR = "floor"  # the measure of 층, 层 and 楼 (units.tsv)
# a street address's number: after a street's name, then 号 (太古街727号, 中山路12-3号); not after a word that ends
# in 路 or 道 and names no street (公路, 铁路, 线路, 报道, 渠道: 京沪高速公路12号起, 媒体报道12号晚)
_NOT_STREET = "公铁鐵线線网網马馬水一道通门門思套出"
_LANES = "街|巷|弄|胡同|大道"  # a street's name ends in these, and no common word does
_STREET_BEFORE = re.compile(f"[{HAN}](?:{_LANES}|(?<![{_NOT_STREET}])路)$")

# …and a Korean road-name address's building number: after a road's name (로, 길) under its district (a city, county, town
# or neighbourhood of three syllables or more, a 구 of three or 동구 of two, not a word ending in 구 such as 연구, 출입구,
# 요구, nor 당시, 행동): `부산 연제구 중앙대로 999`,
# `종로구 세종대로 209`, `동구 동촌로 12-3`; not after 으로, nor a word that follows as 그대로 or 시세로 do without a district
_KO_ROAD_BEFORE = re.compile(r"(?:[가-힣]{2,}(?:시|도|군|읍|면|동)|[가-힣]{2,3}(?<![연요도가인지출입비상분화배수환기])구|[동서남북중]구)\s+[가-힣]*[가-힣](?<!으)(?:로|길)\s?$")
_ROAD_REACH = 30  # characters before a building's number where its district and road are looked for
_KO_BUILDING_AFTER = re.compile(r"(?:-\d+)?(?:$|[\s,.)(]|번길)")  # the number stands apart (999 부산경찰청), not glued to a word (12명)
# a number that places or names rather than states: a latitude or a longitude (북위 30.3도, 北纬30.3度), a highway's
# number (省道211线, 국도 7호선)
_PLACING_BEFORE = re.compile(r"(?:北纬|南纬|东经|西经|北緯|南緯|東經|西經|북위|남위|동경|서경|国道|省道|县道|乡道|國道|縣道|鄉道|국도|지방도)\s?$")
# a road's kilometre post, its distance from the road's origin and the metres past it (429公里+200米处, K429+200,
# 429km+200m): where on the road, no distance anyone travelled
_KILOMETRE_POST = re.compile(r"(?<![\dA-Za-z.])(?:[Kk]\d{1,4}|\d{1,4}\s?(?:公里|km|킬로미터|㎞))\s?[+＋]\s?\d{1,4}(?:\s?(?:米|m|미터))?(?![\d.])")
# …or the kilometre a road's name places a spot at (京港澳高速429公里处, 沪昆高速公路长沙方向1086公里处, 429公里500米处,
# 429公里附近, 경부고속도로 서울방향 429㎞ 지점): an exact number, the road not measured from (距国道3公里处), no high-speed
# railway, and nothing between the road and the number that measures from a place or a move along it (距, 离, 前, 后,
# 出口, 收费站, 路口, a place's 处 and its 以南, 行驶, 에서, 진입, 전, 후: 沪昆高速距醴陵收费站约5公里处, 交汇处以南3公里处,
# 沿高速公路行驶5公里处, 고속도로 진입 후 약 3㎞ 지점 are distances)
_ROAD_KILOMETRE = re.compile(
    r"(?<![距离離])(?:高速(?!铁|鐵|列车|列車|动车|動車)(?:公路)?|公路|[国省县乡國縣鄉]道|고속도로|국도)"
    r"(?:(?!距|离|離|前|后|後|出口|收费站|收費站|路口|互通|服务区|服務區|[处處以]|行|에서|진입|전|후|나들목|IC|톨게이트|요금소|분기점|휴게소)[^\d，,。；;、!?！？]){0,16}?"
    r"(?<![\dA-Za-z.约約近약])\s?\d{1,4}(?:\.\d{1,3})?\s?(?:公里|[Kk][Mm]|㎞|킬로(?:미터)?)(?:\s?\d{1,3}\s?(?:米|m|미터))?\s?(?:[处處]|附近|路段|지점|부근)"
)
_POST_REACH = 24  # characters either side of a figure where the kilometre post holding it is looked for
_HOUSE_NUMBER_AFTER = re.compile(r"-\d+\s?[号號]")  # a house's number and its flat's, parted by a hyphen (160-11号): an address wherever it stands
_HOUSE_BEFORE = re.compile(r"(\d+)-$")


def _after_a_house_number(before: str) -> bool:
    """Whether a day written with 号 follows a house's number and a hyphen (160-11号: a flat), not a
    day's (5-6号: the 5th and the 6th)."""
    house = _HOUSE_BEFORE.search(before)
    return house is not None and int(house.group(1)) > 31


_STREET_NUMBER_AFTER = re.compile(r"(?:-\d+)?\s?[号號]")
_DAY_NUMBERED = re.compile(r"\d{1,2}\s?[号號]")  # a day written with 号, which also numbers a house…
_LANE_BEFORE = re.compile(f"[{HAN}](?:{_LANES})$")  # …after a street's name no common word ends in (路 ends 公路, 这条路)
# each opening mark with the closing marks writers pair it with (a curly opening and a straight closing: “여우사냥 2016")
_QUOTE_PAIRS = (("“", "”\""), ('"', '"”'), ("‘", "’'"), ("'", "'’"), ("「", "」"), ("『", "』"), ("《", "》"), ("〈", "〉"))
# a short quotation, each opening mark with its own closing ones, so that one inside another is found too (`"올해도
# '여우사냥 2016'을 계속해…"`: the outer quotation is no short one, the name inside it is)
_QUOTED = re.compile(
    "|".join(f"{re.escape(opening)}[^{re.escape(opening + closing)}]{{1,30}}[{re.escape(closing)}]" for opening, closing in _QUOTE_PAIRS)
    + r"|(?:^|(?<=\s))”(?=\S)[^“”\n]{1,30}”"  # a closing mark typed as the opening one too (전국공안기관 ”여우사냥 2015” 전문행동), not the space between two quotations
)
# a quotation that is a statement, not a name or a slogan: it ends as a Korean sentence does, or holds a Chinese comma
# or sentence end (`"올해 용의자 556명을 체포했다"고`, “今年抓获556名，破案300起”): its figures are claims
_QUOTED_STATEMENT = re.compile(r"(?:다|요|까)[.!?]?$|[。！？，]")
_ZH_CLAUSE = re.compile(r"[，,；;：:。！？!?]")
_KO_CLAUSE = re.compile(r"[,;:.!?]\s|(?<=[고며서])\s(?=\S)")
_ZH_NOUN_AFTER = re.compile(f"^[{HAN}]{{1,8}}")
_ZH_RUN_BEFORE = re.compile(f"[{HAN}]+$")
_ZH_NOUN_LETTERS = 8  # a counted noun is at most this long
_ZH_VERB_EDGE = re.compile(r"^(?:共|有|达|达到|新建|建成|建设|打掉|破获|侦破|抓获|整改|检查|查处|办理|接待|组织|培训|举办|累计|其中|全市|全省|全国|已|了|为|的)+|(?:共|有|达|达到|新建|建成|累计|其中|为|的|了)+$")
# years named relative to the report's own date: 지난해 9월, 去年, 올해 5월초
_RELATIVE_YEARS = {
    "ko": {"재작년": -2, "지난해": -1, "작년": -1, "전년": -1, "올해": 0, "금년": 0, "올": 0, "내년": 1, "래년": 1},
    "zh": {"前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1, "来年": 1, "來年": 1},
}
# 올 is "this year" only before a month or a part of the year (올 6월, 올 상반기, 올 들어), never the verb (비가 올 것)
_ONLY_BEFORE = {"올": r"(?=\s?\d{1,2}\s?월|\s?(?:상반기|하반기|들어|초(?![가-힣])|연말|한\s?해))"}
_RELATIVE_YEAR = {
    lang: re.compile(
        ("(?<![가-힣])" if lang == "ko" else "")
        + "(?:"
        + "|".join(re.escape(word) + _ONLY_BEFORE.get(word, "") for word in sorted(words, key=len, reverse=True))
        + ")"
    )
    for lang, words in _RELATIVE_YEARS.items()
}
# an age right after this year's word: 올해 46세 ("46 this year", 今年46岁) says the age, no year; not a threshold of
# age (올해 65세 이상, 今年60岁以上: a date of the count), nor last year's (지난해 7세 아동: when it happened)
_AGE_AFTER = re.compile(r"\s?\d{1,3}\s?(?:세|살|岁|歲)(?!\s?(?:이상|미만|이하|초과|以上|以下|以内|以內))")
_THIS_YEAR = frozenset(["올해", "금년", "今年", "本年"])
# months named relative to the report's own date: 지난달 26일, 上月26日, 이달 5일, 本月 (not 전달, "to deliver", nor 当月,
# which names a month the text named before)
_RELATIVE_MONTHS = {
    "ko": {"지난달": -1, "지난 달": -1, "이달": 0, "이번 달": 0, "이번달": 0, "다음 달": 1, "다음달": 1},
    "zh": {"上月": -1, "上个月": -1, "上個月": -1, "本月": 0, "这个月": 0, "這個月": 0, "下月": 1, "下个月": 1, "下個月": 1},
}
# …standing as a word: not 上月台 (a platform), 晚上月黑风高, 基本月薪, 日本月入, 马上月底, 以上月份, 这个月饼, nor a name (이달곤)
_AROUND_RELATIVE_MONTH = {
    "ko": ("(?<![가-힣])", r"(?=\s|\d|$|[^가-힣]|초|말|중|부터|까지|의|에|은|는|도|들어)"),
    "zh": ("(?<![日基晚早马馬以身爬推登跳走送赶趕加])", "(?![台臺黑薪入饼餅亮光球票饷餉])"),
}
_RELATIVE_MONTH = {
    lang: re.compile(_AROUND_RELATIVE_MONTH[lang][0] + "(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + ")" + _AROUND_RELATIVE_MONTH[lang][1])
    for lang, words in _RELATIVE_MONTHS.items()
}
# words right before a figure that make it a part of a group named before: a subset or the rest
_PART_BEFORE = {
    "zh": re.compile(r"(?:其中|另外|另有|另|其余|其他|剩余|剩下)(?:的)?\s?(?:有|包括|还有)?\s?$"),
    "ko": re.compile(r"(?<![가-힣])(?:그\s?중|그\s?가운데|이\s?가운데|이\s?중|나머지|이\s?밖에|그\s?밖에|이\s?외에|그\s?외에?)(?:에는|엔|에서)?\s?$"),
}
# what 二次 ("secondary") comes before: 二次诈骗, 二次过街设施, 二次事故 (曾二次作案, "twice", counts)
_SECONDARY = re.compile(r"诈骗|詐騙|过街|過街|事故|伤害|傷害|污染|受害|危害|利用|开发|開發|销售|銷售|报警|報警")
# a clock time right after a date, a weekday or a part of the day between: a posting time (2017-09-25 09:56:00,
# 2018.04.24. 오후 1:54, 2018년 04월 24일 (화) 13:54, 2023年01月08日 10时30分), no dispatch's dateline
_CLOCK_AFTER = re.compile(r"\.?[\s\u3000]*(?:[(（][^()（）\d]{1,3}[)）][\s\u3000]*)?(?:오전|오후|上午|下午|AM|PM)?[\s\u3000]*\d{1,2}\s?(?::\s?\d{2}|[시时時]\s?\d{1,2}\s?[분分])")
# a dispatch's dateline (9일발, 11日电, 日讯), not a word that starts the same way (10일 발표한, 5日电信诈骗)
_DATELINE_AFTER = re.compile(r"\s?(?:발(?![가-힣])|[电電](?![话話脑腦视視动動力子梯网網信影台器站车車池线線])|[讯訊](?![问問息号號]))")
# what a percentage says it is, from the words next to it (`percentage_change`): a rise or a fall
# (the word before it in Chinese, 同比增长 12%, 降幅为 3%; after it in Korean, 12% 증가했다, 3%
# 줄었다; a rate named before it in both, 增长率为, 증가률은) or a share of a whole (是去年同期的
# 54%, 占 30%; 동기의 54%, 30%를 차지); the first of a language's patterns to match decides, so a
# Korean verb after the figure outweighs a genitive before it (3년간의 5% 성장: a rise), and a change
# noun after its genitive says it too (27%의 하락폭을 보였다: a fall)
_BEFORE, _AFTER = "before", "after"
_CHANGE_PATTERNS: dict[str, tuple[tuple[Change, str, re.Pattern[str]], ...]] = {
    "zh": (
        # after the verb, by how much (增长了 3%, 下降约 5%); 为/是 only after the noun (增长率为, 降幅是):
        # 上升为 98% and 下降到 3% say where it ended, a level
        (Change.RISE, _BEFORE, re.compile(r"(?:(?:增长|增加|上升|提高|提升|上涨|扩大|增)(?:了|达到?|约|近|超过)?|(?:(?:增长|增加|上升|上涨)(?:率|幅度)|增幅|涨幅)(?:为|达到?|是|约|近|超过)?)\s?$")),
        (Change.FALL, _BEFORE, re.compile(r"(?:(?:下降|减少|降低|下跌|下滑|回落|缩小|减)(?:了|达到?|约|近|超过)?|(?:(?:下降|减少|下跌)(?:率|幅度)|降幅|减幅|跌幅)(?:为|达到?|是|约|近|超过)?)\s?$")),
        (Change.SHARE, _BEFORE, re.compile(r"(?:是|为|占|相当于|恢复到|恢复至)[^，,。；;：:]{0,14}的\s?$|占(?:比)?(?:为|达到?|约|近|超过)?\s?$")),
    ),
    "ko": (
        # (not 5%p 상승: percentage points, which Chinese writes 5个百分点, no percentage)
        (Change.RISE, _AFTER, re.compile(r"^\s?(?:이나|나|가량|정도|의)?\s?(?:증가|증장|성장|상승|향상|제고|확대|증대|급증|늘|올랐|올라|뛰|높아|많아)")),
        (Change.FALL, _AFTER, re.compile(r"^\s?(?:이나|나|가량|정도|의)?\s?(?:감소|하락|하강|저하|축소|급감|줄|떨어|낮아|내려|적어)")),
        (Change.RISE, _BEFORE, re.compile(r"(?:증가|성장|상승|증대)(?:률|율|폭)(?:은|는|이|가|도)?\s?$")),
        (Change.FALL, _BEFORE, re.compile(r"(?:감소|하락|축소)(?:률|율|폭)(?:은|는|이|가|도)?\s?$")),
        (Change.SHARE, _AFTER, re.compile(r"^\s?(?:를|을|로|으로)?\s?(?:차지|점하|점했|점해|점함|해당|수준|에\s?(?:그쳐|그쳤|불과))")),  # (점하다: the Chinese-Korean press's 占)
        (Change.SHARE, _BEFORE, re.compile(r"[가-힣]의\s?$")),
    ),
}
_KO_PARTICLE = re.compile(r"(?:의|을|를|이|가|은|는|에|에서|와|과|로|으로|도|만)$")
_KO_VERB_END = re.compile(r"(?:다|고|며|서|면|지만|는데)$")  # a word a verb ends, where a noun phrase stops


@dataclass(frozen=True)
class Claim:
    """A figure stated in sentence `sentence`; `figure` offsets are relative to that sentence's text."""

    lang: str
    sentence: int
    figure: Figure
    clause: str
    subject: str
    terms: tuple[Term, ...]  # glossary concepts in the clause
    time: str | None  # an ISO date in the same sentence: the claim's time anchor
    part: bool = False  # the figure counts a part of a group the sentence names (其中 171名, 另外4名, 그중 3명, 나머지 2명)
    change: Change | None = None  # a percentage's rise, fall or share, when its wording says (`percentage_change`)
    kind: ClaimKind = ClaimKind.FIGURE  # a dispatch's dateline and a hotline are claims of their own kind
    credit: bool = False  # the figure is in the dispatch credit cleaning cut off the sentence (`credit_claims`): its offsets index `clause`, the credit
    fate: str | None = None  # what happened to the people a count counts (`casualty_words.tsv`: dead, injured …; `fate_of`)
    cut_off: bool = False  # a date or time a toll is counted up to (截至…15时30分, 22시까지; `counted_up_to`)

    @property
    def key(self) -> ClaimKey:
        return (self.lang, self.sentence, self.figure.start, self.credit)


ClaimKey = tuple[str, int, int, bool]  # a claim's language, sentence, figure start and whether it is in the sentence's cut-off credit


def claim_text(claim: Claim, sentences: Sequence[Sentence]) -> str:
    """The text a claim's figure offsets index: its sentence's, or the credit's it was read from."""
    return claim.clause if claim.credit else sentences[claim.sentence].text


def credit_claims(credit: str | None, lang: str, sentence: int = 0) -> list[Claim]:
    """The dateline of a dispatch credit that cleaning cut off the start of a report's lead (the
    document's `metadata.source`: `据新华社南京10月29日电`, `[신화사 난징(南京) 10월 30일]`,
    `북경 7월 17일발`): its date, a claim of kind `dateline` of that lead, `sentence`, read from the
    credit (`Claim.credit`). A whole article read with its credit cut off states its dispatch date
    as a one-sentence-per-line reading of the same text does. A date given with a clock time
    (`래원:중앙인민방송국 2017-09-25 09:56:00`, `2018-04-24 13:54 송고`) is when the page was posted, not
    a dispatch's date: no claim of the report, so it never contradicts the other report's dateline
    (a translation posted the day after the dispatch it renders)."""
    if not credit:
        return []
    for figure in parse_numbers(credit, lang):
        if figure.is_date and not (figure.date or "").startswith("T") and not _CLOCK_AFTER.match(credit, figure.end):
            return [Claim(lang, sentence, figure, credit, str(ClaimKind.DATELINE), (), figure.date, kind=ClaimKind.DATELINE, credit=True)]
    return []


def _dispatch_before_lead(document: Document) -> Dropped | None:
    """A dispatch's credit with its date that cleaning cut before the article's first sentence
    (`中新网2月11日电` after a `来源:中国新闻网` line, cut as a byline), if any: a page's posting date
    (`发布时间：2019年02月11日`) is none."""
    first = next((sentence.start for sentence in document.sentences if not sentence.heading), len(document.text))
    return next(
        (span for span in document.dropped if span.end <= first and span.reason in _CREDIT_REASONS and _DISPATCH_END.search(span.text) and credit_claims(INVISIBLE.sub("", span.text), document.lang)),
        None,
    )


def credit_span(document: Document) -> Dropped | None:
    """Where cleaning cut the document's source credit (`metadata.source`) out of its text."""
    source = document.metadata.source  # (as the page shows it: a span quotes the text, invisible characters and all)
    return next((span for span in document.dropped if INVISIBLE.sub("", span.text) == source), None) if source else None


# a dispatch's credit: its day and 电 (中新网2月11日电, 新华社北京9月24日电（记者刘欢）), not a power cut's 停电
_DISPATCH_END = re.compile(r"[日号]\s*[电電讯訊]\s*(?:[(（][^()（）]{0,30}[)）])?\s*$")
_CREDIT_REASONS = frozenset({"byline", "source", "prefix", "dateline"})  # what cleaning calls a credit it cuts (a related story's title is none)


def credit_of(document: Document) -> tuple[str, int] | None:
    """The dispatch credit cleaning cut off a document's lead (`metadata.source`, or, when that names
    no date, `_dispatch_before_lead`) and the index of that lead, the first sentence after it; None
    when there is none."""
    cut = credit_span(document)
    if cut is None or not credit_claims(INVISIBLE.sub("", cut.text), document.lang):
        cut = _dispatch_before_lead(document) or cut
    if cut is None:
        return None
    lead = next((sentence.index for sentence in document.sentences if sentence.start >= cut.end), None)
    return None if lead is None else (INVISIBLE.sub("", cut.text), lead)


def _is_claim(figure: Figure, text: str, slogans: list[tuple[int, int]]) -> bool:
    if any(start <= figure.start < end for start, end in slogans):
        return False
    before = text[max(0, figure.start - 8) : figure.start]
    if figure.unit_class == "code":
        return False  # quoted case and system names
    if (figure.unit_class == "plain" and (_STREET_BEFORE.search(before) or _HOUSE_NUMBER_AFTER.match(text, figure.end)) and _STREET_NUMBER_AFTER.match(text, figure.end)) or (
        figure.unit_class == "date" and _DAY_NUMBERED.fullmatch(figure.text) and (_LANE_BEFORE.search(before) or _after_a_house_number(before))
    ):
        return False  # a street address's number: 太古街727号, 中山路127号, 解放街12号 (not the 12th; 解放路12号 may be either)
    if figure.unit_class == "plain" and _PLACING_BEFORE.search(before):
        return False  # a latitude or longitude, a highway's number: 北纬30.3度, 省道211线
    if any(
        post.start() <= figure.start < post.end()
        for pattern in (_KILOMETRE_POST, _ROAD_KILOMETRE)
        for post in pattern.finditer(text, max(0, figure.start - _POST_REACH), figure.end + _POST_REACH)
    ):
        return False  # a kilometre post: 429公里+200米处, K429+200, 京港澳高速429公里处
    if figure.unit_class == "plain" and _KO_ROAD_BEFORE.search(text[max(0, figure.start - _ROAD_REACH) : figure.start]) and _KO_BUILDING_AFTER.match(text, figure.end) and not _is_hotline(figure, text):
        return False  # a Korean road-name address's building number: 연제구 중앙대로 999, 세종대로 209
    if figure.unit_class != "rank" and any(m.start() < figure.start and figure.end <= m.end() and not _QUOTED_STATEMENT.search(m.group()[1:-1]) for m in _QUOTED.finditer(text)):
        return False  # inside a short quotation: a slogan or a name ('1,000명 법제 경찰 1만권 열독', 《…二十条措施》); a place in a ranking is one there too (“全国第一”)
    if figure.unit_class == "date":
        return True  # dates, months, days, years and times of day are claims both reports can make
    if figure.measure == _FLOOR:
        return False  # a building's storeys or the floor a fire broke out on (15층짜리, 8楼; 三层塑料袋 a layer): read, so that
        # 11层 is no bare number to pair with 10여 명, but no claim (which floor, how tall, how many layers: the words alone cannot tell)
    following = text[figure.end : figure.end + 2]
    if (figure.unit in _CATEGORY_UNITS and not any(ch.isdecimal() for ch in figure.text)) or following.lstrip().startswith(("一体", "一體", "1체", "일체")):
        return False  # names of categories, grades and doctrines in numerals: 八类, 三级, 六位一体, 6위1체 (23类 counts)
    if re.fullmatch(r"\d{2}", figure.text) and following[:1] in ("后", "後", "후"):
        return False  # a generation: 90后, 90후
    if figure.unit_class == "plain" and _WRITTEN_DECADE.fullmatch(figure.text) and _DECADE_AFTER.match(text, figure.end):
        return False  # a decade: 1980年代, 1980년대, the Chinese-Korean press's 지난세기 60년대 (上世纪60年代)
    if figure.text in ("四周", "四週") and not re.match(r"内|內|后|後|前|来|來|时|時|的时间", following):
        return False  # 巡视四周: "all around", not four weeks
    if following[:1] == "版" and following[:2] not in ("版权", "版權") and figure.unit_class in ("plain", "date", "duration"):
        return False  # a banknote's or a book's series: 2005版, 2005年版
    if figure.text == "二次" and _SECONDARY.match(text, figure.end):
        return False  # 二次诈骗, 二次过街设施: "secondary", not twice (两次)
    if figure.unit_class == "plain" and not any(ch.isdecimal() for ch in figure.text) and not figure.approximate:
        return False  # a bare Chinese numeral: 十八大 (but 近千万, 十余 are figures)
    if figure.value == 1 and figure.text.startswith(("一", "壹")) and before.endswith(_ZH_DETERMINERS):
        return False  # 这一天, 這一日期, 同一时间, 最后一天: "this day", "the same time", "the last day", not one day (这一百名 counts)
    if figure.unit_class == "rank":
        following = text[figure.end : figure.end + 1]
        # a place in a ranking (3위, 第3名, 全省第一), not an ordinal that names (제3차, 第3次, 제15조)
        return figure.text.rstrip().endswith("위") or following == "名" or bool(_RANK_SCOPE.search(before))
    if _is_hotline(figure, text):
        return True
    if figure.unit_class == "plain" and figure.value < 10 and not figure.approximate:
        return False  # slogan and list digits: 1촌 1경찰, 1+2+N+X
    return True


_WRITTEN_DECADE = re.compile(r"(?:19|20)?\d0")  # a decade's number as written before 年代 / 년대 (1980, 60)
_DECADE_AFTER = re.compile(r"\s?(?:年代|년대(?!비))")


def _is_hotline(figure: Figure, text: str) -> bool:
    """A number to call: a known hotline (110, 96110), a bare number with a word of calling or
    reporting beside it (举报电话 12345), or a telephone number (0433-2512345)."""
    if figure.unit_class != "plain":
        return False
    if _TELEPHONE_NUMBER.fullmatch(figure.text):
        return True
    around = text[max(0, figure.start - _HOTLINE_REACH) : figure.end + _HOTLINE_REACH]
    return figure.text.isdecimal() and (int(figure.text) in HOTLINES or _HOTLINE_WORDS.search(around) is not None)


_HOTLINE_REACH = 8  # characters either side of a number where a word of calling makes it a hotline
_TELEPHONE_NUMBER = re.compile(r"\d+(?:-\d+)+")


def _clause(text: str, figure: Figure, lang: str) -> tuple[int, int]:
    """Where the clause stating `figure` starts and ends in its sentence's `text`. A clause that says
    nothing but its date (a date or a year that opens the sentence, set off by a comma:
    `2024年12月28日，警方抓获…`, `截至5月5日，…`, `今年，全州…`, `2024년 12월 28일, 경찰은…`) is the time of
    the clause after it, and extends over it: its subject and evidence are that clause's."""
    pattern = _ZH_CLAUSE if lang == "zh" else _KO_CLAUSE
    start = 0
    ends: list[int] = []
    for match in pattern.finditer(text):
        if match.end() <= figure.start:
            start = match.end()
        elif match.start() >= figure.end:
            ends.append(match.start() + (1 if lang == "zh" else 0))
            if len(ends) == 2:
                break
    ends += [len(text)] * (2 - len(ends))
    end = ends[0]
    if figure.is_date and _letters(text[start : figure.start] + text[figure.end : end]) <= _LONE_FIGURE_LETTERS:
        end = ends[1]
    return start, end


_LONE_FIGURE_LETTERS = 2  # a clause with at most this many letters besides its date (截至, 到, 부터) says nothing but the date


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _noun_phrase(text: str, figure: Figure, lang: str) -> str:
    """The thing counted when no glossary term names it: 监管场所 in 2个监管场所, 경무실 in 경무실 3만개;
    never a particle glued to the figure (30여만원의 손실을 is 손실, 두 명이 부상을 부상), another figure,
    a word that is only a particle or a verb's (`28일부터 30일`, `통계한데`), nor a lone function
    character (的); a date counts nothing, and has none. (The Chinese noun before a figure is its last
    eight characters: telling where a word begins would load jieba's dictionary, a fifth of a second
    of each comparison, for a label.)"""
    if figure.is_date:
        return ""
    after, before = text[figure.end :], text[: figure.start]
    if lang == "zh":
        following = _ZH_NOUN_AFTER.search(after) if figure.unit else None
        preceding = _ZH_RUN_BEFORE.search(before)
        candidates = [following.group()] if following else []
        if preceding:
            candidates.append(preceding.group()[-_ZH_NOUN_LETTERS:])
        candidates = [candidate for candidate in candidates if _is_zh_noun(candidate)]
        for candidate in candidates:
            cleaned = _ZH_VERB_EDGE.sub("", candidate)
            if len(cleaned) >= 2:
                return cleaned[:_ZH_NOUN_LETTERS]
        return next((candidate for candidate in candidates if len(candidate) >= 2), "")
    glued = re.match(r"\S+", after)  # a particle glued to the figure: 30여만원의, 두 명이
    rest = after[glued.end() if glued and _KO_PARTICLE.fullmatch(glued.group()) else 0 :]
    nouns_after: list[str] = []
    for word in rest.split()[:2]:  # up to a verb (30여만원의 손실을 막았다: 손실)
        stem = _bare(_KO_PARTICLE.sub("", word) or word)
        if _KO_VERB_END.search(stem) or not _is_ko_noun(stem):
            break
        nouns_after.append(stem)
    noun_after = " ".join(nouns_after)
    if figure.text.endswith("의") or after.startswith("의"):
        return noun_after
    # the two words before it, a particle off each; a word left with one syllable is a verb's
    # (피해를 입은 기업은 3곳: 기업, not 입 기업)
    stems = [_bare(_KO_PARTICLE.sub("", w)) for w in before.split()[-2:]]
    phrase = " ".join(stem for stem in stems if len(stem) > 1 and _is_ko_noun(stem) and not _KO_VERB_END.search(stem))
    return phrase or noun_after


def _is_zh_noun(run: str) -> bool:
    """Whether a run of Chinese characters beside a figure can name what it counts: no figure in it
    (千万元以上的, the figure before), not starting with an approximation, alone or after a unit
    (以上的, 年以上: the figure's own words; 人员 and 年轻民警 are nouns)."""
    approximations = approximation_words("zh")
    if parse_numbers(run, "zh") or run.startswith(approximations):
        return False
    return not any(run.startswith(unit) and run[len(unit) :].startswith(approximations) for unit in figure_words("zh"))


_KO_POSTPOSITION = re.compile(r"(?:부터|까지|에게|에서|께서|보다|처럼|마다|조차|밖에|이나|이며|이고)$")  # after a figure or a noun: 28일부터, 9월 30일까지


def _is_ko_noun(word: str) -> bool:
    """Whether a Korean word (a particle off) can stand in a subject: letters, no digit (another
    figure: 30일, 2015), no postposition (부터, 28일부터), no figure's unit or approximation (위안, 이상, 약)."""
    return any(ch.isalpha() for ch in word) and not any(ch.isdigit() for ch in word) and not _KO_POSTPOSITION.search(word) and word not in figure_words("ko")


def _bare(word: str) -> str:
    """A word without the punctuation around it, keeping a bracket it closes (경무실(역) stays whole)."""
    word = word.strip(" ,.'‘’\"“”").rstrip("(").lstrip(")")  # a bracket opened at its end or closed at its start closes nothing of it
    if word.startswith("(") and ")" not in word:
        word = word[1:]
    if word.endswith(")") and "(" not in word:
        word = word[:-1]
    return word


def _with_relative_years(figures: Sequence[Figure], text: str, lang: str, year: int, month: int | None = None) -> tuple[Figure, ...]:
    """The figures of a sentence with relative years resolved against the report's year: a month
    or day after 지난해 / 去年 takes that year (and the word joins the figure), and the word alone
    is a year. With the report's `month`, relative months too: a day after 지난달 / 上月 takes that
    month and year, and the word alone is a month."""
    if month is not None:
        figures = _with_relative_months(figures, text, lang, year, month)
    offsets = _RELATIVE_YEARS[lang]

    def alone(word: re.Match[str]) -> Figure | None:
        if word.group() in _THIS_YEAR and _AGE_AFTER.match(text, word.end()):
            return None
        value = year + offsets[word.group()]
        return Figure(float(value), "", UnitClass.DATE, "", False, False, word.start(), word.end(), word.group(), str(value))

    resolved = _with_relative_words(
        figures,
        text,
        _RELATIVE_YEAR[lang],
        lambda figure: bool(figure.date and figure.date.startswith("--") and not figure.date.startswith("---")),
        lambda word, figure: f"{year + offsets[word]}-{(figure.date or '')[2:]}",
        alone,
    )
    return tuple(dated_range_ends(resolved, text))  # 지난해 1월-11월: the 11월 too


def _with_relative_months(figures: Sequence[Figure], text: str, lang: str, year: int, month: int) -> list[Figure]:
    """`_with_relative_years`' months: a bare day right after 지난달 / 上月 / 이달 / 本月 (spaces or 的
    between) is a day of that month of the report's year (지난달 26일 in a report of 2025-12: 2025-11-26,
    the word joining the figure); the word alone, a month (`2025-11`)."""
    offsets = _RELATIVE_MONTHS[lang]

    def named(word: str) -> str:
        counted = 12 * year + month - 1 + offsets[word]
        return f"{counted // 12:04d}-{counted % 12 + 1:02d}"

    def alone(word: re.Match[str]) -> Figure:
        iso = named(word.group())
        return Figure(date_value(iso), "", UnitClass.DATE, "", False, False, word.start(), word.end(), word.group(), iso)

    return _with_relative_words(
        figures, text, _RELATIVE_MONTH[lang], lambda figure: bool(figure.date and figure.date.startswith("---")), lambda word, figure: f"{named(word)}-{(figure.date or '')[3:]}", alone
    )


_RELATIVE_REACH = 8  # characters before a figure in which the word dating it is looked for


def _with_relative_words(
    figures: Sequence[Figure],
    text: str,
    pattern: re.Pattern[str],
    takes: Callable[[Figure], bool],
    dated: Callable[[str, Figure], str],
    alone: Callable[[re.Match[str]], Figure | None],
) -> list[Figure]:
    """The figures of a sentence with its words of relative time (`pattern`) resolved: a date figure
    that `takes` one, right after it (spaces or 的 between), is dated `dated(word, figure)` and the
    word joins it; a word alone is the figure `alone` makes of it, if any. In text order."""
    resolved: list[Figure] = []
    taken: set[int] = set()
    for figure in figures:
        if figure.is_date and takes(figure):
            # (no end position: a word's lookahead may need to see the figure)
            before = [m for m in pattern.finditer(text, max(0, figure.start - _RELATIVE_REACH)) if m.end() <= figure.start and not text[m.end() : figure.start].strip(" 的")]
            if before:
                word = before[-1]
                taken.add(word.start())
                iso = dated(word.group(), figure)
                figure = dataclasses.replace(figure, start=word.start(), text=text[word.start() : figure.end], date=iso, value=date_value(iso))
        resolved.append(figure)
    for word in pattern.finditer(text):
        if word.start() not in taken and not any(f.start <= word.start() < f.end for f in resolved) and (extra := alone(word)) is not None:
            resolved.append(extra)
    return sorted(resolved, key=lambda f: f.start)


def _as_shown(sentences: Sequence[str | Sentence], lang: str) -> tuple[list[Sentence], list[ShownText]]:
    """The sentences as a reader sees them, with the way back: a sentence holding invisible format
    characters (`지난\u00ad해`, `最后\u200b一天`) is read through a copy without them, whose figures,
    terms and words the claims read; the other sentences are themselves."""
    annotated = as_sentences(sentences, lang)
    views = [without_invisible(sentence.text) for sentence in annotated]
    return [s if view.starts is None else dataclasses.replace(s, text=view.text) for s, view in zip(annotated, views)], views


def dated(sentences: Sequence[str | Sentence], lang: str, year: int | None = None) -> set[str]:
    """The dates the sentences state with their year (`2023-11`, `2023-11-05`), relative years
    resolved against `year` when it is given."""
    annotated, _ = _as_shown(sentences, lang)
    found = figures_of(annotated)
    if year is not None:
        found = [_with_relative_years(figures, s.text, lang, year) for s, figures in zip(annotated, found)]
    return {f.date for figures in found for f in figures if f.is_date and f.date and f.date[:4].isdigit() and len(f.date) >= 7}


def year_agreeing(sentences: Sequence[str | Sentence], lang: str, other_dates: set[str]) -> int | None:
    """The year a report without a date of its own was most likely written in, from the dates of
    another report of the same event: the year under which most of its relative dates (지난해
    11월, 去年8月) become dates the other states (2023年11月); None when none does or years tie."""
    annotated, _ = _as_shown(sentences, lang)
    relative = [s for s in annotated if _RELATIVE_YEAR[lang].search(s.text)]
    if not other_dates or not relative:
        return None
    offsets = set(_RELATIVE_YEARS[lang].values())
    trials = sorted({int(date[:4]) - offset for date in other_dates for offset in offsets})
    absolute = dated(annotated, lang)  # what the report dates without a year to resolve against
    # only the sentences with a relative year date anything new under a trial year: the others' dates are all in `absolute`
    agreeing = {year: len((dated(relative, lang, year) - absolute) & other_dates) for year in trials}
    best = max(agreeing.values(), default=0)
    winners = [year for year, count in agreeing.items() if count == best]
    return winners[0] if best and len(winners) == 1 else None


def document_year(date: str | None) -> int | None:
    """The year of a report's date as its metadata gives it (`2024-01-16`, `입력 2024.01.16 10:30`)."""
    found = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", date or "")
    return int(found.group()) if found else None


def credit_year(source: str | None, lang: str) -> int | None:
    """The year of a dated credit (`新华社北京2024年3月5日电`, `북경 2024년 3월 5일발`): that of its first
    date with a year and a month, so a source line's other numbers (`浏览次数：2019`, a view count)
    give none."""
    dated = credit_date(source, lang)
    return dated[0] if dated else None


def credit_date(source: str | None, lang: str) -> tuple[int, int] | None:
    """The year and month of a dated credit (`credit_year`), or None."""
    for figure in parse_numbers(source or "", lang):
        parts = date_parts(figure.date or "") if figure.is_date else {}
        if "year" in parts and "month" in parts:
            return parts["year"], parts["month"]
    return None


def percentage_change(text: str, figure: Figure, lang: str) -> Change | None:
    """What a percentage of `text` states besides its value, from the words next to it: a rise
    (同比增长156.7%, 156.7% 성장), a fall (下降3%, 3% 줄었다), a share of a whole
    (是2019年同期的54.4%, 동기의 54.4%, 30%를 차지), or None (not a percentage, or nothing says:
    达到95%, 上升为98%, 95%로 집계)."""
    if not figure.percent:
        return None
    near = {
        _BEFORE: text[max(0, figure.start - 20) : figure.start],
        _AFTER: text[figure.end : figure.end + 12],
    }
    for change, side, pattern in _CHANGE_PATTERNS.get(lang, ()):
        if pattern.search(near[side]):
            return change
    return None


# the marks and conjunctions that join the members of a list of figures (no Chinese comma: it ends a
# clause, and 下降12%,80%的案件… starts another subject)
_LIST_JOIN = {"zh": re.compile(r"\s?(?:、|和|与|與|及|以及)\s?"), "ko": re.compile(r"\s?(?:,|와|과|및)\s?")}
# a member a noun phrase goes on from (6%的群众, 80%의 사건) is that phrase's, not the list's
_OWN_PHRASE = {"zh": re.compile(r"\s?的"), "ko": re.compile(r"\s?의")}


def listed_changes(text: str, figures: Sequence[Figure], lang: str) -> dict[int, Change]:
    """The change (`percentage_change`) of each percentage of a sentence, by its start. Percentages
    joined into a list by nothing but a list mark or conjunction (下降30.5%、36.1%; 30.5%와 36.1%
    하락) share a change: a member whose own words say nothing takes the one change the others'
    words give, unless a noun phrase goes on from it (下降5%、6%的群众)."""
    join, own_phrase = _LIST_JOIN.get(lang), _OWN_PHRASE.get(lang)
    runs: list[list[Figure]] = []
    for figure in (figure for figure in figures if figure.percent):
        if runs and join is not None and join.fullmatch(text[runs[-1][-1].end : figure.start]):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    changes: dict[int, Change] = {}
    for run in runs:
        own = {figure.start: change for figure in run if (change := percentage_change(text, figure, lang)) is not None}
        shared = set(own.values())
        if len(shared) == 1:
            lent = shared.pop()
            changes.update({figure.start: lent for figure in run if own_phrase is None or not own_phrase.match(text, figure.end)})
        changes.update(own)
    return changes


def extract_claims(
    sentences: Sequence[str | Sentence], lang: str, glossary: Glossary | None = None, year: int | None = None, month: int | None = None
) -> list[Claim]:
    """Every claim in the sentences, in order; `sentence` is the index in `sentences`. Figures and
    glossary terms come from the sentences' shared annotation. With the report's `year`, years
    named relative to it (지난해 9월, 去年, 올해) become dates of that year; with its `month` too,
    months named so (지난달 26일, 上月26日, 이달). Claims are read from the
    sentences as a reader sees them (invisible format characters left out); their figures' offsets
    index each sentence's text as given."""
    expect_glossary(glossary)
    annotated, views = _as_shown(sentences, lang)
    claims: list[Claim] = []
    figures_by_sentence = [
        _with_relative_years(found, s.text, lang, year, month) if year is not None else found for s, found in zip(annotated, figures_of(annotated))
    ]
    with_figures = [(index, s) for index, (s, found) in enumerate(zip(annotated, figures_by_sentence)) if found]
    # the concepts of a claim's clause are evidence, as in alignment: matched without asking Kiwi
    # whether a Korean match starts a morpheme (on 406 claims of the bundled reports, 7 subjects
    # change, mostly for the longer term: 반사기쎈터, 지명 수배), so compare loads no Kiwi
    found_terms = dict(zip((i for i, _ in with_figures), term_matches([s for _, s in with_figures], glossary, check_morphemes=False))) if glossary else {}
    for index, sentence in with_figures:
        text = sentence.text
        figures = figures_by_sentence[index]
        matches = found_terms.get(index, ())
        slogans = [(m.start, m.end) for m in matches if m.term.kind in _SLOGAN_KINDS and re.search(r"\d", m.surface)]
        changes = listed_changes(text, figures, lang)
        time = next((f.date for f in figures if f.date and f.date[0] != "T" and not f.date.startswith("---")), None)
        for figure in figures:
            if not _is_claim(figure, text, slogans):
                continue
            kind = ClaimKind.FIGURE
            if figure.unit_class == "date" and _DATELINE_AFTER.match(text, figure.end):
                kind = ClaimKind.DATELINE
            elif _is_hotline(figure, text):
                kind = ClaimKind.HOTLINE
            start, end = _clause(text, figure, lang)
            in_clause = [m for m in matches if start <= m.start < end and m.term.kind not in _SLOGAN_KINDS]
            following = [m for m in in_clause if 0 <= m.start - figure.end <= 2 and (lang == "zh" or text[figure.end : m.start].strip() == "의")]
            nearest = following[0] if following else min(
                in_clause, key=lambda m: min(abs(m.end - figure.start), abs(m.start - figure.end)), default=None
            )
            if kind is ClaimKind.DATELINE:
                subject = str(kind)
            else:
                subject = RUBY_ANNOTATION.sub("", nearest.surface) if nearest else _noun_phrase(text, figure, lang)  # (火災(zāi)事故 shown as 火災事故)
            terms = tuple(dict.fromkeys(m.term for m in in_clause))
            part = _PART_BEFORE[lang].search(text, max(0, figure.start - 8), figure.start) is not None
            change = changes.get(figure.start)
            if lang == "ko" and figure.unit == "원" and _CONVERTED.search(text, max(0, figure.start - 40), figure.start):
                figure = dataclasses.replace(figure, measure="won")  # 15만 홍콩달러(약 2천78만원): a conversion into won
            fate = fate_of(text, figure.start, figure.end) if figure.measure == "person" else None
            cut_off = figure.is_date and counted_up_to(text, figure.start, figure.end)
            if views[index].starts is not None:  # read without invisible characters: the offsets back in the text as given
                at = views[index].span(figure.start, figure.end)
                figure = dataclasses.replace(figure, start=at[0], end=at[1])
            claims.append(Claim(lang, index, figure, text[start:end].strip(), subject, terms, time, part, change, kind, fate=fate, cut_off=cut_off))
    return claims


# a sum in another currency and an opening bracket right before a sum in 원: its conversion into won
_CONVERTED = re.compile(r"\d\s?[만억천백]?\s?(?:위안|달러|홍콩달러|대만달러|엔|유로|파운드)\s?[(（]\s?(?:약|한화\s?약?|우리\s?돈\s?약?)?\s?$")


_FATE_AFTER = 6  # characters after a count where what happened to the people is said (명이 숨지고, 人死亡)…
_FATE_BEFORE = 6  # …or before it (사망자 22명, 死亡3人); the nearer word tells
_NAMES_THE_COUNT = re.compile(r"(?:자수|자|인원|인수|者|人数|人數|人员|人員)?\s*")  # what may stand between a fate word and the count it names
_FATE_CLAUSE = 30  # characters after a count in which a fate said of them all (모두 숨졌다) is looked for
_ALL_OF_THEM = re.compile(r"(?:모두|전원|全部|全都|均)\s?$")  # "all of them", right before a fate word
_PART_MARK = re.compile(r"[、，,；;。：:()（）\[\]［］·ㆍ/]")  # a count's fate is told within its own part of a list or bracket (死亡3人、受伤12人; 사상자 15명(사망 3명…))


@lru_cache(maxsize=1)
def _fate_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each fate and its words (`casualty_words.tsv`)."""
    return tuple((kind, re.compile(words)) for kind, words in data_rows("casualty_words.tsv"))


def fate_of(text: str, start: int, end: int) -> str | None:
    """What happened to the people the count at `text[start:end]` counts (`casualty_words.tsv`: dead,
    injured, seriously or slightly injured, a toll of both, missing): its own unit (a headline's
    `3死12伤`), or else the fate word that names it right before it (`사망자 3명`, `死亡3人`), or else the
    nearest after it (`3명이 숨지고`), within its part of the list or bracket (`死亡3人、受伤12人`, `사망 3명·부상
    5명`), or else one said of them all further on in its clause (`3명이 병원으로 옮겨졌으나 모두 숨졌다`); None
    when none is near."""
    own = _fates_in(text[start:end])
    if own:
        return min(own)[2]
    after = _PART_MARK.split(text[end : end + _FATE_AFTER], maxsplit=1)[0]
    before = _PART_MARK.split(text[max(0, start - _FATE_BEFORE) : start])[-1]
    # a word right before the count that names it (사망자 3명, 死亡3人: only a noun's ending between them) tells its fate
    # first, whatever follows it (`사망자 3명과 부상자 5명`); not a clause of another count's (`숨지고 2명`)
    naming = [(at + size, size, kind) for at, size, kind in _fates_in(before) if _NAMES_THE_COUNT.fullmatch(before, at + size)]
    if naming:
        return max(naming)[2]
    found = [(at, -size, kind) for at, size, kind in _fates_in(after)]  # else the nearest after it, the longer at one place
    if found:
        return min(found)[2]
    # else what befell them all, further on in the count's clause (3명이 병원으로 옮겨졌으나 모두 숨졌다)
    clause = _PART_MARK.split(text[end : end + _FATE_CLAUSE], maxsplit=1)[0]
    return next((kind for at, _, kind in sorted(_fates_in(clause)) if _ALL_OF_THEM.search(clause, 0, at)), None)


def _fates_in(text: str) -> list[tuple[int, int, str]]:
    """Each fate word in `text`: where it starts, its length and its fate."""
    return [(match.start(), len(match.group()), kind) for kind, words in _fate_words() for match in words.finditer(text)]


# a time or date a toll is counted up to: after 截至/截止 in its clause (截至今(23)日15时30分), or before 까지, 현재, 기준 (23일 22시까지)
_CUT_OFF_BEFORE = re.compile(r"(?:截至|截止|截止到|到目前)[^，,。；;：:]{0,10}$")
_CUT_OFF_AFTER = re.compile(r"\s?(?:까지|현재|기준|时止|時止|为止|為止)")
_CUT_OFF_REACH = 12  # characters before a time where its cut-off word may stand


def counted_up_to(text: str, start: int, end: int) -> bool:
    """Whether the date or time at `text[start:end]` is a cut-off a count is made up to (`截至…15时30分`,
    `22시까지`), not the time of the event itself (`16시 55분 … 발생`)."""
    return bool(_CUT_OFF_BEFORE.search(text[max(0, start - _CUT_OFF_REACH) : start]) or _CUT_OFF_AFTER.match(text, end))
