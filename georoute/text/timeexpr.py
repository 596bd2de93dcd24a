"""Dates, weekdays, parts of day and clock times, resolved against the article's dateline
into windows of local time.

>>> import datetime as dt
>>> [(t.text, t.begin.isoformat()) for t in find_times("He left on Sunday afternoon.", dt.date(2023, 9, 12))]
[('Sunday afternoon', '2023-09-10T12:00:00')]
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from georoute.text.document import ArticleText

from georoute.base.coverage import fired
from georoute.base.rules import rule_row, rule_rows, words_pattern
from georoute.base.words import CALENDAR_WORDS, MONTHS, WEEKDAYS
from georoute.text.document import lower_twin

__all__ = ["CALENDAR_WORDS", "PARTS_OF_DAY", "TimeExpr", "find_times"]

_ROWS = rule_rows("times")


def _words(prefix: str) -> list[dict]:
    """The rows of the time-word table whose id starts with ``prefix``."""
    return [r for r in _ROWS if r["id"].startswith(prefix)]


#: Local-time windows of the parts of a day (hours; night runs past midnight).
PARTS_OF_DAY = {r["words"][0]: tuple(r["hours"]) for r in _words("part.")}
#: A day relative to the dateline ("yesterday"): days to add and the part of that day.
_RELATIVE_DAYS = {r["words"][0]: (r["days"], r.get("part")) for r in _words("relative.")}
_LOCAL_TIME = rule_row("times", "local_time")["words"][0]

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_NAMES = "|".join(r["words"][0] for r in _words("weekday."))
_WD = r"(?P<wd>" + _WEEKDAY_NAMES + ")"
_PART = r"(?P<part>" + "|".join(PARTS_OF_DAY) + ")"
#: A weekday in apposition after its date: "On 3 July 1952, a Thursday".
_WD_AFTER = r"(?:,\s+a\s+(?P<wd2>" + _WEEKDAY_NAMES + r")\b)?"
_DATE_MD = re.compile(
    rf"\b(?:{_WD},?\s+)?{_MON}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?(?:,?\s+(?P<y>\d{{4}}))?\b{_WD_AFTER}",
    re.IGNORECASE,
)
_DATE_DM = re.compile(
    rf"\b(?:{_WD},?\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+{_MON}(?:,?\s+(?P<y>\d{{4}}))?\b{_WD_AFTER}",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(
    rf"\b(?:{words_pattern(rule_row('times', 'month_only')['words'])})\s+{_MON}"
    rf"(?:\s+(?P<y>\d{{4}}))?\b",
    re.IGNORECASE,
)
_EDGE_ROW = rule_row("times", "weekday_edge")
_WEEKDAY = re.compile(
    rf"\b(?:(?P<edge>{words_pattern(_EDGE_ROW['words'])})\s+"
    rf"(?:(?:{words_pattern(_EDGE_ROW['then'])})\s+)?)?{_WD}(?:\s+{_PART})?\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?P<rel>" + words_pattern(_RELATIVE_DAYS) + r")\b",
    re.IGNORECASE,
)
#: Zone abbreviations written after clock times, as fixed UTC offsets in hours, or IANA zones
#: for the US names that cover both seasons ("ET"). Ambiguous ones (IST, CST) are left out.
ZONES: dict[str, float | str] = {
    r["words"][0]: r.get("iana", r.get("utc_offset_h")) for r in _words("zone.")
}
_AT_CLOCK = re.compile(r"\b(?:at|by|until|till|from)\s+$", re.IGNORECASE)
#: Clock times: "6:45 p.m.", "6.45pm", "18:45", and the military and wire forms "0700 GMT",
#: "1430 local time", "0600 hours", "at 0630" (four digits with a zone, "hours" or "local
#: time" after them, or a leading zero after "at"; "at 1300" beside such a clock, never before a
#: unit: "at 2150 metres").
_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?![a-z])"
    # the hour and the part of the day in words: "at 7 in the morning", "4.30 in the
    # afternoon", "10 o'clock at night"
    r"|\b(?P<hw>1[0-2]|0?[1-9])(?:[:.](?P<mw>[0-5]\d))?(?:\s+o['’]clock)?\s+"
    r"(?P<pw>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
    r"|(?<![\d,.:])(?<!\bin\s)\b(?P<hmil>[01]\d|2[0-3])(?P<mmil>[0-5]\d)(?P<hrs>\s*(?:hours|hrs|hr)\b)?"
    r"(?(hrs)|(?=\s*\(?(?:"
    + "|".join(sorted(ZONES, key=len, reverse=True))
    + r")\b(?![-'’])|\s+local\s+time\b))"
    r"|(?<=\bat\s)(?P<hz>[01]\d|2[0-3])(?P<mz>[0-5]\d)\b(?![.,:]\d)"
    r"(?!\s*(?:%|(?:m|km|ft|feet|metres|meters|miles|kilometres|kilometers|tonnes|tons|people"
    r"|percent|prices|levels)\b))"
    r"|\b(?P<noon>noon|midday)\b(?![-'’])"
    # the French and Iberian wire form "at 21h50", "07h00 local time" (a duration "4h30" has no
    # "at" before it)
    r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\btill\s))"
    r"(?P<hfr>[01]?\d|2[0-3])h(?P<mfr>[0-5]\d)\b"
    # the 24-hour clock with a stop, as Nordic and Central European wire copy writes it ("at
    # 15.21", "the 08.25 departure"): read only where no other figure fits (see find_times)
    r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bthe\s))"
    r"(?P<hdot>[01]?\d|2[0-3])\.(?P<mdot>[0-5]\d)\b(?![.,:]\d)"
    r"(?!\s*(?:[ap]\.?m\b|%|per\b|percent|a\s|an\s|[a-z]*(?:metre|meter|mile|euro|dollar|pound|"
    r"franc|krone|kron|yuan|yen|rupee|gram|tonne|ton|second|minute|hour|point|goal|times|"
    r"million|billion|bn\b|m\b|km\b|kg\b|ft\b|feet|kph|mph|knot)))",
    re.IGNORECASE,
)
#: A stop clock read as the 24-hour clock when it cannot be a morning or an evening one ("at
#: 15.21", "at 08.25") or when its sentence writes one such ("the 8.25 ... reached X at 15.21").
_DOT_24 = re.compile(r"(?<![\d.])(?:1[3-9]|2[0-3]|0\d)\.[0-5]\d\b(?![.,:]\d)")
_SECONDS = re.compile(r":[0-5]\d\b")
#: A clock time written the military way: "0830 local time", "1430 GMT", "at 0600".
_MILITARY = re.compile(
    r"(?<![\d,.:])\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:local\s+time|GMT|UTC|hours|hrs|Z)\b|\bat\s+0\d[0-5]\d\b"
)


def _dot_clocks_in_order(text: str, a: int, b: int) -> bool:
    """Whether the sentence ``text[a:b]`` writes two or more stop clocks ("left Ohrid at 10.15
    and reached Bitola at 11.25") in rising order: the 24-hour clock of the wire copy that
    writes no "a.m.", read so (a pair that falls back, "at 11.30 ... at 1.15", may cross noon
    and stays unread).

    >>> t = "The bus left at 10.15 and arrived at 11.25."
    >>> _dot_clocks_in_order(t, 0, len(t)), _dot_clocks_in_order(t[:21], 0, 21)
    (True, False)
    >>> t = "It left at 11.30 and arrived at 1.15."
    >>> _dot_clocks_in_order(t, 0, len(t))
    False
    """
    seen: list[int] = []
    pos = a
    while (m := _CLOCK.search(text, pos, b)) is not None:
        pos = m.end()
        if m.group("hdot"):
            seen.append(int(m.group("hdot")) * 60 + int(m.group("mdot")))
    return len(seen) >= 2 and all(x < y for x, y in itertools.pairwise(seen))


def _military_beside(text: str, doc, m: re.Match) -> bool:
    """Whether the sentence of "at 1210" writes another clock time the military way, which
    makes it one too ("took off at 0830 local time and landed at 1210")."""
    a, b = doc.sentence_of(m.start())
    return _MILITARY.search(text, a, b) is not None


def _elapsed(text: str, m: re.Match) -> bool:
    """Whether "H:MM:SS" is an elapsed time ("won in 2:05:30", "the record is 5:13:58"): not
    after "at", "by", "from" or "until", and with no zone or "local time" after it."""
    sec = _SECONDS.match(text, m.end())
    if sec is None or _AT_CLOCK.search(text, max(0, m.start() - 8), m.start()):
        return False
    rest = sec.end()
    return not (
        _LOCAL_TIME in text[rest : rest + 14].casefold()
        or _ZONE_AFTER.match(text, rest)
        or _ZONE_WORDS_AFTER.match(text, rest)
    )


#: A zone written as an offset after a clock time, with "local time" or not: "2.15 pm local
#: time (GMT-4)", "0600 UTC+8", "11am (GMT+5:30)", "9 a.m. local time (GMT)".
_ZONE_OFFSET = re.compile(
    r"\s*(?:local\s+time\s*,?\s*)?\(?\s*(?:GMT|UTC)\s*(?:(?P<sign>[+\-−–])\s*(?P<oh>1[0-4]|0?\d)"
    r"(?:[:.]?(?P<om>[0-5]\d))?)?(?:(?<=\d)|(?=\s*\)))\b\)?(?![-'’+])"
)


def _offset_name(m: re.Match) -> str:
    """``UTC±hh:mm`` for a matched :data:`_ZONE_OFFSET`.

    >>> _offset_name(_ZONE_OFFSET.match(" local time (GMT-4)")), _offset_name(_ZONE_OFFSET.match(" (GMT)"))
    ('UTC-04:00', 'UTC+00:00')
    """
    if not m.group("oh"):
        return "UTC+00:00"
    sign = "-" if m.group("sign") in "-−–" else "+"
    return f"UTC{sign}{int(m.group('oh')):02d}:{m.group('om') or '00'}"


_ZONE_AFTER = re.compile(
    r"\s*\(?(?P<z>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\b(?![-'’])"
)
#: Zones written out in words after a clock time ("11:50 a.m. Pacific time").
ZONE_WORDS: dict[str, str] = {
    "pacific": "America/Los_Angeles",
    "mountain": "America/Denver",
    "central": "America/Chicago",
    "eastern": "America/New_York",
    "atlantic": "America/Halifax",
    "british summer": "UTC+01:00",
    "greenwich mean": "UTC+00:00",
    "central european": "Europe/Paris",
    "central european summer": "UTC+02:00",
    "eastern european": "Europe/Athens",
    "moscow": "Europe/Moscow",
    "universal": "UTC+00:00",
    "hawaii": "Pacific/Honolulu",
    "hawaii-aleutian": "Pacific/Honolulu",
    "alaska": "America/Anchorage",
    "newfoundland": "America/St_Johns",
    "western european": "Europe/Lisbon",
    "india": "Asia/Kolkata",
    "indian": "Asia/Kolkata",
    "pakistan": "Asia/Karachi",
    "gulf": "Asia/Dubai",
    "arabia": "Asia/Riyadh",
    "arabian": "Asia/Riyadh",
    "china": "Asia/Shanghai",
    "japan": "Asia/Tokyo",
    "korea": "Asia/Seoul",
    "australian eastern": "Australia/Sydney",
    "australian central": "Australia/Adelaide",
    "australian western": "Australia/Perth",
    "new zealand": "Pacific/Auckland",
}
_ZONE_WORDS_AFTER = re.compile(
    r"\s*\(?(?P<z>"
    + "|".join(sorted(map(re.escape, ZONE_WORDS), key=len, reverse=True)).replace(r"\ ", r"\s+")
    + r")(?:\s+(?:standard|daylight|summer))?\s+time\b",
    re.IGNORECASE,
)
#: A clock time's day given relative to the one before it: "8:35 a.m. the next day", "8:30
#: p.m. the previous evening".
_NEXT_DAY = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+time\b)?"  # "Paris time"
    r"\s*,?\s*(?:on\s+)?the\s+(?P<rel>next|following|previous|preceding|same)\s+"
    r"(?:day|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
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
_FUTURE = re.compile(
    r"\b(?:" + words_pattern(rule_row("times", "future")["words"]) + r")\b", re.IGNORECASE
)


#: Words anywhere in a weekday's clause before it that put it after the dateline ("is due in
#: Darwin at 1.45pm on Monday").
_FUTURE_CLAUSE = re.compile(
    r"\b(?:" + words_pattern(rule_row("times", "future_clause")["words"]) + r")\b", re.IGNORECASE
)


#: Words in a weekday's clause that, with a clock time it dates, put it after the day the
#: story dated before it ("was due to reach Are at 07:35 on Saturday").
_DUE_CLAUSE = re.compile(
    r"\b(?:" + words_pattern(rule_row("times", "due_after_story_day")["words"]) + r")\b",
    re.IGNORECASE,
)


#: Where a clause's own part begins: after a comma, "and", "but" ("left on Saturday and is due
#: on Monday": only the second part times Monday).
_CLAUSE_JOIN = re.compile(r",|\b(?:and|but)\b")


#: Every time expression starts at one of these words; one pass finds the places to try the
#: full patterns, instead of running each pattern at every position of the text.
def _first_words() -> list[str]:
    """The words a time expression may start with (a calendar word by its first three letters),
    none of them the start of another."""
    calendar = [w[:3] for r in (*_words("month."), *_words("weekday.")) for w in r["words"]]
    rows = [*_words("relative."), rule_row("times", "month_only"), _EDGE_ROW]
    words = [re.match(r"\w+", w)[0] for r in rows for w in r["words"]]
    firsts = dict.fromkeys(calendar + words + ["noon", "midday"])  # clock words of _CLOCK
    return [w for w in firsts if not any(v != w and w.startswith(v) for v in firsts)]


_TRIGGER = re.compile(r"\b(?:" + "|".join(_first_words()) + r"|\d)", re.IGNORECASE)


def _first_letter_gate(rx: re.Pattern) -> re.Pattern:
    r"""``rx`` (``\b(?:WORD|...|\d)``, case-insensitive) with a test of the word's first
    character before its alternation: the same matches, found in about half the time (most
    words start with no letter the alternation does).

    >>> _first_letter_gate(re.compile(r"\b(?:in|since|\d)", re.I)).pattern
    '\\b(?=[is\\d])(?:in|since|\\d)'
    """
    head, alternation = r"\b(?:", rx.pattern[len(r"\b(?:") : -1]
    words = alternation.split("|")
    assert rx.pattern == head + alternation + ")" and all(w.isalpha() or w == r"\d" for w in words)
    first = "".join(sorted({w[0].lower() for w in words if w != r"\d"}))
    digit = r"\d" if r"\d" in words else ""
    return re.compile(rf"\b(?=[{first}{digit}])(?:{alternation})", rx.flags)


_TRIGGER = _first_letter_gate(_TRIGGER)
#: ``_TRIGGER`` for the lower-cased text (``text.document.lower_twin``): the same starts,
#: found in about half the time.
_TRIGGER_LOW = lower_twin(_TRIGGER)
assert _TRIGGER_LOW is not None


def _openings(phrases) -> tuple[str, ...]:
    """The letters the first words of a table's phrases open with, lower case ("mid-": "mid")."""
    heads = [re.match(r"[a-z]+", p.lower()) for p in phrases]
    assert all(heads), phrases  # (none opens with "_", any word, nor with a sign)
    return tuple(h.group() for h in heads)


_WEEKDAY_WORDS = tuple(r["words"][0].lower() for r in _words("weekday."))
#: The words each pattern's matches open with (lower case): the patterns that open with a word
#: only, then those that may also open with a digit.
_OPENING_WORDS = {
    "md": _WEEKDAY_WORDS + tuple(MONTHS),
    "month": _openings(rule_row("times", "month_only")["words"]),
    "weekday": _openings(_EDGE_ROW["words"]) + _WEEKDAY_WORDS,
    "relative": _openings(_RELATIVE_DAYS),
    "dm": _WEEKDAY_WORDS,
    "clock": ("noon", "midday"),
}
#: Per trigger word (``_TRIGGER``'s, none the start of another), the patterns of
#: ``_OPENING_WORDS`` that may match where it stands: those one of whose opening words it opens
#: (at one position, the trigger word that stands there opens every word that stands there).
_MAY_OPEN = {
    w: frozenset(
        k for k, opening in _OPENING_WORDS.items() if any(o.startswith(w) for o in opening)
    )
    for w in _first_words()
}


def _matches(rx: re.Pattern, text: str, starts: list[int], low: str | None = None):
    """Non-overlapping matches of ``rx`` beginning at the trigger positions, left to right; by
    its lower-cased twin (``text.document.lower_twin``) in ``low``, the text lower-cased, when
    there are both: the same matches at the same offsets, their groups lower-cased (every group
    read is casefolded or a number), found more quickly than a case-insensitive match's."""
    twin = _MATCH_TWINS.get(id(rx)) if low is not None else None
    if twin is not None:
        rx, text = twin, low
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
    #: a clock time's time of day, kept when its day is unknown (no date and no dateline)
    clock: dt.time | None = None
    #: days after the previous clock time's day that a dateless clock time names ("the next day": 1)
    day_offset: int = 0


#: The days whose local-time windows can be set in any time zone: a window on the calendar's
#: first or last day would leave Python's calendar (years 1-9999) when shifted to UTC (zone
#: offsets reach about 16 hours in the zone database's local mean times), so those two days
#: keep their date and get no window.
FIRST_DAY = dt.date.min + dt.timedelta(days=1)
LAST_DAY = dt.date.max - dt.timedelta(days=1)
_EDGE = "at the edge of the calendar: no time window"
_NOT_A_DATE = "not a calendar date"
_OFF_CALENDAR = "outside the calendar (years 1-9999)"


def _day_window(
    day: dt.date, part: str | None, edge: str | None, last: dt.date | None = None
) -> tuple[dt.datetime, dt.datetime] | tuple[None, None]:
    """The local-time window from ``day`` (its part of day, its early or late half) to the end
    of ``last`` (default ``day``); ``(None, None)`` when a day lies outside FIRST_DAY-LAST_DAY.

    >>> _day_window(dt.date(2023, 9, 10), "night", None)[1].isoformat()
    '2023-09-11T06:00:00'
    >>> _day_window(dt.date.max, None, None)
    (None, None)
    """
    last = last or day
    if not (FIRST_DAY <= day <= LAST_DAY and FIRST_DAY <= last <= LAST_DAY):
        return None, None
    start_h, end_h = PARTS_OF_DAY[part.casefold()] if part else (0, 24)
    if edge:
        mid = (start_h + end_h) / 2
        start_h, end_h = (start_h, mid) if edge.casefold() == "early" else (mid, end_h)
    base, end = dt.datetime.combine(day, dt.time()), dt.datetime.combine(last, dt.time())
    return base + dt.timedelta(hours=start_h), end + dt.timedelta(hours=end_h)


def _nearest_year(dateline: dt.date, mon: int, day: int, future: bool = False) -> int:
    """The year of a yearless date: the one that puts it within the 300 days before the dateline
    or the 65 after (news tells what happened, and announces what is near): "Dec. 30" in a story
    dated Jan. 3, 2027 is December 30, 2026; "Jan. 4" in one of Dec. 29 is next January; "5 Jan"
    in one of September 12 is the past January. In a sentence that speaks of what will be
    (``future``: "will", "is due to"), the year that puts it within the 300 days after, if any
    ("will be lit on Nov. 20" in a story of May 8).

    >>> _nearest_year(dt.date(2027, 1, 3), 12, 30), _nearest_year(dt.date(2026, 12, 29), 1, 4)
    (2026, 2027)
    >>> _nearest_year(dt.date(2023, 9, 12), 1, 5), _nearest_year(dt.date(2026, 5, 10), 5, 2)
    (2023, 2026)
    >>> d = dt.date(2024, 5, 8)
    >>> _nearest_year(d, 11, 20), _nearest_year(d, 11, 20, future=True)
    (2023, 2024)
    """
    window = (-1, 300) if future else (-300, 65)
    for lo, hi in (window, (-300, 65)):
        for y in (dateline.year - 1, dateline.year, dateline.year + 1):
            try:
                d = (dt.date(y, mon, min(day, 28) if mon == 2 else day) - dateline).days
            except ValueError:
                continue
            if lo < d <= hi:
                return y
    return dateline.year


#: "the" right before a weekday: the one after a day the sentence dated ("on the Monday").
_THE_WEEKDAY = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``, or None where that leaves the calendar (years 1-9999).

    >>> _shift(dt.date(1, 1, 1), -1) is None, _shift(dt.date(2024, 2, 28), 1)
    (True, datetime.date(2024, 2, 29))
    """
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


#: What may stand between a clock time and the weekday that dates it: "9:50 p.m. on Thursday",
#: "1800 GMT on Sunday", "Thursday at 9:50 p.m.", "Sunday evening, at 7".
_WEEKDAY_GLUE = re.compile(
    r"[\s,]*(?:(?:on|at|early|late|by)\s+)?(?:the\s+)?(?:(?:morning|afternoon|evening|night)"
    r"\s+of\s+)?",
    re.IGNORECASE,
)


def _weekday_beside(
    found: list[TimeExpr], text: str, start: int, end: int, a: int, b: int
) -> int | None:
    """The weekday of an undated weekday expression written right after or right before the
    clock time at ``[start, end)`` in its sentence ``[a, b)``, if any."""
    for t in found:
        if t.weekday is None or t.date is not None or not (a <= t.start < b):
            continue
        gap = text[end : t.start] if t.start >= end else text[t.end : start]
        if len(gap) <= 24 and _WEEKDAY_GLUE.fullmatch(gap):
            return t.weekday
    return None


def _is_dated_day(t: TimeExpr) -> bool:
    """Whether ``t`` dates a day with its weekday ("on Friday, May 30"; a dateline's date has
    none), with no note on its window."""
    return t.date is not None and t.weekday is not None and not t.note


#: A clock time written right before a weekday ("at 07:35 on Saturday", "9 p.m. Sunday").
_CLOCK_BEFORE = re.compile(
    r"\d(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|gmt|utc|local\s+time|hours?)?"
    + _WEEKDAY_GLUE.pattern
    + r"$",
    re.IGNORECASE,
)


def _dates_a_clock(text: str, s: int) -> bool:
    """Whether the weekday at ``s`` dates the clock time written right before it."""
    return _CLOCK_BEFORE.search(text, max(0, s - 40), s) is not None


#: A start told after the end it led to, right before its weekday: "(arrived at 07:40 on
#: Tuesday,) 13 and a half hours after leaving the capital at 18:10 on Monday": an earlier day.
_EARLIER_START = re.compile(
    r"\b(?:after|since)\s+(?:leaving|departing|setting\s+(?:off|out|sail)|it\s+left|they\s+left"
    r"|she\s+left|he\s+left)\b|\bhaving\s+(?:left|departed|set\s+(?:off|out|sail))\b",
    re.IGNORECASE,
)


def _weekday_date(wd: int, dateline: dt.date, future: bool) -> dt.date | None:
    """The day of weekday ``wd`` nearest the dateline, after it when ``future``, else before;
    None where that day lies outside the calendar."""
    delta = wd - dateline.weekday()
    if delta == 0:
        return dateline
    return _shift(dateline, delta % 7 if future else -((-delta) % 7))


def _month_days(year: int, mon: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a month, or None outside years 1-9999.

    >>> _month_days(2024, 2)
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> _month_days(9999, 12)[1], _month_days(0, 1)
    (datetime.date(9999, 12, 31), None)
    """
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return dt.date(year, mon, 1), dt.date(year, mon, calendar.monthrange(year, mon)[1])


def _day_of_clock(
    dated: list[tuple[int, int, dt.date]],
    start: int,
    end: int,
    a: int,
    b: int,
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


#: How far from the dateline (days) a day the story names may lie to give the clock times
#: written after it, in sentences naming no day, their day ("burst a tyre on landing on
#: Monday, September 15 ... touched down at 11:15 am": Monday's, not the dateline's Tuesday).
STORY_DAY_WINDOW = 7


def _story_days(found: list[TimeExpr], dateline: dt.date | None) -> list[tuple[int, dt.date]]:
    """The single days the story names near its dateline, by position: (start, date)."""
    if dateline is None:
        return []
    one_day = dt.timedelta(days=1)
    return sorted(
        (t.start, t.date)
        for t in found
        if t.date is not None
        and t.begin is not None
        and t.until is not None
        and t.until - t.begin <= one_day
        and abs((t.date - dateline).days) <= STORY_DAY_WINDOW
    )


def _story_day(
    days: list[tuple[int, dt.date]], pos: int, dateline: dt.date | None
) -> dt.date | None:
    """The day of a clock time whose sentence names none: the last single day the story names
    before it (near the dateline), else the dateline's.

    >>> d = [(10, dt.date(2025, 9, 15))]
    >>> _story_day(d, 50, dt.date(2025, 9, 16)), _story_day(d, 5, dt.date(2025, 9, 16))
    (datetime.date(2025, 9, 15), datetime.date(2025, 9, 16))
    """
    i = bisect.bisect_left(days, (pos,))
    return days[i - 1][1] if i else dateline


def _calendar(year: int, mon: str, day: str) -> dt.date | None:
    """The date of a full date's parts, or None off the calendar."""
    try:
        return dt.date(year, MONTHS[mon.casefold().rstrip(".")], int(day))
    except ValueError:
        return None


def _year_after(
    full: list[tuple[int, dt.date | None]],
    pos: int,
    mon: int,
    day: int,
    wd: int | None,
    window: tuple[int, int] = (-14, 61),
) -> int | None:
    """The year of a date written without one in an article without a dateline: that of the
    last full date written before it, when the date then falls from two weeks before to two
    months after it (``window``, in days: the same journey, "left on Thursday, Jan. 10, 2025
    ... arrived at 5 a.m. on Jan. 12"), and on its weekday if one is written; else None.

    >>> full = [(0, dt.date(2024, 12, 30))]
    >>> _year_after(full, 50, 1, 2, None), _year_after(full, 50, 6, 2, None)
    (2025, None)
    """
    before = [d for p, d in full if p < pos]
    if not before or before[-1] is None:
        return None
    ref = before[-1]
    for year in (ref.year, ref.year + 1, ref.year - 1):
        try:
            d = dt.date(year, mon, day)
        except ValueError:
            continue
        if window[0] <= (d - ref).days <= window[1] and (wd is None or d.weekday() == wd):
            return year
    return None


def _past_year(
    text: str,
    full: list[tuple[int, dt.date | None]],
    pos: int,
    dateline: dt.date,
    mon: int,
    day: int,
    wd: int | None,
) -> int | None:
    """The year of a yearless date that continues a past journey told with a full date in the same
    paragraph, far from the dateline ("set off on May 3, 1931 ... and landed on Friday, May 8"
    in an anniversary story): that date's year, when the date falls in its journey window and
    on its weekday if one is written; else None (the dateline decides).

    >>> full = [(0, dt.date(1931, 5, 3))]
    >>> text = "left on May 3, 1931 and landed on May 8"
    >>> _past_year(text, full, 34, dt.date(2026, 5, 3), 5, 8, None)
    1931
    >>> apart = text.replace(" and", ".\\n\\nThis year's crew")
    >>> _past_year(apart, full, 50, dt.date(2026, 5, 3), 5, 8, None)
    """
    before = [(p, d) for p, d in full if p < pos]
    if not before or before[-1][1] is None:
        return None
    at, ref = before[-1]
    if -300 < (ref - dateline).days <= 65 or "\n" in text[at:pos]:
        return None  # a date near the dateline, or one in another paragraph
    return _year_after(before, pos, mon, day, wd)


#: How far before a past journey's full date a yearless date with its weekday may fall and
#: still take that date's year (a march told back from its arrival: about half a year).
BACK_TOLD_DAYS = 183


def _fits_dateline_year(dateline: dt.date, mon: int, day: int, wd: int) -> bool:
    """Whether a yearless date falls on weekday ``wd`` in the year the dateline gives it (True
    also for a day that year lacks, "February 29": no other year is sought for it)."""
    try:
        return dt.date(_nearest_year(dateline, mon, day), mon, day).weekday() == wd
    except ValueError:
        return True


def _off_weekday_year(
    full: list[tuple[int, dt.date | None]],
    pos: int,
    dateline: dt.date,
    mon: int,
    day: int,
    wd: int | None,
) -> int | None:
    """The year of a yearless date with its weekday, written paragraphs after a past journey's
    full date ("On Monday, May 3, 1937, the airship lifted off ... On Thursday, May 6, ..."):
    that date's year (or the next), when the weekday fits it within the year after that date,
    and does not fit the year the dateline gives; else None. It only ever reads a date as true to
    its weekday that the dateline's year would have made false.

    >>> full = [(0, dt.date(1937, 5, 3))]
    >>> _off_weekday_year(full, 400, dt.date(2022, 5, 6), 5, 6, 3)
    1937
    >>> _off_weekday_year(full, 400, dt.date(2022, 5, 6), 5, 6, 4) is None  # fits 2022: kept
    True
    >>> _off_weekday_year([(0, dt.date(1864, 12, 21))], 400, dt.date(2024, 12, 21), 11, 15, 1)
    1864
    """
    if wd is None:
        return None
    before = [(p, d) for p, d in full if p < pos]
    if _fits_dateline_year(dateline, mon, day, wd):
        return None
    # (a voyage may run for months: "set out on April 28, 1947 ... on Thursday, Aug. 7"; and
    # be told back from its end: "entered the city on Dec. 21, 1864 ... had left Atlanta on
    # Tuesday, Nov. 15"). The last few dates before it are tried, latest first: a past month
    # of another event may stand between ("On Friday, 21 April 1865 ... since February 1861
    # ... on Monday, 24 April"); the weekday decides
    for at, ref in reversed(before[-OFF_WEEKDAY_TRIED:]):
        if ref is None or (dateline - ref).days <= 300:
            continue
        year = _year_after([(at, ref)], pos, mon, day, wd, window=(-BACK_TOLD_DAYS, 366))
        if year is not None:
            return year
    return None


#: A past year written alone: "came in 1866, when the Great Eastern sailed ... on Friday, July 13".
_YEAR_SAID = re.compile(r"\b(?:[Ii]n|[Oo]f|[Bb]y|[Ss]ince)\s+(1[5-9]\d\d|20\d\d)\b(?![-–]\d)")


def _year_said(
    text: str, a: int, pos: int, dateline: dt.date, mon: int, day: int, wd: int | None
) -> int | None:
    """The year of a yearless date with its weekday that misses the dateline's year, written
    after a past year alone in its paragraph ("came in 1866, when the Great Eastern sailed ...
    on Friday, July 13"): the last such year (the weekday is then judged in it), else None."""
    if wd is None or not any(c.isdigit() for c in text[a:pos]):
        return None
    if _fits_dateline_year(dateline, mon, day, wd):
        return None
    said = [
        int(m.group(1))
        for m in _YEAR_SAID.finditer(text, a, pos)
        if (dateline - dt.date(int(m.group(1)), 1, 1)).days > _PAST_MONTH_DAYS
    ]
    if not said:
        return None
    fired("times:year_said_in_paragraph")
    return said[-1]


#: How many of the dates written before a yearless date with its weekday are tried for its year.
OFF_WEEKDAY_TRIED = 3


#: The date patterns matched at the trigger positions that have twins for the lower-cased text
#: (see :func:`_matches`; the clock pattern has none).
_TWINNED = (_DATE_MD, _DATE_DM, _MONTH_ONLY, _WEEKDAY, _RELATIVE)
#: Their twins, by the pattern's ``id`` (a compiled pattern's hash reads its whole pattern and
#: code at every look-up).
_MATCH_TWINS = {id(rx): lower_twin(rx) for rx in _TWINNED}


#: How long before the dateline (days) a month written with its year lies for a yearless date
#: after it to take that year (a past journey's month, not the story's own).
_PAST_MONTH_DAYS = 300


def find_times(text: str | ArticleText, dateline: dt.date | None) -> list[TimeExpr]:
    """Every date and time expression, resolved against ``dateline`` when there is one
    (``text``: plain text, or the annotated document whose sentences bound a clock time's day).

    A date outside the calendar is no date ("30 February", "in January 0000"); arithmetic that
    would leave it (a weekday after a dateline of 9999-12-31) yields no date; a day at the
    calendar's edge keeps its date and gets no window.

    >>> [(t.text, t.date, t.begin, t.note) for t in find_times("in Dec 0000", None)]
    [('Dec 0000', None, None, 'not a calendar date')]
    >>> [(t.date, t.note) for t in find_times("next Monday", dt.date.max)]
    [(None, 'outside the calendar (years 1-9999)')]
    """
    if isinstance(text, str):
        from georoute.text.document import annotate

        doc = annotate(text, dateline)
    else:
        doc = text
    text = doc.text
    found: list[TimeExpr] = []
    taken = bytearray(len(text) + 1)  # 1 where an expression already lies

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def add(
        s: int,
        e: int,
        kind: str,
        day: dt.date | None,
        window: tuple[dt.datetime, dt.datetime] | tuple[None, None] = (None, None),
        weekday: int | None = None,
        note: str = "",
        **more,
    ) -> None:
        begin, until = window
        if day is not None and begin is None and not note:
            note = _EDGE
        found.append(TimeExpr(s, e, text[s:e], kind, begin, until, weekday, day, note=note, **more))
        taken[s:e] = b"\x01" * (e - s)

    low = doc._lower
    if low is None:
        starts = [m.start() for m in _TRIGGER.finditer(text)]
        # the patterns that open with a word only are tried only where no digit starts (``\d``
        # is ``str.isdecimal``)
        at_md = at_month = at_weekday = at_relative = [p for p in starts if not text[p].isdecimal()]
        at_dm = at_clock = starts
    else:
        # each pattern tried only where the trigger word that starts there opens one of its
        # opening words, or (those that may open with one) a digit stands
        at_md, at_month, at_weekday, at_relative, at_dm, at_clock = at = [], [], [], [], [], []
        lists = dict(zip(("md", "month", "weekday", "relative", "dm", "clock"), at, strict=True))
        for m in _TRIGGER_LOW.finditer(low):
            p = m.start()
            may = _MAY_OPEN.get(m.group())
            if may is None:  # a digit
                at_dm.append(p)
                at_clock.append(p)
            else:
                for k in may:
                    lists[k].append(p)
    date_ms = [
        m for rx, at in ((_DATE_MD, at_md), (_DATE_DM, at_dm)) for m in _matches(rx, text, at, low)
    ]
    # the full dates, and the past months written with their year ("in September 1922", as its
    # first day): what a yearless date of a past journey takes its year from
    full = sorted(
        [
            (m.start(), _calendar(int(m.group("y")), m.group("mon"), m.group("d1")))
            for m in date_ms
            if m.group("y")
        ]
        + [
            (m.start("mon"), month)
            for m in _matches(_MONTH_ONLY, text, at_month, low)
            if m.group("y")
            and (month := _calendar(int(m.group("y")), m.group("mon"), "1")) is not None
            # (a past one only: "in April 2025" in a 2025 story dates no journey of 1865)
            and (dateline is None or (dateline - month).days > _PAST_MONTH_DAYS)
        ]
    )
    for m in date_ms:
        s, e = m.span()
        if not free(s, e):
            continue
        mon = MONTHS[m.group("mon").casefold().rstrip(".")]
        d1, d2 = int(m.group("d1")), int(m.group("d2") or m.group("d1"))
        day = m.group("wd") or m.group("wd2")
        wd = WEEKDAYS[day.casefold()] if day else None
        if m.group("y"):
            year = int(m.group("y"))
        elif dateline:
            # "will end on Saturday, Oct. 18", "will now tour France before the opening
            # ceremony on Friday, July 26": a date its sentence looks forward to
            ahead = _FUTURE.search(" ".join(doc.tokens_before(s, 4))) or _FUTURE_CLAUSE.search(
                text, doc.sentence_of(s)[0], s
            )
            year = (
                _past_year(text, full, s, dateline, mon, d1, wd)
                or _off_weekday_year(full, s, dateline, mon, d1, wd)
                or _year_said(text, text.rfind("\n", 0, s) + 1, s, dateline, mon, d1, wd)
                or _nearest_year(dateline, mon, d1, bool(ahead))
            )
        else:  # no dateline: the year of the full date written just before ("Jan. 12")
            year = _year_after(full, s, mon, d1, wd)
        if year is None:
            add(s, e, "date", None, weekday=wd, note="no year and no dateline")
            continue
        try:
            first, last = dt.date(year, mon, d1), dt.date(year, mon, d2)
        except ValueError:
            add(s, e, "date", None, weekday=wd, note=_NOT_A_DATE)
            continue
        b, _ = _day_window(first, None, None)
        _, u = _day_window(last, None, None)
        add(s, e, "date", first, (b, u) if b and u else (None, None), wd)
    for m in _matches(_MONTH_ONLY, text, at_month, low):
        s, e = m.start("mon"), m.end()
        if not free(s, e):
            continue
        mon = MONTHS[m.group("mon").casefold().rstrip(".")]
        if mon == 5 and not m.group("y") and m.group(0)[:2].casefold() != "in":
            continue
        year = int(m.group("y")) if m.group("y") else (dateline.year if dateline else None)
        if year is None:
            add(s, e, "date", None, note="no year and no dateline")
            continue
        if not m.group("y") and dateline and mon > dateline.month:
            year -= 1  # "in August" in a September article is this past August
        days = _month_days(year, mon)
        if days is None:
            add(s, e, "date", None, note=_NOT_A_DATE)
            continue
        window = _day_window(days[0], None, None, days[1])
        add(s, e, "date", days[0], window, note="a month" if window[0] else _EDGE)
    last_weekday: dict[tuple[int, int], dt.date] = {}  # per sentence, the day of its last weekday
    # the days dated with their weekday so far, by start (read by bisection: a long text may
    # hold thousands)
    dated = sorted((t.start, t.date) for t in found if _is_dated_day(t))
    dated_starts = [start for start, _ in dated]
    for m in _matches(_WEEKDAY, text, at_weekday, low):
        s, e = m.span()
        if not free(s, e):
            continue
        wd = WEEKDAYS[m.group("wd").casefold()]
        if dateline is None:
            add(s, e, "time", None, weekday=wd, note="weekday without a dateline")
            continue
        before = " ".join(doc.tokens_before(s, 4))
        sentence = doc.sentence_of(s)
        earlier = last_weekday.get(sentence)
        if earlier is not None and (wd - earlier.weekday()) % 7 in (1, 2):
            # "left on Sunday and arrived on Monday": the Monday after that Sunday
            day = _shift(earlier, (wd - earlier.weekday()) % 7)
        else:
            cs = doc.clause_start(s)
            cut = max([cs, *(m.end() for m in _CLAUSE_JOIN.finditer(text, cs, s))])
            future = _FUTURE.search(before) or _FUTURE_CLAUSE.search(text, cut, s)
            day = _weekday_date(wd, dateline, bool(future))
            k = bisect.bisect_left(dated_starts, s) - 1
            gone = dated[k][1] if k >= 0 and dated_starts[k] >= sentence[0] else None
            if (
                gone is None
                and k >= 0
                and _DUE_CLAUSE.search(text, cut, s)
                and _dates_a_clock(text, s)
            ):
                # "left at 21:55 on Friday, February 12 ... was due to reach Åre at 07:35 on
                # Saturday morning": a clock's weekday after the story's dated day follows it
                gone = dated[k][1]
                if day is not None and day < gone:
                    fired("times:clock_day_after_story_day")
            if (
                day is not None
                and gone is not None
                and day < gone
                and not _EARLIER_START.search(text, max(cut, s - 80), s)
            ):
                # "left at 2.30 pm on Friday, May 30, and was due in at 7 am on Saturday": the
                # dateline's week puts Saturday before that Friday; it is the one after it
                day = _shift(gone, (wd - gone.weekday()) % 7 or 7)
            elif (
                day is not None
                and gone is not None
                and (day - gone).days >= 7
                and _THE_WEEKDAY.search(text, max(0, s - 4), s)
            ):
                # "pulled out at 9:35 p.m. on Sunday, October 4, and rolled in at 11:35 p.m. on
                # the Monday": a dateline ten days on puts that Monday in its own week; "the"
                # says it is the one after the sentence's dated day
                fired("times:weekday_after_the_sentences_date")
                day = _shift(gone, (wd - gone.weekday()) % 7 or 7)
        if day is not None:
            last_weekday[sentence] = day
        if day is None:
            add(s, e, "time", None, weekday=wd, note=_OFF_CALENDAR)
            continue
        add(s, e, "time", day, _day_window(day, m.group("part"), m.group("edge")), wd)
        if _is_dated_day(found[-1]):
            k = bisect.bisect_left(dated_starts, s)
            dated_starts.insert(k, s)
            dated.insert(k, (s, day))
    for m in _matches(_RELATIVE, text, at_relative, low):
        s, e = m.span()
        if not free(s, e):
            continue
        rel = " ".join(m.group("rel").casefold().split())
        days, part = _RELATIVE_DAYS.get(rel, (0, None))
        if dateline is None:
            add(s, e, "time", None, note="relative time without a dateline")
            continue
        day = _shift(dateline, days) if days else dateline
        if day is None:
            add(s, e, "time", None, note=_OFF_CALENDAR)
            continue
        add(s, e, "time", day, _day_window(day, part, None))
    dated = sorted((t.start, t.end, t.date) for t in found if t.date)
    days_named = _story_days(found, dateline)
    last_clock_day: dt.date | None = None
    for m in _matches(_CLOCK, text, at_clock):
        if not free(m.start(), m.end()):
            continue
        if m.group("h24") and _elapsed(text, m):
            continue  # "finishing in 5:49:46": a race time, not a time of day
        if m.group("hw"):
            h, mi = int(m.group("hw")) % 12, int(m.group("mw") or 0)
            part = m.group("pw").casefold()
            if part.endswith(("afternoon", "evening")) or (part.endswith("night") and h >= 6):
                h += 12
        elif m.group("h24"):
            h, mi = int(m.group("h24")), int(m.group("m24"))
        elif m.group("hrs") and not (
            m.group("hmil")[0] == "0" or _AT_CLOCK.search(text, max(0, m.start() - 8), m.start())
        ):
            continue  # "1430 hours of flight" is a duration
        elif m.group("hz") and m.group("hz")[0] != "0" and not _military_beside(text, doc, m):
            continue  # "at 1210" alone may be a year or a count: a clock only beside "0830 GMT"
        elif m.group("hmil") or m.group("hz"):
            h, mi = int(m.group("hmil") or m.group("hz")), int(m.group("mmil") or m.group("mz"))
        elif m.group("hfr"):
            h, mi = int(m.group("hfr")), int(m.group("mfr"))
        elif m.group("hdot"):
            a, b = doc.sentence_of(m.start())
            if not (_DOT_24.search(text, a, b) or _dot_clocks_in_order(text, a, b)):
                continue  # "at 8.25" alone: a morning or an evening, or no clock at all
            h, mi = int(m.group("hdot")), int(m.group("mdot"))
        elif m.group("noon"):
            h, mi = 12, 0  # "at midday", "by noon" ("midnight" names no one day: not read)
        else:
            h, mi = int(m.group("h")) % 12, int(m.group("m") or 0)
            if m.group("ap").casefold().startswith("p"):
                h += 12
        a, b = doc.sentence_of(m.start())
        after = text[m.end() : m.end() + 14].casefold()
        local = _LOCAL_TIME in after
        end = m.end() + (after.find(_LOCAL_TIME) + len(_LOCAL_TIME) if local else 0)
        off = _ZONE_OFFSET.match(text, m.end())
        zw = None if local or off else _ZONE_WORDS_AFTER.match(text, m.end())
        zm = None if local or zw or off else _ZONE_AFTER.match(text, m.end())
        zone = zone_name(zm.group("z")) if zm else None
        if off:
            # "2.15 pm local time (GMT-4)", "at 0600 UTC+8": the offset written decides
            end, zone, local = off.end(), _offset_name(off), False
        elif zw:
            end = zw.end()
            zone = ZONE_WORDS[" ".join(zw.group("z").casefold().split())]
        elif zm:
            end = zm.end()
        rel = _NEXT_DAY.match(text, end)
        if rel:
            # "the next day": the day after the last day named before it in the sentence (or
            # the last clock time's), else after the dateline
            before = [d for s_, _, d in dated if a <= s_ < m.start()]
            anchor = before[-1] if before else last_clock_day or dateline
            word = rel.group("rel").casefold()
            if word != "same":  # "11am local time the same day" keeps its span
                end = rel.end()
            step = 1 if word in ("next", "following") else 0 if word == "same" else -1
            day = _shift(anchor, step) if anchor else None
        else:
            day = _day_of_clock(dated, m.start(), end, a, b) or _story_day(
                days_named, m.start(), dateline
            )
        last_clock_day = day
        if day is None:
            # no date: the time of day (and its zone) is kept, "the next day" as a day's move,
            # and the weekday written next to it ("9:50 p.m. on Thursday")
            add(
                m.start(),
                end,
                "time",
                None,
                weekday=None if rel else _weekday_beside(found, text, m.start(), end, a, b),
                note="clock time without a date",
                local_time="local" if local else None,
                zone=zone,
                clock=dt.time(h, mi),
                day_offset=step if rel else 0,
            )
            continue
        window: tuple = (None, None)
        if FIRST_DAY <= day <= LAST_DAY:
            at = dt.datetime.combine(day, dt.time(h, mi))
            window = (at, at)
        add(
            m.start(),
            end,
            "time",
            day,
            window,
            local_time="local" if local else None,
            zone=zone,
        )
    return sorted(found, key=lambda t: t.start)
