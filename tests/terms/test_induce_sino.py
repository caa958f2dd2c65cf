import pytest

from align.terms.induce.sino import (
    compound_parts,
    contraction_matches,
    hanja_matches,
    level_institution_matches,
    neighbour_pairs,
    phrase_matches,
    residual_pairs,
    truncated_reading,
)
from align.terms.words import chinese_grams, korean_units


@pytest.mark.parametrize(
    "korean, chinese, phrase, expected",
    [
        ("사회구역 경찰이 사회구역에 들어갔다", "社区民警进入社区", "사회구역 경찰", "社区民警"),  # 경찰 for 民警 is not read
        ("동기 대비 35% 증가되였다", "同比增长35%", "동기 대비", "同比"),
        ("‘1체 3익’ 공안정무봉사의 새로운 모식", "构建“一体三翼”公安政务服务新模式", "1체 3익", "一体三翼"),  # digits read in Sino-Korean
        ("중대 및 특대 사고의 발생을 억제했다", "有效遏制重特大事故发生", "중대 및 특대 사고", "重特大事故"),  # 大 shared by two words
        ("사회구역 경무팀 9,833개를 조직하며", "组建社区警务队9833支", "사회구역 경무팀", "社区警务队"),  # 팀 for the suffix 队
        ("전 성 공안정무봉사창구의 처리 건수는", "全省公安政务服务窗口累计办理业务", "공안정무봉사창구", "公安政务服务窗口"),  # 봉사창구 for two words
        ("범죄혐의자 100명을 검거했다", "抓获犯罪嫌疑人100名", "범죄혐의자", "犯罪嫌疑人"),  # 자 for the suffix 人
        ("9가지 작은 장소 소방안전 점검을", "九小场所消防安全检查", "9가지 작은 장소", "九小场所"),  # one native word inside
        ("범죄타격을 강화했다", "加大打击犯罪力度", "범죄타격", "打击犯罪"),  # verb-object swapped
    ],
)
def test_calques_read_in_part(korean: str, chinese: str, phrase: str, expected: str) -> None:
    found = {ko: zh for ko, zh, _ in phrase_matches(korean, chinese)}
    assert found.get(phrase) == expected


def test_phrase_scores_are_dice_of_the_syllables_read() -> None:
    scores = {ko: dice for ko, _, dice in phrase_matches("사회구역 경찰이 사회구역에 들어갔다", "社区民警进入社区")}
    assert scores["사회구역 경찰"] == pytest.approx((3 + 3) / (6 + 4))
    assert all(0 < dice <= 1 for _, _, dice in phrase_matches("중대 및 특대 사고의 발생을 억제했다", "有效遏制重特大事故发生"))


@pytest.mark.parametrize(
    "korean, chinese",
    [
        ("가능성이 높다", "不太可能成为会众"),  # 可能成 ends inside 成为
        ("전 성 공안기관은", "全省公安机关"),  # a lone syllable opening a phrase is a determiner
        ("타격 및", "打击"),  # 및 never ends a phrase
        ("경찰이 출동했다", "民警出动"),  # nothing read at the start
    ],
)
def test_no_phrase_where_the_reading_does_not_hold(korean: str, chinese: str) -> None:
    found = {ko for ko, _, _ in phrase_matches(korean, chinese)}
    assert not found & {"가능성", "전 성 공안기관", "타격 및", "경찰"}


def test_exact_readings_and_their_parts() -> None:
    assert ("경무실", "警务室") in hanja_matches(korean_units("경무실을 새로 건설했다"), chinese_grams("新建警务室"))
    assert compound_parts("군중안전감", "群众安全感", set()) == [("군중", "群众", False), ("안전", "安全", False), ("안전감", "安全感", False)]
    assert ("시공안국", "市公安局", False) in compound_parts("백성시공안국", "白城市公安局", set())
    # a part cut inside a Chinese word is no part, even when the Korean word exists on its own (비자 = visa)
    assert ("비자", "费者", True) not in compound_parts("소비자", "消费者", {"비자"})
    assert ("공안청", "公安厅", True) in compound_parts("길림성공안청", "吉林省公安厅", {"공안청"})


def test_neighbours_of_a_reading_inside_a_noun_phrase() -> None:
    readings = [("지진", "地震"), ("치료", "治疗")]
    assert neighbour_pairs("지진 피해자를 치료하기 위해 병원선이", "一艘派驻龙目岛治疗地震受害者的医疗船", readings) == [("피해자", "受害者")]
    # the neighbour must be a noun on both sides, and the reading must occur once in the Chinese
    assert neighbour_pairs("지진 발생한 곳에", "地震发生的地方", [("지진", "地震")]) == []
    assert neighbour_pairs("지진 피해자를", "地震受害者和地震", [("지진", "地震")]) == []
    assert neighbour_pairs("사회구역 경찰이", "社区民警", []) == []


