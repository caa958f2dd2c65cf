"""Translation throughput with a transformer-base-sized model of random weights, and the pipeline's overhead.

The model is built like the tests' tiny one (`tests/translation_model.py`): d_model 512, 6+6
layers, 8 heads, FFN 2048, a 32,000-token shared vocabulary. SentencePiece cannot train 32,000
pieces on the test corpus (it stops at about 8,400), so the 4,000 trained pieces are padded with
synthetic tokens to 32,000: the embedding and output layers have the real size, which is what
costs time. Random weights never emit </s>, so every sentence decodes `--max-length` tokens.

About 200 seed sentences (gold segmentation, Korean → Chinese and Chinese → Korean) go through
`translate_sentences` with the bundled glossary. Reported: output tokens per second for int8 and
float32 and for batch sizes 1/8/32, and the share of wall time spent outside CTranslate2 (SentencePiece,
glossary protection, detokenisation, repair), measured as the pipeline's wall time minus the time
spent waiting on `translate_iterable`; target ≤ 5 %.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.terms.glossary import load_glossaries  # noqa: E402
from align.translation.pipeline import TranslationModel, load_model, translate_sentences  # noqa: E402
from tests.translation.model import BASE, build_model  # noqa: E402

SEEDS = ROOT / "tests" / "data" / "seeds"
LANG = {"000": "ko", "001": "zh", "002": "zh", "003": "zh", "004": "ko"}
RUNS = (("int8", 1), ("int8", 8), ("int8", 32), ("float32", 32))


class TimedDecoder:
    """A translator whose `translate_iterable` counts the time the caller waits on it."""

    def __init__(self, translator: Any) -> None:
        self.translator = translator
        self.seconds = 0.0
        self.tokens = 0

    def translate_iterable(self, source: Iterable[list[str]], target_prefix: Any = None, **options: Any) -> Iterator[Any]:
        results = self.translator.translate_iterable(source, target_prefix, **options)
        while True:
            start = time.perf_counter()
            try:
                result = next(results)
            except StopIteration:
                self.seconds += time.perf_counter() - start
                return
            self.seconds += time.perf_counter() - start
            self.tokens += len(result.hypotheses[0])
            yield result


def seed_sentences(count: int) -> dict[str, list[str]]:
    """Gold seed sentences by language, `count` in all, taken in turn from each article."""
    by_seed = {seed: (SEEDS / f"{seed}.gold.txt").read_text(encoding="utf-8").split("\n") for seed in LANG}
    chosen: dict[str, list[str]] = {"ko": [], "zh": []}
    for row in range(max(map(len, by_seed.values()))):
        for seed, lines in by_seed.items():
            if row < len(lines) and lines[row].strip() and sum(map(len, chosen.values())) < count:
                chosen[LANG[seed]].append(lines[row])
    return chosen


def run(model: TranslationModel, sentences: dict[str, list[str]], batch_size: int, args: argparse.Namespace) -> tuple[float, TimedDecoder]:
    timed = TimedDecoder(model.translator)
    timed_model = dataclasses.replace(model, decoder=timed)
    glossary = load_glossaries([])
    start = time.perf_counter()
    for src, tgt in (("ko", "zh"), ("zh", "ko")):
        translate_sentences(
            timed_model, sentences[src], src, tgt, glossary,
            beam_size=args.beam_size, batch_size=batch_size, max_decoding_length=args.max_length,
        )
    return time.perf_counter() - start, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--max-length", type=int, default=24, help="output tokens per sentence")
    parser.add_argument("--beam-size", type=int, default=1)
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()
    sentences = seed_sentences(args.sentences)
    warm = {lang: lines[:4] for lang, lines in sentences.items()}
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        directory = build_model(Path(tmp) / "base", "plain", BASE, vocab_size=32000)
        print(f"model built in {time.perf_counter() - start:.1f} s: transformer-base, 32,000 tokens; "
              f"{len(sentences['ko'])} Korean + {len(sentences['zh'])} Chinese sentences, beam {args.beam_size}, "
              f"{args.max_length} output tokens each\n")
        print("| compute type | batch | tokens/s (CTranslate2) | tokens/s (pipeline) | wall s | outside CTranslate2 |")
        print("|---|---|---|---|---|---|")
        for compute_type, batch_size in RUNS:
            model = load_model(directory, compute_type=compute_type, threads=args.threads)
            run(model, warm, batch_size, args)  # load the model, Kiwi, the glossary matchers
            wall, timed = run(model, sentences, batch_size, args)
            print(f"| {compute_type} | {batch_size} | {timed.tokens / timed.seconds:,.0f} | {timed.tokens / wall:,.0f} | "
                  f"{wall:.1f} | {100 * (wall - timed.seconds) / wall:.1f} % |")


if __name__ == "__main__":
    main()
