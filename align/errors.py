"""One exception family, so the CLI can turn any user error into a single `FILE:LINE: message` line;
and the Python API's argument checks (`expect_*`), shared by every public function: a plausible
wrong argument (one str where a list is expected, a `Document` where its sentences are, a path where
a `Glossary` or a `Document` is, None where text is) is one TypeError or ValueError at the function
called, naming the parameter, what was given and what to pass instead, not a failure deep inside."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

if TYPE_CHECKING:
    from align.terms.glossary import Glossary
    from align.text.document import Document


class AlignError(Exception):
    """A problem with the user's input, reported with where it was found."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line is not None:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(AlignError):
    """A file that cannot be read as text: missing, a directory, empty, binary or undecodable."""


class LanguageError(InputError, ValueError):
    """An input written in the other language than the one it is given as (the Korean and Chinese
    arguments swapped, two Chinese reports): an InputError for the command line, a ValueError for
    Python callers."""


class LanguageWarning(UserWarning):
    """A text read in a language (`lang=`) that is not the one it is written in: split and matched by
    the other language's rules."""


class GlossaryError(AlignError):
    """A malformed glossary; `problems` lists every `FILE:LINE: message` found, not just the first."""

    def __init__(self, problems: list[AlignError]) -> None:
        first = problems[0]
        super().__init__(first.message, first.path, first.line)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(AlignError.__str__(p) for p in self.problems)


class InternalError(RuntimeError):
    """A fault of the toolkit's own met while working on a named input (a corpus run's pair): not
    the user's to fix, reported as an internal error."""


def fault(error: BaseException) -> str:
    """A fault of the toolkit's own in one line, for the user and a bug report: `internal error
    (KeyError: 'paragraph')`."""
    message = str(error).splitlines()[0] if str(error) else ""
    return f"internal error ({type(error).__name__}{': ' + message if message else ''})"


# ---------------------------------------------------------------- the Python API's argument checks

T = TypeVar("T")
P = TypeVar("P", bound="str | os.PathLike[str]")

LOAD_GLOSSARY = "load it with align.load_glossaries([path])"
READ_DOCUMENT = "read it with align.segment_file(path)"


def given(value: Any) -> str:
    """What a value is, for a message: `None`, `a str`, `a Document`, `an int`."""
    if value is None:
        return "None"
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _refuse(param: str, expected: str, value: Any, fix: str = "") -> NoReturn:
    raise TypeError(f"{param}: expected {expected}, got {given(value)}" + (f": {fix}" if fix else ""))


def _is_path(value: Any) -> bool:
    return isinstance(value, (str, os.PathLike))


def expect_sequence(value: Iterable[T], param: str, what: str = "sentences (a list of str or Sentence)", fix: str = "wrap it in a list") -> Sequence[T]:
    """`value` as a sequence (of `what`): a sequence as it is, any other iterable of items (a pandas
    Series, a numpy array, a generator, `dict.values()`) as a list of them; one str or bytes (whose
    characters would be the items), a Document (whose sentences were meant), a mapping or a set (no
    order), None or no iterable at all is a TypeError. Callers go on with what it returns (a
    generator is read here)."""
    from align.text.document import Document

    if isinstance(value, (str, bytes)):
        raise TypeError(f"{param}: expected a sequence of {what}, got one {type(value).__name__}: {fix}")
    if isinstance(value, Document):
        _refuse(param, f"a sequence of {what}", value, "pass document.sentences")
    if isinstance(value, Sequence):
        return value
    if isinstance(value, (Mapping, AbstractSet)) or not isinstance(value, Iterable):
        _refuse(param, f"a sequence of {what}", value)
    return list(value)


def expect_strings(value: Iterable[str], param: str, what: str = "sentences (a list of str)") -> Sequence[str]:
    """`value` as a sequence of str (see `expect_sequence`); an item that is not names its index."""
    from align.text.document import Sentence

    items = expect_sequence(value, param, what)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            fix = "pass its text (sentence.clean), or translate documents with align.translate_documents" if isinstance(item, Sentence) else ""
            _refuse(f"{param}[{index}]", "a str", item, fix)
    return items


def expect_text(value: str, param: str = "text") -> str:
    """`value` when it is a str: bytes (not decoded yet), a Document or Sentence (whose text was
    meant), a list (of sentences) or None is a TypeError saying what to pass."""
    from align.text.document import Document, Sentence

    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        _refuse(param, "the text as a str", value, "decode it first, or use align.segment_file")
    if isinstance(value, (Document, Sentence)):
        _refuse(param, "the text as a str", value, f"pass {type(value).__name__.lower()}.text")
    if isinstance(value, (list, tuple)):
        _refuse(param, "the text as a str", value, "give one text (a str) per call")
    _refuse(param, "the text as a str", value)


