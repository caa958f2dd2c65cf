"""Glosses that pair a term with its translation in the text itself.

Korean news from China glosses its terms in Chinese — 교통순라소(交巡所), ‘1문 1창구 처리(一门一窗通办)’;
Chinese text sometimes glosses in Korean — 警务室（경무실）; and both sides of a translated pair may
gloss the same Latin abbreviation — 인공지능(AI) and 人工智能（AI）. The work is in the extent: which
words before the parenthesis the gloss belongs to.
"""

from __future__ import annotations

import re
from collections import Counter

from align.script.chars import HAN, HAN_RUN, HANGUL, HANGUL_RUN
from align.script.keys import to_simplified
from align.script.readings import hanja_reading
from align.terms.words import chinese_lexicon, korean_stem, particles, reading_key, starts_with_word, term_key

_PARENTHETICAL = re.compile(f"[（(]\\s*([{HAN}][{HAN}、，,·・+＋ ]{{1,30}})\\s*[)）]")
_KOREAN_GLOSS = re.compile(f"[（(]\\s*([{HANGUL}][{HANGUL} ]{{1,20}})\\s*[)）]")
_LATIN_GLOSS = re.compile(r"[（(]\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*[)）]")
_OPENING_QUOTES = "‘“'\"「『"
_CLOSING_QUOTES = "’”'\"」』"
_ADMINISTRATIVE_SYLLABLES = frozenset("성시주현구군향진촌")
_LEVEL_CHARACTERS = "省市州县区郡乡镇村"  # the administrative levels those syllables read, in simplified Chinese (not 主 of 主义, 成 of 成果)


def parenthetical_pairs(sentence: str) -> list[tuple[str, str]]:
    """(Korean phrase, Chinese) for each Chinese gloss in parentheses in a Korean sentence.

    A gloss inside a word names only that part, which is a term when the rest is an administrative
    level (지린(吉林)성 gives 지린 = 吉林) and a fragment otherwise (창바이(長白)산 gives nothing)."""
    return [(korean, chinese) for korean, chinese, _ in _glossed(sentence)]


def level_pairs(sentence: str, chinese: str) -> list[tuple[str, str]]:
    """(Korean name and level, Chinese name and level) for each Chinese gloss in a Korean sentence
    that an administrative level follows (판저우(盤州)시, 판관(盤關)진), where the Chinese text (simplified)
    writes the name with a level the Korean syllable reads (盘州市, 盘关镇): the whole name, beside the
    part `parenthetical_pairs` gives (판저우 = 盘州)."""
    return [pair for _, _, pair in glossed_pairs(sentence, chinese) if pair is not None]


def glossed_pairs(sentence: str, chinese: str) -> list[tuple[str, str, tuple[str, str] | None]]:
    """For each Chinese gloss in a Korean sentence, in one reading of it: the Korean phrase, the
    gloss (`parenthetical_pairs`), and the whole name with its level, if any (`level_pairs`)."""
    found = []
    for korean, gloss, after in _glossed(sentence):
        level = after[:1]
        whole = None
        if level in _ADMINISTRATIVE_SYLLABLES:
            name = to_simplified(gloss)
            match = next((m for m in re.finditer(re.escape(name) + f"([{_LEVEL_CHARACTERS}])", chinese) if hanja_reading(m.group(1), words=False) == level), None)
            whole = (korean + level, match.group()) if match is not None else None
        found.append((korean, gloss, whole))
    return found


def _glossed(sentence: str) -> list[tuple[str, str, str]]:
    """(Korean phrase, Chinese gloss, the Hangul right after the gloss) for each Chinese gloss in
    parentheses in a Korean sentence that closes its word (`parenthetical_pairs`)."""
    found = []
    for match in _PARENTHETICAL.finditer(sentence):
        chinese = re.sub(r"\s+", "", match.group(1))
        after = HANGUL_RUN.match(sentence[match.end() :])
        if after and not _ends_word(after.group()):
            continue
        before = sentence[: match.start()].rstrip()
        korean = _quoted_extent(before) or _noun_phrase_extent(before, chinese)
        if korean and HANGUL_RUN.search(korean):
            found.append((korean, chinese, after.group() if after else ""))
    return found


def chinese_parenthetical_pairs(sentence: str) -> list[tuple[str, str]]:
    """(Korean gloss, Chinese phrase) for each Korean gloss in parentheses in a Chinese sentence:
    警务室（경무실）."""
    pairs = []
    for match in _KOREAN_GLOSS.finditer(sentence):
        korean = match.group(1).strip()
        chinese = _chinese_extent(sentence[: match.start()].rstrip(), term_key(korean))
        if chinese:
            pairs.append((korean, chinese))
    return pairs


