"""Chinese in Hangul as Mandarin sounds: how South Korean media write Chinese names.

The Chinese-Korean press reads a Chinese name in Sino-Korean (周克华 주극화, 厦门 하문: `readings`);
South Korean media, following the Korean orthography of foreign words for Chinese (외래어 표기법,
중국어의 표기), write post-1911 names as they sound in Mandarin: 周克华 저우커화, 厦门 샤먼, 重庆 충칭,
习近平 시진핑. This module gives each character of Chinese text its Mandarin syllable in that
spelling: pypinyin reads the text (with its phrase dictionary, so 重庆 is chóng, 厦门 xià) and
`data/mandarin_hangul.tsv` (written by `scripts/build_mandarin_hangul.py` from the standard's table
and rules) spells each syllable.
"""

from __future__ import annotations

from functools import lru_cache

from align.data import data_rows
from align.script.keys import to_simplified


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Toneless pinyin syllable (`v` for ü) -> its Hangul (`data/mandarin_hangul.tsv`)."""
    return {pinyin: hangul for pinyin, hangul in data_rows("mandarin_hangul.tsv")}


def mandarin_hangul(run: str) -> tuple[str, ...]:
    """Each character of `run` (Chinese characters, simplified or traditional) as its Mandarin
    syllable in Hangul (周克华 -> 저우, 커, 화), "" for a character pypinyin cannot read or that is
    no Chinese character."""
    from pypinyin import Style, lazy_pinyin

    simplified = to_simplified(run)
    if len(simplified) != len(run):  # (a conversion that changed the length: read each character alone)
        simplified = run
    syllables = lazy_pinyin(simplified, style=Style.NORMAL, errors="ignore")
    if len(syllables) != len(run):  # a character pypinyin cannot read, left out: each character alone
        syllables = [(lazy_pinyin(ch, style=Style.NORMAL, errors="ignore") or [""])[0] for ch in simplified]
    spellings = _spellings()
    return tuple(spellings.get(syllable, "") for syllable in syllables)
