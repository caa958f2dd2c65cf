"""Co-occurrence over aligned sentence pairs: terms that are not readings (격자원 ↔ 网格员)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from typing import NamedTuple

from align.terms.words import bounds_a_term, chinese_lexicon, reading_key, term_key

_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")


class BeadWords(NamedTuple):
    """The Korean units and Chinese words of one aligned sentence pair, with its texts."""

    units: set[str]
    words: set[str]
    korean: str
    chinese: str
    document: int = 0  # which document pair of the corpus the bead belongs to


@dataclass(frozen=True)
class Association:
    """A Korean unit and the Chinese word it keeps company with."""

    ko: str
    zh: str
    together: int  # sentence pairs with both
    dice: float
    chance: float  # how likely so many shared sentence pairs are by chance (see `chance_of_sharing`)
    example_ko: str
    example_zh: str


def associations(
    beads: Sequence[BeadWords],
    explained_ko: set[str],
    explained_zh: set[str],
    minimum: int = 2,
    min_dice: float = 0.6,
    untied_from: int = 3,
) -> list[Association]:
    """Dice over aligned sentence pairs: for each Korean unit its best Chinese word, only where no
    reading or gloss already explains either side (a surname-led short word needs the bridge: names).

    Two shared sentence pairs are enough when the best word is unambiguous (벌금 ~ 罚款, each seen
    twice, always together); from `untied_from` on, ties go to the longest dictionary word. A pair
    needs `minimum` shared sentence pairs and a Dice of `min_dice`."""
    ko_count = Counter(unit for bead in beads for unit in bead.units)
    zh_count = Counter(word for bead in beads for word in bead.words)
    beads_in = Counter(bead.document for bead in beads)
    ko_documents: dict[str, set[int]] = defaultdict(set)
    zh_documents: dict[str, set[int]] = defaultdict(set)
    for bead in beads:
        for unit in bead.units:
            ko_documents[unit].add(bead.document)
        for word in bead.words:
            zh_documents[word].add(bead.document)
    joint: Counter[tuple[str, str]] = Counter()
    for bead in beads:
        frequent_words = [w for w in bead.words if zh_count[w] >= minimum and bounds_a_term(w)]
        frequent_units = [unit for unit in bead.units if ko_count[unit] >= minimum]
        joint.update(product(frequent_units, frequent_words))
    options: dict[str, list[tuple[int, float, str]]] = defaultdict(list)
    for (unit, word), together in joint.items():
        dice = 2 * together / (ko_count[unit] + zh_count[word])
        if together >= minimum and dice >= min_dice:
            options[unit].append((together, dice, word))
    found = []
    for unit, scored in options.items():
        top = max((together, dice) for together, dice, _ in scored)
        tied = [word for together, dice, word in scored if (together, dice) == top and word not in explained_zh]
        syllables = set(term_key(unit))
        tied = _outermost(syllables, tied)
        if not tied or (len(tied) > 1 and top[0] < untied_from) or unit in explained_ko:
            continue
        # a dictionary word first, then one whose reading starts with a syllable of the unit (醉驾 for
        # 만취운전, not 驾醉 across 酒驾|醉驾), then the longest
        word = max(tied, key=lambda w: (w in chinese_lexicon(), reading_key(w)[:1] in syllables, len(w), w))
        if word[0] in _SURNAMES and len(word) <= 3:
            continue
        example = next(bead for bead in beads if unit in bead.units and word in bead.words)
        # the population: the sentence pairs of the documents either side is seen in (pooled
        # documents on other topics would make any pair of one report's topic words look rare)
        population = sum(beads_in[document] for document in ko_documents[unit] | zh_documents[word])
        chance = chance_of_sharing(population, ko_count[unit], zh_count[word], top[0])
        found.append(Association(unit, word, top[0], top[1], chance, example.korean, example.chinese))
    return _competitive(found, untied_from)


def _competitive(found: list[Association], untied_from: int) -> list[Association]:
    """Each Chinese word linked to its best Korean units only (competitive linking, as each Korean
    unit took its best word): the units that share it less well are not its rendering; of units tied for
    it, one inside another is the longer's part (`_outermost_units`); and units still tied below
    `untied_from` shared sentence pairs are none of them its rendering (공조, 수사, 경찰, 전화금융사기범
    all beside 合作 in the same two sentence pairs of a short report)."""
    by_word: dict[str, list[Association]] = defaultdict(list)
    for association in found:
        by_word[association.zh].append(association)
    kept = []
    for associations in by_word.values():
        top = max((a.together, a.dice) for a in associations)
        best = _outermost_units([a for a in associations if (a.together, a.dice) == top])
        if len(best) == 1 or top[0] >= untied_from:
            kept.extend(best)
    return sorted(kept, key=found.index)


def _outermost_units(tied: list[Association]) -> list[Association]:
    """Of Korean units tied for one Chinese word, those inside none of the others (짧은 련휴 over 짧은,
    its part that occurs only inside it: both share the same sentence pairs)."""
    return [a for a in tied if not any(other is not a and a.ko in other.ko.split() for other in tied)]


def chance_of_sharing(pairs: int, ko: int, zh: int, together: int) -> float:
    """The probability that a Korean unit seen in `ko` of `pairs` sentence pairs and a Chinese word
    seen in `zh` of them share `together` or more by chance (the hypergeometric tail, Fisher's exact
    test): the same Dice means little in a short pair of reports, where the words of its one topic
    fill every sentence (미얀마 ~ 诈骗犯罪 in five of seven), and much in a long one. Counts beyond
    `pairs` are taken as `pairs`. Summed in floating point from the first term on, each term from
    the one before, until the terms no longer count: a corpus of 50,000 sentence pairs costs
    microseconds."""
    if together < 0:
        raise ValueError(f"a negative number of shared sentence pairs: {together}")
    ko, zh = min(ko, pairs), min(zh, pairs)
    low, high = max(together, ko + zh - pairs, 0), min(ko, zh)
    if low > high:
        return 0.0
    if low == max(0, ko + zh - pairs):
        return 1.0  # every possible count of shared pairs is at least `together`
    term = math.exp(_log_choose(ko, low) + _log_choose(pairs - ko, zh - low) - _log_choose(pairs, zh))
    total = 0.0
    for shared in range(low, high + 1):
        total += term
        if term < 1e-17 * total:
            break
        # P(shared + 1) / P(shared) of the hypergeometric distribution
        term *= (ko - shared) * (zh - shared) / ((shared + 1) * (pairs - ko - zh + shared + 1))
    return min(1.0, total)


def _log_choose(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def _outermost(syllables: set[str], words: list[str]) -> list[str]:
    """Of tied words inside one another, the longer (恐怖主义 over 恐怖 for 테러), unless its extra
    characters add none of the unit's `syllables` (its key's) to a reading that shares some: 음주운전 keeps 酒驾
    (주) over the coordination 酒驾醉驾 that its sentences print, 만취운전 keeps 醉驾 (취)."""
    shared = {word: len(syllables & set(reading_key(word))) for word in words}

    def beaten(word: str) -> bool:
        for other in words:
            if other == word:
                continue
            if word in other and (shared[other] > shared[word] or shared[other] == shared[word] == 0):
                return True  # a longer word that reads more like the unit, or neither reads like it
            if other in word and shared[other] == shared[word] > 0:
                return True  # a shorter word that reads as much like the unit
        return False

    return [word for word in words if not beaten(word)]
