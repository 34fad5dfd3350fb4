"""The ``kg`` command: a thin layer over the library (kg.pipeline, kg.query, kg.view, …).

Every user mistake is a ``KgError``: printed as one line on stderr, no traceback, exit status
from the error (1, or 2 for a bad query).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from kg.errors import KgError

app = typer.Typer(
    name="kg",
    help="newskg: build a traceable knowledge graph of who met whom, who said what, and which "
    "country plays which role in security guarantees, from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def _fail(exc: KgError) -> None:
    err.print(exc.line(), markup=False)
    raise typer.Exit(exc.exit_status)


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .html, .jsonl).")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    model: Annotated[Optional[str], typer.Option(help="spaCy model to use (package or path).")] = None,
    min_confidence: Annotated[float, typer.Option(help="Drop facts below this confidence.")] = 0.0,
    links: Annotated[Optional[Path], typer.Option(help="Linking table (CSV: name,iri,type,title) for people.")] = None,
    html: Annotated[bool, typer.Option(help="Also write graph.html.")] = True,
) -> None:
    """Read articles, extract facts, write OUT/graph.ttl and OUT/graph.html."""
    from kg.graph import to_graph, write_turtle
    from kg.pipeline import build as run_build
    from kg.view import write_html

    try:
        result = run_build(paths, model=model, min_confidence=min_confidence, links=links)
        graph = to_graph(result)
        ttl = write_turtle(graph, out_dir / "graph.ttl")
        page = write_html(graph, out_dir / "graph.html") if html else None
    except KgError as exc:
        _fail(exc)
        return
    per_relation = Counter(f.evidence.extractor for f in result.facts)
    per_type = Counter(e.type for e in result.entities.values())
    out.print(f"articles read: {len(result.articles)}")
    out.print(
        "entities: " + str(len(result.entities)) + " ("
        + ", ".join(f"{n} {t.lower()}" for t, n in sorted(per_type.items())) + ")"
    )
    out.print(
        "facts: " + ", ".join(f"{rel} {per_relation.get(rel, 0)}" for rel in ("met", "stated", "roles"))
    )
    out.print(f"warnings: {len(result.warnings)}")
    for warning in result.warnings:
        out.print(f"  warning: {warning}", markup=False)
    out.print(f"wrote {ttl}" + (f" and {page}" if page else ""))


@app.command()
def query(
    graph: Annotated[Optional[Path], typer.Argument(help="Graph file (Turtle, N-Triples, JSON-LD).")] = None,
    sparql: Annotated[Optional[str], typer.Argument(help="SPARQL text, or the name of a shipped query.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    bind: Annotated[Optional[list[str]], typer.Option(help="Bind a variable: --bind name=value.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the shipped queries.")] = False,
) -> None:
    """Run SPARQL over a graph; the contract's prefixes are predeclared."""
    from kg.errors import QueryError
    from kg.query import format_result, get_query, list_queries, run_query

    try:
        if list_:
            for q in list_queries():
                out.print(f"{q.name:24} {q.description}", markup=False)
            return
        if graph is None:
            raise QueryError(None, "give a graph file: kg query GRAPH QUERY (or kg query --list)")
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
        result = run_query(graph, text, bindings=bindings or None, source=file)
        sys.stdout.write(format_result(result, fmt))
        sys.stdout.flush()
    except KgError as exc:
        _fail(exc)


def _looks_like_name(text: str) -> bool:
    return text.replace("_", "").replace("-", "").isalnum()


@app.command()
def view(
    graph: Annotated[Path, typer.Argument(help="Graph file.")],
    out_file: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("out/graph.html"),
) -> None:
    """Write the interactive HTML page of a graph (works offline)."""
    from kg.graphio import load_graph
    from kg.view import write_html

    try:
        path = write_html(load_graph(graph), out_file)
    except KgError as exc:
        _fail(exc)
        return
    out.print(f"wrote {path}")


@app.command("eval")
def evaluate(
    graph: Annotated[Path, typer.Argument(help="Graph file.")],
    gold: Annotated[Path, typer.Argument(help="Gold facts (newskg-gold/1 JSON).")],
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


@app.command()
def export(
    graph: Annotated[Path, typer.Argument(help="Graph file.")],
    fmt: Annotated[str, typer.Option("--format", help="ttl, nt, jsonld, graphml or csv.")] = "ttl",
    out_file: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write (default: stdout).")] = None,
) -> None:
    """Export a graph as Turtle, N-Triples, JSON-LD, GraphML (Gephi, networkx) or CSV."""
    from kg.export import export as run_export
    from kg.export import write_export
    from kg.graphio import load_graph

    try:
        g = load_graph(graph)
        if out_file is None:
            sys.stdout.buffer.write(run_export(g, fmt))
            sys.stdout.flush()
        else:
            out.print(f"wrote {write_export(g, fmt, out_file)}")
    except KgError as exc:
        _fail(exc)


@app.command()
def explain(
    graph: Annotated[Path, typer.Argument(help="Graph file.")],
    fact: Annotated[str, typer.Argument(help="Fact IRI (kgr:fact-… or the full IRI).")],
) -> None:
    """Show why a fact exists: its sentence, article, rule and confidence."""
    from kg.explain import explain_fact
    from kg.graphio import load_graph

    try:
        out.print(explain_fact(load_graph(graph), fact), markup=False)
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
