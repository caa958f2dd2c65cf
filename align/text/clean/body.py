"""The article's bounds and layout: where the body starts under the page header and ends above the
footer or a second article, a stranded last line, a closing sign-off; the teasers, listed titles and
related boxes around it; and inside it, summary boxes, key points, dated clauses, bulleted crossheads,
item continuations, a page that sets its clauses on lines of their own, and a photo story whose
captions are its text.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence

from align.script.chars import HAN, HANGUL, count_scripts
from align.text.clean.affixes import line_view
from align.text.clean.headline import below_headline
from align.text.clean.patterns import (
    ADVERT,
    ATTRIBUTION,
    CUT_SHORT,
    EMAIL,
    LEAD_TIME,
    NEXT_ORDINAL,
    SECTION_HEAD,
    WHOLE_LINE,
    Rule,
    RuledLine,
    expand_placeholders,
)
from align.text.clean.prose import (
    ANNOUNCING,
    BULLETED,
    CLAUSE_MARK,
    CLOSERS,
    CLOSING_QUOTES,
    EXCLAIMED,
    GOES_ON,
    ITEM_BULLETS,
    LINK_BULLETS,
    LIST_ITEM,
    OPENING_QUOTES,
    SENTENCE_END,
    SEPARATOR_STARS,
    alphanumerics,
    character_bigrams,
    closes_a_sentence,
    count_letters,
    ends_a_sentence,
    ends_with_a_mark,
    in_other_language,
    introduces_next,
    is_fragment,
    is_sentence,
    lead_bigrams,
    meta_row,
    page_line,
    prose_letters,
    reads_in_language,
    sentence_ends,
    shared_share,
    without_spaces,
)
from align.text.clean.settings import CleaningSettings
from align.text.document import Dropped


def is_teaser(line: RuledLine, following: list[RuledLine], settings: CleaningSettings) -> bool:
    """A cut-off summary that repeats the start of the paragraphs after it (it ends mid-sentence)."""
    if not following or ends_a_sentence(line.text):
        return False
    head = re.sub(r"&[a-z#0-9]*+$|(?<![.…])[.…]++$", "", without_spaces(line.text))
    ahead = "".join(without_spaces(f.text) for f in following)
    shortest = settings.teaser_chars
    return len(head) >= shortest and ahead.startswith(head[: max(shortest, len(head) - settings.teaser_slack)])


_CUT_OFF = re.compile(r"(?:(?<!\.)\.{2,}+|(?<!…)…++)\s*+(?:[\[【][^\]】]{1,12}[\]】]|[(（][^)）]{1,8}[)）])?\s*$")  # …要...[詳細]


def repeats_earlier(line: RuledLine, kept: list[RuledLine], settings: CleaningSettings) -> bool:
    """A summary cut off with an ellipsis (and perhaps a "more" link) that repeats the start of a
    paragraph above it, give or take punctuation: a site's teaser of the article it is on."""
    cut = _CUT_OFF.search(line.text)
    if cut is None:
        return False
    head = alphanumerics(line.text[: cut.start()])
    if len(head) < settings.teaser_chars:
        return False
    return any(alphanumerics(earlier.text).startswith(head) for earlier in kept)


def summary_boxes(text: str, lines: list[RuledLine], settings: CleaningSettings) -> dict[int, str]:
    """The lines of machine-made summaries, each with its notice's reason: a notice whose rule's
    action is `box-below` (`AI로 자동 요약된 내용입니다. 자세한 내용은 본문을 확인해주세요.`, `AI摘要`
    over the points) or `box-above` (`以上内容由…大模型生成,仅供参考` under them), and its points next
    to it on that side. The run next to the notice holds bulleted lines, finished sentences of at
    most `summary_box_letters` letters and notices of the same kind, up to a blank line (not one
    right after the notice) or a line of another kind; its points are its bulleted lines and its
    lines numbered 01, 02, … in turn (`013月7日,…`); the box opens with a point next to the notice
    and ends at its last point (741's summary sentences between points go with them; the article's
    sentences before or after them stay). A box is taken when it has `summary_box_min_lines` points
    or more and at most `summary_box_lines` lines, something stands beyond its last point (the page's edge there: the points may be the
    article's), and a prose line comes after it; under a closing notice the article must start on
    the next line, and the points must not be a list that the line above them announces with a
    colon (an article quoting a rumour's three lines over `以上内容由AI生成`). So a page that is
    nothing but a digest keeps it, and so does an article whose own paragraphs or list stand next
    to such a notice."""
    boxed: dict[int, str] = {}
    for i, notice in enumerate(lines):
        if notice.rule is None or notice.rule.action not in ("box-below", "box-above"):
            continue
        step = 1 if notice.rule.action == "box-below" else -1
        run: list[int] = []
        k = i + step
        while 0 <= k < len(lines) and len(run) <= settings.summary_box_lines:
            upper, lower = sorted((lines[k - step], lines[k]), key=lambda line: line.start)
            point = lines[k]
            if run and len(_LINE_BREAK.findall(text, upper.end, lower.start)) >= 2:
                break  # a blank line (one right after the notice is no end)
            if point.letters > settings.summary_box_letters or not (
                BULLETED.match(point.text) or ends_a_sentence(point.text) or (point.rule is not None and point.rule.action == notice.rule.action)
            ):
                break
            run.append(k)
            k += step
        points = _summary_points(lines, run if step == 1 else run[::-1])
        if len(points) < settings.summary_box_min_lines or run[0] not in points:
            continue  # sentences next to a notice, before any point, may be the article's own paragraphs
        far = max(points) if step == 1 else min(points)
        run = [k for k in run if (k <= far if step == 1 else k >= far)]
        box = {i, *run}
        after = next((line for line in lines[max(box) + 1 :] if line.rule is None or line.rule.action != "box-above"), None)
        if (
            0 <= far + step < len(lines)
            and len(run) <= settings.summary_box_lines
            and any(line.prose for line in lines[max(box) + 1 :])
            and (step == 1 or (after is not None and after.prose and not introduces_next(lines[far - 1])))
        ):
            boxed.update(dict.fromkeys(box, notice.rule.reason))
    return boxed


def _summary_points(lines: list[RuledLine], run: list[int]) -> list[int]:
    """The points of a summary's run (its lines in page order): the bulleted ones, and the ones
    numbered 01, 02, … in turn with the number glued to the text (`013月7日,…`, `02四名路人…`)."""
    points, number = [], 1
    for k in run:
        if lines[k].text.startswith(f"{number:02d}"):
            number += 1
            points.append(k)
        elif BULLETED.match(lines[k].text):
            points.append(k)
    return points


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def key_point_lines(lines: list[RuledLine], comparables: list[str], settings: CleaningSettings) -> set[int]:
    """The lines of a box of key points (`AI 摘要`, 요약): a run of two or more bulleted lines, each
    of whose words, bullet aside, come again inside a paragraph at most `summary_reach` lines below
    it. (Only before the article's first paragraph of prose is such a run taken for a copy.)"""
    points: set[int] = set()
    run: dict[int, str] = {}  # the run's lines, each with its words without the bullet and spaces
    for i in range(len(lines) + 1):
        bullet = BULLETED.match(lines[i].text) if i < len(lines) else None
        if bullet is not None:
            run[i] = without_spaces(lines[i].text[bullet.end() :])
            continue
        if len(run) >= 2 and all(_quoted_below(quoted, comparables[k + 1 : k + 1 + settings.summary_reach], settings) for k, quoted in run.items()):
            points.update(run)
        run = {}
    return points


def _quoted_below(quoted: str, below: list[str], settings: CleaningSettings) -> bool:
    """Whether a bulleted line's words stand inside one of the lines below it."""
    return len(quoted) >= settings.duplicate_letters and any(quoted in other for other in below if len(other) >= len(quoted))


