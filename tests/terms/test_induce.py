from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from align.corpus.listing import document_pairs
from align.errors import AlignError
from align.script.keys import to_simplified
from align.terms.glossary import BUNDLED, load_glossary
from align.terms.induce import (
    Candidate,
    InductionSettings,
    _without_cut_korean,
    _without_inflected_copies,
    _without_phrases,
    _without_truncated_readings,
    induce_terms,
    ranking_key,
)
from align.terms.merge import merge_candidates
from align.text.segment import segment_file
from tests.alignment.test_search import FLORES_KO, FLORES_ZH
from tests.conftest import DATA, SMALL

REALNEWS = DATA / "realnews"


def test_hanja_bridge_finds_police_terms_in_aligned_sentences() -> None:
    ko = ["사회구역에 경무실 3만 2,000개를 새로 건설하고 기층 파출소를 강화했다.", "날씨가 좋았다."]
    zh = ["全省在社区新建警务室3.2万个，加强基层派出所。", "天气很好。"]
    pairs = {(c.ko, c.zh): c for c in induce_terms([(ko, zh)])}
    for pair in [("경무실", "警务室"), ("기층", "基层"), ("파출소", "派出所")]:
        assert pair in pairs and "hanja" in pairs[pair].evidence


def test_cooccurrence_finds_terms_that_are_not_readings() -> None:
    candidates = induce_terms([(FLORES_KO, FLORES_ZH)])
    found = {(c.ko, c.zh) for c in candidates if "cooccurrence" in c.evidence}
    assert found, "no co-occurrence candidates"
    assert all(c.score <= 1 for c in candidates)
    assert candidates == sorted(candidates, key=ranking_key)


def test_residuals_find_a_rendering_that_is_not_a_reading() -> None:
    # real sentences (tests/data/realnews): 사기 (詐欺) renders 诈骗 inside three different compounds
    ko = [
        "온라인 사기범죄 조직 두목 6명을 넘겼다.",
        "해외 사기집단 배후, 두목과 골간 263명이 포함되여 있다.",
        "중국 공민에 대해 전신사기를 진행한다는 것이였다.",
        "법에 따라 사기 관련 인원을 나포했다.",
    ]
    zh = ["移交网络诈骗犯罪集团头目6名。", "其中包括诈骗集团幕后金主、头目和骨干263名。", "对中国公民进行电信诈骗。", "依法抓捕涉诈人员。"]
    found = {(c.ko, c.zh): c for c in induce_terms([(ko, zh)])}
    assert ("사기", "诈骗") in found and found[("사기", "诈骗")].evidence == ("residual",)  # never seen in a bead itself
    assert found[("사기", "诈骗")].example_ko in ko


def test_one_compound_is_enough_for_a_residual_that_has_no_rival() -> None:
    # a real pair of independent reports: 용의자 ~ 嫌疑人 is left of one compound (범죄 용의자 ~ 犯罪嫌疑人), nothing else claims either side
    ko, zh = ((DATA / "realnews" / f"guns-crime-2023.{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ko", "zh"))
    found = {(c.ko, c.zh): c for c in induce_terms([(ko, zh)])}
    assert found[("용의자", "嫌疑人")].evidence == ("residual",)


def test_a_co_occurrence_likely_by_chance_ranks_low_but_stays_proposed() -> None:
    # a real pair of independent reports, 12 and 8 sentences on one topic: 미얀마 (Myanmar) is in
    # five aligned sentence pairs and so is 诈骗犯罪 (fraud crime), as likely as 1 in 21 by chance
    ko, zh = ((DATA / "realnews" / f"myanmar-31000-2023.{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ko", "zh"))
    tested = {(c.ko, c.zh): c for c in induce_terms([(ko, zh)])}
    untested = {(c.ko, c.zh): c for c in induce_terms([(ko, zh)], settings=InductionSettings(cooccurrence_chance=1.0))}
    accident = ("미얀마", "诈骗犯罪")
    assert list(untested).index(accident) < 3 and list(tested).index(accident) > 10
    assert tested[accident].score < 0.5 * untested[accident].score
    assert set(tested) == set(untested)  # ranked, not removed: recall at any rank is kept


