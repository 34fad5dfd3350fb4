"""What analysts compute first, as plain data (``kg stats``).

    from kg.graphio import load_graph
    from kg.stats import stats
    report = stats(load_graph("out/graph.ttl"))
    report["people"][0]   # {"person": "kgr:person-…", "label": …, "degree": 5, …}

The report is a dict of lists and dicts of strings and numbers:

- ``summary``: articles; entities per type; facts and, for relations with events, events;
- ``network``: the people network — people, and every relation between two people
  (``kg.network``, met on the seeds): its relations, people, pairs, components, and its
  edges (``weight``: the happenings behind a pair);
- ``people``: per person, ``degree`` (people related to), ``betweenness`` (networkx, normalised,
  unweighted; estimated from ``BETWEENNESS_SOURCES`` sampled people, with a fixed seed, in a
  network of more), ``community`` and, per relation, how many happenings they are part of;
- ``communities``: Louvain communities of the people network (networkx, weighted, fixed seed:
  the same graph gives the same communities), two people or more, largest first;
- ``per_month``, ``per_outlet``: happenings per relation by month and by outlet;
- ``by_concept``: for relations whose far end is a concept (roles), facts and articles per
  entity and concept — countries per role.

A *happening* is what a relation counts once: an event for a relation that groups its facts
into events (``Relation.event``: a meeting, however many sentences report it), else a fact.
Only asserted facts count (a planned meeting is not a meeting held). A happening's date is its
own, else its article's; one without is "undated". An article without an outlet is under
"(unknown)".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS

from kg.errors import UsageError
from kg.namespace import KG
from kg.network import edges, evented, people
from kg.relations import relations
from kg.write.tables import Table, node_id, tables, values

SEED = 42  # Louvain's random seed: fixed, so communities are the same on every run
# Betweenness is exact up to this many people; beyond, networkx estimates it from this many
# source people drawn with SEED (Brandes' algorithm is O(people x pairs): minutes at 10^4)
BETWEENNESS_SOURCES = 1000
UNDATED = "undated"
UNKNOWN = "(unknown)"
FORMATS = ("table", "json", "csv")
CSV_COLUMNS = ("section", "group", "key", "label", "relation", "measure", "value")


@dataclass(frozen=True)
class Happening:
    relation: str
    key: str  # the event's or the fact's ID
    date: dt.date | None
    articles: frozenset[str]
    ends: frozenset[str]  # the IDs of what it relates


def stats(graph: Graph) -> dict[str, Any]:
    """The report of a graph (see the module docstring)."""
    found = tables(graph)
    outlets = {node_id(a): values(graph, a, DCTERMS.publisher)
               for a in graph.subjects(RDF.type, KG.Article)}
    return report(found, outlets)


def report(found: dict[str, Table], outlets: dict[str, list[str]]) -> dict[str, Any]:
    """The report of a graph's tables; ``outlets`` maps article IDs to their outlets."""
    names = [rel.name for rel in relations()]
    happened = happenings(found)
    network = people_network(found)
    communities = _communities(network)
    member = {p: c["community"] for c in communities for p in c["members"]}
    return {
        "summary": _summary(found, names),
        "network": {"relations": sorted({r for *_, d in network.edges(data=True)
                                         for r in d["relations"]}),
                    "people": network.number_of_nodes(), "pairs": network.number_of_edges(),
                    "components": nx.number_connected_components(network),
                    "edges": [{"source": a, "target": b, "weight": d["weight"],
                               "relations": list(d["relations"])}
                              for a, b, d in sorted(network.edges(data=True))]},
        "people": _people(found, network, member, happened, names),
        "communities": communities,
        "per_month": _per(happened, names, _months),
        "per_outlet": _per_outlet(found, happened, names, outlets),
        "by_concept": _by_concept(found),
    }


def happenings(found: dict[str, Table]) -> list[Happening]:
    """What each relation counts once (see the module docstring), asserted only."""
    article_date = {r["article"]: r["date"] for r in found["articles"].rows}
    articles_of = _articles_of(found)
    ends: dict[str, set[str]] = defaultdict(set)
    for pair in found["pairs"].rows:
        ends[pair["fact"]].update((pair["subject"], pair["object"]))

    def fact_date(row: dict) -> dt.date | None:
        dates = [article_date.get(a) for a in articles_of[row["fact"]]]
        return row["date"] or min((d for d in dates if d), default=None)

    with_events = evented()
    out: list[Happening] = []
    mentions: dict[str, list[dict]] = defaultdict(list)
    for row in found["facts"].rows:
        if not row["asserted"]:
            continue
        if row["relation"] in with_events and row["event"]:
            mentions[row["event"]].append(row)
            continue
        out.append(Happening(row["relation"], row["fact"], fact_date(row),
                             frozenset(articles_of[row["fact"]]), frozenset(ends[row["fact"]])))
    for event in found["events"].rows:
        rows = mentions.get(event["event"])
        if not rows:
            continue
        dates = [d for d in (fact_date(r) for r in rows) if d]
        out.append(Happening(
            event["relation"], event["event"], event["date"] or min(dates, default=None),
            frozenset(a for r in rows for a in articles_of[r["fact"]]),
            frozenset(e for r in rows for e in ends[r["fact"]])))
    return out


