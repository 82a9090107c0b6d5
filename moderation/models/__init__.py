"""The database models, one module per aggregate; importing this package registers them all."""

from .accounts import Account, AccountStatus, AuthToken, Role, TokenKind
from .comments import Comment, CommentStatus, Score
from .moderation import ModerationAction, ModerationEvent
from .sites import Article, Site

__all__ = [
    "Account",
    "AccountStatus",
    "Article",
    "AuthToken",
    "Comment",
    "CommentStatus",
    "ModerationAction",
    "ModerationEvent",
    "Role",
    "Score",
    "Site",
    "TokenKind",
]
