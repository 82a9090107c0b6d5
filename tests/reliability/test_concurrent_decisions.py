"""Two moderators racing on the same comments: exactly one decision and one audit event each."""

from __future__ import annotations

import threading
from collections.abc import Callable

from flask import Flask
from sqlalchemy import func

from moderation.extensions import db
from moderation.models import Account, Comment, CommentStatus, ModerationEvent, Role
from moderation.services.desk import decisions
from moderation.services.errors import StaleVersion

COMMENTS = 100


def test_concurrent_decisions_never_overwrite(
    app: Flask,
    make_comment: Callable[..., Comment],
    make_account: Callable[..., Account],
) -> None:
    first = make_comment(status=CommentStatus.HELD)
    ids = [first.id] + [
        make_comment(status=CommentStatus.HELD, site=first.site, article=first.article).id
        for _ in range(COMMENTS - 1)
    ]
    moderators = [make_account(Role.MODERATOR).id, make_account(Role.MODERATOR).id]
    wins: dict[int, list[int]] = {m: [] for m in moderators}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def work(moderator_id: int, action: decisions.HumanAction) -> None:
        with app.app_context():
            moderator = db.session.get(Account, moderator_id)
            start.wait()
            for comment_id in ids:
                try:
                    decisions.decide(comment_id, moderator, action, seen_version=1)
                    wins[moderator_id].append(comment_id)
                except StaleVersion:
                    db.session.rollback()
                except BaseException as error:  # surfaced below, with the thread's context
                    errors.append(error)
                    db.session.rollback()
            db.session.remove()

    threads = [
        threading.Thread(target=work, args=(moderators[0], decisions.HumanAction.APPROVE)),
        threading.Thread(target=work, args=(moderators[1], decisions.HumanAction.REJECT)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert sorted(wins[moderators[0]] + wins[moderators[1]]) == sorted(ids)

    db.session.expire_all()
    per_comment = dict(
        db.session.execute(
            db.select(ModerationEvent.comment_id, func.count()).group_by(ModerationEvent.comment_id)
        ).all()
    )
    assert per_comment == dict.fromkeys(ids, 1)
    for moderator_id, won in wins.items():
        expected = (
            CommentStatus.PUBLISHED if moderator_id == moderators[0] else CommentStatus.REJECTED
        )
        statuses = (
            db.session.execute(db.select(Comment.status).where(Comment.id.in_(won))).scalars().all()
        )
        assert set(statuses) <= {expected}
    versions = set(
        db.session.execute(db.select(Comment.version).where(Comment.id.in_(ids))).scalars()
    )
    assert versions == {2}
