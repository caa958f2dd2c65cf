"""Saved HTML pages: recognised by their content, their main text extracted with trafilatura,
and that text handed to the project's own cleaning (trafilatura keeps the body but lets some page
furniture through: captions, bylines, promo and "related" lines).

Offsets of an HTML document index the extracted text (`Document.text`), not the markup; the
page's own title, date and author go to the document metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from align.text.clean import character_bigrams, count_letters, without_spaces

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_MARKUP = re.compile(r"</?(?:html|head|body|div|p|span|br|a|table|td|li|ul|script|style|meta|link|h[1-6])\b[^>]*>", re.IGNORECASE)
_DECLARED = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Declared charsets read as the superset that real pages need (a GB2312 page uses GBK characters).
_BLOCKS = frozenset(
    ["address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]
)
_TITLE_SEPARATOR = re.compile(r"\s+[-|｜–—_:：]\s+|\s*[|｜_]\s*")
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "big5": "big5hkscs"}


@dataclass(frozen=True)
class ExtractedPage:
    """The main text of a page (paragraphs one per line) and what its markup says about it."""

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    visible: str = ""  # all visible text of the page, one block element per line: the second opinion


def looks_like_html(text: str) -> bool:
    """An HTML page, by its content (whatever its file name): a document start, or markup throughout."""
    head = text[:20_000]
    return bool(_HTML_START.match(head)) or len(_HTML_MARKUP.findall(head)) >= 12


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, as the codec that reads it (None if undeclared)."""
    found = _DECLARED.search(raw[:8192])
    if found is None:
        return None
    name = found.group(1).decode("ascii", "replace").lower()
    return _SUPERSETS.get(name, name)


def extract_html(html: str) -> ExtractedPage:
    """The page's main text by trafilatura (comments and tables left out); when it finds none, the
    visible text of the whole page, so that nothing vanishes without the cleaner seeing it."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True},  # a year in the body is no date
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    page = read_page(html)
    visible = page.visible
    if not text:
        text = visible
    elif visible:
        text = restore_skipped(text, page.without_pictures, page.headings)
    title = getattr(document, "title", None) or None
    headline = page_headline(title, text)
    if text and headline and without_spaces(headline) not in without_spaces(text[: 3 * len(headline) + 40]):
        text = headline + "\n" + text  # the extractor left the headline out: the page's title has it
    return ExtractedPage(
        text + "\n" if text else "",
        title,
        getattr(document, "date", None) or None,
        getattr(document, "author", None) or None,
        visible + "\n" if visible else "",
    )


_FINISHED = re.compile(r"[.!?。！？…][”’」』）)\"']*$")  # a line that ends like a sentence, closing quotes allowed
_RESTORED_LETTERS = 10  # a skipped line this long that ends like a sentence is body…
_RESTORED_GAP = 12  # …when the two kept lines around it are at most this many visible lines apart


def restore_skipped(text: str, visible: str, headings: frozenset[str] = frozenset()) -> str:
    """The extracted text with the paragraphs the extractor skipped inside the body put back: a
    line of the page's visible text (read without its pictures and captions) that lies between two
    lines the extractor kept, and reads as a finished sentence or is one of the page's `headings`, is
    body the extractor lost (speaker turns of an interview, a sub-heading, a paragraph beside an
    inline ad); anything else there stays out, and so does a gap wider than a few lines (a kept
    line found first in a summary box above the article) or a line the extractor kept merged
    into another."""
    shown = visible.splitlines()
    where: dict[str, list[int]] = {}
    for position, line in enumerate(shown):
        where.setdefault(without_spaces(line), []).append(position)
    kept = text.splitlines()
    everything = [without_spaces(line) for line in kept]
    out: list[str] = []
    previous = -1
    for line in kept:
        positions = where.get(without_spaces(line), [])
        found = next((p for p in positions if p > previous), None)
        if found is not None:
            if previous >= 0 and found - previous <= _RESTORED_GAP:
                out.extend(between for between in shown[previous + 1 : found] if _skipped_body(between, headings, everything))
            previous = found
        out.append(line)
    return "\n".join(out)


def _skipped_body(line: str, headings: frozenset[str], kept: list[str]) -> bool:
    """Whether a visible line between two kept ones is body: a finished sentence or a sub-heading,
    long enough, and not already inside a kept line (spaces removed in `headings` and `kept`)."""
    bare = without_spaces(line)
    return (
        (_FINISHED.search(line) is not None or bare in headings)
        and count_letters(line) >= _RESTORED_LETTERS
        and not any(bare in other for other in kept)
    )


def page_headline(title: str | None, body: str = "") -> str | None:
    """The headline inside a page title: `Headline - Section - Site` or `Site | Headline` gives
    `Headline`: with the body at hand, the part that shares most words with it; without, the
    first part long enough to be a headline (the longest when none is)."""
    if not title:
        return None
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(title) if part.strip() and sum(ch.isalnum() for ch in part) >= 6]
    if not parts:
        return None
    if body:
        words = character_bigrams(body[:3000])
        return max(parts, key=lambda part: (len(character_bigrams(part) & words) / max(1, len(character_bigrams(part))), -parts.index(part)))
    return parts[0]




_PICTURE_CLASSES = ("caption", "photo", "gallery", "thumb", "figure")  # class words of picture blocks
_PICTURES = "//figure|//figcaption|//a[.//img]|//*[" + " or ".join(
    f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}')" for word in _PICTURE_CLASSES
) + "]"


@dataclass(frozen=True)
class PageText:
    """What a reader sees of a page, read in one parse: the visible text, the same without its
    pictures and captions, and the sub-headings (h2 to h6, spaces removed)."""

    visible: str = ""
    without_pictures: str = ""
    headings: frozenset[str] = frozenset()


def read_page(html: str) -> PageText:
    """All text a reader sees (not scripts, styles, templates or hidden elements), one block element
    per line, spaces inside a line folded, as a scraper's text dump would give it; then the same
    with the text of figures, captions, photo and gallery blocks and image links left out."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, etree.ParserError):
        return PageText()
    for element in tree.xpath("//head|//script|//style|//noscript|//template|//*[@hidden]|//*[contains(translate(@style, ' ', ''), 'display:none')]"):
        element.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    headings = frozenset(without_spaces(element.text_content()) for element in tree.xpath("//h2|//h3|//h4|//h5|//h6"))
    visible = _lines_of(tree)
    for element in tree.xpath(_PICTURES):
        if element.getparent() is not None:
            element.drop_tree()
    return PageText(visible, _lines_of(tree), headings)


def visible_text(html: str, pictures: bool = True) -> str:
    """`read_page`'s visible text, with or without the pictures and captions."""
    page = read_page(html)
    return page.visible if pictures else page.without_pictures


def _lines_of(tree: Any) -> str:
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
