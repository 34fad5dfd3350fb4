"""person–met–person: meetings, calls, talks, hosting and conversations, as mentions and as
events.

The extractor is a table of constructions (``constructions.py``): each row a rule (id, prior
confidence, what it reads), a trigger and an argument finder over the shared tree helpers
(``kg.article.syntax``); the rule id is a case id of the construction suite. The
finders read verbs (``verbs.py``) and nouns (``nouns.py``); who an argument names — a person,
"I" in a quote, a pair description — is ``people.py``'s.

A meeting that is future, hoped for or planned ("upcoming", "will meet", "plans to meet") is
kept with status "planned"; one negated, refused or called off gives nothing. Participants
must both be people.

Each mention (a ``kg:Meeting`` evidence node) belongs to one ``kg:MeetingEvent``
(``kg.corpus.events``): mentions across sentences and articles that agree on participants,
date, place and mode are one event; ``kg:met`` triples are derived from held events.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, DefinedNamespace, Namespace
from rdflib.term import Node

from kg.corpus.events import MeetingEvent, build_events
from kg.iri import entity_iri
from kg.namespace import KG, KG_NS
from kg.ontology import ontology_text
from kg.relations import Aggregate, Gold, Moment, Relation, Rule, View, register, shipped_query
from kg.relations.met.constructions import CONSTRUCTIONS, RULES, extract_met
from kg.relations.met.model import EXTRACTOR, Meeting
from kg.terms import label, when_triples

__all__ = ["CONSTRUCTIONS", "MET", "Meeting", "RELATION", "RULES", "extract_met"]


class MET(DefinedNamespace):
    """The met relation's terms (``ontology/relations/met.ttl``)."""

    _NS = Namespace(str(KG_NS))
    _fail = True

    Meeting: URIRef
    MeetingEvent: URIRef
    met: URIRef
    participant: URIRef
    mention: URIRef
    status: URIRef
    mode: URIRef
    place: URIRef


# The relation, declared ---------------------------------------------------------------------


def _triples(fact: Meeting, node: URIRef) -> Iterator[tuple]:
    yield node, RDF.type, MET.Meeting
    for key in fact.participants:
        yield node, MET.participant, entity_iri(key)
    yield node, MET.status, Literal(fact.status)
    if fact.mode:
        yield node, MET.mode, Literal(fact.mode)
    yield from when_triples(node, fact.date)
    if fact.place:
        yield node, MET.place, entity_iri(fact.place)


def _event_triples(event: MeetingEvent) -> Iterator[tuple]:
    from kg.iri import mint

    mentions = sorted(str(RELATION.fact_node(m)) for m in event.mentions)
    node = mint("event", *mentions)
    people = [entity_iri(k) for k in event.participants]
    yield node, RDF.type, MET.MeetingEvent
    for person in people:
        yield node, MET.participant, person
    for mention in mentions:
        yield node, MET.mention, URIRef(mention)
    yield from when_triples(node, event.date)
    yield node, MET.status, Literal(event.status)
    if event.mode:
        yield node, MET.mode, Literal(event.mode)
    if event.place:
        yield node, MET.place, entity_iri(event.place)
    if event.status == "held":
        for a in people:
            for b in people:
                if a != b:
                    yield a, MET.met, b


def _events(facts, entities) -> list[MeetingEvent]:
    places_in = {key: e.country for key, e in entities.items() if getattr(e, "country", None)}
    return build_events(facts, places_in)


def _event_of(g: Graph, node: Node) -> Node | None:
    """The kg:MeetingEvent a kg:Meeting mention belongs to."""
    return min(g.subjects(MET.mention, node), key=str, default=None)


def _people_of(g: Graph, node: Node) -> list[Node]:
    return sorted(set(g.objects(node, MET.participant)), key=str)


def _ends(g: Graph, node: Node) -> list[tuple[Node, Node]]:
    return list(combinations(_people_of(g, node), 2))


def _planned(g: Graph, node: Node) -> bool:
    return str(g.value(node, MET.status) or "") == "planned"


