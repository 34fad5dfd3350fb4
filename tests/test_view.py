"""The HTML page (kg.write.page) as data and as a string: offline, escaped, deterministic, drawn
from the relations' views, and carrying every fact's evidence. The page in a real browser is
tests/test_page_browser.py."""

from __future__ import annotations

import html
import json
import math
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.write.page import JS_PARTS, render_html, vendored, write_html
from kg.write.page.data import FOLD_AT, SHOW_FIRST, counts_text, page_data
from kg.write.page.layout import RING_GAP, _boxes, place
from page_graphs import HOSTILE, IMG, JS_URL, SCRIPT, crowd_graph, hostile_graph, make_graph

SCRIPTS_IN_PAGE = 3  # the JSON data, vis-network, our own code

REMOTE_ATTR = re.compile(r"""\b(?:src|href|action)\s*=\s*["']?\s*(?:[a-z]+:)?//""", re.I)
CSS_URL = re.compile(r"""\burl\(\s*(?!["']?data:)""", re.I)
STYLE = re.compile(r"<style>(.*?)</style>", re.S)
ANY_URL = re.compile(r"(?:https?:)?//[\w-]+(?:\.[\w-]+)+")
DATA = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)
UNSAFE_JS = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\b|"
                       r"new Function|setTimeout\(\s*[\"']|\.src\s*=|srcdoc")


def data_of(page: str) -> dict:
    match = DATA.search(page)
    assert match, "no data script in the page"
    return json.loads(match.group(1))


def ours(page: str) -> str:
    """The page minus vis-network's bundled JS and CSS (checked on their own)."""
    return page.replace(vendored("vis-network.min.js"), "").replace(vendored("vis-network.css"), "")


def node(data: dict, label: str) -> int:
    [found] = [i for i, n in enumerate(data["nodes"]) if n["l"] == label]
    return found


def relation(data: dict, name: str) -> int:
    return [r["n"] for r in data["relations"]].index(name)


@pytest.fixture(scope="module")
def hostile() -> str:
    return render_html(hostile_graph())


@pytest.fixture(scope="module")
def data() -> dict:
    return data_of(render_html(make_graph()))


def test_view_loads_nothing_remote(hostile):
    assert not REMOTE_ATTR.search(hostile)
    styles = STYLE.findall(hostile)
    assert len(styles) == 2
    assert not any(CSS_URL.search(css) or "@import" in css for css in styles)
    # the template and the scripts hold no URL; the data's URLs cannot be read as one
    assert ANY_URL.findall(ours(DATA.sub("", hostile))) == []
    assert "//" not in DATA.search(hostile).group(1)
    # and the page forbids itself any request, should anything try
    assert "Content-Security-Policy" in hostile and "default-src 'none'" in hostile


def test_view_vendored_vis_loads_nothing_remote():
    for name in ("vis-network.min.js", "vis-network.css"):
        text = vendored(name)
        assert not REMOTE_ATTR.search(text)
        assert "</script" not in text.lower() and "</style" not in text.lower()
    assert not CSS_URL.search(vendored("vis-network.css"))


@pytest.mark.parametrize("raw", [SCRIPT, "<script>window", IMG, "<img src=x", "<!--",
                                 '</script> "', "\u202e"])
def test_view_hostile_text_is_not_markup(hostile, raw):
    assert raw not in hostile  # (a javascript: URL is plain text in the data: see below)


def test_view_hostile_text_survives_as_data(hostile):
    assert hostile.lower().count("</script") == SCRIPTS_IN_PAGE
    data = data_of(hostile)
    labels = [n["l"] for n in data["nodes"]]
    assert HOSTILE in labels  # the person, named in full (the page cuts what it draws)
    assert HOSTILE + " thinks peace" in " ".join(labels)  # the claim
    assert HOSTILE in data["texts"]  # the evidence sentence
    [a2] = [a for a in data["articles"] if a["n"] == "a2.txt"]
    assert a2["t"] == HOSTILE and data["outlets"][a2["o"][0]] == HOSTILE
    assert "u" not in a2 and a2["q"] == [JS_URL]  # never a link: shown as text


