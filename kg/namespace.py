"""The project's namespaces: every term of ``ontology/newskg.ttl`` and the contract's prefixes.

Code names ontology terms only through ``KG`` (a typo such as ``KG.meet`` raises
``AttributeError``) and minted resources only through ``KGR``; tests/test_ontology.py checks
that ``KG`` and the ontology file declare the same terms.
"""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = ["KG", "KGR", "PREFIXES", "bind_prefixes", "sparql_prologue"]


class KG(DefinedNamespace):
    """The newskg ontology, ``https://w3id.org/newskg/ontology#``."""

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    # Classes
    Entity: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Article: URIRef
    Claim: URIRef
    Fact: URIRef
    Meeting: URIRef
    Statement: URIRef
    RoleAssertion: URIRef

    # The three relations (direct triples)
    met: URIRef
    stated: URIRef
    roleInSecurityGuarantees: URIRef

    # What an evidence node is about
    participant: URIRef
    speaker: URIRef
    claim: URIRef
    country: URIRef
    role: URIRef
    text: URIRef
    quoteType: URIRef
    status: URIRef
    mode: URIRef

    # Provenance of an evidence node
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    confidence: URIRef
    extractor: URIRef
    rule: URIRef
    resolution: URIRef
    linkConfidence: URIRef

    # Roles in security guarantees (SKOS)
    SecurityGuaranteeRoles: URIRef
    Guarantor: URIRef
    Opponent: URIRef
    Recipient: URIRef


KGR = Namespace("https://w3id.org/newskg/id/")

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
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
