"""Lines cut inside a paragraph: hard-wrapped text (lines cut at a column width, or a blank line
between the lines of a paragraph), and a Chinese sentence a scraper cut at its inline links; whether
a line joins the paragraph above it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from unicodedata import east_asian_width

from align.script.chars import HAN
from align.text.clean.patterns import RuledLine
from align.text.clean.prose import BULLETED, GOES_ON, ends_a_sentence
from align.text.clean.settings import CleaningSettings, Paragraph


def hard_wrapped(body: list[RuledLine], settings: CleaningSettings) -> bool:
    """Whether the kept body is copy wrapped at clause boundaries (a broadcaster's script, a post
    written a clause per line): at least `rejoined_lines` lines, `rejoined_open_share` of them ending
    in mid-sentence (`body`: the kept lines but the headline's)."""
    open_lines = sum(1 for line in body if not ends_a_sentence(line.text.rstrip()))
    return len(body) >= settings.rejoined_lines and open_lines >= settings.rejoined_open_share * len(body)


def _columns(text: str) -> int:
    """How wide a line is in a fixed-width font: a wide (CJK) character two columns, others one."""
    return len(text) + sum(1 for char in text if east_asian_width(char) in "WF")


def wrap_width(body: list[RuledLine], settings: CleaningSettings) -> int:
    """The width in columns at which Chinese copy is hard-wrapped (a board post, a mail, a text
    file): the width, give or take `wrap_slack`, of at least `rejoined_lines` body lines at least
    `wrap_columns` wide that end in mid-sentence, the largest such group, when no body line is wider;
    0 when the page is not wrapped."""
    widths = Counter(width for line in body if not ends_a_sentence(line.text) and (width := _columns(line.text)) >= settings.wrap_columns)
    best, width = 0, 0
    for candidate in widths:
        near = sum(count for other, count in widths.items() if abs(other - candidate) <= settings.wrap_slack)
        if (near, candidate) > (best, width):
            best, width = near, candidate
    if best < settings.rejoined_lines or any(_columns(line.text) > width + settings.wrap_slack for line in body):
        return 0  # copy wrapped at a width prints no line wider than it (numbered crossheads, a table, slogans do)
    return width


def wraps_at_width(text: str, end: int, last: str, line: RuledLine, width: int, settings: CleaningSettings) -> bool:
    """Whether the text ending at `end`, whose last line is `last`, runs on into `line` the way copy
    wrapped at `width` columns does: its last line reaches the width (so that the width, not the
    writer, ended it), ending in a Chinese character or a digit; `line` follows on the next line,
    starts with one, and is no list item."""
    between = text[end : line.start]
    return (
        not between.strip()
        and between.count("\n") == 1
        and _columns(last) >= width - settings.wrap_slack
        and _WRAPPED_EDGE.match(last[-1:]) is not None
        and _WRAPPED_EDGE.match(line.text) is not None
        and not BULLETED.match(line.text)
    )


_WRAPPED_EDGE = re.compile(f"[{HAN}0-9，、“”「」（）《》]")  # what a wrapped Chinese line ends in and its next line starts with


def wrapped_lead(text: str, lines: list[RuledLine], body_start: int, lang: str, settings: CleaningSettings) -> int:
    """Where the body starts on wrapped copy: above its first sentence-like line, the lines that run
    on into it are the article's first lines, not header. In Chinese copy wrapped at a fixed width,
    the full lines; in Korean, the lines that end on a particle, a connective ending or a comma
    (`□ 화순경찰서(총경 정경채)는` / `지난 17일 … 골동품(은제불상 4점 등)과` / `… 검거하여` / `특수절도 혐의로
    구속했다.`), one line break apart, as `wraps_into` joins them; never the page's first line of words."""
    if not settings.rejoin:
        return body_start
    if lang == "ko":
        start = body_start
        headline = next((i for i, line in enumerate(lines) if line.rule is None), len(lines))  # the page's first line of words
        while (
            0 < start < len(lines)
            and lines[start - 1].rule is None
            # a release's lead may open on a bullet (`□ 화순경찰서…는`); a bullet below opens a paragraph
            and wraps_into(text, lines[start - 1], lines[start], bulleted_upper=True)
            and start - 1 > headline  # never the headline: its last noun can end on such a syllable (`… 홍보 나서`, `… 교통사고`)
        ):
            start -= 1
        return start
    if lang != "zh":
        return body_start
    lead = [line for line in lines[body_start : body_start + settings.lead_lines] if line.rule is None]
    width = wrap_width(lead, settings)
    start = body_start
    while width and 0 < start < len(lines) and lines[start - 1].rule is None and wraps_at_width(text, lines[start - 1].end, lines[start - 1].text, lines[start], width, settings):
        start -= 1
    return start


def line_spacing(text: str, body: list[RuledLine], settings: CleaningSettings) -> int:
    """2 when the page puts a blank line after nearly every line of its body and its lines are
    clauses (at most `spaced_clause_letters` letters on average): a blank line then says nothing;
    else 1."""
    gaps = [text[a.end : b.start].count("\n") for a, b in zip(body, body[1:])]
    clauses = sum(line.letters for line in body) <= settings.spaced_clause_letters * len(body)
    return 2 if gaps and clauses and sum(gap == 2 for gap in gaps) >= 0.8 * len(gaps) else 1


def wraps_into(text: str, upper: Paragraph | RuledLine, line: RuledLine, spacing: int = 1, *, bulleted_upper: bool = False) -> bool:
    """Whether `line` goes on the Korean sentence `upper` (a paragraph or a line) leaves open:
    nothing but the page's line spacing between them (one line break; two where the page puts a
    blank line after every line), no dropped line and no credit cut off the lower line between
    them (`(베이징=뉴스1) 정은지 특파원 =`), neither of them a list item (the upper one may be, with
    `bulleted_upper`), `upper` ending in a comma, a particle or a connective ending
    (`…에 따르면`, `…발생했는데`, `…출동해`): a deck or subheading ending in a noun (`…혐의 입증
    주력`, `경찰의 당부`) stands alone."""
    ending = text[upper.start : upper.end].rstrip()
    between = text[upper.end : line.start]
    return (
        not between.strip()
        and 1 <= between.count("\n") <= spacing
        and ending[-1:] in GOES_ON
        and (bulleted_upper or not BULLETED.match(ending))
        and not BULLETED.match(line.text)
    )


_TAG_SPLIT_FRAGMENTS = 4  # …and at most this many such lines in a row
_TAG_SPLIT_LETTERS = 10  # letters at least of the line the sentence starts on
_TAG_SPLIT_CHINESE_WORDS = 2  # Chinese words on lines of their own: at most this many (three names in a row are a list)
_OPEN_END = re.compile(rf"[{HAN}A-Za-z]$")  # a line ending in a letter, as no Chinese sentence ends (no mark)
_CLAUSE_MARK = re.compile(r"[，、；：。！？,;]")  # prose: a line that holds one is no headline or list item
_LINKED_WORD = re.compile(rf"[{HAN}]{{1,3}}|[A-Za-z][A-Za-z .\-]{{0,11}}")  # a word a scraper put on a line of its own (an inline link's, a bold word's): Chinese of three characters at most, or Latin of twelve (no time, date, count or bar; 拯救邻居 is a crosshead)


def split_at_inline_tags(text: str, end: int, paragraph: str, line: RuledLine, dropped_between: Callable[[], bool]) -> bool:
    """Whether a Chinese sentence that the `paragraph` ending at `end` leaves open runs on into
    `line` across words a scraper put on lines of their own (each text node of an inline link or a
    bold word on a line: `…也只有6.3英寸的` / `三星` / `Galaxy` / `Mega与之相近。`): the paragraph is prose
    (a clause mark in it, `_TAG_SPLIT_LETTERS` letters at least) ending in a letter; single line
    breaks only; `line` is such a word itself, or prose (a clause mark in it, no list item) after one
    to `_TAG_SPLIT_FRAGMENTS` such words on lines the cleaner dropped (`dropped_between`, asked last)
    or after the word the paragraph now ends on; and the cut shows: the text before the words ends
    in a character no Chinese sentence ends in (`…英寸的`), or the text after them starts with one
    none starts with (`者会一直…`, `之间，…`), or a word is Latin and no label in capitals (an app's or a
    product's name between two Chinese lines: `并利用` / `Telegram` / `WhatsApp` / `等即时通讯软件…`; not
    `VIDEO`). A word is a Chinese one of three characters at most or a Latin one (`_LINKED_WORD`): a
    list's times, dates and labels are none, nor is a crosshead (拯救邻居); with no Latin word, at most
    `_TAG_SPLIT_CHINESE_WORDS` of them (three names in a row after `主要成员有` are a list); a sidebar's
    headlines hold no clause mark."""
    gap = text[end : line.start].split("\n")
    if len(gap) < 2 or gap[0].strip() or gap[-1].strip():
        return False
    fragments = [piece.strip() for piece in gap[1:-1]]
    if len(fragments) > _TAG_SPLIT_FRAGMENTS or not all(_LINKED_WORD.fullmatch(f) for f in fragments):
        return False
    letters = sum(1 for ch in paragraph if ch.isalnum())
    if letters < _TAG_SPLIT_LETTERS or _OPEN_END.search(paragraph.rstrip()) is None or _CLAUSE_MARK.search(paragraph) is None:
        return False
    own = line.text.strip()
    lines = paragraph.split("\n")
    joined_word = len(lines) > 1 and _LINKED_WORD.fullmatch(lines[-1].strip()) is not None
    before = next((piece.strip() for piece in reversed(lines) if not _LINKED_WORD.fullmatch(piece.strip())), "")  # the prose the words cut
    if _LINKED_WORD.fullmatch(own):
        following = text[line.end :].split("\n", 2)
        after = following[1].strip() if len(following) > 1 and not following[0].strip() else ""
    elif (fragments or joined_word) and _CLAUSE_MARK.search(own) is not None and not BULLETED.match(own):
        after = own
    else:
        return False
    latin = any(word[:1].isascii() and not word.isupper() for word in [*fragments, own if _LINKED_WORD.fullmatch(own) else ""] if word)  # (a label in capitals, VIDEO, is none)
    if not latin and len(fragments) > _TAG_SPLIT_CHINESE_WORDS:
        return False
    cut = latin or before[-1:] in _NO_SENTENCE_END or after[:1] in _NO_SENTENCE_START
    return cut and (not fragments or dropped_between())


_NO_SENTENCE_END = frozenset("的和与與及在对對将將把被从從向个個这這那其各该該由于於以因让讓给給比跟同但而或并並也都就还還最更很太")  # what ends no Chinese sentence (有, 为, 是 may introduce a list: 主要成员有 / 刘某 / …)
_NO_SENTENCE_START = frozenset("之的地得着著了过過者们們")  # what starts none
