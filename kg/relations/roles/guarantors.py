"""Guarantors: the constructions that give a country taking part in security guarantees.

Each ``find_*`` is the argument finder of one construction (rule ``roles/guarantor-*``); each
``is_*`` its trigger. A commitment that is negated, declined or asked about gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.article.context import CountryMention
from kg.article.lexicon import (
    FORCE_NOUNS,
    GUARANTEE_NOUNS,
    PROVIDE_VERBS,
    READY_WORDS,
    RECEIVE_VERBS,
)
from kg.article.syntax import conjuncts, negated, subjects
from kg.relations.roles.arguments import (
    agents,
    countries,
    countries_named,
    destinations,
    lemmas,
    prep_objects,
    prospective,
)
from kg.relations.roles.model import Scene

GUARANTEE_WORDS = GUARANTEE_NOUNS | {"guarantee"}
ROLE_NOUNS = frozenset({"role", "participation", "part", "contribution", "involvement", "place"})
# "Moldova requires the participation of states: …" — what a recipient asks of others
ASK_NOUNS = frozenset({"representation", "participation", "involvement", "presence",
                       "contribution"})
MODALS = frozenset({"could", "would", "will", "should", "may", "might", "can"})
JOIN_VERBS = frozenset({"join", "participate", "contribute"})


# --- roles/guarantor-verb and roles/guarantor-readiness ---------------------------------------

def is_provision(tok: Token) -> bool:
    """A verb of providing, sending or joining ("send", "deploy", "take part")."""
    return tok.pos_ == "VERB" and (tok.lemma_.lower() in PROVIDE_VERBS or _takes_part(tok))


def _takes_part(tok: Token) -> bool:
    return tok.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part"
                                                for c in tok.children)


def _provided(scene: Scene, verb: Token) -> list[Token]:
    """What ``verb`` provides, or joins: its objects, the force it heads ("a coalition led by
    X"), the force named earlier in the sentence for a bare "join"."""
    objects = [t for c in verb.children if c.dep_ in ("dobj", "prep", "dative") for t in c.subtree]
    if verb.dep_ == "acl":  # "a coalition of troops led by Britain and France"
        objects += list(verb.head.subtree)
    lemma = verb.lemma_.lower()
    bare = lemma in JOIN_VERBS and not any(c.dep_ in ("dobj", "prep") for c in verb.children)
    if bare and lemmas(scene.sent) & (FORCE_NOUNS | GUARANTEE_NOUNS):
        objects = list(scene.sent)  # "… have signalled they would join": the force named before
    if lemma == "guarantee":
        objects.append(verb)  # guaranteeing a country's security is providing guarantees
    return objects


def commits(scene: Scene, verb: Token) -> bool:
    """Whether a verb of providing is a country's commitment to forces or guarantees: it
    provides forces or guarantees, in talk of guarantees (or as a pledge), and is not negated."""
    objects = lemmas(_provided(scene, verb))
    if not objects & (FORCE_NOUNS | GUARANTEE_WORDS | {"support"}):
        return False
    if not (scene.article_context or objects & GUARANTEE_WORDS or prospective(verb)):
        return False  # "Germany sent troops to Lithuania": forces, but nothing about guarantees
    if verb.lemma_.lower() in ("provide", "give", "offer") and not objects & (FORCE_NOUNS | GUARANTEE_NOUNS):
        return False
    return not negated(verb, climb=3)


def find_by_verb(scene: Scene, verb: Token) -> Iterator[CountryMention]:
    """"Britain will send troops", "a coalition led by Britain and France"."""
    if not commits(scene, verb):
        return
    dest = destinations(scene.ctx, verb)
    by = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for c in countries(scene.ctx, agents(verb) + by):
        if c.iso2 not in dest:
            yield c


def find_by_readiness(scene: Scene, verb: Token) -> Iterator[CountryMention]:
    """"Oslo's willingness to send soldiers": the possessor of a readiness noun."""
    if not commits(scene, verb):
        return
    dest = destinations(scene.ctx, verb)
    head = verb.head
    for _ in range(3):
        if head.lower_ in READY_WORDS or head.lemma_.lower() in READY_WORDS:
            owners = [c for c in head.children if c.dep_ == "poss"]
            yield from (c for c in countries(scene.ctx, owners) if c.iso2 not in dest)
            return
        head = head.head


# --- roles/guarantor-national-forces ---------------------------------------------------------

def is_force_subject(tok: Token) -> bool:
    return (tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in FORCE_NOUNS
            and tok.dep_ in ("nsubj", "nsubjpass"))


def find_national_forces(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """National forces as actors of a (modal) proposal: "Swedish and Finnish soldiers would …"."""
    if not scene.article_context or negated(tok.head, climb=0):
        return
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.head.children):
        return
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    mods += [t for m in mods for t in conjuncts(m)]
    yield from countries_named(scene.ctx, mods)


# --- roles/guarantor-role-noun ---------------------------------------------------------------

def is_role_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ROLE_NOUNS


def find_role_owner(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Turkey's role in the guarantees", "Turkey could take on a leading role in …"."""
    if not lemmas(tok.head.subtree) & (GUARANTEE_WORDS | {"peacekeeping"}):
        return
    owners = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, {"of"})
    if not owners and tok.dep_ == "dobj" and not negated(tok.head, climb=1):
        owners = subjects(tok.head)
    yield from countries(scene.ctx, owners)


# --- roles/guarantor-from --------------------------------------------------------------------

def is_guarantee_common_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ("guarantee", "assurance")


def find_source(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"guarantees from the US"."""
    yield from countries(scene.ctx, prep_objects(tok, {"from"}))


# --- roles/guarantor-noun --------------------------------------------------------------------

def is_guarantor_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ("guarantor", "guarantors")


def find_guarantor_holder(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Turkey could act as a guarantor", "X is one of the guarantors", "guarantors such as X"."""
    holders: list[Token] = []
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        holders = subjects(tok.head.head)
    elif tok.dep_ == "attr":
        holders = subjects(tok.head)
    holders += prep_objects(tok, {"like", "including"})
    holders += [c for c in tok.children if c.dep_ == "appos"]
    if negated(tok.head, climb=1):
        return
    yield from countries(scene.ctx, holders)


# --- roles/guarantor-asked -------------------------------------------------------------------

def is_asking(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in RECEIVE_VERBS


def find_asked(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """In talk of guarantees, a recipient needing the participation of countries names those
    countries as taking part: "Moldova requires the involvement of X and Y"."""
    if not scene.recent_guarantees or negated(tok, climb=0):
        return
    asks = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ASK_NOUNS]
    if not asks:
        return
    receivers = {c.iso2 for c in countries(scene.ctx, subjects(tok))}
    if not receivers:
        return
    named = [t for t in tok.subtree if t.i > asks[0].i]  # the list may hang off the verb
    for c in countries_named(scene.ctx, named):
        if c.iso2 not in receivers and c.kind in ("name", "alias"):
            yield c
