"""Proposing glossary entries from Korean/Chinese document pairs, with the evidence for each.

Eight signals, combined per candidate pair (one minus the product of one minus each signal's best
strength, plus a little for every further sighting):
  * parenthetical: glosses in the text itself (`glosses`): 교통순라소(交巡所), 警务室（경무실）, and the
    same Latin abbreviation on both sides of a sentence pair;
  * quoted: names quoted on both sides of a sentence pair, in order (`glosses.quoted_pairs`):
    ‘여우사냥행동’ ~ “猎狐行动”;
  * hanja: the Sino-Korean bridge (`sino`): exact readings and their parts, contractions (교통경찰 ~
    交警, read 交通警察), then calques read in part, within aligned sentences, in unaligned Chinese
    sentences nearby and anywhere in the Chinese document, in falling strength;
  * aligned: a noun next to a reading inside a noun phrase and the Chinese noun on the same side of
    its counterpart (`sino.neighbour_pairs`); as a flag, any pair seen in aligned sentences;
  * cooccurrence: Dice over aligned sentence pairs (`cooccurrence`), for terms that are not readings;
  * residual: what remains of two or more compounds seen in aligned sentences once an end of each
    is read exactly (`sino.residual_pairs`): 사기범죄 ~ 诈骗犯罪 and 전신사기 ~ 电信诈骗 give 사기 ~ 诈骗;
  * composed: a compound of an aligned sentence whose two parts are already paired and whose
    Chinese shows the parts' Chinese in order (`compose`): 인터넷 ~ 网络 and 사기 ~ 诈骗 give
    인터넷사기 ~ 网络诈骗;
  * lexicon: a rendering learned beforehand from other aligned text (`terms.lexicon`: IBM Model 1
    over NTREX-128 and the developed real police-news pairs), for a word and an n-gram of an aligned
    sentence pair that nothing else pairs: 체포 ~ 抓获, 국경 ~ 边境.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from align.alignment.search import EVERY_PAIRING, Bead, align_sentences
from align.errors import expect_glossary, expect_pair, expect_pairs
from align.script.keys import to_simplified
from align.terms.glossary import Glossary
from align.terms.induce.compose import composed_pairs
from align.terms.induce.cooccurrence import BeadWords, associations
from align.terms.induce.glosses import abbreviation_pairs, chinese_parenthetical_pairs, glossed_pairs, parenthetical_pairs, quoted_pairs
from align.terms.induce.sino import (
    compound_parts,
    contraction_matches,
    hanja_matches,
    level_institution_matches,
    neighbour_pairs,
    phrase_matches,
    residual_pairs,
    truncated_reading,
)
from align.terms.induce.termhood import count_occurrences, termhood
from align.terms.lexicon import bead_lexicon_pairs, korean_words, strong_pairs
from align.terms.words import bounds_a_term, chinese_grams, korean_stem, korean_units, reading_key, stopwords, term_key
from align.text.document import Sentence, as_sentences

__all__ = ["EVIDENCE", "Candidate", "InductionSettings", "induce_from_memory", "induce_terms", "korean_stem", "parenthetical_pairs", "rank", "ranking_key"]

EVIDENCE = ("parenthetical", "quoted", "hanja", "cooccurrence", "residual", "composed", "lexicon", "aligned")


@dataclass(frozen=True)
class Candidate:
    """A proposed Korean↔Chinese term pair, with why it was proposed and where it was seen."""

    ko: str
    zh: str
    score: float
    evidence: tuple[str, ...]
    count: int
    example_ko: str
    example_zh: str
    known: bool = False
    termhood: float = 0.0  # log10 of how much more often the Chinese side occurs here than in general Chinese


@dataclass
class _Tally:
    evidence: Counter[str] = field(default_factory=Counter)
    example_ko: str = ""
    example_zh: str = ""
    signals: dict[str, float] = field(default_factory=dict)  # best strength per signal, combined at the end
    aligned: bool = False  # seen in a Korean sentence and the Chinese aligned with it

    @property
    def combined(self) -> float:
        """The signals' best strengths combined: one minus the product of one minus each."""
        return 1.0 - math.prod(1.0 - s for s in self.signals.values())

    def add(self, signal: str, strength: float, example_ko: str, example_zh: str, aligned: bool = True) -> None:
        """Count one sighting; the examples quote the first aligned sighting, else the first one."""
        self.evidence[signal] += 1
        self.signals[signal] = max(self.signals.get(signal, 0.0), strength)
        if not (self.example_ko or self.example_zh) or (aligned and not self.aligned):
            self.example_ko, self.example_zh = example_ko, example_zh
        self.aligned |= aligned


