"""Small real CTranslate2 models with seeded random weights, built offline for tests and benchmarks.

A SentencePiece model is trained on the seed articles and the parallel test sentences; its pieces,
a family's language tokens and (to reach a requested size) synthetic tokens form the shared
vocabulary of a Transformer whose weights are seeded random arrays. The output is gibberish, but
every real step runs: SentencePiece, language tokens, token-based batching, decoding, attention,
detokenisation — and the model is loaded through the product's own `load_model`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS = tuple(sorted(DATA.glob("seeds/*_*.txt")) + sorted(DATA.glob("parallel/*.txt")))
# 4,000 pieces is about the smallest that trains here: the corpus has ~3,000 distinct characters
# and SentencePiece will not drop below 98 % character coverage.
SENTENCEPIECE_SIZE = 4000
LANGUAGE_TOKENS = {
    "nllb": ("eng_Latn", "kor_Hang", "zho_Hans"),
    "m2m100": ("__en__", "__ko__", "__zh__"),
    "marian": (">>kor<<", ">>cmn_Hans<<"),
    "plain": (),
}
SENTENCEPIECE_FILES = {
    "nllb": ("sentencepiece.bpe.model",),
    "m2m100": ("sentencepiece.model",),
    "marian": ("source.spm", "target.spm"),
    "plain": ("sentencepiece.model",),
}


@dataclass(frozen=True)
class Shape:
    """Transformer dimensions: layers per stack, attention heads, model and feed-forward width."""

    layers: int = 2
    heads: int = 2
    d_model: int = 64
    ffn: int = 128


TINY = Shape()
BASE = Shape(layers=6, heads=8, d_model=512, ffn=2048)  # transformer-base


@lru_cache(maxsize=2)
def sentencepiece_model(vocab_size: int = SENTENCEPIECE_SIZE) -> bytes:
    """A unigram SentencePiece model of the test corpus, with byte fallback (no unknown pieces)."""
    import io

    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        input=",".join(map(str, CORPUS)),
        model_writer=model,
        vocab_size=vocab_size,
        character_coverage=0.9995,
        byte_fallback=True,
        num_threads=2,
        minloglevel=2,
    )
    return model.getvalue()


def vocabulary(family: str, size: int = 0) -> list[str]:
    """The SentencePiece pieces, the family's language tokens, then `<synthetic_N>` up to `size`."""
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor(model_proto=sentencepiece_model())
    tokens = [processor.id_to_piece(i) for i in range(processor.get_piece_size())] + list(LANGUAGE_TOKENS[family])
    return tokens + [f"<synthetic_{i}>" for i in range(max(0, size - len(tokens)))]


def _weight_shape(name: str, shape: Shape, vocab_size: int) -> tuple[int, ...]:
    d = shape.d_model
    if name.endswith(("embeddings_0/weight", "embeddings/weight", "projection/weight")):
        return vocab_size, d
    if name.endswith(("/gamma", "/beta")):
        return (d,)
    if "self_attention/linear_0" in name:
        return 3 * d, d  # fused query, key, value
    if "/attention/linear_1" in name:
        return 2 * d, d  # fused key, value of the encoder-decoder attention
    if "ffn/linear_0" in name:
        return shape.ffn, d
    if "ffn/linear_1" in name:
        return d, shape.ffn
    return d, d


def build_model(directory: str | Path, family: str = "plain", shape: Shape = TINY, vocab_size: int = 0, seed: int = 0) -> Path:
    """Write a CTranslate2 model directory (float32 weights) with its SentencePiece model(s)."""
    from ctranslate2.specs import TransformerSpec
    from ctranslate2.specs.model_spec import visit_spec

    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    tokens = vocabulary(family, vocab_size)
    spec = TransformerSpec.from_config((shape.layers, shape.layers), shape.heads)
    rng = np.random.default_rng(seed)

    def fill(layer: object, name: str, value: object) -> None:
        if value is not None:
            return
        size = _weight_shape(name, shape, len(tokens))
        leaf = name.rsplit("/", 1)[-1]
        if leaf == "gamma":
            array = np.ones(size, dtype=np.float32)
        elif leaf == "beta":
            array = np.zeros(size, dtype=np.float32)
        else:
            array = rng.normal(0.0, 0.1, size).astype(np.float32)
        setattr(layer, leaf, array)

    visit_spec(spec, fill)
    spec.register_source_vocabulary(tokens)
    spec.register_target_vocabulary(tokens)
    spec.validate()
    spec.optimize(quantization=None)
    spec.save(str(target))
    for name in SENTENCEPIECE_FILES[family]:
        (target / name).write_bytes(sentencepiece_model())
    return target


_BUILT: dict[str, Path] = {}


@pytest.fixture(scope="session")
def model_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One tiny model directory per family, built once per session: test modules that import this
    fixture each get their own copy of it, so the directories are kept here."""
    if not _BUILT:
        root = tmp_path_factory.mktemp("models")
        _BUILT.update({family: build_model(root / family, family) for family in LANGUAGE_TOKENS})
    return dict(_BUILT)


def copy_model(source: Path, destination: Path) -> Path:
    """A writable copy of a model directory (for tests that remove files)."""
    return Path(shutil.copytree(source, destination))
