"""country–role-in–security-guarantees: guarantors, opponents and recipients.

Each way a text gives a role is a ``Construction`` in ``CONSTRUCTIONS`` below: a row naming its
rule (``roles/<construction>``, the id of its cases in ``tests/construction/cases_roles.py``,
the ``kg:rule`` of its facts and its key in the calibration table), the role it gives, its
trigger and its argument finder. The finders live by role (``guarantors``, ``opponents``,
``recipients``) over the shared argument finders of ``arguments`` and the tree helpers of
``kg.article.syntax``.

* guarantors — a country (or a person speaking for one, or its capital or institution) sends,
  deploys, provides or contributes forces or guarantees, or is ready, prepared or open to:
  "Norway is prepared to send troops"; "Oslo's willingness to deploy troops"; "Swedish and
  Finnish soldiers would patrol the buffer zone"; "X's part in offering guarantees",
  "guarantees from X", "X as a guarantor"; the countries whose participation a recipient asks
  for; anything contributed to the force that guarantees a peace ("pledged air cover for a
  reassurance force", "will serve as the logistics hub for it"). Negated ("would not send its
  own soldiers"), declined ("refused to contribute"), asked about ("Is X ready to send
  troops?") or a past report of troops sent elsewhere yields nothing;
* opponents — a country opposes, rejects, rules out or vetoes membership, troops or a
  deployment, warns against it, finds it "unacceptable", calls it a threat or a provocation, or
  demands that foreign forces stay out: "Austria and Ireland oppose Moldova joining NATO",
  "Moscow views any Western contingent as a threat";
* recipients — guarantees for/to a country, a country needing, getting, asking for, counting
  on or discussing guarantees (from others), or refusing to act without them; "providing Kyiv
  with security guarantees", "guarantee Ukraine", "guarantee peace in Ukraine".
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import RDF, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import Node

from kg.article.context import CountryMention, DocContext, country_key
from kg.article.evidence import make_evidence
from kg.article.lexicon import FORCE_NOUNS, GUARANTEE_NOUNS, OPPOSE_TOPICS
from kg.iri import entity_iri
from kg.namespace import KG_NS
from kg.nlp import tokens_of
from kg.ontology import ontology_text
from kg.relations import Gold, Relation, Rule, View, register, shipped_query
from kg.relations.roles import guarantors as g
from kg.relations.roles import opponents as o
from kg.relations.roles import recipients as r
from kg.relations.roles.arguments import lemmas
from kg.relations.roles.model import (
    GUARANTOR,
    OPPONENT,
    RECIPIENT,
    ROLES,
    Construction,
    RoleAssertion,
    Scene,
)
from kg.terms import label

__all__ = ["CONSTRUCTIONS", "GUARANTOR", "OPPONENT", "RECIPIENT", "RELATION", "ROLES", "RULES",
           "RoleAssertion", "extract_roles"]


class ROLE(DefinedNamespace):
    """The roles relation's terms (``ontology/relations/roles.ttl``)."""

    _NS = Namespace(str(KG_NS))
    _fail = True

    RoleAssertion: URIRef
    roleInSecurityGuarantees: URIRef
    country: URIRef
    role: URIRef
    SecurityGuaranteeRoles: URIRef
    Guarantor: URIRef
    Opponent: URIRef
    Recipient: URIRef


EXTRACTOR = "roles"

