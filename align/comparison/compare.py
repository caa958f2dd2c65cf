"""A comparison of two reports as a whole: the sentences, their alignment and the claim pairs, as
records (`align.io.COMPARE_COLUMNS`) or a DataFrame."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from align.alignment.features import document_features
from align.alignment.search import EVERY_PAIRING, AlignmentSettings, Bead, align_sentences, search_beads, unpair_trailing
from align.comparison.claims import Claim, claim_text, credit_claims, credit_date, credit_of, dated, document_year, extract_claims, year_agreeing
from align.comparison.pairing import ClaimPair, CompareSettings, compare_claims
from align.comparison.verdicts import paired_measure, specificity
from align.errors import expect_document, expect_glossary
from align.io import COMPARE_COLUMNS
from align.script.chars import HAN, HANGUL
from align.script.numbers import Figure
from align.terms.glossary import Glossary
from align.terms.words import particles
from align.text.document import Document, Sentence, as_sentences
from align.text.entities import INVISIBLE
from align.text.inputs import check_pair
from align.types import ClaimKind, UnitClass, Verdict

if TYPE_CHECKING:
    import pandas


def _unit_label(pair: ClaimPair) -> str:
    """The `unit` column: the unit class and measure (`count:person`; a pair's sums in the currency both
    are read in, `verdicts.paired_measure`: `money:yuan` for 3만원 ~ 3万元); for a percentage, what each
    side says it is when either says (`percent:rise`; `percent:rise/share`, Korean first, when they
    disagree; `?` for a side that says nothing, `percent:?/share`)."""
    claim = pair.ko or pair.zh
    assert claim is not None
    figure = claim.figure
    measure = str(claim.kind) if claim.kind is ClaimKind.DATELINE else figure.measure
    if pair.ko is not None and pair.zh is not None and claim.kind is not ClaimKind.DATELINE:
        measure = paired_measure(pair.ko.figure.measure, pair.zh.figure.measure)  # 3만원 ~ 3万元 in the Chinese-Korean press: yuan
    label = figure.unit_class if not measure or measure == figure.unit_class else f"{figure.unit_class}:{measure}"
    changes = [claim.change for claim in (pair.ko, pair.zh) if claim is not None]
    if figure.percent and any(changes):
        said = dict.fromkeys(str(change or "?") for change in changes)
        label = f"{figure.unit_class}:{'/'.join(said)}"
    return label


def comparison_records(pairs: Sequence[ClaimPair], ko: Sequence[Sentence], zh: Sequence[Sentence]) -> list[dict[str, Any]]:
    """Rows with the documented columns (ids are sentence indices, empty on the missing side)."""

    def text(sentences: Sequence[Sentence], claim: Claim | None) -> str:
        return "" if claim is None else claim.clause if claim.credit else sentences[claim.sentence].clean

    rows = []
    for pair in pairs:
        rows.append(
            {
                "ko_id": pair.ko.sentence if pair.ko else None,
                "zh_id": pair.zh.sentence if pair.zh else None,
                "subject": " / ".join(s for s in (pair.ko.subject if pair.ko else "", pair.zh.subject if pair.zh else "") if s),
                "ko_value": pair.ko.figure.text if pair.ko else "",
                "zh_value": pair.zh.figure.text if pair.zh else "",
                "ko_number": pair.ko.figure.value if pair.ko else None,
                "zh_number": pair.zh.figure.value if pair.zh else None,
                "unit": _unit_label(pair),
                "verdict": pair.verdict,
                "score": pair.score,
                "ko_text": text(ko, pair.ko),
                "zh_text": text(zh, pair.zh),
            }
        )
    return rows


@dataclass(frozen=True)
class Comparison:
    """Everything a report needs: the sentences, the sentence alignment (as `align sentences` gives
    it) and the claim pairs; `searched` is the search's pairing with merges on background-level
    evidence, weak beads after the last confident one split off, which the unrelated-report warning
    reads (None: `beads`)."""

    ko: tuple[Sentence, ...]
    zh: tuple[Sentence, ...]
    beads: tuple[Bead, ...]
    pairs: tuple[ClaimPair, ...]
    settings: CompareSettings = field(default_factory=CompareSettings)  # what the claims were paired with
    searched: tuple[Bead, ...] | None = None
    background: float | None = None  # what random sentence pairs of the two reports share (the search's `background`), when known
    restated: tuple[Restatement, ...] = ()  # claims with no row that state again a figure a row states (`without_recaps`)

    def records(self) -> list[dict[str, Any]]:
        return comparison_records(self.pairs, self.ko, self.zh)

    def stated(self, lang: str) -> int:
        """How many figures and dates a report states, each mention counted (a restatement too)."""
        return sum(1 for pair in self.pairs if getattr(pair, lang) is not None) + sum(1 for restated in self.restated if restated.claim.lang == lang)

    def verdict_counts(self) -> Counter[Verdict]:
        """How many claim pairs (and one-sided claims) got each verdict."""
        return Counter(pair.verdict for pair in self.pairs)

    def shared(self) -> int:
        """Claims both reports make: pairs that are the same, rounded or differ."""
        counts = self.verdict_counts()
        return counts[Verdict.SAME] + counts[Verdict.ROUNDED] + counts[Verdict.DIFFERS]

    def unrelated_warning(self, settings: CompareSettings | None = None) -> str | None:
        """One line when the two reports seem to be about different events:
        - at most `settings.unrelated_chance_agreements` figures or dates of theirs agree (a value
          said again, `5년` in the lead and in a recap, counted once) while each makes at least
          `settings.unrelated_one_agreement` claims, and each says little (`specificity` below
          `settings.unrelated_specific`: a day, a year, a one-digit or round count, what unrelated
          police reports share by chance). True pairs with that many claims share two or more,
          at least one of them specific: three of the 36 real news pairs share only two, and
          without its headline one of them shares one, 3만 천 명 = 3.1万名, specific enough to spare
          it; unrelated real reports share one or two such values; or
        - not one agrees, and each makes at least `settings.unrelated_claims` claims (every true
          pair with three claims a side shares at least two; unrelated reports of the same kind
          share none or one); or
        - not one agrees, and with fewer claims the sentences the aligner paired score below
          `settings.unrelated_bead_score` on average (the developed true pair with few claims and
          none shared scores 0.65; developed real reports paired with unrelated ones 0.24-0.50, 16
          of 17 below 0.45; the learned lexicon's general words, which any two police reports
          share, raised them above the earlier 0.4); or
        - at most `settings.unrelated_chance_agreements` agree, and no sentence pair of the search is
          `settings.unrelated_background` times as similar as the pair's `background` (what any two of
          their sentences share): every developed true pair has one (the five sharing two figures or
          fewer among them, the closest by 3 %), while unrelated police reports that slip through the
          rules above share one value or none and align nothing beyond their trade's words.
        A report's claims are counted as it states them, a restatement too (`stated`).
        `settings` defaults to those the claims were paired with."""
        settings = settings or self.settings
        min_claims, bead_score = settings.unrelated_claims, settings.unrelated_bead_score
        agreements = {_stated(pair.ko.figure): pair for pair in self.pairs if pair.verdict in (Verdict.SAME, Verdict.ROUNDED) and pair.ko is not None}
        agreeing = len(agreements)
        ko_claims, zh_claims = (self.stated(lang) for lang in ("ko", "zh"))
        if 0 < agreeing <= settings.unrelated_chance_agreements and min(ko_claims, zh_claims) >= settings.unrelated_one_agreement:
            if all(min(specificity(pair.ko.figure), specificity(pair.zh.figure)) < settings.unrelated_specific for pair in agreements.values() if pair.zh is not None and pair.ko is not None):
                said = "only one of their" if agreeing == 1 else f"only {agreeing} of their"
                verb = "agrees" if agreeing == 1 else "agree, each saying little (a day, a year, a small or round count)"
                return f"these reports do not seem to cover the same events: {said} {ko_claims} Korean and {zh_claims} Chinese figures and dates {verb}"
        searched = [bead.score for bead in (self.beads if self.searched is None else self.searched) if bead.ko and bead.zh]
        if not agreeing:
            if min(ko_claims, zh_claims) >= min_claims:
                return f"these reports do not seem to cover the same events: none of their {ko_claims} Korean and {zh_claims} Chinese figures and dates agree"
            mean = sum(searched) / len(searched) if searched else 0.0
            if mean < bead_score:
                return f"these reports do not seem to cover the same events: no figure or date agrees, and their sentences hardly align (mean score {mean:.2f})"
        if agreeing <= settings.unrelated_chance_agreements and self.background is not None and settings.unrelated_background > 0:
            if max(searched, default=0.0) < settings.unrelated_background * self.background:
                said = "no figure or date agrees" if not agreeing else f"only {agreeing} of their {ko_claims} Korean and {zh_claims} Chinese figures and dates agree{'s' if agreeing == 1 else ''}"
                return f"these reports do not seem to cover the same events: {said}, and no sentence of one is told by the other (none aligns {settings.unrelated_background:g} times better than any two of theirs)"
        return None


def _stated(figure: Figure) -> tuple[str, str]:
    """What a figure states, as agreements are counted: its kind and its value (or date, or code),
    so that a value said again (`5년` twice, recalled in a recap) agrees once."""
    return figure.unit_class, figure.date or (f"{figure.value:g}" if figure.value == figure.value else figure.text)


def compare_reports(
    ko: Sequence[str | Sentence],
    zh: Sequence[str | Sentence],
    glossary: Glossary | None = None,
    settings: CompareSettings | None = None,
    years: tuple[int | None, int | None] = (None, None),
    credits: tuple[tuple[str, int] | None, tuple[str, int] | None] = (None, None),
    lang_check: bool = True,
    months: tuple[int | None, int | None] = (None, None),
) -> Comparison:
    """Align the sentences, extract both sides' claims and pair them. The sentences are annotated
    once: alignment and claims read the same readings, figures and (Chinese) glossary matches.
    `years` are the two reports' years when known (`document_year` of their dates): relative years
    (지난해 9월, 去年) are resolved against them; with `months`, the months of those dates, relative
    months too (지난달 26일, 上月26日), for a report whose own year is known. A report without a year
    takes the one under which its relative dates agree with the other report's dates
    (`year_agreeing`), else the other's.
    `credits` are the dispatch credits cleaning cut off each report's lead, with the lead's index
    (`credit_of`), whose dates are the reports' datelines (`credit_claims`). Sentences written in the
    other language than their side's (the reports swapped, or a Chinese document read as Korean)
    are a LanguageError (a ValueError) naming their document, unless `lang_check` is off."""
    ko_sentences, zh_sentences = as_sentences(ko, "ko", param="ko"), as_sentences(zh, "zh", param="zh")
    expect_glossary(glossary)
    if lang_check:
        ko_text, zh_text = (" ".join(sentence.text for sentence in side) for side in (ko_sentences, zh_sentences))
        check_pair((ko_text, ko_sentences[0].doc if ko_sentences else None), (zh_text, zh_sentences[0].doc if zh_sentences else None), "lang_check=False")
    months = (months[0] if years[0] is not None else None, months[1] if years[1] is not None else None)  # (never a month under another report's year)
    years = pair_years(ko_sentences, zh_sentences, years)
    # claims are paired with every pairing the search made in view, merges on background-level
    # evidence included (EVERY_PAIRING): a weak bead still says where the same facts are likely told
    # (the values decide); the report and the translation memory show the beads as `align sentences`
    # gives them (new user 96: the report's table paired a quotation with a list of crimes)
    features = document_features(ko_sentences, "ko", glossary), document_features(zh_sentences, "zh", glossary)  # (read once, for both searches)
    every, background = search_beads(ko_sentences, zh_sentences, glossary, EVERY_PAIRING, features=features)
    searched = unpair_trailing(every, ko_sentences, zh_sentences, AlignmentSettings().confident, AlignmentSettings().follow * background)
    beads = align_sentences(ko_sentences, zh_sentences, glossary, features=features)
    ko_claims = (credit_claims(credits[0][0], "ko", credits[0][1]) if credits[0] else []) + extract_claims(ko_sentences, "ko", glossary, years[0], months[0])
    zh_claims = (credit_claims(credits[1][0], "zh", credits[1][1]) if credits[1] else []) + extract_claims(zh_sentences, "zh", glossary, years[1], months[1])
    pairs, restated = without_recaps(compare_claims(ko_claims, zh_claims, every, settings), ko_sentences, zh_sentences)
    return Comparison(ko_sentences, zh_sentences, tuple(beads), tuple(pairs), settings or CompareSettings(), tuple(searched), background, tuple(restated))


@dataclass(frozen=True)
class Restatement:
    """A claim with no row of its own: its figure states again what `of`, a claim of the same side
    with a row (paired or one-sided), states (`without_recaps`). The report marks it beside the
    statement it repeats, so no figure of either report goes unaccounted for."""

    claim: Claim
    of: Claim


def without_recaps(pairs: Sequence[ClaimPair], ko: Sequence[Sentence], zh: Sequence[Sentence]) -> tuple[list[ClaimPair], list[Restatement]]:
    """The pairs without the lone claims that restate a figure their side states elsewhere, and those
    claims, each with the statement it repeats: a figure said again is one claim, not a second,
    one-sided one. A restatement has the same value, unit and approximation (`_statement_key`) and:
    - stands in a headline (the Chinese headline's 下降25.2% over a lead that both reports share,
      the Korean having no headline; a headline's bare 2.1亿 over the body's 2.1亿元, its unit dropped);
      a body statement is kept before a headline's; or
    - says the same thing of it: the words after it begin alike (2명이 사망하고 over the lead's
      2명이 사망: the same deaths, while 나머지 2명은 퇴원 is another claim; 533名部督 twice), or the
      words right before it end alike (緝捕率達78%, 懸賞20萬, 案發10小時 twice), `_said_alike`.
    A statement paired with the other side's is the one kept; of lone ones, the first in the body.
    A figure said once, or said again of other words (记者17日从 and 17日是春节假期), keeps its rows."""
    sides = {"ko": ko, "zh": zh}
    pairs = _body_over_headline(pairs, ko, zh, _statement_key)
    statements: dict[Hashable, list[Claim]] = {}
    for pair in pairs:
        if pair.ko is not None and pair.zh is not None:
            for paired in (pair.ko, pair.zh):
                statements.setdefault(_statement_key(paired), []).append(paired)
    lone = [(claim, position) for position, pair in enumerate(pairs) for claim in (pair.ko, pair.zh) if claim is not None and (pair.ko is None or pair.zh is None)]
    restated: list[Restatement] = []
    dropped = set()
    for claim, position in sorted(lone, key=lambda item: _reading_order(item[0], sides)):
        sentences = sides[claim.lang]
        said = statements.setdefault(_statement_key(claim), [])
        of = next((other for other in said if sentences[claim.sentence].heading or _said_alike(claim, other, sentences)), None)
        if of is None and sentences[claim.sentence].heading and claim.figure.unit_class is UnitClass.PLAIN:
            # a headline drops the unit its body writes (2.1亿 over the body's 2.1亿元): the body's figure of that value
            of = next(
                (
                    other
                    for others in statements.values()
                    for other in others
                    if other.lang == claim.lang and other.figure.value == claim.figure.value and other.figure.approximate == claim.figure.approximate and other is not claim
                ),
                None,
            )
        if of is None:
            said.append(claim)
        else:
            restated.append(Restatement(claim, of))
            dropped.add(position)
    return [pair for position, pair in enumerate(pairs) if position not in dropped], restated


def _statement_key(claim: Claim) -> Hashable:
    """What a claim states, as restatements are told apart: its side, kind, unit (class and measure:
    10個小時 and 10小時 alike), value (or date), approximation and what its percentage says it is."""
    figure = claim.figure
    value = figure.date or (figure.value if figure.value == figure.value else figure.text)
    return claim.lang, claim.kind, figure.unit_class, figure.measure, value, figure.approximate, claim.change


def _reading_order(claim: Claim, sides: dict[str, Sequence[Sentence]]) -> tuple[bool, int, bool, int]:
    """The order in which lone claims are read for restatements: the body's first, in their order."""
    return sides[claim.lang][claim.sentence].heading, claim.sentence, not claim.credit, claim.figure.start


