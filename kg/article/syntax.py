"""Small dependency-tree helpers shared by the extractors."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.article.lexicon import NEGATION_WORDS, PLANNED_VERBS, REFUSE_VERBS

# Climbing from a non-finite verb or a noun to the clause that carries the subject.
CLIMB = frozenset({"xcomp", "acomp", "advcl", "pcomp", "prep", "pobj", "dobj", "conj", "ccomp",
                   "acl", "attr", "oprd", "relcl", "amod"})


def subjects(verb: Token, *, max_steps: int = 5) -> list[Token]:
    """The subject tokens (with coordinated ones) of ``verb`` or of the clause it hangs from.

    Stops at the first clause with a subject. For a relative clause the antecedent is not
    the subject, so the climb stops there unless the clause has its own subject.
    """
    current = verb
    for _ in range(max_steps):
        found = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            out: list[Token] = []
            for s in found:
                out.append(s)
                out.extend(conjuncts(s))
            return out
        if current.dep_ not in CLIMB or current.head == current or current.dep_ == "relcl":
            return []
        if current.dep_ == "amod":  # "Vilnius ready to send": the noun "ready" modifies
            return [current.head, *conjuncts(current.head)]
        current = current.head
    return []


def conjuncts(tok: Token) -> list[Token]:
    out: list[Token] = []
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


def negated(tok: Token, *, climb: int = 2) -> bool:
    """Whether ``tok`` or the verbs it depends on (up to ``climb`` steps) are negated."""
    current = tok
    for _ in range(climb + 1):
        if any(c.dep_ == "neg" or c.lower_ in NEGATION_WORDS for c in current.children):
            return True
        if current.dep_ not in ("xcomp", "acomp", "pcomp", "prep", "dobj", "pobj", "advcl", "conj"):
            break
        if current.head == current:
            break
        current = current.head
    return False


def base_forms(tok: Token) -> set[str]:
    """The lemma and the lower-cased word, and the word without -s/-ed/-ing: the small model
    sometimes lemmatises wrongly ("hopes" → "hop")."""
    word = tok.lower_
    forms = {tok.lemma_.lower(), word}
    for suffix, repl in (("ies", "y"), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: -len(suffix)] + repl)
    return forms


def _governors(tok: Token, steps: int = 4) -> Iterator[Token]:
    """``tok`` and the words it hangs from, through complements and subjects of passives."""
    current = tok
    for _ in range(steps):
        yield current
        if current.dep_ not in ("xcomp", "pcomp", "prep", "pobj", "dobj", "advcl", "acl", "ccomp",
                                "nsubjpass", "nsubj", "acomp", "attr"):
            return
        if current.head == current:
            return
        current = current.head


def planned(tok: Token) -> bool:
    """Whether the event ``tok`` names has not happened yet: future or modal auxiliaries,
    or governed by a word of planning ("plans to meet", "is due to meet", "hopes to",
    "a call … is scheduled for")."""
    for current in _governors(tok):
        for c in current.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "'ll", "might", "may"):
                return True
        if current != tok and base_forms(current) & PLANNED_VERBS:
            return True
    return False


def refused(tok: Token) -> bool:
    """Whether a verb of refusal or cancelling governs the event ("refused to meet",
    "cancelled the meeting")."""
    return any(
        current != tok and base_forms(current) & REFUSE_VERBS for current in _governors(tok)
    )


# clause links that start another event: what hangs below them is not about this one
CLAUSES = frozenset({"ccomp", "xcomp", "relcl", "acl", "advcl", "parataxis", "conj", "csubj"})


def governs(head: Token, tok: Token, *, steps: int = 8) -> bool:
    """Whether ``tok`` hangs from ``head`` without crossing into another clause."""
    current = tok
    for _ in range(steps):
        if current == head:
            return True
        if current.dep_ in CLAUSES or current.head == current:
            return False
        current = current.head
    return False



# --- Shared tree walking: arguments ------------------------------------------------------------
# Labels as named sets; spaCy's own ``Token.conjuncts``, ``Token.ancestors`` and ``Token.head``
# do the walking.

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "dative"})
# words inside a name's noun phrase: what links a title or a first name to the name's head
NAME_LINKS = frozenset({"compound", "amod", "flat", "nmod"})


def climb(tok: Token, through: frozenset[str], *, steps: int = 6) -> Iterator[Token]:
    """``tok`` and the words above it, as long as each link is one of ``through``."""
    current = tok
    for _ in range(steps):
        yield current
        if current.dep_ not in through or current.head == current:
            return
        current = current.head


def coordinated(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("X, Y and Z"), by spaCy's ``conjuncts``, and
    a first conjunct the small model hung inside the next one's name ("Doe and French President
    John Roe": "Doe" a modifier of "Roe" carrying the "and")."""
    out = [tok, *tok.conjuncts]
    for t in list(out):
        for mod in t.children:
            if mod.dep_ in NAME_LINKS and any(c.dep_ == "cc" for c in mod.children):
                out.append(mod)
                out.extend(c for c in mod.conjuncts if c not in out)
    return sorted(set(out), key=lambda t: t.i)


