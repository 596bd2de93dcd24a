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
