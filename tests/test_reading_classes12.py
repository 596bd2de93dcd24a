"""Issue 13, classes found on the twelfth blind set (holdout12), each tested with wording of its
own: figures that describe no leg (a wind given by its verb, delays given by their measure, a
speed someone was doing at one moment, a total over a life or a career, what something would
take, the trip home after the one reported, a search, a process on the way, the speed a line
allows); a departure "N days earlier" that times the journey; the implicit reference of "D to
the south-east"; names inside a described place and "stopping in" waypoints; a list of towns
read as "Place, Region"; a conversion written as an appositive between commas."""

from __future__ import annotations

import pytest

from .reading import findings, relations

#: A trip for the figures below to sit beside (a crossing of 92 km in three and a half hours).
_TRIP = "The ferry sailed from Wellington to Picton on Monday, covering 92 km in three and a half hours. "


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        # winds given by their verb
        ("Outside, the wind was gusting 45 knots all afternoon.", "45 knots", "weather"),
        ("A southerly blew at about 70 km/h through the night.", "70 km/h", "weather"),
        # delays given by their measure
        ("The service was known for delays of up to three hours.", "three hours", "delay"),
        ("The average delay per sailing was less than two minutes.", "two minutes", "delay"),
        ("Delays averaged 25 minutes over the winter.", "25 minutes", "delay"),
        # a speed at one moment
        ('"We were doing 30 knots past the heads," the skipper said.', "30 knots", "instant"),
        ("The coach was travelling at 110 km/h when the tyre burst.", "110 km/h", "instant"),
        # totals over a life or a career
        ("The captain has sailed more than 300,000 km in his career.", "300,000 km", "other"),
        ("She has flown 12,000 hours in her lifetime.", "12,000 hours", "other"),
        # what something would take
        ("By road the same trip would take around 14 hours.", "14 hours", "other"),
        ("Going round the cape would have taken nine days.", "nine days", "other"),
        # the trip home after the one reported
        (
            "The band played on Friday before flying home to Perth, a trip of about five hours.",
            "five hours",
            "other",
        ),
        # a search, a process on the way
        ("Climbers found the hiker after a six-hour search.", "six-hour", "event"),
        ("Customs clearance usually takes two hours at the port.", "two hours", "event"),
        (
            "Bogies are swapped at the border, a process that now takes about four hours.",
            "four hours",
            "event",
        ),
        # the speed a line or a road allows, a limit named before where it holds
        ("The speed limit on most of the coast road is 100 km/h.", "100 km/h", "limit"),
        ("A new line would allow speeds of up to 320 km/h.", "320 km/h", "limit"),
        ("The rebuilt track allows trains to run at 160 km/h.", "160 km/h", "limit"),
    ],
)
def test_figures_that_describe_no_leg(sentence, figure, relation):
    got = relations(_TRIP + sentence)
    assert got[figure] == relation, got
    # the trip's own figures stay the leg's
    assert got["92 km"] == "leg"


def test_a_search_flight_is_flown():
    got = relations(_TRIP + "A search flight of five hours found the raft.")
    assert got["five hours"] == "leg", got


@pytest.mark.parametrize(
    "text",
    [
        "The cargo train arrived in Duisburg on Friday, after leaving Chongqing 14 days earlier.",
        "The yacht docked in Hobart on Tuesday after departing from Sydney three days earlier.",
    ],
)
def test_a_departure_n_days_earlier_times_the_journey(text):
    got = relations(text)
    assert [r for r in got.values()] == ["leg"], got


def test_leaving_something_that_is_no_place_is_still_an_offset():
    got = relations("He had left the army two years earlier and found work as a driver.")
    assert got["two years"] == "offset"


