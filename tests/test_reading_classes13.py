"""Issue 13, classes found on the weakest blind sets (holdout9, holdout11, holdout12 and
holdout13), each tested with wording of its own: a mode word that only qualifies the vehicle
named after it ("a road bike"); the course of a named event someone has done before."""

from __future__ import annotations

import pytest

from .reading import findings, relations


@pytest.mark.parametrize(
    ("text", "network"),
    [
        # "road" of "a road bike" qualifies the bicycle
        ("Lee covered 600 km from Perth to Albany in 30 hours on a light road bike.", "bicycle"),
        # "car" of "a car ferry" qualifies the ferry
        ("The old car ferry covered 300 km from Split to Ancona in nine hours.", "ship"),
    ],
)
def test_a_mode_word_before_another_vehicle_only_qualifies_it(text, network):
    got = findings(text, "route_length")
    assert got and all(f"no {network} network" in f["message"] for f in got), got


def test_a_road_bike_is_held_to_a_cyclists_limit():
    text = "Lee rode 600 km from Perth to Albany in five hours on a carbon road bike."
    got = findings(text, "plausibility")
    assert [f["verdict"] for f in got] == ["inconsistent"], got
    assert "cyclist" in got[0]["message"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Okafor has previously run the 90 km Two Oceans Ultra three times.", "90 km"),
        ("She had twice finished the 5,000-kilometre Trans Andes Rally.", "5,000-kilometre"),
    ],
)
def test_a_named_event_done_before_is_no_leg(sentence, figure):
    text = "Okafor ran 60 km from Durban to Pietermaritzburg in seven hours on Sunday. " + sentence
    got = relations(text)
    assert got[figure] == "other", got
    assert got["60 km"] == "leg"


def test_the_reported_race_is_still_the_leg():
    # the event of the story itself, in its own sentence with its ends, stays the trip
    text = "Okafor has completed the 60 km race from Durban to Pietermaritzburg in seven hours."
    assert relations(text)["60 km"] == "leg"


# -- times as wire copy writes them ------------------------------------------------------------

_SWIM = (
    "TARIFA, Spain, Sept 2 (EFE) - A 58-year-old swimmer crossed the strait on Tuesday.\n\n"
    "Lucia Marin entered the water at Tarifa at 7:10 a.m. and climbed onto the rocks at "
    "Ceuta at 11:40 a.m., {duration} later, the association said. Marin, a former teacher, "
    'said the current was strong. "I am tired," Marin told reporters.'
)


@pytest.mark.parametrize(
    ("duration", "verdict"),
    [("4 hours and 30 minutes", "consistent"), ("6 hours and 30 minutes", "inconsistent")],
)
def test_a_swim_starts_in_the_water_and_ends_on_the_rocks(duration, verdict):
    # the swimmer named in full and again later is the one whose clock the verbs set
    got = findings(_SWIM.format(duration=duration), "timeline")
    assert [f["verdict"] for f in got] == [verdict], got


def test_someone_named_once_sets_no_clock():
    text = _SWIM.format(duration="6 hours and 30 minutes").replace(
        'Marin, a former teacher, said the current was strong. "I am tired," Marin told',
        "A pilot said the current was strong and told",
    )
    assert not [f for f in findings(text, "timeline") if f["verdict"] == "inconsistent"]


_EASED = (
    "HUE, Vietnam, May 3, 2025 (Reuters) - Shortly after 6:20 a.m. on Saturday, the night "
    "train from Hanoi eased into Hue station with 300 passengers.\n\n"
    "The train had left Hanoi at 7:05 p.m. on Friday, May 2, and made the trip in {duration}."
)


@pytest.mark.parametrize(
    ("duration", "verdict"),
    [("11 hours and 15 minutes", "consistent"), ("nine hours", "inconsistent")],
)
def test_an_arrival_told_by_how_the_train_moves_after_an_opening_time(duration, verdict):
    # (the time opens the first sentence, after the dateline; "HUE" of the dateline, read as a
    # place only beside a word it lacks, no longer stops the reading)
    got = findings(_EASED.format(duration=duration), "timeline")
    assert [f["verdict"] for f in got] == [verdict], got


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Many passengers chose the train over a 90-minute flight.", "90-minute"),
        ("Families took the bus instead of a two-hour flight.", "two-hour"),
        ("Some prefer the night train rather than the 12-hour drive.", "12-hour"),
    ],
)
def test_a_trip_passed_over_is_no_leg(sentence, figure):
    got = relations("The sleeper covered 700 km from Hanoi to Hue in 11 hours. " + sentence)
    assert got[figure] == "other", got
    assert got["11 hours"] == "leg"


