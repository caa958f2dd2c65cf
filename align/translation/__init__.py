"""Beside the pipeline, translation: sentences in, translated sentences with a term report out.

`model` finds a CTranslate2 model directory and its family's language tokens (loaded lazily, never
downloaded); `constraints` protects glossary terms through a decoder that cannot be constrained and
repairs what it misses; `pipeline` translates sentences and documents
(`translate_documents(model, documents, src, tgt) -> list[TranslatedDocument]`); `evaluate` scores
translations with sacrebleu's BLEU and chrF and the glossary's term success.
"""