# The constructions, in the order they are tried on each token (the first to give a country a
# role in a sentence names the rule).
CONSTRUCTIONS = (
    Construction(Rule("roles/guarantor-asked", 0.7, "countries whose participation a "
                      "recipient asks for"),
                 GUARANTOR, g.is_asking, g.find_asked, topical=False),
    Construction(Rule("roles/guarantor-verb", 0.85, "a country subject of a verb of providing, "
                      "sending or joining a force or guarantees: \"Britain will send troops\""),
                 GUARANTOR, g.is_provision, g.find_by_verb),
    Construction(Rule("roles/guarantor-readiness", 0.8, "a country owning a readiness noun: "
                      "\"Norway's willingness to send soldiers\""),
                 GUARANTOR, g.is_provision, g.find_by_readiness),
    Construction(Rule("roles/guarantor-support", 0.75, "a country contributing anything (air "
                      "cover, logistics, ships, a hub) to the force or coalition guaranteeing a "
                      "peace: \"X pledged air cover for a reassurance force\""),
                 GUARANTOR, g.is_support_verb, g.find_supporter),
    Construction(Rule("roles/guarantor-offer-noun", 0.75, "the owner of an offer of forces "
                      "for a peace: \"Britain's offer of troops for the reassurance force\""),
                 GUARANTOR, g.is_offer_noun, g.find_offerer),
    Construction(Rule("roles/guarantor-national-forces", 0.7, "national forces as actors of a "
                      "modal proposal: \"Swedish soldiers would …\""),
                 GUARANTOR, g.is_force_subject, g.find_national_forces),
    Construction(Rule("roles/guarantor-role-noun", 0.8, "a country's role in guarantees: "
                      "\"Turkey's role in the guarantees\", \"X could take on a leading role\""),
                 GUARANTOR, g.is_role_noun, g.find_role_owner),
    Construction(Rule("roles/guarantor-from", 0.8, "guarantees from a country: \"guarantees "
                      "from the US\""),
                 GUARANTOR, g.is_guarantee_common_noun, g.find_source),
    Construction(Rule("roles/guarantor-noun", 0.8, "a country as guarantor: \"Turkey could act "
                      "as a guarantor\", \"guarantors such as X\""),
                 GUARANTOR, g.is_guarantor_noun, g.find_guarantor_holder),
    Construction(Rule("roles/opponent-against", 0.75, "a country against a guarantee topic: "
                      "\"Hungary is against Ukraine joining NATO\""),
                 OPPONENT, o.is_against, o.find_against),
    Construction(Rule("roles/opponent-verb", 0.8, "a verb of opposing a guarantee topic: "
                      "\"Russia rejects the deployment\""),
                 OPPONENT, o.is_oppose_verb, o.find_opposer),
    Construction(Rule("roles/opponent-warn", 0.75, "\"Russia warned against the deployment\""),
                 OPPONENT, o.is_warning, o.find_warner),
    Construction(Rule("roles/opponent-called", 0.7, "\"a move Russia has called "
                      "unacceptable\""),
                 OPPONENT, o.is_oppose_adjective, o.find_caller),
    Construction(Rule("roles/opponent-adjective", 0.75, "an opposing adjective with its holder: "
                      "\"troops would be unacceptable for Russia\""),
                 OPPONENT, o.is_oppose_adjective, o.find_holder),
    Construction(Rule("roles/opponent-not-accept", 0.75, "a negated verb of accepting: "
                      "\"Moscow would not accept foreign contingents\""),
                 OPPONENT, o.is_accept_verb, o.find_refuser),
    Construction(Rule("roles/opponent-threat", 0.7, "\"X said foreign troops would be a direct "
                      "threat\""),
                 OPPONENT, o.is_threat_predicate, o.find_threatened),
    Construction(Rule("roles/opponent-called-threat", 0.7, "a country calling foreign forces "
                      "a threat or a provocation: \"X views any Western contingent in Ukraine "
                      "as a threat\""),
                 OPPONENT, o.is_threat_noun, o.find_regarder),
    Construction(Rule("roles/opponent-demand-exclusion", 0.7, "a country demanding that "
                      "foreign forces stay out: \"Russia's demand for a Ukraine without foreign "
                      "troops\""),
                 OPPONENT, o.is_excluded_force, o.find_excluder),
    Construction(Rule("roles/recipient-noun", 0.85, "guarantees for a country: \"security "
                      "guarantees for Ukraine\", \"Ukraine's guarantees\""),
                 RECIPIENT, r.is_guarantee_noun, r.find_target),
    Construction(Rule("roles/recipient-verb", 0.8, "a country receiving or seeking guarantees: "
                      "\"Ukraine wants guarantees\""),
                 RECIPIENT, r.is_guarantee_noun, r.find_receiver),
    Construction(Rule("roles/recipient-ask", 0.75, "a country insisting on or asking for "
                      "guarantees: \"Kyiv insists on guarantees\""),
                 RECIPIENT, r.is_guarantee_noun, r.find_asker),
    Construction(Rule("roles/recipient-without", 0.7, "a country that will not act without "
                      "guarantees: \"Kyiv will not sign anything without guarantees\""),
                 RECIPIENT, r.is_guarantee_noun, r.find_holdout),
    Construction(Rule("roles/recipient-from", 0.7, "a country discussing or expecting "
                      "guarantees from others: \"X is keen to discuss guarantees from its "
                      "allies\""),
                 RECIPIENT, r.is_guarantee_noun, r.find_seeker),
    Construction(Rule("roles/recipient-provide-with", 0.85, "\"provide Ukraine with "
                      "guarantees\""),
                 RECIPIENT, r.is_guarantee_noun, r.find_provided_with),
    Construction(Rule("roles/recipient-guarantee-verb", 0.75, "\"guarantee Ukraine's "
                      "security\""),
                 RECIPIENT, r.is_guarantee_verb, r.find_guaranteed),
)
RULES = tuple(c.rule for c in CONSTRUCTIONS)
CONTEXT_WORDS = frozenset(
    {"peacekeeping", "peacekeeper", "peacekeepers", "reassurance", "guarantee", "guarantees",
     "ceasefire", "deployment", "deploy", "contingent", "mission", "coalition", "peace", "truce",
     "armistice", "postwar", "post-war", "stabilisation", "stabilization"}
)
CONTEXT_PHRASES = ("security force", "security forces", "security guarantee", "peace deal")
# the words that make a sentence one the topical constructions read
TOPIC_WORDS = FORCE_NOUNS | GUARANTEE_NOUNS | OPPOSE_TOPICS | {"guarantee", "guarantor"}


