"""Cleaning scraped news pages down to the article: headline and body paragraphs.

Works line by line, the way a reader skims a page: boilerplate lines are recognised by the
patterns in `data/boilerplate.tsv`; the body is the run of prose between the page header and the
first footer marker (comments, related articles, copyright); the headline is the last plausible
title line above it. Everything left out is returned as a `Dropped` span with its reason, so no
text is lost silently; offsets always index the decoded original.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple
from unicodedata import east_asian_width

from align.data import data_lines
from align.script.chars import HAN, HANGUL, LATIN_LETTER, count_scripts, is_han, is_hangul
from align.script.keys import to_simplified
from align.text.document import Dropped, Flag, Metadata
from align.text.entities import ENTITY
from align.text.linemodel import CREDIT_END_MARKS, credit_model, line_model
from align.text.prefilter import LazyPattern, Screen

_SENTENCE_END = "。！？!?.…"
_SPACE = " \t\r\f\v\u3000\u00a0\ufeff"
_CLOSING_QUOTES = "”’」』\"'"  # what closes a quotation
_CLOSERS = _CLOSING_QUOTES + "）)"  # …or a bracket
_OPENING_QUOTES = "“‘「『"  # what opens a quotation (a straight quote opens and closes)
_LONG_PROSE = 60  # letters: no menu, widget or promo line is this long
_KOREAN_SENTENCE_END = re.compile(f"[{HANGUL}][.!?]+[”’\"'」』)]*\\s*$")
_CHINESE_SENTENCE_END = re.compile("[。！？!?…]+[”’\"'」』）)]*\\s*$")
_KOREAN_FINISHED = re.compile(f"[{HANGUL}]다\\.[”’\"'」』)]*\\s")  # a declarative 다. ending a sentence inside the line
_SENTENCE_MARK = re.compile(r"[。！？]|[!?](?=\s|$|[”’\"'」』）)])")  # not the ? inside a URL
_SEGMENT_END = re.compile(r"[。！？!?]+[”’」』）)\"']*|(?<=[다요까죠])[.!?]+[”’\"']*(?=\s)|(?<=[a-z0-9%)])[.!?](?=\s)")
_KOREAN_PERIOD = re.compile(f"[{HANGUL}%)\\]][.](?:\\s|$)")


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
    short_title_letters: int = 3  # …or this many, printed twice right above the body of a page with no other (`_short_title_printed_twice`)
    headline_letters: int = 60  # a first line this short with a ! or ? inside may be the headline, where none was found: no body above a footer
    teaser_chars: int = 20  # a cut-off teaser repeats at least this much of what follows…
    teaser_slack: int = 8  # …give or take its truncated end
    teaser_window: int = 3  # …of the next this many lines
    inline_cuts: int = 3  # a line is cut before at most this many credits found inside it (an article opens once; a line of credits repeated is no page); a transcript's labels and photo captions are not counted
    doubled_letters: int = 8  # a line that opens with the same text twice, this many letters each, and goes on, is read as the two copies (a headline printed twice) and what follows
    lost_breaks: int = 3  # a Chinese line with this many spaces between Chinese words, and prose among the pieces, lost its line breaks: it is cut at each (`_lost_breaks`)…
    lost_break_word: int = 4  # …each gap with this many letters on either side (not names listed in a sentence)…
    lost_break_chars: int = 8  # …and at least this many Chinese characters for each (not a text spaced out character by character)
    long_line: int = 400  # a line longer than this (an article that lost its line breaks) is read as…
    segment_chars: int = 200  # …segments of about this many characters, cut at sentence ends
    reread_chars: int = 20_000  # a page this short from which cleaning keeps nothing is read again, cut at every sentence end…
    reread_prose: float = 2  # …and that reading kept if it has a paragraph this many times `prose_letters_*` long
    title_lookback: int = 6  # the headline is one of the last this many title-like lines above the body…
    title_block: int = 4  # …with at most this many kicker and sub-headline lines…
    title_shared: int = 2  # …sharing at least this many character bigrams with the lead…
    title_overlap: float = 0.2  # …and at least this share of its own bigrams…
    title_copy_chars: int = 12  # a line is the headline again with a kicker at an edge when the headline is this many characters…
    title_copy_extra: int = 6  # …and the kicker this short with its mark (`感动!`, `[단독]`, `顶风作案!`, `警情通告:`; 6 on 1,544 developed pages: 8 snippets fewer kept than 4, one headline more lost, its annotator keeping the copy with the kicker, printed first)
    glued_title_rest_letters: int = 8  # a copy of a headline line glued before a body line's own text goes when that text has this many letters
    title_byline_overlap: float = 0.5  # …or this share for a line a byline rule took on 기자 or 记者 alone (a headline about a reporter, this many letters at least: `byline_headline_letters`), the lead being…
    lead_lines: int = 8  # …the first this many body lines…
    lead_chars: int = 1500  # …up to this many characters
    furniture_letters: int = 12  # a trailing line this short with no sentence end is page furniture
    stranded_letters: int = 30  # …and so is an unfinished last line this short left alone between dropped lines (`_without_stranded_tail`)…
    stranded_after: int = 2  # …below this many kept lines
    menu_title_overlap: float = 0.1  # a title under the menu over more prose than the sentences above shares this much of its bigrams with the lead (`_headline_under_menu`; `油價跌跌不休 重挫歐美股市` 2 of 11)
    article_below: int = 3  # a footer line under a one-line "body" ends nothing when this many prose lines follow it (`_page_above`)…
    article_told: int = 2  # …nor under headline-short sentences (a site's slogan, most-read items that ask) when the prose below has this many times their letters
    article_gap: int = 4  # …and its one sentence is this many lines above it, or more
    series_lines: int = 3  # short lines numbering a series of the article's parts (锦旗一 … 锦旗三) are its crossheads, not asked of the line model
    fragment_lines: int = 5  # a body whose first lines are mostly clause fragments (at least this many lines)…
    wrapped_lines: int = 8  # a page with no sentence at all whose longest run of clause lines is this long is wrapped copy (its body)
    fragment_letters: int = 5  # …takes the fragment lines of at least this many letters above it as body
    short_fragments: int = 2  # …and shorter ones with at most this many in a row under such a line
    trailing_list: int = 3  # this many non-sentence lines after the last sentence are a list of other articles…
    fragmented_lines: int = 2  # …unless the body above has this many clause fragments…
    fragmented_share: float = 0.25  # …making up this share of its lines (a page that breaks every clause onto its own line)
    last_clause_letters: int = 5  # such a body's last line is body when its last clause has this many letters (目前,移交手续正在办理中; not 点赞,转发,在看)
    byline_headline_letters: int = 12  # a headline about a reporter is longer than a name and 기자
    duplicate_letters: int = 15  # a repeated paragraph this long is a duplicate (short replies recur in interviews)
    summary_reach: int = 40  # a bulleted key point is looked for again in this many lines below it
    summary_box_lines: int = 15  # a machine-made summary next to its notice (`AI로 자동 요약된 내용입니다…`, `以上内容由…大模型生成`) has at most this many lines…
    summary_box_letters: int = 150  # …each a bulleted point or a finished sentence of at most this many letters…
    summary_box_min_lines: int = 2  # …and at least this many points (one bulleted line by a notice may be the article's)
    caption_window: int = 6  # a caption quoting the body quotes a paragraph at most this many lines away…
    caption_letters: int = 15  # …and has at least this many letters
    caption_credit_letters: int = 50  # a line of one sentence this short with a photo credit glued after it is a caption (a lead is longer)
    captions_above_credit_window: int = 4  # photo captions above the article's opening credit: at most this many lines from the first body-like line to the credit…
    captions_above_credit_letters: int = 30  # …each a finished sentence of at most this many letters
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
    other_language_quote_letters: int = 20  # …but not one in quotation marks or ending in `!` with fewer Latin letters than this (a slogan: `Say No to Fraud!`)…
    bilingual_share: float = 0.3  # …unless English paragraphs make up this share of the article's lines (a bilingual notice)
    stamp_lines: int = 3  # text glued after the last sentence of this many lines, the same each time, after two different sentences at least…
    stamp_chars: int = 8  # …and at least this long, is a mirror's stamp (`_page_stamp`)
    tail_chars: int = 40  # what is glued after a line's last sentence, this short, is read as a line of its own when a boilerplate rule takes it
    line_model_threshold: float = 0.8  # a line the line model (`linemodel`) finds at least this likely furniture is dropped…
    line_model_announced_threshold: float = 0.9  # …or this likely, a line a clause of the article announces with a colon…
    line_model_letters: int = 80  # …when it has at most this many letters and is not the headline (a threshold of 1.0 turns the model off)
    line_model_fragmented_threshold: float = 0.95  # on a page that breaks its clauses onto lines of their own, only this likely (1.0: not asked there)
    line_model_headline_threshold: float = 0.9  # a line of the headline block this likely furniture is dropped (1.0: not asked), but never the one most in the lead's words…
    line_model_headline_share: float = 0.5  # …nor one with this share of its words in the lead…
    line_model_title_threshold: float = 0.95  # …and where none shares the lead's words, the one the model finds least likely furniture (a lone line taken for the headline) only this likely
    line_model_gallery_threshold: float = 0.2  # a line of a gallery's captions between two paragraphs (`_gallery_lines`) this likely furniture is dropped (1.0: no lower than other lines)…
    gallery_lines: int = 3  # …a run of at least this many unfinished short lines
    headless_captions: int = 2  # short sentences over the credit that opens the article on a page without a headline: this many are photo captions (`_captions_above_credit`)
    line_model_list_threshold: float = 0.99  # a list item (`- 작성일`, `2. 发票`: a list the article makes, or the page's) only this likely (1.0: not asked)
    line_model_edge_threshold: float = 0.98  # a label glued to an edge of a kept line (`[热事件] …`, `… | 匯流新聞網`, `…中。②`) this likely furniture is cut off it (`_without_edge_furniture`; 1.0: not asked)…
    line_model_edge_letters: int = 12  # …when it has at most this many letters (looked for within twice as many characters of the edge)…
    line_model_edge_rest_letters: int = 8  # …and leaves at least this many of the line
    line_model_heading_label_threshold: float = 0.5  # a label's threshold where it is a bracketed label glued to a Chinese headline (a column's name; 0.5 on the developed pages: 7 fewer snippets kept, 2 headlines whose annotators kept the label lost)
    credit_model_threshold: float = 0.3  # a credit no `prefixes.tsv` row knows, glued before the lead, this likely by the credit model is cut off it (`_without_lead_credit`; 1.0: not asked, nor when the line model is off)


@dataclass(frozen=True)
class _Rule:
    reason: str
    action: str  # drop | stop | meta:<field> | box-below | box-above (`_summary_boxes`)
    max_chars: int
    pattern: LazyPattern
    sentences_too: bool = True  # False: never take a line that reads as a finished sentence


@dataclass
class _Line:
    start: int
    end: int
    text: str
    rule: _Rule | None
    letters: int
    prose: bool
    title_labelled: bool = False  # a headline whose 原标题: label was cut off it
    credit: str = ""  # the source credit cut off its start (本报讯, [서울=뉴시스]), if any
    starred: bool = False  # set off by a run of stars at its end (`标题******`), cut off it


@dataclass(frozen=True)
class _Affix:
    field: str  # the metadata field that keeps its text
    pattern: LazyPattern


@lru_cache(maxsize=16)
def _affixes(lang: str, where: str) -> tuple[_Affix, ...]:
    """The `prefixes.tsv` rows for a language and a position (start, end or inside a line, end of the
    article)."""
    rows = []
    for line in data_lines("prefixes.tsv")[1:]:
        row_lang, row_where, field, pattern = line.split("\t", 3)
        if row_lang in (lang, "both") and row_where == where:
            rows.append(_Affix(field, LazyPattern(_expand(pattern))))
    return tuple(rows)


_JUNK = "junk"  # a `prefixes.tsv` field: scraps glued before the text (a forum's anti-copy filler), kept in no metadata
# a `prefixes.tsv` field: a label before a headline (原标题:, 来源标题:), kept in no metadata; the
# headline after it is kept above the body and dropped below it (a repost's closing 原标题 line)
_TITLE_LABEL = "title-label"
_CAPTION = "caption"  # a `prefixes.tsv` field: a photo's caption or credit glued to a paragraph's sentences, kept in no metadata
_RELATED = "related"  # a `prefixes.tsv` field: a link to another article glued to a paragraph's sentences, kept in no metadata
# the fields whose text is dropped and kept in no metadata, and the reason each is dropped with
_DROPPED_FIELDS = {_JUNK: _JUNK, _TITLE_LABEL: _JUNK, _CAPTION: _CAPTION, _RELATED: _RELATED}
_WHOLE_LINE = {  # a line that is nothing but a prefix
    "source": _Rule("byline", "meta:source", 0, LazyPattern("")),
    "date": _Rule("dateline", "meta:date", 0, LazyPattern("")),
    _JUNK: _Rule(_JUNK, "drop", 0, LazyPattern("")),
    _TITLE_LABEL: _Rule("page-furniture", "drop", 0, LazyPattern("")),
    _CAPTION: _Rule(_CAPTION, "drop", 0, LazyPattern("")),
    _RELATED: _Rule(_RELATED, "drop", 0, LazyPattern("")),
}
# a line of one short sentence with a photo's credit glued after it, `警方在李嫌身上查獲…針筒六支。（記者蔡琇惠翻攝）`:
# the photo's caption (not a file photo's credit after a paragraph's last sentence, `（資料圖片/黃學潤攝）`)
_CREDITED_CAPTION = _Rule("caption", "drop", 0, LazyPattern(""))
_PHOTO_CREDIT_WORDS = "攝|摄|提供|供图|供圖|摄影|攝影"  # the last word of a Chinese photo credit (`(警方提供)`, `錢文攀 攝`)
_DASHED_CREDIT = r"[-－]\s*[^-－()（）。！？!?，,\s][^-－()（）。！？!?，,\n]{0,19}(?:摄|攝)\s*[-－]"  # `-Zurairi AR摄-`: a credit set off by dashes
_LABELLED_CREDIT = r"[■□●◆]?\s*(?:摄影|攝影|摄|攝)\s*[/／:：]"  # `■摄/本报记者任全军`: the photographer after a label
_PHOTO_CREDIT = re.compile(rf"^\s*(?:[(（](?![^)）]*(?:資料|资料|檔案|档案))[^()（）\n]{{1,30}}(?:{_PHOTO_CREDIT_WORDS})\s*[)）]|{_DASHED_CREDIT}|{_LABELLED_CREDIT})")
_EMAIL_PATTERN = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_EMAIL = re.compile(r"(?<![\w.+-])" + _EMAIL_PATTERN.replace("+@", "++@", 1))  # from a run's start only: linear on a long run of letters


# a credit's role word before `|`/`丨` and the name (记者|胡蝶飞 摄影|王湧 编辑|陈姝楠)
_CREDIT_ROLE = "(?:记者|記者|采访人员|採訪人員|摄影|攝影|编辑|編輯|责编|責編|责任编辑|責任編輯|撰文|文字|文|图|圖|视频|視頻|通讯员|通訊員)"
# a role in a feature's or a programme's credits (`採訪/撰稿 陳佳利`, `攝影/賴冠丞,剪輯/陳忠峰`, `美術：陳超雄`)
_CREW_ROLE = "(?:美術|美术|設計|设计|攝影|摄影|撰文|文字|插畫|插画|製圖|制图|採訪|采访|撰稿|剪輯|剪辑|攝像|摄像|配音|文|圖|图)"
# one such credit: a role (or roles joined by slashes) and a colon or a slash, or roles joined by slashes and a space, then a
# name (not one role and a word after a space, `設計 理念`)
_CREW_NAME = r"[^\s,，、/／:：]{2,8}"
_CREW_CREDIT = f"(?:{_CREW_ROLE}(?:[/／、]{_CREW_ROLE})*\\s*[:：／/]\\s*{_CREW_NAME}|{_CREW_ROLE}(?:[/／、]{_CREW_ROLE})+\\s+{_CREW_NAME})"


# a reporter: 记者, or 采访人员 (interviewer), the word reposting portals print in its place
_REPORTER = "(?:记者|記者|(?<![被受])采访人员|(?<![被受])採訪人員)"
# what a reporter does in a headline (`记者随警作战`, `記者直擊火場`, `记者暗访黑车`): after 记者, no name but the story
_REPORTER_DEED = (
    "(?:了解|獲悉|获悉|走近|走訪|走访|看到|發現|发现|探訪|探访|來到|来到|跟隨|跟随|隨同|随同|隨警|随警|直擊|直击|體驗|体验"
    "|蹲點|蹲点|暗訪|暗访|夜訪|夜访|跟拍|探營|探营|實探|实探|親歷|亲历|走進|走进|深入|前往|實地|实地|采访|採訪)"
)

# a CMS's reprint notice up to the page's address: "转载请注明出处:http://" (a whole line's or one glued after a sentence)
_REPRINT = r"(?:转载|轉載)\s*[请請]\s*(?:注明|註明|标明|標明)[^。\n]{0,8}[:：]\s*https?://"


# a photo's or video's caption or credit in brackets, a short label (not a clause of the article, `（经查看
# 监控，民警发现…）`, nor a reporter's credit, `（记者 王五 摄影报道）`): `(警车行车记录仪画面)`, `（圖／警方提供）`, `(警方提供)`,
# `【图/警方提供】`
_CAPTION_ZH = (
    r"(?:[(（【\[](?![^()（）【】\[\]\n]*(?:{REPORTER}|通讯员|通訊員|报道|報道))"
    r"(?:[^()（）【】\[\]。！？!?，,；;、\n]{0,12}(?:画面|畫面|截图|截圖|图片|圖片|照片|视频|視頻|影片|资料图|資料圖|监控|監控)[^()（）【】\[\]。！？!?，,；;、\n]{0,4}"
    r"|\s*(?:图|圖)\s*[/／:：][^()（）【】\[\]。！？!?\n]{0,20}"
    r"|(?:(?:图片|圖片|照片|视频|視頻|图|圖)由)?[^()（）【】\[\]。！？!?，,；;、由被并並已經经\n]{1,20}(?:提供|供图|供圖|(?<![拍])摄|(?<![拍])攝))\s*[)）】\]]"
    r"|" + _DASHED_CREDIT + ")"  # …or a photographer's credit set off by a dash at each end: `-Zurairi AR摄-`
)
# the same in Korean: `(사진=경남경찰청)`, `[사진=경남경찰청]`, `(경남경찰청 제공)` (not `(피해자 측이 경찰에 제공)`:
# a particle before 제공 makes a clause)
_CAPTION_KO = (
    r"[(（\[［<〈]\s*(?:(?:사진|영상|화면|자료\s*사진|그래픽|캡처)\s*(?:=|제공|캡처|출처|:)[^()（）\[\]［］<>〈〉\n]{0,30}"
    r"|(?:[가-힣A-Za-z0-9·]+(?<![에이가을를은는의도와과])\s+){0,2}[가-힣A-Za-z0-9·]+(?<![에이가을를은는의도와과])\s*제공)\s*[)）\]］>〉]"
)
# an unbracketed photo credit glued to the text after it with no break: in Korean one to three words (none
# ending in a particle) and 제공, the next word or a date's figure straight after it, no ending of 제공하다
# (`경남경찰청 제공경남경찰청은 …`, `전북소방본부 제공12일 …`; not `경찰이 제공한 …`); in Chinese a unit's name
# (…队, …局, …中心; not 平台, 网站) or the police's (警方) and 供图, a letter or an opening quote straight after it (not `可供图书馆`,
# `供图文博主`, `供图纸`, `警方供图为…截图`)
_UNBRACKETED_CREDIT_KO = (
    r"(?:[가-힣A-Za-z0-9·]+(?<![에이가을를은는의도와과로])\s+){0,2}[가-힣A-Za-z0-9·]{2,}(?<![에이가을를은는의도와과로])\s+제공"
    r"(?![하한할합했된되될됨받을은이에의과와도만으시처자]|해(?:[서야주도요왔온준줄드달라]|\s|$))(?=[가-힣]|\d{1,4}\s*[년월일시])"
)
_UNBRACKETED_CREDIT_ZH = (
    r"(?:[^\s，。,、；;！？!?：:“”「」()（）]{1,18}(?:队|隊|局|所|院|(?<![网網])站|中心|办|辦|部|处|處|科|委|会|會|社|(?<!平)台|网|網|报|報)|警方)"
    r"\s*(?:供图|供圖)(?![书書片显顯中文纸紙像为為])(?=[\w“「『‘\"])"
)


@lru_cache(maxsize=1)
def _related_link() -> str:
    """A link to another article in brackets, its label (`data/related_labels.txt`), a colon and the
    other article's title, the brackets paired: `(新聞回顧:偶遇嫌犯 民警追兇被捅傷)`, `【相关新闻：…】`,
    `[관련기사: …]`. A title holds no 。 or ；: a bracketed recap told in sentences is the article's."""
    labels = "|".join(data_lines("related_labels.txt"))
    title = r"[^()（）【】\[\]\n。；;]{1,40}"
    return "(?:" + "|".join(rf"{re.escape(left)}\s*(?:{labels})\s*[:：]{title}{re.escape(right)}" for left, right in _LINK_BRACKETS) + ")"


