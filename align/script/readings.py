"""Hangul readings of Chinese text: the Sino-Korean bridge between the two languages.

Most police vocabulary in Korean is Sino-Korean, so the reading of a Chinese word often is the
Korean word (警務室 -> 경무실). Simplified text is converted to traditional first: the reading
table is keyed on traditional characters (without it 机 reads 궤 and 达 reads 체). The conversion
is OpenCC's `s2t`, shipped as a derived table (`data/hanja_traditional.tsv`): loading OpenCC's
phrase dictionary would cost a fresh process 30 ms for the few words whose reading it changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick_rs

from align.data import data_file, data_rows
from align.errors import expect_text
from align.script.chars import HAN, HAN_CHAR, HAN_RUN, RYEOL_FORMS, initial_consonant, is_hangul, opens_ryeol_rule, without_surrogates
from align.script.keys import fold, initial_sound_form, to_simplified, to_traditional

_DEUM_CHANGES_BEFORE = "ㄷㅈ"  # 不 reads 부 before ㄷ/ㅈ: 不正 부정, 不動 부동


READING_TABLE = "hanja_readings.tsv"
TRADITIONAL_TABLE = "hanja_traditional.tsv"
TRADITIONAL_WORD_MINIMUM = 30  # jieba's count of a word for its phrase conversion to be kept


def derive_reading_table() -> dict[str, str]:
    """One Hangul reading per Chinese character, from libhangul's character dictionary
    (`data/libhangul-hanjac.txt`, BSD; `READING:HANJA:GLOSS` lines). A character with several
    readings takes its main one: not a reading that is only another's initial-sound form (類 is
    류, not 유, since the rule is applied per word later), then the reading its gloss gives for the
    most senses (便 편할 편, 소식 편, … over 똥오줌 변); `hanja_reading_overrides.tsv` settles the rest.

    Deriving takes about 0.1 s of CPU, so the result ships as `data/hanja_readings.tsv`
    (`python scripts/build_reading_table.py` writes it; a test checks it is current)."""
    readings: dict[str, list[tuple[str, str]]] = {}
    for line in data_file("libhangul-hanjac.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.count(":") < 1:
            continue
        reading, hanja, *gloss = line.split(":")
        if len(hanja) == 1 and len(reading) == 1:
            readings.setdefault(hanja, []).append((reading, gloss[0] if gloss else ""))
    return {hanja: _main_reading(options) for hanja, options in readings.items()}


def reading_table_text(table: dict[str, str]) -> str:
    """The shipped table's text: a header, then `hanja<TAB>reading` in code-point order."""
    return "hanja\treading\n" + "".join(f"{hanja}\t{reading}\n" for hanja, reading in sorted(table.items()))


def derive_traditional_table(words: Iterable[str]) -> dict[str, str]:
    """What the readings need of OpenCC's simplified-to-traditional conversion (`s2t`): every Han
    character it changes when converted alone (its default: 机 -> 機), and the words of `words`
    (jieba's dictionary words seen `TRADITIONAL_WORD_MINIMUM` times or more) that its phrase
    dictionary converts otherwise with a different reading (收获 -> 收穫 수확, not 收獲 수획;
    台风 -> 颱風 태풍; 一只 -> 一隻 일척). Read through this table, the project's real news and
    pages read as through `s2t` on all but about one Han character in 12,000 (a test holds it under
    one in 5,000); rarer words are left out, as they match where OpenCC's own longer phrases would
    take precedence (a herb, 党参, inside 共和党参议员)."""
    characters = [chr(code) for low, high in _han_ranges() for code in range(low, high + 1)]
    alone = to_traditional("\n".join(characters)).split("\n")
    if len(alone) != len(characters):
        raise ValueError("OpenCC changed the number of lines: the conversion table cannot be derived")
    table = {c: t for c, t in zip(characters, alone) if t != c and len(t) == 1}
    by_character = str.maketrans(table)
    readings, overrides = _tables()
    candidates = sorted({w for w in words if len(w) >= 2})
    phrased = to_traditional("\n".join(candidates)).split("\n")
    for word, converted in zip(candidates, phrased):
        plain = word.translate(by_character)
        if converted != plain and len(converted) == len(word):
            if _read_word(converted, readings, overrides, False) != _read_word(plain, readings, overrides, False):
                table[word] = converted
    return table


def traditional_table_text(table: dict[str, str]) -> str:
    """The shipped conversion table's text: a comment naming the OpenCC and jieba it was derived
    with (`derivation_versions`), a header, then `simplified<TAB>traditional`, characters then
    words, each in code-point order."""
    rows = sorted(table.items(), key=lambda row: (len(row[0]) > 1, row[0]))
    header = f"# derived with {derivation_versions()} by scripts/build_reading_table.py\nsimplified\ttraditional\n"
    return header + "".join(f"{simplified}\t{traditional}\n" for simplified, traditional in rows)


