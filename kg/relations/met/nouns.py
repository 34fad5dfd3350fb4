"""Argument finders for meeting nouns, activity nouns and event nouns.

A noun ("talks", "a phone call", "dinner", "the summit") names a meeting; its participants
stand in general positions around it: between/among-objects (on the noun or on the verb of its
happening), an "involving" participle, the object of a verb of gathering, a possessor, the
subject of a light verb ("held talks"), the subject of the clause it is an adjunct of ("In a
conversation with Y, X …"), the controller of a participle clause ("Speaking after talks with
Y, X …"), and, across sentences, the owner of a series of meetings named before ("X held a
series of meetings. Among them was a session with Y").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.article.context import DocContext
from kg.article.coref import Resolution
from kg.article.lexicon import (
    ACTIVITY_NOUNS,
    GATHER_VERBS,
    GATHERING_NOUNS,
    LIGHT_VERBS,
    MEETING_NOUNS,
    OCCURRENCE_VERBS,
    SERIES_WORDS,
    SHARE_VERBS,
    TO_PARTNER_NOUNS,
)
from kg.article.syntax import (
    TEMPORAL_PREPS,
    coordinated,
    distributive,
    governs,
    objects_of,
    own_subjects,
    prep_objects,
)
from kg.nlp import sentence_of
from kg.relations.met.people import is_pair_description, people
from kg.relations.met.verbs import WITH, Found, clause_subjects

BETWEEN = frozenset({"between", "among", "amongst"})
PLACE_PREPS = frozenset({"in", "at"})
HOLDING_VERBS = LIGHT_VERBS | SHARE_VERBS
# nouns that make a plural of meetings: "a series of meetings", "a string of talks"
SERIES_NOUNS = frozenset({"series", "string", "round", "number", "flurry", "day", "marathon"})
DEMONSTRATIVES = frozenset({"this", "that", "it"})
# the first word of a two-word preposition: "ahead of", "prior to"
COMPOUND_PREPS = frozenset({"ahead", "prior"})


def noun_key(tok: Token) -> str | None:
    """The meeting or activity noun a token is: its lemma, its form, or a compound ("shouting
    match", "sit-down")."""
    for key in (tok.lemma_.lower(), tok.lower_):
        if key in MEETING_NOUNS or key in ACTIVITY_NOUNS:
            return key
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and child.i == tok.i - 1:
            if f"{child.lower_} {tok.lower_}" in MEETING_NOUNS:
                return f"{child.lower_} {tok.lower_}"
        if child.dep_ == "compound" and child.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-":
            if f"{child.lower_}-{tok.lower_}" in MEETING_NOUNS:
                return f"{child.lower_}-{tok.lower_}"
    return None


def is_meeting_noun(tok: Token) -> bool:
    """A noun naming a meeting or a shared activity, not a modifier ("meeting room") and not a
    conference other than a press, news or video one."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return False
    key = noun_key(tok)
    if key == "conference":
        return any(c.lower_ in ("press", "news", "video") for c in tok.children)
    return key is not None


def is_activity_noun(tok: Token) -> bool:
    return is_meeting_noun(tok) and noun_key(tok) in ACTIVITY_NOUNS


def is_event_noun(tok: Token) -> bool:
    """A meeting noun, or a gathering that may or may not be one ("summit", "forum")."""
    return is_meeting_noun(tok) or (tok.pos_ == "NOUN" and tok.lemma_.lower() in GATHERING_NOUNS
                                    and tok.dep_ != "compound")


def with_objects(ctx: DocContext, noun: Token) -> list[Resolution]:
    """The noun's with-objects; for the object of a light verb, the verb's too ("held talks
    with Y and, separately, with Z"); for the object or an adjunct of another verb, those of
    the verb's clause when the noun has none ("raised the plan with Y in separate meetings")."""
    found = people(ctx, prep_objects(noun, partner_preps(noun)))
    verb = governing_verb(noun)
    if verb is None or _of_time(noun):
        return found  # "improved relations with Y after the meeting": another event's "with"
    if noun.dep_ == "dobj" and verb.lemma_.lower() in HOLDING_VERBS:
        return found + [r for r in people(ctx, prep_objects(verb, WITH))
                        if all(r.cluster != f.cluster for f in found)]
    if found:
        return found
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c != noun)]
    return people(ctx, [o for h in hosts for o in prep_objects(h, WITH)])


def partner_preps(noun: Token) -> frozenset[str]:
    """The prepositions of a meeting noun's partner: "with", and "to" after a call or a visit
    ("a phone call to Y", "a visit to Y")."""
    return WITH | {"to"} if noun_key(noun) in TO_PARTNER_NOUNS else WITH


