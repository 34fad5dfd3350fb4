"""Guarantors: the constructions that give a country taking part in security guarantees.

Each ``find_*`` is the argument finder of one construction (rule ``roles/guarantor-*``); each
``is_*`` its trigger. A commitment that is negated, declined or asked about gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.article.context import CountryMention
from kg.article.lexicon import (
    APPROVAL_NOUNS,
    DECLINE_PHRASAL,
    DECLINE_VERBS,
    INTENT_NOUNS,
    FORCE_NOUNS,
    GUARANTEE_NOUNS,
    OFFER_NOUNS,
    PEACE_CUES,
    PROVIDE_VERBS,
    READY_WORDS,
    RECEIVE_VERBS,
    SUPPORT_VERBS,
    SUPPORTED_NOUNS,
    TALK_VERBS,
)
from kg.article.syntax import base_forms, conjuncts, negated, subjects
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
# what an owner does to an offer it takes back
WITHDRAW_VERBS = frozenset({"withdraw", "retract", "rescind", "revoke", "drop"})
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
    objects = [t for c in verb.children if c.dep_ in ("dobj", "prep", "dative")
               for t in _provided_words(c)]
    if verb.dep_ == "acl":  # "a coalition of troops led by Britain and France"
        objects += list(verb.head.subtree)
    lemma = verb.lemma_.lower()
    bare = lemma in JOIN_VERBS and not any(c.dep_ in ("dobj", "prep") for c in verb.children)
    if bare and lemmas(scene.sent) & (FORCE_NOUNS | GUARANTEE_NOUNS):
        objects = list(scene.sent)  # "… have signalled they would join": the force named before
    if lemma == "guarantee":
        objects.append(verb)  # guaranteeing a country's security is providing guarantees
    return objects


def _provided_words(tok: Token) -> list[Token]:
    """``tok``'s subtree without what a noun is about ("a delegation to the meeting on
    guarantees" sends a delegation, not guarantees)."""
    out = [tok]
    for c in tok.children:
        if not (c.dep_ == "prep" and c.lower_ in ("on", "about", "regarding", "over")
                and tok.pos_ in ("NOUN", "PROPN")):
            out.extend(_provided_words(c))
    return out


def commits(scene: Scene, verb: Token) -> bool:
    """Whether a verb of providing is a country's commitment to forces or guarantees: it
    provides forces or guarantees (itself, or to a force that guarantees a peace), as a pledge,
    in talk of guarantees or peace, or in an article about them unless it reports the past; and
    it is not an approval, negated, declined or asked about."""
    if approves(verb):
        return False
    provided = _provided(scene, verb)
    objects = lemmas(provided)
    if not objects & (FORCE_NOUNS | GUARANTEE_WORDS | {"support"}):
        return False
    aimed = prep_objects(verb, {"to", "for", "into"})
    own = lemmas(set(provided) - {t for a in aimed for t in a.subtree})
    if not own & (FORCE_NOUNS | GUARANTEE_WORDS | {"support"}) and not any(
            guarantee_force(a) for a in aimed):
        return False  # "sent ambulances to the Red Cross mission": the mission is not sent
    sent = lemmas(t for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree)
    sent |= lemmas(t for a in aimed for t in a.subtree)
    if not (objects & GUARANTEE_WORDS or sent & PEACE_CUES or prospective(verb)
            or (scene.article_context and (verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "acl"))):
        # "Germany sent troops to Lithuania", "X sent more troops to the front": forces, but
        # a report of the past, and nothing about guarantees
        return False
    if verb.lemma_.lower() in ("provide", "give", "offer") and not objects & (FORCE_NOUNS | GUARANTEE_NOUNS):
        return False
    return not negated(verb, climb=3) and not declined(verb) and not asked_about(scene, verb)


def approves(verb: Token) -> bool:
    """"Gave its consent to the mission": approving a force is not contributing to it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in APPROVAL_NOUNS for c in verb.children)


def declined(verb: Token) -> bool:
    """"Hungary declined to take part", "Bulgaria has refused to contribute soldiers", "Italy
    has ruled out sending soldiers", "India has no plans to contribute troops": a verb of
    declining above the commitment (through infinitive and gerund complements), or an intent
    noun that "no" denies."""
    current = verb
    for _ in range(3):
        if current.head == current:
            return False
        if current.dep_ == "acl" and _denied_intent(current.head):
            return True
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and _denied_intent(
                current.head.head):
            return True
        gerund = current.tag_ == "VBG" and current.dep_ in ("advcl", "dobj")
        if current.dep_ != "xcomp" and not gerund:
            return False
        current = current.head
        if base_forms(current) & DECLINE_VERBS or _phrasal_decline(current):
            return True
    return False


def _phrasal_decline(verb: Token) -> bool:
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any(lemma in base_forms(verb) and particle in particles
               for lemma, particle in DECLINE_PHRASAL)


def _denied_intent(noun: Token) -> bool:
    """"no plans", "no intention": an intent noun with "no" before it."""
    return noun.lemma_.lower() in INTENT_NOUNS and any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children)


def asked_about(scene: Scene, verb: Token) -> bool:
    """A question commits nobody: "Is X ready to send troops?", "was asked whether X would
    send troops"."""
    if scene.sent.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
        return True
    current = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in current.children):
            return current.dep_ in ("ccomp", "xcomp", "dobj", "pobj") or current == verb
        if current.dep_ not in ("xcomp", "acomp", "conj") or current.head == current:
            return False
        current = current.head
    return False


