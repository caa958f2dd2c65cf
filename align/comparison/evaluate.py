"""Scoring a comparison against hand-annotated claims (tests and `scripts/bench_compare.py`).

A gold file is a TSV `verdict, subject, ko_figure, ko_context, zh_figure, zh_context`: each side
locates a figure by the figure as written and a short unique substring of its sentence.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from align.comparison.claims import credit_span
from align.comparison.compare import Comparison
from align.errors import AlignError
from align.text.segment import Document


@dataclass(frozen=True)
class GoldClaim:
    verdict: str
    subject: str
    ko: tuple[int, int] | None  # figure span in the Korean document text
    zh: tuple[int, int] | None


@dataclass(frozen=True)
class ComparisonScore:
    shared: int
    shared_paired: int
    verdicts_right: int
    one_sided: int
    one_sided_reported: int

    @property
    def paired_rate(self) -> float:
        return self.shared_paired / self.shared if self.shared else 1.0

    @property
    def verdict_rate(self) -> float:
        """Right verdicts among correctly paired shared claims."""
        return self.verdicts_right / self.shared_paired if self.shared_paired else 1.0

    @property
    def one_sided_rate(self) -> float:
        return self.one_sided_reported / self.one_sided if self.one_sided else 1.0

    def __add__(self, other: ComparisonScore) -> ComparisonScore:
        return ComparisonScore(*(a + b for a, b in zip(self.__dict__.values(), other.__dict__.values())))


def _locate(text: str, figure: str, context: str, path: Path, line: int) -> tuple[int, int] | None:
    if not figure:
        return None
    at = text.find(context)
    if at < 0 or figure not in context:
        raise AlignError(f"context {context!r} with figure {figure!r} not found", path, line)
    start = at + context.find(figure)
    return start, start + len(figure)


def read_gold(path: Path, ko_text: str, zh_text: str) -> list[GoldClaim]:
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    return [
        GoldClaim(
            row["verdict"],
            row["subject"],
            _locate(ko_text, row["ko_figure"], row["ko_context"], path, number),
            _locate(zh_text, row["zh_figure"], row["zh_context"], path, number),
        )
        for number, row in enumerate(rows, start=2)
    ]


def score_comparison(comparison: Comparison, ko: Document, zh: Document, gold: list[GoldClaim]) -> ComparisonScore:
    """How many shared gold claims were paired (and with the right verdict), how many one-sided
    gold claims were reported as one-sided. A predicted claim matches a gold one when their figure
    spans overlap in the document."""

    def span(document: Document, claim) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
        if claim is None:
            return None
        if claim.credit:  # read from the dispatch credit cleaning cut off the lead
            credit = credit_span(document)
            if credit is None or credit.text != claim.clause:
                return None
            base = credit.start
        else:
            base = document.sentences[claim.sentence].start
        return base + claim.figure.start, base + claim.figure.end

    def same(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
        return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]

    predicted = [(span(ko, p.ko), span(zh, p.zh), p.verdict) for p in comparison.pairs]
    shared = paired = right = one_sided = reported = 0
    for claim in gold:
        if claim.ko is not None and claim.zh is not None:
            shared += 1
            hit = next((p for p in predicted if same(p[0], claim.ko) and same(p[1], claim.zh)), None)
            if hit is not None:
                paired += 1
                right += hit[2] == claim.verdict
        else:
            one_sided += 1
            location = claim.ko if claim.ko is not None else claim.zh
            if claim.ko is not None:
                reported += any(same(ko, location) and zh is None for ko, zh, _ in predicted)
            else:
                reported += any(same(zh, location) and ko is None for ko, zh, _ in predicted)
    return ComparisonScore(shared, paired, right, one_sided, reported)
