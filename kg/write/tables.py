"""Analysis-ready tables of a graph, for pandas, DuckDB, R or a spreadsheet.

    from kg.write.tables import tables, write_tables
    write_tables(graph, "tables/", fmt="parquet")   # entities.parquet, facts.parquet, …

Every row is keyed by a stable ID: the node's IRI, compacted with the contract's prefixes
(``kgr:person-mark-rute``, ``kgr:fact-…``, ``kg:Guarantor``) exactly as ``kg query`` prints
it and ``kg explain`` takes it; the same input gives the same IDs on every run.

- ``entities``: entity, type, label, aliases, same_as, and a column per relation that declares
  one (``Relation.entity_column``: ``affiliation``, the bodies a person holds office for);
- ``articles``: article, id (file name), title, outlet, url, date;
- ``facts``: one row per evidence node — fact, relation, subject, object (an entity, a claim
  or a concept), object_kind, object_label (a claim's text, a concept's word, an entity's
  name), asserted (false for a fact that backs no direct triple: a planned meeting), event,
  date, date_precision, each relation's own columns (status, mode, quote_type, title), then
  confidence, rule, extractor;
- ``pairs``: every (subject, object) pair a fact asserts (a meeting of three has three);
- ``evidence``: fact, article, sentence, char_start, char_end, resolution — where it was read;
- ``events``: the happenings that group facts (meeting events): event, relation, date,
  date_precision, asserted, participants (the ends of its facts' pairs), mentions (facts),
  articles.

Columns are typed: dates as dates (a month as its first day, with ``date_precision``
"month"), confidence as a float, offsets and counts as integers, ``asserted`` as a boolean,
aliases, same_as and entity columns as lists of strings. Parquet keeps the types; CSV writes
ISO dates, ``true``/``false``, lists joined with "; " and nothing for a missing value. Where an
article has several values (the same text read from several files), they are joined with "; ".

Everything relation-specific comes from the registered relations (``kg.relations``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Literal, Node

from kg.errors import DependencyError, OutputError
from kg.model import NODE_TYPES
from kg.namespace import KG
from kg.query import compact
from kg.relations import Relation, relations
from kg.terms import label
from kg.write.atomic import write_bytes

TABLE_FORMATS = ("parquet", "csv")
TYPES = ("string", "date", "float", "int", "bool", "strings")  # "strings": a list of strings
Row = dict[str, Any]


@dataclass(frozen=True)
class Table:
    """One table: its name, its columns with their types (``TYPES``) and its rows."""

    name: str
    columns: tuple[tuple[str, str], ...]
    rows: tuple[Row, ...]

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.columns]


# ---------------------------------------------------------------- reading the graph


def node_id(node: Node) -> str:
    """A node's stable ID: its IRI compacted with the contract's prefixes."""
    return compact(str(node)) if isinstance(node, URIRef) else str(node)


def values(graph: Graph, node: Node, predicate: URIRef) -> list[str]:
    return sorted({str(v) for v in graph.objects(node, predicate)})


def joined(graph: Graph, node: Node, predicate: URIRef) -> str | None:
    return "; ".join(values(graph, node, predicate)) or None


def parse_date(literal: Node | None) -> tuple[dt.date | None, str | None]:
    """An xsd:date as a date with precision "day"; an xsd:gYearMonth as the month's first day
    with precision "month"; anything else as nothing."""
    if not isinstance(literal, Literal):
        return None, None
    text = str(literal)
    try:
        if literal.datatype == XSD.gYearMonth or len(text) == 7:
            return dt.date.fromisoformat(text[:7] + "-01"), "month"
        return dt.date.fromisoformat(text[:10]), "day"
    except ValueError:
        return None, None


def node_date(graph: Graph, node: Node) -> tuple[dt.date | None, str | None]:
    """A node's ``dcterms:date`` (the earliest, if several) and its ``kg:datePrecision``."""
    dates = [parse_date(v) for v in graph.objects(node, DCTERMS.date)]
    dates = sorted(d for d in dates if d[0] is not None)
    if not dates:
        return None, None
    day, kind = dates[0]
    precision = graph.value(node, KG.datePrecision)
    return day, str(precision) if precision is not None else kind


def _number(value: Node | None, cast: type) -> Any:
    if value is None:
        return None
    try:
        return cast(str(value))
    except ValueError:
        return None


def _entity_type(graph: Graph, node: Node) -> str | None:
    types = {str(t) for t in graph.objects(node, RDF.type)}
    return next((t for t in NODE_TYPES if str(KG[t]) in types), None)


def object_label(graph: Graph, rel: Relation, node: Node) -> str:
    view = rel.view
    if view is not None and view.object_kind != "entity" and view.object_label is not None:
        return view.object_label(graph, node)
    return label(graph, node)


# ---------------------------------------------------------------- the tables