@dataclass(frozen=True)
class InductionSettings:
    """How the signals' strengths combine into a candidate's score."""

    parenthetical: float = 0.9  # strength of a gloss in the text itself
    explained_hanja: float = 0.45  # a reading at least this strong explains its words away from co-occurrence…
    explaining_sightings: int = 2  # …when seen this often (a chance reading, 사기 = 查其 once, vetoes nothing)
    cooccurrence_often: float = 0.5  # Dice weight when the pair is seen together 3 times or more…
    cooccurrence_rare: float = 0.35  # …and when fewer
    often: int = 3
    per_sighting: float = 0.05  # bonus per further sighting…
    max_sightings: int = 4  # …counted up to this many
    ceiling: float = 0.999
    abbreviation: float = 0.45  # the same Latin abbreviation on both sides of a bead
    quoted: float = 0.45  # the one name quoted on each side of a bead (‘여우사냥행동’ ~ “猎狐行动”)…
    quoted_in_list: float = 0.3  # …names from lists quoted on both sides, paired in order…
    quoted_words: int = 5  # …a quotation of at most this many words…
    quoted_korean_chars: int = 30  # …and characters (Korean)…
    quoted_chinese_chars: int = 16  # …(Chinese); longer ones are speech
    exact_reading: float = 0.45  # a Korean word that is the Hangul reading of a Chinese n-gram in its bead…
    part_reading: float = 0.3  # …a part of such a compound (as strong as a whole word when it stands alone)
    per_character: float = 0.1  # longer readings are less likely to be chance: this much more per character…
    max_extra_characters: int = 3  # …for up to this many characters beyond the first
    contraction: float = 0.35  # a Korean word read as a Chinese word whose contraction is in its bead (교통경찰 ~ 交警, read 交通警察)
    neighbour: float = 0.3  # a noun next to a reading and the Chinese noun on the same side
    phrase_base: float = 0.2  # a calque read in part: base strength…
    phrase_dice: float = 0.3  # …plus this times the Dice of the syllables read in order
    nearby: float = 0.8  # evidence from unaligned Chinese sentences nearby counts this much
    document_reading: float = 0.3  # a whole word read anywhere in the Chinese document
    cooccurrence_minimum: int = 2  # shared sentence pairs a co-occurrence needs
    cooccurrence_dice: float = 0.6  # and its Dice at least
    cooccurrence_chance: float = 0.01  # a co-occurrence more likely than this by chance (see `chance_of_sharing`)…
    cooccurrence_by_chance: float = 0.25  # …weighs this much of its Dice weight: ranked low, still proposed (real news developed P@20 0.802 -> 0.850, recall kept)
    residual: float = 0.35  # what remains of compounds seen in aligned sentences once a read end is explained (사기 of 사기범죄 ~ 诈骗犯罪)…
    residual_parents: int = 2  # …read from at least this many different compounds…
    residual_parents_alone: int = 1  # …or this many when neither side has another residual partner (초래 left beside 情况, 死亡 and 风险 is no rendering)
    listed_part: int = 3  # a part of a reading compound this long is a word when jieba's dictionary lists it at all (shorter rare entries are debris: 能成)
    composed: float = 0.5  # a compound whose two parts are paired and whose Chinese shows them in order: this times the weaker part's score…
    composed_parts: int = 3  # …each part's this many best renderings tried…
    composed_part_score: float = 0.3  # …of those scoring at least this…
    composed_shortest_part: int = 2  # …each part at least this many syllables
    lexicon: float = 0.6  # a pair the bundled lexicon (`terms/lexicon.py`) knows, seen in a bead and proposed by nothing else: this times its strength…
    lexicon_minimum: float = 0.3  # …when that strength is at least this (as for alignment; weaker pairs are mostly one report's accidents)…
    lexicon_compound: float = 0.8  # …and this much of it when the Korean word is found at an end of a compound written solid (사기 of 전화금융사기)
    termhood_weight: float = 0.2  # ranking: this much taken from the score per unit of termhood…
    termhood_neutral: float = 1.0  # …below this (a word used 10× as often as in general Chinese: 经济, 企业, 社会)…
    termhood_span: float = 1.5  # …counted up to this far below (never added above it: a string rare in general Chinese is as often debris as a term)


