"""Reading text files whatever their encoding: BOMs, UTF-8/16/32, CP949, GB18030 and Big5, with
one-line errors naming the file when the bytes are not text."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from align.errors import InputError
from align.script.chars import is_han, is_hangul
from align.text.html import declared_charset

# Encodings the press actually uses, in the order we trust a clean decode. charset-normalizer
# decides among the legacy ones; these are tried first because a clean decode is decisive.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY_CJK = ("gb18030", "cp949", "big5")


@dataclass(frozen=True)
class DecodedText:
    """A file's text after decoding; offsets everywhere in the toolkit index into `text`."""

    path: str
    text: str
    encoding: str


def decode_bytes(raw: bytes, path: str = "<bytes>") -> DecodedText:
    """Decode bytes as UTF-8/UTF-16/UTF-32 (BOM), CP949, GB18030 or Big5, refusing binary data."""
    return _refuse_binary(_decode(raw, path))


def _decode(raw: bytes, path: str) -> DecodedText:
    if not raw.strip():
        raise InputError("file is empty", path)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return DecodedText(path, _strict(raw, encoding, path), encoding)
    if _looks_utf16(raw):
        encoding = "utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"
        return DecodedText(path, _strict(raw, encoding, path), encoding)
    if b"\x00" in raw:
        raise InputError("binary file (contains NUL bytes), not text", path)
    try:
        return DecodedText(path, raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(raw)  # a page's own word, taken when the bytes bear it out
    if declared is not None:
        try:
            return DecodedText(path, raw.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    legacy = _guess_legacy(raw)
    if legacy is None:
        raise InputError("cannot decode: not UTF-8, UTF-16, CP949/EUC-KR, GB18030/GBK or Big5 text", path)
    encoding = legacy
    return DecodedText(path, raw.decode(encoding), encoding)


def _refuse_binary(decoded: DecodedText) -> DecodedText:
    """Text that decodes but is mostly control characters is binary data, not an article."""
    sample = decoded.text[:4096]
    controls = sum(1 for ch in sample if not ch.isprintable() and ch not in "\n\r\t\ufeff\u3000\u00a0")
    if controls > len(sample) // 20:
        raise InputError("binary file (control characters), not text", decoded.path)
    return decoded


def read_text(path: str | Path) -> DecodedText:
    """Read and decode one input file, with a one-line error naming it when that is impossible."""
    p = Path(path)
    if p.is_dir():
        raise InputError("is a directory, expected a text file", p)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", p) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", p) from None
    return decode_bytes(raw, str(p))


def _strict(raw: bytes, encoding: str, path: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"cannot decode as {encoding} at byte {error.start}", path) from None


def _looks_utf16(raw: bytes) -> bool:
    """BOM-less UTF-16: NUL bytes concentrated on one parity, as ASCII/CJK text in UTF-16 has."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > len(sample) // 16 and min(even, odd) < max(even, odd) // 4


def _guess_legacy(raw: bytes) -> str | None:
    """Pick the legacy CJK codec that decodes cleanly and reads most like real text."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=list(_LEGACY_CJK) + ["euc_kr", "gbk", "big5hkscs"]).best()
    if best is not None:
        return best.encoding
    candidates = []
    for encoding in _LEGACY_CJK:
        try:
            candidates.append((_text_score(raw.decode(encoding)), encoding))
        except UnicodeDecodeError:
            continue
    return max(candidates)[1] if candidates else None


def _text_score(text: str) -> float:
    common = sum(1 for ch in text if is_hangul(ch) or is_han(ch) or ch.isascii())
    return common / max(len(text), 1)