def test_no_term_ends_in_a_function_character_unless_a_word_ends_there() -> None:
    # real reports (tests/data/realnews): 사기 reads 查其 in 查其全部违法犯罪事实 ("investigate all its…");
    # 범죄행위 reads 犯罪行为, whose 为 ends the word 行为
    def found(slug: str) -> set[tuple[str, str]]:
        ko, zh = ((DATA / "realnews" / f"{slug}.{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ko", "zh"))
        return {(c.ko, c.zh) for c in induce_terms([(ko, zh)])}

    assert ("사기", "查其") not in found("myanmar-31000-2023")
    hlj = found("drunk-driving-hlj-2024")
    assert ("범죄행위", "犯罪行为") in hlj and ("범죄행", "犯罪行") not in hlj


def test_a_verb_form_beside_its_stem_is_no_second_candidate() -> None:
    # real reports (tests/data/realnews): 규모화한 (규모화 with 한 fused in) beside 규모화 ~ 规模化,
    # 강화할 beside 강화 ~ 强化; a noun that ends so keeps its last syllable (권한, 피해)
    for slug, verb, stem in (("myanmar-53000-2024", "규모화한", "규모화"), ("drunk-driving-hk-2024", "강화할", "강화")):
        ko, zh = ((DATA / "realnews" / f"{slug}.{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ko", "zh"))
        found = {c.ko for c in induce_terms([(ko, zh)])}
        assert stem in found and verb not in found


def test_only_a_copy_of_the_same_pair_is_folded() -> None:
    def candidate(ko: str, zh: str) -> Candidate:
        return Candidate(ko, zh, 0.5, ("hanja",), 1, "", "", False, 1.0)

    kept = _without_inflected_copies([candidate("강화", "强化"), candidate("강화할", "强化"), candidate("강화된", "加强"), candidate("피해", "损害"), candidate("권한", "权限")])
    assert [(c.ko, c.zh) for c in kept] == [("강화", "强化"), ("강화된", "加强"), ("피해", "损害"), ("권한", "权限")]


def test_a_verb_form_whose_stem_the_chinese_reads_is_given_as_the_stem() -> None:
    def candidate(ko: str, zh: str) -> Candidate:
        return Candidate(ko, zh, 0.5, ("hanja",), 1, "", "", False, 1.0)

    # 자수한 ~ 自首: the Chinese reads 자수 and not 한, a fused 하다 ending; 강화된 ~ 加强 reads no stem,
    # and 권한 ~ 权限 is read whole
    kept = _without_inflected_copies([candidate("자수한", "自首"), candidate("강화된", "加强"), candidate("권한", "权限"), candidate("공안부", "公安")])
    assert [(c.ko, c.zh) for c in kept] == [("자수", "自首"), ("강화된", "加强"), ("권한", "权限"), ("공안부", "公安")]
    # a stem given twice (자수한 and 자수할 for the same Chinese) stays one candidate
    assert [(c.ko, c.zh) for c in _without_inflected_copies([candidate("자수한", "自首"), candidate("자수할", "自首")])] == [("자수", "自首")]
    # a real report (held-out pair foxhunt-857-2024 shows it; checked here on the sentence alone)
    found = {(c.ko, c.zh) for c in induce_terms([(["그는 경찰에 자수한 것으로 알려졌다."], ["他已向警方自首。"])])}
    assert ("자수한", "自首") not in found and ("자수", "自首") in found
    # the renamed pair is known when the glossary has the stem's pair, and no longer when it had only the verb form
    renamed = _without_inflected_copies([candidate("자수한", "自首")], known={("자수", "自首")})
    assert [(c.ko, c.known) for c in renamed] == [("자수", True)]
    was_known = replace(candidate("자수한", "自首"), known=True)
    assert [(c.ko, c.known) for c in _without_inflected_copies([was_known], known={("자수한", "自首")})] == [("자수", False)]


