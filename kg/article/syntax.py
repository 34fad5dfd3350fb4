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
        if current.dep_ not in CLIMB or current.head is current or current.dep_ == "relcl":
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
        if current.head is current:
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
        if current.head is current:
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
        if current is not tok and base_forms(current) & PLANNED_VERBS:
            return True
    return False


def refused(tok: Token) -> bool:
    """Whether a verb of refusal or cancelling governs the event ("refused to meet",
    "cancelled the meeting")."""
    return any(
        current is not tok and base_forms(current) & REFUSE_VERBS for current in _governors(tok)
    )


# clause links that start another event: what hangs below them is not about this one
CLAUSES = frozenset({"ccomp", "xcomp", "relcl", "acl", "advcl", "parataxis", "conj", "csubj"})


def governs(head: Token, tok: Token, *, steps: int = 8) -> bool:
    """Whether ``tok`` hangs from ``head`` without crossing into another clause."""
    current = tok
    for _ in range(steps):
        if current == head:
            return True
        if current.dep_ in CLAUSES or current.head is current:
            return False
        current = current.head
    return False

