"""The library entry point: articles in, a ``Build`` of plain facts and entities out.

    from kg import build
    result = build(["seeds/"])
    graph = to_graph(result)

Stages: read (kg.read) → parse (spaCy, batched) → per-article context (people, countries,
quotes, coreference) → extractors (kg.extract registry) → corpus-wide entity resolution →
facts with global entity keys. Writers (Turtle, HTML, exports) take the ``Build``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from kg.entities.links import LinkTable, load_links
from kg.entities.names import strip_possessive
from kg.entities.resolve import Resolver
from kg.extract import Extractor, default_extractors
from kg.extract.context import DocContext, build_context
from kg.model import Article, Build, Fact, Meeting, RoleAssertion, Statement
from kg.nlp import load_model
from kg.read import read_articles


def build(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    extractors: dict[str, Extractor] | None = None,
    min_confidence: float = 0.0,
    links: str | Path | LinkTable | None = None,
    batch_size: int = 16,
    on_article: Callable[[Article], None] | None = None,
) -> Build:
    """Read, parse and extract every article under ``paths``.

    ``links`` is a linking table (CSV: name, iri, type, title) giving people authority IRIs.
    """
    result = Build()
    table = load_links(links) if isinstance(links, (str, Path)) else links
    articles = list(read_articles(paths, warn=result.warnings.append))
    result.articles = articles
    return extract_articles(
        articles, model=model, extractors=extractors, min_confidence=min_confidence,
        links=table, batch_size=batch_size, on_article=on_article, result=result,
    )


def extract_articles(
    articles: list[Article],
    *,
    model: str | None = None,
    extractors: dict[str, Extractor] | None = None,
    min_confidence: float = 0.0,
    links: LinkTable | None = None,
    batch_size: int = 16,
    on_article: Callable[[Article], None] | None = None,
    result: Build | None = None,
) -> Build:
    """Run the extractors over already-read articles."""
    result = result if result is not None else Build(articles=list(articles))
    nlp = load_model(model)
    chosen = extractors if extractors is not None else default_extractors()
    resolver = Resolver(links=links)
    local_facts: list[Fact] = []
    texts = (a.content() for a in articles)
    known: set[str] = set()  # surnames of people with a full name in earlier articles
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size)):
        ctx = build_context(article, doc, nlp=nlp, known_surnames=frozenset(known))
        known.update(c.words[-1] for c in ctx.clusters if len(c.words) > 1)
        resolver.add_article(article.id, ctx.clusters, _surface_counts(ctx))
        for c in ctx.countries:
            resolver.add_country_surface(c.iso2, doc[c.start : c.end].text, c.kind)
        for extractor in chosen.values():
            for fact in extractor(ctx):
                if fact.evidence.confidence >= min_confidence:
                    local_facts.append(fact)
        if on_article is not None:
            on_article(article)

    mapping, people = resolver.resolve()
    used: set[str] = set()
    for fact in local_facts:
        fact = _globalise(fact, mapping)
        if fact is None:
            continue
        result.facts.append(fact)
        used.update(_entity_keys(fact))
    result.entities = {k: v for k, v in people.items() if k in used}
    for key in sorted(k for k in used if k.startswith("country/")):
        result.entities[key] = resolver.country(key.split("/", 1)[1])
    result.entities = dict(sorted(result.entities.items()))
    result.facts.sort(key=_fact_order)
    return result


def _surface_counts(ctx: DocContext) -> dict[int, Counter]:
    counts: dict[int, Counter] = {}
    for m in ctx.mentions:
        surface = strip_possessive(m.span(ctx.doc).text)
        counts.setdefault(m.cluster, Counter())[surface] += 1
    return counts


def _local(key: str, article_id: str, mapping: dict[tuple[str, int], str]) -> str | None:
    if key.startswith("p:"):
        return mapping.get((article_id, int(key[2:])))
    return key


def _globalise(fact: Fact, mapping: dict[tuple[str, int], str]) -> Fact | None:
    aid = fact.evidence.article_id
    if isinstance(fact, Meeting):
        keys = [_local(k, aid, mapping) for k in fact.participants]
        if None in keys or len(set(keys)) < 2:
            return None
        return replace(fact, participants=tuple(sorted(set(keys))))  # type: ignore[arg-type]
    if isinstance(fact, Statement):
        speaker = _local(fact.speaker, aid, mapping)
        return replace(fact, speaker=speaker) if speaker else None
    return fact


def _entity_keys(fact: Fact) -> list[str]:
    if isinstance(fact, Meeting):
        return list(fact.participants)
    if isinstance(fact, Statement):
        return [fact.speaker]
    assert isinstance(fact, RoleAssertion)
    return [fact.country]


def _fact_order(fact: Fact) -> tuple:
    return (fact.evidence.article_id, fact.evidence.start, fact.evidence.end,
            type(fact).__name__, repr(fact))
