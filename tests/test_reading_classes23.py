"""Issue 12 and 13, classes of round 18 found across the development sets, each tested with
wording of its own."""

from __future__ import annotations

import pytest

from georoute.base.modes import MODE_WORDS
from georoute.verify import verify

from .reading import findings, relations


def _report(text: str) -> dict:
    return verify(texts=[text]).to_dict()


def _unplaced(text: str) -> dict[str, str]:
    return {u["text"]: u["why"] for u in _report(text)["unplaced"]}


# --- a place whose name opens a church's or an abbey's keeps being the place ------------------

_ABBEY = (
    "Crowds filled the square in front of Bath Abbey on Saturday. Bath lies about 26 km north of "
    "Wells, where the pilgrims had set off at dawn."
)


def test_a_town_named_in_its_abbeys_name_stays_a_place_for_the_rest_of_the_text():
    places = {p["name"] for p in _report(_ABBEY)["places"]}
    assert "Bath" in places


def test_the_separation_from_that_town_is_checked():
    (f,) = findings(_ABBEY, "separation")
    assert f["verdict"] == "consistent"
    assert "Bath" in f["message"] and "Wells" in f["message"]


def test_a_minster_is_located_at_its_town():
    rep = _report(
        "Crowds filled the square in front of Beverley Minster in England, a short walk from "
        "the station."
    )
    assert any(p["name"] == "Beverley" for p in rep["places"])


# --- names in a statement of where something lies are listed when they cannot be placed ---------


def test_both_unknown_names_of_a_separation_are_listed_as_unplaced():
    why = _unplaced("Qorvath Springs lies about 40 km south-west of Telmarin Bay.")
    assert why.get("Qorvath Springs") == "not in the gazetteer"
    assert why.get("Telmarin Bay") == "not in the gazetteer"


def test_an_unknown_reference_after_a_compass_word_is_listed_and_the_check_is_unverifiable():
    text = "The camp lies some 60 km north-east of Vardelholm Point, the expedition said."
    assert "Vardelholm Point" in _unplaced(text)
    (f,) = findings(text, "separation")
    assert f["verdict"] == "unverifiable"


def test_a_pronoun_that_opens_a_statement_of_where_something_lies_is_no_unplaced_name():
    why = _unplaced(
        "The hikers set off from Chamonix on Monday. It lies some 15 km south-west of Argentiere."
    )
    assert "It" not in why


# --- a place's name written in two words is the place, not a bigger town's port ----------------

_TWO_WORDS = (
    "DENPASAR, Indonesia, Feb 3, 2026 (Agency) - The ferry left Padangbai at 9 am. Lembar, "
    "on Lombok, lies east of Padang Bai across the strait."
)


def test_a_name_written_in_two_words_is_the_place_of_that_name_in_one():
    (f,) = findings(_TWO_WORDS, "direction")
    assert "Padangbai" in f["message"]
    assert f["verdict"] == "consistent"


def test_a_saints_name_is_not_joined_into_another_place():
    rep = _report(
        "The run began in St. John's, Newfoundland, and ended near Thunder Bay. Victoria lies "
        "more than 4,000 km west of St. John's."
    )
    names = {p["name"] for p in rep["places"]}
    assert "Saint John" not in names


# --- skiers and skaters are modes of their own, held to their own records ---------------------


