from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.comparison.compare import Comparison, compare, compare_reports
from align.comparison.evaluate import read_gold, score_comparison
from align.comparison.verdicts import figure_verdict, slipped_magnitude
from align.io import COMPARE_COLUMNS as COLUMNS
from align.script.numbers import parse_numbers
from align.text.segment import segment_document, segment_file
from align.types import Verdict
from tests.conftest import DATA, bundled_glossary

COMPARE = DATA / "compare"
GLOSSARY = bundled_glossary()


def figure(text: str):
    lang = "ko" if any("가" <= ch <= "힣" for ch in text) else "zh"
    return parse_numbers(text, lang)[0]


@pytest.mark.parametrize(
    "ko, zh, verdict",
    [
        ("2,160개", "2160个", "same"),
        ("2.3만명", "2.3萬人", "same"),
        ("3만 2,000개", "3.2万个", "same"),
        ("97%", "97.03%", "rounded"),
        ("2,900여개", "2931个", "rounded"),
        ("3500만원", "3千余万韩元", "rounded"),  # 3千余万 is written to ten million (code review 51)
        ("520만명", "5百余万人", "rounded"),
        ("1억 2천만원", "1.2亿元", "same"),
        ("2,400여건", "2400余起", "same"),  # both say "more than 2,400" (PRODUCT.md verdict rules)
        ("2,400건", "2400余起", "rounded"),
        ("2,860만위안", "2860.5万元", "rounded"),
        ("1,586건", "1685起", "differs"),
        ("5명", "6名", "differs"),  # exact values a unit apart: neither is the other rounded
        ("1,000건", "1001起", "differs"),
        # 인민넷 조문판 read 1089.0万人次 as 1천89만1천명 (hljxinwen.dbw.cn/system/2024/09/04/001529060.shtml,
        # news.dqsqz.com.cn/mrkx/202409/560522.html): both written to the thousand, a thousand apart
        ("1천89만1천명", "1089.0万人次", "differs"),
        ("1천89만명", "1089.0万人次", "same"),
        ("3.2만명", "32100名", "rounded"),
        ("근 3천명", "3000余人", "differs"),  # "nearly 3,000" against "more than 3,000"
        ("2,400여건", "2500余起", "differs"),  # more than 2,400 (up to 2,499) against more than 2,500
        ("3천여명", "3,100余人", "rounded"),  # 3,100-odd is "3,000-odd" to the thousand
        ("40% 이상", "100%", "differs"),
        ("약 14만 개", "14万余支", "rounded"),  # "about" is not "more than"
        ("95% 이상", "95%以上", "same"),
        ("6천600여 명", "6600餘名", "same"),
        ("1,700건이 넘는", "1700余处", "same"),
        ("세 차례", "三次", "same"),
        ("7개여월", "7个多月", "same"),
        ("6일", "6日", "same"),  # dates compare on the parts both state
        ("6일", "2月6日", "rounded"),
        ("10월 30일", "10月29日", "differs"),
        ("오후 5시", "17时", "same"),
        ("20시 경", "晚 8 點", "rounded"),
        ("2021년", "2019年", "differs"),
        ("6000여만원", "6000 余萬元", "same"),
        ("경찰 5명", "1000余名民警", "differs"),  # an approximation never stretches 5 to 1000余
        ("경무실 4개", "警务室十余个", "differs"),
        ("약 3,000건", "2931起", "rounded"),  # 원 is the yuan in the Chinese-Korean press
        ("최근 3년간", "近3年", "same"),  # "the last three years" on both sides, no approximation
        ("근 3년", "将近3年", "same"),
        ("두주일간", "两周", "same"),
        ("두 달", "两个月", "same"),
        ("한 달", "一个月", "same"),
        ("두 달여", "两个多月", "same"),
        ("2일 동안", "两天", "same"),
        ("절반", "一半", "same"),
        ("절반", "50%", "same"),
    ],
)
def test_verdicts(ko: str, zh: str, verdict: str) -> None:
    assert figure_verdict(figure(ko), figure(zh)) == verdict


def test_an_order_of_magnitude_apart_in_one_bead_is_a_contradiction_to_show() -> None:
    comparison = compare_reports(["전국 공안기관은 사기 범죄혐의자 1만 1,000여명을 검거했다."], ["全国公安机关抓获诈骗犯罪嫌疑人11万余名。"], GLOSSARY)
    assert [(p.ko.figure.text, p.zh.figure.text, p.verdict) for p in comparison.pairs if p.ko and p.zh] == [("1만 1,000여명", "11万余名", "differs")]
    apart = compare_reports(["경찰 5명이 사기 범죄혐의자를 검거했다."], ["1000余名民警抓获诈骗犯罪嫌疑人。"], GLOSSARY)
    assert all(p.verdict != "differs" for p in apart.pairs)  # further apart than a factor of 20: two one-sided claims


def test_the_dead_the_injured_and_a_toll_of_both_are_other_counts() -> None:
    """Trial 23 (a restaurant fire): the headline's toll `25명 사상` (dead and injured) was set against the
    body's `22人死亡` as `differs`, and `3명이 다쳤다` ~ `3人受伤` did not pair (a small count needs a subject:
    what happened to the people counted is one)."""
    comparison = compare_reports(
        ["中랴오닝 식당 화재 25명 사상…시진핑, 중대사고 예방 지시", "29일 랴오닝성 랴오양시의 한 식당에서 불이 나 22명이 숨지고 3명이 다쳤다.", "화재 당시 2층짜리 식당이 화염에 휩싸인 영상이 확산했다."],
        [
            "辽宁辽阳一饭店发生火灾致22死3伤",
            "2025年4月29日12时25分,辽阳市一饭店发生火灾。截至14时,事故已造成22人死亡、3人受伤。",
            "辽阳市应急管理局随后通报称,12时43分许,现场明火扑灭。火灾造成22人死亡,3人受伤,受伤人员生命体征平稳。",
        ],
        GLOSSARY,
    )
    paired = {(p.ko.figure.text, p.zh.figure.text, str(p.verdict)) for p in comparison.pairs if p.ko and p.zh}
    assert ("22명", "22人", "same") in paired and ("3명", "3人", "same") in paired
    assert not any(ko == "25명" for ko, _, _ in paired)


def test_a_dispatch_credit_after_a_source_line_gives_the_report_s_dateline() -> None:
    """Trial 24 (中新网 on a Hong Kong bus crash, its breaks lost): `来源:中国新闻网` was the source, and
    `中新网2月11日电` after it, cut as a byline, gave no dateline claim."""
    from align.comparison.compare import compare_documents
    from align.text.segment import segment_document

    zh = segment_document(
        "视频:香港一双层巴士侧翻 来源:中国新闻网 中新网2月11日电 据国务院港澳事务办公室网站11日消息,港澳办10日对香港新界大埔公路严重交通事故发出慰问函。"
        " 据香港媒体2月10日报道,一辆双层巴士当日在香港新界一条公路上失事侧翻。\n",
        "zh",
    )
    ko = segment_document("홍콩 신계 대포도로에서 발생한 대형 교통사고로 19명이 사망하고 65명이 부상당했다.\n", "ko")
    rows = compare_documents(ko, zh, GLOSSARY, lang_check=False).records()
    assert [(r["zh_id"], r["zh_value"]) for r in rows if r["subject"] == "dateline"] == [(1, "2月11日")]
    posted = segment_document("来源:中国新闻网 发布时间：2019年02月11日 据国务院港澳事务办公室网站11日消息,港澳办10日对香港新界大埔公路严重交通事故发出慰问函。\n", "zh")
    assert not any(r["subject"] == "dateline" for r in compare_documents(ko, posted, GLOSSARY, lang_check=False).records())  # a posting date is no dispatch's
    outage = segment_document("相关新闻：3月1日大埔屋苑突发停电\n据国务院港澳事务办公室网站11日消息,港澳办10日对香港新界大埔公路严重交通事故发出慰问函。\n", "zh")
    assert not any(r["subject"] == "dateline" for r in compare_documents(ko, outage, GLOSSARY, lang_check=False).records())  # nor a power cut's 停电 (review 104b)