# the editor in charge opening a line (the words of `boilerplate.tsv`'s editor row that sign an article off)
_EDITOR_SIGN_OFF = re.compile(r"^\W{0,2}(?:责任编辑|責任編輯|责编|責編)\s*[:：]")


_CREDITS = frozenset(["byline", "editor"])  # the drop reasons of credit lines


def signs_off(line: RuledLine, rule: Rule, prose_below: bool, closing_credits: bool = False) -> bool:
    """A byline with the reporter's e-mail address, or the editor's sign-off with no prose below it
    (`责任编辑:于文凯` over a tag, an app promo and other stories' titles; not a bare `编辑:`, which may
    credit a section, nor an editor named in a summary's or the date's rows over the article), or the
    last row of the article's closing credits (`closing_credits`, see `closes_credits`): below the
    body, it ends the article (what follows is the site's: other articles, its tags, comments, tips,
    the footer)."""
    if closing_credits and rule.reason in _CREDITS:
        return True
    if rule.reason == "editor":
        return not prose_below and _EDITOR_SIGN_OFF.match(line.text) is not None
    return rule.reason == "byline" and EMAIL.search(line.text) is not None


def closes_credits(lines: Sequence[RuledLine], i: int, kept: list[RuledLine], headings: set[int], settings: CleaningSettings) -> bool:
    """Whether line `i` is the last of a run of `closing_credits` credit rows one under another
    (记者 / 通讯员 / 审核 / 监制) that closes the article: less prose follows on the page than
    `closing_credits_prose` of the body above it (`kept`, the headline's lines aside: a sidebar's
    three tips under a five-sentence report, not the rest of an article whose credits stand
    between its paragraphs)."""
    run = 0
    while i - run >= 0 and (rule := lines[i - run].rule) is not None and rule.reason in _CREDITS:
        run += 1
    if run < settings.closing_credits:
        return False
    above = sum(line.letters for line in below_headline(kept, headings, settings) if line.prose)
    below = sum(line.letters for line in lines[i + 1 :] if line.prose and line.rule is None)
    return below < settings.closing_credits_prose * above


# what a page leaves where a photo was: its file name, a placeholder word, or a Markdown image (`![]()`, `![alt](src)`)
IMAGE_LINE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|bmp|svg)\s*$|^\W{0,2}(?:IMG(?:[-_]\w+)?|image|photo|图片|圖片|照片|사진|이미지)\W{0,2}$|^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$",
    re.IGNORECASE,
)


_BARE_DAY = re.compile(r"\s*\d{1,2}\s*(?:月\s*\d{1,2}\s*日|월\s*\d{1,2}\s*일)\s*")


def keep_dated_clauses(lines: list[RuledLine], lang: str, settings: CleaningSettings) -> None:
    """A bare day (`9月6日`, no year, no time) that opens a run of at least `fragment_lines` clause
    lines of the article's language (no rule's, no sentence end: `正午时分` / `阳光灼热` / …) is the
    first clause of a body written a clause per line, not the page's date: its rule is lifted."""
    for i, line in enumerate(lines):
        if line.rule is None or line.rule.reason != "dateline" or not _BARE_DAY.fullmatch(line.text):
            continue
        run = lines[i + 1 : i + 1 + settings.fragment_lines]
        if len(run) == settings.fragment_lines and all(other.rule is None and is_fragment(other) and reads_in_language(other, lang, settings) for other in run):
            line.rule = None


# an ellipsis alone on its line (`……`, `…`)
_ELLIPSIS_ALONE = re.compile(r"…{1,3}")


