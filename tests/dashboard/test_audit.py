"""The audit log page and its CSV export: filters, scope, pages, spreadsheet-safe cells."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient

from moderation.extensions import db
from moderation.models import Account, Comment, ModerationEvent, Site
from moderation.services.desk import audit, decisions, undo
from moderation.services.desk.assignments import SiteScope

Login = Callable[[Account], None]


def rows(html: str) -> list[str]:
    return re.findall(r'<tr class="row-(auto|human)">', html)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("Beleidigung", "Beleidigung"),
        (None, ""),
        (42, "42"),
    ],
)
def test_csv_cells_starting_with_formula_characters_are_quoted(
    value: object, expected: str
) -> None:
    assert audit.csv_cell(value) == expected


def test_audit_lists_human_and_automatic_decisions_with_filters(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
) -> None:
    first, second = make_held("a"), make_held("b")
    foreign = make_held("fremd", site=make_site())
    moderator = make_moderator(display_name="Mira")
    decisions.decide(first.id, moderator, decisions.HumanAction.APPROVE, seen_version=1)
    login(moderator)
    html = client.get("/dashboard/audit").get_data(as_text=True)
    assert rows(html) == ["human", "auto", "auto"]  # newest first; the foreign site's is hidden
    assert f"#{foreign.id}<" not in html
    assert rows(client.get("/dashboard/audit?actor=auto").get_data(as_text=True)) == [
        "auto",
        "auto",
    ]
    assert rows(client.get(f"/dashboard/audit?actor={moderator.id}").get_data(as_text=True)) == [
        "human"
    ]
    assert rows(client.get("/dashboard/audit?action=approved").get_data(as_text=True)) == ["human"]
    one = client.get(f"/dashboard/audit?comment={second.id}").get_data(as_text=True)
    assert rows(one) == ["auto"] and f"#{second.id}<" in one
    today = datetime.now(UTC).date().isoformat()
    assert len(rows(client.get(f"/dashboard/audit?since={today}").get_data(as_text=True))) == 3
    assert rows(client.get("/dashboard/audit?until=2020-01-01").get_data(as_text=True)) == []


def test_audit_pages_are_keyset_pages(
    app: Flask, make_held: Callable[..., Comment], desk_site: Site
) -> None:
    for i in range(7):
        make_held(f"Nr. {i}")
    scope = SiteScope(frozenset({desk_site.id}))
    first, older, newer = audit.page(scope, audit.AuditFilter(), limit=3)
    assert newer is None and older is not None
    second, older2, newer2 = audit.page(scope, audit.AuditFilter(), before=older, limit=3)
    third, older3, _ = audit.page(scope, audit.AuditFilter(), before=older2, limit=3)
    ids = [e.id for e in first + second + third]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 7 and older3 is None
    back, _, _ = audit.page(scope, audit.AuditFilter(), after=newer2, limit=3)
    assert [e.id for e in back] == [e.id for e in first]


def test_csv_export_is_filtered_scoped_and_injection_safe(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    make_site: Callable[..., Site],
) -> None:
    comment = make_held()
    make_held(site=make_site())
    moderator = make_moderator(display_name="=cmd|' /C calc'!A0")
    decisions.decide(
        comment.id,
        moderator,
        decisions.HumanAction.REJECT,
        seen_version=1,
        reason="Spam",
        note="@SUM(1+1)",
    )
    login(moderator)
    response = client.get("/dashboard/audit.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="audit-')
    text = response.get_data(as_text=True).lstrip("\ufeff")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:3] == ["event_id", "time_utc", "site"]
    assert len(table) == 3  # header, the rejection, the automatic hold; not the other site
    human = table[1]
    assert human[5] == "rejected" and human[6] == "'=cmd|' /C calc'!A0"
    assert human[7] == "Spam: @SUM(1+1)"  # starts with S: left alone
    assert "toxicity 0.83 >= 0.50 (hold)" in table[2][8]
    only_auto = client.get("/dashboard/audit.csv?actor=auto").get_data(as_text=True)
    assert len(list(csv.reader(io.StringIO(only_auto.lstrip("\ufeff"))))) == 2


def test_every_decision_is_in_the_log(
    app: Flask,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    desk_site: Site,
) -> None:
    comment = make_held()
    moderator = make_moderator()
    scope = SiteScope(frozenset({desk_site.id}))
    decisions.decide(comment.id, moderator, decisions.HumanAction.APPROVE, seen_version=1)
    approved = (
        db.session.execute(db.select(ModerationEvent).order_by(ModerationEvent.id.desc()))
        .scalars()
        .first()
    )
    assert approved is not None
    undo.undo([approved.id], moderator, scope=scope)
    logged = [e.action.value for e in audit.events_for_export(scope, audit.AuditFilter())]
    assert logged == ["undone", "approved", "auto_held"]