_LINK_BRACKETS = (("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"))


# a Korean broadcaster, as its newscasts sign off: `KNN 김성기입니다.`, `MBC뉴스 홍길동입니다`
_TRANSCRIPT_PART = "앵커|기자|리포트|인터뷰|녹취|현장음|싱크"  # a newscast transcript's parts, as its labels name them (`<앵커>`, `◀ 리포트 ▶`)
_TRANSCRIPT_CODE = "ANC|END|VCR|SYN|INT|CG"  # the MBC stations' codes of them: anchor, end, video, sync sound, interview, graphics
_BROADCASTER = (
    "(?:KBS|MBC|SBS|EBS|YTN|MBN|JTBC|OBS|KNN|TBC|TJB|UBC|JIBS|KBC|CJB|G1|JTV|BBS|CBS|PBS|KTV|TBS|"
    "연합뉴스TV|연합뉴스|TV조선|채널A|(?!생방송)[가-힣]{1,6}방송)"
)
# words that qualify 기자 rather than name a reporter (현장 기자, 외신 기자, 동료 기자)
_KO_QUALIFIER = "(?:현직|전직|현장|취재|영상|사진|방송|신문|출입|담당|전문|수습|인턴|객원|기획|외신|동료|당시|숨진|해당|피해|여성|남성|일간지)"


# a Hangul syllable whose final consonant is ㅆ, the past tense's mark (했, 됐, 밝혔, 나섰, 건넸), but for
# 있 (하고 있다, a caption's present) and 겠 (the future): a line ending in one and 다 or 습니다 tells
# what happened, as a caption does not
_KO_PAST = "[" + "".join(ch for ch in (chr(0xAC00 + syllable * 28 + 20) for syllable in range(19 * 21)) if ch not in "있겠") + "]"


# a content farm's stock label for the news it reposts: a word for the world or the day, then one for hot news
# (世界热点, 天天热消息, 全球百事通, 当前视讯)
_STOCK_LABEL = (
    "(?:世界|全球|天天|环球|環球|今日|每日|当前|當前|今天|实时|實時)(?:今?热点|今?熱點|热消息|熱消息|百事通|快讯|快訊|快资讯|快資訊|资讯|資訊|"
    "头条|頭條|速递|速遞|要闻|要聞|看点|看點|焦点|焦點|观焦点|觀焦點|播报|播報|热议|熱議|热闻|熱聞|热评|熱評|视讯|視訊|热讯|熱訊)"
)


# a board post's meta strip, from its writer field to the label over the body (gnuboard-style skins, printed on one
# line when the page lost its breaks): `작성자 정보 작성일 2013.02.15 09:17 컨텐츠 정보 922 조회 목록 관리 글수정 글삭제 본문`,
# `작성자 최고관리자 댓글 0건 조회 3회 작성일 25-09-22 10:53본문`; nothing but its fields between the two, its date among them
# (`작성자 A씨 수정 삭제 본문 내용을 …` is a sentence)
_BOARD_DATE = r"작성일\s*[:：]?\s*(?:\d{2}|\d{4})[./-]\d{1,2}[./-]\d{1,2}\.?"  # a board post's date field: `작성일 2013.02.15`, `작성일16-02-25`
_BOARD_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"  # …and the time after it: `09:17`, `19:13:05`
_BOARD_META = (
    rf"작성자\s*(?:정보|[^\s]{{1,20}})(?=[^\n]{{0,60}}?{_BOARD_DATE})(?:\s*(?:{_BOARD_DATE}(?:\s*{_BOARD_TIME})?"
    r"|컨텐츠\s*정보|댓글\s*[\d,]+\s*건?|조회(?:수)?\s*[:：]?\s*[\d,]+\s*회?|[\d,]+\s*조회|목록|관리|글수정|글삭제|답변|글쓰기))+\s*본문"
)


# a board's prev / next links after the post, the rest of their line: a bare 이전 or 다음, the other post's title and its
# 작성일 date and time, one or both, then at most the board's buttons, after its empty 관련자료 label or not
_BOARD_LINK = rf"(?:이전|다음)\s+\S(?:(?![다요]\.)[^\n]){{0,100}}?\s{_BOARD_DATE}\s+{_BOARD_TIME}"
_BOARD_LINKS = rf"(?:관련자료\s+)?{_BOARD_LINK}(?:\s+{_BOARD_LINK})?(?:\s+(?:목록|관리|글수정|글삭제))*\s*$"


@lru_cache(maxsize=1)
def _zh_surname() -> str:
    """The Chinese single-character surnames (`data/zh_surnames.txt`), simplified and traditional, for a
    character class: what a line of names set apart by spaces opens each name with."""
    return "".join(data_lines("zh_surnames.txt"))


def _expand(pattern: str) -> str:
    """A data table's pattern with its placeholders filled: {HAN}, {HANGUL}, {EMAIL}, {CREDIT_ROLE},
    {CREW_CREDIT}, {REPORTER}, {REPORTER_DEED}, {REPRINT}, {CAPTION_ZH}, {CAPTION_KO}, {RELATED_LINK}, {BROADCASTER},
    {KO_QUALIFIER}, {KO_PAST}, {TRANSCRIPT_PART}, {TRANSCRIPT_CODE}, {STOCK_LABEL}, {BOARD_META}, {BOARD_LINKS}, {ZH_SURNAME},
    {UNBRACKETED_CREDIT_KO}, {UNBRACKETED_CREDIT_ZH}."""
    return (
        pattern.replace("{KO_PAST}", _KO_PAST)
        .replace("{STOCK_LABEL}", _STOCK_LABEL)
        .replace("{BOARD_META}", _BOARD_META)
        .replace("{BOARD_LINKS}", _BOARD_LINKS)
        .replace("{ZH_SURNAME}", _zh_surname())
        .replace("{TRANSCRIPT_PART}", _TRANSCRIPT_PART)
        .replace("{TRANSCRIPT_CODE}", _TRANSCRIPT_CODE)
        .replace("{CAPTION_ZH}", _CAPTION_ZH)
        .replace("{RELATED_LINK}", _related_link())
        .replace("{CAPTION_KO}", _CAPTION_KO)
        .replace("{UNBRACKETED_CREDIT_KO}", _UNBRACKETED_CREDIT_KO)
        .replace("{UNBRACKETED_CREDIT_ZH}", _UNBRACKETED_CREDIT_ZH)
        .replace("{BROADCASTER}", _BROADCASTER)
        .replace("{KO_QUALIFIER}", _KO_QUALIFIER)
        .replace("{HAN}", HAN)
        .replace("{HANGUL}", HANGUL)
        .replace("{EMAIL}", _EMAIL_PATTERN)
        .replace("{CREDIT_ROLE}", _CREDIT_ROLE)
        .replace("{CREW_CREDIT}", _CREW_CREDIT)
        .replace("{REPORTER_DEED}", _REPORTER_DEED)
        .replace("{REPORTER}", _REPORTER)
        .replace("{REPRINT}", _REPRINT)
    )


_ACTIONS = ("drop", "stop", "box-below", "box-above")  # and meta:<field>: see data/boilerplate.tsv


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    rules = []
    for line in data_lines("boilerplate.tsv")[1:]:
        reason, action, max_chars, when, pattern = line.split("\t", 4)
        if action not in _ACTIONS and not re.fullmatch(r"meta:\w+", action):
            raise ValueError(f"boilerplate.tsv: action {action!r} is not one of {', '.join(_ACTIONS)} or meta:<field>")
        rules.append(_Rule(reason, action, int(max_chars), LazyPattern(_expand(pattern), re.IGNORECASE), when != "not-sentence"))
    return tuple(rules)


_SCREENED_AFFIXES = ("inline", "start", "line-end")  # the `prefixes.tsv` rows a line meets, beside the rules


@dataclass(frozen=True)
class _Rows:
    """Every pattern a line of a language may meet, the rules' then the screened affixes', in one
    sequence, and where each kind's patterns start in it (`rules`, or the affixes' `where`)."""

    patterns: tuple[LazyPattern, ...]
    kinds: tuple[tuple[str, range], ...]

    def span(self, kind: str) -> range:
        for name, indices in self.kinds:
            if name == kind:
                return indices
        raise KeyError(kind)


@lru_cache(maxsize=4)
def _rows(lang: str) -> _Rows:
    """The rules and the screened `prefixes.tsv` rows of `lang`, as one sequence (`_Rows`)."""
    groups = [("rules", [rule.pattern for rule in _rules()])] + [(where, [affix.pattern for affix in _affixes(lang, where)]) for where in _SCREENED_AFFIXES]
    patterns: list[LazyPattern] = []
    kinds = []
    for kind, group in groups:
        kinds.append((kind, range(len(patterns), len(patterns) + len(group))))
        patterns += group
    return _Rows(tuple(patterns), tuple(kinds))


@lru_cache(maxsize=4)
def _screen(lang: str) -> Screen:
    return Screen.of(_rows(lang).patterns)


@dataclass(frozen=True)
class _Possible:
    """The rules and affixes that can match somewhere in a stretch of a page (a line, or a piece of
    a long one), found in one automaton pass over it, and over its `_view` where that leaves out a
    ruby mirror's pinyin. Every text the rows are then tried on (the stretch stripped, cut or
    viewed) is read within it, so a row not found here cannot match there (`prefilter`)."""

    lang: str
    found: tuple[int, ...]  # indices into `_rows(lang)`, in order

    @classmethod
    def of(cls, text: str, lang: str) -> _Possible:
        screen = _screen(lang)
        found = set(screen.candidates(text))
        view = _view(text, lang)
        if view != text:
            found.update(screen.candidates(view))
        return cls(lang, tuple(sorted(found)))

    def rules(self) -> list[_Rule]:
        """The boilerplate rules that can match, in order."""
        rules = _rules()
        return [rules[index] for index in self._found_in("rules")]

    def affixes(self, where: str) -> list[_Affix]:
        """The `_affixes(lang, where)` that can match, in order (`where` one of `_SCREENED_AFFIXES`)."""
        affixes = _affixes(self.lang, where)
        return [affixes[index] for index in self._found_in(where)]

    def _found_in(self, kind: str) -> list[int]:
        """The found patterns of one kind, numbered within that kind."""
        indices = _rows(self.lang).span(kind)
        return [index - indices.start for index in self.found if index in indices]


def count_letters(text: str) -> int:
    """Letters and digits in `text` (`str.isalnum` characters): how long a line is, punctuation
    and spaces aside."""
    return len(_NOT_LETTERS.sub("", text))


_NOT_LETTERS = re.compile(r"[\W_]+")  # \w is isalnum() and the underscore


def _sentence_ends(text: str) -> int:
    """How many sentence ends a line has: Chinese and Latin marks, and a Korean period."""
    return len(_SENTENCE_MARK.findall(text)) + len(_KOREAN_PERIOD.findall(text))


def _prose_letters(lang: str, settings: CleaningSettings) -> float:
    """How many letters a body line of `lang` has at least."""
    return settings.prose_letters_zh if lang == "zh" else settings.prose_letters_ko


def _is_prose(text: str, letters: int, lang: str, settings: CleaningSettings) -> bool:
    """Body-like: long enough and built of sentences, not a menu item or a heading."""
    minimum = _prose_letters(lang, settings)
    ends = _sentence_ends(text)
    clause = lang == "ko" and _KOREAN_CLAUSE.search(text) is not None
    itemised = clause and _ITEMISED.match(text) is not None
    # a Korean sentence whose full stop the copy leaves off (notices, TV scripts: `…주의가 요망됩니다`)
    finished = clause and _FINAL_PREDICATE.search(text) is not None
    unpunctuated = letters >= settings.unpunctuated_prose * minimum and len(_LISTED_BAR.findall(text)) < _LISTED_BARS  # not a keyword list (竟彩网官网|…|…|…)
    return letters >= minimum and (ends >= 1 or itemised or unpunctuated or finished) and text[-1] not in "|>»"


_FINAL_PREDICATE = re.compile(r"(?:니다|했다|됐다|였다|이다|한다|있다|없다)\s*$")
_LISTED_BARS = 3  # bars glued between words in a long line with no sentence end: a keyword list's items, not prose
_LISTED_BAR = re.compile(r"(?<=\S)[|｜](?=\S)")  # (a table row's cells, ` | `, may be the body's: `2024年1月5日 | 伊吾县盐池镇 | …`)


# an item of a Korean official text in bullet style (개조식: `o 공안국, … 발표`, `- … 당부`), whose
# clauses end in nouns, not in 다; the marks are those of such texts (o ㅇ ○ ◦ □ - *), not the
# list bullets of `_LIST_ITEM` or the link bullets of `_SEGMENT_BULLET`…
_ITEMISED = re.compile(r"[oㅇ○◦□]\s|-\s|\*{1,2}\s")
# …and it reads as a clause: a word with a case particle (국가안전부는, 위법행위를), which a menu of
# section names (- 전체기사 정치 경제 사회 …) lacks
_KOREAN_CLAUSE = re.compile(f"[{HANGUL}](?:은|는|을|를|에서|으로|에게|이|가)\\s")


def _in_language(line: _Line, lang: str, settings: CleaningSettings) -> bool:
    """Written in the article's script: a page's English widget notice or licence line
    (`ResponsiveVoice used under Non-Commercial License.`) or a mostly Latin menu does not start a
    Korean body. (A lead dense in Latin names and figures, `Apple发布iPhone 16 Pro Max，售价7999元。`,
    falls short too and is read as header; a variant that counted digits out moved other pages'
    body starts onto their date and menu lines.)"""
    hangul, han = count_scripts(line.text)
    return (hangul if lang == "ko" else han) >= settings.own_script_share * line.letters


def _is_sentence(line: _Line, settings: CleaningSettings) -> bool:
    """A short line that still reads as a finished sentence (not a menu item or a headline)."""
    return line.rule is None and line.letters >= settings.sentence_letters and _closes_a_sentence(line.text)


_SPACED_DOTS = re.compile(r"\s\.{2,}$")


def _closes_a_sentence(text: str) -> bool:
    """Whether a line's last mark, closing quotes and brackets aside, is a sentence mark (`…游客。`,
    `…色。”`), not a quote alone (`…“湄洲警察”`) or an ellipsis: `…`, or dots set off from the word
    before them, where a site cut a teaser (`…급등에 ‘빚의 ..`; a writer's own stand close, `…꺼내든 건..`)."""
    bare = text.rstrip(_CLOSERS)
    return bare[-1:] in tuple("。！？!?.") and not _SPACED_DOTS.search(bare)


def _segments(text: str, start: int, end: int, lang: str, settings: CleaningSettings, possible: _Possible) -> list[tuple[int, int]]:
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
        and _TAIL_END.search(text, doubled.end(), end)
    ):
        # a headline printed twice with prose after it (a page that lost its breaks): each copy a line
        # of its own (a line that is nothing but texts printed twice is images' titles and captions)
        parts += [(start, doubled.end(1)), (doubled.end(1), doubled.end())]
        part_start = doubled.end()
    matches = sorted((match.span(), affix.field) for affix in possible.affixes("inline") for match in affix.pattern.finditer(text, start, end))
    # a caption is cut out of a paragraph, not out of a caption line (one short sentence and its credit),
    # and not where what follows it is no sentence but the rest of the credit (`(警方提供)中央社记者…传真 105年12月24日`);
    # only the first caption can follow a caption line's one sentence, so it alone is asked that
    first = next((span for span, field in matches if field == _CAPTION), None)
    last_mark = max((m.start() for pattern in (_SENTENCE_MARK, _KOREAN_PERIOD) for m in pattern.finditer(text, start, end)), default=-1) if first else -1
    # the first caption after the line's last sentence mark: spared, with those after it, when what follows it is the
    # rest of a credit (a reporter, a fax, a date) or no words to speak of, not an unfinished sentence (`…(警方提供)目前…侦办中`)
    tail = next((span for span, field in matches if field == _CAPTION and span[1] > last_mark), None)
    tail_credit = tail if tail is not None and _credit_rest(text[tail[1] : end], lang) else None
    # a credit without brackets glued to the next word (`…소방대원들. 전북소방본부 제공12일 오전 …`, a row of its own) is
    # no paragraph's: the page lost the breaks around the photo's caption block
    unbracketed = first is not None and text[first[0] : first[1]].lstrip()[:1] not in _OPENING_BRACKETS and text[first[1] : first[1] + 1].isalnum()
    captioned = first is not None and _captioned_line(text, start, first[0], min(end, first[0] + _CAPTION_REACH), lang, settings, unbracketed)
    spared = {
        span
        for span, field in matches
        if field == _CAPTION and ((tail_credit is not None and span[1] >= tail_credit[1]) or (span == first and captioned))
    }
    found = [(span, field in _DROPPED_FIELDS) for span, field in matches if span not in spared]
    kept_credits = [span for span, junk in found if not junk][: settings.inline_cuts]
    cuts = [credit_start for credit_start, _ in (span for span, junk in found if junk or span in kept_credits)]
    if first is not None and captioned and (unbracketed or _glued_lead(text, start, first, end, lang, possible)):
        # a caption line's one sentence and its credit glued before a paragraph (the photo's block above the lead,
        # `…逮捕调查。(张三摄)(吉隆坡20日讯)疑在…`, `…소방대원들. 전북소방본부 제공12일 오전 …`): cut after the
        # credit, the caption and its credit a line of their own
        cuts.append(first[1])
    for cut in sorted(set(cuts)):
        if cut > part_start and text[part_start:cut].strip() and text[cut:end].strip():
            parts.append((part_start, cut))
            part_start = cut
    parts.append((part_start, end))
    long = end - start > settings.long_line
    lost = _lost_breaks(text, start, end, settings) if lang == "zh" else []
    if not long and not lost:
        return parts
    return [piece for part in parts for piece in _long_line_pieces(text, *part, long, lost, settings)]


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
    if not any(_SEGMENT_END.search(text, a, b) and count_letters(text[a:b]) >= settings.prose_letters_zh for a, b in zip(edges, edges[1:])):
        return []  # no paragraph of prose among the pieces: one line of words spaced apart (`這篇文章 … 最早出現於 …。`)
    if count_scripts(text[start:end])[1] < settings.lost_break_chars * len(gaps):
        return []  # a text spaced out character by character (`警 方 仍 在 调 查`): no break lost there
    return gaps


