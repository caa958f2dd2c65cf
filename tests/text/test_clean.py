from collections import Counter
from dataclasses import replace

import pytest

from align.text.clean import CleaningSettings, clean
from tests.conftest import DATA, SEED_LANG, boilerplate_lines, seed_text


def test_no_boilerplate_line_survives(seed: str) -> None:
    text = seed_text(seed)
    cleaned = clean(text, SEED_LANG[seed])
    kept = [text[p.start : p.end] for p in cleaned.paragraphs]
    for reason, line in boilerplate_lines(seed):
        found = sum(line in paragraph for paragraph in kept)
        assert found == (1 if reason == "duplicate-paragraph" else 0), line


def test_dropped_lines_carry_reasons(seed: str) -> None:
    cleaned = clean(seed_text(seed), SEED_LANG[seed])
    assert all(d.reason and d.text == cleaned.text[d.start : d.end] for d in cleaned.dropped)


def test_metadata_is_kept() -> None:
    korean = clean(seed_text("000"), "ko").metadata
    assert korean.title == "길림성 공안기관, 지난 5년간 이런 일들을 했다"
    assert korean.byline == "/길림신문 오건기자"
    assert "2024.06.03" in (korean.date or "")
    assert clean(seed_text("001"), "zh").metadata.editor == "[责任编辑:赵佳俊]"
    assert clean(seed_text("002"), "zh").metadata.byline == "(毛秀中)"


def test_teaser_duplicate_and_seo_spam_are_named() -> None:
    reasons = {d.reason for d in clean(seed_text("001"), "zh").dropped}
    assert "duplicate-teaser" in reasons
    reasons = {d.reason for d in clean(seed_text("002"), "zh").dropped}
    assert {"seo-spam", "ruby-annotation", "byline"} <= reasons
    reasons = {d.reason for d in clean(seed_text("004"), "ko").dropped}
    assert "duplicate-paragraph" in reasons


def test_ruby_removed_and_mojibake_flagged() -> None:
    text = seed_text("002")
    cleaned = clean(text, "zh")
    ruby = [d.text for d in cleaned.dropped if d.reason == "ruby-annotation"]
    assert "(chuàng)" in ruby and "(qū)" in ruby
    assert [f.text for f in cleaned.flags] == ["?shù)匕傩辗Q"]


def test_clean_text_passes_through() -> None:
    text = "경찰은 사건을 해결했다. 파출소는 문을 열었다.\n\n두 번째 단락에서 경무실을 새로 건설했다."
    cleaned = clean(text, "ko")
    assert [text[p.start : p.end] for p in cleaned.paragraphs] == text.replace("\n\n", "\n").splitlines()
    assert cleaned.dropped == ()


# ---------------------------------------------------------------- pages from other sites

import csv  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

from align.text.evaluate import CleaningScore, read_annotated_page, score_cleaning  # noqa: E402
from align.text.segment import segment_document, segment_file  # noqa: E402

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def test_real_pages_from_other_sites_keep_their_body_and_drop_their_furniture() -> None:
    """The developed pages (tests/data/pages, split dev) stay above a floor; the held-out pages are
    reported by scripts/bench_clean.py, not tuned on here."""
    with (PAGES / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        dev = [row["id"] for row in csv.DictReader(stream, delimiter="\t") if row["split"] == "dev"]
    total = CleaningScore(0, 0, 0, 0, 0)
    for page_id in dev:
        page = read_annotated_page(PAGES / f"{page_id}.txt")
        kept = [s.text for s in segment_document(page.path.read_text(encoding="utf-8")).sentences]
        total = total + score_cleaning(kept, page.gold, page.boilerplate)
    assert total.pages >= 30
    assert total.recall >= 0.98 and total.boilerplate_kept <= 0.10


def test_glued_prefixes_go_to_metadata_with_exact_offsets() -> None:
    cases = [
        ("[서울=뉴시스]홍길동 기자 = 경찰청은 11일 보이스피싱 조직원 26명을 검거했다고 밝혔다.", "ko", "경찰청은"),
        ("本报讯 “谢谢，谢谢好民警……”4月26日下午，李某来到县公安局领回被骗的1.2万元。", "zh", "“谢谢"),
        ("新华社北京9月24日电(记者熊丰)公安部24日通报，全国公安机关破获电信网络诈骗案件3.9万起。", "zh", "公安部"),
        ("【香港商報訊】警方昨日拘捕三名男子，涉嫌串謀詐騙長者共300萬元。", "zh", "警方"),
        ("북경 7월 17일발 본사소식(기자 장양): 공안부는 해외 중국 공민들에게 전신사기를 조심할 것을 당부했다.", "ko", "공안부는"),
        ("[광양/남도방송] 광양경찰서는 지난 10일 보이스피싱 수거책을 붙잡았다.", "ko", "광양경찰서는"),
        (") 손대성 기자 = 경북지방경찰청 지능범죄수사대는 25일 조직 총책 등 4명을 구속했다.", "ko", "경북지방경찰청"),
        ("中新社昆明一月十八日電 (史廣林 李培榮)記者今日從雲南省大理白族自治州公安局獲悉,該局破獲一起特大販毒案。", "zh", "記者今日"),
        ("温哥华港湾(BCbay.com)辰宇综合报道:加拿大警方在多伦多华人区的两套住宅里查获毒品,一对夫妇被捕。", "zh", "加拿大警方"),
        ("[뉴스서울] 대전중부경찰서는 23일 외국인 유학생 15명을 대상으로 범죄예방 교육을 실시했다.", "ko", "대전중부경찰서는"),  # the outlet word first
        ("亮點黔西南訊 針對冬季人們聚集飲酒活動頻繁的季節,交警大隊開展酒駕整治行動。", "zh", "針對"),
        ("【수도권/ndnnews】 안홍필 기자= 4월 화창한 봄이 다가오는 주말이었다.", "ko", "4월"),
        ("한민일보 서울포커스 유한희 기자 | 대전유성경찰서는 17일 교통안전 캠페인을 벌였다.", "ko", "대전유성경찰서는"),
        ("[ 경북 투데이 보도국 ] ===== 울진해양경찰서는 1일 연락이 끊긴 레저보트 수색에 나섰다.", "ko", "울진해양경찰서는"),  # an outlet's desk (3312)
    ]
    cases_with_names = [("(刘双平侯耀强李聪)3月11日上午,大宁县公安局反诈中心收到辖区居民送来的锦旗。", "zh", "3月11日")]
    for text, first in [
        ("(中央社記者王淑芬高雄13日電)高雄市10日發生一起鬥毆事件,警方逮捕林姓嫌疑人。", "高雄市"),
        ("云上咸宁报道(通讯员 金硕 陈雯)10月25日,崇阳县公安局举行禁毒宣传教育活动。", "10月25日"),
    ]:
        assert segment_document(text, "zh").sentences[0].text.startswith(first)
    placed = segment_document("[천안]천안서북경찰서는 헤어진 여자친구에게 반복적으로 연락한 20대를 검거했다.", "ko")  # a place, no credit
    assert placed.sentences[0].text.startswith("천안서북경찰서는") and placed.metadata.source is None
    for text, lang, first in cases_with_names:
        document = segment_document(text, lang)
        assert document.sentences[0].text.startswith(first) and document.metadata.byline == "(刘双平侯耀强李聪)"
    for text, lang, first in cases:
        document = segment_document(text, lang)
        sentence = document.sentences[0]
        assert sentence.text.startswith(first), (text, sentence.text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert [d.reason for d in document.dropped] == ["prefix"]
        assert document.metadata.source == text[: document.dropped[0].end].strip()


def test_a_place_label_before_a_korean_headline_is_cut() -> None:
    text = "[상주] 상주경찰서 찾아가는 장날 파출소 개소\n상주경찰서는 지난 16일 장날을 맞아 시장 입구에 임시 파출소를 열었다.\n"
    document = segment_document(text, "ko")
    assert document.sentences[0].text == "상주경찰서 찾아가는 장날 파출소 개소"
    assert [(d.reason, d.text) for d in document.dropped] == [("junk", "[상주]")]


def test_a_series_label_in_square_brackets_on_its_own_line_is_furniture() -> None:
    """A saved 동아일보 page outside the repository: a series label with its title after a slash,
    alone on a line above the headline; the headline after it stays (its own label cut as before)."""
    text = "[커버스토리/ 씨름, 부활의 샅바]\n[단독] 경찰, 씨름협회 간부 입건\n경찰은 협회 간부 A씨를 업무상 횡령 혐의로 입건했다고 밝혔다.\n"
    document = segment_document(text, "ko")
    assert [(d.reason, d.text) for d in document.dropped] == [("navigation", "[커버스토리/ 씨름, 부활의 샅바]"), ("junk", "[단독]")]
    assert document.sentences[0].text == "경찰, 씨름협회 간부 입건"
    assert document.sentences[0].heading


def test_chinese_copy_wrapped_at_a_fixed_width_is_rejoined() -> None:
    """A board post wrapped at a fixed width (page 943): a line that carries on the sentence the line
    above left open is the article's, whatever the line model makes of its words, and the wrapped
    pieces make whole sentences."""
    document = segment_document((PAGES / "943.txt").read_text(encoding="utf-8"))
    kept = [sentence.clean for sentence in document.sentences]
    # the page's lines are 74 columns wide: each full line runs on into the next, and `clean` joins
    # the pieces without a space
    assert "美国2012年康涅狄格州纽敦小学枪击事件,造成包括20名儿童在内的28人死亡,引发全世界关注。" in kept
    assert "枪声余音未了,2013年新年庆祝又闻枪击,加州2死3伤。" in kept
    assert any(sentence.startswith("加州沙加缅度警方1日说,") for sentence in kept)
    # a full line's rest that starts with a digit (`…至少1` / `0名酗酒肇事者。`): the line model would take it
    assert "警方还在凌晨3时许抓捕了至少10名酗酒肇事者。" in kept
    # its body wrapped again at 74 columns, two sentences a paragraph, right under its headline without the
    # board's header lines: the full lines above the first sentence-like one are the article's, not header
    body = "".join((PAGES / "943.txt").read_text(encoding="utf-8").splitlines()[4:20]).split(" |")[0]
    sentences = re.findall(r"[^。]+。", body)
    lines = ["美国新年枪击案再起 加州首府2死3伤"]
    for paragraph in ("".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)):
        line = ""
        for char in paragraph:
            if len(line) + sum(1 for c in line if ord(c) > 0x2E7F) + (2 if ord(char) > 0x2E7F else 1) > 74:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    rewrapped = segment_document("\n".join(lines), "zh")
    assert [s.clean for s in rewrapped.sentences][1] == kept[1]
    assert not [d for d in rewrapped.dropped if d.reason == "header"]


def test_a_video_title_with_its_outlet_and_date_after_a_slash_is_the_headline() -> None:
    """A broadcaster's video title (`[자막뉴스] 제목 / KBS 2023.02.03.`, page 966): the label and the
    outlet-and-date tail are cut, and what is left is the headline."""
    document = segment_document((PAGES / "966.txt").read_text(encoding="utf-8"), "ko")
    assert document.sentences[0].text == '띵동~ "마약 왔습니다"…국제우편으로 집까지?'
    assert ("byline", "/ KBS 2023.02.03.") in [(d.reason, d.text) for d in document.dropped]
    for tail in (" ／ KBS 2023.02.03.", " / KBS News 2023.02.03.", " / SBS 2023. 2. 3.", " / 연합뉴스TV 2023.02.03."):
        page = f'띵동~ "마약 왔습니다"…국제우편으로 집까지?{tail}\n세관 직원들이 마약 밀수책으로 의심되는 두 명을 붙잡았습니다.\n'
        assert segment_document(page, "ko").sentences[0].text == '띵동~ "마약 왔습니다"…국제우편으로 집까지?', tail


@pytest.mark.parametrize(
    "lines",
    [
        [  # parallel crossheads of an official report, each as wide as the next (code review 31b)
            "市公安局召开新闻发布会通报今年以来打击治理电信网络诈骗工作情况",
            "今年以来，市公安局坚持以人民为中心，全力打击治理电信网络诈骗犯罪，取得明显成效。",
            "一、聚焦源头治理，全力压降电诈案件发案数量",
            "今年以来，全市电信网络诈骗案件发案数同比下降32.5%，群众财产损失同比下降41.2%。",
            "二、聚焦精准打击，全力提升案件破案抓人质效",
            "全市共破获电信网络诈骗案件1230起，抓获犯罪嫌疑人2156名，同比分别上升18%和25%。",
            "三、聚焦资金拦截，全力挽回人民群众财产损失",
            "反诈中心共紧急止付涉案资金1.2亿元，为群众挽回经济损失8600余万元。",
            "四、聚焦宣传防范，全力提升全民识骗防骗能力",
            "全市共开展反诈宣传活动3200余场，国家反诈中心APP注册率达到85%。",
            "五、聚焦行业治理，全力斩断电诈犯罪黑灰产业",
            "公安机关会同相关部门，清理整治涉诈电话卡12万张、银行账户3.6万个。",
        ],
        [  # a table flattened into lines of one width
            "我市公布上半年电信网络诈骗案件统计数据",
            "本报讯 市公安局今天公布了今年上半年全市电信网络诈骗案件的统计数据，发案数同比明显下降。",
            "具体数据如下",
            "1月 发案数 312起 破案数 188起 抓获嫌疑人 96名 止付资金 1230万元",
            "2月 发案数 275起 破案数 201起 抓获嫌疑人 88名 止付资金 1180万元",
            "3月 发案数 298起 破案数 176起 抓获嫌疑人 102名 止付资金 990万元",
            "4月 发案数 260起 破案数 190起 抓获嫌疑人 91名 止付资金 1310万元",
            "5月 发案数 241起 破案数 205起 抓获嫌疑人 110名 止付资金 1420万元",
            "6月 发案数 233起 破案数 212起 抓获嫌疑人 97名 止付资金 1500万元",
            "警方表示，下半年将继续保持高压态势，坚决遏制电诈案件高发势头。",
        ],
    ],
)
def test_lines_of_one_width_on_a_page_not_wrapped_are_not_joined(lines: list[str]) -> None:
    sentences = [s.text for s in segment_document("\n".join(lines), "zh").sentences]
    assert not [s for s in sentences if "\n" in s]


def test_a_page_titles_copy_of_the_headline_with_the_sites_name_is_dropped() -> None:
    lines = [
        "담양군, 주민 안전 위한 자치경찰실무협의회 정례회 열었다 | 뉴스로",
        "전남담양군",
        "담양군, 주민 안전 위한 자치경찰실무협의회 정례회 열었다",
        "담양군은 지난 3월 31일 담양경찰서 등이 참석한 가운데 자치경찰실무협의회 정례회를 열었다.",
        "이날 회의에서는 자치경찰사무 공모사업 협업방안을 논의했다. <연합뉴스>",
    ]
    document = segment_document("\n".join(lines), "ko")
    assert [s.text for s in document.sentences] == [lines[2], lines[3], "이날 회의에서는 자치경찰사무 공모사업 협업방안을 논의했다."]
    assert document.metadata.byline == "<연합뉴스>"


def test_korean_credits_glued_to_the_first_or_last_sentence_are_cut() -> None:
    """Developed pages 1287, 1288 and 1293: a reporter's name and 記者 in Hanja after a slash, a
    partner outlet's credit in angle brackets after the last sentence, a reporter's credit in
    parentheses with no outlet before the lead."""
    lead = "거창경찰서는 최근 신종 전화금융사기 피해 예방을 위해 홍보 전단지를 제작했다고 밝혔다."
    last = "서장은 “소통·협력치안 활동을 강화해 나가겠다”고 밝혔다."
    for credit in (" /장명국 記者", " <거제저널 뉴스 제휴>"):
        document = segment_document(f"{lead}\n{last}{credit}\n", "ko")
        assert [s.text for s in document.sentences] == [lead, last] and document.metadata.byline == credit.strip()
    document = segment_document(f"(이영돈 기자) {lead}\n{last}\n", "ko")
    assert document.sentences[0].text == lead
    # near miss: a bracketed line that names no partner is no credit (the line model's edge step aside)
    no_edges = replace(CleaningSettings(), line_model_edge_threshold=1.0)
    assert segment_document(f"{lead}\n{last} <거제저널 뉴스 특집>\n", "ko", cleaning=no_edges).sentences[-1].text.endswith("<거제저널 뉴스 특집>")


def test_a_sites_welcome_banner_is_furniture_and_does_not_start_the_body() -> None:
    """Developed page 1301: `新罗新闻网欢迎您!` above the headline read as a short sentence, started
    the body there and left the headline to the line model, which dropped it."""
    text = "新罗新闻网欢迎您!\n新罗交警: 为莘莘学子保驾护航\n2019高考大幕开启。为了保障考试期间交通顺畅,新罗大队民警为莘莘学子保驾护航。\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences][:2] == ["新罗交警: 为莘莘学子保驾护航", "2019高考大幕开启。"]
    # …and one after the site's menu words (a fresh page reposting a railway police notice), and a
    # breadcrumb labelled 位置: rather than 当前位置:
    for banner, lang in (("欢迎访问白银政法网,今天是 2025年05月30日 星期五", "zh"), ("압록강의 창 방문을 환영합니다", "ko"), ("网站首页关于我们· 中国退役军人培训创业指导中心欢迎您!", "zh"), ("位置:首页 > 应急科普", "zh")):
        assert not any(banner in s.text for s in segment_document(f"{banner}\n{text}", lang).sentences)
    # near misses: a headline and a sentence about welcoming
    lead = "为了保障考试期间交通顺畅,新罗大队民警提前谋划,为市民出行保驾护航。"
    for kept in ("市民欢迎交警新举措", "欢迎您来派出所办理业务。", "平安社区欢迎您!", "事发位置:首都机场高速"):
        assert kept in [s.text for s in segment_document(f"{kept}\n{lead}\n", "zh").sentences]


def test_an_excerpt_cut_inside_the_word_after_a_subject_keeps_its_last_line() -> None:
    """Developed page 1305: the excerpt ends `특히 위 두 경찰관은 오남`, a sentence cut off, not a footer's scrap."""
    body = "서산경찰서 서부지구대 경찰관들은 새벽마다 농촌지역으로 나가 농산물 절도 예방을 위해 순찰하고 있다."
    assert segment_document(f"{body}\n특히 위 두 경찰관은 오남\n", "ko").sentences[-1].text == "특히 위 두 경찰관은 오남"
    for scrap in ("많이 본 뉴스", "좋아요 싫어요 후속", "편집 홍길동 정리"):  # a footer's words, no subject
        assert segment_document(f"{body}\n{scrap}\n", "ko").sentences[-1].text == body
    # developed 200, 129, 1460 and 2403: cut right after a sentence adverb, a passive adnominal, a connective or a
    # topic (…은/…는) and a word
    for opening in ("아울러 경찰", "검거된 조", "이라며 외국", "볼튼은 경"):
        assert segment_document(f"{body}\n{opening}\n", "ko").sentences[-1].text == opening
        assert segment_document(f"{body}\n{opening}\n관련기사\n다른 기사 제목 하나\n", "ko").sentences[-1].text == body  # not at the page's end
    for scrap in ("추천된 기사", "한편 관련 소식", "오늘은 많이 본 뉴스"):  # a footer's words after the opening
        assert segment_document(f"{body}\n{scrap}\n", "ko").sentences[-1].text == body


def test_a_copying_sites_credit_of_its_paper_set_off_by_a_space_is_a_prefix() -> None:
    """Developed page 1303: `煙草在線據《貴州商報》報道 “警官,…”`; with a comma, or with no site before 據, it is the lead's clause."""
    document = segment_document("煙草在線據《貴州商報》報道 “警官,證件齊全的,你們隨便查。”10月2日,民警在收費站檢查一輛貨車。\n", "zh")
    assert document.sentences[0].text.startswith("“警官")
    for kept in ("烟草在线据《贵州商报》报道,近日民警查获一车烟叶。", "据《贵州商报》报道 近日民警查获一车烟叶。"):
        assert segment_document(f"{kept}\n", "zh").sentences[0].text == kept



def test_a_digests_credit_of_the_foreign_article_it_translates_with_its_original_title_is_a_prefix() -> None:
    """Developed page 2531: `新加坡《聯合早報》12月20日文章,原題:… 在中國…`, glued before the lead with a space, goes
    to the metadata with the original title; without the title it is the lead's own clause."""
    page = (PAGES / "2531.txt").read_text(encoding="utf-8")
    document = segment_document(page, "zh")
    assert document.sentences[0].text == "在中國云南瑞麗的姐告邊境貿易區,中緬間僅隔一道欄桿。"
    assert document.metadata.source == "新加坡《聯合早報》12月20日文章,原題:一道欄桿區隔中緬兩國偷渡只需邁半步"
    for kept in ("美国《纽约时报》9月5日文章称,当地警方近日破获一起诈骗案。", "美国《纽约时报》9月5日文章 当地警方近日破获一起诈骗案。"):
        assert segment_document(f"{kept}\n", "zh").sentences[0].text == kept

_KO_LEAD = "경찰청은 24일 전화금융사기 조직원 12명을 검거했다고 밝혔다."
_ZH_LEAD = "警方24日通报,破获一起电信网络诈骗案,抓获犯罪嫌疑人12名。"


@pytest.mark.parametrize(
    "credit, lang",
    [
        ("(대구=연합뉴스) 홍길동 김철수 기자 = ", "ko"),
        ("연변일보 홍길동 기자 = ", "ko"),
        ("홍길동 기자 / ", "ko"),
        ("북경 2024년 3월 5일발: ", "ko"),  # a dispatch's dateline with its year, the wire before it, brackets around it
        ("신화통신 북경 7월 17일발: ", "ko"),
        ("【북경 7월 17일발 신화통신】", "ko"),
        ("인민넷 조선어판 소식: ", "ko"),  # the Chinese-Korean press's credit, as 本报讯 is the Chinese one
        ("연변일보 소식(기자 김철): ", "ko"),
        ("본사소식: ", "ko"),
        ("【북경 7월 17일발 신화사】", "ko"),  # code review 52: an agency named ...사, a day-only dateline, a bracketed credit
        ("북경 7월 17일발 중신사: ", "ko"),
        ("북경 17일발 신화통신: ", "ko"),
        ("북경 7월 17일발 (신화통신) ", "ko"),
        ("[KBS 대전] ", "ko"),
        ("红网时刻新闻记者 张三 通讯员 李四 长沙报道 ", "zh"),
        ("大众网·海报新闻见习采访人员 汪垚 莘县报道 ", "zh"),
        ("［NOWnews今日新聞］", "zh"),
        ("【大紀元2024年09月24日訊】（大紀元記者張三報導）", "zh"),
        ("（星島日報報道）", "zh"),
        ("(加西網綜合)", "zh"),
        ("（中央社綜合報導）", "zh"),
        ("[PEDIEN] ", "ko"),
        ("[CCTV.com 한국어방송] ", "ko"),  # an outlet's Latin name with its medium's word (trial 23)
        ("美联社资料图 美国中文网报道 ", "zh"),
        ("菲華工商總會訊:", "zh"),
        ("香港01記者 張三 ", "zh"),
        ("潮新闻客户端 记者 张三 ", "zh"),
        ("■記者 張三 ", "zh"),
        ("撰文：張三 ", "zh"),
        ("中央社記者張三台北24日電 ", "zh"),
        ("(평양 10월 8일발 조선중앙통신)", "ko"),  # a dispatch in parentheses glued to the lead (a stored page outside the gold set)
        ("[insura.net] ", "ko"),  # a site's domain alone in brackets
        ("中新网北京12月28日电", "zh"),  # a dispatch glued to the lead with no space (a stored page outside the gold set)
        ("本报巴彦淖尔5月2日电", "zh"),  # this paper's own so (developed 4281)
        ("本报北京5月2日电讯 ", "zh"),  # a dispatch's 电讯, whole (code review 86b)
        ("民眾日報記者張三／屏東報導 ", "zh"),
        ("记者张三 通讯员李四 报道：", "zh"),
        ("◀ 앵커 ▶ ", "ko"),
        ("辽宁党建网11月11日沈阳讯:", "zh"),  # dated before the place (developed 1973)
        ("人民网·辽宁频道11月11日沈阳讯：", "zh"),
        ("四川在线消息(记者 王玥)", "zh"),  # an online outlet's 消息 and its reporter (batch 88's developed 2055)
    ],
)
def test_wire_and_newspaper_credits_in_their_common_shapes_are_cut(credit: str, lang: str) -> None:
    """Credit shapes of the press these pages come from, not of one page: two reporters after a wire's
    bracket, an outlet before a reporter and `=`, a broadcaster's regional station, a paper's reporters
    and the place they report from, full-width brackets, a dispatch's dateline and then its reporter;
    Hong Kong and Taiwan papers' and agencies' credits, an app's reporter, a boxed reporter, a writer
    after a colon, a newscast's anchor label."""
    lead = _KO_LEAD if lang == "ko" else _ZH_LEAD
    document = segment_document(f"{credit}{lead}\n", lang)
    assert [s.text for s in document.sentences] == [lead]
    assert "".join(d.text for d in document.dropped).replace(" ", "") == credit.replace(" ", "")


@pytest.mark.parametrize(
    "line, lang",
    [
        ("연변일보 홍길동 기자는 24일 경찰청이 전화금융사기 조직원 12명을 검거했다고 밝혔다.", "ko"),
        ("[사건 사고] 경찰청은 24일 전화금융사기 조직원 12명을 검거했다고 밝혔다.", "ko"),
        ("记者 张三 报道称,警方破获一起电信网络诈骗案,抓获12人。", "zh"),
        ("［案情回顾］警方破获一起电信网络诈骗案,抓获犯罪嫌疑人12名。", "zh"),
        ("（据新华社报道）警方破获一起电信诈骗案。", "zh"),
        ("文：警方表示 将加强巡逻。", "zh"),
        ("[INTO 119] 무더위도 녹이지 못한 소방관들의 열정이 빛났다.", "ko"),  # a bracketed kicker of two words
        ("（综合）警方破获一起电信诈骗案,抓获犯罪嫌疑人12名。", "zh"),  # 综合 with no outlet before it
        ("（多方综合研判）警方破获一起电信诈骗案,抓获犯罪嫌疑人12名。", "zh"),
        ("民警翻看资料图片 发现嫌疑人曾多次出入该小区。", "zh"),  # a file photo a clause speaks of, not an outlet's credit
        ("据新华社报道 警方破获一起电信诈骗案,抓获犯罪嫌疑人12名。", "zh"),  # an attribution with 据
        ("侦讯:犯罪嫌疑人对其犯罪事实供认不讳。", "zh"),  # questioning is no dispatch: one character before 讯 names no outlet
        ("接受审讯:犯罪嫌疑人对其犯罪事实供认不讳。", "zh"),  # nor 审讯 after a verb
        ("村民报警称3月5日电缆被盗,民警立即赶到现场。", "zh"),  # code review 56: 报警 is no outlet, 电缆 no dispatch
        ("受害人报案称12月3日电汇5万元给对方,随后发现被骗。", "zh"),
        ("本报5月2日电话采访中,民警表示将继续加强巡逻。", "zh"),  # 电话: the lead's word, not a dispatch's 电 (nor the credit model's)
        ("本报记者5月2日电话采访了派出所所长。", "zh"),
        ("本报告期内3月31日电价上调,公司营收受到影响。", "zh"),  # code review 86b: 本报告 is no paper, 电价 no dispatch
        ("央视记者 王伟 在现场看到,民警正在清点赃物。", "zh"),  # probe 86: a reporter named as the sentence's subject, a verb after the name
        ("央视记者 王伟 看到,民警正在清点赃物。", "zh"),
        ("据新华社北京6月21日电,公安部21日通报了一批典型案例。", "zh"),  # an attribution with 据
        ("(www.police.go.kr)에서 신고할 수 있다고 경찰은 밝혔다.", "ko"),  # a web address the sentence names
        ("(지난 27일발 인천행 여객기에서) 30대 남성이 난동을 부렸다.", "ko"),  # no agency inside the brackets
        ("嫌疑人冒充电视台12月3日晚致电受害人,骗取钱财5万元。", "zh"),  # an outlet and a date, but a call, no dispatch
    ],
)
def test_lines_shaped_like_credits_but_not_credits_are_kept_whole(line: str, lang: str) -> None:
    """Near misses of the credit shapes above: a reporter who is the sentence's subject, a Hangul
    label, a reporter's report that the sentence goes on to quote, a bracketed crosshead."""
    assert segment_document(f"{line}\n", lang).sentences[0].text == line


def test_after_a_dispatchs_dateline_the_lead_is_kept_when_no_reporter_follows() -> None:
    document = segment_document("新华社北京9月24日电 记者从公安部获悉,警方破获一起电信网络诈骗案。\n", "zh")
    assert [s.text for s in document.sentences] == ["记者从公安部获悉,警方破获一起电信网络诈骗案。"]


@pytest.mark.parametrize("credit", ["(리철수 기자)", "(연변일보 홍길동 기자)", "글·사진 리철수 기자", "글·사진=리철수 기자"])
def test_a_reporters_credit_in_parentheses_or_with_its_role_words_after_the_last_sentence_is_cut(credit: str) -> None:
    """Credit shapes of the Korean and Chinese-Korean press glued after the last sentence: the line
    model used to take the whole line (the sentence with it) as furniture."""
    lead = "경찰청은 24일 전화금융사기 조직원 12명을 검거했다고 밝혔다."
    document = segment_document(f"{lead}\n경찰은 공범을 쫓고 있다. {credit}\n", "ko")
    assert [s.text for s in document.sentences] == [lead, "경찰은 공범을 쫓고 있다."]


_ZH_BODY = ["警方24日通报,破获一起电信网络诈骗案,抓获犯罪嫌疑人12名。", "经查,该团伙自去年以来骗取30余名受害人钱财500余万元。"]


@pytest.mark.parametrize(
    "tail, lang, reason",
    [("责任编辑:张三", "zh", "editor"), ("【纠错】", "zh", "widget"), (" (끝)", "ko", "page-furniture")],
)
def test_furniture_glued_after_the_last_sentence_goes_without_the_sentence(tail: str, lang: str, reason: str) -> None:
    """Found by probing common tails of news pages: an editor's credit, a widget or an end mark glued
    after a paragraph's last sentence used to take the whole line (its sentence with it) as furniture."""
    body = _ZH_BODY if lang == "zh" else ["경찰청은 24일 전화금융사기 조직원 12명을 검거했다고 밝혔다.", "경찰은 공범을 쫓고 있다."]
    document = segment_document(f"{body[0]}\n{body[1]}{tail}\n", lang)
    assert [s.text for s in document.sentences] == body
    assert [(d.reason, d.text) for d in document.dropped] == [(reason, tail.strip())]


def test_what_a_word_built_rule_or_a_line_start_rule_takes_is_not_split_off_a_sentence() -> None:
    """Near misses: a truncated excerpt's next sentence mentioning 记者 stays body; a closing bracket
    stays with its sentence; a line that is furniture from its start (`标题: …`) goes whole."""
    cut_off = "近日,记者走进广州市白云区云城街,去有“枫”的地方,探"
    assert [s.text for s in segment_document(f"{_ZH_BODY[0]}\n{_ZH_BODY[1]}{cut_off}\n", "zh").sentences][-1] == cut_off
    assert segment_document(f"{_ZH_BODY[0]}\n{_ZH_BODY[1]}」\n", "zh").sentences[-1].text.endswith("。」")
    said = '[경찰 관계자 : "공범을 끝까지 쫓고 있습니다."]'  # a newscast's bracketed sound bite
    assert segment_document(f"경찰청은 24일 전화금융사기 조직원 12명을 검거했다고 밝혔다.\n{said}\n", "ko").sentences[-1].text == said
    titled = segment_document("标题: 寒冷春运路,交警与旅客同行! [打印本页]\n" + "\n".join(_ZH_BODY) + "\n", "zh")
    assert [s.text for s in titled.sentences] == _ZH_BODY


_KO_ARTICLE = ["충남경찰청은 음주운전 특별단속을 벌여 운전자 120명을 적발했다고 밝혔다.", "경찰은 연말까지 단속을 계속할 방침이다.", "경찰 관계자는 \"음주운전은 반드시 적발된다\"고 말했다."]


@pytest.mark.parametrize("footer", ["이 기사의 저작권은 서산신문에 있습니다. 무단전재 및 재배포 금지", "댓글은 로그인 후 작성할 수 있습니다. 댓글 0"])
def test_a_footer_holding_a_finished_sentence_still_ends_the_article(footer: str) -> None:
    """Code review 37: a finished Korean sentence inside a line shields it from byline rules only (a
    credit after `…밝혔다.`); a copyright or comment line that holds one still ends the article, and
    the teasers of other articles below it go."""
    teasers = ["충남경찰청은 지난달 보이스피싱 조직원 12명을 검거했다고 밝혔다.", "당진소방서는 겨울철 화재 예방을 위한 합동 점검을 실시했다고 13일 밝혔다."]
    document = segment_document("\n".join(["음주운전 120명 적발", *_KO_ARTICLE, footer, *teasers]) + "\n", "ko")
    assert [s.text for s in document.sentences] == ["음주운전 120명 적발", *_KO_ARTICLE]


@pytest.mark.parametrize(
    "line, lang",
    [
        ("交警带着老师帮考生取回证件。记者 黄婷摄", "zh"),  # a photo credit ends a caption: the caption goes with it
        ("讲座现场。 通讯员 供图", "zh"),
    ],
)
def test_a_caption_with_a_photographers_credit_is_not_read_as_a_sentence_and_a_byline(line: str, lang: str) -> None:
    """Code review 37 (developed pages 353 and 455): the bare reporter-credit row must not take a
    photographer's credit, or the caption before it is kept as a sentence."""
    document = segment_document("\n".join([_ZH_BODY[0], line, _ZH_BODY[1]]) + "\n", lang)
    assert [s.text for s in document.sentences] == _ZH_BODY


@pytest.mark.parametrize(
    "line, lang",
    [
        ("피의자 ??씨는 경찰 조사에서 혐의를 인정했다.", "ko"),  # a masked name, not a lost indent
        ("此外据《法制日报》报道 今年以来全国公安机关共破获电信诈骗案件10万起。", "zh"),  # the lead's own attribution
        ("据中国城 网讯 警方表示拘捕一名25岁男子。", "zh"),
        ("民警笑着说：欢迎你!", "zh"),  # a welcome in the article
        ("和谐社区欢迎你!", "zh"),
        ("제주경찰은 중국인 관광객 여러분의 제주 방문을 환영합니다.", "ko"),
        ("許多歌迷紛紛加入粉絲團支持偶像,警方提醒注意網路詐騙。", "zh"),  # a fan club in the story, no invitation to the reader
    ],
)
def test_article_lines_shaped_like_this_sessions_furniture_are_kept(line: str, lang: str) -> None:
    """Code review 37's near misses of the lost-indent, copied-credit, 网讯 and welcome-banner rows."""
    body = _KO_ARTICLE if lang == "ko" else _ZH_BODY
    assert line in [s.text for s in segment_document("\n".join([body[0], line, body[1]]) + "\n", lang).sentences]


def test_a_headline_that_welcomes_and_a_footer_with_a_subject_are_read_as_such() -> None:
    """Code review 37: `文明城市欢迎您` is a headline, not a site's banner; `회원 가입은 무료` after the
    article is a footer's scrap, not a sentence cut off after its subject."""
    assert segment_document("文明城市欢迎您\n" + "\n".join(_ZH_BODY) + "\n", "zh").sentences[0].text == "文明城市欢迎您"
    assert [(d.reason, d.text) for d in segment_document("\n".join(_KO_ARTICLE) + "\n회원 가입은 무료\n", "ko").dropped] == [("footer", "회원 가입은 무료")]


def test_a_widget_after_a_line_that_announces_with_a_colon_is_still_asked_of_the_line_model() -> None:
    """Code review 37: what a colon announces is furniture only to a surer model; `返回顶部` still goes."""
    announcing = "警方提醒广大市民,如发现可疑线索,欢迎通过以下方式与我们联系:"
    document = segment_document("\n".join([_ZH_BODY[0], announcing, "返回顶部", _ZH_BODY[1]]) + "\n", "zh")
    assert ("line-model", "返回顶部") in [(d.reason, d.text) for d in document.dropped]


def test_a_headline_with_its_sections_name_glued_on_is_a_copy_and_a_lead_that_ends_with_it_is_not() -> None:
    """Developed page 1327: `澳洲新聞悉尼西南區百人抗議封鎖 …` above the headline is the headline again with the
    section's name glued on, no mark between; a lead that is a few words and the headline, ending like a
    sentence, is the article's."""
    title = "悉尼西南區百人抗議封鎖 警方展開驅逐兩人被捕"
    body = ["【本報悉尼訊】在悉尼西南部有人對額外的封鎖措施進行抗議後,兩人被起訴。", "警方很快於4點20分左右抵達抗議現場。"]
    document = segment_document("\n".join([f"澳洲新聞{title}", title, *body]) + "\n", "zh")
    assert [s.text for s in document.sentences][:2] == [title, "在悉尼西南部有人對額外的封鎖措施進行抗議後,兩人被起訴。"]
    lead = "近日警方破获一起特大电信网络诈骗案。"
    kept = [s.text for s in segment_document(f"警方破获一起特大电信网络诈骗案\n{lead}\n经查,该团伙骗取30余名受害人钱财500余万元。\n", "zh").sentences]
    assert lead in kept


def test_an_editors_one_letter_initial_after_the_last_sentence_is_a_byline() -> None:
    """Developed page 1327: an overseas Chinese paper signs with the editor's surname, `…的傳播。(蘇)`;
    a numbered item's mark is not a name."""
    last = "此前,新州政府宣佈了更嚴格的限制規定,旨在阻止病毒在悉尼西南部傳播。"
    document = segment_document(f"警方很快於4點20分左右抵達抗議現場。\n{last}(蘇)\n", "zh")
    assert document.sentences[-1].text == last and document.metadata.byline == "(蘇)"
    assert segment_document(f"警方很快於4點20分左右抵達抗議現場。\n{last}(一)\n", "zh").metadata.byline is None


@pytest.mark.parametrize(
    "line",
    [
        "南方都市报记者李明华13日电话联系了当地警方,对方表示案件正在调查中。",  # 电话, not a dispatch's 电
        "另据央视记者现场报道：目前现场秩序井然,伤者已送医救治。",
        "多家媒体记者纷纷报道：该市警方已成立专案组。",
        "據中央社記者張三／台北報導,警方24日破獲一起詐騙案。",  # an attribution, as 此外据《法制日报》报道 …
        "图为 记者 李四 在现场采访办案民警。",
        "十余名记者 一同 走进派出所,了解案情。",
        "CCTV记者 走访 多地派出所,了解警务改革。",
        "【通知】讯息平台将于明日维护,请用户注意。",  # 讯息 (a message) after a bracketed label is no dispatch mark
        "【案情回顾】讯问中,犯罪嫌疑人对其盗窃行为供认不讳。",  # nor 讯问 (questioning)
    ],
)
def test_body_lines_shaped_like_press_credits_lose_no_prefix(line: str) -> None:
    """Code review 37b's near misses of the credit rows: a phone call, a body clause ending in 报道：, an
    attribution with 據, a caption's first word, a count of reporters, a reporter who visits."""
    document = segment_document("\n".join([_ZH_BODY[0], line, _ZH_BODY[1]]) + "\n", "zh")
    assert not [d for d in document.dropped if d.reason == "prefix"]


@pytest.mark.parametrize("credits", ["本报讯 记者 陈仕平 通讯员 骆敏 ", "【文匯網訊】大公文匯全媒體報道:", "本报讯：记者 陈仕平 通讯员 骆敏 "])
def test_a_reporters_credit_after_a_dispatch_mark_is_cut_without_brackets(credits: str) -> None:
    """Developed pages 956, 066 and h21: a dispatch's dateline, then its reporters' credit, both before the lead."""
    document = segment_document(f"{credits}{_ZH_BODY[0]}\n{_ZH_BODY[1]}\n", "zh")
    assert [s.text for s in document.sentences] == _ZH_BODY


def test_a_line_read_again_as_two_drops_its_prefix_once() -> None:
    """The first reading of a line that is then read as two leaves nothing behind (code review 37b)."""
    document = segment_document("\n".join([*_ZH_BODY, "本报讯(记者 张三) 目前案件正在进一步侦办中。责任编辑:李四"]) + "\n", "zh")
    assert [(d.reason, d.text) for d in document.dropped] == [("prefix", "本报讯(记者 张三)"), ("editor", "责任编辑:李四")]


@pytest.mark.parametrize(
    "line, lang",
    [
        ("▲ 절벽 아래에서 체온을 유지하고 있던 안씨에게 지역경찰관들이 다가서고 있다. / 사진제공 = 전북경찰청 항공대 © 김현종 기자", "ko"),
        ("|    | 「疫情反彈！邊款消毒劑先夠有效兼安全？ 即睇藥劑師解讀成份有咩分別」", "zh"),
        ("이 기사는 1,234명이 읽었습니다. 조회수 1234", "ko"),
        ("theknight@fnnews.com 정경수 기자", "ko"),  # developed page 248: an address's dot ends no sentence
    ],
)
def test_lines_that_are_furniture_for_more_than_their_tail_are_not_read_as_two(line: str, lang: str) -> None:
    """Developed pages 501 and h29, and code review 37b: a caption with its photo credit, a related
    article's row taken for its bars, a footer that ends the article."""
    body = _KO_ARTICLE if lang == "ko" else _ZH_BODY
    kept = [s.text for s in segment_document("\n".join([body[0], body[1], line]) + "\n", lang).sentences]
    assert kept == body[:2]


def test_a_deck_in_which_the_reporter_goes_along_is_no_byline() -> None:
    """Developed page 1331: `…夜生活平安,记者随同探访` over the headline ends in 记者 and four letters, but
    随同探访 is what the reporter does, not a name."""
    deck = "奎文公安守护城市夜生活平安,记者随同探访"
    text = f"{deck}\n泰华商圈人纷纷 无人机巡航\n夏季治安打击整治“百日行动”开展以来,奎文公安分局联合相关部门建立巡逻队。\n8月1日晚,记者跟随民警脚步,感受平安夜生活。\n"
    assert deck in [s.text for s in segment_document(text, "zh").sentences]
    assert segment_document(text.replace("记者随同探访", "记者 陈怀禹"), "zh").metadata.byline is not None


def test_wire_credits_at_the_ends_of_chinese_paragraphs() -> None:
    lines = [
        "马来西亚一警局遇袭 致警员2死1伤",
        "中新社 吉隆坡5月17日电 (记者 陈悦)马来西亚柔佛州新山市一处警察局17日凌晨遭一名男子袭击。",
        "“伊斯兰祈祷团”是一个活跃于东南亚多个国家的极端组织。(完) 【编辑:甘甜】",
    ]
    document = segment_document("\n".join(lines), "zh")
    assert [s.text for s in document.sentences][1:] == ["马来西亚柔佛州新山市一处警察局17日凌晨遭一名男子袭击。", "“伊斯兰祈祷团”是一个活跃于东南亚多个国家的极端组织。"]
    assert document.metadata.source == "中新社 吉隆坡5月17日电 (记者 陈悦)"
    taiwan = "消防局呼籲民眾戲水時要慎選場所並注意安全。(編輯:張銘坤)1130630\n本網站所有內容屬本報所有,未經許可不得轉載。\n"
    document = segment_document("桃園竹圍漁港3民眾遭沖外海 消防隊員馳援救回\n" + taiwan, "zh")
    assert [s.text for s in document.sentences][-1] == "消防局呼籲民眾戲水時要慎選場所並注意安全。"
    spaced = segment_document("民警获赠百“牛”锦旗\n中新网 4月16日电 据市公安局消息，派出所收到一面锦旗。\n", "zh")  # no reporter
    assert spaced.sentences[1].text == "据市公安局消息，派出所收到一面锦旗。" and spaced.metadata.source == "中新网 4月16日电"
    names = segment_document("市交警开展春运治超执法\n至2月18日，已查处超限超载车辆33辆，卸载货物985.75吨。 (高小明 蓝大明)\n", "zh")  # reporters alone
    assert [s.text for s in names.sentences][-1] == "至2月18日，已查处超限超载车辆33辆，卸载货物985.75吨。" and names.metadata.byline == "(高小明 蓝大明)"


def test_a_long_line_with_the_body_and_a_glued_list_keeps_the_body() -> None:
    body = " ".join(
        [
            "산에서 길을 잃고 다친 등산객들을 15시간 사투 끝에 구조한 소방대원들의 노고가 뒤늦게 알려졌습니다.",
            "지난달 27일 오후 5시 20분쯤 강원도 홍천 덕고산에서 하산하던 등산객 A 씨가 경사로에서 굴러 떨어졌습니다.",
            "A 씨는 119에 전화해 자신의 사고 사실과 함께, 같이 산에 오른 지인 B 씨가 길을 잃어 실종됐다고 알렸습니다.",
            "A 씨는 3시간여 만에 구조돼 병원으로 이송됐고, 실종된 B 씨는 신고 약 5시간 만에 절벽 근처에서 발견됐습니다.",
            "그때 구조대원 일부가 B 씨 보호를 위해 산에서 비박하기로 결정했고, 다음날 아침 헬기로 무사히 구조했습니다.",
        ]
    )
    tail = " 인/기/기/사 ◆ \"늘 최상이라 생각해도\"…세계 1위 선수가 꺼낸 부담 ◆ CCTV 속 여성 얼굴 소름…상가서 무슨일 ▶ 네이버에서 SBS뉴스를 구독해주세요! Copyright ⓒ SBS. All rights reserved. 무단 전재, 재배포 금지"
    document = segment_document("등산객 15시간 사투 끝 구조\n" + body + tail + "\n", "ko")
    kept = " ".join(s.text for s in document.sentences)
    assert body in kept and "Copyright" not in kept and "구독해주세요" not in kept


def test_a_truncated_excerpts_last_clause_is_body_not_a_footer() -> None:
    lines = ["경찰, 불법 촬영 일당 검거", "부산경찰청은 불법 촬영물을 유포한 일당 3명을 검거했다고 15일 밝혔다.", "경찰은 이들이 촬영 영상을"]
    document = segment_document("\n".join(lines), "ko")
    assert [s.text for s in document.sentences][-1] == "경찰은 이들이 촬영 영상을"
    quoted = ["民警跳河救起轻生女子", "1月2日晚，民警接到群众报警称有女子坐在桥外侧。", "“我刚跳进河的时候特别"]  # cut off inside a quotation
    assert [s.text for s in segment_document("\n".join(quoted), "zh").sentences][-1] == quoted[-1]
    inside = [*quoted[:2], "民警说：“我刚跳进河"]  # a quotation opened inside the line and never closed
    assert [s.text for s in segment_document("\n".join(inside), "zh").sentences][-1] == inside[-1]
    opened = [*quoted[:2], "4月,庆阳环县公"]  # a paragraph's opening time and comma, the clause cut off (page 1810, in review)
    assert [s.text for s in segment_document("\n".join(opened), "zh").sentences][-1] == opened[-1]
    assert [s.text for s in segment_document("\n".join([*quoted[:2], "点赞,转发,在看"]), "zh").sentences][-1] == quoted[1]
    short = segment_document("\n".join([*lines[:2], "사회·환경"]), "ko")  # a short scrap that ends no clause still goes
    assert [s.text for s in short.sentences][-1] == lines[1]


@pytest.mark.parametrize(
    "headline, source, lead, lang",
    [
        ("세종자치경찰위원회 LH와 협약", "한국시사경제 세종취재분부 |", "세종자치경찰위원회가 한국토지주택공사와 업무협약을 맺었다.", "ko"),  # a bureau credit
        ("女子從觀光船墮海 救起送院", "【澳門導報】", "一名內地女子昨日從內地觀光船墮海，被救起送院。", "zh"),  # a paper's name in brackets
        ("社區警政優化 春節聯歡獲迴響", "(記者王小明)", "農曆春節將至，分局與里辦公處合辦宣導活動。", "zh"),  # a reporter alone in brackets
        ("警員協助受困駕駛 民眾感謝", "新聞中心/整理", "蘇澳分局警員日前獲報公路上有民眾需要協助。", "zh"),  # a compiler's credit
        ("派出所及时解救被困群众", "某某在线(某某公安)", "7月5日15时许，派出所接到指挥中心派警。", "zh"),  # an outlet and its source before a dated lead
        ("해수욕장 여름파출소 운영", "[부산해운대경찰서]", "해운대경찰서는 여름파출소를 다음 달까지 운영한다고 밝혔다.", "ko"),  # an agency's press release
        ("숙박등기 위반 단속 유의", "[선양한국총영사관]", "중국 공안당국은 공항과 항만의 검색을 강화하고 있습니다.", "ko"),  # a consulate's notice (batch 124's first contact, 2497)
        ("晋江一女子落水 民警跳河救人", "【中國傳媒聯盟—福建】訊:", "9月10日早上,一名年輕女子落入內溝河,民警隨即下水施救。", "zh"),  # the dispatch mark after the brackets
        ("晋江一女子落水 民警跳河救人", "【东南网】讯:", "9月10日早上,一名年轻女子落入内沟河,民警随即下水施救。", "zh"),  # …an outlet's name inside them
        ("罂粟种植违法", "本刊讯", "罂粟在我国有着悠久的种植历史,它具有很好的药用价值。", "zh"),  # a periodical's own dispatch mark, glued (1468)
        ("洪安鎮鏟除罌粟", "秀山網訊", "5月11日,洪安鎮政府接到群眾舉報,在溝邊發現類似罌粟的植物。", "zh"),  # an outlet's, the lead's date glued after it (1482)
        ("원주경찰서 기동순찰대 발대식", "시사투데이 김준 기자]", "강원지방경찰청은 원주경찰서에서 기동순찰대 발대식을 열었다.", "ko"),  # an excerpt's cut took the opening bracket (1545)
        ("춘천경찰 음주단속", "〈강원일보 김민지 기자〉", "춘천경찰서는 지난 3일 밤 음주운전 단속을 벌여 5명을 적발했다.", "ko"),  # angle brackets (code review 67)
        ("춘천경찰 음주단속", "<강원일보 김민지 기자>", "춘천경찰서는 지난 3일 밤 음주운전 단속을 벌여 5명을 적발했다.", "ko"),
        ("张掖甘州为老人止损36万余元", "【人民公安报】", "6月10日12时许,甘州分局西街派出所接到反诈中心指令。", "zh"),  # a paper named by its last 报 alone (1499)
        # an outlet's dated news and a comma, the date spaced apart from the words as some sites print figures (IT之家's form)
        ("阿里 CEO 吴泳铭：平头哥二代芯片预计今年下半年流片", "IT之家 8 月 20 日消息，", "在今天晚间的分析师电话会上，阿里 CEO 吴泳铭透露了芯片计划。", "zh"),
        ("民警护送走失老人回家", "本网12月3日讯，", "民警在辖区巡逻时发现一名走失老人，随即将其护送回家。", "zh"),
        ("全国公安机关破获一批电信诈骗案件", "新华社8月20日电，", "全国公安机关近日集中破获一批电信诈骗案件，抓获嫌疑人300余名。", "zh"),
        # a release service's name and the time it sent the text (batch 689's first contact, developed 4724); a bracketed date alone is no credit
        ("漁船近岸違規捕撈櫻花蝦", "(中央社訊息服務20191218 10:06:03)", "鑒於近期高屏溪出海口沿岸為採捕期熱點,有漁民反映有漁船違規捕撈。", "zh"),
        ("보이스피싱 조직 검거", "(연합뉴스 2019.12.18 10:06)", "경찰은 보이스피싱 조직원 12명을 검거했다고 18일 밝혔다.", "ko"),
    ],
)
def test_a_source_credit_glued_to_the_lead_goes_to_metadata(headline: str, source: str, lead: str, lang: str) -> None:
    document = segment_document(f"{headline}\n{source} {lead}\n" if lang == "ko" else f"{headline}\n{source}{lead}\n", lang)
    assert document.sentences[1].text == lead
    assert document.metadata.source == source


def test_a_bracketed_date_alone_before_a_lead_is_no_credit() -> None:
    """The near misses of the release-service row (code review 91b): a date with no name, with the writer's
    own words (截至, 案发时间), a place or a label (기준) before it, or a page's date field, is no outlet's credit."""
    for bracket in ("(2019-12-18 10:06)", "（截至2019年12月18日）", "(案发时间2019年12月18日 22:30)"):
        lead = f"{bracket}全市共破获电信诈骗案件120起,抓获犯罪嫌疑人56名。"
        document = segment_document(f"警方通报电诈案件\n{lead}\n", "zh")
        assert document.metadata.source is None and document.sentences[1].text == lead, bracket
    for bracket in ("(서울 2019.12.18) ", "(기준 2019.12.18) "):
        lead = f"{bracket}경찰은 보이스피싱 조직원 12명을 검거했다고 18일 밝혔다."
        document = segment_document(f"보이스피싱 조직 검거\n{lead}\n", "ko")
        assert document.metadata.source is None and document.sentences[1].text == lead, bracket
    page = segment_document((PAGES / "3015.txt").read_text(encoding="utf-8"), "zh")  # a page's 【发布日期:…】 field stays its date
    assert page.metadata.date is not None and page.metadata.date.startswith("【发布日期:2014-05-28】")


def test_an_agency_in_brackets_before_a_headline_is_the_headlines_own() -> None:
    """Batch 687's first contact (developed 4715, a local paper's copy of a police release): `[천안동남경찰서]
    전화금융사기 특별 예방 비대면 홍보활동 펼쳐`, the agency's name in brackets before the headline, was cut off as
    the source credit the same brackets are before a press release's lead (`[인천서부경찰서]해수욕장에서 …
    경찰관서이다.`, 716). Before a line that does not end as a sentence does, the bracket is the headline's kicker:
    every gold set that has one keeps it (4113, 4715 and three held-out pages)."""
    lead = "천안동남경찰서 청수파출소는 관내 아파트 13개 단지 입주민을 대상으로 비대면 홍보 활동을 펼쳤다고 20일 밝혔다."
    for headline in ("[천안동남경찰서] 전화금융사기 특별 예방 비대면 홍보활동 펼쳐", "[주밴쿠버총영사관]재외공관 사칭 금융사기 유의 안내"):
        document = segment_document(f"{headline}\n{lead}\n", "ko")
        assert [s.text for s in document.sentences] == [headline, lead] and document.metadata.source is None
    # near miss: before a lead that ends as a sentence, plain or polite, with its full stop or without, it is a credit
    for ending in ("펼쳤다고 20일 밝혔다.", "펼쳤습니다"):
        glued = f"[천안동남경찰서]청수파출소는 관내 아파트 입주민을 대상으로 비대면 홍보 활동을 {ending}"
        document = segment_document(f"전화금융사기 예방 홍보\n{glued}\n", "ko")
        assert document.metadata.source == "[천안동남경찰서]" and document.sentences[1].text == glued[len("[천안동남경찰서]") :]


def test_a_platform_accounts_label_before_a_bracketed_dispatch_is_cut_with_it() -> None:
    """Batch 302's first contact (a Chinese community portal's repost): `华人号:华人头条-卡罗莱纳` glued before
    `【华人头条美国社综合讯】` and the lead; the bracketed dispatch alone was cut, the two together were not. The
    account label goes as the source, the dispatch as a prefix; a numbered label (`1号:`), a word that ends in 号
    and is no platform (`微信号:`, `口号:`) or an account with no dispatch after it is not asked."""
    lead = "近日,美国旧金山警方发布警告,提醒华人社区成员警惕一种“祈福”的诈骗行为。这种诈骗已致至少7名老年人受害。"
    for account in ("华人号:华人头条-卡罗莱纳", "百家号:平安北京"):
        document = segment_document(f"旧金山警方警告祈福骗局\n{account}【华人头条美国社综合讯】{lead}\n", "zh")
        assert document.sentences[1].text == lead[: lead.index("。") + 1]
        assert [d.text for d in document.dropped] == [account, "【华人头条美国社综合讯】"]
        assert document.metadata.source == account
    for kept in ("1号:张三【华人头条美国社综合讯】", "华人号:华人头条-卡罗莱纳 ", "他的微信号:lm2024【本报讯】", "口号:平安江城【江城警方讯】"):  # code review 90b
        assert segment_document(f"旧金山警方警告祈福骗局\n{kept}{lead}\n", "zh").sentences[1].text.startswith(kept.strip())


@pytest.mark.parametrize(
    "line",
    [
        "本站讯息仅供参考,具体以公安机关发布的通告为准。",
        "手机短讯5月11日起向市民推送防诈骗提醒,请注意查收。",
        "据新华社8月20日消息，民警在辖区巡逻时发现一名走失老人。",  # a clause that says where the news comes from
        "云南文山州马关县公安局微信公众号“马关公安”9月15日消息，民警破获一起盗窃案。",  # an account's dated news (2745's lead)
        # (code review 83: an office's, an account's or a company's dated news is the sentence's own words, as 2745's annotation says)
        "马关公安9月15日消息，民警开展边境巡逻。",
        "公安部9月15日消息，全国公安机关破获一批电信诈骗案件。",
        "海关总署12月3日电，全国海关查获走私案件120起。",
        "阿里巴巴8月20日消息，公司将发布新一代芯片。",
        "今年8月20日消息，民警在辖区巡逻时发现一名走失老人。",
        "平台8月20日消息，民警提醒市民注意防范网络诈骗。",
        # (code review 83c: a space before 讯 after a word that is no outlet's name)
        "民警 讯 嫌疑人已于昨日被刑事拘留。",
        "警方 訊 問嫌犯後查明案情。",
        "第一条 讯 问犯罪嫌疑人应当由两名以上侦查人员进行。",
        "民警闻 讯 赶到现场,将落水男子救起。",
        "手机 讯 号 很差,大家有同感吗?",
    ],
)
def test_a_lead_that_begins_like_a_dispatch_mark_keeps_its_words(line: str) -> None:
    """本站讯息 (this site's messages) and 短讯 (text messages) are no outlet's dispatch mark, nor is a
    clause opened by 据, nor an office's, an account's or a company's dated news (an outlet's is:
    `IT之家 8 月 20 日消息，`, above)."""
    document = segment_document(f"民警提醒市民注意防范\n{line}\n", "zh")
    assert document.metadata.source is None and document.sentences[1].text == line


@pytest.mark.parametrize("label", ["【警情通报】", "【反诈快报】", "【平安 周报】", "【情况报告】"])
def test_a_bulletin_label_in_brackets_is_no_papers_name(label: str) -> None:
    """A bulletin, a tip-off or a label with a space inside stays in its sentence; a paper's name
    there would go to the metadata (test above)."""
    lead = "6月10日,甘州分局西街派出所接到指令,民警立即赶到现场。"
    document = segment_document(f"民警劝阻老人转账\n{label}{lead}\n", "zh")
    assert document.metadata.source is None and document.sentences[1].text == label + lead


def test_a_forum_posts_edit_stamp_and_anti_copy_scraps_go_and_the_time_they_hide_stays() -> None:
    """tests/data/pages/1553 (a Discuz! forum): the edit stamp above a post without a headline is
    no headline, and a scrap glued before a line keeps the text's opening clock time."""
    text = "\n".join([
        "本帖最后由 淮安人网 于 2021-2-23 17:09 编辑",
        "2月22日14时31分,金湖县公安局110指挥中心接到群众紧急报警求助。",
        "* |4 n5 i, F9 H7 _1 C# Y) W14时34分,交警大队民警迅速赶到现场。",
        "本帖最后由网友于2021-2-23 17:09编辑后被删除,警方已介入调查。",
    ])
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert kept == ["2月22日14时31分,金湖县公安局110指挥中心接到群众紧急报警求助。", "14时34分,交警大队民警迅速赶到现场。", "本帖最后由网友于2021-2-23 17:09编辑后被删除,警方已介入调查。"]


def test_an_anti_copy_scrap_glued_after_a_crosshead_is_cut_off_it() -> None:
    """Batch 694's first contact (staged 4754, a Discuz! forum's repost, dropped in review when the store did
    not return it): the forum's filler glued after a crosshead that ends in a word, no sentence end
    (`8起中餐馆2天内连连被盗) ]6 x: z9 D) U" g# C/ [/ r! Z`), took the crosshead with it. After a word the run must
    be longer (six scraps, four marks) and pair a letter with a mark three times, as the filler does."""
    lead = "如今中餐馆业的业主们很多人都有同样的担心,警方表示,华人习惯在家里存放较多的现金。"
    after = "就在上周末,维吉尼亚州一个小城市2天就发生了8起中餐馆连续被盗案件。"
    head = "8起中餐馆2天内连连被盗"
    document = segment_document(f"美国小城多家中餐馆被洗劫\n{lead}\n{head}) ]6 x: z9 D) U\" g# C/ [/ r! Z\n{after}\n", "zh")
    assert [s.text for s in document.sentences] == ["美国小城多家中餐馆被洗劫", lead, head, after]
    version = "警方查获的木马程序版本号 v1. 2. 3. 4. 5. 6"  # code review 91b: a regular tail of the writer's, no letter paired with a mark
    document = segment_document(f"美国小城多家中餐馆被洗劫\n{lead}\n{version}\n{after}\n", "zh")
    assert [s.text for s in document.sentences] == ["美国小城多家中餐馆被洗劫", lead, version, after]


def test_a_caption_ending_in_its_photos_copyright_credit_ends_nothing() -> None:
    """Batch 699's first contact (developed 4784, a blogger's translation of a Merdeka.com report): the photo's
    caption ends with its credit, `…러시아인들 ©2023 Merdeka.com/istimewa`, and was read as the page's copyright
    notice: the article below it was lost. A caption with a © year and agency credit goes alone, as a
    caption; a footer (`Copyright ©2023 Merdeka.com`, `저작권자 © 미디어오늘`) still ends the article."""
    headline = "빈발하는 발리 외국인 일탈에 대책은 체포와 추방뿐?"
    caption = "발리 버사키 사원(pura besakih)에서 부적절한 춤을 춘 러시아인들 ©2023 Merdeka.com/istimewa"
    body = [
        "발리 덴빠사르 1급 이민국은 버사키 사원에서 부적절한 춤을 춘 러시아인 세 명을 체포했다고 밝혔다.",
        "이들 러시아인들이 문제를 일으킨 것은 아침 11시경이었다.",
        "이민국에 체포된 세 명은 모두 러시아 여권 소지자인 것이 확인됐다.",
    ]
    document = segment_document("\n".join([headline, caption, *body]) + "\n", "ko")
    assert [s.text for s in document.sentences] == [headline, *body]
    assert [d.reason for d in document.dropped if d.text == caption] == ["caption"]
    for footer in ("Copyright ©2023 Merdeka.com", "저작권자 © 미디어오늘 무단전재 및 재배포 금지"):
        document = segment_document("\n".join([headline, *body[:2], footer, body[2]]) + "\n", "ko")
        assert [s.text for s in document.sentences] == [headline, *body[:2]], footer


def test_a_comment_policy_ends_a_korean_article() -> None:
    body = ["서울경찰청은 보이스피싱 조직원 12명을 검거했다고 3일 밝혔다.", "경찰은 추가 피해자가 있는지 수사를 이어가고 있다."]
    policy = "정책브리핑 게시물 운영원칙에 따라 다음과 같은 게시물은 삭제 또는 계정이 차단 될 수 있습니다."
    document = segment_document("\n".join([*body, policy, "욕설, 비방 등 타인을 공격하는 글"]), "ko")
    assert [s.text for s in document.sentences] == body


def test_a_trailing_byline_is_cut_from_the_last_paragraph() -> None:
    text = "경찰청은 11일 피싱 조직원을 검거했다.\n경찰은 피해 예방을 당부했다. (서울=연합뉴스) 장영은 기자 young@yna.co.kr\n"
    document = segment_document(text, "ko")
    assert document.sentences[-1].text == "경찰은 피해 예방을 당부했다."
    assert document.dropped[-1].reason == "byline" and document.dropped[-1].text.endswith("young@yna.co.kr")


def test_the_headline_is_the_title_line_that_shares_words_with_the_lead() -> None:
    text = "\n".join([
        "시작페지 설정",
        "이달의 칼럼",
        "경외 특대전신인터넷사기 소굴 파괴당해",
        "장춘공안국 125명의 범죄용의자 장춘으로 압송",
        "2019년 11월 21일 14:37",
        "【글자 크게 복원 작게】【메모】【프린트】【창닫기",
        "일전, 장춘시공안국은 경외 특대전신인터넷사기 소굴을 파괴하고 125명의 범죄용의자를 장춘으로 압송해왔다.",
        "이번 전문행동은 길림성이 경외 전신인터넷사기를 타격하는 데서 성과가 가장 두드러진 한차례이다.",
    ])
    document = segment_document(text, "ko")
    assert [s.text for s in document.sentences][:2] == ["경외 특대전신인터넷사기 소굴 파괴당해", "장춘공안국 125명의 범죄용의자 장춘으로 압송"]
    assert document.metadata.title == "경외 특대전신인터넷사기 소굴 파괴당해"
    assert document.metadata.date == "2019년 11월 21일 14:37"


def test_a_headline_printed_twice_over_a_sub_headline_heads_the_block() -> None:
    """A news CMS prints the headline twice and the sub-headline under it (page 1802 of the batch in
    review): the sub-headline shares the lead's words, the headline does not; the headline's first
    copy heads the block and its second goes as a copy. A caption printed twice over its credit
    stays no headline (the test below)."""
    head, deck = "외국인 맞춤형 범죄예방교실", "21일 음성경찰서 실시"
    lead = "음성경찰서(서장 윤중섭)는 21일 음성군 대소면 소재 업체를 방문하여 베트남 근로자 20여명을 대상으로 국내생활에 유용한 법률을 교육했다고 밝혔다."
    page = [head, head, deck, "  • 음성뉴스", "  • 승인 2013.01.21 13:11", lead, "이번 교육은 베트남어로 번역한 자료로 진행됐다."]
    document = segment_document("\n".join(page) + "\n", "ko")
    assert [s.text for s in document.sentences[:3]] == [head, deck, lead] and document.metadata.title == head


def test_a_label_printed_twice_over_the_headline_is_no_headline() -> None:
    """(code review 59b) A section's or site's label printed twice above the headline (`사회/사건사고`)
    is no headline printed twice: it holds a label's mark. A short headline printed twice over a
    longer sub-headline still heads it (code review 59c)."""
    head = "음성경찰서, 외국인 근로자 범죄예방교실 실시"
    lead = "음성경찰서(서장 윤중섭)는 21일 음성군 대소면 소재 업체를 방문하여 베트남 근로자 20여명을 대상으로 국내생활에 유용한 법률을 교육했다고 밝혔다."
    for label in ("사회/사건사고", "음성뉴스 - 음성의 모든 소식"):
        document = segment_document("\n".join([label, label, head, "  • 승인 2013.01.21 13:11", lead, "이번 교육은 베트남어로 번역한 자료로 진행됐다."]) + "\n", "ko")
        assert document.metadata.title == head and document.sentences[0].text == head, label
    short, sub = "寒夜里的温暖", "朝阳市公安局西大营子派出所救助走失老人"
    zh_lead = "1月18日,朝阳市公安局西大营子派出所民警成功救助一位走失老人,并将老人安全护送返回家中。"
    document = segment_document("\n".join([short, short, sub, "发布时间:2024-01-19 09:00", zh_lead, "民警提醒,家中有老人的要多加看护。"]) + "\n", "zh")
    assert document.metadata.title == short and [s.text for s in document.sentences[:2]] == [short, sub]


def test_a_caption_printed_twice_over_a_photo_credit_is_no_headline() -> None:
    # a Yonhap page (https://m.yna.co.kr/view/AKR20220612057400083): the photo's alt text and caption
    # share more words with the lead than the headline does, but stand over the photo's credit
    page = [
        "중국 식당서 여성 4명 집단폭행에 여론 분노…피의자 9명 체포",
        "송고시간2022-06-12 23:35",
        "중국 네티즌 \"사회의 암적 존재 중형 받아야\"…中당국 \"법에 따라 엄벌\"",
        "허베이성 탕산 식당 집단 폭행 사건 현장",
        "허베이성 탕산 식당 집단 폭행 사건 현장",
        "[웨이보 캡처. 재판매 및 DB 금지]",
        "(베이징=연합뉴스) 김진방 특파원 = 중국 허베이성 탕산시의 한 식당에서 20대 여성 4명이 남성 7명에게 집단 구타를 당하는 사건이 발생해 중국 여론의 분노를 사고 있다.",
        "12일 관찰자망에 따르면 지난 10일 새벽 2시 40분께 탕신시의 한 식당에서 남성 7명이 성추행을 거부하는 여성 4명을 잔인하게 폭행한 사건이 벌어졌다.",
    ]
    document = segment_document("\n".join(page), "ko")
    assert document.metadata.title == page[0]
    assert document.sentences[0].text == page[0] and document.sentences[0].heading
    assert not any("사건 현장" in s.text for s in document.sentences)
    # near misses: a headline printed once, or twice with nothing else above the body, over the
    # credit of the photo under it stays the headline
    once = [page[0], "[웨이보 캡처. 재판매 및 DB 금지]", *page[6:]]
    twice = [page[0], page[0] + " | 연합뉴스", "[웨이보 캡처. 재판매 및 DB 금지]", *page[6:]]
    for near in (once, twice):
        document = segment_document("\n".join(near), "ko")
        assert document.metadata.title == page[0] and document.sentences[0].text == page[0]


def test_an_article_that_lost_its_line_breaks_keeps_its_sentences(seed: str) -> None:
    flat = re.sub(r"\s*\n\s*", " ", seed_text(seed))
    kept = "".join(s.text for s in segment_document(flat, SEED_LANG[seed]).sentences).replace(" ", "")
    gold = [g.replace(" ", "") for g in (PAGES.parent / "seeds" / f"{seed}.gold.txt").read_text(encoding="utf-8").splitlines() if g.strip()]
    assert sum(g in kept for g in gold) >= 0.9 * len(gold)


@pytest.mark.parametrize(
    "line, lang",
    [
        ("嫌疑人索要短信验证码后盗刷银行卡。", "zh"),
        ("嫌疑人未经许可擅自收集公民个人信息。", "zh"),
        ("该团伙以网络博彩为名实施诈骗。", "zh"),
        ("来自全国各地的500多名民警参加了培训。", "zh"),
        ("公安部发布2024年十大典型案例。", "zh"),
        ("活动时间：2024年5月1日至5月3日。", "zh"),
        ("今年以来已售出10万台电动自行车。", "zh"),
        ("受害人3月5日电话报警。", "zh"),
        ("他对记者说：“我们会继续努力。”", "zh"),
        ("경찰은 텔레그램으로 피해자를 모집한 총책을 쫓고 있다.", "ko"),
        ("김 청장은 이날 기자들과 만나 이같이 말했다.", "ko"),
        ("이 영상은 유튜브 조회수 100만회를 넘겼다.", "ko"),
        ("경찰은 댓글 조작 사건을 수사하고 있다.", "ko"),
        ("投资者可能感兴趣。", "zh"),
        ("新规要求网民必须先登录才能发表评论。", "zh"),
        ("比赛结果为 中国 - 日本 - 韩国。", "zh"),
        ("他展示了获奖作品（照片）。", "zh"),
        ("이것은 가짜 뉴스 때문입니다.", "ko"),
        ("문의는 help@korea.kr로 하면 됩니다?", "ko"),
        ("자세한 내용은 info@kosis.kr로 문의하면 된다고 밝혔어요.", "ko"),
        ("KTX 노선은 서울 - 대전 - 부산이다.", "ko"),
        ("오늘 10:30 개막했다.", "ko"),
        ("투자자들이 관심 가질 만한 종목이다.", "ko"),
        ("주가는 5,000원 > 4,800원으로 내렸다.", "ko"),
        ("◆ 김현정 > 그렇죠", "ko"),  # an interview's turn, no page title
        ("记者了解到,当他们一同面对考验时,无需言语,只需要一个眼神的交汇,便能", "zh"),  # the reporter as subject, ASCII commas: no byline, no tags
        ("国际禁毒日来临之际,记者走近南京缉毒犬——无言的缉毒战士", "zh"),
        ("商家如有侵权行为，消费者可联系市场监管部门举报。", "zh"),
        ("网民发布留言称其遭到诈骗。", "zh"),
        ("경찰은 이메일 주소를 공개하지 않았다.", "ko"),
        ("경찰은 오래된 브라우저를 쓰는 사용자에게도 신고 사이트를 열어 두었다.", "ko"),
        ("他表示，案件审理完毕后将依法处理（完）整批赃物。", "zh"),
        ("2016年08月29日 10:42，民警接到报警后赶到现场。", "zh"),
        ("경찰은 악성 댓글을 삭제하지 않은 운영자를 조사하고 있다.", "ko"),
        ("경찰은 피해자 가족과 연락해 사진 자료를 제공받았다.", "ko"),
        ("该书作者介绍了反诈经验。", "zh"),
        ("如果觉得主播唱得不错,他就会打赏。", "zh"),  # a story's tipping, no request
        ("经查,该App正在滚动推送虚假投资广告。", "zh"),
        ("경찰은 '경찰청 앱을 지금 다운로드하세요'라고 안내하는 문자는 사기라고 밝혔다.", "ko"),
        # (code review 76b: an app's launch or install told in a story, a quoted invitation)
        ("国家反诈中心App正式上线以来,已累计为群众避免损失数亿元。", "zh"),
        ("3月1日,市公安局“警民通”App正式上线,市民可在线办理户籍、出入境等业务。", "zh"),
        ("记者了解到,该诈骗团伙制作的虚假App正在滚动更新版本以躲避查处。", "zh"),
        ("警方介绍,该平台谎称其APP全新登场,诱导受害人下载并充值。", "zh"),
        ("骗子在短信中写道:“更多精彩,尽在某某直播App”,诱导受害人点击链接。", "zh"),
        ("民警提醒,请勿轻信直播间里要求打赏支持一下的陌生人。", "zh"),
    ],
)
def test_a_sentence_that_uses_a_furniture_word_is_still_a_sentence(line: str, lang: str) -> None:
    lead = "公安局通报了案件的情况和相关数据。\n" if lang == "zh" else "경찰청은 11일 보이스피싱 조직원 26명을 검거했다고 밝혔다.\n"
    last = "最后一句也是正文。" if lang == "zh" else "마지막 문장도 본문이다."
    document = segment_document(lead + line + "\n" + last + "\n", lang)
    assert [s.text for s in document.sentences][1:] == [line, last]


def test_a_bare_carriage_return_ends_a_line() -> None:
    document = segment_document("경찰 단속 결과 발표\r경찰청은 11일 피싱 조직원을 검거했다고 밝혔다.\r경찰은 예방을 당부했다.\r", "ko")
    assert [s.text for s in document.sentences] == ["경찰 단속 결과 발표", "경찰청은 11일 피싱 조직원을 검거했다고 밝혔다.", "경찰은 예방을 당부했다."]


def test_a_byline_with_an_e_mail_ends_the_article() -> None:
    text = "\n".join([
        "경찰은 마약 투약을 의심하고 이들을 긴급체포했다. 이후 간이 시약 검사에서 두 명 모두 양성 반응이 나왔다.",
        "경찰은 국립과학수사연구원에 정밀 검사를 요청하는 한편 정확한 사건 경위를 조사할 방침이다.",
        "김태원 기자 deja@example.co.kr",
        "‘독도’ 노래한 그룹에 일본서 역대급 반발…반대 청원 4만건 돌파",
        "온라인 기사 ( 2024.11.18 09:45 )",
        "동덕여대 공학 전환 사태에 동문들 “훼손 용납 안 돼” vs “근간 흔든다”",
    ])
    document = segment_document(text, "ko")
    assert [s.text for s in document.sentences][-1] == "경찰은 국립과학수사연구원에 정밀 검사를 요청하는 한편 정확한 사건 경위를 조사할 방침이다."
    assert document.metadata.byline == "김태원 기자 deja@example.co.kr"


def test_a_headline_about_a_reporter_is_still_the_headline() -> None:
    text = "\n".join([
        "한겨레 기자 모발···필로폰 양성 반응",
        "정아임 기자 | 기사입력 2018/05/16 [16:08]",
        "마약 투약 혐의를 받고 있는 한겨레 기자의 모발 분석 결과 필로폰 양성 반응이 나왔다.",
        "경찰은 A씨를 소환해 공범 여부 등 추가 조사 후 검찰에 송치할 계획이다.",
    ])
    document = segment_document(text, "ko")
    assert document.sentences[0].text == "한겨레 기자 모발···필로폰 양성 반응"
    assert "정아임" not in " ".join(s.text for s in document.sentences)
    # a byline's meta row with the date it was posted is no headline about a reporter, even under a
    # deck whose words the lead repeats, a photo's caption and credit between them, the row printed again below (1532)
    dated = "\n".join([
        "양산경찰, 송금중이던 보이스피싱 현금수거책 검거",
        "22일 오후 5시 30분 경 양산역 앞 하나은행 현금지급코너",
        "최철근 기자 / 입력 : 2020년 12월 23일",
        "↑↑ 양산경찰서 |",
        "ⓒ 웅상뉴스(웅상신문) |",
        "| 양산경찰서는 22일 오후 5시 30분 경 양산시 양산역 앞 하나은행 현금지급코너에서 현금수거책을 검거했다고 밝혔다.",
        "경찰은 여죄를 조사하고 있다.",
        "최철근 기자 /  입력 : 2020년 12월 23일",  # printed again under the article
    ])
    assert "최철근" not in " ".join(s.text for s in segment_document(dated, "ko").sentences)


_CHINESE_FURNITURE = [
    ("2019-10-06济南网", "dateline"),  # the date with the outlet glued to it
    ("????", "page-furniture"),  # characters the page lost
    ("民警为群众讲解反诈知识 市公安局供图", "caption"),  # a caption ending in its credit after a space
    ("摄影 李明", "caption"),  # a credit opening the line
    ("Tags:民警 结冰", "tags"),
    ("相关热词搜索:", "tags"),  # a news CMS's related hot-word label, its words not in the excerpt
    ("相关热词搜索: 百姓民生", "tags"),
    ("20251103", "dateline"),  # a date as eight digits
    ("邹雄华 罗志帅摄影报道:", "byline"),  # a photo report's credit
    ("您需要 登录 才可以下载或查看,没有帐号?立即注册", "promo"),  # a forum's notice to log in
    ("下載 SBS Audio 應用程式", "promo"),  # an app invitation, the verb first
    ("有關詳情,請聽溫楚良和宋慶勤的報導。", "byline"),  # a broadcast's hand-over to its reporters
    ("发还仪式现场 发还仪式现场", "caption"),
    ("老人送锦旗表示感谢老人送锦旗表示感谢", "caption"),
    ("圖說:中市警局查扣琳瑯滿目毒品等證物。", "caption"),
    ("0 m- {3 b, n. I: S u7 I+ x* O* Q$ v\" p; E2 H", "page-furniture"),
    ("rthk.hk - 即時新聞: 本地 ( ) • 2022-01-25 00:53", "page-furniture"),
    ("更多新聞內容請至聯合新聞粉絲團", "promo"),
    ("新冠肺炎,肺炎,傳染病,衞生防護中心,外傭,勞工處", "tags"),
    ("|    | 【新冠肺炎】借疫情騙財 假冒衞生署來電告知「確診」 |", "related"),
    ("時事脈搏 ｜ 今日 11:13", "dateline"),
    ("我是廣告 請繼續往下閱讀", "ad-block"),
    ("Ad:美好不容错过,和家人朋友一起享受愉快时光,现在就订票", "ad-block"),  # page 4917: an advertisement under its label, a sentence in form
    ("[廣告] 請繼續往下閱讀 ...", "ad-block"),
    ("02", "page-furniture"),
    ("北京青年报客户端 2021-02-03 12:10", "dateline"),
    ("08:48(7/13 09:26 更新)", "dateline"),
    ("(同学们参观禁毒宣传教育系列专栏)", "caption"),
    ("打开APP阅读更多精彩内容", "promo"),
    ("想跟上時事,快點我加入TVBS新聞LINE好友!", "promo"),
    ("加入FB粉絲團,可獲取更多關於我們的訊息!", "promo"),  # page 1362: a fan-page invitation, a sentence in form
    ("如果覺得這篇文章對(duì)您有幫助,請(qǐng)打賞支持一下!", "promo"),  # page 3264: a tip request, a mirror's pinyin inside
    ("如果觉得文章不错,欢迎赞赏作者", "promo"),
    ("中华时报APP, 全新登场!", "promo"),  # page 3131: an app's launch
    ("更多精彩,尽在新浪微博", "promo"),  # page 2817
    ("本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,當您關閉此視窗,代表您同意上述規範。", "widget"),
    ("👉討論度爆表的精油精露保養,你還不知道嗎?", "related"),
    ("元宵節麗江城區查處酒駕醉駕違法犯罪行為4起.jpg (26.61 KB, 下載次數: 269)", "page-furniture"),
    ("- 作者：小二郎来源：4hou|2018-10-29 10:35", "dateline"),  # a time's colon inside a field's value
    ("國道公路警察局第七公路警察大隊關心您", "byline"),  # an agency's sign-off
    ("账号+密码登录", "widget"),  # a login box
    ("还没有账号?", "widget"),
    ("投稿人:第七大隊部 隊員 王韻筑", "byline"),
    ("高速交警夜查酒驾▲", "caption"),  # a caption pointing up at its photo
    ("上一页  [1] [2] [3] [4]", "navigation"),
    ("發佈留言", "comments"),
    ("您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。", "widget"),
    ("2016年08月29日 10:42  海曙新闻网", "dateline"),
    ("砂拉越警察总监(右)在记者会上发言,左起为副警察总监及缉毒犯罪调查部主任。", "caption"),
    ("超人 发表于 2014-1-13 10:07", "dateline"),
    ("查看完整版本: 去年巴中市110总呼入量约50万起", "navigation"),
    ("您可能有興趣", "related"),
    ("社區治安工作剪影", "caption"),
    ("報新聞/編輯部", "byline"),
    ("中新网黑龙江新闻官方微信:扫一扫,立即关注!", "promo"),
    ("关注“中新网黑龙江新闻”,获取独家新闻资讯。", "promo"),
    ("首页政法警务", "navigation"),
    ("#謠言止於智者", "tags"),  # a hashtag alone on its line
    ("#平安春运# #守护回家路#", "tags"),  # Weibo topic tags
    ("正在閱讀: 市交通運輸局加大春運期間治超執法力度", "navigation"),  # a now-reading bar
    ("↑民警抓获犯罪嫌疑人", "caption"),  # a caption pointing up at its photo
    ("↑↑ 民警走访辖区商户<县公安局提供>", "caption"),
    ("淄博市广播电视台记者 隋雪松", "byline"),  # an outlet's reporter line
    ("[乡镇传真]", "navigation"),  # a column label in square brackets
    ("本文来自XX，仅代表作者观点。", "copyright"),  # a platform's disclaimer under a repost
    ("赞助我们 您知道本站这些年来一直都是非营利网站吗?如果您也认同我们的观点,请通过左侧二维码赞助我们~", "promo"),  # a site's donation appeal (batch 305's first contact)
    ("【纠错】", "widget"),
    ("返回搜狐，查看更多", "page-furniture"),
    ("相關文章：", "related"),
    ("欧美成人A片免费|日韩无码一级av|一级黄色大片在线播放|黄片视频在线观看无码|亚洲精品成人无码影视|婷婷五月天视频网站", "seo-spam"),
    ("声明:", "copyright"),
    ("1、凡本网注明“人民交通杂志”/人民交通网,所有自采新闻(含图片),如需授权转载应在授权范围内使用,并注明来源。", "copyright"),
    ("以上内容由传播大模型和DeepSeek生成,仅供参考", "widget"),  # an AI summary's notice
    ("网传打斗视频截图。", "caption"),  # a screenshot's caption (captions set, round 2, z109)
    ("@澎湃新闻 微博评论截图:", "caption"),  # a screenshot's caption, its account named first (developed page 1037)
    ("图1.辅导员分组检查宿舍安全和卫生", "caption"),  # a photo's number closed by a full stop (developed page 3643)
    ("警方所充公的其中一部分毒品。–照片:大马皇家警察", "caption"),  # the credit after a dash (developed page 576)
    ("首页 法院概况 机构设置 新闻中心 司法公开 诉讼指南 案例评析 法苑文化 人民陪审 预算公开 决算公开 视频在线 民意沟通", "navigation"),
    ("(配图与本文无关)", "caption"),  # a stock photo's note
    ("圖片與內容無關", "caption"),
    # a menu row under another label, past any list row's length (batch 492's 3539, an energy portal's menu)
    ("  • 频道 能源互联网 电力科技 电动汽车 数字电网 全球能源互联网 增量配电 电力市场 特高压 电力数字化 电力自动化 电力通信 泛在电力物联网 节能环保 电力教育培训 电力技术论文", "navigation"),
    ("热点 2020电企年中工作会 2020电力安全生产月 “十四五”电力规划 2020两会说电力 电力新基建 电企2020年工作会议 2019中央巡视电企 不忘初心、牢记使命主题教育 国务院要求降电价", "navigation"),
    ("0瀏覽", "view-stats"),
    ("評論0", "view-stats"),
    ("管理員身份可於登入後,進行網站的前端管理。", "widget"),
    ("希望阅读上述内容，请点击“接受并继续”。", "widget"),  # a consent gate over an embedded post
    ("转载声明:本文转载自成都彭州公安 《男孩雨天骑车迷路,幸好热心群众报警求助》[阅读原文]。", "source"),  # a reposting account's reprint statement, a sentence (developed page 4381)
    ("安徽金亚太王非律师,专注刑事辩护,13856968158。", "address"),  # an advert's mobile number under a reposted report (staged page 4441)
    ("专栏名称: 上海法治报", "navigation"),  # a column's name under its label (developed page 538)
]
_KOREAN_FURNITURE = [
    ("(사진) 기자들에게 1,100만 달러 상당의 마약을 보여주는 토라삭 경찰청장(우측에서 2번째)", "caption"),  # captions set, round 2, k116
    ("재생버튼을 누르시면 동영상이 재생됩니다.", "widget"),
    ("이 누리집은 대한민국 공식 전자정부 누리집입니다.", "page-furniture"),
    ("KBS 월드뉴스입니다.", "byline"),
    ("키보드 단축키 안내", "widget"),
    ("어떤 부분이 강화됐는지 김아영 기자가 현장 취재했습니다.", "byline"),
    ("서울구로경찰서는 11일 오후 지역치안협의회 정기회의를 열었다. 사진=구로경찰서 제공", "caption"),
    ("지원하지 않는 브라우저로 접근하셨습니다.", "widget"),
    ("기사내용 요약", "page-furniture"),
    ("행복마을관리소-자치경찰 협력체계 구축 업무협약식 *재판매 및 DB 금지", "caption"),
    ("작성자 북부자치경찰위원회", "byline"),
    ("by 교통환경 스토리 2013. 3. 28.", "byline"),  # a blog skin's writer and date (batch 301's first contact, a Tistory repost)
    ("by 순천광양교차로 2019.03.04", "byline"),
    ("다른 곳에 퍼가실 때는 아래 고유 링크 주소를 출처로 사용해주세요.", "share"),
    ("경찰청장 표창을 받은 김도연 순경(왼쪽)과 신홍준 순경이 기념촬영을 하고 있다.", "caption"),  # where each stands in the photo
    ("관세청장(왼쪽 두번째)이 휴대품 검사 과정을 점검하고 있다.", "caption"),
    # a long caption under its mark, alone (developed pages 995 and 892)
    ("▲ 양산경찰서는 지난 19일 배내골 여름파출소 개소식을 개최했다. 여름파출소는 주ㆍ야간 경찰 4명, 의경 2명을 배치해 내달 18일까지 운영된다.", "caption"),
    ("▲관련기사 ▲경찰, 음주운전 특별단속 착수 ▲보이스피싱 피해 급증", "caption"),  # titles under marks, no sentence (code review 79)
    ("사진 왼쪽부터 소방장 최재우, 김형준, 소방교 정영한.", "caption"),
    ("- 독자권익보호위원들. 왼쪽부터 이선희·정여울 위원.", "caption"),
    ("이 기사가 마음에 들었다면, 좋아요를 눌러주세요.", "promo"),  # a reader asked to like the article
    ("영상이 유익하셨다면 구독 버튼을 눌러주세요.", "promo"),
    ("2019,November 14,Thursday", "dateline"),
    ("부산일보 보도국 촬영", "caption"),  # a photographer's credit alone
    ("이 기사는 12번 공유됐고 3개의 댓글이 있습니다.", "view-stats"),  # a counter widget written as a sentence
    ("홍길동 기자의 보도입니다.", "byline"),  # a newscast's hand-off to its reporter
    ("기사 메일전송", "share"),
    ("기사상세페이지", "page-furniture"),  # a label naming the page type
    ("사진은 기사와 관련 없음.", "caption"),  # a stock photo's note
    ("(사진은 기사 내용과 직접 관련이 없습니다)", "caption"),
    ("사진은 해당기사와 직접 관련이 없습니다.", "caption"),  # batch 500's 3583, a community paper in Australia
    ("※ 사진은 기사 내용과 직접적인 관련이 없습니다", "caption"),
    ("기사와 관련 없는 이미지", "caption"),
    ("* 위 사진은 아래의 공지사항과 아무 관련이 없음을 알려드립니다.", "caption"),  # batch 704's 4813, a blog's repost of an embassy notice
    ("사진은 본문과 전혀 관련이 없습니다.", "caption"),
    ("사진제공 내리지구대", "caption"),  # a photo credit without a colon
    ("사진출처 : 경남경찰청", "caption"),
    ("일부 게재 시 출처를 밝히거나 링크를 달아주시고 사진 도표 기사전문 게재 시 본사와 협의 바랍니다", "copyright"),  # a reprint request
]


@pytest.mark.parametrize(
    ("line", "reason", "lang"),
    [(line, reason, "zh") for line, reason in _CHINESE_FURNITURE] + [(line, reason, "ko") for line, reason in _KOREAN_FURNITURE],
)
def test_furniture_inside_an_article_is_dropped(line: str, reason: str, lang: str) -> None:
    assert reason in _reasons_dropped_between_body_lines(line, lang)


def test_a_blog_writers_by_line_takes_only_a_line_that_ends_in_its_date() -> None:
    """Batch 301's first contact (a Tistory blog's repost of a railway-police feature): `by 교통환경 스토리
    2013. 3. 28.` under the headline was kept as a sentence, and the blog's category above it taken
    for the headline. The line goes as the byline and the headline is the article's; a line that
    opens with `By` and goes on past a date is text."""
    page = "\n".join(
        [
            "교통환경/교통안전",
            "철도안전 지킴이 철도경찰을 아시나요",
            "by 교통환경 스토리 2013. 3. 28.",
            "창설 50주년 ‘철도특별사법경찰대’ 활동현장",
            "최근 들어 열차 내 사건사고가 빈번히 일어나고 있다. 그러나 달리는 열차에서 사건이 일어나는 까닭에 신고하기가 마땅치 않다.",
            "철도경찰은 올해로 창설 50주년을 맞았다.",
        ]
    )
    document = segment_document(page + "\n", "ko")
    assert document.metadata.title == "철도안전 지킴이 철도경찰을 아시나요"
    assert document.metadata.byline == "by 교통환경 스토리 2013. 3. 28."
    assert "창설 50주년 ‘철도특별사법경찰대’ 활동현장" in [s.text for s in document.sentences]
    for text in (
        "by 교통환경 스토리 2013. 3. 28. 기사를 옮겨 왔다.",
        "By 2025. 3. 1. the city police will have opened 20 new stations.",
        "by 순찰대 인원은 2024. 12. 31.",  # a particle ends the would-be writer (code review 90)
        "By the end of the shift on 2025. 3. 1.",
    ):
        document = segment_document(f"{page}\n{text}\n철도경찰은 신고 앱도 운영한다.\n", "ko")
        assert [d.text for d in document.dropped if d.reason == "byline"] == ["by 교통환경 스토리 2013. 3. 28."], text


def test_no_navigation_row_reads_a_long_list_of_names_as_a_menu() -> None:
    """The spaced-menu row wants a name of four or more characters: a roll of people's names, two or
    three characters each, is no menu however long (code review 78)."""
    from align.text.clean.patterns import boilerplate_rules

    roll = "王建国 李明华 张丽娟 陈志强 刘洋 赵敏 孙伟 周杰 吴刚 郑丽 冯强 陈静 褚明 卫东 蒋华 沈阳 韩梅 杨帆 朱丹 秦岭 尤佳 许诺 何平"
    menu = "频道 能源互联网 电力科技 电动汽车 数字电网 全球能源互联网 增量配电 电力市场 特高压 电力数字化 电力自动化 电力通信"
    navigation = [rule for rule in boilerplate_rules() if rule.reason == "navigation"]
    assert not any(rule.pattern.search(roll) for rule in navigation)
    assert any(rule.pattern.search(menu) for rule in navigation)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # (code review 36's near-misses of this session's rows)
        ("영상 자료 확보 나선 경찰", "ko"),  # a crosshead opening with 영상 자료, no credit
        ("다운로드 유도하는 가짜 앱", "ko"),  # a crosshead on a fake app, no app invitation
        ("图片来源不明的帖子已被删除。", "zh"),
        ("该摄影爱好者被骗3万元。", "zh"),
        ("受害人李女士平日爱好摄影。", "zh"),  # the credit word ending a sentence
        ("该帖子并未注明图片来源。", "zh"),
        ("10月6日，警方集中收网。", "zh"),  # a date, and a sentence ending in 网
        ("10月6日晚，嫌疑人落网。", "zh"),
        ("市民请听从官方媒体的报道。", "zh"),  # 请听从, not a hand-over
        ("【战报】我市公安机关破获一起特大电信网络诈骗案，抓获犯罪嫌疑人12名。", "zh"),  # a bracketed label, no outlet
        ("（经本报记者多方核实）该男子系外省流窜作案人员。", "zh"),  # 本报记者 verifying, no credit
        ("据新华社报道：", "zh"),  # a report introduced, no photo report's credit
        ("记者从该公众号的转载声明中看到，原文作者并未授权。", "zh"),  # a reprint statement spoken of, no label opening the line
        ("涉案银行卡号6222021385696815800已被冻结。", "zh"),  # eleven digits inside a longer number: a card's, no mobile
        # (code review 88) a number a sentence tells of, short as the sentence is
        ("嫌疑人使用的手机号13912345678已被警方锁定。", "zh"),
        ("受害人接到手机号为15812345678的陌生来电,对方自称是快递客服。", "zh"),
        ("涉案资金高达13500000000元,受害群众遍及全国。", "zh"),
        ("嫌疑人的手机号为13912345678。", "zh"),
        ("专栏:民警讲述反诈故事,提醒市民不要轻信陌生来电。", "zh"),  # a sentence after the label, no column's name alone
        ("경찰은 범행 장면이 담긴 영상(CCTV 캡처)을 증거로 확보했다.", "ko"),  # a capture the sentence speaks of
        # near misses of the stock-photo note: a photo a report says is unrelated to its case, and (code
        # review 78b) sentences about a photo and an article that do not end as the note does
        ("경찰은 현장에서 발견된 사진이 사건과 관련이 없다고 밝혔다.", "ko"),
        ("사진은 해당 기사와 관련이 없다는 게 경찰 설명이다.", "ko"),
        ("위 사진은 아래의 공지사항과 아무 관련이 없다는 것이 대사관의 설명이다.", "ko"),
        ("사진은 해당 기사와 관련이 있는 것처럼 편집돼 있었다.", "ko"),
        ("警方称网传照片与本案无关。", "zh"),
        # near misses of the spaced menu row: seven names, a clause mark, one-character words, Korean words
        ("平安建设 扫黑除恶 反诈宣传 禁毒宣传 交通安全 消防安全 校园安全", "zh"),
        ("当天上午 民警在 辖区巡逻时 发现 一名男子 形迹可疑，遂上前 盘查 并将其 带回派出所", "zh"),
        ("民警 在 巡逻 中 发现 一 名 男子 形迹 可疑", "zh"),
        ("경찰은 어제 오후 시내 일대에서 음주운전 특별 단속을 실시 적발 건수 집계", "ko"),
        # (code review 78) names of people and places, a slogan, a clause: short, or names of two or three characters
        ("王建国 李明华 张丽娟 陈志强 刘洋 赵敏 孙伟 周杰", "zh"),
        ("涉案嫌疑人 王某某 李某某 张某某 陈某某 刘某某 赵某某 孙某某", "zh"),
        ("全民反诈 人人有责 提高警惕 守护钱包 不听 不信 不转账 不汇款", "zh"),
        ("北京 上海 广州 深圳 杭州 南京 成都 武汉 等地均有受害人", "zh"),
        # near misses of the ▲ caption rows (code review 79): a sentence listing points under the marks, an
        # interview's questions under one, short and long
        ("▲음주운전 ▲난폭운전 ▲보복운전 ▲불법 개조 차량 운행 등 교통질서를 위협하는 행위를 집중적으로 단속할 계획이라고 경찰은 밝혔다.", "ko"),
        ("▲ 취임 후 가장 먼저 추진한 정책은 무엇인가.", "ko"),
        ("▲ 여름철 피서객이 몰리는 배내골 지역의 치안 대책은 어떻게 준비하고 있으며, 주민들과는 어떤 방식으로 협력하고 있는지 구체적으로 설명해 달라.", "ko"),
    ],
)
def test_a_sentence_beginning_like_a_photo_credit_stays(line: str, lang: str) -> None:
    body = _BODY[lang]
    document = segment_document("\n".join([body[0], line, body[1]]), lang)
    assert [s.text for s in document.sentences] == [body[0], line, body[1]]


_BODY = {
    "ko": ["서울경찰청은 보이스피싱 조직원 12명을 검거했다고 3일 밝혔다.", "경찰은 추가 피해자가 있는지 수사를 이어가고 있다."],
    "zh": ["警方前日接報後，調查網上流傳的一段影片，昨日傍晚在葵涌拘捕一名本地男子。", "被捕男子現正被扣留調查，案件交由警方跟進。"],
}


def _reasons_dropped_between_body_lines(line: str, lang: str) -> set[str]:
    """`line` between two body sentences: the body stays whole, and the reasons it was dropped for."""
    body = _BODY[lang]
    document = segment_document("\n".join([body[0], line, body[1]]), lang)
    assert [s.text for s in document.sentences] == body
    return {d.reason for d in document.dropped if d.text in line}


def test_scraps_glued_to_a_paragraph_are_cut_with_exact_offsets() -> None:
    text = "& p0 i\" H+ E\" j0 N Y* Q霧峰分局偵查隊長表示，專案小組發現多名車手前往提領地點。- H) G: f1 x, w\" C. `( J; k6 @\n全案警詢後移送地檢署偵辦。 |\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == ["霧峰分局偵查隊長表示，專案小組發現多名車手前往提領地點。", "全案警詢後移送地檢署偵辦。"]
    assert all(text[s.start : s.end] == s.text for s in document.sentences)
    assert {d.reason for d in document.dropped} == {"junk", "page-furniture"}


@pytest.mark.parametrize(
    "footer",
    [
        "注:本站部分文章收集自网络,仅供学习参考之用,如有侵权之处请及时联系我们修改、删除,谢谢!",
        "本文系本站编辑转载,文章版权归原作者所有,内容为作者个人观点,并不代表本站赞同其观点。",
        "此作者最新相關文章",
        "相关:",
        "There are no comments",
        "發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *",
        "豫都网版权与免责声明",  # the heading with the site's name before it (1510)
        "香港新聞網 版權聲明",
    ],
)
def test_a_sites_disclaimer_or_comment_form_ends_the_article(footer: str) -> None:
    body = ["警方前日接報後，調查網上流傳的一段影片，昨日傍晚在葵涌拘捕一名本地男子。", "被捕男子現正被扣留調查，案件交由警方跟進。"]
    document = segment_document("\n".join([*body, footer, "留言內容", "顯示名稱"]), "zh")
    assert [s.text for s in document.sentences] == body


def test_a_wire_story_s_end_mark_ends_the_article() -> None:
    """tests/data/pages/1073: a China News Service story closes with `(完)`, and the page lists other
    stories' headlines under it; two of them read as sentences (`…从何而来?`, `…屡屡得手?`) and were
    kept. On the developed pages no body line follows an end mark (17 pages, 47 lines after it, all
    furniture): what follows `(完)`, `（全文完）` or `(끝)`, on its own line or after the last
    sentence, is the page's. A `(完)` inside a sentence, or `完成`, ends nothing."""
    page = [s.text for s in segment_document((PAGES / "1073.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert page[-1].endswith("(完)") or page[-1].endswith("。")
    assert not any("太空之家" in s or "屡屡得手" in s for s in page)
    body = ["警方通报,一个电信诈骗团伙3名成员被抓获。", "该团伙涉嫌骗取12名受害人共计400万元。"]
    others = ["涉案金额7000余万!冒充“领导”诈骗为何屡屡得手?", "医生本人挂自己的号也得找黄牛?"]
    for lines in ([body[0], body[1] + "(完)", *others], [body[0], body[1], "（全文完）", *others]):
        kept = _kept_and_reasons("\n".join(["警方破获电诈案", *lines]) + "\n", "zh")[0]
        assert kept[-1] == body[1] and not set(others) & set(kept), lines
    korean = ["경찰은 5일 보이스피싱 조직원 3명을 검거했다고 밝혔다.", "이들은 피해자 12명에게서 4억원을 가로챈 혐의를 받고 있다.(끝)"]
    kept = _kept_and_reasons("\n".join(["보이스피싱 조직 검거", *korean, "[관련기사] 경찰, 전세사기 일당 송치?"]) + "\n", "ko")[0]
    assert kept[-1] == korean[1].removesuffix("(끝)")
    # near miss: brackets that do not pair are no end mark (code review 80b): the article goes on
    unpaired = [korean[0], "경찰은 범행 동기를 조사하고 있다고 밝혔다.(끝>", "경찰은 공범 여부도 수사할 방침이다."]
    assert _kept_and_reasons("\n".join(["보이스피싱 조직 검거", *unpaired]) + "\n", "ko")[0][-1] == unpaired[2]
    # in angle brackets, after a closing quote's sentence (developed page 3830: `…"고 당부했다.<끝>`), and on a line of its own
    for mark in ("<끝>", "〈끝〉"):
        quoted = [korean[0], '외교부는 "신속히 해당 지역을 벗어나야 한다"고 당부했다.' + mark]
        kept = _kept_and_reasons("\n".join(["재외국민 안전 유의", *quoted, "[관련기사] 경찰, 전세사기 일당 송치"]) + "\n", "ko")[0]
        assert kept[-1] == quoted[1].removesuffix(mark), mark
        kept = _kept_and_reasons("\n".join(["재외국민 안전 유의", *korean[:1], mark, "[관련기사] 경찰, 전세사기 일당 송치"]) + "\n", "ko")[0]
        assert kept[-1] == korean[0], mark
    # near misses: a sentence that goes on after (完), and 完成, end nothing
    going_on = ["他表示,案件审理完毕后将依法处理（完）整批赃物。", "目前,相关工作已经完成。", "警方提醒市民注意防范。"]
    kept = _kept_and_reasons("\n".join(["警方破获电诈案", body[0], *going_on]) + "\n", "zh")[0]
    assert kept[-2:] == going_on[1:]


def test_end_marks_and_credits_glued_to_the_last_sentence_are_cut() -> None:
    korean = "인민경찰들은 로인들에게 례물을 드렸다. 이날 로인들은 인민경찰들과 함께 명절을 보냈습니다. [길림신문 최창남]\n"
    document = segment_document(korean, "ko")
    assert document.sentences[-1].text == "이날 로인들은 인민경찰들과 함께 명절을 보냈습니다."
    assert document.metadata.byline == "[길림신문 최창남]"
    for credit in ("<김선엽 기자>", "[김선엽 기자]"):  # the reporter in angle or square brackets (1551)
        signed = segment_document(f"경찰관 총격 사망\n경찰은 용의자를 추적하고 있다.\n경찰 측은 기부 링크를 공개했으며, 지원이 이어지고 있다. {credit}\n", "ko")
        assert signed.sentences[-1].text.endswith("이어지고 있다.") and signed.metadata.byline == credit
    chinese = "据铁路警方介绍，旅客容易遗失物品的部位有售票窗口、安检仪等。(完)\n"
    document = segment_document(chinese, "zh")
    assert document.sentences[-1].text == "据铁路警方介绍，旅客容易遗失物品的部位有售票窗口、安检仪等。"
    assert [(d.reason, chinese[d.start : d.end]) for d in document.dropped] == [("page-furniture", "(完)")]
    glued = "경찰서장은 “주민과 소통하겠다”고 밝혔다. <저작권자 ⓒ 안전신문 무단전재 및 재배포 금지>\n"  # a whole article's line with the notice glued
    document = segment_document("경찰, 찾아가는 간담회 실시\n" + glued, "ko")
    assert document.sentences[-1].text == "경찰서장은 “주민과 소통하겠다”고 밝혔다."
    assert [d.reason for d in document.dropped if "저작권자" in d.text] == ["copyright"]
    captioned = "市公安局开展夏夜治安巡查宣防集中行动。图为民警在商圈开展反诈宣传。\n"  # a caption glued after the paragraph
    document = segment_document("夏夜治安巡查\n" + captioned, "zh")
    assert document.sentences[-1].text == "市公安局开展夏夜治安巡查宣防集中行动。"


def test_credits_at_either_end_of_a_paragraph_are_cut_and_the_paragraph_stays() -> None:
    text = "\n".join([
        "砂毒問題嚴峻 警察呼籲全民合作防毒",
        "(本报古晋29日讯)砂拉越警察总监表示,毒品问题是触发其他犯罪的根源威胁,单靠传统执法难以根治。",
        "近日,被称为“西门大妈”的平安志愿者在社区周边巡防。民警和网格长每天带队巡逻。(刘波 毛一波摄)",
    ])
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences][:4] == [
        "砂毒問題嚴峻 警察呼籲全民合作防毒",  # a traditional headline over a simplified body
        "砂拉越警察总监表示,毒品问题是触发其他犯罪的根源威胁,单靠传统执法难以根治。",
        "近日,被称为“西门大妈”的平安志愿者在社区周边巡防。",
        "民警和网格长每天带队巡逻。",
    ]
    assert document.metadata.source == "(本报古晋29日讯)"
    assert ("caption", "(刘波 毛一波摄)") in {(d.reason, d.text) for d in document.dropped}
    korean = "통영 이도 고립 학생 구조\n지난 3일 오후 5시 23분 통영시 광도면 이도에 고립된 A군을 통영해경이 구조했습니다. 충격과 감동이 공존하는...더 읽기\n"
    document = segment_document(korean, "ko")
    assert document.sentences[-1].text.endswith("구조했습니다. 충격과 감동이 공존하는")  # a cut-off clause stays with its sentence
    assert ("navigation", "...더 읽기") in {(d.reason, d.text) for d in document.dropped}


_FIRST_ARTICLE = [
    "警方破获跨境贩毒案 缴获冰毒50公斤",
    "(本报吉隆坡29日讯)警方昨日在边境检查站破获一宗跨境贩毒案，缴获冰毒50公斤，逮捕三名嫌犯。",
    "警方表示，嫌犯企图利用货车夹层将毒品运往邻国，案件仍在调查中。",
    "据了解，这是今年以来警方在该检查站破获的最大一宗贩毒案，涉案毒品市值逾千万令吉。",
    "警方呼吁公众提供线索，协助打击毒品犯罪。",
]


@pytest.mark.parametrize(
    "appended",
    [
        ["柔佛州发生连环车祸 两人受伤", "2025-09-29 18:11", "(本报新山29日讯)柔佛州南北大道今早发生连环车祸，造成两人受伤。", "消防局接报后派员到场救援。"],
        ["******柔佛州发生连环车祸 两人受伤", "柔佛州南北大道今早发生连环车祸，造成两人受伤。", "消防局接报后派员到场救援。"],
    ],
)
def test_a_second_article_appended_below_the_first_is_left_out(appended: list[str]) -> None:
    document = segment_document("\n".join(_FIRST_ARTICLE + appended), "zh")
    assert [s.text for s in document.sentences][-1] == _FIRST_ARTICLE[-1]
    assert "appended-article" in {d.reason for d in document.dropped}


_FRAUD_CASE = [
    "警方破获一起电信诈骗案 挽回损失20万元",
    "近日，市公安局反诈中心成功破获一起冒充客服实施诈骗的案件，为受害人挽回经济损失20万元。",
    "5月3日，市民张某接到自称某购物平台客服的电话，称其购买的商品存在质量问题，需要办理退款。",
    "张某按照对方要求下载了一款会议软件并开启屏幕共享，随后发现银行卡内资金被转走，遂报警求助。",
]


def test_what_the_page_printed_between_two_articles_goes_with_the_second() -> None:
    appended = [
        "Warning: Cannot modify header information - headers already sent by (output started at /www/wwwroot/site/index.php:2)",
        "柔佛州发生连环车祸 两人受伤 - 另一条新闻的标题也印在这里而且很长很长很长很长",
        "柔佛州发生连环车祸 两人受伤",
        "(本报新山29日讯)柔佛州南北大道今早发生连环车祸，造成两人受伤。",
    ]
    document = segment_document("\n".join(_FIRST_ARTICLE + appended), "zh")
    assert [s.text for s in document.sentences][-1] == _FIRST_ARTICLE[-1]
    reasons = {d.text: d.reason for d in document.dropped}
    assert reasons[appended[0]] == "page-furniture" and reasons[appended[1]] == reasons[appended[2]] == "appended-article"


@pytest.mark.parametrize(
    "lines, lang",
    [
        # a crosshead over a labelled paragraph: a label, a case number, a date — no credit of a report
        ([*_FRAUD_CASE, "防骗小贴士", "【网警提醒】凡是要求开启屏幕共享的客服，都是诈骗。", "请广大市民提高警惕。"], "zh"),
        ([*_FRAUD_CASE, "典型案例", "（案例回顾二）近日，李某在网上结识一名网友，被诱导投资理财。", "李某先后转账10万元后发现被骗。"], "zh"),
        ([*_FRAUD_CASE, "民警提醒", "2023-05-04 民警再次提醒广大群众，不要轻信陌生来电。", "如遇可疑情况请及时拨打110。"], "zh"),
        # a photo credit under a crosshead
        (
            [
                "경찰, 보이스피싱 조직 검거",
                "서울경찰청은 보이스피싱 조직원 12명을 검거했다고 3일 밝혔다.",
                "이들은 금융기관을 사칭해 피해자 30여명으로부터 5억원을 가로챈 혐의를 받고 있다.",
                "경찰은 추가 피해자가 있는지 수사를 이어가고 있다.",
                "압수품 사진",
                "[사진=서울경찰청 제공] 검거된 조직원들에게서 압수한 현금을 경찰이 확인하고 있다.",
                "경찰은 또 유사 범행을 막기 위해 금융기관과 협력하기로 했다.",
            ],
            "ko",
        ),
        # a summary, then the article's own credited lead: the body has not begun in earnest
        (
            [
                "警方破获跨境贩毒案",
                "警方昨日破获一宗跨境贩毒案。",
                "涉案毒品市值逾千万令吉",
                "(本报吉隆坡29日讯)警方昨日在边境检查站破获一宗跨境贩毒案，缴获冰毒50公斤，逮捕三名嫌犯。",
                "警方表示，嫌犯企图利用货车夹层将毒品运往邻国，案件仍在调查中。",
            ],
            "zh",
        ),
    ],
)
def test_a_labelled_or_credited_paragraph_is_no_second_article(lines: list[str], lang: str) -> None:
    document = segment_document("\n".join(lines), lang)
    assert "appended-article" not in {d.reason for d in document.dropped}
    assert [s.text for s in document.sentences][-1] == lines[-1]


def test_the_unfinished_line_under_a_photo_is_its_caption() -> None:
    lines = [
        "변방검사소 인민경찰들 로인들과 명절 함께 보내",
        "장백조선족자치현에서 변방검사소의 인민경찰들이 조선족로인들과 함께 어머니의 명절을 보냈다.",
        "微信图片_20210514100542.jpg",
        "인민경찰들이 로인들과 함께 오손도손 이야기꽃을 피우고 있다",
        "인민경찰들은 로인들의 신체건강상황과 가정생활형편에 대해 상세히 료해했다.",
    ]
    document = segment_document("\n".join(lines), "ko")
    assert [s.text for s in document.sentences] == [lines[0], lines[1], lines[4]]
    assert ("caption", lines[3]) in {(d.reason, d.text) for d in document.dropped}


def test_a_list_of_other_headlines_after_the_body_is_dropped() -> None:
    body = ["警方前日接報後，調查網上流傳的一段影片，昨日傍晚在葵涌拘捕一名本地男子。", "被捕男子現正被扣留調查，案件交由警方跟進。"]
    others = ["港台在約章框架下冀與新一屆顧委會有更好發展", "邱騰華冀林大輝助港台全面履行約章使命", "國泰蝕99億破紀錄 恐裁員", "今日信報"]
    document = segment_document("\n".join(body + others), "zh")
    assert [s.text for s in document.sentences] == body
    assert {d.text for d in document.dropped if d.reason == "related"} >= set(others[:3])


def test_a_page_that_breaks_every_clause_onto_its_own_line_keeps_its_last_clauses() -> None:
    for page_id in ("064",):  # a messenger-article copy: the clause lines at the end are body, not a list
        page = read_annotated_page(PAGES / f"{page_id}.txt")
        kept = [s.text for s in segment_document(page.path.read_text(encoding="utf-8")).sentences]
        assert score_cleaning(kept, page.gold, page.boilerplate).recall == 1.0
    # the excerpt cut such a body off after a crosshead: the clauses up to the page's end are body (batch 84's
    # developed 2010 at first contact, developed 550); a related list's header there, or a form, is not
    clauses = ["民警驱车对周边", "进行拉网式排查", "“当天,我们持续救援到深夜", "共劝返车辆200多辆,", "救援被困车辆22台群众40多人。”", "包国军说", "群众被困,他们顶风冒雪", "打通20公里“回家路”"]
    cut = ["当日18时许", "三河边境派出所", "接群众董某报警称", "其驾驶"]
    kept = [s.text for s in segment_document("\n".join(clauses + cut) + "\n", "zh").sentences]
    assert kept[-len(cut) :] == cut
    for footer in (["大家都在看", "相关专题"], ["帮助我们改进", "* 必填项", "提交"], ["往期回顾", "民警雨中护学", "辅警背老人过马路"]):
        kept = [s.text for s in segment_document("\n".join(clauses + footer) + "\n", "zh").sentences]
        assert not set(footer) & set(kept)
    # a bare day opening such a run of clauses is its first clause, not the page's date (developed 827 and 1583)
    dated = ["相似的事情", "还发生在池州石台", "4月21日", "刘先生不远千里", "从上海市来到池州石台县", "为警方送上一面锦旗", "感谢民警帮他追回被骗的钱款", "民警说这是应该做的"]
    assert "4月21日" in [s.text for s in segment_document("\n".join(clauses + dated) + "\n", "zh").sentences]
    assert "4月21日" not in [s.text for s in segment_document("\n".join(["民警救人", "4月21日", "昨天下午,民警在河边救起一名落水儿童。", "儿童已无大碍。"]) + "\n", "zh").sentences]


def test_numbered_crossheads_of_the_articles_parts_are_kept_and_a_gallerys_numbered_captions_are_not() -> None:
    """Batch 87's developed 2043 at first contact: `锦旗二`, `锦旗三`, `锦旗四`, each heading a paragraph,
    went to the line model; three numbered screenshot captions in a row (developed 1037) still go."""
    parts = ["群众送的锦旗可以说是民警工作的最好见证。"]
    for number, text in (("一", "11月13日,市民杨女士带着锦旗来到派出所,感谢民警帮她调解纠纷。"), ("二", "10月24日,群众张女士将锦旗送到海棠派出所,感谢民警找回她的财物。"), ("三", "11月4日,苏稽派出所收到一份特殊快递,里面是一面锦旗。")):
        parts += [f"锦旗{number}", text]
    kept = [s.text for s in segment_document("\n".join(parts) + "\n", "zh").sentences]
    assert {"锦旗一", "锦旗二", "锦旗三"} <= set(kept)
    page = (PAGES / "1037.txt").read_text(encoding="utf-8")
    assert not {"澎湃新闻微博1", "澎湃新闻微博2"} & {s.text for s in segment_document(page, "zh").sentences}
    videos = []  # a video's numbered placeholders between paragraphs (code review 64b) are no parts
    for number, text in (("1", parts[2]), ("2", parts[4]), ("3", parts[6])):
        videos += [f"视频{number}", text]
    assert not {"视频1", "视频2", "视频3"} & {s.text for s in segment_document("\n".join(videos) + "\n", "zh").sentences}


def test_a_spam_mirrors_appended_phrase_is_cut_from_the_headline() -> None:
    text = "\n".join([
        "中 “한국 탈북자 단체, 마약 밀수 배후 조종” 주장 _트럭은 정치에 돈을 걸었다_krvip",
        "송고시간 | 2016/02/25 15:10",
        "중국 공안당국이 한국의 탈북자단체에서 마약 밀수를 배후 조종했다고 언급하고 해당 단체는 사실이 아니라고 밝혔습니다.",
        "sds123@yna.co.kr",
    ])
    document = segment_document(text, "ko")
    assert [s.text for s in document.sentences] == ["中 “한국 탈북자 단체, 마약 밀수 배후 조종” 주장", text.splitlines()[2]]
    assert {d.reason for d in document.dropped} >= {"seo-spam", "dateline", "address"}


def test_a_teaser_of_an_earlier_paragraph_and_a_board_header_are_dropped() -> None:
    lead = "5月12日14時15分,澠池縣公安局督察大隊長馬三全的手機收到一條號碼為“95533”發送的短信,言稱即將凍結銀行賬戶,要求登錄短信中的網站鏈接。"
    text = "\n".join([
        "* 욕설, 비방, 광고, 도배질 글은 임의로 삭제됩니다.",
        lead,
        "民警破窗將車內三男一女控制,當場查獲偽基站設備1套。",
        "5月12日14時15分,澠池縣公安局督察大隊長馬三全的手機收到一條號碼為95533發送的短信,言稱即將凍結銀行賬戶,要...[詳細]",
    ])
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == [lead, "民警破窗將車內三男一女控制,當場查獲偽基站設備1套。"]
    assert {d.reason for d in document.dropped} >= {"comments", "duplicate-teaser"}


def test_a_source_headline_label_is_cut_and_the_headline_kept() -> None:
    body = "北京110互联网报警平台将在10月1日上线试运行,开始接受群众报警。群众可以通过文字、照片、视频上传警情。"
    for label, headline in [("来源标题:", "110互联网报警平台明天上线"), ("原标题:", "【首个中国人民警察节来啦】如何正确拨打110?记住3点很重要")]:
        document = segment_document("\n".join([label + headline, body]), "zh")
        assert document.sentences[0].text == headline and label in [d.text for d in document.dropped]
    closing = segment_document("\n".join(["110互联网报警平台明天上线", body, "原标题：北京110互联网报警平台明天上线"]), "zh")  # a repost's last line
    texts = [s.text for s in closing.sentences]
    assert texts[0] == "110互联网报警平台明天上线" and "北京110互联网报警平台明天上线" not in texts and texts[-1].endswith("上传警情。")


@pytest.mark.parametrize(("line", "first"), [("지난 2023.5.1 이후 물가가 크게 올랐다.", "지난 2023.5.1"), ("함수 이름은 get_user_id 이다.", "함수")])
def test_a_sentence_that_looks_like_a_prefix_or_suffix_keeps_its_words(line: str, first: str) -> None:
    document = segment_document("경찰청은 11일 보이스피싱 조직원 26명을 검거했다고 밝혔다.\n" + line + "\n", "ko")
    assert document.sentences[-1].text == line and document.sentences[-1].text.startswith(first)


@pytest.mark.parametrize("size", [600, 1200])
def test_long_ascii_lines_are_cleaned_in_linear_time(size: int) -> None:
    import time

    text = "警方拘捕一名男子。\n" + "a, b. " * (size // 6) + "\n" + ";" * size + "\n案件交由警方跟進。\n"
    start = time.process_time()
    segment_document(text, "zh")
    assert time.process_time() - start < 0.5


def test_a_repeated_exclamation_is_not_a_doubled_caption() -> None:
    document = segment_document("老人握着民警的手连声道谢。\n谢谢！谢谢！\n民警把钱交还给了老人。\n", "zh")
    assert [s.text for s in document.sentences][1:3] == ["谢谢！", "谢谢！"]


def test_advice_after_the_article_is_body_not_a_list_of_other_articles() -> None:
    body = ["警方近日破获一起冒充客服诈骗案件，挽回损失十万元。", "警方提醒市民注意以下几点："]
    tips = ["一、不要轻信陌生来电，核实对方身份", "二、不要向陌生账户转账，及时报警", "三、发现可疑情况，及时拨打电话报警"]
    document = segment_document("\n".join(body + tips), "zh")
    assert [s.text for s in document.sentences] == body + tips


@pytest.mark.parametrize(
    "line",
    [
        "ⓒ 김천신문 |",
        "근무복 덮고 간식 들고 있는 아이 〈사진=대전경찰청·연합뉴스〉",
        "c_7031_002 사진제공: 관세청/ 31일 관세청에서 열린 시상식에서 최우수상을 수상한 관세행정관이 기념촬영을 하고 있다.",
        "마약수배범 체포하는 대만 경찰 [동영상 캡처] |",  # a screen capture's credit (batch 82's developed 1985)
        "실종 아동을 찾는 경찰관들 (유튜브 캡처)",
        "도주 차량 추격하는 경찰[동영상 캡처]",  # code review 64: no space before the bracket, a credit of three words
        "차량 유리 깨는 경찰 [SBS 방송화면 캡처]",
        "고속도로 CCTV에 찍힌 사고 현장. 한국도로공사 교통정보 제공",  # a credit after the caption's full stop (code review 64b)
    ],
)
def test_korean_captions_with_their_photo_credit_are_dropped(line: str) -> None:
    body = ["경찰은 11일 실종된 아이를 2시간 만에 찾아 가족에게 인계했다고 밝혔다.", "경찰은 실종 신고가 들어오면 즉시 수색에 나선다."]
    document = segment_document("\n".join([body[0], line, body[1]]), "ko")
    assert [s.text for s in document.sentences] == body


@pytest.mark.parametrize(
    "line",
    ["이 기사의 카테고리는 언론사의 분류를 따릅니다.", "덧붙이는 글 | 이 기사는 태안신문에도 실립니다.", "큰사진보기 ▲태안해경이 밀입국자들을 조사하고 있다.", "guancha"],
)
def test_portal_notes_and_picture_widgets_are_dropped(line: str) -> None:
    body = ["태안해양경찰서는 11일 밀입국을 시도한 중국인 8명을 붙잡았다고 밝혔다.", "해경은 이들을 상대로 입국 경위를 조사하고 있다."]
    document = segment_document("\n".join([body[0], line, body[1]]), "ko")
    assert [s.text for s in document.sentences] == body


def test_an_outlet_and_reporter_prefix_with_a_bar_is_cut() -> None:
    text = "시즌데일리 = 심민정 기자ㅣ충남 보령 대천항으로 밀입국을 시도한 중국인 22명이 경찰에 붙잡혔다."
    assert segment_document(text, "ko").sentences[0].text.startswith("충남 보령")


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("[더팩트ㅣ장우성 기자] 대검찰청은 전세사기범을 구속수사하라고 지시했다.", "대검찰청은"),
        ("<유진 리 기자> 코로나19 속에 한인타운에 좀도둑이 기승을 부리고 있습니다.", "코로나19"),
    ],
)
def test_a_bracketed_reporter_credit_with_an_outlet_or_a_two_part_name_is_cut(line: str, first: str) -> None:
    document = segment_document(line, "ko")
    assert document.sentences[0].text.startswith(first)
    assert "기자" in (document.metadata.source or "")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("홍길동 기자 hong@news.com = 경찰은 11일 보이스피싱 조직원 3명을 구속했다고 밝혔다.", "ko"),
        ("红星新闻记者 王小明 实习生 李四 警方11日通报,已抓获电信诈骗犯罪嫌疑人3名。", "zh"),
        ("■本报记者 王小明 警方11日通报,已抓获电信诈骗犯罪嫌疑人3名。", "zh"),
        ("（大紀元記者王小明台北報導）警方11日通報,已抓獲電信詐騙犯罪嫌疑人3名。", "zh"),
        ("文/王小明 警方11日通报,已抓获电信诈骗犯罪嫌疑人3名。", "zh"),
        ("来源：人民网 警方11日通报,已抓获电信诈骗犯罪嫌疑人3名。", "zh"),
        ("消息来源:四川新闻网 警方11日通报,已抓获电信诈骗犯罪嫌疑人3名。", "zh"),  # developed page 136
        ("(通讯员:周月、张洪喜)警方11日通报,已抓获电信诈骗犯罪嫌疑人3名。", "zh"),  # developed page 1480: a colon after the role
    ],
)
def test_a_reporter_writer_or_source_credit_set_off_before_the_lead_is_cut(line: str, lang: str) -> None:
    headline = "경찰, 보이스피싱 조직원 구속" if lang == "ko" else "警方抓获电信诈骗团伙"
    sentences = [s.text for s in segment_document(f"{headline}\n{line}\n", lang).sentences]
    assert sentences[-1].startswith("경찰은" if lang == "ko" else "警方") and len(sentences) == 2


def test_a_long_keyword_line_between_bars_is_dropped_however_sentence_like() -> None:
    spam = "|".join(["欧美成人A片免费", "日韩无码一级av", "一级黄色大片在线播放", "黄片视频在线观看无码", "亚洲精品成人无码影视", "婷婷五月天视频网站", "日韩三级AV在线播放", "真人全黃色录像免费特黄片"])
    assert "navigation" in _reasons_dropped_between_body_lines(spam, "zh")


@pytest.mark.parametrize(
    "page, source",
    [
        (["暖聞|大連七旬老太被撞倒地不起,交警脫警服為她御寒", "半島晨報、海力網", "2017-12-17 12:29",
          "近日,遼寧大連市中山區一名70多歲老奶奶被車撞傷,寒冬里,大連市公安局中山分局交警大隊民警的救援行動感動了濱城人。", "民警立即前往現場維持交通秩序。"], "半島晨報、海力網"),
        # developed 1613: one station's name between headline and date was taken for the headline
        (["车流中的这一“背”,他们暖了一座城", "无锡广播电视台", "2020-12-08 16:55:22",
          "12月8日早上8点左右,在无锡宜兴人民南路和东山西路的十字路口,一位老人缓慢走上斑马线,想要过马路。", "交警上前背起老人过了马路。"], "无锡广播电视台"),
    ],
)
def test_a_line_of_outlet_names_is_the_source_not_the_headline(page: list[str], source: str) -> None:
    document = segment_document("\n".join(page), "zh")
    assert document.metadata.source == source
    assert [s.text for s in document.sentences] == [page[0], *page[3:]]


def test_a_crosshead_or_headline_ending_in_an_outlets_word_is_no_outlet() -> None:
    page = ["车流中的这一“背”,他们暖了一座城", "无锡广播电视台", "2020-12-08 16:55:22", "12月8日早上8点左右,一位老人缓慢走上斑马线,想要过马路。", "交警上前背起老人过了马路。"]
    # a crosshead ending in a bare 网 is no outlet
    crosshead = ["民警巡逻守护平安。", "织密社会治安防控网", "派出所组织民警开展夜间巡逻。"]
    assert [s.text for s in segment_document("\n".join(crosshead), "zh").sentences] == crosshead
    # a headline telling of a deed at a station or paper (code review 64) is no outlet's name
    for headline in ("男子冒充记者敲诈县电视台", "警方推出反诈手册电子版"):
        assert segment_document("\n".join([headline, *page[2:]]), "zh").sentences[0].text == headline


def test_a_headline_telling_what_a_reporter_did_is_no_byline() -> None:
    # developed 1594 and 538: 记者随警作战, 记者直击 are the story, not a credit
    for headline in ("夜幕下的守护 记者随警作战 直击夜查酒驾现场", "记者直击派出所除夕夜,最后一次值守和第一顿“年夜饭”", "記者隨警出勤", "记者跟拍交警", "记者蹲点学校门口"):
        page = [headline, "作者:admin 时间:2022-01-24", "1月14日晚,太原交警迎泽二大队一中队民警全员上岗,夜查酒驾。", "记者全程体验了交警专项行动。"]
        assert segment_document("\n".join(page), "zh").sentences[0].text == headline


def test_a_weekly_best_list_after_the_body_is_left_out() -> None:
    body = ["영광군, 통합방위협의회 개최", "영광군은 지난 20일 군청 재난상황실에서 통합방위협의회를 개최했다.", "군은 화재로부터 안전한 영광 만들기에 힘쓸 것이라고 밝혔다."]
    ranked = ["주간 베스트 뉴스 Top 10", "- 1영광군, 전국 최대 1인당 100만원 민생회복지원금 지급 완료", "- 2법성면, 통합사례관리 아동에게 겨울 신발 전달", "- 3염산면, 쓰레기 상습 투기지역에 철쭉 300주 식재"]
    assert [s.text for s in segment_document("\n".join(body + ranked), "ko").sentences] == body


def test_a_newscasts_hand_off_to_a_reporter_with_a_two_part_name_is_cut() -> None:
    text = "한인타운 좀도둑 기승, 식당과 사무실 무단 침입\n<유진 리 기자> 연말을 맞아 좀도둑이 기승을 부리고 있습니다. 유진 리 기자가 전합니다.\n어제 한 쇼핑센터에서 도난 사건이 있었습니다.\n"
    kept = [s.text for s in segment_document(text, "ko").sentences]
    assert kept == ["한인타운 좀도둑 기승, 식당과 사무실 무단 침입", "연말을 맞아 좀도둑이 기승을 부리고 있습니다.", "어제 한 쇼핑센터에서 도난 사건이 있었습니다."]


def test_a_caption_credited_to_an_outlets_archive_and_a_reprint_policy_are_dropped() -> None:
    korean = ["대검찰청은 전세사기범을 구속수사하라고 11일 지시했다.", "대검찰청은 전국 검찰청에 엄정 대처를 주문했다./더팩트 DB", "검찰은 피해 회복에도 힘쓰기로 했다."]
    assert [s.text for s in segment_document("\n".join(korean), "ko").sentences] == [korean[0], korean[2]]
    chinese = ["长沙一商场起火", "长沙市消防救援支队接到报警后迅速处置。", "此次火灾未造成人员伤亡。",
               "1.本站遵循行业规范,任何转载的稿件都会明确标注作者和来源;2.本站的原创文章,请转载时务必注明文章作者和来源,不尊重原创的行为我们将追究责任;3.作者投稿可能会经我们编辑修改或补充。"]
    assert [s.text for s in segment_document("\n".join(chinese), "zh").sentences] == chinese[:3]
    # a CMS's reprint notice with the page's address, the title quoted in it however long (1510)
    notice = "《我县组织收听收看全市打击治理虚假信息行动电视电话会》由河南新闻网-豫都网提供,转载请注明出处:http://zhoukou.yuduxx.com/huaiyang/498030.html,谢谢合作!"
    assert [s.text for s in segment_document("\n".join([*chinese[:3], notice]), "zh").sentences] == chinese[:3]


@pytest.mark.parametrize("line", ["更多相关资讯,请继续关注考驾照网!", "更多精彩內容,敬請持續關注本站!"])
def test_a_sites_invitation_to_read_more_of_it_is_dropped(line: str) -> None:
    """tests/data/pages/1542: the site's closing promo line; police advice to follow an account, or
    a sentence that goes on, stays (test below)."""
    body = ["建设路口警务站民警截停一辆套牌车。", "驾驶员冯某对违法套牌供认不讳。"]
    assert [s.text for s in segment_document("\n".join([*body, line]), "zh").sentences] == body


@pytest.mark.parametrize(
    "line",
    [
        "更多相关信息请关注交警支队官方微博。",  # advice to follow the police's account, no site's name
        "更多相关资讯,请继续关注本网,我们将持续跟踪报道此案的最新进展。",  # the sentence goes on
        "腾讯公司版权声明",  # a company's statement, no site's heading: a headline
        "人民网版权声明引发网友热议",  # words after the 声明: a headline too
        "警方调查发现,该网站在每篇文章末尾都写明“转载请注明出处:本站”,但多数转载者并未照做,其中一些网站还将文章改头换面后冒充原创,并借此牟取广告收入,涉案金额达数十万元。",  # the phrase quoted, no address
    ],
)
def test_a_statement_or_a_reprint_phrase_in_the_news_is_kept(line: str) -> None:
    """The lead is about the statement: a headline shares words with it (a lone line that shares none
    and that the line model finds furniture is no headline)."""
    body = [line, "长沙市警方近日接到报警后迅速处置,此事与一份版权声明有关。", "此案正在进一步调查中。"]
    assert [s.text for s in segment_document("\n".join(body), "zh").sentences] == body


def test_weibo_topic_tags_glued_to_a_post_are_cut() -> None:
    text = "江苏公安联勤联动排险\n#抗洪一线公安勇士#6月21日,江苏多地遭遇强降雨,公安机关迅速行动。民警全力守护群众安全。#抢险救灾警徽闪耀##公安心向党 护航新征程#\n"
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert kept[1:] == ["6月21日,江苏多地遭遇强降雨,公安机关迅速行动。", "民警全力守护群众安全。"]


def test_a_transcript_that_lost_its_line_breaks_loses_its_labels_and_hand_off() -> None:
    bites = " ".join(f"<인터뷰> 주민{n} : \"바람이 너무 세게 불었습니다.\"" for n in range(5))
    text = "선박 침몰\n해경이 실종 선원을 찾고 있습니다. 홍길동 기자의 보도입니다. <리포트> 선박이 새벽에 침몰했습니다. " + bites + "\n"
    kept = " ".join(s.text for s in segment_document(text, "ko").sentences)
    assert "<" not in kept and "보도입니다" not in kept and kept.count("바람이 너무 세게 불었습니다") == 5
    # the anchor's hand-over saying the reporter covered it on the spot (1520), and a sentence that
    # names a reporter elsewhere than right after a full stop
    covered = text.replace("홍길동 기자의 보도입니다.", "홍길동 기자가 현장 취재했습니다.")
    assert "취재했습니다" not in " ".join(s.text for s in segment_document(covered, "ko").sentences)
    sentence = "이 사고는 사고 직후 인근 항구에 머물며 밤새 다른 사건을 쫓고 있던 한 지역 방송사의 젊은 기자가 현장 취재했습니다."
    named = text.replace("홍길동 기자의 보도입니다.", sentence)
    assert sentence in [s.text for s in segment_document(named, "ko").sentences]


def test_teasers_cut_off_with_an_ellipsis_above_their_dates_are_a_list_of_other_articles() -> None:
    body = ["해경, 외국인 선원 인계받아 조사", "서귀포해양경찰서는 흉기로 선장을 위협한 외국인 선원을 인계받았다고 밝혔다.", "해경은 선장과 선원을 상대로 사건 경위를 조사할 예정이다."]
    teasers = ["소방서는 주택화재 초기에 열과 연기를 감지해 화재 상황을 알려주는 경보기를 설치했다고 밝혔는데...", "2021-03-26",
               "동해해양경찰서는 삼척시 덕산항 인근 해상에서 카약 활동 중 전복돼 표류한 20대를 구조했다고...", "2021-03-25"]
    kept = [s.text for s in segment_document("\n".join(body + teasers), "ko").sentences]
    assert kept == body


def test_a_title_label_is_cut_from_a_headline_that_ends_with_an_exclamation() -> None:
    text = "作者: 春风    时间: 2016-1-29 00:24\n标题: 寒冷春运路,交警与旅客同行!\n\n由于受冷空气影响,近几日全市出现寒潮降温天气。高速交警坚守在路面一线。\n"
    assert segment_document(text, "zh").sentences[0].text == "寒冷春运路,交警与旅客同行!"


def test_a_foreign_widget_sentence_does_not_start_the_body() -> None:
    """A press-release board (tests/data/pages/224): a text-to-speech widget's English licence line
    above a label table once started the body, and the view counter below it ended the article."""
    text = (PAGES / "224.txt").read_text(encoding="utf-8")
    kept = [s.text for s in segment_document(text, "ko").sentences]
    assert kept[0] == "퇴근 후 제복 벗어도 우린 경찰관"  # its 제목 label cut off; the `!!` copy dropped
    assert not any("ResponsiveVoice" in s or s.endswith("!!") for s in kept)
    assert kept[1].startswith("음성경찰서(서장 홍기현)") and len(kept) == 10


def test_the_items_of_a_korean_bullet_style_digest_are_its_body() -> None:
    """A consulate's daily digest (tests/data/pages/549) in 개조식: items led by `o`, `-` or `*`
    whose clauses end in nouns (…발표, …당부), none in 다. They are its body, not a header above
    its last line; its headers and counters stay out."""
    kept = [s.text for s in segment_document((PAGES / "549.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert any(s.startswith("o 톈진시 공안 교통관리국") for s in kept)
    assert any(s.startswith("- 아울러, 국가안전부는") for s in kept)
    assert not any(s in ("0", "2020", "NIHAODALIAN") or s.startswith("2024.05.19") for s in kept)


def test_comment_rules_end_the_article_and_credits_glued_to_a_line_are_cut() -> None:
    text = "大理市公安局近日成功抓获涉嫌电信网络诈骗犯罪嫌疑人16人,破获电信诈骗大要案件8起。(记者熊丰) (编辑:思雅) |\n董 君\n我要评报 隐藏留言须知\n3.您在留言板发表的言论,本网有权在网站内转载或引用。\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == ["大理市公安局近日成功抓获涉嫌电信网络诈骗犯罪嫌疑人16人,破获电信诈骗大要案件8起。"]
    assert {d.text: d.reason for d in document.dropped}["(记者熊丰) (编辑:思雅)"] == "byline"


# the body around the developed pages' leftovers in the tests below
_LEFTOVER_BODY = {
    "ko": ["경찰은 11일 실종된 아이를 2시간 만에 찾아 가족에게 인계했다고 밝혔다.", "경찰은 실종 신고가 들어오면 즉시 수색에 나선다."],
    "zh": ["1月18日,朝阳市公安局西大营子派出所成功救助一位走失老人。", "民警成功与老人家属取得联系,并将老人安全护送返回家中。"],
}


def _sentences_around(line: str, lang: str, between: bool) -> list[str]:
    """The sentences kept from `_LEFTOVER_BODY` with `line` between its two sentences, or after them."""
    first, second = _LEFTOVER_BODY[lang]
    lines = [first, line, second] if between else [first, second, line]
    return [s.text for s in segment_document("\n".join(lines), lang).sentences]


@pytest.mark.parametrize(
    "line, lang",
    [
        ("default_news_ad1", "ko"),
        ("파이낸셜뉴스", "ko"),
        ("![지구대에 들어가 흉기로 경찰을 위협한 남성이 체포됐다. [사진=경찰청 유튜브 캡처]](https://image.example.com/v1/be4e.jpg)", "ko"),
        ("[email protected]", "ko"),
        ("640.webp (2).png", "zh"),
        ("图为12月26日上午,善堂派出所民警正在向赶集群众宣传讲解防范电信诈骗知识。", "zh"),
        ("图片", "zh"),
        ("☆飲酒過量 有害健康 禁止酒駕☆", "zh"),
    ],
)
def test_template_slots_image_leftovers_and_statutory_notices_are_dropped(line: str, lang: str) -> None:
    """Leftovers of the ninth and tenth batches' developed pages: empty template slots, a bare outlet
    name, Markdown images, Cloudflare's hidden address, image file names, captions that open with
    图为, image placeholders and Taiwan's statutory alcohol notice."""
    assert _sentences_around(line, lang, between=True) == _LEFTOVER_BODY[lang]


def test_a_bracketed_outlet_and_reporter_prefix_is_cut() -> None:
    text = "[아이뉴스24 최란 기자] 지구대에 들어가 흉기로 경찰을 위협한 남성이 현행범으로 체포됐다."
    document = segment_document(text, "ko")
    assert document.sentences[0].text.startswith("지구대에") and document.metadata.source == "[아이뉴스24 최란 기자]"


def test_the_colon_after_a_cut_credit_goes_with_it() -> None:
    # 国际在线 on the 云剑-2020 raids (a new user's trial): the reporter credit in parentheses is cut,
    # and the colon after it with it, not left to open the lead
    text = "公安部“云剑-2020”行动集中收网\n国际在线报道(记者 吴倩):中国公安部8日10时统一指挥15个省区市公安机关开展行动。截至8日16时,抓获违法犯罪嫌疑人460余名。\n"
    document = segment_document(text, "zh")
    assert document.sentences[1].text.startswith("中国公安部8日10时")
    assert [d.text for d in document.dropped if d.reason == "prefix"] == ["国际在线报道(记者 吴倩):"]
    # near miss: a colon after the credit's next words is the lead's
    kept = segment_document("公安部通报\n国际在线报道(记者 吴倩) 公安部表示:今年以来抓获违法犯罪嫌疑人460余名。\n", "zh").sentences
    assert kept[-1].text == "公安部表示:今年以来抓获违法犯罪嫌疑人460余名。"


def test_a_credit_that_opens_the_article_in_mid_line_cuts_the_line() -> None:
    """A page that lost the break after its headline (tests/data/pages/200)."""
    text = "전세사기 특별단속 검거인원 작년比 5.7배 급증 [시민일보 = 여영준 기자] 경찰청은 전세사기 전국 특별단속 결과를 발표했다. 경찰은 단속을 이어간다.\n"
    document = segment_document(text, "ko")
    assert [s.text for s in document.sentences] == ["전세사기 특별단속 검거인원 작년比 5.7배 급증", "경찰청은 전세사기 전국 특별단속 결과를 발표했다.", "경찰은 단속을 이어간다."]
    assert document.metadata.source == "[시민일보 = 여영준 기자]"
    assert segment_document("[신화망 베이징 4월12일] (슝펑(熊豐) 기자) 최근 중국 경찰당국이 사기 일당을 검거했다.", "ko").sentences[0].text.startswith("최근")
    # the credit in lenticular brackets, glued to both sides (1490)
    glued = segment_document("칠곡, 약목면, 파출소와 손잡고‘면민 웃음꽃 활짝’【경상포커스=임종구기자】칠곡군 약목면은 파출소와 협조 체제를 강화했다.\n", "ko")
    assert [s.text for s in glued.sentences] == ["칠곡, 약목면, 파출소와 손잡고‘면민 웃음꽃 활짝’", "칠곡군 약목면은 파출소와 협조 체제를 강화했다."]
    assert glued.metadata.source == "【경상포커스=임종구기자】"
    # a photo credit in the same brackets is no reporter's: the line stays one
    photo = "약목면, 파출소와 손잡고 마을 순찰 【사진=임종구기자】 칠곡군 약목면은 파출소와 협조 체제를 강화했다.\n"
    assert segment_document(photo, "ko").metadata.source is None


def test_a_one_line_article_whose_copyright_sentence_took_the_line_is_read_again_by_sentence() -> None:
    """tests/data/pages/989: headline, meta row, reprint notice, body and caption on one short line;
    the notice's 版权均属…所有 took the whole line, and nothing was kept."""
    text = (PAGES / "989.txt").read_text(encoding="utf-8")
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == ["17日,是全国春运第一天,亳州交警坚守各自岗位,为返乡驾乘人员护航,同时对广大交通参与者进行交通安全知识宣传。"]
    assert not segment_document(text, "zh", cleaning=replace(CleaningSettings(), reread_chars=0)).sentences


def test_a_one_line_article_under_a_kept_headline_is_read_again_by_sentence_too() -> None:
    """Trial 14: a saved page whose layout table came out as one `| … |` line, the copyright notice
    at its end, kept nothing but a caption over it as the headline: the line is read again by
    sentence as when nothing at all is kept."""
    text = (
        "저장된 페이지 보기\n|  노숙인 응급처치까지 경찰의 의무? [한국일보] 2012-02-21 12면 사회 뉴스 생명이 위급한 노숙인을 "
        "응급처치 할 의무를 두고 경찰청과 보건복지부 사이에 '기싸움'이 벌어졌다. 지난해 제정돼 오는 6월 시행되는 노숙인복지법 "
        "시행령 때문이다. 화근이 된 부분은 경찰에게 응급처치 의무를 부여한 조항이다. 김지은기자 luna@hk.co.kr 저작권자 ⓒ한국일보. "
        "무단 전재-재배포 금지 |\n"
    )
    document = segment_document(text, "ko")
    assert {"지난해 제정돼 오는 6월 시행되는 노숙인복지법 시행령 때문이다.", "화근이 된 부분은 경찰에게 응급처치 의무를 부여한 조항이다."} <= {s.text for s in document.sentences}
    assert "copyright" in {d.reason for d in document.dropped} and not any("저작권자" in s.text for s in document.sentences)


def test_a_gallerys_footer_after_its_copyright_notice_is_not_read_again_into_an_article() -> None:
    """Review 101c: a photo gallery kept its captions (no finished sentence) and a copyright row took
    the footer line; read again by sentence, the footer's hotline sentence after the notice was kept."""
    text = (
        "组图：民警雪夜救助被困群众\n\n民警冒雪将被困老人背下山\n\n消防员清理道路积雪\n\n被救群众向民警表示感谢\n\n"
        "版权所有：城市晚报社，未经授权禁止转载。本报地址：城北区文化路18号，邮编：100000。本报热线电话每天24小时有专人接听，"
        "欢迎广大读者朋友积极提供新闻线索，我们将为提供重大新闻线索的读者支付线索费并为其严格保密。\n"
    )
    assert not any("热线" in s.text for s in segment_document(text, "zh").sentences)


def test_a_short_brief_with_finished_sentences_is_not_read_again_into_its_footer() -> None:
    """Review 101b: a two-line brief kept its finished sentences, and the re-reading by sentence took
    the site's call for submissions that followed its copyright sentence on one line as an article
    sentence; a brief with a finished sentence kept is not read again."""
    text = (
        "女子醉驾撞护栏 被罚\n2026-03-01\n昨晚，一女子醉驾撞上护栏。\n所幸无人受伤。\n"
        "本网站所刊登的各种新闻、信息资料，均为本网站版权所有，未经授权禁止转载。本站长期面向社会各界征集新闻线索和原创稿件，"
        "一经采用将支付优厚稿酬，我们期待与广大作者朋友携手共建健康向上的网络家园。\n"
    )
    assert [s.text for s in segment_document(text, "zh").sentences] == ["女子醉驾撞护栏 被罚", "昨晚，一女子醉驾撞上护栏。", "所幸无人受伤。"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("版权所有 © 2024 某某新闻网。未经许可不得转载。联系电话:0558-5123456。建议使用1024*768分辨率浏览。", "zh"),
        ("本站所有文章版权归原作者所有。如有侵权请联系我们删除。投稿邮箱：news@example.com。", "zh"),
        ("저작권자 © 연합뉴스 무단전재 및 재배포 금지. 제보는 카카오톡 okjebo로 보내주세요. 기사 문의는 편집국으로 해주세요.", "ko"),
    ],
)
def test_a_page_that_is_only_a_footer_of_short_notices_is_not_read_again_into_an_article(text: str, lang: str) -> None:
    # (code review 32: read again by sentence, each of these footers gave a notice as its article)
    assert not segment_document(f"{text}\n", lang).sentences


def test_question_marks_left_by_a_lost_indent_are_cut_and_the_credit_behind_them_too() -> None:
    """tests/data/pages/974 and 997: `????` where full-width indent spaces were lost, then a ruby
    mirror's 西江都市報(bào)訊 credit, read without its pinyin."""
    document = segment_document("????西江都市報(bào)訊 1月10日9時18分,長洲區發生火災。\n????9時23分,特勤官兵到達現場。\n", "zh")
    assert [s.text for s in document.sentences] == ["1月10日9時18分,長洲區發生火災。", "9時23分,特勤官兵到達現場。"]
    assert document.metadata.source == "西江都市報訊"
    assert [d.reason for d in document.dropped if d.text.startswith("?")] == ["junk", "junk"]
    # a question in the article keeps its marks
    assert segment_document("民警问道:“这是谁的??”男子答不上来。\n", "zh").sentences[0].text.startswith("民警")


def test_question_marks_a_lost_indent_left_inside_a_line_end_the_paragraph_and_are_cut() -> None:
    """Batch 115 (a developed page, 1285): a report that lost its line breaks keeps each paragraph's
    `????` after a space, a subheading included; a question's own marks stay."""
    text = "????一條短信竟發到副局長手機上!憑此線索,10名涉案人員全部落網。 ????接到短信的是張副局長。 ????今年查獲假發票逾610萬份 ????我市的專項整治始于2009年。\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == ["一條短信竟發到副局長手機上!", "憑此線索,10名涉案人員全部落網。", "接到短信的是張副局長。", "今年查獲假發票逾610萬份", "我市的專項整治始于2009年。"]
    assert [d.reason for d in document.dropped if "?" in d.text] == ["junk"] * 4
    # marks glued to a word, or with no text after them, are the writer's
    for asked in ("民警问他这是谁的钱??他答不上来。", "一位民警问道:他到底是谁 ??"):
        assert "??" in "".join(s.text for s in segment_document(f"{asked}\n", "zh").sentences)


def test_a_bare_reporter_credit_glued_after_the_last_sentence_is_a_byline() -> None:
    """Batch 115 (1285): `記者 涂靜 實習生 鄧海霞 |` after the last sentence; a space after each role
    word, so a sentence the reporter opens is kept."""
    for credit in ("記者 涂靜 實習生 鄧海霞 |", "记者 王某"):
        document = segment_document(f"截至7月31日,全市共立案56起。{credit}\n", "zh")
        assert [s.text for s in document.sentences] == ["截至7月31日,全市共立案56起。"]
        assert [(d.reason, d.text) for d in document.dropped] == [("byline", credit)]  # the bar too (code review 37)
    for kept in ("記者走訪發現", "記者 涂靜 表示"):
        assert segment_document(f"截至7月31日,全市共立案56起。{kept}\n", "zh").sentences[-1].text == kept


def test_a_reporter_credit_led_by_its_outlet_glued_after_the_last_sentence_is_a_byline() -> None:
    """Page 4542 (a collectibles site reposting a Xiamen paper): `海西晨报记者 白若雪 通讯员 梁瑞鹤` glued
    after the last sentence; a clause naming a reporter (`他是本报记者 张三`, `…人民日报记者 走进一线`: a first name of
    four characters is a predicate) or a photographer's credit is not it."""
    last = "根据相关法律规定,任何携带象牙及其制品入境的行为都是违法行为,海关将予以严查。"
    for credit in ("海西晨报记者 白若雪 通讯员 梁瑞鹤", "本报记者 白若雪", "新华社记者 白若雪"):
        document = segment_document(f"{last}{credit}\n", "zh")
        assert [s.text for s in document.sentences] == [last]
        assert [(d.reason, d.text) for d in document.dropped] == [("byline", credit)]
    for clause in ("他是本报记者 张三", "人民日报记者 走进一线", "随后北京青年报记者 再次联系", "一名都市报记者 赶到现场", "记者 走进一线", "江城晚报记者 也在场"):
        # a clause naming a reporter, or a reporter doing something (code review 90)
        assert segment_document(f"{last}{clause}\n", "zh").sentences[-1].text.endswith(clause), clause
    photo = segment_document(f"{last}广西新闻网记者 邓昶摄\n", "zh")  # a photographer's credit is no byline
    assert ("byline", "广西新闻网记者 邓昶摄") not in [(d.reason, d.text) for d in photo.dropped]


def test_an_ellipsis_alone_between_two_lines_of_the_article_is_the_writers() -> None:
    """Pages 1489, 1583, 2817 and batch 300's first contact (an airport-news site's list of cases):
    `……` alone between two lines of the article leaves part of the text out and is the article's, as the
    annotators keep it (`with_elisions`, once every pass has judged the page). Code reviews 90 and 90b's near
    misses: the last line of a list of other stories' titles or one among them, a pager's, the page's last
    line; a rule drawn with four or more dots or a symbol alone still goes."""
    cases = (
        "2014年2月8日7时20分,手检员刘卫斌在T3E国际人身现场执行手检任务时,查获一个打火机。",
        "“春运”保障期间,旅客藏匿火种类物品事件在首都机场安检现场频繁上演。",
    )
    for mark in ("……", "…"):
        document = segment_document(f"{cases[0]}\n{mark}\n{cases[1]}\n", "zh")
        assert [s.text for s in document.sentences] == [cases[0], mark, cases[1]]
    for rule in ("…………", "◇", "|"):
        document = segment_document(f"{cases[0]}\n{rule}\n{cases[1]}\n", "zh")
        assert [s.text for s in document.sentences] == list(cases)
        assert [d.text for d in document.dropped] == [rule]
    body = [
        "男子深夜形迹可疑 巡警盘查揪出网逃",
        "3月12日晚,市公安局巡特警支队民警在辖区巡逻时发现一名男子形迹可疑,遂上前盘查。",
        "经查,该男子系网上在逃人员,已被依法刑事拘留。",
        "目前,案件正在进一步侦办中。",
        "警方提醒广大市民,如发现可疑情况请及时拨打110报警。",
    ]
    for after in (
        ["往期精选", "民警深夜救助迷路老人", "巡特警成功处置一起纠纷", "……"],
        ["上一页", "1", "2", "3", "……", "10", "下一页"],
        ["……"],
        ["民警深夜救助迷路老人", "巡特警成功处置一起纠纷", "……", "反诈民警进社区宣讲", "交警雨中护送学生过马路"],  # code review 90b
    ):
        document = segment_document("\n".join(body + after) + "\n", "zh")
        assert [s.text for s in document.sentences] == body, after


def test_a_telephone_label_whose_number_was_dropped_goes_with_it() -> None:
    """Developed 4695 and batch 692's first contact (developed 4744): an embassy's notice ends with its
    emergency numbers, each label over its number (`外交部全球领事保护与服务应急热线(24小时):` / `+86-10-12308`);
    the numbers went as contact lines and their labels stayed as sentences. Two labels or more, each alone
    on its line, go with their dropped numbers (`without_orphaned_phone_labels`). Code review 91b's near
    misses stay: a sentence that asks to call or tells of a call, a Korean clause, a lone label."""
    for page, labels in (
        ("4695", ["外交部全球领事保护与服务应急热线(24小时):", "驻克赖斯特彻奇总领馆领事保护与协助电话:"]),
        ("4744", ["驻南苏丹使馆领事保护与协助电话:", "外交部全球领事保护与服务应急热线(24小时):"]),
    ):
        document = segment_document((PAGES / f"{page}.txt").read_text(encoding="utf-8"), "zh")
        assert not [s.text for s in document.sentences if s.text in labels], page
        assert {d.reason for d in document.dropped if d.text in labels} == {"address"}, page
    notice = [
        "驻南苏丹使馆提醒中国公民提高风险意识",
        "近期南苏丹首都朱巴安全形势趋紧,多地发生武装冲突和抢劫事件。",
        "驻南苏丹使馆提醒在南中国公民和机构,提高风险意识,远离危险地区,尽量居家办公,减少不必要外出。",
    ]
    pairs = [("警方呼吁，如有知情者，请拨打刑侦大队电话：", "0571-87654321"), ("民警随即拨通了该男子家属的电话：", "13812345678")]
    lone = [("驻南苏丹使馆领事保护与协助电话:", "+211-912386015")]
    for near_miss in (pairs, lone):
        lines = notice[:2] + [line for pair in near_miss for line in pair] + notice[2:]
        document = segment_document("\n".join(lines) + "\n", "zh")
        kept = [s.text for s in document.sentences]
        assert all(label in kept for label, _ in near_miss), near_miss
        assert all(number not in kept for _, number in near_miss), near_miss  # the numbers went: the labels were asked
    korean = "보이스피싱 주의\n경찰은 조직원 12명을 검거했다고 18일 밝혔다.\n목격자는 경찰서 형사과 전화:\n02-123-4567\n제보자는 수사과 전화:\n02-123-4568\n경찰은 수사를 이어가고 있다.\n"
    kept = [s.text for s in segment_document(korean, "ko").sentences]
    assert "목격자는 경찰서 형사과 전화:" in kept and "제보자는 수사과 전화:" in kept


def test_a_markup_tag_left_at_a_paragraphs_end_is_page_furniture() -> None:
    for line, kept in (("村民们都觉得这样的警察真好?!?/p>", "村民们都觉得这样的警察真好?!?"), ("村民们都觉得这样的警察真好。</p>", "村民们都觉得这样的警察真好。")):
        document = segment_document(f"{line}\n", "zh")
        assert [s.text for s in document.sentences] == [kept]
        assert [d.reason for d in document.dropped if "p>" in d.text] == ["page-furniture"]


def test_a_page_with_no_line_in_the_articles_script_keeps_its_prose() -> None:
    document = segment_document("Police arrested three men on Monday. They were charged with fraud.\n", "ko")
    assert [s.text for s in document.sentences] == ["Police arrested three men on Monday.", "They were charged with fraud."]


@pytest.mark.parametrize(
    "text, lang, first",
    [
        ("[시사매거진/전북] 전라북도경찰청은 상습 음주운전자의 차를 압수했다.", "ko", "전라북도경찰청은"),
        ("茂名晚报讯记者刘锋兰 通讯员余去非 昨天,记者从高州市公安局了解到巡逻情况。", "zh", "昨天"),
        ("디지타임즈(DGTIMEZ) 김대경 기자 | 군위군과 군위경찰서는 9월 18일 업무협약을 체결했다.", "ko", "군위군과"),
        ("司法警察局訊:司法警察局昨日接獲通報,指有市民接到陌生來電。", "zh", "司法警察局昨日"),
        ("(記者黃音文/嘉義報導)詐騙態樣層出不窮,嘉義縣警察局近期偵破詐欺集團案。", "zh", "詐騙態樣"),
        ("大公文匯全媒體報道：警方國家安全處今年初拘捕55人,並對當中47人作出起訴。", "zh", "警方國家安全處"),
    ],
)
def test_more_glued_credits_are_cut(text: str, lang: str, first: str) -> None:
    """Credits of the eleventh batch's developed pages: an outlet with its region, 讯 glued to 记者,
    an agency's 訊 with a colon, a reporter credit in ASCII parentheses."""
    assert segment_document(text, lang).sentences[0].text.startswith(first)


def _kept_and_reasons(text: str, lang: str, *marks: str) -> tuple[list[str], set[str]]:
    """The sentences cleaning keeps of `text` (without inline debris), and the reasons given for the
    dropped spans that hold any of `marks`."""
    document = segment_document(text, lang)
    return [s.clean for s in document.sentences], {d.reason for d in document.dropped if any(mark in d.text for mark in marks)}


@pytest.mark.parametrize(
    "caption",
    [
        "50대 한국인 관광객이 미국령 괌에서 괴한이 쏜 총에 맞아 사망하는 사건이 발생했다. ⓒ KUAM 뉴스 홈페이지 캡처",
        "태안해경이 중국인 밀입국자들을 대상으로 조사를 하고 있다. ⓒ 태안해양경찰서 제공",
    ],
)
def test_a_sentence_with_a_credit_of_a_few_words_after_its_copyright_sign_is_a_caption(caption: str) -> None:
    """A caption written as a sentence, `ⓒ` and its credit of a few words after it (the captions set's
    developed page k112); a body sentence closing with the paper's notice (`ⓒ 뉴스1 무단전재 및 재배포
    금지`) keeps the sentence."""
    first, second = _LEFTOVER_BODY["ko"]
    assert _kept_and_reasons(f"괌 경찰, 현상금 걸고 추적\n{first}\n{caption}\n{second}\n", "ko", "ⓒ") == (["괌 경찰, 현상금 걸고 추적", first, second], {"caption"})
    notice = "경찰은 수사를 이어갈 방침이라고 밝혔다. ⓒ 뉴스1 무단전재 및 재배포 금지"
    assert "경찰은 수사를 이어갈 방침이라고 밝혔다." in _kept_and_reasons(f"괌 경찰, 현상금 걸고 추적\n{first}\n{notice}\n{second}\n", "ko")[0]


@pytest.mark.parametrize("notice", ["本文系观察者网独家稿件,未经授权,不得转载。", "本文為本報原創稿件，未經許可，禁止轉載。"])
def test_an_outlets_exclusive_notice_ends_the_article_and_the_list_after_it_goes(notice: str) -> None:
    """`本文系…独家稿件,未经授权,不得转载。` closes the article (the related-lines set's developed page
    rz105): the numbered titles of other articles under it go with it, though the notice reads as a
    sentence."""
    first, second = _LEFTOVER_BODY["zh"]
    titles = "1、特朗普签署行政令对多国和地区征收“对等关税”,外交部回应\n2、看完《南京照相馆》,不想听日本人道歉了\n"
    kept, reasons = _kept_and_reasons(f"朝阳警方救助走失老人\n{first}\n{second}\n{notice}\n{titles}", "zh", "转载", "轉載", "1、")
    assert kept == ["朝阳警方救助走失老人", first, second] and reasons == {"copyright"}


@pytest.mark.parametrize(
    "caption, lang",
    [
        ("<사진2:선혈과 유리파편이 남아있는 사건현장>", "ko"),
        ("(참고사진) 농촌에서 사들인 곡식을 시장에 가지고 가는 도중, 보안원의 단속에 걸린 두 사람. 2008년 8월 평양시 강동군 촬영 장정길", "ko"),
        ("8月6日,全副武裝的特警在韓國大邱街頭巡邏。新華社/紐西斯通訊社", "zh"),
    ],
)
def test_a_numbered_photo_label_a_bracketed_photo_label_and_an_agencys_partner_credit_mark_captions(caption: str, lang: str) -> None:
    """From the captions set's third round (developed pages k305, k301, z305): `<사진2:…>`, a caption
    opening with `(참고사진)`, and a credit naming the agency and its partner after the caption's
    sentence."""
    first, second = _LEFTOVER_BODY[lang]
    assert _kept_and_reasons(f"{first}\n{caption}\n{second}\n", lang, caption[:6]) == ([first, second], {"caption"})


def test_body_lines_near_the_new_footer_and_caption_rows_keep_their_sentences() -> None:
    """(code review 59b) A body line opening with 다음 글로벌 and ending in a date ends no article; a
    paragraph of two sentences ending in a © credit keeps its sentences; an exclusive notice glued
    before the lead takes no lead with it; 摘要还显示 is a sentence about a summary."""
    first, second = _LEFTOVER_BODY["ko"]
    global_line = "다음 글로벌 치안 협력 회의는 서울에서 열릴 예정이다 2024.05.12"
    assert second in _kept_and_reasons(f"경찰, 실종 아동 2시간 만에 찾아\n{first}\n{global_line}\n{second}\n", "ko")[0]
    paragraph = "경찰은 수사를 이어갈 방침이다. 경찰은 추가 피해를 막기 위해 홍보를 강화했다. ⓒ 뉴스1코리아 뉴스1"
    assert "경찰은 수사를 이어갈 방침이다." in _kept_and_reasons(f"경찰, 실종 아동 2시간 만에 찾아\n{first}\n{paragraph}\n{second}\n", "ko")[0]
    zh_first, zh_second = _LEFTOVER_BODY["zh"]
    glued = f"本文系观察者网独家稿件,未经授权,不得转载。{zh_first}"
    assert any(zh_first in sentence for sentence in _kept_and_reasons(f"朝阳警方救助走失老人\n{glued}\n{zh_second}\n", "zh")[0])
    assert segment_document("摘要还显示,该案涉案金额超过300万元。", "zh").sentences[0].text.startswith("摘要还显示")


def test_lines_beside_the_session_59_rows_keep_what_they_should() -> None:
    """(code review 59c) A paragraph opening with `(자료사진)` and ending in a finished sentence keeps
    its sentences; a paragraph reposted from a paper and its site (`…。人民日报/人民网`) keeps its
    sentence; a previous-post link glued to a title opening 자 (`이전글자치경찰위원회…`) still ends
    the article; three measures opening 严打/严查/严打 are a list; an address line with the site's
    name glued after it is an address line."""
    first, second = _LEFTOVER_BODY["ko"]
    paragraph = "(자료사진) 부산경찰청은 12일 보이스피싱 조직원 32명을 검거했다고 밝혔다."
    assert "부산경찰청은 12일 보이스피싱 조직원 32명을 검거했다고 밝혔다." in " ".join(_kept_and_reasons(f"경찰, 조직원 검거\n{first}\n{paragraph}\n{second}\n", "ko")[0])
    link = "이전글자치경찰위원회, 어린이 교통안전 캠페인 25.08.27"
    kept, reasons = _kept_and_reasons(f"{first}\n{second}\n{link}\n댓글목록\n", "ko", "25.08.27")
    assert kept[-1] == second and "navigation" in reasons
    zh_first, zh_second = _LEFTOVER_BODY["zh"]
    reposted = "据了解,该案已移送检察机关审查起诉。人民日报/人民网"
    assert "据了解,该案已移送检察机关审查起诉。" in _kept_and_reasons(f"朝阳警方救助走失老人\n{zh_first}\n{reposted}\n{zh_second}\n", "zh")[0]
    head = "市公安局夏季治安打击整治行动取得阶段性成效"
    before = "今年以来,市公安局深入开展夏季治安打击整治行动,全力维护社会治安大局稳定,取得了明显成效,群众安全感持续提升。"
    after = "下一步,市公安局将继续保持严打高压态势,坚决打击各类违法犯罪活动,切实保障人民群众生命财产安全。"
    items = ["严打黄赌毒", "严查酒驾醉驾", "严打电信诈骗"]
    assert set(items) <= set(_kept_and_reasons("\n".join([head, before, *items, after, before.replace("今年", "去年")]) + "\n", "zh")[0])
    for named in ("市民可登录www.12377.cn举报.", "网址为www.12377.cn,欢迎举报."):  # (code review 59d) ASCII marks end a sentence too
        assert named in _kept_and_reasons(f"朝阳警方救助走失老人\n{zh_first}\n{named}\n{zh_second}\n", "zh")[0]
    for told in ("다음 글에서는 예방법을 알아본다! 2024.05.12", "(자료사진) 경찰은 “끝까지 추적하겠다”고 밝혔다.”"):
        assert second in _kept_and_reasons(f"경찰, 조직원 검거\n{first}\n{told}\n{second}\n", "ko")[0], told
    address = "网址:http://www.lnga.gov.cn辽宁省公安厅官网"
    assert _kept_and_reasons(f"朝阳警方救助走失老人\n{zh_first}\n{zh_second}\n{address}\n{zh_second.replace('民警', '辅警')}\n", "zh", "lnga")[1] == {"site"}


def test_a_sentence_naming_a_web_address_is_no_address_line() -> None:
    """Chinese writes no spaces: a sentence holding `(www.thepaper.cn)` (the captions set's developed
    page z314) is no line of a web address, which runs to the line's end in ASCII alone."""
    first, second = _LEFTOVER_BODY["zh"]
    sentence = "顾侠来告诉澎湃新闻(www.thepaper.cn)记者,明天既是他60岁生日,也是正式退休的日子。"
    kept, reasons = _kept_and_reasons(f"朝阳警方救助走失老人\n{first}\n{sentence}\nwww.thepaper.cn/newsDetail_forward_1234567\n{second}\n", "zh", "newsDetail")
    assert kept == ["朝阳警方救助走失老人", first, sentence, second] and reasons == {"site"}


def test_a_photo_credit_with_a_copyright_sign_is_a_caption_and_the_article_goes_on() -> None:
    """A caption ending in `© News1 기자` (a stored public page outside the gold set) is no copyright
    footer: the body after it stays; a click-here line and a reporter's hand-off are dropped."""
    text = (
        "탈영병 3명, 중국인 3명 살해 도주\n"
        "최신 기사를 보시려면 여기를 클릭하세요\n"
        "<오두산 통일전망대에서 바라 본 북한 초소 주변에 개나리가 활짝폈다. 2015.4.15/뉴스1 © News1 민경석 기자>\n"
        "북한 탈영병 3명이 중국의 한 마을에서 중국인 3명을 살해하고 달아났다고 당국 관계자가 29일 밝혔다. 조은정 기자가 전해드립니다.\n"
        "이 관계자는 \"공안기관이 전력을 다해 수사를 벌이고 있다\"고 밝혔다.\n"
    )
    assert _kept_and_reasons(text, "ko", "클릭", "©") == (
        [
            "탈영병 3명, 중국인 3명 살해 도주",
            "북한 탈영병 3명이 중국의 한 마을에서 중국인 3명을 살해하고 달아났다고 당국 관계자가 29일 밝혔다.",
            "이 관계자는 \"공안기관이 전력을 다해 수사를 벌이고 있다\"고 밝혔다.",
        ],
        {"navigation", "caption"},
    )


def test_the_headline_printed_again_at_the_end_of_the_page_goes() -> None:
    """A broadcaster's page (a stored public page outside the gold set) prints its headline under the
    body again, and a promo ends in (按此), HK Chinese for "click here"."""
    text = (
        "警方加強巡邏 拘捕2人\n"
        "警方昨晚在銅鑼灣一帶加強巡邏,在港島中區拘捕一男一女。\n"
        "警方又說,另有5男5女被帶返警署作進一步調查。\n"
        "更多疫情資訊,請到以下專頁瀏覽(按此)\n"
        "警方加強巡邏 拘捕2人\n"
    )
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == ["警方加強巡邏 拘捕2人", "警方昨晚在銅鑼灣一帶加強巡邏,在港島中區拘捕一男一女。", "警方又說,另有5男5女被帶返警署作進一步調查。"]


def test_a_line_that_is_a_link_to_click_goes() -> None:
    # a fresh page reposting a railway police notice ends its body with 点击查看此前报道↓ over the link
    body = "4月19日12时,民警在厦门成功查获该女子。\n依据有关规定,铁路警方依法对其处以行政拘留。\n"
    more = "铁路警方提醒,旅客在乘车时请勿阻挡列车关闭车门,更不能强行扒门上下车。\n"
    for link in ("点击查看此前报道↓", "点击阅读原文", "點擊進入專題"):
        assert link not in [s.text for s in segment_document(body + link + "\n" + more, "zh").sentences]
    # near misses: sentences and headlines about clicking, as anti-fraud reports write them
    for kept in ("市民点击查看链接后被骗走5万元。", "点击查看快递信息后被骗3万元", "点击进入虚假网站被骗5万元。"):
        assert kept in [s.text for s in segment_document(body + kept + "\n" + more, "zh").sentences], kept


def test_a_read_more_link_glued_to_a_teaser_goes_whole() -> None:
    """A listing's teaser ends in 詳全文>> (a stored public page outside the gold set): no 詳 is left as a sentence."""
    text = "機車不見先別慌\n機車是台灣民眾日常生活中不可或缺的交通工具,都相當便利。詳全文>>\n"
    assert [s.text for s in segment_document(text, "zh").sentences] == ["機車不見先別慌", "機車是台灣民眾日常生活中不可或缺的交通工具,都相當便利。"]


@pytest.mark.parametrize(
    "text, first",
    [
        ("浠水新闻网讯 杨洋 报道:按照市公安局统一部署安排,3月16日晚,交警大队开展夜查酒驾行动。", "按照"),
        # the reporter's role word glued between the dispatch and the name (new-user trial 94: a real report's
        # whole lead went to the line model, its credit uncut)
        ("本報北京1月9日訊記者許躍芝報道:1月10日,是第27個110報警服務日。", "1月10日"),
        ("本报讯 记者张三 通讯员李四 报道:近日,我市开展夜查行动。", "近日"),
        ("新西兰中国城 网讯 警方表示拘捕一名25岁男子,该男子跟一宗凶杀案有关。", "警方表示"),
        ("【摘要】“五一”假期临近,亲朋好友聚会增多,福州交警加大了夜查酒驾力度。", "“五一”"),
        ("摘要:近段持续高温,夜间外出消暑的市民明显增多。", "近段"),
        ("摘要民警立刻谨慎地将船只接近落水人员,将救生器材抛向落水人员。", "民警立刻"),  # no mark after the label (page 1799)
        ("摘要 腊月二十四一大早,周村北郊派出所的民警们带着无人机来到集市。", "腊月"),
        ("摘要显示,该案涉案金额超过300万元。", "摘要显示"),  # a sentence about a summary: a mark follows the word
        # a content farm's stock label before the headline it reposts (developed pages 599, 931, 1810); a headline's own cry stays
        ("世界热点!甘肃公安开展“净网2022”专项行动 查获公民个人信息1000余万条", "甘肃公安"),
        ("天天热消息:广州南沙公安:愿做那一盏灯,照亮你回家的路", "广州南沙"),
        ("注意了!收到这样的短信千万别信!", "注意了!"),
        ("环球新动态:“猎鼠”专项行动!今年以来惠州公安打掉盗窃团伙57个", "“猎鼠”"),  # (developed page 3772, 636 after it)
        # an outlet's name set off by a bar before the headline it reposts (developed page 3766); a column's own kicker
        # before its bar stays, though it ends as an outlet's name may (code review 80), and so does an app's (1588's 津云丨)
        ("人民公安报丨打造乡情调解室 实现“矛盾不上交”", "打造"),
        ("新华社 | 公安部部署开展夏季治安打击整治行动", "公安部"),
        ("宿迁电视台丨民警冒雨疏导交通", "民警"),
        ("警方视点丨江苏徐州:该出手时就出手 热心市民助力警察抓捕嫌疑人", "警方视点丨"),
        ("天网丨潜逃十年的嫌疑人落网", "天网丨"),
        ("每日一报丨民警劝阻老人转账 成功挽回5万元", "每日一报丨"),
        ("守护平安台丨潜逃十年的嫌疑人落网", "守护平安台丨"),
        ("走进合作社丨民警上门宣讲反诈知识", "走进合作社丨"),
        ("警方发布丨潜逃十年的嫌疑人落网", "警方发布丨"),
        ("津云丨春节反诈宣讲室及时“救场” 群众幡然醒悟止损数万元", "津云丨"),
        # a government site's own 动态 is no content farm's stock label (code review 80)
        ("实时动态：嫌疑人已被刑事拘留，案件正在进一步侦办中。", "实时动态"),
        ("警情通报丨6月10日西街派出所劝阻一起电信诈骗", "警情通报丨"),  # a bulletin's label, no paper's name
        ("[전남/이대석기자] 전라남도는 제주항공이 21일 연길 노선 취항식을 가졌다고 밝혔다.", "전라남도는"),
        ("[대한뉴스(KOREANEWS)] 소방본부는 화재 현장에 출동해 주민 12명을 구조했다고 밝혔다.", "소방본부는"),
        ("核心提示:春节前夕,消防救援大队开展安全检查。", "春节前夕"),
        # the leads set's developed pages z218 and z203 (second round): two correspondents' names run together, a report credit with its date
        ("本报讯 记者潘从武 通讯员王海平甘雯 近日,乌鲁木齐市公安局4小时侦破一起特大黄金盗窃案。", "近日"),
        ("环球网2010929报道:据日本媒体报道,一名日本男子向总领馆投掷了一枚发烟筒,被警察当场抓获。", "据日本"),
        ("环球网9月29日报道:一名日本男子向总领馆投掷了一枚发烟筒,被警察当场抓获。", "一名"),
        ("新华网报道称,一名男子向总领馆投掷了一枚发烟筒,被警察当场抓获。", "新华网报道称"),  # no colon: the lead's own clause
        # a portal channel's credit (a local set of saved pages); the same words as a clause stay, and so does a
        # credit with a space and no colon (code review 65b: `…报道 称，`, a later paragraph quoting another portal)
        ("网易娱乐6月30日报道:在“红色大鳄”《建党伟业》的强势之下,这一部《假装情侣》敢于迎头而上。", "在“红色"),
        ("网易娱乐6月30日报道称,这一部《假装情侣》敢于迎头而上。", "网易娱乐"),
        ("人民网6月30日报道 称,在昨晚的行动中警方抓获嫌疑人3名。", "人民网"),
        # (code review 58b) a spaced byline is cut whole; a lead's own date or words glued to a name are never cut with it
        ("本报讯 记者张三 通讯员李四 王五 近日,市公安局破获一起电信诈骗案。", "近日"),
        ("本報訊 記者 張三 通訊員 李四 王五 近日,市警察局破獲一起詐騙案。", "近日"),
        ("美联社报道：警方已将一名嫌疑人控制,案件正在调查中。", "美联社报道"),  # no date: a body paragraph's own words
        ("藏地阳光网讯:(通讯员 叶强平 郑力 文/图)5月21日,理塘县公安局组建草原骑警队。", "5月21日"),  # a colon between 讯 and the bracket (page 1774, in review)
        # (code review 59) a bracket nested in the credit is cut with it; a lead's own bracket or list mark is not cut
        ("衡东融媒体中心12月20日讯(融媒体记者 谢佳唯(试用)通讯员 周叶繁)12月20日,县公安局开展反诈宣传。", "12月20日"),
        ("藏地阳光网讯:(通讯员 叶强平(实习) 文/图)5月21日,理塘县公安局组建草原骑警队。", "5月21日"),
        ("市公安局消息:(一)加强街面巡逻防控,全力维护社会治安稳定。", "(一)加强"),
        ("藏地阳光网讯:(通讯员 叶强平 5月21日,理塘县公安局(简称县局)组建草原骑警队。", "(通讯员"),
    ],
)
def test_a_reporters_credit_after_the_outlets_xun_and_a_summary_label_are_cut(text: str, first: str) -> None:
    """From stored public pages outside the gold set (the second is developed page 790's); a
    reporter's bracketed credit with a region and no outlet too."""
    lang = "ko" if re.search("[가-힣]", text) else "zh"
    assert segment_document(text, lang).sentences[0].text.startswith(first)


def test_a_byline_with_a_cut_off_address_is_cut_and_a_dotted_date_ends_no_sentence() -> None:
    text = "경찰은 A씨를 4. 7(수) 15:00경 적발했다. 해경 관계자는 “차단해 나갈 방침”이라고 말했다./김수현 기자·ryud2034@\n"
    assert [s.text for s in segment_document(text, "ko").sentences] == ["경찰은 A씨를 4. 7(수) 15:00경 적발했다.", "해경 관계자는 “차단해 나갈 방침”이라고 말했다."]


@pytest.mark.parametrize(
    "line, lang",
    [
        ("대구중부경찰서 전경.", "ko"),
        ("作者:张迎 湛思谣", "zh"),
        ("本站原创文章,转载请附上原文链接。", "zh"),
        ("TUhjnbcbe - 2025/6/22 23:33:00", "zh"),
        ("◇", "zh"),
    ],
)
def test_building_photos_author_lines_reprint_notes_post_headers_and_lone_marks_are_dropped(line: str, lang: str) -> None:
    """Leftovers of the twelfth batch's developed pages."""
    assert _sentences_around(line, lang, between=True) == _LEFTOVER_BODY[lang]


def test_a_caption_quoting_a_clause_of_the_body_is_dropped() -> None:
    body = ["臺北市士林分局長到任後即指示所屬,幫派與槍械犯罪是查緝重點。", "臺中市警察局第一分局日前接獲情資,員警埋伏後見賴姓與劉姓犯嫌下車,警力隨即上前包抄查緝,當場逮捕2人。"]
    caption = "見賴姓與劉姓犯嫌下車,警力隨即上前包抄查緝"
    document = segment_document("\n".join([body[0], caption, caption, body[1]]), "zh")
    assert [s.text for s in document.sentences] == body
    assert any(d.reason == "caption" for d in document.dropped)
    # printed once, a line the body repeats is a crosshead and stays, however long (code review 50:
    # a step that dropped a long line the body quotes lost crossheads of 15 letters and more)
    for crosshead in ("大力提振消费、提高投资效益", "大力提振消费、扩大有效投资、提高投资效益"):
        lead = f"会议指出,要{crosshead},全方位扩大国内需求。"
        kept = [s.text for s in segment_document("\n".join([lead, crosshead, "各地要抓好落实,确保政策见效。"]), "zh").sentences]
        assert crosshead in kept


def test_an_empty_related_box_between_paragraphs_does_not_end_the_article() -> None:
    """tests/data/pages/273 and the thirteenth batch: the page kept a `관련기사` header but not its box."""
    body = [
        "경찰은 불법체류 외국인을 노린 범죄를 7월까지 집중 단속한다고 밝혔다.",
        "경찰은 외국인 범죄의 주 표적이 불법체류 외국인이라는 점을 감안해 '통보의무 면제제도'를 적극 활용할 방침이다.",
    ]
    document = segment_document("\n".join([body[0], "관련기사", body[1], "박우인 기자"]), "ko")
    assert [s.text for s in document.sentences] == body


@pytest.mark.parametrize(
    "line, lang",
    [("진해경찰서 덕산지구대 경위 이신원", "ko"), ("初審:郭小宇 復審:韓鐵英 終審:曹夢南", "zh")],
)
def test_contributor_signatures_and_review_chains_are_dropped(line: str, lang: str) -> None:
    assert _sentences_around(line, lang, between=False) == _LEFTOVER_BODY[lang]


@pytest.mark.parametrize(
    "line, lang",
    [
        ("충남경찰청은 하북성 공안청 대표단 방문행사를 개최했다. ⓒ 충남지방경찰청", "ko"),
        ("也许您对下面的内容还感兴趣:", "zh"),
        ("◎欢迎参与讨论,请在这里发表您的看法、交流您的观点。", "zh"),
    ],
)
def test_credited_sentence_captions_and_reader_prompts_are_dropped(line: str, lang: str) -> None:
    """Leftovers of the fourteenth batch's developed pages."""
    assert _sentences_around(line, lang, between=False) == _LEFTOVER_BODY[lang]


def test_a_long_table_row_is_cut_at_its_cell_bars() -> None:
    """tests/data/pages/1013: a page printed its photo box and its body as one row of a table
    (`|  | | ↑↑ caption | ⓒ 황성신문 | | body …`)."""
    text = (PAGES / "1013.txt").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "↑↑" in line)
    assert len(row) > CleaningSettings().long_line
    document = segment_document(text, "ko")
    kept = [s.text for s in document.sentences]
    assert "경찰의 발 빠른 대응과 끈질긴 설득이 자살 기도자를 구했다." in kept
    assert not any("↑↑" in sentence or "ⓒ" in sentence for sentence in kept)
    assert "caption" in {d.reason for d in document.dropped if d.text.lstrip("| ").startswith("↑↑")}


def test_the_outlets_name_glued_after_the_last_sentence_is_its_source() -> None:
    """tests/data/pages/1021: `…並持續強化全民反毒意識。桃園電子報`."""
    document = segment_document("大溪分局邀集校長座談。\n警方將持續強化全民反毒意識。桃園電子報\n", "zh")
    assert [s.text for s in document.sentences] == ["大溪分局邀集校長座談。", "警方將持續強化全民反毒意識。"]
    assert document.metadata.source == "桃園電子報"
    # a quotation that ends on a word like 報 is still the sentence's
    quoted = segment_document("大溪分局邀集校長座談。\n他說:「我們每天都看報。」\n", "zh")
    assert quoted.sentences[-1].text == "他說:「我們每天都看報。」"
    # an outlet named in the last sentence itself stays
    named = segment_document("大溪分局邀集校長座談。\n此事經桃園電子報報導。\n", "zh")
    assert named.sentences[-1].text == "此事經桃園電子報報導。"
    # short last clauses without their 。 that end in 报 or 网 are no outlet (code review 32b)
    no_edges = replace(CleaningSettings(), line_model_edge_threshold=1.0)  # the rule alone, not the line model's edge step
    for clause in ("特此通报", "欢迎举报", "难逃法网", "已经落网"):
        ended = segment_document(f"大溪分局邀集校長座談。\n民警连夜追踪,于次日凌晨在城郊一出租屋内将三名犯罪嫌疑人抓获。{clause}\n", "zh", cleaning=no_edges)
        assert ended.sentences[-1].text == clause and ended.metadata.source is None, clause


def test_a_transcripts_part_label_glued_to_its_text_is_cut() -> None:
    """tests/data/pages/1035: `앵커 멘트소방서에서는…`, `기사 멘트중원구의…` (no brackets, no space)."""
    document = segment_document((PAGES / "1035.txt").read_text(encoding="utf-8"), "ko")
    kept = [s.text for s in document.sentences]
    assert kept[1].startswith("소방서에서는") and any(s.startswith("중원구의 한 어린이집입니다.") for s in kept)
    assert not any("멘트" in s for s in kept)
    assert [d.reason for d in document.dropped if "멘트" in d.text] == ["junk", "junk"]
    # the speaker stands on the line of the quote, and stays with it
    assert any(s.startswith("권태환 소방사 / 성남소방서") for s in kept)


def test_a_cable_stations_report_mark_and_stand_up_label_are_cut() -> None:
    """tests/data/pages/2278: a Korean cable station's board prints its report mark before the
    headline (`(R) ‘보이스피싱 근절되는 그날까지’…`); the mark goes and the headline stays, and so a
    reporter's stand-up label (`S/U : 절도범은 …`, 3417); a bracket that opens a sentence stays."""
    document = segment_document((PAGES / "2278.txt").read_text(encoding="utf-8"), "ko")
    assert document.sentences[0].text == "‘보이스피싱 근절되는 그날까지’...충북경찰 수사 ‘빛났다’"
    assert {d.reason for d in document.dropped if d.text == "(R)"} == {"junk"}
    body = "경찰은 절도범을 쫓고 있습니다."
    assert _kept_and_reasons(f"{body}\nS/U : 절도범은 오전 시간을 틈타 주민들의 집을 털었습니다.\n", "ko", "S/U") == ([body, "절도범은 오전 시간을 틈타 주민들의 집을 털었습니다."], {"junk"})
    # code review 77b: the ® mark written (R) opening a sentence is its subject
    for line in ("(R&D 예산) 경찰청은 연구개발 예산을 늘렸다.", "(R)이라는 표시는 리포트를 뜻한다.", "(R) 마크가 붙은 위조 명품 가방 300여 점이 압수됐습니다.", "(R) 표시는 등록상표임을 뜻한다."):
        assert line in _kept_and_reasons(f"{body}\n{line}\n", "ko")[0], line

def test_the_headline_again_with_a_word_more_at_its_edge_is_a_copy() -> None:
    """tests/data/pages/1036: `民房起火4人被困 …` then `感动!民房起火4人被困 …` above the lead."""
    document = segment_document((PAGES / "1036.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[0].text == "民房起火4人被困 消防员让出防护面罩助群众脱险"
    assert not any(s.text.startswith("感动") for s in document.sentences)
    # a lead that is the headline and a few letters more is no copy (code review 32c)
    lead = "警方成功破获一起特大电信诈骗案件。"
    repeated = segment_document(f"警方成功破获一起特大电信诈骗案\n{lead}\n民警连夜追踪,于次日凌晨将三名犯罪嫌疑人抓获。\n", "zh")
    assert [s.text for s in repeated.sentences][:2] == ["警方成功破获一起特大电信诈骗案", lead]
    # nor is a page title cut off by the site: the full headline stays
    full = "民房起火4人被困 消防员让出防护面罩助群众脱险"
    cut = segment_document(f"民房起火4人被困 消防员让出防护面罩助群…\n{full}\n11月14日晚,福建永安市一民房起火,4人被困,消防员让出面罩助群众脱险。\n", "zh")
    assert full in [s.text for s in cut.sentences]


def test_an_outlets_dated_report_prefix_is_cut() -> None:
    text = "新海南客户端、南海网、南国都市报6月7日消息(记者黄婷 实习生 吴祖杭)“有个考生把准考证落在教室里了……”一位老师向现场交警求助。"
    assert segment_document(text, "zh").sentences[0].text.startswith("“有个考生")


def test_a_headline_above_its_byline_and_a_four_line_deck_keeps_every_line() -> None:
    page = Path(__file__).resolve().parent.parent / "data" / "pages" / "367.txt"  # 대구신문: headline twice, byline block, deck
    kept = [s.text for s in segment_document(page.read_text(encoding="utf-8"), "ko").sentences]
    headline, deck = "두터운 형광조끼 입고 연신 수신호", ["대구 동부경찰서 교통경찰관", "달아오른 도로서 반나절 근무", "얼린 생수 하나 쥐고 더위 버텨", "“뙤약볕에도 시민 안전 위해 최선”"]
    assert kept[:5] == [headline, *deck]  # the headline proper once, then the whole deck (one line in other words than the lead)
    assert kept.count(headline) == 1 and not any("석지윤" in line for line in kept)


def test_a_page_title_with_its_board_name_is_furniture_and_the_headline_below_it_stays() -> None:
    headline = "신고접수 19분 만에 아이를 찾아"
    body = "할머니와 함께 차를 타고 온 아이가 사라졌다는 신고가 접수됐다. 경찰은 19분 만에 아이를 찾아 가족에게 인계했다."
    document = segment_document("\n".join([f"{headline} > 메인뉴스", "메인뉴스", headline, body]), "ko")
    assert [s.text for s in document.sentences][0] == headline
    assert f"{headline} > 메인뉴스" in [d.text for d in document.dropped]


# every data-table rule against ordinary police-news body sentences: each is put between two body
# sentences and must come out whole (these are the sentences earlier versions of the rules took)
_HEADLINES = {"ko": "연길시공안국, 실종 아동 2시간 만에 찾아", "zh": "朝阳市公安局救助一位走失老人"}


def _page_with(line: str, lang: str) -> str:
    """A page of a headline and `_LEFTOVER_BODY`'s two sentences with `line` between them."""
    first, second = _LEFTOVER_BODY[lang]
    return "\n".join([_HEADLINES[lang], first, line, second]) + "\n"


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("ko", "경찰청이 실시한 치안 만족도 조사에서 연길시는 3년 연속 1위를 차지했다."),
        ("ko", "공안국은 올해 민원 만족도 평가에서 최우수 등급을 받았다."),
        ("ko", "범인들은 인터넷, 메신저, 9월 3일부터 피해자들에게 접근했다."),
        ("ko", "이 소식은 연변일보, 길림신문, 9월 20일자에 실렸다고 전했다."),
        ("ko", "첨부된 택배조회.zip 파일을 열자 휴대전화에 악성 앱이 설치돼 개인정보가 유출됐다."),
        ("ko", "#미투 #위드유 운동이 확산되면서 성범죄 신고가 지난해보다 크게 늘었다고 경찰은 밝혔다."),
        ("zh", "记者丨张三近日从市公安局获悉，一起特大诈骗案告破。"),
        ("zh", "该公司成立于2018年，实际上是一个以虚假投资平台为幌子的诈骗网站。"),
        ("zh", "该团伙是一家以网络科技公司为名、专门通过虚假网站实施诈骗的犯罪团伙。"),
        ("zh", "反诈咨询热线：96110，24小时为群众提供服务。"),
        ("zh", "举报电话：0433-2512110。"),
        ("zh", "附件中的“通知.pdf”实为木马程序，一经打开即窃取用户信息。"),
        ("zh", "血液酒精含量＞20mg/100ml为酒驾，＞80mg/100ml为醉驾。"),
        ("zh", "全年发布110.5万条预警信息"),
        ("zh", "警察在街頭無故擄走壹週刊記者  並作出無理拘捕"),  # a headline with a journalist in it is no byline
        ("zh", "市民李女士（化名）7月5日接到一个自称快递客服的电话。"),  # a name in brackets before a date is no outlet credit
        ("zh", "温州市公安局交警支队（简称交警支队）7月8日起实施交通管制。"),
        ("ko", "지하철서 여성 몰래 촬영"),  # a clause that ends in 촬영 is no photo credit
        ("ko", "경찰에 따르면 그는 저작권자 허락 없이 웹툰을 무단 전재한 혐의를 받는다."),  # news about piracy is no copyright notice
        ("ko", "이 게시물은 2000번 공유됐고 300개의 댓글이 달렸다."),  # nor about a viral post a share counter
        ("zh", "据市公安局微信公众号消息，派出所收到一面印满“牛”字的锦旗。"),  # a news source named, no promo
        ("ko", "텔레그램 활용 마약류 사들이고 투약한 17명도 함께 검거"),  # a deck about a crime on a messenger is no promo
        ("zh", "警方提示：遇到可疑来电请拨打110|96110|12110，或到就近派出所报案。"),  # a few bars in a sentence are no menu
        ("ko", "스케치가 마무리 되면 취재기자들은"),  # a clause about reporters (a blog outside the gold set) is no byline
        ("zh", "民警提醒，对于来历不明的链接，千万不要点击。"),  # advice not to click is no click-here link
        ("zh", "学校要求学生每天阅读30分钟以上。"),  # nor reading half an hour a reading-time note
        ("zh", "介绍了近期电信诈骗的新手法，"),  # nor a clause line a machine-made summary's sentence
        ("ko", "영상기자로 일하다 보면 범죄자의 얼굴을 마주할 기회가 종종 있는데,"),
        ("ko", "강남경찰서·서초경찰서·송파경찰서·강동경찰서·수서경찰서 형사 120여 명이 투입됐다."),
        ("zh", "各地公安机关深入开展“平安校园”“平安医院”“平安景区”“平安市场”“平安工地”创建活动。"),
        ("zh", "犯罪嫌疑人利用网页的JavaScript功能窃取用户信息。"),
        ("ko", "범인은 자바스크립트를 지원하는 브라우저의 취약점을 이용해 악성코드를 심었다."),
        ("zh", "↑ 破获刑事案件1200起,同比上升35.2%。"),
        ("ko", "경찰은 범죄 정보를 모은 DB를 구축해 지난달부터 운영하고 있다."),  # a database in a sentence is no photo credit
        ("ko", "현장에서 만난 김 기자가 전한 내용은 다음과 같다."),  # a reporter in a sentence is no hand-off
        ("zh", "警方提醒,网上看到涉警信息请核实后再转载,不要传播谣言。"),  # advice on sharing is no reprint policy
        ("zh", "北京青年报记者近日走访发现,多个小区加装了智能门禁。"),  # a reporter in the lead, no credit set off by a space
        ("zh", "人民日报记者 近日走访发现,多个小区加装了智能门禁。"),
        ("zh", "来源不明的包裹,请勿签收。"),
        ("ko", "경찰은 기사 게재 시 출처를 밝히지 않은 업체 3곳을 적발했다."),  # a sentence about crediting sources
        ("zh", "管理员在登录后台后篡改了数据,已被警方控制。"),  # an administrator in a sentence is no sign-in notice
        ("zh", "首页 显示的诈骗网站 已被警方关停。"),
        # code review 30b: body lines the session's new rows first took
        ("zh", "据相关报道，该男子已被警方刑事拘留。"),
        ("zh", "相關報導指出，該名男子已遭警方依法拘留。"),
        ("zh", "相关报道发布后，引发网友热议。"),
        ("zh", "警方已责令平台删除相关文章。"),
        ("zh", "男子在网上发帖辱警被举报"),
        ("zh", "电信网络诈骗团伙落网"),
        ("zh", "電信網路詐騙集團落網"),
        ("zh", "群众举报 警方收网"),
        ("zh", "接獲通報 警方迅速收網"),
        ("zh", "张某某（男，35岁） | 涉嫌帮助信息网络犯罪活动罪 | 已被依法刑事拘留 | 案件正在进一步侦办中 | 2024年3月15日 | 市公安局反诈中心"),
        ("ko", "1월 음주운전 단속 결과 | 면허 취소 수치 적발 12명 | 면허 정지 수치 적발 8명 | 측정 거부 2명 | 모두 형사 입건 조치 | 차량 7대 압수"),
        ("ko", "경찰은 현장에서 피의자를 검거했다. | 피해금을 회수했다. | 공범을 추적 중이다. | 여죄를 조사한다. | 검찰에 송치한다. | 수사를 마무리했다."),
        ("zh", "总台记者探访 反诈中心里的一天"),
        ("zh", "本报记者获悉 2024年以来，全市共破获电诈案件1230起。"),
        ("zh", "据本报记者调查 2023年以来，全市共破获电诈案件1230起。"),
        ("zh", "新京报记者调查 3 家平台发现，多数存在违规。"),
        ("zh", "【收藏品骗局】老人花30万元买到假古董，警方提醒谨防上当。"),
        ("zh", "图文|警营开放日 市民走进派出所"),
        ("zh", "（据本报记者此前报道）该案已进入审理阶段。"),
        ("ko", "해당 사진은 기사와 무관한 시민의 얼굴이 그대로 노출돼 논란이 됐다."),
        ("zh", "此由AI生成的虚假视频已被平台下架。"),
        ("zh", "以上内容由AI生成的说法并不属实，警方已介入调查。"),
        ("zh", "民警向家长展示了近期接报的类似案件截图。"),  # a sentence that ends with a screenshot shown
        ("ko", "유족들은 그가 억울하게 숨졌다고 주장했다. 숨진 남성은 기자입니다."),
        ("zh", "该网站在页面底部写明“请转载时务必注明出处”，但其自身内容大量抄袭他人。"),
        ("zh", "警方提醒，请在转载时须注明来源，不得歪曲事实。"),
        ("ko", "<현장 기자> 경찰이 사고 현장을 통제하고 있습니다."),
        ("ko", "경찰은 사진은 기사와 달리 조작된 것이라고 설명했다."),  # a photo discussed in a sentence is no stock-photo note
        ("zh", "本文作者系市公安局民警,长期从事反诈宣传工作。"),  # an author's note is no disclaimer
        ("zh", "人民日报、新华社等媒体对此进行了报道。"),  # outlets named in a sentence are no source line
        # code review 31b: body lines the session's new rows first took (scam slogans quoted, a photo count,
        # a message's sender quoted as evidence, an interview's question, a lead-in to the article's list)
        ("zh", "“马上注册，立返200元红包！”看到这条广告后，李女士下载了该软件。"),
        ("zh", "免费注册，零门槛，日入过千，这些都是诈骗分子的常用话术。"),
        ("zh", "立即注册，即可领取888元新人礼包，这是诈骗分子发来的短信内容。"),
        ("zh", "「馬上註冊，即送200元」，警方提醒這類廣告多為詐騙。"),
        ("ko", "사진 1-2장만 있으면 누구나 딥페이크 영상을 만들 수 있다."),
        ("ko", "사진1:1 비교 결과 동일 인물로 확인됐다."),
        ("zh", "发信人：95588，内容：您的账户积分即将清零，请点击链接兑换。"),
        ("zh", "寄信人：不明，包裹内为一张伪造的法院传票。"),
        ("zh", "文：你当时为什么会想到报警？"),
        ("zh", "👇警方提醒：遇到以下情况一定是诈骗👇"),
        ("zh", "民警问她：这个页面有问题吗？"),
        ("zh", "该网页是否有问题，民警当场进行了核实。"),
        ("ko", "이 정보가 도움이 되었는지 경찰이 주민들에게 물었다."),
        ("ko", "경찰은 7월 17일발 공문에서 이를 지시했다."),  # a dated document, no dateline
        ("ko", "신화통신 7월 17일발 소식에 따르면 중국 공안부는 단속을 벌였다."),  # code review 52: sentences, no credit
        ("ko", "중국 7월 17일발 통신 장애로 신고가 폭주했다."),
        ("ko", "북경 7월 17일발 회사 측은 이를 부인했다."),
        ("ko", "좋은 소식: 경찰이 잃어버린 지갑을 찾아 주인에게 돌려줬다."),  # 소식 after no outlet's name is no credit
        ("ko", "경찰 내부 소식: 범인이 이미 잡혔다고 한다."),
        ("ko", "치안소식지에는 경찰서 소식(괴산지구대) 및 지역주민들의 이야기를 담았다."),
        ("ko", "북경 7월 17일발 항공사 공지에 따르면 운항이 중단됐다."),  # code review 52b: a word ending in 사 is no agency without a colon
        ("ko", "공안국 7월 17일발 (수사 결과) 용의자 3명이 검거됐다."),
        ("zh", "楼主称，民警很快赶到现场，积分兑换礼品的说法是诈骗话术。"),
        ("zh", "该信息存在问题，警方已介入调查。"),  # code review 51: a statement about a message, not the page's question
        ("ko", "현직 기자 / 공무원을 사칭해 자영업자들에게서 돈을 뜯어낸 50대가 구속됐다."),
        # code review 31c: body lines the rows of batches 62-63 first took (a story about public-data licences, a
        # reporter's follow-up, interviewees and a reporter as the object, quote lead-ins, a list line with a date)
        ("ko", "문화재청은 소장 사진 2만 장을 공공누리 제1유형으로 개방했다고 밝혔다."),
        ("ko", "공공누리에 따라 개방된 자료는 100만 건을 넘어섰다."),
        ("zh", "暂无回复，该公司客服电话一直无人接听。"),
        ("zh", "还没有人留言，这条帖子就被平台删除了。"),
        ("zh", "被采访人员均为60岁以上老人"),
        ("zh", "民警告诉采访人员："),
        ("zh", "男子冒充采访人员敲诈商户"),
        ("zh", "市公安局刑侦支队队长 刘洋说："),
        ("ko", "1심 징역 5년 선고 / 항소심 2023.02.03."),
        ("zh", "警方提醒，网上流传的信息请仅作参考并自行核实，不要轻信转发。"),  # advice, not a site's disclaimer
        ("zh", "任何单位和个人未经许可不得在机场净空保护区内放飞无人机。"),  # a ban, not a reprint notice
        ("zh", "法院认为，任何媒体、网站未经授权不得使用他人肖像，被告应赔偿原告5万元。"),
        ("zh", "国家网信办明确，任何网站、平台未经许可不得转载未经核实的新闻信息。"),  # a ban reported, not the site's own notice
        ("zh", "网警提醒：任何单位、个人未经授权不得转载、传播涉案视频和公民个人信息。"),
        ("zh", "扫描二维码下载软件后,李某的银行卡被盗刷。"),  # a scam told, not the page's QR widget
        ("zh", "扫描二维码分享到朋友圈即可领奖的信息多为诈骗。"),
        ("zh", "扫描二维码后用手机访问该网站，李某的银行卡随即被盗刷。"),  # the widget's words, told (code review 32b)
        ("zh", "网络图片系伪造。"),  # an image's label, told (code review 32c)
        ("ko", "앵커 멘트가 사실과 다르다는 지적이 나왔다."),  # a transcript's word, told
        ("zh", "“任何媒体、网站未经授权不得转载”，这是该平台的规定。"),  # a reprint ban quoted
        ("zh", "扫描二维码在手机上填写个人信息后，王某被骗走3万元。"),  # the shape, but told
        ("zh", "相关图片显示，该男子曾多次出入案发现场。"),
        ("zh", "民警说明:在其手机中发现的照片总数共12张。"),  # a count told in the article, not a gallery's
        ("zh", "1月18日,朝阳市公安局双塔分局经过连续一周的蹲守,将三名犯罪嫌疑人抓获。该案线索由热心群众提供。"),  # 提供。 closes a sentence, no credit
        ("zh", "案发当晚,李某在酒吧内与人发生口角。视频由目击者拍摄。"),
        ("zh", "民警赶到现场时...  嫌疑人已经逃离,警方正在全力追查。"),  # two spaces after an ellipsis: no list item's gap
        ("zh", "正当民警准备离开时……\u3000\u3000突然,一名男子从巷子里冲了出来,手持木棍向民警挥舞。"),  # a lost paragraph indent
        ("ko", "살려주세요...  라는 외침을 들은 주민이 곧바로 112에 신고했다고 경찰은 밝혔다."),
        ("ko", "(사진) 경찰은 이날 현장에서 흉기를 압수했다고 밝혔다."),  # a round-bracketed (사진) before a sentence: no caption label
        # code review 63: a reprint ban quoted or told, a desk's sign-off, a ※ tip that ends inside its quote
        ("zh", "“未经授权，禁止转载”，尽管该网站页面底部写明了这句话，李某仍将文章复制到自己的公众号上。"),
        ("zh", "「未經授權，禁止轉載」的字樣被李某刪除後，文章仍被大量轉發。"),
        ("zh", "未经许可不得复制、发行他人作品，这是著作权法的明确规定。"),
        ("zh", "未经许可，严禁转载、传播涉案视频和公民个人信息。"),
        ("zh", "引用他人作品时须注明出处，否则可能构成侵权。"),
        ("ko", "경찰, 보이스피싱 조직 총책 검거. /사회부"),
        ("zh", "※ 民警提醒：“凡是自称公检法要求转账的，都是诈骗！”"),
        # code review 64's near-misses of this session's rows: a deed at an outlet, a paper's e-edition named in a story,
        # a call received on a date, a sentence with a capture's credit after it
        ("zh", "成功捣毁非法广播电台"),
        ("zh", "所长做客交通广播电台"),
        ("zh", "民警连夜制作寻人启事电子版"),
        ("zh", "本报11月11日接到市民来电：有一位老人在雪中迷路了。"),
        ("zh", "县公安局110报警服务台11月11日接到群众来电：一名老人在雪中迷路。"),
        ("ko", "A씨는 SNS에 '억울하다'는 글을 올렸다"),  # a capture's credit after it goes (test_a_capture_or_an_offices_credit_glued_after_a_sentence_goes_and_the_sentence_stays)
        ("ko", "경찰은 이 장면이 담긴 영상을 증거로 확보했다고 밝혔다"),
        ("ko", "■ 현관문이 열리자, 그는 흉기를 들고 튀어나왔다"),  # a bulleted crosshead, no credit (developed 1484)
        ("ko", "순찰차 수송·에스코트·수험표 전달 등 234건 편의제공"),  # a deck ending in 편의제공, no photo's credit (developed 2020)
        # code review 64b's near-misses: a police appeal to use its channels, a quote; a tip line inviting messages
        ("ko", "시민들은 경찰청 카카오톡 채널로 피해 신고와 의견 제출이 가능합니다."),
        ("ko", "김 경위는 “트위터나 페이스북으로 피해 의견을 보내면 누구나 상담이 가능합니다”라고 말했다."),
        ("zh", "欢迎在“平安成都”官方微博、微信公众号留言提供涉诈线索，一经查实将给予奖励。"),
        ("zh", "欢迎到派出所微信公众号留言评论区反映治安问题，民警将在24小时内回复。"),
        ("ko", "경찰, 외국인 관광객에 통역 서비스 제공"),
        ("ko", "■ “흉기 들고 돌아다녀”…112 신고로 시작된 사건"),
    ],
)
def test_body_sentences_survive_every_rule(lang: str, sentence: str) -> None:
    page = _page_with(sentence, lang)
    cleaned = clean(page, lang)
    at = page.index(sentence)
    assert any(p.start <= at and at + len(sentence) <= p.end for p in cleaned.paragraphs)
    assert not [d for d in cleaned.dropped if at <= d.start < at + len(sentence) and d.text.strip()]


@pytest.mark.parametrize(
    ("sentence", "credit"),
    [
        # code review 64's near misses of the capture rows: the sentence was kept whole with its credit; the line model
        # cuts the credit off its end (line_model_edge_tail_threshold), as the annotators never keep one in the body
        ("A씨는 SNS에 '억울하다'는 글을 올렸다", "(인스타그램 캡처)"),
        ("경찰은 이 장면이 담긴 영상을 증거로 확보했다고 밝혔다", "[동영상 캡처]"),
        ("경찰은 용의자가 지붕 위로 달아나는 모습을 확인했다.", "<샌디 스프링스 경찰서>"),
    ],
)
def test_a_capture_or_an_offices_credit_glued_after_a_sentence_goes_and_the_sentence_stays(sentence: str, credit: str) -> None:
    page = _page_with(f"{sentence} {credit}", "ko")
    cleaned = clean(page, "ko")
    at = page.index(sentence)
    assert any(p.start <= at and at + len(sentence) <= p.end for p in cleaned.paragraphs)
    assert [d.text.strip() for d in cleaned.dropped if at <= d.start < at + len(sentence) + 1 + len(credit) and d.text.strip()] == [credit]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # code review 86's near misses of the end's lower threshold: a note with a figure in brackets or after a bar, what a
        # sentence announced (a name list); the line model finds each 0.9 likely furniture or more
        ("ko", "국내 보이스피싱 피해액은 연간 수천억 원에 이른다 (2019년 기준)"),
        ("ko", "이번 단속에서 적발된 인원 | 3명"),
        ("zh", "荣获个人一等功的民警名单如下。王建国"),
        ("zh", "荣获个人一等功的民警名单如下:王建国"),
        ("ko", "수상자 명단은 다음과 같다. 김철수"),
    ],
)
def test_a_note_with_a_figure_or_what_a_sentence_announced_stays_at_a_lines_end(lang: str, line: str) -> None:
    for page in (_page_with(line, lang), "\n".join([_HEADLINES[lang], *_LEFTOVER_BODY[lang], line]) + "\n"):
        cleaned = clean(page, lang)
        at = page.index(line)
        assert any(p.start <= at and at + len(line) <= p.end for p in cleaned.paragraphs), [d.text for d in cleaned.dropped]


@pytest.mark.parametrize(
    "lang, line, reason",
    [
        ("ko", "메뉴 건너뛰기", "navigation"),
        ("ko", "해양경찰청바로가기", "navigation"),
        ("ko", "페이지에서 제공하는 정보에 대하여 어느 정도 만족하셨습니까?", "widget"),
        ("zh", "此頁面有問題嗎?", "widget"),
        ("zh", "簽到天數: 8 天", "widget"),  # a forum's furniture (Discuz)
        ("zh", "跳转到指定楼层", "widget"),
        ("zh", "樓主", "widget"),
        ("ko", "이 게시물에 대해 평가 해주세요!", "widget"),  # a board's rating widget
        ("ko", "(3)", "page-furniture"),  # a screenshot's marker alone on its line
        ("zh", "这篇文章对您有帮助吗？", "widget"),
        ("ko", "이 정보가 도움이 되셨나요?", "widget"),
        ("ko", "이 페이지에 오류가 있나요?", "widget"),
        ("ko", "첨부파일 첨부파일 교통사고예방조끼01.jpg  첨부파일 교통사고예방조끼02.jpg", "page-furniture"),
        ("ko", "브라우저에서만 사용하실 수 있습니다.", "widget"),
        ("ko", "‹녹취>", "widget"),
        ("zh", "Loading...", "widget"),
        ("zh", "台東GO新聞/編輯", "byline"),
        ("zh", "浙江法制报 数字报纸", "page-furniture"),  # an e-edition's masthead (batch 82's developed 1988)
        ("zh", "13:38:18來源:人民網-內蒙古頻道", "dateline"),  # a source label glued to the time (batch 84's developed 2010)
        ("ko", "현재위치:페이지-법률-500만원 든 할머니 파출소에 뛰여가 “자수할래요”", "navigation"),  # a Korean breadcrumb (batch 88's developed 2047)
        ("ko", "인민망 한국어판 트위터 & 페이스북을 방문하시면 위 기사에 대한 의견 등록이 가능합니다.", "comments"),  # batch 83's developed 1992
        ("zh", "欢迎到本网微博、微信留言评论", "comments"),
        ("zh", "摘要:", "page-furniture"),
        ("zh", "【核心提示】", "page-furniture"),
        ("ko", "서울타임뉴스인천타임뉴스대전타임뉴스대구타임뉴스광주타임뉴스울산타임뉴스부산타임뉴스", "navigation"),
        ("zh", "北京新闻上海新闻广州新闻深圳新闻天津新闻重庆新闻", "navigation"),
        ("ko", "↑↑ 완주경찰서 둔산파출소가 보이스피싱에 대한 피해예방을 위해 관내 한 경로당을 방문, 예방홍보 활동을 펼치고 있다. |", "caption"),
        ("zh", "- 請選擇您看到這篇新聞時的心情", "widget"),
        ("zh", "點閱:0", "view-stats"),
        ("zh", "聯絡人:", "address"),
        ("zh", "全国400询价电话:400-928-6119", "address"),
        ("zh", "日期:101-08-06", "dateline"),
        ("zh", "今天看啥  ›  专栏  ›  上海法治报", "navigation"),
        ("ko", "등록된 댓글이 없습니다.", "comments"),
        ("zh", "马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。", "comments"),
        ("zh", "壹電視 APP下載", "promo"),
        ("zh", "发信站: BBS 未名空间站 (Wed Jan 2 11:35:22 2013, 美东)", "page-furniture"),
        ("zh", "文 : Area 51", "byline"),
        ("zh", "[2023年8月16日]", "dateline"),
        ("ko", "사진2-구청 지하에 있는 CCTV 관제센터 모습]", "caption"),
        ("ko", "donga - 10 hours ago", "related"),
        ("zh", "⬇️登入網頁接收最新港聞⬇️", "promo"),
        ("zh", "-------------------------------------------------", "page-furniture"),
        ("zh", '<image>data:image/s3,"s3://crabby-images/fb9ec/fb9ec61f788af6b27e84bf5222a61bcdff88d12f" alt=""</image>', "page-furniture"),
        ("zh", "收藏 打印 推荐  更多功能", "widget"),
        ("zh", "上一期  下一期", "navigation"),
        ("zh", "还没有评论,快来发表第一个评论!", "comments"),
        ("zh", "榆林市公安局榆阳分局新明楼派出所民警 常辉:", "caption"),
        ("zh", "大众网·海报新闻见习采访人员 汪垚 莘县报道", "byline"),  # 采访人员: a portal's word for reporter
        ("ko", '이 자료는 "공공누리" 제1유형:출처표시 조건에 따라 이용할 수 있습니다.', "junk"),
        ("ko", "공공누리 제4유형 : 출처표시 + 상업적이용금지 + 변경금지", "copyright"),
        ("ko", "최종편집일시 : 2019년 10월 23일 06시 + 즐겨찾기추가", "dateline"),  # tests/data/pages/1736: a last-edited stamp and a widget
        ("ko", "총 게시물 1,251건, 최근 0 건", "page-furniture"),  # …and the board's post counter
        ("zh", "首頁 民生服務 民生百問 公安部部署開展打擊整治養老詐騙專項行動", "navigation"),  # tests/data/pages/1735: a breadcrumb set apart by spaces
        ("ko", "HOME 뉴스 정치/행정", "navigation"),
        ("zh", "本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。中农时代-民生调研网 对此不承担任何保证责任。", "copyright"),
        ("zh", "本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网站联系。", "copyright"),
        ("zh", "北京中农时代农业技术研究院主办 | 政讯通-政务信息一体化办公室 主管", "page-furniture"),
        ("zh", "江苏省委宣传部 江苏省精神文明建设办公室 主办", "page-furniture"),
        ("zh", "除来源署名为重庆日报稿件外,其他所转载内容之原创性、真实性、完整性、及时性本站不作任何保证或承诺,请读者仅作参考并自行核实。", "copyright"),
        ("zh", "提示:閱讀本文約3分鐘!", "widget"),
        ("zh", "关键观点2: 如东县公安局交警大队的工作", "widget"),
        ("zh", "文章介绍了首个在春节申遗成功后的春运,具有特殊意义,并指出跨区域人员流动量巨大。", "widget"),
        ("zh", "繁峙县| 瓮安县| 尖扎县| 二手房| 泽普县| 景德镇市| 耒阳市| 五华县| 岳西县| 南丰县| 泸州市| 浦城县| 巴楚县| 利辛县|", "navigation"),
        ("zh", "快照地址: 访问文章快照", "page-furniture"),
        ("zh", "稿件来源:南都晨报*南阳网", "source"),
        ("zh", "消息来源:四川新闻网", "source"),
        ("zh", "《報新聞》主要以產經新聞為主體的綜合性新聞網站,新聞團隊是由一群專業的資深媒體人所成立。", "promo"),
        ("zh", "任何媒体、网站或个人,未经授权不得转载、链接、转贴或以其他方式复制发表;已授权的媒体、网站,在使用时必须注明 “来源:亳州晚报或亳州新闻网”,违者将依法追究法律责任。", "copyright"),
        ("zh", "相關圖檔", "page-furniture"),
        ("zh", "相關圖檔說明:警方即時道路救援,圖片總數共2張", "caption"),
        ("zh", "欢迎提供新闻线索。任何媒体、网站或个人未经授权不得转载、链接、转贴本网作品。", "copyright"),  # after a sentence end
        ("zh", "← 点击大图左右可翻页 →", "widget"),
        ("zh", "扫描二维码推送至手机访问。", "widget"),
        ("zh", "微博图片", "page-furniture"),
        ("zh", "005GgY2ggw1f3mr8086gvj30j60y4gqr", "page-furniture"),
        ("zh", "视频截图", "page-furniture"),
        ("zh", "正文", "page-furniture"),  # page 827: where the article's text begins
        ("zh", "铁路“静音车厢”列车数量增加 ...   出门坐高铁,有人想安静地看看书、休息一会儿,也有人希望能专心处理工作。", "related"),  # a title cut off, a wide gap, its teaser (a page outside the gold set)
        ("ko", "|  | | ↑↑ 자살기도자가 발견당시 앉아 있던 절벽 난간에 신발을 벗어 두고 자살을 기도함.", "caption"),
    ],
)
def test_furniture_lines_of_the_developed_pages_are_dropped_with_their_reason(lang: str, line: str, reason: str) -> None:
    page = _page_with(line, lang)
    at = page.index(line)
    assert {d.reason for d in clean(page, lang).dropped if d.start <= at < d.end} == {reason}


@pytest.mark.parametrize(
    "lang, line",
    [
        ("ko", "[전주MBC 자료사진]"),
        ("zh", "【警方提供】"),
        ("ko", "여수해양경찰서장(오른쪽)이 9일 나로도파출소를 찾아 해양사고 예방 점검을 벌이고 있다.(여수해경 제공)2024.1.9/뉴스1 |"),
        # from the developed pages of tests/data/captions
        ("zh", "圖2為交通民警正在為司機師傅講解交通安全知識。"),  # the photo named by its number
        ("zh", "左图 孩子们在争抢使用警用望远镜。"),  # …or by its place, a space after it
        ("zh", "頂圖:被捕男子帶署扣查。"),  # …the top one (new-user trial 5, a Hong Kong police story)
        ("zh", "【圖說:白沙警藉由社區活動期間宣導高齡者交通安全觀念。】"),  # a caption's label in brackets
        ("zh", "【圖說:警方宣導防詐騙。社區民眾踴躍參加】"),  # a finished sentence before 社: no source credit either
        ("ko", "<사진> 대마수지가 은닉된 상의"),
        ("ko", "◇인제에서 송이를 채취하러 나갔다가 실종된 60대가 경찰 체취증거견에 의해 무사히 발견됐다. 강원경찰청 제공."),  # the credit with a full stop
        ("ko", "ⓒ 부산경찰 트위터 |"),  # a credit of two words
    ],
)
def test_photo_captions_and_credits_are_dropped_as_captions(lang: str, line: str) -> None:
    # the first and last of the first three from stored public pages outside the gold set (a file-photo
    # label, a wire photo's caption)
    page = _page_with(line, lang)
    at = page.index(line)
    assert {d.reason for d in clean(page, lang).dropped if d.start <= at < d.end} == {"caption"}


def test_a_gallerys_captions_between_two_paragraphs_go_and_crossheads_stay() -> None:
    """Three or more unfinished short lines between two paragraphs are a gallery's captions (developed
    page 1061): the line model is asked at `line_model_gallery_threshold`, and all three go; two crossheads in a row are no gallery (page 1716's `高回報誘惑`
    / `寶媽決定網上兼職`, which the model finds as likely)."""
    page = (PAGES / "1061.txt").read_text(encoding="utf-8")
    captions = ["民警发宣传单,提醒市民增强防盗防骗意识", "芗城公安分局举行脏物集中返还仪式", "民警现场示范车头锁被剪断,车辆被盗的作案方式"]
    kept = {s.text for s in segment_document(page, "zh").sentences}
    no_gallery = {s.text for s in segment_document(page, "zh", cleaning=CleaningSettings(line_model_gallery_threshold=1.0)).sentences}
    assert set(captions) <= no_gallery and not set(captions) & kept  # the model finds the first 0.40 likely furniture: above the bound
    assert no_gallery - kept == set(captions)
    crossheads = (PAGES / "1716.txt").read_text(encoding="utf-8")
    assert {"高回報誘惑", "寶媽決定網上兼職"} <= {s.clean for s in segment_document(crossheads, "zh").sentences}
    # a list the article makes between two paragraphs, its items opening or closing alike, is no gallery
    paragraphs = [line for line in page.splitlines() if len(line) > 60]
    for items in (["张某(男,32岁)", "李某(女,45岁)", "王某(男,28岁)"], ["第一步 核实身份", "第二步 冻结账户", "第三步 报警求助"]):
        listed = "\n".join([page.splitlines()[0], *paragraphs[:2], *items, *paragraphs[2:]]) + "\n"
        assert set(items) <= {s.text for s in segment_document(listed, "zh").sentences}, items


def test_a_photographers_credit_after_each_caption_of_a_gallery_is_no_page_stamp() -> None:
    """A gallery's captions each end in the same photographer's credit (a ruby mirror's
    `錢(qián)文攀 攝`): no stamp a mirror glues after its paragraphs, to cut off and leave the captions
    as sentences; each line is a caption, and the report below stays."""
    captions = ["參加演練的特警進(jìn)行處突演練。 錢(qián)文攀 攝", "特警指揮排爆機(jī)器人現(xiàn)場(chǎng)排爆。 錢(qián)文攀 攝", "重要部位排爆演練。 錢(qián)文攀 攝"]
    report = "2012年7月19日,廣東省公安特警應(yīng)急處突演練暨比武活動(dòng)舉行。廣州、深圳等市公安局共8支特警支隊(duì)500多名隊(duì)員參加演練。"
    kept, reasons = _kept_and_reasons("\n".join([*captions, report]) + "\n", "zh", "攝")
    assert kept == ["2012年7月19日,廣東省公安特警應急處突演練暨比武活動舉行。", "廣州、深圳等市公安局共8支特警支隊500多名隊員參加演練。"]
    assert reasons == {"caption"}


@pytest.mark.parametrize(
    "lang, line, kept",
    [
        ("ko", "‹녹취> \"감사합니다.\"", "\"감사합니다.\""),
        ("ko", "#해경 #해군 #구조대 한 용감한 해양경찰관이 한밤중에 맨몸으로 400미터를 헤엄쳐 여성을 구했습니다.", "한 용감한"),
        ("ko", "중국 뉴스 서비스, 란저우, 9월 20일(아이칭롱) 아침 햇살이 밝아오자 란저우 항구는 활력을 되찾았습니다.", "아침 햇살이"),
        ("ko", "이미지 확대보기1심 단독재판부는 위법한 직무집행이라고 판단해 무죄를 선고했다.", "1심 단독재판부는"),
        ("zh", "记者|胡蝶飞 摄影| 王湧   胡蝶飞  编辑|陈姝楠 2025年1月28日,大年三十,社区民警王从青走进了居民区。", "2025年1月28日"),
        ("ko", '이 자료는 "공공누리" 제1유형:출처표시 조건에 따라 이용할 수 있습니다.□ 부산 남부소방서는 지난 2일 주택 화재를 진압했다고 밝혔다.', "□ 부산"),
        ("ko", "본 공공저작물은 공공누리 제1유형: 출처표시 조건에 따라 이용할 수 있습니다. 부산 남부소방서는 지난 2일 주택 화재를 진압했다고 밝혔다.", "부산 남부소방서는"),
        ("zh", "红星新闻采访人员 王小明 警方通报称，男子已被依法刑事拘留。", "警方通报称"),  # 采访人员 for 记者 in a credit
        # tests/data/pages/1212: the outlet glued to 記者, an intern and a correspondent in the credit (and a ruby mirror's pinyin)
        ("zh", "(連網記者 劉歡 實習生 梁羽煊 通訊員 張林軍)8月5日,市公安機關組織開展了體驗式采訪活動。", "8月5日"),
        ("zh", "【爆報】法務部檢察署澎湖地方檢察署於今(27)日宣布,成功偵結起訴一起重大海上運輸毒品案件。", "法務部"),  # the outlet in brackets
        ("zh", "邹雄华 罗志帅摄影报道:2013年1月4日,娄底普降小雪,最低温度达零下4摄氏度。", "2013年1月4日"),  # a photo report's credit (tests/data/pages/1254)
        ("zh", "(連網(wǎng)記者 劉歡 實習(xí)生 梁羽煊 通訊員 張林軍)8月5日,市公安機關(guān)組織開展了體驗式采訪活動。", "8月5日"),
    ],
)
def test_labels_and_credits_glued_before_a_paragraph_are_cut(lang: str, line: str, kept: str) -> None:
    page = _page_with(line, lang)
    cleaned = clean(page, lang)
    assert any(page[p.start : p.end].startswith(kept) for p in cleaned.paragraphs)


def test_a_bracketed_label_ending_in_a_report_word_is_no_outlet() -> None:
    for label in ("【捷报】", "【警情通报】", "【喜报】"):
        page = _page_with(f"{label}我市公安机关破获一起特大电信网络诈骗案,抓获犯罪嫌疑人12名。", "zh")
        cleaned = clean(page, "zh")
        assert cleaned.metadata.source != label and not any(d.reason == "prefix" for d in cleaned.dropped if label in d.text), label


def test_a_parenthetical_citing_a_reporter_is_no_credit() -> None:
    line = "(据连网记者了解)市公安机关组织开展了体验式采访活动。"
    page = _page_with(line, "zh")
    assert any(page[p.start : p.end].startswith("(据连网记者了解)") for p in clean(page, "zh").paragraphs)


def test_tv_sign_offs_and_closing_credits_are_cut_from_the_last_paragraph() -> None:
    korean = "경찰관 2명이 흉기 난동범을 제압했다.\n경찰관 2명이 중상을 입는 사건이 발생했습니다. 신미이기잡니다.\n"
    assert [korean[p.start : p.end] for p in clean(korean, "ko").paragraphs][-1] == "경찰관 2명이 중상을 입는 사건이 발생했습니다."
    chinese = "新城交警大队开展头盔佩戴专项整治。\n城区路面头盔佩戴率达90%以上。(新城交警大队 蒋蒙蒙)\n"
    cleaned = clean(chinese, "zh")
    assert [chinese[p.start : p.end] for p in cleaned.paragraphs][-1] == "城区路面头盔佩戴率达90%以上。"
    assert cleaned.metadata.byline == "(新城交警大队 蒋蒙蒙)"


def _developed_body_lines() -> list[str]:
    """Every body line of the developed pages, the seeds and the real news pairs (none held out)."""
    import csv

    data = PAGES.parent
    with (PAGES / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        developed = [row["id"] for row in csv.DictReader(stream, delimiter="\t") if row["split"] == "dev"]
    files = [PAGES / f"{page}.gold.txt" for page in developed] + sorted((data / "seeds").glob("*.gold.txt"))
    with (data / "realnews" / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        files += [data / "realnews" / f"{row['slug']}.{lang}.txt" for row in csv.DictReader(stream, delimiter="\t") if row["split"] == "train" for lang in ("ko", "zh")]
    return [line.strip() for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_no_rule_that_takes_sentences_matches_a_developed_body_line() -> None:
    """A `boilerplate.tsv` row that may take a finished sentence (`any`) matches none of the body
    lines the project has: a new row that would swallow ordinary news sentences fails here."""
    from align.text.clean.patterns import boilerplate_rules

    lines = _developed_body_lines()
    hits = {
        line
        for rule in boilerplate_rules()
        if rule.sentences_too
        for line in lines
        if (rule.max_chars == 0 or len(line) <= rule.max_chars) and rule.pattern.search(line)
    }
    # the body lines the rules still take (known losses): clause-per-line pages' date clauses (550, 827),
    # a digest's section label (549), a ※ note read as a related-list item (228), a lone quote mark, a
    # hard-wrapped line that is nothing but a list of countries, read as a keyword list (667), a humour
    # board's post title written as an image file name (691), a forum post's aside in brackets (782), and
    # two ◦ items of a press release (1094) that the gold splits out of a □ line (the page never shows
    # the rule a line that starts with them, so cleaning keeps them), and a blog's lone
    # ellipsis line (1484, batch 149), and a clause-per-line page's date clause and
    # lone closing quote (1583, batch 165, as 550 and 827), and the number cells of a press release's
    # table flattened one cell per line (1677, batch 181), read as page numbers, and a cut-off clause run
    # of four comma-joined clauses (1715, batch 187) that the keyword-list row would read as tags were it a
    # line of its own (on the page it ends a longer paragraph, which the row never sees whole, and cleaning keeps it)
    # and a clause-per-line opening's date clause (1729, batch 189, as 550, 827 and 1583), and the one romanized word
    # (`ibeon`) a Korean page's cut-off romanization of its lead ends with (1755, batch 194), read as a Latin label,
    # and a translator's gloss in brackets the gold splits off the sentence it follows on its line (1857, batch 211),
    # and a clause-per-line opening's date clause (2010, batch 237), and a count in brackets the gold splits off the
    # sentence before it on its line (2383, batch 300: `(단속 1명)`, read as an aside; on the page it is kept), and a
    # note in brackets on a line of its own (2497, batch 318: `(중국공안당국은 … 조사 가능)`, read as a caption), and a last
    # line the excerpt cut off after one digit (2806, batch 370: `3`, read as a page number), and a TV report's line
    # naming the officer it films (2974, batch 399: `전주 덕진 경찰서 이용재 경위.`, read as a caption; the gold keeps it), and a
    # day number the page breaks off its sentence onto a line of its own (3074, batch 415: `25` over `일 저녁, …`, read as a
    # page number), and a run-in crosshead in brackets the gold splits off the sentence after it on its line (3357,
    # batch 462: `(주요 적발사례)`, read as an aside; on the page it is kept), and a lone full stop the page prints after its
    # last sentence (3789, batch 534: `守護他人。 。`, the gold's line of its own as held-out 689 and 690's; kept on the page), and
    # a headline of phrases between ASCII commas (3807, batch 537), which the keywords row reads alone and `_soft_keywords` takes
    # back as the headline, and a judgment database's date cell (3800, batch 536: `2025. 4. 25.`, read as a dateline; lost). (The
    # date clauses that open a run of clauses are taken back in context, `keep_dated_clauses`: the row still matches
    # the line alone.) And a sentence that opens with the news about the case (4536, batch 657: `但相關新聞重挫泰國形象…`), which
    # the related-news row reads alone as its label; on the page it runs on in its paragraph, and cleaning keeps it.
    # And the cut-off last sentence of a paragraph, four comma-joined clauses (4792, batch 700: `本次讲座旨在通过警银协作,…,让`),
    # which the keyword-list row would read as tags, as 1715's; on the page it ends a longer paragraph, and cleaning keeps it.
    # And a blog's `※` aside that is a finished sentence (4813, batch 704: `※ 최근 확인된 공식통계에 의하면 … 실정입니다.`), which
    # the bulleted-teaser row reads as a related item (lost: the row kept to finished sentences spares it, but also
    # keeps the `•` notices of 775's and 1719's boards and 009's bulleted teasers). And a sentence in brackets the gold splits
    # off the sentence before it on its line (4825, batch 706: `(태국에서 관광 외국인은 … 의무적입니다.)`, read as a caption; on
    # the page it runs on in its paragraph, and cleaning keeps it).
    known = {"3月10日", "13", "160", "37", "387", "48", "55", "74", "4月21日", "”", "……", "◦ ’21. 10. 20.부터「실종경보문자」는 총 5건을 발송했으며 이 중 4명에 대하여 신속하게 소재를 확인하였음", "◦ 특히, 지난 11. 19. 발생한 60대 남성 치매환자인 경우에는", "(很多可以講的阿)", "9月6日", "1月14日", "[기타]", "※ 피의자 강제송환 후 국내 추가 수사 시 피해 규모가 대폭 증가할 수 있음", "“", "호주, 벨기에, 캐나다, 프랑스, 독일, 네덜란드, 룩셈부르크, 노르웨이", "훈훈한 여경 칭찬 게시판.jpg", "近年来,广州警方坚持打防结合,不断优化预警劝阻体系,强力拦截打击", "12月17日", "ibeon", "(체포율이 낮다)", "(단속 1명)", "(중국공안당국은 일반적으로 40시간까지 연행하여 조사 가능)", "3", "전주 덕진 경찰서 이용재 경위.", "25", "(주요 적발사례)", "。", "安平警凝聚社區安全意識,安平你我缺一不可,落實社區警政,視訊座談分享", "2025. 4. 25.", "但相關新聞重挫泰國形象同時也衝擊泰國旅遊市場。", "本次讲座旨在通过警银协作,帮助老年人认清诈骗套路,增强防范意识,让", "※ 최근 확인된 공식통계에 의하면 태국내 허가 받은 합법 총기류만 600만정(권총 및 소총류 포함)을 넘고, 허가받지 않은 불법총기 숫자는 파악되지 않지만 허가된 총기 숫자를 상회할 것이라는 데에는 이견이 없을 정도로 태국내에는 총기류가 광범위하게 퍼져있는 실정입니다.", "(태국에서 관광 외국인은 여권 휴대를 하는 것이 의무적입니다.)"}
    assert hits <= known, sorted(hits - known)[:5]


def test_copy_wrapped_into_short_lines_without_a_sentence_end_is_the_body() -> None:
    """A TV station's page (tests/data/pages/596): its copy hard-wrapped into 19 short lines with no
    sentence-final period anywhere, then a tip-line block. The lines are the body, rejoined where a
    line ends in a particle or connective ending (`clean` on one line, `text` the original slice with
    its line breaks); `…어제 밤` ends in a noun, and a line so ended is never joined (it may be a subheading)."""
    sentences = segment_document((PAGES / "596.txt").read_text(encoding="utf-8"), "ko").sentences
    assert [s.clean[:13] for s in sentences] == ["한달가까이 행방이 모연한", "대구에서 지하철을 타는 ", "대구경찰청에 따르면 어제", "이에따라 경찰은 동부경찰"]
    assert sentences[1].clean.endswith("해프닝이 벌어졌습니다") and sentences[-1].clean.endswith("오인신고로 결론지었습니다")
    assert all("\n" in s.text and "\n" not in s.clean for s in sentences)


def test_a_sentence_that_starts_like_an_empty_comment_box_ends_nothing() -> None:
    text = "民警破获一起诈骗案\n警方昨日破获一起电信诈骗案，抓获嫌疑人5名。\n还没有评论员对此事发表看法，但网友热议不断。\n警方提醒市民提高防范意识。\n"
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert kept[-2:] == ["还没有评论员对此事发表看法，但网友热议不断。", "警方提醒市民提高防范意识。"]


def test_a_list_of_headlines_above_the_body_is_no_clause_per_line_opening() -> None:
    """Eleven other articles' headlines between the headline and the lead (the code review's case):
    dropped as before, not kept and glued into the first sentence."""
    others = [f"부산경찰청, 추석 연휴 특별 치안 활동 {n}일째 돌입" for n in range(11)]
    text = "보이스피싱 조직원 검거\n" + "\n".join(others) + "\n부산경찰청은 보이스피싱 조직원 12명을 검거했다고 3일 밝혔다. 경찰은 윗선을 추적하고 있다.\n"
    sentences = segment_document(text, "ko").sentences
    assert all(s.clean in others or "돌입" not in s.clean for s in sentences)  # (some may be taken for a headline block, none is glued)
    assert [s.clean for s in sentences[-2:]] == ["부산경찰청은 보이스피싱 조직원 12명을 검거했다고 3일 밝혔다.", "경찰은 윗선을 추적하고 있다."]


def test_an_opening_written_a_clause_per_line_above_the_prose_is_body() -> None:
    """A messenger article's copy (batch 51's developed page 827): ten and more clause lines, short
    ones among them, open the article before its first prose paragraph."""
    clauses = ["2025年春运开启", "这是春节申遗成功后首个春运", "也是有着8天长假的春运", "40天里", "预计全社会跨区域人员流动量", "将达到90亿人次", "幸福回家路上", "许多人正在奔向故乡", "条条归途,暖意涌动", "春运路上故事多", "民警坚守岗位"]
    text = "春运路上的守护者\n正文\n1月14日\n" + "\n".join(clauses) + "\n“这里是入口，请前面通行的乘客稍微往里移，后面的不要挤。”民警在站台上一遍遍地提醒旅客注意安全。\n"
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert all(clause in kept for clause in clauses) and "正文" not in kept


def test_a_lead_in_written_a_clause_per_line_over_a_pointer_to_the_body_is_body() -> None:
    """Developed page 2817 (a border police account's copy): four clause lines, `只敢在黑夜出没` / `而有些人` / …, then a
    pointer of marks alone (`……`, kept as the gold keeps it; messenger copies print `↓↓↓` too) over the first prose paragraph. Across the pointer
    three clause lines are enough (`pointed_fragment_lines`), each short and its words run together
    (`pointed_clause_letters`); without a pointer it takes ten. Near misses (code review 86c): other stories' titles, a
    headline or a slogan over a pointer are longer or spaced apart, and stay out of the body."""
    document = segment_document((PAGES / "2817.txt").read_text(encoding="utf-8"), "zh")
    kept = [s.text for s in document.sentences]
    assert kept[:5] == ["只敢在黑夜出没", "而有些人", "注定是这座城市的光", "守护着黑夜的安宁", "……"] and "往期精选" not in kept  # the ellipsis is the writer's, as its gold keeps it
    clauses = ["一个陌生电话", "一笔两万元的转账", "一场争分夺秒的拦截"]
    lead = "6月8日一大早,高考第二天,交警铁骑队员正在考点门口冒雨执勤。"
    kept = [s.text for s in segment_document("\n".join(clauses) + "\n↓↓↓\n" + lead + "\n", "zh").sentences]
    assert kept == [*clauses, lead]
    kept = [s.text for s in segment_document("\n".join(clauses) + "\n" + lead + "\n", "zh").sentences]
    assert len([line for line in clauses if line in kept]) <= 1 and lead in kept  # no pointer: one of them taken for a headline at most
    titles = ["男子冒充客服诈骗老人被抓获", "市公安局召开全市治安工作会议", "我市开展反诈宣传进社区活动", "交警部门发布清明出行提示"]
    for above in (titles, ["对党忠诚 服务人民", "执法公正 纪律严明", "敬业奉献 勇于担当"]):
        kept = [s.text for s in segment_document("\n".join(above) + "\n↓↓↓\n" + lead + "\n", "zh").sentences]
        assert len([line for line in above if line in kept]) <= 1, kept


def test_a_korean_notice_whose_sentences_have_no_full_stop_starts_at_its_lead() -> None:
    """Batch 74's developed 1892 (a community board's safety notice): `…각별한 주의가 요망됩니다` and
    `…고지하도록 되어 있습니다` end in a finished predicate with no full stop. They are prose, so the body
    starts at the lead and its numbered items stay; before, it started at the first line with a full
    stop's length of punctuation and everything above went as header."""
    lead = "최근들어 런던 시내 곳곳에서 경찰관을 사칭해 불심검문을 한다는 이유로 여행객들의 가방을 수색하는 척하며 지갑안 현금 등을 절도하는 피해가 계속해서 발생하고 있어 각별한 주의가 요망됩니다"
    items = ["① 마약 단속 경찰관 등을 사칭하며 관광지 주변 골목길에서 여행객에게 접근", "② 여행객 가방과 지갑을 검색해야 한다며 가방과 지갑을 건넬 것을 요구"]
    rule = "영국의 경우 경찰관이 불심검문을 할 경우 반드시 경찰모와 경찰제복을 착용하고 소속, 이름, 불심검문 사유 등을 고지하도록 되어 있습니다"
    last = "따라서, 경찰모와 경찰제복을 착용하지 않은 상태에서 불심검문을 요구하는 경우에는 응하지 말고 즉시 신고하시기 바랍니다."
    text = "\n".join(["경찰사칭 절도범죄 각별한 주의 요망", lead, *items, rule, last]) + "\n"
    kept = [s.text for s in segment_document(text, "ko").sentences]
    assert kept[:2] == ["경찰사칭 절도범죄 각별한 주의 요망", lead] and set(items) <= set(kept)
    page = [s.text for s in segment_document((PAGES / "1892.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert page[0] == "경찰사칭 절도범죄 각별한 주의 요망" and page[1].startswith("최근들어 런던")


def test_a_line_in_another_language_alone_among_the_articles_lines_is_dropped_and_a_bilingual_version_stays() -> None:
    """tests/data/pages/1225: an English photo caption between a Chinese report's paragraphs, and an
    English credit glued after a Chinese caption, are not the article; a police notice that prints its
    English version below the Chinese one keeps it, and an English headline stays."""
    chinese = ["雪梨警方昨日向媒體表示,近月專門針對中國留學生的「虛擬綁架」事件激增。", "本年已有至少 8 宗類似案件。", "騙徒會利用這些視頻向事主在中國的親人勒索贖金。"]
    caption = "Chinese students in Australia have been coerced into staging their own kidnappings."
    kept, reasons = _kept_and_reasons("\n".join([chinese[0], chinese[1], caption, chinese[2]]) + "\n", "zh", "Chinese students")
    assert kept == chinese and reasons == {"other-language"}
    credited = "騙徒嘗試說服受害人自我綁架,並拍攝視頻。 Source: New South Wales Police"
    kept, reasons = _kept_and_reasons("\n".join([chinese[0], credited, chinese[1]]) + "\n", "zh", "Source")
    assert "騙徒嘗試說服受害人自我綁架,並拍攝視頻。" in kept and reasons == {"caption"}
    english = ["The Police clarify that these allegations are totally false and malicious.", "The relevant CCTV has been disclosed by the management office."]
    kept, _ = _kept_and_reasons("\n".join([*chinese, *english]) + "\n", "zh")
    assert kept == [*chinese, *english]
    headline = "Virtual kidnapping scams target Chinese students in Sydney"
    assert _kept_and_reasons("\n".join([headline, *chinese]) + "\n", "zh")[0][0] == headline
    # code review 36: a notice alternating Chinese and English paragraphs keeps its English, and so
    # does an English line the line before introduces
    alternating = ["警方今日拘捕一名涉嫌詐騙的男子。", "Police arrested a man suspected of fraud today.", "該男子現正被扣留調查。", "The man is being detained for further enquiries."]
    assert _kept_and_reasons("\n".join(alternating) + "\n", "zh")[0] == alternating
    # the same with the English report's headline (no sentence end) among its lines, each followed by
    # its translation: the English sentences are still the page's version (batch 71's developed 1857)
    quoted = [
        "Shop crime up 30 per cent, but police making fewer arrests",
        "- 상점 범죄는 30% 증가했지만 경찰의 검거는 줄었다",
        "Police arrested a man suspected of shop theft today.",
        "- 경찰은 오늘 상점 절도 혐의로 한 남성을 체포했다.",
        "The man is being detained for further enquiries.",
        "- 이 남성은 추가 조사를 위해 구금돼 있다.",
    ]
    kept = _kept_and_reasons("\n".join(["경찰이 소극적이라는 지적이 나온다.", *quoted]) + "\n", "ko")[0]
    assert set(quoted[2:]) <= set(kept)  # (the English headline is the line model's to judge)
    page = segment_document((PAGES / "1857.txt").read_text(encoding="utf-8"), "ko")
    assert "That meant 1402 more thefts were reported in 2021 than the year before." in {s.text for s in page.sentences}
    announced = ["活动现场，民警带领群众齐声高喊反诈口号：", "Stop, Think, Check before you transfer money"]
    assert _kept_and_reasons("\n".join([chinese[0], *announced, chinese[1]]) + "\n", "zh")[0] == [chinese[0], *announced, chinese[1]]


def test_a_short_line_in_latin_letters_alone_among_the_articles_lines_is_dropped() -> None:
    """tests/data/pages/1610 and 823: a board's rating widget (`Your page rank:`) and a related list's
    header (`Football news:`) below a Korean article, a dozen Latin letters each, are not the article,
    nor (2393, 2461) an English caption with its English credit below it (`Source: …`); an English
    line the line before introduces, a run of English lines that is no caption and credit, a first
    line, a line of two Latin letters (`Q&A`) and a short slogan (`Say No to Fraud!`) stay."""
    page = [s.text for s in segment_document((PAGES / "1610.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert "Your page rank:" not in page and page[-1] == "어휴 경찰도 대단하고 저 상황에 누가 범인인지 지목해준 시민들도 용감하네"
    assert "Football news:" not in {s.text for s in segment_document((PAGES / "823.txt").read_text(encoding="utf-8"), "ko").sentences}
    korean = ["경찰은 5일 보이스피싱 조직원 3명을 검거했다고 밝혔다.", "이들은 피해자 12명에게서 4억원을 가로챈 혐의를 받고 있다.", "경찰은 공범을 쫓고 있다."]
    for label in ("Your page rank:", "Scam calls"):
        kept, reasons = _kept_and_reasons("\n".join([korean[0], korean[1], label, korean[2]]) + "\n", "ko", label)
        assert kept == korean and reasons == {"other-language"}, label
    # 2393 and 2461: a caption and its credit are a run of two English lines, but no version of the
    # article in English (no line of the run is a sentence)
    for page_id, caption in (("2393", "Scam calls"), ("2461", "Malaysians Arrest 680 Suspected Members of Chinese Online Fraud Gang")):
        document = segment_document((PAGES / f"{page_id}.txt").read_text(encoding="utf-8"), "zh")
        assert caption not in {s.text for s in document.sentences}
        assert "other-language" in {d.reason for d in document.dropped if d.text.startswith(caption)}, page_id  # (2461's copies: duplicate-paragraph)
    # the near misses are not this rule's (the line model may still judge them): a line announced by a
    # colon, a run with a sentence, a first line, two letters, and (code review 77) an English notice's
    # list items without full stops, a slogan exclaimed or in quotation marks after a full stop
    around = [korean[0], korean[1]]
    near_misses = [
        [korean[0], "경찰은 시민들에게 다음 문구를 기억해 달라고 당부했다:", "Stop Scam", korean[1]],
        [korean[0], "Stop Scam", "Call 112 if a caller asks you to move your money.", korean[1]],
        ["Stop Scam", *korean],
        [korean[0], "Q&A", korean[1]],
        [korean[0], "- Police never ask you to transfer money", "- Call 112 if you receive a suspicious call", korean[1]],
        [korean[0], "1. Do not answer unknown calls", "2. Never send money to a stranger", "3. Report to 112 immediately", korean[1]],
        [korean[0], "경찰은 캠페인 표어를 새로 정했다.", "Say No to Fraud!", korean[1]],
        [korean[0], "경찰은 캠페인 표어를 새로 정했다.", "“Stop, Think, Call”", korean[1]],
    ]
    for lines in near_misses:
        assert "other-language" not in _kept_and_reasons("\n".join(lines) + "\n", "ko", *(line for line in lines if line not in around))[1], lines

def test_a_paper_s_latin_masthead_over_the_article_is_dropped_and_an_english_headline_stays() -> None:
    """tests/data/pages/2807: `HANHO KOREAN DAILY`, a Korean paper's masthead in Latin letters, is the
    first line the rules keep over its article and was taken for its headline; a lone first line in
    Latin letters with a paper's word (news, daily, times, …) that no other line names is furniture.
    An English headline (2912's `FCFC - Free Canning From Crime`), a masthead the article names, a
    masthead over an English version, and an English first sentence stay."""
    page = segment_document((PAGES / "2807.txt").read_text(encoding="utf-8"), "ko")
    gold = [line for line in (PAGES / "2807.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert "HANHO KOREAN DAILY" not in {s.text for s in page.sentences} and page.sentences[0].text.startswith(gold[0])
    assert "other-language" in {d.reason for d in page.dropped if d.text.startswith("HANHO KOREAN DAILY")}
    blog = segment_document((PAGES / "2912.txt").read_text(encoding="utf-8"), "zh")
    assert blog.sentences[0].text == "FCFC - Free Canning From Crime"
    korean = ["경찰은 5일 보이스피싱 조직원 3명을 검거했다고 밝혔다.", "이들은 피해자 12명에게서 4억원을 가로챈 혐의를 받고 있다."]
    kept, reasons = _kept_and_reasons("\n".join(["The Korea Daily", *korean]) + "\n", "ko", "The Korea Daily")
    assert kept == korean and reasons == {"other-language"}
    near_misses = [
        ["KBS News", "KBS 보도에 따르면 경찰은 5일 보이스피싱 조직원 3명을 검거했다.", korean[1]],  # the article names it
        ["Police Arrest Three in Phone Scam", *korean],  # no paper's word: a headline
        ["Police say the scam ring moved 4 billion won through the Daily Post's ads.", *korean, "경찰은 공범을 쫓고 있다.", "수사는 계속된다."],  # a sentence
        ["The Korea Daily", "Police arrested three members of a phone-scam ring on Monday.", "They are accused of taking 400 million won."],
        ["The Korea Daily"],  # nothing else on the page
        # code review 78: headlines that use a paper's word, not at the end of a name
        ["Social Media Scams Target Seniors", *korean],
        ["Post-Pandemic Fraud Wave Hits Seoul", *korean],
        ["Press Conference on Phone Scam Crackdown", *korean],
        ["Daily Life Under Lockdown", *korean],
        ["Three Times More Scam Calls in 2024", *korean],
        ["Beware of Fake News", *korean],
    ]
    for lines in near_misses:
        assert "other-language" not in _kept_and_reasons("\n".join(lines) + "\n", "ko", lines[0])[1], lines


def test_a_closing_html_tag_glued_after_a_paragraph_is_cut() -> None:
    """tests/data/pages/1267: a mirror's scrape left `/P>` after a paragraph; the sentence stays, and
    a slash between words is no tag."""
    first = "治安員劉俊辰剛剛工作三個月。"
    for tag in ("/P>", "</p>", " </div>"):
        kept, reasons = _kept_and_reasons(f"長春巡警:夜睡了 我們醒著\n{first}\n小劉頭一昂,說,“我學會吃苦了。”{tag}\n半小時的步巡讓我們覺得渾身都凍透了。\n", "zh", "/")
        assert "小劉頭一昂,說,“我學會吃苦了。”" in kept and reasons == {"page-furniture"}, tag
    assert not _kept_and_reasons(f"長春巡警:夜睡了 我們醒著\n{first}\n民警提醒：转账前请核实对方身份和/或资金用途。\n", "zh", "/")[1]


def test_a_body_printed_a_clause_per_line_keeps_its_short_clauses_two_in_a_row() -> None:
    """tests/data/pages/1709: a WeChat-style report printed a phrase per line, with no sentence on
    the page but the site's disclaimers below it; two short phrases in a row (`静静观察` / `几分钟后`)
    do not end the run of clause lines, so the 16 lines above them are body rather than header (with
    one short line allowed, as before, they were lost)."""
    text = (PAGES / "1709.txt").read_text(encoding="utf-8")
    gold = [line for line in (PAGES / "1709.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [s.text for s in segment_document(text, "zh").sentences] == gold
    one = replace(CleaningSettings(), short_fragments=1)
    assert "辅警魏大壮在饭店就餐时" not in [s.text for s in segment_document(text, "zh", cleaning=one).sentences]
    # three short lines in a row are no clauses of the run: the two lines above them are left out of it
    clauses = gold[:3] + ["观察", "几分钟", "随后"] + gold[3:]
    kept = [s.text for s in segment_document("\n".join(clauses) + "\n", "zh").sentences]
    assert kept[-len(gold[3:]) :] == gold[3:] and not {"他们“狂飙”演技", "这是什么情况?", "观察", "几分钟", "随后"} & set(kept)


def test_clause_lines_above_the_first_sentence_keep_two_short_ones_in_a_row() -> None:
    """The walk up from the first sentence over a clause-per-line opening (`fragmented_start`)
    passes two short clauses in a row, as the run of a page without a sentence does."""
    clauses = [
        "5月10日下午", "辽宁省沈阳市公安局", "皇姑分局北塔派出所", "辅警魏大壮在饭店就餐时", "意外发现一起盗窃案件的", "犯罪嫌疑人宋某正在店内吃饭",
        "宋某时不时地打量来往顾客", "警惕性很高", "民警冷静下来", "首先呼叫了支援", "然后找了个座位坐了下来", "静静观察", "几分钟后",
        "两名民警赶到饭店", "三人坐在一起", "商量接下来怎么演",
    ]
    prose = "魏大壮先是将菜单放在邻桌，然后一个转身，和两名民警配合，迅速将宋某制服，这名狡猾的犯罪嫌疑人根本没想到三名顾客竟是警察。"
    kept = [s.text for s in segment_document("\n".join([*clauses, prose]) + "\n", "zh").sentences]
    assert "辅警魏大壮在饭店就餐时" in kept and kept[-1] == prose
    one = replace(CleaningSettings(), short_fragments=1)
    assert "辅警魏大壮在饭店就餐时" not in [s.text for s in segment_document("\n".join([*clauses, prose]) + "\n", "zh", cleaning=one).sentences]


def test_the_last_clause_of_a_clause_per_line_body_is_body_and_a_scrap_after_it_is_not() -> None:
    """tests/data/pages/1211: a body printed a clause per line ends with one more clause
    (`目前,移交手续正在办理中`), cut off before its full stop: body, not a footer's scrap; a
    short line without a clause mark there still goes. Under a body of prose the same clause stays
    too: a paragraph's opening time and its comma, then the clause, is a sentence broken off."""
    clauses = ["10月2日13时03分,", "泰安市公安局向景区分局岱顶派出所通报,", "在泰山景区南天门宾馆附近发现一名上网逃犯。", "接通报后,岱顶派出所执勤民警", "根据网上逃犯的体貌特征,立即率领特警队员分三组", "在南天门至天街展开搜寻抓捕。", "面对假期期间游客众多、地形复杂等重重困难,", "派出所民警和特警队员迎难而上,", "迅速将上网逃犯李某春成功抓获。"]
    last = "目前,移交手续正在办理中"
    kept = [s.text for s in segment_document("逃犯假期爬泰山 被逮了个正着\n" + "\n".join([*clauses, last]) + "\n", "zh").sentences]
    assert kept[-1] == last
    for scrap in ("济南网", "点赞,转发,在看"):  # no clause mark; only a list after it (code review 36)
        kept = [s.text for s in segment_document("逃犯假期爬泰山 被逮了个正着\n" + "\n".join([*clauses, scrap]) + "\n", "zh").sentences]
        assert scrap not in kept, scrap
    prose = "泰安市公安局向景区分局岱顶派出所通报，在泰山景区南天门宾馆附近发现一名上网逃犯，民警立即展开搜寻抓捕。"
    kept = [s.text for s in segment_document(f"逃犯假期爬泰山 被逮了个正着\n{prose}\n{prose[:20]}迅速将其抓获。\n{last}\n", "zh").sentences]
    assert kept[-1] == last


def test_the_page_s_last_line_under_a_clause_that_goes_on_is_the_rest_of_its_sentence() -> None:
    """Developed page 2278's first contact: a newscast's script printed a clause per line, cut off by
    the excerpt after `끈질긴 수사 끝에` / `정황 증거 등을 확보한 경찰`; the last line, a short noun phrase
    with no sentence end, was dropped as a footer's scrap. Under a clause that goes on (a particle
    or a connective ending) it is the rest of that clause's sentence; under a finished sentence a
    short scrap still goes."""
    text = (PAGES / "2278.txt").read_text(encoding="utf-8")
    kept = "\n".join(s.text for s in segment_document(text, "ko").sentences)
    assert "정황 증거 등을 확보한 경찰" in kept
    finished = text.replace("끈질긴 수사 끝에\n정황 증거 등을 확보한 경찰", "끈질긴 수사가 이어졌습니다.\n좋아요 싫어요")
    assert "좋아요 싫어요" not in "\n".join(s.text for s in segment_document(finished, "ko").sentences)


def test_korean_copy_wrapped_at_clause_boundaries_is_rejoined_into_its_sentences() -> None:
    """A broadcaster's script wrapped a clause per line (tests/data/pages/324): the lines make one
    paragraph, split into its sentences; a deck ending in a noun, a bullet point and a line after a
    blank line stay paragraphs of their own; Chinese lines are never rejoined (a line break there
    may be the only sentence end)."""
    sentences = segment_document((PAGES / "324.txt").read_text(encoding="utf-8"), "ko").sentences
    assert [s.clean for s in sentences[:2]] == [
        "민간해양구조대가 선박 사고 발생시 생명을 지키는 '파수꾼' 역할을 하고 있습니다.",
        "서해지방해양경찰청에 따르면 올 상반기 74건의 해상사고가 발생했는데 138척의 민간해양구조선이 출동해 46척의 선박과 111명의 인원을 구조했습니다.",
    ]
    assert all(s.text == (PAGES / "324.txt").read_text(encoding="utf-8")[s.start : s.end] for s in sentences)
    text = "경찰 음주 운전 혐의 입증 주력\n지난 1일 새벽 승용차가 차량 7대를 치고\n달아난 사건과 관련해 경찰이\n수사하고 있습니다.\n- 노년층 피해 증가\n경찰은 영상통화로\n신분을 확인하지 않습니다.\n\n기자회견에서 경찰은\n"
    kept = [s.clean for s in segment_document(text, "ko").sentences]
    assert "경찰 음주 운전 혐의 입증 주력" in kept and "- 노년층 피해 증가" in kept and kept[-1] == "기자회견에서 경찰은"
    assert "지난 1일 새벽 승용차가 차량 7대를 치고 달아난 사건과 관련해 경찰이 수사하고 있습니다." in kept
    chinese = "正午时分\n阳光灼热\n民警在路口\n指挥交通\n过往车辆\n有序通行\n"
    assert all("\n" not in s.text for s in segment_document(chinese, "zh").sentences)
    # subheadings ending in a noun stay apart from the sentence under them; Windows line ends too
    lines = [
        "보이스피싱 조직원 검거…경찰 \"돈 요구하면 사기\"", "부산경찰청은 보이스피싱 조직원 12명을", "검거했다고 3일 밝혔습니다.",
        "경찰의 당부", "경찰은 수사기관이 전화로", "돈을 요구하는 일은 절대 없다며", "주의를 당부했습니다.",
        "윗선 수사", "경찰은 해외에 있는 총책을 쫓아", "윗선을 추적하고 있습니다.",
    ]
    kept = [s.clean for s in segment_document("\r\n".join(lines) + "\r\n", "ko").sentences]
    assert "경찰은 수사기관이 전화로 돈을 요구하는 일은 절대 없다며 주의를 당부했습니다." in kept
    assert not any(s.startswith(("경찰의 당부 ", "윗선 수사 ")) for s in kept) and not any("\r" in s for s in kept)


def test_a_meta_line_under_the_headline_ends_no_article() -> None:
    """A portal's news page (tests/data/pages/598): the views counter on the date line under the
    headline once ended the article, because a promo sentence among the menus had started it."""
    kept = [s.text for s in segment_document((PAGES / "598.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert any(s.startswith("云城派出所管辖区域位于白云山脚") for s in kept)
    assert not any("浏览次数" in s for s in kept)


def test_rules_read_a_ruby_mirrors_lines_without_the_pinyin() -> None:
    """A mirror that prints each character's pinyin after it (a stored public page outside the gold
    set): its source line and its photo credit are still furniture, its sentences still body."""
    text = (
        "派出所的不眠夜\n"
        "2017年01月15日 15:59:49  來(lái)源:新華網(wǎng)\n"
        "12日晚11時(shí)許,呼和浩特市烏蘭察布東路派出所值班民警結(jié)束巡邏後回到派出所。\n"
        "晚飯後蘭琦回到值班室查看接處警平臺(tái)的派警信息(新華網(wǎng)發(fā) 曹楨 攝)\n"
        "前一天的夜班可把值班民警忙壞了,一整夜警情不斷。\n"
    )
    assert _kept_and_reasons(text, "zh", "曹楨", "15:59") == (
        ["派出所的不眠夜", "12日晚11時許,呼和浩特市烏蘭察布東路派出所值班民警結束巡邏後回到派出所。", "前一天的夜班可把值班民警忙壞了,一整夜警情不斷。"],
        {"caption", "dateline"},
    )


def test_a_source_label_after_the_last_sentence_does_not_take_the_line() -> None:
    """A ruby mirror's last paragraph ends `…戲水。 來(lái)源:987新媒體部` (tests/data/pages/781): read
    without its pinyin it is short enough for the source-label rules, which must leave its sentences."""
    kept = [s.clean for s in segment_file(PAGES / "781.txt").sentences]
    assert {"987提醒您,近期閩江流域水流湍急,一旦落水施救困難度極大。", "廣大市民切勿心存僥幸盲目戲水。"} <= set(kept)


def test_a_photo_storys_caption_is_its_text() -> None:
    """A wire photo page (a stored public page outside the gold set) has a headline and one caption:
    the caption is the article, its date and the reporter's address are not."""
    text = (
        "일상의 공간에서 특별치안활동하는 경특\n\n기사등록 2023/08/05 12:04:48\n\n"
        "[서울=뉴시스] 김금보 기자 = 경찰특공대원이 5일 오전 서울 강남구 강남역 지하상가에서 소총, 권총으로 이중 무장을 하고 특별치안활동을 하고 있다. "
        "경찰은 살인 예고 지역과 다중이용시설에 경찰특공대원 127명을 전진 배치했다. 2023.08.05. kgb@newsis.com\n"
    )
    document = segment_document(text, "ko")
    assert [s.text for s in document.sentences] == [
        "일상의 공간에서 특별치안활동하는 경특",
        "경찰특공대원이 5일 오전 서울 강남구 강남역 지하상가에서 소총, 권총으로 이중 무장을 하고 특별치안활동을 하고 있다.",
        "경찰은 살인 예고 지역과 다중이용시설에 경찰특공대원 127명을 전진 배치했다.",
    ]
    # on a page with body text, the same caption is furniture
    article = text + "경찰청은 이날 특별치안활동 계획을 발표했다. 경찰은 다중이용시설 순찰을 강화하기로 했다.\n"
    assert not any("경찰특공대원이" in s.text for s in segment_document(article, "ko").sentences)


def test_a_headline_whose_subject_is_a_reporter_is_no_byline() -> None:
    """A two-line headline (a stored public page outside the gold set) whose second line's subject is
    a reporter: 記者 followed by a clause, not by a name."""
    text = (
        "擬採訪警察學院開放日 有示威襲警紀錄\n港台記者攜兩仿製槍被捕\n"
        "【本報消息】據港媒報道:香港警察學院十五日舉辦開放日,警方在港鐵海洋公園站截查一名形跡可疑男子。\n"
        "警方經調查,以涉嫌藏有仿製槍械拘捕該名男子,將他帶返香港仔警署扣查。\n"
        "本報記者 陳大文\n"
    )
    kept, reasons = _kept_and_reasons(text, "zh", "陳大文")
    assert (kept[:2], reasons) == (["擬採訪警察學院開放日 有示威襲警紀錄", "港台記者攜兩仿製槍被捕"], {"byline"})


def test_a_caption_and_its_credit_glued_to_the_last_paragraph_are_cut() -> None:
    """A portal's copy (a stored public page outside the gold set) ends its only paragraph with the
    photo's caption and credit: `…犯罪活动。图为…巡逻中。■摄/本报记者任全军`."""
    text = (
        "新闻中心 > 国内新闻 > 正文\n"
        "自9月15日起,我省各级公安机关启动了国庆安保巡逻防控特殊机制,防范和打击各种现行犯罪活动。"
        "图为桥西公安分局裕西派出所民警在辖区配备单警装备巡逻中。■摄/本报记者任全军\n"
    )
    assert _kept_and_reasons(text, "zh", "图为", "任全军") == (
        ["自9月15日起,我省各级公安机关启动了国庆安保巡逻防控特殊机制,防范和打击各种现行犯罪活动。"],
        {"caption", "byline"},
    )
    # the same caption on a line of its own, without 图为: a short sentence with the photographer's
    # labelled credit after it is a caption (`摄/…`, `摄影:…`); a paragraph's long sentence stays
    lead, last = "自9月15日起,我省各级公安机关启动了国庆安保巡逻防控特殊机制,防范和打击各种现行犯罪活动。", "目前,相关工作仍在进行中。"
    for caption in ("桥西公安分局裕西派出所民警在辖区配备单警装备巡逻中。■摄/本报记者任全军", "民警在辖区巡逻。摄影:张三"):
        assert _kept_and_reasons(f"{lead}\n{caption}\n{last}\n", "zh", "摄", "民警") == ([lead, last], {"caption", "byline"}), caption
    paragraph = "国庆期间,全省公安机关共出动警力12万人次,检查重点场所3200处,查处各类违法行为450起,社会治安秩序良好。"
    assert _kept_and_reasons(f"{lead}\n{paragraph}■摄/本报记者任全军\n{last}\n", "zh")[0] == [lead, paragraph, last]


def test_a_bare_photographer_credit_glued_after_the_last_paragraph_is_cut_with_its_caption() -> None:
    """tests/data/pages/3398: a photo report on one line ends `…舌尖上的安全。图为…检查“五毛食品”。王雨林王彦君摄`:
    the caption with the photographers' names and 摄 (no bracket, no role word) goes; a paragraph
    that ends in 拍摄 (`严禁拍摄`) or in a word that is no name (`民警现场摄`) stays, and a line that is
    all caption and credit (`…晒得太黑。 沈益 摄`) goes whole, as before."""
    page = segment_document((PAGES / "3398.txt").read_text(encoding="utf-8"), "zh")
    assert page.sentences[-1].text.endswith("确保学生们舌尖上的安全。")
    assert {d.reason for d in page.dropped if "王雨林" in d.text or "图为" in d.text} == {"caption"}
    lead = "为确保中小学生食品安全,江西省于都县市场监督管理局开展校园内外食品安全大检查大整治活动。"
    for credit in ("图为检查现场。张三摄", "图为检查现场。王雨林 王彦君 摄"):
        assert _kept_and_reasons(f"{lead}此次专项整治净化了校园周边市场。{credit}\n", "zh", credit[-3:]) == ([lead, "此次专项整治净化了校园周边市场。"], {"caption"}), credit
    for ending in ("严禁拍摄", "民警现场摄"):
        assert _kept_and_reasons(f"{lead}此次专项整治净化了校园周边市场。{ending}\n", "zh", ending)[1] == set(), ending
    whole = "交警支队清凉中队的民警王吉,工作六年,外表看起来却像三十好几的老警察,原因是晒得太黑。 沈益 摄"
    assert _kept_and_reasons(f"{lead}\n{whole}\n此次专项整治净化了校园周边市场。\n", "zh", "沈益") == ([lead, "此次专项整治净化了校园周边市场。"], {"caption"})

def test_a_short_paragraph_before_its_captions_tuwei_keeps_its_sentence() -> None:
    """Code review 77b: a short paragraph whose one sentence runs into a photo's `图为…` caption and
    the photographer's credit (`…全部获救。图为消防员在现场搜救。张三 摄`) was dropped whole as a caption
    line; 图为 opens the caption, so the sentence before it stays. A caption line without 图为
    (`消防员在现场搜救。张三 摄`), or with only a few letters before it, is a caption whole."""
    first, last = "某地发生山体滑坡,多人被困。", "目前,当地已组织力量排查隐患。"
    sentence = "经过三天三夜的搜救,被困人员全部获救。"
    kept, reasons = _kept_and_reasons(f"{first}\n{sentence}图为消防员在现场搜救。张三 摄\n{last}\n", "zh", "图为", "张三")
    assert (kept, reasons) == ([first, sentence, last], {"caption"})
    for line in ("消防员在现场搜救。张三 摄", "民警在巡逻。图为巡逻现场。张三 摄"):
        assert _kept_and_reasons(f"{first}\n{line}\n{last}\n", "zh", "张三") == ([first, last], {"caption"}), line

def test_a_title_with_stars_after_it_starts_an_appended_article() -> None:
    """A mirror (a stored public page outside the gold set) sets its articles' titles off with stars
    after them (`标题******`): the second article goes, and no title keeps its stars."""
    text = (
        "河南鹿邑一警车遭故意破坏 警方通报:8人被立案侦查******\n"
        "中新网1月3日电 据河南省鹿邑县公安局官方微博消息,鹿邑县公安局3日发布警情通报称,少数人员对一辆执勤警车进行故意破坏。\n"
        "目前,公安机关已对涉案的8名违法行为人以涉嫌寻衅滋事立案侦查。\n"
        "春节返乡贴心攻略来了!转发收藏,平安快乐过大年!******\n"
        "兔年春节临近,\n在外的小伙伴们大都踏上了返乡的旅程,\n春节返乡有哪些注意事项?\n"
    )
    assert _kept_and_reasons(text, "zh", "春节返乡") == (
        [
            "河南鹿邑一警车遭故意破坏 警方通报:8人被立案侦查",
            "据河南省鹿邑县公安局官方微博消息,鹿邑县公安局3日发布警情通报称,少数人员对一辆执勤警车进行故意破坏。",
            "目前,公安机关已对涉案的8名违法行为人以涉嫌寻衅滋事立案侦查。",
        ],
        {"appended-article"},
    )


def test_a_related_header_over_a_cut_off_teaser_ends_the_article() -> None:
    """`新闻推荐` over a teaser that ends in `...` (a stored public page outside the gold set) is the
    list, not an empty box between two paragraphs of the article."""
    text = (
        "香港影星任达华在广东中山出席活动时被人刺中腹部受伤。随后,当地警方通报称,嫌疑人已被当场制伏。\n"
        "澎湃新闻记者注意到,多家媒体官方微博纷纷发文关注案件进展。\n"
        "新闻推荐\n"
        "记者18日从杭州市城市管理局获悉,杭州市区即日起将推出犬只芯片植入免费服务,并确定36家宠物医院为服务点。...\n"
    )
    assert not any("杭州" in s.text for s in segment_document(text, "zh").sentences)


def test_the_previous_and_next_article_links_open_the_footer() -> None:
    """Under `上一篇:` / `下一篇:` a page lists other articles' titles, finished sentences among them."""
    text = (
        "民警开道护送待产孕妇\n"
        "6月25日18时54分,高州公安110指挥中心接到事主袁先生报警求助。\n"
        "正常情况需要30分钟的11公里路程,在警车的紧张开道下,只用了15分钟。\n"
        "上一篇:既是社区工作者又是医护人员\n下一篇:\n"
        "- 凡人微光|一声招呼一份温暖\n- 暴雨后排水渠堵塞,他一头扎了进去……\n- 浴“雪”奋战!\n他们全力以赴护平安\n"
    )
    assert [s.text for s in segment_document(text, "zh").sentences] == [
        "民警开道护送待产孕妇",
        "6月25日18时54分,高州公安110指挥中心接到事主袁先生报警求助。",
        "正常情况需要30分钟的11公里路程,在警车的紧张开道下,只用了15分钟。",
    ]


def test_titles_each_over_its_date_are_a_list_of_other_articles() -> None:
    """A finance paper's page (tests/data/html/h30) lists other articles as title, then section and time,
    above its previous/next links: each title goes, though none is cut off with an ellipsis."""
    text = (
        "特首委任林大輝為香港電台顧問委員會主席\n"
        "政府刊憲，行政長官委任林大輝為香港電台顧問委員會主席，下月1日起生效，任期兩年。\n"
        "另外，新委任趙應春及蘇紹聰為委員會成員，並再度委任其餘10名成員，任期同樣為兩年。\n"
        "港台:在約章框架下冀與新一屆顧委會有更好發展\n時事脈搏 ｜ 今日 11:13\n"
        "邱騰華冀林大輝助港台全面履行約章使命\n時事脈搏 ｜ 今日 10:39\n"
        "下一篇：\n內地新增30宗確診 本土病例8宗均在新疆\n"
    )
    assert len(segment_document(text, "zh").sentences) == 3
    # the rules alone do it (the line model is a second opinion on short lines)
    assert len(segment_document(text, "zh", cleaning=replace(CleaningSettings(), line_model_threshold=1.0)).sentences) == 3


def test_stars_that_mask_a_number_or_decorate_a_crosshead_end_nothing() -> None:
    """Only a title with stars after it starts an appended article: after a masked number (`2871****`)
    and a crosshead starred on both sides, the article goes on."""
    text = (
        "民警提醒:警惕冒充客服诈骗\n"
        "近日,市公安局反诈中心接到群众报警,称被冒充电商客服的骗子骗走2万余元。\n"
        "涉诈QQ号：2871****\n"
        "民警随即开展止付工作,成功冻结涉案资金1.2万元。\n"
        "*****民警提醒广大群众*****\n"
        "凡是自称客服要求转账的,都是诈骗。\n"
    )
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert "民警随即开展止付工作,成功冻结涉案资金1.2万元。" in kept
    assert "凡是自称客服要求转账的,都是诈骗。" in kept


def test_stars_that_mask_a_name_at_a_paragraphs_start_end_nothing() -> None:
    """Trial 23 (a mirror of a fire report that masks leaders' names with ` *** `): a paragraph opening
    with the stars (` *** 强调，…。`, ` *** 中央政治局常委…指出`) was taken for an appended article's
    title and the rest dropped. Stars before a finished sentence, or on a page that masks words with
    them inside its sentences, start nothing."""
    text = (
        "辽阳饭店火灾致22人死亡\n"
        "4月29日12时25分许，辽宁省辽阳市白塔区一饭店发生火灾，造成22人死亡、3人受伤。\n"
        "工作人员表示，调查结束后会在 *** 官网公布事故情况。\n"
        "事故发生后， *** 高度重视并作出重要指示。\n"
        " *** 强调，“五一”假期在即，各地区和有关部门要落实安全责任。\n"
        " *** 中央政治局常委、国务院总理作出批示指出\n"
        "要全力救治受伤人员，妥善做好善后工作。\n"
    )
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert kept[-1] == "要全力救治受伤人员，妥善做好善后工作。"
    assert "*** 强调，“五一”假期在即，各地区和有关部门要落实安全责任。" in kept


def test_a_credit_glued_to_a_ruby_mirrors_sentence_is_cut_off_it() -> None:
    """The credit after a paragraph is read without its pinyin too: it is cut off, the sentences stay."""
    text = "派出所的不眠夜\n當晚民警處(chǔ)置了多起糾紛。值班民警一夜未眠。(新華網(wǎng)發(fā) 曹楨 攝)\n前一天的夜班可把值班民警忙壞了,一整夜警情不斷。\n"
    assert _kept_and_reasons(text, "zh", "曹楨") == (
        ["派出所的不眠夜", "當晚民警處置了多起糾紛。", "值班民警一夜未眠。", "前一天的夜班可把值班民警忙壞了,一整夜警情不斷。"],
        {"caption"},
    )


def test_a_one_sentence_line_with_a_supplied_photo_credit_is_a_caption() -> None:
    """`警方查获的现金。（警方供图）` between two paragraphs: the credit's 供图 marks a caption as 摄 and
    提供 do; a line of two sentences before such a credit is still the article's."""
    body = ["警方24日通报,破获一起电信网络诈骗案,抓获犯罪嫌疑人12名。", "经查,该团伙自去年以来骗取30余名受害人钱财500余万元。"]
    for credit in ("（警方供图）", "（张三 摄影）"):
        kept = [s.text for s in segment_document(f"{body[0]}\n警方查获的现金。{credit}\n{body[1]}\n", "zh").sentences]
        assert kept == body
    two = "民警清点查获的现金。现场查获现金50余万元。"
    assert two.split("。")[0] + "。" in [s.text for s in segment_document(f"{body[0]}\n{two}（警方供图）\n{body[1]}\n", "zh").sentences]


def test_a_writers_credit_after_a_ruby_mirrors_last_sentence_is_cut_off_it() -> None:
    """`…深挖細查中。(張志遠(yuǎn) 付瑋)` ends a ruby mirror's article: read without its pinyin the
    bracket holds two names after a finished sentence, a byline; a longer bracket stays (the end
    row takes any bracket of two to four characters after a sentence, pinyin or not)."""
    text = "民警破獲盜竊案\n二人已被警方依法刑事拘留,案件在進(jìn)一步深挖細(xì)查中。(張志遠(yuǎn) 付瑋)\n"
    assert _kept_and_reasons(text, "zh", "張志遠") == (["民警破獲盜竊案", "二人已被警方依法刑事拘留,案件在進一步深挖細查中。"], {"byline"})
    kept = [s.clean for s in segment_document(text.replace("(張志遠(yuǎn) 付瑋)", "(詳見附件二(èr))"), "zh").sentences]
    assert kept[-1] == "(詳見附件二)"


def test_a_headline_copy_set_off_by_other_marks_is_the_headline_again() -> None:
    """tests/data/pages/1094: a release's title in a table row (`… | |||`), then again with 「」 and
    no space after the comma: the same letters, one headline; a second title with other words stays."""
    body = "제주경찰청은 실종경보문자를 활용해 실종자 4명의 소재를 신속하게 확인했다고 1일 밝혔다. 경찰은 시민들의 제보에 감사를 표했다.\n"
    text = "경찰, 실종경보문자로 실종자 신속한 소재 확인 | |||\n경찰,「실종경보문자」로 실종자 신속한 소재 확인\n" + body
    kept = [s.text for s in segment_document(text, "ko").sentences]
    assert len([line for line in kept if "실종자 신속한 소재 확인" in line]) == 1 and kept[-1].startswith("경찰은 시민들의")
    assert kept[0].startswith("경찰, 실종경보문자로")  # of two copies with the same letters, the first stays (table bars aside)
    other = text.replace("경찰,「실종경보문자」로 실종자 신속한 소재 확인", "경찰,「실종경보문자」로 치매환자 3명 찾아")
    assert "경찰,「실종경보문자」로 치매환자 3명 찾아" in [s.text for s in segment_document(other, "ko").sentences]


def test_a_key_points_box_that_quotes_the_article_is_dropped() -> None:
    """A box of bulleted key points before the article (`AI 摘要`, tests/data/pages/1177), each
    bullet a sentence of a paragraph below word for word, is a copy; a box with a point of its own
    stays, and so do bulleted tips inside an article that a closing quote repeats (code review 35)."""
    paragraph = "高雄近日發生一樁引發公眾好奇的事件:一名男子手持黑色箱子在捷運站內狂奔,隨即被三名員警攔下。在場人士皆鬆了一口氣,認為這只是個烏龍事件。"
    text = (
        "男子捷運站狂奔遭警攔查\n"
        "  • 高雄近日發生一樁引發公眾好奇的事件:一名男子手持黑色箱子在捷運站內狂奔,隨即被三名員警攔下。\n"
        "  • 在場人士皆鬆了一口氣,認為這只是個烏龍事件。\n"
        f"{paragraph}\n"
        "警方表示,在正常情況下不會隨便攔查民眾,但男子的舉止引起了注意。\n"
    )
    kept, reasons = _kept_and_reasons(text, "zh", "•")
    assert not any("•" in sentence for sentence in kept) and reasons == {"duplicate-paragraph"}
    own = text.replace("  • 在場人士皆鬆了一口氣,認為這只是個烏龍事件。", "  • 警方呼籲民眾遇到可疑情況應立即報警處理。")
    assert sum("•" in s.clean for s in segment_document(own, "zh").sentences) == 2
    tips = (
        "경찰, 설 연휴 보이스피싱 주의보 발령\n"
        "서울경찰청은 설 연휴를 앞두고 택배 배송 문자를 사칭한 스미싱이 늘고 있다며 주의를 당부했다.\n"
        "경찰이 밝힌 예방 수칙은 다음과 같다.\n"
        "- 출처가 불분명한 문자 속 인터넷 주소는 절대 누르지 않는다\n"
        "- 피해가 의심되면 즉시 112나 금융기관 콜센터에 신고한다\n"
        '경찰 관계자는 "무엇보다 출처가 불분명한 문자 속 인터넷 주소는 절대 누르지 않는다는 원칙을 지켜달라"며 '
        '"피해가 의심되면 즉시 112나 금융기관 콜센터에 신고한다는 점도 기억해달라"고 말했다.\n'
    )
    assert sum(s.clean.startswith("- ") for s in segment_document(tips, "ko").sentences) == 2


def test_bulleted_tips_that_end_in_a_semicolon_are_clauses_of_the_text_not_related_links() -> None:
    """tests/data/pages/1518: safety tips as bullets, each a clause ending in `;`, the last in `。`;
    bulleted lines that end no clause are a related-links list still."""
    tips = ["  • 不要将钱装在印有银行标识的现金袋或是钱袋内;", "  • 下车时请谨记锁好车门;", "  • 如果需要进行现金交易,请尽量在他人的陪同下进行。"]
    head = ["奥克兰警方提醒市民防范抢包", "据称,大多数抢包案件发生时,罪犯会采取一些手段转移受害者的注意力。", "以下是几条需要注意的安全小提示:"]
    tail = ["此外,警方希望抢包案的受害者能够主动与警方取得联系。"]
    kept = [s.text for s in segment_document("\n".join([*head, *tips, *tail]), "zh").sentences]
    assert [line.strip() for line in tips] == [k for k in kept if k.startswith("•")]
    links = ["  • 奥克兰华人超市遭窃 警方调查", "  • 警方破获跨国贩毒集团"]
    kept = [s.text for s in segment_document("\n".join([*head, *tail, *links]), "zh").sentences]
    assert not any(k.startswith("•") for k in kept)


def test_an_outlets_bare_name_after_the_last_sentence_is_its_byline() -> None:
    """tests/data/pages/1178: `…고 말했다. 문경매일신문` closes the article with the outlet's name
    alone: cut off as the byline; a word that merely ends in 뉴스 (가짜뉴스) is not cut."""
    last = "문경경찰서 박종기 생활안전과장은 “문경시민의 안전을 위해 솔선수범 봉사활동을 해 주시는 방범대원들의 노고에 진심으로 감사드리고, 안전한 문경을 만들기 위해 많은 역할과 협조를 부탁드린다.”고 말했다."
    text = f"문경경찰서, 자율방범대와 합동순찰\n문경경찰서는 남부자율방범대와 함께 3월 16일 범죄예방을 위한 야간 합동순찰을 실시했다고 밝혔다.\n{last} 문경매일신문\n"
    document = segment_document(text, "ko")
    assert document.sentences[-1].text == last and document.metadata.byline == "문경매일신문"
    fake = segment_document(text.replace("문경매일신문", "가짜뉴스"), "ko", cleaning=replace(CleaningSettings(), line_model_edge_threshold=1.0))
    assert "가짜뉴스" in "".join(s.text for s in fake.sentences)


def test_a_date_first_timeline_keeps_its_events() -> None:
    """Each date, then what happened: the events are the article's, not titles over their dates."""
    text = (
        "전세사기 일당 12명 검거\n"
        "경찰은 전세사기 일당 12명을 검거했다고 10일 밝혔다. 수사 일지는 다음과 같다.\n"
        "2023년 7월 1일\n첫 피해 신고 접수\n2023년 7월 15일\n피해자 모임 고소장 제출\n2023년 8월 5일\n총책 등 12명 검거\n"
        "경찰은 범죄수익을 추적하고 있다.\n"
    )
    kept = [s.text for s in segment_document(text, "ko", cleaning=replace(CleaningSettings(), line_model_threshold=1.0)).sentences]
    assert {"첫 피해 신고 접수", "피해자 모임 고소장 제출", "총책 등 12명 검거"} <= set(kept)


def test_a_paragraph_trailing_off_with_an_ellipsis_after_a_related_header_is_the_article() -> None:
    """`……` is how a writer trails off; a related header over it is an empty box, and the article goes on."""
    text = (
        "民警帮助走失老人回家\n"
        "昨日,派出所民警在巡逻中发现一名老人在路边徘徊,神情茫然。\n"
        "相关阅读\n"
        "民警赶到现场时,只见老人坐在路边。他身边的菜篮倒在地上,蔬菜散落一地……\n"
        "民警通过人口信息系统查到老人家属,将其安全送回家中。\n"
    )
    assert "民警通过人口信息系统查到老人家属,将其安全送回家中。" in [s.text for s in segment_document(text, "zh").sentences]


def test_one_sentence_with_a_photo_credit_glued_after_it_is_a_caption() -> None:
    """A caption printed as a sentence with its credit (a stored public page outside the gold set);
    a paragraph's last sentence with a file photo's credit (tests/data/pages/046) stays body."""
    text = (
        "三峽警攔查通緝犯 查獲毒品\n"
        "警方在李嫌身上查獲疑似第一級毒品海洛因粉末一包及針筒六支。（記者蔡琇惠翻攝）\n"
        "新北市三峽警分局員警在勤務中發現一名男子騎乘機車行跡可疑,上前盤查時,李嫌竟拒檢加速逃逸。\n"
        "警方全案將李嫌移送新北地檢署偵辦。\n"
        "案件交由葵青警區重案組一隊跟進。（資料圖片/黃學潤攝）\n"
    )
    kept, reasons = _kept_and_reasons(text, "zh", "李嫌身上", "黃學潤")
    assert "案件交由葵青警區重案組一隊跟進。" in kept
    assert not any("李嫌身上" in sentence for sentence in kept)
    assert "caption" in reasons


def test_a_clause_per_line_page_with_a_blank_line_after_every_line_is_rejoined() -> None:
    """A broadcaster's Korean page (a stored public page outside the gold set) sets each clause on a
    line of its own with a blank line after every one: the blank lines say nothing there."""
    text = (
        "경찰학교 학생, 소매치기 제압\n\n"
        "최근 호북 황강에서\n\n경찰학교 학생이 버스에서\n\n맨손으로 소매치기를 제압하는\n\n영상이 크게 회자되였다\n\n"
        "범죄 용의자의 위협 앞에서\n\n학생은 당당하게 말했다\n\n"
        "황강의 한 버스에서\n\n소매치기가 돈을 훔치고 도망치려다가\n\n한 청년에 의해 저지당했다\n"
    )
    assert [s.clean for s in segment_document(text, "ko").sentences][1:] == [
        "최근 호북 황강에서 경찰학교 학생이 버스에서 맨손으로 소매치기를 제압하는 영상이 크게 회자되였다",
        "범죄 용의자의 위협 앞에서 학생은 당당하게 말했다",
        "황강의 한 버스에서 소매치기가 돈을 훔치고 도망치려다가 한 청년에 의해 저지당했다",
    ]


def test_a_photo_storys_captions_below_the_headline_each_once() -> None:
    """A caption above the headline stays out, a caption printed twice comes once, and each keeps
    no wire date or address."""
    text = (
        "[서울=뉴시스] 김금보 기자 = 경찰관들이 지하상가를 순찰하고 있다. 2023.08.05. kgb@newsis.com\n"
        "강남역 지하상가 특별치안활동\n"
        "[서울=뉴시스] 김금보 기자 = 경찰특공대원이 강남역 지하상가에서 무장을 하고 있다. 2023.08.05. kgb@newsis.com\n"
        "[서울=뉴시스] 김금보 기자 = 경찰특공대원이 강남역 지하상가에서 무장을 하고 있다. 2023.08.05. kgb@newsis.com\n"
        "[서울=뉴시스] 김금보 기자 = 경찰특공대원들이 강남역에서 순찰하고 있다. 2023.08.05. kgb@newsis.com\n"
    )
    assert [s.text for s in segment_document(text, "ko").sentences] == [
        "강남역 지하상가 특별치안활동",
        "경찰특공대원이 강남역 지하상가에서 무장을 하고 있다.",
        "경찰특공대원들이 강남역에서 순찰하고 있다.",
    ]


def test_a_lead_with_a_photo_credit_is_no_caption_when_long() -> None:
    """Only a short line of one sentence with a photo credit glued after it is a caption."""
    text = (
        "警方查獲毒品\n"
        "臺中市警察局刑警大隊昨日在西屯區一處民宅查獲大麻植株八十一株及毒品咖啡包六百零三包,逮捕嫌犯三人,全案依法移送偵辦。（記者王明攝）\n"
        "警方表示,將持續追查毒品來源。\n"
    )
    assert any(s.text.startswith("臺中市警察局刑警大隊") for s in segment_document(text, "zh").sentences)


def test_a_blank_line_between_ordinary_paragraphs_is_kept_on_a_hard_wrapped_page() -> None:
    """Where the page uses blank lines only between paragraphs, a clause line before one is not
    joined across it (the single-spaced lines are)."""
    text = (
        "경찰, 귀성길 교통관리 강화\n\n"
        "경찰은 설 연휴를 앞두고\n교통관리 대책을 발표했다\n귀성 차량이 몰리는\n고속도로 진출입로에\n경찰력을 집중 배치하고\n\n"
        "음주운전 단속도\n연휴 내내 이어간다\n"
    )
    kept = [s.clean for s in segment_document(text, "ko").sentences]
    assert kept[-2].endswith("경찰력을 집중 배치하고") and kept[-1] == "음주운전 단속도 연휴 내내 이어간다"


@pytest.mark.parametrize(
    "text, line, lang",
    [
        (
            "기사 제목입니다\n2021-07-08 15:40:00 출처:연합뉴스 작성자:김룡\n경찰은 24일 특강을 실시했다고 밝혔다. 이날 특강에는 300명이 참석했다.\n",
            "2021-07-08 15:40:00 출처:연합뉴스 작성자:김룡",
            "ko",
        ),
        ("新华社报道\n新华社记者刘奕湛王子铭\n公安部24日召开新闻发布会,通报全国公安机关打击犯罪工作情况。\n", "新华社记者刘奕湛王子铭", "zh"),
    ],
)
def test_credit_lines_still_go(text: str, line: str, lang: str) -> None:
    """A Korean date and source line, and two names glued after 记者, are still credits."""
    assert not any(line in s.text for s in segment_document(text, lang).sentences)


def test_a_line_of_page_labels_in_chinese_korean_calques_goes() -> None:
    """길림신문's label line (tests/data/trials, a new user's trial): 편집/기자, 원고래원 (稿件来源),
    발표시간 (发布时间) and 클릭 (点击) are labels like 来源 and 作者; the report's lines stay."""
    sentences = [s.text for s in segment_file(DATA / "trials" / "drug-public-figures-2021.ko.txt", "ko").sentences]
    assert not any("원고래원" in text or "2021-03-17" in text for text in sentences)
    assert any(text.startswith("공안부 보도대변인 장명은") for text in sentences)


def test_a_deck_of_bulleted_sub_headlines_is_kept_whole() -> None:
    """길림신문's deck (tests/data/trials): two ◆ sub-headlines under the headline, the second in
    words the lead does not share; both are the article's, not page header."""
    sentences = [s.text for s in segment_file(DATA / "trials" / "drug-public-figures-2021.ko.txt", "ko").sentences]
    assert sentences[1].startswith("◆ 새로 발견한") and sentences[2].startswith("◆ 8,899여만 학생이")
    # near miss: with a line of other words between it and the body, the bulleted line is no deck's
    page = (DATA / "trials" / "drug-public-figures-2021.ko.txt").read_text(encoding="utf-8")
    page = page.replace("\n\n량회 기간에", "\n\n마약 퇴치 캠페인 현장\n\n량회 기간에", 1)
    assert not any(s.text.startswith("◆ 8,899여만") for s in segment_document(page, "ko").sentences)


def test_credits_and_promo_of_the_seventy_sixth_batch_are_cut() -> None:
    """tests/data/pages/1047, 1048 and 1051: a reporter credit with its outlet in parentheses, the
    regional desk before the reporter's name after the last sentence, slash-labelled photo and text
    credits glued after it, and a content site's own sentence glued to the article's end."""
    last = "이주여성들은 경찰관이 이런 것도 해주신다며 서툰 한국어로 감사함을 표하기도 했다고 경찰은 전했다."
    document = segment_document(f"카드뉴스 제작 홍보 나서\n(동양일보 이종억 기자) 영동경찰서가 카드뉴스를 제작했다.\n{last} 영동 이종억 기자\n", "ko")
    assert [s.text for s in document.sentences] == ["카드뉴스 제작 홍보 나서", "영동경찰서가 카드뉴스를 제작했다.", last]
    assert document.metadata.byline == "영동 이종억 기자"
    # near misses of the same shapes: a press corps is no reporter, a longer last clause is the sentence's
    kept = segment_document(f"카드뉴스 제작 홍보 나서\n(경찰청 기자단) 경찰은 회의를 열었다.\n{last} 그는 오랫동안 지역신문에서 일한 기자\n", "ko").sentences
    assert kept[1].text.startswith("(경찰청 기자단)") and kept[-1].text == "그는 오랫동안 지역신문에서 일한 기자"
    credits = segment_document("專勤隊查獲非法移工20人。\n呼籲民眾勿心存僥倖,得不償失。圖/高市專勤隊提供、文/高培德\n", "zh")
    assert credits.sentences[-1].text == "呼籲民眾勿心存僥倖,得不償失。"
    assert {d.reason for d in credits.dropped if "高培德" in d.text} == {"byline"}
    pictured = segment_document("專勤隊查獲非法移工20人。\n警方依法處理。圖/文並茂的宣導手冊已發放到各派出所。\n", "zh")
    assert pictured.sentences[-1].text == "圖/文並茂的宣導手冊已發放到各派出所。"
    promo = segment_document("民警将女子劝回岸边。\n遇到感情问题要冷静。下面请看以下安全网为您带来的安全科普知识,希望对您的生活有所帮助。\n", "zh")
    assert promo.sentences[-1].text == "遇到感情问题要冷静。"
    assert {d.reason for d in promo.dropped if "为您带来" in d.text} == {"promo"}
    served = segment_document("民警将女子劝回岸边。\n遇到困难请报警。民警为您提供的服务永远不打烊。\n", "zh")
    assert served.sentences[-1].text == "民警为您提供的服务永远不打烊。"
    # code review 33: an article's own 为您带来的 / 为您整理的 sentences stay
    for own in ("由交警支队联合市电视台为您带来的《交通安全公开课》将于每周六晚8点播出。", "这是交警部门今年为您带来的第三期曝光。", "以下是反诈民警为您整理的防骗要点:"):
        announced = segment_document(f"民警将女子劝回岸边。\n本月以来,全市共查处酒驾违法行为120起。{own}\n", "zh")
        assert announced.sentences[-1].text == own, own


def test_a_korean_captions_verbless_photo_sentence_is_cut_and_the_sentence_before_it_stays() -> None:
    """tests/data/pages/1047: `…홍보에 나섰다. 사진은 베트남어 버전.` loses its verbless 사진은 sentence
    (code review 33: the whole line went first, with any article sentence before it); a 사진은
    sentence that ends in a verb or 요 stays, and so does everything before it."""
    text = "카드뉴스 제작 홍보 나서\n영동경찰서가 5개 국어로 카드뉴스를 제작, 홍보에 나섰다. 사진은 베트남어 버전.\n영동경찰서가 SNS 사기 예방에 나섰다.\n"
    kept, reasons = _kept_and_reasons(text, "ko", "베트남어 버전")
    assert "사진은 베트남어 버전." not in kept and reasons == {"caption"}
    assert "영동경찰서가 5개 국어로 카드뉴스를 제작, 홍보에 나섰다." in kept
    alone = _kept_and_reasons("카드뉴스 제작 홍보 나서\n영동경찰서가 카드뉴스를 제작했다.\n사진은 베트남어 버전.\n경찰은 피해를 막았다.\n", "ko", "베트남어")
    assert "사진은 베트남어 버전." not in alone[0] and alone[1] == {"caption"}
    for last in ("사진은 경찰이 보관하고 있다.", "사진은 가급적 비공개로 올리세요.", "사진은 가급적 비공개로 설정할 것."):
        body = f"카드뉴스 제작 홍보 나서\n경찰은 피해 예방을 위해 게시물 관리에 주의해 달라고 설명했다. {last}\n경찰은 피해를 막았다.\n"
        kept = _kept_and_reasons(body, "ko")[0]
        assert last in kept and "경찰은 피해 예방을 위해 게시물 관리에 주의해 달라고 설명했다." in kept, last


def test_an_outlet_in_brackets_before_the_reporter_and_equals_sign_is_a_credit() -> None:
    """tests/data/pages/1065: `(뉴스저널코리아) 김도영 기자 = 낙엽 소각하다…`; a press conference
    (기자회견) is no reporter."""
    document = segment_document("(뉴스저널코리아) 김도영 기자 = 울주군 특별사법경찰은 A씨를 입건해 조사하고 있다고 1일 밝혔다.\n", "ko")
    assert document.sentences[0].text.startswith("울주군")
    press = segment_document("(뉴스저널코리아) 김도영 기자회견 = 울주군 특별사법경찰은 A씨를 입건해 조사하고 있다고 1일 밝혔다.\n", "ko")
    assert press.sentences[0].text.startswith("(뉴스저널코리아)")
    # developed page 1887: an equals sign after the bracket too
    spaced = segment_document("[굿타임] = 이강부 기자 = 예산군은 예산경찰서와 보이스피싱 범죄 예방을 위한 업무협약을 체결했다.\n", "ko")
    assert spaced.sentences[0].text.startswith("예산군은") and "[굿타임] = 이강부 기자 =" in spaced.metadata.source


def test_a_headline_about_illegal_gambling_is_news_and_a_gambling_ad_is_spam() -> None:
    """tests/data/pages/1080: `警方逮捕中國籍通緝犯 意外破獲非法網絡博彩` was dropped as seo-spam for its
    one word 博彩; an advertisement (博彩 with 官网, 注册, 送彩金 …) still is. `本報訊:` goes with its colon."""
    document = segment_document("警方逮捕中國籍通緝犯 意外破獲非法網絡博彩\n本報訊:一名因詐騙案遭通緝的中國籍人士在突襲行動中被逮捕。\n", "zh")
    assert [s.text for s in document.sentences] == ["警方逮捕中國籍通緝犯 意外破獲非法網絡博彩", "一名因詐騙案遭通緝的中國籍人士在突襲行動中被逮捕。"]
    crackdown = segment_document("非法博彩网站注册会员超万人 警方打掉跨境赌博团伙\n警方破获一起网络赌博案件,抓获犯罪嫌疑人3名。\n", "zh")
    assert crackdown.sentences[0].text == "非法博彩网站注册会员超万人 警方打掉跨境赌博团伙"  # code review 33b
    advert = segment_document("澳门博彩官网注册送彩金\n警方破获一起网络赌博案件,抓获犯罪嫌疑人3名。\n", "zh")
    assert [s.text for s in advert.sentences] == ["警方破获一起网络赌博案件,抓获犯罪嫌疑人3名。"]
    assert [d.reason for d in advert.dropped] == ["seo-spam"]


def test_wordpress_syndication_footers_in_chinese_are_source_credits() -> None:
    """tests/data/pages/1086: WordPress's `這篇文章 … 最早出現於 台灣新聞雲報。` (its zh-TW rendering of
    "The post … appeared first on …") after the last paragraph; a sentence that says where a video
    first appeared is body."""
    for footer in ("這篇文章 大武警分局執行路檢勤務 最早出現於 台灣新聞雲報。", "《民警救起落水男子》最先出现在平安资讯网。", "〈東港警強化酒駕取締專案〉這篇文章最早發佈於《崛起新傳媒》。"):
        kept, reasons = _kept_and_reasons(f"大武警分局執行路檢勤務\n員警依規定進行酒精濃度測試。\n{footer}\n", "zh", "最")
        assert kept == ["大武警分局執行路檢勤務", "員警依規定進行酒精濃度測試。"] and reasons == {"byline"}, footer
    # code review 34: a sentence on where a post first appeared (its outlet followed by a clause) stays
    for told in ("這段影片最早出現於社群平台,警方隨即展開調查。", "這篇文章最早出現於社群平台,警方隨即展開調查。", "这篇文章最早出现在一个微信公众号上,经查,该文系王某编造。", "《警方通报》最先出现在微博上,随后被大量转发。"):
        assert told in _kept_and_reasons(f"大武警分局執行路檢勤務\n員警依規定進行酒精濃度測試。\n{told}\n", "zh")[0], told


def test_a_source_label_and_outlet_alone_on_a_line_is_metadata() -> None:
    """tests/data/pages/1087: `2011-09-06 20:27?出處 溫州日報` (the date cut as a prefix, the time and a
    source label without its colon left); a sentence on where a report came from stays."""
    document = segment_document("?\n2011-09-06 20:27?出處 溫州日報\n永嘉縣警方抓獲越獄潛逃24年的逃犯。\n吳某被警方押回福建。\n", "zh")
    assert [s.text for s in document.sentences] == ["永嘉縣警方抓獲越獄潛逃24年的逃犯。", "吳某被警方押回福建。"]
    assert any(d.text.endswith("出處 溫州日報") and d.reason == "dateline" for d in document.dropped)
    for body in ("来源 不明的包裹已交由警方处理。", "来源 不明包裹引发居民恐慌警方介入调查"):
        assert body in _kept_and_reasons(f"永嘉縣警方抓獲逃犯\n吳某被警方押回福建。\n{body}\n", "zh")[0], body


def test_an_outlet_in_parentheses_before_the_lead_is_a_credit() -> None:
    """tests/data/pages/1089: `(TGN 땡큐굿뉴스) 둔산경찰서는 …`; a parenthesis that is not an outlet's
    name, or one that does not open a Korean sentence, stays."""
    document = segment_document("둔산경찰서 야간 합동순찰\n(TGN 땡큐굿뉴스) 둔산경찰서는 지난 5월 17일 야간 합동순찰을 실시했다고 18일 밝혔다.\n", "ko")
    assert document.sentences[1].text.startswith("둔산경찰서는")
    assert {d.reason for d in document.dropped if "TGN" in d.text} == {"prefix"}
    for line in ("(대전경찰청 통계) 둔산경찰서는 야간 합동순찰을 실시했다.", "(경찰 수사 결과) 둔산경찰서는 야간 합동순찰을 실시했다.", "(가짜뉴스) 둔산경찰서는 야간 합동순찰을 실시했다.", "(뉴스 보도 이후) 둔산경찰서는 야간 합동순찰을 실시했다.", "(TGN 땡큐굿뉴스) 2023 야간 합동순찰을 실시했다."):
        kept = _kept_and_reasons(f"둔산경찰서 야간 합동순찰\n{line}\n", "ko")[0]
        assert any(sentence.startswith("(") for sentence in kept), line


def test_a_police_report_line_is_the_articles_own_and_a_news_tip_line_is_promo() -> None:
    """tests/data/pages/1092: `歡迎熱心民眾踴躍撥打該隊檢舉專線06-5813019,共同打擊不法。` closes a police
    release and is body; an outlet's own tip line (报料热线, 新闻热线) is still promo."""
    appeal = "歡迎熱心民眾踴躍撥打該隊檢舉專線06-5813019,共同打擊不法。"
    kept = _kept_and_reasons(f"移民署查獲42名非法外來人口\n專勤隊於國道攔查一輛遊覽車。\n{appeal}\n", "zh")[0]
    assert appeal in kept
    # code review 34: an appeal that names the police or reporting keeps its line, however the line is named
    for other in ("如有知情者请及时向警方提供线索,联系电话0710-3456789。", "如遇诈骗可拨打反诈骗热线0571-96110110咨询。", "欢迎广大群众拨打举报投诉热线0571-12345678积极举报。"):
        assert other in _kept_and_reasons(f"移民署查獲42名非法外來人口\n專勤隊於國道攔查一輛遊覽車。\n{other}\n", "zh")[0], other
    korean = "경찰은 신고 핫라인 02-123-4567로 제보해 달라고 당부했다."
    assert korean in _kept_and_reasons(f"보이스피싱 조직원 검거\n경찰은 조직원 12명을 검거했다.\n{korean}\n", "ko")[0]
    # batch 490's developed 3523: the tip line for a crime (범죄, 犯罪) is the appeal's too, named by neither
    crime = "범죄사건에 대한 제보 전화는 808-955-8300번으로 하면 된다."
    assert crime in [s.text for s in segment_document((PAGES / "3523.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert "如有目击犯罪经过者,请拨打热线0571-85312345。" in _kept_and_reasons("移民署查獲42名非法外來人口\n專勤隊於國道攔查一輛遊覽車。\n如有目击犯罪经过者,请拨打热线0571-85312345。\n", "zh")[0]
    # batch 688's developed 4718: an overseas appeal names a police station (警署) and Crime Stoppers (灭罪热线)
    station = "如有相关线索,可联系Gordon警署或拨打灭罪热线:180 333 000。"
    assert station in _kept_and_reasons(f"悉尼蒙面窃贼入室盗窃\n警方正在调查此案。\n{station}\n", "zh")[0]
    for tip in ("读者可拨打本报热线0571-85312345", "欢迎提供线索,报料热线0571-85312345"):
        kept, reasons = _kept_and_reasons(f"移民署查獲42名非法外來人口\n專勤隊於國道攔查一輛遊覽車。\n{tip}\n", "zh", "0571")
        assert tip not in kept and reasons == {"promo"}, tip


def test_a_news_sites_name_with_the_reporter_credit_glued_before_the_lead_is_a_credit() -> None:
    """tests/data/pages/1096: `阿勒泰新闻网-阿勒泰地区融媒体中心(记者 古扎丽·阿布都热西提 通讯员 付浩东)近日,…`;
    a name in parentheses that is no reporter's (a 记者站, an organisation's short name) stays."""
    lead = "阿勒泰新闻网-阿勒泰地区融媒体中心(记者 古扎丽·阿布都热西提 通讯员 付浩东)近日,阿勒泰市公安局禁毒大队民警来到拉斯特乡某林地。"
    document = segment_document(f"防毒禁毒入人心 携手牢筑防护墙\n{lead}\n民警共铲除野生大麻2.7万余株。\n", "zh")
    assert document.sentences[1].text.startswith("近日,")
    assert {d.reason for d in document.dropped if "记者" in d.text} == {"prefix"}
    for line in ("市新闻中心(记者站)负责接待来访群众。", "县融媒体中心(简称融媒)与公安局联合开展宣传。", "市融媒体中心(记者站站长李明)表示,将加大宣传力度。", "据中央广播电视总台(记者 王五)报道,警方于昨日破获一起特大诈骗案。"):
        kept = _kept_and_reasons(f"防毒禁毒入人心 携手牢筑防护墙\n{line}\n民警共铲除野生大麻2.7万余株。\n", "zh")[0]
        assert line in kept, line


def test_a_dispatch_credit_in_brackets_inside_a_line_opens_the_article() -> None:
    """tests/data/pages/1099, a page on one line: `… 取締專案 【記者 詹士慶/屏東 東港報導】 東港分局,…`: the
    line is cut before the credit and the credit dropped; brackets that quote a report's title stay."""
    text = "歲末交通不打烊 東港警強化酒駕與闖紅燈取締專案 【記者 詹士慶/屏東 東港報導】 東港分局,適逢歲末年終,酒後駕車風險升高。警方加強取締。\n"
    document = segment_document(text, "zh")
    assert {d.reason for d in document.dropped if "詹士慶" in d.text} == {"prefix"}
    assert "東港分局,適逢歲末年終,酒後駕車風險升高。" in [s.text for s in document.sentences]
    quoted = "警方表示,民眾可參閱 【記者會說明/東港報導】 的內容。"
    assert quoted in _kept_and_reasons(f"歲末交通不打烊 東港警強化取締\n東港分局加強取締酒駕。{quoted}\n", "zh")[0]


def test_a_share_bar_under_a_headline_that_reads_as_two_sentences_ends_no_article() -> None:
    """tests/data/pages/1114: `警局发出重要通知!这两人惠灵顿华人必须要认识!` (a headline with a `!` inside),
    the author line, `分享到:`, then the article: the share bar was taken for the footer and the whole
    body went. Under a body paragraph, the share bar still ends the article."""
    header = "警局发出重要通知!这两人惠灵顿华人必须要认识!\n作者: 天维菌   日期:2019-02-08 09:02\n"
    body = "新年伊始,新西兰警察总部种族事务顾问官叶健强督察确认,惠灵顿警局第一位华人社区联络警察已经上岗。\n惠灵顿大区说中文的在职一线警察已经增加到7名。\n"
    document = segment_document(header + "分享到:\n" + body, "zh")
    assert [s.text for s in document.sentences][-2:] == body.split()
    ended = segment_document(header + body + "分享到:\n惠灵顿华人社团举办春节联欢\n奥克兰警方提醒注意防盗\n", "zh")
    assert "惠灵顿华人社团举办春节联欢" not in [s.text for s in ended.sentences]
    # developed 1972 at first contact: the same headline under the menus the rules drop, a meta row
    # with the view count (a footer's word) under it; the whole body went
    menus = "二维码\n扫一扫关注\n当前位置: 首页 » 头条 » 正文\n"
    meta = "又一起!多人滑野冰掉入河中 民警冰冷河水中救上5个人!\n放大字体  缩小字体 发布日期:2020-02-06 18:06:47    浏览次数:53\n"
    document = segment_document(menus + meta + body, "zh")
    assert [s.text for s in document.sentences] == [meta.split("\n")[0], *body.split()]  # the headline kept whole
    # an exclaiming headline over its date row keeps the clause lines under it (developed 719)
    clauses = "事发上海地铁早高峰!为何突然拉起围挡?\n时间:2024-12-18 作者:小编 点击数:658\n昨天(12月16日)早上\n有网友爆料称\n上海地铁11号线嘉定北站\n突发惊险一幕\n"
    document = segment_document(clauses + body, "zh")
    assert [s.text for s in document.sentences][:2] == ["事发上海地铁早高峰!为何突然拉起围挡?", "昨天(12月16日)早上"]


def test_a_news_sites_name_and_colon_before_the_lead_and_a_police_bodys_name_closing_its_release_are_credits() -> None:
    """tests/data/pages/1127: `山东法制传媒网:近日,…` and `…以防走失。(山东青岛市南公安分局)`; an attribution
    (`据人民网:`), a name that is no outlet's (`广大市民:`) and a parenthesis that names no police or
    judicial body stay."""
    text = "民警帮迷路老人回家\n山东法制传媒网:近日,市南公安民警接群众报警。民警将老人送回家中。(山东青岛市南公安分局)\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == ["民警帮迷路老人回家", "近日,市南公安民警接群众报警。", "民警将老人送回家中。"]
    assert {d.reason for d in document.dropped} == {"prefix", "byline"}
    for line in ("据人民网:警方已介入调查。", "广大市民:请注意防范诈骗。", "民警将老人送回家中。(图为老人的家人)"):
        kept = _kept_and_reasons(f"民警帮迷路老人回家\n{line}\n", "zh")[0]
        assert "".join(kept[1:]) == line, line


def test_a_source_credit_in_parentheses_after_the_last_sentence_is_cut_and_the_sentence_stays() -> None:
    """tests/data/pages/1133: `…请及时报警求助。 (来源:新闻晨报)` ended a page that lost its line breaks,
    and the line model took the whole piece, the sentence with it; a parenthesis that explains a
    source in a clause stays."""
    lead = "浦东警方夜巡抓获入室盗窃嫌疑人,康某因涉嫌入室盗窃已被依法刑事拘留。"
    document = segment_document(f"浦东警方夜巡抓获盗窃嫌疑人\n{lead} 警方提示:商铺应加强安全防范。如发现遭遇盗窃,请及时报警求助。 (来源:新闻晨报)\n", "zh")
    assert document.sentences[-1].text == "如发现遭遇盗窃,请及时报警求助。"
    assert {d.reason for d in document.dropped if "新闻晨报" in d.text} == {"byline"}
    clause = "警方表示,这批货物(来源:境外,经多次转手)已全部查扣。"
    assert clause in _kept_and_reasons(f"浦东警方夜巡抓获盗窃嫌疑人\n{lead}\n{clause}\n", "zh")[0]
    # tests/data/pages/1254: a post's tags glued after the last sentence; a sentence naming its tags stays
    document = segment_document(f"浦东警方夜巡抓获盗窃嫌疑人\n{lead} 民警受到群众的高度赞扬。 Tags:民警 结冰 |\n", "zh")
    assert document.sentences[-1].text == "民警受到群众的高度赞扬。"
    assert {d.reason for d in document.dropped if "Tags" in d.text} == {"tags"}
    told = "民警受到群众的高度赞扬。 关键词:安全出行。"
    assert "关键词:安全出行。" in _kept_and_reasons(f"浦东警方夜巡抓获盗窃嫌疑人\n{lead} {told}\n", "zh")[0]
    # tests/data/pages/1241: the same credit without brackets; a sentence naming a source goes on
    document = segment_document(f"浦东警方夜巡抓获盗窃嫌疑人\n{lead} 如发现遭遇盗窃,请及时报警求助。 来源:尤溪警察蜀黍\n", "zh")
    assert document.sentences[-1].text == "如发现遭遇盗窃,请及时报警求助。"
    assert {d.reason for d in document.dropped if "蜀黍" in d.text} == {"byline"}
    for told in ("这批货物来源:境外,经多次转手。", "民警查明了资金来源:均为诈骗所得。", "民警正在追查这笔资金的来源:境外账户"):
        assert told in _kept_and_reasons(f"浦东警方夜巡抓获盗窃嫌疑人\n{lead} {told}\n", "zh")[0], told


def test_a_caption_ending_in_a_slash_photo_credit_and_a_bracketed_credit_with_a_two_word_desk() -> None:
    """tests/data/pages/1149: `제주경찰불법체류 외국인현장급습. 사진 / 제주지방경찰청` is a caption, and
    `[제주 취재본부 / 문미선 기자]` before the lead a credit; a sentence that speaks of photos and videos
    (`사진/영상 촬영`) stays, and so does a bracket that names no reporter."""
    text = "불법체류자 집단숙소 급습 30명 검거\n제주경찰불법체류 외국인현장급습. 사진 / 제주지방경찰청\n[제주 취재본부 / 문미선 기자] 경찰의 특별치안활동이 성과를 내고 있다.\n"
    document = segment_document(text, "ko")
    assert [s.text for s in document.sentences] == ["불법체류자 집단숙소 급습 30명 검거", "경찰의 특별치안활동이 성과를 내고 있다."]
    assert {d.reason for d in document.dropped if "사진" in d.text} == {"caption"}
    for line in ("현장에서는 사진/영상 촬영을 금지했다.", "[제주 취재본부 / 특별치안활동] 경찰의 특별치안활동이 성과를 내고 있다."):
        assert any(line in sentence or sentence in line for sentence in _kept_and_reasons(f"불법체류자 집단숙소 급습 30명 검거\n{line}\n", "ko")[0][1:]), line


def test_photo_captions_between_the_headline_and_the_opening_credit_are_dropped() -> None:
    # page 1342 (湄洲日报 e-paper): headline, deck, paper and date, two photo captions, the credit, the lead
    page = (PAGES / "1342.txt").read_text(encoding="utf-8")
    cleaned = clean(page, "zh")
    captions = ["女子巡逻队在文甲码头贴心服务游客。", "湄洲岛烟火夜色中的“警”色。"]
    assert [d.text for d in cleaned.dropped if d.reason == "caption"] == captions
    kept = [page[p.start : p.end] for p in cleaned.paragraphs]
    assert kept[:2] == ["守护一方好“枫”景", "——湄洲派出所优化警务新机制赋能文旅融合发展"]  # the deck ends no sentence: no caption


_CAPTIONED = "\n".join([
    "守护一方好“枫”景",
    "湄洲日报 2025年08月15日",
    "女子巡逻队在文甲码头贴心服务游客。",
    "□全媒体记者 蔡玲 实习生 许永欣 通讯员 林琳 文/图",
    "湄洲派出所始终牢记重要嘱托,融入发展大局,持续创新服务群众新模式、优化旅游警务新机制,为打造两岸同胞心灵契合的幸福家园构筑起安全屏障。",
    "在水之湄,在海之洲,千年妈祖文化从这里启航,吸引全球3亿多妈祖敬仰者虔诚的目光。",
])


@pytest.mark.parametrize(
    "text, line",
    [
        # a first line alone over the credit is the headline itself (page 671)
        ("\n".join(["暴力袭警 妨害公务 判刑!", " / 大连新闻传媒集团记者石朕 /", *_CAPTIONED.splitlines()[4:]]), "暴力袭警 妨害公务 判刑!"),
        # a line above the credit too long for a caption is the lead
        (_CAPTIONED.replace("女子巡逻队在文甲码头贴心服务游客。", "女子巡逻队在文甲码头贴心服务游客,为来自海峡两岸的游客提供咨询、引导和寻人寻物等服务。"), "女子巡逻队在文甲码头贴心服务游客,为来自海峡两岸的游客提供咨询、引导和寻人寻物等服务。"),
        # no prose after the credit: a photo story's short sentences are its text
        ("\n".join(_CAPTIONED.splitlines()[:4] + ["岛上游客纷纷点赞。", "民警提醒注意安全。"]), "女子巡逻队在文甲码头贴心服务游客。"),
        # a line above the credit that ends no sentence (a kicker, a deck): not a row of captions
        ("\n".join(_CAPTIONED.splitlines()[:3] + ["海岛平安守护者"] + _CAPTIONED.splitlines()[3:]), "女子巡逻队在文甲码头贴心服务游客。"),
        ("\n".join(_CAPTIONED.splitlines()[:3] + ["为游客点赞“湄洲警察”"] + _CAPTIONED.splitlines()[3:]), "女子巡逻队在文甲码头贴心服务游客。"),  # a closing quote ends no sentence
        # a line a rule took between them (a source line) is no caption row
        ("\n".join(_CAPTIONED.splitlines()[:3] + ["来源:湄洲日报。"] + _CAPTIONED.splitlines()[3:]), "女子巡逻队在文甲码头贴心服务游客。"),
        # no headline above: the short sentence over the credit is the page's first line, its headline or lead
        ("\n".join(["民警走进社区宣传反诈。"] + _CAPTIONED.splitlines()[3:]), "民警走进社区宣传反诈。"),
        # a sentence over 30 letters is the lead, though short enough for a headline
        (_CAPTIONED.replace("女子巡逻队在文甲码头贴心服务游客。", "女子巡逻队每天在文甲码头为来自海峡两岸和世界各地的众多游客贴心服务。"), "女子巡逻队每天在文甲码头为来自海峡两岸和世界各地的众多游客贴心服务。"),  # 33
        # a closing credit on a line of its own opens nothing: the short lead above it stays
        ("反诈宣传进社区\n2025年03月05日 来源:某某日报\n3月4日,我市开展反诈宣传进社区活动。\n（记者 张三 通讯员 李四）\n" + "\n".join(_CAPTIONED.splitlines()[4:]), "3月4日,我市开展反诈宣传进社区活动。"),
        ("제주경찰, 불법체류자 무더기 검거\n입력 2025.03.05 10:00\n제주경찰이 불법체류자 147명을 붙잡았다.\n박초원 기자\n"
         "제주경찰청은 지난 한 달 동안 도내 농장과 공사 현장을 돌며 불법체류 외국인을 단속해 모두 147명을 붙잡았다고 5일 밝혔다.\n"
         "경찰은 이들을 출입국 당국에 넘기고 고용주에 대해서도 조사를 벌이고 있다고 설명했다.",
         "제주경찰이 불법체류자 147명을 붙잡았다."),
    ],
)
def test_no_captions_without_a_headline_above_short_sentences_and_prose_below_the_credit(text: str, line: str) -> None:
    cleaned = clean(text, "ko" if "기자" in text else "zh")
    assert line not in [d.text for d in cleaned.dropped if d.reason == "caption"]
    assert line in [text[p.start : p.end] for p in cleaned.paragraphs]


def test_a_caption_above_a_cut_off_opening_credit_is_dropped() -> None:
    assert [d.text for d in clean(_CAPTIONED, "zh").dropped if d.reason == "caption"] == ["女子巡逻队在文甲码头贴心服务游客。"]


def test_two_short_sentences_over_the_opening_credit_of_a_page_without_a_headline_are_captions() -> None:
    """A page that opens at its photos' captions, no headline above them (a stored public page
    outside the gold set): two short sentences over the line that opens with the site's dispatch
    credit are captions (one alone would be the headline or the lead)."""
    lead = "湛江新闻网讯: 10月10日下午5时许,正值学校放学交通高峰时段,雷州市雷城突降暴雨,接送学生的小汽车增多,道路通行压力增大。"
    rest = "交警雷州大队立即启动交通紧急预案,大队领导立即指示雷城、机动中队投入所有警力,全力疏导交通,确保了车辆的有序通行。"
    captions = ["交警冒雨在车流中疏导交通保畅通。", "在雨中、在夜幕中坚守岗位。"]
    document = segment_document("\n".join([*captions, lead, rest]) + "\n", "zh")
    assert [d.text for d in document.dropped if d.reason == "caption"] == captions
    assert document.sentences[0].text.startswith("10月10日下午5时许")


def test_an_e_papers_issue_navigation_goes_and_a_sentence_about_the_last_issue_stays() -> None:
    """Developed page 1402 (an e-paper's `… 星期一 出版 上一期  下一期` line, which was taken for its
    headline); near misses: a body clause that compares with the previous issue (上一期), a sentence
    that names both issues."""
    page = segment_file(PAGES / "1402.txt")
    assert page.metadata.title is not None and "上一期" not in page.metadata.title and "出版" not in page.metadata.title
    body = ["徐汇警方破获两起盗窃案", "近日，徐汇公安分局破获两起盗窃案，抓获犯罪嫌疑人2名。", "民警提醒市民外出时锁好门窗。"]
    paged = segment_document("\n".join([body[0], "2023年02月20日 星期一 出版 上一期  下一期", *body[1:]]), "zh")
    assert [s.text for s in paged.sentences] == body
    assert [d.reason for d in paged.dropped if "上一期" in d.text] == ["navigation"]
    for sentence in ("本期共收到群众来信20件，比上一期多5件。", "详见上一期/下一期专栏。"):
        assert sentence in [s.text for s in segment_document("\n".join([*body, sentence]), "zh").sentences]


def test_who_provided_the_material_after_the_last_sentence_is_a_byline() -> None:
    """Developed pages 1426 (`…되었다.<자료제공,생활안전과 경감 신동용>`) and 942; near miss: 자료제공 inside a
    sentence's own brackets is the sentence's."""
    lines = ["파출소 직원 선행 화제", "두 직원은 할머니를 집까지 모셔다 드렸다.", "이를 본 직원들이 칭찬하자 선행사례가 알려지게 되었다."]
    credited = segment_document("\n".join([*lines[:2], lines[2] + "<자료제공,생활안전과 경감 신동용>"]), "ko")
    assert [s.text for s in credited.sentences] == lines
    assert [d.reason for d in credited.dropped] == ["byline"]
    inside = "경찰은 시민들이 제공한 자료(자료제공 동의서 포함)를 검토했다."
    assert [s.text for s in segment_document("\n".join([*lines[:2], inside]), "ko").sentences][-1] == inside


@pytest.mark.parametrize("furniture", ["……………………….", "-" * 40, "*이곳에 광고주를 모십니다.", "广告位招租"])
def test_a_drawn_rule_and_an_empty_ad_slot_are_furniture(furniture: str) -> None:
    """Developed page 1430 (a dotted rule, `이곳에 광고주를 모십니다`: advertisers wanted here), beside a
    dashed rule and an ad slot for rent that other rows already took; near misses: a sentence that
    trails off in dots, a sentence about advertisers."""
    body = ["필지역 경찰, 차량 강도 일당 검거", "필지역 경찰은 차량 강도 일당 18명을 체포했다고 밝혔다.", "경찰은 추가 공범을 쫓고 있다."]
    document = segment_document("\n".join([*body[:2], furniture, body[2]]), "ko")
    assert [s.text for s in document.sentences] == body
    for line in ("그날 밤 경찰은 다시 돌아왔다……………", "광고주를 모시기 위한 설명회가 열렸다."):
        assert line in [s.text for s in segment_document("\n".join([*body[:2], line, body[2]]), "ko").sentences]


def test_a_korean_lead_wrapped_onto_lines_ending_in_particles_is_body_not_header() -> None:
    """Developed page 1472: a police release's first sentence broken after `…는`, `…과` and `…검거하여`
    under the headline: the lines that run on into the first finished line are the lead. Near misses: a
    headline ending on a noun stays the headline; a line set off by a blank line does not run on."""
    headline = "화순경찰, 빈집털이 전문절도단 4명 일망타진"
    lead = ["□ 화순경찰서(총경 정경채)는", "지난 17일 주택가 빈집에 침입하여 골동품(은제불상 4점 등)과", "현금 등 400만원상당을 턴 전모씨(52) 등 일당 4명을 전원 검거하여", "특수절도 혐의로 구속했다."]
    rest = "경찰은 동일수법의 여죄가 더 있을 것으로 보고 수사를 확대하고 있다."
    text = "\n".join([headline, "2015년 03월 18일(수) 22:21", *lead, rest]) + "\n"
    cleaned = clean(text, "ko")
    body = "\n".join(text[p.start : p.end] for p in cleaned.paragraphs if not p.heading)
    assert body.startswith(lead[0]) and all(line in body for line in lead)  # the four lines are body (some joined: one sentence)
    assert [text[p.start : p.end] for p in cleaned.paragraphs if p.heading] == [headline]
    assert not [d for d in cleaned.dropped if d.reason == "header"]
    # the page's first line of words is its headline, though its last noun ends on such a syllable
    first = "경찰, 카드뉴스 제작 홍보 나서\n영동경찰서가 카드뉴스를 제작했다.\n" + rest + "\n"
    assert [first[p.start : p.end] for p in clean(first, "ko").paragraphs if p.heading] == ["경찰, 카드뉴스 제작 홍보 나서"]
    # a bullet opens a paragraph: a line above it does not run on into it
    bulleted = text.replace("□ 화순경찰서", "경찰청 보도자료는\n□ 화순경찰서")
    assert "경찰청 보도자료는" not in [bulleted[p.start : p.end] for p in clean(bulleted, "ko").paragraphs if not p.heading]
    apart = "\n".join([headline, "2015년 03월 18일(수) 22:21", "경찰청 보도자료는", "", "특수절도 혐의로 구속했다.", rest]) + "\n"
    assert "경찰청 보도자료는" not in [apart[p.start : p.end] for p in clean(apart, "ko").paragraphs if not p.heading]


_FUGITIVES = ["近日，两名在逃人员在邻省一处村庄被民警抓获，案件正在进一步侦办中。", "目前，公安机关正在进一步工作中，详情将另行通报。"]


def test_a_chinese_line_that_lost_its_breaks_is_cut_where_words_are_spaced_apart() -> None:
    """Held-out class (text that lost its line breaks): a short Chinese page on one line carries its
    widgets and related headlines after the body, parted by spaces alone (`… 编辑丨… 您可能喜欢 赞赏`);
    cut there, each is judged as a line. Near misses: a headline that parts its clauses with a space
    (no sentence end), a text spaced out character by character, a credit's spaces inside brackets,
    names listed in a sentence, slogans' spaces inside quotation marks."""
    furniture = "某市公安局 在逃人员王某被抓获 在逃人员张某被抓获 编辑丨李明 审核丨赵刚 您可能喜欢 赞赏"
    document = segment_document("在逃人员落网\n" + "".join(_FUGITIVES) + " " + furniture + "\n", "zh")
    assert [s.text for s in document.sentences] == ["在逃人员落网", *_FUGITIVES]
    unbroken = segment_document("在逃人员落网\n" + "".join(_FUGITIVES) + " " + furniture + "\n", "zh", cleaning=replace(CleaningSettings(), lost_breaks=1000))
    assert "您可能喜欢" in " ".join(s.text for s in unbroken.sentences)  # what the rule changes
    headline = "男子打砸车辆 警方:其未持有爆炸物 系醉酒滋事 已被刑拘"
    assert segment_document(headline + "\n" + "\n".join(_FUGITIVES) + "\n", "zh").sentences[0].text == headline
    spaced = " ".join("警方昨日在西贡检获一批怀疑毒品。两名男子被捕，案件仍在调查。")
    assert [s.text for s in segment_document(spaced + "\n", "zh").sentences] == [spaced[: spaced.index("。") + 1], spaced[spaced.index("。") + 2 :]]
    names = "近日，市公安局破获一起电信诈骗案，民警 张三 李四 王五 赶到现场后，迅速控制局面并将三名犯罪嫌疑人当场抓获，缴获作案工具一批。"  # names listed in a sentence (code review 47)
    assert names in [s.text for s in segment_document("警方破获诈骗案\n" + names + "\n此案正在进一步调查中。\n", "zh").sentences]
    credit = "(记者 王明 通讯员 李华 张强 刘洋)"
    credited = segment_document("在逃人员落网\n" + credit + _FUGITIVES[0] + _FUGITIVES[1] + "\n", "zh")
    assert [s.text for s in credited.sentences] == ["在逃人员落网", *_FUGITIVES] and credited.metadata.source == credit
    # batch 206's developed 3480: a sentence quoting three slogans that each part their halves with a space
    # (`“警醒之旅 青春不陷诈”…`) lost no break inside the quotation marks (a piece of it was dropped)
    slogans = "本次活动共分为“警醒之旅 青春不陷诈”“守护之盾 行动不畏诈”“警学之翼 未来不容诈”三个篇章,穿插师生访谈、作品颁奖、文艺演出等环节。"
    assert slogans in [s.text for s in segment_document("反诈宣传活动进校园 师生共筑防线\n" + slogans + "\n" + _FUGITIVES[0] + "\n", "zh").sentences]


def test_the_line_model_judges_the_lines_taken_for_the_headline_too() -> None:
    """Developed pages (028, 598, 1461): where no line shares words with the lead, the line nearest the
    body is taken for the headline, and it may be a widget (`手机WAP版`); in a headline block of several
    lines, a kicker the model finds furniture goes and the headline stays. Near misses: a headline in other
    words than its lead (`春华秋实结硕果`) that the model does not find furniture stays the headline, and so
    does a headline in the lead's words that it does."""
    body = "\n".join(_FUGITIVES) + "\n"
    widget = segment_document("手机WAP版\n" + body, "zh")
    assert [s.text for s in widget.sentences] == _FUGITIVES and ("line-model", "手机WAP版") in [(d.reason, d.text) for d in widget.dropped]
    assert segment_document("春华秋实结硕果\n" + body, "zh").sentences[0].text == "春华秋实结硕果"
    kicker = segment_document("在逃人员 - 手机WAP版\n两名在逃人员在邻省被抓获\n" + body, "zh")
    assert [s.text for s in kicker.sentences] == ["两名在逃人员在邻省被抓获", *_FUGITIVES]
    assert segment_document("在逃人员 - 手机WAP版\n两名在逃人员在邻省被抓获\n" + body, "zh", cleaning=replace(CleaningSettings(), line_model_headline_threshold=1.0)).sentences[0].text == "在逃人员 - 手机WAP版"
    # code review 47: the headline stays though the model finds it likelier furniture (0.96) than the
    # sub-headline under it, the line of the block most in the lead's words being the headline's
    held = segment_document("市公安局召开新闻发布会\n——通报今年以来全市打击电信网络诈骗工作情况\n市公安局今天召开新闻发布会，通报今年以来全市打击电信网络诈骗犯罪工作情况。\n今年以来，全市共破获电信网络诈骗案件1200余起。\n", "zh")
    assert [s.text for s in held.sentences][:2] == ["市公安局召开新闻发布会", "——通报今年以来全市打击电信网络诈骗工作情况"]


def test_a_headline_printed_twice_on_one_line_is_kept_once() -> None:
    """Developed page 114, a page that lost its line breaks: the headline twice, then a timestamp, a
    credit and the lead. The first copy is the headline, the second a duplicate. Near misses: a line
    that is nothing but texts printed twice (images' titles and captions), a line that opens with a short
    phrase twice (`警方提醒 警方提醒…`), and a lead that repeats its opening words later on."""
    headline = "경찰, 보이스피싱 막은 은행원에 감사장"
    body = ["경찰은 보이스피싱 피해를 막은 은행원에게 감사장을 줬다고 밝혔다.", "은행원은 고액 인출을 요구한 고객을 수상히 여겨 신고했다."]
    document = segment_document(headline + headline + body[0] + "\n" + body[1] + "\n", "ko")
    assert [s.text for s in document.sentences] == [headline, *body]
    assert ("duplicate-title", headline) in [(d.reason, d.text) for d in document.dropped]
    captions = "救援人员将第一名被困者送上岸救援人员将第一名被困者送上岸救援人员将第二名被困者送上岸救援人员将第二名被困者送上岸"
    assert "救援人员将第一名被困者送上岸" not in [s.text for s in segment_document("\n".join([captions, *_FUGITIVES]) + "\n", "zh").sentences]  # captions, each twice, and no prose
    caption = "老人送锦旗表示感谢老人送锦旗表示感谢"
    assert ("caption", caption) in [(d.reason, d.text) for d in segment_document("\n".join([_FUGITIVES[0], caption, _FUGITIVES[1]]) + "\n", "zh").dropped]
    twice = "警拘一男子涉發表煽動文字 案件由警方國安處跟進"
    lead = "警方拘捕一男子,涉嫌發表煽動文字。"
    glued = segment_document(f"{twice} {twice} 2021年6月23日 23:09 【Now新聞台】{lead}\n警方指周一接獲報案。\n", "zh")
    assert lead in [s.text for s in glued.sentences] and glued.metadata.date == "2021年6月23日 23:09"
    short = "警方提醒 警方提醒市民注意防范电信诈骗,切勿轻信陌生来电。"
    assert short in [s.text for s in segment_document("警方提醒市民防范诈骗\n" + short + "\n", "zh").sentences]
    longer = "서울경찰청 마약수사대 서울경찰청 마약수사대장은 이날 기자회견을 열고 수사 결과를 발표했다."  # a word that goes on (code review 47)
    assert longer in [s.text for s in segment_document("마약 조직 검거\n" + longer + "\n", "ko").sentences]
    repeated = "民警巡逻时发现一名老人迷路,民警巡逻时随即将其送回家中。"
    assert repeated in [s.text for s in segment_document("民警送迷路老人回家\n" + repeated + "\n", "zh").sentences]


def test_a_date_with_a_clock_time_opening_a_line_is_a_timestamp_and_a_leads_own_date_is_not() -> None:
    """Developed page 114: `2021年6月23日 23:09` before a credit and the lead is the page's timestamp
    (metadata); a lead that opens with its date and a comma (`2021年6月23日,警方…`) keeps it."""
    timestamped = segment_document("警方拘捕一男子\n2021年6月23日 23:09 警方拘捕一男子,涉嫌發表煽動文字。\n", "zh")
    assert [s.text for s in timestamped.sentences][1] == "警方拘捕一男子,涉嫌發表煽動文字。" and timestamped.metadata.date == "2021年6月23日 23:09"
    dated = "2021年6月23日,警方拘捕一男子,涉嫌發表煽動文字。"
    assert [s.text for s in segment_document("警方拘捕一男子\n" + dated + "\n", "zh").sentences][1] == dated
    about = "2023年5月1日 14:30 左右，民警接到报警后赶到现场。"  # the event's own time, about (code review 47)
    assert [s.text for s in segment_document("民警接警赶到现场\n" + about + "\n", "zh").sentences][1] == about


def test_a_mirrors_stamp_after_every_paragraph_is_cut_off() -> None:
    """A fresh mirror page: the same stamp glued after the last sentence of its paragraphs
    (`…壮烈牺牲。uNh鄂东网|www.…cn`), and once on a line of its own. Near misses: the same text after
    only two paragraphs, and different texts after three (a paragraph's own words)."""
    stamp = "xQz平安网|www.pingan-mirror.cn"
    lines = [f"{sentence}{stamp}" for sentence in (*_FUGITIVES, "警方提醒市民注意防范电信诈骗。")]
    document = segment_document("在逃人员落网\n" + "\n".join([*lines, stamp]) + "\n", "zh")
    assert [s.text for s in document.sentences] == ["在逃人员落网", *_FUGITIVES, "警方提醒市民注意防范电信诈骗。"]
    assert [d.text for d in document.dropped if d.reason == "page-furniture"] == [stamp] * 4
    twice = segment_document("在逃人员落网\n" + "\n".join(lines[:2]) + "\n", "zh", cleaning=replace(CleaningSettings(), line_model_threshold=1.0))
    assert stamp in " ".join(s.text for s in twice.sentences)
    own = [f"{_FUGITIVES[0]}民警随后将其带回派出所", f"{_FUGITIVES[1]}案件仍在进一步侦办之中", f"{_FUGITIVES[0]}警方呼吁知情群众提供线索"]
    assert not [d for d in segment_document("在逃人员落网\n" + "\n".join(own) + "\n", "zh").dropped if d.reason == "page-furniture"]


def test_a_sites_reprint_ban_on_its_own_material_is_a_copyright_notice_even_as_a_sentence() -> None:
    """A fresh Taiwan page: `本網站之文字、圖片及影音,非經授權,不得轉載…。` after the article; a sentence on what
    the site's reporters were not allowed to do is news."""
    notice = "本網站之文字、圖片及影音,非經授權,不得轉載、公開播送或公開傳輸及利用。"
    assert [d.reason for d in segment_document("\n".join(["在逃人员落网", *_FUGITIVES, notice]) + "\n", "zh").dropped] == ["copyright"]
    for told in ("本站记者未经许可不得进入现场。", "本网记者从市公安局获悉，依据新规，任何单位和个人未经许可不得使用无人机。"):
        assert told in [s.text for s in segment_document("\n".join(["在逃人员落网", _FUGITIVES[0], told, _FUGITIVES[1]]) + "\n", "zh").sentences], told


def test_a_labelled_year_and_month_and_a_broadcasters_bracketed_credit_are_metadata() -> None:
    """A fresh Hong Kong page opens ` date 2023-09 一名…` (a labelled year and month, no day); developed
    page 1182 ` date 2019-04 【KTSF 黃恩光報導】` (then a broadcaster's call letters and its reporter in
    brackets, a space between). Near misses: a lead's own year and month stay; a bracketed label with
    a space that credits no reporter stays."""
    lead = "一名韓國女直播主遊港期間,於深夜時分在中環遭男子搭訕。"
    stamped = segment_document(f"韓國女直播主遭騷擾\n date 2023-09 {lead}\n港鐵已就事件通知警方。\n", "zh")
    assert [s.text for s in stamped.sentences][1] == lead and stamped.metadata.date == "date 2023-09"
    own = "2023年9月,一名韓國女直播主在中環遭男子搭訕。"
    assert own in [s.text for s in segment_document(f"韓國女直播主遭騷擾\n{own}\n港鐵已就事件通知警方。\n", "zh").sentences]
    body = ["去年年底,舊金山發生一連串祈福黨騙案,幾名年長受害人損失合共接近20萬元。", "舊金山警方最近在南加州拘捕多一名涉案華裔疑犯。"]
    credited = segment_document("date 2019-04 【KTSF 黃恩光報導】\n\n" + "\n".join(body) + "\n", "zh")
    assert [s.text for s in credited.sentences] == body and ("byline", "【KTSF 黃恩光報導】") in [(d.reason, d.text) for d in credited.dropped]
    glued = segment_document("舊金山祈福黨騙案\n【KTSF 黃恩光報導】" + body[0] + "\n" + body[1] + "\n", "zh")
    assert [s.text for s in glued.sentences] == ["舊金山祈福黨騙案", *body] and glued.metadata.source == "【KTSF 黃恩光報導】"
    label = "【APP 使用指南】"
    assert [s.text for s in segment_document("舊金山祈福黨騙案\n" + label + body[0] + "\n" + body[1] + "\n", "zh").sentences][1].startswith(label)


def test_a_mirror_page_of_a_real_report_loses_its_stamp_everywhere() -> None:
    """鄂东网's copy of a 法制网 report (tests/data/trials, this session's new-user trial) glues
    `uNh鄂东网|www.xianzhaiwang.cn` after its paragraphs: no kept sentence carries it, and every copy
    is a dropped span of its own."""
    path = DATA / "trials" / "antu-flood-police-2017.zh.txt"
    document = segment_file(path, "zh")
    assert not [s.text for s in document.sentences if "xianzhaiwang" in s.text]
    stamps = [d for d in document.dropped if d.reason == "page-furniture" and d.text == "uNh鄂东网|www.xianzhaiwang.cn"]
    assert len(stamps) == path.read_text(encoding="utf-8").count("uNh鄂东网|www.xianzhaiwang.cn") >= 3


def test_the_headline_cut_short_below_the_body_is_a_copy_and_a_lead_in_its_words_is_not() -> None:
    """Developed page 325: `男子打砸车辆 警方:其未持有爆炸物` under the article, the headline
    `男子打砸车辆 警方:其未持有爆炸物 现场已被控制` cut short (a related box's copy). Near misses: a lead
    that opens with the headline's words and goes on, and a sentence that is its first clause."""
    headline = "男子打砸车辆 警方:其未持有爆炸物 现场已被控制"
    body = ["东莞市公安局中堂分局于7月25日发布警情通报。", "当天16时左右,警方接到群众报警,称一名男子在路边打砸车辆。"]
    document = segment_document("\n".join([headline, *body, "男子打砸车辆 警方:其未持有爆炸物"]) + "\n", "zh")
    assert [s.text for s in document.sentences] == [headline, *body]
    assert ("duplicate-title", "男子打砸车辆 警方:其未持有爆炸物") in [(d.reason, d.text) for d in document.dropped]
    for kept in ("男子打砸车辆 警方:其未持有爆炸物,现场群众已被疏散", "男子打砸车辆 警方:其未持有爆炸物。"):
        assert kept in [s.text for s in segment_document("\n".join([headline, body[0], kept, body[1]]) + "\n", "zh").sentences], kept


GLUED_TITLE = "长沙一商场负3层起火 无人员伤亡 明火已被扑灭"
GLUED_BODY = [
    "长沙市消防救援支队指挥中心于11月2日14时14分接到报警,称岳麓区金星路步步高广场负3层发生火灾。",
    "指挥中心迅速调派7个消防救援站、18辆消防车和115名消防救援人员前往现场处置。",
]


def _glued(headline: str, first: str, lang: str = "zh", settings: CleaningSettings | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    """The sentences and dropped spans (reason, text) of a page: a headline, then `first` and the rest of the body."""
    text = "\n".join([headline, first, *GLUED_BODY[1:]]) + "\n"
    document = segment_document(text, lang, cleaning=settings or CleaningSettings())
    for sentence in document.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for span in document.dropped:
        assert text[span.start : span.end] == span.text
    return [s.text for s in document.sentences], [(d.reason, d.text) for d in document.dropped]


def test_a_headline_glued_before_the_lead_is_a_copy_cut_off_it() -> None:
    """Developed page 871 glues the headline's first two clauses before its lead, spaced as the
    headline spaces them (`长沙一商场负3层起火 无人员伤亡长沙市消防…`); page 955 brackets the whole
    headline before a byline, page 228 prints it before the posting's date. Each copy is a dropped
    `duplicate-title` span and the line's own text stays, its offsets exact."""
    sentences, dropped = _glued(GLUED_TITLE, "长沙一商场负3层起火 无人员伤亡" + GLUED_BODY[0])
    assert sentences == [GLUED_TITLE, *GLUED_BODY]
    assert ("duplicate-title", "长沙一商场负3层起火 无人员伤亡") in dropped
    sentences, dropped = _glued(GLUED_TITLE, f"【{GLUED_TITLE}】" + GLUED_BODY[0])
    assert sentences == [GLUED_TITLE, *GLUED_BODY]
    assert ("duplicate-title", f"【{GLUED_TITLE}】") in dropped
    sentences, dropped = _glued(f"【{GLUED_TITLE}】", f"【{GLUED_TITLE}】" + GLUED_BODY[0])  # page 683: a bracketed headline
    assert sentences == [f"【{GLUED_TITLE}】", *GLUED_BODY]
    sentences, dropped = _glued(GLUED_TITLE, f"{GLUED_TITLE}  2024.11.02 " + GLUED_BODY[0])
    assert ("duplicate-title", f"{GLUED_TITLE}  ") in dropped
    assert sentences[1].startswith("2024.11.02")
    assert _glued(GLUED_TITLE, "长沙一商场负3层起火 无人员伤亡" + GLUED_BODY[0], settings=replace(CleaningSettings(), glued_title_rest_letters=10**6))[0][1].startswith("长沙一商场")


def test_a_lead_that_opens_with_the_headlines_words_keeps_them() -> None:
    """Near misses of the glued headline: the headline's words then a mark (a lead's subject), the
    headline's words without its spaces, Korean going on glued (a particle), a headline that ends a
    sentence (the lead may be that sentence), a copy of fewer than half the headline's letters,
    an unclosed bracket, and a rest shorter than `glued_title_rest_letters`."""
    for first in (
        "长沙一商场负3层起火 无人员伤亡,明火已被扑灭。" + GLUED_BODY[0],
        "长沙一商场负3层起火无人员伤亡" + GLUED_BODY[0],
        f"【{GLUED_TITLE}" + GLUED_BODY[0],
    ):
        sentences, dropped = _glued(GLUED_TITLE, first)
        assert not [span for span in dropped if span[0] == "duplicate-title"], first
        assert sentences[1].startswith(first[:10]), first
    title = "경찰청 보이스피싱 예방 캠페인 전국 확대"
    sentences, dropped = _glued(title, "경찰청 보이스피싱 예방 캠페인 전국 확대를 위해 경찰청은 2일 전국 경찰서에 지침을 내렸다.", "ko")
    assert not [span for span in dropped if span[0] == "duplicate-title"]
    sentences, dropped = _glued("长沙一商场起火 无人员伤亡。", "长沙一商场起火 无人员伤亡。" + GLUED_BODY[0])
    assert not [span for span in dropped if span[0] == "duplicate-title"]
    long_title = "湖南长沙市岳麓区一商场 负3层起火 无人员伤亡 明火已被扑灭 现场秩序正常"
    sentences, dropped = _glued(long_title, "湖南长沙市岳麓区一商场 负3层起火" + GLUED_BODY[0])
    assert not [span for span in dropped if span[0] == "duplicate-title"]
    sentences, dropped = _glued(long_title, "湖南长沙市岳麓区一商场 负3层起火 无人员伤亡" + GLUED_BODY[0])
    assert ("duplicate-title", "湖南长沙市岳麓区一商场 负3层起火 无人员伤亡") in dropped
    sentences, dropped = _glued(GLUED_TITLE, "长沙一商场负3层起火 无人员伤亡长沙消防称。")
    assert not [span for span in dropped if span[0] == "duplicate-title"]
    for title, first in (
        ("长沙一商场负3层起火无人员伤亡", "长沙一商场负3层起火无人员伤亡事故原因正在调查中。"),  # no space of the headline's reproduced
        (GLUED_TITLE, f"{GLUED_TITLE} 长沙市消防救援支队称现场已清理完毕。"),  # a space, then words rather than a date
        ("商场起火 无人伤亡 明火已被扑灭", "商场起火 无人伤亡长沙市消防救援支队称现场已清理完毕。"),  # a copy shorter than title_copy_chars
        ("苹果发布 iPhone 16 新机 售价5999元起", "苹果发布 iPhone 16新机开售,售价5999元起。"),  # spaces around a Latin word (code review 49)
    ):
        sentences, dropped = _glued(title, first)
        assert not [span for span in dropped if span[0] == "duplicate-title"], first
        assert sentences[1] == first, first


def test_a_teaser_cut_off_mid_sentence_from_inside_a_paragraph_is_a_copy() -> None:
    """Staged page 4126's first line: a teaser over the article, cut off mid-sentence (no sentence
    end), copying the middle of a paragraph just below with its time of day left off, goes as
    `duplicate-teaser` and the paragraph stays whole. Near misses (code review 82d): the same line
    with a sentence end, below the article's first finished sentence (a crosshead, a list point or a
    quotation's opening that a later paragraph repeats), and over a lead whose paragraphs just below
    do not hold it."""
    paragraph = (
        "11月28日中午1时许,正在值班的鹿泉市公安局铜冶派出所副所长刘延东接到辖区羊角庄村一名村民的报警称:"
        "俺村张某家的一尊青铜佛像被三名青年男子偷走,我们追赶到南甘子村南时不知这三人的去向。"
    )
    teaser = paragraph[paragraph.index("正在") : paragraph.index(",我们")]
    lead = "11月28日,鹿泉市公安局铜冶派出所闻警出动,将一名在逃跑途中的盗窃村民家铜佛的嫌疑人抓获。"
    other = "民警随即对周边展开搜索,经过两天的仔细搜索,终于在南甘子村的一块麦田中找到了被盗佛像。"
    document = segment_document("\n\n".join([teaser, lead, paragraph, ""]), "zh")
    assert [d.text for d in document.dropped if d.reason == "duplicate-teaser"] == [teaser]
    assert [s.text for s in document.sentences][:1] == [lead] and "".join(s.text for s in document.sentences[1:3]) == paragraph
    for lines in (
        [teaser + "。", lead, paragraph],  # a sentence
        [lead, teaser, paragraph],  # below the first finished sentence: a crosshead or a quotation's opening
        ["近日,鹿泉市公安局发布防范盗窃提示。", teaser, paragraph],  # below a short finished sentence too (a list point under its notice)
        [teaser, lead, other, other.replace("民警", "辅警"), paragraph],  # the paragraph holding it too far below
    ):
        document = segment_document("\n\n".join(["铜冶派出所追回被盗青铜佛像", *lines, ""]), "zh")
        assert not [d for d in document.dropped if d.reason in ("duplicate-teaser", "duplicate-paragraph")], lines


def test_a_summary_or_caption_over_the_lead_but_for_a_few_words_is_a_duplicate() -> None:
    """A summary with its label (`小编:`, `【核心提示】`) or a caption the page prints again, set over the
    lead that repeats it but for a few words, goes as `duplicate-paragraph` and the lead stays:
    developed page 180 (its caption `문경경찰서가 …하고 있다.`, printed again lower, over the lead
    `문경경찰서는 …했다.`), and a summary leaving out a place name. Near misses (code review 82c): two
    alike opening paragraphs with no label and no second print (two reports, names or a negation
    apart), a summary whose day or count differs from the lead's (in digits or in Chinese numerals),
    a labelled summary lower in the article, a label that is no summary's (`甲村:`), and a summary
    sharing only the lead's opening."""
    raw = (PAGES / "180.txt").read_text(encoding="utf-8")
    page = segment_file(PAGES / "180.txt")
    caption = raw.splitlines()[2]
    copies = [d for d in page.dropped if d.reason == "duplicate-paragraph" and d.text == caption.strip()]
    assert raw.index(caption) in [d.start for d in copies]  # the first print, over the lead, not only the second
    assert any(s.text.startswith("문경경찰서는 20일") for s in page.sentences)
    lead = "15日一大早,雷州市唐家镇墨坑村村民吴爱武起床准备出门犁田,却发现牛栏里的老黄牛没了踪影。"
    more = "村民反映,收过夏粮近段陆续下雨,大家开始翻田晒地,许多人事发前晚还将耕牛喂得饱饱的。"
    title = "5耕牛遇盗 众村民痛骂"
    for label in ("小编:", "【核心提示】", "摘要："):
        document = segment_document("\n".join([title, label + lead.replace("雷州市", ""), lead, more, ""]), "zh")
        assert [s.text for s in document.sentences] == [title, lead, more], label
    numeral = lead.replace("15日", "二十五日")
    for body in (
        [lead.replace("吴爱武", "张某"), lead.replace("吴爱武", "李某"), more],  # two reports, a name apart
        ["警方已抓获涉嫌盗窃耕牛的两名犯罪嫌疑人,案件正在进一步审理之中。", "警方尚未抓获涉嫌盗窃耕牛的两名犯罪嫌疑人,案件正在进一步审理之中。", more],
        ["小编:" + lead.replace("15日", "16日"), lead, more],  # another day
        ["小编:" + numeral.replace("二十五日", "二十六日"), numeral, more],  # in Chinese numerals
        ["小编:" + lead.replace("老黄牛", "两头老黄牛"), lead, more],  # a count the lead does not give
        [lead, more.replace("村民反映", "村民们说"), "小编:" + more.replace("陆续", ""), more],  # lower in the article
        ["甲村:" + lead.replace("雷州市", ""), lead, more],  # a place before a colon
        ["小编:" + lead, lead[:32] + "村民随即拨打电话向派出所报了案。", more],  # only the opening shared
    ):
        document = segment_document("\n".join([title, *body, ""]), "zh")
        assert not [d for d in document.dropped if d.reason == "duplicate-paragraph"], body
    korean = "문경경찰서는 20일 오미자 축제장에서 시민을 불안하게 하는 사기범죄를 근절하기 위한 홍보활동을 실시했다."
    document = segment_document("\n".join(["경찰, 축제장서 사기 예방 홍보", "기사 요약: " + korean.replace("오미자 ", ""), korean, ""]), "ko")
    assert [s.text for s in document.sentences] == ["경찰, 축제장서 사기 예방 홍보", korean]


def test_a_summary_or_a_cut_teaser_inside_a_paragraph_is_a_copy() -> None:
    """Developed pages 1079 and 806: a summary over the article that repeats the opening of its first
    paragraph; and a teaser cut short under the article (no ellipsis) that repeats one; both go as
    `duplicate-paragraph` and the paragraph stays whole. Near misses: the same words inside a line
    that is no prose (page 698: a photo's file name), a copy shorter than `duplicate_letters`, and a
    sentence that a later quote repeats inside its own words."""
    lead = "澳门司警透过侦破一宗赌场行使伪钞案,发现有赌客用假钞于赌枱兑换筹码,同日拘捕一名女换钱党。"
    rest = "司警于本周再拘捕两名内地男子,检获大批假钞。"
    more = "案件已移交检察院侦办,警方呼吁市民留意。"
    text = "\n".join([GLUED_TITLE, lead, lead + rest, more, lead[:24], ""])
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == [GLUED_TITLE, lead, rest, more]
    assert [d.text for d in document.dropped if d.reason == "duplicate-paragraph"] == [lead, lead[:24]]
    quoted = "가족이라도 돈을 보내기 전에 반드시 전화로 확인해야 한다."
    document = segment_document("\n".join(["경찰, 보이스피싱 예방 수칙 발표", quoted, f'경찰 관계자는 "{quoted[:-1]}"며 주의를 당부했다.', ""]), "ko")
    assert quoted in [s.text for s in document.sentences]  # a sentence a later quote repeats (code review 49)
    for lines, copy in (
        ([GLUED_TITLE, lead, more, lead[:-1] + "现场图片"], lead),  # a line with no sentence end opens with the words
        ([GLUED_TITLE, lead + rest, lead[:12], more], lead[:12]),
    ):
        document = segment_document("\n".join([*lines, ""]), "zh")
        assert not [d for d in document.dropped if d.reason == "duplicate-paragraph"], copy
        assert copy in [s.text for s in document.sentences]


def test_a_urls_query_parameters_are_no_html_entities() -> None:
    """Developed page 1581: a source line's URL (`…&srch_type=…&page=1`) kept its text, but every
    `&name` of its query was dropped as an HTML entity inside the kept sentence. An entity has its
    semicolon, or is one of the legacy names a browser reads without one, with no letter, digit or `=`
    after it."""
    document = segment_file(PAGES / "1581.txt")
    assert not [d for d in document.dropped if d.reason == "html-entity"]
    url = next(s for s in document.sentences if "&page=1" in s.text)
    assert "&srch" in url.clean and "&page=1" in url.clean
    text = "경찰은 오늘&nbsp;용의자를 검거했다고 밝혔다. 자세한 내용은 &lt;공지&gt; 참조 &copy 2024 AT&T &ampx\n"
    dropped = [d.text for d in segment_document(text, "ko").dropped if d.reason == "html-entity"]
    assert dropped == ["&nbsp;", "&lt;", "&gt;", "&copy"]


def test_a_footer_line_under_a_promo_sentence_ends_nothing_when_the_article_follows_it() -> None:
    """Developed page 1604: menus with one promo sentence among them (`…과정이 4월 10일(토)에
    개강합니다.`), the headline, then a date line with the outlet's e-mail address (an address row,
    which ends an article) above the article itself: one sentence kept above is no article for that
    line to end, and goes as the page's header. With two article sentences above it, the same line
    still ends the article."""
    text = (PAGES / "1604.txt").read_text(encoding="utf-8")
    kept = "\n".join(s.text for s in segment_document(text, "ko").sentences)
    gold = [line for line in (PAGES / "1604.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert all(line in kept for line in gold[2:-1])
    assert "최고경영자과정이 4월 10일(토)에 개강합니다" not in kept  # the promo sentence above is the page's header
    contact = next(line for line in text.splitlines() if "seoulmaeil@daum.net" in line)
    above = "경찰청은 사기 범죄 예방에 경찰 역량을 집중했다고 밝혔다. 경찰은 앞으로도 단속을 이어갈 계획이다.\n"
    ended = "\n".join(s.text for s in segment_document(text.replace(contact, above + contact), "ko").sentences)
    assert "경찰 역량을 집중했다고" in ended and "지명수배자 464건" not in ended


def test_a_share_line_under_a_portals_featured_topics_ends_nothing_when_the_article_follows_it() -> None:
    """Developed page 2341's first contact: a portal's box of featured topics, each a bullet and a
    summary of two full sentences, stood above the article; the share line under the article's
    headline (`分享到:`) was taken for the article's end, and the whole article went with it. Prose
    below with twice the letters of the summaries, under a headline, is the article, however long
    the summaries are; the summaries, sentences kept above the article's headline, are the page's
    and go as its header. With the prose below shorter than the summaries, the same line still ends
    the article."""
    text = (PAGES / "2341.txt").read_text(encoding="utf-8")
    document = segment_document(text, "zh")
    kept = "\n".join(s.text for s in document.sentences)
    gold = [line for line in (PAGES / "2341.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert all(line in kept for line in gold)
    assert "大选投票结束" not in kept and "预算案正式揭开面纱" not in kept
    assert {d.reason for d in document.dropped if "大选投票结束" in d.text or "预算案正式揭开面纱" in d.text} == {"header"}
    short = text[: text.index("被捉的候鸟")] + "被捉的候鸟\n"
    assert "大选投票结束" in "\n".join(s.text for s in segment_document(short, "zh").sentences)
    assert not any(line in "\n".join(s.text for s in segment_document(short, "zh").sentences) for line in gold[1:3])


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "서울경찰신문\n전체기사\n사회\n[포토] 서울경찰청, 설 연휴 특별방범 활동 돌입\n입력 2024.02.08 10:15\n"
            "서울경찰청 기동대원들이 8일 서울 중구 명동 일대에서 설 연휴 특별방범 순찰을 하고 있다.\n"
            "저작권자 © 서울경찰신문 무단전재 및 재배포 금지\n"
            "부산경찰청은 설 연휴 기간 교통사고 사망자가 지난해보다 30% 줄었다고 9일 밝혔다.\n"
            "인천경찰청은 지난달 보이스피싱 조직원 12명을 검거해 이 중 5명을 구속했다고 밝혔다.\n"
            "대구경찰청은 음주운전 특별단속에서 모두 87명을 적발했다고 8일 밝혔다.\n",
            "ko",
        ),
        (
            "快讯：广州警方破获一起特大电信诈骗案\n广州警方5日通报，破获一起特大电信网络诈骗案，抓获犯罪嫌疑人46名，涉案金额3千余万元。\n"
            "版权所有 © 广州警民网 未经许可不得转载\n深圳警方开展夏季治安打击整治行动，共抓获各类违法犯罪嫌疑人1200余名。\n"
            "东莞市公安局通报，一男子酒后驾车撞上护栏，已被依法处以行政拘留。\n佛山警方提醒市民，近期冒充客服退款诈骗高发，请勿轻信陌生来电。\n",
            "zh",
        ),
    ],
)
def test_a_footer_line_under_a_one_sentence_story_still_ends_it(text: str, lang: str) -> None:
    """Code review 51: a photo story's caption or a flash item's one sentence just above the copyright
    line is the article, and the other stories' leads below are not."""
    kept = [s.text for s in segment_document(text, lang).sentences]
    assert not any(s.startswith(("부산경찰청", "인천경찰청", "대구경찰청", "深圳警方", "东莞市", "佛山警方")) for s in kept)
    assert any(s.startswith(("서울경찰청 기동대원들이", "广州警方5日")) for s in kept)


@pytest.mark.parametrize("page, line", [("118", "外賣哥機車不見緊張萬分 警方協助找到謀生的愛車"), ("572", "예산군, 한국관광공사 '2월의 추천 가볼만한 곳' 선정")])
def test_a_short_unfinished_line_left_alone_below_the_article_is_furniture(page: str, line: str) -> None:
    """tests/data/pages/118 and 572: a related headline whose neighbours the rules took, left as the
    article's last line."""
    document = segment_document((PAGES / f"{page}.txt").read_text(encoding="utf-8"))
    assert not any(line in s.text for s in document.sentences)
    assert ("page-furniture", line) in {(d.reason, d.text) for d in document.dropped}


def test_an_unfinished_last_line_stays_when_it_ends_the_page_or_follows_the_article() -> None:
    body = "警方呼籲民眾提高警覺,遇到可疑來電應立即撥打165反詐騙專線查證。\n員警說明,詐騙集團近期常假冒檢警人員要求民眾交付現金與存摺。\n"
    stranded = body + "分享\n外賣哥機車不見緊張萬分 警方協助找到謀生的愛車\n回到頁首\n"
    assert [s.text for s in segment_document(stranded, "zh").sentences][-1].startswith("員警說明")
    # the page's own last line: an excerpt cut off in mid-sentence
    cut_off = body + "分享\n警方協助找到謀生的愛車後提醒\n"
    assert "警方協助找到謀生的愛車後提醒" in [s.text for s in segment_document(cut_off, "zh").sentences]
    # a line right below the article's last sentence, not left alone
    below = body + "警方提醒民眾注意安全 切勿輕信來電\n回到頁首\n"
    assert "警方提醒民眾注意安全 切勿輕信來電" in "".join(s.text for s in segment_document(below, "zh").sentences)


@pytest.mark.parametrize(
    "text, lang, caption",
    [
        (
            "交警一大队民警巡逻至闸河路时,一辆黑色小轿车一会左转一会右转,于是警车一路跟随。(警车行车记录仪画面)随后该车驶入非机动车道停下,民警立即上前查看。\n",
            "zh",
            "(警车行车记录仪画面)",
        ),
        ("員警隨即將嫌犯帶回派出所偵辦。全案依詐欺罪嫌移送地檢署偵辦。（圖／警方提供） 警方提醒民眾,切勿輕信陌生來電。\n", "zh", "（圖／警方提供）"),
        ("경찰은 지난 3일 A씨를 검거했다고 밝혔다. (사진=경남경찰청) 경찰은 A씨를 상대로 범행 동기를 조사하고 있다.\n", "ko", "(사진=경남경찰청)"),
    ],
)
def test_a_photo_caption_glued_between_two_sentences_is_dropped(text: str, lang: str, caption: str) -> None:
    """Pages 1622–1645's first contact: a caption or photo credit in brackets glued between two
    sentences of a paragraph; the sentences on either side stay whole, and the caption is in no
    metadata."""
    document = segment_document(text, lang)
    assert [d.reason for d in document.dropped if d.text.strip() == caption] == ["caption"]
    sentences = [s.text for s in document.sentences]
    assert sentences == [part.strip() for part in text.split(caption)[0].replace("。", "。\n").splitlines() if part.strip()] + [text.split(caption)[1].strip()]
    assert caption not in str(document.metadata)
    covered = sorted([(s.start, s.end) for s in document.sentences] + [(d.start, d.end) for d in document.dropped])
    assert "".join(text[a:b] for a, b in covered).replace(" ", "") + "\n" == text.replace(" ", "")


@pytest.mark.parametrize(
    "headline, control",
    [
        ("大廟景福宮11/12建醮遶境 桃警加派警力全程疏導", "[複製連結]"),
        ("大庙景福宫建醮绕境 桃警加派警力全程疏导", "[打印本页]"),
        ("보이스피싱 조직원 검거 경찰 공범 추적", "[링크 복사]"),
    ],
)
def test_a_control_glued_after_a_headline_is_cut_off_it(headline: str, control: str) -> None:
    """Pages 2263–2274's first contact: a page's control in brackets glued after the headline
    (`… [複製連結]`) stayed in it; and where a widget row knew the control (`[링크 복사]`), the whole
    headline went as a widget. The control is cut off as a widget and the headline stays."""
    zh = "\n\n警方24日通报,破获一起电信网络诈骗案,抓获犯罪嫌疑人12名。\n\n经查,该团伙自去年以来骗取30余名受害人钱财500余万元。\n"
    ko = "\n\n경찰은 지난 3일 보이스피싱 조직원 A씨를 검거했다고 밝혔다.\n\n경찰은 공범을 쫓고 있다.\n"
    document = segment_document(f"{headline} {control}" + (ko if "경찰" in headline else zh), "auto")
    assert document.sentences[0].text == headline
    assert [(d.reason, d.text.strip()) for d in document.dropped] == [("widget", control)]


@pytest.mark.parametrize(
    "lead, credit",
    [
        ("경남경찰청은 지난 16일 야간 음주운전 일제 단속을 벌여 38건을 적발했다고 17일 밝혔다.", "경남경찰청 제공"),
        ("해경은 어선 선장 A씨를 수산업법 위반 혐의로 조사하고 있다고 밝혔다.", "창원해양경찰서 제공"),
        ("경찰은 보이스피싱 조직원 3명을 구속했다고 5일 밝혔다.", "서울 종로경찰서 제공"),
    ],
)
def test_a_photo_credit_glued_to_the_lead_without_a_break_is_a_caption(lead: str, credit: str) -> None:
    """Pages 2299–2310's first contact: a photo's credit (`경남경찰청 제공`) the page glued to the
    lead, no bracket and no space after it, is dropped as a caption and the lead starts after it;
    a lead that opens with a clause of 제공 (`경찰이 제공한 …`, `자료 제공을 …`) stays whole."""
    document = segment_document(f"음주운전 38건 적발\n\n{credit}{lead}\n", "ko")
    assert [s.text for s in document.sentences] == ["음주운전 38건 적발", lead]
    assert [(d.reason, d.text.strip()) for d in document.dropped] == [("caption", credit)]
    for kept in ("경찰이 제공한 자료에 따르면 올해 적발 건수는 38건으로 지난해보다 늘었다.", "피해자 측 제공을 거부한 영상은 증거로 쓰이지 않았다고 경찰은 밝혔다.", "경찰 제공 자료에 따르면 적발 건수는 38건이다.", "시민 정보 제공해 준 덕분에 경찰은 용의자를 붙잡았다."):
        assert [s.text for s in segment_document(f"음주운전 38건 적발\n\n{kept}\n", "ko").sentences] == ["음주운전 38건 적발", kept]


def test_a_photo_caption_glued_after_a_paragraphs_last_sentence_is_cut_off_it() -> None:
    """Developed page 2413: `…当时有8名街坊被10多名军装警员围着。(区议员李家伟fb影片截图)`, a video's credit
    glued after the paragraph, stayed in its last sentence; it is cut off as a caption, as the inline
    rows cut one between two sentences, and the paragraph stays. A caption line with its credit (one
    short sentence, or the caption printed twice, each copy with its credit: developed 2249 and 505)
    still goes as a caption (505's two copies each with its credit: the line is cut after the first credit,
    as before a lead). (Korean is left as it was: its captions are long sentences ending
    in `[사진=…]`, which such a row would cut off a caption, the captions set's k013.)"""
    document = segment_file(PAGES / "2413.txt")
    assert "(区议员李家伟fb影片截图)" not in "".join(s.text for s in document.sentences)
    assert any(s.text.endswith("当时有8名街坊被10多名军装警员围着。") for s in document.sentences)
    assert [d.reason for d in document.dropped if d.text.strip() == "(区议员李家伟fb影片截图)"] == ["caption"]
    for page, caption in (("2249", "网上疯传拐带儿童消息,不少家长都感忧虑。(香港《星岛日报》网站 资料图片)"), ("505", "台南市大光國小走進實踐派出所,藉由認識派出所位置及警察職業,也讓學童對保護自身安全有更深一層的認知。(圖/第五分局提供)")):
        dropped = segment_file(PAGES / f"{page}.txt").dropped
        assert any(d.reason == "caption" and d.text.startswith(caption) for d in dropped), page


@pytest.mark.parametrize(
    "text, lang, link, sentences",
    [
        (
            "另一名歹徒刺傷林海波同志後逃跑。(新聞回顧:偶遇嫌犯 民警追兇被捅傷)昨日上午11時許,犯罪嫌疑人向派出所投案自首。\n",
            "zh",
            "(新聞回顧:偶遇嫌犯 民警追兇被捅傷)",
            ["另一名歹徒刺傷林海波同志後逃跑。", "昨日上午11時許,犯罪嫌疑人向派出所投案自首。"],
        ),
        ("【相关新闻：男子酒驾被查】民警提醒广大驾驶员切勿酒后驾车。\n", "zh", "【相关新闻：男子酒驾被查】", ["民警提醒广大驾驶员切勿酒后驾车。"]),
        ("경찰은 A씨를 구속했다. [관련기사: 음주운전 30대 검거] 경찰은 여죄를 캐고 있다.\n", "ko", "[관련기사: 음주운전 30대 검거]", ["경찰은 A씨를 구속했다.", "경찰은 여죄를 캐고 있다."]),
    ],
)
def test_a_link_to_another_article_glued_to_a_paragraph_is_dropped_as_related(text: str, lang: str, link: str, sentences: list[str]) -> None:
    """Pages 1682–1693's first contact: a bracketed label and the other article's title between two
    sentences or before the first; the sentences stay whole and nothing is lost."""
    document = segment_document(text, lang)
    assert [d.reason for d in document.dropped if d.text.strip() == link] == ["related"]
    assert [s.text for s in document.sentences] == sentences
    covered = sorted([(s.start, s.end) for s in document.sentences] + [(d.start, d.end) for d in document.dropped])
    assert "".join(text[a:b] for a, b in covered).replace(" ", "") + "\n" == text.replace(" ", "")


def test_a_pictures_source_label_and_markdown_left_between_sentences_are_cut_out() -> None:
    """Page 1187 (a forum repost that lost its breaks): `![]() 图源:CTV` between two sentences; the
    label and its one-word source are dropped as a caption, the image's markdown as debris, and the
    sentences on either side stay whole (a sentence that names a 图源 in passing stays)."""
    text = "据称嫌疑人试图拦下一辆出租车。 ![]() 图源:CTV 就在这时警方赶到现场,制服了嫌疑人。 ![]() 图源: CityNews 嫌疑人被送往医院。\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences] == ["据称嫌疑人试图拦下一辆出租车。", "就在这时警方赶到现场,制服了嫌疑人。", "嫌疑人被送往医院。"]
    assert sorted(d.text for d in document.dropped if d.reason == "caption") == ["图源: CityNews", "图源:CTV"]
    covered = sorted([(s.start, s.end) for s in document.sentences] + [(d.start, d.end) for d in document.dropped])
    assert "".join(text[a:b] for a, b in covered).replace(" ", "") + "\n" == text.replace(" ", "")
    aside = "记者核实了图源:该视频最早发布于微博,警方已介入调查。\n"
    assert [s.text for s in segment_document(aside, "zh").sentences] == [aside.strip()]


def test_an_outlets_bracketed_dispatch_credit_inside_a_line_opens_the_article() -> None:
    """Pages 1694–1699's first contact (a forum post on one line): the headline, a label and
    `【港都新聞訊】` before the lead; the credit goes to the metadata and the lead starts after it."""
    text = "逆向車衝撞機車肇逃 警循線查緝嫌犯 《動態圖組》 【港都新聞訊】忠孝派出所於今(17)日清晨7時30許接獲民眾報案,稱發生一起交通事故。目前警方已掌握嫌犯特徵。\n"
    document = segment_document(text, "zh")
    assert [(d.reason, d.text) for d in document.dropped if "訊" in d.text] == [("prefix", "【港都新聞訊】")]
    assert [s.text for s in document.sentences if not s.heading][0].startswith("忠孝派出所於今(17)日")
    # a bracketed word ending in 讯 inside a sentence, after no space, is the sentence's
    inside = "警方表示，【平安通讯】小程序已上线，市民可在线报警。\n"
    assert [s.text for s in segment_document(inside, "zh").sentences] == [inside.strip()]


def test_credit_rows_take_only_credits() -> None:
    """Code review 55b: a picture's source of two words is cut whole and only after a sentence; a
    bracketed word ending in 讯 that names no outlet is no dispatch credit; a sound bite in square
    brackets with its speaker and a colon is no label."""
    two_words = "据称嫌疑人试图拦下一辆出租车。 图源: CTV Images 就在这时警方赶到现场。\n"
    document = segment_document(two_words, "zh")
    assert [d.text for d in document.dropped if d.reason == "caption"] == ["图源: CTV Images"]
    assert [s.text for s in document.sentences] == ["据称嫌疑人试图拦下一辆出租车。", "就在这时警方赶到现场。"]
    news = "市民可关注 【平安资讯】 栏目，了解更多防骗知识。\n"
    assert [s.text for s in segment_document(news, "zh").sentences] == [news.strip()]
    bite = "경찰은 피해자들의 진술을 들었다.\n[피해자: 돈을 돌려받고 싶어요]\n경찰은 수사를 이어가고 있다.\n"
    assert "[피해자: 돈을 돌려받고 싶어요]" in [s.text for s in segment_document(bite, "ko").sentences]


def test_a_bracketed_aside_or_recap_with_a_colon_is_no_link() -> None:
    """Code review 55: a bracketed aside whose label is no link's, and a recap told in sentences
    under a link's label, stay in the text (their dates and sums are the article's)."""
    aside = "民警共查处酒驾3起。(记者注:该路段事故多发)当晚另有2人被查。\n"
    assert "(记者注:该路段事故多发)当晚另有2人被查。" in [s.text for s in segment_document(aside, "zh").sentences]
    recap = "警方随即展开侦查。（新闻回顾：1月12日，本报报道了80岁老人被骗20万元一事。）昨日，嫌疑人在外地落网。\n"
    document = segment_document(recap, "zh")
    assert "20万元" in "".join(s.text for s in document.sentences)
    assert [d for d in document.dropped if d.reason == "related"] == []


@pytest.mark.parametrize(
    "text, lang, link, last",
    [
        (
            "男子酒后驾车撞上护栏\n昨日凌晨，一辆轿车在解放路撞上护栏，驾驶员受轻伤。\n驾驶员已涉嫌醉驾。(相关新闻:男子酒驾被查)\n目前，该男子已被依法刑事拘留。\n",
            "zh",
            "(相关新闻:男子酒驾被查)",
            "目前，该男子已被依法刑事拘留。",
        ),
        ("경찰은 A씨를 구속했다. [관련기사: 음주운전 30대 검거]\n경찰은 여죄를 캐고 있다.\n", "ko", "[관련기사: 음주운전 30대 검거]", "경찰은 여죄를 캐고 있다."),
        ("그는 '구속했다.' [관련기사: 음주운전 30대 검거] 경찰은 여죄를 캐고 있다.\n", "ko", "[관련기사: 음주운전 30대 검거]", "경찰은 여죄를 캐고 있다."),
    ],
)
def test_a_link_after_a_paragraphs_last_sentence_is_cut_and_the_article_goes_on(text: str, lang: str, link: str, last: str) -> None:
    """Code review 55: a link at the end of a paragraph (or after a quoted sentence) is cut off as
    related; the paragraph and everything after it stay (a short line holding a link's label took the
    rest of the article)."""
    document = segment_document(text, lang)
    sentences = [s.text for s in document.sentences]
    assert [d.text.strip() for d in document.dropped if d.reason == "related"] == [link]
    assert all(link not in sentence for sentence in sentences)
    assert sentences[-1] == last
    covered = sorted([(s.start, s.end) for s in document.sentences] + [(d.start, d.end) for d in document.dropped])
    assert "".join(text[a:b] for a, b in covered).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def test_a_bracketed_aside_in_a_sentence_and_a_credited_caption_line_are_not_cut() -> None:
    # an aside that names a video inside a sentence is the sentence's (no sentence end before it)
    aside = "融媒体中心安排新媒体平台(抖音 快手 视频号)发布宣传视频,并推送至各村微信群。\n"
    assert [s.text for s in segment_document(aside, "zh").sentences] == [aside.strip()]
    # a line that is one caption sentence with its photo credit glued after it is not cut at the credit:
    # it stays whole for the rules and the line model (which drops it); the rules alone keep it whole
    caption = "台南市大光國小走進實踐派出所,讓學童對保護自身安全有更深一層的認知。(圖/第五分局提供) 台南市大光國小走進實踐派出所,藉由認識\n"
    article = "台南市第五分局實踐派出所日前邀請大光國小學童參訪,員警向學童介紹派出所的勤務與各項裝備。\n員警也趁機宣導交通安全與防範詐騙的觀念,提醒學童遇到陌生人搭訕要提高警覺。\n"
    text = article + caption + "活動中,員警也示範了防身技巧,學童們都聽得十分專心。\n"
    assert not any("大光國小走進" in s.text for s in segment_document(text, "zh").sentences)
    rules_only = segment_document(text, "zh", cleaning=replace(CleaningSettings(), line_model_threshold=1.0))
    assert not [d for d in rules_only.dropped if d.reason == "caption" and d.text.strip() == "(圖/第五分局提供)"]


@pytest.mark.parametrize("line", ["您当前的位置: 建德新闻网", "您現在的位置:  首頁", "你的位置:首页 警务新闻", "所屬分類(lèi): 論壇 西咸城事", "当前所在位置:首页 > 要闻"])
def test_breadcrumbs_and_section_labels_in_their_several_wordings_are_navigation(line: str) -> None:
    """Developed pages 1573 and 1614 (`您當(dāng)前的位置 : …`, `所屬分類(lèi): 論壇 …`): a breadcrumb
    is labelled with or without 您, 的 and 所在, a forum post's section with 所属分类."""
    text = f"{line}\n新罗交警: 为莘莘学子保驾护航\n2019高考大幕开启。为了保障考试期间交通顺畅,新罗大队民警为莘莘学子保驾护航。\n"
    document = segment_document(text, "zh")
    assert document.sentences[0].text == "新罗交警: 为莘莘学子保驾护航"
    assert "navigation" in {d.reason for d in document.dropped}
    # near misses: a place's position in a sentence, a headline naming a category
    for kept in ("事发位置:首都机场高速", "所属分类被调整后,民警重新登记了信息。"):
        assert kept in [s.text for s in segment_document(f"{kept}\n2019高考大幕开启。为了保障考试期间交通顺畅,新罗大队民警为莘莘学子保驾护航。\n", "zh").sentences]


@pytest.mark.parametrize("line", ["KNN 김성기입니다.", "YTN 홍길동입니다", "MBC뉴스 홍길동입니다.", "연합뉴스TV 홍길동 기자입니다.", "LA에서 SBS 이재린입니다", "워싱턴에서 KBS 홍길동 특파원입니다."])
def test_a_newscasts_sign_off_is_its_byline(line: str) -> None:
    """Developed page 536 (`… KNN김성기입니다`): a newscast's transcript ends with the station and the
    reporter's name; on a line of its own that is a byline, not a sentence."""
    lead = "부산 해운대경찰서는 지난 3일 새벽 바다에 빠진 여성을 구조한 김 경장에게 표창을 수여했다고 밝혔다."
    last = "경찰은 앞으로도 해상 안전 순찰을 강화할 계획이라고 말했다."
    document = segment_document(f"[앵커]\n{lead}\n{line}\n{last}\n", "ko")
    assert [s.text for s in document.sentences] == [lead, last]
    assert [d.reason for d in document.dropped if d.text == line] == ["byline"]
    for kept in ("저는 경찰관입니다.", "여기는 부산입니다.", "범인은 김씨입니다."):  # a sentence that ends so is no sign-off
        assert kept in [s.text for s in segment_document(f"{lead}\n{kept}\n{last}\n", "ko").sentences]


@pytest.mark.parametrize(
    "text, lang, gone",
    [
        ("? ? ? ?2024年5月15日是全國公安機關打擊和防范經濟犯罪宣傳日。\n? ? ? 此外,民輔警還走進周邊社區上門宣傳。\n", "zh", "?"),
        ("![]() 李金福趕緊喊來另兩名隊員幫忙。\n![]() | 民警隨後將老人送回家中。\n", "zh", "![]()"),
        ("司警日前收得珠海反詐中心通報,有兩名男青年墮入騙局。◇\n警方呼籲市民提高警覺。\n", "zh", "◇"),
        ("경찰은 지난 3일 A씨를 검거했다.\n---|---|---|\n◇\n경찰은 범행 동기를 조사하고 있다.\n", "ko", "|"),
    ],
)
def test_symbols_and_debris_around_sentences_are_dropped(text: str, lang: str, gone: str) -> None:
    """Developed pages 404, 1399 and 310: a lost indent's question marks spaced apart, an empty
    image's markdown before a line, an ornament after a paragraph's last sentence; a line of symbols
    alone goes whatever its length."""
    sentences = [s.text for s in segment_document(text, lang).sentences]
    assert len(sentences) == 2 and not any(gone in s or "◇" in s for s in sentences)


def test_a_question_mark_in_a_sentence_is_no_lost_indent() -> None:
    assert segment_document("你知道吗? 民警说这是骗局。\n", "zh").sentences[0].text.startswith("你知道吗?")
    assert segment_document("? 民警说这是骗局。\n", "zh").sentences[0].text.startswith("?")  # one mark is no indent


def test_an_outlets_public_service_reminder_ends_the_article() -> None:
    """Developed pages 946 and 1644: `★《壹電視》提醒您:` or `★ 三立新聞網提醒您:` under the article,
    then its slogans; the police's own reminder introduces the article's advice and stays (page 279)."""
    body = "警方查獲安非他命92公斤,市價上億元,將徐姓夫妻依毒品罪移送法辦。\n警方表示,將持續追查毒品來源,嚴厲打擊販毒集團。\n"
    for header in ("★《壹電視》提醒您:", "★ 三立新聞網提醒您:"):
        kept = [s.text for s in segment_document(f"{body}{header}\n莫逞一時樂,遺害百年身!\n珍惜生命,請拒絕毒品誘惑。\n", "zh").sentences]
        assert kept == [line for line in body.splitlines()]
    advice = "1、公检法机关不存在安全账户,更不会让公民提现转账。"
    kept = [s.text for s in segment_document(f"{body}另外,云南网警提醒您:\n{advice}\n", "zh").sentences]
    assert advice in kept


def test_a_reporters_name_after_a_dash_ends_a_headline_line_as_its_byline() -> None:
    """Developed page 1472: `… 일망타진 - 6개월간 … 전원 검거 - 김동국 기자 |` (headline, deck and byline
    on one line); a dash inside a sentence before a word that is no reporter stays."""
    headline = "화순경찰, 빈집털이 전문절도단 4명 일망타진 - 6개월간 끈질긴 잠복 및 추적수사 등으로 전원 검거"
    lead = "화순경찰서는 지난 6개월간 빈집을 털어온 전문절도단 4명을 모두 검거했다고 밝혔다."
    document = segment_document(f"{headline} - 김동국 기자 |\n{lead}\n", "ko")
    assert [s.text for s in document.sentences] == [headline, lead]
    assert [d.reason for d in document.dropped if "김동국" in d.text] == ["byline"]
    # a word that qualifies 기자 is no name: `- 현장 기자` is the headline's own
    assert segment_document(f"{headline} - 현장 기자\n{lead}\n", "ko").sentences[0].text == f"{headline} - 현장 기자"


def test_a_lead_in_written_a_clause_per_line_under_the_date_line_is_body() -> None:
    """Staged page 1649 (a city police site, first contact): a greeting before the site's welcome
    banner, then the headline, the date line, and seven clauses of a lead-in on lines of their own
    before the first sentence; the headline stays the headline and the clauses are body."""
    clauses = ["一场争分夺秒的拦截战", "一次警银默契的完美配合", "红彤彤的荣誉证书", "送到银行柜台时", "一场惊心动魄的", "55万元资金保卫战", "刚刚落幕"]
    headline = "安康公安送奖上门!警银联手拦截55万冒充“公检法”诈骗"
    lead = "8月25日,安康市公安局反诈中心联合安康邮政公司相关负责人专程赶赴五里邮储银行,将荣誉证书和表扬信郑重颁发给工作人员。"
    text = "\n\n".join(["您好!欢迎访问安康市公安局门户网站!", headline, "发布时间:2025年08月29日09时38分   来源:   作者:", *clauses, lead]) + "\n"
    document = segment_document(text, "zh")
    kept = [s.text for s in document.sentences]
    assert "".join(s.text for s in document.sentences if s.heading) == headline
    assert all(clause in kept for clause in clauses) and kept[-1] == lead
    assert not any("欢迎访问" in s for s in kept)
    # without the date line, seven short lines above the first sentence are still the header's
    # (twice `fragment_lines` of them are needed there)
    undated = "\n\n".join([headline, *clauses, lead]) + "\n"
    assert not any(s.text == clauses[0] and not s.heading for s in segment_document(undated, "zh").sentences)


@pytest.mark.parametrize(
    "text",
    [
        "民警调取了周边监控。（经查看监控，民警发现嫌疑人逃往城东方向）随后民警在城东将其抓获。\n",
        "警方在其住处查获大量赃物。（包括手机、照片、视频等）目前案件正在进一步侦办中。\n",
        "警方表示，嫌疑人已经认罪。（据警方提供的数据，今年已破获此类案件12起）目前案件正在审理中。\n",
    ],
)
def test_a_bracketed_clause_of_the_article_is_no_caption(text: str) -> None:
    """Code review 53: a bracket after a sentence that mentions 监控, 视频 or 提供 inside a clause is the
    article's aside, figures and all; a caption is a short label."""
    document = segment_document(text, "zh")
    assert not [d for d in document.dropped if d.reason == "caption"]
    assert "".join(s.text for s in document.sentences) == text.strip()


@pytest.mark.parametrize("credit", ["（记者 王五 摄影报道）", "（通讯员 李四 供图）"])
def test_a_reporters_credit_before_the_lead_is_a_source_not_a_caption(credit: str) -> None:
    lead = "3月5日，民警在辖区开展反诈宣传活动，向群众发放宣传资料。"
    document = segment_document(f"{credit}{lead}\n民警还向群众讲解了常见诈骗手法。\n", "zh")
    assert document.sentences[0].text == lead and document.metadata.source == credit


def test_the_rest_of_a_photo_credit_after_a_caption_is_no_byline() -> None:
    """Code review 53, developed pages 147 and 638: `…。(警方提供)中央社记者…传真 105年12月24日` is a
    caption line; the credit is not cut out of it, and the fax credit fills no byline."""
    for page in ("147", "638"):
        assert segment_document((PAGES / f"{page}.txt").read_text(encoding="utf-8")).metadata.byline is None


@pytest.mark.parametrize(
    "text, lang, last",
    [
        ("男子冒充客服诈骗 民警迅速将其抓获\n民警接到报警后迅速赶到现场,将嫌疑人控制。\n经审讯,嫌疑人对其违法事实供认不讳。\n（图片来源：警方）\n警方提醒广大市民遇到类似情况及时报警\n责任编辑：李四\n", "zh", "警方提醒广大市民遇到类似情况及时报警"),
        ("부산경찰청, 보이스피싱 수거책 검거\n경찰은 지난 3일 보이스피싱 수거책 A씨를 검거했다고 밝혔다.\n경찰은 A씨를 상대로 범행 경위를 조사하고 있다.\n(사진=부산경찰청)\n경찰은 여죄를 추궁하는 한편 윗선을 추적 중\n홍길동 기자 hong@news.com\n", "ko", "경찰은 여죄를 추궁하는 한편 윗선을 추적 중"),
    ],
)
def test_a_last_paragraph_under_the_articles_own_photo_stays(text: str, lang: str, last: str) -> None:
    """Code review 53: the stranded-tail rule spares a last paragraph under a caption, a credit or a date."""
    assert segment_document(text, lang).sentences[-1].text == last


@pytest.mark.parametrize("header", ["中国警察网提醒您：", "平安烟台提醒您：", "国家反诈平台提醒您：", "另外，人民公安报提醒您："])
def test_the_polices_own_outlets_reminder_introduces_the_articles_advice(header: str) -> None:
    body = "民警接到报警后迅速赶到现场,将嫌疑人控制。\n经审讯,嫌疑人对其违法事实供认不讳。\n"
    kept = [s.text for s in segment_document(f"{body}{header}\n1、公检法机关不存在安全账户。\n2、不要轻信陌生来电。\n", "zh").sentences]
    assert "2、不要轻信陌生来电。" in kept


def test_a_wrapped_body_line_that_starts_with_a_place_is_no_breadcrumb() -> None:
    text = "民警经过三天的摸排,终于锁定了嫌疑人\n的位置：城东某小区。民警随即赶往现场,将正在家中的嫌疑人王某抓获。\n"
    assert "城东某小区" in "".join(s.text for s in segment_document(text, "zh").sentences)
    # a breadcrumb's label with no `>` trail after it is navigation by its label alone
    article = "2019高考大幕开启。为了保障考试期间交通顺畅,新罗大队民警为莘莘学子保驾护航。"
    for label in ("您当前的位置: 建德新闻网", "您现在的位置：首页", "当前所在位置: 要闻"):
        document = segment_document(f"{label}\n新罗交警: 为莘莘学子保驾护航\n{article}\n", "zh")
        assert [d.reason for d in document.dropped if d.text == label] == ["navigation"]


@pytest.mark.parametrize("line", ["CCTV 영상입니다.", "SNS 사기입니다.", "가짜뉴스 때문입니다."])
def test_a_short_sentence_after_an_acronym_is_no_sign_off(line: str) -> None:
    lead = "부산 해운대경찰서는 지난 3일 새벽 바다에 빠진 여성을 구조한 김 경장에게 표창을 수여했다고 밝혔다."
    document = segment_document(f"[앵커]\n{lead}\n{line}\n경찰은 순찰을 강화할 계획이라고 말했다.\n", "ko")
    assert line in [s.text for s in document.sentences] and document.metadata.byline != line


@pytest.mark.parametrize("qualifier", ["동료 기자", "외신 기자"])
def test_a_word_that_qualifies_a_reporter_after_a_dash_stays(qualifier: str) -> None:
    headline = f"경찰관 폭행하고 달아난 30대 남성 사흘 만에 붙잡혀 신원 확인해 보니 - {qualifier}"
    lead = "경찰관을 폭행하고 달아난 30대 남성이 사흘 만에 붙잡혔다."
    assert segment_document(f"{headline}\n{lead}\n", "ko").sentences[0].text == headline


@pytest.mark.parametrize(
    "text, lang, first",
    [
        ("![](https://img.example.com/a.jpg) 李金福趕緊喊來另兩名隊員幫忙。\n", "zh", "李金福趕緊喊來另兩名隊員幫忙。"),
        ("![警方提供](a.jpg) | 경찰은 A씨를 검거했다고 밝혔다.\n", "ko", "경찰은 A씨를 검거했다고 밝혔다."),
        ("경찰은 지난 3일 A씨를 검거했다고 밝혔다. (경남경찰청 제공) 경찰은 범행 동기를 조사하고 있다.\n", "ko", "경찰은 지난 3일 A씨를 검거했다고 밝혔다."),
        ("경찰은 지난 3일 A씨를 검거했다고 밝혔다. [사진=경남경찰청] 경찰은 범행 동기를 조사하고 있다.\n", "ko", "경찰은 지난 3일 A씨를 검거했다고 밝혔다."),
    ],
)
def test_an_images_markdown_and_a_korean_photo_credit_in_other_brackets_are_cut(text: str, lang: str, first: str) -> None:
    sentences = [s.text for s in segment_document(text, lang).sentences]
    assert sentences[0] == first and not any("(" in s or "[" in s for s in sentences)


def test_a_news_apps_dispatch_and_an_accounts_name_are_no_article_text() -> None:
    """Staged pages 1661 and 1663 (first contact): `新甘肅客戶端消息,12月18日…` opens the lead with the
    app's credit, and `(hai_xiantao)官方微信。` is a promo's tail wrapped onto a line of its own."""
    lead = "12月18日23时59分,临夏州积石山发生6.2级地震,有人在网上散布不实信息。"
    document = segment_document(f"新甘肅客戶端消息,{lead}\n民警依法对两人作出行政拘留处罚。\n", "zh")
    assert document.sentences[0].text == lead and document.metadata.source == "新甘肅客戶端消息,"
    body = "民警接到报警后迅速赶到现场,将被困车辆拖出。\n经过半小时的努力,车辆恢复通行。\n"
    kept = [s.text for s in segment_document(f"{body}更多资讯,欢迎扫描下方二维码关注仙桃网、嗨仙桃\n(hai_xiantao)官方微信。\n", "zh").sentences]
    assert not any("官方微信" in s for s in kept)
    # near misses: a lead that cites an app's report, and a sentence about an account
    cited = "据新甘肃客户端消息,两人已被依法行政拘留。"
    assert segment_document(f"{cited}\n民警提醒广大网民不信谣不传谣。\n", "zh").sentences[0].text == cited
    account = "警方通过官方微信发布了通报。"
    assert account in [s.text for s in segment_document(f"{body}{account}\n", "zh").sentences]


def test_a_messenger_accounts_dispatch_before_the_lead_is_its_source() -> None:
    """Page 4909 (first contact): `中國(guó)禁毒微信公眾號(hào)消息,` opens the lead with the account's credit, a ruby
    mirror's pinyin inside; a clause that cites an account's report, or an account's message as the subject, stays."""
    text = (Path(__file__).parents[1] / "data" / "pages" / "4909.txt").read_text(encoding="utf-8")
    document = segment_document(text, "zh")
    assert document.sentences[0].text.startswith("2022年12月12日") and document.metadata.source is not None and "公眾號" in document.metadata.source
    lead = "2022年12月12日,中国警方配合老挝警方开展抓捕行动。"
    document = segment_document(f"中国禁毒微信公众号消息,{lead}\n民警依法对其采取刑事强制措施。\n", "zh")
    assert document.sentences[0].text == lead and document.metadata.source == "中国禁毒微信公众号消息,"
    for whole in ("据“雨湖公安”微信公众号消息,两人已被依法行政拘留。", "据金华市公安局微信公众号消息,两人已被依法行政拘留。", "该公众号消息称,两人已被依法行政拘留。"):
        document = segment_document(f"{whole}\n民警提醒广大网民不信谣不传谣。\n", "zh")
        assert document.sentences[0].text == whole and document.metadata.source is None


@pytest.mark.parametrize(
    "text",
    [
        "根据新华社客户端消息，两人已被依法行政拘留。\n",
        "另据新甘肃客户端消息，两人已被依法行政拘留。\n",
        "民警在其手机客户端消息记录中发现了转账截图。\n",
    ],
)
def test_a_clause_that_cites_an_apps_report_stays_whole(text: str) -> None:
    """Code review 53b: the news-app row takes an app's own dispatch at a lead's start only."""
    document = segment_document(text + "民警提醒广大网民不信谣不传谣。\n", "zh")
    assert document.sentences[0].text == text.strip() and document.metadata.source is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("经查，该数据显示今年已破获此类案件12起。（数据由市公安局提供）目前案件正在审理中。\n", "zh"),
        ("경찰은 당시 영상을 확보했다. (피해자 측이 경찰에 제공) 경찰은 A씨를 입건했다.\n", "ko"),
    ],
)
def test_an_aside_about_who_provided_something_is_no_caption(text: str, lang: str) -> None:
    """Code review 53b: `(数据由市公安局提供)` says who gave the figures; a photo's credit names no such thing."""
    assert "".join(s.text for s in segment_document(text, lang).sentences).replace(" ", "") == text.strip().replace(" ", "")


def test_a_photo_credit_before_a_last_sentence_without_its_mark_is_cut() -> None:
    """Code review 53b: the credit glued before a paragraph's last sentence is cut even when that
    sentence ends in a quotation (`다."`) or without a mark, not only before a finished one."""
    text = '경찰은 지난 3일 A씨를 검거했다. (사진=부산경찰청) 경찰 관계자는 "끝까지 추적하겠다."\n'
    sentences = [s.text for s in segment_document(text, "ko").sentences]
    assert sentences == ["경찰은 지난 3일 A씨를 검거했다.", '경찰 관계자는 "끝까지 추적하겠다."']


@pytest.mark.parametrize("name", ["남성현", "여성희"])
def test_a_reporter_whose_name_starts_like_a_qualifier_is_still_a_reporter(name: str) -> None:
    lead = "부산경찰청은 보이스피싱 수거책 A씨를 검거했다고 밝혔다."
    document = segment_document(f"{name} 기자 = {lead}\n경찰은 여죄를 조사하고 있다.\n", "ko")
    assert document.sentences[0].text == lead


@pytest.mark.parametrize("line, signed", [("생방송 진행중입니다.", False), ("연합뉴스 홍길동입니다.", True)])
def test_a_live_broadcast_notice_is_no_sign_off_and_yonhaps_is(line: str, signed: bool) -> None:
    lead = "부산 해운대경찰서는 지난 3일 새벽 바다에 빠진 여성을 구조한 김 경장에게 표창을 수여했다고 밝혔다."
    document = segment_document(f"[앵커]\n{lead}\n{line}\n경찰은 순찰을 강화할 계획이라고 말했다.\n", "ko")
    assert (line not in [s.text for s in document.sentences]) is signed


@pytest.mark.parametrize("caption", ["【图/警方提供】", "[视频截图]"])
def test_a_caption_in_square_or_heavy_brackets_between_sentences_is_cut(caption: str) -> None:
    """Code review 53b's leftover: a Chinese caption in 【】 or [] glued between two sentences; a
    bracketed label of the article's own (`【警方提示】`) stays."""
    text = f"民警调取了周边监控,锁定了嫌疑人的行踪。全案已移送检察机关审查起诉。{caption}警方提醒民众,切勿轻信陌生来电。\n"
    document = segment_document(text, "zh")
    assert [d.reason for d in document.dropped if d.text == caption] == ["caption"]
    assert document.sentences[-1].text == "警方提醒民众,切勿轻信陌生来电。"
    label = segment_document("民警调取了周边监控。【警方提示】请市民提高警惕。\n", "zh")
    assert label.sentences[-1].text == "【警方提示】请市民提高警惕。"


def test_a_view_counter_after_a_headline_on_its_line_is_cut_off_and_a_sentences_figure_is_not() -> None:
    """tests/data/pages/1711: a board prints the headline, the source, the view counter and the date
    on one line joined by dashes; the counter and the date go as view-stats, the headline stays (the
    outlet's name glued on by dashes goes too, as in
    `test_an_outlets_name_the_page_title_glued_to_the_headline_by_a_dash_goes`); a count that closes a
    line after a plain space is no tail of this row's."""
    body = "【本報訊】行政院海岸巡防署於北竿小坵外海一點二浬處查獲一艘大陸子母型漁船,涉嫌走私動物屠體豬肉。\n由於日前北竿漁民發生漁船舷外機失竊乙案,海巡署正清查其來源。\n"
    kept, reasons = _kept_and_reasons("海巡首次查獲大陸子母型漁船走私案--馬祖日報 --閱讀人次 : 2618 2006-09-19\n" + body, "zh", "2618")
    assert kept[0] == "海巡首次查獲大陸子母型漁船走私案" and reasons == {"view-stats"}
    kept, reasons = _kept_and_reasons("男子造謠警車撞人 影片瀏覽已破萬——點擊 12000\n" + body, "zh", "12000")
    assert kept[0] == "男子造謠警車撞人 影片瀏覽已破萬" and reasons == {"view-stats"}  # a double dash leaves no dash behind
    kept, reasons = _kept_and_reasons("男子造謠警車撞人 · 点击 1200\n" + body, "zh", "1200")  # a middle dot as the separator
    assert kept[0] == "男子造謠警車撞人" and reasons == {"view-stats"}
    sentence = "截至昨日,該影片的點擊 1200"  # no separator before the counter
    assert sentence in _kept_and_reasons(body + sentence + "\n" + body, "zh")[0]


def test_a_blog_platforms_view_and_comment_counters_glued_after_the_last_line_and_its_skip_anchors_go() -> None:
    """tests/data/pages/1753 (a charity's site on a site builder): `top of page` and `bottom of page`
    are skip anchors, and the views and comments counted after the last line with no space before
    them (`…查詢10 次查看0 則留言`) are cut off it; one count in a sentence is no such pair."""
    page = segment_file(PAGES / "1753.txt")
    assert page.sentences[-1].text.endswith("致電📞警方防騙易熱線18222查詢")
    assert {d.reason for d in page.dropped if "次查看" in d.text or "of page" in d.text} == {"view-stats", "navigation"}
    sentence = "該影片已有10 次查看,0 則留言表示支持。"
    assert sentence in _kept_and_reasons("民警提醒市民注意防骗。\n" + sentence + "\n", "zh")[0]


def test_a_bare_further_reading_header_ends_the_article_and_one_with_a_title_after_it_goes_alone() -> None:
    """A page outside the gold set: `延伸閱讀:` with its list below ends the article (no view counter's
    `閱讀:` label); `延伸閱讀:` with a title on its line is that one link, and the article goes on."""
    body = ["蘇州警方表示,想通過微博開展一下宣傳。演唱會人數眾多,如果真有逃犯混入肯定會有安全隱患。", "想不到警方都已經大方預告將會加強取締,還是有通緝犯不惜冒著被抓的風險前往演唱會。"]
    items = ["口天使遭逮!挑戰百人斬爆紅 21歲辣模竟是通緝犯", "出獄之日即出道之時?史上最美通緝犯照瘋傳 網驚:我國中班花"]
    kept, reasons = _kept_and_reasons("\n".join(["神級歌手連3天開演唱會 22位通緝犯栽了", *body, "延伸閱讀:", *items]) + "\n", "zh", "延伸", "通緝犯照")
    assert kept[-1] == "想不到警方都已經大方預告將會加強取締,還是有通緝犯不惜冒著被抓的風險前往演唱會。" and reasons == {"related"}
    kept, reasons = _kept_and_reasons("\n".join(["神級歌手連3天開演唱會 22位通緝犯栽了", body[0], "延伸閱讀:" + items[1], body[1]]) + "\n", "zh", "延伸")
    assert kept[-1] == body[1] and reasons == {"related"}
    for label in ("更多报道：", "更多新闻:", "더 많은 뉴스:"):  # a bare "more news" label mid-page still goes
        kept, reasons = _kept_and_reasons("\n".join(["神級歌手連3天開演唱會 22位通緝犯栽了", body[0], label, body[1]]) + "\n", "zh", label[:2])
        assert label not in kept and reasons == {"related"}, label


@pytest.mark.parametrize(
    "lang, line",
    [("ko", "민경 공조 구조... 해경, 갯바위 고립 낚시객 3명 구조"), ("zh", "民警赶到现场时... 嫌疑人已经逃离,警方正在全力追查。")],
)
def test_an_ellipsis_and_one_space_in_a_headline_or_sentence_is_no_list_items_gap(lang: str, line: str) -> None:
    first, second = _LEFTOVER_BODY[lang]
    assert line in _kept_and_reasons(f"{line}\n{first}\n{second}\n", lang)[0]


@pytest.mark.parametrize("label", ["Read Previous", "READ NEXT", "Previous Post", "上一篇", "다음 글"])
def test_a_previous_or_next_label_alone_on_its_line_ends_the_article_with_the_title_below(label: str) -> None:
    """A blog theme prints `Read Previous` on a line and the previous post's title on the next (a page
    outside the gold set): the label opens the footer, as `上一篇:` with the title on its line does."""
    body = "경찰은 현장에서 흉기를 든 남성을 검거했다고 밝혔다.\n경찰은 정확한 사건 경위를 조사하고 있다.\n"
    kept, reasons = _kept_and_reasons(f"흉기 난동 남성 현장 검거\n{body}{label}\n이란 대통령 “트럼프 후보 시절 이란의 암살 음모는 사실무근”\n", "ko", label[:2], "이란")
    assert kept[-1] == "경찰은 정확한 사건 경위를 조사하고 있다." and reasons == {"navigation"}


@pytest.mark.parametrize(
    "line, lang",
    [
        ("- 이전글베트남 호치민에서 중국이 운영한 취업 사기에 연루된 한국인 3명이 구출 25.08.27", "ko"),
        ("다음글 미성년자를 이용하여 불법 도박 사이트 홍보 총판 2025-08-24", "ko"),
        ("下一篇反诈宣传进校园 民警为师生上安全课 2024-05-12", "zh"),
    ],
)
def test_a_previous_or_next_label_run_into_a_title_and_its_date_ends_the_article(line: str, lang: str) -> None:
    """A board's default skin prints `이전글` glued to the previous post's title, its date last (a page
    outside the gold set): the link opens the footer, as `이전글:` does; a body line that opens with
    `다음` and ends in a date stays."""
    body = _LEFTOVER_BODY[lang]
    kept, reasons = _kept_and_reasons(f"{body[0]}\n{body[1]}\n{line}\n댓글목록\n", lang, line[-8:])
    assert kept[-1] == body[1] and line not in kept and "navigation" in reasons
    sentence = "다음 달부터 경찰은 음주운전 단속을 강화한다고 밝혔다 2024.05.12"
    assert sentence in _kept_and_reasons(f"{body[0]}\n{sentence}\n{body[1]}\n", "ko")[0]


def test_a_line_wrapped_under_a_dropped_bulleted_item_goes_with_it() -> None:
    """tests/data/pages/1719: a police board's rules, each a bulleted item whose second line is
    indented to the item's text (a hanging indent); the items go and so do their second lines. A
    line indented deeper than the item's text is no part of it and stays."""
    rules = (
        "  • 경찰관의 민원 해결 수범 및 친절 미담사례, 그리고 경찰관 상호 간에 칭찬할 사항을 게재하는 공간입니다.\n"
        "    따뜻하고 명랑한 분위기 조성을 위해 많이 이용하시기 바라며, 주제와 맞지 않는 글은 예고 없이 삭제됩니다.\n"
        "  • 게시하신 칭찬글은 내부 자료로 소중히 활용하겠습니다.\n"
    )
    letter = "저는 서울에서 팔순이 넘으신 시어머님을 모시고 가족여행을 왔던 며느리입니다.\n사북파출소 경찰관님들께 정말 감사드립니다.\n"
    document = segment_document("칭찬합시다\n\n" + rules + "\n제목 사북파출소 경찰관님들 정말 감사합니다\n" + letter, "ko")
    kept = [s.clean for s in document.sentences]
    assert not any("삭제됩니다" in sentence for sentence in kept)
    assert {d.reason for d in document.dropped if "삭제됩니다" in d.text} == {d.reason for d in document.dropped if "게재하는 공간" in d.text}
    assert kept[-2:] == ["저는 서울에서 팔순이 넘으신 시어머님을 모시고 가족여행을 왔던 며느리입니다.", "사북파출소 경찰관님들께 정말 감사드립니다."]
    indented = rules.replace("    따뜻하고", "      따뜻하고")  # deeper than the item's text: not its hanging indent
    assert any("삭제됩니다" in s.clean for s in segment_document("칭찬합시다\n\n" + indented + "\n" + letter, "ko").sentences)
    # every wrapped line of an item goes (code review 56b)
    longer = rules.replace("삭제됩니다.\n", "삭제됩니다.\n    이용에 참고하여 주시기 바랍니다.\n")
    assert not any("참고하여" in s.clean for s in segment_document("칭찬합시다\n\n" + longer + "\n" + letter, "ko").sentences)
    # a lone item over paragraphs indented as wide as its text is no list, nor is a line whose start a credit's cut moved
    lead = "昨日下午，一名男子在江边散步时不慎落水，民警赶到后将其救起，男子已无大碍。"
    for page in (f"民警救起落水男子\n· 相关新闻：男子落水获救\n　　{lead}\n　　民警提醒市民注意安全。\n", f"民警救起落水男子\n  • 相关新闻：男子落水获救\n本报讯 {lead}\n"):
        assert lead in [s.clean for s in segment_document(page, "zh").sentences], page


def test_a_column_label_in_brackets_glued_to_a_chinese_headline_is_cut_off() -> None:
    """tests/data/pages/539 and 1462: a column's name in brackets before the headline on its line
    (`【阳光下的守护】`, `【暖心警事】`) is the page's navigation, not the headline's first words; a
    label glued to a body line, or after the headline, stays where it is."""
    body = "8月20日晚,珠晖公安分局特巡警大队高铁快警平台接到紧急求助。\n平台民辅警快速赶到现场,与铁路工作人员一同展开救援。\n"
    for label, headline in (("【阳光下的守护】", "“青春联盟”点燃校园安全新引擎"), ("【暖心警事】", "衡阳高铁站上演“生死时速”救援")):
        kept, reasons = _kept_and_reasons(f"当前位置:\n\n{label}{headline}\n\n{body}", "zh", label)
        assert kept[0] == headline and reasons, label
    glued = "【警方通报】8月20日晚,珠晖公安分局特巡警大队高铁快警平台接到紧急求助。"  # a body line: the label stays
    assert glued in _kept_and_reasons(f"民警救助老人\n{glued}\n{body}", "zh")[0]
    ending = "衡阳高铁站上演“生死时速”救援【以案说法】"  # a label after the headline is no column's name before it
    assert _kept_and_reasons(f"当前位置:\n\n{ending}\n\n{body}", "zh")[0][0] == ending


def test_sentences_like_site_notices_and_sponsor_credits_are_kept() -> None:
    """Code review 56: the disclaimer and sponsor rows take a site's own notice, not a lead on a
    rights holder's report, a station's advice, a headline on a fake manager or a clause naming who
    ran an event."""
    body = "民警随后将相关人员带回派出所调查。\n"
    for line in (
        "本网记者3月5日从市公安局获悉，该局破获一起侵犯著作权案，经权利人报案，民警立案侦查。",
        "本站民警提醒：旅客请保管好随身物品，如有遗失本站不承担任何责任。",
        "此次活动由市公安局主办",
        "该案由皇姑分局刑侦大队承办",
    ):
        assert line in _kept_and_reasons(f"民警破获一起案件\n{line}\n{body}", "zh")[0], line
    assert _kept_and_reasons(f"男子冒充银行主管\n{body}", "zh")[0][0] == "男子冒充银行主管"


@pytest.mark.parametrize(
    "name, kept_furniture, lost_body",
    [
        # captions still kept: sentence captions over a lead (z008, z010, z011), a gallery's short lines
        # over or between paragraphs (z017, z028), a photo story (z019), card-news alt text (k011);
        # round 2: short captions each over the paragraph it illustrates (z103, z113, z122; z121's `上城警方缴获的电动车`
        # goes since a photo of what was seized is a caption row's), sentence
        # captions (z106, z112, k109's ▲ sentence, k112's quoting the lead), a caption ending in a quoted
        # name in a gallery (z116), a slash credit (k119), an agency name after a caption's full stop (k121: only the credit goes),
        # a caption in a clause-per-line page whose three lines next to captions, lost before, are kept since its
        # opening date clause is body (z118, `keep_dated_clauses`);
        # body lost: a digest's ▶ item headlines (k016), a deck under a headline with no body (k017), a
        # headline with trailing spaces over a caption (k112), a clause-per-line page's lines next to
        # captions (z110)
        (
            "captions",
            {"k011": 1, "k119": 1, "k121": 1, "k311": 1, "z008": 1, "z010": 1, "z011": 1, "z017": 1, "z019": 5, "z028": 2, "z103": 5, "z106": 2, "z112": 1, "z113": 1, "z116": 1, "z118": 1, "z122": 4, "z302": 7, "z307": 9, "z311": 5, "z314": 1, "z322": 1, "z324": 2},
            {"k016": 2, "k017": 1, "z110": 2},
        ),
        # list lines still kept: an aggregator's headline-and-teaser items (rk004), a trending post title
        # (rk007), a numbered list of titles (rz014); body
        # lost: a cut-off lead-in over the list (rz010)
        ("related", {"rk004": 2, "rk007": 1, "rz014": 3, "rz109": 5, "rz112": 2, "rz115": 3, "rz119": 2, "rz122": 2}, {"rz010": 1}),
    ],
)
def test_the_developed_labelled_lines_of_pages_from_unseen_sites_stay_as_measured(name: str, kept_furniture: dict[str, int], lost_body: dict[str, int]) -> None:
    """tests/data/<name>, `dev` split: the furniture lines cleaning still keeps and the body lines it
    loses, page by page (the held-out split is measured by scripts/bench_clean.py, not asserted)."""
    from align.text.evaluate import FURNITURE, labelled_lines_kept, read_labelled_lines

    folder = PAGES.parent / name
    developed = [row for row in read_labelled_lines(folder / f"{name}.tsv") if row.split == "dev"]
    kept = labelled_lines_kept(folder, developed)
    assert (Counter(row.id for row in developed if row.kind in FURNITURE and kept[row]), Counter(row.id for row in developed if row.kind not in FURNITURE and not kept[row])) == (
        Counter(kept_furniture),
        Counter(lost_body),
    )


def test_the_credits_glued_to_the_leads_of_pages_from_unseen_sites_are_cut() -> None:
    """tests/data/leads: of its developed pages from sites outside the gold set (147 of 160), every
    credit glued before the first sentence is cut off, no lead is cut into, and one lead is lost:
    k060's, whose line holds nothing but the credit and a section label. (The held-out pages are
    reported by scripts/bench_clean.py, not tuned on here.)"""
    from align.text.evaluate import leads_cut

    scored = [lead for lead in leads_cut(PAGES.parent / "leads") if lead.row.split == "dev"]
    missed = [lead.row.id for lead in scored if lead.row.prefix and not lead.cut.prefix_cut]
    overcut = [lead.row.id for lead in scored if lead.cut.overcut]
    lost = [lead.row.id for lead in scored if not lead.cut.lead_kept]
    assert (missed, overcut, lost) == ([], [], ["k060"])


@pytest.mark.parametrize(
    ("page", "lang", "first_kept"),
    [
        ("741", "ko", "영상통화 속 ‘가짜 경찰’에 속은 순간"),  # the notice over thirteen points and summary sentences, then the deck
        ("896", "zh", "30秒抬车救人!庆元街头这一幕,好暖"),  # five numbered points over the notice, between the player's 00:00 and the article
    ],
)
def test_a_machine_summary_goes_with_its_notice_and_the_article_stays(page: str, lang: str, first_kept: str) -> None:
    """Developed pages whose AI summary box stands over the article: its notice (`AI로 자동 요약된
    내용입니다…` over it, `以上内容由…DeepSeek生成,仅供参考` under it) takes the points with it, as
    widget, and the headline is still chosen over the article's lead, not over the points."""
    text = (PAGES / f"{page}.txt").read_text(encoding="utf-8")
    document = segment_document(text, lang)
    annotated = read_annotated_page(PAGES / f"{page}.txt")
    kept = [s.text for s in document.sentences]
    assert kept[0] == first_kept
    assert score_cleaning(kept, annotated.gold, annotated.boilerplate).snippets_kept == 0
    assert {d.reason for d in document.dropped if "요약" in d.text or "生成" in d.text} == {"widget"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a portal's digest that is nothing but the summary under a headline: no article follows, the points are the page's text
        ("서울 도심 흉기범죄 대응 순찰 강화\n경찰이 서울 서남권에 순찰차를 추가로 배치했다.\n지난해 이 일대에서 흉기 범죄가 잇따랐다.\n경찰은 이달 말까지 집중 순찰을 이어간다.\n이 요약은 주요 문장 추출 기술로 기사 내용을 3줄로 요약한 결과입니다.\n", "ko"),
        # an article that ends with a notice about itself: its last paragraphs are no summary
        ("民警深夜救助走失老人\n3日晚,派出所接到群众报警称一名老人在路边徘徊。\n民警赶到后耐心询问,并通过人脸比对找到其家属。\n当晚22时许,老人被家属平安接回。\n以上内容由AI生成,仅供参考\n", "zh"),
        # a toolbar's AI 요약 button over an article whose lead is set off with a dash: one bulleted line is no summary box
        ("경찰, 보이스피싱 예방 교육\nAI 요약\n- 부산경찰청은 3일 경로당을 찾아 보이스피싱 예방 교육을 했다고 밝혔다.\n경찰은 최근 늘어난 기관 사칭 수법을 소개하고 대응 요령을 안내했다.\n", "ko"),
        # (code review 58) points, then the article's short paragraphs single-spaced down to a crosshead: the box ends at its last point
        ("경찰, 영상통화 보이스피싱 주의보\nAI로 자동 요약된 내용입니다.\n- 영상통화로 경찰 사칭 수법 등장\n- 70대 여성 1억원 피해 막아\n울산 북부경찰서는 영상통화로 경찰을 사칭하는 보이스피싱을 조심하라고 당부했다고 10일 밝혔다.\n경찰에 따르면 지난 15일 70대 여성 A씨에게 경찰을 사칭한 영상통화가 걸려왔다.\n은행 직원의 신고로 피해는 막았다.\n범행 수법 갈수록 교묘\n경찰은 영상통화로 신분을 확인하지 않는다며 주의를 당부했다. 의심스러운 전화는 바로 끊고 112에 신고해야 한다고 덧붙였다.\n", "ko"),
        ("民警追回被骗款\nAI摘要\n1.老人遭遇冒充客服诈骗\n2.民警迅速止付\n3.被骗款项全额追回\n3月8日上午,市公安局反诈中心接到群众报警称被骗。\n民警立即启动止付程序。\n当天下午,被骗款项全部追回。\n图为民警将被骗款项送还老人\n民警提醒,客服来电要求转账的都是诈骗,广大群众务必提高警惕,遇到可疑情况及时拨打110报警。\n", "zh"),
        # an article ending with such a notice about itself, then a reader's comment: its paragraphs are no summary
        ("民警深夜救助走失老人\n3日晚,派出所接到群众报警称一名老人在路边徘徊。\n民警赶到后耐心询问,并通过人脸比对找到其家属。\n当晚22时许,老人被家属平安接回。\n以上内容由AI生成,仅供参考\n网友评论\n热心网友:民警真是好样的,为他们点赞!这样的好事应该多宣传宣传,让更多的人知道他们的辛苦付出。\n", "zh"),
        # (code review 58b) a toolbar's AI摘要 over the article's own short sentences and then its list: the box must open with a point
        ("春节期间防盗提示\nAI摘要\n春节将至,市公安局发布居家防盗提示。\n警方提醒广大市民外出时注意以下几点。\n1.出门前关好门窗。\n2.贵重物品不要放在家中。\n3.发现可疑人员及时报警。\n民警表示,春节期间将加大巡逻力度,全力守护群众财产安全,欢迎群众监督。\n", "zh"),
        # one bulleted line by the notice, then a long closing sentence: one point is no box
        ("경찰, 보이스피싱 예방 교육\nAI 요약\n- 부산경찰청은 3일 경로당을 찾아 보이스피싱 예방 교육을 했다고 밝혔다.\n경찰은 최근 늘어난 기관 사칭 수법을 소개하고 대응 요령을 안내했으며 앞으로도 예방 활동을 이어가겠다고 밝혔다.\n", "ko"),
        # the article's own numbered tips over 以上内容由AI生成, a reader's comment after: no article starts under the notice
        ("警方发布防骗提示\n近日,市公安局反诈中心发布防骗提示。\n1. 不轻信陌生来电。\n2. 不点击陌生链接。\n3. 不向陌生账户转账。\n以上内容由AI生成\n网友评论\n热心网友:说得好,提醒家里老人注意,这样的提示应该多发一些,让更多的人看到。\n", "zh"),
        # a list the article announces with a colon over the notice (an AI rumour quoted)
        ("警方辟谣网传暴雨视频\n近日,有网民在某短视频平台发布一段暴雨视频,引发关注。\n视频中配有三段文字:\n1. 暴雨导致5人遇难。\n2. 多处房屋倒塌。\n3. 数百人被困。\n以上内容由AI生成\n经查,该视频系王某利用人工智能软件编造,警方已依法对其予以行政处罚,提醒广大网民不信谣、不传谣。\n", "zh"),
    ],
)
def test_lines_next_to_a_summary_notice_stay_when_they_are_no_summary_over_an_article(text: str, lang: str) -> None:
    document = segment_document(text, lang)
    notice = next(line for line in text.splitlines() if "요약" in line or "生成" in line or "AI" in line)
    kept = "".join(s.text.replace(" ", "") for s in document.sentences)
    points = ("- 영상", "- 70대", "1.老人", "2.民警", "3.被骗")  # a real box's points go (a bulleted line of the article stays: its dash aside)
    body = [line.replace(" ", "").lstrip("-") for line in text.splitlines()[1:] if line and line != notice and not line.startswith(points) and not line.startswith(("图为", "网友评论", "热心网友", "범행 수법"))]
    assert all(line in kept for line in body), [line for line in body if line not in kept]
    assert notice.replace(" ", "") not in kept


def test_a_caption_under_the_doubled_headline_is_no_headline_and_a_credited_last_sentence_is_no_comment_box() -> None:
    """Developed page 1754: the headline printed again over a `▲ …<뉴시스>` caption (a ▲ line is never
    taken into the headline block), a last sentence that mentions 댓글 with `[비즈니스포스트 조예리 기자]`
    glued after it (a finished sentence with its credit reads as a sentence: no comment-box rule takes
    it), and a 최신기사 box of other headlines after it (a list of latest articles ends the article)."""
    page = read_annotated_page(PAGES / "1754.txt")
    kept = [s.text for s in segment_document(page.path.read_text(encoding="utf-8"), "ko").sentences]
    assert score_cleaning(kept, page.gold, page.boilerplate) == CleaningScore(len(page.gold), len(page.gold), len(page.boilerplate), 0, 1)
    assert kept[-1] == "느릅나무출판사는 네이버 댓글 여론조작 혐의를 받는 ‘드루킹’ 김모씨의 활동기반이다."


@pytest.mark.parametrize("box", ["최신 기사", "최신기사"])
def test_a_latest_articles_header_ends_the_article(box: str) -> None:
    """Developed pages 176 and 1754: the header of a box of latest articles ends the article, even
    where the box's items read as sentences."""
    body = "경찰은 25일 오후 TV조선 본사를 압수수색하려 했지만 기자들의 반발로 철수했다.\n수사관들은 20분가량 대치한 끝에 발길을 돌렸다.\n"
    items = "경찰은 보이스피싱 조직원 3명을 검거했다고 밝혔다.\n해경은 밀입국을 시도한 외국인 7명을 붙잡았다고 밝혔다.\n"
    assert [s.text for s in segment_document(body + box + "\n" + items, "ko").sentences] == body.split("\n")[:2]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_summary_box_is_read_the_same_with_every_line_end(newline: str) -> None:
    """The box ends at a blank line whatever the page's line ends (LF, CRLF, or the bare CR of old
    Mac files): the article after it stays, the points go."""
    lines = ["경찰, 영상통화 보이스피싱 주의보", "AI로 자동 요약된 내용입니다.", "- 영상통화로 경찰 사칭 수법 등장", "- 70대 여성 1억원 피해 막아", "", "울산 북부경찰서는 영상통화로 경찰을 사칭하는 보이스피싱을 조심하라고 당부했다고 10일 밝혔다.", "경찰에 따르면 지난 15일 70대 여성 A씨에게 경찰을 사칭한 영상통화가 걸려왔다."]
    kept = [s.text for s in segment_document(newline.join(lines) + newline, "ko").sentences]
    assert kept == [lines[0], lines[5], lines[6]]


@pytest.mark.parametrize("glued", ["3月5日", "“平安夜", "昨日获悉", "5日凌晨"])
def test_a_lead_glued_to_a_correspondents_name_is_never_cut_with_the_credit(glued: str) -> None:
    """(code review 58b) `本报讯 记者王鹏 通讯员李杰3月5日 市公安局…`: whatever of the credit stays, the
    lead's own words after the name stay whole."""
    text = f"交警夜查酒驾\n本报讯 记者王鹏 通讯员李杰{glued} 市公安局交警支队开展夜查酒驾行动,查处酒驾12起。\n"
    kept = "".join(s.text for s in segment_document(text, "zh").sentences[1:])
    assert f"{glued} 市公安局交警支队" in kept or f"{glued}市公安局交警支队" in kept.replace(" ", "")


@pytest.mark.parametrize(
    "items",
    [
        ["不轻信陌生来电", "不点击陌生链接", "不向陌生人转账"],
        ["加强街面巡逻防控", "加大打击整治力度", "加快推进智慧安防建设"],
        ["一是加强街面巡逻防控", "二是严厉打击盗抢骗犯罪", "三是深化矛盾纠纷排查化解"],
    ],
)
def test_a_list_whose_items_share_one_character_or_count_off_is_kept(items: list[str]) -> None:
    """(code review 59) Items sharing one opening character (`不…`, `加…`) or counted off (`一是…`)
    are a list the article makes, kept between its paragraphs; only a shared subject of more than one
    character (`骑警…`, below) reads as a gallery of captions."""
    head = "市公安局夏季治安打击整治行动取得阶段性成效"
    before = "今年以来,市公安局深入开展夏季治安打击整治行动,全力维护社会治安大局稳定,取得了明显成效,群众安全感持续提升。"
    after = "下一步,市公安局将继续保持严打高压态势,坚决打击各类违法犯罪活动,切实保障人民群众生命财产安全。"
    tail = "据统计,行动开展以来,全市共破获刑事案件300余起,抓获犯罪嫌疑人200余名,查处治安案件500余起。"
    kept = [s.text for s in segment_document("\n".join([head, before, *items, after, tail]) + "\n", "zh").sentences]
    assert set(items) <= set(kept) and before in kept and after in kept


def test_a_gallerys_captions_of_one_subject_are_no_list() -> None:
    """Captions that open with their common subject (`骑警进帐篷宣讲` / `骑警途中休息` / `骑警雪中徒步`,
    from a stored page outside the gold set) are a gallery between two paragraphs, not a list the
    article makes: a list's items open with the same mark and a numeral (`第一步 …`) or close alike."""
    head = "理塘县:“草原骑警队”伴随虫草山"
    before = "今年,理塘县虫草产区依然热度不减,尤其是禾尼产区,点多、面广、线长是管理工作的难点,县公安局为此专门组建了草原骑警队。"
    after = "草原骑警队以严防无组织上山、严防携带管制器具上山为重点,深入各个采挖点开展巡逻,及时调处矛盾纠纷,确保虫草采集秩序平稳有序。"
    for captions in (["骑警进帐篷宣讲", "骑警途中休息", "骑警雪中徒步"],):
        kept = [s.text for s in segment_document("\n".join([head, before, *captions, after, before.replace("今年", "去年")]) + "\n", "zh").sentences]
        assert not set(captions) & set(kept) and before in kept and after in kept


@pytest.mark.parametrize(
    "line",
    [
        "황철현 진해경찰서 순경",  # developed page 1713: name, station, rank
        "목포경찰 이로파출소 조은성 순경.",  # developed page 1118: the rank last, a full stop after it
        "햇볕이 강하게 내리쬐는 와중에도 원활한 교통흐름을 위해 근무중인 정재운 경장.",  # developed page 367
        "전선절도범을 현장 검거한 금왕지구대 소속 오필균(좌), 박동수(우) 경위",  # developed page 1737
        "연천소방서 119구조대 소방사 정금호",  # developed page 394: unit, rank, name
    ],
)
def test_a_portraits_caption_naming_an_officer_by_rank_is_dropped(line: str) -> None:
    """A line that ends in an officer's name and bare rank is a portrait's caption: no Korean sentence
    ends so."""
    page = _page_with(line, "ko")
    at = page.index(line)
    assert {d.reason for d in clean(page, "ko").dropped if d.start <= at < d.end} == {"caption"}


@pytest.mark.parametrize(
    "sentence",
    [
        "이날 현장에서 범인을 붙잡은 사람은 이로파출소 조은성 순경이다.",
        "시민들은 “고맙다”며 박동수 경위에게 감사의 뜻을 전했다.",
        "진해경찰서는 황철현 순경 등 5명에게 표창장을 수여했다.",
        # (code review 60) headlines and sentences that end in a rank or a word spelt like one
        "'시민 구한' 정재운 경장",
        "이달의 우수 경찰관에 진해경찰서 황철현 순경",
        "소상공인 범칙금 부담 경감",
        "경찰, 버스 추락 사고 경위",
        "“끝까지 책임지겠다”고 말한 박철수 경위.",
    ],
)
def test_a_sentence_or_headline_naming_an_officer_by_rank_stays(sentence: str) -> None:
    assert sentence in {s.text for s in segment_document(_page_with(sentence, "ko"), "ko").sentences}


def test_a_caption_printed_twice_under_a_gallerys_other_captions_is_no_headline() -> None:
    """Developed page 1737: each photo prints its caption twice (alt text, then caption); the last
    pair, `압수된 전선절취 도구들`, shares a word with the lead but sits under the other captions, so it is
    a caption too, not a second headline. A headline printed twice over the lead still heads it."""
    page = (PAGES / "1737.txt").read_text(encoding="utf-8")
    kept = [s.text for s in segment_document(page, "ko").sentences]
    assert kept[0] == "이길한 팀장, 오필균, 박동수 경위, 이동호, 김세영 경장 등 합동검거"
    assert "압수된 전선절취 도구들" not in kept
    headline = "음성경찰서, 전선절도범 현장 검거"
    lead = "음성경찰서 금왕지구대는 13일 공장에 무단 침입한 전선절도범을 현장에서 검거했다고 밝혔다."
    kept = [s.text for s in segment_document("\n".join([headline, headline, lead, lead.replace("13일", "14일")]) + "\n", "ko").sentences]
    assert kept[0] == headline


def test_a_reposts_original_headline_that_repeats_the_headline_in_parts_is_a_copy() -> None:
    """Developed page 1576: under the headline `筑牢“反诈墙”守护“钱袋子”——宁县公安…活动`, the repost prints
    `原标题:筑牢“反诈墙”守护“钱袋子”` and `——宁县公安…活动` on two lines; both are parts of the headline, so
    neither is kept again. An original headline in other words than the page's stays (page 1601's kind)."""
    page = (PAGES / "1576.txt").read_text(encoding="utf-8")
    kept = [s.text for s in segment_document(page, "zh").sentences]
    assert kept[0] == "筑牢“反诈墙”守护“钱袋子”——宁县公安城关派出所开展反诈宣传“五进”活动"
    assert kept[1].startswith("自“陇风·反诈”专项行动开展以来")
    lead = "近日,宁县公安局城关派出所深入社区开展反诈宣传活动,发放宣传资料500余份,提醒群众守好钱袋子。"
    other = "原标题:反诈宣传进社区 守好群众钱袋子"
    kept = [s.text for s in segment_document("\n".join(["筑牢反诈墙 守护钱袋子", other, lead]) + "\n", "zh").sentences]
    assert "反诈宣传进社区 守好群众钱袋子" in kept and lead in kept


@pytest.mark.parametrize("line", ["강원지방경찰청 > 칭찬합시다 게시물 정보", "강원지방경찰청 > 칭찬합시다 게시물 본문보기", "公安新闻中心 > 警务动态"])
def test_a_breadcrumb_of_two_items_is_navigation(line: str) -> None:
    """Developed page 1719: two items set apart by `>`, the first a single word of four characters
    or more."""
    lang = "zh" if line.startswith("公安") else "ko"
    page = _page_with(line, lang)
    at = page.index(line)
    assert {d.reason for d in clean(page, lang).dropped if d.start <= at < d.end} == {"navigation"}


@pytest.mark.parametrize("line, lang", [("절도 > 사기 순으로 많았다.", "ko"), ("接警 > 处置流程", "zh")])
def test_a_short_line_with_a_greater_than_sign_that_is_no_breadcrumb_stays(line: str, lang: str) -> None:
    """(code review 60) A finished sentence ranking two items and a short step list between paragraphs,
    and a headline's route over its lead."""
    assert line in {s.text for s in segment_document(_page_with(line, lang), lang).sentences}
    headline, lead = "연길 > 도문 고속도로 통제", "연길시공안국은 폭설로 연길에서 도문으로 가는 고속도로를 20일부터 통제한다고 밝혔다."
    assert segment_document(f"{headline}\n{lead}\n", "ko").sentences[0].text == headline


def test_a_headline_printed_whole_over_each_photo_is_no_stamp_and_the_line_under_each_copy_is_a_caption() -> None:
    """Developed page 1721 prints its headline `厉害了我的犬!警犬在深山中找到迷路的耄耋老人` three times (the
    top and each photo's title): a text that follows one and the same sentence is no mirror's stamp,
    so the headline stays whole. Developed captions page z044 prints `情暖寒冬!…警民接力救援` over each
    of five photos: the short line under each copy is its caption, and the article around stays."""
    page = (PAGES / "1721.txt").read_text(encoding="utf-8")
    assert segment_document(page, "zh").sentences[0].text == "厉害了我的犬!警犬在深山中找到迷路的耄耋老人"
    # (code review 60c) the same headline printed twice whole and once under a label is one sentence, not two
    headline = "厉害了我的犬!警犬在深山中找到走失老人"
    paragraphs = [f"{day}日,民警带领警犬在深山中搜寻走失的老人,经过数小时搜索终于找到。" for day in (3, 4, 5)]
    for label in ("原标题:", "【视频】"):
        text = "\n".join([headline, *paragraphs[:2], headline, paragraphs[2], label + headline]) + "\n"
        assert segment_document(text, "zh").sentences[0].text == headline
    page = (DATA / "captions" / "z044.txt").read_text(encoding="utf-8")
    kept = [s.text for s in segment_document(page, "zh").sentences]
    for caption in ("女子事前在大橋上徘徊", "救援現場", "交警安慰女子、安撫嬰兒", "瀘州的哥也下車參與營救、勸導", "成都私家車的車主也加入救援"):
        assert caption not in kept
    assert "當日,川南瀘州下著小雨,室外氣溫低至7攝氏度左右。" in kept
    # a two-line headline printed three times: its second line follows a copy of its first, and is no caption
    head, second = "양주파출소 개소", "주민밀착 치안서비스 돌입"
    lead = "중앙동에서 분동한 양주동에 파출소가 들어섰다. 양산경찰서는 13일 양주파출소 개소식을 열었다."
    text = "\n".join([head, second + " ..", head, second, lead, head, second, lead.replace("13일", "14일")]) + "\n"
    assert second in {s.text for s in segment_document(text, "ko").sentences}


def test_the_last_words_of_a_page_cut_off_under_a_finished_paragraph_are_body() -> None:
    """Developed page 1068 ends `…借助千斤顶…。` then `该民警回到警车取出`: an excerpt cut off in its next
    sentence, with nothing printed after it, so the fragment is body. The same scrap with a line of
    the footer after it is still no body."""
    page = (PAGES / "1068.txt").read_text(encoding="utf-8")
    assert segment_document(page, "zh").sentences[-1].text == "该民警回到警车取出"
    lead = "今年以来,市公安局深入开展夏季治安打击整治行动,全力维护社会治安大局稳定,取得了明显成效。"
    text = "\n".join(["市公安局夏季治安打击整治行动取得阶段性成效", lead, "点赞在看", "责任编辑:张三"]) + "\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences][-1] == lead
    at = text.index("点赞在看")
    assert {d.reason for d in document.dropped if d.start <= at < d.end} == {"footer"}


def test_a_headline_printed_twice_under_one_photo_credit_still_heads_the_page() -> None:
    """(code review 60) One caption line over a headline printed twice is no gallery: only a doubled
    caption above makes the doubled line under it a caption."""
    headline = "民警雪夜救助被困游客"
    sub = "伊吾县盐池边境派出所连夜冒雪救援3名被困自驾游客"
    lead = "近日,伊吾县盐池边境派出所民警连夜冒雪救援,成功将3名被困自驾游客安全护送下山。"
    text = "\n".join(["图片来源:伊吾县公安局", headline, headline, sub, lead, lead.replace("近日", "当晚")]) + "\n"
    assert segment_document(text, "zh").sentences[0].text == headline


def test_a_keyword_list_between_bars_starts_no_body_and_a_mirrors_pinyin_makes_no_headline() -> None:
    """Developed page 1818: a spam keyword list (`竟彩网官网|500竞彩足球…|…|…`, long, no sentence end)
    is no prose to start the body at, and the mirror's menu lines (`法治號(hào) 手機(jī)版| 站內(nèi)搜索`)
    share only its inserted pinyin with the lead, not words: the headline heads the page."""
    page = (PAGES / "1818.txt").read_text(encoding="utf-8")
    kept = [s.text for s in segment_document(page, "zh").sentences]
    assert kept[0] == "新疆哈密:民警深夜救援被困游客"
    assert kept[1].startswith("近日,受強(qiáng)冷空氣影響") and kept[1].endswith("被困深山。")


@pytest.mark.parametrize(
    "line, reason",
    [
        ("(何康源 余雨露 岑稳)", "byline"),  # developed page 1828: the writers' names in brackets
        ("您看到此篇文章时的感受是:", "widget"),  # developed page 1828: a CMS's mood poll
        ("1.本网遵循行业规范,任何转载的稿件都会明确标注作者和来源;", "copyright"),  # page 1837's stock disclaimer, simplified
        ("3.作者投稿可能会经本网编辑修改或补充。", "copyright"),
        ("打开小程序可以发布评论哦", "comments"),  # batch 72's developed 1863: a comment box's invitation to open the app
        ("登录后才可以发布评论哦", "comments"),
    ],
)
def test_a_writers_credit_a_mood_poll_and_a_stock_reprint_disclaimer_are_dropped(line: str, reason: str) -> None:
    page = _page_with(line, "zh")
    at = page.index(line)
    assert {d.reason for d in clean(page, "zh").dropped if d.start <= at < d.end} == {reason}


def test_a_bracketed_section_heading_is_no_writers_credit() -> None:
    """(code review 60c) `(案情 回顾)` alone on a line heads a section; it is no list of names."""
    page = _page_with("(案情 回顾)", "zh")
    assert not [d for d in clean(page, "zh").dropped if d.reason == "byline"]


def test_a_photo_reports_byline_after_the_last_paragraph_is_cut_and_a_wordpress_comment_form_ends_the_article() -> None:
    """Developed page 1829 ends `…赢得了失主的赞誉和群众的好评。(胡曰贤 摄影报道)`: the article's byline as a photo
    report, not a caption's credit, so the sentence stays; developed page 1836's WordPress comment form
    (`在下方填入你的資料或按右方圖示以社群網站登入:`) ends the article."""
    page = (PAGES / "1829.txt").read_text(encoding="utf-8")
    kept = [s.text for s in segment_document(page, "zh").sentences]
    assert "随后,参会领导、民警向失主发还公安机关追缴的物品和现金,共计价值30万余元,赢得了失主的赞誉和群众的好评。" in kept
    assert not any("摄影报道" in text for text in kept)
    page = (PAGES / "1836.txt").read_text(encoding="utf-8")
    assert not any("社群網站登入" in s.text for s in segment_document(page, "zh").sentences)
    # the Korean form's prompt (batch 125's first contact, a WordPress.com blog) ends it too
    lead = "토론토 총영사관은 지난해 한인이 연루된 사건 사고가 98건 접수됐다고 밝혔다."
    prompt = "아래 항목을 채우거나 오른쪽 아이콘 중 하나를 클릭하여 로그 인 하세요:"
    kept = [s.text for s in segment_document(f"토론토 한인 사건 사고 98건\n{lead}\n{prompt}\n이메일 (필수) (주소는 공개되지 않습니다)\n", "ko").sentences]
    assert kept == ["토론토 한인 사건 사고 98건", lead]
    # the same byline written with a space (`摄影 报道`) is no caption either
    last = "随后,民警将物品发还失主,赢得了失主的赞誉和群众的好评。"
    text = _page_with(f"{last}(胡曰贤 摄影 报道)", "zh")
    assert last in [s.text for s in segment_document(text, "zh").sentences]
    # a caption with its photographer's credit still goes
    caption = "民警向失主发还追缴的物品。(胡曰贤 摄)"
    at = _page_with(caption, "zh").index(caption)
    assert {d.reason for d in clean(_page_with(caption, "zh"), "zh").dropped if d.start <= at < d.end} == {"caption"}


@pytest.mark.parametrize(
    "lang, lines, body",
    [
        # (code review 60b) a Q&A page's label, a table's cell label, a poem's refrain, a speaker's label: each printed
        # three times and more, each a short unfinished line over a body line, not a photo's title over its caption
        ("zh", ["问：", "电动车上牌需要哪些材料", "答：", "需携带身份证和购车发票到车管所办理。", "问：", "未上牌的电动车能否上路", "答：", "不能。", "问：", "上牌后号牌丢失怎么办"], ["未上牌的电动车能否上路", "上牌后号牌丢失怎么办"]),
        ("zh", ["姓名", "张某某", "涉嫌罪名", "诈骗罪", "姓名", "李某某", "涉嫌罪名", "故意伤害罪", "姓名", "王某某"], ["李某某", "故意伤害罪", "王某某"]),
        ("zh", ["我是人民警察", "守护万家灯火", "我是人民警察", "牵挂远方的你", "我是人民警察", "不负这身警服"], ["牵挂远方的你", "不负这身警服"]),
        ("ko", ["경찰 관계자", "요즘은 수법이 다양해졌다", "경찰 관계자", "의심되면 바로 112에 신고해야", "경찰 관계자", "검찰은 절대 돈을 요구하지 않는다"], ["의심되면 바로 112에 신고해야", "검찰은 절대 돈을 요구하지 않는다"]),
    ],
)
def test_a_body_line_under_a_short_label_printed_again_is_no_photo_caption(lang: str, lines: list[str], body: list[str]) -> None:
    first, second = _LEFTOVER_BODY[lang]
    kept = {s.text for s in segment_document("\n".join([_HEADLINES[lang], first, *lines, second]) + "\n", lang).sentences}
    assert set(body) <= kept


def test_a_sub_headline_under_the_headlines_second_copy_is_no_photo_caption() -> None:
    """(code review 60b) The headline printed three times (the page title, over the sub-headline, at the
    page's end): the sub-headline under its second copy, above the lead, is no caption."""
    headline, sub = "보이스피싱 현금 수거책 구속", "피해자 5명에게서 1억원 받아 넘겨"
    lead = "서울 강남경찰서는 20일 보이스피싱 조직에 현금을 전달한 혐의로 20대 A씨를 구속했다고 밝혔다."
    text = "\n".join([headline, headline, sub, lead, "경찰은 A씨의 윗선을 쫓고 있다.", headline]) + "\n"
    assert sub in {s.text for s in segment_document(text, "ko").sentences}


@pytest.mark.parametrize("scrap", ["好看的人都点了在看", "喜欢就点个在看吧", "喜欢此内容的人还喜欢", "联系我们", "返回搜狐查看更多"])
def test_a_footers_words_run_together_at_the_pages_end_are_no_cut_off_body(scrap: str) -> None:
    """(code review 60b) A call to the reader or a footer's link, the page's last line under a finished
    paragraph, is still the footer's, not an excerpt's cut-off words."""
    lead = "今年以来,市公安局深入开展夏季治安打击整治行动,全力维护社会治安大局稳定,取得了明显成效。"
    text = "\n".join(["市公安局夏季治安打击整治行动取得阶段性成效", lead, scrap]) + "\n"
    for cleaning in (None, CleaningSettings(line_model_threshold=1.0)):
        assert [s.text for s in segment_document(text, "zh", cleaning=cleaning).sentences][-1] == lead


def test_a_question_asked_with_two_ascii_marks_on_a_clean_page_ends_its_sentence() -> None:
    """(code review 60b) `??` glued between Chinese characters is mojibake only on a page with
    mojibake of other kinds (pages 1716 and 1818); on a clean page it ends a question."""
    text = "男子冒充民警诈骗 被警方抓获\n近日,市公安局破获一起冒充民警诈骗案,抓获犯罪嫌疑人1名。\n这是真的吗??他不敢相信自己的眼睛。\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences][-2:] == ["这是真的吗??", "他不敢相信自己的眼睛。"] and not document.flags


def test_a_long_table_row_with_spaced_bars_still_starts_the_body() -> None:
    """(code review 60b) Only bars glued between words (`竟彩网官网|…|…|…`) make a long unpunctuated line
    a keyword list; a table row's cells set apart by ` | ` may be the body's first lines."""
    rows = [
        "2024年1月5日下午 | 伊吾县盐池镇淖毛湖村附近山区 | 3名来自外地的自驾游客驾驶车辆陷入雪窝被困深山 | 盐池边境派出所民警连夜冒雪救援成功将被困人员安全护送下山",
        "2024年1月6日凌晨 | 伊吾县吐葫芦乡西山村 | 一名患有阿尔茨海默病的八旬老人走失 | 派出所民警和村民连夜搜寻于次日清晨在山沟里找到老人并安全送回家中",
    ]
    text = "\n".join(["伊吾县公安局通报近期警情", *rows, "近日,伊吾县公安局通报了近期处置的几起警情,提醒广大群众注意出行安全。"]) + "\n"
    assert set(rows) <= {s.text for s in segment_document(text, "zh").sentences}


def test_a_source_headline_that_is_no_part_of_the_headline_above_stays() -> None:
    """(code review 60b) Developed page 377: `来源标题:110互联网报警平台明天上线` under the headline
    `110互联网报警平台明天上线 用户实名反映警情` is kept as a second headline line, as annotated."""
    kept = [s.text for s in segment_document((PAGES / "377.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[:2] == ["110互联网报警平台明天上线 用户实名反映警情", "110互联网报警平台明天上线"]


def test_a_mirrors_stamp_after_a_paragraph_and_a_boilerplate_line_printed_twice_is_still_cut() -> None:
    """(code review 60b) The stamp follows a boilerplate sentence printed twice and one paragraph: two
    different sentences, three lines, so it is a stamp; a headline printed whole three times is none."""
    stamp = "uNh鄂东网|www.xianzhaiwang.cn"
    notice = f"本文来源于网络,如有侵权请联系删除。{stamp}"
    body = f"7月15日,一名男子在河边钓鱼时被洪水卷走,民警接警后迅速赶到现场展开搜救。{stamp}"
    text = "\n".join(["男子钓鱼被洪水卷走 民警搜救", notice, body, notice]) + "\n"
    assert not any(stamp in s.text for s in segment_document(text, "zh").sentences)


def test_a_reporters_bare_name_and_report_credit_in_brackets_before_the_lead_is_cut() -> None:
    """Developed page 1849: `(張琪雅 報道)為進一步增強…` (a ruby mirror's `報(bào)道`); `(据报道)` is the lead's own."""
    page = (PAGES / "1849.txt").read_text(encoding="utf-8")
    assert segment_document(page, "zh").sentences[0].text.startswith("為進")
    for lead in ("(据报道)近日,民警破获一起诈骗案。", "(记者 张三 报道)近日,民警破获一起诈骗案。"):
        first = segment_document(f"民警破获诈骗案\n{lead}\n", "zh").sentences[1].text
        assert first.startswith("近日") == ("记者" in lead), first


def test_a_credit_whose_opening_bracket_the_scrape_cut_is_still_cut_off_the_lead() -> None:
    """Batch 73's developed 1883 opens `香港文匯報 記者 李芷珊)距離…`: the excerpt began inside the credit's
    brackets. `据记者张三)了解` is the sentence's own (and no line start)."""
    lead = "距離第十五屆全國運動會尚餘不足兩個月時間,香港將承辦8個競賽項目。"
    document = segment_document(f"香港文匯報 記者 李芷珊){lead}\n警方表示,搜查隊將參與安保。\n", "zh")
    assert document.sentences[0].text == lead and document.metadata.source == "香港文匯報 記者 李芷珊)"
    page = segment_document((PAGES / "1883.txt").read_text(encoding="utf-8"), "zh")
    assert page.sentences[0].text.startswith("距離") and page.metadata.source == "香港文匯報 記者 李芷珊)"
    own = "据记者张三)了解,民警破获一起诈骗案。"
    assert own in [s.text for s in segment_document(f"民警破获诈骗案\n{own}\n", "zh").sentences]


def test_a_scrape_leftover_between_paragraphs_is_no_headline_and_a_menu_heads_no_page() -> None:
    """Batch 73's developed 1877 (a classifieds site's copy of a police report): its image leftover
    `nload="this.removeAttribute(…)"` is printed above the lead and again between the paragraphs, so it
    shared all its words with the "lead" and was taken for the headline, and the header with the real
    headline went; a lead is its own script's lines. Where no header line shares the lead's words,
    the nearest one that is no menu (`展会发布 展会网站大全 …`) heads the page; the site's promotion
    lines (`搜索引擎搜索“…网”`, `请务必收藏信息以备急用`) go."""
    leftover = "nload=\"this.removeAttribute('width'); this.removeAttribute('height'); this.removeAttribute('onload');\" />"
    lead = "6月9日晚,福安市遭遇强对流天气,城阳镇溪里山突降暴雨,75岁的杨奶奶与女儿被困在山上的老宅中,民警上演了一场与时间赛跑的紧急救助。"
    second = "当晚10时许,城阳派出所接到求助称,积水正以肉眼可见的速度上涨,值班民警立即驱车赶往。"
    third = "经过半个多小时的救援,民警顺利将母女二人转移至安全地带。"
    header = [
        "热点新闻",
        "暴雨中,他们趟水进山……",
        "2025-06-12 15:58  浏览:572  搜索引擎搜索“混灰机械网”",
        "温馨提示:为防找不到此信息,请务必收藏信息以备急用! 联系我时,请说明是在混灰机械网看到的信息,谢谢。",
        "展会发布 展会网站大全 报名观展合作 软文发布",
    ]
    text = "\n".join([*header, leftover, leftover, lead, leftover, second, leftover, third]) + "\n"
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert kept == ["暴雨中,他们趟水进山……", lead, second, third]
    page = [s.text for s in segment_document((PAGES / "1877.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert page[0] == "暴雨中,他们趟水进山……" and page[1].startswith("6月9日晚")


@pytest.mark.parametrize(
    "credit, cut",
    [
        ("(央视新闻 报道)", True),
        ("(综合 报道)", True),
        ("(据新华社 报道)", False),  # code review 60c: 据…报道 is the lead's attribution, as the gold keeps it
        ("(多家媒体 报道)", False),
        ("(此前 报道)", False),
    ],
)
def test_only_a_credit_in_brackets_is_cut_off_the_lead_not_the_leads_attribution(credit: str, cut: bool) -> None:
    lead = "3月5日,市公安局破获一起电信网络诈骗案,抓获犯罪嫌疑人12名。"
    document = segment_document(f"市公安局破获电信诈骗案\n{credit}{lead}\n", "zh")
    assert document.sentences[1].text == (lead if cut else credit + lead)


@pytest.mark.parametrize("sentence", ["登录市长信箱后可以留言。", "登录平台后,可以留言。", "打开车门后才能留言。", "打开微信公众号就能留言。"])
def test_a_sentence_about_logging_in_to_leave_a_message_is_no_comment_box(sentence: str) -> None:
    """(code review 61) the comment box's invitation (打开小程序可以发布评论哦) ends in no sentence end; the article's sentence does."""
    assert not [d for d in clean(_page_with(sentence, "zh"), "zh").dropped if d.reason == "comments"]


@pytest.mark.parametrize("credit, cut", [("(曾志伟 报道)", True), ("(张三 曾小明 报道)", True), ("(该报曾 报道)", False), ("(曾经 报道)", False)])
def test_the_surname_zeng_is_no_earlier_report(credit: str, cut: bool) -> None:
    """(code review 61) 曾 guards `(该报曾 报道)`, an earlier report; as a surname (曾志伟) the bracket is a credit."""
    lead = "3月5日,市公安局破获一起电信网络诈骗案,抓获犯罪嫌疑人12名。"
    document = segment_document(f"市公安局破获电信诈骗案\n{credit}{lead}\n", "zh")
    assert document.sentences[1].text == (lead if cut else credit + lead)


def test_english_captions_and_credits_are_no_bilingual_version() -> None:
    """(code review 61) a caption without a full stop among prose-shaped captions, or a headline with two
    credits, is no English version of the page: the captions and credits go."""
    zh = ["武汉警方破获特大电信诈骗案 抓获嫌疑人32名", "3月5日,武汉市公安局召开新闻发布会,通报破获一起特大电信网络诈骗案的情况。",
          "Police officers escort suspects at Tianhe airport on March 4, 2024.", "据介绍,该团伙长期盘踞境外,通过虚假投资平台诱骗受害人转账,涉案金额超过3000万元。",
          "Officers display seized phones and bank cards at a press conference.", "今年2月,专案组民警远赴境外开展抓捕,将32名犯罪嫌疑人全部押解回国。",
          "A police officer counts seized cash in Wuhan", "目前,案件正在进一步侦办中。警方提醒广大市民,切勿轻信高额回报的投资广告。"]
    kept = _kept_and_reasons("\n".join(zh) + "\n", "zh")[0]
    assert not any(line.isascii() and line in kept for line in zh)
    ko = ["Police launch crackdown on drunk driving ahead of holidays", "경찰이 설 연휴를 앞두고 음주운전 특별 단속에 나선다.",
          "서울경찰청은 다음 달 10일까지 관내 주요 도로에서 주야간 음주 단속을 실시한다고 5일 밝혔다.", "Photo by Kim Min-su, Yonhap News Agency.",
          "경찰은 유흥가와 고속도로 진출입로 등 사고 위험이 큰 지역을 중심으로 단속을 벌일 계획이다.", "Edited by Lee Ji-eun and Park Sung-ho, Korea JoongAng Daily.",
          "경찰 관계자는 \"술을 한 잔이라도 마셨다면 절대 운전대를 잡지 말아야 한다\"고 당부했다."]
    kept = _kept_and_reasons("\n".join(ko) + "\n", "ko")[0]
    assert ko[3] not in kept and ko[5] not in kept


@pytest.mark.parametrize(
    "line",
    ["记者张某某)被警方带走调查。", "根据记者张三)了解,民警破获一起诈骗案。", "记者走访发现)不少商户仍在违规经营。"],
)
def test_a_line_starting_with_a_reporter_and_a_closing_bracket_is_no_credit_without_its_outlet(line: str) -> None:
    """(code review 61b) the cut-bracket credit names its outlet (香港文匯報 記者 李芷珊)); a line of the
    article after a wrapped bracket, or after 根据, keeps its words."""
    text = f"民警破获诈骗案\n3月5日,市公安局破获一起电信网络诈骗案,抓获犯罪嫌疑人12名。\n{line}\n"
    assert line in [s.text for s in segment_document(text, "zh").sentences]


@pytest.mark.parametrize(
    "lang, lines",
    [
        ("ko", ["강원도민일보 지역뉴스", "경찰 음주운전 특별단속", "서울 시내 주요 도로에서 이달 말까지 야간 검문이 실시된다.", "관계자는 시민들의 협조를 당부했다."]),
        ("zh", ["交通安全宣传周活动专题", "春运 平安 回家", "1月25日凌晨,城区派出所民警在高速路口设卡检查,确保旅客出行顺畅。", "当天共检查车辆三百余辆,劝返超员车辆两辆。"]),
    ],
)
def test_a_headline_of_words_between_spaces_is_no_menu(lang: str, lines: list[str]) -> None:
    """(code review 61b) a Korean headline is words between spaces; a Chinese one may be three phrases."""
    assert segment_document("\n".join(lines) + "\n", lang).metadata.title == lines[1]


@pytest.mark.parametrize("line", ["民警提醒,不要通过百度搜索“客服电话”,以免落入骗子圈套。", "骗子利用搜索引擎搜索“官方客服”的结果,冒充平台工作人员。"])
def test_an_anti_fraud_warning_about_search_engines_is_no_promotion(line: str) -> None:
    """(code review 61b) the classifieds site's promotion quotes its own name (搜索引擎搜索“混灰机械网”)."""
    assert not [d for d in clean(_page_with(line, "zh"), "zh").dropped if d.reason == "promo"]


def test_a_bilingual_notice_keeps_its_english_version_with_a_line_without_a_full_stop() -> None:
    """(code review 61b) a police notice in alternating Chinese and English paragraphs: one line without a
    full stop among them (a helpline) leaves the English version whole."""
    zh = ["警方提醒市民慎防电话骗案", "警方近日接获多宗电话骗案举报,骗徒冒充政府官员,要求受害人转账。",
          "警方呼吁市民切勿向陌生人透露个人资料及银行户口密码。", "如有怀疑,请致电反诈骗协调中心热线18222查询。"]
    en = ["Police remind public to beware of phone scams", "Police have recently received reports of phone scams in which fraudsters posed as government officials.",
          "Police urge members of the public not to reveal personal data or bank passwords to strangers.", "Anyone in doubt may call the Anti-Scam Helpline 18222",
          "Police say they have arrested 35 people in related cases since January."]
    lines = [en[0], zh[0], zh[1], en[1], zh[2], en[2], zh[3], en[3], "警方自一月起已就相关案件拘捕35人。", en[4]]
    kept = [s.text for s in segment_document("\n".join(lines) + "\n", "zh").sentences]
    assert all(line in kept for line in en[1:]), kept


def test_a_note_set_off_by_a_reference_mark_is_the_release_s_own_text() -> None:
    """Batch 75's developed 1899 (a board's copy of a provincial police release): `※ …` notes written
    in the release's note style, no sentence end, are its text; `※` marks a note, not a link. A line a
    bullet opens that ends no sentence is still an entry of a related-links list."""
    notes = ["※ ’23년 도내 보이스피싱 범죄는 676건이 발생했고, 그 중 60대이상 피해자가 95명으로 14%를 차지", "※ 경로당광역지원센터에서 도내 경로당(4,265개소) 소속 회원 대상 보이스피싱 범죄예방 교육 실시"]
    page = [s.text for s in segment_document((PAGES / "1899.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert set(notes) <= set(page)
    lead = "충북경찰청은 대한노인회 충북연합회와 업무협약식을 개최하였다고 밝혔다."
    linked = "• 경찰, 보이스피싱 예방 홍보 강화"
    kept, reasons = _kept_and_reasons("\n".join([lead, notes[0], "경찰은 교육을 이어갈 계획이다.", linked]) + "\n", "ko", "홍보 강화")
    assert notes[0] in kept and linked not in kept and reasons == {"related"}


@pytest.mark.parametrize(
    "notice",
    ["※ 珍愛生命,向毒品說 NO!毒品危害防制諮詢專線 0800-770-885", "※本文版權為宜蘭新聞網所有,歡迎轉載,請務必註明出處※", "※ 詳情請見警政署網站", "※ 歡迎民眾多加利用"],
)
def test_a_chinese_line_the_reference_mark_opens_and_no_sentence_ends_is_a_notice(notice: str) -> None:
    """Developed 166 and 1296: in Chinese, a `※` line that ends no sentence is a hotline, reprint or
    copyright notice of the site (every such line of the developed Chinese pages is one), while a
    Korean release writes its own notes so (1899, above); a notice no other rule knows by its words
    (`詳情請見…`) goes too. The paragraphs on either side stay."""
    first = "警方提醒民众,切勿轻信陌生来电。"
    second = "如有疑问,请拨打反诈专线咨询。"
    kept, reasons = _kept_and_reasons("\n".join([first, notice, second]) + "\n", "zh", notice[2:8])
    assert kept == [first, second] and reasons


def test_the_fields_a_cms_prints_after_the_date_go_with_the_date() -> None:
    """Batch 76's developed 1914 (中国网's traditional-script edition): the date line's bar-separated
    fields (`來源:中國網 | 作者: |`), the date labelled with 發佈 (Taiwan and Hong Kong spell 發布 so),
    run into the lead are cut off it with the date, and so is the last field's name where it runs into
    the lead's first word; a lead that begins with a date stays whole."""
    lead = "近日,一封情真意切的感謝信在網路上引發關注,信的作者是五位來自遼寧鞍山的遊客。"
    page = segment_document("遼寧遊客被困軍艦山 和龍警民頂風冒雪暖心救援\n發佈時間:2025-10-30 15:28:42 | 來源:中國網 | 作者: | " + lead + "\n", "zh")
    assert [s.text for s in page.sentences][1:] == [lead]
    assert [(d.text, d.reason) for d in page.dropped] == [("發佈時間:2025-10-30 15:28:42 | 來源:中國網 | 作者: |", "prefix")]
    told = "2025年10月30日 15:28,民警接到報警後趕到現場。"
    assert [s.text for s in segment_document(told + "\n", "zh").sentences] == [told]
    # the page itself: the last field, the editor's name, runs into the lead's first word (近日)
    page = segment_document((PAGES / "1914.txt").read_text(encoding="utf-8"), "zh")
    assert page.sentences[1].text.startswith("近日,一封情真意切的感謝信")
    assert [d.text for d in page.dropped][:1] == ["發佈時間:2025-10-30 15:28:42 | 來源:中國網 | 作者: | 責任編輯:吳一凡"]
    # a four-character name, a lead that opens with the reporter (code review 63); an empty author field keeps the lead's word
    fields = "發佈時間:2025-10-30 15:28:42 | 來源:中國網 | 作者: | "
    body = "一封情真意切的感謝信在網路上引發關注,信的作者是五位來自遼寧鞍山的遊客。"
    for name, opening in (("歐陽明月", "近日,"), ("吳一凡", "記者從市公安局獲悉,")):
        page = segment_document("遼寧遊客被困軍艦山\n" + fields + "責任編輯:" + name + opening + body + "\n", "zh")
        assert [s.text for s in page.sentences][1:] == [opening + body]
    page = segment_document("遼寧遊客被困軍艦山\n時間:2025年10月26日 | 作者:民警近日在轄區巡邏時救助一名走失老人。\n", "zh")
    assert any(s.text.startswith(("作者:民警近日", "民警近日")) for s in page.sentences)


@pytest.mark.parametrize(
    "footer",
    [
        "注:請(qǐng)?jiān)谵D(zhuǎn)載文章內(nèi)容時(shí)務(wù)必注明出處!",
        "未經(jīng)授權(quán)禁止轉(zhuǎn)載、摘編、復(fù)制及建立鏡像,違者將依法追究法律責(zé)任。",
        "常年法律顧(gù)問(wèn):上海金茂律師事務(wù)所",
    ],
)
def test_a_site_s_reprint_ban_and_legal_adviser_are_its_footer(footer: str) -> None:
    """Batch 77's developed 1926 (a pinyin mirror of 中新网上海): a reprint ban with no subject, a
    notice that asks for the source (whose 轉載 the mirror's mojibake ate) and the site's legal
    adviser are footer lines, read through the inserted pinyin; a ban told in the news stays."""
    lead = "春節假期,崇明公安分局全力做好各景區的安全保衛工作。"
    kept, reasons = _kept_and_reasons("\n".join([lead, footer]) + "\n", "zh", footer[:4])
    assert kept == [lead] and reasons
    told = "法院認為,被告未經授權轉載他人作品,應賠償原告5萬元。"
    assert [s.text for s in segment_document(told + "\n", "zh").sentences] == [told]


def test_a_korean_caption_that_closes_with_a_slash_and_its_source_is_a_caption() -> None:
    """Batch 76's developed 1911 (a Los Angeles Korean paper): `…훔쳐가는 모습. /LA경찰국(LAPD)`, a photo
    caption that names what it shows (a noun before the full stop) and its source after a slash; a
    brief's noun-style sentence signed by its reporter (developed 156) and a finished sentence with
    its source stay."""
    lead = "지난 해 LA카운티 전역에서 130건 이상의 절도 혐의를 일으킨 용의자 3명이 체포됐다."
    caption = "3인조 절도단이 유리창을 깨고 기물을 훔쳐가는 모습. /LA경찰국(LAPD)"
    kept, reasons = _kept_and_reasons("\n".join([caption, lead]) + "\n", "ko", "모습")
    assert kept == [lead] and reasons == {"caption"}
    brief = "이씨는 남한테 빌려줬던 1천만원을 못 받게 되자 경찰에 허위 신고했다고 자백."
    kept = [s.text for s in segment_document("\n".join([lead, brief + " /윤수경기자"]) + "\n", "ko").sentences]
    assert brief in kept


@pytest.mark.parametrize(
    "caption",
    [
        "부산경찰청. (사진=연합뉴스)",
        "몽골 경찰이 범인에게 수갑을 채워 검거하고 있다.(사진=이연상 전 몽골한인회장 제공)",
        "북한 군인들이 남측 판문점에 대한 감시를 진행하고 있다. (사진=인터넷캡처)",
        "세종경찰서는 지난 3일 조치원읍 일대에서 보이스피싱 예방 캠페인을 벌였다.(사진=세종경찰서)",
    ],
)
def test_a_photo_credit_glued_after_a_sentence_reporting_speech_is_cut_off_it(caption: str) -> None:
    """Batch 78's developed 1941: a paragraph's last sentence that reports what someone said
    (`…고 말했다.`) with the photo's credit glued after it keeps the sentence, the credit dropped as
    a caption; a caption saying what the photo shows (in the present, in the past as developed
    1190's, or with a noun: the caption lines of tests/data/captions) goes whole, its credit with it
    (code review 63)."""
    lead = "충남경찰청은 25일 심정지 상태로 쓰러진 시민을 심폐소생술로 구한 경찰관을 표창했다고 밝혔다."
    last = "손원익 경위는 \"당연한 일을 했을 뿐이고. 앞으로도 시민의 생명과 안전을 위해 최선을 다할것이다.\"고 말했다."
    kept, reasons = _kept_and_reasons("\n".join([lead, last + " (사진 = 경찰청 제공)"]) + "\n", "ko", "사진")
    assert kept == [lead, last] and reasons == {"caption"}
    kept, reasons = _kept_and_reasons("\n".join([lead, caption, lead.replace("25일", "26일")]) + "\n", "ko", "사진")
    assert kept == [lead, lead.replace("25일", "26일")] and reasons == {"caption"}


@pytest.mark.parametrize("credit", ["[사진=부산경찰청 제공]", "(부산경찰청 제공)", "(사진=연합뉴스)"])
def test_a_photo_credit_glued_after_a_paragraph_of_two_sentences_is_cut_off_it(credit: str) -> None:
    """A paragraph of two short sentences with the photo's credit glued after it (under the letters a
    caption row reads) keeps both sentences, the credit alone dropped as a caption (it used to go
    whole, as a caption); a caption of one sentence goes whole with its credit, however long."""
    lead = "부산경찰청은 20일 보이스피싱 조직원 12명을 사기 혐의로 검거했다고 밝혔다."
    first, second = "경찰에 따르면 이들은 검찰을 사칭해 피해자들에게 접근했다.", "경찰은 공범을 추적하고 있다."
    kept, reasons = _kept_and_reasons("\n".join([lead, f"{first} {second} {credit}", lead.replace("20일", "21일")]) + "\n", "ko", "제공" if "제공" in credit else "사진")
    assert kept == [lead, first, second, lead.replace("20일", "21일")] and reasons == {"caption"}
    caption = "주멕시코한국대사관은 4월 11일 오전(현지시각) 멕시코시티 소재 쉐라톤 호텔에서 한인동포 안전 간담회를 개최했다."
    kept, reasons = _kept_and_reasons("\n".join([lead, f"{caption} {credit}", lead.replace("20일", "21일")]) + "\n", "ko", "개최")
    assert kept == [lead, lead.replace("20일", "21일")] and reasons == {"caption"}


def test_a_quoted_notice_keeps_its_letter_spaced_title_and_closing_formula() -> None:
    """Batch 119's first contact (developed 2422, a police account's post quoting its notice): the
    notice's title set letter by letter between two paragraphs (`通  告`) is a crosshead of the
    article, not a label, and the formula that closes it (`特此通告`) is its last line, not a footer;
    the signature and the date under it go."""
    lead = "随着气温逐渐降低,松花江已经进入封冻期。为确保广大市民游客人身财产安全,从即日起,禁止一切行人、车辆在松花江冰面通行。"
    first = "近期,随着气温逐渐降低,松花江已经进入封冻期,冰层厚度不均,极易发生坠冰落水事故。"
    second = "请广大市民游客积极配合民警工作,共同维护冬季水域安全。"
    text = "\n\n".join(["哈尔滨:即日起禁止一切行人、车辆在松花江冰面通行", lead, "通  告", first, second, "特此通告", "哈尔滨市公安局", "2024年11月28日"]) + "\n"
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert "通  告" in kept and kept[-1] == "特此通告"
    assert "哈尔滨市公安局" not in kept and "2024年11月28日" not in kept
    # developed 1200: the title under the notice's photo (its file name above it) is no caption either
    pictured = text.replace("\n\n通  告", "\n\n微信图片_20210805131017.jpg\n\n警 情 通 报")
    assert "警 情 通 报" in [s.text for s in segment_document(pictured, "zh").sentences]


def test_an_english_share_prompt_ends_the_article_and_an_english_byline_goes() -> None:
    """Batch 121's first contact (developed 2461, a broadcaster's Cantonese page; developed 2330 has the
    same footer in Korean): `Share this with family and friends` after the article ends it, so the
    subscription and podcast promos below it go, sentences as they are; `By Jojo Lee, Ivan Leung` alone
    on its line is a byline. An English sentence that mentions sharing or a byline inside a sentence stays."""
    body = ["馬來西亞警方搗破當地有史以來最大網絡投資詐騙集團,逮捕逾680名涉嫌犯案的中國公民。", "警方逮捕680人,據報有另外約100人逃脫,行動中有人受傷。", "當局相信,這次是馬來西亞有史以來最大宗涉及中國公民的網上詐騙案。"]
    footer = ["By Jojo Lee, Ivan Leung", "Share this with family and friends", "訂閱SBS中文電子報,接收最新新聞資訊。", "Independent news and stories connecting you to life in Australia and Cantonese-speaking Australians.", "透過你喜歡的播客程式,收聽SBS廣東話節目的最新獨家播客節目。"]
    kept, reasons = _kept_and_reasons("\n\n".join(["大馬搗破網絡詐騙集團680中國人被捕", *body, *footer]) + "\n", "zh", "By ", "Share")
    assert kept == ["大馬搗破網絡詐騙集團680中國人被捕", *body] and reasons == {"byline", "share"}
    for line in ("Police asked residents to share this information with friends and family.", "The report was written by two reporters in Sydney."):
        assert line in _kept_and_reasons("\n\n".join(["Police warn of scam calls", "Police in Sydney warned residents about a new wave of scam calls on Monday.", line, "Officers said the calls used cloned numbers."]) + "\n", "ko")[0]


def test_a_quotation_s_speaker_on_a_line_of_its_own_under_it_stays() -> None:
    """Batch 122's first contact (developed 2474): the speaker of a quotation set off by a dash on a
    line of its own under it (`— 박찬대 의원`) is the article's, not asked of the line model, which
    took it for a label; a dash line under a finished sentence is asked as before."""
    lead = "캄보디아에서 한국인 대학생이 고문 끝에 사망한 사건으로 충격이 채 가시기도 전에 한국인 2명이 극적으로 구조됐다."
    quote = ["“아직도 수많은 한국인이 구조를 기다리고 있다.", "지금 이 순간이 바로 골든타임이다. 늦기 전에 행동해야 한다.”"]
    after = "이번 사건은 지난 8월 캄폿주에서 한국인 대학생이 숨진 사건 이후 두 달 만에 일어났다."
    text = "\n".join(["캄보디아 지옥 160일… 한국인 2명 극적으로 구조", lead, *quote, "— 박찬대 의원", after]) + "\n"
    assert "— 박찬대 의원" in [s.text for s in segment_document(text, "ko").sentences]


def test_an_outlet_s_bracketed_name_with_its_column_before_the_lead_is_a_prefix() -> None:
    """Batch 123's first contact (developed 2479): an outlet's name in square brackets with its
    column's name after it (`[봉황망코리아 차이나포커스]`) before the lead is a source prefix, as the
    outlet's name alone is; the lead keeps its first words."""
    lead = "중국 내 반한 기류가 거세지고 있는 가운데, 주중 한국대사관이 중국 내에 체류하는 한국인들에게 안전에 유의해 달라고 당부했다."
    for credit in ("[봉황망코리아 차이나포커스]", "[봉황망코리아]"):
        document = segment_document(f"주중 한국대사관, 재중 한국인에 안전 유의 당부\n{credit} {lead}\n", "ko")
        assert [s.text for s in document.sentences][-1] == lead and credit in {d.text for d in document.dropped if d.reason == "prefix"}


def test_a_bracketed_bullet_before_a_headline_is_cut_off_it() -> None:
    """Batch 123's first contact (developed 2485, a blog post): a bullet in brackets before the
    headline (`[*] `) is a post mark cut off it; the headline keeps its bracketed label."""
    headline = "[필리핀 대사관 공지] 필리핀 사건 사고 관련"
    lead = "주필리핀대사관과 한인총연합회는 18일 필리핀 경찰청과 한인 안전 간담회를 열었다고 밝혔다."
    document = segment_document(f"[*] {headline}\n{lead}\n", "ko")
    assert [s.text for s in document.sentences] == [headline, lead] and "[*]" in {d.text for d in document.dropped}


def test_an_officer_s_caption_glued_after_a_sentence_is_cut_off_it() -> None:
    """Batch 78's developed 1940: an officer's photo caption (station, post, name and rank, no verb)
    glued after a paragraph's last sentence is cut off it; a sentence that names the officer stays."""
    first = "광명경찰서는 2014년 6월 접수된 실종 신고에 따라 추적 수사를 벌인 끝에 가족에게 무사히 인계했다고 밝혔다."
    kept, reasons = _kept_and_reasons(first + " 광명경찰서 실종팀장 김태영 경위\n", "ko", "김태영")
    assert kept == [first] and reasons == {"caption"}
    told = "이번 수사는 광명경찰서 실종팀장 김태영 경위가 맡았다."
    assert [s.text for s in segment_document(first + " " + told + "\n", "ko").sentences] == [first, told]


def test_a_lone_copyright_sign_and_name_between_paragraphs_is_a_photo_credit() -> None:
    """Batch 79's developed 1946: `© 뉴스24` alone on its line under the lead is the credit of the photo
    there, so the paragraphs below it stay (it had ended the article as a footer's copyright); a line
    that is a footer's notice still ends it."""
    lead = "장성경찰서(서장 김종득)는 설 연휴를 앞두고 주거지에서 갑자기 사라진 여성 치매 노인을 신고접수 1시간 만에 발견했다고 밝혔다."
    second = "또한, 실종자가 휴대하고 있던 휴대폰 위치를 추적하여 예상 이동로를 분석하고 경찰관을 사전 배치했다."
    third = "발견 당시 실종자는 맨발 상태로 옷이 젖어 있었으나 건강에는 특별한 이상이 없는 것으로 확인되었다."
    kept, reasons = _kept_and_reasons("\n".join([lead, "  © 뉴스24", second, third]) + "\n", "ko", "뉴스24")
    assert kept == [lead, second, third] and reasons == {"caption"}
    kept, reasons = _kept_and_reasons("\n".join([lead, second, "저작권자 © 뉴스24 무단전재 및 재배포금지", third]) + "\n", "ko", "뉴스24")
    assert kept == [lead, second] and reasons == {"copyright"}


def test_an_ad_slot_placeholder_listing_banner_sizes_is_an_ad() -> None:
    """Batch 80's developed 1959 (a blog platform's page): an empty ad slot prints the banner sizes
    it takes; a sentence that gives a size or two is text."""
    first = "마을 파출소장은 주민들과 함께 매주 야간 순찰을 돌고 있다고 말했다."
    slot = "336x280(권장), 300x250(권장), 250x250, 200x200 크기의 광고 코드만 넣을 수 있습니다."
    kept, reasons = _kept_and_reasons("\n".join([first, slot]) + "\n", "ko", "336x280")
    assert kept == [first] and reasons == {"ad-block"}
    told = "경찰은 가로 120x80cm 크기의 현수막 두 개를 마을 입구에 걸었다고 밝혔다."
    assert [s.text for s in segment_document(told + "\n", "ko").sentences] == [told]


def test_the_short_line_under_a_markdown_image_is_its_caption() -> None:
    """Batch 75's developed 1902 (a pinyin mirror's copy of a paper's report): `![]()`, what a
    Markdown extractor leaves where a photo was, stands over the photo's caption (`現場`), as a file
    name or a placeholder word does; the paragraphs on either side stay."""
    page = segment_document((PAGES / "1902.txt").read_text(encoding="utf-8"), "zh")
    assert all(s.text != "現(xiàn)場" for s in page.sentences)
    assert [d.reason for d in page.dropped if d.text == "現(xiàn)場"] == ["caption", "caption"]
    first = "12月23日晚,市民潘先生专程赶到派出所将一面锦旗送到民警手中。"
    second = "12月1日晚22时许,大港派出所接到潘先生报警,称他的电动车失窃。"
    kept, reasons = _kept_and_reasons("\n".join([first, "![](https://example.com/a.jpg)", "现场", second]) + "\n", "zh", "现场")
    assert kept == [first, second] and reasons == {"caption"}


def test_a_question_mark_glued_before_an_ascii_comma_is_mojibake() -> None:
    """Batch 75's developed 1902: where an encoding ate a `。` and the next character, a pinyin mirror
    prints `?,` between Chinese characters (`…偷?,潘先生…`); no writer puts a comma after a question
    mark. It is flagged, and it makes the page's doubled `??` glued between two Chinese characters
    mojibake too, so the sentence is not cut there; a question asked with ASCII marks elsewhere still ends
    its sentence."""
    page = segment_document((PAGES / "1902.txt").read_text(encoding="utf-8"), "zh")
    garbled = next(s.text for s in page.sentences if s.text.startswith("民生無小事"))
    assert garbled.endswith("這才有了開頭的那一幕。") and "??" in garbled
    assert {f.text for f in page.flags} >= {"?", "??"}
    asked = segment_document("他问这是真的吗??他不敢相信自己的眼睛。\n", "zh")
    assert [s.text for s in asked.sentences] == ["他问这是真的吗??", "他不敢相信自己的眼睛。"]


def test_other_stories_sentences_above_the_menu_are_no_article_under_a_headline_that_shares_the_leads_words() -> None:
    """A saved radio-news page (a local set kept outside the repository): a ticker of other stories,
    one sentence each, above the breadcrumb, then the headline, its date row and the article. The
    ticker was read as the article and the headline dropped. Under a menu, a title sharing the lead's
    words, with more prose below than the sentences above, is the headline; a breadcrumb printed
    again at the page's foot over a related title and its teaser takes nothing."""
    ticker = "法務部說,矯正署將另行審查保外就醫案。\n巴基斯坦警方逮捕凱達組織的重要指揮官。\n歐洲聯盟證實,伊朗核子計劃會談本月復談。\n"
    header = "首頁 > 新聞 > 生活\n強烈大陸冷氣團明發威 愈晚愈冷\n2014/12/11 18:58 報導\n"
    body = (
        "受強烈大陸冷氣團影響,明天白天北部低溫約只有13、14度,南部約17到19度,明晚溫度將持續下降。\n"
        "中央氣象局表示,明天強烈大陸冷氣團影響,中部以北及東北部氣溫較低,其他地區早晚氣溫亦低。\n"
        "氣象局指出,大陸冷氣團在明天到十四號清晨影響台灣最為明顯,中部以北低溫可能降到11至13度。\n"
    )
    document = segment_document(ticker + header + body, "zh")
    assert [s.text for s in document.sentences] == ["強烈大陸冷氣團明發威 愈晚愈冷", *body.split()]
    # code review 65: a deck between the headline and the lead
    deck = "首页 > 新闻中心 > 国际新闻\n美国政府停摆进入第三周\n国会两党仍未就临时拨款法案达成一致\n"
    lead = "美国联邦政府停摆进入第三周,国会两党仍未就临时拨款法案达成一致,数十万联邦雇员无薪休假。\n白宫表示,总统将继续与国会领导人会面,推动政府停摆尽快结束。\n"
    kept = [s.text for s in segment_document(ticker + deck + lead, "zh").sentences]
    assert kept[0] == "美国政府停摆进入第三周" and "法務部說,矯正署將另行審查保外就醫案。" not in kept
    footer = "首頁 > 新聞 > 生活\n寒流來襲 注意保暖\n氣象局提醒民眾,寒流來襲時注意保暖。\n"
    kept = [s.text for s in segment_document(header + body + footer, "zh").sentences]
    assert kept[: 1 + len(body.split())] == ["強烈大陸冷氣團明發威 愈晚愈冷", *body.split()]


def test_an_opinion_pieces_closing_note_on_its_author_is_a_byline() -> None:
    """A newspaper comment ends `…反思。▲（作者是《环球时报》评论员）` (a portal's copy in a local set of
    saved pages): the note on its author is cut off the last sentence as a byline."""
    text = "政府公信力需要重建\n天津市有关部门昨天公布了遇难者名单。\n希望这次大火给政府和社会都带来有益的反思。▲（作者是《环球时报》评论员）\n"
    document = segment_document(text, "zh")
    assert [s.text for s in document.sentences][-1] == "希望这次大火给政府和社会都带来有益的反思。"
    assert [d.reason for d in document.dropped if "评论员" in d.text] == ["byline"]
    # under it, the site asking for its readers' opinions on itself ends the article (the note is
    # then the last paragraph's); the police asking the public's opinion on their work is the article's
    footer = "如果你对新闻频道有任何意见或建议，请到交流平台反馈。\n【到微博反馈】\n"
    document = segment_document(text + footer, "zh")
    assert [s.text for s in document.sentences][-1] == "希望这次大火给政府和社会都带来有益的反思。"
    for notice in (  # (code review 65: our work, a quotation, another site, with paragraphs after them)
        "市民如对交通管理工作有任何意见或建议，可拨打12345反馈。",
        "如您对我们的工作有任何意见或建议，欢迎拨打监督电话12345。",
        "“如果您对我们的服务有任何意见或建议，可以随时通过客服热线告诉我们。”该负责人表示。",
        "如您对图书馆网站有任何意见或建议，可在页面下方留言。",
    ):
        page = f"交警部门征求意见\n交警支队近日开展交通秩序整治。\n{notice}\n整治行动将持续到年底。\n"
        assert [s.text for s in segment_document(page, "zh").sentences][-2:] == [notice, "整治行动将持续到年底。"], notice


def test_a_headline_under_the_breadcrumb_with_its_time_glued_on_and_the_menus_above_it() -> None:
    """A TV news page read whole (a local set of saved pages kept outside the repository): a menu of
    programme names, one of them printed twice, then the breadcrumb, the headline with its date and time
    glued to its end, and the article. The menu item had been kept as the headline and the real one
    dropped. The time is cut off the headline, and the menus above the breadcrumb are no headline; a
    headline printed above the breadcrumb as well stays, and a label's date (`发表于 …`) stays whole."""
    menus = "民視全球新聞\n頭家來開講\n民視異言堂\n挑戰新聞\n民視全球新聞\n首頁 > 生活新聞 >\n"
    headline = "「良心包子」重視食安 虧損2年出頭天"
    body = "內湖有家包子店，開業3年來，堅持使用新鮮原物料，製作良心包子。\n由於賣得比較貴，一開始每月都虧損，但老闆堅持不降低品質，終於在第三年轉虧為盈。\n"
    document = segment_document(f"{menus}{headline}2014/12/1 18:13\n{body}", "zh")
    assert [s.text for s in document.sentences] == [headline, *body.split()]
    assert [d.reason for d in document.dropped if d.text == "2014/12/1 18:13"] == ["dateline"]
    twice = segment_document(f"{headline}\n{menus}{headline}\n{body}", "zh")
    assert [s.text for s in twice.sentences][0] == headline
    for line in ("更新時間 2014/12/1 18:13", "警方通报称，嫌疑人已被刑事拘留，案发时间为2024/3/5 21:30"):  # (code review 65b)
        assert not [d for d in segment_document(f"{headline}\n{line}\n{body}", "zh").dropped if d.reason == "dateline" and d.text != line], line
    exclaimed = segment_document(f"{menus}{headline}！2014/12/1 18:13\n{body}", "zh")
    assert [s.text for s in exclaimed.sentences][0] == f"{headline}！"
    label = "童娅飘 发表于 2020-5-26 17:09:14"
    posted = segment_document(f"{label}\n长寿区反诈中心挂牌成立\n长寿区反诈中心已于近日正式挂牌成立。\n反诈中心共有民警13名。\n", "zh")
    assert label not in [s.text for s in posted.sentences] and "童娅飘 发表于" not in [s.text for s in posted.sentences]


def test_a_dispatch_credit_after_the_last_sentence_and_the_sections_other_stories_under_it() -> None:
    """A TV news page (a local set of saved pages kept outside the repository): the last sentence
    ends with the credit `（民視新聞陳韻平、郭文海台北報導）`, then `其它生活新聞` and the section's other
    stories, each a teaser cut off before `...更多`. The credit is a byline, the list is related; a
    crosshead naming other news in a sentence and a quotation's `…` stay."""
    body = "內湖有家包子店，開業3年來，堅持使用新鮮原物料。\n如今店裡年營業額達300萬元，證明了良心是經營生意的不二法門。"
    footer = "（民視新聞陳韻平、郭文海台北報導）\n其它生活新聞\n闕媽媽獻愛23年 養育20名寄\n每年台灣都有不少孩子，因為家庭或健康因素遭遺棄或送養，台北就有位非常有愛心的闕媽媽，23年一手帶大20名寄養孩...更多\n"
    document = segment_document(f"「良心包子」重視食安\n{body}{footer}", "zh")
    assert [s.text for s in document.sentences] == ["「良心包子」重視食安", *body.split("\n")]
    assert [d.reason for d in document.dropped if "台北報導" in d.text] == ["byline"]
    teaser = "每年台灣都有不少孩子遭遺棄或送養，台北就有位闕媽媽，23年一手帶大20名寄養孩...更多"
    assert teaser not in [s.text for s in segment_document(f"「良心包子」重視食安\n{body.split(chr(10))[0]}\n{teaser}\n{body.split(chr(10))[1]}\n", "zh").sentences]
    for said in ("她哽咽着说：“我只想要更多时间陪陪孩子……更多。”", "他在微博上写道：“希望大家关注这件事……更多”"):  # (code review 65b)
        assert said in [s.text for s in segment_document(f"「良心包子」重視食安\n{body.split(chr(10))[0]}\n{said}\n", "zh").sentences], said
    quoted = "他說：「我們還會做得更多……」"
    assert quoted in [s.text for s in segment_document(f"「良心包子」重視食安\n{body.split(chr(10))[0]}\n{quoted}\n", "zh").sentences]


def test_a_view_count_under_a_headline_below_a_slogan_and_most_read_items_ends_no_article() -> None:
    """A saved page of an online paper (a local set kept outside the repository; held out until this
    was read, then moved to the developed pages): the site's slogan, which exclaims, and most-read
    items that exclaim or ask were kept above a breadcrumb broken into lines, the headline and its
    meta rows; the view count among them ended the article before its first paragraph. Headline-short
    sentences above a footer's word, with several times their letters of prose below, are no article;
    the headline under the broken breadcrumb is the headline, and what is above it header."""
    top = "風傳媒 一個有國際觀、專注揭弊、觀點犀利批判性的新媒體！\n最多人閱讀\n處女秀！吳敦義壓不住陣腳 中常委砲火四射\n陳德銘：貨貿還能簽嗎？再來一個月亮花就沒意思了\n"
    crumb = "首頁\n>\n新聞\n>\n國際\n油價跌跌不休 重挫歐美股市\n編譯中心\n2014年12月13日 09:33\n237 點擊數\n"
    body = (
        "受油價繼續下跌拖累，紐約股市三大指數12日下跌，本週三大指數全部收跌。\n"
        "國際油價12日繼續刷新五年低點，收於每桶57.46美元，為2009年5月以來新低。\n"
        "對原油供過於求的擔憂使油價近期連續走低，國際能源署下調了明年全球原油需求的增長預期。\n"
        "截至當天收盤，道瓊工業平均指數跌315.51點，收於17280.83點，跌幅1.79%。\n"
    )
    kept = [s.text for s in segment_document(top + crumb + body, "zh").sentences]
    assert kept == ["油價跌跌不休 重挫歐美股市", *body.split()]
    # a short article of two sentences that exclaim and ask, no headline between them and the footer, ends
    # at the footer, however much the comments below say (code review 65b)
    article = "車位不足問題難解\n社區居民抱怨找不到停車位！\n市府新建的停車場能緩解嗎？\n瀏覽次數：1523\n版權所有 © 地方新聞網\n"
    comments = "".join(f"網友{n}：我住在這個社區已經十幾年了，每天晚上下班回家都要繞好幾圈才能找到車位，真的很辛苦。\n" for n in range(1, 5))
    assert [s.text for s in segment_document(article + comments, "zh").sentences] == ["車位不足問題難解", "社區居民抱怨找不到停車位！", "市府新建的停車場能緩解嗎？"]
    # a short article of two sentences over the view count and other stories' prose ends there
    short = "民警救起落水老人\n民警昨日在河邊救起一名落水老人。老人已無大礙。\n237 點擊數\n"
    others = "".join(f"另一則新聞的第{n}段內容，講述了與本文無關的事情，篇幅較長，並且一直寫到段落的最後一個字。\n" for n in range(1, 5))
    assert [s.text for s in segment_document(short + others, "zh").sentences] == ["民警救起落水老人", "民警昨日在河邊救起一名落水老人。", "老人已無大礙。"]


_ALIKE_HEAD = "内蒙古警方通报打击电诈成果 抓获嫌疑人860余名"
_ALIKE_PARAGRAPHS = [
    "6月28日,内蒙古自治区公安厅通报了近期打击电信网络诈骗犯罪的工作成果,全区公安机关共破获案件1200余起。",
    "据介绍,今年以来,全区公安机关坚持打防并举,持续开展集中收网行动,抓获犯罪嫌疑人860余名,追赃挽损1.2亿元。",
    "自治区公安厅刑侦总队相关负责人表示,下一步将继续保持高压态势,坚决遏制此类犯罪多发高发势头。",
    "警方提醒,广大群众要提高防范意识,不轻信陌生来电,不点击不明链接,如遇可疑情况请及时拨打110报警。",
]


@pytest.mark.parametrize("more_prose", [False, True])
@pytest.mark.parametrize(
    "items",
    [
        ["加强重点部位巡逻防控", "加强校园周边治安整治", "加强交通秩序管理", "加强矛盾纠纷排查化解", "加强反诈宣传教育"],
        ["你是万家灯火的守护者", "你是寒风中挺立的身影", "你是群众心中最可爱的人", "你是黑夜里最亮的那束光"],
        ["加強重點部位巡邏防控", "加強校園周邊治安整治", "加強交通秩序管理"],
    ],
)
def test_lines_opening_with_one_verb_or_pronoun_are_a_list_not_a_gallery(items: list[str], more_prose: bool) -> None:
    """(code review 66) A list that opens each item with the same verb (`加强…`, in either script) or a
    poem's lines with the same pronoun (`你是…`), between paragraphs, is the article's own, on a page
    of prose and on one the list makes look broken into short lines: captions of one gallery open with
    their subject (`骑警…`), a noun. (A gallery of one subject's captions on a page that looks broken
    into short lines, `民警赴…抓获` ×5 on page 1252, was tried and not kept: it took such lists.)"""
    more = [paragraph.replace("内蒙古", "宁夏").replace("全区", "全自治区") for paragraph in _ALIKE_PARAGRAPHS] if more_prose else []
    page = [_ALIKE_HEAD, *_ALIKE_PARAGRAPHS[:2], *items, *_ALIKE_PARAGRAPHS[2:], *more]
    kept = [s.text for s in segment_document("\n".join(page) + "\n", "zh").sentences]
    assert set(items) <= set(kept) and set(_ALIKE_PARAGRAPHS) <= set(kept)


def test_a_run_of_clauses_on_a_page_of_clause_lines_is_kept() -> None:
    """(developed page 827) A page that breaks its sentences into clause lines keeps the runs of them
    between its longer lines."""
    kept = {s.text for s in segment_document((PAGES / "827.txt").read_text(encoding="utf-8")).sentences}
    clauses = ["1月14日", "2025年春运开启", "这是中国春节申遗成功后首个春运", "40天里", "预计全社会跨区域人员流动量", "将达到90亿人次", "幸福回家路上", "春运路上故事多"]
    assert set(clauses) <= kept


def test_a_bulleted_crosshead_between_two_paragraphs_is_kept_and_a_list_of_bulleted_titles_is_not() -> None:
    """(developed page 2522) A short line set off by a dot (`·科学部署警力,织密立体防控网络`) between two
    paragraphs of the article heads its part below; bulleted titles in a row, or one above the body
    (developed page 2341's box of topics, `• 2017财政预算案深度解读` between two summaries, over the
    article below), are other stories."""
    page = (PAGES / "2522.txt").read_text(encoding="utf-8")
    crossheads = ["·科学部署警力,织密立体防控网络", "·精准施策管控,筑牢交通安全防线"]
    assert set(crossheads) <= {s.text for s in segment_document(page, "zh").sentences}
    paragraphs = [line for line in page.splitlines() if len(line) > 60]
    listed = "\n".join([page.splitlines()[4], *paragraphs[:2], *crossheads, *paragraphs[2:]]) + "\n"
    assert not set(crossheads) & {s.text for s in segment_document(listed, "zh").sentences}
    boxed = (PAGES / "2341.txt").read_text(encoding="utf-8")
    assert "• 2017财政预算案深度解读" not in {s.text for s in segment_document(boxed, "zh").sentences}
    # (code review 70) one bulleted link to another story between two paragraphs is no series of crossheads
    linked = "\n".join([page.splitlines()[4], *paragraphs[:2], "· 相关新闻:男子酒驾被查", *paragraphs[2:]]) + "\n"
    assert "· 相关新闻:男子酒驾被查" not in {s.text for s in segment_document(linked, "zh").sentences}


@pytest.mark.parametrize(
    "notice, lang",
    [
        ("Please enable JavaScript to view the comments powered by Disqus.", "ko"),
        ("You cannot see this page without javascript.", "ko"),  # staged 4136, a travel agency's board
        ("You can’t view this page without JavaScript!", "zh"),
        ("您的瀏覽器不支援JavaScript功能", "zh"),
    ],
)
def test_a_notice_that_the_page_needs_javascript_goes(notice: str, lang: str) -> None:
    """A notice that the page needs JavaScript, in a page's text, goes as a widget (`_page_with`'s near
    misses keep the sentences about a script attack that name JavaScript)."""
    document = segment_document(_page_with(notice, lang), lang)
    assert notice not in [s.text for s in document.sentences] and len(document.sentences) == 3
    assert [d.reason for d in document.dropped if d.text == notice] == ["widget"]
    if notice.startswith("You"):  # (code review 82e) an article quoting such a notice keeps its sentence
        quoted = f"보안업체는 피싱 페이지가 '{notice}'라는 문구를 띄워 사용자를 속였다고 설명했다."
        assert quoted in [s.text for s in segment_document(_page_with(quoted, "ko"), "ko").sentences]


def test_crossheads_a_blog_sets_off_with_pictographs_are_kept_and_links_are_not() -> None:
    """Staged page 4141 (a Korean blog's report of a killing in Ho Chi Minh City): crossheads set off by
    pictographs (`📌 사건 개요 – …`, `🔨 …`, `🚓 …`), each alone between two paragraphs and sharing words
    with the paragraph below, head the parts below them; the 📌 one is no related link for it. Near
    misses (code review 82e): one such line alone, lines set off by a hand that points to a link, and
    a link to another story between paragraphs (`🔥 热门推荐：…`) with a weather line beside it."""
    title = "호치민 한인 주점 살인사건, 용의자 검거"
    intro = "최근 베트남 호치민시 3군 주점에서 발생한 한국인 간 살인사건이 현지 한인 사회에 큰 충격을 주고 있습니다."
    heads = ["📌 사건 개요 – 호치민 3군 한인 주점에서 발생", "🔨 잔혹한 범행 수법…‘의자·돌·둔기’로 무차별 가격", "🚓 도주 후 검거…CCTV 추적 통해 검거 성공"]
    parts = [
        "베트남 매체들에 따르면 사건은 3월 10일 오전 호치민 3군의 한 한인 주점에서 발생했습니다.",
        "목격자 진술에 따르면 A씨는 주점 내 의자와 주변 물건(돌, 둔기 등)으로 피해자의 머리를 가격했습니다.",
        "호치민시 공안국은 CCTV 및 차량 앱 정보 추적을 통해 당일 빈증성에서 A씨를 긴급 체포했습니다.",
    ]
    page = "\n".join([title, intro, heads[0], parts[0], heads[1], parts[1], heads[2], parts[2], ""])
    assert set(heads) <= {s.text for s in segment_document(page, "ko").sentences}
    alone = "\n".join([title, intro, parts[1], heads[0], parts[0], parts[2], ""])
    assert heads[0] not in {s.text for s in segment_document(alone, "ko").sentences}
    pointed = [f"👉 {heads[0][2:]}", f"👉 {heads[2][2:]}"]
    page = "\n".join([title, intro, pointed[0], parts[0], parts[1], pointed[1], parts[2], ""])
    assert not set(pointed) & {s.text for s in segment_document(page, "ko").sentences}
    zh = ["警方破获特大跨境电信诈骗案,抓获犯罪嫌疑人120名,冻结涉案资金3000余万元。", "据介绍,该团伙在境外设立窝点,通过虚假投资平台诱骗受害人转账。", "目前,案件正在进一步侦办中,警方提醒广大群众提高警惕。"]
    links = ["🔥 热门推荐：国务院常务会议部署稳增长举措", "☀ 北京 晴 35℃"]
    page = "\n".join(["警方破获特大跨境电诈案", zh[0], links[0], zh[1], links[1], zh[2], ""])
    assert links[0] not in {s.text for s in segment_document(page, "zh").sentences}


def test_a_page_titles_copy_of_the_headline_with_the_outlets_name_glued_on_goes() -> None:
    """(developed page 2544) `萬花瞳 | 渝中區…“打烊”-華龍網` over `萬花瞳 | 渝中區…“打烊”`: the site's name glued to
    the headline by a dash is a page title's (a column's name before a bar is not taken for the site's),
    and the copy goes; a dash inside a headline before other words is the headline's own."""
    kept = [s.text for s in segment_document((PAGES / "2544.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[0] == "萬花瞳 | 渝中區左營街6號永不“打烊”" and not any(sentence.endswith("華龍網") for sentence in kept)
    lead = "今年的1月10日是第五個中國人民警察節,民警們在崗位上度過了自己的節日,守護轄區群眾平安。"
    for head in ("民警救起落水老人-家屬送錦旗", "中-緬邊境聯合巡邏啟動"):
        assert [s.text for s in segment_document(f"{head}\n{lead}\n", "zh").sentences][0] == head
    # (code review 70) a headline's own words after a dash may end like an outlet's name (`…落网`): its page title's copy still goes
    head = "警方围堵持刀男子——嫌犯3小时后落网"
    assert [s.text for s in segment_document(f"{head}\n{lead}\n{head}-华龙网\n", "zh").sentences] == [head, lead]


def test_a_credit_line_of_roles_joined_by_slashes_is_a_byline() -> None:
    """(developed page 2543) `採訪/撰稿 陳佳利` over `攝影/賴冠丞,剪輯/陳忠峰`: credits, not the headline; one role
    and a colon or a slash (`美術：陳超雄`, `文/张三`) too; a role word opening a clause is body."""
    kept = [s.text for s in segment_document((PAGES / "2543.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[0].startswith("林務局將台灣原生的肖楠")
    lead = "民警昨日在河边救起一名落水老人,老人已无大碍,家属送来锦旗表示感谢。"
    for credit in ("採訪/撰稿 陳佳利", "文/圖 陳佳利", "美術：陳超雄", "文/张三", "攝影/賴冠丞,剪輯/陳忠峰"):
        assert [s.text for s in segment_document(f"民警河边救起落水老人\n{credit}\n{lead}\n", "zh").sentences] == ["民警河边救起落水老人", lead], credit
    assert segment_document(f"文字游戏 害人不浅\n{lead}\n", "zh").sentences[0].text == "文字游戏 害人不浅"
    # (code review 70) one role and a word after a space, or a clause that opens with a role word, is no credit
    for line in ("設計 理念", "採訪 結束後,"):
        document = segment_document(f"民警河边救起落水老人\n{lead}\n{line}\n{lead.replace('昨日', '今日')}\n", "zh")
        assert all(dropped.reason != "byline" for dropped in document.dropped) and document.metadata.byline is None, line


def test_a_form_label_left_empty_after_the_last_sentence_goes() -> None:
    """(developed page 2540) `참조 :` after the article's last sentence, its colon set off by a space, is an
    empty field of the page's form, though a longer scrap after it (`8 views0 comments`, which the line model
    takes later) kept the trailing trim from it; a clause that introduces what follows holds its colon
    (`警方提醒:`), and the trailing trim takes a label that is the page's last line anyway."""
    kept = [s.text for s in segment_document((PAGES / "2540.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert kept[-1].endswith("compatriots.")
    lead = "民警昨日在河边救起一名落水老人,老人已无大碍,家属送来锦旗表示感谢。"
    assert [s.text for s in segment_document(f"民警河边救起落水老人\n{lead}\n警方提醒:\n", "zh").sentences][-1] == "警方提醒:"
    assert [s.text for s in segment_document(f"民警河边救起落水老人\n{lead}\n来源 :\n", "zh").sentences][-1] == lead


def test_a_wire_credit_whose_place_names_its_country_and_a_date_after_the_last_sentence_go() -> None:
    """(developed page 2593) `【L.A(미국)=뉴시스】 김운영 편집위원 =` before the lead (the place with its country in
    parentheses, the reporter an editor) is the wire's credit, and a bare date glued after the last sentence
    (`…밝혔다. 2017.08.25.`) is its dateline; a date inside a sentence stays."""
    document = segment_document((PAGES / "2593.txt").read_text(encoding="utf-8"), "ko")
    kept = [s.text for s in document.sentences]
    assert kept[1].startswith("LA 경찰국(LAPD)이") and kept[-1] == "이에 대해 LA 경찰국은 아직 결정된 사항이 아니라고 밝혔다."
    assert document.metadata.source == "【L.A(미국)=뉴시스】 김운영 편집위원 ="
    dated = "경찰은 2017.08.25 오후 3시 현장을 다시 조사했다."
    assert [s.text for s in segment_document(f"{dated}\n", "ko").sentences] == [dated]


def test_a_headline_that_exclaims_in_the_leads_words_ends_the_clauses_above_the_body() -> None:
    """(developed page 2590) Short lines over a headline that exclaims in the lead's words (an ad block of
    exchange names, `火币` / `全球知名的比特币交易所` …) are the page's, not an opening written a clause per line."""
    kept = [s.text for s in segment_document((PAGES / "2590.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[0].startswith("一只鹦鹉卖25万元!温州警方破获") and not {"火币", "币安", "全球用户最多的交易所"} & set(kept)


def test_a_photo_caption_glued_before_a_paragraphs_first_sentence_is_cut_off() -> None:
    """(developed page 2589) `图为…开展酒驾查处工作。此次整治行动,…`: the caption goes, the sentence after it stays;
    a line of the caption alone goes whole, and a sentence that merely mentions a photo stays."""
    kept = [s.text for s in segment_document((PAGES / "2589.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[-1].startswith("此次整治行动,查获饮酒驾驶2起") and not any(s.startswith("图为") for s in kept)
    lead = "民警昨日在河边救起一名落水老人,老人已无大碍。"
    assert [s.text for s in segment_document(f"{lead}\n图为民警在河边救人。\n", "zh").sentences] == [lead]
    told = "民警调取监控图片后发现了嫌疑人。"
    assert [s.text for s in segment_document(f"{lead}\n{told}\n", "zh").sentences] == [lead, told]


def test_a_tv_credit_with_its_place_and_a_more_news_link_are_no_headline_and_no_prefix() -> None:
    """(developed page 2604) `民視新聞/高雄報導` (the outlet and the place it reports from) is a byline, not the
    headline over the lead; `更多新聞: <another story's title>` goes whole as a related link (its label is no site
    name glued before a lead, as `山东法制传媒网:近日,…` is)."""
    kept = [s.text for s in segment_document((PAGES / "2604.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[0] == "種大麻用蕉園掩護 警起獲近616株大麻"
    assert not any("蘇大媽" in sentence or "綠鬣蜥" in sentence for sentence in kept)
    lead = "山东法制传媒网:近日,济南市公安局民警在街头巡逻时救起一名落水老人。"
    assert segment_document(f"{lead}\n", "zh").sentences[0].text == "近日,济南市公安局民警在街头巡逻时救起一名落水老人。"


def test_a_teaser_the_site_cut_off_with_spaced_dots_is_no_sentence_to_start_the_body_at() -> None:
    """Developed page 2635: another story's title cut off by the site (`…급등에 ‘빚의 ..`) above two
    `관심글` buttons, the headline and the credit-opening lead: the body starts at the headline, and the
    reporters' credit glued before the lead goes; a writer's own dots, close to the word, still end a sentence."""
    document = segment_document((PAGES / "2635.txt").read_text(encoding="utf-8"), "ko")
    kept = [s.text for s in document.sentences]
    assert kept[0].startswith("“대사관·검찰 사칭에 2만달러 송금”") and "관심글" not in kept
    assert not any("빚의" in s for s in kept)
    assert any(s.startswith("캘거리에 거주하는 한인") for s in kept)
    assert document.metadata.source == "(김민식 기자, 안영민 기자)"
    written = segment_document("그는 끝내 말을 잇지 못했다..\n\n경찰은 24일 전화금융사기 조직원 12명을 검거했다고 밝혔다.\n", "ko")
    assert written.sentences[0].text == "그는 끝내 말을 잇지 못했다.."


def test_a_forums_reply_box_and_an_interviewees_on_screen_name_go() -> None:
    """Developed pages 2637 (a Discuz board's `快速回帖 使用高级回帖 (…功能哦!)`, which ends like an
    exclamation) and 2639 (a video report's on-screen name `三中隊中隊長 卞曉明` under its unit); a
    speech tag naming a post and a name (`…队长 刘洋说：`) stays."""
    kept = [s.text for s in segment_document((PAGES / "2637.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert not any("快速回帖" in s for s in kept) and kept[-1].startswith("希望广大网民")
    kept = [s.text for s in segment_document((PAGES / "2639.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert "三中隊中隊長 卞曉明" not in kept and any(s.startswith("根據支隊統一安排部署") for s in kept)
    told = segment_document("市公安局刑侦支队队长 刘洋说：\n“这起案件涉及全国20多个省份，受害人达300余人。”\n", "zh")
    assert told.sentences[0].text.startswith("市公安局刑侦支队队长 刘洋说")


def test_a_deck_of_dotted_summary_points_under_the_headline_is_kept_and_a_box_of_other_stories_is_not() -> None:
    """Developed page 1484: three `· …` points right under the headline, two of them in the lead's
    words, are its deck (a `related` rule's bulleted lines, read as the article's own), and so are
    2714's below its byline and date rows; the same dots over a lead they share no words with are
    other stories, and a point that prints the headline again (481) is its copy."""
    kept = [s.text for s in segment_document((PAGES / "1484.txt").read_text(encoding="utf-8"), "ko").sentences]
    for point in ("· 경북 구미 아파트, 흉기든 남성 112 신고 접수", "· 현관문 열리자 돌진…경찰, 테이저건 발사로 제압", "· 현행범 체포·구속 송치…“특수공무집행방해 혐의”"):
        assert point in kept
    kept = [s.text for s in segment_document((PAGES / "2714.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert "• 새벽 3시 CBD 편의점 앞…‘망치’ 등장한 폭행" in kept  # below the byline and date rows and a `기사수정` button
    assert not any("이한우" in s or "기사수정" in s for s in kept)
    kept = [s.text for s in segment_document((PAGES / "481.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept.count("望警分局與民有約 舉辦七美社區治安座談會") == 1 and "• 望警分局與民有約 舉辦七美社區治安座談會" not in kept  # the headline again
    lead = "경찰청은 24일 전화금융사기 조직원 12명을 검거했다고 밝혔다. 이들은 지난해부터 노인 300여명에게서 20억원을 가로챘다."
    page = f"전화금융사기 조직원 12명 검거\n· 부산 해수욕장 피서객 100만명 돌파\n· 태풍 북상에 남해안 비상\n{lead}\n"
    kept = [s.text for s in segment_document(page, "ko").sentences]
    assert kept[0] == "전화금융사기 조직원 12명 검거" and not any("해수욕장" in s or "태풍" in s for s in kept)


def test_an_outlets_name_the_page_title_glued_to_the_headline_by_a_dash_goes() -> None:
    """Developed page 1711: `海巡首次查獲大陸子母型漁船走私案--馬祖日報` (the page title, the headline's only
    copy): the paper's name goes and the headline stays. A headline's own words after a dash stay,
    a place (`…중상-청주`, 583) or a clause ending in a word an outlet's name may end in (`-官方通报`,
    `--嫌犯落网`, `-警方收网`, `-系假新闻`, `-가짜뉴스`, `--피의자신문`). A tag an aggregator glues to every
    title (636's `-环球新动态`) is no paper's, site's or station's word: it goes as a content farm's
    stock label, the headline stays."""
    kept = [s.text for s in segment_document((PAGES / "1711.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[0] == "海巡首次查獲大陸子母型漁船走私案" and not any("馬祖日報" in s for s in kept)
    kept = [s.text for s in segment_document((PAGES / "583.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert "흉기 난동 경찰관 2명 중상-청주" in kept
    kept = [s.text for s in segment_document((PAGES / "636.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[0] == "焦作市解放区法院:司法警察护航执行办案"
    lead = "11月3日，市公安局通报，一名持刀抢劫便利店的男子在案发3小时后被民警抓获。该男子对抢劫事实供认不讳。"
    for headline in ("持刀男子抢劫便利店-嫌犯3小时后落网", "男子持刀抢劫便利店-官方通报", "男子持刀抢劫便利店--嫌犯落网", "诈骗团伙被一网打尽-警方收网", "网传某地发生持刀伤人案-系假新闻"):
        assert segment_document(f"{headline}\n{lead}\n", "zh").sentences[0].text == headline
    assert segment_document(f"男子持刀抢劫便利店-华龙网\n{lead}\n", "zh").sentences[0].text == "男子持刀抢劫便利店"
    lead = "경찰은 24일 전화금융사기 조직원 12명을 검거했다고 밝혔다. 이들은 지난해부터 노인 300여명에게서 20억원을 가로챘다."
    for headline in ("선거 앞두고 딥페이크 기승-가짜뉴스", "흉기 난동 20대 체포--피의자신문"):
        assert segment_document(f"{headline}\n{lead}\n", "ko").sentences[0].text == headline


def test_a_photo_of_what_the_police_seized_named_as_a_thing_is_a_caption() -> None:
    """Developed page 1552: `查获的运毒摩托车` and `缴获的冰毒` between the paragraphs, each a photo of
    what was seized, named as a thing, go as captions; the paragraphs that tell of the seizure stay.
    A headline or a crosshead that says what was done with it stays: a deed before it (`我市集中销毁…`,
    `依法处置…`), a numbered head or a predicate after it (`二、查获的毒品如何处置`, `…价值超千万元`). (The
    row came from page 2733's first contact, whose `打击治理跨境赌博违法犯罪缴获的部分作案工具`, a
    campaign's name before the seizure, it leaves: read so, the deeds before would go too.)"""
    document = segment_document((PAGES / "1552.txt").read_text(encoding="utf-8"), "zh")
    kept = [s.text for s in document.sentences]
    assert "查获的运毒摩托车" not in kept and "缴获的冰毒" not in kept
    assert {d.text: d.reason for d in document.dropped}["缴获的冰毒"] == "caption"
    assert any("又查获了一辆摩托车" in s for s in kept)
    lead = "11月3日，市公安局召开新闻发布会，通报了今年以来打击赌博违法犯罪的战果。目前，案件正在进一步侦办中。"
    for line in ("我市集中销毁收缴的非法枪支", "特大贩毒案告破 缴获的毒品价值超千万元", "公安机关公开发还查获的被盗电动车", "依法处置查获的涉案财物", "二、查获的毒品如何处置", "治安支队展示了收缴的赌博机"):
        assert line in [s.text for s in segment_document(f"{line}\n{lead}\n", "zh").sentences], line


def test_a_broadcasts_transcript_codes_glued_between_its_sentences_go() -> None:
    """Developed page 2719: a regional MBC station's transcript that lost its line breaks, its codes
    (`◀ANC▶` anchor, `◀END▶ ◀VCR▶` end of the lead and the video, `◀SYN▶` sync sound) glued between
    the sentences: the codes go, the sentences after them stand alone, and the hand-over before
    `◀END▶` (`조인호 기자입니다.`) goes as a byline; a Korean label so glued goes too (`◀앵커 멘트▶`), and
    an arrow the article writes after a sentence stays."""
    document = segment_document((PAGES / "2719.txt").read_text(encoding="utf-8"), "ko")
    kept = [s.text for s in document.sentences]
    assert not any(code in s for s in kept for code in ("◀ANC▶", "◀END▶", "◀VCR▶", "◀SYN▶"))
    assert "사행성 심리를 노린 도박행위가 서민들 사이로 깊숙히 파고 들고 있습니다." in kept
    assert "굳게 잠겨있는 당구장 철문을 경찰이 소리를 죽인채 열었습니다." in kept
    assert ("조인호 기자입니다.", "byline") in {(d.text, d.reason) for d in document.dropped}
    glued = segment_document("경찰은 17일 보이스피싱 조직원 12명을 검거했습니다. ◀앵커 멘트▶ 경찰은 이들을 구속했습니다.\n", "ko")
    assert [s.text for s in glued.sentences] == ["경찰은 17일 보이스피싱 조직원 12명을 검거했습니다.", "경찰은 이들을 구속했습니다."]
    arrow = "경찰은 지난해 3월 단속을 벌였다. ◀ 표시가 된 도로에서 12명이 적발됐다.\n"
    assert segment_document(arrow, "ko").sentences[-1].text == "◀ 표시가 된 도로에서 12명이 적발됐다."


def test_the_editors_sign_off_under_the_body_ends_the_article() -> None:
    """Developed page 2745: under the last paragraph, `责任编辑:于文凯` signs the article off, and what
    follows is the site's (a topic tag, an app promo, five other stories' titles); an editor's line
    with the article's prose below it ends nothing, under the headline or under a summary."""
    kept = [s.text for s in segment_document((PAGES / "2745.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert kept[-1] == "目前,案件正在进一步办理中。"
    lead = "11月3日，市公安局通报，民警在高速路口查获一辆运输假冒香烟的货车，涉案金额200余万元。"
    page = f"民警查获假烟200余万元\n责任编辑：王某\n{lead}\n目前，案件正在进一步侦办中。\n"
    assert segment_document(page, "zh").sentences[-1].text == "目前，案件正在进一步侦办中。"
    page = f"民警查获假烟200余万元\n摘要：{lead}\n责任编辑：王某\n11月3日凌晨，交警在高速路口检查时发现一辆可疑货车。\n目前，案件正在进一步侦办中。\n"
    assert segment_document(page, "zh").sentences[-1].text == "目前，案件正在进一步侦办中。"


def test_a_captions_sentence_and_its_credit_glued_after_a_sentence_go() -> None:
    """Developed page 2749: `응우옌 띤 티엣이 조사 기관에서 모습. 사진: 꽝찌성 경찰`, a sentence saying what the
    photo shows (…모습) and its credit, glued after the lead's sentence, goes as a caption; after any
    other sentence, a brief's verbless one too (`…추적할 방침.`), only the credit goes."""
    document = segment_document((PAGES / "2749.txt").read_text(encoding="utf-8"), "ko")
    kept = [s.text for s in document.sentences]
    assert not any("사진:" in s or "조사 기관에서 모습" in s for s in kept)
    assert any(s.endswith("체포했다고 밝혔다.") for s in kept)
    for last in ("경찰은 시민들의 주의를 당부했다.", "경찰은 해외 총책을 추적할 방침."):
        page = f"경찰은 17일 전화금융사기 조직원 14명을 체포했다고 밝혔다. {last} 사진=경남경찰청\n"
        assert segment_document(page, "ko").sentences[-1].text == last


def test_a_sentence_about_a_rumour_in_wechat_moments_is_no_promo() -> None:
    """Developed page 2751: a line that page breaks cut mid-sentence, `…發現一些微信朋友圈轉發一條…`, is
    the article's (police news tells of rumours spread there), and so is a tip that says not to share
    there; a share button's `分享到微信朋友圈` is not."""
    kept = [s.text for s in segment_document((PAGES / "2751.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert any("微信朋友圈轉" in s for s in kept)
    page = "民警提醒：\n不要随意将车票、登机牌照片分享到朋友圈\n分享到微信朋友圈\n目前，案件正在进一步侦办中。\n"
    kept = [s.text for s in segment_document(page, "zh").sentences]
    assert "不要随意将车票、登机牌照片分享到朋友圈" in kept and "分享到微信朋友圈" not in kept


def test_a_papers_bracketed_news_credit_its_end_mark_and_a_spaced_wire_credit_go() -> None:
    """Developed page 2760: a Vietnamese paper's Chinese edition opens its lead with `〔本報消息〕` (this
    paper's news) and closes the article with `◆` glued to its last words: the credit goes to the
    metadata's source, the end mark as page furniture, and the sentences stay; a label that says the
    news is good (`【好消息】`) is no credit. So does a wire's dateline set off from the agency by a
    space with its reporters named in brackets (`中新网 德宏10月25日电 (章欣怡)`, developed page 2767)."""
    document = segment_document((PAGES / "2760.txt").read_text(encoding="utf-8"), "zh")
    kept = [s.text for s in document.sentences]
    assert kept[0].startswith("昨(8)日下午,安江省邊防部隊") and kept[-1].endswith("一人被送返柬埔寨")
    assert document.metadata.source == "〔本報消息〕"
    assert ("◆", "page-furniture") in {(d.text, d.reason) for d in document.dropped}
    assert segment_document("【好消息】我市电诈案件发案数同比下降三成，民警提醒市民继续提高警惕。\n", "zh").metadata.source is None
    document = segment_document((PAGES / "2767.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[0].text.startswith("云南德宏边境管理支队25日通报称") and document.metadata.source == "中新网 德宏10月25日电 (章欣怡)"
    quoted = segment_document("中新网 4月16日电 (记者 张三)警方表示,案件正在调查中。\n", "zh")
    assert quoted.sentences[0].text.startswith("警方表示") and quoted.metadata.source == "中新网 4月16日电 (记者 张三)"


def test_a_units_unbracketed_photo_credit_glued_to_a_paragraph_goes() -> None:
    """Developed page 2767: under the caption `图为嫌疑人现场指认。` the photo's credit, the unit and 供图
    (`德宏边境管理支队 供图`), is glued to the next paragraph's first words: the credit goes as a caption
    and the paragraph starts at its date, as the Korean `경남경찰청 제공` before a lead does. 提供图片
    (a verb and its object) in a sentence is no credit."""
    document = segment_document((PAGES / "2767.txt").read_text(encoding="utf-8"), "zh")
    assert ("德宏边境管理支队 供图", "caption") in {(d.text, d.reason) for d in document.dropped}
    assert any(s.text.startswith("10月22日晚,德宏边境管理支队瑞丽边境管理大队民警") for s in document.sentences)
    sentence = "警方提供图片显示,嫌疑人当晚在山间小道上行走。"
    assert [s.text for s in segment_document(sentence + "\n", "zh").sentences] == [sentence]


def test_a_blog_engines_teaser_cards_cut_off_with_a_bracketed_ellipsis_go() -> None:
    """Developed page 2854: under a community post, two cards of other posts, each its tags, title and
    excerpt cut off with the bracketed ellipsis a blog engine prints (`[…]`), then the poster and date:
    both go as related, and the post stays. The mark ends no sentence of an article; a quotation's
    omission mark with the sentence going on after it is left alone."""
    document = segment_document((PAGES / "2854.txt").read_text(encoding="utf-8"), "zh")
    kept = [s.text for s in document.sentences]
    assert kept[0].startswith("大埔區議員陳笑權") and kept[-1].startswith("現時修復後的聚會空間")
    assert [d.reason for d in document.dropped if "[…]" in d.text] == ["related", "related"]
    for card in ("社區安全 警察工作 參觀警犬隊總部 今日,少年警訊帶領學校支會 […] @ 某某@深水埗 2024 年 12 月 19 日",
                 "Police open new station in the district, where officers will [...]"):
        assert segment_document(f"警方今日表示,案件仍在调查中。\n{card}\n", "zh").sentences[-1].text == "警方今日表示,案件仍在调查中。"
    quoted = "他说:“我们会[…]继续调查,直到真相大白。”"
    assert [s.text for s in segment_document(f"{quoted}\n", "zh").sentences] == [quoted]


def test_a_caption_and_its_credit_glued_before_the_lead_go_and_the_lead_stays() -> None:
    """Developed page 2872: the photo's caption and its credit set off by dashes (`-Zurairi AR摄-`), printed
    twice, are glued before the lead's dateline credit `(吉隆坡20日讯)`: the line is cut after each credit,
    the captions and credits go, the dateline goes to the metadata and the lead stays. A bracketed credit
    does the same before a lead's credit; a caption line's own credit with nothing after it leaves the line whole."""
    document = segment_document((PAGES / "2872.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[0].text.startswith("疑在社交媒体侮辱首相夫妇惹祸")
    assert [d.reason for d in document.dropped if "Zurairi" in d.text] == ["caption", "caption"]
    assert document.metadata.source == "(吉隆坡20日讯)"
    lead = "疑在社交媒体侮辱首相夫妇惹祸,有“超人”之称的前行动党党员今日被警方逮捕。"
    glued = segment_document(f"警方破获一起案件。(张三摄)(北京20日讯){lead}\n", "zh")
    assert [s.text for s in glued.sentences] == [lead]
    assert [(d.text, d.reason) for d in glued.dropped][:2] == [("警方破获一起案件。", "caption"), ("(张三摄)", "caption")]
    # code review 73: without the lead's credit after the photo's, the sentence before it may be the paragraph's own
    own = "接警后,民警张伟迅速赶到现场。(警方供图)到达后,他纵身跳入冰冷的河水中,将落水男子救上岸。"
    assert segment_document(f"{own}\n", "zh").sentences[0].text == "接警后,民警张伟迅速赶到现场。"


def test_a_blogs_comment_box_header_ends_the_post() -> None:
    """Developed page 2874: a Blogger post ends with its comment box, `No comments:` over `Post a
    Comment`: both go as comments (so does a count, `3 comments:`), and the post stays."""
    document = segment_document((PAGES / "2874.txt").read_text(encoding="utf-8"), "zh")
    assert {(d.text, d.reason) for d in document.dropped} >= {("No comments:", "comments"), ("Post a Comment", "comments")}
    assert document.sentences[-1].text.startswith("他表示,警方将把昨天的案件完成调查后")
    post = "警方今日表示,案件仍在调查中。"
    counted = segment_document(f"{post}\n3 comments:\n", "zh")
    assert [s.text for s in counted.sentences] == [post] and [d.reason for d in counted.dropped] == ["comments"]


def test_an_outlets_bracketed_name_before_the_lead_goes_whatever_word_ends_it() -> None:
    """Pages 2863–2898's first contact: `[충청시민의소리] 계룡소방서(서장 조영학)가 …` opens a lead with the
    outlet's name in brackets, ending in 소리 (voice), as 투데이, 포스트 and 프레스 end outlets' names
    beside 신문 and 뉴스: it goes to the metadata as the source (developed 1998, `[코리안투데이]`), and a
    bracketed label that names no outlet stays the sentence's (`[사건 포커스]`)."""
    document = segment_document((PAGES / "1998.txt").read_text(encoding="utf-8"), "ko")
    assert ("[코리안투데이]", "prefix") in {(d.text, d.reason) for d in document.dropped}
    lead = "계룡소방서(서장 조영학)가 지난 14일 단독주택에서 발생한 화재를 소화기로 막았다고 밝혔다."
    for outlet in ("[충청시민의소리]", "[서울포스트]", "(대한프레스)"):
        glued = segment_document(f"{outlet} {lead}\n", "ko")
        assert [s.text for s in glued.sentences] == [lead] and glued.metadata.source == outlet
    labelled = f"[사건 포커스] {lead}"
    assert [s.text for s in segment_document(f"{labelled}\n", "ko").sentences] == [labelled]


def test_captions_after_the_last_sentence_go_though_one_ends_in_a_quoted_name() -> None:
    """Developed page 2890, a report on one line: after its last sentence come the three photos'
    captions set apart by spaces, the first ending in a quoted name (`滄州市民“遛百病”`), whose closing
    mark read as a sentence's end and kept the run from reading as a list after the article: all three
    go. Quoted exclamations after the last sentence, each with its mark inside (`“谢谢你们!”`), stay."""
    document = segment_document((PAGES / "2890.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[-1].text.startswith("民警們還借此機會向過往村民宣傳鐵路安全知識")
    assert {d.text for d in document.dropped} >= {"滄州市民“遛百病”", "民警向遛百病的村民宣傳鐵路安全知識", "民警值守涵洞口"}
    thanks = "民警将走失老人安全送回家中,老人的家属连声道谢。\n“谢谢警察叔叔!”\n“谢谢你们!”\n“你们辛苦了!”\n"
    assert len(segment_document(thanks, "zh").sentences) == 4


def test_the_captions_between_a_headline_and_its_copy_above_the_article_go() -> None:
    """Developed pages 2896 and 2243, an e-paper's pages: the headline, the caption of the photo set
    under it, and the headline again over the article: the caption goes, the headline and the article
    stay. A Korean headline's deck there (developed 572) stays, as does an original title after its
    label (979)."""
    document = segment_document((PAGES / "2896.txt").read_text(encoding="utf-8"), "zh")
    assert ("嘉賓、沙梨頭坊會負責人出席活動。", "caption") in {(d.text, d.reason) for d in document.dropped}
    assert document.sentences[0].text == "沙梨頭坊會賀誕宴長者" and document.sentences[1].text.startswith("沙梨頭坊會賀土地誕敬老盆菜宴")
    dropped = {(d.text, d.reason) for d in segment_document((PAGES / "2243.txt").read_text(encoding="utf-8"), "zh").dropped}
    assert {("司警人員截查可疑人士", "caption"), ("司警派員到路氹城區多家娛樂場及周邊巡查", "caption")} <= dropped
    assert "4년간 관내 교통사고 사망자의 47.8%가 화물차사고에 의해 발생" in [s.text for s in segment_document((PAGES / "572.txt").read_text(encoding="utf-8"), "ko").sentences]
    assert "文明祭掃 安全祭祀" in [s.text for s in segment_document((PAGES / "979.txt").read_text(encoding="utf-8"), "zh").sentences]


def test_captions_named_by_the_photos_numbers_go() -> None:
    """Developed page 2912: a blog post opens with its photos' captions, each named by the photo's
    four-digit number, some by two (`图0237、0243:出席居民踊跃。`): all go, as `图1:` does, and the post
    stays. A sentence that counts pictures is no caption (`图1至图3显示…`, no colon after the numbers)."""
    document = segment_document((PAGES / "2912.txt").read_text(encoding="utf-8"), "zh")
    assert not [s.text for s in document.sentences if s.text.startswith("图0")]
    assert ("图0237、0243:出席居民踊跃。", "caption") in {(d.text, d.reason) for d in document.dropped}
    counted = "图1至图3显示,嫌疑人当晚曾三次进入该小区。"
    assert [s.text for s in segment_document(f"{counted}\n", "zh").sentences] == [counted]


def test_the_writers_names_glued_after_the_last_sentence_go() -> None:
    """Developed page 2926: a county paper's item ends with its two writers' names glued after the last
    sentence, unbracketed and set apart by a space (`…形势的稳定。宋云 贾乐媛`): they go as a byline and
    the sentence stays. One word after the last sentence may be a sentence the excerpt cut off: it stays."""
    document = segment_document((PAGES / "2926.txt").read_text(encoding="utf-8"), "zh")
    assert ("宋云 贾乐媛", "byline") in {(d.text, d.reason) for d in document.dropped}
    assert document.sentences[-1].text.endswith("保证春节期间消防安全形势的稳定。")
    cut = segment_document("民警随即赶到现场处置。目前\n", "zh")
    assert "目前" in "".join(s.text for s in cut.sentences)


@pytest.mark.parametrize(
    "text, lang, kept",
    [
        # a unit's photo credit needs a unit's name before 供图, and no 书 or 显示 after it
        ("新建的综合楼可供图书馆、档案馆和培训中心使用,将进一步提升综合保障能力。\n", "zh", "新建的综合楼可供图书馆、档案馆和培训中心使用,将进一步提升综合保障能力。"),
        ("据警方供图显示,嫌疑人作案时头戴黑色帽子,目前已被警方抓获归案。\n", "zh", "据警方供图显示,嫌疑人作案时头戴黑色帽子,目前已被警方抓获归案。"),
        # the writers' names: no list a sentence announces, no speaker cut off before his words
        ("会上对先进集体和个人进行了表彰。荣获个人一等功的民警名单如下。王建国 李卫东\n", "zh", "王建国 李卫东"),
        ("民警对发现的问题当场督促整改,确保消防安全形势的稳定。民警 王力 提醒\n", "zh", "民警 王力 提醒"),
        # an editor's elision at a quotation's end is no teaser's cut
        ("她在感谢信中写道:“感谢民警同志伸出援手,帮我找回了走失的孩子[…]”\n", "zh", "她在感谢信中写道:“感谢民警同志伸出援手,帮我找回了走失的孩子[…]”"),
        # a scam call's dialogue cut with three dots is speech, not a teaser card
        ("骗子:喂... 您好,这里是市公安局刑侦大队,您的身份证涉嫌一起洗钱案件,请您配合调查...\n", "zh", "骗子:喂..."),
        ("사기범: 여보세요... 서울중앙지검 수사관인데요, 고객님 명의 계좌가 범죄에 이용돼 확인이 필요합니다...\n", "ko", "사기범: 여보세요..."),
        # one unfinished line between a headline and its copy may be its deck
        ("全市公安机关开展夏季治安打击整治行动\n\n破获刑事案件1200余起\n\n全市公安机关开展夏季治安打击整治行动\n\n本报讯 记者从市公安局获悉,今年6月以来,全市公安机关深入开展夏季治安打击整治行动,共破获各类刑事案件1200余起。\n", "zh", "破获刑事案件1200余起"),
        # a closing slogan, all quotation, is no quoted name in a list of captions
        ("课上,民警结合真实案例讲解了常见诈骗手法,并带领同学们齐声喊出反诈口号。\n\n“不听、不信、不转账”\n\n城关派出所宣\n\n平安城关 守护有我\n", "zh", "“不听、不信、不转账”"),
        # a script's sound cue in parentheses names no outlet
        ("(비명소리) 한 남성이 흉기를 휘두르자 시민들이 황급히 몸을 피했다.\n", "ko", "(비명소리) 한 남성이 흉기를 휘두르자 시민들이 황급히 몸을 피했다."),
    ],
)
def test_the_sessions_rules_leave_the_body_lines_code_review_73_found_them_taking(text: str, lang: str, kept: str) -> None:
    """Code review 73 ran each rule of the session on body text made to look like what it drops: each was
    narrowed, and each such line stays."""
    assert kept in "\n".join(s.text for s in segment_document(text, lang).sentences)


def test_a_blogs_subscription_box_goes() -> None:
    """Developed page 2988: a blog's subscription box in the words its blog engine prints
    (`訂閱即可透過電子郵件收到最新文章。`) goes as a promo, in either script; a sentence telling readers the
    police mailed them a notice is no such box."""
    document = segment_document((PAGES / "2988.txt").read_text(encoding="utf-8"), "zh")
    assert ("訂閱即可透過電子郵件收到最新文章。", "promo") in {(d.text, d.reason) for d in document.dropped}
    post = "警方今日表示,案件仍在调查中。"
    assert [s.text for s in segment_document(f"{post}\n订阅即可通过电子邮件收到最新文章。\n", "zh").sentences] == [post]
    mailed = "市民可通过电子邮件收到警方发出的最新防骗提示。"
    assert [s.text for s in segment_document(f"{mailed}\n", "zh").sentences] == [mailed]


def test_a_copyright_notice_glued_into_a_page_that_lost_its_breaks_leaves_the_sentences_before_it() -> None:
    """Developed page 2969, a print view on one line: its last piece holds the article's last sentence,
    then a photo's caption, the reporters and the copyright notice (`<저작권자 © 한라일보 …>`): the notice
    still ends the article, with the caption and byline glued before it, and the sentence stays."""
    document = segment_document((PAGES / "2969.txt").read_text(encoding="utf-8"), "ko")
    assert document.sentences[-1].text.endswith("12월 방학식, 2월 졸업식은 옛말이 되어가고 있다.")
    assert not any("저작권자" in s.text or "홍희선" in s.text for s in document.sentences)


def test_a_reporters_name_and_e_mail_glued_before_a_lead_go_to_the_metadata() -> None:
    """A Korean reporter's credit with the e-mail address and nothing between it and the lead
    (`강희만 기자 photo@ihalla.com 경찰은 …`, as the print view of developed 2969 glues one) goes to the
    metadata as the byline, the lead staying; developed 1754's credit line (`조예리 기자 yrcho@…`) goes so too."""
    glued = segment_document("강희만 기자 photo@ihalla.com 경찰은 A씨를 구속했다고 밝혔다.\n", "ko")
    assert [s.text for s in glued.sentences] == ["경찰은 A씨를 구속했다고 밝혔다."]
    assert glued.metadata.byline == "강희만 기자 photo@ihalla.com"
    assert segment_document((PAGES / "1754.txt").read_text(encoding="utf-8"), "ko").metadata.byline == "조예리 기자 yrcho@businesspost.co.kr"


def test_bulleted_crossheads_with_a_photos_credit_between_them_and_the_prose_are_kept() -> None:
    """Developed page 2814: two `• …` crossheads head the parts of a report, the second under a photo's
    credit (`Pixabay网站`) that stands between it and the paragraph above: both are the article's,
    and the credits stay out."""
    kept = [s.text for s in segment_document((PAGES / "2814.txt").read_text(encoding="utf-8"), "zh").sentences]
    assert "• 华人游戏厅因顾客聚集被举报查处" in kept and "• 意大利警方展开烟花爆竹大检查,多地华人被查" in kept
    assert "Pixabay网站" not in kept


def test_an_english_photo_credit_naming_the_agency_and_its_photographer_goes() -> None:
    """Developed page 2806: an English caption ends in `Source: Getty / Bundit Minramun`, the agency and
    its photographer after a slash: the credit goes as a caption, as `Source: Getty Images` does."""
    document = segment_document((PAGES / "2806.txt").read_text(encoding="utf-8"), "ko")
    assert ("Source: Getty / Bundit Minramun", "caption") in {(d.text, d.reason) for d in document.dropped}
    assert not any("Source:" in s.text for s in document.sentences)


def test_a_photo_of_a_scene_named_as_the_scene_is_a_caption() -> None:
    """Developed pages 331 (`交通事故現場`), 1482 (`鏟除現(xiàn)場`, a ruby mirror's), 1842 and 2223 (`警方抓获
    嫌疑人现场。`): a short line that names a photo's scene goes as a caption; the article going to the
    scene stays (`…迅速赶到现场。`, `立即出警赶赴现场`)."""
    for page, caption in (("331", "交通事故現場"), ("1482", "鏟除現(xiàn)場"), ("2223", "警方抓获嫌疑人现场。")):
        document = segment_document((PAGES / f"{page}.txt").read_text(encoding="utf-8"), "zh")
        assert caption not in [s.text for s in document.sentences] and ("caption" in {d.reason for d in document.dropped if d.text == caption}), page
    lead = "11月3日凌晨，市公安局110指挥中心接到群众报警，称某小区内有人持刀伤人。"
    for line in ("值班民警迅速赶到现场。", "立即出警赶赴现场", "民警第一时间到达现场。"):
        kept = [s.text for s in segment_document(f"{lead}\n{line}\n目前，案件正在进一步侦办中。\n", "zh").sentences]
        assert line in kept, line


def test_a_deck_set_off_by_a_dash_at_each_end_under_the_headline_is_kept() -> None:
    """Developed page 2815: a Korean police press release prints its deck under the headline as
    `- 민생생활범죄 대응 가시적 성과 도출 -`; it is kept with the headline, not read as the page's header."""
    kept = [s.text for s in segment_document((PAGES / "2815.txt").read_text(encoding="utf-8"), "ko").sentences]
    headline = "성주경찰서, '좀도둑' 발 붙일 곳 없다! '좀도둑 없는 DAY'시행"
    assert kept[kept.index(headline) + 1] == "- 민생생활범죄 대응 가시적 성과 도출 -"


def test_a_row_of_tools_with_a_counter_before_it_goes() -> None:
    """Developed page 2827: `0 收藏 打印 增大字体 减小字体`, a page's tools with an empty favourites
    counter before them, goes as a widget row; a sentence naming a tool stays."""
    document = segment_document((PAGES / "2827.txt").read_text(encoding="utf-8"), "zh")
    assert not any("收藏" in s.text for s in document.sentences)
    body = "民警随后将相关人员带回派出所调查。\n目前，案件正在进一步侦办中。\n"
    document = segment_document(f"广西警方破获传销案件605起\n0 收藏 打印 增大字体 减小字体\n{body}", "zh")
    assert ("0 收藏 打印 增大字体 减小字体", "widget") in {(d.text, d.reason) for d in document.dropped}
    sentence = "民警提醒市民收藏好反诈热线，打印宣传单张贴在小区门口。"
    assert sentence in [s.text for s in segment_document(f"{sentence}\n{body}", "zh").sentences]


def test_a_box_of_other_stories_with_its_header_on_one_line_goes() -> None:
    """Developed page 2834: `热门相关:` and five novels' titles on one line under the article go; a
    sentence that only mentions such a header inside stays."""
    assert not any("热门相关" in s.text for s in segment_document((PAGES / "2834.txt").read_text(encoding="utf-8"), "zh").sentences)
    body = "民警随后将相关人员带回派出所调查。\n目前，案件正在进一步侦办中。\n"
    box = "热门相关:弃妇种田忙 魅王毒后 校花之贴身高手 美食萌后:皇上,休了你 亿万老公,送上门!"
    assert box not in [s.text for s in segment_document(f"{body}{box}\n", "zh").sentences]
    sentence = "民警发现，该团伙在短视频平台的热门推荐位投放虚假广告。"
    assert sentence in [s.text for s in segment_document(f"{sentence}\n{body}", "zh").sentences]


def test_a_boards_previous_and_next_document_links_go() -> None:
    """Developed page 3008, a board skin that prints `Prev이전 문서` and `Next다음 문서` on lines of their own
    above the post (twice): all four go as navigation, and the post stays; a sentence about a previous
    document is no such link."""
    document = segment_document((PAGES / "3008.txt").read_text(encoding="utf-8"), "ko")
    links = [d.text for d in document.dropped if d.reason == "navigation" and "문서" in d.text]
    assert links == ["Prev이전 문서", "Next다음 문서", "Prev이전 문서", "Next다음 문서"]
    assert next(s for s in document.sentences if not s.heading).text.startswith("지난 2013년 01월 11일 주 몽골 대한민국 대사관")
    said = "경찰은 이전 문서를 위조한 혐의로 A씨를 조사하고 있다."
    assert [s.text for s in segment_document(f"{said}\n", "ko").sentences] == [said]


def test_a_footers_address_line_with_more_contact_fields_ends_the_article_however_long() -> None:
    """Developed page 3017: below the editor's line, a court's footer of `联系我们` and one line of
    `地址:… 邮编:… 诉讼服务电话:… 举报邮箱:…`, longer than an address line's limit: both go, the
    article staying; an address line alone is still limited, and a sentence naming an address stays."""
    document = segment_document((PAGES / "3017.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[-1].text.startswith("庭审过后,不少旁听群众纷纷表示")
    assert not any("联系我们" in s.text or "邮编" in s.text for s in document.sentences)
    told = "民警将失主的地址:湖南省祁东县富民路72号告诉了快递员,并留下了电话。"
    assert [s.text for s in segment_document(f"{told}\n", "zh").sentences] == [told]


@pytest.mark.parametrize(
    "credit, lead",
    [
        ("刘桥镇供稿(周雪龙)", "为深入贯彻落实上级安全生产决策部署,7月9日下午,刘桥镇召开全镇安全生产重点工作推进会。"),
        ("县公安局供稿 ", "近日,民警在辖区开展治安巡逻。"),
    ],
)
def test_a_units_supply_credit_glued_before_the_lead_goes_to_the_metadata(credit: str, lead: str) -> None:
    """Pages 3019–3029's first contact (3026: `刘桥镇供稿(周雪龙)为深入贯彻…`): a unit's 供稿 (supplied by)
    credit, the writer's name after it or not, glued before the lead goes to the metadata as the source;
    a sentence that supplies articles (`供稿件`) keeps its words."""
    document = segment_document(f"{credit}{lead}\n", "zh")
    assert [s.text for s in document.sentences] == [lead]
    assert document.metadata.source == credit.strip()
    supplied = "该局全年供稿件二十篇,均被市级媒体采用。"
    assert [s.text for s in segment_document(f"{supplied}\n", "zh").sentences] == [supplied]


def test_a_crosshead_glossed_in_english_between_two_paragraphs_is_the_articles() -> None:
    """Developed 4555 (a Korean paper in Canada) and batch 306's first contact (a Korean blog there): `로맨스
    사기(Romance scams)` and `가짜 수표 사기, Fake Check Scam using Instagram Photos` head parts of the article
    between two paragraphs of prose; the line model, reading their English words, took them for furniture.
    A masthead glossed with one English word (`…, KIHOILBO`) is no such crosshead."""
    above = "또 다른 사기 사건이 있습니다. 최근 캐나다 한국 유학생이 당한 피해 사례입니다."
    below = "연인인 척 가장해 금품을 요구해 챙긴다. 재정적으로뿐만 아니라 감정적, 심리적으로도 피해가 발생한다."
    for head in ("로맨스 사기(Romance scams)", "가짜 수표 사기, Fake Check Scam using Instagram Photos"):
        assert head in [s.text for s in segment_document(f"{above}\n{head}\n{below}\n", "ko").sentences], head
    from align.text.clean.furniture import _GLOSSED_HEAD

    assert not _GLOSSED_HEAD.fullmatch("기호일보 - 아침을 여는 신문, KIHOILBO")


def test_crossheads_of_one_form_between_paragraphs_stay_and_a_credit_under_each_photo_goes() -> None:
    """Developed page 2632: three sub-bureaus' names, each alone between two paragraphs (`雁江分局` …
    `高新分局` … `临空分局`), head the article's parts: all three stay, though the line model finds a
    unit's name alone furniture; so do crossheads that open alike (pages 3049–3051's first contact:
    `送去一堂法治课` / `送一本小册子` / `送去一项制度`, the model took the second). The captions set's z037
    prints the same credit under each photo between paragraphs (`岱山县委宣传部供图`): it goes each time."""
    page = segment_document((PAGES / "2632.txt").read_text(encoding="utf-8"), "zh")
    assert {"雁江分局", "高新分局", "临空分局"} <= {s.text for s in page.sentences}
    prose = ["9月开学季以来,宣州区人民检察院法治副校长团队陆续走进9所学校开展法治课。", "宣州区检察院“杨静”未检工作室制作了一本图文并茂的宣传手册分发给广大师生。", "宣州区检察院建立了“检察官约见制度”,及时收集学生的诉求。", "通过此次法治进校园系列活动的开展,提升了广大师生的法治观念。"]
    heads = ["送去一堂法治课", "送一本小册子", "送去一项制度"]
    text = "\n\n".join(line for pair in zip(prose, [*heads, ""]) for line in pair if line) + "\n"
    assert [s.text for s in segment_document(text, "zh").sentences] == [line for pair in zip(prose, [*heads, ""]) for line in pair if line]
    credited = segment_document((DATA / "captions" / "z037.txt").read_text(encoding="utf-8"), "zh")
    assert not any(s.text == "岱山县委宣传部供图" for s in credited.sentences)


def test_a_sites_own_notice_under_its_label_goes() -> None:
    """Pages 3043–3048's first contact (3046): a site's notice under its label (`网站公告:讲述中国法治故事,…`)
    goes as page furniture, in either script; a sentence about a notice a police bureau posted stays."""
    story = "民警迅速下水将落水男子救上岸。"
    document = segment_document(f"{story}\n网站公告:讲述中国法治故事,传播中国法治声音,阐述中国法治特色,弘扬中国法治精神\n", "zh")
    assert [s.text for s in document.sentences] == [story] and [d.reason for d in document.dropped] == ["page-furniture"]
    posted = "市公安局在网站公告了春节期间的交通管制措施,提醒市民合理安排出行。"
    assert [s.text for s in segment_document(f"{posted}\n", "zh").sentences] == [posted]


@pytest.mark.parametrize(
    "text, lang, kept",
    [
        # a scam site's notice the article quotes is a sentence, no site's own notice
        ("受害人向记者出示了网页截图,上面写着:\n网站公告:因系统升级,会员提现需先缴纳账户余额20%的保证金,缴纳后24小时内到账。\n", "zh", "网站公告:因系统升级,会员提现需先缴纳账户余额20%的保证金,缴纳后24小时内到账。"),
        # a police notice's address, contact and hours in one sentence does not end the article
        # (lines longer than an address line's limit: a shorter one opening with 地址: stops the article as before)
        (
            "凡被该公司以高额返利为名骗取财物的受害人，请尽快到公安机关报案。\n\n地址：市公安局经济犯罪侦查支队（人民路100号），联系人：王警官，联系电话：0371-12345678、0371-87654321，"
            "受理时间：工作日上午8:30至12:00、下午14:30至18:00，请受害人携带本人身份证、银行交易流水等材料前往报案。\n\n特此通告。\n",
            "zh",
            "特此通告。",
        ),
        (
            "서울경찰청은 최근 보이스피싱 조직 총책 등 12명을 검거했다고 밝혔다.\n\n주소: 서울특별시 서대문구 통일로 97 경찰청 본관 1층 민원실, 전화: 02-3150-2114. 센터는 평일 오전 9시부터 "
            "오후 6시까지 운영되며, 피해자는 신분증과 거래 내역, 통화 녹음 파일 등 관련 자료를 지참해 방문하면 전문 상담관으로부터 피해 구제 절차와 지급정지 신청 방법 등에 대한 상담을 받을 수 있다.\n\n"
            "경찰은 의심스러운 전화를 받으면 즉시 112에 신고해 달라고 당부했다.\n",
            "ko",
            "경찰은 의심스러운 전화를 받으면 즉시 112에 신고해 달라고 당부했다.",
        ),
        # a unit's 供稿 opening a sentence about its supplying keeps its words
        ("县公安局供稿量连续三年位居全市第一。\n", "zh", "县公安局供稿量连续三年位居全市第一。"),
        ("市公安局供稿的《守护平安》荣获全省新闻作品一等奖。\n", "zh", "市公安局供稿的《守护平安》荣获全省新闻作品一等奖。"),
        ("政治处宣传科供稿200余篇,被省级以上媒体采用80余篇。\n", "zh", "政治处宣传科供稿200余篇,被省级以上媒体采用80余篇。"),
    ],
)
def test_the_sessions_rules_leave_the_body_lines_code_review_74_found_them_taking(text: str, lang: str, kept: str) -> None:
    """Code review 74 ran each rule of the session on body text made to look like what it drops: each was
    narrowed, and each such line stays."""
    assert kept in [s.text for s in segment_document(text, lang).sentences]


def test_a_gallerys_captions_numbered_by_their_pictures_are_no_crossheads() -> None:
    """Code review 74: captions between paragraphs that open with their picture's number (`图①:…` /
    `图②:…` / `图③:…`) open alike as crossheads of one form do, but they are a gallery's: the line
    model is still asked of them, and they go."""
    prose = ["市公安局反诈中心民警走进辖区社区,向居民讲解常见诈骗手法,发放宣传资料2000余份。", "在辖区中学,民警结合真实案例,为师生上了一堂生动的法治教育课。", "民警还深入辖区商户,逐户排查安全隐患,督促经营者落实各项安全措施。", "下一步,市公安局将持续开展宣传活动,不断提升群众识骗防骗能力。"]
    captions = ["图①:民警向居民讲解防骗知识", "图②:民警为学生上法治课", "图③:民警检查商户消防设施"]
    text = "\n\n".join([prose[0], *(line for pair in zip(captions, prose[1:]) for line in pair)]) + "\n"
    assert [s.text for s in segment_document(text, "zh").sentences] == prose


def test_the_pages_own_english_version_under_the_article_is_no_appended_article() -> None:
    """Pages 3055–3060's first contact (3056): a Korean report followed by the site's English version of
    it, its own headline, deck and reporter's credit (`[Reporter Seon-hee Jang = Northern Gyeonggi/Gangwon]`)
    opening the lead, was cut off as a second article appended; a page's own English version is its
    text (the pages README, as 094 and 1755), so its paragraphs stay, the credit going as the Korean one does."""
    korean = [
        "[장선희 기자 = 경기북부/강원] 지난 1월 17일, 홍천군 내면 이장협의회는 내면 행정복지센터를 방문, 어려운 이웃돕기 성금 100만원을 기탁했다고 밝혔다.",
        "이에 앞서 지난 1월 12일 율전1리 경로당 회원 일동은 폐품 및 재활용품 수집활동을 통해 모은 성금으로 쌀 121포를 마을 주민들에게 기부했다고 전했다.",
        "기탁된 성금은 내면 지역사회보장협의체 회의를 통해 지역 내 어려운 이웃들을 위해 사용될 예정이라고 전했다.",
    ]
    english = [
        "On January 17th, the Naeyeon Heads Council of Hongcheon-gun visited the Naeyeon Administrative Welfare Center and announced that they had donated 1 million won.",
        "Prior to this, on January 12, all members of the Senior Citizens' Center in Yuljeon 1-ri said that they donated 121 bags of rice to villagers.",
        "The donated funds will be used for the needy in the area through a meeting of the inner community social security council, he said.",
    ]
    page = "\n\n".join([*korean, "Inside Hongcheon-gun, warmth overflows for neighbors in need in the cold winter", f"[Reporter Seon-hee Jang = Northern Gyeonggi/Gangwon] {english[0]}", *english[1:]]) + "\n"
    kept = [s.text for s in segment_document(page, "ko").sentences]
    assert all(line in kept for line in english)
    assert not any(d.reason == "appended-article" for d in segment_document(page, "ko").dropped)


def test_a_reporters_name_and_e_mail_glued_after_a_headline_go_and_the_headline_stays() -> None:
    """Pages 3067–3077's first contact (3068): a headline and its deck run on into the byline on one line
    (`영암군, 11개 읍·면서 새해농업인실용교육 실시 … 진행 윤규진 기자 kor741@hanmail.net |`) were taken whole as a
    contact line (an e-mail address and no finished sentence): the byline is cut off its end as a byline and
    the headline stays; a sentence naming a reporter's address keeps its words."""
    headline = "영암군, 11개 읍·면서 새해농업인실용교육 실시 1/23~2/2일 읍·면 교육, 대봉감 2/20일, 무화과 2/22일 진행"
    lead = "이번 교육은 지역 특성에 맞는 핵심 농업기술 전수로 농업인의 문제 해결 능력을 향상하는 자리."
    document = segment_document(f"{headline} 윤규진 기자 kor741@hanmail.net |\n2024년 01월 11일(목) 10:41 |\n{lead}\n", "ko")
    assert [s.text for s in document.sentences] == [headline, lead]
    assert ("윤규진 기자 kor741@hanmail.net", "byline") in {(d.text, d.reason) for d in document.dropped}


def test_a_dispatch_credits_bracket_ends_the_credit_before_the_leads_own_date() -> None:
    """Pages 3079–3084's first contact (3083, a Malaysian blog's copy of a paper's item): after a bracketed
    dispatch credit (`(布先20日讯)`) the lead opens with its own date (`本月21日(星期五)下午…`); the credit
    model cut after the weekday's bracket, taking the date with the credit: a credit ends at its dispatch
    when a date follows it, and the lead keeps its date."""
    lead = "本月21日(星期五)下午4时半布先喜州礼堂将有一个《警民对话》,让布先居民有机会与警方交流,共同合作打击犯罪份子。"
    document = segment_document(f"布先警民对话(改期)\n(布先20日讯){lead}\n这次对话主要为杜绝布先及附近地区的勒索犯罪事件,维护地方上的安全。\n", "zh")
    assert lead in [s.text for s in document.sentences]
    assert ("(布先20日讯)", "prefix") in {(d.text, d.reason) for d in document.dropped}


@pytest.mark.parametrize(
    "headline, label",
    [("交警深夜同一点位 连查4名“酒司机”", "-当前视讯"), ("太危险!俩“醉司机”夜行高速公路丨文明守法 平安回家", " 世界热闻")],
)
def test_a_content_farms_stock_label_glued_after_the_headline_goes(headline: str, label: str) -> None:
    """Pages 3109–3114's first contact (3113, 3114): a content farm glues its stock label after the
    headline it reposts, set off by a dash or a space (`…-当前视讯`, `… 世界热闻`), as it glues one before
    (`世界热点!…`): it goes as spam, the headline stays; a headline that ends in such words of its own,
    unseparated, keeps them."""
    lead = "4月5日晚,交警在辖区开展酒驾专项整治行动,共查处酒后驾驶4起。"
    document = segment_document(f"{headline}{label}\n{lead}\n", "zh")
    assert [s.text for s in document.sentences] == [headline, lead]
    assert (label.strip(), "seo-spam") in {(d.text.strip(), d.reason) for d in document.dropped}
    own = "市公安局开通交通路况实时播报"
    assert [s.text for s in segment_document(f"{own}\n{lead}\n", "zh").sentences] == [own, lead]


def test_a_boards_meta_strip_and_prev_next_links_go_from_a_line_that_lost_its_breaks() -> None:
    """Developed page 2863, a gnuboard-style post printed on one line: the meta strip between the title and
    the body (`작성자 정보 작성일 … 컨텐츠 정보 922 조회 목록 관리 글수정 글삭제 본문`) is cut out, the title and
    the opening quote each a sentence of their own, and the 관련자료 label with the 이전 / 다음 links after
    the body goes as navigation; the same strip opening a line goes too, and a sentence that tells of a
    writer, a date or a previous post stays."""
    document = segment_document((PAGES / "2863.txt").read_text(encoding="utf-8"), "ko")
    texts = [s.text for s in document.sentences]
    assert texts[:2] == ["우리학교 없어지면 안돼요", "“제가 마지막 졸업생이 아니었으면 좋겠어요.”"]
    assert not any("작성일" in t or "관련자료" in t for t in texts)
    assert [d.reason for d in document.dropped if "작성일" in d.text] == ["junk", "navigation"]
    lead = "경찰은 지난 12일 보이스피싱 조직원 3명을 검거했다고 밝혔다."
    strip = "작성자 최고관리자 댓글 0건 조회 3회 작성일 25-09-22 10:53본문"
    assert [s.text for s in segment_document(f"제목입니다\n{strip}{lead}\n", "ko").sentences][-1] == lead
    told = [
        "작성자 김씨는 작성일 2023.05.01 이후 본문을 고친 적이 없다고 주장했다.",
        "이전 게시글과 다음 게시글은 작성일 2023.05.01로 같았다고 경찰은 설명했다.",
        "경찰은 게시글 작성자 A씨 수정 삭제 본문 내용을 분석했다.",  # code review 75: no date, no strip
        "이전 조사에서 작성일 2023.01.05 자로 제출된 진술서가 위조된 것으로 드러났다.",  # …nor a link
        "다음 공판은 서류 작성일 2024.03.01 이후 열린다.",
        "경찰은 진술서 작성자를 불러 조사할 계획이다.",
    ]
    assert [s.text for s in segment_document(" ".join(told) + "\n", "ko").sentences] == told
    assert [s.text for s in segment_document("\n".join(told) + "\n", "ko").sentences] == told


@pytest.mark.parametrize(
    "link",
    ["[전체본문 2021-07-17 19:28:00Z]", "[기사 원문]", "【阅读全文】", "(Read more)"],
)
def test_a_bracketed_link_to_the_whole_text_after_a_teaser_goes(link: str) -> None:
    """Developed page 3128, a feed's teaser cut off mid-sentence with `[전체본문 2021-07-17 19:28:00Z]`
    glued after it: the link and its time stamp go as navigation and the teaser's text stays; the same for
    the other languages' links; a headline that ends in (全文) (the full text of a document) keeps it."""
    document = segment_document((PAGES / "3128.txt").read_text(encoding="utf-8"), "ko")
    assert document.sentences[-1].text == "17만 주베트남 한국 교민들은 지옥 속에서 여전히 모국의 답을"
    assert [d.reason for d in document.dropped if "전체본문" in d.text] == ["navigation"]
    teaser = "경찰은 보이스피싱 조직원 3명을 검거해 조사하고 있다고"
    lang = "zh" if "全文" in link else "ko"
    kept = [s.text for s in segment_document(f"{teaser} {link}\n", lang).sentences]
    assert kept == [teaser] and not any(link in d.text for d in segment_document(f"{teaser}\n", lang).dropped)
    title = "公安部关于加强反诈工作的通知(全文)"
    assert [s.text for s in segment_document(f"{title}\n", "zh").sentences] == [title]


def test_a_blog_skins_skip_link_glued_after_the_title_goes() -> None:
    """Developed page 1484 (and page 3139–3146's first contact, 3141), a blog skin printing its skip link
    `본문` after the post's title on the same line: the link goes as page-furniture and the title stays;
    a short label that ends in 본문 (`기사 본문`) and a document's text (`발표문 본문`) are left whole."""
    document = segment_document((PAGES / "1484.txt").read_text(encoding="utf-8"), "ko")
    title = "“흉기 들고 뛰쳐나왔다”…문 열리는 순간, 경찰은 이미 준비돼 있었다"
    assert title in [s.text for s in document.sentences]
    assert "page-furniture" in [d.reason for d in document.dropped if d.text == "본문"]
    lead = "경찰은 보이스피싱 조직원 3명을 검거했다고 12일 밝혔다."
    assert not any(d.text == "본문" for d in segment_document(f"기사 본문\n{lead}\n", "ko").dropped)
    items = ["1. 수사결과 발표문 본문", "2. 피의자 진술서 본문"]  # a document's text (code review 75)
    listed = ["경찰이 공개한 자료는 다음과 같다.", *items, "경찰은 추가 자료도 공개할 예정이다."]
    assert [s.text for s in segment_document("\n".join(listed) + "\n", "ko").sentences] == listed


def test_a_korean_cms_title_path_after_the_headline_goes() -> None:
    """Developed page 4829 (batch 706's first contact), a mission paper's copy of another outlet's page: its
    title `외교부 해외안전여행 정보 적극 활용하라 < 선교 < 기사본문`, the headline, the section path and the
    article view's label of a Korean news CMS, each after a `<`. The path goes as navigation and the
    headline stays, as it does with the site's name after a dash; `<` in a line that does not end with the
    label, and the label's word inside a sentence, are left alone."""
    document = segment_document((PAGES / "4829.txt").read_text(encoding="utf-8"), "ko")
    assert [s.text for s in document.sentences][0] == "외교부 해외안전여행 정보 적극 활용하라"
    assert ("navigation", "< 선교 < 기사본문") in {(d.reason, d.text) for d in document.dropped}
    lead = "경찰은 10일 보이스피싱 조직원 5명을 검거했다고 밝혔다."
    titled = segment_document(f"경찰, 보이스피싱 조직 검거 < 사회 < 뉴스 < 기사본문 - 한국일보\n{lead}\n", "ko")
    assert [s.text for s in titled.sentences] == ["경찰, 보이스피싱 조직 검거", lead]
    for line in ("검거 인원 < 지난해 < 올해 기사 분석", "수사 결과 < 기대치였다는 기사본문을 그대로 옮겼다."):
        assert line in [s.text for s in segment_document(f"{line}\n{lead}\n", "ko").sentences]
    # a headline with a `<` of its own keeps it: a section's name is one word (code review 92)
    for title, headline in (
        ("범죄 발생 ‹ 검거 건수 역전 ‹ 사회 ‹ 기사본문 - 한국일보", "범죄 발생 ‹ 검거 건수 역전"),
        ('"피해액 < 회수액" 경찰 보이스피싱 환수 성과 < 사회 < 뉴스 < 기사본문', '"피해액 < 회수액" 경찰 보이스피싱 환수 성과'),
    ):
        document = segment_document(f"{title}\n{lead}\n경찰은 추가 수사를 벌이고 있다.\n", "ko")
        assert [s.text for s in document.sentences][0] == headline == document.metadata.title


def test_a_summary_the_first_paragraph_repeats_does_not_let_the_share_bar_end_the_article() -> None:
    """Developed page 3153 (a portal's repost): under the headline a one-sentence summary, then the date
    and source line, a QR-code promo and the share bar (`分享到: 微信 新浪微博 …`, a row that ends an
    article), then the article, whose first paragraph opens with the summary's sentence word for word.
    The summary is the page's: it goes, and the article below the share bar is kept whole; a one-sentence
    story that does not recur below still ends at the share bar, and so does one with no meta row under it."""
    document = segment_document((PAGES / "3153.txt").read_text(encoding="utf-8"), "zh")
    texts = [s.text for s in document.sentences]
    assert texts[-1].startswith("他讚扬了房屋局副局长戴尚诚")
    assert sum(t.startswith("2023年12月23日,爱民邨居民") for t in texts) == 1
    paragraphs = "\n\n".join(texts[2:5])
    story = "民警昨日在辖区巡逻时救助一名迷路老人。"
    short = segment_document(f"爱民邨欢庆圣诞\n\n{story}\n2023-12-23 阅读:\n分享到: 微信 新浪微博 腾讯微博 QQ空间\n\n{paragraphs}\n", "zh")
    assert [s.text for s in short.sentences][-1] == story
    # a photo story's one sentence over the copyright line, a box below that repeats it (code review 75): no meta row
    # between, so the story stays and ends there
    box = "\n".join([story, "网友热议:民警好样的", "民警提醒:老人出门请带好联系卡片", "辖区警情通报:本周发生盗窃案3起"])
    photo = segment_document(f"民警救助迷路老人\n{story}\n版权所有 © 平安时报 未经授权禁止转载\n{box}\n", "zh")
    assert [s.text for s in photo.sentences] == ["民警救助迷路老人", story]


def test_a_line_of_names_set_apart_by_spaces_is_a_credit() -> None:
    """Developed page 3201 (a city police site's item) opens with its writers' names and nothing else,
    `何明晔 陈羽莹 殷立硕`: the line goes to the metadata as the byline, and the lead stays first; a
    credit with its role word and a toolbar's words keep their own rows' reasons, and a headline whose
    clauses or words are set apart by a space is no credit (its words open with no surname, or have no two
    of three characters)."""
    document = segment_document((PAGES / "3201.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[0].text.startswith("广州花都警方始终坚持群众利益无小事的宗旨")
    assert [d.reason for d in document.dropped if d.text == "何明晔 陈羽莹 殷立硕"] == ["byline"]
    lead = "3月21日7时22分,花都警方接到吴先生报案,称其饲养的犬只被盗。"
    for line, reason in (("放大 缩小 默认", "widget"), ("监制 李华 隋云雁", None)):
        dropped = segment_document(f"{line}\n{lead}\n", "zh").dropped
        assert [d.reason for d in dropped if d.text == line] != ["byline"], line
        assert reason is None or [d.reason for d in dropped if d.text == line] == [reason]
    for headline in ("男子盗窃爱犬 民警连夜追回", "高铁 通车 万家欢", "金秋 时节 丰收忙"):  # the last two: code review 75b
        assert segment_document(f"{headline}\n{lead}\n", "zh").sentences[0].text == headline


def test_a_sites_standing_notice_that_its_content_is_its_copyright_goes() -> None:
    """Developed page 3226: under `声明:` a site's numbered notice, `① 凡本网所有原创文章及图片、图表的版权均属
    …所有,如需转载,…`, goes as copyright, as the `凡本网注明…` one did; a sentence about a website that
    names no copyright or reprinting stays."""
    document = segment_document((PAGES / "3226.txt").read_text(encoding="utf-8"), "zh")
    assert not any("版权均属" in s.text for s in document.sentences)
    assert [d.reason for d in document.dropped if "凡本网所有原创" in d.text] == ["copyright"]
    told = "民警提醒,凡本网站发布的招聘信息均须经过审核。"
    assert [s.text for s in segment_document(f"{told}\n", "zh").sentences] == [told]


def test_a_closing_credit_whose_bracket_the_page_lost_is_cut_off_the_last_line() -> None:
    """Developed page 3243: the last paragraph ends `…化解在萌芽状态。(通讯员 路濛 刘辰`, the credit's closing
    bracket lost: the credit is cut off as the byline and the sentence stays; a bracket that opens a
    clause after the role word, or names that go on into words, is no credit."""
    document = segment_document((PAGES / "3243.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[-1].text.endswith("把问题化解在萌芽状态。")
    assert [d.reason for d in document.dropped if d.text.startswith("(通讯员")] == ["byline"]
    said = "民警提醒市民注意防范。(通讯员路濛介绍,此类纠纷多发于夏季"
    assert "".join(s.text for s in segment_document(f"{said}\n", "zh").sentences) == said


def test_a_forums_previous_and_next_thread_links_go_as_navigation() -> None:
    """Developed page 3253, a forum thread reposting an old report: `上一主题 下一主题` under the thread's
    title goes as navigation, and the title it followed is kept as the headline (it was taken for the page's
    header with the links); developed 2273's `列印 上一主題 下一主題` goes as navigation too. A sentence that
    mentions the next topic of a meeting stays."""
    document = segment_document((PAGES / "3253.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[0].text == "东南沿海走私活动猖獗 四省半年查获走私船千条"
    assert [d.reason for d in document.dropped if d.text == "上一主题 下一主题"] == ["navigation"]
    other = segment_document((PAGES / "2273.txt").read_text(encoding="utf-8"), "zh")
    assert [d.reason for d in other.dropped if "上一主題" in d.text] == ["navigation"]
    told = "会议随后转入下一主题,讨论辖区治安防控工作。"
    assert [s.text for s in segment_document(f"{told}\n", "zh").sentences] == [told]


def test_a_short_headline_printed_twice_over_the_body_heads_it() -> None:
    """Developed page 3278, a forum's archive view: `火情通报` (four letters, fewer than a headline
    candidate's) printed twice right above the body is the headline, its copy a duplicate; a section's
    label printed twice there, in none of the lead's words, is still no headline."""
    document = segment_document((PAGES / "3278.txt").read_text(encoding="utf-8"), "zh")
    assert document.sentences[0].text == "火情通报"
    assert [d.reason for d in document.dropped if d.text == "火情通报"] == ["duplicate-title"]
    lead = "2024年1月27日18时13分,海丰县消防救援大队接到火情调度,立即调派4车16名指战员赶赴现场处置。"
    labelled = segment_document(f"社会新闻\n社会新闻\n{lead}\n", "zh")
    assert [s.text for s in labelled.sentences] == [lead]


def test_a_captions_unbracketed_credit_glued_to_the_lead_takes_the_caption_with_it() -> None:
    """Developed pages 2936, 1704 and 4168 lost the breaks around a photo's caption block: its one sentence and
    its credit without brackets run into the lead (`진화 작업 중인 소방대원들. 전북소방본부 제공12일 오전 …`,
    `違法行為人使用的作案工具。警方供圖接到報警電話后,…`). The caption and its credit go as one caption, the
    lead starts after the credit (the sentences where 제공 or 供图 go on as words are below, with the code review's)."""
    fire = segment_document((PAGES / "2936.txt").read_text(encoding="utf-8"), "ko")
    assert [d.reason for d in fire.dropped if d.text == "진화 작업 중인 소방대원들. 전북소방본부 제공"] == ["caption"]
    assert fire.sentences[0].text.startswith("12일 오전 8시 13분쯤")
    hunt = segment_document((PAGES / "1704.txt").read_text(encoding="utf-8"), "zh")
    assert [d.reason for d in hunt.dropped if d.text == "違法行為人使用的作案工具。警方供圖"] == ["caption"]
    assert any(s.text.startswith("接到報") for s in hunt.sentences)
    # developed page 4168: a space between the caption's full stop and the credit, as the Korean twin allows
    drone = segment_document((PAGES / "4168.txt").read_text(encoding="utf-8"), "zh")
    assert [d.reason for d in drone.dropped if d.text == "云州警方操作无人机。 大同市新闻中心供图"] == ["caption"]
    assert any(s.text.startswith("新年伊始,云州区公安分局") for s in drone.sentences)


def test_a_sites_reprint_disclaimer_ends_the_article() -> None:
    """Developed pages 985 and 3283 (ruby mirrors of one site's pages): the numbered reprint notice
    `1、本網站所登載之內容,…不做任何商業用途。如因作品內容、版權和其它問題…` ends the article, with what follows
    it; a court story's sentence on a copyright dispute stays."""
    for page in ("985", "3283"):
        document = segment_document((PAGES / f"{page}.txt").read_text(encoding="utf-8"), "zh")
        assert not any("商業" in s.text or "如因作品" in s.text for s in document.sentences), page
        assert document.sentences[-1].text.endswith("。") and "本網" not in document.sentences[-1].text
    told = "法官提醒,如因作品内容、版权和其他问题产生纠纷,当事人可依法起诉。"
    assert [s.text for s in segment_document(f"法院审结一起著作权纠纷案。\n{told}\n", "zh").sentences][-1] == told


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # (제공 that goes on as a verb or a noun, 供图 read as 显示: the sentence's)
        ("경찰은 현장에 출동했다. 경찰청 제공자료에 따르면 피해액은 3억 원이다.", "ko"),
        ("경찰은 현장에 출동했다. 이는 경찰이 제공한 영상에서 확인됐다.", "ko"),
        ("民警迅速赶到现场。据警方供图显示,现场一片狼藉。", "zh"),
        ("民警迅速赶到现场。 据警方供图显示,现场一片狼藉。", "zh"),  # (a space after the full stop: 4168's row)
        ("民警迅速赶到现场。 市局指挥中心供图像资料给记者,现场一片狼藉。", "zh"),
        ("当晚警方发布通报。 警方供图给记者的现场照片显示，两辆车受损。", "zh"),  # (code review 83)
        # (code review 76's false positives of this session's rows, each now the article's)
        ("경찰은 3일 일당을 검거했다. 불법 대출 광고 제공업체 대표 A씨 등 12명은 2022년부터 범행을 저질렀다.", "ko"),
        ("범행은 치밀했다. 대포통장 제공조직 총책 C씨는 해외로 달아났다.", "ko"),
        ("시는 피해 가구를 파악했다. 해당 가구에 긴급생계비 제공키로 했다.", "ko"),
        ("直播中,该主播多次请观众打赏支持。", "zh"),
        ("嫌疑人冒充女主播,在直播间里请粉丝刷礼物打赏支持一下。", "zh"),
        ("受害人称,对方在直播时一再说“欢迎家人们打赏支持”。", "zh"),
        ("民警提醒,请勿轻信直播间要求打赏支持的人。", "zh"),
        ("该平台已被查封。涉案平台供图文博主发布虚假广告,获利200余万元。", "zh"),
        ("该网站已被关停。该网站供图纸下载,非法获利。", "zh"),
        ("民警随即展开调查。据警方供图,嫌疑人身穿黑色上衣。", "zh"),
        ("民警赶到现场。警方供图为嫌疑人作案时的监控截图。", "zh"),
        ("如因作品内容、版权和其他问题产生纠纷,当事人可以依法向人民法院提起诉讼。", "zh"),
        ("本网站刊登的文章均为原告享有著作权的作品,被告未经许可用于商业用途,构成侵权。", "zh"),
        ("“本网站所登载之内容,不论原创或转载,不做任何商业用途”,故不构成侵权。", "zh"),
        # (code review 76b: a scammer's quoted invitation, a police notice's advice)
        ("범인은 '앱을 설치하세요. 그래야 환불됩니다'라고 속였다.", "ko"),
        ("피해 예방을 위해 '시티즌코난' 앱을 설치하세요.", "ko"),
    ],
)
def test_sentences_like_a_tip_request_a_glued_credit_or_a_reprint_notice_stay(line: str, lang: str) -> None:
    body = _BODY[lang]
    document = segment_document("\n".join([body[0], line, body[1]]) + "\n", lang)
    assert "".join(s.text for s in document.sentences).replace(" ", "") == "".join([body[0], line, body[1]]).replace(" ", "")


def test_a_topic_label_printed_twice_over_a_lead_that_names_it_is_no_headline() -> None:
    """Code review 76: `交通安全` twice over a lead about 道路交通安全 is a column's label, not a headline."""
    lead = "为保障节日期间道路交通安全,交警大队全员上路执勤。"
    document = segment_document(f"交通安全\n交通安全\n{lead}\n民警在各路口疏导交通。\n", "zh")
    assert document.sentences[0].text == lead


_SECTIONED_CASE = [
    "非法捕捞专项监督案例",
    "时间:2022-12-23",
    "{head}",
    "蒙城县检察院在办理非法捕捞刑事附带民事公益诉讼案件时，发现该类案件犯罪地较为集中。",
    "本院对近两年全县非法捕捞案件卷宗主要信息进行提取，通过数据模型进行分析。",
    "{next_head}",
    "检察机关向有关部门制发检察建议，推动开展专项整治。",
]


@pytest.mark.parametrize(
    ("head", "next_head", "kept"),
    [
        ("【案情简介】", "【调查与处理】", True),  # the first of the case's bracketed section heads (staged page 3660)
        ("一、基本案情", "二、检察履职情况", True),  # the first of its numbered heads
        # near misses: a label over the lead with no like below it, a like in other brackets, and numbered
        # heads out of order
        ("【一线传真】", "检察机关持续跟进整改落实情况。", False),
        ("【一线传真】", "〔调查与处理〕", False),
        ("一、基本案情", "三、典型意义", False),
    ],
)
def test_the_first_section_head_over_the_lead_is_the_articles(head: str, next_head: str, kept: bool) -> None:
    """A case write-up's first section head stands between its title block and its first paragraph,
    where a page's labels stand too; it is the article's when a head of its kind stands alone lower in
    the body (the same brackets, or the next ordinal)."""
    text = "\n".join(_SECTIONED_CASE).format(head=head, next_head=next_head) + "\n"
    sentences = [s.text for s in segment_document(text, "zh").sentences]
    assert (head in sentences) == kept
    assert _SECTIONED_CASE[3] in sentences and _SECTIONED_CASE[-1] in sentences


@pytest.mark.parametrize(
    ("head", "next_head", "kept"),
    [
        ("一、引言", "二、前端防范“一朵云”", True),  # developed page 3943's excerpt starts at its first numbered head
        # near miss: numbered heads out of order
        ("一、引言", "三、主要做法", False),
        # (code review 81b) there, a bracketed column label with another label lower is the page's
        ("【以案说法】", "【法官说法】", False),
    ],
)
def test_the_first_numbered_head_of_a_page_without_a_headline_is_the_articles(head: str, next_head: str, kept: bool) -> None:
    """On a page that prints no headline, a numbered section head over the lead is the article's when
    the next ordinal stands alone lower in the body."""
    lines = [head, _SECTIONED_CASE[3], _SECTIONED_CASE[4], next_head, _SECTIONED_CASE[-1]]
    sentences = [s.text for s in segment_document("\n".join(lines) + "\n", "zh").sentences]
    assert (head in sentences) == kept
    assert _SECTIONED_CASE[3] in sentences


def test_a_numbered_menu_over_the_lead_of_a_page_without_a_headline_is_no_section_head() -> None:
    """Code review 81b: a site's numbered menu (`一、法院概况` / `二、审判动态` / `三、以案说法`) over the lead
    of a page without a headline, `四、诉讼指南` lower: its last item is no first section head."""
    lines = ["一、法院概况", "二、审判动态", "三、以案说法", _SECTIONED_CASE[3], _SECTIONED_CASE[4], "四、诉讼指南", _SECTIONED_CASE[-1]]
    sentences = [s.text for s in segment_document("\n".join(lines) + "\n", "zh").sentences]
    assert not any(s.startswith(("一、", "二、", "三、")) for s in sentences)


def test_the_first_numbered_head_of_a_page_without_a_headline_is_kept_on_a_real_page() -> None:
    """Developed page 3943, an article on a county's peace-building system whose excerpt starts at its
    first section head: `一、引言` is the article's (`二、前端防范“一朵云”` lower), and every gold line is kept."""
    sentences = [s.text for s in segment_file(PAGES / "3943.txt").sentences]
    assert sentences[0] == "一、引言" and "二、前端防范“一朵云”" in sentences


def test_a_case_write_ups_first_section_head_is_kept_on_a_real_page() -> None:
    """Developed page 3660, a county procuratorate's case on illegal fishing: `【案情简介】` stands between
    the title printed again and the first paragraph, `【调查与处理】` lower down; both are the article's."""
    sentences = [s.text for s in segment_file(PAGES / "3660.txt").sentences]
    assert "【案情简介】" in sentences and "【调查与处理】" in sentences


_PHOTO_SERIES_PAGE = [
    "2024年09月05日",
    "把为民服务做到极致",
    "东城派出所民警在辖区发放印有防诈知识的宣传品 通讯员供图",
    "{second}",
    "{third}",
    "□楚天都市报极目新闻记者 赵贝 通讯员 杨保华",
    "8月22日15时许，一辆电动自行车驶进荆州古城张居正街，驶过街口的东城派出所。",
    "东城派出所所长张勇告诉记者，该所把“派出所主防”做实做深，把为民服务做到极致。",
    "据统计，东城派出所辖区2022年发生扒窃警情116起，今年截至8月22日仅发生3起。",
]


@pytest.mark.parametrize(
    ("second", "third", "captions"),
    [
        # a photo series under the headline (developed page 3671): the lines after the credited caption open as it does
        ("东城派出所民警走访排查安全隐患", "东城派出所民警日常巡逻中", True),
        # near miss: one line alone opening as the caption does, then a line of its own words
        ("东城派出所民警走访排查安全隐患", "街口店铺门前的电动车都不上锁", False),
    ],
)

def test_a_photo_series_under_the_headline_is_no_part_of_it(second: str, third: str, captions: bool) -> None:
    """Lines that a photo series prints after a caption a rule took, each opening with the words of
    the one above it, are captions, not the headline's lines, though they share the lead's words; the
    headline above them stays the headline."""
    text = "\n".join(_PHOTO_SERIES_PAGE).format(second=second, third=third) + "\n"
    document = segment_document(text, "zh")
    headings = [s.text for s in document.sentences if s.heading]
    assert document.metadata.title == "把为民服务做到极致"
    assert (second not in headings and third not in headings) == captions
    assert _PHOTO_SERIES_PAGE[-1] in [s.text for s in document.sentences]


def test_points_of_a_list_under_caption_marks_stay() -> None:
    """Code review 79: two long lines under ▲ marks, one after the other, are the points of a list the
    lead announces, not two photos' captions; one such line alone between paragraphs is a caption."""
    lead = "경찰청은 1일 하반기 교통안전 종합대책을 발표했다. 주요 내용은 다음과 같다."
    points = [
        "▲ 음주운전 상습자에 대해서는 차량을 압수하고, 5년 이내 두 차례 이상 적발된 운전자는 구속 수사를 원칙으로 하는 등 처벌을 대폭 강화한다.",
        "▲ 어린이보호구역 내 과속 단속 카메라를 올해 말까지 전국 1만5천 곳으로 늘리고, 등하교 시간대에는 경찰관을 집중 배치해 사고를 예방한다.",
    ]
    close = '경찰청 관계자는 "국민 안전을 최우선으로 하겠다"고 말했다.'
    listed = [s.text for s in segment_document("\n".join([lead, *points, close]) + "\n", "ko").sentences]
    assert all(point in listed for point in points)
    alone = segment_document("\n".join([lead, points[0], close]) + "\n", "ko")
    assert points[0] not in [s.text for s in alone.sentences]
    assert [d.reason for d in alone.dropped if d.text == points[0]] == ["caption"]


def test_a_headline_opening_as_the_photo_caption_under_it_stays_the_headline() -> None:
    """Code review 79: a kicker, a headline and a deck, the last two opening with the words of the
    credited photo caption under them: the series runs down from a caption, never up into the
    headline."""
    text = "\n".join(
        [
            "荆州古城系列盗窃电动车案告破",
            "东城派出所民警破获系列盗窃电动车案",
            "东城派出所民警追回被盗电动车12辆 全部发还车主",
            "东城派出所民警向车主发还被盗电动车 通讯员供图",
            "2024年09月05日 来源：楚天都市报",
            "8月22日，荆州市公安局东城派出所成功破获荆州古城一起系列盗窃电动车案，抓获犯罪嫌疑人2名。",
            "民警追回被盗电动车12辆，已全部发还车主。",
        ]
    )
    headings = [s.text for s in segment_document(text + "\n", "zh").sentences if s.heading]
    assert "东城派出所民警破获系列盗窃电动车案" in headings and "东城派出所民警追回被盗电动车12辆 全部发还车主" in headings


def test_a_reporters_mail_after_a_slash_is_cut_off_the_last_sentence() -> None:
    """Developed page 3709 (서울경제TV): `…판단했다. /cho5543@sedaily.com` ends the article's last
    paragraph; the address is the byline, the sentence the body's. An address inside a sentence stays."""
    last = '백 부장판사는 "음주 영향으로 정상적인 운전이 곤란한 상태였다"고 판단했다.'
    document = segment_document("\n".join([_BODY["ko"][0], f"{last} /cho5543@sedaily.com"]) + "\n", "ko")
    assert [s.text for s in document.sentences] == [_BODY["ko"][0], last]
    assert [(d.reason, d.text.strip()) for d in document.dropped] == [("byline", "/cho5543@sedaily.com")]
    # near miss (code review 79b): an address after a quote that ends no sentence is no reporter's byline
    quoted = '경찰은 "의심 문자를 받으면 신고해 달라"/tip@police.go.kr'
    assert not [d for d in segment_document("\n".join([_BODY["ko"][0], quoted]) + "\n", "ko").dropped if d.reason == "byline"]


def test_a_photos_caption_and_unbracketed_credit_glued_before_a_dated_lead_are_cut_off() -> None:
    """Staged page 3735: `查获非法渔具 安徽警方供图7月16日,办案民警…`, a photo's caption of a few words, a space, the
    province's police credit with no brackets, then the paragraph opening with its date: the caption and
    credit go, the paragraph stays. Near misses: the police's photos a sentence speaks of, and a credit
    before words that are no dated lead."""
    body = _ZH_BODY
    lead = "7月16日，办案民警乘胜追击，进一步固定证据，相继扣押三轮车、鱼船等作案工具。"
    document = segment_document("\n".join([body[0], f"查获非法渔具 安徽警方供图{lead}", body[1]]) + "\n", "zh")
    assert [s.text for s in document.sentences] == [body[0], lead, body[1]]
    assert ("caption", "安徽警方供图") in [(d.reason, d.text) for d in document.dropped]
    for line in ["据安徽警方供图显示，7月16日案发现场一片狼藉。", "记者查看了安徽警方供图中的作案工具，共计12件。"]:
        kept = [s.text for s in segment_document("\n".join([body[0], line, body[1]]) + "\n", "zh").sentences]
        assert line in kept


_NUMBERED_GALLERY = [
    "1.{first}",
    "2.高县综治中心工作人员为群众解答疑问",
    "{third}高县月江镇综治中心外景",
    "4.高县蕉村镇龙潭村微网格分布图 {credit}",
    "2025年12月13日,高县月江镇福顶村平安公益积分兑换现场热闹非凡,村民老黄在兑换表上签下名字。",
    "这是自2024年底高县综治中心在月江镇试点推行平安公益积分制度以来,福顶村开展的第二次积分兑换活动。",
    "如今,高县综治中心已构建起一套完整、高效的三级运行体系。",
]


@pytest.mark.parametrize(
    ("first", "third", "credit", "captions"),
    [
        # a gallery's numbered captions above the body, the last with its credit (developed page 3760)
        ("高县综治中心", "3.", "高县县委政法委供图", True),
        # near miss: no caption among the numbered lines (no credit): they are not known for captions
        ("高县综治中心", "3.", "", False),
        # near miss: the numbering breaks before the credited line: the lines above it are no run with it
        ("高县综治中心", "", "高县县委政法委供图", False),
        # near miss: a headline that opens with a decimal (`1.2亿元…`) is no photo's number (code review 80)
        ("2亿元电诈案告破 32人落网", "3.", "高县县委政法委供图", False),
    ],
)
def test_a_numbered_gallery_above_the_body_is_no_headline(first: str, third: str, credit: str, captions: bool) -> None:
    """Lines numbered one after another above the body, one of them a caption a rule took (its
    photo credit), are a gallery's captions: dropped, never the headline, though they share the
    lead's words and no other line could be the headline."""
    text = "\n".join(_NUMBERED_GALLERY).format(first=first, third=third, credit=credit) + "\n"
    document = segment_document(text, "zh")
    kept = [s.text for s in document.sentences]
    first = "1." + first
    assert ("2.高县综治中心工作人员为群众解答疑问" not in kept and first not in kept) == captions
    if first.startswith("1.2亿"):
        assert document.metadata.title == first
    assert _NUMBERED_GALLERY[-1] in kept and _NUMBERED_GALLERY[4] in kept


def test_a_line_of_bar_separated_fields_is_no_reposted_headline() -> None:
    """Developed page 1818: a spam line of fields set apart by bars, the first an outlet's name
    (`竟彩网官网|…|…`), is not cut into a source and a headline: the line goes whole."""
    text = "竟彩网官网|500竞彩足球让球胜平负|球探比分即时足球比分\n新疆哈密:民警深夜救援被困游客\n近日,受强冷空气影响,3名自驾游客车辆陷入雪窩被困深山。\n"
    document = segment_document(text, "zh")
    assert document.metadata.source is None
    assert [d.text for d in document.dropped] == ["竟彩网官网|500竞彩足球让球胜平负|球探比分即时足球比分"]


_SIGNED_OFF_POST = [
    "贺兰公安“空中奇兵” 为社区警务插上“翅膀”",
    "{widget}",
    "“你们派出所的无人机真先进,把厂房人员情况看得一清二楚。”4月28日清晨,金贵派出所社区民警利用无人机开展摸排巡查。",
    "金贵派出所负责人告诉记者,该所社区民警开启“警用无人机+”社区警务模式,充分发挥无人机优势。",
    "{credit}",
    "{notice}",
]


@pytest.mark.parametrize(
    ("widget", "credit", "notice", "reasons"),
    [
        # developed page 3783: a reading-time widget, a WeChat-style sign-off of roles set off by slashes, a reuse notice with the page's address
        ("本文有340个文字,预计浏览时间1分钟。", "监制 / 小苏打", "温馨提示: 本文来源于网络整理,以上就是贺兰公安“空中奇兵”所有内容,转发或引用请将http://www.example.com/m/377732.html做为出处。", ("page-furniture", "editor", "copyright")),
        ("阅读时间：约3分钟", "来源 / 平安贺兰、宁夏法治报", "本站声明:转载请注明出处：https://www.example.com/a/1.html", ("page-furniture", "source", None)),
        ("全文约2000字", "审核:王五", "", ("page-furniture", "editor", None)),
        # near misses: sentences that use the same words
        ("本文有340个文字记录了民警一天的工作,预计浏览时间不到1分钟。", "编辑 / 甜甜等人参加了活动。", "警方提醒,转发或引用他人文章时请注明出处,不要传播谣言。", ()),
    ],
)
def test_a_wechat_style_sign_off_and_reading_time_go(widget: str, credit: str, notice: str, reasons: tuple[str | None, ...]) -> None:
    """A post's reading-time widget under the headline, its credits as `role / name`, and a reuse
    notice naming the page's address go, each for its reason; sentences that use the same words stay."""
    text = "\n".join(_SIGNED_OFF_POST).format(widget=widget, credit=credit, notice=notice) + "\n"
    document = segment_document(text, "zh")
    kept = [s.text for s in document.sentences]
    why = {d.text: d.reason for d in document.dropped}
    for line, reason in zip((widget, credit, notice), reasons or (None, None, None)):
        if not reasons:
            assert line in kept, line
        elif line:
            assert why.get(line) == reason if reason else line in why, line
    assert _SIGNED_OFF_POST[3] in kept


def test_a_numbered_gallery_is_dropped_on_a_real_page() -> None:
    """Developed page 3760 (四川长安网): four numbered photo captions above the body, the last with
    its credit; none is kept, and the body's first sentence opens the article."""
    document = segment_file(PAGES / "3760.txt")
    kept = [s.text for s in document.sentences]
    assert not any(s.startswith(("1.", "2.", "3.", "4.")) for s in kept)
    assert kept[0] == "“领到钱我就去买肉灌香肠来过年!”"


def test_an_outlets_name_before_a_reposted_headline_goes_on_a_real_page() -> None:
    """Developed page 3766: `人民公安报丨打造乡情调解室 …` under a breadcrumb that prints it too: the
    paper's name goes to the source, the headline keeps its own words."""
    document = segment_file(PAGES / "3766.txt")
    assert document.sentences[0].text == "打造乡情调解室 实现“矛盾不上交” ——张掖临泽新华派出所构建纠纷化解新格局"
    assert document.metadata.source == "人民公安报丨"



@pytest.mark.parametrize(
    "line",
    [
        "主编：这个问题我们请反诈中心负责人来回答",  # an interview's turn
        "统筹：市公安局牵头，各分局配合",  # a plan's items
        "审核：窗口民警当场审核材料，符合条件的当场办结",
        "来源/用途不明的资金应当及时报告",
        "记者注意到，该网站页面底部写着转发或引用请将http://www.fake-gov.cn/a.html做为出处，冒充官方网站。",  # a reported notice
    ],
)
def test_lines_that_open_like_a_sign_off_or_report_a_notice_stay(line: str) -> None:
    """Code review 80: between body paragraphs, a line that opens with an editorial role and a colon
    but holds a clause rather than names, a 来源 set off by a bare slash, and a sentence that reports a
    site's reuse notice are the article's."""
    body = _SIGNED_OFF_POST[2:4]
    text = "\n".join([_SIGNED_OFF_POST[0], body[0], line, body[1]]) + "\n"
    kept = [s.text for s in segment_document(text, "zh").sentences]
    assert line in kept and body[1] in kept


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        # a headline of phrases set apart by ASCII commas, over a dateline and the lead (developed page 3807)
        ("安平警凝聚社區安全意識,安平你我缺一不可,落實社區警政,視訊座談分享", True),
        # near misses: the article's keywords between ASCII commas above the lead are no headline, though they share its
        # words, even with long ones lifted from the lead (code review 80b)
        ("安平警,社區警政,視訊座談,治安座談會", False),
        ("社區大樓主委、管理員,實施視訊座談活動,公寓大廈線上治安座談會,社區警政", False),
    ],
)
def test_a_headline_of_comma_separated_phrases_is_no_keyword_list(first: str, headline: bool) -> None:
    """The keywords row takes a line of short items between ASCII commas; a line of longer phrases
    that shares the lead's words is the headline all the same."""
    text = "\n".join(
        [
            "2021-08-11 15:21:30",
            first,
            "視傳媒記者傅建峰/台南報導",
            "安平警針對安平地區大樓比例逐年升高,特地於10日晚上舉辦與轄區社區大樓主委、管理員、警勤區與里長等人實施視訊座談活動,落實社區警政。",
            "活動也邀社區管委會、保全業等重要人士,共同召開「公寓大廈線上治安座談會」,分享近期應注意犯罪被害個案與預防。",
        ]
    ) + "\n"
    document = segment_document(text, "zh")
    assert (document.metadata.title == first) == headline
    assert (first in [s.text for s in document.sentences]) == headline


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("图①:布置简陋而又不失庄严的审判庭。", True),  # a photo named by its circled number (developed page 3825)
        ("图②：法官调解案件并对老人进行释法。", True),
        ("图⑤、⑥:法官调解案件并对老人进行释法。", True),
        # near misses: a figure a sentence cites by its number (code review 80b), and a sentence about a picture
        ("图1.所示的作案手法已在全省多地出现,警方提醒群众提高警惕。", False),
        ("图①所示为正确的灭火器握持方法,民警提醒市民按图操作。", False),
        ("圖①中的嫌疑人身穿黑色外套,警方呼籲知情民眾提供線索。", False),
        ("图片显示,嫌疑人在凌晨两点进入小区。", False),
    ],
)
def test_a_photo_named_by_its_number_is_a_caption(line: str, caption: bool) -> None:
    """Between two paragraphs, a line that names its photo by a number, circled or not, and a colon is
    the photo's caption; a sentence that cites a figure by its number is the article's."""
    lead = "7月4日上午,县法院巡回法庭在村委会院内的树荫下开庭审理一起赡养纠纷案件。"
    close = "庭审结束后,法官又向围观群众讲解了赡养老人的法律规定。"
    document = segment_document("\n".join(["法官树下开庭 老人当场获赡养费", lead, line, close]) + "\n", "zh")
    kept = [s.text for s in document.sentences]
    assert (line not in kept) == caption
    assert lead in kept and close in kept



def test_a_keyword_list_over_the_real_headline_does_not_take_its_place() -> None:
    """Code review 80b: a list of the article's keywords, long unit names among them, printed above
    the headline stays no headline; the headline is the page's title."""
    text = "\n".join(
        [
            "惠州市公安局交通警察支队,防范酒驾醉驾违法行为,夜查行动,交通安全",
            "惠州交警严查酒驾醉驾",
            "5月20日晚,惠州市公安局交通警察支队在全市开展夜查行动,严查酒驾醉驾违法行为,防范酒驾醉驾违法行为发生。",
            "行动中,民警共查处酒驾醉驾违法行为15起,确保道路交通安全。",
        ]
    ) + "\n"
    document = segment_document(text, "zh")
    assert document.metadata.title == "惠州交警严查酒驾醉驾"
    assert not any(s.text.startswith("惠州市公安局交通警察支队,") for s in document.sentences)


def test_a_posts_sign_off_reading_time_and_reuse_notice_go_on_a_real_page() -> None:
    """Developed page 3783: under the headline a reading-time widget; after the body a credit roll
    of `role / name` lines (来源, 编辑, 审核, 复审, 监制) and a reuse notice that quotes the headline and
    names the page's address; none is kept, and the body's last line is."""
    document = segment_file(PAGES / "3783.txt")
    kept = [s.text for s in document.sentences]
    why = {d.text.strip(): d.reason for d in document.dropped}
    assert why.get("本文有340个文字,预计浏览时间1分钟。") == "page-furniture"
    assert why.get("监制 / 小苏打") == "editor" and why.get("来源 / 平安贺兰、宁夏法治报") == "source"
    assert not any(s.startswith(("温馨提示", "监制", "来源")) for s in kept)
    assert kept[-1] == "为警务实战增添了新质战斗力。”"


def test_numbered_photo_captions_and_an_angle_bracketed_end_mark_on_real_pages() -> None:
    """Developed page 3825: eight captions `图①:…` to `图⑧:…` under the report, each dropped as a
    caption; developed page 3830: `<끝>` glued after the last sentence is cut off it and ends the
    article, the sentence kept."""
    court = segment_file(PAGES / "3825.txt")
    assert not any(s.text.startswith("图") for s in court.sentences)
    assert sum(d.reason == "caption" and d.text.startswith("图") for d in court.dropped) == 8
    notice = segment_file(PAGES / "3830.txt")
    last = [s.text for s in notice.sentences][-1]
    assert last.endswith("당부했다.") and "<끝>" in [d.text for d in notice.dropped]


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("(宝鸡市人民检察院未成年人检察办公室)", True),  # developed page 3850
        ("（某某县公安局治安管理大队社区警务中队）", True),
        # near miss: the last sentence's own aside in brackets stays with it
        ("(其中3人已被依法刑事拘留)", False),
    ],
)
def test_the_unit_that_wrote_the_article_after_its_last_sentence_goes_to_the_source(credit: str, source: bool) -> None:
    """A state body's or a police unit's long name in brackets after the article's last sentence is
    the article's source, cut off the sentence; the sentence's own aside in brackets is not."""
    last = "检察官通过身边的案例故事,帮助同学们了解法律知识,为未成年人筑起一道青春防线。"
    document = segment_document("检察官走进校园送法\n近日,市检察院开展“开学第一讲”活动。\n" + last + credit + "\n", "zh")
    assert (document.sentences[-1].text == last) == source
    assert (document.metadata.source == credit) == source


def test_a_caption_above_a_names_then_text_and_photos_credit_on_a_real_page() -> None:
    """Developed page 3875: under the paper's name and date, the photo's one-sentence caption, then
    the credit `◎张磊 杨志军 文/图` (the reporters' names before `文/图`) on a line of its own: the
    credit goes to the source, the caption above it is dropped as a caption, and the body starts with
    the quotation that opens the lead."""
    document = segment_file(PAGES / "3875.txt")
    why = {d.text.strip(): d.reason for d in document.dropped}
    assert why.get("邹雪红提醒群众预防电信网络诈骗。") == "caption"
    assert document.metadata.source == "◎张磊 杨志军 文/图"
    assert [s.text for s in document.sentences][1].startswith("“我一个多月前就在村民大会上讲了")


_CREDIT_PAGE_HEAD = "乡城县公安局开展反诈宣传进牧场\n2022年06月21日\n"
_CREDIT_PAGE_BODY = (
    "6月11日下午，乡城县公安局民警来到白依乡虫草采集点，向群众宣传防范电信网络诈骗知识，现场发放宣传资料200余份。\n"
    "民警提醒广大群众，不要轻信陌生来电，不要向陌生账户转账。\n"
)


@pytest.mark.parametrize(
    ("above", "caption"),
    [
        ("邹雪红提醒群众预防电信网络诈骗。", True),
        # near misses (code review 81): a lead printed above the credit opens with its time or an attribution
        ("近日，乡城县公安局破获一起电信诈骗案。", False),
        ("据悉，乡城县公安局破获一起电信诈骗案。", False),
        # (code review 81b) two captions above the credit, each starting with its date: captions all the same
        ("10月3日,民警在景区疏导交通。\n10月4日,民警为游客指路。", True),
    ],
)
def test_a_short_sentence_above_a_names_credit_is_a_caption_unless_it_opens_as_a_lead(above: str, caption: bool) -> None:
    """Above a credit of names and `文/图`, a short finished sentence is the photo's caption; one alone
    that opens as a lead does (`近日，…`, `据悉，…`) is the lead, printed above the credit, and stays; a
    run of captions may each start with a date."""
    document = segment_document(_CREDIT_PAGE_HEAD + above + "\n泽仁·拉姆 杨志军 文/图\n" + _CREDIT_PAGE_BODY, "zh")
    assert document.metadata.source == "泽仁·拉姆 杨志军 文/图"
    kept = [s.text for s in document.sentences]
    assert all((line not in kept) == caption for line in above.split("\n"))


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("◎张磊 杨志军 文/图", True),
        ("◎泽仁·拉姆 杨志军 文/图", True),
        ("张磊 杨志军 文/图 6月11日下午,乡城县公安局开展宣传。", True),
        # near misses: a sentence that ends on the words, a name glued to them, a title with 文图, one-letter words,
        # a spaced headline of four-letter halves and a column's name (code review 81), a call for submissions
        ("他把这些照片都配上了文/图", False),
        ("张磊文/图", False),
        ("《警营风采》文图展", False),
        ("民警 张三 说 文/图", False),
        ("警民同心 共护平安 文/图 张磊", False),
        ("警营风采 图/文", False),
        ("稿件 文/图 不限，请于6月30日前发送至邮箱。", False),
        # (code review 81b) a column's name written with ·, a one-letter part; a lead after the credit in brackets or quotes
        ("平安·乡城 文/图", False),
        ("警营·风采 图/文", False),
        ("扎·西 文/图", False),
        # with a role, the reporter rows and the byline rows take the credit (a byline, not this row's source)
        ("□本报记者 李明 通讯员 王小五 图/文", False),
        ("记者 泽仁·拉姆 文/图", False),
        ("张磊 文/图 （6月11日）乡城县公安局开展宣传。", True),
    ],
)
def test_names_then_text_and_photos_is_a_credit(line: str, credit: bool) -> None:
    """The reporters' bare names (two or three letters, or a minority name with · beside another),
    then `文/图` or `图/文` after a space, on a line of their own or before the lead, are the article's
    credit (a `source` row of prefixes.tsv); a sentence, a spaced headline or a column's name that
    contains the words is not, and a credit with a role is the reporter and byline rows'."""
    from align.text.clean.patterns import affixes_at

    rows = [a for a in affixes_at("zh", "start") if a.field == "source" and a.pattern.match("◎张磊 杨志军 文/图")]
    assert len(rows) == 1
    assert bool(rows[0].pattern.match(line)) == credit


def test_a_spaced_headline_over_text_and_photos_stays_the_headline() -> None:
    """Code review 81: a headline written in two spaced halves with `文/图` and the reporter after it
    stays the page's title; it is no credit of names."""
    document = segment_document("警民同心 共护平安 文/图 张磊\n2022年06月21日\n" + _CREDIT_PAGE_BODY, "zh")
    assert document.metadata.title == "警民同心 共护平安 文/图 张磊"
    assert document.metadata.source is None


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("犯罪嫌疑人抓获现场", True),
        ("民警出警现场", True),
        ("入室盗窃现场", True),
        ("反诈宣传进校园活动现场", True),
        ("民警在事故现场", True),
        ("出租车起火现场", True),
        # sentences: a two-letter verb of going, then up to four letters, then the scene
        ("民警和特勤迅速赶往案发现场。", False),  # developed page 3877
        ("民警迅速赶到事故现场。", False),
        ("民警立即赶往事故发生现场。", False),
        ("民警迅速赶到现场。", False),
        ("随后民警赶至事发现场。", False),  # (code review 81b) 赶至, 冲到, 赶回: verbs of going too
        ("民警立即冲到事发现场。", False),
        ("民警赶回案发现场。", False),
    ],
)
def test_a_photo_of_a_scene_is_a_caption_and_going_to_the_scene_a_sentence(line: str, caption: bool) -> None:
    """The caption row for a photo named as its scene takes `…现场`; a verb of going of two letters
    (赶往, 赶到 …) may stand up to four letters before 现场, a one-letter one (到, 在, 进 …) none: those
    are the captions' nouns (入室盗窃, 进校园)."""
    from align.text.clean.patterns import boilerplate_rules

    scene = [r for r in boilerplate_rules() if r.reason == "caption" and r.pattern.search("犯罪嫌疑人抓获现场")]
    assert scene
    assert any(r.pattern.search(line) for r in scene) == caption


def test_a_verb_of_going_to_the_scene_keeps_the_sentence_on_a_real_page() -> None:
    """Developed page 3877: `民警和特勤迅速赶往案发现场。` is kept."""
    assert "民警和特勤迅速赶往案发现场。" in [s.text for s in segment_file(PAGES / "3877.txt").sentences]


def test_a_korean_caption_ending_on_what_the_photo_shows_and_its_source_in_angle_brackets_goes() -> None:
    """Developed page 4185 (a Korean paper in Atlanta): the photo's caption, `…범죄 행위를 벌인 용의자의 모습.
    <샌디 스프링스 경찰서>`, ends as captions do, on what the photo shows (모습, 장면, 전경), with its source, an office,
    a paper or a credit, in angle brackets; a body sentence ends in a verb."""
    document = segment_document((PAGES / "4185.txt").read_text(encoding="utf-8"), "ko")
    caption = "샌디 스프링스 식당에서 범죄 행위를 벌인 용의자의 모습. <샌디 스프링스 경찰서>"
    assert [d.reason for d in document.dropped if d.text == caption] == ["caption"]
    headline, body = "경찰, 식당 지붕에 숨은 절도범 검거", "경찰은 용의자를 절도 혐의로 체포했다고 밝혔다."
    for line in ("화재 진압에 나선 소방대원들의 장면 〈부산소방재난본부 제공〉", "새로 문을 연 서울경찰청 청사 전경 <서울경찰청>"):
        assert [d.reason for d in segment_document(f"{headline}\n{line}\n{body}\n", "ko").dropped if d.text == line] == ["caption"], line


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("경찰은 용의자가 지붕 위로 달아나는 모습을 확인했다. <샌디 스프링스 경찰서>", "경찰은 용의자가 지붕 위로 달아나는 모습을 확인했다."),  # a verb ends it (the office's tag may go)
        ("시민들은 경찰의 달라진 모습이라고 평가했다.",) * 2,
        # (code review 83b) a body sentence before the caption's words; a headline's, a deck's or a section's tag, no office
        ("경찰은 현장에서 용의자를 검거했다. 사진은 당시 용의자의 모습. <샌디 스프링스 경찰서>", "경찰은 현장에서 용의자를 검거했다."),
        ("경찰의 새 모습 <기획>", "경찰의 새 모습"),
        ("달라진 한인타운의 모습 <연속 기획>", "달라진 한인타운의 모습"),
        ("지역 경찰의 활기찬 모습 <르포>", "지역 경찰의 활기찬 모습"),
        ("가을을 맞은 도심 시민들의 모습 <사회>", "가을을 맞은 도심 시민들의 모습"),
    ],
)
def test_lines_that_end_in_a_photos_words_and_a_tag_in_angle_brackets_stay(line: str, sentence: str) -> None:
    """Near misses of the caption row above: what goes is never the article's words."""
    kept = segment_document(f"경찰, 식당 지붕에 숨은 절도범 검거\n{line}\n경찰은 용의자를 절도 혐의로 체포했다고 밝혔다.\n", "ko")
    assert any(s.text.startswith(sentence) for s in kept.sentences), [s.text for s in kept.sentences]


def test_an_outlets_dispatch_mark_spaced_from_its_name_goes_to_metadata() -> None:
    """Developed page 4216 (a 每日新报 repost): `天津网 讯 每日新报记者 王祖凌 昨日起,…`, the outlet's 讯 set off by a space
    as some sites print it, then the reporter's credit: both go, the lead starts at 昨日起 (near misses, 讯问 and a
    spaced-out 通讯员, are with the dispatch marks' above)."""
    document = segment_document((PAGES / "4216.txt").read_text(encoding="utf-8"), "zh")
    assert document.metadata.source == "天津网 讯"
    assert document.sentences[1].text.startswith("昨日起,塘沽警方120辆崭新的环保电动摩托车")
    assert [d.reason for d in document.dropped if d.text == "每日新报记者 王祖凌"] == ["prefix"]


def test_a_ticker_of_other_stories_between_the_headline_and_the_body_goes() -> None:
    """A saved Taiwan portal's page (trafilatura's text of it) prints a ticker between the headline and the body, each
    item marked as a list's, under the label 最新消息, with its date and time: `- 最新消息 <title> 2023-09-01 16:35`. An
    item whose title holds a ？ read as a finished sentence, so the ticker was taken for the body's start and an item
    for the headline. Each goes as related, the headline is the page's. Text of developed page 282 around items
    made in the ticker's shape from developed pages' headlines."""
    headline, lead, second = (PAGES / "282.gold.txt").read_text(encoding="utf-8").splitlines()[:3]
    ticker = [
        "- 最新消息 如何正确拨打110？ 记住3点很重要 2023-09-01 16:35",
        "- 最新消息 男子酒驾被查 2023-09-01 16:27",
        "- 最新消息 民警救起落水老人！ 市民送锦旗 2023-09-01 16:06",
    ]
    document = segment_document("\n".join([headline, *ticker, lead, second]) + "\n", "zh")
    assert document.sentences[0].text == headline
    assert [s.text for s in document.sentences[1:3]] == [lead, second]
    assert {d.reason for d in document.dropped if "最新消息" in d.text} == {"related"}


@pytest.mark.parametrize(
    "line",
    [
        "8小时抓获嫌疑人!蒙城警方破获一起被盗案 2023-09-01 16:35",  # unmarked: the headline and its date glued
        "- 民警当场将嫌疑人抓获。 2023-09-01 16:35",  # a finished sentence before the time
        "最新消息 警方已将嫌疑人抓获 2023-09-01 16:35",  # the label without a list's mark
    ],
)
def test_lines_with_a_time_that_are_no_ticker_item_keep_their_words(line: str) -> None:
    """Near misses of the ticker rows: no list mark, or a sentence finished before the time. No ticker row takes
    them, over the lead or between two paragraphs (other steps may: the line model)."""
    lead = "从接到报警到抓获盗窃分子,蒙城县公安民警只用了8小时。"
    after = "5月15日9时许,蒙城县公安局乐土派出所接到辖区群众报警。"
    for text in (f"{line}\n{lead}\n{after}\n", f"{lead}\n{line}\n{after}\n"):
        assert "related" not in {d.reason for d in segment_document(text, "zh").dropped}


def test_a_caption_ending_in_an_agencys_photo_credit_and_date_goes() -> None:
    """Developed pages 2099 and 638 (Central News Agency photos): a caption line ends in the picture's provider in
    brackets, the agency reporter's credit, 傳真 or 攝, and the date (`…乾燥成品等。(保三總隊提供)中央社記者張已亷傳真
    113年1月25日`); it goes whole as a caption, the article's paragraphs stay. A bare `中央社記者張已亷攝 113年1月25日`
    after one sentence stays (code review 84b: a photographer's credit glued to a one-sentence last paragraph reads
    so too)."""
    document = segment_document((PAGES / "2099.txt").read_text(encoding="utf-8"), "zh")
    captions = [d.text for d in document.dropped if d.reason == "caption"]
    assert sum("中央社記者張已亷傳真" in text and text.endswith("113年1月25日") for text in captions) == 2
    assert not any("傳真" in s.text for s in document.sentences)
    # the Gregorian year too (code review 84: the row read only the Republic's three-digit years)
    caption = "民警在现场勘查被盗车棚。(警方提供)新华社记者张三摄 2024年1月25日"
    lead = "从接到报警到抓获盗窃分子,蒙城县公安民警只用了8小时。"
    document = segment_document(f"8小时抓获嫌疑人!蒙城警方破获一起被盗案\n{caption}\n{lead}\n", "zh")
    assert [d.reason for d in document.dropped] == ["caption"]


@pytest.mark.parametrize(
    "line",
    [
        "民警将走失老人安全送回家中,家属连声道谢。2023年5月6日",  # a date without a credit
        # (code review 84) a paragraph of two sentences with the credit glued after it keeps them
        "全案移送法辦。警方持續追查上游來源。中央社記者張已亷攝 113年1月25日",
        "警方將嫌犯依違反毒品危害防制條例移送地檢署偵辦，全案持續追查上游來源。中央社記者張已亷攝 113年1月25日",
        "记者传真给警方的照片显示,嫌疑人于2023年5月6日离开。",  # the words inside a sentence
        "警方表示,相关照片由记者张三摄于2023年5月6日。",  # …and one that ends so without a credit's shape
    ],
)
def test_body_lines_with_a_reporter_and_a_date_are_no_agency_caption(line: str) -> None:
    """Near misses of the agency caption row."""
    lead = "从接到报警到抓获盗窃分子,蒙城县公安民警只用了8小时。"
    document = segment_document(f"8小时抓获嫌疑人!蒙城警方破获一起被盗案\n{lead}\n{line}\n警方提醒市民注意防范。\n", "zh")
    assert "caption" not in {d.reason for d in document.dropped if d.text in line}


def test_a_caption_ending_in_where_its_picture_was_taken_from_goes() -> None:
    """A saved Taiwan portal's page prints a weather map's caption over the article, `…下午會發布海警。（取自中央氣象局網站）`:
    taken from a site, as `(警局提供)` is given by an office, it goes as a caption. Near misses (code review 84): 取自
    inside a sentence, and a source of data (`（资料取自…）`) after the article's sentence.
    Text of developed page 282 around it."""
    headline, lead, second = (PAGES / "282.gold.txt").read_text(encoding="utf-8").splitlines()[:3]
    caption = "民警在现场勘查被盗车棚。（取自蒙城县公安局网站）"
    document = segment_document(f"{headline}\n{caption}\n{lead}\n{second}\n", "zh")
    assert [s.text for s in document.sentences] == [headline, lead, second]
    assert [d.reason for d in document.dropped] == ["caption"]
    for sentence in ("民警调取的监控录像取自车棚附近的商铺。", "警方提醒市民注意防范电动车电瓶被盗。（资料取自蒙城县公安局网站）"):
        document = segment_document(f"{headline}\n{lead}\n{sentence}\n{second}\n", "zh")
        assert sentence.split("（")[0] in [s.text for s in document.sentences], sentence


PAGES_282 = (PAGES / "282.gold.txt").read_text(encoding="utf-8").splitlines()  # a developed page's gold lines


def test_an_editors_summary_that_runs_on_past_the_lead_goes_and_the_lead_stays() -> None:
    """Developed pages 3021 and 2590: a summary under its label (`摘要:`) runs the first paragraphs and the cut-off start
    of the next (`…要责任上...`); the lead, whose words open it, was dropped as its copy and the summary kept, its
    cut-off tail with it. Now the summary goes as a duplicate paragraph and the lead and the paragraphs after it stay,
    whole."""
    for page in ("3021", "2590"):
        text = (PAGES / f"{page}.txt").read_text(encoding="utf-8")
        summary = text.index("摘要:")
        line_end = text.index("\n", summary)
        lead = text.index(text[summary + 3 : summary + 13], line_end)  # the lead, below, opens with the summary's words
        document = segment_document(text, "zh")
        assert not any(summary <= s.start < line_end for s in document.sentences), page
        assert any(s.start == lead for s in document.sentences), page
    # near misses (code review 84d): a teaser cut short under the summary goes, not the summary; a summary with words of
    # its own (a sentence no paragraph holds) stays, its lead copy going as before
    headline, lead_line, second = "8小时抓获嫌疑人!蒙城警方破获一起被盗案", PAGES_282[1], PAGES_282[2]
    third = "目前,嫌疑人已被依法刑事拘留,案件正在进一步办理中。"
    teaser = segment_document(f"{headline}\n摘要:{lead_line}{second}\n{lead_line[:20]}\n{third}\n", "zh")
    assert [s.text for s in teaser.sentences] == [headline, lead_line, second, third]
    own = segment_document(f"{headline}\n摘要:{lead_line}民警提醒市民注意防范。\n{lead_line}\n{second}\n", "zh")
    assert "民警提醒市民注意防范。" in [s.text for s in own.sentences]


def test_a_blogs_comment_box_heading_ends_the_article_with_its_rules() -> None:
    """Right: developed page 1579 (a Blogger site) closes with its comment box, 留言 and 張貼留言 over the
    board's numbered rules: the rules go with the box, the article's last paragraph stays."""
    kept = [s.text for s in segment_file(DATA / "pages" / "1579.txt").sentences]
    assert not any("留言" in sentence for sentence in kept)
    assert kept[-1].startswith("花蓮縣警察局局長呂世明非常重視青少年及婦幼議題")


def test_a_label_with_no_value_is_no_metadata_and_a_reporters_profile_button_no_byline() -> None:
    """New user 95: `責任編輯：` with no name became the editor, `发表时间：` the date, and a reporter's
    profile button (`기자 프로필`, above the line with the name) the byline."""
    lead = "民警在街头开展巡逻，发现一名老人迷路后将其护送回家。"
    assert clean(f"{lead}\n責任編輯：\n", "zh").metadata.editor is None
    assert clean(f"{lead}\n责任编辑：张三\n", "zh").metadata.editor == "责任编辑：张三"
    assert clean(f"发表时间：\n{lead}\n", "zh").metadata.date is None
    korean = "연천군은 20일 초록우산어린이재단과 아동복지 증진을 위한 업무협약을 맺었다고 밝혔다.\n기자 프로필\n우영식 기자\n"
    cleaned = clean(korean, "ko")
    assert cleaned.metadata.byline == "우영식 기자" and {d.reason for d in cleaned.dropped if d.text == "기자 프로필"} == {"widget"}


def test_a_dialogs_confirmation_question_is_a_widget_and_a_reporters_question_is_not() -> None:
    """New user 95: developed page h01 (Naver) keeps the second half of a subscription dialog,
    `취소하시겠습니까?` ("cancel?"), as the article's last sentence. A dialog's confirmation of an
    action on the page (cancel, delete, subscribe, report; 取消, 删除, 收藏) is a widget; a question
    put in the article is not."""
    lead = "연천군은 20일 초록우산어린이재단과 아동복지 증진을 위한 업무협약을 맺었다고 밝혔다."
    assert [s.text for s in segment_document(f"{lead}\n우영식 기자의 구독을\n취소하시겠습니까?\n", "ko").sentences] == [lead]
    assert "确定要取消收藏吗？" not in [s.text for s in segment_document("民警在街头开展巡逻，发现一名老人迷路后将其护送回家。\n确定要取消收藏吗？\n", "zh").sentences]
    asked = segment_document(f"{lead}\n경찰은 시민들에게 이런 전화를 받으면 어떻게 하시겠습니까?\n", "ko")
    assert "경찰은 시민들에게 이런 전화를 받으면 어떻게 하시겠습니까?" in [s.text for s in asked.sentences]


def test_metadata_is_read_without_ruby_readings() -> None:
    # new-user trial 5 (a mirror of a Xinhua report in traditional script with broken ruby markup): the readings
    # are cut from the sentences, and from the title and the byline too
    page = "\n".join(
        [
            "春運(yùn)以來(lái)鐵路公安幫助旅客找回遺失財(cái)物13200余件",
            "記者17日從公安部鐵路公安局獲悉,春運(yùn)以來(lái),各地鐵路公安機(jī)關(guān)積極開(kāi)展實(shí)踐活動(dòng),共幫助旅客找回遺失遺忘物品13200余件。",
            "各地鐵路公安機(jī)關(guān)在確保站車(chē)治安穩(wěn)定的同時(shí),組織民警立足崗位積極為旅客排憂解難。",
            "(記者 區(qū)天海)",
        ]
    )
    metadata = clean(page, "zh").metadata
    assert (metadata.title, metadata.byline) == ("春運以來鐵路公安幫助旅客找回遺失財物13200余件", "(記者 區天海)")


def test_a_long_line_without_a_letter_is_furniture_and_a_short_table_cell_stays() -> None:
    # new-user trial 6 (郑州日报's copy of the 2025 vehicle statistics): a date,count strip of seven items or more was kept
    # and gave 40 one-sided claims; the developed gold lines without a letter are table cells of at most 12 characters
    strip = "2026-02-12,13080| 2026-02-11,13072| 2026-02-10,13064| 2026-02-09,13056| 2026-02-08,13045| 2026-02-07,13037| 2026-02-06,13021"
    body = "公安部14日发布最新统计,截至2025年6月底,全国机动车保有量达4.6亿辆,其中汽车3.59亿辆,新能源汽车3689万辆。"
    cleaned = clean(f"{body}\n{strip}\n", "zh")
    assert [cleaned.text[p.start : p.end] for p in cleaned.paragraphs] == [body]
    assert {d.reason for d in cleaned.dropped if d.text == strip} == {"page-furniture"}
    table = f"{body}\n2025. 4. 25.\n868(174)\n"
    assert [table[p.start : p.end] for p in clean(table, "zh").paragraphs][0] == body
    hotlines = f"{body}\n如遇紧急情况，警方提醒市民可拨打以下电话求助：\n110、119、120、122、12345、12110、96110\n警方提醒广大市民注意出行安全，遇到问题及时报警求助。\n"
    assert {d.reason for d in clean(hotlines, "zh").dropped if d.text.startswith("110、")} != {"page-furniture"}  # no dates: no strip


def test_a_site_s_prompts_to_its_other_language_editions_are_neither_headline_nor_body() -> None:
    """A new user's page (trial 9): a Taiwanese agency's page opens with prompts to its English,
    Japanese and Spanish editions; the Japanese one (kanji among its kana) is no body start, so the
    Chinese headline under them is the headline and the article stays whole."""
    prompts = [
        "Your browser does not appear to support Traditional Chinese. Would you like to go to CNA’s English website, “Focus Taiwan\" ?",
        "こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。",
        "Se detecta que el idioma que usted usa no es el carácter chino tradicional.Por favor, intente entrar en la Página web de“Español”",
    ]
    headline = "大陸船走私洋菸市值6000萬元 馬祖海巡查獲偵辦"
    lead = "馬祖海巡隊今天在南竿海域查獲大陸籍貨船與快艇各一艘,涉嫌走私未稅洋菸,共查獲1200箱未稅菸,市價約新台幣6000萬元。"
    text = "\n".join([*prompts, "", headline, "", "最新更新:2020/06/28 21:36", "", "", f"(中央社記者邱筠連江縣28日電){lead}"]) + "\n"
    document = segment_document(text, "zh")
    assert [(s.text, s.heading) for s in document.sentences] == [(headline, True), (lead, False)]
    assert document.metadata.title == headline
    assert not any(s.text.startswith(("Your", "こちら", "Se detecta")) for s in document.sentences)


def test_a_line_in_japanese_is_another_language_but_a_chinese_line_quoting_kana_is_not() -> None:
    lines = ["市民小心网购退款诈骗,警方提醒不要轻信陌生来电。", "以下フッターです。", "涉案男子自称“たなか”,已被警方控制。"]
    kept, reasons = _kept_and_reasons("\n".join(lines) + "\n", "zh", "以下")
    assert kept == [lines[0], lines[2]] and reasons == {"other-language"}
    # review 100: a sentence quoting a Japanese message or naming goods in kana is the article's
    quoting = ["日本警视厅近日提醒,近期出现大量冒充快递公司的诈骗短信。", "短信内容为:“お荷物のお届けにあがりましたが不在の為持ち帰りました。”", "賣家標榜販售「ちいかわ」「ハチワレ」限定盲盒。"]
    kept, reasons = _kept_and_reasons("\n".join(quoting) + "\n", "zh", "短信内容")
    assert kept == quoting and reasons == set()
    goods = ["刑事警察局今天表示,破獲一個販售仿冒卡牌的集團。", "警方查獲仿冒ポケモンカード逾千張,陳嫌供稱「這些卡牌都是從網上批發來的,我不知道是假貨」。"]
    kept, reasons = _kept_and_reasons("\n".join(goods) + "\n", "zh", "警方查獲")
    assert kept == goods and reasons == set()


def test_a_date_on_a_source_line_is_the_page_s_date_when_a_credit_named_the_source_first() -> None:
    """Trial 9: the date line also names the paper (`| 來源:北京日報`), and the lead's glued credit
    (`本報訊(記者 安然)`) took the source field first: the date is still the page's; and a board's
    `작성일 :` line is a date line."""
    text = "2021年03月11日08:15 | 來源:北京日報 小字號\n原標題:市民小心“網購退款”\n本報訊(記者 安然)北京通州公安分局日前發布消息:警方快速反應,讓一名正在遭遇網購退款詐騙的事主終止操作,成功避免事主的損失。\n經過民警的勸阻,田女士恍然大悟,發現自己被騙。\n"
    metadata = segment_document(text, "zh").metadata
    assert metadata.source == "本報訊(記者 安然)" and metadata.published == "2021-03-11T08:15"
    text = "대학 등록금 보이스피싱 주의보\n\n작성일 : 2011-12-11 19:25:14\n올 대학 수학 능력시험을 치른 고3 김모(19)군은 이달 초 이상한 전화를 받았다. 수시 모집에 지원한 대학 중 한 곳의 번호였다.\n"
    document = segment_document(text, "ko")
    assert document.metadata.published == "2011-12-11" and {d.reason for d in document.dropped} == {"dateline"}
    # review 100: a later line's date (another item's source line) never replaces the page's own
    text = "来源:朝阳公安分局 时间:2024-05-12 阅读:321\n民警在辖区开展防诈骗宣传活动,向群众发放宣传资料500余份。\n活动受到群众好评。\n来源:平安北京 时间:2023-11-02 阅读:1204\n"
    assert segment_document(text, "zh").metadata.published == "2024-05-12"
    # review 100b: a date line without its year is the page's own; another item's dated line below dates nothing
    text = "男子酒后驾车被查获\n发布时间:03-05 10:20\n来源:平安南阳\n3月4日晚,南阳市公安局交警支队民警在辖区开展夜查行动时,查获一名酒后驾车的男子。\n经检测,该男子已达醉驾标准。\n来源:平安南阳 发布时间:2019-05-03\n"
    assert segment_document(text, "zh").metadata.published is None


def test_a_site_s_statement_under_its_label_ends_the_article() -> None:
    body = ["公安部新闻发言人在27日召开的发布会上介绍,五年来,全国公安机关共破获电信网络诈骗犯罪案件194.5万起。", "4.9万名电诈犯罪嫌疑人被移交我方。"]
    statement = "声明:本站所有文章,如无特殊说明或标注,均为本站原创发布。任何个人或组织,在未征得本站同意时,禁止复制、盗用、采集、发布本站内容到任何网站、书籍等各类媒体平台。"
    kept, reasons = _kept_and_reasons("\n".join([*body, statement]) + "\n", "zh", "声明")
    assert kept == body and reasons == {"copyright"}


def test_an_encyclopedia_s_reference_marks_are_dropped_inside_sentences_and_are_no_sentence_of_their_own() -> None:
    text = "廉政公署起訴兩名懲教署人員,涉嫌容許在囚人士管有手機。\n廉政公署是獨立的執法機構[3],現僱有職員約一千三百多人,其中逾半數職員已在廉政公署服務超過十年。[4]\n[1] 這是清單的第一項。\n"
    document = segment_document(text, "zh")
    texts = [s.text for s in document.sentences]
    assert "[4]" not in texts and not any(t.startswith("[4]") for t in texts)
    marked = next(s for s in document.sentences if "[3]" in s.text)
    assert "[3]" not in marked.clean and marked.clean.startswith("廉政公署是獨立的執法機構,")
    assert [d.text for d in document.dropped if d.reason == "footnote-mark"] == ["[3]", "[4]"]
    assert any(t.startswith("[1]") for t in texts)  # a list's mark opening its line stays
    percent = segment_document("全市刑事案件同比上升15%[2],其中盗窃案件增加47%[3]。\n", "zh")
    assert [d.text for d in percent.dropped if d.reason == "footnote-mark"] == ["[2]", "[3]"]


def test_a_desk_and_dispatch_line_is_the_source_credit_spaced_slash_or_not() -> None:
    """Trial 10: 中央社's dispatch line on a line of its own, `中央社／ 北京16日電`, was the page's
    title and no credit; it is the source credit, whose date is the report's dateline."""
    from align.comparison.claims import credit_claims, credit_of

    for line in ("中央社／ 北京16日電", "香港新聞組／香港25日電"):
        document = segment_document(f"快訊\n\n{line}\n\n據新華社報導，中國禁毒部門查獲可卡因430公斤。\n", "zh")
        assert document.metadata.source == line and document.metadata.title != line
        credit = credit_of(document)
        assert credit is not None and [c.figure.text for c in credit_claims(credit[0], "zh")] == [line[-4:-1]]


def test_a_notice_the_site_states_in_its_own_name_is_no_copyright_statement() -> None:
    """Review 100: `声明：本网站从未委托任何机构…` is the article of a notice against impostors, not the
    site's statement on its articles (which names copying, reposting, views or sources)."""
    body = [
        "近期,有不法分子冒充本网站客服人员,以“账户异常”为由诱骗用户转账。",
        "声明:本网站从未委托任何机构或个人以本网站名义收取任何费用,请以本站发布信息为准,认准官方来源。",
        "如接到此类电话,请立即挂断,并拨打110报警。",
    ]
    kept, reasons = _kept_and_reasons("\n".join(body) + "\n", "zh", "声明")
    assert kept == body and reasons == set()


def test_a_one_sentence_caption_with_its_capture_credit_and_a_dated_related_link_are_dropped() -> None:
    """Trial 11 (saved Naver and Sohu pages): `…사진이 게재됐다. 보배드림 캡처` is a photo's caption, and
    `- 11-08-22·海普瑞缩水500亿 转型多肽药物胜数几何` another story's link; a paragraph of two sentences with
    a credit after its last is the article's."""
    lead = "차량 두 대가 들어갈 주차 공간에 차량 한 대를 주차한 외제차 소유주의 행태가 온라인서 논란이 됐다."
    caption = "6일 온라인 커뮤니티에 한 외제차가 주차장 두 칸을 차지한 모습이 담긴 사진이 게재됐다. 보배드림 캡처"
    paragraph = "한 누리꾼은 사진과 함께 글을 올렸다. 저 차 주인은 매번 저렇게 주차한다고 지적했다. 유튜브 캡처"
    kept, reasons = _kept_and_reasons("\n".join([lead, caption, paragraph]) + "\n", "ko", "6일 온라인")
    assert kept == [lead, "한 누리꾼은 사진과 함께 글을 올렸다.", "저 차 주인은 매번 저렇게 주차한다고 지적했다."] and reasons == {"caption"}
    body = ["上周五,海普瑞交出惨淡中报,市值一年大幅缩水近500亿元。", "川商李锂夫妇身家也随之降至188亿元。"]
    link = "- 11-08-22·海普瑞缩水500亿 转型多肽药物胜数几何"
    kept, reasons = _kept_and_reasons("\n".join([*body, link]) + "\n", "zh", "- 11-08-22")
    assert kept == body and reasons == {"related"}


def test_an_invitation_to_follow_the_outlet_on_a_platform_is_a_promo() -> None:
    """Trial 11 (華視): `◆ 追蹤更多華視影音及圖文新聞：` over `1.用Plurk追蹤華視影音及圖文新聞：追蹤` was kept as the
    article's end; a sentence reporting that police traced a suspect's account is the article's."""
    body = ["抗議的學生,真的了解什麼是服貿嗎?", "警方追蹤其臉書帳號後,於昨日將嫌犯逮捕到案。"]
    promo = ["◆ 追蹤更多華視影音及圖文新聞:", "1.用Plurk追蹤華視影音及圖文新聞:追蹤"]
    kept, reasons = _kept_and_reasons("\n".join([*body, *promo]) + "\n", "zh", "◆", "1.用Plurk")
    assert kept == body and reasons <= {"promo", "line-model"}
    # review 100c: a headline about following someone on a platform is the article's
    headline = "用IG追蹤前女友動態還埋伏住處 男違反跟騷法遭起訴"
    document = segment_document("\n".join([headline, "32歲陳姓男子與前女友分手後,仍不斷以多個帳號追蹤對方社群動態。", "台北地檢署偵結,依違反跟騷法將陳男起訴。"]) + "\n", "zh")
    assert document.sentences[0].text == headline


def test_a_notice_that_the_machine_translation_follows_ends_the_article() -> None:
    """Trial 13: a Korean paper prints its article's Google translation below a notice; the English copy
    was kept in a Korean document."""
    body = ["세종경찰청은 다음 달부터 음주운전 특별단속을 시행한다.", "단속은 주 3회 이상 실시한다."]
    notice = "아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 전문입니다."
    english = ["Sejong Police Launch Crackdown on Drunk Driving", "Sejong Police will conduct a special crackdown on drunk driving next month."]
    kept, reasons = _kept_and_reasons("\n".join([*body, notice, *english]) + "\n", "ko", "아래는", "Sejong")
    assert kept == body and reasons == {"other-language"}
    # review 100c: a sentence of the article about a translation is no notice
    story = ["유튜버 A씨는 외신 기사를 번역한 영문 기사를 해외 사이트에 무단 게재한 혐의를 받는다.", "경찰은 A씨를 검찰에 송치했다."]
    kept, reasons = _kept_and_reasons("\n".join(story) + "\n", "ko", "유튜버")
    assert kept == story and reasons == set()


def test_a_paragraph_printed_again_is_dropped_though_a_stray_bar_opens_its_first_copy() -> None:
    """Trial 13: `|2016年…` and, lower down, `2016年…` were both kept."""
    lines = ["疑凶今日出庭 华人集会抗议", "|2016年1月15日,奥克兰老人被人残害于家中。消息震惊了整个华人社区。", "疑凶下次出庭将在今年4月。", "2016年1月15日,奥克兰老人被人残害于家中。消息震惊了整个华人社区。"]
    document = segment_document("\n".join(lines) + "\n", "zh")
    assert [s.text for s in document.sentences].count("消息震惊了整个华人社区。") == 1
    assert "duplicate-paragraph" in {d.reason for d in document.dropped}


def test_a_portals_promoted_link_under_its_label_is_related_but_an_outlets_label_over_the_headline_is_not() -> None:
    """Trial 11 (聯合晚報): `熱門》思科啟動創新…` and `新訊》如何預防腸病毒？` over the article; the gold page whose
    headline follows its outlet's label (`美傳媒 》全台唯一!…`) keeps its headline."""
    body = ["國光客運新開北宜高國5三條新路線,今天開放免費試乘第二天,人潮較昨天銳減。", "但仍發生零星衝突。"]
    links = ["熱門》思科啟動創新,令企業獲得商機", "新訊》如何預防腸病毒?"]
    kept, reasons = _kept_and_reasons("\n".join([*links, *body]) + "\n", "zh", "熱門》", "新訊》")
    assert kept == body and "related" in reasons


@pytest.mark.parametrize(
    ("text", "lang", "body", "furniture"),
    [
        (
            "警方提醒，市民應提高警惕，謹防詐騙。\n目前案件仍在進一步調查中。\n正文已結束,您可以按alt+4進行評論\n相關新聞\n",
            "zh",
            ["警方提醒，市民應提高警惕，謹防詐騙。", "目前案件仍在進一步調查中。"],
            "正文已結束",
        ),
        (
            "중국은 조선과 밀접한 소통과 협조를 유지하고 있다.\n사고 조사는 계속 진행되고 있다.\n[필수입력] 닉네임\n[필수입력] 인증코드 왼쪽 박스안에 표시된 수자를 정확히 입력하세요\n",
            "ko",
            ["중국은 조선과 밀접한 소통과 협조를 유지하고 있다.", "사고 조사는 계속 진행되고 있다."],
            "인증코드",
        ),
    ],
)
def test_a_screen_readers_end_of_text_note_and_a_captchas_prompt_end_the_article(text: str, lang: str, body: list[str], furniture: str) -> None:
    """Trial 20: a portal's `正文已結束,您可以按alt+4進行評論` and a comment form's `인증코드 … 입력하세요`
    stayed as the article's last sentences."""
    kept, reasons = _kept_and_reasons(text, lang, furniture)
    assert kept == body
    assert reasons and reasons <= {"page-furniture", "comments"}


def test_an_attached_files_name_and_the_public_licence_notice_are_no_article() -> None:
    """Trial 19's saved press release k04: a file name with its size or a download link (`- (12.11)….hwp(87
    kb) 다운로드`, `….pdf (1.2 MB)`) on a line of its own (a bare name may be an article's: review 102c), and the public
    licence's notice in a full sentence (`본 저작물은 "공공누리" 제4유형…`), stayed as sentences."""
    text = (
        "예시군, 겨울철 안전점검 실시\n예시군은 겨울철을 맞아 관내 다중이용시설에 대한 안전점검을 실시한다고 밝혔다.\n"
        "이번 점검은 이달 말까지 소방서와 합동으로 진행된다.\n- (12.11)예시군,겨울철안전점검실시.hwp(87 kb) 다운로드\n"
        "260116 (즉시) 겨울철 안전점검 관련 지시(재난대응과).pdf (1.2 MB)\n"
        '본 저작물은 "공공누리" 제4유형:출처표시+상업적 이용금지+변경금지 조건에 따라 이용 할 수 있습니다.\n'
        '예시군청이 창작한 겨울철 안전점검 실시 저작물은 공공누리 "출처표시" 조건에 따라 이용할 수 있습니다.\n'
        "왼쪽 QR Code 이미지를 스마트폰에 인식시키면 자동으로 이 페이지로 연결됩니다.\n"
        "이 QR Code는 『보도자료 138492번』의 정보를 담고 있습니다.\n"
    )
    kept, reasons = _kept_and_reasons(text, "ko", ".hwp", ".pdf", "공공누리", "QR")
    assert kept == ["예시군, 겨울철 안전점검 실시", "예시군은 겨울철을 맞아 관내 다중이용시설에 대한 안전점검을 실시한다고 밝혔다.", "이번 점검은 이달 말까지 소방서와 합동으로 진행된다."]
    assert reasons <= {"page-furniture", "copyright", "footer"}


def test_news_about_the_public_licence_or_a_report_file_stays() -> None:
    text = "문화체육관광부는 공공누리 제1유형 저작물 개방을 확대한다고 밝혔다.\n보고서 전문은 누리집에서 내려받을 수 있다.\nQR코드를 스마트폰으로 인식하면 가짜 사이트로 연결된다.\n"
    kept, _ = _kept_and_reasons(text, "ko")
    assert kept == ["문화체육관광부는 공공누리 제1유형 저작물 개방을 확대한다고 밝혔다.", "보고서 전문은 누리집에서 내려받을 수 있다.", "QR코드를 스마트폰으로 인식하면 가짜 사이트로 연결된다."]


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("新华社北京9月13日电（记者刘欢、赵博）国台办发言人陈斌华13日在例行新闻发布会上表示，台湾将被彻底掏空。\n陈斌华说，民进党当局上台后，台湾已向美国购买大量武器。\n", "记者刘欢、赵博"),
        ("本报讯(记者 宁亚琴)近日，警保携手抓获一名“拉车门”盗窃嫌疑人。\n目前，嫌疑人已被依法刑事拘留。\n", "记者 宁亚琴"),
    ],
)
def test_the_reporters_a_wire_credit_names_are_the_byline_when_no_line_names_one(text: str, byline: str) -> None:
    """Trial 19's saved page s02: the credit `新华社北京9月13日电（记者刘欢、赵博）` was the source, and
    the page had no byline."""
    assert segment_document(text, "zh").metadata.byline == byline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('"인증번호 입력하세요" 택배 사칭 문자 주의보\n명절을 앞두고 택배 회사를 사칭한 스미싱 문자가 급증하고 있다.\n경찰은 의심 문자는 118로 신고해 달라고 당부했다.\n', '"인증번호 입력하세요" 택배 사칭 문자 주의보'),
        (
            "스미싱 기승\n명절을 앞두고 택배 회사를 사칭한 스미싱 문자가 급증하고 있다.\n"
            "[Web발신] 고객님의 택배가 주소 불일치로 보관 중입니다. 인증번호 확인 후 주소를 입력해 주세요 http://bit.ly/3xYz\n"
            "경찰은 출처가 불분명한 주소는 절대 누르지 말라고 당부했다.\n",
            "경찰은 출처가 불분명한 주소는 절대 누르지 말라고 당부했다.",
        ),
    ],
)
def test_a_phishing_story_quoting_a_code_prompt_keeps_its_text(text: str, kept: str) -> None:
    """Review 102a: the comment form's `인증코드 … 입력하세요` row took a voice-phishing story's headline
    and ended it at a quoted scam message; only a form's own prompt (a box, the code shown) is one."""
    assert kept in [s.text for s in segment_document(text, "ko").sentences]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "북한 해킹조직, 국세청 사칭 악성 메일 유포\n경찰청 국가수사본부는 북한 해킹조직이 악성 메일을 대량 유포한 사실을 확인했다고 3일 밝혔다.\n"
            "해킹조직이 보낸 메일에는 다음과 같은 이름의 첨부파일이 붙어 있었다.\n- 2024년 종합소득세 신고 안내.hwp\n- 세무조사 사전통지서.pdf\n이 파일을 열면 악성코드가 설치된다.\n",
            "- 세무조사 사전통지서.pdf",
        ),
        (
            "경찰청, 교통사고 통계 공개\n경찰청은 교통사고 통계를 공공데이터로 공개했다고 3일 밝혔다.\n이 자료는 공공누리 제1유형으로 개방돼 누구나 자유롭게 이용할 수 있다.\n경찰은 자료를 매년 갱신할 계획이다.\n",
            "이 자료는 공공누리 제1유형으로 개방돼 누구나 자유롭게 이용할 수 있다.",
        ),
        (
            "가짜 QR코드 주의보\n주차장 정산기에 가짜 QR코드를 붙인 큐싱 범죄가 잇따르고 있다.\n"
            '가짜 QR코드에는 "이 QR코드는 주차요금 정산 페이지의 정보를 담고 있습니다"라는 안내문까지 붙어 있었다.\n경찰은 QR코드 주소를 꼭 확인하라고 당부했다.\n',
            '가짜 QR코드에는 "이 QR코드는 주차요금 정산 페이지의 정보를 담고 있습니다"라는 안내문까지 붙어 있었다.',
        ),
    ],
)
def test_an_article_about_files_open_data_or_qr_codes_keeps_its_sentences(text: str, kept: str) -> None:
    """Review 102c: a phishing story's list of file names, news about open data under the public
    licence, and a quoted QR code notice were dropped by the new furniture rows."""
    assert kept in [s.text for s in segment_document(text, "ko").sentences]


@pytest.mark.parametrize("credit", ["（记者节特别报道）", "（记者观察）", "（记者手记）"])
def test_a_columns_label_in_brackets_is_no_byline(credit: str) -> None:
    """Review 102c: `（记者节特别报道）` gave the byline `记者节特别报道`."""
    text = f"本报讯{credit}今年以来，全市公安机关共破获电信诈骗案件120起。\n民警提醒市民提高警惕。\n"
    assert segment_document(text, "zh").metadata.byline is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("轉寄給朋友…", "share"),
        ("產生縮網址", "share"),
        ("分享给好友", "share"),
        ("立即下載風傳媒APP，世界脈動在你手中！", "promo"),
        ("马上下载XX新闻客户端", "promo"),
        ("立即下载国家反诈中心APP，守护钱袋子！", None),  # a police app a release urges is the article's
    ],
)
def test_a_share_button_with_its_object_and_the_sites_own_app_go(line: str, reason: str | None) -> None:
    """Trial 14 (w04, a Taiwanese saved page): `產生縮網址`, `轉寄給朋友…` and the site's app promotion
    `立即下載…APP，…！` were kept as sentences."""
    reasons = [d.reason for d in clean(_page_with(line, "zh"), "zh").dropped if d.text.strip() == line]
    assert reasons == ([reason] if reason else [])


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("您查看的内容可能不完整,部分内容和推荐被拦截!请对本站关闭广告拦截和阅读模式,或使用自带浏览器后恢复正常。", "zh"),
        ("[베이징=뉴시스] 중국 후난성의 한 폭죽공장에서 폭발로 9명이 사망했다.(사진=중국 바이두 갈무리) *DB 및 재판매 금지 2025.06.17 photo@newsis.com", "ko"),
    ],
)
def test_an_ad_blockers_notice_and_a_wire_photos_licence_note_go(line: str, lang: str) -> None:
    """Trial 23: a mirror's notice asking to turn the ad blocker off (`关闭广告拦截` before its label) and a
    wire photo's caption with its licence note in the other order (`*DB 및 재판매 금지`) were kept."""
    kept = [s.text for s in segment_document(_page_with(line, lang), lang).sentences]
    assert not any("拦截" in s or "재판매" in s or "바이두" in s for s in kept)
    assert _LEFTOVER_BODY[lang][0] in kept  # (the notice ends the page: what follows it is the site's)


def test_a_photographers_bare_credit_glued_to_a_paragraph_is_cut_and_a_captions_line_goes_whole() -> None:
    """Developed page 3130 (a Xinhua photo item): a paragraph of two sentences ending in the photographer's
    credit with no brackets (`…三等功。新华网罗春明摄`) was dropped whole as a caption. The credit goes when
    what is left is longer than a caption (`paragraph_credit_letters`); a caption of one or two sentences
    and its credit (`…晒得太黑。 沈益 摄`, developed captions z020) goes whole, and so does a gallery's
    line of captions each with the credit."""
    paragraph = (
        "云南省公安边防总队西双版纳公安边防支队兴海查缉点位于勐海县境内214国道,组建于2011年6月,建点以来共查获毒品案1025起,"
        "抓获犯罪嫌疑人958人,缴毒2.74吨,构筑了一道边境毒品查缉的雄关铁卡。因缉毒工作成绩突出,该查缉点先后三次被公安部边防局、云南省公安边防总队荣记集体三等功。"
    )
    text = (
        "西双版纳兴海查缉点禁毒纪实\n"
        "云南省西双版纳傣族自治州勐海县与缅甸接壤,是云南省乃至全国禁毒斗争的前沿阵地之一。\n"
        f"{paragraph}新华网罗春明摄\n"
        "左转、伸手、摆臂……下午3时整,阳光暴烈,可路上的车子却一点也不少。为了维持交通,他已经在烈日下站了半个多小时。 沈益 摄\n"
        "图为执勤的民警帮助旅客乘车。张鑫 摄 图为特警在人流如织的候车室里巡逻。张鑫 摄 图为民警协助客运部门做好旅客乘车秩序维护。张鑫 摄 图为乘警在车厢帮助旅客。张鑫 摄\n"
        "边防官兵表示,将继续严密查缉,坚决把毒品堵截在国门之外。\n"
    )
    document = segment_document(text, "zh")
    kept = [s.text for s in document.sentences]
    assert "因缉毒工作成绩突出,该查缉点先后三次被公安部边防局、云南省公安边防总队荣记集体三等功。" in kept
    assert not any("摄" in s or "左转" in s or "图为" in s for s in kept)
    assert ("caption", "新华网罗春明摄") in {(d.reason, d.text) for d in document.dropped}


def test_what_review_103b_found_the_cleaning_rules_of_the_session_break_stays_as_it_was() -> None:
    """Review 103b: the ad-blocker row took `…违法内容被拦截。` (a police report's statement) and ended the page
    there; a title after `******` that asks or exclaims, or on a page that masks a suspect's name with `***`,
    no longer started an appended article; the app row took the traffic police's own advice."""
    report = "\n".join(
        [
            "网警开展清网行动",
            "今年以来，网安部门持续开展净网行动，累计清理有害信息。",
            "行动期间，已有3600余条违法内容被拦截。",
            "下一步，警方将继续加大打击力度。",
        ]
    )
    assert [s.text for s in segment_document(report + "\n", "zh").sentences][-1] == "下一步，警方将继续加大打击力度。"
    first = [
        "男子冒充警察诈骗老人被抓",
        "5月12日，市公安局接到群众报警，称有人冒充民警以“洗钱”为由骗取其存款。",
        "接警后，民警迅速展开调查，于当晚在某宾馆将犯罪嫌疑人***（男，35岁）抓获。",
        "经审讯，***对其冒充警察实施诈骗的犯罪事实供认不讳，涉案金额共计12万元。",
        "警方提醒，公安机关不会通过电话要求群众转账汇款。",
    ]
    for title in ("****** 网购二手手机竟收到一块砖头？警方破获跨省诈骗案！", "****** 县交警大队开展夏季道路交通安全集中整治"):
        appended = [title, "近日，县公安局破获一起网络诈骗案，抓获犯罪嫌疑人3名，涉案金额20余万元。", "今年3月，受害人王某在网上购买二手手机。"]
        kept = [s.text for s in segment_document("\n".join(first + appended) + "\n", "zh").sentences]
        assert kept[-1] == first[-1], title
    advice = "立即下载“交管12123”APP，违法处理不用跑！"
    assert advice in [s.text for s in segment_document(_page_with(advice, "zh"), "zh").sentences]


def test_chinese_titles_after_a_korean_articles_last_line_go() -> None:
    """Trial 23 (a Xinhua Korean photo story): the Chinese titles of the gallery's other photos under the
    Korean text were kept as its sentences. A Chinese version that is prose stays."""
    korean = ["中 핑이 석고광산 붕괴사고, 구생구멍 뚫고 갇힌 인원과 연락을 시도", "12월 28일, 구조인원이 구생구멍(救生孔)을 통해 갱내에 갇혀있는 인원과 연락을 시도하고 있다."]
    titles = ["(突发事件后续)(2)平邑石膏矿坍塌事故打通救生孔尝试联系被困人员", "(突发事件后续)(3)平邑石膏矿坍塌事故打通救生孔尝试联系被困人员"]
    document = segment_document("\n".join(korean + titles) + "\n", "ko")
    assert [s.text for s in document.sentences] == korean
    assert {d.reason for d in document.dropped if "突发事件" in d.text} == {"other-language"}
    prose = ["12月28日，救援人员通过救生孔尝试与井下被困人员取得联系。", "当晚，救援人员尝试与被困矿工取得联系。"]
    assert [s.text for s in segment_document("\n".join(korean + prose) + "\n", "ko").sentences][-1] == prose[-1]


def test_a_short_run_of_stars_opening_a_paragraph_masks_a_name() -> None:
    """Review 103d: ` *** ` opening a paragraph with no mask above it took the paragraph and the rest of the
    article for an appended one; a run that short masks a name (an appended article's title has `******`)."""
    lines = ["辽阳饭店火灾致22人死亡", "4月29日12时25分许，辽宁省辽阳市一饭店发生火灾，造成22人死亡、3人受伤。", "事故发生后，有关部门迅速开展救援。",
             " *** 中央政治局常委、国务院总理作出批示指出", "要全力救治受伤人员，妥善做好善后工作。"]
    kept = [s.text for s in segment_document("\n".join(lines) + "\n", "zh").sentences]
    assert kept[-1] == "要全力救治受伤人员，妥善做好善后工作。"