def test_view_scripts_build_text_nodes_only():
    code = ours(render_html(make_graph()))
    assert len(JS_PARTS) == code.count("newskg graph page, part")  # each inlined
    assert not UNSAFE_JS.search(code)
    assert "textContent" in code and "WEB.test(url)" in code


@pytest.mark.parametrize("title", ["newskg graph", HOSTILE])
def test_view_title_is_escaped(title):
    page = render_html(make_graph(), title=title)
    assert f"<title>{html.escape(title)}</title>" in page
    assert f"<h1>{html.escape(title)}</h1>" in page
    assert page.lower().count("</script") == SCRIPTS_IN_PAGE
    assert SCRIPT not in page


def test_view_render_is_deterministic():
    first = render_html(crowd_graph(people=60, claims=40))
    shuffled = Graph()
    for triple in sorted(crowd_graph(people=60, claims=40), reverse=True):
        shuffled.add(triple)
    assert render_html(crowd_graph(people=60, claims=40)) == first
    assert render_html(shuffled) == first


def test_view_legend_comes_from_the_views():
    page = render_html(make_graph())
    legend = re.search(r'<aside id="kg-filters".*?</aside>', page, re.S).group(0)
    for text in ("Person", "Country", "Organization", "Claim", "Role", "met (meeting, call, talks)",
                 "planned meeting", "stated (claim)", "role in security guarantees",
                 "affiliation (office)"):
        assert f'<span class="kg-name">{text}</span>' in legend
    data = data_of(page)
    boxes = re.findall(r'data-rel="(\d+):(\d+)"', legend)
    assert len(boxes) == sum(1 + len(r["v"]) for r in data["relations"])
    assert [r["n"] for r in data["relations"]] == ["met", "stated", "roles", "affiliation"]


def test_view_met_is_one_edge_with_all_its_evidence(data):
    met, zel, trump = relation(data, "met"), node(data, "Volodymyr Zelensky"), node(data, "Donald Trump")
    [edge] = [e for e in data["edges"] if e["r"] == met and "v" not in e]
    assert {edge["a"], edge["b"]} == {zel, trump}
    facts = [data["facts"][f] for f in edge["f"]]
    assert sorted(data["texts"][f["e"]] for f in facts) == [
        "The two leaders spoke by phone.", "Zelensky met Trump in Washington."]
    sources = {data["articles"][a]["n"]: data["articles"][a] for f in facts for a in f["a"]}
    assert sources["a1.txt"]["t"] == "Talks in Riyadh" and sources["a1.txt"]["d"] == "2025-02-19"
    assert sources["a2.txt"]["u"] == ["https://example.org/a2"]
    assert data["outlets"][sources["a2.txt"]["o"][0]] == "Kyiv Post"


@pytest.mark.parametrize(("name", "variant", "ends", "evidence"), [
    ("met", 1, ("Volodymyr Zelensky", "Vance"), "Zelensky will meet Vance next week."),
    ("stated", 0, ("Vance", "Vance thinks peace"), "Vance said so."),
    ("roles", 0, ("United States", "Guarantor"), "Guarantees."),
    ("roles", 0, ("Ukraine", "Recipient"), "Guarantees."),
    ("affiliation", 0, ("Vance", "United States"), "US Vice President Vance."),
])
def test_view_edges_per_relation_and_pair(data, name, variant, ends, evidence):
    r = relation(data, name)
    found = [e for e in data["edges"] if e["r"] == r and e.get("v", 0) == variant
             and {data["nodes"][e["a"]]["l"][:17], data["nodes"][e["b"]]["l"][:17]}
             == {ends[0][:17], ends[1][:17]}]
    assert len(found) == 1
    [edge] = found
    assert evidence in [data["texts"][data["facts"][f]["e"]] for f in edge["f"]]
    if data["relations"][r]["a"]:  # directed: from the subject
        assert data["nodes"][edge["a"]]["l"] == ends[0]