# words that make coordinated subjects act each on their own: "X and Y each spoke", "… separately"
DISTRIBUTIVES = frozenset({"each", "separately", "individually", "respectively", "independently",
                           "separate"})


def distributive(verb: Token) -> bool:
    """Whether a clause says its subjects acted each on their own: "each" with the verb or its
    subject, "separately", "in separate interviews", "held separate talks"."""
    near = [*verb.children, *(g for s in verb.children if s.dep_ in SUBJECTS | OBJECTS
                              and s.lower_ not in ("other", "another")  # "each other"
                              for g in s.children)]
    near += [g for p in verb.children if p.dep_ == "prep"
             for o in p.children if o.dep_ == "pobj" for g in o.children]
    return any(t.lower_ in DISTRIBUTIVES for t in near)


def has_coordinator(tok: Token) -> bool:
    """Whether a coordination is joined by a word ("X and Y"), not by a comma alone: the small
    model often reads "X, Y" (an apposition, a name after a programme's title) as one."""
    return any(c.dep_ == "cc" for t in coordinated(tok) for c in t.children)


def object_controlled(verb: Token) -> bool:
    """Whether a to-infinitive's subject is its governor's object, not its subject: "X called
    on Y to meet Z", "X urged Y to meet Z", "X persuaded Y to talk to Z" (Y is to meet Z)."""
    if verb.dep_ != "xcomp" or verb.head == verb:
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
        g.dep_ == "pobj" for g in c.children)) for c in verb.head.children if c.i < verb.i)


