"""The ``kg`` command, through typer's runner: every command, on the seeds, and every user
mistake as one line without a traceback."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from conftest import SEEDS

runner = CliRunner()
COMMANDS = ["build", "query", "serve", "push", "view", "eval", "export", "stats", "explain"]


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def _rows(out, *args):
    result = runner.invoke(app, ["query", str(out / "graph.ttl"), *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.output.strip().splitlines()) > 3


def test_cli_build_writes_graph_and_page_and_a_summary(built):
    out, output = built
    assert (out / "graph.ttl").stat().st_size > 0
    assert (out / "graph.html").stat().st_size > 0
    for line in ("articles read: 5", "entities:", "facts: met", "warnings: 0"):
        assert line in output


def test_cli_who_met_whom_on_the_seeds(built):
    pairs = {frozenset((r["person_a"], r["person_b"])) for r in _rows(built[0], "who_met_whom")}
    assert frozenset(("Mark Rutte", "Keith Kellogg")) in pairs
    assert frozenset(("Volodymyr Zelensky", "Donald Trump")) in pairs


def test_cli_countries_by_role_on_the_seeds(built):
    rows = {(r["role"], r["country"]) for r in _rows(built[0], "countries_by_role")}
    assert {("Guarantor", "Turkey"), ("Opponent", "Hungary"), ("Recipient", "Ukraine")} <= rows


def test_cli_person_statements_with_a_binding(built):
    rows = _rows(built[0], "person_statements", "--bind", "name=Boris Johnson")
    assert rows and {r["name"] for r in rows} == {"Boris Johnson"}


def test_cli_article_facts_for_one_article(built):
    rows = _rows(built[0], "article_facts", "--bind", "article_id=004_54478cb6a09e8f2b.txt")
    assert rows and all(r["evidence"] for r in rows)


def test_cli_most_connected_people(built):
    rows = _rows(built[0], "most_connected_people")
    assert rows[0]["person"] == "Mark Rutte"


def test_cli_query_from_a_file_with_csv(built, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?label WHERE { ?c a kg:Country ; rdfs:label ?label } ORDER BY ?label")
    result = runner.invoke(app, ["query", str(built[0] / "graph.ttl"), "--file", str(q), "--format", "csv"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "label"
    assert "Ukraine" in result.output


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["build", "no/such/folder"], 1),
        (["query", "no-such.ttl", "who_met_whom"], 1),
        (["view", "no-such.ttl"], 1),
        (["export", "no-such.ttl", "--format", "nt"], 1),
    ],
)
def test_cli_user_mistakes_are_one_line(args, status):
    result = runner.invoke(app, args)
    assert result.exit_code == status
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error E")


def test_cli_bad_sparql_exits_2_with_one_line(built):
    result = runner.invoke(app, ["query", str(built[0] / "graph.ttl"), "SELECT ?x WHERE { ?x kg:nope"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.strip()]) == 1


def test_cli_bad_article_keeps_earlier_outputs(built, tmp_path):
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(SEEDS / "004_54478cb6a09e8f2b.txt"), "--out", str(out)])
    assert first.exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \x80")
    result = runner.invoke(app, ["build", str(bad), "--out", str(out)])
    assert result.exit_code == 1 and "bad.txt" in result.output
    assert (out / "graph.ttl").read_bytes() == before


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "graphml", "csv"])
def test_cli_export_formats(built, fmt, tmp_path):
    target = tmp_path / f"graph.{fmt}"
    result = runner.invoke(app, ["export", str(built[0] / "graph.ttl"), "--format", fmt, "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0


def test_cli_view_writes_an_offline_page(built, tmp_path):
    target = tmp_path / "page.html"
    result = runner.invoke(app, ["view", str(built[0] / "graph.ttl"), "--out", str(target)])
    assert result.exit_code == 0
    html = target.read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert 'src="http' not in html and "src='http" not in html and 'href="http' not in html


def test_cli_explain_a_fact(built):
    rows = _rows(built[0], "person_statements", "--bind", "name=Boris Johnson")
    fact = rows[0]["fact"]
    result = runner.invoke(app, ["explain", str(built[0] / "graph.ttl"), fact])
    assert result.exit_code == 0, result.output
    assert "speaker:    Boris Johnson" in result.output
    assert "rule:       stated/according-to" in result.output
    assert "resolved:   him → Boris Johnson" in result.output


def test_cli_explain_unknown_fact_is_one_line(built):
    result = runner.invoke(app, ["explain", str(built[0] / "graph.ttl"), "kgr:fact-nope"])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1


# Behaving like the tools analysts know -----------------------------------------------------------


def test_cli_version():
    from kg import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"newskg {__version__}"


@pytest.mark.parametrize("value", ["Recep Tayyip Erdoğan", "recep tayyip erdogan", "RECEP TAYYIP ERDOGAN"])
def test_cli_bind_a_name_with_any_case_or_diacritics(built, value):
    result = runner.invoke(app, ["query", str(built[0] / "graph.ttl"), "person_profile",
                                 "--bind", f"name={value}", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and {row["person"] for row in rows} == {"Recep Tayyip Erdoğan"}


def test_cli_construct_prints_turtle(built):
    result = runner.invoke(app, ["query", str(built[0] / "graph.ttl"),
                                 "CONSTRUCT { ?a kg:met ?b } WHERE { ?a kg:met ?b }"])
    assert result.exit_code == 0, result.output
    import rdflib

    graph = rdflib.Graph().parse(data=result.output, format="turtle")
    assert len(graph) > 10 and result.output.startswith("@prefix")


def test_cli_explain_an_iri_that_is_no_fact(built):
    result = runner.invoke(app, ["explain", str(built[0] / "graph.ttl"), "kgr:country-UA"])
    assert result.exit_code != 0
    assert "is in the graph but is not a fact" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help_uses_conventional_metavariables(command):
    text = runner.invoke(app, [command, "--help"]).output
    assert "<list" not in text and "<bool>" not in text.replace("[default", "")
    assert "{" not in text.split("\n")[0]  # the usage line: "kg export [OPTIONS] GRAPH"
