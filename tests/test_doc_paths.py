"""Every source path the README and docs name exists (the archive keeps its history as written)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# A path into the project: a top-level folder, then a file with a source or data extension.
PATH = re.compile(
    r"(?<![\w./-])((?:moderation|workers|tests|bench|migrations|scripts|templates|static)"
    r"/[\w./-]*\w\.(?:py|md|html|css|js|json|jsonl|toml|yml|npz))\b"
)

# Written by test runs, never committed (.gitignore): named in docs as where figures land.
GENERATED = ("tests/_artifacts/",)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_named_paths_exist(doc: Path) -> None:
    missing = sorted(
        {
            m
            for m in PATH.findall(doc.read_text(encoding="utf-8"))
            if not m.startswith(GENERATED) and not (ROOT / m).exists()
        }
    )
    assert missing == []
