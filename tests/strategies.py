"""Hypothesis strategies, in one place: hostile article text and the calendar's edges.

Hostile text mixes travel sentences whose figures sit at the edges (zero, huge, many digits,
ranges, conversions), dates and datelines at the ends of the calendar (years 0000, 0001, 9999),
template syntax, every Unicode category, control characters, NULs, long lines and floods.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume
from hypothesis import strategies as st

PLACES = (
    "Paris",
    "Lyon",
    "Moscow",
    "Vladivostok",
    "Pyongyang",
    "Seoul",
    "Cape Town",
    "St Helena",
    "London",
    "Berlin",
    "the North Pole",
    "Quito",
    "Suva",
    "McMurdo Station",
    "Kiritimati",
)
MODES = ("train", "ship", "bus", "car", "plane", "cyclist", "walker", "yacht", "convoy")
DIST_UNITS = ("km", "kilometres", "miles", "mi", "nautical miles", "m", "metres", "feet")
TIME_UNITS = ("hours", "hour", "h", "minutes", "days", "weeks", "months", "years", "seconds")
SPEED_UNITS = ("km/h", "mph", "knots", "kph", "m/s", "km a day", "miles per hour")
MONTH_NAMES = ("January", "Jan.", "Sept.", "december", "Dec", "February", "Feb", "May")
WEEKDAY_NAMES = ("Monday", "Tuesday", "wed", "Thursday", "Friday", "Saturday", "Sunday")
HEDGES = ("about", "almost", "nearly", "up to", "at least", "some", "more than", "roughly", "")
TEMPLATES = ("{{ 7*7 }}", "{% if x %}", "{#", "#}", "{{", "}}", "{%", "%}", "${x}", "{0}")
#: Calendar edges, written as an article would: years that do not exist (0000, 10000) and the
#: first and last days the calendar holds.
EDGE_DATES = (
    "31 December 9999",
    "31 december 9999",
    "December 31, 9999",
    "1 January 0001",
    "January 1, 0001",
    "in Dec 9999",
    "in December 9999",
    "in January 0000",
    "in Dec 0000",
    "on 29 February 1900",
    "on 30 February 2024",
    "in January 0001",
    "Friday, 31 December 9999",
    "Monday, 1 January 0001",
    "in August",
)
EDGE_DATELINES = (
    dt.date.min,
    dt.date.max,
    dt.date(1, 1, 2),
    dt.date(9999, 12, 30),
    dt.date(2000, 2, 29),
    None,
)
RELATIVE = ("last night", "yesterday", "next Monday", "tonight", "this morning", "on Tuesday")


def numbers() -> st.SearchStrategy[str]:
    """Figures as text: zero, tiny, huge, many digits, separators, ranges, words."""
    plain = st.one_of(
        st.integers(min_value=0, max_value=10**6).map(str),
        st.sampled_from(["0", "0.0", "00", "0.000001", "1e9", "1,000,000", "1.5", "½", "-5"]),
        st.integers(min_value=1, max_value=400).map(lambda n: "9" * n),
        st.sampled_from(["zero", "one", "a dozen", "hundreds of", "almost zero", "no"]),
        st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: f"{x:g}"),
    )
    ranged = st.tuples(plain, st.sampled_from(["-", "–", " to ", " and "]), plain).map("".join)
    return st.one_of(plain, ranged)


@st.composite
def travel_sentence(draw: st.DrawFn) -> str:
    """A sentence of a travel claim whose figures and places may sit at every edge."""
    a, b = draw(st.sampled_from(PLACES)), draw(st.sampled_from(PLACES))
    parts = [f"The {draw(st.sampled_from(MODES))}"]
    parts.append(draw(st.sampled_from(["left", "travelled from", "sailed from", "drove from"])))
    parts.append(f"{a} for {b}" if draw(st.booleans()) else f"{a} to {b}")
    if draw(st.booleans()):
        parts.append(f"on {draw(st.sampled_from(WEEKDAY_NAMES))}")
    if draw(st.booleans()):
        h = draw(st.integers(min_value=0, max_value=25))
        parts.append(f"at {h}:{draw(st.integers(0, 61)):02d}")
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(EDGE_DATES + RELATIVE)))
    parts.append(
        f"covering {draw(st.sampled_from(HEDGES))} {draw(numbers())} {draw(st.sampled_from(DIST_UNITS))}"
    )
    if draw(st.booleans()):
        parts.append(
            f"({draw(numbers())} {draw(st.sampled_from(DIST_UNITS))})"
        )  # a conversion beside it
    parts.append(
        f"in {draw(st.sampled_from(HEDGES))} {draw(numbers())} {draw(st.sampled_from(TIME_UNITS))}"
    )
    if draw(st.booleans()):
        parts.append(
            f"at {draw(st.sampled_from(HEDGES))} {draw(numbers())} {draw(st.sampled_from(SPEED_UNITS))}"
        )
    if draw(st.booleans()):
        parts.append(
            f", {draw(numbers())} km {draw(st.sampled_from(['north', 'south-west', 'WNW']))} of {b}"
        )
    return " ".join(p for p in parts if p) + draw(st.sampled_from([".", "", "!", "\n", ". "]))


def floods() -> st.SearchStrategy[str]:
    """Long runs that stress the extractor: digits, hedges, capitals, brackets, weekdays."""
    unit = st.sampled_from(
        [
            "1 ",
            "9",
            "about ",
            "Big ",
            "(",
            ")",
            "Monday 7:00 ",
            "km ",
            "from Paris to Lyon ",
            "{{",
            "\x00",
            "date 9999-12-31\n",
            "31 December 9999 ",
            "1 January 0001 ",
        ]
    )
    return st.tuples(unit, st.integers(min_value=1, max_value=1500)).map(lambda p: p[0] * p[1])


def unicode_noise() -> st.SearchStrategy[str]:
    """Text from every Unicode category (surrogates left to ``api_text``), controls and NULs."""
    return st.text(
        alphabet=st.characters(codec=None, exclude_categories=("Cs",)),
        max_size=200,
    )


def _fragments(with_surrogates: bool) -> st.SearchStrategy[str]:
    chars = st.characters(codec=None) if with_surrogates else st.characters(codec="utf-8")
    return st.one_of(
        travel_sentence(),
        st.sampled_from(EDGE_DATES + RELATIVE + TEMPLATES),
        numbers(),
        unicode_noise(),
        st.text(alphabet=chars, max_size=40),
        st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=20),  # control characters
        floods(),
        st.integers(min_value=1000, max_value=20000).map(lambda n: "x" * n),  # a long line
    )


def hostile_text(with_surrogates: bool = False) -> st.SearchStrategy[str]:
    """An article of hostile fragments, optionally opening with a dateline at a calendar edge."""
    dateline = st.one_of(
        st.just(""),
        st.sampled_from(EDGE_DATELINES[:-1]).map(lambda d: f"date {d.isoformat()}\n"),
        st.sampled_from(["date 0000-01-01\n", "date 9999-13-40\n", "date 10000-01-01\n"]),
    )
    body = st.lists(_fragments(with_surrogates), min_size=1, max_size=8).map(" ".join)
    return st.tuples(dateline, body).map("".join)


def datelines() -> st.SearchStrategy[dt.date | None]:
    """A document date: the calendar's ends, a leap day, none, or any day."""
    return st.one_of(st.sampled_from(EDGE_DATELINES), st.dates())