# quotations: a programme's or campaign's name (‘여우사냥행동’, “猎狐行动”), in curly, corner or title
# quotes, or straight ones paired in turn (a straight quote before a two-digit year is the year's: '24년)
_QUOTATIONS = {
    "ko": re.compile(r"‘([^‘’\n]{2,60})’|“([^“”\n]{2,60})”|「([^「」\n]{2,60})」|《([^《》\n]{2,60})》|'(?!\d{2}\s?년)([^'\n]{2,60})'|\"([^\"\n]{2,60})\""),
    "zh": re.compile(r"“([^“”\n]{2,60})”|‘([^‘’\n]{2,60})’|「([^「」\n]{2,60})」|『([^『』\n]{2,60})』|《([^《》\n]{2,60})》|\"([^\"\n]{2,60})\""),
}
_SPEECH_MARK = re.compile(r"[.!?。！？，,；;：:]")  # a quoted clause or sentence is speech, not a name


def quoted_pairs(korean: str, chinese: str, words: int = 5, korean_chars: int = 30, chinese_chars: int = 16) -> list[tuple[str, str, bool]]:
    """(Korean, Chinese, alone) for the names quoted in a pair of aligned sentences, each once,
    paired in order when both quote the same number of them: ‘여우사냥행동’ and “猎狐行动”; `alone`
    when each side quotes just that one (a list's order may differ between the languages, so a pair
    from a list is weaker evidence). Not a name that is its Chinese read aloud (the readings find
    those), nor a quotation of more than `words` words or with a sentence or clause mark inside
    (speech)."""
    ko = list(dict.fromkeys(q for q in _quotations(korean, "ko") if HANGUL_RUN.search(q) and len(q.split()) <= words and len(q) <= korean_chars))
    zh = list(dict.fromkeys(q for q in _quotations(chinese, "zh") if HAN_RUN.search(q) and not HANGUL_RUN.search(q) and len(q) <= chinese_chars))
    if not ko or len(ko) != len(zh):
        return []
    return [(k, z, len(ko) == 1) for k, z in zip(ko, zh) if term_key(k) != reading_key(z)]


def _quotations(sentence: str, lang: str) -> list[str]:
    """The quotations of a sentence without speech marks inside; one that holds quotations of its
    own gives those (the headline `"'8대 향상'으로 … 만든다"` names ‘8대 향상’)."""
    found = []
    for match in _QUOTATIONS[lang].finditer(sentence):
        inner = next(group for group in match.groups() if group is not None).strip()
        nested = _quotations(inner, lang)
        if nested:
            found.extend(nested)
        elif inner and not _SPEECH_MARK.search(inner):
            found.append(inner)
    return found


def abbreviation_pairs(korean: str, chinese: str) -> list[tuple[str, str]]:
    """(Korean phrase, Chinese phrase) glossed with the same Latin abbreviation in a pair of aligned
    sentences: 국제형사경찰기구(ICPO) and 国际刑警组织（ICPO）."""
    chinese_before = {m.group(1).casefold(): chinese[: m.start()].rstrip() for m in _LATIN_GLOSS.finditer(chinese)}
    pairs = []
    for match in _LATIN_GLOSS.finditer(korean):
        before_zh = chinese_before.get(match.group(1).casefold())
        before_ko = korean[: match.start()].rstrip()
        if before_zh is None or not re.search(f"[{HANGUL}]$", before_ko):
            continue
        zh = _chinese_extent(before_zh, term_key(" ".join(_bare_noun_phrase(before_ko))), fallback=False)
        ko = _quoted_extent(before_ko) or _noun_phrase_extent(before_ko, zh or "")
        if zh and ko:
            pairs.append((ko, zh))
    return pairs


def _chinese_extent(before: str, korean_key: str, fallback: bool = True) -> str | None:
    """The Chinese phrase a gloss belongs to: the quoted phrase if one ends here, else the end of the
    run of Chinese characters whose reading shares most with the Korean, widened so as not to cut a
    dictionary word (외상 후 ~ 创伤后, not 伤后). With nothing shared, the shortest dictionary word
    that ends the run, if `fallback`."""
    quoted = _quoted_extent(before)
    if quoted and HAN_RUN.fullmatch(quoted):
        return quoted
    tail = re.search(f"[{HAN}]+$", before[-12:])
    if not tail:
        return None
    text = to_simplified(tail.group())
    best, best_score = 0, 0.0
    for size in range(2, min(10, len(text)) + 1):
        shared = sum((Counter(reading_key(text[-size:])) & Counter(korean_key)).values())
        score = shared / max(len(korean_key), 1) - 0.03 * size
        if shared and score > best_score:
            best, best_score = size, score
    if not best:
        lexical = (size for size in range(2, min(8, len(text)) + 1) if text[-size:] in chinese_lexicon())
        best = next(lexical, 0) if fallback else 0
    while 0 < best < len(text) and not starts_with_word(text[-best:]) and text[-best - 1 : -best + 1] in chinese_lexicon():
        best += 1
    return tail.group()[-best:] if best else None


