"""Extraction quality on every gold set there is, pooled, with the calibration bands.

    python benchmarks/quality.py                        # seeds, ../shared/dev, ../shared/dev2
    python benchmarks/quality.py --set blind=ARTICLES:GOLD.json   # and a set of your own

For each set, builds its articles in this process (``kg.pipeline.build``), scores the graph
with ``kg.eval.evaluate`` and prints P / R / F1 per relation as a Markdown table row; then
"dev30", dev and dev2 pooled (true positives, false positives and misses summed, not F1s
averaged); then, per set, the calibration bands: how many facts the gold can judge have a
confidence of 0.8 or more, and between 0.6 and 0.8, and what share of each is right
(``kg.calibration.judge``: optional gold items count as right).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.calibration import judge
from kg.eval import evaluate, load_gold
from kg.pipeline import build
from kg.write.rdf import to_graph

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "data" / "seeds.gold.json"),
    "dev": (SHARED / "dev" / "articles", SHARED / "dev" / "dev.gold.json"),
    "dev2": (SHARED / "dev2" / "articles", SHARED / "dev2" / "dev2.gold.json"),
}
POOLED = {"dev30": ("dev", "dev2")}
BANDS = ((0.8, 1.01, "≥ 0.8"), (0.6, 0.8, "0.6–0.8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME=ARTICLES:GOLD",
                        help="another gold set to score")
    args = parser.parse_args()
    sets = dict(SETS)
    for spec in args.set:
        name, _, paths = spec.partition("=")
        articles, _, gold = paths.partition(":")
        sets[name] = (Path(articles), Path(gold))

    counts: dict[str, dict[str, tuple[int, int, int]]] = {}
    bands: dict[str, list[tuple[float, bool]]] = {}
    for name, (articles, gold_path) in sets.items():
        if not articles.is_dir() or not gold_path.is_file():
            print(f"skipping {name}: {articles} or {gold_path} is absent")
            continue
        gold = load_gold(gold_path)
        result = build([articles])
        report = evaluate(to_graph(result), gold)
        counts[name] = {rel: (s.tp, s.fp, s.fn) for rel, s in report.relations.items()}
        bands[name] = [(confidence, ok) for _rule, _res, confidence, ok in judge(result, gold)]
    for name, parts in POOLED.items():
        if all(p in counts for p in parts):
            counts[name] = {rel: tuple(sum(counts[p][rel][i] for p in parts) for i in range(3))
                            for rel in counts[parts[0]]}
            bands[name] = [b for p in parts for b in bands[p]]

    relations = list(next(iter(counts.values()))) if counts else []
    print("| set | " + " | ".join(f"{r} P / R / F1" for r in relations) + " |")
    print("|---|" + "---|" * len(relations))
    for name, per in counts.items():
        print(f"| {name} | " + " | ".join(_prf(*per[r]) for r in relations) + " |")
    print()
    print("| set | " + " | ".join(f"confidence {label}: facts, right" for *_, label in BANDS) + " |")
    print("|---|" + "---|" * len(BANDS))
    for name, judged in bands.items():
        cells = []
        for low, high, _label in BANDS:
            band = [ok for confidence, ok in judged if low <= confidence < high]
            cells.append(f"{len(band)}, {sum(band) / len(band):.2f}" if band else "0, —")
        print(f"| {name} | " + " | ".join(cells) + " |")


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.2f} / {r:.2f} / {f:.2f}"


if __name__ == "__main__":
    main()
