import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.text.split import _Regions, quoted_regions, split_chinese, split_korean


def korean(text: str) -> list[str]:
    return [text[s:e] for s, e in split_korean(text)]


def chinese(text: str, **kwargs) -> list[str]:
    return [text[s:e] for s, e in split_chinese(text, **kwargs)]


def test_quote_starts_a_new_sentence() -> None:
    text = '대중의 만족을 첫자리에 놓았다. "1망, 1문, 1회(一网、一门、一次)" 개혁을 지속적으로 심화했다.'
    assert korean(text) == ["대중의 만족을 첫자리에 놓았다.", '"1망, 1문, 1회(一网、一门、一次)" 개혁을 지속적으로 심화했다.']


def test_lone_chinese_character_does_not_end_a_sentence() -> None:
    text = "지난 22일 방송에서는 故 구하라의 금고 도난 사건을 둘러싸고 용의자를 추적했다. 이날 몽타주를 공개했다."
    assert korean(text) == ["지난 22일 방송에서는 故 구하라의 금고 도난 사건을 둘러싸고 용의자를 추적했다.", "이날 몽타주를 공개했다."]


def test_machine_translation_fragments_are_merged() -> None:
    text = "풀뿌리의 '신경 말단'을 활성화했습니다. 사회 거버넌스."
    assert korean(text) == [text]
    text = "병목 현상을 효과적으로 해결했다. ?"
    assert korean(text) == [text]
    text = "보조 활동을 수행합니다. ."
    assert korean(text) == [text]


def test_chinese_korean_spelling_is_not_split() -> None:
    text = "5년래 길림성 공안기관은 정치적 경찰건설을 견지하여 령혼을 형성했다. 6년 련속 100%를 유지했다."
    assert korean(text) == ["5년래 길림성 공안기관은 정치적 경찰건설을 견지하여 령혼을 형성했다.", "6년 련속 100%를 유지했다."]


def test_unpunctuated_sentence_end_unless_the_next_word_carries_the_clause_on() -> None:
    assert korean("경찰은 범인을 잡았다 그리고 사건을 종결했다.") == ["경찰은 범인을 잡았다", "그리고 사건을 종결했다."]
    assert korean("2000만명 이상이 청문회를 보았다 펜실베이니아주 피츠버그에서 한 의사가 숨졌다.") == ["2000만명 이상이 청문회를 보았다", "펜실베이니아주 피츠버그에서 한 의사가 숨졌다."]
    for text in ("시설이 아무리 낡았다 하더라도 범죄자들에게는 처벌이 따른다.", "안 된다 하는 의견도 나왔다.", "이미 556명 용의자를 체포하였다 한다.", "일을 하고 있다 보니 늦었다."):
        assert korean(text) == [text]


def test_a_quotation_ending_with_its_sentence_ends_it_unless_a_quotative_follows() -> None:
    assert korean('"우리는 잘 하고 있습니다." 그가 말했다.') == ['"우리는 잘 하고 있습니다."', "그가 말했다."]
    assert korean('"우리는 잘 하고 있습니다."그가 말했다.') == ['"우리는 잘 하고 있습니다."', "그가 말했다."]
    for text in ('"잘 하고 있습니다."라고 말했다.', '"잘 하고 있습니다." 라고 말했다.', '"잘 했다."하고 물었다.', '그는 "곧 돌아온다. 기다려라."고 말했다.'):
        assert korean(text) == [text]


def test_numbers_and_abbreviations_do_not_end_sentences() -> None:
    assert korean("사망자수는 34.2% 하락했다. U.S. Army가 도착했다.") == ["사망자수는 34.2% 하락했다.", "U.S. Army가 도착했다."]


def test_chinese_closing_quotes_stay_with_their_sentence() -> None:
    text = "被百姓誉为“金牌使者”。吉林“的哥”觉悟高!他说:“我们来了。你们呢?”随后离开。"
    assert chinese(text) == ["被百姓誉为“金牌使者”。", "吉林“的哥”觉悟高!", "他说:“我们来了。你们呢?”", "随后离开。"]


