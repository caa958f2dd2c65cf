"""Translation KO↔ZH: sentences → glossary protection → SentencePiece → CTranslate2 → repaired text.

`translate_sentences` is the entry point (`translate_iter` yields the same lazily, for a progress
bar); `split_documents` puts a segmented article's translations back into its paragraphs. The
model is any CTranslate2 conversion with its SentencePiece model (`load_model`); glossary terms are
protected and verified around it (`align.translation.constraints`), since CTranslate2 cannot
constrain its output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from align.errors import AlignError, expect_documents, expect_glossary, expect_model, expect_strings
from align.io import TERM_REPORT_COLUMNS, xml_safe
from align.terms.glossary import Glossary
from align.text.document import Document, Sentence
from align.text.inputs import HTML_SUFFIXES, LANGUAGES, LINE_BREAK, require_language
from align.translation.constraints import STRATEGIES, TermOutcome, protect, restore
from align.translation.model import LanguageTokens, TranslationModel, load_model
from align.types import TermPlacement

__all__ = [
    "STRATEGIES",
    "TERM_REPORT_COLUMNS",
    "TermOutcome",
    "TranslatedDocument",
    "TranslatedSentence",
    "TranslationModel",
    "document_heads",
    "load_model",
    "output_paths",
    "split_documents",
    "translate_documents",
    "translate_iter",
    "translate_sentences",
]




@dataclass(frozen=True)
class TranslatedSentence:
    """A source sentence, its translation, and what became of each glossary term found in it."""

    source: str
    output: str
    terms: tuple[TermOutcome, ...] = ()
    truncated: bool = False  # the translation reached the longest allowed (`max_decoding_length`) and was cut off there
    parts: int = 1  # the model's inputs it was translated as: a sentence too long for one (a paragraph with no sentence end) goes clause by clause


@dataclass(frozen=True)
class TranslatedDocument:
    """A segmented document and the translation of each of its sentences, in order."""

    document: Document
    sentences: tuple[TranslatedSentence, ...]
    tgt: str
    title: TranslatedSentence | None = None  # the headline's translation (cleaning keeps it in the metadata, out of the sentences)
    prefixes: tuple[tuple[int, TranslatedSentence], ...] = ()  # (paragraph, translation) of a credit or dateline glued before a paragraph's first sentence (据新华社南京10月29日电)

    def xliff(self, src: str) -> str:
        """The translation as an XLIFF 1.2 file for post-editing in a CAT tool: one unit per sentence
        with its source and target, the glossary terms found in it as notes; a unit whose terms were
        repaired or are missing is marked for review."""
        import xml.etree.ElementTree as ET

        namespace = "urn:oasis:names:tc:xliff:document:1.2"
        ET.register_namespace("", namespace)
        root = ET.Element(f"{{{namespace}}}xliff", {"version": "1.2"})
        file = ET.SubElement(root, f"{{{namespace}}}file", {"original": self.document.doc or "input", "source-language": src, "target-language": self.tgt, "datatype": "plaintext", "tool-id": "align"})
        body = ET.SubElement(file, f"{{{namespace}}}body")
        heads = [("title", self.title)] if self.title is not None else []
        for name, translated in heads + [(f"prefix-{paragraph}", prefix) for paragraph, prefix in self.prefixes]:
            unit = ET.SubElement(body, f"{{{namespace}}}trans-unit", {"id": name, "resname": name})
            ET.SubElement(unit, f"{{{namespace}}}source").text = xml_safe(translated.source)
            ET.SubElement(unit, f"{{{namespace}}}target", {"state": "translated", "state-qualifier": "mt-suggestion"}).text = xml_safe(translated.output)
        for source, translated in zip(self.document.sentences, self.sentences):
            unit = ET.SubElement(body, f"{{{namespace}}}trans-unit", {"id": str(source.index + 1), "resname": f"sentence-{source.index}"})
            ET.SubElement(unit, f"{{{namespace}}}source").text = xml_safe(translated.source)
            review = any(outcome.how is not TermPlacement.MODEL for outcome in translated.terms)
            state = "needs-review-translation" if review else "translated"
            # machine output: a CAT tool shows it as a suggestion to review, not as finished work
            ET.SubElement(unit, f"{{{namespace}}}target", {"state": state, "state-qualifier": "mt-suggestion"}).text = xml_safe(translated.output)
            for outcome in translated.terms:
                note = ET.SubElement(unit, f"{{{namespace}}}note", {"from": "align-glossary"})
                note.text = xml_safe(f"{outcome.surface} -> {outcome.expected}: {outcome.how}")
            line = self.line_of(source)
            if line is not None:  # where the sentence is in the input, as CAT tools show a unit's location
                group = ET.SubElement(unit, f"{{{namespace}}}context-group", {"purpose": "location"})
                ET.SubElement(group, f"{{{namespace}}}context", {"context-type": "sourcefile"}).text = xml_safe(self.document.doc or "input")
                ET.SubElement(group, f"{{{namespace}}}context", {"context-type": "linenumber"}).text = str(line)
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

    @property
    def text(self) -> str:
        """The headline's translation on the first line when the article has one, then the source's
        paragraphs, one per line (a glued credit or dateline before its paragraph); sentences joined
        by a space in Korean and directly in Chinese. Presegmented input has one paragraph per line,
        so it keeps one sentence per line."""
        joiner = " " if self.tgt == "ko" else ""
        paragraphs: dict[int, list[str]] = {}
        for source, translated in zip(self.document.sentences, self.sentences):
            paragraphs.setdefault(source.paragraph, []).append(" ".join(translated.output.splitlines()))
        prefixes = {paragraph: " ".join(prefix.output.split()) for paragraph, prefix in self.prefixes}
        lines = [" ".join(self.title.output.split())] if self.title is not None else []
        lines += [" ".join(filter(None, (prefixes.get(paragraph, ""), joiner.join(outputs)))) for paragraph, outputs in paragraphs.items()]
        return "".join(line + "\n" for line in lines)

    def lines(self) -> str:
        """The translation line for line, for a source read one sentence per line
        (`read_presegmented`): each line of the source gives one line, the translation of its
        sentence, or an empty line where the source line is blank."""
        by_line = {self.line_of(sentence): " ".join(translated.output.splitlines()) for sentence, translated in zip(self.document.sentences, self.sentences)}
        text = self.document.text
        lines = len(LINE_BREAK.findall(text)) + (not text.endswith(("\n", "\r")))  # (the file's lines as `line_of` counts them: U+2028 inside a line ends none)
        return "".join(by_line.get(number, "") + "\n" for number in range(1, lines + 1))

    def line_of(self, sentence: Sentence) -> int | None:
        """The input line (from 1) a sentence starts on; None for a saved page, whose sentences index
        the text extracted from it, not the file."""
        return None if self.document.metadata.extracted_from else len(LINE_BREAK.findall(self.document.text, 0, sentence.start)) + 1

    def parts_note(self) -> str | None:
        """One line for the user when sentences were too long for the model in one piece (a paragraph
        that lost its sentence ends) and went clause by clause: how many, and the line of the first."""
        long = [(source, translated) for source, translated in zip(self.document.sentences, self.sentences) if translated.parts > 1]
        if not long:
            return None
        line = self.line_of(long[0][0])
        where = f" (the first on line {line})" if line is not None else ""
        count = f"{len(long)} sentences" if len(long) > 1 else "1 sentence"
        return f"{count} too long for the model in one piece{where} translated clause by clause, in {sum(t.parts for _, t in long)} parts"

    def term_records(self) -> Iterator[dict[str, Any]]:
        """One record per source term per sentence (`TERM_REPORT_COLUMNS`); `line` is the input line
        (from 1) the sentence starts on, which a blank line or an article's paragraphs make other than
        the sentence's index (empty for a saved page)."""
        for source, translated in zip(self.document.sentences, self.sentences):
            line = self.line_of(source)
            for outcome in translated.terms:
                yield {
                    "file": self.document.doc,
                    "sentence": source.index,
                    "line": line,
                    "surface": outcome.surface,
                    "ko": outcome.term.ko,
                    "zh_hans": outcome.term.zh_hans,
                    "expected": outcome.expected,
                    "present": outcome.present,
                    "how": outcome.how,
                }


