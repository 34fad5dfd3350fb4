"""Recipients: the constructions that give a country guarantees are for. Each ``find_*`` is
the argument finder of one construction (rule ``roles/recipient-*``); each ``is_*`` its
trigger."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.article.context import CountryMention
from kg.article.lexicon import (
    ASK_VERBS,
    PROVIDE_VERBS,
    RECEIVE_VERBS,
    SAFETY_NOUNS,
    SAFETY_VERBS,
    TALK_VERBS,
)
from kg.article.syntax import base_forms, negated, subjects
from kg.relations.roles.arguments import agents, countries, prep_objects
from kg.relations.roles.model import Scene


# a guarantee of these in a country is for the country ("peace in X"), unlike a ceasefire,
# which binds both sides
PLACE_SAFETY = frozenset({"security", "safety", "peace", "stability"})


def is_guarantee_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ("guarantee", "assurance")


# --- roles/recipient-noun --------------------------------------------------------------------

def targets(tok: Token) -> list[Token]:
    """Whom guarantees are said to be for: "guarantees for/to X", "X's guarantees"."""
    found = prep_objects(tok, {"for", "to"}) + [c for c in tok.children if c.dep_ == "poss"]
    # "guarantees from the US for Ukraine", the "for" hung on the source
    froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    on_source = froms + [p for c in froms for p in c.children if p.dep_ == "pobj"]
    return found + [p for t in on_source for p in prep_objects(t, {"for", "to"})]


def find_target(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"security guarantees for Ukraine", "Ukraine's guarantees"."""
    yield from countries(scene.ctx, targets(tok))


def for_others(scene: Scene, tok: Token) -> bool:
    """Whether the guarantees are said to be for a country ("guarantees for Ukraine"): then
    who wants or discusses them is not thereby their recipient."""
    return bool(countries(scene.ctx, targets(tok)))


def demanded_of_others(tok: Token) -> bool:
    """Guarantees whose content is a demand made of others ("guarantees that Moldova will stay
    neutral"), not protection ("guarantees that Russia will not attack again", "that any
    ceasefire will hold")."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" for m in c.children)
               and c.lemma_.lower() not in SAFETY_VERBS for c in tok.children)


def _wanted(scene: Scene, tok: Token, verb: Token) -> Iterator[CountryMention]:
    """The countries that want, get or ask for the guarantees ``tok`` under ``verb``: its
    agents, unless the guarantees are said to be for someone else or are a demand."""
    if for_others(scene, tok) or demanded_of_others(tok) or negated(verb, climb=0):
        return
    yield from countries(scene.ctx, subjects(verb))


# --- roles/recipient-verb --------------------------------------------------------------------

def find_receiver(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Ukraine wants guarantees", "Moldova must receive firm security guarantees", "What Kyiv
    wants are guarantees" — but not a demand made of others ("guarantees that Moldova will stay
    neutral")."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in RECEIVE_VERBS:
        yield from _wanted(scene, tok, head)
    elif tok.dep_ == "attr" and head.lemma_ == "be":  # a pseudo-cleft: "What X wants are …"
        for clause in head.children:
            if clause.dep_ == "csubj" and clause.lemma_.lower() in RECEIVE_VERBS:
                yield from _wanted(scene, tok, clause)


# --- roles/recipient-ask ---------------------------------------------------------------------

def find_asker(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Kyiv insists on guarantees", "Kyiv has asked Washington for guarantees"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("on", "for") or prep.head.pos_ != "VERB":
        return
    if base_forms(prep.head) & ASK_VERBS:  # the small model lemmatises "hopes" as "hop"
        yield from _wanted(scene, tok, prep.head)


# --- roles/recipient-without -----------------------------------------------------------------

def find_holdout(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """A country that will not act without guarantees wants them: "Kyiv will not sign anything
    without guarantees"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "without":
        return
    verb = prep.head
    while verb.pos_ != "VERB" and verb.dep_ in ("dobj", "pobj", "prep") and verb.head != verb:
        verb = verb.head
    if verb.pos_ == "VERB" and negated(verb, climb=0) and not targets(tok) \
            and not demanded_of_others(tok):
        yield from countries(scene.ctx, subjects(verb))


# --- roles/recipient-from --------------------------------------------------------------------

def find_seeker(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """Guarantees from others that a country discusses or expects are for it: "X is keen to
    discuss firm guarantees from its allies"."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in TALK_VERBS:
        return
    sources = prep_objects(tok, {"from"}) or prep_objects(verb, {"from"})
    if not sources:
        return
    if for_others(scene, tok) or demanded_of_others(tok) or negated(verb, climb=1):
        return
    given = {c.iso2 for c in countries(scene.ctx, sources)}
    yield from (c for c in countries(scene.ctx, agents(verb)) if c.iso2 not in given)


# --- roles/recipient-provide-with ------------------------------------------------------------

def find_provided_with(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"providing Kyiv with security guarantees"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in PROVIDE_VERBS:
        objs = [c for c in head.head.children if c.dep_ in ("dobj", "dative")]
        yield from countries(scene.ctx, objs)


# --- roles/recipient-guarantee-verb ----------------------------------------------------------

def is_guarantee_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() == "guarantee"


def find_guaranteed(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"guarantee Ukraine", "guarantee Ukraine's security", "armies guaranteeing peace in
    Ukraine"."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    safety = [o for o in objs if o.lemma_.lower() in SAFETY_NOUNS]
    objs += [p for o in safety for p in o.children if p.dep_ == "poss"]
    places = [o for o in safety if o.lemma_.lower() in PLACE_SAFETY]
    objs += [p for o in places for p in prep_objects(o, {"in", "of", "for"})]
    if places:  # "guaranteeing peace in Ukraine" with "in Ukraine" on the verb
        objs += prep_objects(tok, {"in"})
    yield from (c for c in countries(scene.ctx, objs) if c.kind != "demonym")
