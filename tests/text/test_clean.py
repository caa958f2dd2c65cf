from align.text.clean import clean
from tests.conftest import SEED_LANG, boilerplate_lines, seed_text


def test_no_boilerplate_line_survives(seed: str) -> None:
    text = seed_text(seed)
    cleaned = clean(text, SEED_LANG[seed])
    kept = [text[p.start : p.end] for p in cleaned.paragraphs]
    for reason, line in boilerplate_lines(seed):
        found = sum(line in paragraph for paragraph in kept)
        assert found == (1 if reason == "duplicate-paragraph" else 0), line


def test_dropped_lines_carry_reasons(seed: str) -> None:
    cleaned = clean(seed_text(seed), SEED_LANG[seed])
    assert all(d.reason and d.text == cleaned.text[d.start : d.end] for d in cleaned.dropped)


def test_metadata_is_kept() -> None:
    korean = clean(seed_text("000"), "ko").metadata
    assert korean.title == "길림성 공안기관, 지난 5년간 이런 일들을 했다"
    assert korean.byline == "/길림신문 오건기자"
    assert "2024.06.03" in (korean.date or "")
    assert clean(seed_text("001"), "zh").metadata.editor == "[责任编辑:赵佳俊]"
    assert clean(seed_text("002"), "zh").metadata.byline == "(毛秀中)"


def test_teaser_duplicate_and_seo_spam_are_named() -> None:
    reasons = {d.reason for d in clean(seed_text("001"), "zh").dropped}
    assert "duplicate-teaser" in reasons
    reasons = {d.reason for d in clean(seed_text("002"), "zh").dropped}
    assert {"seo-spam", "ruby-annotation", "byline"} <= reasons
    reasons = {d.reason for d in clean(seed_text("004"), "ko").dropped}
    assert "duplicate-paragraph" in reasons


def test_ruby_removed_and_mojibake_flagged() -> None:
    text = seed_text("002")
    cleaned = clean(text, "zh")
    ruby = [d.text for d in cleaned.dropped if d.reason == "ruby-annotation"]
    assert "(chuàng)" in ruby and "(qū)" in ruby
    assert [f.text for f in cleaned.flags] == ["?shù)匕傩辗Q"]


def test_clean_text_passes_through() -> None:
    text = "경찰은 사건을 해결했다. 파출소는 문을 열었다.\n\n두 번째 단락에서 경무실을 새로 건설했다."
    cleaned = clean(text, "ko")
    assert [text[p.start : p.end] for p in cleaned.paragraphs] == text.replace("\n\n", "\n").splitlines()
    assert cleaned.dropped == ()
