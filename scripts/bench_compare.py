"""Claim comparison quality on Korean/Chinese report pairs with hand-annotated claims.

The pairs are in tests/data/compare (see its README): a Korean seed article against a Chinese
report of the same press conference, two long Chinese seed articles against condensed Korean
reports, and two independent reports of one campaign — with rounding, deliberately different
figures and one-sided claims. For each pair and overall it prints: shared claims paired (target
>= 0.90), verdicts right among them (>= 0.90), one-sided claims reported as one-sided (>= 0.80),
and the time taken.
"""

from __future__ import annotations

import time
from pathlib import Path

from align.comparison.compare import compare_reports
from align.comparison.evaluate import ComparisonScore, read_gold, score_comparison
from align.terms.glossary import BUNDLED, load_glossary
from align.text.segment import segment_file

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "compare"


def main() -> None:
    glossary = load_glossary(BUNDLED)
    total = ComparisonScore(0, 0, 0, 0, 0)
    print(f"{'pair':20} {'shared paired':>15} {'verdicts right':>15} {'one-sided':>12} {'time':>7}")
    for gold_path in sorted(PAIRS.glob("*.gold.tsv")):
        name = gold_path.name.removesuffix(".gold.tsv")
        start = time.perf_counter()
        ko = segment_file(PAIRS / f"{name}.ko.txt", "ko", keep_boilerplate=True)
        zh = segment_file(PAIRS / f"{name}.zh.txt", "zh", keep_boilerplate=True)
        comparison = compare_reports(ko.sentences, zh.sentences, glossary)
        elapsed = time.perf_counter() - start
        score = score_comparison(comparison, ko, zh, read_gold(gold_path, ko.text, zh.text))
        total = total + score
        print(
            f"{name:20} {score.shared_paired:>6}/{score.shared:<4} {score.paired_rate:.2f}"
            f" {score.verdicts_right:>6}/{score.shared_paired:<4} {score.verdict_rate:.2f}"
            f" {score.one_sided_reported:>4}/{score.one_sided:<3} {score.one_sided_rate:.2f} {elapsed:6.2f}s"
        )
    print(
        f"overall: shared claims paired {total.paired_rate:.3f} (target 0.90), verdicts right {total.verdict_rate:.3f}"
        f" (0.90), one-sided claims reported {total.one_sided_rate:.3f} (0.80)"
    )


if __name__ == "__main__":
    main()
