"""Linking people and organisations to authority IRIs through a table the user supplies.

``kg build --links links.csv`` reads a table of ``name,iri,type,title`` rows (one row per name
or alias; rows may share an IRI) and links an entity to an IRI only when the table says so:
nothing is linked from memory, and an entity the table does not name stays unlinked.

A person matches a row when their names can be the same person (``same_person``: surnames
agree, given names agree where both have them, transliterations squashed). Organisations and
countries match only by the whole name. When several IRIs fit (two Harrows), the entity's
title words and nationality cues are scored against each row's ``title``; the best wins only
if it is strictly better than every other, otherwise the entity is left unlinked.

Confidence: one candidate by full name 0.95; one by surname only 0.7; chosen among several
by title 0.6-0.85, by margin.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple
from urllib.parse import urlsplit

from kg.names import HONORIFICS, fold, name_words, same_person
from kg.errors import LinksError
from kg.model import COUNTRY, ENTITY_TYPES, ORGANIZATION, PERSON

COLUMNS = ("name", "iri", "type", "title")
REQUIRED = ("name", "iri")
TYPES = {
    "person": PERSON,
    "organization": ORGANIZATION,
    "organisation": ORGANIZATION,
    "country": COUNTRY,
}
TSV_SUFFIXES = (".tsv", ".tab")

FULL_NAME = 0.95
SURNAME_ONLY = 0.7
BY_TITLE_MIN = 0.6
BY_TITLE_MAX = 0.85
BY_TITLE_STEP = 0.1  # added per point of margin over the runner-up

# Words in titles that say nothing about which office is meant.
TITLE_STOPWORDS = frozenset("a an and at de del for in of on the to".split())
_IRI_FORBIDDEN = frozenset(' <>"{}|\\^`')


class Link(NamedTuple):
    """An entity's authority IRI, how sure the table makes us, and the table name matched."""

    iri: str
    confidence: float
    matched: str


@dataclass(frozen=True)
class LinkRow:
    """One row of a links table."""

    name: str
    iri: str
    type: str
    title: str = ""
    line: int = 0


@dataclass(frozen=True)
class _Target:
    """Everything the table says about one IRI of one type."""

    iri: str
    type: str
    names: tuple[tuple[str, tuple[str, ...]], ...]  # (name as written, its match words)
    title_words: tuple[str, ...]


# --- words -------------------------------------------------------------------------------


def title_word(word: str) -> str:
    """Lemma-ish form of one title word: folded, lower case, a plural 's' dropped."""
    w = fold(word).strip("'’,;:()[]")
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return w


def title_words(text: str) -> tuple[str, ...]:
    """The words of a title or phrase that can tell offices apart, in order."""
    words = (title_word(w) for w in fold(text).replace("-", " ").replace("/", " ").split())
    return tuple(w for w in words if w and w not in TITLE_STOPWORDS)


def _person_words(name: str) -> tuple[str, ...]:
    """Squashed name words without leading honorifics ("Sir Edmund Harrow" -> edmund harrow)."""
    words = name_words(name)
    start = 0
    while start < len(words) - 1 and words[start] in HONORIFICS:
        start += 1
    return tuple(words[start:])


def _match_words(name: str, type_: str) -> tuple[str, ...]:
    return _person_words(name) if type_ == PERSON else tuple(name_words(name))