def expect_path(value: P, param: str = "path") -> P:
    """`value` when it is a path (a str or a Path)."""
    if not _is_path(value):
        _refuse(param, "a path (a str or a Path)", value)
    return value


def expect_paths(value: Iterable[P] | None, param: str = "paths") -> list[P]:
    """A list of paths, or an empty list for None; one path (whose characters would be the paths) is a TypeError."""
    from align.terms.glossary import Glossary

    if value is None:
        return []
    if _is_path(value) or isinstance(value, bytes):
        _refuse(param, "a list of paths", value, f"wrap it in a list ([{value!r}])")
    if isinstance(value, Glossary):
        _refuse(param, "a list of paths", value, "it is loaded already: use it as it is")
    if not isinstance(value, Iterable):
        _refuse(param, "a list of paths", value)
    listed = list(value)
    for index, item in enumerate(listed):
        expect_path(item, f"{param}[{index}]")
    return listed


def expect_glossary(value: Glossary | None, param: str = "glossary", required: bool = False) -> Glossary | None:
    """`value` when it is a Glossary (or None, unless `required`); a path or a list of paths (not
    loaded yet) or anything else is a TypeError saying how to load one."""
    from align.terms.glossary import Glossary

    if isinstance(value, Glossary) or (value is None and not required):
        return value
    if value is None:
        _refuse(param, "a Glossary", value, "load the bundled one with align.load_glossaries(), or yours with align.load_glossaries([path])")
    if _is_path(value) or (isinstance(value, (list, tuple)) and value and all(_is_path(item) for item in value)):
        _refuse(param, "a Glossary", value, LOAD_GLOSSARY)
    _refuse(param, "a Glossary", value, "load one with align.load_glossaries")


def expect_document(value: Document, param: str = "document") -> Document:
    """`value` when it is a Document; a path (not read yet), sentences or anything else is a TypeError."""
    from align.text.document import Document

    if isinstance(value, Document):
        return value
    if _is_path(value):
        _refuse(param, "a Document", value, READ_DOCUMENT)
    if isinstance(value, (list, tuple)):
        _refuse(param, "a Document", value, f"{READ_DOCUMENT}, or segment a text with align.segment_document(text, lang)")
    _refuse(param, "a Document", value)


def expect_documents(value: Sequence[Document], param: str = "documents") -> Sequence[Document]:
    """`value` when it is a sequence of Documents; one Document, a folder or a list of paths is a TypeError."""
    from align.text.document import Document

    if isinstance(value, Document):
        _refuse(param, "a list of Documents", value, "wrap it in a list")
    if _is_path(value):
        _refuse(param, "a list of Documents", value, "read each file with align.segment_file(path)")
    if not isinstance(value, Sequence):
        _refuse(param, "a list of Documents", value)
    for index, item in enumerate(value):
        expect_document(item, f"{param}[{index}]")
    return value


def expect_pairs(value: Iterable[T], param: str = "pairs") -> Iterable[T]:
    """`value` when it may be an iterable of (Korean sentences, Chinese sentences) pairs (a generator
    is not looked into); one such pair given alone, not in a list, is a TypeError."""
    from align.text.document import Document, Sentence

    def one_side(side: Any) -> bool:
        return isinstance(side, Document) or (isinstance(side, Sequence) and not isinstance(side, str) and bool(side) and isinstance(side[0], (str, Sentence)))

    if isinstance(value, (str, bytes, Document)) or not isinstance(value, Iterable):
        _refuse(param, "a list of (Korean sentences, Chinese sentences) pairs", value)
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(one_side(side) for side in value):
        _refuse(param, "a list of (Korean sentences, Chinese sentences) pairs", value, "it is one pair: wrap it in a list ([(ko_sentences, zh_sentences)])")
    return value


def expect_pair(value: Any, param: str) -> tuple[Any, Any]:
    """One item of `pairs`: a (Korean, Chinese) pair."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence) or len(value) != 2:
        _refuse(param, "a (Korean sentences, Chinese sentences) pair", value)
    return value[0], value[1]


def expect_model(value: Any, param: str = "model") -> Any:
    """`value` when it is a TranslationModel; a path (not loaded yet) is a TypeError saying how to load it."""
    from align.translation.model import TranslationModel

    if not isinstance(value, TranslationModel):
        _refuse(param, "a TranslationModel", value, "load it with align.load_model(path)" if _is_path(value) else "")
    return value


def expect_positive(value: int | None, param: str, none: str) -> int | None:
    """`value` when it is None (meaning `none`) or a whole number of at least 1; else a ValueError."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        _refuse(param, f"a whole number of at least 1, or None for {none}", value)
    if value < 1:
        raise ValueError(f"{param}: expected a whole number of at least 1, or None for {none}, got {value}")
    return value
