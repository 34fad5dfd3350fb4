"""GraphML for network tools (Gephi, networkx, igraph, Cytoscape).

A directed graph. Nodes are the entities (``type``, ``label``, ``alt_labels``, ``same_as``,
``iri``), the concepts relations point at (type ``Role``) and the texts (type ``Claim``, with
``text``); node ids are compact IRIs (``kgr:person-…``), the IDs of the analysis tables.

One edge per relation and related pair (``kg.network``), its id the relation's name, with:

- ``relation``; ``symmetric`` (true for a relation without direction, met: its edge runs from
  the smaller id to the larger, so read it as undirected);
- ``weight``: the number of distinct happenings behind it — meeting events for met (not
  sentences), articles for the other relations; ``events`` (for relations with events),
  ``mentions`` (evidence nodes), ``article_count``;
- ``confidence_max``, ``confidence_mean``;
- ``start`` and ``end`` (ISO days: the first and last day of its dates), ``dates`` (each
  distinct date, a month as ``2025-02``) — absent when nothing behind the edge is dated;
- ``articles`` (file names) and ``evidence`` (fact IDs), for going back to the text.

``people_only=True`` is the projection for network analysis: only people, only edges
between two people.
"""

from __future__ import annotations

import io
import re
from statistics import fmean
from typing import Any

import networkx as nx

from kg.model import NODE_TYPES
from kg.network import edges
from kg.query import expand
from kg.relations import relations
from kg.write.tables import Table

DRAWN_TYPES = NODE_TYPES[:3]  # entities drawn even without an edge (places only with one)


def graphml(tables: dict[str, Table], *, people_only: bool = False) -> bytes:
    """The GraphML document of a graph's tables (``kg.write.tables.tables``)."""
    entities = {row["entity"]: row for row in tables["entities"].rows}
    far = _far_ends(tables)
    links = edges(tables, people_only=people_only)
    keep = {k for k, row in entities.items()
            if (row["type"] == "Person" if people_only else row["type"] in DRAWN_TYPES)}
    keep |= {n for e in links for n in (e.source, e.target)}
    nodes = {key: _node(key, entities.get(key), far.get(key)) for key in keep}
    rank = {kind: i for i, kind in enumerate(NODE_TYPES)}
    network = nx.MultiDiGraph()
    for key in sorted(nodes, key=lambda k: (rank.get(nodes[k]["type"], len(rank)),
                                            nodes[k]["type"], k)):
        network.add_node(xml_safe(key), **_xml_safe_values(nodes[key]))
    names = {row["article"]: row["id"] or row["article"] for row in tables["articles"].rows}
    for edge in links:
        network.add_edge(xml_safe(edge.source), xml_safe(edge.target), key=edge.relation,
                         **_xml_safe_values(_edge_attrs(edge, names)))
    buffer = io.BytesIO()
    nx.write_graphml(network, buffer, encoding="utf-8")
    return buffer.getvalue()


def _far_ends(tables: dict[str, Table]) -> dict[str, tuple[str, str]]:
    """Claims and concepts by ID: (node type, label) from the facts that point at them."""
    kinds = {rel.name: rel.view for rel in relations() if rel.view is not None}
    out: dict[str, tuple[str, str]] = {}
    for row in tables["facts"].rows:
        view = kinds.get(row["relation"])
        if view is not None and view.object_kind != "entity" and row["object"] is not None:
            kind = view.object_name or view.object_kind.capitalize()
            out.setdefault(row["object"], (kind, row["object_label"] or ""))
    return out


def _node(key: str, entity: dict | None, far: tuple[str, str] | None) -> dict[str, Any]:
    if entity is not None:
        attrs: dict[str, Any] = {"type": entity["type"] or "", "label": entity["label"] or key}
        if entity["aliases"]:
            attrs["alt_labels"] = "; ".join(entity["aliases"])
        if entity["same_as"]:
            attrs["same_as"] = " ".join(entity["same_as"])
    elif far is not None:
        kind, text = far
        attrs = {"type": kind, "label": text}
        if kind == "Claim":
            attrs.update(label=_shorten(text, 80), text=text)
    else:
        attrs = {"type": "", "label": key}
    attrs["iri"] = expand(key) or key
    return attrs


def _edge_attrs(edge, names: dict[str, str]) -> dict[str, Any]:
    attrs: dict[str, Any] = {"relation": edge.relation, "symmetric": edge.symmetric,
                             "weight": edge.weight}
    if edge.events:
        attrs["events"] = len(edge.events)
    attrs.update(mentions=len(edge.facts), article_count=len(edge.articles))
    if edge.confidences:
        attrs["confidence_max"] = max(edge.confidences)
        attrs["confidence_mean"] = round(fmean(edge.confidences), 4)
    if edge.dates:
        attrs["start"] = edge.start.isoformat()
        attrs["end"] = edge.end.isoformat()
        attrs["dates"] = "; ".join(d.isoformat()[:7] if p == "month" else d.isoformat()
                                   for d, p in edge.dates)
    attrs["articles"] = "; ".join(sorted({names.get(a, a) for a in edge.articles}))
    attrs["evidence"] = " ".join(edge.facts)
    return attrs


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone
    surrogates; U+FFFE, U+FFFF), each replaced by U+FFFD so nothing silently disappears."""
    return _NOT_XML.sub("\ufffd", text)


def _xml_safe_values(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: xml_safe(v) if isinstance(v, str) else v for k, v in attrs.items()}


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
