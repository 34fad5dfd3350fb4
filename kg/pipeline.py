"""The library entry point: articles in, a ``Build`` of plain facts and entities out.

    from kg import build
    result = build(["seeds/"])
    graph = to_graph(result)

Stages: read (``kg.read``) → the per-article stage, a pure function of each article
(``kg.article.process``: parse, people, countries, quotes, coreference, the relations'
extractors) → the corpus-wide stage (``kg.corpus.assemble``: people across articles, entity
keys, meeting events). Writers (Turtle, page, exports) take the ``Build``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.article.process import ArticleResult, process_article
from kg.corpus.assemble import assemble
from kg.corpus.links import LinkTable, load_links
from kg.errors import InputError
from kg.limits import CHUNK_CHARS
from kg.model import Article, Build, Source
from kg.read import read_articles
from kg.relations import Extractor, default_extractors


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
    """Read, parse and extract every article under ``paths``, then resolve across them.

    ``links`` is a linking table (CSV: name, iri, type, title) giving people authority IRIs.
    An article that cannot be read or extracted is left out with a warning (``strict``: an
    ``InputError``); the same text under two names is read once (``merge_duplicates``).
    ``exclude`` lists folders never read (a build's own output).
    """
    warnings: list[str] = []
    skipped = 0

    def skip(message: str) -> None:
        nonlocal skipped
        skipped += 1
        warnings.append(message)

    table = load_links(links) if isinstance(links, (str, Path)) else links
    articles = list(read_articles(paths, warn=warnings.append, skip=skip, strict=strict,
                                  exclude=exclude))
    articles = merge_duplicates(articles, warn=warnings.append)
    results = list(process_articles(articles, model=model, extractors=extractors,
                                    batch_size=batch_size, chunk_chars=chunk_chars,
                                    strict=strict, skip=skip, on_article=on_article))
    return assemble(results, links=table, min_confidence=min_confidence, warnings=warnings,
                    skipped=skipped)


def extract_articles(articles: list[Article], *, model: str | None = None,
                     extractors: dict[str, Extractor] | None = None,
                     min_confidence: float = 0.0, links: LinkTable | None = None,
                     chunk_chars: int = CHUNK_CHARS) -> Build:
    """Both stages over articles already read (tests and notebooks)."""
    warnings: list[str] = []
    results = list(process_articles(articles, model=model, extractors=extractors,
                                    chunk_chars=chunk_chars, skip=warnings.append))
    return assemble(results, links=links, min_confidence=min_confidence, warnings=warnings,
                    skipped=len(warnings))


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


def process_articles(
    articles: list[Article],
    *,
    model: str | None = None,
    extractors: dict[str, Extractor] | None = None,
    batch_size: int = 16,
    chunk_chars: int = CHUNK_CHARS,
    strict: bool = False,
    skip: Callable[[str], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> Iterator[ArticleResult]:
    """The per-article stage over ``articles``, in order. An article whose parse or extraction
    raises is left out through ``skip`` with a line naming it (``strict``: ``InputError``)."""
    from kg.nlp import load_model

    nlp = load_model(model)
    chosen = list((extractors if extractors is not None else default_extractors()).values())

    def fail(article: Article, stage: str, exc: BaseException) -> None:
        reason = f"internal error while {stage} ({type(exc).__name__}: {exc})"
        if strict:
            raise InputError(article.where, f"{reason} (--strict)") from None
        if skip is not None:
            skip(f"{article.where}: skipped, {reason}")

    for article, doc, error in _parsed(nlp, articles, batch_size=batch_size,
                                       chunk_chars=chunk_chars):
        if doc is None:
            fail(article, "parsing", error or RuntimeError("no parse"))
            continue
        try:
            result = process_article(article, doc, extractors=chosen, nlp=nlp)
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - one article's failure spoils nothing else
            fail(article, "extracting", exc)
            continue
        if on_article is not None:
            on_article(article)
        yield result


def _parsed(nlp: Any, articles: list[Article], *, batch_size: int,
            chunk_chars: int) -> Iterator[tuple[Article, Any, BaseException | None]]:
    """(article, Doc or None, error) for each article, in order: batches through spaCy, and
    a batch that fails is parsed again one article at a time, so only the bad one is lost."""
    from kg.nlp import parse

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
