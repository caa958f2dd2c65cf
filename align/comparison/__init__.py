"""Stage 5, comparison: two reports' sentences in, their claims paired with verdicts out.

`claims` extracts figures with their clause and subject (`extract_claims -> list[Claim]`);
`verdicts` decides same / rounded / differs for two figures; `pairing` pairs claims on subject
evidence (`compare_claims -> list[ClaimPair]`); `compare` runs the whole stage
(`compare_reports(ko, zh) -> Comparison`, `compare(ko, zh) -> DataFrame`); `report` renders the
HTML page; `evaluate` scores a comparison against annotated claims.
"""