def _check_pair(src: str, tgt: str) -> None:
    for lang in (src, tgt):
        if lang not in LANGUAGES:
            raise AlignError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    if src == tgt:
        raise AlignError(f"source and target language are both {src!r}")


def _token_budget(inputs: Sequence[Sequence[str]], batch_size: int) -> int:
    """`batch_size` sentences of average length as a token budget: CTranslate2 then sorts by length
    and cuts batches on tokens, so a batch of long sentences holds fewer of them."""
    return batch_size * max(1, round(sum(map(len, inputs)) / max(len(inputs), 1)))


_CLAUSE_END = re.compile(r"(?<=[，,；;：:、])\s*|\s+")  # after a comma, semicolon or colon (with the spaces after it), or at a space
INPUT_SHARE = 0.6  # a sentence whose pieces pass this share of `max_decoding_length` is translated in parts


def model_inputs(sentence: str, spm: Any, budget: int) -> list[str]:
    """`sentence` in parts of at most `budget` source pieces each, cut after clause marks (，；：、 and
    their ASCII forms) where it can, else at spaces, else between characters: a sentence the model
    would translate only in part (a paragraph that lost its sentence ends, a list run together) goes
    part by part. A sentence within the budget is one part; the parts joined are the sentence."""
    if len(spm.encode(sentence)) <= budget:
        return [sentence]
    clauses: list[str] = []
    last = 0
    for cut in _CLAUSE_END.finditer(sentence):
        if cut.end() > last:
            clauses.append(sentence[last : cut.end()])
            last = cut.end()
    clauses.append(sentence[last:])
    parts: list[str] = []
    for clause in filter(None, clauses):
        while len(spm.encode(clause)) > budget:  # one clause too long: cut it between characters
            size = max(1, len(clause) * budget // len(spm.encode(clause)))
            while size > 1 and len(spm.encode(clause[:size])) > budget:
                size = max(1, min(size - 1, size * budget // len(spm.encode(clause[:size]))))
            parts.append(clause[:size])
            clause = clause[size:]
        if not clause:
            continue
        if parts and len(spm.encode(parts[-1] + clause)) <= budget:
            parts[-1] += clause
        else:
            parts.append(clause)
    return parts


def _joined(parts: Sequence[TranslatedSentence], sentence: str, tgt: str) -> TranslatedSentence:
    """One sentence's translation from its parts' (Chinese joined as written, Korean with spaces)."""
    if len(parts) == 1:
        return replace(parts[0], source=sentence)
    output = ("" if tgt == "zh" else " ").join(part.output.strip() for part in parts if part.output.strip())
    return TranslatedSentence(sentence, output, tuple(o for part in parts for o in part.terms), any(p.truncated for p in parts), len(parts))


def translate_iter(
    model: TranslationModel,
    sentences: Sequence[str],
    src: str,
    tgt: str,
    glossary: Glossary | None = None,
    *,
    beam_size: int = 4,
    batch_size: int = 32,
    max_decoding_length: int = 256,
    protection: str = "annotate",
) -> Iterator[TranslatedSentence]:
    """Translate `sentences` in token-based batches, yielding one result per sentence in order.

    With a glossary, its terms are protected (`protection`: annotate or placeholder), verified and
    repaired; without one the raw SentencePiece pieces go to the model. A sentence longer than
    `INPUT_SHARE` of `max_decoding_length` in source pieces is translated clause by clause
    (`model_inputs`) and its parts joined (`TranslatedSentence.parts`). The arguments (and the
    model's language tokens) are checked when it is called, not when the first result is asked for.
    """
    expect_model(model)
    sentences = expect_strings(sentences, "sentences")
    expect_glossary(glossary)
    _check_pair(src, tgt)
    tokens = model.language_tokens(src, tgt)  # (a model without this pair's tokens is an error however little there is to translate)
    return _translated(_Request(model, tokens, src, tgt, glossary, beam_size, batch_size, max_decoding_length, protection), sentences)


@dataclass(frozen=True)
class _Request:
    """What `translate_iter` was asked for, checked: the model, its language tokens, and the options."""

    model: TranslationModel
    tokens: LanguageTokens
    src: str
    tgt: str
    glossary: Glossary | None
    beam_size: int
    batch_size: int
    max_decoding_length: int
    protection: str


def _translated(request: _Request, sentences: Sequence[str]) -> Iterator[TranslatedSentence]:
    """`translate_iter`'s results: each sentence's parts translated, and joined."""
    budget = max(1, int(INPUT_SHARE * request.max_decoding_length))
    parts_of = [model_inputs(sentence, request.model.source_spm, budget) if sentence.strip() else [sentence] for sentence in sentences]
    translated = _translate_units(request, [part for parts in parts_of for part in parts])
    for sentence, parts in zip(sentences, parts_of):
        yield _joined([next(translated) for _ in parts], sentence, request.tgt)


def _translate_units(request: _Request, sentences: Sequence[str]) -> Iterator[TranslatedSentence]:
    """The model's translation of each input in order (`translate_iter` without the parts)."""
    model, tokens = request.model, request.tokens
    # a blank sentence is translated as nothing, not sent to the model (which would make something up)
    sources = [protect(sentence, request.src, request.tgt, request.glossary, model.source_spm, request.protection) if sentence.strip() else None for sentence in sentences]
    inputs = [tokens.source(source.pieces) for source in sources if source is not None]
    skip, first = len(tokens.target_prefix), len(tokens.source_prefix)
    results = iter(
        model.translator.translate_iterable(
            inputs,
            target_prefix=[list(tokens.target_prefix)] * len(inputs) if tokens.target_prefix else None,
            max_batch_size=_token_budget(inputs, request.batch_size),
            batch_type="tokens",
            beam_size=request.beam_size,
            max_decoding_length=request.max_decoding_length + skip,  # the forced language token is no output token
            return_attention=request.glossary is not None,
        )
        if inputs
        else ()
    )
    for sentence, source in zip(sentences, sources):
        if source is None:
            yield TranslatedSentence(sentence, "")
            continue
        result = next(results)
        pieces = result.hypotheses[0][skip:]
        attention = np.asarray(result.attention[0], dtype=np.float32)[skip:, first:] if source.terms and result.attention else None
        output, outcomes = restore(source, pieces, attention, model.target_spm, request.tgt)
        yield TranslatedSentence(sentence, output, outcomes, truncated=len(pieces) >= request.max_decoding_length)


def translate_sentences(
    model: TranslationModel,
    sentences: Sequence[str],
    src: str,
    tgt: str,
    glossary: Glossary | None = None,
    **options: Any,
) -> list[TranslatedSentence]:
    """Translate sentences (options as for `translate_iter`)."""
    return list(translate_iter(model, sentences, src, tgt, glossary, **options))


def split_documents(documents: Sequence[Document], translations: Sequence[TranslatedSentence], tgt: str) -> list[TranslatedDocument]:
    """Give each document its translations, from one list covering all their sentences in order."""
    expected = sum(len(d.sentences) for d in documents)
    if len(translations) != expected:
        raise ValueError(f"{len(translations)} translations for {expected} sentences")
    result, position = [], 0
    for document in documents:
        count = len(document.sentences)
        result.append(TranslatedDocument(document, tuple(translations[position : position + count]), tgt))
        position += count
    return result


def document_heads(document: Document) -> tuple[str | None, tuple[tuple[int, str], ...]]:
    """What of an article cleaning keeps out of its sentences that its translation keeps: the
    headline (the metadata's title, unless one of the first sentences is it), and each credit or dateline glued before a paragraph's first
    sentence on its line (`prefix` spans: 据新华社南京10月29日电, [서울=뉴시스]), with its paragraph."""
    title = (document.metadata.title or "").strip() or None
    if title is not None:
        bare = "".join(title.split())
        firsts_text = {"".join(text.split()) for s in document.sentences[:3] for text in (s.clean, s.text)}
        if bare in firsts_text or any("".join(s.clean.split()).startswith(bare) for s in document.sentences[:1]):
            title = None  # the page's headline is its first sentence too (a saved page's extracted text begins with it): translated once
    prefixes: list[tuple[int, str]] = []
    firsts: dict[int, Sentence] = {}
    for sentence in document.sentences:
        firsts.setdefault(sentence.paragraph, sentence)
    for paragraph, sentence in firsts.items():
        glued = [d for d in document.dropped if d.reason == "prefix" and d.end <= sentence.start and not document.text[d.end : sentence.start].strip() and "\n" not in document.text[d.start : sentence.start]]
        text = " ".join(d.text.strip() for d in sorted(glued, key=lambda d: d.start) if d.text.strip())
        if text:
            prefixes.append((paragraph, text))
    return title, tuple(prefixes)


def translate_documents(
    model: TranslationModel,
    documents: Sequence[Document],
    src: str,
    tgt: str,
    glossary: Glossary | None = None,
    progress: Callable[[Iterable[TranslatedSentence], int], Iterable[TranslatedSentence]] | None = None,
    lang_check: bool = True,
    **options: Any,
) -> list[TranslatedDocument]:
    """Translate segmented documents together (batches span documents) and split the result; an
    article's headline and glued credits or datelines (`document_heads`) are translated with it.
    `progress(results, total)` may wrap the stream of translated sentences (a progress bar). A
    document written in another language than `src` is a LanguageError (a ValueError) naming it,
    unless `lang_check` is off."""
    expect_documents(documents)
    if lang_check and src in LANGUAGES:
        for document in documents:
            require_language(document, f"src={src!r}", src, "lang_check=False")
    sentences = [sentence.clean for document in documents for sentence in document.sentences]
    heads = [document_heads(document) for document in documents]
    extra = [text for title, prefixes in heads for text in ([title] if title else []) + [prefix for _, prefix in prefixes]]
    results: Iterable[TranslatedSentence] = translate_iter(model, sentences + extra, src, tgt, glossary, **options)
    if progress is not None:
        results = progress(results, len(sentences) + len(extra))
    translated = list(results)
    rest = iter(translated[len(sentences) :])
    return [
        replace(document, title=next(rest) if title else None, prefixes=tuple((paragraph, next(rest)) for paragraph, _ in prefixes))
        for document, (title, prefixes) in zip(split_documents(documents, translated[: len(sentences)], tgt), heads)
    ]


def translated_name(path: Path, src: str, tgt: str, suffix: str | None = None) -> str:
    """The file name of a translation: jilin.ko.txt -> jilin.zh.txt; article.txt -> article.zh.txt;
    a saved page's is text (page.ko.html -> page.zh.txt); with `suffix`, that instead of the
    input's (jilin.ko.txt -> jilin.zh.xlf)."""
    stem = path.stem[: -len(src) - 1] if path.stem.endswith(f".{src}") else path.stem
    kept = "" if path.suffix.lower() in HTML_SUFFIXES else path.suffix
    return f"{stem}.{tgt}{suffix or kept or '.txt'}"


_FILE_SUFFIXES = frozenset({".txt", ".xlf", ".xliff", ".tsv", ".jsonl", ".csv"}) | HTML_SUFFIXES  # names of files, never of an output directory to begin


def output_paths(
    files: Sequence[Path], output: Path | None, src: str, tgt: str, suffix: str | None = None, directory: bool = False, replace: bool = False
) -> list[Path | None]:
    """Where the translations of `files` go. One input: `output` is the file (standard output when
    None) or a directory to write into (an existing one, or any with `directory`: `-o out/`);
    several inputs: `output` is a directory holding one translation per input, named by
    `translated_name`. A translation would replace a file already in that directory (a report's
    real counterpart: jilin.ko.txt -> jilin.zh.txt) only with `replace`."""
    if output is None:
        if len(files) > 1:
            raise AlignError(f"{len(files)} inputs: give -o DIRECTORY for their translations")
        return [None]
    if len(files) == 1 and not output.is_dir() and not directory:
        return [output]
    if output.exists() and not output.is_dir():
        raise AlignError(f"{'several inputs need' if len(files) > 1 else 'a name ending in / is'} an output directory, this is a file", output)
    if not output.exists() and output.suffix.lower() in _FILE_SUFFIXES:
        raise AlignError(f"{len(files)} inputs need an output directory, and this names a file: give a directory (ending in /)", output)
    names = [translated_name(path, src, tgt, suffix) for path in files]
    clash = next((name for name in names if names.count(name) > 1), None)
    if clash is not None:
        raise AlignError(f"two inputs would both be written to {clash}", output)
    targets = [output / name for name in names]
    existing = next((target for target in targets if target.exists()), None)
    if existing is not None and not replace:
        raise AlignError("a file of that name is already there: choose another directory, or pass --force to replace it", existing)
    return list(targets)
