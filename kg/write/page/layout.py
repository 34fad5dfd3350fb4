"""Where the page's nodes stand: computed once, in Python, and fixed on the page.

The page opens with the ``SHOW_FIRST`` most connected entities (and the concept nodes), so
those are laid out first, on their own: networkx's ForceAtlas2 on the graph of their edges
(weighted by the facts behind them; on larger parts with strong gravity, which keeps their
fringe from flying off) from a seeded start, one connected part at a time, each scaled so that a node's nearest neighbour is about ``SPACING`` page units away; the parts are
packed in rows, largest first, after the boxes vis-network will draw (a node and its label) are
pushed apart until none overlaps. Every other entity then takes the free spot nearest the
nodes it shares facts with. Claims go on rings around the node that states them
when there are enough to be folded into it (``FOLD_AT``); fewer are laid out with the rest.

Coordinates are whole numbers and every step is seeded or ordered: the same graph gives the
same positions. The page needs no physics, so it is still the moment it is drawn, and nodes stay
where they are dragged.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np

from kg.write.page.data import FOLD_AT, SHOW_FIRST

__all__ = ["FONT", "SIZE", "place"]

SEED = 7
SPACING = 95.0  # median distance from a node to its nearest neighbour, in page units
RING_GAP = 70.0  # between a node and its first ring of claims, and between rings
CLAIM_STEP = 58.0  # between neighbouring claims on a ring
SIZE = (8.0, 26.0)  # the smallest and largest node radius (style.py gives vis-network these)
FONT = (17.0, 26.0)  # the smallest and largest label size (likewise)
PAD = 6.0  # kept free around a node and its label
STRONG_FROM = 25  # parts with more nodes get strong gravity: their fringe would fly off
GOLDEN = math.pi * (3 - math.sqrt(5))  # turns between successive nodes placed near others


def place(data: dict[str, Any]) -> None:
    """Set ``x`` and ``y`` on every node of the page's document."""
    nodes = data["nodes"]
    claims = [i for i, n in enumerate(nodes) if "o" in n]
    if len(claims) <= FOLD_AT:  # shown from the start: laid out with the rest
        claims = []
    ringed = set(claims)
    core = [i for i in range(len(nodes)) if i not in ringed]
    weights: dict[tuple[int, int], float] = {}
    for edge in data["edges"]:
        a, b = edge["a"], edge["b"]
        if a not in ringed and b not in ringed:
            key = (min(a, b), max(a, b))
            weights[key] = weights.get(key, 0.0) + len(edge["f"])
    entity = {i for i in core if data["types"][nodes[i]["t"]]["k"] == "entity"}
    top = set(sorted(entity, key=lambda i: (-nodes[i]["w"], i))[:SHOW_FIRST])
    first = [i for i in core if i in top or i not in entity]
    rest = sorted((i for i in core if i in entity and i not in top),
                  key=lambda i: (-nodes[i]["w"], i))
    facts = [nodes[i]["w"] for i in core]
    boxes = _boxes(core, facts, [nodes[i]["l"] for i in core])
    spots = _spread(first, weights, boxes)
    spots.update(_around(rest, weights, spots, boxes))
    for i in core:
        nodes[i]["x"], nodes[i]["y"] = int(round(spots[i][0])), int(round(spots[i][1]))
    owned: dict[int, list[int]] = {}
    for i in claims:
        owned.setdefault(nodes[i]["o"], []).append(i)
    for owner, mine in sorted(owned.items()):
        centre = (nodes[owner]["x"], nodes[owner]["y"])
        for i, (x, y) in zip(mine, _rings(centre, len(mine))):
            nodes[i]["x"], nodes[i]["y"] = x, y


def _boxes(core: list[int], facts: list[int], labels: list[str]) -> dict[int, np.ndarray]:
    """Half the width and height of what vis-network draws for each node: its disc (radius
    and label size scale linearly with its facts) and its label, centred under it."""
    low, high = min(facts, default=0), max(facts, default=0)
    span = (high - low) or 1
    boxes = {}
    for i, f, text in zip(core, facts, labels):
        share = (f - low) / span
        radius = SIZE[0] + share * (SIZE[1] - SIZE[0])
        font = FONT[0] + share * (FONT[1] - FONT[0])
        width = max(2 * radius, min(len(text), 40) * font * 0.56)
        boxes[i] = np.array([width / 2 + PAD, radius + font + PAD])
    return boxes


def _graph(nodes: list[int], weights: dict[tuple[int, int], float]) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    mine = set(nodes)
    for (a, b), weight in sorted(weights.items()):
        if a in mine and b in mine:
            graph.add_edge(a, b, weight=1.0 + math.log(weight))
    return graph


def _spread(nodes: list[int], weights: dict[tuple[int, int], float],
            boxes: dict[int, np.ndarray], width: float = 0.0) -> dict[int, np.ndarray]:
    """Positions of ``nodes``: each connected part laid out on its own and pulled apart where
    boxes overlap, then the parts packed in rows, largest first."""
    graph = _graph(nodes, weights)
    parts = sorted((sorted(c) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), c[0]))
    laid = []
    for part in parts:
        found = _part(graph.subgraph(part), part)
        points = _separate(np.array([found[i] for i in part]), np.array([boxes[i] for i in part]))
        laid.append(dict(zip(part, points)))
    return _pack(laid, boxes, width)


