"""Round 31's classes (issues 12 and 13)."""

from __future__ import annotations

import datetime as dt

from georoute.verify import verify
from tests.reading import findings, mentions, place_relations, relations


def _time_roles(text: str, day: dt.date) -> dict[str, str | None]:
    """Each time and date of ``text`` (dated ``day``) by its words, with its relation."""
    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text], date=day).to_dict()["claims"]
        if c["kind"] in ("time", "date")
    }


def _names(text: str) -> list[str]:
    return [t for t, p in mentions(text) if p is not None]


def test_a_venue_named_after_a_town_leaves_the_town_a_place():
    # "the Kotzebue Lodge" read as a person's or a body's name had taken the town with it
    for text in (
        "We flew from Fairbanks to Kotzebue. Dinner was at the Kotzebue Lodge.",
        "The mail plane runs from Anchorage to Dillingham; the old Dillingham Inn feeds pilots.",
    ):
        town = text.split(" to ")[1].split(".")[0].split(";")[0]
        assert town in _names(text), (text, _names(text))


def test_knots_and_nautical_miles_never_go_by_road():
    # the story drives once and flies the rest: the knots are the aircraft's, not a car's
    text = (
        "FAIRBANKS, Alaska (AP) - The Cessna left Fairbanks at 8:10 a.m. with four "
        "passengers. We cruised at around 150 knots over the Yukon Flats and landed in Fort "
        "Yukon at 9:00 a.m. There is no road: drivers take the Dalton Highway to the river, "
        "and the road trip, a drive of two days, ends at a boat."
    )
    (p,) = [f for f in findings(text, "plausibility") if "knots" in f["message"]]
    assert p["verdict"] == "consistent" and "by road" not in p["message"], p
    assert "car can do" not in p["message"], p


def test_knots_on_a_road_only_story_are_read_as_the_most_permissive_way():
    text = "The convoy drove north along the coast road, averaging 40 knots, the drivers said."
    for f in findings(text, "plausibility"):
        assert f["verdict"] != "inconsistent", f


def test_time_at_a_stop_named_first_is_a_stay():
    text = (
        "The ferry left Piraeus at 7:00 a.m. and sailed 120 nautical miles at about 20 knots, "
        "arriving in Syros at 1:00 p.m.\n\nAt Tinos, an hour of commotion: lorries, "
        "pilgrims, a brass band."
    )
    assert relations(text)["an hour"] == "stay"
    for f in findings(text, "speed_distance_time") + findings(text, "plausibility"):
        assert "an hour" not in f["message"], f
    # not a time the journey took: "In 1923, three days of ..." names no stop
    assert relations("At Tinos, we sailed on two hours later.")["two hours"] != "stay"


def test_a_station_named_after_a_place_then_its_town_starts_the_leg_in_the_town():
    text = (
        "The ferry left Horseshoe Bay terminal at West Vancouver at 10:40 a.m. and "
        "docked in Nanaimo at 12:20 p.m."
    )
    got = place_relations(text)
    assert got.get("West Vancouver") == "origin", got
    assert got.get("Horseshoe Bay") in (None,), got
    # a region after the facility only says where it lies: the facility's town is the end
    region = "The ferry left Maizuru port in Kyoto Prefecture at 11:50 p.m. and docked in Otaru."
    got = place_relations(region)
    assert got.get("Maizuru") == "origin", got


def test_a_shorter_rail_figure_beside_one_that_fits_the_route_is_not_judged():
    text = (
        "The train from Golmud to Lhasa covers the 1,142-km line in 21 hours. Some 550 km of "
        "the route runs over permafrost."
    )
    verdicts = {f["verdict"] for f in findings(text, "route_length")}
    assert "inconsistent" not in verdicts, findings(text, "route_length")


