"""Document pairing (`align pairs`): precision and recall on the real pile of tests/data/docpairs
(developed and held-out parts, and all together), on the real news pairs of tests/data/realnews
alone and among 250 unrelated real pages per side (tests/data/pages, of the same split), on a synthetic pile of NTREX/FLORES documents
(--size Korean and Chinese articles of 15 sentences, half with a Chinese twin), and a scaling
curve (time and peak memory per pile size, each in a fresh process) with the cost of 100,000 x
100,000 extrapolated. The baseline in the same run: pairing each Korean article with its best
candidate by shared figures alone (greedy one-to-one, no threshold).
Bars (issue 14): held-out precision >= 0.90 and recall >= 0.95; synthetic 2,000 x 2,000 >= 0.95
both in <= 120 s.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.corpus.pairing import PairingSettings, article_features, pair_documents  # noqa: E402
from align.terms.glossary import BUNDLED, load_glossary  # noqa: E402
from align.text.document import Document  # noqa: E402
from align.text.segment import segment_document, segment_file  # noqa: E402

PILE = ROOT / "tests" / "data" / "docpairs"
_SAME_STORY = {"drunk-driving-hk-2024": "drunk-driving-hlj-2024", "drunk-driving-hlj-2024": "drunk-driving-hk-2024"}  # one Xinhua story in the two scripts
PARALLEL = ROOT / "tests" / "data" / "parallel"


def figures_only(korean: list[Document], chinese: list[Document]) -> set[tuple[str, str]]:
    """Baseline: each Korean article with the Chinese one sharing most figure values, one-to-one."""
    ko = [{f for f, k in article_features(d).kinds.items() if k in ("figure", "small_figure")} for d in korean]
    zh = [{f for f, k in article_features(d).kinds.items() if k in ("figure", "small_figure")} for d in chinese]
    scored = sorted(((len(a & b), i, j) for i, a in enumerate(ko) for j, b in enumerate(zh) if a & b), reverse=True)
    taken_ko: set[int] = set()
    taken_zh: set[int] = set()
    pairs = set()
    for _, i, j in scored:
        if i not in taken_ko and j not in taken_zh:
            taken_ko.add(i)
            taken_zh.add(j)
            pairs.add((korean[i].doc, chinese[j].doc))
    return pairs


def measure(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> tuple[float, float]:
    hits = len(predicted & gold)
    return hits / len(predicted) if predicted else 1.0, hits / len(gold) if gold else 1.0


def real_pile(settings: PairingSettings | None = None) -> None:
    glossary = load_glossary(BUNDLED)
    with (PILE / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    with (PILE / "gold.tsv").open(encoding="utf-8") as stream:
        gold = {(str(PILE / r["ko_file"]), str(PILE / r["zh_file"])) for r in csv.DictReader(stream, delimiter="\t")}
    documents = {r["file"]: segment_file(PILE / r["file"], r["language"]) for r in rows}
    print(f"\nreal pile ({PILE.relative_to(ROOT)}): {len(gold)} true pairs")
    print(f"{'part':10} {'KO x ZH':>9} {'pairs':>5}  {'align pairs P':>13} {'R':>5} {'s':>5}  {'figures-only baseline P':>23} {'R':>5}")
    for part, splits in (("developed", ("train",)), ("held out", ("heldout",)), ("all", ("train", "heldout"))):
        korean = [documents[r["file"]] for r in rows if r["language"] == "ko" and r["split"] in splits]
        chinese = [documents[r["file"]] for r in rows if r["language"] == "zh" and r["split"] in splits]
        here = {p for p in gold if any(p[0] == d.doc for d in korean)}
        start = time.perf_counter()
        frame = pair_documents(korean, chinese, glossary, settings)
        seconds = time.perf_counter() - start
        precision, recall = measure(set(zip(frame.ko_file, frame.zh_file)), here)
        base_p, base_r = measure(figures_only(korean, chinese), here)
        print(f"{part:10} {len(korean):4d}x{len(chinese):<4d} {len(here):5d}  {precision:13.3f} {recall:5.3f} {seconds:5.1f}  {base_p:23.3f} {base_r:5.3f}")


def realnews_pile(settings: PairingSettings | None = None) -> None:
    """The real pairs of tests/data/realnews (translations, condensed translations and independent
    reports of the same events) thrown into one pile per split: which Korean article goes with which
    Chinese one. Two of its Chinese articles are one Xinhua story in the two scripts (the Korean
    reports drunk-driving-hk-2024 and drunk-driving-hlj-2024 both cover it), so either pairing of
    those two counts as right."""
    from realnews import REALNEWS, realnews_groups

    glossary = load_glossary(BUNDLED)
    same_story = _SAME_STORY
    print(f"\nreal news pairs as a pile ({REALNEWS.relative_to(ROOT)}): translations, condensed and independent reports")
    print(f"{'part':10} {'KO x ZH':>9} {'pairs':>5}  {'align pairs P':>13} {'R':>5}  {'figures-only baseline P':>23} {'R':>5}")
    for part in ("developed", "held out"):
        slugs = [r["slug"] for r in realnews_groups().get(part, [])]
        korean = [segment_file(REALNEWS / f"{s}.ko.txt", "ko") for s in slugs]
        chinese = [segment_file(REALNEWS / f"{s}.zh.txt", "zh") for s in slugs]
        here = {(str(REALNEWS / f"{s}.ko.txt"), str(REALNEWS / f"{s}.zh.txt")) for s in slugs}
        here |= {(str(REALNEWS / f"{s}.ko.txt"), str(REALNEWS / f"{same_story[s]}.zh.txt")) for s in slugs if same_story.get(s) in slugs}
        frame = pair_documents(korean, chinese, glossary, settings)
        precision, recall = _scored(set(zip(frame.ko_file, frame.zh_file)), here, len(slugs))
        base_p, base_r = _scored(figures_only(korean, chinese), here, len(slugs))
        print(f"{part:10} {len(korean):4d}x{len(chinese):<4d} {len(slugs):5d}  {precision:13.3f} {recall:5.3f}  {base_p:23.3f} {base_r:5.3f}")


def noisy_pile(settings: PairingSettings | None = None, distractors: int = 250, seed: int = 0) -> None:
    """The real pairs of tests/data/realnews among real police-news pages that have no counterpart:
    each part's pairs with `distractors` Korean and as many Chinese scraped pages of the same split
    (tests/data/pages, drawn at random with `seed`), as an analyst's piles are: a few reports of the
    same events among many of other ones. A pair found between two pages counts as wrong (the pages
    come from different sites and weeks; those the run proposes are printed, to be read)."""
    from realnews import REALNEWS, realnews_groups

    glossary = load_glossary(BUNDLED)
    pages = ROOT / "tests" / "data" / "pages"
    with (pages / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        listed = list(csv.DictReader(stream, delimiter="\t"))
    same_story = _SAME_STORY
    print(f"\nreal news pairs among {distractors} unrelated real pages per side ({REALNEWS.relative_to(ROOT)} + {pages.relative_to(ROOT)}, same split)")
    print(f"{'part':10} {'KO x ZH':>9} {'pairs':>5}  {'align pairs P':>13} {'R':>5} {'page pairs':>10}  {'figures-only baseline P':>23} {'R':>5}")
    for part, split in (("developed", "dev"), ("held out", "heldout")):
        slugs = [r["slug"] for r in realnews_groups().get(part, [])]
        rng = random.Random(seed)
        drawn = {lang: rng.sample(sorted(r["id"] for r in listed if r["split"] == split and r["language"] == lang), distractors) for lang in ("ko", "zh")}
        korean = [segment_file(REALNEWS / f"{s}.ko.txt", "ko") for s in slugs] + [segment_file(pages / f"{p}.txt", "ko") for p in drawn["ko"]]
        chinese = [segment_file(REALNEWS / f"{s}.zh.txt", "zh") for s in slugs] + [segment_file(pages / f"{p}.txt", "zh") for p in drawn["zh"]]
        here = {(str(REALNEWS / f"{s}.ko.txt"), str(REALNEWS / f"{s}.zh.txt")) for s in slugs}
        here |= {(str(REALNEWS / f"{s}.ko.txt"), str(REALNEWS / f"{same_story[s]}.zh.txt")) for s in slugs if same_story.get(s) in slugs}
        frame = pair_documents(korean, chinese, glossary, settings)
        found = set(zip(frame.ko_file, frame.zh_file))
        precision, recall = _scored(found, here, len(slugs))
        base_p, base_r = _scored(figures_only(korean, chinese), here, len(slugs))
        between_pages = sorted((Path(k).name, Path(z).name) for k, z in found if Path(k).parent == pages)
        print(f"{part:10} {len(korean):4d}x{len(chinese):<4d} {len(slugs):5d}  {precision:13.3f} {recall:5.3f} {len(between_pages):10d}  {base_p:23.3f} {base_r:5.3f}")
        if between_pages:
            print("           pages paired: " + ", ".join(f"{k}-{z}" for k, z in between_pages))


def small_piles(settings: PairingSettings | None = None, size: int = 4, every: bool = True) -> None:
    """The real news pairs of each split in small piles, as a user pairs the few articles of one
    day: each pair alone (one article per side), piles of `size` pairs, and each Korean report alone
    beside the Chinese report of another story (how many such pairs are proposed): the next story's,
    and, with `every`, every other story's."""
    from realnews import REALNEWS, realnews_groups

    glossary = load_glossary(BUNDLED)
    print(f"\nreal news pairs in small piles ({REALNEWS.relative_to(ROOT)}): each alone, and {size} at a time")
    print(f"{'part':10} {'pile':>9} {'pairs':>5}  {'align pairs P':>13} {'R':>5}  {'figures-only baseline P':>23} {'R':>5}")
    for part in ("developed", "held out"):
        slugs = [r["slug"] for r in realnews_groups().get(part, [])]
        documents = {slug: (segment_file(REALNEWS / f"{slug}.ko.txt", "ko"), segment_file(REALNEWS / f"{slug}.zh.txt", "zh")) for slug in slugs}
        for label, width in (("1 x 1", 1), (f"{size} x {size}", size)):
            found: set[tuple[str, str]] = set()
            baseline: set[tuple[str, str]] = set()
            for start in range(0, len(slugs) - width + 1, width):
                korean = [documents[slug][0] for slug in slugs[start : start + width]]
                chinese = [documents[slug][1] for slug in slugs[start : start + width]]
                frame = pair_documents(korean, chinese, glossary, settings)
                found |= set(zip(frame.ko_file, frame.zh_file))
                baseline |= figures_only(korean, chinese)
            piled = len(slugs) // width * width
            right = {(documents[slug][0].doc, documents[slug][1].doc) for slug in slugs[:piled]}
            precision, recall = _scored(found, right, piled)
            base_p, base_r = _scored(baseline, right, piled)
            print(f"{part:10} {label:>9} {piled:5d}  {precision:13.3f} {recall:5.3f}  {base_p:23.3f} {base_r:5.3f}")
        # each Korean report alone beside the Chinese report of the next story: any pair proposed is wrong
        strangers = list(zip(slugs, slugs[1:] + slugs[:1]))
        proposed = sum(not pair_documents([documents[ko][0]], [documents[zh][1]], glossary, settings).empty for ko, zh in strangers)
        figures = sum(bool(figures_only([documents[ko][0]], [documents[zh][1]])) for ko, zh in strangers)
        print(f"{part:10} {'unrelated':>9} {len(strangers):5d}  {'proposed':>13} {proposed:5d}  {'proposed':>23} {figures:5d}")
        if every:  # each Korean report alone beside the Chinese report of every other story (the same story in two scripts aside)
            others = [(ko, zh) for ko in slugs for zh in slugs if zh != ko and _SAME_STORY.get(ko) != zh]
            proposed = sum(not pair_documents([documents[ko][0]], [documents[zh][1]], glossary, settings).empty for ko, zh in others)
            figures = sum(bool(figures_only([documents[ko][0]], [documents[zh][1]])) for ko, zh in others)
            print(f"{part:10} {'all other':>9} {len(others):5d}  {'proposed':>13} {proposed:5d}  {'proposed':>23} {figures:5d}")


