"""Finding the document pairs a command works on: two files, a directory of twins, or a list."""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, NamedTuple

from align.corpus.runs import REPORT_FILE, REPORTS_FOLDER, RESULT_FILE, RESULTS_FOLDER, RUN_PARTS
from align.errors import AlignError
from align.io import same_file
from align.script.chars import count_scripts
from align.text.inputs import HTML_SUFFIXES

_REPEATS_SHOWN = 5  # repeated lines named in the error, the rest counted


def document_pairs(ko: Path | None, zh: Path | None, listing: Path | None, require_listed: bool = True) -> list[tuple[Path, Path]]:
    """Pairs from `KO ZH`, from a directory of `NAME.ko.txt`/`NAME.zh.txt` twins (given as KO), or
    from a TSV listing `ko_path<TAB>zh_path` per line (relative paths are relative to the listing,
    or else to the working folder);
    the output of `align pairs` (a header `ko_file, zh_file, score, evidence`) is such a listing.
    A listed file that does not exist stops here unless `require_listed` is false (a corpus run
    records that pair's error and goes on); an empty path, a folder or a pair listed twice always
    stops here."""
    pairs: list[tuple[Path, Path]] = []
    if listing is not None:
        seen: dict[tuple[Path, Path], int] = {}
        repeats: list[tuple[int, int]] = []  # a line repeating a pair, and the line it repeats
        lines = _read_list(listing, "pair list").splitlines()
        columns = 2
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if number == 1 and fields[:2] in (["ko_file", "zh_file"], ["ko_path", "zh_path"]):  # (ko_path: the help's own name)
                columns = len(fields)  # the header of `align pairs`: its first two columns are the pair
                continue
            if len(fields) != columns:
                raise AlignError("expected ko_path<TAB>zh_path" if columns == 2 else f"expected {columns} fields as in the header", listing, number)
            fields = fields[:2]
            # relative to the listing (an absolute path stays as it is), else to the working folder,
            # as `align pairs` writes the paths it was given
            korean, chinese = (_listed(listing, f.strip()) for f in fields)
            for listed, path in zip(fields, (korean, chinese)):
                if not listed.strip():
                    raise AlignError("an empty path", listing, number)
                kind = _kind(path)
                if kind == "other":
                    raise AlignError(f"{listed.strip()}: not a file", listing, number)
                if require_listed and kind == "missing":
                    raise AlignError(f"{listed.strip()}: no such file", listing, number)
            same = seen.setdefault((korean.resolve(), chinese.resolve()), number)
            if same != number:  # compared twice, its claims would count twice in every total
                repeats.append((number, same))
                continue
            pairs.append((korean, chinese))
        if repeats:
            shown = ", ".join(f"line {number} repeats line {same}" for number, same in repeats[:_REPEATS_SHOWN]) + (f" and {len(repeats) - _REPEATS_SHOWN} more" if len(repeats) > _REPEATS_SHOWN else "")
            raise AlignError(f"{'a pair is' if len(repeats) == 1 else f'{len(repeats)} pairs are'} listed twice ({shown}): list each pair once", listing, repeats[0][0])
    if ko is not None and ko.is_dir():
        for korean in sorted(ko.glob("*.ko.txt")):
            chinese = korean.with_name(korean.name[: -len(".ko.txt")] + ".zh.txt")
            if chinese.exists():
                pairs.append((korean, chinese))
        if not pairs:
            raise AlignError("no NAME.ko.txt / NAME.zh.txt twins in this directory", ko)
    elif ko is not None:
        if zh is None:
            raise AlignError("a Korean document needs its Chinese counterpart (KO ZH)", ko)
        pairs.append((ko, zh))
    if not pairs:
        raise AlignError("nothing to read: give KO ZH, a directory of twins, or --pairs FILE")
    return pairs