def test_view_facts_carry_date_confidence_source_and_iri(data):
    by_text = {data["texts"][f["e"]]: f for f in data["facts"]}
    day = by_text["Zelensky met Trump in Washington."]
    assert (day["d"], day["p"], day["c"], day["i"]) == (20137, "day", 0.9, "kgr:fact-m1")
    month = by_text["The two leaders spoke by phone."]
    assert (month["d"], month["p"], month["c"]) == (20120, "month", 0.6)  # 2025-02-01
    assert by_text["Zelensky will meet Vance next week."]["p"] == "article"
    assert by_text["Vance said so."]["x"] == "quote: direct"
    assert by_text["US Vice President Vance."]["x"] == "title: vice president"
    assert "status: held" in day["x"] and "event: kgr:event-e1" in day["x"]


def test_view_nodes_are_typed_named_and_affiliated(data):
    types = [t["n"] for t in data["types"]]
    kind = {n["l"][:20]: types[n["t"]] for n in data["nodes"]}
    assert kind["Volodymyr Zelensky"] == "Person"
    assert kind["United States"] == kind["Ukraine"] == "Country"
    assert kind["Guarantor"] == kind["Recipient"] == "Role"
    assert kind["Vance thinks peace m"] == "Claim"
    assert "NATO" not in kind  # takes part in no fact
    zel = data["nodes"][node(data, "Volodymyr Zelensky")]
    assert zel["k"] == ["Zelenskyy"] and zel["s"] == ["http://www.wikidata.org/entity/Q3881"]
    assert zel["w"] == 3
    us = node(data, "United States")
    assert data["nodes"][node(data, "Vance")]["g"] == [us]  # affiliation: a membership view
    assert data["nodes"][us]["g"] == [us]
    [claim] = [n for n in data["nodes"] if "o" in n]
    assert claim["o"] == node(data, "Vance")


def test_view_timeline_items_come_from_the_views(data):
    met, stated = relation(data, "met"), relation(data, "stated")
    moments = [(m["r"], m.get("v", 0), m["d"], m["l"], len(m["f"])) for m in data["moments"]]
    assert moments == [
        (met, 0, 20137, "Donald Trump, Volodymyr Zelensky (held)", 2),
        (stated, 0, 20139, "Vance: Vance thinks " + "peace must be just and lasting " * 4, 1),
        (met, 1, 20145, "Vance, Volodymyr Zelensky (planned)", 1),
    ]


def test_view_header_counts_facts_per_relation():
    page = render_html(make_graph())
    counts = re.search(r'<span id="kg-counts"[^>]*>(.*?)</span>', page).group(1)
    assert counts == "5 entities · 2 met · 1 planned meeting · 1 stated · 2 roles · 1 affiliation"
    assert counts_text(data_of(page), [0]) == "5 entities · 1 met"


def test_view_layout_is_whole_numbers_and_claims_fold_around_their_speaker():
    data = page_data(crowd_graph(people=SHOW_FIRST + 20, claims=FOLD_AT + 4))
    place(data)
    spots = {(n["x"], n["y"]) for n in data["nodes"]}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len(spots) == len(data["nodes"])  # no two nodes on one spot
    host = data["nodes"][node(data, "Hanna Host")]
    for claim in (n for n in data["nodes"] if "o" in n):
        ring = math.hypot(claim["x"] - host["x"], claim["y"] - host["y"]) / RING_GAP
        assert abs(ring - round(ring)) < 0.05 and round(ring) >= 1


