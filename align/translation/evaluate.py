"""Scoring translations: corpus BLEU and chrF exactly as sacrebleu computes them, and term success.

BLEU tokenises Chinese with sacrebleu's `zh` tokenizer and Korean with `ko-mecab` when sacrebleu's
Korean extra (mecab-ko with its dictionary) is installed, else per character (`char`); the result
names the tokenizer used, since scores from different tokenizers are not comparable. chrF is
sacrebleu's default: character 6-grams, no word n-grams. Term success follows the WMT terminology
task: of the glossary terms found in each source line, the share whose target form the hypothesis
line contains, on the matching keys, each occurrence its own (`align.translation.constraints.targets_present`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from align.errors import AlignError, expect_glossary, expect_strings
from align.io import EVALUATION_COLUMNS
from align.terms.glossary import Glossary
from align.terms.matching import find_terms
from align.text.decode import read_text
from align.text.inputs import language_name, written_in
from align.translation.constraints import targets_present
from align.types import LANGUAGES

if TYPE_CHECKING:
    import pandas




@dataclass(frozen=True)
class EvaluationResult:
    """Corpus scores (0–100 for BLEU and chrF, 0–1 for term success: None when no term was checked)."""

    bleu: float
    chrf: float
    term_success: float | None
    terms: int
    tokenizer: str
    sentences: int

    def record(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=2)
def bleu_tokenizer(tgt: str) -> str:
    """sacrebleu's tokenizer for the target language: zh, ko-mecab when usable, else char."""
    if tgt == "zh":
        return "zh"
    from sacrebleu.metrics import BLEU

    try:
        BLEU(tokenize="ko-mecab")
    except (ImportError, RuntimeError, AssertionError):
        return "char"
    return "ko-mecab"


def _check_lines(hypotheses: Sequence[str], references: Sequence[str], sources: Sequence[str] | None, tgt: str) -> tuple[list[str], list[str], list[str] | None]:
    """The three as lists of lines (a pandas Series or a numpy array of lines is one too), checked:
    the target language known, each a sequence of str, as many of each, some at all."""
    if tgt not in LANGUAGES:
        raise ValueError(f"unknown target language {tgt!r}: expected 'ko' or 'zh'")
    hypotheses, references = list(expect_strings(hypotheses, "hypotheses", "lines (a list of str)")), list(expect_strings(references, "references", "lines (a list of str)"))
    sources = list(expect_strings(sources, "sources", "lines (a list of str)")) if sources is not None else None
    counts = [("hypotheses", len(hypotheses)), ("references", len(references))]
    if sources is not None:
        counts.append(("sources", len(sources)))
    if len({n for _, n in counts}) > 1:
        raise AlignError("line counts differ: " + ", ".join(f"{n} {what}" for what, n in counts))
    if not hypotheses:
        raise AlignError("nothing to score: no translations and no references")
    return hypotheses, references, sources


def _source_language(tgt: str, src_lang: str | None) -> str:
    """The sources' language: the one given, else the other one of the pair."""
    return src_lang or ("ko" if tgt == "zh" else "zh")


def _term_counts(
    hypotheses: Sequence[str], sources: Sequence[str] | None, src_lang: str | None, tgt: str, glossary: Glossary | None
) -> list[tuple[int, int]] | None:
    """Per line: glossary terms found in the source, and how many of them the hypothesis has."""
    expect_glossary(glossary)
    if sources is None or glossary is None:
        return None
    lang = _source_language(tgt, src_lang)
    counts = []
    for hypothesis, source in zip(hypotheses, sources):
        matches = find_terms(source, lang, glossary)
        counts.append((len(matches), sum(targets_present([m.term for m in matches], hypothesis, tgt))))
    return counts


def evaluate(
    hypotheses: Sequence[str],
    references: Sequence[str],
    tgt: str,
    sources: Sequence[str] | None = None,
    src_lang: str | None = None,
    glossary: Glossary | None = None,
) -> EvaluationResult:
    """Corpus BLEU and chrF of line-parallel hypotheses and references (one reference each), and
    the term success rate when `sources` and a `glossary` are given (`src_lang` defaults to the
    other language of `tgt`)."""
    from sacrebleu.metrics import BLEU, CHRF

    hypotheses, references, sources = _check_lines(hypotheses, references, sources, tgt)
    tokenizer = bleu_tokenizer(tgt)
    hyps, refs = list(hypotheses), [list(references)]
    counts = _term_counts(hypotheses, sources, src_lang, tgt, glossary)
    found = sum(f for f, _ in counts) if counts else 0
    matched = sum(m for _, m in counts) if counts else 0
    return EvaluationResult(
        bleu=BLEU(tokenize=tokenizer).corpus_score(hyps, refs).score,
        chrf=CHRF().corpus_score(hyps, refs).score,
        term_success=matched / found if found else None,
        terms=found,
        tokenizer=tokenizer,
        sentences=len(hyps),
    )


