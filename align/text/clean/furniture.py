"""Whole lines inside the body that are furniture: lines in another language, a paper's masthead in
Latin letters, captions quoted from the text, numbered series and galleries of captions, parallel
crossheads, and the short lines the learned line model judges furniture.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Sequence

from align.script.chars import HAN, LATIN_LETTER, count_scripts, is_han
from align.text import linemodel
from align.text.clean.affixes import without_closing_credit
from align.text.clean.body import mostly_fragments
from align.text.clean.headline import dashed_deck
from align.text.clean.patterns import ASKING_END, RuledLine
from align.text.clean.prose import (
    BULLETED,
    CLOSING_QUOTES,
    LEAD_BIGRAMS,
    LIST_ITEM,
    alphanumerics,
    ends_a_sentence,
    ends_with_a_mark,
    in_other_language,
    introduces_next,
    is_fragment,
    lead_bigrams,
    prose_letters,
    shared_share,
    without_spaces,
)
from align.text.clean.settings import CleaningSettings
from align.text.clean.wrapping import wrap_width, wraps_at_width
from align.text.document import Dropped

_CAPTION_MARKS = ("▲", "△")


def marked_captions(lines: Sequence[RuledLine], settings: CleaningSettings) -> set[int]:
    """The lines that open with a photo caption's mark and that no rule took, too long for the short
    caption rows (`▲ 양산경찰서는 지난 19일 배내골 여름파출소 개소식을 개최했다. 여름파출소는 …`): one
    mark, at most `marked_caption_letters` letters, and alone. A line next to it opening with a mark
    too, other than its own copy (an image's alt text over its caption, in other quotes or spacing), makes the two points of a list
    under marks; a line that asks (`▲ … 구체적으로 설명해 달라.`) is an interview's turn."""
    marked = {
        i
        for i, line in enumerate(lines)
        if line.rule is None
        and line.text.lstrip().startswith(_CAPTION_MARKS)
        and sum(line.text.count(mark) for mark in _CAPTION_MARKS) == 1
        and line.letters <= settings.marked_caption_letters
        and not ASKING_END.search(line.text)
    }

    def listed(i: int) -> bool:
        return any(
            0 <= k < len(lines) and lines[k].text.lstrip().startswith(_CAPTION_MARKS) and alphanumerics(lines[k].text) != alphanumerics(lines[i].text)
            for k in (i - 1, i + 1)
        )

    return {i for i in marked if not listed(i)}


def without_quoting_captions(kept: list[RuledLine], headings: set[int], repeated: set[str], dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """A photo caption printed twice that quotes a clause of the body word for word (`見賴姓與劉姓
    犯嫌下車,警力隨即上前包抄查緝` under two photos, then in the sentence that tells it): an
    unfinished line that the page repeats, found whole inside a longer kept paragraph near it
    (`caption_window` lines either side). A crosshead is printed once, so it stays."""
    bodies = [without_spaces(line.text) for line in kept]
    result = []
    for i, (line, body) in enumerate(zip(kept, bodies)):
        near = bodies[max(0, i - settings.caption_window) : i] + bodies[i + 1 : i + 1 + settings.caption_window]
        quoting = (
            line.start not in headings
            and body in repeated
            and line.letters >= settings.caption_letters
            and is_fragment(line)
            and any(len(other) > len(body) and body in other for other in near)
        )
        if quoting:
            dropped.append(Dropped(line.start, line.end, line.text, "caption"))
        else:
            result.append(line)
    return result


# an English paragraph: a capital first, a sentence end last, no code or widget marks between
_LATIN_PROSE = re.compile(r"^[A-Z][^;{}=<>|]*[A-Za-z0-9)”\"'][.!?]$")
_LATIN_CREDIT = re.compile(r"^(?:(?:Additional\s+)?(?:Photos?|Reporting|Reported|Edited|Editing|Written|Translated|Translation|Video|Graphics?)\b[^.!?]{0,20}\bby\b|©|\(c\)|Copyright\b)", re.I)  # `Photo by Kim Min-su, Yonhap.`: a credit, no sentence
_LATIN_SOURCE = re.compile(r"^(?:Source|Photo|Image|Picture|Credit|Courtesy|Video|File\s+photo)s?\s*[:：]", re.I)  # `Source: Pexels`, `Photo: AP`: a picture's credit


# a paper's or broadcaster's name in Latin letters: up to six capitalised words ending in a paper's word
# (`HANHO KOREAN DAILY`, `The Korea Daily`, `Perth Inside WA Korean News Paper`), not a headline that uses
# one (`Social Media Scams Target Seniors`, `Beware of Fake News`)
_LATIN_MASTHEAD = re.compile(
    r"^(?:[A-Z0-9][\w&.'’-]*\s+){0,5}(?i:news|daily|times|herald|post|journal|tribune|press|weekly|gazette|(?:news)?paper|media|broadcasting)$"
)


# an English slogan or quote a report prints on a line of its own: in quotation marks, or exclaimed
_LATIN_QUOTED = re.compile(r"^[\"“「『‘'].*|.*[!！]$")


def _latin_prose(text: str) -> bool:
    """An English sentence (`Police arrested a man today.`), not a credit (`Photo by Kim.`)."""
    return bool(_LATIN_PROSE.match(text.strip())) and not _LATIN_CREDIT.match(text.strip())


_FUNCTION_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to", "with"})


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


def _named_below(line: str, below: Sequence[RuledLine]) -> bool:
    """Whether a word of `line` in Latin letters, not a function word, is a word of the lines below
    (`Hi Mum` over `'엄마 저예요(Hi Mum)' 사기`), case aside."""
    words = {word.lower() for word in _LATIN_WORD.findall(line)} - _FUNCTION_WORDS
    return any(word.lower() in words for other in below for word in _LATIN_WORD.findall(other.text))


def without_stray_other_language(kept: list[RuledLine], dropped: list[Dropped], settings: CleaningSettings, lang: str = "") -> list[RuledLine]:
    """A line in another language alone among the article's lines (an English photo caption in a
    Chinese report) is not the article's text. A run of such lines is (a bilingual police notice
    prints its English version below the Chinese one), and so is every English paragraph of a page
    whose English prose is at least `bilingual_share` of its lines (a notice alternating Chinese and
    English paragraphs), a line the line before introduces (`…齐声高喊反诈口号：`) and the first line
    (a headline, unless it is a masthead such as `HANHO KOREAN DAILY` that the article does not name),
    and so is a short line in quotation marks or ending in `!` (a slogan). An English
    quote of `other_language_quote_letters` letters or more after a lead-in that ends in a full stop is
    still taken, and so is a run that is a caption and its credit (no sentence among its lines, and a
    `Source:` or `Photo by` line). In a Korean article (`lang`), Chinese titles after its last Korean
    line go too (`_trailing_chinese_titles`)."""
    foreign = [in_other_language(line, settings) for line in kept]
    prose = [is_other and _latin_prose(line.text) for line, is_other in zip(kept, foreign, strict=True)]
    is_prose = [is_line_prose for is_line_prose, is_other in zip(prose, foreign, strict=True) if is_other]
    # the English version's headline (no sentence end) is its first line; any other line that is no sentence is a caption
    headed = is_prose[1:] and all(is_prose[1:]) and sum(is_prose) >= 2
    # …or, of at least three English paragraphs, one line that is no sentence (a helpline's number, a list item)
    loose = sum(is_prose) >= 3 and is_prose[1:].count(False) <= 1
    if is_prose and len(is_prose) >= settings.bilingual_share * len(kept) and (all(is_prose) or headed or loose):
        return kept
    stray: set[int] = set()
    for is_other, group in itertools.groupby(range(len(kept)), key=foreign.__getitem__):
        run = list(group)
        if not is_other or (run[0] > 0 and introduces_next(kept[run[0] - 1])):
            continue  # a run the line before introduces stays
        texts = [kept[k].text.strip() for k in run]
        if run[0] == 0:
            # the first lines stay (a headline), but for a first line that is no sentence, has a paper's
            # word and names nothing the article's other lines name: the outlet's masthead (`HANHO KOREAN DAILY`)
            if len(kept) > 1 and not prose[0] and _LATIN_MASTHEAD.match(texts[0]) and not _named_below(texts[0], kept[1:]):
                stray.add(kept[0].start)
            continue
        if len(run) == 1:
            taken = not (_LATIN_QUOTED.match(texts[0]) and len(LATIN_LETTER.findall(texts[0])) < settings.other_language_quote_letters)  # a slogan stays
        else:
            # a run is a version in that language (a notice's, a list's) unless it is a caption and its
            # credit (`Scam calls` / `Source: Pexels`): no sentence among its lines and a credit
            taken = not any(prose[k] for k in run) and any(_LATIN_SOURCE.match(text) or _LATIN_CREDIT.match(text) for text in texts)
        if taken:
            stray.update(kept[k].start for k in run)
    if lang == "ko":
        stray |= _trailing_chinese_titles(kept, settings)
    dropped.extend(Dropped(line.start, line.end, line.text, "other-language") for line in kept if line.start in stray)
    return [line for line in kept if line.start not in stray]


def _trailing_chinese_titles(kept: list[RuledLine], settings: CleaningSettings) -> set[int]:
    """In a Korean article, the lines after its last Korean one that are Chinese titles: no Hangul, at
    least `other_language_han` Han characters, no sentence's end (a gallery's other photos,
    `(突发事件后续)(2)平邑石膏矿坍塌事故…`, under a Korean wire story). A Chinese version that is prose stays,
    as an English one does."""
    korean = [k for k, line in enumerate(kept) if count_scripts(line.text)[0]]
    if len(korean) < 2:
        return set()
    after = kept[korean[-1] + 1 :]
    titles = [line for line in after if count_scripts(line.text)[1] >= settings.other_language_han and not ends_a_sentence(line.text)]
    return {line.start for line in titles} if len(titles) == len(after) else set()


def without_likely_furniture(text: str, kept: list[RuledLine], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """Short lines the rules kept that the line model, trained on the developed pages' body lines and
    boilerplate, finds likely furniture: the captions, labels and widgets of sites no rule was written
    from. Not asked (of the lines below the headline): a finished sentence between two other finished ones, a line
    that introduces what follows (`執勤方式:`), the rest of
    a sentence in Chinese copy wrapped at a fixed width (`wraps_at_width`). A list item (`2. 发票`, the
    crosshead of a list the article makes; `- 작성일`, a page's) goes only at `line_model_list_threshold`
    (0.99 by the cross-validation below, on 1,055 developed pages: 303 -> 297 snippets kept, body
    lines lost unchanged; 0.95 dropped an article's bulleted tip); a line of a gallery's captions
    between two paragraphs (`_gallery_lines`) already at `line_model_gallery_threshold` (0.2 on
    1,165 developed pages and the developed caption and related rows, against 0.6: 244 -> 243
    snippets kept, 125 -> 127 of 162 captions dropped, body lines lost unchanged; 0.3 126, 0.1 one
    body line more lost; 0.6 was chosen on 1,149 pages, where it kept 264 against 266; runs of two
    took two crossheads in a row). On a page that breaks its clauses onto lines of
    their own (short lines are its sentences' clauses there) only a surer model drops a line: each
    threshold is raised to `line_model_fragmented_threshold` (1.0: the model is not asked there),
    none lowered (0.95 by `scripts/train_line_model.py --cross-validate 0.1 --setting
    line_model_fragmented_threshold --thresholds 0.9,0.95,1`: on 935 developed pages it kept 8
    snippets fewer than 1.0 for one body line more; 0.9 lost 4 body lines more for 4 snippets); when
    the model would leave no line but the headline, it is overruled (it cannot tell such a page's
    article from its furniture). The headline's lines are asked too, whatever their length, at
    `line_model_headline_threshold` (raised on a fragmented page as the others are), but never the one
    most in the lead's words, nor one with `line_model_headline_share` of its words in the lead; where
    none shares the lead's words, the one the model finds least likely furniture stands for the
    headline and is asked at `line_model_title_threshold` (a lone line taken for the headline may be a
    widget: `手机WAP版`). 0.9, 0.5 and 0.95 by the same cross-validation (on 1,055 developed pages: 304
    snippets kept, 122 body lines lost; 310 and 123 with the lone line never asked; 302 and 123 with
    every line but the one most in the lead's words asked)."""
    if settings.line_model_threshold >= 1.0:
        return kept
    body = [line for line in kept if line.start not in headings]
    threshold, announced_threshold, headline_threshold = settings.line_model_threshold, settings.line_model_announced_threshold, settings.line_model_headline_threshold
    fragmented = mostly_fragments(body, settings)
    if fragmented:
        if settings.line_model_fragmented_threshold >= 1.0:
            return kept
        threshold = max(settings.line_model_fragmented_threshold, threshold)
        announced_threshold = max(settings.line_model_fragmented_threshold, announced_threshold)
        headline_threshold = max(settings.line_model_fragmented_threshold, headline_threshold)
    model = linemodel.line_model()
    inside = {  # a short line of the article's own between two others: a finished sentence between two
        # finished ones (谢谢！谢谢！), a bracketed, letter-spaced or English-glossed crosshead between two paragraphs
        # of prose (【案情回顾】, `通  告`, `로맨스 사기(Romance scams)`)
        line.start
        for before, line, after in zip(kept, kept[1:], kept[2:])
        if all(ends_a_sentence(other.text) for other in (before, line, after))
        or (before.prose and after.prose and any(head.fullmatch(line.text.strip()) for head in (_BRACKETED_HEAD, SPACED_HEAD, _GLOSSED_HEAD)))
    }
    # a clause of a Chinese line that parts its clauses with spaces, not commas (`…刚好接到一起小孩走失的报警 经过信息比对
    # 确认该男孩正是…`), cut at each space as though it had lost its line breaks: one of three clauses in a row, none finished
    inside |= {
        line.start
        for before, line, after in zip(kept, kept[1:], kept[2:])
        if _same_line(text, before, line) and _same_line(text, line, after) and not any(ends_a_sentence(other.text) for other in (before, line, after))
    }
    inside |= _numbered_series(body, settings)  # the article's numbered crossheads (锦旗一 … 锦旗四), however short
    inside |= _parallel_crossheads(body, settings)  # …and its crossheads of one form (送去一堂法治课 … 送一本小册子 … 送去一项制度)
    # the speaker of a quotation set off on its own line by a dash under it (`“…행동해야 한다.”` / `— 박찬대 의원`)
    inside |= {line.start for before, line in zip(kept, kept[1:]) if before.text.rstrip()[-1:] in CLOSING_QUOTES and _QUOTE_SPEAKER.fullmatch(line.text.strip())}
    # what a clause of the article announces with a colon (`民警带领群众齐声高喊反诈口号：` / a slogan, a quote) is
    # furniture only to a surer model (a widget after it, `返回顶部`, still goes)
    announced = {line.start for before, line in zip(body, body[1:]) if introduces_next(before) and before.letters >= prose_letters(lang, settings)}
    width = wrap_width(body, settings) if lang == "zh" and settings.rejoin else 0
    if width:  # Chinese copy wrapped at a fixed width: the rest of a sentence a full line left open (`…引发全` / `世界关注。…`)
        inside |= {
            line.start
            for before, line in zip(kept[1:], kept[2:])  # not after the headline: a title is no wrapped line
            if wraps_at_width(text, before.end, before.text, line, width, settings)
        }
    list_threshold = settings.line_model_list_threshold if settings.line_model_list_threshold < 1.0 else float("inf")  # 1.0: not asked
    gallery = set() if fragmented else _gallery_lines(body, settings)  # a page of clause lines has no gallery between paragraphs

    def body_threshold(line: RuledLine) -> float:
        """How likely furniture the model must find a body line: a list item's bound, and over it the
        bound of a line a clause announces, of a gallery's caption, or of any line."""
        if line.start in announced:
            own = announced_threshold
        elif line.start in gallery:
            own = min(settings.line_model_gallery_threshold, threshold)
        else:
            own = threshold
        return max(list_threshold if LIST_ITEM.match(line.text) else 0.0, own)

    block = [line for line in kept if line.start in headings]
    odds = {line.start: model.probability(line.text) for line in block}
    # the headline proper: the block's line most in the lead's words, whatever the model says (a
    # sub-headline or a kicker may be less like furniture to it); where none shares them, the line the
    # model finds least likely furniture, asked at `line_model_title_threshold`
    lead = lead_bigrams(body, lang, settings)
    sharing = [(shared_share(line.text, lead, lang, settings), line) for line in block] if len(lead) >= LEAD_BIGRAMS else []
    best = max(sharing, key=lambda pair: pair[0], default=(0.0, None))
    proper = best[1] if best[0] > 0 else min(block, key=lambda line: odds[line.start], default=None)
    in_words = {line.start for share, line in sharing if share >= settings.line_model_headline_share}
    under = next((block[k + 1] for k in range(len(block) - 1) if block[k] is proper), None)
    if under is not None and dashed_deck(under.text):
        in_words.add(under.start)  # the headline's deck set off by dashes right under it (`- 인공지능(AI) 기능 확대 …`): the cleaner kept it as one
    furniture = {
        line.start
        for line in block
        if not (line is proper and best[0] > 0)
        and line.start not in in_words
        and odds[line.start] >= (settings.line_model_title_threshold if line is proper else headline_threshold)
    }
    furniture |= {
        line.start
        for line in body
        if line.letters <= settings.line_model_letters
        and line.start not in inside
        and not introduces_next(line)
        and model.probability(without_closing_credit(line, lang) if line is kept[-1] else line.text) >= body_threshold(line)
    }
    if not furniture or all(line.start in furniture or line.start in headings for line in kept):
        return kept
    dropped.extend(Dropped(line.start, line.end, line.text, "line-model") for line in kept if line.start in furniture)
    return [line for line in kept if line.start not in furniture]


def _same_line(text: str, first: RuledLine, second: RuledLine) -> bool:
    """Whether two kept lines are pieces of one line of the page, parted by spaces alone."""
    gap = text[first.end : second.start]
    return first.end <= second.start and not gap.strip() and "\n" not in gap and "\r" not in gap


_QUOTE_SPEAKER = re.compile(r"(?:—{1,2}|–|―{1,2}|--)\s*[^\s—–―\-][^\n]{0,30}")  # a dash, then who said it
_SERIES_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十①-⑳]+")


def _numbered_series(body: list[RuledLine], settings: CleaningSettings) -> set[int]:
    """Short lines that number a series of the article's own parts (`锦旗一` … `锦旗四`, `案例1` … `案例3`,
    `사례 1` …): at least `series_lines` lines of at most `line_model_letters` letters that differ only in
    their number, each number another, with words of their own around it (at least two letters that are not
    a photo's, a video's, an ad's or a page's: `图片1`, `视频2`, `第1页` are none), and prose between any two of them (each heads a part;
    a gallery's numbered captions, `澎湃新闻微博1` / `澎湃新闻微博2`, run together). A page's furniture does
    not number itself so."""
    groups: dict[str, list[tuple[RuledLine, str]]] = {}  # the lines of each stem, each with the number it bears
    for line in body:
        number = _SERIES_NUMBER.search(line.text) if line.letters <= settings.line_model_letters else None
        if number is None:
            continue
        stem = _SERIES_NUMBER.sub("#", without_spaces(line.text))
        if sum(ch.isalpha() for ch in stem) >= 2 and not _SERIES_FURNITURE.search(stem):
            groups.setdefault(stem, []).append((line, number.group()))
    prose = [line.start for line in body if line.prose]
    series: set[int] = set()
    for numbered in groups.values():
        members = [line for line, _number in numbered]
        # each heads a part of its own: prose between any two of them (a gallery's numbered captions run together)
        parted = all(any(one.end <= start < other.start for start in prose) for one, other in zip(members, members[1:]))
        if len(members) >= settings.series_lines and len({number for _line, number in numbered}) == len(members) and parted:
            series.update(line.start for line in members)
    return series


def _unfinished_short(line: RuledLine, settings: CleaningSettings) -> bool:
    """A line no rule took, no prose, without a sentence's end mark and of at most `line_model_letters`
    letters: what stands between paragraphs as a crosshead or a gallery's caption."""
    return line.rule is None and not line.prose and not ends_with_a_mark(line.text) and line.letters <= settings.line_model_letters


def _parallel_crossheads(body: list[RuledLine], settings: CleaningSettings) -> set[int]:
    """Short lines that head the article's parts in one form (`送去一堂法治课` … `送一本小册子` … `送去一项制度`):
    at least `series_lines` unfinished lines of at most `line_model_letters` letters that no rule took, each
    alone between two paragraphs of prose, each another, that open or close alike as a list's items do
    (`_parallel`; `雁江分局` … `高新分局` … `临空分局`). A gallery's captions between paragraphs open with their
    subject (`民警…` / `民警…`), which `_parallel` tells apart; a credit under each photo is the same line each time."""
    heads = [
        line
        for above, line, below in zip(body, body[1:], body[2:])
        if above.prose and below.prose and _unfinished_short(line, settings)
    ]
    if any(_PICTURE_LABEL.match(line.text) for line in heads):
        return set()  # a gallery's captions, numbered by their pictures (`图①：民警…` / `图②：…`)
    distinct = len({without_spaces(line.text) for line in heads}) == len(heads)  # a photo credit printed under each photo (`…宣传部供图`) is one line again and again
    return {line.start for line in heads} if len(heads) >= settings.series_lines and distinct and _parallel(heads) else set()


_PICTURE_LABEL = re.compile(r"\W{0,2}(?:图|圖|照片|사진|이미지|视频|視頻|영상)\s*[\d０-９一二三四五六七八九十①-⑳]")  # a picture's number opening its caption
_SERIES_FURNITURE = re.compile(r"图|圖|照片|사진|이미지|视频|視頻|영상|동영상|广告|廣告|광고|页|頁|페이지|期|楼|樓|条|條|版")


def _gallery_lines(body: list[RuledLine], settings: CleaningSettings) -> set[int]:
    """The lines of runs of at least `gallery_lines` unfinished short lines (no rule's, no sentence
    end, at most `line_model_letters` letters) with a prose paragraph right above and right below
    the run: a gallery's captions printed between two paragraphs (`民警赴山东抓获一名…嫌疑人` /
    `民警赴新疆乌苏抓获…`), asked at `line_model_gallery_threshold`. A crosshead stands alone; a run
    of a list's items (`_parallel`) is a list the article makes, no gallery."""
    found: set[int] = set()
    run: list[RuledLine] = []
    for i, line in enumerate(body):
        if _unfinished_short(line, settings):
            run.append(line)
            continue
        if len(run) >= settings.gallery_lines and line.prose and i - len(run) - 1 >= 0 and body[i - len(run) - 1].prose and not _parallel(run):
            found |= {other.start for other in run}
        run = []
    return found


def _parallel(run: list[RuledLine]) -> bool:
    """Whether the lines of a run are items of a list: all close with the same character (`张某(男,32岁)`
    / `李某(女,45岁)`), or all are bulleted or counted off (`ㅇ …`, `一是…` / `二是…`, `가. …`, `첫째`),
    or all open alike: with the same mark that is no word (a bracket), with a numeral after what they
    share (`第一步 …` / `第二步 …`, `步骤一`, `제 1 단계`), or sharing one character only (`严打…` /
    `严查…`, `不轻信…` / `不点击…`), or with the same verb or pronoun as jieba tags their first word
    (`加强…` / `加强…`, a poem's `你是…` / `你是…`). Captions of one subject opening with it (`骑警进帐篷宣讲` /
    `骑警途中休息` / `骑警雪中徒步`) are no list."""
    texts = [line.text.strip() for line in run]
    if len({text[-1:] for text in texts}) == 1:
        return True
    if all(BULLETED.match(text) or _ENUMERATED.match(text) for text in texts):
        return True
    common = os.path.commonprefix(texts)
    if not common:
        return False
    if not common[0].isalnum():
        return True
    if all(text[len(common) :].lstrip()[:1] in _NUMERALS for text in texts):
        return True
    # the same verb or pronoun first (加强… / 加强…, 你是… / 你是…): a list's items or a poem's lines; captions
    # open with their subject (民警… , 骑警…)
    if is_han(common[0]):
        from align.script.readings import first_chinese_word  # jieba's dictionary, loaded only for such a run

        word, word_class = first_chinese_word(texts[0])
        if len(word) <= len(common) and word_class.startswith(("v", "r")):
            return True
    # one character shared (不轻信… / 不点击…, 严打… / 严查… / 严打…): a list, though captions of a subject
    # of one character then another (民警… / 民辅警…) read so too
    return len(common.rstrip()) == 1


_ENUMERATED = re.compile(r"[一二三四五六七八九十]{1,2}是|[가나다라마바사아자차카타파하][.)]\s|(?:첫|둘|셋|넷|다섯)째")
_NUMERALS = set("一二三四五六七八九十0123456789０１２３４５６７８９")


_BRACKETED_HEAD = re.compile(r"[【〖［\[][^】〗］\]\n]{2,12}[】〗］\]]")
# a crosshead in the article's language glossed in English after a comma or in brackets, two English words or more: a
# community paper abroad heads its parts so (`로맨스 사기(Romance scams)`, `가짜 수표 사기, Fake Check Scam using Instagram
# Photos`); a masthead's name in capitals (`기호일보 - 아침을 여는 신문, KIHOILBO`) is one word
_GLOSSED_HEAD = re.compile(r"[가-힣\u4e00-\u9fff][^A-Za-z\n]{1,30}?(?:,\s*|\s*[(（])[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){1,7}\s*[)）]?")


# a document's title set letter by letter (`通  告`, `倡 议 书`): a notice the article quotes, between its paragraphs
SPACED_HEAD = re.compile(f"[{HAN}](?:[ \u3000\u00a0]+[{HAN}]){{1,5}}")
