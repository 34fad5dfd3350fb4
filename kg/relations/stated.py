"""person–stated–claim: direct quotes and reported speech.

Rules, in the order they run (each fact's ``rule`` names the one that fired; ``RULES`` below
declares them with their priors):

* ``stated/verb-after`` — a verb of speech with a content clause: "X said (that) …", "…,
  stated X", "X told reporters …"; ``stated/verb-quote`` when the clause is a quotation (the
  claim is the whole quote, direct); ``stated/verb-interrupted`` — "France, he said, was …";
* ``stated/verb-made-clear`` — "X made (it) clear that P" (a series of three or more
  that-clauses is that many claims); ``stated/verb-repeated-statement`` — "X reiterated
  earlier statements that P";
* ``stated/according-to`` — "According to X, …"; ``stated/in-opinion`` — "In X's opinion
  (view, words), P";
* ``stated/quote-then-verb`` / ``stated/verb-colon-quote`` — a quotation attributed by a
  speech verb after it ("…," X said) or before it (X said: "…"); ``stated/quote-according-to``
  — '"…," according to X'; ``stated/quote-quoted-as`` — '"…," the agency quoted X as
  saying'; ``stated/noun-colon-quote`` — 'X had a simple message: "…"';
  ``stated/quote-continued`` — the quote goes on after its attribution; ``stated/quote-split``
  — '"A," X said, "B."' is one claim "A B";
* ``stated/colon-headline`` — a line "X: …" (headline and agency style); ``stated/colon-label``
  — "Q: … / A: …" lines, the answer the last speaker's; ``stated/colon-title-label`` — a
  transcript line by title ("PM: …");
* ``stated/signed-passage`` — a first-person passage signed by a name at its paragraph's end
  (an embedded post, a pull quote);
* ``stated/floating-quote`` — a paragraph that is only a quotation (or a first-person
  passage whose marks were lost) belongs to the last speaker; ``stated/quote-after-intro`` —
  'X addressed the nation. "We …"'; ``stated/unmarked-first-person`` — an "I" paragraph
  without marks right after a paragraph reporting someone's words.

Speakers must be people: a name, or a pronoun or role noun the resolver tied to one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, DefinedNamespace, Namespace
from rdflib.term import Node
from spacy.tokens import Token

from kg.article.context import DocContext, person_key
from kg.article.coref import Resolution
from kg.article.evidence import make_evidence
from kg.article.lexicon import (
    ATTITUDE_NOUNS,
    DIRECTIVE_VERBS,
    NEGATION_WORDS,
    OPINION_NOUNS,
    REMARK_NOUNS,
    RESUMING_VERBS,
    SPEECH_VERBS,
    TITLE_WORDS,
    VOICING_VERBS,
)
from kg.article.quotes import Quote, trim_claim
from kg.article.syntax import conjuncts, planned
from kg.names import fold
from kg.nlp import tokens_of
from kg.iri import entity_iri, mint
from kg.model import Evidence, When
from kg.namespace import KG_NS
from kg.ontology import ontology_text
from kg.relations import Gold, Relation, Rule, View, dated_facts, register, shipped_query
from kg.terms import label, when_triples


class STATED(DefinedNamespace):
    """The stated relation's terms (``ontology/relations/stated.ttl``)."""

    _NS = Namespace(str(KG_NS))
    _fail = True

    Statement: URIRef
    Claim: URIRef
    stated: URIRef
    speaker: URIRef
    claim: URIRef
    text: URIRef
    quoteType: URIRef


@dataclass(frozen=True)
class Statement:
    """A person stated a claim: directly quoted or reported."""

    speaker: str  # entity key
    claim: str
    quote_type: str  # "direct" | "indirect"
    evidence: Evidence
    date: When | None = None  # when it was said, from the text, else the article's

EXTRACTOR = "stated"
# 'X had a simple message: "…"': nouns of something said that can introduce a quotation
SAYING_NOUNS = REMARK_NOUNS | {"message", "answer", "reply", "response", "warning", "verdict",
                               "advice", "point", "appeal", "plea"}
# "X reiterated earlier statements that P": repeating a statement (anyone's) says it again
REPEATING_VERBS = frozenset({"reiterate", "repeat", "echo", "restate"})
# verbs whose object is a message of the subject's own ("had a message", "gave an answer")
GIVING_VERBS = frozenset({"have", "give", "deliver", "send", "offer", "repeat", "issue", "share"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "ccomp", "acl", "prep", "acomp"})
FIRST_PERSON = re.compile(r"\b(I|we|We|my|My|our|Our|me|us)\b")
_COLON_LINE = re.compile(r"^[ \t]*([^:\n]{2,80}?):[ \t]+(\S[^\n]*)$", re.MULTILINE)
MIN_QUOTE_WORDS = 3
# agency style: "Quote: …" after "Source: X in an interview"
QUOTE_LABELS = frozenset({"quote", "quotation", "in quotes", "direct speech"})


