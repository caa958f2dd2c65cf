import os
import time

from hypothesis import given
from hypothesis import strategies as st

from align.cache import STALE_DAYS, fingerprint, read_cache, write_cache


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


def test_content_json_cannot_hold_leaves_no_file(tmp_path) -> None:
    for content in ({"words": ["\ud800"]}, {"words": {1, 2}}):
        write_cache(tmp_path / "table.json", 1, "x", content)
        assert list(tmp_path.iterdir()) == []


def test_a_familys_stale_files_and_orphaned_temporaries_are_pruned_on_writing(tmp_path) -> None:
    old = time.time() - (STALE_DAYS + 1) * 86400
    stale, recent, other, orphan = (tmp_path / name for name in ("patterns-ko-1-aaaa.json", "patterns-ko-1-bbbb.json", "patterns-zh-1-cccc.json", ".patterns-ko-1-dddd.json.x.tmp"))
    for path in (stale, recent, other, orphan):
        path.write_text("{}", encoding="utf-8")
    for path in (stale, other, orphan):
        os.utime(path, (old, old))
    write_cache(tmp_path / "patterns-ko-1-eeee.json", 1, "x", {"a": 1}, family="patterns-ko-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["patterns-ko-1-bbbb.json", "patterns-ko-1-eeee.json", "patterns-zh-1-cccc.json"]


def test_reading_a_cache_file_marks_it_in_use(tmp_path) -> None:
    path = tmp_path / "patterns-ko-1-aaaa.json"
    write_cache(path, 1, "x", {"a": 1})
    old = time.time() - (STALE_DAYS + 1) * 86400
    os.utime(path, (old, old))
    assert read_cache(path, 1, "x") is not None
    write_cache(tmp_path / "patterns-ko-1-bbbb.json", 1, "y", {"a": 2}, family="patterns-ko-")
    assert path.exists()
