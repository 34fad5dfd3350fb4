"""The ``kg`` command: a thin layer over the library (kg.pipeline, kg.query, kg.write.page, …).

Every user mistake is a ``KgError``: printed as one line on stderr, no traceback, exit status
from the error (1, or 2 for a bad query).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperCommand, TyperGroup
from rich.console import Console

from kg import __version__
from kg.errors import EmptyBuildError, KgError, UsageError
from kg.limits import CHUNK_CHARS, PAGE_FACTS
from kg.terminal import printable

def _is(exc: BaseException, name: str) -> bool:
    """Whether ``exc`` is click's exception ``name``: typer may vendor its own copy of click,
    so the class is recognised by name rather than imported."""
    return any(cls.__name__ == name for cls in type(exc).__mro__)


class _Command(TyperCommand):
    """A command whose help shows conventional metavariables: "PATH..." rather than typer's
    "{PATH...}..." and "<list[Path]>"."""

    def get_help(self, ctx) -> str:
        text = super().get_help(ctx)
        text = re.sub(r"\{([A-Z_]+)\.\.\.\}\.\.\.", r"\1...", text)
        text = re.sub(r"\{([A-Z_]+)\}", r"\1", text)
        return re.sub(r"(?<=\S) <[\w\[\], |.]+>", "", text)


class _OneLineErrors(TyperGroup):
    """Usage mistakes (a bad option value, an unknown command) are one line on stderr with
    exit status 2, like every other error, instead of click's framed usage box."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.Abort:
            err.print("interrupted", markup=False)
            sys.exit(130)
        except Exception as exc:
            if _is(exc, "NoArgsIsHelpError"):
                ctx = getattr(exc, "ctx", None)
                typer.echo(ctx.get_help() if ctx is not None else str(exc))
                sys.exit(0)
            if not _is(exc, "ClickException"):
                raise
            ctx = getattr(exc, "ctx", None)
            where = ctx.command_path if ctx is not None else "kg"
            message = exc.format_message().rstrip(".")  # type: ignore[attr-defined]
            line = UsageError(where, f"{message} (see {where} --help)")
            err.print(printable(line.line()), markup=False)
            sys.exit(line.exit_status if _is(exc, "UsageError") else exc.exit_code)  # type: ignore[attr-defined]
        sys.exit(status if isinstance(status, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
    name="kg",
    help="newskg: build a traceable knowledge graph of who met whom, who said what, and which "
    "country plays which role in security guarantees, from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        out.print(f"newskg {__version__}", markup=False)
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[Optional[bool], typer.Option("--version", help="Show the version and exit.", callback=_version, is_eager=True)] = None,
) -> None:
    """newskg: build a traceable knowledge graph of who met whom, who said what, and which
    country plays which role in security guarantees, from news articles."""


def _fail(exc: KgError) -> None:
    err.print(printable(exc.line()), markup=False)
    raise typer.Exit(exc.exit_status)


@app.command(cls=_Command)
def build(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .html, .jsonl).", readable=False, metavar="PATH...")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder (a link to the latest whole build).", metavar="DIR")] = Path("out"),
    model: Annotated[Optional[str], typer.Option(help="spaCy model to use (package or path).", metavar="NAME")] = None,
    min_confidence: Annotated[float, typer.Option(help="Drop facts below this confidence (0 to 1).", metavar="P")] = 0.0,
    links: Annotated[Optional[Path], typer.Option(help="Linking table (CSV: name,iri,type,title) for people.", readable=False, metavar="CSV")] = None,
    html: Annotated[bool, typer.Option(help="Also write graph.html.")] = True,
    page_facts: Annotated[int, typer.Option(help="The page shows at most this many facts: those of the most connected entities.", metavar="N")] = PAGE_FACTS,
    plots: Annotated[bool, typer.Option(help="Also draw the plots of kg stats into OUT/plots (PNG), linked from the page.")] = False,
    store: Annotated[bool, typer.Option(help="Also keep an on-disk Oxigraph store, OUT/store (kg query --store OUT/store).")] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes [default: all cores; one for a few articles].", metavar="N")] = None,
    executor: Annotated[str, typer.Option(help="Where the per-article work runs: local (processes here) or dask.", metavar="local|dask")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler to use (tcp://HOST:PORT); without it, a local cluster.", metavar="ADDRESS")] = None,
    cache: Annotated[bool, typer.Option(help="Reuse the results of unchanged articles from the last build (--no-cache: a cold build).")] = True,
    strict: Annotated[bool, typer.Option(help="Stop at the first article that cannot be read or extracted.")] = False,
    wait: Annotated[bool, typer.Option(help="Wait for another build of the same --out to end (--no-wait: exit 3).")] = True,
    allow_empty: Annotated[bool, typer.Option(help="Publish a build with no facts even where the last one had some.")] = False,
    parse_chunk: Annotated[int, typer.Option(help="Parse longer articles in pieces of this many characters (bounds memory).", metavar="CHARS")] = CHUNK_CHARS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary: warnings and errors only.")] = False,
) -> None:
    """Read articles, extract facts, write OUT/graph.ttl and OUT/graph.html as one unit."""
    from kg.progress import Progress
    from kg.write.output import build_into

    progress = None
    try:
        _check_options(min_confidence=min_confidence, parse_chunk=parse_chunk, jobs=jobs,
                       executor=executor)
        if page_facts < 1:
            raise UsageError("--page-facts", f"must be 1 or more, not {page_facts}")
        progress = Progress(None, quiet=quiet)

        def report(done: int, total: int | None, warnings: int) -> None:
            progress.total = total
            progress.update(done=done, warnings=warnings)

        result, written, figures = build_into(
            out_dir, paths, model=model, min_confidence=min_confidence, links=links, html=html,
            page_facts=page_facts, plots=plots, store=store, cache=cache, strict=strict, wait=wait, allow_empty=allow_empty,
            chunk_chars=parse_chunk, jobs=_jobs(jobs, paths, out_dir), executor=executor,
            scheduler=scheduler, progress=report,
            on_wait=lambda message: err.print(printable(message), markup=False))
    except KgError as exc:
        if progress is not None:
            progress.close()
        for warning in getattr(exc, "warnings", ()):
            err.print(f"warning: {printable(warning)}", markup=False)
        _fail(exc)
        return
    progress.close()
    for warning in result.warnings:
        err.print(f"warning: {printable(warning)}", markup=False)
    if quiet:
        return
    per_relation = Counter(f.evidence.extractor for f in result.facts)
    per_type = Counter(e.type for e in result.entities.values())
    skipped = f" ({result.skipped} skipped)" if result.skipped else ""
    out.print(f"articles read: {len(result.articles)}{skipped}")
    out.print(
        "entities: " + str(len(result.entities)) + " ("
        + ", ".join(f"{n} {t.lower()}" for t, n in sorted(per_type.items())) + ")"
    )
    out.print("facts: " + ", ".join(f"{name} {per_relation.get(name, 0)}" for name in _relation_names()))
    out.print(f"warnings: {len(result.warnings)}")
    if figures["reused"]:
        out.print(f"cache: {figures['reused']} articles reused, {figures['computed']} computed")
    names = [str(out_dir / n) for n in written]
    out.print("wrote " + ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1],
              markup=False)