def _is_speech_verb(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "put":  # "as X put it, '…'"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    return lemma in SPEECH_VERBS


def _resumes(tok: Token, *, after_quote: bool = False) -> bool:
    """"…, the minister continued", "…, she went on": a verb of going on that attributes the
    words before it — only after them (its content clause precedes it, or it follows a
    quotation) and with no object of its own ("the talks continued that night" is no speech)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in RESUMING_VERBS:
        return False
    particle = RESUMING_VERBS[tok.lemma_.lower()]
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return False
    if any(c.dep_ in ("dobj", "xcomp", "npadvmod", "prep") for c in tok.children):
        return False
    return after_quote or any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATION_WORDS for c in tok.children)


def speaker_of(ctx: DocContext, verb: Token) -> tuple[Resolution | None, int]:
    """The person who does ``verb``: its subject, else (for participles and coordinated verbs)
    the subject of the verb it hangs from. Returns the resolution and how many steps it took."""
    current = verb
    for steps in range(7):
        if steps:  # '"…," he said, later clarifying that …': the speech verb beside the quote
            for side in current.children:
                if side.dep_ == "parataxis" and _is_speech_verb(side) and side.i < verb.i:
                    subj = next((c for c in side.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    res = ctx.person(subj) if subj is not None else None
                    if res is not None:
                        return res, steps
        if steps and current.lemma_.lower() in QUOTING_VERBS:
            res = _quoted_as(ctx, current)
            if res is not None:  # "the agency quoted X as saying …": X speaks
                return res, steps
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        agents = [
            g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        for subj in subjects + agents:
            res = ctx.person(subj) or _name_before_verb(ctx, subj, current)
            if res is not None:
                return res, steps
        if subjects and steps == 0:
            return None, steps  # an institution or a thing speaks: not a person's statement
        if current.dep_ not in CLIMB_DEPS or current.head == current:
            return None, steps
        current = _gerund_partner(current) or current.head
    return None, 7


def _gerund_partner(tok: Token) -> Token | None:
    """"X wrote, thanking Y for the help received and stressing that …": a gerund the parser
    coordinated with a word of another form (the participle "received") goes with the nearest
    earlier gerund clause of its sentence, whose subject it shares."""
    if tok.tag_ != "VBG" or tok.dep_ != "conj" or tok.head.tag_ == "VBG":
        return None
    for prev in reversed(tok.doc[tok.sent.start : tok.head.i]):
        if prev.tag_ == "VBG" and prev.dep_ == "advcl":
            return prev
    return None


def _name_before_verb(ctx: DocContext, subj: Token, verb: Token) -> Resolution | None:
    """A long descriptive subject whose name stands last, in apposition, right before the
    verb: "A retired admiral and adviser during X's term, Y, 71, said …" is Y's."""
    i = verb.i - 1
    while i > subj.i and (ctx.doc[i].is_punct or ctx.doc[i].like_num):
        i -= 1
    tok = ctx.doc[i]
    if i <= subj.i or tok.i not in ctx.resolved or not (subj.left_edge.i <= i <= subj.right_edge.i):
        return None
    top = tok
    while top.dep_ in ("compound", "flat") and top.head.i != top.i:
        top = top.head
    return ctx.resolved[tok.i] if top.dep_ == "appos" else None


QUOTING_VERBS = frozenset({"quote", "cite"})


def _quoted_as(ctx: DocContext, verb: Token) -> Resolution | None:
    """The person "quoted as saying": the object of "quote"/"cite" with an "as" phrase."""
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return ctx.person(obj) if obj is not None else None


MEDIUM_NOUNS = frozenset({"statement", "interview", "post", "speech", "letter", "address", "message",
                          "briefing", "tweet", "video", "op-ed", "article", "conference"})


def _medium_clause(verb: Token) -> list[Token]:
    """"X said in a statement that …": the parser may hang the clause on the noun."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "during", "at"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in MEDIUM_NOUNS:
                for clause in noun.children:
                    if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                    ):
                        return [clause]
    return []


TRAILING_MARKS = frozenset({"after", "before", "when", "while", "since", "until", "as"})


def _content_tokens(clause: Token, *, without: Token | None = None) -> list[Token]:
    """The tokens of a content clause, without its "that", trailing participle clauses,
    clauses that another speaker says (", while Y said …"), trailing time clauses after a
    comma (", after leaders met …": the reporter's context), and ``without``'s own words
    (the attribution inside an interrupted sentence)."""
    cut: set[int] = set()
    if without is not None:
        cut.update(t.i for t in without.subtree)
        for edge in (without.left_edge.i - 1, without.right_edge.i + 1):
            if 0 <= edge < len(clause.doc) and clause.doc[edge].text == ",":
                cut.add(edge)
    for tok in clause.subtree:
        if tok.dep_ == "advcl" and tok.i > clause.i and any(
            c.dep_ == "mark" and c.lower_ in TRAILING_MARKS for c in tok.children
        ):
            first = tok.left_edge.i
            if first > 0 and tok.doc[first - 1].text == ",":
                cut.update(t.i for t in tok.subtree)
                cut.add(first - 1)
    for tok in clause.subtree:
        if tok != clause and _is_speech_verb(tok) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
        ) and tok.i > clause.i:
            top = tok
            while top.head != clause and top.head.i > clause.i and top.head != top:
                if any(c.dep_ == "mark" for c in top.children):
                    break
                top = top.head
            cut.update(t.i for t in top.subtree)
            if top.i > 0 and tok.doc[top.left_edge.i - 1].text == ",":
                cut.add(top.left_edge.i - 1)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > clause.i:
            prev = tok.doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.text == ",":
                cut.update(t.i for t in tok.subtree)
                cut.add(prev.i)
        if tok != clause and _is_speech_verb(tok) and tok.dep_ in ("parataxis",):
            cut.update(t.i for t in tok.subtree)
    tokens = [t for t in clause.subtree if t.i not in cut]
    # keep the contiguous run from the first token (an interrupted sentence jumps its attribution)
    run: list[Token] = []
    for t in tokens:
        if run and t.i != run[-1].i + 1 and not (
            without is not None and all(i in cut for i in range(run[-1].i + 1, t.i))
        ):
            break
        run.append(t)
    while run and run[0].text in ("–", "—", "-"):  # "– We are ready, she said": a dash quotes
        run = run[1:]
    while run and (run[0].dep_ == "mark" and run[0].lower_ in ("that", "as") or _complementizer(run[0])):
        run = run[1:]
    while run and run[-1].is_punct and run[-1].text in ",.;:!?—–-\"'“”‘’":
        run = run[:-1]
    return run


def _complementizer(tok: Token) -> bool:
    """A clause-initial "that" the parser took for a pronoun ("told the weekly \"…\" that
    the consulate …"): not a determiner, not the clause's subject."""
    return tok.lower_ == "that" and tok.dep_ not in ("det", "nsubj", "nsubjpass", "mark")


class _Found:
    """The statements of one article as the constructions find them, and the quotations
    already used (by their opening mark), so that no quote is attributed twice."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.facts: list[Statement] = []
        self.consumed: set[int] = set()

    def add(self, res: Resolution, claim: str, qtype: str, start: int, end: int, rule: str,
            verb: Token | None = None, steps: int = 0) -> None:
        claim = trim_claim(claim)
        if len(claim.split()) < 2:
            return
        ev = make_evidence(self.ctx, start, end, extractor=EXTRACTOR, rule=rule,
                           chain=res.chain, resolved=len(res.chain) > 1 or steps > 0)
        date = self.ctx.when(verb) if verb is not None else None
        self.facts.append(Statement(person_key(res.cluster), claim, qtype, ev, date))

    def use_quotes_within(self, start: int, end: int) -> None:
        for q in self.ctx.quotes:
            if start <= q.start and q.end <= end + 1:
                self.consumed.add(q.open_mark)


def extract_stated(ctx: DocContext) -> Iterator[Statement]:
    found = _Found(ctx)
    for construction in (_speech_verbs, _made_clear, _directives, _attitudes, _according_to, _in_opinion, _quotations,
                         _colon_lines, _signed):
        construction(ctx, found)
    found.facts = _join_split_quotes(ctx, found.facts)
    found.facts.sort(key=lambda f: f.evidence.start)
    found.facts.extend(_floating(ctx, found.consumed, found.facts))
    for fact in _dedupe(found.facts):
        yield replace(fact, date=fact.date or ctx.article_when)


def _speakers(ctx: DocContext, verb: Token) -> tuple[list[Resolution], int]:
    """Who does ``verb`` (``speaker_of``), with the people coordinated with them or beside
    them as subjects: "X and Y said in a joint statement …" is said by both."""
    res, steps = speaker_of(ctx, verb)
    if res is None:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        pair = _the_two(ctx, subj) if subj is not None else []
        return pair, 1 if pair else steps
    out = [res]
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for other in (subj, *conjuncts(subj)):
            more = ctx.person(other)
            if more is not None and all(more.cluster != r.cluster for r in out):
                out.append(more)
    return out, steps


PAIR_NOUNS = frozenset({"leader", "president", "minister", "premier", "diplomat", "counterpart",
                        "chancellor", "envoy"})


def _the_two(ctx: DocContext, subj: Token) -> list[Resolution]:
    """"The two leaders said", "both ministers said": the two people named together in the
    nearest earlier sentence that names two (and only two) people."""
    if subj.tag_ not in ("NNS", "NNPS") or subj.lemma_.lower() not in PAIR_NOUNS:
        return []
    if not any(c.lower_ in ("two", "both") for c in subj.children):
        return []
    sentences = [s for s in ctx.doc.sents if s.end <= subj.sent.start]
    for sent in reversed(sentences[-3:]):
        named: list[Resolution] = []
        for tok in sent:
            res = ctx.resolved.get(tok.i)
            if (res is not None and len(res.chain) == 1 and not ctx.inside_quote(tok.idx)
                    and all(r.cluster != res.cluster for r in named)):
                named.append(res)
        if len(named) == 2:
            return named
        if len(named) > 2:
            return []
    return []


def _speech_verbs(ctx: DocContext, found: _Found) -> None:
    """``stated/verb-after``, ``-quote``, ``-interrupted``: a verb of speech with a content
    clause — "X said (that) …", "…, stated X", "France, he said, was …"."""
    for verb in tokens_of(ctx.doc):
        if not (_is_speech_verb(verb) or _resumes(verb)) or _negated(verb):
            continue
        nested = ctx.inside_quote(verb.idx)  # '"… the mayor said the road is open …," she noted'
        clauses = _ordered_clauses(verb) or _medium_clause(verb)
        head = verb.head
        interrupted = (not clauses and verb.dep_ == "parataxis" and head.left_edge.i < verb.i
                       and head.tag_ != "VBG" and not nested
                       and not ctx.inside_quote(head.idx) and not ctx.inside_quote(head.left_edge.idx))
        if interrupted:
            clauses = [verb.head]  # "France, he said, was prepared to …"
        if not clauses:
            continue
        speakers, steps = _speakers(ctx, verb)
        if not speakers:
            continue
        tokens = _content_tokens(clauses[0], without=verb if interrupted else None)
        if not tokens:
            continue
        tokens = _coordinated_before(ctx, tokens, clauses, verb)
        c_start, c_end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        quote = None if nested else _covering_quote(ctx, c_start, c_end)
        for res in speakers:
            if quote is not None:
                found.consumed.add(quote.open_mark)
                found.add(res, ctx.text[quote.start : quote.end], "direct",
                          min(quote.open_mark, verb.idx), max(quote.outer_end, verb.idx + len(verb)),
                          "stated/verb-quote", verb, steps)
                continue
            found.use_quotes_within(c_start, c_end)
            claim = _join(ctx, tokens) if interrupted else ctx.text[c_start:c_end]
            found.add(res, claim, "indirect", min(c_start, verb.idx),
                      max(c_end, verb.idx + len(verb)),
                      "stated/verb-interrupted" if interrupted else "stated/verb-after", verb, steps)


def _made_clear(ctx: DocContext, found: _Found) -> None:
    """``stated/verb-made-clear``: "X made (it) clear (to Y) that P" — P is what X said; a
    series of three or more ("that A, that B and that C") is that many claims."""
    for verb in tokens_of(ctx.doc):
        if verb.lemma_.lower() != "make" or verb.pos_ != "VERB" or _negated(verb) or planned(verb):
            continue
        clear = next((c for c in verb.children if c.lower_ == "clear"
                      and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj")), None)
        if clear is None:
            continue
        first = next((t for t in verb.subtree if t.i > clear.i and t.dep_ == "mark"
                      and t.lower_ == "that"), None)
        if first is None:
            continue
        run: list[Token] = []
        for tok in ctx.doc[first.i : verb.right_edge.i + 1]:
            if tok.text == "(" or "\n" in tok.text:
                break  # a parenthesis is the reporter's gloss
            run.append(tok)
        speakers, steps = _speakers(ctx, verb)
        for part in _series(run):
            start, end = part[0].idx, part[-1].idx + len(part[-1].text)
            found.use_quotes_within(start, end)
            for res in speakers:
                found.add(res, ctx.text[start:end], "indirect", min(start, verb.idx), end,
                          "stated/verb-made-clear", verb, steps)


SERIES_MIN = 3  # "that A and that B" is one thought in two parts; a longer series is a list


def _series(run: list[Token]) -> list[list[Token]]:
    """A run of content clauses split at its "that"s when it is a series of three or more
    ("that A, that B and that C"), each part without its "that" and trailing punctuation."""
    cuts = [i for i, t in enumerate(run) if i > 0 and t.lower_ == "that" and t.dep_ == "mark"
            and run[i - 1].text in (",", ";", "and", "or")]
    bounds = [0, *cuts] if len(cuts) + 1 >= SERIES_MIN else [0]
    parts = []
    for n, lo in enumerate(bounds):
        hi = bounds[n + 1] if n + 1 < len(bounds) else len(run)
        part = list(run[lo:hi])
        while part and (part[0].is_punct or (part[0].dep_ == "mark" and part[0].lower_ == "that")):
            part = part[1:]
        while part and (part[-1].is_punct or part[-1].dep_ == "cc"):
            part = part[:-1]
        if part:
            parts.append(part)
    return parts


def _ordered_clauses(verb: Token) -> list[Token]:
    """The content clauses of ``verb``; when its subject stands before it ("… , X said P")
    a clause after the verb comes first: a clause before it is then the reporter's framing
    the parser misread ("In the show Y hosts, X said P")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    subj_first = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    if subj_first and any(c.i > verb.i for c in clauses):
        clauses.sort(key=lambda c: c.i < verb.i)
    return clauses


def _coordinated_before(ctx: DocContext, tokens: list[Token], clauses: list[Token],
                        verb: Token) -> list[Token]:
    """"A, and B, the minister said": when the parser hangs each of two coordinated clauses
    before the verb on it, the content runs on through the later ones (joined by a comma or
    "and" only)."""
    for later in clauses[1:]:
        if later.i > verb.i or later.left_edge.i <= tokens[-1].i:
            continue
        gap = ctx.doc[tokens[-1].i + 1 : later.left_edge.i]
        if not all(t.is_punct or t.dep_ == "cc" for t in gap):
            break
        more = _content_tokens(later)
        if not more or more[0].i != later.left_edge.i:
            break
        tokens = tokens + list(gap) + more
    head = verb.head
    if verb.dep_ == "conj" and head.i < tokens[0].i and _dash_quoted(head):
        # "– A, and B, the minister continued": the parser made the verb a conjunct of A
        tokens = [t for t in ctx.doc[head.left_edge.i : tokens[-1].i + 1] if t.text not in "–—"]
    return tokens


def _dash_quoted(tok: Token) -> bool:
    """Whether ``tok``'s sentence opens with a dash, the quotation mark of many European
    papers ("– We are not there yet, she said.")."""
    sent = tok.sent
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text in ("–", "—") and tok.left_edge.i <= first.i + 1


def _directives(ctx: DocContext, found: _Found) -> None:
    """``stated/verb-urge-call-on``: "X urged Y to do Z", "X called on Y to do Z" — the claim
    is what Y is asked to do, with Y ("Y to do Z")."""
    for verb in tokens_of(ctx.doc):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in DIRECTIVE_VERBS or _negated(verb):
            continue
        if ctx.inside_quote(verb.idx) or planned(verb):
            continue  # "X plans to urge Y …": nothing said yet
        addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if DIRECTIVE_VERBS[lemma]:  # "call on", "appeal to": the addressee after the particle
            addressees = [p for c in verb.children
                          if c.dep_ in ("prep", "prt") and c.lower_ in DIRECTIVE_VERBS[lemma]
                          for p in c.children if p.dep_ == "pobj"]
        if not addressees:
            continue
        whom = addressees[0]
        action = next((c for t in (verb, whom) for c in t.children if c.dep_ == "xcomp"
                       and any(m.lower_ == "to" and m.dep_ == "aux" for m in c.children)), None)
        if action is None or action.i < whom.i:
            continue
        speakers, steps = _speakers(ctx, verb)
        start, end = whom.left_edge.idx, action.right_edge.idx + len(action.right_edge.text)
        for res in speakers:
            found.add(res, ctx.text[start:end], "indirect", min(start, verb.idx), end,
                      "stated/verb-urge-call-on", verb, steps)


def _attitudes(ctx: DocContext, found: _Found) -> None:
    """``stated/verb-expressed-attitude``: "X expressed optimism (hope, confidence, concern)
    that P" — the that-clause under the noun of attitude is what X said."""
    for noun in tokens_of(ctx.doc):
        if noun.dep_ != "dobj":
            continue
        verb = noun.head
        lemma, vlemma = noun.lemma_.lower(), verb.lemma_.lower()
        repeated = bool({lemma, noun.lower_} & SAYING_NOUNS) and vlemma in REPEATING_VERBS
        if not (lemma in ATTITUDE_NOUNS and vlemma in VOICING_VERBS or repeated):
            continue
        if _negated(verb) or ctx.inside_quote(verb.idx) or planned(verb):
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            continue
        speakers, steps = _speakers(ctx, verb)
        tokens = _content_tokens(clause)
        if not speakers or not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found.use_quotes_within(start, end)
        for res in speakers:
            found.add(res, ctx.text[start:end], "indirect", min(start, verb.idx), end,
                      "stated/verb-repeated-statement" if repeated
                      else "stated/verb-expressed-attitude", verb, steps)


def _according_to(ctx: DocContext, found: _Found) -> None:
    """``stated/according-to``: "According to X, …", and to X's remarks: "according to X's
    remarks at …", "according to remarks by X", "according to comments X made to …"."""
    for tok in tokens_of(ctx.doc):
        if tok.lower_ != "according" or ctx.inside_quote(tok.idx):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if pobj is None:
            continue
        res = ctx.person(pobj) or _remarks_by(ctx, pobj)
        head = tok.head
        skip = {t.i for t in tok.subtree}
        if res is None:
            # "According to comments X made to radio, P": the parser hung "according" on the
            # relative clause's verb, and that verb on the main clause
            made = head
            subj = next((c for c in made.children if c.dep_ == "nsubj"), None)
            if (pobj.lemma_.lower() in REMARK_NOUNS and made.dep_ == "advcl" and subj is not None
                    and subj.i > pobj.i and made.head.i > made.i):
                res = ctx.person(subj)
                head = made.head
                skip = {t.i for t in made.subtree}
        if res is None:
            continue
        tokens = [t for t in head.subtree if t.i not in skip]
        while tokens and tokens[0].is_punct:
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found.use_quotes_within(start, end)
        found.add(res, ctx.text[start:end], "indirect", tok.idx, end, "stated/according-to")


def _in_opinion(ctx: DocContext, found: _Found) -> None:
    """``stated/in-opinion``: "In X's opinion (view, words), P", "P, in his view, …" — a
    phrase set off by commas on the main clause; the main clause without it is the claim."""
    for tok in tokens_of(ctx.doc):
        if tok.lower_ != "in" or tok.dep_ != "prep" or ctx.inside_quote(tok.idx):
            continue
        head = tok.head
        if head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in OPINION_NOUNS:
            continue
        after = tok.right_edge.i + 1
        if after >= len(ctx.doc) or ctx.doc[after].text != ",":
            continue  # not set off: "interested in her views on …"
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        if holder is None:
            holder = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj"), None)
        res = ctx.person(holder) if holder is not None else None
        if res is None:
            continue
        tokens = _content_tokens(head, without=tok)
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found.use_quotes_within(start, end)
        found.add(res, _join(ctx, tokens), "indirect", min(start, tok.idx), end,
                  "stated/in-opinion", head, 1)


def _remarks_by(ctx: DocContext, noun: Token) -> Resolution | None:
    """The person whose remarks ``noun`` is: "X's remarks", "remarks by X", "comments X made"."""
    if noun.lemma_.lower() not in REMARK_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return ctx.person(child)
        if child.dep_ == "prep" and child.lower_ == "by":
            by = next((p for p in child.children if p.dep_ == "pobj"), None)
            return ctx.person(by) if by is not None else None
        if child.dep_ in ("relcl", "acl"):
            subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return ctx.person(subj)
    return None


def _quotations(ctx: DocContext, found: _Found) -> None:
    """``stated/quote-then-verb``, ``verb-colon-quote``, ``quote-according-to``,
    ``quote-continued``: a quotation attributed by a speech verb beside it, or going on after
    its attribution in the same paragraph."""
    for quote in ctx.quotes:
        if quote.open_mark in found.consumed:
            continue
        words = ctx.text[quote.start : quote.end].split()
        attributed = attribute_quote(ctx, quote)
        if attributed is not None:
            res, rule, steps, (s, e), verb = attributed
            if len(words) >= MIN_QUOTE_WORDS:
                found.consumed.add(quote.open_mark)
                found.add(res, ctx.text[quote.start : quote.end], "direct", s, e, rule, verb, steps)
            continue
        before = _same_paragraph_speaker(ctx, found.facts, quote)
        if before is not None and len(words) >= MIN_QUOTE_WORDS:
            # '"…," X said. "The question is …"': the quote goes on after its attribution
            found.consumed.add(quote.open_mark)
            ev = make_evidence(ctx, quote.open_mark, quote.outer_end, extractor=EXTRACTOR,
                               rule="stated/quote-continued", chain=("(same speaker)",))
            claim = trim_claim(ctx.text[quote.start : quote.end])
            if len(claim.split()) >= 2:
                found.facts.append(Statement(before, claim, "direct", ev))


def _colon_lines(ctx: DocContext, found: _Found) -> None:
    """``stated/colon-headline``: a line "X: …"; ``stated/colon-label``: an answer line
    ("A: …") of the last speaker."""
    for match in _COLON_LINE.finditer(ctx.text):
        if any(s <= match.start() < e for s, e in ctx.article.skip):
            continue
        if ctx.inside_quote(match.start(1)) or ctx.inside_quote(match.end(1) - 1):
            continue  # '"Prime Minister X is right: …"': a name inside someone's quote
        label_text = match.group(1).strip()
        if fold(label_text) in INTERVIEWER_LABELS:
            continue  # "QUESTION: …", "Host: …": the interviewer's line
        if _asking_or_courtesy(match.group(2)):
            continue  # "DOE: … Who did you see?", "DOE: Thank you, Anna": no claim
        res = _name_only(ctx, match.start(1), match.end(1))
        if res is not None:
            found.add(res, match.group(2), "direct", match.start(), match.end(),
                      "stated/colon-headline")
        elif (titled := _title_label(ctx, label_text, match.start())) is not None:
            claim = trim_claim(match.group(2))
            if len(claim.split()) >= 2:  # "PM: …", "The President: …" in a transcript
                ev = make_evidence(ctx, match.start(), match.end(), extractor=EXTRACTOR,
                                   rule="stated/colon-title-label", chain=(label_text, "(by title)"))
                found.facts.append(Statement(titled, claim, "direct", ev))
        elif match.group(1).strip().lower() in QUOTE_LABELS:
            found.facts.sort(key=lambda f: f.evidence.start)
            speaker = _last_speaker(ctx, found.facts, match.start(), any_mention=True)
            if speaker is not None:
                claim = trim_claim(match.group(2))
                if len(claim.split()) >= 2:
                    ev = make_evidence(ctx, match.start(2), match.end(2), extractor=EXTRACTOR,
                                       rule="stated/colon-label", chain=("(last speaker)",))
                    found.facts.append(Statement(speaker, claim, "direct", ev))


_COURTESY = re.compile(r"\b(?:thank you|thanks|good (?:morning|afternoon|evening)|welcome|"
                       r"goodbye|hello)\b", re.IGNORECASE)


def _asking_or_courtesy(line: str) -> bool:
    """A transcript turn that asks (its last sentence a question: the interviewer's turn,
    whoever it is) or only thanks or greets ("Name, thank you") states nothing."""
    text = line.strip().rstrip("\"'\u201d\u2019) ")
    words = len(text.split())
    return text.endswith("?") or words <= 2 or (words <= 6 and bool(_COURTESY.search(text)))


# transcript labels of the one asking, not of a person in the news
INTERVIEWER_LABELS = frozenset({"q", "question", "interviewer", "host", "moderator", "reporter",
                                "journalist", "presenter", "anchor"})
# a transcript label by title: the label -> the title words a person's descriptors must hold
TITLE_LABELS: dict[str, tuple[str, ...]] = {
    "pm": ("prime",), "prime minister": ("prime",), "the prime minister": ("prime",),
    "president": ("president",), "the president": ("president",),
    "chancellor": ("chancellor",), "the chancellor": ("chancellor",),
}


def _title_label(ctx: DocContext, label_text: str, before: int) -> str | None:
    """The person a transcript label by title means ("PM:"): the one person named before
    ``before`` whose title words hold it; none when several fit."""
    wanted = TITLE_LABELS.get(fold(label_text))
    if wanted is None:
        return None
    named = {r.cluster for i, r in ctx.resolved.items() if ctx.doc[i].idx < before}
    fits = [c for c in named if all(w in ctx.clusters[c].descriptors for w in wanted)]
    return person_key(fits[0]) if len(fits) == 1 else None


MONTHS = frozenset("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
SIGN_OFF = re.compile(r"(?:[.!?…]|\s[—–-])\s+(?=\S[^.!?…—–]*$)")


def _signed(ctx: DocContext, found: _Found) -> None:
    """``stated/signed-passage``: a first-person passage signed at its paragraph's end by a
    name — an embedded post ("… — Name (@handle) August 8, 2025") or a pull quote ("… Name
    President of the Republic"); the passage is the signer's."""
    for para in re.finditer(r"[^\n]+", ctx.text):
        if any(s <= para.start() < e for s, e in ctx.article.skip):
            continue
        if any(para.start() <= q.open_mark < para.end() and q.open_mark in found.consumed
               for q in ctx.quotes):
            continue
        cut = None
        for cut in SIGN_OFF.finditer(para.group()):
            pass
        if cut is None:
            continue
        body_end, tail_start = para.start() + cut.start() + 1, para.start() + cut.end()
        while tail_start < para.end() and ctx.text[tail_start] in " —–-":
            tail_start += 1
        res = _signature(ctx, tail_start, para.end())
        body = ctx.text[para.start() : body_end].strip(" —–-")
        if res is None or len(body.split()) < 6 or not FIRST_PERSON.search(body):
            continue
        found.use_quotes_within(para.start(), body_end)
        found.add(res, body.rstrip("…").rstrip(), "direct", para.start(), para.end(),
                  "stated/signed-passage")


def _signature(ctx: DocContext, start: int, end: int) -> Resolution | None:
    """The person a signature line names: a name first, then nothing but a handle, title
    words, a country and a date ("Name (@handle) August 8, 2025", "Name President of X")."""
    span = ctx.span(start, end)
    if span is None or len(span) > 16 or span[0].i not in ctx.resolved:
        return None
    first = ctx.resolved[span[0].i]
    if len(first.chain) != 1:
        return None  # a pronoun or a role noun is no signature
    country_tokens = {i for c in ctx.countries for i in range(c.start, c.end)}
    for tok in span[1:]:
        if tok.i in ctx.resolved and ctx.resolved[tok.i].cluster == first.cluster:
            continue
        word = tok.lower_
        if not (tok.is_punct or tok.like_num or word in TITLE_WORDS or word in MONTHS
                or word in ("of", "the", "and", "@") or word.startswith("@")
                or tok.i in country_tokens):
            return None
    return first


def _split_pairs(ctx: DocContext) -> Iterator[tuple[Quote, Quote]]:
    """Quotations split around their attribution ('"A," X said, "B."'): the first part ends
    in a comma inside its marks, the second opens in the same sentence and line, after a
    short stretch with no sentence end."""
    for q1, q2 in zip(ctx.quotes, ctx.quotes[1:]):
        inside = ctx.text[q1.start : q1.end].rstrip()
        between = ctx.text[q1.outer_end : q2.open_mark]
        if (q1.close_mark is not None and inside.endswith(",") and 0 < len(between) <= 90
                and not re.search(r"[.!?\n]", between) and between.rstrip().endswith(",")):
            yield q1, q2


def _join_split_quotes(ctx: DocContext, facts: list[Statement]) -> list[Statement]:
    """``stated/quote-split``: the two parts of a split quotation are one claim of the
    speaker the second (or first) part is attributed to, joined without the split's comma."""
    out = list(facts)
    for q1, q2 in _split_pairs(ctx):
        first, second = trim_claim(ctx.text[q1.start : q1.end]), trim_claim(ctx.text[q2.start : q2.end])
        parts = [f for f in out if f.quote_type == "direct" and f.claim in (first, second)
                 and q1.open_mark <= f.evidence.end and f.evidence.start <= q2.outer_end]
        speakers = {f.speaker for f in parts}
        if len(speakers) != 1:
            continue
        keep = min(parts, key=lambda f: f.evidence.start)
        ev = make_evidence(ctx, q1.open_mark, q2.outer_end, extractor=EXTRACTOR,
                           rule="stated/quote-split", chain=keep.evidence.chain)
        joined = Statement(keep.speaker, f"{first} {second}", "direct", ev, keep.date)
        out = [f for f in out if f not in parts] + [joined]
    return out


def _join(ctx: DocContext, tokens: list[Token]) -> str:
    """The text of tokens that may skip a stretch (an attribution): runs joined by a space."""
    runs: list[str] = []
    start = prev_end = None
    for t in tokens:
        if start is None:
            start = t.idx
        elif t.i != tokens[0].i and t.idx > prev_end + 1 and ctx.text[prev_end : t.idx].strip():
            runs.append(ctx.text[start:prev_end])
            start = t.idx
        prev_end = t.idx + len(t.text)
    if start is not None:
        runs.append(ctx.text[start:prev_end])
    return " ".join(r.strip() for r in runs)


def _same_paragraph_speaker(ctx: DocContext, facts: list[Statement], quote: Quote) -> str | None:
    """The speaker of a direct quote that ended its sentence just before ``quote``, in the
    same paragraph, with nothing but the attribution between them."""
    para_start = ctx.text.rfind("\n", 0, quote.open_mark) + 1
    for fact in sorted(facts, key=lambda f: -f.evidence.end):
        ev = fact.evidence
        if fact.quote_type == "direct" and para_start <= ev.start and ev.end <= quote.open_mark:
            gap = ctx.text[ev.end : quote.open_mark]
            if len(gap.strip()) <= 2 and "\n" not in gap:
                return fact.speaker
            return None
    return None


def _covering_quote(ctx: DocContext, start: int, end: int) -> Quote | None:
    """The quotation a clause lies in (or that the clause is), if any."""
    q = ctx.quote_at(start)
    if q is None:
        q = ctx.quote_at(max(start - 1, 0))
    if q is not None and start >= q.open_mark - 1 and end <= q.outer_end + 1:
        return q
    return None


def attribute_quote(ctx: DocContext, quote: Quote):
    """A speech verb right after or right before a quotation, and its speaker."""
    doc = ctx.doc
    nxt = quote.outer_end
    while nxt < len(ctx.text) and ctx.text[nxt] in " \t":
        nxt += 1
    after = ctx.span(nxt, min(len(ctx.text), nxt + 1)) if nxt < len(ctx.text) else None
    if after is not None and len(after):
        i = after[0].i
        for tok in doc[i : min(len(doc), i + 9)]:
            if "\n" in tok.text or (tok.is_sent_start and tok.i > i and tok.text[:1].isupper()):
                break
            if ctx.inside_quote(tok.idx):
                break
            if _is_speech_verb(tok) or _resumes(tok, after_quote=True):
                res, steps = speaker_of(ctx, tok)
                if res is not None:
                    return (res, "stated/quote-then-verb", steps,
                            (quote.open_mark, tok.idx + len(tok)), tok)
                break
            if tok.lemma_.lower() in QUOTING_VERBS and tok.pos_ == "VERB":
                res = _quoted_as(ctx, tok)  # '"…," the agency quoted X as saying'
                if res is not None:
                    return (res, "stated/quote-quoted-as", 0,
                            (quote.open_mark, tok.right_edge.idx + len(tok.right_edge)), tok)
                break
            if tok.lower_ == "according":  # '"…," according to X.'
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
                res = ctx.person(pobj) if pobj is not None else None
                if res is not None:
                    return (res, "stated/quote-according-to", 0,
                            (quote.open_mark, pobj.idx + len(pobj)), tok.head)
                break
    prev = quote.open_mark
    while prev > 0 and ctx.text[prev - 1] in " \t":
        prev -= 1
    before = ctx.span(max(0, prev - 1), prev) if prev > 0 else None
    if before is not None and len(before):
        j = before[-1].i
        lo = max(0, j - 12)
        for tok in reversed(doc[lo : j + 1]):
            if "\n" in tok.text or ctx.inside_quote(tok.idx):
                break
            if _is_speech_verb(tok) and not _negated(tok):
                if _content_after(tok, quote.outer_end):
                    break  # 'X told NBC's "Meet the Press" that …': the quote names a programme
                res, steps = speaker_of(ctx, tok)
                if res is not None:
                    return (res, "stated/verb-colon-quote", steps, (tok.idx, quote.outer_end), tok)
                break
            if tok.is_sent_start and tok.i < j:
                break
        if ctx.text[prev - 1] == ":":
            intro = _message_intro(ctx, doc[lo : j + 1])
            if intro is not None:
                res, noun = intro
                return (res, "stated/noun-colon-quote", 0, (noun.idx, quote.outer_end), noun.head)
    return None


def _message_intro(ctx: DocContext, tokens) -> tuple[Resolution, Token] | None:
    """'X had a simple message: "…"', 'X's answer was short: "…"': a noun of saying before
    the colon, whose verb's subject (or whose possessor) is a person."""
    tokens = list(tokens)
    for n, noun in enumerate(reversed(tokens)):
        if "\n" in noun.text or ctx.inside_quote(noun.idx) or n > 5:
            return None
        if noun.lemma_.lower() not in SAYING_NOUNS or noun.pos_ != "NOUN":
            if noun.is_sent_start:
                return None
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and ctx.person(owner) is not None:
            return ctx.person(owner), noun
        verb = noun.head
        if ((noun.dep_ == "dobj" and verb.lemma_.lower() in GIVING_VERBS or noun.dep_ == "attr")
                and not _negated(verb) and not _future(verb)):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            res = ctx.person(subj) if subj is not None else None
            if res is not None:
                return res, noun
        return None
    return None


def _future(verb: Token) -> bool:
    """A verb with its own future or modal auxiliary ("will deliver a message")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "'ll")
               for c in verb.children)


def _content_after(verb: Token, offset: int) -> bool:
    """Whether ``verb`` has its own content clause starting after ``offset``: then a quotation
    before that clause is not what was said but a title or a name ('told the "Morning Show"
    that …')."""
    return any(c.dep_ == "ccomp" and c.left_edge.idx >= offset for c in verb.children)


def _name_only(ctx: DocContext, start: int, end: int) -> Resolution | None:
    """The person a short line prefix names ("Lindqvist", "NATO chief Anna Lindqvist"), if it is
    nothing but a name with title words."""
    span = ctx.span(start, end)
    if span is None or len(span) > 6:
        return None
    people = {ctx.resolved[t.i].cluster for t in span if t.i in ctx.resolved}
    if len(people) != 1 or not any(t.i in ctx.resolved and len(ctx.resolved[t.i].chain) == 1 for t in span):
        return None
    if any(t.pos_ == "VERB" for t in span):
        return None
    return next(ctx.resolved[t.i] for t in span if t.i in ctx.resolved)


def _floating(ctx: DocContext, consumed: set[int], facts: list[Statement]) -> list[Statement]:
    """Quotations standing alone in their paragraph belong to the last speaker; so do
    first-person passages ending in a comma (a blockquote whose marks were lost)."""
    out: list[Statement] = []
    text = ctx.text
    for para in re.finditer(r"[^\n]+", text):
        p_start, p_end = para.start(), para.end()
        body = para.group().strip()
        quote = next((q for q in ctx.quotes if q.open_mark >= p_start and q.open_mark < p_end), None)
        if quote is not None:
            if quote.open_mark in consumed:
                continue
            outside = text[p_start : quote.open_mark] + text[quote.outer_end : p_end]
            if len(text[quote.start : quote.end].split()) < MIN_QUOTE_WORDS:
                continue
            if outside.strip(" \t.,;:—–-"):
                intro = _introduced(ctx, quote, p_start, p_end)
                if intro is not None:
                    claim = trim_claim(text[quote.start : quote.end])
                    ev = make_evidence(ctx, p_start, quote.outer_end, extractor=EXTRACTOR,
                                       rule="stated/quote-after-intro", chain=intro.chain)
                    out.append(Statement(person_key(intro.cluster), claim, "direct", ev))
                continue
            c_start, c_end = quote.start, quote.end
        elif body.endswith(",") and FIRST_PERSON.search(body) and len(body.split()) >= 6:
            if any(s <= p_start < e for s, e in ctx.article.skip):
                continue
            c_start, c_end = p_start, p_end
        elif _unmarked_first_person(ctx, facts + out, p_start, p_end):
            speaker = _previous_paragraph_speaker(ctx, facts + out, p_start)
            if speaker is not None:
                claim = trim_claim(body)
                ev = make_evidence(ctx, p_start, p_end, extractor=EXTRACTOR,
                                   rule="stated/unmarked-first-person", chain=("(last speaker)",))
                out.append(Statement(speaker, claim, "direct", ev))
            continue
        else:
            continue
        speaker = _last_speaker(ctx, facts + out, p_start)
        if speaker is None:
            continue
        claim = trim_claim(text[c_start:c_end])
        if len(claim.split()) < 2:
            continue
        ev = make_evidence(ctx, p_start, p_end, extractor=EXTRACTOR, rule="stated/floating-quote",
                           chain=("(last speaker)",))
        out.append(Statement(speaker, claim, "direct", ev))
    return out


def _introduced(ctx: DocContext, quote: Quote, p_start: int, p_end: int) -> Resolution | None:
    """'X addressed the nation on Sunday. "We have prepared …"': a first-person quotation that
    follows, to its paragraph's end, a sentence whose subject is a person — that person's."""
    if ctx.text[quote.outer_end : p_end].strip():
        return None
    before = ctx.text[p_start : quote.open_mark].rstrip()
    if not before or before[-1] not in ".!?" or not FIRST_PERSON.search(ctx.text[quote.start : quote.end]):
        return None
    span = ctx.span(p_start, len(before) + p_start)
    if span is None:
        return None
    root = list(span.sents)[-1].root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _is_speech_verb(root):
        return None  # a speech verb's own quote is attributed by the verb's rule
    return ctx.person(subj)


def _unmarked_first_person(ctx: DocContext, facts: list[Statement], start: int, end: int) -> bool:
    """A paragraph in the first person singular ("I think …") without quotation marks, in
    the article's own text, with no statement found in it: a quotation whose marks were lost."""
    if any(s <= start < e for s, e in ctx.article.skip) or len(ctx.text[start:end].split()) < 8:
        return False
    if any(start <= f.evidence.start < end for f in facts):
        return False
    span = ctx.span(start, end)
    return span is not None and any(t.text == "I" and t.tag_ == "PRP" for t in span)


def _previous_paragraph_speaker(ctx: DocContext, facts: list[Statement], start: int) -> str | None:
    """The speaker of the last statement in the paragraph just before ``start``, if that
    paragraph reports someone's words."""
    prev_end = len(ctx.text[:start].rstrip())
    prev_start = ctx.text.rfind("\n", 0, prev_end) + 1
    inside = [f for f in facts if prev_start <= f.evidence.start < prev_end]
    return max(inside, key=lambda f: f.evidence.start).speaker if inside else None


def _last_speaker(
    ctx: DocContext, facts: list[Statement], before: int, *, any_mention: bool = False
) -> str | None:
    """The speaker of the last statement before ``before``; else the last person who was a
    subject; else (``any_mention``, for "Source: X …" / "Quote: …") the last person named."""
    earlier = [f for f in facts if f.evidence.start < before]
    if earlier:
        return max(earlier, key=lambda f: f.evidence.start).speaker
    subjects = [
        (i, r) for i, r in ctx.resolved.items()
        if ctx.doc[i].idx < before and ctx.doc[i].dep_ in ("nsubj", "nsubjpass")
    ]
    if subjects:
        return person_key(max(subjects, key=lambda ir: ir[0])[1].cluster)
    if any_mention:
        named = [(i, r) for i, r in ctx.resolved.items() if ctx.doc[i].idx < before]
        if named:
            return person_key(max(named, key=lambda ir: ir[0])[1].cluster)
    return None


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if w not in ("a", "an", "the")}


def _same_claim(a: set[str], b: set[str], ea: Evidence, eb: Evidence) -> bool:
    """Two readings of one statement: nearly the same words from the same stretch of text,
    or the very same words anywhere (a claim repeated from the lead). Two sentences that say
    much the same in different words are two statements."""
    if ea.start < eb.end and eb.start < ea.end:
        return len(a & b) / min(len(a), len(b)) >= 0.8
    return len(a & b) / len(a | b) >= 0.9


def _dedupe(facts: list[Statement]) -> Iterator[Statement]:
    """One statement per (speaker, claim): near-identical claims keep the surer reading."""
    kept: list[Statement] = []
    prefer = sorted(  # a direct quote beats its paraphrase; then the surer reading
        facts, key=lambda f: (f.quote_type != "direct", -f.evidence.confidence, f.evidence.start)
    )
    for fact in prefer:
        toks = _tokens(fact.claim)
        dup = False
        for other in kept:
            if other.speaker != fact.speaker:
                continue
            o = _tokens(other.claim)
            if toks and o and _same_claim(toks, o, fact.evidence, other.evidence):
                dup = True
                break
        if not dup:
            kept.append(fact)
    yield from sorted(kept, key=lambda f: (f.evidence.start, f.claim))


# The relation, declared ---------------------------------------------------------------------


def claim_node(speaker: str, text: str) -> URIRef:
    return mint("claim", speaker, text)


def _triples(fact: Statement, node: URIRef) -> Iterator[tuple]:
    speaker = entity_iri(fact.speaker)
    claim = claim_node(fact.speaker, fact.claim)
    yield node, RDF.type, STATED.Statement
    yield claim, RDF.type, STATED.Claim
    yield claim, STATED.text, Literal(fact.claim)
    yield speaker, STATED.stated, claim
    yield node, STATED.speaker, speaker
    yield node, STATED.claim, claim
    yield node, STATED.quoteType, Literal(fact.quote_type)
    yield from when_triples(node, fact.date)


def _ends(g: Graph, node: Node) -> list[tuple[Node, Node]]:
    return [(s, c) for s in g.objects(node, STATED.speaker) for c in g.objects(node, STATED.claim)]


def _claim_text(g: Graph, claim: Node) -> str:
    text = g.value(claim, STATED.text)
    return str(text) if text is not None else label(g, claim)


def _said(g: Graph, node: Node) -> str:
    """A statement in a line, for the page's timeline: "Speaker: claim"."""
    return "; ".join(f"{label(g, s)}: {_claim_text(g, c)}" for s, c in _ends(g, node))


def _predicted(g: Graph, node: Node, resolve) -> list[tuple]:
    return [(resolve(speaker), _claim_text(g, claim)) for speaker, claim in _ends(g, node)]


def _check(item: dict) -> str | None:
    claim = item.get("claim")
    return None if isinstance(claim, str) and claim.strip() else ' needs a "claim"'


def _describe(g: Graph, node: Node) -> list[tuple[str, str]]:
    lines = []
    for speaker, claim in _ends(g, node):
        lines += [("speaker", label(g, speaker)), ("claim", _claim_text(g, claim))]
    lines.append(("quote", str(g.value(node, STATED.quoteType) or "")))
    date = g.value(node, DCTERMS.date)
    if date is not None:
        lines.append(("said on", str(date)))
    return lines


def _row(g: Graph, node: Node) -> dict[str, str]:
    ends = _ends(g, node)
    speaker, claim = ends[0] if ends else (None, None)
    return {"subject": label(g, speaker) if speaker is not None else "",
            "object": _claim_text(g, claim) if claim is not None else "",
            "quote_type": str(g.value(node, STATED.quoteType) or "")}


SUMMARY = """{
    ?fact a kg:Statement ;
        kg:speaker/rdfs:label ?speaker ;
        kg:claim/kg:text ?claim .
    OPTIONAL { ?fact kg:quoteType ?quote_type }
    BIND("Statement" AS ?type)
    BIND(CONCAT(?speaker, ": ",
                IF(COALESCE(?quote_type, "") = "direct", CONCAT("“", ?claim, "”"), ?claim))
         AS ?summary)
  }"""

RULES = (
    Rule("stated/verb-after", 0.8, "a verb of speech and its content clause: \"X said (that) …\""),
    Rule("stated/verb-quote", 0.9, "a verb of speech whose content clause is a quotation"),
    Rule("stated/verb-interrupted", 0.8, "a parenthetical speech verb: \"France, he said, was …\""),
    Rule("stated/according-to", 0.75, "\"According to X, …\", \"according to X's remarks "
         "at …, …\""),
    Rule("stated/verb-made-clear", 0.75, "\"X made (it) clear that P\"; a series \"that A, that "
         "B and that C\" is three claims"),
    Rule("stated/in-opinion", 0.7, "\"In X's opinion (view, words), P\""),
    Rule("stated/verb-repeated-statement", 0.7, "\"X reiterated (repeated, echoed) the "
         "statement / warning that P\""),
    Rule("stated/verb-urge-call-on", 0.75, "\"X urged Y to do Z\", \"X called on Y to do Z\": "
         "the claim is \"Y to do Z\""),
    Rule("stated/verb-expressed-attitude", 0.75, "\"X expressed optimism (hope, confidence) "
         "that P\""),
    Rule("stated/quote-then-verb", 0.9, "a quotation, then its speech verb: '\"…,\" X said'"),
    Rule("stated/verb-colon-quote", 0.85, "a speech verb, then its quotation: 'X said: \"…\"'"),
    Rule("stated/quote-quoted-as", 0.8, "'\"…,\" the agency quoted X as saying'"),
    Rule("stated/quote-split", 0.85, "a quotation split around its attribution: "
         "'\"A,\" X said, \"B.\"' is one claim \"A B\""),
    Rule("stated/noun-colon-quote", 0.75, "'X had a simple message: \"…\"': a noun of "
         "saying whose verb has a person subject, then a colon and a quotation"),
    Rule("stated/quote-according-to", 0.8, "'\"…,\" according to X'"),
    Rule("stated/quote-continued", 0.7, "a quotation going on after its attribution, in the "
         "same paragraph"),
    Rule("stated/colon-headline", 0.6, "a line \"X: …\" (headline and agency style)"),
    Rule("stated/colon-title-label", 0.6, "a transcript line by title (\"PM: …\") of the one "
         "person named before with that title"),
    Rule("stated/colon-label", 0.6, "an answer line (\"A: …\") of the last speaker"),
    Rule("stated/signed-passage", 0.6, "a first-person passage signed by a name at its "
         "paragraph's end (an embedded post, a pull quote)"),
    Rule("stated/unmarked-first-person", 0.5, "a first-person paragraph without quotation "
         "marks right after a paragraph reporting someone's words"),
    Rule("stated/quote-after-intro", 0.6, "'X addressed the nation. \"We …\"': a first-"
         "person quotation ending its paragraph after a sentence with a person subject"),
    Rule("stated/floating-quote", 0.6, "a paragraph that is only a quotation, of the last "
         "speaker"),
)


RELATION = register(Relation(
    name=EXTRACTOR,
    fact=Statement,
    node_class=STATED.Statement,
    extractors={"kg.stated.v1": extract_stated},
    entities=("speaker",),
    triples=_triples,
    ontology=ontology_text("relations/stated.ttl"),
    shapes=ontology_text("relations/stated.shapes.ttl"),
    terms=STATED,
    view=View(label="stated (claim)", color="#c9a227", ends=_ends, object_kind="claim",
              object_label=_claim_text, object_name="Claim", timeline=dated_facts(_said)),
    columns=("quote_type",),
    row=_row,
    gold=Gold(required=True, item=lambda item: (item["speaker"], item["claim"]),
              entities=lambda item: [item.get("speaker")], check=_check,
              predicted=_predicted, text=True,
              describe=lambda key: f'{key[0]}: "{key[1]}"'),
    describe=_describe,
    queries={"person_statements": shipped_query("person_statements")},
    summary=SUMMARY,
    rules=RULES,
))

