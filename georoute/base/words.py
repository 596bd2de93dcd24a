"""Word lists every layer may use: month and weekday names (calendar words before they are names)."""

from __future__ import annotations

__all__ = ["CALENDAR_WORDS", "MONTHS", "WEEKDAYS"]

#: Month names and abbreviations (lower case) to month numbers.
MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
#: Weekday names and abbreviations (lower case) to ISO weekday index, Monday 0.
WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday",),
        ]
    )
    for name in names
}
#: Month and weekday names and abbreviations: calendar words before they are names.
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
