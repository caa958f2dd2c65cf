"""The Sino-Korean bridge for term induction: Korean words and phrases that read as Chinese.

Exact readings (경무실 = 警务室) and their parts (군중안전감 gives 안전감 = 安全感), and the calques of
Chinese-Korean news that read so only in part (사회구역 경찰 ~ 社区民警, 동기 대비 ~ 同比, 범죄타격 =
打击犯罪 with its halves swapped).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from align.script.chars import HAN_RUN, HANGUL, is_hangul
from align.script.keys import to_simplified
from align.terms.words import (
    bounds_a_term,
    chinese_lexicon,
    chinese_nouns,
    contractions,
    cuts_word,
    ends_with_word,
    is_figure,
    korean_stem,
    listed_in_dictionary,
    reading_key,
    starts_with_word,
    stopwords,
    term_key,
)

_SUFFIXES = frozenset("队站室所组局厅处科岗人者员")  # organisations and people: 경무팀 ~ 警务队, 혐의자 ~ 嫌疑人
_ADMINISTRATIVE_LEVELS = frozenset("省市州县区")
_SINO_DIGITS = str.maketrans("0123456789", "영일이삼사오육칠팔구")
_TWO_DIGITS = re.compile(r"\d\d")
_CONNECTIVE_ENDINGS = ("의", "과", "와")
_CONNECTIVE_WORDS = frozenset({"및"})
_ADNOMINAL_ENDINGS = ("는", "던", "은", "른", "떤", "운", "길", "다", "고", "며", "서", "게")
_KOREAN_TOKEN = re.compile(f"\\d[\\d,.]*[{HANGUL}0-9]*|[{HANGUL}][{HANGUL}0-9]*|[^\\s{HANGUL}0-9]")  # 9,833개를 is one word


def hanja_matches(units: Sequence[str], grams: dict[str, list[str]], pieces: bool = True) -> list[tuple[str, str]]:
    """Longest Korean substrings of each stem that read as a Chinese n-gram; a stem pair (사회 발전)
    counts only as a whole, never as a piece cut across its space, and so does every unit without
    `pieces`."""
    found = []
    for unit in units:
        surface = unit.replace(" ", "")
        key = term_key(unit)
        if len(key) != len(surface) or any(ch.isdigit() for ch in surface):
            continue
        if " " in unit or not pieces:
            if key in grams:
                found.append((unit, grams[key][0]))
            continue
        taken = [False] * len(key)
        for size in range(len(key), 1, -1):
            for start in range(len(key) - size + 1):
                if any(taken[start : start + size]) or key[start : start + size] not in grams:
                    continue
                if start % 2 and size < len(key):
                    continue  # inside a compound, Sino-Korean words start on two-syllable steps
                found.append((surface[start : start + size], grams[key[start : start + size]][0]))
                taken[start : start + size] = [True] * size
    return found


def contraction_matches(units: Sequence[str], grams: dict[str, list[str]], standalone: set[str]) -> list[tuple[str, str]]:
    """Korean units of four syllables (a word, or two words of two: `korean_units`' pairs, as the
    readings pair them too) that read as a four-character Chinese word whose contraction, and not
    the full word, is in the bead's Chinese (`grams`, as `chinese_grams` gives them): 교통경찰 ~ 交警,
    read 交通警察. A contraction whose own reading is in the bead's Korean, inside any unit, or is a
    Korean word of the document (`standalone`) is that word's rendering instead: 공공 안전 beside
    공안부 is no 公安."""
    table = contractions()
    korean = [term_key(unit) for unit in units]
    spoken = {term_key(word) for word in standalone}
    present = {gram for variants in grams.values() for gram in variants if gram in table}
    shorts = sorted(gram for gram in present if reading_key(gram) not in spoken and not any(reading_key(gram) in key for key in korean))
    found = []
    for unit, key in zip(units, korean) if shorts else ():
        if len(key) != 4 or len(unit.replace(" ", "")) != 4:  # (a four-syllable reading: a shortcut)
            continue
        for short in shorts:
            if any(reading_key(full) == key and full not in grams.get(key, ()) for full in table[short]):
                found.append((unit, short))
    return found


def compound_parts(ko_term: str, zh_term: str, standalone: set[str], listed_part: int = 3) -> list[tuple[str, str, bool]]:
    """Parts of a compound matched by reading, each with whether the Korean text also uses it alone.

    A reading match maps syllable i to character i, so a part's Chinese is the same slice. A part is
    kept when the Korean text uses it as a word of its own (길림성공안청 gives 공안청 = 公安厅), when
    its Chinese is a dictionary word (군중안전감 gives 안전감 = 安全感, never 중안; of `listed_part`
    characters or more, any entry, however rare, with words or nothing on either side: 경제범죄혐의
    gives 경제범죄 = 经济犯罪, 범죄안건 no 범죄안 = 犯罪案), or when it is an administrative level with
    its institution (백성시공안국 gives 시공안국 = 市公安局)."""
    if " " in ko_term or len(ko_term) != len(zh_term):
        return []
    parts = []
    for a in range(len(ko_term)):
        for b in range(a + 2, len(ko_term) + 1):
            if (a, b) == (0, len(ko_term)):
                continue
            level = a > 0 and b == len(zh_term) and zh_term[a] in _ADMINISTRATIVE_LEVELS and zh_term[a + 1 :] in chinese_lexicon()
            if not level and cuts_word(zh_term, a, b):
                continue  # 소비자 = 消费者 does not give 비자 = 费者, though 비자 (visa) stands alone
            alone = ko_term[a:b] in standalone
            listed = zh_term[a:b] in chinese_lexicon() or (b - a >= listed_part and listed_in_dictionary(zh_term[a:b]) and _between_words(zh_term, a, b))
            if alone or level or listed:
                parts.append((ko_term[a:b], zh_term[a:b], alone))
    return parts


# a level's syllable written onto the name before it and apart from the institution after it:
# 지린성 공안청, 장쑤(江蘇)성 공안청, 퉁화(通化)시 공안국
_LEVEL_BEFORE_WORD = re.compile(f"(?<=[{HANGUL})])([성시현주구])( ?)([{HANGUL}]{{2,}})")


def level_institution_matches(korean: str, grams: dict[str, list[str]]) -> list[tuple[str, str]]:
    """An administrative level and the institution after it, where Korean writes the level's
    syllable onto the place name and leaves the institution apart (지린성 공안청 ~ 吉林省公安厅 gives
    성 공안청 = 省公安厅; `compound_parts` finds the level inside a compound written solid): the
    level's syllable and the institution's stem read a Chinese n-gram of the bead (`grams`) that is
    the level's character and a dictionary word that names no place of a level itself (지린성 장춘시 gives
    no 성 장춘시 ~ 省长春市: 长春市 is a city, not an institution). Written solid (연변주공안국), the pair is the one
    `compound_parts` gives, spelt the same."""
    found = []
    for match in _LEVEL_BEFORE_WORD.finditer(korean):
        level, space, stem = match.group(1), match.group(2), korean_stem(match.group(3))
        key = term_key(level + stem)
        if len(key) != len(stem) + 1:
            continue
        for chinese in grams.get(key, ()):
            if chinese[0] in _ADMINISTRATIVE_LEVELS and chinese[1:] in chinese_lexicon() and chinese[-1] not in _ADMINISTRATIVE_LEVELS:
                found.append((level + space + stem, chinese))  # as written: 성 공안청, 주공안국
                break
    return found


def _between_words(run: str, start: int, end: int) -> bool:
    """Whether what is left of `run` on each side of the slice is nothing or starts (ends) with a
    dictionary word: 经济犯罪|嫌疑, not 犯罪案|件."""
    return (start == 0 or ends_with_word(run[:start])) and (end == len(run) or starts_with_word(run[end:]))


@dataclass(frozen=True)
class _Word:
    """A Korean word of a sentence, as the phrase bridge sees it."""

    surface: str  # as written, particles included
    stem: str  # particles and verb endings removed
    key: str  # folded key of the stem, one letter per syllable (single digits read in Sino-Korean)
    linking: bool  # may stand inside a noun phrase: bare noun, a 의/과/와 word, or 및


@lru_cache(maxsize=4096)
def _phrase_words(korean: str) -> tuple[_Word | None, ...]:
    """The words of a sentence in order; None where punctuation interrupts a phrase."""
    words: list[_Word | None] = []
    for token in _KOREAN_TOKEN.findall(korean):
        if not (is_hangul(token[0]) or token[0].isdigit()):
            if token != "·":
                words.append(None)
            continue
        if _TWO_DIGITS.search(token) or is_figure(token):
            words.append(None)  # figures are not terms: 3실 and 1체 3익 are names, 12346, 6월 and 5명 figures
            continue
        stem = korean_stem(token)
        key = term_key(stem.translate(_SINO_DIGITS))
        if not stem or len(key) != len(stem):
            words.append(None)
            continue
        linking = stem == token or token.endswith(_CONNECTIVE_ENDINGS) or token in _CONNECTIVE_WORDS
        words.append(_Word(token, stem, key, linking))
    return tuple(words)


def phrase_matches(korean: str, chinese: str, longest: int = 8) -> list[tuple[str, str, float]]:
    """Korean noun phrases of one to four words that read like a Chinese n-gram in part
    (사회구역 경찰 ~ 社区民警 read 사구민경, 동기 대비 ~ 同比, 1체 3익 = 一体三翼), with the Dice of the
    syllables matched in order. The phrase must start and end on words that share a syllable (one
    word between may be a native translation), and most of the Chinese must be read: these are the
    calques of Chinese-Korean news."""
    readings = []
    for run in HAN_RUN.findall(to_simplified(chinese)):
        reading = reading_key(run)
        if len(reading) == len(run):
            readings.append((run, reading))
    if not readings:
        return []
    words = _phrase_words(korean)
    best: dict[str, tuple[float, list[str]]] = {}  # phrase -> best Dice and the Chinese reaching it
    for first, word in enumerate(words):
        if word is None or word.stem in stopwords() or len(word.surface) == 1:
            continue  # a lone syllable opening a phrase is a determiner (전 성, 시 공안기관)
        for run, reading in readings:
            position = reading.find(word.key[0])
            while position >= 0:
                _follow_phrase(words, first, run, reading, position, longest, best)
                position = reading.find(word.key[0], position + 1)
            _follow_reversed(word, run, reading, best)
    return [(phrase, zh, dice) for phrase, (dice, found) in best.items() for zh in found]


def _record(best: dict[str, tuple[float, list[str]]], phrase: str, zh: str, dice: float) -> None:
    """Keep the Chinese that reads best for a phrase; equally good readings are all kept (기층관리
    may be 基层治理 or 基层基础 in the same sentence: the reading cannot tell)."""
    previous, found = best.get(phrase, (0.0, []))
    if dice > previous:
        best[phrase] = (dice, [zh])
    elif dice == previous and zh not in found:
        found.append(zh)


def _follow_reversed(word: _Word, run: str, reading: str, best: dict[str, tuple[float, list[str]]]) -> None:
    """A Korean compound whose two halves read as two Chinese words in the other order: Chinese
    verb-object becomes Korean object-verb (범죄타격 = 打击犯罪). Scored just below a straight reading."""
    for split in range(2, len(word.key) - 1):
        position = reading.find(word.key[split:] + word.key[:split])
        if position < 0:
            continue
        zh = run[position : position + len(word.key)]
        head, tail = zh[: len(word.key) - split], zh[len(word.key) - split :]
        if head in chinese_lexicon() and tail in chinese_lexicon():
            _record(best, word.stem, zh, 0.9)


def _follow_phrase(
    words: Sequence[_Word | None], first: int, run: str, reading: str, start: int, longest: int, best: dict[str, tuple[float, list[str]]]
) -> None:
    """Match the words from `first` on against the reading from `start` and record each phrase that
    ends on a word boundary and passes the coverage bars.

    Each word's syllables are found in order, and the next word may look again from just after this
    word's first hit: 중대 및 특대 사고 shares 大 between its words and reads all of 重特大事故."""
    limit = min(len(reading), start + longest)
    floor, korean_hits, syllables, unread_words = start, 0, 0, 0
    covered: set[int] = set()
    parts: list[str] = []
    for word in words[first : first + 4]:
        if word is None:
            return
        cursor, hits, last_read = floor, [], -1
        for index, syllable in enumerate(word.key):
            found = reading.find(syllable, cursor, limit)
            if found >= 0:
                hits.append(found)
                cursor, last_read = found + 1, index
        if hits:
            floor = hits[0] + 1
            covered.update(hits)
        korean_hits += len(hits)
        syllables += len(word.key)
        if not hits or word.surface in _CONNECTIVE_WORDS:
            unread_words += word.surface not in _CONNECTIVE_WORDS
            if unread_words > 1 or not word.linking:
                return
            parts.append(word.surface)
            continue  # 및, or one native word inside a calque (9가지 작은 장소 = 九小场所), never ends a phrase
        end = max(covered) + 1
        continued = _continuation(run, end, limit, len(word.key) - 1 - last_read)
        end += continued
        zh = run[start:end]
        size = len(zh)
        phrase = " ".join(parts + [word.stem])
        if (
            korean_hits >= 2
            and size >= 2
            and len(covered) / size >= 0.5
            and korean_hits / syllables >= 0.25
            and bounds_a_term(zh)
            and not cuts_word(run, start, end)
        ):
            # a continuation and the syllables it translates count half: 공안사업 ~ 公安工作 beats 公安
            dice = (korean_hits + len(covered) + continued) / (syllables + size)
            _record(best, phrase, zh, dice)
        if not word.linking:
            return
        parts.append(word.surface)


