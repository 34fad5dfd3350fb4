"""Opponents: the constructions that give a country opposing a form of guarantee (membership,
troops, a deployment). Each ``find_*`` is the argument finder of one construction (rule
``roles/opponent-*``); each ``is_*`` its trigger."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.article.context import CountryMention
from kg.article.lexicon import (
    DEMAND_WORDS,
    GUARANTEE_NOUNS,
    OPPOSE_ADJECTIVES,
    OPPOSE_TOPICS,
    OPPOSE_VERBS,
    PROPOSAL_NOUNS,
    REGARD_VERBS,
    THREAT_NOUNS,
)
from kg.article.syntax import negated, subjects
from kg.relations.roles.arguments import countries, lemmas, prep_objects, reported_by
from kg.relations.roles.model import Scene

# what is refused must be a form of guarantee itself, not "a ceasefire without guarantees"
FORCE_TOPICS = OPPOSE_TOPICS - GUARANTEE_NOUNS - {"guarantee"}
# what makes forces a deployment abroad rather than a country's own army ("Russia's troop
# buildup"): a word of deploying, or forces called foreign or placed somewhere
DEPLOYMENT_WORDS = frozenset({"deployment", "presence", "stationing", "peacekeeper",
                              "peacekeepers", "peacekeeping", "contingent", "contingents",
                              "mission"})
DEPLOY_VERBS = frozenset({"send", "deploy", "station", "dispatch", "base", "post"})
FOREIGN_WORDS = frozenset({"foreign", "western", "european", "nato", "allied", "international",
                           "multinational", "alliance"})
# prepositions of time and of exclusion: what hangs below them is not what is opposed
ASIDE_PREPS = frozenset({"after", "before", "during", "since", "until", "following", "amid",
                         "without"})
TIME_NOUNS = frozenset({"day", "week", "month", "year", "time", "eve", "morning", "evening",
                        "night", "weekend", "occasion"})
ACCEPT_VERBS = frozenset({"accept", "allow", "tolerate", "permit", "countenance", "agree",
                          "consent", "support", "back", "endorse"})


def what_is_meant(tok: Token) -> list[Token]:
    """The words of ``tok``'s phrase that say what is opposed: its subtree without time
    adverbials ("a day after backing guarantees", "on the day the allies discussed troops")
    and without what is excluded ("a Ukraine without foreign troops")."""
    if _aside(tok):
        return []
    out = [tok]
    for c in tok.children:
        out.extend(what_is_meant(c))
    return sorted(out, key=lambda t: t.i)


def _aside(tok: Token) -> bool:
    if tok.dep_ in ("npadvmod", "advcl"):
        return True
    if tok.dep_ == "prep" and tok.lower_ in ASIDE_PREPS:
        return True
    return tok.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in TIME_NOUNS
                                      for p in tok.children)


def foreign_deployment(tokens) -> bool:
    """Whether ``tokens`` speak of forces deployed abroad: "the deployment of …", "European
    peacekeepers", "any Western contingent", "soldiers stationed in Ukraine"."""
    for t in tokens:
        if t.lemma_.lower() in DEPLOYMENT_WORDS or t.lower_ in DEPLOYMENT_WORDS:
            return True
        if t.lemma_.lower() in DEPLOY_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_TOPICS
                                                    for c in t.children):
            return True  # "send troops to Ukraine"
        if t.lemma_.lower() in FORCE_TOPICS and any(
                (c.dep_ in ("amod", "compound") and c.lower_ in FOREIGN_WORDS)
                or (c.dep_ in ("prep", "acl") and c.lower_ in ("in", "on", "into", "stationed",
                                                               "deployed"))
                for c in t.children):
            return True
    return False


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
    topic = [t for c in tok.children if c.dep_ in ("dobj", "prep", "xcomp", "ccomp")
             for t in what_is_meant(c)]
    if tok.dep_ == "relcl" and tok.head.head != tok.head:
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


# --- roles/opponent-called-threat ------------------------------------------------------------

def is_threat_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in THREAT_NOUNS