def test_a_reading_cut_short_beside_the_full_one_is_no_candidate() -> None:
    # real reports (tests/data/realnews guns-crime-2023): 공안부 ~ 公安 beside 공안부 ~ 公安部, the text writing 公安部
    ko, zh = ((DATA / "realnews" / f"guns-crime-2023.{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ko", "zh"))
    found = {(c.ko, c.zh) for c in induce_terms([(ko, zh)])}
    assert ("공안부", "公安部") in found and ("공안", "公安") in found and ("공안부", "公安") not in found
    # near miss: a glossary's pair stays, a contraction in use (정법위원회 ~ 政法委 where the text writes 政法委员会)
    def candidate(ko: str, zh: str, known: bool = False) -> Candidate:
        return Candidate(ko, zh, 0.5, ("hanja",), 1, "", "", known, 1.0)

    texts = ["市委政法委员会召开会议。"]
    kept = _without_truncated_readings([candidate("정법위원회", "政法委员会"), candidate("정법위원회", "政法委", known=True), candidate("공안부", "公安")], texts)
    assert [(c.ko, c.zh) for c in kept] == [("정법위원회", "政法委员会"), ("정법위원회", "政法委"), ("공안부", "公安")]  # 公安部 is no candidate here


def test_a_phrase_with_a_particle_inside_or_a_modifier_ending_is_no_term() -> None:
    # real reports (tests/data/realnews): 전국의 공안 ("the country's public security") and 공안부의
    # 직접적인 read their Chinese with the particle's phrase boundary inside; 집중적인 is an adjective
    # form. Their terms stay candidates: 공안 ~ 公安, 공안부 ~ 公安部
    found = set()
    for slug in ("mps-110-2012", "wenzhou-220-2017", "guns-crime-2023"):
        ko, zh = ((DATA / "realnews" / f"{slug}.{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ko", "zh"))
        found |= {(c.ko, c.zh) for c in induce_terms([(ko, zh)])}
    assert not {ko for ko, _ in found} & {"전국의 공안", "공안부의 직접적인", "작전중심과 반사기중심", "집중적인"}
    assert ("공안부", "公安部") in found and ("공안", "公安") in found
    # near misses: a quoted programme name is a name as written, particles and all (tests/data/compare);
    # a word the Chinese reads whole ends in 의 or 과 as a word, not as a particle (社会主义, 工作会议)
    jilin = REPORTS[0]
    assert ("경찰과 민중의 융합", "警民融合") in {(c.ko, c.zh) for c in induce_terms([jilin])}

    def candidate(ko: str, zh: str) -> Candidate:
        return Candidate(ko, zh, 0.5, ("hanja",), 1, "", "", False, 1.0)

    calques = [candidate("사회주의 핵심가치관", "社会主义核心价值"), candidate("공작회의 정신", "工作会议精神"), candidate("전국의 공안", "全国公安")]
    assert [c.ko for c in _without_phrases(calques)] == ["사회주의 핵심가치관", "공작회의 정신"]


def test_known_pairs_are_marked() -> None:
    ko, zh = ["경무실을 새로 건설했다."], ["新建警务室。"]
    candidates = induce_terms([(ko, zh)], load_glossary(BUNDLED))
    assert any(c.ko == "경무실" and c.known for c in candidates)


