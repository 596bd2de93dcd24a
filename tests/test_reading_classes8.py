"""Issue 13, classes found on the eighth blind set (holdout8), each tested with wording of its
own: a bare compass word ("the port of X, north of Y") read loosely; ..."""

from __future__ import annotations

import pytest

from georoute.verify import verify

from .reading import findings as _findings
from .reading import relations as _relations


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
        # what a vehicle or an animal can do, and the time that goes with it
        (
            "The operator ordered 12 new trains, which can run at up to 200 km/h.",
            "200 km/h",
            "limit",
        ),
        ("Camels that can carry loads for 60 km in a day were hired.", "a day", "limit"),
        # a time when no one travelled
        (
            '"We could not sail for three weeks," said the skipper of the Lake Malawi ferry.',
            "three weeks",
            "event",
        ),
        ("The pass into Ladakh was impassable for ten days.", "ten days", "event"),
        # a minimum someone must cover
        ("A medal goes to those who ride at least the final 50 km.", "50 km", "limit"),
        ("Entrants must cover a minimum of 300 km to qualify.", "300 km", "limit"),
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


def test_a_position_between_commas_is_a_separation_not_a_leg():
    text = (
        "The team was flown from Punta Arenas to the Patriot Hills camp, about 1,080 km from "
        "the pole, a flight of about five hours."
    )
    claims = {c["text"]: c for c in verify(texts=[text]).to_dict()["claims"]}
    assert claims["1,080 km"]["relation"] == "separation"
    # not "from Y to Z": that is a leg
    text = "He rode on, 90 km from Durban to Pietermaritzburg, in five hours."
    claims = {c["text"]: c for c in verify(texts=[text]).to_dict()["claims"]}
    assert claims["90 km"]["relation"] == "leg"


def test_a_border_crossing_point_is_passed_on_the_way_and_the_next_sentence_goes_on():
    text = (
        "The cyclists rode into Tashkent on Friday, completing a 300-km ride from Shymkent. "
        "They crossed the border at the Zhibek Zholy checkpoint and took four days to cover "
        "the distance, averaging about 75 km a day."
    )
    (f,) = _findings(text, "speed_distance_time")
    assert f["verdict"] == "consistent", f["message"]
    roles = {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] == "place"
    }
    assert roles.get("Shymkent") == "origin" and roles.get("Tashkent") == "destination"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # Reims lies 131 km from Paris: 215 km may be by road, 330 km is too long for that
        ("Reims, 215 km from Paris, drew the crowds.", "unverifiable"),
        ("Reims, which lies 330 km from Paris, drew the crowds.", "inconsistent"),
        # with a compass word it is a straight line, judged as such
        ("Reims, which lies 215 km east of Paris, drew the crowds.", "inconsistent"),
        # shorter than the geodesic: no road beats it
        ("Reims, which lies 60 km from Paris, drew the crowds.", "inconsistent"),
    ],
)
def test_a_separation_longer_than_the_geodesic_may_be_a_roads_length(sentence, verdict):
    (f,) = _findings(sentence, "separation")
    assert f["verdict"] == verdict, f["message"]


def test_an_airport_named_before_a_lower_case_airport_word_is_that_airport():
    from georoute.geo.gazetteer import Gazetteer
    from georoute.geo.mentions import find_mentions

    text = "The jet left Naha airport at 9 a.m. and landed at New Chitose airport at noon."
    got = {m.text: m.place.name for m in find_mentions(text, Gazetteer()) if m.place}
    assert got["New Chitose airport"] == "New Chitose Airport"
    assert got["Naha"] == "Naha"  # a town's name before "airport" stays the town


