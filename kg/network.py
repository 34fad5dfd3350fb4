"""The graph as a network: one edge per relation and related pair, with what network tools
weigh and filter on (GraphML for Gephi and networkx, ``kg stats``).

    from kg.network import edges
    for edge in edges(tables(graph), people_only=True):
        print(edge.source, edge.target, edge.relation, edge.weight)

An edge gathers every asserted fact of one relation that relates the pair (a planned meeting
asserts nothing and draws no edge). Its ``weight`` is the number of distinct happenings behind
it — the relation's events where it declares them (``Relation.event``: a meeting reported in
five sentences and two articles is one meeting), else the number of distinct articles.
A relation the page draws without an arrow (``View.arrow`` false: met) is symmetric; its edge
runs from the smaller ID to the larger.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from kg.relations import relations
from kg.write.tables import Table

PERSON = "Person"


@dataclass(frozen=True)
class Edge:
    relation: str
    source: str  # node IDs (kgr:person-…, kgr:claim-…, kg:Guarantor)
    target: str
    symmetric: bool
    facts: tuple[str, ...]  # the evidence nodes behind it
    events: tuple[str, ...]  # their distinct events (empty for a relation without events)
    articles: tuple[str, ...]  # the articles they were read in (IDs)
    dates: tuple[tuple[dt.date, str], ...]  # distinct (date, precision) of its happenings
    confidences: tuple[float, ...]  # one per fact

    @property
    def weight(self) -> int:
        return len(self.events) if self.events else len(self.articles)

    @property
    def start(self) -> dt.date | None:
        """The first day of its earliest date (a month's date is its first day)."""
        return min((d for d, _ in self.dates), default=None)

    @property
    def end(self) -> dt.date | None:
        """The last day of its latest date (a month's date runs to the month's last day)."""
        return max((_last_day(d, p) for d, p in self.dates), default=None)


def _last_day(day: dt.date, precision: str) -> dt.date:
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


def evented() -> set[str]:
    """The relations that group their facts into events."""
    return {rel.name for rel in relations() if rel.event is not None}


def symmetric() -> set[str]:
    return {rel.name for rel in relations() if rel.view is not None and not rel.view.arrow}


def people(tables: dict[str, Table]) -> list[str]:
    return [row["entity"] for row in tables["entities"].rows if row["type"] == PERSON]


def edges(tables: dict[str, Table], *, people_only: bool = False) -> list[Edge]:
    """The network's edges, sorted by (source, target, relation). With ``people_only``, only
    edges between two people (a person–person relation)."""
    facts = {row["fact"]: row for row in tables["facts"].rows}
    events = {row["event"]: row for row in tables["events"].rows}
    articles_of: dict[str, set[str]] = defaultdict(set)
    for row in tables["evidence"].rows:
        if row["article"] is not None:
            articles_of[row["fact"]].add(row["article"])
    person = set(people(tables))
    with_events, both_ways = evented(), symmetric()
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for pair in tables["pairs"].rows:
        fact = facts[pair["fact"]]
        if not fact["asserted"]:
            continue
        a, b = pair["subject"], pair["object"]
        if people_only and not (a in person and b in person):
            continue
        if pair["relation"] in both_ways and b < a:
            a, b = b, a
        grouped[(a, b, pair["relation"])].append(pair["fact"])
    out = []
    for (a, b, relation), keys in sorted(grouped.items()):
        keys = sorted(set(keys))
        rows = [facts[k] for k in keys]
        happenings = (sorted({r["event"] for r in rows if r["event"]})
                      if relation in with_events else [])
        dated = [events[e] for e in happenings] if happenings else rows
        dates = sorted({(r["date"], r["date_precision"] or "day") for r in dated if r["date"]})
        out.append(Edge(
            relation=relation, source=a, target=b, symmetric=relation in both_ways,
            facts=tuple(keys), events=tuple(happenings),
            articles=tuple(sorted({x for k in keys for x in articles_of[k]})),
            dates=tuple(dates),
            confidences=tuple(r["confidence"] for r in rows if r["confidence"] is not None),
        ))
    return out
