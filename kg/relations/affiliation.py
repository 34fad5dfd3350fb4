"""person–affiliation: a person's office and the country or organisation it belongs to.

This module is the whole relation: the fact, its extractor, its RDF, its page edge, its CSV
columns, its gold matching, its ``kg explain`` lines and its query, declared at the bottom as
one ``Relation`` (the README's worked example of adding a relation).

Rules (the ``rule`` each fact records):

* ``affiliation/title`` — a title before a name that carries a country or organisation:
  "Chilean Foreign Minister Carla Medina", "NATO Secretary General Jens Berg", "U.S.
  Secretary of State Tom Reyes", "Poland's Jan Nowicki" (a possessive alone);
* ``affiliation/appos`` — an apposition: "Carla Medina, Chile's foreign minister,", "Chile's
  foreign minister, Carla Medina", "Jens Berg, the NATO secretary general";
* ``affiliation/of`` — "President Luc Martin of France";
* ``affiliation/role-phrase`` — a role phrase coreference ties to a person named earlier: "the U.S.
  envoy", "the Chilean foreign minister".

The title is the office as written, lower case, hyphens and British spellings normalised
("Defence Secretary" → "defense secretary"); a past office ("former", "ex-") is no
affiliation. Titles never enter names: the name is what ``kg.article.people`` found. Each
(person, affiliation, title) is read once per article, dated by the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import Node
from spacy.tokens import Token

from kg.article.context import DocContext, person_key
from kg.article.evidence import make_evidence
from kg.article.lexicon import LEADER_TITLES, NOT_NOW, ROLE_HEADS, TITLE_WORDS
from kg.iri import entity_iri
from kg.model import Evidence, When
from kg.namespace import KG_NS
from kg.nlp import sentence_of
from kg.ontology import ontology_text
from kg.relations import Gold, Relation, Rule, View, register, shipped_query
from kg.terms import label, when_triples

EXTRACTOR = "affiliation"
SPELLINGS = {"defence": "defense", "secretary-general": "secretary general",
             "prime-minister": "prime minister", "vice-president": "vice president",
             "advisor": "adviser", "organisation": "organization"}
NO_TITLE = frozenset({"counterpart", "top", "lead", "first"})  # words that name no office alone


class AFF(DefinedNamespace):
    """The affiliation relation's terms (``ontology/relations/affiliation.ttl``)."""

    _NS = Namespace(str(KG_NS))
    _fail = True

    Affiliation: URIRef
    affiliation: URIRef
    person: URIRef
    title: URIRef


@dataclass(frozen=True)
class Affiliation:
    """A person holds an office of a country or organisation, as the article says."""

    person: str  # entity key
    affiliation: str  # entity key of a country ("country/RU") or organisation ("org/nato")
    title: str | None
    evidence: Evidence
    date: When | None = None  # the article's date: an office is true on the day it is read


# Reading the text ---------------------------------------------------------------------------


def _body(ctx: DocContext, tok: Token) -> str | None:
    """The country or organisation a token names, as an entity key."""
    org = ctx.organisation(tok)
    if org is not None:
        return org
    country = ctx.country(tok)
    if country is None:
        return None
    if country.kind == "institution":  # "the Kremlin": the organisation, when we know it
        return None
    return f"country/{country.iso2}"


def _is_title(tok: Token) -> bool:
    return tok.lower_ in TITLE_WORDS or (tok.pos_ == "NOUN" and tok.lemma_.lower() in TITLE_WORDS)


def _shared(words: list[Token]) -> bool:
    """A plural title ("Prime Ministers X and Y") is shared out among coordinated names: which
    country goes with which person is not said by the title alone."""
    return any(t.tag_ in ("NNS", "NNPS") for t in words)


def _title(words: list[Token]) -> str | None:
    parts = [SPELLINGS.get(t.lower_, t.lower_) for t in words if t.lower_ not in ("'s", "’s")]
    while parts and parts[-1] == "of":
        parts.pop()
    while parts and parts[0] == "of":
        parts.pop(0)
    text = " ".join(" ".join(parts).replace("-", " ").split())
    return None if not text or text in NO_TITLE else text


