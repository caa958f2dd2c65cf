"""Finding the counterpart article: which Korean article reports the same event as which Chinese
one, across two piles of articles.

Each article becomes a bag of language-neutral features computed from its annotated sentences:
  * figures as normalised values with their unit class (`386` cases = `386起`, `3만 2,000` =
    `3.2万`), the specific ones (three or more significant digits, or a unit) weighing most;
  * dates (`2024-06-03`, `--06-03`, `2024-06`), full dates weighing most;
  * names and terms through the Sino-Korean bridge: the words of a Korean article against the
    Hangul readings of the Chinese one (연길 = 延吉, 공안청 = 公安厅), and glossary concepts;
  * Latin tokens (APP, PTSD).
Every feature is weighted by its rarity (inverse document frequency) in the pile and in a bundled
reference collection of police news (`PairingPrior`), so that what a whole campaign or the whole
trade shares (电信诈骗, 공안기관, 派出所, the year) says little and what one event has (its figures,
its date, its place) says much, even when the pile holds only the two articles of one story. Candidates come from an inverted index over the rarer
features (never all pairs); the best few per Korean article are rescored on the evidence that
decides between same-topic reports — shared specific figures and dates, and the share of
sentences the aligner pairs — and pairs are chosen one-to-one, best first, above a threshold.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, TextIO

from align.errors import AlignError, LanguageError, expect_documents, expect_glossary, expect_positive
from align.script.chars import HAN_RUN, HANGUL_RUN
from align.script.keys import fold, korean_key
from align.terms.glossary import Glossary
from align.text.document import Document, figures, readings, term_matches
from align.text.inputs import language_name, sort_piles
from align.types import UnitClass

if TYPE_CHECKING:
    import pandas

PAIR_COLUMNS = ("ko_file", "zh_file", "score", "evidence")
PRIOR_FILE = "pairing_prior.tsv"
FEATURES_VERSION = "1"  # what `article_features` emits: change it with them, and rebuild PRIOR_FILE (scripts/build_pairing_prior.py)
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]{1,}")
_HANGUL_WORD = re.compile(r"[가-힣]{2,}")


@dataclass(frozen=True)
class PairingSettings:
    """Weights of the pairing evidence and the thresholds a pair must pass."""

    figure: float = 3.0  # a shared specific figure (three significant digits or more, or with a unit)
    small_figure: float = 0.8  # a shared figure that is not specific (5명, 10%)
    date: float = 2.5  # a shared full date
    partial_date: float = 1.0  # a shared month-day or year-month
    name: float = 1.0  # a shared word through the Hanja bridge (a place, an organisation, a name)
    term: float = 0.8  # a shared glossary concept
    latin: float = 1.5  # a shared Latin token
    candidates: int = 8  # Chinese candidates per Korean article kept for rescoring
    figures_share: float = 0.5  # rescoring: how much shared figures and dates count…
    names_share: float = 0.35  # …shared names through the Hanja bridge…
    terms_share: float = 0.15  # …and shared glossary concepts
    alignment_share: float = 0.3  # and the share of sentences the aligner pairs, beside them…
    aligned_similarity: float = 0.3  # …with at least this bridge similarity…
    aligned_background: float = 2.5  # …and this many times the pair's background (what its random sentence pairs share)…
    aligned_floor: int = 3  # …out of the article's sentences, or out of this many for a shorter one: two short sentences that happen to align are no proof
    align_above: float = 0.1  # …for candidates whose other evidence reaches this (aligning costs time)
    figures_floor: float = 30.0  # an article with less comparable evidence than this (about three specific figures)…
    names_floor: float = 15.0  # …or this in names…
    terms_floor: float = 6.0  # …or this in terms is judged against this much, so that a single shared item is no proof
    min_score: float = 0.55  # pairs scoring this are proposed…
    min_distinct: float = 0.25  # …and pairs scoring this that stand out from their articles' other candidates…
    margin: float = 0.15  # …by this much…
    paired_lead: float = 0.3  # …where a candidate whose other article is already paired, by this much more, is no competitor
    lone_rival: float = 0.3  # …and from at least this with one article a side (nothing else to compare with): what a report of another event scores against it…
    lone_pile: int = 10  # …less the more articles the other side has: none of this many scoring is the pile's own word that nothing else comes close
    distinct_names: float = 0.15  # a pair scoring below `named_above` shares at least this much of its names (two unrelated police reports share a figure by chance, not their places and bodies)
    named_above: float = 0.7  # below this score a pair shares `distinct_names` of its names however it passes (two chance figures of two unrelated pages made one score 0.56)
    exchange_gain: float = 0.0  # two pairs exchange partners when the crossed candidates score more together than this above them
    max_posting: float = 0.05  # a feature in more than this share of the Chinese articles proposes no candidates…
    min_posting: int = 12  # …(or in more than this many, in a small pile)
    probe: int = 200  # the weightiest features of a Korean article that look up candidates
    floor: float = 0.0  # no pair, nor any candidate listed for review, scores below this
    prior_documents: float = 50.0  # the reference collection's document frequencies count as this many articles of the pile (0: the pile's own alone); a pile of one story cannot tell 派出所 from 延吉 by itself

    def at_least(self, score: float) -> PairingSettings:
        """These settings proposing no pair that scores below `score` (`align pairs --min-score`):
        `score` is the threshold, a pair below it no longer passes by standing out from its rivals,
        and no candidate below it is listed for review either (above 1, none passes). One `AlignError`
        for a negative score or none (nan)."""
        if not 0.0 <= score < math.inf:
            raise AlignError(f"--min-score {score}: expected a score of 0 or more")
        return replace(self, min_score=score, min_distinct=max(self.min_distinct, score), floor=score)


@dataclass(frozen=True)
class ArticleFeatures:
    """An article's pairing features with their kinds (`figure`, `date`, …) and counts."""

    path: str
    lang: str
    features: Counter[str]
    kinds: dict[str, str] = field(default_factory=dict)


