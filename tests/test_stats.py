"""kg.stats, kg.write.plots and ``kg stats``: on the hand-made graph, on a hand-made network
with two communities, with a relation registered later, and on the seeds."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace
from rdflib.namespace import DCTERMS, PROV
from test_query import small_graph  # the hand-made contract graph
from typer.testing import CliRunner

from conftest import ROOT
from kg.cli import app
from kg.graphio import load_graph
from kg.namespace import KG, KGR
from kg.relations import Relation, View, register, unregister
from kg.stats import CSV_COLUMNS, format_stats, stats
from kg.write.plots import plots
from kg.write.tables import table_bytes, tables

runner = CliRunner()
NAMES = ["met", "stated", "roles", "affiliation"]


@pytest.fixture(scope="module")
def report() -> dict:
    return stats(small_graph())


def test_stats_summary_and_network(report: dict) -> None:
    assert report["summary"] == {
        "articles": 2, "entities": {"Country": 2, "Person": 3},
        "facts": {"met": 3, "stated": 1, "roles": 3, "affiliation": 1}, "events": {"met": 3}}
    network = report["network"]
    assert (network["relations"], network["people"], network["pairs"]) == (["met"], 3, 1)
    assert network["edges"] == [{"source": "kgr:person-donald-trump",
                                 "target": "kgr:person-volodymyr-zelensky", "weight": 2,
                                 "relations": ["met"]}]  # two meetings; the planned one is not


def test_stats_people(report: dict) -> None:
    rows = {p["label"]: p for p in report["people"]}
    assert [p["label"] for p in report["people"]] == ["Volodymyr Zelensky", "Donald Trump",
                                                       "Emmanuel Macron"]
    assert rows["Volodymyr Zelensky"] == {
        "person": "kgr:person-volodymyr-zelensky", "label": "Volodymyr Zelensky", "degree": 1,
        "betweenness": 0.0, "community": 1,
        "counts": {"met": 2, "stated": 1, "affiliation": 1}}
    assert (rows["Emmanuel Macron"]["degree"], rows["Emmanuel Macron"]["community"]) == (0, None)
    assert report["communities"] == [{"community": 1, "size": 2,
                                      "members": ["kgr:person-donald-trump",
                                                  "kgr:person-volodymyr-zelensky"],
                                      "labels": ["Donald Trump", "Volodymyr Zelensky"]}]


def test_stats_per_month_per_outlet_by_concept(report: dict) -> None:
    # statements and roles have no date of their own: their article's counts
    assert report["per_month"] == [
        {"month": "2025-02", "counts": {"met": 2, "stated": 1, "roles": 3, "affiliation": 1}}]
    assert report["per_outlet"] == [
        {"outlet": "Example Daily", "articles": 1,
         "counts": {"met": 1, "stated": 1, "roles": 1, "affiliation": 1}},
        {"outlet": "(unknown)", "articles": 1,
         "counts": {"met": 1, "stated": 0, "roles": 2, "affiliation": 0}}]
    assert [(c["concept_label"], c["label"], c["facts"], c["articles"])
            for c in report["by_concept"]] == [("Guarantor", "France", 2, 2),
                                               ("Recipient", "Ukraine", 1, 1)]


# ---------------------------------------------------------------- a network with two communities

MET_NS = Namespace("https://w3id.org/newskg/ontology#")


def two_triangles(extra_meetings: int = 0) -> rdflib.Graph:
    """People a–b–c and d–e–f each met in a triangle; c met d (the bridge). Each meeting is one
    event with one mention; ``extra_meetings`` more a–b meetings in March."""
    graph = rdflib.Graph()
    article = KGR["article-x"]
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, DCTERMS.identifier, Literal("x.txt")))
    graph.add((article, DCTERMS.publisher, Literal("Daily")))
    for name in "abcdef":
        graph.add((KGR[f"person-{name}"], RDF.type, KG.Person))
        graph.add((KGR[f"person-{name}"], RDFS.label, Literal(name.upper())))
    pairs = ["ab", "ac", "bc", "de", "df", "ef", "cd"] + ["ab"] * extra_meetings
    for i, pair in enumerate(pairs):
        fact, event = KGR[f"fact-{i}"], KGR[f"event-{i}"]
        month = "2025-03" if i >= 7 else "2025-02"
        graph.add((fact, RDF.type, MET_NS.Meeting))
        graph.add((event, RDF.type, MET_NS.MeetingEvent))
        graph.add((event, MET_NS.mention, fact))
        graph.add((event, DCTERMS.date, Literal(f"{month}-{10 + i}", datatype=rdflib.XSD.date)))
        for name in pair:
            graph.add((fact, MET_NS.participant, KGR[f"person-{name}"]))
            graph.add((event, MET_NS.participant, KGR[f"person-{name}"]))
        graph.add((fact, MET_NS.status, Literal("held")))
        graph.add((fact, PROV.wasDerivedFrom, article))
        graph.add((fact, KG.charStart, Literal(10 * i)))
        graph.add((fact, KG.extractor, Literal("met")))
    return graph


def test_stats_communities_and_betweenness_of_two_triangles() -> None:
    found = stats(two_triangles(extra_meetings=2))
    assert [c["labels"] for c in found["communities"]] == [["A", "B", "C"], ["D", "E", "F"]]
    top = {p["label"]: p for p in found["people"][:2]}
    # c and d lie on every path between the triangles: 6 of the 10 pairs of the others
    assert {k: (v["degree"], v["betweenness"]) for k, v in top.items()} == {
        "C": (3, 0.6), "D": (3, 0.6)}
    none = dict.fromkeys(NAMES, 0)
    assert found["per_month"] == [{"month": "2025-02", "counts": none | {"met": 7}},
                                  {"month": "2025-03", "counts": none | {"met": 2}}]
    assert {(e["source"], e["target"]): e["weight"] for e in found["network"]["edges"]}[
        ("kgr:person-a", "kgr:person-b")] == 3
    assert stats(two_triangles(extra_meetings=2)) == found  # Louvain's seed is fixed


def test_stats_and_tables_do_not_depend_on_hash_order(tmp_path: Path) -> None:
    """Python's string hashing changes between processes; communities and tables must not."""
    path = tmp_path / "g.ttl"
    two_triangles(extra_meetings=1).serialize(path, format="turtle")
    script = (
        "import hashlib, json, sys\n"
        "from kg.graphio import load_graph\n"
        "from kg.stats import stats\n"
        "from kg.write.tables import table_bytes, tables\n"
        "g = load_graph(sys.argv[1])\n"
        "data = json.dumps(stats(g)).encode()\n"
        "data += b''.join(table_bytes(t, 'parquet') for t in tables(g).values())\n"
        "print(hashlib.sha256(data).hexdigest())\n"
    )
    other = subprocess.run([sys.executable, "-c", script, str(path)], check=True, text=True,
                           capture_output=True, env={**os.environ, "PYTHONHASHSEED": "7",
                                                     "PYTHONPATH": str(ROOT)}).stdout
    graph = load_graph(path)
    here = json.dumps(stats(graph)).encode()
    here += b"".join(table_bytes(t, "parquet") for t in tables(graph).values())
    assert other.strip() == hashlib.sha256(here).hexdigest()  # this process hashes otherwise


