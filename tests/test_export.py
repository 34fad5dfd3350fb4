"""kg.write.export: Turtle, N-Triples, JSON-LD, GraphML and CSV exports of a contract-shaped graph."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from test_query import SMALL_TTL, small_graph  # the hand-made contract graph

from kg.errors import OutputError
from kg.write.export import FORMATS, csv_columns, export, write_export
from kg.graphio import load_graph
from kg.namespace import PREFIXES

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def graph() -> rdflib.Graph:
    return small_graph()


def _assert_isomorphic(expected: rdflib.Graph, got: rdflib.Graph) -> None:
    if not isomorphic(expected, got):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail(
            "graphs differ\nonly expected:\n"
            + only_expected.serialize(format="nt")
            + "\nonly exported:\n"
            + only_got.serialize(format="nt")
        )


@pytest.mark.parametrize(
    ("fmt", "parser"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")]
)
def test_export_rdf_formats_reparse_to_the_same_graph(
    graph: rdflib.Graph, fmt: str, parser: str
) -> None:
    data = export(graph, fmt)
    with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = rdflib.Graph().parse(data=data, format=parser)
    _assert_isomorphic(graph, parsed)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_export_files_read_back_with_load_graph(
    graph: rdflib.Graph, tmp_path: Path, fmt: str
) -> None:
    path = write_export(graph, fmt, tmp_path / f"graph.{fmt}")
    _assert_isomorphic(graph, load_graph(path))


def test_export_ttl_is_long_turtle_with_contract_prefixes(graph: rdflib.Graph) -> None:
    text = export(graph, "ttl").decode("utf-8")
    for prefix, namespace in PREFIXES.items():
        assert f"PREFIX {prefix}: <{namespace}>" in text
    assert "kgr:fact-m1\n    a kg:Meeting ;" in text


def test_export_nt_lines_are_sorted_and_unique(graph: rdflib.Graph) -> None:
    lines = export(graph, "nt").decode("utf-8").splitlines()
    assert lines == sorted(set(lines))
    assert len(lines) == len(graph)


def test_export_jsonld_uses_contract_prefixes_as_context(graph: rdflib.Graph) -> None:
    document = json.loads(export(graph, "jsonld"))
    assert document["@context"] == PREFIXES
    ids = [node["@id"] for node in document["@graph"]]
    assert ids == sorted(ids)
    assert "kgr:person-volodymyr-zelensky" in ids


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_is_byte_identical_across_calls_and_loads(
    graph: rdflib.Graph, tmp_path: Path, fmt: str
) -> None:
    first = export(graph, fmt)
    assert first == export(graph, fmt)
    path = tmp_path / "graph.ttl"
    path.write_text(SMALL_TTL, encoding="utf-8")
    assert export(load_graph(path), fmt) == first  # a graph read back from a file


def test_export_is_byte_identical_across_processes(tmp_path: Path) -> None:
    """Python's string hashing changes between processes; the exports must not."""
    path = tmp_path / "graph.ttl"
    path.write_text(SMALL_TTL, encoding="utf-8")
    script = (
        "import hashlib, sys\n"
        "from kg.write.export import FORMATS, export\n"
        "from kg.graphio import load_graph\n"
        "g = load_graph(sys.argv[1])\n"
        "print(' '.join(hashlib.sha256(export(g, f)).hexdigest() for f in FORMATS))\n"
    )
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run(
            [sys.executable, "-c", script, str(path)],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        digests.add(run.stdout)
    assert len(digests) == 1


# ---------------------------------------------------------------- GraphML


@pytest.fixture
def network(graph: rdflib.Graph) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(export(graph, "graphml")), force_multigraph=True)


