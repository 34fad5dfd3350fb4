"""Relations, each declared once in a module of its own.

A ``Relation`` says everything about one kind of fact: its fact type, its extractor(s), how it
becomes RDF (its evidence node class and triples), its ontology terms and SHACL shapes, how the
page draws it, its export columns, how the scorer matches it against gold, how ``kg explain``
describes it, the SPARQL queries it ships, and what the analysis tables and ``kg stats`` need
(the node grouping its mentions into happenings, an entities-table column). The pipeline, the graph writer, the page, the
exports, ``kg explain``, ``kg eval``, the calibration and the CLI iterate over the registry and
name no relation.

    from kg.relations import Relation, register
    register(Relation(name="funded", fact=Funding, node_class=EX.Funding, ...))

The built-in relations (``met``, ``stated``, ``roles``, ``affiliation``) are modules of this
package; ``relations()`` imports them and returns every registered relation, in order.
Registering a second relation (or extractor) under a name already taken is an error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from kg.namespace import KG

if TYPE_CHECKING:
    from kg.article.context import DocContext

Extractor = Callable[["DocContext"], Iterable[Any]]
Triple = tuple[Node, Node, Node]
BUILTIN = ("met", "stated", "roles", "affiliation")


@dataclass(frozen=True)
class Rule:
    """One construction an extractor reads, with its confidence before measurement.

    ``id`` is "<relation>/<construction>" — the id of the construction suite's cases for it
    (``tests/construction``), the ``kg:rule`` of every fact it yields, and its key in the
    calibration table. Confidence is set in one place, ``kg.calibration.confidence``: the
    measured share of the rule's facts that were right, else this prior."""

    id: str
    prior: float
    about: str = ""  # the construction in words, with an example


@dataclass(frozen=True)
class Moment:
    """One item on the page's timeline: something that happened on a date (a meeting, a
    statement) and the evidence nodes that report it."""

    date: str  # "2025-02-28" or "2025-02"
    precision: str  # "day" | "month" | "article" ("" when the graph does not say)
    text: str  # what happened, in a line ("Anna Berg, Jonas Lind (held, Oslo)")
    facts: tuple[Node, ...]  # the evidence nodes behind it
    variant: str | None = None  # a key of the view's ``variants`` ("planned")


@dataclass(frozen=True)
class View:
    """How the page draws a relation: one edge per (subject, object) pair a fact asserts."""

    label: str  # the legend's words, e.g. "met (meeting, call, talks)"
    color: str  # CSS colour of its edges
    ends: Callable[[Graph, Node], Iterable[tuple[Node, Node]]]  # the pairs one evidence node asserts
    object_kind: str = "entity"  # what the far end is: "entity", "claim" (a text) or "concept"
    arrow: bool = True  # directed (stated, roles) or not (met)
    variant: Callable[[Graph, Node], str | None] = lambda _g, _n: None  # e.g. "planned": dashed
    variants: Mapping[str, str] = field(default_factory=dict)  # variant -> legend text
    object_label: Callable[[Graph, Node], str] | None = None  # a claim's text, a role's word
    object_name: str = ""  # what its far-end nodes are called ("Claim", "Role")
    # its items on the page's timeline, from its evidence nodes; None: not on the timeline
    timeline: Callable[[Graph, Sequence[Node]], Iterable[Moment]] | None = None
    membership: bool = False  # the object is an affiliation of the subject (page filter)


def dated_facts(text: Callable[[Graph, Node], str]) -> Callable[[Graph, Sequence[Node]],
                                                                list[Moment]]:
    """A ``View.timeline`` of one item per evidence node that has a date, worded by ``text``."""
    def moments(graph: Graph, facts: Sequence[Node]) -> list[Moment]:
        found = []
        for fact in facts:
            day = graph.value(fact, DCTERMS.date)
            if day is not None:
                precision = str(graph.value(fact, KG.datePrecision) or "")
                found.append(Moment(str(day), precision, text(graph, fact), (fact,)))
        return found

    return moments


@dataclass(frozen=True)
class Gold:
    """How ``kg eval`` reads a relation: a gold item and an evidence node as comparable keys.

    With ``text=True`` a key is (entity, text) and a prediction matches a gold item with the
    same entity and a token F1 of at least 0.5 (each gold item once, greedily by best F1);
    otherwise keys match when equal and form a set per article."""

    item: Callable[[dict], Hashable]  # the key of a gold item (entity ids as in the gold)
    entities: Callable[[dict], Sequence[Any]]  # the entity ids a gold item names
    predicted: Callable[[Graph, Node, Callable[[Node], Any]], Iterable[Hashable]]  # keys of a node
    check: Callable[[dict], str | None] = lambda _item: None  # what is wrong with an item, if anything
    text: bool = False
    describe: Callable[[Hashable], str] = str
    required: bool = False  # every gold article must list it (the newskg-gold/1 three do)


@dataclass(frozen=True)
class Aggregate:
    """Corpus-wide records a relation makes from all its facts (meeting events): computed after
    entity resolution, written as RDF with ``triples``."""

    build: Callable[[Sequence[Any], Mapping[str, Any]], Sequence[Any]]  # (facts, articles) -> records
    triples: Callable[[Any], Iterable[Triple]]


