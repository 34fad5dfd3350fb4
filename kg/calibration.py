"""Confidence that means something: each rule's precision on the development gold.

``benchmarks/calibrate.py`` builds the seed and development articles, judges every extracted
fact against the gold files, and writes ``kg/relations/calibration.json``: for each rule (and
whether a pronoun or role phrase had to be resolved) the smoothed share of its facts that were
right. Extraction then stamps that figure on each fact as ``kg:confidence`` (``confidence``,
the only place a confidence is set); rules the gold never exercised keep the prior their
relation declares for them (``kg.relations.Rule``).
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files

from kg.model import Build

TABLE = "calibration.json"
# Beta prior of a rule's share of right facts: centred on its relation's pooled share (rules
# of one relation resemble each other more than they resemble nothing), worth 10 facts, so a
# rule seen right a handful of times stays near its relation rather than near certainty.
PRIOR_WEIGHT = 10.0


def key(rule: str, resolved: bool) -> str:
    return f"{rule}|coref" if resolved else rule


@functools.lru_cache(maxsize=1)
def table() -> dict[str, float]:
    path = files("kg.relations") / TABLE
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v["confidence"]) for k, v in data.get("rules", {}).items()}


# A fact that needed a pronoun, a role phrase or a climb through the tree to find its subject
# is taken to be this much less likely right than its rule's plain facts, until measured.
RESOLVED = 0.9


def confidence(rule: str, resolved: bool) -> float:
    """The confidence of a fact from ``rule`` — the one place it is set: the rule's measured
    share of right facts (with or without resolution), else the measured plain share scaled
    by ``RESOLVED``, else the rule's declared prior (``kg.relations.Rule``), likewise.

    The table is fitted on the seed and development gold; the Beta prior keeps rules with
    little evidence from claiming more than the data supports."""
    from kg.relations import RULES, relations

    found = table().get(key(rule, resolved))
    if found is not None:
        return found
    base = table().get(key(rule, False))
    if base is None:
        if rule not in RULES:
            relations()  # the built-in relations declare their rules when imported
        declared = RULES.get(rule)
        if declared is None:
            raise ValueError(f"rule '{rule}' is not declared by any relation (kg.relations.Rule)")
        base = declared.prior
    return round(base * RESOLVED, 2) if resolved else base


def smoothed(right: int, total: int, mean: float = 0.7) -> float:
    """A rule's share of right facts, shrunk towards ``mean`` (its relation's pooled share)."""
    return round((right + PRIOR_WEIGHT * mean) / (total + PRIOR_WEIGHT), 2)


def pooled(counts: dict[str, list[int]]) -> dict[str, float]:
    """Each relation's share of right facts over all its rules ((right, total) per rule key),
    with one right and one wrong added: the centre of its rules' prior."""
    sums: dict[str, list[int]] = {}
    for k, (right, total) in counts.items():
        rel = k.split("/", 1)[0]
        acc = sums.setdefault(rel, [0, 0])
        acc[0] += right
        acc[1] += total
    return {rel: (r + 1) / (n + 2) for rel, (r, n) in sums.items()}


def judge(result: Build, gold: dict) -> list[tuple[str, bool, float, bool]]:
    """Every fact of a build the gold can judge, as (rule, resolved, confidence, right): right
    when the gold of its article holds it (optional items included), as ``kg eval`` matches."""
    from kg.eval import judge as judged_nodes
    from kg.namespace import KG
    from kg.write.rdf import to_graph

    graph = to_graph(result)
    out = []
    for node, ok in sorted(judged_nodes(graph, gold).items(), key=lambda kv: str(kv[0])):
        rule = str(graph.value(node, KG.rule) or "")
        resolved = graph.value(node, KG.resolution) is not None
        out.append((rule, resolved, float(graph.value(node, KG.confidence)), ok))
    return out
