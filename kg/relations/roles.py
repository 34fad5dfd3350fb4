"""country–role-in–security-guarantees: guarantors, opponents and recipients.

Rules (the ``rule`` each fact records; ``RULES`` below declares each with its prior):

* guarantors — ``roles/guarantor-verb``: a country (or a person speaking for one, or its capital
  or institution) sends, deploys, provides or contributes forces or guarantees, or is ready,
  prepared or open to: "Norway is prepared to send troops"; ``roles/guarantor-readiness``:
  "Oslo's willingness to deploy troops"; ``roles/guarantor-national-forces``: "Swedish and
  Finnish soldiers would patrol the buffer zone"; ``roles/guarantor-role-noun``, ``-from``,
  ``-noun``: "X's part in offering guarantees", "guarantees from X", "X as a guarantor";
  ``roles/guarantor-asked``: the countries whose participation a recipient asks for. Negated
  ("would not send its own soldiers") yields nothing;
* opponents — ``roles/opponent-*``: a country opposes, rejects, rules out or vetoes
  membership, troops or a deployment, warns against it, finds it "unacceptable" or a threat:
  "Austria and Ireland oppose Moldova joining NATO";
* recipients — ``roles/recipient-*``: guarantees for/to a country, a country needing, getting
  or having guarantees, "providing Kyiv with security guarantees", "guarantee Ukraine".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import RDF, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import Node
from spacy.tokens import Span, Token

from kg.article.context import CountryMention, DocContext, country_key
from kg.article.evidence import make_evidence
from kg.article.lexicon import (
    FORCE_NOUNS,
    GUARANTEE_NOUNS,
    OPPOSE_ADJECTIVES,
    OPPOSE_TOPICS,
    OPPOSE_VERBS,
    PROVIDE_VERBS,
    READY_WORDS,
    RECEIVE_VERBS,
    SPEECH_VERBS,
)
from kg.article.syntax import base_forms, conjuncts, negated, planned, subjects
from kg.iri import entity_iri
from kg.model import Evidence
from kg.namespace import KG_NS
from kg.nlp import sentence_of, tokens_of
from kg.ontology import ontology_text
from kg.relations import Gold, Relation, Rule, View, register, shipped_query
from kg.terms import label

GUARANTOR = "Guarantor"
OPPONENT = "Opponent"
RECIPIENT = "Recipient"
ROLES = (GUARANTOR, OPPONENT, RECIPIENT)


class ROLE(DefinedNamespace):
    """The roles relation's terms (``ontology/relations/roles.ttl``)."""

    _NS = Namespace(str(KG_NS))
    _fail = True

    RoleAssertion: URIRef
    roleInSecurityGuarantees: URIRef
    country: URIRef
    role: URIRef
    SecurityGuaranteeRoles: URIRef
    Guarantor: URIRef
    Opponent: URIRef
    Recipient: URIRef


@dataclass(frozen=True)
class RoleAssertion:
    """A country plays a role (one of ``ROLES``) in security guarantees."""

    country: str  # entity key
    role: str
    evidence: Evidence

EXTRACTOR = "roles"
CONTEXT_WORDS = frozenset(
    {"peacekeeping", "peacekeeper", "peacekeepers", "reassurance", "guarantee", "guarantees",
     "ceasefire", "deployment", "deploy", "contingent", "mission", "coalition", "peace", "truce",
     "armistice", "postwar", "post-war", "stabilisation", "stabilization"}
)
CONTEXT_PHRASES = ("security force", "security forces", "security guarantee", "peace deal")
# bodies that speak and act for a country
STATE_BODIES = frozenset({"ministry", "government", "official", "officials", "administration",
                          "parliament", "cabinet", "leadership", "authorities", "authority",
                          "diplomat", "diplomats", "embassy", "military", "army"})
