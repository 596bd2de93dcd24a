"""Issue 13, classes found on the twenty-second development set (holdout22), each tested with
wording of its own and a variant: a pronoun that stands for its own sentence's acting subject
(a vessel, a convoy), not for a place of the sentence before; a hedge of several words ("a
little over", "just under") before a figure that a qualifier rule reads; figures of no leg: the
length of a section of a line or a road, a line's length told after an aside, what another
way would have been, how long someone was held, how long a named event lasts, a figure for each
time, how long a tour of visits lasts; a speed "cruising at" told of the flight itself; a trip
home that starts where the story's last leg ended; a distance "away by road" that is the way
there, not a straight line; an arrival told by where a ship anchors or an aircraft comes down;
a town named with its state after it ("Biloxi, Miss., some 390 miles from"); how far into a
journey something happened ("about an hour into the voyage"); the way a leg ran, told by a compass
word before its end ("flew about 210 km north to B"); a dateline whose place is written with
accented capitals ("A CORUÑA, Jan 22, 2025")."""

from __future__ import annotations

import pytest

from .reading import findings, relations

# -- a pronoun after the sentence's own acting subject is that subject ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The trawler, built in 1994, sent a distress call when it was about 40 nautical miles "
        "north of Gijon.",
        "A cargo ship carrying timber lost power on Monday while it was some 70 km north of Gijon.",
    ],
)
def test_a_pronoun_of_the_sentences_own_subject_places_no_earlier_town(sentence):
    # read as Bilbao (the place of the sentence before), the separation (Gijon-Bilbao is about
    # 205 km) and the direction (Bilbao lies east of Gijon) would be inconsistent
    text = (
        "BILBAO, Spain, Feb. 4, 2025 (Agency) - A tug towed a disabled ship into Bilbao. "
        + sentence
    )
    for check in ("separation", "direction"):
        assert all(f["verdict"] == "unverifiable" for f in findings(text, check)), check


def test_a_pronoun_opening_its_sentence_still_refers_back():
    text = (
        "OVIEDO, Spain, Feb. 4, 2025 (Agency) - The ferry docked at Gijon on Tuesday. It lies "
        "about 205 km west of Bilbao."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f["message"]


# -- a hedge of several words before a figure that a qualifier rule reads ----------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The airship landed after a flight of some 80 km lasting a little over five hours.",
            "five hours",
        ),
        ("The barge docked after a voyage of 300 km lasting just under two days.", "two days"),
    ],
)
def test_a_journey_lasting_a_many_word_hedge_is_the_journey(sentence, figure):
    assert relations(sentence)[figure] in (None, "leg")


def test_a_stay_lasting_a_many_word_hedge_stays_a_stay():
    text = "The delegation stayed in the capital for a little over three days."
    assert relations(text)["three days"] == "stay"


# -- the length of a section of a line or a road, named with "the" ----------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The 240-km northern section of the motorway is being widened to six lanes.", "240-km"),
        (
            "Police doubled patrols on the 300-kilometre stretch between the two oases.",
            "300-kilometre",
        ),
        ("The 95-mile segment through the hills opened to traffic in 2019.", "95-mile"),
    ],
)
def test_a_section_no_verb_of_travel_takes_is_a_feature(sentence, figure):
    assert relations(sentence)[figure] == "feature"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The riders covered the 115-km final stretch in two days.", "115-km"),
        ("The convoy drove the 240-km section between the two towns in four hours.", "240-km"),
        ("The next leg, the 150-km stretch between the lakes, took the walkers a week.", "150-km"),
    ],
)
def test_a_section_travelled_is_the_journey(sentence, figure):
    assert relations(sentence)[figure] in (None, "leg")


# -- a line's length told by its verb after an aside ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The coast highway, opened by the king in 1972, runs 900 kilometres from Agadir to "
            "Dakhla.",
            "900 kilometres",
        ),
        (
            "The desert railway, laid by a French company in the 1950s, ran some 1,400 km to the "
            "port.",
            "1,400 km",
        ),
    ],
)
def test_a_lines_length_after_an_aside_is_a_feature(sentence, figure):
    assert relations(sentence)[figure] == "feature"


def test_a_convoy_that_ran_after_an_aside_keeps_its_distance():
    text = "The convoy, escorted by police, drove 900 kilometres from Agadir to Dakhla."
    assert relations(text)["900 kilometres"] in (None, "leg")


# -- what another way would have been ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Through the canal, the same voyage would have been about 6,000 nautical miles.",
            "6,000 nautical miles",
        ),
        ("Round the north, the crossing would have covered some 9,400 km.", "9,400 km"),
    ],
)
def test_what_another_way_would_have_been_is_another_trip(sentence, figure):
    assert relations(sentence)[figure] == "other"


