"""Invariants over hostile input (tests.strategies): nothing crashes, nothing is lost, outputs keep
their contracts. scripts/fuzz.py runs the same invariants 10,000 times each."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from align.alignment.search import align_sentences
from align.comparison.compare import compare_reports
from align.comparison.report import render_html
from align.script.keys import chinese_key, keyed_chinese, keyed_korean, korean_key
from align.script.numbers import parse_numbers
from align.script.readings import hanja_reading
from align.terms.matching import find_terms
from align.text.decode import decode_bytes
from align.text.segment import segment_document
from tests.conftest import bundled_glossary
from tests.strategies import encodings, news_text

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check_segment(text: str, lang: str) -> None:
    document = segment_document(text, lang)
    covered = {i for s in document.sentences for i in range(s.start, s.end)} | {i for d in document.dropped for i in range(d.start, d.end)}
    assert [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered] == []
    for sentence in document.sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def check_numbers(text: str, lang: str) -> None:
    for figure in parse_numbers(text, lang):
        assert text[figure.start : figure.end] == figure.text
        assert figure.value != figure.value or abs(figure.value) < 1e17


def check_reading(text: str) -> None:
    assert len(hanja_reading(text)) == len(text) == len(hanja_reading(text, words=False))


def check_keys(text: str) -> None:
    for keyed in (keyed_korean(text), keyed_chinese(text)):
        if keyed.key:
            start, end = keyed.source_span(0, len(keyed.key))
            assert 0 <= start <= end <= len(text)
    korean_key(text), chinese_key(text)


def check_pipeline(ko: str, zh: str) -> None:
    glossary = bundled_glossary()
    ko_sentences = [s for s in ko.split("\n") if s.strip()]
    zh_sentences = [s for s in zh.split("\n") if s.strip()]
    beads = align_sentences(ko_sentences, zh_sentences, glossary)
    assert sorted(i for b in beads for i in b.ko) == list(range(len(ko_sentences)))
    assert sorted(j for b in beads for j in b.zh) == list(range(len(zh_sentences)))
    # (arbitrary text: its language is not what is tested, and text in the other one is refused by design)
    comparison = compare_reports(ko_sentences, zh_sentences, glossary, lang_check=False)
    page = render_html(comparison, "<ko>", "<zh>")
    # markup from the input never reaches the page as markup (the template has neither tag)
    assert "<p>" not in page and "</article>" not in page and "<ko>" not in page
    for lang, text in (("ko", ko), ("zh", zh)):
        for match in find_terms(text, lang, glossary):
            assert text[match.start : match.end] == match.surface


def check_decode(text: str, encoding: str) -> None:
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        return
    if not raw.strip():
        return
    try:
        decoded = decode_bytes(raw)
    except Exception as error:  # only the toolkit's own one-line errors are allowed
        assert type(error).__name__ == "InputError", error
        return
    assert decoded.text


def check_glossary_file(text: str, header: str) -> None:
    """Any file given as a glossary loads, or is refused with `FILE:LINE: message` problems."""
    import tempfile
    from pathlib import Path

    from align.errors import AlignError
    from align.terms.glossary import load_glossary

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "glossary.tsv"
        path.write_text(header + text.replace("\ud800", "").replace("\udfff", ""), encoding="utf-8", errors="replace")
        try:
            glossary = load_glossary(path)
        except AlignError as error:
            assert all(str(path) in line for line in str(error).splitlines())
            return
        for term in glossary.terms:
            assert term.ko and term.zh_hans


@FAST
@given(news_text(), st.sampled_from(["", "ko\tzh_hans\n", "ko,zh-CN,zh-TW\n", "<martif><text><body><termEntry>", "ko\tzh_hans\tzh_hant\tko_variants\tkind\tnote\tsource\n"]))
def test_any_glossary_file_loads_or_is_refused_in_lines(text: str, header: str) -> None:
    check_glossary_file(text, header)


@FAST
@given(news_text(), st.sampled_from(["ko", "zh"]))
def test_segmentation_keeps_or_drops_every_character(text: str, lang: str) -> None:
    check_segment(text, lang)


@FAST
@given(news_text(), st.sampled_from(["ko", "zh"]))
def test_figures_quote_the_text_and_stay_finite(text: str, lang: str) -> None:
    check_numbers(text, lang)


@FAST
@given(news_text())
def test_readings_and_keys_never_crash(text: str) -> None:
    check_reading(text)
    check_keys(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(news_text(12), news_text(12))
def test_alignment_comparison_report_and_terms_hold(ko: str, zh: str) -> None:
    check_pipeline(ko, zh)


@FAST
@given(news_text(), encodings())
def test_decoding_any_supported_encoding(text: str, encoding: str) -> None:
    check_decode(text, encoding)
