"""Exports of a graph: Turtle, N-Triples and JSON-LD for RDF tools, GraphML for network tools
(Gephi, networkx; ``kg.write.graphml``), and CSV with one row per fact for spreadsheets. The
analysis tables (Parquet or CSV, one file per table) are ``kg.write.tables``.

Every export is deterministic: the same graph gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from kg.write.atomic import write_bytes
from kg.errors import OutputError
from kg.graphio import to_oxigraph
from kg.namespace import KG, PREFIXES
from kg.query import compact
from kg.relations import relations

FORMATS = ("ttl", "nt", "jsonld", "graphml", "csv")
SHARED_COLUMNS = ("fact", "relation", "subject", "object")
PROVENANCE_COLUMNS = ("article", "article_date", "article_title", "outlet", "url", "evidence",
                      "char_start", "char_end", "confidence", "extractor")


def csv_columns() -> tuple[str, ...]:
    """The CSV header: the shared columns, each relation's own, then provenance."""
    own = [c for rel in relations() for c in rel.columns]
    return (*SHARED_COLUMNS, *dict.fromkeys(own), *PROVENANCE_COLUMNS)


def export(graph: Graph, fmt: str, *, people_only: bool = False) -> bytes:
    """The graph in one of ``FORMATS``; an unknown format is an ``OutputError``.
    ``people_only`` (GraphML only) keeps only people and the relations between two people."""
    if fmt not in FORMATS:
        raise OutputError(None, f"unknown export format '{fmt}'; choose {', '.join(FORMATS)}")
    if people_only:
        if fmt != "graphml":
            raise OutputError(None, f"only GraphML has a people-only projection, not {fmt}")
        return _graphml(graph, people_only=True)
    return _WRITERS[fmt](graph)


def write_export(graph: Graph, fmt: str, path: str | Path, *, people_only: bool = False) -> Path:
    """Write an export to ``path`` atomically (the old file or the whole new one)."""
    return write_bytes(path, export(graph, fmt, people_only=people_only))


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


def _name(node: Node) -> str:
    return compact(str(node)) if isinstance(node, URIRef) else str(node)


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


def _graphml(graph: Graph, *, people_only: bool = False) -> bytes:
    from kg.write.graphml import graphml
    from kg.write.tables import tables

    return graphml(tables(graph), people_only=people_only)


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
