"""The one small interface all scorers implement, and the registry that builds them by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from .labels import LabelScores


@runtime_checkable
class Scorer(Protocol):
    """Scores texts for toxicity over LABELS.

    ``name`` and ``version`` are stored with every Score so a comment can be
    re-scored later and results traced to the exact model that made them.
    """

    name: str
    version: str

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        """Return one {label: probability} dict per text, in input order."""
        ...


class ScorerConfigError(ValueError):
    """A scorer was asked for with settings it cannot work with."""


ScorerFactory = Callable[[Mapping[str, Any]], Scorer]
_FACTORIES: dict[str, ScorerFactory] = {}


def register(name: str) -> Callable[[ScorerFactory], ScorerFactory]:
    def decorator(factory: ScorerFactory) -> ScorerFactory:
        _FACTORIES[name] = factory
        return factory

    return decorator


def available() -> list[str]:
    _import_backends()
    return sorted(_FACTORIES)


def build_scorer(name: str, options: Mapping[str, Any] | None = None) -> Scorer:
    """Build the scorer called ``name`` with backend-specific ``options``."""
    _import_backends()
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise ScorerConfigError(
            f"unknown scorer {name!r}; choose one of {', '.join(sorted(_FACTORIES))}"
        ) from None
    return factory(dict(options or {}))


def _import_backends() -> None:
    # Backends register themselves on import; detoxify's module imports torch
    # lazily, so importing it here costs nothing when the extra is absent.
    from . import detoxify_backend, embedded  # noqa: F401
