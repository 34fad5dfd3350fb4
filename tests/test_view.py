"""The HTML page (kg.write.page): offline, escaped, deterministic, and showing the evidence."""

from __future__ import annotations

import html
import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib import namespace
from rdflib.namespace import DCTERMS, OWL, PROV

from rdflib import Namespace as _Namespace
from kg.namespace import KGR
from kg.write.page import _vendored, render_html, write_html

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE = f"{SCRIPT} {IMG} </script> \"double\" 'single' & <!-- <b>"
SCRIPTS_IN_PAGE = 3  # the JSON data, vis-network, our own code

REMOTE_ATTR = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
CSS_URL = re.compile(r"""\burl\(\s*(?!["']?data:)""", re.I)
STYLE = re.compile(r"<style>(.*?)</style>", re.S)
ANY_URL = re.compile(r"(?:https?:)?//[\w-]+(?:\.[\w-]+)+")
DATA = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)

KG = _Namespace("https://w3id.org/newskg/ontology#")  # every term, core and relations


def article(g: Graph, name: str, *, title: str | None, day: str | None) -> URIRef:
    node = KGR[f"article-{name}"]
    g.add((node, RDF.type, KG.Article))
    g.add((node, DCTERMS.identifier, Literal(f"{name}.txt")))
    if title is not None:
        g.add((node, DCTERMS.title, Literal(title)))
    if day is not None:
        g.add((node, DCTERMS.date, Literal(date.fromisoformat(day), datatype=namespace.XSD.date)))
    return node


def entity(g: Graph, name: str, kind: URIRef, label: str, *aliases: str) -> URIRef:
    node = KGR[name]
    g.add((node, RDF.type, kind))
    g.add((node, RDFS.label, Literal(label)))
    for alias in aliases:
        g.add((node, SKOS.altLabel, Literal(alias)))
    return node


def fact(g: Graph, name: str, kind: URIRef, source: URIRef, evidence: str, **about) -> URIRef:
    node = KGR[f"fact-{name}"]
    g.add((node, RDF.type, kind))
    g.add((node, PROV.wasDerivedFrom, source))
    g.add((node, KG.evidence, Literal(evidence)))
    g.add((node, KG.charStart, Literal(len(name))))
    g.add((node, KG.confidence, Literal("0.8", datatype=namespace.XSD.decimal)))
    for key, values in about.items():
        for value in values if isinstance(values, list) else [values]:
            g.add((node, KG[key], value))
    return node


def make_graph(
    *, label: str = "Vance", evidence: str = "Vance said so.", title: str = "T2"
) -> Graph:
    """Zelensky met Trump (two sentences, two articles); a planned meeting with Vance; Vance
    stated a claim; the US is a guarantor and Ukraine the recipient; NATO takes no part."""
    g = Graph()
    a1 = article(g, "a1", title="Talks in Riyadh", day="2025-02-19")
    a2 = article(g, "a2", title=title, day=None)
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
    fact(g, "m1", KG.Meeting, a1, "Zelensky met Trump in Washington.", **held)
    fact(g, "m2", KG.Meeting, a2, "The two leaders spoke by phone.", **held)
    planned = {"participant": [zel, vance], "status": Literal("planned")}
    fact(g, "m3", KG.Meeting, a1, "Zelensky will meet Vance next week.", **planned)
    claim = KGR["claim-1"]
    g.add((claim, RDF.type, KG.Claim))
    g.add((claim, KG.text, Literal(f"{label} thinks " + "peace must be just and lasting " * 4)))
    g.add((vance, KG.stated, claim))
    quote = {"speaker": vance, "claim": claim, "quoteType": Literal("direct")}
    fact(g, "s1", KG.Statement, a2, evidence, **quote)
    for country, role in ((us, KG.Guarantor), (ua, KG.Recipient)):
        g.add((country, KG.roleInSecurityGuarantees, role))
        g.add((role, SKOS.prefLabel, Literal(role.split("#")[-1].lower(), lang="en")))
        about = {"country": country, "role": role}
        fact(g, f"r-{country.split('-')[-1]}", KG.RoleAssertion, a1, "Guarantees.", **about)
    return g


