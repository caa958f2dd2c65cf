"""Matching keys: spelling- and script-tolerant forms of Korean and Chinese text.

Keys are for comparison only and never shown. Each key keeps, per key character, the span of
original text it came from, so a match found in the key maps back to exact original offsets.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from align.data import data_lines, data_rows
from align.errors import expect_text
from align.script.chars import (
    HANGUL,
    HANGUL_FIRST,
    HANGUL_LAST,
    NO_FINAL,
    RYEOL_FORMS,
    compose,
    is_hangul,
    opens_ryeol_rule,
    syllable_parts,
    without_surrogates,
)

_RIEUL, _NIEUN, _IEUNG = 5, 2, 11  # initial jamo indices
_TO_IEUNG = {2, 6, 7, 12, 17, 20}  # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ: 리 -> 이, 련 -> 연, 류 -> 유
_RIEUL_TO_NIEUN = {0, 1, 8, 11, 13, 18}  # ㅏ ㅐ ㅗ ㅚ ㅜ ㅡ: 로 -> 노, 루 -> 누
_NIEUN_TO_IEUNG = {6, 12, 17, 20}  # ㅕ ㅛ ㅠ ㅣ: 녀 -> 여, 뉴 -> 유
_YEO_AFTER = {1, 5, 11, 16, 19, 20}  # ㅐ ㅔ ㅚ ㅟ ㅢ ㅣ: 되였다 -> 되었다


def initial_sound_form(syllable: str) -> str:
    """The South Korean word-initial form of a syllable (리 -> 이, 로 -> 노, 녀 -> 여); others unchanged."""
    if not is_hangul(syllable):
        return syllable
    initial, vowel, final = syllable_parts(syllable)
    if initial == _RIEUL and vowel in _TO_IEUNG:
        return compose(_IEUNG, vowel, final)
    if initial == _RIEUL and vowel in _RIEUL_TO_NIEUN:
        return compose(_NIEUN, vowel, final)
    if initial == _NIEUN and vowel in _NIEUN_TO_IEUNG:
        return compose(_IEUNG, vowel, final)
    return syllable


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Every syllable to its initial-sound form, wherever it stands (리/이, 력/역, 로/노 compare equal)."""
    table = {}
    for initial in (2, 5):  # only syllables beginning with ㄴ or ㄹ change
        for code in range(HANGUL_FIRST + initial * 588, HANGUL_FIRST + (initial + 1) * 588):
            folded = initial_sound_form(chr(code))
            if folded != chr(code):
                table[code] = folded
    return table


def fold(text: str) -> str:
    """Every Hangul syllable in its initial-sound form, wherever it stands: a coarser key than
    `korean_key`, for similarity features rather than matching."""
    return text.translate(_fold_table())


@lru_cache(maxsize=4096)
def chinese_korean_forms(syllable: str) -> list[str]:
    """The spellings a South Korean word-initial syllable may take in Chinese-Korean text (이 -> 리, 니)."""
    if not is_hangul(syllable):
        return []
    initial, vowel, final = syllable_parts(syllable)
    forms = []
    for candidate_initial in (_RIEUL, _NIEUN):
        candidate = compose(candidate_initial, vowel, final)
        if candidate != syllable and initial_sound_form(candidate) == syllable:
            forms.append(candidate)
    return forms


