"""The library entry point: articles in, a ``Build`` of plain facts and entities out.

    from kg import build
    result = build(["seeds/"])
    graph = to_graph(result)

Stages: read (kg.read) → parse (spaCy, batched) → per-article context (people, countries,
quotes, coreference) → extractors (kg.relations registry) → corpus-wide entity resolution →
facts with global entity keys. Writers (Turtle, HTML, exports) take the ``Build``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from kg.corpus.links import LinkTable, load_links
from kg.names import strip_possessive
from kg.corpus.people import Resolver
from kg.relations import Extractor, default_extractors
from kg.article.context import DocContext, build_context
from kg.errors import InputError
from kg.model import Article, Build, Fact, Meeting, RoleAssertion, Source, Statement
from kg.nlp import CHUNK_CHARS, load_model, parse
from kg.read import read_articles


def build(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    extractors: dict[str, Extractor] | None = None,
    min_confidence: float = 0.0,
    links: str | Path | LinkTable | None = None,
    batch_size: int = 16,
    chunk_chars: int = CHUNK_CHARS,
    strict: bool = False,
    exclude: Iterable[str | Path] = (),
    on_article: Callable[[Article], None] | None = None,
) -> Build:
    """Read, parse and extract every article under ``paths``.

    ``links`` is a linking table (CSV: name, iri, type, title) giving people authority IRIs.
    An article that cannot be read or extracted is left out with a warning (``strict``: an
    ``InputError``); the same text under two names is read once (``merge_duplicates``).
    ``exclude`` lists folders never read (a build's own output).
    """
    result = Build()
    table = load_links(links) if isinstance(links, (str, Path)) else links

    def skip(message: str) -> None:
        result.skipped += 1
        result.warnings.append(message)

    articles = list(read_articles(paths, warn=result.warnings.append, skip=skip, strict=strict,
                                  exclude=exclude))
    articles = merge_duplicates(articles, warn=result.warnings.append)
    result.articles = articles
    return extract_articles(
        articles, model=model, extractors=extractors, min_confidence=min_confidence,
        links=table, batch_size=batch_size, chunk_chars=chunk_chars, strict=strict,
        on_article=on_article, result=result,
    )


def merge_duplicates(articles: list[Article], *, warn: Callable[[str], None]) -> list[Article]:
    """One article per text: copies (same ``digest``) fold into the one whose id sorts first,
    which lists the others in ``also``. Whatever order the files came in, the same one stays."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(article.digest or article.id, []).append(article)
    keep: dict[str, Article] = {}
    for group in groups.values():
        first, *copies = sorted(group, key=lambda a: a.id)
        for copy in copies:
            warn(f"{copy.where}: same text as {first.where}; read once, both sources kept")
        if copies:
            first = replace(first, also=tuple(
                Source(c.id, c.path, c.url, c.publisher, c.title, c.date) for c in copies))
        keep[first.id] = first
    return [keep[a.id] for a in articles if a.id in keep]


def extract_articles(
    articles: list[Article],
    *,
    model: str | None = None,
    extractors: dict[str, Extractor] | None = None,
    min_confidence: float = 0.0,
    links: LinkTable | None = None,
    batch_size: int = 16,
    chunk_chars: int = CHUNK_CHARS,
    strict: bool = False,
    on_article: Callable[[Article], None] | None = None,
    result: Build | None = None,
) -> Build:
    """Run the extractors over already-read articles. An article whose parse or extraction
    fails is left out with a warning naming it (``strict``: an ``InputError``)."""
    result = result if result is not None else Build(articles=list(articles))
    nlp = load_model(model)
    chosen = extractors if extractors is not None else default_extractors()
    resolver = Resolver(links=links)
    local_facts: list[Fact] = []
    known: set[str] = set()  # surnames of people with a full name in earlier articles
    failed: set[str] = set()

    def fail(article: Article, stage: str, exc: BaseException) -> None:
        reason = f"internal error while {stage} ({type(exc).__name__}: {exc})"
        if strict:
            raise InputError(article.where, f"{reason} (--strict)") from None
        failed.add(article.id)
        result.skipped += 1
        result.warnings.append(f"{article.where}: skipped, {reason}")

    for article, doc, error in _parsed(nlp, articles, batch_size=batch_size,
                                       chunk_chars=chunk_chars):
        if doc is None:
            fail(article, "parsing", error or RuntimeError("no parse"))
            continue
        try:
            ctx = build_context(article, doc, nlp=nlp, known_surnames=frozenset(known))
            facts = [fact for extractor in chosen.values() for fact in extractor(ctx)
                     if fact.evidence.confidence >= min_confidence]
            counts = _surface_counts(ctx)
            surfaces = [(c.iso2, doc[c.start : c.end].text, c.kind) for c in ctx.countries]
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - one article's failure spoils nothing else
            fail(article, "extracting", exc)
            continue
        known.update(c.words[-1] for c in ctx.clusters if len(c.words) > 1)
        resolver.add_article(article.id, ctx.clusters, counts)
        for iso2, surface, kind in surfaces:
            resolver.add_country_surface(iso2, surface, kind)
        local_facts.extend(facts)
        if on_article is not None:
            on_article(article)
    if failed:
        result.articles = [a for a in result.articles if a.id not in failed]

    mapping, people = resolver.resolve()
    used: set[str] = set()
    for fact in local_facts:
        fact = _globalise(fact, mapping)
        if fact is None:
            continue
        result.facts.append(fact)
        used.update(_entity_keys(fact))
    result.entities = {k: v for k, v in people.items() if k in used}
    for key in sorted(k for k in used if k.startswith("country/")):
        result.entities[key] = resolver.country(key.split("/", 1)[1])
    result.entities = dict(sorted(result.entities.items()))
    result.facts.sort(key=_fact_order)
    return result


def _parsed(nlp, articles: list[Article], *, batch_size: int, chunk_chars: int):
    """(article, Doc or None, error) for each article, in order: batches through spaCy, and
    a batch that fails is parsed again one article at a time, so only the bad one is lost."""
    for i in range(0, len(articles), batch_size):
        batch = articles[i : i + batch_size]
        try:
            docs = list(parse(nlp, (a.content() for a in batch), batch_size=batch_size,
                              chunk_chars=chunk_chars))
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception:  # noqa: BLE001 - find the article that broke the batch
            for article in batch:
                try:
                    doc = next(parse(nlp, [article.content()], chunk_chars=chunk_chars))
                except (KeyboardInterrupt, MemoryError):
                    raise
                except Exception as exc:  # noqa: BLE001
                    yield article, None, exc
                else:
                    yield article, doc, None
            continue
        for article, doc in zip(batch, docs):
            yield article, doc, None

def _surface_counts(ctx: DocContext) -> dict[int, Counter]:
    counts: dict[int, Counter] = {}
    for m in ctx.mentions:
        surface = strip_possessive(m.span(ctx.doc).text)
        counts.setdefault(m.cluster, Counter())[surface] += 1
    return counts


def _local(key: str, article_id: str, mapping: dict[tuple[str, int], str]) -> str | None:
    if key.startswith("p:"):
        return mapping.get((article_id, int(key[2:])))
    return key


def _globalise(fact: Fact, mapping: dict[tuple[str, int], str]) -> Fact | None:
    aid = fact.evidence.article_id
    if isinstance(fact, Meeting):
        keys = [_local(k, aid, mapping) for k in fact.participants]
        if None in keys or len(set(keys)) < 2:
            return None
        return replace(fact, participants=tuple(sorted(set(keys))))  # type: ignore[arg-type]
    if isinstance(fact, Statement):
        speaker = _local(fact.speaker, aid, mapping)
        return replace(fact, speaker=speaker) if speaker else None
    return fact


def _entity_keys(fact: Fact) -> list[str]:
    if isinstance(fact, Meeting):
        return list(fact.participants)
    if isinstance(fact, Statement):
        return [fact.speaker]
    assert isinstance(fact, RoleAssertion)
    return [fact.country]


def _fact_order(fact: Fact) -> tuple:
    return (fact.evidence.article_id, fact.evidence.start, fact.evidence.end,
            type(fact).__name__, repr(fact))
