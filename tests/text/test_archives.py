"""Pages saved as one file (MHTML, Safari web archives) and articles sent as e-mail: read as the page they hold."""

import base64
import quopri
import re
import subprocess
import sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align.corpus.listing import pile
from align.errors import InputError
from align.text.archives import is_mime
from align.text.decode import decode_bytes
from align.text.evaluate import read_annotated_page, score_cleaning
from align.text.segment import segment_file
from tests.conftest import DATA, seed_path, seed_text

MHTML = DATA / "mhtml"
HTML = DATA / "html"


def _part(content: bytes, subtype: str, charset: str | None, encoding: str = "quoted-printable", location: str | None = None) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, **({"charset": charset} if charset else {}))
    part["Content-Transfer-Encoding"] = encoding
    part.set_payload(quopri.encodestring(content).decode("ascii") if encoding == "quoted-printable" else base64.encodebytes(content).decode("ascii"))
    if location:
        part["Content-Location"] = location
    return part


def _archive(*parts: MIMENonMultipart, location: str | None = None, saver: str = "<Saved by Windows Internet Explorer 8>") -> bytes:
    """A page saved as Internet Explorer and Edge saved one (`.mht`): the page in its own charset."""
    message = MIMEMultipart("related", type="text/html")
    message["From"] = saver
    if location:
        message["Snapshot-Content-Location"] = location
    for part in parts:
        message.attach(part)
    return message.as_bytes()


def _without_meta_charset(raw: bytes) -> bytes:
    """A page's bytes without the charset its <meta> declares: only the archive's part names it."""
    return re.sub(rb"<meta[^>]*charset[^>]*>", b"", raw, flags=re.IGNORECASE)


@pytest.mark.parametrize("page", ["h15", "h22"])
def test_a_page_saved_by_chromium_as_one_file_reads_as_the_page_itself(page: str) -> None:
    saved, html = segment_file(MHTML / f"{page}.mhtml"), segment_file(HTML / f"{page}.html")
    assert [s.text for s in saved.sentences] == [s.text for s in html.sentences]
    assert saved.metadata == html.metadata and saved.metadata.extracted_from == "html"
    annotated = read_annotated_page(HTML / f"{page}.html")
    score = score_cleaning([s.text for s in saved.sentences], annotated.gold, annotated.boilerplate)
    assert score.body_kept == score.body and score.snippets_kept == 0


def test_an_internet_explorer_archive_is_read_in_the_charset_its_part_declares() -> None:
    # a GB2312 page (h40) and a Big5 one (h21), their <meta> charset gone: the part's header names it
    for page, charset, codec in (("h40", "gb2312", "gb18030"), ("h21", "big5", "big5hkscs")):
        raw = _without_meta_charset((HTML / f"{page}.html").read_bytes())
        archive = _archive(_part(raw, "html", charset, location="http://example.com/a.html"), location="http://example.com/a.html")
        decoded = decode_bytes(archive, f"{page}.mht")
        assert decoded.encoding == codec and decoded.text == raw.decode(codec).replace("\r\n", "\n")  # (MIME's line ends are the message's)


def test_the_archive_s_page_is_the_part_at_its_snapshot_s_address_not_a_frame_before_it(tmp_path: Path) -> None:
    frame = _part(b"<html><body><p>\xea\xb4\x91\xea\xb3\xa0 \xed\x94\x84\xeb\xa0\x88\xec\x9e\x84\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4.</p></body></html>", "html", "utf-8", location="http://ads.example.com/frame")
    page = _part((HTML / "h22.html").read_bytes(), "html", "utf-8", "base64", location="http://orientaldaily.on.cc/a.html")
    path = tmp_path / "saved.mht"
    path.write_bytes(_archive(frame, page, location="http://orientaldaily.on.cc/a.html"))
    assert [s.text for s in segment_file(path).sentences] == [s.text for s in segment_file(HTML / "h22.html").sentences]


