"""Minting IRIs: every resource newskg names gets its IRI here, from content only, so the same
input gives the same IRIs on every run and machine.

- an entity from its key: ``person/anna-berg`` → ``kgr:person-anna-berg`` (keys are chosen by
  ``kg.corpus.identity``);
- an article from its id;
- a fact from its relation, article, offsets and what it says (``fact_iri``);
- anything else a relation needs (a claim, a meeting event) with ``mint(kind, *parts)``.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from rdflib import URIRef

from kg.names import fold
from kg.namespace import KGR

__all__ = ["article_iri", "digest", "entity_iri", "fact_iri", "mint", "slug", "web_iri"]


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")).hexdigest()


def slug(text: str) -> str:
    """An IRI-safe slug; names in other scripts get a stable hash instead of an empty slug."""
    out = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(out) < max(1, len(text.strip()) // 3):
        out = (out + "-" if out else "") + digest(text)[:10]
    return out


def entity_iri(key: str) -> URIRef:
    return KGR[key.replace("/", "-")]


def article_iri(article_id: str) -> URIRef:
    return KGR[f"article-{slug(article_id.replace('.', ' '))}-{digest(article_id)[:6]}"]


def fact_iri(relation: str, article_id: str, start: int, end: int, identity: tuple) -> URIRef:
    """One evidence node: the same relation, article, offsets and content give the same IRI."""
    return KGR[f"fact-{digest(article_id, start, end, relation, *identity)[:16]}"]


def mint(kind: str, *parts: object) -> URIRef:
    """A resource of ``kind`` (``claim``, ``event`` …) named by a digest of ``parts``."""
    return KGR[f"{kind}-{digest(*parts)[:16]}"]


_IRI_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def web_iri(url: str | None) -> URIRef | None:
    """An http(s) URL as an IRI, characters IRIs forbid percent-encoded; None for anything
    that is not a web address."""
    if not url:
        return None
    url = url.strip()
    if url.lower().startswith("www."):
        url = "https://" + url
    if not re.match(r"(?i)https?://[^\s/]", url):
        return None
    return URIRef(quote(url, safe=_IRI_SAFE))
