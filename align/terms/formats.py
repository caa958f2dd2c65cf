"""Glossary files as translators have them, read into the project's rows: the project TSV, a
headerless two-column CSV or TSV (DeepL's `source,target`; Google's unidirectional glossary; its
direction detected from the scripts), a CSV or TSV with language-code headers (Google's equivalent
term sets: `ko,zh-CN,zh-TW`), an OmegaT glossary (`source<TAB>target<TAB>comment`), and TBX, both
v3 (`conceptEntry/langSec/termSec`, as `align terms export` writes) and TBX-2008
(`martif/termEntry/langSet/tig`, as translate-toolkit and CAT tools write).

Each reader returns `(line, row)` pairs, a row being the project's columns (`ko`, `zh_hans`,
`zh_hant`, `ko_variants`, `kind`, `note`, `source`), for `align.terms.glossary` to validate; a
malformed file is reported as `FILE:LINE: message`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from align.errors import AlignError
from align.script.chars import count_scripts
from align.types import TermKind

Row = dict[str, str]
KINDS = frozenset(kind.value for kind in TermKind)
PROJECT_COLUMNS = ("ko", "zh_hans", "zh_hant", "ko_variants", "kind", "note", "source")
# language codes as they head glossary columns, to the project's column
_LANGUAGE_COLUMNS = {
    "ko": "ko", "ko-kr": "ko", "kor": "ko", "korean": "ko",
    "zh": "zh_hans", "zh-cn": "zh_hans", "zh-hans": "zh_hans", "zh-sg": "zh_hans", "zho": "zh_hans", "chinese": "zh_hans",
    "zh-tw": "zh_hant", "zh-hant": "zh_hant", "zh-hk": "zh_hant", "zh-mo": "zh_hant",
}


LINE_END = re.compile(r"\r\n|\r|\n")  # what ends a row of a glossary table


def read_rows(text: str, path: Path, problems: list[AlignError] | None = None) -> list[tuple[int, Row]]:
    """The glossary rows of `text`, whatever of the supported formats it is in. A table row with the
    wrong number of fields is an error; with `problems` given, each such row is added there and left
    out, so that every problem of a file is reported at once."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<"):
        return _tbx_rows(text, path)
    lines = LINE_END.split(text.removesuffix("\n").removesuffix("\r"))  # (not str.splitlines: U+2028 or U+0085 in a note is no row's end)
    first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    delimiter = "\t" if "\t" in first else ","
    cells = [c.strip().lower() for c in _split(first, delimiter)]
    if {"ko", "zh_hans"} <= set(cells):
        return _table_rows(lines, delimiter, path, cells, problems)
    if "ko" in cells and delimiter == "\t" and not any(_LANGUAGE_COLUMNS.get(c) in ("zh_hans", "zh_hant") for c in cells):
        missing = ", ".join(c for c in ("zh_hans",) if c not in cells)
        raise AlignError(f"missing column(s): {missing} (header: {' | '.join(_split(first, delimiter))})", path, 1)
    languages = [_LANGUAGE_COLUMNS.get(c) for c in cells]
    if "ko" in languages and any(lang in ("zh_hans", "zh_hant") for lang in languages):
        return _table_rows(lines, delimiter, path, [lang or "" for lang in languages], problems)
    return _pair_rows(lines, delimiter, path)


def _split(line: str, delimiter: str) -> list[str]:
    if delimiter == "\t":
        return line.split("\t")
    return next(csv.reader(io.StringIO(line)), [])


def _table_rows(lines: Sequence[str], delimiter: str, path: Path, header: Sequence[str], problems: list[AlignError] | None = None) -> list[tuple[int, Row]]:
    """A table with a header naming the project's columns or language codes."""
    rows = []
    start = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    for number, line in enumerate(lines[start + 1 :], start=start + 2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = _split(line, delimiter)
        if len(fields) != len(header):
            error = AlignError(f"{len(fields)} fields, the header has {len(header)}", path, number)
            if problems is None:
                raise error
            problems.append(error)
            continue
        row = {name: value.strip() for name, value in zip(header, fields) if name}
        rows.append((number, row))
    return rows


def _pair_rows(lines: Sequence[str], delimiter: str, path: Path) -> list[tuple[int, Row]]:
    """Headerless `source, target[, comment]` rows (DeepL, Google unidirectional, OmegaT); which
    column is Korean is read from the scripts of the whole file."""
    parsed: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in _split(line, delimiter)]
        if not parsed and count_scripts("".join(fields)) == (0, 0):
            continue  # a header row such as `source,target`
        if len(fields) < 2 or len(fields) > 3 or not fields[0] or not fields[1]:
            raise AlignError("expected source<sep>target[<sep>comment]: two terms, Korean and Chinese", path, number)
        parsed.append((number, fields))
    if not parsed:
        raise AlignError("empty glossary", path, 1)
    first_hangul, first_han = count_scripts("".join(f[0] for _, f in parsed))
    second_hangul, second_han = count_scripts("".join(f[1] for _, f in parsed))
    korean_first = first_hangul + second_han >= first_han + second_hangul
    if not (first_hangul or second_hangul) or not (first_han or second_han):
        raise AlignError("cannot tell which column is Korean and which Chinese", path, parsed[0][0])
    rows = []
    for number, fields in parsed:
        korean, chinese = (fields[0], fields[1]) if korean_first else (fields[1], fields[0])
        rows.append((number, {"ko": korean, "zh_hans": chinese, "note": fields[2] if len(fields) == 3 else ""}))
    return rows


