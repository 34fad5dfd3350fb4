"""A build succeeds whole or changes nothing, whatever the input, the crash or the neighbour.

One test (or table) per failure that issue 7 reproduced: skipped inputs and bad options never
replace a good graph; the output folder is published in one step (killed builds at every
publishing step and at random moments leave it whole); a lock keeps two builds apart; one bad
article or JSONL line spoils nothing else; exports stay valid for any text; FIFOs, permissions
and an --out inside the input are handled; article text cannot drive a terminal; one very long
article gives the same facts parsed in pieces; the same text under two names is read once.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare
from typer.testing import CliRunner

from kg.write.atomic import write_bytes
from kg.cli import app
from kg.errors import InputError
from kg.write.export import export
from kg.relations import default_extractors
from kg.limits import MAX_CHARS
from kg.pipeline import build
from kg.write.publish import Publisher
from kg.read import read_articles
from conftest import SEEDS

runner = CliRunner()
ONE = SEEDS / "002_042c43f5f6cdb6a6.txt"
PLAIN = "President Anna Berg met Chancellor Jonas Lind in Oslo on Monday.\n\n" \
        "\"We agreed on everything that matters,\" Berg said after the talks.\n"
NO_FACTS = "The weather was fine in Oslo today.\n\nRain is expected later in the week.\n"


def _cli(*args: str):
    return runner.invoke(app, list(args))


def _kg(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """The real command in its own process (a kill must not take the test runner with it)."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, **kw)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html", "build.json")}


def _one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


