"""The names of site model versions, and reading them back from the version a score records."""

from __future__ import annotations

import re

# What a site scorer records as its version: its label, "+", the shared scorer's version.
_RECORDED = re.compile(r"^site-[a-z0-9-]+-v(?P<version>[0-9]+)\+")


def site_label(slug: str, version: int) -> str:
    """A site model version's name: "site-<slug>-v<version>"."""
    return f"site-{slug}-v{version}"


def recorded_version(label: str, base_version: str) -> str:
    """The scorer version a score judged by this site model records (its machine form)."""
    return f"{label}+{base_version}"


def site_version(recorded: str) -> int | None:
    """The site model version a score's recorded scorer version names; None: the shared model."""
    match = _RECORDED.match(recorded)
    return int(match["version"]) if match else None
