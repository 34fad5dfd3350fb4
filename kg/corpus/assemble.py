"""The corpus-wide stage: per-article results in, one ``Build`` out.

    build = assemble(results, links=table)

People are resolved across articles (``kg.corpus.people``); every fact's article-local keys
become entity keys (a fact whose people cannot all be resolved is dropped, and so is one its
relation will not keep, such as a meeting of one); the entities the facts use are collected
with their labels, spellings and authority IRIs; each relation's corpus-wide records (meeting
events) are made last. The result depends only on the set of results, not their order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from kg.article.process import ArticleResult
from kg.corpus.links import LinkTable
from kg.corpus.people import resolve_people
from kg.model import COUNTRY, Build, Entity
from kg.relations import Relation, relation_of, relations

NAME_KINDS = frozenset({"name", "alias"})  # spellings of a country that are its names


def assemble(
    results: Iterable[ArticleResult],
    *,
    links: LinkTable | None = None,
    min_confidence: float = 0.0,
    warnings: Sequence[str] = (),
    skipped: int = 0,
) -> Build:
    results = sorted(results, key=lambda r: r.article.id)
    mapping, people = resolve_people(
        ((r.article.id, p) for r in results for p in r.people), links=links)
    spellings: dict[str, Counter] = {}
    for result in results:
        for key, surface, kind, n in result.names:
            if kind in NAME_KINDS:
                spellings.setdefault(key, Counter())[surface] += n

    facts: list[Any] = []
    for result in results:
        article_id = result.article.id
        for fact in result.facts:
            if fact.evidence.confidence < min_confidence:
                continue
            rel = relation_of(fact)
            fact = _globalise(fact, rel, mapping, article_id)
            if fact is not None:
                facts.append(fact)
    facts.sort(key=_fact_order)

    used = {key for fact in facts for key in relation_of(fact).entity_keys(fact) if key}
    entities: dict[str, Entity] = {}
    while used:  # a city's or an institution's country is an entity too
        key = used.pop()
        entity = people.get(key) or _named_entity(key, spellings.get(key, Counter()))
        if entity is not None:
            entities[key] = entity
            if entity.country and entity.country not in entities:
                used.add(entity.country)
    entities = dict(sorted(entities.items()))
    build = Build(articles=[r.article for r in results], entities=entities, facts=facts,
                  warnings=list(warnings), skipped=skipped)
    for rel in relations():
        if rel.aggregate is not None:
            mine = [f for f in facts if isinstance(f, rel.fact)]
            build.records[rel.name] = list(rel.aggregate.build(mine, entities))
    return build


def _globalise(fact: Any, rel: Relation, mapping: dict[tuple[str, int], str],
               article_id: str) -> Any | None:
    """The fact with entity keys for article-local person keys; None if a person is unknown."""

    def key(value: str) -> str | None:
        if value.startswith("p:"):
            return mapping.get((article_id, int(value[2:])))
        return value

    changes: dict[str, Any] = {}
    for name in rel.entities:
        value = getattr(fact, name)
        if value is None:
            continue
        if isinstance(value, tuple):
            keys = [key(v) for v in value]
            if None in keys:
                return None
            changes[name] = tuple(sorted(set(keys)))  # type: ignore[arg-type]
        else:
            found = key(value)
            if found is None:
                return None
            changes[name] = found
    fact = replace(fact, **changes)
    return fact if rel.keep(fact) else None


def _named_entity(key: str, seen: Counter) -> Entity | None:
    """A country, organisation or city, from the gazetteers we ship."""
    kind, _, ident = key.partition("/")
    if kind == "country":
        from kg.gazetteer.countries import get_gazetteer

        country = get_gazetteer().by_iso2(ident)
        alts = tuple(sorted({s for s in seen if s != country.label}))
        return Entity(key=key, type=COUNTRY, label=country.label, alt_labels=alts,
                      same_as=(country.geonames_iri,))
    if kind in ("org", "city"):
        from kg.gazetteer.places import named_entity

        return named_entity(key, seen)
    return None


def _fact_order(fact: Any) -> tuple:
    ev = fact.evidence
    return (ev.article_id, ev.start, ev.end, relation_of(fact).name, repr(fact))
