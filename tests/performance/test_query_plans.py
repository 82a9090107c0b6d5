"""The desk's hot queries use their indexes on PostgreSQL: EXPLAIN of the statements the app runs.

A database is filled by bench/generate.py (migrated by ``flask db upgrade``, then ANALYZEd)
with enough rows for the planner's real statistics to matter. Each case calls a service as
the views do, records every statement it sends, and EXPLAINs each one with its parameters:
no sequential scan on comments, and the index the case exists for appears in its plans.
Statistics are checked on their second call, the steady state once their rollups exist.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from sqlalchemy import event, func, text
from sqlalchemy.engine import Engine

from bench.generate import MODERATOR_EMAIL, PLACES, generate
from moderation import create_app
from moderation.extensions import db
from moderation.models import Account, Article, Comment, CommentStatus, Site
from moderation.services.comments import public_thread, threads
from moderation.services.desk import authors, filters, queue
from moderation.services.desk.assignments import SiteScope, scope_for
from moderation.services.statistics import overview
from tests.support.config import app_config
from tests.support.servers import PostgresServer

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

COMMENTS = int(os.environ.get("QUERY_PLAN_COMMENTS", "50000"))
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def filled(postgres_server: PostgresServer) -> Iterator[Flask]:
    name = "query_plans"
    postgres_server.drop_database(name)
    url = postgres_server.create_database(name)
    generate(url, comments=COMMENTS, articles=200, authors=5_000, log=lambda _: None)
    app = create_app(app_config(url))
    with app.app_context(), db.engine.begin() as connection:
        # ANALYZE samples rows at random, and at this size the rare word's estimated share
        # moved the search between the trigram index and an ordered primary-key walk from
        # run to run. A target this high reads every row: the same statistics every time.
        connection.execute(text("ALTER TABLE comments ALTER COLUMN body SET STATISTICS 10000"))
        connection.execute(text("ANALYZE comments"))
    yield app
    with app.app_context():
        db.engine.dispose()
    postgres_server.drop_database(name)


@pytest.fixture
def desk(filled: Flask) -> Iterator[SiteScope]:
    with filled.app_context():
        moderator = db.session.execute(
            db.select(Account).where(Account.email == MODERATOR_EMAIL)
        ).scalar_one()
        yield scope_for(moderator)
        db.session.rollback()


def plans(call: Callable[[], Any], *, analyze: bool = False) -> list[tuple[str, str]]:
    """(statement, EXPLAIN output) of every SELECT that ``call`` sends."""
    sent: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    connection = db.session.connection()
    out = []
    for statement, parameters in sent:
        explain = "EXPLAIN ANALYZE" if analyze else "EXPLAIN"
        rows = connection.exec_driver_sql(f"{explain} {statement}", parameters).all()
        out.append((statement, "\n".join(row[0] for row in rows)))
    return out


def assert_indexed(found: list[tuple[str, str]], *indexes: str) -> None:
    assert found, "the call sent no SELECT"
    for statement, plan in found:
        assert "Seq Scan on comments" not in plan, f"{statement}\n{plan}"
    every = "\n".join(plan for _, plan in found)
    for index in indexes:
        assert index in every, f"{index} not used:\n{every}"


def held_after(scope: SiteScope, fraction: float) -> str:
    ids = db.session.execute(
        db.select(Comment.id)
        .where(Comment.status == CommentStatus.HELD, scope.clause(Comment.site_id))
        .order_by(Comment.id)
    ).scalars()
    ids = list(ids)
    return str(ids[int(len(ids) * fraction)])


def test_held_queue_first_and_deep_page_walk_the_status_index(desk: SiteScope) -> None:
    flt = filters.QueueFilter()
    assert_indexed(plans(lambda: queue.page(desk, flt)), "ix_comments_status_id")
    deep = held_after(desk, 0.9)
    assert_indexed(plans(lambda: queue.page(desk, flt, after=deep)), "ix_comments_status_id")


def test_tab_counts_read_indexes(desk: SiteScope) -> None:
    assert_indexed(
        plans(lambda: queue.tab_counts(desk, filters.QueueFilter())), "ix_comments_reported_at_id"
    )


def test_search_for_a_rare_word_uses_the_trigram_index(desk: SiteScope) -> None:
    flt = filters.QueueFilter(tab=filters.Tab.ALL, text=PLACES[0])
    assert_indexed(plans(lambda: queue.page(desk, flt)), "ix_comments_body_trgm")


def test_reported_queue_walks_its_keyset_index(desk: SiteScope) -> None:
    flt = filters.QueueFilter(tab=filters.Tab.REPORTED)
    assert_indexed(plans(lambda: queue.page(desk, flt)), "ix_comments_reported_at_id")


def test_score_sort_walks_the_score_index_on_every_page(desk: SiteScope) -> None:
    flt = filters.QueueFilter(order=filters.QueueOrder.SCORE)
    first = queue.page(desk, flt)
    assert_indexed(plans(lambda: queue.page(desk, flt)), "ix_comments_status_max_toxicity_id")
    # A later page starts the index scan at its cursor's score (not a filter from the top),
    # and a page back walks the same index backwards.
    assert first.next_cursor is not None
    later = plans(lambda: queue.page(desk, flt, after=first.next_cursor))
    assert_indexed(later, "ix_comments_status_max_toxicity_id")
    assert any("Index Cond" in plan and "max_toxicity <=" in plan for _, plan in later), later
    second = queue.page(desk, flt, after=first.next_cursor)
    back = plans(lambda: queue.page(desk, flt, before=second.prev_cursor))
    assert_indexed(back, "Index Scan Backward using ix_comments_status_max_toxicity_id")


def test_author_panel_counts_come_from_the_index_alone(desk: SiteScope) -> None:
    author_id = db.session.execute(
        db.select(Comment.author_id)
        .group_by(Comment.author_id)
        .order_by(db.func.count().desc())
        .limit(1)
    ).scalar_one()
    author = db.session.get(Account, author_id)
    assert author is not None
    found = plans(lambda: authors.panel(author, desk))
    assert_indexed(found, "Index Only Scan using ix_comments_author_id_status_site_id")


def test_statistics_read_rollups_and_indexes(desk: SiteScope) -> None:
    overview.compute(desk, 30, BERLIN)  # the first call fills the rollups
    found = plans(lambda: overview.compute(desk, 30, BERLIN))
    assert_indexed(found, "ix_comments_status_created_at_site_id", "pk_stats_rollups")


def test_public_thread_read_uses_the_article_index(filled: Flask) -> None:
    with filled.app_context():
        site, article = db.session.execute(
            db.select(Site, Article).join(Article, Article.site_id == Site.id).limit(1)
        ).one()
        found = plans(
            lambda: threads.thread_page(site.slug, article.external_id, after=None, limit=50)
        )
        # Top-level comments by the article's index, each level of replies by their parent.
        assert_indexed(found, "ix_comments_article_id_status_id", "ix_comments_parent_id")


def test_public_flat_thread_read_and_version_use_the_article_index(filled: Flask) -> None:
    with filled.app_context():
        site, article = db.session.execute(
            db.select(Site, Article).join(Article, Article.site_id == Site.id).limit(1)
        ).one()

        def read() -> None:
            slug, external_id = site.slug, article.external_id
            public_thread.page_with_version(slug, external_id, after=None, limit=20)
            public_thread.page_version(slug, external_id, after=None, limit=20)

        assert_indexed(plans(read), "ix_comments_article_id_status_id")


def test_public_read_of_a_hot_article_stops_after_the_page(filled: Flask) -> None:
    # The generator gives the first articles most comments, as a hot story gets them.
    with filled.app_context():
        slug, external_id, total = db.session.execute(
            db.select(Site.slug, Article.external_id, func.count(Comment.id))
            .join(Article, Article.site_id == Site.id)
            .join(Comment, Comment.article_id == Article.id)
            .group_by(Site.slug, Article.external_id)
            .order_by(func.count(Comment.id).desc())
            .limit(1)
        ).one()
        assert total > 1_000

        def read() -> None:
            public_thread.page_with_version(slug, external_id, after=None, limit=20)
            public_thread.page_version(slug, external_id, after=None, limit=20)

        found = plans(read, analyze=True)
        assert len(found) == 2
        for statement, plan in found:
            read_rows = [
                int(match.group(1))
                for line in plan.splitlines()
                if " on comments" in line and (match := re.search(r"actual .* rows=(\d+)", line))
            ]
            # The page and one more row (for the next link), not the article's thousands.
            assert read_rows and max(read_rows) <= 21, f"{statement}\n{plan}"