def file_bytes() -> st.SearchStrategy[bytes]:
    """What a file on disk may hold: UTF-8 hostile text, or raw bytes that decode to nothing."""

    def encoded(text: str) -> bytes:
        return text.encode("utf-8")

    raw = st.binary(max_size=400)
    utf16 = hostile_text().map(lambda t: t.encode("utf-16"))
    return st.one_of(hostile_text().map(encoded), hostile_text().map(encoded), raw, utf16)


def non_empty(s: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Texts with at least one non-space character."""

    @st.composite
    def draw_one(draw: st.DrawFn) -> str:
        text = draw(s)
        assume(text.strip())
        return text

    return draw_one()


# -- coordinates: the whole globe, poles and antimeridian included ---------------------------
#: A latitude anywhere, poles included (the property tests do not stop at ±80°).
latitudes = st.floats(min_value=-90, max_value=90, allow_nan=False)
#: A longitude anywhere, both ends of the antimeridian included.
longitudes = st.floats(min_value=-180, max_value=180, allow_nan=False)
#: (lat, lon) anywhere on the globe.
points = st.tuples(latitudes, longitudes)

# -- names, dates and spans -------------------------------------------------------------------
#: Place names with diacritics and several words, for the gazetteer's properties.
place_names = st.sampled_from(
    ["Pyongyang", "Vladivostok", "Khasan", "São Paulo", "Przemyśl", "Zürich", "Hanoi"]
)
#: A dateline in the first three weeks of 2024, or none.
datelines_2024 = st.one_of(
    st.none(), st.integers(0, 20).map(lambda d: dt.date(2024, 1, 1) + dt.timedelta(d))
)
#: What a document says of its trip: (traveller, mode, dateline).
trip_meta = st.tuples(
    st.sampled_from(["Kim", "Putin", None]), st.sampled_from(["train", "air", None]), datelines_2024
)
#: (start, end, claim id) spans, some out of bounds or reversed, for the report page's annotator.
claim_spans = st.lists(
    st.tuples(st.integers(-2, 42), st.integers(-2, 42), st.sampled_from("abcdefgh")),
    max_size=8,
    unique_by=lambda s: s[2],
)
#: A positive figure (km, km/h, h) as articles state them.
positive_figures = st.floats(min_value=1, max_value=2000, allow_nan=False, allow_infinity=False)
