"""Shared fixtures and the hypothesis profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from georoute.geo.gazetteer import Gazetteer, default_gazetteer

settings.register_profile(
    "georoute", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
#: ``make fuzz``: random (not derandomised) runs of tests/test_fuzz.py, whose share of
#: GEOROUTE_FUZZ_EXAMPLES each fuzz test takes; large hostile texts are expected there.
settings.register_profile(
    "fuzz",
    parent=settings.get_profile("georoute"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "georoute"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.stem[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
