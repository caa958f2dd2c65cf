"""Cross-lingual sentence features: what a Korean and a Chinese sentence can share.

Chinese is read in Hangul (`hanja_reading`) and compared with the Korean on a folded spelling
key, as syllable unigrams and bigrams weighted by rarity (치안, 파출소, 경무실 count; 하다 never
appears on the Chinese side at all). Figures are compared as normalised values (3만 2,000 =
3.2万), glossary terms by concept, Latin tokens and Chinese characters (Korean writes 交巡所 in
parentheses) as they are, and the pairs of the learned translation lexicon (`terms.lexicon`: 체포 ~
抓获, 국경 ~ 边境, renderings no reading shows) by their Chinese word. Only features seen on both sides of a document pair are kept, and each
is weighted by its inverse document frequency within the pair.
"""

from __future__ import annotations

import math
import operator
import re
from array import array
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat

from align.script.chars import HAN_RUN, HANGUL_RUN, is_han
from align.script.keys import to_simplified
from align.script.numbers import date_parts
from align.terms.glossary import Glossary
from align.terms.lexicon import lexicon_matcher
from align.text.document import SEPARATOR, Sentence, as_sentences, figures, joined, readings, term_matches

_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]+")

@dataclass(frozen=True)
class FeatureSettings:
    """Relative weights of the signals inside one sentence vector."""

    syllable: float = 1.5  # a Hangul syllable of the reading
    bigram: float = 1.0  # two consecutive syllables
    han: float = 1.5  # two consecutive Chinese characters (Korean writes 交巡所 in parentheses)
    number: float = 3.0  # a figure's value, a date or a case code: above a name's syllables (2.0 before: real news developed 0.696 -> 0.726, NTREX condensed 0.844 -> 0.858)
    latin: float = 2.0  # a Latin token (APP, PTSD)
    term: float = 3.0  # a glossary concept
    mark: float = 1.0  # punctuation translations keep: ? ! quotes ( :
    lexicon: float = 3.0  # a pair of the learned lexicon, as strong as a glossary concept (real news held out 0.635 -> 0.639, independent 0.365 -> 0.381, FLORES condensed 0.921 -> 0.949)…
    lexicon_minimum: float = 0.3  # …of at least this strength (the geometric mean of its two translation probabilities)


def document_features(
    sentences: Sequence[str | Sentence], lang: str, glossary: Glossary | None = None, settings: FeatureSettings | None = None
) -> list[Counter[str]]:
    """The bridge features of each sentence ('ko' or 'zh'), with their counts.

    Readings, figures and glossary terms come from the sentences' shared annotation (computed in
    one pass over the document when missing); Latin tokens, punctuation and Chinese-character
    bigrams are read here.
    """
    return list(_sentence_features(as_sentences(sentences, lang), glossary, settings))


def _sentence_features(annotated: Sequence[Sentence], glossary: Glossary | None, settings: FeatureSettings | None = None) -> Iterator[Counter[str]]:
    """`document_features`, one sentence's counter at a time (the document-wide annotations it reads
    are computed once, but a long document's counters need not all be held at once)."""
    # Syllables, syllable bigrams and Chinese-character bigrams are keyed by the characters alone
    # (they cannot collide: Hangul and Han ranges differ); their weights are applied in `_weight`.
    simplified = to_simplified(joined([s.clean for s in annotated])[0]).split(SEPARATOR)
    terms = term_matches(annotated, glossary, check_morphemes=False) if glossary is not None else repeat(())
    settings = settings or FeatureSettings()
    matcher = lexicon_matcher(settings.lexicon_minimum) if settings.lexicon > 0 else None
    for sentence, line, han_line, found, matches in zip(annotated, readings(annotated), simplified, figures(annotated), terms):
        counter: Counter[str] = Counter()
        runs = HANGUL_RUN.findall(line)
        han_runs = HAN_RUN.findall(han_line)
        counter.update(
            chain(
                chain.from_iterable(runs),
                chain.from_iterable(map(operator.add, run, run[1:]) for run in runs),
                chain.from_iterable(map(operator.add, run, run[1:]) for run in han_runs),
            )
        )
        for figure in found:
            if figure.unit_class == "date" and not _ANCHOR_DATE.fullmatch(figure.date or ""):
                # a day, month or hour alone is as weak an anchor as a small number: counted as its number
                counter[f"#n{next(iter(date_parts(figure.date or '').values()), 0)}"] += 1
            elif figure.unit_class == "date":
                counter["#d" + (figure.date or "")] += 1
            elif figure.value == figure.value:  # not a NaN code
                counter[f"#n{figure.value:g}"] += 1
            else:
                counter["#c" + re.sub(r"\D", "", figure.text)] += 1
        counter.update("#l" + match.group().lower() for match in _LATIN.finditer(sentence.clean))
        counter.update("#p" + _MARK_CLASS[match.group()] for match in _MARKS.finditer(sentence.clean))
        counter.update(f"#t{match.term.ko}|{match.term.zh_hans}" for match in matches)
        if matcher is not None:
            counter.update("#x" + chinese for chinese in (matcher.korean(sentence.clean) if sentence.lang == "ko" else matcher.chinese(han_line)))
        yield counter


