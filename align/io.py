"""Everything that leaves the toolkit: atomic file writes, and the record layer of every command
(its columns, defined once, and TSV / CSV / JSON Lines writers).

An output file appears whole or not at all: it is written to a temporary file beside the target
and renamed over it. A symbolic link is written through (its target is replaced, the link stays);
standard output, FIFOs and devices are streamed to. No command writes over one of its own inputs
unless told to (`check_outputs`).
"""

from __future__ import annotations

import csv
import errno
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from align.errors import AlignError
from align.types import TableFormat

if TYPE_CHECKING:  # only for annotations: `align segment` need not import the aligner or induction
    from align.alignment.search import Bead
    from align.terms.glossary import Glossary
    from align.terms.induce import Candidate
    from align.text.segment import Document

FORMATS = tuple(f.value for f in TableFormat)


def _file_mode(target: Path) -> int:
    """The mode a file written in place would have: the existing file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _is_stream(target: Path) -> bool:
    """A FIFO, a character device or a socket: written to as it is, never replaced."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


_CANNOT_WRITE = frozenset(getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS") if hasattr(errno, name))


@contextmanager
def atomic_writer(path: str | Path | None, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a text stream that replaces `path` only when the block succeeds (stdout when None or
    `-`). A symbolic link is written through to the file it names."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if _is_stream(Path(path)):  # before resolving: /dev/stdout to a pipe resolves to no openable path
        try:
            with Path(path).open("w", encoding=encoding, newline="\n") as stream:
                yield stream
        except OSError as error:
            if error.errno in _CANNOT_WRITE:  # (a full device, `/dev/full`: name it, as a file's full disk is named)
                raise AlignError(f"cannot write: {error.strerror or error}", path) from None
            raise
        return
    with atomic_file(path) as tmp, open(tmp, "w", encoding=encoding, newline="\n") as stream:
        yield stream


@contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `path` that replaces it only when the block succeeds, for
    writers that take a file name (Parquet); a FIFO or device is written to as it is."""
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise AlignError("is a directory, expected an output file", path)
    if _is_stream(target):
        yield target
        return
    tmp = ""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(target)
        with signals_held():  # no Ctrl-C or SIGTERM between creating the temporary and owning it
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
            os.close(fd)
    except OSError as error:
        raise AlignError(f"cannot write here: {error.strerror or error}", path) from None
    except BaseException:  # a signal held above, delivered as the block ends: the temporary is ours to remove
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise
    try:
        yield Path(tmp)
        os.chmod(tmp, _file_mode(target))  # mkstemp makes 0600; the result should look like any new file
        os.replace(tmp, target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        if error.errno in _CANNOT_WRITE:  # the disk's, not the input's: name the output it was for
            raise AlignError(f"cannot write: {error.strerror or error}", path) from None
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for the block (delivered right after it), where the platform can."""
    import signal

    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):  # no pthread_sigmask, or not the main thread's business
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_SWEPT: set[str] = set()  # folders this process has already cleared of stale temporaries


def _remove_stale_temporaries(target: Path) -> None:
    """Temporaries that a killed run (kill -9, power loss) left beside `target`: each is named after
    the process that wrote it, and removed once that process is gone. A folder is swept once per
    process, for every target in it: a corpus run writes thousands of files into one folder, and
    listing it for each of them made writing quadratic (4,000 files: 4.6 s)."""
    folder = str(target.parent)
    if folder in _SWEPT:
        return
    _SWEPT.add(folder)
    with suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not (entry.name.startswith(".") and entry.name.endswith(".part")):
                continue
            parts = entry.name[: -len(".part")].rsplit(".", 2)  # .NAME.PID.RANDOM.part
            if len(parts) != 3 or len(parts[0]) < 2 or not parts[1].isdecimal() or _alive(int(parts[1])):
                continue
            with suppress(OSError):
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same path once links and `.` are resolved, or one file
    under two names (a hard link)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_outputs(outputs: Iterable[str | Path | None], inputs: Iterable[str | Path], force: bool = False, folders: Iterable[str | Path] = ()) -> None:
    """Refuse (one `AlignError` naming both) to write an output over one of the command's inputs,
    or into one of its input `folders` (a translation model's), unless `force`, and (always) two
    outputs to one file, where one would silently replace the other. Paths are compared as files,
    so `./a.txt`, a link to it and `a.txt` are one; a device or FIFO (`/dev/null`) may take several."""
    named = [Path(output) for output in outputs if output is not None and str(output) != "-"]
    for target in named:  # before the inputs are read, which may take long: not after
        _check_writable(target)
    for index, target in enumerate(named):
        if target.exists() and not target.is_file():
            continue
        for other in named[index + 1 :]:
            if same_file(target, other):
                raise AlignError("two outputs name this one file: give each its own", other)
    if force:
        return
    sources = [Path(p) for p in inputs]
    inside = [Path(folder).resolve() for folder in folders if Path(folder).is_dir()]
    for output in outputs:
        if output is None or str(output) == "-":
            continue
        target = Path(output)
        for source in sources:
            if same_file(target, source):
                raise AlignError(f"would overwrite the input {source}: choose another output, or pass --force", output)
        for folder in inside:
            if target.resolve().is_relative_to(folder):
                raise AlignError(f"would write into the input folder {folder}: choose another output, or pass --force", output)


def _check_writable(target: Path) -> None:
    """One `AlignError` naming `target` when it could not be written: the folder it goes in (or, for
    a folder not made yet, the nearest one on its way that exists) is one in which nothing may be made
    (outputs are written beside their place and renamed into it)."""
    folder = target if target.is_dir() else target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise AlignError(f"cannot write here: {folder} is a file, not a folder", target)
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise AlignError("cannot write here: Permission denied", target)


def check_output_folder(folder: str | Path, inputs: Iterable[str | Path]) -> None:
    """Refuse (one `AlignError`) a corpus run's output folder that holds one of its input articles:
    its tables and reports would mix with the articles, and the next `align pairs` over the folder
    would read the reports as articles."""
    target = Path(folder)
    if not target.is_dir():
        return
    for source in inputs:
        if same_file(Path(source).parent, target):
            raise AlignError(f"holds the input {source}: a run's tables and reports would mix with the articles; choose another folder", folder)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if value != value else f"{value:.15g}"
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def write_records(records: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, stream: IO[str], header: bool = True) -> int:
    """Write records in `fmt`; TSV and CSV keep `columns` in order (after a header line unless
    `header` is False: more rows of a table already begun), JSONL writes each record whole."""
    count = 0
    if fmt == "jsonl":
        for record in records:
            write_json(record, stream)
            count += 1
        return count
    if fmt == "tsv":
        if header:
            stream.write("\t".join(columns) + "\n")
        for record in records:
            stream.write("\t".join(_cell(record.get(c)) for c in columns) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        if header:
            writer.writerow(columns)
        for record in records:
            writer.writerow([_cell(record.get(c)) for c in columns])
            count += 1
        return count
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")


# The columns of every table the commands write, defined once. A concept keeps its name across
# tables: `ko`/`zh_hans` for glossary forms, `sentence` for a sentence index within a file.
SENTENCE_COLUMNS = ("doc", "index", "lang", "paragraph", "start", "end", "text", "clean")
COMPARE_COLUMNS = ("ko_id", "zh_id", "subject", "ko_value", "zh_value", "ko_number", "zh_number", "unit", "verdict", "score", "ko_text", "zh_text")
TERM_REPORT_COLUMNS = ("file", "sentence", "line", "surface", "ko", "zh_hans", "expected", "present", "how")
EVALUATION_COLUMNS = ("bleu", "chrf", "term_success", "tokenizer", "sentences")


def write_json(record: dict[str, Any], stream: IO[str]) -> None:
    """One JSON object on one line (UTF-8 as is, not escaped)."""
    stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_sentence_lines(documents: Iterable[Document], stream: IO[str]) -> int:
    """The body sentences of each document, one per line (inline debris such as ruby readings removed),
    a blank line between two documents (no sentence is blank; `--presegmented` reading skips it)."""
    count = 0
    for number, document in enumerate(documents):
        if number and document.sentences and count:
            stream.write("\n")
        for sentence in document.sentences:
            stream.write(sentence.clean + "\n")
            count += 1
    return count


def segment_records(document: Document, with_dropped: bool = True) -> Iterator[dict[str, Any]]:
    """Sentences, then (for JSONL) dropped spans, flags and metadata, each tagged with `type`; for
    a saved page, whose offsets index the text extracted from it rather than the file, that text
    too (`type` text), so that every offset can be checked against what it indexes."""
    for sentence in document.sentences:
        yield {"type": "sentence", **asdict(sentence)}
    if not with_dropped:
        return
    for span in document.dropped:
        yield {"type": "dropped", "doc": document.doc, **asdict(span)}
    for flag in document.flags:
        yield {"type": "flag", "doc": document.doc, **asdict(flag)}
    if document.metadata.extracted_from is not None:
        yield {"type": "text", "doc": document.doc, "text": document.text}
    metadata = {k: v for k, v in asdict(document.metadata).items() if v is not None}
    yield {"type": "metadata", "doc": document.doc, "lang": document.lang, "encoding": document.encoding, **metadata}


TERM_COLUMNS = ("file", "sentence", "start", "end", "surface", "ko", "zh_hans", "kind")


def term_records(document: Document, glossary: Glossary) -> Iterator[dict[str, Any]]:
    """Glossary terms in each sentence of a document, offsets into the document's decoded text
    (one automaton pass over the whole document)."""
    from align.text.document import term_matches

    for sentence, matches in zip(document.sentences, term_matches(document.sentences, glossary)):
        for match in matches:
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


def to_tmx(beads: Iterable[Bead], ko: Document, zh: Document) -> str:
    """Aligned sentences as a TMX 1.4b translation memory: one translation unit per bead with both
    sides (its sentences joined, `clean` text), `ko` and `zh` variants, the bead's similarity as
    the property `x-score`, the two source documents named in the header."""
    from align.alignment.search import bead_texts

    units = (
        (
            *bead_texts(bead, ko.sentences, zh.sentences),
            bead.score,
            {"x-sentences": f"ko {','.join(map(str, bead.ko))}; zh {','.join(map(str, bead.zh))}"},
        )
        for bead in beads
        if bead.ko and bead.zh
    )
    return tmx_document(units, {"x-document-ko": ko.doc, "x-document-zh": zh.doc})


def tmx_document(units: Iterable[tuple[str, str, float, dict[str, str]]], header_props: dict[str, str] | None = None) -> str:
    """A TMX 1.4b translation memory of (Korean, Chinese, score, properties) units, numbered from 1:
    `ko` and `zh` variants, the score as the property `x-score` before the unit's own properties,
    and `header_props` as properties of the header."""
    parts = [tmx_head(header_props)]
    number = 0
    for number, unit in enumerate(units, start=1):
        parts.append(tmx_unit(number, unit))
    parts.append(tmx_tail(number))
    return "".join(parts)


def tmx_head(header_props: dict[str, str] | None = None) -> str:
    """A TMX document up to its body: written first, then each `tmx_unit`, then `tmx_tail`, so
    that a corpus run's memory need not be held whole."""
    import xml.etree.ElementTree as ET

    header = ET.Element(
        "header",
        {"creationtool": "align", "creationtoolversion": "0.1.0", "datatype": "plaintext", "segtype": "sentence", "adminlang": "en", "srclang": "ko", "o-tmf": "align"},
    )
    for kind, value in (header_props or {}).items():
        ET.SubElement(header, "prop", {"type": kind}).text = value
    ET.indent(header, level=1)
    return '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ' + ET.tostring(header, encoding="unicode") + "\n"


def tmx_unit(number: int, unit: tuple[str, str, float, dict[str, str]]) -> str:
    """Unit `number` (from 1) of a TMX body (the first opens the body)."""
    import xml.etree.ElementTree as ET

    korean, chinese, score, props = unit
    element = ET.Element("tu", {"tuid": str(number)})
    ET.SubElement(element, "prop", {"type": "x-score"}).text = f"{score:g}"
    for kind, value in props.items():
        ET.SubElement(element, "prop", {"type": kind}).text = value
    for lang, text in (("ko", korean), ("zh", chinese)):
        variant = ET.SubElement(element, "tuv", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
        ET.SubElement(variant, "seg").text = xml_safe(text)
    ET.indent(element, level=2)
    return ("  <body>\n" if number == 1 else "") + "    " + ET.tostring(element, encoding="unicode") + "\n"


def tmx_tail(units: int) -> str:
    """The end of a TMX document of `units` units."""
    return "  </body>\n</tmx>\n" if units else "  <body />\n</tmx>\n"


def xml_safe(text: str) -> str:
    """Text XML 1.0 can carry: characters it forbids (control characters, lone surrogates) as U+FFFD."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "\ufffd", text)


def bead_records(beads: Iterable[Bead], ko: Document, zh: Document, with_text: bool = False) -> Iterator[dict[str, Any]]:
    """One record per bead; TSV gets comma-separated ids, JSONL lists and (with_text) the sentences."""
    for bead in beads:
        if not with_text:
            yield {"ko_ids": ",".join(map(str, bead.ko)), "zh_ids": ",".join(map(str, bead.zh)), "score": bead.score}
            continue
        from align.alignment.search import bead_texts

        ko_text, zh_text = bead_texts(bead, ko.sentences, zh.sentences)
        yield {"ko_ids": list(bead.ko), "zh_ids": list(bead.zh), "score": bead.score, "ko_text": ko_text, "zh_text": zh_text}


CANDIDATE_COLUMNS = ("ko", "zh", "score", "evidence", "count", "known", "termhood", "example_ko", "example_zh")


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
