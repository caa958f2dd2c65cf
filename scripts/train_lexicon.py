"""Learn the translation lexicon that term induction and sentence alignment consult (`align/terms/lexicon.py`).

Aligned sentences: NTREX-128 Korean/Chinese (data/external, line-parallel general news) and the
gold beads of the developed real police-news pairs (tests/data/realnews, `split` other than
heldout; held-out pairs are never read), and the beads of data/policenews/beads.tsv. Those come
from the translated (or condensed) police-news pairs of data/policenews, which have no gold beads:
`--align-policenews` segments and aligns each pair with the toolkit, the lexicon switched off (a
lexicon must not teach itself), and writes the beads of one or two sentences a side whose
similarity is at least `BEAD_MINIMUM`. They are kept in a file so that the lexicon does not change
whenever segmentation or alignment does. FLORES-200 is left out, so that the benchmarks keep a
general-news pair the lexicon never saw. IBM Model 1 in both directions over their words; the
pairs each side of which is likely the other's translation are written to align/data/lexicon.tsv,
strongest first. Deterministic: the same data give the same file.

    python scripts/train_lexicon.py                       # writes align/data/lexicon.tsv
    python scripts/train_lexicon.py -o OUT.tsv            # for experiments
    python scripts/train_lexicon.py --align-policenews    # writes data/policenews/beads.tsv first
"""

from __future__ import annotations

import argparse
import csv
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from realnews import REALNEWS, read_beads, realnews_groups  # noqa: E402

from align.alignment.features import FeatureSettings  # noqa: E402
from align.alignment.search import AlignmentSettings, align_sentences, bead_texts  # noqa: E402
from align.io import atomic_writer  # noqa: E402
from align.terms.lexicon import LexiconSettings, learn_lexicon  # noqa: E402
from align.text.segment import segment  # noqa: E402

EXTERNAL = ROOT / "data" / "external"
OUTPUT = ROOT / "align" / "data" / "lexicon.tsv"
POLICENEWS = ROOT / "data" / "policenews"
POLICENEWS_BEADS = POLICENEWS / "beads.tsv"
# On the developed real-news translations and condensations, aligned without the lexicon, every
# bead of similarity 0.3 or more overlapped a gold bead (56 of 58 were exactly one); the one below
# it was wrong.
BEAD_MINIMUM = 0.3
PARALLEL = (("ntrex128-kor-zho/newstest2019-ref.kor.txt", "ntrex128-kor-zho/newstest2019-ref.zho-CN.txt"),)


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def parallel_pairs() -> list[tuple[str, str]]:
    """The line-parallel corpora's sentence pairs."""
    pairs: list[tuple[str, str]] = []
    for ko, zh in PARALLEL:
        ko_lines, zh_lines = read_lines(EXTERNAL / ko), read_lines(EXTERNAL / zh)
        if len(ko_lines) != len(zh_lines):
            raise ValueError(f"{ko} and {zh} differ in length")
        pairs += zip(ko_lines, zh_lines)
    return pairs


def realnews_pairs() -> list[list[tuple[str, str]]]:
    """The developed real-news pairs' gold beads with both sides, as joined sentence pairs, one list
    per document pair."""
    documents = []
    groups = realnews_groups()
    if not groups:
        raise ValueError(f"no real-news pairs in {REALNEWS} (PROVENANCE.tsv is missing)")
    for row in groups["developed"]:
        ko, zh = read_lines(REALNEWS / f"{row['slug']}.ko.txt"), read_lines(REALNEWS / f"{row['slug']}.zh.txt")
        beads = read_beads(REALNEWS / f"{row['slug']}.beads.tsv")
        documents.append([(" ".join(ko[i] for i in bead.ko), "".join(zh[j] for j in bead.zh)) for bead in beads if bead.ko and bead.zh])
    return documents