@pytest.mark.parametrize(
    ("node", "attrs"),
    [
        ("kgr:person-volodymyr-zelensky", {"type": "Person", "label": "Volodymyr Zelensky",
         "alt_labels": "Zelensky; Zelenskyy", "same_as": "http://www.wikidata.org/entity/Q3874799",
         "iri": "https://w3id.org/newskg/id/person-volodymyr-zelensky"}),
        ("kgr:person-donald-trump",
         {"type": "Person", "label": "Donald Trump", "alt_labels": "Trump"}),
        ("kgr:person-emmanuel-macron", {"type": "Person", "label": "Emmanuel Macron"}),
        ("kgr:country-UA", {"type": "Country", "label": "Ukraine",
         "same_as": "https://sws.geonames.org/690791/"}),
        ("kgr:country-FR", {"type": "Country", "label": "France"}),
        ("kg:Guarantor", {"type": "Role", "label": "Guarantor"}),
        ("kg:Recipient", {"type": "Role", "label": "Recipient"}),
        ("kgr:claim-1", {"type": "Claim", "text": "We need security guarantees."}),
    ],
)  # fmt: skip
def test_export_graphml_nodes_carry_attributes(network: nx.Graph, node: str, attrs: dict) -> None:
    assert network.nodes[node].items() >= attrs.items()


def test_export_graphml_has_only_entities_roles_and_claims(network: nx.Graph) -> None:
    assert sorted(network.nodes) == [
        "kg:Guarantor", "kg:Recipient", "kgr:claim-1", "kgr:country-FR", "kgr:country-UA",
        "kgr:person-donald-trump", "kgr:person-emmanuel-macron", "kgr:person-volodymyr-zelensky",
    ]  # fmt: skip
    assert network.is_directed() and network.is_multigraph()


@pytest.mark.parametrize(
    ("a", "b", "attrs"),
    [
        ("kgr:person-donald-trump", "kgr:person-volodymyr-zelensky",
         {"relation": "met", "symmetric": True, "weight": 2, "events": 2, "mentions": 2,
          "article_count": 2, "confidence_max": 0.9, "confidence_mean": 0.85,
          "start": "2025-02-18", "end": "2025-02-20", "dates": "2025-02-18; 2025-02-20",
          "articles": "000_a.txt; 001_b.txt", "evidence": "kgr:fact-m1 kgr:fact-m2"}),
        ("kgr:person-volodymyr-zelensky", "kgr:claim-1",
         {"relation": "stated", "symmetric": False, "weight": 1, "mentions": 1,
          "article_count": 1, "confidence_max": 0.85, "confidence_mean": 0.85,
          "articles": "000_a.txt", "evidence": "kgr:fact-s1"}),
        ("kgr:country-FR", "kg:Guarantor",
         {"relation": "roles", "symmetric": False, "weight": 2, "mentions": 2,
          "article_count": 2, "confidence_max": 0.75, "confidence_mean": 0.7,
          "articles": "000_a.txt; 001_b.txt", "evidence": "kgr:fact-r1 kgr:fact-r3"}),
        ("kgr:country-UA", "kg:Recipient",
         {"relation": "roles", "symmetric": False, "weight": 1, "mentions": 1,
          "article_count": 1, "confidence_max": 0.7, "confidence_mean": 0.7,
          "articles": "001_b.txt", "evidence": "kgr:fact-r2"}),
    ],
)  # fmt: skip
def test_export_graphml_edges_carry_evidence(
    network: nx.Graph, a: str, b: str, attrs: dict
) -> None:
    assert network.edges[a, b, attrs["relation"]] == attrs


