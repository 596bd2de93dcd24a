"""Issue 13, classes found on the twenty-fourth development set (holdout24, feature-style
historical and sporting journeys), each tested with wording of its own and a variant: the
subject of "D <direction> of Y" when a name the index lacks stands right before the figure;
figures of no leg (a speed made at one moment, a sleep, a climb's length, how far someone lives
from a place in travel time, what someone expects a trip will take, a figure set beside the
journey for comparison or in a "while" clause, a ticket's validity); a racing car's ceiling;
arrival by stepping off a vehicle or onto a platform."""

from __future__ import annotations

import pytest

from .reading import findings, relations

# -- the subject of a position: an unplaced name right before the figure ---------------------


@pytest.mark.parametrize(
    "clause",
    [
        "It reached Zarnow Creek, close to modern Kellerby and about 900 km north of Perth",
        "It made camp at Zarnow Creek, about 900 km north of Perth",
    ],
)
def test_an_unplaced_name_before_the_figure_is_what_lies_there(clause):
    # Geraldton (about 370 km north of Perth) named in the sentence before would be taken as
    # the subject: 900 km would not fit it, an "inconsistent" about the wrong place
    text = (
        "PERTH, March 3, 2025 (Agency) - The survey party left Geraldton in 1875. "
        f"{clause}, on May 2."
    )
    for check in ("separation", "direction"):
        assert all(f["verdict"] == "unverifiable" for f in findings(text, check)), check


def test_a_position_that_refers_back_to_a_named_town_is_still_checked():
    text = (
        "The convoy reached Geraldton on Friday. It lies about 370 km north of Perth on the coast."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f["message"]


# -- figures that describe no leg --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, figure, relation",
    [
        (
            '"For an hour we were making 11 knots under sail alone," the skipper said.',
            "11 knots",
            "instant",
        ),
        ("At times the ketch was making nine knots in the gusts.", "nine knots", "instant"),
        ("The crew slept for barely three hours before the final stage.", "three hours", "stay"),
        ("She napped for 20 minutes in the support van.", "20 minutes", "stay"),
        ("The final 2.4-km climb at 9 percent decided the race.", "2.4-km", "feature"),
        ("A 900-metre ascent waited before the summit.", "900-metre", "feature"),
        (
            "The rookie, who lives 15 minutes from the start line, finished fifth.",
            "15 minutes",
            "usual",
        ),
        ("Her coach grew up 40 minutes from the border.", "40 minutes", "usual"),
        (
            "He is now planning a ride to Hue, a trip he reckons will take four days.",
            "four days",
            "planned",
        ),
        ("They expect the crossing to take about 30 hours next time.", "30 hours", "planned"),
        (
            "By comparison, an express bus covers the same road in about six hours.",
            "six hours",
            "other",
        ),
        ("In contrast, a flight between the two cities takes 55 minutes.", "55 minutes", "other"),
        (
            "While jets cross the gulf at up to 900 km/h, the balloon drifted slowly west.",
            "900 km/h",
            "other",
        ),
        (
            "Whereas the ferry takes two hours, the swimmers needed most of the day.",
            "two hours",
            "other",
        ),
        ("The walkers bought a seven-day rail pass for the return.", "seven-day", "other"),
        ("Visitors need a 30-day visa to enter.", "30-day", "other"),
    ],
)
def test_a_figure_of_no_leg_keeps_its_relation(sentence, figure, relation):
    assert relations(sentence)[figure] == relation


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("While crossing the strait at 20 knots, the catamaran lost a rudder.", "20 knots"),
        ("The team rode 45 km to Trier on Friday.", "45 km"),
        ("The crew walked for three hours before dawn.", "three hours"),
    ],
)
def test_the_journey_s_own_figures_stay_legs(sentence, figure):
    assert relations(sentence)[figure] in (None, "leg")


def test_a_peak_speed_is_not_checked_as_the_voyage_average():
    text = (
        "The schooner sailed 2,000 nautical miles from Lisbon to Bermuda in 20 days. "
        '"At one point we were making 13 knots," the skipper said.'
    )
    for f in findings(text, "speed_distance_time") + findings(text, "plausibility"):
        assert "13 knots" not in f["message"], f["message"]


# -- a racing car's ceiling --------------------------------------------------------------------


@pytest.mark.parametrize("vehicle", ["hypercar", "racing car"])
def test_a_racing_car_is_not_held_to_the_road_ceiling(vehicle):
    text = f"The winning {vehicle} covered 5,000 km in 24 hours at Le Mans, averaging 208 km/h."
    fs = findings(text, "plausibility")
    assert fs and all(f["verdict"] != "inconsistent" for f in fs), fs


def test_a_road_car_is_still_held_to_the_road_ceiling():
    text = "The family drove their car 5,000 km from Madrid to Moscow in 20 hours."
    fs = findings(text, "plausibility")
    assert any(f["verdict"] == "inconsistent" for f in fs), fs


