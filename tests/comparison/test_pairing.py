from hypothesis import given
from hypothesis import strategies as st

from align.alignment.features import bridge_vectors
from align.comparison.claims import extract_claims
from align.comparison.compare import compare_reports
from align.comparison.pairing import CompareSettings, _candidate_claims, nearest_positions
from align.comparison.verdicts import precision
from align.types import Verdict
from tests.conftest import bundled_glossary


@given(st.lists(st.integers(-50, 50), max_size=30), st.integers(-60, 60), st.integers(0, 10), st.data())
def test_nearest_positions_are_the_closest_keys_below_first_on_ties(keys: list[int], value: int, count: int, data: st.DataObject) -> None:
    keys = sorted(keys)
    lo = data.draw(st.integers(0, len(keys)))
    hi = data.draw(st.integers(lo, len(keys)))
    picked = nearest_positions(keys, lo, hi, value, count)
    # by distance; at equal distance the key below first; among equal keys the one nearest the value
    brute = sorted(range(lo, hi), key=lambda t: (abs(keys[t] - value), keys[t] >= value, -t if keys[t] < value else t))
    assert picked == brute[:count]


def test_a_crowded_window_of_coarse_values_still_pairs_the_related_claim() -> None:
    # twelve coarse figures after it agree with 32,345 as well: more than the nearest values tried
    zh = ["全省公安机关共破获电信网络诈骗案件3万余起。"] + ["3万人参加了活动。"] * 12
    ko = ["전성 공안기관은 전신네트워크사기사건 32,345건을 해결했다."]
    pairs = compare_reports(ko, zh, bundled_glossary()).pairs
    paired = [p for p in pairs if p.ko is not None and p.zh is not None]
    assert len(paired) == 1
    assert paired[0].zh is not None and "3万余起" in paired[0].zh.figure.text
    assert paired[0].verdict in (Verdict.ROUNDED, Verdict.SAME)


def test_a_related_claim_among_many_equal_values_pairs() -> None:
    zh = [f"{n}号选手跑了20公里。" for n in range(12)] + ["全省公安机关破获电信网络诈骗案件20起。"]
    ko = ["전성 공안기관은 전신네트워크사기사건 20건을 해결했다."]
    paired = [p for p in compare_reports(ko, zh, bundled_glossary()).pairs if p.ko is not None and p.zh is not None]
    assert [p.zh.sentence for p in paired if p.zh is not None] == [12]


def test_agreeing_values_at_every_written_precision_share_one_budget() -> None:
    # 3,000 agrees with 2,995 and 3,004 (exact), 3千余 and 3,010余 (rounded), 0.3万… : every level
    # of written precision has its nearest values, but a claim tries only the nearest few of all
    # of them together, however many kinds of rounding the other report uses
    zh = [f"{name}某的成绩是{v}。" for name in "张王李" for v in ["2995", "2998", "3001", "3004", "3千余", "3010余", "3020余", "0.3万", "3000多", "2990多"]]
    ko = ["선수 3,000명이 참가했다."]
    ko_claims = extract_claims(ko, "ko", bundled_glossary())
    zh_claims = extract_claims(zh, "zh", bundled_glossary())
    assert len({precision(c.figure) for c in zh_claims}) >= 3
    settings = CompareSettings()
    vectors = bridge_vectors([c.clause for c in ko_claims], [c.clause for c in zh_claims])
    (candidates,) = _candidate_claims(ko_claims, zh_claims, vectors, {}, {}, settings)
    assert len(candidates) <= settings.value_candidates + settings.contradiction_candidates
    nearest = sorted(range(len(zh_claims)), key=lambda b: abs(zh_claims[b].figure.value - 3000))
    assert nearest[0] in candidates
