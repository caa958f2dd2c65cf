"""Figures in Korean and Chinese text, normalised so that `3만 2,000개`, `3.2万个` and 32000 compare equal.

A figure is a value with its unit class and an approximate flag (余/多/近/约, 여/약/이상), so a
comparison can tell `same` from `rounded` from `differs`. Dates and case codes (`“6.10”`) are
recognised as such and never read as counts.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from align.data import data_lines, data_rows
from align.errors import expect_text
from align.script.chars import FULL_WIDTH_DIGITS, LATIN_LETTER, is_hangul
from align.script.keys import nfkc_keyed, to_simplified
from align.text.prefilter import finditer
from align.types import UnitClass


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as written (`text`, offsets into the original) and as normalised (`value`, `unit`)."""

    value: float
    unit: str  # the unit or classifier, in simplified script ('' when none): 个, 명, %, 平方公里
    unit_class: UnitClass  # what kind of quantity: count, duration, money, percent, …, date, code, plain
    measure: str  # what is counted: person, case, place, item, year, ... ('' when unknown)
    approximate: bool
    percent: bool
    start: int
    end: int
    text: str
    date: str | None = None  # ISO-8601 (2024-06-03, 2016-11, 2019) for dates
    lower_bound: bool = False  # the lower bound of a range whose upper bound writes the unit (the 1 of 1~2만 명)
    marker: str = ""  # its approximation where written apart from it, past a bracketed note (이상 of `1천만 위안(약 18억7천만원) 이상`)

    @property
    def is_date(self) -> bool:
        return self.unit_class is UnitClass.DATE


_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_LARGE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_KO_MAGNITUDE = {"백": 100, "천": 1000, "만": 10_000, "억": 100_000_000, "조": 1_000_000_000_000}
_CN_NUMERAL = "[零〇一二两兩三四五六七八九十百千万萬亿億]+"
_CN_ZERO = "〇零○"  # the zeros of a year written digit by digit (二〇一九年, 二○一九年)
_CN_MONTH = "十[一二]|[一二三四五六七八九十]"  # a month in Chinese numerals
_CN_DAY = "三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"  # a day of the month in Chinese numerals

# a telephone number: three groups (02-3480-2000, 010-6885-6533, 647-830-8888), an area code and a
# number (0433-2512345, 03-8538522), or a Korean nationwide number (1588-1234): one number, its
# digits' value, as a hotline's (96110) is; not an area code and a count (433 and 2512345) nor a range
_TELEPHONE = (  # the first group an area, mobile or service prefix, not a year (2019-2020-2021, 1592-1598); no unit after it (1500-2000元 is a range)
    r"(?P<telephone>(?<![\d\-])(?:(?:0\d{1,3}|1[3-9]\d|[2-9]\d\d)-\d{3,4}-\d{4}|0\d{1,3}-\d{5,8}|(?P<service>1[56]\d\d)-(?:(?!1[5-7])\d{4}|(?P=service)))(?![\d\-])"
    r"(?![十百千万萬亿億元人名年月日号個个件起次%]|[만억천백원명년월일건개]|달러|위안))"
)
_ZH_PARTS_OF_DAY = "上午|下午|凌晨|晚上|晚间|傍晚|中午|早上|夜间|夜里|深夜|半夜|午夜|清晨|早晨|晚|早|晨"  # (晨 of 昨晨, 今晨: the morning)
_KO_PARTS_OF_DAY = "오전|오후|새벽|아침|저녁|밤|낮|심야"
# what makes N일 a count of days, not a date: a suffix glued to it (3일간, 5일째, 3일분, 3일치; not 3일부터),
# or set apart, an ordinal's 째 (5일 째, 5일 째인), a span's 간 ending its word or before a particle (3일 간,
# 3일 간의, 5일 간에 걸쳐, 3일 간을), 동안; a word that only begins alike says nothing (27일 분향소를, 3일 부산에서,
# 12일 치료를, 3일 수사를, 3일 간담회: dates)
_KO_DAY_NOT_A_DATE = r"(?!(?:간|째|동안|분|치|수|부(?!터))|\s째|\s간(?:(?![가-힣])|(?=[의에을은만도]))|\s동안(?!구))"  # (동안구: a district; 간이, simple, opens words)
_CN_HOUR = "二十[一二三四]?|十[一二]?|[零一二两兩三四五六七八九]"  # an hour in Chinese numerals, 零 to 二十四
_CN_MINUTE = "[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九]"  # its minutes: 二十, 十五, 零五, 五
_RANGE_MARKS = ("至", "到", "~", "∼", "～", "〜", "-", "–", "—", "－")  # what joins a range's bounds: 3~5명, 1至8月, 2019～2020
_RANGE_CLASS = "".join(map(re.escape, _RANGE_MARKS))  # the same, inside a regex character class
_KO_AFTER_ANY_HOUR = r"$|[\s\d,.)\]" + _RANGE_CLASS + r"]|경|께|쯤|까지|에|반|로|으로"  # what may follow the 시 of any clock time
_KO_AFTER_HOUR = rf"(?={_KO_AFTER_ANY_HOUR}|부터|의(?![원회장])|를|이|가(?!지)|는|와)"  # what may follow 시 (not 시간, 시장, 시의원, 시가지)
_KO_AFTER_SECOND_HOUR = rf"(?={_KO_AFTER_ANY_HOUR}|사이)"  # …after a range's second time in native numerals: no particle that makes 시 a city (세 시가, 두 시의)
_KO_RANGE_WORDS = ("부터", "에서")  # what joins a Korean range of clock times besides the marks: 2시부터 4시까지, 1시에서 3시 사이
_YEAR_LIST_MARKS = ("、", ",", "，", "和", *_RANGE_MARKS)  # what lists years (2016、2017; 2019～2020)
_YEAR_LIST_CLASS = "".join(map(re.escape, _YEAR_LIST_MARKS))  # the same, inside a regex character class
_ZH_WORDS_ENDING_IN_YUE = "预相签节违履失赴制条公合契邀"  # 预约, 相约, 签约 …: words, not "about"
# 超 before a day (超15日) is "over N days" only after what lasts days (`data/zh_over_days.txt`: 滞留, 逾期, 羁押 …);
# elsewhere the 超 ends a name and the day is a date (李家超15日表示, 刘超3日被刑拘)
_OVER_DAYS = "(?:" + "|".join(f"(?<={re.escape(word)})" for word in data_lines("zh_over_days.txt")) + ")"
_ZH_APPROX_BEFORE = rf"(?P<before>(?<![{_ZH_WORDS_ENDING_IN_YUE}])约|大约|近|将近|逾|超过了?|(?<![高赶不])超(?=[\d一二两三四五六七八九十百千])(?!\d{{4}}年|\d{{1,2}}\s?[日号])|{_OVER_DAYS}超(?=\d{{1,2}}\s?日)|接近|约合|不到|不足|低于|低於|少于|少於|不满|不滿|未满|未滿|上(?=[百千万萬亿億]))?"  # 上百名: "up to a hundred", about; 超26亿元: over; 不到三成: under
_ZH_APPROX_AFTER = ("余", "多", "左右", "以上", "上下", "有余", "来")
_KO_APPROX_BEFORE_WORDS = ("약", "대략", "근", "최소")
_KO_APPROX_BEFORE = rf"(?:(?<![가-힣])(?P<before>{'|'.join(_KO_APPROX_BEFORE_WORDS)})\s?)?"  # a word of its own: 최근 3년 is "the last 3 years"
# Korean native numerals before a counter (세 차례 = 三次, 두 명 = 两名); longest first
_KO_NATIVE = {"스무": 20, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "한": 1, "두": 2, "세": 3, "네": 4, "열": 10}
_KO_NATIVE_HOURS = {**{word: value for word, value in _KO_NATIVE.items() if value <= 12}, "열한": 11, "열두": 12}  # 두 시, 열두 시


def _ko_native_clock(suffix: str, after: str) -> str:
    """A clock time in native Korean numerals after its hour's start (두 시, 세 시 반, 열한 시 20분, 네 시쯤),
    `after` what may follow its 시, its groups named `h_ko`, `mi_ko`, `half_hour_ko` and `tapprox_ko`
    with `suffix` after each."""
    return (
        rf"(?P<h_ko{suffix}>{_longest_first(_KO_NATIVE_HOURS)})\s?시(?:\s?(?P<mi_ko{suffix}>\d{{1,2}})\s?분|\s?(?P<half_hour_ko{suffix}>반))?"
        rf"{after}(?:\s?(?P<tapprox_ko{suffix}>경|께|쯤))?"
    )


def _after_a_join(befores: Sequence[str], joins: Sequence[str]) -> str:
    """A pattern for the place right after one of `befores` and one of `joins`, a space allowed after
    it: a lookbehind per form, as each must have a fixed width."""
    return "(?:" + "|".join(f"(?<={before}{join}{space})" for before in befores for join in joins for space in ("", r"\s")) + ")"


# right after a clock time and what joins a range (오후 두 시부터 ·, 새벽 세 시 반~ ·, 정오부터 ·): where a range's
# second time may start
_AFTER_A_CLOCK_JOIN = _after_a_join(["[시반분오정]"], [*(f"{space}[{_RANGE_CLASS}]" for space in ("", r"\s")), *_KO_RANGE_WORDS])
# …and right after an hour in digits and what joins a range (9시부터 ·, 9 시에서 ·, 9시~ ·): where a range's second
# hour may be written without its 시 (not after minutes, 10분부터 20 사이, nor 당시부터)
_AFTER_AN_HOUR_JOIN = _after_a_join(
    [f"\\d{space}시" for space in ("", r"\s")], [*_KO_RANGE_WORDS, *(f"{space}{re.escape(mark)}" for mark in "~∼～〜-" for space in ("", r"\s"))]
)
_APPROXIMATE_IN_UNIT = ("多", "余", "여")
_HALF = "(?P<half>절반|一半|半数|半數)"  # half (of the deaths, of the cases): 50 %
# a fraction, as a percentage: 3분의 1 (a third, not three minutes), 三分之一, 10分之3 (百分之 is a percentage of its own)
_FRACTION = {
    "ko": r"(?P<fraction>(?<![\d.,])(?P<frac_den>\d{1,4})\s?분의\s?(?P<frac_num>\d{1,4})(?![\d.,]))",
    "zh": r"(?P<fraction>(?<![\d.,百])(?P<frac_den>\d{1,4}|[一二三四五六七八九十千万萬]{1,3})分之(?P<frac_num>\d{1,4}|[一二两兩三四五六七八九十]{1,3})(?![\d.,]))",
}
_KO_MORE_THAN = "여(?![가-힣])|여(?=만|간|동안|의|를|을|가|이|는|은|에|도|로|째)"  # 1년여, 3개월여간; not 20대여성
_KO_APPROX_AFTER = ("여", "남짓", "가량", "정도", "쯤", "안팎", "좌우", "이상", "넘게", "넘는", "초과", "여만", "미만", "이하", "이내", "가까이")


