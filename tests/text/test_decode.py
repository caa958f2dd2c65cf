
import pytest

from align.errors import InputError
from align.text.decode import declared_charset, decode_bytes, read_text
from tests.conftest import DATA, seed_text

REALNEWS = DATA / "realnews"

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
    [
        (b"", "^x.txt: file is empty$"),
        (b"  \n\t", "^x.txt: file has no text: 2 blank lines$"),
        (b"\n\n\n", "^x.txt: file has no text: 3 blank lines$"),  # (new-user trial 98: a presegmented file of blank lines was "empty")
        (b"  \t", "^x.txt: file has no text, only white space$"),
        ("\n\n".encode("utf-16"), "^x.txt: file has no text: 2 blank lines$"),  # (review 98: counted in bytes, 3)
        (b"\x7fELF\x02\x01\x00\x00\x00binary", "binary"),
    ],
)
def test_rejects_empty_and_binary_input(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(raw, "x.txt")


def test_invisible_format_characters_are_text_not_binary() -> None:
    """New user 96: one zero-width space in a short pasted line, or a real article with one every ten
    characters (some sites strew them to foil copying), was refused as a binary file of control
    characters; soft hyphens and word joiners likewise. Control characters still make data binary."""
    article = (REALNEWS / "foxhunt-2015.zh.txt").read_text(encoding="utf-8")
    for invisible in ("\u200b", "\u00ad", "\u2060", "\u200d"):
        strewn = "".join(ch + (invisible if i % 10 == 9 else "") for i, ch in enumerate(article))
        assert decode_bytes(strewn.encode(), "x.txt").text == strewn
    assert decode_bytes("抓获潜逃五年\u200b以上的人员。\n".encode(), "x.txt").text == "抓获潜逃五年\u200b以上的人员。\n"
    with pytest.raises(InputError, match="binary"):
        decode_bytes(("民警" + "\x01\x02\x03" * 30).encode(), "x.txt")


def test_errors_name_the_file(tmp_path) -> None:
    with pytest.raises(InputError) as missing:
        read_text(tmp_path / "nope.txt")
    assert "nope.txt" in str(missing.value)
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


def test_a_file_cut_inside_its_last_character_is_read_with_the_damage_reported(tmp_path) -> None:
    from align.text.segment import segment_file

    raw = "경찰은 오늘 단속 결과를 발표했다.\n공안국은 사기 사건을 해결했다".encode()[:-1]
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8" and decoded.text.endswith("해결했\ufffd")
    (damage,) = decoded.damaged
    assert (damage.start, damage.end) == (len(raw) - 2, len(raw)) and decoded.text[damage.offset] == "\ufffd"
    path = tmp_path / "cut.txt"
    path.write_bytes(raw)
    document = segment_file(path, "ko")
    assert [d.reason for d in document.dropped] == [f"undecodable bytes at {len(raw) - 2}–{len(raw)}"]
    assert "\ufffd" not in document.sentences[-1].clean


@pytest.mark.parametrize("codec, line", [("cp949", "민경들은 파출소에서 일했다."), ("gb18030", "民警在派出所工作。"), ("big5", "民警在派出所工作。")])
def test_a_line_in_a_legacy_encoding_appended_to_utf8_is_read_in_it(codec: str, line: str) -> None:
    head = "경찰은 오늘 단속 결과를 발표했다.\n" if codec == "cp949" else "民警破获案件三起。公安局通报了情况。\n"
    decoded = decode_bytes(head.encode() + (line + "\n").encode(codec))
    assert decoded.text == head + line + "\n"
    assert decoded.encoding == f"utf-8+{codec}" and decoded.damaged == ()


def test_bomless_utf16_chinese_is_text_not_binary() -> None:
    text = "民警在派出所工作。公安局破获诈骗案件386起。\n"
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(codec)).text == text


def test_a_short_legacy_file_is_read_whole_in_its_encoding() -> None:
    text = "延吉市公安局抓获电信诈骗嫌疑人三十二名。"
    decoded = decode_bytes(text.encode("gbk"))
    assert decoded.text == text and decoded.encoding in ("gb18030", "gbk")
    page = b'<html><head><meta charset="iso-8859-1"></head><body><p>' + "보이스피싱 조직원을 검거했다.".encode("cp949") + b"</p></body></html>"
    assert "보이스피싱" in decode_bytes(page).text  # a declared Latin-1 that the bytes do not bear out is not taken