def _said_alike(claim: Claim, other: Claim, sentences: Sequence[Sentence]) -> bool:
    """Whether two mentions of a figure say the same thing of it, within their clauses: the words
    after them begin alike (`_predicate`), or their clauses up to them end alike over `_LEAD_LETTERS`
    letters or more (`_lead`: one ends the other, 533名部督在逃人員緝捕率達 twice; 全市刑事案件同比下降 and
    全市交通事故同比下降 are two falls, 抓获犯罪嫌疑人 and 另有犯罪嫌疑人 two groups of suspects). A rank's
    words before it are its scope (全省排名第一), not what it ranks, so they say nothing here."""
    if claim.lang != other.lang:
        return False
    predicate = _predicate(claim, sentences)
    if predicate and predicate == _predicate(other, sentences):
        return True
    if claim.figure.unit_class is UnitClass.RANK:
        return False
    lead, other_lead = sorted((_lead(claim, sentences), _lead(other, sentences)), key=len)
    return sum(ch.isalpha() for ch in lead) >= _LEAD_LETTERS and other_lead.endswith(lead)


_PREDICATE_REACH = 12  # visible characters after a figure in which its predicate is looked for (before it, its lead)
_WORD = {"ko": re.compile(f"[{HANGUL}]{{2,}}"), "zh": re.compile(f"[{HAN}]{{2,}}")}
_LEAD_LETTERS = 6  # letters a lead (`_lead`) must have to say a figure again: 同比下降 before 10% is said of many things (全市刑事案件同比下降, 全市交通事故同比下降), 피의자 before 2명 too
_CLAUSE_MARK = re.compile(r"[,，、;；:：。!！?？()（）\[\]「」“”\"]|\.(?!\d)")  # where the words said of a figure stop


