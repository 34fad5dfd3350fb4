"""kg.eval: scoring a graph against gold facts (shared/gold/README.md).

Graphs are built by hand, shaped as shared/CONTRACT.md says (``Graph`` below), and scored
against small hand-written gold dicts (``gold`` below).
"""

from __future__ import annotations

import json
from itertools import count

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, Literal, Namespace, URIRef
from rdflib import Graph as RdfGraph
from rdflib.namespace import DCTERMS, PROV

from conftest import DEV, SHARED
from kg.errors import GoldError, GraphError
from kg.eval import (
    EvalReport,
    Item,
    RelationScore,
    evaluate,
    evaluate_files,
    format_report,
    load_gold,
    normalise,
    token_f1,
    tokens,
)

KG = Namespace("https://w3id.org/newskg/ontology#")
KGR = Namespace("https://w3id.org/newskg/id/")

ZELENSKY, RUTTE, TRUMP = "Volodymyr_Zelensky", "Mark_Rutte", "Donald_Trump"
ERDOGAN = "Recep_Tayyip_Erdogan"
ENTITIES = {
    ZELENSKY: ("Person", ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"]),
    RUTTE: ("Person", ["Mark Rutte", "Rutte"]),
    TRUMP: ("Person", ["Donald Trump", "Trump"]),
    "Boris_Johnson": ("Person", ["Boris Johnson", "Johnson"]),
    ERDOGAN: ("Person", ["Recep Tayyip Erdoğan", "Erdoğan"]),
    "United_States": ("Country", ["United States", "US"]),
    "Turkey": ("Country", ["Turkey", "Türkiye"]),
    "Ukraine": ("Country", ["Ukraine"]),
}


def gold(articles: dict[str, dict], entities=ENTITIES) -> dict:
    """A newskg-gold/1 dict: ``articles`` maps an article id to some of met/stated/roles."""
    return {
        "schema": "newskg-gold/1",
        "entities": {eid: {"type": t, "aliases": names} for eid, (t, names) in entities.items()},
        "articles": {aid: {"met": [], "stated": [], "roles": [], **items}
                     for aid, items in articles.items()},
    }


def scored(graph: Graph, **items: list[dict]) -> EvalReport:
    """``graph`` scored against a gold file of one article, a.txt, with these items."""
    return evaluate(graph.g, gold({"a.txt": items}))


def met(a: str, b: str, *, optional: bool = False) -> dict:
    return {"pair": [a, b], **({"optional": True} if optional else {})}


def said(speaker: str, claim: str, *, optional: bool = False) -> dict:
    return {"speaker": speaker, "claim": claim, **({"optional": True} if optional else {})}


def role(country: str, name: str, *, optional: bool = False) -> dict:
    return {"country": country, "role": name, **({"optional": True} if optional else {})}


class Graph:
    """A contract-shaped graph, built a fact at a time; entities are named by their label and
    made (as kg:Person unless said otherwise) the first time they are named."""

    def __init__(self) -> None:
        self.g = RdfGraph()
        self.nodes: dict[str, URIRef] = {}
        self.ids = count()

    def entity(self, label: str, *alt_labels: str, cls: URIRef = KG.Person) -> URIRef:
        if label not in self.nodes:
            node = self.nodes[label] = KGR[f"entity-{next(self.ids)}"]
            self.g.add((node, RDF.type, cls))
            self.g.add((node, RDFS.label, Literal(label)))
            for alt in alt_labels:
                self.g.add((node, SKOS.altLabel, Literal(alt)))
        return self.nodes[label]

    def fact(self, cls: URIRef, article: str) -> URIRef:
        node, source = KGR[f"fact-{next(self.ids):04d}"], KGR[f"article-{article}"]
        self.g.add((source, RDF.type, KG.Article))
        self.g.add((source, DCTERMS.identifier, Literal(article)))
        self.g.add((node, RDF.type, cls))
        self.g.add((node, PROV.wasDerivedFrom, source))
        return node

    def meeting(self, article: str, *people: str, status: str = "held") -> Graph:
        node = self.fact(KG.Meeting, article)
        self.g.add((node, KG.status, Literal(status)))
        nodes = [self.entity(p) for p in people]
        for a in nodes:
            self.g.add((node, KG.participant, a))
            if status != "planned":
                for b in nodes:
                    if a != b:
                        self.g.add((a, KG.met, b))
        return self

    def statement(self, article: str, speaker: str, text: str) -> Graph:
        node, claim = self.fact(KG.Statement, article), KGR[f"claim-{next(self.ids)}"]
        self.g.add((self.entity(speaker), KG.stated, claim))
        self.g.add((claim, RDF.type, KG.Claim))
        self.g.add((claim, KG.text, Literal(text)))
        self.g.add((node, KG.speaker, self.entity(speaker)))
        self.g.add((node, KG.claim, claim))
        return self

    def role(self, article: str, country: str, concept: URIRef | str) -> Graph:
        node, concept = self.fact(KG.RoleAssertion, article), URIRef(concept)
        country_node = self.entity(country, cls=KG.Country)
        self.g.add((node, KG.country, country_node))
        self.g.add((node, KG.role, concept))
        self.g.add((country_node, KG.roleInSecurityGuarantees, concept))
        return self


def graph_from_gold(data: dict) -> RdfGraph:
    """The graph a perfect extractor would build: every gold item (optional ones too) as an
    evidence node, every entity labelled with its first alias, its other aliases as altLabels."""
    graph = Graph()
    for _eid, entity in sorted(data["entities"].items()):
        graph.entity(entity["aliases"][0], *entity["aliases"][1:], cls=KG[entity["type"]])
    name = {eid: entity["aliases"][0] for eid, entity in data["entities"].items()}
    for aid, article in data["articles"].items():
        for item in article["met"]:
            graph.meeting(aid, *(name[e] for e in item["pair"]))
        for item in article["stated"]:
            graph.statement(aid, name[item["speaker"]], item["claim"])
        for item in article["roles"]:
            graph.role(aid, name[item["country"]], KG[item["role"].capitalize()])
    return graph.g


def counts(report: EvalReport, relation: str) -> tuple[int, int, int]:
    score = report.relations[relation]
    return score.tp, score.fp, score.fn


# --- text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Erdoğan", "erdogan"),
        ("Recep  Tayyip\tErdoğan ", "recep tayyip erdogan"),
        ("U.S.", "us"),
        ("J. D. Vance", "j d vance"),
        ("Türkiye", "turkiye"),
        ("ZELENSKYY", "zelenskyy"),
        ("ﬁnland", "finland"),  # NFKD unfolds the ligature
    ],
)
def test_eval_normalise(name, expected):
    assert normalise(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war is a disaster", ["war", "is", "disaster"]),
        ("Zelenskyy’s 4% rating", ["zelenskyy", "s", "4", "rating"]),
        ("An end, at last!", ["end", "at", "last"]),
        ("snake_case word", ["snake", "case", "word"]),
        ("Україна and Türkiye", ["україна", "and", "türkiye"]),
        ("the a an", []),
    ],
)
def test_eval_tokens(text, expected):
    assert sorted(tokens(text).elements()) == sorted(expected)