_LINE = re.compile(r"[^\n\r]+")  # a line of a page: a bare CR ends one too (old Mac files)


def _after_last_sentence(text: str, start: int, end: int, in_url: bool = True) -> int | None:
    """Where the last finished sentence of text[start:end] ends (what a page glued after it follows),
    its closing quotes and brackets with it, if it has one. Without `in_url`, not at the ? inside a
    URL (`jb.php?id=3`): a mark counts when a space, the end or a closer follows it, or when it is a
    Chinese full-width one."""
    ends = [
        match.end()
        for match in _TAIL_END.finditer(text, start, end)
        if in_url or match.group()[-1] in "。！？" + _CLOSERS or match.end() == end or text[match.end()].isspace()
    ]
    return ends[-1] if ends else None


_TAIL_END = re.compile(r"[。！？!?]+[”’」』）)\"']*|(?<=[다요까죠])[.!?]+[”’\"']*")  # a sentence end, a Korean one glued to what follows too (`…있다.(끝)`)


def _tail_split(text: str, start: int, end: int, taker: _Rule, lang: str, possible: _Possible, settings: CleaningSettings) -> list[tuple[int, int]]:
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
    cut = _after_last_sentence(text, start, end)
    if cut is None:
        return [(start, end)]
    tail = text[cut:end].strip()
    if not tail or len(tail) > settings.tail_chars or count_letters(text[start:cut]) < settings.sentence_letters:
        return [(start, end)]
    head, view = _view(text[start:cut].strip(), lang), _view(tail, lang)
    tail_shields = _shields(view, lang, count_letters(view))
    if (
        not _takes(taker, view, *tail_shields)  # the rule took the line for its tail…
        or _taking_rule(head, lang, count_letters(head), possible) is not None  # …not from its start (`标题: …`)…
        or any(_takes(rule, view, *tail_shields) for rule in possible.rules() if rule.reason == "caption")  # …nor for a photo credit (a caption's line)
    ):
        return [(start, end)]
    return [(start, cut), (cut, end)]



def _head_apart(text: str, start: int, cut: int, end: int, lang: str, possible: _Possible, settings: CleaningSettings, least: int, prose: bool) -> list[tuple[int, int]]:
    """A line a rule took whole, as its head (`text[start:cut]`: the article's sentences) and the rest
    apart, when the head has at least `least` letters, reads as prose where `prose` asks it to, and no
    rule takes it; else the line as it is."""
    head = _view(text[start:cut].strip(), lang)
    letters = count_letters(head)
    if letters < least or (prose and not _is_prose(head, letters, lang, settings)) or _taking_rule(head, lang, letters, possible) is not None:
        return [(start, end)]
    return [(start, cut), (cut, end)]


# where a Chinese photo caption says it is one: `图为…` right after a sentence end
_PICTURED = re.compile(r"(?<=[。！？!?”」])\s*(?:图为|圖為|图片为|圖片為)")


def _captioned_paragraph(text: str, start: int, end: int, lang: str, possible: _Possible, settings: CleaningSettings) -> list[tuple[int, int]]:
    """For a line a caption rule took whole (a caption with its credit, `…搜救。张三 摄`): the
    paragraph's sentences before a `图为…` caption apart from it, when they are a sentence's length and
    no rule takes them (`经过三天三夜的搜救,被困人员全部获救。图为消防员在现场搜救。张三 摄`): 图为 opens the
    caption, so what comes before it is the article's; else the line as it is."""
    found = _PICTURED.search(text, start, end) if lang == "zh" else None
    if found is None:
        return [(start, end)]
    return _head_apart(text, start, found.start(), end, lang, possible, settings, settings.sentence_letters, prose=False)


_STOP_HEAD_LETTERS = 20  # letters: the article's sentences a footer's notice was glued after are at least this long


def _stop_split(text: str, start: int, end: int, taker: _Rule, lang: str, possible: _Possible, settings: CleaningSettings) -> list[tuple[int, int]]:
    """For a piece of a page line that lost its breaks (`_segments` cut it out of a longer line, so it
    starts in mid-line) which a `stop` rule took (a copyright notice): the article's sentences before the
    notice apart from the notice and what is glued before it (`…옛말이 되어가고 있다. 대기고등학교의 … 모습(아래).
    강희만·홍희선기자 <저작권자 © 한라일보 …>`), when they are prose no rule takes; else the piece as it is (a
    footer's own line stops the article whole)."""
    if start == 0 or text[start - 1] in "\n\r":
        return [(start, end)]
    view, positions = _viewed(text[start:end], lang)
    notice = taker.pattern.search(view)
    if notice is None:
        return [(start, end)]
    cut = _after_last_sentence(text, start, start + positions(notice.start()))
    if cut is None:
        return [(start, end)]
    return _head_apart(text, start, cut, end, lang, possible, settings, _STOP_HEAD_LETTERS, prose=True)


def _takes(rule: _Rule, line: str, sentence: bool, finished: bool) -> bool:
    """Whether a boilerplate rule takes a (stripped, viewed) line. A rule built on words an article
    also uses never takes a line that reads as a sentence (`sentence`), and a byline rule never a
    Korean line that holds a finished sentence before its credit (`finished`: `…고 밝혔다. /홍길동
    기자`, whose credit an `end` row cuts)."""
    if rule.max_chars and len(line) > rule.max_chars:
        return False
    if not rule.sentences_too and (sentence or (finished and rule.reason == "byline")):
        return False
    return rule.pattern.search(line) is not None


def _taking_rule(view: str, lang: str, letters: int, possible: _Possible) -> _Rule | None:
    """The first boilerplate rule that takes a (stripped, viewed) line of `letters` letters, if any."""
    shields = _shields(view, lang, letters)
    return next((rule for rule in possible.rules() if _takes(rule, view, *shields)), None)


def _shields(line: str, lang: str, letters: int) -> tuple[bool, bool]:
    """What keeps rules off a (stripped, viewed) line of `letters` letters, as `_takes` asks it:
    whether it reads as a sentence, and whether it is a Korean line with a declarative sentence end
    (`다. `) inside it."""
    return _reads_as_sentence(line, lang, letters), lang == "ko" and _KOREAN_FINISHED.search(line) is not None


def _long_line_pieces(text: str, start: int, end: int, long: bool, lost: list[int], settings: CleaningSettings) -> list[tuple[int, int]]:
    """A line's part cut where it lost its line breaks (`lost`), and, if the line is `long`, into
    pieces of about `segment_chars` after sentence ends, and before each list bullet or table cell."""
    pieces, piece_start = [], start
    within = lost[bisect.bisect_right(lost, start) : bisect.bisect_left(lost, end)]  # `lost` is in order: a line has thousands
    always = [(cut, True) for cut in within]  # cut there whatever the piece's length
    ends = [(match.end(), False) for match in _SEGMENT_END.finditer(text, start, end)] if long else []
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

# a list's bullet inside a long line (`… 인/기/기/사 ◆ 제목 ◆ 제목 ▶ 구독`): each item a piece of its own…
_BULLETS = "◆◇▶▷►■□●☞"  # the bullets that open a link, a list item or a sub-headline
_SEGMENT_BULLET = re.compile(rf"\s(?=[{_BULLETS}]\s?\S)")
# …and so is each cell of a table row that has an empty cell (`|  | | ↑↑ 사진 설명 | ⓒ 신문 | | 본문…`: a page printed
# its photo box and its body as one row); a bar in running prose (`A | B`) cuts nothing
_CELL_BAR = re.compile(r"(?<=\s[|｜])(?=\s)")
_EMPTY_CELL = re.compile(r"[|｜]\s*[|｜]")


def _reads_as_sentence(text: str, lang: str, letters: int) -> bool:
    """A finished sentence of the article's language: letters enough and a sentence end of that
    language (했다. / 。”). Furniture rules never take such a line: a sentence that mentions 댓글,
    验证码 or 记者 is still a sentence."""
    if letters < 10:
        return False
    end = _KOREAN_SENTENCE_END if lang == "ko" else _CHINESE_SENTENCE_END
    text = _GLUED_CREDIT.sub("", text)  # the last sentence's reporter credit glued after it (`…활동기반이다. [비즈니스포스트 조예리 기자]`)
    return end.search(text) is not None or letters >= _LONG_PROSE  # a long line cut off mid-sentence is prose too


# a reporter's credit in brackets at the end of a line, after its last sentence
_GLUED_CREDIT = re.compile(r"(?<=[.!?。！？”’\"'」』)）])\s*[\[［【(（<〈][^\[\]［］【】()（）<>〈〉\n]{0,30}(?:기자|특파원|记者|記者)[^\[\]［］【】()（）<>〈〉\n]{0,12}[\]］】)）>〉]\s*$")


def _lines(text: str, lang: str, settings: CleaningSettings, dropped: list[Dropped], meta: dict[str, str]) -> list[_Line]:
    """The page's non-blank lines, stripped, classified by the boilerplate rules; a glued prefix
    (`本报讯`, `[서울=뉴시스]…기자 =`) is cut off into `dropped` first. A line a rule takes whole only
    for the furniture glued after its last sentence is read as two (`_tail_split`)."""
    lines = []
    stamp = _page_stamp(text, lang, settings)
    for match in _LINE.finditer(text):
        span = match.span()
        if stamp and match.group().rstrip().endswith(stamp):
            stamp_end = span[0] + len(match.group().rstrip())
            dropped.append(Dropped(stamp_end - len(stamp), stamp_end, stamp, "page-furniture"))
            span = (span[0], stamp_end - len(stamp))
            if not text[span[0] : span[1]].strip():
                continue
        line_possible = _Possible.of(text[span[0] : span[1]], lang)
        pieces = _segments(text, *span, lang, settings, line_possible)
        for start, end in pieces:
            possible = line_possible if len(pieces) == 1 else _Possible.of(text[start:end], lang)
            first, last = start, end
            while start < end and text[start] in _SPACE:
                start += 1
            while end > start and text[end - 1] in _SPACE:
                end -= 1
            # a byte-order mark is no white space to Python: what is stripped of it is accounted for
            dropped.extend(Dropped(i, i + 1, text[i], "byte-order-mark") for i in (*range(first, start), *range(end, last)) if text[i] == "\ufeff")
            if start == end:
                continue
            mark, fields = len(dropped), set(meta)
            line = _line(text, start, end, lang, settings, dropped, meta, possible)
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
                lines.append(_line(text, part_start, part_end, lang, settings, dropped, meta, _Possible.of(text[part_start:part_end], lang)))
    return lines


_DATED_CREDIT = re.compile(r"@|(?:19|20)\d\d\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}")
_PHOTOGRAPHER = re.compile(rf"(?:{_PHOTO_CREDIT_WORDS}|제공|촬영)\s*[)）\]]?$")  # a photo credit's last word ends the text: `錢文攀 攝`, `(경찰청 제공)`


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
    for line in _LINE.finditer(text):  # the lines `_lines` reads
        cut = _after_last_sentence(text, *line.span())
        if cut is not None:
            tail = text[cut : line.end()].strip()
            if settings.stamp_chars <= len(tail) <= settings.tail_chars and not _DATED_CREDIT.search(tail) and not _PHOTOGRAPHER.search(_view(tail, lang)):
                heads.setdefault(tail, set()).add(text[line.start() : cut].strip())
                counts[tail] += 1
    stamp, count = max(((tail, counts[tail]) for tail, before in heads.items() if _different_heads(before) >= 2), key=lambda item: item[1], default=(None, 0))
    return stamp if count >= settings.stamp_lines else None


def _line(text: str, start: int, end: int, lang: str, settings: CleaningSettings, dropped: list[Dropped], meta: dict[str, str], possible: _Possible) -> _Line:
    """One stripped line, its prefix and link cut off (into `dropped`), classified."""
    start, whole, credit, labelled = _cut_prefix(text, start, end, lang, dropped, meta, possible)
    line_end = end
    end = _cut_link(text, start, end, lang, dropped, possible, settings)
    body = text[start:end]
    # a title with a run of stars cut off its end (not a crosshead starred on both sides)
    starred = text[end:line_end].rstrip().endswith(_SEPARATOR_STARS) and not body.startswith(_SEPARATOR_STARS)
    view = _view(body, lang)
    letters = count_letters(view)
    rule = _WHOLE_LINE.get(whole or "") or _taking_rule(view, lang, letters, possible)
    if rule is None and _credited_caption(view, text[end:line_end], lang, letters, settings):
        rule = _CREDITED_CAPTION
    return _Line(start, end, body, rule, letters, rule is None and _is_prose(view, letters, lang, settings), labelled, credit, starred)


_CREDIT_REST = re.compile(f"{_REPORTER}|通讯员|通訊員|传真|傳真|(?:19|20|1[01])\\d\\s*年|기자|특파원")  # the rest of a photo credit after its caption
_CREDIT_REST_LETTERS = 8  # …or fewer letters than this after it: no sentence


def _credit_rest(rest: str, lang: str) -> bool:
    """Whether what follows a caption to its line's end is the rest of its credit, not a sentence."""
    hangul, han = count_scripts(rest)
    return _CREDIT_REST.search(rest) is not None or (hangul if lang == "ko" else han) < _CREDIT_REST_LETTERS


_CAPTION_COPY = 8  # letters: a text after a caption's credit that opens with the caption's first ones is its copy


def _glued_lead(text: str, start: int, credit: tuple[int, int], end: int, lang: str, possible: _Possible) -> bool:
    """Whether what follows a caption line's credit (`text[credit[1]:end]`) is the article's lead glued
    to it: it opens with the lead's dispatch or source credit (`(吉隆坡20日讯)`, `本报讯`: in brackets, or a
    `prefixes.tsv` start row's), ends a sentence and is no copy of the caption. Without such a credit the sentence
    before the photo's credit may be the paragraph's own (`…迅速赶到现场。(警方供图)到达后,…`)."""
    rest = text[credit[1] : end]
    caption = _alphanumerics(text[start : credit[0]])[:_CAPTION_COPY]
    if _TAIL_END.search(rest) is None or _alphanumerics(rest).startswith(caption):
        return False
    view = _view(rest.lstrip(), lang)
    return _BRACKETED_DISPATCH.match(view) is not None or any(
        affix.field not in _DROPPED_FIELDS and affix.pattern.match(view) is not None for affix in possible.affixes("start")
    )


_BRACKETED_DISPATCH = re.compile(r"[(（【\[〔][^()（）【】\[\]〔〕\n]{1,30}(?:讯|訊|电|電|报道|報道|报导|報導)\s*[)）】\]〕]")  # `(吉隆坡20日讯)`


_CAPTION_REACH = 80  # the characters after a caption's opening bracket `_captioned_line` reads (its credit is shorter)


def _captioned_line(text: str, start: int, credit: int, end: int, lang: str, settings: CleaningSettings, credited: bool = False) -> bool:
    """Whether the line `text[start:end]` reads as a photo's caption, its credit at `credit`
    (`…有更深一層的認知。(圖/第五分局提供) …`: one short sentence, then the credit;
    `_credited_caption`; `credited`: what stands at `credit` is a photo credit whatever its form):
    then the credit is not cut out of it, and the line stays whole for the rules and the line model
    to judge."""
    view = _view(text[start:credit].strip(), lang)
    return _credited_caption(view, text[credit:end].lstrip(), lang, count_letters(view), settings, credited)


def _credited_caption(line: str, cut: str, lang: str, letters: int, settings: CleaningSettings, credited: bool = False) -> bool:
    """Whether a line is a photo's caption by the credit cut off its end: one sentence, at most
    `caption_credit_letters` letters, and a photo credit first in what was cut (taken as one when
    `credited`)."""
    return (
        letters <= settings.caption_credit_letters
        and (credited or _PHOTO_CREDIT.match(_view(cut, lang)) is not None)
        and _ends_a_sentence(line)
        and _sentence_ends(line) <= 1
    )


_PREFIX_SCRAPS = 1  # scraps (`junk` rows) cut before a line's credit is looked for again
_PREFIX_CREDITS = 2  # credits cut off a line's start: a dispatch's dateline, then its reporter (`【大紀元…訊】（大紀元記者…報導）`)
_OPENING_BRACKETS = "(（【〔[［"


_DISPATCH_MARK = re.compile(r"(?:(?:讯|訊|电|電)\s*[】\]］〕]?|[】\]］〕])\s*[:：]?$")  # a dispatch's dateline ends so: `本报讯`, `本报讯：`, `【文匯網訊】`
_REPORTS = re.compile(f"{_REPORTER}|通讯员|通訊員|报道|報道|报导|報導")


def _second_credit(first: str, second: str) -> bool:
    """Whether a credit after the first one at a line's start is cut too: one in brackets, or a
    reporter's after a dispatch's dateline (`本报讯 记者 陈仕平 …`, `【文匯網訊】大公文匯全媒體報道:`)."""
    second = second.lstrip()
    return second[:1] in _OPENING_BRACKETS or (_DISPATCH_MARK.search(first) is not None and _REPORTS.search(second) is not None)


class _Prefix(NamedTuple):
    """What `_cut_prefix` found at a line's start."""

    start: int  # where the line's own text starts
    whole: str | None  # the metadata field of a line that is nothing but a prefix, to be dropped as such
    credit: str  # the source credit cut off the line (`本报讯`, `[서울=뉴시스]`), if that is what was cut
    labelled: bool  # a headline label (原标题:) was cut off, the headline staying


def _cut_prefix(text: str, start: int, end: int, lang: str, dropped: list[Dropped], meta: dict[str, str], possible: _Possible) -> _Prefix:
    """Where a line's own text starts: after a source, date or reporter prefix glued to it, if any
    (the prefix goes to `dropped` and the metadata); a line that is nothing but a prefix is left
    whole (`_Prefix`).

    The rows read the line as `_view` shows it (a ruby mirror's 報(bào)訊 is 報訊); a scrap cut
    first (a `junk` row: the `????` a lost indent left) does not hide the credit behind it, nor a
    dispatch's dateline the reporter's credit after it. A credit that is the rest of the line after a
    second one is the first credit's line, unless the first was the page's date stamp (`date 2019-04
    【KTSF 黃恩光報導】`: the credit goes as a credit)."""
    cut_from, credit, credits, first, first_field = start, "", 0, "", ""
    for _ in range(_PREFIX_SCRAPS + _PREFIX_CREDITS):
        view, positions = _viewed(text[cut_from:end], lang)
        found_affix = next(((a, m) for a in possible.affixes("start") if (m := a.pattern.match(view)) is not None and m.group().strip()), None)
        if found_affix is None:
            break
        affix, found = found_affix
        matched_end = cut_from + positions(len(found.group().rstrip()))
        cut = cut_from + positions(found.end())
        while cut < end and text[cut] in _SPACE:
            cut += 1
        if cut < end and text[cut] in ":：":  # the colon right after a credit is the credit's (国际在线报道(记者 吴倩):)
            cut = matched_end = cut + 1
            while cut < end and text[cut] in _SPACE:
                cut += 1
        if cut >= end or count_letters(text[cut:end]) < 2:
            if credits and not (first_field == "date" and _second_credit(first, view[: found.end()])):
                break  # a second credit that is the rest of the line: the line is the first credit's…
            return _Prefix(cut_from, affix.field, "", False)  # …unless the first was the page's date stamp
        junk = affix.field in _DROPPED_FIELDS
        if credits and not junk and not _second_credit(first, view[: found.end()]):
            break
        dropped.append(Dropped(cut_from, matched_end, text[cut_from:matched_end], _DROPPED_FIELDS.get(affix.field, "prefix")))
        if affix.field == _TITLE_LABEL:
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


_LINE_END_REACH = 300  # characters: what a line-end row takes off a line (a link, credits, a caption) is shorter


