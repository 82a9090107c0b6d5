"""Builds one request per route for the authorization matrix: URL, method and a plausible body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Flask
from werkzeug.routing import Rule

ROLES = ("anonymous", "commenter", "author", "other_site_moderator", "moderator", "admin")
# Routes whose answer does not depend on who asks (static files, probes, public reads).
SKIP_METHODS = {"HEAD", "OPTIONS"}


@dataclass(frozen=True)
class Route:
    endpoint: str
    method: str
    rule: str

    @property
    def key(self) -> str:
        return f"{self.method} {self.endpoint}"


def routes(app: Flask) -> list[Route]:
    out = []
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) - SKIP_METHODS):
            out.append(Route(rule.endpoint, method, rule.rule))
    return sorted(out, key=lambda r: r.key)


def url_for_rule(rule: Rule | str, values: dict[str, Any]) -> str:
    """Fill a rule's placeholders ('<int:comment_id>') from ``values``."""
    import re

    text = rule if isinstance(rule, str) else rule.rule
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", lambda m: str(values[m.group(1)]), text)


BODIES: dict[str, Any] = {
    "POST api.submit": {"body": "Ein Kommentar für die Matrix."},
    "POST api.decide": {"action": "approve", "version": 1},
    "PATCH api.edit": {"body": "Geänderter Text"},
    "POST api.report": {"reason": "spam"},
    "POST api.issue_token": {"email": "nobody@example.org", "password": "wrong password"},
    "POST api.sso_exchange": {"site": "matrix", "token": "not-a-token"},
    "POST api.create_api_key": {"name": "matrix"},
    "PATCH api.update_site_settings": {"name": "Matrix"},
    "PATCH api.update_article": {"closed": False},
    "POST perspective.analyze": {
        "comment": {"text": "Hallo"},
        "requestedAttributes": {"TOXICITY": {}},
    },
}
