"""Saved HTML pages: recognised by their content, their main text extracted with trafilatura,
and that text handed to the project's own cleaning (trafilatura keeps the body but lets some page
furniture through: captions, bylines, promo and "related" lines).

Offsets of an HTML document index the extracted text (`Document.text`), not the markup; the
page's own title, date and author go to the document metadata.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import datetime
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from align.script.chars import BARS, count_scripts, is_han, script_language
from align.text.clean import character_bigrams, count_letters, without_spaces
from align.text.clean.patterns import boilerplate_rules
from align.text.decode import Damage
from align.text.markup import BLOCK_ELEMENTS

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_MARKUP = re.compile(r"</?(?:html|head|body|div|p|span|br|a|table|td|li|ul|script|style|meta|link|h[1-6])\b[^>]*>", re.IGNORECASE)
_BARS = BARS.replace("丨", "")  # (not the stroke 丨 inside a title: `警事丨…` is a column's name and its headline, printed so)
_SEPARATOR = rf"\s+[-{_BARS}–—_:：]\s+|\s*[{_BARS}_]\s*"  # where a title's parts meet: a dash or colon between spaces, a bar or underscore
_TITLE_SEPARATOR = re.compile(_SEPARATOR)
# …and, where the part the page prints as its h1 is looked for, a run of ASCII dashes or colons with no spaces
# (`今日信報-- …`; not `——`, the dash of a Chinese headline's `——记…` subtitle)
_TITLE_PART = re.compile(_SEPARATOR + r"|\s*(?:-{2,}|:{2,})\s*")


@dataclass(frozen=True)
class ExtractionSettings:
    """When a line the extractor skipped is body after all (`restore_skipped`, `body_around`)."""

    restored_letters: int = 10  # a skipped line this long that ends like a sentence is body…
    restored_gap: int = 12  # …when the two kept lines around it are at most this many visible lines apart,
    holding: float = 0.9  # or when it lies in a block around the innermost element holding this share of the kept letters
    found: float = 0.5  # (looked for only when at least this share of the kept letters is found on the page)
    links: float = 0.25  # whose text outside that element is under this share link text…
    prose: float = 0.5  # …and at least this share finished sentences
    wrong_title: float = 0.5  # the extractor's title, no h1 of the page, is a box's heading when under this share of its bigrams is in the body…
    page_title: float = 0.6  # …and the page's own <title> is read instead when at least this share of its headline part is
    printed_length: float = 2.0  # a <title> cut off with an ellipsis names the line above the body that starts with its words, at most this many times as long…
    printed_lines: int = 15  # …among this many lines above the body's first
    list_label: int = 24  # a line of a related list under each linked title (its author, column, day: `畢老林 ｜ 今日信報`) holds at most this many letters
    link_line: float = 0.9  # a line of the page with this share of its letters link text is a link (to another article, when it is no sentence)
    logo_share: float = 0.2  # an h1 with under this share of its letter pairs in the body names no article (a logo's: `NAVER 뉴스`)
    heading_share: float = 0.1  # …or, when no line above the body has `page_title` of its letter pairs in it, the one nearest it with this share
    # the second opinion (`segment_file`): the page's whole visible text is read instead of the extraction when the
    # first `agreement_sentences` sentences of its body share `headline_margin` more of the headline's letter pairs;
    # a copy of the headline (at most `copy_length` times its length, with `copy_share` of its pairs), a piece of it,
    # or a teaser that opens with a headline of at least `teaser_headline` letters is not counted (a copy beside a
    # player or in a share box is told loosely, `音頻加註文字，` and the headline: `clean`'s test wants the same words)
    headline_margin: float = 0.2
    finished_sentences: int = 2  # …or when the extraction's body says nothing of its own (`segment._substantial`) and the page's own text holds this many finished sentences
    agreement_sentences: int = 7
    copy_length: float = 1.5
    copy_share: float = 0.8
    teaser_headline: int = 10


@dataclass(frozen=True)
class ExtractedPage:
    """The main text of a page (paragraphs one per line) and what its markup says about it."""

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    visible: str = ""  # all visible text of the page, one block element per line: the second opinion
    links: frozenset[str] = frozenset()  # the page's lines that are links, spaces removed (`linked_lines`)
    items: frozenset[str] = frozenset()  # the page's list items inside its furniture, spaces removed (`furniture_items`)
    captions: frozenset[str] = frozenset()  # the texts the page marks up as captions, spaces removed (`PageText.captions`)
    headings: frozenset[str] = frozenset()  # the page's h1 texts outside its furniture, spaces removed (`PageText.top_headings`)


# `<style … />` or `<script … />`: a browser ignores the slash on an element that is not void, so what
# follows up to `</style>` (`</script>`) is the element's content, never page text (an HTML parser that
# honours the slash shows a page's style sheet as lines of text)
_RAW_TEXT_SELF_CLOSED = re.compile(r"<(style|script)(\b[^<>]*?)\s*/\s*>(?=.*?</\1\s*>)", re.IGNORECASE | re.DOTALL)


_FOREIGN_ELEMENT = re.compile(r"<(/?)(svg|math)\b", re.IGNORECASE)


def _opened_raw_text(html: str) -> str:
    """The page with each self-closed `<style … />` and `<script … />` opened as a browser reads it,
    except inside `<svg>` or `<math>`, where the slash closes the element."""
    if "/>" not in html:
        return html
    foreign = [(match.start(), match.group(1) == "") for match in _FOREIGN_ELEMENT.finditer(html)]
    starts = [position for position, _ in foreign]

    def opened(match: re.Match[str]) -> str:
        before = bisect.bisect_left(starts, match.start())
        inside = before > 0 and foreign[before - 1][1]  # the last svg or math tag before it opens one
        return match.group(0) if inside else f"<{match.group(1)}{match.group(2)}>"

    return _RAW_TEXT_SELF_CLOSED.sub(opened, html)


def looks_like_html(text: str) -> bool:
    """An HTML page, by its content (whatever its file name): a document start, or markup throughout."""
    head = text[:20_000]
    return bool(_HTML_START.match(head)) or len(_HTML_MARKUP.findall(head)) >= 12


def extract_html(html: str, settings: ExtractionSettings = ExtractionSettings()) -> ExtractedPage:
    """The page's main text by trafilatura (comments and tables left out); when it finds none, the
    visible text of the whole page, so that nothing vanishes without the cleaner seeing it."""
    import trafilatura

    html = _opened_raw_text(html)
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True},  # a year in the body is no date
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    page = _read_opened_page(html)
    visible = page.visible
    if not text:
        text = visible
    elif visible:
        text = restore_skipped(text, page.without_pictures, page.headings, body_around(text, page.lines, settings), settings)
        text = split_merged(split_merged(text, page.blocks), page.bare_blocks)  # (text the extractor glued across a photo box it left out)
        text = join_broken(text, page.blocks, html)
    title = getattr(document, "title", None) or None
    broken = _broken_heading(title, page)
    if broken:
        title = _headline_line(broken)  # a <br> parts the headline from a kicker over it or the info line under it
    headline = article_headline(title, page.title, text, settings, page.top_headings, page.headings)
    if headline and title:
        title = _through_headline(title, headline, page, text)
    links = linked_lines(page, settings)
    if text and (not headline or _shared_bigrams(headline, _without_line(text, headline)) < settings.logo_share):
        # (a headline the page prints as a line of its own gives way only to a line naming the body in most of its words, or
        # to a heading the page marks up nearer the body, not to any line naming it in a few: `警惕！这种电话千万别接` over a breadcrumb)
        on_page = headline is not None and any(without_spaces(line.text) == without_spaces(headline) for line in page.lines)
        above = headline_above_body(page.lines, text, links, settings, page.headings, nearest_marked=on_page)
        if above is not None:  # the <title> names the site (`公共電視台 新聞網`); the page prints the headline above the body
            headline = title = above
    if text and headline and not any(_opens_a_line(shown, text[: 3 * len(shown) + 40]) for shown in {headline, title or headline}):
        printed = printed_headline(headline, page.lines, text, links, settings)
        if printed is not None:
            if not _starts_a_line_above_the_body(printed, text, settings, links):
                text = printed + "\n" + text  # the extractor left out the headline the page prints above the body
            title = printed  # the <title> had it cut off
        elif not _starts_a_line_above_the_body(title or headline, text, settings, links) and not _names_only_the_site(headline, page.title, page.without_pictures.splitlines(), text, settings):
            # the extractor left the headline out: the page's title has it (with the lines under it in an
            # h1 a <br> breaks, the cleaner reading them as it reads any info line under a headline)
            text = "\n".join(broken or (title or headline,)) + "\n" + text
    if text and title:
        title = _extended_title(title, text)
    return ExtractedPage(
        text + "\n" if text else "",
        title,
        declared_date(html, 9 if script_language(*count_scripts(text)) == "ko" else 8) or getattr(document, "date", None) or _searched_date(html),
        getattr(document, "author", None) or None,
        visible + "\n" if visible else "",
        links,
        furniture_items(page, text, settings),
        page.captions,
        page.top_headings,
    )


# Where a page's undecodable bytes went (`DecodedText.damaged`, each one U+FFFD in the decoded page): each
# U+FFFD of the damage is given a mark of its own for the extraction (a symbol like U+FFFD, printable, as
# trafilatura keeps only printable characters, and absent from the page), found again in what comes out,
# wherever the extractor put it, and made U+FFFD again, so that what is extracted and cleaned is unchanged.
_MARK_RANGES = ((0x1D000, 0x1D250), (0x1F000, 0x1F100))  # musical and game symbols: category So, as U+FFFD is


@lru_cache(maxsize=1)
def _damage_marks() -> tuple[str, ...]:
    import unicodedata

    return tuple(
        ch
        for first, last in _MARK_RANGES
        for ch in map(chr, range(first, last))
        if unicodedata.category(ch) == "So" and ch.isprintable() and unicodedata.normalize("NFKC", ch) == ch
    )


def marked_damage(text: str, damaged: Sequence[Damage]) -> tuple[str, dict[str, list[Damage]]]:
    """The decoded page with the U+FFFD of each undecodable run (`damaged`) made a mark of its own,
    and which damage each mark stands for (in order: a page damaged in more places than there are
    marks gives a mark to several, read back in turn)."""
    if not damaged:
        return text, {}
    marks = [mark for mark in _damage_marks() if mark not in text]
    pieces, position = [], 0
    where: dict[str, list[Damage]] = {}
    for number, damage in enumerate(sorted(damaged, key=lambda d: d.offset)):
        mark = marks[number % len(marks)]
        where.setdefault(mark, []).append(damage)
        pieces += [text[position : damage.offset], mark]
        position = damage.offset + 1
    pieces.append(text[position:])
    return "".join(pieces), where


def unmarked_damage(page: ExtractedPage, where: dict[str, list[Damage]]) -> tuple[ExtractedPage, tuple[Damage, ...], tuple[Damage, ...]]:
    """The page extracted from a `marked_damage` page with each mark U+FFFD again, as decoding left
    it, and the damage found in its `text` and in its `visible` text, each `Damage.offset` the
    U+FFFD's place there (a damage the extractor printed twice, in the headline it put back, is
    found twice; one in the markup or in text the page hides, not at all)."""
    if not where:
        return page, (), ()
    marks = re.compile("[" + "".join(where) + "]")

    def restored(text: str) -> str:
        return marks.sub("\ufffd", text)

    def found(text: str) -> tuple[Damage, ...]:
        taken: dict[str, int] = {}
        damage = []
        for match in marks.finditer(text):
            runs = where[match.group()]
            turn = taken.get(match.group(), 0)
            taken[match.group()] = turn + 1
            damage.append(dataclasses.replace(runs[min(turn, len(runs) - 1)], offset=match.start()))
        return tuple(damage)

    unmarked = dataclasses.replace(
        page,
        text=restored(page.text),
        title=page.title and restored(page.title),
        date=page.date and restored(page.date),
        author=page.author and restored(page.author),
        visible=restored(page.visible),
        links=frozenset(map(restored, page.links)),
        items=frozenset(map(restored, page.items)),
    )
    return unmarked, found(page.text), found(page.visible)


# a <meta> tag that states when the article was published, in any of the names publishers give it:
# `article:published_time` (Open Graph, as `property` or as `name`), `datePublished` (schema.org, as
# `itemprop`), `pubdate`, `publishdate`, `og:regDate`, `cXenseParse:recs:publishtime`, `dc.date.issued`…
# (the last part of the name, after a colon or a dot, without `-` and `_`, lower case)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_NOT_SHOWN = re.compile(r"<!--.*?-->|<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)  # (a tag in a comment or a script is no tag)
_META_NAME = re.compile(r"""(?<![-\w])(?:name|property|itemprop)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
# the day, written with separators (2025-11-30T…, 2016/03/19 08:15) or as 8, 12 or 14 digits (20100101092104; not a
# Unix time's 10 or 13)
_META_CONTENT = re.compile(r"""(?<![-\w])content\s*=\s*["']?\s*(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?(?!\d))""", re.IGNORECASE)
# a time of day after a separated date, in UTC (`2025-11-30T23:30:00Z`, `… 15:02:11 +0000`, `… 23:30 GMT`)
_UTC_TIME = re.compile(r"""[T ]\s*(\d{1,2}):\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|(?:UTC|GMT)?[+-]00(?::?00)?|UTC|GMT)(?![\w:+-])""", re.IGNORECASE)  # (not GMT+8)
_PUBLISHED_NAMES = frozenset({"publishedtime", "datepublished", "pubdate", "publishdate", "publishtime", "regdate", "issued"})
_NEWS_YEARS = range(1990, 2100)  # outside them, a date a page states is a template's placeholder (0001-01-01, 1970-01-01, 9999-12-31), not its article's


