"""Extraction quality against gold facts, as floors that only ever go up.

Seeds: a copy of shared/gold/seeds.gold.json lives in tests/data. Dev and dev2: the
development articles are third-party text and are read from ../shared/dev and ../shared/dev2
when they are there (never copied).
"""

from __future__ import annotations

import pytest

from kg.eval import evaluate, load_gold
from kg.write.rdf import to_graph
from kg.pipeline import build
from conftest import DEV, ROOT, SEEDS

# (relation, F1 floor, precision floor) — raise these as extraction improves, never lower them.
SEED_FLOORS = {"met": (0.97, 0.97), "stated": (0.93, 0.93), "roles": (0.93, 0.97)}
DEV_FLOORS = {"met": (0.97, 0.97), "stated": (0.96, 0.97), "roles": (0.97, 0.97)}
DEV2_FLOORS = {"met": (0.97, 0.97), "stated": (0.96, 0.97), "roles": (0.97, 0.97)}


def _scores(articles, gold_path):
    report = evaluate(to_graph(build([articles])), load_gold(gold_path))
    return report


@pytest.fixture(scope="module")
def seed_report(nlp):
    return _scores(SEEDS, ROOT / "tests" / "data" / "seeds.gold.json")


@pytest.fixture(scope="module")
def dev_report(nlp):
    articles, gold = DEV / "articles", DEV / "dev.gold.json"
    if not articles.is_dir() or not gold.is_file():
        pytest.skip("../shared/dev is not beside the project")
    return _scores(articles, gold)


@pytest.fixture(scope="module")
def dev2_report(nlp):
    articles, gold = DEV.parent / "dev2" / "articles", DEV.parent / "dev2" / "dev2.gold.json"
    if not articles.is_dir() or not gold.is_file():
        pytest.skip("../shared/dev2 is not beside the project")
    return _scores(articles, gold)


@pytest.mark.parametrize("relation", sorted(SEED_FLOORS))
def test_quality_seeds_floor(seed_report, relation):
    f1_floor, p_floor = SEED_FLOORS[relation]
    scores = seed_report.relations[relation]
    assert scores.f1 >= f1_floor, f"{relation}: F1 {scores.f1:.2f} < {f1_floor}"
    assert scores.precision >= p_floor, f"{relation}: P {scores.precision:.2f} < {p_floor}"


@pytest.mark.parametrize("relation", sorted(DEV_FLOORS))
def test_quality_dev_floor(dev_report, relation):
    f1_floor, p_floor = DEV_FLOORS[relation]
    scores = dev_report.relations[relation]
    assert scores.f1 >= f1_floor, f"{relation}: F1 {scores.f1:.2f} < {f1_floor}"
    assert scores.precision >= p_floor, f"{relation}: P {scores.precision:.2f} < {p_floor}"


@pytest.mark.parametrize("relation", sorted(DEV2_FLOORS))
def test_quality_dev2_floor(dev2_report, relation):
    f1_floor, p_floor = DEV2_FLOORS[relation]
    scores = dev2_report.relations[relation]
    assert scores.f1 >= f1_floor, f"{relation}: F1 {scores.f1:.2f} < {f1_floor}"
    assert scores.precision >= p_floor, f"{relation}: P {scores.precision:.2f} < {p_floor}"


def test_quality_confidence_is_calibrated(nlp):
    """Facts at confidence >= 0.8 are right at least 80% of the time (seeds and dev)."""
    from kg.calibration import judge

    judged = []
    sets = [(SEEDS, ROOT / "tests" / "data" / "seeds.gold.json"), (DEV / "articles", DEV / "dev.gold.json")]
    for articles, gold in sets:
        if articles.is_dir() and gold.is_file():
            judged += judge(build([articles]), load_gold(gold))
    sure = [ok for _rule, _resolved, confidence, ok in judged if confidence >= 0.8]
    assert len(sure) >= 50
    assert sum(sure) / len(sure) >= 0.8


def test_quality_min_confidence_filters(nlp):
    result = build([SEEDS], min_confidence=0.9)
    assert result.facts
    assert all(f.evidence.confidence >= 0.9 for f in result.facts)
    assert len(result.facts) < len(build([SEEDS]).facts)
