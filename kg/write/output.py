"""A whole build into an output folder, published as one unit (what ``kg build`` does).

    result, written = build_into("out", ["seeds/"], jobs=2, store=True)

Inside the output's lock (``kg.write.publish``): the articles are read and processed
(``kg.pipeline.build``) with the per-article cache of the current build, then everything is
written into the staging folder — ``graph.ttl`` (Oxigraph), the page, the Oxigraph store if
asked (``store/``), the cache (``cache/``) and ``build.json`` — and published. A build with
nothing to show publishes nothing (``EmptyBuildError``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg import __version__
from kg.errors import EmptyBuildError
from kg.limits import CHUNK_CHARS, PAGE_FACTS
from kg.model import Build
from kg.write.atomic import write_bytes

CACHE, STORE, TURTLE, PAGE, PLOTS = "cache", "store", "graph.ttl", "graph.html", "plots"


def build_into(
    out: str | Path,
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    min_confidence: float = 0.0,
    links: str | Path | None = None,
    html: bool = True,
    page_facts: int = PAGE_FACTS,
    plots: bool = False,
    store: bool = False,
    cache: bool = True,
    strict: bool = False,
    wait: bool = True,
    allow_empty: bool = False,
    chunk_chars: int = CHUNK_CHARS,
    batch_size: int = 16,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    progress: Callable[[int, int | None, int], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> tuple[Build, list[str], dict[str, Any]]:
    """Build ``paths`` into ``out``; returns the build, the names written and cache figures."""
    from kg.cache import Cache, fingerprint
    from kg.pipeline import build
    from kg.read import check_paths
    from kg.write.publish import Publisher, reserved_paths, write_manifest

    paths = list(paths)
    check_paths(paths)  # a mistyped path costs nothing, not even the output's lock
    with Publisher(out, wait=wait, on_wait=on_wait) as pub:
        assert pub.stage is not None
        warnings: list[str] = []
        reuse = None
        if cache:
            current = pub.current()
            old = current / CACHE if current is not None else None
            reuse = Cache(pub.stage / CACHE, old if old and old.is_dir() else None,
                          fingerprint(model), warn=warnings.append)
        result = build(paths, model=model, min_confidence=min_confidence, links=links,
                       strict=strict, exclude=reserved_paths(out), chunk_chars=chunk_chars,
                       batch_size=batch_size,
                       jobs=jobs, executor=executor, scheduler=scheduler, cache=reuse,
                       progress=progress)
        result.warnings[:0] = warnings
        _check_not_empty(result, pub.previous_manifest(), allow_empty=allow_empty)
        written = write_outputs(result, pub.stage, html=html, store=store, page_facts=page_facts,
                                plots=plots)
        figures = {"reused": reuse.hits if reuse else 0, "computed": reuse.misses if reuse else 0}
        write_manifest(pub.stage, manifest(result))
        pub.publish()
    return result, written, figures


def write_outputs(result: Build, folder: Path, *, html: bool = True, store: bool = False,
                  page_facts: int = PAGE_FACTS, plots: bool = False) -> list[str]:
    """graph.ttl, and the page, the store and the plots if asked, into ``folder``; the graph
    is written with memory bounded whatever its size (``kg.write.rdf.write_graph``), the page
    shows at most ``page_facts`` facts (``kg.write.page.select``) and links to the plots (those
    of ``kg stats``, over the whole graph, in ``plots/``)."""
    from kg.write.rdf import TripleIndex, triples, write_graph

    write_graph(triples(result), folder / TURTLE, store_path=folder / STORE if store else None)
    written = [TURTLE, STORE] if store else [TURTLE]
    drawn: list[str] = []
    if plots:
        from kg.stats import stats
        from kg.write.plots import write_plots

        drawn = [f"{PLOTS}/{p.name}"
                 for p in write_plots(stats(TripleIndex(triples(result))), folder / PLOTS)]
        written.append(PLOTS)
    if html:
        from kg.write.page import write_html
        from kg.write.page.select import for_page

        shown, note = for_page(result, page_facts)
        write_html(TripleIndex(triples(shown)), folder / PAGE, note=note, plots=drawn)
        written.append(PAGE)
    return written


def manifest(result: Build) -> dict[str, Any]:
    per_relation = Counter(f.evidence.extractor for f in result.facts)
    return {
        "newskg": __version__,
        "articles": len(result.articles),
        "skipped": result.skipped,
        "entities": len(result.entities),
        "facts": dict(sorted(per_relation.items())),
        "warnings": len(result.warnings),
    }


def _check_not_empty(result: Build, previous: dict | None, *, allow_empty: bool) -> None:
    """A build with nothing to show publishes nothing: no article read, or no fact where the
    build it would replace had some."""
    problem = None
    if not result.articles:
        problem = "no article could be read"
        if result.skipped:
            problem += f" ({result.skipped} left out: see the warnings)"
        problem += "; the previous output is kept"
    had = sum((previous or {}).get("facts", {}).values()) if previous else 0
    if problem is None and not result.facts and had and not allow_empty:
        problem = (f"no facts found, where the current build has {had}; "
                   "kept it (--allow-empty publishes an empty graph)")
    if problem:
        error = EmptyBuildError(None, problem)
        error.warnings = list(result.warnings)  # why: the CLI shows them before the error
        raise error
