"""Speed where users wait, each figure beside its yardstick in the same run, on text that is not
repeated (unique paragraphs built from real sentences with fresh figures), as issue 18 asks:

* `compare` on claim-dense text: time at 2,000 lines against 4.5 x its time at 500 (linear growth);
* `segment` of unique paragraphs: 10 MB against 12 x 1 MB, both languages; Korean without line
  breaks: 1 MB against 5 x 0.25 MB;
* Korean and Chinese term matching over whole documents against a bare ahocorasick-rs scan of the
  same glossary forms over the same text (the ratio is the share of the automaton's speed kept).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.comparison.compare import compare_reports  # noqa: E402
from align.terms.glossary import BUNDLED, load_glossary  # noqa: E402
from align.terms.matching import term_matcher  # noqa: E402
from align.text.segment import segment_document  # noqa: E402

PARALLEL = ROOT / "tests" / "data" / "parallel"


def lines(lang: str) -> list[str]:
    return (PARALLEL / f"ntrex300.{lang}.txt").read_text(encoding="utf-8").splitlines() + (PARALLEL / f"flores200.{lang}.txt").read_text(encoding="utf-8").splitlines()


def claim_dense(count: int, seed: int) -> tuple[list[str], list[str]]:
    """Line-parallel reports where every other line carries figures."""
    rng = random.Random(seed)
    ko_lines, zh_lines = lines("ko"), lines("zh")
    ko, zh = [], []
    for number in range(count):
        i = rng.randrange(len(ko_lines))
        value = rng.randrange(100, 100_000)
        if number % 2:
            ko.append(f"{ko_lines[i]} 경찰은 사건 {value:,}건을 해결하고 {value // 7}명을 검거했다.")
            zh.append(f"{zh_lines[i]}警方破获案件{value}起，抓获{value // 7}人。")
        else:
            ko.append(ko_lines[i])
            zh.append(zh_lines[i])
    return ko, zh


def unique_text(lang: str, megabytes: float, seed: int, breaks: bool = True) -> str:
    rng = random.Random(seed)
    pool = lines(lang)
    pieces: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        paragraph = (" " if lang == "ko" else "").join(f"{rng.choice(pool)}" for _ in range(4)) + (f" 사건 {rng.randrange(10**6)}건." if lang == "ko" else f"案件{rng.randrange(10**6)}起。")
        pieces.append(paragraph)
        size += len(paragraph.encode())
    return ("\n" if breaks else " ").join(pieces) + "\n"


def seconds(run) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=float, default=10.0, help="MB of unique paragraphs for the segmentation growth test")
    args = parser.parse_args()
    glossary = load_glossary(BUNDLED)

    small, large = claim_dense(500, 1), claim_dense(2000, 2)
    compare_reports(*claim_dense(50, 0), glossary)  # warm: matchers, word lists, tables
    t500 = seconds(lambda: compare_reports(small[0], small[1], glossary))
    t2000 = seconds(lambda: compare_reports(large[0], large[1], glossary))
    print(f"compare, claim-dense: 500 lines {t500:.2f} s, 2,000 lines {t2000:.2f} s; ratio {t2000 / t500:.2f} (yardstick: linear 4.0, bar <= 4.5)")

    for lang in ("ko", "zh"):
        one = unique_text(lang, 1.0, 3)
        ten = unique_text(lang, args.large, 4)
        t1 = seconds(lambda text=one, lang=lang: segment_document(text, lang))
        t10 = seconds(lambda text=ten, lang=lang: segment_document(text, lang))
        print(f"segment {lang}, unique paragraphs: 1 MB {t1:.2f} s, {args.large:g} MB {t10:.2f} s; ratio {t10 / t1:.2f} (yardstick: linear {args.large:g}, bar <= {1.2 * args.large:g})")
    quarter = unique_text("ko", 0.25, 5, breaks=False)
    whole = unique_text("ko", 1.0, 6, breaks=False)
    tq = seconds(lambda: segment_document(quarter, "ko"))
    tw = seconds(lambda: segment_document(whole, "ko"))
    print(f"segment ko without line breaks: 0.25 MB {tq:.2f} s, 1 MB {tw:.2f} s; ratio {tw / tq:.2f} (yardstick: linear 4, bar <= 5)")

    import ahocorasick_rs

    for lang in ("ko", "zh"):
        text = unique_text(lang, 2.0, 7)
        matcher = term_matcher(glossary, lang, check_morphemes=False)
        ours = seconds(lambda matcher=matcher, text=text: matcher.find(text))
        forms = sorted({f for t in glossary.terms for f in (t.korean_forms if lang == "ko" else t.chinese_forms)})
        bare = ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        baseline = seconds(lambda bare=bare, text=text: bare.find_matches_as_indexes(text))
        megabytes = len(text.encode()) / 1e6
        print(f"terms {lang}: {megabytes / ours:.1f} MB/s against a bare ahocorasick-rs scan {megabytes / baseline:.1f} MB/s: {baseline / ours:.2f} x (bar >= {0.25 if lang == 'ko' else 0.4})")


if __name__ == "__main__":
    main()
