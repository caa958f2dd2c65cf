"""A CTranslate2 model directory: its files, its family, and the tokens that name languages.

`load_model` only checks the files and reads the vocabulary (to recognise the family); the
CTranslate2 translator and the SentencePiece models are created on first use and then kept, so
importing or loading costs nothing until a sentence is translated. Nothing is ever downloaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from align.data import data_rows
from align.errors import AlignError
from align.types import ComputeType

if TYPE_CHECKING:
    import sentencepiece

COMPUTE_TYPES = tuple(compute_type.value for compute_type in ComputeType)
VOCABULARY_FILES = tuple(f"{side}_vocabulary.{ext}" for side in ("shared", "source", "target") for ext in ("json", "txt"))
# (source, target) SentencePiece models: one shared model, OPUS-MT's pair, or NLLB/M2M-100's BPE model.
SENTENCEPIECE_LAYOUTS = (
    ("sentencepiece.model", "sentencepiece.model"),
    ("source.spm", "target.spm"),
    ("sentencepiece.bpe.model", "sentencepiece.bpe.model"),
)


class ModelError(AlignError):
    """A model directory that cannot be used, with what is missing and where."""


@dataclass(frozen=True)
class Family:
    """How a model family marks languages: a source-language token first (NLLB, M2M-100), the
    target-language token inside the source (multilingual OPUS-MT), a forced first target token."""

    name: str
    marker: str  # the regular expression its language tokens match; "" when it has none
    source_language: bool
    target_language_in_source: bool
    target_prefix: bool
    end_of_source: bool


FAMILIES = {
    family.name: family
    for family in (
        Family("nllb", r"[a-z]{3}_[A-Z][a-z]{3}", True, False, True, True),
        Family("m2m100", r"__[a-z]{2,3}__", True, False, True, True),
        Family("marian", r">>[A-Za-z_]+<<", False, True, False, True),
        Family("plain", "", False, False, False, False),
    )
}


@dataclass(frozen=True)
class ModelFiles:
    """The files of a model directory that translation needs."""

    directory: Path
    source_spm: Path
    target_spm: Path
    vocabularies: tuple[Path, ...]


@dataclass(frozen=True)
class LanguageTokens:
    """The tokens a family puts around one sentence for a language pair."""

    source_prefix: tuple[str, ...] = ()
    source_suffix: tuple[str, ...] = ()
    target_prefix: tuple[str, ...] = ()

    def source(self, pieces: Sequence[str]) -> list[str]:
        return [*self.source_prefix, *pieces, *self.source_suffix]


class Decoder(Protocol):
    """What translation uses of `ctranslate2.Translator` (tests put a stand-in with known output here)."""

    def translate_iterable(
        self,
        source: Iterable[list[str]],
        target_prefix: Iterable[list[str]] | None = None,
        max_batch_size: int = 32,
        batch_type: str = "examples",
        **options: Any,
    ) -> Iterable[Any]: ...


def locate_files(directory: str | Path) -> ModelFiles:
    """The model, vocabulary and SentencePiece files; one `ModelError` naming the first thing missing."""
    path = Path(directory)
    if not path.exists():
        raise ModelError("no such model directory", path)
    if not path.is_dir():
        raise ModelError("is a file, expected a CTranslate2 model directory", path)
    if not (path / "model.bin").is_file():
        raise ModelError("no model.bin: not a CTranslate2 model directory (see ct2-transformers-converter)", path)
    vocabularies = tuple(path / name for name in VOCABULARY_FILES if (path / name).is_file())
    if not vocabularies:
        raise ModelError(f"no vocabulary file: expected one of {', '.join(VOCABULARY_FILES)}", path)
    for source, target in SENTENCEPIECE_LAYOUTS:
        if (path / source).is_file() and (path / target).is_file():
            return ModelFiles(path, path / source, path / target, vocabularies)
    raise ModelError(
        "no SentencePiece model: expected sentencepiece.model, source.spm + target.spm, or sentencepiece.bpe.model "
        "(copy it from the original model)",
        path,
    )


def read_vocabulary(path: str | Path) -> list[str]:
    """A CTranslate2 vocabulary file: a JSON list of tokens, or one token per line; one `ModelError`
    when it holds none (a model cannot translate a token it has no number for)."""
    if str(path).endswith(".json"):
        tokens = _read_json(Path(path))
        if not isinstance(tokens, list):
            raise ModelError("not a vocabulary: expected a JSON list of tokens", path)
        listed = [str(token) for token in tokens]
    else:
        text = _read_model_text(Path(path))
        listed = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    if not any(listed):
        raise ModelError("an empty vocabulary: the model was not converted whole (convert it again)", path)
    return listed


def _read_model_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ModelError(f"cannot read this model file: {getattr(error, 'strerror', None) or error}", path) from None


def _read_json(path: Path) -> Any:
    """A model directory's JSON file, or an error naming it (and the line) when it is damaged."""
    try:
        return json.loads(_read_model_text(path))
    except json.JSONDecodeError as error:
        raise ModelError(f"damaged JSON: {error.msg}", path, error.lineno) from None


