"""Issue 13, classes of round 13 found across the development sets, each tested with wording of
its own: a craft's length written before a journey word that names the craft; a stock of food
or fuel counted in days; a speed limit named with its kind; a plausibility finding whose
distance is too short to need any speed."""

from __future__ import annotations

import pytest

from georoute.base.findings import fmt
from georoute.verify import verify

from .reading import findings, relations


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("She rowed a 7-metre expedition boat stocked for the crossing.", "7-metre"),
        ("The 290-metre cruise ship docked after the voyage.", "290-metre"),
        ("They chartered a 40-foot tour bus for the drive.", "40-foot"),
    ],
)
def test_a_crafts_length_before_a_journey_word_naming_the_craft_is_its_length(sentence, figure):
    assert relations(sentence)[figure] == "length"


def test_a_short_length_before_a_journey_word_alone_is_still_the_leg():
    # "a 900-metre swim" is a journey: only a craft's noun after the journey word makes it a size
    assert relations("He then managed a 900-metre swim to the shore.")["900-metre"] == "leg"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The raft carried 12 days of water and dried food.", "12 days"),
        ("Each sled was packed with three weeks' worth of rations.", "three weeks"),
        ("The cutter took on a fortnight's supply of diesel.", "a fortnight"),
    ],
)
def test_a_stock_counted_in_days_is_a_limit_not_the_journeys_time(sentence, figure):
    assert relations(sentence)[figure] == "limit"


def test_a_speed_limit_named_with_its_kind_is_a_limit():
    rel = relations("Many coaches broke the 70 mph motorway speed limit on the way north.")
    assert rel["70 mph"] == "limit"


_IDLE = (
    "HOBART, March 3, 2025 (Agency) - Pinned down by gales on an islet, the solo kayaker "
    "covered just 40 metres in nine days before the wind eased on Monday."
)


def test_a_distance_too_short_to_need_any_speed_bounds_nothing():
    # 40 m in nine days needs 0.0002 km/h: a time that long bounds no speed, so no
    # "consistent" (the need rounds to nothing and was once read as "no need given"), and no
    # number in the message reads 0.00
    (f,) = findings(_IDLE, "plausibility")
    assert f["verdict"] == "unverifiable", f["message"]
    assert f["computed"]["idle_share"] < 0.015
    assert "0.00 " not in f["message"]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (0.0000218, "0.000022 km/h"),
        (0.0042, "0.0042 km/h"),
        (0.5, "0.50 km/h"),
        (12.25, "12.2 km/h"),
    ],
)
def test_a_tiny_figure_is_written_with_two_significant_figures(value, written):
    assert fmt(value, "km/h") == written


def test_a_second_position_joined_by_and_keeps_the_first_ones_subject():
    text = (
        "LYON, May 2, 2025 (Agency) - The relay ended in Lyon on Friday. Lyon lies about 390 km "
        "south-east of Paris, and some 280 km north of Marseille."
    )
    fs = findings(text, "separation")
    assert len(fs) == 2 and all(f["verdict"] == "consistent" for f in fs), fs


