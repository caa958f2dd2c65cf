"""Segmentation: decoded text -> cleaned article -> sentences with offsets into the original.

Every later stage consumes `Sentence`s. The contract: `document.text[s.start:s.end] == s.text`,
and every non-space character of the input is in a sentence or in a `Dropped` span with a reason.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from align.errors import InputError, LanguageWarning, expect_path, expect_text
from align.script.chars import BAR, HAN
from align.script.numbers import iso_datetime
from align.text.clean import CleanedText, CleaningSettings, Paragraph, character_bigrams, clean, count_letters, without_spaces
from align.text.clean.prose import page_line
from align.text.decode import Damage, read_text
from align.text.document import INLINE_REASONS, Document, Dropped, Flag, Metadata, Sentence
from align.text.entities import INVISIBLE, ShownText, entity_text, without_invisible
from align.text.html import LIST_MARK, ExtractionSettings, ends_like_a_sentence, extract_html, looks_like_html, marked_damage, page_headline, unmarked_damage
from align.text.inputs import check_lang, detect_language, misread_note, nonblank_lines
from align.text.split import split_chinese, split_korean
from align.types import ExtractedFrom


def _paragraph_sentences(
    cleaned: CleanedText, paragraph: Paragraph, lang: str, split_semicolons: bool
) -> list[tuple[int, int]]:
    body = cleaned.text[paragraph.start : paragraph.end]
    if paragraph.heading:
        return [(paragraph.start, paragraph.end)]
    if lang == "zh":
        protected = tuple(
            (f.start - paragraph.start, f.end - paragraph.start)
            for f in cleaned.flags
            if paragraph.start <= f.start < paragraph.end
        )
        spans = split_chinese(body, split_semicolons, protected)
    else:
        spans = split_korean(body)
    return [(paragraph.start + s, paragraph.start + e) for s, e in spans]


def _without(text: str, start: int, end: int, removed: list[Dropped]) -> str:
    """The sentence `text[start:end]` without the spans removed inside it. An HTML entity is read as
    the character it stands for (`AT&amp;T` is `AT&T`, `2&#44;160` is `2,160`); one that stands for a
    space (`&nbsp;`, `&#160;`) leaves a space only between two non-space characters (`오늘&nbsp;용의자를`
    is `오늘 용의자를`), and one for an invisible format character (`&shy;`, `&#8203;`) leaves nothing."""
    pieces = []
    position = start
    for span in removed:
        if span.start >= max(start, position) and span.end <= end:  # (a span inside one taken already is taken with it)
            pieces.append(text[position : span.start])
            if span.reason == "html-entity":
                pieces.append(entity_text(span.text, text[span.start - 1 : span.start] if start < span.start else " ", text[span.end : span.end + 1] if span.end < end else " "))
            position = span.end
    pieces.append(text[position:end])
    return _unwrapped("".join(pieces))


# a line break inside a sentence (copy wrapped at clause boundaries, rejoined by the cleaner): gone
# between two Chinese characters (or a Chinese character and a digit or half-width punctuation, or two digits), a
# space elsewhere (between Korean words)
_BREAK_IN_CHINESE = re.compile(
    f"(?<=[{HAN}，、；：“”（）《》「」『』])[ \t\r]*\n\\s*(?=[{HAN}0-9，、。；：！？“”（）《》「」『』,;:()])"
    f"|(?<=[0-9,;:()])[ \t\r]*\n\\s*(?=[{HAN}])|(?<=[0-9])[ \t\r]*\n\\s*(?=[0-9])"
)
_BREAK = re.compile(r"[ \t\r]*\n\s*")


def _unwrapped(sentence: str) -> str:
    """A sentence's text on one line."""
    if "\n" not in sentence:
        return sentence
    return _BREAK.sub(" ", _BREAK_IN_CHINESE.sub("", sentence))


