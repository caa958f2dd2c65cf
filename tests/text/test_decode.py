
import pytest

from align.errors import InputError
from align.text.decode import decode_bytes, read_text
from tests.conftest import seed_text

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
