"""Comparing a Korean and a Chinese report claim by claim: which figures both state, which only one
states, and whether shared figures agree, are rounded, or differ.

Claims pair on evidence that they are about the same thing: their sentences aligned together,
shared glossary concepts, the Hanja-bridge similarity of their clauses, the same kind of unit, and
close values. Each claim pairs with at most one claim (strongest pairs first), so reports that
present facts in a different order, or where one condenses the other, still compare.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from align.alignment.search import Bead, align_sentences
from align.alignment.features import bridge_vectors
from align.compare.claims import Claim, extract_claims
from align.terms.glossary import Glossary
from align.script.numbers import Figure

if TYPE_CHECKING:
    import pandas

    from align.text.segment import Sentence

VERDICTS = ("same", "rounded", "differs", "ko_only", "zh_only")
COLUMNS = ("ko_id", "zh_id", "subject", "ko_value", "zh_value", "ko_number", "zh_number", "unit", "verdict", "score", "ko_text", "zh_text")

# Counters of people compare only with counters of people (명 = 名 = 人 = 人次); the other counters
# (个/개, 处/곳, 起/건, 期/기/차례 …) are used too loosely across the two languages to keep apart.
_PEOPLE = {"person", "person-time", "household"}


@dataclass(frozen=True)
class ClaimPair:
    """One row of a comparison: a pair of claims, or a claim one side makes alone."""

    ko: Claim | None
    zh: Claim | None
    verdict: str
    score: float


_LAST_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s?(?:여|余|多))?\s?([만万萬억亿億천千백百]?)(?!.*\d)")
_MAGNITUDE = {"만": 1e4, "万": 1e4, "萬": 1e4, "억": 1e8, "亿": 1e8, "億": 1e8, "천": 1e3, "千": 1e3, "백": 1e2, "百": 1e2, "": 1.0}


def _last_nonzero_place(number: float) -> float:
    place = 1.0
    while number and number % (place * 10) == 0:
        place *= 10
    return place


def _precision(figure: Figure) -> float:
    """The unit the figure is written to: its last written digit times the magnitude after it
    (2,860만 -> 10,000; 3.2万 -> 1,000; 97.03 -> 0.01; 2160 -> 1). An approximate figure is rounded
    at its last non-zero digit (2,900여 -> 100; 7.1万余 -> 1,000)."""
    match = _LAST_NUMBER.search(figure.text)
    if match is None:  # Chinese numerals: 两万多, 一千余
        return _last_nonzero_place(abs(figure.value)) if figure.approximate else 1.0
    digits, magnitude = match.group(1).replace(",", ""), _MAGNITUDE[match.group(2)]
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".")[1])
    else:
        unit = _last_nonzero_place(float(digits)) if figure.approximate else 1.0
    return unit * magnitude


def figure_verdict(ko: Figure, zh: Figure) -> str:
    """`same` (equal values, both exact), `rounded` (one side approximate, or one value is the other
    rounded to its own precision: 97.03% vs 97%, 2931 vs 2,900여, 2400余 vs 2,400여) or `differs`."""
    tolerance = 1e-9 * max(abs(ko.value), abs(zh.value), 1.0)
    if abs(ko.value - zh.value) <= tolerance:
        return "rounded" if ko.approximate or zh.approximate else "same"
    coarser = max(_precision(ko), _precision(zh))
    difference = abs(ko.value - zh.value)
    if difference <= coarser / 2 + tolerance:
        return "rounded"
    if (ko.approximate or zh.approximate) and difference <= coarser + tolerance:
        return "rounded"
    return "differs"


def _compatible(ko: Figure, zh: Figure) -> bool:
    if ko.unit_class != zh.unit_class and "plain" not in (ko.unit_class, zh.unit_class):
        return False
    if ko.percent != zh.percent:
        return False
    if ko.unit_class == "count" and zh.unit_class == "count" and ko.measure and zh.measure:
        return (ko.measure in _PEOPLE) == (zh.measure in _PEOPLE)
    if ko.unit_class != "count" and ko.measure and zh.measure:
        return ko.measure == zh.measure
    return True


@dataclass(frozen=True)
class CompareSettings:
    """Weights of the pairing score and the evidence a pair needs."""

    aligned: float = 1.5  # the two sentences are in one bead…
    aligned_similarity: float = 0.3  # …with at least this bridge similarity (less counts less)
    concept: float = 1.2  # per shared glossary concept in the clauses (up to two)
    part_concept: float = 0.7  # a concept whose Chinese contains the other's (命案 in 命案现案破案率)
    clause: float = 2.0  # Hanja-bridge cosine of the two clauses
    same_value: float = 1.5
    rounded_value: float = 1.0
    threshold: float = 1.6  # pairs scoring below are not pairs
    subject_evidence: float = 1.2  # a pair whose figures differ needs this much non-value evidence
    closeness: float = 0.8  # differing figures: weight of how close the two values are
    min_closeness: float = 0.5  # figures further apart (200만 vs 1000) are about different things


def compare_claims(
    ko_claims: Sequence[Claim],
    zh_claims: Sequence[Claim],
    beads: Sequence[Bead] = (),
    settings: CompareSettings | None = None,
) -> list[ClaimPair]:
    """Pair claims (each at most once, strongest first) and give every claim a verdict."""
    settings = settings or CompareSettings()
    bead_of_ko = {i: number for number, bead in enumerate(beads) for i in bead.ko}
    bead_of_zh = {j: number for number, bead in enumerate(beads) for j in bead.zh}
    # an aligned pair is evidence in proportion to how alike its sentences are: aligners pair
    # sentences of unrelated reports too, on length alone
    bead_weight = [min(1.0, bead.score / settings.aligned_similarity) for bead in beads]
    # the clauses' figures are compared as values below, not as shared features of the clauses
    vectors = bridge_vectors([_without_digits(c.clause) for c in ko_claims], [_without_digits(c.clause) for c in zh_claims])
    norms_ko = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors.ko]
    norms_zh = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors.zh]
    candidates = []
    for a, ko in enumerate(ko_claims):
        for b, zh in enumerate(zh_claims):
            if not _compatible(ko.figure, zh.figure):
                continue
            verdict = figure_verdict(ko.figure, zh.figure)
            evidence = _concept_evidence(ko, zh, settings)
            dot = sum(w * vectors.zh[b].get(f, 0.0) for f, w in vectors.ko[a].items())
            evidence += settings.clause * dot / (norms_ko[a] * norms_zh[b])
            bead = bead_of_ko.get(ko.sentence, -1)
            if bead == bead_of_zh.get(zh.sentence, -2) and evidence > 0:
                evidence += settings.aligned * bead_weight[bead]  # alignment backs up a subject, never replaces it
            value = {"same": settings.same_value, "rounded": settings.rounded_value}.get(verdict, 0.0)
            specific = min(_informativeness(ko.figure), _informativeness(zh.figure))
            if specific < 0.7 and evidence < settings.subject_evidence:
                continue  # 4 = 4 or 100% = 100% on its own says nothing about the subject
            value *= specific
            if verdict == "differs":
                low, high = sorted((abs(ko.figure.value), abs(zh.figure.value)))
                closeness = low / high if high else 1.0
                if evidence < settings.subject_evidence or closeness < settings.min_closeness:
                    continue
                value = settings.closeness * closeness
            score = evidence + value
            if score >= settings.threshold:
                candidates.append((score, a, b, verdict))
    paired_ko: set[int] = set()
    paired_zh: set[int] = set()
    pairs: list[ClaimPair] = []
    for score, a, b, verdict in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if a in paired_ko or b in paired_zh:
            continue
        paired_ko.add(a)
        paired_zh.add(b)
        pairs.append(ClaimPair(ko_claims[a], zh_claims[b], verdict, round(score, 3)))
    pairs += [ClaimPair(c, None, "ko_only", 0.0) for a, c in enumerate(ko_claims) if a not in paired_ko]
    pairs += [ClaimPair(None, c, "zh_only", 0.0) for b, c in enumerate(zh_claims) if b not in paired_zh]
    return _in_reading_order(pairs)


def _without_digits(text: str) -> str:
    return re.sub(r"[\d.,%]+", " ", text)


def _informativeness(figure: Figure) -> float:
    """Equal values say more when the number is specific: 6,259 agreeing is evidence, 100% or 9 is not."""
    digits = re.sub(r"\D", "", figure.text).rstrip("0") or "0"
    return min(1.0, 0.4 + 0.2 * len(digits))


def _concept_evidence(ko: Claim, zh: Claim, settings: CompareSettings) -> float:
    """Shared glossary concepts, and partly shared ones (one's Chinese inside the other's)."""
    shared = set(ko.terms) & set(zh.terms)
    ko_chinese = [t.split("|", 1)[1] for t in ko.terms if t not in shared]
    zh_chinese = [t.split("|", 1)[1] for t in zh.terms if t not in shared]
    partial = sum(1 for a in ko_chinese if any(len(min(a, b, key=len)) >= 2 and (a in b or b in a) for b in zh_chinese))
    return settings.concept * min(2, len(shared)) + settings.part_concept * min(1, partial)


def _in_reading_order(pairs: list[ClaimPair]) -> list[ClaimPair]:
    """Korean order; a Chinese-only claim goes after the pair whose Chinese claim precedes it."""
    def zh_position(claim: Claim) -> tuple[int, int]:
        return (claim.sentence, claim.figure.start)

    anchored = sorted((p for p in pairs if p.ko is not None), key=lambda p: (p.ko.sentence, p.ko.figure.start))  # type: ignore[union-attr]
    ordered: list[ClaimPair] = []
    pending = sorted((p for p in pairs if p.ko is None), key=lambda p: zh_position(p.zh))  # type: ignore[arg-type]
    for pair in anchored:
        if pair.zh is not None:
            while pending and zh_position(pending[0].zh) < zh_position(pair.zh):  # type: ignore[arg-type]
                ordered.append(pending.pop(0))
        ordered.append(pair)
    return ordered + pending


def _unit_label(figure: Figure) -> str:
    return figure.unit_class if not figure.measure or figure.measure == figure.unit_class else f"{figure.unit_class}:{figure.measure}"


def comparison_records(pairs: Sequence[ClaimPair], ko: Sequence["str | Sentence"], zh: Sequence["str | Sentence"]) -> list[dict[str, Any]]:
    """Rows with the documented columns (ids are sentence indices, empty on the missing side)."""
    def text(sentences: Sequence["str | Sentence"], claim: Claim | None) -> str:
        if claim is None:
            return ""
        sentence = sentences[claim.sentence]
        return sentence if isinstance(sentence, str) else sentence.clean

    rows = []
    for pair in pairs:
        figure = (pair.ko or pair.zh).figure  # type: ignore[union-attr]
        rows.append(
            {
                "ko_id": pair.ko.sentence if pair.ko else None,
                "zh_id": pair.zh.sentence if pair.zh else None,
                "subject": " / ".join(s for s in (pair.ko.subject if pair.ko else "", pair.zh.subject if pair.zh else "") if s),
                "ko_value": pair.ko.figure.text if pair.ko else "",
                "zh_value": pair.zh.figure.text if pair.zh else "",
                "ko_number": pair.ko.figure.value if pair.ko else None,
                "zh_number": pair.zh.figure.value if pair.zh else None,
                "unit": _unit_label(figure),
                "verdict": pair.verdict,
                "score": pair.score,
                "ko_text": text(ko, pair.ko),
                "zh_text": text(zh, pair.zh),
            }
        )
    return rows


@dataclass(frozen=True)
class Comparison:
    """Everything a report needs: the sentences, the sentence alignment and the claim pairs."""

    ko: tuple["str | Sentence", ...]
    zh: tuple["str | Sentence", ...]
    beads: tuple[Bead, ...]
    pairs: tuple[ClaimPair, ...]

    def records(self) -> list[dict[str, Any]]:
        return comparison_records(self.pairs, self.ko, self.zh)


def compare_reports(
    ko: Sequence["str | Sentence"],
    zh: Sequence["str | Sentence"],
    glossary: Glossary | None = None,
    settings: CompareSettings | None = None,
) -> Comparison:
    """Align the sentences, extract both sides' claims and pair them."""
    beads = align_sentences(ko, zh, glossary)
    pairs = compare_claims(extract_claims(ko, "ko", glossary), extract_claims(zh, "zh", glossary), beads, settings)
    return Comparison(tuple(ko), tuple(zh), tuple(beads), tuple(pairs))


def compare(
    ko: Sequence["str | Sentence"],
    zh: Sequence["str | Sentence"],
    glossary: Glossary | None = None,
    settings: CompareSettings | None = None,
) -> "pandas.DataFrame":
    """The comparison as a DataFrame with columns `COLUMNS`, one row per claim pair or lone claim."""
    import pandas

    return pandas.DataFrame(compare_reports(ko, zh, glossary, settings).records(), columns=list(COLUMNS))
