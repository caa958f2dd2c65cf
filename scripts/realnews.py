"""The real KO-ZH news pairs of tests/data/realnews, grouped as the benchmarks report them."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from align.alignment.search import Bead
from align.text.clean import clean
from align.text.document import Document
from align.text.inputs import read_presegmented

REALNEWS = Path(__file__).resolve().parent.parent / "tests" / "data" / "realnews"


def realnews_groups() -> dict[str, list[dict[str, str]]]:
    """The pairs' provenance rows by group: developed and held out, translations (condensed ones
    included) and independent reports; empty when the folder is absent."""
    if not (REALNEWS / "PROVENANCE.tsv").exists():
        return {}
    with (REALNEWS / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    return {
        "developed": [r for r in rows if r["split"] != "heldout"],
        "held out": [r for r in rows if r["split"] == "heldout"],
        "translations": [r for r in rows if r["kind"] in ("translation", "condensed")],
        "independent": [r for r in rows if r["kind"] == "independent"],
    }


def read_beads(path: Path) -> list[Bead]:
    """A pair's gold beads (`SLUG.beads.tsv`: ko_ids, zh_ids, comma-separated, one side may be empty)."""
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        ko, zh = (line.split("\t") + [""])[:2]
        beads.append(Bead(tuple(int(i) for i in ko.split(",") if i), tuple(int(j) for j in zh.split(",") if j), 0.0))
    return beads


def read_pair_side(path: Path, lang: str) -> Document:
    """One side of a pair, a sentence per line as the gold beads number them, each line of the
    headline block the cleaner keeps flagged a headline (as `align segment` flags it: alignment never
    joins a headline to body sentences)."""
    document = read_presegmented(path, lang)
    text = document.text
    headline = set()
    for paragraph in clean(text, lang).paragraphs:
        if paragraph.heading:
            start = paragraph.start + len(text[paragraph.start : paragraph.end]) - len(text[paragraph.start : paragraph.end].lstrip())
            end = paragraph.start + len(text[paragraph.start : paragraph.end].rstrip())
            headline.add((start, end))
    if not headline:
        return document
    return dataclasses.replace(document, sentences=tuple(dataclasses.replace(s, heading=(s.start, s.end) in headline) for s in document.sentences))