@pytest.mark.parametrize(
    ("word", "mode"),
    [("skiers", "ski"), ("on skis", "ski"), ("skaters", "skate"), ("on skates", "skate")],
)
def test_ski_and_skate_words_name_their_modes(word, mode):
    assert MODE_WORDS[word] == mode


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a ski marathon at about 24 km/h: what the fastest skiers keep
        (
            "The skiers raced the 58 km from Lillehammer to Gjovik in two hours and 25 minutes.",
            "consistent",
        ),
        # the same way in under an hour would need over 58 km/h for the whole race
        (
            "The skiers raced the 58 km from Lillehammer to Gjovik in 55 minutes.",
            "inconsistent",
        ),
        # 105 km in four hours, about 26 km/h: under the marathon skaters' record pace
        (
            "The skaters covered the 105 km from Leeuwarden to Groningen in four hours.",
            "consistent",
        ),
        (
            "The skaters covered the 105 km from Leeuwarden to Groningen in an hour and a half.",
            "inconsistent",
        ),
    ],
)
def test_ski_and_skate_ceilings(text, verdict):
    got = findings("OSLO, Feb 2, 2026 (Agency) - " + text, "plausibility")
    assert [f["verdict"] for f in got] == [verdict], got
    assert got[0]["computed"]["mode"] in ("ski", "skate")


# --- "the 67-year-old teacher from Osaka": a person's home, not where the walk starts -----------

_AGED_HOME = (
    "ROME, June 28, 2025 (Agency) - The 67-year-old retired teacher from Osaka walked 1,900 km "
    "to Rome in 85 days."
)


def test_a_place_after_an_aged_persons_description_is_no_origin():
    rep = _report(_AGED_HOME)
    names = {str(p["id"]): p["name"] for p in rep["places"]}
    origins = {names.get(str(leg["origin"])) for leg in rep["legs"]}
    assert rep["legs"]
    assert "Osaka" not in origins


def test_an_aged_vehicle_from_a_place_still_leaves_from_it():
    rep = _report(
        "HANOI, May 2, 2026 (Agency) - The 40-year-old ferry from Haiphong reached Cat Ba in "
        "two hours, covering 60 km."
    )
    names = {str(p["id"]): p["name"] for p in rep["places"]}
    assert any(names.get(str(leg["origin"])) == "Haiphong" for leg in rep["legs"])


# --- a zone abbreviation several countries share is read by the country the story names -------


def _zones(text: str) -> dict[str, str | None]:
    return {c["text"]: c["zone"] for c in _report(text)["claims"] if c["kind"] == "time"}


def test_ist_in_a_story_of_india_is_india_standard_time():
    z = _zones(
        "KOLKATA, Sep 18 (Agency) - The bus left Kolkata at 5.30 am IST and reached Dhaka at "
        "3 pm Bangladesh time, nine hours later."
    )
    assert z["5.30 am IST"] == "Asia/Kolkata"


def test_ist_in_a_story_of_israel_is_israel_standard_time():
    z = _zones(
        "TEL AVIV, Jan 8 (Agency) - The train left Tel Aviv at 7.10 am IST and reached "
        "Jerusalem at 7.45 am."
    )
    assert z["7.10 am IST"] == "Asia/Jerusalem"


def test_a_shared_abbreviation_is_not_guessed_when_the_story_names_two_of_its_countries():
    z = _zones("The flight left Dublin at 9 am IST for Delhi, India, on Monday.")
    assert "9 am IST" not in z


def test_the_timeline_of_a_clock_in_ist_fits_its_stated_duration():
    (f,) = findings(
        "KOLKATA, Sep 18 (Agency) - The bus left Kolkata at 5.30 am IST and reached Dhaka at "
        "3 pm Bangladesh time, nine hours later.",
        "timeline",
    )
    assert f["verdict"] == "consistent"


# --- an article without a date: a later part's duration is not set against earlier clocks -----

_UNDATED_FLIGHT = (
    "The rescue team took off from Incheon at 11:50 p.m. and landed at Adana at 5:40 a.m., "
    "some 12 hours later. The team then drove to Antakya, about 190 km, in about four hours."
)


def test_an_undated_flight_is_timed_by_its_own_duration_only():
    got = findings(_UNDATED_FLIGHT, "timeline")
    assert [f["verdict"] for f in got] == ["consistent"], got
    assert "12 hours" in got[0]["message"]


# --- figures that time or size nothing of the journey ------------------------------------------


