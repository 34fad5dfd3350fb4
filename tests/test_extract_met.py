"""The met extractor on passages written for these tests (not from the seeds)."""

from __future__ import annotations

import pytest

HELD = [
    ("The meeting followed a separate sit-down between President Juan Ortega and Chancellor "
     "Olaf Scholz.", {("Juan Ortega", "Olaf Scholz")}),
    ("Speaking at a joint press conference with his Chilean counterpart Juan Ortega, Foreign "
     "Minister Pavel Novak said the talks were useful.", {("Pavel Novak", "Juan Ortega")}),
    ("Minister of Foreign Affairs of Chile Juan Ortega met with Foreign Minister of Norway "
     "Espen Dahl in Oslo.", {("Juan Ortega", "Espen Dahl")}),
    ("Chancellor Olaf Scholz and President Andrzej Duda met in Toulon. The two leaders also spoke "
     "by phone with Prime Minister Anna Lindqvist.",
     {("Olaf Scholz", "Andrzej Duda"), ("Olaf Scholz", "Anna Lindqvist"),
      ("Andrzej Duda", "Anna Lindqvist")}),
    ("Ursula von der Leyen met Mark Carlsen in Brussels.", {("Ursula von der Leyen", "Mark Carlsen")}),
    # a bare name NER calls an organisation is still a person when it opens with a first name
    ("Olaf Scholz met Andrzej Duda in Berlin on Tuesday.", {("Olaf Scholz", "Andrzej Duda")}),
    ("Chancellor Olaf Scholz met Polish President Andrzej Duda in Berlin on Tuesday.",
     {("Olaf Scholz", "Andrzej Duda")}),
    ("Prime Minister Anna Lindqvist met with President Juan Ortega at the summit.",
     {("Anna Lindqvist", "Juan Ortega")}),
    ("President Juan Ortega hosted Prime Minister Anna Lindqvist at his residence.",
     {("Juan Ortega", "Anna Lindqvist")}),
    ("Foreign Minister Pavel Novak spoke with Chancellor Olaf Scholz by phone.",
     {("Pavel Novak", "Olaf Scholz")}),
    ("Pavel Novak held talks with Anna Lindqvist and Juan Ortega in Prague.",
     {("Pavel Novak", "Anna Lindqvist"), ("Pavel Novak", "Juan Ortega")}),
    ("Chancellor Olaf Scholz and President Andrzej Duda discussed energy prices over dinner.",
     {("Olaf Scholz", "Andrzej Duda")}),
    ("Anna Lindqvist had a phone conversation with Pavel Novak on Monday.",
     {("Anna Lindqvist", "Pavel Novak")}),
    ("After her meeting with Juan Ortega, Anna Lindqvist flew home.",
     {("Anna Lindqvist", "Juan Ortega")}),
    ("Chancellor Olaf Scholz said his talks with Andrzej Duda had been productive.",
     {("Olaf Scholz", "Andrzej Duda")}),
    ("The meeting between Pavel Novak and Juan Ortega lasted three hours.",
     {("Pavel Novak", "Juan Ortega")}),
    ("Juan Ortega called Chancellor Olaf Scholz on Friday to discuss the crisis.",
     {("Juan Ortega", "Olaf Scholz")}),
    ("Chancellor Olaf Scholz spoke with President Juan Ortega. "
     "This was followed by talks with Prime Minister Anna Lindqvist.",
     {("Olaf Scholz", "Juan Ortega"), ("Olaf Scholz", "Anna Lindqvist")}),
    ("Anna Lindqvist arrived in Madrid. She later spoke with Juan Ortega.",
     {("Anna Lindqvist", "Juan Ortega")}),
]

NONE = [
    "Chancellor Olaf Scholz and President Andrzej Duda agreed that prices were too high.",
    "Chancellor Olaf Scholz and President Andrzej Duda attended a summit in Rome.",
    "Pavel Novak met EU foreign ministers in Brussels.",
    "Olaf Scholz called on Andrzej Duda to release the funds.",
    "Juan Ortega called the proposal by Anna Lindqvist unacceptable.",
    "Olaf Scholz did not meet Andrzej Duda during the visit.",
    "The summit was convened by Pavel Novak.",
    "Anna Lindqvist and Juan Ortega both attended the conference in Rome.",
]

PLANNED = [
    ("Juan Ortega said he had begun arranging a meeting between Olaf Scholz and Andrzej Duda.",
     ("Olaf Scholz", "Andrzej Duda")),
    ("Chancellor Olaf Scholz will meet Andrzej Duda next week.", ("Olaf Scholz", "Andrzej Duda")),
    ("Anna Lindqvist plans to meet Juan Ortega in March.", ("Anna Lindqvist", "Juan Ortega")),
    ("They discussed the upcoming meeting between Pavel Novak and Juan Ortega.",
     ("Pavel Novak", "Juan Ortega")),
]


@pytest.mark.parametrize(("text", "pairs"), HELD)
def test_extract_met_held(extract, text, pairs):
    assert extract(text)["met"] == {frozenset(p) for p in pairs}


@pytest.mark.parametrize("text", NONE)
def test_extract_met_nothing(extract, text):
    assert extract(text)["met"] == set()


@pytest.mark.parametrize(("text", "pair"), PLANNED)
def test_extract_met_planned_kept_apart(extract, text, pair):
    facts = extract(text)
    assert facts["met"] == set()
    assert frozenset(pair) in facts["planned"]