def _continuation(run: str, end: int, limit: int, unread: int) -> int:
    """How many characters after `end` translate the phrase's unread last syllables: the same number
    of characters when they are Chinese words (봉사창구 ~ 服务窗口), one suffix for an organisation
    or a person (경무팀 ~ 警务队), or the rest of a word the match stopped inside; zero when the
    text goes on with something else (경찰 ~ 民警, then 进入)."""
    if unread <= 0 or end >= limit:
        return 0
    if cuts_word(run, 0, end):
        return 1  # 전신네트워크사기 ~ 电信网络诈骗: 사 reads 诈, and 诈骗 is one word
    following = run[end : end + unread]
    if len(following) < unread:
        return 0
    if unread == 1:
        return 1 if following in _SUFFIXES else 0
    return unread if _splits_into_words(following) else 0


def _splits_into_words(text: str) -> bool:
    """Whether `text` is a sequence of dictionary words of two or more characters."""
    if not text:
        return True
    lexicon = chinese_lexicon()
    return any(text[:size] in lexicon and _splits_into_words(text[size:]) for size in range(len(text), 1, -1))


def neighbour_pairs(korean: str, chinese: str, readings: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Words next to a reading match inside a noun phrase, paired with the Chinese word on the same
    side of its counterpart: Korean and Chinese noun phrases are both head-final, so in 지진 피해자를
    ~ 地震受害者 the word after 지진 = 地震 is 受害者, though 피해자 does not read so.

    Only where the reading occurs once in the Chinese and neither neighbour is read itself."""
    simplified = to_simplified(chinese)
    read_ko = {ko for ko, _ in readings}
    once = {ko: (simplified.find(zh), simplified.find(zh) + len(zh)) for ko, zh in readings if simplified.count(zh) == 1}
    read_spans = list(once.values())
    words = _phrase_words(korean)
    pairs = []
    for index, word in enumerate(words):
        if word is None or word.stem not in once:
            continue
        start, end = once[word.stem]
        after = words[index + 1] if index + 1 < len(words) else None
        if word.stem == word.surface and after is not None and after.stem not in read_ko and not _modifies(after.surface):
            chinese_word = _dictionary_word(simplified, end, read_spans, forward=True)
            if chinese_word:
                pairs.append((after.stem, chinese_word))
        before = words[index - 1] if index > 0 else None
        if before is not None and before.stem == before.surface and before.stem not in read_ko and not _modifies(before.surface):
            chinese_word = _dictionary_word(simplified, start, read_spans, forward=False)
            if chinese_word:
                pairs.append((before.stem, chinese_word))
    return [(ko, zh) for ko, zh in pairs if len(ko) >= 2 and ko not in stopwords() and bounds_a_term(zh)]


def _dictionary_word(text: str, at: int, read_spans: Sequence[tuple[int, int]], forward: bool) -> str | None:
    """The longest dictionary word of two to four characters starting (or ending) at `at`, if it is
    a noun and no reading match already covers any of it."""
    for size in range(4, 1, -1):
        start, end = (at, at + size) if forward else (at - size, at)
        word = text[start:end] if start >= 0 else ""
        if len(word) == size and HAN_RUN.fullmatch(word) and word in chinese_lexicon():
            overlaps = any(start < span_end and span_start < end for span_start, span_end in read_spans)
            return word if word in chinese_nouns() and not overlaps else None
    return None


def _modifies(word: str) -> bool:
    """Whether a Korean word is a verb or adjective form rather than a noun: 어떤, 다른, 깊은, 있는,
    열렬한, 발령된, 전반적인 (a noun neighbour is wanted)."""
    if len(word) == 2 and word[-1] in "을를의은는이가에도로와과":
        return True  # a one-syllable word with its particle (것을, 그의) is no noun neighbour either
    return word.endswith(_ADNOMINAL_ENDINGS) or (len(word) >= 3 and word.endswith(("한", "된", "할", "될", "인")))


def _predicate_form(word: str) -> bool:
    """Whether a Korean word is plainly a verb, adjective or adverb form rather than a noun: a finite
    or quoting ending (한다, 했다, …라고, …다고), a connective of 하다 (하고, 하여, 해서, 하며) or an
    adverb (엄하게, 조용히 when longer than a noun's 히). 신고, 진술서 and 사고 are nouns."""
    return word.endswith(("한다", "된다", "했다", "됐다", "이다", "라고", "다고", "하고", "하여", "해서", "하며", "하게", "되게")) or (
        len(word) >= 3 and word.endswith("히")
    )


def truncated_reading(ko_term: str, zh_term: str, texts: Sequence[str]) -> str | None:
    """The Chinese the texts write around `zh_term` that reads all of the Korean, when `zh_term`
    reads only its start or its end (공안부 ~ 公安 where the documents write 公安部: 公安部); None
    when the Chinese reads it all, or the texts never extend it so. `texts` are in simplified script."""
    key, chinese = term_key(ko_term), to_simplified(zh_term)
    reading = reading_key(chinese)
    missing = len(key) - len(reading)
    if not chinese or missing <= 0 or not all(is_hangul(ch) for ch in reading):
        return None
    ends = [(0, missing)] if key.startswith(reading) else []
    ends += [(missing, 0)] if key.endswith(reading) else []
    for before, after in ends:
        for text in texts:
            at = text.find(chinese, before)
            while at >= 0:
                extended = text[at - before : at + len(chinese) + after]
                if reading_key(extended) == key:
                    return extended
                at = text.find(chinese, at + 1)
    return None


def _partly_read(korean: str, reading: str) -> bool:
    """Whether a Korean key and a Chinese reading are equal, or one is the start or end of the other."""
    return korean.startswith(reading) or korean.endswith(reading) or reading.startswith(korean) or reading.endswith(korean)


def residual_pairs(pairs: Iterable[tuple[str, str]], standalone: set[str], shortest_read: int = 2) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """What remains of compound pairs once a part read exactly at either end is explained away:
    사기범죄 ~ 诈骗犯罪 and 전신사기 ~ 电信诈骗 each leave 사기 ~ 诈骗 (범죄 = 犯罪, 전신 = 电信 read), and
    안전위험 ~ 安全风险 leaves 위험 ~ 风险: renderings that are not readings, found inside the calques
    that carry them. Each residual pair maps to the compound pairs it was read from.

    The Korean remainder must be used as a word of its own in the text (`standalone`), not a verb
    or adjective form, and the Chinese one must be a dictionary word; a remainder that is itself a
    reading is left out (the reading signals already find it), and so is one whose Chinese reads as
    the start or end of the Korean or the reverse (공안기관 ~ 公安, 안전형세 ~ 安全: the ends were cut in
    different places), and any remainder shorter than two syllables or characters. The
    compounds are given back as they were given, one spelling of each (사기 범죄 and 사기범죄 are one
    compound)."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    compounds: dict[tuple[str, str], set[tuple[str, str]]] = {}  # the residual's compounds, spaces removed, simplified
    lexicon = chinese_lexicon()
    for ko_term, zh_term in pairs:
        korean, chinese = ko_term.replace(" ", ""), to_simplified(zh_term)
        key = term_key(korean)
        if len(key) != len(korean) or any(ch.isdigit() for ch in korean) or not HAN_RUN.fullmatch(chinese):
            continue
        for read in range(shortest_read, min(len(key), len(chinese)) - 1):
            for ko_rest, zh_rest, ko_read, zh_read in (
                (korean[:-read], chinese[:-read], key[-read:], chinese[-read:]),  # 사기|범죄 ~ 诈骗|犯罪
                (korean[read:], chinese[read:], key[:read], chinese[:read]),  # 전신|사기 ~ 电信|诈骗
            ):
                if reading_key(zh_read) != ko_read or ko_rest not in standalone or zh_rest not in lexicon:
                    continue
                if _partly_read(term_key(ko_rest), reading_key(zh_rest)) or _predicate_form(ko_rest):
                    continue
                if (korean, chinese) not in compounds.setdefault((ko_rest, zh_rest), set()):
                    compounds[(ko_rest, zh_rest)].add((korean, chinese))
                    found.setdefault((ko_rest, zh_rest), set()).add((ko_term, zh_term))
    return found
