"""Human decisions become training examples of their site: desk, bulk, keep, undo, erasure."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import update

from moderation.extensions import db
from moderation.models import (
    Account,
    AccountStatus,
    Comment,
    CommentStatus,
    ExampleLabel,
    ExampleSource,
    ModerationAction,
    Site,
    TrainingExample,
)
from moderation.services.accounts import privacy
from moderation.services.comments import reports
from moderation.services.desk import bans, decisions, undo
from moderation.services.desk.assignments import scope_for
from moderation.services.errors import StaleVersion
from moderation.services.sites import desk_settings
from tests.support.desk import SCORES, events, status_of

Login = Callable[[Account], None]
Token = Callable[[str], str]


def examples_of(comment: Comment) -> list[TrainingExample]:
    db.session.expire_all()
    return list(
        db.session.execute(
            db.select(TrainingExample)
            .where(TrainingExample.comment_id == comment.id)
            .order_by(TrainingExample.id)
        ).scalars()
    )


def current(comment: Comment) -> list[TrainingExample]:
    return [e for e in examples_of(comment) if e.superseded_at is None]


def test_a_desk_rejection_is_stored_with_text_reason_moderator_and_scores(
    client: FlaskClient,
    login: Login,
    page_token: Token,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = make_held("Du bist ein Idiot")
    moderator = make_moderator()
    login(moderator)
    reason = desk_settings.reasons_for(desk_site)[0]
    response = client.post(
        f"/dashboard/comments/{comment.id}/decision",
        data={
            "csrf_token": page_token("/dashboard/"),
            "action": "reject",
            "version": 1,
            "reason": reason,
            "note": "Bitte sachlich bleiben.",
        },
    )
    assert response.status_code == 302
    [example] = examples_of(comment)
    assert example.site_id == desk_site.id and example.comment_id == comment.id
    assert example.source is ExampleSource.DESK and example.label is ExampleLabel.REJECTED
    assert example.text == "Du bist ein Idiot" and example.language == "de"
    assert example.reason == f"{reason}: Bitte sachlich bleiben." and example.reason_code == reason
    assert example.decided_by_id == moderator.id and example.decided_at is not None
    assert example.scores == SCORES
    assert (example.scorer_name, example.scorer_version) == ("embedded", "test-1")
    assert example.moderation_event_id == events(comment)[-1].id
    assert example.superseded_at is None


def test_the_text_is_kept_as_decided_when_the_comment_changes_later(
    make_moderator: Callable[..., Account], make_held: Callable[..., Comment]
) -> None:
    comment = make_held("Erste Fassung")
    moderator = make_moderator()
    decisions.decide(comment.id, moderator, decisions.HumanAction.APPROVE, seen_version=1)
    comment.body = "Später geändert"
    db.session.commit()
    [example] = examples_of(comment)
    assert example.text == "Erste Fassung" and example.label is ExampleLabel.APPROVED


def test_a_later_decision_supersedes_the_earlier_example(
    make_moderator: Callable[..., Account], make_held: Callable[..., Comment]
) -> None:
    comment = make_held()
    moderator = make_moderator()
    decisions.decide(comment.id, moderator, decisions.HumanAction.APPROVE, seen_version=1)
    decisions.decide(
        comment.id, moderator, decisions.HumanAction.REJECT, seen_version=2, reason="Beleidigung"
    )
    first, second = examples_of(comment)
    assert first.label is ExampleLabel.APPROVED and second.label is ExampleLabel.REJECTED
    assert first.superseded_at is not None
    assert first.superseded_by_event_id == second.moderation_event_id
    assert current(comment) == [second]


def test_bulk_decisions_store_one_bulk_example_each(
    make_moderator: Callable[..., Account], make_held: Callable[..., Comment]
) -> None:
    comments = [make_held(f"Kommentar {n}") for n in range(3)]
    moderator = make_moderator()
    result = decisions.bulk_decide(
        [(c.id, 1) for c in comments],
        moderator,
        decisions.HumanAction.APPROVE,
        scope=scope_for(moderator),
    )
    assert len(result.events) == 3
    for comment in comments:
        [example] = examples_of(comment)
        assert example.source is ExampleSource.BULK and example.label is ExampleLabel.APPROVED
        assert example.text == comment.body and example.details == {"bulk": True}


def test_reported_comments_kept_or_rejected_are_report_examples(
    make_moderator: Callable[..., Account], make_reported: Callable[..., Comment]
) -> None:
    kept, rejected = make_reported("Bleibt stehen"), make_reported("Fliegt raus")
    moderator = make_moderator()
    reports.dismiss(moderator, kept.id, seen_version=1)
    decisions.decide(
        rejected.id, moderator, decisions.HumanAction.REJECT, seen_version=1, reason="Spam"
    )
    [keep] = examples_of(kept)
    assert keep.source is ExampleSource.REPORT and keep.label is ExampleLabel.APPROVED
    assert keep.text == "Bleibt stehen" and keep.scores is not None
    [reject] = examples_of(rejected)
    assert reject.source is ExampleSource.REPORT and reject.label is ExampleLabel.REJECTED


def test_undo_supersedes_the_undone_example_and_leaves_no_label_after_automod(
    make_moderator: Callable[..., Account], make_held: Callable[..., Comment]
) -> None:
    comment = make_held()
    moderator = make_moderator()
    decisions.decide(comment.id, moderator, decisions.HumanAction.REJECT, seen_version=1)
    rejected = events(comment)[-1]
    result = undo.undo([rejected.id], moderator, scope=scope_for(moderator))
    assert [c.id for c in result.comments] == [comment.id]
    [example] = examples_of(comment)
    assert example.superseded_at is not None
    assert example.superseded_by_event_id == events(comment)[-1].id  # the "undone" event
    assert events(comment)[-1].action is ModerationAction.UNDONE
    assert current(comment) == []


def test_undo_gives_back_the_earlier_human_label_as_an_undo_example(
    make_moderator: Callable[..., Account], make_held: Callable[..., Comment]
) -> None:
    comment = make_held()
    first, second = make_moderator(), make_moderator()
    decisions.decide(comment.id, first, decisions.HumanAction.APPROVE, seen_version=1)
    decisions.decide(comment.id, second, decisions.HumanAction.REJECT, seen_version=2)
    undo.undo([events(comment)[-1].id], second, scope=scope_for(second))
    approved, rejected, restored = examples_of(comment)
    assert rejected.superseded_at is not None and approved.superseded_at is not None
    assert restored.source is ExampleSource.UNDO and restored.label is ExampleLabel.APPROVED
    assert restored.decided_by_id == second.id and restored.superseded_at is None
    assert restored.details == {"restores_example_id": approved.id}
    assert current(comment) == [restored]


def test_undoing_a_keep_supersedes_its_example(
    make_moderator: Callable[..., Account], make_reported: Callable[..., Comment]
) -> None:
    comment = make_reported()
    moderator = make_moderator()
    reports.dismiss(moderator, comment.id, seen_version=1)
    undo.undo([events(comment)[-1].id], moderator, scope=scope_for(moderator))
    [example] = examples_of(comment)
    assert example.source is ExampleSource.REPORT and example.superseded_at is not None


def test_an_authors_ban_rejecting_everything_stores_no_examples(
    make_moderator: Callable[..., Account], make_held: Callable[..., Comment]
) -> None:
    comment = make_held("Harmlos, aber vom gesperrten Konto")
    moderator = make_moderator()
    bans.ban(moderator, comment.id, scope=scope_for(moderator), reason="Spam", reject_all=True)
    assert status_of(comment) is CommentStatus.REJECTED
    assert examples_of(comment) == []


def test_erasing_the_author_deletes_their_comments_examples_and_keeps_them_out(
    make_moderator: Callable[..., Account], make_held: Callable[..., Comment]
) -> None:
    comment, other = make_held("Meine Meinung"), make_held("Eine andere Meinung")
    moderator = make_moderator()
    decisions.decide(comment.id, moderator, decisions.HumanAction.APPROVE, seen_version=1)
    decisions.decide(other.id, moderator, decisions.HumanAction.APPROVE, seen_version=1)
    privacy.erase(comment.author, "DELETE")
    assert examples_of(comment) == [] and len(examples_of(other)) == 1
    # The comment stays in the thread; rejecting it later makes no new copy of the text.
    assert comment.author.status is AccountStatus.DELETED
    decisions.decide(comment.id, moderator, decisions.HumanAction.REJECT, seen_version=2)
    assert examples_of(comment) == []


def test_erasing_a_moderator_removes_their_name_from_the_examples(
    make_moderator: Callable[..., Account], make_held: Callable[..., Comment]
) -> None:
    comment = make_held()
    moderator = make_moderator()
    decisions.decide(comment.id, moderator, decisions.HumanAction.APPROVE, seen_version=1)
    privacy.erase(moderator, "DELETE")
    [example] = examples_of(comment)
    assert example.decided_by_id is None and example.label is ExampleLabel.APPROVED


def test_a_decision_that_loses_a_race_is_stale_and_stores_no_example(
    monkeypatch: pytest.MonkeyPatch,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
) -> None:
    """A colleague's decision lands between our read and our write: 409, nothing stored."""
    comment = make_held()
    moderator = make_moderator()
    read_statement = decisions.statement

    def colleague_decides_meanwhile(reason: str | None, note: str | None) -> str | None:
        with db.engine.begin() as connection:
            connection.execute(
                update(Comment)
                .where(Comment.id == comment.id)
                .values(version=Comment.version + 1, status=CommentStatus.PUBLISHED)
            )
        return read_statement(reason, note)

    monkeypatch.setattr(decisions, "statement", colleague_decides_meanwhile)
    with pytest.raises(StaleVersion):
        decisions.decide(comment.id, moderator, decisions.HumanAction.REJECT, seen_version=1)
    assert examples_of(comment) == []