@pytest.mark.parametrize(
    ("predicted", "gold_claim", "expected"),
    [
        ("Putin must not deceive us", "Putin must not deceive us", 1.0),
        ("The war must end", "war must end", 1.0),
        ("peace now", "peace later", 0.5),
        ("Ukraine needs peace", "Ukraine wants war", 1 / 3),
        ("peace peace", "peace", 2 / 3),  # tokens are a multiset
        ("", "anything", 0.0),
        ("the", "the", 0.0),
        ("alpha beta", "gamma delta", 0.0),
    ],
)
def test_eval_token_f1(predicted, gold_claim, expected):
    assert token_f1(predicted, gold_claim) == pytest.approx(expected)


@given(st.text())
def test_eval_normalise_is_idempotent(name):
    assert normalise(normalise(name)) == normalise(name)


@given(st.text(), st.text())
def test_eval_token_f1_is_symmetric_and_bounded(a, b):
    assert token_f1(a, b) == token_f1(b, a)
    assert 0.0 <= token_f1(a, b) <= 1.0
    assert token_f1(a, a) == (1.0 if tokens(a) else 0.0)


# --- entities ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "alt_labels"),
    [
        ("Erdogan", ()),  # gold has only "Erdoğan"
        ("ERDOĞAN", ()),
        ("R. T. Erdogan", ("Recep Tayyip Erdogan",)),  # the label matches nothing: an altLabel
        ("Erdoğan.", ()),
    ],
)
def test_eval_entity_normalisation(label, alt_labels):
    graph = Graph()
    graph.entity(label, *alt_labels)
    graph.meeting("a.txt", "Zelensky", label)
    report = scored(graph, met=[met(ZELENSKY, ERDOGAN)])
    assert counts(report, "met") == (1, 0, 0)