def _articles_of(found: dict[str, Table]) -> dict[str, set[str]]:
    """Each fact's articles (the IDs of the articles its evidence comes from)."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for row in found["evidence"].rows:
        if row["article"] is not None:
            articles_of[row["fact"]].add(row["article"])
    return articles_of


def people_network(found: dict[str, Table]) -> nx.Graph:
    """The undirected network of people: every person, an edge where a relation between two
    people holds, ``weight`` the happenings behind it (summed over relations)."""
    labels = {r["entity"]: r["label"] for r in found["entities"].rows}
    network = nx.Graph()
    for person in sorted(people(found)):
        network.add_node(person, label=labels.get(person) or person)
    for edge in edges(found, people_only=True):
        a, b = sorted((edge.source, edge.target))
        if network.has_edge(a, b):
            network.edges[a, b]["weight"] += edge.weight
            network.edges[a, b]["relations"] = tuple(sorted({*network.edges[a, b]["relations"],
                                                             edge.relation}))
        else:
            network.add_edge(a, b, weight=edge.weight, relations=(edge.relation,))
    return network


def _summary(found: dict[str, Table], names: list[str]) -> dict[str, Any]:
    facts = Counter(r["relation"] for r in found["facts"].rows)
    events = Counter(r["relation"] for r in found["events"].rows)
    return {"articles": len(found["articles"].rows),
            "entities": dict(sorted(Counter(r["type"] for r in found["entities"].rows).items())),
            "facts": {name: facts.get(name, 0) for name in names},
            "events": {name: events.get(name, 0) for name in names if name in evented()}}


def _communities(network: nx.Graph) -> list[dict[str, Any]]:
    found = nx.community.louvain_communities(network, weight="weight", seed=SEED)
    label = nx.get_node_attributes(network, "label")
    groups = [sorted(c, key=lambda p: (label[p], p)) for c in found if len(c) > 1]
    groups.sort(key=lambda g: (-len(g), label[g[0]], g[0]))
    return [{"community": i, "size": len(g), "members": g, "labels": [label[p] for p in g]}
            for i, g in enumerate(groups, start=1)]


def _people(found: dict[str, Table], network: nx.Graph, member: dict[str, int],
            happened: list[Happening], names: list[str]) -> list[dict[str, Any]]:
    sources = BETWEENNESS_SOURCES if len(network) > BETWEENNESS_SOURCES else None
    betweenness = nx.betweenness_centrality(network, k=sources, seed=SEED if sources else None)
    counts: dict[str, Counter] = defaultdict(Counter)
    for h in happened:
        for end in h.ends:
            counts[end][h.relation] += 1
    shown = [n for n in names if any(counts[p][n] for p in network)]
    rows = [{"person": p, "label": network.nodes[p]["label"], "degree": network.degree(p),
             "betweenness": round(betweenness[p], 4), "community": member.get(p),
             "counts": {n: counts[p][n] for n in shown}} for p in network]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], -sum(r["counts"].values()),
                             r["label"], r["person"]))
    return rows


def _months(h: Happening) -> list[str]:
    return [h.date.strftime("%Y-%m") if h.date else UNDATED]


def _per(happened: list[Happening], names: list[str], groups) -> list[dict[str, Any]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for h in happened:
        for group in groups(h):
            counts[group][h.relation] += 1
    order = sorted(counts, key=lambda g: (g == UNDATED, g))
    return [{"month": g, "counts": {n: counts[g][n] for n in names}} for g in order]


def _per_outlet(found: dict[str, Table], happened: list[Happening], names: list[str],
                outlets: dict[str, list[str]]) -> list[dict[str, Any]]:
    def of(article: str) -> list[str]:
        return outlets.get(article) or [UNKNOWN]

    articles = Counter(o for r in found["articles"].rows for o in of(r["article"]))
    counts: dict[str, Counter] = defaultdict(Counter)
    for h in happened:
        for outlet in sorted({o for a in h.articles for o in of(a)}):
            counts[outlet][h.relation] += 1
    order = sorted(set(articles) | set(counts), key=lambda o: (o == UNKNOWN, -articles[o], o))
    return [{"outlet": o, "articles": articles[o], "counts": {n: counts[o][n] for n in names}}
            for o in order]


def _by_concept(found: dict[str, Table]) -> list[dict[str, Any]]:
    labels = {r["entity"]: r["label"] for r in found["entities"].rows}
    articles_of = _articles_of(found)
    groups: dict[tuple, list[str]] = defaultdict(list)
    for row in found["facts"].rows:
        if row["asserted"] and row["object_kind"] == "concept" and row["subject"]:
            groups[(row["relation"], row["object"], row["object_label"], row["subject"])].append(
                row["fact"])
    rank = {rel.name: i for i, rel in enumerate(relations())}
    rows = [{"relation": rel, "concept": concept, "concept_label": word, "entity": entity,
             "label": labels.get(entity) or entity, "facts": len(facts),
             "articles": len({a for f in facts for a in articles_of[f]})}
            for (rel, concept, word, entity), facts in groups.items()]
    rows.sort(key=lambda r: (rank.get(r["relation"], len(rank)), r["concept_label"] or "",
                             -r["facts"], r["label"], r["entity"]))
    return rows


# ---------------------------------------------------------------- output


def format_stats(data: dict[str, Any], fmt: str = "table", *, top: int = 10) -> str:
    """The report as text tables (``top`` people), JSON, or one tidy CSV (``CSV_COLUMNS``)."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(data)
    if fmt == "table":
        return _tables(data, top)
    raise UsageError("--format", f"unknown stats format '{fmt}'; choose {', '.join(FORMATS)}")