@pytest.mark.parametrize(
    "text, codec, misread",
    [(KOREAN, "cp949", "latin-1"), (SIMPLIFIED, "gb18030", "latin-1"), (TRADITIONAL, "big5", "cp1252"), (KOREAN, "utf-8", "cp1252"), (SIMPLIFIED, "utf-8", "latin-1")],
    ids=["cp949-as-latin-1", "gb18030-as-latin-1", "big5-as-cp1252", "utf-8-as-cp1252", "utf-8-as-latin-1"],
)
def test_a_seed_once_read_in_the_wrong_codepage_and_saved_as_utf8_is_repaired(text: str, codec: str, misread: str) -> None:
    """`°æºÏ°æÂûû` (a stored public page outside the gold set is kept this way), and UTF-8 read as
    Windows-1252 (`ê²½ì°°`): the original bytes are recovered from the mojibake and read in their own
    codec; the encoding says what was done."""
    original = text.encode(codec, errors="ignore").decode(codec)
    # a browser's Windows-1252 gives the five bytes it leaves undefined as C1 controls, as Latin-1 does
    mojibake = "".join(chr(byte) if misread == "latin-1" or byte in b"\x81\x8d\x8f\x90\x9d" else bytes([byte]).decode(misread) for byte in original.encode(codec))
    decoded = decode_bytes(mojibake.encode("utf-8"))
    assert decoded.text == original
    assert decoded.encoding.startswith(codec) and "repaired" in decoded.encoding


