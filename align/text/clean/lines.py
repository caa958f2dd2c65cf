"""A page as lines: the text cut at its line breaks and, where the breaks were lost, at sentence ends,
each piece met with the rules once (`page_lines`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from align.script.chars import HAN, count_scripts
from align.text.clean.affixes import (
    CAPTION_REACH,
    OPENING_BRACKETS,
    PossibleRows,
    captioned_line,
    credit_rest,
    credited_caption,
    cut_link,
    cut_prefix,
    glued_lead,
    line_view,
    line_view_with_positions,
    rule_takes,
    sentence_shields,
    taking_rule,
)
from align.text.clean.patterns import CAPTION_FIELD, CREDITED_CAPTION, CUT_SHORT, DROPPED_FIELDS, END_MARK, PHOTO_CREDIT_WORDS, WHOLE_LINE, Rule, RuledLine
from align.text.clean.prose import (
    CLOSERS,
    KOREAN_PERIOD,
    LINK_BULLETS,
    SEGMENT_END,
    SENTENCE_MARK,
    SEPARATOR_STARS,
    SPACE_CHARS,
    TAIL_END,
    after_last_sentence,
    count_letters,
    reads_as_prose,
)
from align.text.clean.settings import CleaningSettings
from align.text.document import Dropped
from align.text.markup import BLOCK_ELEMENTS, INLINE_ELEMENTS, printed_tag


def _segments(text: str, start: int, end: int, lang: str, settings: CleaningSettings, possible: PossibleRows) -> list[tuple[int, int]]:
    """A line as it is, or cut: before a credit that opens the article in mid-line (`… 검거인원
    급증 [시민일보 = 여영준 기자] 경찰청은 …`: the page lost the break after its headline; the
    `inline` rows of `prefixes.tsv`), and, where longer than `long_line` (a page that lost its line
    breaks), into pieces of about `segment_chars` cut after sentence ends, so that one boilerplate
    pattern in it cannot take the whole article with it. Credits cut it at most `inline_cuts` times
    (an article opens once); a transcript's section labels (`junk` rows: `… 보도입니다. <리포트> …`)
    recur, and cut it at every one. A line that opens with a headline printed twice and goes on with
    prose is cut after each copy (`_DOUBLED`); a Chinese line that lost its line breaks, at each space
    between two words (`_lost_breaks`), long or not."""
    parts, part_start = [], start
    doubled = _DOUBLED.match(text, start, end)
    spaced = doubled is not None and text[doubled.end(1) : doubled.end(1) + 1].isspace()
    if (
        doubled
        and count_letters(doubled.group(1)) >= settings.doubled_letters
        and not (spaced and text[doubled.end() : doubled.end() + 1].isalnum())  # copies set apart end at a word's end (not 마약수사대 마약수사대장은)
        and TAIL_END.search(text, doubled.end(), end)
    ):
        # a headline printed twice with prose after it (a page that lost its breaks): each copy a line
        # of its own (a line that is nothing but texts printed twice is images' titles and captions)
        parts += [(start, doubled.end(1)), (doubled.end(1), doubled.end())]
        part_start = doubled.end()
    matches = sorted((match.span(), affix.field) for affix in possible.affixes("inline") for match in affix.pattern.finditer(text, start, end))
    # a caption is cut out of a paragraph, not out of a caption line (one short sentence and its credit),
    # and not where what follows it is no sentence but the rest of the credit (`(警方提供)中央社记者…传真 105年12月24日`);
    # only the first caption can follow a caption line's one sentence, so it alone is asked that
    first = next((span for span, field in matches if field == CAPTION_FIELD), None)
    last_mark = max((m.start() for pattern in (SENTENCE_MARK, KOREAN_PERIOD) for m in pattern.finditer(text, start, end)), default=-1) if first else -1
    # the first caption after the line's last sentence mark: spared, with those after it, when what follows it is the
    # rest of a credit (a reporter, a fax, a date) or no words to speak of, not an unfinished sentence (`…(警方提供)目前…侦办中`)
    tail = next((span for span, field in matches if field == CAPTION_FIELD and span[1] > last_mark), None)
    tail_credit = tail if tail is not None and credit_rest(text[tail[1] : end], lang) else None
    # a credit without brackets glued to the next word (`…소방대원들. 전북소방본부 제공12일 오전 …`, a row of its own) is
    # no paragraph's: the page lost the breaks around the photo's caption block
    unbracketed = first is not None and text[first[0] : first[1]].lstrip()[:1] not in OPENING_BRACKETS and text[first[1] : first[1] + 1].isalnum()
    captioned = first is not None and captioned_line(text, start, first[0], min(end, first[0] + CAPTION_REACH), lang, settings, unbracketed)
    spared = {
        span
        for span, field in matches
        if field == CAPTION_FIELD and ((tail_credit is not None and span[1] >= tail_credit[1]) or (span == first and captioned))
    }
    found = [(span, field in DROPPED_FIELDS) for span, field in matches if span not in spared]
    kept_credits = [span for span, junk in found if not junk][: settings.inline_cuts]
    cuts = [credit_start for credit_start, _ in (span for span, junk in found if junk or span in kept_credits)]
    if first is not None and captioned and (unbracketed or glued_lead(text, start, first, end, lang, possible)):
        # a caption line's one sentence and its credit glued before a paragraph (the photo's block above the lead,
        # `…逮捕调查。(张三摄)(吉隆坡20日讯)疑在…`, `…소방대원들. 전북소방본부 제공12일 오전 …`): cut after the
        # credit, the caption and its credit a line of their own
        cuts.append(first[1])
    for cut in sorted(set(cuts)):
        if cut > part_start and text[part_start:cut].strip() and text[cut:end].strip():
            parts.append((part_start, cut))
            part_start = cut
    parts.append((part_start, end))
    parts = [piece for part in parts for piece in _without_placeholders_or_address(text, *part)]
    long = end - start > settings.long_line
    lost = _lost_breaks(text, start, end, settings) if lang == "zh" else []
    if not long and not lost:
        return parts
    return [piece for part in parts for piece in _long_line_pieces(text, *part, long, lost, settings)]


# a run of question marks after a line's last sentence end, to the line's end: characters a copy site could not encode,
# stored as `?` (emoji after the last sentence, `…便于走失后警方或者群眾可以及時救助。 ?????…`), no question asked; a run
# inside a sentence (`他只回了一句 ??? 然后就挂断了电话。`, `그는 ??? 라며`) or glued to a word is the writer's
_PLACEHOLDER_RUN = re.compile(r"(?:(?<=[。！？.!])|^)[ \t\u3000]*[?？]{3,}[ \t\u3000]*$", re.MULTILINE)
_THREE_MARKS = re.compile(r"[?？]{3}")  # what every run has: a quick test before the run is looked for
# a bare address after a line's last sentence end, to the line's end but for cell bars: the repost's source link
# (`…可及时与本报编辑部联系。 http://hb.jjj.qq.com/a/20150801/008042.htm |`); an address a sentence gives (`请登录 http://… 查询。`)
# is followed by its words, and one after a comma or a word is the sentence's
# (a closing bracket at its end closes a bracket the line opened: `(자세한 내용은 … 참조. www.police.go.kr)` stays one piece)
_ADDRESS = re.compile(r"(?:https?://|www\.)[!-~]*[!-~](?<![)\]>}])", re.IGNORECASE)
_CLOSERS = CLOSERS.replace("'", "")  # a quotation's or bracket's close after a sentence's mark (a straight ' is as often an apostrophe)
_CJK_MARKS = "。！？"  # an address may be glued to these…
_SPACED_MARKS = "。！？.!?"  # …and set off by a space from these (ASCII marks only so: `youku.www.…`)
_CELL_BARS = " \t\u3000|｜"


def _ends_with(text: str, start: int, stop: int, marks: str) -> bool:
    """Whether `text[start:stop]` ends with one of `marks`, a quotation's or bracket's close after it or not."""
    if stop > start and text[stop - 1] in _CLOSERS:
        stop -= 1
    return stop > start and text[stop - 1] in marks


def _trailing_address(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a bare address after the last sentence of `text[start:end]` stands (`_ADDRESS`): the part's
    last run of printable ASCII (cell bars after it left out), read back from its end, when it is all
    address, glued to a Chinese sentence end or set off by a space from any; None when the part ends
    otherwise (most parts end in a letter or mark outside ASCII: nothing is read)."""
    stop = end
    while stop > start and text[stop - 1] in _CELL_BARS:
        stop -= 1
    word = stop
    while word > start and "!" <= text[word - 1] <= "~":
        word -= 1
    found = _ADDRESS.match(text, word, stop) if word < stop else None
    if found is None or found.end() != stop:
        return None
    before = word
    while before > start and text[before - 1] in " \t\u3000":
        before -= 1
    marks = _SPACED_MARKS if before < word else _CJK_MARKS
    return (word, stop) if _ends_with(text, start, before, marks) else None