def test_over_before_an_article_is_no_hedge():
    from georoute.text.quantities import find_quantities

    (q,) = [q for q in find_quantities("They walked over a 40 km stretch.") if q.unit == "km"]
    assert q.hedge is None
    (q,) = [q for q in find_quantities("They walked over 40 km.") if q.unit == "km"]
    assert q.hedge == "over"


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        ("The jet left at 21h05 and landed at 23h55.", [(21, 5), (23, 55)]),
        ("The ferry sails from 06h30 until 18h00 daily.", [(6, 30), (18, 0)]),
        # a duration written the same way has no "at" before it
        ("She swam it in 9h45, a record.", []),
    ],
)
def test_clock_times_written_with_an_h(text, clocks):
    from georoute.text.document import annotate
    from georoute.text.timeexpr import find_times

    got = [(t.clock.hour, t.clock.minute) for t in find_times(annotate(text), None) if t.clock]
    assert got == clocks


def test_a_flight_timed_with_h_clocks_gets_its_timeline():
    text = (
        "BODO, Norway, Feb 3, 2025 (Reuters) - An ambulance plane took off from Bodo at 20h10 "
        "and landed in Oslo at {arr}, a flight of one hour and 35 minutes."
    )
    assert [f["verdict"] for f in findings(text.format(arr="21h45"), "timeline")] == ["consistent"]
    assert [f["verdict"] for f in findings(text.format(arr="23h45"), "timeline")] == [
        "inconsistent"
    ]


# -- endpoints: stations of towns the text names, described ends after "with" -------------------

_LINE = (
    "Laos-China Railway adds a morning train\n\n"
    "VIENTIANE, Jan. 20 (Xinhua) -- A new morning express on the Laos-China Railway links the "
    "Lao capital with the border town of Luang Namtha.\n\n"
    "The train departed Vientiane Station at 8:00 a.m. and pulled into Luang Namtha Station at "
    "{arr}, covering {km} of the line."
)


def test_a_station_of_a_small_town_the_text_names_is_that_town():
    from georoute.extraction.extract import _station_mentions
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.geo.unplaced import Unplaced

    gaz = default_gazetteer()
    town = gaz.resolve("Kuah").place
    assert town is not None and (town.population or 0) < 100_000
    jetty = Unplaced(10, 20, "Kuah Jetty", "not in the gazetteer")
    # too small to be guessed from its name alone ...
    assert _station_mentions([jetty], gaz, {"MY"}) == []
    # ... but the text names the town elsewhere
    (m,) = _station_mentions([jetty], gaz, {"MY"}, {"kuah": town})
    assert m.place == town and (m.start, m.end) == (10, 20)


def test_a_station_names_a_town_shorter_than_the_geodesic():
    got = findings(_LINE.format(arr="11:30 a.m.", km="150 km"), "geodesic_bound")
    assert [f["verdict"] for f in got] == ["inconsistent"], got


def test_a_town_linked_with_beats_the_countries_of_the_lines_name():
    # "links the Lao capital with the border town of ...": the town, not China, is the end
    got = relations(
        "The Laos-China Railway links the Lao capital with the border town of Luang Namtha "
        "in three and a half hours."
    )
    assert got["three and a half hours"] == "leg"
    text = _LINE.format(arr="11:30 a.m.", km="420 km").replace(
        "Luang Namtha.", "Luang Namtha in three and a half hours."
    )
    got = findings(text, "timeline")
    assert [f["verdict"] for f in got] == ["consistent"], got


_BACK = (
    "ROME (ANSA) - The Italian foreign minister left Rome on Monday for talks in Athens and "
    "Sofia.\n\nOn Thursday the minister flew back from the Bulgarian capital, a trip of "
    "{km}."
)


@pytest.mark.parametrize(
    ("km", "verdict"), [("about 900 km", "consistent"), ("400 km", "inconsistent")]
)
def test_a_trip_back_ends_where_the_story_set_out(km, verdict):
    got = findings(_BACK.format(km=km), "geodesic_bound")
    assert [f["verdict"] for f in got] == [verdict], got
    assert "Rome" in got[0]["message"]


def test_a_trip_back_to_where_it_starts_has_no_end():
    text = (
        "The minister left Sofia on Monday for talks in Athens.\n\nOn Thursday she flew back "
        "from Sofia, a trip of 400 km."
    )
    assert not [f for f in findings(text, "geodesic_bound") if f["verdict"] == "inconsistent"]


_PORT = (
    "BERBERA, Somaliland, March 3, 2025 (Reuters) - Trucks loaded at the port of Berbera are "
    "heading inland again.\n\nDrivers say the {km} drive from the port to Hargeisa takes a day."
)


@pytest.mark.parametrize(("km", "verdict"), [("160-km", "consistent"), ("90-km", "inconsistent")])
def test_the_port_alone_is_the_port_the_text_named(km, verdict):
    got = findings(_PORT.format(km=km), "geodesic_bound")
    assert [f["verdict"] for f in got] == [verdict], got
    assert "Berbera" in got[0]["message"]


