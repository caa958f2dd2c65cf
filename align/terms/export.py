"""Glossary export for other tools: TBX (ISO 30042, TBX-Basic style, v3 or TBX-2008), the two-column CSV that MT
engines accept as a glossary, and the project's own TSV. TBX reads back for round trips."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from align.errors import AlignError
from align.terms.glossary import COLUMNS, Glossary, Term

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DIRECTIONS = ("ko-zh", "zh-ko")
_LANG_TAGS = {"ko": "ko", "zh_hans": "zh-Hans", "zh_hant": "zh-Hant"}


def _check_direction(direction: str) -> None:
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}: expected one of {', '.join(DIRECTIONS)}")


def to_tsv(glossary: Glossary) -> str:
    out = io.StringIO()
    out.write("\t".join(COLUMNS) + "\n")
    for term in glossary.terms:
        row = term.row()
        out.write("\t".join(row[c] for c in COLUMNS) + "\n")
    return out.getvalue()


def to_csv(glossary: Glossary, direction: str = "ko-zh") -> str:
    """`source,target` rows, one per source form (variants and traditional forms get rows of their own)."""
    _check_direction(direction)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target"])
    seen: set[tuple[str, str]] = set()
    for term in glossary.terms:
        pairs = (
            [(form, term.zh_hans) for form in term.korean_forms]
            if direction == "ko-zh"
            else [(form, term.ko) for form in term.chinese_forms]
        )
        for pair in pairs:
            if pair not in seen:
                seen.add(pair)
                writer.writerow(pair)
    return out.getvalue()


@dataclass(frozen=True)
class _TbxDialect:
    """The element names of a TBX dialect, the namespace its elements are in, and its root's attributes."""

    namespace: str
    root: str
    header: str
    entry: str
    language: str
    term: str
    root_attributes: tuple[tuple[str, str], ...]


# TBX v3 (ISO 30042:2019, the DCA style) and TBX-2008 (`martif`, ISO 30042:2008): the same TBX-Basic content
_TBX_DIALECTS = {
    "tbx": _TbxDialect(TBX_NAMESPACE, "tbx", "tbxHeader", "conceptEntry", "langSec", "termSec", (("type", "TBX-Basic"), ("style", "dca"))),
    "tbx2008": _TbxDialect("", "martif", "martifHeader", "termEntry", "langSet", "tig", (("type", "TBX-Basic"),)),
}


def to_tbx(glossary: Glossary, direction: str = "ko-zh", dialect: str = "tbx") -> str:
    """One concept entry per term; language sections in `direction` order; variants as admitted
    terms. `dialect` `tbx` writes TBX v3 (`conceptEntry/langSec/termSec`); `tbx2008` writes
    TBX-2008 (`martif/termEntry/langSet/tig`), which translate-toolkit and most CAT tools read."""
    _check_direction(direction)
    names = _TBX_DIALECTS[dialect]
    if names.namespace:
        ET.register_namespace("", names.namespace)
    ns = f"{{{names.namespace}}}" if names.namespace else ""
    source_lang = "ko" if direction == "ko-zh" else "zh-Hans"
    root = ET.Element(f"{ns}{names.root}", {**dict(names.root_attributes), XML_LANG: source_lang})
    header = ET.SubElement(ET.SubElement(ET.SubElement(root, f"{ns}{names.header}"), f"{ns}fileDesc"), f"{ns}sourceDesc")
    ET.SubElement(header, f"{ns}p").text = "KO-ZH policing glossary exported by align (" + ", ".join(glossary.paths) + ")"
    body = ET.SubElement(ET.SubElement(root, f"{ns}text"), f"{ns}body")
    order = ("ko", "zh_hans", "zh_hant") if direction == "ko-zh" else ("zh_hans", "ko", "zh_hant")  # source, target, then the other script
    for number, term in enumerate(glossary.terms, start=1):
        entry = ET.SubElement(body, f"{ns}{names.entry}", {"id": f"c{number}"})
        ET.SubElement(entry, f"{ns}descrip", {"type": "subjectField"}).text = term.kind
        if term.note:
            ET.SubElement(entry, f"{ns}note").text = term.note
        if term.source:
            ET.SubElement(entry, f"{ns}admin", {"type": "source"}).text = term.source
        for field in order:
            forms = {"ko": term.korean_forms, "zh_hans": (term.zh_hans,), "zh_hant": (term.zh_hant,) if term.zh_hant else ()}[field]
            if not forms:
                continue
            section = ET.SubElement(entry, f"{ns}{names.language}", {XML_LANG: _LANG_TAGS[field]})
            for position, form in enumerate(forms):
                term_section = ET.SubElement(section, f"{ns}{names.term}")
                ET.SubElement(term_section, f"{ns}term").text = form
                status = "preferredTerm-admn-sts" if position == 0 else "admittedTerm-admn-sts"
                ET.SubElement(term_section, f"{ns}termNote", {"type": "administrativeStatus"}).text = status
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def read_tbx(path: str | Path) -> Glossary:
    """Read a TBX file written by `to_tbx` (or any TBX-Basic file with ko and zh-Hans sections)."""
    ns = {"t": TBX_NAMESPACE}
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise AlignError(f"not well-formed TBX: {error}", path, error.position[0]) from None
    terms = []
    for entry in root.iterfind(".//t:conceptEntry", ns):
        forms: dict[str, list[str]] = {}
        for section in entry.iterfind("t:langSec", ns):
            forms[section.get(XML_LANG, "")] = [t.text or "" for t in section.iterfind("t:termSec/t:term", ns)]
        korean = forms.get("ko", [])
        if not korean or not forms.get("zh-Hans"):
            continue
        terms.append(
            Term(
                ko=korean[0],
                zh_hans=forms["zh-Hans"][0],
                zh_hant=(forms.get("zh-Hant") or [""])[0],
                ko_variants=tuple(korean[1:]),
                kind=entry.findtext("t:descrip[@type='subjectField']", "other", ns),
                note=entry.findtext("t:note", "", ns),
                source=entry.findtext("t:admin[@type='source']", "", ns),
                path=str(path),
            )
        )
    return Glossary(tuple(terms), (str(path),))


