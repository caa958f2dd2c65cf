"""Removals inside a kept line (a ruby mirror's pinyin after Han characters, mojibake runs) and the
flags a cleaned page earns.
"""

from __future__ import annotations

import re

from align.script.chars import HAN, HANGUL
from align.text.clean.settings import Paragraph
from align.text.document import Dropped, Flag
from align.text.entities import ENTITY, RUBY_ANNOTATION
from align.text.markup import INLINE_ELEMENTS, printed_tag

_PINYIN_LETTER = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# an encyclopedia's reference mark copied with its text (`…是獨立的執法機構[3]。`, `…超過十年。[4]`), and its
# section heads' edit link (`使命宣言[編輯]`): glued to a word or a sentence's end, never opening a line (a list's `[1]`)
FOOTNOTE_MARK = re.compile(rf"(?<=[{HAN}{HANGUL}。．.！？!?」』”)）%％\]])\[(?:\d{{1,3}}|注\s?\d{{1,3}}|註\s?\d{{1,3}}|編輯|编辑|편집)\]")

# an inline HTML tag printed in a line's text (`民警<strong>张某</strong>赶到…`): the rules read the line as the
# page shows it, without them (its `>` is no breadcrumb's separator)
INLINE_TAG = printed_tag(INLINE_ELEMENTS)


# mojibake: a `?` glued to pinyin letters inside Chinese text (當?shù)匕), U+FFFD, and the `?!` a sentence's
# `。”` became where an encoding ate the closing quote, glued between Chinese characters (…的?!睕荜柨h…,
# …救人?!被貞浧…), and a `?` glued between a Chinese character and an ASCII comma, where a `。` and the next
# character became `?,` (…情誼?,F場…, …偷?,潘先生…: no writer puts a comma after a question mark): a sentence
# goes on through it, as a legible `？！` would not be glued so
CORRUPT = re.compile(
    rf"(?<=[{HAN}])\?[{_PINYIN_LETTER}]+\)?[{HAN}A-Za-z]{{0,4}}|\ufffd+|(?<=[{HAN}’”」』])\?[!！]\??(?=[{HAN}\d])|(?<=[{HAN}])\?(?=,[{HAN}A-Z])"
)


# on a page with mojibake of those kinds, a doubled `??` glued between two Chinese characters is one too, a `。` and
# the next character eaten (…氏度??柪锟吮…, …113元??吹椒悼畹劫…); elsewhere it is a question asked with ASCII
# marks (这是真的吗??他不敢相信…), which ends its sentence
_DOUBLED_QUERY = re.compile(rf"(?<=[{HAN}])\?\?(?=[{HAN}])")


def inline_removals(text: str, paragraph: Paragraph, lang: str) -> list[Dropped]:
    """Spans inside kept paragraphs that are markup debris: ruby readings 創(chuàng), HTML entities, an encyclopedia's reference marks."""
    body = text[paragraph.start : paragraph.end]
    removals = []
    patterns = ((RUBY_ANNOTATION, "ruby-annotation"), (ENTITY, "html-entity"), (FOOTNOTE_MARK, "footnote-mark")) if lang == "zh" else ((ENTITY, "html-entity"), (FOOTNOTE_MARK, "footnote-mark"))
    for pattern, reason in patterns:
        for match in pattern.finditer(body):
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            removals.append(Dropped(start, end, text[start:end], reason))
    return removals


def page_flags(text: str, paragraph: Paragraph, lang: str, garbled: bool = False) -> list[Flag]:
    """Mojibake: U+FFFD, or a `?` glued to Latin letters inside Chinese text (當?shù)匕傩辗Q為); on a
    `garbled` page (one with such mojibake), a doubled `??` glued between Chinese characters too."""
    if lang != "zh":
        return []
    body = text[paragraph.start : paragraph.end]
    flags = []
    matches = sorted([*CORRUPT.finditer(body), *(_DOUBLED_QUERY.finditer(body) if garbled else ())], key=lambda match: match.start())
    for match in matches:
        start, end = paragraph.start + match.start(), paragraph.start + match.end()
        flags.append(Flag(start, end, text[start:end], "corrupted-encoding"))
    return flags
