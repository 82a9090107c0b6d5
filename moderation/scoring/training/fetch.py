"""Fetch a Detoxify release once, on a machine with network, for workers that run offline.

``python -m moderation.scoring.training.fetch multilingual --out /models`` downloads the release
checkpoint (its sha256 prefix checked against the file name, torch.hub's convention), saves the
transformers config and tokenizer the checkpoint names into ``/models/multilingual/``, checks
that the directory is complete, and writes ``/models/multilingual.env`` with the two settings a
worker needs (``DETOXIFY_CHECKPOINT``, ``DETOXIFY_HF_CONFIG``). Running it again with the file
already there downloads nothing. docker-compose runs it as the ``fetch-models`` service into the
``models`` volume (docs/detoxify.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from moderation.scoring.base import ScorerConfigError
from moderation.scoring.detoxify_loading import check_hf_config, import_extra, sha256_of


@dataclass(frozen=True)
class Fetched:
    checkpoint: Path
    hf_config: Path
    model_type: str
    downloaded: bool

    def env_lines(self) -> list[str]:
        return [f"DETOXIFY_CHECKPOINT={self.checkpoint}", f"DETOXIFY_HF_CONFIG={self.hf_config}"]


def hash_prefix(url: str) -> str:
    """The sha256 prefix a release file name carries: ``name-0b549669.ckpt`` -> ``0b549669``."""
    stem = url.rsplit("/", 1)[-1].split(".", 1)[0]
    return stem.rsplit("-", 1)[-1].lower() if "-" in stem else ""


def fetch(name: str, out: Path, *, url: str | None = None, base: str | None = None) -> Fetched:
    """Download release ``name`` (or ``url``) into ``out`` with its config and tokenizer.

    ``base`` replaces the transformers model the checkpoint names (a hub id or a local
    directory): for mirrors, and for the tests, which have no network.
    """
    torch, detoxify = import_extra()
    if url is None:
        if name not in detoxify.MODEL_URLS:
            raise ScorerConfigError(
                f"unknown detoxify model {name!r}; choose one of {', '.join(detoxify.MODEL_URLS)}"
            )
        url = detoxify.MODEL_URLS[name]
    out.mkdir(parents=True, exist_ok=True)
    checkpoint = out / url.rsplit("/", 1)[-1]
    prefix = hash_prefix(url)
    downloaded = False
    if not (checkpoint.is_file() and sha256_of(checkpoint).startswith(prefix)):
        try:
            # Writes to a temporary file first and checks the prefix before the rename, so a
            # broken download never leaves a file that looks complete.
            torch.hub.download_url_to_file(
                url, str(checkpoint), hash_prefix=prefix or None, progress=False
            )
        except (OSError, RuntimeError) as exc:
            raise ScorerConfigError(f"could not download {url}: {exc}") from exc
        downloaded = True

    loaded = torch.load(checkpoint, map_location="cpu", weights_only=False)
    try:
        args = loaded["config"]["arch"]["args"]
        model_type, tokenizer_name = str(args["model_type"]), str(args["tokenizer_name"])
    except (KeyError, TypeError) as exc:
        raise ScorerConfigError(f"{checkpoint} is not a Detoxify checkpoint ({exc})") from exc

    import transformers

    source = base or model_type
    hf_config = out / name
    try:
        transformers.AutoConfig.from_pretrained(source).save_pretrained(hf_config)
        # The tokenizer class the checkpoint names, as detoxify itself will build it.
        getattr(transformers, tokenizer_name).from_pretrained(source).save_pretrained(hf_config)
    except (OSError, AttributeError) as exc:
        raise ScorerConfigError(
            f"could not save the transformers config/tokenizer {source!r}: {exc}"
        ) from exc
    check_hf_config(hf_config)
    fetched = Fetched(checkpoint, hf_config, model_type, downloaded)
    (out / f"{name}.env").write_text("\n".join(fetched.env_lines()) + "\n", encoding="utf-8")
    return fetched


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m moderation.scoring.training.fetch",
        description=__doc__.split("\n")[0],
    )
    parser.add_argument("name", help="release name: multilingual, original, unbiased, ...")
    parser.add_argument("--out", type=Path, required=True, help="folder to put the files in")
    parser.add_argument("--url", help="download from here instead of the release URL")
    parser.add_argument("--base", help="transformers model (hub id or folder) to save instead")
    args = parser.parse_args(argv)
    try:
        fetched = fetch(args.name, args.out, url=args.url, base=args.base)
    except ScorerConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    state = "downloaded" if fetched.downloaded else "already present"
    print(f"{fetched.checkpoint} ({state}); {fetched.model_type} -> {fetched.hf_config}")
    print("\n".join(fetched.env_lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
