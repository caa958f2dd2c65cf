"""What cleaning takes and returns: `CleaningSettings` (every threshold and weight of the rules,
with how it was chosen) and `CleanedText`, the kept `Paragraph`s with the dropped spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from align.text.document import Dropped, Flag, Metadata


@dataclass(frozen=True)
class Paragraph:
    """A kept paragraph: `original[start:end]`; `index` 0 is the headline when there is one.
    A `heading` (the headline, its kicker or sub-headline) is one sentence, whatever marks it has
    inside (`打擊詐騙不手軟!彰警逮捕車手61人`, `'묻드랍'을 아시나요? 아파트 화단서…`)."""

    index: int
    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True)
class CleanedText:
    """The result of cleaning: kept paragraphs, dropped spans (whole lines and inline), flags."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    dropped: tuple[Dropped, ...]
    flags: tuple[Flag, ...]
    metadata: Metadata = field(default_factory=Metadata)


@dataclass(frozen=True)
class CleaningSettings:
    """The thresholds that tell body prose from page furniture, in letters (letters and digits)."""

    prose_letters_zh: float = 18  # a Chinese body line has at least this many…
    prose_letters_ko: float = 30  # …a Korean one this many
    own_script_share: float = 0.3  # the body starts at a line whose letters are this much Hangul (ko) or Han (zh)
    unpunctuated_prose: float = 3  # a line with no sentence end is prose only when this many times longer
    sentence_letters: int = 8  # a short line ending like a sentence still starts the body
    title_letters: int = 6  # the headline has at least this many
    short_title_letters: int = 3  # …or this many, printed twice right above the body of a page with no other (`headline._short_title_printed_twice`)
    headline_letters: int = 60  # a first line this short with a ! or ? inside may be the headline, where none was found: no body above a footer
    teaser_chars: int = 20  # a cut-off teaser repeats at least this much of what follows…
    teaser_slack: int = 8  # …give or take its truncated end
    teaser_window: int = 3  # …of the next this many lines
    teaser_line: int = 200  # a teaser cut short under the article is a page line at most this long…
    teaser_title_letters: int = 40  # …and the title line above it when that has at most this many letters
    inline_cuts: int = 3  # a line is cut before at most this many credits found inside it (an article opens once; a line of credits repeated is no page); a transcript's labels and photo captions are not counted
    doubled_letters: int = 8  # a line that opens with the same text twice, this many letters each, and goes on, is read as the two copies (a headline printed twice) and what follows
    lost_breaks: int = 3  # a Chinese line with this many spaces between Chinese words, and prose among the pieces, lost its line breaks: it is cut at each (`lines._lost_breaks`)…
    lost_break_word: int = 4  # …each gap with this many letters on either side (not names listed in a sentence)…
    lost_break_chars: int = 8  # …and at least this many Chinese characters for each (not a text spaced out character by character)
    long_line: int = 400  # a line longer than this (an article that lost its line breaks) is read as…
    segment_chars: int = 200  # …segments of about this many characters, cut at sentence ends
    reread_chars: int = 20_000  # a page this short from which cleaning keeps nothing (or no finished sentence, a copyright row having taken a long line) is read again, cut at every sentence end…
    reread_prose: float = 2  # …and that reading kept if its paragraphs (one, or several together) hold this many times `prose_letters_*` letters
    header_reach: int = 6  # a short sentence over the page's header (`body.under_header_rows`): its meta row within this many lines under it
    title_lookback: int = 6  # the headline is one of the last this many title-like lines above the body…
    title_block: int = 4  # …with at most this many kicker and sub-headline lines…
    title_shared: int = 2  # …sharing at least this many character bigrams with the lead…
    title_overlap: float = 0.2  # …and at least this share of its own bigrams…
    title_label_shared: int = 2  # the first of two or more such lines sharing no more than this many is a site's or section's label over the headline
    title_copy_chars: int = 12  # a line is the headline again with a kicker at an edge when the headline is this many characters…
    title_copy_extra: int = 6  # …and the kicker this short with its mark (`感动!`, `[단독]`, `顶风作案!`, `警情通告:`; 6 on 1,544 developed pages: 8 snippets fewer kept than 4, one headline more lost, its annotator keeping the copy with the kicker, printed first)
    glued_title_rest_letters: int = 8  # a copy of a headline line glued before a body line's own text goes when that text has this many letters
    title_byline_overlap: float = 0.5  # …or this share for a line a byline rule took on 기자 or 记者 alone (a headline about a reporter, this many letters at least: `byline_headline_letters`), the lead being…
    lead_lines: int = 8  # …the first this many body lines…
    lead_chars: int = 1500  # …up to this many characters
    keyword_headline_phrase: int = 8  # a line the keywords row took on its commas may be the headline when two phrases have this many characters, one not the lead's own words (`_soft_keywords`)
    furniture_letters: int = 12  # a trailing line this short with no sentence end is page furniture
    phone_label_letters: int = 30  # a telephone line's label this short goes with its number when the number was dropped (`without_orphaned_phone_labels`)
    stranded_letters: int = 30  # …and so is an unfinished last line this short left alone between dropped lines (`without_stranded_tail`)…
    stranded_after: int = 2  # …below this many kept lines
    menu_title_overlap: float = 0.1  # a title under the menu over more prose than the sentences above shares this much of its bigrams with the lead (`headline_under_menu`; `油價跌跌不休 重挫歐美股市` 2 of 11)
    article_below: int = 3  # a footer line under a one-line "body" ends nothing when this many prose lines follow it (`told_lines_above`)…
    article_told: int = 2  # …nor under headline-short sentences (a site's slogan, most-read items that ask) when the prose below has this many times their letters
    article_gap: int = 4  # …and its one sentence is this many lines above it, or more
    series_lines: int = 3  # short lines numbering a series of the article's parts (锦旗一 … 锦旗三) are its crossheads, not asked of the line model
    closing_credits: int = 3  # credit lines one under another below the body that close the article (记者 / 通讯员 / 审核)…
    closing_credits_prose: float = 0.6  # …when the prose after them has less than this share of the body's letters
    fragment_lines: int = 5  # a body whose first lines are mostly clause fragments (at least this many lines)…
    pointed_fragment_lines: int = 3  # …or this many clause lines over a pointer to the body (`↓↓↓`, `……`): a lead-in written a clause per line
    pointed_clause_letters: int = 10  # …each of at most this many letters, words run together (a headline or a title over the pointer is longer)
    wrapped_lines: int = 8  # a page with no sentence at all whose longest run of clause lines is this long is wrapped copy (its body)
    fragment_letters: int = 5  # …takes the fragment lines of at least this many letters above it as body
    short_fragments: int = 2  # …and shorter ones with at most this many in a row under such a line
    elided_words_below: int = 3  # an ellipsis alone in the body is the writer's under a line of fragment_letters and over one of this many letters that are no digits (not a pager's `…` / `10`)
    trailing_list: int = 3  # this many non-sentence lines after the last sentence are a list of other articles…
    fragmented_lines: int = 2  # …unless the body above has this many clause fragments…
    fragmented_share: float = 0.25  # …making up this share of its lines (a page that breaks every clause onto its own line)
    last_clause_letters: int = 5  # such a body's last line is body when its last clause has this many letters (目前,移交手续正在办理中; not 点赞,转发,在看)
    byline_headline_letters: int = 12  # a headline about a reporter is longer than a name and 기자
    pictograph_head_share: float = 0.3  # a line a pictograph opens heads the paragraph below it when this share of its letter pairs is there (`keep_bulleted_crossheads`)
    duplicate_letters: int = 15  # a repeated paragraph this long is a duplicate (short replies recur in interviews)
    slogan_prints: int = 4  # a sentence the page prints this often (a menu's slogan under each section) starts no body (a lead printed in a summary, a caption and the body is a lead)
    date_line_chars: int = 80  # a line under the headline that dates the article is at most this long (not a caption that dates its photo)
    date_line_words: int = 12  # …and holds at most this many letters beside its date, unless a publication's label names it
    split_copy_letters: int = 6  # a line printed again over two lines (`headline.split_copies`) has this many letters at least
    inside_copy_letters: int = 40  # a line over the article cut off mid-sentence, this long, found inside a longer prose line just below is a teaser copied from it
    near_copy_letters: int = 30  # a labelled or repeated first paragraph is a copy of the lead after it when both hold this many letters…
    near_copy_max_letters: int = 400  # …and at most this many (a summary or a caption, not a paragraph: difflib's cost grows with the square)…
    near_copy_ratio: float = 0.9  # …and this share of them match (difflib's ratio), a few words aside
    summary_reach: int = 40  # a bulleted key point is looked for again in this many lines below it
    summary_box_lines: int = 15  # a machine-made summary next to its notice (`AI로 자동 요약된 내용입니다…`, `以上内容由…大模型生成`) has at most this many lines…
    summary_box_letters: int = 150  # …each a bulleted point or a finished sentence of at most this many letters…
    summary_box_min_lines: int = 2  # …and at least this many points (one bulleted line by a notice may be the article's)
    caption_window: int = 6  # a caption quoting the body quotes a paragraph at most this many lines away…
    caption_letters: int = 15  # …and has at least this many letters
    caption_credit_letters: int = 50  # a line of one sentence this short with a photo credit glued after it is a caption (a lead is longer)
    paragraph_credit_letters: int = 90  # before a photographer's bare credit (`张三 摄`), a caption is at most this long, in sentences however many (a paragraph and its photo's credit is longer)
    captions_above_credit_window: int = 4  # photo captions above the article's opening credit: at most this many lines from the first body-like line to the credit…
    captions_above_credit_letters: int = 30  # …each a finished sentence of at most this many letters
    marked_caption_letters: int = 280  # a line under a caption's mark (▲) alone, up to this many letters, is a caption (`marked_captions`)
    photo_series_opening: int = 5  # lines under a caption, each opening with this many characters of the one above (spaces left out)…
    photo_series_lines: int = 2  # …this many or more of them, are a photo series' captions (`_photo_series` in headline.py)
    photo_title_copies: int = 3  # a line printed this many times, unfinished, is each photo's title: the short line under a copy is its caption
    photo_title_letters: int = 10  # …when it has at least this many letters (a headline's; not a label printed again, `问:`, `姓名`)
    caption_letters_after_image: int = 60  # an unfinished line right under an image's file name or placeholder, this short, is its caption
    appended_after_prose: int = 3  # after this many prose paragraphs, a new titled and credited lead starts another article
    appended_after_stars: int = 1  # after this many, a title with a run of stars after it does (`标题******`; stars before a line may be a machine translation's bullet)
    clause_letters: int = 14  # a run of short Chinese lines this long on average reads as clauses of one text, not a list of headlines
    rejoin: bool = True  # rejoin Korean copy hard-wrapped at clause boundaries into its sentences…
    rejoined_lines: int = 5  # …a Korean body of at least this many lines…
    rejoined_open_share: float = 0.5  # …this share of which end in mid-sentence is hard-wrapped (TV copy, a clause per line): its lines are joined into paragraphs
    spaced_clause_letters: int = 20  # and across a blank line too where the page puts one after every line and its lines are this short on average
    wrap_slack: int = 2  # Chinese copy wrapped at a fixed width (a board post, a mail): at least `rejoined_lines` lines ending in mid-sentence within this many columns of one width…
    wrap_columns: int = 40  # …of at least this many columns (a fixed-width font's: a Chinese character two); each line that full goes on into the next
    other_language_letters: int = 3  # a line of at least this many Latin letters and none of Hangul or Han, alone among the article's lines, is a caption, credit or widget in another language (at 20, `Your page rank:` and `Football news:` stayed; no body line of the developed pages in Latin letters alone is that short)…
    other_language_han: int = 8  # …and, after a Korean article's last Korean line, a line of at least this many Han characters, no Hangul and no sentence's end is a Chinese title (a gallery's other photos)
    japanese_kana: int = 5  # a line with at least this many Japanese kana…
    japanese_kana_share: float = 0.3  # …making up at least this share of its letters is in another language too (a Chinese report may quote a Japanese name in kana)
    other_language_quote_letters: int = 20  # …but not one in quotation marks or ending in `!` with fewer Latin letters than this (a slogan: `Say No to Fraud!`)…
    bilingual_share: float = 0.3  # …unless English paragraphs make up this share of the article's lines (a bilingual notice)
    stamp_lines: int = 3  # text glued after the last sentence of this many lines, the same each time, after two different sentences at least…
    stamp_chars: int = 8  # …and at least this long, is a mirror's stamp (`lines._page_stamp`)
    tail_chars: int = 40  # what is glued after a line's last sentence, this short, is read as a line of its own when a boilerplate rule takes it
    line_model_threshold: float = 0.8  # a line the line model (`linemodel`) finds at least this likely furniture is dropped…
    line_model_announced_threshold: float = 0.9  # …or this likely, a line a clause of the article announces with a colon…
    line_model_letters: int = 80  # …when it has at most this many letters and is not the headline (a threshold of 1.0 turns the model off)
    line_model_fragmented_threshold: float = 0.95  # on a page that breaks its clauses onto lines of their own, only this likely (1.0: not asked there)
    line_model_headline_threshold: float = 0.9  # a line of the headline block this likely furniture is dropped (1.0: not asked), but never the one most in the lead's words…
    line_model_headline_share: float = 0.5  # …nor one with this share of its words in the lead…
    line_model_title_threshold: float = 0.95  # …and where none shares the lead's words, the one the model finds least likely furniture (a lone line taken for the headline) only this likely
    line_model_gallery_threshold: float = 0.2  # a line of a gallery's captions between two paragraphs (`furniture._gallery_lines`) this likely furniture is dropped (1.0: no lower than other lines)…
    gallery_lines: int = 3  # …a run of at least this many unfinished short lines
    headless_captions: int = 2  # short sentences over the credit that opens the article on a page without a headline: this many are photo captions (`captions_above_credit`)
    line_model_list_threshold: float = 0.99  # a list item (`- 작성일`, `2. 发票`: a list the article makes, or the page's) only this likely (1.0: not asked)
    line_model_edge_threshold: float = 0.98  # a label glued to an edge of a kept line (`[热事件] …`, `… | 匯流新聞網`, `…中。②`) this likely furniture is cut off it (`without_edge_furniture`; 1.0: not asked)…
    line_model_edge_tail_threshold: float = 0.9  # …this likely where glued to its end (a site's name, a credit, a capture's source: `… | 匯流新聞網`, `…말했다. 진종인`, `…올렸다 (인스타그램 캡처)`), the start's columns and kickers being more often the annotators' article (`[INTO 119] …`)…
    line_model_edge_tail_letters: int = 5  # …where it is set off by a sentence's end alone (no bracket, bar or dash) and has at most this many letters (a name, a label); a longer one is more often the next sentence's start (`…共立案56起。記者走訪發現`), asked at line_model_edge_threshold
    line_model_edge_letters: int = 12  # …when it has at most this many letters (looked for within twice as many characters of the edge)…
    line_model_edge_rest_letters: int = 8  # …and leaves at least this many of the line
    line_model_heading_label_threshold: float = 0.5  # a label's threshold where it is a bracketed label glued to a Chinese headline (a column's name; 0.5 on the developed pages: 7 fewer snippets kept, 2 headlines whose annotators kept the label lost)
    credit_model_threshold: float = 0.3  # a credit no `prefixes.tsv` row knows, glued before the lead, this likely by the credit model is cut off it (`without_lead_credit`; 1.0: not asked, nor when the line model is off)