def test_an_e_mail_brings_its_article_as_its_html_part_else_its_text_part(tmp_path: Path) -> None:
    article = seed_text("000")
    alternative = MIMEMultipart("alternative")
    alternative["Subject"] = "fwd"
    alternative.attach(_part(b"plain copy", "plain", "utf-8"))
    alternative.attach(_part((HTML / "h15.html").read_bytes(), "html", "utf-8"))
    (tmp_path / "a.eml").write_bytes(alternative.as_bytes())
    assert [s.text for s in segment_file(tmp_path / "a.eml").sentences] == [s.text for s in segment_file(HTML / "h15.html").sentences]
    korean = article.encode("cp949", errors="ignore")  # (a scraped article in EUC-KR, its bullets lost)
    plain = _part(korean, "plain", "euc-kr", "base64")
    plain["MIME-Version"] = "1.0"
    (tmp_path / "b.eml").write_bytes(plain.as_bytes())
    (tmp_path / "b.txt").write_bytes(korean)
    mailed, scraped = segment_file(tmp_path / "b.eml"), segment_file(tmp_path / "b.txt")
    assert [s.text for s in mailed.sentences] == [s.text for s in scraped.sentences] and len(mailed.sentences) > 5
    assert mailed.encoding == "cp949" and mailed.metadata.extracted_from == "archive"  # (the offsets index the part's text: the JSONL gives it)


def test_an_archive_with_no_page_in_it_is_one_line_naming_the_file(tmp_path: Path) -> None:
    picture = MIMENonMultipart("image", "png")
    picture.set_payload(base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode("ascii"))
    picture["Content-Transfer-Encoding"] = "base64"
    path = tmp_path / "empty.mhtml"
    path.write_bytes(_archive(picture))  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"empty\.mhtml: a MIME archive .* with no HTML or text in it$"):
        segment_file(path)
    result = subprocess.run([sys.executable, "-m", "align", "segment", str(path)], capture_output=True, text=True)
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "empty.mhtml" in result.stderr and "Traceback" not in result.stderr


def test_the_command_reads_a_saved_archive_as_it_reads_the_page() -> None:
    saved = subprocess.run([sys.executable, "-m", "align", "segment", str(MHTML / "h22.mhtml"), "-q"], capture_output=True, text=True)
    page = subprocess.run([sys.executable, "-m", "align", "segment", str(HTML / "h22.html"), "-q"], capture_output=True, text=True)
    assert saved.returncode == 0 and saved.stdout == page.stdout and saved.stdout.strip()


@pytest.mark.parametrize("page", ["h15.html", "h22.html"])
def test_a_page_or_an_article_is_no_mime_message(page: str) -> None:
    assert not is_mime((HTML / page).read_bytes())
    assert not is_mime(seed_path("000").read_bytes())
    assert is_mime((MHTML / page.replace(".html", ".mhtml")).read_bytes())