def _csv(data: dict[str, Any]) -> str:
    rows: list[tuple] = [("summary", "", "articles", "", "", "count", data["summary"]["articles"])]
    rows += [("summary", "", kind, "", "", "entities", n)
             for kind, n in data["summary"]["entities"].items()]
    for measure in ("facts", "events"):
        rows += [("summary", "", "", "", rel, measure, n)
                 for rel, n in data["summary"][measure].items()]
    for p in data["people"]:
        for measure in ("degree", "betweenness", "community"):
            rows.append(("people", "", p["person"], p["label"], "", measure, p[measure]))
        rows += [("people", "", p["person"], p["label"], rel, "count", n)
                 for rel, n in p["counts"].items()]
    for m in data["per_month"]:
        rows += [("per_month", m["month"], "", "", rel, "count", n)
                 for rel, n in m["counts"].items()]
    for o in data["per_outlet"]:
        rows.append(("per_outlet", o["outlet"], "", "", "", "articles", o["articles"]))
        rows += [("per_outlet", o["outlet"], "", "", rel, "count", n)
                 for rel, n in o["counts"].items()]
    for c in data["by_concept"]:
        for measure in ("facts", "articles"):
            rows.append(("by_concept", c["concept_label"], c["entity"], c["label"], c["relation"],
                         measure, c[measure]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(tuple("" if v is None else v for v in row) for row in rows)
    return buffer.getvalue()


def _tables(data: dict[str, Any], top: int) -> str:
    from kg.query import QueryResult, format_result

    def table(title: str, columns: list[str], rows: list[list[Any]]) -> str:
        cells = [tuple("" if v is None else str(v) for v in row) for row in rows]
        return f"{title}\n\n" + format_result(QueryResult(columns, cells), "table")

    summary, net = data["summary"], data["network"]
    lines = [f"articles: {summary['articles']}",
             "entities: " + ", ".join(f"{n} {k.lower()}" for k, n in summary["entities"].items()),
             "facts: " + ", ".join(f"{k} {n}" for k, n in summary["facts"].items())]
    if summary["events"]:
        lines.append("events: " + ", ".join(f"{k} {n}" for k, n in summary["events"].items()))
    lines.append(f"people network ({', '.join(net['relations']) or 'no relation'}): "
                 f"{net['people']} people, {net['pairs']} pairs, {net['components']} components, "
                 f"{len(data['communities'])} communities")
    parts = ["\n".join(lines) + "\n"]
    shown = list(data["people"][0]["counts"]) if data["people"] else []
    parts.append(table(f"most connected people (top {top})",
                       ["person", "degree", "betweenness", "community", *shown],
                       [[p["label"], p["degree"], f"{p['betweenness']:.3f}", p["community"],
                         *(p["counts"][n] for n in shown)] for p in data["people"][:top]]))
    parts.append(table("communities", ["community", "size", "people"],
                       [[c["community"], c["size"], ", ".join(c["labels"])]
                        for c in data["communities"]]))
    names = list(data["summary"]["facts"])
    counted = [f"{n} (events)" if n in summary["events"] else n for n in names]
    parts.append(table("per month", ["month", *counted],
                       [[m["month"], *m["counts"].values()] for m in data["per_month"]]))
    parts.append(table("per outlet", ["outlet", "articles", *counted],
                       [[o["outlet"], o["articles"], *o["counts"].values()]
                        for o in data["per_outlet"]]))
    parts.append(table("by concept", ["relation", "concept", "entity", "facts", "articles"],
                       [[c["relation"], c["concept_label"], c["label"], c["facts"], c["articles"]]
                        for c in data["by_concept"]]))
    return "\n".join(parts)
