"""Exports of a graph: Turtle, N-Triples and JSON-LD for RDF tools, GraphML for network tools
(Gephi, networkx), and CSV with one row per fact for spreadsheets.

Every export is deterministic: the same graph gives the same bytes.

GraphML holds the entities (``type``, ``label``, ``alt_labels``, ``same_as``, ``iri``), the
concepts relations point at (type ``Concept``, such as a role) and the texts (type ``Claim``,
with ``text``), and one edge per relation and related pair with ``relation`` (the relation's
name), ``weight`` (the number of evidence nodes behind it), ``articles`` and ``evidence`` (the
fact IRIs). What is drawn comes from each relation's ``View``; a fact the view marks as a
variant (a planned meeting) draws no edge. Node ids are compact IRIs (``kgr:person-…``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from kg.write.atomic import write_bytes
from kg.errors import OutputError
from kg.graphio import to_oxigraph
from kg.namespace import KG, PREFIXES
from kg.query import compact
from kg.relations import relations

FORMATS = ("ttl", "nt", "jsonld", "graphml", "csv")
ENTITY_TYPES = ("Person", "Country", "Organization", "City")
SHARED_COLUMNS = ("fact", "relation", "subject", "object")
PROVENANCE_COLUMNS = ("article", "article_date", "article_title", "outlet", "url", "evidence",
                      "char_start", "char_end", "confidence", "extractor")


def csv_columns() -> tuple[str, ...]:
    """The CSV header: the shared columns, each relation's own, then provenance."""
    own = [c for rel in relations() for c in rel.columns]
    return (*SHARED_COLUMNS, *dict.fromkeys(own), *PROVENANCE_COLUMNS)


def export(graph: Graph, fmt: str) -> bytes:
    """The graph in one of ``FORMATS``; an unknown format is an ``OutputError``."""
    if fmt not in FORMATS:
        raise OutputError(None, f"unknown export format '{fmt}'; choose {', '.join(FORMATS)}")
    return _WRITERS[fmt](graph)


def write_export(graph: Graph, fmt: str, path: str | Path) -> Path:
    """Write an export to ``path`` atomically (the old file or the whole new one)."""
    return write_bytes(path, export(graph, fmt))


# ---------------------------------------------------------------- RDF formats


def _canonical(graph: Graph) -> Graph:
    """A copy with the contract's prefixes bound and triples added in a stable order."""
    copy = Graph(bind_namespaces="none")
    for prefix, namespace in sorted(graph.namespaces()):
        if prefix and prefix not in PREFIXES:
            copy.bind(prefix, namespace, override=False)
    for contract_prefix, contract_namespace in PREFIXES.items():
        copy.bind(contract_prefix, contract_namespace, override=True, replace=True)
    for triple in sorted(graph, key=lambda t: tuple(term.n3() for term in t)):
        copy.add(triple)
    return copy


def _as_bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _turtle(graph: Graph) -> bytes:
    return _as_bytes(_canonical(graph).serialize(format="longturtle"))