def test_a_toll_contradicts_no_count_that_names_no_fate() -> None:
    """Trial 24 (a rockfall on a bus, KBS and 界面新闻): the toll `15명의 사상자` was set against the bus's
    seats `允许载客19人` as `differs`; a count of people that says nothing of what befell them may agree
    with a toll, never contradict it."""
    comparison = compare_reports(
        ["버스 위로 바위가 떨어지는 사고가 발생해 15명의 사상자가 발생했습니다.", "탑승객 18명 가운데 6명이 숨지고 9명이 다쳤습니다."],
        ["一辆中型客车允许载客19人,实际载客18人,遭落石砸中,致使6名乘客遇难、9名乘客受轻伤。"],
        GLOSSARY,
    )
    paired = {(p.ko.figure.text, p.zh.figure.text, str(p.verdict)) for p in comparison.pairs if p.ko and p.zh}
    assert paired == {("18명", "18人", "same"), ("6명", "6名", "same"), ("9명", "9名", "same")}


@pytest.mark.parametrize(
    "ko, zh, slipped",
    [
        ("42톤", "42萬噸", True),  # the magnitude word dropped in translation
        ("2.5억원", "25亿元", True),  # the decimal point slipped
        ("1만 1,000여명", "11万余名", False),  # other digits written (11000 against 11): no slip
        ("42톤", "43萬噸", False),
        ("경찰 5명", "1000余名民警", False),
        ("42톤", "42吨", False),  # the same value is no slip
    ],
)
def test_a_slipped_magnitude_writes_the_same_digits(ko: str, zh: str, slipped: bool) -> None:
    assert slipped_magnitude(figure(ko), figure(zh)) is slipped


def test_the_same_digits_a_magnitude_apart_in_one_bead_differ() -> None:
    # 인민넷 조문판 rendered 全國海關共查證走私凍品42萬噸 as 42톤 (korea.cpc.people.com.cn, big5.china.com.cn, 2015-07-01)
    ko = ["6월 23일까지 전국 해관에서는 밀수랭동품 총 42톤을 압수했다."]
    zh = ["截至6月23日,全國海關共查證走私凍品42萬噸。"]
    pairs = [(p.ko.figure.text, p.zh.figure.text, p.verdict) for p in compare_reports(ko, zh, GLOSSARY).pairs if p.ko and p.zh]
    assert ("42톤", "42萬噸", "differs") in pairs
    # in sentences not aligned together, as far apart, they stay two one-sided claims
    ko_apart = ["6월 23일까지 전국 해관에서는 밀수랭동품을 압수했다.", "올해 들어 경찰이 소고기 42톤을 소각했다."]
    pairs = [(p.ko.figure.text, p.zh.figure.text) for p in compare_reports(ko_apart, zh, GLOSSARY).pairs if p.ko and p.zh]
    assert ("42톤", "42萬噸") not in pairs


def test_a_year_is_no_contradiction_of_another_year_but_datelines_are() -> None:
    comparison = compare_reports(["2021년 설 연휴 사고는 2019년보다 70% 줄었다."], ["2021年春节事故与2019年相比下降70%。"], GLOSSARY)
    assert [(p.ko.figure.text, p.zh.figure.text, p.verdict) for p in comparison.pairs if p.ko and p.zh and p.ko.figure.is_date] == [
        ("2021년", "2021年", "same"), ("2019년", "2019年", "same")
    ]
    comparison = compare_reports(["[북경 10월 30일발 신화통신] 공안부가 밝혔다."], ["新华社北京10月29日电 公安部表示。"], GLOSSARY)
    assert [(p.ko.figure.text, p.zh.figure.text, p.verdict) for p in comparison.pairs if p.ko and p.zh] == [("10월 30일", "10月29日", "differs")]


@given(st.integers(min_value=1, max_value=10**9))
def test_a_figure_agrees_with_itself_written_the_other_way(value: int) -> None:
    ko = parse_numbers(f"{value:,}명", "ko")[0]
    zh = parse_numbers(f"{value}名", "zh")[0]
    assert figure_verdict(ko, zh) == "same"
    approximate = parse_numbers(f"{value:,}여명", "ko")[0]
    assert figure_verdict(approximate, zh) == "rounded"


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999))
def test_man_and_wan_agree(man: int, rest: int) -> None:
    total = man * 10_000 + rest
    ko = parse_numbers(f"{man}만 {rest:,}개" if rest else f"{man}만개", "ko")[0]
    wan = f"{total / 10000:.4f}".rstrip("0").rstrip(".")
    zh = parse_numbers(f"{wan}万个", "zh")[0]
    assert figure_verdict(ko, zh) == "same"


def load(name: str):
    ko = segment_file(COMPARE / f"{name}.ko.txt", "ko", keep_boilerplate=True)
    zh = segment_file(COMPARE / f"{name}.zh.txt", "zh", keep_boilerplate=True)
    return ko, zh


@pytest.mark.parametrize("name", ["jilin-5years", "baicheng-review", "tonghua-interview", "antifraud-campaign"])
def test_report_pairs_meet_the_quality_bars(name: str) -> None:
    ko, zh = load(name)
    comparison = compare_reports(ko.sentences, zh.sentences, GLOSSARY)
    score = score_comparison(comparison, ko, zh, read_gold(COMPARE / f"{name}.gold.tsv", ko.text, zh.text))
    assert score.paired_rate >= 0.85
    assert score.verdict_rate >= 0.9
    assert score.one_sided_rate >= 0.8


def test_each_claim_pairs_at_most_once() -> None:
    ko, zh = load("jilin-5years")
    pairs = compare_reports(ko.sentences, zh.sentences, GLOSSARY).pairs
    ko_keys = [p.ko.key for p in pairs if p.ko]
    zh_keys = [p.zh.key for p in pairs if p.zh]
    assert len(ko_keys) == len(set(ko_keys)) and len(zh_keys) == len(set(zh_keys))
    assert {p.verdict for p in pairs} <= {"same", "rounded", "differs", "ko_only", "zh_only"}


def test_dataframe_columns_and_one_sided_rows() -> None:
    ko, zh = load("antifraud-campaign")
    frame = compare(ko.sentences, zh.sentences, GLOSSARY)
    assert list(frame.columns) == list(COLUMNS)
    one_sided = frame[frame.verdict == "ko_only"]
    assert one_sided.zh_id.isna().all() and (one_sided.zh_value == "").all()
    paired = frame[frame.verdict.isin(["same", "rounded", "differs"])]
    assert paired.ko_id.notna().all() and paired.zh_id.notna().all()