def test_what_the_voyage_was_is_the_journey():
    text = "The voyage round the cape was about 11,000 nautical miles."
    assert relations(text)["11,000 nautical miles"] in (None, "leg")


# -- how long someone was held, treated or hidden ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The engineer said he lost weight during 640 days in custody.", "640 days"),
        ("She was flown home after 400 days of captivity.", "400 days"),
        ("The crew were released after 21 days in quarantine.", "21 days"),
    ],
)
def test_a_time_held_somewhere_is_a_stay(sentence, figure):
    assert relations(sentence)[figure] == "stay"


# -- how long a named event lasts, told by its verb ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Balloons from 12 countries join the fair, which runs for ten days.", "ten days"),
        ("The summit usually lasts three days.", "three days"),
    ],
)
def test_an_events_length_told_by_its_verb_is_an_event(sentence, figure):
    assert relations(sentence)[figure] == "event"


def test_a_crossing_that_lasts_is_the_journey():
    assert relations("The crossing lasts about two hours.")["two hours"] in (None, "leg")


# -- a figure for each time something is done ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Scientists will camp on the ice for up to four days at a time.", "four days"),
        ("The pilots flew patrols of six hours at a stretch.", "six hours"),
    ],
)
def test_a_figure_for_each_time_is_a_part(sentence, figure):
    assert relations(sentence)[figure] == "part"


# -- how long a tour of visits lasts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The president flew home after a four-day regional tour of the Gulf.", "four-day"),
        ("The minister returned on Friday from a six-day, three-nation tour.", "six-day"),
    ],
)
def test_a_tour_of_visits_is_an_event(sentence, figure):
    assert relations(sentence)[figure] == "event"


def test_a_cycling_tour_is_the_journey():
    text = "The riders finished a ten-day cycling tour of the island."
    assert relations(text)["ten-day"] in (None, "leg")


# -- a speed "cruising at" told of the flight itself is its speed --------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The helicopter flew 180 km to the island in 50 minutes, cruising at about 220 km/h.",
            "220 km/h",
        ),
        (
            "The turboprop, cruising at around 450 km/h, covered the 600 km in 80 minutes.",
            "450 km/h",
        ),
    ],
)
def test_a_flight_cruising_at_a_speed_keeps_it(sentence, figure):
    assert relations(sentence)[figure] in (None, "leg")
    (f,) = findings(sentence, "speed_distance_time")
    assert f["verdict"] == "consistent", f["message"]


def test_a_vehicle_that_cruises_at_a_speed_states_its_capability():
    assert relations("The jet cruises at about 850 km/h.")["850 km/h"] == "limit"


# -- a trip home starts where the story's last leg ended ---------------------------------------

_AWAY = (
    "ISTANBUL, May 6, 2025 (Agency) - The minister flew from Ankara to Tehran on Monday for talks. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "She flew home on Tuesday and landed in Ankara after a flight of some {d}.",
        "On Tuesday evening she headed home, completing the roughly {d} return leg to Ankara.",
    ],
)
@pytest.mark.parametrize(
    ("distance", "verdict"), [("1,700 km", "consistent"), ("1,000 km", "inconsistent")]
)
def test_a_trip_home_starts_where_the_last_leg_ended(sentence, distance, verdict):
    # Tehran to Ankara: about 1,697 km on the geodesic
    text = _AWAY + sentence.format(
        d=distance if "leg" not in sentence else distance.replace(" ", "-")
    )
    fs = [f for f in findings(text, "geodesic_bound") if f["verdict"] != "unverifiable"]
    assert [f["verdict"] for f in fs] == [verdict], [f["message"] for f in fs]
    assert "Tehran to Ankara" in fs[0]["message"]


# -- a distance "away by road" or "by rail" is the way there, not a straight line ----------------

_BOUND = "SANTIAGO, March 4, 2025 (Agency) - The coach left Santiago at 8 a.m. bound for Mendoza, "


@pytest.mark.parametrize("where", ["some 360 km away by road", "some 360 km away on the highway"])
def test_a_distance_away_by_road_is_the_way_there(where):
    # Santiago to Mendoza: about 180 km on the geodesic, some 360 km over the Andes by road
    text = _BOUND + where + "."
    assert relations(text)["360 km"] in (None, "leg")
    assert findings(text, "separation") == []
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent", f["message"]


def test_a_distance_away_alone_stays_a_position():
    assert relations(_BOUND + "some 180 km away.")["180 km"] == "separation"


