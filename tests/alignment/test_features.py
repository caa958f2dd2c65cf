from hypothesis import given
from hypothesis import strategies as st

from align.alignment.features import FeatureSettings, bridge_vectors, document_features


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
