"""Accepting induced candidates into a glossary file, without duplicates or silent conflicts."""

from __future__ import annotations

import csv
import io
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from align.errors import AlignError, GlossaryError
from align.io import atomic_writer
from align.script.keys import to_simplified, to_traditional
from align.terms.formats import LINE_END
from align.terms.glossary import COLUMNS, KINDS, Glossary, Term, check_glossary, load_glossary
from align.terms.words import term_key
from align.text.decode import refuse_device


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


_LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029\r\n]")  # what a reader may take for a line's end


def _candidates_text(candidates: Path) -> str:
    """The text of a candidates file (UTF-8, a byte-order mark allowed), or one line naming it when it
    cannot be read or is no UTF-8 text (a picture, UTF-16: `terms build` writes UTF-8)."""
    refuse_device(candidates)
    try:
        raw = candidates.read_bytes()
    except OSError as error:
        raise AlignError(f"cannot read candidates: {error.strerror or error}", candidates) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AlignError(f"not UTF-8 text (byte {error.start}): candidates are a UTF-8 TSV, as terms build writes them", candidates) from None
    if "\x00" in text:
        raise AlignError("binary file (contains NUL bytes), not a candidates TSV", candidates)
    return text


def merge_candidates(candidates: Path, glossary_path: Path, min_score: float, kind: str = "other") -> MergeReport:
    """Append candidates scoring >= `min_score` to the glossary; a pair already there (its Korean by
    its key: 공안 기관 is 공안기관, its Chinese in either script) is counted as present and not added
    again, a form mapped to another target is refused as a conflict. A glossary file that does not exist yet
    is begun, with the bundled glossary's columns. The file is rewritten only if the result passes
    the glossary check."""
    if kind not in KINDS:
        raise AlignError(f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}")
    if not 0.0 <= min_score <= 1.0:  # (nan too)
        raise AlignError(f"--min-score {min_score}: expected a score from 0 to 1")
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
    text = _candidates_text(candidates)
    # written unquoted, a `"` is text; a file whose every field is quoted (a spreadsheet's "quote all" export) is read with its quotes
    quoted = all(field.startswith('"') and field.endswith('"') for field in LINE_END.split(text, maxsplit=1)[0].split("\t"))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE)
    missing = {"ko", "zh", "score"} - set(reader.fieldnames or ())
    if missing:
        raise AlignError(f"missing column(s): {', '.join(sorted(missing))}", candidates, 1)
    for row in reader:
        number = reader.line_num
        if any(row.get(column) is None for column in ("ko", "zh", "score")) or None in row:
            fields = len([v for key, v in row.items() if key is not None and v is not None]) + len(row.get(None) or [])
            raise AlignError(f"{fields} fields, the header has {len(reader.fieldnames or ())}", candidates, number)
        try:
            score = float(row["score"])
        except ValueError:
            raise AlignError(f"score {row['score']!r} is not a number", candidates, number) from None
        if not math.isfinite(score):
            raise AlignError(f"score {row['score']!r} is not a number", candidates, number)
        if score < min_score:
            report.below += 1
            continue
        if not row["ko"].strip() or not row["zh"].strip():
            raise AlignError(f"empty {'ko' if not row['ko'].strip() else 'zh'}", candidates, number)
        if _LINE_BREAKS.search(row["ko"] + row["zh"]):
            raise AlignError("a line break inside a term (U+0085, U+2028 …): a glossary row is one line", candidates, number)
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
    header = LINE_END.split(original, maxsplit=1)[0].split("\t")
    lines = ["\t".join(row.get(column, "") for column in header) for row in rows]
    merged = original.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
    problems = check_glossary(glossary_path, merged.encode("utf-8"))
    if problems:
        raise GlossaryError(problems)
    with atomic_writer(glossary_path) as out:
        out.write(merged)
    return report
