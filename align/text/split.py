"""Sentence boundaries inside one paragraph, for Korean and Chinese.

Both splitters return `(start, end)` offsets into the paragraph that cover all of its non-space
text. Korean: punctuation rules decide the clear cases (a quotation ends its sentence unless the
clause goes on after it: `data/ko_after_quote.txt`); where a sentence ends without punctuation, a
finite form (했다, 한다, 없다, 합니다) followed by a space ends it unless the next word carries the
clause on (`낡았다 하더라도`, `있다 보니`: `data/ko_after_final_da.txt`) or the word is a noun that
only looks like one (판다, 우간다: `data/ko_nouns_ending_da.txt`). On the test pages and
NTREX/FLORES these lists decide those ends better than Kiwi did (Kiwi kept `보았다 펜실베이니아주…`
and `걱정했다 미드필드…` together), and no morphological analyser is loaded to split sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

from align.data import data_lines
from align.script.chars import FULL_WIDTH_DIGITS, HAN, HANGUL, final_consonant, is_hangul

_OPEN_CLOSE = {"“": "”", "「": "」", "『": "』", "‘": "’", "《": "》", "(": ")", "（": "）"}
_CLOSERS = "”’」』）)】》\"'"
_QUOTE_MARKS = re.compile("[" + re.escape('"' + "".join(_OPEN_CLOSE) + "".join(_OPEN_CLOSE.values())) + "]")
_ZH_TERMINATORS = "。！？!?"
# What may follow a quotation without starting a new sentence: a speech tag (他说, 老人笑着说, 表示,
# 鲤南派出所民警陈倩说。), a comma or a closing mark.
_SPEECH_VERBS = r"(?:说|說|道(?=[：:，,。“「])|表示|称|稱|介绍|介紹|指出|告诉|告訴|强调|強調|坦言|透露|回忆|回憶|感慨|问|問|答|喊|笑|补充|補充|提醒|说道|說道)"
# a longer tag names its speaker with unit and post (鲤南派出所民警陈倩说。): its verb then ends the sentence
# (only a verb of saying that ends the sentence: `…脸上露出了笑。` is no tag, `…介绍，全市…` goes on to a new statement)
_LONG_TAG_VERBS = r"(?:说|說|表示|介绍|介紹|指出|强调|強調|透露|告诉|告訴|补充|補充|坦言|说道|說道)"
# a sentence whose last word is a verb of saying or answering tells who said the quotation before it, however long
# and with commas (`…!”在签字的间隙,港澳台学子你一言我一语地说道。`, `…?”一位当事人在庭审结束后…打电话问道。`); not
# a sentence opening with its own date, which tells its own event (`…?”1月16日18时许,杨先生走进…,向值班民警询问道。`)
_TAG_END_VERBS = (
    r"(?:说|說|说道|說道|问道|問道|答道|喊道|叹道|嘆道|笑道|感谢道|感謝道|回答|回答道|说了一句|說了一句|表示|感慨|感叹|感嘆"
    r"|连连感谢|連連感謝|连声道谢|連聲道謝|叮嘱|叮囑|嘱咐|囑咐|坦言|惊呼|驚呼|称赞|稱讚|称赞道|稱讚道)"
)
_ZH_AFTER_QUOTE = re.compile(
    rf"\s*(?:[，,、：:；;）)》」』”’]|[^。！？，,\s]{{0,8}}?{_SPEECH_VERBS}|[^。！？，,\s“”「」]{{9,20}}?{_LONG_TAG_VERBS}(?=[。！!])"
    rf"|(?![0-9０-９一二三四五六七八九十]{{1,3}}月|[0-9０-９]{{1,2}}日)[^。！？!?“”「」\n]{{1,60}}?{_TAG_END_VERBS}(?=[。！!]))"
)
_KO_CANDIDATE = re.compile(r"[.!?。？！…]+[”’\"'」』)\]）]*(?=\s|$)")
_KO_GLUED = re.compile(f"(?<=[다요까죠])[.!?]+[”’\"'」』]*(?=[{HANGUL}A-Z(\\[<]|[0-9]+(?![0-9.]))")  # (also before a number: 포함됐다.6일 외교부에…; not an outline's 1.가.2.다.3.나)
_DATE_AFTER_DOT = re.compile(r"\s{1,2}\d{1,2}\s*(?:\.|\(|일|$)|\s{1,2}\d{1,2}:\d\d")  # …and a time after the date: 3. 22. 12:00
# a date's end before a dot: a month and day written with dots (the day's own dot: ’19. 6. 4. 차량털이…, 2.26. 20:00경), or its
# weekday (8.20(수). 긴급전화에…)
_DATE_BEFORE_DOT = re.compile(r"(?<![\d.])\d{1,2}\.\s{0,2}\d{1,2}$|\d\s*\(\s*[월화수목금토일]\s*\)$")
_INITIAL_BEFORE_DOT = re.compile(r"(?:^|[\s(（])[A-Z]$")  # a name's initial: 루이스 M. 우에스카는, 라모나 V. 망글로나
_HANGUL_NEXT = re.compile(f"\\s*[{HANGUL}]")
_YEAR_BEFORE_DOT = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_MONTH_AFTER_DOT = re.compile(r"\s{0,2}(?:1[0-2]|0?[1-9])\s*월")
_KO_PREDICATE_END = re.compile(f"([{HANGUL}])다\\s+(?=[{HANGUL}\"“‘'(])")
_FINALS_BEFORE_DA = {4, 18, 20}  # ㄴ ㅄ ㅆ: 한다/된다, 없다, 했다/있다
_KO_FINAL_SYLLABLES = set("다요까죠오라네지자소니나")
_LATIN_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]{1,3}|[A-Z][a-z]{1,3})$")
_CAPITAL_NEXT = re.compile(r"\s*[A-Z]")
_LONE_HAN_AT_END = re.compile(f"(?:^|\\s)[{HAN}]$")
_NO_SENTENCE_START = ",.;:!?)]}，。；：！？）、"


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Balanced quotations and brackets (outermost), ignoring an opener that never closes."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    ascii_open: int | None = None
    for mark in _QUOTE_MARKS.finditer(text):  # only the marks: most of a paragraph is neither
        i, ch = mark.start(), mark.group()
        if ch == '"':
            if ascii_open is None:
                ascii_open = i
            else:
                if not stack:
                    regions.append((ascii_open, i + 1))
                ascii_open = None
        elif ch in _OPEN_CLOSE:
            stack.append((_OPEN_CLOSE[ch], i))
        elif stack and ch == stack[-1][0]:
            _, start = stack.pop()
            if not stack and ascii_open is None:
                regions.append((start, i + 1))
        elif stack and ch in _OPEN_CLOSE.values():
            # a closer that does not match the innermost opener: drop openers up to its partner
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    start = stack[depth][1]
                    del stack[depth:]
                    if not stack:
                        regions.append((start, i + 1))
                    break
    return sorted(regions)


class _Regions:
    """Quoted regions, asked in logarithmic time whether a position is strictly inside one (past its
    opening mark and before its closing one) or where one ends: a long line has thousands."""

    def __init__(self, regions: list[tuple[int, int]]) -> None:
        ordered = sorted(regions)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))  # the furthest end so far
        self._ends = {end for _, end in ordered}

    def inside(self, position: int) -> bool:
        before = bisect_left(self._starts, position)  # the regions that start before `position`
        return before > 0 and position < self._reach[before - 1] - 1

    def ends_at(self, position: int) -> bool:
        return position in self._ends

    def starts_at(self, position: int) -> bool:
        at = bisect_left(self._starts, position)
        return at < len(self._starts) and self._starts[at] == position


def _spans_from_cuts(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans = []
    previous = 0
    for cut in sorted(set(cuts)) + [len(text)]:
        start, end = previous, cut
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        previous = cut
    return spans


# ---------------------------------------------------------------- Chinese


_MARKS_THAT_CONTINUE = ",，;；、:："  # after a sentence's marks and closers, the sentence goes on: no sentence starts with one of these


def split_chinese(text: str, split_semicolons: bool = False, protected: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Split at 。！？!? (and ；), keeping closing quotes with their sentence, never inside “…”.

    A quotation that ends its own sentence (`…。”`) ends the sentence too, unless a speech tag
    follows (`…。”他说。`, `…。”他表示，…`). An ASCII ? or ! glued to Latin letters (mojibake:
    當?shù)匕) ends nothing, nor do marks (and closers) with a comma, semicolon or colon right after
    them (mojibake: 經?;顒拥; 什么?!,他问), and neither do `protected` spans (e.g. flagged mojibake).
    """
    terminators = _ZH_TERMINATORS + ("；;" if split_semicolons else "")
    quoted = [r for r in quoted_regions(text) if text[r[0]] not in "(（"]
    regions = _Regions(quoted)
    blocked = {i for start, end in protected for i in range(start, end)}
    cuts = []
    for start, end in quoted:
        if end - start >= 3 and text[end - 2] in "。！？!?" and end < len(text) and not _ZH_AFTER_QUOTE.match(text, end):
            cuts.append(end)
    i = 0
    while i < len(text):
        glued = text[i] in "!?" and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum()
        decimal = text[i] == "。" and 0 < i < len(text) - 1 and text[i - 1] in FULL_WIDTH_DIGITS and text[i + 1] in FULL_WIDTH_DIGITS  # １。３８個月: a point typed as 。 (not 110。3月: a sentence's end)
        if text[i] in terminators and not glued and not decimal and not regions.inside(i) and i not in blocked:
            j = i + 1
            while j < len(text) and (text[j] in terminators or text[j] in _CLOSERS) and not (text[j] in "\"'" and regions.starts_at(j)):
                j += 1  # (a straight quote that opens the next sentence's quotation is the next sentence's: 。"文物…"李挺说)
            if j == len(text) or text[j] not in _MARKS_THAT_CONTINUE:
                cuts.append(j)
            i = j
        else:
            i += 1
    return _join_bare(text, _spans_from_cuts(text, cuts))


