"""Issue 13, classes of round 23 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

import dataclasses

import pytest

from georoute.base.findings import Finding
from georoute.base.places import Place
from georoute.checks.common import CheckInput, without_misplaced

from .reading import findings, place_relations

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


def test_a_longer_figure_written_with_another_time_is_not_judged_apart():
    # the pair's distance is the whole course: a time that close to it may be a part of the
    # journey (a wait at the border), as the leg's own finding decides
    text = (
        "ULAANBAATAR, Aug 4, 2025 (Montsame) - The coach left Ulaanbaatar and reached "
        "Darkhan after 4 hours, covering the 220 km route (nearly an hour of checks included) "
        "at an average of 55 km/h."
    )
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "plausibility"))


# --- places a separation or an end is read from ---------------------------------------------------


def test_a_clock_named_by_its_place_is_not_where_the_distance_away_is_measured_from():
    text = (
        "PONTA DELGADA, June 28, 1939 (AP) - The flying boat left the Azores at 8.36 a.m. "
        "New York time and set a course due east for Lisbon, some 1,050 miles away."
    )
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "separation"))


def test_the_capital_the_story_named_so_before_is_the_same_city_later_in_its_sentence():
    text = (
        "WARSAW, Sept 16, 2019 (PAP) - Most of the bank's gold lay in its vaults in the "
        "capital. That night the first convoy left Warsaw for the fortress at Brest, some "
        "190 km east of the capital."
    )
    (sep,) = findings(text, "separation")
    assert sep["verdict"] == "consistent", sep["message"]
    assert "Warsaw" in sep["message"]


def test_a_possessor_after_of_is_not_where_a_journey_ends():
    text = (
        "TUNIS, April 13, 2025 (TAP) - Runners set off from Tozeur on Saturday in a relay "
        "meant to draw attention to the drying-up of southern Tunisia's springs. They covered "
        "the 440 km in 40 hours."
    )
    ends = place_relations(text)
    assert ends["Tunisia"] is None and ends["Tozeur"] == "origin"


def test_from_an_origin_to_the_next_place_is_the_journey_s_end():
    text = (
        "Relay runners carry oasis water from Tozeur to Tunis\n\n"
        "TUNIS, April 13, 2025 (TAP) - Twelve runners covered the 440 km route in 40 hours."
    )
    (bound,) = findings(text, "geodesic_bound")
    assert bound["verdict"] == "consistent", bound["message"]


def test_the_north_pole_in_a_story_of_alaska_is_the_pole_not_the_town():
    text = (
        "FAIRBANKS, Alaska, April 6, 2019 (AP) - The team flew north from Fairbanks to "
        "Utqiagvik on Monday. The North Pole lies about 1,290 miles due north of Point Barrow, "
        "and the ice seldom allows a straight line."
    )
    (sep,) = findings(text, "separation")
    assert sep["verdict"] == "consistent", sep["message"]


# --- plausibility on the distance written with its time -------------------------------------------


def test_a_time_is_set_against_the_distance_written_with_it_not_the_leg_s_first():
    text = (
        "NEW YORK, May 27, 1928 (AP) - The runners set off from Los Angeles in March. One "
        "stage in Ohio measured 70 miles. On Saturday the winner jogged into New York, having "
        "covered 3,400 miles (5,470 km) in a total running time of just 180 hours."
    )
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "inconsistent", f["message"]
    assert "3,400 miles" in f["message"]


def test_a_place_misread_elsewhere_says_nothing_of_a_conversion():
    # a separation that misses its geodesic 36-fold shows Berlin misread: the checks that rest
    # on Berlin are not judged, but a conversion (or a weekday) rests on no place
    berlin = Place(1, "Berlin", 52.5, 13.4, "DE", None, "test")
    sep = Finding(
        "separation",
        "unverifiable",
        ("a",),
        ("c1",),
        "misses 36-fold",
        {"contradiction_factor": 36.0, "reference": 1, "subject": None},
    )
    conv = Finding(
        "unit_conversion",
        "inconsistent",
        ("a",),
        ("c2",),
        "3,900 miles is not 5,280 km",
        {"reference": 1},
    )
    bound = dataclasses.replace(conv, check="geodesic_bound")
    inp = CheckInput(claims={}, places={1: berlin}, trips=())
    out = without_misplaced([sep, conv, bound], inp)
    assert [f.verdict for f in out] == ["unverifiable", "inconsistent", "unverifiable"]
