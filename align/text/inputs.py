"""Input files as documents: the language of a text, a file of one sentence per line
(`--presegmented`), or a scraped article cleaned and segmented; a Korean and a Chinese input
checked for the language each is written in.

Reading a presegmented file needs neither the cleaner nor the splitter, and does not import them:
`align sentences --presegmented` starts without compiling the cleaning rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from align.errors import InputError, LanguageError, expect_path
from align.script.chars import count_scripts, script_language
from align.text.archives import ARCHIVE_NAMES, PAGE_NAMES
from align.text.decode import read_text
from align.text.document import Document, Sentence
from align.text.entities import INVISIBLE
from align.types import LANGUAGES, Lang

_NONBLANK_LINE = re.compile(r"\S(?:[^\n\r]*\S)?")
LINE_BREAK = re.compile(r"\r\n|\r|\n")  # what ends a line of a presegmented file (`nonblank_lines` reads its lines so)


def detect_language(text: str, path: str | None = None) -> str:
    """'ko' when Hangul makes up a real share of the letters, 'zh' when Chinese characters dominate."""
    hangul, han = count_scripts(text)
    if hangul == 0 and han == 0:
        raise InputError("cannot tell the language (no Hangul or Chinese characters): give it, lang='ko' or 'zh' (--lang on the command line)", path)
    return script_language(hangul, han)


def check_lang(lang: str) -> None:
    """A ValueError unless `lang` is one of `LANGUAGES`."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)} or 'auto'")


def nonblank_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the non-blank lines of `text`, their surrounding white space left out."""
    return [match.span() for match in _NONBLANK_LINE.finditer(text)]


HTML_SUFFIXES = PAGE_NAMES | ARCHIVE_NAMES  # the names of saved pages, and of e-mails that bring one (all also told by their content)


def read_presegmented(path: str | Path, lang: str = "auto") -> Document:
    """A file with one sentence per line (blank lines skipped); offsets still index the file's text."""
    decoded = read_text(path, lang)
    lang = detect_language(decoded.text, decoded.path) if lang == "auto" else lang
    check_lang(lang)
    text = decoded.text
    # the clean text as a reader sees it: invisible format characters left out, and a line of nothing else is blank
    lines = [(start, end) for start, end in nonblank_lines(text) if INVISIBLE.sub("", text[start:end]).strip()]
    sentences = tuple(
        Sentence(decoded.path, index, lang, start, end, text[start:end], index, INVISIBLE.sub("", text[start:end]).strip())
        for index, (start, end) in enumerate(lines)
    )
    return Document(decoded.path, lang, text, sentences, encoding=decoded.encoding)


def read_document(
    path: str | Path,
    lang: str = "auto",
    presegmented: bool = False,
    split_semicolons: bool = False,
    keep_boilerplate: bool = False,
    lang_check: bool = True,
) -> Document:
    """An input file as a document: one sentence per line when `presegmented`, else cleaned and
    segmented (`segment_file`, which warns when `lang` names a language the file is not written in,
    unless `lang_check` is off)."""
    if presegmented:
        return read_presegmented(expect_path(path), lang)
    from align.text.segment import segment_file

    return segment_file(path, lang, split_semicolons, keep_boilerplate, lang_check=lang_check)


def read_pair(
    ko: str | Path, zh: str | Path, presegmented: bool = False, lang_check: bool = True, keep_boilerplate: bool = False
) -> tuple[Document, Document]:
    """A Korean and a Chinese input read as documents (see `read_document`); an input in the other
    language (the files given the wrong way round, or two Chinese files) is an error naming it,
    unless `lang_check` is off."""
    ko_doc = read_document(ko, "ko", presegmented, keep_boilerplate=keep_boilerplate, lang_check=False)
    zh_doc = read_document(zh, "zh", presegmented, keep_boilerplate=keep_boilerplate, lang_check=False)
    if lang_check:
        check_pair((ko_doc.text, ko_doc.doc), (zh_doc.text, zh_doc.doc))
    return ko_doc, zh_doc


