"""Plots of a ``kg.stats`` report, drawn with matplotlib's Agg canvas (no display, no pyplot).

    from kg.write.plots import write_plots
    write_plots(report, "plots/", fmt="png")   # per-month.png, per-outlet.png, people.png, …

The files are named after what they show, never after the data: ``per-month``, ``per-outlet``,
``people`` (the ``top`` most connected), ``network`` (the people network, coloured by
community) and ``RELATION-by-concept`` for each relation whose far end is a concept
(``roles-by-concept``). Each relation is drawn in its page colour (``View.color``).

The same report gives the same bytes on the same matplotlib: the layout seed is fixed, the PNG
metadata is fixed (no version, no date) and SVG ids are salted with a constant.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import DependencyError, UsageError
from kg.relations import relations
from kg.write.atomic import write_bytes

PLOT_FORMATS = ("png", "svg")
SEED = 42
METADATA = {"png": {"Software": "newskg"}, "svg": {"Creator": "newskg", "Date": None}}
STYLE = {"svg.hashsalt": "newskg", "font.family": "DejaVu Sans", "font.size": 10,
         "axes.spines.top": False, "axes.spines.right": False, "savefig.dpi": 100}
COMMUNITY_COLORS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
NO_COMMUNITY = "#c8c8c8"


def write_plots(data: dict[str, Any], folder: str | Path, *, fmt: str = "png",
                top: int = 10) -> list[Path]:
    """Draw every plot of a report into ``folder`` (each file atomically); the paths."""
    if fmt not in PLOT_FORMATS:
        raise UsageError("--plot-format", f"choose {' or '.join(PLOT_FORMATS)}, not '{fmt}'")
    return [write_bytes(Path(folder) / f"{name}.{fmt}", payload)
            for name, payload in plots(data, fmt=fmt, top=top).items()]


def plots(data: dict[str, Any], *, fmt: str = "png", top: int = 10) -> dict[str, bytes]:
    """Every plot of a report, by file name without extension."""
    try:
        import matplotlib
    except ImportError:  # pragma: no cover - a broken install
        raise DependencyError(None, "plots need matplotlib (pip install matplotlib)") from None
    colors = {rel.name: rel.view.color for rel in relations() if rel.view is not None}
    drawers: dict[str, Callable] = {
        "per-month": lambda fig: _per_group(fig, data["per_month"], "month", data, colors,
                                            "Per month"),
        "per-outlet": lambda fig: _per_group(fig, data["per_outlet"], "outlet", data, colors,
                                             "Per outlet"),
        "people": lambda fig: _people(fig, data["people"][:top]),
        "network": lambda fig: _network(fig, data),
    }
    for relation in dict.fromkeys(row["relation"] for row in data["by_concept"]):
        rows = [row for row in data["by_concept"] if row["relation"] == relation]
        name = re.sub(r"[^A-Za-z0-9_-]+", "-", relation)
        drawers[f"{name}-by-concept"] = lambda fig, rows=rows, rel=relation: _by_concept(
            fig, rows, rel)
    out = {}
    with matplotlib.rc_context(STYLE):
        for name, draw in drawers.items():
            out[name] = _render(draw, fmt, (8, 6) if name == "network" else (8, 4.5))
    return out


def _render(draw: Callable, fmt: str, size: tuple[float, float] = (8, 4.5)) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, layout="constrained")
    FigureCanvasAgg(fig)
    draw(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, metadata=METADATA[fmt])
    return buffer.getvalue()


def _label(relation: str, data: dict[str, Any]) -> str:
    return f"{relation} (events)" if relation in data["summary"]["events"] else relation


def _per_group(fig, rows: list[dict], key: str, data: dict[str, Any], colors: dict[str, str],
               title: str) -> None:
    ax = fig.add_subplot()
    names = list(data["summary"]["facts"])
    groups = [row[key] for row in rows]
    width = 0.8 / max(len(names), 1)
    for i, name in enumerate(names):
        xs = [g + (i - (len(names) - 1) / 2) * width for g in range(len(groups))]
        counts = [row["counts"][name] for row in rows]
        bars = ax.bar(xs, counts, width, label=_label(name, data), color=colors.get(name))
        ax.bar_label(bars, fontsize=8, padding=1)
    ax.set_xticks(range(len(groups)), groups)
    ax.yaxis.set_major_locator(_integers())
    ax.set_ylabel("count")
    ax.set_title(f"{title}: events for relations with events, else facts")
    ax.legend(frameon=False, fontsize=9)
    if not rows:
        _nothing(ax)


def _people(fig, rows: list[dict]) -> None:
    left, right = fig.subplots(1, 2, sharey=True)
    labels = [row["label"] for row in rows][::-1]
    left.barh(labels, [row["degree"] for row in rows][::-1], color="#4e79a7")
    left.set_title("degree (people related to)")
    left.xaxis.set_major_locator(_integers())
    right.barh(labels, [row["betweenness"] for row in rows][::-1], color="#f28e2b")
    right.set_title("betweenness (normalised)")
    fig.suptitle(f"Most connected people (top {len(rows)})")
    if not rows:
        _nothing(left)


def _network(fig, data: dict[str, Any]) -> None:
    """The people with at least one relation, laid out by a seeded spring layout; the others
    are named underneath."""
    import networkx as nx

    ax = fig.add_subplot()
    ax.set_axis_off()
    pairs = _pairs(data)
    linked = {p for pair in pairs for p in pair}
    people = [p for p in data["people"] if p["person"] in linked]
    graph = nx.Graph()
    graph.add_nodes_from(sorted(linked))
    graph.add_edges_from((a, b, {"weight": w}) for (a, b), w in sorted(pairs.items()))
    pos = nx.spring_layout(graph, seed=SEED, k=0.9, iterations=200) if people else {}
    for (a, b), weight in sorted(pairs.items()):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot([x1, x2], [y1, y2], color="#999999", linewidth=0.8 + math.log1p(weight) * 1.5,
                zorder=1)
    for p in people:
        x, y = pos[p["person"]]
        community = p["community"]
        color = (COMMUNITY_COLORS[(community - 1) % len(COMMUNITY_COLORS)]
                 if community else NO_COMMUNITY)
        ax.scatter([x], [y], s=120 + 60 * p["degree"], color=color, zorder=2,
                   edgecolors="white")
        ax.annotate(p["label"], (x, y), xytext=(0, 8 + 1.5 * p["degree"]),
                    textcoords="offset points", ha="center", fontsize=9, zorder=3,
                    bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "alpha": 0.7,
                          "linewidth": 0})
    relations_shown = ", ".join(data["network"]["relations"]) or "no relation"
    ax.set_title(f"People network ({relations_shown}): colour = community, "
                 "line width = events")
    alone = [p["label"] for p in data["people"] if p["person"] not in linked]
    if alone:
        ax.text(0.5, -0.02, "no relation to another person: " + ", ".join(alone),
                ha="center", va="top", transform=ax.transAxes, fontsize=8, color="#555555",
                wrap=True)
    ax.margins(0.12)
    if not people:
        _nothing(ax)


def _pairs(data: dict[str, Any]) -> dict[tuple[str, str], int]:
    return {(e["source"], e["target"]): e["weight"] for e in data["network"]["edges"]}


def _by_concept(fig, rows: list[dict], relation: str) -> None:
    ax = fig.add_subplot()
    entities = list(dict.fromkeys(row["label"] for row in sorted(rows, key=lambda r: r["label"])))
    concepts = list(dict.fromkeys(row["concept_label"] for row in rows))
    left = [0] * len(entities)
    for i, concept in enumerate(concepts):
        counts = [sum(r["facts"] for r in rows
                      if r["label"] == e and r["concept_label"] == concept) for e in entities]
        ax.barh(entities, counts, left=left, label=concept,
                color=COMMUNITY_COLORS[i % len(COMMUNITY_COLORS)])
        left = [a + b for a, b in zip(left, counts, strict=True)]
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(_integers())
    ax.set_xlabel("facts")
    ax.set_title(f"{relation}: facts per entity and concept")
    ax.legend(frameon=False, fontsize=9)


def _integers():
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _nothing(ax) -> None:
    ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", transform=ax.transAxes)