def _without_placeholders_or_address(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line's part cut before and after each run of stored placeholders (`_PLACEHOLDER_RUN`) and around a
    bare address after its last sentence (`_trailing_address`): each a piece of its own (no sentence end of
    the text around it), which cleaning drops as page furniture or a site's address."""
    cuts = []
    if _THREE_MARKS.search(text, start, end) is not None:  # (most lines have no run: not searched)
        cuts += [cut for match in _PLACEHOLDER_RUN.finditer(text, start, end) for cut in match.span()]
    address = _trailing_address(text, start, end)
    if address is not None:
        cuts += list(address)
    if not cuts:
        return [(start, end)]
    bounds = [start, *sorted(cut for cut in set(cuts) if start < cut < end), end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _lost_breaks(text: str, start: int, end: int, settings: CleaningSettings) -> list[int]:
    """Where a Chinese line lost its line breaks: the white space between two Chinese words, outside
    brackets, with at least `lost_break_word` letters on either side, on a line with at least
    `lost_breaks` such gaps and a paragraph of prose among the pieces they make (`…工作中。 辽宁省公安厅
    年10月6日 脱逃罪犯王磊被抓获 编辑丨… 您可能喜欢 …`). Chinese prose puts no space between words, but for
    names listed in a sentence or a credit (`民警 张三 李四 王五`, `记者 张三 通讯员 李四`); a headline that
    parts its clauses with one (`男子打砸车辆 警方:其未持有爆炸物`) has no prose, nor has a footer of words
    spaced apart (`這篇文章 … 最早出現於 台灣新聞雲報。`)."""
    spaces = [match.span() for match in _LOST_BREAK.finditer(text, start, end)]
    outside = set(_outside_brackets(text, start, [after for _, after in spaces]))
    bounds = [(start, start), *spaces, (end, end)]
    gaps = [  # each side a word of a few characters at least, not names listed in a sentence (民警 张三 李四 王五 赶到…)
        after
        for (_, left), (before, after), (right, _) in zip(bounds, bounds[1:], bounds[2:])
        if after in outside and min(count_letters(text[left:before]), count_letters(text[after:right])) >= settings.lost_break_word
    ]
    if len(gaps) < settings.lost_breaks:
        return []
    edges = [start, *gaps, end]
    if not any(SEGMENT_END.search(text, a, b) and count_letters(text[a:b]) >= settings.prose_letters_zh for a, b in zip(edges, edges[1:])):
        return []  # no paragraph of prose among the pieces: one line of words spaced apart (`這篇文章 … 最早出現於 …。`)
    if count_scripts(text[start:end])[1] < settings.lost_break_chars * len(gaps):
        return []  # a text spaced out character by character (`警 方 仍 在 调 查`): no break lost there
    return gaps


_LINE = re.compile(r"[^\n\r]+")  # a line of a page: a bare CR ends one too (old Mac files)


def _tail_split(text: str, start: int, end: int, taker: Rule, lang: str, possible: PossibleRows, settings: CleaningSettings) -> list[tuple[int, int]]:
    """For a line a boilerplate rule (`taker`) took whole: its finished sentences and what is glued
    after the last one, apart, when that tail is short and the rule takes it by itself (`…侦办中。责任编辑:张三`,
    `…中。【纠错】`); else the line as it is. Not apart: a caption (a line with its credit; but see
    `_captioned_paragraph`), a line that
    ends the article (a `stop` rule's: the footer's; but see `_stop_split`), a line a rule takes from its start
    (`标题: 寒冷春运路,交警与旅客同行! [打印本页]`), or one whose tail is a photo credit (a caption's)."""
    if taker.reason == "caption":
        return _captioned_paragraph(text, start, end, lang, possible, settings)
    if taker.action == "stop":
        return _stop_split(text, start, end, taker, lang, possible, settings)
    cut = after_last_sentence(text, start, end)
    if cut is None:
        return [(start, end)]
    tail = text[cut:end].strip()
    if not tail or len(tail) > settings.tail_chars or count_letters(text[start:cut]) < settings.sentence_letters:
        return [(start, end)]
    head, view = line_view(text[start:cut].strip(), lang), line_view(tail, lang)
    tail_shields = sentence_shields(view, lang, count_letters(view))
    if (
        not rule_takes(taker, view, *tail_shields)  # the rule took the line for its tail…
        or taking_rule(head, lang, count_letters(head), possible) is not None  # …not from its start (`标题: …`)…
        or any(rule_takes(rule, view, *tail_shields) for rule in possible.rules() if rule.reason == "caption")  # …nor for a photo credit (a caption's line)
    ):
        return [(start, end)]
    return [(start, cut), (cut, end)]


def _head_apart(text: str, start: int, cut: int, end: int, lang: str, possible: PossibleRows, settings: CleaningSettings, least: int, prose: bool) -> list[tuple[int, int]]:
    """A line a rule took whole, as its head (`text[start:cut]`: the article's sentences) and the rest
    apart, when the head has at least `least` letters, reads as prose where `prose` asks it to, and no
    rule takes it; else the line as it is."""
    head = line_view(text[start:cut].strip(), lang)
    letters = count_letters(head)
    if letters < least or (prose and not reads_as_prose(head, letters, lang, settings)) or taking_rule(head, lang, letters, possible) is not None:
        return [(start, end)]
    return [(start, cut), (cut, end)]


# where a Chinese photo caption says it is one: `图为…` right after a sentence end
_PICTURED = re.compile(r"(?<=[。！？!?”」])\s*(?:图为|圖為|图片为|圖片為)")


def _captioned_paragraph(text: str, start: int, end: int, lang: str, possible: PossibleRows, settings: CleaningSettings) -> list[tuple[int, int]]:
    """For a line a caption rule took whole (a caption with its credit, `…搜救。张三 摄`): the
    paragraph's sentences before a `图为…` caption apart from it, when they are a sentence's length and
    no rule takes them (`经过三天三夜的搜救,被困人员全部获救。图为消防员在现场搜救。张三 摄`): 图为 opens the
    caption, so what comes before it is the article's; else the line as it is."""
    found = _PICTURED.search(text, start, end) if lang == "zh" else None
    if found is None:
        return [(start, end)]
    return _head_apart(text, start, found.start(), end, lang, possible, settings, settings.sentence_letters, prose=False)


_STOP_HEAD_LETTERS = 20  # letters: the article's sentences a footer's notice was glued after are at least this long


def _stop_split(text: str, start: int, end: int, taker: Rule, lang: str, possible: PossibleRows, settings: CleaningSettings) -> list[tuple[int, int]]:
    """For a piece of a page line that lost its breaks (`_segments` cut it out of a longer line, so it
    starts in mid-line) which a `stop` rule took (a copyright notice): the article's sentences before the
    notice apart from the notice and what is glued before it (`…옛말이 되어가고 있다. 대기고등학교의 … 모습(아래).
    강희만·홍희선기자 <저작권자 © 한라일보 …>`), when they are prose no rule takes; else the piece as it is (a
    footer's own line stops the article whole)."""
    if start == 0 or text[start - 1] in "\n\r":
        return [(start, end)]
    view, positions = line_view_with_positions(text[start:end], lang)
    notice = taker.pattern.search(view)
    if notice is None:
        return [(start, end)]
    cut = after_last_sentence(text, start, start + positions(notice.start()))
    if cut is None:
        return [(start, end)]
    return _head_apart(text, start, cut, end, lang, possible, settings, _STOP_HEAD_LETTERS, prose=True)


def _long_line_pieces(text: str, start: int, end: int, long: bool, lost: list[int], settings: CleaningSettings) -> list[tuple[int, int]]:
    """A line's part cut where it lost its line breaks (`lost`), and, if the line is `long`, into
    pieces of about `segment_chars` after sentence ends, and before each list bullet or table cell."""
    pieces, piece_start = [], start
    within = lost[bisect.bisect_right(lost, start) : bisect.bisect_left(lost, end)]  # `lost` is in order: a line has thousands
    always = [(cut, True) for cut in within]  # cut there whatever the piece's length
    ends = [(match.end(), False) for match in SEGMENT_END.finditer(text, start, end)] if long else []
    if long:
        always += [(match.end(), True) for match in _SEGMENT_BULLET.finditer(text, start, end)]
    if long and _EMPTY_CELL.search(text, start, end):
        always += [(match.end(), True) for match in _CELL_BAR.finditer(text, start, end)]
    for cut, forced in sorted(ends + always):
        if cut > piece_start and (forced or cut - piece_start >= settings.segment_chars):
            pieces.append((piece_start, cut))
            piece_start = cut
    pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if s < e]


_BRACKET_OPENERS, _BRACKET_CLOSERS = "(（【[〔“「『", ")）】]〕”」』"  # brackets and quotation marks: a slogan's space (`“警醒之旅 青春不陷诈”`) is no lost break
_BRACKET = re.compile(f"[{re.escape(_BRACKET_OPENERS + _BRACKET_CLOSERS)}]")


def _outside_brackets(text: str, start: int, cuts: list[int]) -> list[int]:
    """The cuts (in order, after `start`) where no bracket or quotation mark is open: a credit's
    spaces (`(记者 张三 通讯员 李四)`) and a quoted slogan's (`“警醒之旅 青春不陷诈”`) are no lost line
    breaks. One pass over the text, however many cuts."""
    outside, depth, position = [], 0, start
    for cut in cuts:
        for mark in _BRACKET.finditer(text, position, cut):
            depth = depth + 1 if mark.group() in _BRACKET_OPENERS else max(0, depth - 1)
        position = max(position, cut)
        if not depth:
            outside.append(cut)
    return outside


_DOUBLED = re.compile(r"\s*(\S.{6,198}?\S)\s*\1")  # a line that opens with the same words twice (at most 200 characters each)
_LOST_BREAK = re.compile(f"(?<=[{HAN}。！？：；”」』])\\s+(?=[{HAN}“「『（【])")
_SEGMENT_BULLET = re.compile(rf"\s(?=[{LINK_BULLETS}]\s?\S)")


# …and so is each cell of a table row that has an empty cell (`|  | | ↑↑ 사진 설명 | ⓒ 신문 | | 본문…`: a page printed
# its photo box and its body as one row); a bar in running prose (`A | B`) cuts nothing
_CELL_BAR = re.compile(r"(?<=\s[|｜])(?=\s)")
_EMPTY_CELL = re.compile(r"[|｜]\s*[|｜]")


# an HTML block tag printed as text (`<p class="ql-block">`, `</p>`, `<div>`), its attributes' quoted values
# holding anything; not `<br>`, a break inside a paragraph (often inside a sentence)
_BLOCK_TAG = printed_tag(BLOCK_ELEMENTS - {"br"})


# an inline HTML tag printed as text (`<STRONG>`, `<FONT face=細明體>`, `<BR>`): on a line of printed markup, a
# paragraph the block tags made may open with breaks and be wrapped whole in such a tag and its closing one
_INLINE_OPENING = printed_tag(INLINE_ELEMENTS - {"a"}, closing=False)


def _untagged_lines(text: str, dropped: list[Dropped]) -> list[tuple[int, int]]:
    """The spans of the page's lines; a line that opens with an HTML block tag is the page's markup
    printed as text (`<p class="ql-block"> …。</p> <p class="ql-block"> …`): it is cut where each
    of its block tags stands, the tags dropped as page furniture, into the paragraphs the markup
    made, and the inline tags that open or close such a paragraph (`<BR><STRONG>…。</STRONG>`) go
    with them. A tag inside a line of text (a headline broken by `<br>`, a code sample quoted in a
    sentence, a word set in bold mid-sentence) is the text's."""
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        opening = start + len(match.group()) - len(match.group().lstrip())
        if _BLOCK_TAG.match(text, opening):
            pieces: list[tuple[int, int]] = []
            for tag in _BLOCK_TAG.finditer(text, start, end):
                dropped.append(Dropped(tag.start(), tag.end(), tag.group(), "page-furniture"))
                pieces.append((start, tag.start()))
                start = tag.end()
            pieces.append((start, end))
            spans.extend(_without_edge_tags(text, piece_start, piece_end, dropped) for piece_start, piece_end in pieces)
        else:
            spans.append((start, end))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def _without_edge_tags(text: str, start: int, end: int, dropped: list[Dropped]) -> tuple[int, int]:
    """A paragraph of printed markup without the breaks it opens with and the inline tags it is wrapped
    in whole (`<BR><STRONG>…。</STRONG>`: each opening tag goes only with its own closing tag at the
    paragraph's end), dropped as page furniture. A link (`<a href=…>更多警情</a>`) is not unwrapped: a
    paragraph that is one link is a link; nor is a tag that closes inside the text (`<strong>民警提醒：</strong>遇到…`)."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        opening = _INLINE_OPENING.match(text, start, end)
        if opening is None:
            return start, end
        name = opening.group("name")
        if name.lower() == "br" or opening.group().rstrip(">").rstrip().endswith("/"):
            dropped.append(Dropped(opening.start(), opening.end(), opening.group(), "page-furniture"))
            start = opening.end()
            continue
        closing = re.search(rf"<\s*/\s*{re.escape(name)}\s*>$", text[opening.end() : end], re.IGNORECASE)
        if closing is None:
            return start, end
        closing_start = opening.end() + closing.start()
        dropped.append(Dropped(opening.start(), opening.end(), opening.group(), "page-furniture"))
        dropped.append(Dropped(closing_start, end, text[closing_start:end], "page-furniture"))
        start, end = opening.end(), closing_start


def page_lines(text: str, lang: str, settings: CleaningSettings, dropped: list[Dropped], meta: dict[str, str]) -> list[RuledLine]:
    """The page's non-blank lines, stripped, classified by the boilerplate rules; a glued prefix
    (`本报讯`, `[서울=뉴시스]…기자 =`) is cut off into `dropped` first. A line a rule takes whole only
    for the furniture glued after its last sentence is read as two (`_tail_split`)."""
    lines = []
    stamp = _page_stamp(text, lang, settings)
    for span in _untagged_lines(text, dropped):
        line_text = text[span[0] : span[1]].rstrip()
        if stamp and line_text.endswith(stamp):
            stamp_end = span[0] + len(line_text)
            dropped.append(Dropped(stamp_end - len(stamp), stamp_end, stamp, "page-furniture"))
            span = (span[0], stamp_end - len(stamp))
            if not text[span[0] : span[1]].strip():
                continue
        line_possible = PossibleRows.of(text[span[0] : span[1]], lang)
        pieces = _segments(text, *span, lang, settings, line_possible)
        for start, end in pieces:
            possible = line_possible if len(pieces) == 1 else PossibleRows.of(text[start:end], lang)
            first, last = start, end
            while start < end and text[start] in SPACE_CHARS:
                start += 1
            while end > start and text[end - 1] in SPACE_CHARS:
                end -= 1
            # a byte-order mark is no white space to Python: what is stripped of it is accounted for
            dropped.extend(Dropped(i, i + 1, text[i], "byte-order-mark") for i in (*range(first, start), *range(end, last)) if text[i] == "\ufeff")
            if start == end:
                continue
            mark, fields = len(dropped), set(meta)
            line = ruled_line(text, start, end, lang, settings, dropped, meta, possible)
            parts = _tail_split(text, start, end, line.rule, lang, possible, settings) if line.rule is not None else []
            if len(parts) < 2:
                lines.append(line)
                continue
            del dropped[mark:]  # the line is read again as its two parts
            for name in set(meta) - fields:
                del meta[name]
            for part_start, part_end in parts:
                part_end = part_start + len(text[part_start:part_end].rstrip())
                part_start = part_end - len(text[part_start:part_end].lstrip())
                lines.append(ruled_line(text, part_start, part_end, lang, settings, dropped, meta, PossibleRows.of(text[part_start:part_end], lang)))
    return lines


_DATED_CREDIT = re.compile(r"@|(?:19|20)\d\d\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}")
_PHOTOGRAPHER = re.compile(rf"(?:{PHOTO_CREDIT_WORDS}|제공|촬영)\s*[)）\]]?$")  # a photo credit's last word ends the text: `錢文攀 攝`, `(경찰청 제공)`


def _different_heads(heads: set[str]) -> int:
    """How many of the sentences are no copy of another with a label before it (`原标题:`, `【视频】`)."""
    kept: list[str] = []
    for head in sorted(heads, key=len):
        if not any(head.endswith(shorter) for shorter in kept):
            kept.append(head)
    return len(kept)


def _page_stamp(text: str, lang: str, settings: CleaningSettings) -> str | None:
    """What a mirror stamps after the paragraphs of the page it copies (`…壮烈牺牲。uNh鄂东网|www.…cn`):
    the same text glued after the last sentence of at least `stamp_lines` lines, `stamp_chars` to
    `tail_chars` characters long. It is cut off every line it ends, and a line of nothing else goes.
    A wire's dated credit after each caption of a photo story (`… 2023.08.05. kgb@newsis.com`) is no
    stamp, nor a photographer's after each caption of a gallery (`…排爆演練。 錢文攀 攝`): the byline
    and caption rows read those lines whole. Nor is a line printed again and again whole (a headline
    over each photo, `厉害了我的犬!警犬在深山中…`): the stamp follows two different sentences at least
    (a boilerplate line the page prints twice may be one of them)."""
    heads: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for line in _LINE.finditer(text):  # the lines `page_lines` reads
        cut = after_last_sentence(text, *line.span())
        if cut is not None:
            tail = text[cut : line.end()].strip()
            if settings.stamp_chars <= len(tail) <= settings.tail_chars and not _DATED_CREDIT.search(tail) and not _PHOTOGRAPHER.search(line_view(tail, lang)):
                heads.setdefault(tail, set()).add(text[line.start() : cut].strip())
                counts[tail] += 1
    stamp, count = max(((tail, counts[tail]) for tail, before in heads.items() if _different_heads(before) >= 2), key=lambda item: item[1], default=(None, 0))
    return stamp if count >= settings.stamp_lines else None


_END_MARK = re.compile(END_MARK)  # (the end mark row's, `{END_MARK}` in data/boilerplate.tsv)


def ruled_line(text: str, start: int, end: int, lang: str, settings: CleaningSettings, dropped: list[Dropped], meta: dict[str, str], possible: PossibleRows) -> RuledLine:
    """One stripped line, its prefix and link cut off (into `dropped`), classified."""
    start, whole, credit, labelled = cut_prefix(text, start, end, lang, dropped, meta, possible)
    line_end = end
    end = cut_link(text, start, end, lang, dropped, meta, possible, settings)
    body = text[start:end]
    # a title with a run of stars cut off its end (not a crosshead starred on both sides)
    starred = text[end:line_end].rstrip().endswith(SEPARATOR_STARS) and not body.startswith(SEPARATOR_STARS)
    ended = bool(_END_MARK.search(text, end, line_end))
    cut_short = end < line_end and CUT_SHORT.fullmatch(text, end, line_end) is not None
    view = line_view(body, lang)
    letters = count_letters(view)
    rule = WHOLE_LINE.get(whole or "") or taking_rule(view, lang, letters, possible)
    if rule is None and credited_caption(view, text[end:line_end], lang, letters, settings):
        rule = CREDITED_CAPTION
    return RuledLine(start, end, body, rule, letters, rule is None and reads_as_prose(view, letters, lang, settings), labelled, credit, starred, ended, cut_short)