def _before(ctx: DocContext, start: int) -> tuple[list[Token], list[str], bool]:
    """The title run just before a name: its title words, the bodies it names (nearest
    first) and whether it calls the office a past one."""
    doc = ctx.doc
    words: list[Token] = []
    bodies: list[str] = []
    past = False
    i = start - 1
    while i >= 0 and start - i <= 8 and "\n" not in doc[i].whitespace_:
        tok = doc[i]
        body = _body(ctx, tok)
        if body is not None:
            if body not in bodies:
                bodies.append(body)
            i -= 1
            continue
        if tok.text in ("'s", "’s", "-") or _is_title(tok):
            words.insert(0, tok)
            i -= 1
            continue
        if tok.lower_ == "of" and words and i > 0 and (
                _is_title(doc[i - 1]) or _body(ctx, doc[i - 1]) is not None):
            words.insert(0, tok)
            i -= 1
            continue
        past = tok.lower_ in NOT_NOW or tok.lower_.rstrip("-") in NOT_NOW
        break
    return words, bodies, past


def _phrase(ctx: DocContext, head: Token, *, skip: frozenset[int] = frozenset()):
    """Title words and bodies of a noun phrase headed by a title ("Chile's foreign minister",
    "the foreign minister of Chile", "the NATO secretary general")."""
    words: list[Token] = []
    bodies: list[str] = []
    past = False
    # another person in the phrase takes their own titles along ("the president's envoy")
    others = {t.i for c in head.children if c.i not in skip and ctx.person(c) is not None
              for t in c.subtree}
    for tok in head.subtree:
        if tok.i in skip or tok.i in others or tok.i > head.i + 6:
            continue
        body = _body(ctx, tok)
        if body is not None:
            if body not in bodies:
                bodies.append(body)
        elif tok.text in ("'s", "’s") or _is_title(tok):
            words.append(tok)
        elif tok.lower_ == "of" and words and _is_title(tok.head):
            words.append(tok)  # "head of state"
        elif tok.lower_ in NOT_NOW or tok.lower_.rstrip("-") in NOT_NOW:
            past = True
    return words, bodies, past


def extract_affiliations(ctx: DocContext) -> Iterator[Affiliation]:
    seen: set[tuple] = set()
    found: list[Affiliation] = []

    def add(cluster: int, body: str, title: str | None, tok: Token, rule: str,
            chain: tuple[str, ...] = ()) -> None:
        key = (cluster, body, title)
        if key in seen or ctx.clusters[cluster].tentative:
            return
        seen.add(key)
        sent = sentence_of(tok)
        ev = make_evidence(ctx, sent.start_char, sent.end_char, extractor=EXTRACTOR, rule=rule,
                           chain=chain)
        found.append(Affiliation(person_key(cluster), body, title, ev, ctx.article_when))

    for mention in ctx.mentions:
        span = mention.span(ctx.doc)
        root = span.root
        words, bodies, past = _before(ctx, mention.start)
        if bodies and not past and not _shared(words):
            add(mention.cluster, bodies[0], _title(words), root, "affiliation/title")
        # "X, Chile's foreign minister," / "Chile's foreign minister, X"
        appositions = [c for c in root.children if c.dep_ == "appos" and _is_title(c)]
        if root.dep_ == "appos" and _is_title(root.head):
            appositions.append(root.head)
        for head in appositions:
            names = frozenset(range(mention.start, mention.end))
            words, bodies, past = _phrase(ctx, head, skip=names)
            if bodies and not past and not _shared(words):
                add(mention.cluster, bodies[0], _title(words), root, "affiliation/appos")
        # "President Luc Martin of France"
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    body = _body(ctx, pobj) if pobj.dep_ == "pobj" else None
                    if body is not None and words and not past:
                        add(mention.cluster, body, _title(words), root, "affiliation/of")
    # role phrases coreference resolved: "the U.S. envoy", "the Chilean foreign minister",
    # when the office is one the text already gave that person
    for i, res in sorted(ctx.resolved.items()):
        tok = ctx.doc[i]
        head = tok.lemma_.lower()
        if len(res.chain) < 2 or head not in ROLE_HEADS or tok.pos_ != "NOUN":
            continue
        held = set(ctx.clusters[res.cluster].descriptors)
        if head not in held and not (head in ("leader", "head") and held & LEADER_TITLES):
            continue
        words, bodies, past = _phrase(ctx, tok)
        if bodies and not past:
            add(res.cluster, bodies[0], _title(words), tok, "affiliation/role-phrase", res.chain)
    yield from sorted(found, key=lambda f: (f.evidence.start, f.person, f.affiliation))