def _cut_link(text: str, start: int, end: int, lang: str, dropped: list[Dropped], possible: _Possible, settings: CleaningSettings) -> int:
    """Where a line's own text ends: before a link marker or credits glued to it (`…享年83岁。详情>>`,
    `…态势。(记者熊丰) (编辑:思雅) |`), each affix taken off in turn. Each is looked for in the
    line's last `_LINE_END_REACH` characters only."""
    while True:
        reach = _window_start(text, start, end, lang)
        view, positions = _viewed(text[reach:end], lang)
        for affix in possible.affixes("line-end"):
            found = affix.pattern.search(view)
            if found is None or not found.group().strip():
                continue
            cut, piece_end = reach + positions(found.start()), reach + positions(found.end())
            if cut == start:
                continue  # the whole line: not a glued affix
            if affix.field == "caption" and _caption_line(text[start:end], text[start:cut], text[cut:piece_end], lang, possible, settings):
                continue  # a caption's own credit (`…忧虑。(…资料图片)`): the line goes whole as a caption
            end = cut
            while text[cut] in _SPACE:
                cut += 1
            while text[piece_end - 1] in _SPACE:
                piece_end -= 1
            dropped.append(Dropped(cut, piece_end, text[cut:piece_end], affix.field))
            break
        else:
            return end


_BRACKETED_CAPTION = re.compile(_expand("{CAPTION_ZH}|{CAPTION_KO}"))
_KO_FINISHED = re.compile(r"[다요까죠][.!?]")  # a Korean sentence's finished end (a noun's full stop, `이미지.`, is not one)
# a Korean sentence reporting what someone said or announced (`…고 밝혔다.`, `…라고 말했습니다.`): a paragraph's, not a caption's
_KO_REPORTED = re.compile(r"(?:말|밝|전|강조|당부|설명|덧붙|호소|요청|주문|답|언급)(?:했|혔|였)(?:다|습니다)\.[\"”’']?\s*$")
_PHOTOGRAPHERS_CREDIT = re.compile(r"(?:摄|攝|摄影|攝影|供图|供圖|翻摄|翻攝)\s*[)）]\s*$")  # `（資料圖片/黃學潤攝）`: `_credited_caption` judges its line


def _caption_line(line: str, before: str, credit: str, lang: str, possible: _Possible, settings: CleaningSettings) -> bool:
    """Whether a line is a photo's caption with its credit, to be taken whole rather than cut: what
    comes before the credit is one sentence of at most `caption_credit_letters` letters (a
    paragraph is longer; a Korean caption before a bracketed credit is one sentence of any length,
    not reporting what was said) or holds the same kind of credit (the caption printed twice), and a
    `boilerplate.tsv` caption row takes the line, credit and all. Not where the credit names a
    photographer: cut off, it makes its line a caption or not by `_credited_caption` (a file photo's
    credit after an article's last sentence, `…跟進。（資料圖片/黃學潤攝）`, leaves it body)."""
    if _PHOTOGRAPHERS_CREDIT.search(credit):
        return False
    doubled = _BRACKETED_CAPTION.search(before) is not None  # a caption printed twice, each copy with its credit
    if not doubled:
        if lang == "ko" and _BRACKETED_CAPTION.fullmatch(credit.strip()):
            # a Korean caption is one sentence however long (a noun's note may follow it, `… 무관한 이미지.`);
            # it shows what the photo does and does not report what was said
            if len(_KO_FINISHED.findall(before)) > 1 or _KO_REPORTED.search(before):
                return False
        elif count_letters(before) > settings.caption_credit_letters or _sentence_ends(before) > 1:
            return False
    view = _view(line.strip(), lang)
    rule = _taking_rule(view, lang, count_letters(view), possible)
    return rule is not None and rule.reason == "caption"


_RUBY_LONGEST = 10  # characters of a ruby reading with its brackets, `(zhuàng)` and shorter


def _window_start(text: str, start: int, end: int, lang: str) -> int:
    """Where the last `_LINE_END_REACH` characters of a line begin, moved back to the Chinese
    character before a ruby reading the window would cut into or start at: the window, viewed, is
    then read within the view of the whole line that screened its rows (`_Possible`)."""
    reach = max(start, end - _LINE_END_REACH)
    if lang == "zh" and reach > start:
        for match in RUBY_ANNOTATION.finditer(text, max(start + 1, reach - _RUBY_LONGEST), min(end, reach + _RUBY_LONGEST)):
            if match.start() <= reach < match.end():
                return match.start() - 1
    return reach



def _viewed(line: str, lang: str) -> tuple[str, Callable[[int], int]]:
    """`line` as the rules read it (`_view`), and where a position in that view is in `line`."""
    view = _view(line, lang)
    if len(view) == len(line):
        return line, lambda position: position
    positions = list(range(len(line) + 1))
    for match in reversed(list(RUBY_ANNOTATION.finditer(line))):
        del positions[match.start() : match.end()]
    return view, positions.__getitem__


def _view(line: str, lang: str) -> str:
    """A line as the rules read it: as the page shows it, without the pinyin a ruby mirror inserts
    after each Chinese character (來(lái)源:新華網(wǎng) is a source line, (新華網(wǎng)發(fā) 曹楨 攝) a credit)."""
    return RUBY_ANNOTATION.sub("", line) if lang == "zh" and "(" in line else line


def _cut_suffix(text: str, start: int, end: int, lang: str, dropped: list[Dropped], meta: dict[str, str]) -> int:
    """Where the article's last paragraph ends: before a byline or source glued to its end (read as
    the page shows it, `_viewed`: a ruby mirror's `。(張志遠(yuǎn) 付瑋)` is `。(張志遠 付瑋)`)."""
    view, position = _viewed(text[start:end], lang)
    for affix in _affixes(lang, "end"):
        found = affix.pattern.search(view)
        if found is None or found.start() == 0:
            continue
        cut = start + position(found.start())
        while cut > start and text[cut - 1] in _SPACE:
            cut -= 1
        piece = text[cut:end].strip()
        at = text.index(piece, cut)
        dropped.append(Dropped(at, at + len(piece), piece, "byline"))
        meta.setdefault(affix.field, piece)
        return cut
    return end


def without_spaces(text: str) -> str:
    """The text without whitespace: how two lines are compared whatever their spacing."""
    return "".join(text.split())  # str.split and `\s` know the same white space


def _ends_a_sentence(text: str) -> bool:
    """Whether a line ends with sentence punctuation or a closing quotation mark."""
    return text[-1] in _SENTENCE_END + "”」』\"'"


def _ends_with_a_mark(text: str) -> bool:
    """Whether a line ends with sentence punctuation or an ellipsis, before closing quotation marks or
    not: a quoted name at a caption's end (`特警狙擊手“隱蔽狙擊”`) ends no sentence."""
    return text.rstrip("”」』\"'’")[-1:] in tuple(_SENTENCE_END)


def _is_teaser(line: _Line, following: list[_Line], settings: CleaningSettings) -> bool:
    """A cut-off summary that repeats the start of the paragraphs after it (it ends mid-sentence)."""
    if not following or _ends_a_sentence(line.text):
        return False
    head = re.sub(r"&[a-z#0-9]*+$|(?<![.…])[.…]++$", "", without_spaces(line.text))
    ahead = "".join(without_spaces(f.text) for f in following)
    shortest = settings.teaser_chars
    return len(head) >= shortest and ahead.startswith(head[: max(shortest, len(head) - settings.teaser_slack)])


_CUT_OFF = re.compile(r"(?:(?<!\.)\.{2,}+|(?<!…)…++)\s*+(?:[\[【][^\]】]{1,12}[\]】]|[(（][^)）]{1,8}[)）])?\s*$")  # …要...[詳細]


def _repeats_earlier(line: _Line, kept: list[_Line], settings: CleaningSettings) -> bool:
    """A summary cut off with an ellipsis (and perhaps a "more" link) that repeats the start of a
    paragraph above it, give or take punctuation: a site's teaser of the article it is on."""
    cut = _CUT_OFF.search(line.text)
    if cut is None:
        return False
    head = _alphanumerics(line.text[: cut.start()])
    if len(head) < settings.teaser_chars:
        return False
    return any(_alphanumerics(earlier.text).startswith(head) for earlier in kept)


@lru_cache(maxsize=4096)
def _alphanumerics(text: str) -> str:
    """The letters and digits of a line (each kept line's computed once, however many teasers follow)."""
    return _NOT_LETTERS.sub("", text)


def character_bigrams(text: str) -> set[str]:
    """Consecutive letter pairs (spaces and punctuation skipped): what two headlines or a headline and
    its lead share, whatever the word boundaries."""
    letters = [ch for ch in text if ch.isalnum()]
    return {a + b for a, b in zip(letters, letters[1:])}


# four or more short Chinese phrases in a row with nothing but spaces between them, no punctuation: a menu (a Korean
# headline is words between spaces, 경찰 음주운전 특별단속; a Chinese one may be three phrases, 春运 平安 回家)
_MENU_WORDS = re.compile(r"[^\W_]{2,6}(?:[ \u3000]+[^\W_]{2,6}){3,}")


def _title_lines(lines: list[_Line], body_start: int, lang: str, settings: CleaningSettings, captions: bool = False) -> list[int]:
    """The headline lines, in page order: among the last title-like lines above the body (not a
    rule line, subtitle or caption), those that share words with the lead (a headline, its kicker
    or sub-headline, never a promo or menu line), Chinese compared in simplified characters (a
    traditional headline over a simplified body); the nearest one in the article's script when the
    lead is too short to tell, or when none shares. The first of them is the headline proper. A line
    printed twice over a photo credit is a caption and no candidate (`_photo_captions`), unless
    the page has no other (asked again with `captions`). A line printed twice right above the
    chosen lines with no label's mark heads them though it shares no words with the lead (a headline
    printed twice over its sub-headline). A repost's original headline under its label (`原标题:…`)
    that, joined with the `——…` line under it, is a headline above again is no line of its own."""
    hidden = set() if captions else _photo_captions(lines, body_start)
    candidates = [
        i
        for i in range(body_start - 1, -1, -1)
        if (lines[i].rule is None or _soft_byline(lines[i], settings))
        and lines[i].letters >= settings.title_letters
        and not lines[i].text.startswith(("——", "--", "—"))
        and not _mostly_digits(lines[i].text)  # a date line (2025年07月15日) shares figures with the lead, not words
        and not lines[i].text.lstrip().startswith(("▲", "△"))  # a photo's caption mark (`▲ TV조선 기자들이 … 항의하고 있다.<뉴시스>`), never a headline's
        and i not in hidden
    ][: settings.title_lookback]
    unruled = [i for i in candidates if lines[i].rule is None]
    in_language = [i for i in unruled if _in_language(lines[i], lang, settings)]
    # the nearest in the article's script, a menu's words in a row (`展会发布 展会网站大全 报名观展合作`) last
    fallback = next((i for i in in_language if lang != "zh" or not _MENU_WORDS.fullmatch(lines[i].text.strip())), in_language[0] if in_language else unruled[0] if unruled else None)
    if not candidates and hidden:
        return _title_lines(lines, body_start, lang, settings, captions=True)
    lead = _lead_bigrams(lines[body_start : body_start + settings.lead_lines], lang, settings)
    if not candidates:
        short = _short_title_printed_twice(lines, body_start, lead, lang, settings)
        return [short] if short is not None else []
    if len(lead) < _LEAD_BIGRAMS:
        return [fallback] if fallback is not None else []
    chosen: list[int] = []
    for i in candidates:
        if not _shared_share(lines[i].text, lead, lang, settings, settings.title_byline_overlap if lines[i].rule is not None else None):
            continue
        # a headline printed twice (a meta table's title, then the title again with `!!`): the
        # first copy in page order is the headline, as a repeated paragraph's first copy is body;
        # of a copy with a kicker set off at an edge (`感动!…`, `[단독] …`), the one without it
        repeated = next((k for k, j in enumerate(chosen) if _copies_title(lines[i].text, _title_key(lines[j].text), settings) or _copies_title(lines[j].text, _title_key(lines[i].text), settings)), None)
        if repeated is None:
            chosen.append(i)
        elif _headline_rank(lines[i].text) <= _headline_rank(lines[chosen[repeated]].text):
            chosen[repeated] = i
    if not chosen and hidden:
        return _title_lines(lines, body_start, lang, settings, captions=True)  # the doubled line over a credit was the headline after all
    if not chosen:  # a headline in other words than its lead (春华秋实结硕果): the one nearest the body
        return [fallback] if fallback is not None else []
    block = sorted(chosen[: settings.title_block])
    # a headline printed twice right above the block, in words of its own (외국인 맞춤형 범죄예방교실
    # twice over the sub-headline 21일 음성경찰서 실시 that shares the lead's): its first copy heads it;
    # a section's or site's label printed twice (사회/사건사고) is no headline
    top = block[0]
    if (
        top >= 2
        and top - 1 in candidates
        and top - 2 in candidates
        and _title_key(lines[top - 1].text) == _title_key(lines[top - 2].text)
        and len(block) < settings.title_block
        and not _LABEL_MARKS.search(lines[top - 2].text)
    ):
        block = [top - 2, *block]
    # a line of words right between two of them that no rule took is one of them too: a
    # sub-headline of a deck in other words than the lead (얼린 생수 하나 쥐고 더위 버텨)
    copies = [_title_key(lines[i].text) for i in block]  # (nor is the headline printed again)
    between = [
        i
        for i in candidates
        if lines[i].rule is None
        and i - 1 in block
        and i + 1 in block
        and not _mostly_digits(lines[i].text)
        and not any(_copies_title(lines[i].text, copy, settings) for copy in copies)
    ]
    chosen = sorted(block + between + _deck_below(lines, max(block), body_start, lead, copies, lang, settings))
    # a repost's original headline under its label (`原标题:筑牢“反诈墙”守护“钱袋子”`), and the `——…` line
    # under it, each a part of a headline above that joins both: a copy, no line of the headline's own
    keys = {i: _title_key(lines[i].text) for i in chosen}
    repeats: set[int] = set()
    for i in chosen:
        if not lines[i].title_labelled or i + 1 >= len(lines) or not lines[i + 1].text.startswith(("——", "—", "--")):
            continue
        joined = keys[i] + _title_key(lines[i + 1].text)
        if any(j < i and joined in keys[j] for j in chosen):
            repeats.add(i)
    return [i for i in chosen if i not in repeats]


def _deck_below(lines: list[_Line], last: int, body_start: int, lead: set[str], copies: list[str], lang: str, settings: CleaningSettings) -> list[int]:
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
    if bullet and bullet in _BULLETS:
        # the deck ends at the body, or it is no deck
        fits = 0 < len(deck) <= settings.title_block
        return list(deck) if fits and all(lines[i].rule is None and lines[i].text.lstrip().startswith(bullet) for i in deck) else []
    first = body_start
    while first > last + 1 and _summary_point(lines[first - 1], settings) and not any(_copies_title(lines[first - 1].text, copy, settings) for copy in copies):
        first -= 1
    points = range(first, body_start)
    if not 0 < len(points) <= settings.title_block or any(lines[i].rule is None and lines[i].letters >= settings.title_letters for i in range(last + 1, first)):
        return []
    sharing = sum(1 for i in points if _shared_share(lines[i].text, lead, lang, settings))
    return list(points) if 2 * sharing >= len(points) else []


_DASHED_DECK = re.compile(r"^\s*-\s*\S.*\S\s*-\s*$")  # a dash at each end: "- 민생생활범죄 대응 가시적 성과 도출 -"


def _dashed_deck(text: str) -> bool:
    """Whether a line right under the headline is its deck set off by dashes: opening with a long or
    a double dash (`——…`), or with a dash at each end, as Korean press releases print it."""
    return text.startswith(("——", "—", "--")) or _DASHED_DECK.match(text) is not None


def _summary_point(line: _Line, settings: CleaningSettings) -> bool:
    """A line that may be a deck's summary point: headline-long, opening with an item's dot, no rule's
    or a `related` rule's (`_deck_below`)."""
    return line.letters >= settings.title_letters and bool(_ITEM_POINT.match(line.text)) and (line.rule is None or line.rule.reason == "related")


def _photo_captions(lines: list[_Line], body_start: int) -> set[int]:
    """The lines above the body printed twice in a row (an image's alt text, then its caption) whose
    first different line below is a photo credit (`[웨이보 캡처. 재판매 및 DB 금지]`), or whose first
    different line above is a caption or another such line (a gallery): photos' captions, no headline, however many words they share with the lead, unless no other line above
    the body shares any (`_title_lines` asks again with captions: a headline printed twice over the
    photo). A headline printed once over a photo's credit is the headline: pages put the photo
    between headline and lead. Each line's key is computed once and the line below found in one
    pass from the bottom (a page of one line printed thousands of times must not take the square of
    its length)."""
    keys = [_title_key(line.text) for line in lines]
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
        over_credit = k is not None and getattr(lines[k].rule, "reason", None) == "caption"
        under_doubled = above is not None and (above in captions or (above >= 1 and keys[above - 1] == keys[above] and getattr(lines[above].rule, "reason", None) == "caption"))
        if over_credit or under_doubled:
            captions.add(i)
    return captions


def _mostly_digits(text: str) -> bool:
    """A line of figures more than words (a date line, 2024年3月10日 星期日): no sub-headline."""
    letters = [ch for ch in text if ch.isalnum()]
    return sum(ch.isdigit() for ch in letters) * 2 >= len(letters)


def _summary_boxes(text: str, lines: list[_Line], settings: CleaningSettings) -> dict[int, str]:
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
                _BULLETED.match(point.text) or _ends_a_sentence(point.text) or (point.rule is not None and point.rule.action == notice.rule.action)
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
            and (step == 1 or (after is not None and after.prose and not _introduces(lines[far - 1])))
        ):
            boxed.update(dict.fromkeys(box, notice.rule.reason))
    return boxed


def _summary_points(lines: list[_Line], run: list[int]) -> list[int]:
    """The points of a summary's run (its lines in page order): the bulleted ones, and the ones
    numbered 01, 02, … in turn with the number glued to the text (`013月7日,…`, `02四名路人…`)."""
    points, number = [], 1
    for k in run:
        if lines[k].text.startswith(f"{number:02d}"):
            number += 1
            points.append(k)
        elif _BULLETED.match(lines[k].text):
            points.append(k)
    return points


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _key_points(lines: list[_Line], comparables: list[str], settings: CleaningSettings) -> set[int]:
    """The lines of a box of key points (`AI 摘要`, 요약): a run of two or more bulleted lines, each
    of whose words, bullet aside, come again inside a paragraph at most `summary_reach` lines below
    it. (Only before the article's first paragraph of prose is such a run taken for a copy.)"""
    points: set[int] = set()
    run: dict[int, str] = {}  # the run's lines, each with its words without the bullet and spaces
    for i in range(len(lines) + 1):
        bullet = _BULLETED.match(lines[i].text) if i < len(lines) else None
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


def _title_key(text: str, glued: bool = True) -> str:
    """A headline as compared with its copies: `_bare_title` without a page title's site name
    (`_site_suffix`)."""
    return _bare_title(text[: _site_suffix(text, glued)])


def _headline_rank(text: str) -> tuple[bool, int]:
    """Which of two copies of a headline is the headline proper, lower first: not the page title's
    copy with the site's name, then the shorter (without the kicker)."""
    cut = _site_suffix(text)  # (searched once: `_title_key` would search it again)
    return cut < len(text), len(_alphanumerics(_bare_title(text[:cut])))