def test_an_unplaced_name_that_lies_somewhere_is_not_replaced_by_an_earlier_place():
    # "Zorvanbad" is no place the index knows: what lies 26 km from Kollam is that, not the
    # place the sentence's ferry came from
    text = (
        "KOLLAM, India, Jan 5, 2025 (Agency) - The ferry left Alappuzha at 10.30 am. It stops "
        "near a temple at Zorvanbad, which lies about 26 km north-west of Kollam."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "unverifiable", f["message"]


def test_two_unknown_points_named_before_apart_are_not_the_earlier_pair():
    text = (
        "WAKKANAI, Japan, June 3, 2025 (Agency) - Korsakov lies about 160 km north-east of "
        "Wakkanai, and at their nearest, Cape Zelnor and Cape Brovik, the two shores are only "
        "43 km apart."
    )
    fs = {f["claims"][0]: f for f in findings(text, "separation")}
    assert [f["verdict"] for f in fs.values()].count("inconsistent") == 0, fs


@pytest.mark.parametrize(
    ("opening", "later"),
    [
        ("On Monday, May 3, 1937, the airship lifted off from Frankfurt.", "On Thursday, May 6,"),
        ("On Monday, April 28, 1947, the raft left Callao.", "On Thursday, Aug. 7,"),
    ],
)
def test_a_yearless_weekday_date_after_a_past_journeys_date_keeps_that_year(opening, later):
    text = (
        f"OSLO, May 6, 2022 (Agency) - A museum marks the anniversary. {opening}\n\n"
        f"{later} it reached its goal after the long crossing."
    )
    fs = findings(text, "calendar")
    assert fs and all(f["verdict"] == "consistent" for f in fs), [f["message"] for f in fs]


def test_a_yearless_weekday_date_that_fits_neither_year_stays_wrong():
    # May 4 was a Tuesday in 1937 and a Wednesday in 2022: "Friday" fits neither
    text = (
        "OSLO, May 6, 2022 (Agency) - On Monday, May 3, 1937, the airship lifted off.\n\n"
        "On Friday, May 4, this year's replica took off from the same field."
    )
    verdicts = {f["claims"][-1]: f["verdict"] for f in findings(text, "calendar")}
    assert "inconsistent" in verdicts.values(), verdicts


def test_an_offset_written_after_local_time_sets_the_clocks_zone():
    text = (
        "ST JOHN'S, Antigua, Jan 20, 2025 (Agency) - The crew set off from La Gomera at "
        "11.00 am local time (GMT) on Thursday, December 12, and tied up in Antigua at 2.15 pm "
        "local time (GMT-4) on Sunday, January 19, after 38 days, 7 hours and 15 minutes at sea."
    )
    fs = findings(text, "timeline")
    assert fs and all(f["verdict"] == "consistent" for f in fs), [f["message"] for f in fs]


def test_an_airship_is_judged_as_an_aircraft_not_a_ship():
    text = (
        "FRANKFURT, May 6, 2022 (Agency) - In 1936 the airship crossed the Atlantic. The "
        "crossing of roughly 7,000 km took about three days; the zeppelin cruised at about "
        "125 km/h."
    )
    for f in findings(text, "plausibility"):
        assert f["verdict"] != "inconsistent", f["message"]
        assert f["computed"].get("mode") != "ship"


def test_a_powered_vessel_named_beside_a_life_raft_keeps_the_ships_limit():
    text = (
        "DUTCH HARBOR, Alaska, Feb 11, 2025 (Agency) - The crew were pulled from a life raft. "
        "The Coast Guard cutter covered roughly 240 nautical miles in about 17 hours, "
        "averaging just over 14 knots."
    )
    for f in findings(text, "plausibility"):
        assert f["verdict"] != "inconsistent", f["message"]


def test_a_citys_possessive_before_an_airport_does_not_make_the_city_an_airport():
    text = (
        "LONDON, March 25, 2018 (Agency) - A jet landed at London's Heathrow Airport on Sunday "
        "after a 17-hour, 20-minute flight from Perth."
    )
    for f in findings(text, "plausibility"):
        assert f["verdict"] == "consistent", f["message"]
        assert "New London" not in f["message"]


def test_clocks_that_went_forward_and_a_craft_destroyed_in_seconds_are_no_leg():
    rel = relations(
        "Clocks in Britain had gone forward one hour overnight. The airship burst into flames "
        "and was destroyed in about 34 seconds."
    )
    assert rel["one hour"] == "offset" and rel["34 seconds"] == "other", rel


def test_a_figure_in_a_contrasting_clause_takes_the_ends_named_after_it():
    text = (
        "AUCKLAND, Sept 18, 2022 (Agency) - The longest flights compare: the service between "
        "Singapore and New York covers about 15,300 km, while another airline flies 14,498 km "
        "nonstop between Perth and London."
    )
    for f in findings(text, "geodesic_bound"):
        assert f["verdict"] == "consistent", f["message"]


def test_a_count_of_days_from_a_dated_start_to_a_weekday_alone_is_checked():
    # Sunday, June 1, 2025 + 10 days = Wednesday, June 11 (the dateline's day)
    text = (
        "OSH, Kyrgyzstan, June 11, 2025 (Agency) - A cyclist rode into Osh on Wednesday. He "
        "left Kashgar on Sunday, June 1, and spent 10 days on the road over the Torugart pass."
    )
    fs = [f for f in findings(text, "calendar") if "days_between" in f["computed"]]
    assert fs and fs[0]["computed"]["days_between"] == 10, [f["message"] for f in fs]


def test_a_count_written_as_an_adjective_may_count_the_first_and_last_day():
    # Sunday, Feb. 16 to Thursday, Feb. 20 is 4 days apart: a "five-day trip" touches 5 days
    text = (
        "LUXOR, Egypt, Feb 20, 2025 (Agency) - The felucca left Aswan on Sunday, Feb. 16, and "
        "tied up in Luxor on Thursday, Feb. 20, at the end of a five-day trip down the Nile."
    )
    fs = [f for f in findings(text, "calendar") if "days_between" in f["computed"]]
    assert fs and fs[0]["computed"]["days_counted"] == 5, [f["message"] for f in fs]
    assert "first and the last day" in fs[0]["message"]


def test_a_mass_start_that_went_off_is_a_departure():
    text = (
        "MORA, Sweden, March 3, 2025 (Agency) - The mass start of the ski race went off in Salen "
        "at 8.00 am. The winner, Ida Berg, 29, crossed the line in Mora at 2.45 pm, 6 hours 45 "
        "minutes later."
    )
    fs = findings(text, "timeline")
    assert fs and fs[0]["verdict"] == "consistent", [f["message"] for f in fs]


def test_made_it_to_a_place_at_a_clock_time_is_an_arrival():
    rel = {
        c["text"]: c.get("relation")
        for c in verify(
            texts=[
                'MIAMI, Sept 8, 2017 (Agency) - "We left Key West at 5:30 a.m. and made it to my '
                "sister's house in Miami at 2:45 p.m.,\" said one driver."
            ]
        ).to_dict()["claims"]
        if c["kind"] == "time"
    }
    assert rel == {"5:30 a.m.": "departure", "2:45 p.m.": "arrival"}, rel


def test_a_duration_is_judged_with_the_distance_written_beside_it():
    # the whole trek's 430 km is not what "two and a half hours" times: the 12 km written with
    # it is, and walking 12 km in 2.5 h fits (no inconsistent from the 430 km)
    text = (
        "BIRDSVILLE, Australia, July 22, 2025 (Agency) - The group walked about 430 km across "
        "the desert in 24 days. The final 12-km stretch into town took just two and a half hours."
    )
    fs = findings(text, "plausibility")
    assert fs and all(f["verdict"] != "inconsistent" for f in fs), [f["message"] for f in fs]


_ISLAND_HOP = (
    "LONDON, Jan 15, 2025 (Agency) - The tanker aircraft took off from RAF Brize Norton in "
    "Oxfordshire at 11.30pm on Tuesday, January 14 and landed on Zorvan Island at 7.40am on "
    "Wednesday, a flight of eight hours and 10 minutes. After refuelling it flew on and touched "
    "down in Honolulu."
)


def test_a_clock_with_no_place_of_its_zone_named_beside_it_is_not_judged():
    # the island is unknown: its arrival clock would be read in the zone of the trip's far end
    for f in findings(_ISLAND_HOP, "timeline"):
        assert f["verdict"] != "inconsistent", f["message"]


def test_a_clock_beside_a_place_of_its_zone_is_still_judged():
    text = (
        "EDINBURGH, May 5, 2025 (Agency) - The train left London King's Cross at 10.00am and "
        "pulled into Edinburgh Waverley at 2.20pm, a journey of three hours."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "inconsistent", f["message"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The vessel repaired a 1,200-km undersea cable to Guam.", "1,200-km"),
        (
            "Both states claim 200-nautical-mile exclusive economic zones there.",
            "200-nautical-mile",
        ),
        ("Police set up a 5 km exclusion zone around the crater.", "5 km"),
    ],
)
def test_a_cables_length_or_a_zones_breadth_is_a_feature(sentence, figure):
    assert relations(sentence)[figure] == "feature"


def test_one_leg_never_gets_both_verdicts_from_the_geodesic_bound():
    # Mumbai-Bosaso is 2,685 km: the 1,800 km written beside the whole 3,000 km is a part
    text = (
        "MUMBAI, Nov 20, 2024 (Agency) - The tagged falcon flew about 3,000 km from Mumbai to "
        "Bosaso in Somalia, roughly 1,800 km of it over open sea, in about 70 hours."
    )
    verdicts = {f["verdict"] for f in findings(text, "geodesic_bound")}
    assert not {"consistent", "inconsistent"} <= verdicts, verdicts


def test_a_storms_own_speed_is_weather_not_the_convoys():
    rel = relations("The typhoon was moving north-west at about 15 km/h on Monday evening.")
    assert rel["15 km/h"] == "weather", rel


def test_a_city_named_for_its_clock_is_no_reference_of_a_separation():
    # "Moscow time" names a clock: what lies 190 km to the south is south of Nalchik
    text = (
        "NALCHIK, Russia, Jan 27, 2025 (Agency) - A driver left Nalchik at 8 a.m. Moscow time on "
        "Friday and reached Tbilisi on Sunday. The drive to the Georgian capital, about 190 km "
        "to the south, normally takes five hours."
    )
    for f in findings(text, "separation"):
        assert "Moscow" not in f["message"], f["message"]


def test_a_bearing_just_past_a_sectors_edge_within_the_places_blur_is_not_judged():
    # Arish lies at 246 degrees of Rafah, 1.5 degrees short of "west", 46 km apart
    text = (
        "CAIRO, Nov 2, 2023 (Agency) - The buses left the crossing at Rafah at 1:30 pm and "
        "reached El Arish, some 45 km west of Rafah, at about 2:45 pm."
    )
    (f,) = findings(text, "direction")
    assert f["verdict"] == "unverifiable", f["message"]


def test_a_time_later_followed_by_a_timed_arrival_is_the_journeys():
    rel = relations(
        "The steam train left Caernarfon at 10.00 am. Two hours and 25 minutes later, at "
        "12.25 pm, it eased into Porthmadog. Two days later, at 9 am, the crew sailed on."
    )
    assert rel["Two hours and 25 minutes"] == "leg" and rel["Two days"] == "offset", rel


def test_the_record_a_journey_is_set_against_is_no_leg():
    rel = relations(
        "He averaged 21 km/h, far from the record of 7 days, 15 hours and 56 minutes set in "
        "2014. She set the record of 9 days on the route."
    )
    assert rel["7 days, 15 hours and 56 minutes"] == "other" and rel["9 days"] == "leg", rel


def _time_roles(text: str) -> dict[str, str | None]:
    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] == "time"
    }


def test_a_travel_verb_joined_by_and_after_a_clock_gives_it_its_role():
    text = (
        "BODO, Norway, June 6, 2025 (Agency) - The old steamer sounded its horn at the quay at "
        "3.00 pm on Friday, June 6, and set off across the fjord."
    )
    assert _time_roles(text)["3.00 pm"] == "departure", _time_roles(text)


def test_a_joined_verb_with_its_own_time_leaves_the_first_clock_alone():
    text = (
        "BODO, Norway, June 6, 2025 (Agency) - The crews met at 9 am and set off at noon from "
        "the old quay."
    )
    assert _time_roles(text)["9 am"] is None, _time_roles(text)