@dataclass(frozen=True)
class KeyedText:
    """A key with a map back to the original: only length-changing replacements are stored.

    `anchors` are `(key_start, key_end, source_start, source_end)` in key order, in the coordinates
    of `parent.key` when there is a parent (keys built in stages), else of `original`.
    """

    original: str
    key: str
    anchors: tuple[tuple[int, int, int, int], ...] = ()
    parent: KeyedText | None = None

    @cached_property
    def _key_starts(self) -> list[int]:
        return [anchor[0] for anchor in self.anchors]

    def _source(self, index: int, is_end: bool) -> int:
        position = bisect_right(self._key_starts, index) - 1
        if position < 0:
            return index + is_end
        key_start, key_end, source_start, source_end = self.anchors[position]
        if index < key_end:
            return source_end if is_end else source_start
        return source_end + (index - key_end) + is_end

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the key slice `key[start:end]` (end > start)."""
        if self.anchors:
            start, end = self._source(start, False), self._source(end - 1, True)
        if self.parent is not None:
            return self.parent.source_span(start, end)
        return start, end


def _apply_edits(text: str, edits: list[tuple[int, int, str]], original: str | None = None) -> KeyedText:
    """Build a key from sorted, non-overlapping replacements of spans of `text`."""
    original = text if original is None else original
    if not edits:
        return KeyedText(original, text)
    pieces: list[str] = []
    anchors: list[tuple[int, int, int, int]] = []
    position = 0
    key_length = 0
    for start, end, replacement in edits:
        pieces.append(text[position:start])
        key_length += start - position
        if len(replacement) != end - start:
            anchors.append((key_length, key_length + len(replacement), start, end))
        pieces.append(replacement)
        key_length += len(replacement)
        position = end
    pieces.append(text[position:])
    return KeyedText(original, "".join(pieces), tuple(anchors))


# Where NFKC changes anything: the BMP (full-width forms, compatibility jamo and ideographs, …),
# mathematical alphanumerics, enclosed alphanumerics and the CJK compatibility supplement.
_NFKC_CANDIDATES = [
    code
    for block in ((0x80, 0xD800), (0xE000, 0x10000), (0x1D400, 0x1D800), (0x1F100, 0x1F300), (0x2F800, 0x2FA20))
    for code in range(*block)
]


def _nfkc_changed() -> Iterator[int]:
    """The candidates that NFKC may change, skipping runs of 64 that are normalized as a whole (a
    character NFKC changes never leaves a string normalized): most blocks need no per-character test."""
    for first in range(0, len(_NFKC_CANDIDATES), 64):
        run = _NFKC_CANDIDATES[first : first + 64]
        if not unicodedata.is_normalized("NFKC", "".join(map(chr, run))):
            yield from run


@lru_cache(maxsize=1)
def _nfkc_tables() -> tuple[dict[int, str], re.Pattern[str] | None]:
    """NFKC as a one-to-one translation table, plus a pattern for the few characters it expands (… ㎡ ﬁ)."""
    single: dict[int, str] = {code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)}
    expanding: list[str] = []
    for code in _nfkc_changed():
        normal = unicodedata.normalize("NFKC", chr(code))
        if normal == chr(code):
            continue
        normal = normal.lower() if normal.isascii() else normal
        if len(normal) == 1:
            single[code] = normal
        else:
            expanding.append(chr(code))
    pattern = re.compile("[" + "".join(re.escape(ch) for ch in expanding) + "]") if expanding else None
    return single, pattern


def _compose_keys(first: KeyedText, second: KeyedText) -> KeyedText:
    """Chain two keyings: `second` was computed on `first.key`."""
    if not second.anchors:
        return KeyedText(first.original, second.key, first.anchors, first.parent)
    return KeyedText(first.original, second.key, second.anchors, first if first.anchors or first.parent else None)


def nfkc_keyed(text: str) -> KeyedText:
    """NFKC per character and ASCII lower case, so offsets survive length changes (… -> ...)."""
    single, expanding = _nfkc_tables()
    translated = text.translate(single)
    if expanding is None or unicodedata.is_normalized("NFKC", translated):
        return KeyedText(text, translated)
    edits = []
    for match in expanding.finditer(translated):
        normal = unicodedata.normalize("NFKC", match.group())
        edits.append((match.start(), match.end(), normal.lower() if normal.isascii() else normal))
    return _apply_edits(translated, edits, original=text)


# ---------------------------------------------------------------- Korean


@lru_cache(maxsize=1)
def _korean_rules() -> tuple[re.Pattern[str], dict[str, str], dict[str, tuple[str, ...]], tuple[re.Pattern[str], ...]]:
    variants = dict(row[:2] for row in data_rows("ko_spelling_variants.tsv"))
    exceptions: dict[str, list[str]] = {}
    for word in data_lines("ko_initial_sound_exceptions.txt"):
        exceptions.setdefault(word[0], []).append(word.strip())
    affected = "".join(
        chr(code) for code in range(HANGUL_FIRST, HANGUL_LAST + 1) if initial_sound_form(chr(code)) != chr(code)
    )
    yeo_hosts = "".join(
        compose(initial, vowel, NO_FINAL)
        for initial in range(19)
        for vowel in _YEO_AFTER
        if compose(initial, vowel, NO_FINAL) != "하"
    )
    variant_pattern = re.compile("|".join(sorted(map(re.escape, variants), key=len, reverse=True)))
    syllable_patterns = (
        re.compile(f"(?<![{HANGUL}0-9A-Za-z])[{affected}]"),  # word-initial: 리행, 련속 (not 6년)
        re.compile(f"(?<=[{HANGUL}])[렬률]"),
        re.compile(f"(?<=[{yeo_hosts}])였"),
    )
    ordered = {first: tuple(sorted(words, key=len, reverse=True)) for first, words in exceptions.items()}
    return variant_pattern, variants, ordered, syllable_patterns


def _korean_edits(source: str) -> list[tuple[int, int, str]]:
    variant_pattern, variants, exceptions, (initial, ryeol, yeo) = _korean_rules()
    edits = [(m.start(), m.end(), variants[m.group()]) for m in variant_pattern.finditer(source)]
    taken = {i for start, end, _ in edits for i in range(start, end)}
    for match in initial.finditer(source):
        start = match.start()
        if start not in taken and not any(source.startswith(w, start) for w in exceptions.get(match.group(), ())):
            edits.append((start, start + 1, initial_sound_form(match.group())))
    for match in ryeol.finditer(source):
        start = match.start()
        if start not in taken and opens_ryeol_rule(source[start - 1]):
            edits.append((start, start + 1, RYEOL_FORMS[match.group()]))
    edits.extend((m.start(), m.end(), "었") for m in yeo.finditer(source) if m.start() not in taken)
    edits.sort()
    return edits


def keyed_korean(text: str) -> KeyedText:
    """Korean key: Chinese-Korean and South Korean spellings of a word get the same key.

    Word-initial 리/련/루/로/녀… take their South Korean form unless the word is a listed loanword
    (뉴스, 라디오 stay); 렬/률 after a vowel or ㄴ become 열/율 (계렬 = 계열); 였 after ㅣ/ㅐ/ㅔ/ㅚ/ㅟ/ㅢ
    becomes 었 (되였다 = 되었다); Yanbian loanword spellings map to South Korean ones (플래트홈 = 플랫폼).
    """
    normalized = nfkc_keyed(expect_text(text))
    return _compose_keys(normalized, _apply_edits(normalized.key, _korean_edits(normalized.key)))


def korean_spellings(form: str, limit: int = 32) -> set[str]:
    """The ways a South Korean form may be written in Korean from China or South Korea, e.g.
    역량 -> {역량, 력량}, 규율 -> {규율, 규률}, 플랫폼 -> {플랫폼, 플래트홈}: every spelling whose
    `korean_key` at a word start is the form's own (a search can then run over the text as written)."""
    _, variants, _, _ = _korean_rules()
    alternatives: list[tuple[int, list[str]]] = []  # only the syllables that may be spelled two ways
    for position, ch in enumerate(form):
        options = [ch]
        if position == 0 or form[position - 1].isspace():
            options += chinese_korean_forms(ch)
        elif ch in "열율" and opens_ryeol_rule(form[position - 1]):
            options.append("렬" if ch == "열" else "률")
        if len(options) > 1:
            alternatives.append((position, options))
    # the first `limit` spellings in alphabetical order; the syllables in between are the same in
    # all of them, so the order of the choices is the order of the strings (and the cost is linear
    # in the form's length, whatever its length)
    combinations: list[tuple[str, ...]] = [()]
    for _, options in alternatives:
        combinations = sorted({chosen + (option,) for chosen in combinations for option in options})[:limit]
    spellings = set()
    for chosen in combinations:
        characters = list(form)
        for (position, _), option in zip(alternatives, chosen):
            characters[position] = option
        spellings.add("".join(characters))
    for variant, standard in variants.items():
        if standard in form:
            spellings.add(form.replace(standard, variant))
    return spellings


