"""Plain data passed between pipeline stages.

Every stage of newskg (reading, extraction, entity resolution, graph writing) hands the next
one these small frozen records and nothing else, so that stages can run in other processes,
be streamed, or be swapped (an Oxigraph writer instead of rdflib) without touching the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PERSON = "Person"
COUNTRY = "Country"
ORGANIZATION = "Organization"
ENTITY_TYPES = (PERSON, COUNTRY, ORGANIZATION)
CITY = "City"  # a place, not an entity of the contract: where a meeting happened
NODE_TYPES = (*ENTITY_TYPES, CITY)



@dataclass(frozen=True)
class Source:
    """Another copy of an article's text: its name and what its own metadata said."""

    id: str
    path: str | None = None
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Article:
    """One article as read. ``text`` is what every character offset points into.

    ``skip`` lists (start, end) character ranges of page furniture (bylines, photo credits,
    tag lists, front matter) that extraction must ignore; the text itself is left untouched.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    url: str | None = None
    publisher: str | None = None
    path: str | None = None
    skip: tuple[tuple[int, int], ...] = ()
    line: int | None = None  # the line of a JSONL file the article was read from
    digest: str = ""  # sha256 of the text after front matter (kg.read.body_digest)
    also: tuple[Source, ...] = ()  # the same text read under other names (read once)

    @property
    def where(self) -> str:
        """Where to point a person at: the file, and the line for JSONL."""
        base = self.path or self.id
        return f"{base}:{self.line}" if self.line is not None else base

    def content(self) -> str:
        """The text with furniture blanked out (same length, so offsets still hold)."""
        if not self.skip:
            return self.text
        chars = list(self.text)
        for start, end in self.skip:
            for i in range(start, min(end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence(s), their offsets, how sure we are, and who said so."""

    article_id: str
    text: str
    start: int
    end: int
    confidence: float
    extractor: str  # the relation's name, "met", "stated", … (the contract's kg:extractor)
    rule: str = ""  # the rule that fired, e.g. "met/verb-met" (kg.relations.Rule; `kg explain`)
    chain: tuple[str, ...] = ()  # how a speaker/participant was resolved (coreference steps)


@dataclass(frozen=True)
class When:
    """A date read from the text: ``value`` is ISO ("2025-02-28", or "2025-02" for a month);
    ``precision`` is "day", "month", or "article" when the text gave none and the article's
    own date stands in."""

    value: str
    precision: str  # "day" | "month" | "article"


@dataclass(frozen=True)
class Entity:
    """One real-world entity after resolution across mentions, spellings and articles."""

    key: str  # stable slug, e.g. "person/anna-lindqvist", "country/UA"
    type: str  # one of ENTITY_TYPES
    label: str
    alt_labels: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()  # authority IRIs (GeoNames, Wikidata from a links table)
    link_confidence: float | None = None  # for a link from a user's table (--links)
    country: str | None = None  # a city's country, a national institution's (entity key)


@dataclass
class Build:
    """Everything one build produced: the input to every writer."""

    articles: list[Article] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Any] = field(default_factory=list)  # facts of the registered relations
    records: dict[str, list[Any]] = field(default_factory=dict)  # a relation's corpus records
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0  # articles (or files) left out, each with a warning