def segment_document(
    text: str,
    lang: str = "auto",
    doc: str = "",
    split_semicolons: bool = False,
    keep_boilerplate: bool = False,
    encoding: str = "utf-8",
    cleaning: CleaningSettings | None = None,
    headline: str | None = None,
) -> Document:
    """Clean (unless `keep_boilerplate`; with `cleaning`'s thresholds when given) and split `text`
    into sentences; `headline` is the headline a page's markup names, if known (see `clean`)."""
    expect_text(text)  # (bytes have no characters yet: decoding them is read_text's, segment_file's, work)
    shown = without_invisible(text)
    if shown.starts is not None:  # invisible format characters: the text is cleaned and split as a reader sees it
        document = segment_document(shown.text, lang, doc, split_semicolons, keep_boilerplate, encoding, cleaning, headline)
        return _shown_back(document, text, shown)
    lang = detect_language(text, doc or None) if lang == "auto" else lang
    check_lang(lang)
    cleaned = _keep_all(text) if keep_boilerplate else clean(text, lang, cleaning, headline)
    inline = [d for d in cleaned.dropped if d.reason in INLINE_REASONS]
    sentences: list[Sentence] = []
    for paragraph in cleaned.paragraphs:
        for start, end in _paragraph_sentences(cleaned, paragraph, lang, split_semicolons):
            clean_text = _without(text, start, end, inline)
            if clean_text.strip() or not any(d.start <= start and end <= d.end for d in inline if d.reason == "footnote-mark"):
                # (a reference mark after a sentence's end, `…超過十年。[4]`, is its dropped span alone, no sentence)
                sentences.append(Sentence(doc, len(sentences), lang, start, end, text[start:end], paragraph.index, clean_text, paragraph.heading))
    return Document(doc, lang, text, tuple(sentences), cleaned.dropped, cleaned.flags, cleaned.metadata, encoding)


def _shown_back(document: Document, text: str, shown: ShownText) -> Document:
    """A document segmented from what `text` shows (`shown`: its invisible format characters left
    out), with every offset back in `text`: its sentences and spans quote `text`, each run of invisible
    characters is a dropped span of its own (inside a kept sentence, as a ruby reading is), and the
    sentences' clean text stays without them."""
    sentences = tuple(
        dataclasses.replace(sentence, start=start, end=end, text=text[start:end])
        for sentence in document.sentences
        for start, end in (shown.span(sentence.start, sentence.end),)
    )
    spans = [Dropped(*span, text[slice(*span)], d.reason) for d in document.dropped for span in (shown.span(d.start, d.end),)]
    covered = sorted((d.start, d.end) for d in spans)
    starts = [start for start, _ in covered]

    def inside_a_span(start: int, end: int) -> bool:  # (dropped spans do not overlap: the one starting last before it)
        k = bisect.bisect_right(starts, start) - 1
        return k >= 0 and covered[k][1] >= end

    # a run of invisible characters is a span of its own unless a dropped line holds it already
    spans += [Dropped(m.start(), m.end(), m.group(), "invisible-character") for m in INVISIBLE.finditer(text) if not inside_a_span(m.start(), m.end())]
    flags = tuple(Flag(*span, text[slice(*span)], f.reason) for f in document.flags for span in (shown.span(f.start, f.end),))
    return dataclasses.replace(document, text=text, sentences=sentences, dropped=tuple(sorted(spans, key=lambda d: (d.start, d.end))), flags=flags)


def _with_damage(document: Document, damaged: tuple[Damage, ...]) -> Document:
    """Undecodable bytes as dropped spans with their byte range, and out of the sentences' `clean`
    text (the sentence itself still quotes the original, U+FFFD and all)."""
    if not damaged:
        return document
    spans = [Dropped(d.offset, d.offset + 1, document.text[d.offset : d.offset + 1], d.reason) for d in damaged]
    # (read again without the inline spans too: a ruby reading or an entity stays out of `clean`)
    inline = sorted([*spans, *(d for d in document.dropped if d.reason in INLINE_REASONS)], key=lambda d: (d.start, d.end))
    sentences = tuple(
        dataclasses.replace(s, clean=_without(document.text, s.start, s.end, inline)) if any(s.start <= d.start < s.end for d in spans) else s
        for s in document.sentences
    )
    dropped = tuple(sorted((*document.dropped, *spans), key=lambda d: (d.start, d.end)))
    return dataclasses.replace(document, sentences=sentences, dropped=dropped)


def _keep_all(text: str) -> CleanedText:
    """Every non-blank line is a paragraph: for text that is already clean."""
    paragraphs = tuple(Paragraph(index, start, end) for index, (start, end) in enumerate(nonblank_lines(text)))
    return CleanedText(text, paragraphs, (), ())


def segment(text: str, lang: str = "auto", doc: str = "", split_semicolons: bool = False) -> list[Sentence]:
    """The sentences of a scraped article (boilerplate removed), with offsets into `text`."""
    return list(segment_document(text, lang, doc, split_semicolons).sentences)


