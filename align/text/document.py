"""The document model every stage shares: a `Document` of `Sentence`s, each annotated once.

A sentence carries its place in the original (`start`, `end`, `text`) and the text the stages read
(`clean`, without inline debris such as ruby readings, HTML entities read as their characters). Its derived features — matching key,
Hangul reading, figures, glossary matches — are computed on first use and kept on the sentence,
so alignment, claims, term induction and document pairing all read the same annotation instead
of recomputing it. The batch functions (`readings`, `figures`, `term_matches`) annotate many
sentences in one pass over their joined text, which is what keeps large documents fast.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from align.errors import expect_sequence
from align.types import LANGUAGES, ExtractedFrom, Lang

if TYPE_CHECKING:
    from align.script.numbers import Figure
    from align.terms.glossary import Glossary
    from align.terms.matching import TermMatch

V = TypeVar("V")
# Between sentences joined for a batch pass: no figure or term pattern reaches across it (Korean
# term matching skips spaces but not U+2029), and OpenCC passes it through (it would cut at a NUL).
SEPARATOR = "\n\u2029\n"


# spans dropped inside kept sentences, which a sentence's clean text leaves out: ruby readings, HTML entities and
# an encyclopedia's reference marks (`clean.inline`), and the invisible format characters segmenting reads the text without (`segment._shown_back`)
INLINE_REASONS = ("ruby-annotation", "html-entity", "invisible-character", "footnote-mark")


@dataclass(frozen=True)
class Dropped:
    """A span of the original that is not article text, and why (`navigation`, `ruby-annotation`, …)."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Flag:
    """A span kept in the text but suspicious, e.g. `corrupted-encoding` (當?shù)匕傩辗Q為)."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Metadata:
    """What the page says about the article, kept out of the body: headline, date line, source, byline."""

    title: str | None = None
    date: str | None = None
    source: str | None = None
    byline: str | None = None
    editor: str | None = None
    extracted_from: ExtractedFrom | None = None  # what the offsets index when not the file's text: a saved page's extracted or visible text, an archive's
    published: str | None = None  # the full date the date line (or the source credit, or the byline) states, as ISO 8601: 2024-10-05


@dataclass(frozen=True)
class Sentence:
    """One sentence; `text` is the original slice, `clean` the same without inline debris (ruby readings; entities decoded)."""

    doc: str
    index: int
    lang: str
    start: int
    end: int
    text: str
    paragraph: int
    clean: str
    heading: bool = False  # part of the headline block the cleaner kept, not of the body

    @cached_property
    def key(self) -> str:
        """The spelling- and script-tolerant matching key of `clean` (리행 = 이행, 警務室 = 警务室)."""
        from align.script.keys import keyed

        return keyed(self.clean, self.lang).key

    @cached_property
    def reading(self) -> str:
        """`clean` in Hangul, initial sounds folded: Chinese read through the Hanja bridge, Korean on its
        key (any Chinese characters in it read too). The alignment features are built on it."""
        return readings([self])[0]

    @cached_property
    def figures(self) -> tuple[Figure, ...]:
        """The figures of `text` (offsets relative to `text`), HTML entities read as their characters:
        a figure's own `text` is then as read (`2,160만원` where the sentence has `2&#44;160만원`)."""
        return figures([self])[0]

    def terms(self, glossary: Glossary, check_morphemes: bool = True) -> tuple[TermMatch, ...]:
        """Glossary terms in `text` (offsets relative to `text`), cached per glossary. Without
        `check_morphemes` a Korean match need not start a morpheme (no Kiwi needed)."""
        return term_matches([self], glossary, check_morphemes)[0]


