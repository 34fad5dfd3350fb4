"""The per-article stage: one article and its parse in, one ``ArticleResult`` out.

``process_article`` is a pure function of the article (its text and metadata), the spaCy
model and the extractors: it looks at no other article. Its result is plain data — the people
of the article as ``PersonRecord``s, the names of countries, organisations and cities as they
were written, and the facts with article-local person keys (``p:3``) — so it can be cached,
sent between processes, and resolved against the rest of the corpus later
(``kg.corpus.assemble``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from kg.article.context import DocContext, build_context
from kg.model import Article
from kg.names import strip_possessive

__all__ = ["ArticleResult", "PersonRecord", "process_article"]


@dataclass(frozen=True)
class PersonRecord:
    """One person as one article names them (a ``PersonCluster`` as plain data)."""

    id: int  # the article-local key is f"p:{id}"
    surfaces: tuple[tuple[str, int], ...]  # each spelling and how often it was written
    names: tuple[str, ...]  # the name spans, fullest first
    descriptors: tuple[str, ...] = ()  # title words: "president", "minister" …
    countries: tuple[str, ...] = ()  # nationality cues (ISO codes)
    tentative: bool = False  # a lone word that may be a surname (kg.article.people)


@dataclass(frozen=True)
class ArticleResult:
    """Everything the per-article stage found in one article."""

    article: Article
    people: tuple[PersonRecord, ...]
    names: tuple[tuple[str, str, str, int], ...]  # (entity key, spelling, kind, times written)
    facts: tuple[Any, ...]  # facts of the registered relations, person keys article-local


def process_article(article: Article, doc: Doc, *, extractors: Iterable[Any],
                    nlp: Any = None) -> ArticleResult:
    """The people, names and facts of one parsed article. ``extractors`` are functions
    ``(DocContext) -> Iterable[fact]`` (``kg.relations.default_extractors().values()``)."""
    ctx = build_context(article, doc, nlp=nlp)
    facts = tuple(fact for extractor in extractors for fact in extractor(ctx))
    return ArticleResult(article=article, people=_people(ctx), names=_names(ctx), facts=facts)


def _people(ctx: DocContext) -> tuple[PersonRecord, ...]:
    counts: dict[int, Counter] = {c.id: Counter() for c in ctx.clusters}
    for mention in ctx.mentions:
        counts[mention.cluster][strip_possessive(mention.span(ctx.doc).text)] += 1
    out = []
    for cluster in ctx.clusters:
        seen = counts[cluster.id] or Counter(cluster.names)
        fullest = sorted(cluster.names, key=lambda n: (-len(n.split()), cluster.names.index(n)))
        out.append(PersonRecord(
            id=cluster.id,
            surfaces=tuple(sorted(seen.items())),
            names=tuple(fullest),
            descriptors=tuple(cluster.descriptors),
            countries=tuple(sorted(cluster.countries)),
            tentative=cluster.tentative,
        ))
    return tuple(out)


def _names(ctx: DocContext) -> tuple[tuple[str, str, str, int], ...]:
    seen: Counter = Counter()
    for c in ctx.countries:
        seen[(f"country/{c.iso2}", ctx.doc[c.start : c.end].text, c.kind)] += 1
    for key, start, end in ctx.organisations:
        surface = ctx.doc[start:end].text
        seen[(key, surface[4:] if surface.lower().startswith("the ") else surface, "name")] += 1
    for key, surface in ctx.places_seen:
        seen[(key, surface, "name")] += 1
    return tuple((key, surface, kind, n) for (key, surface, kind), n in sorted(seen.items()))