@pytest.fixture(scope="module")
def seeded(nlp, tmp_path_factory):
    """A folder with a published build of the seeds, and its bytes."""
    home = tmp_path_factory.mktemp("seeded")
    out = home / "out"
    result = _cli("build", str(SEEDS), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out, _snapshot(out)


@pytest.fixture()
def fresh(seeded, tmp_path):
    """A private copy of the seeded output: published the same way, safe to spoil."""
    out = tmp_path / "out"
    assert _cli("build", str(SEEDS), "--out", str(out)).exit_code == 0
    assert _snapshot(out) == seeded[1]
    return out


# 1. Nothing to show publishes nothing ---------------------------------------------------------


@pytest.mark.parametrize("content", ["", "   \n\n\t\n", "x" * (MAX_CHARS + 1)],
                         ids=["empty", "whitespace", "too-long"])
def test_reliability_named_file_left_out_keeps_the_previous_build(fresh, tmp_path, content):
    before = _snapshot(fresh)
    named = tmp_path / "named.txt"
    named.write_text(content, encoding="utf-8")
    result = _cli("build", str(named), "--out", str(fresh))
    assert result.exit_code == 1
    assert "E011" in result.output and "no article could be read" in result.output
    assert "named.txt" in result.output  # the warning says which and why
    assert _snapshot(fresh) == before


@pytest.mark.parametrize("value", ["nan", "inf", "-0.1", "1.5"])
def test_reliability_bad_min_confidence_is_refused_before_any_work(fresh, value):
    before = _snapshot(fresh)
    result = _cli("build", str(SEEDS), "--out", str(fresh), "--min-confidence", value)
    assert result.exit_code == 2
    assert _one_line(result.output).startswith("error E010: --min-confidence")
    assert _snapshot(fresh) == before


def test_reliability_no_facts_where_there_were_some_is_refused(fresh, tmp_path):
    before = _snapshot(fresh)
    dull = tmp_path / "dull.txt"
    dull.write_text(NO_FACTS, encoding="utf-8")
    result = _cli("build", str(dull), "--out", str(fresh))
    assert result.exit_code == 1 and "E011" in result.output and "--allow-empty" in result.output
    assert _snapshot(fresh) == before
    forced = _cli("build", str(dull), "--out", str(fresh), "--allow-empty")
    assert forced.exit_code == 0, forced.output
    assert json.loads((fresh / "build.json").read_text())["facts"] == {}


def test_reliability_out_holding_other_files_is_refused(tmp_path):
    out = tmp_path / "documents"
    out.mkdir()
    (out / "thesis.docx").write_text("mine", encoding="utf-8")
    result = _cli("build", str(ONE), "--out", str(out))
    assert result.exit_code == 1 and "did not write" in _one_line(result.output)
    assert (out / "thesis.docx").read_text(encoding="utf-8") == "mine" and not out.is_symlink()


def test_reliability_plain_output_folder_of_an_older_build_is_adopted(nlp, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# old\n", encoding="utf-8")
    assert _cli("build", str(ONE), "--out", str(out)).exit_code == 0
    assert out.is_symlink() and (out / "graph.ttl").read_text(encoding="utf-8") != "# old\n"


# 2. Published as a unit; a lock; stale files cleaned --------------------------------------------


@pytest.fixture(scope="module")
def other_build(nlp, tmp_path_factory):
    """The bytes a build of ONE article gives (the 'new' build the kill tests interrupt)."""
    out = tmp_path_factory.mktemp("other") / "out"
    assert _cli("build", str(ONE), "--out", str(out)).exit_code == 0
    return _snapshot(out)


def _whole(out: Path, *builds: dict[str, bytes]) -> dict[str, bytes]:
    """The output is exactly one of ``builds``: never a mix of two."""
    now = _snapshot(out)
    assert now in builds, "the output folder mixes two builds"
    return now


def _only_one_build_left(out: Path) -> None:
    home = out.parent / f".{out.name}.kg"
    names = sorted(p.name for p in home.iterdir())
    assert len(names) == 2 and names[1] == "lock" and names[0].startswith("build-"), names


@pytest.mark.parametrize("step", ["publish:staged", "publish:renamed", "publish:linked",
                                  "publish:switched"])
def test_reliability_killed_at_each_publishing_step(fresh, seeded, other_build, step):
    proc = _kg("build", str(ONE), "--out", str(fresh), env={"KG_KILL_AT": step})
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    now = _whole(fresh, seeded[1], other_build)
    assert now == (other_build if step == "publish:switched" else seeded[1])
    again = _cli("build", str(ONE), "--out", str(fresh))  # the next build is right and tidies up
    assert again.exit_code == 0, again.output
    assert _snapshot(fresh) == other_build
    _only_one_build_left(fresh)


def test_reliability_killed_at_random_moments(fresh, seeded, other_build):
    rng = random.Random(7)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(ONE), "--out",
                                 str(fresh)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _whole(fresh, seeded[1], other_build)
    assert _cli("build", str(SEEDS), "--out", str(fresh)).exit_code == 0
    assert _snapshot(fresh) == seeded[1]
    _only_one_build_left(fresh)


def test_reliability_second_build_waits_or_exits_3(fresh, seeded):
    with Publisher(fresh):  # another build holds the lock
        busy = _kg("build", str(ONE), "--out", str(fresh), "--no-wait")
        assert busy.returncode == 3
        assert _one_line(busy.stderr).startswith("error E009: ")
        waiting = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(ONE), "--out",
                                    str(fresh)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        time.sleep(3)
        assert waiting.poll() is None  # still waiting for us
    _, stderr = waiting.communicate(timeout=120)
    assert waiting.returncode == 0 and "waiting for another build" in stderr
    assert _snapshot(fresh) != seeded[1]


def test_reliability_temp_files_of_dead_writers_are_removed(tmp_path):
    dead = tmp_path / ".graph.ttl.99999999.x1.tmp"  # no process has this pid
    alive = tmp_path / f".graph.ttl.{os.getppid()}.x2.tmp"
    other = tmp_path / ".page.html.99999999.x3.tmp"
    for path in (dead, alive, other):
        path.write_text("half", encoding="utf-8")
    write_bytes(tmp_path / "graph.ttl", b"whole\n")
    assert not dead.exists() and alive.exists() and other.exists()
    assert (tmp_path / "graph.ttl").read_bytes() == b"whole\n"


# 3. One bad article or line spoils nothing else ---------------------------------------------------


def test_reliability_hostile_jsonl_lines_leave_the_rest_built(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps({"id": "ok", "text": PLAIN}),
             '{"id": "surrogate", "text": "President Anna Berg said \\ud800 the talks were good."}',
             "[" * 50_000 + "]" * 50_000,
             '{"text": ' + '{"a": ' * 3000 + "1" + "}" * 3000 + "}"]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "story.txt").write_text(PLAIN.replace("Anna Berg", "Erik Dahl"), encoding="utf-8")
    out = tmp_path / "out"
    result = _cli("build", str(folder), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "articles read: 3 (2 skipped)" in result.output
    assert f"{folder / 'batch.jsonl'}:3: skipped" in result.output
    assert f"{folder / 'batch.jsonl'}:4: skipped" in result.output
    strict = _cli("build", str(folder), "--out", str(tmp_path / "strict"), "--strict")
    assert strict.exit_code == 1 and "batch.jsonl:3" in _one_line(strict.output)


def test_reliability_an_extractor_crash_costs_one_article(nlp, tmp_path):
    other = PLAIN.replace("Anna Berg", "Erik Dahl").replace("Berg", "Dahl")
    for name, text in (("a.txt", PLAIN), ("b.txt", "BOOM. " + PLAIN), ("c.txt", other)):
        (tmp_path / name).write_text(text, encoding="utf-8")

    def fragile(ctx):
        if "BOOM" in ctx.text:
            raise ZeroDivisionError("a bug in one extractor")
        return []

    extractors = {**default_extractors(), "test.fragile.v1": fragile}
    result = build([tmp_path], extractors=extractors)
    assert [a.id for a in result.articles] == ["a.txt", "c.txt"] and result.skipped == 1
    assert any("b.txt: skipped, internal error while extracting (ZeroDivisionError"
               in w for w in result.warnings)
    assert {f.evidence.article_id for f in result.facts} == {"a.txt", "c.txt"}
    with pytest.raises(InputError, match="b.txt"):
        build([tmp_path], extractors=extractors, strict=True)


# 4. Exports valid for any text ---------------------------------------------------------------------

HOSTILE = "a\u2028b\u2029c\u0085d\x0be\x0cf\x1cg\x1dh\x1ei\x00j\x01k\x1b[2Jl\"m\\n\u202eo"


def _hostile_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    kg = rdflib.Namespace("https://w3id.org/newskg/ontology#")
    node = rdflib.URIRef("https://w3id.org/newskg/id/person-x")
    g.add((node, rdflib.RDF.type, kg.Person))
    g.add((node, rdflib.RDFS.label, rdflib.Literal(HOSTILE)))
    g.add((node, rdflib.SKOS.altLabel, rdflib.Literal("line one\nline two\r\n")))
    return g


def test_reliability_ntriples_are_valid_for_any_literal(tmp_path):
    data = export(_hostile_graph(), "nt")
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "" and all(line.endswith(" .") for line in lines[:-1])
    assert lines[:-1] == sorted(lines[:-1]) and len(lines) == 4
    parsed = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    assert any(q.object.value == HOSTILE for q in parsed)
    back = rdflib.Graph().parse(data=data, format="nt")
    assert rdflib.compare.isomorphic(back, _hostile_graph())
    path = tmp_path / "g.nt"
    path.write_bytes(data)
    if _have("rapper"):
        check = subprocess.run(["rapper", "-q", "-i", "ntriples", "-c", str(path)],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


def test_reliability_graphml_for_any_text(tmp_path):
    path = tmp_path / "g.graphml"
    path.write_bytes(export(_hostile_graph(), "graphml"))
    network = nx.read_graphml(path)
    [label] = [d["label"] for _, d in network.nodes(data=True)]
    assert label.startswith("a\u2028b") and "\x00" not in label and "\ufffd" in label


def _have(command: str) -> bool:
    from shutil import which

    return which(command) is not None


# 5. FIFOs and permissions --------------------------------------------------------------------------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _timeout(seconds: int):
    def ring(*_):
        raise TimeoutError("hung")
    signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)


def test_reliability_a_fifo_never_hangs_a_build(tmp_path):
    (tmp_path / "a.txt").write_text(PLAIN, encoding="utf-8")
    pipe = _fifo(tmp_path / "x.txt")
    warnings: list[str] = []
    _timeout(20)
    try:
        assert [a.id for a in read_articles([tmp_path], warn=warnings.append)] == ["a.txt"]
        with pytest.raises(InputError) as named:
            list(read_articles([pipe]))
    finally:
        signal.alarm(0)
    assert warnings == [f"{pipe}: skipped, not a regular file (a FIFO)"]
    assert named.value.line() == f"error E001: {pipe}: not a regular file (a FIFO)"


def _unprivileged(func, warm_up=None):
    """Run ``func`` where permissions apply: directly for a normal user; for root, in a forked
    child that has become 'nobody' (root reads anything). ``warm_up`` runs first as root, so
    that every module the child needs is imported (it cannot read /root). Returns what
    ``func`` returns."""
    if os.geteuid() != 0:
        return func()
    if warm_up is not None:
        warm_up()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, run, send back the answer
        code = 0
        try:
            os.close(read)
            os.setgid(65534)
            os.setuid(65534)
            payload = json.dumps(func())
        except BaseException as exc:  # noqa: BLE001
            payload, code = json.dumps({"error": repr(exc)}), 1
        os.write(write, payload.encode())
        os._exit(code)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return json.loads(b"".join(chunks))


@pytest.fixture()
def open_tmp():
    """A temporary folder every user can reach (pytest's own sits in a root-only folder)."""
    import shutil
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="kg-perm-"))
    path.chmod(0o777)
    yield path
    for folder, _dirs, _files in os.walk(path):
        os.chmod(folder, 0o755)
    shutil.rmtree(path, ignore_errors=True)


