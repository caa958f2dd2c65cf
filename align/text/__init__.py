"""Stage 1, text: bytes or a string in, a `Document` of `Sentence`s out.

`decode` reads any supported encoding; `clean` keeps headline and body and reports every dropped
span with its reason; `split` finds Korean and Chinese sentence ends; `segment` ties them together
(`segment_file(path) -> Document`); `document` is the sentence model the later stages share, with
its annotations computed once (`Sentence.reading`, `.figures`, `.terms(glossary)`).
"""