def _join_bare(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a piece that has no letter or digit (`◇`, a `。` or `“` left over, a mojibake `?`)
    joined to the sentence before it, or at the start to the one after: punctuation is no sentence."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and (_ALPHANUMERIC.search(text, start, end) is None or _ALPHANUMERIC.search(text, *joined[-1]) is None):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# ---------------------------------------------------------------- Korean


def _punctuation_cuts(text: str, regions: _Regions) -> list[int]:
    cuts = []
    for match in _KO_CANDIDATE.finditer(text):
        start = match.start()
        if start == 0 or regions.inside(start) and not _closes_quoted_sentence(text, match.end(), regions):
            continue
        before = text[start - 1]
        if match.group() == "." and before.isdigit() and _DATE_AFTER_DOT.match(text, match.end()):
            continue  # a date written with dots and spaces: 4. 7(수), 2024. 3. 5.
        if match.group() == "." and _YEAR_BEFORE_DOT.search(text, max(0, start - 5), start) and _MONTH_AFTER_DOT.match(text, match.end()):
            continue  # a year and a month: 2018. 6월부터 2021. 3월까지
        if match.group()[0] == "." and start <= 2 and text[:start].isdecimal():
            continue  # "1. " enumerator at the paragraph start
        if match.group()[0] == "." and before.isascii() and before.isalpha():
            if _LATIN_ABBREVIATION.search(text, max(0, start - 5), start) and _CAPITAL_NEXT.match(text, match.end()):
                continue  # U.S. Army, Mr. Kim
            if _INITIAL_BEFORE_DOT.search(text, max(0, start - 2), start) and _HANGUL_NEXT.match(text, match.end()):
                continue  # a foreign name's initial before the rest of the name in Hangul: 루이스 M. 우에스카는
        if match.group() == "." and _DATE_BEFORE_DOT.search(text, max(0, start - 8), start):
            continue  # a date's last dot (2024. 3. 5. 경찰은…) or its weekday's (8.20(수).) is no sentence's end
        cuts.append(match.end())
    # sentences glued without a space, as scraped pages lose them: 했다.경찰은, 합니까?그러나
    cuts.extend(
        match.end()
        for match in _KO_GLUED.finditer(text)
        if not _goes_on_after(text, match.end()) and (not regions.inside(match.start()) or _closes_quoted_sentence(text, match.end(), regions))
    )
    return cuts


def _closes_quoted_sentence(text: str, end: int, regions: _Regions) -> bool:
    """A quotation that ends with its sentence's punctuation (`"…했다." 그는…`) ends the sentence,
    unless the clause goes on after it (`"…다." 라고`, `"…다."고도 했다`)."""
    return regions.ends_at(end) and not _goes_on_after(text, end)


def _goes_on_after(text: str, position: int) -> bool:
    """Whether the word after `position` (a space or none between) starts with one of
    `data/ko_after_quote.txt`: a quotative or what follows reported speech."""
    word = _NEXT_WORD.match(text, position)
    return word is not None and word.group(1).startswith(_word_list("ko_after_quote.txt"))


_NEXT_WORD = re.compile(f"\\s*([{HANGUL}]+)")  # the Hangul word after a position, a space or none between


def _words(text: str) -> int:
    return len(text.split())


_ALPHANUMERIC = re.compile(r"[^\W_]")  # an `str.isalnum` character: `\w` but the underscore


def _is_debris(sentence: str) -> bool:
    """Debris of machine translation: `?`, `. .`, `사회 거버넌스.`, a lone verb `개선되었습니다.`."""
    if sentence[0] in _NO_SENTENCE_START or _ALPHANUMERIC.search(sentence) is None:
        return True
    words = _words(sentence)
    if words <= 1:
        return True
    if words > 3:
        return False
    hangul = [ch for ch in sentence if is_hangul(ch)]
    return bool(hangul) and hangul[-1] not in _KO_FINAL_SYLLABLES


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _is_debris(text[start:end]) or merged and _ends_with_lone_han(text[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if len(merged) > 1 and _is_debris(text[merged[0][0] : merged[0][1]]) and not text[merged[0][0]].isalnum():
        merged[1] = (merged[0][0], merged[1][1])
        del merged[0]
    return merged


def _ends_with_lone_han(sentence: str) -> bool:
    """`… 故` : a Chinese character standing alone at the end belongs to the next sentence."""
    return _LONE_HAN_AT_END.search(sentence) is not None


def _continues_clause(text: str, position: int) -> bool:
    """Whether the word after `position` carries the clause on (`낡았다 하더라도`, `있다 보니`): its
    Hangul start is one of `data/ko_after_final_da.txt`."""
    word = _NEXT_WORD.match(text, position)
    return word is not None and word.group(1) in _word_list("ko_after_final_da.txt")


@lru_cache(maxsize=4)
def _word_list(name: str) -> tuple[str, ...]:
    """The words of one of the splitter's data files (`ko_after_final_da.txt`, `ko_after_quote.txt`,
    `ko_nouns_ending_da.txt`)."""
    return tuple(data_lines(name))


def _unpunctuated_ends(text: str) -> list[int]:
    """Where a finite verb form (했다, 한다, 없다, 합니다) is followed by more text with no
    punctuation between: the offsets after its 다. A noun that ends the same way (판다, 우간다:
    `data/ko_nouns_ending_da.txt`) is no verb form."""
    ends = []
    for match in _KO_PREDICATE_END.finditer(text):
        if match.group(1) == "니" or final_consonant(match.group(1)) in _FINALS_BEFORE_DA:
            word = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 2)
            if word is None or word.group() not in _word_list("ko_nouns_ending_da.txt"):
                ends.append(match.start() + 2)
    return ends


_WORD_BEFORE = re.compile(f"[{HANGUL}]+$")


def split_korean(text: str) -> list[tuple[int, int]]:
    """Split a Korean paragraph into sentences (offsets into `text`)."""
    regions = _Regions(quoted_regions(text))
    cuts = _punctuation_cuts(text, regions)
    cuts.extend(cut for cut in _unpunctuated_ends(text) if not regions.inside(cut) and not _continues_clause(text, cut))
    return _merge_fragments(text, _spans_from_cuts(text, cuts))
