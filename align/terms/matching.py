"""Finding glossary terms in Korean and Chinese text, tolerant of particles, spelling and script.

Script and spelling tolerance is built into the patterns, not applied to the text: each term is
entered in every spelling that shares its matching key (`korean_spellings`: 역량/력량, 규율/규률,
플랫폼/플래트홈; `chinese_spellings`: 警务室/警務室, full-width forms). One Aho–Corasick automaton
(leftmost-longest) then runs over the text as written — Korean with its spaces skipped, so
사회구역경찰 and 사회구역 경찰 both match — and offsets need no mapping. A Korean match must start
a word or a morpheme (민경 is not found inside 인민경찰); when the longest candidate fails that
test, shorter terms inside it are tried.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from functools import cached_property, lru_cache
from importlib import resources
from typing import NamedTuple

import ahocorasick_rs
import numpy as np

from align.cache import cache_file, fingerprint, read_cache, write_cache
from align.data import data_file
from align.errors import expect_glossary, expect_text
from align.script.chars import HANGUL_RUN, is_hangul, without_surrogates
from align.script.keys import chinese_spellings_of, korean_spellings
from align.terms.glossary import Glossary, Term
from align.text.kiwi import kiwi


class TermMatch(NamedTuple):
    """A glossary term found in text: `text[start:end] == surface` (a tuple: matches are many)."""

    start: int
    end: int
    surface: str
    term: Term
    lang: str


_EOJEOL = HANGUL_RUN
_SPACE_CODES = np.array([ord(ch) for ch in " \t\n\r\f\v\u3000\u00a0\u2009\u200b"], dtype=np.uint32)


def _patterns(term: Term, lang: str, chinese: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """All search patterns of a term, and those that spell its own `ko` / `zh_hans` (preferred on ties)."""
    if lang == "ko":
        compact = lambda forms: {s.replace(" ", "") for f in forms for s in korean_spellings(f)}
        return compact(term.korean_forms), compact((term.ko,))
    return set().union(*(chinese[f] for f in term.chinese_forms)), chinese[term.zh_hans]


_PATTERN_FORMAT = 1  # raise when what `_search_patterns` keeps changes
# the code and data the patterns are derived from, fingerprinted with the glossary's rows
_PATTERN_CODE = (("align.script", "chars.py"), ("align.script", "keys.py"), ("align.terms", "glossary.py"), ("align.terms", "matching.py"), ("align.data", "__init__.py"))
_PATTERN_DATA = ("ko_spelling_variants.tsv", "ko_initial_sound_exceptions.txt")


def _search_patterns(glossary: Glossary, lang: str) -> tuple[list[str], list[int]]:
    """Every search pattern of the glossary's terms in `lang`, each with the index of the term it
    finds (a pattern shared by several rows resolves to the row whose own form it is). Building
    them converts every form between scripts and spellings, which costs more than reading them,
    so they are kept in the user's cache (`align.cache`), fingerprinted by the glossary's rows,
    the code and data that spell them, the Unicode version and the OpenCC version. Where that
    code cannot be read (a zip import), nothing is cached."""
    try:
        source = fingerprint(_pattern_sources(glossary, lang))
    except OSError:
        return _built_patterns(glossary, lang)
    cache = cache_file(f"patterns-{lang}-{_PATTERN_FORMAT}-{source[:16]}.json")
    content = read_cache(cache, _PATTERN_FORMAT, source)
    if content is not None:
        patterns, indices = content.get("patterns"), content.get("terms")
        if (
            isinstance(patterns, list) and isinstance(indices, list) and len(patterns) == len(indices)
            and all(isinstance(p, str) and p for p in patterns)
            and all(type(i) is int and 0 <= i < len(glossary.terms) for i in indices)
        ):
            return patterns, indices
    found, chosen = _built_patterns(glossary, lang)
    write_cache(cache, _PATTERN_FORMAT, source, {"patterns": found, "terms": chosen}, family=f"patterns-{lang}-")
    return found, chosen


def _built_patterns(glossary: Glossary, lang: str) -> tuple[list[str], list[int]]:
    """`_search_patterns`, built."""
    ranked: dict[str, list[tuple[bool, int]]] = {}
    shortest = 2 if lang == "ko" else 1
    chinese = chinese_spellings_of([f for t in glossary.terms for f in t.chinese_forms]) if lang == "zh" else {}
    for index, term in enumerate(glossary.terms):
        patterns_of, own = _patterns(term, lang, chinese)
        for pattern in patterns_of:
            if len(pattern) >= shortest:
                ranked.setdefault(pattern, []).append((pattern not in own, index))
    found = list(ranked)
    return found, [min(ranked[p])[1] for p in found]


def _pattern_sources(glossary: Glossary, lang: str) -> Iterator[str | bytes]:
    """What a glossary's search patterns are derived from: its rows' forms, in order, each field a
    part of its own; the modules and data files that spell them; the Unicode database (case
    mappings); for Chinese the OpenCC version."""
    yield lang
    for term in glossary.terms:
        yield from (term.ko, term.zh_hans, term.zh_hant, str(len(term.ko_variants)), *term.ko_variants)
    yield from _pattern_code()
    yield unicodedata.unidata_version
    if lang == "zh":
        import opencc

        yield str(getattr(opencc, "__version__", ""))


@lru_cache(maxsize=1)
def _pattern_code() -> tuple[bytes, ...]:
    """The bytes of `_PATTERN_CODE` and `_PATTERN_DATA`, read once per process (both languages'
    fingerprints use them)."""
    return tuple(resources.files(package).joinpath(name).read_bytes() for package, name in _PATTERN_CODE) + tuple(data_file(name).read_bytes() for name in _PATTERN_DATA)


class TermMatcher:
    """Built once per glossary and language; `find` is then linear in the text."""

    def __init__(self, glossary: Glossary, lang: str, check_morphemes: bool = True) -> None:
        """`check_morphemes=False` accepts Korean matches inside words without asking Kiwi: for
        callers that only need a signal (alignment) and not Kiwi's start-up time."""
        if lang not in ("ko", "zh"):
            raise ValueError(f"unknown language {lang!r}: expected 'ko' or 'zh'")
        self.lang = lang
        self.check_morphemes = check_morphemes
        self.glossary = glossary
        self._patterns, indices = _search_patterns(glossary, lang)
        self._terms = [glossary.terms[index] for index in indices]
        self._longest = ahocorasick_rs.AhoCorasick(self._patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if self._patterns else None

    @cached_property
    def _all(self) -> ahocorasick_rs.AhoCorasick | None:
        """Every pattern, overlapping matches allowed: built on first use, when a Korean match is not
        a word match and the shorter terms inside it are tried (most documents never need it)."""
        return ahocorasick_rs.AhoCorasick(self._patterns) if self._patterns else None

    def find(self, text: str) -> list[TermMatch]:
        """All term occurrences in `text`, in order; where terms overlap, the leftmost longest wins."""
        if self._longest is None or not text:
            return []
        text = without_surrogates(text)  # the automaton reads UTF-8; offsets stay the same
        if self.lang == "zh":
            terms, lang = self._terms, self.lang
            return [TermMatch(s, e, text[s:e], terms[i], lang) for i, s, e in self._longest.find_matches_as_indexes(text)]
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        kept = ~np.isin(codes, _SPACE_CODES)
        compact = codes[kept].tobytes().decode("utf-32-le")
        positions = array("q", np.flatnonzero(kept).astype(np.int64).tobytes())  # 8 bytes a character, not an int object
        matches: list[TermMatch] = []
        for index, start, end in self._longest.find_matches_as_indexes(compact):
            match = self._korean_match(text, positions, index, start, end)
            if match is None:  # not a word match: try the shorter terms inside it
                inner = self._all.find_matches_as_indexes(compact[start:end], overlapping=True) if self._all is not None else []
                for inner_index, inner_start, inner_end in sorted(inner, key=lambda m: (m[1], m[1] - m[2])):
                    if inner_end - inner_start < end - start:
                        match = self._korean_match(text, positions, inner_index, start + inner_start, start + inner_end)
                        if match is not None:
                            break
            if match is not None and (not matches or match.start >= matches[-1].end):
                matches.append(match)
        return matches

    def _korean_match(self, text: str, positions: Sequence[int], index: int, start: int, end: int) -> TermMatch | None:
        spaced = positions[end - 1] - positions[start] != end - 1 - start
        start, end = positions[start], positions[end - 1] + 1
        needs_check = self.check_morphemes and (spaced or (start > 0 and is_hangul(text[start - 1])) or text[end : end + 1] == "적")
        if needs_check and not _is_korean_word_match(text, start, end, spaced):
            return None
        return TermMatch(start, end, text[start:end], self._terms[index], "ko")


def _word_at(text: str, index: int) -> tuple[int, str]:
    start = index
    while start > 0 and is_hangul(text[start - 1]):
        start -= 1
    match = _EOJEOL.match(text, start)
    return start, match.group() if match else text[start : index + 1]


def _is_korean_word_match(text: str, start: int, end: int, spaced: bool) -> bool:
    """A Korean match starts a word or a morpheme that is no particle or ending (민경 is not in
    인민경찰; 가두 is not in 아이가 두 명, whose 가 is a particle); one that runs across a space must
    also end a morpheme (경찰복 is not in 경찰 복무); and a noun made an adjective or adverb by the
    suffix 적 is another word (대대적인 is "large-scale", no 대대; 사기적 "fraudulent")."""
    if start > 0 and is_hangul(text[start - 1]):
        word_start, word = _word_at(text, start)
        if start - word_start not in morpheme_starts(word) or start - word_start in _grammatical_starts(word):
            return False
    if spaced and end < len(text) and is_hangul(text[end]):
        word_start, word = _word_at(text, end - 1)
        if end - word_start not in morpheme_starts(word) and end - word_start != len(word):
            return False
    if text[end : end + 1] == "적":
        word_start, word = _word_at(text, end)
        at = end - word_start  # the 적 as its own suffix (사기 + 적), or the end of one noun Kiwi keeps whole (대대적)
        if any((start == at and form == "적" and tag == "XSN") or (start < at and start + len(form) == at + 1 and form.endswith("적")) for start, form, tag in _morphemes(word)):
            return False
    return True


@lru_cache(maxsize=65536)
def _morphemes(word: str) -> tuple[tuple[int, str, str], ...]:
    """Kiwi's morphemes of a word: (start, form, tag)."""
    return tuple((token.start, token.form, token.tag) for token in kiwi().tokenize(word))


def _grammatical_starts(word: str) -> frozenset[int]:
    """Where a particle begins in a word (가 of 아이가), or an ending or the copula with nothing else
    beginning there (어 of 위해; not 협력치안, which Kiwi reads 협력 + 하 + 지 + 안, a stem at 치)."""
    morphemes = _morphemes(word)
    lexical = {start for start, _, tag in morphemes if not (tag.startswith(("J", "E")) or tag == "VCP")}
    return frozenset(start for start, _, tag in morphemes if tag.startswith("J") or ((tag.startswith("E") or tag == "VCP") and start not in lexical))


@lru_cache(maxsize=65536)
def morpheme_starts(word: str) -> frozenset[int]:
    """Kiwi's morpheme starts; inside a compound noun Kiwi leaves whole (상주경무실, 대중력량), every
    second syllable, since Sino-Korean compounds are built of two-syllable words."""
    starts = set()
    for token in kiwi().tokenize(word):
        starts.add(token.start)
        if token.tag in ("NNG", "NNP") and token.len >= 4:
            starts.update(range(token.start, token.start + token.len, 2))
    return frozenset(starts)


@lru_cache(maxsize=8)
def term_matcher(glossary: Glossary, lang: str, check_morphemes: bool = True) -> TermMatcher:
    """The matcher of a glossary for a language, built once per process and reused."""
    return TermMatcher(glossary, lang, check_morphemes)


def find_terms(text: str, lang: str, glossary: Glossary) -> list[TermMatch]:
    """Glossary terms in `text` ('ko' or 'zh') as a reader sees it (경무&shy;실, 파출 + a zero-width space
    + 소 are 경무실, 파출소; 派(pài)出所 is 派出所), with offsets and surfaces in `text`; the matcher is built once per
    glossary and language."""
    from align.text.entities import shown_text

    expect_text(text)
    expect_glossary(glossary, required=True)
    shown = shown_text(text, ruby=lang == "zh")
    if shown.starts is None:
        return term_matcher(glossary, lang).find(text)
    spans = [(match, shown.span(match.start, match.end)) for match in term_matcher(glossary, lang).find(shown.text)]
    return [match._replace(start=start, end=end, surface=text[start:end]) for match, (start, end) in spans]
