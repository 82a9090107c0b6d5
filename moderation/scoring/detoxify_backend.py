"""The "detoxify" scorer: Detoxify models over overlapping token windows, online or offline."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from moderation.scoring import threat_head
from moderation.scoring.base import ScorerConfigError
from moderation.scoring.features import clean_text
from moderation.scoring.labels import LABELS, LabelScores, complete
from moderation.scoring.threat_guard import ThreatGuard

PRECISIONS = ("fp32", "bf16", "int8")
OPTIONS = (
    "model",
    "checkpoint",
    "hf_config",
    "device",
    "batch_size",
    "threads",
    "max_tokens",
    "precision",
    "threat_head",
    "artifact",
)
_DEFAULT_MAX_TOKENS = 512
# Windows shorter than this (plus special tokens) would cut most sentences into pieces.
_MIN_WINDOW_BODY = 8


class DetoxifyScorer:
    """Scores texts with a Detoxify checkpoint, loaded once per instance.

    Texts longer than ``max_tokens`` are split into windows that overlap by a quarter of their
    length, and each label takes its maximum over the windows: an insult at the end of a long
    comment counts as much as one at the start, and no length makes the model fail.

    Create the scorer in the process that uses it. Under Celery's prefork pool that means in
    the child, after the fork (lazily in the first task, or in ``worker_process_init``), never
    at import time or in the parent: torch's thread pools do not survive ``fork()``, and a
    model loaded before the fork is copied into every child anyway.
    """

    name = "detoxify"

    def __init__(
        self,
        model: str | None = None,
        *,
        checkpoint: str | os.PathLike[str] | None = None,
        hf_config: str | os.PathLike[str] | None = None,
        device: str = "cpu",
        batch_size: int = 32,
        threads: int | None = None,
        max_tokens: int | None = None,
        precision: str = "fp32",
        threat_head: ThreatGuard | None = None,
        artifact: str | os.PathLike[str] | None = None,
    ) -> None:
        # torch and detoxify are imported here, not at module level, so that the service can
        # import every scorer module without the optional extra installed.
        from moderation.scoring.detoxify_loading import (
            check_hf_config,
            import_extra,
            load_weights,
            quantize_int8,
            window_limit,
        )

        torch, detoxify = import_extra()
        if precision not in PRECISIONS:
            raise ScorerConfigError(
                f"detoxify precision must be one of {', '.join(PRECISIONS)}, got {precision!r}"
            )
        if batch_size < 1:
            raise ScorerConfigError(f"detoxify batch_size must be at least 1, got {batch_size}")
        if threads is not None and threads < 1:
            raise ScorerConfigError(f"detoxify threads must be at least 1, got {threads}")
        self._device = _parse_device(torch, device)
        if precision == "int8" and self._device.type != "cpu":
            raise ScorerConfigError(
                "detoxify precision 'int8' (dynamic quantisation) runs on the CPU only"
            )
        shipped = None
        if artifact is not None and (model is not None or checkpoint is not None):
            raise ScorerConfigError("detoxify artifact is a model of its own: name no other")
        if model is None and checkpoint is None:
            # No model named: the German model shipped with the service (or another artifact
            # of its kind, such as a rebuilt or candidate model), built on first use.
            shipped = _german_model(artifact)
            checkpoint, hf_config = shipped.checkpoint, hf_config or shipped.hf_config
        config_dir = check_hf_config(hf_config) if hf_config is not None else None
        if threads is not None:
            # Process-wide: with N prefork children on C cores, C // N each avoids contention.
            torch.set_num_threads(threads)

        loaded = load_weights(
            torch,
            detoxify,
            model=model,
            checkpoint=checkpoint,
            hf_config=config_dir,
            device=str(self._device),
        )
        net = loaded.model.to(self._device).eval()
        if precision == "int8":
            net = quantize_int8(torch, net)
        elif precision == "bf16":
            # The weights themselves in bf16, not autocast over fp32 weights: autocast casts
            # every weight matrix again on each forward, a real share of the time even on
            # CPUs with AMX, and bf16 weights take half the memory.
            net = net.to(torch.bfloat16)

        columns = [
            (label, loaded.class_names.index(label))
            for label in LABELS
            if label in loaded.class_names
        ]
        if not columns:
            raise ScorerConfigError(
                f"detoxify checkpoint classes {loaded.class_names} include none of {LABELS}"
            )
        self._labels = [label for label, _ in columns]
        self._columns = torch.tensor([column for _, column in columns])
        self._head = _head_tensors(torch, net, threat_head, self._labels, self._device)

        special = loaded.tokenizer.num_special_tokens_to_add()
        limit = window_limit(torch, net, loaded.tokenizer)
        max_tokens = max_tokens or min(limit, _DEFAULT_MAX_TOKENS)
        if not special + _MIN_WINDOW_BODY <= max_tokens <= limit:
            raise ScorerConfigError(
                f"detoxify max_tokens must be between {special + _MIN_WINDOW_BODY} and {limit} "
                f"for this model, got {max_tokens}"
            )

        self._torch = torch
        self._model = net
        self._tokenizer = loaded.tokenizer
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.overlap = (max_tokens - special) // 4
        suffix = "" if precision == "fp32" else f"+{precision}"
        if threat_head is not None:
            suffix += f"+threathead-{threat_head.sha256[:12]}"
        # The shipped model was trained on clean_text's output; upstream models on raw text.
        self._clean = shipped is not None
        weights = shipped.version if shipped else f"{loaded.weights}-{loaded.sha256[:12]}"
        self.version = f"{weights}{suffix}"

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        """Return one {label: probability} dict per text, in input order."""
        if isinstance(texts, str):
            raise TypeError("score() takes a sequence of texts, not a single string")
        if not texts:
            return []
        torch = self._torch
        windows, owners = self._windows(texts)
        best = torch.zeros(len(texts), len(self._labels))
        for chunk, batch in self._batches(windows):
            # Probabilities are >= 0, so the zeros in `best` never win over a real window.
            for i, probs in zip(chunk, self._forward(batch), strict=True):
                best[owners[i]] = torch.maximum(best[owners[i]], probs)
        return [complete(dict(zip(self._labels, row, strict=True))) for row in best.tolist()]

    def window_states(self, texts: Sequence[str]) -> tuple[list[int], Any]:
        """Per window of ``texts``: its text's index, and the last layer's first-token state
        beside the mean of its token states (what a threat head reads), as float32 rows."""
        torch = self._torch
        windows, owners = self._windows(texts)
        width = 2 * int(self._model.config.hidden_size)
        states = torch.zeros(len(owners), width)
        for chunk, batch in self._batches(windows):
            with torch.inference_mode():
                output = self._model(**batch.to(self._device), output_hidden_states=True)
            states[chunk] = _pooled(torch, output.hidden_states[-1], batch["attention_mask"]).cpu()
        return list(owners), states

    def _windows(self, texts: Sequence[str]) -> tuple[Any, list[int]]:
        """The token windows of ``texts`` (cleaned as the model was trained, if it was), and
        per window the index of its text."""
        if self._clean:
            texts = [clean_text(text) for text in texts]
        windows = self._tokenizer(
            list(texts),
            truncation=True,
            max_length=self.max_tokens,
            stride=self.overlap,
            return_overflowing_tokens=True,
        )
        return windows, windows.pop("overflow_to_sample_mapping")

    def _batches(self, windows: Any) -> Any:
        """(window indices, padded batch) in order of length: batching windows of similar
        length wastes less compute on padding."""
        count = len(windows["input_ids"])
        order = sorted(range(count), key=lambda i: len(windows["input_ids"][i]))
        for start in range(0, count, self.batch_size):
            chunk = order[start : start + self.batch_size]
            batch = self._tokenizer.pad(
                [{key: values[i] for key, values in windows.items()} for i in chunk],
                return_tensors="pt",
            )
            yield chunk, batch

    def _forward(self, batch: Any) -> Any:
        torch = self._torch
        batch = batch.to(self._device)
        with torch.inference_mode():
            output = self._model(**batch, output_hidden_states=self._head is not None)
        probs = torch.sigmoid(output.logits.float())
        probs = probs.index_select(1, self._columns.to(probs.device))
        if self._head is not None:
            # The threat head's opinion per window; like every label, the text takes the
            # highest over its windows.
            weights, offset, column = self._head
            states = _pooled(torch, output.hidden_states[-1], batch["attention_mask"])
            head = torch.sigmoid(states @ weights + offset)
            probs[:, column] = torch.maximum(probs[:, column], head)
        return probs.cpu()


def _pooled(torch: Any, last: Any, mask: Any) -> Any:
    """The first token's state beside the mean over the real tokens, in float32."""
    last = last.float()
    weights = mask.unsqueeze(-1).to(last.dtype)
    mean = (last * weights).sum(1) / weights.sum(1).clamp(min=1.0)
    return torch.cat([last[:, 0], mean], dim=1)


