"""Scoring a graph against gold facts, exactly as ``shared/gold/README.md`` says.

    from kg.eval import evaluate_files, format_report
    print(format_report(evaluate_files("out/graph.ttl", "gold.json"), verbose=True))

The graph is read through its evidence nodes (shared/CONTRACT.md): each evidence node of a
registered relation (``kg.relations``: its ``node_class`` and ``Gold`` reading) counts for the
article whose ``dcterms:identifier`` it is ``prov:wasDerivedFrom``. A gold file has one list
per relation and article (the newskg-gold/1 three, ``met``, ``stated`` and ``roles``, are
required; another relation's list may be absent). Where the README leaves a choice open, this
module decides:

- A meeting with ``kg:status "planned"`` is no prediction (it has no ``kg:met`` triple);
  a meeting of three or more people predicts every pair of them.
- met and roles are sets per article: the same pair, or the same (country, role), read twice
  in one article (from two evidence nodes, or two nodes of one gold entity) counts once.
  Two participants of one meeting that are the same gold entity predict that it met itself:
  a false positive.
- stated: every statement node is a prediction, and each gold item is matched at most once,
  greedily: all (prediction, gold) candidates with the same speaker and token F1 >= 0.5, by F1
  descending (ties: a required item before an optional one, then the statement nodes' IRI
  order, then gold order).
  So a claim repeated in one article matches once and the repeat is a false positive.
- A prediction matched to an optional item is ignored (neither tp nor fp); an optional item
  never matched is no miss.
- A node whose label matches several gold entities (or, failing that, whose altLabels do) is
  the first of them in sorted id order.
- Predictions for articles that are not in the gold are ignored; gold articles that are not in
  the graph count as misses. P (R) is 0 when nothing was predicted (nothing is in the gold).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations, groupby
from pathlib import Path
from typing import Any, NamedTuple

import rdflib
from rdflib import RDF, RDFS, SKOS
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from kg.errors import GoldError
from kg.graphio import load_graph
from kg.namespace import KG
from kg.relations import Relation, relations

__all__ = [
    "EvalReport",
    "Item",
    "RelationScore",
    "evaluate",
    "evaluate_files",
    "format_report",
    "load_gold",
    "normalise",
    "token_f1",
    "tokens",
]


SCHEMA = "newskg-gold/1"
MIN_CLAIM_F1 = 0.5
STOP_TOKENS = frozenset({"a", "an", "the"})
_TOKEN = re.compile(r"[^\W_]+")  # runs of letters and digits, in any script


# --- text ---------------------------------------------------------------------------------


def normalise(name: str) -> str:
    """A name as entity matching compares it: NFKD, diacritics dropped, lower case, '.'
    removed, whitespace collapsed ("Çağla Öztürk" → "cagla ozturk",
    "U.S." → "us")."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(bare.replace(".", "").split())


def tokens(text: str) -> Counter[str]:
    """The tokens of a claim: lower-cased runs of letters/digits, without a, an, the."""
    return Counter(t for t in _TOKEN.findall(text.lower()) if t not in STOP_TOKENS)


def token_f1(predicted: str | Counter[str], gold: str | Counter[str]) -> float:
    """Token F1 of two claims (texts or their ``tokens``); 0 when either has no tokens."""
    p = tokens(predicted) if isinstance(predicted, str) else predicted
    g = tokens(gold) if isinstance(gold, str) else gold
    size = sum(p.values()) + sum(g.values())
    return 2 * sum((p & g).values()) / size if size else 0.0


# --- gold -----------------------------------------------------------------------------------


