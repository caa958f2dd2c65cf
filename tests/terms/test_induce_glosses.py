import pytest

from align.terms.induce.glosses import abbreviation_pairs, chinese_parenthetical_pairs, parenthetical_pairs


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("전 성 공안기관은 ‘교통순라소(交巡所)’ 경찰력 협력체계를 추진하여", [("교통순라소", "交巡所")]),
        ("‘1문 1창구 처리(一门一窗通办)\"를 주체로하고", [("1문 1창구 처리", "一门一窗通办")]),
        ("'1,000명 법제 경찰 1만권 열독(法制千警阅万卷)' 활동을", [("1,000명 법제 경찰 1만권 열독", "法制千警阅万卷")]),
        ("시, 현 2급 정무봉사중심(政务服务中心)에 입주", [("정무봉사중심", "政务服务中心")]),
        ("괄호 안 한 글자(非)는 용어가 아니다", []),
        # a word with a particle ends the noun phrase
        ("신방사업에서 백성시공안국은 공소(控申) 령역에서", [("공소", "控申")]),
        # a quotation that has just closed
        ("‘3류 사건’(三类可防性案件)은 40% 하락했다", [("3류 사건", "三类可防性案件")]),
        # a gloss inside a word: a term before an administrative level, a fragment otherwise
        ("중국 지린(吉林)성 퉁화(通化)시 공안국이", [("지린", "吉林"), ("퉁화", "通化")]),
        ("지린성 남동부 창바이(長白)산 지역에", []),
        # a straight quote closed earlier does not open the extent; a long quotation is no term
        ("'가장 안전한 성(省) 만들기' 방침에 맞춰 현지 매체 중국지린망(中國吉林網)이 보도했다", [("중국지린망", "中國吉林網")]),
        ("\"한 목격자는 사람들이 무리를 이루어 거리를 배회하는 비슈케크(比什凯克)", [("비슈케크", "比什凯克")]),
    ],
)
def test_korean_text_with_chinese_glosses(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert parenthetical_pairs(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("全省在社区新建警务室（경무실）3.2万个", [("경무실", "警务室")]),
        ("推进“交巡所”（교통순라소）警力协同机制", [("교통순라소", "交巡所")]),
        ("全省推进网格员（격자원）制度", [("격자원", "网格员")]),  # nothing read: the shortest dictionary word
        ("5月（월요일）开会", []),  # a single character is no phrase
    ],
)
def test_chinese_text_with_korean_glosses(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert chinese_parenthetical_pairs(sentence) == expected


def test_same_abbreviation_on_both_sides() -> None:
    assert abbreviation_pairs("미국 지질조사국(USGS)에 따르면 지진이", "据美国地质调查局（USGS）称") == [("미국 지질조사국", "美国地质调查局")]
    # the Chinese extent is widened rather than cut inside a word (创伤, not 伤后)
    assert abbreviation_pairs("외상 후 스트레스 장애(PTSD)를 겪는", "患有创伤后应激障碍（PTSD）的") == [("외상 후 스트레스 장애", "创伤后应激障碍")]
    # different abbreviations, or none on the Chinese side, pair nothing
    assert abbreviation_pairs("인공지능(AI) 기술", "人工智能（ML）技术") == []
    assert abbreviation_pairs("인공지능(AI) 기술", "人工智能技术") == []
