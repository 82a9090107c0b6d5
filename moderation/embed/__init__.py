"""The embeddable comment widget (/embed.js) and a demo article page that embeds it (/demo/)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    render_template,
    request,
    send_from_directory,
)

from moderation.services.demo import embed

bp = Blueprint("embed", __name__)


@bp.get("/embed.js")
def embed_js() -> Response:
    response = send_from_directory(
        current_app.static_folder + "/embed", "embed.js", mimetype="text/javascript", max_age=300
    )
    # Pages that isolate themselves (COEP) may still load the widget from this origin.
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@bp.get("/demo/")
def demo_article() -> Response:
    """A fictional regional news article with the widget, as a news site would embed it."""
    if current_app.config["MODERATION_ENV"] == "production":
        abort(404)
    base = (current_app.config.get("EMBED_BASE_URL") or request.host_url).rstrip("/")
    page_origin = request.host_url.rstrip("/")
    demo = embed.prepare(page_origin)
    html = render_template(
        "demo/article.html", demo=demo, embed_src=f"{base}/embed.js", embed_base=base
    )
    response = Response(html, mimetype="text/html")
    # The page a news site would serve: a strict CSP that only adds the widget's origin.
    widget_origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    response.headers["Content-Security-Policy"] = (
        f"default-src 'self'; script-src 'self' {widget_origin}; "
        f"connect-src 'self' {widget_origin}; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
    response.headers["Cache-Control"] = "no-store"  # the page carries a one-time SSO token
    return response