def with_elisions(lines: list[RuledLine], kept: list[RuledLine], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The kept lines with the ellipses alone on their lines (`“这些东西都是从哪里来的?”` / `……` / `面对眼前这位…`) that
    the writer put between two lines of the article: each page line next to it, above and below, is a kept
    body line (above at least `fragment_letters` letters, below `elided_words_below` letters that are no
    digits: `安徽公安`). Asked once every pass has judged the page, so an ellipsis among other stories'
    titles, a pager's (`3` / `……` / `10`), the page's last line and one over an editor's credit stay
    dropped with their neighbours (code reviews 90 and 90b)."""
    body = {line.start for line in kept if line.start not in headings}
    restored = {
        line.start
        for above, line, below in zip(lines, lines[1:], lines[2:])
        if _ELLIPSIS_ALONE.fullmatch(line.text.strip())
        and line.start not in body
        and above.start in body
        and below.start in body
        and above.letters >= settings.fragment_letters
        and sum(ch.isalpha() for ch in below.text) >= settings.elided_words_below
    }
    if not restored:
        return kept
    dropped[:] = [item for item in dropped if item.start not in restored]
    return sorted(kept + [line for line in lines if line.start in restored], key=lambda line: line.start)


# a telephone line's label alone, its number on the next line (`驻南苏丹使馆领事保护与协助电话:` / `+211-912386015`):
# no clause's comma, no verb of calling or asking (`请拨打…电话:`, `拨通了家属的电话:`), no Korean particle before a word
_PHONE_LABEL = re.compile(
    expand_placeholders(r"(?![^\n]*(?:[,，、;；]|拨|撥|打|请|請|联系|聯繫|联络|聯絡|了|[가-힣](?:는|은|이|가|을|를|에게|으로|로)\s))"
    r"[^。！？!?:：\n]*(?:{PHONE_WORD}|(?<![A-Za-z])(?i:phone|hotline|tel)(?![A-Za-z]))[^。！？!?:：\n]{0,12}[:：]")
)
_PHONE_NUMBER = re.compile(r"[+＋]?[\d\s()（）\-－.]{5,24}")


def without_orphaned_phone_labels(lines: list[RuledLine], kept: list[RuledLine], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The kept lines without the telephone labels of a list of numbers whose numbers, each on the page's
    next line, were dropped (`外交部全球领事保护与服务应急热线(24小时):` over `+86-10-12308`, an embassy's
    emergency numbers under a notice): two labels or more, each alone on its line (no clause: no comma,
    no verb of calling, no Korean particle), go with their numbers as contact lines (`address`). A
    sentence that asks to call (`如有知情者,请拨打刑侦大队电话:`), one that tells of a call (`民警随即拨通了
    家属的电话:`), a lone label, a label whose number is kept, and one of more than
    `phone_label_letters` letters stay (code review 91b)."""
    orphaned = _over_dropped(
        lines,
        kept,
        headings,
        lambda line, below: line.letters <= settings.phone_label_letters
        and _PHONE_LABEL.fullmatch(line.text.strip()) is not None
        and _PHONE_NUMBER.fullmatch(below.text.strip()) is not None
        and sum(ch.isdigit() for ch in below.text) >= 5,
    )
    return _without(kept, orphaned, "address", dropped) if len(orphaned) >= 2 else kept


def _over_dropped(lines: list[RuledLine], kept: list[RuledLine], headings: set[int], test: Callable[[RuledLine, RuledLine], bool]) -> set[int]:
    """The starts of the kept body lines (no headline) right above a page line that is not kept, for
    which `test(line, the line below)` holds."""
    body = {line.start for line in kept if line.start not in headings}
    return {line.start for line, below in zip(lines, lines[1:]) if line.start in body and below.start not in body and test(line, below)}


def _without(kept: list[RuledLine], starts: set[int], reason: str, dropped: list[Dropped]) -> list[RuledLine]:
    """The kept lines but those starting at `starts`, which go to `dropped` with `reason`."""
    dropped.extend(Dropped(line.start, line.end, line.text, reason) for line in kept if line.start in starts)
    return [line for line in kept if line.start not in starts]


_ADVERT = re.compile(ADVERT)
_CONTACT_REASONS = ("address", "promo")  # what a rule took a telephone line for


def without_advert_over_contact(lines: list[RuledLine], kept: list[RuledLine], headings: set[int], dropped: list[Dropped]) -> list[RuledLine]:
    """The kept lines without a business's advert whose contact number a rule took on the page's next line
    (`智迅安全为企业提供应急综合平台、…解决方案,为企业安全应急保驾护航。` over `联系电话:13127138976`): the advert
    (`patterns.ADVERT`: a service offered, no word of the police, a crime, an appeal or a public body) goes as
    `promo`, as it does with the number glued to its end (the `boilerplate.tsv` row)."""
    adverts = _over_dropped(
        lines,
        kept,
        headings,
        lambda line, below: getattr(below.rule, "reason", None) in _CONTACT_REASONS
        and sum(ch.isdigit() for ch in below.text) >= 7
        and _ADVERT.match(line.text.strip()) is not None,
    )
    return _without(kept, adverts, "promo", dropped)


def keep_bulleted_crossheads(lines: list[RuledLine], body_start: int, lang: str, settings: CleaningSettings) -> None:
    """Bulleted lines of at most `line_model_letters` letters that a `related` rule took
    (`·科学部署警力,织密立体防控网络`), each alone between two lines of prose of the article's language
    that no rule took, two or more of them, head the parts of the article below them: a list of other
    articles runs its bullets together or trails the body, and a link to one other story stands alone
    (`· 相关新闻:…`). A photo's credit or label may stand between a head and the prose (`Pixabay网站`:
    `_beside_a_photo`). A blog sets its crossheads off with pictographs instead (`📌 사건 개요 – 호치민 3군
    한인 주점에서 발생`, `🚓 도주 후 검거…`): such a line, taken by a `related` rule or by none, counts when it
    shares `pictograph_head_share` of its letter pairs with the paragraph below it, which it heads (a
    link to another story, `🔥 热门推荐：…`, `■ 관련기사 …`, names other things). Their rules are lifted (in the
    body only: above it, such lines are a box of other stories and their teasers)."""

    # the nearest line at or above / at or below each index that is not a photo's credit or label
    # (one pass each way: a page of short fragments would otherwise walk its run for every line)
    above: list[int | None] = []
    nearest: int | None = None
    for i, line in enumerate(lines):
        if i >= body_start and not _beside_a_photo(line, settings):
            nearest = i
        above.append(nearest if i >= body_start else None)
    below_of: list[int | None] = [None] * len(lines)
    nearest = None
    for i in range(len(lines) - 1, body_start - 1, -1):
        if not _beside_a_photo(lines[i], settings):
            nearest = i
        below_of[i] = nearest

    def neighbour(i: int, step: int) -> RuledLine | None:
        """The nearest line from `i` on, stepping by `step`, that is not a photo's credit or label."""
        if not body_start <= i < len(lines):
            return None
        found = above[i] if step < 0 else below_of[i]
        return None if found is None else lines[found]

    def alone(i: int) -> bool:
        return all(
            other is not None and other.rule is None and other.prose and reads_in_language(other, lang, settings) and other.text.lstrip()[:1] not in ITEM_BULLETS
            for other in (neighbour(i - 1, -1), neighbour(i + 1, 1))
        )

    def head(i: int, line: RuledLine) -> bool:
        if line.letters > settings.line_model_letters:
            return False
        first = line.text.lstrip()[:1]
        if first in ITEM_BULLETS:
            return line.rule is not None and line.rule.reason == "related" and alone(i)
        if not _pictograph(first) or (line.rule is not None and line.rule.reason != "related") or not alone(i):
            return False
        below = neighbour(i + 1, 1)
        return below is not None and shared_share(line.text, character_bigrams(below.text), lang, settings, settings.pictograph_head_share) > 0

    heads = [line for i, line in enumerate(lines[body_start + 1 :], body_start + 1) if head(i, line)]
    if len(heads) >= 2:
        for line in heads:
            line.rule = None


def _pictograph(first: str) -> bool:
    """Whether a line's first character is a pictograph (a `So` symbol: `📌`, `🚓`) other than the
    bullets that open a link (`LINK_BULLETS`) and the arrows and hands that point to one."""
    return first != "" and unicodedata.category(first) == "So" and first not in LINK_BULLETS and first not in _LINK_POINTERS


_LINK_POINTERS = "👉👇👈☛☚➤➜➡🔗"


def under_header_rows(lines: list[RuledLine], starts: list[int], body_start: int, lang: str, settings: CleaningSettings) -> int:
    """Where the body starts when its first sentence-like line is a short one over the page's header:
    a sentence at most (fewer than twice `prose_letters` letters: `200字范文,内容丰富有趣,生活中的好帮手!`),
    and within `header_reach` lines under it, after at least one title-like line (no rule's,
    `title_letters` letters) and no other sentence, the page's meta row (a date, a byline, the view
    count: `meta_row`), prose below that. A site's slogan that exclaims (`织梦CMS - 轻松建站从此开始!`)
    over its name, menu, the headline and the meta row: the body starts at the first sentence under
    the meta row, and the lines above are the header, its headline among them."""
    first = lines[body_start] if body_start < len(lines) else None
    if first is None or (first.prose and first.letters >= 2 * prose_letters(lang, settings)) or ANNOUNCING.search(first.text):
        return body_start  # (a lead that announces what follows, `…现转发如下。`, over the notice it forwards, is the article's)
    titled = False
    for j in range(body_start + 1, min(len(lines), body_start + 1 + settings.header_reach)):
        line = lines[j]
        if meta_row(line):
            if not titled:
                return body_start
            below = next((i for i in starts if i > j), None)
            return below if below is not None and any(other.prose for other in lines[j + 1 :]) else body_start
        if j in starts or line.prose:
            return body_start
        titled = titled or (line.rule is None and line.letters >= settings.title_letters)
    return body_start


def first_section_head(lines: list[RuledLine], body_start: int, titles: list[int]) -> int:
    """Where the body starts when the line right above it is the first of the article's section
    heads (`【案情简介】` over the first paragraph, `【调查与处理】` further down; `一、基本案情` over it,
    `二、…` further down): a head no rule took, under the headline, whose like stands alone lower in
    the article, above its footer (the same brackets, or the next ordinal); on a page that prints no
    headline, only a first numbered head `一、…` (an excerpt that starts at `一、引言`, `二、…` lower);
    else `body_start` unchanged. Alone, such a line over the lead is a page's label (`【一线传真】`). A
    column's label over the lead with a bracketed note of the article lower down (`【警情通报】` …
    `【警方提示】`) reads the same and is kept with it: brackets say nothing of which they are."""
    i = body_start - 1
    if i < 0 or (titles and i <= titles[-1]) or lines[i].rule is not None:
        return body_start
    head = SECTION_HEAD.match(lines[i].text)
    if head is None:
        return body_start
    if not titles and head.group(1) != "一":
        return body_start  # (there, a bracketed label is the page's column, and a later ordinal a menu's or a contents list's last item)
    opener = lines[i].text.lstrip()[0]
    for line in lines[body_start:]:
        if line.rule is not None and line.rule.action == "stop":
            break  # the footer: a head there is no article's
        other = SECTION_HEAD.match(line.text)
        if other is None or line.rule is not None:
            continue
        if head.group(1) is None and other.group(1) is None and line.text.lstrip()[0] == opener and line.text.strip() != lines[i].text.strip():
            return i
        if head.group(1) is not None and other.group(1) == NEXT_ORDINAL.get(head.group(1)):
            return i
    return body_start


def _beside_a_photo(line: RuledLine, settings: CleaningSettings) -> bool:
    """A line a photo leaves between paragraphs: its credit or label (`Pixabay网站`, `意大利警察局官网`),
    unfinished, unbulleted and at most `furniture_letters` letters long, whatever rule took it."""
    return not line.prose and not ends_a_sentence(line.text) and line.letters <= settings.furniture_letters and line.text.lstrip()[:1] not in ITEM_BULLETS


def fragmented_start(lines: list[RuledLine], body_start: int, lang: str, settings: CleaningSettings) -> int:
    """Where the body starts on a page that breaks every clause onto its own line (copies of
    messenger articles): when most of the first body lines are fragments without a sentence end,
    or when at least twice `fragment_lines` fragments stand right above the first sentence (or
    `fragment_lines` of them right under the page's date line), those fragments are body too, not
    header; across a pointer of marks alone right above the first sentence (`↓↓↓`, `……`: a messenger
    copy's lead-in, then the body), `pointed_fragment_lines` of them are enough, each short and its
    words run together (`_short_clause`: a headline, other stories' titles or a slogan over a pointer are
    not; code review 86c) (developed 2817 and 4328 keep 10 of their 14 lead-in lines; no held-out page changes). The fragments above end at a headline that exclaims in the lead's words (`一只鹦鹉卖25万元!温州警方…`):
    what stands over it is the page's (an ad block of short names), not the article's opening."""
    following = [line for line in lines[body_start : body_start + settings.lead_lines] if line.rule is None]
    # a clause here may end in any closing bracket: a line ending in ")" is not a clause fragment of
    # a messenger copy, though below the body it is furniture ("(사진=연합뉴스)", `is_fragment`)
    # (nor is a bulleted item: a list of tips ending in ；, each item a clause of the text)
    fragments = sum(1 for line in following if not line.prose and line.text[-1] not in SENTENCE_END + CLOSERS and not BULLETED.match(line.text))
    start = body_start
    lead: set[str] | None = None  # the lead's bigrams, read only when a line above exclaims
    if start > 1 and lines[start - 1].letters == 0 and _fragment_above(lines, start - 2, settings):
        start -= 1  # a pointer between a lead-in and the body (`↓↓↓`, `……`): the lead-in's clauses go on above it
    pointer = start < body_start
    while start > 0 and _fragment_above(lines, start - 1, settings) and (not pointer or _short_clause(lines[start - 1], settings)):
        if EXCLAIMED.search(lines[start - 1].text):
            lead = lead_bigrams([line for line in lines[body_start:] if line.prose], lang, settings) if lead is None else lead
            if shared_share(lines[start - 1].text, lead, lang, settings):
                break
        start -= 1
    # (or when the fragments above are many and read as clauses, not headlines: an opening written
    # a clause per line, then prose)
    run = [line for line in lines[start:body_start] if line.letters]
    if len(run) >= (settings.pointed_fragment_lines if pointer else 2 * settings.fragment_lines) and _clauses(run, settings):
        return start
    # (or when they are at least `fragment_lines` clauses right under the page's date line or view count: the
    # header ends there, and a lead-in written a clause per line follows it, `一场争分夺秒的拦截战` /
    # `一次警银默契的完美配合` / …, or the lead itself, `2023年1月8日0时49分许` / `江西南昌县幽兰镇S517连接线桃岭村路段` / …;
    # not under a source's credit, which a headline may stand under)
    dated = start > 0 and getattr(lines[start - 1].rule, "reason", None) in ("dateline", "view-stats")
    if dated and body_start - start >= settings.fragment_lines and _clauses(lines[start:body_start], settings):
        return start
    if len(following) < settings.fragment_lines or 2 * fragments < len(following):
        return body_start
    return start


def captions_above_credit(lines: list[RuledLine], body_start: int, settings: CleaningSettings) -> int:
    """Where the body starts on a page that prints its photos' captions between the headline and
    the credit that opens the article (an e-paper: `女子巡逻队在文甲码头贴心服务游客。` /
    `□全媒体记者 蔡玲 … 文/图` / the lead): when every line from the first body-like one to an
    opening credit a few lines below (a source credit cut off the line's start, or a line that is
    nothing but one) is a short sentence ending in a sentence mark that no rule took, and prose
    follows the credit (or is on its line), those lines are captions and the body starts at the
    credit. One such line alone that opens as a lead does, with its time or an attribution
    (`近日，乡城县公安局破获一起电信诈骗案。`, `据悉，…`), is the lead printed above the credit (a run of
    captions may each start with a date, `10月3日,民警…`). A closing credit on a line of its own
    (`（记者 张三）`, `박초원 기자`) opens nothing: a short lead above it stays; a kicker
    (`为游客点赞“湄洲警察”`) or deck ends no sentence and stops the rule. The caller asks under a
    headline, and on a page without one takes `headless_captions` lines or more (one line alone over
    the credit is the headline or the lead)."""
    for j in range(body_start + 1, min(len(lines), body_start + 1 + settings.captions_above_credit_window)):
        line = lines[j]
        if not (line.credit or line.rule is WHOLE_LINE["source"]):
            continue
        above = lines[body_start:j]
        prose_follows = line.prose or (j + 1 < len(lines) and lines[j + 1].prose)
        captions = all(other.rule is None and other.letters <= settings.captions_above_credit_letters and closes_a_sentence(other.text) for other in above)
        lead = len(above) == 1 and (LEAD_TIME.match(above[0].text) is not None or ATTRIBUTION.match(above[0].text) is not None)
        if prose_follows and captions and not lead:
            return j
        break  # the first opening credit decides
    return body_start


def _clauses(run: list[RuledLine], settings: CleaningSettings) -> bool:
    """Whether a run of short lines reads as clauses of one text rather than a list of headlines:
    Korean lines mostly ending in a comma, particle or connective ending; Chinese (or other) lines
    short on average (`这是春节申遗成功后首个春运`, `40天里`), headlines being longer."""
    hangul, han = count_scripts("".join(line.text for line in run))
    if hangul > han:
        return 2 * sum(1 for line in run if line.text.rstrip()[-1:] in GOES_ON) >= len(run)
    return sum(_spoken_letters(line.text) for line in run) <= settings.clause_letters * len(run)


_FIGURE_OR_CODE = re.compile(r"[0-9A-Za-z]+")  # a figure's digits or a Latin code (`2023`, `S517`): one word, however many letters


def _spoken_letters(text: str) -> int:
    """A line's letters with each run of digits or Latin letters counted once: a clause's length as it reads
    (`2023年1月8日0时49分许` is 11, not 15), so a lead's dates, times and road numbers make no clause a headline."""
    return count_letters(_FIGURE_OR_CODE.sub("0", text))


def _short_clause(line: RuledLine, settings: CleaningSettings) -> bool:
    """A lead-in's clause over a pointer: words run together, at most `pointed_clause_letters` letters (a
    headline or another story's title over the pointer is longer, a slogan's parts are spaced apart)."""
    return line.letters <= settings.pointed_clause_letters and not any(ch.isspace() for ch in line.text.strip())


def _fragment_above(lines: list[RuledLine], i: int, settings: CleaningSettings) -> bool:
    """Whether line `i` is a clause fragment of a clause-per-line body: no rule's, no prose, and at
    least `fragment_letters` letters, or shorter (`40天里`) under such a fragment, at most
    `short_fragments` short lines in a row, itself included (`静静观察` / `几分钟后`)."""
    def fragment(line: RuledLine) -> bool:
        return line.rule is None and not line.prose

    if not fragment(lines[i]):
        return False
    if lines[i].letters >= settings.fragment_letters:
        return True
    if lines[i].letters < 2:
        return False
    for above in range(i - 1, max(-1, i - 1 - settings.short_fragments), -1):
        if not fragment(lines[above]) or lines[above].letters < 2:
            return False
        if lines[above].letters >= settings.fragment_letters:
            return True
    return False


def has_body_above(kept: list[RuledLine], settings: CleaningSettings) -> bool:
    """Whether an article is kept above a line that would end it: a prose paragraph, two finished
    sentences, or at least `fragment_lines` lines (a page that breaks its clauses onto lines of
    their own). A meta line (date, views) under a headline, with only a promo sentence among the
    menus kept above it, ends nothing."""
    if len(kept) >= settings.fragment_lines:  # first: asked of every line, it must not count a long page's lines each time
        return True
    return sum(1 for line in kept if is_sentence(line, settings)) >= 2 or any(line.prose for line in kept)


def _told(body: list[RuledLine], settings: CleaningSettings) -> list[RuledLine]:
    """The lines of a would-be body that tell something: prose or a finished sentence."""
    return [line for line in body if line.prose or is_sentence(line, settings)]


def told_lines_above(lines: list[RuledLine], i: int, body: list[RuledLine], settings: CleaningSettings) -> list[RuledLine]:
    """The lines that tell something (`_told`) kept above line `i`, when they are the page's and the
    article seems to come after line `i` rather than end above it; none otherwise. Of the lines kept
    above, one is prose or a finished sentence, or more are, a headline below them, and the prose
    below has `article_told` times their letters (a site's slogan `…新媒體！`, most-read items that
    exclaim or ask, `…重臨嗎？`, a portal's box of featured topics each with its summary, long as
    those are: `• 2017新西兰大选` / `新西兰时间9月23日晚7时,大选投票结束。…`), the last at least `article_gap` lines above
    `i` (a promo sentence among the menus, `…과정이 4월 10일(토)에 개강합니다.`, then the headline),
    and at least `article_below` prose lines follow (a contact line with an e-mail address between the
    page's header and its article ends nothing). A sentence just above the line is a short article
    that it does end (a photo story's caption over `저작권자 ©`, other stories' leads below), unless
    the first prose line below opens with it word for word and the page's meta row stands between: then
    it is the page's summary of the article (`…「爱·民庆圣诞」嘉年华会。` over the date and source line,
    the share bar and the article that opens with it)."""
    told = _told(body, settings)
    prose_below = [line for line in lines[i + 1 :] if line.prose]
    if not told or len(prose_below) < settings.article_below:
        return []
    between = [line for line in lines[:i] if line.start > told[-1].start]  # from the last sentence kept to line `i`
    if len(told) > 1 and (
        sum(line.letters for line in prose_below) < settings.article_told * sum(line.letters for line in told)
        or not any(line.rule is None and line.letters >= settings.title_letters and is_fragment(line) for line in between)
    ):
        return []  # (a short article's sentences, no headline between them and the footer, are the article)
    # a summary that the article's first paragraph opens with word for word, the page's meta row under it, is the
    # page's, however close to the line
    summary = without_spaces(prose_below[0].text).startswith(without_spaces("".join(line.text for line in told))) and any(map(meta_row, between))
    return told if len(between) >= settings.article_gap or summary else []


def wrapped_body_start(lines: list[RuledLine], lang: str, settings: CleaningSettings) -> int | None:
    """Where the longest run of clause lines starts (no rule's, in the article's script, at least
    `fragment_letters` letters each, or shorter under such a line as `_fragment_above` allows), if it
    has at least `wrapped_lines` lines: on a page without a single sentence, the body of copy wrapped
    into short lines."""
    best, best_length, start = None, 0, None
    for i, line in enumerate([*lines, None]):
        clause = line is not None and line.rule is None and reads_in_language(line, lang, settings) and (
            line.letters >= settings.fragment_letters or (start is not None and _fragment_above(lines, i, settings))
        )
        if clause and start is None:
            start = i
        elif not clause and start is not None:
            if i - start > best_length:
                best, best_length = start, i - start
            start = None
    return best if best_length >= settings.wrapped_lines else None


def _cut_off(text: str) -> bool:
    """A teaser the site cut off: it ends in `...` or one `…` (a writer's `……` trails off on purpose)."""
    text = text.rstrip()
    return text.endswith("...") or (text.endswith("…") and not text.endswith("……"))


def starts_another_article(lines: list[RuledLine], i: int, kept: list[RuledLine], headings: set[int], settings: CleaningSettings) -> bool:
    """A second, unrelated article appended below the first: a title with a run of stars after it
    (`标题******`) after `appended_after_stars` prose paragraphs; after `appended_after_prose`, one
    with stars before it (`******标题`: at least `_SEPARATOR_RUN` of them, and no statement), or a lead opening with a wire or paper credit of its own,
    one that dates or places the report (`(本报古晋29日讯)…`, `新华社北京9月24日电`, `[서울=뉴시스]…`:
    never a label such as `【网警提醒】`), right under a title line (at least `title_letters`
    letters, no sentence end, no list item, no rule's; only datelines, bylines and source credits
    between them). Not the page's own English version of the article under it, its title and lead in
    Latin letters only: a bilingual page's, which `without_stray_other_language` weighs."""
    line = lines[i]
    starred = (line.starred or line.text.startswith(SEPARATOR_STARS)) and count_letters(line.text) >= settings.title_letters
    if not starred and not (kept and _DATELINE_MARK.search(line.credit)):
        return False
    # counted only for the rare candidate line, and only as far as needed: a page's lines never
    # cost a pass over all the lines kept before them
    prose = (earlier for earlier in kept if earlier.prose)
    needed = settings.appended_after_stars if line.starred else settings.appended_after_prose
    if sum(1 for _ in itertools.islice(prose, needed)) < needed:
        return False
    if starred and not line.starred and (_STATEMENT_END.search(line.text) or _leading_stars(line.text) < _SEPARATOR_RUN):
        return False  # stars before a statement, or a short run (` *** 强调…`, `***提出上诉后`): a name masked, no title
    if starred:
        return True
    title = kept[-1]
    if title.start in headings or not is_fragment(title) or title.letters < settings.title_letters or LIST_ITEM.match(title.text) or introduces_next(title):
        return False
    if in_other_language(title, settings) and in_other_language(line, settings):
        return False  # the page's own version of the article in English, its headline and reporter's credit again (`[Reporter … = …]`): the article's text
    above = next((k for k in range(i - 1, -1, -1) if lines[k].start == title.start), None)
    between = [lines[k].rule for k in range(above + 1, i)] if above is not None else [None]
    return all(rule is not None and rule.reason in ("dateline", "byline", "source") for rule in between)


_STATEMENT_END = re.compile(r"[。.][”\"’'」』]?\s*$")  # a line that states, not a title (which may ask or exclaim)
_LEADING_STARS = re.compile(r"\s*([*＊※]*)")


def _leading_stars(text: str) -> int:
    """How many stars open a line (`******标题`: 6)."""
    found = _LEADING_STARS.match(text)
    return len(found.group(1)) if found else 0


_SEPARATOR_RUN = 5  # stars before an appended article's title (`******标题`); a shorter run masks a name (`***强调`, `***提出上诉后`)


# a credit that dates or places a report: 讯/电 (本报讯, 新华社…电), a day (29日), an agency's `=` ([서울=뉴시스])
_DATELINE_MARK = re.compile(r"[讯訊电電]|\d{1,2}\s*日|[^=\s]\s*=\s*[^=\s]")


# a clause broken off mid-sentence: a Korean word ending in a case particle after another word
# (`경찰은 이들이 촬영 영상을`), or cut inside the short word after a subject and two words (`특히 위 두 경찰관은 오남`),
# a Chinese clause ending in a comma or 的
_BROKEN_CLAUSE = re.compile(
    f"[{HANGUL}]\\s+[{HANGUL}]*[{HANGUL}](?:을|를|이|가|은|는|에|에서|의|로|으로|도|에게|께서)$"
    f"|(?<![{HANGUL}])(?:[{HANGUL}]+\\s+){{2}}[{HANGUL}]*[{HANGUL}](?:은|는)\\s+[{HANGUL}]{{1,3}}$"  # two words before the subject: not `회원 가입은 무료`
    f"|[{HAN}][，,、的]$"
    # a paragraph's opening time and the comma after it, then the clause broken off: `4月,庆阳环县公`
    f"|^(?:\\d{{1,2}}月(?:\\d{{1,2}}日)?|\\d{{1,2}}日|今年|去年|近日|日前|目前|当天|當天|当晚|當晚|此前|随后|隨後)[{HAN}]{{0,4}}[，,][{HAN}]+$"
)


_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"))  # (not ‘’: ’ is also an apostrophe)


def teaser_over_date(lines: list[RuledLine], i: int) -> bool:
    """A teaser the site cut off with an ellipsis (`…는 화재경보기...`) right above a date line: an
    entry of a list of other articles, however much it reads as prose."""
    return _over_date(lines, i) and _cut_off(lines[i].text)


def listed_titles(lines: list[RuledLine]) -> set[int]:
    """The entries of lists of other articles printed as a run of at least two titles (no sentence
    end), each above its date line (`港台:在約章框架下…` / `時事脈搏 ｜ 今日 11:13`): not a timeline,
    whose run a date line of the same shape opens (each date, then what happened). One pass."""
    listed: set[int] = set()
    i = 0
    while i < len(lines):
        if not _titled(lines, i):
            i += 1
            continue
        run = [i]
        while _titled(lines, run[-1] + 2):
            run.append(run[-1] + 2)
        opener = lines[i - 1] if i > 0 else None
        timeline = opener is not None and _is_date_line(opener) and _shape(opener.text) == _shape(lines[i + 1].text)
        if len(run) >= 2 and not timeline:
            listed.update(run)
        i = run[-1] + 2
    return listed


def _shape(text: str) -> str:
    """A date line's shape: its text with each run of digits as 0 (`2023년 7월 1일` -> `0년 0월 0일`)."""
    return re.sub(r"\d+", "0", text.strip())


def _titled(lines: list[RuledLine], i: int) -> bool:
    """Line `i` is a title over its date line or its teaser cut short: no sentence end, no rule's."""
    return _over_entry_end(lines, i) and not ends_a_sentence(lines[i].text)


def _over_date(lines: list[RuledLine], i: int) -> bool:
    """Whether line `i` is a line of no rule's right above a date line (a rule's `dateline`)."""
    return 0 <= i < len(lines) - 1 and lines[i].rule is None and _is_date_line(lines[i + 1])


def _over_entry_end(lines: list[RuledLine], i: int) -> bool:
    """Whether line `i` is a line of no rule's right above what ends a list entry: its date line, or
    its teaser cut short (`is_cut_short`)."""
    if not 0 <= i < len(lines) - 1 or lines[i].rule is not None:
        return False
    below = lines[i + 1]
    return _is_date_line(below) or is_cut_short(below)


def cut_short_lines(lines: list[RuledLine], text: str, settings: CleaningSettings) -> tuple[frozenset[int], bool]:
    """The lines that are teasers the site cut short (`is_cut_short`) at the end of their page line
    (not a piece of a line that lost its breaks and goes on: `…誤會。… 更多 精彩的來了。`), a teaser's
    length (`teaser_line` characters, the whole page line), none a `stop`
    rule's (`相关新闻：…劝阻...` ends the article, as its rule says); none at all unless the page has two
    or more: a list of other stories, where one alone is the article's own fold or excerpt
    (`…维持原判...阅读全文`). And whether the list's entries have titles (`_entry_title`: two of them
    or more; an article's last line without a full stop over the first teaser is no title)."""
    found = []
    for i, line in enumerate(lines):
        if not is_cut_short(line) or (line.rule is not None and line.rule.action == "stop"):
            continue  # (a line its link was cut off may still be a stop rule's: `관련기사 : …늘어…더보기`)
        line_start, line_end = page_line(text, line.start, line.end)
        rest = text[line.end : line_end]
        if (not rest.strip() or CUT_SHORT.fullmatch(rest) is not None) and line.end - line_start <= settings.teaser_line:
            found.append(i)  # (a page line longer than a teaser is an article's paragraph with one glued to it, or no teaser)
    if len(found) < 2:
        return frozenset(), False
    teasers = frozenset(found)
    return teasers, sum(_entry_title(lines, i, teasers, text, settings) is not None for i in teasers) >= 2


def _teaser_start(lines: list[RuledLine], i: int, text: str, settings: CleaningSettings) -> int:
    """Where the page line of teaser `i` starts among `lines`: its pieces before it on that line, a
    teaser's worth of them (`teaser_line` characters with it: not an article's paragraph that lost
    its break before a glued teaser)."""
    at = i
    while at > 0 and "\n" not in text[lines[at - 1].end : lines[at].start] and lines[i].end - lines[at - 1].start <= settings.teaser_line:
        at -= 1
    return at


def _entry_title(lines: list[RuledLine], i: int, teasers: frozenset[int], text: str, settings: CleaningSettings) -> int | None:
    """The title line over teaser `i`: the line above its page line, a page line of its own, of no
    rule's, unfinished, a title's length (`teaser_title_letters`), no teaser itself; None if none."""
    at = _teaser_start(lines, i, text, settings)
    title = at - 1
    if title < 0 or title in teasers:
        return None
    above = lines[title]
    own_line = title == 0 or "\n" in text[lines[title - 1].end : above.start]
    return title if own_line and above.rule is None and is_fragment(above) and above.letters <= settings.teaser_title_letters else None


def cut_short_teaser(lines: list[RuledLine], i: int, kept: list[RuledLine], text: str, settings: CleaningSettings, teasers: frozenset[int], titled: bool) -> list[RuledLine]:
    """The last kept lines that belong to the cut-short teaser `lines[i]` (one of `cut_short_lines`),
    in order: the sentences before it on its page line (`強烈冷氣團發威…只有12度。` before `雖然…漸漸...更多`;
    `_teaser_start`), and, when the list's entries are `titled`, the entry's title above them
    (`_entry_title`; `teasers` are the list's)."""
    first = _teaser_start(lines, i, text, settings)
    taken = 0
    for at in range(i - 1, first - 1, -1):
        if taken < len(kept) and kept[-1 - taken] is lines[at]:
            taken += 1
        else:
            break
    title = _entry_title(lines, i, teasers, text, settings) if titled else None
    if title is not None and taken < len(kept) and kept[-1 - taken] is lines[title] and title == first - 1:
        taken += 1
    return kept[len(kept) - taken :]


def is_cut_short(line: RuledLine) -> bool:
    """A teaser the site cut short: its link to the rest cut off after an ellipsis (`…더보기`), or
    the whole line dropped as related for it (`…可望漸漸...更多`)."""
    return line.cut_short or (line.rule is not None and line.rule.reason == "related" and line.rule.action != "stop" and CUT_SHORT.search(line.text) is not None)


def _is_date_line(line: RuledLine) -> bool:
    return line.rule is not None and line.rule.reason == "dateline"


_ARTICLE_LAYOUT = ("caption", "byline", "dateline")  # what an article itself sets between its paragraphs


_ITEM_MARK = re.compile(r"[ \t\u3000\u00a0]*([•·▪◦●■□◆◇▶►※*-])[ \t\u3000\u00a0]+")  # a bulleted item's mark and the space after it
_INDENT = " \t\u3000\u00a0"


def _indent_of(raw: str) -> int:
    """How many white-space characters a raw line of text starts with (none for a blank line)."""
    return len(raw) - len(raw.lstrip(_INDENT)) if raw.strip(_INDENT) else 0


def without_item_continuations(text: str, kept: list[RuledLine], headings: set[int], dropped: list[Dropped]) -> list[RuledLine]:
    """Lines wrapped under a dropped bulleted item of a list, indented to the item's text (a hanging
    indent: `  • 경찰관의 … 게재하는 공간입니다.` / `    따뜻하고 … 삭제됩니다.` / `  • 개인 정보 …`), are the
    rest of that item and go with it, for its reason. The item must be dropped whole and be one of a
    list: another item with the same mark at the same indent right above it or right after its
    wrapped lines (a lone `· 相关新闻：…` over paragraphs indented as wide is no list)."""
    by_start = {d.start: d for d in dropped}
    kept_starts = sorted(line.start for line in kept)
    continued: dict[int, Dropped] = {}  # the raw line start of each wrapped line dropped here -> its item's drop

    def raw_line(start: int) -> str:
        return text[start : page_line(text, start)[1]].rstrip("\r")

    def item_at(start: int, indent: int) -> tuple[Dropped, str] | None:
        """The dropped item on the raw line at `start`, and its mark, if its text starts `indent` in."""
        raw = raw_line(start)
        mark = _ITEM_MARK.match(raw)
        if mark is None or mark.end() != indent:
            return None
        first = start + _indent_of(raw)
        item = by_start.get(first) or by_start.get(start + mark.end())
        inside = bisect.bisect_right(kept_starts, start + len(raw) - 1) - bisect.bisect_left(kept_starts, start)
        if item is None or item.end < start + len(raw.rstrip(_INDENT)) or inside:
            return None  # only a scrap before the item was cut, or part of its line is kept
        return item, mark.group(1)

    def listed(start: int, indent: int, mark: str) -> bool:
        """Whether the raw line at `start` is an item with `mark` at the same indent."""
        found = _ITEM_MARK.match(raw_line(start))
        return found is not None and found.group(1) == mark and found.end() == indent

    out: list[RuledLine] = []
    for line in kept:
        line_start = text.rfind("\n", 0, line.start) + 1
        gap = text[line_start : line.start]
        if line.start in headings or line_start == 0 or not gap or gap.strip(_INDENT):
            out.append(line)
            continue
        above = text.rfind("\n", 0, line_start - 1) + 1
        if above in continued and _indent_of(raw_line(above)) == len(gap):
            dropped.append(Dropped(line.start, line.end, line.text, continued[above].reason))
            continued[line_start] = continued[above]
            continue
        found = item_at(above, len(gap))
        if found is not None:
            item, mark = found
            before = text.rfind("\n", 0, max(0, above - 1)) + 1 if above > 0 else None
            after = text.find("\n", line.start)
            while after >= 0 and _ITEM_MARK.match(raw_line(after + 1)) is None and _indent_of(raw_line(after + 1)) == len(gap):
                after = text.find("\n", after + 1)  # past the item's other wrapped lines
            if (before is not None and listed(before, len(gap), mark)) or (after >= 0 and listed(after + 1, len(gap), mark)):
                dropped.append(Dropped(line.start, line.end, line.text, item.reason))
                continued[line_start] = item
                continue
        out.append(line)
    return out


def without_stranded_tail(lines: list[RuledLine], kept: list[RuledLine], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The article's last kept line when it is short (`stranded_letters`), unfinished and alone: the
    line above it and one below it were dropped (a headline of a related list, a slogan, a label the
    rules and the line model left when they took its neighbours: `外賣哥機車不見緊張萬分 警方協助找到謀生的愛車`
    between two dropped teasers); lines here are the pieces `lines._segments` cuts a page line into. Not
    the page's last line (an excerpt cut off in mid-sentence ends in its article's text), a heading,
    a list item, a line that introduces what follows, nor one under a caption, a credit or a date
    (`_ARTICLE_LAYOUT`: the article's own photo and its last paragraph)."""
    if len(kept) <= settings.stranded_after:
        return kept
    last = kept[-1]
    index = next((i for i, line in enumerate(lines) if line.start == last.start), None)
    if index is None or index == 0 or index == len(lines) - 1 or last.start in headings:
        return kept
    above = lines[index - 1]
    if above.start in {line.start for line in kept}:
        return kept
    if (above.rule is not None and above.rule.reason in _ARTICLE_LAYOUT) or any(d.reason in _ARTICLE_LAYOUT for d in dropped if above.start <= d.start < above.end):
        return kept  # a photo's caption, a credit or a date above the last paragraph: the article's own layout
    if not is_fragment(last) or last.letters > settings.stranded_letters or introduces_next(last) or LIST_ITEM.match(last.text):
        return kept
    dropped.append(Dropped(last.start, last.end, last.text, "page-furniture"))
    return kept[:-1]


_EMPTY_LABEL = re.compile(r"\S+(?:\s\S+)?\s+[:：]")  # a form's field label, its colon set off by a space: `참조 :`, `Source :`


def without_empty_label(kept: list[RuledLine], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[RuledLine]:
    """The article's last kept line when it is a short field label with nothing after it (`…among our
    compatriots.` / `참조 :`): a form's empty field, told by the space before its colon. A clause that
    introduces what follows holds its colon with no space (`警方提醒:`) and stays."""
    last = kept[-1] if len(kept) > 1 else None
    if last is None or last.start in headings or last.letters > settings.furniture_letters or not _EMPTY_LABEL.fullmatch(last.text.strip()):
        return kept
    dropped.append(Dropped(last.start, last.end, last.text, "page-furniture"))
    return kept[:-1]


def _broken_off(text: str) -> bool:
    """A truncated excerpt's last line, broken off in mid-clause or inside a quotation it opened
    and never closed (`“我刚跳进河的时候特别`, `民警说：“我刚跳进河`): body, not a footer's scrap."""
    return bool(_BROKEN_CLAUSE.search(text.rstrip())) or any(text.count(opening) > text.count(closing) for opening, closing in _QUOTE_PAIRS)


def is_empty_related_box(lines: list[RuledLine], i: int) -> bool:
    """A related-articles header whose box the page did not keep (`관련기사` between two body
    paragraphs): the next line is a prose sentence again, not the list, so the article goes on.
    A teaser cut off with an ellipsis (`…服务点。...`) is the list's first item, not the article."""
    rule = lines[i].rule
    if rule is None or rule.reason != "related":
        return False
    following = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].rule is None), None)
    return following is not None and following.prose and ends_a_sentence(following.text) and not _cut_off(following.text)