def _copies_title(text: str, title_key: str | None, settings: CleaningSettings) -> bool:
    """Whether a line is the headline again: the same `_title_key`, or a long headline with a
    short kicker before it (`感动!民房起火4人被困 …`, `[단독] …`, a section's name glued on,
    `澳洲新聞…`) or set off by a mark after it (`…(图)`); a lead that is the headline and a few
    letters more is none (`…诈骗案件。`)."""
    if title_key is None:
        return False
    key = _title_key(text)
    letters = _alphanumerics(key)
    if key == title_key or (letters and letters == _alphanumerics(title_key)):
        return True  # the same words, whatever marks set them off (`경찰,「실종경보문자」로 …`, a table row's `… | |||`)
    if _bare_title(text) == title_key:
        return True  # the same words when a column's name before a bar looked like the site's after it (`萬花瞳 | 渝中區…` / `萬花瞳 | 渝中區…-華龍網`)
    if len(title_key) < settings.title_copy_chars or not 0 < len(key) - len(title_key) <= settings.title_copy_extra:
        return False
    if key.endswith(title_key) and not _ends_a_sentence(text):  # a section's name glued before it, marked or not (`澳洲新聞悉尼西南區百人抗議封鎖 …`), not a lead's first words (`近日…。`)
        return True
    extra = key[len(title_key) :] if key.startswith(title_key) else ""
    return any(not ch.isalnum() for ch in extra)


def _under_photo_title(
    lines: list[_Line], i: int, comparables: list[str], first_at: dict[str, int], counts: Counter[str], title_counts: Counter[str], body_start: int, settings: CleaningSettings
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
        and title_counts[_title_key(lines[i].text)] == 1
        and not _ends_a_sentence(lines[i - 1].text)
    )


def _cuts_title_short(text: str, title_key: str | None, settings: CleaningSettings) -> bool:
    """Whether a line below the headline is the headline cut short (a related box's copy:
    `男子打砸车辆 警方:其未持有爆炸物` under `男子打砸车辆 警方:其未持有爆炸物 现场已被控制`): its first
    `title_copy_chars` letters at least, half of it at least, and no sentence end (a lead that opens
    with the headline's words goes on past them). A copy shorter than that is left (`交警雪中护送男童过马路`
    under a headline of 25 letters: a photo's caption may be the headline's first clause)."""
    if title_key is None or _ends_a_sentence(text):
        return False
    key = _title_key(text)
    return len(key) >= max(settings.title_copy_chars, len(title_key) / 2) and key != title_key and title_key.startswith(key)


# a page title's site name after a spaced bar or dash (`… | 뉴스로`, `… - 연합뉴스`)…
_SITE_SUFFIX = re.compile(r"(?<!\s)\s+[|｜_\-–—]\s+[^|｜_\-–—\s][^|｜_\-–—]{0,23}$")
_SUFFIX_REACH = 40  # characters: a site's name and the bar or dash before it are shorter
# …or after one glued to the headline, when the name is an outlet's (`…永不“打烊”-華龍網`, `…_新浪新闻`); a headline's own
# words after a dash may read so too (`…——嫌犯3小时后落网`, `…-警方通报`), so only a copy's, not the headline's, are cut
_GLUED_SITE_SUFFIX = re.compile(
    f"(?<=[{HAN}”」』）)])[_\\-–—][{HAN}A-Za-z0-9]{{1,10}}(?:网|網|报|報|新闻|新聞|在线|在線|频道|頻道|客户端|客戶端|电视台|電視台)$"
)
# …and the headline's own only where the name ends in a paper's, a site's or a station's word no clause of a headline
# ends in (the page title's `…走私案--馬祖日報`, `…다양화-동아닷컴`; not `-官方通报`, `--嫌犯落网`, `-警方收网`, `-系假新闻`,
# `-가짜뉴스`, `--피의자신문`), after a hyphen or an underscore (a headline's clause follows a dash, `——`), and where
# the line model finds it furniture (`_edge_pieces`)
_HEADLINE_SITE_SUFFIX = re.compile(
    f"(?<=[{HAN}{HANGUL}”」』）)])(?:--|[_-])[{HAN}{HANGUL}A-Za-z0-9]{{1,10}}"
    "(?:日报|日報|晚报|晚報|时报|時報|商报|商報|晨报|晨報|新闻网|新聞網|在线|在線|频道|頻道|客户端|客戶端|电视台|電視台|(?<![落收上法电電联聯渔漁一])[网網]|일보|닷컴)$"
)


def _soft_byline(line: _Line, settings: CleaningSettings) -> bool:
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


_CREDIT_MARK = re.compile(r"[=@()（）\[\]【】▲△▷◀▶]")  # a credit's marks: 사진=…, an e-mail, brackets, caption arrows
# a publication date with its year, or its label: a byline's meta row (`최철근 기자 / 입력 : 2020년 12월 23일`), no headline
_PUBLISHED = re.compile(r"(?:19|20)\d\d\s*(?:[년年./-])\s*\d{1,2}|입력|등록|승인|发布|發布")


# the editor in charge opening a line (the words of `boilerplate.tsv`'s editor row that sign an article off)
_EDITOR_SIGN_OFF = re.compile(r"^\W{0,2}(?:责任编辑|責任編輯|责编|責編)\s*[:：]")


def _signs_off(line: _Line, rule: _Rule, prose_below: bool) -> bool:
    """A byline with the reporter's e-mail address, or the editor's sign-off with no prose below it
    (`责任编辑:于文凯` over a tag, an app promo and other stories' titles; not a bare `编辑:`, which may
    credit a section, nor an editor named in a summary's or the date's rows over the article): below
    the body, it ends the article (what follows is the site's: other articles, its tags, comments,
    the footer)."""
    if rule.reason == "editor":
        return not prose_below and _EDITOR_SIGN_OFF.match(line.text) is not None
    return rule.reason == "byline" and _EMAIL.search(line.text) is not None


def _is_fragment(line: _Line) -> bool:
    """A kept line that is neither prose nor ends like a sentence: a clause, heading or title (the
    formula that closes a notice, `特此通告`, is a sentence of its own)."""
    return not line.prose and not _ends_a_sentence(line.text) and not _CLOSING_FORMULA.fullmatch(line.text.strip())


_CLAUSE_MARK = re.compile("[，,；;]")
# what a page leaves where a photo was: its file name, a placeholder word, or a Markdown image (`![]()`, `![alt](src)`)
_IMAGE_LINE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|bmp|svg)\s*$|^\W{0,2}(?:IMG(?:[-_]\w+)?|image|photo|图片|圖片|照片|사진|이미지)\W{0,2}$|^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*(?:[(（]?\d{1,2}[)）.、]|[一二三四五六七八九十]{1,2}[、.．]|[①-⑳]|[-•·▪]\s)")
# a line that starts with any bullet (an item, a summary point, a boxed note): never part of a wrapped sentence
_BULLETED = re.compile(r"^\s*(?:[(（]?\d{1,2}[)）.、]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[-–—•·▪◦○●oㅇ]\s|[▶▷►■□◆◇※*▲△☞]\s?)")


_BARE_DAY = re.compile(r"\s*\d{1,2}\s*(?:月\s*\d{1,2}\s*日|월\s*\d{1,2}\s*일)\s*")


def _keep_dated_clauses(lines: list[_Line], lang: str, settings: CleaningSettings) -> None:
    """A bare day (`9月6日`, no year, no time) that opens a run of at least `fragment_lines` clause
    lines of the article's language (no rule's, no sentence end: `正午时分` / `阳光灼热` / …) is the
    first clause of a body written a clause per line, not the page's date: its rule is lifted."""
    for i, line in enumerate(lines):
        if line.rule is None or line.rule.reason != "dateline" or not _BARE_DAY.fullmatch(line.text):
            continue
        run = lines[i + 1 : i + 1 + settings.fragment_lines]
        if len(run) == settings.fragment_lines and all(other.rule is None and _is_fragment(other) and _in_language(other, lang, settings) for other in run):
            line.rule = None


_ITEM_BULLETS = "•·◦▪▫‣⁃"  # the dots that set off an item or a crosshead (arrows and hands, ▶ ☞ 👉, point to a link)
_ITEM_POINT = re.compile(f"^\\s*(?:[-*]\\s*)?[{_ITEM_BULLETS}]\\s*\\S")  # such a dot opening a line, after a list's dash or not (`- • …`)


def _keep_bulleted_crossheads(lines: list[_Line], body_start: int, lang: str, settings: CleaningSettings) -> None:
    """Bulleted lines of at most `line_model_letters` letters that a `related` rule took
    (`·科学部署警力,织密立体防控网络`), each alone between two lines of prose of the article's language
    that no rule took, two or more of them, head the parts of the article below them: a list of other
    articles runs its bullets together or trails the body, and a link to one other story stands alone
    (`· 相关新闻:…`). A photo's credit or label may stand between a head and the prose (`Pixabay网站`:
    `_beside_a_photo`). Their rules are lifted (in the body only: above it, such lines are a box of
    other stories and their teasers)."""

    def neighbour(i: int, step: int) -> _Line | None:
        """The nearest line from `i` on, stepping by `step`, that is not a photo's credit or label."""
        while body_start <= i < len(lines) and _beside_a_photo(lines[i], settings):
            i += step
        return lines[i] if body_start <= i < len(lines) else None

    heads = [
        line
        for i, line in enumerate(lines[body_start + 1 :], body_start + 1)
        if line.rule is not None
        and line.rule.reason == "related"
        and line.text.lstrip()[:1] in _ITEM_BULLETS
        and line.letters <= settings.line_model_letters
        and all(
            other is not None and other.rule is None and other.prose and _in_language(other, lang, settings) and other.text.lstrip()[:1] not in _ITEM_BULLETS
            for other in (neighbour(i - 1, -1), neighbour(i + 1, 1))
        )
    ]
    if len(heads) >= 2:
        for line in heads:
            line.rule = None


def _beside_a_photo(line: _Line, settings: CleaningSettings) -> bool:
    """A line a photo leaves between paragraphs: its credit or label (`Pixabay网站`, `意大利警察局官网`),
    unfinished, unbulleted and at most `furniture_letters` letters long, whatever rule took it."""
    return not line.prose and not _ends_a_sentence(line.text) and line.letters <= settings.furniture_letters and line.text.lstrip()[:1] not in _ITEM_BULLETS


def _fragmented_start(lines: list[_Line], body_start: int, lang: str, settings: CleaningSettings) -> int:
    """Where the body starts on a page that breaks every clause onto its own line (copies of
    messenger articles): when most of the first body lines are fragments without a sentence end,
    or when at least twice `fragment_lines` fragments stand right above the first sentence (or
    `fragment_lines` of them right under the page's date line), those fragments are body too, not
    header. The fragments above end at a headline that exclaims in the lead's words (`一只鹦鹉卖25万元!温州警方…`):
    what stands over it is the page's (an ad block of short names), not the article's opening."""
    following = [line for line in lines[body_start : body_start + settings.lead_lines] if line.rule is None]
    # a clause here may end in any closing bracket: a line ending in ")" is not a clause fragment of
    # a messenger copy, though below the body it is furniture ("(사진=연합뉴스)", `_is_fragment`)
    # (nor is a bulleted item: a list of tips ending in ；, each item a clause of the text)
    fragments = sum(1 for line in following if not line.prose and line.text[-1] not in _SENTENCE_END + _CLOSERS and not _BULLETED.match(line.text))
    start = body_start
    lead: set[str] | None = None  # the lead's bigrams, read only when a line above exclaims
    while start > 0 and _fragment_above(lines, start - 1, settings):
        if _EXCLAIMED.search(lines[start - 1].text):
            lead = _lead_bigrams([line for line in lines[body_start:] if line.prose], lang, settings) if lead is None else lead
            if _shared_share(lines[start - 1].text, lead, lang, settings):
                break
        start -= 1
    # (or when the fragments above are many and read as clauses, not headlines: an opening written
    # a clause per line, then prose)
    if body_start - start >= 2 * settings.fragment_lines and _clauses(lines[start:body_start], settings):
        return start
    # (or when they are at least `fragment_lines` clauses right under the page's date line: the
    # header ends there, and a lead-in written a clause per line follows it, `一场争分夺秒的拦截战` /
    # `一次警银默契的完美配合` / …)
    dated = start > 0 and getattr(lines[start - 1].rule, "action", None) == "meta:date"
    if dated and body_start - start >= settings.fragment_lines and _clauses(lines[start:body_start], settings):
        return start
    if len(following) < settings.fragment_lines or 2 * fragments < len(following):
        return body_start
    return start


def _captions_above_credit(lines: list[_Line], body_start: int, settings: CleaningSettings) -> int:
    """Where the body starts on a page that prints its photos' captions between the headline and
    the credit that opens the article (an e-paper: `女子巡逻队在文甲码头贴心服务游客。` /
    `□全媒体记者 蔡玲 … 文/图` / the lead): when every line from the first body-like one to an
    opening credit a few lines below (a source credit cut off the line's start, or a line that is
    nothing but one) is a short sentence ending in a sentence mark that no rule took, and prose
    follows the credit (or is on its line), those lines are captions and the body starts at the
    credit. A closing credit on a line of its own (`（记者 张三）`, `박초원 기자`) opens nothing: a short
    lead above it stays; a kicker (`为游客点赞“湄洲警察”`) or deck ends no sentence and stops the rule.
    The caller asks under a headline, and on a page without one takes `headless_captions` lines or
    more (one line alone over the credit is the headline or the lead)."""
    for j in range(body_start + 1, min(len(lines), body_start + 1 + settings.captions_above_credit_window)):
        line = lines[j]
        if not (line.credit or line.rule is _WHOLE_LINE["source"]):
            continue
        above = lines[body_start:j]
        prose_follows = line.prose or (j + 1 < len(lines) and lines[j + 1].prose)
        if prose_follows and all(other.rule is None and other.letters <= settings.captions_above_credit_letters and _closes_a_sentence(other.text) for other in above):
            return j
        break  # the first opening credit decides
    return body_start


def _clauses(run: list[_Line], settings: CleaningSettings) -> bool:
    """Whether a run of short lines reads as clauses of one text rather than a list of headlines:
    Korean lines mostly ending in a comma, particle or connective ending; Chinese (or other) lines
    short on average (`这是春节申遗成功后首个春运`, `40天里`), headlines being longer."""
    hangul, han = count_scripts("".join(line.text for line in run))
    if hangul > han:
        return 2 * sum(1 for line in run if line.text.rstrip()[-1:] in _GOES_ON) >= len(run)
    return sum(line.letters for line in run) <= settings.clause_letters * len(run)


def _fragment_above(lines: list[_Line], i: int, settings: CleaningSettings) -> bool:
    """Whether line `i` is a clause fragment of a clause-per-line body: no rule's, no prose, and at
    least `fragment_letters` letters, or shorter (`40天里`) under such a fragment, at most
    `short_fragments` short lines in a row, itself included (`静静观察` / `几分钟后`)."""
    def fragment(line: _Line) -> bool:
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


def _body_above(kept: list[_Line], settings: CleaningSettings) -> bool:
    """Whether an article is kept above a line that would end it: a prose paragraph, two finished
    sentences, or at least `fragment_lines` lines (a page that breaks its clauses onto lines of
    their own). A meta line (date, views) under a headline, with only a promo sentence among the
    menus kept above it, ends nothing."""
    if len(kept) >= settings.fragment_lines:  # first: asked of every line, it must not count a long page's lines each time
        return True
    return sum(1 for line in kept if _is_sentence(line, settings)) >= 2 or any(line.prose for line in kept)


def _told(body: list[_Line], settings: CleaningSettings) -> list[_Line]:
    """The lines of a would-be body that tell something: prose or a finished sentence."""
    return [line for line in body if line.prose or _is_sentence(line, settings)]


def _page_above(lines: list[_Line], i: int, body: list[_Line], settings: CleaningSettings) -> list[_Line]:
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
        or not any(line.rule is None and line.letters >= settings.title_letters and _is_fragment(line) for line in between)
    ):
        return []  # (a short article's sentences, no headline between them and the footer, are the article)
    # a summary that the article's first paragraph opens with word for word, the page's meta row under it, is the
    # page's, however close to the line
    summary = without_spaces(prose_below[0].text).startswith(without_spaces("".join(line.text for line in told))) and any(map(_meta_row, between))
    return told if len(between) >= settings.article_gap or summary else []


def _exclaimed_headline(lines: list[_Line], i: int, settings: CleaningSettings) -> bool:
    """Whether a line that reads as a sentence is a headline that exclaims or asks (`又一起!多人滑野冰
    掉入河中 民警冰冷河水中救上5个人!`, `事发上海地铁早高峰!为何突然拉起围挡?`): at most
    `headline_letters` letters, its last mark a `!` or `?`, the page's meta row right under it (a
    date, a byline or the view count: a `meta:`, `dateline`, `byline` or `view-stats` rule's line)
    and prose further down. It is kept whole, as a headline is, not read as two sentences."""
    line = lines[i]
    if line.letters > settings.headline_letters or line.text.rstrip(_CLOSERS)[-1:] not in tuple("!?！？"):
        return False
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or not _meta_row(below):
        return False
    return any(other.prose for other in lines[i + 2 :])


def _meta_row(line: _Line) -> bool:
    """Whether a line is the page's meta row: a date, a byline or the view count (a `meta:`,
    `dateline`, `byline` or `view-stats` rule's line)."""
    return line.rule is not None and (line.rule.action.startswith("meta:") or line.rule.reason in ("dateline", "byline", "view-stats"))


def _below_headline(kept: list[_Line], headings: set[int], settings: CleaningSettings) -> list[_Line]:
    """The kept lines that may be an article's body: not the headline's lines, nor, where no
    headline was found, the first line kept (the page's first, or the first under the menus and
    labels the rules dropped) when it is headline-short with a `!` or `?` inside (`警局发出重要通知!
    这两人…必须要认识!` reads as two sentences: a share bar under it ends no article, nor does a meta
    row with the view count under `又一起!多人滑野冰掉入河中 …救上5个人!`)."""
    body = [line for line in kept if line.start not in headings]
    if not headings and body and body[0].letters <= settings.headline_letters and _EXCLAIMED.search(body[0].text):
        body = body[1:]
    return body


_EXCLAIMED = re.compile(r"[!?！？](?=\s*\S)")  # an exclamation or question inside a line, text after it


def _is_menu(line: _Line) -> bool:
    """Whether a rule took the line as navigation (a menu, a breadcrumb), or it is a breadcrumb's
    separator alone (a breadcrumb broken into lines, `首頁` / `>` / `新聞`)."""
    return line.rule is not None and (line.rule.reason == "navigation" or line.text.strip() in _CRUMB_MARKS)


_CRUMB_MARKS = frozenset((">", "»", "›", "＞", "〉", ">>"))


def _under_last_menu(lines: list[_Line], titles: list[int], body_start: int, lang: str, settings: CleaningSettings) -> list[int]:
    """The headline's lines without those above the last navigation row over the body (a breadcrumb)
    that share no words with the lead, when some are below it: the page's menus above the breadcrumb
    are the site's, the article's header is under it (a menu item the page prints twice had been kept
    as part of the headline); the headline printed above the breadcrumb as well stays."""
    menu = next((i for i in range(body_start - 1, -1, -1) if _is_menu(lines[i])), None)
    if menu is None or not any(i > menu for i in titles):
        return titles
    lead = _lead_bigrams([line for line in lines[body_start:] if line.rule is None], lang, settings)
    return [i for i in titles if i > menu or _shared_share(lines[i].text, lead, lang, settings)]


def _headline_under_menu(lines: list[_Line], body_start: int, lang: str, settings: CleaningSettings) -> int | None:
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
        if not _is_fragment(headline) or _LIST_ITEM.match(headline.text) or sum(ch.isalpha() for ch in headline.text) < settings.title_letters:
            return None  # (a date, `등록일 : 2007.06.01`, is no headline)
        below = [line for line in lines[title + 1 :] if line.rule is None and line.letters >= settings.title_letters]
        if len(below) > 1 and not below[0].prose and _is_fragment(below[0]):
            below = below[1:]  # a deck under the headline
        if not below or not below[0].prose:
            return None
        above = sum(line.letters for line in lines[body_start:menu] if line.rule is None and (line.prose or _is_sentence(line, settings)))
        prose = sum(line.letters for line in below if line.prose)
        lead = _lead_bigrams(below, lang, settings)
        return title if prose > above and _shared_share(headline.text, lead, lang, settings, settings.menu_title_overlap) else None
    return None