def test_a_quotation_ending_a_sentence_ends_it_unless_a_speech_tag_follows() -> None:
    assert chinese("民警提醒：“不要轻信陌生电话。”随后，民警开展了宣传。") == ["民警提醒：“不要轻信陌生电话。”", "随后，民警开展了宣传。"]
    assert chinese("“谢谢你们。”老人说。民警笑了。") == ["“谢谢你们。”老人说。", "民警笑了。"]
    assert chinese("“我们会继续努力。”他表示，将加强巡逻。") == ["“我们会继续努力。”他表示，将加强巡逻。"]
    assert chinese("“注意安全！”，民警叮嘱道。") == ["“注意安全！”，民警叮嘱道。"]
    # a speaker named with unit and post (from a stored public page outside the gold set) is a tag too
    assert chinese("“我们进行了相关培训工作。”鲤南派出所民警陈倩说。") == ["“我们进行了相关培训工作。”鲤南派出所民警陈倩说。"]
    # a longer tag's verb ends its sentence; a smile or an introduction to new figures is a new sentence
    assert chinese("“我们会继续努力。”这名年轻的社区民警脸上露出了笑。大家都很感动。") == ["“我们会继续努力。”", "这名年轻的社区民警脸上露出了笑。", "大家都很感动。"]
    assert chinese("“请大家放心。”市公安局副局长在新闻发布会上介绍，全市共破获案件300余起。") == ["“请大家放心。”", "市公安局副局长在新闻发布会上介绍，全市共破获案件300余起。"]
    # but 道 of 道路 is no speech verb
    assert chinese("“活动很好。”交警在道路上设卡检查过往车辆。") == ["“活动很好。”", "交警在道路上设卡检查过往车辆。"]



@pytest.mark.parametrize(
    "sentence",
    [
        # developed pages: the sentence after the quotation ends in its verb of saying, however long, with commas
        "“我觉得这样的活动挺有意义的，大家一起做志愿服务！”在签字的间隙，港澳台学子你一言我一语地说道。",  # 2937
        "“胡法官，请问我的案件啥时候能拿到判决？”一位追索劳动报酬的当事人在庭审结束后的第三天就迫切地打电话问道。",  # 3980
        "“里面还有个小孩！”突然人群中不知谁又说了一句。",  # 4084
        "“我太后悔了，谢谢你们。”在民警的耐心安慰下，轻生男子对自己的行为懊悔不已，并接连对民警感谢道。",  # 720
        "“沒想到規模這么大。”全程參與案件偵辦的大連市公安局環食藥支隊民警楊東鵬坦言。",  # 2458
        "“哇靠！原来他们是警察！”看到这一幕，一些网友惊呼。",  # 2546
    ],
)
def test_a_sentence_ending_in_a_verb_of_saying_is_the_quotations_tag(sentence: str) -> None:
    assert chinese(sentence) == [sentence]


def test_a_sentence_with_its_own_date_or_another_verb_after_a_quotation_is_a_new_one() -> None:
    # developed 1068: a sentence opening with its own date tells its own event, even ending in 询问道
    quote, rest = "“您能帮我找到他吗？”", "1月16日18时许，杨先生走进县公安局的接待室，向值班民警询问道。"
    assert chinese(quote + rest) == [quote, rest]
    # a verb of saying inside the next sentence, not at its end, is no tag (a new statement goes on after it)
    quote, rest = "“请大家放心。”", "记者从市公安局获悉，据民警介绍，全市共破获案件300余起。"
    assert chinese(quote + rest) == [quote, rest]


def test_an_ascii_question_mark_glued_to_latin_letters_ends_nothing() -> None:
    assert chinese("當?shù)匕傩辗Q為好警察。") == ["當?shù)匕傩辗Q為好警察。"]


def test_a_sentence_mark_with_a_comma_or_semicolon_after_it_ends_nothing() -> None:
    """Pages 1682–1693's first contact: a GBK mojibake run keeps a `?` before `;` (經?;顒拥膸讉€ for 經常活動的幾個);
    no sentence starts with a comma, semicolon or colon, whatever marks and closers come before it."""
    assert chinese("警方在其經?;顒拥膸讉€地方進行守候。此時歹徒潛回老家。") == ["警方在其經?;顒拥膸讉€地方進行守候。", "此時歹徒潛回老家。"]
    assert chinese("他大喊:救命!,随后倒地。") == ["他大喊:救命!,随后倒地。"]
    assert chinese("真的吗？，他问。") == ["真的吗？，他问。"]
    # a second mark or a closer between (code review 55)
    assert chinese("什么?!,他问。") == ["什么?!,他问。"]
    assert chinese("（详见附件。），随后离开。") == ["（详见附件。），随后离开。"]
    assert chinese("真的吗?你确定。") == ["真的吗?", "你确定。"]


