"""What a line carries glued around its text, and how a line meets the rules. A source credit or
dateline before the lead, a caption or a link after a sentence, a byline or source after the last
paragraph: each is cut off with the metadata field that keeps it. The rules and rows are screened
for a line once (`PossibleRows`), the first rule that takes it is found (`taking_rule`), and both are
tried on the line's view without a ruby mirror's pinyin (`line_view`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from align.script.chars import count_scripts
from align.text.clean.inline import INLINE_TAG, RUBY_ANNOTATION
from align.text.clean.patterns import (
    DROPPED_FIELDS,
    PHOTO_CREDIT,
    PHOTOGRAPHER_WORDS,
    REPORTER,
    TITLE_LABEL_FIELD,
    Affix,
    Rule,
    RuledLine,
    affixes_at,
    boilerplate_rules,
    expand_placeholders,
    rule_rows,
    rule_screen,
)
from align.text.clean.prose import (
    CHINESE_SENTENCE_END,
    KOREAN_FINAL_SYLLABLES,
    KOREAN_FINISHED,
    KOREAN_PLAIN_END,
    KOREAN_SENTENCE_END,
    LONG_PROSE,
    SPACE_CHARS,
    TAIL_END,
    alphanumerics,
    count_letters,
    ends_a_sentence,
    reads_as_prose,
    sentence_ends,
)
from align.text.clean.settings import CleaningSettings
from align.text.document import Dropped


@dataclass(frozen=True)
class PossibleRows:
    """The rules and affixes that can match somewhere in a stretch of a page (a line, or a piece of
    a long one), found in one automaton pass over it, and over its `line_view` where that leaves out a
    ruby mirror's pinyin. Every text the rows are then tried on (the stretch stripped, cut or
    viewed) is read within it, so a row not found here cannot match there (`prefilter`)."""

    lang: str
    found: tuple[int, ...]  # indices into `rule_rows(lang)`, in order

    @classmethod
    def of(cls, text: str, lang: str) -> PossibleRows:
        screen = rule_screen(lang)
        found = set(screen.candidates(text))
        view = line_view(text, lang)
        if view != text:
            found.update(screen.candidates(view))
        return cls(lang, tuple(sorted(found)))

    def rules(self) -> list[Rule]:
        """The boilerplate rules that can match, in order."""
        rules = boilerplate_rules()
        return [rules[index] for index in self._found_in("rules")]

    def affixes(self, where: str) -> list[Affix]:
        """The `affixes_at(lang, where)` that can match, in order (`where` one of `patterns._SCREENED_AFFIXES`)."""
        affixes = affixes_at(self.lang, where)
        return [affixes[index] for index in self._found_in(where)]

    def _found_in(self, kind: str) -> list[int]:
        """The found patterns of one kind, numbered within that kind."""
        indices = rule_rows(self.lang).span(kind)
        return [index - indices.start for index in self.found if index in indices]


def rule_takes(rule: Rule, line: str, sentence: bool, finished: bool, reported: bool = False) -> bool:
    """Whether a boilerplate rule takes a (stripped, viewed) line. A rule built on words an article
    also uses never takes a line that reads as a sentence (`sentence`), and a byline rule never a
    Korean line that holds a finished sentence before its credit (`finished`: `…고 밝혔다. /홍길동
    기자`, whose credit an `end` row cuts). A rule for what a page says to its reader (widgets,
    comment boxes, promos, menus) never takes a Korean line ending in the plain declarative of
    reported news (`reported`: `이들은 택배 조회를 빙자해 링크 복사를 유도했다.`) for words inside it: a
    page addresses its reader politely (`…삭제됩니다.`, `…클릭하세요`); the furniture's words opening
    the line, after a bullet or a word at most (`큰사진보기 ▲…하고 있다.`, `- 욕설, 비방 등 …글은 삭제될 수
    있다`, `기사 URL이 복사되었다.`), are still its own (code review 87)."""
    if rule.max_chars and len(line) > rule.max_chars:
        return False
    if not rule.sentences_too and (sentence or (finished and rule.reason == "byline")):
        return False
    found = rule.pattern.search(line)
    if found is None:
        return False
    return not (reported and rule.reason in _ADDRESSING_THE_READER and count_letters(line[: found.start()]) >= _REPORTED_LEAD)


# the furniture that speaks to the page's reader (never in the plain declarative of a news report)
_ADDRESSING_THE_READER = frozenset({"widget", "comments", "promo", "navigation", "share", "ad-block", "page-furniture"})
_REPORTED_LETTERS = 8  # letters a line needs for its plain 다 ending to make it a reported sentence
_REPORTED_LEAD = 3  # …and the letters of its own before the furniture's words (a bullet or `기사` before `URL이 복사되었다` are none)


def taking_rule(view: str, lang: str, letters: int, possible: PossibleRows) -> Rule | None:
    """The first boilerplate rule that takes a (stripped, viewed) line of `letters` letters, if any."""
    shields = sentence_shields(view, lang, letters)
    return next((rule for rule in possible.rules() if rule_takes(rule, view, *shields)), None)


def sentence_shields(line: str, lang: str, letters: int) -> tuple[bool, bool, bool]:
    """What keeps rules off a (stripped, viewed) line of `letters` letters, as `rule_takes` asks it:
    whether it reads as a sentence, whether it is a Korean line with a declarative sentence end
    (`다. `) inside it, and whether it is a Korean line ending in a reported sentence's plain `…다`."""
    korean = lang == "ko"
    reported = korean and letters >= _REPORTED_LETTERS and KOREAN_PLAIN_END.search(line) is not None
    return _reads_as_sentence(line, lang, letters), korean and KOREAN_FINISHED.search(line) is not None, reported