def _tbx_rows(text: str, path: Path) -> list[tuple[int, Row]]:
    """TBX v3 (`conceptEntry/langSec/termSec/term`) or TBX-2008 (`termEntry/langSet/tig|ntig/…/term`):
    one row per concept entry, its first Korean term the `ko`, the others variants."""
    from lxml import etree

    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        message = " ".join(str(error.msg or error).split())
        raise AlignError(f"not well-formed TBX: {message}", path, error.lineno) from None
    rows = []
    for entry in root.iter():
        if not isinstance(entry.tag, str) or etree.QName(entry).localname not in ("conceptEntry", "termEntry"):
            continue
        forms: dict[str, list[str]] = {}
        for section in entry.iter():
            if not isinstance(section.tag, str) or etree.QName(section).localname not in ("langSec", "langSet"):
                continue
            lang = (section.get("{http://www.w3.org/XML/1998/namespace}lang") or section.get("lang") or "").lower()
            column = _LANGUAGE_COLUMNS.get(lang) or _script_column(lang) or _LANGUAGE_COLUMNS.get(lang.split("-")[0])
            terms = [(t.text or "").strip() for t in section.iter() if isinstance(t.tag, str) and etree.QName(t).localname == "term"]
            if column is None:  # a language code of its own (en, xx): the script of its terms says
                hangul, han = count_scripts("".join(terms))
                column = "ko" if hangul > han else "zh_hans" if han else None
            if column is None:
                continue
            forms.setdefault(column, []).extend(t for t in terms if t)
        note = " ".join(
            (n.text or "").strip()
            for n in entry
            if isinstance(n.tag, str) and etree.QName(n).localname in ("note", "descrip") and n.get("type") != "subjectField" and (n.text or "").strip()
        )
        kind = next((n.text or "" for n in entry.iter() if isinstance(n.tag, str) and n.get("type") == "subjectField"), "").strip()
        if kind and kind not in KINDS:  # another tool's free-text subject field: kept as a note
            note, kind = f"{note} (subject: {kind})".strip(), ""
        source = next((n.text or "" for n in entry.iter() if isinstance(n.tag, str) and n.get("type") == "source"), "").strip()
        korean = forms.get("ko", [])
        rows.append(
            (
                entry.sourceline or 0,
                {
                    "ko": korean[0] if korean else "",
                    "zh_hans": (forms.get("zh_hans") or forms.get("zh_hant") or [""])[0],
                    "zh_hant": (forms.get("zh_hant") or [""])[0],
                    "ko_variants": ",".join(korean[1:]),
                    "kind": kind,
                    "note": note,
                    "source": source,
                },
            )
        )
    if not rows:
        raise AlignError("no concept entries (conceptEntry or termEntry) in this TBX file", path, 1)
    return rows


def _script_column(lang: str) -> str | None:
    """zh-Hant-TW, zh-Hans-CN and the like: the script subtag decides."""
    if lang.startswith("zh-hant"):
        return "zh_hant"
    if lang.startswith("zh-hans"):
        return "zh_hans"
    return None


def looks_like_project_tsv(first_line: str) -> bool:
    return bool(re.match(r"\ufeff?ko\t", first_line)) and "zh_hans" in first_line.split("\t")


def read_tmx(path: Path) -> list[tuple[str, str]]:
    """The Korean and Chinese segments of a TMX translation memory (any version), one pair per
    translation unit that has both; other languages are left out. A malformed file, or one with no
    such unit (nothing to learn from), is one `FILE:LINE: message` error."""
    from lxml import etree

    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        line = getattr(error, "lineno", None)
        raise AlignError(f"not a readable TMX file: {' '.join(str(error).split())}", path, line) from None
    pairs = []
    for unit in root.iter("tu"):
        segments: dict[str, str] = {}
        for variant in unit.iter("tuv"):
            lang = (variant.get("{http://www.w3.org/XML/1998/namespace}lang") or variant.get("lang") or "").lower()
            segment = variant.find("seg")
            text = " ".join("".join(segment.itertext()).split()) if segment is not None else ""
            if lang.startswith("ko"):
                segments.setdefault("ko", text)
            elif lang.startswith("zh"):
                segments.setdefault("zh", text)
        if segments.get("ko") and segments.get("zh"):
            pairs.append((segments["ko"], segments["zh"]))
    if not pairs:
        raise AlignError("holds no unit with a Korean and a Chinese segment", path)
    return pairs