def test_minutes_after_midnight_are_a_time_of_day():
    assert relations("The blockade was lifted one minute after midnight on May 12.") == {
        "one minute": "offset"
    }


def test_a_breadth_after_its_conversion_is_no_leg():
    got = relations(
        "The planes kept to three corridors, each just 20 miles (32 km) wide, across the zone."
    )
    assert got == {"20 miles": "feature", "32 km": "feature"}


# --- a road's or a track's ceiling is no speed travelled -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The maximum permissible speed on the mountain section is 110 km/h.", "110 km/h"),
        ("New trains can do 125 mph, but track limits will keep them at 79 mph.", "79 mph"),
        ("After the works the speed limit was restored to 100 km/h on the bridge.", "100 km/h"),
        ("Its speed limit is 120 km/h, but police cut it to 60 km/h in fog.", "60 km/h"),
    ],
)
def test_a_ceiling_on_speed_is_a_limit(text, figure):
    assert relations(text)[figure] == "limit"


def test_a_vehicles_top_speed_still_bounds_its_average():
    (f,) = findings(
        "The train covers the 400 km from Madrid to Valencia in two hours, at speeds of up to "
        "300 km/h.",
        "speed_distance_time",
    )
    assert f["verdict"] == "consistent"
    assert "300 km/h" in f["message"]


# --- what most people take, the best others have done, and rest taken off a moving average ----


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("Most hikers cover the trail in five or six days.", "six days", "usual"),
        (
            "Some 300 people finish it each year, most taking three to four weeks.",
            "four weeks",
            "usual",
        ),
        ("The full loop takes most walkers 40 to 60 days.", "40 to 60 days", "usual"),
        ("The fastest crews have made the crossing in under 30 days.", "30 days", "other"),
        (
            "The crew needed eight hours of mandatory rest at the halfway point.",
            "eight hours",
            "stay",
        ),
    ],
)
def test_figures_of_others_and_of_rest_are_no_leg(text, figure, relation):
    got = relations(text)
    assert got[next(k for k in got if figure in k)] == relation


_CANOE = (
    "DAWSON CITY, June 28, 2026 (Agency) - The two paddlers reached Dawson City after "
    "covering the 715-km course from Whitehorse in 42 hours and 42 minutes. Once the {rest} of "
    "mandatory rest are subtracted, the pair averaged close to 22 km/h on the water."
)


def test_a_moving_average_fits_once_the_stated_rest_is_taken_off():
    (f,) = findings(_CANOE.format(rest="10 hours"), "speed_distance_time")
    assert f["verdict"] == "consistent"
    assert "10 hours" in f["message"]


def test_a_rest_that_does_not_explain_the_average_leaves_it_inconsistent():
    (f,) = findings(_CANOE.format(rest="two hours"), "speed_distance_time")
    assert f["verdict"] == "inconsistent"


# --- a line's length told with its building or as the whole the trip is part of ---------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The 38-km branch, opened in 1959, climbs above the lake to the old mine.", "38-km"),
        ("The 64-km expressway, with a spur to the port, was built by a state firm.", "64-km"),
        ("The coastal stretch is part of the 640-km line of the northern corridor.", "640-km"),
        (
            "It follows the old railway, which opened in 1896 and runs 212 km to the border.",
            "212 km",
        ),
    ],
)
def test_a_lines_own_length_is_a_feature(text, figure):
    assert relations(text)[figure] == "feature"


def test_a_line_between_two_named_ends_stays_a_leg_between_them():
    got = relations(
        "The 253-km line, which opened on Saturday, Aug. 16, 2014, links Lhasa with Xigaze."
    )
    assert got["253-km"] == "leg"


def test_a_trip_completed_along_a_road_keeps_its_distance():
    got = relations("The 360-km road trip was completed at an average of 50 km/h.")
    assert got["360-km"] == "leg"


# --- an anniversary story's dateline, a vehicle's age, a runner's home -------------------------