def photo_story_captions(lines: list[RuledLine], kept: list[RuledLine], headings: set[int], dropped: list[Dropped], lang: str, settings: CleaningSettings) -> list[RuledLine]:
    """A photo story's text is its caption (`[서울=뉴시스] 기자 = 경찰특공대원이 …하고 있다.
    2023.08.05. kgb@newsis.com` under a headline): on a page where nothing but the headline is left,
    the captions below it that hold a finished sentence are the article (each once). Returns them,
    taken out of `dropped`."""
    if any(line.start not in headings for line in kept):
        return []
    captions = {(d.start, d.end) for d in dropped if d.reason == "caption"}
    below = max((line.start for line in kept), default=-1)
    story: list[RuledLine] = []
    seen: set[str] = set()
    for line in lines:
        view = line_view(line.text, lang)
        if (line.start, line.end) in captions and line.start > below and _holds_a_sentence(view, settings) and without_spaces(view) not in seen:
            story.append(line)
            seen.add(without_spaces(view))
    taken = {(line.start, line.end) for line in story}
    dropped[:] = [d for d in dropped if (d.start, d.end) not in taken]
    return story


# the opening of a Korean sentence that the excerpt broke off, the page's last line under a finished
# sentence (`아울러 경찰`, `검거된 조`, `이라며 외국`, `볼튼은 경`): a sentence adverb, a passive adnominal (…된), a
# connective (…며, …면서) or a topic (…은, …는) and at most two words after it; a footer's scrap names its business
# (관련기사, 많이 본 뉴스)
_KOREAN_CLAUSE_OPENING = re.compile(
    f"(?!.*(?:기사|뉴스|소식|예정|보기|검색어|더보기)$)(?:아울러|한편|또한|특히|이에|그러나|하지만|이어|이날|앞서|이후|그러자|결국|[{HANGUL}]+된|[{HANGUL}]*(?:라며|면서|으며)|[{HANGUL}]+[은는])(?:\\s+[{HANGUL}]+){{1,2}}$"
)


