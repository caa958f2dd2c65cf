"""A translation lexicon learned from aligned Korean↔Chinese text, for renderings that are not readings.

국경/边境 or 체포/抓获 are not Hanja readings of each other, and a pair of reports may use one of them
once: no signal inside the pair can tell it from the other words of its sentences. Evidence beyond
the pair comes from a lexicon learned once, by IBM Model 1 in both directions (Brown et al., 1993),
over aligned sentences the project ships: NTREX-128 (general news), the gold beads of the
developed real police-news pairs, and the confident beads of translated police-news pairs
(`data/policenews/beads.tsv`, aligned with the lexicon off). `scripts/train_lexicon.py` writes
`data/lexicon.tsv`; FLORES-200 is left out, so that the benchmarks keep a general-news pair the
lexicon never saw. Term induction
proposes its pairs (`induce`), and sentence alignment counts them as shared features
(`alignment.features`). Model 1 lets the words of a sentence compete to explain each word of its
translation, so that a word seen beside a frequent one is not credited with it; a pair is kept when
each side is the other's likely translation (both conditional probabilities at least
`LexiconSettings.minimum_probability`).

Korean words are the stems term induction uses (`korean_units`); Chinese words are jieba's segments
of the simplified text, as Chinese n-grams of two characters or more are matched by induction.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs

from align.data import data_rows
from align.script.chars import HAN
from align.script.keys import to_simplified
from align.script.readings import jieba_tokenizer
from align.terms.words import korean_units, reading_key, term_key

__all__ = ["LexiconEntry", "LexiconSettings", "LexiconMatcher", "bead_lexicon_pairs", "chinese_words", "korean_words", "learn_lexicon", "lexicon", "lexicon_matcher", "model_one", "strong_pairs"]

_HAN_WORD = re.compile(f"[{HAN}]{{2,}}")


@dataclass(frozen=True)
class LexiconEntry:
    """A Korean word and a Chinese word, with how likely each is the other's translation."""

    ko: str
    zh: str  # simplified
    zh_given_ko: float
    ko_given_zh: float
    together: int  # aligned sentence pairs holding both
    documents: int  # documents holding such a sentence pair

    @property
    def strength(self) -> float:
        """The geometric mean of the two directions' probabilities."""
        return math.sqrt(self.zh_given_ko * self.ko_given_zh)


@dataclass(frozen=True)
class LexiconSettings:
    """Model 1 training and the entries kept."""

    iterations: int = 6
    minimum_probability: float = 0.05  # each direction's translation probability at least this…
    minimum_strength: float = 0.2  # …and their geometric mean at least this…
    minimum_documents: int = 2  # …seen together in this many documents (one pair of reports teaches its own accidents: 호북 ~ 马来西亚)


def korean_words(sentence: str) -> list[str]:
    """The single-word stems of a Korean sentence as term induction sees them (no word pairs)."""
    return [unit for unit in korean_units(sentence) if " " not in unit]


def chinese_words(sentence: str) -> list[str]:
    """jieba's words of a Chinese sentence (simplified first), Han characters only, two or more."""
    return [word for word in jieba_tokenizer().lcut(to_simplified(sentence)) if _HAN_WORD.fullmatch(word)]


def model_one(pairs: Sequence[tuple[Sequence[str], Sequence[str]]], iterations: int = 6) -> dict[str, dict[str | None, float]]:
    """IBM Model 1: for each target word, its translation probability from each source word it was
    seen with (None: the empty word), by expectation maximisation from uniform start values. A
    source word repeated in a sentence is one candidate there (a word type's share is not doubled
    by a repetition, which in news is mostly a name said twice)."""
    if iterations < 1:
        raise ValueError("model_one needs at least one iteration: the start values are not probabilities")
    table: dict[str, dict[str | None, float]] = defaultdict(dict)
    for source, target in pairs:
        sources = [*dict.fromkeys(source), None]
        for word in set(target):
            row = table[word]
            for other in sources:
                row[other] = 1.0
    for _ in range(iterations):
        counts: dict[tuple[str, str | None], float] = defaultdict(float)
        totals: dict[str | None, float] = defaultdict(float)
        for source, target in pairs:
            sources = [*dict.fromkeys(source), None]
            for word in target:
                row = table[word]
                norm = sum(row[other] for other in sources)
                for other in sources:
                    share = row[other] / norm
                    counts[(word, other)] += share
                    totals[other] += share
        for (word, other), count in counts.items():
            table[word][other] = count / totals[other]
    return table


