"""Figure verdicts: whether two figures agree (`same`), one is the other rounded to its written
precision (`rounded`), or they contradict (`differs`), and which figures may be compared at all.

`same` = equal values with the same approximation (`2400余` vs `2,400여`); `rounded` = one side is
the other rounded to its own written precision (`97.03%` vs `97%`, `2931` vs `2,900여`).
"""

from __future__ import annotations

import math
import re

from align.script.numbers import MAGNITUDES, Figure, date_parts
from align.types import Approximation, UnitClass, Verdict

VERDICTS = tuple(Verdict)

# Counters of people compare only with counters of people (명 = 名 = 人 = 人次); the other counters
# (个/개, 处/곳, 起/건, 期/기/차례 …) are used too loosely across the two languages to keep apart.
_PEOPLE = {"person", "person-time", "household"}
# Korean 원 is also the yuan: the Chinese-Korean press writes 인민폐 6000여만원 for 6000余万元 (a
# South Korean conversion, 1700만 위안(약 34억원), differs too much in value to pair with the yuan);
# Taiwan and Hong Kong write their own dollar 元 as well (9萬多元 is 9만 대만달러), but a sum named
# renminbi (7000万元人民币, 人民币7000万元) is the mainland's yuan only
# (Korean measure, Chinese measure) of sums that may be the same money, and the currency both then are: the Chinese-Korean
# press writes the yuan 원 (3만원 ~ 3万元), a Taiwan or Hong Kong report writes its dollar 元; a bare 원 or 元 is the other
# side's named currency (won: a 원 that converts another currency, `claims._CONVERTED`)
_SAME_MONEY = {("krw", "yuan"): "yuan", ("twd", "yuan"): "twd", ("hkd", "yuan"): "hkd", ("krw", "cny"): "cny", ("yuan", "cny"): "cny", ("won", "krw"): "krw"}


def paired_measure(ko: str, zh: str) -> str:
    """The measure a paired Korean and Chinese sum are read in: the one both write, or the
    currency named on one side when the other writes a bare 원 or 元 (`_SAME_MONEY`); else the Korean's."""
    return ko if ko == zh else _SAME_MONEY.get((ko, zh), ko)


# the last written number and the magnitudes after it, an approximation mark among them (3천여만, 3千余万: 3 x 1,000 x 10,000)
_LAST_NUMBER = re.compile(rf"(\d[\d,]*(?:\.\d+)?)((?:\s?(?:여|余|多|[{''.join(MAGNITUDES)}]))*)(?!.*\d)")


def _last_nonzero_place(number: float) -> float:
    place = 1.0
    while number and number % (place * 10) == 0:
        place *= 10
    return place


def precision(figure: Figure) -> float:
    """The unit the figure is written to: its last written digit times the magnitudes after it
    (2,860만 -> 10,000; 3.2万 -> 1,000; 97.03 -> 0.01; 2160 -> 1; 3千余万 -> 10,000,000). An approximate figure is rounded
    at its last non-zero digit (2,900여 -> 100; 7.1万余 -> 1,000)."""
    match = _LAST_NUMBER.search(figure.text)
    if match is None:  # Chinese numerals: 两万多, 一千余
        return _last_nonzero_place(abs(figure.value)) if figure.approximate else 1.0
    digits, magnitude = match.group(1).replace(",", ""), math.prod(MAGNITUDES[ch] for ch in match.group(2) if ch in MAGNITUDES)
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".")[1])
    else:
        unit = _last_nonzero_place(float(digits)) if figure.approximate else 1.0
    return unit * magnitude


_OVER = re.compile(r"余|餘|多|以上|逾|超|之多|여|넘|이상|초과|남짓|웃돌")  # (超 of 超过, 超過 and 超26亿元)
_UNDER = re.compile(r"近|将近|將近|接近|이하|以下|以内|以內|미만|不到|不足|^근\s?")  # 근 3년: nearly three years


