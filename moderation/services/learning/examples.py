"""The examples store: record a human decision as a site's labelled text, export it, erase it.

``record_decisions`` and ``record_undo`` add to the caller's unit of work without flushing
(the decision services commit once, and a lost version race must surface at their commit);
``export_page``, ``iter_examples`` and ``erase_site_examples`` serve a site's admin, and
``forget_account`` is the examples' part of an account's erasure.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import delete, update

from moderation.extensions import db
from moderation.models import (
    Account,
    AccountStatus,
    Comment,
    ExampleLabel,
    ExampleSource,
    ModerationAction,
    ModerationEvent,
    Score,
    TrainingExample,
)
from moderation.models.types import utcnow
from moderation.services.errors import InvalidInput
from moderation.services.sites import registry

log = logging.getLogger(__name__)

MAX_PAGE = 1000
_LABEL = {
    ModerationAction.APPROVED: ExampleLabel.APPROVED,
    ModerationAction.REJECTED: ExampleLabel.REJECTED,
    ModerationAction.KEPT: ExampleLabel.APPROVED,
}


def record_decisions(
    decided: Sequence[tuple[Comment, ModerationEvent]],
    moderator: Account,
    source: ExampleSource,
) -> list[TrainingExample]:
    """One example per (comment, decision event), superseding each comment's current one.

    A decision on a comment in the Reported queue counts as ``report`` whatever the channel:
    those are the texts the model let through and readers did not accept. Comments of an
    erased account are left out: its erasure deleted their examples for good.
    """
    with db.session.no_autoflush:
        decided = [(c, e) for c, e in decided if c.author.status is not AccountStatus.DELETED]
        if not decided:
            return []
        ids = [comment.id for comment, _ in decided]
        scores = latest_scores(ids)
        current = _current_by_comment(ids)
        examples = []
        now = utcnow()
        for comment, event in decided:
            previous = current.get(comment.id)
            if previous is not None:
                previous.superseded_at = now
                previous.superseded_by_event = event
            flagged = comment.reported_at is not None or event.action is ModerationAction.KEPT
            example = _example(
                comment,
                event,
                moderator,
                ExampleSource.REPORT if flagged else source,
                _LABEL[event.action],
                scores.get(comment.id),
                reason=event.reason,
                reason_code=event.details.get("reason_code"),
                details={"bulk": True} if source is ExampleSource.BULK else {},
            )
            db.session.add(example)
            examples.append(example)
    return examples


def record_undo(
    comment: Comment, undone: ModerationEvent, undo_event: ModerationEvent, moderator: Account
) -> TrainingExample | None:
    """An undo supersedes the undone decision's example; an earlier human label returns.

    The undone example is kept, superseded by the undo event. If the undone decision had
    itself superseded an earlier human decision's example, the comment is back in that
    decision's state, so a new ``undo`` example records that label again.
    """
    with db.session.no_autoflush:
        undone_example = db.session.execute(
            db.select(TrainingExample).where(
                TrainingExample.comment_id == comment.id,
                TrainingExample.moderation_event_id == undone.id,
                TrainingExample.superseded_at.is_(None),
            )
        ).scalar_one_or_none()
        if undone_example is None:
            return None
        undone_example.superseded_at = utcnow()
        undone_example.superseded_by_event = undo_event
        earlier = db.session.execute(
            db.select(TrainingExample)
            .where(
                TrainingExample.comment_id == comment.id,
                TrainingExample.superseded_by_event_id == undone.id,
            )
            .order_by(TrainingExample.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if earlier is None:
            return None
        example = _example(
            comment,
            undo_event,
            moderator,
            ExampleSource.UNDO,
            earlier.label,
            latest_scores([comment.id]).get(comment.id),
            reason=earlier.reason,
            reason_code=earlier.reason_code,
            details={"restores_example_id": earlier.id},
        )
        db.session.add(example)
    return example


def latest_scores(comment_ids: Sequence[int]) -> dict[int, Score]:
    """The newest score of each comment, in one query."""
    newest = (
        db.select(Score.comment_id, db.func.max(Score.id).label("id"))
        .where(Score.comment_id.in_(list(comment_ids)))
        .group_by(Score.comment_id)
        .subquery()
    )
    rows = db.session.execute(db.select(Score).join(newest, Score.id == newest.c.id)).scalars()
    return {score.comment_id: score for score in rows}


def _current_by_comment(comment_ids: Sequence[int]) -> dict[int, TrainingExample]:
    rows = db.session.execute(
        db.select(TrainingExample).where(
            TrainingExample.comment_id.in_(list(comment_ids)),
            TrainingExample.superseded_at.is_(None),
        )
    ).scalars()
    return {row.comment_id: row for row in rows if row.comment_id is not None}


def _example(
    comment: Comment,
    event: ModerationEvent,
    moderator: Account,
    source: ExampleSource,
    label: ExampleLabel,
    score: Score | None,
    **fields: Any,
) -> TrainingExample:
    return TrainingExample(
        site_id=comment.site_id,
        comment_id=comment.id,
        event=event,
        source=source,
        label=label,
        text=comment.body,
        language=comment.site.language,
        decided_by=moderator,
        decided_at=utcnow(),
        scores=score.as_dict() if score is not None else None,
        scorer_name=score.scorer_name if score is not None else None,
        scorer_version=score.scorer_version if score is not None else None,
        **fields,
    )


# --- export -----------------------------------------------------------------------------


def export_page(
    site_slug: str, *, after: int | None, limit: int, include_superseded: bool
) -> tuple[list[TrainingExample], int | None]:
    """A page of the site's examples in id order, and the cursor of the next page."""
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"must be between 1 and {MAX_PAGE}", field="limit")
    site = registry.get_site(site_slug)
    rows = list(
        db.session.execute(
            _site_query(site.id, include_superseded, after).limit(limit + 1)
        ).scalars()
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1].id if more and rows else None)