def _jobs(jobs: int | None, paths: list[Path], out_dir: Path) -> int:
    """Worker processes: as asked; else every core, or this process alone when the input is a
    few batches (starting workers would cost more than it saves)."""
    from kg.execute import default_jobs

    if jobs is not None:
        return jobs or default_jobs()
    cores = default_jobs()
    if cores == 1:
        return 1
    from kg.read import count_articles
    from kg.write.publish import reserved_paths

    return cores if count_articles(paths, exclude=reserved_paths(out_dir)) >= 64 else 1


def _relation_names() -> list[str]:
    from kg.relations import relations

    return [rel.name for rel in relations()]


def _check_options(*, min_confidence: float, parse_chunk: int, jobs: int | None = None,
                   executor: str = "local") -> None:
    """Option values that make no sense stop the command before any work."""
    from kg.execute import EXECUTORS

    if not math.isfinite(min_confidence) or not 0.0 <= min_confidence <= 1.0:
        raise UsageError("--min-confidence", f"must be a number from 0 to 1, not {min_confidence}")
    if parse_chunk < 1000:
        raise UsageError("--parse-chunk", f"must be at least 1000 characters, not {parse_chunk}")
    if jobs is not None and jobs < 0:
        raise UsageError("--jobs", f"must be 0 (all cores) or more, not {jobs}")
    if executor not in EXECUTORS:
        raise UsageError("--executor", f"must be one of {', '.join(EXECUTORS)}, not {executor!r}")