def extract_roles(ctx: DocContext) -> Iterator[RoleAssertion]:
    """Every role the article gives, once per (country, role, sentence), in text order."""
    lowered = ctx.text.lower()
    article_context = bool(lemmas(ctx.doc) & CONTEXT_WORDS) or any(p in lowered for p in CONTEXT_PHRASES)
    facts: list[RoleAssertion] = []
    recent: list[bool] = []  # whether each earlier sentence spoke of guarantees
    toks = tokens_of(ctx.doc)
    for sent in ctx.doc.sents:
        words = lemmas(toks[sent.start : sent.end])
        about_guarantees = bool(words & (GUARANTEE_NOUNS | {"guarantee"}))
        scene = Scene(ctx, sent, article_context, about_guarantees or any(recent[-2:]))
        recent.append(about_guarantees)
        facts.extend(_sentence_roles(scene, topical=bool(words & TOPIC_WORDS)))
    seen: set[tuple] = set()
    for fact in sorted(facts, key=lambda f: (f.evidence.start, f.country, f.role)):
        key = (fact.country, fact.role, fact.evidence.start)
        if key not in seen:
            seen.add(key)
            yield fact


def _sentence_roles(scene: Scene, *, topical: bool) -> list[RoleAssertion]:
    """The roles one sentence gives: every construction on every token. The country guarantees
    are for is not, in the same breath, their guarantor."""
    toks = tokens_of(scene.ctx.doc)
    here: list[RoleAssertion] = []
    for tok in toks[scene.sent.start : scene.sent.end]:
        for construction in CONSTRUCTIONS:
            if (topical or not construction.topical) and construction.trigger(tok):
                here.extend(_fact(scene, c, construction) for c in construction.find(scene, tok))
    receiving = {f.country for f in here if f.role == RECIPIENT}
    return [f for f in here if not (f.role == GUARANTOR and f.country in receiving)]