@pytest.mark.parametrize(
    ("sentence", "clocks"),
    [
        (
            "The plane took off at 0915 local time and landed at 1340, a flight of four hours "
            "and 25 minutes.",
            ["0915 local time", "1340"],
        ),
        # alone, "at 2010" is no clock time
        ("Fares returned to the levels seen at 2010 on the line from Paris to Lyon.", []),
    ],
)
def test_a_four_digit_time_after_at_is_a_clock_time_beside_a_military_one(sentence, clocks):
    times = [c["text"] for c in verify(texts=[sentence]).to_dict()["claims"] if c["kind"] == "time"]
    assert times == clocks


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        (
            "The steam train ran 300 km from York to London in six hours. A modern express makes "
            "the same journey in under two hours.",
            "two hours",
            "other",
        ),
        (
            "The new sleeper train left Berlin at 6 a.m. and the train reached Munich at 10:05 "
            "a.m., the railway said. On the motorway, the drive from Berlin to Munich takes about "
            "eight hours.",
            "eight hours",
            "other",
        ),
        (
            '"When I was a child the ferry took three hours," said a passenger, 81, on the '
            "crossing from Oban to Mull.",
            "three hours",
            "former",
        ),
    ],
)
def test_another_vehicles_time_and_a_childhood_memory_are_no_legs(sentence, figure, relation):
    assert _relations(sentence).get(figure) == relation


def test_a_crossing_to_a_place_ends_there_and_a_clock_time_does_not_end_the_clause():
    from georoute.extraction.endpoints import place_relation

    assert place_relation("The boat covered the 40-km crossing to ") == "destination"
    assert place_relation("the night ferries leaving the port of ") == "origin"
    assert place_relation("The express left the Baltic city of ") == "origin"
    assert place_relation("She was leaving the Ministry of ") is None
    assert place_relation("The ship left the harbour at 7:30 a.m. for the island of ") == (
        "destination"
    )


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Tijuana and San Diego are only about 25 km apart.", "separation"),
        ("The two cities' centres are only about 25 km apart.", "separation"),  # unplaced
        # the length of a link its sentence names by its ends
        ("The ferry links Dover and Calais, 42 km apart, in 90 minutes.", "leg"),
    ],
)
def test_places_so_far_apart_are_a_separation_unless_the_sentence_links_them(sentence, relation):
    (q,) = [c for c in verify(texts=[sentence]).to_dict()["claims"] if c["kind"] == "distance"]
    assert q["relation"] == relation


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        (
            "The Kapchagay reservoir stretches for about 90 km along the Ili river.",
            "90 km",
            "feature",
        ),
        ("A crosswind in the final 15 kilometres split the peloton.", "15 kilometres", "part"),
        ("The riders were together over the first 30 km.", "30 km", "part"),
    ],
)
def test_stretches_and_parts_of_a_course_are_no_legs(sentence, figure, relation):
    assert _relations(sentence).get(figure) == relation


@pytest.mark.parametrize(
    "second",
    [
        # the way a rider takes is no other mode
        "She completed the journey along the Stuart Highway in 11 days, averaging about 12 km/h.",
        # a follow-on sentence without the year of the first is the same trip
        "The riders covered the distance in 11 days, averaging about 12 km/h.",
    ],
)
def test_the_sentence_after_a_named_leg_goes_on_about_it(second):
    text = (
        "DARWIN, April 1, 2026 (AAP) - A cyclist arrived in Darwin on Wednesday after a "
        f"3,030km ride from Adelaide, begun on March 21, 2026. {second}"
    )
    (f,) = _findings(text, "speed_distance_time")
    assert "3,030" in f["message"] and "12 km/h" in f["message"], f["message"]


def test_a_bus_in_the_next_sentence_is_another_mode_and_does_not_go_on_about_the_ride():
    text = (
        "A cyclist arrived in Darwin on Wednesday after a 3,030km ride from Adelaide. The "
        "support bus on the highway took 40 hours."
    )
    assert not any("40 hours" in f["message"] for f in _findings(text, "speed_distance_time"))


# -- classes found on holdout9 (measured unseen first) --------------------------------------
def test_two_figures_joined_by_and_are_a_list_not_a_range():
    from georoute.text.quantities import find_quantities

    assert [q.text for q in find_quantities("The stops lasted 18 and 22 minutes.")] == [
        "22 minutes"
    ]
    assert [q.text for q in find_quantities("speeds between 40 and 60 mph")] == ["40 and 60 mph"]
    assert [q.text for q in find_quantities("a trip of 3 to 4 days")] == ["3 to 4 days"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The stops, near Leipzig and at Nuremberg, lasted 18 and 22 minutes.", "22 minutes"),
        ("The van made a charging stop of 25 minutes in Kassel.", "25 minutes"),
    ],
)
def test_stops_and_breaks_are_stays(sentence, figure):
    assert _relations(sentence).get(figure) == "stay"