# ---------------------------------------------------------------- a relation registered later

TOY = Namespace("https://example.org/toy#")


@dataclass(frozen=True)
class Advice:
    adviser: str
    advised: str


@pytest.fixture
def toy():
    ends = lambda g, n: [(a, b) for a in g.objects(n, TOY.adviser)  # noqa: E731
                         for b in g.objects(n, TOY.advised)]
    relation = register(Relation(name="advised", fact=Advice, node_class=TOY.Advice,
                                 extractors={}, entities=("adviser", "advised"),
                                 triples=lambda fact, node: [],
                                 view=View(label="advised", color="#123456", ends=ends)))
    yield relation
    unregister("advised")


def test_stats_take_a_relation_registered_later(toy) -> None:
    graph = small_graph()
    graph.add((KGR["fact-x"], RDF.type, TOY.Advice))
    graph.add((KGR["fact-x"], TOY.adviser, KGR["person-emmanuel-macron"]))
    graph.add((KGR["fact-x"], TOY.advised, KGR["person-donald-trump"]))
    graph.add((KGR["fact-x"], PROV.wasDerivedFrom, KGR["article-b2"]))
    found = stats(graph)
    assert found["network"]["relations"] == ["advised", "met"]
    assert found["summary"]["facts"]["advised"] == 1
    assert found["per_month"][0]["counts"]["advised"] == 1
    assert [p["label"] for p in found["people"]][0] == "Donald Trump"  # between the two others
    assert "advised" in format_stats(found, "table")
    assert set(plots(found)) == {"per-month", "per-outlet", "people", "network",
                                 "roles-by-concept"}


# ---------------------------------------------------------------- output, plots


