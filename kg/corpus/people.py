"""Corpus-wide entity resolution: one node per real person or country across articles.

People: every article's person clusters are merged by name (``names.same_person``): full
names first, then bare surnames when exactly one known person carries that surname.
The label is the most frequent multi-word spelling; every other spelling is an altLabel.
Countries come straight from the gazetteer, with their GeoNames IRI.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from kg.gazetteer.countries import get_gazetteer
from kg.corpus.links import LinkTable
from kg.names import fold, same_person
from kg.article.people import PersonCluster
from kg.model import COUNTRY, PERSON, Entity

NAME_KINDS = frozenset({"name", "alias"})


def slug(text: str) -> str:
    """An IRI-safe slug; names in other scripts get a stable hash instead of an empty slug."""
    out = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(out) < max(1, len(text.strip()) // 3):
        out = (out + "-" if out else "") + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return out


@dataclass
class _Person:
    words: list[str]
    surfaces: Counter = field(default_factory=Counter)
    members: list[tuple[str, int]] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)

    def absorb(self, article_id: str, cluster: PersonCluster, counts: Counter) -> None:
        self.surfaces.update(counts)
        self.members.append((article_id, cluster.id))
        self.descriptors.update(cluster.descriptors)
        self.countries.update(cluster.countries)


class Resolver:
    """Collects clusters and country surfaces article by article, then names entities."""

    def __init__(self, *, links: LinkTable | None = None) -> None:
        self.links = links
        self._clusters: list[tuple[str, PersonCluster, Counter]] = []
        self._country_surfaces: dict[str, Counter] = {}

    def add_article(self, article_id: str, clusters: list[PersonCluster], counts: dict[int, Counter]) -> None:
        for cluster in clusters:
            self._clusters.append((article_id, cluster, counts.get(cluster.id, Counter(cluster.names))))

    def add_country_surface(self, iso2: str, surface: str, kind: str) -> None:
        if kind in NAME_KINDS:
            self._country_surfaces.setdefault(iso2, Counter())[surface] += 1

    def resolve(self) -> tuple[dict[tuple[str, int], str], dict[str, Entity]]:
        """Map (article id, cluster id) → entity key, and the person entities by key."""
        people: list[_Person] = []
        order = sorted(self._clusters, key=lambda x: (-len(x[1].words), x[0], x[1].id))
        pending: list[tuple[str, PersonCluster, Counter]] = []
        for article_id, cluster, counts in order:
            words = cluster.words
            if len(words) < 2:
                pending.append((article_id, cluster, counts))
                continue
            match = next((p for p in people if same_person(p.words, words)), None)
            if match is None:
                match = _Person(words=list(words))
                people.append(match)
            match.absorb(article_id, cluster, counts)
        for article_id, cluster, counts in pending:
            words = cluster.words
            candidates = [p for p in people if same_person(p.words, words)]
            ranked = sorted(candidates, key=lambda p: -sum(p.surfaces.values()))
            if len(ranked) > 1 and sum(ranked[0].surfaces.values()) >= 3 * sum(ranked[1].surfaces.values()):
                candidates = ranked[:1]  # a bare surname means the far more prominent bearer
            if len(candidates) == 1:
                match = candidates[0]
            else:
                match = next((p for p in people if p.words == words), None)
                if match is None:
                    match = _Person(words=list(words))
                    people.append(match)
            match.absorb(article_id, cluster, counts)

        mapping: dict[tuple[str, int], str] = {}
        entities: dict[str, Entity] = {}
        for person in people:
            label = _label(person.surfaces)
            key = f"person/{slug(label)}"
            n = 2
            while key in entities:
                key = f"person/{slug(label)}-{n}"
                n += 1
            alts = tuple(sorted({s for s in person.surfaces if s != label}))
            link = None
            if self.links is not None:
                link = self.links.link(names=[label, *alts], type=PERSON,
                                       descriptors=sorted(person.descriptors),
                                       countries=sorted(person.countries))
            entities[key] = Entity(
                key=key, type=PERSON, label=label, alt_labels=alts,
                same_as=(link.iri,) if link else (),
                link_confidence=link.confidence if link else None,
            )
            for member in person.members:
                mapping[member] = key
        return mapping, entities

    def country(self, iso2: str) -> Entity:
        country = get_gazetteer().by_iso2(iso2)
        seen = self._country_surfaces.get(iso2, Counter())
        alts = tuple(sorted({s for s in seen if s != country.label}))
        return Entity(
            key=f"country/{iso2}", type=COUNTRY, label=country.label, alt_labels=alts,
            same_as=(country.geonames_iri,),
        )


def _label(surfaces: Counter) -> str:
    multi = [s for s in surfaces if len(s.split()) > 1]
    pool = multi or list(surfaces)
    return sorted(pool, key=lambda s: (-surfaces[s], -len(s.split()), s))[0]
