"""Issue 13, classes found on the fourteenth blind set (holdout14), each tested with wording of
its own: a rail figure over the line the sentence names ("via A, B and C"); a network's size
given by "exceeded"; a town's name that only names a station or a terminal."""

from __future__ import annotations

import pytest

from .reading import findings, relations

_VIA = (
    "ROME, May 4, 2026 (Agency) - The night train left Rome at 9 p.m. on Sunday and reached Milan "
    "at 8.30 a.m., a journey of {km} via Florence, Bologna and Venice."
)


def test_a_rail_figure_over_the_places_passed_is_set_against_that_line():
    # the network's shortest Rome-Milan route runs far shorter than the line by way of Venice
    (f,) = findings(_VIA.format(km="780 km"), "route_length")
    assert f["verdict"] == "consistent", f["message"]
    assert "via Florence, Bologna and Venice" in f["message"]
    assert len(f["computed"]["via"]) == 3


def test_a_figure_longer_than_the_line_passed_is_still_inconsistent():
    (f,) = findings(_VIA.format(km="1,500 km"), "route_length")
    assert f["verdict"] == "inconsistent", f["message"]


def test_places_passed_never_lengthen_the_lower_bound():
    # the route by way of Venice is longer, but a figure that fits the shortest route stands on it
    (f,) = findings(_VIA.format(km="570 km"), "route_length")
    assert f["verdict"] == "consistent", f["message"]
    assert f["computed"]["via"] == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The country's motorway network exceeded 9,000 km last year.", "9,000 km"),
        ("Its metro system passed 800 km in 2024, officials said.", "800 km"),
        ("The tram network topped 250 km after the new lines opened.", "250 km"),
    ],
)
def test_a_network_size_given_by_its_growth_is_no_leg(sentence, figure):
    trip = "The ferry sailed from Wellington to Picton on Monday, covering 92 km in three and a half hours. "
    assert relations(trip + sentence)[figure] == "feature"


_STATION = (
    "MOSCOW, March 3, 2026 (Agency) - The overnight train from the Kazan station arrived in "
    "Ryazan at 2 a.m. on Tuesday after a 198-km run that took three and a half hours. "
    "{then}"
)


def test_a_town_named_only_as_a_station_is_no_end_of_the_trip():
    # the station of that name lies in the dateline's city, 600 km from the town
    for then in ("", "Kazan, the capital's busiest station, handles 200 trains a day."):
        for f in findings(_STATION.format(then=then), "geodesic_bound"):
            assert f["verdict"] != "inconsistent", f["message"]


def test_a_town_also_named_plainly_keeps_its_ends():
    text = _STATION.format(then="Passengers then changed for Kazan, the city on the Volga.")
    (f,) = findings(text, "geodesic_bound")
    assert "Kazan" in f["message"], f["message"]


def test_a_vehicle_s_length_is_no_leg():
    trip = "The ferry sailed from Wellington to Picton on Monday, covering 92 km in three and a half hours. "
    got = relations(trip + "The 150-metre ferry carries 900 passengers.")
    assert got["150-metre"] == "length", got
    got = relations(trip + "From the pier it is a 400-metre ferry crossing to the island.")
    assert got["400-metre"] != "length", got


def test_a_double_station_name_between_two_ends_is_one_end():
    text = (
        "LYON, June 2, 2026 (Agency) - The train covered the 440 km between Le Creusot-Montceau "
        "and Marseille in under two hours."
    )
    (f,) = findings(text, "geodesic_bound")
    assert "Marseille" in f["message"], f["message"]


def test_a_record_run_is_held_to_the_record_not_to_scheduled_service():
    text = (
        "PARIS, April 4, 2026 (Agency) - A TGV set a new speed record on Tuesday, covering 140 km "
        "of the line in 20 minutes at an average of 420 km/h."
    )
    for f in findings(text, "plausibility"):
        assert f["verdict"] != "inconsistent", f["message"]