def _wrapped_body_start(lines: list[_Line], lang: str, settings: CleaningSettings) -> int | None:
    """Where the longest run of clause lines starts (no rule's, in the article's script, at least
    `fragment_letters` letters each, or shorter under such a line as `_fragment_above` allows), if it
    has at least `wrapped_lines` lines: on a page without a single sentence, the body of copy wrapped
    into short lines."""
    best, best_length, start = None, 0, None
    for i, line in enumerate([*lines, None]):
        clause = line is not None and line.rule is None and _in_language(line, lang, settings) and (
            line.letters >= settings.fragment_letters or (start is not None and _fragment_above(lines, i, settings))
        )
        if clause and start is None:
            start = i
        elif not clause and start is not None:
            if i - start > best_length:
                best, best_length = start, i - start
            start = None
    return best if best_length >= settings.wrapped_lines else None


def clean(text: str, lang: str, settings: CleaningSettings | None = None) -> CleanedText:
    """Keep the headline and body of a scraped article; report every dropped line with its reason."""
    settings = settings or CleaningSettings()
    dropped: list[Dropped] = []
    meta: dict[str, str] = {}
    lines = _lines(text, lang, settings, dropped, meta)
    kept: list[_Line] = []

    def drop(line: _Line, reason: str) -> None:
        dropped.append(Dropped(line.start, line.end, line.text, reason))

    boxed = _summary_boxes(text, lines, settings)  # taken out before the page is read: a summary box is no header, lead or body
    for i in sorted(boxed):
        drop(lines[i], boxed[i])
    lines = [line for i, line in enumerate(lines) if i not in boxed]
    _keep_dated_clauses(lines, lang, settings)
    starts = [i for i, line in enumerate(lines) if line.prose or _is_sentence(line, settings)]
    # the first body-like line in the article's script (or the first at all, on a page with none)
    body_start = next((i for i in starts if _in_language(lines[i], lang, settings)), starts[0] if starts else len(lines))
    body_start = _fragmented_start(lines, body_start, lang, settings)
    # a page with no sentence at all, its copy wrapped into short lines without sentence ends (TV
    # copy): its body is its longest run of clause lines in the article's script
    wrapped = _wrapped_body_start(lines, lang, settings) if not starts else None
    if wrapped is not None:
        body_start = wrapped
    body_start = _wrapped_lead(text, lines, body_start, lang, settings)
    titles = _under_last_menu(lines, _title_lines(lines, body_start, lang, settings), body_start, lang, settings)
    if not titles and body_start < len(lines) and _exclaimed_headline(lines, body_start, settings):
        titles, body_start = [body_start], body_start + 1  # the first line that reads as a sentence is a headline that exclaims, over its meta row
    if not titles and (headline := _headline_under_menu(lines, body_start, lang, settings)) is not None:
        titles, body_start = [headline], headline + 1  # other stories' sentences (a ticker) above the page's menu and the article's headline
    title = titles[0] if titles else None
    headings = {lines[i].start for i in titles}  # the headline's lines, kept whole as sentences
    captions_from = body_start  # photo captions above the credit that opens the article, if any
    if titles:  # captions stand under a headline (chosen against the first caption as its lead): a first line alone over a credit is the headline itself
        body_start = _captions_above_credit(lines, body_start, settings)
    elif (above_credit := _captions_above_credit(lines, body_start, settings)) - body_start >= settings.headless_captions:
        body_start = above_credit  # with no headline, two or more short sentences over the opening credit are captions (a headline ends in no full stop)
    _keep_bulleted_crossheads(lines, body_start, lang, settings)
    seen: set[str] = set()
    prose_after = [False] * len(lines)  # whether a prose line comes later on the page
    for i in range(len(lines) - 2, -1, -1):
        prose_after[i] = prose_after[i + 1] or lines[i + 1].prose
    comparables = [without_spaces(line.text) for line in lines]
    key_points = _key_points(lines, comparables, settings)
    counts = Counter(comparables)
    repeated = {text for text, count in counts.items() if count > 1}
    title_counts = Counter(_title_key(line.text) for line in lines)
    first_at: dict[str, int] = {}  # where each line is printed first
    for i, comparable in enumerate(comparables):
        first_at.setdefault(comparable, i)
    title_key = _title_key(lines[title].text, glued=False) if title is not None else None  # the headline's own words: a copy's glued site name is cut
    in_footer: str | None = None
    listed = _listed_titles(lines)
    for i, line in enumerate(lines):
        rule = line.rule
        if in_footer is not None:
            drop(line, rule.reason if rule else in_footer)
            continue
        if i > body_start and _starts_another_article(lines, i, kept, headings, settings):
            # the appended article's title block and what the page printed between the two articles:
            # the lines kept since the first article's last finished sentence (a title block's worth)
            for _ in range(settings.title_block + 2):
                if not kept or _ends_a_sentence(kept[-1].text) or kept[-1].start in headings:
                    break
                between = kept.pop()
                dropped.append(Dropped(between.start, between.end, between.text, "appended-article"))
            in_footer = "appended-article"
            drop(line, rule.reason if rule else in_footer)
            continue
        if rule is not None and i not in titles:
            if rule.action.startswith("meta:"):
                meta.setdefault(rule.action[5:], line.text)
            if (
                (rule.action == "stop" or _signs_off(line, rule, prose_after[i]))
                and i > body_start
                and not _empty_box(lines, i)
                and _body_above(body := _below_headline(kept, headings, settings), settings)
            ):
                if told := _page_above(lines, i, body, settings):
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
            if i in titles or (titles and i == titles[-1] + 1 and _dashed_deck(line.text)):
                kept.append(line)
                headings.add(line.start)
            elif _copies_title(line.text, title_key, settings):
                drop(line, "duplicate-title")
            else:
                drop(line, "caption" if i >= captions_from else "header")
            continue
        comparable = comparables[i]
        if i > body_start and (i in listed or _teaser_over_date(lines, i)):
            drop(line, "related")  # a list of other articles: each a teaser cut off with an ellipsis, then its date
        elif line.title_labelled:
            drop(line, "page-furniture")  # a repost's closing 原标题: line, the original headline again
        elif (
            i > 0
            and (_IMAGE_LINE.search(lines[i - 1].text) or _under_photo_title(lines, i, comparables, first_at, counts, title_counts, body_start, settings))
            and _is_fragment(line)
            and line.letters <= settings.caption_letters_after_image
            and not _LIST_ITEM.match(line.text)
            and not _introduces(line)
            and not _SPACED_HEAD.fullmatch(line.text.strip())  # a notice's title set letter by letter (`警 情 通 報`), its photo above it
        ):
            # the unfinished line under a photo's file name or placeholder, or under an unfinished
            # line printed again, the headline as each photo's title (`情暖寒冬!…警民接力救援` over `救援現場`)
            drop(line, "caption")
        elif comparable in seen and line.letters >= settings.duplicate_letters:
            drop(line, "duplicate-paragraph")
        elif i in key_points and not any(other.prose for other in kept if other.start not in headings):
            drop(line, "duplicate-paragraph")  # a key-points box over the article, quoting its sentences
        elif (prose_after[i] or (i > body_start and _body_above(kept, settings))) and (_copies_title(line.text, title_key, settings) or _cuts_title_short(line.text, title_key, settings)):
            # the headline again at the top of the body, with `!!`, or under it at the page's end
            # (a flash report's only sentence stays)
            drop(line, "duplicate-title")
        elif _is_teaser(line, lines[i + 1 : i + 1 + settings.teaser_window], settings) or _repeats_earlier(line, kept, settings):
            drop(line, "duplicate-teaser")
        else:
            seen.add(comparable)
            kept.append(line)
    kept = _without_glued_titles(kept, headings, lang, dropped, settings)
    kept = _without_captions_between_title_copies(kept, headings, lang, dropped, settings)
    kept = _trim_trailing(kept, dropped, settings, wrapped_copy=wrapped is not None, page_end=len(text.rstrip()), text=text)
    kept = _without_quoting_captions(kept, headings, repeated, dropped, settings)
    kept = _without_stray_other_language(kept, dropped, settings)
    kept = _without_likely_furniture(text, kept, headings, lang, dropped, settings)
    kept, trimmed = _without_edge_furniture(text, kept, headings, lang, dropped, settings)
    kept = _without_lead_credit(text, kept, headings, lang, dropped, meta, settings)
    kept = _without_contained_copies(kept, headings, dropped, settings)
    kept = _without_stranded_tail(lines, kept, headings, dropped, settings)
    kept = _without_empty_label(kept, headings, dropped, settings)
    kept = _without_item_continuations(text, kept, headings, dropped)
    story = _photo_story(lines, kept, headings, dropped, lang, settings)
    story_starts = {line.start for line in story}  # captions taken back as the article
    kept = sorted(kept + story, key=lambda line: line.start) if story else kept
    paragraphs: list[Paragraph] = []
    body = [line for line in kept if line.start not in headings]
    rejoin = settings.rejoin and lang == "ko" and _hard_wrapped(body, settings)
    spacing = _line_spacing(text, body, settings) if rejoin else 1
    width = _wrap_width(body, settings) if settings.rejoin and lang == "zh" else 0
    for line in kept:
        end = _cut_suffix(text, line.start, line.end, lang, dropped, meta) if line is kept[-1] or line.start in story_starts else line.end
        last = paragraphs[-1] if paragraphs else None
        if rejoin and last is not None and not last.heading and line.start not in headings and _wraps_into(text, last, line, spacing):
            paragraphs[-1] = replace(last, end=end)  # the same sentence, wrapped onto the next line
        elif width and last is not None and last.index > 0 and line.start not in headings and _wraps_at_width(text, last.end, text[last.start : last.end].rsplit("\n", 1)[-1], line, width, settings):
            paragraphs[-1] = replace(last, end=end, heading=False)  # the page's width ended the line, not the writer
        else:
            paragraphs.append(Paragraph(len(paragraphs), line.start, end, line.start in headings))
    for paragraph in paragraphs:
        dropped.extend(_inline_removals(text, paragraph, lang))
    garbled = lang == "zh" and _CORRUPT.search(text) is not None  # once for the page: mojibake elsewhere makes a glued `??` one
    flags = [f for p in paragraphs for f in _flags(text, p, lang, garbled)]
    if not paragraphs and settings.long_line > 0 and len(text) <= settings.reread_chars and len(_SEGMENT_END.findall(text)) >= 2:
        # nothing kept: a short article on one line, whose copyright sentence took the whole line
        # with it, is read again with every line cut at every sentence end; that reading stands if
        # it finds an article paragraph (a footer of short notices is still nothing; one notice of
        # article length that no rule names is read as the article, as it would be on its own line)
        again = clean(text, lang, replace(settings, long_line=0, segment_chars=0))
        prose = settings.reread_prose * _prose_letters(lang, settings)
        if any(not p.heading and count_letters(_view(text[p.start : p.end], lang)) >= prose for p in again.paragraphs):
            return again
    if title is not None:
        meta.setdefault("title", trimmed.get(lines[title].start, lines[title]).text)  # without a label cut off its edge
    dropped.sort(key=lambda d: (d.start, d.end))
    return CleanedText(text, tuple(paragraphs), tuple(dropped), tuple(flags), Metadata(**meta))


_SEPARATOR_STARS = ("***", "＊＊＊", "※※※")


def _cut_off(text: str) -> bool:
    """A teaser the site cut off: it ends in `...` or one `…` (a writer's `……` trails off on purpose)."""
    text = text.rstrip()
    return text.endswith("...") or (text.endswith("…") and not text.endswith("……"))


def _starts_another_article(lines: list[_Line], i: int, kept: list[_Line], headings: set[int], settings: CleaningSettings) -> bool:
    """A second, unrelated article appended below the first: a title with a run of stars after it
    (`标题******`) after `appended_after_stars` prose paragraphs; after `appended_after_prose`, one
    with stars before it (`******标题`), or a lead opening with a wire or paper credit of its own,
    one that dates or places the report (`(本报古晋29日讯)…`, `新华社北京9月24日电`, `[서울=뉴시스]…`:
    never a label such as `【网警提醒】`), right under a title line (at least `title_letters`
    letters, no sentence end, no list item, no rule's; only datelines, bylines and source credits
    between them). Not the page's own English version of the article under it, its title and lead in
    Latin letters only: a bilingual page's, which `_without_stray_other_language` weighs."""
    line = lines[i]
    starred = (line.starred or line.text.startswith(_SEPARATOR_STARS)) and count_letters(line.text) >= settings.title_letters
    if not starred and not (kept and _LEAD_CREDIT.search(line.credit)):
        return False
    # counted only for the rare candidate line, and only as far as needed: a page's lines never
    # cost a pass over all the lines kept before them
    prose = (earlier for earlier in kept if earlier.prose)
    needed = settings.appended_after_stars if line.starred else settings.appended_after_prose
    if sum(1 for _ in itertools.islice(prose, needed)) < needed:
        return False
    if starred:
        return True
    title = kept[-1]
    if title.start in headings or not _is_fragment(title) or title.letters < settings.title_letters or _LIST_ITEM.match(title.text) or _introduces(title):
        return False
    if _other_language(title, settings) and _other_language(line, settings):
        return False  # the page's own version of the article in English, its headline and reporter's credit again (`[Reporter … = …]`): the article's text
    above = next((k for k in range(i - 1, -1, -1) if lines[k].start == title.start), None)
    between = [lines[k].rule for k in range(above + 1, i)] if above is not None else [None]
    return all(rule is not None and rule.reason in ("dateline", "byline", "source") for rule in between)


# a credit that dates or places a report: 讯/电 (本报讯, 新华社…电), a day (29日), an agency's `=` ([서울=뉴시스])
_LEAD_CREDIT = re.compile(r"[讯訊电電]|\d{1,2}\s*日|[^=\s]\s*=\s*[^=\s]")


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


def _hard_wrapped(body: list[_Line], settings: CleaningSettings) -> bool:
    """Whether the kept body is copy wrapped at clause boundaries (a broadcaster's script, a post
    written a clause per line): at least `rejoined_lines` lines, `rejoined_open_share` of them ending
    in mid-sentence (`body`: the kept lines but the headline's)."""
    open_lines = sum(1 for line in body if not _ends_a_sentence(line.text.rstrip()))
    return len(body) >= settings.rejoined_lines and open_lines >= settings.rejoined_open_share * len(body)


def _columns(text: str) -> int:
    """How wide a line is in a fixed-width font: a wide (CJK) character two columns, others one."""
    return len(text) + sum(1 for char in text if east_asian_width(char) in "WF")


def _wrap_width(body: list[_Line], settings: CleaningSettings) -> int:
    """The width in columns at which Chinese copy is hard-wrapped (a board post, a mail, a text
    file): the width, give or take `wrap_slack`, of at least `rejoined_lines` body lines at least
    `wrap_columns` wide that end in mid-sentence, the largest such group, when no body line is wider;
    0 when the page is not wrapped."""
    widths = Counter(width for line in body if not _ends_a_sentence(line.text) and (width := _columns(line.text)) >= settings.wrap_columns)
    best, width = 0, 0
    for candidate in widths:
        near = sum(count for other, count in widths.items() if abs(other - candidate) <= settings.wrap_slack)
        if (near, candidate) > (best, width):
            best, width = near, candidate
    if best < settings.rejoined_lines or any(_columns(line.text) > width + settings.wrap_slack for line in body):
        return 0  # copy wrapped at a width prints no line wider than it (numbered crossheads, a table, slogans do)
    return width


def _wraps_at_width(text: str, end: int, last: str, line: _Line, width: int, settings: CleaningSettings) -> bool:
    """Whether the text ending at `end`, whose last line is `last`, runs on into `line` the way copy
    wrapped at `width` columns does: its last line reaches the width (so that the width, not the
    writer, ended it), ending in a Chinese character or a digit; `line` follows on the next line,
    starts with one, and is no list item."""
    between = text[end : line.start]
    return (
        not between.strip()
        and between.count("\n") == 1
        and _columns(last) >= width - settings.wrap_slack
        and _WRAPPED_EDGE.match(last[-1:]) is not None
        and _WRAPPED_EDGE.match(line.text) is not None
        and not _BULLETED.match(line.text)
    )


_WRAPPED_EDGE = re.compile(f"[{HAN}0-9，、“”「」（）《》]")  # what a wrapped Chinese line ends in and its next line starts with


def _wrapped_lead(text: str, lines: list[_Line], body_start: int, lang: str, settings: CleaningSettings) -> int:
    """Where the body starts on wrapped copy: above its first sentence-like line, the lines that run
    on into it are the article's first lines, not header. In Chinese copy wrapped at a fixed width,
    the full lines; in Korean, the lines that end on a particle, a connective ending or a comma
    (`□ 화순경찰서(총경 정경채)는` / `지난 17일 … 골동품(은제불상 4점 등)과` / `… 검거하여` / `특수절도 혐의로
    구속했다.`), one line break apart, as `_wraps_into` joins them; never the page's first line of words."""
    if not settings.rejoin:
        return body_start
    if lang == "ko":
        start = body_start
        headline = next((i for i, line in enumerate(lines) if line.rule is None), len(lines))  # the page's first line of words
        while (
            0 < start < len(lines)
            and lines[start - 1].rule is None
            # a release's lead may open on a bullet (`□ 화순경찰서…는`); a bullet below opens a paragraph
            and _wraps_into(text, lines[start - 1], lines[start], bulleted_upper=True)
            and start - 1 > headline  # never the headline: its last noun can end on such a syllable (`… 홍보 나서`, `… 교통사고`)
        ):
            start -= 1
        return start
    if lang != "zh":
        return body_start
    lead = [line for line in lines[body_start : body_start + settings.lead_lines] if line.rule is None]
    width = _wrap_width(lead, settings)
    start = body_start
    while width and 0 < start < len(lines) and lines[start - 1].rule is None and _wraps_at_width(text, lines[start - 1].end, lines[start - 1].text, lines[start], width, settings):
        start -= 1
    return start


def _line_spacing(text: str, body: list[_Line], settings: CleaningSettings) -> int:
    """2 when the page puts a blank line after nearly every line of its body and its lines are
    clauses (at most `spaced_clause_letters` letters on average): a blank line then says nothing;
    else 1."""
    gaps = [text[a.end : b.start].count("\n") for a, b in zip(body, body[1:])]
    clauses = sum(line.letters for line in body) <= settings.spaced_clause_letters * len(body)
    return 2 if gaps and clauses and sum(gap == 2 for gap in gaps) >= 0.8 * len(gaps) else 1


def _wraps_into(text: str, upper: Paragraph | _Line, line: _Line, spacing: int = 1, *, bulleted_upper: bool = False) -> bool:
    """Whether `line` goes on the Korean sentence `upper` (a paragraph or a line) leaves open:
    nothing but the page's line spacing between them (one line break; two where the page puts a
    blank line after every line), no dropped line and no credit cut off the lower line between
    them (`(베이징=뉴스1) 정은지 특파원 =`), neither of them a list item (the upper one may be, with
    `bulleted_upper`), `upper` ending in a comma, a particle or a connective ending
    (`…에 따르면`, `…발생했는데`, `…출동해`): a deck or subheading ending in a noun (`…혐의 입증
    주력`, `경찰의 당부`) stands alone."""
    ending = text[upper.start : upper.end].rstrip()
    between = text[upper.end : line.start]
    return (
        not between.strip()
        and 1 <= between.count("\n") <= spacing
        and ending[-1:] in _GOES_ON
        and (bulleted_upper or not _BULLETED.match(ending))
        and not _BULLETED.match(line.text)
    )


