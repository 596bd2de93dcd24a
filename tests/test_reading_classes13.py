"""Issue 13, classes found on the weakest blind sets (holdout9, holdout11, holdout12 and
holdout13), each tested with wording of its own: a mode word that only qualifies the vehicle
named after it ("a road bike"); the course of a named event someone has done before."""

from __future__ import annotations

import pytest

from .reading import findings, relations


@pytest.mark.parametrize(
    ("text", "network"),
    [
        # "road" of "a road bike" qualifies the bicycle
        ("Lee covered 600 km from Perth to Albany in 30 hours on a light road bike.", "bicycle"),
        # "car" of "a car ferry" qualifies the ferry
        ("The old car ferry covered 300 km from Split to Ancona in nine hours.", "ship"),
    ],
)
def test_a_mode_word_before_another_vehicle_only_qualifies_it(text, network):
    got = findings(text, "route_length")
    assert got and all(f"no {network} network" in f["message"] for f in got), got


def test_a_road_bike_is_held_to_a_cyclists_limit():
    text = "Lee rode 600 km from Perth to Albany in five hours on a carbon road bike."
    got = findings(text, "plausibility")
    assert [f["verdict"] for f in got] == ["inconsistent"], got
    assert "cyclist" in got[0]["message"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Okafor has previously run the 90 km Two Oceans Ultra three times.", "90 km"),
        ("She had twice finished the 5,000-kilometre Trans Andes Rally.", "5,000-kilometre"),
    ],
)
def test_a_named_event_done_before_is_no_leg(sentence, figure):
    text = "Okafor ran 60 km from Durban to Pietermaritzburg in seven hours on Sunday. " + sentence
    got = relations(text)
    assert got[figure] == "other", got
    assert got["60 km"] == "leg"


def test_the_reported_race_is_still_the_leg():
    # the event of the story itself, in its own sentence with its ends, stays the trip
    text = "Okafor has completed the 60 km race from Durban to Pietermaritzburg in seven hours."
    assert relations(text)["60 km"] == "leg"