def _head_tensors(
    torch: Any, net: Any, head: ThreatGuard | None, labels: list[str], device: Any
) -> tuple[Any, float, int] | None:
    """The head as (weights, offset, threat column), checked against the model it reads."""
    if head is None:
        return None
    width = 2 * int(net.config.hidden_size)
    if head.weights.shape != (width,):
        raise ScorerConfigError(
            f"threat head reads {head.weights.shape[0]} numbers per window, "
            f"this model gives {width}"
        )
    if "threat" not in labels:
        raise ScorerConfigError("a threat head needs a checkpoint with a threat label")
    weights = torch.tensor(head.weights, dtype=torch.float32, device=device)
    return weights, head.bias - head.threshold, labels.index("threat")


def _german_model(artifact: str | os.PathLike[str] | None) -> Any:
    from moderation.scoring import german_model
    from moderation.scoring.compact_model import ArtifactError

    try:
        return german_model.ensure_built(None if artifact is None else Path(artifact))
    except (ArtifactError, OSError) as exc:
        which = "shipped German model" if artifact is None else f"German model in {artifact}"
        raise ScorerConfigError(
            f"the {which} could not be built ({exc}); name an upstream model "
            "(DETOXIFY_MODEL=multilingual) or a checkpoint (DETOXIFY_CHECKPOINT)"
        ) from exc