def _figure_features(document: Document) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for sentence_figures in figures(document.sentences):
        for figure in sentence_figures:
            if figure.unit_class is UnitClass.DATE and figure.date:
                date = figure.date
                kind = "date" if len(date) == 10 else "partial_date" if len(date) == 7 else ""  # not years, days or times alone
                if kind:
                    found.append((f"d:{date[-5:] if date.startswith('--') else date}", kind))
                if len(date) == 10:
                    found.append((f"d:{date[5:]}", "partial_date"))  # the same day without its year
                continue
            if figure.value != figure.value or figure.value <= 0:
                continue
            digits = re.sub(r"\D", "", f"{figure.value:.15g}").strip("0")
            specific = len(digits) >= 3 or (figure.unit_class not in (UnitClass.PLAIN, UnitClass.PERCENT) and figure.value >= 10)
            if figure.unit_class is UnitClass.PLAIN and figure.value < 10:
                continue
            found.append((f"n:{figure.value:.6g}:{'%' if figure.percent else ''}", "figure" if specific else "small_figure"))
    return found


def article_features(document: Document, glossary: Glossary | None = None) -> ArticleFeatures:
    """The pairing features of one segmented article (its sentences' shared annotation is used)."""
    features: Counter[str] = Counter()
    kinds: dict[str, str] = {}

    def add(feature: str, kind: str) -> None:
        features[feature] += 1
        kinds.setdefault(feature, kind)

    for feature, kind in _figure_features(document):
        add(feature, kind)
    text = "\n".join(s.clean for s in document.sentences)
    for token in _LATIN.findall(text):
        add(f"l:{token.lower()}", "latin")
    if document.lang == "ko":
        for word in _HANGUL_WORD.findall(fold(korean_key(text))):
            for size in (2, 3, 4):  # a word's first syllables: 연길시공안국은 gives 연길, 연길시, 연길시공
                if len(word) >= size:
                    add(f"r:{word[:size]}", "name")
    else:
        for line in readings(document.sentences):
            for run in HANGUL_RUN.findall(line):
                for size in (2, 3, 4):
                    for start in range(0, len(run) - size + 1):
                        add(f"r:{run[start : start + size]}", "name")
    for run in HAN_RUN.findall(text):  # Chinese, and the Chinese characters Korean writes in parentheses
        for start in range(len(run) - 1):
            add(f"h:{run[start : start + 2]}", "name")
    if glossary is not None:
        for matches in term_matches(document.sentences, glossary, check_morphemes=False):
            for match in matches:
                add(f"t:{match.term.ko}|{match.term.zh_hans}", "term")
    return ArticleFeatures(document.doc, document.lang, features, kinds)


