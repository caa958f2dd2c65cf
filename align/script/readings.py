"""Hangul readings of Chinese text: the Sino-Korean bridge between the two languages.

Most police vocabulary in Korean is Sino-Korean, so the reading of a Chinese word often is the
Korean word (警務室 -> 경무실). Simplified text is converted to traditional first: the reading
table is keyed on traditional characters (without it 机 reads 궤 and 达 reads 체).
"""

from __future__ import annotations

from functools import lru_cache

from align.data import data_file, data_rows
from align.script.chars import HAN_RUN, RYEOL_FORMS, initial_consonant, is_hangul, opens_ryeol_rule
from align.script.keys import initial_sound_form, to_traditional

_DEUM_CHANGES_BEFORE = "ㄷㅈ"  # 不 reads 부 before ㄷ/ㅈ: 不正 부정, 不動 부동


READING_TABLE = "hanja_readings.tsv"


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
    table, overrides = _tables()
    traditional = to_traditional(chinese)
    if len(traditional) != len(chinese):
        traditional = "".join(to_traditional(ch) for ch in chinese)
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
        for _word, word_start, word_end in _jieba().tokenize(text[start:end]):
            spans.append((start + word_start, start + word_end))
    return spans


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer
