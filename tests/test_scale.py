"""Scale, behaviour only (speed is measured in benchmarks/scale.py): the per-article stage is a
pure function of each article, so the same files give the same bytes whatever their order,
the number of workers, the executor (processes or a Dask cluster) and the cache; a build
redoes only the articles that changed; a bad cache entry or a dying worker costs one
article; the Oxigraph store answers like the Turtle; progress is reported."""

from __future__ import annotations

import io
import os
import shutil
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cache import fingerprint
from kg.cli import app
from kg.pipeline import build
from kg.progress import Progress
from kg.relations import default_extractors
from kg.write.output import build_into
from conftest import DEV, SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds and ten development articles in two folders."""
    root = tmp_path_factory.mktemp("corpus")
    for name, source in (("one", SEEDS), ("two", DEV / "articles")):
        (root / name).mkdir()
        for path in sorted(source.glob("*.txt"))[:10]:
            shutil.copy(path, root / name / path.name)
    return root


@pytest.fixture(scope="module")
def reference(nlp, corpus, tmp_path_factory):
    """The Turtle of a cold, one-process build of the corpus."""
    out = tmp_path_factory.mktemp("ref") / "out"
    build_into(out, [corpus / "one", corpus / "two"], jobs=1, cache=False, html=False)
    return (out / "graph.ttl").read_bytes()


def _turtle(tmp_path: Path, paths, **options) -> bytes:
    out = tmp_path / "out"
    build_into(out, paths, html=False, **options)
    return (out / "graph.ttl").read_bytes()


def test_scale_same_bytes_in_any_order(corpus, reference, tmp_path):
    files = sorted((corpus / "two").glob("*.txt"), reverse=True) + [corpus / "one"]
    assert _turtle(tmp_path, files, jobs=1, cache=False) == reference


def test_scale_same_bytes_with_two_workers(corpus, reference, tmp_path):
    """Batches of four: several batches, so the two worker processes do run."""
    assert _turtle(tmp_path, [corpus / "two", corpus / "one"], jobs=2, cache=False,
                   batch_size=4) == reference


def test_scale_one_batch_runs_here_without_workers(corpus, reference, tmp_path, monkeypatch):
    """A single batch to run (a warm build that redoes a few articles) starts no workers."""
    import kg.execute

    def no_workers(*args, **kwargs):
        raise AssertionError("worker processes started for one batch")

    monkeypatch.setattr(kg.execute, "_processes", no_workers)
    assert _turtle(tmp_path, [corpus / "two", corpus / "one"], jobs=2, cache=False) == reference


def test_scale_same_bytes_on_a_dask_cluster(corpus, reference, tmp_path):
    pytest.importorskip("distributed")
    got = _turtle(tmp_path, [corpus / "one", corpus / "two"], executor="dask", jobs=2,
                  cache=False)
    assert got == reference


def test_scale_same_bytes_from_the_cache_and_only_changes_redone(corpus, reference, tmp_path):
    work = tmp_path / "in"
    shutil.copytree(corpus, work)
    out = tmp_path / "out"
    _, _, cold = build_into(out, [work / "one", work / "two"], html=False)
    assert cold == {"reused": 0, "computed": 15}
    _, _, warm = build_into(out, [work / "one", work / "two"], html=False)
    assert warm == {"reused": 15, "computed": 0}
    assert (out / "graph.ttl").read_bytes() == reference
    # add one, change one, remove one: two are computed, the rest reused
    changed = sorted((work / "two").glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nAnna Berg met Jonas Lind.\n",
                       encoding="utf-8")
    sorted((work / "two").glob("*.txt"))[1].unlink()
    (work / "two" / "new.txt").write_text("President Anna Berg met Chancellor Jonas Lind in "
                                          "Oslo on Friday.\n", encoding="utf-8")
    _, _, again = build_into(out, [work / "one", work / "two"], html=False)
    assert again == {"reused": 13, "computed": 2}
    cold_again = tmp_path / "cold"
    build_into(cold_again, [work / "one", work / "two"], html=False, cache=False)
    assert (out / "graph.ttl").read_bytes() == (cold_again / "graph.ttl").read_bytes()
    entries = sorted((out / "cache").glob("*/*.msgpack"))
    assert len(entries) == 15  # the removed article's entry is gone with the old build


def test_scale_bad_cache_entries_are_ignored_with_a_warning(corpus, reference, tmp_path):
    out = tmp_path / "out"
    build_into(out, [corpus / "one", corpus / "two"], html=False)
    entries = sorted((out / "cache").glob("*/*.msgpack"))
    entries[0].write_bytes(b"\x00 not msgpack at all")
    from kg.cache import decode, encode

    foreign = fingerprint()
    foreign = type(foreign)(foreign.newskg, "xx_other_model-1.0:ner", foreign.relations,
                            foreign.calibration)
    entries[1].write_bytes(encode(decode(entries[1].read_bytes(), fingerprint()), foreign))
    result, _, figures = build_into(out, [corpus / "one", corpus / "two"], html=False)
    assert figures == {"reused": 13, "computed": 2}
    assert sum("cache entry ignored" in w for w in result.warnings) == 2
    assert (out / "graph.ttl").read_bytes() == reference


def _fatal(ctx):
    """An extractor that kills its own worker process on one article."""
    if "KILLME" in ctx.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return []


def test_scale_a_dying_worker_costs_one_article(nlp, corpus, tmp_path):
    work = tmp_path / "in"
    shutil.copytree(corpus / "two", work)
    (work / "zz_killer.txt").write_text("KILLME. Anna Berg met Jonas Lind.\n", encoding="utf-8")
    extractors = {**default_extractors(), "test.fatal.v1": _fatal}
    result = build([work], jobs=2, batch_size=3, extractors=extractors)
    assert sorted(a.id for a in result.articles) == sorted(
        p.name for p in work.glob("*.txt") if p.name != "zz_killer.txt")
    assert any("zz_killer.txt: skipped, its worker process died" in w for w in result.warnings)
    assert result.skipped == 1


def test_scale_store_answers_like_the_turtle(nlp, tmp_path):
    out = tmp_path / "out"
    built = runner.invoke(app, ["build", str(SEEDS), "--out", str(out), "--store", "-q"])
    assert built.exit_code == 0, built.output
    for query in ("who_met_whom", "countries_by_role", "meetings_timeline"):
        from_store = runner.invoke(app, ["query", "--store", str(out / "store"), query])
        from_file = runner.invoke(app, ["query", str(out / "graph.ttl"), query])
        assert from_store.exit_code == 0, from_store.output
        assert from_store.output == from_file.output
    bad = runner.invoke(app, ["query", "--store", str(tmp_path), "who_met_whom"])
    assert bad.exit_code == 1 and "not an Oxigraph store" in bad.output


def test_scale_graph_written_in_sorted_runs_is_the_same(nlp, tmp_path):
    """A graph bigger than one sort chunk goes through runs on disk: the same Turtle and store,
    and no scratch file left behind."""
    import pyoxigraph as ox

    from kg.write.rdf import triples, turtle, write_graph

    result = build([SEEDS])
    whole = turtle(result)
    count = write_graph(triples(result), tmp_path / "a.ttl", chunk=37, store_path=tmp_path / "s")
    assert (tmp_path / "a.ttl").read_bytes() == whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "s"]
    store = ox.Store.read_only(str(tmp_path / "s"))
    assert len(store) == count == len(list(ox.parse(whole, format=ox.RdfFormat.TURTLE)))


def test_scale_progress_lines_and_quiet(nlp, corpus, tmp_path):
    stream = io.StringIO()
    progress = Progress(None, stream=stream, every=0.0)

    def report(done, total, warnings):
        progress.total = total
        progress.update(done=done, warnings=warnings)

    build([corpus / "one"], progress=report)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines and all(line.startswith("kg: ") for line in lines)
    assert "5/5 articles (100%)" in lines[-1] and "warnings" in lines[-1]
    quiet = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "q"), "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""


def test_scale_cache_key_ignores_where_the_file_lies(nlp, corpus, tmp_path):
    out = tmp_path / "out"
    build_into(out, [corpus / "one"], html=False)
    moved = tmp_path / "moved"
    shutil.copytree(corpus / "one", moved)
    _, _, figures = build_into(out, [moved], html=False)
    assert figures == {"reused": 5, "computed": 0}
