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
def seeds_graph(nlp, tmp_path_factory) -> Path:
    """``kg build seeds/`` run once for the session (through typer's runner): graph.ttl."""
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path_factory.mktemp("seeds-out")
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    return out / "graph.ttl"


@pytest.fixture(scope="session")
def extract(nlp):
    """Run the real pipeline over one passage and return readable facts:
    {"met": {frozenset(labels)}, "planned": {...}, "stated": [(speaker, claim)],
     "roles": {(country, role)}}."""
    from kg.relations.met import Meeting
    from kg.relations.roles import RoleAssertion
    from kg.relations.stated import Statement
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


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """After a run that included the construction suite, the number of its cases (and of
    known failures) per construction, read from its tables."""
    import importlib.util
    from collections import Counter

    ran = any(
        "test_construction.py::" in getattr(report, "nodeid", "")
        for reports in terminalreporter.stats.values()
        for report in reports
    )
    if not ran:
        return
    cases: Counter[str] = Counter()
    known: Counter[str] = Counter()
    for table in ("met", "stated", "roles"):
        path = Path(__file__).parent / "construction" / f"cases_{table}.py"
        spec = importlib.util.spec_from_file_location(f"_construction_cases_{table}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for param in module.CASES:
            cases[param.values[0]] += 1
            known[param.values[0]] += any(m.name == "xfail" for m in param.marks)
    width = max(len(name) for name in cases)
    write = terminalreporter.write_line
    terminalreporter.write_sep("-", "construction cases")
    write(f"{'construction':<{width}}  cases  xfail")
    for name in sorted(cases):
        write(f"{name:<{width}}  {cases[name]:>5}  {known[name] or '':>5}")
    write(f"{'total (' + str(len(cases)) + ' constructions)':<{width}}  "
          f"{sum(cases.values()):>5}  {sum(known.values()):>5}")
