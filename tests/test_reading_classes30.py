"""Round 25's classes (issue 13)."""

from __future__ import annotations

from tests.reading import findings, place_relations, places


def test_a_figure_with_a_thousands_comma_does_not_end_the_clause_before_its_endpoints():
    rel = place_relations("The train covered 1,032 km from Omaha to Denver in two days.")
    assert rel == {"Omaha": "origin", "Denver": "destination"}
    rel = place_relations("The barge carried 6,000 tonnes of wheat from Calarasi to Constanta.")
    assert rel == {"Calarasi": "origin", "Constanta": "destination"}
    # a real comma still ends the clause: the journey words before it reach no place after it
    assert place_relations("The train covered 1,032 km, Omaha officials said.") == {"Omaha": None}


def _times(text: str) -> dict[str, str | None]:
    from georoute.verify import verify

    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] == "time"
    }


def test_a_relay_or_convoy_that_started_somewhere_at_a_time_departs_then():
    text = "The relay started at the Dammam corniche at 6 a.m. and finished in Manama at 9:20 a.m."
    assert _times(text) == {"6 a.m.": "departure", "9:20 a.m.": "arrival"}
    text = "The convoy began at the border post at 7 a.m. and reached Lusaka at 9 p.m."
    assert _times(text)["7 a.m."] == "departure"


def test_a_landing_site_is_no_landing_and_parking_at_the_end_is_an_arrival():
    text = (
        "The ferry left the landing site near Entebbe at 8 a.m. and berthed at Kalangala at noon."
    )
    assert _times(text)["8 a.m."] == "departure"
    text = (
        "She left David on her motorbike at 8 a.m. and parked in front of the park gate in "
        "Boquete at 9:15 a.m."
    )
    assert _times(text) == {"8 a.m.": "departure", "9:15 a.m.": "arrival"}


def test_a_second_figure_joined_by_and_keeps_the_first_figures_subject():
    text = (
        "Serowe lies about 250 km north of Gaborone, the capital on the Notwane river, and "
        "about 150 km west of Francistown."
    )
    got = [f for f in findings(text, "separation") if "150 km" in f["message"]]
    assert got and all(f["verdict"] == "consistent" for f in got), got
    assert all("Gaborone lies" not in f["message"] for f in got)


def test_a_riding_time_and_the_stops_beside_it_fill_the_clocks_span():
    text = (
        "BHUJ, India, Jan 27, 2026 (PTI) - Asha Rao set off from Bhuj at 5:30 a.m. and reached "
        "Rapar at 4:10 p.m. Her riding time was 9 hours and 20 minutes, the rest of the day "
        "going on 80 minutes of stops for food and water."
    )
    got = findings(text, "timeline")
    assert [f["verdict"] for f in got] == ["consistent"], got
    assert "80 minutes" in got[0]["message"]
    # without the stops the riding time alone cannot fill the span
    alone = text.replace(
        ", the rest of the day going on 80 minutes of stops for food and water", ""
    )
    assert [f["verdict"] for f in findings(alone, "timeline")] == ["inconsistent"]


def test_a_leg_to_a_name_the_index_lacks_does_not_end_at_a_place_named_later():
    text = (
        "\"We drove from Corner Brook to Qwertyville in an hour and a half, and tomorrow we'll "
        'be in Halifax," said Gerald Power, 71.'
    )
    got = findings(text, "plausibility")
    assert all("Halifax" not in f["message"] for f in got), got
    assert all(f["verdict"] != "inconsistent" for f in got), got


def test_a_course_after_a_stay_at_an_unplaced_name_has_a_guessed_start():
    text = (
        "On the fourth stage the current carried him the 620 km from Olyokminsk in a single "
        "push. After a week's rest in the Qwertian capital, he paddled about 760 km north-west "
        "to Zhigansk in nine days."
    )
    got = findings(text, "direction")
    assert got and all(f["verdict"] != "inconsistent" for f in got), got


def test_a_city_named_in_a_landmarks_name_stays_a_place_for_the_rest_of_the_article():
    text = (
        "The crew crossed the finish line at the Belize City swing bridge on Monday. Belize "
        "City lies about 100 km from San Ignacio as the crow flies."
    )
    assert "Belize City" in places(text)
    got = findings(text, "separation")
    assert [f["verdict"] for f in got] == ["consistent"], got


def test_a_towns_terminal_or_corniche_is_the_towns_and_keeps_it_placed():
    text = (
        "The ferry left Argentia at 11:30 p.m. and reached the North Sydney terminal in Nova "
        "Scotia at 7 p.m. North Sydney lies about 490 km west of St. John's."
    )
    assert "North Sydney" in places(text)


def test_a_pilgrimage_or_march_that_sets_off_at_a_time_departs_then():
    text = (
        "The 40th Youth Pilgrimage to Salta set off from the church of San Roque in the "
        "neighbourhood of Villa Soledad at noon on Saturday."
    )
    assert _times(text)["noon"] == "departure"


