"""The page's data: a graph read into the one JSON document the page's script draws.

Pure Python and no HTML. Every registered relation with a ``View`` contributes its evidence
nodes (facts), one edge per relation, variant and pair of ends with all the facts behind it,
the nodes at those ends, and its timeline items; nothing here names a relation.

The document is compact: short keys, facts referenced by index, each evidence sentence stored
once. Its parts (lists, in a fixed order, so the same graph gives the same document):

``relations`` ``{n: name, l: legend label, c: colour, a: directed, k: object kind,
    v: [[variant, legend text]], m: membership}``
``types`` node types: ``{n: name, k: "entity", "claim" or "concept"}``
``nodes`` ``{l: label or claim text, t: type, w: number of facts, x, y: position,
    k: [other names], s: [same-as IRIs], g: [affiliation nodes], o: owner (a claim's speaker)}``
``edges`` ``{r: relation, v: variant (0 none, else 1 + its index), a, b: nodes, f: [facts]}``
``facts`` ``{r, v, d: day (days since 1970-01-01), p: date precision, c: confidence,
    e: evidence text, a: [articles], i: IRI ("kgr:fact-…"), x: details from the relation's
    ``describe`` (title, quote type, status, place …)}``
``articles`` ``{n: identifier(s), t: title, d: date, o: [outlets], u: [http(s) URLs],
    q: [other sources, shown as text]}``
``outlets``, ``texts``: strings
``moments`` timeline items: ``{r, v, d, p, l: text, f: [facts]}``

Keys whose value would be empty (or 0 for ``v``) are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV
from rdflib.term import Node

from kg.namespace import KG, KGR
from kg.relations import Relation, View, relations

__all__ = ["ENTITY_TYPES", "FOLD_AT", "SHOW_FIRST", "counts_text", "page_data", "far_group", "views"]

# entity classes in the order a node with several types takes its type from
ENTITY_TYPES = {KG.Person: "Person", KG.Country: "Country", KG.Organization: "Organization",
                KG.City: "City"}
UNTYPED = "Entity"  # a node whose type the graph omits
FOLD_AT = 36  # claims fold into their speakers when there are more than this
SHOW_FIRST = 50  # entities the page opens with: the most connected (a slider shows more)
EPOCH = dt.date(1970, 1, 1)
WEB = re.compile(r"https?://[^\s]+\Z", re.I)


def views() -> list[tuple[Relation, View]]:
    """The registered relations the page draws, in registry order."""
    return [(rel, rel.view) for rel in relations() if rel.view is not None]


def far_group(view: View) -> str:
    """The node type of a view's far ends when they are not entities ("Claim", "Role")."""
    return view.object_name or view.object_kind.capitalize()


def node_types() -> list[tuple[str, str]]:
    """(name, kind) of every node type: the entity types, then each view's far-end type."""
    types = [(name, "entity") for name in (*ENTITY_TYPES.values(), UNTYPED)]
    for _rel, view in views():
        if view.object_kind != "entity" and far_group(view) not in dict(types):
            types.append((far_group(view), view.object_kind))
    return types


def page_data(graph: Graph) -> dict[str, Any]:
    """The page's document for ``graph`` (positions not yet set: see ``layout``)."""
    return _Reader(graph).read()


def counts_text(data: dict[str, Any], shown_facts: list[int] | None = None) -> str:
    """The header's counts: entities, then facts per relation and variant. The page's script
    writes the same words as filters change."""
    types = data["types"]
    entities = sum(1 for n in data["nodes"] if types[n["t"]]["k"] == "entity")
    if not data["facts"]:
        return "no facts"
    tally: dict[tuple[int, int], int] = defaultdict(int)
    for i in shown_facts if shown_facts is not None else range(len(data["facts"])):
        fact = data["facts"][i]
        tally[(fact["r"], fact.get("v", 0))] += 1
    parts = [f"{entities} {'entity' if entities == 1 else 'entities'}"]
    for r, rel in enumerate(data["relations"]):
        words = [rel["n"]] + [text for _key, text in rel["v"]]
        parts += [f"{tally[(r, v)]} {word}" for v, word in enumerate(words) if tally[(r, v)]]
    return " · ".join(parts)


