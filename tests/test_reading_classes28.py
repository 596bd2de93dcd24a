"""Issue 13, classes of round 23 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

import pytest

from .reading import findings

# --- a departure told by another subject after "and" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "HELSINKI, May 6, 2025 (STT) - The siren wailed at 7.00 am on Tuesday, May 6, and "
            "the old white ferry backed out of Helsinki. Three hours later, at 10.00 am, it "
            "docked in Tallinn.",
            "consistent",
        ),
        (
            "HELSINKI, May 6, 2025 (STT) - The siren wailed at 7.00 am on Tuesday, May 6, and "
            "the old white ferry backed out of Helsinki. Five hours later, at 10.00 am, it "
            "docked in Tallinn.",
            "inconsistent",
        ),
    ],
)
def test_a_departure_told_by_its_vehicle_after_and_times_the_trip(text, verdict):
    (timeline,) = findings(text, "timeline")
    assert timeline["verdict"] == verdict, timeline["message"]


def test_another_person_after_and_times_nothing():
    text = (
        "HELSINKI, May 6, 2025 (STT) - The siren wailed at 7.00 am on Tuesday, May 6, and "
        "the mayor Anna Virtanen pulled out of the race. The ferry left Helsinki and docked "
        "in Tallinn three hours later."
    )
    assert findings(text, "timeline") == []


# --- a part of a leg written as a pair with its own time ------------------------------------------


def test_a_stage_timed_beyond_the_mode_is_inconsistent_beside_a_whole_race_that_fits():
    text = (
        "ULAANBAATAR, Aug 4, 2025 (Montsame) - Runner Bold Bat won the race on Sunday, covering "
        "the 250 km course in 30 hours. On the third day he ran the 70-km stage across the "
        "steppe in 2 hours and 30 minutes, an effort nobody could match."
    )
    verdicts = sorted(f["verdict"] for f in findings(text, "plausibility"))
    assert verdicts == ["consistent", "inconsistent"], verdicts


def test_a_longer_figure_written_with_another_time_is_not_judged_apart():
    # the pair's distance is the whole course: a time that close to it may be a part of the
    # journey (a wait at the border), as the leg's own finding decides
    text = (
        "ULAANBAATAR, Aug 4, 2025 (Montsame) - The coach left Ulaanbaatar and reached "
        "Darkhan after 4 hours, covering the 220 km route (nearly an hour of checks included) "
        "at an average of 55 km/h."
    )
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "plausibility"))
