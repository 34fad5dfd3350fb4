"""Confidence that means something: each rule's precision on the development gold.

``benchmarks/calibrate.py`` builds the seed and development articles, judges every extracted
fact against the gold files, and writes ``kg/relations/calibration.json``: for each rule (and
whether a pronoun or role phrase had to be resolved) the smoothed share of its facts that were
right. Extraction then stamps that figure on each fact as ``kg:confidence``; rules the gold
never exercised keep the prior their extractor gives them.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files

from kg.model import Build

TABLE = "calibration.json"
# Beta prior: a rule with no evidence is taken to be right 70% of the time, worth 10 facts, so
# a rule seen right a handful of times stays near the prior rather than near certainty.
PRIOR_RIGHT, PRIOR_WRONG = 7.0, 3.0


def key(rule: str, resolved: bool) -> str:
    return f"{rule}|coref" if resolved else rule


@functools.lru_cache(maxsize=1)
def table() -> dict[str, float]:
    path = files("kg.relations") / TABLE
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v["confidence"]) for k, v in data.get("rules", {}).items()}


def calibrated(rule: str, resolved: bool, default: float) -> float:
    """The calibrated confidence of a fact from ``rule``; ``default`` when never measured.

    The table is fitted on the same seed and development gold the tests check it on; the
    prior keeps rules with little evidence from claiming more than the data supports."""
    found = table().get(key(rule, resolved))
    if found is None and resolved:
        base = table().get(key(rule, False))
        found = None if base is None else base * default / max(default + 0.1, 1e-9)
    return default if found is None else found


def smoothed(right: int, total: int) -> float:
    return round((right + PRIOR_RIGHT) / (total + PRIOR_RIGHT + PRIOR_WRONG), 2)


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
