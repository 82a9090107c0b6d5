"""Erasing an account while workers score its comments: complete every time, never a deadlock.

Scoring workers lock comments (services/automod/judging.py); the erasure and an SSO rename
update all of an author's comments. Run on PostgreSQL, where the row locks are real.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from flask import Flask

from moderation.extensions import db
from moderation.models import Account, AccountStatus, Comment, CommentStatus
from moderation.services.accounts import credentials, privacy
from moderation.services.automod import judging
from moderation.services.comments import submission
from moderation.services.sites import registry
from tests.support.scorers import FixedScorer

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
REPETITIONS = 50
COMMENTS = 6


class Scoring:
    """Worker threads that score pending comments as fast as they appear."""

    def __init__(self, app: Flask, workers: int = 3) -> None:
        self.app, self.stop, self.errors = app, threading.Event(), list[BaseException]()
        self.threads = [threading.Thread(target=self._run) for _ in range(workers)]

    def _run(self) -> None:
        scorer = FixedScorer()
        limits = judging.ScoringLimits(batch_size=4, max_attempts=50)
        with self.app.app_context():
            while not self.stop.is_set():
                pending = db.session.execute(
                    db.select(Comment.id).where(Comment.status == CommentStatus.PENDING)
                ).scalars().all()  # fmt: skip
                db.session.rollback()
                for comment_id in reversed(pending):  # against the erasure's order
                    try:
                        judging.score_comment(comment_id, scorer, limits)
                    except Exception as error:  # surfaced by the test
                        self.errors.append(error)
                        db.session.rollback()
            db.session.remove()

    def __enter__(self) -> Scoring:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)


def post_comments(account: Account, slug: str) -> None:
    for i in range(COMMENTS):
        submission.submit_comment(account, slug, "art", submission.NewComment(f"Meinung {i}"))


@pytest.fixture
def postgres_app(app: Flask) -> Flask:
    assert db.engine.dialect.name == "postgresql"
    return app


# Row locks and deadlocks are PostgreSQL's: this test runs there only, not skipped on SQLite.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_erasure_completes_while_comments_are_scored(postgres_app: Flask) -> None:
    registry.create_site("zeitung", "Zeitung")
    client = postgres_app.test_client()
    with Scoring(postgres_app) as scoring:
        for round_ in range(REPETITIONS):
            account = credentials.create_account(
                f"leser{round_}@example.org", "ein langes Passwort"
            )
            token, _ = credentials.issue_api_token(account, timedelta(hours=1))
            post_comments(account, "zeitung")
            headers = {"Authorization": f"Bearer {token}"}
            answer = client.delete("/api/v1/me", json={"confirm": "DELETE"}, headers=headers)
            assert answer.status_code == 204, (round_, answer.get_json())
            # Complete, never half: the token is gone and the name is neutral.
            assert client.get("/api/v1/me/export", headers=headers).status_code == 401
            db.session.expire_all()
            erased = db.session.get(Account, account.id)
            assert erased is not None and erased.status is AccountStatus.DELETED
            assert erased.display_name == privacy.ERASED_NAME
    assert scoring.errors == []
