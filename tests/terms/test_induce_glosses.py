import pytest

from align.terms.induce.glosses import abbreviation_pairs, chinese_parenthetical_pairs, parenthetical_pairs, quoted_pairs


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
        # names in title brackets: the bracket is not part of the term (a 길림신문 report on fake health food)
        ("주요하게 《금기캡술(金杞胶囊)》, 《옥황환(玉黄丸)》이란 보건품이였다.", [("금기캡술", "金杞胶囊"), ("옥황환", "玉黄丸")]),
        # a transliterated name shares little with the reading, but the gloss renders all of it (a 길림신문
        # report of a Harbin hotel fire); a word or two fewer than the Chinese has characters is missing words
        ("베이룽 온천 레저 호텔(北龙温泉休闲酒店)에서 화재가 발생하여", [("베이룽 온천 레저 호텔", "北龙温泉休闲酒店")]),
        ("경찰은 신형 보이스피싱(电信诈骗) 범죄를", [("보이스피싱", "电信诈骗")]),
        # a phrase that reads the Chinese from its start is not lengthened by the words before it
        ("이번 전화사기(电信网络诈骗) 사건은", [("전화사기", "电信网络诈骗")]),
        ("화재 원인 조사 결과 누전(电气线路短路故障)으로 밝혀졌다", [("누전", "电气线路短路故障")]),
        # a source credit after the sentence's end glosses no word
        ("화재는 호텔 2층 주방에서 유발됐다.(新京报)", []),
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


@pytest.mark.parametrize(
    "korean, chinese, expected",
    [
        # real headlines and sentences (tests/data/compare, tests/data/realnews)
        ("中 퉁화시 공안국 \"'8대 향상'으로 평안한 산간 도시 만든다\"", "聚焦“八大提升” 建设平安山城", [("8대 향상", "八大提升", True)]),
        ("공안부는 ‘여우사냥행동’을 전개해 혐의자 5명을 송환했다.", "公安部“猎狐行动”工作组将5名嫌疑人押解回国。", [("여우사냥행동", "猎狐行动", True)]),
        # a name quoted twice is one name (tests/data/compare/jilin-5years)
        (
            "‘교정안전 수호’ 행동을 깊이있게 전개하고 ‘교정안전 수호’기제를 지속적으로 최적화하여 루계로 ‘고정안전수호 일터’4,457개를 설립하여",
            "同时，深入开展“护校安园”行动，累计设立“护学岗”4457个，守护广大师生上下学安全。",
            [("교정안전 수호", "护校安园", False), ("고정안전수호 일터", "护学岗", False)],  # from a list: weaker
        ),
        # a name read aloud is left to the readings; speech is no name; unequal counts pair nothing
        ("‘평안통화’ 건설을 추진했다.", "推进“平安通化”建设。", []),
        ("그는 “시민의 안전이 최우선이다.”라고 말했다.", "他说：“市民安全第一。”", []),
        ("‘3개 전면 보급’과 ‘8대 향상’을 추진했다.", "推进“三个全覆盖”。", []),
        # a straight quote before a digit is a year's ('24년), not a quotation's
        ("경찰은 '24년 상반기 '보이스피싱' 피해가 줄었다고 밝혔다.", "警方称“电信诈骗”案件下降。", [("보이스피싱", "电信诈骗", True)]),
    ],
)
def test_names_quoted_on_both_sides_of_a_bead(korean: str, chinese: str, expected: list[tuple[str, str, bool]]) -> None:
    assert quoted_pairs(korean, chinese) == expected


def test_a_glossed_name_and_its_level_pair_with_the_chinese_name_the_level_reads() -> None:
    """Trial 22: `판저우(盤州)시 판관(盤關)진` gave only 판저우 = 盘州 and 판관 = 盘关, the Chinese writing 盘州市
    and 盘关镇 verbatim."""
    from align.terms.induce.glosses import level_pairs

    sentence = "판저우(盤州)시 판관(盤關)진 탄광에서 불이 났다."
    assert level_pairs(sentence, "盘州市盘关镇煤矿发生火灾。") == [("판저우시", "盘州市"), ("판관진", "盘关镇")]
    assert level_pairs(sentence, "盘州盘关煤矿发生火灾。") == []  # the Chinese writes no level
    assert level_pairs("창바이(長白)산에서 불이 났다.", "长白山发生火灾。") == []  # 산 is no administrative level


def test_a_word_the_level_syllable_starts_is_no_level() -> None:
    """Review 102e: `마르크스(馬克思)주의` gave 마르크스주 ~ 马克思主 (주의 read as the level 주 and a particle)."""
    from align.terms.induce.glosses import level_pairs

    assert level_pairs("마르크스(馬克思)주의를 공부했다.", "学习马克思主义。") == []
    assert level_pairs("난징(南京)시 정부는 밝혔다.", "南京市政府表示。") == [("난징시", "南京市")]  # 市政 of 市政府 (review 102f)
