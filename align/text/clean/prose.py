"""How a line reads: its letters, its sentence ends, prose or not, in which language; and the
comparisons of wording (character bigrams, the share of them a line has in the lead) that the
headline and furniture passes use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from align.script.chars import HANGUL, KANA, LATIN_LETTER, count_scripts
from align.script.keys import to_simplified
from align.text.clean.inline import RUBY_ANNOTATION
from align.text.clean.patterns import KO_PAST, RuledLine
from align.text.clean.settings import CleaningSettings

SENTENCE_END = "。！？!?.…"
SPACE_CHARS = " \t\r\f\v\u3000\u00a0\ufeff"
CLOSING_QUOTES = "”’」』\"'"  # what closes a quotation
CLOSERS = CLOSING_QUOTES + "）)"  # …or a bracket
OPENING_QUOTES = "“‘「『"  # what opens a quotation (a straight quote opens and closes)
LONG_PROSE = 60  # letters: no menu, widget or promo line is this long
KOREAN_SENTENCE_END = re.compile(f"[{HANGUL}][.!?]+[”’\"'」』)]*\\s*$")
CHINESE_SENTENCE_END = re.compile("[。！？!?…]+[”’\"'」』）)]*\\s*$")
KOREAN_FINISHED = re.compile(f"[{HANGUL}]다\\.[”’\"'」』)]*\\s")  # a declarative 다. ending a sentence inside the line
# a line ending in the plain declarative of reported news (`…유도했다.`, `…설치됐다`, `…이다.`), not the polite
# forms a page uses to address its reader (`…삭제됩니다.`, `…클릭하세요`)
KOREAN_PLAIN_END = re.compile(f"[{HANGUL}](?<!니)다\\.?[”’\"'」』)]*\\s*$")
SENTENCE_MARK = re.compile(r"[。！？]|[!?](?=\s|$|[”’\"'」』）)])")  # not the ? inside a URL
KOREAN_FINAL_SYLLABLES = "다요까죠"  # what a finished Korean sentence ends in before its full stop (a noun's full stop, `이미지.`, ends none)
SEGMENT_END = re.compile(rf"[。！？!?]+[”’」』）)\"']*|(?<=[{KOREAN_FINAL_SYLLABLES}])[.!?]+[”’\"']*(?=\s)|(?<=[a-z0-9%)])[.!?](?=\s)")
KOREAN_PERIOD = re.compile(f"[{HANGUL}%)\\]][.](?:\\s|$)")


def count_letters(text: str) -> int:
    """Letters and digits in `text` (`str.isalnum` characters): how long a line is, punctuation
    and spaces aside."""
    return len(_NOT_LETTERS.sub("", text))


_NOT_LETTERS = re.compile(r"[\W_]+")  # \w is isalnum() and the underscore


def sentence_ends(text: str) -> int:
    """How many sentence ends a line has: Chinese and Latin marks, and a Korean period."""
    return len(SENTENCE_MARK.findall(text)) + len(KOREAN_PERIOD.findall(text))


def prose_letters(lang: str, settings: CleaningSettings) -> float:
    """How many letters a body line of `lang` has at least."""
    return settings.prose_letters_zh if lang == "zh" else settings.prose_letters_ko


def reads_as_prose(text: str, letters: int, lang: str, settings: CleaningSettings) -> bool:
    """Body-like: long enough and built of sentences, not a menu item or a heading."""
    minimum = prose_letters(lang, settings)
    ends = sentence_ends(text)
    clause = lang == "ko" and _KOREAN_CLAUSE.search(text) is not None
    itemised = clause and _ITEMISED.match(text) is not None
    # a Korean sentence whose full stop the copy leaves off (notices, TV scripts: `…주의가 요망됩니다`)
    finished = clause and _FINAL_PREDICATE.search(text) is not None
    unpunctuated = letters >= settings.unpunctuated_prose * minimum and len(_LISTED_BAR.findall(text)) < _LISTED_BARS  # not a keyword list (竟彩网官网|…|…|…)
    return letters >= minimum and (ends >= 1 or itemised or unpunctuated or finished) and text[-1] not in "|>»"


# (any past tense: `…부상했다고 밝혔다`, `…붙잡혔다`, `…나섰다`, the plain ones of reported news, as much as 했다)
_FINAL_PREDICATE = re.compile(rf"(?:니다|{KO_PAST}다|이다|한다|있다|없다)\s*$")
_LISTED_BARS = 3  # bars glued between words in a long line with no sentence end: a keyword list's items, not prose
_LISTED_BAR = re.compile(r"(?<=\S)[|｜](?=\S)")  # (a table row's cells, ` | `, may be the body's: `2024年1月5日 | 伊吾县盐池镇 | …`)


# an item of a Korean official text in bullet style (개조식: `o 공안국, … 발표`, `- … 당부`), whose
# clauses end in nouns, not in 다; the marks are those of such texts (o ㅇ ○ ◦ □ - *), not the
# list bullets of `LIST_ITEM` or the link bullets of `lines._SEGMENT_BULLET`…
_ITEMISED = re.compile(r"[oㅇ○◦□]\s|-\s|\*{1,2}\s")


# …and it reads as a clause: a word with a case particle (국가안전부는, 위법행위를), which a menu of
# section names (- 전체기사 정치 경제 사회 …) lacks
_KOREAN_CLAUSE = re.compile(f"[{HANGUL}](?:은|는|을|를|에서|으로|에게|이|가)\\s")


def reads_in_language(line: RuledLine, lang: str, settings: CleaningSettings) -> bool:
    """Written in the article's script: a page's English widget notice or licence line
    (`ResponsiveVoice used under Non-Commercial License.`) or a mostly Latin menu does not start a
    Korean body. (A lead dense in Latin names and figures, `Apple发布iPhone 16 Pro Max，售价7999元。`,
    falls short too and is read as header; a variant that counted digits out moved other pages'
    body starts onto their date and menu lines.)"""
    hangul, han = count_scripts(line.text)
    return (hangul if lang == "ko" else han) >= settings.own_script_share * line.letters and not _in_japanese(line, settings)


def _in_japanese(line: RuledLine, settings: CleaningSettings) -> bool:
    """A line in Japanese: at least `japanese_kana` kana outside quotation marks, making up
    `japanese_kana_share` of its letters (a Chinese or Korean sentence quoting a Japanese message,
    `短信内容为：“お荷物のお届け…”`, or naming `「ちいかわ」`, is no Japanese line)."""
    if not KANA.search(line.text):
        return False
    kana = len(KANA.findall(_QUOTATION.sub("", line.text)))
    return kana >= settings.japanese_kana and kana >= settings.japanese_kana_share * line.letters


_QUOTATION = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』|‘[^‘’]*’|\"[^\"]*\"|'[^']*'")  # a quotation, its marks included


def is_sentence(line: RuledLine, settings: CleaningSettings) -> bool:
    """A short line that still reads as a finished sentence (not a menu item or a headline)."""
    return line.rule is None and line.letters >= settings.sentence_letters and closes_a_sentence(line.text)


_SPACED_DOTS = re.compile(r"\s\.{2,}$")


def closes_a_sentence(text: str) -> bool:
    """Whether a line's last mark, closing quotes and brackets aside, is a sentence mark (`…游客。`,
    `…色。”`), not a quote alone (`…“湄洲警察”`) or an ellipsis: `…`, or dots set off from the word
    before them, where a site cut a teaser (`…급등에 ‘빚의 ..`; a writer's own stand close, `…꺼내든 건..`)."""
    bare = text.rstrip(CLOSERS)
    return bare[-1:] in tuple("。！？!?.") and not _SPACED_DOTS.search(bare)


TAIL_END = re.compile(rf"[。！？!?]+[”’」』）)\"']*|(?<=[{KOREAN_FINAL_SYLLABLES}])[.!?]+[”’\"']*")  # a sentence end, a Korean one glued to what follows too (`…있다.(끝)`)


def page_line(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the page line (or lines) of text[start:end] starts and ends in `text`: from after the
    line break before `start` to the line break after `end` (or the text's end)."""
    after = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, after if after >= 0 else len(text)


def without_spaces(text: str) -> str:
    """The text without whitespace: how two lines are compared whatever their spacing."""
    return "".join(text.split())  # str.split and `\s` know the same white space


def ends_a_sentence(text: str) -> bool:
    """Whether a line ends with sentence punctuation or a closing quotation mark (a headline that ends
    in a quoted name, `…解“燃眉之急”`, counts: the cautious answer where a lead may be that sentence)."""
    return text[-1:] != "" and text[-1] in SENTENCE_END + "”」』\"'"


def ends_with_a_mark(text: str) -> bool:
    """Whether a line ends with sentence punctuation or an ellipsis, before closing quotation marks or
    not: a quoted name at a caption's end (`特警狙擊手“隱蔽狙擊”`) ends no sentence."""
    return text.rstrip("”」』\"'’")[-1:] in tuple(SENTENCE_END)


@lru_cache(maxsize=4096)
def alphanumerics(text: str) -> str:
    """The letters and digits of a line (each kept line's computed once, however many teasers follow)."""
    return _NOT_LETTERS.sub("", text)


def character_bigrams(text: str) -> set[str]:
    """Consecutive letter pairs (spaces and punctuation skipped): what two headlines or a headline and
    its lead share, whatever the word boundaries."""
    letters = [ch for ch in text if ch.isalnum()]
    return {a + b for a, b in zip(letters, letters[1:])}


def is_fragment(line: RuledLine) -> bool:
    """A kept line that is neither prose nor ends like a sentence: a clause, heading or title (the
    formula that closes a notice, `特此通告`, is a sentence of its own)."""
    return not line.prose and not ends_a_sentence(line.text) and not _CLOSING_FORMULA.fullmatch(line.text.strip())


CLAUSE_MARK = re.compile("[，,；;]")
LIST_ITEM = re.compile(r"^\s*(?:[(（]?\d{1,2}[)）.、]|[一二三四五六七八九十]{1,2}[、.．]|[①-⑳]|[-•·▪]\s)")


# a line that starts with any bullet (an item, a summary point, a boxed note): never part of a wrapped sentence
BULLETED = re.compile(r"^\s*(?:[(（]?\d{1,2}[)）.、]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[-–—•·▪◦○●oㅇ]\s|[▶▷►■□◆◇※*▲△☞]\s?)")


ITEM_BULLETS = "•·◦▪▫‣⁃"  # the dots that set off an item or a crosshead (arrows and hands, ▶ ☞ 👉, point to a link)
ITEM_POINT = re.compile(f"^\\s*(?:[-*]\\s*)?[{ITEM_BULLETS}]\\s*\\S")  # such a dot opening a line, after a list's dash or not (`- • …`)


EXCLAIMED = re.compile(r"[!?！？](?=\s*\S)")  # an exclamation or question inside a line, text after it


# Korean syllables a wrapped line ends on in mid-sentence: particles, connective and adnominal endings
GOES_ON = frozenset("은는이가을를의에와과도로만께서고며면나랑해돼데지게니여켜워려쳐져혀겨한된던할될운인및등시쯤,，")


ANNOUNCING = re.compile(r"(?:[:：]|(?:如下|以下|下列)\s*[。:：]?|다음과\s*같(?:다|습니다)\.?)\s*$")  # a sentence that announces what follows it


def introduces_next(line: RuledLine) -> bool:
    """A line that introduces what follows (`警方提醒以下几点：`, `執勤方式:`)."""
    return line.text.rstrip()[-1:] in ":："


def in_other_language(line: RuledLine, settings: CleaningSettings) -> bool:
    """A line in Latin letters only (`Chinese students in Australia have been coerced …`): no Hangul,
    no Han, and at least `other_language_letters` Latin letters; or a line in Japanese (a site's
    prompt to its Japanese edition, `こちらのページは繁体字版です。`): at least `japanese_kana`
    kana, and kana for at least `japanese_kana_share` of its letters (`_in_japanese`)."""
    if count_scripts(line.text) == (0, 0):
        return len(LATIN_LETTER.findall(line.text)) >= settings.other_language_letters
    return _in_japanese(line, settings)


LABEL_MARKS = re.compile(r"[|｜/>»›]|\s[-–—]\s")  # a breadcrumb's, a section's or a site's label (사회/사건사고, 警务动态 | 平安朝阳)


LABEL_BRACKETS = {"【": "】", "〖": "〗", "[": "]", "［": "］", "〔": "〕"}  # a label before a line is bracketed so (`[乡镇传真] …`)


def is_space(ch: str) -> bool:
    """Whether a character is white space or a byte-order mark (False for the empty string)."""
    return ch.isspace() or (ch != "" and ch in SPACE_CHARS)


def past_space(text: str, i: int) -> int:
    """The first position from i that is not white space (nor a byte-order mark)."""
    while i < len(text) and is_space(text[i]):
        i += 1
    return i


def before_space(text: str, i: int) -> int:
    """The position after the last character before i that is not white space (nor a byte-order mark)."""
    while i > 0 and is_space(text[i - 1]):
        i -= 1
    return i


LEAD_BIGRAMS = 20  # a lead with fewer character bigrams is too short to tell a headline by


def lead_bigrams(body: Sequence[RuledLine], lang: str, settings: CleaningSettings) -> set[str]:
    """The character bigrams of the lead: the first `lead_lines` body lines, up to `lead_chars`
    characters, Chinese in simplified characters (a traditional headline over a simplified body),
    `_compared`. A line in another script among them (a scrape's leftover `nload="this.remove…"`
    printed between paragraphs) is none of the lead's: a copy above would share all its words."""
    lead = [line for line in body[: settings.lead_lines] if reads_in_language(line, lang, settings)] or body[: settings.lead_lines]
    text = " ".join(line.text for line in lead)[: settings.lead_chars]
    return character_bigrams(_compared(text, lang))


def _compared(text: str, lang: str) -> str:
    """A line as headline and lead are compared: Chinese in simplified characters and without a
    mirror's inserted pinyin (`法治號(hào)`: two lines of one mirror share its readings, not words)."""
    return to_simplified(RUBY_ANNOTATION.sub("", text)) if lang == "zh" else text


def shared_share(text: str, lead: set[str], lang: str, settings: CleaningSettings, overlap: float | None = None) -> float:
    """The share of a line's character bigrams that the lead has, when it shares words with the lead
    as a headline does (at least `title_shared` bigrams, and at least `overlap` of its own, by
    default `title_overlap`); else 0."""
    own = character_bigrams(_compared(text, lang))
    shared = len(own & lead)
    share = shared / len(own) if own else 0.0
    return share if shared >= settings.title_shared and share >= (settings.title_overlap if overlap is None else overlap) else 0.0


def shared_bigrams(text: str, lead: set[str], lang: str) -> int:
    """How many of a line's character bigrams the lead has (Chinese compared in simplified characters, `_compared`)."""
    return len(character_bigrams(_compared(text, lang)) & lead)


# the formula that closes a notice, above its signature and date (`特此通告`, `特此公告。`): the notice's, not a footer's
_CLOSING_FORMULA = re.compile(r"特此(?:通告|公告|通知|通報|通报|告知|聲明|声明|函告|布告|佈告)[。！!]?")


def after_last_sentence(text: str, start: int, end: int, in_url: bool = True) -> int | None:
    """Where the last finished sentence of text[start:end] ends (what a page glued after it follows),
    its closing quotes and brackets with it, if it has one. Without `in_url`, not at the ? inside a
    URL (`jb.php?id=3`): a mark counts when a space, the end or a closer follows it, or when it is a
    Chinese full-width one."""
    ends = [
        match.end()
        for match in TAIL_END.finditer(text, start, end)
        if in_url or match.group()[-1] in "。！？" + CLOSERS or match.end() == end or text[match.end()].isspace()
    ]
    return ends[-1] if ends else None


# a list's bullet inside a long line (`… 인/기/기/사 ◆ 제목 ◆ 제목 ▶ 구독`): each item a piece of its own…
LINK_BULLETS = "◆◇▶▷►■□●☞"  # the bullets that open a link, a list item or a sub-headline


SEPARATOR_STARS = ("***", "＊＊＊", "※※※")


def meta_row(line: RuledLine) -> bool:
    """Whether a line is the page's meta row: a date, a byline or the view count (a `meta:`,
    `dateline`, `byline` or `view-stats` rule's line)."""
    return line.rule is not None and (line.rule.action.startswith("meta:") or line.rule.reason in ("dateline", "byline", "view-stats"))
