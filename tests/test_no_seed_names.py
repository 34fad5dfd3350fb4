"""Nothing in kg/ names a person from the seeds or the development set: extraction rules are
linguistic, and we are measured on articles nobody here has seen."""

from __future__ import annotations

import json
import re

import pytest

from conftest import DEV, ROOT

DEV2 = DEV.parent / "dev2"
GOLD_FILES = [ROOT / "tests" / "data" / "seeds.gold.json", DEV / "dev.gold.json",
              DEV2 / "dev2.gold.json"]


def _people() -> set[str]:
    names: set[str] = set()
    for path in GOLD_FILES:
        if not path.is_file():
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        for entity in gold["entities"].values():
            if entity["type"] == "Person":
                names.update(a for a in entity["aliases"] if len(a) > 3)
    return names


def _sources() -> list:
    return sorted(p for p in (ROOT / "kg").rglob("*") if p.suffix in (".py", ".rq", ".tsv", ".json", ".ttl", ".js", ".html", ".css"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_seed_names_in_the_package(path):
    text = path.read_text(encoding="utf-8")
    found = sorted(n for n in _people() if re.search(rf"\b{re.escape(n)}\b", text))
    assert not found, f"{path.name} names {found}"


def _shingles(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"[^\W_]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _article_shingles() -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for folder in (ROOT / "seeds", DEV / "articles", DEV2 / "articles"):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            found |= _shingles(path.read_text(encoding="utf-8"))
    return found


ARTICLE_SHINGLES = _article_shingles()


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_seed_sentences_in_the_package(path):
    """No run of six words from a seed or dev article appears in kg/ (code, comments, data)."""
    shared = sorted(" ".join(s) for s in _shingles(path.read_text(encoding="utf-8")) & ARTICLE_SHINGLES)
    assert not shared, f"{path.name} quotes the articles: {shared[:5]}"
