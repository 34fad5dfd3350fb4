"""Hand-made contract-shaped graphs for the page's tests (tests/test_view.py, the data and the
HTML string; tests/test_page_browser.py, the page in Chromium)."""

from __future__ import annotations

from datetime import date

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from kg.namespace import KGR

KG = Namespace("https://w3id.org/newskg/ontology#")  # every term, core and relations

SCRIPT = "<script>window.__pwned = 1</script>"
IMG = "<img src=x onerror=window.__pwned=1>"
HOSTILE = (f"{SCRIPT} {IMG} </script> \"double\" 'single' & <!-- <b> "
           "\u202eevil\u202c \u05e9\u05dc\u05d5\u05dd \x07\x1b[31m")
JS_URL = "javascript:window.__pwned=1"


def article(g: Graph, name: str, *, title: str | None, day: str | None,
            outlet: str | None = None, url: str | None = None) -> URIRef:
    node = KGR[f"article-{name}"]
    g.add((node, RDF.type, KG.Article))
    g.add((node, DCTERMS.identifier, Literal(f"{name}.txt")))
    if title is not None:
        g.add((node, DCTERMS.title, Literal(title)))
    if day is not None:
        g.add((node, DCTERMS.date, Literal(date.fromisoformat(day), datatype=XSD.date)))
    if outlet is not None:
        g.add((node, DCTERMS.publisher, Literal(outlet)))
    if url is not None:
        g.add((node, DCTERMS.source, URIRef(url)))
    return node


def entity(g: Graph, name: str, kind: URIRef, label: str, *aliases: str) -> URIRef:
    node = KGR[name]
    g.add((node, RDF.type, kind))
    g.add((node, RDFS.label, Literal(label)))
    for alias in aliases:
        g.add((node, SKOS.altLabel, Literal(alias)))
    return node


def fact(g: Graph, name: str, kind: URIRef, source: URIRef, evidence: str, *,
         day: str | None = None, precision: str = "day", confidence: str = "0.8",
         **about) -> URIRef:
    node = KGR[f"fact-{name}"]
    g.add((node, RDF.type, kind))
    g.add((node, PROV.wasDerivedFrom, source))
    g.add((node, KG.evidence, Literal(evidence)))
    g.add((node, KG.charStart, Literal(len(name))))
    g.add((node, KG.confidence, Literal(confidence, datatype=XSD.decimal)))
    if day is not None:
        kind = XSD.gYearMonth if precision == "month" else XSD.date
        g.add((node, DCTERMS.date, Literal(day, datatype=kind)))
        g.add((node, KG.datePrecision, Literal(precision)))
    for key, values in about.items():
        for value in values if isinstance(values, list) else [values]:
            g.add((node, KG[key], value))
    return node


def event(g: Graph, name: str, day: str, status: str, *mentions: URIRef) -> URIRef:
    node = KGR[f"event-{name}"]
    g.add((node, RDF.type, KG.MeetingEvent))
    g.add((node, DCTERMS.date, Literal(day, datatype=XSD.date)))
    g.add((node, KG.datePrecision, Literal("day")))
    g.add((node, KG.status, Literal(status)))
    for mention in mentions:
        g.add((node, KG.mention, mention))
        for person in g.objects(mention, KG.participant):
            g.add((node, KG.participant, person))
    return node