@dataclass(frozen=True)
class PairCandidate:
    ko: int
    zh: int
    score: float
    evidence: str
    specific: bool = True  # the two articles share a figure, a date or a glossary concept, not only name syllables and aligned sentences
    names: float = 1.0  # the share of their names they share (`_similarity`'s `names`)


@dataclass(frozen=True)
class PairingPrior:
    """How many articles of a reference collection of police news have each pairing feature, per
    language (`documents`: the collection's articles; `frequency`: a feature's articles, for the
    features in at least `min_share` of them; the rest count as in none)."""

    documents: Mapping[str, int]
    frequency: Mapping[str, Mapping[str, int]]
    min_share: float = 0.005


def prior_from_articles(articles: Iterable[ArticleFeatures], min_share: float = 0.005) -> PairingPrior:
    """The document frequencies of a reference collection's articles (its features in at least
    `min_share` of a language's articles kept)."""
    documents: Counter[str] = Counter()
    frequency: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        documents[article.lang] += 1
        frequency[article.lang].update(article.features.keys())
    kept = {lang: {f: n for f, n in counts.items() if n >= min_share * documents[lang]} for lang, counts in frequency.items()}
    return PairingPrior(dict(documents), kept, min_share)


def write_prior(prior: PairingPrior, out: TextIO) -> None:
    """`prior` as the TSV that `read_prior` reads: comment lines with the features' version, the
    share kept and each language's articles, then `lang`, `feature`, `documents` rows."""
    out.write(f"# pairing features version {FEATURES_VERSION}; features in at least {prior.min_share} of a language's articles\n")
    for lang in sorted(prior.documents):
        out.write(f"# articles {lang} {prior.documents[lang]}\n")
    out.write("lang\tfeature\tdocuments\n")
    for lang in sorted(prior.frequency):
        for feature, count in sorted(prior.frequency[lang].items(), key=lambda item: (-item[1], item[0])):
            out.write(f"{lang}\t{feature}\t{count}\n")


def read_prior(text: str) -> PairingPrior:
    """A prior written by `write_prior`. Raises ValueError when it was built from other features
    than this version's `article_features` emits, or is not such a table."""
    documents: dict[str, int] = {}
    frequency: dict[str, dict[str, int]] = defaultdict(dict)
    lines = text.splitlines()
    header = re.match(r"# pairing features version (\S+); features in at least (\S+) ", lines[0] if lines else "")
    if header is None or header[1] != FEATURES_VERSION:
        raise ValueError(f"not a prior of pairing features version {FEATURES_VERSION} (rebuild it with scripts/build_pairing_prior.py)")
    for number, line in enumerate(lines[1:], 2):
        if line.startswith("# articles "):
            _, _, lang, count = line.split(" ")
            documents[lang] = int(count)
        elif line and not line.startswith(("#", "lang\t")):
            cells = line.split("\t")
            if len(cells) != 3 or not cells[2].isdigit():
                raise ValueError(f"line {number}: not a `lang`, `feature`, `documents` row")
            frequency[cells[0]][cells[1]] = int(cells[2])
    return PairingPrior(documents, {lang: frequency.get(lang, {}) for lang in set(documents) | set(frequency)}, float(header[2]))


@cache
def bundled_prior() -> PairingPrior:
    """The prior shipped in `align/data` (built from the developed split of tests/data/pages)."""
    from align.data import data_file

    return read_prior(data_file(PRIOR_FILE).read_text(encoding="utf-8"))


