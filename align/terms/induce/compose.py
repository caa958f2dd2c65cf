"""Compounds translated part by part: a Korean compound whose parts are already paired, and whose
aligned Chinese holds the parts' Chinese side by side, in the same order (인터넷사기 ~ 网络诈骗 from
인터넷 ~ 网络 and 사기 ~ 诈骗). Korean and Chinese both put the head of a compound last, so the
order carries over; neither part need be a reading."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from align.terms.induce.cooccurrence import BeadWords
from align.terms.words import cuts_word


@dataclass(frozen=True)
class Composition:
    """A compound pair read from two paired parts, with the bead that shows it."""

    ko: str
    zh: str
    strength: float  # the weaker part's
    example_ko: str
    example_zh: str


def composed_pairs(beads: Sequence[BeadWords], renderings: Mapping[str, Sequence[tuple[str, float]]], shortest_part: int = 2) -> list[Composition]:
    """Compounds (Korean units without a space, or a stretch of one) of aligned sentence pairs that
    split into two parts each paired in `renderings` (Korean -> its Chinese, best first, with
    strengths), where the parts' Chinese joined in order occurs in the pair's Chinese without
    cutting a word; the first bead to show each compound is quoted."""
    found: dict[tuple[str, str], Composition] = {}
    for bead in beads:
        for unit in sorted(bead.units):
            if " " in unit or len(unit) < 2 * shortest_part:
                continue
            for ko, zh, strength in _splits(unit, renderings, shortest_part):
                if (ko, zh) not in found and _stands_in(zh, bead.chinese):
                    found[(ko, zh)] = Composition(ko, zh, strength, bead.korean, bead.chinese)
    return list(found.values())


def _splits(unit: str, renderings: Mapping[str, Sequence[tuple[str, float]]], shortest_part: int) -> Iterable[tuple[str, str, float]]:
    """Every stretch of the compound (통신인터넷사기사건 holds 인터넷사기) cut into two paired parts;
    a stretch starts on a two-syllable step (Sino-Korean words inside a compound do: not 해시공안 of
    상해시공안) and leaves no single syllable at either end."""
    for start in range(0, len(unit) - 2 * shortest_part + 1, 2):
        for cut in range(start + shortest_part, len(unit) - shortest_part + 1):
            head = unit[start:cut]
            if head not in renderings:
                continue
            for end in range(cut + shortest_part, len(unit) + 1):
                if len(unit) - end == 1:
                    continue
                for head_zh, head_strength in renderings[head]:
                    for tail_zh, tail_strength in renderings.get(unit[cut:end], ()):
                        yield unit[start:end], head_zh + tail_zh, min(head_strength, tail_strength)


def _stands_in(chinese: str, sentence: str) -> bool:
    """Whether `chinese` occurs in the sentence without beginning or ending inside a dictionary word
    (not 南边境地 of 西南边境地区)."""
    at = sentence.find(chinese)
    while at >= 0:
        if not cuts_word(sentence, at, at + len(chinese)):
            return True
        at = sentence.find(chinese, at + 1)
    return False
