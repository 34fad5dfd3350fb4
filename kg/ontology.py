"""The shipped ontology and SHACL shapes: finding them, loading them, validating a graph.

A built wheel carries the top-level ``ontology/`` folder as ``kg/ontology/`` (hatch
``force-include``); an editable install or a source checkout reads the repository's own
``ontology/``. The data directory and this module share the name ``ontology`` inside an
installed ``kg``: ``import kg.ontology`` still finds this module, because a plain module wins
over a directory without ``__init__.py``.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph

from kg.errors import GraphError

__all__ = ["load_ontology", "load_shapes", "ontology_path", "ontology_text", "validate"]

ONTOLOGY = "newskg.ttl"
SHAPES = "shapes.ttl"
SOURCE_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_path(name: str = ONTOLOGY) -> Path:
    """The path of one file of the ontology folder (``newskg.ttl``, ``shapes.ttl``)."""
    packaged = files("kg") / "ontology_data" / name
    if packaged.is_file():
        return Path(str(packaged))
    source = SOURCE_DIR / name
    if source.is_file():
        return source
    raise GraphError(
        name, "ontology file not found in the installed package nor in the source tree"
    )


def _load(name: str) -> Graph:
    path = ontology_path(name)
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise GraphError(path, f"cannot parse the ontology: {exc}") from exc
    return graph


def ontology_text(name: str) -> str:
    """The Turtle of one shipped ontology file (``relations/met.ttl`` …), for relation modules."""
    return ontology_path(name).read_text(encoding="utf-8")


def load_ontology() -> Graph:
    """The ontology: ``newskg.ttl`` and every registered relation's terms, parsed once per set
    of relations; shared, so copy it before changing it."""
    from kg.relations import relations

    return _joined(ONTOLOGY, tuple((r.name, r.ontology) for r in relations()))


def load_shapes() -> Graph:
    """The SHACL shapes of the contract: ``shapes.ttl`` and every registered relation's shapes,
    parsed once per set of relations; shared, do not change."""
    from kg.relations import relations

    return _joined(SHAPES, tuple((r.name, r.shapes) for r in relations()))


@cache
def _joined(core: str, parts: tuple[tuple[str, str], ...]) -> Graph:
    graph = _load(core)
    for name, text in parts:
        if not text:
            continue
        try:
            graph.parse(data=text, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
            raise GraphError(f"relation {name}", f"cannot parse its Turtle: {exc}") from exc
    return graph


def validate(graph: Graph) -> tuple[bool, str]:
    """Check ``graph`` against the contract's shapes: (conforms, pyshacl's report as text).

    The data graph is validated as it is, without RDFS/OWL inference, so it must state the
    concrete classes (``kg:Person``, ``kg:Meeting``, …) the shapes target.
    """
    from pyshacl import validate as shacl_validate  # slow to import: only when validating

    conforms, _report, text = shacl_validate(
        graph,
        shacl_graph=load_shapes(),
        ont_graph=None,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,
        do_owl_imports=False,
    )
    return bool(conforms), str(text)
