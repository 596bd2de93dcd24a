"""The one loader of the rule tables kept as data (``georoute/data/rules/FAMILY.json``).

A table is ``{"_about": "source, licence, version, what a row means", "rows": [...]}``; every
row is an object with a unique ``id`` (the id ``benchmarks/rule_coverage.py`` counts it under).
A table that holds figures names their fields in ``"_figures"``: a row that holds one of them
must name its ``source`` (a figure never goes without one). ``"lists"`` holds word lists that
the rows share by name.

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

__all__ = ["letter_tree", "rule_lists", "rule_row", "rule_rows", "words_pattern"]


@cache
def _doc(family: str) -> dict[str, Any]:
    path = files("georoute").joinpath(f"data/rules/{family}.json")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"rule table {family!r} unreadable: {exc}") from exc
    if not isinstance(doc, dict) or not doc.get("_about") or not isinstance(doc.get("rows"), list):
        raise DataError(f"rule table {family!r}: expected {{'_about': ..., 'rows': [...]}}")
    figures = doc.get("_figures", [])
    seen: set[str] = set()
    for k, row in enumerate(doc["rows"]):
        rid = row.get("id") if isinstance(row, dict) else None
        if not isinstance(rid, str) or not rid or rid in seen:
            raise DataError(f"rule table {family!r}, row {k}: missing or repeated id {rid!r}")
        seen.add(rid)
        held = [f for f in figures if f in row]
        if held and not (isinstance(row.get("source"), str) and row["source"].strip()):
            raise DataError(f"rule table {family!r}, row {rid!r}: {held[0]} without its source")
    if not isinstance(doc.get("lists", {}), dict):
        raise DataError(f"rule table {family!r}: 'lists' must map names to word lists")
    return doc


@cache
def _table(family: str) -> tuple[dict[str, Any], ...]:
    return tuple(_doc(family)["rows"])


def rule_lists(family: str) -> dict[str, list[str]]:
    """The word lists the rows of the rule table ``family`` share by name (``"lists"``)."""
    return _doc(family).get("lists", {})


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
    ``*`` for any ending, a final ``+`` for an ending of at least one letter; everything else
    is literal.

    >>> words_pattern(["arriv* in", "boarded _ at", "-", "envisag+"])
    'arriv\\w*\\s+in|boarded\\s+\\w+\\s+at|\\-|envisag\\w+'
    """
    gap = " " if literal_spaces else r"\s+"
    out = []
    for phrase in words:
        parts = []
        for word in phrase.split(" "):
            if word == "_":
                parts.append(r"\w+")
            elif word[-1:] in ("*", "+") and len(word) > 1:
                parts.append(re.escape(word[:-1]) + r"\w" + word[-1])
            else:
                parts.append(re.escape(word))
        out.append(gap.join(parts))
    return "|".join(out)


def letter_tree(words: set[str]) -> str:
    """An alternation that matches at the same positions as ``"|".join(words)``: the words that
    another one opens are left out (where "crossed" matches, "cross" does), the rest written
    letter by letter with their shared openings once.

    >>> letter_tree({"cross", "crossed", "coach", "left"})
    '(?:c(?:oach|ross)|left)'
    """
    kept = sorted(w for w in words if not any(o != w and w.startswith(o) for o in words))

    def tree(ws: list[str]) -> str:
        groups: dict[str, list[str]] = {}
        for w in ws:
            groups.setdefault(w[0], []).append(w[1:])
        alts = [
            re.escape(c) + (re.escape(rest[0]) if len(rest) == 1 else tree(rest))
            for c, rest in groups.items()
        ]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return tree(kept)
