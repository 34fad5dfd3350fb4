"""The argument finders every roles construction shares: which countries a phrase names, who
would do what a verb says, who said the clause a word sits in, and where a deployment goes.

A country is named by its name, a capital or an institution standing for it ("Ankara", "the
Kremlin"), a body acting for it ("Russia's foreign ministry", "the Ukrainian delegation"), or
a person speaking for it (their nationality, when a title gives exactly one).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.article.context import CountryMention, DocContext
from kg.article.lexicon import PLEDGE_WORDS, READY_WORDS, SPEECH_VERBS
from kg.article.syntax import base_forms, conjuncts, planned, prep_objects, subjects

# bodies that speak and act for a country
STATE_BODIES = frozenset({"ministry", "government", "official", "officials", "administration",
                          "parliament", "cabinet", "leadership", "authorities", "authority",
                          "diplomat", "diplomats", "embassy", "military", "army", "delegation",
                          "negotiator", "negotiators"})
# nouns of an undertaking whose possessor is the one acting: "the Ukrainian delegation's work
# focused on securing guarantees", "Kyiv's efforts to obtain guarantees"
UNDERTAKING_NOUNS = frozenset({"work", "effort", "efforts", "aim", "goal", "bid", "push",
                               "priority", "focus", "task", "attempt", "drive"})
# the words a speaker uses for their own country: "the premier said the country would
# contribute soldiers"
OWN_COUNTRY_NOUNS = frozenset({"country", "government", "nation"})
# "smaller states such as Estonia, Belgium and Denmark"
EXAMPLE_PREPS = frozenset({"as", "like", "including"})


def lemmas(tokens: Iterable[Token]) -> set[str]:
    """The lemmas and lower-cased words of ``tokens``."""
    tokens = list(tokens)
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def countries(ctx: DocContext, tokens: list[Token], *, own: bool = False) -> list[CountryMention]:
    """The countries ``tokens`` name (with their conjuncts and the examples they list), once
    each, in order. With ``own``, "the country" in a person's reported speech is theirs."""
    out: list[CountryMention] = []
    for tok in _with_examples(_speakers_for_pronouns(tokens)):
        for t in (tok, *conjuncts(tok)):
            for c in _named_by(ctx, t, own=own):
                if c.kind == "demonym" and t.pos_ != "PROPN" and t.dep_ != "nsubj":
                    continue  # "Ukrainian cities": an adjective does not act
                if all(o.iso2 != c.iso2 for o in out):
                    out.append(c)
    return out


def _speakers_for_pronouns(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        out.extend(speaker_subject(t) or [t])
    return out


def _with_examples(tokens: list[Token]) -> list[Token]:
    return tokens + [p for t in tokens for p in prep_objects(t, EXAMPLE_PREPS)]


def _named_by(ctx: DocContext, t: Token, *, own: bool) -> list[CountryMention]:
    """The countries one token names: itself, a body's modifier, an undertaking's possessor,
    or the nationality of the person it resolves to."""
    found = ctx.countries_of(t)
    if found:
        return found
    lemma = t.lemma_.lower()
    if lemma in STATE_BODIES or t.lower_ in UNDERTAKING_NOUNS:
        # "Russia's foreign ministry", "the Russian government", "Polish officials"
        links = ("poss",) if t.lower_ in UNDERTAKING_NOUNS else ("poss", "amod", "compound", "nmod")
        for mod in t.children:
            if mod.dep_ in links:
                found = ctx.countries_of(mod) or _named_by(ctx, mod, own=False)
                if found:
                    return found
    person = nationality(ctx, t)
    if person is not None:
        return [person]
    if own and t.lower_ in OWN_COUNTRY_NOUNS and any(c.lower_ == "the" for c in t.children):
        for speaker in reported_by(t):
            found = [n for n in [nationality(ctx, speaker)] if n is not None]
            if found:
                return found
    return []


def nationality(ctx: DocContext, t: Token) -> CountryMention | None:
    """The one country of the person ``t`` resolves to ("its openness", "his country")."""
    res = ctx.person(t)
    if res is None and t.lower_ in OWN_COUNTRY_NOUNS:
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        res = ctx.person(owner) if owner is not None else None
    if res is None:
        return None
    nat = ctx.clusters[res.cluster].countries
    if len(nat) != 1:
        return None
    return CountryMention(next(iter(nat)), "person", t.i, t.i + 1)


def countries_named(ctx: DocContext, tokens: list[Token]) -> list[CountryMention]:
    """The countries the tokens themselves name (no conjuncts, bodies or people)."""
    out: list[CountryMention] = []
    for t in tokens:
        c = ctx.country(t)
        if c is not None and all(o.iso2 != c.iso2 for o in out):
            out.append(c)
    return out


def prospective(verb: Token) -> bool:
    """A commitment rather than a report of troop movements: "ready to send", "will
    deploy", "offered to contribute", and a verb of pledging itself ("has offered troops")."""
    if planned(verb):
        return True
    current = verb
    for _ in range(4):
        if base_forms(current) & PLEDGE_WORDS:
            return True
        if current.head == current:
            return False
        current = current.head
    return False


def agents(verb: Token) -> list[Token]:
    """Who would do ``verb``: its subject, climbing through readiness ("ready to send",
    "its openness to deploying"), but not through other nouns ("the minister's suggestion
    of deploying peacekeepers" is the minister's idea, not the listener's pledge)."""
    current = verb
    for _ in range(6):
        if current != verb and current.pos_ in ("NOUN", "PROPN"):
            if current.lemma_.lower() not in READY_WORDS and current.lower_ not in READY_WORDS:
                return [c for c in current.children if c.dep_ == "poss"]
        found = subjects(current, max_steps=1)
        if found:
            return found
        if current.head == current:
            return []
        current = current.head
    return []


def speaker_subject(tok: Token) -> list[Token] | None:
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
        if clause.head == clause:
            break
        clause = clause.head
    return None


def reported_by(tok: Token) -> list[Token]:
    """The speaker of the reported clause ``tok`` sits in ("X said … would be unacceptable")."""
    current = tok
    for _ in range(4):
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in SPEECH_VERBS:
            return [c for c in current.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if current.head == current:
            return []
        current = current.head
    return []


def destinations(ctx: DocContext, verb: Token) -> set[str]:
    """Countries a deployment goes to ("send troops to Ukraine", "in Ukraine")."""
    isos: set[str] = set()
    for t in verb.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "in", "into", "for", "on"):
            isos.update(c.iso2 for c in ctx.countries_of(t))
    return isos
