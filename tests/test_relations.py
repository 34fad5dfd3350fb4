"""The relation-module API: a relation declared once reaches every part of newskg.

A toy relation, *visited* (a person visited a country), is declared here in the test suite —
its fact, extractor, RDF, ontology and shapes, page view, CSV columns and gold matching — and
registered; nothing in the library changes, and it shows up in the Turtle, the SHACL check,
the page, the CSV, ``kg explain`` and ``kg eval``. Also: every built-in relation declares
everything, a name can be registered only once, and entity IRIs stay put as a corpus grows.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from kg.article.context import DocContext, person_key
from kg.article.evidence import make_evidence
from kg.eval import evaluate
from kg.explain import explain_fact
from kg.iri import entity_iri
from kg.model import Evidence
from kg.nlp import sentence_of
from kg.ontology import validate
from kg.pipeline import extract_articles
from kg.read import read_text
from kg.relations import Gold, Relation, Rule, View, register, relations, unregister
from kg.terms import label
from kg.write.export import export
from kg.write.page import render_html
from kg.write.page.data import page_data
from kg.write.rdf import serialize, to_graph

TOY = Namespace("https://example.org/toy#")


@dataclass(frozen=True)
class Visit:
    person: str
    country: str
    evidence: Evidence


def extract_visits(ctx: DocContext):
    for verb in ctx.doc:
        if verb.lemma_ != "visit":
            continue
        people = [r for c in verb.children if c.dep_ == "nsubj" for r in ctx.people(c)]
        places = [ctx.country(c) for c in verb.children if c.dep_ == "dobj"]
        for person in people:
            for place in places:
                if place is not None:
                    sent = sentence_of(verb)
                    ev = make_evidence(ctx, sent.start_char, sent.end_char,
                                       extractor="visited", rule="visited/verb")
                    yield Visit(person_key(person.cluster), f"country/{place.iso2}", ev)


def _ends(g: Graph, node):
    return [(p, c) for p in g.objects(node, TOY.visitor) for c in g.objects(node, TOY.visited)]


ONTOLOGY = """
@prefix toy: <https://example.org/toy#> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
toy:Visit a owl:Class ; rdfs:subClassOf kg:Fact ; rdfs:label "Visit" .
toy:visitor a owl:ObjectProperty ; rdfs:label "visitor" .
toy:visited a owl:ObjectProperty ; rdfs:label "visited" .
"""
SHAPES = """
@prefix toy: <https://example.org/toy#> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix kgsh: <https://w3id.org/newskg/shapes#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
toy:VisitShape a sh:NodeShape ; sh:node kgsh:FactShape ; sh:targetClass toy:Visit ;
    sh:property [ sh:path toy:visited ; sh:minCount 1 ; sh:class kg:Country ;
                  sh:message "a visit is to a country" ] .
"""


@pytest.fixture()
def toy():
    relation = register(Relation(
        name="visited",
        fact=Visit,
        node_class=TOY.Visit,
        extractors={"test.visited.v1": extract_visits},
        rules=(Rule("visited/verb", 0.7, "\"X visited Y\""),),
        entities=("person", "country"),
        triples=lambda fact, node: [
            (node, RDF.type, TOY.Visit), (node, TOY.visitor, entity_iri(fact.person)),
            (node, TOY.visited, entity_iri(fact.country)),
            (entity_iri(fact.person), TOY.visited, entity_iri(fact.country))],
        ontology=ONTOLOGY,
        shapes=SHAPES,
        view=View(label="visited (a country)", color="#123456", ends=_ends),
        columns=("toy_note",),
        row=lambda g, n: {"subject": label(g, next(g.objects(n, TOY.visitor))),
                          "object": label(g, next(g.objects(n, TOY.visited))),
                          "toy_note": "a visit"},
        gold=Gold(item=lambda item: (item["person"], item["country"]),
                  entities=lambda item: [item["person"], item["country"]],
                  predicted=lambda g, n, resolve: [(resolve(p), resolve(c)) for p, c in _ends(g, n)]),
        describe=lambda g, n: [("visitor", label(g, next(g.objects(n, TOY.visitor))))],
        queries={"toy_visits": "# Who visited which country\nSELECT ?p ?c WHERE { ?p a kg:Person ; "
                               "<https://example.org/toy#visited> ?c } ORDER BY ?p"},
    ))
    yield relation
    unregister("visited")


PASSAGE = """date: 2025-04-02
title: A visit

