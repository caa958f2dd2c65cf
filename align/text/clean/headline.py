"""Choosing the headline: the title-like lines above the body, the copies of the title printed
around it (under a photo, as a deck, glued to the lead), and the one whose words the lead shares.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from functools import lru_cache

from align.data import data_lines
from align.script.chars import BARS, HAN, is_hangul
from align.script.numbers import ENGLISH_MONTH, UPDATE_LINE, ends_with_english_date, iso_datetime, labelled_publication
from align.text.clean.affixes import trimmed_line
from align.text.clean.patterns import RuledLine
from align.text.clean.prose import (
    BULLETED,
    CLOSERS,
    EXCLAIMED,
    ITEM_POINT,
    LABEL_BRACKETS,
    LABEL_MARKS,
    LEAD_BIGRAMS,
    LINK_BULLETS,
    LIST_ITEM,
    alphanumerics,
    count_letters,
    ends_a_sentence,
    ends_with_a_mark,
    is_fragment,
    is_sentence,
    is_space,
    lead_bigrams,
    meta_row,
    past_space,
    reads_in_language,
    sentence_ends,
    shared_bigrams,
    shared_share,
    without_spaces,
)
from align.text.clean.settings import CleaningSettings
from align.text.document import Dropped

# four or more short Chinese phrases in a row with nothing but spaces between them, no punctuation: a menu (a Korean
# headline is words between spaces, 경찰 음주운전 특별단속; a Chinese one may be three phrases, 春运 平安 回家)
_MENU_WORDS = re.compile(r"[^\W_]{2,6}(?:[ \u3000]+[^\W_]{2,6}){3,}")


def title_lines(lines: list[RuledLine], body_start: int, lang: str, settings: CleaningSettings, captions: bool = False) -> list[int]:
    """The headline lines, in page order: among the last title-like lines above the body (not a
    rule line, but for one a byline or keywords row took on words a headline may have, `_soft_byline`,
    `_soft_keywords`; not a subtitle or caption), those that share words with the lead (a headline, its kicker
    or sub-headline, never a promo or menu line), Chinese compared in simplified characters (a
    traditional headline over a simplified body); the nearest one in the article's script when the
    lead is too short to tell, or when none shares. The first of them is the headline proper. A line
    printed twice over a photo credit is a caption and no candidate (`_photo_captions`), unless
    the page has no other (asked again with `captions`); a numbered gallery's captions
    (`_numbered_captions`) are no candidates on either pass. A line printed twice right above the
    chosen lines with no label's mark heads them though it shares no words with the lead (a headline
    printed twice over its sub-headline). A repost's original headline under its label (`原标题:…`)
    that, joined with the `——…` line under it, is a headline above again is no line of its own."""
    # captions by their place (printed twice over a credit, a series under one) may still be the headline when no
    # other line can be, and are asked again; a numbered gallery's are never candidates, on either pass
    doubtful = set() if captions else _photo_captions(lines, body_start) | _photo_series(lines, body_start, settings)
    hidden = doubtful | _numbered_captions(lines, body_start)
    lead_text = "".join(line.text for line in lines[body_start : body_start + settings.lead_lines])
    candidates = [
        i
        for i in range(body_start - 1, -1, -1)
        if (lines[i].rule is None or _soft_byline(lines[i], settings) or _soft_keywords(lines[i], lead_text, lang, settings))
        and lines[i].letters >= settings.title_letters
        and not lines[i].text.startswith(("——", "--", "—"))
        and not _mostly_digits(lines[i].text)  # a date line (2025年07月15日) shares figures with the lead, not words
        and not lines[i].text.lstrip().startswith(("▲", "△", "□"))  # a photo's caption mark (`▲ TV조선 기자들이 … 항의하고 있다.<뉴시스>`) or a box opening a column's label or a paragraph (`□ 關注·禁毒宣傳`, `□ 경북경찰청(청장 …)은`), never a headline's
        and i not in hidden
    ][: settings.title_lookback]
    unruled = [i for i in candidates if lines[i].rule is None]
    in_language = [i for i in unruled if reads_in_language(lines[i], lang, settings)]
    # the nearest in the article's script, a menu's words in a row (`展会发布 展会网站大全 报名观展合作`) last
    fallback = next((i for i in in_language if lang != "zh" or not _MENU_WORDS.fullmatch(lines[i].text.strip())), in_language[0] if in_language else unruled[0] if unruled else None)
    if not candidates and doubtful:
        return title_lines(lines, body_start, lang, settings, captions=True)
    lead = lead_bigrams(lines[body_start : body_start + settings.lead_lines], lang, settings)
    if not candidates:
        short = _short_title_printed_twice(lines, body_start, lead, lang, settings)
        return [short] if short is not None else []
    if len(lead) < LEAD_BIGRAMS:
        return [fallback] if fallback is not None else []
    chosen: list[int] = []
    for i in candidates:
        if not shared_share(lines[i].text, lead, lang, settings, settings.title_byline_overlap if _soft_byline(lines[i], settings) else None):
            continue
        # a headline printed twice (a meta table's title, then the title again with `!!`): the
        # first copy in page order is the headline, as a repeated paragraph's first copy is body;
        # of a copy with a kicker set off at an edge (`感动!…`, `[단독] …`), the one without it
        repeated = next((k for k, j in enumerate(chosen) if copies_title(lines[i].text, headline_key(lines[j].text), settings) or copies_title(lines[j].text, headline_key(lines[i].text), settings)), None)
        if repeated is None:
            chosen.append(i)
        elif _headline_rank(lines[i].text) <= _headline_rank(lines[chosen[repeated]].text):
            chosen[repeated] = i
    if not chosen and doubtful:
        return title_lines(lines, body_start, lang, settings, captions=True)  # the doubled line over a credit was the headline after all
    if not chosen:  # a headline in other words than its lead (春华秋实结硕果): the one nearest the body
        return [fallback] if fallback is not None else []
    block = sorted(chosen[: settings.title_block])
    # the first of them sharing no more words with the lead than any line must to be asked at all is a
    # site's or section's label over the headline (사회 검·경찰 소방, 警用装备行业网, 해외통신원 소식: 경찰, 警用,
    # 해외 by chance), unless printed twice right above its copy (a headline's, over its sub-headline)
    if (
        len(block) >= 2
        and shared_bigrams(lines[block[0]].text, lead, lang) <= settings.title_label_shared
        and headline_key(lines[block[0]].text) != headline_key(lines[block[0] + 1].text)
    ):
        block = block[1:]
    # a headline printed twice right above the block, in words of its own (외국인 맞춤형 범죄예방교실
    # twice over the sub-headline 21일 음성경찰서 실시 that shares the lead's): its first copy heads it;
    # a section's or site's label printed twice (사회/사건사고) is no headline
    top = block[0]
    if (
        top >= 2
        and top - 1 in candidates
        and top - 2 in candidates
        and headline_key(lines[top - 1].text) == headline_key(lines[top - 2].text)
        and len(block) < settings.title_block
        and not LABEL_MARKS.search(lines[top - 2].text)
    ):
        block = [top - 2, *block]
    # a line of words right between two of them that no rule took is one of them too: a
    # sub-headline of a deck in other words than the lead (얼린 생수 하나 쥐고 더위 버텨)
    copies = [headline_key(lines[i].text) for i in block]  # (nor is the headline printed again)
    between = [
        i
        for i in candidates
        if lines[i].rule is None
        and i - 1 in block
        and i + 1 in block
        and not _mostly_digits(lines[i].text)
        and not any(copies_title(lines[i].text, copy, settings) for copy in copies)
    ]
    chosen = sorted(block + between + _deck_below(lines, max(block), body_start, lead, copies, lang, settings))
    # a repost's original headline under its label (`原标题:筑牢“反诈墙”守护“钱袋子”`), and the `——…` line
    # under it, each a part of a headline above that joins both: a copy, no line of the headline's own
    keys = {i: headline_key(lines[i].text) for i in chosen}
    repeats: set[int] = set()
    for i in chosen:
        if not lines[i].title_labelled or i + 1 >= len(lines) or not lines[i + 1].text.startswith(("——", "—", "--")):
            continue
        joined = keys[i] + headline_key(lines[i + 1].text)
        if any(j < i and joined in keys[j] for j in chosen):
            repeats.add(i)
    return [i for i in chosen if i not in repeats]


def _deck_below(lines: list[RuledLine], last: int, body_start: int, lead: set[str], copies: list[str], lang: str, settings: CleaningSettings) -> list[int]:
    """The deck between the headline block's last line and the body: the lines down to the body
    when each opens with the headline's bullet, no rule having taken it (the rest of a deck of
    sub-headlines, each in its own words: ◆ 새로 발견한 35세 이하 마약 사용자… over ◆ 8,899여만
    학생이…); or the article's summary points right over the body, each headline-long (`title_letters`)
    and opening with an item's dot after a list's dash or not, half of them at least sharing words
    with the lead as a headline does (`· 경북 구미 아파트, 흉기든 남성 112 신고 접수`; the last point may
    tell the story's end), however a `related` rule read them, with only lines rules took or short
    labels between them and the headline (the byline and date rows and buttons a news site prints
    there, `기사수정`), none of them the headline printed again (`copies`: its lines' keys): a box of other
    stories under a headline shares no words with the lead. More than a headline block's worth
    (`title_block`) is a list, not a deck."""
    bullet = lines[last].text.lstrip()[:1]
    deck = range(last + 1, body_start)
    if bullet and bullet in LINK_BULLETS:
        # the deck ends at the body, or it is no deck
        fits = 0 < len(deck) <= settings.title_block
        return list(deck) if fits and all(lines[i].rule is None and lines[i].text.lstrip().startswith(bullet) for i in deck) else []
    first = body_start
    while first > last + 1 and _summary_point(lines[first - 1], settings) and not any(copies_title(lines[first - 1].text, copy, settings) for copy in copies):
        first -= 1
    points = range(first, body_start)
    if not 0 < len(points) <= settings.title_block or any(lines[i].rule is None and lines[i].letters >= settings.title_letters for i in range(last + 1, first)):
        return []
    sharing = sum(1 for i in points if shared_share(lines[i].text, lead, lang, settings))
    return list(points) if 2 * sharing >= len(points) else []


_DASHED_DECK = re.compile(r"^\s*-\s*\S.*\S\s*-\s*$")  # a dash at each end: "- 민생생활범죄 대응 가시적 성과 도출 -"
_DECK_LETTERS = 8  # a deck after one dash has at least this many letters (not a list's `- 조회수 42`)
_SENTENCE_END = re.compile(r"(?:[.。!?！？]|다)\W*+$")
_TAIL = 12  # the characters at a line's end a sentence end is looked for in
# a field's label (`- 資料來源:…`, `- Author, …`, `- 사진=연합뉴스 제공`, `- 작성자 홍길동 조회 1234`) or a file's name: no deck
_LABELLED = re.compile(r"[:：=]|^-\s*\w+,|\.[A-Za-z][A-Za-z0-9]{1,3}\b|작성자|등록일|조회|기자|제공|출처|作者|来源|來源|编辑|編輯")


def dashed_deck(text: str) -> bool:
    """Whether a line right under the headline is its deck set off by dashes: opening with a long or
    a double dash (`——…`), or with a dash at each end, as Korean press releases print it, or with
    one dash and a space before a deck's worth of words that end no sentence and label nothing (`- 인공지능(AI)
    기능 확대 및 사용자 편의성 향상`; not `- 資料來源:金門日報社`)."""
    if text.startswith(("——", "—", "--")) or _DASHED_DECK.match(text) is not None:
        return True
    return text.startswith("- ") and sum(ch.isalpha() for ch in text) >= _DECK_LETTERS and not _SENTENCE_END.search(text[-_TAIL:]) and not _LABELLED.search(text)


def _summary_point(line: RuledLine, settings: CleaningSettings) -> bool:
    """A line that may be a deck's summary point: headline-long, opening with an item's dot, no rule's
    or a `related` rule's (`_deck_below`)."""
    return line.letters >= settings.title_letters and bool(ITEM_POINT.match(line.text)) and (line.rule is None or line.rule.reason == "related")


def _photo_series(lines: list[RuledLine], body_start: int, settings: CleaningSettings) -> set[int]:
    """The lines above the body that a photo series prints under a caption a rule took, each opening
    with the same words as the one above it (`东城派出所民警在辖区发放…宣传品 通讯员供图` over
    `东城派出所民警走访排查安全隐患`, `东城派出所民警日常巡逻中`), `photo_series_lines` or more of them:
    captions too, no headline, however many words they share with the lead. One line alone that opens
    as the caption does may be the headline the photo illustrates, and a headline above the caption is
    never one of them, whatever words it opens with; so neither are a series' captions printed above
    the one that carries the credit (a headline and its deck would read the same)."""
    series: set[int] = set()
    for seed in range(body_start):
        if not _is_caption(lines[seed]):
            continue
        run, i = [], seed
        while (
            i + 1 < body_start
            and lines[i + 1].rule is None
            and _shared_opening(lines[i].text, lines[i + 1].text) >= settings.photo_series_opening
        ):
            i += 1
            run.append(i)
        if len(run) >= settings.photo_series_lines:
            series.update(run)
    return series


# a photo's number opening its caption (`2.高县综治中心工作人员为群众解答疑问`): 1 to 99, then a point or a 、
_PHOTO_NUMBER = re.compile(r"\s*([1-9]\d?)\s*(?:[.．](?!\d)|、)")  # not a decimal's point: 1.2亿元…


def _numbered_captions(lines: list[RuledLine], body_start: int) -> set[int]:
    """The lines above the body that number a gallery's photos: in a run of lines numbered one after
    another (`1.高县综治中心`, `2.…`, `3.…`, `4.… 高县县委政法委供图`) of which a rule took one as a
    caption (by its credit, or as a caption in any other way), the lines no rule took; they are
    captions all, no headline. A numbered run without a caption among it (a summary's points) is
    left to the other rules, and so is a line that opens with a decimal (`1.2亿元电诈案告破`)."""
    series: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2 and any(_is_caption(lines[k]) for k in run):
            series.update(k for k in run if lines[k].rule is None)

    previous = 0
    for i in range(body_start):
        number = _PHOTO_NUMBER.match(lines[i].text)
        value = int(number.group(1)) if number else 0
        if number and run and value == previous + 1:
            run.append(i)
        else:
            close()
            run = [i] if number else []
        previous = value
    close()
    return series


def _is_caption(line: RuledLine) -> bool:
    """Whether a rule took the line as a photo's caption or credit."""
    return getattr(line.rule, "reason", None) == "caption"


def _shared_opening(first: str, second: str) -> int:
    """How many characters two lines open with alike, spaces left out."""
    a, b = without_spaces(first), without_spaces(second)
    return next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _photo_captions(lines: list[RuledLine], body_start: int) -> set[int]:
    """The lines above the body printed twice in a row (an image's alt text, then its caption) whose
    first different line below is a photo credit (`[웨이보 캡처. 재판매 및 DB 금지]`), or whose first
    different line above is a caption or another such line (a gallery): photos' captions, no headline, however many words they share with the lead, unless no other line above
    the body shares any (`title_lines` asks again with captions: a headline printed twice over the
    photo). A headline printed once over a photo's credit is the headline: pages put the photo
    between headline and lead. Each line's key is computed once and the line below found in one
    pass from the bottom (a page of one line printed thousands of times must not take the square of
    its length)."""
    keys = [headline_key(line.text) for line in lines]
    below: list[int | None] = [None] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        below[i] = i + 1 if keys[i + 1] != keys[i] else below[i + 1]
    captions: set[int] = set()
    above: int | None = None  # the nearest line above with another key
    for i in range(body_start):
        if i and keys[i - 1] != keys[i]:
            above = i - 1
        if not any(0 <= k < len(lines) and keys[k] == keys[i] for k in (i - 1, i + 1)):
            continue
        # over a credit, or under another doubled caption (a gallery's photos each print their caption
        # twice: `압수된 전선절취 도구들` under `…오필균(좌), 박동수(우) 경위` twice); not under one credit line,
        # which may stand over a headline printed twice
        k = below[i]
        over_credit = k is not None and _is_caption(lines[k])
        under_doubled = above is not None and (above in captions or (above >= 1 and keys[above - 1] == keys[above] and _is_caption(lines[above])))
        if over_credit or under_doubled:
            captions.add(i)
    return captions


def _mostly_digits(text: str) -> bool:
    """A line of figures more than words (a date line, 2024年3月10日 星期日): no sub-headline."""
    letters = [ch for ch in text if ch.isalnum()]
    return sum(ch.isdigit() for ch in letters) * 2 >= len(letters)


def _site_suffix(text: str, glued: bool = True) -> int:
    """Where a page title's site name starts (`… | 뉴스로`, `… - 연합뉴스`, with `glued` also `…-華龍網`), or
    the title's length: one name only, the one the title ends in (a copy with a glued name may hold a
    column's bar: `萬花瞳 | …-華龍網`), looked for in the title's last `_SUFFIX_REACH` characters (both
    patterns end the title; a search from every position of a long line would cost as much as the line)."""
    tail = text[-_SUFFIX_REACH:]
    suffix = (_GLUED_SITE_SUFFIX.search(tail) if glued else None) or _SITE_SUFFIX.search(tail)
    return len(text) - len(tail) + suffix.start() if suffix else len(text)


def _bare_title(text: str) -> str:
    """A title's words as compared: spaces and a closing exclamation or ellipsis aside."""
    return without_spaces(text).rstrip("!！?？.。…~")


def headline_key(text: str, glued: bool = True) -> str:
    """A headline as compared with its copies: `_bare_title` without a page title's site name
    (`_site_suffix`)."""
    return _bare_title(text[: _site_suffix(text, glued)])


def _headline_rank(text: str) -> tuple[bool, int]:
    """Which of two copies of a headline is the headline proper, lower first: not the page title's
    copy with the site's name, then the shorter (without the kicker)."""
    cut = _site_suffix(text)  # (searched once: `headline_key` would search it again)
    return cut < len(text), len(alphanumerics(_bare_title(text[:cut])))


_TRAIL_MARKS = (">", "＞", "»", "›", "〉")  # the marks between a breadcrumb's levels


def copies_title(text: str, title_key: str | None, settings: CleaningSettings) -> bool:
    """Whether a line is the headline again: the same `headline_key`, or a long headline with a
    short kicker before it (`感动!民房起火4人被困 …`, `[단독] …`, a section's name glued on,
    `澳洲新聞…`) or set off by a mark after it (`…(图)`); a lead that is the headline and a few
    letters more is none (`…诈骗案件。`)."""
    if title_key is None:
        return False
    key = headline_key(text)
    letters = alphanumerics(key)
    if key == title_key or (letters and letters == alphanumerics(title_key)):
        return True  # the same words, whatever marks set them off (`경찰,「실종경보문자」로 …`, a table row's `… | |||`)
    if _bare_title(text) == title_key:
        return True  # the same words when a column's name before a bar looked like the site's after it (`萬花瞳 | 渝中區…` / `萬花瞳 | 渝中區…-華龍網`)
    if len(title_key) >= settings.title_copy_chars and key.endswith(title_key) and key[: -len(title_key)].rstrip()[-1:] in _TRAIL_MARKS:
        return True  # the page's breadcrumb, its trail of sections ending at the headline (`200字范文 > 嵩明县公安局…演练`)
    if len(title_key) < settings.title_copy_chars or not 0 < len(key) - len(title_key) <= settings.title_copy_extra:
        return False
    if key.endswith(title_key) and not ends_a_sentence(text):  # a section's name glued before it, marked or not (`澳洲新聞悉尼西南區百人抗議封鎖 …`), not a lead's first words (`近日…。`)
        return True
    extra = key[len(title_key) :] if key.startswith(title_key) else ""
    return any(not ch.isalnum() for ch in extra)


def under_photo_title(
    lines: list[RuledLine], i: int, comparables: list[str], first_at: dict[str, int], counts: Counter[str], title_counts: Counter[str], body_start: int, settings: CleaningSettings
) -> bool:
    """Whether line `i` stands under a photo's title: a line of words no rule took, unfinished,
    headline-long (`photo_title_letters`) and printed `photo_title_copies` times or more on the page
    (the headline as each photo's title), here a copy below the article's first line; the line itself
    printed once, marks at its end aside (a headline's second line printed with its first each time,
    `주민밀착 치안서비스 돌입 ..`, is no caption). Not under a short label printed again (`问:`, `案例`,
    `姓名`, `경찰 관계자`, a poem's refrain: the body line under it), nor under the headline printed again
    over the lead (its sub-headline)."""
    above = comparables[i - 1]
    return (
        lines[i - 1].rule is None
        and i - 1 > body_start
        and lines[i - 1].letters >= settings.photo_title_letters
        and first_at[above] < i - 1
        and counts[above] >= settings.photo_title_copies
        and title_counts[headline_key(lines[i].text)] == 1
        and not ends_a_sentence(lines[i - 1].text)
    )


def cuts_title_short(text: str, title_key: str | None, settings: CleaningSettings) -> bool:
    """Whether a line below the headline is the headline cut short (a related box's copy:
    `男子打砸车辆 警方:其未持有爆炸物` under `男子打砸车辆 警方:其未持有爆炸物 现场已被控制`): its first
    `title_copy_chars` letters at least, half of it at least, and no sentence end (a lead that opens
    with the headline's words goes on past them). A copy shorter than that is left (`交警雪中护送男童过马路`
    under a headline of 25 letters: a photo's caption may be the headline's first clause)."""
    if title_key is None or ends_a_sentence(text):
        return False
    key = headline_key(text)
    return len(key) >= max(settings.title_copy_chars, len(title_key) / 2) and key != title_key and title_key.startswith(key)


def split_copies(lines: list[RuledLine], settings: CleaningSettings) -> dict[int, int]:
    """The lines of a headline or a short paragraph printed again over two lines, each mapped to the line
    printed whole above them: two fragments in a row, no rule's, whose letters joined are that line's
    (`小女孩独自` and `在路边徘徊` under `小女孩独自在路边徘徊`, a photo story's title over each picture; a
    headline's two clauses below it, `东南沿海走私活动猖獗` over `四省半年查获走私船千条`, the second may end
    with the headline's `?`). Each half is too short to be taken for a copy alone (`duplicate_letters`),
    and a headline's first clause alone may be a caption of its own. Not a headline and a site's name
    under it (`… 被害` over `• 東亞日報`, under the page title `… 被害|東亞日報`): the name is a rule's line.
    Whether the whole line is kept, and so the halves are copies, is the caller's to judge."""
    keys: list[str] = []  # each line's `headline_key` letters, read once a page has a pair of fragments to compare
    first_at: dict[str, int] = {}
    copies: dict[int, int] = {}
    for i in range(1, len(lines) - 1):
        upper, lower = lines[i], lines[i + 1]
        if not (upper.rule is None and lower.rule is None and is_fragment(upper) and not lower.prose):
            continue
        if not keys:
            keys = [alphanumerics(headline_key(line.text)) for line in lines]
            for j, key in enumerate(keys):
                first_at.setdefault(key, j)
        joined = keys[i] + keys[i + 1]
        whole = first_at.get(joined, i)
        if keys[i] and keys[i + 1] and len(joined) >= settings.split_copy_letters and whole < i:
            copies[i] = copies[i + 1] = whole
    return copies


# a page title's site name after a spaced bar or dash (`… | 뉴스로`, `… - 연합뉴스`)…
_SITE_SUFFIX = re.compile(rf"(?<!\s)\s+[{BARS}_\-–—]\s+[^{BARS}_\-–—\s][^{BARS}_\-–—]{{0,23}}$")
_SUFFIX_REACH = 40  # characters: a site's name and the bar or dash before it are shorter


# …or after one glued to the headline, when the name is an outlet's (`…永不“打烊”-華龍網`, `…_新浪新闻`); a headline's own
# words after a dash may read so too (`…——嫌犯3小时后落网`, `…-警方通报`), so only a copy's, not the headline's, are cut
# (lenient, for comparing a copy with the headline; `edges._HEADLINE_SITE_SUFFIX` is the strict one that cuts an
# outlet's name off a kept headline, with the line model's say)
_GLUED_SITE_SUFFIX = re.compile(
    f"(?<=[{HAN}”」』）)])[_\\-–—][{HAN}A-Za-z0-9]{{1,10}}(?:网|網|报|報|新闻|新聞|在线|在線|频道|頻道|客户端|客戶端|电视台|電視台)$"
)


def _soft_byline(line: RuledLine, settings: CleaningSettings) -> bool:
    """A line a byline rule took on a word alone (기자, 记者): a headline about a reporter reads the
    same way, so it may still be the headline when it shares the lead's words (not with a credit's
    marks, nor with the date or label of a posting: a byline's meta row)."""
    return (
        line.rule is not None
        and line.rule.reason == "byline"
        and not line.rule.sentences_too
        and line.letters >= settings.byline_headline_letters
        and not _CREDIT_MARK.search(line.text)
        and not _PUBLISHED.search(line.text)
    )


def _soft_keywords(line: RuledLine, lead_text: str, lang: str, settings: CleaningSettings) -> bool:
    """A Chinese line the keywords row took on its ASCII commas alone (`安平警凝聚社區安全意識,安平你我缺一不可,
    落實社區警政,視訊座談分享`): a headline of phrases set apart by ASCII commas reads the same, so it may
    still be the headline when it shares the lead's words, if two of its phrases are longer than a
    keyword usually is (`keyword_headline_phrase`) and one of them is not the lead's own words (a list of
    the article's keywords lifts them from it: `惠州市公安局交通警察支队,防范电信网络诈骗,…`)."""
    if lang != "zh" or line.rule is None or line.rule.reason != "tags" or "#" in line.text:
        return False
    long = [item.strip() for item in line.text.split(",") if len(item.strip()) >= settings.keyword_headline_phrase]
    return len(long) >= 2 and any(item not in lead_text for item in long)


_CREDIT_MARK = re.compile(r"[=@()（）\[\]【】▲△▷◀▶]")  # a credit's marks: 사진=…, an e-mail, brackets, caption arrows


# a publication date with its year, or its label: a byline's meta row (`최철근 기자 / 입력 : 2020년 12월 23일`), no headline
_PUBLISHED = re.compile(r"(?:19|20)\d\d\s*(?:[년年./-])\s*\d{1,2}|입력|등록|승인|发布|發布")


def exclaimed_headline(lines: list[RuledLine], i: int, settings: CleaningSettings) -> bool:
    """Whether a line that reads as a sentence is a headline that exclaims or asks (`又一起!多人滑野冰
    掉入河中 民警冰冷河水中救上5个人!`, `事发上海地铁早高峰!为何突然拉起围挡?`): at most
    `headline_letters` letters, its last mark a `!` or `?`, the page's meta row right under it (a
    date, a byline or the view count: a `meta:`, `dateline`, `byline` or `view-stats` rule's line)
    and prose further down. It is kept whole, as a headline is, not read as two sentences."""
    line = lines[i]
    if line.letters > settings.headline_letters or line.text.rstrip(CLOSERS)[-1:] not in tuple("!?！？"):
        return False
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or not meta_row(below):
        return False
    return any(other.prose for other in lines[i + 2 :])


def below_headline(kept: list[RuledLine], headings: set[int], settings: CleaningSettings) -> list[RuledLine]:
    """The kept lines that may be an article's body: not the headline's lines, nor, where no
    headline was found, the first line kept (the page's first, or the first under the menus and
    labels the rules dropped) when it is headline-short with a `!` or `?` inside (`警局发出重要通知!
    这两人…必须要认识!` reads as two sentences: a share bar under it ends no article, nor does a meta
    row with the view count under `又一起!多人滑野冰掉入河中 …救上5个人!`)."""
    body = [line for line in kept if line.start not in headings]
    if not headings and body and body[0].letters <= settings.headline_letters and EXCLAIMED.search(body[0].text):
        body = body[1:]
    return body


def _is_menu(line: RuledLine) -> bool:
    """Whether a rule took the line as navigation (a menu, a breadcrumb), or it is a breadcrumb's
    separator alone (a breadcrumb broken into lines, `首頁` / `>` / `新聞`)."""
    return line.rule is not None and (line.rule.reason == "navigation" or line.text.strip() in _CRUMB_MARKS)


_CRUMB_MARKS = frozenset((">", "»", "›", "＞", "〉", ">>"))


def under_last_menu(lines: list[RuledLine], titles: list[int], body_start: int, lang: str, settings: CleaningSettings) -> list[int]:
    """The headline's lines without those above the last navigation row over the body (a breadcrumb)
    that share no words with the lead, when some are below it: the page's menus above the breadcrumb
    are the site's, the article's header is under it (a menu item the page prints twice had been kept
    as part of the headline); the headline printed above the breadcrumb as well stays."""
    menu = next((i for i in range(body_start - 1, -1, -1) if _is_menu(lines[i])), None)
    if menu is None or not any(i > menu for i in titles):
        return titles
    lead = lead_bigrams([line for line in lines[body_start:] if line.rule is None], lang, settings)
    return [i for i in titles if i > menu or shared_share(lines[i].text, lead, lang, settings)]


def headline_under_menu(lines: list[RuledLine], body_start: int, lang: str, settings: CleaningSettings) -> int | None:
    """The headline of a page that prints other stories' sentences (a ticker, top news) above its
    menu: the first line under a navigation row after the first sentence that is a title (no rule's,
    no sentence end, at least `title_letters` letters; only short lines between it and the menu)
    sharing words with the prose right under it (only short lines or a deck between) as a headline
    does with its lead (`menu_title_overlap`), when the prose below it outweighs the sentences above
    the menu. None on other pages."""
    for menu in range(body_start + 1, len(lines)):
        if not _is_menu(lines[menu]):
            continue
        title = next((k for k in range(menu + 1, len(lines)) if lines[k].rule is not None or lines[k].letters >= settings.title_letters), None)
        if title is None:
            return None
        headline = lines[title]
        if headline.rule is not None:
            continue  # the menu goes on (a breadcrumb broken into lines: `首頁` / `>` / `新聞` / `>` / `國際`)
        if not is_fragment(headline) or LIST_ITEM.match(headline.text) or sum(ch.isalpha() for ch in headline.text) < settings.title_letters:
            return None  # (a date, `등록일 : 2007.06.01`, is no headline)
        below = [line for line in lines[title + 1 :] if line.rule is None and line.letters >= settings.title_letters]
        if len(below) > 1 and not below[0].prose and is_fragment(below[0]):
            below = below[1:]  # a deck under the headline
        if not below or not below[0].prose:
            return None
        above = sum(line.letters for line in lines[body_start:menu] if line.rule is None and (line.prose or is_sentence(line, settings)))
        prose = sum(line.letters for line in below if line.prose)
        lead = lead_bigrams(below, lang, settings)
        return title if prose > above and shared_share(headline.text, lead, lang, settings, settings.menu_title_overlap) else None
    return None


def _short_title_printed_twice(lines: list[RuledLine], body_start: int, lead: set[str], lang: str, settings: CleaningSettings) -> int | None:
    """A headline too short to be a candidate (`火情通报`, `警情通报`: fewer than `title_letters` letters) on a
    page with no other: the first of two copies printed right above the body (a forum's or a CMS's title
    field, then the title as the post's heading), in the article's script, with at least
    `short_title_letters` letters, no label's mark and some of the lead's words, but not all of it in
    the lead's first line word for word: a section's label printed twice is none of the lead's words
    (`社会新闻`), or a topic the lead names as it is (`交通安全` over `…道路交通安全…`)."""
    if body_start < 2:
        return None
    first, second = lines[body_start - 2], lines[body_start - 1]
    lead_text = without_spaces(lines[body_start].text) if body_start < len(lines) else ""
    if (
        first.rule is None
        and second.rule is None
        and without_spaces(first.text) == without_spaces(second.text)
        and settings.short_title_letters <= first.letters < settings.title_letters
        and reads_in_language(first, lang, settings)
        and not LABEL_MARKS.search(first.text)
        and not _mostly_digits(first.text)
        and len(lead) >= LEAD_BIGRAMS
        and shared_share(first.text, lead, lang, settings)
        and without_spaces(first.text) not in lead_text
    ):
        return body_start - 2
    return None


_TITLE_SANDWICH = 3  # lines at most between a headline and its copy below that are its photo's captions


def without_captions_between_title_copies(kept: list[RuledLine], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The lines between the headline and its copy printed again right above the article are the captions
    of the photo the page sets under the headline (an e-paper's page: `司警反罪惡截查百一人` / `司警人員截查可疑人士`
    / `司警反罪惡截查百一人` / the article): at most `_TITLE_SANDWICH` short lines (one sentence of at most
    `caption_credit_letters` letters each, no deck set off by a dash or a bullet, no original title after its label), with the article's prose
    below the copy. Chinese pages only: a Korean headline's deck stands there too (`4년간 관내 교통사고 사망자의
    47.8%가 화물차사고에 의해 발생`), and reads no differently from a caption."""
    first = next((i for i, line in enumerate(kept) if line.start in headings), None)
    if first is None or lang != "zh":
        return kept
    headline = kept[first]
    copy = next((d for d in dropped if d.reason == "duplicate-title" and d.start > headline.end), None)
    if copy is None:
        return kept
    between = [line for line in kept[first + 1 :] if line.end <= copy.start]
    after = [line for line in kept if line.start >= copy.end]
    if not between or len(between) > _TITLE_SANDWICH or not after or not after[0].prose:
        return kept
    if any(line.letters > settings.caption_credit_letters or sentence_ends(line.text) > 1 or line.prose or line.title_labelled or BULLETED.match(line.text) for line in between):
        return kept
    if len(between) == 1 and not ends_with_a_mark(between[0].text):
        return kept  # one unfinished line there is as likely the headline's deck (`破获刑事案件1200余起`)
    for line in between:
        dropped.append(Dropped(line.start, line.end, line.text, "caption"))
        headings.discard(line.start)
    taken = {line.start for line in between}
    return [line for line in kept if line.start not in taken]


def without_glued_titles(kept: list[RuledLine], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The body lines with a copy of a headline line glued before their own text cut off (dropped as
    `duplicate-title`; `title_copy_end` says where a copy ends), when `glued_title_rest_letters` of
    the line remain (a shorter rest keeps the line whole)."""
    titles = [line.text for line in kept if line.start in headings]
    if not titles:
        return kept
    result = []
    for line in kept:
        end = 0 if line.start in headings else max(title_copy_end(line.text, title, settings) for title in titles)
        start = past_space(line.text, end)
        if not end or count_letters(line.text[start:]) < settings.glued_title_rest_letters:
            result.append(line)
            continue
        dropped.append(Dropped(line.start, line.start + start, line.text[:start], "duplicate-title"))
        result.append(trimmed_line(line, start, len(line.text), lang, settings))
    return result


def without_contained_copies(text: str, kept: list[RuledLine], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The kept lines without the body lines whose letters and digits open a longer prose line: a
    summary over the article that repeats its first paragraph's opening (developed pages 1079 and
    806), a teaser cut short under the paragraph it repeats. Each goes as `duplicate-paragraph`; its words stay in the
    longer line, which the furniture steps before this one have kept (a prose line: not a photo's
    file name that repeats a headline, page 698). But where the longer line is an editor's summary under
    its label (`导读:`, `摘要:`: `data/summary_labels.txt`) that runs on past the paragraph into the next
    one, cut off (`导读:现在一到晚上,…点赞。 每天晚上八点半,该镇由镇值班`, developed 4251: what it says past the
    paragraph is the paragraphs after it, the last cut off, and the paragraph ends a sentence, no teaser cut short),
    the summary goes and the paragraph stays. Only lines of `duplicate_letters` letters and more
    are compared (short phrases recur in any article), and no list item (a point of a key-points box
    that has points of its own, `key_point_lines`); a sentence that a later quote repeats inside its own
    words stays (`경찰 관계자는 "가족이라도 …"며`)."""
    body = [line for line in kept if line.start not in headings]
    letters = {line.start: alphanumerics(line.text) for line in body}
    holders = sorted(letters[line.start] for line in body if line.prose)
    summaries = {  # the prose lines a summary's label opened on the page (the line rows cut the label off the line)
        letters[line.start]: line.start
        for line in body
        if line.prose and _summary_label().match(_with_cut_start(text, line))
    }
    gone = set()
    for at, line in enumerate(body):
        key = letters[line.start]
        if len(key) < settings.duplicate_letters or LIST_ITEM.match(line.text):
            continue
        after = bisect.bisect_right(holders, key)  # the lines that start with key and go on sort right after it
        if after < len(holders) and holders[after].startswith(key):
            holder = holders[after]
            runs_on = (
                holder in summaries
                and line.start not in summaries
                and ends_a_sentence(line.text)  # a whole paragraph, not a teaser cut short…
                # …and what the summary says past it is the paragraphs after it, the last cut off: no words of its own
                and _opens_what_follows(holder[len(key) :], [letters[other.start] for other in body[at + 1 :] if other.start != summaries[holder]])
            )
            gone.add(summaries[holder] if runs_on else line.start)
    return _without_lines(kept, gone, "duplicate-paragraph", dropped)


def _opens_what_follows(rest: str, following: list[str]) -> bool:
    """Whether `rest` (letters and digits) is the opening of the lines `following` run together."""
    joined = ""
    for other in following:
        joined += other
        if len(joined) >= len(rest):
            break
    return bool(rest) and joined.startswith(rest)


def without_inside_teaser(kept: list[RuledLine], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The kept lines without the teasers over the article copied from inside a paragraph below: a
    body line above the article's first finished sentence, cut off mid-sentence (no sentence end), of
    `inside_copy_letters` letters and digits at least, that stand inside a longer prose line among
    the `teaser_window` body lines after it (staged 4126's first line, the middle of its third
    paragraph with the time of day left off). Each goes as `duplicate-teaser`; its words stay in the
    paragraph. A crosshead, a list point or a quotation's opening further down is no teaser."""
    body = [line for line in kept if line.start not in headings]
    first = next((i for i, line in enumerate(body) if ends_a_sentence(line.text)), len(body))
    gone = set()
    for i, line in enumerate(body[:first]):
        key = alphanumerics(line.text)
        if len(key) < settings.inside_copy_letters:
            continue
        below = (alphanumerics(other.text) for other in body[i + 1 : i + 1 + settings.teaser_window] if other.prose)
        if any(key in holder and len(holder) > len(key) for holder in below):
            gone.add(line.start)
    return _without_lines(kept, gone, "duplicate-teaser", dropped)


def _without_lines(kept: list[RuledLine], gone: set[int], reason: str, dropped: list[Dropped]) -> list[RuledLine]:
    """`kept` without the lines starting at `gone`, each added to `dropped` with `reason`."""
    if not gone:
        return kept
    dropped.extend(Dropped(line.start, line.end, line.text, reason) for line in kept if line.start in gone)
    return [line for line in kept if line.start not in gone]


def without_copy_over_lead(
    text: str, kept: list[RuledLine], headings: set[int], repeated: set[str], dropped: list[Dropped], settings: CleaningSettings
) -> list[RuledLine]:
    """The kept lines without the article's first prose line when it is a summary or a caption that
    the lead right after it repeats but for a few words: the line opens with a summary's label
    (`data/summary_labels.txt`: `小编:15日一大早,唐家镇…` over `15日一大早,雷州市唐家镇…`), or the page prints
    it again elsewhere (a photo's caption, developed 180's `문경경찰서가 20일 …하고 있다.` over
    `문경경찰서는 20일 …했다.`). Their letters and digits are compared, the label aside: both of
    `near_copy_letters` to `near_copy_max_letters` letters, a `near_copy_ratio` of them matched
    (difflib), and no numeral among the letters they differ in (`25日` / `26日`, `二十五日` /
    `二十六日`, `两头`, `수백만원`). The summary goes as `duplicate-paragraph`, the lead stays. Two opening paragraphs
    alike with neither sign (`张某在甲村…` / `李某在乙村…`) are two reports and stay."""
    body = [line for line in kept if line.start not in headings]
    opening = next((i for i, line in enumerate(body) if line.prose), None)
    if opening is None or opening + 1 >= len(body) or not body[opening + 1].prose:
        return kept
    summary, lead = body[opening], body[opening + 1]
    raw = _with_cut_start(text, summary)
    label = _summary_label().match(raw)
    if label is None and without_spaces(summary.text) not in repeated:
        return kept
    own = raw[label.end() :] if label is not None else summary.text
    first, second = alphanumerics(own), alphanumerics(lead.text)
    if min(len(first), len(second)) < settings.near_copy_letters or max(len(first), len(second)) > settings.near_copy_max_letters:
        return kept
    matcher = difflib.SequenceMatcher(None, first, second, autojunk=False)
    if matcher.real_quick_ratio() < settings.near_copy_ratio or matcher.quick_ratio() < settings.near_copy_ratio or matcher.ratio() < settings.near_copy_ratio:
        return kept
    if any(tag != "equal" and _NUMERAL.search(first[i0:i1] + second[j0:j1]) for tag, i0, i1, j0, j1 in matcher.get_opcodes()):
        return kept  # a count or a day the lead does not say (`二十六日`, `两头`, `수백만원`): a sentence of its own
    dropped.append(Dropped(summary.start, summary.end, summary.text, "duplicate-paragraph"))
    return [line for line in kept if line is not summary]


_NUMERAL = re.compile(r"[\d〇零一二两兩三四五六七八九十百千万萬亿億]|[백천만억]")  # a figure's letters among the words two lines differ in


def _with_cut_start(text: str, line: RuledLine) -> str:
    """A kept line with the start of its page line the line rows cut off (a summary's label is still here)."""
    return text[text.rfind("\n", 0, line.start) + 1 : line.end]


@lru_cache(maxsize=1)
def _summary_label() -> re.Pattern[str]:
    """A summary's label at a line's start, in brackets or before a colon (`data/summary_labels.txt`)."""
    labels = "|".join(re.escape(label).replace("\\ ", r"\s*") for label in sorted(data_lines("summary_labels.txt"), key=len, reverse=True))
    return re.compile(rf"^\W{{0,2}}(?:[【\[]\s*(?:{labels})\s*[】\]]\s*[:：]?|(?:{labels})\s*[:：])\s*")


def title_copy_end(text: str, title: str, settings: CleaningSettings) -> int:
    """Where a copy of the headline line `title` glued before the own text of the line `text` ends (0:
    none). A copy goes on as the headline does, spaces matched by any run of white space: the whole
    headline in brackets (`【中考|粗心考生忘拿准考证…】大众网…`), the whole headline before a figure
    or date set off by a space (`… 국내 송환 2023.05.25 경찰청은…`), or the whole headline or its first
    clauses (up to one of its spaces, half its characters at least, spaces aside) glued straight onto
    a letter or digit that is not Hangul, with a space between two clauses reproduced (`长沙一商场负3层起火
    无人员伤亡长沙市消防…` under `… 无人员伤亡 明火已被扑灭`: a lead does not space its clauses as a
    headline does; the spaces around a Latin word, `苹果发布 iPhone 16新机,…`, are a lead's too). Not
    a lead that opens with the headline's words and a mark (`…爆炸物,现场…`), nor Korean going on
    glued (`…예방 캠페인을`: a particle), nor a headline with a sentence's end (a lead may be that
    sentence); the headline and the copy have `title_copy_chars` characters at least, spaces aside."""
    title = " ".join(title.split())
    if LABEL_BRACKETS.get(title[:1], "\0") == title[-1:]:  # a bracketed headline (`【江苏:联勤联动紧急排险救援】`) is copied by its words
        title = title[1:-1].strip()
    letters = len(without_spaces(title))
    if not title or letters < settings.title_copy_chars or ends_a_sentence(title):
        return 0
    closer = LABEL_BRACKETS.get(text[:1])
    i, j = (1 if closer else 0), 0
    spaced = False  # whether the copy reproduced a space between two of the headline's clauses (not beside a Latin word or a figure)
    while i < len(text) and j < len(title):
        if title[j] == " ":
            if not is_space(text[i]):
                break
            i = past_space(text, i)
            spaced = spaced or not (title[j - 1].isascii() or title[j + 1].isascii())
        elif text[i] != title[j]:
            break
        else:
            i += 1
        j += 1
    whole = j == len(title)
    after = text[i : i + 1]
    if closer:
        return i + 1 if whole and after == closer else 0
    next_word = past_space(text, i)
    if whole and is_space(after) and text[next_word : next_word + 1].isdigit():
        return i
    copied = len(without_spaces(title[:j]))
    at_clause = whole or title[j] == " "
    glued = after.isalnum() and not is_hangul(after)
    return i if at_clause and spaced and glued and 2 * copied >= letters and copied >= settings.title_copy_chars else 0


def article_date_line(lines: list[RuledLine], title: int, body_start: int, lang: str, settings: CleaningSettings) -> str | None:
    """The first line between the headline (`title`) and the body's start that states a full date
    and is a meta line's length (`date_line_chars`: not a caption or a court's list of cases that
    dates something else) (`上報快訊 2023年09月01日 09:59:00`): the article's own date, beside its headline,
    where a site's header above the headline prints today's (`2023 / 09 / 05 星期二`), or where no line
    was taken for the date; not an update's (`2021년 2월 25일 업데이트됨`). None when there is none."""
    between = (lines[k].text for k in range(title + 1, min(body_start, len(lines))))
    return next((text for text in between if _dates_the_article(text, lang, settings)), None)


def _dates_the_article(text: str, lang: str, settings: CleaningSettings) -> bool:
    """Whether a line under the headline is the article's date line: a full date, no update's, a
    meta line's length (`date_line_chars`), and either a publication's label (`발행`, `发布时间`) or
    the date and time last and hardly a word beside them (`2025年03月19日(水) 10:24`, `邓雪2025年12月31日`;
    not a deck's `新规2023年9月1日起施行`, a caption's or a court's `2024. 4. 25. 선고`)."""
    if len(text) > settings.date_line_chars or UPDATE_LINE.search(text) or _OTHER_DATE.search(text) or iso_datetime(text, lang) is None:
        return False
    if labelled_publication(text, lang) is not None:
        return True
    if ends_with_english_date(text):  # `12:06, August 28, 2019`: its month's name is no word of the line's own
        return sum(ch.isalpha() for ch in ENGLISH_MONTH.sub("", text)) <= settings.date_line_words
    return _DATED_END.search(text) is not None and sum(ch.isalpha() for ch in _DATE_WORDS.sub("", text)) <= settings.date_line_words


# a line that dates a photo, a deadline or a count (`资料图 2024年5月2日`, `원서 등록 마감 2024.09.13`, `통계 작성
# 기준일 …`, `截至2024年6月30日`): no article's date line
_OTHER_DATE = re.compile(r"资料|資料|图片|圖片|사진|[摄攝]|마감|기준|截至|截止|登记|登記")
# the words of a date and a time (年月日, 星期五, 오전, (목)): no words of a line's own
_DATE_WORDS = re.compile(r"[年月日년월일시분时時分秒点點]|星期.|周.|[월화수목금토일]요일|[(（][월화수목금토일月火水木金土日][)）]|오전|오후|上午|下午|(?i:am|pm)")


# a full date (its weekday, its time) that ends a line: `…出頭天2014/12/1 18:13`, `2025년 03월 19일(수) 10:24`
_DATED_END = re.compile(
    r"(?:19|20)\d\d\s?[-/.年년]\s?\d{1,2}\s?[-/.月월]\s?\d{1,2}\s?[日일.]?(?:\s*+[(（][^()（）]{1,3}[)）])?(?:\s*+(?:(?:오전|오후|上午|下午)\s*+)?\d{1,2}:\d{2}(?::\d{2})?)?\s*+$"
)
