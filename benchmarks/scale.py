"""Scale: the targets of issue 10, each measured against a baseline taken in the same run.

    python benchmarks/scale.py [--quick] [--only NAME ...] [--keep DIR]

Builds go through the real command line (``python -m kg.cli build …`` as a child process), so
the process tree is the real one; a sampler reads the resident memory of that tree (the build
and its workers, summed) every 50 ms. Synthetic corpora come from ``benchmarks/corpus.py``
(written once, the smaller ones hard links to the first N files of the larger); the 35 real
articles are read where they lie (``seeds/``, ``../shared/dev/``, ``../shared/dev2/``).

Measurements (NAME for ``--only``):

- ``pipe``: one process. The build step of ``kg build --jobs 1 --no-cache`` (wall time, from
  the command's start to its end, with the model loaded and warmed up before the clock starts)
  against ``spacy.load(model)`` then ``nlp.pipe(texts)`` over the same texts (the articles as
  newskg reads them, furniture blanked), at spaCy's default batch size and at 16; median of
  repeats, interleaved. CPU times are printed beside. Also the seeds' facts and the dev F1.
- ``parallel``: cold builds (``--no-cache``) with ``--jobs 1``, ``--jobs 2`` and
  ``--executor dask --jobs 2``, end to end (model loads in the workers included).
- ``incremental``: a cold cached build of N articles, then the same with one article more
  (same ``--jobs``); then a rebuild with ``--store`` (all reused) whose store ``query`` uses.
- ``memory``: the peak resident memory of the process tree, and of the main process, for cold
  builds of the small and the large corpus.
- ``turtle``: a real build's triples (the 35 articles) replicated under renamed IRIs to 1M;
  Turtle through pyoxigraph (``kg.write.rdf.turtle_of``) against rdflib's serializer.
- ``query``: ``who_met_whom`` on the stores (``kg.query.run_query`` on the opened store) and
  through ``kg serve`` (``kg.endpoint.query_endpoint``, what ``kg query --endpoint`` runs).

Prints the machine, a line per measurement as it goes, then one line per target: target,
measured, ratio, met. A benchmark, not a test: it exits 0 whether or not a target is met.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REAL = [ROOT / "seeds", SHARED / "dev" / "articles", SHARED / "dev2" / "articles"]
DEV_GOLD = SHARED / "dev" / "dev.gold.json"
NAMES = ("pipe", "parallel", "incremental", "memory", "turtle", "query")

# (full, quick)
SIZES = {
    "pipe": (200, 30),  # synthetic articles for the one-process comparison
    "pipe_repeat": (3, 2),
    "parallel": (1000, 100),
    "incremental": (1000, 100),
    "memory": ((500, 5000), (50, 500)),
    "triples": (1_000_000, 100_000),
    "queries": (20, 10),
}
JOBS = 2  # the incremental and memory builds, as on this 2-core machine

KG = [sys.executable, "-m", "kg.cli"]

# A build whose model is loaded (and warmed up) before the clock starts: the build step alone.
_TIMED_BUILD = """
import json, sys, time
from kg.nlp import load_model
start = time.perf_counter()
nlp = load_model(None)  # the argument kg build passes, so the build finds it cached
list(nlp.pipe(["warm up"]))
loaded = time.perf_counter() - start
from kg.cli import app
wall, cpu = time.perf_counter(), time.process_time()
try:
    app(sys.argv[1:], prog_name="kg")
except SystemExit as exc:
    if exc.code:
        raise
print(json.dumps({"load": loaded, "wall": time.perf_counter() - wall,
                  "cpu": time.process_time() - cpu}))
"""

# The baseline: spaCy alone, the same model, the same texts.
_BARE_PIPE = """
import json, sys, time, spacy
from kg.read import read_articles
texts = [a.content() for a in read_articles(sys.argv[2:])]
nlp = spacy.load(sys.argv[1])
list(nlp.pipe(["warm up"]))
out = {}
for name, options in (("default", {}), ("16", {"batch_size": 16})):
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, **options):
        pass
    out[name] = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
