"""Issue 13, classes found on the twentieth development set (holdout20), each tested with wording
of its own and a variant: a vessel's name after its prefix ("USS", "HMS") is no place; a
direction that the great circle's initial bearing fits; a yearless date in a sentence about
what will be; figures of no leg (a speed a vehicle can work at, an impact speed, a circuit's
length, the time since another happening, a process, a closure, a programme, a response time,
a timetable's time, a journey still to begin, a part between two clock times, an earlier
year's trip); a spacecraft's ceiling; a journey "of D lasting T"."""

from __future__ import annotations

import pytest

from .reading import findings

# -- a vessel's name is no place -------------------------------------------------------------


@pytest.mark.parametrize(
    "ship",
    ["the destroyer USS Savannah", "the frigate HMS Richmond", "the supply ship MV Galveston"],
)
def test_a_ship_named_after_a_town_is_no_place(ship):
    # each named town lies far from the port, in another direction: read as a place, the
    # separation and the direction would be inconsistent
    text = (
        "NORFOLK, Va., June 3, 2025 (Agency) - Sailors aboard {ship} recovered the drone at sea. "
        "The {name} is now carrying it to Norfolk, about 300 km to the west."
    ).format(ship=ship, name=ship.rsplit(" ", 1)[1])
    for check in ("separation", "direction"):
        assert all(f["verdict"] != "inconsistent" for f in findings(text, check)), check


def test_a_ship_named_after_a_town_the_trip_reaches_leaves_the_town_a_place():
    text = (
        "KISUMU, Kenya, July 2, 2025 (Agency) - The new ferry sailed from Kisumu to Mwanza on "
        "Tuesday. Mwanza lies south-west of Kisumu across the lake. The MV Mwanza it replaced was "
        "withdrawn in 2019."
    )
    (f,) = findings(text, "direction")
    assert f["verdict"] == "consistent", f["message"]


# -- a direction the great circle's initial bearing fits --------------------------------------


def test_a_direction_the_great_circle_fits_is_consistent():
    # Moscow to Istanbul: about 201 degrees on a constant bearing (south), about 205 along the
    # great circle (south-west)
    (f,) = findings("Istanbul lies some 1,750 km south-west of Moscow.", "direction")
    assert f["verdict"] == "consistent", f["message"]
    assert "great circle" in f["message"]


def test_a_direction_neither_bearing_fits_stays_inconsistent():
    (f,) = findings("Istanbul lies some 1,750 km south-east of Moscow.", "direction")
    assert f["verdict"] == "inconsistent", f["message"]


# -- a yearless date in a sentence about what will be -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The rally will end in Lisbon on Saturday, Oct. 18.",
        "The caravan is due to reach the coast on Saturday, October 18.",
    ],
)
def test_a_yearless_date_that_will_come_takes_the_year_ahead(sentence):
    # October 18, 2025 was a Saturday; October 18, 2024 (the past one) a Friday
    text = "MADRID, June 2, 2025 (Agency) - The riders set off from Madrid on Monday. " + sentence
    (f,) = [f for f in findings(text, "calendar") if "October 18" in f["message"]]
    assert f["verdict"] == "consistent", f["message"]


def test_a_yearless_date_told_in_the_past_keeps_the_past_year():
    text = (
        "MADRID, June 2, 2025 (Agency) - The riders set off from Madrid on Monday. "
        "The last rally ended in Lisbon on Friday, Oct. 18."
    )
    (f,) = [f for f in findings(text, "calendar") if "October 18" in f["message"]]
    assert f["verdict"] == "consistent" and "2024" in f["message"], f["message"]


# -- a spacecraft's ceiling ---------------------------------------------------------------------


@pytest.mark.parametrize("craft", ["capsule", "spacecraft"])
def test_a_spacecraft_is_not_held_to_an_airliners_ceiling(craft):
    text = (
        f"HOUSTON, Dec. 12, 2025 (Agency) - The unmanned {craft} splashed down on Sunday after a "
        "20-day flight in which it flew 1.2 million km around the moon and back."
    )
    for f in findings(text, "plausibility"):
        assert f["verdict"] != "inconsistent", f["message"]
