import re
from pathlib import Path

import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from align.script.numbers import _patterns as figure_patterns
from align.text.clean import RUBY_ANNOTATION, affixes
from align.text.clean.patterns import affixes_at, boilerplate_rules, rule_rows
from align.text.evaluate import listed_pages
from align.text.prefilter import LazyPattern, Screen, finditer, first_characters, fold, required_strings
from align.text.segment import segment_document
from tests.conftest import DATA, SEED_LANG, seed_text
from tests.strategies import news_text

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def _patterns() -> list[LazyPattern]:
    """Every pattern the cleaner screens: the boilerplate rules and the prefix rows of both languages."""
    patterns = [rule.pattern for rule in boilerplate_rules()]
    for lang in ("ko", "zh"):
        for where in ("start", "line-end", "inline", "end"):
            patterns.extend(affix.pattern for affix in affixes_at(lang, where))
    return patterns


PATTERNS = _patterns()
SCREEN = Screen.of(PATTERNS)


def _gold_pages() -> list[Path]:
    """The text pages of the gold set (ids of three digits and more), in id order."""
    return sorted((page.path for page in listed_pages(PAGES) if page.path is not None and page.path.suffix == ".txt"), key=lambda path: int(path.stem))


def _page_lines(step: int) -> list[str]:
    """The lines of every `step`-th annotated page, and of the seeds."""
    pages = _gold_pages()[::step]
    texts = [page.read_text(encoding="utf-8") for page in pages] + [seed_text(seed) for seed in SEED_LANG]
    return [line for text in texts for line in text.splitlines() if line.strip()]


def test_requirements_read_from_the_syntax_tree() -> None:
    assert required_strings(re.compile("저작권자|Copyright", re.IGNORECASE)) == {"저작권자", "copyright"}
    assert required_strings(re.compile(r"^\W{0,2}(?:기사\s*)?메일\s*보내기")) == {"보내기"}  # the longest run; the optional part is no requirement
    assert required_strings(re.compile(r"[(（]\s*사진")) == {"사진"}
    assert required_strings(re.compile(r"\d+\s*[|｜]")) == {"|", "｜"}  # a small class stands for its characters
    assert required_strings(re.compile(r"(?=.*推荐)\S{2,6}$")) == {"推荐"}  # a lookahead's text is in the line


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<=完)\s*\d+",  # a lookbehind may look before where a search starts
        r"(?:기자|)\d+",  # an alternative that matches nothing
        r"(?:기자)?\d+",
        r"(?:기자)*\d+",
        r"(\S+)\s*\1",
        r"[^가-힣]{3}",  # a negated class
        "",
    ],
)
def test_what_may_be_absent_is_no_requirement(pattern: str) -> None:
    assert required_strings(re.compile(pattern)) is None


def test_a_wide_class_is_no_requirement_but_the_literal_run_beside_it_is() -> None:
    assert required_strings(re.compile(r"[가-힣]+다\.")) == {"다."}


def test_case_is_folded_as_ignorecase_matches() -> None:
    kelvin = re.compile("kb", re.IGNORECASE)  # matches the Kelvin sign: K, as `re` documents
    assert kelvin.search("\u212ab") and 0 in Screen.of([kelvin]).candidates("\u212ab")
    long_s = re.compile("test", re.IGNORECASE)
    assert long_s.search("te\u017ft") and 0 in Screen.of([long_s]).candidates("te\u017ft")
    assert required_strings(re.compile("ⓒ뉴스", re.IGNORECASE)) == {"뉴스"}  # ⓒ has case outside ASCII: not used
    assert fold("İSTANBUL Kelvin") == "istanbul kelvin"


def test_a_lone_surrogate_is_screened_without_error() -> None:
    screen = Screen.of([re.compile("기자")])
    assert screen.candidates("\ud800 기자") == [0] and screen.candidates("\ud800") == []
    assert 0 in Screen.of([re.compile("\ud800x")]).candidates("\ud800x")  # a surrogate is never a required string


def test_the_folds_of_ignorecase_are_all_covered() -> None:
    """Each of the four non-ASCII letters `re.IGNORECASE` matches to ASCII ones, and an upper-case
    letter in a small class."""
    for pattern, text in (("in", "ın"), ("in", "İn"), ("st", "ſt"), ("kb", "\u212ab")):
        compiled = re.compile(pattern, re.IGNORECASE)
        assert compiled.search(text) and 0 in Screen.of([compiled]).candidates(text), text
    assert 0 in Screen.of([re.compile(r"[KQ]\d")]).candidates("K1")


def test_a_lazy_pattern_compiles_on_first_use_like_re() -> None:
    pattern = LazyPattern(r"기자\s*=", re.IGNORECASE)
    assert "compiled" not in vars(pattern)
    assert pattern.search("홍길동 기자 = 경찰은").start() == 4 and pattern.match("기자=") and not pattern.match(" 기자=")
    assert [m.start() for m in pattern.finditer("기자= 기자=", 1)] == [4]
    assert pattern.compiled is pattern.compiled and pattern.compiled.flags & re.IGNORECASE


