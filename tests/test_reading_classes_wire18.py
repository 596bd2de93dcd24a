"""Issue 13, classes found on the twenty-third development set (holdout23), each tested with
wording of its own and a variant: a rail route through a waypoint station where lines meet
(passed at the junction, not run out along a branch and back); a place whose name opens with a
month's word ("Mar del Plata"); an airport named after its city that the index lacks, which is
not another airport whose longer name holds the city's; "barely" a figure, which is still
rounded; figures of no leg (an onward trip many travellers make, a figure something is meant
to be raised or cut to, the speed of trains on a planned line, the old trip a new line turned
into a shorter one, a named line's length in its appositive, a network's size after its owner,
a length listed with other dimensions, a tunnel or bridge named in its own language, the
present-tense run of a whole service or its time for the whole line, where travellers can go
on to, an alternative route, a trip still to come, the combined length of structures); "the
sleeper" as a train; a station the gazetteer lacks, named before the town it lies in or
beside; a place described by two words before its noun ("the former imperial capital lies
...") as the one named before; a hedged distance's message."""

from __future__ import annotations

import pytest

from georoute import rail
from georoute.geo.gazetteer import default_gazetteer
from georoute.geo.mentions import find_mentions

from .reading import findings, relations

# -- a waypoint at a junction ----------------------------------------------------------------


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.mark.parametrize(
    "names",
    [
        ("Warsaw", "Iława", "Malbork", "Gdańsk"),
        ("Warsaw", "Malbork", "Gdańsk"),
    ],
)
def test_a_route_through_junction_stations_is_no_longer_than_a_fifth_over_the_direct(gaz, names):
    # a junction town's nearest vertex may lie on a branch: routed along it and back, the route
    # through the station ran a quarter longer than the direct one on the same main line
    places = [gaz.resolve(n).place for n in names]
    via = rail.route(places).length_km
    direct = rail.route([places[0], places[-1]]).length_km
    assert direct <= via + 1.0
    assert via <= direct * 1.05


def test_an_overlong_rail_figure_via_junction_stations_is_inconsistent():
    text = (
        "GDANSK, Aug 8, 2025 (Agency) - An express train left Warsaw at 7.10 am on Friday and "
        "reached Gdansk at 10.05 am, running the 430-km route via Ilawa and Malbork, the "
        "operator said."
    )
    (f,) = [x for x in findings(text, "route_length") if "430" in x["message"]]
    assert f["verdict"] == "inconsistent"


def test_a_fitting_rail_figure_via_junction_stations_is_consistent():
    text = (
        "GDANSK, Aug 8, 2025 (Agency) - The morning express train from Warsaw covered "
        "some 330 km by rail via Ilawa and Malbork before it reached Gdansk at noon."
    )
    (f,) = [x for x in findings(text, "route_length") if "330" in x["message"]]
    assert f["verdict"] == "consistent"


# -- a name opening with a month's word ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Coaches full of families rolled into Mar del Plata on Sunday morning.",
        "MAR DEL PLATA, Argentina, Feb 2, 2025 (Agency) - The beaches were packed.",
        # after a sentence that ends on a capitalised word
        "The road crosses the Pampas.\n\nMar del Plata, the largest resort, fills in January.",
    ],
)
def test_a_name_opening_with_a_month_word_is_read_whole(gaz, text):
    assert "Mar del Plata" in {m.place.name for m in find_mentions(text, gaz) if m.place}


@pytest.mark.parametrize("text", ["The line reopens on Mar 4 in Madrid.", "In May the Lyon office"])
def test_a_month_before_a_date_or_a_name_still_opens_no_name(gaz, text):
    names = {m.text for m in find_mentions(text, gaz)}
    assert not any(n.split()[0] in ("Mar", "May") for n in names)


def test_a_town_opening_with_a_month_word_is_the_subject_of_its_position():
    text = (
        "BUENOS AIRES, Feb 2, 2025 (Agency) - Holiday trains are full across the Pampas.\n\n"
        "Mar del Plata, Argentina's biggest beach resort, lies about 380 km south of Buenos Aires."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent"


def test_a_leg_to_a_town_opening_with_a_month_word_is_checked():
    text = (
        "MAR DEL PLATA, Argentina, Feb 2, 2025 (Agency) - The holiday train from Buenos Aires "
        "reached Mar del Plata on Saturday after covering about 400 km in just under six hours."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent"


# -- an airport named after its city ---------------------------------------------------------


@pytest.mark.parametrize("name", ["Orlando International Airport", "Orlando Airport"])
def test_a_city_airport_the_index_lacks_is_the_city_not_a_longer_named_airport(gaz, name):
    res = gaz.resolve(name)
    assert res.place is not None
    assert res.place.name == "Orlando"
    assert "airport" not in res.place.kinds


# -- "barely": only just the figure, which is still rounded ----------------------------------


def test_barely_a_figure_allows_its_rounding_but_not_more():
    from georoute.text.intervals import hedge_interval

    lo, hi = hedge_interval(40.0, (39.5, 40.5), "barely")
    assert lo == pytest.approx(36.0) and 40.0 < hi <= 40.5
    assert hedge_interval(40.0, (39.5, 40.5), "nearly") == (36.0, 40.0)


@pytest.mark.parametrize("hedge", ["barely", "scarcely"])
def test_an_average_a_shade_over_a_barely_figure_is_no_contradiction(hedge):
    # 412 km in 10 h 15 min is 40.2 km/h: "barely 40" as written
    text = (
        "QUITO, May 6, 2025 (Agency) - The tourist train left Quito at 7:00 a.m. and reached "
        "Guayaquil at 5:15 p.m., a 10-hour, 15-minute run over 412 kilometres of track, "
        f"averaging {hedge} 40 km/h."
    )
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "speed_distance_time"))


