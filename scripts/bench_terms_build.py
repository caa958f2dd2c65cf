"""Term induction quality and speed (`align terms build`).

Document pairs: NTREX-128 and FLORES-200 Korean/Chinese (parallel, general news), and the four
report pairs of tests/data/compare (police news: a seed article against a report of the same
press conference, condensed reports, independent reports), and two sentence-parallel pairs held out
from all tuning (tests/data/terms/heldout: seeds 002 and 004 with translations written for the
benchmark), reported on their own line as well. For each pair, with no prior glossary:
  * precision@20: share of the top 20 candidates judged correct by hand
    (tests/data/terms/judgments.tsv; a candidate not judged there counts as wrong and is listed);
  * recall: of the bundled glossary's terms that occur on both sides (found by `find_terms` in
    sentences aligned together), the share proposed at any rank;
  * time, including sentence alignment.
Targets: precision@20 >= 0.7, recall >= 0.6; a 1,000-sentence pair in under 5 s.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from pathlib import Path

from align.alignment import align_sentences
from align.glossary import BUNDLED, load_glossary
from align.induce import induce_terms
from align.induce.words import term_key
from align.keys import to_simplified
from align.segment import segment_file
from align.terms import find_terms

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT / "data" / "external"
COMPARE = ROOT / "tests" / "data" / "compare"
HELD_OUT = ROOT / "tests" / "data" / "terms" / "heldout"
JUDGMENTS = ROOT / "tests" / "data" / "terms" / "judgments.tsv"


def lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def pairs() -> dict[str, tuple[list[str], list[str]]]:
    out = {
        "ntrex": (lines(EXTERNAL / "ntrex128-kor-zho" / "newstest2019-ref.kor.txt"), lines(EXTERNAL / "ntrex128-kor-zho" / "newstest2019-ref.zho-CN.txt")),
        "flores": (lines(EXTERNAL / "flores200-devtest-kor-zho" / "kor_Hang.devtest"), lines(EXTERNAL / "flores200-devtest-kor-zho" / "zho_Hans.devtest")),
    }
    for name in ("jilin-5years", "baicheng-review", "tonghua-interview", "antifraud-campaign"):
        ko = segment_file(COMPARE / f"{name}.ko.txt", "ko", keep_boilerplate=True)
        zh = segment_file(COMPARE / f"{name}.zh.txt", "zh", keep_boilerplate=True)
        out[name] = ([s.clean for s in ko.sentences], [s.clean for s in zh.sentences])
    for name in ("jilin-2007", "yulin-volunteers"):  # held out: never looked at while tuning
        out[f"{name} (held out)"] = (lines(HELD_OUT / f"{name}.ko.txt"), lines(HELD_OUT / f"{name}.zh.txt"))
    return out


def judgments() -> dict[tuple[str, str], bool]:
    if not JUDGMENTS.exists():
        return {}
    with JUDGMENTS.open(encoding="utf-8") as stream:
        return {(row["ko"], row["zh"]): row["correct"].strip() == "1" for row in csv.DictReader(stream, delimiter="\t")}


def glossary_terms_on_both_sides(ko: list[str], zh: list[str], glossary) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(Korean key, Chinese) of glossary terms found in a Korean and a Chinese sentence aligned together."""
    found = set()
    for bead in align_sentences(ko, zh, glossary):
        if not bead.ko or not bead.zh:
            continue
        korean = {m.term for i in bead.ko for m in find_terms(ko[i], "ko", glossary)}
        chinese = {m.term for j in bead.zh for m in find_terms(zh[j], "zh", glossary)}
        found |= {(term_key(t.ko), t.zh_hans) for t in korean & chinese}
    return found


def main() -> None:
    glossary = load_glossary(BUNDLED)
    by_concept = {(term_key(t.ko), t.zh_hans): {(term_key(f), t.zh_hans) for f in t.korean_forms} for t in glossary.terms}
    judged = judgments()
    totals: dict[str, Counter[str]] = {"developed on": Counter(), "held out": Counter(), "all": Counter()}
    print(f"{'pair':28} {'sentences':>11} {'P@20':>6} {'unjudged':>9} {'recall':>12} {'time':>7}")
    for name, (ko, zh) in pairs().items():
        start = time.perf_counter()
        candidates = induce_terms([(ko, zh)])
        elapsed = time.perf_counter() - start
        top = candidates[:20]
        unjudged = [(c.ko, c.zh) for c in top if (c.ko, c.zh) not in judged]
        correct = sum(1 for c in top if judged.get((c.ko, c.zh), False))
        expected = glossary_terms_on_both_sides(ko, zh, glossary)
        proposed = {(term_key(c.ko), to_simplified(c.zh)) for c in candidates}
        recalled = sum(1 for concept in expected if by_concept.get(concept, {concept}) & proposed)
        for group in ("held out" if "held out" in name else "developed on", "all"):
            totals[group].update(top=len(top), correct=correct, expected=len(expected), recalled=recalled)
        recall = recalled / len(expected) if expected else float("nan")
        print(f"{name:28} {len(ko):>5}x{len(zh):<5} {correct / max(1, len(top)):6.2f} {len(unjudged):9d} {recalled:>4}/{len(expected):<4} {recall:.2f} {elapsed:6.2f}s")
        if unjudged:
            print("   unjudged (counted wrong):", ", ".join(f"{k}/{z}" for k, z in unjudged))
    for group, total in totals.items():
        print(
            f"{group:>12}: precision@20 {total['correct'] / max(1, total['top']):.3f} (target 0.7), "
            f"recall {total['recalled'] / max(1, total['expected']):.3f} (target 0.6)"
        )


if __name__ == "__main__":
    main()