def load_gold(path: str | Path) -> dict:
    """Read and check a gold file (newskg-gold/1); any problem is a GoldError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(path, "no such file") from None
    except IsADirectoryError:
        raise GoldError(path, "not a file") from None
    except UnicodeDecodeError:
        raise GoldError(path, "not UTF-8 text") from None
    except OSError as exc:
        raise GoldError(path, exc.strerror or str(exc)) from None
    try:
        gold = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        raise GoldError(path, reason) from None
    _check_gold(gold, path)
    return gold


def _is_name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_gold(gold: Any, where: str | Path) -> None:
    def need(ok: bool, reason: str) -> None:
        if not ok:
            raise GoldError(where, reason)

    need(isinstance(gold, dict), "expected a JSON object")
    need(gold.get("schema") == SCHEMA, f'"schema" must be "{SCHEMA}", not {gold.get("schema")!r}')
    entities, articles = gold.get("entities"), gold.get("articles")
    need(isinstance(entities, dict), '"entities" must be an object: id → {type, aliases}')
    need(isinstance(articles, dict), '"articles" must be an object: id → {met, stated, roles}')
    for eid, entity in entities.items():
        at = f"entities[{eid!r}]"
        need(isinstance(entity, dict), f"{at} must be an object")
        need(_is_name(entity.get("type")), f'{at} needs a "type"')
        aliases = entity.get("aliases")
        need(isinstance(aliases, list) and bool(aliases) and all(map(_is_name, aliases)),
             f"{at}.aliases must be a non-empty list of names")
    for aid, article in articles.items():
        need(isinstance(article, dict), f"articles[{aid!r}] must be an object")
        for rel in _scored():
            items = article.get(rel.name, None if rel.gold.required else [])
            need(isinstance(items, list), f"articles[{aid!r}].{rel.name} must be a list")
            for n, item in enumerate(items):
                at = f"articles[{aid!r}].{rel.name}[{n}]"
                need(isinstance(item, dict), f"{at} must be an object")
                need(isinstance(item.get("optional", False), bool),
                     f'{at}: "optional" must be true or false')
                problem = rel.gold.check(item)
                need(problem is None, at + (problem or ""))
                for eid in rel.gold.entities(item):
                    need(isinstance(eid, str) and eid in entities,
                         f"{at}: {eid!r} is not in entities")


def _scored() -> list[Relation]:
    """The registered relations the scorer knows how to read."""
    return [rel for rel in relations() if rel.gold is not None]


# --- the report -------------------------------------------------------------------------------


class Item(NamedTuple):
    """A missed gold item or a false positive, for people to read."""

    article: str
    text: str


@dataclass(frozen=True)
class RelationScore:
    relation: str
    tp: int
    misses: tuple[Item, ...] = ()  # required gold items no prediction matched
    false_positives: tuple[Item, ...] = ()  # predictions that matched no gold item

    @property
    def fp(self) -> int:
        return len(self.false_positives)

    @property
    def fn(self) -> int:
        return len(self.misses)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class EvalReport:
    relations: dict[str, RelationScore]  # per registered relation, in registry order
    articles: tuple[str, ...]  # the gold's articles
    absent: tuple[str, ...] = ()  # gold articles the graph does not have: all their items missed
    ignored: tuple[str, ...] = ()  # graph articles the gold does not have: not scored
    judged: dict = field(default_factory=dict, compare=False, repr=False)  # node -> held by gold


def format_report(report: EvalReport, *, verbose: bool = False) -> str:
    """The scores as an aligned table (its last lines); ``verbose`` lists, before it, the
    misses and false positives per relation and article."""
    lines: list[str] = []
    if verbose:
        for score in report.relations.values():
            for title, items in (("missed", score.misses),
                                 ("false positives", score.false_positives)):
                if not items:
                    continue
                lines.append(f"{score.relation} {title} ({len(items)}):")
                for article, group in groupby(items, key=lambda item: item.article):
                    lines.append(f"  {article}")
                    lines.extend(f"    {item.text}" for item in group)
        lines.append("")
    summary = f"gold articles: {len(report.articles)}"
    if report.absent:
        summary += f" ({len(report.absent)} not in the graph)"
    if report.ignored:
        summary += f"; graph articles not in the gold (ignored): {len(report.ignored)}"
    rows = [("relation", "P", "R", "F1", "tp", "fp", "fn")]
    rows += [(s.relation, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}",
              str(s.tp), str(s.fp), str(s.fn)) for s in report.relations.values()]
    widths = [max(map(len, column)) for column in zip(*rows)]
    lines.append(summary)
    for name, *figures in rows:
        cells = [name.ljust(widths[0])] + [c.rjust(w) for c, w in zip(figures, widths[1:])]
        lines.append("  ".join(cells))
    return "\n".join(lines)


# --- reading the graph --------------------------------------------------------------------


@dataclass(frozen=True)
class Unknown:
    """A graph entity that is no gold entity: it never equals a gold id, so cannot match."""

    label: str

    def __str__(self) -> str:
        return f"{self.label!r} (not in gold)"


Entity = str | Unknown  # a gold entity id, or an Unknown


def _resolver(graph: rdflib.Graph, entities: dict[str, Any]) -> Callable[[Node], Entity]:
    """A function from a graph node to the gold entity it is (README: "Entity")."""
    by_alias: dict[str, set[str]] = {}
    for eid, entity in entities.items():
        for alias in entity["aliases"]:
            if key := normalise(alias):
                by_alias.setdefault(key, set()).add(eid)
    seen: dict[Node, Entity] = {}

    def resolve(node: Node) -> Entity:
        if node not in seen:
            labels = sorted(str(o) for o in graph.objects(node, RDFS.label))
            alt_labels = sorted(str(o) for o in graph.objects(node, SKOS.altLabel))
            seen[node] = Unknown(next(iter(labels + alt_labels), str(node)))
            for names in (labels, alt_labels):  # the label decides before the altLabels
                matches = {eid for name in names for eid in by_alias.get(normalise(name), ())}
                if matches:
                    seen[node] = min(matches)
                    break
        return seen[node]

    return resolve


def _articles(graph: rdflib.Graph, node: Node) -> Iterator[str]:
    for article in graph.objects(node, PROV.wasDerivedFrom):
        for identifier in graph.objects(article, DCTERMS.identifier):
            yield str(identifier)


Predicted = dict[str, dict[str, list[tuple[Node, Any]]]]  # relation -> article -> (node, key)


def _read(graph: rdflib.Graph, resolve: Callable[[Node], Entity],
          scored: list[Relation]) -> Predicted:
    """Every prediction of the graph: per relation and article, (evidence node, key) pairs,
    in a stable order."""
    predicted: Predicted = {}
    for rel in scored:
        per_article = predicted.setdefault(rel.name, {})
        for node in sorted(graph.subjects(RDF.type, rel.node_class), key=str):
            keys = list(rel.gold.predicted(graph, node, resolve))
            for article in sorted(set(_articles(graph, node))):
                per_article.setdefault(article, []).extend((node, key) for key in keys)
    return predicted


def _graph_articles(graph: rdflib.Graph) -> set[str]:
    return {str(identifier) for article in graph.subjects(RDF.type, KG.Article)
            for identifier in graph.objects(article, DCTERMS.identifier)}


# --- scoring ------------------------------------------------------------------------------------


class _Outcome(NamedTuple):
    """One relation in one article: true positives, descriptions of misses and false
    positives, and for each evidence node whether a gold item (required or optional) holds it."""

    tp: int
    misses: list[str]
    false_positives: list[str]
    judged: dict[Node, bool]


def _score_set(predicted: list[tuple[Node, Any]], items: list[dict], rel: Relation) -> _Outcome:
    """Keys that match when equal: a set per article (a pair read twice counts once)."""
    key, describe = rel.gold.item, rel.gold.describe
    required = {key(item) for item in items if not item.get("optional")}
    optional = {key(item) for item in items if item.get("optional")}
    keys = {k for _, k in predicted}
    wrong = keys - required - optional
    judged: dict[Node, bool] = {}
    for node, k in predicted:
        judged[node] = judged.get(node, True) and k not in wrong
    return _Outcome(len(keys & required), sorted(map(describe, required - keys)),
                    sorted(map(describe, wrong)), judged)


def _score_text(predicted: list[tuple[Node, Any]], items: list[dict], rel: Relation) -> _Outcome:
    """Keys (entity, text): same entity and token F1 >= 0.5, each gold item matched at most
    once, greedily by best F1."""
    golds = [rel.gold.item(item) for item in items]
    gold_tokens = [tokens(text) for _, text in golds]
    closest = [0.0] * len(predicted)
    candidates = []  # (-F1, optional, prediction, gold item)
    for i, (_node, (entity, text)) in enumerate(predicted):
        claim = tokens(text)
        for j, (gold_entity, _text) in enumerate(golds):
            if entity == gold_entity:
                f1 = token_f1(claim, gold_tokens[j])
                closest[i] = max(closest[i], f1)
                if f1 >= MIN_CLAIM_F1:
                    candidates.append((-f1, bool(items[j].get("optional")), i, j))
    match: dict[int, int] = {}  # prediction -> gold item
    matched: set[int] = set()
    for _, _, i, j in sorted(candidates):
        if i not in match and j not in matched:
            match[i] = j
            matched.add(j)
    tp = sum(not items[j].get("optional") for j in matched)
    describe = rel.gold.describe
    misses = [describe(golds[j]) for j, item in enumerate(items)
              if j not in matched and not item.get("optional")]
    wrong = [describe(key) + (f" (closest gold claim: F1 {f1:.2f})" if f1 else "")
             for i, ((_node, key), f1) in enumerate(zip(predicted, closest)) if i not in match]
    judged = {node: closest[i] >= MIN_CLAIM_F1 for i, (node, _k) in enumerate(predicted)}
    return _Outcome(tp, misses, wrong, judged)


def evaluate(graph: rdflib.Graph, gold: dict) -> EvalReport:
    """Score ``graph`` against ``gold`` (a newskg-gold/1 dict, as ``load_gold`` returns it)."""
    _check_gold(gold, "gold")
    return _evaluate(graph, gold)


def evaluate_files(graph_path: str | Path, gold_path: str | Path) -> EvalReport:
    """Score a graph file against a gold file (GraphError / GoldError for a bad one)."""
    gold = load_gold(gold_path)
    return _evaluate(load_graph(graph_path), gold)


def judge(graph: rdflib.Graph, gold: dict) -> dict[Node, bool]:
    """For every evidence node of an article in the gold, whether a gold item (required or
    optional) holds it: the calibration's ground truth."""
    _check_gold(gold, "gold")
    return _evaluate(graph, gold).judged