# -- arrival by stepping off a vehicle ---------------------------------------------------------


@pytest.mark.parametrize(
    "arrival",
    [
        "stepped onto the platform at Nagoya",
        "stepped off the train at Nagoya",
        "got off at Nagoya",
    ],
)
def test_stepping_off_at_a_station_ends_the_trip(arrival):
    # Tokyo to Nagoya: about 260 km on the geodesic, so 120 km is too short
    text = f"She boarded a local train in Tokyo at 6 a.m. and {arrival} at noon, having covered 120 km."
    fs = findings(text, "geodesic_bound")
    assert any(f["verdict"] == "inconsistent" for f in fs), fs


# -- the trip's other end, from a straight line set against the route -------------------------


@pytest.mark.parametrize(
    "contrast",
    [
        "Mombasa lies about 440 km south-east of Nairobi as the crow flies, but the convoy "
        "detoured through the hills.",
        "In a straight line Mombasa is some 440 km from Nairobi; the convoy's road wound far "
        "longer.",
    ],
)
def test_a_straight_line_from_the_origin_names_the_other_end(contrast):
    # 300 km could not join Nairobi and Mombasa (440 km apart), but an end inferred from the
    # contrast is never called short: the figure is at least judged against the right place
    text = f"The convoy set off from Nairobi on Monday and drove about 900 km over six days. {contrast}"
    fs = findings(text, "geodesic_bound")
    if contrast.startswith("Mombasa lies"):
        assert any(f["verdict"] == "consistent" and "Mombasa" in f["message"] for f in fs), fs
    assert all(f["verdict"] != "inconsistent" for f in fs), fs


def test_a_straight_line_without_the_contrast_names_no_end():
    text = (
        "The convoy set off from Nairobi on Monday and drove about 900 km over six days. "
        "Mombasa lies about 440 km south-east of Nairobi."
    )
    assert all("Mombasa" not in f["message"] for f in findings(text, "geodesic_bound"))


# -- the length of a longer route the journey is part of ---------------------------------------


@pytest.mark.parametrize(
    "sentence, figure",
    [
        (
            "The ride is part of the Danube cycle path, which runs some 2,850 km from the Black "
            "Forest to the Black Sea.",
            "2,850 km",
        ),
        ("Their walk was one stage of the Camino, which stretches about 800 km.", "800 km"),
    ],
)
def test_the_length_of_a_route_the_journey_is_part_of_is_a_feature(sentence, figure):
    assert relations(sentence)[figure] == "feature"


# -- a name inside the description after a place is no subject of the figure -----------------


@pytest.mark.parametrize(
    "description",
    ["the gateway to Kanha Tiger Reserve", "a base for Bandhavgarh Park"],
)
def test_a_name_inside_the_description_of_a_place_is_no_subject(description):
    # Jabalpur lies about 260 km north-east of Nagpur
    text = f"The bus heads for Jabalpur, {description}, about 260 km north-east of Nagpur."
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f["message"]
    assert "Jabalpur" in f["message"]


# -- the length of a circuit after its conversion; a race named by its length -----------------


@pytest.mark.parametrize(
    "circuit", ["the 5.9-kilometer (3.7-mile) Monza Circuit", "the 5.9-km Monza circuit"]
)
def test_a_circuit_s_length_is_no_leg(circuit):
    text = f"The car completed 300 laps of {circuit}, a distance of 1,770 kilometers."
    assert relations(text)[circuit.split()[1]] not in (None, "leg")


@pytest.mark.parametrize("race", ["the 12 Hours of Sebring", "the 24 Hours of Spa"])
def test_a_race_named_by_its_length_is_no_duration(race):
    text = f"Porsche won {race} on Sunday, covering 2,100 km."
    assert relations(text)[race.split()[1] + " Hours"] == "other"


# -- an origin named by a landmark and its street before the town ------------------------------


@pytest.mark.parametrize(
    "landmark",
    ["the Blue Door Diner on North Clark Street", "the old Union depot on West 5th Avenue"],
)
def test_a_landmark_with_its_street_leaves_from_its_town(landmark):
    # Chicago to Denver: about 1,480 km on the geodesic, so 600 miles (966 km) is too short
    text = f"The pair left {landmark} in Chicago on Monday and drove 600 miles to Denver."
    fs = findings(text, "geodesic_bound")
    assert any(f["verdict"] == "inconsistent" and "Chicago" in f["message"] for f in fs), fs


# -- a place after "from" that ages follow is the travellers' home -----------------------------


@pytest.mark.parametrize(
    "people", ["The two retired nurses from Leeds, 64 and 66,", "A baker from Leeds, 41,"]
)
def test_a_home_town_with_ages_is_no_origin(people):
    # Leeds to York would make 30 km consistent; York to Whitby (about 70 km) makes it short
    text = f"{people} walked from York to Whitby on Friday, about 30 km."
    for f in findings(text, "geodesic_bound"):
        assert "Leeds" not in f["message"], f["message"]