def test_a_compass_word_after_a_comma_is_about_the_name_before_the_comma():
    text = (
        "The bird left the Yukon-Kuskokwim Delta in western Alaska and was recorded on the "
        "mudflats near Miranda, south-east of Auckland, early on Wednesday."
    )
    (f,) = _findings(text, "direction")
    assert f["verdict"] == "unverifiable" and "not both resolved" in f["message"]


def test_a_yearless_date_days_before_the_departure_is_not_judged_in_the_wrong_order():
    import datetime as dt

    from georoute.base.documents import Document

    text = (
        "NOME, Alaska (AP) - The race left Anchorage on Saturday, March 7, 2026, and the "
        "winner reached Nome after nine days. In 1925 the serum relay reached Nome on "
        "Monday, Feb. 2, after just over five days."
    )
    report = verify([Document("t", text, None, dt.date(2026, 3, 16))]).to_dict()
    wrong = [f for f in report["findings"] if "wrong order" in f["message"]]
    assert wrong and all(f["verdict"] == "unverifiable" for f in wrong)
    assert "without its year" in wrong[0]["message"]


def test_noon_and_midday_are_clock_times_and_the_same_day_keeps_the_day():
    from georoute.text.timeexpr import find_times

    got = find_times("The rider left Perth at 5am and reached Bunbury at noon the same day.", None)
    clocks = [(t.text, t.clock) for t in got if t.clock is not None]
    assert [c[0] for c in clocks] == ["5am", "noon"] and clocks[1][1].hour == 12
    assert not find_times("The afternoon was hot.", None)  # "noon" inside a word is no time


def test_a_dateless_clock_pair_cannot_test_a_duration_vaguer_than_a_day():
    text = (
        "The rider left Perth at 5am and reached Bunbury at noon after seven hours. She took "
        "up cycling seven years ago and has ridden for a few years since."
    )
    fs = _findings(text, "timeline")
    assert fs and all("years" not in f["message"] for f in fs)
    assert _relations(text).get("seven years") == "offset"


def test_a_facility_named_by_its_city_keeps_the_city_a_place_for_the_whole_article():
    from georoute.geo.gazetteer import Gazetteer
    from georoute.geo.mentions import find_mentions

    text = (
        "The aircraft took off from RAAF Base Darwin at 6.10am local time. Dili lies "
        "north-west of Darwin."
    )
    assert [m.place.name for m in find_mentions(text, Gazetteer()) if m.place].count("Darwin") == 2


def test_a_dateless_clock_pair_is_judged_with_its_own_duration_only():
    text = (
        "Aid must reach Dili within 48 hours. The plane took off from Darwin at 6.10am local "
        "time and touched down in Dili at 7.25am Dili time, a flight of one hour and 45 minutes."
    )
    fs = [f for f in _findings(text, "timeline") if "6.10am" in f["message"]]
    assert fs and all("48 hours" not in f["message"] for f in fs)


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        (
            "The ship docked at Apia on Friday, beginning a six-day medical mission in Samoa.",
            "six-day",
            "event",
        ),
        ("The squad flew to Doha to start a two-week winter training camp.", "two-week", "event"),
        (
            "The course record of 21 hours and 53 minutes on the road from Athens to Sparta "
            "stands.",
            "21 hours and 53 minutes",
            "other",
        ),
        (
            "The relief flight landed in Kathmandu three days after a magnitude 7.8 earthquake.",
            "three days",
            "offset",
        ),
        (
            "The new flight from Milan to Bari costs 60 euros, against 90 euros for the 10-hour "
            "overnight train journey.",
            "10-hour",
            "other",
        ),
    ],
)
def test_events_records_disasters_and_other_modes_journeys_are_no_legs(sentence, figure, relation):
    assert _relations(sentence).get(figure) == relation