def test_waits_spent_stops_other_vehicles_and_returns_are_not_the_journey():
    cases = (
        (
            "Lorries left Monterrey at dawn. Waiting times at the bridge reached three hours "
            "on Friday, customs data showed.",
            "three hours",
            "delay",
        ),
        (
            "The coach reached Sofia after a journey of six hours, of which about 90 minutes "
            "were spent at the border.",
            "90 minutes",
            "part",
        ),
        (
            '"On the third day we made 12 km/h at best," she said of the ride to Cochrane.',
            "12 km/h",
            "instant",
        ),
        (
            "The riders reached Cochrane and loaded their bikes onto a van for the 1,500 km "
            "return to Santiago.",
            "1,500 km",
            "other",
        ),
    )
    for text, figure, relation in cases:
        assert relations(text)[figure] == relation, (text, relations(text))
    # the journey's own figures stay the journey's
    assert relations("Two hours were spent travelling to Sofia.")["Two hours"] != "stay"


def test_a_clock_with_its_day_beside_it_is_judged_across_many_days():
    # the day of each clock is written: two days short is no misread day, it is a wrong figure
    text = (
        "NOME, Alaska (AP) - The musher reached Nome at 6:40 a.m. on Wednesday, March 18. "
        "She had left Willow at 2 p.m. on Sunday, March 8, and finished the trail in 11 days, "
        "16 hours and 40 minutes."
    )
    (f,) = [
        f
        for f in verify(texts=[text], date=dt.date(2026, 3, 18)).to_dict()["findings"]
        if f["check"] == "timeline" and "11 days" in f["message"]
    ]
    assert f["verdict"] == "inconsistent", f


def test_a_service_named_by_its_time_then_a_relative_clause_departs_then():
    text = (
        "The 8:40 catamaran, which had left Tobermory with every seat taken, reached Coll at "
        "10:05, covering about 40 km in 85 minutes."
    )
    got = _time_roles(text, dt.date(2026, 6, 2))
    assert got == {"8:40": "departure", "10:05": "arrival"}, got


def test_a_vessel_arriving_by_how_it_moves_at_a_port_named_by_its_kind():
    text = (
        "The ferry backed out of Piraeus at 7:10 a.m. The Artemis nosed into the "
        "port of Vathy at 2:55 p.m., 7 hours and 45 minutes after leaving Piraeus."
    )
    got = _time_roles(text, dt.date(2026, 6, 2))
    assert got.get("2:55 p.m.") == "arrival", got


def test_within_a_time_then_a_new_clause_is_an_offset_not_the_journey():
    after = (
        "The ferry cast off from Bellingham at 6:00 p.m., and within an hour a dozen tents "
        "had been taped to the deck."
    )
    assert relations(after)["an hour"] == "offset"
    for journey in (
        "The ferry reached Ketchikan within 38 hours, a record.",
        "The riders reached Nome within 10 days of the start.",
    ):
        assert relations(journey)[journey.split("within ")[1].split(",")[0].split(" of")[0]] == (
            "leg"
        ), journey


def test_vehicles_as_the_subject_and_a_boat_that_grounds_time_the_trip():
    day = dt.date(2026, 11, 14)
    convoy = (
        "About 200 vehicles left Calgary at 6 a.m. and, after the 300-kilometre drive south, "
        "rolled into Lethbridge at about 9:15 a.m. The trip took three and a quarter hours."
    )
    grounded = (
        "They left Stornoway on May 2, 1921. On May 9, 1921, the lifeboat grounded in Oban "
        "after seven days at sea."
    )
    for text, want in (
        (convoy, {"6 a.m.": "departure", "9:15 a.m.": "arrival"}),
        (grounded, {"May 9, 1921": "arrival"}),
    ):
        got = _time_roles(text, day)
        for k, v in want.items():
            assert got.get(k) == v, (text, got)


def test_a_closure_clause_then_and_a_new_verb_leaves_the_journeys_time_alone():
    text = (
        "The riders boarded the ferry in Bergen at 22:30 to skip a stretch where tunnels are "
        "closed to bicycles, and came ashore in Molde at 09:15, 10 hours and 45 minutes later."
    )
    assert relations(text)["10 hours and 45 minutes"] == "leg"
    closure = "A storm closed the Bergen line, the country's busiest railway, for three days."
    assert relations(closure)["three days"] == "event"