def _body_over_headline(
    pairs: Sequence[ClaimPair], ko: Sequence[Sentence], zh: Sequence[Sentence], stated: Callable[[Claim], Hashable]
) -> list[ClaimPair]:
    """The pairs with a claim of a headline that restates a figure its body states too, and that body
    claim left alone, pairing the body's instead: the headline then is the recap (`without_recaps`),
    as a headline is (`763名…被移交中方` over the body's `763名犯罪嫌疑人`, the Korean report's 763명
    paired with the headline's)."""
    result = list(pairs)
    for side, sentences in (("ko", ko), ("zh", zh)):
        lone: dict[Hashable, int] = {}
        for position, pair in enumerate(result):
            claim = getattr(pair, side)
            other = pair.zh if side == "ko" else pair.ko
            if claim is not None and other is None and not sentences[claim.sentence].heading:
                lone.setdefault(stated(claim), position)
        for position, pair in enumerate(result):
            claim = getattr(pair, side)
            if claim is None or (pair.ko is None or pair.zh is None) or not sentences[claim.sentence].heading:
                continue
            body = lone.pop(stated(claim), None)
            if body is not None:
                body_claim = getattr(result[body], side)
                result[position] = dataclasses.replace(pair, **{side: body_claim})
                result[body] = dataclasses.replace(result[body], **{side: claim})
    return result


