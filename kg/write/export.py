"""Exports of a graph: Turtle, N-Triples and JSON-LD for RDF tools, GraphML for network tools
(Gephi, networkx), and CSV with one row per fact for spreadsheets.

Every export is deterministic: the same graph gives the same bytes.

GraphML holds the people, countries and organisations (``type``, ``label``, ``alt_labels``,
``same_as``, ``iri``), the role concepts (type ``Role``) and the claims (type ``Claim``, with
``text``), and one edge per related pair with ``relation`` (``met``, ``stated`` or
``roleInSecurityGuarantees``), ``weight`` (the number of evidence nodes behind it),
``articles`` and ``evidence`` (the fact IRIs). Node ids are compact IRIs (``kgr:person-…``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from itertools import combinations
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

FORMATS = ("ttl", "nt", "jsonld", "graphml", "csv")
ENTITY_TYPES = ("Person", "Country", "Organization")
FACT_RELATION = {"Meeting": "met", "Statement": "stated", "RoleAssertion": "roles"}
CSV_COLUMNS = (
    "fact", "relation", "subject", "object", "quote_type", "status", "article", "article_date",
    "evidence", "char_start", "char_end", "confidence", "extractor",
)  # fmt: skip


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
    edges: dict[tuple[str, str], dict[str, Any]] = {}

    def add_node(node: Node, kind: str | None = None) -> str:
        key = _name(node)
        if key not in nodes:
            types = sorted(
                _local(t) for t in graph.objects(node, RDF.type) if _local(t) in ENTITY_TYPES
            )
            attrs = {"type": kind or (types[0] if types else ""), "label": _label(graph, node)}
            alts = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
            same = sorted(str(s) for s in graph.objects(node, OWL.sameAs))
            if alts:
                attrs["alt_labels"] = "; ".join(alts)
            if same:
                attrs["same_as"] = " ".join(same)
            attrs["iri"] = str(node)
            nodes[key] = attrs
        return key

    def add_edge(a: Node, b: Node, relation: str, facts: list[Node], **extra: str) -> None:
        ends = (add_node(a), add_node(b))
        edges[ends] = {
            "relation": relation,
            "weight": len(facts),
            "articles": _article_ids(graph, facts),
            "evidence": " ".join(sorted(_name(f) for f in facts)),
            **extra,
        }

    for kind in ENTITY_TYPES:
        for node in graph.subjects(RDF.type, KG[kind]):
            add_node(node, kind)

    held: dict[frozenset, list[Node]] = defaultdict(list)
    for meeting in graph.subjects(RDF.type, KG.Meeting):
        if _literal(graph, meeting, KG.status) == "planned":
            continue
        people = sorted(set(graph.objects(meeting, KG.participant)), key=str)
        for pair in combinations(people, 2):
            held[frozenset(pair)].append(meeting)
    pairs = {(a, b) if _name(a) < _name(b) else (b, a) for a, b in graph.subject_objects(KG.met)}
    for a, b in sorted(pairs, key=_by_name):
        if a == b:
            continue
        add_edge(a, b, "met", held.get(frozenset((a, b)), []))

    for country, role in sorted(graph.subject_objects(KG.roleInSecurityGuarantees), key=_by_name):
        add_node(role, "Role")
        nodes[_name(role)]["label"] = _local(role)
        facts = [f for f in graph.subjects(KG.country, country) if (f, KG.role, role) in graph]
        add_edge(country, role, "roleInSecurityGuarantees", facts)

    for person, claim in sorted(graph.subject_objects(KG.stated), key=_by_name):
        text = _literal(graph, claim, KG.text)
        add_node(claim, "Claim")
        nodes[_name(claim)].update(label=_shorten(text, 80), text=text)
        facts = [f for f in graph.subjects(KG.claim, claim) if (f, KG.speaker, person) in graph]
        quote_types = sorted({_literal(graph, f, KG.quoteType) for f in facts} - {""})
        add_edge(person, claim, "stated", facts, quote_type="; ".join(quote_types))

    # Entities first, then roles and claims: GraphML then writes each edge entity → role/claim.
    rank = {kind: i for i, kind in enumerate((*ENTITY_TYPES, "", "Role", "Claim"))}
    network = nx.Graph()
    for key in sorted(nodes, key=lambda k: (rank.get(nodes[k]["type"], len(rank)), k)):
        network.add_node(xml_safe(key), **_xml_safe_values(nodes[key]))
    for ends in sorted(edges):  # pairs of entities in name order; entity first otherwise
        network.add_edge(*map(xml_safe, ends), **_xml_safe_values(edges[ends]))
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


def _by_name(pair: tuple[Node, Node]) -> tuple[str, str]:
    return (_name(pair[0]), _name(pair[1]))


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------- CSV


def fact_rows(graph: Graph) -> list[dict[str, str]]:
    """One row per evidence node (``CSV_COLUMNS``), sorted by article and position."""
    rows = []
    for kind, relation in FACT_RELATION.items():
        for fact in set(graph.subjects(RDF.type, KG[kind])):
            row = dict.fromkeys(CSV_COLUMNS, "")
            row.update(fact=_name(fact), relation=relation)
            if kind == "Meeting":
                people = sorted(_label(graph, p) for p in graph.objects(fact, KG.participant))
                row.update(subject=people[0] if people else "", object="; ".join(people[1:]))
                row.update(status=_literal(graph, fact, KG.status))
            elif kind == "Statement":
                speaker, claim = graph.value(fact, KG.speaker), graph.value(fact, KG.claim)
                row["subject"] = _label(graph, speaker) if speaker is not None else ""
                row["object"] = _literal(graph, claim, KG.text) if claim is not None else ""
                row["quote_type"] = _literal(graph, fact, KG.quoteType)
            else:
                country, role = graph.value(fact, KG.country), graph.value(fact, KG.role)
                row["subject"] = _label(graph, country) if country is not None else ""
                row["object"] = _local(role) if role is not None else ""
            articles = _articles(graph, fact)
            row["article"] = _article_ids(graph, [fact])
            row["article_date"] = "; ".join(
                sorted({_literal(graph, a, DCTERMS.date) for a in articles} - {""})
            )
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
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(fact_rows(graph))
    return buffer.getvalue().encode("utf-8")


_WRITERS = {"ttl": _turtle, "nt": _ntriples, "jsonld": _jsonld, "graphml": _graphml, "csv": _csv}