def segment_file(
    path: str | Path,
    lang: str = "auto",
    split_semicolons: bool = False,
    keep_boilerplate: bool = False,
    cleaning: CleaningSettings | None = None,
    extraction: ExtractionSettings | None = None,
    lang_check: bool = True,
) -> Document:
    """Decode a file (any supported encoding) and segment it; errors name the file. A saved HTML
    page (recognised by its content) is read through its extracted main text (with `extraction`'s
    thresholds when given), or with `keep_boilerplate` through all the text it shows, which the
    offsets then index; its title, date and author join the metadata. A `lang` that names the other
    language than the file is written in is a `LanguageWarning` (as `align segment --lang` warns),
    unless `lang_check` is off."""
    document = _segment_file(expect_path(path), lang, split_semicolons, keep_boilerplate, cleaning, extraction)
    note = misread_note(document, f"lang={lang!r}") if lang_check and lang != "auto" else None
    if note is not None:
        warnings.warn(f"{document.doc}: {note}", LanguageWarning, stacklevel=2)
    return document


def _segment_file(
    path: str | Path, lang: str, split_semicolons: bool, keep_boilerplate: bool, cleaning: CleaningSettings | None, extraction: ExtractionSettings | None
) -> Document:
    decoded = read_text(path, lang)
    if not (decoded.markup or looks_like_html(decoded.text)):  # (an archive's word that its page is markup, else the text's)
        document = segment_document(decoded.text, lang, decoded.path, split_semicolons, keep_boilerplate, decoded.encoding, cleaning)
        if decoded.archived:  # the plain text an archive or an e-mail holds: the offsets index it, not the file
            document = dataclasses.replace(document, metadata=dataclasses.replace(document.metadata, extracted_from=ExtractedFrom.ARCHIVE))
        return _undamaged_metadata(_with_damage(document, decoded.damaged))
    extraction = extraction or ExtractionSettings()
    # the page as a reader sees it: invisible format characters strewn in its text nodes would part what the
    # extractor and the page's own lines are compared by (offsets index the extracted text, which has none)
    # (each undecodable run marked, to be found again wherever the extractor puts it: `marked_damage`)
    marked, marks = marked_damage(decoded.text, decoded.damaged)
    page, text_damage, visible_damage = unmarked_damage(extract_html(INVISIBLE.sub("", marked), extraction), marks)
    if not page.text.strip():
        raise InputError("an HTML page with no text", decoded.path)
    # keeping the boilerplate keeps every line the page shows, not only the extractor's main text
    document = segment_document(page.visible if keep_boilerplate and page.visible.strip() else page.text, lang, decoded.path, split_semicolons, keep_boilerplate, decoded.encoding, cleaning, page.title)
    source = ExtractedFrom.HTML_VISIBLE if keep_boilerplate and page.visible.strip() else ExtractedFrom.HTML
    printed_byline = None  # a byline the page prints outside the extracted text (`송현수 기자(songh@busan.com)` under the article)
    if page.visible.strip() and not keep_boilerplate:
        # a second opinion: the project's cleaner over everything the page shows. Extractors miss
        # bodies they do not recognise (digests, galleries, odd layouts) or take the wrong block;
        # the page's own text is read instead when the body found there agrees much better with
        # the page's headline. (A short extraction alone is no reason: some articles are short.)
        whole = segment_document(page.visible, lang, decoded.path, split_semicolons, keep_boilerplate, decoded.encoding, cleaning)
        printed_byline = _printed_byline(whole.metadata.byline)
        headline = page_headline(page.title)
        if _agreement(whole, headline, extraction) > _agreement(document, headline, extraction) + extraction.headline_margin and _prose(whole) >= _prose(document):
            document, source = whole, ExtractedFrom.HTML_VISIBLE
        elif not _substantial(document, cleaning or CleaningSettings(), page.headings) and _finished(whole) >= extraction.finished_sentences:
            # the extractor took a block with no sentence in it (a menu's slogans) and left the article
            # out (in a table: a board's view of a press release, 제목 and 내용 in its cells)
            document, source = whole, ExtractedFrom.HTML_VISIBLE
    if not keep_boilerplate:
        document = _without_links(document, page.links, extraction, page.items, page.captions)
    document = _with_damage(document, visible_damage if source is ExtractedFrom.HTML_VISIBLE else text_damage)
    metadata = dataclasses.replace(
        document.metadata,
        title=document.metadata.title or page.title,
        date=_page_date(document.metadata, page.date, document.lang),
        byline=document.metadata.byline or printed_byline or _author_field(page.author, document.lang),
        extracted_from=source,
        published=document.metadata.published or (iso_datetime(page.date, document.lang) if page.date else None),  # the page's own, when its text states none
    )
    document = dataclasses.replace(document, metadata=metadata)
    return _undamaged_metadata(document) if decoded.damaged else document


