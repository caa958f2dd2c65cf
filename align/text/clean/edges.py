"""Furniture at a kept line's edges: a column label or a site's name glued before or after a
sentence, and a credit no table row knows glued before the lead (the credit model).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from align.script.chars import BAR, HAN, HANGUL
from align.text import linemodel
from align.text.clean.affixes import trimmed_line, without_closing_credit
from align.text.clean.body import mostly_fragments
from align.text.clean.patterns import ATTRIBUTION, DESCRIBED_REPORTER, DISPATCH_WORD, LEAD_TIME, OUTLET_NET, REPORTER, RuledLine
from align.text.clean.prose import ANNOUNCING, CLOSERS, LABEL_BRACKETS, SPACE_CHARS, after_last_sentence, before_space, count_letters, past_space
from align.text.clean.settings import CleaningSettings
from align.text.document import Dropped
from align.text.linemodel import CREDIT_END_MARKS

# …and the headline's own only where the name ends in a paper's, a site's or a station's word no clause of a headline
# ends in (the page title's `…走私案--馬祖日報`, `…다양화-동아닷컴`; not `-官方通报`, `--嫌犯落网`, `-警方收网`, `-系假新闻`,
# `-가짜뉴스`, `--피의자신문`), after a hyphen or an underscore (a headline's clause follows a dash, `——`), and where
# the line model finds it furniture (`_edge_pieces`); stricter than `headline._GLUED_SITE_SUFFIX`, which only compares copies
_HEADLINE_SITE_SUFFIX = re.compile(
    f"(?<=[{HAN}{HANGUL}”」』）)])(?:--|[_-])[{HAN}{HANGUL}A-Za-z0-9]{{1,10}}"
    "(?:日报|日報|晚报|晚報|时报|時報|商报|商報|晨报|晨報|新闻网|新聞網|在线|在線|频道|頻道|客户端|客戶端|电视台|電視台|"
    f"{OUTLET_NET}|일보|닷컴)$"
)


class _EdgePiece(NamedTuple):
    """A piece of a line (offsets in the line's text) that may be a label glued to its edge."""

    start: int
    end: int
    at_start: bool
    set_off: bool = False  # a tail set apart by a bracket, a bar or a dash, not by a sentence's end alone


_END_BRACKETS = {"】": "【", "〗": "〖", "]": "[", "］": "［", "〕": "〔", ")": "(", "）": "（", ">": "<", "》": "《"}  # closer -> opener, a label after a line
_HEAVY_BRACKETS = "【〖"  # these set a label apart even glued to the word before it (`…脫困【影音新聞】`); others must follow a space (not `逃犯(图)`, `來(lái)`)
_FIGURE = re.compile(r"[0-9０-９]")  # a piece with a figure is a note of the article's more often than a label
_EDGE_NUMBER = re.compile(r"[\s\dⅠ-Ⅻ一二三四五六七八九十]+")  # a bracketed number: a list item's, not a label (`［1］`, `【一】`)


def _edge_pieces(text: str, reach: int, heading: bool) -> list[_EdgePiece]:
    """Where a label may be glued to a line's edge (`text` a stripped line; labels looked for within
    `reach` characters of the edge). At the start, a group in square or heavy brackets (`[乡镇传真] …`,
    not a list item's number, `［1］`): what opens in parentheses, before a bar or a space is often the
    sentence's own (`（据本报记者此前报道）该案…`, `图文|警营开放日…`, `据新华社报道 警方…`). At the end:
    a bracketed group set apart from the word before it (`… 【影音新聞】`, `… [热事件]`), what follows
    the last bar (`… | 匯流新聞網`), what follows the last sentence mark (`…办理中。②`, `…말했다.
    진종인`, `…调查。返回列表 溫州新聞`) and, after a `heading`, an outlet's name glued on by a dash
    (`_HEADLINE_SITE_SUFFIX`: the page title's `…走私案--馬祖日報`). Not a word after a space alone: a
    Chinese headline parts its clauses so (`警方再出重拳！严打电信诈骗 守护百姓钱袋子`)."""
    pieces: list[_EdgePiece] = []
    closer = LABEL_BRACKETS.get(text[:1])
    if closer:
        close = text.find(closer, 1, reach)
        if close > 0 and not _EDGE_NUMBER.fullmatch(text[1:close]):
            pieces.append(_EdgePiece(0, close + 1, True))
    opener = _END_BRACKETS.get(text[-1:])
    if opener:
        open_ = text.rfind(opener, max(0, len(text) - reach), len(text) - 1)
        if open_ > 0 and (opener in _HEAVY_BRACKETS or text[open_ - 1].isspace()):
            pieces.append(_EdgePiece(open_, len(text), False, True))
    bars = [match.start() for match in BAR.finditer(text, max(0, len(text) - reach))]  # a site's name or a section after a bar (`… | 匯流新聞網`)
    if bars and bars[-1] < len(text) - 1:
        pieces.append(_EdgePiece(bars[-1], len(text), False, True))
    if heading and (site := _HEADLINE_SITE_SUFFIX.search(text, max(0, len(text) - reach))):
        pieces.append(_EdgePiece(site.start(), len(text), False, True))
    cut = after_last_sentence(text, max(0, len(text) - reach - 1), len(text), in_url=False)  # an earlier one leaves a longer tail than a label
    if cut is not None and cut >= len(text) - reach and text[cut:].strip(CLOSERS + "".join(_END_BRACKETS) + SPACE_CHARS):
        pieces.append(_EdgePiece(cut, len(text), False))
    return pieces


def _column_label(piece: str, line: RuledLine, headings: set[int], lang: str) -> bool:
    """Whether `piece`, glued to a Chinese headline (before it, the caller asks), is a label in square
    or lenticular brackets (`【阳光下的守护】“青春联盟”…`, `[乡镇传真] 闯火场…`): a column's or series'
    name, read at `line_model_heading_label_threshold`."""
    return lang == "zh" and line.start in headings and piece[:1] in "【[［〖" and piece[-1:] in "】]］〗"


def without_edge_furniture(
    text: str, kept: list[RuledLine], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings, whole: frozenset[int] = frozenset()
) -> tuple[list[RuledLine], dict[int, RuledLine]]:
    """The kept lines with a label the page glued to an edge cut off (`[乡镇传真] 闯火场救群众…`,
    `…安裝 | 匯流新聞網`, `…办理中。②`), and the lines trimmed so, by their old start. A piece of
    `_edge_pieces` goes when it has at most `line_model_edge_letters` letters, the line model finds
    it at least `line_model_edge_threshold` likely furniture (`line_model_edge_tail_threshold` at
    the end, where a site's name, a credit or a capture's source is glued more often than the start's
    column is not the annotators' article; but a text of more than `line_model_edge_tail_letters`
    letters set off by a sentence's end alone may be the next sentence's start, and is asked at the
    start's) and the line keeps `line_model_edge_rest_letters` (a short line is judged whole, by `without_likely_furniture`,
    which runs first: a caption's label is no reason to keep the caption). At the end, the widest
    such piece. Not a piece that recurs at an edge of another kept line (a list's marks, a page's
    structure rather than a label glued to one line), nor the end of the last line where
    `cut_closing_credit` takes a byline or source for the metadata (`…。(毛秀中)`). On a page written a
    clause per line, the threshold is raised to `line_model_fragmented_threshold` (1.0: not asked
    there). A column's name in brackets before a Chinese headline (`【暖心警事】衡阳…`, `_column_label`)
    goes at `line_model_heading_label_threshold` instead (raised likewise on such a page). A trimmed
    headline keeps its place among the headings. The lines starting at `whole` keep their start (the
    headline a saved page's markup prints, its column's name and all: `【奪命車禍】好爸爸…`); a site's name
    after it may still go (`… | 新华网`). 0.98, 12 and 8 by
    `scripts/train_line_model.py --cross-validate 0.1 --setting line_model_edge_threshold
    --thresholds 0.95,0.98,1` on 1,055 developed pages: 297 -> 290 snippets kept for 122 -> 125
    body lines lost at 0.98, 286 for 128 at 0.95. The end's 0.9 and 5 by the same with
    `--setting line_model_edge_tail_threshold --thresholds 0.9,0.98` on 2,445 developed pages:
    232 body lines lost and 524 snippets kept at 0.98, 234 and 506 at 0.9 (504 without the letters' limit:
    `記者走訪發現` and a list a sentence announced, `…如下。王建国 李卫东`, were lost)."""
    threshold = settings.line_model_edge_threshold
    tail_threshold = settings.line_model_edge_tail_threshold  # a name, credit or label glued to a line's end
    column_threshold = settings.line_model_heading_label_threshold  # a column's name before a headline (`_column_label`)
    if settings.line_model_threshold >= 1.0 or threshold >= 1.0:
        return kept, {}
    if mostly_fragments([line for line in kept if line.start not in headings], settings):
        if settings.line_model_fragmented_threshold >= 1.0:
            return kept, {}
        threshold = max(threshold, settings.line_model_fragmented_threshold)
        tail_threshold = max(tail_threshold, settings.line_model_fragmented_threshold)
        column_threshold = max(column_threshold, threshold)
    model = linemodel.line_model()
    reach = 2 * settings.line_model_edge_letters
    found = [(line, _edge_pieces(line.text, reach, line.start in headings)) for line in kept]
    texts = Counter(own for line, pieces in found for own in {line.text[a:b].strip() for a, b, *_ in pieces})
    recurring = {own for own, count in texts.items() if count > 1}

    def piece_threshold(line: RuledLine, piece: _EdgePiece, own: str) -> float:
        if piece.at_start:
            return column_threshold if _column_label(own, line, headings, lang) else threshold
        if _FIGURE.search(own) or ANNOUNCING.search(line.text, 0, piece.start):
            return threshold  # a note with a figure (`(2019년 기준)`, `| 3명`), or what a sentence announced (`…如下。王建国`)
        if piece.set_off or count_letters(own) <= settings.line_model_edge_tail_letters:
            return tail_threshold
        return threshold  # a longer text after a sentence's end may be the next sentence's start

    def label(line: RuledLine, piece: _EdgePiece, rest: str) -> bool:
        own = line.text[piece.start : piece.end].strip()
        return (
            own not in recurring
            and count_letters(own) <= settings.line_model_edge_letters
            and count_letters(rest) >= settings.line_model_edge_rest_letters
            and model.probability(own) >= piece_threshold(line, piece, own)
        )

    result: list[RuledLine] = []
    trimmed: dict[int, RuledLine] = {}
    for line, pieces in found:
        start, end = 0, len(line.text)
        head = None if line.start in whole else next((piece for piece in pieces if piece.at_start and label(line, piece, line.text[piece.end :])), None)
        if head is not None:
            start = past_space(line.text, head.end)
        own_end = len(without_closing_credit(line, lang)) if line is kept[-1] else end
        tails = sorted((piece for piece in pieces if not piece.at_start and piece.end <= own_end), key=lambda piece: piece.start)
        tail = next((piece for piece in tails if piece.start > start and label(line, piece, line.text[start : piece.start])), None)
        if tail is not None:
            end = before_space(line.text, tail.start)
        if (start, end) == (0, len(line.text)):
            result.append(line)
            continue
        if start:
            dropped.append(Dropped(line.start, line.start + start, line.text[:start], "line-model"))
        if end < len(line.text):
            dropped.append(Dropped(line.start + end, line.end, line.text[end:], "line-model"))
        trimmed[line.start] = trimmed_line(line, start, end, lang, settings)
        result.append(trimmed[line.start])
        if line.start in headings:
            headings.discard(line.start)
            headings.add(line.start + start)
    return result, trimmed


# what makes a text before a lead a credit the model may cut: a reporter's, correspondent's or
# photographer's role (not a press station's, 记者站, nor a press corps', 기자단) or a dispatch (…讯,
# …日电, …社电; not 审讯, 通讯录, 来电), with a name or an outlet beside it (an interview's turn,
# `기자 : 경찰은…?`, `通讯员: 您当时…?`, names none); a bracketed label alone is the article's
# (`【警情通报】6月10日…`), and so is an attribution (`(据新华社报道)`, `据新华社北京6月21日电,…`)
_LEAD_CREDIT_ROLE = (
    f"(?:{REPORTER}|通讯员|通訊員|摄影|攝影|编辑|編輯|撰文)(?![站會会节節证證团團])|[文图圖](?=\\s*[/／、])|(?:기자|특파원|통신원)(?![가-힣])"
    "|(?<![审審侦偵问問传傳资資])[讯訊](?![录錄息])|(?<=[日社网網台臺])[电電]$"
)
LEAD_CREDIT_MARK = re.compile(_LEAD_CREDIT_ROLE)
_LEAD_CREDIT_NAMES = re.compile(f"(?:{_LEAD_CREDIT_ROLE})|[\\W_\\d]")  # what is left of a credit without them names someone


# a separator the page prints before a paragraph's first words, or one a credit's cut left there (`| 영천경찰서가 …`,
# `[경기뉴스원/경기뉴스1] | 장흥소방서는 …`, `주우정 기자/ 충북경찰청은 …`): no sentence starts with a bar, a slash or `=`
_LEADING_SEPARATOR = re.compile(f"^[|｜/／=]+[{SPACE_CHARS}]*(?=[{HAN}{HANGUL}A-Za-z0-9])")


def without_leading_separators(kept: list[RuledLine], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The kept body lines without a separator mark before their first words (dropped as
    `page-furniture`; the gold sets leave such marks out of the article, as they leave a bar
    alone on its line). A headline keeps its marks: its line stands for the page's title."""
    out = []
    for line in kept:
        found = None if line.start in headings else _LEADING_SEPARATOR.match(line.text)
        if found is None:
            out.append(line)
            continue
        dropped.append(Dropped(line.start, line.start + found.end(), found.group(), "page-furniture"))
        out.append(trimmed_line(line, found.end(), len(line.text), lang, settings))
    return out


# an outlet's dispatch mark glued to the lead's first word, nothing between them (`交汇点讯昼伏夜出、望风盯梢…`; not 讯息, 讯问,
# nor a word ending in 讯: 电讯, 通讯, 资讯, 审讯, 视讯, 短讯 …, as `prefixes.tsv`'s 讯 rows spare them)
_GLUED_DISPATCH = re.compile(f"([{HAN}A-Za-z0-9]{{2,10}}?)(?<![审審传傳快通资資简簡喜死问問音电電视視短提腾騰聆偵侦刑应應噩佳])[讯訊](?![息问問號号])")


def _named_dispatch(line: RuledLine, dropped: list[Dropped]) -> int | None:
    """Where an outlet's dispatch glued to the lead's first word ends (`交汇点讯|昼伏夜出…`), when the page printed
    the outlet's name above the lead in a line cleaning dropped (its meta row, `2020/07/02 12:16 交汇点新闻`): no
    row tells the name from the lead's words, the page does."""
    match = _GLUED_DISPATCH.match(line.text)
    if match is None or not any(d.end <= line.start and match.group(1) in d.text for d in dropped):
        return None
    return match.end()


def without_lead_credit(
    text: str, kept: list[RuledLine], headings: set[int], lang: str, dropped: list[Dropped], meta: dict[str, str], settings: CleaningSettings
) -> list[RuledLine]:
    """The kept lines with a credit the `prefixes.tsv` rows do not know cut off the lead, the first
    kept line below the headline (`晋江新闻网讯 记者 王某 通讯员 李某 近日…`, `【某某新聞/台北報導】…`):
    where the credit model (`linemodel.CreditModel`) finds one ending at `credit_model_threshold` at
    least that names a role or a dispatch (`LEAD_CREDIT_MARK`) beside a name or an outlet and
    attributes nothing (`据…`), and that ends at a mark where a row cut a credit before it, it is
    dropped as a `prefix` and kept as the metadata's `source` (unless a row found one). Only the lead
    is asked: credits are glued there, and a later line's opening words in brackets or before a colon
    are the article's. 0.3 by `scripts/train_line_model.py --model credit --cross-validate 0.1
    --thresholds 0.1,0.2,0.3,0.5,1` on 1,431 developed pages (each fold's by a model that never saw
    their sites): without the marks' check 0.3 is the lowest that loses no body line (0.1 loses 2);
    with it, none of them loses one (126, as not asked) and each keeps 267 snippets against 268 (the
    rows already know the developed pages' credits: the model is for the sites they do not)."""
    threshold = settings.credit_model_threshold
    if settings.line_model_threshold >= 1.0 or threshold >= 1.0:
        return kept
    lead = next((i for i, line in enumerate(kept) if line.start not in headings), None)
    if lead is None:
        return kept
    line = kept[lead]
    # after a credit a row cut (本报讯 记者王鹏), a second one must end at a mark (`…報道:`): before a
    # space, the name glued to the lead's words would go with them (`通讯员李杰3月5日 市公安局…`)
    after_row = any(d.reason == "prefix" and d.end <= line.start and not text[d.end : line.start].strip() for d in dropped)

    def admits(head: str) -> bool:
        own = head.strip()
        named = len(_LEAD_CREDIT_NAMES.sub("", own)) >= 2 and DESCRIBED_REPORTER.search(own) is None  # `(전직 기자)` names no one
        dispatch = max(own.rfind(mark) for mark in "讯訊电電")  # a dispatch's credit ends the credit: the lead's own date after it is the lead's (`(布先20日讯)本月21日(星期五)下午…`)
        dated = dispatch >= 0 and LEAD_TIME.match(own, dispatch + 1) is not None
        into_word = DISPATCH_WORD.match(line.text, len(head) - 1) is not None  # `本报5月2日电|话采访中…`: the lead's word goes on
        return (not after_row or head[-1] in CREDIT_END_MARKS) and named and not dated and not into_word and LEAD_CREDIT_MARK.search(own) is not None and not ATTRIBUTION.match(head)

    found = linemodel.credit_model().best_cut(line.text, admits)
    cut = found[0] if found is not None and found[1] >= threshold else _named_dispatch(line, dropped)
    if cut is None:
        return kept
    start = past_space(line.text, cut)
    dropped.append(Dropped(line.start, line.start + start, line.text[:start], "prefix"))
    meta.setdefault("source", line.text[:cut].strip())
    return [*kept[:lead], trimmed_line(line, start, len(line.text), lang, settings), *kept[lead + 1 :]]
