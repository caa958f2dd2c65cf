import os
import stat

import pytest

from align.errors import InputError
from align.io import atomic_writer
from align.text.decode import decode_bytes, read_text

from .conftest import seed_text

KOREAN = seed_text("000")
TRADITIONAL = seed_text("002")
SIMPLIFIED = seed_text("003")


@pytest.mark.parametrize(
    "text, encoding",
    [
        (KOREAN, "utf-8"),
        (KOREAN, "utf-8-sig"),
        (KOREAN, "utf-16"),
        (KOREAN, "utf-16-le"),
        (KOREAN, "cp949"),
        (KOREAN[:400], "euc-kr"),
        (SIMPLIFIED, "gb18030"),
        (SIMPLIFIED, "gbk"),
        (TRADITIONAL, "big5"),
    ],
    ids=["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp949", "euc-kr", "gb18030", "gbk", "big5"],
)
def test_decodes_the_encodings_the_press_uses(text: str, encoding: str) -> None:
    raw = text.encode(encoding, errors="ignore")
    expected = raw.decode(encoding).lstrip("\ufeff")
    assert decode_bytes(raw).text.lstrip("\ufeff") == expected


@pytest.mark.parametrize(
    "raw, message",
    [(b"", "empty"), (b"  \n\t", "empty"), (b"\x7fELF\x02\x01\x00\x00\x00binary", "binary")],
)
def test_rejects_empty_and_binary_input(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(raw, "x.txt")


def test_errors_name_the_file(tmp_path) -> None:
    with pytest.raises(InputError) as missing:
        read_text(tmp_path / "nope.txt")
    assert "nope.txt" in str(missing.value)
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


def test_atomic_writer_leaves_nothing_half_written(tmp_path) -> None:
    target = tmp_path / "out.tsv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as stream:
            stream.write("partial")
            raise RuntimeError("boom")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tsv"]
    with atomic_writer(target) as stream:
        stream.write("new\n")
    assert target.read_text() == "new\n"


def test_atomic_writer_gives_ordinary_permissions(tmp_path) -> None:
    umask = os.umask(0o022)
    try:
        with atomic_writer(tmp_path / "new.tsv") as stream:
            stream.write("x\n")
        assert stat.S_IMODE((tmp_path / "new.tsv").stat().st_mode) == 0o644  # not mkstemp's 0600
        existing = tmp_path / "glossary.tsv"
        existing.write_text("old\n")
        existing.chmod(0o664)
        with atomic_writer(existing) as stream:
            stream.write("new\n")
        assert stat.S_IMODE(existing.stat().st_mode) == 0o664  # a rewritten file keeps its mode
    finally:
        os.umask(umask)