def find_by_verb(scene: Scene, verb: Token) -> Iterator[CountryMention]:
    """"Britain will send troops", "a coalition led by Britain and France"."""
    if not commits(scene, verb):
        return
    dest = destinations(scene.ctx, verb)
    by = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for c in countries(scene.ctx, agents(verb) + by, own=True):
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


# --- roles/guarantor-support ----------------------------------------------------------------

def is_support_verb(tok: Token) -> bool:
    """A verb of contributing: "pledged", "will run", "will serve as"."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in SUPPORT_VERBS


def supported(verb: Token) -> list[Token]:
    """What ``verb`` contributes to: "air cover for the force" (on the verb, or on a noun
    coordinated with its object), "the logistics of the force", "the hub for the force"."""
    found = prep_objects(verb, {"to", "for", "into"})
    found += [p for c in verb.children if c.dep_ == "conj" for p in prep_objects(c, {"to", "for"})]
    things = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    things += prep_objects(verb, {"as"})
    found += [p for t in things for p in prep_objects(t, {"of", "for", "to"})]
    return found


def guarantee_force(tok: Token) -> bool:
    """Whether ``tok`` is a force, coalition or set of guarantees that guarantees a peace ("a
    reassurance force", "the coalition guaranteeing Ukraine's security", "the force that would
    police a truce")."""
    if tok.lemma_.lower() not in SUPPORTED_NOUNS and tok.lower_ not in SUPPORTED_NOUNS:
        return False
    return bool(lemmas(tok.subtree) & PEACE_CUES)


def find_supporter(scene: Scene, verb: Token) -> Iterator[CountryMention]:
    """A country contributing anything — air cover, logistics, ships, a hub — to the force or
    coalition that guarantees a peace, or to the guarantees: "X pledged air cover for a
    reassurance force", "X will run the logistics of the force that would police a truce"."""
    if approves(verb) or not any(guarantee_force(t) for t in supported(verb)):
        return
    if negated(verb, climb=3) or declined(verb) or asked_about(scene, verb):
        return
    dest = destinations(scene.ctx, verb)
    for c in countries(scene.ctx, agents(verb), own=True):
        if c.iso2 not in dest:
            yield c


# --- roles/guarantor-offer-noun -------------------------------------------------------------

def is_offer_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in OFFER_NOUNS


def find_offerer(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """The owner of an offer of forces or guarantees for a peace: "Britain's offer of troops for
    the reassurance force", "the Dutch contribution of air defence to the force"."""
    offered = prep_objects(tok, {"of"})
    aimed = prep_objects(tok, {"to", "for"}) + [p for o in offered for p in prep_objects(o, {"to", "for"})]
    words = lemmas(t for o in offered + aimed for t in o.subtree)
    if not offered or not (words & (FORCE_NOUNS | GUARANTEE_WORDS) or any(guarantee_force(a) for a in aimed)):
        return
    if not (words & (GUARANTEE_WORDS | PEACE_CUES) or scene.article_context):
        return
    if negated(tok, climb=0) or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in WITHDRAW_VERBS):
        return  # "Italy withdrew its offer of troops"
    dest = {c.iso2 for a in aimed for c in scene.ctx.countries_of(a)}
    owners = countries(scene.ctx, [c for c in tok.children if c.dep_ == "poss"]
                       + prep_objects(tok, {"from", "by"}))
    owners += countries_named(scene.ctx, [c for c in tok.children if c.dep_ in ("amod", "compound")])
    yield from (c for c in owners if c.iso2 not in dest)


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
    verb = tok.head
    if not owners and tok.dep_ == "dobj" and not (negated(verb, climb=1) or declined(verb)
                                                  or asked_about(scene, verb)):
        owners = subjects(verb)
    yield from countries(scene.ctx, owners)


# --- roles/guarantor-from --------------------------------------------------------------------

def is_guarantee_common_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ("guarantee", "assurance")


def find_source(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """"guarantees from the US"; "wants guarantees from the US" with "from" on the verb."""
    sources = prep_objects(tok, {"from"})
    if not sources and tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVE_VERBS | TALK_VERBS:
        sources = prep_objects(tok.head, {"from"})
    yield from countries(scene.ctx, sources)


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