def induce_terms(
    pairs: Iterable[tuple[Sequence[str | Sentence], Sequence[str | Sentence]]],
    glossary: Glossary | None = None,
    beads: Sequence[Sequence[Bead]] | None = None,
    new_only: bool = False,
    settings: InductionSettings | None = None,
) -> list[Candidate]:
    """Candidate term pairs from (Korean sentences, Chinese sentences) document pairs, best first;
    `pairs` may be a generator, so that a large corpus is read one pair at a time.

    `glossary` marks known pairs (`new_only` leaves them out); the sentences are aligned without
    it, so that induction does not lean on what it should rediscover. `beads` may give the
    alignments when already computed.
    """
    expect_pairs(pairs), expect_glossary(glossary)
    settings = settings or InductionSettings()
    tallies: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
    bead_units: list[BeadWords] = []
    chinese_texts: list[str] = []
    korean_keys: list[str] = []  # each document's Korean sentences by their keys (spaces out), for telling a word cut short
    standalone_words: set[str] = set()  # Korean words used alone anywhere in the corpus
    looked_up: dict[tuple[str, str], _Tally] = defaultdict(_Tally)  # the lexicon's pairs, kept apart until every other signal is in
    table = strong_pairs(settings.lexicon_minimum) if settings.lexicon > 0 else {}
    for number, pair in enumerate(pairs):
        ko_sentences, zh_sentences = expect_pair(pair, f"pairs[{number}]")
        annotated_ko = as_sentences(ko_sentences, "ko", param=f"pairs[{number}][0]")
        annotated_zh = as_sentences(zh_sentences, "zh", param=f"pairs[{number}][1]")
        ko = [s.clean for s in annotated_ko]
        zh = [s.clean for s in annotated_zh]
        chinese_texts.append("\n".join(zh))
        korean_keys.append("\n".join(term_key(sentence) for sentence in ko))
        simplified_text = to_simplified(chinese_texts[-1])
        for sentence in ko:
            for korean, chinese, whole in glossed_pairs(sentence, simplified_text):
                tallies[(korean, to_simplified(chinese))].add("parenthetical", settings.parenthetical, sentence, "", aligned=False)  # (무한(武漢) is 무한 ~ 武汉, as every pair's Chinese is)
                if whole is not None:
                    tallies[whole].add("parenthetical", settings.parenthetical, sentence, "", aligned=False)  # (판저우(盤州)시 is 판저우시 ~ 盘州市 too)
        for sentence in zh:
            for korean, chinese in chinese_parenthetical_pairs(sentence):
                tallies[(korean, to_simplified(chinese))].add("parenthetical", settings.parenthetical, "", sentence, aligned=False)
        alignment = list(beads[number] if beads is not None else align_sentences(annotated_ko, annotated_zh, settings=EVERY_PAIRING))
        document = _ChineseDocument(zh)
        standalone = {word for sentence in ko for word in korean_words(sentence)}
        standalone_words |= standalone
        for position, bead in enumerate(alignment):
            if bead.ko:
                korean = " ".join(ko[i] for i in bead.ko)
                chinese = "".join(zh[j] for j in bead.zh)
                nearby = [zh[j] for j in _nearby_unaligned(alignment, position)]
                units = korean_units(korean)
                grams = document.grams_of(bead.zh)
                _add_bead_evidence(tallies, korean, chinese, nearby, units, grams, document, standalone, settings)
                if bead.zh:
                    words = {g for variants in grams.values() for g in variants if len(g) <= 4 and g not in stopwords()}
                    bead_units.append(BeadWords(set(units), words, korean, chinese, number))
                    for ko_word, zh_word, strength in bead_lexicon_pairs(units, grams, table, settings.lexicon_compound):
                        looked_up[(ko_word, zh_word)].add("lexicon", settings.lexicon * strength, korean, chinese)
    explained = [pair for pair, tally in tallies.items() if (tally.signals.get("hanja", 0.0) >= settings.explained_hanja and tally.evidence["hanja"] >= settings.explaining_sightings) or "parenthetical" in tally.signals]
    minimum = (settings.cooccurrence_minimum, settings.cooccurrence_dice, settings.often)
    for found in associations(bead_units, {ko for ko, _ in explained}, {zh for _, zh in explained}, *minimum):
        tally = tallies[(found.ko, found.zh)]
        weight = settings.cooccurrence_often if found.together >= settings.often else settings.cooccurrence_rare
        if found.chance > settings.cooccurrence_chance:  # a short pair of reports, whose topic words fill every sentence (미얀마 ~ 诈骗犯罪)
            weight *= settings.cooccurrence_by_chance
        tally.add("cooccurrence", found.dice * weight, found.example_ko, found.example_zh)
        tally.evidence["cooccurrence"] = found.together
    seen_aligned = sorted(pair for pair, tally in tallies.items() if tally.aligned)
    residuals = residual_pairs(seen_aligned, standalone_words)
    ko_partners, zh_partners = Counter(ko for ko, _ in residuals), Counter(zh for _, zh in residuals)
    for pair, parents in residuals.items():
        alone = ko_partners[pair[0]] == zh_partners[pair[1]] == 1
        needed = settings.residual_parents_alone if alone else settings.residual_parents
        if len(parents) >= needed and pair not in tallies:
            parent = tallies[min(parents)]  # quoted where one of its compounds (the first in order) was seen
            tallies[pair].add("residual", settings.residual, parent.example_ko, parent.example_zh, aligned=False)
            tallies[pair].evidence["residual"] = len(parents)
    renderings = _renderings(tallies, settings.composed_parts, settings.composed_part_score)
    for composed in composed_pairs(bead_units, renderings, settings.composed_shortest_part):
        if (composed.ko, composed.zh) not in tallies:
            tallies[(composed.ko, composed.zh)].add("composed", settings.composed * composed.strength, composed.example_ko, composed.example_zh)
    # a rendering learned from other text (순찰/巡逻) where nothing in these documents proposes the pair; it
    # adds nothing to pairs other signals support, as most of what it knows is general vocabulary
    for pair, tally in looked_up.items():
        if pair not in tallies:
            tallies[pair] = tally
    known = _known_pairs(glossary) if glossary is not None else set()
    occurrences = count_occurrences((zh for _, zh in tallies), chinese_texts)
    characters = sum(len(text) for text in chinese_texts)
    candidates = []
    for (ko_term, zh_term), tally in tallies.items():
        score = min(settings.ceiling, tally.combined + settings.per_sighting * min(settings.max_sightings, sum(tally.evidence.values()) - 1))
        evidence = tuple(e for e in EVIDENCE if e in tally.evidence or (e == "aligned" and tally.aligned))
        candidates.append(
            Candidate(
                ko_term,
                zh_term,
                round(score, 3),
                evidence,
                sum(tally.evidence.values()),
                tally.example_ko,
                tally.example_zh,
                _is_known(ko_term, zh_term, known),
                termhood(zh_term, occurrences.get(zh_term, 0), characters),
            )
        )
    candidates = _without_phrases(_without_inflected_copies(candidates, known))
    candidates = _without_truncated_readings(candidates, [to_simplified(text) for text in chinese_texts])
    candidates = _without_cut_korean(candidates, korean_keys)
    if new_only:
        candidates = [c for c in candidates if not c.known]
    return sorted(candidates, key=lambda c: ranking_key(c, settings))