def test_different_order_and_no_sentence_alignment_needed() -> None:
    ko = ["올해 전 주에서 전신사기 사건 1,250건을 해결했다.", "반사기 홍보 활동은 1,200여회 진행되었다."]
    zh = ["全州开展反诈宣传活动1200余场。", "今年以来，全州共破获电信网络诈骗案件1250起。"]
    frame = compare(ko, zh, GLOSSARY)
    rows = {(r.ko_value, r.zh_value, r.verdict) for r in frame.itertuples()}
    assert ("1,250건", "1250起", "same") in rows
    assert ("1,200여회", "1200余场", "same") in rows


def test_a_single_digit_agreeing_is_not_evidence_on_its_own() -> None:
    ko = ["전 성 도로교통사고지수 4개 대상은 해마다 하락하고 있다."]
    zh = ["他先后4次接访群众。"]
    frame = compare(ko, zh, GLOSSARY)
    assert set(frame.verdict) == {"ko_only", "zh_only"}


def test_a_report_without_a_date_takes_the_year_its_relative_dates_agree_on() -> None:
    ko = ["지난해 11월까지 전국적으로 39만 1000건의 사기사건을 해명했는바 지난해 8월부터 발생 건수가 감소했다."]
    zh = ["截至2023年11月,全国共破获电信网络诈骗案件39.1万起,自2023年8月以来发案数连续下降。"]
    verdicts = {(p.ko.figure.text, p.zh.figure.text): str(p.verdict) for p in compare_reports(ko, zh, GLOSSARY).pairs if p.ko and p.zh}
    assert verdicts[("지난해 11월", "2023年11月")] == verdicts[("지난해 8월", "2023年8月")] == "same"
    dated = compare_reports(ko, zh, GLOSSARY, years=(2023, None))  # its own year says 지난해 is 2022: the dates differ
    assert {str(p.verdict) for p in dated.pairs if p.ko and p.zh and p.ko.figure.is_date} == {"differs"}


def test_a_part_of_a_group_is_no_contradiction_of_the_group() -> None:
    ko = ["미얀마 경찰은 두목 6명을 포함해 10명의 용의자를 넘겼다."]
    zh = ["缅甸警方移交了6名重要头目和另外4名重大犯罪嫌疑人。"]
    pairs = compare_reports(ko, zh, GLOSSARY).pairs
    assert all(str(p.verdict) != "differs" for p in pairs)
    assert {(p.ko.figure.text if p.ko else None, p.zh.figure.text if p.zh else None, str(p.verdict)) for p in pairs} >= {("6명", "6名", "same"), ("10명", None, "ko_only"), (None, "4名", "zh_only")}


def test_sentences_sharing_several_figures_let_their_clock_times_pair_though_not_aligned() -> None:
    from tests.conftest import DATA as data

    folder = data / "realnews"  # an independent report: the aligner pairs the wrong sentences
    ko, zh = (
        [line for line in (folder / f"spring-festival-lastday-2019.{lang}.txt").read_text(encoding="utf-8").splitlines() if line.strip()] for lang in ("ko", "zh")
    )
    comparison = compare_reports(ko, zh, GLOSSARY)
    pairs = {(p.ko.figure.text, p.zh.figure.text): str(p.verdict) for p in comparison.pairs if p.ko and p.zh}
    assert pairs[("53%", "53%")] == pairs[("6건", "6起")] == "same"
    assert pairs.get(("저녁 6시", "18时")) == "same"  # its sentence pairs three other figures with that one


def test_equal_counts_of_the_same_kind_in_aligned_sentences_pair_without_a_shared_concept() -> None:
    ko = ["경찰은 두 달 동안 음주운전 집중 단속을 벌여 120명을 적발했다."]
    zh = ["警方开展为期两个月的酒驾集中整治,查处120人。"]  # 적발 and 查处 are different glossary concepts
    pairs = {(p.ko.figure.text if p.ko else None, p.zh.figure.text if p.zh else None): str(p.verdict) for p in compare_reports(ko, zh, GLOSSARY).pairs}
    assert pairs == {("두 달", "两个月"): "same", ("120명", "120人"): "same"}


def test_a_figure_the_other_report_states_alike_elsewhere_is_no_contradiction() -> None:
    from tests.conftest import DATA as data

    folder = data / "realnews"  # the Chinese gives 18个省56个市 in one place and 20省46市 in another
    ko, zh = ([line for line in (folder / f"wenzhou-220-2017.{lang}.txt").read_text(encoding="utf-8").splitlines() if line.strip()] for lang in ("ko", "zh"))
    pairs = {(p.ko.figure.text, p.zh.figure.text): str(p.verdict) for p in compare_reports(ko, zh, GLOSSARY).pairs if p.ko and p.zh}
    assert pairs.get(("18개", "18个")) == pairs.get(("56개", "56个")) == "same"
    assert ("18개", "20个") not in pairs


def test_a_part_agreeing_with_a_count_does_not_hide_the_whole_that_contradicts_it() -> None:
    ko = ["경찰은 보이스피싱 조직원 120명을 검거했다고 밝혔다."]
    zh = ["警方抓获电信诈骗犯罪嫌疑人150人,其中120人为老年人。"]
    pairs = [(p.ko.figure.text if p.ko else None, p.zh.figure.text if p.zh else None, str(p.verdict)) for p in compare_reports(ko, zh, GLOSSARY).pairs]
    assert ("120명", "150人", "differs") in pairs and (None, "120人", "zh_only") in pairs


def test_a_headline_restating_a_paired_figure_is_no_one_sided_claim() -> None:
    # the bundled sample pair (a real 길림신문 article): the Korean headline's 지난 5년 restates the
    # lead's 5년, which pairs with 五年; the headline flag comes from segmentation
    ko = segment_file(DATA.parent.parent / "data" / "samples" / "jilin-police-2024.ko.txt", "ko")
    zh = segment_file(DATA.parent.parent / "data" / "samples" / "jilin-police-2024.zh.txt", "zh")
    assert ko.sentences[0].heading and "5년" in ko.sentences[0].text
    pairs = compare_reports(ko.sentences, zh.sentences, bundled_glossary()).pairs
    assert not any(p.zh is None and p.ko is not None and p.ko.sentence == 0 for p in pairs)
    assert any(p.ko is not None and p.zh is not None and p.ko.figure.text == "5년" for p in pairs)
    # without the flag (text given sentence by sentence) the headline's figure is one-sided: the two
    # letters before it (지난 5년) are too few to say it is the lead's (the review of this session)
    plain = compare_reports([s.text for s in ko.sentences], [s.text for s in zh.sentences], bundled_glossary()).pairs
    assert any(p.zh is None and p.ko is not None and p.ko.sentence == 0 and p.ko.figure.text == "5년" for p in plain)


def test_a_figure_restated_in_the_body_is_one_claim() -> None:
    # 인민넷's report of the Yanji knife attack states 2명 사망, 12명 부상 in its lead and again below;
    # Xinhua's states them once: the restatement is no Korean-only claim, while 나머지 2명은 퇴원
    # (two others discharged), the same figure of another thing, stays one
    ko = [
        "8월 17일 오후, 연길시의 상가내에서 악성칼부림사건이 발생했는데 목전까지 2명이 사망하고 12명이 부상당했다.",
        "초보적 조사에 의하면 이 사건에서 목전 2명이 사망하고 12명이 부상당했다.",
        "12명 부상자중 10명은 지금 병원에서 치료받고있고 나머지 2명은 이미 퇴원했다.",
    ]
    zh = ["8月17日15时20分左右,在吉林省延吉市发生一起持刀伤人案件,共造成2人死亡,另有12人受伤正在接受治疗。"]
    comparison = compare_reports(ko, zh, bundled_glossary())
    lone = [(p.ko.sentence, p.ko.figure.text) for p in comparison.pairs if p.ko is not None and p.zh is None]
    assert (1, "2명") not in lone and (1, "12명") not in lone
    assert (2, "2명") in lone and (2, "10명") in lone
    # near miss: a particle glued to the figure is no predicate (2명에게 징역형, 2명에게 벌금형: two sentences)
    ko = ["법원은 A씨 등 2명에게 징역형을 선고했다.", "법원은 B씨 등 2명에게 벌금형을 선고했다."]
    comparison = compare_reports(ko, ["法院判处A某等2人有期徒刑。"], bundled_glossary())
    assert len([p for p in comparison.pairs if p.ko is not None and p.zh is None]) == 1


