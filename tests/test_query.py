"""kg.query (SPARQL over a graph, the shipped .rq queries) and kg.graphio (reading graphs).

SMALL_TTL is a hand-made, contract-shaped graph (shared/CONTRACT.md); tests/test_export.py
uses it too.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import GraphError, QueryError
from kg.graphio import load_graph, load_store
from kg.query import (
    QueryResult,
    compact,
    format_result,
    get_query,
    list_queries,
    run_query,
    to_term,
)

SMALL_TTL = """\
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix kgr: <https://w3id.org/newskg/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

kg:SecurityGuaranteeRoles a skos:ConceptScheme .
kg:Guarantor a skos:Concept ; skos:prefLabel "guarantor"@en ;
    skos:inScheme kg:SecurityGuaranteeRoles .
kg:Recipient a skos:Concept ; skos:prefLabel "recipient"@en ;
    skos:inScheme kg:SecurityGuaranteeRoles .

kgr:article-a1 a kg:Article ; dcterms:identifier "000_a.txt" ; dcterms:title "Talks in Riyadh" ;
    dcterms:date "2025-02-19"^^xsd:date ; dcterms:publisher "Example Daily" .
kgr:article-b2 a kg:Article ; dcterms:identifier "001_b.txt" ; dcterms:date "2025-02-20"^^xsd:date .

kgr:person-volodymyr-zelensky a kg:Person ; rdfs:label "Volodymyr Zelensky" ;
    skos:altLabel "Zelensky" , "Zelenskyy" ; owl:sameAs <http://www.wikidata.org/entity/Q3874799> .
kgr:person-donald-trump a kg:Person ; rdfs:label "Donald Trump" ; skos:altLabel "Trump" .
kgr:person-emmanuel-macron a kg:Person ; rdfs:label "Emmanuel Macron" .
kgr:country-FR a kg:Country ; rdfs:label "France" ; owl:sameAs <https://sws.geonames.org/3017382/> .
kgr:country-UA a kg:Country ; rdfs:label "Ukraine" ; owl:sameAs <https://sws.geonames.org/690791/> .

kgr:person-volodymyr-zelensky kg:met kgr:person-donald-trump .
kgr:person-donald-trump kg:met kgr:person-volodymyr-zelensky .
kgr:person-volodymyr-zelensky kg:stated kgr:claim-1 .
kgr:claim-1 a kg:Claim ; kg:text "We need security guarantees." .
kgr:country-FR kg:roleInSecurityGuarantees kg:Guarantor .
kgr:country-UA kg:roleInSecurityGuarantees kg:Recipient .

kgr:fact-m1 a kg:Meeting ; kg:participant kgr:person-volodymyr-zelensky , kgr:person-donald-trump ;
    kg:status "held" ; kg:mode "in-person" ; dcterms:date "2025-02-18"^^xsd:date ;
    kg:datePrecision "day" ;
    prov:wasDerivedFrom kgr:article-a1 ; kg:evidence "Zelensky met Trump in Riyadh on Tuesday." ;
    kg:charStart 10 ; kg:charEnd 50 ; kg:confidence "0.90"^^xsd:decimal ; kg:extractor "met" .
kgr:fact-s1 a kg:Statement ; kg:speaker kgr:person-volodymyr-zelensky ; kg:claim kgr:claim-1 ;
    kg:quoteType "direct" ; prov:wasDerivedFrom kgr:article-a1 ;
    kg:evidence "\\"We need security guarantees,\\" Zelenskyy said." ;
    kg:charStart 60 ; kg:charEnd 108 ; kg:confidence "0.85"^^xsd:decimal ; kg:extractor "stated" .
kgr:fact-r3 a kg:RoleAssertion ; kg:country kgr:country-FR ; kg:role kg:Guarantor ;
    prov:wasDerivedFrom kgr:article-a1 ; kg:evidence "Paris offered to send troops." ;
    kg:charStart 110 ; kg:charEnd 139 ; kg:confidence "0.65"^^xsd:decimal ; kg:extractor "roles" .
kgr:fact-m2 a kg:Meeting ; kg:participant kgr:person-donald-trump , kgr:person-volodymyr-zelensky ;
    kg:status "held" ; kg:mode "call" ; prov:wasDerivedFrom kgr:article-b2 ;
    kg:evidence "Trump spoke with Zelensky by phone." ;
    kg:charStart 0 ; kg:charEnd 35 ; kg:confidence "0.80"^^xsd:decimal ; kg:extractor "met" .
