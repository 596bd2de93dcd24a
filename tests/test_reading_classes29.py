"""Round 24's classes (issue 13), and how the test articles' expectations are scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.expectations import Article, _spans
from tests.reading import findings, place_relations, places


def _article(text: str) -> Article:
    return Article("x", text, Path("x.txt"), {})


def test_a_figure_inside_a_longer_figure_is_not_that_figure():
    text = "Brown, then about 33, sat in a box; Philadelphia lies about 330 km away, 1,100 km."
    assert _spans([_article(text)], "about 33") == [("x", text.index("about 33,"), 20)]
    assert _spans([_article(text)], "1") == []
    assert len(_spans([_article(text)], "about 330 km")) == 1


def test_a_train_easing_out_of_and_creeping_into_places_marks_its_ends():
    rel = place_relations(
        "The new Zephyr eased out of Denver at dawn and crept into Chicago at dusk."
    )
    assert rel == {"Denver": "origin", "Chicago": "destination"}


def test_a_big_city_that_is_also_a_surname_stays_a_place_in_a_trains_name():
    text = (
        "The streamliner left Denver at 5 a.m. and reached Chicago at 6 p.m. Two years later "
        "one of the new Denver Zephyrs cut the time."
    )
    assert "Denver" in places(text)


def _cross(texts: list[str]) -> list:
    from georoute.verify import verify

    return [f for f in verify(texts=texts).findings if f.check == "cross_source"]


_FLIGHT_A = (
    "NORFOLK ISLAND, Nov 15, 2024 (AAP) - Mavis Nobbs-Christian's flight left Sydney at 10 a.m. "
    "and landed on Norfolk Island at 1:35 p.m. local time, a flight of two hours and 35 minutes "
    "covering about 1,700 km. Norfolk Island's clocks run an hour ahead of Sydney's."
)


def _flight_b(arrival: str, distance: str) -> str:
    return (
        "SYDNEY, Nov 15, 2024 (Reuters) - Mavis Christian, 90, flew home on Friday. Her flight "
        f"departed Sydney at 10:00 local time and touched down on Norfolk Island at {arrival} "
        f"island time, two hours 35 minutes later, having covered roughly {distance}. The island "
        "keeps time one hour ahead of Sydney."
    )


def test_two_reports_of_one_flight_get_one_verdict_on_all_their_figures_and_clocks():
    (f,) = _cross([_FLIGHT_A, _flight_b("13:35", "1,700 km")])
    assert f.verdict == "consistent", f.message
    kinds = {c["kind"]: c["verdict"] for c in f.computed["compared"]}
    assert kinds == {
        "distance": "consistent",
        "duration": "consistent",
        "departure": "consistent",
        "arrival": "consistent",
    }


def test_two_reports_of_one_flight_disagreeing_on_the_arrival_clock_are_inconsistent():
    (f,) = _cross([_FLIGHT_A, _flight_b("15:05", "1,700 km")])
    assert f.verdict == "inconsistent", f.message
    kinds = {c["kind"]: c["verdict"] for c in f.computed["compared"]}
    assert kinds["arrival"] == "inconsistent" and kinds["distance"] == "consistent"


def test_a_place_name_in_a_possessive_is_no_traveller():
    from georoute.base.documents import Document
    from georoute.extraction.extract import extract_document

    dc = extract_document(Document("d", _FLIGHT_A))
    assert dc.trip.traveller == "Nobbs-Christian"


def test_an_hour_ahead_of_a_countrys_clocks_is_a_zone_difference():
    from georoute.verify import verify

    text = "The ferry berthed in Aqaba at 18:00, Jordan's clocks running an hour ahead of Egypt's."
    (c,) = [c for c in verify(texts=[text]).to_dict()["claims"] if c["kind"] == "duration"]
    assert (c["text"], c["relation"]) == ("an hour", "offset")


def test_a_firth_of_a_river_is_one_name_not_a_town_named_firth():
    assert place_relations(
        "A godwit has landed on the Firth of Thames after flying from Alaska."
    ) == {"Alaska": "origin"}


def _separations(text: str) -> list[tuple[str, list]]:
    from georoute.verify import verify

    d = verify(texts=[text]).to_dict()
    name = {p["id"]: p["name"] for p in d["places"]}
    return [
        (c["text"], [name.get(x) for x in c["places"]])
        for c in d["claims"]
        if c["kind"] == "distance" and c.get("relation") == "separation"
    ]


def test_a_second_position_after_a_straight_line_keeps_the_sentences_subject():
    seps = _separations(
        "Ibri lies about 410 km north-east of Duqm as the crow flies and about 195 km west of "
        "Muscat."
    )
    assert seps[1][0] == "195 km" and seps[1][1][0] == "Muscat"
    assert seps[1][1][1] == seps[0][1][1]  # Ibri, as for the first position


def test_the_island_is_the_island_the_story_named_not_the_last_city():
    seps = _separations(
        "The flight landed on Norfolk Island at 1:35 p.m. Norfolk Island's clocks run an hour "
        "ahead of Sydney's. The island, which lies about 1,470 km east of Brisbane, has around "
        "2,190 residents."
    )
    assert seps == [("1,470 km", ["Brisbane", None])]


def _relations(text: str) -> dict[str, str | None]:
    from georoute.verify import verify

    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] in ("distance", "duration")
    }


def test_another_ride_from_as_far_away_as_a_described_place_is_no_leg():
    assert _relations(
        "About a dozen rides converge on the city, some starting as far away as Hidalgo County "
        "on the Mexican border, a ride of more than 500 km."
    ) == {"500 km": "other"}


def test_an_event_that_opens_on_a_day_and_runs_for_weeks_is_an_event():
    assert _relations(
        "Organisers expect the Livestock Show and Rodeo, which opens on March 4 and runs for "
        "nearly three weeks, to draw 2.5 million visitors."
    ) == {"three weeks": "event"}


def test_a_flights_first_sector_to_a_city_ends_there():
    rel = place_relations(
        "Tata took off from Karachi at 6.30 am. The first sector to Ahmedabad took four hours."
    )
    assert (rel["Karachi"], rel["Ahmedabad"]) == ("origin", "destination")


def _calendar(text: str) -> list[tuple[str, list[str]]]:
    from georoute.verify import verify

    d = verify(texts=[text]).to_dict()
    said = {c["id"]: c["text"] for c in d["claims"]}
    return [
        (f["verdict"], [said[c] for c in f["claims"]])
        for f in d["findings"]
        if f["check"] == "calendar"
    ]


def test_a_yearless_date_after_a_month_of_a_past_year_takes_that_year():
    text = (
        "MYTILENE, Greece, Sept 24, 2022 (ANA-MPA) - Jennings was in Smyrna when forces entered "
        "the city in September 1922. The Great Fire broke out on Wednesday, September 13."
    )
    assert ("consistent", ["Wednesday, September 13"]) in _calendar(text)


def test_a_weekday_judged_in_the_datelines_year_cites_the_dateline():
    text = (
        "KATHMANDU, May 29, 2026 (IANS) - A runner won the marathon on Thursday, May 29, racing "
        "down to Namche Bazaar."
    )
    assert ("inconsistent", ["Thursday, May 29", "May 29, 2026"]) in _calendar(text)


def test_a_trip_with_no_named_ends_takes_the_straight_line_the_article_sets_against_it():
    from georoute.verify import verify

    text = (
        "LONDON, June 2, 2025 (PA) - The runners covered some 90 km over hills and farm tracks "
        "in the race on Sunday. Brighton lies about 75 km south of London as the crow flies, but "
        "the course wound through the Downs."
    )
    (f,) = [f for f in verify(texts=[text]).findings if f.check == "geodesic_bound"]
    assert f.verdict == "consistent", f.message
    assert {f.computed["origin"], f.computed["destination"]} == {
        p.id for p in verify(texts=[text]).places.values() if p.name in ("London", "Brighton")
    }


def test_another_persons_total_and_a_next_target_are_no_leg():
    assert _relations(
        "No one has come close, although several walkers have covered more than 20,000 km in "
        "total. His next target, he says, is the Lombardia route in October, some 250 km "
        "around Lake Como."
    ) == {"20,000 km": "other", "250 km": "planned"}


def test_a_ranked_part_of_the_journey_timed_on_its_own_is_a_leg_of_its_own():
    from georoute.verify import verify

    text = (
        "ULAANBAATAR, July 2, 2025 (Montsame) - Bat covered the 250 km race across the Gobi in "
        "27 hours 40 minutes in all. The 81-km long stage took him 11 hours and 20 minutes."
    )
    d = verify(texts=[text]).to_dict()
    said = {c["id"]: c["text"] for c in d["claims"]}
    legs = [sorted(said[c] for c in lg["claims"]) for lg in d["legs"]]
    assert ["11 hours and 20 minutes", "81-km"] in legs, legs


def test_a_clock_named_for_a_region_whose_countries_keep_one_time_takes_that_zone():
    from georoute.verify import verify

    text = (
        "The ship arrived at the Incheon terminal at 9 a.m. after a voyage from Weihai, which it "
        "left at 7:30 p.m. Korean time Tuesday."
    )
    zones = {
        c["text"]: c.get("zone")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] == "time"
    }
    assert zones["7:30 p.m. Korean time"] == "Asia/Seoul"


@pytest.mark.parametrize(
    "text",
    [
        "They covered about 1,500 km from Darwin south to Alice Springs.",
        "The convoy drove south from Darwin to Alice Springs.",
    ],
)
def test_a_course_with_its_start_written_beside_the_compass_word_is_judged(text):
    (f,) = findings(text, "direction")
    assert f["verdict"] == "consistent" and "Darwin" in f["message"]


def test_a_compass_word_inside_a_name_is_no_course():
    assert findings("Evacuees drove from Key West to Miami on Sunday.", "direction") == []


def test_a_region_whose_towns_keep_one_clock_under_two_zone_names_has_that_clock():
    from georoute.geo.gazetteer import default_gazetteer

    para = default_gazetteer().resolve("Pará").place
    assert para is not None and para.timezone in ("America/Belem", "America/Santarem")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Al-Yami said he hoped to ride next year from Jazan to Jeddah, a distance of about "
            "700 km along the coast.",
            {"700 km": "planned"},
        ),
        (
            "Fans were arriving on Thursday after journeys of up to three days on crowded "
            "wooden riverboats.",
            {"three days": "other"},
        ),
        (
            "The flight took 45 minutes. Before the gangs took over the exits from the capital, "
            "the bus ride along National Route 1 took about six hours.",
            {"45 minutes": "leg", "six hours": "former"},
        ),
        (
            "The route forms part of the Sinai Trail, a long-distance path of about 550 km "
            "launched in 2015.",
            {"550 km": "feature"},
        ),
        (
            "The line, built between 1922 and 1945, once ran 402 km from Ingeniero Jacobacci "
            "to Esquel.",
            {"402 km": "feature"},
        ),
    ],
)
def test_figures_of_plans_others_former_trips_and_routes_are_no_leg(text, want):
    assert _relations(text) == want


def test_a_story_filed_from_a_place_the_journey_reached_ends_there():
    from georoute.verify import verify

    text = (
        "JAZAN, Saudi Arabia, Jan 22, 2025 (SPA) - A cyclist reached the port city of Jazan on "
        "Wednesday, completing a five-day ride from Najran. He set off from Najran on Saturday, "
        "Jan 18, and rode 486 km: 257 km to Abha in the first three days, and then 229 km down "
        "the escarpment to Jazan. He averaged about 97 km a day."
    )
    r = verify(texts=[text])
    (trip,) = r.trips
    assert r.places[trip.destination].name == "Jizan"
    assert not [f for f in r.findings if f.verdict == "inconsistent"], [
        f.message for f in r.findings if f.verdict == "inconsistent"
    ]


def test_a_first_part_timed_on_its_own_starts_where_the_trip_does_and_keeps_its_figures():
    from georoute.verify import verify

    text = (
        "MUMBAI, Oct 15, 2026 (PTI) - On October 15, 1932, Tata took off from Karachi at "
        "6.30 am. The first sector took four hours and fifteen minutes, an average of roughly "
        "140 km/h. The whole route from Karachi to Bombay, some 1,030 km, was flown without "
        "radio."
    )
    r = verify(texts=[text])
    assert not [f for f in r.findings if f.verdict == "inconsistent"], [
        f.message for f in r.findings if f.verdict == "inconsistent"
    ]
    d = r.to_dict()
    said = {c["id"]: c["text"] for c in d["claims"]}
    part = next(lg for lg in d["legs"] if "140 km/h" in [said[c] for c in lg["claims"]])
    assert r.places[part["origin"]].name == "Karachi" and part["destination"] is None


def test_a_multi_stage_events_total_told_with_its_stages_is_no_leg():
    assert _relations(
        "This year's edition brings 154 riders in 22 teams over nine stages and about 1,165 km, "
        "ending in the Alps."
    ) == {"1,165 km": "other"}


def test_two_reports_writing_the_travellers_name_with_and_without_accents_are_one_trip():
    from georoute.verify import verify

    a = (
        "GUATEMALA CITY, Jan 14, 2025 (EFE) - Santos Cholotío walked from Guatemala City to "
        "Esquipulas in seven days. Cholotío covered about 222 km."
    )
    b = (
        "ESQUIPULAS, Jan 14, 2025 (AP) - Santos Cholotio, 67, reached Esquipulas on foot from "
        "Guatemala City. Cholotio walked 138 miles (222 kilometers) in seven days."
    )
    assert [t.docs for t in verify(texts=[a, b]).trips] == [("text1", "text2")]


def test_the_pace_of_the_rest_of_a_voyage_after_a_mishap_is_a_part():
    from georoute.verify import verify

    text = (
        "Lewis rigged a jury mast and pressed on, averaging about 40 miles a day on short rations."
    )
    claims = verify(texts=[text]).to_dict()["claims"]
    assert {c["text"]: c.get("relation") for c in claims if c["kind"] == "speed"} == {
        "40 miles a day": "part"
    }


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "SAINT CATHERINE, Egypt, Nov 4, 2025 (MENA) - A walker set off from Dahab at 5:00 "
            "a.m. on Monday, Nov 3, and reached Saint Catherine at 11:00 a.m. the same day, "
            "covering the 120-km mountain route on foot.",
            "inconsistent",
        ),
        (
            "CAIRO, Nov 4, 2025 (MENA) - A bus left Cairo at 8 a.m. on Monday, Nov 3, and reached "
            "Alexandria at 11 a.m., covering the 220-km desert road.",
            "consistent",
        ),
    ],
)
def test_a_distance_timed_only_by_its_clocks_is_judged_for_its_mode(text, verdict):
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == verdict and "apart" in f["message"], f["message"]


def test_hours_ahead_of_the_clocks_in_a_place_is_a_zone_difference():
    from georoute.verify import verify

    text = "Clocks in Barnaul run two hours ahead of those in Almaty, the bus company said."
    d = verify(texts=[text]).to_dict()
    name = {p["id"]: p["name"] for p in d["places"]}
    (c,) = [c for c in d["claims"] if c["kind"] == "duration"]
    assert c["relation"] == "offset" and [name[x] for x in c["places"]] == ["Almaty"]


@pytest.mark.parametrize(
    ("name", "now", "country"),
    [("Smyrna", "İzmir", "TR"), ("Kalgan", "Zhangjiakou", "CN"), ("Memel", "Klaipėda", "LT")],
)
def test_a_former_name_in_a_historical_story_is_the_city_it_named(name, now, country):
    from georoute.geo.gazetteer import default_gazetteer

    context = (
        "In 1870 the caravan road ran from Urga to Kalgan across the Gobi; in 1922 refugees "
        "fled Smyrna for Mytilene; in 1939 Memel on the Baltic was seized."
    )
    place = default_gazetteer().resolve(name, context=context).place
    assert (place.name, place.country) == (now, country)


def test_a_weekday_of_a_past_journey_keeps_its_year_past_another_events_month():
    text = (
        "WASHINGTON, April 21, 2025 (AP) - On Friday, 21 April 1865, a train left the capital.\n\n"
        "It retraced the route he had taken in February 1861, and reached New York on "
        "Monday, 24 April."
    )
    assert ("consistent", ["Monday, 24 April"]) in _calendar(text)


def test_two_reports_of_a_crossing_told_in_opposite_directions_do_not_disagree_on_its_end():
    a = (
        "SARANDE, Albania, June 2, 2025 (AFP) - Maria Costa took the morning ferry from Corfu "
        "to Sarande, a crossing of about 30 km."
    )
    b = (
        "CORFU, Greece, June 2, 2025 (Reuters) - Maria Costa sailed from Sarande to Corfu on "
        "the evening ferry, a crossing of about 30 km, after a day in Albania."
    )
    assert not [f.message for f in _cross([a, b]) if f.verdict == "inconsistent"]


def test_a_vehicle_that_ran_to_a_place_ends_its_leg_there():
    rel = place_relations("The first special ran to Loughborough on Monday with 500 passengers.")
    assert rel["Loughborough"] == "destination"