# what a country calls a deployment it opposes
THREAT_NOUNS = frozenset({"threat", "target", "targets", "provocation", "escalation", "line"})
ROLE_NOUNS = frozenset({"role", "participation", "part", "contribution", "involvement", "place"})
# "Moldova requires the participation of states: …" — what a recipient asks of others
ASK_NOUNS = frozenset({"representation", "participation", "involvement", "presence",
                       "contribution"})
MODALS = frozenset({"could", "would", "will", "should", "may", "might", "can"})


def _lemmas(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _countries(ctx: DocContext, tokens: list[Token]) -> list[CountryMention]:
    """Countries named by tokens: country names, capitals, institutions, or people speaking
    for a country (their nationality, when a title gives exactly one)."""
    out: list[CountryMention] = []
    tokens = [_speaker_subject(t) or t for t in tokens]
    tokens = [x for t in tokens for x in (t if isinstance(t, list) else [t])]
    # "smaller states such as Estonia, Belgium and Denmark"
    tokens += [p for t in tokens for c in t.children
               if c.dep_ == "prep" and c.lower_ in ("as", "like", "including")
               for p in c.children if p.dep_ == "pobj"]
    tokens = [x for t in tokens for x in (t if isinstance(t, list) else [t])]
    for tok in tokens:
        for t in (tok, *conjuncts(tok)):
            found = ctx.countries_of(t)
            if not found and t.lemma_.lower() in STATE_BODIES:
                # "Russia's foreign ministry", "the Russian government", "Polish officials"
                for mod in t.children:
                    if mod.dep_ in ("poss", "amod", "compound", "nmod"):
                        found = [c for c in ctx.countries_of(mod)]
                        if found:
                            break
            if not found:
                # "its openness", "his country": a possessor or the noun "country" + possessor
                res = ctx.person(t)
                if res is None and t.lower_ in ("country", "government", "nation"):
                    owner = next((c for c in t.children if c.dep_ == "poss"), None)
                    res = ctx.person(owner) if owner is not None else None
                if res is not None:
                    nat = ctx.clusters[res.cluster].countries
                    if len(nat) == 1:
                        iso = next(iter(nat))
                        found = [CountryMention(iso, "person", t.i, t.i + 1)]
            for c in found:
                if c.kind == "demonym" and t.pos_ != "PROPN" and t.dep_ != "nsubj":
                    continue  # "Ukrainian cities": an adjective does not act
                if all(o.iso2 != c.iso2 for o in out):
                    out.append(c)
    return out


PLEDGE_WORDS = READY_WORDS | {"offer", "pledge", "promise", "commit", "vow", "agree", "willing"}


def _prospective(verb: Token) -> bool:
    """A commitment rather than a report of troop movements: "ready to send", "will
    deploy", "offered to contribute"."""
    if planned(verb):
        return True
    current = verb
    for _ in range(4):
        if current is not verb and base_forms(current) & PLEDGE_WORDS:
            return True
        if current.head is current:
            return False
        current = current.head
    return False


def _agents(verb: Token) -> list[Token]:
    """Who would do ``verb``: its subject, climbing through readiness ("ready to send",
    "its openness to deploying"), but not through other nouns ("the minister's suggestion
    of deploying peacekeepers" is the minister's idea, not the listener's pledge)."""
    current = verb
    for _ in range(6):
        if current is not verb and current.pos_ in ("NOUN", "PROPN"):
            if current.lemma_.lower() not in READY_WORDS and current.lower_ not in READY_WORDS:
                return [c for c in current.children if c.dep_ == "poss"]
        found = subjects(current, max_steps=1)
        if found:
            return found
        if current.head is current:
            return []
        current = current.head
    return []


def _speaker_subject(tok: Token) -> list[Token] | None:
    """"Sweden said it would send troops": a pronoun subject of reported speech is the
    speaker of the verb of speech above it."""
    if tok.pos_ != "PRON" or tok.lower_ not in ("it", "they", "we"):
        return None
    clause = tok.head
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
            said = clause.head
            subj = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [t for s in subj for t in (s, *conjuncts(s))] or None
        if clause.head is clause:
            break
        clause = clause.head
    return None


def _destinations(verb: Token, ctx: DocContext) -> set[str]:
    """Countries a deployment goes to ("send troops to Ukraine", "in Ukraine")."""
    isos: set[str] = set()
    for t in verb.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "in", "into", "for", "on"):
            isos.update(c.iso2 for c in ctx.countries_of(t))
    return isos


