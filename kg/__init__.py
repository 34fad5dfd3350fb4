"""newskg: a traceable knowledge graph of meetings, statements and security-guarantee roles
from news articles.

    from kg import build, to_graph
    result = build(["seeds/"])          # plain facts and entities (kg.model)
    graph = to_graph(result)            # an rdflib Graph shaped as the contract says
"""

from __future__ import annotations

from typing import Any

__all__ = ["build", "to_graph"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:  # lazy: importing kg must not load spaCy
    if name == "build":
        from kg.pipeline import build

        return build
    if name == "to_graph":
        from kg.write.rdf import to_graph

        return to_graph
    raise AttributeError(name)