def _bare_noun_phrase(before: str) -> list[str]:
    """Up to four words ending `before` that form a noun phrase: the last word, and the bare nouns
    (no particle, no ending) right before it; none when `before` ends in punctuation (a sentence's
    source credit, `…유발됐다.(新京报)`, glosses no word)."""
    words = before.split()
    if not words or not words[-1][-1].isalnum():
        return []
    phrase_words = [words[-1]]
    for word in reversed(words[:-1]):
        if len(phrase_words) == 4 or not re.fullmatch(f"[{HANGUL}0-9]+", word) or korean_stem(word) != word:
            break
        phrase_words.insert(0, word)
    return phrase_words


def _ends_word(following: str) -> bool:
    """Whether Hangul right after a gloss closes the word: a particle, or an administrative level."""
    return following in particles() or (following[0] in _ADMINISTRATIVE_SYLLABLES and (len(following) == 1 or following[1:] in particles()))


def _quoted_extent(before: str) -> str | None:
    """The quoted phrase the gloss belongs to: one still open (‘교통순라소(交巡所)’) or one that has
    just closed (‘3류 사건’(三类可防性案件)); a quotation of more than five words is not a term."""
    window = before[-60:]
    inner = None
    if window and window[-1] in _CLOSING_QUOTES:
        opening = max(window.rfind(q, 0, len(window) - 1) for q in _OPENING_QUOTES)
        inner = window[opening + 1 : -1].strip() if opening >= 0 else None
    else:
        for position in range(len(window) - 1, -1, -1):
            ch = window[position]
            if ch in _CLOSING_QUOTES and ch not in _OPENING_QUOTES:
                return None
            if ch in _OPENING_QUOTES:
                if ch in "'\"" and before.count(ch) % 2 == 0:
                    return None  # a straight quote that closes an earlier one
                inner = window[position + 1 :].strip()
                break
    if not inner or len(inner.split()) > 5 or len(inner) > 30:
        return None
    return inner


# a gloss renders its whole phrase: an extent with more than a fifth fewer syllables than the Chinese
# has characters is missing words, however little they share with the Chinese reading (a
# transliterated name: 베이룽 = 北龙, 하얼빈 = 哈尔滨)
_SHORTFALL_ALLOWED = 0.2


def _noun_phrase_extent(before: str, chinese: str) -> str | None:
    """The Korean phrase a gloss belongs to: the last word of the noun phrase right before it, and
    each word before that one that reads the Chinese: at least half of the word's syllables among
    the readings of the Chinese characters before those the phrase reads already (외상 of 외상 후
    스트레스 장애(创伤后应激障碍): 상 of 创伤; 길림성 공안청(吉林省公安厅)), or, when the phrase
    reads none of them, more than half (not 신형 of 신형 보이스피싱(电信诈骗)). A word that reads
    nothing is taken too while the phrase is too short (`_SHORTFALL_ALLOWED`) and reads nothing
    yet or leaves Chinese unread before what it reads (레저, 온천 and 베이룽 of 베이룽 온천 레저
    호텔(北龙温泉休闲酒店)); not when it reads the Chinese from its start (이번 of 이번
    전화사기(电信网络诈骗): 전). A word with a particle ends the noun phrase: 백성시공안국은
    공소(控申) glosses 공소 alone."""
    phrase_words = _bare_noun_phrase(before)  # the words before the last are bare Hangul or digits
    if not phrase_words:
        return None
    phrase_words[-1] = re.sub(r"^[^\w]+", "", phrase_words[-1])  # an opening quote or bracket: 《금기캡술(金杞胶囊)》
    reading = reading_key(chinese)
    wanted = (1 - _SHORTFALL_ALLOWED) * len(reading)
    extent = [phrase_words[-1]]
    for word in reversed(phrase_words[:-1]):
        key, read = term_key(word), term_key(" ".join(extent))
        starts = [reading.find(syllable) for syllable in read if syllable in reading]
        if starts:  # the word's syllables among the readings before the part the phrase reads
            shared = sum((Counter(key) & Counter(reading[: min(starts)])).values())
            reads = shared > 0 and 2 * shared >= len(key)
        else:
            reads = 2 * sum((Counter(key) & Counter(reading)).values()) > len(key)
        if not reads and not (len(read) < wanted and (not starts or min(starts) > 0)):
            break
        extent.insert(0, word)
    return " ".join(extent)
