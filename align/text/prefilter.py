"""Literal prefilters for sets of regular expressions: which patterns can match a line at all.

Cleaning tries some 200 boilerplate patterns on every line of a page, and almost none of them can
match: a pattern for `저작권자 ⓒ … 무단전재` needs `무단전재` or one of its other words in the line. This
module reads each pattern's syntax tree and derives strings of which every match must contain one
(the strings of an alternation, the longest literal run of a sequence, a small character class), the
way regex engines such as RE2 and Hyperscan screen patterns before running them. One Aho-Corasick
pass over a line then tells which patterns are worth trying; the others cannot match and are skipped.

The same syntax tree gives a second, finer prefilter for one large pattern scanned over a whole
text (the figure patterns): the characters a match can begin with (`first_characters`). A character
class finds the candidate positions in C and the pattern is tried only there (`finditer`); Python's
engine would otherwise try the whole alternation at every position.

The screens never change a result, only the time they take. The literal screen is built to stay sound:
- the strings are lower-cased and the line is folded the same way (ASCII case, plus the four
  non-ASCII letters that `re.IGNORECASE` matches to ASCII ones: İ ı ſ K), so case-insensitive
  patterns are covered; a literal letter with case outside ASCII is never used as a requirement;
- a lookbehind is never used (it can look before where a search starts), a lookahead is;
- a pattern whose syntax tree cannot be read (a future `re` with another tree) has no requirement
  and is always tried.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import ahocorasick_rs

__all__ = ["LazyPattern", "Screen", "finditer", "first_characters", "fold", "required_strings"]

_MAX_CLASS = 16  # a character class of at most this many characters stands for its characters as strings

# the non-ASCII letters `re.IGNORECASE` matches to ASCII ones (the `re` documentation lists them)
_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

try:  # the syntax tree of `re` (stable since Python 3.11; without it, no pattern is screened)
    _parser: Any = importlib.import_module("re._parser")
    _codes: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - depends on the Python version
    _parser = _codes = None


def fold(text: str) -> str:
    """`text` the way the screen reads it: lower-cased, the four letters of `_FOLDS` made ASCII."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        text = text.translate(_FOLDS)  # slow, and rarely needed
    return text.lower()


def _usable(char: str) -> bool:
    """A character that matches only itself, or an ASCII letter (matched through `fold`); not a
    lone surrogate, which the screen cannot look for."""
    return char.isascii() or (char.lower() == char == char.upper() and not "\ud800" <= char <= "\udfff")


_Requirement = frozenset[str] | None  # one of these strings is in every match; None: unknown


def _better(one: frozenset[str], other: frozenset[str]) -> bool:
    """The more selective requirement: longer shortest string, then fewer strings."""
    return (min(map(len, one)), -len(one)) > (min(map(len, other)), -len(other))


def _sequence(items: Any) -> tuple[_Requirement, bool]:
    """A sequence's best requirement, and whether it can match the empty string."""
    best: frozenset[str] | None = None
    nullable, run = True, []

    def consider(requirement: _Requirement) -> None:
        nonlocal best
        if requirement is not None and (best is None or _better(requirement, best)):
            best = requirement

    for code, value in items:
        if code is _codes.LITERAL and _usable(chr(value)):
            run.append(chr(value))
            nullable = False
            continue
        if run:
            consider(frozenset(["".join(run).lower()]))
            run = []
        if code is _codes.ASSERT:
            if value[0] > 0:  # a lookahead: its text is in the line too, though not in the match
                requirement, empty = _sequence(value[1])
                consider(None if empty else requirement)
            continue
        requirement, empty = _item(code, value)
        if not empty:
            nullable = False
            consider(requirement)
    if run:
        consider(frozenset(["".join(run).lower()]))
    return best, nullable


def _item(code: Any, value: Any) -> tuple[_Requirement, bool]:
    """One node's requirement, and whether it can match the empty string."""
    if code is _codes.SUBPATTERN:
        return _sequence(value[-1])
    if code is _codes.ATOMIC_GROUP:
        return _sequence(value)
    if code in (_codes.MAX_REPEAT, _codes.MIN_REPEAT, _codes.POSSESSIVE_REPEAT):
        least, _, body = value
        requirement, empty = _sequence(body)
        return (None, True) if least == 0 else (requirement, empty)
    if code is _codes.BRANCH:
        strings: set[str] = set()
        for alternative in value[1]:
            requirement, empty = _sequence(alternative)
            if empty:
                return None, True
            if requirement is None:
                return None, False
            strings |= requirement
        return frozenset(strings), False
    if code is _codes.IN:
        return _class(value), False
    if code in (_codes.LITERAL, _codes.NOT_LITERAL, _codes.ANY):
        return None, False  # one character of no usable kind
    return None, True  # anchors, lookbehinds, negative lookarounds, back references, the unknown


def _class(items: Any) -> _Requirement:
    """A character class's characters as one-character strings, folded, when it is small and made
    of usable characters; else None."""
    chars: set[str] = set()
    for code, value in items:
        if code is _codes.LITERAL:
            chars.add(chr(value))
        elif code is _codes.RANGE and value[1] - value[0] < _MAX_CLASS:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None  # a category (\d, \s), a negated or a wide class
    if len(chars) > _MAX_CLASS or not all(map(_usable, chars)):
        return None
    return frozenset(char.lower() for char in chars)