def test_a_small_capital_in_a_country_the_text_names_is_placed():
    text = (
        "SUVA, Aug 3, 2026 (Agency) - A patient from Tuvalu was flown from Funafuti to Suva, a "
        "flight of some 1,050 km, on Monday."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent" and "Funafuti" in f["message"], f["message"]


def test_an_airport_named_after_a_town_the_gazetteer_lacks_is_placed_by_its_name():
    text = (
        "SUVA, Aug 3, 2026 (Agency) - The jet took off from Auckland and landed at Nausori "
        "International Airport after a flight of about 2,150 km."
    )
    (f,) = findings(text, "geodesic_bound")
    assert "Nausori International Airport" in f["message"], f["message"]


@pytest.mark.parametrize(
    "vehicle",
    ["The twin-engine Beech King Air", "The air ambulance", "The four-wheel-drive Land Cruiser"],
)
def test_a_vehicle_named_with_its_make_times_its_own_departure(vehicle):
    text = (
        f"PERTH, June 1, 2026 (Agency) - {vehicle} left Kalgoorlie at 6.10 am and reached Perth "
        "at 11.40 am, a trip of five hours and 30 minutes."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]


def test_a_timetabled_arrival_on_a_weekday_after_the_dateline():
    # the dateline is a Saturday: "is due ... on Sunday" is the next day, and the departure's
    # clock keeps the dateline's day instead of the arrival's
    text = (
        "PERTH, May 2, 2026 (Agency) - The Indian Pacific left East Perth at 10am and is due in "
        "Kalgoorlie at 5.40pm on Sunday, a run of 31 hours and 40 minutes."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]
    assert "31.7 h apart" in f["message"], f["message"]


def test_a_bare_direction_after_a_sentence_that_ends_in_figures():
    text = (
        "The bus reached Kalgoorlie at 3:40 p.m. after a 7-hour drive. Kalgoorlie lies east of "
        "Perth, on the edge of the desert."
    )
    (f,) = findings(text, "direction")
    assert f["verdict"] == "consistent", f["message"]


def test_the_agency_credit_of_a_wire_dateline_is_no_place():
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.geo.mentions import find_mentions

    text = "Trains resume\n\nBEIJING, Jan. 5, 2026 (Xinhua) -- Trains left Beijing for Harbin."
    names = [m.text for m in find_mentions(text, default_gazetteer()) if m.place]
    assert names == ["BEIJING", "Beijing", "Harbin"], names


def test_another_person_s_arrival_does_not_time_the_traveller_s_trip():
    # both people are named in full and again, but the story follows the cyclist
    from georoute.verify import verify

    text = (
        "QUITO, March 4, 2026 (Agency) - Cyclist Ana Lopez set off from Quito at 6 a.m. on "
        "Tuesday and reached Guayaquil at 4 p.m., a ride of 10 hours. Lopez will meet the "
        "minister Carlos Ruiz in Guayaquil, where Ruiz arrived on Wednesday for a conference. "
        "Carlos Ruiz said he was proud."
    )
    claims = verify(texts=[text]).to_dict()["claims"]
    (wed,) = [c for c in claims if c["text"] == "Wednesday"]
    assert wed.get("relation") != "arrival", wed


def test_a_part_leg_timed_from_one_clock_to_another():
    # the last stage's own clocks time its own duration, not the whole trip's
    text = (
        "DARWIN, June 3, 2026 (Agency) - The truck left Darwin at 5am on Monday and reached "
        "Alice Springs at 6pm on Tuesday after an overnight stop in Tennant Creek. The final "
        "stage from Tennant Creek ran from 8am to 6pm, ten hours at about 50 km/h."
    )
    got = findings(text, "timeline")
    assert got and all(f["verdict"] != "inconsistent" for f in got), got
    assert any("10 h apart" in f["message"] for f in got), got


def test_opening_hours_are_no_departure_or_arrival():
    text = (
        "The ferry left Picton at 9am and docked in Wellington at 12.30pm, a crossing of three "
        "and a half hours. The terminal cafe is open from 6am to 9pm."
    )
    claims = verify_claims(text)
    assert {c["text"]: c.get("relation") for c in claims if c["kind"] == "time"}["6am"] is None


def test_a_place_across_the_water_from_another_is_no_origin():
    text = (
        "SAUSALITO, June 3, 2026 (Agency) - The ferry reached Sausalito, across the bay from "
        "San Francisco, after a voyage of 1,200 km down the coast from Eureka."
    )
    for f in findings(text, "geodesic_bound"):
        assert "from San Francisco" not in f["message"], f["message"]


def test_a_duration_after_a_chain_of_stops_is_not_set_against_the_last_one():
    text = (
        "MADRID, June 3, 2026 (Agency) - The train left Madrid at 7.00 am on Tuesday, reached "
        "Zaragoza at 8.20 am and arrived in Barcelona at 9.45 am. It covered the 300 km to "
        "Zaragoza in 1 hour and 20 minutes."
    )
    got = findings(text, "timeline")
    assert all(f["verdict"] != "inconsistent" for f in got), got


def verify_claims(text: str) -> list[dict]:
    from georoute.verify import verify

    return verify(texts=[text]).to_dict()["claims"]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("After a half-hour stop the ferry sailed on.", 0.5),
        ("It was a half hour late.", 0.5),
        ("The drive took an hour and a half.", 1.5),
        ("The walk took one and a half hours.", 1.5),
    ],
)
def test_a_half_hour_is_half_an_hour(text, hours):
    from georoute.text.quantities import find_quantities

    (q,) = find_quantities(text)
    assert q.unit == "h" and q.value == hours, q


