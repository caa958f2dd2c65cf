"""Termhood: how much more often a candidate's Chinese side occurs in the documents at hand than in
general Chinese (jieba's dictionary counts, from a large general corpus).

A domain term (网格员, 派出所, 电信网络诈骗) is rare in general language and frequent in police news;
general vocabulary (管理, 推进, 全面) is frequent in both. The Chinese side stands for the pair: the
candidates are translations of each other, and no package we depend on ships Korean counts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import ahocorasick_rs

from align.terms.words import general_frequency

__all__ = ["CHARACTERS_PER_WORD", "count_occurrences", "termhood"]

CHARACTERS_PER_WORD = 1.6  # average length of a Chinese word in running news text
_UNLISTED = 0.05  # per million words: what a string jieba's dictionary does not list is taken to occur


def termhood(chinese: str, occurrences: int, characters: int) -> float:
    """log10 of the ratio of `chinese`'s frequency in the documents (`occurrences` in `characters`
    characters of Chinese) to its frequency in general Chinese, both per million words: about 0 for
    a word used as often as anywhere, 2 for one used a hundred times more often."""
    if characters <= 0:
        return 0.0
    here = 1e6 * max(1, occurrences) * CHARACTERS_PER_WORD / characters
    general = max(general_frequency(chinese), _UNLISTED)
    return round(math.log10(here / general), 2)


def count_occurrences(terms: Iterable[str], texts: Iterable[str]) -> Mapping[str, int]:
    """How often each of `terms` occurs in `texts`, overlaps included, in one pass per text."""
    patterns = sorted({term for term in terms if term})
    counts = dict.fromkeys(patterns, 0)
    if not patterns:
        return counts
    automaton = ahocorasick_rs.AhoCorasick(patterns)
    for text in texts:
        for index, _, _ in automaton.find_matches_as_indexes(text, overlapping=True):
            counts[patterns[index]] += 1
    return counts