def _scored(found: set[tuple[str, str]], right_pairs: set[tuple[str, str]], articles: int) -> tuple[float, float]:
    """Precision of the pairs found, and the share of the Korean articles paired right."""
    right = found & right_pairs
    return len(right) / max(1, len(found)), len({ko for ko, _ in right}) / max(1, articles)


def synthetic(size: int, seed: int = 0) -> tuple[list[Document], list[Document], set[tuple[str, str]]]:
    """`size` Korean and `size` Chinese articles of 15 parallel sentences; half the Korean ones have
    their Chinese twin (the same sentences), the others and the remaining Chinese ones are unrelated."""
    ko_lines = (PARALLEL / "ntrex300.ko.txt").read_text(encoding="utf-8").splitlines() + (PARALLEL / "flores200.ko.txt").read_text(encoding="utf-8").splitlines()
    zh_lines = (PARALLEL / "ntrex300.zh.txt").read_text(encoding="utf-8").splitlines() + (PARALLEL / "flores200.zh.txt").read_text(encoding="utf-8").splitlines()
    rng = random.Random(seed)
    korean, chinese, gold = [], [], set()

    def article(lines: list[str], picks: list[int], lang: str, name: str) -> Document:
        return segment_document("\n".join(lines[i] for i in picks) + "\n", lang, name, keep_boilerplate=True)

    for number in range(size):
        picks = rng.sample(range(len(ko_lines)), 15)
        korean.append(article(ko_lines, picks, "ko", f"ko/{number}"))
        if number < size // 2:
            chinese.append(article(zh_lines, picks, "zh", f"zh/{number}"))
            gold.add((f"ko/{number}", f"zh/{number}"))
    for number in range(size // 2, size):
        chinese.append(article(zh_lines, rng.sample(range(len(zh_lines)), 15), "zh", f"zh/{number}"))
    return korean, chinese, gold


def synthetic_run(size: int) -> dict[str, float]:
    korean, chinese, gold = synthetic(size)
    start = time.perf_counter()
    frame = pair_documents(korean, chinese, load_glossary(BUNDLED))
    seconds = time.perf_counter() - start
    precision, recall = measure(set(zip(frame.ko_file, frame.zh_file)), gold)
    return {"size": size, "precision": precision, "recall": recall, "seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--curve", default="500,1000,2000,4000", help="comma-separated sizes for the scaling curve ('' to skip it)")
    parser.add_argument("--distractors", type=int, default=250, help="unrelated real pages per side thrown in with the real news pairs")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a single synthetic run, as JSON (for the curve)
    args = parser.parse_args()
    try:
        curve = [int(s) for s in args.curve.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--curve: not a comma-separated list of sizes: {args.curve!r}")
    if args.distractors < 0:
        parser.error("--distractors must not be negative")
    if any(size <= 0 for size in curve) or args.size <= 0:
        parser.error("--size and --curve sizes must be positive")
    if args.one is not None:
        print(json.dumps(synthetic_run(args.one)))
        return
    real_pile()
    realnews_pile()
    noisy_pile(distractors=args.distractors)
    small_piles()
    result = synthetic_run(args.size)
    print(f"\nsynthetic {args.size} x {args.size} (NTREX/FLORES, {args.size // 2} twins): precision {result['precision']:.3f}, recall {result['recall']:.3f}, {result['seconds']:.1f} s (target <= 120 s)")
    print(f"\nscaling (fresh process each; pairing time, peak RSS of the whole process)\n{'articles per side':>18} {'seconds':>8} {'peak MB':>8} {'P':>6} {'R':>6}")
    points = []
    for size in curve:
        output = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True).stdout
        point = json.loads(output.strip().splitlines()[-1])
        points.append(point)
        print(f"{size:18d} {point['seconds']:8.1f} {point['peak_mb']:8.0f} {point['precision']:6.3f} {point['recall']:6.3f}")
    if len(points) >= 2:
        first, last = points[0], points[-1]
        exponent = __import__("math").log(last["seconds"] / first["seconds"]) / __import__("math").log(last["size"] / first["size"])
        per_article = last["seconds"] / last["size"]
        print(f"time grows as size^{exponent:.2f}; at 100,000 x 100,000: about {per_article * 100_000 * (100_000 / last['size']) ** max(0.0, exponent - 1) / 60:.0f} minutes on this machine")


if __name__ == "__main__":
    main()
