"""The Python API's argument checks (`align.errors.expect_*`): new user 98 (defects 6, 7 and the
`candidates` note) met a traceback from deep inside the code, or a silent wrong result, for every
natural wrong argument: a glossary path for a `Glossary`, file paths for `Document`s, a `Document`
for its sentences, one str for a list, None for a text. Each public entry point now refuses such an
argument at the call, in one message naming the parameter, what was given and what to do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import align
from align.corpus.pairing import pair_documents
from align.terms.glossary import BUNDLED
from tests.conftest import DATA, bundled_glossary

REALNEWS = DATA / "realnews"
KO_PATH, ZH_PATH = REALNEWS / "foxhunt-2015.ko.txt", REALNEWS / "foxhunt-2015.zh.txt"


@lru_cache(maxsize=1)
def documents() -> tuple[align.Document, align.Document]:
    return align.segment_file(KO_PATH, "ko"), align.segment_file(ZH_PATH, "zh")


@dataclass
class Given:
    """What a call in the table may use: the real article pair, the bundled glossary, a tiny model."""

    ko: align.Document
    zh: align.Document
    glossary: align.Glossary
    model: Any


@pytest.fixture
def given_(model_dirs: dict[str, Path]) -> Given:
    ko, zh = documents()
    return Given(ko, zh, bundled_glossary(), align.load_model(model_dirs["nllb"]))


GLOSSARY_PATH = str(BUNDLED)
FIX_GLOSSARY = r"load it with align\.load_glossaries\(\[path\]\)"
FIX_DOCUMENT = r"read it with align\.segment_file\(path\)"
SENTENCES = r"expected a sequence of sentences \(a list of str or Sentence\)"

# (call, exception, message): the message names the parameter, what was given and what to do
WRONG_CALLS: dict[str, tuple[Callable[[Given], object], type[Exception], str]] = {
    "load_glossaries one path": (lambda g: align.load_glossaries(GLOSSARY_PATH), TypeError, r"^paths: expected a list of paths, got a str: wrap it in a list \(\["),
    "load_glossaries one Path": (lambda g: align.load_glossaries(Path(GLOSSARY_PATH)), TypeError, r"^paths: expected a list of paths, got a PosixPath: wrap it in a list"),
    "load_glossary None": (lambda g: align.load_glossary(None), TypeError, r"^path: expected a path \(a str or a Path\), got None$"),
    "compare glossary path": (lambda g: align.compare(g.ko.sentences, g.zh.sentences, GLOSSARY_PATH), TypeError, f"^glossary: expected a Glossary, got a str: {FIX_GLOSSARY}$"),
    "compare glossary paths": (lambda g: align.compare(g.ko.sentences, g.zh.sentences, [GLOSSARY_PATH]), TypeError, f"^glossary: expected a Glossary, got a list: {FIX_GLOSSARY}$"),
    "compare Documents": (lambda g: align.compare(g.ko, g.zh), TypeError, f"^ko: {SENTENCES}, got a Document: pass document.sentences$"),
    "compare None": (lambda g: align.compare(None, None), TypeError, f"^ko: {SENTENCES}, got None$"),
    "compare_reports zh Document": (lambda g: align.compare_reports(g.ko.sentences, g.zh), TypeError, f"^zh: {SENTENCES}, got a Document: pass document.sentences$"),
    "compare_documents paths": (lambda g: align.compare_documents(str(KO_PATH), str(ZH_PATH)), TypeError, f"^ko: expected a Document, got a str: {FIX_DOCUMENT}$"),
    "compare_documents sentences": (lambda g: align.compare_documents(g.ko, g.zh.sentences), TypeError, f"^zh: expected a Document, got a tuple: {FIX_DOCUMENT}, or segment a text"),
    "align_sentences Documents": (lambda g: align.align_sentences(g.ko, g.zh), TypeError, f"^ko: {SENTENCES}, got a Document: pass document.sentences$"),
    "align_sentences glossary path": (lambda g: align.align_sentences(g.ko.sentences, g.zh.sentences, GLOSSARY_PATH), TypeError, f"^glossary: expected a Glossary, got a str: {FIX_GLOSSARY}$"),
    "extract_claims glossary path": (lambda g: align.extract_claims(g.ko.sentences, "ko", GLOSSARY_PATH), TypeError, f"^glossary: expected a Glossary, got a str: {FIX_GLOSSARY}$"),
    "find_terms glossary None": (lambda g: align.find_terms(g.ko.text, "ko", None), TypeError, r"^glossary: expected a Glossary, got None: load the bundled one with align\.load_glossaries\(\)"),
    "find_terms sentences": (lambda g: align.find_terms(g.ko.sentences, "ko", g.glossary), TypeError, r"^text: expected the text as a str, got a tuple: give one text \(a str\) per call$"),
    "find_terms Document": (lambda g: align.find_terms(g.ko, "ko", g.glossary), TypeError, r"^text: expected the text as a str, got a Document: pass document\.text$"),
    "induce_terms Documents": (lambda g: align.induce_terms([(g.ko, g.zh)], g.glossary), TypeError, f"^pairs\\[0\\]\\[0\\]: {SENTENCES}, got a Document: pass document.sentences$"),
    "induce_terms one pair": (
        lambda g: align.induce_terms((g.ko.sentences, g.zh.sentences), g.glossary),
        TypeError,
        r"^pairs: expected a list of \(Korean sentences, Chinese sentences\) pairs, got a tuple: it is one pair: wrap it in a list",
    ),
    "induce_terms no pair": (lambda g: align.induce_terms([g.ko.sentences]), TypeError, r"^pairs\[0\]: expected a \(Korean sentences, Chinese sentences\) pair, got a tuple$"),
    "korean_key None": (lambda g: align.korean_key(None), TypeError, r"^text: expected the text as a str, got None$"),
    "chinese_key bytes": (lambda g: align.chinese_key("公安".encode()), TypeError, r"^text: expected the text as a str, got a bytes: decode it first"),
    "hanja_reading Sentence": (lambda g: align.hanja_reading(g.zh.sentences[0]), TypeError, r"^chinese: expected the text as a str, got a Sentence: pass sentence\.text$"),
    "parse_numbers None": (lambda g: align.parse_numbers(None, "ko"), TypeError, r"^text: expected the text as a str, got None$"),
    "segment None": (lambda g: align.segment(None), TypeError, r"^text: expected the text as a str, got None$"),
    "segment_file None": (lambda g: align.segment_file(None), TypeError, r"^path: expected a path \(a str or a Path\), got None$"),
    "pair_documents paths": (lambda g: pair_documents([str(KO_PATH)], [str(ZH_PATH)]), TypeError, f"^ko_docs\\[0\\]: expected a Document, got a str: {FIX_DOCUMENT}$"),
    "pair_documents folders": (lambda g: pair_documents(REALNEWS, REALNEWS), TypeError, r"^ko_docs: expected a list of Documents, got a PosixPath: read each file with align\.segment_file"),
    "pair_documents one Document": (lambda g: pair_documents(g.ko, [g.zh]), TypeError, r"^ko_docs: expected a list of Documents, got a Document: wrap it in a list$"),
    "pair_documents glossary path": (lambda g: pair_documents([g.ko], [g.zh], GLOSSARY_PATH), TypeError, f"^glossary: expected a Glossary, got a str: {FIX_GLOSSARY}$"),
    "pair_documents candidates 0": (lambda g: pair_documents([g.ko], [g.zh], candidates=0), ValueError, r"^candidates: expected a whole number of at least 1, or None for one-to-one pairs, got 0$"),
    "pair_documents candidates -1": (lambda g: pair_documents([g.ko], [g.zh], candidates=-1), ValueError, r"^candidates: .* got -1$"),
    "translate_sentences glossary path": (
        lambda g: align.translate_sentences(g.model, ["경무실"], "ko", "zh", GLOSSARY_PATH),
        TypeError,
        f"^glossary: expected a Glossary, got a str: {FIX_GLOSSARY}$",
    ),
    "translate_sentences None item": (lambda g: align.translate_sentences(g.model, [None], "ko", "zh"), TypeError, r"^sentences\[0\]: expected a str, got None$"),
    "translate_sentences Sentences": (
        lambda g: align.translate_sentences(g.model, g.ko.sentences, "ko", "zh"),
        TypeError,
        r"^sentences\[0\]: expected a str, got a Sentence: pass its text \(sentence\.clean\), or translate documents with align\.translate_documents$",
    ),
    "translate_sentences model path": (lambda g: align.translate_sentences(str(g.model.files.directory), ["경무실"], "ko", "zh"), TypeError, r"^model: expected a TranslationModel, got a str: load it with align\.load_model\(path\)$"),
    "translate_iter str": (lambda g: align.translate_iter(g.model, "경무실을 새로 건설했다.", "ko", "zh"), TypeError, r"^sentences: expected a sequence of sentences \(a list of str\), got one str: wrap it in a list$"),
    "translate_documents paths": (lambda g: align.translate_documents(g.model, [str(KO_PATH)], "ko", "zh"), TypeError, f"^documents\\[0\\]: expected a Document, got a str: {FIX_DOCUMENT}$"),
    "translate_documents one Document": (lambda g: align.translate_documents(g.model, g.ko, "ko", "zh"), TypeError, r"^documents: expected a list of Documents, got a Document: wrap it in a list$"),
    "evaluate glossary path": (lambda g: align.evaluate(["警察"], ["警察"], "zh", ["경찰"], glossary=GLOSSARY_PATH), TypeError, f"^glossary: expected a Glossary, got a str: {FIX_GLOSSARY}$"),
}


@pytest.mark.parametrize("name", sorted(WRONG_CALLS))
def test_a_wrong_argument_is_one_error_at_the_call_naming_it_and_the_fix(name: str, given_: Given) -> None:
    call, exception, message = WRONG_CALLS[name]
    with pytest.raises(exception, match=message) as raised:
        call(given_)
    here = Path(__file__).resolve().parent.parent / "align" / "errors.py"
    assert Path(raised.traceback[-1].path).resolve() == here, "raised by the shared checks, not deep inside"


def test_a_check_is_made_when_a_lazy_translation_is_called_not_when_first_read(given_: Given) -> None:
    """`translate_iter` is lazy; a wrong argument is still refused at the call."""
    with pytest.raises(TypeError, match="^glossary: "):
        align.translate_iter(given_.model, ["경무실"], "ko", "zh", GLOSSARY_PATH)


def test_right_arguments_pass_the_checks(given_: Given) -> None:
    """What the checks let through works as before: lists of str or Sentence, Documents, Paths."""
    assert align.load_glossaries([Path(GLOSSARY_PATH)]).terms == given_.glossary.terms
    assert len(align.compare(list(given_.ko.sentences), [s.text for s in given_.zh.sentences], given_.glossary)) > 5
    assert pair_documents([given_.ko], [given_.zh], candidates=1)["zh_file"].tolist() == [str(ZH_PATH)]
    assert align.find_terms(given_.ko.text, "ko", given_.glossary)


@given(text=st.text(max_size=40))
def test_one_str_for_a_list_of_sentences_is_refused_by_every_function_that_takes_one(text: str) -> None:
    """Any one string given for sentences (its characters would be the sentences) is refused with
    the same message by each function that takes sentences."""
    calls: list[Callable[[], object]] = [
        lambda: align.compare(text, ["警察"]),
        lambda: align.compare_reports(["경찰"], text),
        lambda: align.align_sentences(text, ["警察"]),
        lambda: align.extract_claims(text, "ko"),
        lambda: align.induce_terms([(text, ["警察"])]),
        lambda: align.evaluate(text, ["警察"], "zh"),
        lambda: align.as_sentences(text, "zh"),
    ]
    for call in calls:
        with pytest.raises(TypeError, match=r": expected a sequence of (sentences|lines) \(a list of str( or Sentence)?\), got one str: wrap it in a list"):
            call()


def test_any_ordered_collection_of_sentences_is_taken_as_a_list() -> None:
    """Review 98: the checks asked for a `collections.abc.Sequence`, and refused the pandas Series and
    numpy arrays of sentences that `compare`, `align_sentences`, `induce_terms` and `translate_sentences`
    took before, and generators; `evaluate` failed on a Series (its truth value). An ordered iterable is
    read as a list; a set (no order) or a mapping is still refused."""
    import numpy as np
    import pandas as pd

    from align.terms.induce import induce_terms

    ko, zh = (document.sentences for document in documents())
    ko_lines, zh_lines = [s.clean for s in ko], [s.clean for s in zh]
    glossary = bundled_glossary()
    expected = align.compare(ko_lines, zh_lines, glossary)
    for wrap in (pd.Series, np.array, lambda lines: (line for line in lines), lambda lines: dict(enumerate(lines)).values()):
        assert align.compare(wrap(ko_lines), wrap(zh_lines), glossary).equals(expected)
    assert align.align_sentences(pd.Series(ko_lines), np.array(zh_lines), glossary) == align.align_sentences(ko_lines, zh_lines, glossary)
    assert [c.ko for c in induce_terms([(pd.Series(ko_lines), pd.Series(zh_lines))])] == [c.ko for c in induce_terms([(ko_lines, zh_lines)])]
    assert align.evaluate(pd.Series(zh_lines[:3]), np.array(zh_lines[:3]), "zh").bleu == align.evaluate(zh_lines[:3], zh_lines[:3], "zh").bleu
    for unordered in (set(ko_lines), dict.fromkeys(ko_lines)):
        with pytest.raises(TypeError, match="expected a sequence of sentences"):
            align.compare(unordered, zh_lines, glossary)
