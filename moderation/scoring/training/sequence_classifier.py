"""The six-label classifier that finetune trains: built on the converted encoder, batched,
scored, and saved with its training-time offset and calibration folded into the last layer."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from moderation.scoring.labels import LABELS


def build_model(encoder_dir: Path):
    """BertForSequenceClassification on the converted encoder, pooler set to identity.

    e5 has no trained pooler (it mean-pools); an identity pooler starts the classifier on
    tanh of the <s> state instead of a random projection of it.
    """
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    config = BertConfig.from_pretrained(
        encoder_dir,
        num_labels=len(LABELS),
        problem_type="multi_label_classification",
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    model = BertForSequenceClassification.from_pretrained(encoder_dir, config=config)
    with torch.no_grad():
        model.bert.pooler.dense.weight.copy_(torch.eye(config.hidden_size))
        model.bert.pooler.dense.bias.zero_()
        model.classifier.weight.normal_(0.0, 0.02)
        model.classifier.bias.zero_()
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    return model


def collate(ids: list[list[int]], pad_id: int):
    import torch

    width = max(len(x) for x in ids)
    input_ids = torch.full((len(ids), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    for i, row in enumerate(ids):
        input_ids[i, : len(row)] = torch.tensor(row)
        mask[i, : len(row)] = 1
    return input_ids, mask


def predict_logits(model, ids: list[list[int]], pad_id: int, bf16: bool, batch_size: int = 64):
    """Raw logits for pre-tokenised rows, batched by length."""
    import torch

    order = np.argsort([len(x) for x in ids], kind="stable")
    out = np.zeros((len(ids), len(LABELS)), dtype=np.float32)
    model.eval()
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            input_ids, mask = collate([ids[i] for i in idx], pad_id)
            out[idx] = model(input_ids=input_ids, attention_mask=mask).logits.float().numpy()
    return out


def apply_calibration(logits: np.ndarray, calibration: dict) -> np.ndarray:
    a = np.array([calibration[lb]["a"] for lb in LABELS])
    b = np.array([calibration[lb]["b"] for lb in LABELS])
    return 1.0 / (1.0 + np.exp(-(logits * a + b)))


def folded_state_dict(model, offset: np.ndarray, calibration: dict | None) -> dict:
    """The model's state dict with the averaged dataset offset (and the calibration
    ``p = sigmoid(a * logit + b)``) folded into the classifier layer."""
    import torch

    state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    weight, bias = state["classifier.weight"], state["classifier.bias"] + torch.tensor(offset)
    if calibration is not None:
        a = torch.tensor([calibration[lb]["a"] for lb in LABELS], dtype=weight.dtype)
        b = torch.tensor([calibration[lb]["b"] for lb in LABELS], dtype=weight.dtype)
        weight, bias = weight * a[:, None], bias * a + b
    state["classifier.weight"], state["classifier.bias"] = weight, bias.to(weight.dtype)
    return state


def threat_floor_loss(start_model, input_ids, mask, logits, rows):
    """How far the threat logits of ``rows`` fell below the frozen ``start_model``'s, averaged.

    A continuation on look-alike templates learns to lower the threat score of threat-like
    wording; on real comments whose threat label nobody gave, this term keeps it from falling
    below where the first stage had it, and leaves rising free. Labelled rows are left to
    their labels. ``logits`` are the trained model's for the whole batch, in float32.
    """
    import torch

    if not bool(rows.any()):
        return logits.new_zeros(())
    column = LABELS.index("threat")
    with torch.no_grad():
        start = start_model(input_ids=input_ids[rows], attention_mask=mask[rows]).logits.float()
    return torch.relu(start[:, column] - logits[rows, column]).mean()