@lru_cache(maxsize=1)
def _unit_table() -> tuple[dict[str, dict[str, tuple[UnitClass, str]]], dict[str, dict[str, str]]]:
    """`units.tsv` per language: each unit's class and measure, and, for some, what after the unit
    makes it the start of another word (분량, 세기, 1980년대 but not 2019년대비: a regular expression,
    tried right after the unit)."""
    units: dict[str, dict[str, tuple[UnitClass, str]]] = {"zh": {}, "ko": {}}
    not_before: dict[str, dict[str, str]] = {"zh": {}, "ko": {}}
    for row in data_rows("units.tsv"):
        unit, lang, unit_class, measure = row[:4]
        for target in ("zh", "ko") if lang == "both" else (lang,):
            units[target][unit] = (UnitClass(unit_class), measure)
            if len(row) > 4 and row[4]:
                not_before[target][unit] = row[4]
    return units, not_before


def _units() -> dict[str, dict[str, tuple[UnitClass, str]]]:
    return _unit_table()[0]


# the words of a figure's approximation that begin no ordinary word (not 多, 余, 来, 上下: 多名, 来自, 上下游)
_APPROXIMATION_WORDS = {
    "ko": (*_KO_APPROX_AFTER, *_KO_APPROX_BEFORE_WORDS, "무려", "총"),
    "zh": ("约", "約", "大约", "近", "将近", "逾", "超过", "超過", "接近", "以上", "以下", "以内", "以內", "左右", "不到", "不足", "低于", "低於", "少于", "少於", "不满", "不滿", "未满", "未滿"),
}


def approximation_words(lang: str) -> tuple[str, ...]:
    """The words a figure's approximation is written with (약, 이상, 가량; 约, 以上, 左右)."""
    return _APPROXIMATION_WORDS[lang]


@lru_cache(maxsize=2)
def figure_words(lang: str) -> frozenset[str]:
    """The words a figure is written with beside its digits, which name nothing it counts: its units
    (위안, 명, 名) and its approximations (약, 이상, 가량; 约, 以上)."""
    return frozenset(_units()[lang]) | frozenset(approximation_words(lang))


def _unit_alternatives(lang: str) -> str:
    """The units of a language as regex alternatives, longest first, each refusing what would make
    it the start of another word."""
    refused = _unit_table()[1][lang]
    units = sorted(_units()[lang], key=len, reverse=True)
    return "|".join(re.escape(unit) + (f"(?!{refused[unit]})" if unit in refused else "") for unit in units)