@app.command(cls=_Command)
def query(
    graph_file: Annotated[Optional[str], typer.Argument(help="Graph file (Turtle, N-Triples, JSON-LD).", metavar="GRAPH")] = None,
    sparql: Annotated[Optional[str], typer.Argument(help="SPARQL text, or the name of a shipped query.", metavar="QUERY")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from a .rq file.", metavar="FILE")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table (CONSTRUCT and DESCRIBE: Turtle), csv or json.", metavar="FORMAT")] = "table",
    bind: Annotated[Optional[list[str]], typer.Option(help="Bind a variable: --bind name=value.", metavar="NAME=VALUE")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the shipped queries.")] = False,
    store: Annotated[Optional[Path], typer.Option(help="Query an Oxigraph store (kg build --store writes OUT/store) instead of a graph file.", metavar="DIR")] = None,
    endpoint: Annotated[Optional[str], typer.Option(help="Query a SPARQL 1.1 endpoint (e.g. http://127.0.0.1:7878/query, kg serve) instead of a graph file.", metavar="URL")] = None,
    graph_iri: Annotated[Optional[str], typer.Option("--graph", help="With --endpoint: query this named graph as the default graph (default-graph-uri).", metavar="IRI")] = None,
) -> None:
    """Run SPARQL over a graph, a store or an endpoint; the contract's prefixes are
    predeclared. A --bind value that spells a name of the graph with other case or diacritics
    matches it."""
    from kg.errors import QueryError
    from kg.query import format_result, get_query, list_queries, run_query

    try:
        if list_:
            for q in list_queries():
                out.print(f"{q.name:24} {q.description}", markup=False)
            return
        if store is not None and endpoint is not None:
            raise UsageError("--endpoint", "give --store or --endpoint, not both")
        if graph_iri is not None and endpoint is None:
            raise UsageError("--graph", "names a graph of an --endpoint; give one")
        graph = None if graph_file is None else Path(graph_file)
        if (store is not None or endpoint is not None) and graph_file is not None and sparql is None:
            graph, sparql = None, graph_file  # kg query --store DIR QUERY (the text as typed)
        if store is not None:
            from kg.graphio import open_store

            graph = open_store(store)
        if graph is None and endpoint is None:
            raise QueryError(None, "give a graph file: kg query GRAPH QUERY (or kg query --list)")
        if graph is not None and endpoint is not None:
            raise UsageError("--endpoint", f"give a graph file or --endpoint, not both ({graph})")
        if file is not None:
            try:
                text = file.read_text(encoding="utf-8")
            except OSError as exc:
                raise QueryError(file, exc.strerror or "cannot be read") from None
        elif sparql is None:
            raise QueryError(None, "give a query, --file Q.rq, or --list")
        elif _looks_like_name(sparql):
            text = get_query(sparql).text
        else:
            text = sparql
        bindings = {}
        for item in bind or []:
            name, sep, value = item.partition("=")
            if not sep:
                raise QueryError(None, f"--bind {item!r}: expected name=value")
            bindings[name.strip().lstrip("?")] = value
        if endpoint is not None:
            from kg.endpoint import query_endpoint

            result = query_endpoint(endpoint, text, bindings=bindings or None, source=file,
                                    graph=graph_iri, fold_names=True)
        else:
            result = run_query(graph, text, bindings=bindings or None, source=file,
                               fold_names=True)
        sys.stdout.write(format_result(result, fmt))
        sys.stdout.flush()
    except KgError as exc:
        _fail(exc)


def _looks_like_name(text: str) -> bool:
    return text.replace("_", "").replace("-", "").isalnum()


@app.command(cls=_Command)
def serve(
    store: Annotated[Path, typer.Option(help="The Oxigraph store to serve (kg build --store writes OUT/store).", metavar="DIR")],
    bind: Annotated[str, typer.Option(help="Address and port to listen on.", metavar="HOST:PORT")] = "127.0.0.1:7878",
    writable: Annotated[bool, typer.Option(help="Accept SPARQL updates and Graph Store writes (kg push).")] = False,
) -> None:
    """Serve a store over the SPARQL 1.1 protocol until Ctrl-C, read-only unless --writable (the Oxigraph server: pip install oxigraph)."""
    from kg.serve import serve as serve_store

    def ready(urls) -> None:
        mode = "read-write" if writable else "read-only"
        out.print(f"serving {store} ({mode}) until Ctrl-C", markup=False)
        out.print(f"SPARQL endpoint: {urls.query}", markup=False)
        if writable:
            out.print(f"updates: {urls.update}", markup=False)
            out.print(f"graph store: {urls.store}", markup=False)
        sys.stdout.flush()

    try:
        serve_store(store, bind=bind, writable=writable, on_ready=ready)
    except KgError as exc:
        _fail(exc)
    except KeyboardInterrupt:  # a Ctrl-C that came as the server stopped
        pass
    err.print("stopped", markup=False)


