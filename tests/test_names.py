"""Name normalisation and person matching across spellings."""

from __future__ import annotations

import pytest

from kg.names import fold, name_words, same_person, squash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdoğan", "erdogan"),
        ("U.S.", "us"),
        ("  Gitanas   Nausėda ", "gitanas nauseda"),
        ("Løkke", "lokke"),
    ],
)
def test_names_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zelensky", "Zelenskyy"), ("Zelenskiy", "Zelenskyi"), ("Sergey", "Sergei"), ("Dmitry", "Dmitri")],
)
def test_names_squash_transliterations(a, b):
    assert squash(a) == squash(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
        ("Zelenskyy", "Volodymyr Zelensky", True),
        ("Recep Tayyip Erdoğan", "Tayyip Erdogan", True),
        ("Keir Starmer", "Kir Starmer", True),
        ("J. Smith", "John Smith", True),
        ("Boris Johnson", "Mike Johnson", False),
        ("Donald Trump", "Donald Tusk", False),
        ("Mark Rutte", "Mark Carney", False),
        ("Anna Berg", "Ian Berg", False),
    ],
)
def test_names_same_person(a, b, same):
    assert same_person(name_words(a), name_words(b)) is same