President Anna Berg visited Chile on Monday. Berg met Chancellor Jonas Lind there.
"""


def test_relations_a_toy_relation_reaches_every_output(nlp, toy):
    result = extract_articles([read_text(PASSAGE, id="toy.txt")])
    [visit] = [f for f in result.facts if isinstance(f, Visit)]
    assert result.entities[visit.country].label == "Chile"
    graph = to_graph(result)
    assert (toy.fact_node(visit), RDF.type, TOY.Visit) in graph
    assert b"https://example.org/toy#" in serialize(graph)
    conforms, report = validate(graph)
    assert conforms, report
    # the page draws its edge, with its legend row and filter, and counts its fact
    page = render_html(graph)
    data = page_data(graph)
    r = [rel["n"] for rel in data["relations"]].index("visited")
    assert '<span class="kg-name">visited (a country)</span>' in page
    assert f'data-rel="{r}:0"' in page and "1 visited" in page
    [edge] = [e for e in data["edges"] if e["r"] == r]
    assert {data["nodes"][edge["a"]]["l"], data["nodes"][edge["b"]]["l"]} == {"Anna Berg", "Chile"}
    # the CSV has its row and its own column
    rows = list(csv.DictReader(io.StringIO(export(graph, "csv").decode())))
    [row] = [r for r in rows if r["relation"] == "visited"]
    assert (row["subject"], row["object"], row["toy_note"]) == ("Anna Berg", "Chile", "a visit")
    # kg explain describes it
    node = toy.fact_node(visit)
    assert "visitor:" in explain_fact(graph, str(node)) and "type:" in explain_fact(graph, str(node))
    # kg eval scores it against a gold file that lists it
    gold = {"schema": "newskg-gold/1",
            "entities": {"berg": {"type": "Person", "aliases": ["Anna Berg"]},
                         "lind": {"type": "Person", "aliases": ["Jonas Lind"]},
                         "chile": {"type": "Country", "aliases": ["Chile"]}},
            "articles": {"toy.txt": {"met": [{"pair": ["berg", "lind"]}], "stated": [],
                                     "roles": [], "visited": [{"person": "berg",
                                                               "country": "chile"}]}}}
    report = evaluate(graph, gold)
    assert report.relations["visited"].tp == 1 and report.relations["visited"].fp == 0
    # its query is shipped with the others
    from kg.query import get_query, run_query

    assert run_query(graph, get_query("toy_visits").text).rows == [
        (str(entity_iri(visit.person)).replace("https://w3id.org/newskg/id/", "kgr:"),
         "kgr:country-CL")]


def test_relations_names_are_registered_once(toy):
    with pytest.raises(ValueError, match="already registered"):
        register(toy)
    with pytest.raises(ValueError, match="extractor 'kg.met.v1' is already registered"):
        register(Relation(name="other", fact=Visit, node_class=TOY.Other,
                          extractors={"kg.met.v1": extract_visits}, entities=(),
                          triples=lambda f, n: []))


def test_relations_rules_are_declared_once_under_their_relation(toy):
    with pytest.raises(ValueError, match="must start with 'other/'"):
        register(Relation(name="other", fact=Visit, node_class=TOY.Other, extractors={},
                          entities=(), triples=lambda f, n: [], rules=(Rule("visited/x", 0.5),)))
    with pytest.raises(ValueError, match="'other/x' is already declared"):
        register(Relation(name="other", fact=Visit, node_class=TOY.Other, extractors={},
                          entities=(), triples=lambda f, n: [],
                          rules=(Rule("other/x", 0.5), Rule("other/x", 0.6))))
    assert "other" not in {r.name for r in relations()}


def test_relations_confidence_is_set_in_one_place(toy):
    from kg.calibration import RESOLVED, confidence, table

    assert "visited/verb" not in table()
    assert confidence("visited/verb", False) == 0.7  # the declared prior, unmeasured
    assert confidence("visited/verb", True) == round(0.7 * RESOLVED, 2)
    measured = next(k for k in table() if "|" not in k)
    assert confidence(measured, False) == table()[measured]
    with pytest.raises(ValueError, match="not declared"):
        confidence("visited/nothing", False)


@pytest.mark.parametrize("rel", relations(), ids=lambda r: r.name)
def test_relations_builtin_declare_everything(rel):
    assert rel.rules and all(r.about for r in rel.rules)
    assert rel.extractors and rel.entities and rel.ontology and rel.shapes and rel.terms
    assert rel.view is not None and rel.row is not None and rel.gold is not None
    assert rel.describe is not None and rel.queries and rel.summary
    assert all(name.startswith(f"kg.{rel.name}.v") for name in rel.extractors)


# Stable identities ------------------------------------------------------------------------------


def _person_iris(*texts: str) -> dict[str, URIRef]:
    articles = [read_text(t, id=f"a{i}.txt") for i, t in enumerate(texts)]
    result = extract_articles(articles)
    return {e.label: entity_iri(k) for k, e in result.entities.items() if e.type == "Person"}


def test_relations_an_iri_does_not_change_as_the_corpus_grows(nlp):
    first = "President Anna Berg met Chancellor Jonas Lind in Oslo."
    grown = _person_iris(first, "Chancellor Jonas Lind met President Anna Berg again.",
                         "Chancellor Jonnas Lind met President Anna Berg later.",  # a new spelling
                         "Lind said the talks went well. Lind met Anna Berg.")
    alone = _person_iris(first)
    assert grown["Jonas Lind"] == alone["Jonas Lind"]
    assert grown["Anna Berg"] == alone["Anna Berg"]
    overlapping = _person_iris("Chancellor Jonas Lind visited Riga. Lind met President Ilze Kalna.")
    assert overlapping["Jonas Lind"] == alone["Jonas Lind"]  # another corpus, the same full name


def test_relations_keys_follow_the_documented_rule():
    from kg.corpus.identity import person_key

    assert person_key(["Donald J. Trump", "Donald Trump", "Trump"]) == "person/donald-trump"
    assert person_key(["Volodymyr Zelenskyy"]) == person_key(["Volodymyr Zelensky"])
    assert person_key(["Recep Tayyip Erdoğan", "Tayyip Erdogan"]) == "person/tayip-erdogan"
    assert person_key(["Lind"]) == "person/lind"
    assert person_key(["J. Lind", "Jonas Lind"]) == "person/jonas-lind"
    assert person_key(["Anna Berg"], linked="Anna Maria Berg") == "person/ana-maria-berg"


def test_relations_every_shipped_query_runs_on_a_real_build(nlp, tmp_path):
    from kg.query import list_queries, run_query

    graph = to_graph(extract_articles([read_text(PASSAGE, id="toy.txt")]))
    values = {"name": "anna berg", "affiliation": "Chile", "article_id": "toy.txt"}
    for query in list_queries():
        asked = re.findall(r"--bind (\w+)=", query.description)
        result = run_query(graph, query.text, bindings={k: values[k] for k in asked} or None)
        assert result.columns and all(len(row) == len(result.columns) for row in result.rows)
