"""Pages saved as one file: a browser's web archive, or an e-mail, read as the page it holds.

Browsers save a page with its pictures and styles in one file, in one of two formats:
  * MHTML (Chromium, Edge: "Webpage, Single File", `.mhtml`; Internet Explorer: `.mht`): a MIME
    message (RFC 2557, `multipart/related`), the page's HTML one part, in quoted-printable or base64,
    its charset named in the part's header, the page's address in `Snapshot-Content-Location` (or the
    part the `start` parameter names), its frames parts of their own;
  * a web archive (Safari: "Web Archive", `.webarchive`): a binary property list whose main resource
    holds the page's bytes, its text encoding's name and its address.
A saved e-mail (`.eml`) brings an article as its body or as an attachment, forwarded or not, in HTML
or plain text, beside a cover note or a signature. Reading one means finding the page and handing its
bytes, with the charset and the type the archive declares, to decoding like any other file's
(`align.text.decode`): the offsets of everything after index the text of that page.
"""

from __future__ import annotations

import email.header
import email.parser
import email.policy
import html
import plistlib
import re
import urllib.parse
from dataclasses import dataclass
from email.message import Message
from pathlib import PurePath
from typing import Any

from align.errors import InputError
from align.script.chars import count_scripts
from align.text.charsets import PRESS_CODECS, charset_codec, declared_charset, is_western, without_markup

_BOM = b"\xef\xbb\xbf"  # (what a text editor puts before an archive it saved again)
# an mbox export's separator line before a message (`From a@example.kr Mon Dec  7 10:00:00 2026`, `From - …`)
_MBOX_FROM = re.compile(rb"From [^\r\n]*\r?\n")
# a MIME message starts with its header: `Name: value` lines (a name is printable ASCII but the colon; a
# value may go on over lines that start with a space or a tab) up to a blank line
_HEADER_BLOCK = re.compile(rb"(?:[!-9;-~]+[ \t]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n")
_HEADER_REACH = 1 << 18  # bytes: a saved page's header (a long title, Q-encoded), a relayed mail's (its Received and ARC lines)
_MIME_VERSION = re.compile(rb"^MIME-Version[ \t]*:", re.IGNORECASE | re.MULTILINE)
_CONTENT_TYPE = re.compile(rb"^Content-Type[ \t]*:[ \t]*(?:multipart/|text/html|text/plain|application/xhtml\+xml)", re.IGNORECASE | re.MULTILINE)
_BOUNDARY = re.compile(rb"""boundary[ \t]*=[ \t]*(?:"([^"\r\n]+)"|([^;\s]+))""", re.IGNORECASE)
PAGE_NAMES = frozenset({".html", ".htm", ".shtml", ".xhtml"})  # the names of saved HTML pages
_ARTICLE_NAMES = PAGE_NAMES | {".txt", ".md"}  # names of articles: a message only when its parts' boundaries say so
ARCHIVE_NAMES = frozenset({".mht", ".mhtml", ".webarchive", ".eml"})  # of pages saved as one file, and e-mails: a message's read as one when it parses as one
MARKUP_TYPES = frozenset({"text/html", "application/xhtml+xml"})  # a page part in markup
_PAGE_TYPES = MARKUP_TYPES | {"text/plain"}
_PROPERTY_LIST = b"bplist00"  # how a binary property list starts (a Safari web archive is one)
_SHELL_LETTERS = 40  # a page part with fewer Hangul or Han letters shown than this is a frame's shell…
_FRAME_LETTERS = 200  # …and a frame part with this many more is the page it frames (a blog's article in its iframe)


@dataclass(frozen=True)
class SavedPage:
    """The page a saved file holds: its bytes (any transfer encoding undone), the charset the
    archive names for them (None where it names none), and its type (`text/html`, `text/plain`, …)."""

    content: bytes
    charset: str | None
    content_type: str


