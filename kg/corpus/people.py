"""One node per real person across articles and spellings.

Every article's people (``PersonRecord``s) are merged by name (``kg.names.same_person``):
full names first, then bare surnames when exactly one known person carries that surname (or
one is named at least three times as often as any other). A tentative record — a lone word
NER did not call a person (``kg.article.people``) — joins a person the same way, and is
dropped when none fits. The work is done in an order that depends only on the names and
article ids, so the result does not depend on the order the articles came in.

The label is the most frequent multi-word spelling; every other spelling is an altLabel.
The key (hence the IRI) follows ``kg.corpus.identity.person_key``: it does not change when the
corpus grows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.article.process import PersonRecord
from kg.corpus.identity import person_key
from kg.corpus.links import LinkTable
from kg.model import PERSON, Entity
from kg.names import family_first, name_words, same_person

PROMINENT = 3  # a bare surname goes to a bearer named this many times more than any other


@dataclass
class _Person:
    words: list[str]
    surfaces: Counter = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)
    members: list[tuple[str, int]] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    order: int = -1  # its place in the order people were found (``_People.add``)

    def absorb(self, article_id: str, record: PersonRecord) -> None:
        self.surfaces.update(dict(record.surfaces))
        self.names.update(record.names)
        self.members.append((article_id, record.id))
        self.descriptors.update(record.descriptors)
        self.countries.update(record.countries)


class _People:
    """The people found so far, in the order they were found, indexed by the words
    ``same_person`` requires two names to share (the surname; the family name of a name
    written family name first), so that matching a name reads a handful of people, not all:
    a corpus of thousands of names is resolved in linear time."""

    def __init__(self) -> None:
        self.all: list[_Person] = []
        self._by_word: dict[str, list[int]] = {}

    def add(self, person: _Person) -> _Person:
        for word in _index_words(person.words):
            self._by_word.setdefault(word, []).append(len(self.all))
        person.order = len(self.all)
        self.all.append(person)
        return person

    def candidates(self, words: list[str]) -> list[_Person]:
        """Everyone who could be ``words`` by ``same_person``, in the order they were found."""
        found = sorted({i for w in _index_words(words) for i in self._by_word.get(w, ())})
        return [self.all[i] for i in found]

    def matching(self, words: list[str]) -> list[_Person]:
        return [p for p in self.candidates(words) if same_person(p.words, words)]


def _index_words(words: list[str]) -> set[str]:
    """The surname; its consonant skeleton (a lone long surname may differ from the full
    name's by one vowel: ``kg.names``); and a family name written first."""
    keys = {words[-1], "~" + _VOWELS.sub("_", words[-1])}
    return keys | {words[0]} if family_first(words) else keys


_VOWELS = re.compile("[aeiouy]")


def _words(record: PersonRecord) -> list[str]:
    return max((name_words(n) for n in record.names), key=len, default=[])


def resolve_people(
    records: Iterable[tuple[str, PersonRecord]], *, links: LinkTable | None = None
) -> tuple[dict[tuple[str, int], str], dict[str, Entity]]:
    """Map (article id, local person id) → entity key, and the person entities by key."""
    people = _People()
    full: list[tuple[str, PersonRecord, list[str]]] = []
    bare: list[tuple[str, PersonRecord, list[str]]] = []
    for article_id, record in records:
        words = _words(record)
        if words:
            (full if len(words) > 1 else bare).append((article_id, record, words))
    for article_id, record, words in sorted(full, key=lambda x: (-len(x[2]), x[2], x[0], x[1].id)):
        match = next(iter(people.matching(words)), None)
        if match is None:
            match = people.add(_Person(words=list(words)))
        match.absorb(article_id, record)
    known = len(people.all)  # bare names join people with a full name, found above
    for article_id, record, words in sorted(bare, key=lambda x: (x[1].tentative, x[2], x[0], x[1].id)):
        candidates = [p for p in people.matching(words) if p.order < known]
        ranked = sorted(candidates, key=lambda p: (-sum(p.surfaces.values()), p.words))
        if len(ranked) > 1 and sum(ranked[0].surfaces.values()) >= PROMINENT * sum(
                ranked[1].surfaces.values()):
            candidates = ranked[:1]  # a bare surname means the far more prominent bearer
        if len(candidates) == 1:
            candidates[0].absorb(article_id, record)
        elif record.tentative:
            continue  # no full name in the corpus to tie a lone word to: not a person
        else:
            match = next((p for p in people.candidates(words) if p.words == words), None)
            if match is None:
                match = people.add(_Person(words=list(words)))
            match.absorb(article_id, record)

    mapping: dict[tuple[str, int], str] = {}
    entities: dict[str, Entity] = {}
    for person in sorted(people.all, key=lambda p: sorted(p.members)):
        label = _label(person.surfaces)
        alts = tuple(sorted({s for s in person.surfaces if s != label}))
        link = None
        if links is not None:
            link = links.link(names=[label, *alts], type=PERSON,
                              descriptors=sorted(person.descriptors),
                              countries=sorted(person.countries))
        key = person_key(sorted(person.names | set(person.surfaces)),
                         linked=links.name_of(link.iri) if links and link else None)
        n = 2
        base = key
        while key in entities:
            key = f"{base}-{n}"
            n += 1
        entities[key] = Entity(
            key=key, type=PERSON, label=label, alt_labels=alts,
            same_as=(link.iri,) if link else (),
            link_confidence=link.confidence if link else None,
        )
        for member in person.members:
            mapping[member] = key
    return mapping, entities


def _label(surfaces: Counter) -> str:
    multi = [s for s in surfaces if len(s.split()) > 1]
    pool = multi or list(surfaces)
    written = [s for s in pool if not _capitals(s)]  # "Liina Saar" before "LIINA SAAR"
    best = sorted(written or pool, key=lambda s: (-surfaces[s], -len(s.split()), s))[0]
    return " ".join(w.title() for w in best.split()) if _capitals(best) else best


def _capitals(name: str) -> bool:
    """A name written all in capitals (a transcript's "LIINA SAAR:")."""
    return name.isupper() and sum(ch.isalpha() for ch in name) > 3
