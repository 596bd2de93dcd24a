"""The rule-coverage report (benchmarks/rule_coverage.py, run by `make eval`) keeps working as
the rule tables move: its counters attach, and rules fire on a travel sentence."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rule_coverage():
    spec = importlib.util.spec_from_file_location(
        "rule_coverage", ROOT / "benchmarks" / "rule_coverage.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_counts_fires_per_rule_and_family(rule_coverage, gaz, monkeypatch):
    from georoute.base import coverage
    from georoute.extraction import endpoints, extract, times
    from georoute.text import document, timeexpr

    for module in (document, extract, endpoints, timeexpr, times):  # instrument() patches these
        for name, value in list(vars(module).items()):
            monkeypatch.setattr(module, name, value)
    monkeypatch.setattr(coverage, "FIRES", coverage.FIRES)
    ids = rule_coverage.instrument()
    assert any(i.startswith("modes:word:") for i in ids) and any("relations:" in i for i in ids)
    text = (
        "The train left Berlin at 9 a.m. on Monday and arrived in Warsaw about six hours later, "
        "after a 20-minute stop, covering roughly 570 km."
    )
    fires, chars = rule_coverage.run([("t", text)], gaz)
    assert chars == len(text)
    assert fires["modes:word:train"] >= 1
    assert {i.split(":", 1)[0] for i in fires} >= {"modes", "times"}
    assert set(fires) <= set(ids)
