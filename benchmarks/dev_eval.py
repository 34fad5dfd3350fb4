"""Extraction quality on the development set: newskg beside the textacy baseline.

Both run in this process on the same articles (as kg.read reads them), with the same spaCy
pipeline (kg.nlp.load_model()), and are written by the same graph writer and scored by the
same kg.eval.evaluate. Prints P/R/F1 per relation for each, the F1 ratio and difference, and
how long each took (model load excluded). Without textacy, prints newskg's figures only.

    python benchmarks/dev_eval.py [ARTICLES] [GOLD] [--baseline-front-matter]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import textacy_baseline
from kg.errors import KgError
from kg.eval import EvalReport, evaluate, load_gold
from kg.write.rdf import to_graph
from kg.model import Build
from kg.nlp import load_model
from kg.pipeline import build
from kg.read import read_articles

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"
RELATIONS = ("met", "stated", "roles")


def _run(make: Callable[[], Build], gold: dict) -> tuple[EvalReport, float]:
    start = time.perf_counter()
    graph = to_graph(make())
    seconds = time.perf_counter() - start
    return evaluate(graph, gold), seconds


def _prf(report: EvalReport, relation: str) -> list[str]:
    s = report.relations[relation]
    return [f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}"]


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])])
        for row in rows
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=DEV / "articles",
                        help="article file or folder (default: ../shared/dev/articles)")
    parser.add_argument("gold", nargs="?", type=Path, default=DEV / "dev.gold.json",
                        help="gold facts (default: ../shared/dev/dev.gold.json)")
    parser.add_argument(
        "--baseline-front-matter", action="store_true",
        help="feed textacy each whole file, front matter and furniture included, as the dev "
        "README's baseline figures were (newskg is unchanged)",
    )
    args = parser.parse_args()

    def baseline() -> Build:
        articles = list(read_articles([args.articles]))
        if args.baseline_front_matter:
            articles = [replace(a, skip=()) for a in articles]
        return textacy_baseline.extract_articles(articles, nlp)

    try:
        gold = load_gold(args.gold)
        nlp = load_model()
        list(nlp.pipe(["Warm up the pipeline."]))
        ours, ours_s = _run(lambda: build([args.articles]), gold)
        base = None
        if textacy_baseline.available():
            base, base_s = _run(baseline, gold)
    except KgError as exc:
        print(exc.line(), file=sys.stderr)
        return exc.exit_status

    print(f"articles: {args.articles}   gold: {args.gold}   model: {nlp.meta['name']} "
          f"{nlp.meta['version']}")
    if base is None:
        print("textacy is not installed (pip install textacy==0.13.0): newskg figures only")
        rows = [["relation", "newskg P", "R", "F1"]]
        rows += [[rel, *_prf(ours, rel)] for rel in RELATIONS]
        print(_table(rows))
        print(f"time (read + parse + extract + graph): newskg {ours_s:.2f} s")
        return 0

    rows = [["relation", "newskg P", "R", "F1", "textacy P", "R", "F1", "F1 ratio", "F1 diff"]]
    for rel in RELATIONS:
        o, b = ours.relations[rel].f1, base.relations[rel].f1
        ratio = f"{o / b:.1f}x" if b > 0 else "-"
        rows.append([rel, *_prf(ours, rel), *_prf(base, rel), ratio, f"{o - b:+.2f}"])
    print(_table(rows))
    print(f"time (read + parse + extract + graph): newskg {ours_s:.2f} s, textacy {base_s:.2f} s "
          f"({ours_s / base_s:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