@pytest.mark.parametrize("label", ["U.S.", "US", "u.s.", "United  States"])
def test_eval_country_normalisation(label):
    graph = Graph().role("a.txt", label, KG.Guarantor)
    report = scored(graph, roles=[role("United_States", "guarantor")])
    assert counts(report, "roles") == (1, 0, 0)


@pytest.mark.parametrize(
    ("label", "alt_labels", "expected"),
    [
        ("Johnson", ("Trump",), "Boris_Johnson"),  # the label decides
        ("Boris", ("Trump",), TRUMP),  # no label match: the altLabel
        ("Boris", ("Trump", "Johnson"), "Boris_Johnson"),  # several altLabel matches: first id
        ("Boris", (), None),
    ],
)
def test_eval_label_before_alt_label(label, alt_labels, expected):
    graph = Graph()
    graph.entity(label, *alt_labels)
    graph.meeting("a.txt", "Rutte", label)
    pairs = [met(RUTTE, e) for e in ("Boris_Johnson", TRUMP)]
    report = scored(graph, met=pairs)
    assert counts(report, "met") == ((1, 0, 1) if expected else (0, 1, 2))
    missed = {miss.text.split(" – ")[0] for miss in report.relations["met"].misses}
    assert {"Boris_Johnson", TRUMP} - missed == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("build", "relation"),
    [
        (lambda g: g.meeting("a.txt", "Zelensky", "Kim Jong Un"), "met"),
        (lambda g: g.statement("a.txt", "Peskov", "Putin must not deceive us"), "stated"),
        (lambda g: g.role("a.txt", "Poland", KG.Guarantor), "roles"),
    ],
)
def test_eval_unknown_entity_counts_against_precision(build, relation):
    items = {"met": [met(ZELENSKY, RUTTE)],
             "stated": [said(ZELENSKY, "Putin must not deceive us")],
             "roles": [role("Turkey", "guarantor")]}
    report = evaluate(build(Graph()).g, gold({"a.txt": items}))
    assert counts(report, relation) == (0, 1, 1)
    assert "(not in gold)" in report.relations[relation].false_positives[0].text


# --- met --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "items", "expected"),
    [
        ("planned", [met(ZELENSKY, ERDOGAN)], (0, 0, 1)),
        ("planned", [], (0, 0, 0)),  # a planned meeting is no prediction
        ("held", [met(ZELENSKY, ERDOGAN)], (1, 0, 0)),
        ("held", [], (0, 1, 0)),
    ],
)
def test_eval_planned_meetings_not_counted(status, items, expected):
    graph = Graph().meeting("a.txt", "Zelensky", "Erdoğan", status=status)
    assert counts(scored(graph, met=items), "met") == expected


def test_eval_meeting_of_three_yields_all_pairs():
    graph = Graph().meeting("a.txt", "Zelensky", "Rutte", "Trump")
    items = [met(ZELENSKY, RUTTE), met(RUTTE, TRUMP), met(TRUMP, ZELENSKY)]
    assert counts(scored(graph, met=items), "met") == (3, 0, 0)


def test_eval_met_duplicates_count_once():
    graph = Graph()
    graph.entity("Zelenskyy")  # a second node for the same gold entity
    graph.meeting("a.txt", "Zelensky", "Rutte").meeting("a.txt", "Rutte", "Zelensky")
    graph.meeting("a.txt", "Zelenskyy", "Mark Rutte")
    report = scored(graph, met=[met(RUTTE, ZELENSKY)])
    assert counts(report, "met") == (1, 0, 0)


