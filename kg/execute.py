"""Running the per-article stage: in this process, in worker processes, or on a Dask cluster.

Every executor takes batches of articles and gives back, for each article, its
``ArticleResult`` or a ``Failure`` (which article, and why). The work is ``process_batch``, a
plain function of the articles, the model's name and the parse chunk size: each worker loads
the model once (``kg.nlp.load_model`` is cached per process) and keeps no ``Doc`` beyond the
article it is working on. Results come back in the order they finish; the corpus stage sorts
them, so neither the order nor the number of workers changes the graph.

A worker that dies (killed, out of memory, a crash in native code) takes down only the
articles it was working on: the batches in flight are tried again one article at a time on
fresh workers, and an article that kills a worker a second time is a ``Failure``.
"""

from __future__ import annotations

import itertools

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from kg.article.process import ArticleResult, process_article
from kg.model import Article

EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class Failure:
    """An article the per-article stage could not do."""

    where: str  # the file (and line) to point a person at
    reason: str


Outcome = ArticleResult | Failure
Batch = Sequence[Article]


def process_batch(articles: Batch, model: str | None, chunk_chars: int,
                  extractors: Sequence[Any] | None = None) -> list[Outcome]:
    """The per-article stage for a batch: parse (a batch through spaCy; a failing batch one
    article at a time), then people, quotes, coreference and the extractors, article by
    article. Nothing that raises in one article reaches another."""
    from kg.nlp import load_model, parse
    from kg.relations import default_extractors

    nlp = load_model(model)
    chosen = list(extractors) if extractors is not None else list(default_extractors().values())
    out: list[Outcome] = []
    try:
        docs = list(parse(nlp, (a.content() for a in articles), batch_size=len(articles) or 1,
                          chunk_chars=chunk_chars))
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - find the article that broke the batch
        docs = []
        for article in articles:
            try:
                docs.append(next(parse(nlp, [article.content()], chunk_chars=chunk_chars)))
            except (KeyboardInterrupt, MemoryError):
                raise
            except Exception as exc:  # noqa: BLE001
                docs.append(_failed("parsing", exc))
    for article, doc in zip(articles, docs):
        if isinstance(doc, BaseException):
            out.append(Failure(article.where, str(doc)))
            continue
        try:
            out.append(process_article(article, doc, extractors=chosen, nlp=nlp))
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - one article's failure spoils nothing else
            out.append(Failure(article.where, str(_failed("extracting", exc))))
    return out


def _failed(stage: str, exc: BaseException) -> RuntimeError:
    return RuntimeError(f"internal error while {stage} ({type(exc).__name__}: {exc})")


# Executors -------------------------------------------------------------------------------------


def run(batches: Iterable[Batch], *, jobs: int = 1, executor: str = "local",
        scheduler: str | None = None, model: str | None = None, chunk_chars: int,
        extractors: Sequence[Any] | None = None) -> Iterator[list[Outcome]]:
    """The outcomes of every batch, as they finish. Local workers start only when there is
    more than one batch to run: a warm build that redoes a few articles runs them here, without
    loading the model in every worker."""
    if executor == "local" and jobs > 1:
        batches = iter(batches)
        ahead = list(itertools.islice(batches, 2))
        if len(ahead) < 2:
            jobs = 1
        batches = itertools.chain(ahead, batches)
    if executor == "dask":
        yield from _dask(batches, jobs=jobs, scheduler=scheduler, model=model,
                         chunk_chars=chunk_chars, extractors=extractors)
    elif jobs <= 1:
        for batch in batches:
            yield process_batch(batch, model, chunk_chars, extractors)
    else:
        yield from _processes(batches, jobs=jobs, model=model, chunk_chars=chunk_chars,
                              extractors=extractors)


def _warm(model: str | None) -> None:
    """A worker's first job: load the model, so that the first batch is not slower."""
    from kg.nlp import load_model

    load_model(model)


def _processes(batches: Iterable[Batch], *, jobs: int, model: str | None, chunk_chars: int,
               extractors: Sequence[Any] | None) -> Iterator[list[Outcome]]:
    """Worker processes (forked where the system can: the registry of relations comes along),
    at most ``2 * jobs`` batches in flight, so memory stays flat however many articles. When a
    worker dies, every article in flight becomes a suspect and is run again alone, one at a
    time, so the article that kills a worker is the one that fails."""
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm,
                                   initargs=(model,))

    executor = pool()
    pending: dict[Future, Batch] = {}
    suspects: list[Article] = []
    queue = iter(batches)
    exhausted = False
    try:
        while True:
            if suspects and not pending:  # one suspect at a time: a death is its own
                article = suspects.pop(0)
                future = executor.submit(process_batch, [article], model, chunk_chars, extractors)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    yield [Failure(article.where, "its worker process died")]
                    executor.shutdown(wait=False, cancel_futures=True)
                    executor = pool()
                continue
            while not suspects and not exhausted and len(pending) < 2 * jobs:
                batch = next(queue, None)
                if batch is None:
                    exhausted = True
                    break
                pending[executor.submit(process_batch, batch, model, chunk_chars,
                                        extractors)] = batch
            if not pending:
                if suspects:
                    continue
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                batch = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    suspects.extend(batch)
            if suspects:  # the pool is gone with every batch in flight
                for batch in pending.values():
                    suspects.extend(batch)
                pending.clear()
                executor.shutdown(wait=False, cancel_futures=True)
                executor = pool()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _dask(batches: Iterable[Batch], *, jobs: int, scheduler: str | None, model: str | None,
          chunk_chars: int, extractors: Sequence[Any] | None) -> Iterator[list[Outcome]]:
    """A Dask distributed cluster: the one at ``scheduler``, or a LocalCluster of ``jobs``
    single-threaded worker processes. A task whose worker dies is retried by Dask; one that
    keeps killing workers is tried article by article, and then fails alone."""
    try:
        from distributed import Client, LocalCluster, as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker
    except ImportError as exc:
        from kg.errors import DependencyError

        raise DependencyError("--executor dask", f"needs the package 'distributed' "
                                                 f"(pip install 'newskg[dask]'): {exc}") from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        window = 2 * max(sum(client.nthreads().values()), 1)
        queue = iter(batches)
        running = as_completed()
        batch_of: dict[Any, tuple[Batch, bool]] = {}

        def submit(batch: Batch, retry: bool) -> None:
            future = client.submit(process_batch, list(batch), model, chunk_chars, extractors,
                                   pure=False)
            batch_of[future] = (batch, retry)
            running.add(future)

        for batch in _take(queue, window):
            submit(batch, False)
        for future in running:
            batch, retry = batch_of.pop(future)
            try:
                yield future.result()
            except (KilledWorker, FutureCancelledError, OSError) as exc:
                if retry:
                    yield [Failure(a.where, f"its worker died ({type(exc).__name__})")
                           for a in batch]
                else:  # Dask retried it already; now one article at a time
                    for article in batch:
                        submit([article], True)
            for more in _take(queue, 1):
                submit(more, False)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _take(queue: Iterator[Batch], n: int) -> list[Batch]:
    out = []
    for _ in range(n):
        item = next(queue, None)
        if item is None:
            break
        out.append(item)
    return out


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return max(os.cpu_count() or 1, 1)
