"""kg.gazetteer.stored: gazetteers built once per machine, read back, rebuilt when unreadable."""

from __future__ import annotations

import os

from kg.gazetteer import stored as st


def test_stored_builds_once_then_reads(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSKG_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"Oslo": [1, 2, 3]}

    assert st.stored("thing", build) == {"Oslo": [1, 2, 3]}
    assert st.stored("thing", build) == {"Oslo": [1, 2, 3]}
    assert len(calls) == 1
    (stored,) = tmp_path.glob("thing-*.pickle")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left

    stored.write_bytes(b"not a pickle")  # a truncated or foreign file: built again
    assert st.stored("thing", build) == {"Oslo": [1, 2, 3]} and len(calls) == 2


def test_stored_without_a_writable_folder_still_builds(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("NEWSKG_CACHE_DIR", str(blocked / "newskg"))
    assert st.stored("thing", lambda: 42) == 42
    assert os.listdir(tmp_path) == ["file"]


def test_stored_gazetteers_are_those_built(tmp_path, monkeypatch):
    """What a process reads back is what it would have built: the same countries and cities."""
    from kg.gazetteer.countries import build_gazetteer
    from kg.gazetteer.places import _city_index

    monkeypatch.setenv("NEWSKG_CACHE_DIR", str(tmp_path))
    st.stored("countries", build_gazetteer)
    st.stored("cities", _city_index)
    read = st.stored("countries", lambda: None)
    built = build_gazetteer()
    assert read.countries() == built.countries()
    assert list(read.surfaces()) == list(built.surfaces())
    assert read.lookup("Ukraine") == built.lookup("Ukraine")
    assert st.stored("cities", lambda: None)[1]["kyiv"] == _city_index()[1]["kyiv"]