def _reads_as_sentence(text: str, lang: str, letters: int) -> bool:
    """A finished sentence of the article's language: letters enough and a sentence end of that
    language (했다. / 。”). Furniture rules never take such a line: a sentence that mentions 댓글,
    验证码 or 记者 is still a sentence."""
    if letters < 10:
        return False
    end = KOREAN_SENTENCE_END if lang == "ko" else CHINESE_SENTENCE_END
    text = _GLUED_CREDIT.sub("", text)  # the last sentence's reporter credit glued after it (`…활동기반이다. [비즈니스포스트 조예리 기자]`)
    return end.search(text) is not None or letters >= LONG_PROSE  # a long line cut off mid-sentence is prose too


# a reporter's credit in brackets at the end of a line, after its last sentence
_GLUED_CREDIT = re.compile(r"(?<=[.!?。！？”’\"'」』)）])\s*[\[［【(（<〈][^\[\]［］【】()（）<>〈〉\n]{0,30}(?:기자|특파원|记者|記者)[^\[\]［］【】()（）<>〈〉\n]{0,12}[\]］】)）>〉]\s*$")


_CREDIT_REST = re.compile(f"{REPORTER}|通讯员|通訊員|传真|傳真|(?:19|20|1[01])\\d\\s*年|기자|특파원")  # the rest of a photo credit after its caption
_CREDIT_REST_LETTERS = 8  # …or fewer letters than this after it: no sentence


def credit_rest(rest: str, lang: str) -> bool:
    """Whether what follows a caption to its line's end is the rest of its credit, not a sentence."""
    hangul, han = count_scripts(rest)
    return _CREDIT_REST.search(rest) is not None or (hangul if lang == "ko" else han) < _CREDIT_REST_LETTERS


_CAPTION_COPY = 8  # letters: a text after a caption's credit that opens with the caption's first ones is its copy


def glued_lead(text: str, start: int, credit: tuple[int, int], end: int, lang: str, possible: PossibleRows) -> bool:
    """Whether what follows a caption line's credit (`text[credit[1]:end]`) is the article's lead glued
    to it: it opens with the lead's dispatch or source credit (`(吉隆坡20日讯)`, `本报讯`: in brackets, or a
    `prefixes.tsv` start row's), ends a sentence and is no copy of the caption. Without such a credit the sentence
    before the photo's credit may be the paragraph's own (`…迅速赶到现场。(警方供图)到达后,…`)."""
    rest = text[credit[1] : end]
    caption = alphanumerics(text[start : credit[0]])[:_CAPTION_COPY]
    if TAIL_END.search(rest) is None or alphanumerics(rest).startswith(caption):
        return False
    view = line_view(rest.lstrip(), lang)
    return _BRACKETED_DISPATCH.match(view) is not None or any(
        affix.field not in DROPPED_FIELDS and affix.pattern.match(view) is not None for affix in possible.affixes("start")
    )


