"""Issue 13, classes found on this round's blind sets (holdout17 to holdout20), each tested with
wording of its own: a compass word that fits the great circle's start but not the constant
bearing; a yearless date that a sentence looks forward to."""

from __future__ import annotations

import pytest

from .reading import findings

_COMPASS = (
    "PARIS, June 3, 2025 (Agency) - The night coach from Bucharest arrived on Tuesday after two "
    "days on the road. Paris lies some 1,870 km {word} of Bucharest."
)


@pytest.mark.parametrize("word", ["north-west", "west"])
def test_a_compass_word_fits_either_the_great_circle_or_the_constant_bearing(word):
    # from Bucharest, Paris starts at about 294° on the great circle (north-west) and lies at
    # about 285° on a constant bearing (west): a reader may mean either
    (f,) = findings(_COMPASS.format(word=word), "direction")
    assert f["verdict"] == "consistent", f["message"]
    assert f["computed"]["initial_bearing_deg"] > f["computed"]["rhumb_bearing_deg"]


def test_a_compass_word_neither_bearing_fits_is_still_inconsistent():
    (f,) = findings(_COMPASS.format(word="south-west"), "direction")
    assert f["verdict"] == "inconsistent", f["message"]


_AHEAD = (
    "ATHENS, May 8, 2024 (Agency) - The flame will now travel through 400 towns, before the "
    "opening ceremony on {day}, July 26."
)


def test_a_yearless_date_the_sentence_looks_forward_to_is_ahead_of_the_dateline():
    # July 26, 2024 was a Friday; read as the past July (2023) it would be a Wednesday
    (f,) = findings(_AHEAD.format(day="Friday"), "calendar")
    assert f["verdict"] == "consistent", f["message"]
    assert "2024" in f["message"]


def test_a_wrong_weekday_ahead_of_the_dateline_is_still_caught():
    (f,) = findings(_AHEAD.format(day="Thursday"), "calendar")
    assert f["verdict"] == "inconsistent", f["message"]


def test_a_yearless_date_told_in_the_past_keeps_the_past_year():
    text = (
        "ATHENS, May 8, 2024 (Agency) - The ship left Piraeus on Wednesday, July 26, and "
        "reached Marseille 11 days later."
    )
    (f,) = findings(text, "calendar")
    assert f["verdict"] == "consistent", f["message"]
    assert "2023" in f["message"]
