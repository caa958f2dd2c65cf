import pytest

from align.glossary import BUNDLED, load_glossary
from align.induce import induce_terms, korean_stem, parenthetical_pairs
from align.merge import merge_candidates
from align.pairs import document_pairs
from align.errors import AlignError

from .test_alignment import FLORES_KO, FLORES_ZH
from .test_glossary import SMALL


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("전 성 공안기관은 ‘교통순라소(交巡所)’ 경찰력 협력체계를 추진하여", [("교통순라소", "交巡所")]),
        ("‘1문 1창구 처리(一门一窗通办)\"를 주체로하고", [("1문 1창구 처리", "一门一窗通办")]),
        ("'1,000명 법제 경찰 1만권 열독(法制千警阅万卷)' 활동을", [("1,000명 법제 경찰 1만권 열독", "法制千警阅万卷")]),
        ("시, 현 2급 정무봉사중심(政务服务中心)에 입주", [("정무봉사중심", "政务服务中心")]),
        ("괄호 안 한 글자(非)는 용어가 아니다", []),
    ],
)
def test_parenthetical_glosses(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert parenthetical_pairs(sentence) == expected


@pytest.mark.parametrize("word, stem", [("민경들이", "민경"), ("건설하고", "건설"), ("파출소에서", "파출소"), ("경무실을", "경무실"), ("추진하였다", "추진")])
def test_korean_stems(word: str, stem: str) -> None:
    assert korean_stem(word) == stem


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
    assert candidates == sorted(candidates, key=lambda c: (-c.score, -c.count, c.ko, c.zh))


def test_known_pairs_are_marked() -> None:
    ko, zh = ["경무실을 새로 건설했다."], ["新建警务室。"]
    candidates = induce_terms([(ko, zh)], load_glossary(BUNDLED))
    assert any(c.ko == "경무실" and c.known for c in candidates)


def test_merge_appends_and_refuses(tmp_path) -> None:
    glossary = tmp_path / "g.tsv"
    glossary.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    candidates = tmp_path / "c.tsv"
    candidates.write_text(
        "ko\tzh\tscore\tevidence\n"
        "격자원\t网格员\t0.8\tcooccurrence\n"
        "경무실\t警务室\t0.9\thanja\n"
        "경무실\t警务站\t0.9\thanja\n"
        "기층\t基层\t0.2\thanja\n",
        encoding="utf-8",
    )
    report = merge_candidates(candidates, glossary, 0.5, "post")
    assert report.added == 1 and report.below == 1
    assert any("duplicate" in m for m in report.refused) and any("conflict" in m for m in report.refused)
    merged = load_glossary(glossary)
    assert any(t.ko == "격자원" and t.zh_hans == "网格员" and t.kind == "post" for t in merged.terms)


def test_document_pairs(tmp_path) -> None:
    (tmp_path / "a.ko.txt").write_text("가", encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "b.ko.txt").write_text("나", encoding="utf-8")
    assert document_pairs(tmp_path, None, None) == [(tmp_path / "a.ko.txt", tmp_path / "a.zh.txt")]
    listing = tmp_path / "pairs.tsv"
    listing.write_text("a.ko.txt\ta.zh.txt\nbad line\n", encoding="utf-8")
    with pytest.raises(AlignError, match=r"pairs.tsv:2"):
        document_pairs(None, None, listing)
