"""Issue 13, classes counted on the blind sets holdout3 to holdout9 (round 8), each tested with
wording of its own: a figure called the whole journey in a sentence that names one end takes
the story's other end ..."""

from __future__ import annotations

import pytest

from georoute.verify import verify

from .reading import findings as _findings
from .reading import relations as _relations

# Lyon-Marseille: about 276 km on the geodesic; Toulouse-Bordeaux about 212 km.
_STORIES = {
    "lyon": (
        "date 2025-05-04\n\nA group of veteran cyclists left Lyon for Marseille on Saturday. "
        "The riders set off from Lyon at dawn and completed the {d} ride in three days."
    ),
    "lyon_dest": (
        "date 2025-05-04\n\nA group of veteran cyclists rode from Lyon on Saturday. They "
        "reached Marseille on Monday, finishing the whole {d} trek to Marseille in three days."
    ),
    "toulouse": (
        "date 2025-05-04\n\nFifty riders on horseback travelled from Toulouse to Bordeaux. "
        "Having left Toulouse on May 1, they covered the {d} route in nine days."
    ),
}


@pytest.mark.parametrize(
    ("story", "figure", "verdict"),
    [
        ("lyon", "120-km", "inconsistent"),
        ("lyon", "320-kilometre", "consistent"),
        ("lyon_dest", "150-mile", "inconsistent"),
        ("lyon_dest", "200-mile", "consistent"),
        ("toulouse", "150-km", "inconsistent"),
        ("toulouse", "about 260-km", "consistent"),
    ],
)
def test_the_whole_journey_with_one_end_named_takes_the_storys_other_end(story, figure, verdict):
    (f,) = _findings(_STORIES[story].format(d=figure), "geodesic_bound")
    assert f["verdict"] == verdict, f["message"]
    assert not f["computed"]["endpoints_inferred"]


@pytest.mark.parametrize(
    "second",
    [
        # a stage, a part or an indefinite figure is not the whole journey: not judged
        "The riders set off from Lyon at dawn and completed a 120-km ride on the first day.",
        "The riders set off from Lyon at dawn and finished the 120-km stage in four hours.",
        "The riders set off from Lyon at dawn and rode 120 km before lunch.",
    ],
)
def test_a_part_of_the_journey_from_its_named_end_is_not_judged_against_the_whole(second):
    text = f"date 2025-05-04\n\nA group of veteran cyclists left Lyon for Marseille. {second}"
    assert all(f["verdict"] != "inconsistent" for f in _findings(text, "geodesic_bound"))


def test_the_story_naming_two_ends_on_the_other_side_gives_no_end():
    text = (
        "date 2025-05-04\n\nThe cyclists left Lyon for Marseille. Others rode from Lyon to Nice. "
        "The riders set off from Lyon at dawn and completed the 120-km ride in three days."
    )
    assert all(f["verdict"] != "inconsistent" for f in _findings(text, "geodesic_bound"))


def test_an_unplaced_name_at_the_other_end_keeps_the_story_end_out():
    # "Pont-Fictif" is no place the gazetteer knows: the sentence's own end, not Marseille
    text = (
        "date 2025-05-04\n\nThe cyclists left Lyon for Marseille. The riders set off from "
        "Lyon at dawn and reached Pont-Fictif at dusk, completing the 120-km ride in a day."
    )
    assert all(f["verdict"] != "inconsistent" for f in _findings(text, "geodesic_bound"))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The line crosses the plain on a 478-kilometre section without a single curve.", "478"),
        ("The coach slowed on an 80-km stretch of dirt road near the border.", "80"),
        ("Snow closed a 12-mile segment of the highway on Tuesday.", "12"),
        ("Crews rebuilt a single 30 km portion of the track last year.", "30"),
    ],
)
def test_a_section_of_the_route_is_a_part_not_the_journey(sentence, figure):
    claims = verify(texts=[sentence]).to_dict()["claims"]
    (c,) = [c for c in claims if c["kind"] == "distance" and c["text"].startswith(figure)]
    assert c["relation"] == "part"


