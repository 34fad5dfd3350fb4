"""Linking entities to authority IRIs through a user-supplied table (``kg build --links``)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.corpus.links import Link, LinkRow, LinkTable, load_links
from kg.errors import LinksError
from kg.model import COUNTRY, ORGANIZATION, PERSON

EXAMPLE = Path(__file__).parent / "data" / "links_example.csv"
EX = "http://example.org/"
EDMUND = EX + "person/edmund-harrow"
CLARA = EX + "person/clara-harrow"
TARAS = EX + "person/taras-hrytsenkyy"
ILSE = EX + "person/ilse-vandermeer"
BROOKS = EX + "org/linden-brooks"

# The issue's own example, with placeholder IRIs (not Wikidata's).
JOHNSONS = """name,iri,type,title
Boris Johnson,http://example.org/boris-johnson,Person,Prime Minister of the United Kingdom
BoJo,http://example.org/boris-johnson,Person,
Mike Johnson,http://example.org/mike-johnson,Person,Speaker of the US House
"""
BORIS = EX + "boris-johnson"
MIKE = EX + "mike-johnson"


@pytest.fixture(scope="module")
def table() -> LinkTable:
    return load_links(EXAMPLE)


@pytest.fixture()
def johnsons(tmp_path) -> LinkTable:
    path = tmp_path / "johnsons.csv"
    path.write_text(JOHNSONS, encoding="utf-8")
    return load_links(path)


def _write(tmp_path: Path, content: str | bytes, name: str = "links.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- loading -----------------------------------------------------------------------------


def test_links_load_example(table):
    assert len(table) == 7
    rows = {row.name: row for row in table}
    assert rows["Teddy Harrow"] == LinkRow("Teddy Harrow", EDMUND, PERSON, "", 3)
    assert rows["Ilse Vandermeer"].type == PERSON  # type defaults to Person
    assert rows["Linden Brooks"].type == ORGANIZATION


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (  # tab-separated, by suffix
            "name\tiri\ttype\ttitle\nAnna Berg\thttp://example.org/a\tperson\tMinister, of X\n",
            "links.tsv",
            [LinkRow("Anna Berg", EX + "a", PERSON, "Minister, of X", 2)],
        ),
        (  # byte-order mark, comments, blank lines, quoted comma, columns in any order
            "\ufeffiri,name,title\n# a comment\n\n"
            'https://example.org/a,Anna Berg,"Minister, of X"\n',
            "links.csv",
            [LinkRow("Anna Berg", "https://example.org/a", PERSON, "Minister, of X", 4)],
        ),
        (  # only the required columns; case-insensitive header and type
            "Name,IRI,Type\nFreedonia,http://example.org/fd,COUNTRY\n"
            "Acme,http://example.org/acme,Organisation\n",
            "links.csv",
            [
                LinkRow("Freedonia", EX + "fd", COUNTRY, "", 2),
                LinkRow("Acme", EX + "acme", ORGANIZATION, "", 3),
            ],
        ),
        ("name,iri,type,title\n", "links.csv", []),  # header only: an empty table
        (  # a repeated row is kept once
            "name,iri\nAnna Berg,http://example.org/a\nAnna Berg,http://example.org/a\n",
            "links.csv",
            [LinkRow("Anna Berg", EX + "a", PERSON, "", 2)],
        ),
    ],
)
def test_links_load_good(tmp_path, content, name, expected):
    assert list(load_links(_write(tmp_path, content, name))) == expected


def test_links_load_file_like():
    table = load_links(io.StringIO(JOHNSONS))
    assert len(table) == 3


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"name,iri\nJos\xe9 Berg,http://example.org/a\n", "line 2: not UTF-8"),
        ("", "line 1: no header"),
        ("# only a comment\n", "line 2: no header"),
        ("name,type\nAnna Berg,Person\n", "line 1: header lacks column iri"),
        ("iri\nhttp://example.org/a\n", "line 1: header lacks column name"),
        ("name,iri,titel\nAnna Berg,http://example.org/a,x\n", "line 1: unknown column 'titel'"),
        ("name,iri,name\nA,http://example.org/a,B\n", "line 1: a column is repeated"),
        ("name,iri\nAnna Berg,Q12345\n", "line 2: bad IRI 'Q12345'"),
        ("name,iri\nAnna Berg,ftp://example.org/a\n", "line 2: bad IRI"),
        ("name,iri\nAnna Berg,http://example.org/a b\n", "line 2: bad IRI"),
        ("name,iri\nAnna Berg,\n", "line 2: bad IRI ''"),
        ("name,iri\n,http://example.org/a\n", "line 2: empty name"),
        ("name,iri\n...,http://example.org/a\n", "line 2: name '...' has no words"),
        ("name,iri,type\n\n# note\nAnna,http://example.org/a,Place\n", "line 4: bad type 'Place'"),
        ("name,iri\nAnna Berg,http://example.org/a,extra\n", "line 2: 3 fields, the header has 2"),
        (
            "name,iri,type\nAcme,http://example.org/a,Organization\n"
            "Acme Ltd,http://example.org/a,Person\n",
            "line 3: http://example.org/a has type Person here but Organization on line 2",
        ),
        ('name,iri\n"Anna Berg,http://example.org/a\n', "line 2: bad quoting"),
    ],
)
def test_links_load_bad(tmp_path, content, reason):
    path = _write(tmp_path, content)
    with pytest.raises(LinksError) as info:
        load_links(path)
    message = info.value.line()
    assert "\n" not in message
    assert message.startswith(f"error E007: {path}: ")
    assert reason in message


def test_links_load_missing_file(tmp_path):
    path = tmp_path / "nowhere.csv"
    with pytest.raises(LinksError) as info:
        load_links(path)
    assert "\n" not in info.value.line()
    assert str(path) in info.value.line()


# --- linking -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Edmund Harrow"], Link(EDMUND, 0.95, "Edmund Harrow")),
        (["Edmund Harrow", "Harrow"], Link(EDMUND, 0.95, "Edmund Harrow")),
        (["Edmund Harrów"], Link(EDMUND, 0.95, "Edmund Harrow")),  # diacritics fold
        (["Prime Minister Edmund Harrow"], Link(EDMUND, 0.95, "Edmund Harrow")),  # honorifics
        (["Ilse Vandermeer's"], Link(ILSE, 0.95, "Ilse Vandermeer")),  # possessive
        (["E. Harrow"], Link(EDMUND, 0.95, "Edmund Harrow")),  # an initial
    ],
)
def test_links_full_name(table, names, expected):
    assert table.link(names=names, type=PERSON) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Teddy Harrow"], Link(EDMUND, 0.95, "Teddy Harrow")),
        (["Ted Harrow"], Link(EDMUND, 0.95, "Teddy Harrow")),
    ],
)
def test_links_alias(table, names, expected):
    assert table.link(names=names, type=PERSON) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["BoJo"], Link(BORIS, 0.95, "BoJo")),
        (["Boris Johnson"], Link(BORIS, 0.95, "Boris Johnson")),
        (["Mike Johnson"], Link(MIKE, 0.95, "Mike Johnson")),
        (["Boris Johnson", "Johnson", "BoJo"], Link(BORIS, 0.95, "Boris Johnson")),
    ],
)
def test_links_alias_shares_iri(johnsons, names, expected):
    assert johnsons.link(names=names, type=PERSON) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Taras Hrytsenky"], Link(TARAS, 0.95, "Taras Hrytsenkyy")),
        (["Taras Hrytsenkiy"], Link(TARAS, 0.95, "Taras Hrytsenkyy")),
        (["Taras Hrytsenkyi"], Link(TARAS, 0.95, "Taras Hrytsenkyy")),
        (["Tarass Hrytssenkyy"], Link(TARAS, 0.95, "Taras Hrytsenkyy")),
        (["Hrytsenkiy"], Link(TARAS, 0.7, "Taras Hrytsenkyy")),
    ],
)
def test_links_transliteration(table, names, expected):
    assert table.link(names=names, type=PERSON) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Vandermeer"], Link(ILSE, 0.7, "Ilse Vandermeer")),
        (["Vandermeer's"], Link(ILSE, 0.7, "Ilse Vandermeer")),
    ],
)
def test_links_surname_only(table, names, expected):
    link = table.link(names=names, type=PERSON)
    assert link == expected
    full = table.link(names=["Ilse Vandermeer"], type=PERSON)
    assert full is not None and link is not None and link.confidence < full.confidence


@pytest.mark.parametrize(
    ("descriptors", "countries", "iri", "confidence"),
    [
        (["prime", "minister"], ["GB"], BORIS, 0.8),
        (["prime", "minister"], [], BORIS, 0.7),
        (["minister"], [], BORIS, 0.6),
        ([], ["GB"], BORIS, 0.6),  # "United Kingdom" in the title
        (["Prime Ministers"], [], BORIS, 0.7),  # folded, plural dropped, phrase split
        (["speaker"], ["US"], MIKE, 0.7),
        (["speaker"], [], MIKE, 0.6),
        ([], ["us"], MIKE, 0.6),
        (["speaker", "minister"], ["US"], MIKE, 0.6),
    ],
)
def test_links_disambiguates_by_title(johnsons, descriptors, countries, iri, confidence):
    link = johnsons.link(
        names=["Johnson"], type=PERSON, descriptors=descriptors, countries=countries
    )
    assert link == Link(iri, confidence, "Boris Johnson" if iri == BORIS else "Mike Johnson")


@pytest.mark.parametrize(
    ("descriptors", "countries", "iri"),
    [
        (["prime", "minister"], ["GB"], EDMUND),
        (["speaker"], ["US"], CLARA),
    ],
)
def test_links_disambiguates_example(table, descriptors, countries, iri):
    link = table.link(names=["Harrow"], type=PERSON, descriptors=descriptors, countries=countries)
    assert link is not None and link.iri == iri and 0.6 <= link.confidence <= 0.85


@pytest.mark.parametrize(
    ("descriptors", "countries"),
    [
        ([], []),  # no cues at all
        (["chancellor"], []),  # cues that fit neither title
        ([], ["FR"]),
        ([], ["GB", "US"]),  # one point each: a tie
        (["minister", "speaker"], []),
        ([], ["XX"]),  # not a country code
    ],
)
def test_links_ambiguous_is_none(johnsons, descriptors, countries):
    assert (
        johnsons.link(names=["Johnson"], type=PERSON, descriptors=descriptors, countries=countries)
        is None
    )


@pytest.mark.parametrize(
    "names",
    [
        ["Jane Johnson"],  # the table names other Johnsons, not her
        ["Jane Johnson", "Johnson"],
        ["Anna Novak"],
        ["Boris Yeltsin"],  # a given name alone is nothing
        ["Boris"],
        [],
        [""],
        ["..."],
    ],
)
def test_links_unknown_person_is_none(johnsons, names):
    assert johnsons.link(names=names, type=PERSON, descriptors=["prime"], countries=["GB"]) is None


def test_links_unknown_person_with_bare_alias_is_surname_only(tmp_path):
    """A table that lists a bare surname links a full name with it only as a surname match."""
    table = load_links(_write(tmp_path, "name,iri\nHarrow,http://example.org/h\n"))
    assert table.link(names=["Harrow"], type=PERSON) == Link(EX + "h", 0.95, "Harrow")
    assert table.link(names=["Edmund Harrow"], type=PERSON) == Link(EX + "h", 0.7, "Harrow")


@pytest.mark.parametrize(
    ("names", "type_", "expected"),
    [
        (["Linden Brooks"], PERSON, None),  # a person is not linked to an organisation row
        (["Brooks"], PERSON, None),
        (["Linden Brooks"], ORGANIZATION, Link(BROOKS, 0.95, "Linden Brooks")),
        (["Brooks"], ORGANIZATION, None),  # organisations match by their whole name only
        (["Institute"], ORGANIZATION, None),
        (["Edmund Harrow"], ORGANIZATION, None),  # an organisation is not linked to a person
        (["Edmund Harrow"], COUNTRY, None),
    ],
)
def test_links_type_respected(table, names, type_, expected):
    assert table.link(names=names, type=type_) == expected


def test_links_bad_entity_type(table):
    with pytest.raises(ValueError):
        table.link(names=["Edmund Harrow"], type="Place")


def test_links_nothing_from_memory():
    empty = LinkTable()
    assert len(empty) == 0
    assert empty.link(names=["Volodymyr Zelensky"], type=PERSON) is None
    assert empty.link(names=["NATO"], type=ORGANIZATION) is None


def test_links_deterministic(tmp_path):
    first = load_links(_write(tmp_path, JOHNSONS))
    reordered = "\n".join([JOHNSONS.splitlines()[0], *reversed(JOHNSONS.splitlines()[1:])])
    second = load_links(_write(tmp_path, reordered + "\n", "other.csv"))
    for names, desc, countries in [
        (["Johnson"], ["speaker"], ["US"]),
        (["Johnson"], ["prime"], ["GB"]),
        (["Johnson"], [], []),
        (["BoJo"], [], []),
    ]:
        a = first.link(names=names, type=PERSON, descriptors=desc, countries=countries)
        b = second.link(names=names, type=PERSON, descriptors=desc, countries=countries)
        c = second.link(
            names=list(reversed(names)), type=PERSON, descriptors=desc[::-1], countries=countries
        )
        assert a == b == c


@given(
    names=st.lists(st.text(max_size=30), max_size=4),
    descriptors=st.lists(st.text(max_size=12), max_size=4),
)
def test_links_never_raises_on_any_names(names, descriptors):
    table = load_links(EXAMPLE)
    link = table.link(names=names, type=PERSON, descriptors=descriptors)
    assert link is None or (link.iri.startswith(EX) and 0.6 <= link.confidence <= 0.95)
