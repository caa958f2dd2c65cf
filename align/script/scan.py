"""Scanning text with large alternations at the speed of a character class.

Python's regular-expression engine tries an alternation such as the figure patterns at every
position of the text. When every match must begin with one of a known set of characters, a
character class finds the candidate positions in C and the full pattern is tried only there:
`finditer` below yields exactly what `pattern.finditer` yields (lookbehinds still see the text
before a candidate, as `Pattern.match(text, pos)` lets them).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

# the parsed form of a pattern, as `re` itself compiles it (re._parser since Python 3.11)
parser: Any = importlib.import_module("re._parser")
constants: Any = importlib.import_module("re._constants")

_CATEGORIES = {constants.CATEGORY_DIGIT: r"\d", constants.CATEGORY_SPACE: r"\s", constants.CATEGORY_WORD: r"\w"}
_REPEATS = {constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", constants.MAX_REPEAT)}
_ZERO_WIDTH = {constants.ASSERT, constants.ASSERT_NOT, constants.AT}


def first_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class holding every character a match of `pattern` can begin with, or None
    when that cannot be told (a pattern that can match the empty string, negated classes, `.`,
    back-references, case-insensitive matching)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    found = _sequence(parser.parse(pattern.pattern, pattern.flags))
    if found is None or found[1] or not found[0]:
        return None
    return re.compile("[" + "".join(dict.fromkeys(found[0])) + "]")


def _sequence(items: Any) -> tuple[list[str], bool] | None:
    """The class fragments a sequence can begin with, and whether it can match the empty string."""
    fragments: list[str] = []
    for op, argument in items:
        found = _item(op, argument)
        if found is None:
            return None
        fragments += found[0]
        if not found[1]:
            return fragments, False
    return fragments, True


def _item(op: Any, argument: Any) -> tuple[list[str], bool] | None:
    if op is constants.LITERAL:
        return [re.escape(chr(argument))], False
    if op is constants.IN:
        fragments = []
        for kind, value in argument:
            if kind is constants.LITERAL:
                fragments.append(re.escape(chr(value)))
            elif kind is constants.RANGE:
                fragments.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is constants.CATEGORY and value in _CATEGORIES:
                fragments.append(_CATEGORIES[value])
            else:  # a negated class or category: any character may begin
                return None
        return fragments, False
    if op is constants.SUBPATTERN:
        _group, add_flags, _del_flags, items = argument
        return None if add_flags & re.IGNORECASE else _sequence(items)
    if op is constants.ATOMIC_GROUP:
        return _sequence(argument)
    if op is constants.BRANCH:
        fragments, empty = [], False
        for alternative in argument[1]:
            found = _sequence(alternative)
            if found is None:
                return None
            fragments += found[0]
            empty = empty or found[1]
        return fragments, empty
    if op in _REPEATS:
        minimum, _maximum, items = argument
        found = _sequence(items)
        return None if found is None else (found[0], minimum == 0 or found[1])
    if op in _ZERO_WIDTH:  # lookarounds and anchors consume nothing; ignoring them only widens the class
        return [], True
    return None


@lru_cache(maxsize=64)
def _first(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return first_characters(pattern)


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying the pattern only where a match can begin."""
    first = _first(pattern)
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
        position = found.end()  # never empty: the class exists only for patterns that cannot match empty
