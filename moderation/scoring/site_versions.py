"""The names of site model versions, and reading them back from the version a score records."""

from __future__ import annotations

import re

# What a site scorer records as its version: its label, "+", the shared scorer's version.
_RECORDED = re.compile(r"^site-(?P<slug>[a-z0-9-]+)-v(?P<version>[0-9]+)\+(?P<base>.+)$")


def site_label(slug: str, version: int) -> str:
    """A site model version's name: "site-<slug>-v<version>"."""
    return f"site-{slug}-v{version}"


def recorded_version(label: str, base_version: str) -> str:
    """The scorer version a score judged by this site model records (its machine form)."""
    return f"{label}+{base_version}"


def site_version(recorded: str) -> int | None:
    """The site model version a score's recorded scorer version names; None: the shared model."""
    parts = split(recorded)
    return parts[1] if parts else None


def split(recorded: str) -> tuple[str, int, str] | None:
    """(site slug, version, the shared scorer's version) of a site model's recorded version;
    None for a shared scorer's own."""
    match = _RECORDED.match(recorded)
    return (match["slug"], int(match["version"]), match["base"]) if match else None
