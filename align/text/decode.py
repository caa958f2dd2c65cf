"""Reading text files whatever their encoding: BOMs, UTF-8/16/32, CP949, GB18030 and Big5, with
one-line errors naming the file when the bytes are not text."""

from __future__ import annotations

import codecs
import dataclasses
import re
import stat
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from align.errors import InputError
from align.script.chars import HAN, HAN_CHAR, HANGUL, count_scripts, is_han, is_hangul
from align.text.archives import MARKUP_TYPES, SavedPage, saved_page
from align.text.charsets import PRESS_CODECS, charset_codec, declared_charset, is_western, without_markup

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
    damaged: tuple[Damage, ...] = ()  # byte ranges that could not be decoded, each one U+FFFD in `text`
    markup: bool | None = None  # True: a saved archive or an e-mail says its page is markup; None: the text says
    archived: bool = False  # the text is the page a saved archive or an e-mail holds, not the file's


@dataclass(frozen=True)
class Damage:
    """Bytes `start`–`end` of the file did not decode; `offset` is their U+FFFD in the text."""

    offset: int
    start: int
    end: int
    in_part: bool = False  # the bytes are those of the page part an archive or an e-mail holds, not the file's

    @property
    def reason(self) -> str:
        return f"undecodable bytes at {self.start}–{self.end}" + (" of its page part" if self.in_part else "")