@pytest.mark.parametrize("text", ["Le café est très bon, à Paris. Ça coûte 5 €, même à Noël.", "서울 café에서 만난 José는 «très bien»이라고 했다."])
def test_latin_text_and_korean_with_accents_are_not_repaired(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")).text == text


def test_a_repair_keeps_what_no_wrong_reading_made() -> None:
    """An arrow or an emoji in the mojibake was never a misread byte: it stays, the rest is repaired."""
    original = "경찰청은 24일 청사에서 김동석 감사관을 초청해 특강을 실시했다 → 현장 🚓"
    mojibake = "".join(ch if ch in "→🚓" else ch.encode("utf-8").decode("latin-1") for ch in original)
    decoded = decode_bytes(mojibake.encode("utf-8"))
    assert decoded.text == original
    assert decoded.encoding == "utf-8, read as latin-1 and saved as utf-8 (repaired)"


@pytest.mark.parametrize("text", ["±±±±±±±±±±", "Preis: 5 € × 3 = 15 €", "공지: Café Müller 영업 시간 변경"])
def test_text_with_too_little_mojibake_or_with_hangul_is_left_alone(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")).text == text


def test_a_lying_charset_gives_way_to_the_reading_that_is_text_however_much_markup_the_page_has() -> None:
    """Verification 95: a Korean page with 70 KB of scripts, saved as CP949 and declaring gb2312, was
    read as Chinese mojibake: its markup diluted how chaotic the wrong reading is; and Big5 bytes
    declared gb2312 read as GB18030 are orderly Chinese characters, rare ones. The readings are
    judged on the page's text without its markup, and by how many of their letters are common."""
    script = "<script>var config = {" + "'key': 'value', " * 4000 + "};</script>"
    korean = f'<html><head><meta charset="gb2312">{script}</head><body><p>{KOREAN}</p></body></html>'
    raw = korean.encode("cp949", "xmlcharrefreplace")
    decoded = decode_bytes(raw)
    assert decoded.encoding == "cp949" and decoded.text == raw.decode("cp949")
    big5 = f'<html><head><meta charset="gb2312"></head><body><p>{TRADITIONAL}</p></body></html>'
    raw = big5.encode("big5", "xmlcharrefreplace")
    decoded = decode_bytes(raw)
    assert decoded.encoding.startswith("big5") and decoded.text == raw.decode("big5")
    chinese = f'<html><head><meta charset="gb2312">{script}</head><body><p>{SIMPLIFIED}</p></body></html>'
    assert decode_bytes(chinese.encode("gb18030")).encoding == "gb18030"


def test_the_common_han_table_is_current() -> None:
    """`align/data/common_han.txt` is what `scripts/build_common_han.py` derives from the installed
    jieba and OpenCC."""
    from align.data import data_file
    from align.terms.words import common_han_text
    from align.text.decode import COMMON_HAN_FILE

    assert data_file(COMMON_HAN_FILE).read_text(encoding="utf-8") == common_han_text()


def test_a_page_on_one_line_with_a_few_undecodable_bytes_is_read_with_the_damage_reported() -> None:
    """Session 98: a page on one line (minified, as many are) with three bytes that do not decode was
    refused whole (`cannot decode`): the line's every non-ASCII byte counted as not UTF-8."""
    body = "<p>경찰이 사건을 해결했다. 공안기관은 발표했다.</p>".encode() * 20
    raw = b"<html><head><meta charset='utf-8'><title>t</title></head><body>" + body[:30] + b"\xff\x81\xfe" + body[30:] + b"</body></html>"
    decoded = decode_bytes(raw, "page.html")
    assert decoded.encoding == "utf-8" and len(decoded.damaged) == 1 and decoded.text.count("\ufffd") == 1
    legacy = "경찰이 사건을 해결했다. 공안기관은 발표했다.".encode("cp949") * 20  # (a legacy file on one line is still one)
    assert decode_bytes(legacy, "old.txt").encoding == "cp949"


def test_a_big5_page_with_a_line_of_utf8_reads_as_big5_and_that_line_as_utf8() -> None:
    """New-user trial 11 (a 聯合晚報 page saved in Big5, its share widget written in UTF-8): the page
    was read as GB18030 mojibake (or refused as binary); each line reads in the codec that reads it."""
    head = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">\n<title>'
    title = "國光免費去宜蘭第二天 零星衝突".encode("big5")
    widget = "<li class='discuss'><a href='#comments' title='討論'>討論</a></li>".encode()
    body = "<p>國光客運新開北宜高國5三條新路線，今天開放免費試乘第二天，人潮較昨天銳減。</p>".encode("big5")
    raw = head + title + b"</title></head><body>\n" + widget + b"\n" + body + b"\n</body></html>\n"
    decoded = decode_bytes(raw)
    assert decoded.encoding == "big5hkscs+utf-8"
    assert "國光免費去宜蘭第二天" in decoded.text and "title='討論'" in decoded.text and "人潮較昨天銳減" in decoded.text


def test_a_gbk_page_with_utf8_widget_lines_reads_those_lines_as_utf8() -> None:
    """Review 100b: GB18030 reads nearly any bytes, so a UTF-8 line of a GBK page read in GB18030 was mojibake."""
    head = b'<html><head><meta charset="gb2312"><title>'
    title = "警方破获诈骗团伙 抓获十二人".encode("gb18030")
    widget = "<div class='share'>分享到微信 责任编辑：王某</div>".encode()
    body = "<p>警方近日破获一起电信诈骗案,抓获犯罪嫌疑人12名,涉案金额5万元。</p>".encode("gb18030")
    decoded = decode_bytes(head + title + b"</title></head><body>\n" + widget + b"\n" + body + b"\n</body></html>\n")
    assert decoded.encoding == "gb18030+utf-8" and "分享到微信" in decoded.text and "抓获犯罪嫌疑人12名" in decoded.text


def test_a_legacy_line_that_happens_to_be_valid_utf8_stays_in_its_codec() -> None:
    """Review 100c: the GBK bytes of `(一)` are valid UTF-8 (`(һ)`); a line is read as UTF-8 only when that reads
    as Korean or Chinese."""
    head = b'<html><head><meta charset="gbk"><title>'
    widget = "<div>分享到微信</div>".encode()
    body = "<p>(一)</p>\n<p>民警接警后迅速开展工作,成功追回全部损失5万元。</p>".encode("gb18030")
    decoded = decode_bytes(head + "男子网购被骗".encode("gb18030") + b"</title></head><body>\n" + widget + b"\n" + body + b"\n</body></html>\n")
    assert "(一)" in decoded.text and "分享到微信" in decoded.text and "成功追回全部损失" in decoded.text


@pytest.mark.parametrize("sentence", ["警察抓获了嫌疑人。", "民警迅速赶到现场。", "公安机关依法处理。", "派出所接到报警。", "禁毒宣传活动"])
def test_a_line_of_gb18030_is_read_as_chinese(sentence: str) -> None:
    """Review 103a: one-line GB18030 files read as CP949 mojibake (`쒸뀁婁삿죄鞠虜훙。`), also with the
    language given: a reading that mixes syllables and Han characters inside words is no Korean, and
    a codec of the language given that reads the bytes as its text beats a guess of the other's."""
    raw = sentence.encode("gb18030")
    assert decode_bytes(raw, lang="zh").text == sentence
    if sentence in ("警察抓获了嫌疑人。", "民警迅速赶到现场。"):  # read as CP949, two runs of Han characters inside Hangul words
        assert decode_bytes(raw).text == sentence


def test_a_short_korean_line_in_cp949_stays_korean() -> None:
    """Reviews 103b and 103c: a Korean headline that abbreviates countries with a Han character
    (`中공안, 韓관광객`, `재中동포`) was read as GB18030."""
    for sentence in ("경찰이 용의자를 검거했다.", "中랴오닝 식당 화재 25명 사상", "中공안, 韓관광객 노린 사기범 3명 검거", '中공안 "韓관광객 피해 막겠다"', "北도발에 美日 공조…韓경찰 비상근무", "재中동포 보이스피싱 조직 검거"):
        assert decode_bytes(sentence.encode("cp949")).text == sentence
        assert decode_bytes(sentence.encode("cp949"), lang="ko").text == sentence


def test_a_declared_charset_no_codec_decodes_is_as_none() -> None:
    """Review 103a: `<meta charset="undefined">` (a page script's bug) was an internal error."""
    page = '<html><head><meta charset="undefined"></head><body><p>民警在巡逻。</p></body></html>'.encode("gb18030")
    assert declared_charset(page) is None
    assert decode_bytes(page).encoding in ("gb18030", "cp949")  # read as undeclared, no internal error
    assert "民警在巡逻。" in decode_bytes(page, lang="zh").text


def test_a_charset_name_reads_as_the_codec_pages_need_and_no_other() -> None:
    """`euc-kr` is read as CP949 and `gb2312` as GB18030 (real pages use their supersets); a name no
    page is written in (`punycode`, a transform, an unknown name) is as undeclared (review 104a)."""
    from align.text.charsets import charset_codec

    assert [charset_codec(name) for name in ("EUC-KR", " gb2312 ", "big5", "utf-8")] == ["cp949", "gb18030", "big5hkscs", "utf-8"]
    assert [charset_codec(name) for name in ("punycode", "idna", "base64", "undefined", "x-unknown")] == [None] * 5