def _annotated(gold: dict) -> list[Relation]:
    """The relations a gold file scores: the required ones, and any other it lists for at
    least one article (a gold file without affiliations does not count them as wrong)."""
    return [rel for rel in _scored() if rel.gold.required
            or any(rel.name in article for article in gold["articles"].values())]


def _evaluate(graph: rdflib.Graph, gold: dict) -> EvalReport:
    scored = _annotated(gold)
    predicted = _read(graph, _resolver(graph, gold["entities"]), scored)
    outcomes: dict[str, list[tuple[str, _Outcome]]] = {}
    judged: dict[Node, bool] = {}
    for rel in scored:
        score = _score_text if rel.gold.text else _score_set
        rows = outcomes.setdefault(rel.name, [])
        for aid, article in gold["articles"].items():
            outcome = score(predicted.get(rel.name, {}).get(aid, []), article.get(rel.name, []), rel)
            rows.append((aid, outcome))
            judged.update(outcome.judged)
    in_graph = _graph_articles(graph) | {a for per in predicted.values() for a in per}
    in_gold = set(gold["articles"])
    return EvalReport(
        relations={relation: _total(relation, rows) for relation, rows in outcomes.items()},
        articles=tuple(gold["articles"]),
        absent=tuple(sorted(in_gold - in_graph)),
        ignored=tuple(sorted(in_graph - in_gold)),
        judged=judged,
    )


def _total(relation: str, rows: list[tuple[str, _Outcome]]) -> RelationScore:
    """Micro-average: the counts of all articles added up."""
    return RelationScore(
        relation,
        tp=sum(outcome.tp for _, outcome in rows),
        misses=tuple(Item(aid, text) for aid, outcome in rows for text in outcome.misses),
        false_positives=tuple(Item(aid, text) for aid, outcome in rows
                              for text in outcome.false_positives),
    )
