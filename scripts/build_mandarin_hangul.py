"""Write `align/data/mandarin_hangul.tsv`: every Mandarin syllable (toneless pinyin, `v` for ü, as
pypinyin writes it) and its Hangul spelling under the Korean orthography of foreign words for Chinese
(외래어 표기법, 중국어의 표기: the table of Chinese initials and finals against Hangul, and its detailed
rules), the way South Korean media write Chinese names (周克华 저우커화, 厦门 샤먼, 重庆 충칭).

The rules, as the standard states them:
  * initials: b ㅂ, p ㅍ, m ㅁ, f ㅍ, d ㄷ, t ㅌ, n ㄴ, l ㄹ, g ㄱ, k ㅋ, h ㅎ, j ㅈ, q ㅊ, x ㅅ,
    zh ㅈ, ch ㅊ, sh ㅅ, r ㄹ, z ㅉ, c ㅊ, s ㅆ;
  * finals, standing alone / after an initial: a 아, o 오, e 어, ai 아이, ei 에이, ao 아오, ou 어우,
    an 안, en 언, ang 앙, eng 엉, er 얼, ong 웅, i 이, ia 야, ie 예, iao 야오, iu 유, ian 옌, in 인,
    iang 양, ing 잉, iong 융, u 우, ua 와, uo 워, uai 와이, ui 웨이 alone (wei) and 우이 after an
    initial (gui 구이), uan 완, un 원 alone (wen) and 운 after an initial (chun 춘), uang 왕, ueng 웡,
    ü 위, üe 웨, üan 위안, ün 윈 (u after j, q, x and y is ü);
  * the -i of zhi, chi, shi, ri, zi, ci, si is 으 (즈, 츠, 스, 르, 쯔, 츠, 쓰);
  * after the initials written ㅈ, ㅉ, ㅊ (j, q, zh, ch, z, c) the vowels ㅑ ㅖ ㅛ ㅠ are written ㅏ ㅔ ㅗ ㅜ
    (jia 자, jie 제, jiao 자오, jiu 주, jian 젠, qiong 충; xia stays 샤).
The syllables are those pypinyin knows (its single-character dictionary, tones taken off).

    python scripts/build_mandarin_hangul.py     # needs pypinyin (a dependency of the toolkit)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.io import atomic_writer  # noqa: E402

OUTPUT = ROOT / "align" / "data" / "mandarin_hangul.tsv"
INITIALS = {
    "zh": "ㅈ", "ch": "ㅊ", "sh": "ㅅ", "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ", "t": "ㅌ", "n": "ㄴ", "l": "ㄹ",
    "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ", "x": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ",
}  # fmt: skip
FINALS = {  # after an initial; the syllable's first consonant is ㅇ, replaced by the initial's
    "a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우", "an": "안", "en": "언", "ang": "앙",
    "eng": "엉", "er": "얼", "ong": "웅", "i": "이", "ia": "야", "ie": "예", "iao": "야오", "iu": "유", "ian": "옌", "in": "인",
    "iang": "양", "ing": "잉", "iong": "융", "u": "우", "ua": "와", "uo": "워", "uai": "와이", "ui": "우이", "uan": "완", "un": "운",
    "uang": "왕", "ueng": "웡", "v": "위", "ve": "웨", "van": "위안", "vn": "윈",
}  # fmt: skip
ALONE = {  # syllables with no initial, as pinyin spells them
    "a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우", "an": "안", "en": "언", "ang": "앙",
    "eng": "엉", "er": "얼", "yi": "이", "ya": "야", "ye": "예", "yo": "요", "yao": "야오", "you": "유", "yan": "옌", "yin": "인",
    "yang": "양", "ying": "잉", "yong": "융", "wu": "우", "wa": "와", "wo": "워", "wai": "와이", "wei": "웨이", "wan": "완",
    "wen": "원", "wang": "왕", "weng": "웡", "wong": "웡", "yu": "위", "yue": "웨", "yuan": "위안", "yun": "윈",
}  # fmt: skip
_HANGUL_FIRST, _VOWELS, _FINALS = 0xAC00, 21, 28
_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_GLIDES = {"ㅑ": "ㅏ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}  # after ㅈ ㅉ ㅊ
_VOWEL_LETTERS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"


def spelled(syllable: str) -> str | None:
    """The Hangul of one toneless pinyin syllable, None for one the standard does not spell (m, ng, hm)."""
    if syllable in ALONE:
        return ALONE[syllable]
    initial = next((i for i in sorted(INITIALS, key=len, reverse=True) if syllable.startswith(i)), None)
    if initial is None:
        return None
    final = syllable[len(initial) :]
    if initial in ("j", "q", "x") and final.startswith("u") or initial in ("n", "l") and final == "ue":
        final = "v" + final[1:]  # ju = jü, lue = lüe
    if final == "i" and initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
        hangul = "으"
    elif final in FINALS:
        hangul = FINALS[final]
    else:
        return None
    first = ord(hangul[0]) - _HANGUL_FIRST
    vowel, tail = _VOWEL_LETTERS[first // _FINALS % _VOWELS], first % _FINALS
    if initial in ("j", "q", "zh", "ch", "z", "c"):
        vowel = _GLIDES.get(vowel, vowel)
    lead = _LEADS.index(INITIALS[initial])
    return chr(_HANGUL_FIRST + (lead * _VOWELS + _VOWEL_LETTERS.index(vowel)) * _FINALS + tail) + hangul[1:]


def syllables() -> list[str]:
    """Every toneless syllable of pypinyin's single-character dictionary, `v` for ü."""
    from pypinyin.pinyin_dict import pinyin_dict

    found = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")  # ü (ǚ is u, a diaeresis and a caron)
            plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
            if re.fullmatch(r"[a-z]+", plain):
                found.add(plain)
    return sorted(found)


def main() -> None:
    rows = [(syllable, spelled(syllable)) for syllable in syllables()]
    unspelled = [syllable for syllable, hangul in rows if hangul is None]  # interjections: m, n, ng, hm, hng
    with atomic_writer(OUTPUT) as out:
        out.write("# Mandarin syllables (toneless pinyin, v for ü) in Hangul under the Korean orthography of foreign words for Chinese\n")
        out.write("# (외래어 표기법 중국어의 표기); written by scripts/build_mandarin_hangul.py\n")
        out.write("pinyin\thangul\n")
        out.writelines(f"{syllable}\t{hangul}\n" for syllable, hangul in rows if hangul is not None)
    print(f"wrote {OUTPUT}: {len(rows) - len(unspelled)} syllables; not spelled: {', '.join(unspelled)}")


if __name__ == "__main__":
    main()