def test_eval_met_with_itself_is_a_false_positive():
    graph = Graph().meeting("a.txt", "Zelensky", "Zelenskyy")
    report = evaluate(graph.g, gold({"a.txt": {}}))
    assert report.relations["met"].false_positives == (
        Item("a.txt", "Volodymyr_Zelensky – Volodymyr_Zelensky"),)


# --- stated -----------------------------------------------------------------------------------

GOLD_CLAIM = "Ukraine needs lasting peace"  # four tokens


@pytest.mark.parametrize(
    ("claim", "counted"),
    [
        ("Ukraine needs lasting peace", True),
        ("Ukraine needs more weapons", True),  # F1 = 2·2 / (4 + 4) = 0.5 exactly
        ("Ukraine needs more weapons now", False),  # F1 = 4 / 9
        ("Ukraine wants war soon", False),
    ],
)
def test_eval_claim_threshold(claim, counted):
    graph = Graph().statement("a.txt", "Zelensky", claim)
    report = scored(graph, stated=[said(ZELENSKY, GOLD_CLAIM)])
    assert counts(report, "stated") == ((1, 0, 0) if counted else (0, 1, 1))


def test_eval_claim_needs_the_speaker():
    graph = Graph().statement("a.txt", "Trump", GOLD_CLAIM)
    report = scored(graph, stated=[said(ZELENSKY, GOLD_CLAIM)])
    assert counts(report, "stated") == (0, 1, 1)


@pytest.mark.parametrize(
    ("predicted", "golds", "expected", "wrong"),
    [
        # the best pair is taken first, even when the other prediction came first in the graph
        (["w1 w2 w3 w9", "w1 w2 w3 w4"], ["w1 w2 w3 w4"], (1, 1, 0), "w1 w2 w3 w9"),
        # greedy, not the best assignment: P1 takes G1 (0.89), P2 (0.57 with G1 only) is left over
        (["w1 w2 w3 w4 w5", "w3 w4 w7"], ["w1 w2 w3 w4", "w1 w2 w5 w6"], (1, 1, 1), "w3 w4 w7"),
        # a repeated claim matches once; the repeat is a false positive
        (["w1 w2 w3", "w1 w2 w3"], ["w1 w2 w3"], (1, 1, 0), "w1 w2 w3"),
        (["w1 w2 w3", "w4 w5 w6"], ["w4 w5 w6", "w1 w2 w3"], (2, 0, 0), None),
    ],
)
def test_eval_greedy_matching(predicted, golds, expected, wrong):
    graph = Graph()
    for claim in predicted:
        graph.statement("a.txt", "Zelensky", claim)
    report = scored(graph, stated=[said(ZELENSKY, c) for c in golds])
    assert counts(report, "stated") == expected
    fps = report.relations["stated"].false_positives
    assert [fp.text.split('"')[1] for fp in fps] == ([wrong] if wrong else [])


def test_eval_greedy_prefers_required_on_equal_f1():
    graph = Graph().statement("a.txt", "Zelensky", "w1 w2 w3 w4")
    golds = [said(ZELENSKY, "w1 w2 w3 w5", optional=True), said(ZELENSKY, "w1 w2 w3 w6")]
    assert counts(scored(graph, stated=golds), "stated") == (1, 0, 0)


# --- optional items, roles ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relation", "build", "item"),
    [
        ("met", lambda g: g.meeting("a.txt", "Zelensky", "Erdoğan"),
         met(ZELENSKY, ERDOGAN, optional=True)),
        ("stated", lambda g: g.statement("a.txt", "Zelensky", "he had a good conversation"),
         said(ZELENSKY, "he had a good conversation with Rutte", optional=True)),
        ("roles", lambda g: g.role("a.txt", "Ukraine", KG.Recipient),
         role("Ukraine", "recipient", optional=True)),
    ],
)
@pytest.mark.parametrize("predicted", [True, False])
def test_eval_optional_items_ignored(relation, build, item, predicted):
    graph = build(Graph()) if predicted else Graph()
    report = evaluate(graph.g, gold({"a.txt": {relation: [item]}}))
    assert counts(report, relation) == (0, 0, 0)