def declared_date(html: str, utc_offset: int = 8) -> str | None:
    """The day a page's `<meta>` tags say its article was published (`2025-11-30` for
    `<meta name="article:published_time" content="2025-11-30T02:35:18Z">`): the publisher's own
    statement, which a page saved as one file (MHTML: its scripts, and their JSON-LD, left out)
    still holds where a date search would take a related story's `<time>` instead. A time stated in
    UTC (`Z`, `+00:00`, `GMT`) is the publisher's day `utc_offset` hours ahead (8: China, Hong Kong and
    Taiwan; 9: Korea, which `extract_html` takes for a Korean text, though the Yanbian press keeps
    China's hour), as its readers dated it: `2025-11-30T23:30:00Z` is the 1st of December there; a
    time with its own offset (`+09:00`, `-08:00`) or none is the day written. None where no
    such tag, outside comments and scripts, states a real day of `_NEWS_YEARS` (not bounded by the
    day it is read: the same page gives the same date whenever it is read)."""
    for tag in _META_TAG.finditer(_NOT_SHOWN.sub(" ", html)):
        name = _META_NAME.search(tag.group())
        if name is None or re.split(r"[:.]", name.group(1))[-1].replace("-", "").replace("_", "").lower() not in _PUBLISHED_NAMES:
            continue
        content = _META_CONTENT.search(tag.group())
        if content is None:
            continue
        year, month, day = (int(part) for part in content.groups() if part is not None)
        try:
            found = datetime.date(year, month, day)
        except ValueError:
            continue  # not a day (`0000-00-00`)
        utc = _UTC_TIME.match(tag.group(), content.end()) if content.group(2) is not None else None
        if utc is not None and int(utc.group(1)) + utc_offset >= 24:
            found += datetime.timedelta(days=1)
        if found.year in _NEWS_YEARS:
            return found.isoformat()
    return None