# Korean syllables a wrapped line ends on in mid-sentence: particles, connective and adnominal endings
_GOES_ON = frozenset("은는이가을를의에와과도로만께서고며면나랑해돼데지게니여켜워려쳐져혀겨한된던할될운인및등시쯤,，")


def _teaser_over_date(lines: list[_Line], i: int) -> bool:
    """A teaser the site cut off with an ellipsis (`…는 화재경보기...`) right above a date line: an
    entry of a list of other articles, however much it reads as prose."""
    return _over_date(lines, i) and _cut_off(lines[i].text)


def _listed_titles(lines: list[_Line]) -> set[int]:
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


def _titled(lines: list[_Line], i: int) -> bool:
    """Line `i` is a title over its date line: no sentence end, no rule's, a date line under it."""
    return _over_date(lines, i) and not _ends_a_sentence(lines[i].text)


def _over_date(lines: list[_Line], i: int) -> bool:
    """Whether line `i` is a line of no rule's right above a date line (a rule's `dateline`)."""
    return 0 <= i < len(lines) - 1 and lines[i].rule is None and _is_date_line(lines[i + 1])


def _is_date_line(line: _Line) -> bool:
    return line.rule is not None and line.rule.reason == "dateline"


_ARTICLE_LAYOUT = ("caption", "byline", "dateline")  # what an article itself sets between its paragraphs


_ITEM_MARK = re.compile(r"[ \t\u3000\u00a0]*([•·▪◦●■□◆◇▶►※*-])[ \t\u3000\u00a0]+")  # a bulleted item's mark and the space after it
_INDENT = " \t\u3000\u00a0"


def _indent_of(raw: str) -> int:
    """How many white-space characters a raw line of text starts with (none for a blank line)."""
    return len(raw) - len(raw.lstrip(_INDENT)) if raw.strip(_INDENT) else 0


def _without_item_continuations(text: str, kept: list[_Line], headings: set[int], dropped: list[Dropped]) -> list[_Line]:
    """Lines wrapped under a dropped bulleted item of a list, indented to the item's text (a hanging
    indent: `  • 경찰관의 … 게재하는 공간입니다.` / `    따뜻하고 … 삭제됩니다.` / `  • 개인 정보 …`), are the
    rest of that item and go with it, for its reason. The item must be dropped whole and be one of a
    list: another item with the same mark at the same indent right above it or right after its
    wrapped lines (a lone `· 相关新闻：…` over paragraphs indented as wide is no list)."""
    by_start = {d.start: d for d in dropped}
    kept_starts = sorted(line.start for line in kept)
    continued: dict[int, Dropped] = {}  # the raw line start of each wrapped line dropped here -> its item's drop

    def raw_line(start: int) -> str:
        end = text.find("\n", start)
        return text[start : end if end >= 0 else len(text)].rstrip("\r")

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

    out: list[_Line] = []
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


def _without_stranded_tail(lines: list[_Line], kept: list[_Line], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[_Line]:
    """The article's last kept line when it is short (`stranded_letters`), unfinished and alone: the
    line above it and one below it were dropped (a headline of a related list, a slogan, a label the
    rules and the line model left when they took its neighbours: `外賣哥機車不見緊張萬分 警方協助找到謀生的愛車`
    between two dropped teasers); lines here are the pieces `_segments` cuts a page line into. Not
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
    if not _is_fragment(last) or last.letters > settings.stranded_letters or _introduces(last) or _LIST_ITEM.match(last.text):
        return kept
    dropped.append(Dropped(last.start, last.end, last.text, "page-furniture"))
    return kept[:-1]


_EMPTY_LABEL = re.compile(r"\S+(?:\s\S+)?\s+[:：]")  # a form's field label, its colon set off by a space: `참조 :`, `Source :`


def _without_empty_label(kept: list[_Line], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[_Line]:
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


def _introduces(line: _Line) -> bool:
    """A line that introduces what follows (`警方提醒以下几点：`, `執勤方式:`)."""
    return line.text.rstrip()[-1:] in ":："


def _empty_box(lines: list[_Line], i: int) -> bool:
    """A related-articles header whose box the page did not keep (`관련기사` between two body
    paragraphs): the next line is a prose sentence again, not the list, so the article goes on.
    A teaser cut off with an ellipsis (`…服务点。...`) is the list's first item, not the article."""
    rule = lines[i].rule
    if rule is None or rule.reason != "related":
        return False
    following = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].rule is None), None)
    return following is not None and following.prose and _ends_a_sentence(following.text) and not _cut_off(following.text)


def _without_quoting_captions(kept: list[_Line], headings: set[int], repeated: set[str], dropped: list[Dropped], settings: CleaningSettings) -> list[_Line]:
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
            and _is_fragment(line)
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
# an English slogan or quote a report prints on a line of its own: in quotation marks, or exclaimed
_LATIN_QUOTED = re.compile(r"^[\"“「『‘'].*|.*[!！]$")


def _other_language(line: _Line, settings: CleaningSettings) -> bool:
    """A line in Latin letters only (`Chinese students in Australia have been coerced …`): no Hangul,
    no Han, and at least `other_language_letters` Latin letters."""
    return count_scripts(line.text) == (0, 0) and len(LATIN_LETTER.findall(line.text)) >= settings.other_language_letters


def _latin_prose(text: str) -> bool:
    """An English sentence (`Police arrested a man today.`), not a credit (`Photo by Kim.`)."""
    return bool(_LATIN_PROSE.match(text.strip())) and not _LATIN_CREDIT.match(text.strip())


def _without_stray_other_language(kept: list[_Line], dropped: list[Dropped], settings: CleaningSettings) -> list[_Line]:
    """A line in another language alone among the article's lines (an English photo caption in a
    Chinese report) is not the article's text. A run of such lines is (a bilingual police notice
    prints its English version below the Chinese one), and so is every English paragraph of a page
    whose English prose is at least `bilingual_share` of its lines (a notice alternating Chinese and
    English paragraphs), a line the line before introduces (`…齐声高喊反诈口号：`) and the first line
    (a headline), and so is a short line in quotation marks or ending in `!` (a slogan). An English
    quote of `other_language_quote_letters` letters or more after a lead-in that ends in a full stop is
    still taken, and so is a run that is a caption and its credit (no sentence among its lines, and a
    `Source:` or `Photo by` line)."""
    foreign = [_other_language(line, settings) for line in kept]
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
        if not is_other or run[0] == 0 or _introduces(kept[run[0] - 1]):
            continue  # the first line and a run the line before introduces stay
        texts = [kept[k].text.strip() for k in run]
        if len(run) == 1:
            taken = not (_LATIN_QUOTED.match(texts[0]) and len(LATIN_LETTER.findall(texts[0])) < settings.other_language_quote_letters)  # a slogan stays
        else:
            # a run is a version in that language (a notice's, a list's) unless it is a caption and its
            # credit (`Scam calls` / `Source: Pexels`): no sentence among its lines and a credit
            taken = not any(prose[k] for k in run) and any(_LATIN_SOURCE.match(text) or _LATIN_CREDIT.match(text) for text in texts)
        if taken:
            stray.update(kept[k].start for k in run)
    dropped.extend(Dropped(line.start, line.end, line.text, "other-language") for line in kept if line.start in stray)
    return [line for line in kept if line.start not in stray]


def _without_likely_furniture(text: str, kept: list[_Line], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings) -> list[_Line]:
    """Short lines the rules kept that the line model, trained on the developed pages' body lines and
    boilerplate, finds likely furniture: the captions, labels and widgets of sites no rule was written
    from. Not asked (of the lines below the headline): a finished sentence between two other finished ones, a line
    that introduces what follows (`執勤方式:`), the rest of
    a sentence in Chinese copy wrapped at a fixed width (`_wraps_at_width`). A list item (`2. 发票`, the
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
    fragmented = _mostly_fragments(body, settings)
    if fragmented:
        if settings.line_model_fragmented_threshold >= 1.0:
            return kept
        threshold = max(settings.line_model_fragmented_threshold, threshold)
        announced_threshold = max(settings.line_model_fragmented_threshold, announced_threshold)
        headline_threshold = max(settings.line_model_fragmented_threshold, headline_threshold)
    model = line_model()
    inside = {  # a short line of the article's own between two others: a finished sentence between two
        # finished ones (谢谢！谢谢！), a bracketed or letter-spaced crosshead between two paragraphs of prose
        # (【案情回顾】, `通  告`)
        line.start
        for before, line, after in zip(kept, kept[1:], kept[2:])
        if all(_ends_a_sentence(other.text) for other in (before, line, after))
        or (before.prose and after.prose and (_BRACKETED_HEAD.fullmatch(line.text.strip()) or _SPACED_HEAD.fullmatch(line.text.strip())))
    }
    inside |= _numbered_series(body, settings)  # the article's numbered crossheads (锦旗一 … 锦旗四), however short
    inside |= _parallel_crossheads(body, settings)  # …and its crossheads of one form (送去一堂法治课 … 送一本小册子 … 送去一项制度)
    # the speaker of a quotation set off on its own line by a dash under it (`“…행동해야 한다.”` / `— 박찬대 의원`)
    inside |= {line.start for before, line in zip(kept, kept[1:]) if before.text.rstrip()[-1:] in _CLOSING_QUOTES and _QUOTE_SPEAKER.fullmatch(line.text.strip())}
    # what a clause of the article announces with a colon (`民警带领群众齐声高喊反诈口号：` / a slogan, a quote) is
    # furniture only to a surer model (a widget after it, `返回顶部`, still goes)
    announced = {line.start for before, line in zip(body, body[1:]) if _introduces(before) and before.letters >= _prose_letters(lang, settings)}
    width = _wrap_width(body, settings) if lang == "zh" and settings.rejoin else 0
    if width:  # Chinese copy wrapped at a fixed width: the rest of a sentence a full line left open (`…引发全` / `世界关注。…`)
        inside |= {
            line.start
            for before, line in zip(kept[1:], kept[2:])  # not after the headline: a title is no wrapped line
            if _wraps_at_width(text, before.end, before.text, line, width, settings)
        }
    list_threshold = settings.line_model_list_threshold if settings.line_model_list_threshold < 1.0 else float("inf")  # 1.0: not asked
    gallery = set() if fragmented else _gallery_lines(body, settings)  # a page of clause lines has no gallery between paragraphs

    def body_threshold(line: _Line) -> float:
        """How likely furniture the model must find a body line: a list item's bound, and over it the
        bound of a line a clause announces, of a gallery's caption, or of any line."""
        if line.start in announced:
            own = announced_threshold
        elif line.start in gallery:
            own = min(settings.line_model_gallery_threshold, threshold)
        else:
            own = threshold
        return max(list_threshold if _LIST_ITEM.match(line.text) else 0.0, own)

    block = [line for line in kept if line.start in headings]
    odds = {line.start: model.probability(line.text) for line in block}
    # the headline proper: the block's line most in the lead's words, whatever the model says (a
    # sub-headline or a kicker may be less like furniture to it); where none shares them, the line the
    # model finds least likely furniture, asked at `line_model_title_threshold`
    lead = _lead_bigrams(body, lang, settings)
    sharing = [(_shared_share(line.text, lead, lang, settings), line) for line in block] if len(lead) >= _LEAD_BIGRAMS else []
    best = max(sharing, key=lambda pair: pair[0], default=(0.0, None))
    proper = best[1] if best[0] > 0 else min(block, key=lambda line: odds[line.start], default=None)
    in_words = {line.start for share, line in sharing if share >= settings.line_model_headline_share}
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
        and not _introduces(line)
        and model.probability(_own_text(line, lang) if line is kept[-1] else line.text) >= body_threshold(line)
    }
    if not furniture or all(line.start in furniture or line.start in headings for line in kept):
        return kept
    dropped.extend(Dropped(line.start, line.end, line.text, "line-model") for line in kept if line.start in furniture)
    return [line for line in kept if line.start not in furniture]


_QUOTE_SPEAKER = re.compile(r"(?:—{1,2}|–|―{1,2}|--)\s*[^\s—–―\-][^\n]{0,30}")  # a dash, then who said it
_SERIES_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十①-⑳]+")


def _numbered_series(body: list[_Line], settings: CleaningSettings) -> set[int]:
    """Short lines that number a series of the article's own parts (`锦旗一` … `锦旗四`, `案例1` … `案例3`,
    `사례 1` …): at least `series_lines` lines of at most `line_model_letters` letters that differ only in
    their number, each number another, with words of their own around it (at least two letters that are not
    a photo's, a video's, an ad's or a page's: `图片1`, `视频2`, `第1页` are none), and prose between any two of them (each heads a part;
    a gallery's numbered captions, `澎湃新闻微博1` / `澎湃新闻微博2`, run together). A page's furniture does
    not number itself so."""
    groups: dict[str, list[tuple[_Line, str]]] = {}  # the lines of each stem, each with the number it bears
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


def _unfinished_short(line: _Line, settings: CleaningSettings) -> bool:
    """A line no rule took, no prose, without a sentence's end mark and of at most `line_model_letters`
    letters: what stands between paragraphs as a crosshead or a gallery's caption."""
    return line.rule is None and not line.prose and not _ends_with_a_mark(line.text) and line.letters <= settings.line_model_letters


def _parallel_crossheads(body: list[_Line], settings: CleaningSettings) -> set[int]:
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


def _gallery_lines(body: list[_Line], settings: CleaningSettings) -> set[int]:
    """The lines of runs of at least `gallery_lines` unfinished short lines (no rule's, no sentence
    end, at most `line_model_letters` letters) with a prose paragraph right above and right below
    the run: a gallery's captions printed between two paragraphs (`民警赴山东抓获一名…嫌疑人` /
    `民警赴新疆乌苏抓获…`), asked at `line_model_gallery_threshold`. A crosshead stands alone; a run
    of a list's items (`_parallel`) is a list the article makes, no gallery."""
    found: set[int] = set()
    run: list[_Line] = []
    for i, line in enumerate(body):
        if _unfinished_short(line, settings):
            run.append(line)
            continue
        if len(run) >= settings.gallery_lines and line.prose and i - len(run) - 1 >= 0 and body[i - len(run) - 1].prose and not _parallel(run):
            found |= {other.start for other in run}
        run = []
    return found


def _parallel(run: list[_Line]) -> bool:
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
    if all(_BULLETED.match(text) or _ENUMERATED.match(text) for text in texts):
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


def _short_title_printed_twice(lines: list[_Line], body_start: int, lead: set[str], lang: str, settings: CleaningSettings) -> int | None:
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
        and _in_language(first, lang, settings)
        and not _LABEL_MARKS.search(first.text)
        and not _mostly_digits(first.text)
        and len(lead) >= _LEAD_BIGRAMS
        and _shared_share(first.text, lead, lang, settings)
        and without_spaces(first.text) not in lead_text
    ):
        return body_start - 2
    return None


_LABEL_MARKS = re.compile(r"[|｜/>»›]|\s[-–—]\s")  # a breadcrumb's, a section's or a site's label (사회/사건사고, 警务动态 | 平安朝阳)
_ENUMERATED = re.compile(r"[一二三四五六七八九十]{1,2}是|[가나다라마바사아자차카타파하][.)]\s|(?:첫|둘|셋|넷|다섯)째")
_NUMERALS = set("一二三四五六七八九十0123456789０１２３４５６７８９")


def _mostly_fragments(body: Sequence[_Line], settings: CleaningSettings) -> bool:
    """Whether a page breaks its clauses onto lines of their own: most of its body lines are clause
    fragments (counted over the whole body, not its first lines as `_fragmented_start` does)."""
    fragments = sum(map(_is_fragment, body))
    return fragments >= settings.fragment_lines and 2 * fragments > len(body)


class _EdgePiece(NamedTuple):
    """A piece of a line (offsets in the line's text) that may be a label glued to its edge."""

    start: int
    end: int
    at_start: bool


_LABEL_BRACKETS = {"【": "】", "〖": "〗", "[": "]", "［": "］", "〔": "〕"}  # a label before a line is bracketed so (`[乡镇传真] …`)
_END_BRACKETS = {"】": "【", "〗": "〖", "]": "[", "］": "［", "〕": "〔", ")": "(", "）": "（", ">": "<", "》": "《"}  # closer -> opener, a label after a line
_HEAVY_BRACKETS = "【〖"  # these set a label apart even glued to the word before it (`…脫困【影音新聞】`); others must follow a space (not `逃犯(图)`, `來(lái)`)
_EDGE_BAR = re.compile(r"[|｜丨]")  # a site's name or a section after a bar (`… | 匯流新聞網`)
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
    closer = _LABEL_BRACKETS.get(text[:1])
    if closer:
        close = text.find(closer, 1, reach)
        if close > 0 and not _EDGE_NUMBER.fullmatch(text[1:close]):
            pieces.append(_EdgePiece(0, close + 1, True))
    opener = _END_BRACKETS.get(text[-1:])
    if opener:
        open_ = text.rfind(opener, max(0, len(text) - reach), len(text) - 1)
        if open_ > 0 and (opener in _HEAVY_BRACKETS or text[open_ - 1].isspace()):
            pieces.append(_EdgePiece(open_, len(text), False))
    bars = [match.start() for match in _EDGE_BAR.finditer(text, max(0, len(text) - reach))]
    if bars and bars[-1] < len(text) - 1:
        pieces.append(_EdgePiece(bars[-1], len(text), False))
    if heading and (site := _HEADLINE_SITE_SUFFIX.search(text, max(0, len(text) - reach))):
        pieces.append(_EdgePiece(site.start(), len(text), False))
    cut = _after_last_sentence(text, max(0, len(text) - reach - 1), len(text), in_url=False)  # an earlier one leaves a longer tail than a label
    if cut is not None and cut >= len(text) - reach and text[cut:].strip(_CLOSERS + "".join(_END_BRACKETS) + _SPACE):
        pieces.append(_EdgePiece(cut, len(text), False))
    return pieces


def _column_label(piece: str, line: _Line, headings: set[int], lang: str) -> bool:
    """Whether `piece`, glued to a Chinese headline (before it, the caller asks), is a label in square
    or lenticular brackets (`【阳光下的守护】“青春联盟”…`, `[乡镇传真] 闯火场…`): a column's or series'
    name, read at `line_model_heading_label_threshold`."""
    return lang == "zh" and line.start in headings and piece[:1] in "【[［〖" and piece[-1:] in "】]］〗"