def korean_key(text: str) -> str:
    """The Korean matching key of `text` (see `keyed_korean`)."""
    return keyed_korean(text).key


# ---------------------------------------------------------------- Chinese


class _Converter:
    """An OpenCC conversion that accepts any Python string: a lone surrogate (which has no UTF-8
    form, and so crashes OpenCC) passes through as U+FFFD, one character for one, keeping offsets;
    so does a NUL, where OpenCC's C strings would end."""

    def __init__(self, config: str) -> None:
        import opencc

        self._opencc = opencc.OpenCC(config)

    def convert(self, text: str) -> str:
        text = without_surrogates(text).replace("\x00", "\ufffd")
        return str(self._opencc.convert(text))


@lru_cache(maxsize=4)
def _opencc(config: str) -> _Converter:
    return _Converter(config)


def to_simplified(text: str) -> str:
    """Traditional (incl. Taiwan forms) to simplified, character-level (`tw2s`, not `tw2sp`)."""
    return _opencc("tw2s").convert(text)


def to_traditional(text: str) -> str:
    return _opencc("s2t").convert(text)


def to_taiwan(text: str) -> str:
    """Taiwan standard characters (via s2t then t2tw: loading `s2tw` would load s2t's tables again)."""
    return _opencc("t2tw").convert(to_traditional(text))


