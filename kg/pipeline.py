"""The library entry point: articles in, a ``Build`` of plain facts and entities out.

    from kg import build
    result = build(["seeds/"])
    graph = to_graph(result)

Stages: read (``kg.read``, streamed) → the per-article stage, a pure function of each article
(``kg.article.process``: parse, people, countries, quotes, coreference, the relations'
extractors), run in this process, in worker processes or on a Dask cluster (``kg.execute``),
with results reused from a cache where the article did not change (``kg.cache``) → the
corpus-wide stage (``kg.corpus.assemble``: people across articles, entity keys, meeting
events). Writers (Turtle, page, exports) take the ``Build``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg import execute
from kg.article.process import ArticleResult
from kg.cache import Cache
from kg.corpus.assemble import assemble
from kg.corpus.links import LinkTable, load_links
from kg.errors import InputError
from kg.limits import CHUNK_CHARS
from kg.model import Article, Build, Source
from kg.read import count_articles, read_articles
from kg.relations import Extractor

Progress = Callable[[int, int | None, int], None]  # (articles done, total or None, warnings)


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
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> Build:
    """Read, parse and extract every article under ``paths``, then resolve across them.

    ``links`` is a linking table (CSV: name, iri, type, title) giving people authority IRIs.
    ``jobs`` worker processes (or a Dask cluster, ``executor="dask"``) run the per-article
    stage; ``cache`` reuses the results of articles that did not change. An article that
    cannot be read or extracted is left out with a warning (``strict``: an ``InputError``);
    the same text under two names is read once. ``exclude`` lists folders never read (a
    build's own output). ``progress`` is called with (done, total, warnings) as articles
    finish.
    """
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    exclude = list(exclude)
    state = _State(strict=strict)
    table = load_links(links) if isinstance(links, (str, Path)) else links
    total = count_articles(paths, exclude=exclude) if progress is not None else None
    articles = read_articles(paths, warn=state.warnings.append, skip=state.skip, strict=strict,
                             exclude=exclude)
    chosen = list(extractors.values()) if extractors is not None else None

    def report() -> None:
        if progress is not None:
            progress(state.done, total, len(state.warnings))

    batches = _batches(state.unseen(articles, cache, report), batch_size)
    for outcomes in execute.run(batches, jobs=jobs, executor=executor, scheduler=scheduler,
                                model=model, chunk_chars=chunk_chars, extractors=chosen):
        for outcome in outcomes:
            state.take(outcome, cache)
        report()
    return assemble(state.merged(), links=table, min_confidence=min_confidence,
                    warnings=sorted(state.warnings), skipped=state.skipped)


def extract_articles(articles: list[Article], *, model: str | None = None,
                     extractors: dict[str, Extractor] | None = None,
                     min_confidence: float = 0.0, links: LinkTable | None = None,
                     chunk_chars: int = CHUNK_CHARS) -> Build:
    """Both stages over articles already read, in this process (tests and notebooks)."""
    state = _State(strict=False)
    chosen = list(extractors.values()) if extractors is not None else None
    for outcome in execute.process_batch(list(articles), model, chunk_chars, chosen):
        state.take(outcome, None)
    return assemble(state.merged(), links=links, min_confidence=min_confidence,
                    warnings=state.warnings, skipped=state.skipped)


class _State:
    """What a build has gathered so far: results, warnings, and copies of the same text."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.results: dict[str, ArticleResult] = {}
        self.warnings: list[str] = []
        self.skipped = 0
        self.done = 0
        self.first: dict[str, str] = {}  # text digest -> the smallest id seen with it
        self.copies: dict[str, list[Article]] = {}  # text digest -> every article with it

    def skip(self, message: str) -> None:
        self.skipped += 1
        self.warnings.append(message)

    def unseen(self, articles: Iterable[Article], cache: Cache | None,
               report: Callable[[], None]) -> Iterator[Article]:
        """The articles to run: each new text once (a copy under a name that sorts after the
        one seen is only recorded), and not those the cache already has."""
        for article in articles:
            digest = article.digest or article.id
            self.copies.setdefault(digest, []).append(_metadata(article))
            if digest in self.first and self.first[digest] < article.id:
                continue
            self.first[digest] = min(article.id, self.first.get(digest, article.id))
            cached = cache.get(article) if cache is not None else None
            if cached is not None:
                self.results[article.id] = cached
                self.done += 1
                report()
                continue
            yield article

    def take(self, outcome: execute.Outcome, cache: Cache | None) -> None:
        self.done += 1
        if isinstance(outcome, execute.Failure):
            if self.strict:
                raise InputError(outcome.where, f"{outcome.reason} (--strict)")
            self.skip(f"{outcome.where}: skipped, {outcome.reason}")
            return
        article = outcome.article
        self.results[article.id] = outcome
        copies = self.copies.setdefault(article.digest or article.id, [])
        if all(c.id != article.id for c in copies):  # run without ``unseen`` (extract_articles)
            copies.append(_metadata(article))
        if cache is not None:
            cache.put(outcome)

    def merged(self) -> list[ArticleResult]:
        """One result per text, the one whose id sorts first, listing its copies."""
        out = []
        for digest, copies in self.copies.items():
            done = sorted(a.id for a in copies if a.id in self.results)
            if not done:
                continue
            first = self.results[done[0]]
            others = sorted((c for c in copies if c.id != first.article.id), key=lambda a: a.id)
            for copy in others:
                self.warnings.append(f"{copy.where}: same text as {first.article.where}; "
                                     "read once, both sources kept")
            if others:
                sources = tuple(Source(c.id, c.path, c.url, c.publisher, c.title, c.date)
                                for c in others)
                first = replace(first, article=replace(first.article, also=sources))
            out.append(first)
        return out


def _metadata(article: Article) -> Article:
    """An article without its text: what is kept of every copy of a text."""
    return replace(article, text="", skip=())


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
