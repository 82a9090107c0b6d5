"""Who may call what: the expected statuses of every route for every kind of caller.

Roles: anonymous, commenter, author (the commenter who wrote the test comment),
other_site_moderator (assigned to another site only), moderator (assigned to the
comment's site), admin. API routes are called with a bearer token, pages with a
session and a valid CSRF token. 404 for a comment outside one's reach is deliberate:
it does not tell a stranger that the comment exists.
"""

from __future__ import annotations

ANON, READER, AUTHOR, OTHER, MOD, ADMIN = (
    "anonymous", "commenter", "author", "other_site_moderator", "moderator", "admin",
)  # fmt: skip


def rule(
    anonymous: set[int],
    commenter: set[int],
    author: set[int],
    other: set[int],
    moderator: set[int],
    admin: set[int],
) -> dict[str, set[int]]:
    return {
        ANON: anonymous,
        READER: commenter,
        AUTHOR: author,
        OTHER: other,
        MOD: moderator,
        ADMIN: admin,
    }


def same(statuses: set[int]) -> dict[str, set[int]]:
    return rule(statuses, statuses, statuses, statuses, statuses, statuses)


# Site administration over the API: site API keys (tested in tests/api) or admins only.
SITE_ADMIN = rule({401}, {403}, {403}, {403}, {403}, {200, 201, 404, 422})
# Desk pages: anonymous to the login page, readers forbidden, moderators and admins in.
DESK_PAGE = rule({302}, {403}, {403}, {200}, {200}, {200})
ADMIN_PAGE = rule({302}, {403}, {403}, {403}, {403}, {200, 302})
# Admin actions on a site's learning (models, operating point, backtest) with the matrix's
# empty request: admins get a 4xx naming what is missing or a 409 for a refused state.
SITE_ADMIN_ACTION = rule({401}, {403}, {403}, {403}, {403}, {200, 201, 400, 404, 409, 422})
# Desk actions with an empty form: moderators get the form back (302 with a message);
# the per-site scope of each action is exercised with real forms in tests/dashboard.
DESK_ACTION = rule({302}, {403}, {403}, {302, 404}, {302}, {302})
COMMENT_ACTION = rule({302}, {403}, {403}, {404}, {200, 204, 302}, {200, 204, 302})

