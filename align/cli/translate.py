"""The `align translate` and `align evaluate` commands: options and files over `align.translate`
and `align.evaluate`. `align.cli` registers them (`app.command("translate")(reports_errors(translate))`);
user errors are raised as `AlignError`s for that wrapper to print."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterable, Optional, TypeVar

import typer

from align.errors import AlignError

T = TypeVar("T")
SCREEN = 40  # sentences: more than a screenful gets a progress bar


class Language(str, Enum):
    ko = "ko"
    zh = "zh"


class ModelFamily(str, Enum):
    auto = "auto"
    nllb = "nllb"
    m2m100 = "m2m100"
    marian = "marian"
    plain = "plain"


class ComputeType(str, Enum):
    int8 = "int8"
    float32 = "float32"
    auto = "auto"


class Protection(str, Enum):
    annotate = "annotate"
    placeholder = "placeholder"


class EvaluationFormat(str, Enum):
    tsv = "tsv"
    json = "json"


GlossaryOption = typer.Option(None, "--glossary", "-g", help="Glossary TSV (repeatable), or 'none'; default: the bundled glossary.")


def translate(
    files: list[Path] = typer.Argument(..., help="Articles to translate (one sentence per line with --presegmented)."),
    model: Path = typer.Option(..., "--model", "-m", help="CTranslate2 model directory with its SentencePiece model (see the README)."),
    src: Language = typer.Option(..., "--src", help="Source language."),
    tgt: Language = typer.Option(..., "--tgt", help="Target language."),
    glossary: Optional[list[str]] = GlossaryOption,
    presegmented: bool = typer.Option(False, "--presegmented", help="Inputs have one sentence per line: one output line per input line."),
    beam_size: int = typer.Option(4, "--beam-size", min=1, help="Beam size (1: greedy, deterministic and fastest)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Sentences per batch, counted as average-length sentences: batches are cut on tokens."),
    compute_type: ComputeType = typer.Option(ComputeType.int8, "--compute-type", help="Weights and arithmetic on the CPU."),
    threads: int = typer.Option(0, "--threads", min=0, help="CPU threads (0: CTranslate2's default)."),
    family: ModelFamily = typer.Option(ModelFamily.auto, "--family", help="How the model names languages; auto reads its vocabulary."),
    protect: Protection = typer.Option(Protection.annotate, "--protect", help="How glossary terms are protected: target form in the source, or placeholders."),
    max_length: int = typer.Option(256, "--max-length", min=1, help="Longest translation of one sentence, in tokens."),
    terms_report: Optional[Path] = typer.Option(None, "--terms-report", help="TSV: each source term per sentence, expected target, present, how (model/repaired/missing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file for one input, directory for several (default: standard output for one input)."),
) -> None:
    """Translate Korean and Chinese articles with a CTranslate2 model, keeping glossary terms."""
    from align.terms.glossary import glossary_from_option
    from align.io import write_records
    from align.text.segment import read_presegmented, segment_file
    from align.text.decode import atomic_writer
    from align.translation.pipeline import TERM_REPORT_COLUMNS, load_model, split_documents, translate_iter

    if src is tgt:
        raise AlignError(f"--src and --tgt are both {src.value}")
    targets = _output_paths(files, output, src.value, tgt.value)
    translation_model = load_model(model, family.value, compute_type.value, threads)
    terms = glossary_from_option(glossary)
    read = read_presegmented if presegmented else segment_file
    documents = [read(path, src.value) for path in files]
    sentences = [sentence.clean for document in documents for sentence in document.sentences]
    translations = translate_iter(
        translation_model, sentences, src.value, tgt.value, terms,
        beam_size=beam_size, batch_size=batch_size, max_decoding_length=max_length, protection=protect.value,
    )
    translated = split_documents(documents, list(_progress(translations, len(sentences), quiet)), tgt.value)
    for document, target in zip(translated, targets):
        with atomic_writer(target) as stream:
            stream.write(document.text)
    if terms_report is not None:
        with atomic_writer(terms_report) as stream:
            write_records((r for d in translated for r in d.term_records()), TERM_REPORT_COLUMNS, "tsv", stream)


def _output_paths(files: list[Path], output: Optional[Path], src: str, tgt: str) -> list[Optional[Path]]:
    """One input: `output` is the file (standard output when None) or a directory to write into;
    several inputs: `output` is a directory holding one translation per input."""
    if output is None:
        if len(files) > 1:
            raise AlignError(f"{len(files)} inputs: give -o DIRECTORY for their translations")
        return [None]
    if len(files) == 1 and not output.is_dir():
        return [output]
    if output.exists() and not output.is_dir():
        raise AlignError("several inputs need an output directory, this is a file", output)
    names = [_translated_name(path, src, tgt) for path in files]
    clash = next((name for name in names if names.count(name) > 1), None)
    if clash is not None:
        raise AlignError(f"two inputs would both be written to {clash}", output)
    return [output / name for name in names]


def _translated_name(path: Path, src: str, tgt: str) -> str:
    """jilin.ko.txt → jilin.zh.txt; article.txt → article.zh.txt."""
    stem = path.stem[: -len(src) - 1] if path.stem.endswith(f".{src}") else path.stem
    return f"{stem}.{tgt}{path.suffix or '.txt'}"


def _progress(items: Iterable[T], total: int, quiet: bool) -> Iterable[T]:
    if quiet or total <= SCREEN:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="translate", unit="sentence", file=sys.stderr, leave=False)


def evaluate(
    hypotheses: Path = typer.Argument(..., help="Translations, one sentence per line."),
    references: Path = typer.Argument(..., help="References, line-parallel to the translations."),
    tgt: Language = typer.Option(..., "--tgt", help="Language of translations and references."),
    source: Optional[Path] = typer.Option(None, "--src", help="Source sentences, line-parallel: adds the glossary term success rate."),
    src_lang: Optional[Language] = typer.Option(None, "--src-lang", help="Language of --src (default: the other one)."),
    glossary: Optional[list[str]] = GlossaryOption,
    per_sentence: bool = typer.Option(False, "--per-sentence", help="Add a row per line: sentence BLEU, chrF, term success."),
    fmt: EvaluationFormat = typer.Option(EvaluationFormat.tsv, "--format", help="tsv: a header and rows; json: one object."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: standard output); written atomically."),
) -> None:
    """Score translations: corpus BLEU and chrF (sacrebleu), and glossary term success with --src."""
    from align.terms.glossary import glossary_from_option
    from align.translation.evaluate import EVALUATION_COLUMNS, evaluation_records, sentence_scores
    from align.translation.evaluate import evaluate as score
    from align.io import write_records
    from align.text.decode import atomic_writer

    paths = [hypotheses, references] + ([source] if source is not None else [])
    texts = [_lines(path) for path in paths]
    if len({len(lines) for lines in texts}) > 1:
        raise AlignError("line counts differ: " + ", ".join(f"{path} has {len(lines)} lines" for path, lines in zip(paths, texts)))
    hyps, refs = texts[0], texts[1]
    sources = texts[2] if source is not None else None
    terms = glossary_from_option(glossary) if sources is not None else None
    lang = src_lang.value if src_lang is not None else None
    result = score(hyps, refs, tgt.value, sources, lang, terms)
    rows = evaluation_records(result, sentence_scores(hyps, refs, tgt.value, sources, lang, terms) if per_sentence else None)
    with atomic_writer(output) as stream:
        if fmt is EvaluationFormat.json:
            stream.write(json.dumps({**result.record(), **({"per_sentence": rows[1:]} if per_sentence else {})}, ensure_ascii=False) + "\n")
        else:
            write_records(rows, (("line",) if per_sentence else ()) + EVALUATION_COLUMNS, "tsv", stream)


def _lines(path: Path) -> list[str]:
    """A line-parallel file's lines (split on newlines only; a final newline ends the last line)."""
    from align.text.decode import read_text

    lines = read_text(path).text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]