def _undamaged_metadata(document: Document) -> Document:
    """The document with its metadata's fields (headline, byline, …) without the U+FFFD that undecodable
    bytes left in them: a damaged headline is no text the page states, and it goes to the model when a
    translation gives the headline (the damage itself is a dropped span of the text)."""
    fields: dict[str, Any] = {name: value.replace("\ufffd", "") for name, value in dataclasses.asdict(document.metadata).items() if isinstance(value, str) and "\ufffd" in value}
    return dataclasses.replace(document, metadata=dataclasses.replace(document.metadata, **fields)) if fields else document


def _printed_byline(line: str | None) -> str | None:
    """A byline line the cleaner found on the whole page as a byline: only when it names a reporter
    by a reporter's word (记者, 기자, 通讯员…: a related story's title in bold, `★酒駕零容忍 警方加強路檢`,
    names none), without a time or date glued before it (`14:35聯合報 記者…`) or a date and what
    follows glued after it (`정유진 기자 2024.09.03 06:00 기사 공유`)."""
    if not line or not _REPORTER.search(line):
        return None
    line = _LEADING_TIME.sub("", line)
    when = _DATE_OR_TIME.search(line)
    if when is not None and when.start() > 0:
        line = line[: when.start()]
    line = line.strip(" \t|｜·,，")
    return line if _REPORTER.search(line) and not _LABEL_ONLY.fullmatch(line) else None


_REPORTER = re.compile(r"记者|記者|기자|특파원|通讯员|通訊員|特派员|特派員|撰文|reporter|correspondent", re.IGNORECASE)
_DATE_OR_TIME = re.compile(r"(?<!\d)(?:\d{2,4}\s*[./年-]\s*\d{1,2}\s*[./月-]\s*\d{1,2}|\d{1,2}:\d{2})")  # 2024.09.03, 105年3月19日, 06:00
_LEADING_TIME = re.compile(r"^\W*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{2,4}\s*[./年-]\s*\d{1,2}\s*[./月-]\s*\d{1,2}\S*)\s*")


def _author_field(author: str | None, lang: str) -> str | None:
    """A page's author field as a byline, unless it reads as no author: a widget's or a menu's words
    the cleaner drops as such (`個人中心 退出登錄`), a column's label parted by a bar from its day
    (`時事脈搏 ｜ 今日`; a person's name holds no bar), a label alone (a forum's `发表于`), or an account
    box's words (`点击登录; 昵称： 昵称; 网易通行证： 密码：`: a comment form's, no name holds them)."""
    author = _AUTHOR_LABEL.sub("", author) if author else author  # (`作者： 左依`: the page's label before the name)
    if not author or BAR.search(author) or _LABEL_ONLY.fullmatch(author) or _ACCOUNT_WORDS.search(author):
        return None
    cleaned = clean(author + "\n", lang)
    return None if any(d.reason in _CONTROLS for d in cleaned.dropped) else author


_LABEL_ONLY = re.compile(
    r"\W*(?:by|posted\s+by|author|作者|发表于|發表於|发布者|發佈者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|責編|기자|작성자|글쓴이|입력|수정|등록)\W*", re.IGNORECASE
)  # a label, no name
# a label before a name (`作者：`, `By `), or labels joined (`文/图 `, `글·사진 `), then a colon or a space; a label of one
# character only before a colon (`文：`): not a name's first character (文在寅) nor a name written apart (文 静)
_LABEL_WORDS = r"by|posted\s+by|author|作者|记者|記者|撰文|摄影|攝影|사진|기자"
_LABEL_CHARACTERS = r"文|图|圖|摄|攝|글"
_AUTHOR_LABEL = re.compile(
    rf"^\W*(?:(?:{_LABEL_WORDS}|{_LABEL_CHARACTERS})(?:\s*[/／·]\s*(?:{_LABEL_WORDS}|{_LABEL_CHARACTERS}))+(?:\s*[:：|｜/]\s*|\s+)"
    rf"|(?:{_LABEL_WORDS})(?:\s*[:：|｜/]\s*|\s+)|(?:{_LABEL_CHARACTERS})\s*[:：|｜/]\s*)(?=\S)",
    re.IGNORECASE,
)
_ACCOUNT_WORDS = re.compile(r"登录|登錄|登入|密码|密碼|昵称|暱稱|로그인|회원가입|비밀번호")  # an account box's (login, password, nickname; not 注册, a registered profession's: 註冊社工)
_CONTROLS = frozenset(["widget", "navigation", "share", "promo", "comments", "view-stats", "ad-block", "copyright"])  # what the cleaner drops that names no one


