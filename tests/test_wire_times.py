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
