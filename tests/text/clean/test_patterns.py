"""The rule tables (`align/text/clean/patterns.py`): every row of `data/boilerplate.tsv` and
`data/prefixes.tsv` loads, with its placeholders filled, and the screened rows line up with them."""

from __future__ import annotations

import re

import pytest

from align.text.clean import patterns
from align.text.clean.patterns import affixes_at, boilerplate_rules, expand_placeholders, rule_rows

_PLACEHOLDER = re.compile(r"\{[A-Z_]{3,}\}")


def test_every_boilerplate_row_loads_with_no_placeholder_left() -> None:
    rules = boilerplate_rules()
    assert len(rules) > 300
    for rule in rules:
        assert not _PLACEHOLDER.search(rule.pattern.pattern), rule.pattern.pattern[:80]
        re.compile(rule.pattern.pattern)


@pytest.mark.parametrize("lang", ["ko", "zh"])
@pytest.mark.parametrize("where", ["start", "line-end", "inline", "end"])
def test_every_prefix_row_loads_with_its_placeholders_filled(lang: str, where: str) -> None:
    affixes = affixes_at(lang, where)
    assert affixes
    for affix in affixes:
        assert affix.field and not _PLACEHOLDER.search(affix.pattern.pattern), affix.pattern.pattern[:80]


@pytest.mark.parametrize("placeholder", ["{HAN}", "{HANGUL}", "{REPORTER}", "{CAPTION_ZH}", "{RELATED_LINK}", "{ZH_SURNAME}", "{BOARD_LINKS}", "{END_MARK}"])
def test_a_placeholder_is_filled_with_a_pattern_that_compiles(placeholder: str) -> None:
    filled = expand_placeholders(placeholder)
    assert filled and filled != placeholder and not _PLACEHOLDER.search(filled)
    re.compile(filled)


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_the_screened_rows_are_the_rules_then_the_screened_affixes_in_order(lang: str) -> None:
    rows = rule_rows(lang)
    rules = rows.span("rules")
    assert [rows.patterns[i] for i in rules] == [rule.pattern for rule in boilerplate_rules()]
    for where in ("inline", "start", "line-end"):
        assert [rows.patterns[i] for i in rows.span(where)] == [affix.pattern for affix in affixes_at(lang, where)]
    with pytest.raises(KeyError):
        rows.span("end")  # the article-end rows are tried on the last paragraph only, not screened


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("widget\tbox-aside\t40\tany\tAI 요약", "action 'box-aside' is not one of drop, stop, box-below, box-above"),
        ("dateline\tmeta:\t40\tany\t발행일", "action 'meta:' is not one of"),  # meta: needs a field name
    ],
)
def test_a_boilerplate_row_with_an_unknown_action_is_refused(monkeypatch: pytest.MonkeyPatch, row: str, message: str) -> None:
    module = patterns
    module.boilerplate_rules.cache_clear()
    monkeypatch.setattr(module, "data_lines", lambda name: ["reason\taction\tmax_chars\twhen\tpattern", row])
    try:
        with pytest.raises(ValueError, match=message):
            module.boilerplate_rules()
    finally:
        module.boilerplate_rules.cache_clear()


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("▲ 취임 후 가장 먼저 추진한 정책은 무엇인가.", True),
        ("▲ 주민들과는 어떤 방식으로 협력하고 있는지 구체적으로 설명해 달라.", True),
        ("▲ 여름철 치안 대책은 준비됐습니까?", True),
        ("▲ 앞으로도 이 일을 계속할 수 있나요", True),
        # near misses (code review 79b): captions ending in a noun with 가, 나 or 니
        ("▲ 양산경찰서 여름파출소 개소식에 지역 주민 50여명 참가", False),
        ("▲ 올해 상반기 112 신고 건수는 지난해보다 12% 증가.", False),
        ("▲ 보이스피싱 피해를 막은 농협 직원과 감사 인사를 전하는 70대 할머니", False),
        ("▲ 교통안전 전문가", False),
    ],
)
def test_a_line_that_asks_is_told_by_its_ending_after_a_stem(line: str, asks: bool) -> None:
    """`ASKING_END` (the ▲ caption rows' exception for an interview's turn) wants a question's or a
    request's ending after its stem, not a noun that ends in the same syllable."""
    assert bool(patterns.ASKING_END.search(line)) == asks
