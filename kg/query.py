"""SPARQL over a graph, run by Oxigraph, with the contract's prefixes predeclared.

    from kg.query import get_query, run_query, format_result
    result = run_query("out/graph.ttl", get_query("person_statements").text,
                       bindings={"name": "Anna Lindqvist"})
    print(format_result(result, "table"))

Values come back as strings: IRIs compacted with the contract prefixes (``kgr:person-…``),
literals as their lexical form, blank nodes as ``_:id``, unbound as ``None``. Each literal's
datatype is kept beside its text (``QueryResult.datatypes``), so JSON output can give numbers
and booleans as JSON numbers and booleans; tables and CSV keep the exact text.

Bindings (``--bind name=value``) are passed to Oxigraph as substitutions, never pasted into
the query text. A plain Python string becomes a literal, except:

- ``<…>``, or a string starting with ``http://``, ``https://`` or ``urn:``, is an IRI;
- ``prefix:local`` with a known prefix (``kgr:person-…``, ``kg:Guarantor``) is an IRI;
- ``"…"`` is a literal of the text inside the quotes (to bind a literal that looks like an
  IRI), and ``"…"@en`` / ``"…"^^xsd:date`` are language-tagged / typed literals.

``int``, ``float``, ``Decimal``, ``bool`` and ``datetime.date`` become typed literals; rdflib
and pyoxigraph terms are used as they are.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

import pyoxigraph as ox
import rdflib

from kg.errors import QueryError
from kg.graphio import load_store
from kg.namespace import PREFIXES
from kg.terminal import printable

# Predeclared in queries: the contract's prefixes, plus rdf: for rdf:type and friends.
QUERY_PREFIXES: dict[str, str] = {
    **PREFIXES,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}

FORMATS = ("table", "csv", "json")
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*(?<!\.)")
_PREFIXED = re.compile(r"([A-Za-z][\w\-.]*)?:(\S*)")
_QUOTED = re.compile(r'"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(\S+))?', re.DOTALL)
_UNPROJECTED = re.compile(r"does not contains? variable \?(\w+) in its SELECT projection")
_CHAR_CLASS = re.compile(r"(?:, )?\[(?:'(?:\\.|[^'\\])*'|[^\]'])*\]")
_XSD = "http://www.w3.org/2001/XMLSchema#"

Graphish = rdflib.Graph | ox.Store | str | Path


@dataclass(frozen=True)
class QueryResult:
    """A query's answer as text: SELECT variables (``["ask"]`` for ASK, ``["subject",
    "predicate", "object"]`` for CONSTRUCT/DESCRIBE) and one tuple of values per row."""

    columns: list[str]
    rows: list[tuple[str | None, ...]]
    # per cell, the datatype IRI of a literal (None for IRIs, blank nodes, unbound); rows of
    # a result made by hand may leave it out, and their values are then all text
    datatypes: list[tuple[str | None, ...]] | None = None
    turtle: bytes | None = None  # CONSTRUCT and DESCRIBE: the triples as Turtle


class ShippedQuery(NamedTuple):
    name: str  # file name without .rq, e.g. "who_met_whom"
    description: str  # the .rq file's first line, without "# "
    text: str


# ---------------------------------------------------------------- terms


def compact(iri: str) -> str:
    """``https://w3id.org/newskg/id/person-x`` → ``kgr:person-x``; IRIs outside the known
    namespaces (or whose local part would not read as a prefixed name) stay whole."""
    best = None
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and (best is None or len(namespace) > len(best[1])):
            best = (prefix, namespace)
    if best is not None:
        local = iri[len(best[1]) :]
        if _LOCAL_NAME.fullmatch(local):
            return f"{best[0]}:{local}"
    return iri


def expand(name: str) -> str | None:
    """``kgr:person-x`` → the full IRI; ``None`` if ``name`` is not a known prefixed name."""
    match = _PREFIXED.fullmatch(name)
    if match is None or match.group(1) not in QUERY_PREFIXES:
        return None
    return QUERY_PREFIXES[match.group(1)] + match.group(2)


def render(term: Any) -> str | None:
    """One value as text (see the module docstring)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.Triple):
        return f"<< {render(term.subject)} {render(term.predicate)} {render(term.object)} >>"
    return str(term)