_BRACKETED_DISPATCH = re.compile(r"[(（【\[〔][^()（）【】\[\]〔〕\n]{1,30}(?:讯|訊|电|電|报道|報道|报导|報導)\s*[)）】\]〕]")  # `(吉隆坡20日讯)`


CAPTION_REACH = 80  # the characters after a caption's opening bracket `captioned_line` reads (its credit is shorter)


def captioned_line(text: str, start: int, credit: int, end: int, lang: str, settings: CleaningSettings, credited: bool = False) -> bool:
    """Whether the line `text[start:end]` reads as a photo's caption, its credit at `credit`
    (`…有更深一層的認知。(圖/第五分局提供) …`: one short sentence, then the credit;
    `credited_caption`; `credited`: what stands at `credit` is a photo credit whatever its form):
    then the credit is not cut out of it, and the line stays whole for the rules and the line model
    to judge."""
    view = line_view(text[start:credit].strip(), lang)
    return credited_caption(view, text[credit:end].lstrip(), lang, count_letters(view), settings, credited)


def credited_caption(line: str, cut: str, lang: str, letters: int, settings: CleaningSettings, credited: bool = False) -> bool:
    """Whether a line is a photo's caption by the credit cut off its end: one sentence, at most
    `caption_credit_letters` letters, and a photo credit first in what was cut (taken as one when
    `credited`); not a Korean sentence reporting what was said (`…고 밝혔다.`: a paragraph's, its source after it)."""
    return (
        letters <= settings.caption_credit_letters
        and (credited or PHOTO_CREDIT.match(line_view(cut, lang)) is not None)
        and ends_a_sentence(line)
        and sentence_ends(line) <= 1
        and not (lang == "ko" and _KO_REPORTED.search(line))
    )


_PREFIX_SCRAPS = 1  # scraps (`junk` rows) cut before a line's credit is looked for again
_PREFIX_CREDITS = 2  # credits cut off a line's start: a dispatch's dateline, then its reporter (`【大紀元…訊】（大紀元記者…報導）`)
OPENING_BRACKETS = "(（【〔[［"


_DISPATCH_MARK = re.compile(r"(?:(?:讯|訊|电|電)\s*[】\]］〕]?|[】\]］〕])\s*[:：]?$")  # a dispatch's dateline ends so: `本报讯`, `本报讯：`, `【文匯網訊】`
_REPORTS = re.compile(f"{REPORTER}|通讯员|通訊員|报道|報道|报导|報導|(?:기자|특파원)\\s*=")


def _second_credit(first: str, second: str) -> bool:
    """Whether a credit after the first one at a line's start is cut too: one in brackets, or a
    reporter's after a dispatch's dateline (`本报讯 记者 陈仕平 …`, `【文匯網訊】大公文匯全媒體報道:`, `【KNC 뉴스】이영균
    기자=…`)."""
    second = second.lstrip()
    return second[:1] in OPENING_BRACKETS or (_DISPATCH_MARK.search(first) is not None and _REPORTS.search(second) is not None)


class _Prefix(NamedTuple):
    """What `cut_prefix` found at a line's start."""

    start: int  # where the line's own text starts
    whole: str | None  # the metadata field of a line that is nothing but a prefix, to be dropped as such
    credit: str  # the source credit cut off the line (`本报讯`, `[서울=뉴시스]`), if that is what was cut
    labelled: bool  # a headline label (原标题:) was cut off, the headline staying