DEEPL_TERM_BYTES = 1024  # DeepL refuses an entry whose source or target is longer (UTF-8)


def _direction_pairs(glossary: Glossary, direction: str, unique_sources: bool = True) -> list[tuple[str, str, Term]]:
    """(source form, target form, term) in `direction`: every Korean variant, or both Chinese
    scripts, as a source of its own; with `unique_sources`, each source once (the first term that
    has it wins: DeepL allows no more)."""
    pairs = []
    seen: set[str] = set()
    for term in glossary.terms:
        sources = term.korean_forms if direction == "ko-zh" else term.chinese_forms
        target = term.zh_hans if direction == "ko-zh" else term.ko
        for source in sources:
            if not unique_sources or source not in seen:
                seen.add(source)
                pairs.append((source, target, term))
    return pairs


def to_deepl(glossary: Glossary, direction: str = "ko-zh") -> str:
    """DeepL's glossary CSV: no header, UTF-8, `source,target`, one direction, each source once,
    no entry over 1,024 bytes on either side (DeepL would refuse the whole file)."""
    _check_direction(direction)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for source, target, _ in _direction_pairs(glossary, direction):
        if len(source.encode()) <= DEEPL_TERM_BYTES and len(target.encode()) <= DEEPL_TERM_BYTES:
            writer.writerow([source, target])
    return out.getvalue()


def to_google(glossary: Glossary) -> str:
    """Google Cloud Translation's equivalent term sets: a language-code header `ko,zh-CN,zh-TW`,
    one concept a row, and a row for each Korean variant spelling (usable in either direction)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["ko", "zh-CN", "zh-TW"])
    for term in glossary.terms:
        for form in term.korean_forms:  # a variant spelling is a row of its own (a set holds one term a language)
            writer.writerow([form, term.zh_hans, term.zh_hant or term.zh_hans])
    return out.getvalue()


def to_omegat(glossary: Glossary, direction: str = "ko-zh") -> str:
    """OmegaT's glossary (save as `.utf8`): `source<TAB>target<TAB>comment`, no header; a source
    with two renderings is two lines, the comment saying which is which."""
    _check_direction(direction)
    lines = []
    for source, target, term in _direction_pairs(glossary, direction, unique_sources=False):
        comment = "; ".join(part for part in (term.kind, term.note) if part).replace("\t", " ").replace("\n", " ")
        lines.append(f"{source}\t{target}\t{comment}")
    return "\n".join(lines) + "\n"


def export_glossary(glossary: Glossary, to: str, direction: str = "ko-zh") -> str:
    """The glossary as `tbx`, `tbx2008`, `csv`, `tsv`, `deepl`, `google` or `omegat` text."""
    if to in _TBX_DIALECTS:
        return to_tbx(glossary, direction, to)
    if to == "csv":
        return to_csv(glossary, direction)
    if to == "tsv":
        return to_tsv(glossary)
    if to == "deepl":
        return to_deepl(glossary, direction)
    if to == "google":
        return to_google(glossary)
    if to == "omegat":
        return to_omegat(glossary, direction)
    raise ValueError(f"unknown export format {to!r}: expected tbx, tbx2008, csv, tsv, deepl, google or omegat")
