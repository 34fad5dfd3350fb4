"""kg.write.tables and ``kg export --tables``: analysis-ready tables that pandas and DuckDB read
as they are, joined on their stable IDs; on the hand-made graph, a toy relation and the seeds."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import rdflib
from rdflib import RDF, Namespace
from test_query import SMALL_TTL, small_graph  # the hand-made contract graph
from typer.testing import CliRunner

from kg.cli import app
from kg.query import run_query
from kg.graphio import load_graph
from kg.relations import Relation, View, register, unregister
from kg.terms import label
from kg.write.tables import TABLE_FORMATS, table_bytes, tables, write_tables

runner = CliRunner()
NAMES = ["entities", "articles", "facts", "pairs", "evidence", "events"]


@pytest.fixture
def graph() -> rdflib.Graph:
    return small_graph()


@pytest.fixture(params=TABLE_FORMATS)
def folder(request, graph: rdflib.Graph, tmp_path: Path) -> tuple[Path, str]:
    write_tables(graph, tmp_path / "tables", request.param)
    return tmp_path / "tables", request.param


def _pandas(folder: Path, fmt: str, name: str) -> pd.DataFrame:
    path = folder / f"{name}.{fmt}"
    return pd.read_parquet(path) if fmt == "parquet" else pd.read_csv(path)


def test_tables_are_written_one_file_each(folder: tuple[Path, str]) -> None:
    path, fmt = folder
    assert sorted(p.name for p in path.iterdir()) == sorted(f"{n}.{fmt}" for n in NAMES)


def test_tables_pandas_reads_them_and_joins_on_the_ids(folder: tuple[Path, str]) -> None:
    path, fmt = folder
    facts, entities = _pandas(path, fmt, "facts"), _pandas(path, fmt, "entities")
    evidence, articles = _pandas(path, fmt, "evidence"), _pandas(path, fmt, "articles")
    people = facts.merge(entities, left_on="subject", right_on="entity", suffixes=("", "_s"))
    met = people[people.relation == "met"].merge(entities, left_on="object", right_on="entity",
                                                suffixes=("", "_o"))
    assert sorted(zip(met.label, met.label_o, strict=True)) == [
        ("Donald Trump", "Volodymyr Zelensky"), ("Donald Trump", "Volodymyr Zelensky"),
        ("Emmanuel Macron", "Volodymyr Zelensky")]
    read = evidence.merge(articles, on="article")
    assert len(read) == len(evidence) == 8
    assert sorted(set(read.id)) == ["000_a.txt", "001_b.txt"]
    assert read[read.fact == "kgr:fact-m1"].outlet.tolist() == ["Example Daily"]


def test_tables_duckdb_reads_them_and_joins_on_the_ids(folder: tuple[Path, str]) -> None:
    path, fmt = folder
    con = duckdb.connect()
    for name in NAMES:
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM '{path / f'{name}.{fmt}'}'")
    rows = con.execute("""
        SELECT s.label, f.relation, f.object_label, a.id, e.char_start
        FROM facts f JOIN entities s ON f.subject = s.entity
        JOIN evidence e USING (fact) JOIN articles a USING (article)
        WHERE f.relation = 'roles' ORDER BY a.id, e.char_start""").fetchall()
    assert rows == [("France", "roles", "Guarantor", "000_a.txt", 110),
                    ("France", "roles", "Guarantor", "001_b.txt", 40),
                    ("Ukraine", "roles", "Recipient", "001_b.txt", 85)]
    meetings = con.execute("""
        SELECT count(DISTINCT event) FROM facts WHERE relation = 'met' AND asserted""").fetchone()
    assert meetings == (2,)
    dates = con.execute("SELECT typeof(date), typeof(confidence) FROM facts LIMIT 1").fetchone()
    assert dates == ("DATE", "DOUBLE")


def test_tables_parquet_columns_have_real_types(graph: rdflib.Graph) -> None:
    schemas = {name: pq.read_table(io.BytesIO(table_bytes(t, "parquet"))).schema
               for name, t in tables(graph).items()}
    assert schemas["facts"].field("date").type == pa.date32()
    assert schemas["facts"].field("confidence").type == pa.float64()
    assert schemas["facts"].field("asserted").type == pa.bool_()
    assert schemas["evidence"].field("char_start").type == pa.int64()
    assert schemas["evidence"].field("char_end").type == pa.int64()
    assert schemas["articles"].field("date").type == pa.date32()
    assert schemas["entities"].field("aliases").type == pa.list_(pa.string())
    assert schemas["events"].field("mentions").type == pa.int64()


@pytest.mark.parametrize(
    ("table", "key", "expected"),
    [
        ("entities", "kgr:person-volodymyr-zelensky",
         {"type": "Person", "label": "Volodymyr Zelensky", "aliases": ["Zelensky", "Zelenskyy"],
          "same_as": ["http://www.wikidata.org/entity/Q3874799"],
          "affiliation": ["kgr:country-UA"]}),
        ("entities", "kgr:country-FR", {"type": "Country", "affiliation": []}),
        ("articles", "kgr:article-a1", {"id": "000_a.txt", "title": "Talks in Riyadh",
         "outlet": "Example Daily", "url": None, "date": dt.date(2025, 2, 19)}),
        ("facts", "kgr:fact-m1",
         {"relation": "met", "subject": "kgr:person-donald-trump",
          "object": "kgr:person-volodymyr-zelensky", "object_kind": "entity",
          "object_label": "Volodymyr Zelensky", "asserted": True, "event": "kgr:event-1",
          "date": dt.date(2025, 2, 18), "date_precision": "day", "status": "held",
          "mode": "in-person", "quote_type": None, "confidence": 0.9, "extractor": "met"}),
        ("facts", "kgr:fact-m3", {"asserted": False, "status": "planned", "event": "kgr:event-3"}),
        ("facts", "kgr:fact-s1",
         {"relation": "stated", "object": "kgr:claim-1", "object_kind": "claim",
          "object_label": "We need security guarantees.", "quote_type": "direct", "date": None}),
        ("facts", "kgr:fact-r1",
         {"object": "kg:Guarantor", "object_kind": "concept", "object_label": "Guarantor"}),
        ("evidence", "kgr:fact-s1",
         {"article": "kgr:article-a1", "char_start": 60, "char_end": 108,
          "sentence": '"We need security guarantees," Zelenskyy said.'}),
        ("events", "kgr:event-2",
         {"relation": "met", "date": dt.date(2025, 2, 20), "date_precision": "article",
          "asserted": True, "participants": ["kgr:person-donald-trump",
                                             "kgr:person-volodymyr-zelensky"],
          "mentions": 1, "articles": 1}),
    ],
)  # fmt: skip
def test_tables_rows_describe_the_graph(graph: rdflib.Graph, table: str, key: str,
                                        expected: dict) -> None:
    found = tables(graph)[table]
    [row] = [r for r in found.rows if r[found.names[0]] == key]
    assert row.items() >= expected.items()


def test_tables_facts_in_reading_order_with_unique_ids(graph: rdflib.Graph) -> None:
    facts = [r["fact"] for r in tables(graph)["facts"].rows]
    assert facts == ["kgr:fact-a1", "kgr:fact-m1", "kgr:fact-s1", "kgr:fact-r3",
                     "kgr:fact-m2", "kgr:fact-r1", "kgr:fact-r2", "kgr:fact-m3"]


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_tables_same_graph_same_bytes(graph: rdflib.Graph, tmp_path: Path, fmt: str) -> None:
    (tmp_path / "g.ttl").write_text(SMALL_TTL, encoding="utf-8")
    first = [p.read_bytes() for p in write_tables(graph, tmp_path / "a", fmt)]
    reread = load_graph(tmp_path / "g.ttl")
    second = [p.read_bytes() for p in write_tables(reread, tmp_path / "b", fmt)]
    assert first == second


def test_tables_csv_cells(graph: rdflib.Graph) -> None:
    text = table_bytes(tables(graph)["entities"], "csv").decode("utf-8")
    assert text.startswith("entity,type,label,aliases,same_as,affiliation\r\n")
    assert ("kgr:person-volodymyr-zelensky,Person,Volodymyr Zelensky,Zelensky; Zelenskyy,"
            "http://www.wikidata.org/entity/Q3874799,kgr:country-UA\r\n") in text


# ---------------------------------------------------------------- a relation registered later

TOY = Namespace("https://example.org/toy#")


@dataclass(frozen=True)
class Visit:
    person: str
    country: str


@pytest.fixture
def toy():
    ends = lambda g, n: [(p, c) for p in g.objects(n, TOY.visitor)  # noqa: E731
                         for c in g.objects(n, TOY.visited)]
    relation = register(Relation(
        name="visited", fact=Visit, node_class=TOY.Visit, extractors={}, entities=("person",),
        triples=lambda fact, node: [], view=View(label="visited", color="#123456", ends=ends),
        columns=("toy_note",), row=lambda g, n: {"toy_note": "a visit"},
        entity_column="visited"))
    yield relation
    unregister("visited")


def test_tables_take_a_relation_registered_later(graph: rdflib.Graph, toy) -> None:
    kgr = Namespace("https://w3id.org/newskg/id/")
    graph.add((kgr["fact-v1"], RDF.type, TOY.Visit))
    graph.add((kgr["fact-v1"], TOY.visitor, kgr["person-emmanuel-macron"]))
    graph.add((kgr["fact-v1"], TOY.visited, kgr["country-UA"]))
    found = tables(graph)
    [row] = [r for r in found["facts"].rows if r["relation"] == "visited"]
    assert (row["subject"], row["object"], row["toy_note"]) == (
        "kgr:person-emmanuel-macron", "kgr:country-UA", "a visit")
    macron = next(r for r in found["entities"].rows if r["entity"] == "kgr:person-emmanuel-macron")
    assert macron["visited"] == ["kgr:country-UA"]
    assert label(graph, kgr["country-UA"]) == "Ukraine"
    columns = pq.read_table(io.BytesIO(table_bytes(found["facts"], "parquet"))).column_names
    assert columns[-4] == "toy_note"


# ---------------------------------------------------------------- the command line, the seeds


def test_tables_kg_export_parquet_writes_the_tables(seeds_graph: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(seeds_graph), "--format", "parquet",
                                 "--out", str(tmp_path / "t")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {tmp_path / 't' / 'entities.parquet'}, ")
    con = duckdb.connect()
    [(meetings, mentions)] = con.execute(f"""
        SELECT count(DISTINCT event), count(*) FROM '{tmp_path / "t" / "facts.parquet"}'
        WHERE relation = 'met' AND asserted""").fetchall()
    assert (meetings, mentions) == (12, 24)
    trump_zelensky = con.execute(f"""
        SELECT e.mentions, e.articles, e.date FROM '{tmp_path / "t" / "events.parquet"}' e
        WHERE list_contains(participants, 'kgr:person-donald-trump')
          AND list_contains(participants, 'kgr:person-volodymyr-zelensky')""").fetchall()
    assert trump_zelensky == [(5, 2, dt.date(2025, 2, 28))]


@pytest.mark.parametrize("how", [["--tables"], []])
def test_tables_kg_export_csv_tables_into_a_folder(seeds_graph: Path, tmp_path: Path,
                                                   how: list[str]) -> None:
    target = tmp_path / "t"
    target.mkdir()
    result = runner.invoke(app, ["export", str(seeds_graph), "--format", "csv", *how,
                                 "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in target.iterdir()) == sorted(f"{n}.csv" for n in NAMES)
    nodes = run_query(seeds_graph, "SELECT (COUNT(DISTINCT ?f) AS ?n) "
                                   "{ ?f prov:wasDerivedFrom ?a . ?f kg:evidence ?e }").rows[0][0]
    assert len(pd.read_csv(target / "facts.csv")) == int(nodes) > 50


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "parquet"], "--out: the tables are files in a folder"),
        (["--format", "nt", "--tables", "--out", "t"], "--tables: the tables are written as parquet or csv"),
        (["--format", "csv", "--people-only"], "--people-only: only for --format graphml"),
        (["--format", "parquet", "--out", "t", "--people-only"], "--people-only: only for --format graphml"),
    ],
)  # fmt: skip
def test_tables_kg_export_mistakes_are_one_line(seeds_graph: Path, args: list[str],
                                                message: str) -> None:
    result = runner.invoke(app, ["export", str(seeds_graph), *args])
    assert result.exit_code == 2
    assert result.output.startswith("error E010: " + message)
    assert len(result.output.strip().splitlines()) == 1
