"""Round 30's classes (issues 12 and 13)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from georoute.base.documents import Document
from georoute.geo.gazetteer import default_gazetteer
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


def test_a_moment_timed_from_take_off_is_no_time_of_the_flight():
    text = (
        "We took off from Nairobi at 10:00 a.m. and touched down at Kisumu at 10:45 a.m. after "
        "a flight of about 265 km. The escarpment dropped away below the wing barely ten "
        "minutes after take-off."
    )
    assert relations(text)["ten minutes"] == "offset"
    landed = "The plane left Gander at noon and landed in Shannon 14 hours after take-off."
    assert relations(landed)["14 hours"] == "leg"
    home = "The survivors rolled back into Sydney 14 days after the start."
    assert relations(home)["14 days"] == "leg"


def test_the_weekday_after_a_dated_day_is_the_one_after_it():
    text = (
        "The train pulled out of Irkutsk at 9:35 p.m. on Sunday, October 4, and rolled into "
        "Ulaanbaatar at 11:35 p.m. on the Monday, 26 hours later."
    )
    (f,) = findings(text, "timeline", date=dt.date(2026, 10, 14))
    assert f["verdict"] == "consistent", f  # (before: the dateline's week, 194 h apart)


def test_a_town_placed_by_a_compass_point_is_the_namesake_there():
    text = (
        "The Southern Cross took off from Richmond, west of Sydney, on September 10, 1928, "
        "and landed at Wigram, near Christchurch, 14 hours later."
    )
    places = {
        p["name"]: p["country"]
        for p in verify(texts=[text]).to_dict()["places"]
        if p["name"] == "Richmond"
    }
    assert places == {"Richmond": "AU"}, places  # (before: the Richmond by Christchurch)


def test_a_report_naming_both_destinations_does_not_contradict_the_other():
    # holdout94's regatta pair: one report names Samsun where the race ended and Sinop in a
    # skipper's quote ("a beautiful run to Sinop"); the other names Samsun
    here = Path(__file__).parent / "holdout94"
    docs = [
        Document(p.stem, p.read_text(encoding="utf-8"), None, dt.date(2026, 5, 19))
        for p in sorted(here.glob("anadolu_istanbul_samsun_regatta_?.txt"))
    ]
    assert len(docs) == 2
    got = [
        f["message"]
        for f in verify(documents=docs).to_dict()["findings"]
        if f["check"] == "cross_source" and "as where the same trip goes" in f["message"]
    ]
    assert got == [], got


def test_a_german_towns_own_name_before_its_river_is_a_main_name():
    gaz = default_gazetteer()
    assert gaz.resolve("Rudesheim").place.name == "Rüdesheim am Rhein"
    assert gaz.resolve("Tours").place.name == "Tours"  # (not a French "-sur-" village)
    text = (
        "KOBLENZ, June 3 (dpa) - The paddle steamer left Koblenz at 9 a.m. for Rudesheim.\n\n"
        "Rudesheim lies 48 km south-east of Koblenz."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f  # (before: the Rüdesheim on the Nahe, 59 km away)


def test_a_rail_route_shorter_than_the_geodesic_judges_no_longer_figure():
    text = (
        "COLON, Jan 28 (EFE) - The first train ran from Colon to Panama City in 1855. The line, "
        "47.6 miles (76.6 km) long, linked the Caribbean port of Colon with Panama City."
    )
    got = [f for f in findings(text, "route_length") if f["verdict"] == "inconsistent"]
    assert got == [], got


def test_a_legs_distance_told_with_its_compass_point_alone_is_its_course():
    text = (
        "An air ambulance took off from King Island at 2.10am on Tuesday and landed at "
        "Melbourne Airport at 3.05am, a 55-minute flight covering about 260km {d} across the "
        "strait."
    )
    (f,) = findings(text.format(d="north"), "direction")
    assert f["verdict"] == "consistent", f
    (f,) = findings(text.format(d="south"), "direction")
    assert f["verdict"] != "consistent", f  # (unverifiable: the island's extent is allowed for)