def test_the_port_is_not_guessed_among_two():
    text = _PORT.format(km="90-km").replace(
        "the port of Berbera", "the port of Berbera and the port of Djibouti"
    )
    assert not [f for f in findings(text, "geodesic_bound") if f["verdict"] == "inconsistent"]


# -- limits of walkers and runners by distance ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a race walker keeps 15 km/h over 20 km, not over 60 km
        (
            "The pilgrim walked 18 km from Arzua to Santiago de Compostela in 75 minutes.",
            "consistent",
        ),
        (
            "The pilgrim walked 60 km from Sarria to Arzua in four hours and 10 minutes.",
            "inconsistent",
        ),
        # a runner keeps 18 km/h over a marathon, not over 150 km
        ("Mehta ran 42 km from Kathmandu to Dhulikhel in two and a half hours.", "consistent"),
        ("Mehta ran 150 km from Kathmandu to Bharatpur in eight hours.", "inconsistent"),
    ],
)
def test_walkers_and_runners_keep_less_speed_over_a_long_way(text, verdict):
    got = findings(text, "plausibility")
    assert [f["verdict"] for f in got] == [verdict], got


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The raft drifted about 2,100 nautical miles (nearly 3,900 km) in 60 days.", "consistent"),
        (
            "The raft drifted about 2,100 nautical miles (nearly 2,900 km) in 60 days.",
            "inconsistent",
        ),
        ("The yacht sailed 900 nautical miles (just over 1,650 km) to Fiji.", "consistent"),
    ],
)
def test_a_conversion_in_brackets_after_a_hedge_word(text, verdict):
    got = findings(text, "unit_conversion")
    assert [f["verdict"] for f in got] == [verdict], got


_DRIFT = (
    "LIMA, May 2 (Reuters) - A museum recalled the raft's voyage on Sunday.\n\n"
    "The raft was towed out of Callao on Tuesday, May 4, 1954, and drifted west for {days} "
    "days until it ran aground on a reef in the Tuamotus on Friday, August 13, 1954."
)


@pytest.mark.parametrize(("days", "verdict"), [("101", "consistent"), ("75", "inconsistent")])
def test_a_historical_voyage_from_towed_out_to_ran_aground(days, verdict):
    got = findings(_DRIFT.format(days=days), "timeline")
    assert [f["verdict"] for f in got] == [verdict], got


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The kayakers paddled 600 km from Manaus to Santarem in 30 days.", "consistent"),
        ("The kayakers paddled 600 km from Manaus to Santarem in 12 hours.", "inconsistent"),
    ],
)
def test_paddled_boats_are_held_to_a_rowers_limit(text, verdict):
    got = findings(text, "plausibility")
    assert [f["verdict"] for f in got] == [verdict], got
    assert "paddled or rowed boat" in got[0]["message"]


def test_ran_aground_is_no_run():
    got = findings(_DRIFT.format(days="75"), "timeline")
    assert not any("runners" in f["message"] for f in got), got


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Tan set off from the coastal town eight days ago.", "leg"),
        ("Tan left Penang eight days ago and rode south.", "leg"),
        # what happened long ago is no journey's time
        ("Tan took up cycling eight years ago.", "offset"),
        ("Tan left the navy eight years ago.", "offset"),
    ],
)
def test_a_departure_n_days_ago_times_the_journey(sentence, relation):
    text = "A cyclist rode 800 km from Penang to Johor Bahru, arriving today. " + sentence
    got = relations(text)
    figure = next(k for k in got if k.startswith("eight"))
    assert got[figure] == relation, got


# -- what a figure describes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        # a way travelled along or over a feature is the leg
        ("The herd will climb about 80 km along river valleys in four days.", "80 km", "leg"),
        (
            "The boat sailed on, covering about 150 kilometres of river in two days.",
            "150 kilometres",
            "leg",
        ),
        ("The family drove 300km down State Highway 2 in four hours.", "300km", "leg"),
        # a feature's own size stays a feature
        ("Crete has about 1,000 km of coastline.", "1,000 km", "feature"),
        ("The 14 km river tunnel opened in May.", "14 km", "feature"),
    ],
)
def test_a_way_along_a_feature_is_travelled(sentence, figure, relation):
    got = relations("The trip began in Napier. " + sentence)
    assert got[figure] == relation, got


