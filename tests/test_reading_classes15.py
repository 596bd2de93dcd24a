"""Issue 13, classes found on the fourteenth blind set (holdout14) by its second reader, each
tested with wording of its own: a weekday against the date an undated dateline's article came
with; figures of no leg (the time since something last happened, a round trip told by a clause,
a river's length, a connection travellers change to); a structure's ends ("a bridge between A
and B"); a service only planned; a trip's first part named by its end alone; icebreakers."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.verify import verify

from .reading import findings, relations

_UNDATED = (
    "DENVER (AP) — The first snowplough convoy left Denver at 7 a.m. {day} and reached Vail "
    "at 10:40 a.m., police said."
)


def _calendar(text: str, date: dt.date | None) -> list[dict]:
    found = verify(texts=[text], date=date).to_dict()["findings"]
    return [f for f in found if f["check"] == "calendar"]


def test_a_weekday_on_the_date_given_with_an_undated_dateline_is_confirmed():
    (f,) = _calendar(_UNDATED.format(day="Tuesday"), dt.date(2025, 3, 4))
    assert f["verdict"] == "consistent", f["message"]
    assert f["computed"]["date"] == "2025-03-04"
    assert "given with it" in f["message"]


@pytest.mark.parametrize(
    ("day", "date"),
    [
        ("Tuesday", None),  # no date at all: nothing to confirm against
        ("Friday", dt.date(2025, 3, 4)),  # another day of the week: never contradicted
    ],
)
def test_a_weekday_off_the_given_date_or_with_none_gives_no_calendar_finding(day, date):
    assert _calendar(_UNDATED.format(day=day), date) == []


_FERRY = (
    "OBAN, Feb 3, 2025 (Agency) - The ferry left Oban at 9 a.m. and reached Craignure at 9.50 a.m. "
    "on Monday, covering 18 km in 50 minutes. "
)


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        ("Services ran for the first time in six days after the gale.", "six days", "offset"),
        ("Islanders got fresh milk for the first time in more than a week.", "a week", "offset"),
        ("Its sister ship sails a round trip that takes nine days.", "nine days", "other"),
        ("The line is part of a loop which covers about 1,300 km.", "1,300 km", "other"),
        (
            "The Tay, which flows 188 km and drains much of the Highlands, is nearby.",
            "188 km",
            "feature",
        ),
        ("The A82, which stretches some 270 km, is the main road north.", "270 km", "feature"),
        (
            "Travellers for Fishguard change at Carmarthen to a local train, which takes about "
            "50 minutes.",
            "50 minutes",
            "other",
        ),
        (
            "Most riders switch in Mallaig to a bus that covers the last 40 km.",
            "40 km",
            "other",
        ),
    ],
)
def test_figures_of_no_leg_keep_what_they_describe(sentence, figure, relation):
    found = relations(_FERRY + sentence)
    assert found[next(k for k in found if figure in k)] == relation


def test_a_relative_clause_naming_both_ends_stays_a_journey():
    text = (
        "The sleeper, which runs 750 km from London to Fort William, left on time on Monday "
        "and took 13 hours."
    )
    assert relations(text)["750 km"] == "leg"


_BRIDGE = (
    "KEHL, Germany, May 5, 2025 (Agency) - The tram left Kehl at 8 a.m. and reached Strasbourg's "
    "cathedral stop at 8.25 a.m. on Monday. The Vistula, which flows 1,047 km, is far away; the "
    "tram crosses the Rhine on a new bridge between Kehl and Strasbourg."
)


def test_a_bridge_between_two_towns_names_no_leg():
    # the river's length must not become the length of a Kehl-Strasbourg leg
    for check in ("geodesic_bound", "route_length", "plausibility"):
        assert not [f for f in findings(_BRIDGE, check) if "1,047" in f["message"]]


def test_a_service_only_planned_gives_no_end_of_the_trip():
    text = (
        "ZAGREB, May 5, 2025 (Agency) - The first coach left Zagreb at 7 am on Monday and arrived "
        "in Ljubljana at 9.30 am, covering 140 km. The operator plans to add a Ljubljana-Vienna "
        "service next year."
    )
    (f,) = findings(text, "geodesic_bound")
    assert "Ljubljana" in f["message"] and "Vienna" not in f["message"], f["message"]


_FIRST_LEG = (
    "PERTH, March 3, 2025 (Agency) - Two cyclists set off from Perth on Saturday, March 1, on a "
    "ride around the south-west. The first {part}, to Bunbury, covered {km} and took seven hours."
)


@pytest.mark.parametrize("part", ["leg", "stage", "day"])
def test_a_first_part_named_by_its_end_starts_where_the_trip_starts(part):
    (f,) = findings(_FIRST_LEG.format(part=part, km="180 km"), "geodesic_bound")
    assert f["verdict"] == "consistent", f["message"]
    assert "Perth" in f["message"] and "Bunbury" in f["message"]


def test_a_first_part_shorter_than_the_geodesic_from_the_trip_start_is_inconsistent():
    (f,) = findings(_FIRST_LEG.format(part="leg", km="90 km"), "geodesic_bound")
    assert f["verdict"] == "inconsistent", f["message"]


def test_a_later_part_named_by_its_end_alone_is_not_set_from_the_trip_start():
    text = _FIRST_LEG.format(part="leg", km="180 km").replace("The first leg", "The next leg")
    assert not [f for f in findings(text, "geodesic_bound") if "Bunbury" in f["message"]]


_ICE = (
    "HOBART, Nov 5, 2025 (Agency) - The {ship} left Hobart on Friday, November 1, and reached "
    "Macquarie Island on Sunday, November 3, after a voyage of about {km} that took two days."
)


def test_an_icebreaker_is_held_to_an_icebreakers_speed():
    (f,) = findings(_ICE.format(ship="icebreaker", km="3,200 km"), "plausibility")
    assert f["verdict"] == "inconsistent", f["message"]
    assert "icebreaker" in f["message"]


def test_an_icebreakers_ordinary_voyage_passes_and_other_ships_keep_their_limit():
    (f,) = findings(_ICE.format(ship="icebreaker", km="1,500 km"), "plausibility")
    assert f["verdict"] == "consistent", f["message"]
    (f,) = findings(_ICE.format(ship="ferry", km="3,200 km"), "plausibility")
    assert f["verdict"] == "consistent", f["message"]