kgr:fact-r1 a kg:RoleAssertion ; kg:country kgr:country-FR ; kg:role kg:Guarantor ;
    prov:wasDerivedFrom kgr:article-b2 ; kg:evidence "France will provide security guarantees." ;
    kg:charStart 40 ; kg:charEnd 80 ; kg:confidence "0.75"^^xsd:decimal ; kg:extractor "roles" .
kgr:fact-r2 a kg:RoleAssertion ; kg:country kgr:country-UA ; kg:role kg:Recipient ;
    prov:wasDerivedFrom kgr:article-b2 ; kg:evidence "Guarantees for Ukraine were discussed." ;
    kg:charStart 85 ; kg:charEnd 123 ; kg:confidence "0.70"^^xsd:decimal ; kg:extractor "roles" .
kgr:fact-m3 a kg:Meeting ;
    kg:participant kgr:person-emmanuel-macron , kgr:person-volodymyr-zelensky ;
    kg:status "planned" ; prov:wasDerivedFrom kgr:article-b2 ;
    kg:evidence "Macron will meet Zelensky next week." ;
    kg:charStart 130 ; kg:charEnd 166 ; kg:confidence "0.60"^^xsd:decimal ; kg:extractor "met" .

kgr:fact-a1 a kg:Affiliation ; kg:person kgr:person-volodymyr-zelensky ; kg:affiliation kgr:country-UA ;
    kg:title "president" ; prov:wasDerivedFrom kgr:article-a1 ; kg:evidence "Ukraine's President Zelensky." ;
    kg:charStart 0 ; kg:charEnd 9 ; kg:confidence "0.85"^^xsd:decimal ; kg:extractor "affiliation" .
kgr:person-volodymyr-zelensky kg:affiliation kgr:country-UA .

kgr:event-1 a kg:MeetingEvent ; kg:mention kgr:fact-m1 ; kg:status "held" ; kg:mode "in-person" ;
    kg:participant kgr:person-volodymyr-zelensky , kgr:person-donald-trump ;
    dcterms:date "2025-02-18"^^xsd:date ; kg:datePrecision "day" .
kgr:event-2 a kg:MeetingEvent ; kg:mention kgr:fact-m2 ; kg:status "held" ; kg:mode "call" ;
    kg:participant kgr:person-volodymyr-zelensky , kgr:person-donald-trump ;
    dcterms:date "2025-02-20"^^xsd:date ; kg:datePrecision "article" .
kgr:event-3 a kg:MeetingEvent ; kg:mention kgr:fact-m3 ; kg:status "planned" ;
    kg:participant kgr:person-volodymyr-zelensky , kgr:person-emmanuel-macron ;
    dcterms:date "2025-02-20"^^xsd:date ; kg:datePrecision "article" .
