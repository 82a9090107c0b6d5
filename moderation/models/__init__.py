"""The database models, one module per aggregate; importing this package registers them all."""

from . import score_maxima  # noqa: F401  (the trigger on scores, for create_all)
from .accounts import Account, AccountStatus, AuthToken, Role, TokenKind
from .api_keys import ApiKey
from .comments import Comment, CommentStatus, Score
from .desk import CommentClaim, DeskSettings, ModeratorNote, SiteAssignment
from .moderation import ModerationAction, ModerationEvent
from .reader_actions import CommentReport, CommentRevision, ReportReason
from .sites import Article, Site
from .sso import SsoIdentity, SsoTokenUse
from .stats import StatsRollup
from .webhooks import DeliveryStatus, WebhookDelivery

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
    "ModerationAction",
    "ModerationEvent",
    "ModeratorNote",
    "ReportReason",
    "Role",
    "Score",
    "Site",
    "SiteAssignment",
    "SsoIdentity",
    "SsoTokenUse",
    "StatsRollup",
    "TokenKind",
    "WebhookDelivery",
]