def test_a_figure_restated_alone_is_one_claim_and_accounted_for() -> None:
    """New-user trial 3 (P3): the MPS briefing restates its lead after 截至目前, and the 英德 KTV
    report says 懸賞20萬通緝, 5人受傷 and 案發10小時 twice; neither side pairs those figures, and each
    mention was a one-sided row (12 Chinese-only rows for 6 facts). A figure restated, the same
    value, unit and approximation with the words around it alike, is one claim: the later mention
    has no row and is listed in `restated` beside the one it repeats. Two rates of one value
    (配备率达100%, 抓捕率达100%), two items of a list (党纪处分2人、行政撤职2人) and a day said of
    two things (记者17日从, 17日是春节假期) stay two claims."""
    briefing = "掛牌督辦的103起重大槍爆案件已全部辦結,533名部督在逃人員緝捕率達78%。"
    zh = [briefing, "2018年1至11月持槍犯罪下降27.6%。", "截至目前," + briefing]
    comparison = compare_reports(["2018년 1월부터 11월까지 총기 범죄는 평균 27%의 하락폭을 보였다."], zh, GLOSSARY)
    lone = [(p.zh.sentence, p.zh.figure.text) for p in comparison.pairs if p.zh is not None and p.ko is None]
    assert lone == [(0, "103起"), (0, "533名"), (0, "78%")]
    assert [(r.claim.sentence, r.claim.figure.text, r.of.sentence, r.of.figure.text) for r in comparison.restated] == [
        (2, "103起", 0, "103起"), (2, "533名", 0, "533名"), (2, "78%", 0, "78%")
    ]
    zh = [
        "24日零時30分,廣東清遠英德市茶園路一小型KTV發生人為縱火案,現場已造成18人死亡、5人受傷。",
        "隨後,清遠市公安局發布懸賞通告懸賞20萬通緝犯罪嫌疑人,在案發10個小時後,犯罪嫌疑人落網。",
        "現場造成18人死亡、5人受傷,傷者被緊急送往醫院救治。",
        "在鎖定犯罪嫌疑人後,「平安清遠」於上午十時許發布懸賞通告,懸賞20萬通緝KTV縱火案嫌疑人。",
        "案發10小時後抓獲犯罪嫌疑人",
    ]
    comparison = compare_reports(["중국 광둥성의 한 노래방에서 불이 났다."], zh, GLOSSARY)
    lone = _chinese_only(comparison)
    # (案發10小時後 below 在案發10個小時後 stays a row: 案發, two letters, is too little to say it again)
    assert lone.count("5人") == lone.count("20萬") == 1 and "10小時" in lone and "10個小時" in lone
    assert sorted(r.claim.figure.text for r in comparison.restated) == ["18人", "20萬", "5人"]
    apart = [
        "优化便企举措,走访重点民营企业1000余家,解决问题200余个,重点企业“一企、一站、一警”配备率达100%。",
        "建立健全情报信息综合研判工作机制,大数据破案率、抓捕率达100%。",
        "2016年初至今,依法依纪依规处理32人,其中,党纪处分2人、行政撤职2人、行政记过3人、行政警告4人、约谈20人、追究刑事责任1人。",
        "中评社北京2月18日电/据新华社报道,记者17日从公安部交管局获悉,2021年春节假期开始以来,全国道路交通总体安全顺畅。",
        "17日是春节假期最后一天,各地陆续迎来假期返程集中客流。",
    ]
    comparison = compare_reports(["경찰은 단속을 강화했다."], apart, GLOSSARY)
    lone = _chinese_only(comparison)
    assert lone.count("100%") == lone.count("2人") == lone.count("17日") == 2 and not comparison.restated


def test_a_decade_of_age_is_the_chinese_twenty_odd() -> None:
    # 서울타임즈 and 鏡週刊 on a bomb threat: 20대 남성 (in his twenties) is 20多歲男子, the same claim
    assert figure_verdict(parse_numbers("20대 남성", "ko")[0], parse_numbers("20多歲男子", "zh")[0]) == Verdict.SAME
    assert figure_verdict(parse_numbers("25세 남성", "ko")[0], parse_numbers("20多歲男子", "zh")[0]) == Verdict.ROUNDED


def test_one_agreeing_figure_among_many_does_not_make_two_reports_one_story() -> None:
    """A real Korean report beside the Chinese report of another police story: one of their many
    figures and dates agrees by chance, which is no sign of the same events; the Korean report's
    own counterpart shares two and is not warned about, and with fewer claims a side than
    `unrelated_one_agreement` one agreement still counts."""


    realnews = DATA / "realnews"

    def comparison(ko: str, zh: str):
        return compare_reports(
            segment_file(realnews / f"{ko}.ko.txt", "ko", keep_boilerplate=True).sentences,
            segment_file(realnews / f"{zh}.zh.txt", "zh", keep_boilerplate=True).sentences,
            GLOSSARY,
        )

    unrelated = comparison("myanmar-53000-2024", "guns-crime-2023")
    counts = unrelated.verdict_counts()
    assert counts[Verdict.SAME] + counts[Verdict.ROUNDED] == 1
    assert "only one of their" in (unrelated.unrelated_warning() or "")
    assert unrelated.unrelated_warning(replace(unrelated.settings, unrelated_one_agreement=50, unrelated_background=0.0)) is None
    assert comparison("myanmar-53000-2024", "myanmar-53000-2024").unrelated_warning() is None


def test_two_agreeing_figures_that_say_little_do_not_make_two_reports_one_story() -> None:
    """Two real reports of different stories, each with many claims, share two values that say
    little (a day, a one-digit count): warned about, as one such agreement is; a value said twice
    (`5년` in the lead and again in a recap) agrees once, so the sample Korean report beside an
    unrelated Chinese one shares two values, not four, and is warned about (the 15条 of a title,
    `《…活动15条措施》`, is no claim: it agreed with a 15개 before quotations inside titles were read)."""
    realnews = DATA / "realnews"
    unrelated = compare_reports(
        segment_file(realnews / "foxhunt-2015.ko.txt", "ko", keep_boilerplate=True).sentences,
        segment_file(realnews / "lifetime-ban-2019.zh.txt", "zh", keep_boilerplate=True).sentences,
        GLOSSARY,
    )
    counts = unrelated.verdict_counts()
    assert counts[Verdict.SAME] + counts[Verdict.ROUNDED] == 2
    assert "only 2 of their" in (unrelated.unrelated_warning() or "")
    assert unrelated.unrelated_warning(replace(unrelated.settings, unrelated_chance_agreements=1)) is None

    samples = DATA.parent.parent / "data" / "samples"
    repeated = compare_reports(
        segment_file(samples / "jilin-police-2024.ko.txt", "ko").sentences,
        segment_file(samples / "baicheng-police-2016.zh.txt", "zh").sentences,
        GLOSSARY,
    )
    agreeing = [pair.ko.figure.text for pair in repeated.pairs if pair.verdict in (Verdict.SAME, Verdict.ROUNDED) and pair.ko]
    assert agreeing.count("5년") == 3 and len(set(agreeing)) == 2 < len(agreeing)
    assert "only 2 of their" in (repeated.unrelated_warning() or "")