def test_export_graphml_meeting_weight_counts_events_not_sentences() -> None:
    """A third sentence reporting the first meeting adds a mention, not a meeting; a
    month-dated event stretches the edge's end to the month's last day."""
    prefixes = SMALL_TTL[: SMALL_TTL.index("kg:SecurityGuaranteeRoles")]
    event_2 = rdflib.URIRef(PREFIXES["kgr"] + "event-2")
    graph = small_graph()
    graph.remove((event_2, None, None))
    graph.parse(format="turtle", data=prefixes + """
kgr:fact-m4 a kg:Meeting ; kg:participant kgr:person-volodymyr-zelensky , kgr:person-donald-trump ;
    kg:status "held" ; prov:wasDerivedFrom kgr:article-b2 ; kg:evidence "They met again." ;
    kg:charStart 200 ; kg:charEnd 215 ; kg:confidence "0.70"^^xsd:decimal ; kg:extractor "met" .
kgr:event-1 kg:mention kgr:fact-m4 .
kgr:event-2 a kg:MeetingEvent ; kg:mention kgr:fact-m2 ; kg:status "held" ;
    kg:participant kgr:person-volodymyr-zelensky , kgr:person-donald-trump ;
    dcterms:date "2025-02"^^xsd:gYearMonth ; kg:datePrecision "month" .
""")
    network = nx.read_graphml(io.BytesIO(export(graph, "graphml")), force_multigraph=True)
    edge = network.edges["kgr:person-donald-trump", "kgr:person-volodymyr-zelensky", "met"]
    assert (edge["weight"], edge["events"], edge["mentions"]) == (2, 2, 3)
    assert (edge["start"], edge["end"], edge["dates"]) == ("2025-02-01", "2025-02-28",
                                                           "2025-02; 2025-02-18")


def test_export_graphml_people_only_is_the_people_network(graph: rdflib.Graph) -> None:
    people = nx.read_graphml(io.BytesIO(export(graph, "graphml", people_only=True)),
                             force_multigraph=True)
    assert sorted(people.nodes) == ["kgr:person-donald-trump", "kgr:person-emmanuel-macron",
                                    "kgr:person-volodymyr-zelensky"]
    assert {n: people.nodes[n]["type"] for n in people} == dict.fromkeys(people, "Person")
    assert [(a, b, k) for a, b, k in people.edges(keys=True)] == [
        ("kgr:person-donald-trump", "kgr:person-volodymyr-zelensky", "met")]
    with pytest.raises(OutputError):
        export(graph, "csv", people_only=True)


def test_export_graphml_is_directed_with_gephi_attribute_names(graph: rdflib.Graph) -> None:
    """Gephi's GraphML importer takes a node's ``label`` and an edge's ``weight`` by name
    (ImporterGraphML's PropertiesAssociations); ``start``/``end`` are ISO days, which its Data
    Laboratory turns into a timeline (Merge columns → Create time interval)."""
    text = export(graph, "graphml").decode("utf-8")
    assert '<graph edgedefault="directed">' in text
    for name, kind in (("label", "node"), ("weight", "edge"), ("start", "edge"), ("end", "edge")):
        assert f'for="{kind}" attr.name="{name}"' in text


def test_export_graphml_has_no_edge_for_a_planned_meeting(network: nx.Graph) -> None:
    assert network.number_of_edges() == 5  # met, stated, two roles, one affiliation
    assert not network.has_edge("kgr:person-emmanuel-macron", "kgr:person-volodymyr-zelensky")


def test_export_graphml_writes_edges_from_entity_to_role_and_claim(graph: rdflib.Graph) -> None:
    text = export(graph, "graphml").decode("utf-8")
    assert '<edge source="kgr:country-FR" target="kg:Guarantor" id="roles">' in text
    assert '<edge source="kgr:person-volodymyr-zelensky" target="kgr:claim-1" id="stated">' in text


# ---------------------------------------------------------------- CSV


@pytest.fixture
def csv_rows(graph: rdflib.Graph) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(export(graph, "csv").decode("utf-8"), newline=""))
    assert tuple(reader.fieldnames or ()) == csv_columns()
    return list(reader)