def test_an_unplaced_station_at_the_missing_end_keeps_the_story_end_out():
    # the station the sentence leaves from is its origin, unknown: not the story's Lyon
    text = (
        "date 2025-05-04\n\nThe train ran from Lyon to Marseille. It left Gare Imaginaire "
        "Centrale at 8am and reached Marseille at noon, covering the 120-km journey in four hours."
    )
    assert all(f["verdict"] != "inconsistent" for f in _findings(text, "geodesic_bound"))


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        # a line introduced by its length
        ("Kenya is also building a 480-km railway to the Ugandan border.", "480-km", "feature"),
        ("The port is served by an 80-mile highway that floods each spring.", "80-mile", "feature"),
        ("Ministers opened a 210 km rail link between the two ports.", "210 km", "feature"),
        # what a line or a service is due or meant to do
        (
            "A new tunnel, due to connect the valleys in about 25 minutes, opens in 2031.",
            "25 minutes",
            "planned",
        ),
        (
            "The upgrade is meant to shorten the crossing to just 50 minutes by 2030.",
            "50 minutes",
            "planned",
        ),
        # a rule's bound
        ("Pilots are restricted to 13 hours on duty under the new rules.", "13 hours", "limit"),
        ("Coach drivers are limited to nine hours of driving a day.", "nine hours", "limit"),
        # an activity counted in things
        ("At the camp, volunteers vaccinated 3,200 children in four days.", "four days", "event"),
        ("The festival sold 18,000 tickets in just six hours.", "six hours", "event"),
        # a sale or a rescue that took so long
        ("Seats on the first train sold out within 20 minutes.", "20 minutes", "event"),
        ("A lifeboat arrived at the scene within 40 minutes.", "40 minutes", "event"),
        # a record that stands, someone else's
        (
            "The crossing record, held by a Dane since 2011, stands at 14 hours.",
            "14 hours",
            "other",
        ),
        ("The national record for the route is about 31 hours.", "31 hours", "other"),
        # what a vessel can make, not its average
        ("The old steamers could make only 9 knots in calm water.", "9 knots", "limit"),
        ("Its tender, which can make 25 knots, stayed in port.", "25 knots", "limit"),
    ],
)
def test_figures_of_other_things_keep_their_relation(sentence, figure, relation):
    assert _relations(sentence).get(figure) == relation, _relations(sentence)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the journey itself stays a leg
        ("The riders set off on a 300-km road trip to the coast.", "300-km"),
        ("The team sailed the 90-mile crossing in 11 hours.", "11 hours"),
        ("She set a new record of 41 hours for the crossing.", "41 hours"),
        ("The ferry covered the 60 km to the island in three hours.", "three hours"),
    ],
)
def test_the_journeys_own_figures_stay_legs(sentence, figure):
    assert _relations(sentence).get(figure) in (None, "leg"), _relations(sentence)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Bordeaux lies about 210 km north-west of Toulouse (bearing about 307°)
        (
            "The riders left Toulouse for Bordeaux, the port city which lies about 210 km "
            "north-west of the southern city.",
            "consistent",
        ),
        (
            "The riders left Toulouse for Bordeaux, the port city which lies about 210 km "
            "south-east of the southern city.",
            "inconsistent",
        ),
        # "the Aquitaine regional capital": a name, placed; "the town" a place named before
        (
            "Trains run from Toulouse to Bordeaux. Bordeaux is about 210 km north-west of the "
            "town.",
            "consistent",
        ),
    ],
)
def test_a_place_described_in_words_is_the_one_the_story_named(text, verdict):
    (f,) = _findings("date 2025-05-04\n\n" + text, "direction")
    assert f["verdict"] == verdict, f["message"]
    assert "Toulouse" in f["message"]


