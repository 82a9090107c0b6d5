"""The database models, one module per aggregate; importing this package registers them all."""

from moderation.models import score_maxima  # noqa: F401  (the trigger on scores, for create_all)
from moderation.models.accounts import Account, AccountStatus, AuthToken, Role, TokenKind
from moderation.models.api_keys import ApiKey
from moderation.models.comments import Comment, CommentStatus, Score
from moderation.models.desk import CommentClaim, DeskSettings, ModeratorNote, SiteAssignment
from moderation.models.learning import ExampleLabel, ExampleSource, TrainingExample
from moderation.models.moderation import ModerationAction, ModerationEvent
from moderation.models.reader_actions import CommentReport, CommentRevision, ReportReason
from moderation.models.site_models import SiteModel, SiteModelStatus
from moderation.models.sites import Article, Site
from moderation.models.sso import SsoIdentity, SsoTokenUse
from moderation.models.stats import StatsRollup
from moderation.models.webhooks import DeliveryStatus, WebhookDelivery

__all__ = [
    "Account",
    "AccountStatus",
    "ApiKey",
    "Article",
    "AuthToken",
    "Comment",
    "CommentClaim",
    "CommentReport",
    "CommentRevision",
    "CommentStatus",
    "DeliveryStatus",
    "DeskSettings",
    "ExampleLabel",
    "ExampleSource",
    "ModerationAction",
    "ModerationEvent",
    "ModeratorNote",
    "ReportReason",
    "Role",
    "Score",
    "Site",
    "SiteAssignment",
    "SiteModel",
    "SiteModelStatus",
    "SsoIdentity",
    "SsoTokenUse",
    "StatsRollup",
    "TokenKind",
    "TrainingExample",
    "WebhookDelivery",
]
