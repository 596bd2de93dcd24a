"""Word lists every layer may use: month and weekday names (calendar words before they are names)."""

from __future__ import annotations

from georoute.base.rules import rule_rows

__all__ = ["CALENDAR_WORDS", "MONTHS", "WEEKDAYS"]

#: Month names and abbreviations (lower case) to month numbers (``data/rules/times.json``).
MONTHS = {w: r["month"] for r in rule_rows("times") if "month" in r for w in r["words"]}
#: Weekday names and abbreviations (lower case) to ISO weekday index, Monday 0.
WEEKDAYS = {w: r["weekday"] for r in rule_rows("times") if "weekday" in r for w in r["words"]}
#: Month and weekday names and abbreviations: calendar words before they are names.
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