def make_graph(*, label: str = "Vance", evidence: str = "Vance said so.", title: str = "T2",
               outlet: str = "Kyiv Post", url: str = "https://example.org/a2") -> Graph:
    """Zelensky met Trump (two sentences, two articles, one event); a planned meeting with
    Vance; Vance stated a claim and is with the United States; the US is a guarantor and
    Ukraine the recipient; NATO takes no part."""
    g = Graph()
    a1 = article(g, "a1", title="Talks in Riyadh", day="2025-02-19", outlet="Ukrinform")
    a2 = article(g, "a2", title=title, day=None, outlet=outlet, url=url)
    zel = entity(g, "person-zelensky", KG.Person, "Volodymyr Zelensky", "Zelenskyy")
    g.add((zel, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q3881")))
    trump = entity(g, "person-trump", KG.Person, "Donald Trump")
    vance = entity(g, "person-vance", KG.Person, label)
    us = entity(g, "country-US", KG.Country, "United States")
    ua = entity(g, "country-UA", KG.Country, "Ukraine")
    entity(g, "org-nato", KG.Organization, "NATO")
    g.add((zel, KG.met, trump))
    g.add((trump, KG.met, zel))
    held = {"participant": [zel, trump], "status": Literal("held")}
    m1 = fact(g, "m1", KG.Meeting, a1, "Zelensky met Trump in Washington.", day="2025-02-18",
              confidence="0.9", **held)
    m2 = fact(g, "m2", KG.Meeting, a2, "The two leaders spoke by phone.", day="2025-02",
              precision="month", confidence="0.6", **held)
    event(g, "e1", "2025-02-18", "held", m1, m2)
    planned = {"participant": [zel, vance], "status": Literal("planned")}
    m3 = fact(g, "m3", KG.Meeting, a1, "Zelensky will meet Vance next week.", day="2025-02-19",
              precision="article", **planned)
    event(g, "e2", "2025-02-26", "planned", m3)
    claim = KGR["claim-1"]
    g.add((claim, RDF.type, KG.Claim))
    g.add((claim, KG.text, Literal(f"{label} thinks " + "peace must be just and lasting " * 4)))
    g.add((vance, KG.stated, claim))
    quote = {"speaker": vance, "claim": claim, "quoteType": Literal("direct")}
    fact(g, "s1", KG.Statement, a2, evidence, day="2025-02-20", **quote)
    for country, role in ((us, KG.Guarantor), (ua, KG.Recipient)):
        g.add((country, KG.roleInSecurityGuarantees, role))
        g.add((role, SKOS.prefLabel, Literal(role.split("#")[-1].lower(), lang="en")))
        about = {"country": country, "role": role}
        fact(g, f"r-{country.split('-')[-1]}", KG.RoleAssertion, a1, "Guarantees.",
             day="2025-02-19", **about)
    g.add((vance, KG.affiliation, us))
    fact(g, "f1", KG.Affiliation, a2, "US Vice President Vance.", day="2025-02-20",
         person=vance, affiliation=us, title=Literal("vice president"))
    return g


def hostile_graph() -> Graph:
    """``make_graph`` with hostile text everywhere: a person's name, a claim, an evidence
    sentence, an article title, an outlet, and a javascript: URL as the article's source."""
    return make_graph(label=HOSTILE, evidence=HOSTILE, title=HOSTILE, outlet=HOSTILE, url=JS_URL)


def crowd_graph(people: int = 80, claims: int = 60) -> Graph:
    """Many people around one host (who met them all) and many claims by the host: more
    entities than the page opens with, and enough claims to be folded."""
    g = Graph()
    a = article(g, "crowd", title="A crowd", day="2025-03-01", outlet="Outlet")
    host = entity(g, "person-host", KG.Person, "Hanna Host")
    for i in range(people):
        guest = entity(g, f"person-guest{i:03d}", KG.Person, f"Guest Number{i:03d}")
        for k in range(1 + (people - i) // 20):  # earlier guests met the host more often
            fact(g, f"m{i}-{k}", KG.Meeting, a, f"Host met guest {i} ({k}).", day="2025-03-01",
                 participant=[host, guest], status=Literal("held"))
    for i in range(claims):
        claim = KGR[f"claim-{i:03d}"]
        g.add((claim, RDF.type, KG.Claim))
        g.add((claim, KG.text, Literal(f"claim number {i:03d} of the host")))
        fact(g, f"s{i}", KG.Statement, a, f"The host said claim {i}.", day="2025-03-01",
             speaker=host, claim=claim, quoteType=Literal("indirect"))
    return g