def cut_prefix(text: str, start: int, end: int, lang: str, dropped: list[Dropped], meta: dict[str, str], possible: PossibleRows) -> _Prefix:
    """Where a line's own text starts: after a source, date or reporter prefix glued to it, if any
    (the prefix goes to `dropped` and the metadata); a line that is nothing but a prefix is left
    whole (`_Prefix`).

    The rows read the line as `line_view` shows it (a ruby mirror's 報(bào)訊 is 報訊); a scrap cut
    first (a `junk` row: the `????` a lost indent left) does not hide the credit behind it, nor a
    dispatch's dateline the reporter's credit after it. A credit that is the rest of the line after a
    second one is the first credit's line, unless the first was the page's date stamp (`date 2019-04
    【KTSF 黃恩光報導】`: the credit goes as a credit)."""
    cut_from, credit, credits, first, first_field = start, "", 0, "", ""
    for _ in range(_PREFIX_SCRAPS + _PREFIX_CREDITS):
        view, positions = line_view_with_positions(text[cut_from:end], lang)
        found_affix = next(((a, m) for a in possible.affixes("start") if (m := a.pattern.match(view)) is not None and m.group().strip()), None)
        if found_affix is None:
            break
        affix, found = found_affix
        matched_end = cut_from + positions(len(found.group().rstrip()))
        cut = cut_from + positions(found.end())
        while cut < end and text[cut] in SPACE_CHARS:
            cut += 1
        if cut < end and text[cut] in ":：":  # the colon right after a credit is the credit's (国际在线报道(记者 吴倩):)
            cut = matched_end = cut + 1
            while cut < end and text[cut] in SPACE_CHARS:
                cut += 1
        if cut >= end or count_letters(text[cut:end]) < 2:
            if credits and not (first_field == "date" and _second_credit(first, view[: found.end()])):
                break  # a second credit that is the rest of the line: the line is the first credit's…
            return _Prefix(cut_from, affix.field, "", False)  # …unless the first was the page's date stamp
        junk = affix.field in DROPPED_FIELDS
        if credits and not junk and not _second_credit(first, view[: found.end()]):
            break
        dropped.append(Dropped(cut_from, matched_end, text[cut_from:matched_end], DROPPED_FIELDS.get(affix.field, "prefix")))
        if affix.field == TITLE_LABEL_FIELD:
            return _Prefix(cut, None, "", True)
        if not junk:
            meta.setdefault(affix.field, found.group().strip())
            credit = credit or (found.group().strip() if affix.field == "source" else "")
            credits += 1
            first = first or found.group().strip()
            first_field = first_field or affix.field
            if credits == _PREFIX_CREDITS:
                return _Prefix(cut, None, credit, False)
        cut_from = cut
    return _Prefix(cut_from, None, credit, False)


GLUED_BYLINE = "glued byline"  # the `meta` key of a reporter's credit glued to a line's end (no `Metadata` field)
_REPORTERS_CREDIT = re.compile(rf"{REPORTER}|通讯员|通訊員|기자")  # a credit that names a reporter
_NOT_THE_WRITER = re.compile(rf"{PHOTOGRAPHER_WORDS}|编辑|編輯|责编|責編|[图圖]\s*[/／]")  # …a photo's or an editor's, not the writer's
_LINE_END_REACH = 300  # characters: what a line-end row takes off a line (a link, credits, a caption) is shorter


def cut_link(text: str, start: int, end: int, lang: str, dropped: list[Dropped], meta: dict[str, str], possible: PossibleRows, settings: CleaningSettings) -> int:
    """Where a line's own text ends: before a link marker or credits glued to it (`…享年83岁。详情>>`,
    `…态势。(记者熊丰) (编辑:思雅) |`), each affix taken off in turn. Each is looked for in the
    line's last `_LINE_END_REACH` characters only. A reporter's credit taken off (`…。(记者熊丰)`,
    `… 홍길동 기자 a@b.kr`) is kept as `GLUED_BYLINE`: the document's byline when no line of its own is."""
    while True:
        reach = window_start(text, start, end, lang)
        view, positions = line_view_with_positions(text[reach:end], lang)
        for affix in possible.affixes("line-end"):
            found = affix.pattern.search(view)
            if found is None or not found.group().strip():
                continue
            cut, piece_end = reach + positions(found.start()), reach + positions(found.end())
            if cut == start:
                continue  # the whole line: not a glued affix
            if affix.field == "caption" and _caption_line(text[start:end], text[start:cut], text[cut:piece_end], lang, possible, settings):
                return end  # a caption's own credit (`…忧虑。(…资料图片)`, `…。图为…。张三 摄`): the line goes whole as a caption, nothing cut off it
            end = cut
            while text[cut] in SPACE_CHARS:
                cut += 1
            while text[piece_end - 1] in SPACE_CHARS:
                piece_end -= 1
            dropped.append(Dropped(cut, piece_end, text[cut:piece_end], affix.field))
            if affix.field == "byline" and _REPORTERS_CREDIT.search(text[cut:piece_end]) and not _NOT_THE_WRITER.search(text[cut:piece_end]):
                meta.setdefault(GLUED_BYLINE, text[cut:piece_end].rstrip(" |｜"))
            break
        else:
            return end


