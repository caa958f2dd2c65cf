import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.data import data_file
from align.script.chars import is_han
from align.script.keys import fold, to_traditional
from align.script.readings import (
    READING_TABLE,
    TRADITIONAL_TABLE,
    TRADITIONAL_WORD_MINIMUM,
    _read_through,
    derivation_versions,
    derive_reading_table,
    derive_traditional_table,
    first_chinese_word,
    folded_reading,
    hanja_reading,
    reading_table_text,
    traditional_for_reading,
    traditional_table_text,
)
from align.terms.words import dictionary_words
from tests.conftest import DATA
from tests.strategies import news_text


@pytest.mark.parametrize(
    "chinese, hangul",
    [
        ("警务室", "경무실"),
        ("派出所", "파출소"),
        ("公安厅", "공안청"),
        ("交巡所", "교순소"),
        ("民警", "민경"),
        ("基层", "기층"),
        ("警務室", "경무실"),
        ("机关", "기관"),
        ("达到", "달도"),
        ("破案率", "파안율"),
        ("准确率", "준확률"),
        ("劳动", "노동"),
        ("两抢一盗", "양창일도"),
        ("不断", "부단"),
        ("连续6年", "연속6년"),
    ],
)
def test_readings(chinese: str, hangul: str) -> None:
    assert hanja_reading(chinese) == hangul


def test_word_boundaries_decide_the_initial_sound_rule() -> None:
    assert hanja_reading("大众力量") == "대중역량"
    assert hanja_reading("大众力量", words=False) == "대중력량"


def test_other_characters_pass_through() -> None:
    assert hanja_reading("全市ABC公安, 2024") == "전시ABC공안, 2024"


@given(st.text(max_size=40))
def test_reading_keeps_length(text: str) -> None:
    assert len(hanja_reading(text, words=False)) == len(text)


@given(st.text(alphabet=st.sampled_from(list("不警务室派出所公安厅率了吗是在中国人民六十年女龙") + [" ", "1"]), max_size=30))
def test_reading_chinese_text_keeps_length_and_reads_every_character(text: str) -> None:
    reading = hanja_reading(text)
    assert len(reading) == len(text)
    assert all("가" <= r <= "힣" for r, c in zip(reading, text) if "\u4e00" <= c <= "\u9fff")


def test_bu_before_every_consonant() -> None:
    assert hanja_reading("不好") == "불호"
    assert hanja_reading("不足") == "부족"


def test_shipped_reading_table_is_derived_from_the_dictionary() -> None:
    """`data/hanja_readings.tsv` is what `scripts/build_reading_table.py` derives from libhangul's
    dictionary today: a change to either without rebuilding the table fails here."""
    assert data_file(READING_TABLE).read_text(encoding="utf-8") == reading_table_text(derive_reading_table())


def test_shipped_conversion_table_is_derived_from_opencc_and_jieba() -> None:
    """`data/hanja_traditional.tsv` is what the build script derives from OpenCC's `s2t` and jieba's
    word list: a changed derivation fails here until the table is rebuilt. Readings use the shipped
    table whatever OpenCC and jieba are installed, so with other versions than those it names the
    comparison would test the libraries, not the project: it is skipped then."""
    shipped = data_file(TRADITIONAL_TABLE).read_text(encoding="utf-8")
    if derivation_versions() not in shipped.partition("\n")[0]:
        pytest.skip(f"the table was derived with other versions than {derivation_versions()}: rebuild with scripts/build_reading_table.py")
    table = derive_traditional_table(dictionary_words(TRADITIONAL_WORD_MINIMUM))
    assert shipped == traditional_table_text(table), "rebuild with python scripts/build_reading_table.py"


@pytest.mark.parametrize(
    "chinese, hangul",
    [("收获", "수확"), ("台风", "태풍"), ("船只", "선척"), ("一只", "일척"), ("干部", "간부"), ("干旱", "건한"), ("老板", "노반"), ("机关", "기관")],
)
def test_words_whose_conversion_changes_their_reading(chinese: str, hangul: str) -> None:
    assert hanja_reading(chinese) == hangul


