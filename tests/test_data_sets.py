"""The annotated real-page sets the benchmarks score against (tests/data/pages, tests/data/html):
every annotation is where it says it is, and no held-out page shares text with a developed one,
in either Chinese script (a copy converted from traditional to simplified is still a copy)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from align.script.keys import to_simplified
from align.text.evaluate import read_annotated_page

DATA = Path(__file__).parent / "data"
FOLDERS = [DATA / "pages", DATA / "html"]
_NOT_COMPARED = re.compile(r"[\s，,。.！!？?、：:；;“”\"'‘’「」『』()（）【】\[\]《》<>·・|｜/／—–-]")


def _provenance(folder: Path) -> list[dict[str, str]]:
    with (folder / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def _page(folder: Path, page_id: str) -> Path:
    return next(p for p in (folder / f"{page_id}.txt", folder / f"{page_id}.html") if p.exists())


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_every_listed_page_has_its_files_and_a_split(folder: Path) -> None:
    rows = _provenance(folder)
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["split"] in ("dev", "heldout"), row["id"]
        page = _page(folder, row["id"])
        assert (folder / f"{row['id']}.gold.txt").exists() and (folder / f"{row['id']}.boilerplate.txt").exists(), page


def test_every_text_pages_annotation_is_a_substring_of_its_page() -> None:
    folder = DATA / "pages"
    for row in _provenance(folder):
        page = read_annotated_page(folder / f"{row['id']}.txt")
        text = page.path.read_text(encoding="utf-8")
        missing = [line for line in (*page.gold, *page.boilerplate) if line not in text]
        assert not missing, (row["id"], missing[:3])


def _paragraph_keys(path: Path) -> set[str]:
    """The page's gold lines of 25 characters or more, compared in simplified script without
    spaces and punctuation."""
    keys = set()
    for line in read_annotated_page(path).gold:
        key = _NOT_COMPARED.sub("", to_simplified(line))
        if len(key) >= 25:
            keys.add(key)
    return keys


def test_no_held_out_page_shares_a_paragraph_with_a_developed_page() -> None:
    developed: dict[str, str] = {}
    held_out: dict[str, str] = {}
    for folder in FOLDERS:
        for row in _provenance(folder):
            side = developed if row["split"] == "dev" else held_out
            for key in _paragraph_keys(_page(folder, row["id"])):
                side.setdefault(key, f"{folder.name}/{row['id']}")
    shared = sorted((held_out[key], developed[key]) for key in held_out.keys() & developed.keys())
    assert not shared, shared[:5]
