"""The toolkit's closed sets, each named once and shared by the library and the command line.

Members are `StrEnum`s, so they compare equal to their plain string values (`Lang.KO == "ko"`)
and read and write as those strings in every file format."""

from __future__ import annotations

from enum import StrEnum


class Lang(StrEnum):
    """A text's language."""

    KO = "ko"  #: Korean (South Korean or Chinese-Korean spelling)
    ZH = "zh"  #: Chinese, simplified or traditional

    @property
    def name_in_english(self) -> str:
        """`Korean` or `Chinese`, as messages name the language."""
        return "Korean" if self is Lang.KO else "Chinese"


LANGUAGES = tuple(lang.value for lang in Lang)  # ("ko", "zh")


class LangOption(StrEnum):
    """A language, or `auto` to decide per input from its script."""

    KO = "ko"
    ZH = "zh"
    AUTO = "auto"


class Verdict(StrEnum):
    """How a claim of one report relates to the other report."""

    SAME = "same"  #: equal values with the same approximation
    ROUNDED = "rounded"  #: one side is the other rounded to its own written precision
    DIFFERS = "differs"  #: both sides state the figure, with incompatible values
    KO_ONLY = "ko_only"  #: only the Korean report states it
    ZH_ONLY = "zh_only"  #: only the Chinese report states it


class Change(StrEnum):
    """What a percentage states besides its value: a rise (增长 12%, 12% 증가), a fall (下降 12%,
    12% 감소) or a share of a whole (是去年同期的 54%, 54%를 차지)."""

    RISE = "rise"
    FALL = "fall"
    SHARE = "share"


class ExtractedFrom(StrEnum):
    """What a document's offsets index when not its file's text (`Metadata.extracted_from`)."""

    HTML = "html"  # the main text extracted from a saved page, not its markup
    HTML_VISIBLE = "html-visible"  # all the text the page shows
    ARCHIVE = "archive"  # the plain text a page saved as one file, or an e-mail, holds


class ClaimKind(StrEnum):
    """What a claim's figure is to its report, besides a quantity of its unit class."""

    FIGURE = "figure"  #: a count, share, sum, span, rank, date or time the report states
    DATELINE = "dateline"  #: the date that opens a dispatch (북경 7월 17일발, 新华社北京9月24日电)
    HOTLINE = "hotline"  #: a number to call (110, 96110, 0433-2512345): what it is needs no other subject


class Approximation(StrEnum):
    """How a figure's wording says its value is approximate."""

    EXACT = ""  #: no mark: 2400, 2,400
    OVER = "over"  #: more than: 2400余, 2,400여, 95% 이상
    UNDER = "under"  #: nearly: 近千, 以下, 미만
    ABOUT = "about"  #: about: 约, 左右, 약, 가량


class UnitClass(StrEnum):
    """What kind of quantity a figure is; only figures of compatible classes are compared."""

    COUNT = "count"
    DURATION = "duration"
    MONEY = "money"
    PERCENT = "percent"
    AREA = "area"
    LENGTH = "length"
    WEIGHT = "weight"
    RANK = "rank"
    AGE = "age"  # 25살, 25歲: a person's age, never a count
    DATE = "date"
    CODE = "code"
    PLAIN = "plain"


class TableFormat(StrEnum):
    """A table on disk."""

    TSV = "tsv"
    JSONL = "jsonl"
    CSV = "csv"


class AlignmentFormat(StrEnum):
    """What `align sentences` writes."""

    TSV = "tsv"  #: ko_ids, zh_ids, score
    JSONL = "jsonl"  #: the same with the sentences' text
    TMX = "tmx"  #: a TMX 1.4b translation memory, one unit per bead with both sides


class SegmentFormat(StrEnum):
    """What `align segment` writes."""

    TXT = "txt"  #: one sentence per line, body only
    JSONL = "jsonl"  #: sentences, dropped spans, flags and metadata
    TSV = "tsv"  #: sentences with offsets


class TranslationFormat(StrEnum):
    """What `align translate` writes."""

    TXT = "txt"  #: the translated text, one paragraph a line
    XLIFF = "xliff"  #: XLIFF 1.2 for post-editing: source, target and the glossary terms per sentence


class ExportFormat(StrEnum):
    """Glossary export formats."""

    TBX = "tbx"  #: TBX v3 (TBX-Basic dialect)
    TBX2008 = "tbx2008"  #: TBX-2008 (`martif`), as translate-toolkit and most CAT tools read it
    CSV = "csv"  #: `source,target` with a header
    TSV = "tsv"  #: the project's own glossary TSV
    DEEPL = "deepl"  #: DeepL glossary CSV: no header, one direction
    GOOGLE = "google"  #: Google equivalent term sets: `ko,zh-CN,zh-TW` header
    OMEGAT = "omegat"  #: OmegaT glossary: `source<TAB>target<TAB>comment`


class Direction(StrEnum):
    """A translation or glossary direction."""

    KO_ZH = "ko-zh"
    ZH_KO = "zh-ko"


class Protection(StrEnum):
    """How glossary terms are protected through the translation model."""

    ANNOTATE = "annotate"  #: the target form is written into the source
    PLACEHOLDER = "placeholder"  #: the term is replaced by a placeholder and restored after


class TermPlacement(StrEnum):
    """How a glossary term's target form got into a translation (the term report's `how`)."""

    MODEL = "model"  #: the model wrote it, or copied its placeholder
    REPAIRED = "repaired"  #: put in after decoding, in the place its source attended to
    MISSING = "missing"  #: could not be placed


class ModelFamily(StrEnum):
    """How a translation model names languages."""

    AUTO = "auto"  #: read the model's vocabulary
    NLLB = "nllb"
    M2M100 = "m2m100"
    MARIAN = "marian"
    PLAIN = "plain"


class CorpusTables(StrEnum):
    """The tables a corpus run writes."""

    TSV = "tsv"  #: claims.tsv and pairs.tsv
    PARQUET = "parquet"  #: the same, and claims.parquet and pairs.parquet beside them


class Engine(StrEnum):
    """Where corpus runs do their work."""

    LOCAL = "local"  #: a process pool on this machine
    DASK = "dask"  #: dask.distributed: a LocalCluster, or a real cluster with --scheduler


class ComputeType(StrEnum):
    """Weights and arithmetic of a CTranslate2 model on the CPU."""

    INT8 = "int8"
    FLOAT32 = "float32"
    AUTO = "auto"


class EvaluationFormat(StrEnum):
    """What `align evaluate` writes."""

    TSV = "tsv"
    JSON = "json"


class TermKind(StrEnum):
    """What a glossary term names."""

    ORG = "org"
    POST = "post"
    FACILITY = "facility"
    PROGRAMME = "programme"
    SLOGAN = "slogan"
    ACTION = "action"
    CRIME = "crime"
    LAW = "law"
    EQUIPMENT = "equipment"
    OTHER = "other"