def detect_family(vocabulary: Iterable[str], separate_sentencepiece: bool = False) -> str:
    """The family whose language tokens the vocabulary holds; without any, OPUS-MT's
    source.spm/target.spm pair (`separate_sentencepiece`) marks a bilingual Marian model."""
    tokens = list(vocabulary)
    for family in FAMILIES.values():
        if family.marker:
            pattern = re.compile(family.marker)
            if any(pattern.fullmatch(token) for token in tokens):
                return family.name
    return "marian" if separate_sentencepiece else "plain"


@lru_cache(maxsize=1)
def _language_table() -> dict[tuple[str, str], tuple[str, ...]]:
    table: dict[tuple[str, str], list[str]] = {}
    for family, lang, token in data_rows("language_tokens.tsv"):
        table.setdefault((family, lang), []).append(token)
    return {key: tuple(tokens) for key, tokens in table.items()}


@dataclass(frozen=True, eq=False)
class TranslationModel:
    """A model directory ready to translate. The CTranslate2 translator and the SentencePiece models
    are created on first use; `decoder` replaces the translator (a stand-in in tests)."""

    files: ModelFiles
    family: str
    vocabulary: frozenset[str] = field(repr=False)
    end_token: str = "</s>"
    compute_type: str = "int8"
    threads: int = 0
    decoder: Decoder | None = field(default=None, repr=False)

    @cached_property
    def translator(self) -> Decoder:
        if self.decoder is not None:
            return self.decoder
        import ctranslate2

        try:
            return ctranslate2.Translator(
                str(self.files.directory), device="cpu", compute_type=self.compute_type, intra_threads=self.threads
            )
        except (RuntimeError, ValueError) as error:
            raise ModelError(f"cannot load the CTranslate2 model: {error}", self.files.directory) from None

    @cached_property
    def source_spm(self) -> sentencepiece.SentencePieceProcessor:
        return _sentencepiece(self.files.source_spm)

    @cached_property
    def target_spm(self) -> sentencepiece.SentencePieceProcessor:
        return self.source_spm if self.files.target_spm == self.files.source_spm else _sentencepiece(self.files.target_spm)

    def language_tokens(self, src: str, tgt: str) -> LanguageTokens:
        """The tokens naming `src` and `tgt` for this family; a `ModelError` when a family that
        needs them (NLLB, M2M-100) has none for a language."""
        family = FAMILIES[self.family]
        prefix = [self._language_token(src, required=True)] if family.source_language else []
        target = None
        if family.target_prefix or family.target_language_in_source:
            target = self._language_token(tgt, required=family.target_prefix)
        if family.target_language_in_source and target:
            prefix.append(target)
        return LanguageTokens(
            source_prefix=tuple(t for t in prefix if t),
            source_suffix=(self.end_token,) if family.end_of_source else (),
            target_prefix=(target,) if family.target_prefix and target else (),
        )

    def _language_token(self, lang: str, required: bool) -> str | None:
        candidates = _language_table().get((self.family, lang), ())
        token = next((t for t in candidates if t in self.vocabulary), None)
        if token is None and required:
            raise ModelError(
                f"the {self.family} model's vocabulary has no token for {lang!r} (looked for {', '.join(candidates)})",
                self.files.directory,
            )
        return token


def _sentencepiece(path: Path) -> sentencepiece.SentencePieceProcessor:
    import sentencepiece

    try:
        return sentencepiece.SentencePieceProcessor(model_file=str(path))
    except (OSError, RuntimeError) as error:
        raise ModelError(f"cannot load the SentencePiece model: {error}", path) from None


def load_model(directory: str | Path, family: str = "auto", compute_type: str = "int8", threads: int = 0) -> TranslationModel:
    """Check a model directory and recognise its family (`family` overrides "auto"); the same
    arguments return the same (cached) model, so its translator loads once per process."""
    if family != "auto" and family not in FAMILIES:
        raise ValueError(f"unknown model family {family!r}: expected auto or one of {', '.join(FAMILIES)}")
    if compute_type not in COMPUTE_TYPES:
        raise ValueError(f"unknown compute type {compute_type!r}: expected one of {', '.join(COMPUTE_TYPES)}")
    return _load_model(str(directory), family, compute_type, threads)


@lru_cache(maxsize=4)
def _load_model(directory: str, family: str, compute_type: str, threads: int) -> TranslationModel:
    files = locate_files(directory)
    vocabulary = frozenset(token for path in files.vocabularies for token in read_vocabulary(path))
    if family == "auto":
        family = detect_family(vocabulary, separate_sentencepiece=files.source_spm != files.target_spm)
    config = files.directory / "config.json"
    if not config.is_file():
        raise ModelError("no config.json: a converted CTranslate2 model has model.bin, config.json and its vocabulary (convert it again)", files.directory)
    settings = _read_json(config)
    end_token = settings.get("eos_token") if isinstance(settings, dict) else None
    return TranslationModel(files, family, vocabulary, end_token or "</s>", compute_type, threads)
