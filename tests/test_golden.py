"""Golden file: the Turtle of a small passage, byte for byte. A change to extraction or to the
writer shows up here as a readable diff; regenerate with KG_UPDATE_GOLDEN=1 after checking it."""

from __future__ import annotations

import difflib
import os

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.write.rdf import serialize, to_graph
from kg.pipeline import extract_articles
from kg.read import read_text
from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "passage.ttl"
PASSAGE = """date: 2025-05-02
title: Nordic ministers meet on guarantees for Moldova

Swedish Foreign Minister Anna Lindqvist met Finnish President Juhani Koskinen in Helsinki on Friday.

"We are ready to send troops to a reassurance force," Lindqvist said after the talks.

Koskinen said Moldova must receive firm security guarantees. Belarus opposes any deployment of NATO troops in Moldova.
"""


def test_golden_passage_turtle(nlp):
    result = extract_articles([read_text(PASSAGE, id="passage.txt")])
    got = serialize(to_graph(result))
    if os.environ.get("KG_UPDATE_GOLDEN") or not GOLDEN.exists():
        GOLDEN.write_bytes(got)
    want = GOLDEN.read_bytes()
    if got != want:
        g1 = Graph().parse(data=got.decode(), format="turtle")
        g2 = Graph().parse(data=want.decode(), format="turtle")
        _, only_got, only_want = graph_diff(to_isomorphic(g1), to_isomorphic(g2))
        diff = "\n".join(difflib.unified_diff(want.decode().splitlines(), got.decode().splitlines(), lineterm=""))
        raise AssertionError(
            f"graph differs from {GOLDEN.name} (isomorphic: {isomorphic(g1, g2)})\n"
            f"only now: {sorted(only_got)[:10]}\nonly golden: {sorted(only_want)[:10]}\n{diff[:4000]}"
        )