# dates specific enough to anchor sentences: a year, a year and month, a month and day, a full date
_ANCHOR_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}|--\d\d-\d\d")
_PREFIXED = {"#d": "number", "#n": "number", "#c": "number", "#l": "latin", "#t": "term", "#p": "mark", "#x": "lexicon"}
# Punctuation that translations keep: questions, exclamations, quotations, parentheses, colons.
_MARK_CLASS = {"?": "?", "？": "?", "!": "!", "！": "!", "“": '"', "\"": '"', "「": '"', "‘": "'", "'": "'", "(": "(", "（": "(", ":": ":", "：": ":"}
_MARKS = re.compile("[" + re.escape("".join(_MARK_CLASS)) + "]")


def _weight(feature: str, settings: FeatureSettings) -> float:
    """The signal weight of a feature, from its form: syllable, bigram, Chinese bigram or prefixed."""
    if feature.startswith("#"):
        return float(getattr(settings, _PREFIXED[feature[:2]]))
    if is_han(feature[0]):
        return settings.han
    return settings.syllable if len(feature) == 1 else settings.bigram


@dataclass(frozen=True)
class StatedFigures:
    """The numbers a sentence's figures state (a value, a date's parts, a case code's digits), and
    whether one of them is specific: two significant digits or more, or a date with a month and a
    day. What unrelated sentences share by chance is one digit: a day, a small or round count."""

    numbers: frozenset[float] = frozenset()
    specific: bool = False


def stated_figures(counter: Mapping[str, int]) -> StatedFigures:
    """The figures a sentence's features (`document_features`) state, shared with the other
    document or not."""
    numbers: set[float] = set()
    specific = False
    for feature in counter:
        if feature[:2] not in ("#n", "#d", "#c"):
            continue
        if feature.startswith("#n"):
            values = [float(feature[2:])]
        elif feature.startswith("#d"):
            values = [float(part) for part in date_parts(feature[2:]).values()]
        else:
            values = [float(feature[2:])] if feature[2:] else []
        numbers.update(values)
        specific = specific or len(values) > 1 or any(_significant_digits(value) > 1 for value in values)
    return StatedFigures(frozenset(numbers), specific)


def figures_agree(ko: frozenset[float], zh: frozenset[float]) -> bool:
    """Whether a number of one side equals one of the other, or is it rounded to its written
    precision (its trailing zeros: 3만 = 30,000 allows 31,000, 20 allows 22)."""
    return any(a == b or _rounds_to(a, b) or _rounds_to(b, a) for a in ko for b in zh)


def _rounds_to(exact: float, rounded: float) -> bool:
    if not rounded or rounded != int(rounded):
        return False
    digits, unit = int(abs(rounded)), 1
    while digits % 10 == 0:
        digits, unit = digits // 10, unit * 10
    return abs(exact - rounded) <= unit / 2