def test_the_remaining_distance_after_a_stop_is_a_part_of_the_trip():
    trip = "The ferry sailed from Wellington to Picton on Monday, covering 92 km in three and a half hours. "
    got = relations(trip + "After a stop it sailed the remaining 40 km to Nelson in two hours.")
    assert got["40 km"] == "part", got


def test_a_figure_before_its_vehicle_takes_that_vehicle_s_mode():
    # the pilgrims aboard do not make the flight a walk
    text = (
        "AXUM, March 2, 2026 (Agency) - A turboprop carrying pilgrims left Addis Ababa at 6.00 am "
        "and landed at Axum at 7.20 am after a 80-minute flight of about 600 km."
    )
    for f in findings(text, "plausibility"):
        assert f["verdict"] != "inconsistent", f["message"]


def test_an_alternative_passed_over_is_no_leg():
    trip = "The coach left Dubai at 10 p.m. and reached Muscat at 4 a.m., a trip of about 450 km. "
    got = relations(trip + "It is a cheaper alternative to the one-hour flight.")
    assert got["one-hour"] == "other", got


def test_a_stop_before_the_final_arrival_is_not_the_destination():
    from georoute.verify import verify

    text = (
        "LYON, May 5, 2026 (Agency) - The train left Paris at 7.00 am, reached Lyon at 9.00 am "
        "and arrived in Marseille at 10.40 am."
    )
    rels = {c["text"]: c.get("relation") for c in verify(texts=[text]).to_dict()["claims"]}
    assert rels["Marseille"] == "destination" and rels["Lyon"] is None, rels


@pytest.mark.parametrize(
    ("sentence", "figure", "leg"),
    [
        ("It docked after a 20-minute call at Tinos.", "20-minute", False),
        ("Most drivers stop for about an hour at the pass.", "an hour", False),
        ("The convoy halted for two hours at the border.", "two hours", False),
        ("Its 300-km Kenyan section opened in 2017.", "300-km", False),
        ("The jet flew non-stop for 17 hours.", "17 hours", True),
    ],
)
def test_stops_calls_and_sections_are_no_leg(sentence, figure, leg):
    trip = "The ferry sailed from Wellington to Picton on Monday, covering 92 km in three and a half hours. "
    assert (relations(trip + sentence)[figure] == "leg") is leg


def test_the_ends_of_a_former_trip_are_not_the_story_s():
    from georoute.verify import verify

    text = (
        "LISBON, May 5, 2026 (Agency) - The new train left Lisbon at 7.00 am and arrived in "
        "Faro at 9.50 am. Before the new line opened, the trip to Tunes took around five hours."
    )
    rels = {c["text"]: c.get("relation") for c in verify(texts=[text]).to_dict()["claims"]}
    assert rels["Faro"] == "destination" and rels["Tunes"] is None, rels


def test_a_hyphenated_name_with_an_accented_connector_is_one_place():
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.geo.mentions import find_mentions

    text = "The boat left Pointe-à-Pitre at dawn."
    assert [m.text for m in find_mentions(text, default_gazetteer()) if m.place] == [
        "Pointe-à-Pitre"
    ]


def test_a_crossing_measured_after_a_call_ends_where_it_called():
    text = (
        "CASTRIES, March 2, 2026 (Agency) - The ferry left Fort-de-France at 7:00 am and called "
        "at Castries at 8:30 am after a crossing of about 40 nautical miles, averaging 26 knots."
    )
    (f,) = findings(text, "geodesic_bound")
    assert "to Castries" in f["message"], f["message"]


def test_an_end_named_before_the_start_in_one_sentence():
    # "to B ..., after leaving A": the sentence's own ends are A and B
    from georoute.extraction.endpoints import leg_endpoints
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.geo.mentions import find_mentions

    text = "It sailed on to Savusavu, docking at 6 pm, some 14 hours after leaving Suva."
    ms = [m for m in find_mentions(text, default_gazetteer()) if m.place]
    origin, dest = leg_endpoints(text, 0, len(text), ms)
    assert (origin.text, dest.text) == ("Suva", "Savusavu")


def test_a_second_leg_timed_after_leaving_is_not_pooled_with_the_first_crossing():
    from georoute.verify import verify

    text = (
        "CASTRIES, March 8, 2026 (Agency) - The catamaran left Castries at 7:00 am on Saturday, "
        "March 7, and called at Kingstown at 9:30 am after a crossing of about 95 nautical miles, "
        "averaging nearly 40 knots. After a half-hour stop it sailed on for two hours, docking "
        "at noon, five hours after leaving Saint Lucia."
    )
    d = verify(texts=[text]).to_dict()
    said = {c["id"]: c["text"] for c in d["claims"]}
    for f in d["findings"]:
        if f["check"] == "speed_distance_time":
            used = {said[c] for c in f["claims"]}
            assert not ({"95 nautical miles", "two hours"} <= used), f["message"]