def saved_page(raw: bytes, path: str = "<bytes>", lang: str | None = None) -> SavedPage | None:
    """The page inside `raw` when it is a page saved as one file (a MIME message: `is_mime`; a Safari
    web archive), None for any other bytes; an `InputError` naming the file when the archive holds
    no page. `path`'s name weighs in: an `.mht`, `.mhtml` or `.eml` file is read as a message
    whenever it parses as one, another only when its header and its parts' boundaries all say so (an
    article may quote a fake mail's header). An e-mail's part is chosen by the letters of `lang`
    (`ko`: Hangul, `zh`: Han) when it is given."""
    if raw.startswith(_PROPERTY_LIST):
        return _web_archive_page(raw, path)
    return _mime_page(raw, path, lang) if is_mime(raw, PurePath(path).suffix.lower()) else None


def _message_start(raw: bytes) -> bytes:
    """The bytes from where a message's header begins: after a byte-order mark, blank lines and an
    mbox separator line."""
    raw = raw[len(_BOM) :] if raw.startswith(_BOM) else raw
    raw = raw.lstrip(b"\r\n")
    separator = _MBOX_FROM.match(raw)
    return raw[separator.end() :] if separator else raw


def is_mime(raw: bytes, suffix: str = "") -> bool:
    """Whether `raw` is a MIME message (a saved MHTML page, an e-mail): it opens with a header block
    that states a multipart, HTML or plain-text content type, and, for a file not named as a message
    (`suffix` other than `.mht`, `.mhtml`, `.eml`), a MIME version too, and a multipart type whose
    boundary parts the body; under a server's name or none, one part will do (an article, `.txt`,
    `.md`, `.html`, may open with a fake mail's header it quotes, a part's or a multipart's)."""
    start = _message_start(raw)
    found = _HEADER_BLOCK.match(start[:_HEADER_REACH])
    header = found.group() if found is not None else b""
    if found is None or not _CONTENT_TYPE.search(header):
        return False
    if suffix in ARCHIVE_NAMES:
        return True
    if not _MIME_VERSION.search(header):
        return False
    boundary = _BOUNDARY.search(header)
    if boundary is None and suffix not in _ARTICLE_NAMES:
        return True  # one part, under a server's name or none (a message saved without `.eml`)
    return boundary is not None and b"\n--" + (boundary.group(1) or boundary.group(2)) in start[found.end() :]


def _mime_page(raw: bytes, path: str = "<bytes>", lang: str | None = None) -> SavedPage:
    """The part of a MIME message (`is_mime`) that holds its page. A saved page's (MHTML: its root is
    `multipart/related`, or it names its snapshot's address) is the part its `start` parameter names,
    else the HTML part at the snapshot's address, else its first HTML part; and when that part shows
    next to no text (a frameset, a blog's shell around its iframe) while a frame part shows much, the
    frame. An e-mail's is the part, body or attachment, forwarded or not, that shows the most Korean
    or Chinese text (`lang`'s, when given: the article, not a cover note or a signature), its HTML
    alternative before its plain text. An `InputError` naming the file when the message holds no page."""
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(_message_start(raw))
    parts = [part for part in message.walk() if not part.is_multipart() and part.get_content_type() in _PAGE_TYPES]
    read = [(part, content) for part in parts if (content := _payload(part)) is not None and content.strip()]
    if not read:
        raise InputError("a MIME archive (a page saved as one file, or an e-mail) with no HTML or text in it", path)
    location = _address(message.get("Snapshot-Content-Location"))
    if message.get_content_type() == "multipart/related" or location:
        main = _snapshot(message, read, location)
    else:
        main = max(read, key=lambda item: (_shown_letters(item, lang), item[0].get_content_type() in MARKUP_TYPES))
    part, content = main
    if _param(part, "format") == "flowed" and part.get_content_type() == "text/plain":
        content = _unflowed(content, _param(part, "delsp") == "yes")
    return SavedPage(content, part.get_content_charset(), part.get_content_type())


def _param(part: Message, name: str) -> str:
    """A parameter of a part's Content-Type, lower case ("" where it has none)."""
    value = part.get_param(name)
    return value.lower() if isinstance(value, str) else ""


