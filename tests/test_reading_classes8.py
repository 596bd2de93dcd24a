"""Issue 13, classes found on the eighth blind set (holdout8), each tested with wording of its
own: a bare compass word ("the port of X, north of Y") read loosely; ..."""

from __future__ import annotations

import pytest

from georoute.verify import verify


def _findings(text: str, check: str) -> list[dict]:
    return [f for f in verify(texts=[text]).to_dict()["findings"] if f["check"] == check]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # Nice lies ENE (73°) of Marseille: further north and further east, in neither sector
        ("The liner sailed to Nice, north of Marseille, at dawn.", "unverifiable"),
        ("The liner sailed to Nice, east of Marseille, at dawn.", "consistent"),
        ("The liner sailed to Nice, north-east of Marseille, at dawn.", "unverifiable"),
        # given with a distance, the compass word is judged by its sector
        ("The liner sailed to Nice, about 160 km north of Marseille.", "inconsistent"),
        # wrong even loosely: Nice is not further south, nor south and east
        ("The liner sailed to Nice, south of Marseille, at dawn.", "inconsistent"),
        ("The liner sailed to Nice, south-east of Marseille, at dawn.", "inconsistent"),
    ],
)
def test_a_bare_compass_word_is_judged_loosely_and_one_with_a_distance_strictly(sentence, verdict):
    (f,) = _findings(sentence, "direction")
    assert f["verdict"] == verdict, f["message"]
    if verdict == "unverifiable":
        assert "without a distance" in f["message"] and "73°" in f["message"]


def _relations(text: str) -> dict[str, str | None]:
    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] in ("distance", "duration", "speed")
    }


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        # where on the course something happened
        ("She attacked on the last climb, 18 km from the finish, and won.", "18 km", "part"),
        ("The cyclist punctured 40 miles into the stage near Tours.", "40 miles", "part"),
        ("With 12 km to go the Kenyan led the race into Nairobi.", "12 km", "part"),
        ("The climbers turned back 300 metres short of the summit.", "300 metres", "part"),
        # the size of a network, not a trip on it
        (
            "The country's rail network, one of Africa's oldest, now covers about 3,100 km.",
            "3,100 km",
            "feature",
        ),
        (
            "The operator plans to expand its bus network to 9,000 km by 2030.",
            "9,000 km",
            "feature",
        ),
        # clocks moved across zones
        ("Flying west, the squad gains nine hours before the opener.", "nine hours", "offset"),
        ("Passengers set their watches back two hours on landing.", "two hours", "offset"),
        # a season's or a year's travel
        ("The team bus travels some 60,000 km a season to away games.", "60,000 km", "usual"),
        # an earlier trip, told after "before the ... opened" with a long subject
        (
            "Before the bridge opened, the ferry between the two island towns took about three "
            "hours.",
            "three hours",
            "former",
        ),
    ],
)
def test_figures_that_are_not_the_journey_get_their_relation(sentence, figure, relation):
    rel = _relations(sentence)
    assert rel.get(figure) == relation, rel


def test_a_race_time_with_seconds_is_no_clock_time_but_a_clock_with_seconds_is():
    text = (
        "NAIROBI, June 2, 2025 (AP) - Kiprop won the race from Thika to Nairobi, finishing in "
        "2:11:37; the course record is 2:09:58. The team bus left at 07:15:00 local time."
    )
    times = [c["text"] for c in verify(texts=[text]).to_dict()["claims"] if c["kind"] == "time"]
    assert times == ["07:15:00 local time"]


def test_a_day_without_a_zone_gives_way_to_the_clock_time_of_that_day_in_the_places_zone():
    # 09:20 in Novosibirsk (UTC+7) to 11:00 in Moscow (UTC+3) is 5 h 40 min, not 3 h 40 min:
    # the arrival's day ("on Tuesday") must not stand in for its clock time
    text = (
        "MOSCOW, March 3 (TASS) - The squad arrived in Moscow on Tuesday. Their charter left "
        "Novosibirsk at 9:20 a.m. local time and landed in Moscow at 11:00 a.m. Moscow time "
        "after a flight of three hours and 40 minutes."
    )
    import datetime as dt

    from georoute.base.documents import Document

    report = verify([Document("t", text, None, dt.date(2026, 3, 3))]).to_dict()
    ids = {c["id"]: c["text"] for c in report["claims"]}
    (f,) = [f for f in report["findings"] if f["check"] == "timeline"]
    assert f["verdict"] == "inconsistent", f["message"]
    assert "11:00 a.m. Moscow time" in [ids[i] for i in f["claims"]]