def _prior(prior: PairingPrior | None, settings: PairingSettings) -> PairingPrior | None:
    """The prior to weigh by: the one given, else the bundled one, unless the settings weigh none."""
    if settings.prior_documents <= 0:
        return None
    return prior if prior is not None else bundled_prior()


def _idf(articles: Sequence[ArticleFeatures], lang: str, prior: PairingPrior | None, settings: PairingSettings) -> dict[str, float]:
    """Each feature's inverse document frequency in the pile, with the prior's articles counting as
    `prior_documents` more articles of it."""
    frequency: Counter[str] = Counter()
    for article in articles:
        frequency.update(article.features.keys())
    total = len(articles)
    if prior is None or not prior.documents.get(lang) or settings.prior_documents <= 0:
        return {feature: math.log((total + 1) / (count + 0.5)) for feature, count in frequency.items()}
    scale, known = settings.prior_documents / prior.documents[lang], prior.frequency.get(lang, {})
    size = total + settings.prior_documents + 1
    return {feature: math.log(size / (count + scale * known.get(feature, 0) + 0.5)) for feature, count in frequency.items()}


def _pile_idf(
    korean: Sequence[ArticleFeatures], chinese: Sequence[ArticleFeatures], prior: PairingPrior | None, settings: PairingSettings
) -> tuple[dict[str, float], dict[str, float]]:
    """Both sides' inverse document frequencies, weighed with `prior` (`bundled_prior()` when not given)."""
    prior = _prior(prior, settings)
    return _idf(korean, "ko", prior, settings), _idf(chinese, "zh", prior, settings)


def _weight(kind: str, settings: PairingSettings) -> float:
    return float(getattr(settings, kind))


def score_candidates(
    korean: Sequence[ArticleFeatures],
    chinese: Sequence[ArticleFeatures],
    settings: PairingSettings | None = None,
    idf: tuple[dict[str, float], dict[str, float]] | None = None,
    prior: PairingPrior | None = None,
) -> list[list[tuple[float, int, dict[str, float]]]]:
    """For each Korean article, its best Chinese candidates: (score, index, evidence by kind).

    Only features both sides have count, each weighing its kind's weight times the smaller of its
    two inverse document frequencies. Candidates come from an inverted index: each Korean article
    looks up its `probe` weightiest features, and a feature found in more than `max_posting` of
    the Chinese articles proposes none (the cost stays linear in the pile, never all pairs).
    `idf` gives both sides' inverse document frequencies when already computed, else they come
    from the pile and `prior` (`bundled_prior()` when not given)."""
    settings = settings or PairingSettings()
    ko_idf, zh_idf = idf or _pile_idf(korean, chinese, prior, settings)
    limit = max(settings.min_posting, int(settings.max_posting * len(chinese)))
    postings: dict[str, list[int]] = defaultdict(list)
    for index, article in enumerate(chinese):
        for feature in article.features:
            postings[feature].append(index)
    results = []
    for article in korean:
        weighted = []
        for feature in article.features:
            posting = postings.get(feature)
            if posting is None or len(posting) > limit:
                continue
            weighted.append((_weight(article.kinds[feature], settings) * min(ko_idf[feature], zh_idf[feature]), feature))
        scores: dict[int, float] = defaultdict(float)
        evidence: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for weight, feature in sorted(weighted, reverse=True)[: settings.probe]:
            kind = article.kinds[feature]
            for index in postings[feature]:
                scores[index] += weight
                evidence[index][kind] += weight
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[: settings.candidates]
        results.append([(score, index, dict(evidence[index])) for index, score in ranked])
    return results


_GROUPS = {"figure": "figures", "small_figure": "figures", "date": "figures", "partial_date": "figures", "name": "names", "latin": "names", "term": "terms"}


