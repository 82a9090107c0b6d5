"""A tiny German model artifact for tests: the real architecture and tokenizer family (a BERT
classifier with a Unigram tokenizer) at a size that builds and scores in a moment."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from moderation.scoring import compact_model
from moderation.scoring.labels import LABELS

WORDS = ["du", "bist", "ein", "idiot", "danke", "für", "den", "artikel", "schön", "."]


def unigram_tokenizer_json() -> str:
    from tokenizers import Tokenizer, pre_tokenizers
    from tokenizers.models import Unigram
    from tokenizers.processors import TemplateProcessing

    pieces = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"] + [f"▁{w}" for w in WORDS]
    pieces += sorted({c for w in WORDS for c in w})
    tokenizer = Tokenizer(Unigram([(p, -float(i)) for i, p in enumerate(pieces)], unk_id=3))
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.post_processor = TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    return tokenizer.to_str()


def tiny_classifier(vocab_size: int, seed: int = 0) -> tuple[dict[str, np.ndarray], dict]:
    import torch
    import transformers

    config = transformers.BertConfig(
        vocab_size=vocab_size,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(LABELS),
        problem_type="multi_label_classification",
        pad_token_id=1,
    )
    torch.manual_seed(seed)
    model = transformers.BertForSequenceClassification(config).eval()
    tensors = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    return tensors, config.to_dict()


def make_artifact(directory: Path, seed: int = 0) -> Path:
    """A compact artifact as the real one is packed, with weights drawn from ``seed``."""
    tokenizer_json = unigram_tokenizer_json()
    vocab_size = len(json.loads(tokenizer_json)["model"]["vocab"])
    tensors, config = tiny_classifier(vocab_size, seed)
    return compact_model.save(
        directory,
        tensors,
        config,
        tokenizer_json,
        {"name": "tiny", "licences": {"weights": "generated in the test"}},
        keep_float=("classifier.weight",),
    )