def _fact(scene: Scene, country: CountryMention, construction: Construction) -> RoleAssertion:
    ev = make_evidence(scene.ctx, scene.sent.start_char, scene.sent.end_char, extractor=EXTRACTOR,
                       rule=construction.rule.id,
                       resolved=country.kind in ("capital", "institution", "person"))
    return RoleAssertion(country_key(country.iso2), construction.role, ev)


# The relation, declared ---------------------------------------------------------------------

CONCEPT = {GUARANTOR: ROLE.Guarantor, OPPONENT: ROLE.Opponent, RECIPIENT: ROLE.Recipient}


def _triples(fact: RoleAssertion, node: URIRef) -> Iterator[tuple]:
    country, concept = entity_iri(fact.country), CONCEPT[fact.role]
    yield node, RDF.type, ROLE.RoleAssertion
    yield node, ROLE.country, country
    yield node, ROLE.role, concept
    yield country, ROLE.roleInSecurityGuarantees, concept
    # the concept itself, so the graph reads on its own
    yield concept, RDF.type, SKOS.Concept
    yield concept, SKOS.prefLabel, Literal(fact.role.lower(), lang="en")
    yield concept, SKOS.inScheme, ROLE.SecurityGuaranteeRoles
    yield ROLE.SecurityGuaranteeRoles, RDF.type, SKOS.ConceptScheme


def _ends(g: Graph, node: Node) -> list[tuple[Node, Node]]:
    return [(c, r) for c in g.objects(node, ROLE.country) for r in g.objects(node, ROLE.role)]


def role_word(g: Graph, role: Node) -> str:
    labels = sorted(str(x) for x in g.objects(role, SKOS.prefLabel))
    return labels[0] if labels else str(role).rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()


def _local(role: Node) -> str:
    return str(role).rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()


def _check(item: dict) -> str | None:
    role = item.get("role")
    return None if isinstance(role, str) and role.strip() else ' needs a "role"'


def _describe(g: Graph, node: Node) -> list[tuple[str, str]]:
    return [line for country, role in _ends(g, node)
            for line in (("country", label(g, country)), ("role", _local(role).capitalize()))]


def _row(g: Graph, node: Node) -> dict[str, str]:
    ends = _ends(g, node)
    country, role = ends[0] if ends else (None, None)
    return {"subject": label(g, country) if country is not None else "",
            "object": _local(role).capitalize() if role is not None else ""}


SUMMARY = """{
    ?fact a kg:RoleAssertion ;
        kg:country/rdfs:label ?country ;
        kg:role ?role .
    BIND("RoleAssertion" AS ?type)
    BIND(CONCAT(?country, ": ", REPLACE(STR(?role), "^.*[#/]", "")) AS ?summary)
  }"""

RELATION = register(Relation(
    name=EXTRACTOR,
    fact=RoleAssertion,
    node_class=ROLE.RoleAssertion,
    extractors={"kg.roles.v1": extract_roles},
    entities=("country",),
    triples=_triples,
    ontology=ontology_text("relations/roles.ttl"),
    shapes=ontology_text("relations/roles.shapes.ttl"),
    terms=ROLE,
    view=View(label="role in security guarantees", color="#b3282b", ends=_ends,
              object_kind="concept", object_label=lambda g, n: _local(n).capitalize(),
              object_name="Role"),
    row=_row,
    gold=Gold(required=True, item=lambda item: (item["country"], item["role"]),
              entities=lambda item: [item.get("country")], check=_check,
              predicted=lambda g, n, resolve: [(resolve(c), _local(r)) for c, r in _ends(g, n)],
              describe=lambda key: f"{key[0]}: {key[1]}"),
    describe=_describe,
    queries={"countries_by_role": shipped_query("countries_by_role")},
    summary=SUMMARY,
    rules=RULES,
))