def approximation(figure: Figure) -> Approximation:
    """How a figure is approximate, from its wording: `over` (2400余, 2,400여, 95% 이상), `under`
    (近千, 以下, 미만), `about` (约, 左右, 약, 가량) or `` (exact). Figures with equal values say
    the same thing only when they are approximate the same way. An age decade says more than its
    number (20대, in her twenties, is 20多岁)."""
    if not figure.approximate:
        return Approximation.EXACT
    wording = f"{figure.text} {figure.marker}"  # (the approximation a bracketed note parts from it: 1천만 위안(약 18억7천만원) 이상)
    if _OVER.search(wording) or (figure.unit_class is UnitClass.AGE and figure.unit == "대"):
        return Approximation.OVER
    return Approximation.UNDER if _UNDER.search(wording) else Approximation.ABOUT


def figure_verdict(ko: Figure, zh: Figure) -> Verdict:
    """`same` (equal values with the same approximation: 2400余 vs 2,400여, 386 vs 386), `rounded`
    (one side is the other rounded to its own written precision: the finer value lies in what the
    coarser wording allows, 97.03% vs 97%, 2931 vs 2,900여, 2,400 vs 2400余) or `differs` (the
    authoritative rules of the product brief): values a written unit apart (5 vs 6), and equal
    values one side says are exceeded and the other nearly reached (近3000 vs 3000余)."""
    if ko.is_date and zh.is_date:
        return date_verdict(ko, zh)
    tolerance = 1e-9 * max(abs(ko.value), abs(zh.value), 1.0)
    if abs(ko.value - zh.value) <= tolerance:
        # equal values with the same approximation say the same thing (2400余 = 2,400여: both "more
        # than 2,400"); an approximate value against an exact one is that value rounded
        kinds = {approximation(ko), approximation(zh)}
        if kinds == {Approximation.OVER, Approximation.UNDER}:
            return Verdict.DIFFERS
        return Verdict.SAME if len(kinds) == 1 else Verdict.ROUNDED
    ko_unit, zh_unit = precision(ko), precision(zh)
    coarse, fine = (ko, zh) if ko_unit >= zh_unit else (zh, ko)
    if _allows(coarse, fine.value, tolerance) or (ko_unit == zh_unit and _allows(fine, coarse.value, tolerance)):
        return Verdict.ROUNDED
    return Verdict.DIFFERS


def _allows(figure: Figure, value: float, tolerance: float) -> bool:
    """Whether `figure`'s wording allows `value` (`value_range`): from it up to, not including, the
    next unit for "more than" (2,900여: 2,900 to 2,999), down to, not including, the previous one for
    "nearly", within half a unit either way otherwise (2860만 allows 2860.5万 under either rounding
    rule)."""
    low, high = value_range(figure)
    kind = approximation(figure)
    if kind is Approximation.OVER:
        return low - tolerance <= value < high - tolerance
    if kind is Approximation.UNDER:
        return low + tolerance < value <= high + tolerance
    return low - tolerance <= value <= high + tolerance


_NOT_DIGIT = re.compile(r"\D")


def specificity(figure: Figure) -> int:
    """How much a figure says, in parts: a date's stated parts (year, month, day, hour, minute), a
    number's significant digits (31,000 and 3.1万 two, 3명, 20% and 4만 one). What unrelated reports
    share by chance is one part: a day, a year, a small or round count."""
    if figure.is_date:
        return len(date_parts(figure.date or ""))
    if figure.value != figure.value:  # a case code: as specific as its digits
        return len(written_digits(figure))
    return len(f"{abs(figure.value):.15g}".replace(".", "").strip("0")) or 1



def written_digits(figure: Figure) -> str:
    """The digits a figure is written with, in order (`2,860만` -> 2860, `42萬噸` -> 42; none for
    Chinese numerals)."""
    return _NOT_DIGIT.sub("", figure.text)


def slipped_magnitude(ko: Figure, zh: Figure) -> bool:
    """Whether two figures write the same digits at magnitudes a power of ten apart: a magnitude
    word or a decimal point dropped in translation (42톤 against 42萬噸, 2.5억 against 25亿), not
    two counts of different things (11,000 against 11万 writes other digits). At least two
    significant digits: 2명 against 2万名 is as likely a coincidence."""
    low, high = sorted((abs(ko.value), abs(zh.value)))
    if low != low or high != high or not low or high / low < 10 or ko.is_date or zh.is_date:
        return False
    exponent = math.log10(high / low)
    if abs(exponent - round(exponent)) > 1e-9:
        return False
    ko_digits, zh_digits = written_digits(ko).lstrip("0"), written_digits(zh).lstrip("0")
    return len(ko_digits.rstrip("0")) >= 2 and ko_digits == zh_digits


