"""Finding glossary terms in Korean and Chinese text, tolerant of particles, spelling and script.

One Aho–Corasick automaton per glossary and language runs over the matching key of the text
(Korean: spelling key without spaces, so 사회구역경찰 and 사회구역 경찰 both match; Chinese:
simplified key). Matches map back to exact original offsets. Overlaps resolve to the longest
term. A Korean match must start a word or a morpheme (민경 is not found inside 인민경찰).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import numpy as np

from .glossary import Glossary, Term
from .keys import KeyedText, chinese_key, chinese_korean_forms, is_hangul, keyed_chinese, keyed_korean, korean_key


@dataclass(frozen=True)
class TermMatch:
    """A glossary term found in text: `text[start:end] == surface`."""

    start: int
    end: int
    surface: str
    term: Term
    lang: str


def _korean_pattern_keys(form: str) -> set[str]:
    """Keys of a Korean form, plus its Chinese-Korean spelling for when it sits inside a compound (대중력량)."""
    key = korean_key(form).replace(" ", "")
    keys = {key}
    if key:
        keys.update(variant + key[1:] for variant in chinese_korean_forms(key[0]))
    return {k for k in keys if k}


class TermMatcher:
    """Built once per glossary and language; `find` is then linear in the text."""

    def __init__(self, glossary: Glossary, lang: str) -> None:
        if lang not in ("ko", "zh"):
            raise ValueError(f"unknown language {lang!r}: expected 'ko' or 'zh'")
        self.lang = lang
        self.glossary = glossary
        automaton = ahocorasick.Automaton()
        entries: dict[str, list[int]] = {}
        for index, term in enumerate(glossary.terms):
            if lang == "ko":
                keys = set().union(*(_korean_pattern_keys(f) for f in term.korean_forms))
            else:
                keys = {chinese_key(f) for f in term.chinese_forms}
            for key in keys:
                if len(key) >= (2 if lang == "ko" else 1):
                    entries.setdefault(key, []).append(index)
        for key, indices in entries.items():
            automaton.add_word(key, (len(key), tuple(indices)))
        self._empty = not entries
        if entries:
            automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str) -> list[TermMatch]:
        """All term occurrences in `text`, in order; where terms overlap, the leftmost longest wins."""
        if self._empty or not text:
            return []
        keyed, search, positions = self._key(text)
        matches = []
        for end, (length, indices) in self._automaton.iter_long(search):
            start = end - length + 1
            if positions is not None:
                start, end = positions[start], positions[end]
            original_start, original_end = keyed.source_span(start, end + 1)
            if self.lang == "ko" and not _starts_morpheme(text, original_start):
                continue
            term = self.glossary.terms[indices[0]]
            matches.append(TermMatch(original_start, original_end, text[original_start:original_end], term, self.lang))
        return matches

    def _key(self, text: str) -> tuple[KeyedText, str, list[int] | None]:
        # Korean spacing varies (사회구역경찰 / 사회구역 경찰), so Korean is searched without spaces.
        """The keyed text, the string to search, and (Korean) where each searched character sits in the key."""
        if self.lang == "zh":
            keyed = keyed_chinese(text)
            return keyed, keyed.key, None
        keyed = keyed_korean(text)
        codes = np.frombuffer(keyed.key.encode("utf-32-le"), dtype=np.uint32)
        kept = ~np.isin(codes, _SPACE_CODES)
        compact = codes[kept].tobytes().decode("utf-32-le")
        return keyed, compact, np.flatnonzero(kept).tolist()


_EOJEOL = re.compile(r"[\uac00-\ud7a3]+")
_SPACE_CODES = np.array([ord(ch) for ch in " \t\n\r\f\v\u3000\u00a0\u2009\u200b"], dtype=np.uint32)


def _starts_morpheme(text: str, start: int) -> bool:
    """True at a word start, or where Kiwi puts a morpheme boundary inside the word."""
    if start == 0 or not is_hangul(text[start - 1]):
        return True
    word_start = start
    while word_start > 0 and is_hangul(text[word_start - 1]):
        word_start -= 1
    match = _EOJEOL.match(text, word_start)
    word = match.group() if match else text[word_start:start + 1]
    return (start - word_start) in _morpheme_starts(word)


@lru_cache(maxsize=65536)
def _morpheme_starts(word: str) -> frozenset[int]:
    """Kiwi's morpheme starts; inside a compound noun Kiwi leaves whole (상주경무실, 대중력량), every
    second syllable, since Sino-Korean compounds are built of two-syllable words."""
    from .split import _kiwi

    starts = set()
    for token in _kiwi().tokenize(word):
        starts.add(token.start)
        if token.tag in ("NNG", "NNP") and token.len >= 4:
            starts.update(range(token.start, token.start + token.len, 2))
    return frozenset(starts)


@lru_cache(maxsize=8)
def _cached_matcher(glossary: Glossary, lang: str) -> TermMatcher:
    return TermMatcher(glossary, lang)


def find_terms(text: str, lang: str, glossary: Glossary) -> list[TermMatch]:
    """Glossary terms in `text` ('ko' or 'zh'); the matcher is built once per glossary and language."""
    return _cached_matcher(glossary, lang).find(text)