def test_an_average_well_over_a_barely_figure_is_still_a_contradiction():
    text = (
        "QUITO, May 6, 2025 (Agency) - The tourist train left Quito at 7:00 a.m. and reached "
        "Guayaquil at 3:15 p.m., an eight-hour, 15-minute run over 412 kilometres of track, "
        "averaging barely 40 km/h."
    )
    verdicts = {f["verdict"] for f in findings(text, "speed_distance_time")}
    assert "inconsistent" in verdicts


# -- figures of no leg -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        # onward trips that many travellers make after the journey
        (
            "From the port, most tourists then carry on by minibus to the falls, a ride of "
            "about two hours.",
            "two hours",
            "other",
        ),
        (
            "Many backpackers go on from the town on the six-hour trek to the glacier.",
            "six-hour",
            "other",
        ),
        (
            "Most motorists reach the island on a ferry from the mainland, a crossing of some "
            "three hours.",
            "three hours",
            "other",
        ),
        # a figure something is meant to be raised or cut to
        ("The operator intends to lift line speeds to 160 km/h by 2030.", "160 km/h", "planned"),
        ("Ministers hope to bring the trip down to three hours.", "three hours", "planned"),
        # the speed of trains on an approved or proposed line
        (
            "Lawmakers backed a $9 billion proposal for a 420-km line, with trains running at up "
            "to 250 km/h.",
            "250 km/h",
            "planned",
        ),
        # what a new line turned an old trip into: the old trip
        (
            "The bridge has turned a six-hour ferry crossing into a short drive.",
            "six-hour",
            "former",
        ),
        (
            "The railway turned what had been a three-day caravan journey into an overnight ride.",
            "three-day",
            "former",
        ),
        # a named line's length in the appositive that describes it
        (
            "Inland Rail, the 1,700-km freight line meant to join Melbourne and Brisbane, is "
            "over budget.",
            "1,700-km",
            "feature",
        ),
        (
            "The Tazara, a 1,860-km single-track railway, needs new locomotives.",
            "1,860-km",
            "feature",
        ),
        # a network's size after its owner
        ("Kenya is renewing its 2,700-km railway network.", "2,700-km", "feature"),
        ("The state's 900 km bus network is being renewed.", "900 km", "feature"),
        # a length listed with other dimensions
        ("The barrage is 60 metres high and about 2 km long.", "2 km", "feature"),
        ("The sea wall is 1.2 km long and 15 metres wide.", "1.2 km", "feature"),
        # a tunnel, bridge or pass named in its own language
        ("Lorries now use the 4-km Túnel de la Línea.", "4-km", "feature"),
        ("Commuters cross the 2.3-km Ponte Salazar each morning.", "2.3-km", "feature"),
        # the present-tense run of the whole service beside the part travelled
        ("The full run to the southern terminus takes more than 30 hours.", "30 hours", "usual"),
        ("The entire route between the two ports lasts two days.", "two days", "usual"),
        (
            "The full 1,800-km run from the coast to the lakes takes about two days.",
            "two days",
            "usual",
        ),
        (
            "The full 1,800-km run from the coast to the lakes takes about two days.",
            "1,800-km",
            "usual",
        ),
        ("Express services need some 26 hours for the whole line.", "26 hours", "usual"),
        ("Freight trains take four days on the entire route.", "four days", "usual"),
        # where travellers can go on to
        (
            "From the terminus passengers can continue to the islands by hydrofoil, a further "
            "two hours.",
            "two hours",
            "other",
        ),
        (
            "Riders may then transfer to a bus for the last 40 km to the lake.",
            "40 km",
            "other",
        ),
        # an alternative route
        (
            "The alternative route over the mountain pass covers about 640 km.",
            "640 km",
            "other",
        ),
        (
            "The alternative crossing via the northern port takes nine hours.",
            "nine hours",
            "other",
        ),
        # a trip still to come, told by its future verb
        (
            "The delegation will then fly on to Lima, a trip of about six hours.",
            "six hours",
            "planned",
        ),
        ("The players are due to return home on Monday, a 13-hour flight.", "13-hour", "planned"),
        # the combined length of several structures
        ("The line needed 31 bridges with a combined length of 12 km.", "12 km", "feature"),
        ("Its tunnels have an aggregate length of some 48 km.", "48 km", "feature"),
    ],
)
def test_a_figure_of_no_leg_keeps_its_relation(text, figure, relation):
    rel = relations(text)
    assert {k: str(getattr(v, "value", v)) for k, v in rel.items() if figure in k}, rel
    (got,) = [getattr(v, "value", v) for k, v in rel.items() if figure in k]
    assert got == relation


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ferry continued to Lisbon, a voyage of 400 km.", "400 km"),
        ("She rode the 9,289-km line from Moscow to Vladivostok in seven days.", "9,289-km"),
        ("The whole journey to Lhasa took 48 hours.", "48 hours"),
        ("The express covered the 420 km from Warsaw to Gdansk in three hours.", "420 km"),
        ("The company's bus took four hours to reach Porto.", "four hours"),
        ("The whole 400-km journey took nine hours.", "400-km"),
        ("Passengers travelled on to Paris, a ride of three hours.", "three hours"),
        ("The delegation flew on to Lima on Monday, a trip of about six hours.", "six hours"),
    ],
)
def test_the_journey_s_own_figure_stays_a_leg(text, figure):
    rel = relations(text)
    (got,) = [getattr(v, "value", v) for k, v in rel.items() if figure in k]
    assert got == "leg"


