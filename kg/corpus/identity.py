"""Stable identities: the key (hence the IRI) of an entity does not change as the corpus grows.

People. The key is made from one of the person's full names, chosen by what the name *is*,
not by how often it was written:

1. a row of the user's links table (``--links``) that names the person wins: the key comes from
   that row's first name for the IRI, the same in every corpus built with the table;
2. otherwise, among the names of two words or more whose first word is not an initial, the
   shortest, then the first in alphabetical order of their folded, transliteration-squashed
   words (``kg.names.name_words``: "Lindqvist" and "Lindquist" stay apart, "Hrytsenkyy" and
   "Hrytsenky" are one spelling);
3. otherwise (only a surname was ever seen) that word.

So two builds that saw the same full name of a person mint the same IRI for them, and a new
spelling (Lindqvistt beside Lindqvist, Öztürk beside Ozturk) becomes an ``skos:altLabel``,
not a new IRI. A new *name* can change the key only if it sorts before every name seen so far
under rule 2 — a shorter full name ("Anna Berg" after only "Anna Maria Berg"), or an equally
short one that sorts first. Links pin such people for good.

Countries are keyed by ISO code, cities by GeoNames id, organisations by the shipped table's
id: all fixed.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.iri import slug
from kg.names import name_words

__all__ = ["person_key"]


def person_key(names: Iterable[str], *, linked: str | None = None) -> str:
    """The key of a person with these names (see the module docstring)."""
    if linked:
        words = name_words(linked)
        if words:
            return "person/" + slug(" ".join(words))
    spelled = {tuple(w) for w in (name_words(n) for n in names) if w}
    full = [w for w in spelled if len(w) > 1 and len(w[0]) > 1]
    pool = full or [w for w in spelled if len(w) > 1] or list(spelled)
    if not pool:
        return "person/unnamed"
    best = min(pool, key=lambda w: (len(w), w))
    return "person/" + slug(" ".join(best))
