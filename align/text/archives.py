"""Pages saved as one file: a browser's web archive, read as the page it holds.

Browsers save a page with its pictures and styles in one file, in one of two formats:
  * MHTML (Chromium, Edge: "Webpage, Single File", `.mhtml`; Internet Explorer: `.mht`): a MIME
    message (RFC 2557, `multipart/related`), the page's HTML one part, in quoted-printable or base64,
    its charset named in the part's header and the page's address in `Snapshot-Content-Location`.
    The same reading takes a saved e-mail (`.eml`) that brings an article as its HTML or plain-text
    part;
  * a web archive (Safari: "Web Archive", `.webarchive`): a binary property list whose main resource
    holds the page's bytes, its text encoding's name and its address.
Reading one means finding the page and handing its bytes, with the charset the archive declares, to
decoding like any other file's (`align.text.decode`): the offsets of everything after index the text
of that page, as they index a plain file's.
"""

from __future__ import annotations

import email.parser
import email.policy
import plistlib
import re
from dataclasses import dataclass
from email.message import Message
from typing import Any

from align.errors import InputError

# a MIME message starts with its header: `Name: value` lines (a value may go on over lines that
# start with a space or a tab) up to a blank line; no article, text or markup starts so
_HEADER_BLOCK = re.compile(rb"(?:\xef\xbb\xbf)?(?:[A-Za-z0-9-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n")
_HEADER_REACH = 16384  # bytes: a saved page's header (an IE archive's names its title, and a long one is MIME-encoded over lines)
_MIME_VERSION = re.compile(rb"^MIME-Version\s*:", re.IGNORECASE | re.MULTILINE)
_CONTENT_TYPE = re.compile(rb"^Content-Type\s*:\s*(?:multipart/|text/html|text/plain)", re.IGNORECASE | re.MULTILINE)
_TEXT_TYPES = ("text/html", "text/plain")  # what a part may bring an article as, in the order taken
_PROPERTY_LIST = b"bplist00"  # how a binary property list starts (a Safari web archive is one)


@dataclass(frozen=True)
class SavedPart:
    """The page a saved file holds: its bytes (any transfer encoding undone), the charset the
    archive names for them (None where it names none), its type, and the page's address."""

    content: bytes
    charset: str | None
    content_type: str
    location: str | None


def saved_page(raw: bytes, path: str = "<bytes>") -> SavedPart | None:
    """The page inside `raw` when it is a page saved as one file (a MIME message, `looks_like_mime`;
    a Safari web archive), None for any other bytes; an `InputError` naming the file when the
    archive holds no page."""
    if raw.startswith(_PROPERTY_LIST):
        return _web_archive_page(raw, path)
    return saved_part(raw, path) if looks_like_mime(raw) else None


def looks_like_mime(raw: bytes) -> bool:
    """Whether `raw` is a MIME message (a saved MHTML page, an e-mail): it opens with a header block
    that states a MIME version and a multipart, HTML or plain-text content type."""
    header = _HEADER_BLOCK.match(raw[:_HEADER_REACH])
    return header is not None and bool(_MIME_VERSION.search(header.group())) and bool(_CONTENT_TYPE.search(header.group()))


def saved_part(raw: bytes, path: str = "<bytes>") -> SavedPart:
    """The part of a MIME message (`looks_like_mime`) that holds its page: the HTML part at the
    address the archive names as its snapshot's (a saved page's frames are HTML parts too), else
    its first HTML part, else its first plain-text part; an `InputError` naming the file when it
    holds neither."""
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    location = _header(message, "Snapshot-Content-Location")
    parts = [part for part in message.walk() if not part.is_multipart() and part.get_content_type() in _TEXT_TYPES]
    if not parts:
        raise InputError("a MIME archive (a page saved as one file, or an e-mail) with no HTML or text part", path)
    main = next((part for part in parts if location and part.get_content_type() == "text/html" and _header(part, "Content-Location") == location), None)
    main = main or next((part for part in parts if part.get_content_type() == "text/html"), parts[0])
    content = main.get_payload(decode=True)
    if not isinstance(content, bytes):
        raise InputError("a MIME archive whose page part cannot be read", path)
    return SavedPart(content, main.get_content_charset(), main.get_content_type(), location or _header(main, "Content-Location"))


def _header(message: Message, name: str) -> str | None:
    """A header's value, stripped (None where the message has none, or an empty one)."""
    value = message.get(name)
    return (str(value).strip() or None) if value is not None else None


def _web_archive_page(raw: bytes, path: str) -> SavedPart:
    """The main resource of a Safari web archive (a binary property list: `WebMainResource`, its
    `WebResourceData`, `WebResourceTextEncodingName`, `WebResourceMIMEType` and `WebResourceURL`);
    an `InputError` naming the file when the list is no web archive or holds no page."""
    try:
        archive: Any = plistlib.loads(raw)
    except (plistlib.InvalidFileException, ValueError, OverflowError, IndexError, KeyError, TypeError):
        raise InputError("a binary property list that cannot be read, not text or a saved page", path) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise InputError("a binary property list with no page in it (not a Safari web archive)", path)
    content: bytes = main["WebResourceData"]
    kind = str(main.get("WebResourceMIMEType") or "text/html").lower()
    if kind not in _TEXT_TYPES:
        raise InputError(f"a web archive whose page is {kind}, not HTML or text", path)
    charset, location = main.get("WebResourceTextEncodingName"), main.get("WebResourceURL")
    return SavedPart(content, str(charset) if charset else None, kind, str(location) if location else None)