def _part(graph: nx.Graph, part: list[int]) -> dict[int, np.ndarray]:
    """One connected part, centred on 0 and scaled so nearest neighbours are ``SPACING`` apart."""
    if len(part) == 1:
        return {part[0]: np.zeros(2)}
    if len(part) == 2:
        return {part[0]: np.array([-SPACING / 2, 0.0]), part[1]: np.array([SPACING / 2, 0.0])}
    mass = {i: 1.0 + graph.degree(i) for i in part}
    size = {i: 1.0 + math.sqrt(graph.degree(i, weight="weight")) / 2 for i in part}
    found = nx.forceatlas2_layout(graph, seed=SEED, max_iter=300 if len(part) < 300 else 120,
                                  scaling_ratio=4.0, gravity=1.0,
                                  strong_gravity=len(part) > STRONG_FROM,
                                  node_mass=mass, node_size=size, weight="weight")
    points = np.array([found[i] for i in part], dtype=float)
    points -= points.mean(axis=0)
    nearest = float(np.median(_nearest(points)))
    points *= SPACING / nearest if nearest > 0 else 1.0
    return dict(zip(part, points))


def _around(rest: list[int], weights: dict[tuple[int, int], float],
            placed: dict[int, np.ndarray], boxes: dict[int, np.ndarray]) -> dict[int, np.ndarray]:
    """Each of ``rest`` (most connected first) at the free spot nearest the weighted middle of
    its neighbours already placed, trying spots on a sunflower spiral around it; what shares
    no fact with them is laid out on its own and put below."""
    near: dict[int, list[tuple[int, float]]] = {}
    for (a, b), weight in sorted(weights.items()):
        near.setdefault(a, []).append((b, weight))
        near.setdefault(b, []).append((a, weight))
    taken = _Taken(placed, boxes)
    found: dict[int, np.ndarray] = {}
    todo = list(rest)
    while todo:
        left = []
        for i in todo:
            ends = [(taken.at[j], w) for j, w in near.get(i, []) if j in taken.at]
            if not ends:
                left.append(i)
                continue
            middle = sum(p * w for p, w in ends) / sum(w for _p, w in ends)
            found[i] = taken.free(i, middle, boxes[i])
        if len(left) == len(todo):
            break
        todo = left
    if todo:  # parts that touch no node placed so far: laid out on their own, below
        xs = [p[0] for p in taken.at.values()] or [0.0]
        alone = _spread(todo, weights, boxes, width=max(xs) - min(xs))
        bottom = max((p[1] + boxes[i][1] for i, p in taken.at.items()), default=0.0) + SPACING
        low = min(p[1] - boxes[i][1] for i, p in alone.items())
        found.update({i: p + np.array([0.0, bottom - low]) for i, p in alone.items()})
    return found


