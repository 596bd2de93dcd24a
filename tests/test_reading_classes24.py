"""Issue 13, classes of round 19 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

from .reading import findings, relations

# --- an average per day written apart from the journey's distance and days ---------------------

_WALK = (
    "EXETER, England, July 9, 2025 (PA) - A retired nurse from Leeds has finished the 870-km "
    "Kingfisher Coast Path, walking into Exeter on Tuesday. She left Bath on May 20 and spent 50 "
    'days on the trail. "I managed about {rate} km a day, some days more," said the 66-year-old.'
)


def test_a_daily_average_that_fits_the_trails_length_and_the_days_is_consistent():
    (f,) = findings(_WALK.format(rate=17), "speed_distance_time")
    assert f["verdict"] == "consistent"
    assert "17.4 km a day" in f["message"] and "apart" in f["message"]


def test_a_daily_average_that_does_not_fit_is_not_judged():
    (f,) = findings(_WALK.format(rate=25), "speed_distance_time")
    assert f["verdict"] == "unverifiable"
    assert "another stretch" in f["message"]


def test_two_spans_of_days_leave_the_daily_average_unpaired():
    text = _WALK.format(rate=17).replace(
        "50 days on the trail.", "50 days on the trail, after a 30-day trek in Wales last year."
    )
    assert not [f for f in findings(text, "speed_distance_time") if "apart" in f["message"]]


# --- a line's length given as its rank after "at D" --------------------------------------------


def test_a_length_that_ranks_a_railway_is_the_railways_not_the_trip():
    rel = relations(
        "The herders cross the Ob-Kara railway, which at 480 km is the northernmost line in "
        "the country, on their way north."
    )
    assert rel["480 km"] == "feature"


# --- arrivals and departures as wire copy writes them -------------------------------------------


def _timeline(text: str) -> list[str]:
    return [f["verdict"] for f in findings(text, "timeline")]


def test_a_boat_beached_at_its_destination_arrives_then():
    assert _timeline(
        "The race started at noon on Wednesday, June 26, in Carmacks, and the two paddlers "
        "beached their canoe in Mayo at 6:42 am on Friday, 42 hours and 42 minutes later."
    ) == ["consistent"]


def test_rounding_a_named_cape_is_reaching_it():
    assert _timeline(
        "The barque left Puerto Williams at 6 pm on Saturday, November 30, and turned south, "
        "rounding the Horn at 2.15 pm on Sunday, some 20 hours later."
    ) == ["consistent"]


def test_touching_a_shore_named_by_an_adjective_is_an_arrival():
    assert _timeline(
        "The relay team set off from Cape Dezhnev at 6:00 a.m. local time on Tuesday, August 6, "
        "and the last swimmer touched the Alaskan shore at 8:00 a.m. Alaska time on Thursday, "
        "August 8, roughly 74 hours later."
    ) == ["consistent"]


def test_a_vessel_dispatched_from_a_port_departs_then_and_a_wrong_duration_is_caught():
    text = (
        "The coast guard dispatched a cutter from Keelung at 6 p.m. on Thursday, May 9, which "
        "reached waters off Yonaguni at 3:30 a.m. Friday, {} hours later."
    )
    assert _timeline(text.format("eight and a half")) == ["consistent"]
    assert _timeline(text.format("eleven and a half")) == ["inconsistent"]
