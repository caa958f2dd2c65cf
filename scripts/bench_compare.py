"""Claim comparison quality on Korean/Chinese report pairs with hand-annotated claims.

The pairs are in tests/data/compare (see its README): a Korean seed article against a Chinese
report of the same press conference, two long Chinese seed articles against condensed Korean
reports, and two independent reports of one campaign — with rounding, deliberately different
figures and one-sided claims. For each pair and overall it prints: shared claims paired (target
>= 0.90), verdicts right among them (>= 0.90), one-sided claims reported as one-sided (>= 0.80),
and the time taken. Then the same on the real news pairs of tests/data/realnews (issue 13's
bars: 0.85, 0.90, 0.80), developed and held out.
"""

from __future__ import annotations

import dataclasses
import random
import time
from pathlib import Path

from realnews import REALNEWS, read_pair_side, realnews_groups

from align.comparison.compare import Comparison, compare_documents, compare_reports
from align.comparison.evaluate import ComparisonScore, read_gold, score_comparison
from align.comparison.pairing import ClaimPair, CompareSettings
from align.terms.glossary import BUNDLED, Glossary, load_glossary
from align.text.segment import segment_file
from align.types import Verdict

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
    real_pairs(glossary)
    unrelated_pairs(glossary)
    every_unrelated_pair(glossary)




def real_pairs(glossary: Glossary) -> None:
    """The same on the real news pairs of tests/data/realnews (their gold counts dates, times and
    datelines as claims too), per split and kind, beside a baseline measured by the same scorer:
    claims paired when their values are equal (first come, first paired), verdict `same`. Read a
    sentence per line as the gold numbers them, and (`whole articles`) as `align compare KO ZH`
    reads the files: cleaned and split, a dispatch credit cut off the lead."""
    groups = realnews_groups()
    if not groups:
        return
    print(f"\nreal news pairs (tests/data/realnews, {sum(len(g) for g in list(groups.values())[:2])} pairs)")
    for group, members in groups.items():
        for system in ("align compare", "whole articles", "equal values (baseline)"):
            total = ComparisonScore(0, 0, 0, 0, 0)
            for row in members:
                if system == "whole articles":  # read and cleaned as `align compare KO ZH` reads them, not a sentence per line
                    ko, zh = segment_file(REALNEWS / f"{row['slug']}.ko.txt", "ko"), segment_file(REALNEWS / f"{row['slug']}.zh.txt", "zh")
                    comparison = compare_documents(ko, zh, glossary)
                else:
                    ko = read_pair_side(REALNEWS / f"{row['slug']}.ko.txt", "ko")
                    zh = read_pair_side(REALNEWS / f"{row['slug']}.zh.txt", "zh")
                    comparison = compare_reports(ko.sentences, zh.sentences, glossary)
                if system == "equal values (baseline)":
                    comparison = equal_values(comparison)
                total = total + score_comparison(comparison, ko, zh, read_gold(REALNEWS / f"{row['slug']}.claims.tsv", ko.text, zh.text))
            print(
                f"  {group:13} {system:24} pairs {len(members):3d}  shared paired {total.shared_paired}/{total.shared} {total.paired_rate:.3f}"
                f"  verdicts right {total.verdict_rate:.3f}  one-sided found {total.one_sided_reported}/{total.one_sided} {total.one_sided_rate:.3f}"
            )


CLAIMS_ALONE = CompareSettings(unrelated_bead_score=0.0, unrelated_background=0.0)  # the warning on claims alone: no bead-score fallback, no sentence against the background