@dataclass(frozen=True)
class Relation:
    """One relation, declared once (see the module docstring)."""

    name: str  # "met": the kg:extractor value, the gold file's key, the CSV "relation"
    fact: type  # the frozen dataclass of one fact; it has an ``evidence: Evidence`` field
    node_class: URIRef  # the class of its evidence nodes (kg:Meeting)
    extractors: Mapping[str, Extractor]  # versioned names ("kg.met.v1") -> extractor
    entities: tuple[str, ...]  # fact fields holding entity keys (a key, or a tuple of keys)
    triples: Callable[[Any, URIRef], Iterable[Triple]]  # the fact's own triples; node is its IRI
    ontology: str = ""  # Turtle: the relation's classes and properties
    shapes: str = ""  # Turtle: its SHACL shapes
    terms: type | None = None  # the DefinedNamespace mirroring its ontology terms
    view: View | None = None
    columns: tuple[str, ...] = ()  # its own CSV columns, after the shared ones
    row: Callable[[Graph, Node], dict[str, str]] | None = None  # subject, object, its columns
    gold: Gold | None = None
    describe: Callable[[Graph, Node], list[tuple[str, str]]] | None = None  # kg explain lines
    queries: Mapping[str, str] = field(default_factory=dict)  # shipped query name -> SPARQL
    keep: Callable[[Any], bool] = lambda _fact: True  # after resolution (a meeting needs two)
    identity: Callable[[Any], tuple] | None = None  # what makes two facts the same (for the IRI)
    aggregate: Aggregate | None = None
    # the node that groups an evidence node with the others reporting the same happening (a
    # meeting's kg:MeetingEvent): exports and stats count happenings once, not per sentence
    event: Callable[[Graph, Node], Node | None] | None = None
    # a column this relation adds to the entities table: for each entity, the far ends of the
    # facts it is the near end of ("affiliation": the bodies a person holds office for)
    entity_column: str = ""
    summary: str = ""  # SPARQL group binding ?fact ?type ?summary (article_facts, person_profile)
    rules: tuple[Rule, ...] = ()  # the constructions its extractors read (kg:rule values)
    version: str = "1"  # bump when its facts change: part of the per-article cache key

    def fact_node(self, fact: Any) -> URIRef:
        """The IRI of a fact's evidence node: relation, article, offsets and content."""
        from kg.iri import fact_iri

        ev = fact.evidence
        return fact_iri(self.name, ev.article_id, ev.start, ev.end, self.fact_identity(fact))

    def fact_identity(self, fact: Any) -> tuple:
        if self.identity is not None:
            return self.identity(fact)
        return tuple(getattr(fact, f.name) for f in dataclasses.fields(fact)
                     if f.name != "evidence")

    def entity_keys(self, fact: Any) -> list[str]:
        keys: list[str] = []
        for name in self.entities:
            value = getattr(fact, name)
            keys.extend(value if isinstance(value, tuple) else [value])
        return keys


REGISTRY: dict[str, Relation] = {}
_EXTRACTORS: dict[str, str] = {}  # extractor name -> relation name
RULES: dict[str, Rule] = {}  # rule id -> rule, of every registered relation


def register(relation: Relation) -> Relation:
    """Add a relation to the registry (an error if its name or an extractor's is taken)."""
    if relation.name in REGISTRY:
        raise ValueError(f"a relation named '{relation.name}' is already registered")
    taken = sorted(set(relation.extractors) & set(_EXTRACTORS))
    if taken:
        raise ValueError(f"extractor '{taken[0]}' is already registered "
                         f"(by relation '{_EXTRACTORS[taken[0]]}')")
    for rule in relation.rules:
        if not rule.id.startswith(f"{relation.name}/"):
            raise ValueError(f"rule '{rule.id}' of relation '{relation.name}' must start with "
                             f"'{relation.name}/'")
        if rule.id in RULES or [r.id for r in relation.rules].count(rule.id) > 1:
            raise ValueError(f"a rule named '{rule.id}' is already declared")
        if not 0.0 < rule.prior <= 1.0:
            raise ValueError(f"rule '{rule.id}': prior {rule.prior} is not in (0, 1]")
    REGISTRY[relation.name] = relation
    for name in relation.extractors:
        _EXTRACTORS[name] = relation.name
    for rule in relation.rules:
        RULES[rule.id] = rule
    return relation


def unregister(name: str) -> None:
    """Remove a relation (tests and notebooks that register their own)."""
    relation = REGISTRY.pop(name, None)
    if relation is not None:
        for extractor in relation.extractors:
            _EXTRACTORS.pop(extractor, None)
        for rule in relation.rules:
            RULES.pop(rule.id, None)


_loaded = False


def relations() -> list[Relation]:
    """Every registered relation: the built-in ones first, in their order, then the others in
    the order they were registered."""
    global _loaded
    if not _loaded:
        import importlib

        for name in BUILTIN:
            importlib.import_module(f"kg.relations.{name}")
        _loaded = True
    builtin = [REGISTRY[name] for name in BUILTIN if name in REGISTRY]
    return builtin + [rel for name, rel in REGISTRY.items() if name not in BUILTIN]


def relation(name: str) -> Relation:
    for rel in relations():
        if rel.name == name:
            return rel
    raise KeyError(name)


def relation_of(fact: Any) -> Relation:
    """The relation a fact belongs to (by its type)."""
    rel = REGISTRY.get(_BY_TYPE.get(type(fact), ""))
    if rel is not None and isinstance(fact, rel.fact):
        return rel
    for rel in relations():
        if isinstance(fact, rel.fact):
            _BY_TYPE[type(fact)] = rel.name
            return rel
    raise TypeError(f"{type(fact).__name__} is the fact of no registered relation")


_BY_TYPE: dict[type, str] = {}  # a fact's type -> its relation's name, as found


def default_extractors() -> dict[str, Extractor]:
    """Every registered extractor by its versioned name."""
    return {name: extractor for rel in relations()
            for name, extractor in sorted(rel.extractors.items())}


def shipped_query(name: str) -> str:
    """The text of a query shipped in ``kg/queries/NAME.rq``."""
    return (files("kg") / "queries" / f"{name}.rq").read_text(encoding="utf-8")