@app.command(cls=_Command)
def push(
    endpoint: Annotated[str, typer.Option(help="The server's Graph Store endpoint (kg serve --writable: http://127.0.0.1:7878/store).", metavar="URL")],
    graph: Annotated[Optional[Path], typer.Argument(help="Graph file to load (Turtle, N-Triples, JSON-LD, …).")] = None,
    graph_iri: Annotated[Optional[str], typer.Option("--graph", help="Load into this named graph (default: the default graph).", metavar="IRI")] = None,
    store: Annotated[Optional[Path], typer.Option(help="Load an Oxigraph store (kg build --store writes OUT/store) instead of a graph file.", metavar="DIR")] = None,
    add: Annotated[bool, typer.Option("--add", help="Add to the graph (HTTP POST) instead of replacing it (PUT).")] = False,
) -> None:
    """Load a graph into any SPARQL 1.1 server through the Graph Store protocol."""
    from kg.endpoint import push as push_graph
    from kg.endpoint import push_store

    try:
        if (graph is None) == (store is None):
            raise UsageError("kg push", "give a graph file or --store DIR (one of them)")
        if store is not None:
            pushed = push_store(endpoint, store, graph=graph_iri, replace=not add)
        else:
            pushed = push_graph(endpoint, graph, graph=graph_iri, replace=not add)
    except KgError as exc:
        _fail(exc)
        return
    what = f"graph <{graph_iri}>" if graph_iri else "the default graph"
    verb = "replaced" if pushed.how == "replaced" else "added to"
    out.print(f"{verb} {what} at {endpoint}: {graph or store} ({pushed.size:,} bytes)",
              markup=False)


@app.command(cls=_Command)
def view(
    graph: Annotated[Path, typer.Argument(help="Graph file.", metavar="GRAPH")],
    out_file: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.", metavar="FILE")] = Path("out/graph.html"),
) -> None:
    """Write the interactive HTML page of a graph (works offline)."""
    from kg.graphio import load_graph
    from kg.write.page import write_html

    try:
        path = write_html(load_graph(graph), out_file)
    except KgError as exc:
        _fail(exc)
        return
    out.print(f"wrote {path}")