def _unspaced_han(text: str) -> bool:
    """Chinese words with no space between them and no Hangul: a clause, not a run of labels (nor
    of three or more short ones set apart by marks, `点赞,转发,在看`)."""
    text = text.strip()
    hangul, han = count_scripts(text)
    items = _LABEL_SEPARATORS.split(text)
    return han >= 2 and not hangul and not any(ch.isspace() for ch in text) and not (len(items) >= 3 and all(len(item) <= _LABEL_CHARS for item in items))


_LABEL_SEPARATORS = re.compile(r"[,，、·|｜/]")
_LABEL_CHARS = 4


# a footer's words, run together or not: a call to the reader (`好看的人都点了在看`, `喜欢就点个在看吧`, `觉得不错请点赞`),
# a link or control (`联系我们`, `返回搜狐查看更多`, `打印本页`), a credit or notice (`责任编辑`, `本文来源于网络`): no excerpt's cut-off words
_FOOTER_WORDS = re.compile(
    r"点赞|點讚|點贊|个赞|個讚|赞赏|讚賞|在看|转发|轉發|分享|关注|關注|收藏|留言|评论|評論|跟帖|扫码|掃碼|二维码|二維碼|喜欢|喜歡|戳|"
    r"联系我们|聯繫我們|聯絡我們|关于我们|關於我們|反馈|反饋|纠错|糾錯|举报|舉報|返回|打印|列印|关闭|關閉|阅读|閱讀|查看更多|加载更多|"
    r"上一篇|下一篇|原文|链接|鏈接|連結|回复|回覆|全文完|编辑|編輯|责编|責編|审核|審核|监制|監製|校对|校對|来源|來源|出品|版权|版權|转载|轉載|侵权|侵權|声明|聲明|投稿|下载|下載"
)