def check_pair(ko: tuple[str, str | None], zh: tuple[str, str | None], opt_out: str = "") -> None:
    """A LanguageError naming the input when the Korean report's text (`ko`: text and the name of
    its file) or the Chinese one's is written in the other language: the two given the wrong way
    round, or two of one language. `opt_out` says how to turn the check off, where the caller can."""
    ko_written, zh_written = written_in(ko[0]), written_in(zh[0])
    then = f" (or pass {opt_out})" if opt_out else ""
    if ko_written == "zh" and zh_written == "ko":
        raise LanguageError(f"the Korean input is Chinese and the Chinese input Korean: give the Korean report first{then}", ko[1] or "ko")
    for (_, name), expected, written in ((ko, "ko", ko_written), (zh, "zh", zh_written)):
        if written not in (None, expected):
            raise LanguageError(f"given as the {language_name(expected)} report, but it is written in {language_name(written)}{then}", name or expected)


@dataclass(frozen=True)
class SortedPiles:
    """Two piles of articles after the language check: the ones kept for each side, and each article
    left out for being written in the other side's language (its file and that language)."""

    ko: tuple[Document, ...]
    zh: tuple[Document, ...]
    left_out: tuple[tuple[str, str], ...]


def sort_piles(ko: Sequence[Document], zh: Sequence[Document], ko_pile: str | Path | None = None, zh_pile: str | Path | None = None) -> SortedPiles:
    """Keep each pile's articles written in its language (an article too short to tell stays). Piles
    given the wrong way round (most of the Korean pile Chinese and most of the Chinese pile Korean)
    are an error naming `ko_pile`: pairing them would find no pair, or only wrong ones; so is one
    pile given for both (most of one pile in the other's language), naming that pile."""
    ko_written = [written_in(document.text) for document in ko]
    zh_written = [written_in(document.text) for document in zh]
    ko_wrong, zh_wrong = 2 * ko_written.count("zh") > len(ko), 2 * zh_written.count("ko") > len(zh)
    if ko and zh and ko_wrong and zh_wrong:
        raise LanguageError("the Korean articles are Chinese and the Chinese articles Korean: give the Korean pile first", ko_pile)
    for wrong, pile, written, expected in ((ko_wrong, ko_pile, ko_written, "ko"), (zh_wrong, zh_pile, zh_written, "zh")):
        if wrong:
            other = "zh" if expected == "ko" else "ko"
            raise LanguageError(
                f"{written.count(other)} of its {len(written)} articles are written in {language_name(other)}, not {language_name(expected)}: "
                f"give the {language_name(expected)} pile here (the same pile twice?)",
                pile,
            )
    kept: dict[str, tuple[Document, ...]] = {}
    left_out: list[tuple[str, str]] = []
    for documents, expected, languages in ((ko, "ko", ko_written), (zh, "zh", zh_written)):
        kept[expected] = tuple(document for document, written in zip(documents, languages, strict=True) if written in (None, expected))
        left_out += [(document.doc, written) for document, written in zip(documents, languages, strict=True) if written not in (None, expected)]
    return SortedPiles(kept["ko"], kept["zh"], tuple(left_out))


def language_mismatch(document: Document, lang: str | None = None) -> str | None:
    """The language a document is written in when it is not `lang` (by default the one it was read
    as: a `--lang` that names the other language), else None; None too for a text too short to tell."""
    written = written_in(document.text)
    return written if written not in (None, lang or document.lang) else None


def misread_note(document: Document, given: str) -> str | None:
    """One line saying that a document was read as a language it is not written in (`given`: how
    the caller named that language, `--lang ko` or `lang='ko'`), or None when it was not."""
    written = language_mismatch(document)
    if written is None:
        return None
    read_as = language_name(document.lang)
    return f"read as {read_as} ({given}), but it is written in {language_name(written)}: its sentences are split by the {read_as} rules"


def require_language(document: Document, given: str, lang: str | None = None, opt_out: str = "--no-lang-check") -> Document:
    """The document, or a LanguageError naming its file when it is written in another language than
    `lang` (by default the one it was read as); `given` says how the user named that language
    (`--src ko`, `src='ko'`), `opt_out` how to turn the check off."""
    lang = lang or document.lang
    written = language_mismatch(document, lang)
    if written is not None:
        raise LanguageError(f"given as {language_name(lang)} ({given}), but it is written in {language_name(written)}: give its language, or pass {opt_out}", document.doc)
    return document


def language_name(lang: str) -> str:
    """`Korean` for ko, `Chinese` for zh."""
    return Lang(lang).name_in_english


def written_in(text: str, least: int = 20) -> str | None:
    """The language a text is written in ('ko' or 'zh'), or None when it has fewer than `least`
    Hangul and Chinese letters: too few to tell."""
    hangul, han = count_scripts(text)
    return None if hangul + han < least else script_language(hangul, han)