@app.command("eval", cls=_Command)
def evaluate(
    graph: Annotated[Path, typer.Argument(help="Graph file.", metavar="GRAPH")],
    gold: Annotated[Path, typer.Argument(help="Gold facts (newskg-gold/1 JSON).", metavar="GOLD")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses and false positives.")] = False,
) -> None:
    """Score a graph against gold facts: precision, recall, F1 per relation."""
    from kg.eval import evaluate_files, format_report

    try:
        report = evaluate_files(graph, gold)
    except KgError as exc:
        _fail(exc)
        return
    out.print(format_report(report, verbose=verbose), markup=False)


@app.command(cls=_Command)
def export(
    graph: Annotated[Path, typer.Argument(help="Graph file.", metavar="GRAPH")],
    fmt: Annotated[str, typer.Option("--format", help="ttl, nt, jsonld, graphml, csv, or parquet (tables).", metavar="FORMAT")] = "ttl",
    out_file: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write (default: stdout); a folder for the tables.", metavar="PATH")] = None,
    as_tables: Annotated[bool, typer.Option("--tables", help="Write the analysis tables (entities, articles, facts, pairs, evidence, events) into the --out folder; implied by --format parquet and by an --out that is a folder.")] = False,
    people_only: Annotated[bool, typer.Option("--people-only", help="GraphML: only people and the relations between two people.")] = False,
) -> None:
    """Export a graph as Turtle, N-Triples, JSON-LD, GraphML (Gephi, networkx), CSV, or as
    analysis tables (Parquet or CSV) for pandas and DuckDB."""
    from kg.write.export import export as run_export
    from kg.write.export import write_export
    from kg.graphio import load_graph

    try:
        tabular = as_tables or fmt == "parquet" or (out_file is not None and out_file.is_dir())
        if tabular:
            _check_tables(fmt, out_file, people_only)
        elif people_only and fmt != "graphml":
            raise UsageError("--people-only", f"only for --format graphml, not {fmt}")
        g = load_graph(graph)
        if tabular:
            from kg.write.tables import write_tables

            written = write_tables(g, out_file, fmt)  # type: ignore[arg-type]
            out.print("wrote " + ", ".join(str(p) for p in written), markup=False)
        elif out_file is None:
            sys.stdout.buffer.write(run_export(g, fmt, people_only=people_only))
            sys.stdout.flush()
        else:
            out.print(f"wrote {write_export(g, fmt, out_file, people_only=people_only)}")
    except KgError as exc:
        _fail(exc)


def _check_tables(fmt: str, folder: Optional[Path], people_only: bool) -> None:
    from kg.write.tables import TABLE_FORMATS

    if fmt not in TABLE_FORMATS:
        raise UsageError("--tables", f"the tables are written as parquet or csv, not {fmt}")
    if folder is None:
        raise UsageError("--out", "the tables are files in a folder: give --out DIR")
    if folder.exists() and not folder.is_dir():
        raise UsageError("--out", f"{folder} is a file; the tables are written into a folder")
    if people_only:
        raise UsageError("--people-only", "only for --format graphml, not the tables")


@app.command(cls=_Command)
def stats(
    graph: Annotated[Path, typer.Argument(help="Graph file.", metavar="GRAPH")],
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv (one tidy table: section, group, key, label, relation, measure, value).", metavar="FORMAT")] = "table",
    out_file: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write (default: stdout).", metavar="FILE")] = None,
    plots: Annotated[Optional[Path], typer.Option(help="Also draw the plots into this folder (per-month, per-outlet, people, network, RELATION-by-concept).", metavar="DIR")] = None,
    plot_format: Annotated[str, typer.Option(help="png or svg.", metavar="FORMAT")] = "png",
    top: Annotated[int, typer.Option(help="How many people the table and the people plot show.", metavar="N")] = 10,
) -> None:
    """Most connected people (degree, betweenness), communities, meetings and statements per
    month and per outlet, countries per role; optionally as plots."""
    from kg.stats import FORMATS

    try:
        if fmt not in FORMATS:
            raise UsageError("--format", f"choose {', '.join(FORMATS)}, not '{fmt}'")
        if plot_format not in ("png", "svg"):
            raise UsageError("--plot-format", f"choose png or svg, not '{plot_format}'")
        if top < 1:
            raise UsageError("--top", f"must be at least 1, not {top}")
        from kg.graphio import load_graph
        from kg.stats import format_stats
        from kg.stats import stats as run_stats
        from kg.write.atomic import write_text

        report = run_stats(load_graph(graph))
        text = format_stats(report, fmt, top=top)
        drawn = []
        if plots is not None:
            from kg.write.plots import write_plots

            drawn = write_plots(report, plots, fmt=plot_format, top=top)
        if out_file is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            for path in drawn:  # stdout carries the data: what was drawn goes to stderr
                err.print(f"wrote {path}", markup=False)
        else:
            out.print(f"wrote {write_text(out_file, text)}", markup=False)
            for path in drawn:
                out.print(f"wrote {path}", markup=False)
    except KgError as exc:
        _fail(exc)


@app.command(cls=_Command)
def explain(
    graph: Annotated[Path, typer.Argument(help="Graph file.", metavar="GRAPH")],
    fact: Annotated[str, typer.Argument(help="Fact IRI (kgr:fact-… or the full IRI).", metavar="FACT")],
) -> None:
    """Show why a fact exists: its sentence, article, rule and confidence."""
    from kg.explain import explain_fact
    from kg.graphio import load_graph

    try:
        out.print(printable(explain_fact(load_graph(graph), fact), keep_newlines=True), markup=False)
    except KgError as exc:
        _fail(exc)


def main() -> None:
    try:
        app()
    except KgError as exc:  # raised outside a command's own handler
        err.print(exc.line(), markup=False)
        raise SystemExit(exc.exit_status) from None
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        raise SystemExit(130) from None
    except Exception as exc:  # a bug of ours: still one line, with what to report
        err.print(f"error E999: internal error ({type(exc).__name__}: {exc}); please report it",
                  markup=False)
        raise SystemExit(70) from None


if __name__ == "__main__":
    main()
