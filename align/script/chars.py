"""Character classes, defined once: Hangul syllables, Han characters, and the jamo arithmetic of a
syllable. Every stage that asks "is this Korean or Chinese?" asks here, so an Extension A character
is Han to the reader, the aligner and the term inducer alike."""

from __future__ import annotations

import re

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
#: Regular-expression class bodies (use inside `[...]`).
HANGUL = "\uac00-\ud7a3"
#: CJK Unified Ideographs with Extension A, the compatibility ideographs, and the supplementary
#: planes (Extensions B and later, compatibility supplement).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
#: Basic Latin letters (an English caption, a product name).
LATIN = "A-Za-z"
# the vertical bars a page sets between a title's parts or before a site's name: ASCII, full-width, the CJK
# stroke 丨 and the box-drawing │ (`…凶手竟是「這款鞋」│TVBS新聞網`), for a character class
BARS = "|｜丨│"

HANGUL_RUN = re.compile(f"[{HANGUL}]+")
HAN_RUN = re.compile(f"[{HAN}]+")
KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")  # Japanese kana (not the middle dot ・ nor the long-vowel mark ー, which Chinese and Korean text use too)
HAN_CHAR = re.compile(f"[{HAN}]")  # one Han character
BAR = re.compile(f"[{BARS}]")  # one of the bars a page sets between a title's parts
LATIN_LETTER = re.compile(f"[{LATIN}]")

# Jamo indices inside a precomposed syllable: 0xAC00 + (initial * 21 + vowel) * 28 + final.
NO_FINAL, NIEUN_FINAL = 0, 4
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def is_hangul(ch: str) -> bool:
    """A precomposed Hangul syllable (가–힣)."""
    return HANGUL_FIRST <= ord(ch) <= HANGUL_LAST


def is_han(ch: str) -> bool:
    """A Han character of any of the ranges in `HAN`."""
    return HAN_CHAR.match(ch) is not None


def syllable_parts(syllable: str) -> tuple[int, int, int]:
    """(initial, vowel, final) jamo indices of a Hangul syllable."""
    code = ord(syllable) - HANGUL_FIRST
    return code // 588, (code % 588) // 28, code % 28


def compose(initial: int, vowel: int, final: int) -> str:
    return chr(HANGUL_FIRST + (initial * 21 + vowel) * 28 + final)


def final_consonant(syllable: str) -> int:
    return (ord(syllable) - HANGUL_FIRST) % 28


def initial_consonant(syllable: str) -> str:
    """The initial consonant of a syllable as a compatibility jamo (부 -> ㅂ)."""
    return INITIALS[(ord(syllable) - HANGUL_FIRST) // 588]


def opens_ryeol_rule(previous: str | None) -> bool:
    """렬/률 are read 열/율 after a syllable with no final or with ㄴ (규율, 계열; but 법률, 능률)."""
    return previous is not None and is_hangul(previous) and final_consonant(previous) in (NO_FINAL, NIEUN_FINAL)


RYEOL_FORMS = {"렬": "열", "률": "율"}


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` with each lone surrogate (a Python string may hold one; UTF-8 cannot) as U+FFFD, one
    character for one, so that native libraries can take it and offsets stay the same."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def count_scripts(text: str) -> tuple[int, int]:
    """How many Hangul syllables and Han characters `text` has."""
    return sum(map(len, HANGUL_RUN.findall(text))), sum(map(len, HAN_RUN.findall(text)))


def script_language(hangul: int, han: int) -> str:
    """The language of a text with these counts of Hangul syllables and Han characters: 'ko' when
    Hangul makes up a real share (a Korean text may quote Hanja), else 'zh'."""
    return "ko" if hangul >= 0.2 * han else "zh"


FULL_WIDTH_DIGITS = frozenset("０１２３４５６７８９")  # between two of them the full stop 。 is a decimal point typed so (１。３８個月)
