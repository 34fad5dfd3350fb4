"""Recipients: the constructions that give a country guarantees are for. Each ``find_*`` is
the argument finder of one construction (rule ``roles/recipient-*``); each ``is_*`` its
trigger."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.article.context import CountryMention
from kg.article.lexicon import PROVIDE_VERBS, RECEIVE_VERBS
from kg.article.syntax import negated, subjects
from kg.relations.roles.arguments import countries, prep_objects
from kg.relations.roles.model import Scene


def is_guarantee_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ("guarantee", "assurance")


# --- roles/recipient-noun --------------------------------------------------------------------

def find_target(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"security guarantees for Ukraine", "Ukraine's guarantees"."""
    targets = prep_objects(tok, {"for", "to"}) + [c for c in tok.children if c.dep_ == "poss"]
    yield from countries(scene.ctx, targets)


# --- roles/recipient-verb --------------------------------------------------------------------

def find_receiver(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Ukraine wants guarantees", "Moldova must receive firm security guarantees" — but not
    a demand made of others ("guarantees that Moldova will stay neutral")."""
    head = tok.head
    demand = any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" for m in c.children)
                 for c in tok.children)
    if (tok.dep_ == "dobj" and head.lemma_.lower() in RECEIVE_VERBS and not demand
            and not negated(head, climb=0)):
        yield from countries(scene.ctx, subjects(head))


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
    """"guarantee Ukraine", "guarantee Ukraine's security"."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [p for o in objs if o.lemma_.lower() in ("security", "safety", "sovereignty", "peace")
             for p in o.children if p.dep_ == "poss"]
    yield from (c for c in countries(scene.ctx, objs) if c.kind != "demonym")