def _without_edge_furniture(
    text: str, kept: list[_Line], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings
) -> tuple[list[_Line], dict[int, _Line]]:
    """The kept lines with a label the page glued to an edge cut off (`[乡镇传真] 闯火场救群众…`,
    `…安裝 | 匯流新聞網`, `…办理中。②`), and the lines trimmed so, by their old start. A piece of
    `_edge_pieces` goes when it has at most `line_model_edge_letters` letters, the line model finds
    it at least `line_model_edge_threshold` likely furniture and the line keeps
    `line_model_edge_rest_letters` (a short line is judged whole, by `_without_likely_furniture`,
    which runs first: a caption's label is no reason to keep the caption). At the end, the widest
    such piece. Not a piece that recurs at an edge of another kept line (a list's marks, a page's
    structure rather than a label glued to one line), nor the end of the last line where
    `_cut_suffix` takes a byline or source for the metadata (`…。(毛秀中)`). On a page written a
    clause per line, the threshold is raised to `line_model_fragmented_threshold` (1.0: not asked
    there). A column's name in brackets before a Chinese headline (`【暖心警事】衡阳…`, `_column_label`)
    goes at `line_model_heading_label_threshold` instead (raised likewise on such a page). A trimmed
    headline keeps its place among the headings. 0.98, 12 and 8 by
    `scripts/train_line_model.py --cross-validate 0.1 --setting line_model_edge_threshold
    --thresholds 0.95,0.98,1` on 1,055 developed pages: 297 -> 290 snippets kept for 122 -> 125
    body lines lost at 0.98, 286 for 128 at 0.95."""
    threshold = settings.line_model_edge_threshold
    column_threshold = settings.line_model_heading_label_threshold  # a column's name before a headline (`_column_label`)
    if settings.line_model_threshold >= 1.0 or threshold >= 1.0:
        return kept, {}
    if _mostly_fragments([line for line in kept if line.start not in headings], settings):
        if settings.line_model_fragmented_threshold >= 1.0:
            return kept, {}
        threshold = max(threshold, settings.line_model_fragmented_threshold)
        column_threshold = max(column_threshold, threshold)
    model = line_model()
    reach = 2 * settings.line_model_edge_letters
    found = [(line, _edge_pieces(line.text, reach, line.start in headings)) for line in kept]
    texts = Counter(own for line, pieces in found for own in {line.text[a:b].strip() for a, b, _ in pieces})
    recurring = {own for own, count in texts.items() if count > 1}

    def label(line: _Line, piece: _EdgePiece, rest: str) -> bool:
        own = line.text[piece.start : piece.end].strip()
        return (
            own not in recurring
            and count_letters(own) <= settings.line_model_edge_letters
            and count_letters(rest) >= settings.line_model_edge_rest_letters
            and model.probability(own) >= (column_threshold if piece.at_start and _column_label(own, line, headings, lang) else threshold)
        )

    result: list[_Line] = []
    trimmed: dict[int, _Line] = {}
    for line, pieces in found:
        start, end = 0, len(line.text)
        head = next((piece for piece in pieces if piece.at_start and label(line, piece, line.text[piece.end :])), None)
        if head is not None:
            start = _past_space(line.text, head.end)
        own_end = len(_own_text(line, lang)) if line is kept[-1] else end
        tails = sorted((piece for piece in pieces if not piece.at_start and piece.end <= own_end), key=lambda piece: piece.start)
        tail = next((piece for piece in tails if piece.start > start and label(line, piece, line.text[start : piece.start])), None)
        if tail is not None:
            end = _before_space(line.text, tail.start)
        if (start, end) == (0, len(line.text)):
            result.append(line)
            continue
        if start:
            dropped.append(Dropped(line.start, line.start + start, line.text[:start], "line-model"))
        if end < len(line.text):
            dropped.append(Dropped(line.start + end, line.end, line.text[end:], "line-model"))
        trimmed[line.start] = _trimmed(line, start, end, lang, settings)
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
    f"(?:{_REPORTER}|通讯员|通訊員|摄影|攝影|编辑|編輯|撰文)(?![站會会节節证證团團])|[文图圖](?=\\s*[/／、])|(?:기자|특파원|통신원)(?![가-힣])"
    "|(?<![审審侦偵问問传傳资資])[讯訊](?![录錄息])|(?<=[日社网網台臺])[电電]$"
)
_LEAD_CREDIT_MARK = re.compile(_LEAD_CREDIT_ROLE)
_LEAD_CREDIT_NAMES = re.compile(f"(?:{_LEAD_CREDIT_ROLE})|[\\W_\\d]")  # what is left of a credit without them names someone
_ATTRIBUTION = re.compile(r"^\W*[据據]")
_LEAD_TIME = re.compile(r"[)）\]】〕]?\s*(?:本月|上月|今年|去年|今天|今日|昨天|昨日|前天|日前|近日|当天|當天|当晚|當晚|\d{1,2}\s*[月日号號]|[一二三四五六七八九十]{1,3}\s*月)")  # a lead's opening time


def _without_lead_credit(
    text: str, kept: list[_Line], headings: set[int], lang: str, dropped: list[Dropped], meta: dict[str, str], settings: CleaningSettings
) -> list[_Line]:
    """The kept lines with a credit the `prefixes.tsv` rows do not know cut off the lead, the first
    kept line below the headline (`晋江新闻网讯 记者 王某 通讯员 李某 近日…`, `【某某新聞/台北報導】…`):
    where the credit model (`linemodel.CreditModel`) finds one ending at `credit_model_threshold` at
    least that names a role or a dispatch (`_LEAD_CREDIT_MARK`) beside a name or an outlet and
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
        named = len(_LEAD_CREDIT_NAMES.sub("", own)) >= 2
        dispatch = max(own.rfind(mark) for mark in "讯訊电電")  # a dispatch's credit ends the credit: the lead's own date after it is the lead's (`(布先20日讯)本月21日(星期五)下午…`)
        dated = dispatch >= 0 and _LEAD_TIME.match(own, dispatch + 1) is not None
        return (not after_row or head[-1] in CREDIT_END_MARKS) and named and not dated and _LEAD_CREDIT_MARK.search(own) is not None and not _ATTRIBUTION.match(head)

    found = credit_model().best_cut(line.text, admits)
    if found is None or found[1] < threshold:
        return kept
    start = _past_space(line.text, found[0])
    dropped.append(Dropped(line.start, line.start + start, line.text[:start], "prefix"))
    meta.setdefault("source", line.text[: found[0]].strip())
    return [*kept[:lead], _trimmed(line, start, len(line.text), lang, settings), *kept[lead + 1 :]]


def _trimmed(line: _Line, start: int, end: int, lang: str, settings: CleaningSettings) -> _Line:
    """`line` cut to its text[start:end] (offsets in the line), its letters and prose test redone."""
    body = line.text[start:end]
    view = _view(body, lang)
    letters = count_letters(view)
    return replace(line, start=line.start + start, end=line.start + end, text=body, letters=letters, prose=_is_prose(view, letters, lang, settings))


_TITLE_SANDWICH = 3  # lines at most between a headline and its copy below that are its photo's captions


def _without_captions_between_title_copies(kept: list[_Line], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings) -> list[_Line]:
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
    if any(line.letters > settings.caption_credit_letters or _sentence_ends(line.text) > 1 or line.prose or line.title_labelled or _BULLETED.match(line.text) for line in between):
        return kept
    if len(between) == 1 and not _ends_with_a_mark(between[0].text):
        return kept  # one unfinished line there is as likely the headline's deck (`破获刑事案件1200余起`)
    for line in between:
        dropped.append(Dropped(line.start, line.end, line.text, "caption"))
        headings.discard(line.start)
    taken = {line.start for line in between}
    return [line for line in kept if line.start not in taken]


def _without_glued_titles(kept: list[_Line], headings: set[int], lang: str, dropped: list[Dropped], settings: CleaningSettings) -> list[_Line]:
    """The body lines with a copy of a headline line glued before their own text cut off (dropped as
    `duplicate-title`; `_title_copy_end` says where a copy ends), when `glued_title_rest_letters` of
    the line remain (a shorter rest keeps the line whole)."""
    titles = [line.text for line in kept if line.start in headings]
    if not titles:
        return kept
    result = []
    for line in kept:
        end = 0 if line.start in headings else max(_title_copy_end(line.text, title, settings) for title in titles)
        start = _past_space(line.text, end)
        if not end or count_letters(line.text[start:]) < settings.glued_title_rest_letters:
            result.append(line)
            continue
        dropped.append(Dropped(line.start, line.start + start, line.text[:start], "duplicate-title"))
        result.append(_trimmed(line, start, len(line.text), lang, settings))
    return result


def _without_contained_copies(kept: list[_Line], headings: set[int], dropped: list[Dropped], settings: CleaningSettings) -> list[_Line]:
    """The kept lines without the body lines whose letters and digits open a longer prose line: a
    summary over the article that repeats its first paragraph's opening (developed pages 1079 and
    806), a teaser cut short under the paragraph it repeats. Each goes as `duplicate-paragraph`; its words stay in the
    longer line, which the furniture steps before this one have kept (a prose line: not a photo's
    file name that repeats a headline, page 698). Only lines of `duplicate_letters` letters and more
    are compared (short phrases recur in any article), and no list item (a point of a key-points box
    that has points of its own, `_key_points`); a sentence that a later quote repeats inside its own
    words stays (`경찰 관계자는 "가족이라도 …"며`)."""
    body = [line for line in kept if line.start not in headings]
    letters = {line.start: _alphanumerics(line.text) for line in body}
    holders = sorted(letters[line.start] for line in body if line.prose)
    gone = set()
    for line in body:
        key = letters[line.start]
        if len(key) < settings.duplicate_letters or _LIST_ITEM.match(line.text):
            continue
        after = bisect.bisect_right(holders, key)  # the lines that start with key and go on sort right after it
        if after < len(holders) and holders[after].startswith(key):
            gone.add(line.start)
    if not gone:
        return kept
    dropped.extend(Dropped(line.start, line.end, line.text, "duplicate-paragraph") for line in kept if line.start in gone)
    return [line for line in kept if line.start not in gone]


def _title_copy_end(text: str, title: str, settings: CleaningSettings) -> int:
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
    if _LABEL_BRACKETS.get(title[:1], "\0") == title[-1:]:  # a bracketed headline (`【江苏:联勤联动紧急排险救援】`) is copied by its words
        title = title[1:-1].strip()
    letters = len(without_spaces(title))
    if not title or letters < settings.title_copy_chars or _ends_a_sentence(title):
        return 0
    closer = _LABEL_BRACKETS.get(text[:1])
    i, j = (1 if closer else 0), 0
    spaced = False  # whether the copy reproduced a space between two of the headline's clauses (not beside a Latin word or a figure)
    while i < len(text) and j < len(title):
        if title[j] == " ":
            if not _is_space(text[i]):
                break
            i = _past_space(text, i)
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
    next_word = _past_space(text, i)
    if whole and _is_space(after) and text[next_word : next_word + 1].isdigit():
        return i
    copied = len(without_spaces(title[:j]))
    at_clause = whole or title[j] == " "
    glued = after.isalnum() and not is_hangul(after)
    return i if at_clause and spaced and glued and 2 * copied >= letters and copied >= settings.title_copy_chars else 0


def _is_space(ch: str) -> bool:
    """Whether a character is white space or a byte-order mark (False for the empty string)."""
    return ch.isspace() or (ch != "" and ch in _SPACE)


def _past_space(text: str, i: int) -> int:
    """The first position from i that is not white space (nor a byte-order mark)."""
    while i < len(text) and _is_space(text[i]):
        i += 1
    return i


def _before_space(text: str, i: int) -> int:
    """The position after the last character before i that is not white space (nor a byte-order mark)."""
    while i > 0 and _is_space(text[i - 1]):
        i -= 1
    return i


_LEAD_BIGRAMS = 20  # a lead with fewer character bigrams is too short to tell a headline by


def _lead_bigrams(body: Sequence[_Line], lang: str, settings: CleaningSettings) -> set[str]:
    """The character bigrams of the lead: the first `lead_lines` body lines, up to `lead_chars`
    characters, Chinese in simplified characters (a traditional headline over a simplified body),
    `_compared`. A line in another script among them (a scrape's leftover `nload="this.remove…"`
    printed between paragraphs) is none of the lead's: a copy above would share all its words."""
    lead = [line for line in body[: settings.lead_lines] if _in_language(line, lang, settings)] or body[: settings.lead_lines]
    text = " ".join(line.text for line in lead)[: settings.lead_chars]
    return character_bigrams(_compared(text, lang))


def _compared(text: str, lang: str) -> str:
    """A line as headline and lead are compared: Chinese in simplified characters and without a
    mirror's inserted pinyin (`法治號(hào)`: two lines of one mirror share its readings, not words)."""
    return to_simplified(RUBY_ANNOTATION.sub("", text)) if lang == "zh" else text


def _shared_share(text: str, lead: set[str], lang: str, settings: CleaningSettings, overlap: float | None = None) -> float:
    """The share of a line's character bigrams that the lead has, when it shares words with the lead
    as a headline does (at least `title_shared` bigrams, and at least `overlap` of its own, by
    default `title_overlap`); else 0."""
    own = character_bigrams(_compared(text, lang))
    shared = len(own & lead)
    share = shared / len(own) if own else 0.0
    return share if shared >= settings.title_shared and share >= (settings.title_overlap if overlap is None else overlap) else 0.0


_BRACKETED_HEAD = re.compile(r"[【〖［\[][^】〗］\]\n]{2,12}[】〗］\]]")
# a document's title set letter by letter (`通  告`, `倡 议 书`): a notice the article quotes, between its paragraphs
_SPACED_HEAD = re.compile(f"[{HAN}](?:[ \u3000\u00a0]+[{HAN}]){{1,5}}")
# the formula that closes a notice, above its signature and date (`特此通告`, `特此公告。`): the notice's, not a footer's
_CLOSING_FORMULA = re.compile(r"特此(?:通告|公告|通知|通報|通报|告知|聲明|声明|函告|布告|佈告)[。！!]?")


def _own_text(line: _Line, lang: str) -> str:
    """The last paragraph's text as it will be kept: without the byline or source glued to its end
    (`_cut_suffix`, which cuts it later), so that the line model judges the article's words."""
    return line.text[: _cut_suffix(line.text, 0, len(line.text), lang, [], {})]


def _photo_story(lines: list[_Line], kept: list[_Line], headings: set[int], dropped: list[Dropped], lang: str, settings: CleaningSettings) -> list[_Line]:
    """A photo story's text is its caption (`[서울=뉴시스] 기자 = 경찰특공대원이 …하고 있다.
    2023.08.05. kgb@newsis.com` under a headline): on a page where nothing but the headline is left,
    the captions below it that hold a finished sentence are the article (each once). Returns them,
    taken out of `dropped`."""
    if any(line.start not in headings for line in kept):
        return []
    captions = {(d.start, d.end) for d in dropped if d.reason == "caption"}
    below = max((line.start for line in kept), default=-1)
    story: list[_Line] = []
    seen: set[str] = set()
    for line in lines:
        view = _view(line.text, lang)
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
    return count_letters(text) >= settings.sentence_letters and _sentence_ends(text) >= 1


def _ends_in_a_clause(text: str, settings: CleaningSettings) -> bool:
    """A line with a clause mark and a clause of `last_clause_letters` letters after its last one."""
    clauses = _CLAUSE_MARK.split(text)
    return len(clauses) > 1 and count_letters(clauses[-1]) >= settings.last_clause_letters


def _quoted_name_last(line: _Line) -> bool:
    """Whether a short line that is no prose ends in a quoted name, no sentence mark inside the quotation
    marks (a caption's `滄州市民“遛百病”`, not a quoted exclamation, `“啊!掉下去了”`): in a list of lines after the
    article's last sentence (right under it: never inside a body written a clause per line) it is one more
    title or caption, though its closing mark reads as a sentence's end. Not a line that is all quotation (a
    closing slogan, `“不听、不信、不转账”`), nor a quoted phrase of several parts (a comma or 、 inside)."""
    text = line.text.strip()
    opened = max(text.rfind(mark) for mark in _OPENING_QUOTES)
    return (
        not line.prose
        and text[-1:] in _CLOSING_QUOTES
        and not _ends_with_a_mark(text)
        and opened > 0
        and not any(mark in text[opened:] for mark in "、，,")
    )


def _trim_trailing(kept: list[_Line], dropped: list[Dropped], settings: CleaningSettings, wrapped_copy: bool = False, page_end: int = -1, text: str = "") -> list[_Line]:
    """Short non-sentence lines after the last prose paragraph are page furniture, not a heading;
    a longer one is kept (an excerpt cut off mid-sentence still ends with body text). Several such
    lines after the last one (not a numbered list, nor after a line that introduces a list) are a
    list of other articles and credits, however long they are. Not on a page of wrapped copy with
    no sentence end (`_wrapped_body_start`): there every line is short and unfinished."""
    if wrapped_copy:
        return kept

    tail = 0
    while tail < len(kept) - 1 and (
        _is_fragment(kept[-1 - tail]) or (_quoted_name_last(kept[-1 - tail]) and _ends_with_a_mark(kept[-2 - tail].text))
    ):
        tail += 1
    body, listed = kept[: len(kept) - tail], kept[len(kept) - tail :]
    numbered = any(_LIST_ITEM.match(line.text) and _CLAUSE_MARK.search(line.text) for line in listed)  # numbered advice, not a ranking
    fragments = sum(map(_is_fragment, body[1:]))  # the first line may be the headline
    fragmented = fragments >= settings.fragmented_lines and fragments >= settings.fragmented_share * (len(body) - 1)
    introduced = bool(body) and _introduces(body[-1])
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
        and _is_fragment(kept[-1])
        and kept[-1].letters < settings.furniture_letters
        and not _broken_off(kept[-1].text)
        and not (fragmented and _ends_in_a_clause(kept[-1].text, settings))
        and not (fragmented and kept[-1].end >= page_end and kept[-2].text.rstrip()[-1:] in _GOES_ON)
        and not (
            kept[-1].end >= page_end
            and _ends_a_sentence(kept[-2].text)
            and (
                (kept[-2].prose and _unspaced_han(kept[-1].text) and not _FOOTER_WORDS.search(kept[-1].text))
                or _KOREAN_CLAUSE_OPENING.match(kept[-1].text.strip())
            )
        )
    ):
        line = kept.pop()
        dropped.append(Dropped(line.start, line.end, line.text, "footer"))
    return kept


RUBY_ANNOTATION = re.compile(f"(?<=[{HAN}])" + r"\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)")
_PINYIN_LETTER = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# mojibake: a `?` glued to pinyin letters inside Chinese text (當?shù)匕), U+FFFD, and the `?!` a sentence's
# `。”` became where an encoding ate the closing quote, glued between Chinese characters (…的?!睕荜柨h…,
# …救人?!被貞浧…), and a `?` glued between a Chinese character and an ASCII comma, where a `。` and the next
# character became `?,` (…情誼?,F場…, …偷?,潘先生…: no writer puts a comma after a question mark): a sentence
# goes on through it, as a legible `？！` would not be glued so
_CORRUPT = re.compile(
    rf"(?<=[{HAN}])\?[{_PINYIN_LETTER}]+\)?[{HAN}A-Za-z]{{0,4}}|\ufffd+|(?<=[{HAN}’”」』])\?[!！]\??(?=[{HAN}\d])|(?<=[{HAN}])\?(?=,[{HAN}A-Z])"
)
# on a page with mojibake of those kinds, a doubled `??` glued between two Chinese characters is one too, a `。` and
# the next character eaten (…氏度??柪锟吮…, …113元??吹椒悼畹劫…); elsewhere it is a question asked with ASCII
# marks (这是真的吗??他不敢相信…), which ends its sentence
_DOUBLED_QUERY = re.compile(rf"(?<=[{HAN}])\?\?(?=[{HAN}])")


def _inline_removals(text: str, paragraph: Paragraph, lang: str) -> list[Dropped]:
    """Spans inside kept paragraphs that are markup debris: ruby readings 創(chuàng), HTML entities."""
    body = text[paragraph.start : paragraph.end]
    removals = []
    patterns = ((RUBY_ANNOTATION, "ruby-annotation"), (ENTITY, "html-entity")) if lang == "zh" else ((ENTITY, "html-entity"),)
    for pattern, reason in patterns:
        for match in pattern.finditer(body):
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            removals.append(Dropped(start, end, text[start:end], reason))
    return removals


def _flags(text: str, paragraph: Paragraph, lang: str, garbled: bool = False) -> list[Flag]:
    """Mojibake: U+FFFD, or a `?` glued to Latin letters inside Chinese text (當?shù)匕傩辗Q為); on a
    `garbled` page (one with such mojibake), a doubled `??` glued between Chinese characters too."""
    if lang != "zh":
        return []
    body = text[paragraph.start : paragraph.end]
    flags = []
    matches = sorted([*_CORRUPT.finditer(body), *(_DOUBLED_QUERY.finditer(body) if garbled else ())], key=lambda match: match.start())
    for match in matches:
        start, end = paragraph.start + match.start(), paragraph.start + match.end()
        flags.append(Flag(start, end, text[start:end], "corrupted-encoding"))
    return flags