def test_reliability_permission_problems(nlp, open_tmp):
    tmp_path = open_tmp
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "a.txt").write_text(PLAIN, encoding="utf-8")
    (root / "locked" / "b.txt").write_text(PLAIN, encoding="utf-8")
    unreadable = tmp_path / "unreadable.txt"
    unreadable.write_text(PLAIN, encoding="utf-8")
    unreadable.chmod(0)
    (root / "locked").chmod(0)
    for path in (tmp_path, root):
        path.chmod(0o777)

    def attempt():
        warnings: list[str] = []
        ids = [a.id for a in read_articles([root], warn=warnings.append)]
        lines = {}
        for name, path in (("unreadable", unreadable), ("inside", root / "locked" / "b.txt")):
            result = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out")])
            lines[name] = (result.exit_code, result.output)
        return {"ids": ids, "warnings": warnings, "lines": lines}

    def warm_up():
        scratch = tmp_path / "scratch"
        scratch.mkdir()
        (scratch / "a.txt").write_text(PLAIN, encoding="utf-8")
        runner.invoke(app, ["build", str(scratch / "a.txt"), "--out", str(scratch / "out")])
        list(read_articles([root], warn=lambda _: None))

    try:
        seen = _unprivileged(attempt, warm_up)
    finally:
        (root / "locked").chmod(0o755)
    assert "error" not in seen, seen
    assert seen["ids"] == ["a.txt"]
    assert seen["warnings"] == [f"{root / 'locked'}: skipped, folder not read (Permission denied)"]
    for name in ("unreadable", "inside"):
        status, output = seen["lines"][name]
        assert status == 1, (name, seen)
        assert _one_line(output).startswith("error E001: "), (name, seen)
        assert "Permission denied" in output


