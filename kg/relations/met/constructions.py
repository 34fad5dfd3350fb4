"""The constructions of person–met–person, one row each: rule id, trigger, argument finder.

A trigger says which words can name a meeting (verbs of meeting, hosting, talking, calling
and visiting; meeting, activity and event nouns; an ordinal standing for a meeting); a finder
reads the participants from general argument positions (``verbs.py``, ``nouns.py``). The rule
id is the construction's id in the construction suite (``tests/construction/cases_met.py``)
and its prior is declared in ``RULES``. Rows are tried in order and the first to give a pair
in a sentence names it.

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
    TAKE_ALONG_VERBS,
)
from kg.article.syntax import governs, nonfinite_kind, prospective, unrealised
from kg.model import Evidence
from kg.nlp import sentence_of, tokens_of
from kg.relations.met import nouns, verbs
from kg.relations.met.model import EXTRACTOR, Meeting
from kg.relations.met.verbs import Found

Finder = Callable[[DocContext, Token], Iterator[Found]]


@dataclass(frozen=True)
class Construction:
    """One way of reporting a meeting: which words trigger it and where its participants are."""

    rule: str  # "met/<construction>", a case id of the construction suite
    trigger: Callable[[Token], bool]
    find: Finder


# --- triggers ---------------------------------------------------------------------------


def verb_of(*constructions: str, nonfinite: str | None = None) -> Callable[[Token], bool]:
    """Meeting verbs of the given classes (``MEET_VERB_CONSTRUCTIONS``), in a clause of their
    own or (``nonfinite``) in a non-finite clause of that kind ("after", "by")."""
    def trigger(tok: Token) -> bool:
        if tok.pos_ != "VERB" or MEET_VERB_CONSTRUCTIONS.get(tok.lemma_.lower()) not in constructions:
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
    Construction("met/nonfinite-after-gerund", verb_of(*ALL_VERBS, nonfinite="after"),
                 verbs.verb_pair),
    Construction("met/nonfinite-by-gerund", verb_of(*ALL_VERBS, nonfinite="by"), verbs.verb_pair),
    Construction("met/verb-host-receive", verb_of("verb-host-receive"), verbs.verb_pair),
    Construction("met/verb-speak-talk", verb_of("verb-speak-talk"), verbs.verb_pair),
    Construction("met/verb-phone-call", verb_of("verb-phone-call"), verbs.verb_pair),
    Construction("met/verb-visit", verb_of("verb-visit"), verbs.verb_pair),
    Construction("met/verb-met", verb_of("verb-met"), verbs.verb_pair),
    Construction("met/ellipsis-gapped-object", verb_of(*ALL_VERBS), verbs.gapped_objects),
    Construction("met/joint-subject", joint_verb, verbs.joint_subject),
    Construction("met/shared-activity", activity_verb, verbs.activity_with),
    Construction("met/noun-event-took-place", nouns.is_meeting_noun, nouns.took_place),
    Construction("met/noun-event-involving", nouns.is_meeting_noun, nouns.involving),
    Construction("met/noun-event-gathered", nouns.is_event_noun, nouns.gathered),
    Construction("met/noun-between", nouns.is_meeting_noun, nouns.between),
    Construction("met/nonfinite-speaking-after", nouns.is_meeting_noun, nouns.speaking_after),
    Construction("met/nonfinite-following", nouns.is_meeting_noun, nouns.following),
    Construction("met/noun-possessor", nouns.is_meeting_noun, nouns.possessor),
    Construction("met/light-verb-noun-with", nouns.is_meeting_noun, nouns.light_verb_with),
    Construction("met/shared-activity", nouns.is_activity_noun, nouns.held_together),
    Construction("met/joint-subject", meeting_noun, nouns.held_together),
    Construction("met/noun-event-series", nouns.is_meeting_noun, nouns.series_member),
    Construction("met/noun-event-series", copula, nouns.series_ellipsis),
    Construction("met/noun-with", nouns.is_meeting_noun, nouns.adjunct_with),
)


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
                facts.extend(_facts(ctx, found, tok, row.rule, status, mode))
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
    upcoming meeting", "ahead of a meeting with Y", "prior to talks with Y"."""
    if prospective(tok):
        return True
    if tok.pos_ in ("NOUN", "PROPN"):
        if {c.lower_ for c in tok.children} & PLANNED_MARKERS:
            return True
        head = tok.head
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