def _contains(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    starts = range(len(haystack) - n + 1)
    return n > 0 and any(tuple(haystack[i : i + n]) == tuple(needle) for i in starts)


def _country_phrases(iso2: str) -> list[tuple[str, ...]]:
    """Label, aliases and demonyms of one country as title-word sequences."""
    from kg.gazetteer.countries import get_gazetteer

    try:
        country = get_gazetteer().by_iso2(iso2)
    except KeyError:
        return []
    surfaces = (country.label, *country.aliases, *country.demonyms)
    return [p for p in (title_words(s) for s in surfaces) if p]


# --- the table ---------------------------------------------------------------------------


class LinkTable:
    """A user's links table; build it with ``load_links`` (or from ``LinkRow`` records)."""

    def __init__(self, rows: Iterable[LinkRow] = ()) -> None:
        self.rows: tuple[LinkRow, ...] = tuple(rows)
        grouped: dict[tuple[str, str], list[LinkRow]] = defaultdict(list)
        for row in self.rows:
            grouped[(row.type, row.iri)].append(row)
        self._by_last: dict[tuple[str, str], list[_Target]] = defaultdict(list)
        for (type_, iri), group in sorted(grouped.items()):
            names: dict[str, tuple[str, ...]] = {}
            for row in group:
                words = _match_words(row.name, type_)
                if words:
                    names.setdefault(row.name, words)
            title: list[str] = []
            for row in group:
                title.extend(w for w in title_words(row.title) if w not in title)
            target = _Target(iri, type_, tuple(names.items()), tuple(title))
            for last in sorted({words[-1] for words in names.values()}):
                self._by_last[(type_, last)].append(target)

    def __len__(self) -> int:
        return len(self.rows)

    def name_of(self, iri: str) -> str | None:
        """The table's first name for ``iri``: what a linked entity's key is made of."""
        return next((row.name for row in self.rows if row.iri == iri), None)

    def __iter__(self) -> Iterator[LinkRow]:
        return iter(self.rows)

    def link(
        self,
        *,
        names: Sequence[str],
        type: str,  # noqa: A002 - the entity's type, as in kg.model.Entity
        descriptors: Iterable[str] = (),
        countries: Iterable[str] = (),
    ) -> Link | None:
        """The IRI the table gives an entity with these names, or None when the table does
        not know it or cannot tell between several (never a guess)."""
        if type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {type!r}; expected one of {ENTITY_TYPES}")
        entity = [w for w in dict.fromkeys(_match_words(n, type) for n in names) if w]
        if not entity:
            return None
        candidates: dict[str, tuple[_Target, bool, str]] = {}
        for last in dict.fromkeys(words[-1] for words in entity):
            for target in self._by_last.get((type, last), ()):
                if target.iri in candidates:
                    continue
                found = _match(entity, target) if type == PERSON else _exact(entity, target)
                if found is not None:
                    candidates[target.iri] = (target, *found)
        if not candidates:
            return None
        full = {iri: c for iri, c in candidates.items() if c[1]}
        pool = full or candidates
        if len(pool) == 1:
            target, is_full, matched = next(iter(pool.values()))
            return Link(target.iri, FULL_NAME if is_full else SURNAME_ONLY, matched)
        return _by_title(list(pool.values()), descriptors, countries)


def _exact(entity: list[tuple[str, ...]], target: _Target) -> tuple[bool, str] | None:
    """Organisations and countries: the whole name, folded and squashed, must be the same."""
    for name, words in target.names:
        if words in entity:
            return True, name
    return None


def _match(entity: list[tuple[str, ...]], target: _Target) -> tuple[bool, str] | None:
    """Whether a person with these names can be ``target``: (full-name match?, table name),
    or None. A full name the entity has rules out a target whose full names all differ
    (Jane Harrow is not Edmund Harrow even though the table also lists bare "Harrow")."""
    entity_full = [e for e in entity if len(e) > 1]
    target_full = [(n, w) for n, w in target.names if len(w) > 1]
    for e in entity_full:
        for name, words in target_full:
            if same_person(list(e), list(words)):
                return True, name
    if any(e[-1] == w[-1] for e in entity_full for _n, w in target_full):
        return None  # the table names someone else with this surname
    for name, words in target.names:  # an alias the table lists, exactly ("BoJo")
        if words in entity and (len(words) > 1 or not entity_full):
            return True, name
    for name, words in target.names:
        if any(same_person(list(e), list(words)) for e in entity):
            return False, name
    return None


def _by_title(
    candidates: list[tuple[_Target, bool, str]],
    descriptors: Iterable[str],
    countries: Iterable[str],
) -> Link | None:
    """Pick among several targets by how well the entity's title words and nationality
    cues fit each target's title; None unless one fits strictly best."""
    words = {w for d in descriptors for w in title_words(d)}
    phrases = {iso.upper(): _country_phrases(iso) for iso in sorted(set(countries))}
    scored = []
    for target, _full, matched in candidates:
        title = target.title_words
        score = len(words & set(title))
        score += sum(1 for ps in phrases.values() if any(_contains(title, p) for p in ps))
        scored.append((score, target.iri, matched))
    scored.sort(key=lambda s: (-s[0], s[1]))
    (best, iri, matched), (runner_up, _iri, _m) = scored[0], scored[1]
    margin = best - runner_up
    if margin <= 0:
        return None
    confidence = min(BY_TITLE_MAX, BY_TITLE_MIN + BY_TITLE_STEP * (margin - 1))
    return Link(iri, round(confidence, 2), matched)


# --- reading -----------------------------------------------------------------------------


def load_links(
    source: str | Path | IO[str] | IO[bytes], *, delimiter: str | None = None
) -> LinkTable:
    """Read a links table (UTF-8 CSV, or TSV for ``.tsv``/``.tab``; header required).

    ``delimiter`` overrides the choice by file suffix. Raises LinksError, one line naming
    the file and the line, for anything that is not a valid table.
    """
    if isinstance(source, str | Path):
        where = str(source)
    else:
        where = str(getattr(source, "name", "<links>"))
    text = _read_text(source, where)
    if delimiter is None:
        delimiter = "\t" if where.lower().endswith(TSV_SUFFIXES) else ","
    return LinkTable(_parse(text, where, delimiter))


def _read_text(source: str | Path | IO[str] | IO[bytes], where: str) -> str:
    try:
        if isinstance(source, str | Path):
            data: str | bytes = Path(source).read_bytes()
        else:
            data = source.read()
    except OSError as err:
        raise LinksError(where, f"cannot read the links table ({err.strerror or err})") from None
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise LinksError(where, f"line {line}: not UTF-8 text") from None


def _parse(text: str, where: str, delimiter: str) -> Iterator[LinkRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    types: dict[str, tuple[str, int]] = {}
    seen: set[tuple[str, str, str]] = set()
    line = 0
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise LinksError(where, f"line {start}: bad quoting ({err})") from None
        line = start
        if not any(f.strip() for f in fields) or fields[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = _header(fields, where, line)
            continue
        if len(fields) > len(header):
            raise LinksError(
                where, f"line {line}: {len(fields)} fields, the header has {len(header)}"
            )
        row = dict(zip(header, (f.strip() for f in fields), strict=False))
        parsed = _row(row, where, line)
        first = types.setdefault(parsed.iri, (parsed.type, line))
        if first[0] != parsed.type:
            raise LinksError(
                where,
                f"line {line}: {parsed.iri} has type {parsed.type} here but {first[0]} "
                f"on line {first[1]}",
            )
        key = (parsed.name, parsed.iri, parsed.title)
        if key not in seen:
            seen.add(key)
            yield parsed
    if header is None:
        raise LinksError(where, f"line {line + 1}: no header (expected {','.join(COLUMNS)})")


def _header(fields: list[str], where: str, line: int) -> list[str]:
    header = [f.strip().lower() for f in fields]
    for column in header:
        if column not in COLUMNS:
            raise LinksError(
                where,
                f"line {line}: unknown column {column!r} (expected {','.join(COLUMNS)})",
            )
    if len(set(header)) != len(header):
        raise LinksError(where, f"line {line}: a column is repeated in the header")
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise LinksError(
            where, f"line {line}: header lacks column {' and '.join(missing)} "
            f"(expected {','.join(COLUMNS)})"
        )
    return header


def _row(row: dict[str, str], where: str, line: int) -> LinkRow:
    name, iri = row.get("name", ""), row.get("iri", "")
    if not name:
        raise LinksError(where, f"line {line}: empty name")
    if not name_words(name):
        raise LinksError(where, f"line {line}: name {name!r} has no words")
    if not _is_iri(iri):
        raise LinksError(where, f"line {line}: bad IRI {iri!r} (need an absolute http(s) IRI)")
    raw_type = row.get("type", "")
    type_ = TYPES.get(raw_type.lower(), None) if raw_type else PERSON
    if type_ is None:
        raise LinksError(
            where, f"line {line}: bad type {raw_type!r} (expected Person, Organization or Country)"
        )
    return LinkRow(name=name, iri=iri, type=type_, title=row.get("title", ""), line=line)


def _is_iri(text: str) -> bool:
    if not text or any(c in _IRI_FORBIDDEN or ord(c) < 0x20 for c in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)
