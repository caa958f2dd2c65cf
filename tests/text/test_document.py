"""align.text.document: sentences annotated once and shared by the stages."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import align.script.numbers
import align.terms.matching
from align.alignment.search import align_sentences
from align.comparison.claims import extract_claims
from align.comparison.compare import compare_reports
from align.script.numbers import parse_numbers
from align.text.document import Sentence, as_sentences, figures, readings, term_matches
from align.text.segment import segment_file
from tests.conftest import COMPARE, bundled_glossary, seed_path

pieces = st.sampled_from(list("경찰파출소공안국警务室派出所 2,160万名余여개 .。\n") + ["3만 2,000개", "2400余起", "6월 3일", "经务室"])
sentence_text = st.lists(pieces, max_size=20).map("".join)


def test_strings_become_sentences_once() -> None:
    sentences = as_sentences(["경무실 3만 2,000개", "파출소"], "ko")
    assert [s.index for s in sentences] == [0, 1] and all(s.text == s.clean for s in sentences)
    assert as_sentences(sentences, "ko") == sentences


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # the first example loads the reading tables: slow on a loaded machine
@given(st.lists(sentence_text, max_size=6), st.sampled_from(["ko", "zh"]))
def test_batch_annotation_equals_one_sentence_at_a_time(texts: list[str], lang: str) -> None:
    batch = as_sentences(texts, lang)
    assert [tuple(f) for f in figures(batch)] == [tuple(parse_numbers(t.replace("\n", " "), lang)) for t in texts]
    single = [as_sentences([t], lang)[0] for t in texts]
    assert readings(batch) == [s.reading for s in single]
    glossary = bundled_glossary()
    assert term_matches(batch, glossary, check_morphemes=False) == [s.terms(glossary, check_morphemes=False) for s in single]


def test_compare_parses_each_sentence_once_and_matches_chinese_terms_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ko = segment_file(COMPARE / "antifraud-campaign.ko.txt", "ko", keep_boilerplate=True)
    zh = segment_file(COMPARE / "antifraud-campaign.zh.txt", "zh", keep_boilerplate=True)
    calls = {"numbers": 0, "find": 0}
    parse, find = align.script.numbers.parse_numbers, align.terms.matching.TermMatcher.find

    def counting_parse(text: str, lang: str):  # type: ignore[no-untyped-def]
        calls["numbers"] += 1
        return parse(text, lang)

    def counting_find(self, text: str):  # type: ignore[no-untyped-def]
        calls["find"] += self.lang == "zh"
        return find(self, text)

    monkeypatch.setattr(align.script.numbers, "parse_numbers", counting_parse)
    monkeypatch.setattr(align.terms.matching.TermMatcher, "find", counting_find)
    comparison = compare_reports(ko.sentences, zh.sentences, bundled_glossary())
    assert comparison.pairs
    # one batch pass per document, shared by alignment and claims, and one per side over the claims'
    # clauses (their own text, digits removed, for the clause similarity)
    assert calls["numbers"] == 4
    assert calls["find"] == 1  # Chinese terms: one pass, shared by alignment features and claims
    extract_claims(ko.sentences, "ko", bundled_glossary())
    align_sentences(ko.sentences, zh.sentences, bundled_glossary())
    assert calls == {"numbers": 4, "find": 1}  # everything again from the annotation


def test_annotations_are_kept_on_the_sentence() -> None:
    ko = as_sentences(["경무실 3만 2,000개를 새로 건설했다."], "ko")
    zh = as_sentences(["新建警务室3.2万个。"], "zh")
    align_sentences(ko, zh, bundled_glossary())
    assert "figures" in ko[0].__dict__ and "reading" in zh[0].__dict__
    claims = extract_claims(zh, "zh", bundled_glossary())
    assert claims[0].figure is zh[0].figures[0]
    assert isinstance(ko[0], Sentence) and ko[0].key == "경무실 3만 2,000개를 새로 건설했다."


def test_the_python_api_refuses_swapped_or_unsegmented_arguments_in_one_clear_error() -> None:
    """New user 96: `align.compare(zh.sentences, ko.sentences, g)` returned 11 rows with Chinese values
    in the Korean column (the CLI refuses the same files), and `align.compare("경찰 5명", "警察5名", g)`
    took each character for a sentence and returned no row; `align.segment(b"…")` failed inside a
    regular expression. Sentences of the right language and lists of strings are taken as before."""
    import pytest

    from align.text.segment import segment, segment_file
    from tests.conftest import DATA, bundled_glossary

    ko, zh = (segment_file(DATA / "realnews" / f"foxhunt-2015.{lang}.txt", lang).sentences for lang in ("ko", "zh"))
    glossary = bundled_glossary()
    for call in (lambda: compare_reports(zh, ko, glossary), lambda: align_sentences(zh, ko, glossary), lambda: extract_claims(zh, "ko")):
        with pytest.raises(ValueError, match="expected Korean sentences, got one segmented as Chinese \\(sentence 0: "):
            call()
    assert compare_reports(["경찰 5명"], ["警察5名"], glossary).pairs  # plain strings: taken in the language named
    with pytest.raises(TypeError, match="got one str: wrap it in a list"):
        compare_reports("경찰 5명", "警察5名", glossary)
    with pytest.raises(TypeError, match="sentence 1 is a NoneType"):
        as_sentences(["경찰 5명", None], "ko")  # type: ignore[list-item]
    with pytest.raises(TypeError, match="decode it first, or use align.segment_file"):
        segment("경찰은 순찰했다.".encode(), "ko")  # type: ignore[arg-type]
    assert len(compare_reports(ko, zh, glossary).pairs) > 10 and compare_reports(["경찰 5명을 투입했다."], ["投入警力5名。"], glossary).pairs


def test_the_cleaning_warning_never_says_all_of_the_text_when_sentences_are_kept(tmp_path) -> None:
    """Report 11: `cleaning dropped 100% of the text (…; 10 sentences kept)` for a page printing its
    article again and again after the footer: 99.97 % rounded up. Some text was kept, so not all of it."""
    import html

    from tests.conftest import DATA

    text = (DATA / "docpairs" / "ko" / "k008.txt").read_text(encoding="utf-8")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    page = tmp_path / "repeated.html"
    page.write_text(f"<html><head><meta charset='utf-8'><title>길림신문</title></head><body><div class='article'>{body * 400}</div></body></html>", encoding="utf-8")
    document = segment_file(page, "ko")
    assert document.sentences and 0.995 <= document.dropped_share() < 1
    warning = document.cleaning_warning()
    assert warning is not None and warning.startswith("cleaning dropped over 99% of the text (") and "100%" not in warning


def test_a_short_unfinished_line_between_paragraphs_is_a_crosshead() -> None:
    """Trial 15: `28年悬案 11名女性遇害` between two paragraphs was merged into a body bead; a line
    alone in its paragraph, ending in no mark of a sentence, a clause or a label, before a paragraph
    of two sentences or more, heads a section. Text given a sentence a line has none."""
    from align.text.document import crossheads
    from align.text.segment import segment_document

    page = (
        "高承勇在白银市被警方抓获。他对犯罪事实供认不讳。\n"
        "28年悬案 11名女性遇害\n"
        "1988年5月26日,白某被害于家中。警方勘验时发现了刀伤。\n"
        "警方提醒:\n"
        "市民要注意安全。遇到情况及时报警。\n"
        "据悉，嫌疑人王某已被刑事拘留\n"
        "案件正在进一步侦办中。警方将依法处理。\n"
    )
    document = segment_document(page)
    flagged = [s.text for s, flag in zip(document.sentences, crossheads(document.sentences)) if flag]
    assert flagged == ["28年悬案 11名女性遇害"]  # a label ending in a colon goes on into what follows; a sentence that lost its full stop (review 101a) is none
    lines = as_sentences(["高承勇被抓获。", "28年悬案 11名女性遇害", "白某被害于家中。"], "zh")
    assert not any(crossheads(lines))


def test_a_crosshead_pairs_alone_and_joins_no_bead() -> None:
    """Trial 15: a Korean sentence that tells a crosshead's and the next paragraph's facts took both
    Chinese lines in one bead; the crosshead stays out of any bead of two or more sentences."""
    from align.text.segment import segment_document

    zh = segment_document("高承勇在白银市被警方抓获。他对犯罪事实供认不讳。\n28年悬案 11名女性遇害\n1988年5月26日,白某被害于家中。警方勘验时发现了刀伤。\n").sentences
    ko = segment_document("고승용이 백은시에서 체포됐다. 그는 범죄사실을 자백했다.\n28년 미제사건으로 11명 녀성이 피해됐는데 1988년 5월 26일 백모가 집에서 살해됐다. 경찰은 칼자국을 발견했다.\n").sentences
    beads = align_sentences(ko, zh)
    assert all(not (2 in bead.zh and len(bead.zh) > 1) for bead in beads)


def test_a_chinese_sentence_that_lost_its_full_stop_is_no_crosshead() -> None:
    """Review 101c: `犯罪嫌疑人王某当场被抓获` and `目前，王某已被刑事拘留` alone in their paragraphs were
    crossheads; a Chinese crosshead parts two phrases with a space or is a short label."""
    from align.text.document import crossheads
    from align.text.segment import segment_document

    page = (
        "民警抓获一名盗窃嫌疑人\n近日，城西派出所接到群众报警。民警迅速出警。\n犯罪嫌疑人王某当场被抓获\n经审讯，王某对盗窃事实供认不讳。案件正在办理中。\n"
        "目前，王某已被刑事拘留\n警方提醒市民注意防范。遇到情况及时报警。\n案情回顾\n今年以来，该所破获盗窃案件12起。抓获嫌疑人8名。\n"
    )
    document = segment_document(page)
    assert [s.text for s, flag in zip(document.sentences, crossheads(document.sentences)) if flag] == ["案情回顾"]


def test_a_span_dropped_inside_another_counts_once(tmp_path) -> None:
    """Review 103a: an undecodable byte inside a line dropped as furniture was counted twice, and the
    warning said `dropped 150% of the text`."""
    from align.text.segment import segment_file

    page = tmp_path / "menu.txt"
    page.write_bytes("홈 > 사회".encode() + b"\xff\n")
    document = segment_file(page, "ko")
    assert {span.reason.split(" at ")[0] for span in document.dropped} == {"navigation", "undecodable bytes"}
    assert document.dropped_share() == 1.0 and (document.cleaning_warning() or "").startswith("cleaning dropped 100% of the text")


def test_what_the_user_hears_of_a_document_s_reading_is_one_note_each(tmp_path: Path) -> None:
    """Cleaning that dropped most of a page and bytes that could not be decoded are each one note
    naming the document, the same however a command or a corpus run tells them."""
    from align.text.document import ReadingNote
    from align.text.segment import segment_document, segment_file

    article = seed_path("000").read_bytes()
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(article.replace("경찰".encode(), b"\xff\xfe", 1))
    notes = segment_file(damaged).reading_notes()
    assert [note.text.split(" at ")[0] for note in notes] == ["undecodable bytes"] and all(isinstance(note, ReadingNote) for note in notes)
    assert str(notes[0]).startswith(f"{damaged}: undecodable bytes at ") and notes[0].text.endswith("left out")
    menu = segment_document("\n".join(["홈", "뉴스", "정치", "경제", "사회", "로그인", "회원가입"] * 20) + "\n", "ko", doc="menu.txt")
    assert [note.text.split(" ")[:2] for note in menu.reading_notes()] == [["cleaning", "dropped"]]
    assert segment_file(seed_path("000")).reading_notes() == ()
