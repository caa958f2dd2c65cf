"""Scoring cleaning against hand-annotated pages (tests and `scripts/bench_clean.py`).

A page's gold is its body sentences and its boilerplate snippets. Body recall is the share of gold
sentences whose text survives in the kept text; boilerplate kept is the share of snippets that
occur in the kept text more often than in the gold body (a snippet may legitimately recur inside
the body: a counter `0`, a duplicated paragraph). Whitespace is ignored throughout, so a cleaner is
not judged on where it splits sentences, only on what it keeps.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from align.text.clean import CleaningSettings, without_spaces
from align.text.segment import segment_document


@dataclass(frozen=True)
class CleaningScore:
    """Counts over one or more pages."""

    body: int
    body_kept: int
    snippets: int
    snippets_kept: int
    pages: int = 1

    @property
    def recall(self) -> float:
        return self.body_kept / self.body if self.body else 1.0

    @property
    def boilerplate_kept(self) -> float:
        return self.snippets_kept / self.snippets if self.snippets else 0.0

    def __add__(self, other: CleaningScore) -> CleaningScore:
        return CleaningScore(*(a + b for a, b in zip(self.__dict__.values(), other.__dict__.values())))


def compact(text: str) -> str:
    """A text without its white space, as the scorer compares kept sentences, gold lines and snippets
    (as the cleaner compares lines: `without_spaces`)."""
    return without_spaces(text)


SPANNING_SNIPPET = 8  # a snippet of at least this many characters (spaces aside) is kept where it runs over kept sentences too


def score_cleaning(kept: Sequence[str], gold: Sequence[str], boilerplate: Sequence[str]) -> CleaningScore:
    """Score the kept sentences of one page against its gold sentences and boilerplate snippets.

    A snippet of at least `SPANNING_SNIPPET` characters is kept wherever it occurs in the kept
    sentences run together, also where the cleaner split it into two of them (a notice of two
    sentences, `1、本网站所登载之内容…。如因作品内容…`); a shorter one only inside one kept sentence
    (a counter `0` would run over any two)."""
    kept_text = "\n".join(compact(s) for s in kept)
    flat = "".join(compact(s) for s in kept)
    gold_text = "\n".join(compact(s) for s in gold)
    gold_flat = "".join(compact(s) for s in gold)
    body_kept = sum(1 for sentence in map(compact, gold) if sentence and sentence in flat)
    snippets_kept = 0
    seen: dict[str, int] = {}
    for snippet in boilerplate:
        key = compact(snippet)
        if not key:
            continue
        seen[key] = seen.get(key, 0) + 1
        if len(key) >= SPANNING_SNIPPET:
            extra = flat.count(key) - gold_flat.count(key)
        else:
            extra = kept_text.count(key) - gold_text.count(key)
        snippets_kept += seen[key] <= extra
    return CleaningScore(len(gold), body_kept, sum(1 for s in boilerplate if compact(s)), snippets_kept)


@dataclass(frozen=True)
class AnnotatedPage:
    """A page of the gold set: its file, the gold body sentences and boilerplate snippets."""

    path: Path
    gold: tuple[str, ...]
    boilerplate: tuple[str, ...]
    tags: tuple[str, ...] = ()  # each snippet's tag (`prefix`, `caption` …), in the order of `boilerplate`


def read_annotated_page(path: Path) -> AnnotatedPage:
    """`NNN.txt` (or `.html`) with `NNN.gold.txt` and `NNN.boilerplate.txt` (`tag<TAB>snippet`, `#` comments)."""
    stem = path.name.split(".")[0]
    gold = [line for line in (path.parent / f"{stem}.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    tagged = [
        line.split("\t", 1)
        for line in (path.parent / f"{stem}.boilerplate.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#") and "\t" in line
    ]
    return AnnotatedPage(path, tuple(gold), tuple(snippet for _tag, snippet in tagged), tuple(tag for tag, _snippet in tagged))


@dataclass(frozen=True)
class ListedPage:
    """A page as its gold set's `PROVENANCE.tsv` lists it: id, site, split (`dev` or `heldout`) and
    its file (`NNN.txt` or `NNN.html`; None when neither exists)."""

    id: str
    site: str
    split: str
    path: Path | None


def listed_pages(folder: Path) -> list[ListedPage]:
    """The pages of a gold-set folder, in `PROVENANCE.tsv` order."""
    with (folder / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    return [
        ListedPage(row["id"], row.get("site", ""), row["split"], next((p for p in (folder / f"{row['id']}.txt", folder / f"{row['id']}.html") if p.exists()), None))
        for row in rows
    ]


def site_host(site: str) -> str:
    """A PROVENANCE `site` (or a table's `host`) as its host alone, as the page sets compare sites:
    `std.stheadline.com (星島日報 即時)` and `std.stheadline.com (星島日報)` are one site, and so are `www.`
    and bare forms."""
    host = site.split()[0].lower() if site.split() else ""
    return host.removeprefix("www.")


def shared_sites(gold: Path, table: Path) -> list[str]:
    """The sites of an unseen-sites table (its `host` column: tests/data/leads, captions, related) that
    the gold page set in `gold` (its `PROVENANCE.tsv` `site` column) holds too, sorted: pages the gold
    set took from those sites after the table was made, which rules were written from."""
    with table.open(encoding="utf-8") as stream:
        hosts = {site_host(row["host"]) for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)}
    return sorted(hosts & {site_host(page.site) for page in listed_pages(gold)})


@dataclass(frozen=True)
class LeadCut:
    """How cleaning treated an article's lead line (tests/data/leads). `prefix_cut`: the credit glued
    before the first sentence is gone (no kept sentence starts before its end; None when the lead has
    none); `overcut`: a kept sentence starts past the credit's end, or past the lead's start when it has
    none, so words of the sentence were cut off with it; `lead_kept`: some kept sentence holds text of
    the lead after its credit."""

    prefix_cut: bool | None
    overcut: bool
    lead_kept: bool


@dataclass(frozen=True)
class LeadRow:
    """One row of tests/data/leads/leads.tsv: the page's id, language, lead line, the credit glued to
    its start (empty: none), a credit line of its own above it (empty: none) and the page's split
    (`dev` or `heldout`)."""

    id: str
    lang: str
    lead: str
    prefix: str
    prefix_line: str
    split: str = "dev"


_LEAD_FIELDS = ("id", "lang", "lead", "prefix", "prefix_line")


def read_leads(folder: Path) -> list[LeadRow]:
    """The rows of `folder`/leads.tsv (`_split_table`: a table without a `split` column is all `dev`)."""
    return [LeadRow(row["id"], row["lang"], row["lead"], row["prefix"], row["prefix_line"], split) for _, row, split in _split_table(folder / "leads.tsv", _LEAD_FIELDS)]


_SPLITS = ("dev", "heldout")


def _split_table(path: Path, fields: Sequence[str]) -> list[tuple[int, dict[str, str], str]]:
    """The rows of a tab-separated table with their line numbers and splits (UTF-8 with or without a
    byte-order mark, fields taken as written: no quoting). A table without a `split` column is all
    `dev`; with one, every row must name its split, `dev` or `heldout`. A missing column or field, or
    another split, is an error naming the file and its line."""
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
        columns = reader.fieldnames or []
        if missing := [name for name in fields if name not in columns]:
            raise ValueError(f"{path}:1: no column {', '.join(missing)}")
        split_column = "split" in columns
        for number, row in enumerate(reader, start=2):
            if any(row.get(name) is None for name in (*fields, *(("split",) if split_column else ()))):
                raise ValueError(f"{path}:{number}: the row has too few fields")
            if split_column and row["split"] not in _SPLITS:
                raise ValueError(f"{path}:{number}: split {row['split']!r} is not one of {', '.join(_SPLITS)}")
            rows.append((number, row, row["split"] if split_column else "dev"))
    return rows


def score_lead(text: str, lead: str, prefix: str, sentence_spans: Sequence[tuple[int, int]]) -> LeadCut:
    """Score the kept sentences of a page (their spans in `text`) against its lead line `lead`, with
    `prefix` the credit glued to its start (empty: none). Every place `lead` stands as a whole line is
    looked at (a page may print its lead twice): each copy some kept sentence overlaps must have had
    its credit cut and nothing more."""
    body_offset = len(prefix) + len(lead[len(prefix) :]) - len(lead[len(prefix) :].lstrip())
    overcut = kept = uncut = False
    for at in _line_starts(text, lead):
        end = at + len(lead)
        overlapping = [max(start, at) for start, stop in sentence_spans if start < end and stop > at]
        if not overlapping:
            continue
        first = min(overlapping)
        body = at + body_offset
        if body >= end:  # the lead is nothing but its credit: a kept sentence in it keeps the credit
            uncut = True
            continue
        kept = True
        uncut = uncut or first < body
        overcut = overcut or first > body
    if not prefix:
        return LeadCut(None, overcut, kept)
    return LeadCut(not uncut, overcut, kept)


@dataclass(frozen=True)
class ScoredLead:
    """A lead row and how cleaning treated it: `cut` (`score_lead`), and whether a credit line of its
    own above the lead was kept (None when the row names none)."""

    row: LeadRow
    cut: LeadCut
    credit_line_kept: bool | None


def leads_cut(folder: Path, cleaning: CleaningSettings | None = None) -> list[ScoredLead]:
    """Every row of `folder`/leads.tsv scored against the cleaning (with `cleaning`, default settings
    if None) of its page `<id>.txt`, in the table's order."""
    scored = []
    for row in read_leads(folder):
        text = (folder / f"{row.id}.txt").read_text(encoding="utf-8")
        sentences = segment_document(text, row.lang, cleaning=cleaning).sentences
        cut = score_lead(text, row.lead, row.prefix, [(s.start, s.end) for s in sentences])
        own_line = any(compact(s.text) == compact(row.prefix_line) for s in sentences) if row.prefix_line else None
        scored.append(ScoredLead(row, cut, own_line))
    return scored


LineKind = Literal["caption", "related", "body", "notcaption", "notrelated"]
"""What a labelled line of tests/data/captions or tests/data/related is: a photo caption or credit, a
line of a list of other articles (cleaning should drop both: `FURNITURE`), a body line next to one,
or a body line that looks like one (cleaning should keep those)."""

FURNITURE: frozenset[LineKind] = frozenset({"caption", "related"})


@dataclass(frozen=True)
class LabelledLine:
    """One row of a labelled-line set (tests/data/captions/captions.tsv, tests/data/related/related.tsv):
    the page's id, language, script and split, what the line is, and the line's exact text (a whole
    line of `<id>.txt`)."""

    id: str
    lang: str
    script: str
    split: str
    kind: LineKind
    line: str


_LABELLED_FIELDS = ("id", "lang", "script", "kind", "line")


def read_labelled_lines(path: Path) -> list[LabelledLine]:
    """The rows of a labelled-line table (`_split_table`: a table without a `split` column is all
    `dev`); a kind outside `LineKind` is an error naming the file and its line as well."""
    kinds: tuple[str, ...] = get_args(LineKind)
    rows = []
    for number, row, split in _split_table(path, _LABELLED_FIELDS):
        if row["kind"] not in kinds:
            raise ValueError(f"{path}:{number}: kind {row['kind']!r} is not one of {', '.join(kinds)}")
        rows.append(LabelledLine(row["id"], row["lang"], row["script"], split, row["kind"], row["line"]))  # type: ignore[arg-type]
    return rows


def line_kept(text: str, line: str, sentence_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether cleaning kept `line` of `text`: some kept sentence (its span in `text`) overlaps one of
    the places where `line` stands as a whole line. A caption printed twice is kept if either copy
    is; a body line printed twice is kept if either copy is (dropping a repeat is right)."""
    places = [(at, at + len(line)) for at in _line_starts(text, line)]
    return any(start < end and stop > at for at, end in places for start, stop in sentence_spans)


def labelled_lines_kept(folder: Path, rows: Sequence[LabelledLine], cleaning: CleaningSettings | None = None) -> dict[LabelledLine, bool]:
    """Whether cleaning (with `cleaning`, default settings if None) kept each row's line of its page
    `folder`/`<id>.txt` (`line_kept`); each page is read and segmented once."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    kept = {}
    for row in rows:
        if row.id not in spans:
            text = (folder / f"{row.id}.txt").read_text(encoding="utf-8")
            spans[row.id] = text, [(s.start, s.end) for s in segment_document(text, row.lang, cleaning=cleaning).sentences]
        text, sentence_spans = spans[row.id]
        kept[row] = line_kept(text, row.line, sentence_spans)
    return kept


def _line_starts(text: str, line: str) -> list[int]:
    """Where `line` stands in `text` as a whole line (a line break or the text's edge either side)."""
    starts, at = [], text.find(line)
    while at >= 0:
        end = at + len(line)
        if (at == 0 or text[at - 1] in "\r\n") and (end == len(text) or text[end] in "\r\n"):
            starts.append(at)
        at = text.find(line, at + 1)
    return starts
