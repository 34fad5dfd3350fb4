"""The ontology, its SHACL shapes and the KG namespace: they parse, agree and check the contract."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef, Variable
from rdflib.namespace import DCTERMS, PROV
from rdflib.plugins.sparql import prepareQuery

from kg.errors import GraphError
from kg.namespace import KG as CORE
from kg.namespace import KGR, PREFIXES, bind_prefixes, sparql_prologue
from kg.ontology import load_ontology, load_shapes, ontology_path, validate
from kg.relations import relations

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "CONTRACT.md"
KG = Namespace("https://w3id.org/newskg/ontology#")  # any term, core or a relation's
# each ontology file and the namespace class that mirrors its terms
MIRRORS = {"newskg.ttl": CORE} | {f"relations/{r.name}.ttl": r.terms for r in relations()}
FILES = ["newskg.ttl", "shapes.ttl", *(f"relations/{r.name}{x}.ttl" for r in relations()
                                       for x in ("", ".shapes"))]
ALL_TERMS = sorted({URIRef(t) for ns in MIRRORS.values() for t in dir(ns)})
SH = Namespace("http://www.w3.org/ns/shacl#")
EX = Namespace("https://example.org/")


def kg_terms(graph: Graph, *, declared: bool) -> set[URIRef]:
    """kg: IRIs the graph declares (as subjects) or mentions anywhere."""
    nodes = graph.subjects() if declared else (n for t in graph for n in t)
    return {n for n in nodes if isinstance(n, URIRef) and n.startswith(str(KG))}


# --- the files parse --------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_ontology_file_parses_with_rdflib_and_pyoxigraph(name: str) -> None:
    path = ontology_path(name)
    graph = Graph().parse(path, format="turtle")
    triples = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    store = pyoxigraph.Store()
    store.load(path=path, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(graph) == len(triples) == len(store) > 0


@pytest.mark.skipif(shutil.which("rapper") is None, reason="raptor2-utils (rapper) not installed")
@pytest.mark.parametrize("name", FILES)
def test_ontology_file_parses_with_rapper(name: str) -> None:
    done = subprocess.run(
        ["rapper", "-i", "turtle", "-c", str(ontology_path(name))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"returned {len(Graph().parse(ontology_path(name)))} triples" in done.stderr


# --- the ontology and KG agree ----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MIRRORS))
def test_ontology_declares_exactly_the_namespace_terms(name: str) -> None:
    declared = kg_terms(Graph().parse(ontology_path(name)), declared=True)
    mirrored = {URIRef(t) for t in dir(MIRRORS[name])}
    assert declared - mirrored == set(), f"declared in {name} but missing from its namespace"
    assert mirrored - declared == set(), f"in the namespace but not declared in {name}"


def test_ontology_terms_belong_to_one_file() -> None:
    seen: dict[URIRef, str] = {}
    for name, ns in MIRRORS.items():
        for term in map(URIRef, dir(ns)):
            assert term not in seen, f"{term} declared in {seen.get(term)} and {name}"
            seen[term] = name


@pytest.mark.parametrize("name", FILES)
def test_ontology_file_mentions_only_declared_terms(name: str) -> None:
    graph = Graph().parse(ontology_path(name))
    assert kg_terms(graph, declared=False) - set(ALL_TERMS) == set()


@pytest.mark.parametrize("term", ALL_TERMS)
def test_ontology_term_has_label_and_comment(term: URIRef) -> None:
    graph = load_ontology()
    assert graph.value(term, RDFS.label) is not None
    assert graph.value(term, RDFS.comment) is not None


@pytest.mark.parametrize("name", ["typo", "meet", "person", "Roles", "met", "Claim"])
def test_ontology_namespace_rejects_unknown_term(name: str) -> None:
    with pytest.raises(AttributeError):
        getattr(CORE, name)
    with pytest.raises(AttributeError):
        CORE[name]


def test_ontology_header_has_title_and_version() -> None:
    graph = load_ontology()
    (header,) = graph.subjects(RDF.type, OWL.Ontology)
    assert graph.value(header, DCTERMS.title) is not None
    assert graph.value(header, OWL.versionInfo) is not None


@pytest.mark.parametrize(
    ("term", "kind"),
    [
        *(
            (c, OWL.Class)
            for c in (
                KG.Entity,
                KG.Person,
                KG.Country,
                KG.Organization,
                KG.Article,
                KG.City,
                KG.Claim,
                KG.Fact,
                KG.Meeting,
                KG.MeetingEvent,
                KG.Statement,
                KG.RoleAssertion,
            )
        ),
        *(
            (p, OWL.ObjectProperty)
            for p in (
                KG.met,
                KG.stated,
                KG.roleInSecurityGuarantees,
                KG.participant,
                KG.speaker,
                KG.claim,
                KG.country,
                KG.role,
                KG.mention,
                KG.place,
                KG.inCountry,
            )
        ),
        *(
            (p, OWL.DatatypeProperty)
            for p in (
                KG.text,
                KG.quoteType,
                KG.evidence,
                KG.charStart,
                KG.charEnd,
                KG.confidence,
                KG.extractor,
                KG.rule,
                KG.status,
                KG.mode,
                KG.resolution,
                KG.datePrecision,
            )
        ),
        (KG.met, OWL.SymmetricProperty),
        (KG.SecurityGuaranteeRoles, SKOS.ConceptScheme),
        (KG.Guarantor, SKOS.Concept),
        (KG.Opponent, SKOS.Concept),
        (KG.Recipient, SKOS.Concept),
    ],
)
def test_ontology_term_has_type(term: URIRef, kind: URIRef) -> None:
    assert (term, RDF.type, kind) in load_ontology()


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (KG.Person, KG.Entity),
        (KG.Country, KG.Entity),
        (KG.Organization, KG.Entity),
        (KG.Fact, PROV.Entity),
        (KG.Meeting, KG.Fact),
        (KG.Statement, KG.Fact),
        (KG.RoleAssertion, KG.Fact),
    ],
)
def test_ontology_class_has_parent(child: URIRef, parent: URIRef) -> None:
    assert (child, RDFS.subClassOf, parent) in load_ontology()


@pytest.mark.parametrize(
    ("prop", "domain", "range_"),
    [
        (KG.met, KG.Person, KG.Person),
        (KG.stated, KG.Person, KG.Claim),
        (KG.roleInSecurityGuarantees, KG.Country, SKOS.Concept),
        (KG.participant, None, KG.Person),  # of a kg:Meeting mention or a kg:MeetingEvent
        (KG.mention, KG.MeetingEvent, KG.Meeting),
        (KG.place, None, None),  # a kg:City or a kg:Country
        (KG.speaker, KG.Statement, KG.Person),
        (KG.claim, KG.Statement, KG.Claim),
        (KG.country, KG.RoleAssertion, KG.Country),
        (KG.role, KG.RoleAssertion, SKOS.Concept),
        (KG.text, KG.Claim, rdflib.XSD.string),
        (KG.quoteType, KG.Statement, rdflib.XSD.string),
        (KG.status, None, rdflib.XSD.string),
        (KG.mode, None, rdflib.XSD.string),
        (KG.evidence, KG.Fact, rdflib.XSD.string),
        (KG.charStart, KG.Fact, rdflib.XSD.integer),
        (KG.charEnd, KG.Fact, rdflib.XSD.integer),
        (KG.confidence, KG.Fact, rdflib.XSD.decimal),
        (KG.extractor, KG.Fact, rdflib.XSD.string),
        (KG.rule, KG.Fact, rdflib.XSD.string),
        (KG.resolution, KG.Fact, rdflib.XSD.string),
        (KG.datePrecision, None, rdflib.XSD.string),
        (KG.inCountry, None, KG.Country),
    ],
)
def test_ontology_property_has_domain_and_range(
    prop: URIRef, domain: URIRef, range_: URIRef
) -> None:
    graph = load_ontology()
    assert set(graph.objects(prop, RDFS.domain)) == ({domain} if domain else set())
    assert set(graph.objects(prop, RDFS.range)) == ({range_} if range_ else set())


@pytest.mark.parametrize(
    ("concept", "definition"),
    [
        (KG.Guarantor, "Provides, or is named to take part in providing, security guarantees."),
        (KG.Opponent, "Opposes a proposed form of guarantee, e.g. NATO membership"),
        (KG.Recipient, "The country the security guarantees are for."),
    ],
)
def test_ontology_role_scheme_has_concept(concept: URIRef, definition: str) -> None:
    graph = load_ontology()
    scheme = KG.SecurityGuaranteeRoles
    assert (concept, SKOS.inScheme, scheme) in graph
    assert (concept, SKOS.topConceptOf, scheme) in graph
    assert (scheme, SKOS.hasTopConcept, concept) in graph
    assert graph.value(concept, SKOS.prefLabel) is not None
    assert str(graph.value(concept, SKOS.definition)).startswith(definition)


def test_ontology_role_scheme_has_only_three_concepts() -> None:
    graph = load_ontology()
    members = set(graph.subjects(SKOS.inScheme, KG.SecurityGuaranteeRoles))
    assert members == {KG.Guarantor, KG.Opponent, KG.Recipient}


# --- prefixes and paths -----------------------------------------------------------------------


@pytest.mark.skipif(not CONTRACT.is_file(), reason="shared/CONTRACT.md not beside the repository")
def test_ontology_prefixes_match_contract() -> None:
    found = re.findall(r"^PREFIX (\w+):\s+<([^>]+)>", CONTRACT.read_text(), flags=re.M)
    assert dict(found) == PREFIXES
    assert list(PREFIXES) == [prefix for prefix, _ in found]


def test_ontology_sparql_prologue_declares_every_prefix() -> None:
    prologue = sparql_prologue()
    assert prologue.splitlines() == [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()]
    query = prepareQuery(prologue + "SELECT ?who WHERE { ?who kg:met kgr:person-keir-starmer }")
    found = {row[Variable("who")] for row in good_graph().query(query).bindings}
    assert found == {ZELENSKY}


def test_ontology_bind_prefixes_replaces_other_bindings() -> None:
    graph = Graph()
    graph.bind("kg", "https://example.org/other#")
    graph.bind("dc", DCTERMS)
    bind_prefixes(graph)
    bound = {prefix: str(iri) for prefix, iri in graph.namespaces()}
    assert {p: bound.get(p) for p in PREFIXES} == PREFIXES


@pytest.mark.parametrize("name", FILES)
def test_ontology_path_finds_the_shipped_file(name: str) -> None:
    """The packaged copy (kg/ontology_data/) in a wheel, the repository's ontology/ otherwise."""
    source = Path(__file__).resolve().parents[1] / "ontology" / name
    assert ontology_path(name).read_bytes() == source.read_bytes()


