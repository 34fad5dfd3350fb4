"""The rdflib graph writer: a ``Build`` to a graph shaped exactly as shared/CONTRACT.md says.

Other writers (an Oxigraph store, a streaming N-Triples writer) can take the same ``Build``;
this one is the default. IRIs are derived from content only (article ids, entity keys, a hash
of each fact), so the same input gives the same IRIs and, serialised, the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.write.atomic import write_bytes
from kg.corpus.people import slug
from kg.model import COUNTRY, ORGANIZATION, PERSON, Article, Build, Evidence, Fact, Meeting, RoleAssertion, Statement
from kg.namespace import KG, KGR, bind_prefixes

TYPE_CLASS = {PERSON: KG.Person, COUNTRY: KG.Country, ORGANIZATION: KG.Organization}
ROLE_CONCEPT = {"Guarantor": KG.Guarantor, "Opponent": KG.Opponent, "Recipient": KG.Recipient}


def entity_iri(key: str) -> URIRef:
    return KGR[key.replace("/", "-")]


def article_iri(article_id: str) -> URIRef:
    return KGR[f"article-{slug(article_id.replace('.', ' '))}-{_digest(article_id)[:6]}"]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def fact_iri(fact: Fact) -> URIRef:
    ev = fact.evidence
    if isinstance(fact, Meeting):
        body: tuple = ("met", *fact.participants, fact.status)
    elif isinstance(fact, Statement):
        body = ("stated", fact.speaker, fact.claim)
    else:
        body = ("roles", fact.country, fact.role)
    return KGR[f"fact-{_digest(ev.article_id, ev.start, ev.end, *body)[:16]}"]


def claim_iri(speaker: str, text: str) -> URIRef:
    return KGR[f"claim-{_digest(speaker, text)[:16]}"]


def _date(value: str | None) -> Literal | None:
    if not value:
        return None
    try:
        return Literal(dt.date.fromisoformat(value[:10]).isoformat(), datatype=XSD.date)
    except ValueError:
        return None


def to_graph(result: Build) -> Graph:
    """The knowledge graph of one build."""
    g = Graph()
    bind_prefixes(g)
    for concept in ROLE_CONCEPT.values():
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.prefLabel, Literal(concept.split("#")[-1].lower(), lang="en")))
        g.add((concept, SKOS.inScheme, KG.SecurityGuaranteeRoles))
    g.add((KG.SecurityGuaranteeRoles, RDF.type, SKOS.ConceptScheme))

    articles = {a.id: a for a in result.articles}
    used_articles = {f.evidence.article_id for f in result.facts} | set(articles)
    for article_id in sorted(used_articles):
        _add_article(g, article_id, articles.get(article_id))
    for entity in result.entities.values():
        node = entity_iri(entity.key)
        g.add((node, RDF.type, TYPE_CLASS[entity.type]))
        g.add((node, RDFS.label, Literal(entity.label)))
        for alt in entity.alt_labels:
            g.add((node, SKOS.altLabel, Literal(alt)))
        for iri in entity.same_as:
            g.add((node, OWL.sameAs, URIRef(iri)))
        if entity.link_confidence is not None:
            g.add((node, KG.linkConfidence,
                   Literal(Decimal(f"{entity.link_confidence:.2f}"), datatype=XSD.decimal)))
    for fact in result.facts:
        _add_fact(g, fact)
    return g


def _add_article(g: Graph, article_id: str, article: Article | None) -> None:
    """An article: its name, title, date, outlet and URL; copies of its text read under other
    names add their names, outlets and URLs to the same node."""
    node = article_iri(article_id)
    g.add((node, RDF.type, KG.Article))
    g.add((node, DCTERMS.identifier, Literal(article_id)))
    if article is None:
        return
    if article.title:
        g.add((node, DCTERMS.title, Literal(" ".join(article.title.split()))))
    date = _date(article.date)
    if date is not None:
        g.add((node, DCTERMS.date, date))
    for source in (article, *article.also):
        if source is not article:
            g.add((node, DCTERMS.identifier, Literal(source.id)))
        if source.publisher and source.publisher.strip():
            g.add((node, DCTERMS.publisher, Literal(" ".join(source.publisher.split()))))
        iri = web_iri(source.url)
        if iri is not None:
            g.add((node, DCTERMS.source, iri))


_IRI_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def web_iri(url: str | None) -> URIRef | None:
    """An http(s) URL as an IRI, characters IRIs forbid percent-encoded; None for anything
    that is not a web address."""
    if not url:
        return None
    url = url.strip()
    if not re.match(r"(?i)https?://[^\s/]", url) and not url.lower().startswith("www."):
        return None
    if url.lower().startswith("www."):
        url = "https://" + url
    return URIRef(quote(url, safe=_IRI_SAFE))


def _add_evidence(g: Graph, node: URIRef, ev: Evidence) -> None:
    g.add((node, PROV.wasDerivedFrom, article_iri(ev.article_id)))
    g.add((node, KG.evidence, Literal(ev.text)))
    g.add((node, KG.charStart, Literal(ev.start, datatype=XSD.integer)))
    g.add((node, KG.charEnd, Literal(ev.end, datatype=XSD.integer)))
    g.add((node, KG.confidence, Literal(Decimal(f"{ev.confidence:.2f}"), datatype=XSD.decimal)))
    g.add((node, KG.extractor, Literal(ev.extractor)))
    if ev.rule:
        g.add((node, KG.rule, Literal(ev.rule)))
    if len(ev.chain) > 1:  # a name alone is no resolution
        g.add((node, KG.resolution, Literal(" → ".join(ev.chain))))


def _add_fact(g: Graph, fact: Fact) -> None:
    node = fact_iri(fact)
    _add_evidence(g, node, fact.evidence)
    if isinstance(fact, Meeting):
        g.add((node, RDF.type, KG.Meeting))
        people = [entity_iri(k) for k in fact.participants]
        for p in people:
            g.add((node, KG.participant, p))
        g.add((node, KG.status, Literal(fact.status)))
        if fact.mode:
            g.add((node, KG.mode, Literal(fact.mode)))
        date = _date(fact.date)
        if date is not None:
            g.add((node, DCTERMS.date, date))
        if fact.status != "planned":
            for a in people:
                for b in people:
                    if a != b:
                        g.add((a, KG.met, b))
    elif isinstance(fact, Statement):
        g.add((node, RDF.type, KG.Statement))
        speaker = entity_iri(fact.speaker)
        claim = claim_iri(fact.speaker, fact.claim)
        g.add((claim, RDF.type, KG.Claim))
        g.add((claim, KG.text, Literal(fact.claim)))
        g.add((speaker, KG.stated, claim))
        g.add((node, KG.speaker, speaker))
        g.add((node, KG.claim, claim))
        g.add((node, KG.quoteType, Literal(fact.quote_type)))
    elif isinstance(fact, RoleAssertion):
        g.add((node, RDF.type, KG.RoleAssertion))
        country = entity_iri(fact.country)
        role = ROLE_CONCEPT[fact.role]
        g.add((node, KG.country, country))
        g.add((node, KG.role, role))
        g.add((country, KG.roleInSecurityGuarantees, role))


def serialize(g: Graph, fmt: str = "turtle") -> bytes:
    """Deterministic serialisation: rdflib's sorted long-form Turtle."""
    if fmt == "turtle":
        data = g.serialize(format="longturtle")
    else:
        data = g.serialize(format=fmt)
    return data.encode("utf-8") if isinstance(data, str) else data


def write_turtle(g: Graph, path: str | Path) -> Path:
    return write_bytes(path, serialize(g))
