"""OpenAPI paths and schemas for a site's own models (admins)."""

from __future__ import annotations

from moderation.api.openapi.ops import MODERATOR, SITE_P, op, param
from moderation.api.openapi.schemas import Schema, nullable, obj, ref

_VERSION_P = param("version", "path", {"type": "integer", "minimum": 1})
_INT: Schema = {"type": "integer"}
_STR: Schema = {"type": "string"}

LEARNING_SCHEMAS: dict[str, Schema] = {
    "SiteModel": obj(
        {
            "version": _INT,
            "label": _STR,
            "status": {"enum": ["candidate", "active", "retired"]},
            "created_at": _STR,
            "activated_at": nullable(_STR),
            "retired_at": nullable(_STR),
            "training_examples": _INT,
            "holdout_examples": _INT,
            "base_version": _STR,
            "artifact_sha256": _STR,
            "evaluation": {
                "type": "object",
                "description": "macro-F1 of this version, the shared model and the baseline "
                "on the held-back slice; threats published on the functional suite; the "
                "gate's verdict (`passed`, `reason`)",
            },
        }
    ),
    "SiteModels": obj(
        {"models": {"type": "array", "items": ref("SiteModel")}, "active": nullable(_INT)}
    ),
    "ActivatedSiteModel": obj({"model": ref("SiteModel")}),
    "RolledBackSiteModel": obj({"active": nullable(_INT)}),
    "Backtest": obj(
        {
            "comments": _INT,
            "baseline": {"type": "object"},
            "outcome": {"type": "object"},
            "moved": _INT,
            "moves": {"type": "object"},
            "moved_comments": {"type": "array", "items": {"type": "object"}},
        }
    ),
    "OperatingPoint": obj(
        {
            "site": _STR,
            "model": _STR,
            "examples": _INT,
            "enough": {"type": "boolean"},
            "thresholds": {"type": "object"},
            "comments_per_day": {"type": "number"},
        }
    ),
}

_TOLERANCES = [
    param(
        "publish_tolerance",
        "query",
        {"type": "number", "exclusiveMinimum": 0, "maximum": 0.5},
        "largest share of auto-published comments moderators would reject (0.02)",
    ),
    param(
        "reject_tolerance",
        "query",
        {"type": "number", "exclusiveMinimum": 0, "maximum": 0.5},
        "largest share of auto-rejected comments moderators would approve (0.03)",
    ),
]

LEARNING_PATHS: dict[str, dict[str, Schema]] = {
    "/api/v1/sites/{site}/backtest": {
        "post": op(
            "Replay the site's recent comments under proposed thresholds or model (admins)",
            "Sites",
            ok=(200, "Backtest"),
            security=MODERATOR,
            params=[SITE_P],
            body={
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "days": {"type": "integer", "minimum": 1, "maximum": 365},
                                "hold_thresholds": {"type": "object"},
                                "reject_thresholds": {"type": "object"},
                                "model_version": {"type": ["integer", "string"]},
                            },
                        }
                    }
                },
            },
            errors=(400, 401, 403, 404, 422),
            description="Thresholds alone replay the stored scores; a model version (or "
            '`"shared"`) scores the texts again.',
        )
    },
    "/api/v1/sites/{site}/operating-point": {
        "get": op(
            "The site's operating point: curve, thresholds, workload (admins)",
            "Sites",
            ok=(200, "OperatingPoint"),
            security=MODERATOR,
            params=[SITE_P, *_TOLERANCES],
            errors=(400, 401, 403, 404, 422),
            description="With too few examples `enough` is false, `message` says why and "
            "the default thresholds stay.",
        ),
        "post": op(
            "Write the thresholds the tolerances allow into the site's policy (admins)",
            "Sites",
            ok=(200, "OperatingPoint"),
            security=MODERATOR,
            params=[SITE_P],
            body={
                "required": False,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "publish_tolerance": {"type": "number"},
                                "reject_tolerance": {"type": "number"},
                            },
                        }
                    }
                },
            },
            errors=(400, 401, 403, 404, 409, 422),
        ),
    },
    "/api/v1/sites/{site}/models": {
        "get": op(
            "The site's model versions with their evaluation (admins)",
            "Sites",
            ok=(200, "SiteModels"),
            security=MODERATOR,
            params=[SITE_P],
            errors=(401, 403, 404),
        )
    },
    "/api/v1/sites/{site}/models/{version}/activate": {
        "post": op(
            "Make a version the site's active model (admins)",
            "Sites",
            ok=(200, "ActivatedSiteModel"),
            security=MODERATOR,
            params=[SITE_P, _VERSION_P],
            errors=(401, 403, 404, 409),
            description="Refused (409) for a version that publishes a threat case of the "
            "functional suite that the shared model held.",
        )
    },
    "/api/v1/sites/{site}/models/rollback": {
        "post": op(
            "Retire the active version; the previous one, or the shared model, returns",
            "Sites",
            ok=(200, "RolledBackSiteModel"),
            security=MODERATOR,
            params=[SITE_P],
            errors=(401, 403, 404),
        )
    },
}
