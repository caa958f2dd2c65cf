"""Stage 2, script: what the two writing systems share, computed from a string.

`chars` defines Hangul and Han once; `keys` gives spelling- and script-tolerant matching keys with
offset maps (리행 = 이행, 警務室 = 警务室); `readings` reads Chinese in Hangul, the Sino-Korean bridge
(警务室 -> 경무실); `numbers` parses figures, units and dates into comparable values
(`3만 2,000개` = `3.2万个` = 32000).
"""