def test_one_specific_agreeing_figure_spares_a_true_pair() -> None:
    """Code review 51: a real broadcaster's script without its headline shares one figure with its
    Chinese counterpart, 3만 천 명 = 3.1万名; two significant digits are no chance agreement, so no
    warning. Its headline restated the figure (3만 명), which made two agreements."""
    realnews = DATA / "realnews"
    body = (realnews / "myanmar-31000-2023.ko.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    comparison = compare_reports(
        segment_document(body, "ko").sentences, segment_file(realnews / "myanmar-31000-2023.zh.txt", "zh").sentences, GLOSSARY
    )
    counts = comparison.verdict_counts()
    assert counts[Verdict.SAME] + counts[Verdict.ROUNDED] == 1
    assert comparison.unrelated_warning() is None
    assert comparison.unrelated_warning(replace(comparison.settings, unrelated_specific=3)) is not None


def test_a_dispatch_credit_cut_off_the_first_sentence_dates_the_report() -> None:
    """新华社北京2024年3月5日电 goes to the metadata's source, not its date; its year still resolves
    去年9月 to 2023-09, and the Korean report, which states no year, takes the same."""
    from align.comparison.compare import compare_documents

    ko = segment_document("공안부에 따르면 지난해 9월부터 시작된 특별행동에서 혐의자 1,178명을 체포했다.\n", "ko")
    zh = segment_document("新华社北京2024年3月5日电 去年9月以来开展的专项行动中抓获犯罪嫌疑人1178名。\n", "zh")
    assert zh.metadata.date is None and "2024" in (zh.metadata.source or "")
    dates = [(pair.ko.figure.date, pair.zh.figure.date) for pair in compare_documents(ko, zh, GLOSSARY).pairs if pair.ko and pair.zh and pair.ko.figure.is_date]
    assert dates == [("2023-09", "2023-09")]


def test_a_source_lines_other_numbers_give_no_year_and_a_dated_credit_beats_the_page_date() -> None:
    """Code review 52: a view count on the source line (浏览次数：2019) is no year (去年9月 stays with
    the Korean page's 2023-09); a repost's page date loses to the credit's, the writer's date."""
    from dataclasses import replace as with_

    from align.comparison.claims import credit_year
    from align.comparison.compare import compare_documents

    assert credit_year("来源：公安部网站  浏览次数：2019", "zh") is None and credit_year("출처: 경찰청 조회수 2015", "ko") is None
    assert credit_year("新华社北京2024年12月30日电", "zh") == 2024 and credit_year("북경 2024년 3월 5일발 신화통신", "ko") == 2024
    ko = segment_document("입력 2024.03.06\n공안부에 따르면 지난해 9월부터 시작된 특별행동에서 혐의자 1,178명을 체포했다.\n", "ko")
    zh = segment_document("去年9月以来开展的专项行动中抓获犯罪嫌疑人1178名。\n", "zh")
    zh = with_(zh, metadata=with_(zh.metadata, source="来源：公安部网站  浏览次数：2019", date="2024-03-05"))
    ko = with_(ko, metadata=with_(ko.metadata, date="2024-03-06"))
    dates = [(p.ko.figure.date, p.zh.figure.date) for p in compare_documents(ko, zh, GLOSSARY).pairs if p.ko and p.zh and p.ko.figure.is_date]
    assert dates == [("2023-09", "2023-09")]
    repost = with_(zh, metadata=with_(zh.metadata, source="新华社北京2024年12月30日电", date="2025-01-03"))
    ko_end = with_(ko, metadata=with_(ko.metadata, date="2024-12-31"))
    dates = [(p.ko.figure.date, p.zh.figure.date) for p in compare_documents(ko_end, repost, GLOSSARY).pairs if p.ko and p.zh and p.ko.figure.is_date]
    assert dates == [("2023-09", "2023-09")]


def test_the_dispatch_credit_cut_off_a_whole_article_still_gives_its_dateline() -> None:
    """New-user trial 94: read whole, a report's dispatch credit (`[신화사 난징(南京) 10월 30일]`,
    `据新华社南京10月29日电`) goes to the metadata, and its date was never a claim: the README's own real
    pair lost its only contradiction. The credit's date is the dateline claim of sentence 0, read from
    the credit (its text in the row, no mark inside sentence 0 of the report)."""
    from align.comparison.compare import compare_documents
    from align.comparison.report import render_html

    realnews = DATA / "realnews"
    ko = segment_file(realnews / "foxhunt-2015.ko.txt", "ko")
    zh = segment_file(realnews / "foxhunt-2015.zh.txt", "zh")
    assert ko.metadata.source == "[신화사 난징(南京) 10월 30일]" and not ko.sentences[0].text.startswith("[")
    comparison = compare_documents(ko, zh, GLOSSARY)
    dateline = next(row for row in comparison.records() if row["unit"] == "date:dateline")
    assert (dateline["ko_value"], dateline["zh_value"], dateline["verdict"]) == ("10월 30일", "10月29日", Verdict.DIFFERS)
    assert (dateline["ko_id"], dateline["ko_text"], dateline["zh_text"]) == (0, ko.metadata.source, zh.metadata.source)
    page = render_html(comparison)
    credit = page.index('<span class="credit">[신화사 난징(南京) <a class="claim v-differs" id="ko-c')
    assert credit < page.index('<span id="ko-s0"')  # the credit shown before its sentence, its date marked there
    assert '>10월 30일</a>' in page[credit : page.index('<span id="ko-s0"')]


def test_a_pages_posting_time_is_no_dateline() -> None:
    """New-user trial 3 (V1): 조선어방송's page gives its source and posting time, `래원:중앙인민방송국
    2017-09-25 09:56:00`, above its translation of the Xinhua release `新华社北京9月24日电`; cleaning
    cuts the line off as the source credit, and its date was the Korean dateline, a contradiction
    of a faithful translation posted the morning after. A date given with a clock time is when the
    page was posted: no claim; the dispatch's dateline is the Chinese report's alone, and the
    posting year still dates the Korean report's 지난해."""
    from align.comparison.compare import compare_documents

    ko = segment_document(
        "우리나라 세계 31개 국가에 64명 주둔 경찰업무 련락관 파견\n래원:중앙인민방송국      2017-09-25 09:56:00\n\n"
        "우리나라는 이미 세계 31개 국가의 37개 해외 주재 대사관과 령사관에 도합 64명 치안 업무 련락관을 파견하였다.\n\n"
        "지난해 말까지 중국 치안업무 련락기구는 현지 관련부문과 공동으로 다국 범죄사건 4천여건을 처리하고 중국과 주재국을 도와 천여명의 범죄 용의자를 체포하거나 송환하였다.\n",
        "ko",
    )
    zh = segment_document(
        "我国已向全球31个国家派驻64名驻外警务联络官\n\n"
        "新华社北京9月24日电(记者丁小溪)记者24日从公安部获悉,我国目前共在全球31个国家的37个驻外使领馆设有驻外警务联络官编制64人。\n\n"
        "近年来,我国各驻外警务联络机构不断提高打击跨国犯罪的合作水平,截至去年底,共协助办理各类跨国案件4460起,协助遣返、抓获犯罪嫌疑人1048名。\n",
        "zh",
    )
    assert ko.metadata.source == "래원:중앙인민방송국      2017-09-25 09:56:00"
    rows = compare_documents(ko, zh, GLOSSARY).records()
    datelines = [(row["ko_value"], row["zh_value"], row["verdict"]) for row in rows if row["unit"] == "date:dateline"]
    assert datelines == [("", "9月24日", Verdict.ZH_ONLY)]
    assert ("지난해", "去年", Verdict.SAME) in [(row["ko_value"], row["zh_value"], row["verdict"]) for row in rows]


