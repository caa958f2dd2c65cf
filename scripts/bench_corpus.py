"""Corpus runs (`align compare --pairs`): --pairs synthetic pairs of 15-sentence NTREX/FLORES
articles (a Korean article and its Chinese translation, numbers added so that claims exist),
compared with 1 and 2 local workers and on a Dask LocalCluster of 2; the tables must be identical.
The pool and Dask again on --big-pairs such pairs (Dask's start-up is a fixed cost).
The same on raw articles (paragraphs, split by the run) of --article-sentences sentences, the size
of real news. Then a run killed at about 40 % and rerun into the same folder (how many pairs were reused), and
the peak memory of the whole run at --small and --large pairs (each in a fresh process).
Then `align terms build --pairs` over the same pairs (split from raw text, as users run it) with 1
and 2 workers and on Dask: the candidates must be identical. Last, 1,000 and 4,000 results
written atomically into one folder, as a run writes them (time must grow linearly).
Bars (issue 15): 2 workers >= 1.6x faster than 1; Dask within 20 % of the local pool; identical
tables; reruns reuse; peak RSS at 1,000 pairs within 10 % of 100.
"""

from __future__ import annotations

import argparse
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARALLEL = ROOT / "tests" / "data" / "parallel"


def make_pairs(folder: Path, count: int, seed: int = 0, sentences: int = 15, articles: bool = False) -> Path:
    """`count` pairs of `sentences` sentences each: one sentence per line, or (`articles`) raw
    articles of paragraphs of four sentences, as scraped text is."""
    ko_lines = (PARALLEL / "ntrex300.ko.txt").read_text(encoding="utf-8").splitlines()
    zh_lines = (PARALLEL / "ntrex300.zh.txt").read_text(encoding="utf-8").splitlines()
    rng = random.Random(seed)
    rows = []
    for number in range(count):
        picks = rng.sample(range(len(ko_lines)), sentences)
        ko, zh = [], []
        for i in picks:
            value = rng.randrange(100, 100_000)
            ko.append(f"{ko_lines[i]} 경찰은 사건 {value:,}건을 해결했다.")
            zh.append(f"{zh_lines[i]}警方破获案件{value}起。")
        if articles:
            ko = [" ".join(ko[i : i + 4]) for i in range(0, len(ko), 4)]
            zh = ["".join(zh[i : i + 4]) for i in range(0, len(zh), 4)]
        (folder / f"{number:05d}.ko.txt").write_text("\n".join(ko) + "\n", encoding="utf-8")
        (folder / f"{number:05d}.zh.txt").write_text("\n".join(zh) + "\n", encoding="utf-8")
        rows.append(f"{folder / f'{number:05d}.ko.txt'}\t{folder / f'{number:05d}.zh.txt'}")
    listing = folder / "pairs.tsv"
    listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return listing


def run(listing: Path, out: Path, *options: str, presegmented: bool = True) -> float:
    start = time.perf_counter()
    flags = ["--presegmented"] if presegmented else []
    subprocess.run([sys.executable, "-m", "align.cli", "compare", "--pairs", str(listing), "-o", str(out), "-q", *flags, *options], check=True, capture_output=True)
    return time.perf_counter() - start


def run_terms(listing: Path, out: Path, *options: str) -> float:
    start = time.perf_counter()
    command = [sys.executable, "-m", "align.cli", "terms", "build", "--pairs", str(listing), "--glossary", "none", "-o", str(out), "-q", *options]
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def tables(folder: Path) -> tuple[str, str]:
    return (folder / "claims.tsv").read_text(encoding="utf-8"), (folder / "pairs.tsv").read_text(encoding="utf-8")


