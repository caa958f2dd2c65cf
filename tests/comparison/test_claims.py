import pytest

from align.comparison.claims import dated, extract_claims, year_agreeing
from align.text.segment import segment_file
from tests.conftest import bundled_glossary, seed_path

GLOSSARY = bundled_glossary()


def figures(text: str, lang: str) -> list[str]:
    return [c.figure.text for c in extract_claims([text], lang, GLOSSARY)]


def test_counts_percentages_money_streaks_ranks_and_hotlines() -> None:
    text = "全州共破获案件2400余起，挽回损失6000余万元，破案率97.03%，连续6年全省第一，请拨打96110。"
    assert figures(text, "zh") == ["2400余起", "6000余万元", "97.03%", "6年", "第一", "96110"]
    text = "전 성 공안기관은 6년 련속 신규사건해결률 100%를 유지하여 전 성 1위를 차지했으며 96110 신고전화를 운영했다."
    assert figures(text, "ko") == ["6년", "100%", "1위", "96110"]


def test_slogans_and_names_are_not_claims() -> None:
    assert figures("“6.10”特大案和《二十条措施》", "zh") == []
    assert figures("严打八类犯罪，推进六位一体，设二、三级卡点，90后民警巡视四周", "zh") == []
    assert figures("8项23类建设项目，四周内破案3起，七十余万人次", "zh") == ["8项", "23类", "四周", "3起", "七十余万人次"]
    assert figures("‘1촌, 1경찰, 1중대’건설과 '1,000명 법제 경찰 1만권 열독' 활동", "ko") == []


def test_dates_times_and_durations_are_claims() -> None:
    assert figures("2016年11月28日，过去五年，9日下午3时20分许", "zh") == ["2016年11月28日", "五年", "9日", "下午3时20分许"]
    assert figures("지난 5년간 12월 9일 오후 5시경 세 차례", "ko") == ["5년", "12월 9일", "오후 5시경", "세 차례"]


def test_relative_years_resolve_against_the_report_year() -> None:
    claims = extract_claims(["지난해 9월에는 전국 170개 도시에서 총기를 폐기했다."], "ko", GLOSSARY, year=2024)
    assert [(c.figure.text, c.figure.date) for c in claims][0] == ("지난해 9월", "2023-09")
    claims = extract_claims(["去年9月全国170个城市开展销毁活动，今年将继续。"], "zh", GLOSSARY, year=2024)
    assert [(c.figure.text, c.figure.date) for c in claims if c.figure.is_date] == [("去年9月", "2023-09"), ("今年", "2024")]
    assert [c.figure.date for c in extract_claims(["去年9月"], "zh", GLOSSARY) if c.figure.is_date] == ["--09"]  # no year known
    # 올 is this year before a month or a part of the year, never the verb 오다 (비가 올 것)
    claims = extract_claims(["올 6월 캄보쟈 집법부문은 범죄혐의자 5명을 검거했다."], "ko", GLOSSARY, year=2024)
    assert [(c.figure.text, c.figure.date) for c in claims if c.figure.is_date] == [("올 6월", "2024-06")]
    assert [c.figure.text for c in extract_claims(["비가 올 것으로 보여 3일 순찰을 늘린다."], "ko", GLOSSARY, year=2024) if c.figure.is_date] == ["3일"]


@pytest.mark.parametrize(
    ("text", "lang"), [("공안부 교통관리국이 10일 발표한 수치에 따르면 사망자가 53% 줄었다.", "ko"), ("截至12日电信网络诈骗案件减少1.2万起。", "zh")]
)
def test_a_date_before_a_word_that_starts_like_a_dateline_mark_is_no_dateline(text: str, lang: str) -> None:
    assert all(c.subject != "dateline" for c in extract_claims([text], lang, GLOSSARY))


def test_a_dispatch_date_is_the_dateline() -> None:
    claims = extract_claims(["[북경 2월 17일발 신화통신] 17일 공안부에 따르면"], "ko", GLOSSARY)
    assert [(c.figure.text, c.subject) for c in claims] == [("2월 17일", "dateline"), ("17일", "공안부")]
    claim = extract_claims(["新华社北京2月18日电 记者17日获悉"], "zh", GLOSSARY)[0]
    assert (claim.figure.date, claim.subject) == ("--02-18", "dateline")


def test_subject_is_the_glossary_term_or_the_counted_noun() -> None:
    claims = extract_claims(["새로 경무실(역) 3만 2,000개를 건설하고 6,259명의 사회구역 경찰과 1,771명의 기관 경찰이 상주했다."], "ko", GLOSSARY)
    assert [(c.figure.text, c.subject) for c in claims] == [("3만 2,000개", "경무실"), ("6,259명", "사회구역 경찰"), ("1,771명", "기관 경찰")]
    claims = extract_claims(["已经对2个监管场所、7个办案中心完成了改建。"], "zh", GLOSSARY)
    assert [c.subject for c in claims] == ["监管场所", "办案中心"]


def test_time_anchor_and_clause() -> None:
    claim = extract_claims(["2019년 대비 전성 도로교통사고 사망자수는 34.2% 하락했다."], "ko", GLOSSARY)[1]
    assert claim.time == "2019" and "34.2%" in claim.clause


def test_seed_claims_point_into_their_sentences() -> None:
    document = segment_file(seed_path("003"))
    claims = extract_claims(document.sentences, "zh", GLOSSARY)
    assert len(claims) > 40
    for claim in claims:
        assert document.sentences[claim.sentence].text[claim.figure.start : claim.figure.end] == claim.figure.text


def test_a_report_without_a_year_takes_the_year_its_relative_dates_agree_under() -> None:
    """`year_agreeing` tries each year the other report's dates allow; only the sentences with a
    relative year can date anything new under a trial, so a long report costs one pass per trial
    over those alone, with the same answer."""
    korean = ["경찰은 지난해 9월 전국 170개 도시에서 총기를 폐기했다.", "올해 1월 5일에도 같은 행사가 열렸다."] + [f"{n}번째 문장에는 숫자 {n}만 있다." for n in range(1, 40)]
    assert year_agreeing(korean, "ko", {"2023-09", "2024-01-05"}) == 2024
    assert year_agreeing(korean, "ko", {"2020-09"}) == 2021
    assert year_agreeing(korean[2:], "ko", {"2023-09"}) is None  # no relative year to resolve
    assert year_agreeing(korean, "ko", set()) is None
    naive = {year: len((dated(korean, "ko", year) - dated(korean, "ko")) & {"2023-09"}) for year in (2023, 2024)}
    assert naive == {2023: 0, 2024: 1}