def sentence_scores(
    hypotheses: Sequence[str],
    references: Sequence[str],
    tgt: str,
    sources: Sequence[str] | None = None,
    src_lang: str | None = None,
    glossary: Glossary | None = None,
) -> pandas.DataFrame:
    """One row per line: `line` (1-based), `bleu` (sentence BLEU, effective order), `chrf`,
    `terms`, `terms_matched`, `term_success` (NaN without terms)."""
    import pandas
    from sacrebleu.metrics import BLEU, CHRF

    hypotheses, references, sources = _check_lines(hypotheses, references, sources, tgt)
    bleu, chrf = BLEU(tokenize=bleu_tokenizer(tgt), effective_order=True), CHRF()
    counts = _term_counts(hypotheses, sources, src_lang, tgt, glossary) or [(0, 0)] * len(hypotheses)
    rows = [
        {
            "line": line,
            "bleu": bleu.sentence_score(hypothesis, [reference]).score,
            "chrf": chrf.sentence_score(hypothesis, [reference]).score,
            "terms": found,
            "terms_matched": matched,
            "term_success": matched / found if found else float("nan"),
        }
        for line, (hypothesis, reference, (found, matched)) in enumerate(zip(hypotheses, references, counts), start=1)
    ]
    return pandas.DataFrame(rows, columns=["line", "bleu", "chrf", "terms", "terms_matched", "term_success"])


def evaluation_records(result: EvaluationResult, per_sentence: pandas.DataFrame | None = None) -> list[dict[str, Any]]:
    """The corpus row (`EVALUATION_COLUMNS`), then with `per_sentence` one row per line, which
    also fills the `line` column."""
    rows = [{column: getattr(result, column) for column in EVALUATION_COLUMNS}]
    if per_sentence is not None:
        for row in per_sentence.itertuples(index=False):
            rows.append(
                {
                    "line": row.line,
                    "bleu": row.bleu,
                    "chrf": row.chrf,
                    "term_success": None if row.terms == 0 else row.term_success,
                    "tokenizer": result.tokenizer,
                    "sentences": 1,
                }
            )
    return rows


def read_lines(path: str | Path) -> list[str]:
    """A line-parallel file's lines (split on newlines only; a final newline ends the last line)."""
    lines = read_text(path).text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def _blank_ending(lines: Sequence[str]) -> str:
    """` (the last 2 blank)` for lines that end in blank ones, which an editor hardly shows."""
    blank = len(lines) - len(list(itertools.dropwhile(lambda line: not line.strip(), reversed(lines))))
    return f" (the last {blank} blank)" if blank else ""


def evaluate_files(
    hypotheses: Path,
    references: Path,
    tgt: str,
    sources: Path | None = None,
    src_lang: str | None = None,
    glossary: Glossary | None = None,
    per_sentence: bool = False,
    lang_check: bool = True,
) -> tuple[EvaluationResult, list[dict[str, Any]]]:
    """`evaluate` over line-parallel files, with its records (`evaluation_records`). Files of different
    line counts are refused with one message naming each file and its count; so is a table (half its
    lines or more hold a tab: `align sentences` TSV given for sentences), and a file written in
    the other language than the one it is scored as (`--tgt` or `--src-lang` given wrong, or the files
    given in the wrong order), unless `lang_check` is off."""
    paths = [hypotheses, references] + ([sources] if sources is not None else [])
    texts = [read_lines(path) for path in paths]
    for path, lines in zip(paths, texts):
        filled = [line for line in lines if line.strip()]
        tabbed = sum("\t" in line for line in filled)
        if filled and tabbed * 2 >= len(filled):
            raise AlignError(f"{tabbed} of its {len(filled)} lines hold a tab: a table, not one sentence per line (take the column of sentences, e.g. with `cut -f2`)", path)
    if len({len(lines) for lines in texts}) > 1:
        raise AlignError("line counts differ: " + ", ".join(f"{path} has {len(lines)} lines{_blank_ending(lines)}" for path, lines in zip(paths, texts)))
    if lang_check:
        source_lang = _source_language(tgt, src_lang)
        for path, lines, expected, role in zip(paths, texts, (tgt, tgt, source_lang), ("translations", "references", "sources")):
            written = written_in("\n".join(lines), least=8)  # (a test set of two short lines says which it is)
            if written not in (None, expected):
                option = "--src-lang" if role == "sources" else "--tgt"
                raise AlignError(f"scored as the {language_name(expected)} {role} ({option} {expected}), but written in {language_name(written)}", path)
    hyps, refs = texts[0], texts[1]
    source_lines = texts[2] if sources is not None else None
    terms = glossary if source_lines is not None else None
    result = evaluate(hyps, refs, tgt, source_lines, src_lang, terms)
    scores = sentence_scores(hyps, refs, tgt, source_lines, src_lang, terms) if per_sentence else None
    return result, evaluation_records(result, scores)
