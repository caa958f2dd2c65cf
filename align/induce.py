"""Proposing glossary entries from Korean/Chinese document pairs, with the evidence for each.

Three signals, combined per candidate pair:
  * parenthetical: Korean from China glosses its terms in Chinese — 교통순라소(交巡所),
    ‘1문 1창구 처리(一门一窗通办)’ — the Korean phrase before the parenthesis, its extent taken from an
    open quotation or, failing that, from the words whose reading best matches the Chinese;
  * hanja: within aligned sentences, a Korean noun stem (or part of a compound) whose spelling key
    equals the Hangul reading of a Chinese character n-gram (경무실 = 警务室, 기층 = 基层);
  * cooccurrence: Dice over aligned sentence pairs, for terms that are not readings (격자원 ↔ 网格员).
Korean stems come from stripping particles and verb endings (건설하고 -> 건설): Kiwi at 60 KB/s
would spend the whole time budget of a 1,000-sentence pair on morphology. Chinese candidates are
character n-grams, so nothing needs a dictionary load either.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from .alignment import Bead, align_sentences
from .bridge import fold
from .glossary import Glossary
from .keys import _data_lines, korean_key, to_simplified
from .readings import hanja_reading

EVIDENCE = ("parenthetical", "hanja", "cooccurrence", "aligned")

_PARENTHETICAL = re.compile(r"[（(]\s*([\u4e00-\u9fff][\u4e00-\u9fff、，,·・+＋ ]{1,30})\s*[)）]")
_OPENING_QUOTES = "‘“'\"「『"
_CLOSING_QUOTES = "’”'\"」』"
_WORD = re.compile(r"[가-힣]+")
_VERB_TAIL = re.compile(r"(?:하|되|시키|받|했|됐|시켰|하였|되었|되였|하여|해|돼)[가-힣]*$")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_FUNCTION_CHARACTERS = set("的了在是和与及等为对从把被将也都而并或之其所以于以")
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")


@dataclass(frozen=True)
class Candidate:
    """A proposed Korean↔Chinese term pair, with why it was proposed and where it was seen."""

    ko: str
    zh: str
    score: float
    evidence: tuple[str, ...]
    count: int
    example_ko: str
    example_zh: str
    known: bool = False


@dataclass
class _Tally:
    evidence: Counter[str] = field(default_factory=Counter)
    example_ko: str = ""
    example_zh: str = ""
    signals: dict[str, float] = field(default_factory=dict)  # best strength per signal, combined at the end

    def add(self, signal: str, strength: float, example_ko: str, example_zh: str) -> None:
        self.evidence[signal] += 1
        self.signals[signal] = max(self.signals.get(signal, 0.0), strength)
        if not self.example_ko:
            self.example_ko, self.example_zh = example_ko, example_zh


@lru_cache(maxsize=1)
def _particles() -> tuple[str, ...]:
    return tuple(sorted(_data_lines("ko_particles.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(_data_lines("term_stopwords.txt"))


def korean_stem(word: str) -> str:
    """The noun stem of a Korean word: particles and Sino-Korean verb endings removed."""
    stem = _VERB_TAIL.sub("", word)
    if stem == word:
        for particle in _particles():
            if word.endswith(particle) and len(word) - len(particle) >= 2:
                stem = word[: -len(particle)]
                break
    return stem


def _key(text: str) -> str:
    return fold(korean_key(text)).replace(" ", "")


def _reading_key(chinese: str) -> str:
    return fold(hanja_reading(chinese, words=False))


def parenthetical_pairs(sentence: str) -> list[tuple[str, str]]:
    """(Korean phrase, Chinese) for each Chinese gloss in parentheses in a Korean sentence."""
    pairs = []
    for match in _PARENTHETICAL.finditer(sentence):
        chinese = re.sub(r"\s+", "", match.group(1))
        before = sentence[: match.start()].rstrip()
        korean = _quoted_extent(before) or _best_extent(before, chinese)
        if korean and re.search("[가-힣]", korean):
            pairs.append((korean, chinese))
    return pairs


def _quoted_extent(before: str) -> str | None:
    """The phrase after an opening quote that is still open: ‘교통순라소(交巡所)’."""
    window = before[-60:]
    for position in range(len(window) - 1, -1, -1):
        ch = window[position]
        if ch in _CLOSING_QUOTES and ch not in _OPENING_QUOTES:
            return None
        if ch in _OPENING_QUOTES:
            inner = window[position + 1 :].strip()
            if ch in "'\"" and inner.count(ch) % 2:
                return None
            return inner or None
    return None


def _best_extent(before: str, chinese: str) -> str | None:
    """Of the last one to four words, the run whose key shares most with the Chinese reading."""
    words = before.split()
    if not words:
        return None
    reading = _reading_key(chinese)
    best, best_overlap = words[-1], -1.0
    for count in range(1, min(4, len(words)) + 1):
        phrase = " ".join(words[-count:]).lstrip("‘“'\"(「")
        key = _key(phrase)
        overlap = sum((Counter(key) & Counter(reading)).values()) / max(len(reading), 1) - 0.05 * count
        if overlap > best_overlap:
            best, best_overlap = phrase, overlap
    return best


def _korean_units(sentence: str) -> list[str]:
    """Noun stems of a sentence, and adjacent stem pairs (사회구역 경찰)."""
    stems = [korean_stem(w) for w in _WORD.findall(sentence)]
    stems = [s for s in stems if len(s) >= 2 and s not in _stopwords()]
    return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:])]


def _chinese_grams(sentence: str, longest: int = 6) -> dict[str, list[str]]:
    """Reading key -> Chinese character n-grams (2 to `longest` characters) of a sentence."""
    grams: dict[str, list[str]] = defaultdict(list)
    for run in _HAN_RUN.findall(to_simplified(sentence)):
        reading = _reading_key(run)
        for size in range(2, min(longest, len(run)) + 1):
            for start in range(len(run) - size + 1):
                grams[reading[start : start + size]].append(run[start : start + size])
    return grams


def _hanja_matches(korean: str, grams: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Longest Korean substrings of each stem that read as a Chinese n-gram; a stem pair (사회 발전)
    counts only as a whole, never as a piece cut across its space."""
    found = []
    for unit in _korean_units(korean):
        surface = unit.replace(" ", "")
        key = _key(unit)
        if len(key) != len(surface) or any(ch.isdigit() for ch in surface):
            continue
        if " " in unit:
            if key in grams:
                found.append((unit, grams[key][0]))
            continue
        taken = [False] * len(key)
        for size in range(len(key), 1, -1):
            for start in range(len(key) - size + 1):
                if any(taken[start : start + size]) or key[start : start + size] not in grams:
                    continue
                if start % 2 and size < len(key):
                    continue  # inside a compound, Sino-Korean words start on two-syllable steps
                found.append((surface[start : start + size], grams[key[start : start + size]][0]))
                taken[start : start + size] = [True] * size
    return found


