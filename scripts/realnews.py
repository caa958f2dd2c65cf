"""The real KO-ZH news pairs of tests/data/realnews, grouped as the benchmarks report them."""

from __future__ import annotations

import csv
from pathlib import Path

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
