"""Other SPARQL 1.1 servers, over HTTP: ask them queries, load graphs into them.

    result = query_endpoint("http://127.0.0.1:7878/query", get_query("who_met_whom").text)
    push("http://127.0.0.1:7878/store", "out/graph.ttl")            # replace the default graph
    push(url, "out/graph.ttl", graph="https://example.org/g", replace=False)   # add to a named one

Queries follow the SPARQL 1.1 protocol (a POST of ``application/sparql-query``; JSON results
for SELECT and ASK, N-Triples or Turtle for CONSTRUCT and DESCRIBE) and come back as the
``QueryResult`` a local query gives, rendered by the same rules (``kg.query.result_of``).
They are checked here first, as a local query is; the prefixes and the bindings are written
into the text by ``kg.sparql_text``. Graphs are loaded through the Graph Store protocol:
``PUT`` replaces a graph, ``POST`` adds to it, ``?default`` or ``?graph=IRI`` names it.

The standard library's ``urllib`` does the HTTP; a proxy from the environment is used but
for loopback addresses. Every failure is a one-line ``ServerError`` (``UsageError`` for a URL
that is not one): refused connections, unknown hosts, time-outs, and HTTP errors with their
status, reason and the first line the server gave.
"""

from __future__ import annotations

import ipaddress
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from http.client import HTTPException
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import pyoxigraph as ox

from kg.errors import GraphError, ServerError, UsageError
from kg.graphio import graph_format, load_store, open_store
from kg.query import NAMES_QUERY, QUERY_PREFIXES, QueryResult, as_spelled, check_query, result_of
from kg.sparql_text import calls_service, for_endpoint

TIMEOUT = 300.0  # seconds without a byte from the server before giving up
RESULTS = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
TRIPLES = "application/n-triples, text/turtle;q=0.9"
ACCEPT = {"SELECT": RESULTS, "ASK": RESULTS, "CONSTRUCT": TRIPLES, "DESCRIBE": TRIPLES}
SENT_AS_IS = {"Turtle": "text/turtle", "N-Triples": "application/n-triples"}


class Pushed(NamedTuple):
    """What ``push`` did: where to, how (``replaced`` or ``added``), how many bytes."""

    url: str
    how: str
    size: int


# ---------------------------------------------------------------- queries


def query_endpoint(
    url: str,
    sparql: str,
    *,
    bindings: Mapping[str, Any] | None = None,
    source: str | Path | None = None,
    graph: str | None = None,
    timeout: float = TIMEOUT,
    fold_names: bool = False,
) -> QueryResult:
    """Run a query on the SPARQL endpoint at ``url``; ``graph`` (an IRI) is queried as the
    default graph (``default-graph-uri``). Raises ``QueryError`` for a query that would not
    run locally either, ``ServerError`` for what the server or the network says.
    ``fold_names`` as in ``kg.query.run_query`` (the names are asked of the endpoint)."""
    url = check_url(url)
    if fold_names and bindings:
        def names() -> Iterable[str]:
            known = query_endpoint(url, NAMES_QUERY, graph=graph, timeout=timeout)
            return (row[0] for row in known.rows if row[0] is not None)

        bindings = as_spelled(dict(bindings), names)
    substitutions = check_query(sparql, bindings=dict(bindings or {}), source=source,
                                parse=not calls_service(sparql))  # Oxigraph would call it
    where = str(source) if source is not None else None
    text, form = for_endpoint(sparql, substitutions, prefixes=QUERY_PREFIXES, source=where)
    if graph is not None:
        url = _with_param(url, "default-graph-uri", check_iri(graph, "--graph"))
    headers = {"Content-Type": "application/sparql-query; charset=utf-8", "Accept": ACCEPT[form]}
    media, body = _request("POST", url, text.encode("utf-8"), headers, timeout)
    return _answer(url, media, body)


def _answer(url: str, media: str, body: bytes) -> QueryResult:
    results = ox.QueryResultsFormat.from_media_type(media) if media else None
    if results is not None and results != ox.QueryResultsFormat.CSV:  # CSV loses term kinds
        try:
            return result_of(ox.parse_query_results(body, results))
        except (SyntaxError, ValueError) as exc:
            raise ServerError(url, f"not valid {results.name}: {_first(exc)}") from None
    rdf = ox.RdfFormat.from_media_type(media) if media else None
    if rdf is not None:
        try:
            return result_of(list(ox.parse(body, rdf)))
        except (SyntaxError, ValueError) as exc:
            raise ServerError(url, f"not valid {rdf.name}: {_first(exc)}") from None
    raise ServerError(url, f"an answer of an unknown type ({media or 'none given'})")


# ---------------------------------------------------------------- graphs


