"""Dates, weekdays, parts of day and clock times, resolved against the article's dateline
into windows of local time.

>>> import datetime as dt
>>> [(t.text, t.begin.isoformat()) for t in find_times("He left on Sunday afternoon.", dt.date(2023, 9, 12))]
[('Sunday afternoon', '2023-09-10T12:00:00')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["CALENDAR_WORDS", "PARTS_OF_DAY", "TimeExpr", "find_times"]

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
#: Local-time windows of the parts of a day (hours; night runs past midnight).
PARTS_OF_DAY = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 22), "night": (21, 30)}

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_DATE_MD = re.compile(
    rf"\b(?:{_WD},?\s+)?{_MON}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?(?:,?\s+(?P<y>\d{{4}}))?\b",
    re.IGNORECASE,
)
_DATE_DM = re.compile(
    rf"\b(?:{_WD},?\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+{_MON}(?:,?\s+(?P<y>\d{{4}}))?\b",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(
    rf"\b(?:in|since|during|early|late|mid-?)\s+{_MON}(?:\s+(?P<y>\d{{4}}))?\b", re.IGNORECASE
)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<edge>early|late)\s+(?:on\s+)?)?{_WD}(?:\s+{_PART})?\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?P<rel>earlier\s+today|later\s+today|today|this\s+(?:morning|afternoon|evening)|tonight|yesterday|last\s+night)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?![a-z])|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b",
    re.IGNORECASE,
)
#: Zone abbreviations written after clock times, as fixed UTC offsets in hours, or IANA zones
#: for the US names that cover both seasons ("ET"). Ambiguous ones (IST, CST) are left out.
ZONES: dict[str, float | str] = {
    "GMT": 0, "UTC": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "EET": 2,
    "EEST": 3, "MSK": 3, "GST": 4, "PKT": 5, "ICT": 7, "HKT": 8, "SGT": 8, "AWST": 8,
    "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "AKST": -9, "AKDT": -8, "HST": -10, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6,
    "CDT": -5, "EST": -5, "EDT": -4,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}  # fmt: skip
_ZONE_AFTER = re.compile(
    r"\s*\(?(?P<z>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\b(?![-'’])"
)


def zone_name(abbr: str) -> str:
    """The IANA name or ``UTC±hh:mm`` for a zone abbreviation.

    >>> zone_name("BST"), zone_name("ACST"), zone_name("ET")
    ('UTC+01:00', 'UTC+09:30', 'America/New_York')
    """
    z = ZONES[abbr]
    if isinstance(z, str):
        return z
    sign = "+" if z >= 0 else "-"
    h, m = divmod(round(abs(z) * 60), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


#: Words just before a weekday that put it after the dateline ("runs through Wednesday").
_FUTURE = re.compile(r"\b(?:will|would|through|until|till|next|coming|shall)\b", re.IGNORECASE)


#: Every time expression starts at one of these words; one pass finds the places to try the
#: full patterns, instead of running each pattern at every position of the text.
_TRIGGER = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"in|since|during|early|late|mid|earlier|later|today|this|tonight|yesterday|last|\d)",
    re.IGNORECASE,
)


def _matches(rx: re.Pattern, text: str, starts: list[int]):
    """Non-overlapping matches of ``rx`` beginning at the trigger positions, left to right."""
    end = -1
    for pos in starts:
        if pos < end:
            continue
        m = rx.match(text, pos)
        if m:
            end = m.end()
            yield m


@dataclass(frozen=True)
class TimeExpr:
    """A time expression: span, kind (date or time) and the local-time window it allows."""

    start: int
    end: int
    text: str
    kind: str  # "date" or "time"
    begin: dt.datetime | None
    until: dt.datetime | None
    weekday: int | None = None  # stated weekday, Monday = 0
    date: dt.date | None = None  # stated calendar date (first day of a range)
    local_time: str | None = None  # "local time" stated
    note: str = ""
    zone: str | None = None  # a zone written after a clock time: IANA name or "UTC+01:00"


def _sentence_bounds(text: str, pos: int, reach: int = 300) -> tuple[int, int]:
    """The sentence around ``pos``, looking at most ``reach`` characters either way."""
    lo, hi = max(0, pos - reach), min(len(text), pos + reach)
    s = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos), lo - 1)
    e_candidates = [i for i in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if i >= 0]
    return s + 1, (min(e_candidates) if e_candidates else hi)


def _day_window(
    day: dt.date, part: str | None, edge: str | None
) -> tuple[dt.datetime, dt.datetime]:
    start_h, end_h = PARTS_OF_DAY[part.casefold()] if part else (0, 24)
    if edge:
        mid = (start_h + end_h) / 2
        start_h, end_h = (start_h, mid) if edge.casefold() == "early" else (mid, end_h)
    base = dt.datetime.combine(day, dt.time())
    return base + dt.timedelta(hours=start_h), base + dt.timedelta(hours=end_h)


def _weekday_date(wd: int, dateline: dt.date, future: bool) -> dt.date:
    delta = wd - dateline.weekday()
    if delta == 0:
        return dateline
    if future:
        return dateline + dt.timedelta(days=delta % 7)
    return dateline - dt.timedelta(days=(-delta) % 7)


def _day_of_clock(
    dated: list[tuple[int, int, dt.date]], start: int, end: int, a: int, b: int
) -> dt.date | None:
    """The day a clock time belongs to: the nearest dated expression in its sentence
    ("7am on Tuesday", "on Monday at 7pm"), a following one winning a tie.

    >>> d = [(0, 6, dt.date(2022, 6, 20)), (40, 47, dt.date(2022, 6, 21))]
    >>> _day_of_clock(d, 28, 36, 0, 60)   # "Monday ... at 7am on Tuesday"
    datetime.date(2022, 6, 21)
    """
    best: tuple[int, int, dt.date] | None = None
    lo = bisect.bisect_left(dated, (a,))
    hi = bisect.bisect_left(dated, (b,))
    for s, e, day in dated[lo:hi]:
        gap = (s - end, 0) if s >= end else (start - e, 1)
        if gap[0] >= 0 and (best is None or gap < best[:2]):
            best = (*gap, day)
    return best[2] if best else None


def find_times(text: str, dateline: dt.date | None) -> list[TimeExpr]:
    """Every date and time expression, resolved against ``dateline`` when there is one."""
    found: list[TimeExpr] = []
    taken = bytearray(len(text) + 1)  # 1 where an expression already lies

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def add(t: TimeExpr) -> None:
        found.append(t)
        taken[t.start : t.end] = b"\x01" * (t.end - t.start)

    starts = [m.start() for m in _TRIGGER.finditer(text)]
    for rx in (_DATE_MD, _DATE_DM):
        for m in _matches(rx, text, starts):
            if not free(m.start(), m.end()):
                continue
            mon = MONTHS[m.group("mon").casefold().rstrip(".")]
            year = int(m.group("y")) if m.group("y") else (dateline.year if dateline else None)
            d1, d2 = int(m.group("d1")), int(m.group("d2") or m.group("d1"))
            wd = WEEKDAYS[m.group("wd").casefold()] if m.group("wd") else None
            if year is None:
                add(
                    TimeExpr(
                        m.start(),
                        m.end(),
                        m.group(),
                        "date",
                        None,
                        None,
                        wd,
                        None,
                        note="no year and no dateline",
                    )
                )
                continue
            try:
                first, last = dt.date(year, mon, d1), dt.date(year, mon, d2)
            except ValueError:
                add(
                    TimeExpr(
                        m.start(),
                        m.end(),
                        m.group(),
                        "date",
                        None,
                        None,
                        wd,
                        None,
                        note="not a calendar date",
                    )
                )
                continue
            b, _ = _day_window(first, None, None)
            _, u = _day_window(last, None, None)
            add(TimeExpr(m.start(), m.end(), m.group(), "date", b, u, wd, first))
    for m in _matches(_MONTH_ONLY, text, starts):
        s = m.start("mon")
        if not free(s, m.end()):
            continue
        mon = MONTHS[m.group("mon").casefold().rstrip(".")]
        if mon == 5 and not m.group("y") and m.group(0)[:2].casefold() != "in":
            continue
        year = int(m.group("y")) if m.group("y") else (dateline.year if dateline else None)
        if year is None:
            add(
                TimeExpr(
                    s,
                    m.end(),
                    text[s : m.end()],
                    "date",
                    None,
                    None,
                    note="no year and no dateline",
                )
            )
            continue
        if not m.group("y") and dateline and mon > dateline.month:
            year -= 1  # "in August" in a September article is this past August
        first = dt.date(year, mon, 1)
        nxt = dt.date(year + (mon == 12), mon % 12 + 1, 1)
        add(
            TimeExpr(
                s,
                m.end(),
                text[s : m.end()],
                "date",
                *_day_window(first, None, None)[:1],
                dt.datetime.combine(nxt, dt.time()),
                None,
                first,
                note="a month",
            )
        )
    for m in _matches(_WEEKDAY, text, starts):
        s = m.start()
        if not free(s, m.end()):
            continue
        wd = WEEKDAYS[m.group("wd").casefold()]
        if dateline is None:
            add(
                TimeExpr(
                    s, m.end(), m.group(), "time", None, None, wd, note="weekday without a dateline"
                )
            )
            continue
        before = " ".join(text[max(0, s - 40) : s].split()[-4:])
        future = bool(_FUTURE.search(before))
        day = _weekday_date(wd, dateline, future)
        begin, until = _day_window(day, m.group("part"), m.group("edge"))
        add(TimeExpr(s, m.end(), m.group(), "time", begin, until, wd, day))
    for m in _matches(_RELATIVE, text, starts):
        if not free(m.start(), m.end()):
            continue
        rel = " ".join(m.group("rel").casefold().split())
        if dateline is None:
            add(
                TimeExpr(
                    m.start(),
                    m.end(),
                    m.group(),
                    "time",
                    None,
                    None,
                    note="relative time without a dateline",
                )
            )
            continue
        day = dateline - dt.timedelta(days=1) if rel in ("yesterday", "last night") else dateline
        part = {
            "this morning": "morning",
            "this afternoon": "afternoon",
            "this evening": "evening",
            "tonight": "night",
            "last night": "night",
        }.get(rel)
        begin, until = _day_window(day, part, None)
        add(TimeExpr(m.start(), m.end(), m.group(), "time", begin, until, None, day))
    dated = sorted((t.start, t.end, t.date) for t in found if t.date)
    for m in _matches(_CLOCK, text, starts):
        if not free(m.start(), m.end()):
            continue
        if m.group("h24"):
            h, mi = int(m.group("h24")), int(m.group("m24"))
        else:
            h, mi = int(m.group("h")) % 12, int(m.group("m") or 0)
            if m.group("ap").casefold().startswith("p"):
                h += 12
        a, b = _sentence_bounds(text, m.start())
        local = "local time" in text[m.end() : m.end() + 14].casefold()
        end = m.end() + (text[m.end() :].casefold().find("local time") + 10 if local else 0)
        zm = None if local else _ZONE_AFTER.match(text, m.end())
        if zm:
            end = zm.end()
        day = _day_of_clock(dated, m.start(), end, a, b) or dateline
        if day is None:
            add(
                TimeExpr(
                    m.start(),
                    end,
                    text[m.start() : end],
                    "time",
                    None,
                    None,
                    note="clock time without a date",
                )
            )
            continue
        at = dt.datetime.combine(day, dt.time(h, mi))
        add(
            TimeExpr(
                m.start(),
                end,
                text[m.start() : end],
                "time",
                at,
                at,
                None,
                day,
                "local" if local else None,
                zone=zone_name(zm.group("z")) if zm else None,
            )
        )
    return sorted(found, key=lambda t: t.start)