_STAGES = (
    "TIKSI, Russia, August 19, 2026 (TASS) - A paddler has reached this Arctic port 64 days "
    "after he set out from Ust-Kut. The first stage, about 280 km to Kirensk, took him four "
    "days. The second, roughly 700 km through the taiga to Lensk, took nine days. After a "
    "week's rest there, he paddled about 760 km north-east to Olyokminsk in nine days."
)


def test_a_journey_told_in_stages_measures_each_stage_from_the_end_of_the_one_before():
    got = {f["message"].split(" is ")[0]: f["verdict"] for f in findings(_STAGES, "geodesic_bound")}
    assert (
        got.get(
            "about 280 km from Ust’-Kut to Kirensk (Ust’-Kut taken as the start: where the trip starts)"
        )
        == "consistent"
    ), got
    assert (
        got.get(
            "roughly 700 km from Kirensk to Lensk (Kirensk taken as the start: where the stage before it ended)"
        )
        == "consistent"
    ), got
    assert any(k.startswith("about 760 km from Lensk to Olyokminsk") for k in got), got


def test_a_rest_named_by_its_length_is_a_stay_and_a_planned_ride_is_no_stage():
    from tests.reading import relations

    assert relations(_STAGES)["a week"] == "stay"
    text = (
        "After two nights in Koblenz they plan to ride the 60-odd km to Bonn on Wednesday. "
        "The first phase, 1,219 km to Mwanza, is expected to cost $10 billion."
    )
    assert all(f["verdict"] == "unverifiable" for f in findings(text, "geodesic_bound"))


def test_a_part_of_the_journey_to_a_place_d_to_the_east_is_not_measured_from_the_dateline():
    text = (
        "MUMBAI, October 15, 2026 (PTI) - Enthusiasts remembered the first airmail flight. "
        "On October 15, 1932, Tata took off from Karachi at 6.30 am. He carried 25 kg of mail. "
        "The first sector, to Ahmedabad, about 590 km to the east, took four hours."
    )
    got = findings(text, "separation")
    assert all("Mumbai" not in f["message"] for f in got), got
    assert all(f["verdict"] != "inconsistent" for f in got), got
    # a place a flight was diverted to, 'about 160 km to the north', is still the dateline's
    text = (
        "ABUJA, May 2, 2026 (Reuters) - Several incoming flights were diverted to Kaduna, about "
        "160 km to the north, while departures were held."
    )
    assert [f["verdict"] for f in findings(text, "separation")] == ["consistent"]


def test_an_unplaced_end_near_a_town_is_taken_at_that_town_approximately():
    text = (
        "The pilot took off from Qwertyfield, near Calais, at dawn and landed at Dover about "
        "37 minutes later, having flown about 38 km."
    )
    got = findings(text, "geodesic_bound")
    assert [f["verdict"] for f in got] == ["consistent"], got
    assert "Calais taken for Qwertyfield, which the text puts near it" in got[0]["message"]
    # a place the index knows keeps its own reading
    text = "The pilot took off from Richmond, near Sydney, and landed at Dubbo, 300 km away."
    assert all("taken for" not in f["message"] for f in findings(text, "geodesic_bound"))


def test_an_unplaced_mark_off_a_city_stands_for_that_city_but_not_for_an_island():
    text = (
        "The liner left Queenstown on October 6, 1907, and steamed the 2,780 nautical miles "
        "to the Qwerty Hook lightship off New York in 4 days."
    )
    got = findings(text, "geodesic_bound")
    assert [f["verdict"] for f in got] == ["consistent"], got
    assert "New York City taken for Qwerty Hook" in got[0]["message"]
    text = "Fast boats run from Padangbai to the Qwerty islands off Lombok, covering 70 km."
    assert all("taken for" not in f["message"] for f in findings(text, "geodesic_bound"))


def test_a_team_driven_under_the_finish_arch_at_a_time_arrives_then():
    text = (
        "NOME, Alaska, March 18, 2026 (AP) - A musher drove her team of 11 dogs under the "
        "burled arch on Front Street in Nome at 4:12 a.m. She left Willow at 2 p.m. on Sunday, "
        "March 8."
    )
    assert _times(text)["4:12 a.m."] == "arrival"


def test_a_24_hour_clock_in_gmt_is_no_year_that_makes_a_figure_planned():
    from tests.reading import relations

    text = (
        "IQALUIT, Feb. 7, 2025 (CP) - The jet left Rankin Inlet at 12:20 p.m. Central time "
        "(1820 GMT) and landed at Iqaluit at 3:40 p.m. Eastern time (2040 GMT), two hours and 20 "
        "minutes later."
    )
    assert relations(text)["two hours and 20 minutes"] == "leg"


def test_a_ships_name_with_its_particles_is_no_person_and_its_times_are_the_trips():
    text = "The Cote d'Albatre left Newhaven at 10:00 a.m. and tied up in Dieppe at 3:00 p.m."
    assert _times(text) == {"10:00 a.m.": "departure", "3:00 p.m.": "arrival"}
    assert _times("Smith left Newhaven at 10:00 a.m.") == {"10:00 a.m.": None}
