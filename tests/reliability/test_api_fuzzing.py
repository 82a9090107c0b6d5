"""Property-based fuzzing of the JSON API: whatever arrives, the answer is never a 5xx."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation.models import Account, Comment, CommentStatus, Role, Site

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
comment_like = st.fixed_dictionaries(
    {},
    optional={
        "body": json_values | st.text(max_size=300),
        "parent_id": json_values,
        "article_title": json_values,
        "article_url": json_values | st.sampled_from(["https://x.example/a", "ftp://x", ""]),
        "action": st.sampled_from(["approve", "reject", "delete", ""]) | json_values,
        "version": json_values,
        "reason": json_values,
        "email": json_values,
        "password": json_values,
    },
)
raw_bodies = st.binary(max_size=300) | comment_like.map(lambda d: json.dumps(d).encode())
path_segments = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="/?#%"),
    min_size=1,
    max_size=30,
)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_no_server_error(response: Any) -> None:
    assert response.status_code < 500, response.get_data(as_text=True)[:500]
    if response.status_code >= 400:
        assert "code" in response.get_json()["error"]


@FUZZ
@given(
    body=raw_bodies,
    content_type=st.sampled_from(["application/json", "text/plain", ""]),
    article=path_segments,
)
def test_posting_comments_never_fails_with_5xx(
    client: FlaskClient,
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    bearer: Callable[[Account], dict[str, str]],
    body: bytes,
    content_type: str,
    article: str,
) -> None:
    site = make_site("fuzz") if not hasattr(client, "_fuzz_headers") else None
    if site is not None:
        client._fuzz_headers = bearer(make_account())  # type: ignore[attr-defined]
    response = client.post(
        f"/api/v1/sites/fuzz/articles/{article}/comments",
        data=body,
        content_type=content_type or None,
        headers=client._fuzz_headers,
    )  # type: ignore[attr-defined]
    assert_no_server_error(response)


@FUZZ
@given(payload=comment_like)
def test_decisions_and_tokens_never_fail_with_5xx(
    client: FlaskClient,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
    bearer: Callable[[Account], dict[str, str]],
    payload: dict[str, Any],
) -> None:
    if not hasattr(client, "_fuzz_comment"):
        client._fuzz_comment = make_comment(status=CommentStatus.HELD).id  # type: ignore[attr-defined]
        client._fuzz_headers = bearer(make_account(Role.MODERATOR))  # type: ignore[attr-defined]
    comment_id = client._fuzz_comment  # type: ignore[attr-defined]
    decision = client.post(
        f"/api/v1/comments/{comment_id}/decision", json=payload, headers=client._fuzz_headers
    )  # type: ignore[attr-defined]
    assert_no_server_error(decision)
    token = client.post("/api/v1/auth/token", json=payload)
    assert_no_server_error(token)
    listing = client.get(f"/api/v1/sites/x/articles/y/comments?limit={payload.get('reason')}")
    assert_no_server_error(listing)
