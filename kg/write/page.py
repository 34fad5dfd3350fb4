"""The HTML page of a graph: one self-contained file that opens from disk with no network.

pyvis is used only to collect the node and edge data; the page around it is ours
(``PAGE`` below). pyvis's own template escapes nothing and, in every ``cdn_resources`` mode,
still links bootstrap and other files from CDNs, so we do not use it. Instead:

- vis-network's JS and CSS are read from the copy bundled inside the pyvis package and
  inlined into the page;
- the nodes, edges and options are one JSON document in a ``<script type="application/json">``
  with ``<``, ``>``, ``&`` and ``/`` escaped, so no text from an article can close the script
  or form a URL;
- tooltips travel as lists of ``[kind, text]`` lines and are turned into DOM elements with
  ``textContent`` in the browser, so article text is never parsed as HTML;
- node ids are opaque (``n0``, ``c0``, ``r0``) and the layout seed is fixed: the same graph
  gives the same bytes.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from pyvis.network import Network
from rdflib import RDF, RDFS, SKOS, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV
from rdflib.term import Node

from kg.write.atomic import write_text
from kg.namespace import KG
from kg.relations import relations

__all__ = ["render_html", "write_html"]

VIS_DIR = "lib/vis-9.1.2"
LAYOUT_SEED = 7
CLAIM_LABEL_CHARS = 80
ENTITY_LABEL_CHARS = 40
MAX_EVIDENCE_SHOWN = 12

ENTITY_TYPES = {KG.Person: "Person", KG.Country: "Country", KG.Organization: "Organization",
                KG.City: "City"}
# node type -> (shape, fill, border); drives both the vis-network groups and the legend
NODE_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("dot", "#8fb8e8", "#2f5f98"),
    "Country": ("square", "#9ed39a", "#3d7a38"),
    "Organization": ("diamond", "#f7bf7f", "#b56a12"),
    "City": ("triangle", "#c7b3e6", "#5b3f8c"),
    "Claim": ("box", "#fff3c4", "#c9a227"),
    "Role": ("hexagon", "#f29a9b", "#b3282b"),
    "Entity": ("dot", "#d0d0d0", "#707070"),  # a node whose type the graph omits
}
FAR_STYLE = {"claim": ("box", "#fff3c4", "#c9a227"), "concept": ("hexagon", "#f29a9b", "#b3282b")}


def node_styles() -> dict[str, tuple[str, str, str]]:
    """``NODE_STYLE`` and a style for the far-end nodes each relation's view names."""
    styles = dict(NODE_STYLE)
    for rel in relations():
        view = rel.view
        if view is not None and view.object_kind != "entity":
            styles.setdefault(_far_group(view), FAR_STYLE[view.object_kind])
    return styles


def _far_group(view: Any) -> str:
    return view.object_name or view.object_kind.capitalize()


def _legend_edges() -> list[tuple[str, str, bool, bool]]:
    rows = []
    for rel in relations():
        if rel.view is not None:
            rows.append((rel.view.label, rel.view.color, False, rel.view.arrow))
            rows += [(text, rel.view.color, True, rel.view.arrow)
                     for text in rel.view.variants.values()]
    return rows


def edge_styles() -> dict[str, tuple[str, str, bool, bool]]:
    """Edge kind -> (legend text, colour, dashed, arrow), from each relation's ``View``; a
    variant (a planned meeting) is dashed."""
    styles: dict[str, tuple[str, str, bool, bool]] = {}
    for rel in relations():
        if rel.view is not None:
            styles[rel.name] = (rel.view.label, rel.view.color, False, rel.view.arrow)
    return styles


# A tooltip: [kind, text] lines, kind one of h(eading), t(ext), q(uoted evidence), s(ource),
# m(eta). The page's script turns each line into a <div class="kg-tip-KIND"> by textContent.
Tip = list[list[str]]