def test_export_csv_has_one_row_per_fact_in_article_order(
    graph: rdflib.Graph, csv_rows: list[dict[str, str]]
) -> None:
    facts = {
        f"kgr:{str(s).rsplit('/', 1)[-1]}" for s in graph.subjects(rdflib.RDF.type, None)
        if str(s).rsplit("/", 1)[-1].startswith("fact-")
    }  # fmt: skip
    assert [r["fact"] for r in csv_rows] == [
        "kgr:fact-a1", "kgr:fact-m1", "kgr:fact-s1", "kgr:fact-r3",
        "kgr:fact-m2", "kgr:fact-r1", "kgr:fact-r2", "kgr:fact-m3",
    ]  # fmt: skip
    assert {r["fact"] for r in csv_rows} == facts


@pytest.mark.parametrize(
    ("fact", "expected"),
    [
        ("kgr:fact-m1", {"relation": "met", "subject": "Donald Trump",
         "object": "Volodymyr Zelensky",
         "quote_type": "", "status": "held", "article": "000_a.txt", "article_date": "2025-02-19",
         "evidence": "Zelensky met Trump in Riyadh on Tuesday.", "char_start": "10",
         "char_end": "50", "confidence": "0.90", "extractor": "met"}),
        ("kgr:fact-s1", {"relation": "stated", "subject": "Volodymyr Zelensky",
         "object": "We need security guarantees.", "quote_type": "direct", "status": "",
         "evidence": '"We need security guarantees," Zelenskyy said.'}),
        ("kgr:fact-r1", {"relation": "roles", "subject": "France", "object": "Guarantor",
         "article": "001_b.txt", "article_date": "2025-02-20", "extractor": "roles"}),
        ("kgr:fact-m3", {"relation": "met", "subject": "Emmanuel Macron",
         "object": "Volodymyr Zelensky", "status": "planned", "confidence": "0.60"}),
    ],
)  # fmt: skip
def test_export_csv_rows_describe_facts(
    csv_rows: list[dict[str, str]], fact: str, expected: dict
) -> None:
    row = next(r for r in csv_rows if r["fact"] == fact)
    assert row.items() >= expected.items()


# ---------------------------------------------------------------- errors, files


@pytest.mark.parametrize("fmt", ["xml", "TTL", "", "turtle"])
def test_export_unknown_format_is_output_error(graph: rdflib.Graph, fmt: str) -> None:
    with pytest.raises(OutputError) as info:
        export(graph, fmt)
    assert info.value.line() == (
        f"error E006: unknown export format '{fmt}'; choose ttl, nt, jsonld, graphml, csv"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_write_export_writes_the_export(
    graph: rdflib.Graph, tmp_path: Path, fmt: str
) -> None:
    path = write_export(graph, fmt, tmp_path / "out" / f"graph.{fmt}")
    assert path.read_bytes() == export(graph, fmt)
    assert [p.name for p in path.parent.iterdir()] == [f"graph.{fmt}"]  # no temporary left


def test_export_write_export_reports_unwritable_path(graph: rdflib.Graph, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        write_export(graph, "ttl", blocker / "graph.ttl")


def test_export_graphml_of_the_seeds_reads_into_networkx(seeds_graph: Path, tmp_path: Path) -> None:
    whole = nx.read_graphml(io.BytesIO(export(load_graph(seeds_graph), "graphml")))
    people = nx.read_graphml(io.BytesIO(export(load_graph(seeds_graph), "graphml",
                                               people_only=True)))
    assert whole.is_directed() and people.is_directed()
    assert {people.nodes[n]["type"] for n in people} == {"Person"}
    assert {d["relation"] for _, _, d in people.edges(data=True)} == {"met"}
    edge = people.edges["kgr:person-donald-trump", "kgr:person-volodymyr-zelensky"]
    # the White House meeting: one event, reported in five sentences of two articles
    assert (edge["weight"], edge["mentions"], edge["article_count"]) == (1, 5, 2)
    assert (edge["start"], edge["end"]) == ("2025-02-28", "2025-02-28")
    assert sum(d["weight"] for _, _, d in people.edges(data=True)) == 12  # meeting events
