"""When things happened and which mentions are one meeting: date expressions, the date of each
event word, meeting events within and across articles, multilateral meetings and places.
Passages are written for these tests (invented people)."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import URIRef

from kg.article.dates import resolve
from kg.model import When
from kg.pipeline import extract_articles
from kg.read import read_text
from kg.relations.met import Meeting
from kg.relations.stated import Statement
from kg.write.rdf import serialize, to_graph

WED = dt.date(2025, 3, 5)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected", "planned"),
    [
        ("on Saturday", ("2025-03-01", "day"), False),
        ("Saturday", ("2025-03-08", "day"), True),
        ("Wednesday", ("2025-03-05", "day"), False),
        ("last Friday", ("2025-02-28", "day"), False),
        ("next Monday", ("2025-03-10", "day"), False),
        ("on Feb. 28", ("2025-02-28", "day"), False),
        ("February 28", ("2025-02-28", "day"), False),
        ("28 February 2025", ("2025-02-28", "day"), False),
        ("March 3rd", ("2025-03-03", "day"), False),
        ("December 20", ("2024-12-20", "day"), False),  # no year: the last one before
        ("Dec. 20, 2024", ("2024-12-20", "day"), False),
        ("2025-02-28", ("2025-02-28", "day"), False),
        ("28.02.2025", ("2025-02-28", "day"), False),
        ("yesterday", ("2025-03-04", "day"), False),
        ("today", ("2025-03-05", "day"), False),
        ("two days ago", ("2025-03-03", "day"), False),
        ("Tuesday evening", ("2025-03-04", "day"), False),
        ("in March", ("2025-03", "month"), False),
        ("in early March", ("2025-03", "month"), False),
        ("earlier this month", ("2025-03", "month"), False),
        ("last month", ("2025-02", "month"), False),
        ("last week", None, False),  # a week is no day and no month: the article's date stands
        ("this year", None, False),
        ("recent weeks", None, False),
        ("02/03/2025", None, False),  # day and month order unknown
    ],
)
def test_events_date_expressions(text, expected, planned):
    got = resolve(text, WED, planned=planned)
    assert (None if got is None else (got.value, got.precision)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the next day", ("2025-03-01", "day")),
        ("three days later", ("2025-03-03", "day")),
        ("two days earlier", ("2025-02-26", "day")),
        ("days later", ("2025-03", "month")),
    ],
)
def test_events_dates_counted_from_the_last_day_named(text, expected):
    got = resolve(text, WED, anchor=dt.date(2025, 2, 28))
    assert (got.value, got.precision) == expected
    assert resolve(text, WED) is None  # nothing to count from


def _build(*texts: str):
    articles = [read_text(text, id=f"a{i}.txt") for i, text in enumerate(texts)]
    return extract_articles(articles)


def _label(result, key):
    return result.entities[key].label


def _meetings(result):
    return [f for f in result.facts if isinstance(f, Meeting)]


ARTICLE = """date: 2025-03-05
title: Talks

President Anna Berg met Chancellor Jonas Lind in Oslo on Friday.
Berg said on Tuesday that the two would meet again on March 20.
Lind will meet Berg on Monday, officials said.
Berg held talks with Erik Dahl last week.
"""


def test_events_each_fact_takes_the_date_of_its_own_clause():
    result = _build(ARTICLE)
    dates = {(tuple(_label(result, k) for k in f.participants), f.status): f.date
             for f in _meetings(result)}
    assert dates[(("Anna Berg", "Jonas Lind"), "held")] == When("2025-02-28", "day")
    assert dates[(("Anna Berg", "Jonas Lind"), "planned")] == When("2025-03-10", "day")
    assert dates[(("Anna Berg", "Erik Dahl"), "held")] == When("2025-03-05", "article")
    [said] = [f for f in result.facts if isinstance(f, Statement)]
    assert said.date == When("2025-03-04", "day")  # said on Tuesday, not on March 20


def test_events_place_is_the_city_or_country_the_text_names():
    result = _build(ARTICLE)
    [held] = [f for f in _meetings(result) if f.status == "held" and f.date.precision == "day"]
    assert _label(result, held.place) == "Oslo"
    assert result.entities[held.place].country == "country/NO"
    assert result.entities["country/NO"].label == "Norway"


def test_events_mentions_of_one_meeting_in_one_article_are_one_event():
    result = _build("""date: 2025-03-05

