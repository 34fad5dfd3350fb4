"""Who a meeting's argument names: a person, a pair, or nobody.

An argument position (a subject, a with-object, a possessor) gives tokens; ``people`` turns
them into the people they name. Besides names and what coreference resolved (``ctx.person``),
it reads what only a meeting needs:

* "I" or "me" inside a quote is its speaker ('"I met Y," X said');
* "him" or "her" as an object is the nearest person named before who fits and is not the
  clause's own subject ("X arrived. Y hosted her");
* a plural description ("the two leaders", "both presidents", "the sides") is the two people
  of the last sentence that named exactly two, or a pair named after a colon ("The ministers
  met over coffee: X and Y …");
* a group noun lists people ("leaders including X, Y and Z").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.article.context import DocContext
from kg.article.coref import Resolution
from kg.article.lexicon import MEET_VERBS, MEETING_NOUNS, PAIR_NOUNS, SIDE_NOUNS, TITLE_WORDS
from kg.article.syntax import appositions, coordinated, described
from kg.nlp import sentence_of

GROUP_NOUNS = frozenset({"leader", "president", "minister", "head", "official", "diplomat",
                         "envoy", "delegate", "participant", "chief", "counterpart"})
FIRST_PERSON = frozenset({"i", "me"})
OBJECT_PRONOUNS = {"him": "male", "her": "female"}
PAIR_WINDOW = 3  # sentences back a plural description may reach


def people(ctx: DocContext, tokens: list[Token], *, expand: bool = True) -> list[Resolution]:
    """The people ``tokens`` name, each once; with ``expand``, also those coordinated with or
    in apposition to them ("X and Y", "the UK's ambassador, Jane Doe"). A description with a
    name in apposition is that name, not a person coreference might find for it alone."""
    out: list[Resolution] = []
    for tok in tokens:
        words = described(tok) if expand else [tok]
        for word in words:
            if expand and word.pos_ == "NOUN" and any(person(ctx, a) for a in appositions(word)):
                continue
            for res in person(ctx, word):
                if all(r.cluster != res.cluster for r in out):
                    out.append(res)
    return out


def person(ctx: DocContext, tok: Token) -> list[Resolution]:
    """The person (or the pair) one token names, if any."""
    if tok.lower_ in OBJECT_PRONOUNS and tok.dep_ in ("dobj", "pobj") and tok.tag_ == "PRP":
        # before coreference, which may take the clause's own subject: "Y hosted her" is not Y
        found = _object_pronoun(ctx, tok)
        return [found] if found is not None else []
    res = ctx.person(tok) or _titled(ctx, tok)
    if res is not None:
        return [res]
    if tok.lower_ in FIRST_PERSON and ctx.inside_quote(tok.idx):
        speaker = _quote_speaker(ctx, tok)
        return [speaker] if speaker is not None else []
    return pair(ctx, tok) or _listed(ctx, tok)


def _titled(ctx: DocContext, tok: Token) -> Resolution | None:
    """A title the parser made the head of a coordination, its name hung elsewhere ("between
    X and Slovak Prime Minister Juraj Hrasko" with "Minister" the conjunct): the name that
    starts right after the title's words."""
    nxt = tok.i + 1
    if tok.lower_ in TITLE_WORDS and any(m.start == nxt for m in ctx.mentions):
        return ctx.resolved.get(nxt)
    return None


def _quote_speaker(ctx: DocContext, tok: Token) -> Resolution | None:
    from kg.relations.stated import attribute_quote

    quote = ctx.quote_at(tok.idx)
    found = attribute_quote(ctx, quote) if quote is not None else None
    if found is None:
        return None
    res = found[0]
    return Resolution(res.cluster, (tok.text, *res.chain[-1:]))


def _object_pronoun(ctx: DocContext, tok: Token) -> Resolution | None:
    """"him"/"her" as an object: the nearest person named before it, in this sentence or the
    one before, whose gender does not clash and who is not the clause's subject."""
    sent = sentence_of(tok)
    earliest = sentence_of(ctx.doc[sent.start - 1]).start if sent.start > 0 else sent.start
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    subjects = {r.cluster for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
                for r in people(ctx, [s])}
    clash = "female" if OBJECT_PRONOUNS[tok.lower_] == "male" else "male"
    for m in sorted(ctx.mentions, key=lambda m: -m.start):
        if m.start >= tok.i or m.start < earliest:
            continue
        cluster = ctx.clusters[m.cluster]
        if m.cluster not in subjects and cluster.gender != clash:
            return Resolution(m.cluster, (tok.text, cluster.full_name))
    return None


def is_pair_description(tok: Token) -> bool:
    """"the two leaders", "both presidents", "the pair", "the sides", "the parties"."""
    if tok.tag_ not in ("NNS", "NNPS") and tok.lower_ != "pair":
        return False
    lemma = tok.lemma_.lower()
    marked = any(c.lower_ in ("two", "both") for c in tok.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    modified = any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
    if lemma in SIDE_NOUNS or tok.lower_ == "pair":
        return definite and not modified or marked
    return lemma in PAIR_NOUNS and marked


def pair(ctx: DocContext, tok: Token) -> list[Resolution]:
    """The two people a plural description stands for (see the module docstring)."""
    if is_pair_description(tok):
        found = _named_together(ctx, sentence_of(tok), before=tok.i)
        if len(found) != 2:
            found = _last_pair(ctx, tok)
    elif tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in GROUP_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        found = _after_colon(ctx, tok)  # "The ministers met over coffee: X and Y …"
    else:
        return []
    return [Resolution(c, (tok.text, ctx.clusters[c].full_name)) for c in found]


def _named_together(ctx: DocContext, sent, *, before: int | None = None) -> list[int]:
    """The two people a sentence names together, in one coordinated noun phrase ("X and Y
    arrived", "talks between X and Y"), before token ``before``; else nobody."""
    end = sent.end if before is None else before
    for head in sent:
        if head.i >= end or head.pos_ not in ("PROPN", "NOUN", "ADP") or not any(
                c.dep_ == "cc" for c in head.children):
            continue
        found: list[int] = []
        for t in head.subtree:
            res = ctx.resolved.get(t.i)
            if t.i < end and res is not None and res.cluster not in found:
                found.append(res.cluster)
        if len(found) == 2:
            return found
    return []


def _last_pair(ctx: DocContext, tok: Token) -> list[int]:
    """The pair of the last sentence (of the few before) that presented one: two people named
    together ("X and Y arrived"), or the only two people of a sentence about a meeting ("X
    arrived ahead of a meeting with Y"). Two people merely named in one sentence are no pair
    a description can take up."""
    sent = sentence_of(tok)
    for _ in range(PAIR_WINDOW):
        if sent.start == 0:
            return []
        sent = sentence_of(ctx.doc[sent.start - 1])
        found = _named_together(ctx, sent)
        if not found and _about_a_meeting(sent):
            found = _named_in_sentence(ctx, sent)
        if len(found) == 2:
            return found
    return []


def _about_a_meeting(sent) -> bool:
    """Whether a sentence has a word of meeting: a meeting noun or verb."""
    return any((t.pos_ == "NOUN" and t.lemma_.lower() in MEETING_NOUNS)
               or (t.pos_ == "VERB" and t.lemma_.lower() in MEET_VERBS) for t in sent)


def _named_in_sentence(ctx: DocContext, sent) -> list[int]:
    """The people a sentence names or refers to, in order."""
    found: list[int] = []
    for t in sent:
        res = ctx.resolved.get(t.i)
        if res is not None and res.cluster not in found:
            found.append(res.cluster)
    return found


def _after_colon(ctx: DocContext, tok: Token) -> list[int]:
    """A coordinated pair of people right after a colon in the same sentence (or in the next,
    where the parser ended the sentence at the colon)."""
    sent = sentence_of(tok)
    colon = next((t for t in sent if t.i > tok.i and t.text in (":", "—", "–")), None)
    if colon is None:
        return []
    after = sent
    if colon.i == sent.end - 1 and sent.end < len(ctx.doc):
        after = sentence_of(ctx.doc[sent.end])
    for t in after:
        if t.i > colon.i and t.dep_ in ("nsubj", "nsubjpass"):
            found = [r.cluster for r in people(ctx, [t], expand=True)]
            return found if len(found) == 2 else []
    return []


def _listed(ctx: DocContext, tok: Token) -> list[Resolution]:
    """People a group noun lists: "leaders including X, Y and Z", "ministers such as X"."""
    if tok.lemma_.lower() not in GROUP_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return []
    named = [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in (
        "including", "like", "as") for p in prep.children if p.dep_ == "pobj"]
    return people(ctx, named)
