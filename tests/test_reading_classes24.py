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
