"""Segmentation throughput on the seed articles, next to Kiwi's own sentence splitter.

Prints bytes (UTF-8) per second for Korean and Chinese: the seeds, boilerplate included, repeated
until each language has at least --megabytes of text, segmented document by document as
`align segment` does. The baseline is kiwipiepy's `split_into_sents` on the same Korean and Chinese
text in the same run (on a slice, since it is much slower; its rate is what is compared).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from align.text.segment import segment_document

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"
LANG = {"000": "ko", "001": "zh", "002": "zh", "003": "zh", "004": "ko"}


def corpus(lang: str, megabytes: float) -> list[str]:
    texts = [next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8") for seed, seed_lang in LANG.items() if seed_lang == lang]
    documents: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for text in texts:
            documents.append(text)
            size += len(text.encode("utf-8"))
    return documents


def rate(documents: list[str], run) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    size = sum(len(d.encode("utf-8")) for d in documents)
    start = time.perf_counter()
    for document in documents:
        run(document)
    elapsed = time.perf_counter() - start
    return size / elapsed, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--baseline-megabytes", type=float, default=0.3)
    args = parser.parse_args()

    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    segment_document("워밍업 문장이다. 预热。", "ko")  # load tables once, as a long-running process would
    total_bytes = total_seconds = 0.0
    print(f"{'lang':4}  {'system':28} {'MB':>6} {'MB/s':>8} {'ratio':>7}")
    for lang in ("ko", "zh"):
        documents = corpus(lang, args.megabytes)
        ours, seconds = rate(documents, lambda d, lang=lang: segment_document(d, lang))
        size = sum(len(d.encode("utf-8")) for d in documents)
        total_bytes += size
        total_seconds += seconds
        baseline_docs = corpus(lang, args.baseline_megabytes)
        kiwi_rate, _ = rate(baseline_docs, kiwi.split_into_sents)
        print(f"{lang:4}  {'align segment (clean+split)':28} {size / 1e6:6.2f} {ours / 1e6:8.2f} {ours / kiwi_rate:6.1f}x")
        print(f"{lang:4}  {'kiwipiepy split_into_sents':28} {sum(len(d.encode()) for d in baseline_docs) / 1e6:6.2f} {kiwi_rate / 1e6:8.3f} {1:6.1f}x")
    print(f"overall: {total_bytes / total_seconds / 1e6:.2f} MB/s over {total_bytes / 1e6:.1f} MB (target >= 1 MB/s)")


if __name__ == "__main__":
    main()