print(json.dumps(out))
"""


# Running things ----------------------------------------------------------------------------


@dataclass
class Run:
    """One child process: wall and CPU seconds (the whole tree), peak resident memory (MB) of
    the tree and of the main process, the cores other programs used meanwhile, its output."""

    wall: float
    cpu: float
    peak_tree: float
    peak_main: float
    others: float
    stdout: str


def settle(limit: float = 90.0) -> None:
    """Wait (at most ``limit`` seconds) until other programs use less than half a core, so
    that a timing starts on a quiet machine where it can."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if psutil.cpu_percent(interval=2.0) * psutil.cpu_count() / 100 < 0.5:
            break
    waited = time.perf_counter() - start
    if waited > 5:
        say(f"  (waited {waited:.0f} s for other programs to quieten)")


def run(command: list[str]) -> Run:
    """Run ``command``, sampling the resident memory of its process tree every 50 ms."""
    settle()
    before_cpu = _children_cpu()
    before_busy = _machine_busy()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = psutil.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        peak_tree = peak_main = 0
        while proc.poll() is None:
            tree = [proc]
            try:
                tree += proc.children(recursive=True)
            except psutil.Error:
                pass
            total = 0
            for p in tree:
                try:
                    rss = p.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                if p is proc:
                    peak_main = max(peak_main, rss)
            peak_tree = max(peak_tree, total)
            time.sleep(0.05)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{stderr[-2000:]}")
    cpu = _children_cpu() - before_cpu
    others = max(_machine_busy() - before_busy - cpu, 0.0) / wall
    return Run(wall, cpu, peak_tree / 2**20, peak_main / 2**20, others, stdout)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _machine_busy() -> float:
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def build(paths: list[Path], out: Path, *options: str) -> Run:
    """``kg build PATHS --out OUT --quiet OPTIONS`` into a fresh ``out``."""
    _fresh(out)
    return run([*KG, "build", *map(str, paths), "--out", str(out), "--quiet", *options])


def _fresh(out: Path) -> Path:
    """``out`` in a new empty folder (the build's staging folder goes beside it)."""
    if out.parent.exists():
        shutil.rmtree(out.parent)
    out.parent.mkdir(parents=True)
    return out


def words(paths: list[Path]) -> tuple[int, int]:
    """Articles (.txt files) and words (whitespace-separated, in the files) under ``paths``."""
    files = [f for p in paths for f in sorted(p.rglob("*.txt"))]
    return len(files), sum(len(f.read_text(encoding="utf-8").split()) for f in files)


def rates(paths: list[Path], seconds: float) -> str:
    n, w = words(paths)
    return f"{n / seconds:.1f} articles/s, {w / seconds:,.0f} words/s"


def say(line: str = "") -> None:
    print(line, flush=True)


# The benchmark ---------------------------------------------------------------------------


@dataclass
class Row:
    target: str
    measured: str
    ratio: str
    met: bool | None  # None: a figure on record, not a target