def test_a_figure_a_headline_restates_pairs_with_the_bodys_statement() -> None:
    """New-user trial 94 and code review 94: the Korean 763명 paired with the Chinese headline's
    763名, and the body's own 763名犯罪嫌疑人 was left Chinese-only, though a restated figure is one
    claim. The pair goes to the body's statement, and the headline's is the recap."""
    from align.comparison.compare import compare_documents

    realnews = DATA / "realnews"
    ko = segment_file(realnews / "myanmar-53000-2024.ko.txt", "ko")
    zh = segment_file(realnews / "myanmar-53000-2024.zh.txt", "zh")
    rows = [row for row in compare_documents(ko, zh, GLOSSARY).records() if "763" in (row["ko_value"] + row["zh_value"])]
    assert [(row["ko_value"], row["zh_value"], row["verdict"]) for row in rows] == [("763명", "763名", Verdict.SAME)]
    assert not zh.sentences[rows[0]["zh_id"]].heading and zh.sentences[0].heading


def test_the_report_shows_the_beads_align_sentences_gives() -> None:
    """New user 96b: on bai-10-handover-2024 the HTML report's table set a Korean quotation on
    cooperation beside a Chinese list of the gangs' crimes (`3+4↔0`, `5+6↔1`, `7+8↔2`: merges on
    background-level evidence, which claim pairing reads), where `align sentences` gives `3→0`,
    `6,7→1`, `8→2`; the report and the translation memory show the latter."""
    from align.alignment.search import align_sentences

    realnews = DATA / "realnews"
    ko, zh = (segment_file(realnews / f"bai-10-handover-2024.{lang}.txt", lang).sentences for lang in ("ko", "zh"))
    comparison = compare_reports(ko, zh, GLOSSARY)
    assert list(comparison.beads) == align_sentences(ko, zh, GLOSSARY)
    assert [(b.ko, b.zh) for b in comparison.beads if b.ko and b.zh] == [((3,), (0,)), ((6, 7), (1,)), ((8,), (2,))]


@pytest.mark.parametrize("slug", ["foxhunt-2015", "bai-10-handover-2024", "fraud-391k-2024", "police-day-2021"])
def test_invisible_characters_strewn_in_both_reports_change_no_claim_row(slug: str) -> None:
    """Review 96 and verification 96: zero-width spaces and soft hyphens strewn in real reports cost a
    dispatch credit's dateline row, put the characters in subjects (犯罪 + U+200B + 嫌疑人), read
    `지난` + U+00AD + `해 6월` as no relative year and `最后` + U+200B + `一天` as one day. The rows are
    the rows of the reports without them; the values' offsets index the text as given."""
    from align.comparison.compare import compare_documents
    from align.text.segment import segment_document

    realnews = DATA / "realnews"
    texts = {lang: (realnews / f"{slug}.{lang}.txt").read_text(encoding="utf-8") for lang in ("ko", "zh")}
    strewn = {lang: "".join(ch + ("\u200b" if i % 5 == 4 else "\u00ad" if i % 11 == 10 else "") for i, ch in enumerate(text)) for lang, text in texts.items()}

    def rows(source: dict[str, str]) -> list[tuple[object, ...]]:
        comparison = compare_documents(segment_document(source["ko"], "ko"), segment_document(source["zh"], "zh"), GLOSSARY)
        for pair in comparison.pairs:
            for claim, sentences in ((pair.ko, comparison.ko), (pair.zh, comparison.zh)):
                if claim is not None and not claim.credit:
                    assert "\u200b" not in sentences[claim.sentence].text[claim.figure.start : claim.figure.end][:1]
        return [(r["subject"], r["ko_value"], r["zh_value"], r["verdict"]) for r in comparison.records()]

    assert rows(strewn) == rows(texts)


def test_reports_that_share_a_value_or_none_and_tell_no_sentence_alike_are_warned_about() -> None:
    """Real Korean reports beside Chinese reports of other police stories (developed pairs) were not
    warned about: they share one value or none, or two that the claims' rules let pass, and their
    sentences align only as well as police reports' words let any two do; no sentence pair reaches
    `unrelated_background` times that. Their own counterparts are not warned about."""
    realnews = DATA / "realnews"

    def comparison(ko: str, zh: str):  # type: ignore[no-untyped-def]
        return compare_reports(
            segment_file(realnews / f"{ko}.ko.txt", "ko").sentences,
            segment_file(realnews / f"{zh}.zh.txt", "zh").sentences,
            GLOSSARY,
        )

    for ko, zh in (("mps-overseas-fraud-alert-2018", "mps-429-smuggling-2015"), ("drunk-driving-hlj-2024", "qingming-2019"), ("myanmar-31000-2023", "mps-110-2012")):
        unrelated = comparison(ko, zh)
        warning = unrelated.unrelated_warning() or ""
        assert "no sentence of one is told by the other" in warning, (ko, zh)
        assert unrelated.unrelated_warning(replace(unrelated.settings, unrelated_background=0.0)) is None, (ko, zh)  # (the start's rules)
        assert comparison(ko, ko).unrelated_warning() is None


def test_the_python_api_refuses_a_report_written_in_the_other_language_naming_it() -> None:
    """New user 98 (defect 5): `compare_documents(zh_read_as_ko, zh)` compared a Chinese report with
    itself (7 `same`, no warning) where `align compare` refuses the files; the API now makes the
    command's check (`written_in`) and says which document is in which language."""
    from align.comparison.compare import compare_documents
    from align.errors import LanguageError

    realnews = DATA / "realnews"
    ko, zh = segment_file(realnews / "foxhunt-2015.ko.txt", "ko"), segment_file(realnews / "foxhunt-2015.zh.txt", "zh")
    zh_as_ko = segment_file(realnews / "foxhunt-2015.zh.txt", "ko", lang_check=False)
    glossary = bundled_glossary()
    with pytest.raises(ValueError, match=r"foxhunt-2015\.zh\.txt: given as the Korean report, but it is written in Chinese \(or pass lang_check=False\)$"):
        compare_documents(zh_as_ko, zh, glossary)
    with pytest.raises(LanguageError, match=r"foxhunt-2015\.zh\.txt: the Korean input is Chinese and the Chinese input Korean: give the Korean report first"):
        compare_documents(zh, ko, glossary)
    # the same check for sentences given as plain text, and the opt-out
    zh_texts = [sentence.text for sentence in zh.sentences]
    with pytest.raises(LanguageError, match=r"^ko: given as the Korean report, but it is written in Chinese"):
        compare(zh_texts, zh.sentences, glossary)
    assert compare_documents(zh_as_ko, zh, glossary, lang_check=False).pairs
    assert len(compare(zh_texts, zh.sentences, glossary, lang_check=False)) > 0
    assert compare_documents(ko, zh, glossary).pairs  # the right way round: as before


