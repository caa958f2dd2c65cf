import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from align.comparison.compare import compare_reports
from align.comparison.report import render_html
from tests.comparison.test_compare import load
from tests.conftest import bundled_glossary

GLOSSARY = bundled_glossary()


def report() -> str:
    ko, zh = load("jilin-5years")
    return render_html(compare_reports(ko.sentences, zh.sentences, GLOSSARY), "jilin.ko.txt", "jilin.zh.txt")


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:  # type: ignore[no-untyped-def]
        values = dict(attrs)
        if "id" in values:
            self.ids.add(values["id"] or "")
        for name in ("href", "src"):
            target = values.get(name) or ""
            if target.startswith("#"):
                self.links.append(target[1:])
            elif target:
                self.external.append(target)


def test_report_is_self_contained_and_links_resolve() -> None:
    page = report()
    collector = Collector()
    collector.feed(page)
    assert collector.external == []
    assert set(collector.links) <= collector.ids
    assert 'id="summary"' in page and "differs" in page and "v-zh_only" in page


def test_paired_figures_show_the_other_value_and_the_claims_filter_and_sort() -> None:
    page = report()
    assert '<span class="other" aria-label="same figure">= ' in page  # readable without hovering
    assert 'data-filter="differs"' in page and 'id="filters"' in page and "sortBy" not in page
    assert ".v-ko_only{" in page and ".v-zh_only{" in page  # each one-sided kind has its own colour
    assert "Score: the evidence" in page


def test_reports_of_different_events_carry_the_warning() -> None:
    from align.text.inputs import read_presegmented
    from tests.conftest import DATA

    ko = read_presegmented(DATA / "realnews" / "drunk-driving-hk-2024.ko.txt", "ko")
    zh = read_presegmented(DATA / "realnews" / "wenzhou-220-2017.zh.txt", "zh")
    assert 'class="warning"' in render_html(compare_reports(ko.sentences, zh.sentences, GLOSSARY))
    assert 'class="warning"' not in report()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package 'chromium'); .ci/run installs it")
def test_report_renders_in_headless_chromium(tmp_path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report(), encoding="utf-8")
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(command + ["--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-ready="1"' in dom  # the page's script ran
    assert dom.count('class="claim v-same"') >= 10 and 'class="claim v-differs"' in dom
    screenshot = tmp_path / "report.png"
    subprocess.run(command + ["--window-size=1200,1600", f"--screenshot={screenshot}", page.as_uri()], capture_output=True, timeout=120)
    assert screenshot.exists() and screenshot.stat().st_size > 20_000



@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package 'chromium'); .ci/run installs it")
def test_the_claims_table_sorts_figures_by_their_value_empty_cells_last(tmp_path) -> None:
    """New-user trial 94: sorting on "Korean figure" read the first digits (5만3천여명 as 5, 13만명
    before 137명); each figure cell carries its value, and empty cells (a Chinese-only claim's
    Korean side) go last either way."""
    from align.text.inputs import read_presegmented
    from tests.conftest import DATA

    ko = read_presegmented(DATA / "realnews" / "myanmar-53000-2024.ko.txt", "ko")
    zh = read_presegmented(DATA / "realnews" / "myanmar-53000-2024.zh.txt", "zh")
    comparison = compare_reports(ko.sentences, zh.sentences, GLOSSARY)
    probe = (
        "<script>var body=document.querySelector('#claims tbody');sortRows(body,1);"
        "document.body.dataset.order=Array.from(body.rows).map(function(r){return r.cells[1].dataset.sort||'';}).join(' ');</script></body>"
    )
    page = tmp_path / "report.html"
    page.write_text(render_html(comparison).replace("</body>", probe), encoding="utf-8")
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120).stdout
    order = dom.split('data-order="', 1)[1].split('"', 1)[0].split(" ")
    values = [float(v) for v in order if v]
    assert values == sorted(values) and len(values) >= 4
    assert order[len(values):] == [""] * (len(order) - len(values))  # the empty cells after every value
    expected = sorted(p.ko.figure.value for p in comparison.pairs if p.ko is not None)
    assert values == expected


def test_a_restated_figure_is_marked_and_linked_to_the_statement_it_repeats() -> None:
    """New-user trial 3 (P3): a figure said again has no row of its own, but its mention is no lost
    figure: the report marks it, in the colour of the statement it repeats, linked to it."""
    briefing = "掛牌督辦的103起重大槍爆案件已全部辦結,533名部督在逃人員緝捕率達78%。"
    comparison = compare_reports(["총기 범죄가 줄었다."], [briefing, "截至目前," + briefing], GLOSSARY)
    page = render_html(comparison)
    statement = comparison.pairs.index(next(p for p in comparison.pairs if p.zh is not None and p.zh.figure.text == "78%"))
    assert f'<a class="claim restated v-zh_only" id="zh-r2" href="#zh-c{statement}" data-pair="zh-c{statement}"' in page
    assert page.count('class="claim restated') == 3