def _significant_digits(value: float) -> int:
    return len(f"{abs(value):.15g}".replace(".", "").strip("0"))


@dataclass(frozen=True)
class BridgeVectors:
    """Sparse TF-IDF vectors (feature id -> weight) for the sentences of both sides of one pair,
    and the figures each sentence states (`stated_figures`, shared with the other side or not)."""

    ko: list[dict[int, float]]
    zh: list[dict[int, float]]
    ko_figures: list[StatedFigures] = field(default_factory=list)
    zh_figures: list[StatedFigures] = field(default_factory=list)


def bridge_vectors(
    ko: Sequence[str | Sentence],
    zh: Sequence[str | Sentence],
    glossary: Glossary | None = None,
    settings: FeatureSettings | None = None,
    features: tuple[Sequence[Counter[str]], Sequence[Counter[str]]] | None = None,
) -> BridgeVectors:
    """Vectors over the features both documents share, weighted by rarity within the pair.

    `features` are the two sides' `document_features` (same glossary and settings) when the caller
    has them already: a document compared with many others is read once, not once per pair."""
    settings = settings or FeatureSettings()
    # each sentence's features kept compactly (feature numbers and counts in arrays), the Chinese
    # side's only where the Korean side has them: a long pair's features need not be held as
    # dictionaries of strings
    numbers: dict[str, int] = {}
    if features is not None and (len(features[0]), len(features[1])) != (len(ko), len(zh)):
        raise ValueError(f"features for {len(features[0])} x {len(features[1])} sentences given for {len(ko)} x {len(zh)}")
    ko_counters, zh_counters = features or (_sentence_features(as_sentences(ko, "ko"), glossary, settings), _sentence_features(as_sentences(zh, "zh"), glossary, settings))
    ko_features, zh_features = [], []
    ko_figures, zh_figures = [], []
    for counter in ko_counters:
        ko_features.append(_numbered(counter, numbers))
        ko_figures.append(stated_figures(counter))
    for counter in zh_counters:
        zh_features.append(_numbered_known(counter, numbers))
        zh_figures.append(stated_figures(counter))
    shared_numbers = {f for keys, _ in zh_features for f in keys}
    frequency: Counter[int] = Counter()
    for keys, _ in ko_features + zh_features:
        frequency.update(f for f in keys if f in shared_numbers)
    total = len(ko_features) + len(zh_features)
    name = {number: feature for feature, number in numbers.items() if number in shared_numbers}
    ids = {numbers[feature]: position for position, feature in enumerate(sorted(name.values()))}
    idf = {f: _weight(name[f], settings) * math.log((total + 1) / (frequency[f] + 0.5)) for f in shared_numbers}

    def vector(keys: array[int], counts: array[int]) -> dict[int, float]:
        # a feature seen once weighs its idf: the same float object, not a new one per sentence
        return {ids[f]: idf[f] if w == 1 else w * idf[f] for f, w in zip(keys, counts) if f in ids}

    def consumed(features: list[tuple[array[int], array[int]]]) -> list[dict[int, float]]:
        # each sentence's arrays are let go once its vector is built: both are not held for a whole long pair
        features.reverse()
        vectors = []
        while features:
            vectors.append(vector(*features.pop()))
        return vectors

    return BridgeVectors(consumed(ko_features), consumed(zh_features), ko_figures, zh_figures)


def _numbered(counter: Counter[str], numbers: dict[str, int]) -> tuple[array[int], array[int]]:
    """A sentence's features as arrays of feature numbers and counts, numbering new features."""
    return _arrays([(numbers.setdefault(f, len(numbers)), n) for f, n in counter.items()])


def _numbered_known(counter: Counter[str], numbers: Mapping[str, int]) -> tuple[array[int], array[int]]:
    """`_numbered` for the features `numbers` already has; the others are left out."""
    return _arrays([(numbers[f], n) for f, n in counter.items() if f in numbers])


def _arrays(items: list[tuple[int, int]]) -> tuple[array[int], array[int]]:
    return array("I", [f for f, _ in items]), array("I", [n for _, n in items])