def _page_date(metadata: Metadata, page_date: str | None, lang: str) -> str | None:
    """A saved page's date line: the text's own when it states a full date; else the page's own (a
    bare `17:30` line under a page dated 2020-08-09 gives the page's), unless it contradicts the
    date the text states elsewhere (a source line's `2018-10-29 10:35` against a script's
    `new Date('2018/08/31')`)."""
    own = metadata.date
    if own is not None and iso_datetime(own, lang) is not None:
        return own
    if metadata.published is not None and page_date is not None and page_date[:10] != metadata.published[:10]:
        return own  # the page's date contradicts the one its text states
    return page_date or own


_FULL_STOP = re.compile(r"[.。][”’」』）)\"']*$")  # a sentence a title would not hold (a title's ！ and ？ are its own)


_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.、)）]|[一二三四五六七八九十]+、|[■□●○◆◇▶▷►★☆※•·▪])")  # an article's own list item or crosshead
_LABEL_TAIL = re.compile(r"[｜|/／·]")  # what parts a list label's author or column from its day or section (`畢老林 ｜ 今日信報`)


class _Block(NamedTuple):
    """A body paragraph of a saved page's document, as `_without_links` weighs it."""

    paragraph: int
    start: int
    end: int
    text: str
    unfinished: bool  # no headline, no finished sentence
    heading: bool = False  # the headline block's


def _without_links(
    document: Document, links: frozenset[str], settings: ExtractionSettings = ExtractionSettings(), items: frozenset[str] = frozenset(), captions: frozenset[str] = frozenset()
) -> Document:
    """A saved page's document with each body paragraph that is, on the page, a link (`links`, from
    `linked_lines`) and no finished sentence, none of its sentences ending in a full stop (another
    article's title in a list inside the article's block: `“这本可避免”：香港大火后的怒火与未解疑问`),
    dropped as `related` with the inline spans inside it; the headline block stays. So are the
    list's labels (`_list_labels`): the short line under each linked title that names its author,
    column or day, alike from item to item (`畢老林 ｜ 今日信報`, `獨眼香江 ｜ 今日`). So is a body paragraph
    that is, on the page, a list item in its furniture (`items`, from `furniture_items`: a ticker's or
    a sidebar's stories told in whole sentences), finished or not. A body paragraph that is, on the
    page, a picture's caption (`captions`, `PageText.captions`: `<p class="articleImgCaption">`) is
    dropped as a caption."""
    if not links and not items and not captions:
        return document
    blocks = []
    for paragraph, group in itertools.groupby(document.sentences, key=lambda sentence: sentence.paragraph):
        members = list(group)
        first, last = members[0], members[-1]
        text = document.text[first.start : last.end]
        unfinished = not first.heading and not ends_like_a_sentence(text) and not any(_FULL_STOP.search(member.text) for member in members)
        blocks.append(_Block(paragraph, first.start, last.end, text, unfinished, first.heading))
    linked = {block.paragraph for block in blocks if block.unfinished and without_spaces(LIST_MARK.sub("", block.text)) in links}
    linked |= {block.paragraph for block in blocks if not block.heading and without_spaces(LIST_MARK.sub("", block.text)) in items}
    linked |= _list_labels(blocks, linked, settings)
    captioned = {block.paragraph for block in blocks if not block.heading and block.paragraph not in linked and without_spaces(block.text) in captions}
    if 2 * len(captioned) > sum(not block.heading and block.paragraph not in linked for block in blocks):
        captioned = set()  # a page whose paragraphs are captions for the most part: a photo story, its captions the article
    spans = [(block.start, block.end, "caption" if block.paragraph in captioned else "related") for block in blocks if block.paragraph in linked | captioned]
    if not spans:
        return document
    kept = [sentence for sentence in document.sentences if sentence.paragraph not in linked | captioned]
    inside = [dropped for dropped in document.dropped if not any(start <= dropped.start and dropped.end <= end for start, end, _ in spans)]
    related = [Dropped(start, end, document.text[start:end], reason) for start, end, reason in spans]
    return dataclasses.replace(
        document,
        sentences=tuple(dataclasses.replace(sentence, index=index) for index, sentence in enumerate(kept)),
        dropped=tuple(sorted([*inside, *related], key=lambda dropped: (dropped.start, dropped.end))),
    )


