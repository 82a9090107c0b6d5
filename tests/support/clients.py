"""Test clients and page helpers."""

from __future__ import annotations

import re
from typing import Any

from flask.testing import FlaskClient


class FreshContextClient(FlaskClient):
    """Runs each request in its own app context, as a real server does.

    The ``app`` fixture keeps an app context open for the test body; without this,
    requests would share its ``g`` (and Flask-Login's cached user) and its session.
    """

    def open(self, *args: Any, **kwargs: Any) -> Any:
        # Buffered: a streamed body (the audit CSV) is read and closed here, as a server does
        # when it has sent the response. Unread, its generator kept the request's database
        # transaction open until the garbage collector found it, and the next test's TRUNCATE
        # waited on that lock for ever.
        kwargs.setdefault("buffered", True)
        with self.application.app_context():
            return super().open(*args, **kwargs)


CSRF_INPUT = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_token_from(html: str) -> str:
    match = CSRF_INPUT.search(html)
    assert match, "no csrf_token input in page"
    return match.group(1)