_BRACKETED_CAPTION = re.compile(expand_placeholders("{CAPTION_ZH}|{CAPTION_KO}"))
_KOREAN_FINISHED_END = re.compile(f"[{KOREAN_FINAL_SYLLABLES}][.!?]")  # a Korean sentence's finished end


# a Korean sentence reporting what someone said or announced (`…고 밝혔다.`, `…라고 말했습니다.`): a paragraph's, not a caption's
_KO_REPORTED = re.compile(r"(?:말|밝|전|강조|당부|설명|덧붙|호소|요청|주문|답|언급)(?:했|혔|였)(?:다|습니다)\.[\"”’']?\s*$")
_BARE_PHOTOGRAPHERS_CREDIT = re.compile(rf"(?:{PHOTOGRAPHER_WORDS})\s*$")  # `新華社記者郭緒雷 攝`, no bracket: the line's length judges it
_PHOTOGRAPHERS_CREDIT = re.compile(rf"(?:{PHOTOGRAPHER_WORDS})\s*[)）]\s*$")  # `（資料圖片/黃學潤攝）`: `credited_caption` judges its line


def _caption_line(line: str, before: str, credit: str, lang: str, possible: PossibleRows, settings: CleaningSettings) -> bool:
    """Whether a line is a photo's caption with its credit, to be taken whole rather than cut: what
    comes before the credit is one sentence of at most `caption_credit_letters` letters (a
    paragraph is longer; a Korean caption before a bracketed credit is one sentence of any length,
    not reporting what was said) or holds the same kind of credit (the caption printed twice), and a
    `boilerplate.tsv` caption row takes the line, credit and all; before a photographer's bare credit
    (`张三 摄`, no bracket), a caption of any number of sentences up to `paragraph_credit_letters` letters
    (a paragraph is longer: `…仍有17人被困井下。新華社記者郭緒雷 攝`). Not where the credit names a
    photographer: cut off, it makes its line a caption or not by `credited_caption` (a file photo's
    credit after an article's last sentence, `…跟進。（資料圖片/黃學潤攝）`, leaves it body)."""
    if _PHOTOGRAPHERS_CREDIT.search(credit):
        return False
    bare = _BARE_PHOTOGRAPHERS_CREDIT.search(credit) is not None
    if bare and count_letters(before) > settings.paragraph_credit_letters and credit.strip() not in before:
        return False  # a paragraph and its photo's bare credit (`…仍有17人被困井下。新華社記者郭緒雷 攝`): the credit goes (not a gallery's captions, each with the credit)
    doubled = bare or _BRACKETED_CAPTION.search(before) is not None  # a caption printed twice, each copy with its credit; a caption of two sentences before a bare credit
    if lang == "ko" and not doubled and _KO_REPORTED.search(before):
        return False  # a sentence reporting what was said is the article's, whatever credit follows it (`…밝혔다. 사진=홍길동 기자`)
    if not doubled:
        if lang == "ko" and _BRACKETED_CAPTION.fullmatch(credit.strip()):
            # a Korean caption is one sentence however long (a noun's note may follow it, `… 무관한 이미지.`);
            # it shows what the photo does and does not report what was said
            if len(_KOREAN_FINISHED_END.findall(before)) > 1:
                return False
        elif count_letters(before) > settings.caption_credit_letters or sentence_ends(before) > 1:
            return False
    view = line_view(line.strip(), lang)
    rule = taking_rule(view, lang, count_letters(view), possible)
    return rule is not None and rule.reason == "caption"