def test_residuals_of_compounds_read_at_one_end() -> None:
    # 사기 is not read 诈骗 (it is 詐欺), but 범죄 = 犯罪, 집단 = 集团 and 전신 = 电信 are
    compounds = [("사기범죄", "诈骗犯罪"), ("사기집단", "诈骗集团"), ("전신사기", "电信诈骗"), ("안전위험", "安全风险")]
    found = residual_pairs(compounds, {"사기", "위험"})
    assert found[("사기", "诈骗")] == {("사기범죄", "诈骗犯罪"), ("사기집단", "诈骗集团"), ("전신사기", "电信诈骗")}
    assert found[("위험", "风险")] == {("안전위험", "安全风险")}
    assert set(found) == {("사기", "诈骗"), ("위험", "风险")}
    assert len(residual_pairs([("사기 범죄", "诈骗犯罪"), ("사기범죄", "诈骗犯罪")], {"사기"})[("사기", "诈骗")]) == 1  # one compound, two spellings


def test_a_residual_cut_where_the_other_side_is_still_read_or_a_verb_form_is_no_rendering() -> None:
    # 공안기관 부문 ~ 公安部门: 부문 = 部门 read, but 公安 reads as the start of 공안기관 (the cuts differ)
    assert residual_pairs([("공안기관부문", "公安部门")], {"공안기관"}) == {}
    # 엄하게 처벌 ~ 严厉处罚: 처벌 = 处罚, and 엄하게 is an adverb form, not a term
    assert residual_pairs([("엄하게처벌", "严厉处罚")], {"엄하게"}) == {}
    # nouns that end like verb endings stay: 신고 (申告) ~ 报警, 진술서 ~ 笔录
    assert set(residual_pairs([("긴급신고", "紧急报警")], {"신고"})) == {("신고", "报警")}
    assert set(residual_pairs([("현장 진술서", "现场笔录")], {"진술서"})) == {("진술서", "笔录")}


@pytest.mark.parametrize(
    "compound, standalone",
    [
        (("사기범죄", "诈骗犯罪"), set()),  # 사기 never used alone in the text
        (("공안기관", "公安机关"), {"공안"}),  # the remainder is a reading itself: the reading signals find it
        (("도로교통", "道路交通"), {"도로", "교통"}),  # read through: nothing is left unexplained
        (("경무연락", "警务联络"), {"연"}),  # remainders shorter than two syllables are never proposed
        (("사기 5건", "诈骗5起"), {"사기"}),  # figures are not terms
        (("사기범죄", "诈骗犯罪活动"), {"사기"}),  # no end read: nothing to explain away
    ],
)
def test_no_residual_without_a_word_and_an_unexplained_rest(compound: tuple[str, str], standalone: set[str]) -> None:
    assert residual_pairs([compound], standalone) == {}


# tests/data/realnews/mayday-holiday-2025: the Korean names the police by the full word, the Chinese by its contraction
_TRAFFIC_KO = "총 73만 7천 명의 교통경찰이 현장에 배치됐으며, 임시 단속 거점 6,100여 곳이 운영됐다."
_TRAFFIC_ZH = "全国公安交管部门累计投入警力73.7万人次,启动交警执法站和临时执勤点6100余个"


def test_a_word_read_as_the_full_form_of_a_contraction_in_its_bead() -> None:
    assert ("교통경찰", "交警") in contraction_matches(korean_units(_TRAFFIC_KO), chinese_grams(_TRAFFIC_ZH), set())


@pytest.mark.parametrize(
    "korean, chinese, standalone",
    [
        (_TRAFFIC_KO, _TRAFFIC_ZH + "交通警察", set()),  # the full form is there too: the reading pairs it
        (_TRAFFIC_KO, _TRAFFIC_ZH.replace("交警", "交叉"), set()),  # 交叉 contracts no word read 교통경찰
        (_TRAFFIC_KO, _TRAFFIC_ZH, {"교경"}),  # the contraction reads as a word of the document: that word's rendering
        ("민주주의가 발전했다", "民主发展", set()),  # 民主 is the first half of 民主主义, no contraction
        ("천군만마를 얻었다", "千万不要轻信", set()),  # 千万 is no noun: an idiom (千军万马) does not contract
        # realnews/guns-crime-2023: 公安 is read by 공안부 in the same bead, not contracted from 공공 안전
        ("이러한 노력으로 중국은 공공 안전을 강화하고 범죄 예방에 성공한 모습을 보이고 있다고 공안부 관계자가 밝혔다.", "中国公安部星期二在官网上公布", set()),
    ],
)
def test_no_contraction_without_a_contracted_word_in_the_bead(korean: str, chinese: str, standalone: set[str]) -> None:
    assert contraction_matches(korean_units(korean), chinese_grams(chinese), standalone) == []


