"""Glossary terms through a decoder that cannot be constrained: protect, verify, repair.

CTranslate2 has no constrained decoding, so each glossary term found in a source sentence is
protected before decoding and checked after it. Two protections (`STRATEGIES`):

- `annotate` (the default) writes the term's target form into the source in its place
  (경무실을 → 警务室을, 在警务室 → 在경무실). The word keeps its meaning for the rest of the
  sentence, and it is already in the output's language and script, which multilingual models copy
  rather than translate again; in Korean output the model still chooses the particle after it.
- `placeholder` writes a numbered bracket instead (⟦0⟧, or the first bracket pair the vocabulary
  can spell) and substitutes the term after decoding: exact when the model copies it, but the
  model loses the word's meaning; for models that rewrite inserted foreign words.

After decoding, a term whose target form the output lacks (compared on the Chinese key, or the
Korean spelling key without spaces) is repaired: a surviving placeholder is substituted, else the
output tokens whose strongest attention falls on the protected source tokens are replaced by the
term. What cannot be placed is reported `missing`, never dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from align.errors import AlignError
from align.script.keys import chinese_key, korean_key, korean_spellings
from align.terms.glossary import Glossary, Term
from align.terms.matching import find_terms
from align.terms.words import particles
from align.types import Protection, TermPlacement

if TYPE_CHECKING:
    import sentencepiece

STRATEGIES = tuple(protection.value for protection in Protection)
BRACKETS = (("⟦", "⟧"), ("【", "】"), ("[", "]"))


@dataclass(frozen=True)
class TermOutcome:
    """One source term of a sentence and how its target form got into the output."""

    surface: str
    term: Term
    expected: str
    how: TermPlacement

    @property
    def present(self) -> bool:
        return self.how is not TermPlacement.MISSING


@dataclass(frozen=True)
class ProtectedTerm:
    """A term as protected in the source: `span` indexes the source pieces standing for it (None
    when they could not be located, which only rules out the attention repair)."""

    surface: str
    term: Term
    expected: str
    span: tuple[int, int] | None


@dataclass(frozen=True)
class ProtectedSource:
    """A sentence ready for the model: its pieces, the terms protected in it, the placeholder brackets."""

    pieces: tuple[str, ...]
    terms: tuple[ProtectedTerm, ...] = ()
    brackets: tuple[str, str] | None = None


def expected_target(term: Term, tgt: str) -> str:
    """The form written into a translation: simplified Chinese, or the South Korean form."""
    return term.zh_hans if tgt == "zh" else term.ko


@lru_cache(maxsize=4096)
def _compact_key(text: str, lang: str) -> str:
    return "".join((chinese_key(text) if lang == "zh" else korean_key(text)).split())


@lru_cache(maxsize=4096)
def _target_keys(term: Term, tgt: str) -> frozenset[str]:
    """What to look for in an output's compact key: the Chinese key of `zh_hans`, or the key and
    every spelling of every Korean form (력량 for 역량: inside a word the key keeps 력)."""
    if tgt == "zh":
        return frozenset({_compact_key(term.zh_hans, "zh")})
    spellings = {spelling for form in term.korean_forms for spelling in korean_spellings(form)}
    return frozenset({"".join(s.split()) for s in spellings} | {_compact_key(f, "ko") for f in term.korean_forms})


def target_present(term: Term, text: str, tgt: str) -> bool:
    """Whether `text` contains the term's target form, spaces ignored (WMT-style exact match): on
    the Chinese key (script and width folded), or on the Korean spelling key for any Korean form."""
    return targets_present([term], text, tgt)[0]


def targets_present(terms: Sequence[Term], text: str, tgt: str) -> list[bool]:
    """For each source term occurrence, whether `text` has a target form of its own for it: each
    occurrence of a target form in `text` answers one source occurrence, and one inside another
    term's (派出所 inside 派出所所长) answers none, the longer forms claiming their places first. A
    sentence with 경무실 twice needs 警务室 twice."""
    found = _compact_key(text, tgt)
    claimed: list[tuple[int, int]] = []
    present = [False] * len(terms)
    order = sorted(range(len(terms)), key=lambda i: -max(map(len, _target_keys(terms[i], tgt)), default=0))
    for index in order:
        for key in sorted(_target_keys(terms[index], tgt), key=len, reverse=True):
            at = next((start for start in _occurrences(found, key) if all(start + len(key) <= a or start >= b for a, b in claimed)), None)
            if key and at is not None:
                claimed.append((at, at + len(key)))
                present[index] = True
                break
    return present


def _occurrences(text: str, key: str) -> Iterator[int]:
    start = text.find(key) if key else -1
    while start >= 0:
        yield start
        start = text.find(key, start + 1)


def placeholder_brackets(spm: sentencepiece.SentencePieceProcessor, text: str = "") -> tuple[str, str] | None:
    """The first bracket pair the SentencePiece model spells without unknown pieces and that `text`
    (the sentence) does not already use around a number (a list's 【1】 is no placeholder to
    substitute); None when every such pair is taken in the sentence."""
    spelled = [(opening, closing) for opening, closing in BRACKETS if spm.unk_id() not in spm.encode(f"{opening}0{closing}")]
    if not spelled:
        tried = " ".join(opening + closing for opening, closing in BRACKETS)
        raise AlignError(f"the model's vocabulary cannot spell a placeholder ({tried}); use the annotate protection")
    return next((pair for pair in spelled if not _numbered(pair).search(text)), None)


def protect(
    text: str,
    src: str,
    tgt: str,
    glossary: Glossary | None,
    spm: sentencepiece.SentencePieceProcessor,
    strategy: str = "annotate",
) -> ProtectedSource:
    """Encode a sentence with its glossary terms protected (raw pieces when `glossary` is None)."""
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown protection {strategy!r}: expected one of {', '.join(STRATEGIES)}")
    matches = find_terms(text, src, glossary) if glossary is not None else []
    if not matches:
        return ProtectedSource(tuple(spm.encode(text, out_type=str)))
    # a sentence that already writes numbers in every bracket pair the model spells is annotated instead
    brackets = placeholder_brackets(spm, text) if strategy == "placeholder" else None
    inserted = [f"{brackets[0]}{i}{brackets[1]}" if brackets else expected_target(m.term, tgt) for i, m in enumerate(matches)]
    parts: list[str] = []
    position = 0
    for match, insert in zip(matches, inserted):
        parts += [text[position : match.start], insert]
        position = match.end
    pieces = spm.encode("".join(parts) + text[position:], out_type=str)
    terms: list[ProtectedTerm] = []
    cursor = 0
    ends: list[int] | None = None  # where each piece ends in the decoded sentence, when a span must be found by characters
    for match, insert in zip(matches, inserted):
        span = _locate(pieces, spm.encode(insert, out_type=str), cursor)
        if span is None:  # segmented otherwise in context (피해자 alone ▁피해 자, inside Chinese 피 해 자): by characters
            ends = ends if ends is not None else [len(spm.decode(pieces[: k + 1])) for k in range(len(pieces))]
            span = _locate_characters(spm.decode(pieces), ends, insert, cursor)
        cursor = span[1] if span else cursor
        terms.append(ProtectedTerm(match.surface, match.term, expected_target(match.term, tgt), span))
    return ProtectedSource(tuple(pieces), tuple(terms), brackets)


def _locate_characters(text: str, ends: Sequence[int], item: str, start: int) -> tuple[int, int] | None:
    """The pieces covering the first occurrence of `item` in the decoded sentence `text` after piece
    `start` (`ends`: where each piece ends in `text`)."""
    at = text.find(item, ends[start - 1] if start else 0)
    if at < 0:
        return None
    first = next(k for k, end in enumerate(ends) if end > at)
    last = next((k for k, end in enumerate(ends) if end >= at + len(item)), len(ends) - 1)
    return first, last + 1


def _locate(pieces: Sequence[str], item: Sequence[str], start: int) -> tuple[int, int] | None:
    """Where the pieces of an inserted item occur in the sentence's pieces, from `start`; its first
    piece may have lost or gained the word-start mark ▁ in context."""
    core = list(item[1:] if item and item[0] == "▁" else item)
    if not core:
        return None
    head = core[0].lstrip("▁")
    for index in range(start, len(pieces) - len(core) + 1):
        if pieces[index].lstrip("▁") == head and list(pieces[index + 1 : index + len(core)]) == core[1:]:
            return index, index + len(core)
    return None


def restore(
    source: ProtectedSource,
    pieces: Sequence[str],
    attention: np.ndarray | None,
    spm: sentencepiece.SentencePieceProcessor,
    tgt: str,
) -> tuple[str, tuple[TermOutcome, ...]]:
    """Decode the model's pieces, put each protected term into the output, and say how it got there.

    `attention` has one row per output piece and one column per source piece (language tokens
    removed); without it only placeholders can be repaired.
    """
    text = spm.decode(list(pieces))
    if not source.terms:
        return text, ()
    marker = _marker(source.brackets)
    copied = {int(m.group(1)) for m in marker.finditer(text)} if marker else set()
    present = targets_present([t.term for t in source.terms], text, tgt)
    ways: list[TermPlacement] = []
    kept: list[tuple[int, int]] | None = None  # the pieces of the terms the output has: a repair of another never writes over them
    replacements: list[tuple[int, int, str]] = []
    for index, (term, found) in enumerate(zip(source.terms, present)):
        if found or index in copied:
            ways.append(TermPlacement.MODEL)  # the model wrote the term, or copied its placeholder
            continue
        span = _attended_span(attention, term.span)
        if span is not None and kept is None:  # read only when a repair is tried
            kept = _target_pieces(pieces, [t for t, found in zip(source.terms, present) if found], tgt, spm.decode)
        if span is not None and all(span[1] <= start or span[0] >= end for start, end in [*(kept or []), *((a, b) for a, b, _ in replacements)]):
            replacements.append((*span, term.expected))
            ways.append(TermPlacement.REPAIRED)
        else:
            ways.append(TermPlacement.MISSING)
    if replacements:
        text = _detokenize(pieces, replacements, spm.decode)
    if marker:
        terms = source.terms
        text = marker.sub(lambda m: terms[int(m.group(1))].expected if int(m.group(1)) < len(terms) else "", text)
    if tgt == "zh":
        text = _without_glued_particles(text, [t.expected for t, how in zip(source.terms, ways) if how is not TermPlacement.MISSING])
    final = targets_present([t.term for t in source.terms], text, tgt)  # every outcome checked on the text given back
    outcomes = tuple(TermOutcome(t.surface, t.term, t.expected, how if found else TermPlacement.MISSING) for t, how, found in zip(source.terms, ways, final))
    return text, outcomes


def _target_pieces(pieces: Sequence[str], terms: Sequence[ProtectedTerm], tgt: str, decode: Callable[[list[str]], str]) -> list[tuple[int, int]]:
    """The runs of output pieces that spell the target form of one of `terms` (where the model wrote
    them); each run of pieces is decoded once, whatever the number of terms."""
    keys = frozenset().union(*(_target_keys(term.term, tgt) for term in terms))
    runs = []
    for start in range(len(pieces) if keys else 0):
        for end in range(start + 1, min(len(pieces), start + _TERM_PIECES) + 1):
            if _compact_key(decode(list(pieces[start:end])), tgt) in keys:
                runs.append((start, end))  # (every end: 派出所 and 派出所所长 may both start here)
    return runs


_TERM_PIECES = 8  # a target form spans at most this many output pieces


def _without_glued_particles(text: str, terms: Sequence[str]) -> str:
    """Chinese output without a Korean particle the model copied from the annotated source after a
    term (警务室을 → 警务室): Hangul glued to a term never belongs in a Chinese sentence."""
    for term in dict.fromkeys(terms):
        text = re.sub(rf"({re.escape(term)})\s?(?:{'|'.join(map(re.escape, particles()))})(?![가-힣])", r"\1", text)
    return text


def _marker(brackets: tuple[str, str] | None) -> re.Pattern[str] | None:
    """Placeholders as the model may give them back, with spaces inside: ⟦ 0 ⟧."""
    return _numbered(brackets) if brackets else None


def _numbered(brackets: tuple[str, str]) -> re.Pattern[str]:
    """A number between the brackets, spaces allowed inside: ⟦0⟧, ⟦ 0 ⟧, 【1】."""
    return re.compile(rf"{re.escape(brackets[0])}\s*(\d+)\s*{re.escape(brackets[1])}")


def _attended_span(attention: np.ndarray | None, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The longest run of output pieces whose strongest attention is on the source span."""
    if attention is None or span is None or attention.size == 0:
        return None
    focus = attention.argmax(axis=1)
    hits = np.flatnonzero((focus >= span[0]) & (focus < span[1]))
    if hits.size == 0:
        return None
    run = max(np.split(hits, np.flatnonzero(np.diff(hits) > 1) + 1), key=len)
    return int(run[0]), int(run[-1]) + 1


def _detokenize(pieces: Sequence[str], replacements: list[tuple[int, int, str]], decode: Callable[[list[str]], str]) -> str:
    """Decode `pieces` with some spans replaced by text, keeping the word spacing the pieces had."""
    out, position = "", 0
    for start, end, replacement in [*sorted(replacements), (len(pieces), len(pieces), "")]:
        for chunk, rendered in ((pieces[position:start], None), (pieces[start:end], replacement)):
            rendered = decode(list(chunk)) if rendered is None else rendered
            if out and rendered and chunk and chunk[0].startswith("▁"):
                out += " "
            out += rendered
        position = end
    return out
