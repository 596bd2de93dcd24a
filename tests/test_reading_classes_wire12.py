"""Issue 13, classes found on the seventeenth blind set (holdout17), each tested with wording
of its own: a place named inside an appositive that describes the sentence's subject is not
what lies at the distance."""

from __future__ import annotations

import pytest

from .reading import findings

_APPOSITIVE = (
    "NAPLES, May 4, 2026 (Agency) - Ferries were full on Monday. "
    "Sorrento, {clause}, lies about {km} south of Naples."
)


@pytest.mark.parametrize(
    "clause",
    [
        "the town that looks across the bay to Capri",
        "a resort facing the island of Ischia",
        "where boats leave for Positano",
    ],
)
def test_a_place_inside_the_subject_s_appositive_is_not_what_lies_there(clause):
    # Sorrento lies some 25-30 km from Naples; the place named in the clause does not
    (f,) = findings(_APPOSITIVE.format(clause=clause, km="28 km"), "separation")
    assert f["verdict"] == "consistent", f["message"]
    assert "Sorrento" in f["message"], f["message"]


def test_the_subject_s_distance_still_fails_when_wrong():
    text = _APPOSITIVE.format(clause="the town that looks across the bay to Capri", km="90 km")
    (f,) = findings(text, "separation")
    assert f["verdict"] == "inconsistent", f["message"]
    assert "Sorrento" in f["message"], f["message"]


def test_a_place_that_the_clause_itself_places_stays_the_subject():
    # the figure stands inside the clause: what it places is the clause's own place
    text = (
        "ROME, May 4, 2026 (Agency) - Talks open on Monday with Slovenia, whose capital "
        "Ljubljana lies about 490 km north-east of Rome and which sells it power."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f["message"]
    assert "Ljubljana" in f["message"], f["message"]


_RAIL_THEN_AIR = (
    "TURIN, May 4, 2026 (Agency) - The new direct train left Turin at 8 a.m. on Monday and "
    "reached Naples at 2 p.m., covering about 860 km of track in six hours. {air}"
)


@pytest.mark.parametrize(
    "air",
    [
        "Budget airlines still sell seats between Turin and Naples, about 1 hour 20 minutes away.",
        "Several flights a day link Turin and Naples, a hop of roughly 1 hour 20 minutes.",
        "Flying between Turin and Naples takes about 1 hour 20 minutes.",
        "Travellers who have flown from Turin to Naples spent about 1 hour 20 minutes aloft.",
    ],
)
def test_a_sentence_about_flights_is_no_train_s_figure(air):
    # the flight's time is no train's: never "needs ... km/h by train, beyond ..."
    text = _RAIL_THEN_AIR.format(air=air)
    for f in findings(text, "plausibility"):
        if "1 hour 20 minutes" in f["message"]:
            assert "by train" not in f["message"], f["message"]
            assert f["verdict"] != "inconsistent", f["message"]
