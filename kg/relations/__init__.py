"""Extractors: plain functions ``(DocContext) -> Iterable[Fact]``, one module per relation,
kept in a small registry under versioned names so users can add their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kg.model import Fact

if TYPE_CHECKING:
    from kg.article.context import DocContext

Extractor = Callable[["DocContext"], Iterable[Fact]]

REGISTRY: dict[str, Extractor] = {}


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor under a versioned name, e.g. ``kg.met.v1``."""

    def wrap(func: Extractor) -> Extractor:
        REGISTRY[name] = func
        return func

    return wrap


def default_extractors() -> dict[str, Extractor]:
    # Importing the modules fills the registry.
    from kg.relations import met, roles, stated  # noqa: F401

    return dict(sorted(REGISTRY.items()))