def test_ontology_path_prefers_the_packaged_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ontology_data").mkdir()
    (tmp_path / "ontology_data" / "newskg.ttl").write_text("")
    monkeypatch.setattr("kg.ontology.files", lambda package: tmp_path)
    assert ontology_path() == tmp_path / "ontology_data" / "newskg.ttl"


def test_ontology_path_of_a_missing_file_is_an_error() -> None:
    with pytest.raises(GraphError, match="no-such.ttl"):
        ontology_path("no-such.ttl")


def test_ontology_loaders_are_cached() -> None:
    assert load_ontology() is load_ontology()
    assert load_shapes() is load_shapes()


# --- the shapes -------------------------------------------------------------------------------


def test_ontology_shapes_are_valid_shacl() -> None:
    from pyshacl import validate as shacl_validate

    conforms, _, text = shacl_validate(
        good_graph(), shacl_graph=load_shapes(), inference="none", meta_shacl=True
    )
    assert conforms, text


@pytest.mark.parametrize(
    "cls",
    [
        KG.Person,
        KG.Country,
        KG.Organization,
        KG.Article,
        KG.Claim,
        KG.Meeting,
        KG.MeetingEvent,
        KG.Statement,
        KG.RoleAssertion,
        KG.City,
    ],
)
def test_ontology_shapes_target_concrete_class(cls: URIRef) -> None:
    assert (None, SH.targetClass, cls) in load_shapes()