def test_a_lead_that_looks_back_a_hundred_years_dates_the_story_a_century_on():
    rep = _report(
        "SEATTLE, April 6 (Agency) - A hundred years ago today, four biplanes took off.\n\n"
        "They left on Sunday, April 6, 1924, and two made it back on Sunday, Sept. 28, "
        "175 days later."
    )
    assert rep["documents"][0]["date"] == "2024-04-06"
    verdicts = {f["verdict"] for f in rep["findings"] if f["check"] == "calendar"}
    assert verdicts == {"consistent"}


def test_cars_built_before_a_year_do_not_date_todays_drive():
    got = relations(
        "MANNHEIM, Aug 5, 2025 (Agency) - On Tuesday the drivers, in cars built before 1930, "
        "completed the 106-kilometre drive in three hours."
    )
    assert got["106-kilometre"] == "leg"


def test_a_runners_home_is_not_what_lies_beside_the_race_finish():
    (f,) = findings(
        "The 44-year-old physiotherapist from Munich was one of 200 starters in the race "
        "across the Highlands to the remote headland at the corner of Britain, some 200 km "
        "north-west of Fort William.",
        "separation",
    )
    assert f["verdict"] == "unverifiable"


# --- "rocket fire" names a weapon, not a vehicle ------------------------------------------------


def test_rocket_fire_names_no_spacecraft():
    from georoute.base.modes import submodes_in

    assert submodes_in("Rocket fire from the north shut the small airport for a year.") == ()
    assert submodes_in("The rocket lifted the capsule into orbit.") == ("spacecraft",)


def test_an_airliners_hop_in_a_story_of_rocket_fire_is_held_to_an_airliner():
    (f,) = findings(
        "TEL AVIV, Dec 15, 2024 (Agency) - Flights between Haifa and Eilat resumed on Sunday, a "
        "year after rocket fire shut the airport. The 350-km flight takes 55 minutes.",
        "plausibility",
    )
    assert f["computed"]["max_speed_kmh"] <= 1000


# --- a regular service told with its own clocks is a timetable, checked as one ---------------


def test_a_regular_bus_with_its_own_clocks_is_timed_by_them():
    (f,) = findings(
        "RECIFE, Feb 14, 2025 (Agency) - Bus firms will add departures between Recife and Natal "
        "for Carnival.\n\nA regular bus leaving Recife at 7 a.m. reaches Natal at 11:30 a.m., a "
        "journey of four and a half hours.",
        "timeline",
    )
    assert f["verdict"] == "consistent"
    assert "four and a half hours" in f["message"]


def test_a_regular_train_without_clocks_is_still_another_run():
    got = relations(
        "The new express covers the route in two hours. A regular train takes about five hours."
    )
    assert got["five hours"] == "other"


def test_a_town_named_in_its_seaports_name_is_located_there():
    rep = _report("Kismayo Seaport reopened in 2018. Trucks then drove the sacks from Kismayo.")
    spans = [c["text"] for c in rep["claims"] if c["kind"] == "place"]
    assert spans.count("Kismayo") + spans.count("Kismayo Seaport") >= 2


# --- a leg told in two sentences: the distance, then the time and the speed -------------------

_TWO_SENTENCES = (
    "LEEUWARDEN, Jan 4, 2022 (Agency) - Henk glided into Leeuwarden at the end of the 200-km "
    "skating tour of eleven towns. He had left Leeuwarden at 5.30 a.m. and won in six hours "
    "and 49 minutes, at an average of about {speed} km/h."
)


def test_a_leg_told_in_two_sentences_is_checked_when_its_figures_fit():
    (f,) = findings(_TWO_SENTENCES.format(speed=29), "speed_distance_time")
    assert f["verdict"] == "consistent"
    assert "200 km" in f["message"]


def test_a_leg_told_in_two_sentences_is_never_called_inconsistent():
    (f,) = findings(_TWO_SENTENCES.format(speed=45), "speed_distance_time")
    assert f["verdict"] == "unverifiable"
