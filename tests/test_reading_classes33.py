"""Round 28's classes (issue 13)."""

from __future__ import annotations

from tests.reading import findings

_SEAT = (
    "{city}, June 29, 2026 (CP) - The riders left the legislature in {seat} on Saturday and "
    "rode 260 kilometres up the highway to {town}, {way} of the {what}, in two days."
)


def _direction(text: str) -> list[dict]:
    return findings(text, "direction")


def test_a_compass_word_from_a_regions_seat_written_by_the_regions_name():
    text = _SEAT.format(
        city="MONCTON", seat="Halifax", town="Moncton", way="northwest", what="Nova Scotia capital"
    )
    (f,) = _direction(text)
    assert f["verdict"] == "consistent", f  # (before: no direction read at all)
    assert "Halifax" in f["message"] and "Moncton" in f["message"], f


def test_a_compass_word_from_the_provincial_capital_the_story_started_in():
    text = _SEAT.format(
        city="SASKATOON", seat="Regina", town="Saskatoon", way="northwest",
        what="provincial capital",
    )  # fmt: skip
    (f,) = _direction(text)
    assert f["verdict"] == "consistent", f
    assert "of Regina" in f["message"], f
    (bad,) = _direction(text.replace("northwest", "southeast"))
    assert bad["verdict"] == "inconsistent", bad


def test_the_provincial_capital_is_not_guessed_among_two_towns_of_the_province():
    text = _SEAT.format(
        city="SASKATOON", seat="Regina", town="Saskatoon", way="southeast",
        what="provincial capital",
    ).replace("on Saturday", "and Moose Jaw on Saturday")  # fmt: skip
    got = _direction(text)
    assert got and all(f["verdict"] == "unverifiable" for f in got), got
    # nor a town of another province: the seat of the subject's own region is meant
    text = _SEAT.format(
        city="MONCTON", seat="Halifax", town="Moncton", way="southeast",
        what="provincial capital",
    )  # fmt: skip
    got = _direction(text)
    assert all(f["verdict"] == "unverifiable" for f in got), got