# --- validation ---------------------------------------------------------------------------

ARTICLE = KGR["article-000-fcba97"]
ZELENSKY = KGR["person-volodymyr-zelensky"]
STARMER = KGR["person-keir-starmer"]
ERDOGAN = KGR["person-recep-tayyip-erdogan"]
UKRAINE = KGR["country-UA"]
NATO = KGR["organization-nato"]
MEETING = KGR["fact-meeting"]
PLANNED = KGR["fact-planned"]
STATEMENT = KGR["fact-statement"]
ROLE = KGR["fact-role"]
CLAIM = KGR["claim-1"]
EVENT = KGR["event-held"]
PLANNED_EVENT = KGR["event-planned"]
ROLE_OF = KG.roleInSecurityGuarantees


def good_graph() -> Graph:
    """A small graph that holds everything the contract asks (a fresh copy on every call)."""
    g = Graph()
    bind_prefixes(g)
    for concept in (KG.Guarantor, KG.Opponent, KG.Recipient):
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.inScheme, KG.SecurityGuaranteeRoles))
    g.add((ARTICLE, RDF.type, KG.Article))
    g.add((ARTICLE, DCTERMS.identifier, Literal("000_fcba9750fa3694fa.txt")))
    g.add((ARTICLE, DCTERMS.title, Literal("Leaders discuss security guarantees")))
    g.add((ARTICLE, DCTERMS.date, Literal("2025-02-19", datatype=rdflib.XSD.date)))
    for node, cls, label in [
        (ZELENSKY, KG.Person, "Volodymyr Zelensky"),
        (STARMER, KG.Person, "Keir Starmer"),
        (ERDOGAN, KG.Person, "Recep Tayyip Erdoğan"),
        (UKRAINE, KG.Country, "Ukraine"),
        (NATO, KG.Organization, "NATO"),
    ]:
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
    g.add((ZELENSKY, SKOS.altLabel, Literal("Zelenskyy")))
    g.add((ERDOGAN, SKOS.altLabel, Literal("Erdogan")))
    g.add((UKRAINE, OWL.sameAs, URIRef("https://sws.geonames.org/690791/")))

    def evidence(node: URIRef, start: int, extractor: str) -> None:
        g.add((node, PROV.wasDerivedFrom, ARTICLE))
        g.add((node, KG.evidence, Literal("Zelensky spoke with Starmer by phone.")))
        g.add((node, KG.charStart, Literal(start, datatype=rdflib.XSD.integer)))
        g.add((node, KG.charEnd, Literal(start + 37, datatype=rdflib.XSD.integer)))
        g.add((node, KG.confidence, Literal(Decimal("0.87"), datatype=rdflib.XSD.decimal)))
        g.add((node, KG.extractor, Literal(extractor)))
        g.add((node, KG.rule, Literal(f"{extractor}.test")))

    g.add((MEETING, RDF.type, KG.Meeting))
    evidence(MEETING, 0, "met")
    g.add((MEETING, KG.participant, ZELENSKY))
    g.add((MEETING, KG.participant, STARMER))
    g.add((MEETING, KG.status, Literal("held")))
    g.add((MEETING, KG.mode, Literal("call")))
    g.add((MEETING, DCTERMS.date, Literal("2025-02-18", datatype=rdflib.XSD.date)))
    g.add((MEETING, KG.resolution, Literal("he → Keir Starmer")))
    g.add((ZELENSKY, KG.met, STARMER))
    g.add((STARMER, KG.met, ZELENSKY))

    g.add((PLANNED, RDF.type, KG.Meeting))
    evidence(PLANNED, 40, "met")
    g.add((PLANNED, KG.participant, ZELENSKY))
    g.add((PLANNED, KG.participant, ERDOGAN))
    g.add((PLANNED, KG.status, Literal("planned")))
    for event, mention, people, status in ((EVENT, MEETING, (ZELENSKY, STARMER), "held"),
                                           (PLANNED_EVENT, PLANNED, (ZELENSKY, ERDOGAN), "planned")):
        g.add((event, RDF.type, KG.MeetingEvent))
        g.add((event, KG.mention, mention))
        g.add((event, KG.status, Literal(status)))
        g.add((event, DCTERMS.date, Literal("2025-02-18", datatype=rdflib.XSD.date)))
        g.add((event, KG.datePrecision, Literal("day")))
        for person in people:
            g.add((event, KG.participant, person))

    g.add((STATEMENT, RDF.type, KG.Statement))
    evidence(STATEMENT, 80, "stated")
    g.add((STATEMENT, KG.speaker, ZELENSKY))
    g.add((STATEMENT, KG.claim, CLAIM))
    g.add((STATEMENT, KG.quoteType, Literal("direct")))
    g.add((CLAIM, RDF.type, KG.Claim))
    g.add((CLAIM, KG.text, Literal("Ukraine needs real security guarantees")))
    g.add((ZELENSKY, KG.stated, CLAIM))

    g.add((ROLE, RDF.type, KG.RoleAssertion))
    evidence(ROLE, 120, "roles")
    g.add((ROLE, KG.country, UKRAINE))
    g.add((ROLE, KG.role, KG.Recipient))
    g.add((UKRAINE, KG.roleInSecurityGuarantees, KG.Recipient))
    return g