def tables(graph: Graph) -> dict[str, Table]:
    """Every table of a graph, by name, in the order they are written."""
    articles = _articles(graph)
    order = {row["article"]: row["id"] or row["article"] for row in articles.rows}
    facts, pairs, evidence, events = _facts(graph, order)
    return {t.name: t for t in (_entities(graph), articles, facts, pairs, evidence, events)}


def _entities(graph: Graph) -> Table:
    extra = [rel for rel in relations() if rel.entity_column and rel.view is not None]
    far: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for rel in extra:
        for fact in graph.subjects(RDF.type, rel.node_class):
            if rel.view.variant(graph, fact) is None:  # type: ignore[union-attr]
                for a, b in rel.view.ends(graph, fact):  # type: ignore[union-attr]
                    far[rel.entity_column][node_id(a)].add(node_id(b))
    rank = {t: i for i, t in enumerate(NODE_TYPES)}
    found = {node for kind in NODE_TYPES for node in graph.subjects(RDF.type, KG[kind])}
    rows = []
    for node in sorted(found, key=lambda n: (rank[_entity_type(graph, n) or ""], node_id(n))):
        key = node_id(node)
        row: Row = {"entity": key, "type": _entity_type(graph, node),
                    "label": str(graph.value(node, RDFS.label) or "") or None,
                    "aliases": values(graph, node, SKOS.altLabel),
                    "same_as": values(graph, node, OWL.sameAs)}
        for column in far:
            row[column] = sorted(far[column].get(key, ()))
        rows.append(row)
    columns = [("entity", "string"), ("type", "string"), ("label", "string"),
               ("aliases", "strings"), ("same_as", "strings")]
    columns += [(c, "strings") for c in dict.fromkeys(rel.entity_column for rel in extra)]
    return Table("entities", tuple(columns), tuple(rows))


def _articles(graph: Graph) -> Table:
    rows = []
    for node in set(graph.subjects(RDF.type, KG.Article)):
        dates = sorted(d for d, _ in (parse_date(v) for v in graph.objects(node, DCTERMS.date))
                       if d is not None)
        rows.append({"article": node_id(node), "id": joined(graph, node, DCTERMS.identifier),
                     "title": joined(graph, node, DCTERMS.title),
                     "outlet": joined(graph, node, DCTERMS.publisher),
                     "url": joined(graph, node, DCTERMS.source),
                     "date": dates[0] if dates else None})
    rows.sort(key=lambda r: (r["id"] or "", r["article"]))
    columns = (("article", "string"), ("id", "string"), ("title", "string"),
               ("outlet", "string"), ("url", "string"), ("date", "date"))
    return Table("articles", columns, tuple(rows))


def _own_columns() -> list[str]:
    return list(dict.fromkeys(c for rel in relations() for c in rel.columns))


def _facts(graph: Graph, article_order: dict[str, str]) -> tuple[Table, Table, Table, Table]:
    own = _own_columns()
    facts: list[Row] = []
    pairs: list[Row] = []
    evidence: list[Row] = []
    grouped: dict[tuple[str, str], list[Row]] = defaultdict(list)  # (relation, event) -> facts
    event_nodes: dict[str, Node] = {}
    for rel in relations():
        view = rel.view
        for fact in set(graph.subjects(RDF.type, rel.node_class)):
            key = node_id(fact)
            ends = list(view.ends(graph, fact)) if view is not None else []
            subject, obj = ends[0] if ends else (None, None)
            event = rel.event(graph, fact) if rel.event is not None else None
            day, precision = node_date(graph, fact)
            own_values = rel.row(graph, fact) if rel.row is not None else {}
            row: Row = {
                "fact": key, "relation": rel.name,
                "subject": node_id(subject) if subject is not None else None,
                "object": node_id(obj) if obj is not None else None,
                "object_kind": view.object_kind if view is not None and obj is not None else None,
                "object_label": object_label(graph, rel, obj) if obj is not None else None,
                "asserted": view is None or view.variant(graph, fact) is None,
                "event": node_id(event) if event is not None else None,
                "date": day, "date_precision": precision,
                **{c: own_values.get(c) or None for c in own},
                "confidence": _number(graph.value(fact, KG.confidence), float),
                "rule": _text(graph.value(fact, KG.rule)),
                "extractor": _text(graph.value(fact, KG.extractor)),
            }
            facts.append(row)
            pairs += [{"fact": key, "relation": rel.name, "subject": node_id(a),
                       "object": node_id(b)} for a, b in ends]
            articles = sorted(graph.objects(fact, PROV.wasDerivedFrom), key=str) or [None]
            for article in articles:
                evidence.append({
                    "fact": key, "article": node_id(article) if article is not None else None,
                    "sentence": _text(graph.value(fact, KG.evidence)),
                    "char_start": _number(graph.value(fact, KG.charStart), int),
                    "char_end": _number(graph.value(fact, KG.charEnd), int),
                    "resolution": joined(graph, fact, KG.resolution),
                })
            if event is not None:
                grouped[(rel.name, row["event"])].append(row)
                event_nodes[row["event"]] = event
    place = _reading_order(evidence, article_order)
    facts.sort(key=lambda r: place[r["fact"]])
    pairs.sort(key=lambda r: (place[r["fact"]], r["subject"], r["object"]))
    evidence.sort(key=lambda r: (place[r["fact"]], r["article"] or ""))
    fact_columns = (
        ("fact", "string"), ("relation", "string"), ("subject", "string"), ("object", "string"),
        ("object_kind", "string"), ("object_label", "string"), ("asserted", "bool"),
        ("event", "string"), ("date", "date"), ("date_precision", "string"),
        *((c, "string") for c in own),
        ("confidence", "float"), ("rule", "string"), ("extractor", "string"),
    )  # fmt: skip
    pair_columns = (("fact", "string"), ("relation", "string"), ("subject", "string"),
                    ("object", "string"))
    evidence_columns = (("fact", "string"), ("article", "string"), ("sentence", "string"),
                        ("char_start", "int"), ("char_end", "int"), ("resolution", "string"))
    articles_of = defaultdict(set)
    for row in evidence:
        if row["article"] is not None:
            articles_of[row["fact"]].add(row["article"])
    return (Table("facts", fact_columns, tuple(facts)), Table("pairs", pair_columns, tuple(pairs)),
            Table("evidence", evidence_columns, tuple(evidence)),
            _events(graph, grouped, event_nodes, articles_of, pairs))


