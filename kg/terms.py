"""RDF literals the writers and the relations share: dates with their precision, decimals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from rdflib import XSD, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.model import When
from kg.namespace import KG

__all__ = ["date_literal", "decimal", "when_triples"]


def date_literal(value: str | None) -> Literal | None:
    """An ISO day ("2025-02-28") as xsd:date, a month ("2025-02") as xsd:gYearMonth; None for
    anything else."""
    if not value:
        return None
    try:
        if len(value) == 7:
            dt.date.fromisoformat(value + "-01")
            return Literal(value, datatype=XSD.gYearMonth)
        return Literal(dt.date.fromisoformat(value[:10]).isoformat(), datatype=XSD.date)
    except ValueError:
        return None


def decimal(value: float, places: int = 2) -> Literal:
    return Literal(Decimal(f"{value:.{places}f}"), datatype=XSD.decimal)


def when_triples(node: URIRef, when: When | None) -> Iterator[tuple]:
    """``dcterms:date`` and ``kg:datePrecision`` of a dated node."""
    if when is None:
        return
    literal = date_literal(when.value)
    if literal is not None:
        yield node, DCTERMS.date, literal
        yield node, KG.datePrecision, Literal(when.precision)


def label(graph, node) -> str:
    """A node's rdfs:label, else its IRI's last part."""
    from rdflib import RDFS

    value = graph.value(node, RDFS.label)
    if value is not None:
        return str(value)
    text = str(node).rstrip("#/")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text