# 6. The output inside the input; the same text twice ---------------------------------------------


def test_reliability_out_inside_the_input_folder_is_not_read(nlp, tmp_path):
    (tmp_path / "story.txt").write_text(PLAIN, encoding="utf-8")
    for _ in range(2):
        result = _cli("build", str(tmp_path), "--out", str(tmp_path / "out"))
        assert result.exit_code == 0, result.output
        assert "articles read: 1\n" in result.output and "warnings: 0" in result.output


def test_reliability_same_text_under_two_names_is_read_once(nlp, tmp_path):
    (tmp_path / "b.txt").write_text("outlet: Daily One\nsource: https://one.example/x\n\n" + PLAIN,
                                    encoding="utf-8")
    (tmp_path / "a.txt").write_text("outlet: Daily Two\nsource: https://two.example/y\n\n" + PLAIN,
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text(PLAIN, encoding="utf-8")
    result = build([tmp_path])
    assert [a.id for a in result.articles] == ["a.txt"]
    assert [s.id for s in result.articles[0].also] == ["b.txt", "c.txt"]
    assert sum("same text as" in w for w in result.warnings) == 2
    single = build([tmp_path / "a.txt"])
    assert len(result.facts) == len(single.facts)
    from kg.write.rdf import to_graph

    g = to_graph(result)
    article = next(g.subjects(rdflib.RDF.type, rdflib.URIRef(
        "https://w3id.org/newskg/ontology#Article")))
    dct = rdflib.namespace.DCTERMS
    assert {str(i) for i in g.objects(article, dct.identifier)} == {"a.txt", "b.txt", "c.txt"}
    assert {str(i) for i in g.objects(article, dct.publisher)} == {"Daily One", "Daily Two"}
    assert {str(i) for i in g.objects(article, dct.source)} == {"https://one.example/x",
                                                                  "https://two.example/y"}


# 7. Terminal-safe output ----------------------------------------------------------------------------

TURTLE = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix kgr: <https://w3id.org/newskg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kgr:person-x a kg:Person ; rdfs:label "Eve\\u001B]0;pwned\\u0007" ; kg:stated kgr:claim-x .
kgr:claim-x a kg:Claim ; kg:text "all is well\\u001B[2J\\u202E" .
kgr:fact-x a kg:Statement ; kg:speaker kgr:person-x ; kg:claim kgr:claim-x ;
  kg:quoteType "direct" ; prov:wasDerivedFrom kgr:article-x ; kg:evidence "said \\u001B[2J" ;
  kg:charStart 0 ; kg:charEnd 5 ; kg:confidence "0.9"^^xsd:decimal ; kg:extractor "stated" .
kgr:article-x a kg:Article ; dcterms:identifier "x\\u001B.txt" .
"""


def test_reliability_article_text_cannot_drive_the_terminal(tmp_path):
    graph = tmp_path / "hostile.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    table = _cli("query", str(graph), "SELECT ?l ?t WHERE { ?p rdfs:label ?l ; kg:stated ?c . "
                                      "?c kg:text ?t }")
    explained = _cli("explain", str(graph), "kgr:fact-x")
    for result in (table, explained):
        assert result.exit_code == 0, result.output
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202e]", result.output)
        assert "\\x1b" in result.output
    as_json = _cli("query", str(graph), "SELECT ?t WHERE { ?c kg:text ?t }", "--format", "json")
    assert json.loads(as_json.output)[0]["t"] == "all is well\x1b[2J\u202e"  # exact in data


# 8. A very long article: parsed in pieces, same facts -------------------------------------------


def test_reliability_long_article_in_pieces_gives_the_same_facts(nlp, tmp_path):
    text = "\n\n".join(p.read_text(encoding="utf-8").split("\n", 1)[1] for p in sorted(SEEDS.glob("*.txt")))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    whole = build([tmp_path])
    pieces = build([tmp_path], chunk_chars=1500)
    assert len(text) > 5 * 1500
    key = lambda r: sorted((type(f).__name__, f.evidence.start, f.evidence.end, f.evidence.rule,
                            repr(f)) for f in r.facts)  # noqa: E731
    assert len(whole.facts) > 40
    same = set(key(whole)) & set(key(pieces))
    assert len(same) >= 0.95 * len(whole.facts)  # a cut may change one parse near it, no more
    assert all(0 <= f.evidence.start < f.evidence.end <= len(text) for f in pieces.facts)