def test_the_same_passage_the_other_way_and_a_centurys_trip_are_other_journeys():
    other_way = (
        "The steamer left Koblenz at 9 a.m. and reached Boppard at 12.40pm, after three hours "
        "and 40 minutes upstream; downstream the same passage takes barely two hours."
    )
    assert relations(other_way)["two hours"] == "other"
    century = (
        "KOBLENZ, July 11 (dpa) - The steamer left Koblenz at 9 a.m. and reached Boppard at "
        "12.40pm, after three hours and 40 minutes.\n\nTourists of the 19th century made the "
        "trip from Koblenz to Mainz the centrepiece of their tour."
    )
    r = verify(texts=[century], date=dt.date(2026, 7, 11))
    assert [t for t in r.trips if r.places[t.destination].name == "Boppard"], [
        r.places[t.destination].name for t in r.trips
    ]
    assert [f.verdict for f in r.findings if f.check == "timeline"] == ["consistent"]


def test_a_speed_behind_an_escort_and_a_time_before_the_race_are_read_as_they_are():
    escorted = (
        "Averaging about 50 km/h behind the police escort, the convoy covered the 180 km from "
        "Saltillo to Monclova in just under four hours."
    )
    assert relations(escorted)["50 km/h"] == "leg"
    assert relations("She finished four minutes behind the winner.")["four minutes"] == "margin"
    before = "A club rider rode the course on Sunday, a week before the professionals tackle it."
    assert relations(before)["a week"] == "offset"
    assert relations("He rode for a week before the race season ended.")["a week"] == "leg"


def test_a_lakes_size_a_loop_and_a_trucks_mileage_are_no_journey():
    cases = (
        ("Lake Khovsgol filled the view: 136 km long, 262 metres deep.", "136 km", "feature"),
        ("Many visitors ride the 180-km cycle path that circles the lake.", "180-km", "other"),
        (
            "Our bus has 600,000 kilometres on the clock and still runs.",
            "600,000 kilometres",
            "other",
        ),
    )
    for text, figure, relation in cases:
        assert relations(text)[figure] == relation, (text, relations(text))
    assert relations("The bus covered 600 kilometres on the coast road.")["600 kilometres"] == "leg"


def test_a_line_told_as_what_it_is_is_a_feature_not_the_trip():
    described = "Its 520-km line between Lima and Huancayo runs through 69 tunnels."
    assert relations(described)["520-km"] == "feature"
    travelled = "The train covered the 520-km line between Lima and Huancayo in 12 hours."
    assert relations(travelled)["520-km"] == "leg"


def test_a_long_stage_across_a_plain_is_still_the_stage():
    text = "He covered the 81-km long stage across gravel plains in 3 hours and 20 minutes."
    assert relations(text)["81-km"] == "leg"


def test_a_trip_named_by_its_figure_then_its_course_gives_the_legs_direction():
    text = (
        "The first flight left Perth at 6am and landed in Adelaide at 11:40am local time, "
        "making the 2,100km trip east in just under three hours and 40 minutes."
    )
    wrong = text.replace("trip east", "trip west")
    assert [f["verdict"] for f in findings(text, "direction")] == ["consistent"]
    assert [f["verdict"] for f in findings(wrong, "direction")] == ["inconsistent"]


def test_a_transit_ends_where_the_vessel_exits_or_leaves_the_canal():
    for text in (
        "The tanker entered the canal at Port Said at 6:10 a.m. and left it at Suez at 7:40 p.m., "
        "after a transit of 13 and a half hours.",
        "The tanker entered the canal at Port Said at 6:10 a.m. and exited the canal at Suez at "
        "7:40 p.m., after a transit of 13 and a half hours.",
    ):
        got = _time_roles(text, dt.date(2026, 3, 3))
        assert got == {"6:10 a.m.": "departure", "7:40 p.m.": "arrival"}, got
