"""Desk fixtures: a site, moderators assigned to it, held and reported comments, helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update

from moderation.extensions import db
from moderation.models import (
    Account,
    Comment,
    CommentReport,
    CommentStatus,
    ModerationAction,
    ModerationEvent,
    ReportReason,
    Role,
    Score,
    Site,
    SiteAssignment,
)
from moderation.models.types import utcnow
from tests.support.clients import csrf_token_from
from tests.support.desk import SCORES, events, status_of  # noqa: F401  (fixtures use them)


@pytest.fixture
def desk_site(make_site: Callable[..., Site]) -> Site:
    return make_site("rheinblick", name="Rheinblick Online")


@pytest.fixture
def make_moderator(make_account: Callable[..., Account], desk_site: Site) -> Callable[..., Account]:
    """A moderator assigned to ``sites`` (default: the desk site)."""

    def make(*sites: Site, **kw: Any) -> Account:
        account = make_account(Role.MODERATOR, **kw)
        for site in sites or (desk_site,):
            db.session.add(SiteAssignment(account_id=account.id, site_id=site.id))
        db.session.commit()
        return account

    return make


@pytest.fixture
def make_held(make_comment: Callable[..., Comment], desk_site: Site) -> Callable[..., Comment]:
    """A comment the scorer held on the desk site, with a score and the policy's reasons."""

    def make(body: str = "Du bist ein Idiot", **kw: Any) -> Comment:
        scores = {**SCORES, **kw.pop("scores", {})}
        status = kw.pop("status", CommentStatus.HELD)
        comment = make_comment(status=status, body=body, site=kw.pop("site", desk_site), **kw)
        db.session.add(
            Score(comment=comment, scorer_name="embedded", scorer_version="test-1", **scores)
        )
        reasons = [
            f"{label} {value:.2f} >= 0.50 (hold)" for label, value in scores.items() if value >= 0.5
        ]
        db.session.add(
            ModerationEvent(
                comment=comment,
                actor_id=None,
                action=ModerationAction.AUTO_HELD,
                reason="; ".join(reasons) or None,
                details={"reasons": reasons, "scorer": "embedded"},
            )
        )
        db.session.commit()
        return comment

    return make


@pytest.fixture
def make_reported(
    make_held: Callable[..., Comment], make_account: Callable[..., Account]
) -> Callable[..., Comment]:
    """A published comment flagged by readers' reports (``reasons``: one report each)."""

    def make(
        body: str = "Gemeldet",
        reasons: Sequence[str] = ("insult", "insult", "spam"),
        at: datetime | None = None,
        **kw: Any,
    ) -> Comment:
        kw.setdefault("scores", {"toxicity": 0.3, "insult": 0.2})
        comment = make_held(body, status=CommentStatus.PUBLISHED, **kw)
        for reason in reasons:
            db.session.add(
                CommentReport(
                    comment_id=comment.id,
                    reporter_id=make_account().id,
                    reason=ReportReason(reason),
                )
            )
        # As reports.report() counts: a Core UPDATE, so the comment's version stays 1.
        db.session.execute(
            update(Comment)
            .where(Comment.id == comment.id)
            .values(report_count=len(reasons), reported_at=at or utcnow())
            .execution_options(synchronize_session=False)
        )
        db.session.commit()
        db.session.refresh(comment)
        return comment

    return make


@pytest.fixture
def page_token(client: FlaskClient) -> Callable[[str], str]:
    """The CSRF token from a dashboard page the signed-in moderator loads."""

    def token(path: str = "/dashboard/") -> str:
        return csrf_token_from(client.get(path).get_data(as_text=True))

    return token


@pytest.fixture
def admin(app: Flask, make_account: Callable[..., Account]) -> Account:
    return make_account(Role.ADMIN)