# -- times: stepping onto the platform; a race's field starting --------------------------------


@pytest.mark.parametrize("arrival", ["stepped onto the platform in Lyon", "stepped ashore in Lyon"])
def test_stepping_onto_the_platform_times_the_arrival(arrival):
    text = (
        "PARIS, May 5, 2025 (Agency) - Ana boarded a slow train in Paris at 6:10 a.m. on "
        f"Sunday and {arrival} at 1:40 p.m., seven and a half hours later."
    )
    fs = findings(text, "timeline")
    assert any(f["verdict"] == "consistent" for f in fs), fs


@pytest.mark.parametrize("field", ["Some 800 riders started", "The 60 mushers set off"])
def test_a_race_field_starting_times_the_departure(field):
    text = (
        "ANCHORAGE, March 9, 2025 (Agency) - "
        f"{field} at 10 a.m. on Saturday. The winner crossed the line at 4 p.m. on Sunday, "
        "30 hours after the start."
    )
    fs = findings(text, "timeline")
    assert any(f["verdict"] == "consistent" for f in fs), fs


# -- a time allowed or supplies carried are no journey's time ----------------------------------


@pytest.mark.parametrize(
    "sentence, figure, relation",
    [
        ("Riders have 36 hours to finish the course.", "36 hours", "limit"),
        ("Crews are given ten days to reach the island.", "ten days", "limit"),
        ("The raft carried food for 80 days.", "80 days", "limit"),
        ("They took water to last three weeks.", "three weeks", "limit"),
    ],
)
def test_a_time_allowed_or_supplies_carried_are_limits(sentence, figure, relation):
    assert relations(sentence)[figure] == relation


# -- a move still to come names no end of the trip reported ------------------------------------


@pytest.mark.parametrize(
    "onward",
    [
        "The Mistral will spend five days in Halifax before heading south to load sugar in "
        "Kingston, Jamaica, for the return leg.",
        "The Mistral will sail on to Kingston, Jamaica, next week to load sugar.",
    ],
)
def test_a_move_still_to_come_is_no_destination(onward):
    text = (
        "HALIFAX, May 9, 2025 (Agency) - The schooner Mistral tied up in Halifax on Friday. "
        "The vessel left Rotterdam on Monday, April 28, and covered some 5,000 km in 11 days. "
        f"{onward}"
    )
    fs = findings(text, "geodesic_bound")
    assert any("Halifax" in f["message"] for f in fs), fs
    assert all("Kingston" not in f["message"] for f in fs), fs


# -- an anniversary piece tells a past trip: its dated sentences keep their ends ---------------


@pytest.mark.parametrize(
    "start, arrival",
    [
        ("On Monday, June 2, 1986, the crew set off from Lisbon", "reached Funchal on June 4"),
        ("The crew left Lisbon on Monday, June 2, 1986,", "docked in Funchal two days later"),
    ],
)
def test_a_past_trip_the_story_tells_keeps_its_ends(start, arrival):
    # Lisbon to Funchal: about 970 km on the geodesic
    text = (
        "FUNCHAL, June 4, 2026 (Agency) - Islanders gathered at the harbour on Thursday to mark "
        f"40 years since the first crossing by a solar boat. {start} and {arrival}. "
        "The boat covered some 1,100 km at sea."
    )
    fs = findings(text, "geodesic_bound")
    assert any(
        "1,100 km" in f["message"] and "Lisbon" in f["message"] and "Funchal" in f["message"]
        for f in fs
    ), fs


def test_a_past_year_that_tells_no_trip_leaves_the_story_s_year():
    # the line's opening date tells no trip: today's run keeps its ends
    text = (
        "TOKYO, Oct. 8, 2024 (Agency) - The first train of the day left Tokyo at 6 a.m. on "
        "Tuesday and arrived at Osaka at 8:27 a.m. It covered 500 km in under two and a half "
        "hours. The line opened on Oct. 1, 1964."
    )
    fs = findings(text, "geodesic_bound")
    assert any("Tokyo" in f["message"] and "Osaka" in f["message"] for f in fs), fs


# -- a route that includes a crossing to a place passes it -------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "The route included a ferry crossing to Tunis.",
        "The route, which included a short hop to Tunis, crossed three deserts.",
    ],
)
def test_a_crossing_the_route_included_is_no_end(clause):
    text = (
        "DAKAR, Jan 20, 2025 (Agency) - The rally left Lyon on January 8. On Sunday, 74 cars "
        f"reached Dakar, after about 9,000 km. {clause}"
    )
    fs = findings(text, "geodesic_bound")
    assert any("Lyon to Dakar" in f["message"] for f in fs), fs