@lru_cache(maxsize=2)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    unit_alt = _unit_alternatives(lang)
    if lang == "zh":
        date = (
            r"(?P<date>(?P<y5>(?:19|20)\d\d)\s?[.年]\s?(?P<m5>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?月)"  # a span of months with its year: 2023.1-6月, 2023年1至6月
            r"|(?P<y>(?:19|20)\d\d)\s?[.\-/]\s?(?P<m>\d{1,2})\s?[.\-/]\s?(?P<d>\d{1,2})(?!\s?月)\s?[日号]?"
            r"|(?P<y0>(?:19|20)\d\d)\s?年\s?(?P<m0>\d{1,2})\s?月\s?(?P<d0>\d{1,2})\s?[日号]"
            r"|(?P<yq>(?:19|20)\d\d)\s?年\s?(?P<mq>\d{1,2})\s?月\s?(?P<dq>\d{1,2})(?=\s?(?:[" + _RANGE_CLASS + r"]|至|到)\s?\d{1,2}\s?[日号])"  # …and a range's first day: 2023年12月28-31日, 1985年10月21至26日
            r"|(?P<y2>(?:19|20)\d\d)\s?[年.]\s?(?P<m2>\d{1,2})\s?月"  # 2021年3月, and with a dot: 2021.3月
            r"|(?:(?P<y6>(?:19|20)\d\d)\s?年\s?)?(?P<halfyear>[上下])半年"  # 2024年上半年, 上半年: a half of the year
            rf"|(?P<y3>(?:19|20)\d\d)(?:\s?年(?!代|版(?!权|權))|(?=\s?[{_YEAR_LIST_CLASS}]\s?(?:19|20)\d\d))"  # (not a decade, nor a series: 2005年版 banknotes)
            rf"|(?P<y9>一九[{_CN_ZERO}一二三四五六七八九]{{2}}|二[{_CN_ZERO}][{_CN_ZERO}一二三四五六七八九]{{2}})年(?!代)"  # 二〇一九年, digit by digit…
            rf"(?:(?P<m9>{_CN_MONTH})月(?:(?P<d9>{_CN_DAY})[日号])?)?"  # …and its month and day
            r"|(?P<m4>\d{1,2})\s?月\s?(?P<d4>\d{1,2})\s?[日号]"
            r"|(?P<ms>\d{1,2})\s?月\s?(?P<ds>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?[日号])"  # a month and a range's first day: 1月17-18日
            r"|(?<![\d.])(?P<mr>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?月)|(?<![\d.])(?P<dr>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?[日号](?!(?:内|间|以内|以来|来|之内)))"  # a range's first month or day: 1至8月, 3-5日
            r"|(?P<m6>\d{1,2})\s?月(?:份)?(?:初|底|末|中旬|上旬|下旬)?"
            rf"|(?<![零〇一二两兩三四五六七八九十百千万萬亿億个個几幾数數余多第])(?P<m8>{_CN_MONTH})月(?!怀胎|懷胎|有余|有餘|之久)(?:(?P<d8>{_CN_DAY})[日号]|份?(?:初|底|末|中旬|上旬|下旬)?)"  # 五月: May (五个月 is a span), 十月二十五日
            rf"|(?<![\d.])(?P<d5>\d{{1,2}})\s?(?:日|号(?![{_numbered_by_hao()}]))(?!(?:内|间|以内|以来|来|之内))"  # (not 4號井, 5号楼: names)
            r"|(?<=[昨今前明])[(（]\s?(?P<d7>\d{1,2})\s?[)）](?=[天日晚早晨夜])"  # Taiwan papers' 昨(29)天, 今（30）日
            r"|(?<=[昨今前明][天日])[(（]\s?(?P<m7>\d{1,2})\s?/\s?(?P<d7b>\d{1,2})\s?[)）]"  # …and their 今天(1/23): month and day
            rf"|(?:(?P<ampm>{_ZH_PARTS_OF_DAY})\s?)?(?:(?P<tapprox0>大约|(?<![{_ZH_WORDS_ENDING_IN_YUE}])约)\s?)?(?<![\d.])(?P<h>\d{{1,2}})\s?[时点](?:\s?(?P<mi>\d{{1,2}})\s?分|(?P<half_hour>半))?(?P<tapprox>许|左右|前后|多)?"
            # the hour in Chinese numerals, after a part of the day (凌晨三点, 下午两点半, 深夜一点) or before its
            # minutes (十一时二十分): 三点 alone is "three points", 一时 "for a while"
            rf"|(?:(?P<ampm_cn>{_ZH_PARTS_OF_DAY})\s?(?!(?<=[早晚])一[点點]|一[点點][也都儿兒点點再就还還])(?P<h_cn>{_CN_HOUR})\s?[时点](?:(?P<mi_cn>{_CN_MINUTE})分|\s?(?P<mi_cn_digits>\d{{1,2}})\s?分|(?P<half_hour_cn>半))?"
            rf"|(?<![零〇一二两兩三四五六七八九十百千万萬亿億第几幾数數每])(?P<h_cn2>{_CN_HOUR})[时点](?!(?<=[一二两兩三四五六七八九十]点)[一二三四五六七八九]分(?!许|左右|前后))(?P<mi_cn2>{_CN_MINUTE})分"
            # …or before 半 (七点半之前, "before half past seven", 七点半钟; not 一点半点, "a little", nor 三点半公里, 3.5 km, nor 二点半: the clock's two is 两)
            rf"|(?<![零〇一二两兩三四五六七八九十百千万萬亿億第几幾数數每了跌涨漲升降增减減高低])(?!二[点點])(?P<h_cn4>{_CN_HOUR})[点點](?P<half_hour_cn4>半)(?:钟|鐘)?(?![点點个個天年月小钟鐘公米里倍斤吨噸千克分秒万萬亿億])"
            # the second time of a clock range, after the first and its mark (下午两点至四点, 凌晨一点半到三点)
            rf"|(?:(?<=[时点半分][至到])|(?<=[时点半分][至到]\s))(?P<h_cn3>{_CN_HOUR})[时点](?:(?P<mi_cn3>{_CN_MINUTE})分|(?P<half_hour_cn3>半))?)(?P<tapprox_cn>许|左右|前后|多)?"
            r"|(?:(?<=[日号])|(?<=[日号]\s))(?P<h_colon>[01]?\d|2[0-4]):(?P<mi_colon>[0-5]\d)(?![\d:])"  # a day's time on a 24-hour clock (1月8日06:47; its lookbehinds take the space, so a match starts at a digit)
            # midnight's hour, alone or with its minutes (零时30分, 凌晨零点五十五分): not 零点五 (0.5)
            rf"|(?:(?P<midnight>(?:(?:凌晨|深夜|半夜|午夜)\s?)?零[时点](?:\s?(?P<mi_zero>\d{{1,2}})\s?分|(?P<mi_zero_cn>{_CN_MINUTE})分|(?![零〇一二两兩三四五六七八九十几幾]|差))|午夜(?!场))|(?P<noon>正午))(?P<tapprox_word>许|左右|前后)?)"
        )
        code = r"(?P<code>(?<=[“\"‘'「])(?:\d{1,2}[.·・]\d{1,2}|\d{3,})(?=[”\"’'」]))"
        rank = rf"(?P<rank>第\s?(?P<rank_value>{_ARABIC}|{_CN_NUMERAL}))"
        percent_word = rf"(?P<percent_word>百分之(?P<pct_value>{_ARABIC}|{_CN_NUMERAL}))"
        # a Chinese numeral starts a figure only where no numeral comes before it, nor 数/几
        # ("some") before a magnitude: 数百名 and 數十億元 state no value (not 百名, 十億元), as
        # 수백명 does not; 人数三百余名 is 300
        number = (
            _ZH_APPROX_BEFORE
            + rf"(?:(?P<arabic>{_ARABIC})\s?(?P<mid>余|多)?(?P<mag>[十百千万萬亿億]{{1,2}})?(?:(?<=[十百千])(?P<mid2>余|多)(?P<mag2>[万萬亿億]{{1,2}}))?(?:(?<=[万萬亿億])(?P<rest>\d{{1,4}})(?P<rest_mag>[千百]?[万萬](?!\d)|[千百](?!\d))?)?|(?!(?<=[数數几幾])[十百千万萬亿億])(?<![零〇一二两兩三四五六七八九十百千万萬亿億])(?P<cn>{_CN_NUMERAL})(?:(?P<cn_mid>余|多)(?P<cn_mag>[万萬亿億]{{1,2}}))?)"
            + r"(?P<after>余|多|左右|以上|上下|有余)?"
            + rf"\s?(?P<unit>{unit_alt})?"
            + r"(?P<after2>左右|以上|以内|以下|上下|之多|(?<=[年天周週月时時])(?:多|余|餘)(?![次种種项項样樣方面人名位个個件起家处處])|(?<=小时|小時|分钟|分鐘)多(?![次种種项項样樣方面人名位个個件起家处處]))?"  # 两年多, 3年余, 一天多, 20分钟多: more than (not 3年多次, "many times")
        )
        main = re.compile("|".join([date, code, _TELEPHONE, rank, percent_word, _HALF, _FRACTION["zh"], number]))
    else:
        year = r"\s?년(?!대(?!비))"  # a year, not a decade (1990년대); 2022년대비 ("compared with 2022") is a year
        date = (
            r"(?P<date>(?P<y5>(?:19|20)\d\d)\s?[.년]\s?(?P<m5>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?월)"  # a span of months with its year: 2023.1~6월, 2023년 1~6월
            r"|(?P<y>(?:19|20)\d\d)\s?[.\-/]\s?(?P<m>\d{1,2})\s?[.\-/]\s?(?P<d>\d{1,2})(?!\s?월)(?:\s?일)?"
            r"|(?P<y0>(?:19|20)\d\d)\s?년\s?(?P<m0>\d{1,2})\s?월\s?(?P<d0>\d{1,2})\s?일"
            r"|(?P<yq>(?:19|20)\d\d)\s?년\s?(?P<mq>\d{1,2})\s?월\s?(?P<dq>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?일)"  # …and a range's first day: 2023년 12월 28~31일
            r"|(?P<y2>(?:19|20)\d\d)\s?[년.]\s?(?P<m2>\d{1,2})\s?월"  # 2021년 3월, and with a dot: 2021. 3월, 2021.3월
            r"|(?:(?P<y6>(?:19|20)\d\d)\s?년\s?)?(?<![가-힣])(?P<halfyear>[상하])반기"  # 2024년 상반기, 상반기: a half of the year
            rf"|(?P<y3>(?:19|20)\d\d)(?:{year}|(?=\s?[{_RANGE_CLASS}]\s?(?:19|20)\d\d{year}))"  # 2005∼2006년: both years (not 1990~2000년대)
            r"|(?P<m4>\d{1,2})\s?월\s?(?P<d4>\d{1,2})\s?일"
            r"|(?P<ms>\d{1,2})\s?월\s?(?P<ds>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?일)"  # a month and a range's first day: 1월 17~18일
            r"|(?<![\d.])(?P<mr>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?월)|(?<![\d.])(?P<dr>\d{1,2})(?=\s?[" + _RANGE_CLASS + r"]\s?\d{1,2}\s?일" + _KO_DAY_NOT_A_DATE + ")"  # a range's first month or day: 1~8월, 3~5일
            r"|(?P<m6>\d{1,2})\s?월(?:\s?(?:초|말|중순|상순|하순))?"
            r"|(?<![\d.,])(?P<d5>\d{1,2})\s?일" + _KO_DAY_NOT_A_DATE +
            r"|(?:(?<=\d일)|(?<=\d\s일)|(?<=\d일\s)|(?<=\d\s일\s))(?P<h_colon>[01]?\d|2[0-4]):(?P<mi_colon>[0-5]\d)(?![\d:])"  # a day's time on a 24-hour clock (1월 8일 06:47; not 독일 21:19, a score)
            rf"|(?:(?P<ampm>{_KO_PARTS_OF_DAY})\s?)?(?:(?<![가-힣])(?P<tapprox0>약)\s?)?(?<![\d.,])(?P<h>\d{{1,2}})\s?시(?:\s?(?P<mi>\d{{1,2}})\s?분|\s?(?P<half_hour>반))?" + _KO_AFTER_HOUR + r"(?:\s?(?P<tapprox>경|께|쯤))?"
            # the hour in native numerals after a part of the day (오후 두 시, 새벽 세 시 반): 두 시간 is two hours
            rf"|(?P<ampm_ko>{_KO_PARTS_OF_DAY})\s?{_ko_native_clock('', _KO_AFTER_HOUR)}"
            # …and as the second time of a range after a clock time (오후 두 시부터 네 시까지, 새벽 세 시~다섯 시)
            rf"|{_AFTER_A_CLOCK_JOIN}{_ko_native_clock('2', _KO_AFTER_SECOND_HOUR)}"
            # …and in digits without its 시 before 사이 or 까지, as machine translation writes it (오전 9 시부터 10 사이)
            rf"|{_AFTER_AN_HOUR_JOIN}(?<![\d.,])(?P<h_bare2>[01]?\d|2[0-4])(?=\s?(?:사이|까지))"
            r"|(?<![가-힣])(?:(?P<midnight>자정(?=\s?(?:께|쯤|경|까지|부터|무렵|직후|직전|이후|전후)|[을이]?\s?넘)|(?:(?<=[날일밤]\s)|(?<=[날일밤]))자정(?=에))|(?P<noon>정오(?=\s?(?:께|쯤|경|까지|부터|무렵|직후|직전|이후|전후)|에)))(?P<tapprox_word>께|쯤|경)?)"  # 자정께, 자정을 넘겨, 이날 자정에, 정오에; not 자정 노력, 자정에 나섰다 (自淨)
        )
        code = r"(?P<code>(?<=[“\"‘'])(?:\d{1,2}[.·・]\d{1,2}|\d{3,})(?=[”\"’']))"
        rank = rf"(?P<rank>(?<![가-힣])제\s?(?P<rank_value>{_ARABIC})|(?P<rank_value2>{_ARABIC})\s?위(?!원|치|험|해|반|한|주|생|탁|임|력|협|조|성|상|법|기|배|선|안(?!에\s?(?:들|포함|진입|올|랭크)|팎)))"
        # 조 is a trillion before a number of 억, 만, 천 or 백, a currency, an approximation or a particle (1조 2천억, 1조원,
        # 3조 달러, 1조여, 1조 규모, 1조를); before another word it is the counter 조 (条: 15조 조치)
        magnitude = r"(?:[백천만억]|조(?=$|[^가-힣\s]|\s?[\d,.]+\s?[천백억만]|\s?(?:원|위안|달러|엔|유로|파운드|여|가량|정도|이상|남짓|규모|어치)|(?:에|의|을|를|이|가|은|는|도|로|으로|와|과|까지|씩)(?![가-힣])))"
        number = (
            _KO_APPROX_BEFORE
            + rf"(?P<ko>(?<![가-힣\d])[백천만](?=여\s?[명개건곳원만억])|(?<![가-힣\d])(?:천\s?\d{{1,3}}\s?백(?:\s?\d{{1,2}})?(?:\s?만)?|(?<![년달월주일간]\s)만\s?[1-9]\s?천(?:\s?[1-9]\s?백)?)(?=\s?[명개건곳원대척]|\s?위안|\s?달러|\s?여)|(?:{_ARABIC})(?:\s?{magnitude}+(?:\s?(?:(?:{_ARABIC})(?:\s?{magnitude}+)?|[천백](?=\s?[\d명개건곳원])))*)?)"
            + r"(?P<after>\s?여(?P<after_magnitude>[만억])?)?"
            # a unit set apart by a space from the digits of its number ends its word, or a particle or an approximation
            # follows it (3 명이, 10 분 뒤, 5 년여간): `999 부산경찰청` is 999, not 999 copies (부), nor `5 부서` five copies;
            # after a magnitude's word the space is the rule (5천만 원어치, 12억 원대)
            + rf"(?:(?:(?P<unit_gap>(?<=\d)\s)|(?<!\d)\s)?(?P<unit>{unit_alt})(?(unit_gap){_ko_unit_word_end()}))?"
            + rf"(?P<after2>\s?(?:남짓|가량|정도|쯤|안팎|좌우|이상|넘게|넘는|초과|미만|이하|이내|가까이)|{_KO_MORE_THAN}|[이가을를]\s?(?:넘게|넘는|넘어|넘었|넘긴|넘겼|넘으며|넘으면서|넘은|웃돌|초과)|에\s?(?:못\s?미치|미치지\s?못)|[을를]\s?밑돌)?"  # 1년여, not 20대 여성; 26억 위안을 넘는, 1천명을 웃돌았다: over; 30% 미만, 3천 명 가까이, 3천 명에 못 미치는: under
        )
        native = rf"(?P<native>(?<![가-힣])(?:{'|'.join(_KO_NATIVE)}))\s?(?P<native_unit>명|사람|차례|번|곳|군데|개|가지|건|채|척|자루|주일|달)(?P<native_more>여(?=$|[^가-힣]|만|간|동안))?(?=$|[^가-힣]|(?:간|동안)?(?:이|가|을|를|은|는|의|에서|에게|에|으로|로|과|와|도|만|씩)?(?![가-힣]))"
        # an earthquake's magnitude written before its number, as Korean reports do (규모 6.3의 지진 for 6.3级地震); not a
        # scale of a count (규모 3천 명, 2조 규모)
        # (a magnitude has its tenths, or a quake's word after it: not 규모 3단계, a level-3 alert)
        magnitude_before = rf"(?P<quake>(?<![가-힣])규모\s?(?P<quake_value>\d(?:\.\d)?)(?![\d.,])(?:(?<=\.\d)|(?=\s?(?:의\s?)?(?:지진|강진|여진)))(?!\s?(?:{unit_alt}|천|만|억|조|여|이상|이하|미만|초과|넘|단계|[A-Za-z%㎞㎏㎡])))"
        main = re.compile("|".join([date, code, _TELEPHONE, rank, native, _HALF, _FRACTION["ko"], magnitude_before, number]))
    return main, LATIN_LETTER


