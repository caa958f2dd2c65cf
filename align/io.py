"""Writing result tables as TSV, CSV or JSON Lines, one record shape per command."""

from __future__ import annotations

import csv
import json
from dataclasses import asdict
from typing import IO, TYPE_CHECKING, Any, Iterable, Iterator, Sequence

if TYPE_CHECKING:  # only for annotations: `align segment` need not import the aligner or induction
    from align.alignment.search import Bead
    from align.terms.glossary import Glossary
    from align.terms.induce import Candidate
    from align.text.segment import Document

FORMATS = ("tsv", "jsonl", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if value != value else f"{value:.15g}"
    return str(value).replace("\t", " ").replace("\n", " ")


def write_records(records: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, stream: IO[str]) -> int:
    """Write records in `fmt`; TSV and CSV keep `columns` in order, JSONL writes each record whole."""
    count = 0
    if fmt == "jsonl":
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "tsv":
        stream.write("\t".join(columns) + "\n")
        for record in records:
            stream.write("\t".join(_cell(record.get(c)) for c in columns) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for record in records:
            writer.writerow([_cell(record.get(c)) for c in columns])
            count += 1
        return count
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")


SENTENCE_COLUMNS = ("doc", "index", "lang", "paragraph", "start", "end", "text")


def segment_records(document: Document, with_dropped: bool = True) -> Iterator[dict[str, Any]]:
    """Sentences, then (for JSONL) dropped spans, flags and metadata, each tagged with `type`."""
    for sentence in document.sentences:
        yield {"type": "sentence", **asdict(sentence)}
    if not with_dropped:
        return
    for span in document.dropped:
        yield {"type": "dropped", "doc": document.doc, **asdict(span)}
    for flag in document.flags:
        yield {"type": "flag", "doc": document.doc, **asdict(flag)}
    metadata = {k: v for k, v in asdict(document.metadata).items() if v is not None}
    yield {"type": "metadata", "doc": document.doc, "lang": document.lang, "encoding": document.encoding, **metadata}


TERM_COLUMNS = ("file", "sentence", "start", "end", "surface", "ko", "zh_hans", "kind")


def term_records(document: Document, glossary: Glossary) -> Iterator[dict[str, Any]]:
    """Glossary terms in each sentence of a document, offsets into the document's decoded text."""
    from align.terms.matching import find_terms

    for sentence in document.sentences:
        for match in find_terms(sentence.text, document.lang, glossary):
            yield {
                "file": document.doc,
                "sentence": sentence.index,
                "lang": document.lang,
                "start": sentence.start + match.start,
                "end": sentence.start + match.end,
                "surface": match.surface,
                "ko": match.term.ko,
                "zh_hans": match.term.zh_hans,
                "zh_hant": match.term.zh_hant,
                "kind": match.term.kind,
            }


BEAD_COLUMNS = ("ko_ids", "zh_ids", "score")


def bead_records(beads: Iterable[Bead], ko: Document, zh: Document, with_text: bool = False) -> Iterator[dict[str, Any]]:
    """One record per bead; TSV gets comma-separated ids, JSONL lists and (with_text) the sentences."""
    for bead in beads:
        if not with_text:
            yield {"ko_ids": ",".join(map(str, bead.ko)), "zh_ids": ",".join(map(str, bead.zh)), "score": bead.score}
            continue
        yield {
            "ko_ids": list(bead.ko),
            "zh_ids": list(bead.zh),
            "score": bead.score,
            "ko_text": " ".join(ko.sentences[i].clean for i in bead.ko),
            "zh_text": "".join(zh.sentences[j].clean for j in bead.zh),
        }


CANDIDATE_COLUMNS = ("ko", "zh", "score", "evidence", "count", "known", "example_ko", "example_zh")


def candidate_records(candidates: Iterable[Candidate], flat: bool = True) -> Iterator[dict[str, Any]]:
    """Candidates as records; `flat` (TSV, CSV) writes the evidence comma-separated and `known` as
    the word, JSONL keeps a list and a boolean."""
    for candidate in candidates:
        record = asdict(candidate)
        if flat:
            record["evidence"] = ",".join(candidate.evidence)
            record["known"] = "known" if candidate.known else ""
        else:
            record["evidence"] = list(candidate.evidence)
        yield record
