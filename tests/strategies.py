"""Hypothesis strategies for the text the toolkit meets and the text that breaks tools: Korean and
Chinese news vocabulary and figures mixed with every kind of Unicode digit, digits glued to every
CJK character, lone surrogates, combining marks, bidi controls, NUL, byte-order marks, emoji and
long runs. Shared by the property tests and scripts/fuzz.py (which runs them 10,000 times)."""

from __future__ import annotations

from hypothesis import strategies as st

NEWS = [
    "경찰은", "파출소", "경무실", "공안국", "3만 2,000개", "2,400여건", "6년 련속", "했다.", "밝혔다.", "사건 386건을 해결했다.",
    "警务室", "派出所", "公安厅", "破获", "2400余起", "3.2万个", "百分之九十五", "七十余万人次", "两千多", "。", "，", "“", "”",
    "6월 3일", "2016年11月28日", "15时20分", "97.03%", "第一", "1위", "110", "96110", "《", "》", "(", ")", "（", "）",
]
ODD = [
    "①", "②", "⑴", "⒈", "¹", "²", "³", "km²", "٣", "४", "๓", "〇", "零", "亿", "億", "萬", "列", "律", "烈", "率", "렬", "률",
    "\ud800", "\udfff", "\u0301", "\u200e", "\u202e", "\u2066", "\x00", "\ufeff", "\ufffd", "😀", "👮", "\u3000", "\u00a0",
    "\r", "\t", "?", "!", ".", "&amp;", "&#123;", "<p>", "</article>", "㐀", "豈", "\U00020000",
]
LONG = st.sampled_from(["1" * 400, "亿" * 60, "九" * 400, "。" * 300, "가" * 500, "列" * 50, "3列" * 40])


def news_text(max_pieces: int = 30) -> st.SearchStrategy[str]:
    """Text built of news vocabulary, odd characters and long runs, joined by spaces or nothing."""
    piece = st.one_of(st.sampled_from(NEWS), st.sampled_from(ODD), st.text(max_size=4), LONG)
    return st.lists(st.tuples(piece, st.sampled_from(["", " ", "\n"])), max_size=max_pieces).map(
        lambda pairs: "".join(p + s for p, s in pairs)
    )


def encodings() -> st.SearchStrategy[str]:
    return st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp949", "gb18030", "big5"])
