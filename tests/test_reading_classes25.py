"""Issue 13, classes of round 20 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

import pytest

from .reading import findings, relations

# --- a time of days set against the pace its mode keeps over days ------------------------------


def test_months_on_a_bicycle_are_judged_against_the_pace_of_days_not_called_idle():
    text = (
        "GALWAY, Ireland, Oct 2, 1971 (AP) - Her ride of some 2,800 miles (4,500 km) from Calais "
        "to Galway by bicycle took about five months."
    )
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "consistent", f["message"]
    assert "a day" in f["message"] and "Race Across America" in f["message"]
    assert f["computed"]["days_pace_kmh"] == 27.0


def test_a_time_of_days_far_too_long_for_the_way_stays_not_judged():
    text = (
        "GALWAY, Ireland, Oct 2, 1971 (AP) - Her ride of some 60 miles from Ennis to Galway by "
        "bicycle took about five months."
    )
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "unverifiable"
    assert "a cyclist over days has kept" in f["message"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two pilgrims walked about 1,400 km (870 miles) in roughly three months.",
        "They reached Lhasa nearly three months after leaving Xining, having walked about 1,400 km.",
    ],
)
def test_months_after_a_journey_verb_and_its_distance_or_after_leaving_time_the_journey(
    sentence,
):
    text = f"LHASA, March 2, 1925 (Reuters) - {sentence}"
    rel = relations(text)
    assert rel["three months"] == "leg", rel


def test_months_of_a_closure_stay_a_span():
    text = "LHASA, March 2, 1925 (Reuters) - The monastery stood closed for three months last year."
    assert relations(text)["three months"] != "leg"


# --- the 24-hour stop clock of wire copy that writes no "a.m." -----------------------------------

_BUS = (
    "BITOLA, North Macedonia, April 2, 2024 (MIA) - The first bus left Struga at {dep} and "
    "reached Bitola at {arr}, covering the road in {dur} minutes."
)


def test_two_stop_clocks_in_rising_order_are_read_as_the_24_hour_clock():
    (f,) = findings(_BUS.format(dep="9.05", arr="10.35", dur=90), "timeline")
    assert f["verdict"] == "consistent", f["message"]
    (g,) = findings(_BUS.format(dep="9.05", arr="10.35", dur=50), "timeline")
    assert g["verdict"] == "inconsistent", g["message"]


def test_stop_clocks_that_fall_back_may_cross_noon_and_stay_unread():
    assert findings(_BUS.format(dep="11.40", arr="1.10", dur=90), "timeline") == []
