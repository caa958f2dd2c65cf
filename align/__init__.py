"""Korean-Chinese alignment toolkit for police and public-security news.

The pipeline, one subpackage per stage:

    text         decode, inputs, clean, split, segment bytes/str -> Document of Sentences
    script       characters, keys, readings, figures   str -> key / Hangul reading / Figures
    terms        glossary, matching, export, induce    Glossary, Sentences -> TermMatches, Candidates
    alignment    features, search, evaluation          Sentences x Sentences -> Beads
    comparison   claims, verdicts, pairing, report     Sentences x Sentences -> Comparison
    translation  model, constraints, pipeline, scores  Sentences -> translations, BLEU/chrF
    corpus       document pairs                        paths -> (KO, ZH) pairs
    cli          the `align` command

The names below are the public API. They are loaded on first use (PEP 562), so `import align`
and `align --help` load no numpy, pandas, Kiwi, jieba, OpenCC or CTranslate2.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "AlignError": "align.errors",
    "LanguageError": "align.errors",
    "LanguageWarning": "align.errors",
    "GlossaryError": "align.errors",
    "InputError": "align.errors",
    "Document": "align.text.document",
    "Sentence": "align.text.document",
    "as_sentences": "align.text.document",
    "segment": "align.text.segment",
    "segment_document": "align.text.segment",
    "segment_file": "align.text.segment",
    "read_document": "align.text.inputs",
    "chinese_key": "align.script.keys",
    "korean_key": "align.script.keys",
    "keyed_korean": "align.script.keys",
    "hanja_reading": "align.script.readings",
    "Figure": "align.script.numbers",
    "parse_numbers": "align.script.numbers",
    "date_parts": "align.script.numbers",
    "Glossary": "align.terms.glossary",
    "Term": "align.terms.glossary",
    "load_glossaries": "align.terms.glossary",
    "load_glossary": "align.terms.glossary",
    "TermMatch": "align.terms.matching",
    "find_terms": "align.terms.matching",
    "induce_terms": "align.terms.induce",
    "Bead": "align.alignment.search",
    "align_sentences": "align.alignment.search",
    "beads_frame": "align.alignment.search",
    "Claim": "align.comparison.claims",
    "extract_claims": "align.comparison.claims",
    "compare": "align.comparison.compare",
    "Comparison": "align.comparison.compare",
    "compare_reports": "align.comparison.compare",
    "compare_documents": "align.comparison.compare",
    "pair_documents": "align.corpus.pairing",
    "load_model": "align.translation.pipeline",
    "translate_sentences": "align.translation.pipeline",
    "translate_documents": "align.translation.pipeline",
    "translate_iter": "align.translation.pipeline",
    "split_documents": "align.translation.pipeline",
    "TranslatedDocument": "align.translation.pipeline",
    "evaluate": "align.translation.evaluate",
    "sentence_scores": "align.translation.evaluate",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import the module that defines a public name when the name is first used."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'align' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from align.alignment.search import Bead, align_sentences, beads_frame
    from align.comparison.claims import Claim, extract_claims
    from align.comparison.compare import Comparison, compare, compare_documents, compare_reports
    from align.corpus.pairing import pair_documents
    from align.errors import AlignError, GlossaryError, InputError, LanguageError, LanguageWarning
    from align.script.keys import chinese_key, keyed_korean, korean_key
    from align.script.numbers import Figure, date_parts, parse_numbers
    from align.script.readings import hanja_reading
    from align.terms.glossary import Glossary, Term, load_glossaries, load_glossary
    from align.terms.induce import induce_terms
    from align.terms.matching import TermMatch, find_terms
    from align.text.document import Document, Sentence, as_sentences
    from align.text.inputs import read_document
    from align.text.segment import segment, segment_document, segment_file
    from align.translation.evaluate import evaluate, sentence_scores
    from align.translation.pipeline import TranslatedDocument, load_model, split_documents, translate_documents, translate_iter, translate_sentences