def extract_roles(ctx: DocContext) -> Iterator[RoleAssertion]:
    facts: list[RoleAssertion] = []
    lowered = ctx.text.lower()
    article_context = bool(_lemmas(ctx.doc) & CONTEXT_WORDS) or any(p in lowered for p in CONTEXT_PHRASES)
    recent: list[bool] = []  # whether each earlier sentence spoke of guarantees
    toks = tokens_of(ctx.doc)
    for sent in ctx.doc.sents:
        words = _lemmas(toks[sent.start : sent.end])
        about_guarantees = bool(words & (GUARANTEE_NOUNS | {"guarantee"}))
        in_context = about_guarantees or any(recent[-2:])
        recent.append(about_guarantees)
        if in_context:
            facts.extend(_asked_of(ctx, sent))
        if not words & (FORCE_NOUNS | GUARANTEE_NOUNS | OPPOSE_TOPICS | {"guarantee", "guarantor"}):
            continue
        here: list[RoleAssertion] = []
        for tok in toks[sent.start : sent.end]:
            here.extend(_guarantor(ctx, tok, sent, article_context))
            here.extend(_opponent(ctx, tok, sent))
            here.extend(_threat(ctx, tok, sent))
            here.extend(_recipient(ctx, tok))
        # the country guarantees are for is not, in the same breath, their guarantor
        receiving = {f.country for f in here if f.role == RECIPIENT}
        facts.extend(f for f in here if not (f.role == GUARANTOR and f.country in receiving))
    seen: set[tuple] = set()
    for fact in sorted(facts, key=lambda f: (f.evidence.start, f.country, f.role)):
        key = (fact.country, fact.role, fact.evidence.start)
        if key not in seen:
            seen.add(key)
            yield fact


def _fact(ctx: DocContext, country: CountryMention, role: str, sent: Span, rule: str) -> RoleAssertion:
    ev = make_evidence(ctx, sent.start_char, sent.end_char, extractor=EXTRACTOR, rule=rule,
                       resolved=country.kind in ("capital", "institution", "person"))
    return RoleAssertion(country_key(country.iso2), role, ev)


