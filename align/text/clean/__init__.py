"""Cleaning scraped news pages down to the article: headline and body paragraphs.

Works line by line, the way a reader skims a page: boilerplate lines are recognised by the
patterns in `data/boilerplate.tsv`; the body is the run of prose between the page header and the
first footer marker (comments, related articles, copyright); the headline is the last plausible
title line above it. Everything left out is returned as a `Dropped` span with its reason, so no
text is lost silently; offsets always index the decoded original.

The stages live in this package's modules, each used by the ones after it: `settings` (what cleaning
takes and returns), `patterns` (the rule tables), `inline` (removals inside a line), `prose` (how a line
reads), `affixes` (credits, captions and links glued to a line), `lines` (the page as matched lines),
`wrapping` (hard-wrapped text), `headline`, `body` (the article's edges and layout), `edges` (furniture
glued to a kept line) and `furniture` (whole furniture lines inside the body). `clean` runs them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import partial

from align.script.numbers import iso_datetime, labelled_publication
from align.text.clean.affixes import GLUED_BYLINE, cut_closing_credit, line_view
from align.text.clean.body import (
    IMAGE_LINE,
    captions_above_credit,
    closes_credits,
    cut_short_lines,
    cut_short_teaser,
    first_section_head,
    fragmented_start,
    has_body_above,
    is_empty_related_box,
    is_teaser,
    keep_bulleted_crossheads,
    keep_dated_clauses,
    key_point_lines,
    listed_titles,
    photo_story_captions,
    repeats_earlier,
    signs_off,
    starts_another_article,
    summary_boxes,
    teaser_over_date,
    told_lines_above,
    trim_trailing,
    under_header_rows,
    with_elisions,
    without_advert_over_contact,
    without_empty_label,
    without_item_continuations,
    without_orphaned_phone_labels,
    without_stranded_tail,
    wrapped_body_start,
)
from align.text.clean.edges import without_edge_furniture, without_lead_credit, without_leading_separators
from align.text.clean.furniture import SPACED_HEAD, marked_captions, without_likely_furniture, without_quoting_captions, without_stray_other_language
from align.text.clean.headline import (
    article_date_line,
    below_headline,
    copies_title,
    cuts_title_short,
    dashed_deck,
    exclaimed_headline,
    headline_key,
    headline_under_menu,
    split_copies,
    title_lines,
    under_last_menu,
    under_photo_title,
    without_captions_between_title_copies,
    without_contained_copies,
    without_copy_over_lead,
    without_glued_titles,
    without_inside_teaser,
)
from align.text.clean.inline import CORRUPT, RUBY_ANNOTATION, inline_removals, page_flags
from align.text.clean.lines import page_lines
from align.text.clean.patterns import BARE_LABEL, REPORTER, RuledLine
from align.text.clean.prose import (
    LIST_ITEM,
    SEGMENT_END,
    character_bigrams,
    count_letters,
    ends_a_sentence,
    introduces_next,
    is_fragment,
    is_sentence,
    lead_bigrams,
    prose_letters,
    reads_in_language,
    shared_share,
    without_spaces,
)
from align.text.clean.settings import CleanedText, CleaningSettings, Paragraph
from align.text.clean.wrapping import hard_wrapped, line_spacing, split_at_inline_tags, wrap_width, wrapped_lead, wraps_at_width, wraps_into
from align.text.document import Dropped, Metadata

__all__ = ["RUBY_ANNOTATION", "CleanedText", "CleaningSettings", "Paragraph", "character_bigrams", "clean", "count_letters", "without_spaces"]


def _prints(line: str, headline: str) -> bool:
    """Whether a line (spaces removed) prints the markup's headline (spaces removed): the same, or its
    end when a label before it was cut off as a glued prefix (`[카드뉴스] …`), at least half of it."""
    return line == headline or (2 * len(line) >= len(headline) and headline.endswith(line))


_EDGE_MARKS = "|｜•·>»›"  # marks at a line's edges that make no difference between two copies of a paragraph


def _all_dropped(text: str, dropped: list[Dropped], start: int, end: int) -> bool:
    """Whether every character of text[start:end] but white space is in a dropped span."""
    inside = [False] * (end - start)
    for d in dropped:
        for k in range(max(d.start, start), min(d.end, end)):
            inside[k - start] = True
    return all(flag or text[start + k].isspace() for k, flag in enumerate(inside))


# the reporters a source credit names in its brackets: `新华社北京9月13日电（记者刘欢、赵博）`, `(本报记者 张三)`; not a column's
# label (`（记者节特别报道）`, `（记者观察）`, `（记者手记）`)
_NOT_A_NAME = "节|節|手记|手記|观察|觀察|调查|調查|视角|視角|笔记|筆記|眼中|走基层|走基層|探访|探訪|体验|體驗"
_CREDITED_REPORTERS = re.compile(rf"[(（]\s*((?:本[报報])?{REPORTER}(?!{_NOT_A_NAME})\s*[^()（）\s][^()（）\n]{{1,40}}?)\s*[)）]")


def clean(text: str, lang: str, settings: CleaningSettings | None = None, headline: str | None = None) -> CleanedText:
    """Keep the headline and body of a scraped article; report every dropped line with its reason.
    `headline` is the headline a saved page's markup names (its title or h1), if known: the line that
    prints it, above the body, is never the body's first line (a headline that exclaims mid-line and
    runs on, `快訊／侯友宜將有「重大宣布」！ 她喊：大家拭目以待`, reads as a sentence), and no label is cut
    off its start (`【奪命車禍】`: the page prints it as part of the headline)."""
    settings = settings or CleaningSettings()
    dropped: list[Dropped] = []
    meta: dict[str, str] = {}
    dated: list[tuple[int, str]] = []  # meta lines stating a full date whose field was taken: the date line, when the page has no other
    date_at: int | None = None  # the line the date was taken from
    lines = page_lines(text, lang, settings, dropped, meta)
    kept: list[RuledLine] = []

    def drop(line: RuledLine, reason: str) -> None:
        dropped.append(Dropped(line.start, line.end, line.text, reason))

    def published() -> str | None:
        """The full date the lines taken for the page's metadata state first (its date, source or byline line)."""
        return next((iso for field in ("date", "source", "byline") if meta.get(field) and (iso := iso_datetime(meta[field], lang))), None)

    boxed = summary_boxes(text, lines, settings)  # taken out before the page is read: a summary box is no header, lead or body
    for i in sorted(boxed):
        drop(lines[i], boxed[i])
    lines = [line for i, line in enumerate(lines) if i not in boxed]
    keep_dated_clauses(lines, lang, settings)
    starts = [i for i, line in enumerate(lines) if line.prose or is_sentence(line, settings)]
    printed_often = Counter(without_spaces(lines[i].text) for i in starts)
    if unique := [i for i in starts if printed_often[without_spaces(lines[i].text)] < settings.slogan_prints]:
        starts = unique  # a sentence printed again and again (a menu's slogan under each of its sections) starts no body
    # the first body-like line in the article's script (or the first at all, on a page with none)
    body_start = next((i for i in starts if reads_in_language(lines[i], lang, settings)), starts[0] if starts else len(lines))
    body_start = fragmented_start(lines, body_start, lang, settings)
    # a page with no sentence at all, its copy wrapped into short lines without sentence ends (TV
    # copy): its body is its longest run of clause lines in the article's script
    wrapped = wrapped_body_start(lines, lang, settings) if not starts else None
    if wrapped is not None:
        body_start = wrapped
    body_start = wrapped_lead(text, lines, body_start, lang, settings)
    key = without_spaces(headline) if headline else None  # the markup's headline, as the lines printing it are compared
    printed = frozenset(line.start for line in lines[: body_start + 1] if key and _prints(without_spaces(line.text), key))
    if body_start < len(lines) and lines[body_start].start in printed:
        # the page's own headline read as the body's first sentence: the body starts below it
        body_start = next((i for i in starts if i > body_start and reads_in_language(lines[i], lang, settings)), body_start)
    body_start = under_header_rows(lines, starts, body_start, lang, settings)
    titles = under_last_menu(lines, title_lines(lines, body_start, lang, settings), body_start, lang, settings)
    if not titles and body_start < len(lines) and exclaimed_headline(lines, body_start, settings):
        titles, body_start = [body_start], body_start + 1  # the first line that reads as a sentence is a headline that exclaims, over its meta row
    if not titles and (under_menu := headline_under_menu(lines, body_start, lang, settings)) is not None:
        titles, body_start = [under_menu], under_menu + 1  # other stories' sentences (a ticker) above the page's menu and the article's headline
    body_start = first_section_head(lines, body_start, titles)
    shown_at = [i for i, line in enumerate(lines[:body_start]) if line.start in printed and line.rule is None]
    if shown_at and not any(lines[i].start in printed for i in titles):
        # the page's own headline, printed above the body, joins the headline's lines when those chosen
        # share no words with the lead (chosen for want of better: on a page of images, with no lead, a
        # widget line) or when it shares the lead's words too; not when the lead chose its own headline and
        # the markup names another story or a section
        lead = lead_bigrams([line for line in lines[body_start:] if line.rule is None], lang, settings)
        if not lead or not any(shared_share(lines[i].text, lead, lang, settings) for i in titles) or shared_share(lines[shown_at[0]].text, lead, lang, settings):
            titles = sorted({*titles, shown_at[0]})
    # a line printed again over two lines (the headline's clauses under it), when the whole line is kept: the headline, or a
    # line of the body no rule takes (a page title the headline's choice passed over leaves its halves as they were)
    printed_again = {i for i, whole in split_copies(lines, settings).items() if whole in titles or (whole >= body_start and lines[whole].rule is None)}
    titles = [i for i in titles if i not in printed_again]
    title = titles[0] if titles else None
    headings = {lines[i].start for i in titles}  # the headline's lines, kept whole as sentences
    captions_from = body_start  # photo captions above the credit that opens the article, if any
    if titles:  # captions stand under a headline (chosen against the first caption as its lead): a first line alone over a credit is the headline itself
        body_start = captions_above_credit(lines, body_start, settings)
    elif (above_credit := captions_above_credit(lines, body_start, settings)) - body_start >= settings.headless_captions:
        body_start = above_credit  # with no headline, two or more short sentences over the opening credit are captions (a headline ends in no full stop)
    keep_bulleted_crossheads(lines, body_start, lang, settings)
    seen: set[str] = set()
    prose_after = [False] * len(lines)  # whether a prose line comes later on the page
    for i in range(len(lines) - 2, -1, -1):
        prose_after[i] = prose_after[i + 1] or lines[i + 1].prose
    comparables = [without_spaces(line.text).strip(_EDGE_MARKS) for line in lines]  # (a copy with a stray bar before it is the same paragraph: `|2016年…`)
    key_points = key_point_lines(lines, comparables, settings)
    counts = Counter(comparables)
    repeated = {text for text, count in counts.items() if count > 1}
    title_counts = Counter(headline_key(line.text) for line in lines)
    first_at: dict[str, int] = {}  # where each line is printed first
    for i, comparable in enumerate(comparables):
        first_at.setdefault(comparable, i)
    title_key = headline_key(lines[title].text, glued=False) if title is not None else None  # the headline's own words: a copy's glued site name is cut
    in_footer: str | None = None
    listed = listed_titles(lines)
    cut_short, titled = cut_short_lines(lines, text, settings)
    marked = marked_captions(lines, settings)
    for i, line in enumerate(lines):
        rule = line.rule
        if in_footer is not None:
            drop(line, rule.reason if rule else in_footer)
            continue
        if i > body_start and starts_another_article(lines, i, kept, headings, settings):
            # the appended article's title block and what the page printed between the two articles:
            # the lines kept since the first article's last finished sentence (a title block's worth)
            for _ in range(settings.title_block + 2):
                if not kept or ends_a_sentence(kept[-1].text) or kept[-1].start in headings:
                    break
                between = kept.pop()
                dropped.append(Dropped(between.start, between.end, between.text, "appended-article"))
            in_footer = "appended-article"
            drop(line, rule.reason if rule else in_footer)
            continue
        if i > body_start and i in cut_short and has_body_above(kept[: len(kept) - len(teaser := cut_short_teaser(lines, i, kept, text, settings, cut_short, titled))], settings):
            # under the article, a teaser of another that the site cut short (`…안팎까지…더보기`): the whole
            # line, its finished sentences with it, and the teaser's title above it
            for other in kept[len(kept) - len(teaser) :]:
                drop(other, "related")
            del kept[len(kept) - len(teaser) :]
            drop(line, "related")
            continue
        if rule is not None and i not in titles:
            if rule.action.startswith("meta:") and not BARE_LABEL.fullmatch(line.text):  # (`責任編輯：` states no editor)
                field = rule.action[5:]
                if field in meta and field != "date" and iso_datetime(line.text, lang):
                    dated.append((line.start, line.text))  # a source line stating the date, when a credit glued to the lead named the source first
                if field == "date" and field not in meta:
                    date_at = i
                meta.setdefault(field, line.text)
            if (
                i > body_start
                and (rule.action == "stop" or signs_off(line, rule, prose_after[i], closes_credits(lines, i, kept, headings, settings)))
                and not is_empty_related_box(lines, i)
                and has_body_above(body := below_headline(kept, headings, settings), settings)
            ):
                if told := told_lines_above(lines, i, body, settings):
                    # the sentences kept above are the page's (a promo among its menus, a portal's featured
                    # topics), not the article's, which starts below; so is what stands between them (a
                    # topic's bulleted title between two summaries)
                    boxed_above = {other.start for other in kept if told[0].start <= other.start <= told[-1].start}
                    for other in kept:
                        if other.start in boxed_above:
                            drop(other, "header")
                    kept[:] = [other for other in kept if other.start not in boxed_above]
                else:
                    in_footer = rule.reason
            drop(line, rule.reason)
            continue
        if i < body_start:
            if i in printed_again:
                drop(line, "duplicate-paragraph")
            elif i in titles or (titles and i == titles[-1] + 1 and dashed_deck(line.text)):
                kept.append(line)
                headings.add(line.start)
            elif copies_title(line.text, title_key, settings):
                drop(line, "duplicate-title")
            else:
                drop(line, "caption" if i >= captions_from else "header")
            continue
        comparable = comparables[i]
        if i > body_start and (i in listed or teaser_over_date(lines, i)):
            drop(line, "related")  # a list of other articles: each a teaser cut off with an ellipsis, then its date
        elif line.title_labelled:
            drop(line, "page-furniture")  # a repost's closing 原标题: line, the original headline again
        elif i in marked:
            drop(line, "caption")  # a long caption under its mark (▲ …), alone
        elif (
            i > 0
            and (IMAGE_LINE.search(lines[i - 1].text) or under_photo_title(lines, i, comparables, first_at, counts, title_counts, body_start, settings))
            and is_fragment(line)
            and line.letters <= settings.caption_letters_after_image
            and not LIST_ITEM.match(line.text)
            and not introduces_next(line)
            and not SPACED_HEAD.fullmatch(line.text.strip())  # a notice's title set letter by letter (`警 情 通 報`), its photo above it
        ):
            # the unfinished line under a photo's file name or placeholder, or under an unfinished
            # line printed again, the headline as each photo's title (`情暖寒冬!…警民接力救援` over `救援現場`)
            drop(line, "caption")
        elif (comparable in seen and line.letters >= settings.duplicate_letters) or i in printed_again:
            drop(line, "duplicate-paragraph")
        elif i in key_points and not any(other.prose for other in kept if other.start not in headings):
            drop(line, "duplicate-paragraph")  # a key-points box over the article, quoting its sentences
        elif (prose_after[i] or (i > body_start and has_body_above(kept, settings))) and (copies_title(line.text, title_key, settings) or cuts_title_short(line.text, title_key, settings)):
            # the headline again at the top of the body, with `!!`, or under it at the page's end
            # (a flash report's only sentence stays)
            drop(line, "duplicate-title")
        elif is_teaser(line, lines[i + 1 : i + 1 + settings.teaser_window], settings) or repeats_earlier(line, kept, settings):
            drop(line, "duplicate-teaser")
        else:
            seen.add(comparable)
            kept.append(line)
            if line.ended and i >= body_start:
                in_footer = "footer"  # a wire story's end mark closed its last sentence: what follows is the page's
    kept = without_glued_titles(kept, headings, lang, dropped, settings)
    kept = without_captions_between_title_copies(kept, headings, lang, dropped, settings)
    kept = trim_trailing(kept, dropped, settings, wrapped_copy=wrapped is not None, page_end=len(text.rstrip()), text=text)
    kept = without_quoting_captions(kept, headings, repeated, dropped, settings)
    kept = without_stray_other_language(kept, dropped, settings, lang)
    kept = without_likely_furniture(text, kept, headings, lang, dropped, settings)
    kept, trimmed = without_edge_furniture(text, kept, headings, lang, dropped, settings, printed)
    kept = without_lead_credit(text, kept, headings, lang, dropped, meta, settings)
    kept = without_leading_separators(kept, headings, lang, dropped, settings)
    kept = without_contained_copies(text, kept, headings, dropped, settings)
    kept = without_copy_over_lead(text, kept, headings, repeated, dropped, settings)
    kept = without_inside_teaser(kept, headings, dropped, settings)
    kept = without_stranded_tail(lines, kept, headings, dropped, settings)
    kept = without_empty_label(kept, headings, dropped, settings)
    kept = without_item_continuations(text, kept, headings, dropped)
    kept = with_elisions(lines, kept, headings, dropped, settings)
    kept = without_orphaned_phone_labels(lines, kept, headings, dropped, settings)
    kept = without_advert_over_contact(lines, kept, headings, dropped)
    story = photo_story_captions(lines, kept, headings, dropped, lang, settings)
    story_starts = {line.start for line in story}  # captions taken back as the article
    kept = sorted(kept + story, key=lambda line: line.start) if story else kept
    paragraphs: list[Paragraph] = []
    body = [line for line in kept if line.start not in headings]
    rejoin = settings.rejoin and lang == "ko" and hard_wrapped(body, settings)
    spacing = line_spacing(text, body, settings) if rejoin else 1
    width = wrap_width(body, settings) if settings.rejoin and lang == "zh" else 0
    for line in kept:
        end = cut_closing_credit(text, line.start, line.end, lang, dropped, meta) if line is kept[-1] or line.start in story_starts else line.end
        last = paragraphs[-1] if paragraphs else None
        if rejoin and last is not None and not last.heading and line.start not in headings and wraps_into(text, last, line, spacing):
            paragraphs[-1] = replace(last, end=end)  # the same sentence, wrapped onto the next line
        elif width and last is not None and last.index > 0 and line.start not in headings and wraps_at_width(text, last.end, text[last.start : last.end].rsplit("\n", 1)[-1], line, width, settings):
            paragraphs[-1] = replace(last, end=end, heading=False)  # the page's width ended the line, not the writer
        elif (
            lang == "zh"
            and last is not None
            and not last.heading
            and line.start not in headings
            and split_at_inline_tags(text, last.end, text[last.start : last.end], line, partial(_all_dropped, text, dropped, last.end, line.start))
        ):
            dropped[:] = [d for d in dropped if not (last.end <= d.start and d.end <= line.start)]  # the words of its links, taken back
            paragraphs[-1] = replace(last, end=end)  # one sentence a scraper cut at its inline tags
        else:
            paragraphs.append(Paragraph(len(paragraphs), line.start, end, line.start in headings))
    for paragraph in paragraphs:
        dropped.extend(inline_removals(text, paragraph, lang))
    garbled = lang == "zh" and CORRUPT.search(text) is not None  # once for the page: mojibake elsewhere makes a glued `??` one
    flags = [f for p in paragraphs for f in page_flags(text, p, lang, garbled)]
    prose = settings.reread_prose * prose_letters(lang, settings)

    def holds_prose(kept: list[Paragraph]) -> bool:
        """Whether the body paragraphs hold an article's letters (a paragraph of them, or two or more together)."""
        letters = [count_letters(line_view(text[p.start : p.end], lang)) for p in kept if not p.heading]
        return bool(letters) and (max(letters) >= prose or (len(letters) >= 2 and sum(letters) >= prose))

    if (
        settings.long_line > 0
        and len(text) <= settings.reread_chars
        and (not paragraphs or (not any(ends_a_sentence(text[p.start : p.end].rstrip()) for p in paragraphs) and any(d.reason == "copyright" and count_letters(d.text) >= prose for d in dropped)))
        and not holds_prose(paragraphs)
        and len(SEGMENT_END.findall(text)) >= 2
    ):  # (the cheap tests first: most pages keep a finished sentence)
        # nothing kept, or no finished sentence (a headline, a caption over the page) while a copyright
        # rule took a line of an article's length whole: a short article on one line, whose copyright sentence took the
        # whole line with it, is read again with every line cut at every sentence end; that reading
        # stands if it finds an article's letters (a footer of short
        # notices is still nothing; one notice of article length that no rule names is read as the
        # article, as it would be on its own line)
        again = clean(text, lang, replace(settings, long_line=0, segment_chars=0))
        # (when lines were kept, the article is what comes before the copyright notice on its line: a
        # gallery's footer after its notice, `本报热线电话…`, is no article)
        notice = min((d.start for d in again.dropped if d.reason == "copyright"), default=len(text))
        if holds_prose([p for p in again.paragraphs if not paragraphs or p.end <= notice]):
            return again
    if title is not None:
        # the first of the headline's lines still kept as one (a line chosen with them may have gone since: a list's
        # entry with its time, `梁耀忠認為香港已失高度自治 2014-12-15 (20:10)`, dropped as furniture over the headline)
        kept_heads = [(p.start, p.end) for p in paragraphs if p.heading]
        title = next((i for i in titles if any(start < lines[i].end and lines[i].start < end for start, end in kept_heads)), title)
        meta.setdefault("title", trimmed.get(lines[title].start, lines[title]).text)  # without a label cut off its edge
        above_headline = date_at is not None and date_at < title and labelled_publication(lines[date_at].text, lang) is None  # (a labelled date stays)
        undated = date_at is None and published() is None
        if (undated or above_headline) and (under := article_date_line(lines, title, body_start, lang, settings)) is not None:
            meta["date"] = under  # a site header's date (today's) over the headline, or none; the article's own under it
    dropped.sort(key=lambda d: (d.start, d.end))
    last_at = paragraphs[-1].start if paragraphs else len(text)
    over_body = [line for at, line in dated if at < last_at]  # (a reply's or another item's line below the article dates nothing)
    if over_body and published() is None:
        meta["date"] = over_body[0]  # only for a page whose full date no other line states (a portal's year-less day is no page's date)
    glued = meta.pop(GLUED_BYLINE, None)
    if glued is not None:
        meta.setdefault("byline", glued)  # a reporter's credit glued to a line, when no line of its own named one
    if "byline" not in meta and (named := _CREDITED_REPORTERS.search(meta.get("source", ""))):
        meta["byline"] = named.group(1)  # the reporters a wire credit names (`新华社北京9月13日电（记者刘欢、赵博）`), when no line does
    meta = {field: value for field, value in meta.items() if field == "title" or not BARE_LABEL.fullmatch(value)}  # (from the other places that set a field)
    if lang == "zh":  # metadata is read as the sentences are, without the readings of broken ruby markup (區(qū)天海)
        meta = {field: RUBY_ANNOTATION.sub("", value) for field, value in meta.items()}
    return CleanedText(
        text, tuple(paragraphs), tuple(dropped), tuple(flags),
        Metadata(meta.get("title"), meta.get("date"), meta.get("source"), meta.get("byline"), meta.get("editor"), published=published()),
    )
