"""``kg push``, ``kg query --endpoint`` and ``kg serve`` against a real Oxigraph server on
127.0.0.1: a pushed build answers every shipped query exactly as the local graph does; no
binding can change a query; a served store is read-only unless asked; every failure is one
line. The server is the ``oxigraph`` program (PyPI ``oxigraph``, in our [test] extra); the
tests skip, saying so, only where it is not installed."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from conftest import ROOT, SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import DependencyError, QueryError
from kg.query import QUERY_PREFIXES, check_query, list_queries, run_query
from kg.sparql_text import for_endpoint, term_text

runner = CliRunner()
README = (ROOT / "README.md").read_text(encoding="utf-8")
HOST = "127.0.0.1"
BINDINGS = {  # a binding for each shipped query that takes one (the README's)
    "article_facts": "article_id=004_54478cb6a09e8f2b.txt",
    "person_profile": "name=Kellogg",
    "person_statements": "name=Boris Johnson",
    "statements_by_affiliation": "affiliation=united states",
}
HOSTILE = [
    'x" } } ; DROP ALL ; #',
    "x' } } #",
    'x\\" } #',
    "x\\u0022 } #",
    'x"""\n} }\nSELECT * { ?s ?p ?o } #',
    "x\n} UNION { ?s ?p ?o }",
    'x") } ?s ?p ?name . VALUES ?name { "',
    "\x00\r\t\x7f\u2028\u202e",
]


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def oxigraph():
    from kg.serve import oxigraph_binary

    try:
        return oxigraph_binary()
    except DependencyError as exc:
        pytest.skip(f"no Oxigraph server program to test against ({exc.reason})")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def server(oxigraph, tmp_path_factory):
    """A writable Oxigraph server on an empty store: its base URL."""
    port = _free_port()
    url = f"http://{HOST}:{port}"
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [oxigraph, "serve", "--location", str(location), "--bind", f"{HOST}:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while not _answers(url):
            assert process.poll() is None, process.stderr.read()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the Oxigraph server did not answer in 20 s"
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out), "--store", "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def pushed(server, built):
    result = runner.invoke(app, ["push", str(built / "graph.ttl"), "--endpoint", f"{server}/store"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"replaced the default graph at {server}/store")
    return f"{server}/query"


def _kg(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _count(endpoint: str, *more: str) -> int:
    out = _kg("query", "--endpoint", endpoint, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
              "--format", "json", *more)
    return int(json.loads(out)[0]["n"])


# ---------------------------------------------------------------- push and query


def test_server_push_loads_the_whole_build(pushed, built):
    local = run_query(built / "graph.ttl", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").rows[0][0]
    assert _count(pushed) == int(local) > 1000


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_server_every_shipped_query_answers_as_locally(pushed, built, name, fmt):
    for bind in ([], ["--bind", BINDINGS[name]] if name in BINDINGS else []):
        args = [name, "--format", fmt, *bind]
        local = _kg("query", str(built / "graph.ttl"), *args)
        assert _kg("query", "--endpoint", pushed, *args) == local
        assert "(0 rows)" not in local or not bind


@pytest.mark.parametrize("sparql", [
    "ASK { ?p a kg:Person ; rdfs:label ?name }",
    "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kg:Person ; rdfs:label ?l ; rdfs:label ?name }",
    "CONSTRUCT WHERE { ?p rdfs:label ?name }",
    "DESCRIBE ?p ?name WHERE { ?p rdfs:label ?name }",
    "SELECT * { SELECT ?name ?p { ?p rdfs:label ?name } }",
    ("PREFIX kg: <https://w3id.org/newskg/ontology#>\n# a comment { with a brace\n"
     "SELECT ?name (EXISTS { ?p kg:met ?q } AS ?met) WHERE { ?p a kg:Person ; rdfs:label ?name }"),
])
def test_server_every_query_form_answers_as_locally(pushed, built, sparql):
    args = [sparql, "--bind", "name=Mark Rutte", "--format", "json"]
    local = _kg("query", str(built / "graph.ttl"), *args)
    assert _kg("query", "--endpoint", pushed, *args) == local
    assert json.loads(local)


@pytest.mark.parametrize("value", HOSTILE)
def test_server_a_hostile_binding_cannot_change_the_query(pushed, built, value):
    before = _count(pushed)
    echoed = _kg("query", "--endpoint", pushed, "SELECT ?name WHERE { }", "--bind",
                 f"name={value}", "--format", "json")
    assert json.loads(echoed) == [{"name": value}]  # one literal, exactly the value
    args = ["person_statements", "--bind", f"name={value}", "--format", "json"]
    local = _kg("query", str(built / "graph.ttl"), *args)
    assert _kg("query", "--endpoint", pushed, *args) == local == "[]\n"
    assert _count(pushed) == before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), language=st.sampled_from(["en", "en-GB", "de-CH-1996", "zh-Hant-TW"]))
def test_server_any_literal_arrives_as_itself(text, language):
    store = ox.Store()
    for term in (ox.Literal(text), ox.Literal(text, language=language),
                 ox.Literal(text, datatype=ox.NamedNode("https://example.org/t#x"))):
        query = "SELECT ?v ?w WHERE { BIND(1 AS ?w) }"
        sent, form = for_endpoint(query, check_query(query, bindings={"v": term}))
        assert form == "SELECT"
        rows = list(store.query(sent))
        assert len(rows) == 1 and rows[0]["v"] == term


@pytest.mark.parametrize("value", [
    "<http://a> } DROP ALL #>", "<http://a b>", '"x"^^<http://a>b>', '"x"^^nope:t',
])
def test_server_a_binding_no_query_can_carry_is_refused(value):
    with pytest.raises(QueryError) as caught:
        for_endpoint("SELECT ?v {}", check_query("SELECT ?v {}", bindings={"v": value}))
    assert caught.value.line().startswith("error E004: binding 'v'")


def test_server_terms_are_written_by_the_grammar():
    assert term_text(ox.NamedNode("https://example.org/a#b")) == "<https://example.org/a#b>"
    assert term_text(ox.Literal('a "b" \\ c\nd')) == '"a \\"b\\" \\\\ c\\nd"'
    assert term_text(ox.Literal("x", language="en-GB")) == '"x"@en-gb'
    integer = "http://www.w3.org/2001/XMLSchema#integer"
    assert term_text(ox.Literal("1", datatype=ox.NamedNode(integer))) == f'"1"^^<{integer}>'
    with pytest.raises(ValueError, match="blank node"):
        term_text(ox.BlankNode("b0"))


def test_server_prefixes_the_query_declares_are_not_declared_again():
    query = "PREFIX kg: <https://example.org/other#>\nSELECT ?x { ?x a kg:Person }"
    sent, _ = for_endpoint(query, prefixes=QUERY_PREFIXES)
    assert sent.count("PREFIX kg:") == 1 and "PREFIX kgr:" in sent


def test_server_named_graphs_replace_and_add(server, built, tmp_path):
    graph = "https://example.org/graphs/seeds"
    one = tmp_path / "one.nt"
    one.write_text("<https://example.org/a> <https://example.org/b> \"c\" .\n", encoding="utf-8")
    store, endpoint = f"{server}/store", f"{server}/query"
    _kg("push", str(one), "--endpoint", store, "--graph", graph)
    assert _count(endpoint, "--graph", graph) == 1
    added = _kg("push", "--store", str(built / "store"), "--endpoint", store, "--graph", graph,
                "--add")
    assert added.startswith(f"added to graph <{graph}>")
    total = _count(endpoint, "--graph", graph)
    assert total > 1000
    jsonld = tmp_path / "one.jsonld"
    jsonld.write_bytes(ox.serialize(ox.parse(path=one), format=ox.RdfFormat.JSON_LD))
    _kg("push", str(jsonld), "--endpoint", store, "--graph", graph)
    assert _count(endpoint, "--graph", graph) == 1


@pytest.mark.parametrize(("args", "line"), [
    (["push", "{graph}", "--endpoint", "http://127.0.0.1:{closed}/store"],
     "error E012: http://127.0.0.1:{closed}/store?default: connection refused"),
    (["push", "{graph}", "--endpoint", "{server}/nowhere"],
     "error E012: {server}/nowhere?default: HTTP 404 Not Found"),
    (["push", "{graph}", "--endpoint", "ftp://127.0.0.1/store"],
     "error E010: --endpoint: not an http(s) URL"),
    (["push", "{graph}", "--endpoint", "http://127.0.0.1:port/store"],
     "error E010: --endpoint: not a URL"),
    (["push", "{graph}", "--endpoint", "{server}/store", "--graph", "not an iri"],
     "error E010: --graph: not an absolute IRI"),
    (["push", "missing.ttl", "--endpoint", "{server}/store"],
     "error E003: missing.ttl: no such file"),
    (["push", "--store", "{out}", "--endpoint", "{server}/store"],
     "error E003: {out}: not an Oxigraph store"),
    (["push", "--endpoint", "{server}/store"],
     "error E010: kg push: give a graph file or --store DIR"),
    (["query", "--endpoint", "http://127.0.0.1:{closed}/query", "who_met_whom"],
     "error E012: http://127.0.0.1:{closed}/query: connection refused"),
    (["query", "--endpoint", "{server}/query", "SELECT ?x { ?x a nope:Thing }"],
     "error E004: SPARQL syntax error"),
    (["query", "--endpoint", "{server}/query", "who_met_whom", "--bind", "x) {} #=1"],
     "error E004: binding 'x) {} #': the query has no variable"),
    (["query", "--endpoint", "{server}/nowhere", "who_met_whom"],
     "error E012: {server}/nowhere: HTTP 404 Not Found"),
    (["query", "{graph}", "who_met_whom", "--graph", "https://example.org/g"],
     "error E010: --graph: names a graph of an --endpoint"),
])
def test_server_failures_are_one_line(server, built, args, line):
    values = {"graph": str(built / "graph.ttl"), "server": server, "closed": str(_free_port()),
              "out": str(built)}

    def fill(text: str) -> str:
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text

    result = runner.invoke(app, [fill(a) for a in args])
    assert result.exit_code in (1, 2)
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert result.output.startswith(fill(line)), result.output


# ---------------------------------------------------------------- kg serve


def _read_line(stream, timeout: float) -> str:
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return box[0] if box else ""


@pytest.fixture
def kg_serve(oxigraph):
    """Start ``kg serve`` as a process; returns (process, endpoint URL). Stopped after the
    test however it ends (its whole process group, should the test fail halfway)."""
    started: list[subprocess.Popen] = []

    def start(store, *more: str) -> tuple[subprocess.Popen, str]:
        bind = f"{HOST}:{_free_port()}"
        process = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--bind", bind, *more],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        )
        started.append(process)
        lines = [_read_line(process.stdout, 30) for _ in range(2)]
        assert lines[1].startswith("SPARQL endpoint: "), (lines, process.stderr.read())
        mode = "read-write" if "--writable" in more else "read-only"
        assert lines[0] == f"serving {store} ({mode}) until Ctrl-C\n"
        url = lines[1].removeprefix("SPARQL endpoint: ").strip()
        assert url == f"http://{bind}/query"
        return process, url

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _nobody_listens(url: str) -> bool:
    host, port = url.split("//")[1].split("/")[0].split(":")
    try:
        socket.create_connection((host, int(port)), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def test_server_kg_serve_answers_read_only_and_stops_on_ctrl_c(kg_serve, built):
    process, url = kg_serve(built / "store")
    local = _kg("query", str(built / "graph.ttl"), "who_met_whom")
    assert _kg("query", "--endpoint", url, "who_met_whom") == local
    assert _kg("query", str(built / "graph.ttl"), "person_profile", "--bind", "name=Kellogg") \
        == _kg("query", "--endpoint", url, "person_profile", "--bind", "name=Kellogg")
    update = urllib.request.Request(url.replace("/query", "/update"), method="POST",
                                    data=b"DELETE WHERE { ?s ?p ?o }",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=10)
    assert refused.value.code == 403
    shown = re.search(r"```sh\ncurl -s (\S+) -H '([^']+)' --data-urlencode \\\n  '(query=.*?)'\n```"
                      r"\n\n```\n(.*?)```", README, re.DOTALL)
    assert shown and shown.group(1) == "http://127.0.0.1:7878/query", "no curl example"
    name, value = shown.group(2).split(": ")
    key, text = shown.group(3).split("=", 1)
    curl = urllib.request.Request(url, data=urllib.parse.urlencode({key: text}).encode(),
                                  headers={name: value})
    with urllib.request.urlopen(curl, timeout=10) as answer:
        assert answer.read().decode().replace("\r\n", "\n") == shown.group(4)  # CSV: CRLF
    push = runner.invoke(app, ["push", str(built / "graph.ttl"), "--endpoint",
                               url.replace("/query", "/store")])
    assert push.exit_code == 1 and "HTTP 403 Forbidden: The server is read-only" in push.output
    assert _kg("query", "--endpoint", url, "who_met_whom") == local
    process.send_signal(signal.SIGINT)  # what Ctrl-C sends
    assert process.wait(15) == 0
    assert process.stderr.read().strip() == "stopped"
    assert _nobody_listens(url)


def test_server_kg_serve_writable_takes_pushes_and_stops_on_sigterm(kg_serve, built, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(built / "store", store)
    process, url = kg_serve(store, "--writable")
    assert _read_line(process.stdout, 5).startswith("updates: ")
    store_url = url.replace("/query", "/store")
    assert _read_line(process.stdout, 5).strip() == f"graph store: {store_url}"
    one = tmp_path / "one.ttl"
    one.write_text("<https://example.org/a> <https://example.org/b> 1 .\n", encoding="utf-8")
    _kg("push", str(one), "--endpoint", url.replace("/query", "/store"))
    assert _count(url) == 1
    process.terminate()
    assert process.wait(15) == 0
    assert _nobody_listens(url)


def test_server_kg_serve_refusals_are_one_line(server, built, tmp_path, monkeypatch):
    port = server.rsplit(":", 1)[1]
    cases = [
        (["--store", str(tmp_path / "none")], "error E003: ", "no such store"),
        (["--store", str(tmp_path)], "error E003: ", "not an Oxigraph store"),
        (["--store", str(built / "store"), "--bind", f"{HOST}:{port}"], "error E012: ",
         "cannot listen there"),
        (["--store", str(built / "store"), "--bind", "127.0.0.1"], "error E010: --bind",
         "HOST:PORT"),
    ]
    for args, start, reason in cases:
        result = runner.invoke(app, ["serve", *args])
        assert result.exit_code in (1, 2) and result.output.startswith(start), result.output
        assert reason in result.output and len(result.output.strip().splitlines()) == 1

    import kg.serve

    monkeypatch.setattr(kg.serve, "_beside_python", list)
    monkeypatch.setenv("PATH", str(tmp_path))
    result = runner.invoke(app, ["serve", "--store", str(built / "store")])
    assert result.exit_code == 1
    assert result.output.strip() == ("error E008: kg serve: the Oxigraph server is not installed: "
                                     "pip install 'newskg[server]' (or: pip install oxigraph)")


def test_server_query_text_in_place_of_the_graph_is_kept_as_typed(pushed, built):
    """``kg query --endpoint URL QUERY`` and ``--store DIR QUERY``: the text is not read as a
    path (which would make ``https://`` ``https:/``)."""
    sparql = ("SELECT (COUNT(*) AS ?n) { ?p a <https://w3id.org/newskg/ontology#Person> }")
    local = _kg("query", str(built / "graph.ttl"), sparql)
    assert "0" != local.splitlines()[2].strip()
    assert _kg("query", "--endpoint", pushed, sparql) == local
    assert _kg("query", "--store", str(built / "store"), sparql) == local