def page_data(page: str) -> dict:
    match = DATA.search(page)
    assert match, "no data script in the page"
    return json.loads(match.group(1))


def tip_text(item: dict) -> str:
    return "\n".join(text for _, text in item["tip"])


def without_vendored(page: str) -> str:
    """The page minus vis-network's bundled JS and CSS (checked on their own)."""
    return page.replace(_vendored("vis-network.min.js"), "").replace(
        _vendored("vis-network.css"), ""
    )


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(make_graph(label=HOSTILE, evidence=HOSTILE, title=HOSTILE))


def test_view_loads_nothing_remote(page):
    assert not REMOTE_ATTR.search(page)
    styles = STYLE.findall(page)
    assert len(styles) == 2
    assert not any(CSS_URL.search(css) or "@import" in css for css in styles)
    # our template and the data hold no URL at all; vis-network's bundle only names its
    # licences and the SVG namespace, and loads none of them
    assert ANY_URL.findall(without_vendored(page)) == []
    assert "//" not in DATA.search(page).group(1)


def test_view_vendored_vis_loads_nothing_remote():
    for name in ("vis-network.min.js", "vis-network.css"):
        text = _vendored(name)
        assert not REMOTE_ATTR.search(text)
        assert "</script" not in text.lower() and "</style" not in text.lower()
    assert not CSS_URL.search(_vendored("vis-network.css"))


@pytest.mark.parametrize(
    "raw", [SCRIPT, "<script>alert", IMG, "<img src=x", "<!--", "</script> \""]
)
def test_view_hostile_text_is_not_markup(page, raw):
    assert raw not in page


def test_view_hostile_text_survives_as_data(page):
    assert page.lower().count("</script") == SCRIPTS_IN_PAGE
    data = page_data(page)
    headings = {n["tip"][0][1] for n in data["nodes"]}
    assert HOSTILE in headings  # the full name; the drawn label is cut to 40 characters
    assert any(n["label"].startswith(SCRIPT) for n in data["nodes"])
    tips = "\n".join(tip_text(item) for item in data["nodes"] + data["edges"])
    assert HOSTILE + " thinks peace" in tips  # the claim's full text
    assert f"a2.txt — {HOSTILE}" in tips  # the article title
    assert tips.count(HOSTILE) >= 4


def test_view_tooltips_are_built_as_text_nodes(page):
    ours = without_vendored(page)
    assert "innerHTML" not in ours and "insertAdjacentHTML" not in ours
    assert "row.textContent = line[1]" in ours


@pytest.mark.parametrize("title", ["newskg graph", HOSTILE])
def test_view_title_is_escaped(title):
    page = render_html(make_graph(), title=title)
    assert f"<title>{html.escape(title)}</title>" in page
    assert f"<h1>{html.escape(title)}</h1>" in page
    assert page.lower().count("</script") == SCRIPTS_IN_PAGE
    assert SCRIPT not in page


def test_view_render_is_deterministic():
    first = render_html(make_graph())
    shuffled = Graph()
    for triple in sorted(make_graph(), reverse=True):
        shuffled.add(triple)
    assert render_html(make_graph()) == first
    assert render_html(shuffled) == first


def test_view_legend_lists_every_type(page):
    legend = re.search(r'<ul id="kg-legend">(.*?)</ul>', page, re.S).group(1)
    for kind in ("Person", "Country", "Organization", "Claim", "Role", "met", "stated"):
        assert f"{kind}" in legend
    assert "planned meeting" in legend and "role in security guarantees" in legend