@given(
    st.lists(st.tuples(st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,12}", fullmatch=True), st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=30)), max_size=6),
    st.sampled_from(["text/html; charset=utf-8", "text/plain", 'multipart/related; boundary="b"']),
    st.sampled_from(["", ".txt", ".html", ".md", ".php"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
)
def test_text_that_states_no_mime_version_is_never_taken_for_a_message(header: list[tuple[str, str]], kind: str, suffix: str, body: str) -> None:
    # an article may open with lines that look like a header (`출처: 연합뉴스`, `Content-Type: text/html`); only a
    # MIME version too makes a message of a file not named as one
    lines = [f"{name}: {value}" for name, value in header if name.lower() not in ("mime-version", "content-type")] + [f"Content-Type: {kind}"]
    raw = ("\n".join(lines) + "\n\n" + body).encode("utf-8")
    assert not is_mime(raw, suffix)
    assert is_mime(raw, ".eml")  # (the name an e-mail has says so without it)


def test_a_pile_s_folder_gives_its_pages_saved_as_one_file(tmp_path: Path) -> None:


    (tmp_path / "h15.mhtml").write_bytes((MHTML / "h15.mhtml").read_bytes())
    (tmp_path / "old.mht").write_bytes(_archive(_part((HTML / "h22.html").read_bytes(), "html", "utf-8")))
    (tmp_path / "sent.eml").write_bytes(_mail(_part(seed_text("000").encode("utf-8"), "plain", "utf-8")).as_bytes())
    assert [p.name for p in pile(tmp_path).articles] == ["h15.mhtml", "old.mht", "sent.eml"]


def _web_archive(page: bytes, encoding: str | None, kind: str = "text/html") -> bytes:
    """A page saved as Safari saves one ("Web Archive"): a binary property list, the page's bytes
    its main resource, a picture a subresource."""
    import plistlib

    main = {"WebResourceData": page, "WebResourceMIMEType": kind, "WebResourceURL": "https://news.example.com/a.html", "WebResourceFrameName": ""}
    if encoding:
        main["WebResourceTextEncodingName"] = encoding
    picture = {"WebResourceData": b"\x89PNG\r\n\x1a\n" + bytes(64), "WebResourceMIMEType": "image/png", "WebResourceURL": "https://news.example.com/a.png"}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [picture]}, fmt=plistlib.FMT_BINARY)


def test_a_page_saved_by_safari_as_a_web_archive_reads_as_the_page_itself(tmp_path: Path) -> None:
    for page, encoding, codec in (("h15", "UTF-8", "utf-8"), ("h40", "GB2312", "gb18030"), ("h21", "big5", "big5hkscs")):  # (h21 with no name reads as plain big5)
        raw = (HTML / f"{page}.html").read_bytes()
        saved = tmp_path / f"{page}.webarchive"
        saved.write_bytes(_web_archive(_without_meta_charset(raw) if codec != "utf-8" else raw, encoding))
        archive, html = segment_file(saved), segment_file(HTML / f"{page}.html")
        assert archive.encoding == codec and [s.text for s in archive.sentences] == [s.text for s in html.sentences] and archive.metadata == html.metadata
    assert [p.name for p in pile(tmp_path).articles] == ["h15.webarchive", "h21.webarchive", "h40.webarchive"]


def test_a_property_list_that_holds_no_page_is_one_line_naming_the_file(tmp_path: Path) -> None:
    import plistlib

    cases = {
        "settings.webarchive": plistlib.dumps({"NSWindow": "frame"}, fmt=plistlib.FMT_BINARY),
        "picture.webarchive": _web_archive(b"\x89PNG\r\n", None, "image/png"),
        "cut.webarchive": _web_archive((HTML / "h15.html").read_bytes(), "UTF-8")[:-40],
    }
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        with pytest.raises(InputError, match=rf"^{re.escape(str(tmp_path / name))}: a (?:binary property list|web archive) .*(?:page|saved page|HTML or text)"):
            segment_file(tmp_path / name)


def _mail(*parts: MIMENonMultipart, subtype: str = "mixed") -> MIMEMultipart:
    message = MIMEMultipart(subtype)
    message["From"] = "a@example.kr"
    message["Subject"] = "fwd"
    for part in parts:
        message.attach(part)
    return message


def _attached(part: MIMENonMultipart, name: str) -> MIMENonMultipart:
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    return part


def _sentences(path: Path) -> list[str]:
    return [s.text for s in segment_file(path).sentences]


def test_an_e_mail_is_read_as_its_article_not_its_cover_note_nor_its_signature(tmp_path: Path) -> None:
    """Review 104a: the first HTML part anywhere was read, so a cover note (`기사 보냅니다.`) hid the
    article attached, and an HTML signature attached hid the article in the body."""
    article = (HTML / "h15.html").read_bytes()
    note = _mail(_part("기사 보냅니다.".encode(), "plain", "utf-8"), _part("<div>기사 보냅니다.</div>".encode(), "html", "utf-8"), subtype="alternative")
    (tmp_path / "note.eml").write_bytes(_mail(note, _attached(_part(article, "html", "utf-8", "base64"), "article.html")).as_bytes())  # type: ignore[arg-type]
    assert _sentences(tmp_path / "note.eml") == _sentences(HTML / "h15.html")
    body = seed_text("000").encode("utf-8")
    signature = _attached(_part("<p>김민수 | 예시일보 사회부 기자</p>".encode(), "html", "utf-8"), "signature.html")
    (tmp_path / "body.eml").write_bytes(_mail(_part(body, "plain", "utf-8", "base64"), signature).as_bytes())
    (tmp_path / "body.txt").write_bytes(body)
    assert _sentences(tmp_path / "body.eml") == _sentences(tmp_path / "body.txt")


def test_an_html_part_is_read_as_markup_however_few_tags_it_holds(tmp_path: Path) -> None:
    """Review 104a: a mail client's HTML part (`<div dir="ltr">…<br><br>…</div>`) was read as plain
    text, `<br><br>` in its sentences."""
    paragraphs = [line for line in seed_text("000").splitlines() if len(line) > 40][:3]
    html = '<div dir="ltr">' + "<br><br>".join(paragraphs) + "</div>"
    (tmp_path / "sparse.eml").write_bytes(_mail(_part("\n\n".join(paragraphs).encode(), "plain", "utf-8"), _part(html.encode(), "html", "utf-8"), subtype="alternative").as_bytes())
    sentences = _sentences(tmp_path / "sparse.eml")
    assert sentences and not any("<" in sentence for sentence in sentences)


def test_an_archive_is_read_whatever_stands_before_its_header(tmp_path: Path) -> None:
    """Review 104a: a byte-order mark (an archive saved again by an editor), an mbox separator line,
    or a header longer than 16 KB (a Chromium save of a page with a long title) hid the message."""
    saved = (MHTML / "h22.mhtml").read_bytes()
    expected = _sentences(MHTML / "h22.mhtml")
    long_header = b"".join(b"Received: from relay%d.example.kr by mx.example.kr; Mon, 7 Dec 2026 10:00:00 +0900\r\n" % n for n in range(300))
    for name, raw in (("bom.mhtml", b"\xef\xbb\xbf" + saved), ("mbox.eml", b"From a@example.kr Mon Dec  7 10:00:00 2026\n" + saved), ("relayed.eml", long_header + saved)):
        (tmp_path / name).write_bytes(raw)
        assert _sentences(tmp_path / name) == expected, name


def test_a_saved_xhtml_page_and_a_page_inside_a_frame_are_read(tmp_path: Path) -> None:
    """Review 104a: a Chromium save of an XHTML page (`application/xhtml+xml`) was refused, and a blog's
    shell around its article's iframe printed only the shell's title."""
    article = (HTML / "h15.html").read_bytes()
    xhtml = _part(article, "html", "utf-8", location="http://example.kr/a.xhtml")
    xhtml.replace_header("Content-Type", 'application/xhtml+xml; charset="utf-8"')
    (tmp_path / "xhtml.mhtml").write_bytes(_archive(xhtml, location="http://example.kr/a.xhtml"))
    shell = _part('<html><head><title>블로그</title></head><body><iframe src="a.html"></iframe></body></html>'.encode(), "html", "utf-8", location="http://blog.example.kr/")
    framed = _part(article, "html", "utf-8", location="http://blog.example.kr/a.html")
    (tmp_path / "shell.mhtml").write_bytes(_archive(shell, framed, location="http://blog.example.kr/"))
    expected = _sentences(HTML / "h15.html")
    assert _sentences(tmp_path / "xhtml.mhtml") == expected and _sentences(tmp_path / "shell.mhtml") == expected


@pytest.mark.parametrize("written", ['"http://orientaldaily.on.cc/기사.html"', "<http://orientaldaily.on.cc/기사.html>", "http://orientaldaily.on.cc/%EA%B8%B0%EC%82%AC.html"])
def test_the_snapshot_s_part_is_found_however_its_address_is_written(tmp_path: Path, written: str) -> None:
    ad = "광고 프레임입니다. 지금 바로 광고를 클릭하시면 다양한 혜택과 할인 쿠폰을 받으실 수 있습니다. 놓치지 마세요."  # (a frame showing text: the address decides)
    frame = _part(f"<html><body><p>{ad}</p></body></html>".encode(), "html", "utf-8")
    frame["Content-Location"] = "http://ads.example.com/frame"
    page = _part((HTML / "h22.html").read_bytes(), "html", "utf-8", "base64")
    page["Content-Location"] = written
    (tmp_path / "saved.mht").write_bytes(_archive(frame, page, location="http://orientaldaily.on.cc/기사.html"))
    assert _sentences(tmp_path / "saved.mht") == _sentences(HTML / "h22.html")


def test_the_charset_an_archive_names_is_weighed_against_the_page_s(tmp_path: Path) -> None:
    """Review 104a: a 7-bit mail charset (ISO-2022-KR) lost to UTF-8's reading of its ASCII bytes; a
    mail client's default Latin-1 beat the page's own `<meta charset=big5>`; `punycode` stopped the run."""
    korean = seed_text("000").encode("iso2022_kr", errors="ignore")
    (tmp_path / "kr.eml").write_bytes(_mail(_part(korean, "plain", "iso-2022-kr")).as_bytes())
    (tmp_path / "kr.txt").write_text(korean.decode("iso2022_kr"), encoding="utf-8")
    assert segment_file(tmp_path / "kr.eml").encoding == "iso-2022-kr" and _sentences(tmp_path / "kr.eml") == _sentences(tmp_path / "kr.txt")
    (tmp_path / "big5.mht").write_bytes(_archive(_part((HTML / "h21.html").read_bytes(), "html", "iso-8859-1")))
    assert _sentences(tmp_path / "big5.mht") == _sentences(HTML / "h21.html")
    (tmp_path / "odd.mht").write_bytes(_archive(_part((HTML / "h40.html").read_bytes(), "html", "punycode")))
    assert _sentences(tmp_path / "odd.mht") == _sentences(HTML / "h40.html")


def test_flowed_plain_text_is_read_as_its_writer_wrote_it(tmp_path: Path) -> None:
    """Review 104a: `format=flowed` lines (RFC 3676: a line ending in a space goes on) cut sentences."""
    lines = [line for line in seed_text("000").splitlines() if line.strip()]

    def wrapped(line: str) -> str:  # soft breaks after spaces: each line but a paragraph's last ends in its space
        rows, row = [], ""
        for word in line.split(" "):
            if row and len(row) + len(word) > 30:
                rows.append(row)
                row = ""
            row += word + " "
        return "\n".join([*rows, row.rstrip(" ")])

    flowed = "\n".join(wrapped(line) for line in lines)
    part = _part(flowed.encode("utf-8"), "plain", "utf-8", "base64")
    part.set_param("format", "flowed")
    (tmp_path / "flowed.eml").write_bytes(_mail(part).as_bytes())
    (tmp_path / "plain.txt").write_text("\n".join(lines), encoding="utf-8")
    assert _sentences(tmp_path / "flowed.eml") == _sentences(tmp_path / "plain.txt")


def test_undecodable_bytes_of_an_archive_s_page_are_named_as_the_part_s(tmp_path: Path) -> None:
    """Review 104a: the byte range named the file's bytes, where the archive's are quoted-printable."""
    page = (HTML / "h15.html").read_bytes().replace("포항".encode(), b"\xff\xfe", 1)
    (tmp_path / "damaged.mht").write_bytes(_archive(_part(page, "html", "utf-8")))
    notes = segment_file(tmp_path / "damaged.mht").reading_notes()
    at = page.index(b"\xff\xfe")
    assert [note.text for note in notes if "undecodable" in note.text] == [f"undecodable bytes at {at}–{at + 2} of its page part left out"]


def test_a_message_under_another_name_and_a_western_charset_are_read_as_their_page(tmp_path: Path) -> None:
    """Review 104d: a one-part e-mail saved without `.eml` was read as its raw base64; a part labelled
    ISO-8859-1, its Korean written as character references, was refused; a Korean attachment labelled
    windows-1252 counted no Hangul and lost to its cover note."""
    article = seed_text("000")
    single = _part(article.encode("utf-8"), "plain", "utf-8", "base64")
    single["MIME-Version"] = "1.0"
    (tmp_path / "message").write_bytes(single.as_bytes())
    (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    assert _sentences(tmp_path / "message") == _sentences(tmp_path / "article.txt")
    paragraphs = [line for line in article.splitlines() if len(line) > 40][:3]
    references = "".join(f"<p>{''.join(ch if ch.isascii() else f'&#{ord(ch)};' for ch in line)}\xa0</p>" for line in paragraphs)
    (tmp_path / "ncr.eml").write_bytes(_mail(_part(f"<html><body>{references}</body></html>".encode("latin-1"), "html", "iso-8859-1")).as_bytes())
    assert len(_sentences(tmp_path / "ncr.eml")) >= 3
    page = (HTML / "h15.html").read_bytes()
    note = _part("기사 보냅니다. 확인 부탁드립니다.".encode(), "plain", "utf-8")
    (tmp_path / "labelled.eml").write_bytes(_mail(note, _attached(_part(page, "html", "windows-1252", "base64"), "article.html")).as_bytes())
    assert [s.text for s in segment_file(tmp_path / "labelled.eml", lang="ko").sentences] == _sentences(HTML / "h15.html")
