"""Hostile and odd input never crashes extraction and never breaks the graph."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.graph import serialize, to_graph
from kg.ontology import validate
from kg.pipeline import extract_articles
from kg.read import read_text

ODD = [
    "",
    "\n\n\n",
    "“" * 50,
    '"' * 51,
    "He said: “",
    "<script>alert(1)</script> President Anna Berg said \"<img src=x onerror=alert(1)>\".",
    "Президент сказал, что всё хорошо. 大统领说一切都好。",
    "President Anna Berg said " + "very " * 2000 + "good.",
    "U.S.-led talks: Mr. O'Neil met Ms. D'Arcy-Smith on 3/4/2025.",
    "🙂 President Anna Berg said: 🙂🙂 “We are 🙂 ready.” 🙂",
    "\u202eevil\u202c President Anna Berg met Chancellor Jonas Lind.\u0000",
]


@pytest.mark.parametrize("text", ODD)
def test_robust_odd_text(nlp, text):
    result = extract_articles([read_text(text, id="odd.txt")])
    graph = to_graph(result)
    assert serialize(graph)
    conforms, report = validate(graph)
    assert conforms, report


PIECES = list("ab cD.,:;\"“”'\n") + [" said ", " met ", "Anna Berg", " Norway ", " troops "]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_robust_random_text(nlp, text):
    result = extract_articles([read_text(text, id="random.txt")])
    for fact in result.facts:
        assert 0 <= fact.evidence.start <= fact.evidence.end <= len(text)