def test_view_met_is_one_edge_with_all_its_evidence():
    data = page_data(render_html(make_graph()))
    label = {n["id"]: n["label"] for n in data["nodes"]}
    met = [e for e in data["edges"] if e["label"] == "met"]
    assert len(met) == 1
    assert {label[met[0]["from"]], label[met[0]["to"]]} == {"Volodymyr Zelensky", "Donald Trump"}
    tip = tip_text(met[0])
    for expected in (
        "Zelensky met Trump in Washington.",
        "a1.txt — Talks in Riyadh (2025-02-19)",
        "The two leaders spoke by phone.",
        "a2.txt — T2",
        "2 evidence sentences",
    ):
        assert expected in tip
    assert met[0]["value"] == 2


@pytest.mark.parametrize(
    ("label", "ends", "kind", "evidence"),
    [
        ("planned", ("Vance", "Volodymyr Zelensky"), "planned", "will meet Vance next week"),
        ("stated", ("Vance", "Vance thinks peace"), "stated", "Vance said so."),
        ("guarantor", ("United States", "Guarantor"), "role", "Guarantees."),
        ("recipient", ("Ukraine", "Recipient"), "role", "Guarantees."),
    ],
)
def test_view_edges_are_labelled_with_evidence(label, ends, kind, evidence):
    data = page_data(render_html(make_graph()))
    names = {n["id"]: n["label"] for n in data["nodes"]}
    [edge] = [e for e in data["edges"] if e["label"] == label]
    first, second = sorted([names[edge["from"]], names[edge["to"]]]) if kind == "planned" else (
        names[edge["from"]], names[edge["to"]])
    assert first == ends[0] and second.startswith(ends[1])
    assert evidence in tip_text(edge)


def test_view_nodes_are_typed_and_claims_truncated():
    data = page_data(render_html(make_graph()))
    group = {n["label"]: n["group"] for n in data["nodes"]}
    assert group["Volodymyr Zelensky"] == "Person"
    assert group["United States"] == group["Ukraine"] == "Country"
    assert group["Guarantor"] == group["Recipient"] == "Role"
    assert "NATO" not in group  # takes part in no fact
    [claim] = [n for n in data["nodes"] if n["group"] == "Claim"]
    assert len(claim["label"]) <= 80 and claim["label"].endswith("…")
    assert "just and lasting peace must be just and lasting" in tip_text(claim)
    [zel] = [n for n in data["nodes"] if n["label"] == "Volodymyr Zelensky"]
    assert "also: Zelenskyy" in tip_text(zel)
    assert "same as http://www.wikidata.org/entity/Q3881" in tip_text(zel)


def test_view_header_counts_facts():
    page = render_html(make_graph())
    counts = re.search(r'<span id="kg-counts">(.*?)</span>', page).group(1)
    assert counts == "5 entities · 1 met · 1 planned meeting · 1 stated · 2 roles"


def test_view_empty_graph_says_so():
    page = render_html(Graph())
    assert "This graph has no facts to show." in page
    assert page_data(page)["nodes"] == [] and page_data(page)["edges"] == []
    assert page.lower().count("</script") == SCRIPTS_IN_PAGE


def test_view_write_html_writes_the_page(tmp_path):
    graph = make_graph()
    path = write_html(graph, tmp_path / "out" / "graph.html")
    assert path == tmp_path / "out" / "graph.html"
    assert path.read_text(encoding="utf-8") == render_html(graph)
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    label=st.text(min_size=1, max_size=40),
    evidence=st.text(min_size=1, max_size=60),
    title=st.text(max_size=40),
)
def test_view_any_text_stays_data(label, evidence, title):
    page = render_html(make_graph(label=label, evidence=evidence, title=title))
    assert page.lower().count("</script") == SCRIPTS_IN_PAGE
    assert not REMOTE_ATTR.search(page)
    assert ANY_URL.findall(without_vendored(page)) == []
    data = page_data(page)
    for text in (label, evidence, title):
        if set(text) & set("<>&"):
            assert f"{text}" not in DATA.search(page).group(1)
    tips = "\n".join(tip_text(item) for item in data["nodes"] + data["edges"])
    assert label in {n["tip"][0][1] for n in data["nodes"]}
    assert evidence in tips and f"a2.txt — {title}" in tips