class Bench:
    def __init__(self, root: Path, *, quick: bool) -> None:
        self.root = root
        self.quick = quick
        self.rows: list[Row] = []
        self.model = _model_name()
        self._store: tuple[Path, int] | None = None
        self._real_graph: Path | None = None
        self._million: list | None = None

    def size(self, name: str):
        return SIZES[name][1 if self.quick else 0]

    def row(self, target: str, measured: str, ratio: str, met: bool | None) -> None:
        self.rows.append(Row(target, measured, ratio, met))

    # Corpora

    def corpus(self, n: int) -> Path:
        """A folder of the first ``n`` synthetic articles (hard links into the big corpus)."""
        folder = self.root / "corpus" / f"n{n}"
        if folder.is_dir() and len(list(folder.glob("*.txt"))) == n:
            return folder
        source = sorted(self._all().glob("*.txt"))[:n]
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for path in source:
            _link(path, folder / path.name)
        return folder

    def _all(self) -> Path:
        need = max(self.size("pipe"), self.size("parallel"), self.size("incremental") + 1,
                   *self.size("memory"))
        folder = self.root / "corpus" / "all"
        if folder.is_dir() and len(list(folder.glob("*.txt"))) >= need:
            return folder
        if folder.exists():
            shutil.rmtree(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(need),
                        str(folder)], check=True, stdout=subprocess.DEVNULL)
        return folder

    # One process

    def pipe(self) -> None:
        repeat = self.size("pipe_repeat")
        synthetic = self.corpus(self.size("pipe"))
        for label, paths in (("35 real articles", REAL),
                             (f"{self.size('pipe')} synthetic articles", [synthetic])):
            n, w = words(paths)
            say(f"one process, {label} ({n} articles, {w:,} words), {repeat} runs each:")
            bare: list[dict] = []
            built: list[dict] = []
            for i in range(repeat):
                bare.append(json.loads(run([sys.executable, "-c", _BARE_PIPE, self.model,
                                            *map(str, paths)]).stdout))
                out = _fresh(self.root / "builds" / f"pipe-{len(paths)}-{i}" / "out")
                r = run([sys.executable, "-c", _TIMED_BUILD, "build", *map(str, paths), "--out",
                         str(out), "--jobs", "1", "--no-cache", "--quiet"])
                built.append(json.loads(r.stdout.strip().splitlines()[-1]) | {"peak": r.peak_tree})
                if paths is REAL:
                    self._real_graph = out / "graph.ttl"
            med = {k: statistics.median(x[k] for x in built) for k in ("wall", "cpu", "load")}
            base = {b: {k: statistics.median(x[b][k] for x in bare) for k in ("wall", "cpu")}
                    for b in ("default", "16")}
            say(f"  nlp.pipe, default batch: {base['default']['wall']:.2f} s wall, "
                f"{base['default']['cpu']:.2f} s CPU ({rates(paths, base['default']['wall'])})")
            say(f"  nlp.pipe, batch_size=16: {base['16']['wall']:.2f} s wall, "
                f"{base['16']['cpu']:.2f} s CPU ({rates(paths, base['16']['wall'])})")
            say(f"  kg build --jobs 1 --no-cache, build step: {med['wall']:.2f} s wall, "
                f"{med['cpu']:.2f} s CPU ({rates(paths, med['wall'])}); model load before it "
                f"{med['load']:.2f} s")
            for b, name in (("default", "default batch"), ("16", "batch_size=16")):
                ratio = base[b]["wall"] / med["wall"]
                cpu_ratio = base[b]["cpu"] / med["cpu"]
                self.row(f"1 process, {label}: build ≥ 1.0x nlp.pipe ({name})",
                         f"{med['wall']:.2f} s vs {base[b]['wall']:.2f} s wall "
                         f"(CPU ratio {cpu_ratio:.2f}x)",
                         f"{ratio:.2f}x", ratio >= 1.0)
        self._quality()

    def _quality(self) -> None:
        """The seeds' facts (as the README shows them) and the dev F1, for the record."""
        out = self.root / "builds" / "seeds" / "out"
        build([ROOT / "seeds"], out, "--jobs", "1", "--no-cache", "--no-html")
        facts = json.loads((out / "build.json").read_text())["facts"]
        shown = re.search(r"^facts: (.*)$", (ROOT / "README.md").read_text(), re.MULTILINE)
        seeds = ", ".join(f"{k} {v}" for k, v in facts.items())
        same = shown is not None and {
            k: int(v) for k, v in (p.split() for p in shown.group(1).split(", "))} == facts
        say(f"  seeds: facts {seeds} ({'as' if same else 'NOT as'} the README shows)")
        self.row("1 process: seeds' facts unchanged", seeds, "-", same)
        if not DEV_GOLD.is_file():
            return
        out = self.root / "builds" / "dev" / "out"
        build([DEV_GOLD.parent / "articles"], out, "--jobs", "1", "--no-cache", "--no-html")
        from kg.eval import evaluate_files

        report = evaluate_files(out / "graph.ttl", DEV_GOLD)
        f1 = ", ".join(f"{s.relation} {s.f1:.2f}" for s in report.relations.values())
        say(f"  dev F1: {f1}")
        self.row("1 process: dev F1 (on record)", f1, "-", None)

    # Parallel

    def parallel(self) -> None:
        n = self.size("parallel")
        corpus = self.corpus(n)
        _, w = words([corpus])
        say(f"parallel, {n} synthetic articles ({w:,} words), cold builds (--no-cache), "
            "end to end:")
        runs = {}
        for name, options in (("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"]),
                              ("--executor dask --jobs 2", ["--executor", "dask", "--jobs", "2"])):
            r = build([corpus], self.root / "builds" / f"par-{len(runs)}" / "out", "--no-cache",
                      *options)
            runs[name] = r
            say(f"  {name}: {r.wall:.1f} s wall, {r.cpu:.1f} s CPU, {rates([corpus], r.wall)}, "
                f"peak {r.peak_tree:.0f} MB (main {r.peak_main:.0f} MB); "
                f"other programs used {r.others:.2f} cores meanwhile")
        one = runs["--jobs 1"].wall
        for name, limit in (("--jobs 2", 1.7), ("--executor dask --jobs 2", 1.5)):
            ratio = one / runs[name].wall
            self.row(f"{n} articles: {name} ≥ {limit}x --jobs 1",
                     f"{runs[name].wall:.1f} s vs {one:.1f} s", f"{ratio:.2f}x", ratio >= limit)

    # Incremental

    def incremental(self) -> None:
        n = self.size("incremental")
        folder = self.root / "corpus" / f"inc{n}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        articles = sorted(self._all().glob("*.txt"))
        for path in articles[:n]:
            _link(path, folder / path.name)
        out = self.root / "builds" / "inc" / "out"
        jobs = ["--jobs", str(JOBS)]
        say(f"incremental, {n} synthetic articles, --jobs {JOBS}, cache on:")
        cold = build([folder], out, *jobs)
        say(f"  cold build of {n}: {cold.wall:.1f} s ({rates([folder], cold.wall)})")
        _link(articles[n], folder / articles[n].name)
        command = [*KG, "build", str(folder), "--out", str(out), *jobs]
        warm = run(command)
        reuse = _cache_line(warm.stdout)
        say(f"  one article added: {warm.wall:.2f} s ({reuse}); CPU {warm.cpu:.1f} s, "
            f"peak {warm.peak_tree:.0f} MB")
        again = run([*command, "--store"])
        say(f"  no change, with --store: {again.wall:.2f} s ({_cache_line(again.stdout)})")
        self._store = (out / "store", n + 1)
        share = warm.wall / cold.wall
        self.row(f"add 1 article to a cached build of {n}: ≤ 3% of the cold build",
                 f"{warm.wall:.2f} s vs {cold.wall:.1f} s", f"{100 * share:.1f}%", share <= 0.03)

    # Memory

    def memory(self) -> None:
        small, large = self.size("memory")
        say(f"memory, cold builds (--no-cache) with --jobs {JOBS}, sampled every 50 ms:")
        runs = {}
        for n in (small, large):
            corpus = self.corpus(n)
            r = build([corpus], self.root / "builds" / f"mem-{n}" / "out", "--no-cache",
                      "--jobs", str(JOBS))
            runs[n] = r
            say(f"  {n} articles: peak {r.peak_tree:.0f} MB process tree, {r.peak_main:.0f} MB "
                f"main process; {r.wall:.1f} s, {rates([corpus], r.wall)}")
        tree = runs[large].peak_tree / runs[small].peak_tree
        main = runs[large].peak_main / runs[small].peak_main
        self.row(f"peak memory, process tree: {large} ≤ 1.3x {small} articles",
                 f"{runs[large].peak_tree:.0f} MB vs {runs[small].peak_tree:.0f} MB",
                 f"{tree:.2f}x", tree <= 1.3)
        self.row(f"peak memory, main process: {large} vs {small} (on record)",
                 f"{runs[large].peak_main:.0f} MB vs {runs[small].peak_main:.0f} MB",
                 f"{main:.2f}x", None)

    # Turtle

    def real_graph(self) -> Path:
        if self._real_graph is None or not self._real_graph.is_file():
            out = self.root / "builds" / "real" / "out"
            build(REAL, out, "--jobs", "1", "--no-html")
            self._real_graph = out / "graph.ttl"
        return self._real_graph

    def million(self) -> list:
        """The real build's triples, copied under renamed IRIs until there are enough; sorted
        as ``kg.write.rdf.ox_triples`` sorts them."""
        if self._million is None:
            import pyoxigraph as ox

            from kg.namespace import KGR

            base = [ox.Triple(q.subject, q.predicate, q.object)
                    for q in ox.parse(path=str(self.real_graph()), format=ox.RdfFormat.TURTLE)]
            want = self.size("triples")
            prefix = str(KGR)
            unique: set = set()
            copy = 0
            while len(unique) < want:
                def renamed(term, tag=f"-r{copy}" if copy else ""):
                    if tag and isinstance(term, ox.NamedNode) and term.value.startswith(prefix):
                        return ox.NamedNode(term.value + tag)
                    return term

                for t in base:  # triples naming no build IRI (a country's) are shared
                    unique.add(ox.Triple(renamed(t.subject), t.predicate, renamed(t.object)))
                    if len(unique) == want:
                        break
                copy += 1
            self._million = sorted(unique, key=lambda t: (str(t.subject), str(t.predicate),
                                                          str(t.object)))
            say(f"  graph: {len(self._million):,} triples, {copy} copies of the {len(base):,} "
                "of the 35 real articles' build, IRIs renamed")
        return self._million

    def turtle(self) -> None:
        from rdflib import Graph

        from kg.namespace import bind_prefixes
        from kg.write.rdf import turtle_of

        say(f"turtle, {self.size('triples'):,} triples:")
        triples = self.million()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            data = turtle_of(triples)
            times.append(time.perf_counter() - start)
        ox_s = statistics.median(times)
        say(f"  pyoxigraph (turtle_of): {ox_s:.2f} s (median of 3), {len(data) / 1e6:.0f} MB")
        graph = Graph()
        bind_prefixes(graph)
        for t in triples:
            graph.add((_rdflib(t.subject), _rdflib(t.predicate), _rdflib(t.object)))
        start = time.perf_counter()
        text = graph.serialize(format="turtle")
        rdflib_s = time.perf_counter() - start
        say(f"  rdflib Graph.serialize(format='turtle'): {rdflib_s:.1f} s (one run), "
            f"{len(text.encode()) / 1e6:.0f} MB; graph of {len(graph):,} triples")
        del graph, text
        ratio = rdflib_s / ox_s
        self.row(f"Turtle of {len(triples):,} triples ≥ 20x faster than rdflib",
                 f"{ox_s:.2f} s vs {rdflib_s:.1f} s", f"{ratio:.1f}x", ratio >= 20)

    # Queries

    def query(self) -> None:
        from kg.graphio import open_store
        from kg.query import get_query, run_query

        if self._store is None:
            self.incremental()
        store, n = self._store
        big = self.root / "builds" / "million" / "store"
        if big.parent.exists():
            shutil.rmtree(big.parent)
        big.parent.mkdir(parents=True)
        triples = self.million()
        start = time.perf_counter()
        _write_store(triples, big)
        say(f"query: the store of {len(triples):,} triples written in "
            f"{time.perf_counter() - start:.1f} s")
        text = get_query("who_met_whom").text
        count = self.size("queries")
        for label, path in ((f"the {n}-article build's store", store),
                            (f"the {len(triples):,}-triple store", big)):
            opened = open_store(path)
            start = time.perf_counter()
            rows = len(run_query(opened, text).rows)
            first = time.perf_counter() - start
            direct = _median_ms(lambda store=opened: run_query(store, text), count)
            del opened
            with _served(path) as url:
                from kg.endpoint import query_endpoint

                served_rows = len(query_endpoint(url, text).rows)
                served = _median_ms(lambda: query_endpoint(url, text), count)
            say(f"  {label}: {rows} rows; on the store {direct:.1f} ms (median of {count}; "
                f"first {1000 * first:.0f} ms), through kg serve {served:.1f} ms "
                f"({served_rows} rows)")
            self.row(f"who_met_whom, {label}: ≤ 50 ms", f"{direct:.1f} ms",
                     f"{direct / 50:.2f}x", direct <= 50)
            self.row(f"who_met_whom, {label}, kg serve: ≤ 100 ms", f"{served:.1f} ms",
                     f"{served / 100:.2f}x", served <= 100)

    # The table

    def table(self) -> str:
        rows = [("target", "measured", "ratio", "met?")]
        rows += [(r.target, r.measured, r.ratio,
                  "on record" if r.met is None else ("yes" if r.met else "NO")) for r in self.rows]
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        return "\n".join(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip()
                         for row in rows)