def to_hongkong(text: str) -> str:
    return _opencc("t2hk").convert(to_traditional(text))


_FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


def chinese_spellings(form: str) -> set[str]:
    """A Chinese form in every script and width it may be written in: simplified, traditional,
    Taiwan and Hong Kong standards, ASCII or full-width Latin and digits (互联网+ / 互聯網＋)."""
    return chinese_spellings_of([form])[form]


def chinese_spellings_of(forms: Sequence[str]) -> dict[str, set[str]]:
    """`chinese_spellings` for many forms, with one OpenCC pass per script instead of one per form."""
    unique = list(dict.fromkeys(f.replace("\n", " ") for f in forms))
    joined = "\n".join(unique)
    scripts = [joined.split("\n")] + [
        converted.split("\n") if len(converted.split("\n")) == len(unique) else [convert(f) for f in unique]
        for convert in (to_simplified, to_traditional, to_taiwan, to_hongkong)
        for converted in [convert(joined)]
    ]
    result = {}
    for position, form in enumerate(unique):
        spellings = set()
        for script in {column[position] for column in scripts}:
            for case in {script, script.upper(), script.lower()}:
                spellings.update({case, case.translate(_FULL_WIDTH)})
        result[form] = {s for s in spellings if s}
    return result


def keyed_chinese(text: str) -> KeyedText:
    """Chinese key: NFKC (full-width digits and punctuation), lower-case Latin, simplified script."""
    normalized = nfkc_keyed(expect_text(text))
    source = normalized.key
    simplified = to_simplified(source)
    if len(simplified) == len(source):
        converted = KeyedText(source, simplified)
    else:  # phrase conversions changed the length: convert per character to keep offsets
        converter = _opencc("tw2s")
        converted = _apply_edits(
            source,
            [(i, i + 1, converter.convert(ch)) for i, ch in enumerate(source) if not ch.isascii()],
        )
    return _compose_keys(normalized, converted)


def chinese_key(text: str) -> str:
    """The Chinese matching key of `text` (see `keyed_chinese`)."""
    return keyed_chinese(text).key


def keyed(text: str, lang: str) -> KeyedText:
    """The matching key for `lang` ('ko' or 'zh')."""
    if lang == "ko":
        return keyed_korean(text)
    if lang == "zh":
        return keyed_chinese(text)
    raise ValueError(f"unknown language {lang!r}: expected 'ko' or 'zh'")
