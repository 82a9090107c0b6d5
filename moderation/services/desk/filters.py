"""The desk's tabs, sort orders, filters and page cursors, shared by every queue."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, exists

from moderation.models import Comment, CommentStatus, Score
from moderation.scoring.labels import LABELS
from moderation.services.desk.assignments import SiteScope
from moderation.services.errors import InvalidInput

MAX_SEARCH_LENGTH = 200


class Tab(StrEnum):
    HELD = "held"
    PENDING = "pending"
    REPORTED = "reported"  # flagged by readers' reports: services/desk/reported_queue.py
    PUBLISHED = "published"
    REJECTED = "rejected"
    ALL = "all"


TAB_STATUS: dict[Tab, CommentStatus | None] = {
    Tab.HELD: CommentStatus.HELD,
    Tab.PENDING: CommentStatus.PENDING,
    Tab.PUBLISHED: CommentStatus.PUBLISHED,
    Tab.REJECTED: CommentStatus.REJECTED,
    Tab.ALL: None,
}


class QueueOrder(StrEnum):
    OLDEST = "oldest"
    NEWEST = "newest"
    SCORE = "score"  # highest score first: the filtered label's, else toxicity


# Sorting by score reads each comment's highest score (``Comment.max_<label>``, kept by the
# database when a score is written). The review tabs sort by it: their (status, max_toxicity,
# id) index stops after a page, and for the other labels the tab's rows are few enough to
# read and sort. The Published tab (nearly every comment) sorts by age and filters by "label
# at least" (a subquery over scores) instead. The Reported tab holds published comments (low
# scores by construction) and sorts by when they were flagged.
SCORE_SORT_TABS = frozenset({Tab.HELD, Tab.PENDING})


@dataclass(frozen=True)
class QueueFilter:
    tab: Tab = Tab.HELD
    order: QueueOrder = QueueOrder.OLDEST
    site_id: int | None = None
    article_id: int | None = None
    author_id: int | None = None
    label: str | None = None
    threshold: float | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if self.order is QueueOrder.SCORE and self.tab not in SCORE_SORT_TABS:
            object.__setattr__(self, "order", QueueOrder.NEWEST)
        if self.label is not None and self.label not in LABELS:
            raise InvalidInput("unknown label", field="label")
        if self.threshold is not None and not 0 <= self.threshold <= 1:
            raise InvalidInput("must be between 0 and 1", field="threshold")
        if self.text is not None and len(self.text) > MAX_SEARCH_LENGTH:
            raise InvalidInput(f"must be at most {MAX_SEARCH_LENGTH} characters", field="q")

    @property
    def sort_label(self) -> str:
        return self.label or "toxicity"


@dataclass(frozen=True)
class Cursor:
    """A position in a sorted queue: the last row's sort key, never an offset."""

    id: int
    score: float | None = None

    def encode(self) -> str:
        return str(self.id) if self.score is None else f"{self.score!r}_{self.id}"

    @classmethod
    def decode(cls, raw: str, order: QueueOrder) -> Cursor:
        try:
            if order is QueueOrder.SCORE:
                score, _, ident = raw.partition("_")
                cursor = cls(id=int(ident), score=float(score))
                if cursor.score != cursor.score:  # NaN
                    raise ValueError(raw)
            else:
                cursor = cls(id=int(raw))
        except ValueError:
            raise InvalidInput("not a page cursor", field="cursor") from None
        if not 0 < cursor.id < 2**63:
            raise InvalidInput("not a page cursor", field="cursor")
        return cursor


@dataclass(frozen=True)
class Page:
    items: list[Comment]
    next_cursor: str | None  # pass as ?after= for the following page
    prev_cursor: str | None  # pass as ?before= for the preceding page


def score_expression(label: str) -> ColumnElement[float]:
    """The comment's highest score for ``label``; -1 for an unscored comment, so it sorts last."""
    return getattr(Comment, f"max_{label}")  # type: ignore[no-any-return]


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere; its own % and _ match literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def apply_filter(
    query: Select[Any], scope: SiteScope, flt: QueueFilter, *, full: bool
) -> Select[Any]:
    """Apply the scope and the structural filters (site, article, author); ``full``: all."""
    query = query.where(scope.narrowed(flt.site_id).clause(Comment.site_id))
    if flt.article_id is not None:
        query = query.where(Comment.article_id == flt.article_id)
    if flt.author_id is not None:
        query = query.where(Comment.author_id == flt.author_id)
    if not full:
        return query
    if flt.label is not None and flt.threshold is not None:
        # A subquery over the scores, not the comment's max_<label>: with a threshold that few
        # comments reach, the planner scans the narrow scores table instead of walking the
        # wide comments one, which on the large Published tab is several times slower.
        column = getattr(Score, flt.label)
        query = query.where(exists().where(Score.comment_id == Comment.id, column >= flt.threshold))
    if flt.text:
        query = query.where(Comment.body.ilike(like_pattern(flt.text), escape="\\"))
    return query
