"""Opponents: the constructions that give a country opposing a form of guarantee (membership,
troops, a deployment). Each ``find_*`` is the argument finder of one construction (rule
``roles/opponent-*``); each ``is_*`` its trigger."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.article.context import CountryMention
from kg.article.lexicon import (
    GUARANTEE_NOUNS,
    OPPOSE_ADJECTIVES,
    OPPOSE_TOPICS,
    OPPOSE_VERBS,
    THREAT_NOUNS,
)
from kg.article.syntax import negated, subjects
from kg.relations.roles.arguments import countries, lemmas, prep_objects, reported_by
from kg.relations.roles.model import Scene

# what is refused must be a form of guarantee itself, not "a ceasefire without guarantees"
FORCE_TOPICS = OPPOSE_TOPICS - GUARANTEE_NOUNS - {"guarantee"}
ACCEPT_VERBS = frozenset({"accept", "allow", "tolerate", "permit", "countenance", "agree",
                          "consent", "support", "back", "endorse"})


# --- roles/opponent-against ------------------------------------------------------------------

def is_against(tok: Token) -> bool:
    return tok.lower_ == "against" and tok.dep_ == "prep" and tok.head.lemma_ == "be"


def find_against(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Hungary is against Ukraine joining NATO"."""
    if not negated(tok.head, climb=0) and lemmas(tok.subtree) & OPPOSE_TOPICS:
        yield from countries(scene.ctx, subjects(tok.head))


# --- roles/opponent-verb ---------------------------------------------------------------------

def is_oppose_verb(tok: Token) -> bool:
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in OPPOSE_VERBS:
        return False
    return tok.lemma_.lower() != "rule" or any(c.dep_ == "prt" and c.lower_ == "out"
                                               for c in tok.children)


def find_opposer(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Russia rejects the deployment", "a country which opposes NATO membership"."""
    if negated(tok, climb=0):
        return
    topic = [t for c in tok.children if c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for t in c.subtree]
    if tok.dep_ == "relcl" and tok.head.head is not tok.head:
        topic += list(tok.head.head.subtree)
    if lemmas(topic) & OPPOSE_TOPICS:
        yield from countries(scene.ctx, subjects(tok))


# --- roles/opponent-warn ---------------------------------------------------------------------

def is_warning(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ("warn", "caution", "speak")


def find_warner(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Russia warned against the deployment …"."""
    if negated(tok, climb=0):
        return
    against = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree]
    if lemmas(against) & OPPOSE_TOPICS:
        yield from countries(scene.ctx, subjects(tok))


# --- roles/opponent-called and roles/opponent-adjective --------------------------------------

def is_oppose_adjective(tok: Token) -> bool:
    return tok.lower_ in OPPOSE_ADJECTIVES and tok.pos_ == "ADJ"


def find_caller(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"a move Russia has called unacceptable", "Moscow deems it unacceptable"."""
    if tok.dep_ not in ("oprd", "xcomp", "ccomp"):
        return
    verb = tok.head
    if negated(verb, climb=0) or not lemmas(scene.sent) & OPPOSE_TOPICS:
        return
    yield from countries(scene.ctx, subjects(verb))


def find_holder(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"troops would be unacceptable for Russia"; "Russia said NATO troops would be
    unacceptable": the speaker's view."""
    if tok.dep_ in ("oprd", "xcomp", "ccomp"):
        return  # roles/opponent-called
    holders = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
    targets = [p for h in holders for p in prep_objects(h, {"for", "to"})]
    if not lemmas(tok.head.subtree) & OPPOSE_TOPICS:
        return
    yield from countries(scene.ctx, targets or reported_by(tok))


# --- roles/opponent-not-accept ---------------------------------------------------------------

def is_accept_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ACCEPT_VERBS


def find_refuser(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"Moscow would not accept foreign military contingents in Ukraine"."""
    if not negated(tok, climb=0):
        return
    topic = [t for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for t in c.subtree]
    if lemmas(topic) & FORCE_TOPICS:
        yield from countries(scene.ctx, subjects(tok))


# --- roles/opponent-threat -------------------------------------------------------------------

def is_threat_predicate(tok: Token) -> bool:
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in THREAT_NOUNS
            and tok.dep_ in ("attr", "oprd"))


def find_threatened(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"X said foreign troops in Ukraine would be a direct threat / legitimate targets"."""
    if tok.lemma_.lower() == "line" and not any(c.lower_ == "red" for c in tok.children):
        return
    verb = tok.head
    topic = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    if negated(verb, climb=0) or not lemmas(topic) & FORCE_TOPICS:
        return
    yield from countries(scene.ctx, reported_by(verb))