class _Taken:
    """The boxes placed so far, as cells of an occupancy grid, and a search for a free spot.

    A box takes every cell it touches, so two boxes that share no cell never overlap; a spot
    is tried by looking at the cells its box would take — a few per spot, whatever the number
    of boxes placed (the search is linear in the nodes, not quadratic)."""

    STEP = 30.0  # the spiral's spacing, in page units
    CELL = 15.0  # the grid's cell, in page units
    MARGIN = 64  # cells added beyond what is needed when the grid grows
    SPIRAL = STEP * np.sqrt(np.arange(4096))[:, None] * np.stack(
        [np.cos(GOLDEN * np.arange(4096)), np.sin(GOLDEN * np.arange(4096))], axis=1)

    def __init__(self, placed: dict[int, np.ndarray], boxes: dict[int, np.ndarray]) -> None:
        self.at = dict(placed)
        self.origin = np.zeros(2, dtype=np.int64)  # the cell at grid[0, 0]
        self.grid = np.zeros((1, 1), dtype=bool)
        for i, point in placed.items():
            self._mark(point, boxes[i])

    def _cells(self, centres: np.ndarray, half: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The first and last cell (x, y) each box touches, for boxes at ``centres``."""
        low = np.floor((centres - half) / self.CELL).astype(np.int64)
        high = np.floor((centres + half) / self.CELL).astype(np.int64)
        return low, high

    def _cover(self, low: np.ndarray, high: np.ndarray) -> None:
        """Grow the grid until it holds cells ``low`` to ``high`` (with room to spare)."""
        end = self.origin + np.array(self.grid.shape[::-1])
        need_low, need_high = low.min(axis=0), high.max(axis=0) + 1
        if (need_low >= self.origin).all() and (need_high <= end).all():
            return
        start = np.minimum(self.origin, need_low - self.MARGIN)
        stop = np.maximum(end, need_high + self.MARGIN)
        grown = np.zeros((int(stop[1] - start[1]), int(stop[0] - start[0])), dtype=bool)
        shift = self.origin - start
        h, w = self.grid.shape
        grown[shift[1]:shift[1] + h, shift[0]:shift[0] + w] = self.grid
        self.grid, self.origin = grown, start

    def _mark(self, point: np.ndarray, half: np.ndarray) -> None:
        low, high = self._cells(point[None, :], half)
        self._cover(low, high)
        (x0, y0), (x1, y1) = low[0] - self.origin, high[0] - self.origin
        self.grid[y0:y1 + 1, x0:x1 + 1] = True

    def free(self, node: int, target: np.ndarray, half: np.ndarray) -> np.ndarray:
        spot = target + self.SPIRAL[-1]
        for start in range(0, len(self.SPIRAL), 512):  # spots in batches, nearest first
            spots = target + self.SPIRAL[start:start + 512]
            low, high = self._cells(spots, half)
            self._cover(low, high)
            width = high - low + 1  # the same for every spot give or take one cell
            span = width.max(axis=0)
            dx, dy = np.arange(span[0]), np.arange(span[1])
            xs = low[:, 0, None] - self.origin[0] + np.minimum(dx[None, :], width[:, 0, None] - 1)
            ys = low[:, 1, None] - self.origin[1] + np.minimum(dy[None, :], width[:, 1, None] - 1)
            hit = self.grid[ys[:, :, None], xs[:, None, :]].any(axis=(1, 2))
            if not hit.all():
                spot = spots[int(np.argmin(hit))]
                break
        self._mark(spot, half)
        self.at[node] = spot
        return spot


def _separate(points: np.ndarray, half: np.ndarray, rounds: int = 80) -> np.ndarray:
    """Push apart nodes whose boxes (half widths and heights in ``half``) overlap: each pair
    moves apart along the axis on which it overlaps least."""
    points = points.astype(float)
    count = len(points)
    if count < 2:
        return points
    index = np.arange(count)
    for _ in range(rounds):
        move = np.zeros_like(points)
        for start in range(0, count, 256):  # rows in blocks: bounded memory
            rows = slice(start, start + 256)
            gaps = points[rows, None, :] - points[None, :, :]
            over = half[rows, None, :] + half[None, :, :] - np.abs(gaps)
            hit = (over > 0).all(axis=2) & (index[rows, None] != index[None, :])
            if not hit.any():
                continue
            along = (over[:, :, 1] < over[:, :, 0]).astype(int)  # 0: along x, 1: along y
            amount = np.take_along_axis(over, along[:, :, None], 2)[:, :, 0]
            side = np.sign(np.take_along_axis(gaps, along[:, :, None], 2)[:, :, 0])
            side = np.where(side == 0, np.sign(index[rows, None] - index[None, :]), side)
            for k in (0, 1):
                move[rows, k] = np.where(along == k, amount * side * hit, 0.0).sum(axis=1) / 2
        if not move.any():
            break
        points += move * 0.6
    return points


def _pack(parts: list[dict[int, np.ndarray]], half: dict[int, np.ndarray],
          width: float = 0.0) -> dict[int, np.ndarray]:
    """Shelf-pack the parts (largest first) into rows ``width`` wide, or about as wide as the
    whole is tall."""
    boxes = []
    for part in parts:
        low = np.min([p - half[i] for i, p in part.items()], axis=0) - PAD
        high = np.max([p + half[i] for i, p in part.items()], axis=0) + PAD
        boxes.append((low, high - low))
    area = sum(float(w * h) for _low, (w, h) in boxes)
    width = max(float(boxes[0][1][0]), width or 1.3 * math.sqrt(area)) if boxes else 0.0
    placed: dict[int, np.ndarray] = {}
    x = y = row = 0.0
    for part, (low, (w, h)) in zip(parts, boxes):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        shift = np.array([x, y]) - low
        placed.update({i: point + shift for i, point in part.items()})
        x, row = x + w, max(row, float(h))
    if placed:
        centre = np.mean(list(placed.values()), axis=0)
        placed = {i: p - centre for i, p in placed.items()}
    return placed


def _nearest(points: np.ndarray) -> np.ndarray:
    """Each point's distance to its nearest other point (in blocks: bounded memory)."""
    best = np.full(len(points), np.inf)
    for start in range(0, len(points), 512):
        block = points[start:start + 512]
        gaps = np.sqrt(((block[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
        for row in range(len(block)):
            gaps[row, start + row] = np.inf
        best[start:start + 512] = gaps.min(axis=1)
    return best


def _rings(centre: tuple[int, int], count: int) -> list[tuple[int, int]]:
    """``count`` spots on rings around ``centre``, inner ring first."""
    spots: list[tuple[int, int]] = []
    ring = 1
    while len(spots) < count:
        radius = RING_GAP * ring
        room = max(6, int(2 * math.pi * radius / CLAIM_STEP))
        here = min(room, count - len(spots))
        turn = 0.5 * (ring % 2) * 2 * math.pi / room  # alternate rings are offset by half a step
        for k in range(here):
            angle = turn + 2 * math.pi * k / here - math.pi / 2
            spots.append((int(round(centre[0] + radius * math.cos(angle))),
                          int(round(centre[1] + radius * math.sin(angle)))))
        ring += 1
    return spots
