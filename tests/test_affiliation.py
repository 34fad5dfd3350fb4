"""Affiliations: a person's office and the country or organisation it belongs to, in every
way news writes it; titles never become part of names. Passages written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import extract_articles
from kg.read import read_text
from kg.relations.affiliation import Affiliation


def affiliations(text: str) -> set[tuple[str, str | None, str]]:
    result = extract_articles([read_text(text, id="t.txt")])
    label = {k: e.label for k, e in result.entities.items()}
    return {(label[f.person], f.title, label[f.affiliation])
            for f in result.facts if isinstance(f, Affiliation)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean Foreign Minister Carla Medina met reporters in Lima.",
         ("Carla Medina", "foreign minister", "Chile")),
        ("Chile's Foreign Minister Carla Medina arrived on Monday.",
         ("Carla Medina", "foreign minister", "Chile")),
        ("NATO Secretary General Jens Berg arrived in Vilnius.",
         ("Jens Berg", "secretary general", "NATO")),
        ("U.S. Secretary of State Tom Reyes landed in Cairo.",
         ("Tom Reyes", "secretary of state", "United States")),
        ("British Defence Secretary Oliver Hart spoke first.",
         ("Oliver Hart", "defense secretary", "United Kingdom")),
        ("Kremlin spokesman Ivan Orlov said nothing.",
         ("Ivan Orlov", "spokesman", "Kremlin")),
        ("EU foreign policy chief Lena Moor warned of delays.",
         ("Lena Moor", "foreign policy chief", "European Union")),
        ("Carla Medina, Chile's foreign minister, said the talks were useful.",
         ("Carla Medina", "foreign minister", "Chile")),
        ("Chile's foreign minister, Carla Medina, said the talks were useful.",
         ("Carla Medina", "foreign minister", "Chile")),
        ("Jens Berg, the NATO secretary general, said the alliance was united.",
         ("Jens Berg", "secretary general", "NATO")),
        ("President Luc Martin of France opened the summit.",
         ("Luc Martin", "president", "France")),
        ("Poland's Jan Nowicki stayed at home.", ("Jan Nowicki", None, "Poland")),
    ],
)
def test_affiliation_patterns(nlp, text, expected):
    assert expected in affiliations(text)


def test_affiliation_of_a_role_phrase_resolved_to_a_person_named_before(nlp):
    text = ("Special envoy Tom Reyes arrived in Cairo on Monday.\n\n"
            "The U.S. envoy said he was hopeful about the talks.")
    assert ("Tom Reyes", "envoy", "United States") in affiliations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Former Chilean Foreign Minister Carla Medina wrote a book.",  # a past office
        "Chilean and Peruvian Foreign Ministers Carla Medina and Luis Vega met in Lima.",  # shared
        "Carla Medina met a Chilean delegation in Lima.",  # no title of hers
        "Carla Medina, who visited Chile last year, wrote a book.",  # a visit is no office
    ],
)
def test_affiliation_not_read_where_the_text_does_not_say_it(nlp, text):
    assert not {a for a in affiliations(text) if a[0] == "Carla Medina"}


def test_affiliation_titles_are_never_part_of_a_name(nlp):
    text = ("National Security Adviser Mark Hollis met Prime Ministers Carla Medina and Luis Vega. "
            "Cardinal Pietro Lanza met Mark Hollis later.")
    result = extract_articles([read_text(text, id="t.txt")])
    names = {e.label for e in result.entities.values() if e.type == "Person"}
    assert {"Mark Hollis", "Carla Medina", "Luis Vega", "Pietro Lanza"} <= names
    assert not any(word in name for name in names for word in ("Adviser", "Ministers", "Cardinal"))


def test_affiliation_is_a_direct_triple_backed_by_its_evidence_node(nlp):
    from rdflib import URIRef

    from kg.ontology import validate
    from kg.write.rdf import to_graph

    result = extract_articles([read_text("date: 2025-03-01\n\nNATO Secretary General Jens Berg "
                                         "met Chilean Foreign Minister Carla Medina.\n", id="t.txt")])
    graph = to_graph(result)
    kg = "https://w3id.org/newskg/ontology#"
    bodies = {str(o) for o in graph.objects(None, URIRef(kg + "affiliation"))}
    assert "https://w3id.org/newskg/id/org-nato" in bodies
    assert "https://w3id.org/newskg/id/country-CL" in bodies
    assert (URIRef("https://w3id.org/newskg/id/org-nato"),
            URIRef("http://www.w3.org/2002/07/owl#sameAs"),
            URIRef("http://www.wikidata.org/entity/Q7184")) in graph
    conforms, report = validate(graph)
    assert conforms, report
