"""Issue 13, classes of round 14 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

from .reading import findings

# the lead names the day of the trip; the clock times come in a later sentence naming none
_LEAD_DAY = (
    "NAIROBI, June 11, 2025 (Agency) - A cargo plane flying from Mombasa to Nairobi lost a "
    "wheel on landing on Tuesday, June 10, the airport authority said.\n\n"
    "The aircraft left Mombasa at 8:10 am and landed in Nairobi at {arr} local time, after a "
    "flight of {dur}."
)


def test_clock_times_without_a_day_take_the_day_the_story_names_before_them():
    # read on the dateline's day, the clocks were set against the lead's date as the arrival,
    # and the wrong duration was called consistent
    (f,) = findings(_LEAD_DAY.format(arr="9:05 am", dur="one hour and 40 minutes"), "timeline")
    assert f["verdict"] == "inconsistent"
    assert "9:05 am" in f["message"]


def test_clock_times_without_a_day_still_fit_when_the_duration_is_right():
    (f,) = findings(_LEAD_DAY.format(arr="9:05 am", dur="55 minutes"), "timeline")
    assert f["verdict"] == "consistent"