def test_a_word_read_whole_by_its_contraction_is_not_also_read_in_part() -> None:
    from align.terms.induce import InductionSettings, induce_terms
    from tests.conftest import DATA

    pair = [(DATA / "realnews" / f"mayday-holiday-2025.{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ko", "zh")]

    def renderings(settings: InductionSettings) -> set[str]:
        return {c.zh for c in induce_terms([(pair[0], pair[1])], settings=settings) if c.ko == "교통경찰"}

    assert renderings(InductionSettings()) == {"交警"}
    # without it (and without the lexicon, which learned 교통경찰 ~ 交警 from translated news), 교통 is read in part only
    assert renderings(InductionSettings(contraction=0.0, lexicon=0.0)) == {"交通平稳", "交通违法"}


def test_a_reading_the_text_extends_to_the_full_korean_is_cut_short() -> None:
    texts = ["公安部也说，全国公安机关收缴枪支。"]
    assert truncated_reading("공안부", "公安", texts) == "公安部"  # the text writes 公安部: 公安 reads 공안부 cut short
    assert truncated_reading("연길시공안국", "公安局", ["延吉市公安局通报"]) == "延吉市公安局"  # cut at the start
    assert truncated_reading("공안부", "公安", ["公安部通报"]) == "公安部"
    assert truncated_reading("공안부", "公安", ["公安部通報"]) == "公安部"  # the rest of the text may be traditional
    # near misses: the text never extends it (공안부 ~ 公安 in a text without 公安部), the full reading
    # itself, a Chinese longer than the Korean, a rendering that is no reading, nothing at all
    assert truncated_reading("공안부", "公安", ["公安机关收缴枪支。"]) is None
    assert truncated_reading("공안부", "公安部", texts) is None
    assert truncated_reading("공안", "公安部", texts) is None
    assert truncated_reading("경찰", "民警", ["民警到场"]) is None
    assert truncated_reading("공안부", "", texts) is None


@pytest.mark.parametrize(
    "korean, chinese, expected",
    [
        # tonghua-interview: the level's syllable is written onto the place name, the institution apart
        (
            "중국 지린(吉林)성 퉁화(通化)시 공안국이 지린성 공안청의 '전국에서 가장 안전한 성(省) 만들기' 방침에 맞춰 치안 역량 강화에 나섰다고",
            "孙景龙:“创建全国最安全省份”是省公安厅党委深入贯彻习近平新时代中国特色社会主义思想",
            ("성 공안청", "省公安厅"),
        ),
        # foxhunt-2015: a gloss between the name and the level
        ("중국 공안부와 장쑤(江蘇)성 공안청이 공동 주최한", "由公安部、江苏省公安厅联合主办的", ("성 공안청", "省公安厅")),
        # antifraud-campaign: written solid, as `compound_parts` spells it
        ("올해 1월부터 10월까지 연변주공안국은", "今年1月至10月，延边州公安局深入开展", ("주공안국", "州公安局")),
    ],
)
def test_a_level_written_onto_the_name_before_it(korean: str, chinese: str, expected: tuple[str, str]) -> None:
    assert expected in level_institution_matches(korean, chinese_grams(chinese))


def test_a_level_needs_its_character_and_an_institution_in_the_chinese() -> None:
    assert level_institution_matches("지린성 공안청의 방침에", chinese_grams("吉林公安厅的方针")) == []  # no 省 in the Chinese
    assert level_institution_matches("가능성 공안청", chinese_grams("可能性公安厅")) == []  # 性 is no level


def test_a_level_before_a_place_of_a_level_gives_no_institution() -> None:
    """Trial 22 (changchun-gas-2019): `길림성 장춘시` gave `성 장춘시 ~ 省长春市`, the province's syllable and
    the city after it; a city (区, 县 …) is a place, not the level's institution."""
    assert level_institution_matches("길림성 장춘시 록원구 청춘거리에서", chinese_grams("吉林省长春市绿园区青春街")) == []
    assert ("시 공안국", "市公安局") in level_institution_matches("퉁화시 공안국이", chinese_grams("通化市公安局"))