def _partial_matches(korean: str, grams: dict[str, list[str]], matched: set[str]) -> list[tuple[str, str, float]]:
    """Stems that read almost like a Chinese n-gram: same first syllable, and at least two thirds of
    the syllables shared in order (만족도 ~ 满意度 read 만의도, 경찰력 ~ 警力 read 경력). Scored lower
    than exact readings, not dropped."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for reading in grams:
        if len(reading) >= 2:
            by_first[reading[0]].append(reading)
    found = []
    for unit in _korean_units(korean):
        if " " in unit or unit in matched or len(unit) < 2 or any(ch.isdigit() for ch in unit):
            continue
        key = _key(unit)
        best: tuple[float, str] | None = None
        for reading in by_first.get(key[:1], ()):
            if reading == key:
                continue
            shared = _common_subsequence(key, reading)
            ratio = shared / max(len(key), len(reading))
            if shared >= 2 and ratio >= 2 / 3 and (best is None or ratio > best[0]):
                best = (ratio, reading)
        if best is not None:
            found.append((unit, grams[best[1]][0], best[0]))
    return found


def _common_subsequence(a: str, b: str) -> int:
    previous = [0] * (len(b) + 1)
    for ch in a:
        current = [0]
        for position, other in enumerate(b):
            current.append(previous[position] + 1 if ch == other else max(previous[position + 1], current[-1]))
        previous = current
    return previous[-1]


def _parts_used_alone(ko_term: str, zh_term: str, standalone: set[str]) -> list[tuple[str, str]]:
    """Parts of a matched compound that the Korean text also uses as words of their own
    (길림성공안청 = 吉林省公安厅 gives 공안청 = 公安厅 when 공안청 stands alone elsewhere); a reading
    match maps syllable i to character i, so the part's Chinese is the same slice."""
    if " " in ko_term or len(ko_term) != len(zh_term):
        return []
    return [
        (ko_term[a:b], zh_term[a:b])
        for a in range(len(ko_term))
        for b in range(a + 2, len(ko_term) + 1)
        if (a, b) != (0, len(ko_term)) and ko_term[a:b] in standalone
    ]