def chinese_numeral_value(numeral: str) -> float:
    """Value of a Chinese numeral (一千, 两万, 十八, 三千五百万, 百); ValueError when it is none."""
    total = 0
    section = 0
    digit: int | None = None
    for ch in numeral:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch] if digit is None else digit * 10 + _CN_DIGIT[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
        elif ch in _CN_LARGE:
            large = _CN_LARGE[ch]
            value = section + (digit or 0)
            if value == 0:
                value = 1
            if large > 10_000 or total == 0:
                total = (total + value) * large
            else:
                total += value * large
            section, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {numeral!r}")
    return float(total + section + (digit or 0))


def _arabic(text: str) -> float:
    return float(text.replace(",", ""))


def _korean_value(text: str) -> float:
    """3만 2,000 -> 32000; 1억 2천만 -> 120000000; 680만 -> 6800000."""
    total = 0.0
    section = 0.0
    for number, magnitudes in re.findall(rf"({_ARABIC})?\s?([백천만억조]*)", text):
        if not number and not magnitudes:
            continue
        value = _arabic(number) if number else 0.0
        if not magnitudes:
            section += value
            continue
        for magnitude in magnitudes:
            scale = _KO_MAGNITUDE[magnitude]
            if scale >= 10_000:
                total += ((section + value) or 1) * scale
                section = value = 0.0
            else:
                value = (value or 1) * scale
        section += value
    return total + section


def _figure_from_match(match: re.Match[str], lang: str, original: str, span: tuple[int, int]) -> Figure | None:
    """The figure a match stands for; None when it is none (a list marker ①, a value too large to
    be a quantity)."""
    written = original[span[0] : span[1]]
    if any(ch.isdigit() and not ch.isdecimal() for ch in written):
        return None  # circled, parenthesised or superscript digits (①, ⑴, ²) mark lists and powers
    try:
        figure = _figure(match, lang, written, span)
    except (OverflowError, ValueError):
        return None
    if figure is not None and figure.value == figure.value and abs(figure.value) > _LARGEST:
        return None
    return figure


_LARGEST = 1e16  # no count, sum or share in the news is larger (一亿亿 is 1e16)
_SEATING = ("석", "승")  # 7인석 (seats), 45인승 (riders): after 인, a seating class
_DECADE = re.compile(r"[1-9]0")
_CASUALTIES = frozenset("死伤亡男女嫌")  # 2死12伤, 2男1女, 3嫌: counters of people only in a headline's shorthand
_CASUALTY_NUMBER = r"[零一二两兩三四五六七八九十百\d]+[死伤傷亡男女嫌]"
_CASUALTY_AFTER = re.compile(_CASUALTY_NUMBER)  # 两死|三伤
_CASUALTY_BEFORE = re.compile(f"(?:{_CASUALTY_NUMBER})$")
_KO_FREQUENCY = re.compile(r"에\s$")  # 일주일에 한번, "once a week": a count of times however it is spelled
_SMALL_ORDINAL = 100  # 9차 사건 is the ninth; 320차 출동 and 1,500여차 count (the Chinese-Korean press's 次)


def _beside_casualty(match: re.Match[str]) -> bool:
    """Whether a numeral with 死, 伤, 亡, 男, 女 or 嫌 stands beside another (两死三伤, 一男一女): the shorthand's pair."""
    before = match.string[max(0, match.start() - 6) : match.start()]
    return _CASUALTY_AFTER.match(match.string, match.end()) is not None or _CASUALTY_BEFORE.search(before) is not None


@lru_cache(maxsize=1)
def _ko_unit_word_end() -> str:
    """What may follow a Korean unit written apart from its number, as a lookahead: the word's end, or
    a particle (`ko_particles.txt`), an approximation (여, 가량) or an ending a count takes
    (`ko_count_endings.txt`: 째, 간, 씩, 당, 짜리, 어치, 뿐, 이다 …) opening what follows (3 명이지만, 5 년여간, 2 대씩의; not 5 부서, 999 부산)."""
    pieces = _longest_first({*data_lines("ko_particles.txt"), *_KO_APPROX_AFTER, *data_lines("ko_count_endings.txt")})
    return rf"(?=$|[^가-힣]|(?:{pieces}))"


def _longest_first(words: Iterable[str]) -> str:
    """Words as regex alternatives, escaped, the longest first (순찰차 before 차)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_DAE_OBJECT_REACH = 12  # a vehicle's name, a particle and a space before the decade
# a noun right after N대, glued or after a space, no particle or approximation of the count (5대 추세, 4대범죄; not
# 5대를, 5대의, 5대와, 5대씩, 5대 이상): N대 then names "the N major" (五大), unless a vehicle or machine comes before it
_MAJOR_AFTER = re.compile(
    r"\s?(?!(?:을|를|이|가|은|는|의|에|와|과|도|만|씩|로|으로|까지|부터|에서|밖에|가량|정도|이상|이하|미만|남짓|안팎|이다|였|이었|째|분|[와과]\s)(?![가-힣]))"
    r"(?!(?:에서|에게|까지|부터|밖에|가량|정도|이상|이하|미만|남짓|안팎|이었|였다|였고|이며|이고|이나|씩))[가-힣]{2,}"
)
_COUNT_WITH_DAE_BEFORE = re.compile(r"\d\s?대")  # an earlier count of the clause with 대 (차량 6대 전소 및 2대 반소: the second counts too)
_DAE_CLAUSE_REACH = 24  # characters before N대 in which an earlier count with 대 is looked for
_VERB_IN_WORD = re.compile(r"[가-힣]{2}[가-힣]*?(?:하|했|한|할|된|됐|되|해|돼)")  # a verb after the count (5대 설치했다, 5대 압수된): the count stands


@lru_cache(maxsize=2)
def _dae_object_before(compound: bool = False) -> re.Pattern[str]:
    """A vehicle or machine of `ko_dae_objects.txt` right before a number with 대, a particle after it or
    not (순찰차 30대, 차량을 20대: the decade counts them, it is no age); with `compound`, also ending a
    compound or before a list's 등 (도난차량 31대, 승용차 등 5대, 스마트폰 30대: what N대 counts).
    (Figures are read with ASCII lower-cased: CCTV matches as cctv.)"""
    start, tail = ("", r"|\s?등") if compound else ("(?<![가-힣])", "")
    return re.compile(rf"{start}(?:{_longest_first(data_lines('ko_dae_objects.txt'))})(?:을|를|이|가|은|는|도|만{tail})?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dae_handled() -> re.Pattern[str]:
    """A noun of `ko_dae_handled.txt` right after N대 (31대 회수, 2대 반소): what is done to what it counts."""
    return re.compile(rf"\s?(?:{_longest_first(data_lines('ko_dae_handled.txt'))})")


def _not_counted_with_dae(groups: dict[str, str | None], match: re.Match[str]) -> bool:
    """Whether N대 is no count of vehicles: a sum's order (200억대 피해: N with 억 or 조), or, with no
    approximation, "the N major" before a noun (5대 범죄, 4대 개혁, 12대 중과실, 36대 회장), unless a vehicle or
    machine comes before it (`_dae_object_before`), an earlier count with 대 in its clause, a verb after it
    (5대 설치했다) or a noun of what is done to vehicles (`_dae_handled`: 31대 회수)."""
    number, text = groups.get("ko") or "", match.string
    if re.search(r"[억조]", number):
        return True
    if groups.get("after") or (groups.get("after2") or "").strip():
        return False
    major = _MAJOR_AFTER.match(text, match.end())
    return (
        major is not None
        and not _VERB_IN_WORD.match(major.group().strip())
        and not _dae_handled().match(text, match.end())
        and not _dae_object_before(compound=True).search(text, max(0, match.start() - _DAE_OBJECT_REACH), match.start())
        and not _COUNT_WITH_DAE_BEFORE.search(text, max(0, match.start() - _DAE_CLAUSE_REACH), match.start())
    )


# a decade standing as a noun for a person: with the particles a person takes (20대가 구조됐다, 20대를
# 붙잡았다, 20대에게), before the number of them (20대 2명) or ending its clause (…당하던 20대.), when
# no noun of its phrase comes before it: a verb's adnominal ending (감금당하던 20대가, 숨진 20대를, 폭행한 20대),
# a particle ending the phrase before (경찰은 20대를), a bracket (A씨(20대)는) or the clause's start; after a noun
# it counts the noun's machines (대포폰 30대를, 굴착기 10대가, 차량 총 20대를)
_DECADE_AS_PERSON = re.compile(r"(?:가|는|를|도|와|에게|한테|로서|였|이었|이던|인)(?![가-힣])|\s?\d+\s?명|\s*(?:[.,!?…)）]|$)")
_PERSON_DECADE_BEFORE = re.compile(r"(?:^|[^\w\s]|[던는된진친힌한온운난린긴]|[은이가을를에게서고며도로날])\s*$")


@lru_cache(maxsize=1)
def _age_decade_after() -> re.Pattern[str]:
    """What follows a decade that is an age (20대 여성, 20대녀성, 30대 남 A씨, 40대 초반), not a number
    of vehicles (10대 남아, 20대 여객, 20대 남짓): a person noun of `ko_age_nouns.txt`, or 남/여 as a
    word of its own."""
    return re.compile(rf"\s?(?:{_longest_first(data_lines('ko_age_nouns.txt'))}|[남여](?=\s|[,·/)]|$))")


def _decade_as_person(text: str, start: int, end: int) -> bool:
    """Whether the decade at `start:end` stands for a person by what is around it (`_DECADE_AS_PERSON`)."""
    if _DECADE_AS_PERSON.match(text, end) is None:
        return False
    return _PERSON_DECADE_BEFORE.search(text, max(0, start - 2), start) is not None or _person_before().search(text, max(0, start - _DAE_OBJECT_REACH), start) is not None


@lru_cache(maxsize=1)
def _person_before() -> re.Pattern[str]:
    """A person noun of `ko_age_nouns.txt` right before a decade (용의자 20대가, 중국 국적 남성 20대를): an age."""
    return re.compile(rf"(?:{_longest_first(data_lines('ko_age_nouns.txt'))})\s*$")


def _figure(match: re.Match[str], lang: str, written: str, span: tuple[int, int]) -> Figure | None:
    groups = match.groupdict()
    start, end = span
    if groups.get("date"):
        if any(groups.get(name) for name in ("h", "h_cn", "h_cn2", "h_cn3", "h_cn4", "h_ko", "h_ko2", "h_bare2", "h_colon", "midnight", "noon")):
            return _clock_time(groups, start, end, written)
        if groups.get("halfyear"):  # a half of the year: ISO-like `2024-H1`, `--H2` without its year
            half = 1 if groups["halfyear"] in ("上", "상") else 2
            iso = f"{groups['y6']}-H{half}" if groups.get("y6") else f"--H{half}"
            return Figure(date_value(iso), "", UnitClass.DATE, "", False, False, start, end, written, iso)
        year = groups.get("y") or groups.get("y0") or groups.get("y2") or groups.get("y3") or groups.get("y5") or groups.get("yq")
        if groups.get("y9"):  # digit by digit
            year = "".join(str(_CN_DIGIT[ch]) for ch in groups["y9"])
        month = groups.get("m") or groups.get("m0") or groups.get("m2") or groups.get("m4") or groups.get("m6") or groups.get("mr") or groups.get("m5") or groups.get("m7") or groups.get("ms") or groups.get("mq")
        day = groups.get("d") or groups.get("d0") or groups.get("d4") or groups.get("d5") or groups.get("d7") or groups.get("d7b") or groups.get("dr") or groups.get("ds") or groups.get("dq")
        numeral_month, numeral_day = groups.get("m8") or groups.get("m9"), groups.get("d8") or groups.get("d9")
        if numeral_month:  # in Chinese numerals
            month = str(int(chinese_numeral_value(numeral_month)))
            day = str(int(chinese_numeral_value(numeral_day))) if numeral_day else None
        if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
            return None
        parts = [p for p in (year, month and f"{int(month):02d}", day and f"{int(day):02d}") if p]
        iso = "-".join(parts) if year else ("--" if month else "---") + "-".join(parts)
        value = date_value(iso) if year else float(f"{int(month or 0):02d}{int(day or 0):02d}")
        return Figure(value, "", UnitClass.DATE, "", False, False, start, end, written, iso)
    if groups.get("code"):
        return Figure(float("nan"), "", UnitClass.CODE, "", False, False, start, end, written)
    if groups.get("telephone"):
        return Figure(float(groups["telephone"].replace("-", "")), "", UnitClass.PLAIN, "", False, False, start, end, written)
    if groups.get("rank"):
        raw = groups.get("rank_value") or groups.get("rank_value2") or ""
        value = _arabic(raw) if raw[:1].isdecimal() else chinese_numeral_value(raw)
        return Figure(value, "第" if lang == "zh" else "위", UnitClass.RANK, "rank", False, False, start, end, written)
    if groups.get("quake"):
        return Figure(_arabic(groups["quake_value"]), "급", UnitClass.COUNT, "level", False, False, start, end, written)
    if groups.get("percent_word"):
        raw = groups["pct_value"]
        value = _arabic(raw) if raw[:1].isdecimal() else chinese_numeral_value(raw)
        return Figure(value, "%", UnitClass.PERCENT, "percent", False, True, start, end, written)

    if groups.get("half"):
        return Figure(50.0, "%", UnitClass.PERCENT, "percent", False, True, start, end, written)
    if groups.get("fraction"):
        denominator, numerator = (_arabic(raw) if raw[:1].isdecimal() else chinese_numeral_value(raw) for raw in (groups["frac_den"], groups["frac_num"]))
        if not 0 < numerator <= denominator:
            return None
        return Figure(round(100 * numerator / denominator, 2), "%", UnitClass.PERCENT, "percent", False, True, start, end, written)
    following = match.string[match.end() : match.end() + 1]
    if groups.get("native"):
        unit = groups["native_unit"] or ""
        if groups["native"] == "한" and following == "도":
            return None  # 한 건도 … 않았다, "not a single one": no count of one
        if groups["native"] == "한" and unit == "번" and match.end("native") == match.start("native_unit") and not _KO_FREQUENCY.search(match.string, max(0, match.start() - 2), match.start()) and following != "씩":
            return None  # 한번 written as one word is the adverb "once" (한번 사용하면, "once used"); the count is 한 번, as in 일주일에 한번 and 한번씩
        unit_class, measure = _units()[lang].get(unit, (UnitClass.COUNT, ""))
        return Figure(float(_KO_NATIVE[groups["native"]]), unit, unit_class, measure, bool(groups.get("native_more")), False, start, end, written)  # 두 달여: more than two months
    unit = groups.get("unit") or ""
    if lang == "zh" and unit in _CASUALTIES and not groups.get("arabic") and not _beside_casualty(match):
        return None  # 罪该万死, 五劳七伤: idioms; 一男子: a man; 两死三伤 counts
    if lang == "ko" and unit == "인" and following in _SEATING:
        return None  # 7인석, 45인승: a vehicle's seating class, no count of people
    if (
        lang == "ko"
        and unit == "대"
        and _DECADE.fullmatch(groups.get("ko") or "")
        and not (groups.get("after2") or "").strip()  # (20대 남짓, 20대가 넘는: about twenty, more than twenty)
        and (_age_decade_after().match(match.string, match.end()) or _decade_as_person(match.string, match.start(), match.end()))
        and not _dae_object_before().search(match.string, max(0, match.start() - _DAE_OBJECT_REACH), match.start())
    ):
        return Figure(float(groups["ko"]), unit, UnitClass.AGE, "year", True, False, start, end, written)  # 20대 여성: in her twenties (20多岁)
    if lang == "ko" and unit == "대" and _not_counted_with_dae(groups, match):
        return None  # 5대 추세, 4대 범죄: "the five major trends" (五大趋势), a name's number; 200억대: a sum's order; no count of vehicles
    approximate = bool(groups.get("before") or groups.get("after") or groups.get("mid") or groups.get("mid2") or groups.get("cn_mid") or (groups.get("after2") or "").strip())
    approximate = approximate or any(mark in unit for mark in _APPROXIMATE_IN_UNIT)  # 7个多月, 7개여월
    if lang == "zh":
        if groups.get("arabic"):
            value = _arabic(groups["arabic"])
            for ch in (groups.get("mag") or "") + (groups.get("mag2") or ""):  # 3千余万 = 30,000,000 and more
                value *= {**_CN_SMALL, **_CN_LARGE}[ch]
            if groups.get("rest"):  # 2万5000 = 25000; 1亿2000万 = 120000000; 1億1千萬 = 110000000
                scale = 1
                for ch in groups.get("rest_mag") or "":
                    scale *= {**_CN_SMALL, **_CN_LARGE}[ch]
                value += _arabic(groups["rest"]) * scale
        else:
            numeral = groups["cn"]
            if _NEIGHBOURING_DIGITS.search(numeral):
                return None  # 七八名, 一两个月: "seven or eight", no single value
            one_span = numeral == "一" and _units()[lang].get(unit, (UnitClass.PLAIN, ""))[0] == UnitClass.DURATION  # 一个月 = 한 달
            if (numeral == "一" and not one_span) or (len(numeral) == 1 and not unit and not approximate):
                return None  # 一批, 统一, 一流, a lone 三 or 百: words, not figures
            try:
                value = chinese_numeral_value(numeral)
            except ValueError:
                return None
            for ch in groups.get("cn_mag") or "":  # 七十余万 = 700,000 and more
                value *= _CN_LARGE[ch]
    else:
        value = _korean_value(groups["ko"] + (groups.get("after_magnitude") or ""))  # 3,000여만 = 3000만; 1억 3,000여만 = 1억 3000만, not (1억 3000)만
    value = float(f"{value:.15g}")  # 1.15亿 is 115000000, not the float product 114999999.99999999 (15 significant digits)
    unit_class, measure = _units()[lang].get(unit, (UnitClass.PLAIN, ""))
    if lang == "zh" and unit == "个" and _person_after_ge().match(match.string, match.end()):
        measure = _units()[lang]["名"][1]  # 5个身着军装的人: people, as 5名 (남자 5명)
    if lang == "ko" and unit == "차" and (approximate or value >= _SMALL_ORDINAL):
        unit_class, measure = UnitClass.COUNT, "occasion"  # the table's 차 is an ordinal (9차 사건); see _SMALL_ORDINAL
    if groups.get("before") == "近" and measure in _RECENT_MEASURES and not (groups.get("after") or groups.get("after2") or groups.get("mid")) and _means_recent(match):
        approximate = False  # 从近3年…, 近两个月来: "the last three years" (최근 3년); 潜逃近10年 and 将近/接近 still say nearly
    if measure == "tenth":  # 六成 = 60 %
        value, unit, unit_class, measure = value * 10, "%", UnitClass.PERCENT, "percent"
    percent = unit_class == "percent" and measure == "percent"
    return Figure(value, unit, unit_class, measure, approximate, percent, start, end, written)


@lru_cache(maxsize=1)
def _person_after_ge() -> re.Pattern[str]:
    """A noun for people (`zh_person_nouns.txt`) right after 个, or after a clause ending in 的 (5个身着军装的人),
    not a place's or an office's (5个派出所的民警), that ends the noun phrase 个 counts: a mark, a verb's
    or a conjunction's character follows it (抓获3个人。, 3个团伙成员被抓), not another noun's (5个人造大理石箱子,
    12个村民小组, 8个成员国) nor 的 (3个嫌疑人的住处: the dwellings)."""
    nouns = _longest_first(data_lines("zh_person_nouns.txt"))
    return re.compile(rf"(?:[^，。,；;、！？!?：:\s]{{0,12}}?(?<![{_PLACE_ENDS}])的)?(?:{nouns})(?={_PHRASE_END})")


_PLACE_ENDS = "所局队隊站室村县縣市省区區镇鎮乡鄉厅廳处處科部组組"  # 5个派出所的民警: 个 counts the stations, not their officers
# what may follow the noun that ends a counted phrase: a mark or the end, or a verb's, an adverb's or a conjunction's first character
_PHRASE_END = r"[，。、；：！？,.;:!?）)」』”\s]|$|[被在将把从向也都已均分进来去到了是为和与及等正先后一共同相各则就还又便因由所却竟于给让叫请要能可不没未持携冲闯跑逃驾开乘坐站走]"  # (not 会: 12个老人会, an association)


# two neighbouring digits side by side, not inside a longer run of digits (二〇二三 is a year): 七八名,
# 一两个月, 两三天, 十七八岁, 三五个 say "seven or eight", "one or two", "three to five"
_NEIGHBOURING_DIGITS = re.compile(
    r"(?<![零〇一二两兩三四五六七八九])(?:一二|一两|一兩|二三|两三|兩三|三四|四五|五六|六七|七八|八九|三五)(?![零〇一二两兩三四五六七八九])"
)
_RECENT_MEASURES = frozenset(["year", "month", "week", "day"])
_RECENT_BEFORE = re.compile(r"(?:^|[\s，,。；;：:、（(“\"]|从|從|在|据|據|对|對|这|這|与|與|为|為|是|的)$")
_RECENT_AFTER = re.compile(r"^(?:来|來|以来|以來|间|間|里|裡|中|内|內|的|，|,)")


def _means_recent(match: re.Match[str]) -> bool:
    """Whether 近 before a span of years, months, weeks or days reads "the last" (近3年来, 从近3年,
    a clause's start) rather than "nearly" (潜逃近10年, 历时近3年: after a verb)."""
    text, start, end = match.string, match.start(), match.end()
    return bool(_RECENT_AFTER.match(text[end : end + 2]) or _RECENT_BEFORE.search(text[max(0, start - 1) : start]))


# the 12-hour clock's parts of the day: an afternoon's hours are 12 on (下午3时: 15:00); a night's from
# five on too (晚上8点: 20:00, 밤 11시: 23:00), but not those after midnight (深夜一点, 밤 1시: 01:00), and its 12 is midnight
_AFTERNOON = frozenset(["下午", "傍晚", "오후", "저녁"])
_NIGHT = frozenset(["晚上", "晚间", "夜间", "夜里", "晚", "深夜", "半夜", "午夜", "밤", "심야"])
_NIGHT_FROM = 5  # 晚上5点 is 17:00; 밤 1시 is 01:00
_SMALL_HOURS = frozenset(["凌晨", "새벽"])  # after midnight: their 12 is midnight (凌晨十二点)
_MIDDAY = {"中午": 3, "낮": 7}  # around noon, or by day: their hours below these are the afternoon's (中午一点, 낮 3시)


def _clock_time(groups: dict[str, str | None], start: int, end: int, written: str) -> Figure | None:
    """A time of day (15时20分, 오후 5시, 晚8点, 凌晨三点, 오후 두 시 반, 자정, 正午): ISO `T15:20` or `T17`,
    the 12-hour clock of an afternoon or a night read as 24-hour (`_AFTERNOON`, `_NIGHT`), 24时 and a
    night's 12 as midnight (T00); 许/左右/경/께 after it, or 约/약 before the hour (中午約12點33分),
    make it approximate."""
    if groups.get("midnight") or groups.get("noon"):
        midnight = bool(groups.get("midnight"))
        numeral = groups.get("mi_zero_cn")
        minute = groups.get("mi_zero") or (str(int(chinese_numeral_value(numeral.lstrip("零")))) if numeral else None)
        if minute is not None:  # 零时30分: half past midnight
            if int(minute) > 59:
                return None
            return Figure(float(int(minute)), "", UnitClass.DATE, "time", bool(groups.get("tapprox_word")), False, start, end, written, f"T00:{int(minute):02d}")
        return Figure(0.0 if midnight else 1200.0, "", UnitClass.DATE, "time", bool(groups.get("tapprox_word")), False, start, end, written, "T00" if midnight else "T12")
    if groups.get("h"):
        hour, minute, part, approximate = int(groups["h"] or 0), groups.get("mi"), groups.get("ampm"), groups.get("tapprox") or groups.get("tapprox0")
        half = groups.get("half_hour")
    elif groups.get("h_colon") or groups.get("h_bare2"):
        hour, minute, part, approximate, half = int(groups.get("h_colon") or groups.get("h_bare2") or 0), groups.get("mi_colon"), None, None, None
    elif groups.get("h_ko") or groups.get("h_ko2"):
        suffix = "" if groups.get("h_ko") else "2"
        hour = _KO_NATIVE_HOURS[groups[f"h_ko{suffix}"] or ""]
        minute, part, approximate = groups.get(f"mi_ko{suffix}"), groups.get("ampm_ko"), groups.get(f"tapprox_ko{suffix}")
        half = groups.get(f"half_hour_ko{suffix}")
    else:
        hour = int(chinese_numeral_value(groups.get("h_cn") or groups.get("h_cn2") or groups.get("h_cn3") or groups.get("h_cn4") or ""))
        numeral = groups.get("mi_cn") or groups.get("mi_cn2") or groups.get("mi_cn3")
        minute = str(int(chinese_numeral_value(numeral.lstrip("零")))) if numeral else groups.get("mi_cn_digits")  # (凌晨两点30分)
        part, approximate, half = groups.get("ampm_cn"), groups.get("tapprox_cn"), groups.get("half_hour_cn") or groups.get("half_hour_cn3") or groups.get("half_hour_cn4")
    if half:
        minute = "30"
    if hour == 24 and int(minute or 0) > 0:
        return None  # (24:59 is no time)
    if part in _AFTERNOON and 1 <= hour < 12 or part in _NIGHT and _NIGHT_FROM <= hour < 12 or part in _MIDDAY and 1 <= hour < _MIDDAY[part or ""]:
        hour += 12
    elif (part in _NIGHT or part in _SMALL_HOURS) and hour == 12 or hour == 24:
        hour = 0
    if hour > 24 or minute is not None and int(minute) > 59:
        return None
    iso = f"T{hour:02d}" + (f":{int(minute):02d}" if minute is not None else "")
    value = float(hour * 100 + int(minute or 0))
    return Figure(value, "", UnitClass.DATE, "time", bool(approximate), False, start, end, written, iso)



def date_parts(iso: str) -> dict[str, int]:
    """The parts a date figure states, by name: `2024-06-03` -> year, month, day; `--06` -> month;
    `---09` -> day; `T15:20` -> hour, minute; `2024-H1` -> year, half (上半年, 상반기); `--H2` ->
    half. Two dates compare on the parts both state."""
    if iso.startswith("T"):
        hour, _, minute = iso[1:].partition(":")
        return {"hour": int(hour), **({"minute": int(minute)} if minute else {})}
    if iso.startswith("---"):
        return {"day": int(iso[3:])}
    year, _, rest = iso.partition("-") if not iso.startswith("--") else ("", "", iso[2:])
    parts = {"year": int(year)} if year.isdecimal() else {}
    if rest.startswith("H"):
        return {**parts, "half": int(rest[1:])}
    names = ("month", "day")
    return {**parts, **{name: int(part) for name, part in zip(names, rest.split("-")) if part.isdecimal()}}


def iso_datetime(text: str, lang: str) -> str | None:
    """The first full date a text states (year, month and day: `发布时间：2023-09-05 16:08:12`,
    `기사입력 2022.10.05 오전 10:21`, `据新华社北京2024年3月5日电`) as ISO 8601, with a clock time right
    after it that the figures read (`2024年3月5日15时20分` -> `2024-03-05T15:20`); None when it states none."""
    figures = _parse(text, lang, ranges=False)
    full = []
    for number, figure in enumerate(figures):
        parts = date_parts(figure.date or "") if figure.is_date else {}
        if len(parts) != 3 or "year" not in parts or not _on_the_calendar(parts):
            continue
        after = figures[number + 1] if number + 1 < len(figures) else None
        timed = after is not None and (after.date or "").startswith("T") and not text[figure.end : after.start].strip(" \t\u3000,，")
        full.append((figure.start, f"{figure.date}{after.date}" if timed and after is not None else figure.date or ""))
    # the date a publication label names (发布时间, 입력) before one an update's label names (更新时间, 수정)
    published = next((iso for start, iso in full if _PUBLISHED.search(text, max(0, start - _LABEL_REACH), start)), None)
    return published or next((iso for start, iso in full if not _UPDATED.search(text, max(0, start - _LABEL_REACH), start)), full[0][1] if full else _english_date(text))


_MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
     ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_MONTH_NAME = r"(?P<month>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"
ENGLISH_MONTH = re.compile(_MONTH_NAME.replace("?P<month>", ""))  # a month's English name or its short form (August, Aug.)
# a date written in English, as sites of Korean and Chinese news print their stamps too: `12:06, August 28, 2019`,
# `Aug. 28, 2019 12:06`, `28 August 2019`
_ENGLISH_DATE = re.compile(
    rf"(?:(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}}),?\s+)?(?:{_MONTH_NAME}\s+(?P<day>\d{{1,2}}),?|(?P<day2>\d{{1,2}})\s+{_MONTH_NAME.replace('month', 'month2')})\s+(?P<year>(?:19|20)\d\d)\b"
    rf"(?:,?\s+(?P<hour2>\d{{1,2}}):(?P<minute2>\d{{2}}))?"
)


def ends_with_english_date(text: str) -> bool:
    """Whether `text` ends with a full date written in English, its clock time before or after it
    (`12:06, August 28, 2019`)."""
    return any(found.end() == len(text.rstrip()) for found in _ENGLISH_DATE.finditer(text))


def _english_date(text: str) -> str | None:
    """The first full date `text` writes in English (`12:06, August 28, 2019`) as ISO 8601, with its
    clock time; None when it writes none."""
    found = _ENGLISH_DATE.search(text)
    if found is None:
        return None
    month = _MONTHS[(found.group("month") or found.group("month2")).lower()]
    day, year = int(found.group("day") or found.group("day2")), int(found.group("year"))
    if not _on_the_calendar({"year": year, "month": month, "day": day}):
        return None
    hour, minute = found.group("hour") or found.group("hour2"), found.group("minute") or found.group("minute2")
    clock = f"T{int(hour):02d}:{int(minute):02d}" if hour is not None and minute is not None and int(hour) < 24 and int(minute) < 60 else ""
    return f"{year:04d}-{month:02d}-{day:02d}{clock}"


def labelled_publication(text: str, lang: str) -> str | None:
    """The full date a text labels its publication's right before it (`입력 2024.05.03`, `发布时间：…`,
    `등록일 2024-…`, `승인 2022.06.07`) as ISO 8601; None when no full date has such a label (not
    `원서 등록 마감 2024.09.13`: the label must be the date's own, a colon or a space between them)."""
    for figure in _parse(text, lang, ranges=False):
        parts = date_parts(figure.date or "") if figure.is_date else {}
        if len(parts) == 3 and "year" in parts and _PUBLICATION_LABEL.search(text, max(0, figure.start - _LABEL_REACH), figure.start):
            return figure.date
    return None


_LABEL_REACH = 8  # characters before a date where its label is looked for
_PUBLICATION_WORDS = "发布|發布|發佈|发表|發表|刊发|刊發|出版|입력|등록|송고|게재|발행"
_PUBLISHED = re.compile(f"(?:{_PUBLICATION_WORDS})[^\\d\\n]{{0,6}}$")
_UPDATE_WORDS = "更新|修改|수정|업데이트"
_UPDATED = re.compile(f"(?:{_UPDATE_WORDS}|编辑|編輯)[^\\d\\n]{{0,6}}$")
# a line that says it dates an update, the label before its date or after it (`2021년 2월 25일 업데이트됨`, `最後更新`)
UPDATE_LINE = re.compile(f"{_UPDATE_WORDS}|修訂|修订|最後|最后|[Uu]pdated")
# a publication's label right before its date: the label, its 일, 일시, 时间 or 日期, a colon or spaces (`등록일 2024`, `发布时间：2024`)
_PUBLICATION_LABEL = re.compile(f"(?:{_PUBLICATION_WORDS}|승인|작성|发稿|發稿)(?:일자?|일시|시간|时间|時間|日期|于|於)?\\s*[:：]?\\s*$")


def _on_the_calendar(parts: dict[str, int]) -> bool:
    """Whether a year, month and day name a day of the calendar (not 2023年2月29日)."""
    try:
        datetime.date(parts["year"], parts["month"], parts["day"])
    except ValueError:
        return False
    return True


def date_value(iso: str) -> float:
    """A date's digits as a number, for tables (2024-06-03 -> 20240603, 2024-H1 -> 20241)."""
    return float(re.sub(r"\D", "", iso) or "nan")


def parse_numbers(text: str, lang: str) -> list[Figure]:
    """Every figure in `text` ('ko' or 'zh'), in order, with offsets into `text`.

    Digits glued to Latin letters (G20, 5G, MP3) are not figures.
    """
    if lang not in ("ko", "zh"):
        raise ValueError(f"unknown language {lang!r}: expected 'ko' or 'zh'")
    return _parse(expect_text(text), lang, ranges=True)


@lru_cache(maxsize=1)
def _numbered_by_hao() -> str:
    """The nouns a number with 号 names rather than dates (`number_named.txt`'s 号井, 号楼, 号线 …: a
    shaft, a building, a line), as the characters of a regex class: 12号晚上, 12号起 stay days."""
    return "".join(word[1] for word in data_lines("number_named.txt") if len(word) == 2 and word[0] == "号")


@lru_cache(maxsize=1)
def _named_by_number() -> re.Pattern[str]:
    """A word of `number_named.txt` right after a number, with a space or none."""
    return re.compile(rf"\s?(?:{_longest_first(data_lines('number_named.txt'))})")


def _in_a_name(figure: Figure, source: str, start: int, end: int, lang: str, latin: re.Pattern[str]) -> bool:
    """Whether a bare number (no unit, no approximation) is part of a name it is written into: after
    a Latin word and a hyphen (COVID-19, SARS-CoV-2), or, in Korean, glued to the syllable before it
    (코로나19, 전국110): a Korean figure stands apart or carries its unit (경찰5명); or before a word
    that names by number (`number_named.txt`: 908 병원, 31693部队). `start` and `end` index `source`."""
    if figure.unit_class is not UnitClass.PLAIN or figure.approximate:
        return False
    if _named_by_number().match(source, end):
        return True
    if start == 0:
        return False
    before = source[start - 1]
    if before == "-" and start > 1 and latin.match(source[start - 2]):
        return True
    return lang == "ko" and is_hangul(before)


# what makes a sentence speak of sums: a currency after a number, an amount (피해액, 금액을), a budget, funds
_KO_SUMS = re.compile(r"[\d만억천백조]\s?(?:원|위안|달러|엔|유로|파운드)|[가-힣]액(?:수)?(?![가-힣])|[가-힣]액[이은을는에의도로과와]|예산|자금|매출|수출|수입|자산|부채|비용|경제|무역|시장|피해|규모|판돈|도박|손실|수익|과징금|벌금|과태료|GDP", re.IGNORECASE)


# what makes a sentence speak of a text's provisions: an opinion, a regulation, a law and its parts
_KO_PROVISIONS = re.compile(r"의견|규정|조례|조항|조문|세칙|법률|법규|규칙|방안|지침|부분(?:으로|에|이|은|,)|[0-9]\s?개\s?(?:부분|장)")


def _counted_jo(figure: Figure, text: str) -> bool:
    """Whether the 조 of a bare `N조` (before a particle or a mark: the figure's parse read a trillion) counts a text's articles (이 의견은 총 7개 부분,
    36조로 나뉜다: 36條) rather than trillions: the sentence speaks of provisions (`_KO_PROVISIONS`)
    and of no sum (`_KO_SUMS`); 피해 규모가 2조에 이른다 stays two trillion."""
    return (
        figure.unit_class is UnitClass.PLAIN
        and figure.text.endswith("조")
        and figure.value >= _KO_MAGNITUDE["조"]
        and figure.value % _KO_MAGNITUDE["조"] == 0
        and _KO_PROVISIONS.search(text) is not None
        and not _KO_SUMS.search(text)
    )


_POINT_BETWEEN_DIGITS = re.compile(r"(?<=\d)。(?=\d)")  # a decimal point typed as the full stop 。, between full-width digits (`FULL_WIDTH_DIGITS`)


def _parse(text: str, lang: str, ranges: bool) -> list[Figure]:
    """`parse_numbers`; a range's lower bound takes its upper bound's unit only when `ranges` (the
    lower bound is read again without it, so the time stays linear in the number of ranges)."""
    normalized = nfkc_keyed(text)
    source = normalized.key
    for point in _POINT_BETWEEN_DIGITS.finditer(source):  # １。３８個月 is 1.38 months (a character for a character: offsets stay); 110。3月 ends a sentence
        at = normalized.source_span(point.start(), point.end())[0]
        if 0 < at < len(text) - 1 and text[at - 1] in FULL_WIDTH_DIGITS and text[at + 1] in FULL_WIDTH_DIGITS:
            source = source[: point.start()] + "." + source[point.end() :]
    if lang == "zh":
        simplified = to_simplified(source)
        source = simplified if len(simplified) == len(source) else source
    pattern, latin = _patterns(lang)
    figures: list[Figure] = []
    for match in finditer(pattern, source):
        if not match.group().strip():
            continue
        start, end = match.span()
        while start < end and source[start].isspace():
            start += 1
        while end > start and source[end - 1].isspace():
            end -= 1
        if (start > 0 and latin.match(source[start - 1])) or (end < len(source) and latin.match(source[end])):
            unit = match.groupdict().get("unit") or ""
            if not (unit and unit.isascii()):  # G20, 5G, MP3 — but 30km and 5kg are figures
                continue
        span = normalized.source_span(start, end)
        figure = _figure_from_match(match, lang, text, span)
        if figure is not None and lang == "ko" and _counted_jo(figure, text):
            unit_class, measure = _units()["ko"]["조"]
            figure = replace(figure, value=figure.value / _KO_MAGNITUDE["조"], unit="조", unit_class=unit_class, measure=measure)
        if figure is None or _in_a_name(figure, source, start, end, lang, latin):
            continue
        if figure.unit in _LOWER_CASE_UNITS and figure.unit not in figure.text:
            continue  # 5G, 4G网络: a network's generation, not grams (411g 이상, 冰毒5g左右 are)
        second_time = match.groupdict().get("h_cn3") or match.groupdict().get("h_ko2")
        if second_time and not (figures and _joined_clock_times(figures[-1], figure, text)):
            continue  # 三点至五点 with no clock time before it: "three to five points"; 두 시부터 네 시까지 alone is not read
        if lang == "zh" and figure.unit == "元":
            figure = _named_currency(figure, source, start)
        if figures and _continues_year_list(figures[-1], figure, text):
            figure = Figure(figure.value, "", UnitClass.DATE, "", False, False, figure.start, figure.end, figure.text, figure.text)
        if ranges and figures and _bounds_range(figures[-1], figure, text):
            figures[-1] = _lower_bound(figures[-1], figure, text, lang)
        lower = _chinese_lower_bound(figure, text) if ranges and lang == "zh" else None
        if lower is not None:
            if figures and figures[-1].start <= lower.start and lower.end <= figures[-1].end:  # 十三 of 十三至十五岁, 約三 of 約三至五萬元: a bare numeral
                bare = figures.pop()
                lower = replace(lower, approximate=bare.approximate, start=bare.start, end=bare.end, text=bare.text)
            figures.append(lower)
        if figures and _ends_afternoon_range(figures[-1], figure, text):
            figure = _afternoon(figure)
        elif figures and _ends_at_midnight(figures[-1], figure, text):
            figure = replace(figure, value=figure.value - 1200, date="T00" + (figure.date or "")[3:])
        figures.append(figure)
    return dated_range_ends([_more_past_a_note(figure, text, lang) for figure in figures], text)


_LOWER_CASE_UNITS = ("g", "mg", "t")  # units that are such only in lower case (411g, 2.7t; not 5G, 3T)
_MONTH_RANGE_JOIN = re.compile(rf"\s?(?:[{_RANGE_CLASS}]|至|到|부터|에서)\s?")  # 1-11月, 1月至11月, 1월부터 11월
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
_MONTH = re.compile(r"--(\d{2})")
_MONTH_DAY = re.compile(r"((?:\d{4}|-)-\d{2})-(\d{2})")  # a date with its month and day, and its year or not: 2024-01-17, --01-17
_DAY = re.compile(r"---(\d{2})")
_YEAR = re.compile(r"\d{4}")
_YEAR_TO_MONTH = re.compile(r"\s?(?:截至|截止到?|截止至)\s?")  # 2012年截至11月底: "in 2012, up to the end of November"


def dated_range_ends(figures: Sequence[Figure], text: str) -> list[Figure]:
    """`figures` with the month that ends a range of months dated by the year of the month that
    starts it, as the writer means it: 11月 of `2023年1-11月`, 11월 of `2023년 1월부터 11월까지` (a later
    month of that year; a range into the next year names its year), and a month a year reaches up
    to dated by it (11月 of `2012年截至11月底`); and the day that ends a range of days dated by its first
    day's month and year: 18일 of `1월 17~18일`, 26日 of `1985年10月21日至26日`."""
    out = list(figures)
    for k in range(1, len(out)):
        lower, upper = out[k - 1], out[k]
        start = _YEAR_MONTH.fullmatch(lower.date or "") if lower.is_date else None
        end = _MONTH.fullmatch(upper.date or "") if upper.is_date else None
        if start and end and int(end.group(1)) > int(start.group(2)) and _MONTH_RANGE_JOIN.fullmatch(text, lower.end, upper.start):
            iso = f"{start.group(1)}-{end.group(1)}"
            out[k] = replace(upper, date=iso, value=date_value(iso))
        elif end and lower.is_date and _YEAR.fullmatch(lower.date or "") and _YEAR_TO_MONTH.fullmatch(text, lower.end, upper.start):
            iso = f"{lower.date}-{end.group(1)}"
            out[k] = replace(upper, date=iso, value=date_value(iso))
        elif (
            (first := _MONTH_DAY.fullmatch(lower.date or "") if lower.is_date else None)
            and (last := _DAY.fullmatch(upper.date or "") if upper.is_date else None)
            and int(last.group(1)) > int(first.group(2))
            and _MONTH_RANGE_JOIN.fullmatch(text, lower.end, upper.start)
        ):
            iso = f"{first.group(1)}-{last.group(1)}"  # the day that ends a range of days, in its first day's month: 18일 of 1월 17~18일
            out[k] = replace(upper, date=iso, value=date_value(iso) if iso[0] != "-" else float(iso[2:].replace("-", "")))
    return out


_NOTE_LETTERS = 40  # a bracketed note between a figure and its approximation is at most this long
# a bracketed note on a figure between it and its approximation (`1천만 위안(약 18억7천만원) 이상`: a Korean paper
# converts the yuan; `1000万元（约合人民币…）以上`): the approximation is still the figure's; the note keeps its own figure
_NOTE_THEN_APPROXIMATION = {
    # (이상한, 이상하게: "strange", no approximation)
    "ko": re.compile(rf"\s?[(（][^()（）\n]{{1,{_NOTE_LETTERS}}}[)）]\s?(?P<marker>이상|넘게|넘는|초과|남짓|가량|정도|안팎|좌우)(?![한하해히])"),
    "zh": re.compile(rf"[(（][^()（）\n]{{1,{_NOTE_LETTERS}}}[)）](?P<marker>以上|左右|之多)"),
}
_NOT_APPROXIMATED = frozenset({UnitClass.DATE, UnitClass.CODE, UnitClass.RANK})


def _more_past_a_note(figure: Figure, text: str, lang: str) -> Figure:
    """`figure`, approximate when its approximation follows a bracketed note on it, the approximation
    its `marker` (its span unchanged: the note keeps its own figure)."""
    if figure.approximate or figure.unit_class in _NOT_APPROXIMATED:
        return figure
    past = _NOTE_THEN_APPROXIMATION[lang].match(text, figure.end)
    return figure if past is None else replace(figure, approximate=True, marker=past.group("marker"))


_RANGE_MARK = re.compile(rf"\s?[{_RANGE_CLASS}]\s?")  # between a range's bounds: 3~5명, 1至2万人, 60∼70대
MAGNITUDES: dict[str, int] = {**_KO_MAGNITUDE, **_CN_SMALL, **_CN_LARGE}  # every magnitude word a figure is written with: 백천만억조十百千万萬亿億
_MAGNITUDE_CLASS = "".join(MAGNITUDES)  # the same, inside a character class
_NUMBER = re.compile(_ARABIC)
_LOWER = re.compile(rf"(?:{_ARABIC})(?P<magnitude>\s?[{_MAGNITUDE_CLASS}]+)?$")  # 3 of 3~5명, 200만 of 200만~300만원, 약 3 of 약 3~5명
_MAGNITUDE_RUN = re.compile(rf"\s?[{_MAGNITUDE_CLASS}]*")
_INNER_DIGITS = re.compile(rf"(?:\s?(?:{_ARABIC})\s?[{_MAGNITUDE_CLASS}]*)+")  # 3만5천: the 5천 after the 만
_DIGIT = re.compile(r"\d")
_LEADING_ZERO = re.compile(r"0\d")  # 010, 02: a telephone number's (0.5 is a number)
_CHAINED_AFTER = re.compile(rf"[{_RANGE_CLASS}]\d")  # 010-1234-5678: a chain of numbers, no range…
_CHAINED_BEFORE = re.compile(rf"\d[{_RANGE_CLASS}]")  # …read from either end
_RANGE_WORD = re.compile(r"\s?(?:에서|내지)\s?")  # a Korean range's bounds joined by a word: 4백에서 5백만 원, 4백 내지 5백만 원 (four to five million won)
_RANGE_CONTEXT = 24  # characters of context kept around a range's lower bound when it is read again


def _bounds_range(lower: Figure, upper: Figure, text: str) -> bool:
    """Whether a bare number is the lower bound of a range whose upper bound carries the unit
    (3~5명, 1~2만 명, 60∼70대, 3至5%, 4백에서 5백만 원): the unit, and any magnitude, are written once, after both.
    A telephone number (010-1234-5678, 02-123-4567) chains more numbers, or starts one with 0."""
    return (
        lower.unit_class is UnitClass.PLAIN
        and not lower.unit
        and upper.unit_class not in (UnitClass.PLAIN, UnitClass.CODE)
        and (not upper.is_date or (upper.date or "").startswith("T"))  # a span of months or days is read by the date pattern
        and _LOWER.search(lower.text) is not None
        and _NUMBER.match(upper.text) is not None
        and _LEADING_ZERO.match(lower.text) is None
        and _LEADING_ZERO.match(upper.text) is None
        and (_RANGE_MARK.fullmatch(text[lower.end : upper.start]) is not None or _RANGE_WORD.fullmatch(text[lower.end : upper.start]) is not None)
        and _CHAINED_BEFORE.fullmatch(text[max(0, lower.start - 2) : lower.start]) is None
        and _CHAINED_AFTER.match(text, upper.end) is None
    )


def _lower_bound(lower: Figure, upper: Figure, text: str, lang: str) -> Figure:
    """A range's lower bound read with the magnitude and unit its upper bound writes after its number
    (1~2만 명: 1만 명 = 10,000 people; 2~3만5천 원: 2만 원; 60∼70대 여성: her sixties), or with the unit
    and the rest of the magnitude when it writes its own (200만~300만원: 200만원; 3천~4천만 원: 3천만 원); as it was
    when that reading is no figure of the upper's kind, or not below the upper bound (a score of
    5-3 goals stays two numbers). The approximation a marker after the upper bound states
    (1~2만여 명) is not the lower's, unless the unit itself is a span (a decade of age); one before
    the lower bound is (약 3~5명)."""
    number, own = _NUMBER.match(upper.text), _LOWER.search(lower.text)
    if number is None or own is None:
        return lower
    tail = upper.text[number.end() :]
    magnitude = _MAGNITUDE_RUN.match(tail)
    cut = magnitude.end() if magnitude else 0
    inner = _INNER_DIGITS.match(tail, cut)
    unit = _DIGIT.split(tail[inner.end() if inner else cut :])[0]  # 오후 2~3시 30분: the lower bound is 2시, not 2시 30분
    magnitudes, written = tail[:cut].strip(), (own.group("magnitude") or "").strip()
    if not magnitudes.startswith(written):
        return lower  # 5천~1억 원: whose 천?
    words = magnitudes[len(written) :] + unit  # 3천~4천만 원: the lower bound's 천 needs the 만 too
    before = text[max(0, lower.start - _RANGE_CONTEXT) : lower.end]
    reading = before + words + text[upper.end : upper.end + _RANGE_CONTEXT]
    at = len(before) - len(lower.text)
    found = _read_as_upper(reading, lang, at, upper)  # (오후 2시 begins before the 2)
    if found is None:
        return lower
    if not found.value < upper.value and not (found.is_date and (found.date or "").startswith("T")):
        return lower  # (오후 2~3시: the lower bound's afternoon is the upper's too, see `_ends_afternoon_range`)
    approximate = found.approximate and (found.unit_class is UnitClass.AGE or lower.approximate)  # 약 3~5명: about 3 to 5
    return replace(found, approximate=approximate, start=lower.start, end=lower.end, text=lower.text, lower_bound=True)


# a range's lower bound in Chinese numerals, right before its mark (三 of 三至五年, 十三 of 十三至十五岁),
# not the end of a longer numeral or a word (第三至, 几至)
_CN_LOWER = re.compile(rf"(?<![零〇一二两兩三四五六七八九十百千万萬亿億第几幾数數])({_CN_NUMERAL})\s?[至到]\s?$")
_CN_LEADING = re.compile(_CN_NUMERAL)
_CN_MAGNITUDES = re.compile("[十百千万萬亿億]+$")  # the magnitudes a numeral ends in
_CN_RANGE_REACH = 12  # characters before an upper bound searched for its lower bound


def _read_as_upper(reading: str, lang: str, at: int, upper: Figure) -> Figure | None:
    """The figure of `reading` (a range's lower bound written with its upper bound's magnitude and
    unit, read without ranges) that covers position `at`, if it is of the upper bound's kind."""
    found = next((f for f in _parse(reading, lang, ranges=False) if f.start <= at < f.end), None)
    return found if found is not None and found.unit_class is upper.unit_class and found.unit == upper.unit else None


def _chinese_lower_bound(upper: Figure, text: str) -> Figure | None:
    """The lower bound of a range written in Chinese numerals with its unit once, after the upper
    bound (三至五年: 3 years; 一至两年; 十三至十五岁; 三至五月: March), read with the upper bound's unit;
    None when there is none, or when that reading is no figure of the upper's kind below it. Arabic
    ranges (3至5年) are `_bounds_range`'s."""
    numeral = _CN_LEADING.match(upper.text)
    if numeral is None or upper.unit_class in (UnitClass.PLAIN, UnitClass.CODE, UnitClass.RANK):
        return None
    found = _CN_LOWER.search(text, max(0, upper.start - _CN_RANGE_REACH), upper.start)
    if found is None or _NEIGHBOURING_DIGITS.search(found.group(1)):
        return None
    magnitudes, written = _CN_MAGNITUDES.search(numeral.group()[1:]), _CN_MAGNITUDES.search(found.group(1))  # 十万: ten, then 万
    upper_run, lower_run = magnitudes.group() if magnitudes else "", written.group() if written else ""
    if not upper_run.startswith(lower_run):
        return None  # 五千至一万元: whose 千? (as 5천~1억 원)
    magnitude = upper_run[len(lower_run) :]  # 三至五千元: 三千元; 三至五萬元: 三萬元; 二十至三十人: 二十人
    lower = _read_as_upper(found.group(1) + magnitude + upper.text[numeral.end() :], "zh", 0, upper)
    if lower is None or not lower.value < upper.value:
        return None
    return replace(lower, start=found.start(1), end=found.end(1), text=found.group(1), lower_bound=not lower.is_date)


def _ends_afternoon_range(lower: Figure, upper: Figure, text: str) -> bool:
    """Whether a clock time ends a range whose first time is in the afternoon or evening while it
    names no part of the day itself (오후 2~3시, 下午2时至3时, 저녁 7시~9시: 15:00, 21:00; 밤 11시~1시
    crosses midnight, and 오후 2시~오전 1시 says so), or ends a morning's range at an hour before
    the first (오전 9시부터 6시까지, 上午9点至6点: 18:00, the hours of an office)."""
    if not _bare_clock_range(lower, upper, text):
        return False
    first, last = _hour(lower), _hour(upper)
    if _CHANGED_TO.match(text, upper.end):  # 오전 9시에서 8시로, 오후 3시에서 2시로: a change keeps the first time's half of the day
        return 12 <= first < 24 and 0 < last < 12
    return 0 < last < 12 and (12 <= first < 24 and last + 12 >= first or 0 < last < first < 12)


def _ends_at_midnight(lower: Figure, upper: Figure, text: str) -> bool:
    """Whether a clock time of 12 ends a range that begins in the evening (晚上8点到12点, 밤 10시~12시):
    midnight, not noon."""
    return _bare_clock_range(lower, upper, text) and _EVENING_FROM <= _hour(lower) < 24 and _hour(upper) == 12


def _bare_clock_range(lower: Figure, upper: Figure, text: str) -> bool:
    """Whether two clock times make a range (`_joined_clock_times`) whose second time names no part
    of the day."""
    return _joined_clock_times(lower, upper, text) and _PART_OF_DAY_FIRST.match(upper.text) is None


def _joined_clock_times(lower: Figure, upper: Figure, text: str) -> bool:
    """Whether two figures are clock times with what joins a range between them (a range mark, 부터
    or 에서, 半 allowed: `_CLOCK_RANGE_JOIN`; or 와/과 with 사이 after the second: 2시와 3시 사이)."""
    between = text[lower.end : upper.start]
    return (
        (lower.date or "").startswith("T")
        and (upper.date or "").startswith("T")
        and (_CLOCK_RANGE_JOIN.fullmatch(between) is not None or _BETWEEN_JOIN.fullmatch(between) is not None and _BETWEEN_END.match(text, upper.end) is not None)
    )


_EVENING_FROM = 17  # a range that begins at this hour or later and ends at 12 ends at midnight


# what joins a range's two clock times, a half hour after the first allowed: 下午1点半至2点, 오후 1시 반~2시, 오후 2시부터 4시까지
_CLOCK_RANGE_JOIN = re.compile(r"\s*(?:半|반)?\s*(?:[" + _RANGE_CLASS + r"]|" + "|".join(_KO_RANGE_WORDS) + r")\s*")
# …and the 와 or 과 of a time between two (오후 2시와 3시 사이: 15:00)
_BETWEEN_JOIN = re.compile(r"\s*(?:반\s*)?(?:와|과)\s*")
_BETWEEN_END = re.compile(r"\s?(?:경\s?|께\s?|쯤\s?)?사이")
_CHANGED_TO = re.compile(r"\s?(?:으로|로)(?![가-힣])|\s?(?:으로|로)(?=[는도만])")  # after a second time: what it was changed to
_PART_OF_DAY_FIRST = re.compile(rf"(?:{_KO_PARTS_OF_DAY}|{_ZH_PARTS_OF_DAY}|정오|자정|正午|午夜)")  # a clock time that names its part of the day


def _hour(time: Figure) -> int:
    return int((time.date or "T00")[1:3])


def _afternoon(time: Figure) -> Figure:
    """A clock time twelve hours on (3시 → 15:00)."""
    hour = _hour(time) + 12
    return replace(time, value=time.value + 1200, date=f"T{hour:02d}" + (time.date or "")[3:])


def _named_currency(figure: Figure, source: str, start: int) -> Figure:
    """A sum in 元 whose currency is named right before it (人民币7000万元, 新台币9万元, 港币5万元):
    that currency's measure, as 7000万元人民币 has it after."""
    pattern, measures = _currency_names()
    found = pattern.search(source, max(0, start - _CURRENCY_REACH), start)
    return figure if found is None else replace(figure, measure=measures[found.group("currency")])


_CURRENCY_REACH = 8  # 人民币约 and a space: how far before a sum its currency's name may stand


@lru_cache(maxsize=1)
def _currency_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The Chinese currency units of units.tsv by name (人民币 is 元人民币's), and a pattern for one
    ending a span (with an 约 or 共计 after it)."""
    measures = {unit.removeprefix("元"): measure for unit, (kind, measure) in _units()["zh"].items() if kind is UnitClass.MONEY and len(unit) > 1}
    return re.compile(f"(?P<currency>{_longest_first(measures)})\\s*(?:约|大约|共计|共)?\\s*$"), measures


def _continues_year_list(previous: Figure, figure: Figure, text: str) -> bool:
    """2016、2017连续两年: a bare four-digit number listed after a year is a year too."""
    return (
        previous.is_date
        and previous.date is not None
        and len(previous.date) == 4
        and figure.unit_class == "plain"
        and figure.text.isdecimal()
        and len(figure.text) == 4
        and text[previous.end : figure.start].strip() in _YEAR_LIST_MARKS
    )
