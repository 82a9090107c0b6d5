"""Instances attached from Core rows behave as the ORM's own loads: same values, no SQL to
read them, changes flushed, the session's copy preferred."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event, inspect, select

from moderation.extensions import db
from moderation.models import Account, Article, Site
from moderation.services.row_entities import attach, columns


@contextmanager
def statements() -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def read_with_core(site_id: int) -> dict[str, object]:
    sites, articles = Site.__table__, Article.__table__
    statement = (
        select(*columns(Site, "s_"), *columns(Article, "a_"))
        .join_from(sites, articles, articles.c.site_id == sites.c.id)
        .where(sites.c.id == site_id)
    )
    return dict(db.session.connection().execute(statement).one()._mapping)


def column_values(instance: object) -> dict[str, object]:
    mapper = inspect(type(instance))
    return {attribute.key: getattr(instance, attribute.key) for attribute in mapper.column_attrs}


def stored_site_and_article(make_site: Callable[..., Site]) -> tuple[int, int]:
    site = make_site(policy={"hold_thresholds": {"insult": 0.4}})
    article = Article(site=site, external_id="stichwahl", title="Stichwahl")
    db.session.add(article)
    db.session.commit()
    ids = site.id, article.id
    db.session.expunge_all()
    return ids


def test_an_attached_row_equals_the_orm_load_and_reads_without_sql(
    make_site: Callable[..., Site],
) -> None:
    site_id, article_id = stored_site_and_article(make_site)
    row = read_with_core(site_id)
    with statements() as seen:
        site = attach(Site, row, prefix="s_")
        article = attach(Article, row, prefix="a_")
        values = column_values(site), column_values(article)
        assert article.site is site  # the many-to-one resolves from the identity map
    assert seen == []
    state = inspect(site)
    assert state.persistent and not state.expired_attributes and not state.modified
    assert not db.session.dirty

    db.session.expunge_all()
    loaded = db.session.get(Site, site_id), db.session.get(Article, article_id)
    assert values == (column_values(loaded[0]), column_values(loaded[1]))


def test_a_change_to_an_attached_instance_is_flushed(make_site: Callable[..., Site]) -> None:
    site_id, article_id = stored_site_and_article(make_site)
    article = attach(Article, read_with_core(site_id), prefix="a_")
    article.url = "https://zeitung.example/stichwahl"
    db.session.commit()
    db.session.expunge_all()
    stored = db.session.get(Article, article_id)
    assert stored is not None and stored.url == "https://zeitung.example/stichwahl"


def test_the_sessions_own_copy_wins(make_site: Callable[..., Site]) -> None:
    site_id, _ = stored_site_and_article(make_site)
    held = db.session.get(Site, site_id)
    assert held is not None
    held.name = "Noch nicht gespeichert"
    assert attach(Site, read_with_core(site_id), prefix="s_") is held
    assert held.name == "Noch nicht gespeichert"


def test_a_missing_value_is_null(make_account: Callable[..., Account]) -> None:
    stored = make_account()
    values = {"id": stored.id, "email": stored.email}
    db.session.expunge_all()
    account = attach(Account, values)
    assert account.email == stored.email and account.status_reason is None