def _guarantor(ctx: DocContext, tok: Token, sent: Span, article_context: bool) -> Iterator[RoleAssertion]:
    lemma = tok.lemma_.lower()
    takes_part = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children)
    if tok.pos_ == "VERB" and (lemma in PROVIDE_VERBS or takes_part):
        objects = [t for c in tok.children if c.dep_ in ("dobj", "prep", "dative") for t in c.subtree]
        if tok.dep_ == "acl":  # "a coalition of troops led by Britain and France"
            objects += list(tok.head.subtree)
        joins = lemma in ("join", "participate", "contribute") and not any(
            c.dep_ in ("dobj", "prep") for c in tok.children)
        if joins and _lemmas(sent) & (FORCE_NOUNS | GUARANTEE_NOUNS):
            objects = list(sent)  # "… have signalled they would join": the force named before
        if lemma == "guarantee":
            objects.append(tok)  # guaranteeing a country's security is providing guarantees
        if not _lemmas(objects) & (FORCE_NOUNS | GUARANTEE_NOUNS | {"guarantee", "support"}):
            return
        if not (article_context or _lemmas(objects) & (GUARANTEE_NOUNS | {"guarantee"})
                or _prospective(tok)):
            return  # "Germany sent troops to Lithuania": forces, but nothing about guarantees
        if lemma in ("provide", "give", "offer") and not _lemmas(objects) & (FORCE_NOUNS | GUARANTEE_NOUNS):
            return
        if negated(tok, climb=3):
            return
        dest = _destinations(tok, ctx)
        by = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for c in _countries(ctx, _agents(tok) + by):
            if c.iso2 not in dest:
                yield _fact(ctx, c, GUARANTOR, sent, "roles/guarantor-verb")
        # "Oslo's willingness to send soldiers": the possessor of a readiness noun
        head = tok.head
        for _ in range(3):
            if head.lower_ in READY_WORDS or head.lemma_.lower() in READY_WORDS:
                owners = [c for c in head.children if c.dep_ == "poss"]
                for c in _countries(ctx, owners):
                    if c.iso2 not in dest:
                        yield _fact(ctx, c, GUARANTOR, sent, "roles/guarantor-readiness")
                break
            head = head.head
    elif tok.pos_ in ("NOUN", "PROPN") and lemma in FORCE_NOUNS and article_context:
        # national forces as actors of a (modal) proposal: "Swedish and Finnish soldiers would …"
        if tok.dep_ not in ("nsubj", "nsubjpass") or negated(tok.head, climb=0):
            return
        if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.head.children):
            return
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        mods += [t for m in mods for t in conjuncts(m)]
        for c in _countries_adj(ctx, mods):
            yield _fact(ctx, c, GUARANTOR, sent, "roles/guarantor-national-forces")
    elif tok.pos_ == "NOUN" and lemma in ROLE_NOUNS:
        if not _lemmas(tok.head.subtree) & (GUARANTEE_NOUNS | {"guarantee", "peacekeeping"}):
            return
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        if not owners and tok.dep_ == "dobj" and not negated(tok.head, climb=1):
            owners = subjects(tok.head)  # "Turkey could take on a leading role in …"
        for c in _countries(ctx, owners):
            yield _fact(ctx, c, GUARANTOR, sent, "roles/guarantor-role-noun")
    elif tok.pos_ == "NOUN" and lemma in ("guarantee", "assurance"):
        sources = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                   for p in c.children if p.dep_ == "pobj"]
        for c in _countries(ctx, sources):
            yield _fact(ctx, c, GUARANTOR, sent, "roles/guarantor-from")
    elif tok.pos_ in ("NOUN", "PROPN") and lemma in ("guarantor", "guarantors"):
        # "Turkey could act as a guarantor", "X is one of the guarantors", "guarantors such as X"
        holders: list[Token] = []
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            holders = subjects(tok.head.head)
        elif tok.dep_ == "attr":
            holders = subjects(tok.head)
        holders += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("like", "including")
                    for p in c.children if p.dep_ == "pobj"]
        holders += [c for c in tok.children if c.dep_ == "appos"]
        if negated(tok.head, climb=1):
            return
        for c in _countries(ctx, holders):
            yield _fact(ctx, c, GUARANTOR, sent, "roles/guarantor-noun")