def pair_documents(
    ko_docs: Sequence[Document],
    zh_docs: Sequence[Document],
    glossary: Glossary | None = None,
    settings: PairingSettings | None = None,
    candidates: int | None = None,
    prior: PairingPrior | None = None,
    lang_check: bool = True,
) -> pandas.DataFrame:
    """Korean and Chinese articles that report the same event, one-to-one, best first, as a
    DataFrame with columns `PAIR_COLUMNS` (`evidence` names what decided: figures, dates, names,
    terms, aligned sentences). With `candidates`, the best `candidates` Chinese articles of every
    Korean one instead (for review), not one-to-one. `prior`: the reference document frequencies
    (`bundled_prior()` when not given). An article written in the other side's language (a Chinese
    article read as Korean, the piles swapped) is a LanguageError (a ValueError) naming it, unless
    `lang_check` is off (`align pairs` leaves such an article out instead)."""
    import pandas

    expect_documents(ko_docs, "ko_docs"), expect_documents(zh_docs, "zh_docs")
    expect_glossary(glossary)
    expect_positive(candidates, "candidates", "one-to-one pairs")
    if lang_check:
        left_out = sort_piles(ko_docs, zh_docs, "ko_docs", "zh_docs").left_out
        if left_out:
            doc, written = left_out[0]
            side = "zh" if written == "ko" else "ko"
            more = f" (and {len(left_out) - 1} more)" if len(left_out) > 1 else ""
            raise LanguageError(
                f"given among the {language_name(side)} articles ({side}_docs), but it is written in {language_name(written)}{more}: "
                "give each article on its language's side, or pass lang_check=False",
                doc,
            )
    return pandas.DataFrame(pair_records(ko_docs, zh_docs, glossary, settings, candidates, prior=prior), columns=list(PAIR_COLUMNS))


def pair_records(
    ko_docs: Sequence[Document],
    zh_docs: Sequence[Document],
    glossary: Glossary | None = None,
    settings: PairingSettings | None = None,
    candidates: int | None = None,
    progress: Callable[[Iterable[int], int], Iterable[int]] | None = None,
    prior: PairingPrior | None = None,
) -> list[dict[str, object]]:
    """`pair_documents` as plain records (one dict per pair, keys `PAIR_COLUMNS`), for writing
    without pandas. `progress`, when given, wraps the Korean articles' indices as their candidates are
    rescored (the slow part: their sentences are aligned), with their count."""
    settings = settings or PairingSettings()
    if candidates and candidates > settings.candidates:  # the best K of each for review: K rescored, not the settings' fewer
        settings = replace(settings, candidates=candidates)
    prior = _prior(prior, settings)
    korean = [article_features(d, glossary) for d in ko_docs]
    chinese = [article_features(d, glossary) for d in zh_docs]
    ko_idf, zh_idf = _pile_idf(korean, chinese, prior, settings)
    ranked = score_candidates(korean, chinese, settings, (ko_idf, zh_idf))
    comparable = _comparable(ko_idf, zh_idf, prior)
    rescored: list[PairCandidate] = []
    sentence_features = _SentenceFeatures(ko_docs, zh_docs, glossary, ranked)
    indices: Iterable[int] = range(len(ranked)) if progress is None else progress(range(len(ranked)), len(ranked))
    for ko_index in indices:
        for _, zh_index, _ in ranked[ko_index]:
            similarity = _similarity(korean[ko_index], chinese[zh_index], ko_idf, zh_idf, comparable, settings)
            aligned = (
                _aligned_share(ko_docs[ko_index], zh_docs[zh_index], glossary, settings, sentence_features.pair(ko_index, zh_index))
                if similarity["total"] >= settings.align_above
                else 0.0
            )
            sentence_features.release(zh_index)
            score = (1 - settings.alignment_share) * similarity["total"] + settings.alignment_share * aligned
            specific = similarity["figures"] > 0 or similarity["terms"] > 0
            rescored.append(PairCandidate(ko_index, zh_index, round(score, 4), _describe(similarity, aligned), specific, similarity["names"]))
    if candidates:
        rows = []
        per_ko: Counter[int] = Counter()
        for candidate in sorted(rescored, key=lambda c: (c.ko, -c.score, c.zh)):
            if per_ko[candidate.ko] < candidates and candidate.score >= settings.floor:
                per_ko[candidate.ko] += 1
                rows.append(candidate)
    else:
        rows = _one_to_one(rescored, settings, (len(ko_docs), len(zh_docs)))
    return [{"ko_file": ko_docs[c.ko].doc, "zh_file": zh_docs[c.zh].doc, "score": c.score, "evidence": c.evidence} for c in rows]


