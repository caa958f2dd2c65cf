"""Stage 4, alignment: the sentences of a Korean and a Chinese document in, `Bead`s out.

`features` turns annotated sentences into cross-lingual TF-IDF vectors (readings, figures, terms);
`search` finds the best monotone bead sequence (`align_sentences(ko, zh) -> list[Bead]`, every
sentence in exactly one bead); `perturb` makes test pairs with known beads; `bead_f1` scores them.
"""
