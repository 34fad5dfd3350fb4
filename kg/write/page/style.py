"""How the page looks: node styles, vis-network's options, and the legend, which is also the
filter panel (one row per relation and variant, one per node type).

Everything comes from the page's document (``data.py``), so a relation registered later gets
its legend row, its colour and its filter without a change here. Text is escaped: the legend's
words come from code, but nothing in this module trusts that.
"""

from __future__ import annotations

import html
from typing import Any

from kg.write.page.layout import FONT, SIZE

__all__ = ["NODE_STYLE", "legend_html", "vis_options"]

# node type -> (vis shape, fill, border); a far-end type a view names gets its kind's style
NODE_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("dot", "#8fb8e8", "#2f5f98"),
    "Country": ("square", "#9ed39a", "#3d7a38"),
    "Organization": ("diamond", "#f7bf7f", "#b56a12"),
    "City": ("triangle", "#c7b3e6", "#5b3f8c"),
    "Entity": ("dot", "#d0d0d0", "#707070"),
}
KIND_STYLE = {"claim": ("box", "#fff3c4", "#c9a227"), "concept": ("hexagon", "#f29a9b", "#b3282b"),
              "entity": NODE_STYLE["Entity"]}
SVG_SHAPE = {
    "dot": '<circle cx="9" cy="9" r="7"',
    "square": '<rect x="2" y="2" width="14" height="14"',
    "diamond": '<polygon points="9,1 17,9 9,17 1,9"',
    "box": '<rect x="1" y="4" width="16" height="10" rx="3"',
    "hexagon": '<polygon points="5,2 13,2 17,9 13,16 5,16 1,9"',
    "triangle": '<polygon points="9,1 17,16 1,16"',
}


def node_styles(data: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    """Every node type of the document -> (shape, fill, border)."""
    return {kind["n"]: NODE_STYLE.get(kind["n"], KIND_STYLE["entity"]) if kind["k"] == "entity"
            else KIND_STYLE.get(kind["k"], KIND_STYLE["entity"]) for kind in data["types"]}


def vis_options(data: dict[str, Any]) -> dict[str, Any]:
    """vis-network's options: no physics (positions are fixed), sizes and labels by facts."""
    groups = {}
    for name, (shape, fill, border) in node_styles(data).items():
        group: dict[str, Any] = {
            "shape": shape, "borderWidth": 1.5,
            "color": {"background": fill, "border": border,
                      "highlight": {"background": fill, "border": "#000000"},
                      "hover": {"background": fill, "border": "#000000"}},
        }  # fmt: skip
        if shape == "box":
            group.update(font={"size": 12, "color": "#4a3b00"},
                         widthConstraint={"maximum": 180}, margin=5)
        groups[name] = group
    big = len(data["edges"]) > 1500
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": {"enabled": False},
        "interaction": {"hover": not big, "tooltipDelay": 250, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "zoomSpeed": 0.6},
        "nodes": {
            "font": {"size": 15, "face": "system-ui, sans-serif", "strokeWidth": 4,
                     "strokeColor": "#ffffff", "color": "#1d2733"},
            "scaling": {"min": SIZE[0], "max": SIZE[1],
                        "label": {"enabled": True, "min": FONT[0], "max": FONT[1],
                                  "maxVisible": 28, "drawThreshold": 7}},
        },  # fmt: skip
        "edges": {
            "smooth": False,
            "scaling": {"min": 1, "max": 7, "label": {"enabled": False}},
            "arrows": {"to": {"scaleFactor": 0.55}},
            "selectionWidth": 2.5,
            "hoverWidth": 1.5,
        },
        "groups": groups,
    }


def legend_html(data: dict[str, Any]) -> str:
    """The legend rows (relations and their variants, then node types), each with a checkbox
    the page's script wires to the filters and a count it fills in."""
    rows = []
    for r, rel in enumerate(data["relations"]):
        variants = [("", rel["l"])] + [(key, text) for key, text in rel["v"]]
        for v, (_key, text) in enumerate(variants):
            line = _line(rel["c"], dashed=v > 0, arrow=bool(rel["a"]))
            cls = ' class="kg-variant"' if v else ""
            rows.append(
                f'<li{cls}><label><input type="checkbox" checked data-rel="{r}:{v}">{line}'
                f'<span class="kg-name">{html.escape(text)}</span>'
                f'<span class="kg-n" data-count="{r}:{v}"></span></label></li>')
    relations = "\n".join(rows)
    rows = []
    used = {n["t"] for n in data["nodes"]}
    for t, (name, (shape, fill, border)) in enumerate(node_styles(data).items()):
        if name == "Entity" and t not in used:
            continue
        svg = f'{SVG_SHAPE[shape]} fill="{fill}" stroke="{border}" stroke-width="1.5"/>'
        rows.append(
            f'<li><label><input type="checkbox" checked data-type="{t}">'
            f'<svg width="18" height="18" aria-hidden="true">{svg}</svg>'
            f'<span class="kg-name">{html.escape(name)}</span>'
            f'<span class="kg-n" data-count="t{t}"></span></label></li>')
    types = "\n".join(rows)
    return (f'<ul class="kg-legend" id="kg-relations">\n{relations}\n</ul>\n'
            f'<ul class="kg-legend" id="kg-types">\n{types}\n</ul>')


def _line(colour: str, *, dashed: bool, arrow: bool) -> str:
    colour = html.escape(colour)
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    head = f'<polygon points="22,3 28,7 22,11" fill="{colour}"/>' if arrow else ""
    line = f'<line x1="1" y1="7" x2="24" y2="7" stroke="{colour}" stroke-width="2.5"{dash}/>'
    return f'<svg width="28" height="14" aria-hidden="true">{line}{head}</svg>'
