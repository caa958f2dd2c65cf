"""What scraped text shows a reader: HTML entities left in it (`&nbsp;`, `&#44;`, `&amp;`) read as the
characters they stand for, and the invisible format characters some pages strew inside words (a
zero-width space, a soft hyphen) left out.

Cleaning records each entity and each run of invisible characters as a dropped span of its kept
sentence; a sentence's `clean` text, its figures and its glossary terms read the text as shown
(`AT&amp;T` is `AT&T`, `2&#44;160` is 2,160, 派出所 with a zero-width space inside is 派出所).
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from dataclasses import dataclass

from align.script.chars import HAN

__all__ = ["ENTITY", "INVISIBLE", "ShownText", "entity_text", "shown_text", "without_invisible"]

# an HTML entity left in the text: named with its semicolon (`&nbsp;`), numeric (`&#160;`), or one of
# the legacy names a browser reads without one (`&nbsp 경찰`, `&copy 2024`) when no letter, digit or
# `=` follows (`&page=1`, `&srch_type` of a URL's query are no entities)
_LEGACY_ENTITIES = sorted((name for name in html.entities.html5 if not name.endswith(";")), key=len, reverse=True)
ENTITY = re.compile(r"&(?:#\d{2,6};?|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};|(?:" + "|".join(_LEGACY_ENTITIES) + r")(?![\w=]))")


def entity_text(entity: str, before: str, after: str) -> str:
    """What an HTML entity reads as between the characters `before` and `after` (a space at a
    sentence's edges): its character; a space only between two non-space characters for one that
    stands for a space (`오늘&nbsp;용의자를` is `오늘 용의자를`); nothing for an invisible format
    character (`&shy;`, `&#8203;`)."""
    character = html.unescape(entity)
    if character.isspace():
        return " " if not (before.isspace() or after.isspace()) else ""
    return "".join(c for c in character if unicodedata.category(c) != "Cf")


# format characters a page puts between letters without showing them: a soft hyphen, zero-width spaces, joiners and
# non-joiners, direction marks and embeddings, word joiners and invisible operators, variation selectors (of emoji
# and of Han characters), a byte-order mark in mid-text (some sites strew them to foil copying)
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef]+")
_HIDDEN = re.compile(f"{ENTITY.pattern}|{INVISIBLE.pattern}")
# a reading in pinyin a repost glues after a rare character (`發(fā)生`, `16時(shí)10分`): cleaning drops it
# inside the sentence, and figures and terms are read past it
RUBY_ANNOTATION = re.compile(f"(?<=[{HAN}])" + r"\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)")
_HIDDEN_OR_RUBY = re.compile(f"{_HIDDEN.pattern}|{RUBY_ANNOTATION.pattern}")


@dataclass(frozen=True)
class ShownText:
    """A text as a reader sees it (`shown_text`), and for each of its characters the start and end of
    what it came from in the original (None where nothing was hidden: the original itself)."""

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where the span `text[start:end]` came from in the original (an empty one: where it is,
        before the character at `start`)."""
        if self.starts is None or self.ends is None:
            return start, end
        if start < end:
            return self.starts[start], self.ends[end - 1]
        position = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
        return position, position


def shown_text(text: str, ruby: bool = False) -> ShownText:
    """`text` as a reader sees it: its entities read as their characters and its invisible format
    characters left out (with `ruby`, its pinyin readings too: Chinese), with the way back to `text`
    (an entity's characters all come from the whole entity), so that a span found in what is shown
    maps back to `text`."""
    return _read(text, _HIDDEN_OR_RUBY if ruby else _HIDDEN)


def without_invisible(text: str) -> ShownText:
    """`text` without its invisible format characters (its entities as they are: cleaning reads
    them itself), with the way back to `text`."""
    return _read(text, INVISIBLE)


def _read(text: str, hidden: re.Pattern[str]) -> ShownText:
    if not hidden.search(text):
        return ShownText(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in hidden.finditer(text):
        pieces.append(text[position : match.start()])
        starts.extend(range(position, match.start()))
        ends.extend(range(position + 1, match.start() + 1))
        if match.group()[0] == "&":
            before = text[match.start() - 1] if match.start() > 0 else " "
            after = text[match.end()] if match.end() < len(text) else " "
            read = entity_text(match.group(), before, after)
            pieces.append(read)
            starts.extend([match.start()] * len(read))
            ends.extend([match.end()] * len(read))
        position = match.end()
    pieces.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return ShownText("".join(pieces), starts, ends)
