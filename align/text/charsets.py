"""Charsets a page or an archive declares, and a page's bytes as a reader sees them.

Shared by decoding (`align.text.decode`), which checks a declared charset against the bytes, and by
the reading of pages saved as one file (`align.text.archives`), which weighs an archive's parts.
"""

from __future__ import annotations

import codecs
import re

_DECLARED = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# declared charsets read as the superset that real pages need (a GB2312 page uses GBK characters)
# the legacy codecs the Korean and Chinese press writes in, as the supersets real pages need
PRESS_CODECS = ("gb18030", "cp949", "big5hkscs")
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "big5": "big5hkscs"}


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, as the codec that reads it (None if undeclared)."""
    found = _DECLARED.search(raw[:8192])
    return None if found is None else charset_codec(found.group(1).decode("ascii", "replace"))


def charset_codec(name: str) -> str | None:
    """The codec that reads text a charset name declares (`euc-kr` is read as CP949, `gb2312` as
    GB18030: what real pages need), or None for a name no text codec has (`charset="undefined"`, a
    page script's bug; a transform, base64): as undeclared."""
    name = name.strip().lower()
    codec = _SUPERSETS.get(name, name)
    try:
        b"a".decode(codec)
        if codecs.lookup(codec).name in _NOT_CHARSETS:
            return None
    except (LookupError, UnicodeError):
        return None
    return codec


_WESTERN_CHARSETS = frozenset({"ascii", "iso8859-1", "iso8859-15", "cp1252"})  # single-byte charsets a mail client or a server names by default (codec names)
_NOT_CHARSETS = frozenset({"punycode", "idna", "unicode_escape", "raw_unicode_escape", "undefined"})  # text codecs no page is written in


def is_western(codec: str) -> bool:
    """Whether a codec is a Western single-byte one, the default a mail client or a server names
    (Latin-1 reads any bytes: its word says little of a page's)."""
    return codecs.lookup(codec).name in _WESTERN_CHARSETS


_MARKUP = re.compile(rb"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)  # (ASCII in every legacy CJK codec)


def without_markup(raw: bytes) -> bytes:
    """A page's bytes without its scripts, styles, comments and tags (what a reader sees, about):
    a large page's markup would dilute how chaotic a wrong reading of its text is."""
    text = _MARKUP.sub(b" ", raw)
    return text if text.strip() else raw
