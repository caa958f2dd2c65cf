"""Finding the document pairs a command works on: two files, a directory of twins, or a list."""

from __future__ import annotations

import os
from pathlib import Path

from align.errors import AlignError
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
                if path.exists() and not path.is_file():
                    raise AlignError(f"{listed.strip()}: not a file", listing, number)
                if require_listed and not path.exists():
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
    """A list file's text, read as UTF-8 (a BOM allowed); one line naming the file and the line of
    the first byte that is not UTF-8 (a list saved as CP949 or GBK) otherwise."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise AlignError(f"cannot read the {what}: {error.strerror or error}", path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise AlignError(f"a {what} must be UTF-8 (byte {error.start} is not; save it as UTF-8)", path, line) from None


def other_files(source: Path) -> list[Path]:
    """The files of a folder `article_paths` leaves out (pictures, styles, scripts, notes), hidden ones aside."""
    if not source.is_dir():
        return []
    return sorted(p for p in source.rglob("*") if p.is_file() and not p.name.startswith(".") and not _names_an_article(p))  # (a saved page's resources among them)


def listed_path(path: str, listing: Path) -> str:
    """How a pair list at `listing` names the file `path` (as given on the command line): an
    absolute path as it is, a relative one relative to the list's folder, so that the list reads
    the same from any working folder."""
    if Path(path).is_absolute():
        return path
    try:
        return os.path.relpath(Path(path).resolve(), listing.resolve().parent)
    except ValueError:  # another drive than the list's (Windows): no relative path leads there
        return str(Path(path).resolve())


def _listed(listing: Path, entry: str) -> Path:
    beside = listing.parent / entry
    return beside if beside.is_file() or not Path(entry).is_file() else Path(entry)


ARTICLE_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES
# what a web server names its pages, as saved from a browser or by wget: `view.php`, `content.asp`,
# `article.html?id=1032`, `show.jsp`, or no suffix at all (`news/20240312/1032`); their content says what they hold
PAGE_SUFFIXES = frozenset({"", ".php", ".asp", ".aspx", ".jsp", ".jspx", ".cgi", ".do", ".action", ".cfm", ".shtm", ".dhtml"})


def _suffix(path: Path) -> str:
    """A file's suffix as a page's name has it, lower case, a query string cut (`.html?id=1` -> `.html`)."""
    name = path.name.split("?", 1)[0]
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _names_an_article(path: Path) -> bool:
    return _suffix(path) in ARTICLE_SUFFIXES | PAGE_SUFFIXES and not path.name.startswith(".") and not _inside_saved_resources(path)


def _inside_saved_resources(path: Path) -> bool:
    """Whether a file lies in the folder a browser saves beside a page for its pictures, styles and
    frames (`page_files/` beside `page.html`): an ad's frame there is no article."""
    for folder in path.parents:
        if folder.name.endswith("_files") and any(folder.with_name(folder.name[: -len("_files")] + suffix).is_file() for suffix in HTML_SUFFIXES):
            return True
    return False


def article_paths(source: Path) -> list[Path]:
    """The articles one side of `align pairs` names: a folder (its article files, recursively, in
    name order: text and saved pages, whatever the server named them: `.txt`, `.html`, `.php`,
    `…?id=1032`, no suffix; `other_files` are the rest), a list file (`.lst`/`.list`: one path per
    line, relative to the list), or one article."""
    if source.is_dir():
        return sorted(p for p in source.rglob("*") if p.is_file() and _names_an_article(p))
    if not source.exists():
        raise AlignError("no such file or folder", source)
    if source.suffix.lower() in (".lst", ".list"):
        lines = [line.strip() for line in _read_list(source, "list of articles").splitlines() if line.strip() and not line.startswith("#")]
        return [source.parent / line for line in lines]
    return [source]