def test_a_known_pair_written_in_traditional_script_is_known(tmp_path) -> None:
    """New user 96: `--new-only` proposed 쑤저우 ~ 蘇州 again, its `known` empty, though the glossary had
    쑤저우 ~ 苏州 (`terms merge` refused it as a duplicate): a pair is known whatever the script of
    the text it was found in."""
    glossary = tmp_path / "g.tsv"
    glossary.write_text(SMALL.read_text(encoding="utf-8") + "쑤저우\t苏州\t蘇州\t\tother\t\tuser\n", encoding="utf-8")
    pair = (REALNEWS / "foxhunt-2015.ko.txt").read_text(encoding="utf-8").splitlines(), (REALNEWS / "foxhunt-2015.zh.txt").read_text(encoding="utf-8").splitlines()
    found = {(c.ko, c.zh): c.known for c in induce_terms([pair], load_glossary(glossary))}
    assert found[("쑤저우", "苏州")] is True  # (a gloss in traditional script gives the pair in simplified, as every pair is given)
    assert not [c for c in induce_terms([pair], load_glossary(glossary), new_only=True) if c.ko == "쑤저우"]


def test_a_korean_word_cut_short_gives_way_to_the_word_the_text_writes() -> None:
    """New-user trial 98: foxhunt-2015 writes 임무구역 ("mission area", 임무 + 구역) for 任务区; 임무구,
    a perfect reading of 任务区 that the text never writes alone, ranked 0.65 above 임무구역 (0.457), and
    `terms merge` added it, then refused the real word as a conflict."""
    pair = (REALNEWS / "foxhunt-2015.ko.txt").read_text(encoding="utf-8").splitlines(), (REALNEWS / "foxhunt-2015.zh.txt").read_text(encoding="utf-8").splitlines()
    found = {(c.ko, c.zh) for c in induce_terms([pair], load_glossary(BUNDLED))}
    assert ("임무구역", "任务区") in found and ("임무구", "任务区") not in found
    assert {("외국", "外国"), ("경무연락", "警务联络"), ("공안부", "公安部")} <= found  # cut at two syllables into a morpheme, or at its end: no cut

    def candidate(ko: str, zh: str, known: bool = False) -> Candidate:
        return Candidate(ko, zh, 0.5, ("hanja",), 1, "", "", known)

    texts = ["유엔 임무구역에 파견했다\n임무구역"]
    assert _without_cut_korean([candidate("임무구", "任务区"), candidate("임무구역", "任务区")], texts) == [candidate("임무구역", "任务区")]
    assert len(_without_cut_korean([candidate("임무구", "任务区"), candidate("임무구역", "任务区")], [*texts, "임무구의 경계"])) == 2  # written alone too
    assert len(_without_cut_korean([candidate("임무구", "任务区", known=True), candidate("임무구역", "任务区")], texts)) == 2  # the glossary's pair
    assert len(_without_cut_korean([candidate("임무구", "任务区"), candidate("임무구역", "任务区域")], texts)) == 2  # another Chinese: no rival


def test_merge_appends_and_refuses(tmp_path) -> None:
    glossary = tmp_path / "g.tsv"
    glossary.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    candidates = tmp_path / "c.tsv"
    candidates.write_text(
        "ko\tzh\tscore\tevidence\n"
        "격자원\t网格员\t0.8\tcooccurrence\n"
        "경무실\t警务室\t0.9\thanja\n"
        "경무실\t警务站\t0.9\thanja\n"
        "기층\t基层\t0.2\thanja\n"
        "파 출 소\t派出所\t0.9\thanja\n",
        encoding="utf-8",
    )
    report = merge_candidates(candidates, glossary, 0.5, "post")
    assert report.added == 1 and report.below == 1
    # new user 96: a pair the glossary has, in the candidate's spacing too, is present, not a refusal
    assert report.present == 2 and len(report.refused) == 1 and "conflict" in report.refused[0]
    # review 96: a conflict with a row this merge added names that row's line in the candidates, not a glossary line
    again = tmp_path / "again.tsv"
    again.write_text("ko\tzh\tscore\n기층조직\t基层组织\t0.9\n기층조직\t基层单位\t0.9\n", encoding="utf-8")
    assert merge_candidates(again, glossary, 0.5).refused == [f"{again}:3: conflict: 기층조직 is 基层组织 at {again}:2, not 基层单位"]
    merged = load_glossary(glossary)
    assert any(t.ko == "격자원" and t.zh_hans == "网格员" and t.kind == "post" for t in merged.terms)


