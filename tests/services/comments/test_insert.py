"""The Core INSERT of a submission hands back the same comment the database holds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from moderation.extensions import db
from moderation.models import Account, Article, Comment, CommentStatus, Site
from moderation.services.comments.insert import insert_comment


def submission(site: Site, author: Account, **overrides: object) -> tuple[dict, dict]:
    article = Article(site=site, external_id="wahl-2026")
    db.session.add(article)
    db.session.commit()
    values = {
        "site_id": site.id,
        "article_id": article.id,
        "author_id": author.id,
        "parent_id": None,
        "body": "Gute Analyse der Stichwahl.",
        "idempotency_key": None,
        **overrides,
    }
    related = {"site": site, "article": article, "author": author, "parent": None, "scores": []}
    return values, related


def column_values(comment: Comment) -> dict[str, object]:
    return {attr.key: getattr(comment, attr.key) for attr in inspect(Comment).column_attrs}


def test_the_returned_comment_equals_the_stored_row(
    make_site: Callable[..., Site], make_account: Callable[..., Account]
) -> None:
    values, related = submission(make_site(), make_account())
    comment = insert_comment(values, related)
    db.session.commit()
    returned = column_values(comment)

    db.session.expunge_all()
    stored = db.session.get(Comment, comment.id)
    assert stored is not None
    assert returned == column_values(stored)
    assert returned["status"] is CommentStatus.PENDING
    assert returned["version"] == 1 and returned["max_toxicity"] == -1.0
    assert returned["created_at"] is not None and returned["updated_at"] is not None


def test_the_comment_is_persistent_and_reads_without_sql(
    make_site: Callable[..., Site], make_account: Callable[..., Account]
) -> None:
    site, author = make_site(), make_account()
    values, related = submission(site, author)
    comment = insert_comment(values, related)
    state = inspect(comment)
    assert state.persistent and not state.expired_attributes and not state.unloaded
    assert comment.site is site and comment.author is author and comment.scores == []
    assert db.session.get(Comment, comment.id) is comment  # in the identity map


def test_a_repeated_idempotency_key_fails_as_an_integrity_error(
    make_site: Callable[..., Site], make_account: Callable[..., Account]
) -> None:
    values, related = submission(make_site(), make_account(), idempotency_key="k-1")
    insert_comment(values, related)
    db.session.commit()
    with pytest.raises(IntegrityError):
        insert_comment({**values, "body": "Noch einmal."}, related)
    db.session.rollback()
    assert db.session.query(Comment).count() == 1