def test_ontology_conforming_graph_validates() -> None:
    conforms, text = validate(good_graph())
    assert conforms, text


Change = Callable[[Graph], None]


def _term(value: object) -> URIRef | Literal:
    return value if isinstance(value, (URIRef, Literal)) else Literal(value)


def add(s: URIRef, p: URIRef, o: object) -> Change:
    def change(g: Graph) -> None:
        g.add((s, p, _term(o)))

    return change


def set_(s: URIRef, p: URIRef, o: object) -> Change:
    def change(g: Graph) -> None:
        g.set((s, p, _term(o)))

    return change


def drop(s: URIRef | None, p: URIRef, o: URIRef | None = None) -> Change:
    def change(g: Graph) -> None:
        g.remove((s, p, o))

    return change


def meet(a: URIRef, b: URIRef) -> Change:
    """Both directions of kg:met, as the writer materialises them."""
    return all_of(add(a, KG.met, b), add(b, KG.met, a))


def all_of(*changes: Change) -> Change:
    def apply(g: Graph) -> None:
        for change in changes:
            change(g)

    return apply


# id: (change to the conforming graph, part of the message validation must report)
BROKEN: dict[str, tuple[Change, str]] = {
    # entities
    "person-two-labels": (add(ZELENSKY, RDFS.label, "Zelenskyy"), "exactly one rdfs:label"),
    "person-without-label": (drop(STARMER, RDFS.label), "exactly one rdfs:label"),
    "country-empty-label": (set_(UKRAINE, RDFS.label, ""), "exactly one rdfs:label"),
    "label-not-a-string": (set_(NATO, RDFS.label, 7), "exactly one rdfs:label"),
    "same-as-a-literal": (add(UKRAINE, OWL.sameAs, "690791"), "authority IRI"),
    # kg:met and kg:Meeting
    "met-a-country": (
        all_of(meet(ZELENSKY, UKRAINE), add(MEETING, KG.participant, UKRAINE)),
        "kg:met links two kg:Person",
    ),
    "country-meets": (meet(UKRAINE, ZELENSKY), "only a kg:Person meets"),
    "met-without-meeting": (meet(STARMER, ERDOGAN), "is not backed by a held kg:Meeting"),
    "met-in-planned-meeting": (meet(ZELENSKY, ERDOGAN), "is not backed by a held kg:Meeting"),
    "met-oneself": (add(ZELENSKY, KG.met, ZELENSKY), "kg:met themselves"),
    "held-meeting-without-met": (drop(None, KG.met), "have no kg:met triple"),
    "met-one-direction-only": (drop(STARMER, KG.met, ZELENSKY), "have no kg:met triple"),
    "meeting-one-participant": (drop(PLANNED, KG.participant, ERDOGAN), "two or more"),
    "meeting-with-a-country": (add(PLANNED, KG.participant, UKRAINE), "two or more"),
    "meeting-unknown-status": (set_(MEETING, KG.status, "maybe"), "kg:status"),
    "meeting-two-statuses": (add(PLANNED, KG.status, "held"), "kg:status"),
    "meeting-unknown-mode": (set_(MEETING, KG.mode, "video"), "kg:mode"),
    "meeting-date-not-a-date": (set_(MEETING, DCTERMS.date, "18 February"), "dcterms:date"),
    "meeting-in-no-event": (drop(EVENT, KG.mention, MEETING), "exactly one kg:MeetingEvent"),
    "meeting-in-two-events": (add(PLANNED_EVENT, KG.mention, MEETING), "exactly one kg:MeetingEvent"),
    "event-one-participant": (drop(EVENT, KG.participant, STARMER), "two or more kg:participant"),
    "event-without-mention": (all_of(drop(EVENT, KG.mention), add(PLANNED_EVENT, KG.mention, MEETING),
                                     drop(PLANNED_EVENT, KG.mention, PLANNED)), "kg:mention"),
    "event-unknown-precision": (set_(EVENT, KG.datePrecision, "week"), "kg:datePrecision"),
    "event-date-a-year": (set_(EVENT, DCTERMS.date, Literal("2025", datatype=rdflib.XSD.gYear)),
                          "dcterms:date"),
    "held-event-without-met": (all_of(drop(None, KG.met), drop(MEETING, KG.participant, STARMER),
                                      add(MEETING, KG.participant, ERDOGAN)), "have no kg:met triple"),
    "place-a-person": (add(MEETING, KG.place, ZELENSKY), "kg:place"),
    # kg:stated, kg:Statement and kg:Claim
    "statement-without-speaker": (drop(STATEMENT, KG.speaker), "exactly one kg:speaker"),
    "statement-two-speakers": (
        all_of(add(STATEMENT, KG.speaker, STARMER), add(STARMER, KG.stated, CLAIM)),
        "exactly one kg:speaker",
    ),
    "statement-by-a-country": (
        all_of(set_(STATEMENT, KG.speaker, UKRAINE), add(UKRAINE, KG.stated, CLAIM)),
        "exactly one kg:speaker, a kg:Person",
    ),
    "statement-without-claim": (drop(STATEMENT, KG.claim), "exactly one kg:claim"),
    "statement-unknown-quote-type": (set_(STATEMENT, KG.quoteType, "paraphrase"), "kg:quoteType"),
    "statement-without-quote-type": (drop(STATEMENT, KG.quoteType), "kg:quoteType"),
    "statement-without-stated": (drop(ZELENSKY, KG.stated), "has no kg:stated triple"),
    "stated-without-statement": (add(STARMER, KG.stated, CLAIM), "not backed by a kg:Statement"),
    "country-states": (add(UKRAINE, KG.stated, CLAIM), "only a kg:Person states a claim"),
    "stated-not-a-claim": (set_(CLAIM, RDF.type, KG.Article), "kg:stated points at a kg:Claim"),
    "claim-without-text": (drop(CLAIM, KG.text), "exactly one kg:text"),
    "claim-two-texts": (add(CLAIM, KG.text, "another claim"), "exactly one kg:text"),
    # kg:roleInSecurityGuarantees and kg:RoleAssertion
    "role-not-in-scheme": (
        all_of(set_(ROLE, KG.role, EX.Mediator), set_(UKRAINE, ROLE_OF, EX.Mediator)),
        "a concept of kg:SecurityGuaranteeRoles",
    ),
    "role-as-a-string": (
        all_of(set_(ROLE, KG.role, "Recipient"), set_(UKRAINE, ROLE_OF, "Recipient")),
        "a concept of kg:SecurityGuaranteeRoles",
    ),
    "role-without-country": (drop(ROLE, KG.country), "exactly one kg:country"),
    "role-of-an-organization": (
        all_of(set_(ROLE, KG.country, NATO), add(NATO, ROLE_OF, KG.Recipient)),
        "exactly one kg:country, a kg:Country",
    ),
    "organization-has-role": (add(NATO, ROLE_OF, KG.Guarantor), "only a kg:Country has a role"),
    "role-without-assertion": (add(UKRAINE, ROLE_OF, KG.Guarantor), "not backed by a kg:Role"),
    "assertion-without-role": (drop(UKRAINE, ROLE_OF), "has no kg:roleInSecurityGuarantees"),
    # what only evidence nodes carry
    "participant-of-a-statement": (add(STATEMENT, KG.participant, STARMER), "only a kg:Meeting"),
    "place-of-a-statement": (add(STATEMENT, KG.place, UKRAINE), "only a kg:Meeting"),
    "untyped-statement": (drop(STATEMENT, RDF.type), "only a kg:Statement"),
    "role-on-a-meeting": (add(MEETING, KG.role, KG.Guarantor), "only a kg:RoleAssertion"),
    # provenance of every fact
    "fact-without-derivation": (drop(MEETING, PROV.wasDerivedFrom), "prov:wasDerivedFrom"),
    "fact-from-a-web-page": (set_(STATEMENT, PROV.wasDerivedFrom, EX.page), "prov:wasDerivedFrom"),
    "fact-from-two-articles": (
        all_of(
            add(ROLE, PROV.wasDerivedFrom, EX.other),
            add(EX.other, RDF.type, KG.Article),
            add(EX.other, DCTERMS.identifier, "001.txt"),
        ),
        "prov:wasDerivedFrom",
    ),
    "fact-without-evidence": (drop(ROLE, KG.evidence), "exactly one kg:evidence"),
    "fact-without-start": (drop(MEETING, KG.charStart), "kg:charStart"),
    "fact-negative-start": (set_(MEETING, KG.charStart, -1), "kg:charStart"),
    "fact-start-after-end": (set_(MEETING, KG.charStart, 500), "kg:charStart"),
    "fact-start-as-string": (set_(MEETING, KG.charStart, "0"), "kg:charStart"),
    "fact-without-end": (drop(STATEMENT, KG.charEnd), "kg:charEnd"),
    "fact-confidence-above-one": (set_(ROLE, KG.confidence, Decimal("1.5")), "kg:confidence"),
    "fact-confidence-below-zero": (set_(ROLE, KG.confidence, Decimal("-0.1")), "kg:confidence"),
    "fact-confidence-as-double": (set_(ROLE, KG.confidence, 0.5), "kg:confidence"),
    "fact-without-extractor": (drop(PLANNED, KG.extractor), "kg:extractor"),
    "fact-two-rules": (add(MEETING, KG.rule, "met.other"), "kg:rule"),
    # articles
    "article-without-identifier": (drop(ARTICLE, DCTERMS.identifier), "dcterms:identifier"),
    "article-two-titles": (add(ARTICLE, DCTERMS.title, "Another title"), "dcterms:title"),
    "article-date-not-a-date": (set_(ARTICLE, DCTERMS.date, "19 February 2025"), "dcterms:date"),
    "article-date-as-datetime": (
        set_(ARTICLE, DCTERMS.date, Literal("2025-02-19T10:00:00", datatype=rdflib.XSD.dateTime)),
        "dcterms:date",
    ),
}


@pytest.mark.parametrize(("change", "message"), BROKEN.values(), ids=BROKEN.keys())
def test_ontology_broken_graph_fails_validation(change: Change, message: str) -> None:
    graph = good_graph()
    change(graph)
    conforms, text = validate(graph)
    assert not conforms
    assert message in text, text