def test_korean_sentences_glued_without_a_space_are_split() -> None:
    text = "조직원 52명도 포함됐다.부산경찰청은 단속을 강화했다. 3.5% 늘었습니까?경찰은 그렇다고 본다. 그는 \"그렇다.\"라고 말했다."
    assert korean(text) == ["조직원 52명도 포함됐다.", "부산경찰청은 단속을 강화했다.", "3.5% 늘었습니까?", "경찰은 그렇다고 본다.", "그는 \"그렇다.\"라고 말했다."]
    # new-user trial 5 (two South Korean papers): a paragraph that opens with its date, glued to the one before it
    text = "명단에 한국인도 포함됐다.6일 외교부에 따르면 경찰은 조사했다. 수위를 높인 것이다.12일 경찰은 금리 3.5%를 밝혔다."
    assert korean(text) == ["명단에 한국인도 포함됐다.", "6일 외교부에 따르면 경찰은 조사했다.", "수위를 높인 것이다.", "12일 경찰은 금리 3.5%를 밝혔다."]
    assert korean("세부 기준은 1.가.2.다.3.나 항목을 따른다.") == ["세부 기준은 1.가.2.다.3.나 항목을 따른다."]  # an outline's numbering


def test_chinese_numbers_are_not_split() -> None:
    text = "同比下降7.02%,面积1.56万平方公里。成功侦破了“6.10”特大电信网络诈骗案。"
    assert chinese(text) == ["同比下降7.02%,面积1.56万平方公里。", "成功侦破了“6.10”特大电信网络诈骗案。"]


def test_semicolons_split_only_on_request() -> None:
    text = "全年共举办培训54期;大力开展“三类作风”整顿。"
    assert chinese(text) == [text]
    assert chinese(text, split_semicolons=True) == ["全年共举办培训54期;", "大力开展“三类作风”整顿。"]


def test_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    assert chinese("他说“我们来了。随后离开。") == ["他说“我们来了。", "随后离开。"]


@pytest.mark.parametrize("text", ["", " ", "。。。", "?!", '"', "“”"])
def test_degenerate_paragraphs(text: str) -> None:
    for spans in (split_chinese(text), split_korean(text)):
        assert all(0 <= s < e <= len(text) for s, e in spans)


def test_quoted_regions_ignore_unmatched_openers() -> None:
    assert quoted_regions("a“b”c“d") == [(1, 4)]


@given(st.text(alphabet='ab "“”「」()（）《》‘’。.', max_size=60))
def test_regions_answer_as_a_scan_of_every_region_would(text: str) -> None:
    """The splitters ask `_Regions` (a search over sorted starts) whether a position is inside a
    quotation and whether one ends there: the answers are those of a scan of every region."""
    regions = quoted_regions(text)
    asked = _Regions(regions)
    for position in range(len(text) + 1):
        assert asked.inside(position) == any(start < position < end - 1 for start, end in regions)
        assert asked.ends_at(position) == any(end == position for _, end in regions)


@pytest.mark.parametrize(
    "text",
    [
        "에버랜드의 자이언트 판다 푸바오가 3일 중국으로 돌아갔다.",
        "우간다 대통령은 12일 중국을 국빈 방문했다.",
        "경찰은 피의자에게 미란다 원칙을 고지하지 않았다.",
        '그는 "책임을 통감한다."고도 했다.',
        '그는 "끝까지 싸우겠다."면서도 말을 아꼈다.',
        '시위대는 "포기하지 않는다", "끝까지 싸우겠다." 등의 구호를 외쳤다.',
        '"그게 말이 되나?" 싶었다고 그는 말했다.',
        '장관은 "검토하겠다."는데 그쳤다.',
    ],
)
def test_nouns_ending_in_da_and_reported_speech_end_no_sentence(text: str) -> None:
    """From a code review: names ending in ㄴ다 (판다, 우간다) and what follows a quotation in
    reported speech (고도, 면서도, 등의, 싶었다, 는데) are not sentence ends."""
    assert korean(text) == [text]


def test_however_starts_a_new_sentence_after_an_unpunctuated_end() -> None:
    assert korean("경찰은 수사에 착수했다 하지만 용의자는 이미 달아났다.") == ["경찰은 수사에 착수했다", "하지만 용의자는 이미 달아났다."]