def _write_store(triples: list, path: Path) -> None:
    """An on-disk Oxigraph store of ``triples`` (pyoxigraph Triples), bulk-loaded, as
    ``kg build --store`` leaves it (flushed and optimised)."""
    import pyoxigraph as ox

    store = ox.Store(str(path))
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                      for t in triples)
    store.flush()
    store.optimize()
    del store


def _median_ms(func, count: int) -> float:
    times = []
    for _ in range(count):
        start = time.perf_counter()
        func()
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times)


class _served:
    """``kg serve --store PATH`` on a free port, as a child process, inside a ``with``."""

    def __init__(self, store: Path) -> None:
        self.store = store

    def __enter__(self) -> str:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.proc = subprocess.Popen([*KG, "serve", "--store", str(self.store), "--bind",
                                      f"127.0.0.1:{port}"], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)
        for line in self.proc.stdout:
            if line.startswith("SPARQL endpoint:"):
                return line.split(":", 1)[1].strip()
        raise SystemExit(f"kg serve did not start (exit status {self.proc.wait()})")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def _rdflib(term):
    import pyoxigraph as ox
    from rdflib import XSD, BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = URIRef(term.datatype.value)
    return Literal(term.value, datatype=None if datatype == XSD.string else datatype)


def _cache_line(stdout: str) -> str:
    found = re.search(r"^cache: (.*)$", stdout, re.MULTILINE)
    return found.group(1) if found else "no cache line"


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _model_name() -> str:
    from spacy import util

    from kg.nlp import DEFAULT_MODELS

    return next(m for m in DEFAULT_MODELS if util.is_package(m))