def _searched_date(html: str) -> str | None:
    """The page's date when the extraction's cautious search found none (a page whose only date
    is in its text or a script's variable): htmldate's extensive search, the original date first,
    over the parsed page (a page given as a string that starts with `http` is taken for an address
    to fetch), taken only when the page writes that day whole (`2020-08-09`, `2020年8月9日`, a link's
    `/20200809/`): the
    search makes a year alone (a copyright's `2003-2025`, a name's `2015`) the 1st of January."""
    from htmldate import find_date
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html, parser=lxml_html.HTMLParser(huge_tree=True))
        found = find_date(tree, extensive_search=True, original_date=True)
    except (ValueError, TypeError, etree.ParserError):  # a page htmldate cannot read has no date to give
        return None
    if not found or not (parts := _ISO_DAY.fullmatch(found[:10])):
        return None
    year, month, day = parts.group(1), int(parts.group(2)), int(parts.group(3))
    written = re.compile(rf"(?<!\d)(?:{year}\s*[-/.年]\s*0?{month}\s*[-/.月]\s*0?{day}|{year}{month:02d}{day:02d})(?!\d)")  # (`/news/20200809/`, in a link)
    return found if written.search(html) else None


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


_KICKER = re.compile(r"[\[【〔(（「『][^\]】〕)）」』]*[\]】〕)）」』]")  # a line wholly in brackets: a column's name (`【平安延吉】`)
_DATE_LINE = re.compile(r"\W*(?:19|20)\d\d\s*[-./年]")  # a line that opens with a year: a date or an info line


def _headline_line(lines: Sequence[str]) -> str:
    """The headline among the lines of an h1 a <br> breaks: the first long enough for a headline
    that is no kicker in brackets and opens with no date (`【平安延吉】` / `延吉警方劝阻电诈718起`;
    `2023-09-05` / …); the first line when none is."""
    return next(
        (line for line in lines if count_letters(line) >= _HEADLINE_LETTERS and not _KICKER.fullmatch(line.strip()) and not _DATE_LINE.match(line)),
        lines[0],
    )


def _broken_heading(title: str | None, page: PageText) -> tuple[str, ...]:
    """The lines of the page's h1 a <br> breaks (`PageText.broken_headings`) when the title is that
    h1's text run together (`headline 发布时间：… 作者：…`); else none."""
    if not title:
        return ()
    key = without_spaces(title)
    return next((lines for lines in page.broken_headings if without_spaces("".join(lines)) == key), ())


def _through_headline(title: str, headline: str, page: PageText, body: str) -> str:
    """The metadata's title: the title up to the end of its headline part, without the section's and
    the site's names after it (`… | 生活 | 三立新聞網 SETN.COM`); with what stands before the headline only
    when the page prints the two together, as a heading or as a line of the text (a column's name is part
    of the headline there: `语音 | 早安武汉…`, `全球媒体聚焦｜…`); else the headline alone (`ETtoday新聞雲 │ …`,
    `연합뉴스｜…`), as it is when the page prints the headline alone as its h1 (`今日信報-- …`), or when it is no
    part of the title."""
    at = title.find(headline)
    if at < 0 or headline == _printed_part(title, page.top_headings, body):
        return headline
    through = title[: at + len(headline)].strip()
    if at == 0:
        return through
    shown = without_spaces(through)
    printed = shown in page.top_headings | page.headings or any(without_spaces(line).startswith(shown) for line in body.splitlines()[:_TITLE_LINES])
    return through if printed else headline


_TITLE_LINES = 15  # lines at the top of the extracted text where a headline printed with its column is looked for


def linked_lines(page: PageText, settings: ExtractionSettings = ExtractionSettings()) -> frozenset[str]:
    """The page's lines that are links all but `link_line` of their letters (a related article's
    title in a list, a tag, a menu item), spaces removed: what an extractor keeps of a list of links
    inside the article's block reads as a line of text."""
    linked: set[str] = set()
    unlinked: set[str] = set()
    for line in page.lines:
        letters = count_letters(_LIST_STAMPS.sub("", line.text) if line.listed else line.text)  # a list item's rank, date or view count beside its link is none of its title
        (linked if letters and line.link_letters >= settings.link_line * letters else unlinked).add(without_spaces(line.text))
    return frozenset(linked - unlinked - page.top_headings)  # a text the page also shows as no link (a crosshead its contents list links to), or its h1, is no other article's


_SENTENCE_MARK = re.compile(r"[。！？.!?]")  # a line that holds one holds a sentence (`…被告人23名。典型案例如下：`)


def furniture_items(page: PageText, text: str, settings: ExtractionSettings = ExtractionSettings()) -> frozenset[str]:
    """The page's list items inside its furniture (a ticker's, a sidebar's, a related box's: `PageLine`
    listed and furniture) that stand above the article's first sentence or below its last (the
    extracted `text`'s lines that hold a sentence, shown outside such lists: a list
    between the article's paragraphs is the article's, whatever its class names say, `case-list hot`,
    or however the page splits its body into sections), spaces removed, but for a text the page also
    shows elsewhere or as its h1: what an extractor keeps of a box of other stories told in whole
    sentences (a news ticker's `陳水扁保外就醫聲明異議，…`) reads as the article's. Empty when the
    article's sentences are not found on the page (a line holding a sentence: `restored_letters` letters
    at least and a sentence's mark)."""
    shown = {without_spaces(LIST_MARK.sub("", line)) for line in text.splitlines()}
    body = [
        number
        for number, line in enumerate(page.lines)
        if not (line.listed and line.furniture) and without_spaces(line.text) in shown and count_letters(line.text) >= settings.restored_letters and _SENTENCE_MARK.search(line.text)
    ]
    if not body:
        return frozenset()
    inside: set[str] = set()
    outside: set[str] = set()
    for number, line in enumerate(page.lines):
        beside = line.listed and line.furniture and not body[0] < number < body[-1]
        (inside if beside else outside).add(without_spaces(line.text))
    return frozenset(inside - outside - page.top_headings)


LIST_MARK = re.compile(r"^[-•·]\s+")  # how the extractor's text marks a list item (`- 标题`)


# what a list of links prints in each item beside its link: its rank before it (`1`, `2.`), its date,
# time or view count after it (`2011/08/10`, `(08-10 14:30)`, `84831`)
_LIST_STAMPS = re.compile(r"^\s*\d{1,2}[.、)]?(?=\s*\D)|[\s(（\[]*\d[\d\s:/.\-年月日]*[)）\]]?\s*$")


_FINISHED = re.compile(r"[.!?。！？…][”’」』）)\"']*$")  # a line that ends like a sentence, closing quotes allowed


