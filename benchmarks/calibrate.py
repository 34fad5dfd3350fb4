"""Calibrate kg:confidence on gold: each rule's share of right facts, smoothed.

    python benchmarks/calibrate.py            # seeds, ../shared/dev and dev2: writes the table
    python benchmarks/calibrate.py --check    # print the table and the precision per band

A fact is right when the gold of its article holds it (optional items included): the pair
for met, (country, role) for roles, and for stated a gold claim of the same speaker with token
F1 >= 0.5. Entities are matched to gold ids as the scorer does (label, then altLabels).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from kg.calibration import TABLE, judge, key, pooled, smoothed
from kg.eval import load_gold
from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    (ROOT / "seeds", ROOT / "tests" / "data" / "seeds.gold.json"),
    (ROOT.parent / "shared" / "dev" / "articles", ROOT.parent / "shared" / "dev" / "dev.gold.json"),
    (ROOT.parent / "shared" / "dev2" / "articles", ROOT.parent / "shared" / "dev2" / "dev2.gold.json"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print only, write nothing")
    args = parser.parse_args()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    judged = []
    for articles, gold_path in SETS:
        if not articles.is_dir() or not gold_path.is_file():
            print(f"skipping {articles} (absent)")
            continue
        result = build([articles])
        for rule, resolved, confidence, ok in judge(result, load_gold(gold_path)):
            k = key(rule, resolved)
            counts[k][0] += int(ok)
            counts[k][1] += 1
            judged.append((confidence, ok))
    centre = pooled(counts)
    rules = {k: {"right": r, "facts": n, "confidence": smoothed(r, n, centre[k.split("/", 1)[0]])}
             for k, (r, n) in sorted(counts.items())}
    print(f"{'rule':40} {'right':>5} {'facts':>5} {'confidence':>10}")
    for k, v in rules.items():
        print(f"{k:40} {v['right']:5} {v['facts']:5} {v['confidence']:10.2f}")
    for low, high in ((0.8, 1.01), (0.6, 0.8), (0.0, 0.6)):
        band = [ok for conf, ok in judged if low <= conf < high]
        if band:
            print(f"facts with confidence in [{low}, {min(high, 1.0)}): {len(band)}, "
                  f"right {sum(band) / len(band):.2f}")
    if not args.check:
        path = ROOT / "kg" / "relations" / TABLE
        path.write_text(json.dumps({"about": __doc__.splitlines()[0], "rules": rules}, indent=1,
                                   sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