def _asked_of(ctx: DocContext, sent: Span) -> Iterator[RoleAssertion]:
    """In talk of guarantees, a recipient needing the participation of countries names
    those countries as taking part: "Moldova requires the involvement of X and Y"."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in RECEIVE_VERBS or negated(tok, climb=0):
            continue
        asks = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ASK_NOUNS]
        if not asks:
            continue
        receivers = {c.iso2 for c in _countries(ctx, subjects(tok))}
        if not receivers:
            continue
        named = [t for t in tok.subtree if t.i > asks[0].i]  # the list may hang off the verb
        for c in _countries_adj(ctx, named):
            if c.iso2 not in receivers and c.kind in ("name", "alias"):
                yield _fact(ctx, c, GUARANTOR, sent, "roles/guarantor-asked")


def _countries_adj(ctx: DocContext, tokens: list[Token]) -> list[CountryMention]:
    out: list[CountryMention] = []
    for t in tokens:
        c = ctx.country(t)
        if c is not None and all(o.iso2 != c.iso2 for o in out):
            out.append(c)
    return out


def _opponent(ctx: DocContext, tok: Token, sent: Span) -> Iterator[RoleAssertion]:
    lemma = tok.lemma_.lower()
    if tok.lower_ == "against" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
        # "Hungary is against Ukraine joining NATO"
        if not negated(tok.head, climb=0) and _lemmas(tok.subtree) & OPPOSE_TOPICS:
            for c in _countries(ctx, subjects(tok.head)):
                yield _fact(ctx, c, OPPONENT, sent, "roles/opponent-against")
        return
    if tok.pos_ == "VERB" and lemma in OPPOSE_VERBS:
        if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            return
        if negated(tok, climb=0):
            return
        topic = [t for c in tok.children if c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for t in c.subtree]
        if tok.dep_ == "relcl":
            topic += list(tok.head.head.subtree) if tok.head.head is not tok.head else []
        if not _lemmas(topic) & OPPOSE_TOPICS:
            return
        for c in _countries(ctx, subjects(tok)):
            yield _fact(ctx, c, OPPONENT, sent, "roles/opponent-verb")
    elif tok.pos_ == "VERB" and lemma in ("warn", "caution", "speak") and not negated(tok, climb=0):
        # "Russia warned against the deployment …"
        against = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree]
        if _lemmas(against) & OPPOSE_TOPICS:
            for c in _countries(ctx, subjects(tok)):
                yield _fact(ctx, c, OPPONENT, sent, "roles/opponent-warn")
    elif tok.lower_ in OPPOSE_ADJECTIVES and tok.pos_ == "ADJ" and tok.dep_ in ("oprd", "xcomp", "ccomp"):
        # "a move Russia has called unacceptable", "Moscow deems it unacceptable"
        verb = tok.head
        if negated(verb, climb=0) or not _lemmas(sent) & OPPOSE_TOPICS:
            return
        for c in _countries(ctx, subjects(verb)):
            yield _fact(ctx, c, OPPONENT, sent, "roles/opponent-called")
    elif tok.lower_ in OPPOSE_ADJECTIVES and tok.pos_ == "ADJ":
        holders = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
        targets = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                   for p in c.children if p.dep_ == "pobj"]
        head = tok.head
        topic = list(head.subtree)
        if not _lemmas(topic) & OPPOSE_TOPICS:
            return
        if not targets:  # "Russia said NATO troops would be unacceptable": the speaker's view
            targets = _reported_by(tok)
        for c in _countries(ctx, targets):
            yield _fact(ctx, c, OPPONENT, sent, "roles/opponent-adjective")
    elif tok.pos_ == "VERB" and lemma in ("accept", "allow", "tolerate", "permit", "countenance",
                                          "agree", "consent", "support", "back", "endorse"):
        # "Moscow would not accept foreign military contingents in Ukraine"
        if not negated(tok, climb=0):
            return
        topic = [t for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for t in c.subtree]
        # what is refused must be a form of guarantee itself, not "a ceasefire without guarantees"
        if _lemmas(topic) & (OPPOSE_TOPICS - GUARANTEE_NOUNS - {"guarantee"}):
            for c in _countries(ctx, subjects(tok)):
                yield _fact(ctx, c, OPPONENT, sent, "roles/opponent-not-accept")


def _threat(ctx: DocContext, tok: Token, sent: Span) -> Iterator[RoleAssertion]:
    """"X said foreign troops in Ukraine would be a direct threat / legitimate targets"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in THREAT_NOUNS or tok.dep_ not in ("attr", "oprd"):
        return
    if tok.lemma_.lower() == "line" and not any(c.lower_ == "red" for c in tok.children):
        return
    verb = tok.head
    topic = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    if negated(verb, climb=0) or not _lemmas(topic) & (OPPOSE_TOPICS - GUARANTEE_NOUNS - {"guarantee"}):
        return
    for c in _countries(ctx, _reported_by(verb)):
        yield _fact(ctx, c, OPPONENT, sent, "roles/opponent-threat")