def push(
    url: str,
    source: str | Path | ox.Store,
    *,
    graph: str | None = None,
    replace: bool = True,
    timeout: float = TIMEOUT,
) -> Pushed:
    """Load a graph file (Turtle and N-Triples as they are, other formats as N-Triples) or an
    Oxigraph ``Store`` (the union of its graphs) into the graph ``graph`` (an IRI; ``None``:
    the default graph) of the Graph Store endpoint at ``url``, replacing it (PUT) or adding
    to it (POST)."""
    url = check_url(url)
    if graph is not None:
        target = _with_param(url, "graph", check_iri(graph, "--graph"))
    else:
        target = _with_param(url, "default", None)
    method, how = ("PUT", "replaced") if replace else ("POST", "added")
    if isinstance(source, ox.Store):
        data = _ntriples(source)
        _request(method, target, data, {"Content-Type": "application/n-triples"}, timeout)
        return Pushed(target, how, len(data))
    path = Path(source)
    media = SENT_AS_IS.get(graph_format(path).name)
    if media is None:
        return push(url, load_store(path), graph=graph, replace=replace, timeout=timeout)
    if not path.is_file():
        raise GraphError(path, "no such file" if not path.exists() else "not a file")
    try:
        file = path.open("rb")
    except OSError as exc:
        raise GraphError(path, exc.strerror or "cannot be read") from None
    with file:
        size = path.stat().st_size
        headers = {"Content-Type": media, "Content-Length": str(size)}
        _request(method, target, file, headers, timeout)
    return Pushed(target, how, size)


def push_store(url: str, folder: str | Path, **options: Any) -> Pushed:
    """``push`` of an on-disk store (``kg build --store`` writes OUT/store)."""
    return push(url, open_store(folder), **options)


def _ntriples(store: ox.Store) -> bytes:
    """Every triple of every graph of ``store``, as N-Triples."""
    triples = (ox.Triple(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, None))
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


# ---------------------------------------------------------------- HTTP


def check_url(url: str, option: str = "--endpoint") -> str:
    """``url`` if it is an http(s) URL with a host (UsageError if not)."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 -- a port that is not a number raises here
    except ValueError as exc:
        raise UsageError(option, f"not a URL: {url!r} ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(option, f"not an http(s) URL: {url!r} (e.g. http://127.0.0.1:7878/query)")
    if parts.username is not None:
        raise UsageError(option, f"user:password@ in a URL is not supported: {parts.hostname}")
    if any(ord(c) <= 0x20 or c in '<>"\\^`{|}' for c in url):
        raise UsageError(option, f"not a URL: {url!r} (a space or character URLs do not allow)")
    return url


def check_iri(iri: str, option: str) -> str:
    """``iri`` if it is an absolute IRI (UsageError if not)."""
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        raise UsageError(option, f"not an absolute IRI: {iri!r} ({exc})") from None
    return iri


def _with_param(url: str, name: str, value: str | None) -> str:
    pair = urllib.parse.quote(name)
    if value is not None:
        pair += "=" + urllib.parse.quote(value, safe="")
    parts = urllib.parse.urlsplit(url)
    query = f"{parts.query}&{pair}" if parts.query else pair
    return urllib.parse.urlunsplit(parts._replace(query=query))


def _request(
    method: str, url: str, data: bytes | BinaryIO, headers: dict[str, str], timeout: float
) -> tuple[str, bytes]:
    """Send one request; the answer's media type (lower case, no parameters) and body."""
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with _opener(url).open(request, timeout=timeout) as response:
            given = response.headers.get("Content-Type")
            return (response.headers.get_content_type() if given else ""), response.read()
    except urllib.error.HTTPError as exc:
        raise ServerError(url, _http_error(exc)) from None
    except urllib.error.URLError as exc:
        raise ServerError(url, _network_error(exc.reason)) from None
    except TimeoutError:
        raise ServerError(url, f"no answer in {timeout:g} s") from None
    except HTTPException as exc:
        raise ServerError(url, f"not an HTTP answer ({type(exc).__name__}: {exc})") from None
    except ConnectionError as exc:
        raise ServerError(url, _network_error(exc)) from None


def _opener(url: str) -> urllib.request.OpenerDirector:
    """urllib's opener, without the environment's proxy for a loopback address."""
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if loopback:
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _http_error(exc: urllib.error.HTTPError) -> str:
    try:
        said = _first_line(exc.read(4096).decode("utf-8", "replace"))
    except (OSError, HTTPException):
        said = ""
    reason = exc.reason if isinstance(exc.reason, str) else ""
    return f"HTTP {exc.code} {reason}".rstrip() + (f": {said}" if said else "")


def _network_error(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running, on this port?)"
    if isinstance(reason, TimeoutError):
        return "no answer (timed out)"
    if isinstance(reason, OSError) and "Name or service not known" in str(reason):
        return "unknown host"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror[0].lower() + reason.strerror[1:]
    return str(reason)


def _first(exc: BaseException) -> str:
    return _first_line(str(exc)) or type(exc).__name__


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    line = lines[0] if lines else ""
    return line if len(line) <= 200 else line[:199] + "…"