def _holds_a_sentence(text: str, settings: CleaningSettings) -> bool:
    """Letters enough for a sentence, and a sentence end somewhere in the line (a photo caption's
    date and the reporter's address may follow it)."""
    return count_letters(text) >= settings.sentence_letters and sentence_ends(text) >= 1


def _ends_in_a_clause(text: str, settings: CleaningSettings) -> bool:
    """A line with a clause mark and a clause of `last_clause_letters` letters after its last one."""
    clauses = CLAUSE_MARK.split(text)
    return len(clauses) > 1 and count_letters(clauses[-1]) >= settings.last_clause_letters


def _quoted_name_last(line: RuledLine) -> bool:
    """Whether a short line that is no prose ends in a quoted name, no sentence mark inside the quotation
    marks (a caption's `滄州市民“遛百病”`, not a quoted exclamation, `“啊!掉下去了”`): in a list of lines after the
    article's last sentence (right under it: never inside a body written a clause per line) it is one more
    title or caption, though its closing mark reads as a sentence's end. Not a line that is all quotation (a
    closing slogan, `“不听、不信、不转账”`), nor a quoted phrase of several parts (a comma or 、 inside)."""
    text = line.text.strip()
    opened = max(text.rfind(mark) for mark in OPENING_QUOTES)
    return (
        not line.prose
        and text[-1:] in CLOSING_QUOTES
        and not ends_with_a_mark(text)
        and opened > 0
        and not any(mark in text[opened:] for mark in "、，,")
    )