def render_html(graph: Graph, *, title: str = "newskg graph") -> str:
    """The whole page for ``graph`` as a string: deterministic, offline, escaped."""
    view = _View(graph)
    data = {"nodes": view.net.nodes, "edges": view.net.edges, "options": _options()}
    values = {
        "TITLE": html.escape(title),
        "COUNTS": html.escape(view.counts()),
        "LEGEND": _legend(),
        "EMPTY": "" if view.net.nodes else _EMPTY,
        "VIS_CSS": _vendored("vis-network.css"),
        "VIS_JS": _vendored("vis-network.min.js"),
        "DATA": _script_json(data),
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m[1]], PAGE)


def write_html(graph: Graph, path: str | Path, *, title: str = "newskg graph") -> Path:
    """Write the page for ``graph`` to ``path`` atomically and return the path."""
    return write_text(path, render_html(graph, title=title))


# ---------------------------------------------------------------- reading the graph


class _View:
    """The drawable part of a graph: for every relation with a ``View``, its edges and the
    nodes at their ends, with the evidence nodes behind each edge."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.net = Network(directed=True)
        self.ids: dict[Node, str] = {}
        self.made: dict[str, int] = defaultdict(int)  # nodes made per id prefix
        self.degree: dict[Node, int] = defaultdict(int)
        self.styles = edge_styles()
        # (relation, variant, a, b) -> evidence nodes
        edges: dict[tuple[str, str, Node, Node], list[Node]] = defaultdict(list)
        far: dict[Node, tuple[str, Any]] = {}  # non-entity ends: (kind, relation view)
        self.tally: dict[str, int] = {}
        for rel in relations():
            view = rel.view
            if view is None:
                continue
            for fact in graph.subjects(RDF.type, rel.node_class):
                variant = view.variant(graph, fact) or ""
                for a, b in view.ends(graph, fact):
                    if a == b:
                        continue
                    if not view.arrow:
                        a, b = _pair(a, b)
                    edges[(rel.name, variant, a, b)].append(fact)
                    if view.object_kind != "entity":
                        far[b] = (view.object_kind, view)
        for (name, variant, a, b) in edges:
            self.tally[name + (f":{variant}" if variant else "")] = self.tally.get(
                name + (f":{variant}" if variant else ""), 0) + 1
            self.degree[a] += 1
            self.degree[b] += 1
        ends = {n for (_r, _v, a, b) in edges for n in (a, b)}
        for node in sorted(n for n in ends if n not in far):
            self._entity_node(node)
        for node in sorted((n for n in ends if n in far), key=lambda n: (far[n][0], str(n))):
            kind, view = far[node]
            text = view.object_label(graph, node) if view.object_label else _local_name(node)
            if kind == "claim":
                speakers = sorted({self._label(a) for (_r, _v, a, b) in edges if b == node})
                self._claim_node(node, text, speakers, _far_group(view))
            else:
                self._concept_node(node, text, _far_group(view))
        for (name, variant, a, b), facts in sorted(edges.items(), key=lambda kv: (
                kv[0][0], kv[0][1], str(kv[0][2]), str(kv[0][3]))):
            self._edge(name, variant, (a, b), facts)

    # -- nodes

    def _add_node(
        self, node: Node, prefix: str, group: str, label: str, tip: Tip, **extra: Any
    ) -> None:
        node_id = f"{prefix}{self.made[prefix]}"
        self.made[prefix] += 1
        self.ids[node] = node_id
        shape = node_styles()[group][0]  # pyvis always sets a shape, which would beat the group's
        self.net.add_node(node_id, label=label, shape=shape, group=group, tip=tip, **extra)

    def _entity_node(self, entity: Node) -> None:
        g = self.graph
        kinds = sorted(ENTITY_TYPES[t] for t in g.objects(entity, RDF.type) if t in ENTITY_TYPES)
        kind = kinds[0] if kinds else "Entity"
        label = self._label(entity)
        tip: Tip = [["h", label], ["m", kind]]
        aliases = sorted(str(a) for a in g.objects(entity, SKOS.altLabel))
        if aliases:
            tip.append(["t", "also: " + ", ".join(aliases)])
        for same in sorted(str(s) for s in g.objects(entity, OWL.sameAs)):
            tip.append(["m", "same as " + same])
        tip.append(["m", _plural(self.degree[entity], "fact")])
        short = _truncate(label, ENTITY_LABEL_CHARS)
        self._add_node(entity, "n", kind, short, tip, value=self.degree[entity])

    def _concept_node(self, concept: Node, text: str, group: str) -> None:
        label = text[:1].upper() + text[1:]
        tip: Tip = [["h", label], ["m", _plural(self.degree[concept], "link")]]
        self._add_node(concept, "r", group, label, tip)

    def _claim_node(self, claim: Node, text: str, speakers: list[str], group: str) -> None:
        tip: Tip = [["h", f"{group} by " + ", ".join(speakers)], ["t", text]]
        self._add_node(claim, "c", group, _truncate(text, CLAIM_LABEL_CHARS), tip)

    # -- edges

    def _edge(self, name: str, variant: str, pair: tuple[Node, Node], facts: list[Node]) -> None:
        a, b = pair
        text, colour, _dashed, arrow = self.styles[name]
        far = self.ids[b]
        word = variant or name
        if far.startswith("r"):
            word = variant or self.net.get_node(far)["label"].lower()
            heading = f"{self._label(a)}: {self.net.get_node(far)['label']} ({text})"
        elif far.startswith("c"):
            heading = f"{self._label(a)} {name}"
        else:
            heading = f"{self._label(a)} {word} {self._label(b)}"
        tip: Tip = [["h", heading], *self._evidence(facts)]
        self.net.add_edge(
            self.ids[a], far, id=f"e{len(self.net.edges)}", label=word, tip=tip,
            color=colour, dashes=bool(variant), arrows={"to": {"enabled": arrow}},
            value=max(1, len(facts)),
        )

    def _evidence(self, facts: list[Node]) -> Tip:
        """Tooltip lines for every evidence node behind an edge, in a stable order."""
        if not facts:
            return [["m", "no evidence node in the graph"]]
        found = sorted(self._one_evidence(f) for f in set(facts))
        lines: Tip = [["m", _plural(len(found), "evidence sentence")]]
        for _, block in found[:MAX_EVIDENCE_SHOWN]:
            lines.extend(block)
        if len(found) > MAX_EVIDENCE_SHOWN:
            lines.append(["m", f"… and {len(found) - MAX_EVIDENCE_SHOWN} more"])
        return lines

    def _one_evidence(self, fact: Node) -> tuple[tuple, Tip]:
        g = self.graph
        sentence = str(g.value(fact, KG.evidence) or "")
        sources = sorted(self._source(a) for a in set(g.objects(fact, PROV.wasDerivedFrom)))
        start = g.value(fact, KG.charStart)
        details = []
        if (date := g.value(fact, DCTERMS.date)) is not None:
            details.append(str(date))
        if (confidence := g.value(fact, KG.confidence)) is not None:
            details.append(f"confidence {confidence}")
        block: Tip = [["q", sentence]] + [["s", s] for s in sources]
        if details:
            block.append(["m", " · ".join(details)])
        position = int(start) if isinstance(start, Literal) and str(start).isdigit() else -1
        return (sources, position, sentence, str(fact)), block

    def _source(self, article: Node) -> str:
        g = self.graph
        ident = min((str(i) for i in g.objects(article, DCTERMS.identifier)), default=str(article))
        title, date = g.value(article, DCTERMS.title), g.value(article, DCTERMS.date)
        outlets = ", ".join(sorted(str(p) for p in g.objects(article, DCTERMS.publisher)))
        text = " — ".join(str(p) for p in (ident, title) if p is not None)
        where = ", ".join(str(p) for p in (outlets or None, date) if p)
        return f"{text} ({where})" if where else text

    # -- labels

    def _label(self, node: Node) -> str:
        label = self.graph.value(node, RDFS.label)
        return str(label) if label is not None else _local_name(node)

    def counts(self) -> str:
        if not self.net.nodes:
            return "no facts"
        parts = [_plural(self.made["n"], "entity", "entities")]
        for rel in relations():
            if rel.view is None:
                continue
            if self.tally.get(rel.name):
                parts.append(f"{self.tally[rel.name]} {rel.name}")
            for variant, text in rel.view.variants.items():
                n = self.tally.get(f"{rel.name}:{variant}", 0)
                if n:
                    parts.append(_plural(n, text))
        return " · ".join(parts)


def _pair(a: Node, b: Node) -> tuple[Node, Node]:
    return (a, b) if a <= b else (b, a)


def _local_name(node: Node) -> str:
    return re.split(r"[#/]", str(node).rstrip("#/"))[-1] or str(node)


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


# ---------------------------------------------------------------- the page


def _options() -> dict[str, Any]:
    groups = {
        kind: {
            "shape": shape,
            "color": {"background": fill, "border": border,
                      "highlight": {"background": fill, "border": "#000000"},
                      "hover": {"background": fill, "border": "#000000"}},
            "borderWidth": 1.5,
        }
        for kind, (shape, fill, border) in node_styles().items()
    }  # fmt: skip
    for rel in relations():
        view = rel.view
        if view is not None and view.object_kind == "claim":
            groups[_far_group(view)].update(
                font={"size": 11, "color": "#4a3b00"}, widthConstraint={"maximum": 170}, margin=5)
        elif view is not None and view.object_kind == "concept":
            groups[_far_group(view)].update(size=20, font={"size": 22})
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": True},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -400, "centralGravity": 0.02, "springLength": 150,
                "springConstant": 0.08, "damping": 0.4, "avoidOverlap": 0.8,
            },
            "stabilization": {"enabled": True, "iterations": 1500, "fit": True},
        },  # fmt: skip
        "interaction": {"hover": True, "tooltipDelay": 150, "multiselect": True},
        "nodes": {
            "font": {"size": 20, "face": "system-ui, sans-serif", "strokeWidth": 4,
                     "strokeColor": "#ffffff"},
            "scaling": {"min": 12, "max": 34, "label": {"enabled": False}},
        },  # fmt: skip
        "edges": {
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
            "scaling": {"min": 1, "max": 6, "label": {"enabled": False}},
            "arrows": {"to": {"scaleFactor": 0.6}},
        },
        "groups": groups,
    }


def _legend() -> str:
    """The legend as HTML, generated from ``NODE_STYLE`` and ``edge_styles()`` (inline SVG)."""
    shapes = {
        "dot": '<circle cx="9" cy="9" r="7"',
        "square": '<rect x="2" y="2" width="14" height="14"',
        "diamond": '<polygon points="9,1 17,9 9,17 1,9"',
        "box": '<rect x="1" y="4" width="16" height="10" rx="3"',
        "hexagon": '<polygon points="5,2 13,2 17,9 13,16 5,16 1,9"',
        "triangle": '<polygon points="9,1 17,16 1,16"',
    }
    rows = []
    for kind, (shape, fill, border) in node_styles().items():
        if kind == "Entity":
            continue
        svg = f'{shapes[shape]} fill="{fill}" stroke="{border}" stroke-width="1.5"/>'
        rows.append(f'<li><svg width="18" height="18">{svg}</svg>{kind}</li>')
    for text, colour, dashed, arrow in _legend_edges():
        dash = ' stroke-dasharray="4 3"' if dashed else ""
        head = f'<polygon points="22,3 28,7 22,11" fill="{colour}"/>' if arrow else ""
        line = f'<line x1="1" y1="7" x2="24" y2="7" stroke="{colour}" stroke-width="2"{dash}/>'
        rows.append(f'<li><svg width="28" height="14">{line}{head}</svg>{html.escape(text)}</li>')
    return "\n".join(rows)


def _script_json(data: Any) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>``, ``&`` or ``/`` survives as itself."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\/"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, escaped)
    return text


@cache
def _vendored(name: str) -> str:
    return files("pyvis").joinpath(VIS_DIR, name).read_text(encoding="utf-8")


_EMPTY = '<p class="kg-empty">This graph has no facts to show.</p>'

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; align-items: baseline; gap: 1.2em; flex-wrap: wrap;
  padding: .5em 1em; border-bottom: 1px solid #ddd; background: #fafafa; }
header h1 { font-size: 1.25em; margin: 0; }
#kg-counts { color: #555; }
#kg-search { margin-left: auto; padding: .25em .5em; width: 16em; }
#kg-hits { color: #777; font-size: .9em; min-width: 6em; }
#kg-body { flex: 1; min-height: 0; display: flex; }
#kg-side { flex: none; width: 15em; padding: .8em 1em; border-right: 1px solid #ddd;
  background: #fafafa; overflow-y: auto; font-size: 13px; }
#kg-side h2 { font-size: 1em; margin: 0 0 .4em; }
#kg-side p { color: #666; margin: 1em 0 0; }
#kg-legend { margin: 0; padding: 0; list-style: none; }
#kg-legend li { display: flex; align-items: center; gap: .5em; margin: .2em 0; }
#kg-legend svg { flex: none; width: 28px; }
main { position: relative; flex: 1; min-width: 0; }
#kg-network { position: absolute; inset: 0; }
.kg-empty { margin: 3em auto; font-size: 1.2em; color: #666; text-align: center; }
div.vis-tooltip { white-space: normal; max-width: 34em; padding: .5em .7em;
  font: 13px/1.35 system-ui, sans-serif; background: #fff; border: 1px solid #999;
  box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.kg-tip-h { font-weight: 600; margin-bottom: .2em; }
.kg-tip-q { font-style: italic; margin: .4em 0 .1em; padding-left: .5em;
  border-left: 3px solid #c9a227; }
.kg-tip-s { color: #2f5f98; font-size: .92em; }
.kg-tip-m { color: #777; font-size: .88em; }
</style>
</head>
<body>
<header>
<h1>@@TITLE@@</h1>
<span id="kg-counts">@@COUNTS@@</span>
<input id="kg-search" type="search" placeholder="Find a name or claim" aria-label="Find">
<span id="kg-hits"></span>
</header>
<div id="kg-body">
<aside id="kg-side">
<h2>Legend</h2>
<ul id="kg-legend">
@@LEGEND@@
</ul>
<p>Hover a node or an edge for the evidence sentences and their articles.
Drag to move, scroll to zoom.</p>
</aside>
<main>
@@EMPTY@@
<div id="kg-network"></div>
</main>
</div>
<script id="kg-data" type="application/json">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  if (!data.nodes.length) { return; }
  var KINDS = {h: 1, t: 1, q: 1, s: 1, m: 1};
  function tip(item) {
    var box = document.createElement("div");
    (item.tip || []).forEach(function (line) {
      var row = document.createElement("div");
      row.className = "kg-tip-" + (KINDS[line[0]] ? line[0] : "t");
      row.textContent = line[1];
      box.appendChild(row);
    });
    delete item.tip;
    item.title = box;
    return item;
  }
  var nodes = new vis.DataSet(data.nodes.map(tip));
  var edges = new vis.DataSet(data.edges.map(tip));
  var network = new vis.Network(document.getElementById("kg-network"),
    {nodes: nodes, edges: edges}, data.options);
  function fit() { network.fit({maxZoomLevel: 1.1}); }
  network.once("stabilizationIterationsDone", fit);
  network.once("stabilized", fit);
  var search = document.getElementById("kg-search");
  var hits = document.getElementById("kg-hits");
  function find(query) {
    query = query.trim().toLowerCase();
    if (!query) { return []; }
    return nodes.getIds({filter: function (n) {
      return n.label.toLowerCase().indexOf(query) >= 0 ||
        n.title.textContent.toLowerCase().indexOf(query) >= 0;
    }});
  }
  search.addEventListener("input", function () {
    var ids = find(search.value);
    network.selectNodes(ids);
    hits.textContent = search.value.trim() ? ids.length + " found" : "";
  });
  search.addEventListener("keydown", function (event) {
    var ids = find(search.value);
    if (event.key === "Enter" && ids.length) {
      network.focus(ids[0], {scale: 1.3, animation: true});
    }
  });
}());
</script>
</body>
</html>
"""
