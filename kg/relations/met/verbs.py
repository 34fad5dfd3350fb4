"""Argument finders for meeting verbs: who met whom when a verb says so.

Each finder takes the trigger verb and yields ``Found`` participants; ``constructions.py``
pairs it with a rule id and a trigger. The positions read: the subject of the verb's clause
(through relative pronouns, coordinated verbs, non-finite clauses), its object or
with/to-objects, the by-phrase of a passive, a remnant of a gapped clause, and the joint
subject of a verb of meeting together.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.article.context import DocContext
from kg.article.coref import Resolution
from kg.article.lexicon import (
    ACTIVITY_NOUNS,
    JOINT_VERBS,
    MEET_PREPS,
    MEET_VERB_CONSTRUCTIONS,
    MEET_VERBS_PLANNED_ONLY,
    MEET_VERBS_PREP,
    TAKE_ALONG_VERBS,
)
from kg.article.syntax import (
    CLIMB,
    agents,
    coordinated,
    distributive,
    has_coordinator,
    object_controlled,
    own_subjects,
    parallel_head,
    prep_objects,
    prospective,
)
from kg.relations.met.people import people

WITH = frozenset({"with"})
# prepositions of an audience or a venue: "X and Y spoke at the rally / to reporters" is two
# speeches, not a conversation
AUDIENCE_PREPS = frozenset({"at", "to", "before", "on"})


@dataclass(frozen=True)
class Found:
    """Participants a finder found: ``first`` met each of ``second``; with ``second`` empty,
    ``first`` met all together (one meeting of two or more)."""

    first: list[Resolution]
    second: list[Resolution] = field(default_factory=list)


# --- the clause's subject -------------------------------------------------------------------


def clause_subjects(verb: Token) -> list[Token]:
    """The subject tokens of ``verb``'s clause: its own, a coordinated verb's (the parallel
    one, or one the parser gave to the object before it: "A met B, and C met D"), or that of
    the clause a non-finite verb or a noun hangs from ("After meeting Y, X …", "X plans to
    meet Y", "X held talks")."""
    current = verb
    for _ in range(6):
        found = own_subjects(current)
        if found:
            return found
        if current.dep_ == "conj":
            stolen = stolen_subject(current)
            if stolen is not None:
                return [stolen]
            current = parallel_head(current)
            continue
        if current.dep_ not in CLIMB or current.head == current or current.dep_ == "relcl":
            return []
        if object_controlled(current):
            return []  # "X called on Y to …": Y, not X, is to do it
        if current.dep_ == "amod":
            return coordinated(current.head)
        current = current.head
    return []


def stolen_subject(verb: Token) -> Token | None:
    """"A met B, and C met D": the parser coordinates C with B and leaves the second "met"
    without a subject; C is the noun phrase that ends right before it."""
    if verb.dep_ != "conj" or own_subjects(verb):
        return None
    for tok in verb.head.subtree:
        if tok.dep_ == "conj" and tok.pos_ in ("PROPN", "NOUN") and tok.right_edge.i == verb.i - 1:
            return tok
    return None


def _stolen_by_next(verb: Token) -> set[int]:
    """The tokens a coordinated verb after ``verb`` takes as its subject (see above)."""
    return {s.i for c in verb.conjuncts if c.i > verb.i
            for s in [stolen_subject(c)] if s is not None}


# --- objects --------------------------------------------------------------------------------


def _not_a_call(verb: Token, ctx: DocContext) -> bool:
    """"called on X to …", "called X 'unsuccessful'", "called for": no phone call."""
    return any(
        (c.dep_ in ("xcomp", "ccomp", "acomp") or (c.dep_ == "oprd" and ctx.person(c) is None))
        or (c.lower_ in ("on", "upon", "for") and c.i == verb.i + 1
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
        for c in verb.children
    )


def objects(ctx: DocContext, verb: Token) -> list[Resolution]:
    """Whom the verb's subject met: the object ("met Y", "hosted Y and Z"), the with/to-object
    of a verb that takes one ("spoke with Y", "talked to Y"), "met with Y"."""
    lemma = verb.lemma_.lower()
    if lemma in MEET_VERBS_PREP:
        tokens = prep_objects(verb, MEET_PREPS)
    else:
        tokens = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma == "call" and not tokens:  # the parser makes some a predicate: "called Minister X"
            tokens = [c for c in verb.children if c.dep_ == "oprd"]
        if lemma == "meet":
            tokens += prep_objects(verb, WITH)
    stolen = {r.cluster for i in _stolen_by_next(verb)
              for r in people(ctx, [ctx.doc[i]], expand=False)}
    return [r for r in people(ctx, tokens) if r.cluster not in stolen]


def verb_pair(ctx: DocContext, verb: Token) -> Iterator[Found]:
    """Subject and object of a meeting verb, active or passive: "X met Y", "X hosted Y", "X
    spoke with Y", "X called Y", "X visited Y", "X was received by Y"."""
    lemma = verb.lemma_.lower()
    if lemma in MEET_VERBS_PLANNED_ONLY and not prospective(verb):
        return
    if lemma == "call" and _not_a_call(verb, ctx):
        return
    first = people(ctx, clause_subjects(verb))
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        second = people(ctx, agents(verb))
    else:
        second = objects(ctx, verb)
    if first and second:
        yield Found(first, second)


def gapped_objects(ctx: DocContext, verb: Token) -> Iterator[Found]:
    """The object of a gapped second clause: "X met Y on Monday and Z on Tuesday", "X met Y
    to discuss A, and later Z on B": Z is coordinated with the verb or with a date of it."""
    if verb.lemma_.lower() in MEET_VERBS_PREP:
        return
    stolen = _stolen_by_next(verb)
    remnants = []
    for tok in verb.subtree:
        if tok.dep_ != "conj" or tok.i in stolen or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        head = tok.head
        if head == verb or (head.ent_type_ in ("DATE", "TIME") and head.head.head == verb):
            remnants.append(tok)
    second = people(ctx, remnants, expand=False)
    first = people(ctx, clause_subjects(verb))
    if first and second:
        yield Found(first, second)


def joint_subject(ctx: DocContext, verb: Token) -> Iterator[Found]:
    """Coordinated subjects (or a pair description) of a verb of meeting together, with no
    object: "X and Y met", "X and Y discussed …", "the two men met", "X and Y spoke by phone"
    (not "X and Y spoke at the rally": two speeches)."""
    lemma = verb.lemma_.lower()
    if lemma not in JOINT_VERBS:
        return
    if lemma in MEET_VERB_CONSTRUCTIONS and (_has_object(verb) or _audience(verb)):
        return  # "X and Y met students", "X and Y spoke with reporters": not each other
    if _with_others(verb) or distributive(verb):
        return  # "X and Y discussed it with their cabinets", "… each discussed it"
    tokens = clause_subjects(verb)
    if len(tokens) >= 2 and not has_coordinator(tokens[0]):
        return  # "Radio Morning, Jane Doe": a comma is no "and" (a name after a programme's)
    group = people(ctx, tokens)
    if len(group) >= 2:
        yield Found(group)


RECIPROCALS = frozenset({"other", "another"})  # "each other", "one another"


def _has_object(verb: Token) -> bool:
    """Whether a meeting verb has an object other than a date or "each other": whom it met."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in MEET_PREPS
             for o in p.children if o.dep_ == "pobj"]
    return any(o.ent_type_ not in ("DATE", "TIME") and o.lower_ not in RECIPROCALS for o in objs)


def _with_others(verb: Token) -> bool:
    """Whether the verb has a with-object other than "each other": a partner besides its
    subjects."""
    return any(o.dep_ == "pobj" and o.lower_ not in RECIPROCALS
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
               for o in p.children)


def _audience(verb: Token) -> bool:
    if verb.lemma_.lower() not in ("speak", "talk"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in AUDIENCE_PREPS and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in verb.children)


def activity_with(ctx: DocContext, verb: Token) -> Iterator[Found]:
    """Doing something together: "X played tennis with Y", "X went jogging with Y"; "X took Y
    for a walk"."""
    first = people(ctx, clause_subjects(verb))
    if verb.lemma_.lower() in TAKE_ALONG_VERBS:
        along = any(c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ACTIVITY_NOUNS for g in c.children)
            for c in verb.children)
        second = people(ctx, [c for c in verb.children if c.dep_ == "dobj"]) if along else []
    else:
        second = people(ctx, prep_objects(verb, WITH))
    if first and second:
        yield Found(first, second)