def test_a_figure_under_an_upper_bound_is_rounded_not_a_contradiction() -> None:
    """New-user trial 98 (second): on a real pair (docpairs k042 / z044) 26.1% against 不到三成 ("under
    30%") was `differs`; the bound is an approximation the figure agrees with."""
    frame = compare(["피해자는 2,931명으로 집계됐다.", "환급률은 26.1%에 불과했다."], ["受害人不到3000人。", "退还率不到三成。"], bundled_glossary())
    assert sorted(frame.verdict) == ["rounded", "rounded"]


def test_a_drug_named_on_both_sides_is_the_subject_of_a_contradiction() -> None:
    # new-user trial 4 (a Hong Kong Korean weekly and Now新聞台 on a cocaine seizure): the seized cocaine is 약 380kg in
    # one report and 386公斤 in the other, in sentences the alignment does not pair; the drug's name (a glossary term
    # now) says they weigh the same thing, so the two figures are one row that differs, not two one-sided ones
    from align.comparison.claims import extract_claims

    ko = extract_claims(["홍콩 경찰은 마약 창고를 급습해 약 380kg의 코카인과 소량의 케타민을 압수했다."], "ko", bundled_glossary())
    zh = extract_claims(["行動中共檢獲386公斤懷疑可卡因,市值約3億元。"], "zh", bundled_glossary())
    assert {t.ko for t in ko[0].terms} & {t.ko for t in zh[0].terms} == {"코카인"}


def _chinese_only(comparison: Comparison) -> list[str]:
    """The figures of a comparison's Chinese-only rows, in order."""
    return [p.zh.figure.text for p in comparison.pairs if p.zh is not None and p.ko is None]


@pytest.mark.parametrize(
    ("ko", "zh"),
    [
        (["형사사건은 동기대비 10% 하락했다."], ["全市刑事案件同比下降10%。", "全市交通事故同比下降10%。"]),
        (["경찰은 범죄혐의자 3명을 검거했다."], ["警方抓获犯罪嫌疑人3名。", "另有犯罪嫌疑人3名在逃，警方正在追捕。"]),
        (["경찰은 피의자 2명을 구속했다.", "또 피의자 2명을 불구속 입건했다."], ["警方依法刑事拘留犯罪嫌疑人2名。"]),
    ],
)
def test_the_same_number_said_of_two_things_is_two_claims(ko: list[str], zh: list[str]) -> None:
    """The review of this session: two falls of 10% (crimes, accidents), three suspects caught and three
    at large, two suspects held and two booked were each made one claim by the four letters before
    them (同比下降, 犯罪嫌疑人, 피의자); a lead says a figure again only over six letters or more."""
    comparison = compare_reports(ko, zh, GLOSSARY)
    assert not comparison.restated
    assert sum(1 for p in comparison.pairs if (p.ko is None) != (p.zh is None)) == 1


def test_a_headline_s_bare_figure_restates_the_body_s_figure_with_its_unit() -> None:
    """New-user trial 7 (广州日报 and 明報 on counterfeit-money raids): the headline's 缴获假币2.1亿 drops the 元 its
    body writes (缴获假币2.1亿元) and was a one-sided row beside the pair of the body's."""
    zh = segment_document("广东破获特大假币案 缴获假币2.1亿\n警方共缴获假币2.1亿元,抓获犯罪嫌疑人12名。\n", "zh").sentences
    ko = segment_document("광둥 경찰, 위조지폐 조직 검거\n경찰은 위조지폐 2억1000만 위안을 압수했다.\n", "ko").sentences
    comparison = compare_reports(ko, zh, GLOSSARY)
    assert "2.1亿" not in _chinese_only(comparison)
    assert [(r.claim.figure.text, r.of.figure.text) for r in comparison.restated] == [("2.1亿", "2.1亿元")]


@pytest.mark.parametrize(
    ("credit", "lang"),
    [("입력 2018.04.24. 오후 1:54", "ko"), ("2018년 04월 24일 (화) 13:54", "ko"), ("发布时间：2023年01月08日 10时30分", "zh")],
)
def test_a_posting_time_in_other_forms_is_no_dateline(credit: str, lang: str) -> None:
    """The review of this session: a posting time with a part of the day, a weekday or the clock in words
    between or after the date was still a dateline; a dispatch's stays one."""
    from align.comparison.claims import credit_claims

    assert credit_claims(credit, lang) == []
    assert [c.figure.text for c in credit_claims("新华社北京9月24日电", "zh")] == ["9月24日"]


@pytest.mark.parametrize(
    "zh",
    [
        ["5日,民警在城东一家网吧内抓获犯罪嫌疑人3名。", "7日,民警在城郊一处出租屋内抓获犯罪嫌疑人3名。"],
        ["今年以来,全市共发生抢劫案件12起,破获抢劫案件12起,破案率达100%。"],
        ["警方共抓获电信网络诈骗犯罪嫌疑人12名。", "目前,12名犯罪嫌疑人已被检察机关批准逮捕。"],
        ["案例一:民警在某小区抓获涉嫌入室盗窃的犯罪嫌疑人3名。", "案例二:民警在某市场当场抓获犯罪嫌疑人3名。"],
    ],
)
def test_the_same_count_of_the_same_subject_said_of_two_events_is_two_claims(zh: list[str]) -> None:
    """Review 100 of a rule withdrawn: a count said again of the same glossary subject is not enough to
    make it a restatement (two days, occurred and solved, arrested and approved for arrest, two cases):
    each keeps its row."""
    comparison = compare_reports(["경찰은 모두 10명을 검거했다."], zh, bundled_glossary())
    assert comparison.restated == ()

def test_a_pair_of_sums_is_labelled_in_the_currency_both_are_read_in() -> None:
    """Trial 10: 인민넷's 3만원 renders 耿万喜骗取3万元 (the yuan, as the Chinese-Korean press writes it) and
    was labelled `money:krw`; a Hong Kong report's bare 4400萬元 beside 4400만 홍콩달러 is the HK dollar."""
    from align.comparison.compare import comparison_records

    for ko, zh, unit in [
        ("1985년 경만희는 3만원을 사취했다.", "1985年,耿万喜骗取3万元。", "money:yuan"),
        ("사기단의 범죄 금액은 4400만 홍콩달러에 달했다.", "詐騙集團涉案金額為4400萬元。", "money:hkd"),
        ("피해액은 5억원이다.", "损失5亿韩元。", "money:krw"),
    ]:
        comparison = compare_reports([ko], [zh], bundled_glossary())
        records = comparison_records(comparison.pairs, comparison.ko, comparison.zh)
        assert [r["unit"] for r in records if r["ko_value"] and r["zh_value"] and r["unit"].startswith("money")] == [unit], (ko, zh)


