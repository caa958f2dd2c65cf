"""The comparison as one self-contained HTML page: both reports side by side, bead by bead, with
each claim's figure highlighted in its verdict's colour and linked to its counterpart, a summary
table on top and the claim table below. No network assets; a few lines of script only add the
highlight-both-sides-on-hover behaviour, so the page reads the same without it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from align.comparison.claims import Claim
from align.comparison.compare import Comparison
from align.comparison.verdicts import VERDICTS
from align.text.clean import RUBY_ANNOTATION
from align.types import Verdict

_LABELS = {
    Verdict.SAME: "same figure",
    Verdict.ROUNDED: "rounded",
    Verdict.DIFFERS: "differs",
    Verdict.KO_ONLY: "Korean only",
    Verdict.ZH_ONLY: "Chinese only",
}

_STYLE = """
body{font-family:system-ui,"Noto Sans CJK KR","Noto Sans CJK SC",sans-serif;margin:1.5rem;color:#1d1d1f;line-height:1.55}
h1{font-size:1.35rem;margin:0 0 .3rem} h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
.files{color:#555;font-size:.9rem;margin-bottom:1rem}
table{border-collapse:collapse} th,td{border:1px solid #d0d0d5;padding:.3rem .55rem;vertical-align:top;text-align:left}
th{background:#f2f2f5}
#summary td.n{text-align:right;font-variant-numeric:tabular-nums}
.legend span{margin-right:1rem}
.warning{border-left:4px solid #b3261e;padding:.4rem .8rem;background:#fdecea}
#reports{width:100%;table-layout:fixed} #reports td{width:50%}
#reports td.empty{background:#fafafa}
.claim{padding:0 .15rem;border-radius:.2rem;text-decoration:none;color:inherit;border-bottom:2px solid}
.v-same{background:#d7f5dd;border-color:#1f8a3b} .v-rounded{background:#dbe9ff;border-color:#2b63c6}
.v-differs{background:#ffd9d6;border-color:#c62b2b} .v-ko_only,.v-zh_only{background:#fff1c9;border-color:#b58500;border-bottom-style:dashed}
.claim.focus{outline:3px solid #111}
.score{color:#777;font-size:.8rem}
"""

_SCRIPT = """
document.querySelectorAll('.claim[data-pair]').forEach(function(el){
  var other=document.getElementById(el.dataset.pair);
  function on(){el.classList.add('focus'); if(other){other.classList.add('focus');}}
  function off(){el.classList.remove('focus'); if(other){other.classList.remove('focus');}}
  el.addEventListener('mouseenter',on); el.addEventListener('mouseleave',off);
  el.addEventListener('focus',on); el.addEventListener('blur',off);
});
document.body.dataset.ready='1';
"""


def _claim_ids(comparison: Comparison) -> dict[tuple[str, int, int], tuple[str, Verdict, str | None]]:
    """For each claim: its element id, its verdict, and its counterpart's element id."""
    ids: dict[tuple[str, int, int], tuple[str, Verdict, str | None]] = {}
    for number, pair in enumerate(comparison.pairs):
        ko_id, zh_id = f"ko-c{number}", f"zh-c{number}"
        if pair.ko is not None:
            ids[pair.ko.key] = (ko_id, pair.verdict, zh_id if pair.zh is not None else None)
        if pair.zh is not None:
            ids[pair.zh.key] = (zh_id, pair.verdict, ko_id if pair.ko is not None else None)
    return ids


def _sentence_html(text: str, lang: str, sentence: int, claims: Sequence[Claim], ids: dict[tuple[str, int, int], tuple[str, Verdict, str | None]]) -> str:
    pieces = []
    position = 0
    for claim in sorted((c for c in claims if c.sentence == sentence), key=lambda c: c.figure.start):
        start, end = claim.figure.start, claim.figure.end
        if start < position:
            continue
        pieces.append(_plain(text[position:start], lang))
        element, verdict, other = ids[claim.key]
        title = html.escape(f"{_LABELS[verdict]}: {claim.subject}", quote=True)
        figure = html.escape(text[start:end])
        if other:
            pieces.append(f'<a class="claim v-{verdict}" id="{element}" href="#{other}" data-pair="{other}" title="{title}">{figure}</a>')
        else:
            pieces.append(f'<span class="claim v-{verdict}" id="{element}" tabindex="0" title="{title}">{figure}</span>')
        position = end
    pieces.append(_plain(text[position:], lang))
    return "".join(pieces)


def _plain(text: str, lang: str) -> str:
    return html.escape(RUBY_ANNOTATION.sub("", text) if lang == "zh" else text)


def render_html(comparison: Comparison, ko_name: str = "Korean report", zh_name: str = "Chinese report") -> str:
    """The report page (a complete HTML document)."""
    ids = _claim_ids(comparison)
    ko_claims = [p.ko for p in comparison.pairs if p.ko is not None]
    zh_claims = [p.zh for p in comparison.pairs if p.zh is not None]
    counts = comparison.verdict_counts()
    shared = comparison.shared()

    def text(item) -> str:  # type: ignore[no-untyped-def]
        return item if isinstance(item, str) else item.text

    rows = []
    for bead in comparison.beads:
        cells = []
        for lang, indices, sentences, claims in (("ko", bead.ko, comparison.ko, ko_claims), ("zh", bead.zh, comparison.zh, zh_claims)):
            if not indices:
                cells.append('<td class="empty"></td>')
                continue
            body = " ".join(
                f'<span id="{lang}-s{i}" data-sentence="{i}">{_sentence_html(text(sentences[i]), lang, i, claims, ids)}</span>' for i in indices
            )
            cells.append(f'<td lang="{lang}">{body}</td>')
        rows.append(f'<tr>{"".join(cells)}</tr>')

    summary = [
        ("Claims in the Korean report", len(ko_claims)),
        ("Claims in the Chinese report", len(zh_claims)),
        ("Shared claims (paired)", shared),
    ] + [(_LABELS[v], counts[v]) for v in VERDICTS]
    summary_rows = "".join(f'<tr><th scope="row">{html.escape(label)}</th><td class="n" data-count="{html.escape(label)}">{n}</td></tr>' for label, n in summary)
    unrelated = comparison.unrelated_warning()
    warning = f'<p class="warning" role="alert">{html.escape(unrelated.capitalize())}.</p>' if unrelated else ""
    legend = "".join(f'<span><span class="claim v-{v}">{html.escape(_LABELS[v])}</span></span>' for v in VERDICTS)

    claim_rows = []
    for number, pair in enumerate(comparison.pairs):
        ko = f'<a href="#ko-c{number}">{html.escape(pair.ko.figure.text)}</a>' if pair.ko else ""
        zh = f'<a href="#zh-c{number}">{html.escape(pair.zh.figure.text)}</a>' if pair.zh else ""
        subject = " / ".join(s for s in (pair.ko.subject if pair.ko else "", pair.zh.subject if pair.zh else "") if s)
        claim_rows.append(
            f'<tr class="pair" data-verdict="{pair.verdict}"><td>{html.escape(subject)}</td><td lang="ko">{ko}</td>'
            f'<td lang="zh">{zh}</td><td><span class="claim v-{pair.verdict}">{html.escape(_LABELS[pair.verdict])}</span></td>'
            f'<td class="score">{pair.score:g}</td></tr>'
        )

    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claim comparison: {html.escape(ko_name)} / {html.escape(zh_name)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>Claim comparison</h1>
<div class="files">Korean: {html.escape(ko_name)} &middot; Chinese: {html.escape(zh_name)}</div>
<table id="summary"><caption>Summary</caption>{summary_rows}</table>
{warning}
<p class="legend">{legend}</p>
<h2>The two reports, sentence by sentence</h2>
<table id="reports"><thead><tr><th>Korean</th><th>Chinese</th></tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table>
<h2>Claims</h2>
<table id="claims"><thead><tr><th>Subject</th><th>Korean figure</th><th>Chinese figure</th><th>Verdict</th><th>Score</th></tr></thead><tbody>
{chr(10).join(claim_rows)}
</tbody></table>
<script>{_SCRIPT}</script>
</body>
</html>
"""
