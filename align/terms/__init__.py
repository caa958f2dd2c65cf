"""Stage 3, terms: the KO↔ZH glossary and what is done with it.

`glossary` loads and validates glossary files (`Glossary` of `Term`s); `matching` finds terms in
text, tolerant of particles, spelling and script (`find_terms(text, lang, glossary) ->
list[TermMatch]`); `export` writes TBX, CSV and TSV; `induce` proposes new term pairs from document
pairs (`induce_terms(pairs) -> list[Candidate]`); `merge` accepts them into a glossary file.
"""
