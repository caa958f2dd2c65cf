"""Accepting induced candidates into a glossary file, without duplicates or silent conflicts."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from align.errors import AlignError, GlossaryError
from align.io import atomic_writer
from align.script.keys import to_simplified, to_traditional
from align.terms.glossary import COLUMNS, KINDS, Glossary, Term, check_glossary, load_glossary
from align.terms.words import term_key


@dataclass
class MergeReport:
    """What a merge did: rows added, rows already in the glossary (the pair, a spelling of its Korean
    form included: 공안 기관 for 공안기관), rows below the score, and the conflicts refused (`FILE:LINE`
    messages)."""

    added: int = 0
    below: int = 0
    present: int = 0
    refused: list[str] = field(default_factory=list)


def _is_project_tsv(path: Path) -> bool:
    """Whether a glossary file is a TSV whose header names the ko and zh_hans columns (the rows
    `merge_candidates` appends are written in those columns)."""
    with path.open(encoding="utf-8-sig") as stream:
        header = stream.readline().rstrip("\r\n").split("\t")
    return {"ko", "zh_hans"} <= {cell.strip() for cell in header}


def _place(term: Term, glossary_path: Path) -> str:
    """Where a term of the merge stands: its glossary's line, or the candidates' line of a row this
    merge added (`candidates.tsv:5`)."""
    return f"{term.path or glossary_path}:{term.line}"


def merge_candidates(candidates: Path, glossary_path: Path, min_score: float, kind: str = "other") -> MergeReport:
    """Append candidates scoring >= `min_score` to the glossary; a pair already there (its Korean by
    its key: 공안 기관 is 공안기관, its Chinese in either script) is counted as present and not added
    again, a form mapped to another target is refused as a conflict. A glossary file that does not exist yet
    is begun, with the bundled glossary's columns. The file is rewritten only if the result passes
    the glossary check."""
    if kind not in KINDS:
        raise AlignError(f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}")
    begun = not glossary_path.exists()
    glossary = Glossary(()) if begun else load_glossary(glossary_path)
    if not begun and not _is_project_tsv(glossary_path):
        raise AlignError(
            "terms merge appends to a glossary TSV with a header naming ko and zh_hans (as the bundled glossaries have); "
            "this glossary is in another format: merge into a TSV, then write this format with `align terms export`",
            glossary_path,
        )
    by_ko: dict[str, list[Term]] = defaultdict(list)  # each Korean form (by its key) with every term that has it: 경찰 is a term and a variant of 민경
    by_zh: dict[str, list[Term]] = defaultdict(list)
    for term in glossary.terms:
        for form in dict.fromkeys(term_key(f) for f in term.korean_forms):
            by_ko[form].append(term)
        by_zh[term.zh_hans].append(term)
    report = MergeReport()
    rows: list[dict[str, str]] = []
    try:
        stream = candidates.open(encoding="utf-8")
    except OSError as error:
        raise AlignError(f"cannot read candidates: {error.strerror or error}", candidates) from None
    with stream:
        reader = csv.DictReader(stream, delimiter="\t")
        missing = {"ko", "zh", "score"} - set(reader.fieldnames or ())
        if missing:
            raise AlignError(f"missing column(s): {', '.join(sorted(missing))}", candidates, 1)
        for number, row in enumerate(reader, start=2):
            try:
                score = float(row["score"])
            except ValueError:
                raise AlignError(f"score {row['score']!r} is not a number", candidates, number) from None
            if score < min_score:
                report.below += 1
                continue
            ko, zh = row["ko"].strip(), to_simplified(row["zh"].strip())
            key = term_key(ko)
            where = f"{candidates}:{number}"
            if any(term.zh_hans == zh for term in by_ko.get(key, ())):
                report.present += 1
            elif key in by_ko:
                report.refused.append(f"{where}: conflict: {ko} is " + " and ".join(f"{t.zh_hans} at {_place(t, glossary_path)}" for t in by_ko[key]) + f", not {zh}")
            elif zh in by_zh:
                report.refused.append(f"{where}: conflict: {zh} is " + " and ".join(f"{t.ko} at {_place(t, glossary_path)}" for t in by_zh[zh]) + f", not {ko}")
            else:
                evidence = row.get("evidence", "")
                rows.append({"ko": ko, "zh_hans": zh, "zh_hant": to_traditional(zh), "ko_variants": "", "kind": kind,
                             "note": f"induced ({evidence}, score {score:g})", "source": f"induced:{candidates.name}"})
                added = Term(ko, zh, path=str(candidates), line=number)
                by_ko[key].append(added)
                by_zh[zh].append(added)
                report.added += 1
    if not rows:
        return report
    original = "\t".join(COLUMNS) + "\n" if begun else glossary_path.read_text(encoding="utf-8-sig")  # (a spreadsheet's byte-order mark is no part of the header)
    header = original.splitlines()[0].split("\t")
    lines = ["\t".join(row.get(column, "") for column in header) for row in rows]
    merged = original.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
    problems = check_glossary(glossary_path, merged.encode("utf-8"))
    if problems:
        raise GlossaryError(problems)
    with atomic_writer(glossary_path) as out:
        out.write(merged)
    return report
