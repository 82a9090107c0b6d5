"""Strict parsing of JSON request bodies into typed fields, with errors that name the field."""

from __future__ import annotations

import json
from typing import Any, NoReturn

from flask import request

from moderation.errors import ApiError


def json_object() -> dict[str, Any]:
    """The request body as a JSON object, or a 4xx ApiError saying what is wrong with it."""
    if not request.mimetype == "application/json":
        raise ApiError(415, "unsupported_media_type", "send the body as application/json")
    raw = request.get_data(cache=True)
    if not raw.strip():
        raise ApiError(400, "empty_body", "the request body is empty; send a JSON object")
    try:
        text = raw.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_encoding", "the body is not valid UTF-8") from None
    except RecursionError:
        raise ApiError(400, "invalid_json", "the JSON is nested too deeply") from None
    except _BadJson as error:
        raise ApiError(400, "invalid_json", str(error)) from None
    except ValueError as error:
        raise ApiError(400, "invalid_json", f"the body is not valid JSON: {error}") from None
    if not isinstance(value, dict):
        raise ApiError(400, "invalid_json", "the body must be a JSON object")
    return value


def optional_json_object() -> dict[str, Any]:
    """Like json_object(), but an empty body (no Content-Type needed) means {}."""
    if not request.get_data(cache=True).strip():
        return {}
    return json_object()


def string_field(data: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None:
        if required:
            _missing(name)
        return None
    if not isinstance(value, str):
        raise ApiError(422, "invalid", "must be a string", field=name)
    _reject_lone_surrogates(name, value)
    if "\x00" in value and name != "body":  # bodies are cleaned of control characters later
        raise ApiError(422, "invalid", "contains a NUL character", field=name)
    return value


def int_field(data: dict[str, Any], name: str, *, required: bool = False) -> int | None:
    value = data.get(name)
    if value is None:
        if required:
            _missing(name)
        return None
    # bool is an int in Python; true is not a comment id.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(422, "invalid", "must be an integer", field=name)
    if not -(2**63) <= value < 2**63:
        raise ApiError(422, "invalid", "is out of range", field=name)
    return value


def int_arg(name: str, default: int | None) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or len(raw) > 18:
        raise ApiError(400, "invalid", "must be a non-negative integer", field=name)
    return int(raw)


def idempotency_key() -> str | None:
    """The optional Idempotency-Key header: 1-100 printable ASCII characters."""
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not 1 <= len(key) <= 100 or not all(33 <= ord(ch) <= 126 for ch in key):
        raise ApiError(
            422, "invalid", "must be 1-100 printable ASCII characters", field="Idempotency-Key"
        )
    return key


def _missing(name: str) -> NoReturn:
    raise ApiError(422, "missing", "is required", field=name)


def _reject_lone_surrogates(name: str, value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(422, "invalid", "contains an unpaired surrogate", field=name) from None


class _BadJson(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _BadJson(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_constants(name: str) -> NoReturn:
    raise _BadJson(f"{name} is not valid JSON")


def bool_field(data: dict[str, Any], name: str) -> bool | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise ApiError(422, "invalid", "must be true or false", field=name)
    return value


def string_list_field(data: dict[str, Any], name: str, *, max_items: int) -> list[str] | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ApiError(422, "invalid", "must be a list of strings", field=name)
    if len(value) > max_items:
        raise ApiError(422, "invalid", f"must have at most {max_items} items", field=name)
    for item in value:
        _reject_lone_surrogates(name, item)
    return value


def no_unknown_fields(data: dict[str, Any], known: set[str]) -> None:
    """Refuse fields the endpoint does not know: a typo must not pass as "no change"."""
    unknown = sorted(set(data) - known)
    if unknown:
        raise ApiError(422, "unknown_field", f"unknown field {unknown[0]!r}", field=unknown[0])
