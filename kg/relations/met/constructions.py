"""The constructions of person–met–person, one row each: rule (id, prior confidence, what it
reads), trigger, argument finder.

A trigger says which words can name a meeting (verbs of meeting, hosting, talking, calling
and visiting; meeting, activity and event nouns; an ordinal standing for a meeting); a finder
reads the participants from general argument positions (``verbs.py``, ``nouns.py``). The rule
id is the construction's id in the construction suite (``tests/construction/cases_met.py``);
``RULES``, every row's rule once, is what the relation declares. Rows are tried in order and
the first to give a pair in a sentence names it.

Whatever the row, a meeting the text negates, refuses or calls off gives nothing, and one
still to come ("will meet", "plans to meet", "could meet", "an upcoming meeting") is planned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kg.article.context import DocContext, person_key
from kg.article.evidence import make_evidence
from kg.article.lexicon import (
    ACTIVITY_NOUNS,
    ACTIVITY_VERBS,
    JOINT_VERBS,
    MEET_VERB_CONSTRUCTIONS,
    MEET_VERBS,
    MEETING_NOUNS,
    PLANNED_MARKERS,
    PROPOSAL_VERBS,
    TAKE_ALONG_VERBS,
)
from kg.article.syntax import governs, nonfinite_kind, prospective, unrealised
from kg.model import Evidence
from kg.relations import Rule
from kg.nlp import sentence_of, tokens_of
from kg.relations.met import nouns, verbs
from kg.relations.met.model import EXTRACTOR, Meeting
from kg.relations.met.verbs import Found

Finder = Callable[[DocContext, Token], Iterator[Found]]


# --- the rules: id (a case id of the construction suite), prior confidence, what it reads

VERB_MET = Rule(
    "met/verb-met", 0.9,
    "a verb of meeting with its subject and object: \"X met (with) Y\", \"X sat down with "
    "Y\", \"X will see Y\" (planned)")

VERB_HOST_RECEIVE = Rule(
    "met/verb-host-receive", 0.9,
    "a verb of hosting, active or passive: \"X hosted Y\", \"X received Y\", \"X welcomed Y"
    " to Z\", \"X was received by Y\"")

VERB_SPEAK_TALK = Rule(
    "met/verb-speak-talk", 0.85,
    "a verb of talking with its with/to-object: \"X spoke with Y\", \"X talked to Y\", \"X "
    "briefed Y\"")

VERB_PHONE_CALL = Rule(
    "met/verb-phone-call", 0.85,
    "a verb of calling with its object: \"X phoned Y\", \"X called Y on Wednesday\" (not "
    "\"called on Y to …\")")

VERB_VISIT = Rule(
    "met/verb-visit", 0.8,
    "visiting a person: \"X visited Y in Warsaw\"")

JOINT_SUBJECT = Rule(
    "met/joint-subject", 0.85,
    "coordinated subjects (or a pair) of a verb of meeting together, or of a light verb and"
    " a meeting noun: \"X and Y met\", \"X and Y discussed …\", \"X and Y held talks\"")

ELLIPSIS_GAPPED_OBJECT = Rule(
    "met/ellipsis-gapped-object", 0.75,
    "the object of a gapped clause: \"X met Y on Monday and Z on Tuesday\"")

SHARED_ACTIVITY = Rule(
    "met/shared-activity", 0.8,
    "doing something together: \"X played tennis with Y\", \"X and Y had dinner\", \"X took"
    " Y for a walk\"")

LIGHT_VERB_NOUN_WITH = Rule(
    "met/light-verb-noun-with", 0.9,
    "a light verb, a meeting noun and its with-object: \"X held talks with Y\", \"X had a "
    "phone call with Y\"")

NOUN_POSSESSOR = Rule(
    "met/noun-possessor", 0.85,
    "a meeting noun's possessor and with-object: \"X's meeting with Y\", \"his talks with "
    "Y\", \"the two leaders' talk\"")

NOUN_WITH = Rule(
    "met/noun-with", 0.8,
    "a meeting noun as an adjunct of a clause, its owner the clause's subject: \"In a "
    "conversation with Y, X promised …\", \"Ahead of talks with Y, X said …\" (planned)")

NOUN_BETWEEN = Rule(
    "met/noun-between", 0.85,
    "a meeting noun with between/among: \"talks between X and Y\", \"there was a meeting "
    "between me and Y\"")

NOUN_EVENT_TOOK_PLACE = Rule(
    "met/noun-event-took-place", 0.8,
    "a meeting that took place between its participants: \"A meeting took place between X "
    "and Y\"")

NOUN_EVENT_INVOLVING = Rule(
    "met/noun-event-involving", 0.75,
    "a meeting held involving its participants: \"Talks were held in Rome involving X, Y "
    "and Z\"")

NOUN_EVENT_GATHERED = Rule(
    "met/noun-event-gathered", 0.7,
    "an event that gathered two people: \"the summit gathered X and Y for talks\", \"a "
    "dinner brought together X and Y\"")

NOUN_EVENT_SERIES = Rule(
    "met/noun-event-series", 0.6,
    "one meeting of a series named before, or a meeting that followed the one before: \"X "
    "held a series of meetings. Among them was a session with Y\", \"X called Y. That was "
    "followed by a meeting with Z.\"")

NONFINITE_AFTER_GERUND = Rule(
    "met/nonfinite-after-gerund", 0.85,
    "a meeting verb in a non-finite clause of time, its subject the main clause's: \"After "
    "meeting Y, X flew home\"")

NONFINITE_BY_GERUND = Rule(
    "met/nonfinite-by-gerund", 0.8,
    "a meeting verb in a by-clause: \"X broke the deadlock by calling Y\"")

NONFINITE_SPEAKING_AFTER = Rule(
    "met/nonfinite-speaking-after", 0.8,
    "a meeting noun in a participle clause: \"Speaking after talks with Y, X said …\"")

NONFINITE_FOLLOWING = Rule(
    "met/nonfinite-following", 0.8,
    "a meeting noun after \"following\": \"Following talks with Y, X announced …\", \"X, "
    "following a meeting with Y, said …\"")


@dataclass(frozen=True)
class Construction:
    """One way of reporting a meeting: its rule, which words trigger it and where its
    participants are."""

    rule: Rule  # id "met/<construction>", a case id of the construction suite; its prior
    trigger: Callable[[Token], bool]
    find: Finder


# --- triggers ---------------------------------------------------------------------------


def verb_of(*constructions: str, nonfinite: str | None = None) -> Callable[[Token], bool]:
    """Meeting verbs of the given classes (``MEET_VERB_CONSTRUCTIONS``), in a clause of their
    own or (``nonfinite``) in a non-finite clause of that kind ("after", "by")."""
    def trigger(tok: Token) -> bool:
        kind = MEET_VERB_CONSTRUCTIONS.get(tok.lemma_.lower())
        if tok.pos_ != "VERB" or kind not in constructions:
            return False
        return nonfinite_kind(tok) == nonfinite if nonfinite else True
    return trigger


ALL_VERBS = tuple(sorted(set(MEET_VERB_CONSTRUCTIONS.values())))


def joint_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in JOINT_VERBS


def activity_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ACTIVITY_VERBS | TAKE_ALONG_VERBS


def meeting_noun(tok: Token) -> bool:
    return nouns.is_meeting_noun(tok) and not nouns.is_activity_noun(tok)


def copula(tok: Token) -> bool:
    return tok.lemma_ == "be"


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction(NONFINITE_AFTER_GERUND, verb_of(*ALL_VERBS, nonfinite="after"),
                 verbs.verb_pair),
    Construction(NONFINITE_BY_GERUND, verb_of(*ALL_VERBS, nonfinite="by"), verbs.verb_pair),
    Construction(VERB_HOST_RECEIVE, verb_of("verb-host-receive"), verbs.verb_pair),
    Construction(VERB_SPEAK_TALK, verb_of("verb-speak-talk"), verbs.verb_pair),
    Construction(VERB_PHONE_CALL, verb_of("verb-phone-call"), verbs.verb_pair),
    Construction(VERB_VISIT, verb_of("verb-visit"), verbs.verb_pair),
    Construction(VERB_MET, verb_of("verb-met"), verbs.verb_pair),
    Construction(ELLIPSIS_GAPPED_OBJECT, verb_of(*ALL_VERBS), verbs.gapped_objects),
    Construction(JOINT_SUBJECT, joint_verb, verbs.joint_subject),
    Construction(SHARED_ACTIVITY, activity_verb, verbs.activity_with),
    Construction(NOUN_EVENT_TOOK_PLACE, nouns.is_meeting_noun, nouns.took_place),
    Construction(NOUN_EVENT_INVOLVING, nouns.is_meeting_noun, nouns.involving),
    Construction(NOUN_EVENT_GATHERED, nouns.is_event_noun, nouns.gathered),
    Construction(NOUN_BETWEEN, nouns.is_meeting_noun, nouns.between),
    Construction(NONFINITE_SPEAKING_AFTER, nouns.is_meeting_noun, nouns.speaking_after),
    Construction(NONFINITE_FOLLOWING, nouns.is_meeting_noun, nouns.following),
    Construction(NOUN_POSSESSOR, nouns.is_meeting_noun, nouns.possessor),
    Construction(LIGHT_VERB_NOUN_WITH, nouns.is_meeting_noun, nouns.light_verb_with),
    Construction(SHARED_ACTIVITY, nouns.is_activity_noun, nouns.held_together),
    Construction(JOINT_SUBJECT, meeting_noun, nouns.held_together),
    Construction(NOUN_EVENT_SERIES, nouns.is_meeting_noun, nouns.series_member),
    Construction(NOUN_EVENT_SERIES, copula, nouns.series_ellipsis),
    Construction(NOUN_WITH, nouns.is_meeting_noun, nouns.adjunct_with),
)

# every rule once, in the order of the table: what the relation declares
RULES: tuple[Rule, ...] = tuple(dict.fromkeys(row.rule for row in CONSTRUCTIONS))


# --- facts ------------------------------------------------------------------------------


def extract_met(ctx: DocContext) -> Iterator[Meeting]:
    """Every meeting the article reports, one fact per sentence and pair (or group)."""
    facts = []
    for tok in tokens_of(ctx.doc):
        rows = [row for row in CONSTRUCTIONS if row.trigger(tok)]
        if not rows or unrealised(tok):
            continue
        status = "planned" if _planned(tok) else "held"
        mode = _mode(tok)
        for row in rows:
            for found in row.find(ctx, tok):
                facts.extend(_facts(ctx, found, tok, row.rule.id, status, mode))
    seen: set[tuple] = set()
    # in the order found: the first row to give a pair in a sentence names it
    for fact in sorted(facts, key=lambda f: f.evidence.start):
        key = (fact.participants, fact.status, fact.evidence.start)
        if key not in seen:
            seen.add(key)
            yield fact


def _facts(ctx: DocContext, found: Found, tok: Token, rule: str, status: str,
           mode: str | None) -> Iterator[Meeting]:
    if found.second:
        groups = [(a, b) for a in found.first for b in found.second if a.cluster != b.cluster]
    else:
        groups = [tuple(found.first)]
    for group in groups:
        keys = tuple(sorted({person_key(r.cluster) for r in group}))
        if len(keys) < 2:
            continue
        also = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.head != tok else None
        yield Meeting(keys, _evidence(ctx, tok, rule, group), status=status, mode=mode,
                      date=ctx.when(tok, also=also, planned=status == "planned"),
                      place=_place(ctx, tok, also))


def _evidence(ctx: DocContext, tok: Token, rule: str, group) -> Evidence:
    chain = tuple(s for r in group if len(r.chain) > 1 for s in r.chain)
    sent = sentence_of(tok)
    return make_evidence(ctx, sent.start_char, sent.end_char, extractor=EXTRACTOR, rule=rule,
                         chain=chain, resolved=bool(chain))


def _planned(tok: Token) -> bool:
    """A meeting still to come: "will meet", "plans to meet", "could meet", "is to meet", "an
    upcoming meeting", "ahead of a meeting with Y", "prior to talks with Y", "suggested a call
    with Y" (proposed, not held)."""
    if prospective(tok):
        return True
    if tok.pos_ in ("NOUN", "PROPN"):
        if {c.lower_ for c in tok.children} & PLANNED_MARKERS:
            return True
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in PROPOSAL_VERBS:
            return True
        return head.lower_ in nouns.COMPOUND_PREPS or (
            head.lower_ in ("of", "to") and head.head.lower_ in nouns.COMPOUND_PREPS)
    return False


CALL_WORDS = frozenset({"phone", "telephone", "video", "call", "videoconference", "online",
                        "virtual"})


def _mode(tok: Token) -> str | None:
    """"in-person", "call", or None: from the trigger word, a call word near it overriding."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        default = MEET_VERBS.get(lemma)
    else:
        key = nouns.noun_key(tok) or lemma
        default = MEETING_NOUNS.get(key, ACTIVITY_NOUNS.get(key))
    words = {t.lower_ for t in tok.subtree} | {c.lower_ for c in tok.children}
    if words & CALL_WORDS and default != "in-person":
        return "call"
    if "phone" in words or "telephone" in words:
        return "call"
    return default


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

