import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.script.keys import (
    chinese_key,
    chinese_korean_forms,
    chinese_spellings,
    keyed_chinese,
    keyed_korean,
    korean_key,
    korean_spellings,
)
from align.terms.glossary import BUNDLED, load_glossary


@pytest.mark.parametrize(
    "chinese_korean, south_korean",
    [
        ("리행", "이행"),
        ("련속", "연속"),
        ("루계", "누계"),
        ("령도", "영도"),
        ("로동", "노동"),
        ("녀성", "여성"),
        ("력량", "역량"),
        ("규률", "규율"),
        ("계렬", "계열"),
        ("되였다", "되었다"),
        ("플래트홈", "플랫폼"),
        ("류동인구", "유동인구"),
        ("6년 련속", "6년 연속"),
    ],
)
def test_chinese_korean_and_south_korean_spellings_share_a_key(chinese_korean: str, south_korean: str) -> None:
    assert korean_key(chinese_korean) == korean_key(south_korean)


@pytest.mark.parametrize("word", ["뉴스", "라디오", "로봇", "리더십", "녀석", "2019년", "5년래", "하였다", "능률", "법률"])
def test_ordinary_words_are_not_damaged(word: str) -> None:
    assert korean_key(word) == word


def test_key_is_not_fooled_by_an_exception_inside_a_sentence() -> None:
    assert korean_key("뉴스에서 리행했다") == "뉴스에서 이행했다"


def test_reverse_forms_cover_the_initial_sound_rule() -> None:
    assert set(chinese_korean_forms("이")) == {"리", "니"}
    assert chinese_korean_forms("노") == ["로"]
    assert chinese_korean_forms("경") == []


@pytest.mark.parametrize(
    "text, key",
    [("警務室", "警务室"), ("吉林省公安廳", "吉林省公安厅"), ("１２３，ＡＢＣ", "123,abc"), ("派出所", "派出所")],
)
def test_chinese_key(text: str, key: str) -> None:
    assert chinese_key(text) == key


def test_offsets_survive_length_changes() -> None:
    keyed = keyed_korean("새 플래트홈에서 리행")
    start = keyed.key.index("플랫폼")
    assert keyed.source_span(start, start + 3) == (2, 6)
    keyed = keyed_chinese("…警務室")
    start = keyed.key.index("警务室")
    assert keyed.source_span(start, start + 3) == (1, 4)


@given(st.text(max_size=60))
def test_key_spans_stay_inside_the_original(text: str) -> None:
    for keyed in (keyed_korean(text), keyed_chinese(text)):
        for i in range(len(keyed.key)):
            start, end = keyed.source_span(i, i + 1)
            assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    "form, spelling",
    [("역량", "력량"), ("규율", "규률"), ("이행", "리행"), ("기층 플랫폼", "기층 플래트홈"), ("연락관", "련락관")],
)
def test_korean_spellings_include_chinese_korean_forms(form: str, spelling: str) -> None:
    assert spelling in korean_spellings(form)


def test_every_korean_spelling_shares_the_key_of_its_form() -> None:
    glossary = load_glossary(BUNDLED)
    for term in glossary.terms:
        for form in term.korean_forms:
            key = korean_key(form).replace(" ", "")
            assert all(korean_key(s).replace(" ", "") == key for s in korean_spellings(form)), form


def test_chinese_spellings_cover_scripts_and_widths() -> None:
    spellings = chinese_spellings("互联网+公安")
    assert {"互联网+公安", "互聯網+公安", "互聯網＋公安"} <= spellings
    assert all(chinese_key(s) == "互联网+公安" for s in spellings if "衞" not in s)


def test_the_nfkc_table_skips_only_code_points_nfkc_leaves_alone() -> None:
    import unicodedata

    from align.script import keys

    single, expanding = keys._nfkc_tables()
    for code in keys._NFKC_CANDIDATES:
        normal = unicodedata.normalize("NFKC", chr(code))
        if normal == chr(code):
            assert code not in single or chr(code).isupper()
        elif len(normal) == 1:
            assert single[code] == (normal.lower() if normal.isascii() else normal)
        else:
            assert expanding is not None and expanding.fullmatch(chr(code))