@pytest.mark.parametrize(
    ("concept", "expected"),
    [
        (KG.Guarantor, (1, 0, 0)),
        ("http://example.org/roles/Guarantor", (1, 0, 0)),  # the local name, lower-cased
        (KG.Opponent, (0, 1, 1)),
    ],
)
def test_eval_role_local_name(concept, expected):
    graph = Graph().role("a.txt", "Türkiye", concept).role("a.txt", "Turkey", concept)
    report = scored(graph, roles=[role("Turkey", "guarantor")])
    assert counts(report, "roles") == expected


# --- articles and averaging -------------------------------------------------------------------


def test_eval_per_article_scoping():
    graph = Graph().meeting("b.txt", "Zelensky", "Rutte")
    report = evaluate(graph.g, gold({"a.txt": {"met": [met(ZELENSKY, RUTTE)]}, "b.txt": {}}))
    assert counts(report, "met") == (0, 1, 1)
    assert report.relations["met"].misses == (Item("a.txt", "Mark_Rutte – Volodymyr_Zelensky"),)
    fps = report.relations["met"].false_positives
    assert fps == (Item("b.txt", "Mark_Rutte – Volodymyr_Zelensky"),)


def test_eval_articles_outside_the_gold_ignored_and_absent_ones_missed():
    graph = Graph().meeting("c.txt", "Zelensky", "Kim").statement("c.txt", "Trump", "anything")
    report = scored(graph, met=[met(ZELENSKY, RUTTE)])
    assert counts(report, "met") == (0, 0, 1)
    assert counts(report, "stated") == (0, 0, 0)
    assert (report.articles, report.absent, report.ignored) == (("a.txt",), ("a.txt",), ("c.txt",))


def test_eval_micro_average_over_articles():
    graph = Graph()
    graph.meeting("a.txt", "Zelensky", "Rutte").meeting("a.txt", "Trump", "Johnson")
    graph.meeting("b.txt", "Zelensky", "Rutte", "Trump")
    data = gold({
        "a.txt": {"met": [met(ZELENSKY, RUTTE), met(ZELENSKY, TRUMP)]},
        "b.txt": {"met": [met(RUTTE, ZELENSKY)]},
    })
    score = evaluate(graph.g, data).relations["met"]
    assert (score.tp, score.fp, score.fn) == (2, 3, 1)
    assert (score.precision, score.recall) == (pytest.approx(2 / 5), pytest.approx(2 / 3))
    assert score.f1 == pytest.approx(0.5)  # per-article averages would give P 0.42


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (RelationScore("met", tp=0), (0.0, 0.0, 0.0)),
        (RelationScore("met", tp=0, misses=(Item("a", "x"),), false_positives=(Item("a", "y"),)),
         (0.0, 0.0, 0.0)),
        (RelationScore("met", tp=1, misses=(Item("a", "x"),)), (1.0, 0.5, pytest.approx(2 / 3))),
    ],
)
def test_eval_f1_zero_when_nothing_matches(score, expected):
    assert (score.precision, score.recall, score.f1) == expected


# --- gold files -------------------------------------------------------------------------------

GOOD = gold({"a.txt": {"met": [met(ZELENSKY, RUTTE)]}})


