"""Hostile and odd input never crashes extraction and never breaks the graph."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.write.rdf import serialize, to_graph
from kg.ontology import validate
from kg.pipeline import extract_articles
from kg.errors import InputError
from kg.read import read_articles, read_text

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


# Fuzz: any text, any JSONL line, through read -> extract -> Turtle -> two parsers ---------------

NAMES = ["Anna Berg", "Seán Ó Fearghaíl", "Mary-Kate O'Brien-Smythe", "Jean-Claude d'Artagnan",
         "John Smith Jr.", "محمد بن سلمان", "Ангела Шмидт", "李强"]
HOSTILE_PIECES = [
    "\"", "“", "”", "«", "»", "'", "\\", "\\\"", "\n", "\n\n", "\t", "\x00", "\x07", "\x1b[2J",
    "\x1b]0;t\x07", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\ud800", "\udfff",
    "\u202e", "\u2066", "\u200f", "\ufeff", "\ufffe", "🙂", "👨‍👩‍👧", "<", ">", "&", "]]>", "@",
    " said ", " met ", " told ", " according to ", " troops ", " guarantees ", " Ukraine ",
    ". ", ", ", ": ", "President ", "Chancellor ",
]
FUZZ_TEXT = st.one_of(
    st.lists(st.sampled_from(HOSTILE_PIECES + NAMES), max_size=60).map("".join),
    st.text(max_size=300),
    st.builds(lambda name, quote, other: f'{name} met {other}. "{quote}," {name} said.',
              st.sampled_from(NAMES), st.text(max_size=80), st.sampled_from(NAMES)),
)


def _round_trip(articles):
    import pyoxigraph as ox
    import rdflib

    result = extract_articles(articles)
    data = serialize(to_graph(result))
    rdflib.Graph().parse(data=data, format="turtle")
    list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    for fact in result.facts:
        article = next(a for a in articles if a.id == fact.evidence.article_id)
        assert 0 <= fact.evidence.start <= fact.evidence.end <= len(article.text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(FUZZ_TEXT)
def test_robust_fuzz_text_round_trips(nlp, text):
    _round_trip([read_text(text, id="fuzz.txt")])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(FUZZ_TEXT.map(lambda t: json.dumps({"text": t, "id": t[:12]})),
                          FUZZ_TEXT), min_size=1, max_size=4))
def test_robust_fuzz_jsonl_lines(nlp, tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "lines.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    skipped: list[str] = []
    try:
        articles = list(read_articles([path], skip=skipped.append))
    except InputError as exc:  # the one allowed failure: two lines with the same id
        assert "duplicate article id" in exc.line() or "not UTF-8" in exc.line()
        return
    _round_trip(articles)
