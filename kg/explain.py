"""``kg explain``: why a fact exists — its sentence, article, rule and how people were resolved."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.errors import QueryError
from kg.namespace import KG, KGR

FACT_TYPES = {KG.Meeting: "meeting", KG.Statement: "statement", KG.RoleAssertion: "role"}


def fact_node(graph: Graph, ref: str) -> URIRef:
    """The fact IRI a user typed: ``kgr:fact-…``, ``fact-…`` or the full IRI."""
    ref = ref.strip().strip("<>")
    if ref.startswith("kgr:"):
        node = KGR[ref[4:]]
    elif ref.startswith("http"):
        node = URIRef(ref)
    else:
        node = KGR[ref]
    if not any(graph.triples((node, RDF.type, None))):
        raise QueryError(ref, "no such fact in the graph")
    return node


def _label(graph: Graph, node) -> str:
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else str(node)


def explain_fact(graph: Graph, ref: str) -> str:
    node = fact_node(graph, ref)
    kind = next((FACT_TYPES[t] for t in graph.objects(node, RDF.type) if t in FACT_TYPES), "fact")
    lines = [f"fact:       {node}", f"type:       {kind}"]
    if kind == "meeting":
        people = sorted(_label(graph, p) for p in graph.objects(node, KG.participant))
        lines.append(f"between:    {' and '.join(people)}")
        lines.append(f"status:     {graph.value(node, KG.status)}")
        mode = graph.value(node, KG.mode)
        if mode is not None:
            lines.append(f"mode:       {mode}")
    elif kind == "statement":
        lines.append(f"speaker:    {_label(graph, graph.value(node, KG.speaker))}")
        claim = graph.value(node, KG.claim)
        lines.append(f"claim:      {graph.value(claim, KG.text)}")
        lines.append(f"quote:      {graph.value(node, KG.quoteType)}")
    elif kind == "role":
        lines.append(f"country:    {_label(graph, graph.value(node, KG.country))}")
        role = graph.value(node, KG.role)
        lines.append(f"role:       {str(role).rsplit('#', 1)[-1]}")
    article = graph.value(node, PROV.wasDerivedFrom)
    ident = graph.value(article, DCTERMS.identifier) if article is not None else None
    title = graph.value(article, DCTERMS.title) if article is not None else None
    date = graph.value(article, DCTERMS.date) if article is not None else None
    lines.append(f"article:    {ident}" + (f" ({date})" if date else "") + (f" — {title}" if title else ""))
    lines.append(f"offsets:    {graph.value(node, KG.charStart)}–{graph.value(node, KG.charEnd)}")
    lines.append(f"sentence:   {graph.value(node, KG.evidence)}")
    lines.append(f"extractor:  {graph.value(node, KG.extractor)}")
    rule = graph.value(node, KG.rule)
    if rule is not None:
        lines.append(f"rule:       {rule}")
    for chain in sorted(graph.objects(node, KG.resolution)):
        lines.append(f"resolved:   {chain}")
    lines.append(f"confidence: {graph.value(node, KG.confidence)}")
    return "\n".join(lines)
