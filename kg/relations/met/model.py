"""The fact of person–met–person: one mention of a meeting."""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Evidence, When

EXTRACTOR = "met"


@dataclass(frozen=True)
class Meeting:
    """One mention of a meeting: who (entity keys, sorted), and what the text says of it."""

    participants: tuple[str, ...]
    evidence: Evidence
    status: str = "held"  # "held" | "planned"
    mode: str | None = None  # "in-person" | "call" | None
    date: When | None = None  # from the text, else the article's (precision "article")
    place: str | None = None  # entity key of a city or country, where the text names one