_RUBY_LONGEST = 10  # characters of a ruby reading with its brackets, `(zhuàng)` and shorter


def window_start(text: str, start: int, end: int, lang: str) -> int:
    """Where the last `_LINE_END_REACH` characters of a line begin, moved back to the Chinese
    character before a ruby reading the window would cut into or start at: the window, viewed, is
    then read within the view of the whole line that screened its rows (`PossibleRows`)."""
    reach = max(start, end - _LINE_END_REACH)
    if lang == "zh" and reach > start:
        for match in RUBY_ANNOTATION.finditer(text, max(start + 1, reach - _RUBY_LONGEST), min(end, reach + _RUBY_LONGEST)):
            if match.start() <= reach < match.end():
                return match.start() - 1
    return reach


def line_view_with_positions(line: str, lang: str) -> tuple[str, Callable[[int], int]]:
    """`line` as the rules read it (`line_view`), and where a position in that view is in `line`."""
    tags = list(INLINE_TAG.finditer(line)) if "<" in line else []
    without_tags = INLINE_TAG.sub("", line) if tags else line
    readings = list(RUBY_ANNOTATION.finditer(without_tags)) if lang == "zh" and "(" in without_tags else []
    if not tags and not readings:
        return line, lambda position: position
    positions = list(range(len(line) + 1))
    for match in reversed(tags):
        del positions[match.start() : match.end()]
    for match in reversed(readings):  # offsets in the line without its tags, as `positions` now is
        del positions[match.start() : match.end()]
    view = RUBY_ANNOTATION.sub("", without_tags) if readings else without_tags
    return view, positions.__getitem__


def line_view(line: str, lang: str) -> str:
    """A line as the rules read it: as the page shows it, without the inline HTML tags a scrape left
    in it (`民警<strong>张某</strong>赶到…`) and the pinyin a ruby mirror inserts after each Chinese
    character (來(lái)源:新華網(wǎng) is a source line, (新華網(wǎng)發(fā) 曹楨 攝) a credit)."""
    if "<" in line:
        line = INLINE_TAG.sub("", line)
    return RUBY_ANNOTATION.sub("", line) if lang == "zh" and "(" in line else line


def cut_closing_credit(text: str, start: int, end: int, lang: str, dropped: list[Dropped], meta: dict[str, str]) -> int:
    """Where the article's last paragraph ends: before a byline or source glued to its end (read as
    the page shows it, `line_view_with_positions`: a ruby mirror's `。(張志遠(yuǎn) 付瑋)` is `。(張志遠 付瑋)`)."""
    view, position = line_view_with_positions(text[start:end], lang)
    for affix in affixes_at(lang, "end"):
        found = affix.pattern.search(view)
        if found is None or found.start() == 0:
            continue
        cut = start + position(found.start())
        while cut > start and text[cut - 1] in SPACE_CHARS:
            cut -= 1
        piece = text[cut:end].strip()
        at = text.index(piece, cut)
        dropped.append(Dropped(at, at + len(piece), piece, "byline"))
        meta.setdefault(affix.field, piece)
        return cut
    return end


def trimmed_line(line: RuledLine, start: int, end: int, lang: str, settings: CleaningSettings) -> RuledLine:
    """`line` cut to its text[start:end] (offsets in the line), its letters and prose test redone."""
    body = line.text[start:end]
    view = line_view(body, lang)
    letters = count_letters(view)
    return replace(line, start=line.start + start, end=line.start + end, text=body, letters=letters, prose=reads_as_prose(view, letters, lang, settings))


def without_closing_credit(line: RuledLine, lang: str) -> str:
    """The last paragraph's text as it will be kept: without the byline or source glued to its end
    (`cut_closing_credit`, which cuts it later), so that the line model judges the article's words."""
    return line.text[: cut_closing_credit(line.text, 0, len(line.text), lang, [], {})]
