"""Round 30's classes (issues 12 and 13)."""

from __future__ import annotations

import datetime as dt

from georoute.verify import verify
from tests.reading import relations


def findings(text: str, check: str, date: dt.date | None = None) -> list[dict]:
    """The report's findings of ``check`` for ``text`` alone (dated ``date``)."""
    return [f for f in verify(texts=[text], date=date).to_dict()["findings"] if f["check"] == check]


def _times(text: str, date: dt.date | None = None) -> dict[str, str | None]:
    """Each date and time of ``text`` by its words, with its relation."""
    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text], date=date).to_dict()["claims"]
        if c["kind"] in ("time", "date")
    }


def test_a_service_named_by_its_clock_time_alone_departs_then():
    day = dt.date(2026, 9, 4)
    for text, dep in (
        (
            "One of the two services that ran, the 08:00 from Glasgow, reached Inverness at "
            "11:45, completing the trip in three hours and 45 minutes.",
            "08:00",
        ),
        (
            "The 6.15am special from Tralee reached Dublin at 10.05am, a journey of three hours "
            "and 50 minutes.",
            "6.15am",
        ),
        (
            "Fans boarded the 06:20 to London, which arrived at 11:25, five hours and 5 minutes "
            "later, from Glasgow.",
            "06:20",
        ),
    ):
        assert _times(text, day)[dep] == "departure", text
        (f,) = findings(text, "timeline", date=day)
        assert f["verdict"] == "consistent", f


def test_a_clock_time_before_a_range_or_a_lower_case_word_names_no_service():
    day = dt.date(2026, 9, 4)
    text = "Trains were halted from 06:10 to 11:30, and the 08:00 to 10:00 slot was cancelled."
    got = _times(text, day)
    assert got["06:10"] != "departure" and got["08:00"] != "departure", got


def test_a_legs_distance_told_to_the_compass_point_is_its_course_not_a_position():
    text = (
        "A jet that left Haneda airport at 7:45 a.m. touched down at Naha at 10:25 a.m., after "
        "a flight of 2 hours and 40 minutes covering some 1,550 km (963 miles) to the {d}."
    )
    (f,) = findings(text.format(d="southwest"), "direction")
    assert f["verdict"] == "consistent", f  # (before: a separation of two unknown places)
    (f,) = findings(text.format(d="northwest"), "direction")
    assert f["verdict"] == "inconsistent", f
    assert relations(text.format(d="southwest"))["1,550 km"] == "leg"
    (g,) = findings(text.format(d="southwest"), "geodesic_bound")
    assert g["verdict"] == "consistent", g


def test_a_flights_duration_after_its_course_is_the_flights_not_a_stay():
    text = (
        "A chartered plane left Gaborone at 10:15 a.m. and landed in Maun at 11:50 a.m., after "
        "a 580-km flight to the northwest lasting 1 hour and 35 minutes."
    )
    assert relations(text)["1 hour and 35 minutes"] == "leg"
    assert [f["verdict"] for f in findings(text, "direction")] == ["consistent"]
    assert [f["verdict"] for f in findings(text, "timeline")] == ["consistent"]


def test_a_course_that_turns_or_goes_on_gives_no_direction_between_the_ends():
    text = (
        "The plane left Nairobi at 9 a.m. and landed in Mombasa at noon, after flying 200 km "
        "to the north before it turned back."
    )
    assert findings(text, "direction") == []