_SEVEN_BIT = frozenset({"iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "hz", "utf-7"})  # charsets of ASCII bytes (RFC 1557 mail)


def decode_bytes(raw: bytes, path: str = "<bytes>", lang: str | None = None) -> DecodedText:
    """Decode bytes as UTF-8/UTF-16/UTF-32 (BOM), CP949, GB18030 or Big5, refusing binary data. With
    the text's language known (`lang`, `ko` or `zh`), a legacy codec of that language that reads the
    bytes as text beats a guess of the other's (a line or two of GB18030 reads as CP949 too). A page
    saved as one file (MHTML, a Safari web archive, an e-mail: `align.text.archives`) is read as the
    page it holds, in the charset the archive declares when the bytes bear it out; the text, its
    offsets and any undecodable byte ranges are that page's."""
    page = saved_page(raw, path, lang)  # a page saved as one file (MHTML, a web archive), an e-mail: the page it holds
    if page is None:
        return _with_text(_refuse_binary(_decode(raw, path, lang)), path)
    return _page_part(page, path, lang)


def _page_part(page: SavedPage, path: str, lang: str | None) -> DecodedText:
    """The text of the page an archive holds (`saved_page`), in the charset the archive names for it
    when the bytes bear it out: a 7-bit mail charset (ISO-2022-KR, HZ, UTF-7) before UTF-8, whose
    reading of its ASCII bytes says nothing; a Western single-byte one, a mail client's or a server's
    default, only when the bytes read as nothing else (Latin-1 reads any bytes: the page's own `<meta>`
    charset, or the bytes, say first).
    A part declared HTML or XHTML is markup; a plain-text one is what its text says (a whole page sent
    as plain text is a page). Undecodable bytes are named as the part's."""
    charset = charset_codec(page.charset) if page.charset else None
    raw = page.content
    if charset is not None and codecs.lookup(charset).name in _SEVEN_BIT and raw.isascii():
        try:
            decoded = DecodedText(path, raw.decode(charset), charset)
        except UnicodeError:
            decoded = _decode(raw, path, lang)
    else:
        western = charset is not None and is_western(charset)
        try:
            decoded = _decode(raw, path, lang, None if western else charset)
        except InputError:
            if not western:
                raise
            decoded = _decode(raw, path, lang, charset)  # (bytes no press codec reads: Latin-1 after all, a page of character references)
    decoded = _with_text(_refuse_binary(decoded), path, "the page an archive holds has no text")
    damaged = tuple(dataclasses.replace(damage, in_part=True) for damage in decoded.damaged)
    return dataclasses.replace(decoded, damaged=damaged, markup=True if page.content_type in MARKUP_TYPES else None, archived=True)


def _with_text(decoded: DecodedText, path: str, what: str = "") -> DecodedText:
    """`decoded`, or one line naming the file when it holds a byte-order mark and white space and
    nothing else (`what` the line's words before its `_empty` account, for an archive's page)."""
    bare = decoded.text.replace("\ufeff", "")
    if not bare.strip():
        raise InputError(f"{what} ({_empty(bare)})" if what else _empty(bare), path)
    return decoded


def _empty(text: str) -> str:
    """What an input with no text holds: nothing, or blank lines only (a file of three blank lines
    is not empty to the user who made it), counted in the decoded text (a UTF-16 line end is two bytes)."""
    lines = text.count("\n") + (not text.endswith("\n"))
    return "file is empty" if not text else f"file has no text: {lines} blank line{'s' if lines != 1 else ''}" if lines > 1 else "file has no text, only white space"


def _decode(raw: bytes, path: str, lang: str | None = None, charset: str | None = None) -> DecodedText:
    """The text of `raw` (see `decode_bytes`): a byte-order mark's encoding, UTF-16 without one, UTF-8
    (damaged or mixed with a line of another codec), the charset declared (`charset`, an archive's
    word for its page, before the page's own `<meta>`) when the bytes bear it out, else the legacy
    codec charset-normalizer guesses, checked against `lang`."""
    if not raw.strip():
        raise InputError(_empty(raw.decode("latin-1")), path)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return DecodedText(path, _strict(raw, encoding, path), encoding)
    if _looks_utf16(raw):
        encoding = "utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"
        return DecodedText(path, _strict(raw, encoding, path), encoding)
    if b"\x00" in raw:
        utf16 = _bomless_utf16(raw)
        if utf16 is None:
            raise InputError("binary file (contains NUL bytes), not text", path)
        return DecodedText(path, *utf16)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        repaired = _repaired_mojibake(text)
        return DecodedText(path, *repaired) if repaired is not None else DecodedText(path, text, "utf-8")
    forgiving = _mostly_utf8(raw)
    if forgiving is not None:
        own = _own_language_codec(raw, lang) if forgiving[2] and (charset or declared_charset(raw)) is None else None
        return DecodedText(path, raw.decode(own), own) if own else DecodedText(path, *forgiving)  # (damaged UTF-8 that a codec of the language given reads whole is that codec's)
    declared = charset or declared_charset(raw)  # the archive's or the page's own word, taken when the bytes bear it out
    if declared is not None:
        try:
            text = raw.decode(declared)
            if _text_score(text) >= 0.95:  # Latin-1 decodes anything: the result must read as text
                other = _reads_better_than(raw, declared)
                if other:
                    return DecodedText(path, raw.decode(other), other)
                mixed = _mostly_declared(raw, declared) if declared in _MIXED_CODECS else None  # (GB18030 reads a UTF-8 widget too, into mojibake)
                return DecodedText(path, *mixed) if mixed else DecodedText(path, text, declared)
        except UnicodeError:  # (a decoding error, or a codec that fails otherwise)
            mixed = _mostly_declared(raw, declared)
            if mixed is not None:
                return DecodedText(path, *mixed)
        except LookupError:
            pass
    legacy = _guess_legacy(raw)
    if legacy is None:
        raise InputError("cannot decode: not UTF-8, UTF-16, CP949/EUC-KR, GB18030/GBK or Big5 text", path)
    if codecs.lookup(legacy).name in ("cp949", "euc_kr") and lang != "ko" and _interleaved(raw.decode(legacy), 1 if lang == "zh" else _INTERLEAVED_RUNS):
        legacy = _own_language_codec(raw, "zh") or legacy  # Chinese bytes read as CP949: Han characters inside Hangul words (`쒸뀁婁삿죄`)
    encoding = legacy
    return DecodedText(path, raw.decode(encoding), encoding)


def _mostly_utf8(raw: bytes) -> tuple[str, str, tuple[Damage, ...]] | None:
    """UTF-8 with a little damage: a line in another encoding appended (read in that encoding when
    one of the press's legacy codecs reads it cleanly), a file cut inside its last character. The
    text, its encoding (`utf-8+cp949` when lines needed another codec) and the undecodable runs,
    one U+FFFD each; None when too much is damaged for the file to be UTF-8 at all."""
    high = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    if len(_ESCAPED.findall(raw.decode("utf-8", "surrogateescape"))) > _UTF8_MAJORITY * high:
        return None  # most non-ASCII bytes are no UTF-8 (each line's count below is at least as high): no line needs reading
    pieces: list[str] = []
    damaged: list[Damage] = []
    others: set[str] = set()
    length = offset = not_utf8 = 0
    hangul, han = count_scripts(raw.decode("utf-8", "ignore"))
    korean = hangul >= han  # the language of the rest
    for line in raw.split(b"\n"):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            legacy = _legacy_line(line, korean)
            if legacy is not None:
                text, codec = legacy
                others.add(codec)
                not_utf8 += sum(1 for byte in line if byte >= 0x80)  # a line in another encoding: all its high bytes
            else:
                text, runs = _replace_runs(line, offset, length)
                damaged.extend(runs)
                not_utf8 += sum(run.end - run.start for run in runs)  # a damaged line: only what does not decode (a page on one line, minified, is one line)
        pieces.append(text)
        length += len(text) + 1
        offset += len(line) + 1
    if not_utf8 > _UTF8_MAJORITY * high:
        return None  # not UTF-8 with some damage: a legacy file (or mostly one), decided as a whole
    if sum(d.end - d.start for d in damaged) > max(_DAMAGE_BYTES, _DAMAGE_SHARE * high):
        return None
    return "\n".join(pieces), "+".join(["utf-8", *sorted(others)]), tuple(damaged)


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")  # what `_mostly_declared` strips to judge a line's other characters
_MIXED_CODECS = frozenset(["gb18030", "big5hkscs", "cp949"])  # the legacy codecs a page's UTF-8 lines are looked for in (`_mostly_declared`)


def _mostly_declared(raw: bytes, declared: str) -> tuple[str, str] | None:
    """A page in its declared legacy codec but for a few lines in UTF-8 (a Big5 page whose share
    widget a later template wrote in UTF-8: `title='討論'`): each line read in the codec that reads it
    cleanly, UTF-8 first when it reads as Korean or Chinese, and its encoding `big5hkscs+utf-8`; None when no
    line is UTF-8, when a line reads in neither, when the UTF-8 lines hold most of the non-ASCII bytes (a UTF-8 page, read as one), or
    when the result does not read as text."""
    pieces: list[str] = []
    high = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    in_utf8 = 0
    for line in raw.split(b"\n"):
        high_bytes = sum(1 for byte in line if byte >= 0x80)
        if high_bytes:
            # UTF-8 first when it reads as Korean or Chinese text: a legacy codec reads most UTF-8 lines too (GB18030
            # any) into mojibake, while legacy bytes that happen to be UTF-8 read as other scripts (GBK `(一)` as `(һ)`)
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                text = ""
            if text and _text_score(_ASCII_RUNS.sub("", text)) >= 0.95:  # (its non-ASCII letters: a GB2312 系统 is valid UTF-8 too, ϵͳ)
                pieces.append(text)
                in_utf8 += high_bytes
                continue
        try:
            pieces.append(line.decode(declared))
        except UnicodeError:
            return None
    text = "\n".join(pieces)
    if not in_utf8 or in_utf8 > _UTF8_MAJORITY * high or _text_score(text) < 0.95:
        return None
    return text, f"{declared}+utf-8"


def _legacy_line(line: bytes, korean: bool) -> tuple[str, str] | None:
    """A line that one of the legacy CJK codecs reads cleanly as text of the file's language
    (Hangul from CP949 in a Korean file; Chinese characters from GB18030 or Big5 in a Chinese one):
    GB18030 reads almost any bytes, so a clean decode alone decides nothing."""
    for codec in ("cp949", "gb18030", "big5") if korean else ("gb18030", "big5", "cp949"):
        try:
            text = line.decode(codec)
        except UnicodeDecodeError:
            continue
        hangul, han = count_scripts(text)
        letters = hangul + han
        fits = hangul > letters / 2 if korean else han > letters / 2
        if letters and fits and _text_score(text) >= 0.95:
            return text, codec
    return None


def _replace_runs(line: bytes, offset: int, length: int) -> tuple[str, list[Damage]]:
    """A line with each undecodable run of bytes as one U+FFFD, and where the runs were."""
    pieces: list[str] = []
    runs: list[Damage] = []
    position = 0
    while True:
        try:
            pieces.append(line[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            good = line[position : position + error.start].decode("utf-8")
            pieces.append(good)
            length += len(good)
            start = position + error.start
            end = position + error.end
            while end < len(line) and _utf8_invalid_at(line, end):
                end += 1  # one damaged run, however many bytes
            runs.append(Damage(length, offset + start, offset + end))
            pieces.append("\ufffd")
            length += 1
            position = end
    return "".join(pieces), runs


_HIGH_BYTES = bytes(range(0x80, 0x100))
_ESCAPED = re.compile("[\udc80-\udcff]")  # a byte no UTF-8 sequence holds, as `surrogateescape` decodes it
_DAMAGE_BYTES = 64  # a UTF-8 file may have this many undecodable bytes…
_DAMAGE_SHARE = 0.05  # …or this share of its non-ASCII bytes, and still be read as UTF-8…
_UTF8_MAJORITY = 0.5  # …when no more than this share of its non-ASCII bytes is in lines that are not UTF-8


def _utf8_invalid_at(raw: bytes, index: int) -> bool:
    """Whether the byte at `index` cannot start a valid UTF-8 sequence."""
    for size in (1, 2, 3, 4):
        try:
            raw[index : index + size].decode("utf-8")
            return False
        except UnicodeDecodeError as error:
            if error.reason != "unexpected end of data":
                return True
    return True


def _bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark, whose text is mostly CJK (few NUL bytes, so the parity test
    does not see it): the byte order that decodes to real text, if one does."""
    if len(raw) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _text_score(text) >= 0.95:
            return text, encoding
    return None


def _repaired_mojibake(text: str) -> tuple[str, str] | None:
    """Korean or Chinese text that was once read in the wrong codepage and saved as UTF-8
    (`°æºÏ°æÂûû`: CP949 bytes read as Latin-1; `ê²½ì°°`: UTF-8 read as Windows-1252): its original
    text and a name for what was done, when the Latin-1 or Windows-1252 bytes of the text decode as
    UTF-8, CP949, GB18030 or Big5 into text that reads as Korean or Chinese. Repaired run by run: a
    character that reading cannot have made (an emoji, an arrow) stays as it is, and so does a run
    that does not decode (a character cut off at the end). Text with Hangul or Chinese characters
    of its own, or with little that a wrong reading makes (`±±±`), is left alone."""
    sample = text[:20000]
    high = sum(1 for ch in sample if "\x80" <= ch <= "\xff")
    if high < _MOJIBAKE_LEAST or high < len(sample.strip()) // 5 or any(is_hangul(ch) or is_han(ch) for ch in sample):
        return None
    runs = [(match.span(), _single_byte(match.group())) for match in _SINGLE_BYTE_RUN.finditer(text)]
    joined = b"".join(raw for _, raw in runs)
    # UTF-8 first (its byte patterns are strict); CP949 bytes also decode as GB18030, so the legacy
    # codec is chosen as for a file
    for encoding in ("utf-8", _guess_legacy(joined)):
        if encoding is None:
            continue
        pieces, position = [], 0
        for (start, end), raw in runs:
            pieces.append(text[position:start])
            try:
                pieces.append(raw.decode(encoding))
            except UnicodeDecodeError:
                pieces.append(text[start:end])
            position = end
        original = "".join(pieces) + text[position:]
        letters = sum(1 for ch in original[:20000] if is_hangul(ch) or is_han(ch))
        if letters >= high // 4 and _text_score(original) >= 0.95:
            misread = "windows-1252" if any(ch in _CP1252_EXTRA for ch in text) else "latin-1"
            return original, f"{encoding}, read as {misread} and saved as utf-8 (repaired)"
    return None


_MOJIBAKE_LEAST = 20  # characters a wrong reading makes (U+0080-U+00FF) in a text worth repairing
# what a Windows-1252 (or Latin-1) reading of bytes gives: U+0000-U+00FF and the 27 other characters of Windows-1252
_CP1252_EXTRA = "".join(bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
_SINGLE_BYTE_RUN = re.compile("[\x00-\xff" + re.escape(_CP1252_EXTRA) + "]+")


def _single_byte(text: str) -> bytes:
    """The bytes a Windows-1252 (or Latin-1) reading turned into `text` (a run of `_SINGLE_BYTE_RUN`):
    U+0000-U+00FF are their own byte (Latin-1, and the C1 controls a browser gives the five bytes
    Windows-1252 leaves undefined), the other Windows-1252 characters (€, „, …) theirs."""
    return bytes(ord(ch) if ch <= "\xff" else ch.encode("cp1252")[0] for ch in text)


# characters of text that `str.isprintable` refuses: white space, the line and paragraph separators, and the
# format characters a page puts between letters without showing them (a zero-width space, a soft hyphen, a word joiner)
_TEXT_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cf"})


def _refuse_binary(decoded: DecodedText) -> DecodedText:
    """Text that decodes but is mostly control characters (or private-use, unassigned or surrogate code
    points) is binary data, not an article; invisible format characters (U+200B, U+00AD) are text's."""
    sample = decoded.text[:4096]
    controls = sum(1 for ch in sample if not ch.isprintable() and ch not in "\n\r\t" and unicodedata.category(ch) not in _TEXT_CATEGORIES)
    if controls > len(sample) // 20:
        raise InputError("binary file (control characters), not text", decoded.path)
    return decoded


def require_file(path: str | Path) -> Path:
    """`path` as a Path, or one line naming it when it is a folder, does not exist or cannot be
    looked at (in a folder that may not be read)."""
    p = Path(path)
    try:
        mode = p.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise InputError("no such file", p) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", p) from None
    if stat.S_ISDIR(mode):
        raise InputError("is a directory, expected a text file", p)
    refuse_device(p, mode)
    return p


def refuse_device(path: Path, mode: int | None = None) -> None:
    """One line naming `path` when it is a character or block device (`/dev/zero`, a disk): read
    to its end, it never ends. A pipe or a FIFO (`/dev/stdin` in a pipeline) is read as a file."""
    if mode is None:
        try:
            mode = path.stat().st_mode
        except OSError:
            return  # (reading it says what is wrong)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise InputError("is a device, not a file: it cannot be read to its end", path)


def read_text(path: str | Path, lang: str | None = None) -> DecodedText:
    """Read and decode one input file, with a one-line error naming it when that is impossible (in
    language `lang`, `ko` or `zh`, when it is known: `decode_bytes`)."""
    p = require_file(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", p) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", p) from None
    return decode_bytes(raw, str(p), lang if lang in ("ko", "zh") else None)


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


_CHAOS_MARGIN = 0.03  # how much less chaotic (charset_normalizer's mess ratio) another codec's reading must be than the declared one's




COMMON_HAN_FILE = "common_han.txt"  # derived by `align.terms.words.common_han_text` (scripts/build_common_han.py)
_PLAUSIBLE_LETTERS = 200  # Hangul and Han letters a reading needs before its plausibility is judged
_PLAUSIBILITY_MARGIN = 0.15  # how much more of another reading's letters must be Hangul or common Han


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    from align.data import data_lines

    return frozenset("".join(data_lines(COMMON_HAN_FILE)))


def _plausibility(raw: bytes, codec: str) -> tuple[float, int] | None:
    """The share of a reading's Hangul and Han letters that are Hangul or common Han characters
    (`common_han.txt`), and how many letters it has: near 1 for Korean or Chinese text, far less
    for bytes of another codec read as Chinese characters (Big5 read as GB18030); None when the
    bytes do not decode in `codec`."""
    try:
        text = raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    hangul, han = count_scripts(text)
    if not hangul + han:
        return 0.0, 0
    common = _common_han()
    return (hangul + sum(1 for character in HAN_CHAR.findall(text) if character in common)) / (hangul + han), hangul + han


def _reads_better_than(raw: bytes, declared: str) -> str | None:
    """Another legacy CJK codec whose reading of `raw` is markedly less chaotic than the declared
    codec's, or markedly more of whose letters are Hangul or common Han characters, when there is one: EUC-KR bytes also decode as GB18030, into Chinese characters that
    make no text (`耖傍救何 焊捞胶乔教`), so a Korean page that declares gb2312 reads as Korean, and
    Big5 bytes declared gb2312 as Big5 (the readings of the page's text without its markup; one
    charset-normalizer gives up on is as chaotic as can be); None when the declared codec reads as
    well as any."""
    from charset_normalizer import from_bytes

    try:
        own = codecs.lookup(declared).name
    except LookupError:
        return None
    if own not in {codecs.lookup(name).name for name in PRESS_CODECS}:
        return None
    shown = without_markup(raw)
    readings = {codecs.lookup(match.encoding).name: match.chaos for match in from_bytes(shown, cp_isolation=list(PRESS_CODECS))}
    if readings:
        best = min(readings, key=lambda name: readings[name])
        if best != own and readings[best] + _CHAOS_MARGIN <= readings.get(own, 1.0):
            return best
    # a reading can be as orderly as the right one and still no text: Big5 bytes read as GB18030
    # are Chinese characters, rare ones; the reading most of whose letters are common stands
    plausible = {codecs.lookup(codec).name: value for codec in PRESS_CODECS if (value := _plausibility(shown, codec)) is not None}
    judged = {name: share for name, (share, letters) in plausible.items() if letters >= _PLAUSIBLE_LETTERS}
    if not judged or own not in plausible:
        return None
    best = max(judged, key=lambda name: judged[name])
    return best if best != own and judged[best] >= plausible[own][0] + _PLAUSIBILITY_MARGIN else None


_LANGUAGE_CODECS = {"ko": ("cp949",), "zh": ("gb18030", "big5hkscs")}
_OWN_PLAUSIBLE = 0.9  # a codec of the text's language reads it when this share of its letters are Hangul or common Han characters


def _own_language_codec(raw: bytes, lang: str | None) -> str | None:
    """The legacy codec of language `lang` that reads all of `raw` as text of that language (its
    letters nearly all Hangul or common Han characters, `_plausibility`), the best reading of several;
    None when `lang` is unknown or none does."""
    readings = [(plausible, codec) for codec in _LANGUAGE_CODECS.get(lang or "", ()) if (plausible := _plausibility(raw, codec)) is not None and plausible[1]]
    best = max(readings, default=None)
    return best[1] if best is not None and best[0][0] >= _OWN_PLAUSIBLE else None


_EMBEDDED_HAN = re.compile(f"(?<=[{HANGUL}])[{HAN}]+")  # Han characters written inside a Hangul word, after a syllable
_INTERLEAVED_RUNS = 2  # a CP949 reading with this many such runs (this many at least a tenth of its letters) is Chinese read wrong…


def _interleaved(text: str, least: int) -> bool:
    """Whether Han characters stand inside Hangul words, after a syllable, at least `least` times (and,
    from two on, for a tenth of the letters), as no Korean text writes them: Korean writes a Han word
    apart, in brackets or as a word's first character (`경찰(警察)`, `中공안`, once `재中동포`), not
    `쒸뀁婁삿죄鞠虜훙` (…; with the text's language given as Chinese, once is enough)."""
    hangul, han = count_scripts(text)
    runs = len(_EMBEDDED_HAN.findall(text))
    return bool(hangul and han) and runs >= least and (least < _INTERLEAVED_RUNS or runs >= 0.1 * (hangul + han) / 2)


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
    """The share of `text`'s characters that Korean or Chinese text is made of: Hangul, Han, ASCII,
    CJK punctuation and full-width forms (counted by one regular expression: a 10 MB page in a
    second, not a character loop)."""
    return (len(text) - len(_UNCOMMON.findall(text))) / max(len(text), 1)


_UNCOMMON = re.compile(f"[^\x00-\x7f\u3000-\u303f\uff00-\uffef{HANGUL}{HAN}]")
