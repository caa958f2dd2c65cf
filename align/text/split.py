"""Sentence boundaries inside one paragraph, for Korean and Chinese.

Both splitters return `(start, end)` offsets into the paragraph that cover all of its non-space
text. Korean: punctuation rules decide the clear cases (fast); Kiwi is asked only where a
sentence may end without punctuation, and only its boundaries after a final ending (EF) are
taken, which avoids its known failures (a quote glued to the previous sentence, `故 구하라`).
"""

from __future__ import annotations

import re

from align.script.chars import HAN, HANGUL, final_consonant, is_hangul
from align.text.kiwi import kiwi

_OPEN_CLOSE = {"“": "”", "「": "」", "『": "』", "‘": "’", "《": "》", "(": ")", "（": "）"}
_CLOSERS = "”’」』）)】》\"'"
_ZH_TERMINATORS = "。！？!?"
# What may follow a quotation without starting a new sentence: a speech tag (他说, 老人笑着说, 表示),
# a comma or a closing mark.
_ZH_AFTER_QUOTE = re.compile(
    r"\s*(?:[，,、：:；;）)》」』”’]|[^。！？，,\s]{0,8}?(?:说|說|道|表示|称|稱|介绍|介紹|指出|告诉|告訴|强调|強調|坦言|透露|回忆|回憶|感慨|问|問|答|喊|笑|补充|補充|提醒|说道|說道))"
)
_KO_CANDIDATE = re.compile(r"[.!?。？！…]+[”’\"'」』)\]）]*(?=\s|$)")
_KO_GLUED = re.compile(f"(?<=[다요까죠])[.!?]+(?=[{HANGUL}A-Z(\\[<])(?!(?:라고|라며|라는|라면서|고\\s|며\\s))")
_KO_PREDICATE_END = re.compile(f"([{HANGUL}])다\\s+(?=[{HANGUL}\"“‘'(])")
_FINALS_BEFORE_DA = {4, 18, 20}  # ㄴ ㅄ ㅆ: 한다/된다, 없다, 했다/있다
_KO_FINAL_SYLLABLES = set("다요까죠오라네지자소니")
_LATIN_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]{1,3}|[A-Z][a-z]{1,3})$")
_LONE_HAN_AT_END = re.compile(f"(?:^|\\s)[{HAN}]$")
_NO_SENTENCE_START = ",.;:!?)]}，。；：！？）、"


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Balanced quotations and brackets (outermost), ignoring an opener that never closes."""
    regions = []
    stack: list[tuple[str, int]] = []
    ascii_open: int | None = None
    for i, ch in enumerate(text):
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


def _inside(position: int, regions: list[tuple[int, int]]) -> bool:
    return any(start < position < end - 1 for start, end in regions)


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


def split_chinese(text: str, split_semicolons: bool = False, protected: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Split at 。！？!? (and ；), keeping closing quotes with their sentence, never inside “…”.

    A quotation that ends its own sentence (`…。”`) ends the sentence too, unless a speech tag
    follows (`…。”他说。`, `…。”他表示，…`). An ASCII ? or ! glued to Latin letters (mojibake:
    當?shù)匕) ends nothing, and neither do `protected` spans (e.g. flagged mojibake).
    """
    terminators = _ZH_TERMINATORS + ("；;" if split_semicolons else "")
    regions = [r for r in quoted_regions(text) if text[r[0]] not in "(（"]
    cuts = []
    for start, end in regions:
        if end - start >= 3 and text[end - 2] in "。！？!?" and end < len(text) and not _ZH_AFTER_QUOTE.match(text, end):
            cuts.append(end)
    i = 0
    while i < len(text):
        glued = text[i] in "!?" and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum()
        if text[i] in terminators and not glued and not _inside(i, regions) and not any(s <= i < e for s, e in protected):
            j = i + 1
            while j < len(text) and (text[j] in terminators or text[j] in _CLOSERS):
                j += 1
            cuts.append(j)
            i = j
        else:
            i += 1
    return _spans_from_cuts(text, cuts)


# ---------------------------------------------------------------- Korean


def _punctuation_cuts(text: str, regions: list[tuple[int, int]]) -> list[int]:
    cuts = []
    for match in _KO_CANDIDATE.finditer(text):
        start = match.start()
        if start == 0 or _inside(start, regions):
            continue
        before = text[start - 1]
        if match.group()[0] == "." and before.isdigit():
            number = re.search(r"\d+$", text[:start])
            if number and number.start() == 0 and len(number.group()) <= 2:
                continue  # "1. " enumerator at the paragraph start
        if match.group()[0] == "." and before.isascii() and before.isalpha():
            if _LATIN_ABBREVIATION.search(text[:start]) and re.match(r"\s*[A-Z]", text[match.end() :]):
                continue  # U.S. Army, Mr. Kim
        cuts.append(match.end())
    # sentences glued without a space, as scraped pages lose them: 했다.경찰은, 합니까?그러나
    cuts.extend(match.end() for match in _KO_GLUED.finditer(text) if not _inside(match.start(), regions))
    return cuts


def _kiwi_cuts(text: str) -> list[int]:
    """Boundaries Kiwi finds after a final ending (EF) with no punctuation: `…했다 그리고 …`."""
    cuts = []
    sentences = kiwi().split_into_sents(text, return_tokens=True)
    for sentence in sentences[:-1]:
        tokens = [t for t in sentence.tokens if not t.tag.startswith(("SF", "SS", "SE", "SP", "SW"))]
        if tokens and tokens[-1].tag == "EF":
            cuts.append(sentence.end)
    return cuts


def _words(text: str) -> int:
    return len(text.split())


def _is_fragment(sentence: str) -> bool:
    """Debris of machine translation: `?`, `. .`, `사회 거버넌스.`, a lone verb `개선되었습니다.`."""
    letters = [ch for ch in sentence if ch.isalnum()]
    if not letters:
        return True
    if sentence[0] in _NO_SENTENCE_START:
        return True
    if _words(sentence) <= 1:
        return True
    hangul = [ch for ch in sentence if is_hangul(ch)]
    return _words(sentence) <= 3 and bool(hangul) and hangul[-1] not in _KO_FINAL_SYLLABLES


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _is_fragment(text[start:end]) or merged and _ends_with_lone_han(text[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if len(merged) > 1 and _is_fragment(text[merged[0][0] : merged[0][1]]) and not text[merged[0][0]].isalnum():
        merged[1] = (merged[0][0], merged[1][1])
        del merged[0]
    return merged


def _ends_with_lone_han(sentence: str) -> bool:
    """`… 故` : a Chinese character standing alone at the end belongs to the next sentence."""
    return _LONE_HAN_AT_END.search(sentence) is not None


def _may_end_unpunctuated(text: str) -> bool:
    """A finite verb form (했다, 한다, 없다, 합니다) followed by more text with no punctuation between."""
    for match in _KO_PREDICATE_END.finditer(text):
        before = match.group(1)
        if before == "니" or final_consonant(before) in _FINALS_BEFORE_DA:
            return True
    return False


def split_korean(text: str, use_kiwi: bool = True) -> list[tuple[int, int]]:
    """Split a Korean paragraph into sentences (offsets into `text`)."""
    regions = quoted_regions(text)
    cuts = _punctuation_cuts(text, regions)
    if use_kiwi and _may_end_unpunctuated(text):
        taken = set(cuts)
        for cut in _kiwi_cuts(text):
            if cut not in taken and not _inside(cut, regions) and not text[:cut].rstrip().endswith(tuple(".!?。")):
                cuts.append(cut)
    return _merge_fragments(text, _spans_from_cuts(text, cuts))
