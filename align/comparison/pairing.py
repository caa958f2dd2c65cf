"""Comparing a Korean and a Chinese report claim by claim: which figures both state, which only one
states, and whether shared figures agree, are rounded, or differ.

Claims pair on evidence that they are about the same thing: their sentences aligned together,
shared glossary concepts, the Hanja-bridge similarity of their clauses, the same kind of unit, and
close values. Each claim pairs with at most one claim (strongest pairs first), so reports that
present facts in a different order, or where one condenses the other, still compare.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from align.alignment.features import BridgeVectors, bridge_vectors
from align.alignment.search import Bead
from align.comparison.claims import Claim
from align.comparison.verdicts import compatible, figure_verdict, precision, slipped_magnitude, specificity, written_digits
from align.script.numbers import Figure, date_parts
from align.terms.glossary import Term
from align.types import ClaimKind, UnitClass, Verdict


@dataclass(frozen=True)
class ClaimPair:
    """One row of a comparison: a pair of claims, or a claim one side makes alone."""

    ko: Claim | None
    zh: Claim | None
    verdict: Verdict
    score: float


@dataclass(frozen=True)
class CompareSettings:
    """Weights of the pairing score and the evidence a pair needs."""

    aligned: float = 1.5  # the two sentences are in one bead…
    aligned_similarity: float = 0.3  # …with at least this bridge similarity (less counts less)
    concept: float = 1.2  # per shared glossary concept in the clauses…
    concepts_counted: int = 2  # …up to this many
    part_concept: float = 0.7  # a concept whose Chinese contains the other's (命案 in 命案现案破案率)…
    part_concepts_counted: int = 1  # …up to this many
    clause: float = 2.0  # Hanja-bridge cosine of the two clauses
    same_value: float = 1.5
    rounded_value: float = 1.0
    threshold: float = 1.6  # pairs scoring below are not pairs
    subject_evidence: float = 1.2  # a pair whose figures differ needs this much non-value evidence
    closeness: float = 0.8  # differing figures: weight of how close the two values are
    min_closeness: float = 0.5  # figures further apart (200만 vs 1000) are about different things…
    magnitude_closeness: float = 0.05  # …unless within this, in one aligned bead…
    magnitude_evidence: float = 3.5  # …with this much evidence about the subject: a contradiction to show
    informative_base: float = 0.4  # how much agreeing values say: this much…
    informative_per_digit: float = 0.2  # …plus this per significant digit, up to 1 (6,259 says more than 9)…
    informative_measured: float = 0.2  # …plus this for a measured quantity, a weight, sum, area or length (90kg, 3,700억원 and 5헥타르 agree by chance far less often than 9명)
    specific: float = 0.7  # values less informative than this need subject evidence to pair
    restated_informative: float = 0.9  # a figure at least this informative stating exactly what the other report's side of an agreeing pair states contradicts nothing (`_states_again`)
    rare_clause_words: int = 50  # a clause word shared by more Chinese claims than this proposes no candidates (a fixed cap: candidates per claim do not grow with the document)
    contradiction_candidates: int = 8  # related claims with the nearest differing values tried per claim
    value_candidates: int = 8  # claims with the nearest agreeing values tried per claim (the nearest of each written precision, then the nearest of all)
    dateline: float = 2.0  # both claims are their dispatch's dateline
    hotline: float = 1.2  # both are numbers to call, as much a subject as a shared glossary concept (110 = 110; 0433-2512345 against …46 a contradiction)
    date_contradiction: float = 2.4  # dates that differ pair only on this much evidence (datelines have it)
    date_informative_base: float = 0.3  # how much agreeing dates say: this much…
    date_informative_per_part: float = 0.25  # …plus this per part stated (year, month, day; hour, minute)…
    minute_informative: float = 1.0  # …but a time to the minute (6시 54분 = 6時54分) agrees by chance as rarely as a full date…
    round_minutes: int = 10  # …unless the minute is a multiple of this (10시 30분: a schedule's time, often shared by chance)
    unrelated_claims: int = 3  # "do not seem to cover the same events": with this many claims a side, no agreeing one says it…
    unrelated_one_agreement: int = 6  # …with this many, one agreeing claim alone does too…
    unrelated_chance_agreements: int = 2  # …and so do two, each saying little…
    unrelated_specific: int = 2  # …when it states fewer parts than this (`specificity`: a day, a year, a small or round count; what unrelated reports share by chance)…
    unrelated_background: float = 2.5  # …and so do at most `unrelated_chance_agreements` agreeing claims when no sentence pair of the search is this many times as similar as the pair's background (0: never)…
    unrelated_bead_score: float = 0.45  # …with fewer, a mean bead score below this does (set with the lexicon's alignment features: they raise unrelated pairs' scores)
    measure: float = 0.3  # both figures count the same kind of thing (명 and 人, 건 and 起)
    unique_value: float = 0.3  # …and the same value is stated so once in each report (17명 and 十七人, each report's only 17 people): one fact, whichever sentences the aligner paired…
    unique_reach: float = 0.35  # …when the two stand within this share of their reports' lengths
    unique_date: float = 0.8  # two dates of at least a month and a day that agree with each other only, across the two reports (6월 5일 and 2018年6月5日, within `unique_reach`): one fact, whichever sentences the aligner paired
    anchor_claims: int = 2  # two sentences whose specific figures pair this often count as aligned for the rest of their figures
    casualty: float = 0.6  # both count people the same thing happened to (3명이 다쳤다 and 3人受伤; `casualty_words.tsv`): the dead against the injured never pair


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
    # the clauses' figures are compared as values below, not as shared features of the clauses
    vectors = bridge_vectors([_without_digits(c.clause) for c in ko_claims], [_without_digits(c.clause) for c in zh_claims])
    context = _Pairing(
        ko_claims,
        zh_claims,
        bead_of_ko,
        bead_of_zh,
        # an aligned pair is evidence in proportion to how alike its sentences are: aligners pair
        # sentences of unrelated reports too, on length alone
        tuple(min(1.0, bead.score / settings.aligned_similarity) for bead in beads),
        vectors,
        tuple(math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors.ko),
        tuple(math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors.zh),
        settings,
        frozenset(i for bead in beads if bead.ko and bead.zh for i in bead.ko),
        frozenset(j for bead in beads if bead.ko and bead.zh for j in bead.zh),
    )
    candidate_sets = _candidate_claims(ko_claims, zh_claims, vectors, bead_of_ko, bead_of_zh, settings)

    def scored(anchored: frozenset[tuple[int, int]]) -> list[tuple[float, int, int, Verdict]]:
        candidates = []
        for a, ko in enumerate(ko_claims):
            for b in candidate_sets[a]:
                zh = zh_claims[b]
                if not compatible(ko.figure, zh.figure):
                    continue
                verdict = _pair_verdict(ko, zh)
                evidence = _subject_evidence(context, a, b, anchored)
                value = _value_evidence(context, a, b, verdict, evidence)
                if value is not None and evidence + value >= settings.threshold:
                    candidates.append((evidence + value, a, b, verdict))
        return candidates

    def first(candidate: tuple[float, int, int, Verdict]) -> bool:
        ko, zh = ko_claims[candidate[1]], zh_claims[candidate[2]]
        return (candidate[3] in (Verdict.SAME, Verdict.ROUNDED) and ko.part == zh.part) or ko.kind == zh.kind == ClaimKind.DATELINE

    def chosen(candidates: list[tuple[float, int, int, Verdict]]) -> list[tuple[float, int, int, Verdict]]:
        paired_ko: set[int] = set()
        paired_zh: set[int] = set()
        agreed_ko: list[Claim] = []  # the claims of the agreeing pairs chosen so far
        agreed_zh: list[Claim] = []
        kept = []
        # agreeing pairs go first (and datelines, which pair as datelines): a figure the other report
        # states alike somewhere is no contradiction of a nearer different one, unless only one of
        # the two is a part of a group (其中120人 beside 150人); the rest compete on their scores, but
        # a figure stating exactly what the other report's side of an agreeing pair states is that
        # fact again and contradicts nothing (the headline's 2.4億元, after 2억4000만 홍콩달러 paired with
        # the lead's 逾二億元: not 3억8000만 홍콩달러, another seizure's value)
        for candidate in sorted(candidates, key=lambda c: (not first(c), -c[0], c[1], c[2])):
            _, a, b, verdict = candidate
            if a in paired_ko or b in paired_zh:
                continue
            if verdict == Verdict.DIFFERS and (
                _states_again(ko_claims[a], agreed_zh, settings) or _states_again(zh_claims[b], agreed_ko, settings)
            ):
                continue
            paired_ko.add(a)
            paired_zh.add(b)
            kept.append(candidate)
            if verdict in (Verdict.SAME, Verdict.ROUNDED):
                agreed_ko.append(ko_claims[a])
                agreed_zh.append(zh_claims[b])
        return kept

    selected = chosen(scored(frozenset()))
    # sentences that state several of the same figures report the same thing, whatever the
    # sentence alignment says (independent reports order facts their own way): a second round lets
    # their weaker figures (a day, an hour) pair too
    anchored = _anchored_sentences(selected, ko_claims, zh_claims, bead_of_ko, bead_of_zh, settings)
    if anchored:
        selected = chosen(scored(anchored))
    pairs = [ClaimPair(ko_claims[a], zh_claims[b], verdict, round(score, 3)) for score, a, b, verdict in selected]
    paired_ko = {a for _, a, _, _ in selected}
    paired_zh = {b for _, _, b, _ in selected}
    # a range's lower bound left unpaired is no claim of its own: its upper bound's row stands for the range
    pairs += [ClaimPair(c, None, Verdict.KO_ONLY, 0.0) for a, c in enumerate(ko_claims) if a not in paired_ko and not c.figure.lower_bound]
    pairs += [ClaimPair(None, c, Verdict.ZH_ONLY, 0.0) for b, c in enumerate(zh_claims) if b not in paired_zh and not c.figure.lower_bound]
    return _in_reading_order(pairs)


@dataclass(frozen=True)
class _Pairing:
    """What scoring a pair of claims looks up: the claims, the bead of each sentence and each
    bead's weight as evidence, the claims' clause vectors and their norms, and the settings."""

    ko_claims: Sequence[Claim]
    zh_claims: Sequence[Claim]
    bead_of_ko: dict[int, int]
    bead_of_zh: dict[int, int]
    bead_weight: tuple[float, ...]
    vectors: BridgeVectors
    norms_ko: tuple[float, ...]
    norms_zh: tuple[float, ...]
    settings: CompareSettings
    aligned_ko: frozenset[int] = frozenset()  # the sentences in a bead with the other report's
    aligned_zh: frozenset[int] = frozenset()

    @cached_property
    def _stated(self) -> tuple[Counter[tuple[str, str, float]], Counter[tuple[str, str, float]]]:
        """How often each report states each value of each kind and measure."""
        return tuple(Counter((str(c.figure.unit_class), c.figure.measure, c.figure.value) for c in claims) for claims in (self.ko_claims, self.zh_claims))  # type: ignore[return-value]

    def stated_once(self, ko: Claim, zh: Claim) -> bool:
        """Whether each report states this value of this kind and measure once only, at about the same
        place in its report (`unique_reach` of its length apart: a lead's toll and the other's second
        sentence, not one report's opening and the other's end, where unrelated reports' values meet)."""
        ko_counts, zh_counts = self._stated
        once = ko_counts[(str(ko.figure.unit_class), ko.figure.measure, ko.figure.value)] == 1 and zh_counts[(str(zh.figure.unit_class), zh.figure.measure, zh.figure.value)] == 1
        return once and self.within_reach(ko, zh)

    def within_reach(self, ko: Claim, zh: Claim) -> bool:
        """Whether two claims stand at about the same place in their reports: within `unique_reach`
        of the reports' lengths apart."""
        ko_length, zh_length = max(1, len(self.bead_of_ko)), max(1, len(self.bead_of_zh))
        return abs(ko.sentence / ko_length - zh.sentence / zh_length) <= self.settings.unique_reach

    @cached_property
    def _agreeing_dates(self) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
        """For each date claim of a month and a day or more, the other report's date claims it agrees
        with (`same` or `rounded`), both ways."""
        ko_dates = [(a, c) for a, c in enumerate(self.ko_claims) if c.figure.is_date and _month_and_day(c.figure)]
        zh_dates = [(b, c) for b, c in enumerate(self.zh_claims) if c.figure.is_date and _month_and_day(c.figure)]
        of_ko: dict[int, set[int]] = {a: set() for a, _ in ko_dates}
        of_zh: dict[int, set[int]] = {b: set() for b, _ in zh_dates}
        for a, ko in ko_dates:
            for b, zh in zh_dates:
                if compatible(ko.figure, zh.figure) and figure_verdict(ko.figure, zh.figure) in (Verdict.SAME, Verdict.ROUNDED):
                    of_ko[a].add(b)
                    of_zh[b].add(a)
        return of_ko, of_zh

    def date_stated_once(self, a: int, b: int) -> bool:
        """Whether Korean date claim `a` and Chinese date claim `b` agree with each other and with no
        other date of the other report, at about the same place in their reports (`unique_reach`),
        one of their sentences left alone by the aligner (a caption's date beside the lead's): two
        sentences each aligned with another tell their own dates (a date a day late on both sides
        is two contradictions, not one agreement)."""
        of_ko, of_zh = self._agreeing_dates
        if of_ko.get(a) != {b} or of_zh.get(b) != {a}:
            return False
        ko, zh = self.ko_claims[a], self.zh_claims[b]
        if ko.sentence in self.aligned_ko and zh.sentence in self.aligned_zh:
            return False
        return self.within_reach(ko, zh)

    def in_one_bead(self, ko: Claim, zh: Claim) -> bool:
        """Whether the two claims' sentences are aligned together."""
        return self.bead_of_ko.get(ko.sentence, -1) == self.bead_of_zh.get(zh.sentence, -2)


def _states_again(claim: Claim, agreed: Sequence[Claim], settings: CompareSettings) -> bool:
    """Whether a claim states exactly what one of the other report's `agreed` claims (each held by an
    agreeing pair) states: the same value in the same unit, approximate or not (約二億四千萬元 and
    2억4000만; a rounding may be another figure, a body's 2억4000만 under a headline's 2억), a number at
    least `restated_informative` informative (`_informativeness`: 2.4億元, 1,250명; not 15명, which
    another group may number too, nor a day)."""
    if claim.figure.is_date or _informativeness(claim.figure, settings) < settings.restated_informative:
        return False
    pairs = ((claim, other) if claim.lang == "ko" else (other, claim) for other in agreed)
    return any(compatible(ko.figure, zh.figure) and ko.figure.value == zh.figure.value and _pair_verdict(ko, zh) != Verdict.DIFFERS for ko, zh in pairs)


def _month_and_day(figure: Figure) -> bool:
    """Whether a date figure states at least a month and a day (`--06-05`, `2018-06-05`)."""
    return bool(figure.date) and {"month", "day"} <= date_parts(figure.date or "").keys()


def _pair_verdict(ko: Claim, zh: Claim) -> Verdict:
    """The verdict on two compatible claims: their values' (`figure_verdict`), but a number to call
    is that number or another, never a rounding of it, and a rise is not a share, whatever the value
    (54% 증가 against 是同期的54%)."""
    if ko.change is not None and zh.change is not None and ko.change != zh.change:
        return Verdict.DIFFERS
    if ko.kind == zh.kind == ClaimKind.HOTLINE:
        return Verdict.SAME if written_digits(ko.figure) == written_digits(zh.figure) else Verdict.DIFFERS
    return figure_verdict(ko.figure, zh.figure)


def _subject_evidence(context: _Pairing, a: int, b: int, anchored: frozenset[tuple[int, int]]) -> float:
    """How much says that Korean claim `a` and Chinese claim `b` are about the same thing, their
    values aside: shared glossary concepts, the same kind of thing counted, both datelines or both
    numbers to call, the same fate of the people counted, the bridge similarity of their clauses; and, when any of that is there, their
    sentences aligned together (weighed by the bead's similarity) or `anchored` (stating several of
    the same figures): alignment backs up a subject, never replaces it."""
    settings = context.settings
    ko, zh = context.ko_claims[a], context.zh_claims[b]
    evidence = _concept_evidence(ko, zh, settings)
    if ko.figure.measure and ko.figure.measure == zh.figure.measure:
        evidence += settings.measure  # both count people, or cases, or vehicles: a subject of the same kind
        if not ko.figure.is_date and ko.figure.value == zh.figure.value and context.stated_once(ko, zh):
            evidence += settings.unique_value
        if ko.fate is not None and ko.fate == zh.fate:
            evidence += settings.casualty
    if ko.kind == zh.kind != ClaimKind.FIGURE:
        evidence += settings.dateline if ko.kind is ClaimKind.DATELINE else settings.hotline
    elif ko.figure.is_date and context.date_stated_once(a, b):
        evidence += settings.unique_date
    dot = sum(w * context.vectors.zh[b].get(f, 0.0) for f, w in context.vectors.ko[a].items())
    evidence += settings.clause * dot / (context.norms_ko[a] * context.norms_zh[b])
    if evidence <= 0:
        return evidence
    if context.in_one_bead(ko, zh):
        return evidence + settings.aligned * context.bead_weight[context.bead_of_ko[ko.sentence]]
    if (ko.sentence, zh.sentence) in anchored:
        return evidence + settings.aligned
    return evidence


def _value_evidence(context: _Pairing, a: int, b: int, verdict: Verdict, evidence: float) -> float | None:
    """What the two claims' values add to the pair's `evidence` about its subject, or None when the
    pair is not admissible: agreeing values count by how much they say (4 = 4 says nothing without
    a subject); differing ones by how close they are, and only on enough evidence that they state
    the same thing (a date, a bare number against a counted one, a part against its group and an
    order of magnitude apart each need their own)."""
    settings = context.settings
    ko, zh = context.ko_claims[a], context.zh_claims[b]
    value = {Verdict.SAME: settings.same_value, Verdict.ROUNDED: settings.rounded_value}.get(verdict, 0.0)
    specific = min(_informativeness(ko.figure, settings), _informativeness(zh.figure, settings))
    if specific < settings.specific and evidence < settings.subject_evidence:
        return None  # 4 = 4 or 100% = 100% on its own says nothing about the subject
    if not _same_fate(ko.fate, zh.fate, verdict):
        return None  # the dead against the injured, a toll of both (25명 사상) against the dead (22人死亡): other counts
    if verdict is Verdict.DIFFERS and ko.figure.is_date and ko.cut_off != zh.cut_off:
        return None  # a toll's cut-off time (截至15时30分, 22시까지) against the event's own (16시 55분 발생): no contradiction
    if verdict is not Verdict.DIFFERS:
        return value * specific
    if ko.figure.is_date:
        if evidence < settings.date_contradiction or not _comparable_dates(ko, zh):
            return None
        return settings.closeness * settings.min_closeness
    if (ko.figure.unit_class is UnitClass.PLAIN) != (zh.figure.unit_class is UnitClass.PLAIN) and not slipped_magnitude(ko.figure, zh.figure):
        return None  # (56) against 90公斤: a bare number may state the other's figure, but contradicts nothing it does not say it counts (a slip aside: 3700억 vs 370億韓元)
    part, whole = (ko, zh) if ko.part else (zh, ko)
    if ko.part != zh.part and abs(part.figure.value) < abs(whole.figure.value):
        return None  # a part of a group (另外4名, 그중 3명) says nothing against the larger count of the group
    low, high = sorted((abs(ko.figure.value), abs(zh.figure.value)))
    closeness = low / high if high else 1.0
    in_bead = context.in_one_bead(ko, zh)
    if in_bead and evidence >= settings.magnitude_evidence and slipped_magnitude(ko.figure, zh.figure):
        closeness = settings.min_closeness  # the same digits in one bead (42톤 vs 42萬噸): a slip to show, however far apart
    if evidence < settings.subject_evidence or closeness < settings.magnitude_closeness:
        return None
    if closeness < settings.min_closeness and (evidence < settings.magnitude_evidence or not in_bead):
        return None  # an order of magnitude apart (1만 1,000여 vs 11万余): only in one bead, on strong evidence
    return settings.closeness * closeness


_INJURED_SOME = ("seriously-injured", "slightly-injured")  # some of the injured, by how badly


def _same_fate(ko: str | None, zh: str | None, verdict: Verdict) -> bool:
    """Whether two counts' fates (`Claim.fate`) let them pair: the same; unknown on both sides; unknown
    on one when their counts agree: a count that names no fate may be the one the other names, but
    never contradicts it (a bus's 19 seats against `15명의 사상자`, 승객 40명 against `3人死亡`: mostly other
    people; the dead named further off than a fate is read, `3명이 … 모두 숨졌다`, are lost to a
    contradiction so); or the injured and some of them by how badly, when their counts agree (3명 중상
    and 3人受伤，伤势较重)."""
    if ko == zh:
        return True
    if ko is None or zh is None:
        return verdict is not Verdict.DIFFERS
    return verdict is not Verdict.DIFFERS and {ko, zh} <= {"injured", *_INJURED_SOME} and "injured" in (ko, zh)


def _anchored_sentences(
    selected: Sequence[tuple[float, int, int, Verdict]],
    ko_claims: Sequence[Claim],
    zh_claims: Sequence[Claim],
    bead_of_ko: dict[int, int],
    bead_of_zh: dict[int, int],
    settings: CompareSettings,
) -> frozenset[tuple[int, int]]:
    """(Korean sentence, Chinese sentence) pairs, not aligned together, whose figures paired in
    agreement at least `settings.anchor_claims` times."""
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for _, a, b, verdict in selected:
        ko, zh = ko_claims[a], zh_claims[b]
        if verdict in (Verdict.SAME, Verdict.ROUNDED) and bead_of_ko.get(ko.sentence, -1) != bead_of_zh.get(zh.sentence, -2):
            counts[(ko.sentence, zh.sentence)] += 1
    return frozenset(pair for pair, count in counts.items() if count >= settings.anchor_claims)


def _candidate_claims(
    ko_claims: Sequence[Claim],
    zh_claims: Sequence[Claim],
    vectors: BridgeVectors,
    bead_of_ko: dict[int, int],
    bead_of_zh: dict[int, int],
    settings: CompareSettings,
) -> list[list[int]]:
    """For each Korean claim, the Chinese claims that could pair with it, found through indexes
    rather than by trying all pairs: a value that agrees (within the coarser written precision),
    a shared glossary concept, the same aligned bead, or a rare shared word of the two clauses —
    every way a pair can reach the pairing threshold."""
    values = sorted((zh.figure.value, b) for b, zh in enumerate(zh_claims) if zh.figure.value == zh.figure.value and not zh.figure.is_date)
    # by written precision too: a value agrees within the coarser of the two precisions, and a
    # few coarse approximate figures must not widen the window of every exact one
    by_precision: dict[float, tuple[list[float], list[int]]] = {}
    for value, b in values:
        level = precision(zh_claims[b].figure)
        by_precision.setdefault(level, ([], []))
        by_precision[level][0].append(value)
        by_precision[level][1].append(b)
    by_date_part: dict[tuple[str, int], list[int]] = defaultdict(list)
    for b, zh in enumerate(zh_claims):
        if zh.figure.is_date:
            for part in date_parts(zh.figure.date or "").items():
                by_date_part[part].append(b)
    by_concept: dict[Term, list[int]] = defaultdict(list)
    by_bead: dict[int, list[int]] = defaultdict(list)
    postings: dict[int, list[int]] = defaultdict(list)
    for b, zh in enumerate(zh_claims):
        for term in zh.terms:
            by_concept[term].append(b)
        if zh.sentence in bead_of_zh:
            by_bead[bead_of_zh[zh.sentence]].append(b)
        for feature in vectors.zh[b]:
            postings[feature].append(b)
    rare = settings.rare_clause_words
    zh_values = [zh.figure.value for zh in zh_claims]
    zh_dates = [zh.figure.is_date for zh in zh_claims]
    result: list[list[int]] = []
    for a, ko in enumerate(ko_claims):
        found: set[int] = set()
        value = ko.figure.value
        if value != value:
            result.append([])
            continue
        if ko.figure.is_date:  # a date or time stating a part alike
            for part in date_parts(ko.figure.date or "").items():
                posting = by_date_part.get(part, ())
                if len(posting) <= rare:
                    found.update(posting)
        else:
            own = precision(ko.figure)
            agreeing: list[tuple[float, int]] = []
            for level, (level_keys, level_claims) in by_precision.items():  # the same value, or one rounded
                reach = max(own, level) + 1e-9 * max(abs(value), 1.0)
                lo, hi = bisect_left(level_keys, value - reach), bisect_right(level_keys, value + reach)
                # a crowded window (a coarse 3万 agrees with every value from 2만 to 4만) gives its
                # nearest few; the related claims in it are tried below, nearest values first
                nearest = nearest_positions(level_keys, lo, hi, value, settings.value_candidates)
                if nearest:  # each written precision keeps its nearest value (a rounded 3200余 for 3천여)…
                    found.add(level_claims[nearest[0]])
                agreeing.extend((abs(level_keys[t] - value), level_claims[t]) for t in nearest)
            # …and the rest is one budget for all of them, nearest values first (ties by the claims'
            # order), so a document with more kinds of rounding does not give each claim more candidates
            found.update(b for _, b in heapq.nsmallest(settings.value_candidates, agreeing))
        related: set[int] = set()  # a contradiction needs a subject in common
        for term in ko.terms:
            related.update(by_concept.get(term, ()))
        if ko.sentence in bead_of_ko:
            related.update(by_bead.get(bead_of_ko[ko.sentence], ()))
        strong = set(related)  # a shared concept or bead: tried before claims sharing only a clause word
        for feature in vectors.ko[a]:
            posting = postings.get(feature, ())
            if len(posting) <= rare:
                related.update(posting)
        # the nearest values first, within the closeness a contradiction may have, a few of them:
        # each claim pairs once, and the closest related value is the one it would pair with (a
        # strongly related one, then below before above, at equal distance). Walking the related
        # claims, not every value in the window, keeps this from growing with the window.
        floor, ceiling = _closeness_bounds(value, settings.min_closeness)
        wide_floor, wide_ceiling = _closeness_bounds(value, settings.magnitude_closeness)
        same_bead = set(by_bead.get(bead_of_ko[ko.sentence], ())) if ko.sentence in bead_of_ko else set()
        near = []
        ko_date = ko.figure.is_date
        for b in related:
            other = zh_values[b]
            low, high = (wide_floor, wide_ceiling) if b in same_bead else (floor, ceiling)
            if ko_date or zh_dates[b]:
                if ko_date and zh_dates[b] and other != value:
                    near.append((0.0, b not in strong, False, b))  # dates that differ: any related one, nearest in the text first
            elif other == other and low <= other <= high:  # equal values too: a crowded window gave only its nearest few
                below = other < value
                near.append((abs(value - other), b not in strong, not below, -b if below else b))
        found.update(abs(b) for *_, b in heapq.nsmallest(settings.contradiction_candidates, near))
        found.update(b for b in same_bead if slipped_magnitude(ko.figure, zh_claims[b].figure))  # 42톤 vs 42萬噸, however far apart
        result.append(sorted(found))
    return result


def nearest_positions(keys: Sequence[float], lo: int, hi: int, value: float, count: int) -> list[int]:
    """The positions of the `count` keys in sorted `keys[lo:hi]` nearest to `value`, nearest first
    (at equal distance, the key below before the one at or above), walking outwards from where
    `value` would go: linear in `count`, not in the width of the range."""
    right = bisect_left(keys, value, lo, hi)
    left = right - 1
    picked: list[int] = []
    while len(picked) < count and (left >= lo or right < hi):
        if right >= hi or (left >= lo and value - keys[left] <= keys[right] - value):
            picked.append(left)
            left -= 1
        else:
            picked.append(right)
            right += 1
    return picked


def _closeness_bounds(value: float, closeness: float) -> tuple[float, float]:
    """The values within `closeness` (smaller over larger) of `value`, as an interval."""
    if value >= 0:
        return value * closeness, value / closeness if closeness else math.inf
    return value / closeness if closeness else -math.inf, value * closeness


def _comparable_dates(ko: Claim, zh: Claim) -> bool:
    """Dates that differ contradict each other only when both are datelines, or both state the same
    two or more parts (10월 30일 vs 10月29日): a year or a day alone against another is more often
    another point of reference (2021년 vs 2019年) than a contradiction."""
    if ko.kind == zh.kind == ClaimKind.DATELINE:
        return True
    parts = date_parts(ko.figure.date or "").keys()
    return len(parts) >= 2 and parts == date_parts(zh.figure.date or "").keys()


def _without_digits(text: str) -> str:
    return re.sub(r"[\d.,%]+", " ", text)


def _informativeness(figure: Figure, settings: CompareSettings) -> float:
    """Equal values say more when the number is specific: 6,259 agreeing is evidence, 100% or 9 is
    not, 90kg more than 9명 (`informative_measured`); a date says more the more parts it states
    (2월 6일 more than 6일), and a time to an odd minute (6:54, not 10:30) as much as a full date."""
    if figure.is_date:
        parts = date_parts(figure.date or "")
        if parts.get("minute", 0) % settings.round_minutes:
            return settings.minute_informative
        return min(1.0, settings.date_informative_base + settings.date_informative_per_part * len(parts))
    measured = settings.informative_measured if figure.unit_class in _MEASURED else 0.0
    return min(1.0, settings.informative_base + settings.informative_per_digit * specificity(figure) + measured)


_MEASURED = frozenset({UnitClass.WEIGHT, UnitClass.MONEY, UnitClass.AREA, UnitClass.LENGTH})


def _concept_evidence(ko: Claim, zh: Claim, settings: CompareSettings) -> float:
    """Shared glossary concepts, and partly shared ones (one's Chinese inside the other's)."""
    shared = set(ko.terms) & set(zh.terms)
    ko_chinese = [t.zh_hans for t in ko.terms if t not in shared]
    zh_chinese = [t.zh_hans for t in zh.terms if t not in shared]
    partial = sum(1 for a in ko_chinese if any(len(min(a, b, key=len)) >= 2 and (a in b or b in a) for b in zh_chinese))
    return settings.concept * min(settings.concepts_counted, len(shared)) + settings.part_concept * min(settings.part_concepts_counted, partial)


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