def _broken(change) -> str:
    data = json.loads(json.dumps(GOOD))
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        (_broken(lambda d: d.update(schema="newskg-gold/2")), '"schema"'),
        (_broken(lambda d: d.pop("entities")), '"entities"'),
        (_broken(lambda d: d.update(articles=[])), '"articles"'),
        (_broken(lambda d: d["entities"][RUTTE].update(aliases=[])), "aliases"),
        (_broken(lambda d: d["entities"][RUTTE].update(aliases="Rutte")), "aliases"),
        (_broken(lambda d: d["entities"][RUTTE].pop("type")), '"type"'),
        (_broken(lambda d: d["articles"]["a.txt"].pop("roles")), "roles must be a list"),
        (_broken(lambda d: d["articles"]["a.txt"]["met"][0].update(pair=[RUTTE])), '"pair"'),
        (_broken(lambda d: d["articles"]["a.txt"]["met"][0].update(pair=[RUTTE, "Kim"])),
         "'Kim' is not in entities"),
        (_broken(lambda d: d["articles"]["a.txt"]["met"][0].update(optional="yes")), '"optional"'),
        (_broken(lambda d: d["articles"]["a.txt"]["stated"].append({"speaker": RUTTE})), '"claim"'),
        (_broken(lambda d: d["articles"]["a.txt"]["roles"].append({"country": "Ukraine"})),
         '"role"'),
    ],
)
def test_eval_bad_gold_file(tmp_path, content, reason):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(path) in str(error.value) and reason in str(error.value)
    assert "\n" not in str(error.value)


def test_eval_missing_or_undecodable_gold_file(tmp_path):
    with pytest.raises(GoldError, match="no such file"):
        load_gold(tmp_path / "absent.json")
    (tmp_path / "latin1.json").write_bytes("{\"é\": 1}".encode("latin-1"))
    with pytest.raises(GoldError, match="not UTF-8"):
        load_gold(tmp_path / "latin1.json")


def test_eval_bad_gold_dict():
    with pytest.raises(GoldError, match='"schema"'):
        evaluate(RdfGraph(), {"entities": {}, "articles": {}})


# --- whole graphs -----------------------------------------------------------------------------


@pytest.mark.parametrize("gold_path", [SHARED / "gold" / "seeds.gold.json", DEV / "dev.gold.json"],
                         ids=["seeds", "dev"])
def test_eval_perfect_graph_from_gold(gold_path):
    if not gold_path.is_file():
        pytest.skip(f"{gold_path} is not there")
    data = load_gold(gold_path)
    report = evaluate(graph_from_gold(data), data)
    for relation, score in report.relations.items():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), relation
        assert score.tp > 0 and not score.misses and not score.false_positives


def test_eval_files(tmp_path):
    graph_path, gold_path = tmp_path / "graph.ttl", tmp_path / "gold.json"
    Graph().meeting("a.txt", "Zelensky", "Rutte").g.serialize(graph_path, format="turtle")
    gold_path.write_text(json.dumps(GOOD), encoding="utf-8")
    assert counts(evaluate_files(graph_path, gold_path), "met") == (1, 0, 0)
    graph_path.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(GraphError):
        evaluate_files(graph_path, gold_path)
    with pytest.raises(GoldError):
        evaluate_files(graph_path, tmp_path / "absent.json")


# --- the report -------------------------------------------------------------------------------


def _report() -> EvalReport:
    graph = Graph().meeting("a.txt", "Zelensky", "Kim Jong Un")
    graph.statement("a.txt", "Zelensky", "Peace now")
    data = gold({"a.txt": {"met": [met(ZELENSKY, RUTTE)],
                           "stated": [said(ZELENSKY, "Peace now"), said(TRUMP, "Deal")]}})
    return evaluate(graph.g, data)


def test_eval_format_report_table_is_last():
    lines = format_report(_report()).splitlines()
    assert [line.split() for line in lines[-4:]] == [
        ["relation", "P", "R", "F1", "tp", "fp", "fn"],
        ["met", "0.00", "0.00", "0.00", "0", "1", "1"],
        ["stated", "1.00", "0.50", "0.67", "1", "0", "1"],
        ["roles", "0.00", "0.00", "0.00", "0", "0", "0"],
    ]
    assert len({len(line) for line in lines[-4:]}) == 1  # aligned
    assert lines[-5] == "gold articles: 1"


def test_eval_format_report_verbose():
    plain, verbose = format_report(_report()), format_report(_report(), verbose=True)
    assert verbose.endswith(plain)
    details = verbose[: -len(plain)]
    for expected in ["met missed (1):", "met false positives (1):", "  a.txt",
                     "    Mark_Rutte – Volodymyr_Zelensky", "'Kim Jong Un' (not in gold)",
                     "stated missed (1):", '    Donald_Trump: "Deal"']:
        assert expected in details
    assert "stated false positives" not in details
