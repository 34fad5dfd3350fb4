"""Which facts the page of a big build shows.

A page is read by a person in a browser: past some ten thousand facts it is too heavy to open
and too dense to read, and building it would hold the whole graph in memory. So a build whose
facts outnumber ``PAGE_FACTS`` gets a page of the most connected entities: entities are ranked
by the number of facts that name them, and the page takes the facts whose entities all rank
highest in that ranking, each relation keeping its share of the page (the whole graph stays in
graph.ttl and the store). The header says what was left out.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from kg.limits import PAGE_FACTS
from kg.model import Build
from kg.relations import relation_of, relations

__all__ = ["PAGE_FACTS", "for_page"]


def for_page(result: Build, limit: int = PAGE_FACTS) -> tuple[Build, str | None]:
    """``result`` cut down to what its page shows, and the note that says so (None if the
    whole build fits)."""
    if len(result.facts) <= limit:
        return result, None
    ends = [tuple(dict.fromkeys(k for k in relation_of(f).entity_keys(f) if k)) for f in result.facts]
    named = Counter(key for keys in ends for key in keys)
    rank = {key: i for i, (key, _n) in enumerate(sorted(named.items(), key=lambda kv: (-kv[1], kv[0])))}
    # each relation gets its share of the page; within it, a fact's place is that of the least
    # connected of its entities
    names = [relation_of(f).name for f in result.facts]
    share = Counter(names)
    chosen: set[int] = set()
    for name, count in share.items():
        room = limit * count // len(result.facts)
        order = sorted((i for i, n in enumerate(names) if n == name),
                       key=lambda i: (max((rank[k] for k in ends[i]), default=-1), i))
        chosen.update(order[:room])
    keep = [f for i, f in enumerate(result.facts) if i in chosen]
    kept_keys = {k for i in chosen for k in ends[i]}
    entities = {k: e for k, e in result.entities.items() if k in kept_keys}
    articles = {f.evidence.article_id for f in keep}
    nodes = {relation_of(f).fact_node(f) for f in keep}
    records = {}
    for rel in relations():
        if rel.aggregate is None:
            continue
        records[rel.name] = [r for r in result.records.get(rel.name, ())
                             if any(o in nodes for _s, _p, o in rel.aggregate.triples(r))]
    cut = dataclasses.replace(result, facts=keep, entities=entities, records=records,
                              articles=[a for a in result.articles if a.id in articles])
    note = (f"the {len(keep):,} facts among the {len(entities):,} most connected entities, of "
            f"{len(result.facts):,} facts and {len(named):,} entities in the graph "
            f"(query the graph for the rest)")
    return cut, note
