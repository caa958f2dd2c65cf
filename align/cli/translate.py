"""`align translate` and `align evaluate`: options and files over `align.translation`."""

import os
from pathlib import Path
from typing import Optional

import typer

from align.cli import options
from align.errors import AlignError
from align.types import ComputeType, EvaluationFormat, Lang, ModelFamily, Protection, TranslationFormat

SCREEN = 40  # sentences: more than a screenful gets a progress bar


@options.reports_errors
def translate(
    files: list[Path] = typer.Argument(..., help="Articles to translate (one sentence per line with --presegmented).", readable=False),
    model: Path = typer.Option(..., "--model", "-m", help="CTranslate2 model directory with its SentencePiece model (see the README).", readable=False),
    src: Lang = typer.Option(..., "--src", help="Source language."),
    tgt: Lang = typer.Option(..., "--tgt", help="Target language."),
    glossary: Optional[list[str]] = options.Glossaries,
    presegmented: bool = typer.Option(False, "--presegmented", help="Inputs have one sentence per line: one output line per input line."),
    beam_size: int = typer.Option(4, "--beam-size", min=1, max=64, help="Beam size, 1 to 64 (1: greedy, deterministic and fastest)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, max=4096, help="Sentences per batch, 1 to 4096, counted as average-length sentences: batches are cut on tokens."),
    compute_type: ComputeType = typer.Option(ComputeType.INT8, "--compute-type", help="Weights and arithmetic on the CPU."),
    threads: int = typer.Option(0, "--threads", min=0, max=256, help="CPU threads, up to 256 (0: CTranslate2's default)."),
    family: ModelFamily = typer.Option(ModelFamily.AUTO, "--family", help="How the model names languages; auto reads its vocabulary."),
    protect: Protection = typer.Option(Protection.ANNOTATE, "--protect", help="How glossary terms are protected: target form in the source, or placeholders."),
    max_length: int = typer.Option(256, "--max-length", min=1, max=4096, help="Longest translation of one sentence, in tokens (up to 4096)."),
    terms_report: Optional[Path] = typer.Option(None, "--terms-report", help="TSV: each source term per sentence, expected target, present, how (model/repaired/missing).", readable=False),
    quiet: bool = options.Quiet,
    output: Optional[str] = typer.Option(
        None, "-o", "--output", help="Output file for one input; a directory for several, or when it ends with / (default: standard output for one input)."
    ),
    fmt: TranslationFormat = typer.Option(TranslationFormat.TXT, "--format", help="txt: the translation; xliff: XLIFF 1.2 for a CAT tool."),
    keep_boilerplate: bool = options.KeepBoilerplate,
    lang_check: bool = typer.Option(True, "--lang-check/--no-lang-check", help="Refuse an input written in the other language than --src."),
    force: bool = typer.Option(False, "--force", help="Allow an output to replace one of the inputs, or a file already in the output directory."),
) -> None:
    """Translate Korean and Chinese articles with a CTranslate2 model, keeping glossary terms."""
    from align.io import TERM_REPORT_COLUMNS, atomic_writer, write_records
    from align.terms.glossary import glossary_from_option
    from align.text.inputs import read_document, require_language
    from align.translation.pipeline import load_model, output_paths, translate_documents

    if src is tgt:
        raise AlignError(f"--src and --tgt are both {src.value}")
    directory = output is not None and output.endswith(("/", os.sep))
    suffix = ".xlf" if fmt is TranslationFormat.XLIFF else None
    targets = output_paths(files, Path(output) if output is not None else None, src.value, tgt.value, suffix, directory, force)
    options.check_outputs([*targets, terms_report], files, glossary, force, folders=[model])  # (no output goes into the model's folder)
    translation_model = load_model(model, family.value, compute_type.value, threads)  # checks the directory; the weights load on the first sentence
    documents = [options.tell_reading_notes(read_document(path, src.value, presegmented, keep_boilerplate=keep_boilerplate, lang_check=False)) for path in files]
    if lang_check:
        documents = [require_language(document, f"--src {document.lang}") for document in documents]
    translated = translate_documents(
        translation_model, documents, src.value, tgt.value, glossary_from_option(glossary),
        beam_size=beam_size, batch_size=batch_size, max_decoding_length=max_length, protection=protect.value,
        progress=lambda items, total: options.progress(items, total, quiet, "translate", "sentence", minimum=SCREEN + 1), lang_check=False,
    )
    for document in translated:
        note = document.parts_note()
        if note:
            typer.echo(f"align: {document.document.doc}: {note}", err=True)
        cut = sum(sentence.truncated for sentence in document.sentences)
        if cut:
            typer.echo(f"align: {document.document.doc}: {cut} sentence{'s' if cut > 1 else ''} reached --max-length {max_length} and {'were' if cut > 1 else 'was'} cut off", err=True)
    if terms_report is not None:  # first: a reader of a translation on stdout that stops early must not cost it
        with atomic_writer(terms_report) as stream:
            write_records((r for d in translated for r in d.term_records()), TERM_REPORT_COLUMNS, "tsv", stream)
    for document, target in zip(translated, targets):
        with atomic_writer(target) as stream:
            stream.write(document.xliff(src.value) if fmt is TranslationFormat.XLIFF else document.lines() if presegmented else document.text)


@options.reports_errors
def evaluate(
    hypotheses: Path = typer.Argument(..., help="Translations, one sentence per line.", readable=False),
    references: Path = typer.Argument(..., help="References, line-parallel to the translations.", readable=False),
    tgt: Lang = typer.Option(..., "--tgt", help="Language of translations and references."),
    source: Optional[Path] = typer.Option(None, "--src", help="Source sentences, line-parallel: adds the glossary term success rate.", readable=False),
    src_lang: Optional[Lang] = typer.Option(None, "--src-lang", help="Language of --src (default: the other one)."),
    glossary: Optional[list[str]] = options.Glossaries,
    per_sentence: bool = typer.Option(False, "--per-sentence", help="Add a row per line: sentence BLEU, chrF, term success."),
    fmt: EvaluationFormat = typer.Option(EvaluationFormat.TSV, "--format", help="tsv: a header and rows; json: one object."),
    lang_check: bool = typer.Option(True, "--lang-check/--no-lang-check", help="Refuse a file written in the other language than it is scored as."),
    output: Optional[Path] = options.Output,
    force: bool = options.Force,
) -> None:
    """Score translations: corpus BLEU and chrF (sacrebleu), and glossary term success with --src."""
    from align.io import EVALUATION_COLUMNS, atomic_writer, write_json, write_records
    from align.terms.glossary import glossary_from_option
    from align.translation.evaluate import evaluate_files

    inputs = [hypotheses, references] + ([source] if source is not None else [])
    options.check_outputs([output], inputs, glossary, force)
    terms = glossary_from_option(glossary) if source is not None else None
    result, rows = evaluate_files(hypotheses, references, tgt.value, source, src_lang.value if src_lang else None, terms, per_sentence, lang_check)
    with atomic_writer(output) as stream:
        if fmt is EvaluationFormat.JSON:
            write_json({**result.record(), **({"per_sentence": rows[1:]} if per_sentence else {})}, stream)
        else:
            write_records(rows, (("line",) if per_sentence else ()) + EVALUATION_COLUMNS, "tsv", stream)
