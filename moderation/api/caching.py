"""Conditional GETs for public reads: strong ETags, 304 on If-None-Match, cached bodies."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from flask import Response, current_app, jsonify, request

# Part of every versioned ETag: change it when a cached response's shape changes, so that
# clients and proxies do not keep bodies of the old shape across a deploy.
RESPONSE_FORMAT = "1"
DEFAULT_CACHE_ENTRIES = 1024


def cached_json(payload: Any) -> Response:
    """``payload`` as JSON that browsers and CDNs may cache briefly and then revalidate."""
    response = jsonify(payload)
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    _public(response)
    return response.make_conditional(request)


def fresh_json(key: tuple[Hashable, ...]) -> Response | None:
    """The cached response for ``key`` if its version was confirmed within the fresh window.

    ``PUBLIC_FRESH_MS`` (default 1,000; 0 turns it off) lets each web process answer a hot
    thread without asking the database at all, at the price of showing a change up to that
    much later; browsers and CDNs already keep the page for ``PUBLIC_CACHE_SECONDS``.
    """
    bodies = _bodies()
    window = current_app.config.get("PUBLIC_FRESH_MS", 0) / 1000
    if bodies is None or window <= 0:
        return None
    entry = bodies.fresh(key, window)
    if entry is None:
        return None
    etag, body = entry
    if request.if_none_match.contains_weak(etag):
        response = current_app.response_class(status=304)
    else:
        response = current_app.response_class(body, mimetype=current_app.json.mimetype)
    response.set_etag(etag)
    return _public(response)


def may_answer_without_body(key: tuple[Hashable, ...]) -> bool:
    """Whether the version alone may answer: the client sent If-None-Match (a 304 is
    likely), or this process holds a body for ``key``. Otherwise the body will be built,
    and reading it with its version saves a round trip."""
    if request.if_none_match:
        return True
    bodies = _bodies()
    return bodies is not None and bodies.holds(key)


def versioned_json(key: tuple[Hashable, ...], version: str, build: Callable[[], Any]) -> Response:
    """A public JSON read whose ``version`` (cheap to get) stands for its body (dear to build).

    ``If-None-Match`` with the current ETag is a 304 without building anything; otherwise
    the body comes from this process's cache while the version holds, or ``build()``.
    """
    etag = hashlib.sha256(f"{RESPONSE_FORMAT}|{key!r}|{version}".encode()).hexdigest()[:32]
    if request.if_none_match.contains_weak(etag):
        response = current_app.response_class(status=304)
    else:
        bodies = _bodies()
        body = bodies.get(key, etag) if bodies is not None else None
        if body is None:
            body = jsonify(build()).get_data()
            if bodies is not None:
                bodies.put(key, etag, body)
        response = current_app.response_class(body, mimetype=current_app.json.mimetype)
    if request.if_none_match and (bodies := _bodies()) is not None:
        bodies.confirm(key, etag)  # a 304 confirmed the cached body too
    response.set_etag(etag)
    return _public(response)


def _public(response: Response) -> Response:
    response.cache_control.public = True
    response.cache_control.max_age = int(current_app.config.get("PUBLIC_CACHE_SECONDS", 15))
    return response


Key = tuple[Hashable, ...]


class _BodyCache:
    """The latest body per key, least recently used dropped first; safe across threads.

    Each entry remembers when the database last confirmed its version (monotonic clock).
    """

    def __init__(self, size: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.size = size
        self.clock = clock
        self._entries: OrderedDict[Key, tuple[str, bytes, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key, etag: str) -> bytes | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != etag:
                return None
            self._entries[key] = (etag, entry[1], self.clock())
            self._entries.move_to_end(key)
            return entry[1]

    def holds(self, key: Key) -> bool:
        with self._lock:
            return key in self._entries

    def confirm(self, key: Key, etag: str) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == etag:
                self._entries[key] = (etag, entry[1], self.clock())

    def fresh(self, key: Key, window: float) -> tuple[str, bytes] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or self.clock() - entry[2] >= window:
                return None
            return entry[0], entry[1]

    def put(self, key: Key, etag: str, body: bytes) -> None:
        with self._lock:
            self._entries[key] = (etag, body, self.clock())
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


def _bodies() -> _BodyCache | None:
    # One cache per app (and so per gunicorn worker): tests build many apps in one process.
    cache = current_app.extensions.get(_EXTENSION)
    if cache is None:
        size = int(current_app.config.get("PUBLIC_CACHE_ENTRIES", DEFAULT_CACHE_ENTRIES))
        cache = current_app.extensions.setdefault(_EXTENSION, _BodyCache(size))
    return cache if cache.size > 0 else None


_EXTENSION = "moderation.public_bodies"
