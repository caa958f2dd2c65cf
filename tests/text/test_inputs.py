import pytest

from align.errors import InputError
from align.text.inputs import detect_language, nonblank_lines, read_pair, read_presegmented, sort_piles
from align.text.segment import segment_document
from tests.conftest import seed_text


def test_language_detection() -> None:
    assert detect_language(seed_text("000")) == "ko"
    assert detect_language(seed_text("004")) == "ko"
    assert detect_language(seed_text("002")) == "zh"
    with pytest.raises(InputError, match="language"):
        detect_language("only latin text 123")


def test_presegmented_files_keep_one_sentence_per_line(tmp_path) -> None:
    path = tmp_path / "ko.txt"
    path.write_text("첫 문장이다. 같은 줄이다.\n\n둘째 줄\n", encoding="utf-8")
    document = read_presegmented(path)
    assert [s.text for s in document.sentences] == ["첫 문장이다. 같은 줄이다.", "둘째 줄"]
    assert [s.index for s in document.sentences] == [0, 1]


def test_nonblank_lines_leave_surrounding_space_out() -> None:
    text = "  첫 줄 \r\n\n\t둘째\n   \n"
    assert [text[s:e] for s, e in nonblank_lines(text)] == ["첫 줄", "둘째"]


def test_a_pair_given_the_wrong_way_round_is_an_error_naming_the_file(tmp_path) -> None:
    ko, zh = tmp_path / "a.txt", tmp_path / "b.txt"
    ko.write_text(seed_text("000"), encoding="utf-8")
    zh.write_text(seed_text("002"), encoding="utf-8")
    assert [d.lang for d in read_pair(ko, zh)] == ["ko", "zh"]
    with pytest.raises(InputError, match="give the Korean report first"):
        read_pair(zh, ko)
    with pytest.raises(InputError, match="written in Korean") as raised:
        read_pair(ko, ko)
    assert str(ko) in str(raised.value)


def test_piles_keep_their_own_language_and_piles_the_wrong_way_round_are_an_error() -> None:
    korean = [segment_document(seed_text(seed), "ko", doc=f"k{seed}") for seed in ("000", "004")]
    chinese = [segment_document(seed_text(seed), "zh", doc=f"z{seed}") for seed in ("001", "002", "003")]
    short = segment_document("경찰", "ko", doc="short")  # too few letters to tell: stays
    piles = sort_piles([*korean, chinese[0], short], chinese[1:])
    assert [d.doc for d in piles.ko] == ["k000", "k004", "short"] and [d.doc for d in piles.zh] == ["z002", "z003"]
    assert piles.left_out == (("z001", "zh"),)
    with pytest.raises(InputError, match="give the Korean pile first") as raised:
        sort_piles(chinese, [*korean, chinese[0]], "piles/zh")
    assert "piles/zh" in str(raised.value)


def test_presegmented_reading_does_not_import_the_cleaner(tmp_path) -> None:
    import subprocess
    import sys

    path = tmp_path / "ko.txt"
    path.write_text("첫 문장이다.\n둘째 문장이다.\n", encoding="utf-8")
    code = (
        "import sys; from align.text.inputs import read_presegmented; "
        f"assert len(read_presegmented({str(path)!r}).sentences) == 2; "
        "print(*(name in sys.modules for name in ('align.text.clean', 'align.text.split', 'align.text.html')))"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split() == ["False", "False", "False"]