@dataclass(frozen=True)
class Document:
    """A segmented input: its decoded text, sentences, what was dropped and flagged, and metadata."""

    doc: str
    lang: str
    text: str
    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...] = ()
    flags: tuple[Flag, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    encoding: str = "utf-8"

    def dropped_share(self) -> float:
        """The share of the text's non-space characters that cleaning dropped (0 when all was kept):
        whole spans, not what is dropped inside kept sentences (a ruby reading, an entity, invisible
        characters, which count for nothing)."""
        total = sum(map(len, self.text.split())) - sum(len(span.text) for span in self.dropped if span.reason == "invisible-character")
        dropped = 0
        reached = 0  # spans may lie inside others (an undecodable byte inside a dropped header): each character counts once
        for start, end in sorted((span.start, span.end) for span in self.dropped if span.reason not in INLINE_REASONS):
            if end > reached:
                dropped += sum(map(len, self.text[max(start, reached) : end].split()))
                reached = end
        return min(1.0, dropped / total) if total > 0 else 0.0

    def cleaning_warning(self, threshold: float = 0.9) -> str | None:
        """One line for the user when cleaning dropped most of the text (`threshold` of it or more),
        naming what was dropped, most first; None otherwise."""
        share = self.dropped_share()
        if share < threshold:
            return None
        reasons: dict[str, int] = {}
        for span in self.dropped:
            reasons[span.reason] = reasons.get(span.reason, 0) + len(span.text)
        named = ", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items(), key=lambda item: -item[1])[:4])
        kept = f"{len(self.sentences)} sentence{'s' if len(self.sentences) != 1 else ''} kept"
        shown = f"{share:.0%}" if share >= 1 or f"{share:.0%}" != "100%" else "over 99%"  # (not all of it, when some is kept)
        return f"cleaning dropped {shown} of the text ({named} characters; {kept}); --keep-boilerplate keeps every line"

    def reading_notes(self) -> tuple[ReadingNote, ...]:
        """What the user should hear of how this document was read, one line each: cleaning dropped
        most of it (`cleaning_warning`), and bytes that could not be decoded were left out (the first
        place, and how many more)."""
        notes = []
        warning = self.cleaning_warning()
        if warning is not None:
            notes.append(ReadingNote(self.doc, warning))
        damaged = [span.reason for span in self.dropped if span.reason.startswith("undecodable bytes")]
        if damaged:
            more = f" and {len(damaged) - 1} more place{'s' if len(damaged) > 2 else ''}" if len(damaged) > 1 else ""
            notes.append(ReadingNote(self.doc, f"{damaged[0]}{more} left out"))
        return tuple(notes)


@dataclass(frozen=True)
class ReadingNote:
    """One line for the user about how a document was read (`Document.reading_notes`): what it says,
    and the document it is about. Plain data: a corpus run's workers send it back to be told."""

    doc: str
    text: str

    def __str__(self) -> str:
        return f"{self.doc}: {self.text}"


def as_sentences(items: Sequence[str | Sentence], lang: str, doc: str = "", param: str = "sentences") -> tuple[Sentence, ...]:
    """Sentences as they are, and plain strings made sentences once (for callers of the Python API
    that have text, not segmented documents). A string given whole (its characters would be the
    sentences), an item that is no string or Sentence, and a Sentence segmented as the other language
    (the Korean and Chinese arguments swapped) raise a TypeError or ValueError saying so. Plain strings
    are taken in the language the caller names (a test set, a quotation in the other script).
    `param` names the argument in those errors."""
    items = expect_sequence(items, param, fix="wrap it in a list, or segment it first (align.segment)")
    expected = Lang(lang).name_in_english if lang in LANGUAGES else lang
    sentences = []
    for index, item in enumerate(items):
        if isinstance(item, Sentence):
            if item.lang != lang and lang in LANGUAGES and item.lang in LANGUAGES:
                raise ValueError(f"expected {expected} sentences, got one segmented as {Lang(item.lang).name_in_english} (sentence {index}: {item.text[:20]!r}); give each language's sentences in its place")
            sentences.append(item)
        elif isinstance(item, str):
            sentences.append(Sentence(doc, index, lang, 0, len(item), item, index, item))
        else:
            raise TypeError(f"{param}: sentence {index} is a {type(item).__name__}, not a str or Sentence")
    return tuple(sentences)


CROSSHEAD_LETTERS = 40  # a crosshead is a phrase: at most this many characters, spaces aside…
CROSSHEAD_CLAUSE = 8  # …its clauses no longer than this when a comma parts a Korean one; a Chinese one has no comma, and without a space in it is this short (`_chinese_crosshead`)
_CLAUSE_MARK = re.compile(r"[，,、；;]")
_SENTENCE_END = tuple("。！？!?.…;；,，、:：")  # …nor a clause's or a label's, which go on into what follows (警方提醒:)
_CLOSING_MARKS = "\"'”’」』)）]】 "
_KOREAN_STATEMENT_END = ("다", "요", "까")  # a Korean sentence that lost its full stop, not a heading


def _chinese_crosshead(text: str) -> bool:
    """Whether an unfinished Chinese line reads as a crosshead rather than a sentence that lost its
    full stop (犯罪嫌疑人王某当场被抓获, 目前，王某已被刑事拘留): no clause mark, and two phrases set apart by
    a space (28年悬案 11名女性遇害) or `CROSSHEAD_CLAUSE` characters at most (案情回顾)."""
    return not _CLAUSE_MARK.search(text) and (any(ch.isspace() for ch in text) or len(text) <= CROSSHEAD_CLAUSE)


def crossheads(sentences: Sequence[Sentence]) -> list[bool]:
    """Whether each sentence heads a section of the body (`28年悬案 11名女性遇害` between two
    paragraphs): a body sentence alone in its paragraph, after the body has begun, ending in no
    sentence, clause or label mark (nor a Korean statement's 다, 요, 까), at most `CROSSHEAD_LETTERS` characters
    (its clauses, when a comma parts it, at most `CROSSHEAD_CLAUSE` each: a sentence that lost its full stop has longer ones;
    a Chinese one as `_chinese_crosshead` says), and
    followed by a paragraph of two sentences or more; text given a sentence per line (a paragraph
    each) has none."""
    counts: dict[int, int] = {}
    for sentence in sentences:
        counts[sentence.paragraph] = counts.get(sentence.paragraph, 0) + 1
    flags = []
    body_seen = False
    for k, sentence in enumerate(sentences):
        text = sentence.text.rstrip(_CLOSING_MARKS)
        following = sentences[k + 1] if k + 1 < len(sentences) else None
        flags.append(
            body_seen
            and not sentence.heading
            and counts[sentence.paragraph] == 1
            and following is not None
            and following.paragraph != sentence.paragraph
            and counts[following.paragraph] >= 2
            and not text.endswith(_SENTENCE_END + _KOREAN_STATEMENT_END)
            and 0 < len("".join(text.split())) <= CROSSHEAD_LETTERS
            and (not _CLAUSE_MARK.search(text) or all(len(part.strip()) <= CROSSHEAD_CLAUSE for part in _CLAUSE_MARK.split(text)))
            and (sentence.lang != "zh" or _chinese_crosshead(text.strip()))
        )
        body_seen = body_seen or not sentence.heading
    return flags


def _annotated(sentences: Sequence[Sentence], name: str, compute: Callable[[list[Sentence]], list[V]]) -> list[V]:
    """The annotation `name` of each sentence, computing it in one batch for those that lack it."""
    missing = [s for s in sentences if name not in s.__dict__]
    if missing:
        for sentence, value in zip(missing, compute(missing)):
            sentence.__dict__[name] = value  # a cache next to the fields, as functools.cached_property keeps it
    return [s.__dict__[name] for s in sentences]


def joined(texts: Sequence[str]) -> tuple[str, list[int]]:
    """The texts as one string (newlines made spaces, a blank line between), and where each starts."""
    starts, position, pieces = [], 0, []
    for text in texts:
        starts.append(position)
        pieces.append(text.replace("\n", " ").replace("\u2029", " "))
        position += len(text) + len(SEPARATOR)
    return SEPARATOR.join(pieces), starts


def _by_language(sentences: list[Sentence], compute: Callable[[list[Sentence], str], list[V]]) -> list[V]:
    """Run a per-language batch computation over sentences that may mix languages."""
    results: list[Any] = [None] * len(sentences)
    for lang in dict.fromkeys(s.lang for s in sentences):
        positions = [i for i, s in enumerate(sentences) if s.lang == lang]
        for position, value in zip(positions, compute([sentences[i] for i in positions], lang)):
            results[position] = value
    return results


def readings(sentences: Sequence[Sentence]) -> list[str]:
    """`Sentence.reading` of each sentence, in one pass per language."""

    def compute(batch: list[Sentence], lang: str) -> list[str]:
        from align.script.keys import korean_key
        from align.script.readings import folded_reading

        text, _ = joined([s.clean for s in batch])
        read = folded_reading(korean_key(text) if lang == "ko" else text)
        return read.split(SEPARATOR)

    return _annotated(sentences, "reading", lambda batch: _by_language(batch, compute))


def figures(sentences: Sequence[Sentence]) -> list[tuple[Figure, ...]]:
    """`Sentence.figures` of each sentence, in one pass per language."""

    def compute(batch: list[Sentence], lang: str) -> list[tuple[Figure, ...]]:
        from align.script.numbers import parse_numbers
        from align.text.entities import shown_text

        shown = [shown_text(s.text, ruby=lang == "zh") for s in batch]  # 2&#44;160 is 2,160, 16時(shí)10分 16時10分; offsets map back to `text`
        text, starts = joined([s.text for s in shown])
        found: list[list[Figure]] = [[] for _ in batch]
        for figure in parse_numbers(text, lang):
            owner = bisect_right(starts, figure.start) - 1
            start, end = shown[owner].span(figure.start - starts[owner], figure.end - starts[owner])
            found[owner].append(dataclasses.replace(figure, start=start, end=end))  # `text` stays as read (2,160만원)
        return [tuple(f) for f in found]

    return _annotated(sentences, "figures", lambda batch: _by_language(batch, compute))


def term_matches(sentences: Sequence[Sentence], glossary: Glossary, check_morphemes: bool = True) -> list[tuple[TermMatch, ...]]:
    """`Sentence.terms` of each sentence, one automaton pass per language. Chinese matches need no
    morpheme check, so both kinds of caller share them."""
    from align.terms.matching import term_matcher
    from align.text.entities import shown_text

    def cache(sentence: Sentence) -> dict[tuple[Glossary, bool], tuple[TermMatch, ...]]:
        return sentence.__dict__.setdefault("_terms", {})

    def checked(sentence: Sentence) -> bool:
        return check_morphemes and sentence.lang == "ko"

    missing = [s for s in sentences if (glossary, checked(s)) not in cache(s)]
    for lang in dict.fromkeys(s.lang for s in missing):
        batch = [s for s in missing if s.lang == lang]
        matcher = term_matcher(glossary, lang, check_morphemes and lang == "ko")
        shown = [shown_text(s.text, ruby=lang == "zh") for s in batch]  # 派出&shy;所 and 派(pài)出所 are 派出所; offsets map back to `text`
        text, starts = joined([s.text for s in shown])
        found: list[list[TermMatch]] = [[] for _ in batch]
        for match in matcher.find(text):
            owner = bisect_right(starts, match.start) - 1
            start, end = shown[owner].span(match.start - starts[owner], match.end - starts[owner])
            found[owner].append(match._replace(start=start, end=end, surface=batch[owner].text[start:end]))
        for sentence, matches in zip(batch, found):
            cache(sentence)[(glossary, checked(sentence))] = tuple(matches)
    return [cache(s)[(glossary, checked(s))] for s in sentences]
