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
            primary = _korean_pattern_keys(term.ko) if lang == "ko" else {chinese_key(term.zh_hans)}
            for key in keys:
                if len(key) >= (2 if lang == "ko" else 1):
                    entries.setdefault(key, []).append((key not in primary, index))
        for key, ranked in entries.items():
            # a form that is some row's own `ko` (or zh_hans) resolves to that row, not to a variant's
            automaton.add_word(key, (len(key), tuple(index for _, index in sorted(ranked))))
        self._empty = not entries
        if entries:
            automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str) -> list[TermMatch]:
        """All term occurrences in `text`, in order; where terms overlap, the leftmost longest wins."""
        if self._empty or not text:
            return []
        keyed, search, positions = self._key(text)
        matches: list[TermMatch] = []
        for end, (length, indices) in self._automaton.iter_long(search):
            match = self._accept(text, keyed, positions, end - length + 1, end, indices)
            if match is None:  # the longest candidate is not a word match: try shorter ones inside it
                for inner_end, (inner_length, inner_indices) in self._automaton.iter(search, end - length + 1, end + 1):
                    if inner_length == length:
                        continue
                    match = self._accept(text, keyed, positions, inner_end - inner_length + 1, inner_end, inner_indices)
                    if match is not None:
                        break
            if match is not None and (not matches or match.start >= matches[-1].end):
                matches.append(match)
        return matches

    def _accept(
        self, text: str, keyed: KeyedText, positions: list[int] | None, start: int, end: int, indices: tuple[int, ...]
    ) -> TermMatch | None:
        if positions is not None:
            start, end = positions[start], positions[end]
        original_start, original_end = keyed.source_span(start, end + 1)
        if self.lang == "ko" and not _is_korean_word_match(text, original_start, original_end):
            return None
        term = self.glossary.terms[indices[0]]
        return TermMatch(original_start, original_end, text[original_start:original_end], term, self.lang)

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


def _word_at(text: str, index: int) -> tuple[int, str]:
    start = index
    while start > 0 and is_hangul(text[start - 1]):
        start -= 1
    match = _EOJEOL.match(text, start)
    return start, match.group() if match else text[start : index + 1]


def _is_korean_word_match(text: str, start: int, end: int) -> bool:
    """A Korean match starts a word or a morpheme (민경 is not in 인민경찰); one that runs across a
    space must also end a morpheme (경찰복 is not in 경찰 복무)."""
    if start > 0 and is_hangul(text[start - 1]):
        word_start, word = _word_at(text, start)
        if start - word_start not in _morpheme_starts(word):
            return False
    if any(ch.isspace() for ch in text[start:end]) and end < len(text) and is_hangul(text[end]):
        word_start, word = _word_at(text, end - 1)
        if end - word_start not in _morpheme_starts(word) and end - word_start != len(word):
            return False
    return True


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
