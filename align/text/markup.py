"""HTML names the text stages share: the block-level elements, each of which starts a line of a
page's visible text (the HTML reader breaks lines at them; the cleaner breaks a text page's
printed markup at them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the block-level elements: each starts a line of the page's visible text
BLOCK_ELEMENTS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)

# the inline elements a page's text may carry printed as markup: each sets words inside a line
INLINE_ELEMENTS = frozenset(
    ["a", "abbr", "b", "big", "br", "center", "cite", "code", "em", "font", "i", "img", "ins", "del", "label", "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "u"]
)


def printed_tag(names: Iterable[str], closing: bool = True) -> re.Pattern[str]:
    """An HTML tag of one of `names` printed as text (`<p class="ql-block">`, `<FONT face=細明體>`, `</STRONG>`,
    `<br/>`), in any case, its attributes' quoted values holding anything; the element's name in group
    `name`. Without `closing`, only opening (or self-closing) tags."""
    alternatives = "|".join(sorted(names, key=len, reverse=True))  # longest first: `strong` before `s`
    return re.compile(
        (r"<\s*/?\s*" if closing else r"<\s*") + f"(?P<name>{alternatives})" + r"(?=[\s/>])"
        r"(?:\s+[A-Za-z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=]+))?)*\s*/?\s*>",
        re.IGNORECASE,
    )
