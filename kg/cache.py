"""The per-article result cache: a build redoes only the articles that changed.

An entry is the ``ArticleResult`` of one article, stored as msgpack under a key made of
everything the result depends on (``Fingerprint``): the article as read (its text, id and
metadata), the spaCy model (name, version, components), the relations and extractors (names
and versions), the calibration table and newskg's own version. Change any of them and the key
changes, so a stale entry is never found. An entry also records the fingerprint it was made
under; a file that does not decode, decodes to something else, or was made under another
fingerprint is ignored with a warning and recomputed, never trusted.

The cache lives in the build's output folder (``OUT/cache/``): a new build links the entries
it reuses into its staging folder (no copy) and writes the new ones, so the published cache
holds exactly the current articles' entries, and a build that dies publishes none of its own.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from kg.article.process import ArticleResult, PersonRecord
from kg.model import Article

FOLDER = "cache"
FORMAT = "newskg-cache/1"


@dataclass(frozen=True)
class Fingerprint:
    """What every cached result depends on, besides its article."""

    newskg: str
    model: str  # name, version and components of the spaCy pipeline
    relations: str  # relation names, versions and extractor names
    calibration: str  # digest of the calibration table

    @property
    def digest(self) -> str:
        text = json.dumps(dataclasses.asdict(self), sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def fingerprint(model: str | None = None) -> Fingerprint:
    """The fingerprint of results made with ``model`` (``kg.nlp.load_model``'s argument) by this
    newskg: its version and a digest of its own code and data, so that changing a rule makes
    every entry stale."""
    from kg import __version__
    from kg.nlp import model_identity
    from kg.relations import relations

    rels = ";".join(f"{r.name}@{r.version}:{','.join(sorted(r.extractors))}" for r in relations())
    return Fingerprint(f"{__version__}+{_code_digest()}", model_identity(model), rels,
                       _calibration_digest())


# Code that runs only after the per-article stage (resolution, writing, querying, the CLI):
# changing it leaves every cached result valid. Anything else — and any new module — counts.
_AFTER_ARTICLES = ("corpus/", "write/", "queries/", "cli.py", "query.py", "serve.py",
                   "endpoint.py", "sparql_text.py", "stats.py", "network.py", "progress.py",
                   "graphio.py", "eval.py", "explain.py", "terminal.py", "cache.py", "execute.py",
                   "pipeline.py")


@functools.cache
def _code_digest() -> str:
    """A digest of the source and data files the per-article stage runs on (rules, lexicons,
    gazetteers, the reader, the relations)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if name.startswith(_AFTER_ARTICLES):
            continue
        if path.is_file() and path.suffix in (".py", ".tsv", ".json", ".rq", ".ttl"):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _calibration_digest() -> str:
    from importlib.resources import files

    from kg.calibration import TABLE

    table = files("kg.relations") / TABLE
    return hashlib.sha256(table.read_bytes()).hexdigest()[:16] if table.is_file() else "-"


def article_key(article: Article, print_: Fingerprint) -> str:
    """The cache key of one article under a fingerprint."""
    fields = dataclasses.asdict(article)
    fields.pop("path", None)  # where the file lies does not change what it says
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=list)
    data = f"{print_.digest}\x1f{text}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


# Encoding ------------------------------------------------------------------------------------


def encode(result: ArticleResult, print_: Fingerprint) -> bytes:
    from kg.relations import relation_of

    facts = [[relation_of(f).name, _plain(f)] for f in result.facts]
    record = {"format": FORMAT, "fingerprint": print_.digest, "article": _plain(result.article),
              "people": [_plain(p) for p in result.people], "names": list(result.names),
              "facts": facts}
    return msgspec.msgpack.encode(record)


def decode(data: bytes, print_: Fingerprint) -> ArticleResult:
    """An entry back to its ``ArticleResult``; ValueError for anything that is not one made
    under ``print_``."""
    from kg.relations import relation

    try:
        record = msgspec.msgpack.decode(data)
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            raise ValueError("not a newskg cache entry")
        if record.get("fingerprint") != print_.digest:
            raise ValueError("made by another model, newskg or set of extractors")
        article = msgspec.convert(record["article"], Article)
        people = tuple(msgspec.convert(p, PersonRecord) for p in record["people"])
        names = tuple(tuple(n) for n in msgspec.convert(record["names"], list[tuple[str, str, str, int]]))
        facts = tuple(msgspec.convert(fields, relation(name).fact) for name, fields in record["facts"])
    except (msgspec.DecodeError, msgspec.ValidationError, KeyError, TypeError) as exc:
        raise ValueError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
    return ArticleResult(article=article, people=people, names=names, facts=facts)


def _plain(value: Any) -> Any:
    """A dataclass as plain dicts, lists and scalars (msgspec's own dataclass encoding keeps
    field order; tuples become lists and come back as tuples on decoding)."""
    return msgspec.to_builtins(value)


# The cache folder --------------------------------------------------------------------------------


class Cache:
    """Entries found in the published build (``old``) and written to the staging one (``new``).

    ``get`` reuses an entry (linking it into the new folder) or returns None; ``put`` writes a
    new one. Problems reading an entry go to ``warn`` and count as a miss."""

    def __init__(self, new: Path, old: Path | None, print_: Fingerprint, *,
                 warn: Callable[[str], None]) -> None:
        self.new = new
        self.old = old
        self.print = print_
        self.warn = warn
        self.hits = 0
        self.misses = 0

    def _path(self, root: Path, key: str) -> Path:
        return root / key[:2] / f"{key}.msgpack"

    def get(self, article: Article) -> ArticleResult | None:
        key = article_key(article, self.print)
        if self.old is None:
            self.misses += 1
            return None
        path = self._path(self.old, key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as exc:
            self.warn(f"{path}: cache entry not read ({exc.strerror}); recomputed")
            self.misses += 1
            return None
        try:
            result = decode(data, self.print)
        except ValueError as exc:
            self.warn(f"{path}: cache entry ignored ({exc}); recomputed")
            self.misses += 1
            return None
        result = dataclasses.replace(result, article=dataclasses.replace(result.article,
                                                                         path=article.path))
        if result.article != article:  # a collision, or an entry edited by hand
            self.warn(f"{path}: cache entry is for another article; recomputed")
            self.misses += 1
            return None
        self._keep(path, self._path(self.new, key), data)
        self.hits += 1
        return result

    def put(self, result: ArticleResult) -> None:
        key = article_key(result.article, self.print)
        target = self._path(self.new, key)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(encode(result, self.print))

    def _keep(self, old: Path, new: Path, data: bytes) -> None:
        new.parent.mkdir(parents=True, exist_ok=True)
        if new.exists():
            return
        try:
            os.link(old, new)
        except OSError:  # no hard links here: a copy will do
            new.write_bytes(data)