def machine(model: str) -> str:
    cpu = "unknown CPU"
    try:
        info = Path("/proc/cpuinfo").read_text()
        found = re.search(r"^model name\s*:\s*(.*)$", info, re.MULTILINE)
        cpu = found.group(1) if found else cpu
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return "\n".join([
        (f"machine: {cpu}, {usable} cores usable ({os.cpu_count()} logical), "
         f"{psutil.virtual_memory().total / 2**30:.1f} GiB RAM; load average {load}"),
        (f"Python {platform.python_version()}, spaCy {version('spacy')}, model {model} "
         f"{version(model)}, newskg {version('newskg')}, pyoxigraph {version('pyoxigraph')}, "
         f"rdflib {version('rdflib')}, distributed {version('distributed')}"),
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="everything scaled down (minutes, not an hour)")
    parser.add_argument("--only", nargs="+", choices=NAMES, metavar="NAME",
                        help=f"run only these: {', '.join(NAMES)}")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="keep corpora and builds in DIR (and reuse its corpora)")
    args = parser.parse_args(argv)
    chosen = [n for n in NAMES if not args.only or n in args.only]
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        root = args.keep.resolve() if args.keep else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        bench = Bench(root, quick=args.quick)
        say(f"newskg scale benchmark, {date.today()}{' (--quick)' if args.quick else ''}")
        say(machine(bench.model))
        say()
        start = time.perf_counter()
        for name in chosen:
            getattr(bench, name)()
            say()
        say(f"done in {(time.perf_counter() - start) / 60:.1f} min; load average now "
            + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
        say()
        say(bench.table())


if __name__ == "__main__":
    main()
