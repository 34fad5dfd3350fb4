"""Every error a user can see, in one place.

Each is one line naming the file (or thing) and the reason; the CLI prints it without a
traceback and exits with the error's status.
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """A user mistake or bad input: printed as one line, no traceback."""

    code = "E000"
    exit_status = 1

    def __init__(self, where: str | Path | None, reason: str) -> None:
        self.where = str(where) if where is not None else None
        self.reason = " ".join(str(reason).split())
        super().__init__(self.line())

    def line(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"error {self.code}: {prefix}{self.reason}"


class InputError(KgError):
    """An article file or folder that cannot be read."""

    code = "E001"


class ModelError(KgError):
    """The spaCy model named cannot be loaded."""

    code = "E002"


class GraphError(KgError):
    """A graph file that cannot be read or parsed."""

    code = "E003"


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run."""

    code = "E004"
    exit_status = 2


class GoldError(KgError):
    """A gold file that is not in the newskg-gold/1 shape."""

    code = "E005"


class OutputError(KgError):
    """An output that cannot be written."""

    code = "E006"


class LinksError(KgError):
    """A links table (--links) that cannot be read."""

    code = "E007"


class DependencyError(KgError):
    """A feature needs a Python package that is not installed (a broken or partial install).

    Not the input's fault, so it stops the build even inside a folder."""

    code = "E008"


class BusyError(KgError):
    """Another build holds the output folder's lock (``--no-wait``)."""

    code = "E009"
    exit_status = 3


class UsageError(KgError):
    """A command-line option or argument that makes no sense, caught before any work."""

    code = "E010"
    exit_status = 2


class EmptyBuildError(KgError):
    """A build with nothing to show: it publishes nothing and the old output stays."""

    code = "E011"


class ServerError(KgError):
    """A SPARQL server that cannot be started or reached, or that refuses a request (``kg
    serve``, ``kg push``, ``kg query --endpoint``)."""

    code = "E012"


# Import names whose pip package has another name.
PIP_NAMES = {"lxml.html.clean": "lxml_html_clean", "lxml_html_clean": "lxml_html_clean",
             "justext": "jusText", "trafilatura": "trafilatura"}


def missing_package(exc: ImportError) -> str:
    """The pip package to install for a failed import."""
    name = exc.name or ""
    text = str(exc)
    for module, package in PIP_NAMES.items():
        if name == module or module in text:
            return package
    return (name or "the missing package").split(".")[0]