def trim_trailing(kept: list[RuledLine], dropped: list[Dropped], settings: CleaningSettings, wrapped_copy: bool = False, page_end: int = -1, text: str = "") -> list[RuledLine]:
    """Short non-sentence lines after the last prose paragraph are page furniture, not a heading;
    a longer one is kept (an excerpt cut off mid-sentence still ends with body text). Several such
    lines after the last one (not a numbered list, nor after a line that introduces a list) are a
    list of other articles and credits, however long they are. Not on a page of wrapped copy with
    no sentence end (`wrapped_body_start`): there every line is short and unfinished."""
    if wrapped_copy:
        return kept

    tail = 0
    while tail < len(kept) - 1 and (
        is_fragment(kept[-1 - tail]) or (_quoted_name_last(kept[-1 - tail]) and ends_with_a_mark(kept[-2 - tail].text))
    ):
        tail += 1
    body, listed = kept[: len(kept) - tail], kept[len(kept) - tail :]
    numbered = any(LIST_ITEM.match(line.text) and CLAUSE_MARK.search(line.text) for line in listed)  # numbered advice, not a ranking
    fragments = sum(map(is_fragment, body[1:]))  # the first line may be the headline
    fragmented = fragments >= settings.fragmented_lines and fragments >= settings.fragmented_share * (len(body) - 1)
    introduced = bool(body) and introduces_next(body[-1])
    if tail >= settings.trailing_list and not numbered and not fragmented and not introduced:
        for line in listed:
            dropped.append(Dropped(line.start, line.end, line.text, "related"))
        kept = body
    # a body of a clause per line that the excerpt cut off (`…三河邊境派出所` / `接群眾董某報警稱` / `其駕駛`): the
    # run of clause lines after its last sentence, up to the page's end, each Chinese words run together and none
    # naming a footer's business, is its last clauses, unless a rule took a line of its own after that sentence
    # (往期回顾 over its list; a scrap cut off a line's edge, a ruby reading, is no line of its own)
    if (
        fragmented
        and listed
        and listed[-1].end >= page_end
        and all(_unspaced_han(line.text) and not _FOOTER_WORDS.search(line.text) for line in listed)
        and not any(body[-1].end <= item.start < page_end and not text[text.rfind("\n", 0, item.start) + 1 : item.start].strip() for item in dropped)
    ):
        return kept
    # in a body written a clause per line, a last line with a clause mark and a clause after it
    # (`目前,移交手续正在办理中`) is one more clause of it, not a footer's scrap (`点赞,转发,在看`), and
    # so is the page's last line under a clause that goes on (`끈질긴 수사 끝에` / `정황 증거 등을 확보한
    # 경찰`: a newscast's script, cut off by the excerpt);
    # nor is the page's last line right under a finished sentence when it is an excerpt cut off there:
    # Chinese words run together under a paragraph (`该民警回到警车取出`), whose footer was never printed (a
    # footer's words are often set apart by spaces, `点赞 在看`; run together, they still name the footer's
    # business, `_FOOTER_WORDS`: `好看的人都点了在看`, `返回搜狐查看更多`), or the opening of a Korean sentence
    # (`_KOREAN_CLAUSE_OPENING`: `아울러 경찰`; Korean footers are spaced too, `좋아요 싫어요 후속`, and a Korean
    # cut-off clause is also told by its own words, `_broken_off`)
    while (
        len(kept) > 1
        and is_fragment(kept[-1])
        and kept[-1].letters < settings.furniture_letters
        and not _broken_off(kept[-1].text)
        and not (fragmented and _ends_in_a_clause(kept[-1].text, settings))
        and not (fragmented and kept[-1].end >= page_end and kept[-2].text.rstrip()[-1:] in GOES_ON)
        and not (
            kept[-1].end >= page_end
            and ends_a_sentence(kept[-2].text)
            and (
                (kept[-2].prose and _unspaced_han(kept[-1].text) and not _FOOTER_WORDS.search(kept[-1].text))
                or _KOREAN_CLAUSE_OPENING.match(kept[-1].text.strip())
            )
        )
    ):
        line = kept.pop()
        dropped.append(Dropped(line.start, line.end, line.text, "footer"))
    return kept


def mostly_fragments(body: Sequence[RuledLine], settings: CleaningSettings) -> bool:
    """Whether a page breaks its clauses onto lines of their own: most of its body lines are clause
    fragments (counted over the whole body, not its first lines as `fragmented_start` does)."""
    fragments = sum(map(is_fragment, body))
    return fragments >= settings.fragment_lines and 2 * fragments > len(body)