def value_range(figure: Figure) -> tuple[float, float]:
    """The values a figure's wording allows: its value give or take half its written precision
    (2,860만 -> 28,595,000 to 28,605,000); from it up to the next unit when it says "more than"
    (2,900여 -> 2,900 to 3,000; 1000余 -> 1,000 to 2,000), down to the previous one when it says
    "nearly" (近3000 -> 2,000 to 3,000). So 5 and 1000余, or 4 and 十余, never agree."""
    value, unit = figure.value, precision(figure)
    kind = approximation(figure)
    if kind is Approximation.OVER:
        return value, value + unit
    if kind is Approximation.UNDER:
        return value - unit, value
    return value - unit / 2, value + unit / 2


def date_verdict(ko: Figure, zh: Figure) -> Verdict:
    """Dates and times compare on the parts both state: `same` when they state the same parts
    alike (6일 = 6日, 15시 20분 = 15时20分), `rounded` when one states fewer of them or only
    approximately (6일 vs 2月6日, 20시 경 vs 晚8点), `differs` when a shared part differs."""
    ko_parts, zh_parts = _comparable_parts(ko), _comparable_parts(zh)
    differing = {name for name in ko_parts.keys() & zh_parts.keys() if ko_parts[name] != zh_parts[name]}
    if differing:
        close = differing <= {"hour", "minute"} and (_about_time_allows(ko, ko_parts, zh_parts) or _about_time_allows(zh, zh_parts, ko_parts))
        return Verdict.ROUNDED if close else Verdict.DIFFERS
    return Verdict.SAME if ko_parts == zh_parts and ko.approximate == zh.approximate else Verdict.ROUNDED


def _about_time_allows(about: Figure, parts: dict[str, int], other: dict[str, int]) -> bool:
    """Whether an approximate clock time (`about`, its `parts`: 11시 50분경, 11时47分左右, 12시쯤) allows
    the other's time of day, rounded to the approximate one's written precision: an hour alone to the
    hour, minutes ending in 0 to ten minutes, in 5 to five, others to the minute (11시 50분경 allows
    11时47分, 11시 45분께 allows 11时47分左右: one moment, told roughly twice; 11시 50분 against 11时47分,
    neither approximate, differ)."""
    if not about.approximate or "hour" not in parts or "hour" not in other:
        return False
    minute = parts.get("minute")
    step = 60 if minute is None else 10 if minute % 10 == 0 else 5 if minute % 5 == 0 else 1
    gap = ((other["hour"] * 60 + other.get("minute", 0)) - (parts["hour"] * 60 + (minute or 0)) + _DAY_MINUTES // 2) % _DAY_MINUTES - _DAY_MINUTES // 2
    return -step / 2 <= gap < step / 2  # rounded half up (11시 50분께 allows 11:45 to 11:54), across midnight too (밤 12시쯤 and 23时50分)


_DAY_MINUTES = 24 * 60


def _comparable_parts(figure: Figure) -> dict[str, int]:
    """A date's parts, with the half of the year its month lies in (5월 is in 上半年, 8月 is not)."""
    parts = date_parts(figure.date or "")
    return {**parts, "half": 1 if parts["month"] <= 6 else 2} if "month" in parts else parts


def compatible(ko: Figure, zh: Figure) -> bool:
    if ko.is_date or zh.is_date:  # dates compare with dates stating a part in common (a day, a year, an hour)
        return ko.is_date and zh.is_date and bool(_comparable_parts(ko).keys() & _comparable_parts(zh).keys())
    if ko.unit_class != zh.unit_class and "plain" not in (ko.unit_class, zh.unit_class):
        return False
    if ko.percent != zh.percent:
        return False
    if ko.unit_class == "count" and zh.unit_class == "count" and ko.measure and zh.measure:
        return (ko.measure in _PEOPLE) == (zh.measure in _PEOPLE)
    if ko.unit_class != "count" and ko.measure and zh.measure:
        return ko.measure == zh.measure or (ko.measure, zh.measure) in _SAME_MONEY
    return True