def iter_examples(site_slug: str, *, include_superseded: bool) -> Iterator[TrainingExample]:
    """Every example of the site in id order, read a page at a time (for a streamed CSV)."""
    site = registry.get_site(site_slug)
    after = None
    while True:
        rows = list(
            db.session.execute(
                _site_query(site.id, include_superseded, after).limit(MAX_PAGE)
            ).scalars()
        )
        yield from rows
        if len(rows) < MAX_PAGE:
            return
        after = rows[-1].id
        db.session.expunge_all()  # a long export holds one page in memory, not all of them


def _site_query(site_id: int, include_superseded: bool, after: int | None) -> Any:
    query = db.select(TrainingExample).where(TrainingExample.site_id == site_id)
    if not include_superseded:
        query = query.where(TrainingExample.superseded_at.is_(None))
    if after is not None:
        query = query.where(TrainingExample.id > after)
    return query.order_by(TrainingExample.id)


def as_row(example: TrainingExample) -> dict[str, Any]:
    """The example as export data: scores flattened to one column per label."""
    row: dict[str, Any] = {
        "id": example.id,
        "source": example.source.value,
        "label": example.label.value,
        "text": example.text,
        "language": example.language,
        "reason": example.reason,
        "reason_code": example.reason_code,
        "decided_by": example.decided_by_id,
        "decided_at": example.decided_at.isoformat(),
        "scores": example.scores,
        "scorer_name": example.scorer_name,
        "scorer_version": example.scorer_version,
        "comment_id": example.comment_id,
        "external_comment_id": example.external_comment_id,
        "superseded_at": example.superseded_at.isoformat() if example.superseded_at else None,
    }
    return row


# --- erasure ----------------------------------------------------------------------------


def erase_site_examples(
    site_slug: str, *, comment_id: int | None = None, external_comment_id: str | None = None
) -> int:
    """Delete a site's examples (all, or those of one comment); returns how many went."""
    site = registry.get_site(site_slug)
    statement = delete(TrainingExample).where(TrainingExample.site_id == site.id)
    if comment_id is not None:
        statement = statement.where(TrainingExample.comment_id == comment_id)
    if external_comment_id is not None:
        statement = statement.where(TrainingExample.external_comment_id == external_comment_id)
    deleted = db.session.execute(statement.execution_options(synchronize_session=False)).rowcount
    db.session.commit()
    log.info("erased %s training examples of site %s", deleted, site.slug)
    return int(deleted or 0)


def forget_account(account_id: int) -> int:
    """An erased account: its comments' examples go, its name leaves those it decided.

    Uncommitted: the account's erasure commits once. The comments themselves stay in the
    threads under the neutral name; their copies as training data have no such reason to.
    """
    written = db.select(Comment.id).where(Comment.author_id == account_id).scalar_subquery()
    deleted = db.session.execute(
        delete(TrainingExample)
        .where(TrainingExample.comment_id.in_(written))
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.execute(
        update(TrainingExample)
        .where(TrainingExample.decided_by_id == account_id)
        .values(decided_by_id=None)
        .execution_options(synchronize_session=False)
    )
    return int(deleted or 0)