"""

ZELENSKY, TRUMP, MACRON = "Volodymyr Zelensky", "Donald Trump", "Emmanuel Macron"
CLAIM = "We need security guarantees."


def small_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=SMALL_TTL, format="turtle")


@pytest.fixture
def graph() -> rdflib.Graph:
    return small_graph()


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(SMALL_TTL, encoding="utf-8")
    return path


# ---------------------------------------------------------------- shipped queries

# fmt: off
SHIPPED: dict[str, tuple[list[str], list[tuple[str, ...]]]] = {
    "who_met_whom": (
        ["person_a", "person_b", "meetings", "dates", "articles"],
        [(TRUMP, ZELENSKY, "2", "2025-02-18, 2025-02-20", "000_a.txt, 001_b.txt")],
    ),
    "meetings_timeline": (
        ["date", "precision", "participants", "place", "mode", "status", "mentions", "articles",
         "outlets", "event"],
        [
            ("2025-02-18", "day", f"{TRUMP}, {ZELENSKY}", None, "in-person", "held", "1",
             "000_a.txt", "Example Daily", "kgr:event-1"),
            ("2025-02-20", "article", f"{TRUMP}, {ZELENSKY}", None, "call", "held", "1",
             "001_b.txt", None, "kgr:event-2"),
            ("2025-02-20", "article", f"{MACRON}, {ZELENSKY}", None, None, "planned", "1",
             "001_b.txt", None, "kgr:event-3"),
        ],
    ),
    "statements_by_affiliation": (  # needs --bind affiliation=…: nothing without it
        ["affiliation", "speaker", "titles", "claim", "date", "article_id", "fact"], [],
    ),
    "person_profile": (  # needs --bind name=…: nothing without it
        ["name", "person", "type", "summary", "date", "outlet", "article_id", "fact"], [],
    ),
    "person_statements": (
        ["name", "speaker", "quote_type", "claim", "article", "fact"],
        [(None, ZELENSKY, "direct", CLAIM, "000_a.txt", "kgr:fact-s1")],
    ),
    "countries_by_role": (
        ["role", "country", "evidence", "articles"],
        [
            ("Guarantor", "France", "2", "000_a.txt, 001_b.txt"),
            ("Recipient", "Ukraine", "1", "001_b.txt"),
        ],
    ),
    "article_facts": (
        ["article_id", "fact", "type", "summary", "evidence", "char_start", "char_end"],
        [
            ("000_a.txt", "kgr:fact-a1", "Affiliation", f"{ZELENSKY}: president, Ukraine",
             "Ukraine's President Zelensky.", "0", "9"),
            ("000_a.txt", "kgr:fact-m1", "Meeting", f"{TRUMP}, {ZELENSKY} (held)",
             "Zelensky met Trump in Riyadh on Tuesday.", "10", "50"),
            ("000_a.txt", "kgr:fact-s1", "Statement", f"{ZELENSKY}: “{CLAIM}”",
             '"We need security guarantees," Zelenskyy said.', "60", "108"),
            ("000_a.txt", "kgr:fact-r3", "RoleAssertion", "France: Guarantor",
             "Paris offered to send troops.", "110", "139"),
            ("001_b.txt", "kgr:fact-m2", "Meeting", f"{TRUMP}, {ZELENSKY} (held)",
             "Trump spoke with Zelensky by phone.", "0", "35"),
            ("001_b.txt", "kgr:fact-r1", "RoleAssertion", "France: Guarantor",
             "France will provide security guarantees.", "40", "80"),
            ("001_b.txt", "kgr:fact-r2", "RoleAssertion", "Ukraine: Recipient",
             "Guarantees for Ukraine were discussed.", "85", "123"),
            ("001_b.txt", "kgr:fact-m3", "Meeting", f"{MACRON}, {ZELENSKY} (planned)",
             "Macron will meet Zelensky next week.", "130", "166"),
        ],
    ),
    "most_connected_people": (
        ["person", "people_met", "statements"],
        [(ZELENSKY, "1", "1"), (TRUMP, "1", "0"), (MACRON, "0", "0")],
    ),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_query_shipped_returns_expected_rows(graph: rdflib.Graph, name: str) -> None:
    columns, rows = SHIPPED[name]
    result = run_query(graph, get_query(name).text)
    assert result.columns == columns
    assert result.rows == rows


def test_query_list_names_every_shipped_query() -> None:
    assert [q.name for q in list_queries()] == sorted(SHIPPED)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_query_shipped_has_description_and_order(name: str) -> None:
    query = get_query(name)
    assert query.text.startswith(f"# {query.description}\n")
    assert len(query.description) > 20 and "\n" not in query.description
    assert "ORDER BY" in query.text
    assert get_query(f"{name}.rq") == query


def test_query_unknown_name_lists_available() -> None:
    with pytest.raises(QueryError) as info:
        get_query("who_met")
    assert "who_met_whom" in info.value.line() and "most_connected_people" in info.value.line()


@pytest.mark.parametrize(
    ("name", "bindings", "rows"),
    [
        ("person_statements", {"name": "zelenskyy"},
         [("zelenskyy", ZELENSKY, "direct", CLAIM, "000_a.txt", "kgr:fact-s1")]),
        ("person_statements", {"name": TRUMP}, []),
        ("article_facts", {"article_id": "000_a.txt"}, SHIPPED["article_facts"][1][:4]),
        ("article_facts", {"?article_id": "001_b.txt"}, SHIPPED["article_facts"][1][4:]),
        ("article_facts", {"article_id": "no_such.txt"}, []),
        ("statements_by_affiliation", {"affiliation": "ukraine"}, [
            ("ukraine", ZELENSKY, "president", CLAIM, None, "000_a.txt", "kgr:fact-s1")]),
        ("statements_by_affiliation", {"affiliation": "France"}, []),
        ("person_profile", {"name": "zelenskyy"}, [  # any of the person's names, any case
            ("zelenskyy", ZELENSKY, "Meeting", f"{TRUMP}, {ZELENSKY} (held)", "2025-02-18",
             "Example Daily", "000_a.txt", "kgr:fact-m1"),
            ("zelenskyy", ZELENSKY, "Affiliation", f"{ZELENSKY}: president, Ukraine", None,
             "Example Daily", "000_a.txt", "kgr:fact-a1"),
            ("zelenskyy", ZELENSKY, "Statement", f"{ZELENSKY}: “{CLAIM}”", None, "Example Daily",
             "000_a.txt", "kgr:fact-s1"),
            ("zelenskyy", ZELENSKY, "Meeting", f"{TRUMP}, {ZELENSKY} (held)", None, None,
             "001_b.txt", "kgr:fact-m2"),
            ("zelenskyy", ZELENSKY, "Meeting", f"{MACRON}, {ZELENSKY} (planned)", None, None,
             "001_b.txt", "kgr:fact-m3"),
        ]),
    ],
)
def test_query_bindings_filter_shipped_queries(
    graph: rdflib.Graph, name: str, bindings: dict, rows: list
) -> None:
    assert run_query(graph, get_query(name).text, bindings=bindings).rows == rows


@pytest.mark.parametrize(
    ("sparql", "bindings", "rows"),
    [
        ("SELECT ?c ?r WHERE { ?c kg:roleInSecurityGuarantees ?r }", {"r": "kg:Recipient"},
         [("kgr:country-UA", "kg:Recipient")]),
        ("SELECT ?c ?r WHERE { ?c kg:roleInSecurityGuarantees ?r }",
         {"r": "https://w3id.org/newskg/ontology#Recipient"}, [("kgr:country-UA", "kg:Recipient")]),
        ("SELECT ?c ?r WHERE { ?c kg:roleInSecurityGuarantees ?r }",
         {"r": "<https://w3id.org/newskg/ontology#Recipient>"},
         [("kgr:country-UA", "kg:Recipient")]),
        ("SELECT ?c ?r WHERE { ?c kg:roleInSecurityGuarantees ?r }", {"r": '"kg:Recipient"'}, []),
        ("SELECT ?p ?n WHERE { ?p skos:altLabel ?n }", {"n": "Trump"},
         [("kgr:person-donald-trump", "Trump")]),
        ("SELECT ?r ?l WHERE { ?r skos:prefLabel ?l }", {"l": '"guarantor"@en'},
         [("kg:Guarantor", "guarantor")]),
        ("SELECT ?r ?l WHERE { ?r skos:prefLabel ?l }", {"l": "guarantor"}, []),
        ("SELECT ?f ?d WHERE { ?f a kg:Meeting ; dcterms:date ?d }",
         {"d": '"2025-02-18"^^xsd:date'}, [("kgr:fact-m1", "2025-02-18")]),
        ("SELECT ?f ?s WHERE { ?f a kg:Meeting ; kg:charStart ?s }", {"s": 10}, [("kgr:fact-m1", "10")]),
        ("SELECT ?f ?s WHERE { ?f a kg:Meeting ; kg:charStart ?s }", {"s": rdflib.Literal(0)},
         [("kgr:fact-m2", "0")]),
    ],
)  # fmt: skip
def test_query_bindings_follow_the_term_rule(
    graph: rdflib.Graph, sparql: str, bindings: dict, rows: list
) -> None:
    assert run_query(graph, sparql, bindings=bindings).rows == rows


@pytest.mark.parametrize(
    ("value", "term"),
    [
        ("Volodymyr Zelensky", ox.Literal("Volodymyr Zelensky")),
        ("000_x.txt", ox.Literal("000_x.txt")),
        ("kgr:person-x", ox.NamedNode("https://w3id.org/newskg/id/person-x")),
        ("kg:Guarantor", ox.NamedNode("https://w3id.org/newskg/ontology#Guarantor")),
        ("rdf:type", ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")),
        ("foo:bar", ox.Literal("foo:bar")),  # unknown prefix: a literal
        ("Note: a colon", ox.Literal("Note: a colon")),
        ("https://sws.geonames.org/690791/", ox.NamedNode("https://sws.geonames.org/690791/")),
        ("<urn:x:1>", ox.NamedNode("urn:x:1")),
        ('"https://example.org/"', ox.Literal("https://example.org/")),
        ('"Zelensky"@uk', ox.Literal("Zelensky", language="uk")),
        (3, ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
        (True, ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))),
    ],
)  # fmt: skip
def test_query_binding_values_become_terms(value: object, term: object) -> None:
    assert to_term(value) == term


@pytest.mark.parametrize(
    ("bindings", "message"),
    [
        ({"nme": ZELENSKY}, "binding 'nme': the query has no variable ?nme"),
        ({"claim": CLAIM}, None),  # a result column: fine
        ({"person": "kgr:person-donald-trump"},
         "binding 'person': a bound variable must be selected"),
        ({"name": '"x"^^foo:bar'}, "binding 'name': unknown datatype foo:bar"),
    ],
)  # fmt: skip
def test_query_binding_mistakes_are_query_errors(
    graph: rdflib.Graph, bindings: dict, message: str | None
) -> None:
    text = get_query("person_statements").text
    if message is None:
        assert run_query(graph, text, bindings=bindings).rows
        return
    with pytest.raises(QueryError) as info:
        run_query(graph, text, bindings=bindings)
    assert message in info.value.line()
    assert info.value.exit_status == 2


# ---------------------------------------------------------------- syntax errors, prefixes, shapes

BAD_QUERIES = [
    ("SELEC ?x WHERE { ?x ?p ?o }", "expected"),
    ("SELECT ?x WHERE { ?x ?p ?o", "expected one of"),
    ("SELECT ?x WHERE { ?x foo:bar ?o }", "undeclared prefix 'foo:'"),
    (
        "SELECT ?x WHERE {\n  ?x a ex:Thing ;\n    ex:p ?o }",
        "error at 2:16: undeclared prefix 'ex:'",
    ),
    ("SELECT ?x WHERE {\n  ?x ?p ?o .\n  FILTER(?x = ) }", "error at 3:"),  # the user's lines
    ("SELECT ?x WHERE { ?x ?p 12a }", "error at 1:"),
]


@pytest.mark.parametrize(("sparql", "detail"), BAD_QUERIES)
@pytest.mark.parametrize("source", [None, "mine.rq"])
def test_query_syntax_error_is_one_line(
    graph: rdflib.Graph, sparql: str, detail: str, source: str | None
) -> None:
    with pytest.raises(QueryError) as info:
        run_query(graph, sparql, source=source)
    error = info.value
    assert error.exit_status == 2
    assert error.where == source
    assert error.reason.startswith("SPARQL syntax error: error at ")
    assert detail in error.reason
    assert "\n" not in error.line() and "\\u{" not in error.line() and len(error.line()) < 250


@pytest.mark.parametrize(
    ("sparql", "rows"),
    [
        ("SELECT ?a WHERE { ?a dcterms:identifier \"000_a.txt\" }", [("kgr:article-a1",)]),
        ("SELECT ?f WHERE { ?f prov:wasDerivedFrom kgr:article-a1 ; a kg:Statement }",
         [("kgr:fact-s1",)]),
        ("SELECT ?c WHERE { ?c owl:sameAs ?g ; rdfs:label \"Ukraine\" }", [("kgr:country-UA",)]),
        ("SELECT ?r WHERE { ?r skos:inScheme kg:SecurityGuaranteeRoles } ORDER BY ?r",
         [("kg:Guarantor",), ("kg:Recipient",)]),
        ("SELECT ?f WHERE { ?f kg:confidence \"0.60\"^^xsd:decimal }", [("kgr:fact-m3",)]),
        ("SELECT ?s WHERE { ?s rdf:type kg:Claim }", [("kgr:claim-1",)]),
        # a query's own PREFIX wins over the predeclared one
        ("PREFIX kg: <http://example.org/> SELECT ?s WHERE { ?s a kg:Claim }", []),
    ],
)  # fmt: skip
def test_query_contract_prefixes_are_predeclared(
    graph: rdflib.Graph, sparql: str, rows: list
) -> None:
    assert run_query(graph, sparql).rows == rows


@pytest.mark.parametrize(
    ("sparql", "columns", "rows"),
    [
        ("ASK { kgr:person-donald-trump kg:met kgr:person-volodymyr-zelensky }", ["ask"],
         [("true",)]),
        ("ASK { kgr:person-emmanuel-macron kg:met ?someone }", ["ask"], [("false",)]),
        ("CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a kg:Country ; rdfs:label ?l }",
         ["subject", "predicate", "object"],
         [("kgr:country-FR", "rdfs:label", "France"), ("kgr:country-UA", "rdfs:label", "Ukraine")]),
        ("DESCRIBE kgr:claim-1", ["subject", "predicate", "object"],
         [("kgr:claim-1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "kg:Claim"),
          ("kgr:claim-1", "kg:text", CLAIM)]),
        ("SELECT ?p ?o WHERE { kgr:country-UA ?p ?o FILTER(?p = owl:sameAs) }", ["p", "o"],
         [("owl:sameAs", "https://sws.geonames.org/690791/")]),
        ("SELECT ?x ?y WHERE { BIND(1 AS ?x) }", ["x", "y"], [("1", None)]),
    ],
)  # fmt: skip
def test_query_result_shapes(graph: rdflib.Graph, sparql: str, columns: list, rows: list) -> None:
    result = run_query(graph, sparql)
    assert (result.columns, result.rows) == (columns, rows)


@pytest.mark.parametrize(
    ("iri", "text"),
    [
        ("https://w3id.org/newskg/id/person-x", "kgr:person-x"),
        ("https://w3id.org/newskg/ontology#Meeting", "kg:Meeting"),
        ("http://purl.org/dc/terms/date", "dcterms:date"),
        ("https://w3id.org/newskg/id/a/b", "https://w3id.org/newskg/id/a/b"),  # not a local name
        ("https://w3id.org/newskg/id/", "https://w3id.org/newskg/id/"),
        ("http://www.wikidata.org/entity/Q1", "http://www.wikidata.org/entity/Q1"),
    ],
)
def test_query_iris_are_compacted_with_contract_prefixes(iri: str, text: str) -> None:
    assert compact(iri) == text


# ---------------------------------------------------------------- inputs


@pytest.mark.parametrize("kind", ["graph", "store", "str", "path", "nt", "jsonld", "xml"])
def test_query_runs_over_graphs_stores_and_files(
    graph: rdflib.Graph, graph_file: Path, kind: str
) -> None:
    source: object
    if kind == "graph":
        source = graph
    elif kind == "store":
        source = load_store(graph_file)
    elif kind == "str":
        source = str(graph_file)
    elif kind == "path":
        source = graph_file
    else:
        path = graph_file.with_suffix({"nt": ".nt", "jsonld": ".jsonld", "xml": ".rdf"}[kind])
        fmt = {"nt": "nt", "jsonld": "json-ld", "xml": "xml"}[kind]
        graph.serialize(path, format=fmt, encoding="utf-8")
        source = path
    result = run_query(source, get_query("who_met_whom").text)  # type: ignore[arg-type]
    assert result.rows == SHIPPED["who_met_whom"][1]


@pytest.mark.parametrize("loader", [load_graph, load_store])
@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.ttl", None, "no such file"),
        ("graph.txt", "x", "cannot tell the graph format of the extension '.txt'"),
        ("graph", "x", "cannot tell the graph format of a file without an extension"),
        ("bad.ttl", "@prefix kg: <x> .\nkg:a kg:b", "not valid Turtle"),
        ("bad.nt", "<http://a> <http://b> .\n", "not valid N-Triples"),
        ("bad.jsonld", '{"@id": ', "not valid JSON-LD"),
        ("bad.rdf", "<rdf:RDF", "not valid RDF/XML"),
    ],
)
def test_query_graph_file_errors_are_one_line(
    tmp_path: Path, loader, name: str, content: str | None, reason: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphError) as info:
        loader(path)
    assert info.value.where == str(path)
    assert reason in info.value.reason
    assert "\n" not in info.value.line() and "Traceback" not in info.value.line()


def test_query_graph_files_read_trig_as_union(tmp_path: Path) -> None:
    path = tmp_path / "graph.trig"
    path.write_text(
        "@prefix kgr: <https://w3id.org/newskg/id/> .\n"
        "@prefix kg: <https://w3id.org/newskg/ontology#> .\n"
        "kgr:g1 { kgr:a kg:met kgr:b . }\nkgr:g2 { kgr:b kg:met kgr:a . }\n",
        encoding="utf-8",
    )
    assert len(load_graph(path)) == 2
    sparql = "SELECT ?a ?b WHERE { ?a kg:met ?b } ORDER BY ?a"
    expected = [("kgr:a", "kgr:b"), ("kgr:b", "kgr:a")]
    assert run_query(path, sparql).rows == expected
    assert run_query(load_graph(path), sparql).rows == expected


# ---------------------------------------------------------------- output formats

RESULT = QueryResult(
    ["person", "claim", "n"],
    [("Volodymyr Zelensky", "We need\nguarantees, now", "1"), ("Erdoğan", None, "12")],
)


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        (
            "table",
            (
                "person              claim                    n\n"
                "------------------  -----------------------  --\n"
                "Volodymyr Zelensky  We need guarantees, now  1\n"
                "Erdoğan                                      12\n"
                "(2 rows)\n"
            ),
        ),
        (
            "csv",
            'person,claim,n\r\nVolodymyr Zelensky,"We need\nguarantees, now",1\r\nErdoğan,,12\r\n',
        ),
        (
            "json",
            (
                '[\n  {\n    "person": "Volodymyr Zelensky",\n'
                '    "claim": "We need\\nguarantees, now",\n    "n": "1"\n  },\n'
                '  {\n    "person": "Erdoğan",\n    "claim": null,\n    "n": "12"\n  }\n]\n'
            ),
        ),
    ],
)
def test_query_formats_render_results(fmt: str, text: str) -> None:
    assert format_result(RESULT, fmt) == text


def test_query_table_cuts_long_cells_when_asked() -> None:
    table = format_result(RESULT, "table", max_width=8)
    assert "Volodym…" in table and "We need…" in table


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats_handle_empty_results(fmt: str) -> None:
    text = format_result(QueryResult(["a", "b"], []), fmt)
    assert text == {"table": "a  b\n-  -\n(0 rows)\n", "csv": "a,b\r\n", "json": "[]\n"}[fmt]


def test_query_unknown_format_is_query_error() -> None:
    with pytest.raises(QueryError, match="unknown output format 'xml'; choose table, csv, json"):
        format_result(RESULT, "xml")


cell = st.none() | st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=20)


@given(st.lists(st.tuples(cell, cell), max_size=5))
def test_query_csv_and_json_round_trip(rows: list[tuple[str | None, ...]]) -> None:
    result = QueryResult(["a", "b"], rows)
    as_csv = list(csv.reader(io.StringIO(format_result(result, "csv"), newline="")))
    assert as_csv == [["a", "b"]] + [["" if v is None else v for v in row] for row in rows]
    as_json = json.loads(format_result(result, "json"))
    assert as_json == [{"a": a, "b": b} for a, b in rows]


# ---------------------------------------------------------------- JSON keeps numbers as numbers

TYPED = """\
SELECT ?i ?d ?f ?b ?date ?text ?iri ?bad ?inf ?none WHERE {
  BIND(12 AS ?i) BIND("0.90"^^xsd:decimal AS ?d) BIND("1.5e3"^^xsd:double AS ?f)
  BIND(true AS ?b)
  BIND("2025-02-19"^^xsd:date AS ?date) BIND("007" AS ?text) BIND(kgr:x AS ?iri)
  BIND("twelve"^^xsd:integer AS ?bad) BIND("INF"^^xsd:double AS ?inf)
}"""


def test_query_json_gives_numbers_and_booleans_as_json(graph: rdflib.Graph) -> None:
    result = run_query(graph, TYPED)
    [row] = json.loads(format_result(result, "json"))
    assert row == {"i": 12, "d": 0.9, "f": 1500.0, "b": True, "date": "2025-02-19",
                   "text": "007", "iri": "kgr:x", "bad": "twelve", "inf": "INF", "none": None}
    # CSV keeps the text of every value, as the query gave it
    [header, line] = list(csv.reader(io.StringIO(format_result(result, "csv"), newline="")))
    assert line == ["" if v is None else v for v in result.rows[0]]
    assert dict(zip(header, line))["text"] == "007" and dict(zip(header, line))["b"] == "true"


def test_query_json_counts_and_ask_on_the_small_graph(graph: rdflib.Graph) -> None:
    rows = json.loads(format_result(run_query(graph, get_query("who_met_whom").text), "json"))
    assert rows[0]["meetings"] == 2
    ask = json.loads(format_result(run_query(graph, "ASK { ?a kg:met ?b }"), "json"))
    assert ask == [{"ask": True}]