def test_every_pattern_compiles_and_is_read_without_falling_back() -> None:
    """A data row that would not compile fails here, not on the first page whose line holds its
    required string; and the syntax-tree walker reads every row (a walker fault would silently
    screen nothing)."""
    from align.text import prefilter

    for pattern in PATTERNS:
        pattern.compiled  # noqa: B018 - compiling is the test
        prefilter._sequence(prefilter._parser.parse(pattern.pattern, pattern.flags))


def test_no_pattern_that_matches_a_real_line_is_screened_out() -> None:
    """Soundness on real page lines: every rule and prefix row that matches a line is a candidate."""
    lines = _page_lines(step=1)
    assert len(lines) > 10000
    for line in lines:
        candidates = set(SCREEN.candidates(line))
        missed = [index for index, pattern in enumerate(PATTERNS) if index not in candidates and pattern.search(line)]
        assert not missed, (line, [PATTERNS[index].pattern for index in missed])


def test_the_screen_leaves_most_patterns_untried() -> None:
    lines = _page_lines(step=24)
    tried = sum(len(SCREEN.candidates(line)) for line in lines)
    assert tried < 0.25 * len(lines) * len(PATTERNS)


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_a_text_any_pattern_matches_is_screened_in_whole_and_in_any_slice(data: st.DataObject) -> None:
    """Texts drawn to match a real rule (with text around them), screened whole and as the slice
    `finditer(text, start, end)` searches (lookbehinds may see before the slice)."""
    index = data.draw(st.sampled_from(range(len(PATTERNS))))
    pattern = PATTERNS[index].compiled
    try:
        text = data.draw(st.from_regex(pattern))
    except Exception:  # a construct `from_regex` cannot generate (a few lookbehinds)
        reject()
    if pattern.search(text):
        assert index in SCREEN.candidates(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if next(pattern.finditer(text, start, end), None) is not None:
        assert index in SCREEN.candidates(text[start:end])


def test_cleaning_is_the_same_with_every_pattern_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every 30th page, the seeds, the first pages with ruby readings (rules read their lines
    without them), and some of them joined onto one line (read in pieces)."""
    pages = _gold_pages()
    texts = [page.read_text(encoding="utf-8") for page in pages[::30]] + [seed_text(seed) for seed in SEED_LANG]
    ruby = [text for text in (page.read_text(encoding="utf-8") for page in pages) if RUBY_ANNOTATION.search(text)][:4]
    assert len(ruby) == 4
    texts += ruby + [" ".join(text.split("\n")) for text in (*ruby[:2], *texts[:3])]
    screened = [segment_document(text) for text in texts]

    def screen_nothing(patterns: list[LazyPattern]) -> Screen:
        return Screen(frozenset(range(len(patterns))), (), (), None)

    monkeypatch.setattr(affixes, "rule_screen", lambda lang: screen_nothing(list(rule_rows(lang).patterns)))
    assert [segment_document(text) for text in texts] == screened


# first characters: the class a match can begin with, and the scan through it


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"ab|cd", "[ac]"),
        (r"(?<![\d.])\d+일", r"[\d]"),
        (r"(?:약\s?)?\d+", r"[약\d]"),
        (r"[가-힣]{2}|x", "[가-힣x]"),
        (r"(?=a)b|c", "[bc]"),
    ],
)
def test_first_characters(pattern: str, expected: str) -> None:
    found = first_characters(re.compile(pattern))
    assert found is not None and found.pattern == expected


@pytest.mark.parametrize("pattern", [r"a?", r"(?:x|)", r"[^a]b", r".b", r"(?i)ab", r"(?P<x>a)?(?P=x)b", r"\Bx*", r"(?a:\d)x", r"(?i:a)b"])
def test_no_class_when_a_match_can_begin_anywhere_or_be_empty(pattern: str) -> None:
    assert first_characters(re.compile(pattern)) is None


_PATTERNS = [r"ab|cd", r"(?<![\d.])\d+일", r"(?:약\s?)?\d+(?:만)?", r"(?<=[“\"])\d{3,}(?=”)", r"a?", r"(?:x|)", r"[^a]b", r"\d+(?=\D)|만"]


@given(st.sampled_from(_PATTERNS), st.text(alphabet=st.sampled_from(list("abcdx약만일“”\" .1234가")), max_size=40))
def test_finditer_finds_what_the_pattern_finds(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert [m.span() for m in finditer(compiled, text)] == [m.span() for m in compiled.finditer(text)]


@given(st.sampled_from(["ko", "zh"]), news_text())
def test_figure_patterns_find_the_same_through_the_class(lang: str, text: str) -> None:
    pattern, _ = figure_patterns(lang)
    assert first_characters(pattern) is not None
    assert [m.groupdict() | {"": m.span()} for m in finditer(pattern, text)] == [m.groupdict() | {"": m.span()} for m in pattern.finditer(text)]


def test_figure_patterns_find_the_same_on_real_news() -> None:
    for path in sorted((DATA / "realnews").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pattern, _ = figure_patterns("ko" if ".ko." in path.name else "zh")
        assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)], path.name