def test_stats_csv_is_one_tidy_table(report: dict) -> None:
    rows = list(csv.DictReader(io.StringIO(format_stats(report, "csv"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {"section": "people", "group": "", "key": "kgr:person-volodymyr-zelensky",
            "label": "Volodymyr Zelensky", "relation": "met", "measure": "count",
            "value": "2"} in rows
    assert {"section": "by_concept", "group": "Guarantor", "key": "kgr:country-FR",
            "label": "France", "relation": "roles", "measure": "facts", "value": "2"} in rows
    assert {r["section"] for r in rows} == {"summary", "people", "per_month", "per_outlet",
                                            "by_concept"}


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_stats_plots_are_the_same_bytes_twice(fmt: str, magic: bytes) -> None:
    report = stats(two_triangles())
    first, second = plots(report, fmt=fmt), plots(report, fmt=fmt)
    assert first == second
    assert all(data.startswith(magic) for data in first.values())
    if fmt == "svg":
        assert b"<dc:date>" not in first["network"]


# ---------------------------------------------------------------- the command line, the seeds


@pytest.fixture(scope="module")
def seeds_report(seeds_graph: Path) -> dict:
    result = runner.invoke(app, ["stats", str(seeds_graph), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_stats_on_the_seeds(seeds_report: dict) -> None:
    first = seeds_report["people"][0]
    assert (first["label"], first["degree"], first["counts"]["met"]) == ("Mark Rutte", 5, 9)
    assert seeds_report["summary"]["events"] == {"met": 13}
    assert sum(m["counts"]["met"] for m in seeds_report["per_month"]) == 12
    assert seeds_report["per_month"][-1]["month"] == "undated"
    assert len(seeds_report["communities"]) == 2
    guarantors = {c["label"]: c["facts"] for c in seeds_report["by_concept"]
                  if c["concept_label"] == "Guarantor"}
    assert guarantors == {"Turkey": 4, "United Kingdom": 2, "United States": 2}


def test_stats_cli_table_and_plots(seeds_graph: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", str(seeds_graph), "--top", "3",
                                 "--plots", str(tmp_path / "plots")])
    assert result.exit_code == 0, result.output
    assert "most connected people (top 3)" in result.output
    assert "Mark Rutte" in result.output and "(3 rows)" in result.output
    assert sorted(p.name for p in (tmp_path / "plots").iterdir()) == [
        "network.png", "people.png", "per-month.png", "per-outlet.png", "roles-by-concept.png"]


def test_build_plots_are_those_of_kg_stats_and_the_page_links_them(tmp_path: Path) -> None:
    """``kg build --plots`` draws what ``kg stats GRAPH --plots`` draws from the build's own
    Turtle, byte for byte, into OUT/plots, and the page links to each."""
    out = tmp_path / "out"
    built = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(out), "--plots"])
    assert built.exit_code == 0, built.output
    again = runner.invoke(app, ["stats", str(out / "graph.ttl"), "--plots", str(tmp_path / "p")])
    assert again.exit_code == 0, again.output
    drawn = sorted(p.name for p in (out / "plots").iterdir())
    assert drawn == sorted(p.name for p in (tmp_path / "p").iterdir()) and len(drawn) == 5
    for name in drawn:
        assert (out / "plots" / name).read_bytes() == (tmp_path / "p" / name).read_bytes(), name
    page = (out / "graph.html").read_text(encoding="utf-8")
    for name in drawn:
        assert f'<a href="plots/{name}" target="_blank" rel="noopener">' in page
    plain = runner.invoke(app, ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "o2")])
    assert plain.exit_code == 0
    assert 'id="kg-plots"' not in (tmp_path / "o2" / "graph.html").read_text(encoding="utf-8")
    assert not (tmp_path / "o2" / "plots").exists()


def test_stats_cli_writes_a_file(seeds_graph: Path, tmp_path: Path) -> None:
    target = tmp_path / "stats.csv"
    result = runner.invoke(app, ["stats", str(seeds_graph), "--format", "csv",
                                 "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {target}"
    assert target.read_bytes().startswith(",".join(CSV_COLUMNS).encode() + b"\r\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--format", "xml"], "error E010: --format: choose table, json, csv, not 'xml'"),
     (["--plots", "p", "--plot-format", "gif"], "error E010: --plot-format: choose png or svg"),
     (["--top", "0"], "error E010: --top: must be at least 1")],
)
def test_stats_cli_mistakes_are_one_line(seeds_graph: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["stats", str(seeds_graph), *args])
    assert result.exit_code == 2
    assert result.output.startswith(message) and len(result.output.strip().splitlines()) == 1


def test_stats_betweenness_estimated_on_a_big_network_the_same_every_time(monkeypatch) -> None:
    """Past ``BETWEENNESS_SOURCES`` people, betweenness is sampled with a fixed seed: the same
    report twice, close to the exact figures, and the exact ones below the bound."""
    import networkx as nx

    import kg.stats as st

    network = nx.barabasi_albert_graph(300, 2, seed=1)
    nx.set_node_attributes(network, {n: f"p{n:03}" for n in network}, "label")
    for a, b in network.edges:
        network.edges[a, b].update(weight=1, relations=["met"])
    exact = nx.betweenness_centrality(network)
    monkeypatch.setattr(st, "BETWEENNESS_SOURCES", 150)
    first = st._people({}, network, {}, [], [])
    second = st._people({}, network, {}, [], [])
    assert first == second
    hub = max(exact, key=exact.get)
    estimated = {r["person"]: r["betweenness"] for r in first}
    assert abs(estimated[hub] - exact[hub]) < 0.05
    monkeypatch.setattr(st, "BETWEENNESS_SOURCES", 1000)
    assert {r["person"]: r["betweenness"] for r in st._people({}, network, {}, [], [])} == {
        p: round(v, 4) for p, v in exact.items()}
