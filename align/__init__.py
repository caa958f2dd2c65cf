"""Korean-Chinese alignment toolkit for police and public-security news.

The pipeline, one module per stage: `segment` (decode, clean, split), `keys` (matching keys),
`readings` (Hanja readings), `numbers` (figures), `glossary` and `terms` (terminology).
"""

from align.alignment.search import Bead, align_sentences, beads_frame
from align.compare.claims import Claim, extract_claims
from align.compare.pairing import compare, compare_reports
from align.errors import AlignError, GlossaryError, InputError
from align.terms.glossary import Glossary, Term, load_glossaries, load_glossary
from align.script.keys import chinese_key, korean_key
from align.script.numbers import Figure, parse_numbers
from align.script.readings import hanja_reading
from align.text.segment import Document, Sentence, segment, segment_document, segment_file
from align.terms.matching import TermMatch, find_terms

__all__ = [
    "AlignError",
    "Bead",
    "Claim",
    "compare",
    "compare_reports",
    "extract_claims",
    "align_sentences",
    "beads_frame",
    "Document",
    "Figure",
    "Glossary",
    "GlossaryError",
    "InputError",
    "Sentence",
    "Term",
    "TermMatch",
    "chinese_key",
    "find_terms",
    "hanja_reading",
    "korean_key",
    "load_glossaries",
    "load_glossary",
    "parse_numbers",
    "segment",
    "segment_document",
    "segment_file",
]