def _of_time(noun: Token) -> bool:
    """Whether a noun is the object of a preposition of time ("after the talks", "ahead of
    the meeting")."""
    return noun.dep_ == "pobj" and (noun.head.lower_ in TEMPORAL_PREPS
                                    or noun.head.head.lower_ in COMPOUND_PREPS)


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, or an adjunct of ("held talks", "met in talks")."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in COMPOUND_PREPS:
        prep = prep.head  # "ahead of talks with Y", "prior to a call with Y"
    if prep.dep_ in ("prep", "advmod") and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


# --- the participants are named together ------------------------------------------------


def between(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """"talks between X and Y", "a call among X, Y and Z", "there was a meeting between me and
    Y"."""
    named = prep_objects(noun, BETWEEN)
    if not named:  # hung on the meeting's place: "a row in the palace between X and Y"
        named = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                 for place in p.children if place.dep_ == "pobj"
                 for o in prep_objects(place, BETWEEN)]
    group = people(ctx, named)
    if len(group) >= 2:
        yield Found(group)


def took_place(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """A meeting said to happen, its participants on the verb of happening: "a meeting took
    place between X and Y", "talks took place in a friendly atmosphere between X and Y"."""
    verb = _happening(noun)
    if verb is None:
        return
    preps = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in BETWEEN
             and governs(verb, t) and noun not in t.ancestors]
    group = people(ctx, [o for p in preps for o in objects_of(p)])
    if len(group) >= 2:
        yield Found(group)


def _happening(noun: Token) -> Token | None:
    """The verb of a meeting's happening, when the noun is its subject ("took place",
    "happened", "were held")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return None
    if verb.lemma_ == "take" and not any(c.lower_ == "place" for c in verb.children):
        return None
    return verb


def involving(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """"Talks were held in Rome involving X, Y and Z", "talks involving X and Y"."""
    hosts = [noun] + ([noun.head] if _happening(noun) is not None else [])
    named = [o for h in hosts for c in h.children
             if c.dep_ in ("acl", "advcl") and c.lower_ == "involving"
             for o in c.children if o.dep_ == "dobj"]
    group = people(ctx, named)
    if len(group) >= 2:
        yield Found(group)


def gathered(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """An event that gathered its participants: "the summit gathered X and Y for talks", "a
    dinner brought together X and Y", "the meeting brought X and Y to the same table". A
    gathering of many is co-attendance: a summit or forum counts only when it gathered two."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in GATHER_VERBS:
        return
    if verb.lemma_ == "bring" and not any(
            c.lower_ == "together"
            or (c.lower_ == "to" and any(g.lower_ == "table" for g in c.children))
            for c in verb.children):
        return
    named = [c for c in verb.children if c.dep_ == "dobj"]
    if any(t.tag_ == "NNS" and not is_pair_description(t)
           for n in named for t in coordinated(n)):
        return  # "gathered thirty leaders, among them X and Y", "X, Y and twenty other leaders"
    group = people(ctx, named)
    if len(group) == 2 or (len(group) > 2 and is_meeting_noun(noun)):
        yield Found(group)


# --- one participant owns the meeting, the other is its with-object --------------------