def aligned_policenews() -> list[tuple[str, str, str, float]]:
    """The confident beads of the pairs of data/policenews (PROVENANCE.tsv lists them), aligned
    here with the lexicon off and every pairing kept (the bead score decides): (slug, Korean,
    Chinese, similarity), in the pairs' order."""
    with (POLICENEWS / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        slugs = [row["slug"] for row in csv.DictReader(stream, delimiter="\t")]
    settings = AlignmentSettings(features=FeatureSettings(lexicon=0.0), confident=0.0)
    rows = []
    for slug in slugs:
        ko = segment((POLICENEWS / f"{slug}.ko.txt").read_text(encoding="utf-8"), "ko")
        zh = segment((POLICENEWS / f"{slug}.zh.txt").read_text(encoding="utf-8"), "zh")
        rows += [
            (slug, *bead_texts(bead, ko, zh), bead.score)
            for bead in align_sentences(ko, zh, settings=settings)
            if 1 <= len(bead.ko) <= 2 and 1 <= len(bead.zh) <= 2 and bead.score >= BEAD_MINIMUM
        ]
    return rows


def write_policenews_beads(rows: list[tuple[str, str, str, float]], path: Path = POLICENEWS_BEADS) -> None:
    """`aligned_policenews`' rows as a TSV file (slug, ko, zh, similarity)."""
    with atomic_writer(path) as stream:
        stream.write("slug\tko\tzh\tsimilarity\n")
        for slug, ko, zh, similarity in rows:
            stream.write(f"{slug}\t{ko}\t{zh}\t{similarity:g}\n")


def policenews_pairs(path: Path = POLICENEWS_BEADS) -> list[list[tuple[str, str]]]:
    """The beads of data/policenews/beads.tsv, one list of sentence pairs per document pair."""
    if not path.exists():
        raise ValueError(f"{path} is missing: run scripts/train_lexicon.py --align-policenews")
    documents: dict[str, list[tuple[str, str]]] = {}
    with path.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            documents.setdefault(row["slug"], []).append((row["ko"], row["zh"]))
    return list(documents.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--align-policenews", action="store_true", help=f"align the pairs of data/policenews and write {POLICENEWS_BEADS.name} first")
    args = parser.parse_args()
    try:
        if args.align_policenews:
            rows = aligned_policenews()
            write_policenews_beads(rows)
            print(f"{len(rows)} beads -> {POLICENEWS_BEADS}")
        general = parallel_pairs()
        police = realnews_pairs()
        translated = policenews_pairs()
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"train_lexicon: {error}")
    settings = LexiconSettings()
    # each line of NTREX counts as a document of its own: they are distinct sentences
    entries = learn_lexicon([[pair] for pair in general] + police + translated, settings)
    beads = sum(map(len, police))
    aligned = sum(map(len, translated))
    with atomic_writer(args.output) as stream:
        stream.write(
            f"# IBM Model 1 both ways ({settings.iterations} iterations) over {len(general)} NTREX-128 sentence pairs, Chinese words by jieba {version('jieba')},\n"
            f"# and {beads} gold beads of {len(police)} developed real-news pairs (tests/data/realnews),\n"
            f"# and {aligned} beads of similarity >= {BEAD_MINIMUM} the toolkit aligned (lexicon off) in {len(translated)} translated police-news pairs (data/policenews/beads.tsv); scripts/train_lexicon.py.\n"
            f"# Kept: both probabilities >= {settings.minimum_probability}, geometric mean >= {settings.minimum_strength}, seen together in >= {settings.minimum_documents}\n"
            "# documents (an NTREX line is a document of its own), Chinese of two characters or more, Korean not its reading.\n"
            "ko\tzh\tzh_given_ko\tko_given_zh\ttogether\tdocuments\n"
        )
        for entry in entries:
            stream.write(f"{entry.ko}\t{entry.zh}\t{entry.zh_given_ko:g}\t{entry.ko_given_zh:g}\t{entry.together}\t{entry.documents}\n")
    print(f"{len(entries)} entries from {len(general) + beads + aligned} sentence pairs -> {args.output}")


if __name__ == "__main__":
    main()