def unrelated_pairs(glossary: Glossary, partners: int = 4) -> None:
    """The "these reports do not seem to cover the same events" warning on the real news pairs: each
    Korean report beside its own Chinese counterpart (a warning there is false) and beside
    `partners` Chinese reports of other pairs, drawn with a fixed seed (a warning there is right),
    per split of the Korean report; beside the warning judged by claims alone (no bead-score
    fallback for reports with fewer than three claims a side)."""
    groups = realnews_groups()
    if not groups:
        return
    rows = [row for members in list(groups.values())[:2] for row in members]
    slugs = [row["slug"] for row in rows]
    documents = {slug: (read_pair_side(REALNEWS / f"{slug}.ko.txt", "ko"), read_pair_side(REALNEWS / f"{slug}.zh.txt", "zh")) for slug in slugs}
    rng = random.Random(1)
    print("\nunrelated-report warning on the real news pairs (true counterpart: warned falsely; unrelated partner: warned rightly)")
    for group, members in list(groups.items())[:2]:
        counts = {"align compare": [0, 0, 0, 0], "claims alone (baseline)": [0, 0, 0, 0]}
        for row in members:
            ko = documents[row["slug"]][0]
            others = rng.sample([slug for slug in slugs if slug != row["slug"]], partners)
            for partner, true in [(row["slug"], True)] + [(slug, False) for slug in others]:
                comparison = compare_reports(ko.sentences, documents[partner][1].sentences, glossary)
                for system, warning in (("align compare", comparison.unrelated_warning()), ("claims alone (baseline)", comparison.unrelated_warning(CLAIMS_ALONE))):
                    tally = counts[system]
                    tally[0 if true else 2] += 1
                    tally[1 if true else 3] += warning is not None
        for system, (true_pairs, false_warnings, unrelated, warned) in counts.items():
            print(f"  {group:13} {system:24} true pairs warned {false_warnings}/{true_pairs}  unrelated pairs warned {warned}/{unrelated} {warned / max(1, unrelated):.3f}")


def every_unrelated_pair(glossary: Glossary) -> None:
    """The same warning on every pairing of a split's real news reports: each Korean report beside
    each other Chinese report of its split (a warning there is right) and beside its own (wrong)."""
    print("\nunrelated-report warning on every pairing of a split's real news reports")
    for group, members in list(realnews_groups().items())[:2]:
        slugs = [row["slug"] for row in members]
        korean = {slug: read_pair_side(REALNEWS / f"{slug}.ko.txt", "ko") for slug in slugs}
        chinese = {slug: read_pair_side(REALNEWS / f"{slug}.zh.txt", "zh") for slug in slugs}
        counts = {"align compare": [0, 0, 0, 0], "claims alone (baseline)": [0, 0, 0, 0]}
        for ko in slugs:
            for zh in slugs:
                comparison = compare_reports(korean[ko].sentences, chinese[zh].sentences, glossary)
                for system, warning in (("align compare", comparison.unrelated_warning()), ("claims alone (baseline)", comparison.unrelated_warning(CLAIMS_ALONE))):
                    tally = counts[system]
                    tally[0 if ko == zh else 2] += 1
                    tally[1 if ko == zh else 3] += warning is not None
        for system, (true_pairs, false_warnings, unrelated, warned) in counts.items():
            print(f"  {group:13} {system:24} true pairs warned {false_warnings}/{true_pairs}  unrelated pairs warned {warned}/{unrelated} {warned / max(1, unrelated):.3f}")


def equal_values(comparison: Comparison) -> Comparison:
    """The baseline: the same claims, paired only where their values are equal."""
    ko_claims = [p.ko for p in comparison.pairs if p.ko is not None]
    zh_claims = [p.zh for p in comparison.pairs if p.zh is not None]
    pairs, used = [], set()
    for ko in ko_claims:
        match = next((i for i, zh in enumerate(zh_claims) if i not in used and zh.figure.value == ko.figure.value), None)
        if match is None:
            pairs.append(ClaimPair(ko, None, Verdict.KO_ONLY, 0.0))
        else:
            used.add(match)
            pairs.append(ClaimPair(ko, zh_claims[match], Verdict.SAME, 1.0))
    pairs += [ClaimPair(None, zh, Verdict.ZH_ONLY, 0.0) for i, zh in enumerate(zh_claims) if i not in used]
    return dataclasses.replace(comparison, pairs=tuple(pairs))


if __name__ == "__main__":
    main()