def ends_like_a_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does (a sentence mark, closing quotes allowed)."""
    return _FINISHED.search(line.rstrip()) is not None


def restore_skipped(
    text: str, visible: str, headings: frozenset[str] = frozenset(), around: frozenset[int] = frozenset(), settings: ExtractionSettings = ExtractionSettings()
) -> str:
    """The extracted text with the paragraphs the extractor skipped inside the body put back: a
    line of the page's visible text (read without its pictures and captions) that reads as a
    finished sentence or is one of the page's `headings`, and lies between two lines the extractor
    kept or is one of the lines `around` them that read as more of the article (their numbers,
    from `body_around`), is body the extractor lost (speaker turns of an interview, a sub-heading,
    a paragraph beside an inline ad, sections of the body the extractor took for something else);
    anything else stays out, and so does a gap wider than a few lines (a kept line found first in
    a summary box above the article) or a line the extractor kept merged into another."""
    shown = visible.splitlines()
    kept = text.splitlines()
    matched = _found_in_order(kept, _line_index(shown))

    def skipped(start: int, end: int, bridged: bool) -> list[int]:
        return [position for position in range(start, end) if (bridged or position in around) and _reads_as_body(shown[position], headings, settings.restored_letters)]

    out: list[str | int] = []  # the kept lines, and the numbers of the visible lines that may come back between them
    previous = -1
    for line, found in zip(kept, matched):
        if found is not None:
            start = previous + 1 if previous >= 0 else min(min(around, default=found), found)
            out.extend(skipped(start, found, previous >= 0 and found - previous <= settings.restored_gap))
            previous = found
        out.append(line)
    if previous >= 0 and around:
        out.extend(skipped(previous + 1, max(around) + 1, False))
    merged = _inside_kept([without_spaces(shown[p]) for p in out if isinstance(p, int)], [without_spaces(line) for line in kept])
    return "\n".join(item if isinstance(item, str) else shown[item] for item in out if isinstance(item, str) or without_spaces(shown[item]) not in merged)


def split_merged(text: str, visible: str) -> str:
    """The extracted text with each line the extractor glued together from several of the page's
    own lines (a dateline, a byline and the lead on one line; a list of other articles on another)
    split back into those lines, so that the cleaning sees each for what it is. A line is split
    where it is exactly, spaces aside, consecutive lines of `visible` (the page's lines as a
    browser breaks them, `PageText.blocks`: never at a line break of the source inside a paragraph),
    or where it is found on the page straddling the end of one such line and the start of the next
    (`_cut_at_line_ends`)."""
    shown = [line for line in visible.splitlines() if without_spaces(line)]
    bare = [without_spaces(line) for line in shown]
    starts = _line_index(shown)
    lengths = sorted({len(line) for line in bare})
    joined = "".join(bare)
    ends = list(itertools.accumulate(len(line) for line in bare))  # where each visible line ends in `joined`, in order
    searches = _GLUE_SEARCHES
    out: list[str] = []
    for line in text.splitlines():
        whole = without_spaces(line)
        if not whole or whole in starts:  # a line of the page as it is
            out.append(line)
        elif parts := _visible_run(whole, bare, starts, lengths):
            out.extend(shown[p] for p in parts)
        elif len(whole) >= _RUN_STARTS and searches > 0:
            searches -= 1  # each search reads the page: a page of thousands of reformatted lines is not searched for each
            out.extend(_cut_at_line_ends(line, whole, joined, ends))
        else:
            out.append(line)
    return "\n".join(out)


_GLUE_SEARCHES = 200  # lines of a page searched for on the page as glued from two of its lines


def join_broken(text: str, visible: str, html: str) -> str:
    """The extracted text with the lines the extractor broke at a line break of the page's source
    inside one paragraph (`據Recorded` / `Future最先發布的報告，…`) joined again, as a browser shows them:
    consecutive lines that are no whole line of `visible` (`PageText.blocks`) but together, spaces
    aside, lie inside one of its lines, and that the `html` source holds with nothing but white space
    and a line break between them (not a menu's links, each its own element, that a browser shows
    on one line), on a page that shows no source line breaks as they are (`_KEPT_BREAKS`); a space
    between them unless both sides are Chinese (`_unspaced`), as a browser shows it."""
    if _KEPT_BREAKS.search(html):
        return text  # a page that shows its source's line breaks (`<pre>`, `white-space: pre-line`): they are the page's lines
    shown = [without_spaces(line) for line in visible.splitlines()]
    whole_lines = set(shown)
    page = "\n".join(shown)
    out: list[str] = []
    searches = _GLUE_SEARCHES
    for line in text.splitlines():
        if out and searches > 0 and (previous := out[-1].strip()) and line.strip():
            before, after = without_spaces(previous), without_spaces(line)
            if before not in whole_lines and after not in whole_lines:
                searches -= 1
                if before + after in page and re.search(re.escape(previous[-_SEAM:]) + r"[ \t\r]*\n[ \t\r]*" + re.escape(line.strip()[:_SEAM]), html):
                    glue = "" if _unspaced(previous[-1]) and _unspaced(line.strip()[0]) else " "
                    out[-1] = previous + glue + line.strip()
                    continue
        out.append(line)
    return "\n".join(out)


_SEAM = 8  # characters on each side of a source line break looked for in the page's source


def _unspaced(ch: str) -> bool:
    """A character a line break of the source between two of which a browser shows as nothing: a
    Chinese character, kana, or a full-width mark (CSS's segment-break rule); any other side gets a space."""
    return is_han(ch) or "\u3000" <= ch <= "\u30ff" or "\uff00" <= ch <= "\uffef"


# markup that shows the source's line breaks as they are: <pre>, a `white-space: pre…` style (a comment form's <textarea> shows no page text)
_KEPT_BREAKS = re.compile(r"<pre\b|white-space\s*:\s*pre", re.IGNORECASE)


def _cut_at_line_ends(line: str, whole: str, joined: str, ends: list[int]) -> list[str]:
    """A line the extractor glued from the end of one visible line and the start of the next (a
    caption's last words and the paragraph under it: `…复旧作业。 경주=뉴스112일 규모…`), cut where
    the page's lines end; the line as it is when it is not found on the page in one piece."""
    found = joined.find(whole)
    if found < 0:
        return [line]
    cuts = [end - found for end in ends[bisect.bisect_right(ends, found) : bisect.bisect_left(ends, found + len(whole))]]
    if not cuts:
        return [line]
    pieces, start, letters = [], 0, 0
    for position, ch in enumerate(line):
        if letters in cuts and not ch.isspace() and position > start:
            pieces.append(line[start:position])
            start = position
            cuts.remove(letters)
        letters += not ch.isspace()
    pieces.append(line[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


_RUN_STARTS = 8


def _visible_run(whole: str, bare: list[str], starts: dict[str, list[int]], lengths: list[int]) -> list[int] | None:
    """The positions of two or more consecutive visible lines that make up `whole` exactly."""
    for size in lengths:
        if size >= len(whole):
            break
        for first in starts.get(whole[:size], ())[:_RUN_STARTS]:  # a line printed many times is tried a few times, not each
            at, position = size, first + 1
            while at < len(whole) and position < len(bare) and bare[position] and whole.startswith(bare[position], at):
                at += len(bare[position])
                position += 1
            if at == len(whole):
                return list(range(first, position))
    return None


def _line_index(lines: Iterable[str]) -> dict[str, list[int]]:
    """Where each line of a page stands, its spaces removed: line -> its line numbers, in order."""
    where: dict[str, list[int]] = {}
    for position, line in enumerate(lines):
        where.setdefault(without_spaces(line), []).append(position)
    return where


def _found_in_order(kept: Sequence[str], where: dict[str, list[int]]) -> list[int | None]:
    """For each extracted line, the page line it is, read in order (each after the one found before
    it), or None where it is not on the page as a line of its own."""
    found: list[int | None] = []
    previous = -1
    for line in kept:
        positions = where.get(without_spaces(line), ())
        after = bisect.bisect_right(positions, previous)  # (the positions are in order: a line printed thousands of times is not scanned)
        position = positions[after] if after < len(positions) else None
        found.append(position)
        if position is not None:
            previous = position
    return found


def _reads_as_body(line: str, headings: frozenset[str], letters: int) -> bool:
    """Whether a visible line the extractor skipped reads as body: a finished sentence or a
    sub-heading (`headings`, spaces removed), long enough."""
    return (_FINISHED.search(line) is not None or without_spaces(line) in headings) and count_letters(line) >= letters


def _inside_kept(candidates: list[str], kept: list[str]) -> set[str]:
    """The candidates that are already inside a kept line (the extractor kept them merged into
    another): one automaton pass over the kept text, however many lines come back."""
    patterns = sorted({c for c in candidates if c})
    if not patterns or not kept:
        return set()
    import ahocorasick_rs

    automaton = ahocorasick_rs.AhoCorasick(patterns)
    return {patterns[index] for index, _, _ in automaton.find_matches_as_indexes("\n".join(kept), overlapping=True)}


def page_headline(title: str | None, body: str = "") -> str | None:
    """The headline inside a page title: `Headline - Section - Site` or `Site | Headline` gives
    `Headline`: with the body at hand, the part that shares most letter pairs with it; without, the
    first part long enough to be a headline (the longest when none is)."""
    if not title:
        return None
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(title) if part.strip() and sum(ch.isalnum() for ch in part) >= _HEADLINE_LETTERS]
    if not parts:
        return None
    if body:  # the part with the most letter pairs in the body, counted (a share favours a site's short name the body credits)
        words = _opening_pairs(body[:_HEADLINE_BODY])
        return max(parts, key=lambda part: (_pairs_in(part, words), -parts.index(part)))
    return parts[0]


def article_headline(
    extracted: str | None,
    page_title: str,
    body: str,
    settings: ExtractionSettings = ExtractionSettings(),
    top_headings: frozenset[str] = frozenset(),
    headings: frozenset[str] = frozenset(),
) -> str | None:
    """The article's headline: from the extractor's title, or from the page's own <title> instead
    when the extractor's title is not part of it and plainly names something else (an extractor can
    take a box's heading, `更多关于 … 的新闻`, for the title) while the <title> names the body. A
    shorter <title> rewriting a good headline does not replace it, nor does the <title> replace a
    title the page prints as its h1 (`top_headings`: `PageText.top_headings`, spaces removed), which
    is the headline whole, separators and all (`全球媒体聚焦｜美国政府停摆…`). An
    extractor's title that is the <title> cut off before a double quotation mark is the <title>: a
    meta tag's `content="…"` ended at the headline's own unescaped `"`. An h1 that says next to nothing
    of the body (`logo_share`: a logo's, `NAVER 뉴스`) gives way to the <title>'s headline when the page prints that as a
    heading (`headings`: h2 to h6, spaces removed) and it names the body better than the h1 does."""
    named = page_headline(page_title, body)
    if (
        extracted
        and named
        and without_spaces(named) in top_headings | headings
        and without_spaces(extracted) not in without_spaces(named)
        and _shared_bigrams(extracted, body) < settings.logo_share
        and _shared_bigrams(named, body) > _shared_bigrams(extracted, body)
    ):
        return named  # a logo's h1 (`NAVER 뉴스`), the <title>'s headline printed as a heading below it and naming the body
    if extracted and without_spaces(extracted) in top_headings:
        return extracted.strip()  # printed whole as the page's h1: a column's name before `｜` is part of it
    printed = _printed_part(extracted, top_headings, body)
    if printed is not None:
        return printed  # `今日信報-- 內地客經港轉機恢復 …` over an h1 of the headline alone: the site's name is no part of it
    headline = page_headline(extracted, body)
    if extracted and named and _cut_at_quote(extracted, named):
        return named  # (however short the cut: `尹 "…"` read as `尹`)
    if (
        named
        and (not extracted or without_spaces(extracted) not in without_spaces(page_title) and without_spaces(extracted) not in top_headings)
        and _shared_bigrams(headline, body) < settings.wrong_title
        and _shared_bigrams(named, body) >= settings.page_title
    ):
        return named
    if headline is None and named and _shared_bigrams(named, body) > 0:
        return named  # the extractor's title too short for a headline (the site's name it cut a `Site | Headline` title to)
    return headline


def _printed_part(title: str | None, top_headings: frozenset[str], body: str) -> str | None:
    """The one part of a title cut at its separators (`_TITLE_PART`) that the page prints as its h1
    (`top_headings`, spaces removed) and that names the body: some of its letter pairs in the body,
    and no fewer than any other part has (a logo's h1, `北京市公安局官网`, is no headline). An og:title
    or <title> that adds the site's or the column's name to the headline gives the headline; None
    when the title is not cut, or no part, or more than one, is such an h1."""
    if not title:
        return None
    parts = [part.strip() for part in _TITLE_PART.split(title) if part.strip()]
    printed = [part for part in parts if count_letters(part) >= _HEADLINE_LETTERS and without_spaces(part) in top_headings]
    if len(parts) < 2 or len(printed) != 1:
        return None
    words = _opening_pairs(body[:_HEADLINE_BODY])
    shared = _pairs_in(printed[0], words)  # counted, not a share: a short site's name (`TVBS新聞網`) has all its few pairs in a body that credits it
    return printed[0] if shared > 0 and all(shared >= _pairs_in(part, words) for part in parts) else None


def _pairs_in(part: str, words: frozenset[str]) -> int:
    """How many of a title part's character bigrams the body's (`words`) has."""
    return len(character_bigrams(part) & words)


def printed_headline(
    headline: str, lines: Sequence[PageLine], text: str, links: frozenset[str] = frozenset(), settings: ExtractionSettings = ExtractionSettings()
) -> str | None:
    """The line the page prints as its headline when its <title> has it cut off with an ellipsis
    (`某县公安局开展全民国家安全...`), or cut to fit with none (`_extended_title`): the one line among the `printed_lines` of the page's `lines`
    (`PageText.lines`, pictures and captions left out) above the body's start (`_body_start` of the
    extracted `text`) that starts with the title's words, is no link (`links`, spaces removed), no
    list item and no page furniture, and is at most `printed_length` times as long (a Korean
    headline printed whole with its `…` finds itself). None when the title is not cut off, the
    body's start is not found, or no line or more than one starts with its words (a related story's
    line beside the headline: the page does not say which is the article's)."""
    key = without_spaces(headline)
    stem = _ELLIPSIS_END.sub("", key)
    if count_letters(stem) < _HEADLINE_LETTERS:
        return None
    body_start = _body_start([line.text for line in lines], text, settings, links)
    if body_start is None:
        return None
    starting = [
        line
        for line in lines[max(0, body_start - settings.printed_lines) : body_start]
        if (own := without_spaces(line.text)).startswith(stem)
        and own not in links
        and not line.listed
        and not line.furniture
        and len(own) <= settings.printed_length * len(stem)
        and (stem != key or _extended_title(headline, line.text) != headline)  # a <title> cut with no ellipsis: the line is it and more
    ]
    return starting[0].text.strip() if len(starting) == 1 else None


def headline_above_body(
    lines: Sequence[PageLine],
    text: str,
    links: frozenset[str] = frozenset(),
    settings: ExtractionSettings = ExtractionSettings(),
    headings: frozenset[str] = frozenset(),
    nearest_marked: bool = False,
) -> str | None:
    """The line a page prints as its headline when neither its <title> nor an h1 names the article
    (a layout table's cell over the body, the <title> the site's name): the first line among the
    `printed_lines` of `lines` above the body's start (`_body_start` of the extracted `text`) that
    holds `_HEADLINE_LETTERS` letters and at most `_HEADLINE_CHARACTERS` characters, ends no finished
    sentence (but for a sub-heading of the page, `headings`, that asks or exclaims), is no link, list
    item or page furniture, and shares at least `page_title` of its letter pairs with the rest of the
    extracted text (its own line left out); the line the body seemed to start on is tried last, and only
    when the page marks it up as a sub-heading. When none does, the nearest such line over the body
    that shares `heading_share` of them, holds `_HEADLINE_LETTERS` Hangul or Han letters and is no
    credit's or dated info line (a headline tells the story in words of its own, under a column's
    heading that may share more), only a line the page marks up as a heading when `nearest_marked` (the
    <title>'s headline is printed on the page: an archive's caption as its h1). None when there is none."""
    body_start = _body_start([line.text for line in lines], text, settings, links)
    if body_start is None:
        return None
    # the lines above the body in page order (a headline stands over a lead that asks, `被骗的钱还能追回吗？`); the line
    # the body seems to start on last, when the page marks it up as a heading (`…법원의 판단은?` in an h3): a lead that
    # asks is a paragraph
    starting = [lines[body_start]] if body_start < len(lines) and without_spaces(lines[body_start].text) in headings else []
    candidates = [*lines[max(0, body_start - settings.printed_lines) : body_start], *starting]

    def could_be_headline(line: PageLine, exclaims: bool = False) -> bool:
        own = line.text.strip()
        asks = own.endswith(("?", "？", "!", "！")) and (exclaims or without_spaces(own) in headings)
        return (
            count_letters(own) >= _HEADLINE_LETTERS
            and len(own) <= _HEADLINE_CHARACTERS
            and not (ends_like_a_sentence(own) and not asks)  # (a question in a paragraph is a lead)
            and without_spaces(own) not in links
            and not line.listed
            and not line.furniture
        )

    # a line that names the body in most of its words, first in page order; when none does, the line nearest the
    # body that names it in fewer, in words of its own (`油價跌跌不休 重挫歐美股市` over `受油價繼續下跌拖累…`, under a
    # column's heading), but for a label's line or an info line with a date (`来源：…`, `2014年12月13日 09:33`)
    shares = {id(line): _shared_bigrams(line.text.strip(), _without_line(text, line.text.strip())) for line in candidates}  # (each line's once, for both passes)
    named = next((line for line in candidates if could_be_headline(line) and shares[id(line)] >= settings.page_title), None)
    if named is None:
        named = next(
            (
                line
                for line in reversed(candidates)
                if could_be_headline(line, exclaims=True)
                and (not nearest_marked or without_spaces(line.text) in headings)
                and sum(count_scripts(line.text)) >= _HEADLINE_LETTERS
                and not _INFO_LINE.search(line.text)
                and shares[id(line)] >= settings.heading_share
            ),
            None,
        )
    return named.text.strip() if named is not None else None


def _without_line(text: str, line: str) -> str:
    """`text` without its lines that are `line` (spaces ignored): what a line shares with the rest."""
    key = without_spaces(line)
    return "\n".join(other for other in text.splitlines() if without_spaces(other) != key)


_HEADLINE_CHARACTERS = 80  # a headline printed over its body is at most this long


def _body_start(shown: Sequence[str], text: str, settings: ExtractionSettings, links: frozenset[str] = frozenset()) -> int | None:
    """The number of the line of `shown` where the body starts: the one holding the extracted
    `text`'s first finished sentence that is no link (`_first_sentence`), or its opening when the page
    breaks it over lines; None when the page does not show it."""
    lines = text.splitlines()
    first = _first_sentence(lines, settings, links)
    if first is None:
        return None
    sentence = without_spaces(lines[first])
    for position, line in enumerate(shown):
        own = without_spaces(line)
        if sentence in own or (count_letters(own) >= settings.restored_letters and sentence.startswith(own)):
            return position
    return None


def _first_sentence(lines: Sequence[str], settings: ExtractionSettings, links: frozenset[str] = frozenset()) -> int | None:
    """The number of the first of `lines` that reads as a finished sentence of `restored_letters`
    letters and is no link (`links`, spaces removed: a related story's title that asks, `…時代重臨嗎？`,
    in a list above the article): where the body starts."""
    return next(
        (
            number
            for number, line in enumerate(lines)
            if count_letters(line) >= settings.restored_letters and ends_like_a_sentence(line) and without_spaces(line) not in links
        ),
        None,
    )


def _starts_a_line_above_the_body(headline: str, text: str, settings: ExtractionSettings, links: frozenset[str] = frozenset()) -> bool:
    """Whether a line of the extracted `text` above its first sentence that is no link (`links`)
    starts with `headline` (spaces ignored): the printed headline is there already."""
    lines = text.splitlines()
    key = without_spaces(headline)
    return any(without_spaces(line).startswith(key) for line in lines[: _first_sentence(lines, settings, links)])


def _names_only_the_site(headline: str, page_title: str, shown: Sequence[str], text: str, settings: ExtractionSettings) -> bool:
    """Whether a <title> names only the site, not the article: the whole title (no part dropped as
    the site's name), sharing under `wrong_title` of its letter pairs with the text's other lines,
    printed nowhere above the body's start and below it only in copyright lines (`版权所有：某县人民
    政府`, `Copyright © …`; `boilerplate.tsv`'s copyright rows that end a page). A headline repeated
    in a share box or a list below the body is no site's name, however few words it shares."""
    key = without_spaces(headline)
    body_start = _body_start(shown, text, settings)
    elsewhere = "\n".join(line for line in text.splitlines() if key not in without_spaces(line))  # (the copyright line has all its words)
    if body_start is None or key != without_spaces(page_title) or _shared_bigrams(headline, elsewhere) >= settings.wrong_title:
        return False
    if any(key in without_spaces(line) for line in shown[:body_start]):
        return False
    below = [line for line in shown[body_start + 1 :] if key in without_spaces(line)]
    return bool(below) and all(_is_copyright_line(line) for line in below)


def _is_copyright_line(line: str) -> bool:
    """Whether a line is a page's copyright notice by a `copyright` row of `boilerplate.tsv` that ends
    the page (action `stop`) and takes a line of its length."""
    return any(
        rule.reason == "copyright" and rule.action == "stop" and (not rule.max_chars or len(line) <= rule.max_chars) and rule.pattern.search(line)
        for rule in boilerplate_rules()
    )


_ELLIPSIS_END = re.compile(r"(?:\.{2,}|…+|。{3})$")  # a <title> cut off to fit: `某县公安局开展全民国家安全...`
_HEADLINE_LETTERS = 6  # letters a headline holds at least
# a credit's line (`供稿 刑侦支队 编辑 反诈中心`, `来源：…`) or a dated info line (`2024-05-16`): no headline (one with a colon or a
# bar may be, `民警提醒：谨防诈骗`, `重磅｜…`)
_INFO_LINE = re.compile(r"(?:19|20)\d\d\s?[-/.年]\s?\d{1,2}|编辑|編輯|供稿|来源|來源|作者|记者|記者|责编|責編|摄影|攝影|通讯员|通訊員|发布时间|發布時間|기자|편집|출처|제공|입력|등록")


def _extended_title(title: str, text: str) -> str:
    """The text's first line when it is the title and more (`…三成企業加碼辦　年終比去年多1.8天 獎金太低54%擬離職`
    under a <title> that stops at `加碼辦`): the page prints its headline whole where the <title> cut
    it to fit. Not a line that adds a site's or section's name after a separator, or a stamp (`_STAMP`:
    `입력 2024.05.03 10:21`), nor one that ends a finished sentence or is longer than a headline (a lead
    that starts with the headline's words)."""
    first = text.split("\n", 1)[0].strip()
    key, own = without_spaces(title), without_spaces(first)
    if len(own) <= len(key) or not own.startswith(key) or len(first) > _HEADLINE_CHARACTERS or ends_like_a_sentence(first):
        return title
    rest = first[_after_letters(first, len(key)) :]  # (the title's characters counted without spaces: the two may space them differently)
    if _TITLE_PART.search(own[len(key) :]) or _TITLE_PART.match(rest) or _STAMP.search(rest):
        return title
    return first


def _after_letters(text: str, count: int) -> int:
    """The position in `text` right after its first `count` characters that are no spaces."""
    seen = 0
    for position, ch in enumerate(text):
        if seen == count:
            return position
        seen += not ch.isspace()
    return len(text)


# a stamp a page prints beside its headline, no part of it: a time, a full date, a meta label (`입력 2024.05.03 10:21`)
_STAMP = re.compile(r"\d{1,2}:\d{2}|(?:19|20)\d\d\s*[-./年년]\s*\d{1,2}|입력|수정|기자|来源|來源|发布|發布|编辑|編輯|更新")


def _opens_a_line(headline: str, text: str) -> bool:
    """Whether `headline` starts at the start of a line of `text` (spaces and line breaks ignored: a
    headline and its deck may be two lines): the headline printed, not quoted inside another line (a
    repost's `（原标题：…）` line above the body)."""
    key = without_spaces(headline)
    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    return any(without_spaces(text[start:]).startswith(key) for start in starts)


def _cut_at_quote(short: str, whole: str) -> bool:
    """Whether `short` is `whole` cut off right before a double quotation mark (spaces ignored)."""
    short, whole = without_spaces(short), without_spaces(whole)
    return len(whole) > len(short) and whole.startswith(short) and whole[len(short)] == '"'


def _shared_bigrams(headline: str | None, body: str) -> float:
    """The share of a headline's character bigrams found at the start of the body."""
    return _share(character_bigrams(headline), _opening_pairs(body[:_HEADLINE_BODY])) if headline else 0.0


@lru_cache(maxsize=8)
def _opening_pairs(opening: str) -> frozenset[str]:
    """The character bigrams of a body's opening (`body[:_HEADLINE_BODY]`): the headline tests of one page
    (`page_headline`, `_printed_part`, `_shared_bigrams`) ask for them again and again."""
    return frozenset(character_bigrams(opening))


def _share(own: set[str], words: frozenset[str]) -> float:
    return len(own & words) / max(1, len(own))


_HEADLINE_BODY = 3000  # characters of the body a headline is compared with


def _class_holds(word: str) -> str:
    """An XPath test: the element's class attribute holds `word`, letter case aside."""
    return f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}')"


_PICTURE_CLASSES = ("caption", "photo", "gallery", "thumb", "figure")  # class words of picture blocks
_PICTURES = "//figure|//figcaption|//a[.//img]|//*[" + " or ".join(_class_holds(word) for word in _PICTURE_CLASSES) + "]"


# the elements a page marks up as a picture's caption: <figcaption>, or a class naming one (`articleImgCaption`,
# `photo_caption`), holding no more than a caption's worth of text (not a box of the article named so)
_CAPTIONS = f"//figcaption|//*[{_class_holds('caption')}]"
_CAPTION_CHARACTERS = 300


def _names_a_caption(element: Any) -> bool:
    """Whether an element is a caption by its tag (<figcaption>) or a class word that ends in
    `caption` (`articleImgCaption`, `photo_caption`, `wp-caption-text`): not one that denies it
    (`no-caption`, `captionless`), nor a box or a lead named after it (`article-caption-wrap`,
    `summary-caption`)."""
    if isinstance(element.tag, str) and element.tag.lower() == "figcaption":
        return True
    return any(_CAPTION_CLASS.search(word) and not _NOT_A_CAPTION & {part.lower() for part in _CLASS_PARTS.split(word)} for word in (element.get("class") or "").split())


_CAPTION_CLASS = re.compile(r"caption(?:[-_]?text)?$", re.IGNORECASE)
_CLASS_PARTS = re.compile(r"[-_]|(?<=[a-z])(?=[A-Z])")  # a class word's parts: `article-caption-wrap`, `articleImgCaption`
_NOT_A_CAPTION = frozenset(["no", "non", "nocaption", "captionless", "wrap", "wrapper", "box", "container", "area", "summary", "lead", "intro"])


@dataclass(frozen=True)
class PageLine:
    """One line of a page's visible text and where it sits: the elements that hold it, outermost
    first (numbered in document order, so the lines inside one element are consecutive), how many
    of its letters are link text, and whether an element around it is page furniture by its tag
    or its class and id names."""

    text: str
    holders: tuple[int, ...] = ()
    link_letters: int = 0
    furniture: bool = False  # inside a comment list, a related-items box, a sidebar, navigation, a footer or a form
    soft_end: bool = False  # it ends at a line break of the page's source, which a browser does not show
    listed: bool = False  # inside a list item (<li>)


@dataclass(frozen=True)
class PageText:
    """What a reader sees of a page, read in one parse: the visible text, the same without its
    pictures and captions (also as `lines` that know their elements), the sub-headings (h2 to h6,
    spaces removed), and the visible text in the browser's own lines (`blocks`)."""

    visible: str = ""
    without_pictures: str = ""
    headings: frozenset[str] = frozenset()
    lines: tuple[PageLine, ...] = ()
    blocks: str = ""  # the visible text broken only where block elements start and end, as a browser shows it
    title: str = ""  # the page's own <title>, spaces folded
    top_headings: frozenset[str] = frozenset()  # the page's h1 texts outside its furniture (a sidebar's, a footer's), spaces removed
    bare_blocks: str = ""  # `blocks` without the pictures and captions, a line break where a picture's block was
    broken_headings: tuple[tuple[str, ...], ...] = ()  # the lines of each such h1 a <br> breaks (a headline over its info line)
    captions: frozenset[str] = frozenset()  # the texts the page marks up as captions (`<figcaption>`, a `class` naming a caption), spaces removed


def read_page(html: str) -> PageText:
    """All text a reader sees (not scripts, styles, templates or hidden elements), one block element
    per line, spaces inside a line folded, as a scraper's text dump would give it; then the same
    with the text of figures, captions, photo and gallery blocks and image links left out."""
    return _read_opened_page(_opened_raw_text(html))


def _read_opened_page(html: str) -> PageText:
    """`read_page` of a page whose self-closed `<style/>` and `<script/>` are opened already (`_opened_raw_text`)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:  # huge_tree: a page nested deeper than libxml2's default limit (about 255 elements) keeps its text
        tree = lxml_html.fromstring(html, parser=lxml_html.HTMLParser(huge_tree=True))
    except (ValueError, TypeError, etree.ParserError):
        return PageText()
    # not an icon's <svg><title>; a <title> the parser found outside <head> (text before <html>, as a saved
    # template's directives leave) is still the page's
    own = tree.findtext("head/title") or tree.findtext(".//head//title") or next(iter(tree.xpath("//title[not(ancestor::*[local-name()='svg'])]/text()")), "")
    title = " ".join(own.split())
    for element in tree.xpath("//head|//script|//style|//noscript|//template|//*[@hidden]|//*[contains(translate(@style, ' ', ''), 'display:none')]"):
        element.drop_tree()
    headings = frozenset(without_spaces(element.text_content()) for element in tree.xpath("//h2|//h3|//h4|//h5|//h6"))
    top = [element for element in tree.xpath("//h1") if not any(_is_furniture(holder) for holder in element.iterancestors())]
    broken_headings = tuple(broken for element in top if len(broken := _broken_lines(element)) > 1)
    top_headings = frozenset(without_spaces(element.text_content()) for element in top) | {without_spaces(lines[0]) for lines in broken_headings}
    captions = frozenset(
        text for element in tree.xpath(_CAPTIONS) if _names_a_caption(element) and 0 < len(text := without_spaces(element.text_content())) <= _CAPTION_CHARACTERS
    )
    shown = _page_lines(tree)
    visible = "\n".join(line.text for line in shown)
    blocks = "".join(line.text + (" " if line.soft_end else "\n") for line in shown).strip()
    for element in tree.xpath(_PICTURES):
        if element.getparent() is not None:
            if _holds_blocks(element) and not _inside_a_sentence(element):  # a photo box between two runs of text: they stay two lines without it
                marker = etree.Element("br")
                marker.tail, element.tail = element.tail, None
                element.addnext(marker)
            element.drop_tree()
    lines = tuple(_page_lines(tree))
    bare_blocks = "".join(line.text + (" " if line.soft_end else "\n") for line in lines).strip()
    captions -= {without_spaces(line.text) for line in lines}  # a caption the page prints again as a paragraph (a lead word for word) is that paragraph too
    return PageText(visible, "\n".join(line.text for line in lines), headings, lines, blocks, title, top_headings, bare_blocks, broken_headings, captions)


def _broken_lines(element: Any) -> tuple[str, ...]:
    """The lines a heading shows, broken at its <br>s, spaces folded, blank ones left out."""
    if not element.xpath(".//br"):
        return ()
    shown = copy.deepcopy(element)
    for br in shown.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    return tuple(line for part in shown.text_content().split("\n") if (line := " ".join(part.split())))


def _inside_a_sentence(element: Any) -> bool:
    """Whether loose text right before an element breaks off unfinished (`…내년에는<span class="photo">
    …</span>소비와…`): a photo box set inside a sentence, which stays one line without it."""
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return bool(before.strip()) and not ends_like_a_sentence(before)


def _holds_blocks(element: Any) -> bool:
    """Whether an element is a block element or holds one (a photo box, not an inline image link)."""
    return any(isinstance(node.tag, str) and node.tag.lower() in BLOCK_ELEMENTS for node in element.iter())


_FURNITURE_TAGS = frozenset(["nav", "aside", "footer", "form", "marquee"])
# class and id words of the page's own boxes: comments and replies, related and recommended items, sidebars, shares, footers, news tickers
_FURNITURE_NAME = re.compile(
    r"(?:^|[\s_-])(?:(?:comment|cmt|repl(?:y|ies)|respond|relate|recommend|sidebar|share|footer|copyright|advert|banner|rank)\w*|(?:side|sns|tags?|ads?|hot|hotnews|ticker|marquee|breaking)(?:$|[\s_-]))",
    re.IGNORECASE,
)


def _is_furniture(element: Any) -> bool:
    """Whether an element is page furniture by its tag or its class and id names."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    return tag in _FURNITURE_TAGS or _FURNITURE_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}") is not None