def _predicate(claim: Claim, sentences: Sequence[Sentence]) -> str:
    """What a sentence says of a figure, as far as a recap is told apart: the first two letters of
    the first word of two or more letters after it in its clause, a particle glued to the figure
    left out (2명이 사망하고 and 2명이사망 give 사망; 2명에게 징역형 gives 징역, 2명에게 벌금형 벌금),
    or '' (党纪处分2人、行政撤职2人: the next item of a list is not said of the first)."""
    text = INVISIBLE.sub("", claim_text(claim, sentences)[claim.figure.end : claim.figure.end + 2 * _PREDICATE_REACH])[:_PREDICATE_REACH]
    text = _CLAUSE_MARK.split(text, maxsplit=1)[0]
    for word in _WORD[claim.lang].finditer(text):
        letters = word.group()
        if claim.lang == "ko" and word.start() == 0:  # glued to the figure: its particle first
            letters = letters[len(next((p for p in particles() if letters.startswith(p)), "")) :]
        if len(letters) >= 2:
            return letters[:2]
    return ""


def _lead(claim: Claim, sentences: Sequence[Sentence]) -> str:
    """What a sentence says right before a figure: its clause up to the figure, at most
    `_PREDICATE_REACH` visible characters, without spaces (533名部督在逃人員緝捕率達78% gives
    533名部督在逃人員緝捕率達; 全市刑事案件同比下降10% 全市刑事案件同比下降), or ''."""
    text = INVISIBLE.sub("", claim_text(claim, sentences)[max(0, claim.figure.start - 2 * _PREDICATE_REACH) : claim.figure.start])[-_PREDICATE_REACH:]
    return re.sub(r"\s+", "", _CLAUSE_MARK.split(text)[-1])


