"""A light counter of rule fires for the rule-coverage report (``benchmarks/rule_coverage.py``).

Off by default: ``fired`` costs one test of ``FIRES`` against None. The benchmark sets
``FIRES = Counter()`` and reads it back; rule ids are ``family:id`` ("relations:stay.words").
"""

from __future__ import annotations

from collections import Counter

__all__ = ["FIRES", "fired"]

FIRES: Counter | None = None


def fired(rule_id: str) -> None:
    """Count one fire of ``rule_id`` when the benchmark has enabled counting."""
    if FIRES is not None:
        FIRES[rule_id] += 1
