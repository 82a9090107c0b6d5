"""OpenAPI schemas of the drop-in endpoints (Perspective, Coral) and of the training examples
their feedback and the desk's decisions become."""

from __future__ import annotations

from moderation.api.openapi.schemas import (
    INTEGER,
    LABEL_SCORES,
    STRING,
    TIME,
    TIME_OR_NULL,
    URL_OR_NULL,
    Schema,
    nullable,
    obj,
    ref,
)

DROPIN_SCHEMAS: dict[str, Schema] = {
    "PerspectiveError": obj(
        {
            "error": obj(
                {
                    "code": INTEGER,
                    "message": STRING,
                    "status": STRING,
                    "details": {
                        "type": "array",
                        "description": "google.rpc.BadRequest with fieldViolations [{field, "
                        "description}] naming the input at fault",
                        "items": {"type": "object"},
                    },
                },
                required=["code", "message", "status"],
            )
        }
    ),
    "SuggestScoreResponse": obj(
        {"clientToken": {**STRING, "description": "the request's clientToken, if it sent one"}},
        required=[],
    ),
    "AnalyzeResponse": obj(
        {
            "attributeScores": {
                "type": "object",
                "description": "one entry per requested attribute over its scoreThreshold",
                "additionalProperties": obj(
                    {
                        "summaryScore": ref("Probability"),
                        "spanScores": {
                            "type": "array",
                            "items": obj(
                                {"begin": INTEGER, "end": INTEGER, "score": ref("Probability")}
                            ),
                        },
                    }
                ),
            },
            "languages": {"type": "array", "items": STRING},
            "detectedLanguages": {"type": "array", "items": STRING},
            "clientToken": STRING,
        },
        required=["attributeScores", "languages"],
    ),
    "Probability": obj(
        {"value": {"type": "number", "minimum": 0, "maximum": 1}, "type": {"const": "PROBABILITY"}}
    ),
    "CoralVerdict": obj(
        {
            "status": {"enum": ["REJECTED", "SYSTEM_WITHHELD"]},
            "actions": {
                "type": "array",
                "items": obj({"actionType": {"const": "FLAG"}, "reason": STRING}),
            },
        }
    ),
    "TrainingExample": obj(
        {
            "id": INTEGER,
            "source": {"enum": ["desk", "bulk", "api", "undo", "report", "perspective"]},
            "label": {"enum": ["approved", "rejected"]},
            "text": {**STRING, "description": "the text as it was decided"},
            "language": nullable(STRING),
            "reason": nullable(STRING),
            "reason_code": nullable(STRING),
            "decided_by": {**nullable(INTEGER), "description": "the moderator's account id"},
            "decided_at": TIME,
            "scores": {
                **nullable(LABEL_SCORES),
                "description": "the model's latest scores when the human decided",
            },
            "scorer_name": nullable(STRING),
            "scorer_version": nullable(STRING),
            "comment_id": nullable(INTEGER),
            "external_comment_id": {
                **nullable(STRING),
                "description": "the Perspective client's own comment id (Coral's)",
            },
            "superseded_at": {
                **TIME_OR_NULL,
                "description": "set when a later decision or an undo replaced this label",
            },
        }
    ),
    "TrainingExamplePage": obj(
        {"examples": {"type": "array", "items": ref("TrainingExample")}, "next": URL_OR_NULL}
    ),
    "ErasedExamples": obj({"deleted": {**INTEGER, "minimum": 0}}),
}