def test_a_described_place_with_no_subject_before_it_stays_unverifiable():
    # what lies north of the city is a mountain the gazetteer lacks, not Toulouse's neighbour
    text = (
        "date 2025-05-04\n\nThe jet flew from Paris to Toulouse. The Pic Imaginaire, which "
        "shades Toulouse's suburbs, rises just 30 km north of the city."
    )
    assert all(f["verdict"] == "unverifiable" for f in _findings(text, "separation"))
    assert all(f["verdict"] == "unverifiable" for f in _findings(text, "direction"))


@pytest.mark.parametrize("words", ["the national capital", "the federal capital"])
def test_the_national_capital_is_the_capital_of_the_country_named(words):
    text = f"date 2025-05-04\n\nThe new express links Lyon with Paris. Lyon lies south-east of {words}."
    (f,) = _findings(text, "direction")
    assert f["verdict"] == "consistent" and "Paris" in f["message"], f["message"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The survivors were due to be flown to Rome, a two-hour flight, on Friday.", "two-hour"),
        (
            "They are expected to be taken by bus to the border, a ride of about six hours.",
            "six hours",
        ),
    ],
)
def test_a_transfer_still_to_come_is_planned(sentence, figure):
    assert _relations(sentence).get(figure) == "planned", _relations(sentence)


def test_a_facility_of_a_place_in_the_possessive_leaves_the_end_to_that_place():
    # "Kowloon" is a namesake abroad: the coach ends at Marseille, whose terminal it names
    text = (
        "date 2025-05-04\n\nThe coach left Lyon at 8am and reached Marseille's Kowloon bus "
        "terminal at noon, covering 315 km."
    )
    report = verify(texts=[text]).to_dict()
    roles = {c["text"]: c.get("relation") for c in report["claims"] if c["kind"] == "place"}
    assert roles["Lyon"] == "origin" and roles["Marseille"] == "destination"
    assert roles["Kowloon"] in (None, "destination")  # the terminal, at Marseille
    names = {p["id"]: p["name"] for p in report["places"]}
    assert "Kowloon" not in names.values()  # no namesake abroad is placed for it
    ends = {(names.get(lg["origin"]), names.get(lg["destination"])) for lg in report["legs"]}
    assert ends == {("Lyon", "Marseille")}


@pytest.mark.parametrize(
    "words",
    [
        "left Perrache bus terminal on the southern outskirts of Lyon",
        "left the Part-Dieu coach station in the east of Lyon",
        "left Gorlanne bus station outside Lyon",
    ],
)
def test_a_named_facility_in_a_town_makes_the_town_the_end(words):
    text = f"date 2025-05-04\n\nThe coach {words} at 7am and reached Marseille at noon."
    roles = {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] == "place"
    }
    assert roles.get("Lyon") == "origin" and roles.get("Marseille") == "destination", roles


@pytest.mark.parametrize("landmark", ["the Bavaria Gate", "the Provence Square"])
def test_a_landmark_named_after_a_region_is_no_end(landmark):
    text = (
        "date 2025-05-04\n\nA car drove from Lyon to Marseille on Sunday. It set off from "
        f"{landmark} at 7am and covered 320 km in four hours."
    )
    report = verify(texts=[text]).to_dict()
    roles = {c["text"]: c.get("relation") for c in report["claims"] if c["kind"] == "place"}
    assert all(v is None for k, v in roles.items() if k in landmark), roles
    names = {p["id"]: p["name"] for p in report["places"]}
    ends = {(names.get(lg["origin"]), names.get(lg["destination"])) for lg in report["legs"]}
    assert ends == {("Lyon", "Marseille")}, ends


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        ("A loaded goods train takes about 20 hours on the same line.", "20 hours", "other"),
        ("An ordinary bus needs nearly two days for the trip.", "two days", "other"),
        # one vehicle of the story, in the past: its own time
        ("A special train took 11 hours to reach the coast.", "11 hours", "leg"),
    ],
)
def test_one_vehicle_of_a_kind_in_the_present_is_any_such_vehicle(sentence, figure, relation):
    got = _relations(sentence).get(figure)
    assert (got or "leg") == relation, _relations(sentence)
