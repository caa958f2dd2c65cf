"""Cross-lingual sentence features: what a Korean and a Chinese sentence can share.

Chinese is read in Hangul (`hanja_reading`) and compared with the Korean on a folded spelling
key, as syllable unigrams and bigrams weighted by rarity (치안, 파출소, 경무실 count; 하다 never
appears on the Chinese side at all). Figures are compared as normalised values (3만 2,000 =
3.2万), glossary terms by concept, Latin tokens and Chinese characters (Korean writes 交巡所 in
parentheses) as they are. Only features seen on both sides of a document pair are kept, and each
is weighted by its inverse document frequency within the pair.
"""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_right
from collections import Counter
from itertools import chain
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from align.script.chars import HAN_RUN, HANGUL_RUN, is_han
from align.terms.glossary import Glossary
from align.terms.matching import term_matcher
from align.script.keys import fold, korean_key, to_simplified
from align.script.numbers import parse_numbers
from align.script.readings import hanja_reading


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]+")

# Relative weights of the signals inside one sentence vector.
WEIGHTS = {"syllable": 1.5, "bigram": 1.0, "han": 1.5, "number": 2.0, "latin": 2.0, "term": 3.0, "mark": 1.0}


_SEPARATOR = "\n\n"  # no figure or term pattern reaches across a blank line


def document_features(texts: Sequence[str], lang: str, glossary: Glossary | None = None) -> list[Counter[str]]:
    """The bridge features of each sentence ('ko' or 'zh'), with their counts.

    The sentences are processed as one text (keys, readings, figures and terms in one pass each)
    and the results dealt back by offset, which is what keeps large documents fast.
    """
    clean = [t.replace("\n", " ") for t in texts]
    joined = _SEPARATOR.join(clean)
    starts = []
    position = 0
    for text in clean:
        starts.append(position)
        position += len(text) + len(_SEPARATOR)
    features: list[Counter[str]] = [Counter() for _ in clean]
    # Syllables, syllable bigrams and Chinese-character bigrams are keyed by the characters alone
    # (they cannot collide: Hangul and Han ranges differ); their weights are applied in `_weight`.
    hangul = fold(hanja_reading(korean_key(joined) if lang == "ko" else joined, words=False))
    for counter, line, han_line in zip(features, hangul.split(_SEPARATOR), to_simplified(joined).split(_SEPARATOR)):
        runs = HANGUL_RUN.findall(line)
        han_runs = HAN_RUN.findall(han_line)
        counter.update(
            chain(
                chain.from_iterable(runs),
                chain.from_iterable(map(operator.add, run, run[1:]) for run in runs),
                chain.from_iterable(map(operator.add, run, run[1:]) for run in han_runs),
            )
        )

    def owner(offset: int) -> Counter[str]:
        return features[bisect_right(starts, offset) - 1]

    for figure in parse_numbers(joined, lang):
        if figure.unit_class == "date":
            owner(figure.start)["#d" + (figure.date or "")] += 1
        elif figure.value == figure.value:  # not a NaN code
            owner(figure.start)[f"#n{figure.value:g}"] += 1
        else:
            owner(figure.start)["#c" + re.sub(r"\D", "", figure.text)] += 1
    for match in _LATIN.finditer(joined):
        owner(match.start())["#l" + match.group().lower()] += 1
    for match in _MARKS.finditer(joined):
        owner(match.start())["#p" + _MARK_CLASS[match.group()]] += 1
    if glossary is not None:
        for term in term_matcher(glossary, lang, check_morphemes=False).find(joined):
            owner(term.start)[f"#t{term.term.ko}|{term.term.zh_hans}"] += 1
    return features


_PREFIXED = {"#d": "number", "#n": "number", "#c": "number", "#l": "latin", "#t": "term", "#p": "mark"}
# Punctuation that translations keep: questions, exclamations, quotations, parentheses, colons.
_MARK_CLASS = {"?": "?", "？": "?", "!": "!", "！": "!", "“": '"', "\"": '"', "「": '"', "‘": "'", "'": "'", "(": "(", "（": "(", ":": ":", "：": ":"}
_MARKS = re.compile("[" + re.escape("".join(_MARK_CLASS)) + "]")


def _weight(feature: str) -> float:
    """The signal weight of a feature, from its form: syllable, bigram, Chinese bigram or prefixed."""
    if feature.startswith("#"):
        return WEIGHTS[_PREFIXED[feature[:2]]]
    if is_han(feature[0]):
        return WEIGHTS["han"]
    return WEIGHTS["syllable"] if len(feature) == 1 else WEIGHTS["bigram"]


@dataclass(frozen=True)
class BridgeVectors:
    """Sparse TF-IDF vectors (feature id -> weight) for the sentences of both sides of one pair."""

    ko: list[dict[int, float]]
    zh: list[dict[int, float]]


def bridge_vectors(ko: Sequence[str], zh: Sequence[str], glossary: Glossary | None = None) -> BridgeVectors:
    """Vectors over the features both documents share, weighted by rarity within the pair."""
    ko_features = document_features(ko, "ko", glossary)
    zh_features = document_features(zh, "zh", glossary)
    shared = set().union(*ko_features) & set().union(*zh_features) if ko_features and zh_features else set()
    frequency: Counter[str] = Counter()
    for features in ko_features + zh_features:
        frequency.update(f for f in features if f in shared)
    total = len(ko_features) + len(zh_features)
    ids = {feature: number for number, feature in enumerate(sorted(shared))}
    idf = {feature: _weight(feature) * math.log((total + 1) / (frequency[feature] + 0.5)) for feature in shared}

    def vector(features: Counter[str]) -> dict[int, float]:
        return {ids[f]: w * idf[f] for f, w in features.items() if f in ids}

    return BridgeVectors([vector(f) for f in ko_features], [vector(f) for f in zh_features])