def derivation_versions() -> str:
    """The installed OpenCC and jieba, as the conversion table's first line names them."""
    from importlib import metadata

    return f"opencc {metadata.version('opencc')}, jieba {metadata.version('jieba')}"


def _han_ranges() -> list[tuple[int, int]]:
    """The code-point ranges of `chars.HAN`."""
    bounds = [ord(ch) for ch in HAN.replace("-", "")]
    return list(zip(bounds[::2], bounds[1::2]))


@lru_cache(maxsize=1)
def _traditional_tables() -> tuple[dict[int, str], ahocorasick_rs.AhoCorasick | None, list[str]]:
    """The shipped conversion: a per-character translation table, and an automaton over the words
    converted otherwise with their traditional forms."""
    characters: dict[int, str] = {}
    words: dict[str, str] = {}
    for simplified, traditional in data_rows(TRADITIONAL_TABLE):
        if len(simplified) == 1:
            characters[ord(simplified)] = traditional
        else:
            words[simplified] = traditional
    patterns = list(words)
    automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if patterns else None
    return characters, automaton, [words[p] for p in patterns]


def traditional_for_reading(chinese: str) -> str:
    """`chinese` in traditional characters as `s2t` converts it where the reading depends on it,
    character for character (the same length), from the shipped table."""
    characters, automaton, words = _traditional_tables()
    converted = chinese.translate(characters)
    if automaton is None:
        return converted
    pieces: list[str] = []
    position = 0
    for index, start, end in automaton.find_matches_as_indexes(without_surrogates(chinese)):  # UTF-8 for the automaton, same length
        pieces += [converted[position:start], words[index]]
        position = end
    pieces.append(converted[position:])
    return "".join(pieces)


def _reading_table() -> dict[str, str]:
    lines = data_file(READING_TABLE).read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t", 1) for line in lines)


def _main_reading(options: list[tuple[str, str]]) -> str:
    names = [reading for reading, _ in options]
    own = [(r, g) for r, g in options if not any(other != r and initial_sound_form(other) == r for other in names)] or options

    def senses(reading: str, gloss: str) -> int:
        return sum(1 for sense in gloss.split(",") if sense.strip().endswith(reading))

    return max(own, key=lambda option: (senses(*option), len(option[1])))[0]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    overrides = {}
    for row in data_rows("hanja_reading_overrides.tsv"):
        hanzi, reading, where = row[:3]
        overrides[hanzi] = (reading, where)
    return _reading_table(), overrides


def _read_word(word: str, table: dict[str, str], overrides: dict[str, tuple[str, str]], after_digit: bool) -> str:
    """Read one word; a word right after a digit (6年, 3個月) is a counter, not a word start."""
    out: list[str] = []
    for position, ch in enumerate(word):
        reading = table.get(ch)
        override = overrides.get(ch)
        if override and (override[1] == "any" or position > 0):
            reading = override[0]
        if reading is None:
            out.append(ch)
            continue
        if position == 0 and not after_digit:
            reading = initial_sound_form(reading)
        elif reading in RYEOL_FORMS and opens_ryeol_rule(out[-1] if out else None):
            reading = RYEOL_FORMS[reading]
        out.append(reading)
    for position in range(len(out) - 1):
        if word[position] == "不" and is_hangul(out[position + 1]):
            if initial_consonant(out[position + 1]) in _DEUM_CHANGES_BEFORE:
                out[position] = "부"
    return "".join(out)


def hanja_reading(chinese: str, words: bool = True) -> str:
    """Read Chinese text in Hangul, one syllable per Chinese character; other characters pass through.

    The output has the same length as the input, so offsets carry over. With `words`, jieba's word
    boundaries decide where the initial-sound rule applies (大众力量 -> 대중역량); without, only the
    start of each run of Chinese characters counts as a word start (cheaper, no dictionary load).
    """
    expect_text(chinese, "chinese")
    return _read_through(chinese, traditional_for_reading(chinese), words)


