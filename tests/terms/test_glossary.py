from pathlib import Path

import pytest

from align.errors import GlossaryError
from align.terms.glossary import BUNDLED, KINDS, check_glossary, load_glossaries, load_glossary, merge_glossaries
from tests.conftest import DATA

SMALL = DATA / "glossaries" / "small.tsv"
HEADER = "ko\tzh_hans\tzh_hant\tko_variants\tkind\tnote\tsource\n"


def write(tmp_path: Path, body: str, header: str = HEADER, encoding: str = "utf-8") -> Path:
    path = tmp_path / "g.tsv"
    path.write_bytes((header + body).encode(encoding))
    return path


def test_small_glossary_loads() -> None:
    glossary = load_glossary(SMALL)
    assert len(glossary) == 9
    term = next(t for t in glossary.terms if t.zh_hans == "社区民警")
    assert term.ko_variants == ("지역사회 경찰",) and term.line == 9


def test_bundled_glossary_is_valid_and_large() -> None:
    assert check_glossary(BUNDLED) == []
    glossary = load_glossary(BUNDLED)
    assert len(glossary) >= 400
    assert {t.kind for t in glossary.terms} <= set(KINDS)
    pairs = {(t.ko, t.zh_hans) for t in glossary.terms}
    for pair in [("경무실", "警务室"), ("파출소", "派出所"), ("공안청", "公安厅"), ("교통순라소", "交巡所")]:
        assert pair in pairs


@pytest.mark.parametrize(
    "body, message, line",
    [
        ("경무실\t警务室\t\t\tfacility\t\t\n\t派出所\t\t\torg\t\t\n", "empty ko", 3),
        ("경무실\t\t\t\tfacility\t\t\n", "empty zh_hans", 2),
        ("경무실\t警务室\t\t\tbuilding\t\t\n", "unknown kind 'building'", 2),
        ("경무실\t警务室\t\t\tfacility\t\n", "6 fields, the header has 7", 2),
        ("경무실\t警务室\t\t\tfacility\t\t\n\"파출소\t派出所\t\t\torg\t\t\n", "a stray quote mark at the edge of ko", 3),
        ("경무실\t警务室\t\t\tfacility\t\t\n파출소\t派出所'\t\t\torg\t\t\n", "a stray quote mark at the edge of zh_hans", 3),
        ("경무실\t警务室\t\t\tfacility\t\t\n경무실\t警务站\t\t\tfacility\t\t\n", "maps to 警务站 here and to 警务室 at line 2", 3),
        ("경무실\t警务室\t\t\tfacility\t\t\n경무소\t警务室\t\t\tfacility\t\t\n", "maps to 경무소 here and to 경무실 at line 2", 3),
        ("경무실\t警务室\t\t\tfacility\t\t\n경무소\t警务站\t\t경무실\tfacility\t\t\n", "Korean form '경무실'", 3),
    ],
)
def test_problems_name_file_and_line(tmp_path: Path, body: str, message: str, line: int) -> None:
    path = write(tmp_path, body)
    problems = check_glossary(path)
    assert any(message in p.message and p.line == line for p in problems), problems
    with pytest.raises(GlossaryError) as error:
        load_glossary(path)
    assert f"{path}:{line}: " in str(error.value)


def test_every_problem_of_a_file_is_reported_at_once_in_line_order(tmp_path: Path) -> None:
    """New-user trial 93: a row with the wrong number of fields hid every other problem of the file."""
    body = "경무실\t警务室\t\t\tfacility\t\t\n\t公安厅\t\t\torg\t\t\n민경\t民警\t\t\tbogus\t\t\n공안청\t公安厅\t\t\torg\t\t\t\textra\n파출소\t\t\t\torg\t\t\n"
    problems = check_glossary(write(tmp_path, body))
    assert [(p.line, p.message.split(" ")[0]) for p in problems] == [(3, "empty"), (4, "unknown"), (5, "9"), (6, "empty")]
    assert check_glossary(write(tmp_path, "사업\t\"平安\"工程\t\t\tprogramme\t\t\n")) == []  # a term's own pair of quote marks


def test_conflict_with_notes_is_allowed(tmp_path: Path) -> None:
    body = "경찰서\t派出所\t\t\torg\tPRC police station\t\n경찰서\t警察署\t\t\torg\tROK/Japan police station\t\n"
    assert check_glossary(write(tmp_path, body)) == []


def test_missing_columns_and_bad_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "경무실\t警务室\n", header="ko\tchinese_term\n")
    assert "missing column(s): zh_hans" in check_glossary(path)[0].message
    path = write(tmp_path, "경무실\t경무실\t\t\tfacility\t\t\n", encoding="cp949")
    problem = check_glossary(path)[0]
    assert "not UTF-8" in problem.message and problem.line == 2


def test_merge_later_glossary_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "경무실\t警务室\t警務室\t\tfacility\tuser note\tuser\n")
    merged = load_glossaries([SMALL, path])
    term = next(t for t in merged.terms if t.zh_hans == "警务室")
    assert term.note == "user note" and len(merged) == 9
    assert len(merge_glossaries([load_glossary(SMALL), load_glossary(SMALL)])) == 9