def learn_lexicon(documents: Iterable[Sequence[tuple[str, str]]], settings: LexiconSettings = LexiconSettings()) -> list[LexiconEntry]:
    """The lexicon of documents of aligned (Korean, Chinese) sentence pairs: Model 1 both ways over
    their words, the pairs each side of which is likely the other's translation and whose Korean is
    not the Chinese read aloud, strongest first."""
    tokenised: list[tuple[list[str], list[str]]] = []
    together: Counter[tuple[str, str]] = Counter()
    spread: Counter[tuple[str, str]] = Counter()
    for document in documents:
        seen: set[tuple[str, str]] = set()
        for ko_sentence, zh_sentence in document:
            ko, zh = korean_words(ko_sentence), chinese_words(zh_sentence)
            if ko and zh:
                tokenised.append((ko, zh))
                both = {(k, z) for k in set(ko) for z in set(zh)}
                together.update(both)
                seen |= both
        spread.update(seen)
    zh_given_ko = model_one(tokenised, settings.iterations)
    ko_given_zh = model_one([(zh, ko) for ko, zh in tokenised], settings.iterations)
    entries = []
    for (ko_word, zh_word), count in together.items():
        if spread[(ko_word, zh_word)] < settings.minimum_documents:
            continue
        if reading_key(zh_word) == term_key(ko_word):
            continue  # 경찰 ~ 警察: the Sino-Korean readings bridge it already
        forward, backward = round(zh_given_ko[zh_word].get(ko_word, 0.0), 4), round(ko_given_zh[ko_word].get(zh_word, 0.0), 4)
        entry = LexiconEntry(ko_word, zh_word, forward, backward, count, spread[(ko_word, zh_word)])
        if min(forward, backward) >= settings.minimum_probability and entry.strength >= settings.minimum_strength:
            entries.append(entry)
    return sorted(entries, key=lambda e: (-e.strength, e.ko, e.zh))


@lru_cache(maxsize=1)
def lexicon() -> Mapping[str, Mapping[str, float]]:
    """The bundled lexicon (`data/lexicon.tsv`): Korean word -> simplified Chinese word -> strength."""
    by_korean: dict[str, dict[str, float]] = defaultdict(dict)
    for ko, zh, zh_given_ko, ko_given_zh, *_ in data_rows("lexicon.tsv"):
        by_korean[ko][zh] = math.sqrt(float(zh_given_ko) * float(ko_given_zh))
    return dict(by_korean)


@lru_cache(maxsize=4)
def strong_pairs(minimum: float) -> Mapping[str, Mapping[str, float]]:
    """The bundled lexicon's pairs of at least `minimum` strength, by Korean word (words left
    without any are left out)."""
    rows = {ko: {zh: strength for zh, strength in row.items() if strength >= minimum} for ko, row in lexicon().items()}
    return {ko: row for ko, row in rows.items() if row}


def bead_lexicon_pairs(
    units: Iterable[str], grams: Mapping[str, Sequence[str]], table: Mapping[str, Mapping[str, float]], compound_share: float
) -> Iterator[tuple[str, str, float]]:
    """The (Korean word, Chinese n-gram, strength) pairs of a bead that the lexicon `table` pairs,
    each once at its strongest: its Korean word a unit of the bead, or at an end of a compound unit
    (`_lexicon_words`; such a find keeps `compound_share` of the pair's strength), its Chinese among
    the bead's `grams` (as `chinese_grams` gives them: simplified n-grams)."""
    present = {gram for variants in grams.values() for gram in variants}
    found: dict[tuple[str, str], float] = {}  # each pair once a bead, at its strongest
    for unit in dict.fromkeys(units):
        for word, whole in _lexicon_words(unit, table):
            share = 1.0 if whole else compound_share
            for chinese, strength in table[word].items():
                if chinese in present:
                    found[(word, chinese)] = max(found.get((word, chinese), 0.0), strength * share)
    for (word, chinese), strength in found.items():
        yield word, chinese, strength


def _lexicon_words(unit: str, table: Mapping[str, Mapping[str, float]]) -> Iterator[tuple[str, bool]]:
    """The lexicon's Korean words a unit is (True), or opens or closes as a compound written solid
    (False: 전화금융사기 ends in 사기, 사기범 opens with it; the rest of the compound may be what the
    Chinese word renders). A word at an end has two syllables or more; a unit of two words is no
    compound."""
    if unit in table:
        yield unit, True
    if " " in unit:
        return
    for cut in range(1, len(unit)):
        for word in (unit[:cut], unit[cut:]):
            if len(word) >= 2 and word in table:
                yield word, False


class LexiconMatcher:
    """The pairs of a lexicon table (`strong_pairs`), found in sentences: a Korean sentence's
    stems as term induction reads them (`korean_words`, the words the lexicon was learned from); in a
    Chinese sentence, the lexicon's Chinese words as strings of its simplified text, one automaton
    pass, leftmost longest (cheaper than jieba, which learned them; a string may sit inside a longer
    word, 现在 in 出现在, and a longer lexicon word hides the shorter one inside it). Both sides name a
    pair by its Chinese word."""

    def __init__(self, table: Mapping[str, Mapping[str, float]]) -> None:
        self._partners = {ko: sorted(row) for ko, row in table.items() if row}
        self._chinese = sorted({zh for row in self._partners.values() for zh in row})
        self._automaton = ahocorasick_rs.AhoCorasick(self._chinese, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if self._chinese else None

    def korean(self, sentence: str) -> list[str]:
        """The Chinese words of the pairs whose Korean word is a stem of `sentence`."""
        return [chinese for word in korean_words(sentence) for chinese in self._partners.get(word, ())]

    def chinese(self, simplified: str) -> list[str]:
        """The lexicon's Chinese words found in a simplified Chinese sentence."""
        if self._automaton is None:
            return []
        return [self._chinese[index] for index, _, _ in self._automaton.find_matches_as_indexes(simplified)]


@lru_cache(maxsize=4)
def lexicon_matcher(minimum: float) -> LexiconMatcher:
    """A `LexiconMatcher` over the bundled lexicon's pairs of at least `minimum` strength."""
    return LexiconMatcher(strong_pairs(minimum))
