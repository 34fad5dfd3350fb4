"""person–met–person: meetings, calls, talks, hosting and conversations, as mentions and as
events.

Rules (the ``rule`` each fact records; ``RULES`` below declares them with their priors):

* ``met/verb-met`` — "X met (with) Y", "X hosted Y", "X spoke with Y", "X called Y", "X briefed
  Y"; ``met/verb-passive`` — "X was received by Y";
* ``met/joint-subject`` — "X and Y discussed …", "X and Y met"; ``met/light-verb-joint`` — "X
  and Y held talks";
* ``met/noun-with`` — "X's meeting with Y", "his talks with Y", "X had a call with Y", "during
  a press conference with Y, X …" (the second participant from *with*, the first from the
  possessor or the subject of the clause); ``met/noun-between`` — "a conversation between X
  and Y"; ``met/noun-followed`` — "X called Y. That was followed by a meeting with Z."

A meeting that is future, hoped for or planned ("upcoming", "will meet", "plans to meet") is
kept with status "planned". Participants must both be people.

Each mention (a ``kg:Meeting`` evidence node) belongs to one ``kg:MeetingEvent``
(``kg.corpus.events``): mentions across sentences and articles that agree on participants,
date, place and mode are one event; ``kg:met`` triples are derived from held events.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, DefinedNamespace, Namespace
from rdflib.term import Node
from spacy.tokens import Token

from kg.article.context import DocContext, person_key
from kg.article.coref import Resolution
from kg.article.evidence import make_evidence
from kg.article.lexicon import (
    JOINT_VERBS,
    LIGHT_VERBS,
    MEET_PREPS,
    MEET_VERBS,
    MEET_VERBS_PREP,
    MEETING_NOUNS,
    PLANNED_MARKERS,
)
from kg.article.syntax import conjuncts, governs, negated, planned, refused, subjects
from kg.corpus.events import MeetingEvent, build_events
from kg.iri import entity_iri
from kg.model import Evidence, When
from kg.namespace import KG, KG_NS
from kg.nlp import sentence_of, tokens_of
from kg.ontology import ontology_text
from kg.relations import Aggregate, Gold, Moment, Relation, Rule, View, register, shipped_query
from kg.terms import label, when_triples


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


@dataclass(frozen=True)
class Meeting:
    """One mention of a meeting: who (entity keys, sorted), and what the text says of it."""

    participants: tuple[str, ...]
    evidence: Evidence
    status: str = "held"  # "held" | "planned"
    mode: str | None = None  # "in-person" | "call" | None
    date: When | None = None  # from the text, else the article's (precision "article")
    place: str | None = None  # entity key of a city or country, where the text names one


EXTRACTOR = "met"
CALL_WORDS = frozenset({"phone", "telephone", "video", "call", "videoconference", "online", "virtual"})


GROUP_NOUNS = frozenset({"leader", "president", "minister", "head", "official", "diplomat",
                         "envoy", "delegate", "participant", "chief", "counterpart"})


def _listed(ctx: DocContext, tok: Token) -> list[Resolution]:
    """People a group noun lists: "leaders including X, Y and Z", "ministers such as X"."""
    if tok.lemma_.lower() not in GROUP_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return []
    named = [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in (
        "including", "like", "as") for p in prep.children if p.dep_ == "pobj"]
    return [r for p in named for r in ctx.people(p)]


def _people(ctx: DocContext, tokens: list[Token]) -> list[Resolution]:
    out: list[Resolution] = []
    for tok in tokens:
        found = ctx.people(tok) or _the_two(ctx, tok) or _listed(ctx, tok)
        if not found and tok.lower_ in ("i", "me") and ctx.inside_quote(tok.idx):
            speaker = _quote_speaker(ctx, tok)  # '"I met Y …," X said'
            found = [speaker] if speaker is not None else []
        for res in found:
            if all(r.cluster != res.cluster for r in out):
                out.append(res)
    return out


PAIR_NOUNS = frozenset({"leader", "president", "minister", "man", "woman", "pair", "counterpart",
                        "chancellor", "premier", "diplomat", "official"})


def _the_two(ctx: DocContext, tok: Token) -> list[Resolution]:
    """"The two leaders", "both presidents": the last two people named together ("X and Y")."""
    if tok.lemma_.lower() not in PAIR_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        if tok.lower_ != "pair":
            return []
    if not any(c.lower_ in ("two", "both") for c in tok.children) and tok.lower_ != "pair":
        return []
    earlier = sorted((m for m in ctx.mentions if m.end <= tok.i), key=lambda m: -m.start)
    for m in earlier:
        root = m.span(ctx.doc).root
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
        for partner in partners:
            other = ctx.person(partner)
            if other is not None and other.cluster != m.cluster:
                return [Resolution(m.cluster, (tok.text, ctx.clusters[m.cluster].full_name)),
                        Resolution(other.cluster, (tok.text, ctx.clusters[other.cluster].full_name))]
    return []


def _quote_speaker(ctx: DocContext, tok: Token) -> Resolution | None:
    from kg.relations.stated import attribute_quote

    quote = ctx.quote_at(tok.idx)
    found = attribute_quote(ctx, quote) if quote is not None else None
    if found is None:
        return None
    res = found[0]
    return Resolution(res.cluster, (tok.text, *res.chain[-1:]))


def _prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.append(pobj)
                    out.extend(conjuncts(pobj))
    return out


PLACE_PREPS = frozenset({"in", "at"})


def _place(ctx: DocContext, tok: Token, also: Token | None) -> str | None:
    """Where the meeting was, as the text names it: "met in Riyadh", "met Y in Washington",
    "talks in the Saudi city of Jeddah", "held talks in Turkey" (a city or a country, in the
    meeting's own clause; not "at the White House")."""
    found: list[tuple[int, str]] = []
    for head in (tok, also):
        if head is None:
            continue
        for pobj in head.subtree:
            if (pobj.dep_ == "pobj" and pobj.head.lower_ in PLACE_PREPS
                    and governs(head, pobj.head)):
                key = ctx.place(pobj)
                if key is not None:
                    found.append((abs(pobj.i - tok.i), key))
    return min(found)[1] if found else None


def _mode(tok: Token, default: str | None) -> str | None:
    words = {t.lower_ for t in tok.subtree} | {c.lower_ for c in tok.children}
    if words & CALL_WORDS and default != "in-person":
        return "call"
    if "phone" in words or "telephone" in words:
        return "call"
    return default


def extract_met(ctx: DocContext) -> Iterator[Meeting]:
    facts: list[Meeting] = []
    for tok in tokens_of(ctx.doc):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in MEET_VERBS:
            facts.extend(_from_verb(ctx, tok, lemma))
        elif tok.pos_ == "VERB" and lemma in JOINT_VERBS:
            facts.extend(extract_joint(ctx, tok))
        elif tok.pos_ in ("NOUN", "PROPN") and _noun_key(tok) is not None:
            facts.extend(_from_noun(ctx, tok))
    seen: set[tuple] = set()
    for fact in sorted(facts, key=lambda f: (f.evidence.start, f.participants, f.status)):
        key = (fact.participants, fact.status, fact.evidence.start)
        if key not in seen:
            seen.add(key)
            yield fact


def _meeting(
    ctx: DocContext, a: list[Resolution], b: list[Resolution], tok: Token, *, rule: str,
    mode: str | None, status: str,
) -> Iterator[Meeting]:
    for x in a:
        for y in b:
            if x.cluster == y.cluster:
                continue
            pair = tuple(sorted((person_key(x.cluster), person_key(y.cluster))))
            chain = tuple(s for r in (x, y) if len(r.chain) > 1 for s in r.chain)
            sent = sentence_of(tok)
            ev = make_evidence(ctx, sent.start_char, sent.end_char, extractor=EXTRACTOR,
                               rule=rule, chain=chain, resolved=bool(chain))
            also = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.head is not tok else None
            date = ctx.when(tok, also=also, planned=status == "planned")
            yield Meeting(pair, ev, status=status, mode=mode, date=date,
                          place=_place(ctx, tok, also))


def _from_verb(ctx: DocContext, verb: Token, lemma: str) -> Iterator[Meeting]:
    if negated(verb, climb=0) or refused(verb):
        return
    status = "planned" if planned(verb) else "held"
    mode = _mode(verb, MEET_VERBS[lemma])
    subj = _people(ctx, subjects(verb))
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "X was received by Y"
        others = _people(ctx, [t for a in agents for t in (a, *conjuncts(a))])
        if subj and others:
            yield from _meeting(ctx, subj, others, verb, rule="met/verb-passive", mode=mode,
                                status=status)
        return
    if lemma in MEET_VERBS_PREP:
        objs = _people(ctx, _prep_objects(verb, MEET_PREPS))
    else:
        direct = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma == "call" and not direct:
            # the parser sometimes makes the person called an oprd ("called Minister X on …")
            direct = [c for c in verb.children if c.dep_ == "oprd" and ctx.person(c) is not None]
        if lemma == "call" and any(
            (c.dep_ in ("xcomp", "ccomp", "acomp") or (c.dep_ == "oprd" and c not in direct))
            or (c.lower_ in ("on", "upon") and c.i == verb.i + 1
                and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
            for c in verb.children
        ):
            return  # "called on X to …", "called X 'unsuccessful'": not a phone call
        objs = _people(ctx, [t for d in direct for t in (d, *conjuncts(d))])
        if lemma == "meet":
            objs += [r for r in _people(ctx, _prep_objects(verb, frozenset({"with"})))
                     if all(o.cluster != r.cluster for o in objs)]
    if subj and objs:
        yield from _meeting(ctx, subj, objs, verb, rule="met/verb-met", mode=mode, status=status)
    elif len(subj) >= 2 and lemma in JOINT_VERBS:
        yield from _pairs(ctx, subj, verb, mode, status)


def _pairs(ctx: DocContext, people: list[Resolution], tok: Token, mode: str | None, status: str,
           *, rule: str = "met/joint-subject") -> Iterator[Meeting]:
    """One meeting of all of ``people`` ("X and Y discussed", "talks between X, Y and Z"):
    two people are a pair, three or more one multilateral meeting."""
    if len(people) == 2:
        yield from _meeting(ctx, people[:1], people[1:], tok, rule=rule, mode=mode,
                            status=status)
        return
    keys = tuple(sorted({person_key(r.cluster) for r in people}))
    chain = tuple(s for r in people if len(r.chain) > 1 for s in r.chain)
    sent = sentence_of(tok)
    ev = make_evidence(ctx, sent.start_char, sent.end_char, extractor=EXTRACTOR, rule=rule,
                       chain=chain, resolved=bool(chain))
    also = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.head is not tok else None
    yield Meeting(keys, ev, status=status, mode=mode,
                  date=ctx.when(tok, also=also, planned=status == "planned"),
                  place=_place(ctx, tok, also))


def extract_joint(ctx: DocContext, verb: Token) -> Iterator[Meeting]:
    subj = _people(ctx, subjects(verb))
    if len(subj) >= 2 and not negated(verb, climb=0) and not refused(verb):
        status = "planned" if planned(verb) else "held"
        yield from _pairs(ctx, subj, verb, None, status)


def _noun_key(tok: Token) -> str | None:
    """The meeting noun a token is: its lemma, its form, or a hyphenated compound ("sit-down")."""
    for key in (tok.lemma_.lower(), tok.lower_):
        if key in MEETING_NOUNS:
            return key
    for child in tok.children:
        if child.dep_ == "compound" and child.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-":
            joined = f"{child.lower_}-{tok.lower_}"
            if joined in MEETING_NOUNS:
                return joined
    return None


def _from_noun(ctx: DocContext, noun: Token) -> Iterator[Meeting]:
    key = _noun_key(noun) or noun.lower_
    default_mode = MEETING_NOUNS[key]
    if noun.dep_ == "compound":
        return  # "meeting room", "call centre"
    if key == "conference" and not any(c.lower_ in ("press", "news", "video") for c in noun.children):
        return
    modifiers = {c.lower_ for c in noun.children}
    if refused(noun) or negated(noun.head, climb=0) and noun.dep_ in ("dobj", "nsubjpass"):
        return
    status = "planned" if (modifiers & PLANNED_MARKERS or planned(noun)) else "held"
    if noun.head.lower_ == "ahead" or (noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"):
        status = "planned"
    mode = _mode(noun, default_mode)
    between = _people(ctx, _prep_objects(noun, frozenset({"between", "among"})))
    if len(between) >= 2:
        yield from _pairs(ctx, between, noun, mode, status, rule="met/noun-between")
        return
    others = _people(ctx, _prep_objects(noun, frozenset({"with"})))
    if not others:
        # "X and Y held talks", "X and Y had a telephone conversation"
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
            both = _people(ctx, subjects(noun.head))
            if len(both) >= 2 and not negated(noun.head, climb=0):
                yield from _pairs(ctx, both, noun, mode, status, rule="met/light-verb-joint")
        return
    owners: list[Resolution] = []
    for child in noun.children:
        if child.dep_ == "poss":
            owners = _people(ctx, [child])
    if not owners and not any(c.dep_ == "poss" for c in noun.children):
        head = noun.head
        if noun.dep_ in ("dobj", "pobj", "nsubj", "attr", "appos") or head.lower_ in LIGHT_VERBS:
            owners = _people(ctx, subjects(noun))
    if not owners and not any(c.dep_ == "poss" for c in noun.children):
        owners = _previous_topic(ctx, noun)
        if owners:
            yield from _meeting(ctx, owners, others, noun, rule="met/noun-followed", mode=mode,
                                status=status)
            return
    if owners:
        yield from _meeting(ctx, owners, others, noun, rule="met/noun-with", mode=mode, status=status)


def _previous_topic(ctx: DocContext, noun: Token) -> list[Resolution]:
    """"X called Y. That was followed by a meeting with Z.": when a meeting noun's clause has
    a demonstrative subject, the meeting is the previous sentence's subject's."""
    verb = noun.head
    while verb.dep_ in ("pobj", "prep", "agent", "dobj") and verb.head is not verb:
        verb = verb.head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lower_ not in ("this", "that", "it"):
        return []
    sent = sentence_of(noun)
    if sent.start == 0:
        return []
    previous = sentence_of(ctx.doc[sent.start - 1])
    for tok in previous:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head == previous.root:
            return ctx.people(tok)
    return []



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

RULES = (
    Rule("met/verb-met", 0.9, "a verb of meeting, hosting, talking or calling with its subject "
         "and object: \"X met (with) Y\", \"X hosted Y\", \"X spoke with Y\", \"X called Y\""),
    Rule("met/verb-passive", 0.85, "the same verb in the passive: \"X was received by Y\""),
    Rule("met/joint-subject", 0.85, "coordinated subjects of a joint verb: \"X and Y met\", "
         "\"X and Y discussed …\""),
    Rule("met/light-verb-joint", 0.85, "coordinated subjects of a light verb and a meeting "
         "noun: \"X and Y held talks\""),
    Rule("met/noun-between", 0.85, "a meeting noun with between/among: \"talks between X and "
         "Y\""),
    Rule("met/noun-with", 0.85, "a meeting noun with \"with\", its other participant the "
         "possessor or the clause's subject: \"X's meeting with Y\", \"X held talks with Y\""),
    Rule("met/noun-followed", 0.6, "a meeting noun whose clause has a demonstrative subject, "
         "the meeting the previous sentence's subject's: \"X called Y. That was followed by a "
         "meeting with Z.\""),
)

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