def test_merge_finds_a_pair_the_glossary_has_under_any_of_its_rows(tmp_path) -> None:
    """New-user trial 98: 경찰 is a variant of 민경 (民警) and a term of its own (警察) in the bundled
    glossary; merging 경찰 ~ 警察 was refused as a conflict with the first row only, exit 1."""
    glossary = tmp_path / "policing.tsv"
    glossary.write_bytes(BUNDLED.read_bytes())
    candidates = tmp_path / "c.tsv"
    candidates.write_text("ko\tzh\tscore\n경찰\t警察\t0.55\n경찰\t民警\t0.5\n경찰\t警方\t0.5\n", encoding="utf-8")
    report = merge_candidates(candidates, glossary, 0.1)
    assert report.present == 2 and report.added == 0
    assert len(report.refused) == 1 and report.refused[0].startswith(f"{candidates}:4: conflict: 경찰 is 民警 at {glossary}:")
    assert " and 警察 at " in report.refused[0]  # every row the form has is named
    assert glossary.read_bytes() == BUNDLED.read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "tbx", "deepl", "omegat"])
def test_merge_refuses_a_glossary_in_another_format_and_leaves_it_as_it_was(tmp_path, fmt: str) -> None:
    """New-user trial 94: merging into an exported CSV, TBX, DeepL or OmegaT glossary appended blank
    lines (the rows were written in TSV columns the file does not have) and reported them added."""
    from align.terms.export import export_glossary

    exported = tmp_path / f"g.{fmt}"
    exported.write_text(export_glossary(load_glossary(SMALL), fmt), encoding="utf-8")
    before = exported.read_bytes()
    candidates = tmp_path / "c.tsv"
    candidates.write_text("ko\tzh\tscore\tevidence\n격자원\t网格员\t0.8\tcooccurrence\n", encoding="utf-8")
    with pytest.raises(AlignError, match="merge into a TSV"):
        merge_candidates(candidates, exported, 0.5)
    assert exported.read_bytes() == before
    minimal = tmp_path / "minimal.tsv"
    minimal.write_text("\ufeffko\tzh_hans\n경무실\t警务室\n", encoding="utf-8")  # a spreadsheet's byte-order mark (verification 94)
    assert merge_candidates(candidates, minimal, 0.5).added == 1
    assert minimal.read_text(encoding="utf-8").splitlines()[-1] == "격자원\t网格员"


def test_document_pairs(tmp_path) -> None:
    (tmp_path / "a.ko.txt").write_text("가", encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "b.ko.txt").write_text("나", encoding="utf-8")
    assert document_pairs(tmp_path, None, None) == [(tmp_path / "a.ko.txt", tmp_path / "a.zh.txt")]
    listing = tmp_path / "pairs.tsv"
    listing.write_text("a.ko.txt\ta.zh.txt\nbad line\n", encoding="utf-8")
    with pytest.raises(AlignError, match=r"pairs.tsv:2"):
        document_pairs(None, None, listing)
    listing.write_text("a.ko.txt\tmissing.zh.txt\n", encoding="utf-8")
    with pytest.raises(AlignError, match=r"pairs.tsv:1: missing.zh.txt: no such file"):
        document_pairs(None, None, listing)
    # new-user trial 94: a pair listed twice was compared once but written and counted twice
    listing.write_text(f"a.ko.txt\ta.zh.txt\n{tmp_path / 'a.ko.txt'}\t./a.zh.txt\n", encoding="utf-8")
    with pytest.raises(AlignError, match=r"pairs.tsv:2: a pair is listed twice \(line 2 repeats line 1\): list each pair once"):
        document_pairs(None, None, listing)
    (tmp_path / "b.zh.txt").write_text("乙", encoding="utf-8")
    listing.write_text("a.ko.txt\ta.zh.txt\nb.ko.txt\tb.zh.txt\na.ko.txt\ta.zh.txt\nb.ko.txt\tb.zh.txt\n", encoding="utf-8")
    with pytest.raises(AlignError, match=r"pairs.tsv:3: 2 pairs are listed twice \(line 3 repeats line 1, line 4 repeats line 2\)"):
        document_pairs(None, None, listing)