def test_an_implicit_reference_is_the_dateline_not_a_place_paragraphs_before():
    text = (
        "KARBALA, Iraq, Aug 14, 2025 (Reuters) - Pilgrims filled the city on Thursday.\n\n"
        "Many had walked from Najaf, which lies about 70 km away, over three days.\n\n"
        "Temperatures reached 47 degrees. Tents lined the road.\n\n"
        "Some set out from Basra, about 430 km to the south-east, two weeks earlier."
    )
    seps = [f for f in findings(text, "separation") if "430" in f["message"]]
    assert seps and all(f["verdict"] == "consistent" for f in seps), seps
    assert all("Karbala" in f["message"] for f in seps)


def test_an_implicit_reference_without_a_dateline_is_not_guessed():
    text = (
        "Pilgrims filled Karbala on Thursday. Many had walked from Najaf over three days.\n\n"
        "Temperatures reached 47 degrees. Tents lined the road.\n\n"
        "Some set out from Basra, about 430 km to the south-east, two weeks earlier."
    )
    seps = [f for f in findings(text, "separation") if "430" in f["message"]]
    assert all(f["verdict"] == "unverifiable" for f in seps), seps


def test_a_list_of_towns_is_no_place_and_region():
    text = (
        "The rally drove some 1,400 km from Buenos Aires to Santiago, stopping in Rosario, "
        "San Luis and Mendoza."
    )
    bounds = findings(text, "geodesic_bound")
    assert bounds and all(f["verdict"] != "inconsistent" for f in bounds), bounds
    assert any("Santiago" in f["message"] for f in bounds)


@pytest.mark.parametrize(
    "text",
    [
        "The crews covered 1,400 km between the Argentine capital and Santiago, stopping in "
        "Rosario and Mendoza.",
        "The express train travelled 500 km from Tokyo to Osaka, calling at Nagoya and Kyoto.",
    ],
)
def test_waypoints_and_names_inside_a_description_are_no_ends(text):
    bounds = findings(text, "geodesic_bound")
    assert bounds and all(f["verdict"] == "consistent" for f in bounds), bounds
    assert not any("Rosario" in f["message"] or "Nagoya" in f["message"] for f in bounds)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The skier covered 1,130 kilometres, about 702 miles, in 40 days.", "consistent"),
        ("The skier covered 1,130 kilometres, about 830 miles, in 40 days.", "inconsistent"),
        ("The boat held 20 knots, or about 37 km/h, across the strait.", "consistent"),
    ],
)
def test_a_conversion_written_between_commas(text, verdict):
    got = findings(text, "unit_conversion")
    assert [f["verdict"] for f in got] == [verdict], got


def test_a_second_figure_that_goes_on_is_no_conversion():
    text = "The truck drove 300 km, about 200 miles more than the year before."
    assert findings(text, "unit_conversion") == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The night train leaves Munich at 20:10 and arrives in Rome at 9:30. "
            "The two cities lie about 700 km apart as the crow flies.",
            "consistent",
        ),
        (
            "The ferry sails from Helsinki to Tallinn twice a day. "
            "Both capitals are roughly 500 km apart.",
            "inconsistent",
        ),
    ],
)
def test_the_two_cities_are_the_two_the_sentence_before_names(text, verdict):
    got = findings(text, "separation")
    assert [f["verdict"] for f in got] == [verdict], got


def test_the_two_cities_without_two_named_before_stay_unplaced():
    text = (
        "The train left Munich on time. Passengers slept well. "
        "The two cities lie about 700 km apart."
    )
    got = findings(text, "separation")
    assert all(f["verdict"] == "unverifiable" for f in got), got


@pytest.mark.parametrize(
    ("text", "mode_words"),
    [
        # a vehicle named by its sub-mode's words
        ("The Nozomi ran 500 km from Tokyo to Osaka in two and a half hours.", "train"),
        # a service in a story whose other words name the vehicle
        (
            "The new coach service links Lyon with Paris. "
            "On Monday the service ran 400 km from Lyon to Paris in five hours.",
            "road",
        ),
    ],
)
def test_a_verb_vehicles_share_with_runners_does_not_make_a_runner(text, mode_words):
    got = findings(text, "plausibility")
    assert got and all(f["verdict"] == "consistent" for f in got), got
    assert all("runner" not in f["message"] for f in got)


