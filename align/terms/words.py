"""Korean stems, Chinese n-grams and reading keys as term induction, the learned lexicon and its
alignment features see them (a leaf module: it imports no other stage).

Korean stems come from stripping particles and verb endings (건설하고 -> 건설): Kiwi at 60 KB/s,
after a 4.5 s start, would spend the whole time budget of a 1,000-sentence pair on morphology.
Chinese candidates are character n-grams, kept from cutting a word by jieba's word list, which is
read as a plain set rather than through jieba's own 1.5 s initialisation.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from align.cache import cache_file, read_cache, write_cache
from align.data import data_lines
from align.script.chars import HAN_CHAR, HAN_RUN, HANGUL
from align.script.keys import fold, korean_key, to_simplified
from align.script.numbers import parse_numbers
from align.script.readings import folded_reading

_KINDS = ("가지", "류", "종", "항")
_DATE_UNITS = ("월", "일", "시", "세기", "세", "년", "분", "초", "달", "주", "개월")
_WORD = re.compile(f"[{HANGUL}0-9]+")
# A Sino-Korean noun made a verb (건설하고, 강화되였다, 해결했다): the marker must follow a stem of two
# syllables or more and start a verb ending, so that nouns holding 해/하/되 (피해자, 해결, 하락) stay.
_VERB_TAIL = re.compile(
    f"(?<=[{HANGUL}]{{2}})"
    r"(?:(?:했|됐|시켰|하였|되었|되였|하여|시키|돼)"
    r"|하(?:고|며|여|였|는|기|지|면|게|던|도록|므로|다|자|거)|해(?:서|야|왔|온|진)"
    r"|되(?:고|며|어|었|였|는|기|지|면|게|던|도록|다|거)|받(?:고|았|는|은|을|기|지|아|으))"
    f"[{HANGUL}]*$"
)
FUNCTION_CHARACTERS = frozenset("的了在是和与及等为对从把被将也都而并或之其以于")  # begin or end no term but inside a word (`bounds_a_term`)
NOT_INITIAL = FUNCTION_CHARACTERS | {"所"}  # 所 ends terms (派出所, 场所) but begins 所有, 所以


def bounds_a_term(chinese: str) -> bool:
    """Whether a Chinese n-gram may begin and end a term: no function character at either edge,
    unless a dictionary noun begins there (对象, 被告人, 以色列) or a dictionary word ends there
    (犯罪行为 ends in 行为; 查其, "investigate its", in no word), and no 等 closing a list inside
    (云南等地; `_closes_a_list`)."""
    starts = chinese[0] not in NOT_INITIAL or any(chinese[:size] in chinese_nouns() for size in (2, 3))
    return starts and (chinese[-1] not in FUNCTION_CHARACTERS or chinese[-2:] in chinese_lexicon()) and not _closes_a_list(chinese)


_LIST_CLOSER = "等"  # "and so on": ends an enumeration (云南等地, 交通事故等原因), inside words too (平等, 等级)


def _closes_a_list(chinese: str) -> bool:
    """Whether 等 stands inside an n-gram as a word of its own, closing a list (云南等地 "Yunnan and
    other places", 新疆等多地): no term holds one. 等 inside a dictionary word of the n-gram
    (平等, 等级, 高等教育) is no list closer."""
    lexicon = chinese_lexicon()
    for at in range(1, len(chinese) - 1):
        if chinese[at] == _LIST_CLOSER and not any(
            chinese[start:end] in lexicon for start in range(max(0, at - 3), at + 1) for end in range(at + 1, min(len(chinese), start + 4) + 1) if end - start >= 2
        ):
            return True
    return False


@lru_cache(maxsize=1)
def particles() -> tuple[str, ...]:
    return tuple(sorted(data_lines("ko_particles.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(data_lines("term_stopwords.txt"))


@lru_cache(maxsize=1)
def _particle_set() -> tuple[frozenset[str], int]:
    """The particles as a set, and the longest one's length."""
    listed = particles()
    return frozenset(listed), max(map(len, listed), default=0)


@lru_cache(maxsize=65536)
def korean_stem(word: str) -> str:
    """The noun stem of a Korean word: particles and Sino-Korean verb endings removed (the longest
    particle that leaves a stem of two syllables or more)."""
    stem = _VERB_TAIL.sub("", word, count=1)
    if stem == word:
        listed, longest = _particle_set()
        for size in range(min(longest, len(word) - 2), 0, -1):
            if word[-size:] in listed:
                return word[:-size]
    return stem


@lru_cache(maxsize=65536)
def term_key(text: str) -> str:
    return fold(korean_key(text)).replace(" ", "")


@lru_cache(maxsize=65536)
def reading_key(chinese: str) -> str:
    return folded_reading(chinese)


@lru_cache(maxsize=8192)
def korean_units(sentence: str) -> tuple[str, ...]:
    """Noun stems of a sentence, and pairs of a bare noun with the stem after it, separated by
    spaces only (사회구역 경찰이 gives 사회구역 경찰; 경제와 사회 and 장소’ 소방안전 no pair); words with
    figures (11만여건) are left out."""
    matches = list(_WORD.finditer(sentence))
    words = [m.group() for m in matches]
    stems = [korean_stem(word) for word in words]
    kept = [len(stem) >= 2 and not any(ch.isdigit() for ch in word) and stem not in stopwords() for word, stem in zip(words, stems)]
    pairs = [
        f"{stems[i]} {stems[i + 1]}"
        for i in range(len(words) - 1)
        if kept[i] and kept[i + 1] and stems[i] == words[i] and not sentence[matches[i].end() : matches[i + 1].start()].strip()
    ]
    return tuple(stem for stem, keep in zip(stems, kept) if keep) + tuple(pairs)


def is_figure(word: str) -> bool:
    """Whether a Korean word is a figure, alone or with its counter, or a date (9, 제3, 6월, 3년간,
    5명, 1위), which is no term, rather than a numbered name (3실, 1체, 6위1체) or a count of kinds
    that names a programme (9가지 작은 장소 = 九小场所, 3가지 새로운 체계 = 三项新体系)."""
    number = re.match(r"제?[\d,.]+", word)
    if not number:
        return False
    figure = next(iter(parse_numbers(word, "ko")), None)
    counted = figure is not None and figure.start == 0 and figure.unit_class != "plain" and figure.unit not in _KINDS
    rest = word[figure.end :] if figure is not None and counted else word[number.end() :]
    if any(ch.isdigit() for ch in rest):
        return False  # 6위1체 is a numbered name
    return counted or rest == "" or rest in particles() or rest.startswith(_DATE_UNITS)


def chinese_grams(sentence: str, longest: int = 6) -> dict[str, list[str]]:
    """Reading key -> Chinese character n-grams (2 to `longest` characters) of a sentence, leaving
    out those that cut a dictionary word at an edge (可能成 in 可能成为, 飞行记 in 飞行记录, 安部 in
    公安部; see `_cut_edges`) and those that open with a number's magnitude (万人次 of 1307.4万人次)."""
    grams: dict[str, list[str]] = defaultdict(list)
    simplified = to_simplified(sentence)
    for match in HAN_RUN.finditer(simplified):
        run = match.group()
        reading = reading_key(run)
        bad_start, bad_end = _cut_edges(run)
        # a magnitude right after digits is the number's (1307.4万人次: no gram 万人次)
        counted = match.start() > 0 and simplified[match.start() - 1].isdigit() and run[0] in _MAGNITUDE_CHARACTERS
        for size in range(2, min(longest, len(run)) + 1):
            for start in range(int(counted), len(run) - size + 1):
                if not bad_start[start] and not bad_end[start + size]:
                    grams[reading[start : start + size]].append(run[start : start + size])
    return grams


_MAGNITUDE_CHARACTERS = frozenset("十百千万萬亿億")


# a gram's edge word loses to the word it cuts when it is rare in general Chinese (fewer than
# `_RARE_EDGE_WORD` in jieba's counts) and that word this many times more common: 安部, a name seen
# 14 times, inside 公安部 against 公安, seen 2,800 times; 国籍 (471) inside 中国籍 stands
_CUT_WORD_DOMINANCE = 30
_RARE_EDGE_WORD = 100


@lru_cache(maxsize=65536)
def _cut_edges(run: str) -> tuple[tuple[bool, ...], tuple[bool, ...]]:
    """For each boundary i of a run of Chinese characters, whether a gram may not start there and
    whether one may not end there: the boundary cuts a two-character dictionary word run[i-1:i+1],
    unless the gram's own edge characters are a word as well (能成 is no word, 成为 is, so 可能成
    ends inside 成为) and not one that the word cut far outnumbers: at a gram's start only a rare one
    (安部 in 公安部; 国籍, seen 471 times, inside 中国籍 stands), at its end any (边境地 ends on 境地,
    seen 693 times, inside 地区, seen 39,590 times: a Chinese compound's head is its end, and a gram
    cut there is a term cut short, 서남변경지 ~ 西南边境地 of 西南边境地区), and one the word before it
    claims (公安行政审 ends on 政审, inside 审批, after 行政: trial 16); never where a word of three to
    five characters ends the gram or starts it (吉林省 and 长春市 of 吉林省长春市, across 省长: trial 22)."""
    lexicon = chinese_lexicon()
    frequency = _jieba_words().frequency

    def loses_to_cut(edge: str, cut: str, at_start: bool) -> bool:
        weak = frequency.get(edge, 0) < _RARE_EDGE_WORD or not at_start
        return edge not in lexicon or (weak and frequency.get(cut, 0) >= _CUT_WORD_DOMINANCE * frequency.get(edge, 0))

    def claimed_before(i: int) -> bool:
        """Whether the word before a gram's edge word at its end far outnumbers it (`_CUT_WORD_DOMINANCE`
        times its count: 行政, 21,860, over 政审, 43, in 行政审批, where the edge word is likely no word of
        the run)."""
        return i >= 3 and frequency.get(run[i - 3 : i - 1], 0) >= _CUT_WORD_DOMINANCE * frequency.get(run[i - 2 : i], 0)

    def longer_word_ends(i: int) -> bool:
        """Whether a word of three to five characters ends at boundary i (行政区 of 香港特别行政区政府,
        荆州市 of 荆州市委书记, 吉林省 of 吉林省长春市 across 省长, 江苏省 of 江苏省委): the gram ends on it."""
        return any(i - size >= 0 and run[i - size : i] in lexicon for size in (3, 4, 5))

    def longer_word_starts(i: int) -> bool:
        """Whether a word of three to five characters starts at boundary i (长春市 of 吉林省长春市)."""
        return any(i + size <= len(run) and run[i : i + size] in lexicon for size in (3, 4, 5))

    cut = [0 < i < len(run) and run[i - 1 : i + 1] in lexicon for i in range(len(run) + 1)]
    bad_start = tuple(cut[i] and not longer_word_starts(i) and loses_to_cut(run[i : i + 2], run[i - 1 : i + 1], at_start=True) for i in range(len(run) + 1))
    bad_end = tuple(
        cut[i] and not longer_word_ends(i) and (loses_to_cut(run[i - 2 : i], run[i - 1 : i + 1], at_start=False) or claimed_before(i)) for i in range(len(run) + 1)
    )
    return bad_start, bad_end


def cuts_word(run: str, start: int, end: int) -> bool:
    """Whether run[start:end] begins or ends inside a two-character dictionary word, or ends on an
    edge word the word before it claims (`_cut_edges`)."""
    bad_start, bad_end = _cut_edges(run)
    return (start > 0 and bad_start[start]) or (end < len(run) and bad_end[end])


def starts_with_word(text: str) -> bool:
    return any(text[:size] in chinese_lexicon() for size in range(2, min(5, len(text)) + 1))


def ends_with_word(text: str) -> bool:
    return any(text[-size:] in chinese_lexicon() for size in range(2, min(5, len(text)) + 1))


def chinese_lexicon() -> frozenset[str]:
    """jieba's dictionary as a plain word list: words of two or more characters seen ten times or
    more (the rarest entries are mostly segmentation debris such as 能成)."""
    return _jieba_words().words


def chinese_nouns() -> frozenset[str]:
    """The words of `chinese_lexicon` that jieba tags as nouns, place or organisation names, or
    abbreviations; not person names, which only the bridge may pair."""
    return _jieba_words().nouns


def listed_in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary lists `word` at all, however rarely seen (经济犯罪 3 times,
    省公安厅 3): a longer entry is a word even when too rare for `chinese_lexicon`."""
    return word in _jieba_words().frequency


@lru_cache(maxsize=1)
def contractions() -> Mapping[str, tuple[str, ...]]:
    """Two-character nouns and abbreviations (`chinese_nouns`) and the four-character dictionary
    entries they may contract, by the usual rule of Chinese abbreviation: the first character of
    each two-character half (交通警察 gives 交警, 中等学校 中学). The contraction must be a noun: an
    idiom's 千万 (千军万马) or 东西 (东奔西走) is no contraction. Entries in simplified script; a short
    that is also a word of its entry (民主 of 民主主义) is left to `contraction_matches`, which never
    pairs a contraction whose reading is in the Korean."""
    nouns = chinese_nouns()
    found: dict[str, set[str]] = defaultdict(set)
    for entry in _jieba_words().frequency:
        if len(entry) == 4:
            entry = to_simplified(entry)
            short = entry[0] + entry[2]
            if short in nouns:
                found[short].add(entry)
    return {short: tuple(sorted(entries)) for short, entries in found.items()}


def dictionary_words(minimum: int = 1) -> frozenset[str]:
    """The entries of two or more characters in jieba's dictionary counted at least `minimum` times."""
    return frozenset(word for word, count in _jieba_words().frequency.items() if count >= minimum)


def general_frequency(word: str) -> float:
    """How often `word` occurs in general Chinese, per million words: its count in jieba's
    dictionary (built from a large general corpus) over the dictionary's total; 0 for a word the
    dictionary does not list."""
    lexicon = _jieba_words()
    return 1e6 * lexicon.frequency.get(word, 0) / max(1, lexicon.total)


@dataclass(frozen=True)
class _JiebaLexicon:
    nouns: frozenset[str]
    frequency: dict[str, int]  # every entry of two or more characters, however rare
    total: int  # the sum of all entries' counts

    @cached_property
    def words(self) -> frozenset[str]:
        """The entries seen often enough to be words (`chinese_lexicon`)."""
        return frozenset(word for word, count in self.frequency.items() if count >= _LEXICON_MINIMUM)


_LEXICON_MINIMUM = 10  # rarer entries are mostly segmentation debris such as 能成


_CACHE_FORMAT = 5  # raise when what `_jieba_words` keeps changes


def jieba_dictionary() -> bytes:
    """The bytes of jieba's dictionary (`dict.txt`: word, count, part of speech per line), located,
    not imported: jieba's import costs 0.15 s."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed")
    return (Path(list(spec.submodule_search_locations)[0]) / "dict.txt").read_bytes()


COMMON_HAN = 4000  # the most frequent Han characters of jieba's dictionary `common_han_text` keeps


def common_han_text() -> str:
    """The text of `align/data/common_han.txt` (decoding reads it): a comment naming its derivation,
    then on one line, in code-point order, the `COMMON_HAN` most frequent Han characters of jieba's
    dictionary (each weighted by the counts of the words it is in) and their OpenCC `s2t` forms."""
    import opencc

    counts: Counter[str] = Counter()
    for word, count in re.findall(r"^(\S+) (\d+) ", jieba_dictionary().decode("utf-8"), re.MULTILINE):
        for character in word:
            counts[character] += int(count)
    common = "".join(character for character, _ in counts.most_common() if HAN_CHAR.fullmatch(character))[:COMMON_HAN]
    both = sorted(set(common) | set(opencc.OpenCC("s2t").convert(common)))
    return (
        f"# the {COMMON_HAN} most frequent Han characters of jieba's dictionary and their OpenCC s2t forms (scripts/build_common_han.py)\n"
        + "".join(both)
        + "\n"
    )


@lru_cache(maxsize=1)
def _jieba_words() -> _JiebaLexicon:
    """Read jieba's dictionary directly: building jieba's prefix dictionary costs 1.5 s, and only
    membership, the part of speech and the counts are needed here. Parsing takes 0.4 s, so the
    result is kept in the user's cache (`align.cache`), checked against the dictionary's SHA-256."""
    raw = jieba_dictionary()
    digest = hashlib.sha256(raw).hexdigest()
    cache = cache_file(f"jieba-words-{_CACHE_FORMAT}-{digest[:16]}.json")
    cached = _lexicon_from(read_cache(cache, _CACHE_FORMAT, digest))
    if cached is not None:
        return cached
    entries = [(word, int(count), tag) for word, count, tag in re.findall(r"^(\S+) (\d+) (\w+)", raw.decode("utf-8"), re.MULTILINE)]
    frequency = {word: count for word, count, _ in entries if len(word) >= 2}
    total = sum(count for _, count, _ in entries)
    nouns = [
        word for word, count, tag in entries
        if len(word) >= 2 and count >= _LEXICON_MINIMUM and tag[0] in "nj" and tag != "vn" and not tag.startswith("nr")
    ]
    write_cache(cache, _CACHE_FORMAT, digest, {"nouns": nouns, "frequency": frequency, "total": total}, family="jieba-words-")
    return _JiebaLexicon(frozenset(nouns), frequency, total)


def _lexicon_from(content: dict[str, object] | None) -> _JiebaLexicon | None:
    """The word lists and counts of a cache file, if they have the shapes written."""
    if content is None:
        return None
    nouns, frequency, total = content.get("nouns"), content.get("frequency"), content.get("total")
    if not (isinstance(nouns, list) and all(isinstance(w, str) for w in nouns)):
        return None
    if not (isinstance(frequency, dict) and isinstance(total, int) and all(isinstance(n, int) for n in frequency.values())):
        return None
    return _JiebaLexicon(frozenset(nouns), frequency, total)