from tests.conftest import COMPARE  # noqa: E402

REPORTS = [
    (
        [s.clean for s in segment_file(COMPARE / f"{name}.ko.txt", "ko").sentences],
        [s.clean for s in segment_file(COMPARE / f"{name}.zh.txt", "zh").sentences],
    )
    for name in ("jilin-5years", "baicheng-review", "antifraud-campaign")
]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(REPORTS), st.integers(0, 40), st.integers(1, 15), st.integers(0, 40), st.integers(1, 15))
def test_candidates_quote_where_they_were_seen(report, ko_start: int, ko_size: int, zh_start: int, zh_size: int) -> None:
    ko, zh = report[0][ko_start : ko_start + ko_size], report[1][zh_start : zh_start + zh_size]
    candidates = induce_terms([(ko, zh)])
    for candidate in candidates:
        assert candidate.ko and candidate.zh and 0 < candidate.score < 1 and candidate.count >= 1
        assert candidate.ko in candidate.example_ko or candidate.ko in candidate.example_zh
        assert to_simplified(candidate.zh) in to_simplified(candidate.example_zh or candidate.example_ko)
        if "aligned" in candidate.evidence:  # then the examples are a sentence and its aligned Chinese
            assert candidate.example_ko and candidate.example_zh
    assert candidates == sorted(candidates, key=ranking_key)
    assert candidates == induce_terms([(ko, zh)])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from("경찰사회구역공안 파출소(交巡所)‘’'\"1,2.3만명에의과및 "), max_size=40), max_size=4),
    st.lists(st.text(alphabet=st.sampled_from("社区民警公安派出所（경무실）“”1.2万名的和 "), max_size=40), max_size=4),
)
def test_any_text_gives_well_formed_candidates(ko: list[str], zh: list[str]) -> None:
    for candidate in induce_terms([(ko, zh)]):
        assert candidate.ko.strip() == candidate.ko and candidate.zh.strip() == candidate.zh
        assert candidate.ko and candidate.zh and 0 < candidate.score < 1


def test_a_gloss_in_traditional_script_and_a_reading_in_simplified_are_one_candidate() -> None:
    """New user 96b: `무한 武漢 0.9 parenthetical` and `무한 武汉 0.55 hanja,aligned` were two rows of one
    pair; the gloss's Chinese is simplified as every candidate's is, and the evidence adds up."""
    pair = (REALNEWS / "malaysia-74-2016.ko.txt").read_text(encoding="utf-8").splitlines(), (REALNEWS / "malaysia-74-2016.zh.txt").read_text(encoding="utf-8").splitlines()
    candidates = induce_terms([pair])
    wuhan = [c for c in candidates if c.ko == "무한"]
    assert [(c.zh, "parenthetical" in c.evidence and "hanja" in c.evidence) for c in wuhan] == [("武汉", True)]
    assert all(c.zh == to_simplified(c.zh) for c in candidates)


def test_a_quoted_name_of_a_traditional_report_is_proposed_in_simplified_characters() -> None:
    """Trial 8: every row's Chinese is simplified, but a quoted pair kept the report's own script (凈網)."""
    ko = ['올해에는 "인터넷환경정화" 전문행동을 조직전개할것이라고 한다.']
    zh = ["今年將組織開展“凈網”專項行動,確保社會治安大局持續穩定。"]
    quoted = [(c.ko, c.zh) for c in induce_terms([(ko, zh)]) if "quoted" in c.evidence]
    assert quoted == [("인터넷환경정화", "净网")]