def without_copies(documents: Sequence[Document]) -> tuple[list[Document], list[tuple[str, str]]]:
    """The documents with each article once, and each one left out with the one before it that it
    repeats (its file, that file): the same text (whatever ends its lines), or the same sentences once
    cleaned, when cleaning kept any (the article saved as a page and as its text, or in a page that
    prints its body twice). Pairing reads an article's sentences: two copies would score alike against
    every counterpart, one taking the other's, and an article paired twice has its claims counted twice
    in a corpus run's totals."""
    by_text: dict[str, str] = {}
    by_sentences: dict[tuple[str, ...], str] = {}
    kept: list[Document] = []
    copies: list[tuple[str, str]] = []
    for document in documents:
        text = "\n".join(document.text.splitlines())  # (the same lines, whatever ends them: a copy saved on Windows)
        sentences = tuple(sentence.clean for sentence in document.sentences)
        original = by_text.get(text)
        if original is None and sentences:
            original = by_sentences.get(sentences)
        if original is None:
            by_text[text] = document.doc
            if sentences:
                by_sentences.setdefault(sentences, document.doc)
            kept.append(document)
        else:
            copies.append((document.doc, original))
    return kept, copies


def pairing_summary(records: Sequence[dict[str, object]], korean: int, chinese: int, candidates: int | None = None) -> str:
    """One line saying what pairing found: the pairs among how many articles, and how many of each
    side have no counterpart (with `candidates`, the candidate rows for review instead)."""
    if candidates:
        return f"{len(records)} candidate rows (up to {candidates} per Korean article) for {korean} Korean and {chinese} Chinese articles"
    alone_ko, alone_zh = korean - len(records), chinese - len(records)
    return f"{len(records)} pair{'s' if len(records) != 1 else ''} from {korean} Korean and {chinese} Chinese articles; {alone_ko} Korean and {alone_zh} Chinese without a counterpart"


def _comparable(ko_idf: Mapping[str, float], zh_idf: Mapping[str, float], prior: PairingPrior | None) -> set[str]:
    """The features an article's counterpart could share with it at all: those of one side that the
    other side's pile has, or the other language's reference articles (in a pile of two articles
    the pile alone would call comparable only what the two share)."""
    comparable = set(ko_idf) & set(zh_idf)
    if prior is not None:
        comparable |= set(ko_idf).intersection(prior.frequency.get("zh", {})) | set(zh_idf).intersection(prior.frequency.get("ko", {}))
    return comparable


def _similarity(
    ko: ArticleFeatures, zh: ArticleFeatures, ko_idf: dict[str, float], zh_idf: dict[str, float], comparable: set[str], settings: PairingSettings
) -> dict[str, float]:
    """How much of each article's comparable evidence the other shares, per group (figures and
    dates, names, terms): shared weight over the smaller article's own weight, so a condensed
    report that keeps its figures still scores high. `total` weighs the groups."""
    own_ko: dict[str, float] = defaultdict(float)
    own_zh: dict[str, float] = defaultdict(float)
    shared: dict[str, float] = defaultdict(float)
    for feature in ko.features:
        if feature in comparable:
            own_ko[_GROUPS[ko.kinds[feature]]] += _weight(ko.kinds[feature], settings) * ko_idf[feature]
    for feature in zh.features:
        if feature in comparable:
            weight = _weight(zh.kinds[feature], settings) * zh_idf[feature]
            own_zh[_GROUPS[zh.kinds[feature]]] += weight
            if feature in ko.features:
                shared[_GROUPS[zh.kinds[feature]]] += weight
    result = {group: shared[group] / max(min(own_ko[group], own_zh[group]), getattr(settings, f"{group}_floor")) for group in ("figures", "names", "terms")}
    result = {group: min(1.0, value) for group, value in result.items()}
    result["total"] = sum(getattr(settings, f"{group}_share") * value for group, value in result.items())
    return result