# -- "the sleeper": a train ------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["sleeper", "overnight sleeper"])
def test_a_sleeper_is_a_train_even_beside_a_coach_trip(noun):
    # a coach and a drive named after the journey outnumber the one "train": the sleeper
    # itself must count for the train, or the leg is held to a road vehicle and not routed
    text = (
        "LUXOR, Egypt, March 3, 2025 (Agency) - Tourists packed the night train south this week. "
        f"The {noun} left Cairo at 8 pm on Sunday and reached Luxor at 6.30 am on Monday after "
        "covering about 640 km along the Nile. Many visitors then take a coach to the temples, "
        "a short drive from the station."
    )
    assert all("no road network" not in f["message"] for f in findings(text, "route_length"))
    assert findings(text, "route_length")


def test_a_sleeper_bus_stays_a_bus():
    text = (
        "HANOI, March 3, 2025 (Agency) - The sleeper bus left Hanoi at 8 pm and reached Sapa at "
        "3 am, covering about 320 km on the mountain road."
    )
    assert all(f["verdict"] == "unverifiable" for f in findings(text, "route_length"))
    assert any("no road network" in f["message"] for f in findings(text, "route_length"))


# -- a station the gazetteer lacks, named before its town -------------------------------------


@pytest.mark.parametrize(
    "start",
    [
        "left Kwala station on the northern edge of Dodoma",
        "departed from Mjimwema terminal in Dodoma",
        "pulled out of Ihumwa depot outside Dodoma",
    ],
)
def test_a_leg_leaves_the_town_of_an_unknown_station(start):
    text = (
        "DAR ES SALAAM, Aug 2, 2025 (Agency) - Passengers praised the new electric line. "
        f"The train {start} on Friday and covered the 444 km to Pugu station in Dar es Salaam "
        "in about seven hours."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "Dodoma" in f["message"] and "Dar es Salaam" in f["message"]


def test_a_station_named_without_its_town_gives_no_end():
    text = (
        "DAR ES SALAAM, Aug 2, 2025 (Agency) - The train left Kwala station on Friday and "
        "covered 444 km in about seven hours."
    )
    assert all("Dodoma" not in f["message"] for f in findings(text, "geodesic_bound"))


# -- a place described by two words before its noun ------------------------------------------


@pytest.mark.parametrize("described", ["The former royal capital", "The old temple town"])
def test_a_place_described_with_two_words_is_the_one_named_before(described):
    text = (
        "LUANG PRABANG, Laos, Jan 5, 2025 (Agency) - The night bus left Vientiane at 8 pm and "
        f"reached Luang Prabang at dawn. {described} lies about 210 km north of Vientiane."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent"
    assert "Luang Prabang" in f["message"]


# -- a message says how far a hedged figure reaches ------------------------------------------


def test_a_hedged_distance_within_the_extents_says_how_far_it_reaches():
    text = (
        "RIGA, June 2, 2025 (Agency) - The coach left Tallinn at 7 am and reached Riga at "
        "11.30 am, covering roughly 252 km on the Via Baltica."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "as written" in f["message"]
