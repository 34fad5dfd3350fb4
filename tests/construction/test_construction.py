"""The construction suite: short passages written for these tests, one way news text expresses
a meeting, a statement or a role each, with the exact facts a careful reader takes from them.

The tables live in ``cases_met.py``, ``cases_stated.py`` and ``cases_roles.py``; a case the
extractors get wrong today is a strict xfail whose reason says what to fix.
"""

from __future__ import annotations

from collections import Counter

import pytest

from .cases_met import CASES as MET
from .cases_roles import CASES as ROLES
from .cases_stated import CASES as STATED

TABLES = {"met": MET, "stated": STATED, "roles": ROLES}


def _with_ids(cases: list) -> list:
    """Name each case after its construction, numbered when a construction has several."""
    total = Counter(c.values[0] for c in cases)
    seen: Counter[str] = Counter()
    out = []
    for c in cases:
        name = c.values[0]
        seen[name] += 1
        ident = name if total[name] == 1 else f"{name}-{seen[name]}"
        out.append(pytest.param(*c.values, marks=c.marks, id=ident))
    return out


def _claim(text: str) -> str:
    return " ".join(text.split()).rstrip(" .,;:")


def _readable(relation: str, facts) -> object:
    if relation == "stated":
        return sorted((speaker, _claim(claim)) for speaker, claim in facts)
    return set(facts)


@pytest.mark.parametrize(
    ("construction", "passage", "expected"),
    _with_ids([c for table in TABLES.values() for c in table]),
)
def test_construction_yields_exact_facts(extract, construction, passage, expected):
    facts = extract(passage)
    got = {relation: _readable(relation, facts[relation]) for relation in expected}
    want = {relation: _readable(relation, value) for relation, value in expected.items()}
    assert got == want, construction


def test_met_rules_are_constructions_of_the_suite():
    """Every rule the met relation declares (the ``kg:rule`` of its facts, the calibration's
    key) is a construction of the suite, with cases; every row of its table declares its rule."""
    from kg.relations.met import CONSTRUCTIONS, RELATION

    suite = {c.values[0] for c in MET}
    declared = {r.id for r in RELATION.rules}
    assert declared <= suite, sorted(declared - suite)
    assert {row.rule.id for row in CONSTRUCTIONS} == declared
