"""What the browser tests share: a desk served for Chromium, and a page being watched."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import Flask


@dataclass
class LiveDesk:
    url: str
    app: Flask
    ids: dict[str, Any] = field(default_factory=dict)


@dataclass
class Watched:
    """A page plus what it did that a test must never see: script errors, dialogs, CSP hits."""

    page: Any
    problems: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