_FUSED_ENDINGS = frozenset("한할해된될")  # 하다/되다 with ㄴ, ㄹ or 어 fused into the last syllable


def _without_inflected_copies(candidates: list[Candidate], known: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset()) -> list[Candidate]:
    """Candidates whose Korean is a stem with a 하다/되다 ending fused into one more syllable, given as
    the stem: left out when the stem is another candidate's Korean for the same Chinese (강화할 ~
    强化 beside 강화 ~ 强化, 실종된 ~ 失踪 beside 실종 ~ 失踪), renamed to the stem when the Chinese reads
    the stem in full and that syllable not at all (자수한 ~ 自首 is 자수 ~ 自首; `known`, the glossary's
    (Korean key, Chinese) pairs, says anew whether the stem's pair is known). The stemmer cannot
    strip 할, 된 or 해 without cutting nouns that end so (권한, 역할, 피해); a stem the same pair shows on
    its own, or one the Chinese reads exactly, tells the verb form apart."""
    pairs = {(c.ko, c.zh) for c in candidates}
    kept: list[Candidate] = []
    for c in candidates:
        if len(c.ko) >= 3 and c.ko[-1] in _FUSED_ENDINGS and " " not in c.ko[-2:]:
            stem = c.ko[:-1]
            if (stem, c.zh) in pairs:
                continue
            if reading_key(c.zh) == term_key(stem):
                c = replace(c, ko=stem, known=_is_known(stem, c.zh, known))
                pairs.add((stem, c.zh))
        kept.append(c)
    return kept