def test_view_layout_puts_no_box_over_another_beyond_the_first_shown():
    data = page_data(crowd_graph(people=SHOW_FIRST * 5, claims=3))
    place(data)
    nodes = data["nodes"]
    half = _boxes(list(range(len(nodes))), [n["w"] for n in nodes], [n["l"] for n in nodes])
    entity = [i for i, n in enumerate(nodes) if data["types"][n["t"]]["k"] == "entity"]
    top = set(sorted(entity, key=lambda i: (-nodes[i]["w"], i))[:SHOW_FIRST])
    later = [i for i in entity if i not in top]
    assert len(later) > 3 * SHOW_FIRST
    for i in later:  # placed one by one at a free spot: clear of everything placed before
        for j in range(len(nodes)):
            if j != i:
                gap = [abs(nodes[i][k] - nodes[j][k]) for k in ("x", "y")]
                assert not (gap[0] + 1 < half[i][0] + half[j][0]
                            and gap[1] + 1 < half[i][1] + half[j][1]), (nodes[i]["l"], nodes[j]["l"])


def test_view_build_page_is_kg_view_of_its_turtle(nlp, tmp_path):
    from typer.testing import CliRunner

    from conftest import SEEDS
    from kg.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["view", str(tmp_path / "out" / "graph.ttl"),
                                 "--out", str(tmp_path / "v.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "v.html").read_bytes() == (tmp_path / "out" / "graph.html").read_bytes()


def test_view_big_build_page_shows_the_most_connected_and_says_so(nlp, tmp_path):
    from collections import Counter

    from conftest import SEEDS
    from kg.pipeline import build
    from kg.write.page.select import for_page

    result = build([SEEDS])
    same, none = for_page(result, len(result.facts))
    assert same is result and none is None
    cut, note = for_page(result, 40)
    assert 30 <= len(cut.facts) <= 40
    kinds = Counter(f.evidence.extractor for f in cut.facts)
    assert set(kinds) == {f.evidence.extractor for f in result.facts}  # each relation its share
    kept = {k for f in cut.facts for k in _keys(f)}
    assert set(cut.entities) == kept
    assert {a.id for a in cut.articles} == {f.evidence.article_id for f in cut.facts}
    assert note.startswith(f"the {len(cut.facts)} facts among the {len(cut.entities)} most "
                           f"connected entities, of {len(result.facts)} facts")
    page = render_html(_index(cut), note=note)
    assert f"Shown: {note}." in html.unescape(page)
    assert "Shown:" not in render_html(_index(result))


def _keys(fact):
    from kg.relations import relation_of

    return [k for k in relation_of(fact).entity_keys(fact) if k]


def _index(result):
    from kg.write.rdf import TripleIndex, triples

    return TripleIndex(triples(result))


def test_view_empty_graph_says_so():
    page = render_html(Graph())
    assert "This graph has no facts to show." in page
    data = data_of(page)
    assert data["nodes"] == data["edges"] == data["facts"] == []
    assert page.lower().count("</script") == SCRIPTS_IN_PAGE


def test_view_write_html_writes_the_page(tmp_path):
    graph = make_graph()
    path = write_html(graph, tmp_path / "out" / "graph.html")
    assert path == tmp_path / "out" / "graph.html"
    assert path.read_text(encoding="utf-8") == render_html(graph)
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    label=st.text(min_size=1, max_size=40),
    evidence=st.text(min_size=1, max_size=60),
    title=st.text(max_size=40),
)
def test_view_any_text_stays_data(label, evidence, title):
    page = render_html(make_graph(label=label, evidence=evidence, title=title))
    assert page.lower().count("</script") == SCRIPTS_IN_PAGE
    assert not REMOTE_ATTR.search(page)
    raw = DATA.search(page).group(1)
    for char in "<>&\u2028\u2029":
        assert char not in raw
    data = data_of(page)
    assert label in [n["l"] for n in data["nodes"]]
    assert evidence in data["texts"]
    assert title in [a.get("t", "") for a in data["articles"]]
