import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.data import data_file
from align.script.readings import READING_TABLE, derive_reading_table, hanja_reading, reading_table_text


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