def _list_labels(blocks: Sequence[_Block], linked: set[int], settings: ExtractionSettings) -> set[int]:
    """The paragraphs of `blocks` that are a related list's labels: each short (`list_label` letters
    at most), unfinished and unmarked (no `1.` or `■` of the article's own list or crosshead), right
    between two linked paragraphs (of those with sentences left), and alike: its last part after a
    separator (`｜`, `/`), or the whole line, shared with another such line (`今日信報` of
    `畢老林 ｜ 今日信報`). One line between two links, unlike any other, is the article's."""
    candidates = [
        block
        for before, block, after in zip(blocks, blocks[1:], blocks[2:])
        if before.paragraph in linked
        and after.paragraph in linked
        and block.paragraph not in linked
        and block.unfinished
        and count_letters(block.text) <= settings.list_label
        and not _ITEM_MARK.match(block.text)
    ]
    tails = Counter(_label_tail(block.text) for block in candidates)
    return {block.paragraph for block in candidates if tails[_label_tail(block.text)] >= 2}


def _label_tail(text: str) -> str:
    """A list label's last part after a separator, spaces removed (the whole line without one)."""
    return without_spaces(_LABEL_TAIL.split(text)[-1]) or without_spaces(text)


def _prose(document: Document) -> int:
    return sum(len(s.text) for s in document.sentences)


def _finished(document: Document) -> int:
    """How many of a document's body sentences end as sentences do."""
    return sum(1 for s in document.sentences if not s.heading and ends_like_a_sentence(s.text))


def _substantial(document: Document, cleaning: CleaningSettings, headings: frozenset[str] = frozenset()) -> bool:
    """Whether a document's body says anything of its own: a sentence (finished or not: a notice's
    items) of `title_letters` letters or more whose line the page prints fewer than `slogan_prints`
    times, kept or dropped as a duplicate (a mega menu's slogan under each of its sections, `희망이
    샘솟는 예시군!`, says nothing; an article the page prints twice, or a lead three times, does); or a
    headline the page prints as its h1 (`headings`, `PageText.top_headings`: a photo page's)."""
    if any(s.heading and count_letters(s.text) >= cleaning.title_letters and any(without_spaces(s.text) in heading for heading in headings) for s in document.sentences):
        return True  # the headline the page prints as its h1 (a photo page's, its caption the lead): an article
    text = document.text
    lines = [page_line(text, s.start, s.end) for s in document.sentences]
    printed = Counter(text[start:end].strip() for start, end in set(lines))  # each kept line once, however many sentences it holds
    printed.update(d.text.strip() for d in document.dropped if d.reason == "duplicate-paragraph")
    return any(
        not s.heading and count_letters(s.text) >= cleaning.title_letters and printed[text[start:end].strip()] < cleaning.slogan_prints
        for s, (start, end) in zip(document.sentences, lines)
    )


def _agreement(document: Document, headline: str | None, settings: ExtractionSettings = ExtractionSettings()) -> float:
    """The share of the headline's character bigrams found in the body's first sentences (the
    headline paragraph itself left out, and any other copy of the headline: a page prints it again
    in a share box or a player, which says nothing of the body around it)."""
    if not headline:
        return 0.0
    own = character_bigrams(headline)
    body = itertools.islice((s.text for s in document.sentences if s.paragraph > 0 and not _copies(s.text, own, headline, settings)), settings.agreement_sentences)
    found = character_bigrams(" ".join(body))
    return len(own & found) / max(1, len(own))


def _copies(sentence: str, own: set[str], headline: str, settings: ExtractionSettings) -> bool:
    """Whether a sentence is a copy of the headline (`own`, its bigrams): no longer than it by half,
    with most of its bigrams; a piece of it (a headline printed over two lines, or split at its
    `？`: `北京地產暴雷危機？` / `SOHO中國欠稅案，…`); or a teaser that opens with the whole headline (a
    most-read box's `…황제노역 266명지난 6년간 노역으로…`: the headline and the start of its lead). None
    says more of the body around it than the headline does."""
    if len(sentence) <= settings.copy_length * len(headline) and len(own & character_bigrams(sentence)) >= settings.copy_share * len(own):
        return True
    bare, text = without_spaces(headline), without_spaces(sentence)
    return text in bare or (count_letters(bare) >= settings.teaser_headline and text.startswith(bare))

