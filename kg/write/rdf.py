"""The graph writer: a ``Build`` to triples shaped exactly as shared/CONTRACT.md says.

``triples(build)`` yields every triple: the articles, the entities, for each fact its evidence
node's provenance (shared by all relations) and the relation's own triples
(``Relation.triples``), then each relation's corpus-wide records (meeting events). It names
no relation. IRIs are derived from content only (``kg.iri``), so the same input gives the
same IRIs.

The ways out: ``write_graph`` writes Turtle through Oxigraph (triples sorted, so the same
input gives the same bytes; tens of times faster than rdflib's serializer on big graphs) and
bulk-loads an on-disk Oxigraph store, with memory bounded by an external sort whatever the
graph's size; ``turtle(build)`` is the same Turtle as bytes, for small graphs; ``to_graph`` puts the triples in an rdflib
``Graph`` where rdflib is the convenient API (tests, small graphs). ``TripleIndex`` is what the
page reads: the three lookups it needs, over the triples, without a Graph's cost.
"""

from __future__ import annotations

import functools

import heapq
import io
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.iri import article_iri, entity_iri, web_iri
from kg.model import CITY, COUNTRY, ORGANIZATION, PERSON, Article, Build, Entity, Evidence
from kg.namespace import KG, PREFIXES, bind_prefixes
from kg.relations import relation_of, relations
from kg.terms import date_literal, decimal
from kg.write.atomic import write_bytes, writing

__all__ = ["TYPE_CLASS", "TripleIndex", "ox_triples", "serialize", "sorted_lines", "to_graph",
           "triples", "turtle", "turtle_of", "write_graph", "write_turtle"]

TYPE_CLASS = {PERSON: KG.Person, COUNTRY: KG.Country, ORGANIZATION: KG.Organization, CITY: KG.City}
Triple = tuple[URIRef, URIRef, URIRef | Literal]


def to_graph(result: Build) -> Graph:
    """The knowledge graph of one build, as an rdflib ``Graph``."""
    g = Graph()
    bind_prefixes(g)
    for triple in triples(result):
        g.add(triple)
    return g