def _page_lines(root: Any) -> list[PageLine]:
    """The text of a parsed page, a new line at each block element's start and end and at each line
    break of the page's source, spaces inside a line folded, blank lines left out; each line with
    the elements common to all its pieces."""
    lines: list[PageLine] = []
    pieces: list[str] = []
    holders: tuple[int, ...] | None = None
    links = 0

    def add(text: str | None, path: tuple[int, ...], in_link: bool) -> None:
        if text:
            first, *rest = text.split("\n")  # the page's own line breaks break lines too
            add_piece(first, path, in_link)
            for part in rest:
                end_line(soft=True)
                add_piece(part, path, in_link)

    def add_piece(text: str, path: tuple[int, ...], in_link: bool) -> None:
        nonlocal holders, links
        if not text.strip():
            pieces.append(" ")
            return
        pieces.append(text)
        if holders is None:
            holders = path
        else:
            common = 0
            while common < min(len(holders), len(path)) and holders[common] == path[common]:
                common += 1
            holders = holders[:common]
        if in_link:
            links += count_letters(text)

    def end_line(soft: bool = False) -> None:
        nonlocal holders, links
        line = " ".join("".join(pieces).split())
        if line:
            lines.append(PageLine(line, holders or (), links, any(holder in furniture for holder in holders or ()), listed=any(holder in items for holder in holders or ())))
            soft_ends.append(soft)
        elif not soft and soft_ends:
            soft_ends[-1] = False  # a block's edge after the source's line break: the line ends there after all
        pieces.clear()
        holders, links = None, 0

    numbered = 0
    soft_ends: list[bool] = []
    furniture: set[int] = set()
    items: set[int] = set()  # the list items
    work: list[tuple[bool, Any, tuple[int, ...], bool]] = [(True, root, (), False)]
    while work:
        opening, element, path, in_link = work.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if not opening:  # an element's end, then the text that follows it inside its parent
            if tag in BLOCK_ELEMENTS:
                end_line()
            add(element.tail, path, in_link)
            continue
        if not tag:  # a comment or processing instruction: only the text after it shows
            add(element.tail, path, in_link)
            continue
        numbered += 1
        own = (*path, numbered)
        if _is_furniture(element):
            furniture.add(numbered)
        if tag == "li":
            items.add(numbered)
        inside_link = in_link or tag == "a"
        if tag in BLOCK_ELEMENTS:
            end_line()
        add(element.text, own, inside_link)
        work.append((False, element, path, in_link))
        work.extend((True, child, own, inside_link) for child in reversed(element))
    end_line()
    return [dataclasses.replace(line, soft_end=True) if soft else line for line, soft in zip(lines, soft_ends)]


