"""Issue 13, classes of round 12 found across the development sets, each tested with wording of
its own: a small town that opens a sentence saying where it lies; a place a separation shows
misread; a structure's length told by what it links; a sentence placing a name the index lacks;
another trip in a relative clause; a time too long to bound any speed."""

from __future__ import annotations

import pytest

from georoute.verify import verify

from .reading import findings, relations

_LIES = (
    "ANCHORAGE, Alaska, June 2, 2025 (Agency) - The mail plane left Homer at dawn on Monday. "
    "{name} lies some {km} km south of Homer, across the strait."
)


def test_a_small_town_opening_a_sentence_that_says_where_it_lies_is_a_place():
    # Kodiak (Alaska, some 6,000 people) lies 212 km south of Homer: a lone small town's name
    # at a sentence's start, far from the text's other places, counts when the clause says
    # where it lies
    (f,) = findings(_LIES.format(name="Kodiak", km=210), "separation")
    assert f["verdict"] == "consistent", f["message"]


def test_a_far_namesake_is_not_taken_on_a_statement_of_where_it_lies():
    # no Alaskan "Haradh": the Yemeni town of that name, a continent away, is not taken
    (f,) = findings(_LIES.format(name="Haradh", km=250), "separation")
    assert f["verdict"] == "unverifiable", f["message"]


_MISREAD = (
    "WELLINGTON, March 4, 2024 (Agency) - The vintage biplane's pilot, who crossed from "
    "Oakland, California, to Honolulu in 2019, took off from Richmond, some 50 km north-west "
    "of Sydney, on Monday and landed at Christchurch the next day."
)


def test_a_place_its_separation_shows_misread_yields_no_inconsistent():
    # the story's Californian places pull "Richmond" to California, 11,900 km from Sydney: the
    # separation misses it 200-fold, so the compass word is not judged on that Richmond either
    (sep,) = findings(_MISREAD, "separation")
    assert sep["verdict"] == "unverifiable" and sep["computed"]["contradiction_factor"] > 10
    (d,) = findings(_MISREAD, "direction")
    assert d["verdict"] == "unverifiable", d["message"]
    assert d["computed"]["misplaced"] == sep["computed"]["subject"]
    assert "likely not the place meant" in d["message"]


@pytest.mark.parametrize(
    "clause",
    [
        "the road tunnel, which links Chamonix and Courmayeur in 11.6 km,",
        "the road tunnel that connects Chamonix with Courmayeur over 11.6 km",
    ],
)
def test_a_structures_length_told_by_what_it_links_is_no_leg(clause):
    text = (
        "GENEVA, Aug 3, 2025 (Agency) - The runners left Chamonix on Friday and reached "
        f"Courmayeur on Saturday. Under the mountain runs {clause} busy with lorries."
    )
    for f in findings(text, "geodesic_bound"):
        assert "11.6 km" not in f["message"], f["message"]
    (c,) = [c for c in verify(texts=[text]).to_dict()["claims"] if c["text"] == "11.6 km"]
    assert c["relation"] == "feature"


@pytest.mark.parametrize(
    "where",
    [
        "It reached Cooper Creek, near Innamincka and about 1,200 km north of Melbourne",
        "On day nine the party reached Lake Eyre North, about 1,000 km north-west of Melbourne",
    ],
)
def test_a_sentence_placing_a_name_the_index_lacks_takes_no_earlier_place(where):
    # the sentence names its own place (unknown to the index): "it" does not make the place
    # of the sentence before (Royal Park, a Melbourne park) the subject of the position
    text = (
        "MELBOURNE, Aug 20, 2025 (Agency) - Walkers set out from Royal Park in Melbourne on "
        f"Wednesday to retrace an old expedition. {where} on November 11."
    )
    for check in ("separation", "direction"):
        for f in findings(text, check):
            assert f["verdict"] == "unverifiable", f["message"]
            assert "Royal Park" not in f["message"], f["message"]


@pytest.mark.parametrize(
    "clause",
    [
        "who crossed from Oakland, California, to Honolulu in 2019,",
        "whose first long flight went from Oakland to Honolulu,",
    ],
)
def test_another_trip_in_a_relative_clause_gives_the_figure_no_ends(clause):
    text = (
        f"WELLINGTON, March 4, 2024 (Agency) - The vintage biplane's pilot, {clause} took off "
        "from Sydney on Monday and landed at Christchurch after flying about 2,150 km."
    )
    # Sydney-Christchurch is about 2,140 km; Oakland-Honolulu about 3,870 km
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent", f["message"]
    assert "Sydney" in f["message"] and "Christchurch" in f["message"]


