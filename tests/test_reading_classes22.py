"""Issue 13, classes of round 17 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

from georoute.verify import verify

from .reading import findings


def _times(text: str) -> dict[str, dict]:
    """Each time claim of ``text`` by its words."""
    return {c["text"]: c for c in verify(texts=[text]).to_dict()["claims"] if c["kind"] == "time"}


# --- "the race started at 6 am on DATE": the clock is the start, not only the date ------------

_STARTED = (
    "LYON, June 3, 2026 (Agency) - Cycling clubs marked the anniversary of the old Lyon-Marseille "
    "race on Sunday. Its first edition started at 6 am on Saturday, June 1, 1895, and the winner "
    "reached Marseille at 8.40 am the next day after {dur} in the saddle."
)


def test_a_clock_after_started_at_is_the_departure():
    assert _times(_STARTED.format(dur="26 hours and 40 minutes"))["6 am"]["relation"] == "departure"


def test_the_start_clock_is_timed_against_the_stated_duration():
    (f,) = findings(_STARTED.format(dur="26 hours and 40 minutes"), "timeline")
    assert f["verdict"] == "consistent"
    assert "6 am" in f["message"]


# --- a clock read where its own clause says the traveller was ---------------------------------

_DOCKED = (
    "PALMA, Aug 2, 2026 (Agency) - The ferry left Barcelona at 11 pm on Friday, Aug 1, and docked "
    "at Alcudia at 7.30 am on Saturday after a crossing of {dur}."
)


def test_an_arrival_clock_takes_the_zone_of_the_port_named_before_it():
    t = _times(_DOCKED.format(dur="eight and a half hours"))
    assert t["7.30 am"]["zone"] == "Europe/Madrid"


def test_a_clock_for_a_destination_named_after_for_takes_no_zone_from_it():
    t = _times(
        "The ferry left Barcelona for Alcudia at 11 pm on Friday, Aug 1, 2026, and arrived on "
        "Saturday."
    )
    assert t["11 pm"]["zone"] is None