def _ntriples(graph: Graph) -> bytes:
    """N-Triples as Oxigraph writes them (escapes per the spec), one triple per line, lines
    sorted whole: split on line feeds only, which never occur inside an escaped literal."""
    data = ox.serialize(to_oxigraph(graph), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    lines = sorted({line for line in data.split("\n") if line})
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _jsonld(graph: Graph) -> bytes:
    text = _canonical(graph).serialize(format="json-ld", context=dict(PREFIXES))
    document = _sorted_json(json.loads(text))
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _sorted_json(value: Any, *, ordered: bool = False) -> Any:
    """Sort JSON-LD arrays (sets of values in RDF) so the output does not depend on hash
    order; ``@list`` arrays (RDF collections) keep their order."""
    if isinstance(value, dict):
        return {k: _sorted_json(v, ordered=(k == "@list")) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return items if ordered else sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    return value


# ---------------------------------------------------------------- shared lookups


def _label(graph: Graph, node: Node) -> str:
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else _name(node)


def _name(node: Node) -> str:
    return compact(str(node)) if isinstance(node, URIRef) else str(node)


def _local(node: Node) -> str:
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def _literal(graph: Graph, node: Node, predicate: URIRef) -> str:
    value = graph.value(node, predicate)
    return str(value) if value is not None else ""


def _articles(graph: Graph, fact: Node) -> list[Node]:
    return sorted(graph.objects(fact, PROV.wasDerivedFrom), key=str)


def _article_ids(graph: Graph, facts: list[Node]) -> str:
    ids = {
        _literal(graph, a, DCTERMS.identifier) or _name(a)
        for f in facts
        for a in _articles(graph, f)
    }
    return "; ".join(sorted(ids))


# ---------------------------------------------------------------- GraphML


def _graphml(graph: Graph) -> bytes:
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], list[Node]] = defaultdict(list)

    def add_node(node: Node, kind: str | None = None, text: str | None = None) -> str:
        key = _name(node)
        if key not in nodes:
            types = sorted(
                _local(t) for t in graph.objects(node, RDF.type) if _local(t) in ENTITY_TYPES
            )
            attrs = {"type": kind or (types[0] if types else ""), "label": _label(graph, node)}
            if text is not None:
                attrs.update(label=_shorten(text, 80), text=text)
            alts = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
            same = sorted(str(s) for s in graph.objects(node, OWL.sameAs))
            if alts:
                attrs["alt_labels"] = "; ".join(alts)
            if same:
                attrs["same_as"] = " ".join(same)
            attrs["iri"] = str(node)
            nodes[key] = attrs
        return key

    for kind in ENTITY_TYPES[:3]:
        for node in graph.subjects(RDF.type, KG[kind]):
            add_node(node, kind)
    for rel in relations():
        view = rel.view
        if view is None:
            continue
        for fact in graph.subjects(RDF.type, rel.node_class):
            if view.variant(graph, fact) is not None:
                continue
            for a, b in view.ends(graph, fact):
                group = view.object_name or view.object_kind.capitalize()
                if view.object_kind == "claim":
                    text = view.object_label(graph, b) if view.object_label else None
                    far = add_node(b, group, text)
                elif view.object_kind == "concept":
                    far = add_node(b, group)
                    if view.object_label:
                        nodes[far]["label"] = view.object_label(graph, b)
                else:
                    far = add_node(b)
                near = add_node(a)
                if not view.arrow and far < near:
                    near, far = far, near
                edges[(near, far, rel.name)].append(fact)

    # Entities first, then concepts and claims: GraphML then writes each edge entity → far end.
    rank = {kind: i for i, kind in enumerate(ENTITY_TYPES)}
    network = nx.MultiDiGraph()
    for key in sorted(nodes, key=lambda k: (rank.get(nodes[k]["type"], len(rank)),
                                            nodes[k]["type"], k)):
        network.add_node(xml_safe(key), **_xml_safe_values(nodes[key]))
    for (a, b, relation), facts in sorted(edges.items()):
        attrs = {"relation": relation, "weight": len(set(facts)),
                 "articles": _article_ids(graph, facts),
                 "evidence": " ".join(sorted({_name(f) for f in facts}))}
        network.add_edge(xml_safe(a), xml_safe(b), key=relation, **_xml_safe_values(attrs))
    buffer = io.BytesIO()
    nx.write_graphml(network, buffer, encoding="utf-8")
    return buffer.getvalue()



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


# ---------------------------------------------------------------- CSV


def fact_rows(graph: Graph) -> list[dict[str, str]]:
    """One row per evidence node (``csv_columns()``), sorted by article and position; the
    subject, object and a relation's own columns come from the relation (``Relation.row``)."""
    columns = csv_columns()
    rows = []
    for rel in relations():
        for fact in set(graph.subjects(RDF.type, rel.node_class)):
            row = dict.fromkeys(columns, "")
            row.update(fact=_name(fact), relation=rel.name)
            if rel.row is not None:
                row.update({k: v for k, v in rel.row(graph, fact).items() if k in row})
            articles = _articles(graph, fact)
            row["article"] = _article_ids(graph, [fact])
            for column, predicate in (("article_date", DCTERMS.date), ("article_title", DCTERMS.title),
                                      ("outlet", DCTERMS.publisher), ("url", DCTERMS.source)):
                row[column] = "; ".join(sorted({str(v) for a in articles
                                                for v in graph.objects(a, predicate)}))
            for column, predicate in (
                ("evidence", KG.evidence), ("char_start", KG.charStart), ("char_end", KG.charEnd),
                ("confidence", KG.confidence), ("extractor", KG.extractor),
            ):  # fmt: skip
                row[column] = _literal(graph, fact, predicate)
            rows.append(row)
    return sorted(rows, key=_row_order)


def _row_order(row: dict[str, str]) -> tuple:
    def number(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            return -1

    return (row["article"], number(row["char_start"]), number(row["char_end"]), row["fact"])


def _csv(graph: Graph) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=csv_columns(), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(fact_rows(graph))
    return buffer.getvalue().encode("utf-8")


_WRITERS = {"ttl": _turtle, "nt": _ntriples, "jsonld": _jsonld, "graphml": _graphml, "csv": _csv}
