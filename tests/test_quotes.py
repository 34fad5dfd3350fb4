"""Finding quotations in raw text: marks of every kind, paragraphs, unbalanced marks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import pytest

from kg.article.quotes import find_quotes, trim_claim


def _texts(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said: "The bridge will open in May." Then she left.', ["The bridge will open in May."]),
        ("“We are ready,” he said. “Not yet,” she replied.", ["We are ready,", "Not yet,"]),
        ("«Bonjour à tous», dit-il.", ["Bonjour à tous"]),
        ('He called it "unsuccessful.\nNext paragraph.', ["unsuccessful."]),
        ("“First paragraph of the quote.\n\n“Second paragraph,” he said.",
         ["First paragraph of the quote.\n\n“Second paragraph,"]),
        ('A 5\'10" player said nothing.', []),
        ("No quotes here at all.", []),
    ],
)
def test_quotes_found(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("raw", "claim"),
    [
        ("We will win,", "We will win"),
        ("“We will win.”", "We will win"),
        ("It is over...", "It is over..."),
        ("line one\nline two", "line one line two"),
    ],
)
def test_quotes_trim_claim(raw, claim):
    assert trim_claim(raw) == claim


@given(st.text(alphabet=st.sampled_from(list('ab "“”«»\n.,')), max_size=200))
def test_quotes_never_crash_and_stay_in_bounds(text):
    for q in find_quotes(text):
        assert 0 <= q.open_mark <= q.start <= q.end <= len(text)
