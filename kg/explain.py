"""``kg explain``: why a fact exists — its sentence, article, rule and how people were resolved."""

from __future__ import annotations

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.errors import QueryError
from kg.namespace import KG, KGR
from kg.relations import Relation, relations


def fact_node(graph: Graph, ref: str) -> URIRef:
    """The fact IRI a user typed: ``kgr:fact-…``, ``fact-…`` or the full IRI. An IRI that is
    in the graph but is no evidence node, or is not in the graph at all, is a QueryError."""
    ref = ref.strip().strip("<>")
    if ref.startswith("kgr:"):
        node = KGR[ref[4:]]
    elif ref.startswith("http"):
        node = URIRef(ref)
    else:
        node = KGR[ref]
    if _relation(graph, node) is None:
        if any(graph.triples((node, None, None))):
            raise QueryError(ref, "is in the graph but is not a fact (an evidence node)")
        raise QueryError(ref, "no such fact in the graph")
    return node


def _relation(graph: Graph, node: URIRef) -> Relation | None:
    types = set(graph.objects(node, RDF.type))
    return next((rel for rel in relations() if rel.node_class in types), None)


def explain_fact(graph: Graph, ref: str) -> str:
    node = fact_node(graph, ref)
    rel = _relation(graph, node)
    assert rel is not None
    lines = [("fact", str(node)), ("type", rel.name)]
    if rel.describe is not None:
        lines.extend(rel.describe(graph, node))
    for article in sorted(graph.objects(node, PROV.wasDerivedFrom)):
        ident = ", ".join(sorted(str(i) for i in graph.objects(article, DCTERMS.identifier)))
        date = graph.value(article, DCTERMS.date)
        title = graph.value(article, DCTERMS.title)
        lines.append(("article", ident + (f" ({date})" if date else "")
                      + (f" — {title}" if title else "")))
        outlets = sorted(str(p) for p in graph.objects(article, DCTERMS.publisher))
        if outlets:
            lines.append(("outlet", ", ".join(outlets)))
        for url in sorted(str(u) for u in graph.objects(article, DCTERMS.source)):
            lines.append(("url", url))
    lines.append(("offsets", f"{graph.value(node, KG.charStart)}–{graph.value(node, KG.charEnd)}"))
    lines.append(("sentence", str(graph.value(node, KG.evidence))))
    lines.append(("extractor", str(graph.value(node, KG.extractor))))
    rule = graph.value(node, KG.rule)
    if rule is not None:
        lines.append(("rule", str(rule)))
    for chain in sorted(graph.objects(node, KG.resolution)):
        lines.append(("resolved", str(chain)))
    lines.append(("confidence", str(graph.value(node, KG.confidence))))
    width = max(len(name) for name, _ in lines) + 2
    return "\n".join(f"{name + ':':<{width}}{value}" for name, value in lines)