def _predicted(g: Graph, node: Node, resolve) -> list[frozenset]:
    if _planned(g, node):
        return []  # a planned meeting predicts nothing (it has no kg:met triple)
    return [frozenset({resolve(a), resolve(b)}) for a, b in combinations(_people_of(g, node), 2)]


def _check_pair(item: dict) -> str | None:
    pair = item.get("pair")
    if not (isinstance(pair, list) and len(pair) == 2 and pair[0] != pair[1]):
        return ': "pair" must be two different entity ids'
    return None


def _describe_pair(pair: frozenset) -> str:
    names = sorted(str(e) for e in pair)
    return " – ".join(names * 2 if len(names) == 1 else names)


def _describe(g: Graph, node: Node) -> list[tuple[str, str]]:
    lines = [("between", " and ".join(sorted(label(g, p) for p in _people_of(g, node)))),
             ("status", str(g.value(node, MET.status) or "held"))]
    for name, prop in (("mode", MET.mode), ("date", DCTERMS.date)):
        value = g.value(node, prop)
        if value is not None:
            lines.append((name, str(value)))
    place = g.value(node, MET.place)
    if place is not None:
        lines.append(("place", label(g, place)))
    for event in g.subjects(MET.mention, node):
        lines.append(("event", str(event)))
    return lines


def _moments(g: Graph, facts) -> list[Moment]:
    """The page's timeline: one item per meeting event with a date, with its mentions."""
    events = sorted({e for fact in facts for e in g.subjects(MET.mention, fact)}, key=str)
    moments = []
    for event in events:
        day = g.value(event, DCTERMS.date)
        if day is None:
            continue
        status = str(g.value(event, MET.status) or "held")
        place = g.value(event, MET.place)
        about = ", ".join([status] + ([label(g, place)] if place is not None else []))
        people = ", ".join(sorted(label(g, p) for p in _people_of(g, event)))
        mentions = tuple(sorted(set(g.objects(event, MET.mention)), key=str))
        moments.append(Moment(str(day), str(g.value(event, KG.datePrecision) or ""),
                              f"{people} ({about})", mentions,
                              "planned" if status == "planned" else None))
    return moments


def _row(g: Graph, node: Node) -> dict[str, str]:
    people = sorted(label(g, p) for p in _people_of(g, node))
    return {"subject": people[0] if people else "", "object": "; ".join(people[1:]),
            "status": str(g.value(node, MET.status) or ""), "mode": str(g.value(node, MET.mode) or "")}


SUMMARY = """{
    SELECT ?fact ("Meeting" AS ?type)
           (CONCAT(GROUP_CONCAT(?participant; separator=", "), " (", SAMPLE(?status), ")") AS ?summary)
    WHERE {
      { SELECT ?fact ?participant ?status WHERE {
          ?fact a kg:Meeting ; kg:participant/rdfs:label ?participant .
          OPTIONAL { ?fact kg:status ?given }
          BIND(COALESCE(?given, "held") AS ?status)
        } ORDER BY ?participant }
    }
    GROUP BY ?fact
  }"""


RELATION = register(Relation(
    name=EXTRACTOR,
    fact=Meeting,
    node_class=MET.Meeting,
    extractors={"kg.met.v1": extract_met},
    entities=("participants", "place"),
    keep=lambda fact: len(set(fact.participants)) >= 2,
    triples=_triples,
    ontology=ontology_text("relations/met.ttl"),
    shapes=ontology_text("relations/met.shapes.ttl"),
    terms=MET,
    view=View(label="met (meeting, call, talks)", color="#2f5f98", ends=_ends, arrow=False,
              variant=lambda g, n: "planned" if _planned(g, n) else None,
              variants={"planned": "planned meeting"}, timeline=_moments),
    columns=("status", "mode"),
    row=_row,
    gold=Gold(required=True, item=lambda item: frozenset(item["pair"]), entities=lambda item: item["pair"],
              check=_check_pair, predicted=_predicted, describe=_describe_pair),
    describe=_describe,
    queries={name: shipped_query(name)
             for name in ("who_met_whom", "meetings_timeline", "most_connected_people")},
    aggregate=Aggregate(build=_events, triples=_event_triples),
    event=_event_of,
    summary=SUMMARY,
    rules=RULES,
))