def build(options: Mapping[str, Any]) -> DetoxifyScorer:
    """Build a DetoxifyScorer from string-or-typed options (e.g. mapped from DETOXIFY_*)."""
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ScorerConfigError(
            f"unknown detoxify option(s) {', '.join(unknown)}; known: {', '.join(OPTIONS)}"
        )
    # None or "" means "not set", so an unset environment variable can be passed through as is.
    given = {key: value for key, value in options.items() if value is not None and value != ""}
    head = None
    shipped = all(given.get(key) is None for key in ("model", "checkpoint", "artifact"))
    if threat_head.wanted(given.get("threat_head"), shipped_model=shipped):
        head = threat_head.load()
    return DetoxifyScorer(
        given.get("model"),
        checkpoint=given.get("checkpoint"),
        hf_config=given.get("hf_config"),
        device=str(given.get("device", "cpu")),
        batch_size=_int_option(given, "batch_size", 32),
        threads=_int_option(given, "threads", None),
        max_tokens=_int_option(given, "max_tokens", None),
        precision=str(given.get("precision", "fp32")).lower(),
        threat_head=head,
        artifact=given.get("artifact"),
    )


def _int_option(options: Mapping[str, Any], key: str, default: int | None) -> int | None:
    value = options.get(key, default)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    raise ScorerConfigError(f"detoxify option {key!r} must be a whole number, got {value!r}")


def _parse_device(torch: Any, device: str) -> Any:
    try:
        parsed = torch.device(device)
    except (RuntimeError, TypeError, ValueError) as exc:
        raise ScorerConfigError(f"invalid detoxify device {device!r}: {exc}") from exc
    if parsed.type == "cuda" and not torch.cuda.is_available():
        raise ScorerConfigError(f"detoxify device {device!r} asked for, but CUDA is not available")
    return parsed