class _Reader:
    """One pass over the graph, numbering what it finds."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.views = views()
        self.types = [name for name, _kind in node_types()]
        self.texts: dict[str, int] = {}
        self.variants: list[list[str]] = [list(view.variants) for _rel, view in self.views]

    def read(self) -> dict[str, Any]:
        facts, edges, far = self._facts()
        ends = {n for (_r, _v, a, b) in edges for n in (a, b)}
        entities = sorted((n for n in ends if n not in far), key=str)
        others = sorted((n for n in ends if n in far), key=lambda n: (far[n], str(n)))
        index = {node: i for i, node in enumerate(entities + others)}
        degree: dict[Node, set[int]] = defaultdict(set)
        for (_r, _v, a, b), found in edges.items():
            degree[a].update(found)
            degree[b].update(found)
        nodes = [self._entity(n) for n in entities]
        nodes += [self._far(n, self.views[far[n]][1]) for n in others]
        for node, record in zip(entities + others, nodes):
            record["w"] = len(degree[node])
        edge_rows = sorted(
            ({"r": r, "v": v, "a": index[a], "b": index[b], "f": sorted(found)}
             for (r, v, a, b), found in edges.items()),
            key=lambda e: (e["r"], e["v"], e["a"], e["b"]))
        self._owners(nodes, edge_rows)
        self._affiliations(entities, nodes, edge_rows, index)
        articles = sorted({a for f in facts for a in self.g.objects(f, PROV.wasDerivedFrom)},
                          key=lambda a: (self._identifier(a), str(a)))
        outlets = sorted({str(p) for a in articles for p in self.g.objects(a, DCTERMS.publisher)})
        fact_index = {f: i for i, f in enumerate(facts)}
        article_index = {a: i for i, a in enumerate(articles)}
        fact_rows = [self._fact(f, r, v, article_index) for f, (r, v) in facts.items()]
        moments = self._moments(facts, fact_index)  # before the relations: it may add variants
        data = {
            "relations": [self._relation(i, rel, view) for i, (rel, view) in enumerate(self.views)],
            "types": [{"n": name, "k": kind} for name, kind in node_types()],
            "nodes": nodes,
            "edges": [_compact(e) for e in edge_rows],
            "facts": fact_rows,
            "articles": [self._article(a, outlets) for a in articles],
            "outlets": outlets,
            "moments": moments,
        }
        data["texts"] = list(self.texts)  # last: the moments and facts have added theirs
        return data

    # -- facts and edges

    def _facts(self):
        """Facts (node -> (relation, variant)), edges ((relation, variant, a, b) -> facts) and
        the far-end nodes that are not entities (node -> relation)."""
        facts: dict[Node, tuple[int, int]] = {}
        edges: dict[tuple[int, int, Node, Node], list[int]] = defaultdict(list)
        far: dict[Node, int] = {}
        for r, (rel, view) in enumerate(self.views):
            for fact in sorted(set(self.g.subjects(RDF.type, rel.node_class)), key=str):
                pairs = []
                for a, b in view.ends(self.g, fact):
                    if a != b:
                        pairs.append((a, b) if view.arrow or str(a) <= str(b) else (b, a))
                if not pairs or fact in facts:
                    continue
                v = self._variant(r, view.variant(self.g, fact))
                facts[fact] = (r, v)
                for a, b in sorted(set(pairs), key=lambda p: (str(p[0]), str(p[1]))):
                    edges[(r, v, a, b)].append(len(facts) - 1)
                    if view.object_kind != "entity":
                        far.setdefault(b, r)
        return facts, edges, far

    def _variant(self, r: int, variant: str | None) -> int:
        if not variant:
            return 0
        if variant not in self.variants[r]:
            self.variants[r].append(variant)  # one the view does not list: its own words
        return self.variants[r].index(variant) + 1

    def _fact(self, fact: Node, r: int, v: int, articles: dict[Node, int]) -> dict[str, Any]:
        g = self.g
        row: dict[str, Any] = {"r": r, "v": v, "i": _short(fact),
                               "e": self._text(str(g.value(fact, KG.evidence) or ""))}
        when = g.value(fact, DCTERMS.date)
        if when is not None and (day := _day(str(when))) is not None:
            row["d"] = day
            row["p"] = str(g.value(fact, KG.datePrecision) or "")
        confidence = _confidence(g.value(fact, KG.confidence))
        if confidence is not None:
            row["c"] = confidence
        row["x"] = self._details(fact, r, str(when or ""))
        row["a"] = sorted(articles[a] for a in set(g.objects(fact, PROV.wasDerivedFrom)))
        return _compact(row)

    def _details(self, fact: Node, r: int, when: str) -> str:
        """What the relation's ``describe`` says of a fact beyond its ends and date (a title,
        a quote type, a meeting's status, mode, place and event), in a line."""
        rel, view = self.views[r]
        if rel.describe is None:
            return ""
        ends = set()
        for a, b in view.ends(self.g, fact):
            ends.add(self._label(a))
            ends.add(view.object_label(self.g, b) if view.object_label else self._label(b))
        lines = []
        for key, value in rel.describe(self.g, fact):
            parts = {p.strip() for p in re.split(r",| and ", value)}
            if value and value != when and value not in ends and not parts <= ends:
                lines.append(f"{key}: {_short(value) if value.startswith(str(KGR)) else value}")
        return " · ".join(lines)

    def _moments(self, facts: dict[Node, tuple[int, int]], index: dict[Node, int]) -> list[dict]:
        rows = []
        for r, (rel, view) in enumerate(self.views):
            if view.timeline is None:
                continue
            mine = [f for f, (fr, _v) in facts.items() if fr == r]
            for moment in view.timeline(self.g, mine):
                found = sorted({index[f] for f in moment.facts if f in index})
                day = _day(moment.date)
                if found and day is not None:
                    rows.append(_compact({"r": r, "v": self._variant(r, moment.variant), "d": day,
                                          "p": moment.precision, "l": moment.text, "f": found}))
        return sorted(rows, key=lambda m: (m["d"], m["r"], m["l"], m["f"]))

    def _relation(self, r: int, rel: Relation, view: View) -> dict[str, Any]:
        texts = [[key, view.variants.get(key, key)] for key in self.variants[r]]
        return {"n": rel.name, "l": view.label, "c": view.color, "a": view.arrow,
                "k": view.object_kind, "v": texts, "m": view.membership}

    # -- nodes

    def _entity(self, node: Node) -> dict[str, Any]:
        g = self.g
        kinds = set(g.objects(node, RDF.type))
        kind = next((name for cls, name in ENTITY_TYPES.items() if cls in kinds), UNTYPED)
        return _compact({
            "l": self._label(node),
            "t": self.types.index(kind),
            "k": sorted(str(a) for a in g.objects(node, SKOS.altLabel)),
            "s": sorted(str(s) for s in g.objects(node, OWL.sameAs)),
        })

    def _far(self, node: Node, view: View) -> dict[str, Any]:
        text = view.object_label(self.g, node) if view.object_label else _local_name(node)
        return {"l": text, "t": self.types.index(far_group(view))}

    def _owners(self, nodes: list[dict], edges: list[dict]) -> None:
        """A claim's owner: the first node that states it (it folds into that node)."""
        claims = {self.types.index(far_group(view)) for _rel, view in self.views
                  if view.object_kind == "claim"}
        for edge in edges:
            far = nodes[edge["b"]]
            if far["t"] in claims and "o" not in far:
                far["o"] = edge["a"]

    def _affiliations(self, entities: list[Node], nodes: list[dict], edges: list[dict],
                      index: dict[Node, int]) -> None:
        """Each entity's affiliations for the page's filter: itself if a country or an
        organisation, the objects of membership relations, the country a city lies in."""
        member = {r for r, (_rel, view) in enumerate(self.views) if view.membership}
        groups = {self.types.index("Country"), self.types.index("Organization")}
        found: dict[int, set[int]] = defaultdict(set)
        for i, node in enumerate(entities):
            if nodes[i]["t"] in groups:
                found[i].add(i)
            for country in self.g.objects(node, KG.inCountry):
                if country in index:
                    found[i].add(index[country])
        for edge in edges:
            if edge["r"] in member and edge["b"] < len(entities):
                found[edge["a"]].add(edge["b"])
        for i, members in found.items():
            nodes[i]["g"] = sorted(members)

    # -- articles and text

    def _article(self, article: Node, outlets: list[str]) -> dict[str, Any]:
        g = self.g
        sources = sorted(str(s) for s in g.objects(article, DCTERMS.source))
        title = min((str(t) for t in g.objects(article, DCTERMS.title)), default="")
        day = min((str(d) for d in g.objects(article, DCTERMS.date)), default="")
        return _compact({
            "n": ", ".join(sorted(str(i) for i in g.objects(article, DCTERMS.identifier)))
                 or _local_name(article),
            "t": title, "d": day,
            "o": sorted(outlets.index(str(p)) for p in g.objects(article, DCTERMS.publisher)),
            "u": [s for s in sources if WEB.match(s)],
            "q": [s for s in sources if not WEB.match(s)],
        })  # fmt: skip

    def _identifier(self, article: Node) -> str:
        return min((str(i) for i in self.g.objects(article, DCTERMS.identifier)), default="")

    def _label(self, node: Node) -> str:
        label = self.g.value(node, RDFS.label)
        return str(label) if label is not None else _local_name(node)

    def _text(self, text: str) -> int:
        return self.texts.setdefault(text, len(self.texts))


def _compact(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` without its empty values (and without a variant of 0)."""
    return {k: v for k, v in row.items() if v not in ("", [], None) and not (k == "v" and v == 0)}


def _day(text: str) -> int | None:
    """Days since 1970-01-01 of "2025-02-28" (or the first day of "2025-02"); None if neither."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return (dt.date.fromisoformat(text + "-01") - EPOCH).days
        return (dt.date.fromisoformat(text[:10]) - EPOCH).days
    except ValueError:
        return None


def _confidence(value: Node | None) -> float | None:
    if not isinstance(value, Literal):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return float(round(number, 2)) if number.is_finite() else None


def _short(node: Node) -> str:
    text = str(node)
    return "kgr:" + text[len(str(KGR)):] if text.startswith(str(KGR)) else text


def _local_name(node: Node) -> str:
    return re.split(r"[#/]", str(node).rstrip("#/"))[-1] or str(node)

