import os

from hypothesis import given
from hypothesis import strategies as st

from align.cache import fingerprint, read_cache, write_cache


def test_written_content_is_read_back_with_its_format_and_source(tmp_path) -> None:
    path = tmp_path / "deep" / "table.json"
    write_cache(path, 2, "abc", {"words": ["警察", "경찰"], "total": 3})
    assert read_cache(path, 2, "abc") == {"format": 2, "source": "abc", "words": ["警察", "경찰"], "total": 3}
    assert read_cache(path, 3, "abc") is None  # another format
    assert read_cache(path, 2, "abd") is None  # derived from something else
    assert not [name for name in os.listdir(path.parent) if name != "table.json"]  # no temporary file left


def test_unreadable_or_foreign_files_are_no_cache(tmp_path) -> None:
    path = tmp_path / "table.json"
    assert read_cache(path, 1, "x") is None  # missing
    for content in ("\x00\x01", "[1, 2]", '{"format": 1}', "{"):
        path.write_text(content, encoding="utf-8")
        assert read_cache(path, 1, "x") is None


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    write_cache(blocker / "table.json", 1, "x", {"a": 1})  # its folder is a file: nothing raised
    assert read_cache(blocker / "table.json", 1, "x") is None


@given(st.lists(st.text(max_size=5), max_size=4), st.lists(st.text(max_size=5), max_size=4))
def test_fingerprints_differ_when_the_parts_differ(first: list[str], second: list[str]) -> None:
    assert (fingerprint(first) == fingerprint(second)) == (first == second)