def induce_terms(
    pairs: Sequence[tuple[Sequence[str], Sequence[str]]],
    glossary: Glossary | None = None,
    beads: Sequence[Sequence[Bead]] | None = None,
) -> list[Candidate]:
    """Candidate term pairs from (Korean sentences, Chinese sentences) document pairs, best first.

    `glossary` marks known pairs; the sentences are aligned without it, so that induction does not
    lean on what it should rediscover. `beads` may give the alignments when already computed.
    """
    tallies: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
    bead_units: list[tuple[set[str], set[str], str, str]] = []
    for number, (ko, zh) in enumerate(pairs):
        for sentence in ko:
            for korean, chinese in parenthetical_pairs(sentence):
                tallies[(korean, chinese)].add("parenthetical", 0.9, sentence, "")
        alignment = beads[number] if beads is not None else align_sentences(ko, zh)
        document_grams = _chinese_grams("。".join(zh))
        standalone = {unit for sentence in ko for unit in _korean_units(sentence) if " " not in unit}
        for bead in alignment:
            if not bead.ko:
                continue
            korean = " ".join(ko[i] for i in bead.ko)
            chinese = "".join(zh[j] for j in bead.zh)
            grams = _chinese_grams(chinese) if bead.zh else {}
            matched = _hanja_matches(korean, grams) if grams else []
            for ko_term, zh_term in matched:
                tallies[(ko_term, zh_term)].add("hanja", 0.45 + 0.1 * min(3, len(zh_term) - 1), korean, chinese)
                for part_ko, part_zh in _parts_used_alone(ko_term, zh_term, standalone):
                    tallies[(part_ko, part_zh)].add("hanja", 0.45 + 0.1 * min(3, len(part_zh) - 1), korean, chinese)
            for ko_term, zh_term, ratio in _partial_matches(korean, grams, {k for k, _ in matched}):
                tallies[(ko_term, zh_term)].add("hanja", 0.2 + 0.3 * ratio, korean, chinese)
            # comparable reports: a reading that matches somewhere else in the other document
            seen = {k for k, _ in matched}
            for ko_term, zh_term in _hanja_matches(korean, document_grams):
                if ko_term not in seen and len(zh_term) >= 2:
                    tallies[(ko_term, zh_term)].add("hanja", 0.3 + 0.1 * min(3, len(zh_term) - 1), korean, "")
            if bead.zh:
                units = set(_korean_units(korean))
                words = {g for variants in grams.values() for g in variants if len(g) <= 4 and g not in _stopwords()}
                bead_units.append((units, words, korean, chinese))
    _add_cooccurrence(tallies, bead_units)
    known = _known_pairs(glossary) if glossary is not None else set()
    candidates = []
    for (ko_term, zh_term), tally in tallies.items():
        score = 1.0 - math.prod(1.0 - s for s in tally.signals.values())
        score = min(0.999, score + 0.05 * min(4, sum(tally.evidence.values()) - 1))
        evidence = tuple(e for e in EVIDENCE if e in tally.evidence or (e == "aligned" and tally.example_zh))
        candidates.append(
            Candidate(ko_term, zh_term, round(score, 3), evidence, sum(tally.evidence.values()), tally.example_ko, tally.example_zh, (_key(ko_term), zh_term) in known)
        )
    return sorted(candidates, key=lambda c: (-c.score, -c.count, c.ko, c.zh))


def _add_cooccurrence(tallies: dict[tuple[str, str], _Tally], beads: list[tuple[set[str], set[str], str, str]]) -> None:
    """Dice over aligned sentence pairs, for each Korean unit its best Chinese word, and only where
    no reading already explains the pair (a surname-led short word needs the bridge: names)."""
    minimum = 3
    ko_count = Counter(unit for units, _, _, _ in beads for unit in units)
    zh_count = Counter(word for _, words, _, _ in beads for word in words)
    joint: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], tuple[str, str]] = {}
    for units, words, korean, chinese in beads:
        frequent_words = [w for w in words if zh_count[w] >= minimum]
        for unit in units:
            if ko_count[unit] < minimum:
                continue
            for word in frequent_words:
                joint[(unit, word)] += 1
                if (unit, word) not in examples:
                    examples[(unit, word)] = (korean, chinese)
    explained_ko = {ko for ko, _ in tallies}
    explained_zh = {zh for _, zh in tallies}
    best: dict[str, tuple[int, float, int, str]] = {}
    for (unit, word), together in joint.items():
        if together < minimum or word[0] in _FUNCTION_CHARACTERS or word[-1] in _FUNCTION_CHARACTERS:
            continue
        dice = 2 * together / (ko_count[unit] + zh_count[word])
        if dice < 0.6:
            continue
        rank = (together, dice, len(word), word)  # most shared beads, then the longest n-gram
        if rank > best.get(unit, (0, 0.0, 0, "")):
            best[unit] = rank
    for unit, (together, dice, _, word) in best.items():
        if unit in explained_ko or word in explained_zh or (word[0] in _SURNAMES and len(word) <= 3):
            continue
        korean, chinese = examples[(unit, word)]
        tallies[(unit, word)].add("cooccurrence", 0.5 * dice, korean, chinese)
        tallies[(unit, word)].evidence["cooccurrence"] = together


def _known_pairs(glossary: Glossary) -> set[tuple[str, str]]:
    return {(_key(form), zh) for term in glossary.terms for form in term.korean_forms for zh in (term.zh_hans, to_simplified(term.zh_hant or term.zh_hans))}