def folded_reading(chinese: str) -> str:
    """`fold(hanja_reading(chinese, words=False))` by table lookups rather than character by
    character: the similarity key of Chinese text (the same length as `chinese`).

    Folding makes every syllable its word-initial form wherever it stands, so the initial-sound
    and 렬/률 rules need not be applied; what remains of the word rules is the reading a
    `noninitial` override gives inside a run of Chinese characters but not at its start (率: 솔
    at a start, 율 inside), 不 read 부 before ㄷ/ㅈ, and characters with no reading kept in their
    original script.
    """
    if not HAN_CHAR.search(chinese):
        return fold(chinese)
    traditional = traditional_for_reading(chinese)
    inner, initial, pattern = _folded_tables()
    read = traditional.translate(inner)
    fixes: list[tuple[int, str]] = []
    if pattern is not None:  # a character with no reading of its own at a run's start is kept as written
        fixes.extend((match.start(), initial[match.group()] or chinese[match.start()]) for match in pattern.finditer(traditional))
    for match in _NOT_BEFORE_DEUM.finditer(traditional):
        following = read[match.end()]
        if is_hangul(following) and initial_consonant(following) in _DEUM_CHANGES_BEFORE:
            fixes.append((match.start(), "부"))
    fixes.extend((match.start(), chinese[match.start()]) for match in HAN_CHAR.finditer(read) if chinese[match.start()] != match.group())
    if fixes:  # spliced in between slices (a long document's characters are not made a list)
        pieces, previous = [], 0
        for position, character in sorted(fixes):
            pieces += [read[previous:position], character]
            previous = position + 1
        pieces.append(read[previous:])
        read = "".join(pieces)
    return fold(read)


_NOT_BEFORE_DEUM = re.compile(f"不(?=[{HAN}])")


@lru_cache(maxsize=1)
def _folded_tables() -> tuple[dict[int, str], dict[str, str], re.Pattern[str] | None]:
    """For `folded_reading`: the reading of each character inside a run (a translation table),
    the readings (folded) a run's first character takes instead ('' for none: kept as written),
    and a pattern finding those characters at a run's start."""
    table, overrides = _tables()
    inner = {hanzi: reading for hanzi, reading in table.items() if HAN_CHAR.fullmatch(hanzi)}  # read inside Han runs only
    inner.update((hanzi, reading) for hanzi, (reading, _) in overrides.items())
    # a run's first character takes its table reading, or none (kept as written), where its override is noninitial
    at_start = {hanzi: fold(table[hanzi]) if hanzi in table else "" for hanzi, (_, where) in overrides.items() if where != "any"}
    initial = {hanzi: reading for hanzi, reading in at_start.items() if reading != fold(inner[hanzi])}
    if any(len(reading) != 1 for reading in inner.values()):
        raise ValueError("a reading of more than one syllable: readings must keep the text's length")
    pattern = re.compile(f"(?<![{HAN}])[{''.join(initial)}]") if initial else None
    return str.maketrans(inner), initial, pattern


def _read_through(chinese: str, traditional: str, words: bool) -> str:
    """`hanja_reading` of `chinese`, given its traditional form `traditional` (the same length)."""
    table, overrides = _tables()
    pieces = _word_spans(chinese) if words else _han_runs(chinese)
    out: list[str] = []
    position = 0
    for start, end in pieces:
        out.append(chinese[position:start])
        after_digit = start > 0 and chinese[start - 1].isdigit()
        word = _read_word(traditional[start:end], table, overrides, after_digit)
        if word != traditional[start:end]:  # characters with no reading keep their original script
            word = "".join(r if r != t else c for r, t, c in zip(word, traditional[start:end], chinese[start:end]))
        else:
            word = chinese[start:end]
        out.append(word)
        position = end
    out.append(chinese[position:])
    return "".join(out)


def _han_runs(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in HAN_RUN.finditer(text)]


def _word_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for start, end in _han_runs(text):
        for _word, word_start, word_end in jieba_tokenizer().tokenize(text[start:end]):
            spans.append((start + word_start, start + word_end))
    return spans


@lru_cache(maxsize=1)
def jieba_tokenizer():  # type: ignore[no-untyped-def]
    """jieba's tokenizer with its default dictionary, loaded once and quiet (about 1.5 s the first
    time: callers import it only where Chinese words are needed)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@lru_cache(maxsize=1)
def _jieba_tagger():  # type: ignore[no-untyped-def]
    import jieba.posseg

    return jieba.posseg.POSTokenizer(jieba_tokenizer())


@lru_cache(maxsize=4096)
def first_chinese_word(text: str) -> tuple[str, str]:
    """The first word of a Chinese text (read in simplified characters) and its part of speech as
    jieba's dictionary tags it (`v` a verb, `n` a noun, `r` a pronoun …): `("加强", "v")` for
    `加强重点部位巡逻防控`, `("民警", "n")` for `民警赴山东抓获…`. Empty strings for no text."""
    for pair in _jieba_tagger().cut(to_simplified(text.strip())):
        return pair.word, pair.flag
    return "", ""