class TripleIndex:
    """The read side of an rdflib ``Graph`` that the page and the relations' views use —
    ``objects(s, p)``, ``subjects(p, o)``, ``value(s, p)`` — over a set of triples, in a
    fraction of a Graph's time and memory. Answers come in a fixed order (sorted by text), so
    they do not depend on the order the triples came in: a build's page and ``kg view`` of
    its Turtle are the same bytes."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        by_sp: dict[tuple, list] = defaultdict(list)
        by_po: dict[tuple, list] = defaultdict(list)
        for s_, p_, o_ in dict.fromkeys(triples):
            by_sp[(s_, p_)].append(o_)
            by_po[(p_, o_)].append(s_)
        for found in (*by_sp.values(), *by_po.values()):
            if len(found) > 1:
                found.sort(key=_term_key)
        self._sp, self._po = dict(by_sp), dict(by_po)

    def objects(self, subject, predicate) -> Iterator:
        return iter(self._sp.get((subject, predicate), ()))

    def subjects(self, predicate, object) -> Iterator:  # noqa: A002 (rdflib's name)
        return iter(self._po.get((predicate, object), ()))

    def value(self, subject, predicate, default=None):
        found = self._sp.get((subject, predicate))
        return found[0] if found else default


def _term_key(term) -> tuple[str, str]:
    return (str(term), type(term).__name__)


def triples(result: Build) -> Iterator[Triple]:
    """Every triple of the graph of ``result`` (a triple may come more than once)."""
    articles = {a.id: a for a in result.articles}
    for article_id in sorted({f.evidence.article_id for f in result.facts} | set(articles)):
        yield from _article(article_id, articles.get(article_id))
    for entity in result.entities.values():
        yield from _entity(entity)
    for fact in result.facts:
        rel = relation_of(fact)
        node = rel.fact_node(fact)
        yield from _evidence(node, fact.evidence)
        yield from rel.triples(fact, node)
    for rel in relations():
        if rel.aggregate is not None:
            for record in result.records.get(rel.name, ()):
                yield from rel.aggregate.triples(record)


def _entity(entity: Entity) -> Iterator[Triple]:
    node = entity_iri(entity.key)
    yield node, RDF.type, TYPE_CLASS[entity.type]
    yield node, RDFS.label, Literal(entity.label)
    for alt in entity.alt_labels:
        yield node, SKOS.altLabel, Literal(alt)
    for iri in entity.same_as:
        yield node, OWL.sameAs, URIRef(iri)
    if entity.link_confidence is not None:
        yield node, KG.linkConfidence, decimal(entity.link_confidence)
    if entity.country:
        yield node, KG.inCountry, entity_iri(entity.country)


def _article(article_id: str, article: Article | None) -> Iterator[Triple]:
    """An article: its name, title, date, outlet and URL; copies of its text read under other
    names add their names, outlets and URLs to the same node."""
    node = article_iri(article_id)
    yield node, RDF.type, KG.Article
    yield node, DCTERMS.identifier, Literal(article_id)
    if article is None:
        return
    if article.title:
        yield node, DCTERMS.title, Literal(" ".join(article.title.split()))
    date = date_literal(article.date)
    if date is not None:
        yield node, DCTERMS.date, date
    for source in (article, *article.also):
        if source is not article:
            yield node, DCTERMS.identifier, Literal(source.id)
        if source.publisher and source.publisher.strip():
            yield node, DCTERMS.publisher, Literal(" ".join(source.publisher.split()))
        iri = web_iri(source.url)
        if iri is not None:
            yield node, DCTERMS.source, iri


@functools.lru_cache(maxsize=1 << 16, typed=True)
def _shared(value: int | str) -> Literal:
    """The literal of a value that many evidence nodes share (offsets, extractor and rule
    names): made once, not once per fact."""
    return Literal(value)


_confidence = functools.lru_cache(maxsize=1024)(decimal)


def _evidence(node: URIRef, ev: Evidence) -> Iterator[Triple]:
    yield node, PROV.wasDerivedFrom, article_iri(ev.article_id)
    yield node, KG.evidence, Literal(ev.text)
    yield node, KG.charStart, _shared(ev.start)
    yield node, KG.charEnd, _shared(ev.end)
    yield node, KG.confidence, _confidence(ev.confidence)
    yield node, KG.extractor, _shared(ev.extractor)
    if ev.rule:
        yield node, KG.rule, _shared(ev.rule)
    if len(ev.chain) > 1:  # a name alone is no resolution
        yield node, KG.resolution, Literal(" → ".join(ev.chain))


def ox_triples(found: Build | Iterable[Triple]) -> list:
    """Every triple (of a build, or given) as Oxigraph terms, each once, in one fixed order."""
    from kg.graphio import ox_term

    if isinstance(found, Build):
        found = triples(found)
    terms: dict = {}

    def term(t):
        done = terms.get(t)
        if done is None:
            done = terms[t] = ox_term(t)
        return done

    unique = {ox.Triple(term(s_), term(p_), term(o_)) for s_, p_, o_ in found}
    return sorted(unique, key=_order)


def _order(triple) -> tuple[str, str, str]:
    return (str(triple.subject), str(triple.predicate), str(triple.object))


def turtle(result: Build) -> bytes:
    """The Turtle of a build: the contract's prefixes (sorted), then the triples, grouped by
    subject in sorted order (Oxigraph's serializer)."""
    return turtle_of(ox_triples(result))


def turtle_of(sorted_triples: list) -> bytes:
    out = io.BytesIO()
    ox.serialize(sorted_triples, output=_SortedHeader(out), format=ox.RdfFormat.TURTLE,
                 prefixes=PREFIXES)
    return out.getvalue()


class _SortedHeader:
    """A binary output that takes Oxigraph's Turtle, sorts its ``@prefix`` lines (Oxigraph
    writes them in no fixed order) and puts a blank line after them; the rest passes through."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.head, self.done = out, b"", False

    def write(self, data: bytes) -> int:
        if self.done:
            return self.out.write(data)
        self.head += data
        lines = self.head.split(b"\n")
        start = next((i for i, line in enumerate(lines[:-1]) if not line.startswith(b"@prefix")),
                     None)
        if start is not None:
            self.out.write(b"\n".join([*sorted(lines[:start]), b"", *lines[start:]]))
            self.done, self.head = True, b""
        return len(data)

    def flush(self) -> None:
        if not self.done and self.head:
            lines = self.head.split(b"\n")
            self.out.write(b"\n".join([*sorted(line for line in lines if line), b"", b""]))
            self.done, self.head = True, b""
        self.out.flush()


# Writing a graph of any size ----------------------------------------------------------------

SORT_CHUNK = 200_000  # triples sorted in memory at once; a bigger graph goes through runs on disk


def sorted_lines(found: Iterable[Triple], scratch: Path, *, chunk: int = SORT_CHUNK) -> Iterator[bytes]:
    """Each distinct triple once, as an N-Triples line (UTF-8, without " ." and newline), in
    the order of ``_order``: at most ``chunk`` lines are held at once; more are sorted in runs
    written to ``scratch`` and merged (an external sort), so memory does not grow with the
    graph."""
    from kg.graphio import ox_term

    runs: list[Path] = []
    batch: set[bytes] = set()
    terms: dict = {}
    for s_, p_, o_ in found:
        line = []
        for t in (s_, p_, o_):
            done = terms.get(t)
            if done is None:
                done = terms[t] = str(ox_term(t))
            line.append(done)
        batch.add(" ".join(line).encode("utf-8"))
        if len(batch) >= chunk:
            runs.append(_write_run(sorted(batch), scratch, len(runs)))
            batch, terms = set(), {}
    if not runs:
        yield from sorted(batch)
        return
    if batch:
        runs.append(_write_run(sorted(batch), scratch, len(runs)))
    del batch, terms
    files = [path.open("rb") for path in runs]
    try:
        last = None
        for line in heapq.merge(*((raw.rstrip(b"\n") for raw in f) for f in files)):
            if line != last:
                yield line
                last = line
    finally:
        for f in files:
            f.close()
        for path in runs:
            path.unlink(missing_ok=True)


def _write_run(lines: list[bytes], scratch: Path, number: int) -> Path:
    path = scratch / f".sort-run-{number:05d}"
    with path.open("wb") as f:
        for line in lines:
            f.write(line + b"\n")
    return path


def write_graph(found: Iterable[Triple], turtle_path: Path, *, store_path: Path | None = None,
                chunk: int = SORT_CHUNK) -> int:
    """Write the triples ``found`` (repeats allowed) as sorted Turtle at ``turtle_path`` (and
    bulk-load them into a new on-disk Oxigraph store at ``store_path``) with memory bounded
    by ``chunk``, whatever the graph's size: sorted N-Triples go through a scratch file that
    Oxigraph's parser streams into its Turtle serializer and its bulk loader. Returns the
    number of triples."""
    turtle_path = Path(turtle_path)
    count = 0
    with tempfile.TemporaryDirectory(prefix=".graph-", dir=turtle_path.parent) as tmp:
        nt = Path(tmp) / "graph.nt"
        with nt.open("wb") as f:
            for line in sorted_lines(found, Path(tmp), chunk=chunk):
                f.write(line + b" .\n")
                count += 1
        with writing(turtle_path) as out:
            header = _SortedHeader(out)
            ox.serialize(ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES), output=header,
                         format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            header.flush()
        if store_path is not None:
            store = ox.Store(str(store_path))
            store.bulk_load(path=nt, format=ox.RdfFormat.N_TRIPLES)
            store.flush()
            store.optimize()
            del store
    return count


def serialize(g: Graph, fmt: str = "turtle") -> bytes:
    """Deterministic serialisation: rdflib's sorted long-form Turtle."""
    if fmt == "turtle":
        data = g.serialize(format="longturtle")
    else:
        data = g.serialize(format=fmt)
    return data.encode("utf-8") if isinstance(data, str) else data


def write_turtle(g: Graph, path: str | Path) -> Path:
    """An rdflib graph as Turtle (for graphs made elsewhere; builds use ``turtle``)."""
    return write_bytes(path, serialize(g))