class _SentenceFeatures:
    """Each article's sentence bridge features, read once however many candidates it is aligned
    with (a Korean article meets up to `candidates` Chinese ones, and a Chinese one as many Korean):
    the current Korean article's are kept while its candidates are aligned, a Chinese article's until
    its last candidate pair has been rescored (`release`), so a pile's features are never all held."""

    def __init__(
        self, ko_docs: Sequence[Document], zh_docs: Sequence[Document], glossary: Glossary | None, ranked: Sequence[Sequence[tuple[float, int, object]]]
    ) -> None:
        self.ko_docs, self.zh_docs, self.glossary = ko_docs, zh_docs, glossary
        self.korean: tuple[int, list[Counter[str]]] | None = None
        self.chinese: dict[int, list[Counter[str]]] = {}
        self.remaining = Counter(zh_index for options in ranked for _, zh_index, _ in options)

    def pair(self, ko_index: int, zh_index: int) -> tuple[list[Counter[str]], list[Counter[str]]]:
        from align.alignment.features import document_features

        if self.korean is None or self.korean[0] != ko_index:
            self.korean = ko_index, document_features(self.ko_docs[ko_index].sentences, "ko", self.glossary)
        if zh_index not in self.chinese:
            self.chinese[zh_index] = document_features(self.zh_docs[zh_index].sentences, "zh", self.glossary)
        return self.korean[1], self.chinese[zh_index]

    def release(self, zh_index: int) -> None:
        """One candidate pair of the Chinese article rescored: its features go after the last."""
        self.remaining[zh_index] -= 1
        if self.remaining[zh_index] <= 0:
            self.chinese.pop(zh_index, None)


def _aligned_share(
    ko: Document, zh: Document, glossary: Glossary | None, settings: PairingSettings, features: tuple[list[Counter[str]], list[Counter[str]]] | None = None
) -> float:
    """The share of the shorter article's sentences that the aligner pairs with real similarity: at
    least `aligned_similarity`, and `aligned_background` times what random sentence pairs of the two
    articles share (two police reports of different events share their trade's words, and the
    aligner, asked to pair every sentence it can, pairs theirs at about twice that)."""
    from align.alignment.search import EVERY_PAIRING, aligned_with_background

    if not ko.sentences or not zh.sentences:
        return 0.0
    beads, background = aligned_with_background(ko.sentences, zh.sentences, glossary, EVERY_PAIRING, features=features)
    similar = max(settings.aligned_similarity, settings.aligned_background * background)
    paired_ko = sum(len(b.ko) for b in beads if b.ko and b.zh and b.score >= similar)
    paired_zh = sum(len(b.zh) for b in beads if b.ko and b.zh and b.score >= similar)
    floor = settings.aligned_floor
    return min(1.0, max(paired_ko / max(len(ko.sentences), floor), paired_zh / max(len(zh.sentences), floor)))


def _describe(similarity: dict[str, float], aligned: float) -> str:
    parts = [f"{group} {value:.2f}" for group, value in similarity.items() if group != "total"]
    return ", ".join(parts + [f"aligned sentences {aligned:.2f}"])