# -- an arrival told by where a ship anchors or an aircraft comes down ---------------------------

_YACHT = "SPLIT, Croatia, July 3, 2025 (Agency) - The yacht left Split at 8 a.m. on Wednesday and "


@pytest.mark.parametrize("verb", ["dropped anchor off", "anchored off"])
@pytest.mark.parametrize(
    ("duration", "verdict"), [("three", "consistent"), ("five", "inconsistent")]
)
def test_a_ship_that_anchors_arrives(verb, duration, verdict):
    text = _YACHT + f"{verb} Hvar at 11 a.m., {duration} hours later."
    (f,) = findings(text, "timeline")
    assert f["verdict"] == verdict, f["message"]
    assert relations(text)[f"{duration} hours"] in (None, "leg")


def test_an_aircraft_that_comes_down_arrives():
    text = (
        "ZAGREB, July 3, 2025 (Agency) - The balloon took off from Ljubljana at 7 a.m. on "
        "Wednesday and came down in a field near Zagreb at 11 a.m., four hours later."
    )
    assert relations(text)["four hours"] in (None, "leg")
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]


# -- a town named with its state after it, in wire style, is what lies there ------------------


@pytest.mark.parametrize(("miles", "verdict"), [("390", "consistent"), ("900", "inconsistent")])
def test_a_town_before_its_state_is_what_lies_there(miles, verdict):
    # Biloxi to Houston: about 628 km (390 miles) on the geodesic
    text = (
        "HOUSTON, March 4, 2025 (AP) — The squadron, based at an air base in Biloxi, Miss., "
        f"some {miles} miles from Houston, sent two aircraft."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == verdict, f["message"]


def test_a_town_before_its_state_lies_away_from_the_dateline():
    text = (
        "CHICAGO, March 4, 2025 (AP) — The patients were flown from Chicago to Rockford, Ill., "
        "about 120 kilometers away."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f["message"]


# -- how far into a journey something happened -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("About an hour into the voyage, the master turned back to port.", "an hour"),
        ("Two hours into the flight, the crew reported smoke in the cabin.", "Two hours"),
        ("Some 40 km into their trek, the porters stopped to rest.", "40 km"),
    ],
)
def test_a_moment_into_a_journey_is_a_part(sentence, figure):
    assert relations(sentence)[figure] == "part"


def test_a_journey_that_took_into_the_night_keeps_its_time():
    text = "The ferry crossed in about two hours, sailing into the night."
    assert relations(text)["two hours"] in (None, "leg")


# -- the way a leg ran, told by a compass word before its end ----------------------------------

_CONVOY = "NAIROBI, May 2, 2025 (Agency) - The convoy set off from Mombasa on Monday"


@pytest.mark.parametrize(
    ("word", "verdict"), [("north-west", "consistent"), ("south-west", "inconsistent")]
)
def test_a_compass_word_before_a_legs_end_is_its_direction(word, verdict):
    # Nairobi lies about 314 degrees (north-west) of Mombasa
    (f,) = findings(f"{_CONVOY} and drove {word} to Nairobi.", "direction")
    assert f["verdict"] == verdict, f["message"]


def test_a_compass_word_after_a_distance_before_a_legs_end_is_its_direction():
    text = (
        "LISBON, May 2, 2025 (Agency) - The aircraft took off from Lisbon at 9 a.m. and flew "
        "about 470 km north to Santiago de Compostela."
    )
    (f,) = findings(text, "direction")
    assert f["verdict"] == "consistent", f["message"]


def test_a_stop_on_the_way_leaves_the_way_unread():
    # the course runs from the stop, where the text leaves the convoy: a guess, never judged
    text = f"{_CONVOY}, stopped in Voi and drove south-west to Nairobi."
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "direction"))


def test_a_trip_home_still_to_come_takes_no_origin():
    text = (
        _AWAY + "She will fly home on Friday, completing the roughly 400-km return leg to Ankara."
    )
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "geodesic_bound"))


# -- a dateline whose place is written with accented capitals ------------------------------------


@pytest.mark.parametrize(
    "dateline", ["BOGOTÁ, March 4, 2025 (Agency) -", "SÃO PAULO, Brazil, March 4, 2025 (Agency) -"]
)
def test_a_dateline_with_accented_capitals_dates_the_article(dateline):
    # March 4, 2025 was a Tuesday
    (f,) = findings(f"{dateline} The first flight on the new route landed on Tuesday.", "calendar")
    assert f["verdict"] == "consistent", f["message"]
    assert "March 4, 2025" in f["message"]