def test_a_time_with_pinyin_glued_in_and_storeys_pair_as_the_reports_state_them() -> None:
    """Trial 20: a repost's `16時(shí)10分` read as `16時` and a bare `10` (`rounded` against
    `16시 10분`, where a later time must differ); `11层` unread paired with `10여 명` as people."""
    from align.comparison.compare import compare_documents
    from align.text.segment import segment_document

    ko = segment_document("당일 16시 10분, 광산에서 폭발이 일어나 11명이 숨졌다. 건물이 무너져 10여 명이 건물더미에 깔렸다.\n", "ko")
    zh = segment_document("6月5日16時(shí)10分,鐵礦發(fā)生爆炸,死亡11人。该市场位于一个总高11层的建筑下,建筑坍塌。\n", "zh")
    rows = {(p.ko.figure.text if p.ko else None, p.zh.figure.text if p.zh else None, p.verdict) for p in compare_documents(ko, zh, GLOSSARY).pairs}
    assert ("16시 10분", "16時10分", "same") in rows
    assert not any(zh_text == "10" for _, zh_text, _ in rows)
    assert not any(ko_text == "10여 명" and zh_text is not None for ko_text, zh_text, _ in rows)


def test_a_subject_matched_past_a_pinyin_reading_is_shown_without_it() -> None:
    """The glossary terms read past a repost's pinyin readings (`火災(zāi)事故`) name the claim's subject
    as a reader sees it, without the reading."""
    from align.comparison.claims import extract_claims

    claims = extract_claims(["这起火災(zāi)事故造成20人死亡。"], "zh", GLOSSARY)
    assert all("(" not in claim.subject for claim in claims)


def test_a_tolls_cut_off_time_is_no_contradiction_of_the_events_time() -> None:
    """Trial 23 (a quake): the quake's time `16시 55분` was set against the other report's cut-off for its
    toll, `截至今(23)日15時30分`, as `differs`."""
    comparison = compare_reports(
        ["베이징시간으로 11월 22일 16시 55분 캉딩현에서 규모 6.3 지진이 발생했다.", "잠정 집계 결과 23일 22시까지 5명이 사망하고 54명이 부상을 입었다."],
        ["四川康定6.3級地震第二天,據當地政府初步核查,截至今(23)日15時30分,已造成5人死亡,54人受傷。"],
        GLOSSARY,
    )
    assert not any(p.ko and p.zh and p.ko.figure.text == "16시 55분" for p in comparison.pairs)
    assert {(p.ko.figure.text, p.zh.figure.text) for p in comparison.pairs if p.ko and p.zh} >= {("5명", "5人"), ("54명", "54人")}


@pytest.mark.parametrize(
    ("ko", "zh", "expected"),
    [
        (["중국 허난성 정저우시의 한 화학공장에서 5일 폭발 사고가 발생해 3명이 숨지고 12명이 다쳤다."], ["河南郑州一化工厂爆炸致3死12伤", "5日，河南省郑州市一家化工厂发生爆炸事故，共造成死亡3人、受伤12人。"], {("3명", "3死|3人"), ("12명", "12伤|12人")}),
        (["5일 광둥성 선전시의 한 주택가에서 가스 폭발 사고가 일어나 2명이 숨지고 7명이 다쳤다."], ["5日，广东省深圳市一居民区发生燃气爆炸事故，事故致2死7伤。"], {("2명", "2死"), ("7명", "7伤")}),
        (["5일 오후 평택시의 한 물류창고에서 불이 나 작업자 3명이 중상을 입고 병원으로 옮겨졌다."], ["5日下午，平泽市一座物流仓库发生火灾，3名工人受伤，伤势较重，已被送往医院。"], {("3명", "3名")}),
        (["5일 새벽 부산 해운대구의 한 아파트에서 불이 났으나 출동한 소방관들이 3명의 목숨을 구했다."], ["5日凌晨，釜山海云台区一栋公寓发生火灾，出动的消防员成功救出3名伤者。"], {("3명", "3名")}),
    ],
)
def test_a_fate_written_in_a_units_place_before_the_count_or_as_a_subtype_still_pairs(ko: list[str], zh: list[str], expected: set[tuple[str, str]]) -> None:
    """Review 103b: `3死12伤` read the 3 as injured, `死亡3人、受伤12人` the 3 as injured, `중상` never met `受伤`,
    `3명의 목숨을 구했다` (lives saved) was dead: each split an agreeing pair in two one-sided rows."""
    comparison = compare_reports(ko, zh, GLOSSARY)
    same = {p.ko.figure.text: p.zh.figure.text for p in comparison.pairs if p.ko and p.zh and p.verdict == "same"}
    assert all(same.get(korean, "") in chinese.split("|") for korean, chinese in expected), same  # (a headline's 3死 or the body's 3人: the same deaths)


def test_fates_read_at_each_counts_own_place() -> None:
    """Reviews 103c and 103d: a toll with its breakdown in brackets (`사상자 15명(사망 3명, 부상 12명)`) took the
    breakdown's fate; two counts of one value (`3人死亡、3人受伤`) both read the first's; `중경상` and `轻重伤`
    (the injured, both) never paired; `故意伤害` (harm) was an injury."""
    from align.comparison.claims import fate_of

    def fate(text: str, figure: str, occurrence: int = 0) -> str | None:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(figure, at + 1)
        return fate_of(text, at, at + len(figure))

    assert fate("사상자 15명(사망 3명, 부상 12명)", "15명") == "casualties" and fate("사상자 15명(사망 3명, 부상 12명)", "3명") == "dead"
    assert fate("伤亡15人（死亡3人、受伤12人）", "15人") == "casualties"
    assert fate("事故造成3人死亡、3人受伤", "3人") == "dead" and fate("事故造成3人死亡、3人受伤", "3人", 1) == "injured"
    assert fate("以故意伤害罪将3人刑拘", "3人") is None
    assert fate("5명이 숨지고 2명이 연락 두절됐다.", "2명") != "dead"  # 숨지고 tells the 5's fate, not the 2's (trial 23 re-run)
    assert fate("사망자 22명, 부상자 3명", "3명") == "injured" and fate("导致5人遇难、2人失联", "2人") == "missing"
    # review 103e: the word naming a count right before it wins over the next item's (`사망자 3명과 부상자 5명`), and `·` parts items
    assert fate("사망자 3명과 부상자 5명", "3명") == "dead" and fate("사망 4명·부상 12명", "4명") == "dead" and fate("사망 3명·실종 2명", "2명") == "missing"
    comparison = compare_reports(["화재로 3명이 중경상을 입었다."], ["火灾造成3人轻重伤。"], GLOSSARY)
    assert [(p.ko.figure.text, p.zh.figure.text) for p in comparison.pairs if p.ko and p.zh] == [("3명", "3人")]


def test_a_count_of_people_of_no_fate_never_contradicts_the_dead() -> None:
    """Review 104d: `승객 40명` was set against `3人死亡` as `differs` (once an unfated count could differ
    from the dead again), and the real contradiction of the dead was left unpaired."""
    comparison = compare_reports(
        ["버스가 강으로 추락해 승객 40명 가운데 2명이 숨졌다."], ["大巴坠河，车上40名乘客中3人死亡。"], GLOSSARY
    )
    paired = {(p.ko.figure.text, p.zh.figure.text, str(p.verdict)) for p in comparison.pairs if p.ko and p.zh}
    assert ("40명", "3人", "differs") not in paired and ("2명", "3人", "differs") in paired
    # the dead said of them all further on in the clause are the dead (review 104b)
    far = compare_reports(["공장 폭발로 작업자 3명이 병원으로 옮겨졌으나 모두 숨졌다."], ["工厂发生爆炸，事故造成5人死亡。"], GLOSSARY)
    assert [(p.ko.figure.text, p.zh.figure.text, str(p.verdict)) for p in far.pairs if p.ko and p.zh] == [("3명", "5人", "differs")]
