from hypothesis import given
from hypothesis import strategies as st

from align.comparison.compare import compare_reports
from align.comparison.pairing import nearest_positions
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
