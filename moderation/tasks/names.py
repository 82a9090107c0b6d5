"""Every Celery task's name and queue, defined once for the web side, the workers and routing."""

from __future__ import annotations

SCORE_COMMENT = "moderation.score_comment"
EXPLAIN_COMMENT = "moderation.explain_comment"
DELIVER_WEBHOOK = "moderation.deliver_webhook"
REQUEUE_PENDING = "moderation.requeue_pending"
REQUEUE_UNEXPLAINED = "moderation.requeue_unexplained"
RETRAIN_DUE_SITES = "moderation.retrain_due_sites"
RETRAIN_SITE = "moderation.retrain_site"

# A plain `celery -A workers.app worker` consumes every queue; `-Q` splits them. Explanations
# have their own queue: at full rate they cost more CPU than the scoring itself, so their
# workers scale apart, and a backlog of them delays neither a decision nor the sweepers.
SCORING_QUEUE = "scoring"
MAINTENANCE_QUEUE = "maintenance"
WEBHOOKS_QUEUE = "webhooks"
EXPLANATIONS_QUEUE = "explanations"
QUEUES = (SCORING_QUEUE, MAINTENANCE_QUEUE, WEBHOOKS_QUEUE, EXPLANATIONS_QUEUE)

QUEUE_OF = {
    SCORE_COMMENT: SCORING_QUEUE,
    REQUEUE_PENDING: MAINTENANCE_QUEUE,
    REQUEUE_UNEXPLAINED: MAINTENANCE_QUEUE,
    # Retraining is slow CPU work, but rare: the maintenance workers have the time.
    RETRAIN_DUE_SITES: MAINTENANCE_QUEUE,
    RETRAIN_SITE: MAINTENANCE_QUEUE,
    DELIVER_WEBHOOK: WEBHOOKS_QUEUE,
    EXPLAIN_COMMENT: EXPLANATIONS_QUEUE,
}
