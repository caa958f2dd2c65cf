"""The comparison as one self-contained HTML page: both reports side by side, bead by bead, with
each claim's figure highlighted in its verdict's colour and linked to its counterpart, a summary
table on top and the claim table below. No network assets; a few lines of script only add the
highlight-both-sides-on-hover behaviour, so the page reads the same without it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from align.comparison.claims import Claim, ClaimKey
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
.v-differs{background:#ffd9d6;border-color:#c62b2b} .v-ko_only{background:#fff1c9;border-color:#b58500;border-bottom-style:dashed}
.v-zh_only{background:#f1e4ff;border-color:#7a3fb5;border-bottom-style:dashed}
.other{font-size:.75rem;color:#444;margin-left:.15rem;white-space:nowrap}
.credit{color:#555;margin-right:.3rem}
#filters button{margin:0 .3rem .4rem 0;border:1px solid #bbb;background:#fff;border-radius:.3rem;padding:.1rem .5rem;cursor:pointer}
#filters button[aria-pressed=true]{background:#1d1d1f;color:#fff}
#claims th{cursor:pointer}
.claim.focus{outline:3px solid #111}
.claim.restated{border-bottom-style:dotted;opacity:.75}
.score{color:#777;font-size:.8rem}
"""

# Sorting a table body by a column (numbers as numbers), ascending then descending: shared by this
# report's claim table and the corpus index (align.corpus.runs).
SORT_ROWS_SCRIPT = """
function sortKey(cell){var t=cell.dataset.sort!==undefined?cell.dataset.sort:cell.textContent.trim();return {t:t,n:parseFloat(t)};}
function sortRows(body,n){var rows=Array.from(body.rows);var dir=body.dataset.col==n&&body.dataset.dir!=='desc'?'desc':'asc';
  rows.sort(function(a,b){var x=sortKey(a.cells[n]),y=sortKey(b.cells[n]);if((x.t==='')!==(y.t==='')){return x.t===''?1:-1;}
    var c=isNaN(x.n)||isNaN(y.n)?x.t.localeCompare(y.t):x.n-y.n;return dir==='asc'?c:-c;});
  rows.forEach(function(r){body.appendChild(r);});body.dataset.col=n;body.dataset.dir=dir;}
"""  # a cell's data-sort (a figure's value) sorts it when given, else its text, as a number when both are; empty cells last

_SCRIPT = """
document.querySelectorAll('.claim[data-pair]').forEach(function(el){
  var other=document.getElementById(el.dataset.pair);
  function on(){el.classList.add('focus'); if(other){other.classList.add('focus');}}
  function off(){el.classList.remove('focus'); if(other){other.classList.remove('focus');}}
  el.addEventListener('mouseenter',on); el.addEventListener('mouseleave',off);
  el.addEventListener('focus',on); el.addEventListener('blur',off);
});
function filterClaims(verdict){
  document.querySelectorAll('#claims tbody tr').forEach(function(row){row.hidden=!!verdict&&row.dataset.verdict!==verdict;});
  document.querySelectorAll('#filters button').forEach(function(b){b.setAttribute('aria-pressed',String((b.dataset.filter||'')===(verdict||'')));});
}
document.querySelectorAll('[data-filter]').forEach(function(el){el.addEventListener('click',function(){filterClaims(el.dataset.filter);});});
document.querySelectorAll('#claims thead th').forEach(function(th,n){th.addEventListener('click',function(){sortRows(document.querySelector('#claims tbody'),n);});});
document.body.dataset.ready='1';
""" + SORT_ROWS_SCRIPT

_MARKS = {Verdict.SAME: "=", Verdict.ROUNDED: "≈", Verdict.DIFFERS: "≠"}