def test_a_lists_second_figure_is_what_its_first_is():
    text = (
        "The bus covered 900 km from Lima to Arequipa in 15 hours. The shelter limits stays "
        "to 10 days for single adults and 30 days for families."
    )
    got = relations(text)
    assert got["10 days"] == got["30 days"] == "stay", got
    assert got["15 hours"] == "leg"


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        ("A branch to the coast, 120 km further east, is planned.", "120 km", "extra"),
        (
            "Hundreds have swum it since, the fastest in just under three hours.",
            "three hours",
            "other",
        ),
        ("The full trip on the Ghan train takes 54 hours.", "54 hours", "other"),
        ("It is one of few trains with a bar on a route of less than 800 km.", "800 km", "limit"),
    ],
)
def test_figures_of_other_trips_and_of_classes_of_trips(sentence, figure, relation):
    got = relations("The train covered 400 km from Darwin to Katherine in six hours. " + sentence)
    assert got[figure] == relation, got
    assert got["400 km"] == "leg"


@pytest.mark.parametrize(
    ("word", "verdict"), [("south-west", "consistent"), ("north-east", "inconsistent")]
)
def test_a_bare_direction_after_a_sentence_ending_with_a_figure(word, verdict):
    text = (
        "The ferry sailed from Civitavecchia to Olbia, averaging about 15 knots.\n\n"
        f"Olbia lies {word} of Civitavecchia across the sea."
    )
    got = findings(text, "direction")
    assert [f["verdict"] for f in got] == [verdict], got


@pytest.mark.parametrize(
    ("text", "unit", "low", "high"),
    [
        # about 5 minutes a kilometre: 4.5-5.5 min, so 10.9-13.3 km/h
        ("The runner held about 5 minutes a kilometre all day.", "km/h", 10.7, 13.4),
        ("The walker kept to 9 minutes per mile.", "mph", 6.3, 7.1),
    ],
)
def test_a_pace_is_the_speed_it_means(text, unit, low, high):
    from georoute.text.quantities import find_quantities

    (q,) = find_quantities(text)
    assert q.kind == "speed" and q.unit == unit
    assert low <= q.low < q.value < q.high <= high


def test_a_pace_is_checked_against_the_legs_figures():
    text = "Lee ran 40 km from Oxford to Reading in two hours, at about 6 minutes per kilometre."
    got = findings(text, "speed_distance_time")
    assert [f["verdict"] for f in got] == ["inconsistent"], got


def test_another_person_named_twice_sets_no_clock_of_the_trip():
    # two people named in full and again: whose clock a verb sets is not guessed
    from georoute.verify import verify

    text = (
        "Peruvian minister Ana Ruiz flew 1,300 km to Quito on Sunday. Ruiz met reporters.\n\n"
        "Ecuadorean envoy Marco Diaz arrived in Quito at 11:40 a.m., Diaz said."
    )
    (t,) = [c for c in verify(texts=[text]).to_dict()["claims"] if c["text"] == "11:40 a.m."]
    assert t.get("relation") is None, t


_ONWARD = (
    "ANKARA (AA) - The minister flew from Ankara to Baku on Monday. After talks there, the "
    "minister flew on to Tbilisi, covering {km}."
)


@pytest.mark.parametrize(
    ("km", "verdict"), [("about 450 km", "consistent"), ("200 km", "inconsistent")]
)
def test_an_onward_leg_starts_where_the_last_one_ended(km, verdict):
    got = [
        f for f in findings(_ONWARD.format(km=km), "geodesic_bound") if "Tbilisi" in f["message"]
    ]
    assert [f["verdict"] for f in got] == [verdict], got
    assert "Baku" in got[0]["message"]


@pytest.mark.parametrize(
    ("km", "verdict"), [("about 200 km", "consistent"), ("about 90 km", "inconsistent")]
)
def test_a_described_appositive_gives_its_place_a_position(km, verdict):
    text = (
        "The rally stopped in Bordeaux and Toulouse, the pink city "
        f"{km} from Montpellier as the crow flies, before reaching Marseille."
    )
    got = findings(text, "separation")
    assert [f["verdict"] for f in got] == [verdict], got
    assert "Toulouse" in got[0]["message"]


@pytest.mark.parametrize(
    ("dur", "verdict"), [("one hour and 40 minutes", "consistent"), ("five hours", "inconsistent")]
)
def test_taking_off_is_a_departure(dur, verdict):
    text = (
        "ROME (ANSA) - The minister flew from Rome to Athens on Monday, January 12, 2026. After "
        "talks there, she flew on to Cairo, taking off at 4.10pm and landing at 5.50pm Cairo "
        f"time after a flight of {dur}."
    )
    got = [f for f in findings(text, "timeline") if "4.10pm" in f["message"]]
    assert [f["verdict"] for f in got] == [verdict], got


@pytest.mark.parametrize(
    ("dur", "verdict"), [("20 hours", "consistent"), ("five hours", "inconsistent")]
)
def test_dog_sleds_are_a_mode_of_their_own(dur, verdict):
    text = f"The musher and her sled dogs covered 300 km from Nenana to Tanana in {dur}."
    got = findings(text, "plausibility")
    assert [f["verdict"] for f in got] == [verdict], got
    assert "by sled" in got[0]["message"]