def _reported_by(tok: Token) -> list[Token]:
    """The speaker of the reported clause ``tok`` sits in ("X said … would be unacceptable")."""
    current = tok
    for _ in range(4):
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in SPEECH_VERBS:
            return [c for c in current.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if current.head is current:
            return []
        current = current.head
    return []


def _recipient(ctx: DocContext, tok: Token) -> Iterator[RoleAssertion]:
    lemma = tok.lemma_.lower()
    sent = sentence_of(tok)
    if tok.pos_ in ("NOUN", "PROPN") and lemma in ("guarantee", "assurance"):
        targets = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                   for p in c.children if p.dep_ == "pobj"]
        targets += [c for c in tok.children if c.dep_ == "poss"]
        for c in _countries(ctx, targets):
            yield _fact(ctx, c, RECIPIENT, sent, "roles/recipient-noun")
        head = tok.head
        demand = any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" for m in c.children)
                     for c in tok.children)  # "guarantees that Ukraine will stay neutral"
        if (tok.dep_ in ("dobj",) and head.lemma_.lower() in RECEIVE_VERBS and not demand
                and not negated(head, climb=0)):
            for c in _countries(ctx, subjects(head)):
                yield _fact(ctx, c, RECIPIENT, sent, "roles/recipient-verb")
        if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in PROVIDE_VERBS:
            verb = head.head
            objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            for c in _countries(ctx, objs):
                yield _fact(ctx, c, RECIPIENT, sent, "roles/recipient-provide-with")
    elif tok.pos_ == "VERB" and lemma == "guarantee":
        objs = [c for c in tok.children if c.dep_ in ("dobj",)]
        objs += [p for o in objs if o.lemma_.lower() in ("security", "safety", "sovereignty", "peace")
                 for p in o.children if p.dep_ == "poss"]
        for c in _countries(ctx, objs):
            if c.kind != "demonym":
                yield _fact(ctx, c, RECIPIENT, sent, "roles/recipient-guarantee-verb")


# The relation, declared ---------------------------------------------------------------------

CONCEPT = {GUARANTOR: ROLE.Guarantor, OPPONENT: ROLE.Opponent, RECIPIENT: ROLE.Recipient}


def _triples(fact: RoleAssertion, node: URIRef) -> Iterator[tuple]:
    country, concept = entity_iri(fact.country), CONCEPT[fact.role]
    yield node, RDF.type, ROLE.RoleAssertion
    yield node, ROLE.country, country
    yield node, ROLE.role, concept
    yield country, ROLE.roleInSecurityGuarantees, concept
    # the concept itself, so the graph reads on its own
    yield concept, RDF.type, SKOS.Concept
    yield concept, SKOS.prefLabel, Literal(fact.role.lower(), lang="en")
    yield concept, SKOS.inScheme, ROLE.SecurityGuaranteeRoles
    yield ROLE.SecurityGuaranteeRoles, RDF.type, SKOS.ConceptScheme


def _ends(g: Graph, node: Node) -> list[tuple[Node, Node]]:
    return [(c, r) for c in g.objects(node, ROLE.country) for r in g.objects(node, ROLE.role)]


def role_word(g: Graph, role: Node) -> str:
    labels = sorted(str(x) for x in g.objects(role, SKOS.prefLabel))
    return labels[0] if labels else str(role).rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()


def _local(role: Node) -> str:
    return str(role).rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()


def _check(item: dict) -> str | None:
    role = item.get("role")
    return None if isinstance(role, str) and role.strip() else ' needs a "role"'


def _describe(g: Graph, node: Node) -> list[tuple[str, str]]:
    return [line for country, role in _ends(g, node)
            for line in (("country", label(g, country)), ("role", _local(role).capitalize()))]


