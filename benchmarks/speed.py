"""Build speed and memory, against a baseline run in the same process.

Baseline: spaCy parsing alone (the floor any extractor on spaCy pays). Measured: the whole
newskg build (read, parse, context, extractors, resolution, graph, Turtle). Prints the
figures and the ratio, so a change that slows extraction shows up whatever the machine.

    python benchmarks/speed.py [PATH ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from kg.write.rdf import serialize, to_graph
from kg.nlp import load_model
from kg.pipeline import extract_articles
from kg.read import read_articles

ROOT = Path(__file__).resolve().parent.parent


def _timed(func, repeat: int) -> tuple[float, int]:
    """Best wall time of ``repeat`` runs, then peak Python allocations in one traced run
    (tracing slows Python code, so it is kept out of the timing)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    func()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return best, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=4, help="feed the articles this many times")
    args = parser.parse_args()

    articles = list(read_articles(args.paths)) * args.copies
    chars = sum(len(a.text) for a in articles)
    nlp = load_model()
    list(nlp.pipe(["warm up"]))

    def parse_only() -> None:
        for _ in nlp.pipe((a.content() for a in articles), batch_size=16):
            pass

    def full_build() -> None:
        serialize(to_graph(extract_articles(articles)))

    base_s, base_mem = _timed(parse_only, args.repeat)
    full_s, full_mem = _timed(full_build, args.repeat)
    print(f"articles: {len(articles)} ({chars} characters)")
    print(f"baseline (spaCy parse only): {base_s:.3f} s, {len(articles) / base_s:.1f} articles/s, "
          f"peak {base_mem / 1e6:.1f} MB")
    print(f"newskg build (parse + extract + graph + Turtle): {full_s:.3f} s, "
          f"{len(articles) / full_s:.1f} articles/s, peak {full_mem / 1e6:.1f} MB")
    print(f"ratio build / baseline: time {full_s / base_s:.2f}x, memory {full_mem / max(base_mem, 1):.2f}x")


if __name__ == "__main__":
    main()