def _regards(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in REGARD_VERBS


def regarding(tok: Token) -> tuple[Token, list[Token]] | None:
    """The verb that calls something ``tok``, and that something: "views [it] as a threat"
    (also with "as …" hung lower, inside the object), "called [it] a provocation" (``tok`` an
    object predicate, an apposition of the object, or a small clause: "considers [it] a
    target"), "[it] would be regarded as a provocation"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
        verb = next((v for v in _climb(head.head, 3) if _regards(v)), None)
    elif tok.dep_ in ("oprd", "attr") and _regards(head):
        verb = head
    elif tok.dep_ == "appos" and head.dep_ == "dobj" and _regards(head.head):
        return head.head, [head]
    elif tok.dep_ in ("ccomp", "xcomp") and _regards(head):
        return head, [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        return None
    if verb is None:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    what = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    return verb, what


def _climb(tok: Token, steps: int) -> list[Token]:
    """``tok`` and the words above it through objects and modifiers of nouns."""
    out = [tok]
    while len(out) <= steps and out[-1].dep_ in ("acl", "dobj", "pobj", "prep", "relcl", "xcomp") \
            and out[-1].head != out[-1]:
        out.append(out[-1].head)
    return out


def find_regarder(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """A country that calls foreign forces in Ukraine a threat or a provocation: "X called the
    presence of foreign troops a provocation", "X views any contingent as a threat", "… would
    be regarded as a provocation, X's ministry said"."""
    if tok.lemma_.lower() == "line" and not any(c.lower_ == "red" for c in tok.children):
        return
    found = regarding(tok)
    if found is None or negated(found[0], climb=0):
        return
    verb, what = found
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    topic = [t for w in what for t in w.subtree]
    standing_for = {w.lemma_.lower() for w in what} & PROPOSAL_NOUNS
    if not (foreign_deployment(topic) or (standing_for and foreign_deployment(scene.sent))):
        return
    if passive:
        holders = [p for c in verb.children if c.dep_ == "agent" for p in c.children
                   if p.dep_ == "pobj"] or reported_by(verb)
    else:
        holders = subjects(verb)
    yield from countries(scene.ctx, holders)


# --- roles/opponent-demand-exclusion ---------------------------------------------------------

def is_excluded_force(tok: Token) -> bool:
    """Forces a clause excludes: "without foreign troops", "no Western troops"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in FORCE_TOPICS:
        return False
    return (tok.dep_ == "pobj" and tok.head.lower_ == "without") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def find_excluder(scene: Scene, tok: Token) -> Iterator[CountryMention]:
    """A country demanding that foreign forces stay out opposes them: "Russia's demand for a
    Ukraine without foreign troops", "Moscow insists that no Western troops be deployed", "X
    said there should be no foreign troops"."""
    if not _foreign_force(tok):
        return
    head = tok.head
    if head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
        # "Moscow said there should be no foreign troops in Ukraine" (a demand, not a report:
        # "there were no foreign troops")
        if not negated(head, climb=0) and any(c.dep_ == "aux" and c.lower_ in ("should", "must")
                                              for c in head.children):
            yield from countries(scene.ctx, reported_by(head))
        return
    current = tok
    for _ in range(5):
        if current.head == current:
            return
        current = current.head
        if current.lemma_.lower() in DEMAND_WORDS:
            break
    else:
        return
    if current.lemma_.lower() not in DEMAND_WORDS or negated(current, climb=0):
        return
    if current.pos_ == "VERB":
        holders = subjects(current)
    else:
        holders = [c for c in current.children if c.dep_ == "poss"] + prep_objects(current, {"by"})
    yield from countries(scene.ctx, holders)


def _foreign_force(tok: Token) -> bool:
    """Forces that would come from abroad ("foreign troops", "European peacekeepers"), not a
    country's own or an invader's ("Russian troops")."""
    if tok.lemma_.lower() in ("peacekeeper", "peacekeepers", "contingent", "contingents"):
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in FOREIGN_WORDS for c in tok.children)