def _payload(part: Message) -> bytes | None:
    content = part.get_payload(decode=True)
    return content if isinstance(content, bytes) else None


def _address(value: Any) -> str | None:
    """A Content-Location or Content-ID as one comparable address: its encoded words read, unfolded,
    without the quotes or angle brackets some writers put round it, percent-escapes read (a Hangul
    address written raw in one header and escaped in another)."""
    if value is None:
        return None
    try:
        value = str(email.header.make_header(email.header.decode_header(str(value))))  # (an address in encoded words, =?utf-8?b?…?=)
    except (ValueError, LookupError, UnicodeError):
        value = str(value)
    text = re.sub(r"\s+", "", value).strip("\"'<>")
    return urllib.parse.unquote(text) or None


def _snapshot(message: Message, read: list[tuple[Message, bytes]], location: str | None) -> tuple[Message, bytes]:
    """The page part of a saved page (see `_mime_page`)."""
    start = _address(message.get_param("start"))
    markup = [item for item in read if item[0].get_content_type() in MARKUP_TYPES] or read
    main = next((item for item in read if start and _address(item[0].get("Content-ID")) == start), None)
    main = main or next((item for item in markup if location and _address(item[0].get("Content-Location")) == location), None)
    main = main or markup[0]
    if _shown_letters(main) < _SHELL_LETTERS:
        letters, framed = max(((_shown_letters(item), index) for index, item in enumerate(markup)), key=lambda found: found[0])
        if letters >= _FRAME_LETTERS:
            return markup[framed]  # the shell's frame that holds the article
    return main


def _shown_letters(item: tuple[Message, bytes], lang: str | None = None) -> int:
    """About how many Hangul and Han letters (`lang`'s alone, when given) a part shows: its tags,
    scripts and styles aside, its character references read (`&#54252;`), in the charset it or its
    `<meta>` names (not a Western default), else UTF-8, else the best of CP949, GB18030 and Big5 (a
    rough count to choose by)."""
    part, content = item
    markup = part.get_content_type() in MARKUP_TYPES
    shown = without_markup(content) if markup else content
    named = charset_codec(part.get_content_charset() or "") or (declared_charset(content) if markup else None)
    codec = named if named and not shown.isascii() and not is_western(named) else "utf-8"
    try:
        texts = [shown.decode(codec)]
    except UnicodeError:  # (not UTF-8, or a codec that fails otherwise than on a byte): the best of the press's codecs
        texts = [shown.decode(codec, errors="replace") for codec in PRESS_CODECS]
    return max(_letters(html.unescape(text) if markup else text, lang) for text in texts)


def _letters(text: str, lang: str | None) -> int:
    hangul, han = count_scripts(text)
    return hangul if lang == "ko" else han if lang == "zh" else hangul + han


def _unflowed(content: bytes, delete_space: bool) -> bytes:
    """Plain text sent `format=flowed` (RFC 3676) as the writer wrote it: a line that ends in a space
    goes on in the next (the space dropped too with `delsp=yes`), and a line's stuffed space goes."""
    lines = re.split(rb"\r?\n", content)
    out: list[bytes] = []
    joining = False
    for number, line in enumerate(lines):
        line = line[1:] if line.startswith(b" ") else line
        before_signature = number + 1 < len(lines) and lines[number + 1] == b"-- "
        soft = line.endswith(b" ") and line != b"-- " and not before_signature  # (no line flows into the signature's separator)
        piece = line[:-1] if soft and delete_space else line
        if joining:
            out[-1] += piece
        else:
            out.append(piece)
        joining = soft
    return b"\n".join(out)


def _web_archive_page(raw: bytes, path: str) -> SavedPage:
    """The main resource of a Safari web archive (a binary property list: `WebMainResource`, its
    `WebResourceData`, `WebResourceTextEncodingName` and `WebResourceMIMEType`);
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
    if kind not in _PAGE_TYPES:
        raise InputError(f"a web archive whose page is {kind}, not HTML or text", path)
    charset = main.get("WebResourceTextEncodingName")
    return SavedPage(content, str(charset) if charset else None, kind)