def test_one_end_in_a_relative_clause_stays_the_legs():
    text = (
        "LYON, March 4, 2024 (Agency) - The train, which left Paris at 8 am, reached Lyon after "
        "covering 465 km."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent" and "Paris" in f["message"], f["message"]


@pytest.mark.parametrize(
    ("tail", "verdict"),
    [
        # ("its first crossing in three weeks" is the time since the last one: an offset,
        # test_reading_classes26)
        ("a crossing that took three weeks", "unverifiable"),
        ("ending a tour of 40 days", "unverifiable"),
        ("a crossing of three hours", "consistent"),
    ],
)
def test_a_time_too_long_to_bound_any_speed_is_not_judged(tail, verdict):
    # 45 km in three weeks needs 0.08 km/h, a sliver of what any boat keeps: the time spans
    # something else (a pause in service, a whole tour); in three hours (15 km/h) it bounds the
    # crossing
    text = (
        "ZAGREB, May 3, 2025 (Agency) - The catamaran sailed the 45 km from Split to Hvar on "
        f"Friday, {tail}."
    )
    fs = findings(text, "plausibility")
    assert fs and {f["verdict"] for f in fs} == {verdict}, [f["message"] for f in fs]


@pytest.mark.parametrize("verb", ["stopped at", "halted at", "stopped briefly in"])
def test_a_stop_at_a_named_place_is_an_arrival(verb):
    text = (
        "BERLIN, July 1, 2025 (Agency) - The heritage train left Berlin Hauptbahnhof at 9.02 am "
        f"and {verb} Potsdam at 9.40 am, 38 minutes later, after a run of about 30 km."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]


@pytest.mark.parametrize(
    "plane", ["A Fokker 50", "An ATR 42 of a regional airline", "A de Havilland Twin Otter"]
)
def test_an_aircraft_named_by_its_maker_is_the_traveller_of_its_times(plane):
    text = (
        "KATHMANDU, Oct 6, 2025 (Agency) - Flights to the hills resumed on Monday. "
        f"{plane} took off from Pokhara at 8.10 am and landed in Jomsom at 8.35 am, a 25-minute "
        "flight."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]


@pytest.mark.parametrize(("km", "verdict"), [("230 km", "inconsistent"), ("80 km", "unverifiable")])
def test_a_route_far_shorter_than_the_straight_line_is_not_judged(km, verdict):
    # Lyon-Marseille is about 278 km as the crow flies: 230 km is an understated route; 80 km,
    # under a third of it, more likely a misread end or a part of the way
    text = (
        f"MARSEILLE, Aug 9, 2025 (Agency) - The coach left Lyon at 7 am and reached Marseille at "
        f"noon, covering {km} on the motorway."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == verdict, f["message"]


def test_a_vehicle_named_after_by_gives_its_sentence_the_mode():
    # pilgrims walk, but "ferried ... by helicopter" is a flight: 55 km in 20 minutes is a
    # helicopter's 165 km/h, not a walker's
    text = (
        "KATHMANDU, June 3, 2025 (Agency) - Hundreds of pilgrims set off on foot for the holy "
        "lake this week. From Jumla, the group was ferried to Simikot by helicopter in a "
        "40-minute ride of about 95 km."
    )
    fs = findings(text, "plausibility")
    assert fs and all(f["verdict"] != "inconsistent" for f in fs), [f["message"] for f in fs]
    assert any(f["computed"].get("mode") == "air" for f in fs)


@pytest.mark.parametrize(
    ("pair", "verdict"),
    [
        ("about 145 miles (235 kilometers)", "consistent"),  # 233.4 km, rounded to a 5
        ("about 145 miles (250 kilometers)", "inconsistent"),
        ("some 2,206 miles (3,550 km)", "consistent"),  # 3,550.2 km
        ("some 2,206 miles (3,050 km)", "inconsistent"),
    ],
)
def test_a_conversion_rounded_to_a_five_fits(pair, verdict):
    text = f"SAN ANTONIO, May 3, 2025 (Agency) - The bus route runs {pair} to the border."
    (f,) = findings(text, "unit_conversion")
    assert f["verdict"] == verdict, f["message"]


@pytest.mark.parametrize(
    ("name", "iso"), [("Falklands", "FK"), ("Faroes", "FO"), ("Turks and Caicos", "TC")]
)
def test_short_names_of_island_territories(name, iso):
    from georoute.geo.gazetteer import default_gazetteer

    place = default_gazetteer().resolve(name).place
    assert place is not None and place.country == iso and "country" in place.kinds


@pytest.mark.parametrize("thing", ["The platform", "The wreck", "Their base camp"])
def test_a_sentence_opening_on_a_thing_of_its_own_places_that_thing(thing):
    text = (
        "ABERDEEN, Feb 3, 2025 (Agency) - Helicopters flew 80 workers to Aberdeen from London's "
        f"offices on Monday. {thing}, which lies some 200 km from Aberdeen, was evacuated."
    )
    for f in findings(text, "separation"):
        assert f["verdict"] == "unverifiable" and "London" not in f["message"], f["message"]


def test_what_a_service_normally_does_is_not_this_trips_time():
    text = (
        "DURBAN, Dec 16, 2023 (Agency) - Rail services were suspended by a strike. The train, "
        "which normally covers the 720-km journey between Johannesburg and Durban in about 13 "
        "hours, stayed in its depot. The first replacement buses left Johannesburg at 6pm on "
        "Friday and reached Durban at 2am on Saturday."
    )
    assert relations(text)["13 hours"] == "usual"
    assert not [f for f in findings(text, "timeline") if f["verdict"] == "inconsistent"]