def _claim_ids(comparison: Comparison) -> dict[ClaimKey, tuple[str, Verdict, str | None]]:
    """For each claim: its element id, its verdict, and its counterpart's element id; for a
    restatement (`Comparison.restated`), the verdict and element id of the statement it repeats."""
    ids: dict[ClaimKey, tuple[str, Verdict, str | None]] = {}
    for number, pair in enumerate(comparison.pairs):
        ko_id, zh_id = f"ko-c{number}", f"zh-c{number}"
        if pair.ko is not None:
            ids[pair.ko.key] = (ko_id, pair.verdict, zh_id if pair.zh is not None else None)
        if pair.zh is not None:
            ids[pair.zh.key] = (zh_id, pair.verdict, ko_id if pair.ko is not None else None)
    for number, restated in enumerate(comparison.restated):
        statement, verdict, _ = ids[restated.of.key]
        ids[restated.claim.key] = (f"{restated.claim.lang}-r{number}", verdict, statement)
    return ids


def _marked_html(
    text: str,
    lang: str,
    claims: Sequence[Claim],
    ids: dict[ClaimKey, tuple[str, Verdict, str | None]],
    counterparts: dict[ClaimKey, str],
    restated: frozenset[ClaimKey] = frozenset(),
) -> str:
    """A sentence (or the dispatch credit cut off it) with the figures of `claims`, the claims its
    offsets index, marked, each paired one followed by the other side's value (1,771 ≠ 1,717), so
    the comparison reads without hovering; a restatement (`restated`) links to the statement it
    repeats, in its colour, followed by ↺."""
    pieces = []
    position = 0
    for claim in sorted(claims, key=lambda c: c.figure.start):
        start, end = claim.figure.start, claim.figure.end
        if start < position:
            continue
        pieces.append(_plain(text[position:start], lang))
        element, verdict, other = ids[claim.key]
        title = html.escape(f"{_LABELS[verdict]}: {claim.subject}", quote=True)
        figure = html.escape(text[start:end])
        if claim.key in restated:
            title = html.escape(f"said again: {_LABELS[verdict]}, {claim.subject}", quote=True)
            pieces.append(
                f'<a class="claim restated v-{verdict}" id="{element}" href="#{other}" data-pair="{other}" title="{title}">{figure}</a>'
                '<span class="other" aria-label="said again">↺</span>'
            )
        elif other:
            counterpart = html.escape(counterparts.get(claim.key, ""))
            pieces.append(
                f'<a class="claim v-{verdict}" id="{element}" href="#{other}" data-pair="{other}" title="{title}">{figure}</a>'
                f'<span class="other" aria-label="{html.escape(_LABELS[verdict])}">{_MARKS.get(verdict, "")} {counterpart}</span>'
            )
        else:
            pieces.append(f'<span class="claim v-{verdict}" id="{element}" tabindex="0" title="{title}">{figure}</span>')
        position = end
    pieces.append(_plain(text[position:], lang))
    return "".join(pieces)


def _sort_value(claim: Claim | None) -> str:
    """A figure cell's `data-sort` attribute: the figure's value (5만3천여명 sorts as 53000, not 5),
    none for an empty cell or a case code."""
    if claim is None or claim.figure.value != claim.figure.value:
        return ""
    return f' data-sort="{claim.figure.value:.15g}"'


def _plain(text: str, lang: str) -> str:
    return html.escape(RUBY_ANNOTATION.sub("", text) if lang == "zh" else text)