# The relation, declared ---------------------------------------------------------------------


def _triples(fact: Affiliation, node: URIRef) -> Iterator[tuple]:
    person, body = entity_iri(fact.person), entity_iri(fact.affiliation)
    yield node, RDF.type, AFF.Affiliation
    yield node, AFF.person, person
    yield node, AFF.affiliation, body
    if fact.title:
        yield node, AFF.title, Literal(fact.title)
    yield person, AFF.affiliation, body
    yield from when_triples(node, fact.date)


def _ends(g: Graph, node: Node) -> list[tuple[Node, Node]]:
    return [(p, a) for p in g.objects(node, AFF.person) for a in g.objects(node, AFF.affiliation)]


def _describe(g: Graph, node: Node) -> list[tuple[str, str]]:
    lines = []
    for person, body in _ends(g, node):
        lines += [("person", label(g, person)), ("affiliation", label(g, body))]
    title = g.value(node, AFF.title)
    if title is not None:
        lines.append(("title", str(title)))
    return lines


def _row(g: Graph, node: Node) -> dict[str, str]:
    ends = _ends(g, node)
    person, body = ends[0] if ends else (None, None)
    return {"subject": label(g, person) if person is not None else "",
            "object": label(g, body) if body is not None else "",
            "title": str(g.value(node, AFF.title) or "")}


SUMMARY = """{
    ?fact a kg:Affiliation ;
        kg:person/rdfs:label ?person_name ;
        kg:affiliation/rdfs:label ?body .
    OPTIONAL { ?fact kg:title ?office }
    BIND("Affiliation" AS ?type)
    BIND(CONCAT(?person_name, ": ", COALESCE(CONCAT(?office, ", "), ""), ?body) AS ?summary)
  }"""

RULES = (
    Rule("affiliation/title", 0.85, "a title naming a body before a name: \"German Chancellor "
         "X\", \"NATO Secretary General X\""),
    Rule("affiliation/appos", 0.8, "a title in apposition: \"X, Finland's foreign minister\""),
    Rule("affiliation/of", 0.8, "a title with an of-phrase: \"X, president of Finland\""),
    Rule("affiliation/role-phrase", 0.7, "a role phrase resolved to a person named before: "
         "\"the Finnish president\""),
)


RELATION = register(Relation(
    name=EXTRACTOR,
    fact=Affiliation,
    node_class=AFF.Affiliation,
    extractors={"kg.affiliation.v1": extract_affiliations},
    entities=("person", "affiliation"),
    triples=_triples,
    ontology=ontology_text("relations/affiliation.ttl"),
    shapes=ontology_text("relations/affiliation.shapes.ttl"),
    terms=AFF,
    view=View(label="affiliation (office)", color="#7a5195", ends=_ends, membership=True),
    columns=("title",),
    row=_row,
    gold=Gold(item=lambda item: (item["person"], item["affiliation"]),
              entities=lambda item: [item.get("person"), item.get("affiliation")],
              predicted=lambda g, n, resolve: [(resolve(p), resolve(a)) for p, a in _ends(g, n)],
              describe=lambda key: f"{key[0]}: {key[1]}"),
    describe=_describe,
    queries={"statements_by_affiliation": shipped_query("statements_by_affiliation")},
    entity_column="affiliation",
    summary=SUMMARY,
    rules=RULES,
))
