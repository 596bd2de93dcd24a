"""The one loader of the rule tables kept as data (``georoute/data/rules/FAMILY.json``).

A table is ``{"_about": "source, licence, version, what a row means", "rows": [...]}``; every
row is an object with a unique ``id`` (the id ``benchmarks/rule_coverage.py`` counts it under).

>>> [r["id"] for r in rule_rows("hedges")][:3]
['approx', 'below', 'above']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

from georoute.base.errors import DataError

__all__ = ["rule_row", "rule_rows", "words_pattern"]


@cache
def _table(family: str) -> tuple[dict[str, Any], ...]:
    path = files("georoute").joinpath(f"data/rules/{family}.json")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"rule table {family!r} unreadable: {exc}") from exc
    if not isinstance(doc, dict) or not doc.get("_about") or not isinstance(doc.get("rows"), list):
        raise DataError(f"rule table {family!r}: expected {{'_about': ..., 'rows': [...]}}")
    seen: set[str] = set()
    for k, row in enumerate(doc["rows"]):
        rid = row.get("id") if isinstance(row, dict) else None
        if not isinstance(rid, str) or not rid or rid in seen:
            raise DataError(f"rule table {family!r}, row {k}: missing or repeated id {rid!r}")
        seen.add(rid)
    return tuple(doc["rows"])


def rule_rows(family: str) -> tuple[dict[str, Any], ...]:
    """The rows of the rule table ``family``, in file order (read once)."""
    return _table(family)


def rule_row(family: str, rid: str) -> dict[str, Any]:
    """The row ``rid`` of the rule table ``family``."""
    for row in _table(family):
        if row["id"] == rid:
            return row
    raise DataError(f"rule table {family!r} has no row {rid!r}")


def words_pattern(words: Iterable[str], literal_spaces: bool = False) -> str:
    r"""A regular-expression alternation of a table's words: a space in a phrase stands for any
    run of white space (one space with ``literal_spaces``), ``_`` for any one word, a final
    ``*`` for any ending; everything else is literal.

    >>> words_pattern(["arriv* in", "boarded _ at", "-"])
    'arriv\\w*\\s+in|boarded\\s+\\w+\\s+at|\\-'
    """
    gap = " " if literal_spaces else r"\s+"
    out = []
    for phrase in words:
        parts = []
        for word in phrase.split(" "):
            if word == "_":
                parts.append(r"\w+")
            elif word.endswith("*") and len(word) > 1:
                parts.append(re.escape(word[:-1]) + r"\w*")
            else:
                parts.append(re.escape(word))
        out.append(gap.join(parts))
    return "|".join(out)