EXPECTED: dict[str, dict[str, set[int]]] = {
    "GET api.export_my_data": rule({401}, {200}, {200}, {200}, {200}, {200}),
    "DELETE api.erase_me": rule({401}, {422}, {422}, {422}, {422}, {422}),  # no confirmation
    "POST api.submit": rule({401}, {202}, {202}, {202}, {202}, {202}),
    "GET api.show": rule({404}, {404}, {200}, {404}, {200}, {200}),
    "POST api.decide": rule({401}, {403}, {403}, {404}, {200, 409}, {200, 409}),
    "DELETE api.delete": rule({401}, {404}, {204}, {404}, {404}, {404}),
    "PATCH api.edit": rule({401}, {404}, {200, 409}, {404}, {404}, {404}),
    # The test comment is held: only those who can see it (its site's moderators) can report it.
    "POST api.report": rule({401}, {404}, {404, 422}, {404}, {201}, {201}),
    "DELETE api.dismiss_reports": rule({401}, {403}, {403}, {404}, {200}, {200}),
    "GET api.own_comments": rule({401}, {200}, {200}, {200}, {200}, {200}),
    "POST api.create_api_key": SITE_ADMIN,
    "GET api.list_api_keys": SITE_ADMIN,
    "DELETE api.revoke_api_key": SITE_ADMIN,
    "POST api.rotate_api_key": SITE_ADMIN,
    "POST api.rotate_sso_secret": SITE_ADMIN,
    "POST api.rotate_webhook_secret": SITE_ADMIN,
    "GET api.site_settings": SITE_ADMIN,
    "PATCH api.update_site_settings": SITE_ADMIN,
    "PATCH api.update_article": SITE_ADMIN,
    "GET api.webhook_deliveries": SITE_ADMIN,
    # A site's training examples: admins only (tests/api/test_training_examples_api.py).
    "GET api.export_training_examples": SITE_ADMIN,
    "DELETE api.erase_training_examples": SITE_ADMIN,
    # Per-site models, operating points and backtests: admins only (tests/services/learning,
    # tests/api/test_site_models_api.py, test_operating_points_api.py, test_backtest_api.py).
    "GET api.list_site_models": SITE_ADMIN,
    "POST api.activate_site_model": SITE_ADMIN_ACTION,
    "POST api.roll_back_site_model": SITE_ADMIN_ACTION,
    "GET api.get_operating_point": SITE_ADMIN_ACTION,
    "POST api.apply_operating_point": SITE_ADMIN_ACTION,
    "POST api.run_backtest": SITE_ADMIN_ACTION,
    # Credentials are the authorization here: a wrong password or token is a 401 for anyone.
    "POST api.issue_token": same({401}),
    # 403 sso_not_configured while the site has no SSO secret, 401 for the bad token once an
    # admin's earlier call in the same run rotated one in (tests/api/test_sso.py covers both).
    "POST api.sso_exchange": same({401, 403}),
    # Drop-in endpoints authenticate by the site's API key in ?key= (tests/api/test_dropin.py).
    "POST perspective.analyze": same({403}),
    "POST perspective.suggestscore": same({403}),
    "POST coral.moderation_phase": same({403}),
    "GET dashboard.queue": DESK_PAGE,
    # Polled by desk.js: JSON, so anonymous callers get 401 instead of the login page.
    "GET dashboard.queue_counts": rule({401}, {403}, {403}, {200}, {200}, {200}),
    "GET dashboard.audit": DESK_PAGE,
    "GET dashboard.audit_csv": DESK_PAGE,
    "GET dashboard.stats": DESK_PAGE,
    "GET dashboard.comment": rule({302}, {403}, {403}, {404}, {200}, {200}),
    "GET dashboard.admin": ADMIN_PAGE,
    "GET dashboard.site_settings_page": ADMIN_PAGE,
    "POST dashboard.site_settings_page": ADMIN_PAGE,
    # Site integration pages (tests/dashboard/test_admin_sites.py): an empty form re-renders
    # (200), creates a key or secret and shows it once (200), or flashes and redirects (302).
    "GET dashboard.admin_sites": ADMIN_PAGE,
    "POST dashboard.admin_create_site": ADMIN_PAGE,
    "GET dashboard.admin_site": ADMIN_PAGE,
    "POST dashboard.admin_site": ADMIN_PAGE,
    "POST dashboard.admin_create_key": ADMIN_PAGE,
    "POST dashboard.admin_revoke_key": ADMIN_PAGE,
    "POST dashboard.admin_rotate_key": ADMIN_PAGE,
    "POST dashboard.admin_set_webhook": ADMIN_PAGE,
    "POST dashboard.admin_rotate_webhook_secret": ADMIN_PAGE,
    "GET dashboard.admin_webhook_deliveries": ADMIN_PAGE,
    "POST dashboard.admin_rotate_sso_secret": ADMIN_PAGE,
    "GET dashboard.admin_site_models": ADMIN_PAGE,
    "POST dashboard.admin_activate_site_model": ADMIN_PAGE,
    "POST dashboard.admin_roll_back_site_model": ADMIN_PAGE,
    "POST dashboard.assign": rule({302}, {403}, {403}, {403}, {403}, {302}),
    "POST dashboard.add_note": COMMENT_ACTION,
    "POST dashboard.claim": COMMENT_ACTION,
    "POST dashboard.decide": DESK_ACTION,
    "POST dashboard.keep": DESK_ACTION,
    "POST dashboard.ban": DESK_ACTION,
    "POST dashboard.suspend": DESK_ACTION,
    "POST dashboard.reinstate": DESK_ACTION,
    "POST dashboard.bulk": DESK_ACTION,
    "POST dashboard.undo": DESK_ACTION,
    "POST auth.logout": same({302}),
}

# Open to everyone by design: public reads, sign-in pages, probes, documents and assets.
PUBLIC: set[str] = {
    "GET api.thread",
    "GET api.threads_page",
    "GET api.openapi_json",
    "GET perspective_discovery.discovery",
    "GET api_docs.api_docs",
    "GET auth.login",
    "POST auth.login",
    "GET auth.register",
    "POST auth.register",
    "GET embed.demo_article",
    "GET embed.embed_js",
    "GET health.healthz",
    "GET health.readyz",
    "GET index",
    "GET static",
    # Open by default for an internal scraper; METRICS_TOKEN closes it (tests/test_observability).
    "GET metrics.metrics",
}