def appositions(tok: Token) -> list[Token]:
    """The appositions of ``tok`` ("the UK's ambassador, Jane Doe"), and a person's name the
    small model hung on the object of ``tok``'s own preposition instead ("the envoy to London,
    Jane Doe": "Doe" an apposition of "London")."""
    out = [c for c in tok.children if c.dep_ == "appos"]
    if tok.pos_ != "NOUN":
        return out
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if (pobj.dep_ == "pobj" and pobj.pos_ in ("PROPN", "NOUN")
                    and pobj.ent_type_ != "PERSON"):
                out.extend(c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    return out


def described(tok: Token, *, limit: int = 12) -> list[Token]:
    """``tok`` and every word coordinated with it or in apposition to it, and theirs in turn:
    "by the ambassador, Jane Doe, and the envoy, John Roe" gives all four. A later conjunct
    given alone does not take the earlier ones: it is the subject of a second clause the
    parser took into the first one's object ("A met B, and C met D": C, not B)."""
    out = [tok]
    for current in out:
        if len(out) >= limit:
            break
        coord = coordinated(current)
        if current == tok and tok.dep_ == "conj":
            coord = [t for t in coord if t.i >= tok.i]
        for t in (*coord, *appositions(current)):
            if t not in out:
                out.append(t)
    return sorted(out, key=lambda t: t.i)


def noun_phrase_after(tok: Token) -> Token | None:
    """The head of the noun phrase that starts right after ``tok``, however the parser hung it:
    "with Irish President Siobhan Ni Mhurchu" where "with" got no object ("Irish" → "President"
    → "Mhurchu")."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return None
    current = doc[tok.i + 1]
    for _ in range(8):
        if current.dep_ not in NAME_LINKS or current.head.i < current.i:
            break
        current = current.head
    return current if current.pos_ in ("PROPN", "NOUN", "PRON") else None


def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions in ``preps``, coordinated ones included ("with Y
    and Z", "with Y and, separately, with Z"); an object the parser hung elsewhere is taken from
    the words after the preposition."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ not in ("prep", "dative", "agent") or child.lower_ not in preps:
            continue
        for prep in (child, *(c for c in child.conjuncts if c.lower_ == child.lower_)):
            out.extend(t for t in objects_of(prep) if t not in out)
    return out


def objects_of(prep: Token) -> list[Token]:
    """The object of one preposition and the words coordinated with it; an object the parser
    hung elsewhere is taken from the words after the preposition."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        after = noun_phrase_after(prep)
        objs = [after] if after is not None else []
    return [t for obj in objs for t in coordinated(obj)]


def agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive: "was received by X (and Y)"."""
    return prep_objects(verb, frozenset({"by"}))


def own_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` itself, coordinated ones included."""
    return [t for s in verb.children if s.dep_ in SUBJECTS for t in coordinated(s)]


def parallel_head(verb: Token) -> Token:
    """The verb a coordinated verb is parallel with: its head, unless the parser hung it on the
    complement clause of that verb's head while its form matches the head ("Doe has said an
    accord is near and has spoken to Roe": "spoken" goes with "said", not with "is")."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ not in ("ccomp", "xcomp") or head.head == head:
        return head

    def form(v: Token) -> tuple:
        return v.tag_, tuple(c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass"))

    return head.head if form(verb) == form(head.head) != form(head) else head


# Prepositions and participles that make a non-finite clause or a noun an adverbial of time.
TEMPORAL_PREPS = frozenset({"after", "before", "following", "since", "upon", "on", "during"})


def nonfinite_kind(verb: Token) -> str | None:
    """How a verb without a subject of its own hangs from the clause that gives it one:
    "after" ("After meeting Y, X …", "Having met Y, X …", "Before hosting Y, X …"), "by" ("X
    ended the week by sitting down with Y"), or None."""
    if own_subjects(verb) or verb.tag_ not in ("VBG", "VBN"):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in TEMPORAL_PREPS:
        return "after"
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("by", "in"):
        return "by"
    if verb.dep_ == "advcl" and any(c.lower_ == "having" for c in verb.children):
        return "after"
    return None


def controller(tok: Token) -> list[Token]:
    """The subject of the clause a non-finite verb, a participle or a prepositional phrase
    belongs to: the main clause's subject ("After meeting Y, X flew home" → X), or the person
    a participle phrase hangs on ("X, following a meeting with Y, said" → X)."""
    for current in climb(tok, CLIMB | {"npadvmod"}, steps=8):
        if current != tok and current.pos_ in ("PROPN", "NOUN", "PRON") and current.dep_ in (
                SUBJECTS | {"appos"}) and tok.dep_ != "pobj":
            return coordinated(current)
        found = own_subjects(current)
        if found and current != tok:
            return found
        if current.dep_ == "relcl":
            return []
    return []


# --- Shared tree walking: whether an event happened --------------------------------------------

MODAL_POSSIBLE = frozenset({"could", "might", "may", "should", "can"})
# what stands between an event word and a refusal or cancellation of it: complements, not
# adverbials ("After talking with Y, X cancelled his trip" cancels the trip, not the talk)
COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj", "nsubjpass", "pobj", "prep"})
# verbs whose subject is an event that happens: "no meeting took place"
OCCUR_VERBS = frozenset({"take", "happen", "occur", "materialise", "materialize"})


def prospective(tok: Token) -> bool:
    """Whether the event ``tok`` names is still to come: ``planned`` (future, plans, hopes),
    a modal of possibility ("could meet"), or "be to" ("where he is to meet Y")."""
    if planned(tok):
        return True
    for current in climb(tok, frozenset({"xcomp", "conj", "dobj", "pobj", "prep"}), steps=3):
        for c in current.children:
            if c.dep_ == "aux" and c.lower_ in MODAL_POSSIBLE:
                return True
        if current != tok and current.lemma_ == "be" and tok.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return True
    return False


def unrealised(tok: Token) -> bool:
    """Whether the text says the event ``tok`` names did not or will not happen: negated ("did
    not meet", "no meeting", "no talks took place"), not yet ("has yet to meet"), refused or
    called off through a complement ("refused to meet", "the call was called off", "cancelled
    the talks"), but not a refusal in another clause ("After talking with Y, X cancelled his
    trip") nor a meeting that happened without result ("the talks did not produce a deal")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    path = list(climb(tok, COMPLEMENTS | {"conj"}, steps=5))
    if tok.dep_ == "nsubj" and tok.head.lemma_ in OCCUR_VERBS:
        path.append(tok.head)
    for current in path:
        if current.dep_ == "prep" and (current.lower_ in TEMPORAL_PREPS or (
                current.head.pos_ in ("VERB", "AUX")
                and current.head.lemma_ not in ("participate", "engage"))):
            break  # an adverbial: "At talks with Y, X did not say …"
        if any(c.dep_ == "neg" or c.lower_ in NEGATION_WORDS for c in current.children):
            return True
        if current != tok and (base_forms(current) & REFUSE_VERBS or _called_off(current)):
            return True
        if current != tok and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                      for c in current.children):
            return True  # "has yet to meet"
        if current.dep_ == "conj":
            break  # a coordinated clause has its own negation
    return False


def _called_off(verb: Token) -> bool:
    return verb.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off"
                                         for c in verb.children)