def body_around(text: str, lines: Sequence[PageLine], settings: ExtractionSettings = ExtractionSettings()) -> frozenset[int]:
    """The line numbers of the page's text around the extracted `text` that reads as more of the
    article: starting from the innermost element holding nearly all of the text (as it is found
    among the page's `lines`), each enclosing element whose text outside it is mostly finished
    sentences with few links adds that text, up to the first that is not (the sections of a body
    an extractor skips when a page splits it into blocks of their own, or marks its paragraphs up
    as headings). Empty when the text is not found on the page, or nothing around it reads so."""
    kept = text.splitlines()
    found = [p for p in _found_in_order(kept, _line_index(line.text for line in lines)) if p is not None]
    wanted = sum(count_letters(line) for line in kept)
    letters = sum(count_letters(lines[p].text) for p in found)
    if not found or letters < settings.found * wanted:
        return frozenset()
    depth, innermost = 0, None
    while True:  # the innermost element holding nearly all of the found letters
        share: dict[int, int] = {}
        for p in found:
            if len(lines[p].holders) > depth:
                holder = lines[p].holders[depth]
                share[holder] = share.get(holder, 0) + count_letters(lines[p].text)
        best = max(share, key=share.__getitem__, default=None)
        if best is None or share[best] < settings.holding * letters:
            break
        depth, innermost = depth + 1, best
    if innermost is None:
        return frozenset()
    block = _inside(lines, depth - 1, innermost)
    taken = set(found)
    # a line of the body's own element right above a kept line, no link, that reads as a sentence (as
    # `restore_skipped` asks): a lead the extractor left with the photo box above it, say
    added: set[int] = {p for p in block if p + 1 in taken and p not in taken and not lines[p].furniture and lines[p].link_letters < settings.links * count_letters(lines[p].text)}
    for level in range(depth - 2, 0, -1):  # outwards, never to the page's root
        wider = _inside(lines, level, lines[block.start].holders[level])
        outside = [p for p in wider if p not in block and not lines[p].furniture]  # a comment list or related box beside the article is no more of it
        total = sum(count_letters(lines[p].text) for p in outside)
        if total:
            linked = sum(lines[p].link_letters for p in outside)
            prose = sum(count_letters(lines[p].text) for p in outside if _reads_as_body(lines[p].text, frozenset(), settings.restored_letters))
            if linked >= settings.links * total or prose < settings.prose * total:
                break
        added.update(outside)
        block = wider
    return frozenset(added)


def _inside(lines: Sequence[PageLine], level: int, element: int) -> range:
    """The (consecutive) line numbers of the lines inside `element`, found at `level` of their holders."""
    positions = [p for p, line in enumerate(lines) if len(line.holders) > level and line.holders[level] == element]
    return range(positions[0], positions[-1] + 1)


def visible_text(html: str, pictures: bool = True) -> str:
    """`read_page`'s visible text, with or without the pictures and captions."""
    page = read_page(html)
    return page.visible if pictures else page.without_pictures
