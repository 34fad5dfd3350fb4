"""The README's examples are the real output of the commands they show, on the seeds."""

from __future__ import annotations

import contextlib
import io
import re
import shlex

import pytest
from typer.testing import CliRunner

from kg.cli import app
from conftest import ROOT, SEEDS

runner = CliRunner()
README = (ROOT / "README.md").read_text(encoding="utf-8")
# a command in backticks on its own line, then a fenced block with its output
EXAMPLE = re.compile(r"^`(kg (?:query|explain|stats) out/graph\.ttl [^`]+)`\n\n```\n(.*?)```",
                     re.M | re.S)
# a Python block over the analysis tables, then "prints", then its output
PYTHON = re.compile(r"```python\n(.*?)```\n\nprints[^\n]*\n\n```\n(.*?)```", re.S)


@pytest.fixture(scope="module")
def out(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("readme")
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(folder)])
    assert result.exit_code == 0
    return folder, result.output


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def test_readme_build_summary_is_real(out):
    folder, output = out
    block = re.search(r"```\n(articles read:.*?)```", README, re.S)
    assert block, "README has no build summary"
    shown = block.group(1).replace("out/graph.ttl", "X").replace("out/graph.html", "Y")
    real = output.replace(str(folder / "graph.ttl"), "X").replace(str(folder / "graph.html"), "Y")
    assert _norm(shown) == _norm(real)


@pytest.mark.parametrize(("command", "shown"), EXAMPLE.findall(README), ids=lambda v: v[:40])
def test_readme_examples_are_real(out, command, shown):
    args = shlex.split(command)[1:]
    args[1] = str(out[0] / "graph.ttl")
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert _norm(result.output) == _norm(shown)


def test_readme_has_examples():
    assert len(EXAMPLE.findall(README)) >= 5


@pytest.mark.parametrize(("code", "shown"), PYTHON.findall(README), ids=lambda v: v[:20])
def test_readme_table_examples_are_real(out, tmp_path, monkeypatch, code, shown):
    """The pandas and DuckDB examples, run over ``kg export … --format parquet --out tables/``."""
    result = runner.invoke(app, ["export", str(out[0] / "graph.ttl"), "--format", "parquet",
                                 "--out", str(tmp_path / "tables")])
    assert result.exit_code == 0, result.output
    printed = io.StringIO()
    monkeypatch.chdir(tmp_path)
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    assert _norm(printed.getvalue()) == _norm(shown)


def test_readme_has_table_examples():
    assert len(PYTHON.findall(README)) >= 2