@pytest.mark.parametrize(
    "text",
    [
        "Mehta ran 200 km from Kathmandu to Pokhara in three hours.",
        "The ultramarathon runner covered 200 km from Kathmandu to Pokhara in three hours.",
    ],
)
def test_a_runner_is_still_held_to_a_runners_pace(text):
    got = findings(text, "plausibility")
    assert [f["verdict"] for f in got] == ["inconsistent"], got
    assert "runner" in got[0]["message"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "He walked to the station and boarded a train that covered 500 km in four hours.",
            "train",
        ),
        ("The minister drove to the airport and flew 1,200 km to Rome in two hours.", "air"),
        ("Passengers walked to the quay, where the ferry sailed 300 km in six hours.", "ship"),
        ("The hikers took a bus 300 km from Lima to Huaraz in five hours.", "road"),
    ],
)
def test_a_sentence_of_two_modes_times_the_vehicle_named_last_before_the_figure(text, mode):
    got = findings(text, "plausibility")
    assert got and all(f["verdict"] == "consistent" for f in got), got
    assert all(f"by {mode}" in f["message"] for f in got), got


def test_a_walk_after_the_figure_does_not_make_the_train_a_walk():
    text = "The train covered 500 km in four hours before passengers walked to the hotel."
    got = findings(text, "plausibility")
    assert got and all("by train" in f["message"] for f in got), got


def test_a_second_vehicle_of_the_mode_keeps_the_modes_limit():
    text = (
        "A rescue helicopter carried the climber to the airstrip, where an ambulance plane took "
        "off at 9 a.m. and flew 960 km to Oslo in two hours and 40 minutes."
    )
    got = findings(text, "plausibility")
    assert got and all(f["verdict"] == "consistent" for f in got), got
    assert not any("helicopter" in f["message"] for f in got)


def test_a_helicopter_alone_is_held_to_a_helicopters_limit():
    text = "The rescue helicopter flew 960 km from Bodo to Oslo in two hours and 40 minutes."
    got = findings(text, "plausibility")
    assert [f["verdict"] for f in got] == ["inconsistent"], got


def test_clocks_that_time_a_part_are_not_the_whole_tours():
    text = (
        "ANKARA, Oct 9, 2025 (AA) - The minister returned to Ankara on Thursday after a four-day "
        "tour of Doha and Cairo.\n\n"
        "His plane took off from Ankara at 8.30 a.m. on Monday, Oct. 6, and landed in Doha at "
        "11.50 a.m. after a flight of 3 hours and 20 minutes."
    )
    got = findings(text, "timeline")
    assert got and all(f["verdict"] != "inconsistent" for f in got), got
    assert any(
        f["verdict"] == "consistent" and "3 hours and 20 minutes" in f["message"] for f in got
    )


def test_the_next_clauses_ends_are_not_the_figures():
    text = (
        "The high-speed train covers the 500 km from Madrid to Valencia in two hours, and from "
        "Valencia passengers can continue to Paris by night train."
    )
    got = findings(text, "geodesic_bound")
    assert got and all(f["verdict"] != "inconsistent" for f in got), got
    assert not any("Paris" in f["message"] for f in got)


def test_a_round_figure_that_only_reaches_the_geodesic_says_its_range():
    text = "The cyclist rode some 1,000 km from Bangkok to Kuala Lumpur in nine days."
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "800-1,200 km" in f["message"] and "is at least" not in f["message"]
    # (a round figure allows at most a fifth either side: Johor Bahru, 1,406 km away, is past)
    (f,) = findings(text.replace("Kuala Lumpur", "Johor Bahru"), "geodesic_bound")
    assert f["verdict"] == "inconsistent", f