def possessor(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """"X's meeting with Y", "his talks with Y", "the premier's talks with Y"; "the two
    leaders' talk" (a pair owns it)."""
    owners = people(ctx, [c for c in noun.children if c.dep_ == "poss"])
    if not owners:
        return
    others = with_objects(ctx, noun)
    if others:
        yield Found(owners, others)
    elif len(owners) == 2 and not any(c.dep_ == "prep" and c.lower_ == "with"
                                      for c in noun.children):
        yield Found(owners)


def holding_verb(noun: Token) -> Token | None:
    """The light verb whose object the noun is ("held talks"). The parser sometimes makes the
    noun the subject of what follows ("held talks face to face across a table": talks the
    subject of "face"); then the light verb just before the noun's phrase, with no object of
    its own and the noun in its subtree, holds it all the same."""
    if noun.dep_ == "dobj":
        return noun.head if noun.head.lemma_.lower() in HOLDING_VERBS else None
    before = noun.left_edge.i - 1
    if before < noun.sent.start:
        return None
    verb = noun.doc[before]
    if (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in HOLDING_VERBS
            and not any(c.dep_ == "dobj" for c in verb.children)
            and verb.left_edge.i <= noun.i <= verb.right_edge.i):
        return verb
    return None


def light_verb_with(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """The subject of a light verb and the noun's with-object: "X held talks with Y", "X had a
    phone call with Y", "X held a working lunch with Y"."""
    verb = holding_verb(noun)
    if verb is None or _owned(noun):
        return
    owners = people(ctx, clause_subjects(verb))
    others = with_objects(ctx, noun)
    if owners and others:
        yield Found(owners, others)


def held_together(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """Coordinated subjects (or a pair) of a light verb and the noun: "X and Y held talks",
    "X and Y had dinner", "X and Y shared a working breakfast", "the parties held talks"."""
    verb = holding_verb(noun)
    if verb is None or _owned(noun):
        return
    if prep_objects(noun, WITH) or prep_objects(verb, WITH) or distributive(verb):
        return  # "… held separate talks", "… each had dinner"
    group = people(ctx, clause_subjects(verb))
    if len(group) >= 2:
        yield Found(group)


def _owned(noun: Token) -> bool:
    return any(c.dep_ == "poss" for c in noun.children)


def adjunct_with(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """The subject of the clause a meeting noun is an adjunct or object of: "In a conversation
    with Y, X promised …", "At a press conference with Y, X announced …", "X raised the plan
    with Y in separate meetings"."""
    verb = governing_verb(noun)
    if verb is None or _owned(noun) or verb.lemma_.lower() in HOLDING_VERBS:
        return
    if noun.dep_ == "pobj" and noun.head.lower_ == "following":
        return  # nonfinite-following
    owners = people(ctx, clause_subjects(verb))
    others = with_objects(ctx, noun)
    if owners and others:
        yield Found(owners, others)


def speaking_after(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """A meeting noun in a participle clause, its owner the participle's controller: "Speaking
    after talks with Y, X said …", "Addressing reporters after a call with Y, X said …"."""
    prep = noun.head
    participle = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "before", "following"):
        return
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or own_subjects(participle):
        return
    owners = people(ctx, clause_subjects(participle))
    others = with_objects(ctx, noun)
    if owners and others:
        yield Found(owners, others)


def following(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """"Following talks with Y, X announced …", "X, following a meeting with Y, said …",
    "X, following a meeting between the two ministers, said …"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "following":
        return
    owners = people(ctx, [prep.head], expand=False)
    if not owners:
        owners = people(ctx, clause_subjects(prep.head))
    others = with_objects(ctx, noun)
    if owners and others:
        yield Found(owners, others)


# --- across sentences: a meeting out of a series named before ----------------------------


def series_member(ctx: DocContext, noun: Token) -> Iterator[Found]:
    """A meeting noun with a with-object whose clause points back ("That was followed by a
    meeting with Z", "Among them was a session with Y", "Among the most awaited was a talk
    with Y"): its owner is the owner of the
    meetings (or the subject) of the sentence before."""
    verb = noun.head
    while verb.dep_ in ("pobj", "prep", "agent", "dobj", "attr") and verb.head != verb:
        verb = verb.head
    subj = own_subjects(verb)
    among = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"]
    backwards = (subj and subj[0].lower_ in DEMONSTRATIVES and subj[0] != noun) or any(
        g.lower_ in SERIES_WORDS or g.lower_ == "those" for c in among for g in c.subtree) or (
        among and verb.lemma_ == "be")  # "Among the highlights was a session with Y"
    if not backwards:
        return
    owners = previous_owners(ctx, noun)
    others = people(ctx, prep_objects(noun, WITH))
    if owners and others:
        yield Found(owners, others)


def series_ellipsis(ctx: DocContext, copula: Token) -> Iterator[Found]:
    """The meeting noun left out: "X spent Thursday in bilateral talks. The first was with Y"
    — an ordinal subject of "be" with a with-object, after a sentence about several meetings."""
    if copula.lemma_ != "be" or copula.pos_ not in ("AUX", "VERB"):
        return
    subj = own_subjects(copula)
    if not subj or subj[0].lower_ not in SERIES_WORDS or people(ctx, subj):
        return
    owners = previous_owners(ctx, copula, plural_only=True)
    others = people(ctx, prep_objects(copula, WITH))
    if owners and others:
        yield Found(owners, others)


def previous_owners(ctx: DocContext, tok: Token, *, plural_only: bool = False) -> list[Resolution]:
    """Who held the meetings the sentence before ``tok`` speaks of ("X held a series of
    meetings", "X spent the day in talks"); else, unless ``plural_only``, its main subject."""
    sent = sentence_of(tok)
    if sent.start == 0:
        return []
    previous = sentence_of(ctx.doc[sent.start - 1])
    for t in previous:
        if is_meeting_noun(t) and (t.tag_ == "NNS" or t.head.head.lower_ in SERIES_NOUNS):
            owners = people(ctx, clause_subjects(t))
            if owners:
                return owners
    if plural_only:
        return []
    return people(ctx, [t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")])

