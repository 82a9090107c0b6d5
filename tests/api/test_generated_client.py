"""A Python client generated from the served description by a real generator makes typed calls.

Needs openapi-python-client in the test install (pyproject's test extra). Without it the test
is skipped, unless MODERATION_TEST_REQUIRE_SERVERS=1 (CI), which makes it a failure.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from moderation.models import Account, CommentStatus, Site
from moderation.services.sites import api_keys
from tests.support.http import served as serve
from tests.support.servers import REQUIRE_ENV, require_servers

pytestmark = pytest.mark.slow
PACKAGE = "moderation_client"


def _generator() -> Path:
    script = Path(sys.executable).parent / "openapi-python-client"
    if not script.exists():
        message = "openapi-python-client is not installed (pip install -e '.[test]')"
        if require_servers():
            pytest.fail(f"{message}; {REQUIRE_ENV}=1 requires it")
        pytest.skip(message)
    return script


@pytest.fixture
def served(app: Flask) -> Iterator[str]:
    with serve(app) as url:
        yield url


@pytest.fixture
def client_package(
    served: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app: Flask
) -> Callable[[str], Any]:
    """Generate the client from the served document; import its modules by dotted name."""
    generator = _generator()
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(app.test_client().get("/api/v1/openapi.json").get_json()))
    out = tmp_path / "generated" / PACKAGE
    result = subprocess.run(
        [str(generator), "generate", "--path", str(spec), "--output-path", str(out),
         "--meta", "none", "--overwrite"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Unable to" not in result.stdout, result.stdout  # a skipped operation or schema
    monkeypatch.syspath_prepend(str(out.parent))
    for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
        monkeypatch.delitem(sys.modules, name)
    return lambda name: importlib.import_module(f"{PACKAGE}.{name}" if name else PACKAGE)


def _body_type(operation: Any) -> Any:
    return typing.get_type_hints(operation.sync)["body"]


def test_generated_client_gets_typed_answers(
    served: str,
    client_package: Callable[[str], Any],
    make_site: Callable[..., Site],
    make_account: Callable[..., Account],
    make_comment: Callable[..., Any],
    bearer: Callable[[Account], dict[str, str]],
    fixed_scorer: Any,
) -> None:
    site = make_site("generated")
    reader = make_account()
    comment = make_comment(site=site, author=reader, status=CommentStatus.HELD)
    key = api_keys.create_key(site.slug).secret
    token = bearer(reader)["Authorization"].removeprefix("Bearer ")
    package = client_package("")
    models = client_package("models")
    as_site = package.AuthenticatedClient(base_url=served, token=key)
    as_reader = package.AuthenticatedClient(base_url=served, token=token)
    anyone = package.Client(base_url=served)

    keys = client_package("api.sites.get_sites_site_api_keys").sync(site.slug, client=as_site)
    assert isinstance(keys, models.ApiKeyList) and keys.api_keys[0].active is True
    secret = client_package("api.sites.post_sites_site_sso_secret").sync(site.slug, client=as_site)
    assert isinstance(secret, models.SsoSecret) and len(secret.sso_secret) >= 32
    hook = client_package("api.sites.post_sites_site_webhook_secret").sync(
        site.slug, client=as_site
    )
    assert isinstance(hook, models.WebhookSecret) and hook.webhook_secret
    log = client_package("api.sites.get_sites_site_webhooks_deliveries").sync(
        site.slug, client=as_site
    )
    assert isinstance(log, models.DeliveryPage) and log.deliveries == []

    mine = client_package("api.readers.get_sites_site_articles_article_id_comments_mine").sync(
        site.slug, comment.article.external_id, client=as_reader
    )
    assert isinstance(mine, models.OwnCommentList) and mine.comments[0].id == comment.id
    export = client_package("api.readers.get_me_export").sync(client=as_reader)
    assert isinstance(export, models.DataExport) and export.account.email == reader.email

    analyze = client_package("api.drop_in.analyze_comment")
    body = _body_type(analyze).from_dict(
        {"comment": {"text": "Du Vollidiot"}, "requestedAttributes": {"TOXICITY": {}}}
    )
    scores = analyze.sync(client=anyone, body=body, key=key)
    assert isinstance(scores, models.AnalyzeResponse)
    assert scores.attribute_scores["TOXICITY"].summary_score.value > 0.9
    coral = client_package("api.drop_in.coral_moderation_phase")
    verdict = coral.sync(
        client=anyone, body=_body_type(coral).from_dict({"comment": {"body": "Du Vollidiot"}}),
        key=key,
    )  # fmt: skip
    assert isinstance(verdict, models.CoralVerdict) and verdict.status.value == "REJECTED"
    spec = client_package("api.meta.get_openapi_json").sync(client=anyone)
    assert isinstance(spec, models.OpenApiDocument) and spec.openapi.startswith("3.1")
