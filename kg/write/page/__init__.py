"""The HTML page of a graph: one self-contained file that opens from disk with no network.

    render_html(graph, title=...) -> str        write_html(graph, path, title=...) -> Path

The parts: ``data.py`` reads the graph into one compact JSON document (facts, the edges and
nodes they draw, articles, timeline items), ``layout.py`` places the nodes, ``style.py``
makes vis-network's options and the legend (which is also the filter panel); ``template.html``,
``page.css`` and ``page.js`` are the page around them. pyvis is used for nothing but the copy of
vis-network it bundles: its own template escapes nothing and links CDNs in every mode.

What keeps the page safe and offline whatever the articles say:

- vis-network's JS and CSS are inlined from the copy inside the pyvis package; nothing is
  linked, so no request leaves the page;
- the data is one ``<script type="application/json">`` with ``<``, ``>``, ``&``, ``/``,
  U+2028/9 and bidirectional controls escaped, so no text can close the script or form markup;
- the page's script builds every element with ``textContent`` (never ``innerHTML``, never
  ``eval``), and makes a link only of an ``http(s)`` URL;
- the layout is seeded and the document sorted: the same graph gives the same bytes.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib.resources import files
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from rdflib import Graph

from kg.write.atomic import write_text
from kg.write.rdf import TripleIndex
from kg.write.page.data import FOLD_AT, SHOW_FIRST, counts_text, page_data
from kg.write.page.layout import place
from kg.write.page.style import legend_html, vis_options

__all__ = ["render_html", "write_html"]

VIS_DIR = "lib/vis-9.1.2"
JS_PARTS = ("page.js", "panel.js", "timeline.js")  # concatenated in this order
_EMPTY = '<p class="kg-empty">This graph has no facts to show.</p>'


def render_html(graph: Graph | TripleIndex, *, title: str = "newskg graph",
                note: str | None = None, plots: Sequence[str] = ()) -> str:
    """The whole page for ``graph`` (an rdflib Graph, or the ``TripleIndex`` of a build) as a
    string: deterministic, offline, escaped. ``note`` says what the page leaves out
    (``kg.write.page.select``); ``plots`` are the paths, relative to the page, of the plots
    it links to (``kg build --plots``)."""
    if not isinstance(graph, TripleIndex):
        graph = TripleIndex(graph)
    data = page_data(graph)
    place(data)
    data["options"] = vis_options(data)
    data["fold"] = FOLD_AT
    data["top"] = SHOW_FIRST
    values = {
        "TITLE": html.escape(title),
        "COUNTS": html.escape(counts_text(data)),
        "NOTE": f'<p id="kg-note">Shown: {html.escape(note)}.</p>' if note else "",
        "PLOTS": plots_html(plots),
        "LEGEND": legend_html(data),
        "EMPTY": "" if data["facts"] else _EMPTY,
        "VIS_CSS": vendored("vis-network.css"),
        "PAGE_CSS": _own("page.css"),
        "VIS_JS": vendored("vis-network.min.js"),
        "PAGE_JS": "\n".join(_own(name) for name in JS_PARTS),
        "DATA": script_json(data),
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m[1]], _own("template.html"))


def write_html(graph: Graph | TripleIndex, path: str | Path, *, title: str = "newskg graph",
               note: str | None = None, plots: Sequence[str] = ()) -> Path:
    """Write the page for ``graph`` to ``path`` atomically and return the path."""
    return write_text(path, render_html(graph, title=title, note=note, plots=plots))


def plots_html(plots: Sequence[str]) -> str:
    """Links to the plots beside the page, each opening in a new tab: ``per-month`` is named
    "per month"."""
    if not plots:
        return ""
    links = " ".join(
        f'<a href="{html.escape(path)}" target="_blank" rel="noopener">'
        f'{html.escape(PurePosixPath(path).stem.replace("-", " "))}</a>'
        for path in plots)
    return f'<nav id="kg-plots" aria-label="Plots">Plots: {links}</nav>'



def script_json(data: Any) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>``, ``&`` or ``/`` survives as itself, nor
    a line separator or a bidirectional control (the file reads as it runs)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\/")):
        text = text.replace(char, escaped)
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


_INVISIBLE = re.compile("[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@cache
def vendored(name: str) -> str:
    """A file of the vis-network copy bundled inside pyvis."""
    return files("pyvis").joinpath(VIS_DIR, name).read_text(encoding="utf-8")


@cache
def _own(name: str) -> str:
    return files("kg.write.page").joinpath(name).read_text(encoding="utf-8")