def peak(count: int) -> float:
    """Peak RSS (MB) of a whole `align compare --pairs` run over `count` pairs, 1 worker."""
    with tempfile.TemporaryDirectory() as folder:
        listing = make_pairs(Path(folder), count, seed=count)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        run(listing, Path(folder) / "out", "--workers", "1")
        return max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--big-pairs", type=int, default=1000, help="presegmented pairs in the run that compares the pool and Dask on a larger corpus")
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=1000)
    parser.add_argument("--article-sentences", type=int, default=40, help="sentences per raw article in the second speed-up run")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        listing = make_pairs(base, args.pairs)
        one = run(listing, base / "one", "--workers", "1")
        two = run(listing, base / "two", "--workers", "2")
        dask = run(listing, base / "dask", "--engine", "dask", "--workers", "2")
        same = tables(base / "one") == tables(base / "two") == tables(base / "dask")
        print(f"{args.pairs} pairs: 1 worker {one:.1f} s, 2 workers {two:.1f} s ({one / two:.2f}x, bar >= 1.6), Dask LocalCluster of 2 {dask:.1f} s ({dask / two:.2f}x the pool, bar <= 1.2); tables identical: {same}")
        # Dask's start-up (importing dask.distributed, starting a scheduler and two worker processes) is a
        # fixed cost: on a corpus five times larger it is a smaller part of the run
        (base / "big").mkdir()
        big = make_pairs(base / "big", args.big_pairs, seed=2)
        two_big = run(big, base / "two-big", "--workers", "2")
        dask_big = run(big, base / "dask-big", "--engine", "dask", "--workers", "2")
        print(f"{args.big_pairs} pairs: 2 workers {two_big:.1f} s, Dask LocalCluster of 2 {dask_big:.1f} s ({dask_big / two_big:.2f}x the pool, bar <= 1.2); tables identical: {tables(base / 'two-big') == tables(base / 'dask-big')}")
        (base / "articles").mkdir()
        articles = make_pairs(base / "articles", args.pairs, seed=1, sentences=args.article_sentences, articles=True)
        one_a = run(articles, base / "one-a", "--workers", "1", presegmented=False)
        two_a = run(articles, base / "two-a", "--workers", "2", presegmented=False)
        dask_a = run(articles, base / "dask-a", "--engine", "dask", "--workers", "2", presegmented=False)
        same_a = tables(base / "one-a") == tables(base / "two-a") == tables(base / "dask-a")
        print(
            f"{args.pairs} raw articles of {args.article_sentences} sentences: 1 worker {one_a:.1f} s, 2 workers {two_a:.1f} s ({one_a / two_a:.2f}x, bar >= 1.6), "
            f"Dask LocalCluster of 2 {dask_a:.1f} s ({dask_a / two_a:.2f}x the pool, bar <= 1.2); tables identical: {same_a}"
        )
        process = subprocess.Popen([sys.executable, "-m", "align.cli", "compare", "--pairs", str(listing), "-o", str(base / "killed"), "-q", "--presegmented", "--workers", "2"])
        deadline = time.monotonic() + 600
        while len(list((base / "killed" / "pairs").glob("*.json"))) < 0.4 * args.pairs and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        process.wait()
        done = len(list((base / "killed" / "pairs").glob("*.json")))
        output = subprocess.run([sys.executable, "-m", "align.cli", "compare", "--pairs", str(listing), "-o", str(base / "killed"), "-q", "--presegmented", "--workers", "2"], capture_output=True, text=True, check=True)
        terms = [run_terms(listing, base / f"terms-{name}.tsv", *flags) for name, flags in (
            ("one", ("--workers", "1")), ("two", ("--workers", "2")), ("dask", ("--engine", "dask", "--workers", "2")))]
        same_terms = len({(base / f"terms-{name}.tsv").read_bytes() for name in ("one", "two", "dask")}) == 1
        print(f"terms build over {args.pairs} pairs: 1 worker {terms[0]:.1f} s, 2 workers {terms[1]:.1f} s ({terms[0] / terms[1]:.2f}x), Dask LocalCluster of 2 {terms[2]:.1f} s ({terms[2] / terms[1]:.2f}x the pool); candidates identical: {same_terms}")
        print(f"killed after {done} of {args.pairs} pairs, rerun: {output.stderr.strip()}; tables identical to the uninterrupted run: {tables(base / 'killed') == tables(base / 'one')}")
    if not args.skip_memory:
        small, large = peak(args.small), peak(args.large)
        print(f"peak RSS: {args.small} pairs {small:.0f} MB, {args.large} pairs {large:.0f} MB ({large / small:.2f}x, bar <= 1.10)")
    few, many = writes(1000), writes(4000)
    print(f"results written atomically into one folder: 1,000 files {few:.2f} s, 4,000 files {many:.2f} s (ratio {many / few:.1f}, yardstick: linear 4)")


def writes(count: int) -> float:
    """Seconds to write `count` small files into one folder the way a corpus run writes its results."""
    from align.io import atomic_writer

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        for number in range(count):
            with atomic_writer(Path(folder) / f"{number:07d}.json") as out:
                out.write("{}")
        return time.perf_counter() - start


if __name__ == "__main__":
    main()
