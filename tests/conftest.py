"""Shared fixtures: the real spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
DEV = SHARED / "dev"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def extract(nlp):
    """Run the real pipeline over one passage and return readable facts:
    {"met": {frozenset(labels)}, "planned": {...}, "stated": [(speaker, claim)],
     "roles": {(country, role)}}."""
    from kg.model import Article, Meeting, RoleAssertion, Statement
    from kg.pipeline import extract_articles
    from kg.read import read_text

    def run(text: str) -> dict:
        article = read_text(text, id="passage.txt")
        result = extract_articles([article])
        label = {k: e.label for k, e in result.entities.items()}
        out: dict = {"met": set(), "planned": set(), "stated": [], "roles": set()}
        for fact in result.facts:
            if isinstance(fact, Meeting):
                pair = frozenset(label[p] for p in fact.participants)
                out["met" if fact.status == "held" else "planned"].add(pair)
            elif isinstance(fact, Statement):
                out["stated"].append((label[fact.speaker], fact.claim))
            elif isinstance(fact, RoleAssertion):
                out["roles"].add((label[fact.country], fact.role))
        return out

    return run
