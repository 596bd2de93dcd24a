"""Issue 13, classes of round 13 found across the development sets, each tested with wording of
its own: a craft's length written before a journey word that names the craft; a stock of food
or fuel counted in days; a speed limit named with its kind; a plausibility finding whose
distance is too short to need any speed."""

from __future__ import annotations

import pytest

from georoute.base.findings import fmt

from .reading import findings, relations


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("She rowed a 7-metre expedition boat stocked for the crossing.", "7-metre"),
        ("The 290-metre cruise ship docked after the voyage.", "290-metre"),
        ("They chartered a 40-foot tour bus for the drive.", "40-foot"),
    ],
)
def test_a_crafts_length_before_a_journey_word_naming_the_craft_is_its_length(sentence, figure):
    assert relations(sentence)[figure] == "length"


def test_a_short_length_before_a_journey_word_alone_is_still_the_leg():
    # "a 900-metre swim" is a journey: only a craft's noun after the journey word makes it a size
    assert relations("He then managed a 900-metre swim to the shore.")["900-metre"] == "leg"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The raft carried 12 days of water and dried food.", "12 days"),
        ("Each sled was packed with three weeks' worth of rations.", "three weeks"),
        ("The cutter took on a fortnight's supply of diesel.", "a fortnight"),
    ],
)
def test_a_stock_counted_in_days_is_a_limit_not_the_journeys_time(sentence, figure):
    assert relations(sentence)[figure] == "limit"


def test_a_speed_limit_named_with_its_kind_is_a_limit():
    rel = relations("Many coaches broke the 70 mph motorway speed limit on the way north.")
    assert rel["70 mph"] == "limit"


_IDLE = (
    "HOBART, March 3, 2025 (Agency) - Pinned down by gales on an islet, the solo kayaker "
    "covered just 40 metres in nine days before the wind eased on Monday."
)


def test_a_distance_too_short_to_need_any_speed_bounds_nothing():
    # 40 m in nine days needs 0.0002 km/h: a time that long bounds no speed, so no
    # "consistent" (the need rounds to nothing and was once read as "no need given"), and no
    # number in the message reads 0.00
    (f,) = findings(_IDLE, "plausibility")
    assert f["verdict"] == "unverifiable", f["message"]
    assert f["computed"]["idle_share"] < 0.015
    assert "0.00 " not in f["message"]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (0.0000218, "0.000022 km/h"),
        (0.0042, "0.0042 km/h"),
        (0.5, "0.50 km/h"),
        (12.25, "12.2 km/h"),
    ],
)
def test_a_tiny_figure_is_written_with_two_significant_figures(value, written):
    assert fmt(value, "km/h") == written