President Anna Berg met Chancellor Jonas Lind in Oslo on Friday.
During the meeting, Berg and Lind discussed energy.
Berg spoke with Erik Dahl by phone on Monday.
""")
    events = result.records["met"]
    by_people = {tuple(_label(result, k) for k in e.participants): e for e in events}
    assert len(by_people[("Anna Berg", "Jonas Lind")].mentions) == 2
    assert by_people[("Anna Berg", "Jonas Lind")].date == When("2025-02-28", "day")
    assert by_people[("Anna Berg", "Erik Dahl")].mode == "call"
    assert len(events) == 2


def test_events_merge_across_articles_and_keep_distinct_meetings_apart():
    result = _build(
        "date: 2025-03-01\n\nPresident Anna Berg met Chancellor Jonas Lind in Oslo on Friday.\n",
        "date: 2025-03-03\n\nAnna Berg met Jonas Lind, officials said.\n",  # reported later
        "date: 2025-03-20\n\nAnna Berg met Jonas Lind on Tuesday.\n",  # another meeting
        "date: 2025-03-01\n\nAnna Berg spoke with Jonas Lind by phone on Friday.\n",  # a call
        "date: 2025-03-01\n\nAnna Berg will meet Jonas Lind on Friday.\n",  # planned
    )
    events = sorted(result.records["met"], key=lambda e: (e.date.value, e.status, e.mode or ""))
    summary = [(e.date.value, e.status, e.mode, sorted(m.evidence.article_id for m in e.mentions))
               for e in events]
    assert summary == [
        ("2025-02-28", "held", "call", ["a3.txt"]),
        ("2025-02-28", "held", "in-person", ["a0.txt", "a1.txt"]),
        ("2025-03-07", "planned", "in-person", ["a4.txt"]),
        ("2025-03-18", "held", "in-person", ["a2.txt"]),
    ]


def test_events_do_not_depend_on_the_order_of_the_articles():
    texts = [
        "date: 2025-03-01\n\nPresident Anna Berg met Chancellor Jonas Lind in Oslo on Friday.\n",
        "date: 2025-03-03\n\nAnna Berg met Jonas Lind, officials said.\n",
        "date: 2025-03-02\n\nAnna Berg, Jonas Lind and Erik Dahl held talks on Friday.\n",
    ]
    first = serialize(to_graph(_build(*texts)))
    articles = [read_text(t, id=f"a{i}.txt") for i, t in enumerate(texts)]
    again = serialize(to_graph(extract_articles(list(reversed(articles)))))
    assert first == again


def test_events_a_multilateral_meeting_is_one_mention_of_all():
    result = _build("date: 2025-03-05\n\nAnna Berg, Jonas Lind and Erik Dahl held talks in "
                    "Geneva on Monday.\n")
    [meeting] = _meetings(result)
    assert sorted(_label(result, k) for k in meeting.participants) == [
        "Anna Berg", "Erik Dahl", "Jonas Lind"]
    assert meeting.date == When("2025-03-03", "day")
    assert _label(result, meeting.place) == "Geneva"
    met = set(to_graph(result).subject_objects(URIRef("https://w3id.org/newskg/ontology#met")))
    assert len(met) == 6  # every pair, both ways


def test_events_seed_meeting_has_the_date_the_text_gives(seed_result):
    events = seed_result.records["met"]
    key = {e.label: k for k, e in seed_result.entities.items()}
    [white_house] = [e for e in events if set(e.participants) == {
        key["Donald Trump"], key["Volodymyr Zelensky"]}]
    assert white_house.date == When("2025-02-28", "day")  # "in Washington on February 28"
    assert seed_result.entities[white_house.place].label == "Washington"
    assert len({m.evidence.article_id for m in white_house.mentions}) == 2
    for event in events:  # a date from the text wherever a mention gives one
        given = [m.date for m in event.mentions if m.date and m.date.precision != "article"]
        if given:
            assert event.date in given


@pytest.fixture(scope="module")
def seed_result(nlp):
    from conftest import SEEDS
    from kg.pipeline import build

    return build([SEEDS])
