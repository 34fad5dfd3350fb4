"""Peak memory of one very long article against the same text as ordinary articles.

Each build runs in a process of its own and its peak resident memory is read from the kernel
(``resource.getrusage(RUSAGE_CHILDREN)``), so the figures are the whole process: Python,
spaCy, the model and the build. The long article is the seed articles' bodies, repeated until
it reaches ``--chars`` characters, on one line (the worst case: no paragraph to cut at) or in
paragraphs; the baseline is the same text cut into ordinary articles of about 5,000 characters.

    python benchmarks/memory.py [--chars 2000000]

Prints each peak and the ratio long / ordinary (the target is at most 2x).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith(" date ") else text


_WRAPPER = """import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "kg.cli", *sys.argv[1:]], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"""


def _peak_mb(args: list[str]) -> float:
    """Run ``kg`` with ``args`` under a fresh wrapper process; the peak resident set of the
    build process in MB (the wrapper's own children are only that build)."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *args], check=True,
                         capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2_000_000)
    args = parser.parse_args()
    bodies = [_body(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    base = "\n\n".join(bodies)
    text = (base * (args.chars // len(base) + 1))[: args.chars]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ordinary = folder / "ordinary"
        ordinary.mkdir()
        pieces = [text[i : i + 5000] for i in range(0, len(text), 5000)]
        for n, piece in enumerate(pieces):
            (ordinary / f"a{n:05d}.txt").write_text(f"Part {n}.\n\n{piece}", encoding="utf-8")
        lines = folder / "paragraphs"
        lines.mkdir()
        (lines / "long.txt").write_text(text, encoding="utf-8")
        flat = folder / "oneline"
        flat.mkdir()
        (flat / "long.txt").write_text(" ".join(text.split()), encoding="utf-8")
        runs = []
        for name, source in (("ordinary articles", ordinary), ("one article, paragraphs", lines),
                             ("one article, one line", flat)):
            peak = _peak_mb(["build", str(source), "--out", str(folder / f"out-{source.name}"),
                             "--no-html"])
            runs.append((name, peak))
    print(f"text: {len(text):,} characters ({len(pieces)} ordinary articles of 5,000)")
    baseline = runs[0][1]
    for name, peak in runs:
        print(f"{name:26} peak {peak:8.0f} MB   ratio {peak / baseline:.2f}x")


if __name__ == "__main__":
    main()