def to_term(value: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A binding value as an Oxigraph term (the rule is in the module docstring)."""
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
        return value
    if isinstance(value, rdflib.URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, rdflib.BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, rdflib.Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    if isinstance(value, Decimal):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "decimal"))
    if isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "dateTime"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    if not isinstance(value, str):
        raise TypeError(f"cannot bind a {type(value).__name__}")
    return _string_term(value)


def _string_term(value: str) -> ox.NamedNode | ox.Literal:
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        return ox.NamedNode(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(value)
    quoted = _QUOTED.fullmatch(value)
    if quoted is not None:
        text, language, datatype = quoted.groups()
        if language:
            return ox.Literal(text, language=language)
        if datatype:
            iri = datatype[1:-1] if datatype.startswith("<") else expand(datatype)
            if not iri:
                raise ValueError(f"unknown datatype {datatype}")
            return ox.Literal(text, datatype=ox.NamedNode(iri))
        return ox.Literal(text)
    iri = expand(value)
    if iri is not None:
        return ox.NamedNode(iri)
    return ox.Literal(value)


# ---------------------------------------------------------------- running


def _store(graph: Graphish) -> ox.Store:
    """The Oxigraph store to query (queried as the union of its graphs)."""
    if isinstance(graph, ox.Store):
        return graph
    if isinstance(graph, str | Path):
        return load_store(graph)
    if isinstance(graph, rdflib.Graph):
        store = ox.Store()
        if graph.context_aware:  # a Dataset: keep its named graphs
            data = graph.serialize(format="nquads", encoding="utf-8")
            store.load(data, ox.RdfFormat.N_QUADS)
        else:
            data = graph.serialize(format="nt", encoding="utf-8")
            store.load(data, ox.RdfFormat.N_TRIPLES)
        return store
    raise TypeError(f"cannot query a {type(graph).__name__}")


def _substitutions(
    sparql: str, bindings: dict[str, Any] | None, source: str | Path | None
) -> dict[ox.Variable, Any] | None:
    if not bindings:
        return None
    out = {}
    for name, value in bindings.items():
        name = name.lstrip("?$")
        if not re.search(rf"[?$]{re.escape(name)}(?!\w)", sparql):
            raise QueryError(source, f"binding '{name}': the query has no variable ?{name}")
        try:
            out[ox.Variable(name)] = to_term(value)
        except (TypeError, ValueError, SyntaxError) as exc:
            raise QueryError(source, f"binding '{name}': {_first_line(exc)}") from None
    return out


NAMES_QUERY = ("SELECT DISTINCT ?name WHERE { ?entity <http://www.w3.org/2000/01/rdf-schema#label>"
           "|<http://www.w3.org/2004/02/skos/core#altLabel> ?name }")


def as_spelled(bindings: dict[str, Any], names: Callable[[], Iterable[str]]) -> dict[str, Any]:
    """Each plain text value as the graph spells the name it folds to (case, diacritics, dots
    aside), else the value itself; ``names()`` gives the graph's names (``NAMES_QUERY``), asked
    for only if a value is plain text. IRIs, quoted and typed values are left alone."""
    known: list[str] | None = None
    out = {}
    for key, value in bindings.items():
        if _plain_text(value):
            if known is None:
                known = sorted(set(names()))
            value = _spelled(known, value)
        out[key] = value
    return out


def _plain_text(value: Any) -> bool:
    return (isinstance(value, str) and bool(value.strip()) and value[:1] not in '"<'
            and not _looks_like_iri(value))


def _spelled(known: list[str], value: str) -> str:
    from kg.names import fold

    target = fold(value)
    spelled = [name for name in known if fold(name) == target]
    if not spelled or value in spelled:
        return value
    same_case = [s for s in spelled if s.lower() == value.lower()]
    return (same_case or spelled)[0]


def _looks_like_iri(value: str) -> bool:
    return value.startswith(("http://", "https://", "urn:")) or bool(
        re.match(r"^[A-Za-z][\w-]*:[^\s/]", value) and value.split(":", 1)[0] in QUERY_PREFIXES)


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _syntax_message(exc: BaseException, sparql: str) -> str:
    """Oxigraph's parser message on one line, without its lists of character classes."""
    text = " ".join(str(exc).split())
    if "Prefix not found" in text:
        return re.sub(r"expected .*$", _undeclared_prefix(text, sparql), text)
    text = _CHAR_CLASS.sub("", text).replace("one of , ", "one of ").strip()
    text = re.sub(r"expected one of (\S+)$", r"expected \1", text)
    text = re.sub(r"expected( one of)?$", "unexpected character", text)
    return text if len(text) <= 200 else text[:199] + "…"


def _undeclared_prefix(message: str, sparql: str) -> str:
    """Name the prefix Oxigraph did not know: the prefixed name ending where it stopped."""
    where = re.search(r"error at (\d+):(\d+)", message)
    lines = sparql.splitlines()
    if where is not None and 0 < int(where.group(1)) <= len(lines):
        before = lines[int(where.group(1)) - 1][: int(where.group(2))]
        name = re.search(r"([A-Za-z][\w.\-]*)?:[^\s:<>\"'{}()]*\s*$", before)
        if name is not None:
            return f"undeclared prefix '{name.group(1) or ''}:'"
    return "undeclared prefix"


def run_query(
    graph: Graphish,
    sparql: str,
    *,
    bindings: dict[str, Any] | None = None,
    source: str | Path | None = None,
    fold_names: bool = False,
) -> QueryResult:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over a graph: an rdflib
    ``Graph``, an Oxigraph ``Store``, or a graph file. ``source`` names the query's file in
    error messages. A query that does not parse or cannot run raises ``QueryError``.

    ``fold_names``: a plain text binding that spells a name of the graph with other case or
    diacritics ("berg", "Ozturk") is bound to the name as the graph writes it."""
    store = _store(graph)
    if fold_names and bindings:
        bindings = as_spelled(bindings, lambda: (str(row["name"].value)
                                                 for row in store.query(NAMES_QUERY)))
    substitutions = _substitutions(sparql, bindings, source)
    with _query_errors(sparql, source):
        answer = store.query(
            sparql,
            prefixes=QUERY_PREFIXES,
            substitutions=substitutions,
            use_default_graph_as_union=True,
        )
        result = result_of(answer)
    return result


def check_query(
    sparql: str,
    *,
    bindings: dict[str, Any] | None = None,
    source: str | Path | None = None,
    parse: bool = True,
) -> dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal]:
    """Check a query as ``run_query`` would before it runs — its syntax with the predeclared
    prefixes, and each binding (its variable, its value, selected) — and return the bindings
    as Oxigraph terms. Nothing is evaluated but an ASK over an empty store; ``parse=False``
    checks the bindings alone (for a query Oxigraph must not touch, such as one with
    ``SERVICE``). Raises ``QueryError`` with the messages ``run_query`` gives."""
    substitutions = _substitutions(sparql, bindings, source) or {}
    if parse:
        with _query_errors(sparql, source):
            ox.Store().query(sparql, prefixes=QUERY_PREFIXES, substitutions=substitutions or None)
    return substitutions


def result_of(answer: Any) -> QueryResult:
    """An Oxigraph answer as text (see the module docstring): solutions, a boolean, or
    triples — a ``QueryTriples`` or any iterable of triples or quads, read as a set and
    sorted."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(["ask"], [("true" if bool(answer) else "false",)],
                           [(_XSD + "boolean",)])
    if isinstance(answer, ox.QuerySolutions):
        columns = [v.value for v in answer.variables]
        solutions = [tuple(solution) for solution in answer]
        rows = [tuple(render(term) for term in solution) for solution in solutions]
        datatypes = [tuple(_datatype(term) for term in solution) for solution in solutions]
        return QueryResult(columns, rows, datatypes)
    found = sorted({_triple(t) for t in answer},
                   key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    triples = [(render(t.subject), render(t.predicate), render(t.object)) for t in found]
    turtle = ox.serialize(found, format=ox.RdfFormat.TURTLE, prefixes=QUERY_PREFIXES)
    return QueryResult(["subject", "predicate", "object"], triples, None, turtle)  # type: ignore[arg-type]


def _triple(t: Any) -> ox.Triple:
    """A triple, or a quad's triple."""
    return t if isinstance(t, ox.Triple) else ox.Triple(t.subject, t.predicate, t.object)


@contextmanager
def _query_errors(sparql: str, source: str | Path | None) -> Iterator[None]:
    """Oxigraph's failures as one-line ``QueryError``s."""
    try:
        yield
    except SyntaxError as exc:
        raise QueryError(source, f"SPARQL syntax error: {_syntax_message(exc, sparql)}") from None
    except (OSError, RuntimeError, ValueError, TypeError) as exc:
        unprojected = _UNPROJECTED.search(str(exc))
        if unprojected is not None:
            name = unprojected.group(1)
            raise QueryError(
                source, f"binding '{name}': a bound variable must be selected (SELECT ?{name} …)"
            ) from None
        raise QueryError(source, f"the query failed: {_first_line(exc)}") from None


def _datatype(term: Any) -> str | None:
    return term.datatype.value if isinstance(term, ox.Literal) else None


# ---------------------------------------------------------------- output


def format_result(result: QueryResult, fmt: str = "table", *, max_width: int | None = None) -> str:
    """The result as an aligned text table (header, rule, rows, row count), CSV (header row)
    or JSON (a list of objects, keys in column order). ``max_width`` cuts long table cells."""
    if fmt == "table":
        if result.turtle is not None:  # CONSTRUCT / DESCRIBE: the graph, as Turtle
            return result.turtle.decode("utf-8")
        return _table(result, max_width)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180; quotes any \r
        writer.writerow(result.columns)
        writer.writerows(["" if v is None else v for v in row] for row in result.rows)
        return buffer.getvalue()
    if fmt == "json":
        types = result.datatypes or [(None,) * len(result.columns)] * len(result.rows)
        objects = [
            {c: json_value(v, t) for c, v, t in zip(result.columns, row, kinds, strict=True)}
            for row, kinds in zip(result.rows, types, strict=True)
        ]
        return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
    raise QueryError(None, f"unknown output format '{fmt}'; choose {', '.join(FORMATS)}")


_INTEGERS = frozenset(_XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte"))
_REALS = frozenset(_XSD + name for name in ("decimal", "double", "float"))
_INTEGER = re.compile(r"[+-]?[0-9]+")
_REAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def json_value(text: str | None, datatype: str | None) -> str | int | float | bool | None:
    """A value for JSON: an xsd integer, decimal, double or float literal as a JSON number, an
    xsd:boolean as true/false; everything else (dates included) as its text. A literal whose
    text is not a valid number of its type (or INF, NaN, which JSON lacks) stays text."""
    if text is None or datatype is None:
        return text
    lexical = text.strip()
    if datatype in _INTEGERS and _INTEGER.fullmatch(lexical):
        return int(lexical)
    if datatype in _REALS and _REAL.fullmatch(lexical):
        number = float(lexical)
        return number if math.isfinite(number) else text
    if datatype == _XSD + "boolean":
        return _BOOLEANS.get(lexical, text)
    return text


def _cell(value: str | None, max_width: int | None) -> str:
    text = "" if value is None else printable(" ".join(value.split()))
    if max_width is not None and len(text) > max_width:
        text = text[: max(max_width - 1, 0)] + "…"
    return text


def _table(result: QueryResult, max_width: int | None) -> str:
    cells = [[_cell(v, max_width) for v in row] for row in result.rows]
    widths = [len(c) for c in result.columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    lines = [line(result.columns), line(["-" * w for w in widths])]
    lines.extend(line(row) for row in cells)
    n = len(cells)
    lines.append(f"({n} row{'' if n == 1 else 's'})")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- shipped queries


CORE_QUERIES = ("article_facts", "person_profile")  # about every relation at once
SUMMARIES = "#RELATION-SUMMARIES#"  # where a core query takes each relation's summary pattern


def list_queries() -> list[ShippedQuery]:
    """The ready queries, by name: the core ones (``article_facts``, ``person_profile``, built
    with every relation's ``summary`` pattern) and each relation's own (``Relation.queries``)."""
    from kg.relations import relations, shipped_query

    texts = {name: _with_summaries(shipped_query(name)) for name in CORE_QUERIES}
    for rel in relations():
        for name, text in rel.queries.items():
            if name in texts:
                raise QueryError(None, f"two shipped queries are named '{name}'")
            texts[name] = text
    shipped = []
    for name, text in sorted(texts.items()):
        first = text.splitlines()[0] if text else ""
        description = first.lstrip("#").strip() if first.startswith("#") else ""
        shipped.append(ShippedQuery(name, description, text))
    return shipped


def _with_summaries(text: str) -> str:
    from kg.relations import relations

    patterns = [rel.summary for rel in relations() if rel.summary]
    union = "\n  UNION\n  ".join(patterns) if patterns else 'BIND("" AS ?type) BIND("" AS ?summary)'
    return text.replace(SUMMARIES, union)


def get_query(name: str) -> ShippedQuery:
    """One shipped query by name (``who_met_whom`` or ``who_met_whom.rq``)."""
    shipped = list_queries()
    wanted = name.removesuffix(".rq")
    for query in shipped:
        if query.name == wanted:
            return query
    available = ", ".join(q.name for q in shipped) or "none"
    raise QueryError(None, f"no shipped query '{name}'; available: {available}")