def pair_years(ko: Sequence[Sentence], zh: Sequence[Sentence], years: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """The two reports' years, a missing one filled in: the year under which its relative dates
    agree with the other report's dates, or failing that the other report's own year (two reports
    of one event are written days apart)."""
    ko_year, zh_year = years
    if ko_year is None:
        ko_year = year_agreeing(ko, "ko", dated(zh, "zh", zh_year)) or zh_year
    if zh_year is None:
        zh_year = year_agreeing(zh, "zh", dated(ko, "ko", ko_year)) or ko_year
    return ko_year, zh_year


def compare_documents(
    ko: Document, zh: Document, glossary: Glossary | None = None, settings: CompareSettings | None = None, lang_check: bool = True
) -> Comparison:
    """`compare_reports` of two read documents, their dates resolving relative years: the year of a
    dated credit cleaning cut off the first sentence (`新华社北京2024年3月5日电`, `북경 2024년 3월 5일발`:
    the writer's date, which a repost's page date is not), else the page's date; the date of that
    credit is the report's dateline. A document written in the other language than its side's is a
    LanguageError (a ValueError) naming it, unless `lang_check` is off."""
    expect_document(ko, "ko"), expect_document(zh, "zh")
    if lang_check:
        check_pair((ko.text, ko.doc), (zh.text, zh.doc), opt_out="lang_check=False")
    (ko_year, ko_month), (zh_year, zh_month) = _report_date(ko), _report_date(zh)
    return compare_reports(
        ko.sentences, zh.sentences, glossary, settings, (ko_year, zh_year), (credit_of(ko), credit_of(zh)), lang_check=False, months=(ko_month, zh_month)
    )


def _report_date(document: Document) -> tuple[int | None, int | None]:
    """A report's year and month: its dated credit's (the writer's date), else its date line's year
    and the month of its date (`metadata.published`) when that date is of the same year."""
    credited = credit_date(document.metadata.source, document.lang)
    if credited is not None:
        return credited
    year, published = document_year(document.metadata.date), document.metadata.published or ""
    same_year = year is not None and re.match(rf"{year}-(\d\d)", published)
    return year, int(same_year.group(1)) if same_year else None


def compare(
    ko: Sequence[str | Sentence],
    zh: Sequence[str | Sentence],
    glossary: Glossary | None = None,
    settings: CompareSettings | None = None,
    lang_check: bool = True,
) -> pandas.DataFrame:
    """The comparison as a DataFrame with columns `align.io.COMPARE_COLUMNS`, one row per claim pair
    or lone claim (`compare_reports`)."""
    import pandas

    return pandas.DataFrame(compare_reports(ko, zh, glossary, settings, lang_check=lang_check).records(), columns=list(COMPARE_COLUMNS))