def _row(g: Graph, node: Node) -> dict[str, str]:
    ends = _ends(g, node)
    country, role = ends[0] if ends else (None, None)
    return {"subject": label(g, country) if country is not None else "",
            "object": _local(role).capitalize() if role is not None else ""}


SUMMARY = """{
    ?fact a kg:RoleAssertion ;
        kg:country/rdfs:label ?country ;
        kg:role ?role .
    BIND("RoleAssertion" AS ?type)
    BIND(CONCAT(?country, ": ", REPLACE(STR(?role), "^.*[#/]", "")) AS ?summary)
  }"""

RULES = (
    Rule("roles/guarantor-verb", 0.85, "a country subject of a verb of providing, sending or "
         "joining a force or guarantees: \"Britain will send troops\""),
    Rule("roles/guarantor-readiness", 0.8, "a country owning a readiness noun: \"Norway's "
         "willingness to send soldiers\""),
    Rule("roles/guarantor-national-forces", 0.7, "national forces as actors of a modal "
         "proposal: \"Swedish soldiers would …\""),
    Rule("roles/guarantor-role-noun", 0.8, "a country's role in guarantees: \"Turkey's role in "
         "the guarantees\", \"X could take on a leading role\""),
    Rule("roles/guarantor-from", 0.8, "guarantees from a country: \"guarantees from the US\""),
    Rule("roles/guarantor-noun", 0.8, "a country as guarantor: \"Turkey could act as a "
         "guarantor\", \"guarantors such as X\""),
    Rule("roles/guarantor-asked", 0.7, "countries whose participation a recipient asks for"),
    Rule("roles/opponent-against", 0.75, "a country against a guarantee topic: \"Hungary is "
         "against Ukraine joining NATO\""),
    Rule("roles/opponent-verb", 0.8, "a verb of opposing a guarantee topic: \"Russia rejects "
         "the deployment\""),
    Rule("roles/opponent-warn", 0.75, "\"Russia warned against the deployment\""),
    Rule("roles/opponent-called", 0.7, "\"a move Russia has called unacceptable\""),
    Rule("roles/opponent-adjective", 0.75, "an opposing adjective with its holder: \"troops "
         "would be unacceptable for Russia\""),
    Rule("roles/opponent-not-accept", 0.75, "a negated verb of accepting: \"Moscow would not "
         "accept foreign contingents\""),
    Rule("roles/opponent-threat", 0.7, "\"X said foreign troops would be a direct threat\""),
    Rule("roles/recipient-noun", 0.85, "guarantees for a country: \"security guarantees for "
         "Ukraine\", \"Ukraine's guarantees\""),
    Rule("roles/recipient-verb", 0.8, "a country receiving or seeking guarantees: \"Ukraine "
         "wants guarantees\""),
    Rule("roles/recipient-provide-with", 0.85, "\"provide Ukraine with guarantees\""),
    Rule("roles/recipient-guarantee-verb", 0.75, "\"guarantee Ukraine's security\""),
)


RELATION = register(Relation(
    name=EXTRACTOR,
    fact=RoleAssertion,
    node_class=ROLE.RoleAssertion,
    extractors={"kg.roles.v1": extract_roles},
    entities=("country",),
    triples=_triples,
    ontology=ontology_text("relations/roles.ttl"),
    shapes=ontology_text("relations/roles.shapes.ttl"),
    terms=ROLE,
    view=View(label="role in security guarantees", color="#b3282b", ends=_ends,
              object_kind="concept", object_label=lambda g, n: _local(n).capitalize(),
              object_name="Role"),
    row=_row,
    gold=Gold(required=True, item=lambda item: (item["country"], item["role"]),
              entities=lambda item: [item.get("country")], check=_check,
              predicted=lambda g, n, resolve: [(resolve(c), _local(r)) for c, r in _ends(g, n)],
              describe=lambda key: f"{key[0]}: {key[1]}"),
    describe=_describe,
    queries={"countries_by_role": shipped_query("countries_by_role")},
    summary=SUMMARY,
    rules=RULES,
))

