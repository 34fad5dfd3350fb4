"""Reading graph files: into an rdflib ``Graph`` (for exports, the page, ``kg explain``) or an
in-memory Oxigraph ``Store`` (for fast SPARQL).

The format is taken from the file extension. Every failure (missing file, unknown extension,
a file that does not parse) is a ``GraphError``: one line, the file and the reason.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import GraphError


class GraphFormat(NamedTuple):
    name: str  # what error messages call it
    rdflib: str  # rdflib parser name
    oxigraph: ox.RdfFormat
    quads: bool  # named graphs: read as their union


FORMATS: dict[str, GraphFormat] = {
    ".ttl": GraphFormat("Turtle", "turtle", ox.RdfFormat.TURTLE, False),
    ".turtle": GraphFormat("Turtle", "turtle", ox.RdfFormat.TURTLE, False),
    ".nt": GraphFormat("N-Triples", "nt", ox.RdfFormat.N_TRIPLES, False),
    ".n3": GraphFormat("N3", "n3", ox.RdfFormat.N3, False),
    ".jsonld": GraphFormat("JSON-LD", "json-ld", ox.RdfFormat.JSON_LD, False),
    ".json": GraphFormat("JSON-LD", "json-ld", ox.RdfFormat.JSON_LD, False),
    ".rdf": GraphFormat("RDF/XML", "xml", ox.RdfFormat.RDF_XML, False),
    ".xml": GraphFormat("RDF/XML", "xml", ox.RdfFormat.RDF_XML, False),
    ".owl": GraphFormat("RDF/XML", "xml", ox.RdfFormat.RDF_XML, False),
    ".trig": GraphFormat("TriG", "trig", ox.RdfFormat.TRIG, True),
    ".nq": GraphFormat("N-Quads", "nquads", ox.RdfFormat.N_QUADS, True),
}


def graph_format(path: str | Path) -> GraphFormat:
    """The format of a graph file, from its extension (GraphError if unknown)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        what = f"the extension '{path.suffix}'" if path.suffix else "a file without an extension"
        raise GraphError(path, f"cannot tell the graph format of {what}; use one of {known}")
    return fmt


def _check_file(path: Path) -> None:
    if not path.exists():
        raise GraphError(path, "no such file")
    if not path.is_file():
        raise GraphError(path, "not a file")


def _reason(fmt: GraphFormat, exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    detail = lines[0] if lines else type(exc).__name__
    if len(detail) > 200:
        detail = detail[:199] + "…"
    return f"not valid {fmt.name}: {detail}"


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file (Turtle, N-Triples, N3, JSON-LD, RDF/XML; TriG and N-Quads as the
    union of their graphs) into an rdflib ``Graph``."""
    path = Path(path)
    _check_file(path)
    fmt = graph_format(path)
    try:
        with warnings.catch_warnings():  # rdflib's TriG and JSON-LD parsers use its deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            graph = _parse(path, fmt)
    except OSError as exc:
        raise GraphError(path, exc.strerror or str(exc)) from None
    except Exception as exc:  # noqa: BLE001 -- rdflib's parsers raise many kinds (SAX, JSON, …)
        raise GraphError(path, _reason(fmt, exc)) from None
    return graph


def _parse(path: Path, fmt: GraphFormat) -> Graph:
    if not fmt.quads:
        return Graph().parse(path, format=fmt.rdflib)
    dataset = Dataset()
    dataset.parse(path, format=fmt.rdflib)
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace, override=False)
    return graph


def load_store(path: str | Path) -> ox.Store:
    """Load a graph file into a new in-memory Oxigraph store (named graphs stay named; query
    them with ``use_default_graph_as_union``, which ``kg.query.run_query`` does)."""
    path = Path(path)
    _check_file(path)
    fmt = graph_format(path)
    store = ox.Store()
    try:
        store.load(path=path, format=fmt.oxigraph)
    except (SyntaxError, ValueError) as exc:
        raise GraphError(path, _reason(fmt, exc)) from None
    except OSError as exc:
        raise GraphError(path, exc.strerror or str(exc)) from None
    return store


def check_store(path: str | Path) -> Path:
    """``path`` if it holds an on-disk Oxigraph store (GraphError if not)."""
    path = Path(path)
    if not path.exists():
        raise GraphError(path, "no such store (kg build --store writes OUT/store)")
    if not (path / "CURRENT").is_file():
        raise GraphError(path, "not an Oxigraph store (kg build --store writes OUT/store)")
    return path


def open_store(path: str | Path) -> ox.Store:
    """An on-disk Oxigraph store (``kg build --store``), opened read-only."""
    path = check_store(path)
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise GraphError(path, f"cannot open the store ({str(exc).splitlines()[0]})") from None


def to_oxigraph(graph: Graph) -> list[ox.Triple]:
    """The triples of an rdflib graph as Oxigraph terms (GraphError for a term Oxigraph's
    stricter parser would refuse, such as an IRI with a space)."""
    out = []
    for s, p, o in graph:
        try:
            out.append(ox.Triple(ox_term(s), ox_term(p), ox_term(o)))
        except ValueError as exc:
            raise GraphError(None, f"a triple cannot be written ({exc}): {s.n3()} {p.n3()} …") from None
    return out


def ox_term(term: Node):
    """One rdflib term as its Oxigraph equal."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"not an RDF term: {term!r}")