_MODIFIER_ENDING = re.compile(r"(?:적인|적으로|하는|되는)$")  # 집중적인 "intensive", 전면적으로 "fully", 진행하는 "conducting"


def _without_phrases(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates whose Korean is a phrase rather than a term left out: a word before the last
    carries a particle (전국의 공안 기관, "the country's public-security organs", whose term is 공안
    기관; 작전중심과 반사기중심, "the operations centre and the anti-fraud centre"), or the last word
    is a modifier or adverb form (집중적인, 전면적으로). A word the Chinese reads whole is no word
    with a particle, whatever its last syllable (사회주의 in 사회주의 핵심가치관 ~ 社会主义核心价值,
    공작회의 in 공작회의 정신 ~ 工作会议精神). A glossary's pair stays, and so does a quoted name,
    written as it is named, particles and all (‘경찰과 민중의 융합’ ~ 警民融合)."""

    def phrase(c: Candidate) -> bool:
        reading = reading_key(c.zh)
        inflected = (word for word in c.ko.split()[:-1] if korean_stem(word) != word)
        return any(term_key(word) not in reading for word in inflected) or _MODIFIER_ENDING.search(c.ko) is not None

    return [c for c in candidates if c.known or "quoted" in c.evidence or not phrase(c)]


def _without_truncated_readings(candidates: list[Candidate], texts: Sequence[str]) -> list[Candidate]:
    """Candidates whose Chinese reads only part of the Korean while the documents write, and another
    candidate pairs, the full reading (공안부 ~ 公安 beside 공안부 ~ 公安部) left out: a reading cut short
    (`truncated_reading`). A glossary's pair stays (정법위원회 ~ 政法委 is a contraction in use)."""
    pairs = {(c.ko, to_simplified(c.zh)) for c in candidates}
    return [c for c in candidates if c.known or (c.ko, truncated_reading(c.ko, c.zh, texts)) not in pairs]


def _without_cut_korean(candidates: list[Candidate], korean_keys: Sequence[str]) -> list[Candidate]:
    """Candidates whose Korean stops an odd number of syllables into a morpheme of a longer
    candidate's Korean for the same Chinese, where the documents write it only inside that longer
    Korean, left out: a word cut short (임무구 ~ 任务区 where the text writes 임무구역, "mission area",
    임무 + 구역, and 임무구역 ~ 任务区 is a candidate too). A cut at a word or morpheme boundary, or two
    syllables into a morpheme, is no cut (외국 in 외국인, 경무연락 in 경무연락장교); a Korean form the
    documents also write on its own stays, and so does a glossary's pair."""
    from align.terms.matching import morpheme_starts

    by_chinese: dict[str, list[str]] = defaultdict(list)  # each Chinese side's Korean forms
    for c in candidates:
        by_chinese[c.zh].append(c.ko)

    def cut_inside(short: str, whole: str) -> bool:
        """Whether `short` (a key) is the start or end of `whole` (as written), cut inside a morpheme."""
        letters = whole.replace(" ", "")
        if term_key(whole) != term_key(letters) or len(term_key(letters)) != len(letters):
            return False
        key = term_key(letters)
        cuts = ([len(short)] if key.startswith(short) else []) + ([len(key) - len(short)] if key.endswith(short) else [])
        for cut in cuts:
            at = [i for i, ch in enumerate(whole) if ch != " "][cut]  # the letter after the cut, in `whole`
            if whole[at - 1] == " ":
                continue  # a word boundary
            word_start = whole.rfind(" ", 0, at) + 1
            word_end = len(whole) if whole.find(" ", at) < 0 else whole.find(" ", at)
            inside = at - word_start
            start = max(start for start in morpheme_starts(whole[word_start:word_end]) | {0} if start <= inside)
            if (inside - start) % 2:
                return True  # an odd syllable into a morpheme: Sino-Korean words are built of two-syllable ones (외국 + 인 is 외국인; 임무 + 구역 is no 임무구 + 역)
        return False

    def cut(c: Candidate) -> bool:
        key = term_key(c.ko)
        wholes = [other for other in by_chinese[c.zh] if len(term_key(other)) > len(key) and cut_inside(key, other)]
        if c.known or not key or not wholes:
            return False
        written = sorted({term_key(whole) for whole in wholes}, key=len, reverse=True)
        for text in korean_keys:
            for whole in written:
                text = text.replace(whole, "\n")
            if key in text:
                return False  # written on its own somewhere
        return True

    return [c for c in candidates if not cut(c)]


def induce_from_memory(
    units: Sequence[tuple[str, str]], glossary: Glossary | None = None, new_only: bool = False, settings: InductionSettings | None = None
) -> list[Candidate]:
    """`induce_terms` over a translation memory's (Korean, Chinese) units: an aligned corpus whose
    every unit is a bead, so nothing is aligned again."""
    beads = [[Bead((i,), (i,), 1.0) for i in range(len(units))]]
    return induce_terms([([k for k, _ in units], [z for _, z in units])], glossary, beads=beads, new_only=new_only, settings=settings)


def _renderings(tallies: dict[tuple[str, str], _Tally], best: int, minimum: float) -> dict[str, list[tuple[str, float]]]:
    """Each Korean side's Chinese renderings scoring at least `minimum` (the signals combined), best first."""
    by_korean: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (ko_term, zh_term), tally in tallies.items():
        combined = tally.combined
        if " " not in ko_term and combined >= minimum:
            by_korean[ko_term].append((zh_term, combined))
    return {ko_term: sorted(options, key=lambda option: (-option[1], option[0]))[:best] for ko_term, options in by_korean.items()}


def rank(candidate: Candidate, settings: InductionSettings | None = None) -> float:
    """What candidates are ordered by (best first): the score, lowered by `termhood_weight` per unit
    of termhood below `termhood_neutral` (at most `termhood_span` units) for general vocabulary (a
    word about as common here as in general Chinese: 建设, 经济); rare strings are not raised, as a
    pair's debris (주반사 ~ 州反诈) is as rare as its terms."""
    settings = settings or InductionSettings()
    lean = max(-settings.termhood_span, min(0.0, candidate.termhood - settings.termhood_neutral))
    return candidate.score + settings.termhood_weight * lean


def ranking_key(candidate: Candidate, settings: InductionSettings | None = None) -> tuple[float, float, int, str, str]:
    """The sort key of `induce_terms`' order: `rank` first (highest first), ties by score, count and
    the pair."""
    return (-rank(candidate, settings), -candidate.score, -candidate.count, candidate.ko, candidate.zh)


class _ChineseDocument:
    """A Chinese document's character n-grams by reading: per sentence, and over the whole document
    with the sentence where each is first seen (to quote it)."""

    def __init__(self, sentences: Sequence[str]) -> None:
        self.sentences = sentences
        self.by_sentence = [_term_grams(sentence) for sentence in sentences]
        self.grams: dict[str, list[str]] = defaultdict(list)
        self._first: dict[str, int] = {}
        for number, grams in enumerate(self.by_sentence):
            for reading, variants in grams.items():
                for gram in variants:
                    if gram not in self._first:
                        self._first[gram] = number
                        self.grams[reading].append(gram)

    def grams_of(self, indices: Sequence[int]) -> dict[str, list[str]]:
        if len(indices) == 1:
            return self.by_sentence[indices[0]]
        merged: dict[str, list[str]] = defaultdict(list)
        for index in indices:
            for reading, variants in self.by_sentence[index].items():
                merged[reading].extend(variants)
        return merged

    def quote(self, gram: str) -> str:
        return self.sentences[self._first[gram]] if gram in self._first else ""


def _term_grams(sentence: str) -> dict[str, list[str]]:
    """The n-grams of a Chinese sentence that may be terms (`bounds_a_term`), by reading
    (`chinese_grams`): 사기 reads 诈欺, and also 查其 in 查其全部违法犯罪事实 ("investigate all its…")."""
    grams = {reading: [gram for gram in variants if bounds_a_term(gram)] for reading, variants in chinese_grams(sentence).items()}
    return {reading: variants for reading, variants in grams.items() if variants}


def _nearby_unaligned(alignment: Sequence[Bead], position: int) -> list[int]:
    """Chinese sentences near a bead that the aligner left without a counterpart, and for a bead
    without Chinese the Chinese of its neighbours: in comparable reports a term's sentence is often
    the one just beside the one aligned."""
    nearby: list[int] = []
    for other in (position - 1, position + 1):
        if 0 <= other < len(alignment) and (not alignment[other].ko or not alignment[position].zh):
            nearby.extend(alignment[other].zh)
    return nearby


def _add_bead_evidence(
    tallies: dict[tuple[str, str], _Tally],
    korean: str,
    chinese: str,
    nearby: Sequence[str],
    units: Sequence[str],
    grams: dict[str, list[str]],
    document: _ChineseDocument,
    standalone: set[str],
    settings: InductionSettings,
) -> None:
    """Gloss and reading evidence from one bead: Korean sentences with their aligned Chinese,
    Chinese left unaligned nearby, and the whole Chinese document (its sentences and n-grams), in
    falling strength."""
    # (in simplified characters, as every pair's Chinese is: a traditional report's “凈網” is 净网)
    for ko_term, zh_term in abbreviation_pairs(korean, chinese):
        tallies[(ko_term, to_simplified(zh_term))].add("parenthetical", settings.abbreviation, korean, chinese)
    for ko_term, zh_term, alone in quoted_pairs(korean, chinese, settings.quoted_words, settings.quoted_korean_chars, settings.quoted_chinese_chars):
        tallies[(ko_term, to_simplified(zh_term))].add("quoted", settings.quoted if alone else settings.quoted_in_list, korean, chinese)
    matched = hanja_matches(units, grams)

    def strength(chinese: str, base: float) -> float:
        return base + settings.per_character * min(settings.max_extra_characters, len(chinese) - 1)

    for ko_term, zh_term in matched:
        tallies[(ko_term, zh_term)].add("hanja", strength(zh_term, settings.exact_reading), korean, chinese)
        for part_ko, part_zh, alone in compound_parts(ko_term, zh_term, standalone, settings.listed_part):
            base = settings.exact_reading if alone else settings.part_reading
            tallies[(part_ko, part_zh)].add("hanja", strength(part_zh, base), korean, chinese)
    for ko_term, zh_term in level_institution_matches(korean, grams):
        tallies[(ko_term, zh_term)].add("hanja", strength(zh_term, settings.exact_reading), korean, chinese)
    contracted = contraction_matches(units, grams, standalone) if settings.contraction > 0 else []
    for ko_term, zh_term in contracted:
        tallies[(ko_term, zh_term)].add("hanja", settings.contraction, korean, chinese)
    exact = set(matched)
    read_whole = {ko_term for ko_term, _ in (*matched, *contracted)}  # Korean read whole here needs no reading in part (교통경찰 ~ 交警, not 交通违法)
    for ko_term, zh_term in neighbour_pairs(korean, chinese, matched):
        tallies[(ko_term, zh_term)].add("aligned", settings.neighbour, korean, chinese)
    for ko_term, zh_term, dice in phrase_matches(korean, chinese):
        if ko_term not in read_whole:  # (a pair read exactly is among them)
            tallies[(ko_term, zh_term)].add("hanja", settings.phrase_base + settings.phrase_dice * dice, korean, chinese)
    for ko_term, zh_term, dice in phrase_matches(korean, "。".join(nearby)):
        if (ko_term, zh_term) not in exact:
            weight = settings.nearby * (settings.phrase_base + settings.phrase_dice * dice)
            tallies[(ko_term, zh_term)].add("hanja", weight, korean, _quoting(zh_term, nearby), aligned=False)
    # comparable reports: a whole word that reads as something elsewhere in the other document
    seen = {k for k, _ in matched}
    unread = [unit for unit in units if unit not in seen]
    for ko_term, zh_term in hanja_matches(unread, document.grams, pieces=False):
        tallies[(ko_term, zh_term)].add("hanja", strength(zh_term, settings.document_reading), korean, document.quote(zh_term), aligned=False)


def _quoting(chinese: str, sentences: Sequence[str]) -> str:
    """The first sentence in which `chinese` (simplified) occurs."""
    return next((sentence for sentence in sentences if chinese in to_simplified(sentence)), "")


def _is_known(ko: str, zh: str, known: set[tuple[str, str]] | frozenset[tuple[str, str]]) -> bool:
    """Whether the glossary has the pair, the Korean by its key, the Chinese in either script (蘇州 is 苏州)."""
    return (term_key(ko), to_simplified(zh)) in known


def _known_pairs(glossary: Glossary) -> set[tuple[str, str]]:
    """The glossary's pairs as (Korean key, simplified Chinese), every spelling of each."""
    return {(term_key(form), zh) for term in glossary.terms for form in term.korean_forms for zh in (term.zh_hans, to_simplified(term.zh_hant or term.zh_hans))}
