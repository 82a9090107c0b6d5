"""Every route × every kind of caller: the expected status, generated from the URL map.

A new route without a row in EXPECTED fails `test_every_route_has_a_rule`, so nobody can
add an endpoint without deciding who may call it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, Role
from moderation.models.desk import SiteAssignment
from moderation.services.accounts import credentials
from tests.security.expected import EXPECTED, PUBLIC
from tests.security.matrix import BODIES, ROLES, Route, routes, url_for_rule
from tests.support.clients import FreshContextClient, csrf_token_from
from tests.support.config import PASSWORD


@pytest.fixture
def world(
    app: Flask,
    make_site: Callable[..., Any],
    make_account: Callable[..., Account],
    make_comment: Callable[..., Comment],
) -> dict[str, Any]:
    app.test_client_class = FreshContextClient  # one app context per request, as in production
    site, other_site = make_site("matrix"), make_site("elsewhere")
    author = make_account(email="author@example.org")
    comment = make_comment(site=site, author=author, status=CommentStatus.HELD)
    moderator = make_account(Role.MODERATOR, email="mod@example.org")
    other = make_account(Role.MODERATOR, email="other-mod@example.org")
    db.session.add_all(
        [
            SiteAssignment(account_id=moderator.id, site_id=site.id),
            SiteAssignment(account_id=other.id, site_id=other_site.id),
        ]
    )
    db.session.commit()
    return {
        "accounts": {
            "commenter": make_account(email="reader@example.org"),
            "author": author,
            "other_site_moderator": other,
            "moderator": moderator,
            "admin": make_account(Role.ADMIN, email="admin@example.org"),
        },
        "values": {
            "comment_id": comment.id,
            "site": site.slug,
            "site_id": site.id,
            "article_id": comment.article.external_id,
            "account_id": author.id,
            "key_id": 1,
            "version": 1,
            "filename": "style.css",
        },
    }


def call(client: FlaskClient, route: Route, role: str, world: dict[str, Any]) -> int:
    url = url_for_rule(route.rule, world["values"])
    headers: dict[str, str] = {}
    account = world["accounts"].get(role)
    html = not (route.rule.startswith(("/api/", "/v1alpha1", "/coral")))
    if account is not None and html:
        page = client.get("/auth/login").get_data(as_text=True)
        client.post(
            "/auth/login",
            data={
                "email": account.email,
                "password": PASSWORD,
                "csrf_token": csrf_token_from(page),
            },
        )
    elif account is not None:
        token, _ = credentials.issue_api_token(account, timedelta(hours=1))
        headers["Authorization"] = f"Bearer {token}"
    if route.method == "GET":
        return client.get(url, headers=headers).status_code
    if html:
        # Forms carry a valid CSRF token, so the answer shows authorization, not CSRF.
        page = client.get("/auth/login").get_data(as_text=True)
        data = {"csrf_token": csrf_token_from(page)}
        return client.open(url, method=route.method, data=data, headers=headers).status_code
    return client.open(
        url, method=route.method, json=BODIES.get(route.key, {}), headers=headers
    ).status_code


def test_every_route_has_a_rule(app: Flask) -> None:
    missing = [r.key for r in routes(app) if r.key not in EXPECTED and r.key not in PUBLIC]
    assert missing == [], "decide who may call these routes (tests/security/expected.py)"


@pytest.mark.parametrize("role", ROLES)
def test_authorization_matrix(app: Flask, world: dict[str, Any], role: str) -> None:
    mismatches = []
    for route in routes(app):
        if route.key in PUBLIC:
            continue
        client = app.test_client()
        status = call(client, route, role, world)
        allowed = EXPECTED[route.key][role]
        if status not in allowed:
            mismatches.append(f"{route.key} as {role}: {status}, expected {sorted(allowed)}")
        db.session.rollback()
    assert mismatches == []