def test_readings_agree_with_opencc_on_real_news() -> None:
    """The shipped table stands in for OpenCC's phrase-level `s2t`: on the Chinese side of the real
    news pairs and the Chinese real pages, at most one Han character in 5,000 reads otherwise (measured:
    20 of 243,440)."""
    pages = [path for path in sorted((DATA / "pages").glob("*.txt")) if path.stem.isdecimal()]
    texts = [path.read_text(encoding="utf-8") for path in sorted((DATA / "realnews").glob("*.zh.txt")) + pages]
    texts = [text for text in texts if sum(map(is_han, text)) > len(text) / 3]
    differing = total = 0
    for text in texts:
        through_opencc = to_traditional(text)
        if len(through_opencc) != len(text):  # not character for character: hanja_reading's fallback
            through_opencc = "".join(map(to_traditional, text))
        ours = traditional_for_reading(text)
        assert len(ours) == len(text)
        differing += sum(1 for a, b in zip(hanja_reading(text, words=False), _read_through(text, through_opencc, False)) if a != b)
        total += sum(map(is_han, text))
    assert total > 100_000 and differing / total <= 2e-4


@given(st.text(alphabet=st.sampled_from(list("只船一收获台风干部旱老板") + ["\ud800", "a", "\x00", "\u0301", "𠀀"]), max_size=30))
def test_conversion_keeps_length(text: str) -> None:
    assert len(traditional_for_reading(text)) == len(text)


# characters the word rules treat specially: a noninitial override (率), 不 before ㄷ/ㅈ and other
# readings, 렬/률 after vowels, characters with no reading, surrogates, digits before a run
_FOLDING = list("率不正動當列律烈警务室公安厅力量大众") + ["㐀", "𠀀", "\ud800", "6", " ", "가", "리", "a", "\u0301"]


@given(st.one_of(st.text(alphabet=st.sampled_from(_FOLDING), max_size=30), news_text()))
def test_folded_reading_is_the_folded_reading_by_runs(text: str) -> None:
    """The table-driven similarity key equals the character-by-character reading, folded."""
    assert folded_reading(text) == fold(hanja_reading(text, words=False))


def test_folded_reading_of_real_news_is_the_folded_reading_by_runs() -> None:
    for path in sorted((DATA / "realnews").glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        assert folded_reading(text) == fold(hanja_reading(text, words=False)), path.name


def test_folded_reading_keeps_a_character_without_a_reading_where_a_noninitial_override_skips_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Code review 34: a `noninitial` override for a (traditional) character the table cannot read
    gives it no reading at a run's start, where the character stays as written, in its simplified
    form, not as the traditional form the override is keyed on."""
    import align.script.readings as readings

    table, overrides = readings._tables()
    simplified = next(chr(code) for code in range(0x4E00, 0x9FFF) if (t := traditional_for_reading(chr(code))) != chr(code) and t not in table)
    traditional = traditional_for_reading(simplified)
    monkeypatch.setattr(readings, "_tables", lambda: (table, {**overrides, traditional: ("가", "noninitial")}))
    readings._folded_tables.cache_clear()
    try:
        for text in (simplified + "警", "警" + simplified, "1" + simplified):
            assert folded_reading(text) == fold(hanja_reading(text, words=False)), text
        assert folded_reading(simplified + "警")[0] == simplified
    finally:
        monkeypatch.undo()
        readings._folded_tables.cache_clear()


@pytest.mark.parametrize(
    "text, word, word_class",
    [
        ("加强重点部位巡逻防控", "加强", "v"),
        ("加強重點部位巡邏防控", "加强", "v"),
        ("民警赴山东抓获一名嫌疑人", "民警", "n"),
        ("你是万家灯火的守护者", "你", "r"),
        ("  ", "", ""),
    ],
)
def test_the_first_chinese_word_and_its_part_of_speech(text: str, word: str, word_class: str) -> None:
    """jieba's first word of a text, read in simplified characters, and its dictionary tag."""
    assert first_chinese_word(text) == (word, word_class)
