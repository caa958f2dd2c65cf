import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.alignment.features import FeatureSettings, bridge_vectors, document_features, figures_agree, stated_figures


def test_a_lexicon_pair_is_a_feature_both_sides_share() -> None:
    # 체포 (arrest) ~ 抓获 (catch) and 용의자 ~ 嫌疑人: renderings no Hanja reading shows
    ko = document_features(["경찰은 국경 지역에서 용의자를 체포했다."], "ko")[0]
    zh = document_features(["警方在边境地区抓获犯罪嫌疑人。"], "zh")[0]
    shared = {f for f in ko if f.startswith("#x")} & {f for f in zh if f.startswith("#x")}
    assert {"#x抓获", "#x嫌疑人", "#x边境"} <= shared
    off = FeatureSettings(lexicon=0.0)
    assert not any(f.startswith("#x") for f in document_features(["경찰은 용의자를 체포했다."], "ko", settings=off)[0])


def test_the_lexicon_pulls_a_translation_closer_than_a_sentence_sharing_only_syllables() -> None:
    ko = ["경찰은 용의자를 체포했다."]
    zh = ["警方抓获了犯罪嫌疑人。", "体育馆里举行了比赛。"]
    on, off = bridge_vectors(ko, zh), bridge_vectors(ko, zh, settings=FeatureSettings(lexicon=0.0))

    def dot(a: dict[int, float], b: dict[int, float]) -> float:
        return sum(v * b.get(k, 0.0) for k, v in a.items())

    assert dot(on.ko[0], on.zh[0]) > dot(on.ko[0], on.zh[1])
    assert dot(on.ko[0], on.zh[0]) > dot(off.ko[0], off.zh[0])


@given(st.lists(st.sampled_from(["경찰은 국경에서 용의자를 체포했다.", "사건은 해결됐다.", "警方在边境抓获嫌疑人。", "案件已经侦破。", ""]), max_size=4))
def test_features_are_computed_per_sentence(sentences: list[str]) -> None:
    for lang in ("ko", "zh"):
        assert document_features(sentences, lang) == [document_features([sentence], lang)[0] for sentence in sentences]


@pytest.mark.parametrize(
    ("ko", "zh", "agree"),
    [
        # developed real pairs (tests/data/realnews): a headline's round 3만 is 3.1万 rounded
        ("중국, 미얀마서 범죄 혐의 3만 명 송환…죄목은?", "公安部:缅北累计向中方移交3.1万名电诈嫌疑人", True),
        # a day alone is the day of a full date
        ("공안부 교통관리국이 10일 발표한 수치에 따르면", "2月10日(正月初六)是春节假期的最后一天", True),
        # 102 arrested in March, 108 in May: two round-ups of one case
        ("지금까지 102명의 범죄혐의자를 체포했으며", "共抓捕“2·20”温州特大通讯网络诈骗案在逃对象108人", False),
        ("1억 4300만건의 제보전화를 접수했는데", "全國110接警總量爲1.43億起", True),
    ],
)
def test_figures_agree_when_equal_or_rounded_to_their_written_precision(ko: str, zh: str, agree: bool) -> None:
    ko_figures = stated_figures(document_features([ko], "ko")[0])
    zh_figures = stated_figures(document_features([zh], "zh")[0])
    assert figures_agree(ko_figures.numbers, zh_figures.numbers) is agree


def test_a_specific_figure_has_two_significant_digits_or_a_month_and_day() -> None:
    def specific(text: str, lang: str) -> bool:
        return stated_figures(document_features([text], lang)[0]).specific

    assert specific("범죄혐의자 102명 체포", "ko") and specific("11月19日,相關犯罪嫌疑人移交中方。", "zh")
    assert not specific("중국, 미얀마서 범죄 혐의 3만 명 송환", "ko") and not specific("6일 중국 관영 신화통신 보도에 따르면", "ko")
    assert stated_figures(document_features(["경찰은 용의자를 체포했다."], "ko")[0]).numbers == frozenset()
