"""The project's namespaces: every term of ``ontology/newskg.ttl`` and the contract's prefixes.

Code names core ontology terms only through ``KG`` (a typo such as ``KG.meet`` raises
``AttributeError``), a relation's terms through its module's namespace class, and minted
resources only through ``KGR``; tests/test_ontology.py checks that each namespace class and its
ontology file declare the same terms.
"""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = ["KG", "KGR", "PREFIXES", "bind_prefixes", "sparql_prologue"]


KG_NS = Namespace("https://w3id.org/newskg/ontology#")


class KG(DefinedNamespace):
    """The core of the newskg ontology (``ontology/newskg.ttl``); each relation module mirrors
    its own terms (``ontology/relations/<name>.ttl``) in a namespace class of its own."""

    _NS = KG_NS
    _fail = True

    # Classes
    Entity: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    City: URIRef
    Article: URIRef
    Fact: URIRef

    # Places and institutions
    inCountry: URIRef

    # Provenance of an evidence node
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    confidence: URIRef
    extractor: URIRef
    rule: URIRef
    resolution: URIRef
    linkConfidence: URIRef
    datePrecision: URIRef


KGR = Namespace("https://w3id.org/newskg/id/")

PREFIXES: dict[str, str] = {
    "kg": str(KG_NS),
    "kgr": str(KGR),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def sparql_prologue() -> str:
    """``PREFIX`` lines for the contract's prefixes, one per line, ready to put before a query."""
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())


def bind_prefixes(graph: Graph) -> None:
    """Bind the contract's prefixes on ``graph``, replacing any other binding of the same names."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, Namespace(iri), override=True, replace=True)