def test_a_year_written_with_a_dot_before_its_month_ends_no_sentence() -> None:
    """`2018. 6월부터 2021. 3월까지` is a span of months, not three sentences; a sentence that ends in
    a count before a new sentence opening on a month still ends there."""
    assert korean("주범 A씨 등 7명은 2018. 6월부터 2021. 3월까지 도박 사무실을 운영했다. 경찰은 이들을 검거했다.") == [
        "주범 A씨 등 7명은 2018. 6월부터 2021. 3월까지 도박 사무실을 운영했다.",
        "경찰은 이들을 검거했다.",
    ]
    assert korean("올해 적발된 사람은 모두 1200. 3월에는 단속이 강화됐다.") == ["올해 적발된 사람은 모두 1200.", "3월에는 단속이 강화됐다."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("分别损失五万三千港元及三万港元。◇", ["分别损失五万三千港元及三万港元。◇"]),  # a closing ornament (page 310)
        ("及时采集登记实有人口变动情况。 “", ["及时采集登记实有人口变动情况。 “"]),  # a quote mark left over
        ("惊呼声:「哇!警车!」。员警介绍警车。", ["惊呼声:「哇!警车!」。", "员警介绍警车。"]),
        ("? ? ? ?2024年5月15日是宣传日。活动开始。", ["? ? ? ?2024年5月15日是宣传日。", "活动开始。"]),  # mojibake at the start
        ("他说。好。", ["他说。", "好。"]),  # one letter is a sentence
    ],
)
def test_a_chinese_piece_without_a_letter_or_digit_joins_a_sentence(text: str, expected: list[str]) -> None:
    """Punctuation alone is no sentence: it goes with the sentence before it, or at the start with the
    one after (the Korean splitter merges such debris already)."""
    assert [text[a:b] for a, b in split_chinese(text)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # developed pages: a foreign name's initial (3573, 4155), a date with a time after it (763), a date's weekday (1707)
        "시카고 경찰서장에 따르면, 경찰관 루이스 M. 우에스카는 총격을 받았다.",
        "지방법원의 라모나 V. 망글로나(Ramona V. Manglona) 수석판사는 선고했다.",
        "A호가 3. 22. 12:00 위치를 보고한 이후 연락이 되지 않아 23. 18:33경 신고했다.",
        "금산경찰서에서는, 8.20(수). 긴급전화에 홍보이미지를 부착하였다.",
        "오산경찰서는 ’19. 6. 4. 차량털이 절도 피의자 검거에 기여한 요원 2명에게 표창장을 전달했다.",  # 1796: a date's last dot
    ],
)
def test_an_initial_a_date_and_time_or_a_weekday_end_no_korean_sentence(sentence: str) -> None:
    assert korean(sentence) == [sentence]


def test_a_korean_sentence_ending_before_a_latin_word_or_a_number_still_ends() -> None:
    assert korean("경찰은 범인을 검거했다. M 경찰서는 밝혔다.") == ["경찰은 범인을 검거했다.", "M 경찰서는 밝혔다."]
    assert korean("피해자는 모두 3명. 12시 현재 수사 중이다.") == ["피해자는 모두 3명.", "12시 현재 수사 중이다."]
    assert korean("경찰은 2024. 3. 5. 피의자를 검거했다. 경찰은 조사 중이다.") == ["경찰은 2024. 3. 5. 피의자를 검거했다.", "경찰은 조사 중이다."]


def test_a_straight_quote_opening_the_next_sentence_is_that_sentences() -> None:
    """Trial 13: `…展开抓捕。"文物…追回。"李挺说…`: the opening straight quote went with the sentence before."""
    text = '收到线索后,警方必须立即展开抓捕。"文物一旦流出,就很难追回。"李挺说,盗墓团伙会立即转手。'
    assert [text[a:b] for a, b in split_chinese(text)] == ["收到线索后,警方必须立即展开抓捕。", '"文物一旦流出,就很难追回。"李挺说,盗墓团伙会立即转手。']
    closing = '警方表示:"已抓获3人。"'
    assert [closing[a:b] for a, b in split_chinese(closing)] == [closing]


def test_a_decimal_point_typed_as_a_full_stop_ends_no_sentence() -> None:
    """Trial 14: a Taiwan broadcaster typed decimals with the full stop between full-width digits
    (`１。３８個月`, `１。８天`), and the sentence was cut in three."""
    text = "他說，平均等待時間為１。３８個月，比去年的１。８天還長。這是第二句。"
    assert [text[a:b] for a, b in split_chinese(text)] == ["他說，平均等待時間為１。３８個月，比去年的１。８天還長。", "這是第二句。"]
    assert [text[a:b] for text in ["请拨打报警电话110。3月5日，民警赶到现场。"] for a, b in split_chinese(text)] == ["请拨打报警电话110。", "3月5日，民警赶到现场。"]