def render_html(comparison: Comparison, ko_name: str = "Korean report", zh_name: str = "Chinese report", index: str | None = None) -> str:
    """The report page (a complete HTML document); `index`, the address of the page that lists it
    (a corpus run's `../index.html`), is linked at its top."""
    ids = _claim_ids(comparison)
    counterparts = {
        own.key: other.figure.text for pair in comparison.pairs if pair.ko and pair.zh for own, other in ((pair.ko, pair.zh), (pair.zh, pair.ko))
    }
    ko_claims = [p.ko for p in comparison.pairs if p.ko is not None]
    zh_claims = [p.zh for p in comparison.pairs if p.zh is not None]
    restated = frozenset(r.claim.key for r in comparison.restated)
    marked = {lang: claims + [r.claim for r in comparison.restated if r.claim.lang == lang] for lang, claims in (("ko", ko_claims), ("zh", zh_claims))}
    counts = comparison.verdict_counts()
    shared = comparison.shared()

    def text(item) -> str:  # type: ignore[no-untyped-def]
        return item if isinstance(item, str) else item.text

    rows = []
    for bead in comparison.beads:
        cells = []
        for lang, indices, sentences, claims in (("ko", bead.ko, comparison.ko, marked["ko"]), ("zh", bead.zh, comparison.zh, marked["zh"])):
            if not indices:
                cells.append('<td class="empty"></td>')
                continue
            credits = {c.sentence: c for c in claims if c.credit and c.sentence in indices}  # shown before the lead they were cut off
            body = " ".join(
                (f'<span class="credit">{_marked_html(credits[i].clause, lang, [credits[i]], ids, counterparts, restated)}</span> ' if i in credits else "")
                + f'<span id="{lang}-s{i}" data-sentence="{i}">{_marked_html(text(sentences[i]), lang, [c for c in claims if c.sentence == i and not c.credit], ids, counterparts, restated)}</span>'
                for i in indices
            )
            cells.append(f'<td lang="{lang}">{body}</td>')
        rows.append(f'<tr>{"".join(cells)}</tr>')

    summary = [
        ("Claims in the Korean report", len(ko_claims)),
        ("Claims in the Chinese report", len(zh_claims)),
        ("Shared claims (paired)", shared),
    ]
    summary_rows = "".join(f'<tr><th scope="row">{html.escape(label)}</th><td class="n" data-count="{html.escape(label)}">{n}</td></tr>' for label, n in summary)
    summary_rows += "".join(
        f'<tr><th scope="row"><a href="#claims" data-filter="{v}">{html.escape(_LABELS[v])}</a></th>'
        f'<td class="n" data-count="{html.escape(_LABELS[v])}">{counts[v]}</td></tr>'
        for v in VERDICTS
    )
    filters = '<button type="button" data-filter="" aria-pressed="true">all</button>' + "".join(
        f'<button type="button" data-filter="{v}" aria-pressed="false">{html.escape(_LABELS[v])} ({counts[v]})</button>' for v in VERDICTS
    )
    unrelated = comparison.unrelated_warning()
    warning = f'<p class="warning" role="alert">{html.escape(unrelated.capitalize())}.</p>' if unrelated else ""
    legend = "".join(f'<span><span class="claim v-{v}">{html.escape(_LABELS[v])}</span></span>' for v in VERDICTS)

    claim_rows = []
    for number, pair in enumerate(comparison.pairs):
        ko = f'<a href="#ko-c{number}">{html.escape(pair.ko.figure.text)}</a>' if pair.ko else ""
        zh = f'<a href="#zh-c{number}">{html.escape(pair.zh.figure.text)}</a>' if pair.zh else ""
        subject = " / ".join(s for s in (pair.ko.subject if pair.ko else "", pair.zh.subject if pair.zh else "") if s)
        claim_rows.append(
            f'<tr class="pair" data-verdict="{pair.verdict}"><td>{html.escape(subject)}</td><td lang="ko"{_sort_value(pair.ko)}>{ko}</td>'
            f'<td lang="zh"{_sort_value(pair.zh)}>{zh}</td><td><span class="claim v-{pair.verdict}">{html.escape(_LABELS[pair.verdict])}</span></td>'
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
{f'<nav><a href="{html.escape(index, quote=True)}">&larr; all pairs</a></nav>' if index else ""}
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
<p class="legend">Score: the evidence that two figures state the same thing (shared glossary concepts,
the Hanja-bridge similarity of their clauses, their sentences aligned together, agreeing values);
figures score a pair at 1.6 or more. Click a column heading to sort, a button to filter.</p>
<div id="filters">{filters}</div>
<table id="claims"><thead><tr><th>Subject</th><th>Korean figure</th><th>Chinese figure</th><th>Verdict</th><th>Score</th></tr></thead><tbody>
{chr(10).join(claim_rows)}
</tbody></table>
<script>{_SCRIPT}</script>
</body>
</html>
"""