def _read_list(path: Path, what: str) -> str:
    """A list file's text, read as UTF-8 (a BOM allowed), or as UTF-16 when it starts with that
    BOM (Notepad's "Unicode"); one line naming the file and the line of the first byte that is not
    UTF-8 (a list saved as CP949 or GBK) otherwise."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise AlignError(f"cannot read the {what}: {error.strerror or error}", path) from None
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        if b"\x00" in data:  # UTF-16 without its byte-order mark: ASCII in it is valid UTF-8 with NULs
            raise AlignError(f"a {what} must be UTF-8 (or UTF-16 with its byte-order mark): it holds NUL bytes", path)
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise AlignError(f"a {what} must be UTF-8 (byte {error.start} is not; save it as UTF-8)", path, line) from None


def listed_path(path: str, listing: Path) -> str:
    """How a pair list at `listing` names the file `path` (as given on the command line): an
    absolute path as it is, a relative one relative to the list's folder, so that the list reads
    the same from any working folder."""
    if Path(path).is_absolute():
        return path
    folder = os.path.dirname(os.path.abspath(listing))
    try:  # (the names as given, not through links: a project's linked folders move with it)
        named = os.path.relpath(os.path.abspath(path), folder)
        if same_file(Path(folder, named), Path(path)):
            return named
        # the list's folder is a link: `..` from it is taken where the link leads, so the path is too
        return os.path.relpath(os.path.realpath(path), os.path.realpath(folder))
    except ValueError:  # another drive than the list's (Windows): no relative path leads there
        return os.path.abspath(path)


_Kind = Literal["file", "missing", "other", "unreadable"]


def listable(path: Path) -> bool:
    """Whether a path can stand in a pair list as it is: no tab or line break in it (the list's
    separators)."""
    return not any(mark in str(path) for mark in "\t\n\r")


def _kind(path: Path) -> _Kind:
    """`file`, `missing`, `other` (a folder, a device), or `unreadable` (in a folder that may not be
    read: reading it reports that, pair by pair, as a missing file's pair is)."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except OSError:
        return "unreadable"
    return "file" if stat.S_ISREG(mode) else "other"


def _listed(listing: Path, entry: str) -> Path:
    beside = listing.parent / entry
    return beside if _kind(beside) in ("file", "unreadable") or _kind(Path(entry)) != "file" else Path(entry)


ARTICLE_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES
# what a web server names its pages, as saved from a browser or by wget: `view.php`, `content.asp`,
# `article.html?id=1032`, `show.jsp`, or no suffix at all (`news/20240312/1032`); their content says what they hold
PAGE_SUFFIXES = frozenset({"", ".php", ".asp", ".aspx", ".jsp", ".jspx", ".cgi", ".do", ".action", ".cfm", ".shtm", ".dhtml"})
_SNIFFED = 4096  # bytes of a file named as a server names pages read to tell whether it holds one


class Pile(NamedTuple):
    """One side of `align pairs`: its articles, the files of its folder left out as no article, the
    hidden files left out (a name starting with a dot: `.DS_Store`), the folders that could not be
    read (each with why), and the links to a folder holding the pile, not followed."""

    articles: list[Path]
    left_out: list[Path]
    hidden: Sequence[Path] = ()
    unreadable: Sequence[tuple[Path, str]] = ()
    links_up: Sequence[Path] = ()


def pile(source: Path) -> Pile:
    """The articles one side of `align pairs` names: a folder (its article files, recursively, in
    name order: text and saved pages, whatever the server named them: `.txt`, `.html`, and, when
    they hold text or markup, `.php`, `…?id=1032`, no suffix; not what a browser saves beside a page,
    `page_files/`, nor a corpus run's folder), a list file (`.lst`/`.list`: one path per line,
    relative to the list, or else to the working folder, as a pair list's), or one article; with
    the folder's other files, its hidden files, the folders it holds that could not be read, and
    the links it holds to a folder that holds the pile
    (`up -> ..`: not followed, or the pile would take in its parent's other folders). Other linked
    folders are followed, each once."""
    kind = _kind(source)
    if kind == "unreadable":
        raise AlignError("cannot read: Permission denied", source)
    if kind == "other" and source.is_dir():
        articles: list[Path] = []
        left_out: list[Path] = []
        hidden: list[Path] = []
        unreadable: list[tuple[Path, str]] = []
        links_up: list[Path] = []
        if any(map(_saved_resources, (source, *source.parents))):
            return Pile([], _shown_files(source))
        holding = [os.path.realpath(folder) for folder in (source, *source.resolve().parents)]  # the pile and the folders that hold it
        seen: set[str] = set()

        def cannot_read(error: OSError) -> None:
            unreadable.append((Path(error.filename or source), error.strerror or str(error)))

        for folder, subfolders, files in os.walk(source, onerror=cannot_read, followlinks=True):
            here = Path(folder)
            real = os.path.realpath(folder)
            if real in seen:  # a link to a folder already read (`loop -> ..`)
                subfolders.clear()
                continue
            seen.add(real)
            hidden.extend(here / name for name in files if name.startswith("."))
            up = [name for name in subfolders if (here / name).is_symlink() and os.path.realpath(here / name) in holding]
            links_up.extend(here / name for name in up)
            subfolders[:] = sorted(name for name in subfolders if name not in up)
            if here != source and (_holds_a_run(here) or _saved_resources(here)):
                left_out.extend(_shown_files(here))
                subfolders.clear()
                continue
            run_parts: frozenset[str] = frozenset()
            if _holds_a_run(here):  # a corpus run written into the pile's own folder: its parts are no articles, the pile's are
                run_parts = RUN_PARTS
                left_out.extend(path for part in sorted(set(subfolders) & RUN_PARTS) for path in _shown_files(here / part))
                subfolders[:] = [name for name in subfolders if name not in RUN_PARTS]
            for name in files:
                if not name.startswith("."):
                    path = here / name
                    (articles if name not in run_parts and _holds_an_article(path) else left_out).append(path)
        return Pile(sorted(articles), sorted(left_out), sorted(hidden), sorted(unreadable), sorted(links_up))
    if kind == "missing":
        raise AlignError("no such file or folder", source)
    if source.suffix.lower() in (".lst", ".list"):
        lines = [line.strip() for line in _read_list(source, "list of articles").splitlines() if line.strip() and not line.startswith("#")]
        return Pile([_listed(source, line) for line in lines], [])  # (as a pair list's: beside the list, else from the working folder)
    return Pile([source], [])


def _shown_files(folder: Path) -> list[Path]:
    """A folder's files, all the way down, hidden ones aside, in name order."""
    return sorted(path for path in folder.rglob("*") if path.is_file() and not path.name.startswith("."))


def _holds_a_run(folder: Path) -> bool:
    """Whether a folder is a corpus run's (`align compare --pairs … -o`), finished or interrupted: its
    `pairs/` holds kept results (`KEY.json`, 24 hexadecimal digits) or its `reports/` reports named as
    a run names them (`00001-name-KEY.html`): a user's own `reports/20240312-x.html` is no run's."""
    results, reports = folder / RESULTS_FOLDER, folder / REPORTS_FOLDER
    return (results.is_dir() and any(RESULT_FILE.fullmatch(path.name) for path in results.iterdir())) or (
        reports.is_dir() and any(REPORT_FILE.fullmatch(path.name) for path in reports.iterdir())
    )


def hidden_note(source: Path, hidden: Sequence[Path]) -> str:
    """One line saying which hidden files (names starting with a dot) a pile's folder held."""
    shown = ", ".join(path.name for path in hidden[:4]) + (", …" if len(hidden) > 4 else "")
    count = "1 hidden file" if len(hidden) == 1 else f"{len(hidden)} hidden files"
    return f"{source}: {count} left out (a name starting with a dot: {shown})"


def left_out_note(source: Path, left_out: Sequence[Path]) -> str:
    """One line saying what a pile's folder held besides articles, by kind (`.css`, `.md`, …)."""
    kinds = sorted({path.suffix.lower() or path.name for path in left_out})
    shown = ", ".join(kinds[:6]) + (", …" if len(kinds) > 6 else "")
    files = "1 file" if len(left_out) == 1 else f"{len(left_out)} files"
    return f"{source}: {files} left out as no article: not text or a saved page, or a saved page's pictures and frames, or a corpus run's ({shown})"


def _suffix(path: Path) -> str:
    """A file's suffix as a page's name has it, lower case, a query string cut (`.html?id=1` -> `.html`)."""
    name = path.name.split("?", 1)[0]
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _holds_an_article(path: Path) -> bool:
    """Whether a file of a pile's folder is an article: named as text or a saved page, or named as a
    server names pages and holding markup or Korean or Chinese text."""
    suffix = _suffix(path)
    return suffix in ARTICLE_SUFFIXES or (suffix in PAGE_SUFFIXES and _reads_as_page(path))


def _reads_as_page(path: Path) -> bool:
    """Whether a file's first bytes hold markup or Korean or Chinese text (not a README, a Makefile, a binary)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFFED)
    except OSError:
        return True  # the read that follows says what is wrong with it
    from align.errors import InputError
    from align.text.decode import decode_bytes
    from align.text.html import looks_like_html

    try:  # (any encoding the articles may be in: a page saved as CP949 or UTF-16 is an article)
        text = decode_bytes(_whole_characters(head)).text
    except InputError:
        return False  # binary, empty: no article
    return looks_like_html(text) or sum(count_scripts(text)) >= _SCRIPT_LETTERS


def _whole_characters(head: bytes) -> bytes:
    """The first bytes of a file cut where no character is: at an even length for UTF-16, at the
    last line break otherwise (a multibyte character cut in two would fail a legacy decoding)."""
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or max(head[0::2].count(0), head[1::2].count(0)) > len(head) // 4:
        return head[: len(head) - len(head) % 2]
    cut = head.rfind(b"\n")
    return head[: cut + 1] if cut > 0 else head


_SCRIPT_LETTERS = 20  # Hangul or Han letters in a file's first bytes that make it an article


def _saved_resources(folder: Path) -> bool:
    """Whether a folder is the one a browser saves beside a page for its pictures, styles and frames
    (`page_files/` beside `page.html`): an ad's frame there is no article."""
    return folder.name.endswith("_files") and any(folder.with_name(folder.name[: -len("_files")] + suffix).is_file() for suffix in HTML_SUFFIXES)


def translation_memory(ko: Path | None, zh: Path | None, pairs: Path | None) -> Path | None:
    """The translation memory (`.tmx`) `terms build` is given alone, whose units hold both languages;
    None when its inputs are articles. One `AlignError` for a memory given with a second file or a
    pair list: the memory already pairs its segments."""
    given = [path for path in (ko, zh) if path is not None and path.suffix.lower() == ".tmx"]
    if given and (zh is not None or pairs is not None):
        raise AlignError("a translation memory holds both languages: give the .tmx alone, without a second file or --pairs", given[0])
    return ko if given and ko is not None and zh is None else None