def _one_to_one(candidates: Sequence[PairCandidate], settings: PairingSettings, piles: tuple[int, int] = (1, 1)) -> list[PairCandidate]:
    """Pairs best first, each article at most once. A pair is proposed when it scores `min_score`,
    or when it scores `min_distinct` and stands out by `margin` from every other candidate of its
    two articles (a translation of general news shares fewer figures and names than a police
    report, but nothing else comes close to it) and shares a figure, a date or a glossary concept.
    Either way a pair scoring below `named_above` shares `distinct_names` of its names: two unrelated
    police reports may share a figure or two by chance and stand out in a pile, never the places and
    bodies of the story. A candidate whose other article is already
    paired, by `paired_lead` more than the candidate scores, is no competitor: that article found
    its own counterpart (a report of the same programme in another year, of another court case).
    """
    rivals: dict[tuple[str, int], list[tuple[float, int]]] = defaultdict(list)  # each article's candidates: (score, the other article)
    for candidate in candidates:
        rivals[("ko", candidate.ko)].append((candidate.score, candidate.zh))
        rivals[("zh", candidate.zh)].append((candidate.score, candidate.ko))

    taken_ko: dict[int, float] = {}  # paired articles, with the score of their pair
    taken_zh: dict[int, float] = {}

    # what police news at large would bring against an article of each side, as far as the pile cannot tell (`_lone_rival`)
    floors = {"ko": _lone_rival(piles[1], settings), "zh": _lone_rival(piles[0], settings)}

    def runner_up(side: str, index: int, partner: int) -> float:
        taken = taken_zh if side == "ko" else taken_ko
        return max([floors[side]] + [score for score, other in rivals[(side, index)] if other != partner and taken.get(other, -1.0) < score + settings.paired_lead])

    chosen = []
    for candidate in sorted(candidates, key=lambda c: (-c.score, c.ko, c.zh)):
        if candidate.ko in taken_ko or candidate.zh in taken_zh:
            continue
        margin = candidate.score - max(runner_up("ko", candidate.ko, candidate.zh), runner_up("zh", candidate.zh, candidate.ko))
        if candidate.score < settings.min_score and (candidate.score < settings.min_distinct or margin < settings.margin or not candidate.specific):
            continue
        if candidate.score < settings.named_above and candidate.names < settings.distinct_names:
            continue
        taken_ko[candidate.ko] = taken_zh[candidate.zh] = candidate.score
        chosen.append(candidate)
    return _exchanged(chosen, candidates, settings)


def _lone_rival(articles: int, settings: PairingSettings) -> float:
    """What a pair must stand out from whatever its articles' other candidates, among `articles` of
    the other language: `lone_rival` with one (nothing else to compare with), down to nothing with
    `lone_pile` or more (the pile has had its say: nothing else shares enough to be a candidate). A
    floor under the best rival, so that no rival is never worse than a weak one (in the docpairs pile
    of 41, z045 with no rival was held to 0.3, with a rival of 0.06 to 0.16)."""
    return settings.lone_rival * max(0.0, 1.0 - (articles - 1) / max(1, settings.lone_pile - 1))


def _exchanged(chosen: list[PairCandidate], candidates: Sequence[PairCandidate], settings: PairingSettings) -> list[PairCandidate]:
    """`chosen` with two pairs exchanging partners wherever the two crossed candidates score more
    together than the two pairs did (by `exchange_gain`), each of them `min_score` (a pair proposed
    on its score alone; one that would need to stand out from its rivals is no exchange): taken
    best first, a copy of a story that adds one sentence to it scores a little higher against the
    plain copy on the other side than against its own twin (which adds that sentence too), and
    took that partner from the plain copy; together the twins score more."""
    score = {(c.ko, c.zh): c for c in candidates}
    options: dict[int, list[int]] = defaultdict(list)  # each Korean article's candidate Chinese ones
    for ko, zh in sorted(score):
        options[ko].append(zh)
    by_ko = {c.ko: c for c in chosen}
    by_zh = {c.zh: c for c in chosen}
    changed = True
    while changed:
        changed = False
        for first in sorted(by_ko.values(), key=lambda c: (c.ko, c.zh)):
            if by_ko.get(first.ko) is not first:
                continue
            for other_zh in [zh for zh in options[first.ko] if zh != first.zh and zh in by_zh]:
                second = by_zh[other_zh]
                left, right = score.get((first.ko, second.zh)), score.get((second.ko, first.zh))
                if left is None or right is None or min(left.score, right.score) < settings.min_score:
                    continue
                if left.score + right.score > first.score + second.score + settings.exchange_gain:
                    for old in (first, second):
                        del by_ko[old.ko], by_zh[old.zh]
                    for new in (left, right):
                        by_ko[new.ko] = by_zh[new.zh] = new
                    changed = True
                    break
    return sorted(by_ko.values(), key=lambda c: (-c.score, c.ko, c.zh))
