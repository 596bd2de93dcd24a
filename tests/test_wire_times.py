"""Issue 13, times as wire copy writes them: zones in words and a place's clock, days given
relative to the time before ("the next day", "the previous evening"), arrivals by ship
("berthed in"), a guessed day read as the next one only for a finite duration."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.base.documents import Document
from georoute.text.timeexpr import find_times
from georoute.verify import verify


@pytest.mark.parametrize(
    ("text", "expr", "begin", "zone"),
    [
        (
            "The sleeper left at 9:15 p.m. on Monday and reached the coast at 7:05 a.m. the "
            "next day.",
            "7:05 a.m. the next day",
            dt.datetime(2025, 3, 4, 7, 5),
            None,
        ),
        (
            "It docked at 6 a.m. on Friday, ten hours after sailing at 8 p.m. the previous "
            "evening.",
            "8 p.m. the previous evening",
            dt.datetime(2025, 2, 27, 20, 0),  # the Friday before the dateline: Feb. 28
            None,
        ),
        (
            "The charter took off at 10:20 a.m. Mountain time on Monday.",
            "10:20 a.m. Mountain time",
            dt.datetime(2025, 3, 3, 10, 20),
            "America/Denver",
        ),
        (
            "The liner sailed at 4 p.m. British Summer Time.",
            "4 p.m. British Summer Time",
            dt.datetime(2025, 3, 5, 16, 0),
            "UTC+01:00",
        ),
        # military and wire clocks: four digits with a zone, "hours" or "local time"
        (
            "The convoy set off at 0645 GMT.",
            "0645 GMT",
            dt.datetime(2025, 3, 5, 6, 45),
            "UTC+00:00",
        ),
        ("It docked at 2210 local time.", "2210 local time", dt.datetime(2025, 3, 5, 22, 10), None),
        ("Boarding closes at 0530 hours.", "0530 hours", dt.datetime(2025, 3, 5, 5, 30), None),
        ("The patrol returned at 0615.", "0615", dt.datetime(2025, 3, 5, 6, 15), None),
    ],
)
def test_clock_times_with_their_zone_and_relative_day(text, expr, begin, zone):
    times = {t.text: t for t in find_times(text, dt.date(2025, 3, 5))}
    assert expr in times, list(times)
    assert times[expr].begin == begin
    assert times[expr].zone == zone


def _findings(gaz, text: str, check: str, date: dt.date = dt.date(2025, 3, 8)):
    report = verify(documents=[Document("a", text, "a.txt", date)], gazetteer=gaz)
    return [f for f in report.findings if f.check == check], report


def test_a_ships_arrival_berthed_in_times_the_crossing(gaz):
    text = (
        "WELLINGTON, March 8, 2025 - The ferry left Wellington at 9:10 a.m. and berthed in "
        "Picton at 12:40 p.m., a crossing of three and a half hours."
    )
    found, report = _findings(gaz, text, "timeline")
    rel = {c.text: c.relation for c in report.claims if c.kind == "time"}
    assert rel["12:40 p.m."] == "arrival"
    assert [f.verdict for f in found] == ["consistent"]


def test_a_place_named_clock_sets_the_zone(gaz):
    text = (
        "MADRID, March 8, 2025 - The cyclist set off from Lisbon at 6 a.m. local time and "
        "reached Madrid at 5:30 a.m. Madrid time the following day, 22 hours and 30 minutes "
        "later by her team's count, riding 640 km."
    )
    _, report = _findings(gaz, text, "timeline")
    zones = {c.text: c.zone for c in report.claims if c.kind == "time"}
    assert zones["5:30 a.m. Madrid time the following day"] == "Europe/Madrid"


def test_an_arrival_clock_before_the_departure_clock_is_the_next_day(gaz):
    text = (
        "BANGKOK, March 8, 2025 - The overnight coach left Bangkok at 9 p.m. and pulled into "
        "Chiang Mai at 6:30 a.m., a trip of nine and a half hours."
    )
    found, _ = _findings(gaz, text, "timeline")
    assert found and all(f.verdict == "consistent" for f in found)
    assert any("the day after" in f.message for f in found)


def test_an_open_duration_never_fits_by_moving_a_guessed_day(gaz):
    text = (
        "BANGKOK, March 8, 2025 - The overnight coach left Bangkok at 9 p.m. and pulled into "
        "Chiang Mai at 6:30 a.m., a trip of 12 hours or more."
    )
    found, _ = _findings(gaz, text, "timeline")
    assert found and all(f.verdict != "consistent" for f in found)
    assert all(f.verdict != "inconsistent" for f in found)


def test_a_duration_of_another_years_trip_times_none_of_this_years(gaz):
    text = (
        "LONDON, April 9, 2025 - The nonstop flight left Perth at 6:45pm on Tuesday, April 8, "
        "and landed at Heathrow at 5:05am local time on Wednesday after 17 hours and 20 "
        "minutes. The airline plans flights from Sydney to London in 2027, a journey of about "
        "22 hours."
    )
    found, _ = _findings(gaz, text, "timeline", dt.date(2025, 4, 9))
    assert found and all(f.verdict == "consistent" for f in found)
    assert not [f for f in found if "22 hours" in f.message]


@pytest.mark.parametrize(
    ("text", "times", "durations"),
    [
        ("The ferry sails at 0600 hours and docks 14 hours later.", ["0600 hours"], ["14 hours"]),
        ("The pilot logged 1430 hours of flight last year.", [], ["1430 hours"]),
        ("In 2024 UTC offsets did not change.", [], []),
        ("The route, 1200 km long, opened in 1999.", [], ["1200 km"]),
    ],
)
def test_four_digit_clocks_are_times_and_never_durations(text, times, durations):
    from georoute.text.quantities import find_quantities

    assert [t.text for t in find_times(text, dt.date(2025, 3, 5))] == times
    assert [q.text for q in find_quantities(text)] == durations


def test_a_yearless_date_takes_the_year_of_the_full_date_before_it():
    """No dateline: "Jan. 12" after "Thursday, Jan. 10, 2025" is the same journey's 2025 date;
    a date far from it, or whose weekday does not fall in that year, stays undated."""
    text = (
        "The train left at 7:20 p.m. on Thursday, Jan. 10, 2025, and arrived at 5 a.m. on Jan. "
        "12. It first ran on Oct. 1, 1964. The next run is on Tuesday, Oct. 5, and another in "
        "March."
    )
    dates = {t.text: t.date for t in find_times(text, None)}
    assert dates["Jan. 12"] == dt.date(2025, 1, 12)
    assert dates["Tuesday, Oct. 5"] is None  # Oct. 5, 1964 was a Monday
    assert dates["Oct. 1, 1964"] == dt.date(1964, 10, 1)