class LazyPattern:
    """A regular expression compiled on its first use: the cleaner's stand-in for `re.Pattern`, with
    the methods it calls (`search`, `match`, `finditer`); `compiled` is the pattern itself.
    Compiling the cleaner's 300-odd patterns took 0.2 s of every process; screened, most of them are
    never tried on a short article."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)


def required_strings(pattern: re.Pattern[str] | LazyPattern) -> frozenset[str] | None:
    """Strings, folded, of which every match of `pattern` contains at least one
    (`fold(line)` contains one of them wherever the pattern matches the line); None when no such
    strings can be derived, and the pattern must always be tried."""
    if _parser is None:
        return None
    try:
        requirement, empty = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    except (AttributeError, TypeError, ValueError, IndexError, RecursionError, re.error):
        return None  # a syntax tree of a shape this module does not know: screen nothing
    return None if empty else requirement


@dataclass(frozen=True)
class Screen:
    """Which of a sequence of patterns can match a text: those with no requirement, and those one of
    whose required strings the folded text contains."""

    always: frozenset[int]
    strings: tuple[str, ...]
    owners: tuple[tuple[int, ...], ...]  # for each string, the patterns that require it
    automaton: Any

    @classmethod
    def of(cls, patterns: Sequence[re.Pattern[str] | LazyPattern]) -> Screen:
        requirements = [required_strings(pattern) for pattern in patterns]
        owners: dict[str, list[int]] = {}
        for index, requirement in enumerate(requirements):
            for string in sorted(requirement or ()):
                owners.setdefault(string, []).append(index)
        strings = tuple(owners)
        automaton = ahocorasick_rs.AhoCorasick(strings) if strings else None
        always = frozenset(index for index, requirement in enumerate(requirements) if requirement is None)
        return cls(always, strings, tuple(tuple(owners[string]) for string in strings), automaton)

    def candidates(self, text: str) -> list[int]:
        """The indices of the patterns that may match `text`, in order (a superset of those that do)."""
        found = set(self.always)
        if self.automaton is not None:
            folded = fold(text)
            try:
                matches = self.automaton.find_matches_as_indexes(folded, overlapping=True)
            except UnicodeEncodeError:  # a lone surrogate: no required string has one, a ? stands for it
                matches = self.automaton.find_matches_as_indexes(folded.encode("utf-8", "replace").decode("utf-8"), overlapping=True)
            for index, _, _ in matches:
                found.update(self.owners[index])
        return sorted(found)


def first_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class holding every character a match of `pattern` can begin with, or None
    when that cannot be told (a pattern that can match the empty string, a negated class, `.`, a
    back reference, case-insensitive matching, a syntax tree of an unknown shape)."""
    if _parser is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _starts(_parser.parse(pattern.pattern, pattern.flags))
    except (AttributeError, TypeError, ValueError, IndexError, RecursionError, re.error):
        return None
    if found is None or found[1] or not found[0]:
        return None
    return re.compile("[" + "".join(dict.fromkeys(found[0])) + "]")


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying the pattern only where `first_characters` says a match can
    begin (a lookbehind still sees the text before a candidate, as `Pattern.match(text, pos)` lets it):
    the same spans and groups; only `Match.pos` differs (the candidate's position, not 0)."""
    first = _first_class(pattern)
    if first is None:
        yield from pattern.finditer(text)
        return
    position = 0
    search, match = first.search, pattern.match
    while (candidate := search(text, position)) is not None:
        start = candidate.start()
        found = match(text, start)
        if found is None:
            position = start + 1
            continue
        yield found
        position = found.end()  # never empty: a pattern that can match empty has no class


@lru_cache(maxsize=64)
def _first_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return first_characters(pattern)


_Starts = tuple[list[str], bool] | None  # class fragments a match can begin with, and whether it can be empty; None: unknown


def _starts(items: Any) -> _Starts:
    """What a sequence can begin with: its items' starts up to the first that cannot be empty."""
    fragments: list[str] = []
    for code, value in items:
        found = _item_starts(code, value)
        if found is None:
            return None
        fragments += found[0]
        if not found[1]:
            return fragments, False
    return fragments, True


def _item_starts(code: Any, value: Any) -> _Starts:
    if code is _codes.LITERAL:
        return [re.escape(chr(value))], False
    if code is _codes.IN:
        return _class_fragments(value)
    if code is _codes.SUBPATTERN:
        return None if value[1] or value[2] else _starts(value[-1])  # scoped flags (?i:…), (?u:…) change what a class matches
    if code is _codes.ATOMIC_GROUP:
        return _starts(value)
    if code is _codes.BRANCH:
        fragments: list[str] = []
        empty = False
        for alternative in value[1]:
            found = _starts(alternative)
            if found is None:
                return None
            fragments += found[0]
            empty = empty or found[1]
        return fragments, empty
    if code in (_codes.MAX_REPEAT, _codes.MIN_REPEAT, _codes.POSSESSIVE_REPEAT):
        least, _, body = value
        found = _starts(body)
        return None if found is None else (found[0], least == 0 or found[1])
    if code in (_codes.ASSERT, _codes.ASSERT_NOT, _codes.AT):
        return [], True  # lookarounds and anchors consume nothing: leaving them out only widens the class
    return None  # any character, a negated literal, a back reference, the unknown


_CATEGORY_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _class_fragments(items: Any) -> _Starts:
    """A character class as fragments of a class; None when it is negated or has a negated category."""
    fragments = []
    for code, value in items:
        if code is _codes.LITERAL:
            fragments.append(re.escape(chr(value)))
        elif code is _codes.RANGE:
            fragments.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif code is _codes.CATEGORY and str(value) in _CATEGORY_CLASSES:
            fragments.append(_CATEGORY_CLASSES[str(value)])
        else:
            return None
    return fragments, False
