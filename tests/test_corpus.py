"""The benchmark corpus generator (benchmarks/corpus.py): the same bytes on every run, no two
bodies alike, front matter newskg reads, every relation extracted, and only invented people."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys

import pytest

from conftest import DEV, ROOT

SCRIPT = ROOT / "benchmarks" / "corpus.py"
GOLD_FILES = [ROOT / "tests" / "data" / "seeds.gold.json", DEV / "dev.gold.json",
              DEV.parent / "dev2" / "dev2.gold.json"]
N = 50


def _load():
    spec = importlib.util.spec_from_file_location("corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


corpus = _load()


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """N articles written twice by the command, at once in two processes with different hash
    seeds; the first also writes them as JSONL."""
    base = tmp_path_factory.mktemp("corpus")
    commands = {"1": [str(N), str(base / "one"), "--jsonl", str(base / "one.jsonl")],
                "2": [str(N), str(base / "two")]}
    running = [subprocess.Popen([sys.executable, str(SCRIPT), *args], stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONHASHSEED": hash_seed})
               for hash_seed, args in commands.items()]
    for process in running:
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err.decode()
    return base


def _bodies(folder) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8").split("\n\n", 1)[1]
            for p in sorted(folder.glob("*.txt"))}


def test_corpus_same_bytes_every_run(runs):
    one, two = sorted((runs / "one").iterdir()), sorted((runs / "two").iterdir())
    assert [p.name for p in one] == [p.name for p in two]
    assert len(one) == N
    assert [p.read_bytes() for p in one] == [p.read_bytes() for p in two]
    assert re.fullmatch(r"g000001_[a-z0-9-]+\.txt", one[0].name)


def test_corpus_bodies_all_differ(runs):
    bodies = _bodies(runs / "one")
    assert len(set(bodies.values())) == N


def test_corpus_front_matter_is_read(runs):
    from kg.read import read_articles

    articles = list(read_articles([runs / "one"]))
    assert len(articles) == N
    for article in articles:
        assert article.date and article.title and article.publisher, article.id
        assert article.url and article.url.startswith("https://"), article.id
        assert 300 <= len(article.content().split()) <= 1200, article.id
    assert len({a.publisher for a in articles}) > 10


def test_corpus_jsonl_holds_the_same_articles(runs):
    from kg.read import read_articles

    files = {a.id: a for a in read_articles([runs / "one"])}
    records = [json.loads(line) for line in (runs / "one.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == sorted(files)
    for record, article in zip(records, read_articles([runs / "one.jsonl"]), strict=True):
        assert set(record) == {"id", "title", "date", "url", "publisher", "text"}
        same = files[record["id"]]
        assert (article.content().strip(), article.title, article.date, article.url,
                article.publisher) == (same.content().strip(), same.title, same.date, same.url,
                                       same.publisher)


def test_corpus_first_articles_do_not_depend_on_n():
    seeds = corpus.load_seeds()
    assert list(corpus.generate(5, seeds=seeds)) == list(corpus.generate(12, seeds=seeds))[:5]
    assert list(corpus.generate(5, seeds=seeds, seed=7)) != list(corpus.generate(5, seeds=seeds))


def test_corpus_uses_seed_articles_and_written_passages():
    articles = list(corpus.generate(N))
    from_seeds = [a for a in articles if "Secretary General" in a.text and "NATO" in a.text]
    assert from_seeds and len(from_seeds) < N
    assert len(corpus.LEDES) + len(corpus.PASSAGES) >= 25
    assert any("“" in a.text for a in articles) and any('"' in a.text for a in articles)


def test_corpus_builds_every_relation_without_warnings(runs, nlp):
    from kg.pipeline import build
    from kg.relations import relation_of

    shortest = sorted((runs / "one").glob("*.txt"), key=lambda p: p.stat().st_size)[:20]
    result = build(shortest)
    assert result.warnings == []
    assert {relation_of(f).name for f in result.facts} >= {"met", "stated", "roles", "affiliation"}


def _gold_people() -> set[str]:
    names: set[str] = set()
    for path in GOLD_FILES:
        if path.is_file():
            for entity in json.loads(path.read_text(encoding="utf-8"))["entities"].values():
                if entity["type"] == "Person":
                    names.update(a for a in entity["aliases"] if len(a) > 3)
    return names


def test_corpus_people_are_invented(runs):
    gold = _gold_people()
    surnames = {name.split()[-1] for name in gold}
    assert not set(corpus.SURNAMES) & (surnames | gold)
    assert not set(corpus.FEMALE + corpus.MALE) & gold
    assert len(set(corpus.SURNAMES)) == len(corpus.SURNAMES) >= 300
    assert len(set(corpus.FEMALE + corpus.MALE)) == len(corpus.FEMALE + corpus.MALE) >= 200
    pattern = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(gold)))
    for name, body in _bodies(runs / "one").items():
        assert not pattern.search(body), f"{name} names {pattern.search(body).group()}"


def test_corpus_countries_are_the_gazetteers():
    from kg.gazetteer.countries import get_gazetteer

    gazetteer = get_gazetteer()
    for country in corpus.COUNTRIES:
        found = {gazetteer.lookup(s).country.label for s in
                 (country.name, country.demonym, country.capital)}
        assert found == {country.name}, country


def _shingles(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"[^\W_]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_corpus_passages_quote_no_article():
    """The script's own passages share no run of six words with a seed or dev article
    (seed text reaches the corpus only by being read at run time)."""
    script = _shingles(SCRIPT.read_text(encoding="utf-8"))
    for folder in (ROOT / "seeds", DEV / "articles", DEV.parent / "dev2" / "articles"):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            shared = script & _shingles(path.read_text(encoding="utf-8"))
            assert not shared, f"{path.name}: {[' '.join(s) for s in sorted(shared)[:3]]}"


def test_corpus_lone_surname_with_a_vowel_slip_joins_the_full_name():
    """Across articles, as within one: "Kovolchuk" alone is the "Oksana Kovalchuk" of another
    article (one vowel), "Petersen" alone is not "Anna Pedersen" (a consonant)."""
    from kg.article.process import PersonRecord
    from kg.corpus.people import resolve_people

    records = [
        ("a1", PersonRecord(0, (("Oksana Kovalchuk", 1),), ("Oksana Kovalchuk",))),
        ("a1", PersonRecord(1, (("Anna Pedersen", 1),), ("Anna Pedersen",))),
        ("a2", PersonRecord(0, (("Kovolchuk", 1),), ("Kovolchuk",))),
        ("a2", PersonRecord(1, (("Petersen", 1),), ("Petersen",))),
    ]
    mapping, entities = resolve_people(records)
    assert mapping[("a2", 0)] == mapping[("a1", 0)]
    assert mapping[("a2", 1)] != mapping[("a1", 1)]
    assert len(entities) == 3