def _text(value: Node | None) -> str | None:
    return str(value) if value is not None else None


def _reading_order(evidence: list[Row], article_order: dict[str, str]) -> dict[str, tuple]:
    """Each fact's place in reading order: its article's file name, then its offsets."""
    place: dict[str, tuple] = {}
    for row in evidence:
        name = article_order.get(row["article"], row["article"] or "")
        here = (name, _int(row["char_start"]), _int(row["char_end"]), row["fact"])
        place[row["fact"]] = min(place.get(row["fact"], here), here)
    return place


def _int(value: int | None) -> int:
    return -1 if value is None else value


def _events(graph: Graph, grouped: dict[tuple[str, str], list[Row]], nodes: dict[str, Node],
            articles_of: dict[str, set[str]], pairs: list[Row]) -> Table:
    rank = {rel.name: i for i, rel in enumerate(relations())}
    ends = defaultdict(set)
    for pair in pairs:
        ends[pair["fact"]].update((pair["subject"], pair["object"]))
    rows = []
    for (relation, event), mentions in grouped.items():
        day, precision = node_date(graph, nodes[event])
        rows.append({"event": event, "relation": relation, "date": day,
                     "date_precision": precision,
                     "asserted": any(m["asserted"] for m in mentions),
                     "participants": sorted({e for m in mentions for e in ends[m["fact"]]}),
                     "mentions": len(mentions),
                     "articles": len({a for m in mentions for a in articles_of[m["fact"]]})})
    rows.sort(key=lambda r: (rank[r["relation"]], r["date"] is None, r["date"] or dt.date.min,
                             r["event"]))
    columns = (("event", "string"), ("relation", "string"), ("date", "date"),
               ("date_precision", "string"), ("asserted", "bool"), ("participants", "strings"),
               ("mentions", "int"), ("articles", "int"))
    return Table("events", columns, tuple(rows))


# ---------------------------------------------------------------- writing


def table_bytes(table: Table, fmt: str) -> bytes:
    """One table as Parquet or CSV bytes (the same table gives the same bytes)."""
    if fmt == "csv":
        return _csv(table)
    if fmt == "parquet":
        return _parquet(table)
    raise OutputError(None, f"unknown table format '{fmt}'; choose {', '.join(TABLE_FORMATS)}")


def write_tables(graph: Graph, folder: str | Path, fmt: str) -> list[Path]:
    """Write every table into ``folder`` as ``NAME.parquet`` or ``NAME.csv``, each file
    atomically; returns the paths written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(folder, "not a folder (the tables are written into a folder)")
    data = [(t.name, table_bytes(t, fmt)) for t in tables(graph).values()]
    return [write_bytes(folder / f"{name}.{fmt}", payload) for name, payload in data]


def _csv_value(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "strings":
        return "; ".join(value)
    if kind == "bool":
        return "true" if value else "false"
    if kind == "date":
        return value.isoformat()
    return str(value)


def _csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180, as the one-file CSV
    writer.writerow(table.names)
    for row in table.rows:
        writer.writerow([_csv_value(row.get(name), kind) for name, kind in table.columns])
    return buffer.getvalue().encode("utf-8")


def _parquet(table: Table) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - a broken install
        raise DependencyError(None, "Parquet needs pyarrow (pip install pyarrow)") from None
    types = {"string": pa.string(), "date": pa.date32(), "float": pa.float64(),
             "int": pa.int64(), "bool": pa.bool_(), "strings": pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind in table.columns])
    arrays = [pa.array([row.get(name) for row in table.rows], type=types[kind])
              for name, kind in table.columns]
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), buffer)
    return buffer.getvalue()
