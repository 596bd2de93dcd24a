"""Issue 13, classes of round 19 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

from .reading import findings, relations

# --- an average per day written apart from the journey's distance and days ---------------------

_WALK = (
    "EXETER, England, July 9, 2025 (PA) - A retired nurse from Leeds has finished the 870-km "
    "Kingfisher Coast Path, walking into Exeter on Tuesday. She left Bath on May 20 and spent 50 "
    'days on the trail. "I managed about {rate} km a day, some days more," said the 66-year-old.'
)


def test_a_daily_average_that_fits_the_trails_length_and_the_days_is_consistent():
    (f,) = findings(_WALK.format(rate=17), "speed_distance_time")
    assert f["verdict"] == "consistent"
    assert "17.4 km a day" in f["message"] and "apart" in f["message"]


def test_a_daily_average_that_does_not_fit_is_not_judged():
    (f,) = findings(_WALK.format(rate=25), "speed_distance_time")
    assert f["verdict"] == "unverifiable"
    assert "another stretch" in f["message"]


def test_two_spans_of_days_leave_the_daily_average_unpaired():
    text = _WALK.format(rate=17).replace(
        "50 days on the trail.", "50 days on the trail, after a 30-day trek in Wales last year."
    )
    assert not [f for f in findings(text, "speed_distance_time") if "apart" in f["message"]]


# --- a line's length given as its rank after "at D" --------------------------------------------


def test_a_length_that_ranks_a_railway_is_the_railways_not_the_trip():
    rel = relations(
        "The herders cross the Ob-Kara railway, which at 480 km is the northernmost line in "
        "the country, on their way north."
    )
    assert rel["480 km"] == "feature"


# --- arrivals and departures as wire copy writes them -------------------------------------------


def _timeline(text: str) -> list[str]:
    return [f["verdict"] for f in findings(text, "timeline")]


def test_a_boat_beached_at_its_destination_arrives_then():
    assert _timeline(
        "The race started at noon on Wednesday, June 26, in Carmacks, and the two paddlers "
        "beached their canoe in Mayo at 6:42 am on Friday, 42 hours and 42 minutes later."
    ) == ["consistent"]


def test_rounding_a_named_cape_is_reaching_it():
    assert _timeline(
        "The barque left Puerto Williams at 6 pm on Saturday, November 30, and turned south, "
        "rounding the Horn at 2.15 pm on Sunday, some 20 hours later."
    ) == ["consistent"]


def test_touching_a_shore_named_by_an_adjective_is_an_arrival():
    assert _timeline(
        "The relay team set off from Cape Dezhnev at 6:00 a.m. local time on Tuesday, August 6, "
        "and the last swimmer touched the Alaskan shore at 8:00 a.m. Alaska time on Thursday, "
        "August 8, roughly 74 hours later."
    ) == ["consistent"]


def test_a_vessel_dispatched_from_a_port_departs_then_and_a_wrong_duration_is_caught():
    text = (
        "The coast guard dispatched a cutter from Keelung at 6 p.m. on Thursday, May 9, which "
        "reached waters off Yonaguni at 3:30 a.m. Friday, {} hours later."
    )
    assert _timeline(text.format("eight and a half")) == ["consistent"]
    assert _timeline(text.format("eleven and a half")) == ["inconsistent"]


# --- a river's course, a service's own start, a trip named after a stop, a way down the coast ----


def test_a_rivers_course_after_its_flow_is_the_rivers_length():
    rel = relations(
        "Uralsk lies near the river, which flows into the Caspian Sea after a course of more "
        "than 2,400 km. The marathon's course of 42 km was flat."
    )
    assert rel["2,400 km"] == "feature"
    assert rel["42 km"] != "feature"


def test_a_service_named_by_its_first_station_starts_this_trip_where_it_left():
    (f,) = findings(
        "BOLZANO, July 12, 2024 (ANSA) - The EuroCity train from Munich left Innsbruck at 9:36 "
        "a.m. and pulled into Bolzano at 12:10 p.m., covering 125 km over the Brenner Pass.",
        "geodesic_bound",
    )
    assert f["verdict"] == "consistent"
    assert "Innsbruck" in f["message"] and "Munich" not in f["message"]


def test_a_trip_named_right_after_a_stop_keeps_its_own_time():
    rel = relations(
        "The ferry left Juneau at 7 a.m. and reached Skagway at 1:45 p.m. after a 45-minute stop "
        "in Haines, a trip of six hours and 45 minutes."
    )
    assert rel["45-minute"] == "stay"
    assert rel["six hours and 45 minutes"] == "leg"


def test_a_way_down_the_coast_from_a_place_is_a_position_not_a_margin():
    rel = relations("Ferrol lies about 60 km down the coast from Ribadeo, past the cliffs.")
    assert rel["60 km"] == "separation"


# --- "In that time" points back at the time the sentence before gave ---------------------------

_RECORD = (
    "FALMOUTH, England, Feb 7, 2025 (PA) - Two decades ago the skipper crossed the start line off "
    "Ushant at 8.11 a.m. GMT on Sunday, November 28, 2004. She crossed the same line at 10.29 "
    "p.m. GMT on Monday, February 7, 2005, after 71 days, 14 hours and 18 minutes. In that time "
    "she sailed 27,354 nautical miles (50,660 km), an average of {speed} knots, snatching sleep in "
    "bursts of 20 minutes or less."
)


def test_figures_after_in_that_time_are_the_legs_of_the_time_before():
    (f,) = findings(_RECORD.format(speed="15.9"), "speed_distance_time")
    assert f["verdict"] == "consistent"
    assert "1,718 h" in f["message"]
    (g,) = findings(_RECORD.format(speed="19.9"), "speed_distance_time")
    assert g["verdict"] == "inconsistent"


def test_spells_of_sleep_are_not_the_journey():
    assert relations(_RECORD.format(speed="15.9"))["20 minutes"] == "stay"


def test_crossing_the_same_line_again_is_the_arrival():
    (f,) = findings(_RECORD.format(speed="15.9"), "timeline")
    assert f["verdict"] == "consistent"


# --- a voyage that ran past New Year, told in an anniversary piece -------------------------------

_VOYAGE = (
    "HOBART, March 3, 2024 (AAP) - The little sloop that carried a teenager around the world sat "
    "on a cradle by the harbour on Sunday.\n\n"
    "Mia Carter sailed Southern Wren, a 10-metre sloop, out through the Derwent on Saturday, "
    "September 5, 2009, bound east across the Pacific.\n\n"
    "She returned on Sunday, March 21, 2010, two days before her 18th birthday, after 197 days "
    "alone at sea and some 21,500 nautical miles, averaging about {speed} knots."
)


def test_a_voyage_begun_late_in_a_year_and_ended_the_next_is_the_storys_own_trip():
    (f,) = findings(_VOYAGE.format(speed="4.5"), "speed_distance_time")
    assert f["verdict"] == "consistent"
    assert "197 days" in f["message"] or "4,728 h" in f["message"]
    (g,) = findings(_VOYAGE.format(speed="6.5"), "speed_distance_time")
    assert g["verdict"] == "inconsistent"


def test_days_before_a_birthday_are_no_journey():
    assert relations(_VOYAGE.format(speed="4.5"))["two days"] == "offset"


# --- of several fitting readings, the one that fits at face value ---------------------------------


def test_the_distance_that_fits_at_face_value_is_cited_over_one_that_fits_only_rounded():
    (f,) = findings(
        "SALT LAKE CITY, July 24, 2022 (Reuters) - The vanguard company left Winter Quarters on "
        "Monday, April 5, 1847, and reached the valley on Saturday, July 24, 1847, after a journey "
        "of about 1,030 miles that took about 110 days, an average of roughly 9 miles a day. The "
        "full trail from Nauvoo runs about 1,300 miles.",
        "speed_distance_time",
    )
    assert f["verdict"] == "consistent"
    assert "at face value" not in f["message"]
    assert "1,658 km" in f["message"]


# --- the subject of a position described by an -ing noun or by the spot it sits at ---------------


def test_a_town_described_by_an_ing_noun_is_the_subject_of_its_position():
    (f,) = findings(
        "Calama, the mining city some 200 km south-east of Antofagasta, sits at an altitude of "
        "about 2,260 metres.",
        "separation",
    )
    assert f["verdict"] == "consistent" and "Calama" in f["message"]


def test_a_town_that_sits_at_a_spot_lies_where_the_spot_lies():
    (f,) = findings(
        "Bukavu sits at the lake's southern tip, about 100 km from Goma, while the road round "
        "the western shore is poor.",
        "separation",
    )
    assert f["verdict"] == "consistent" and "Bukavu" in f["message"]


def test_an_action_between_a_town_and_a_position_still_breaks_the_link():
    (f,) = findings(
        "A train bound for Calama derailed some 200 km south-east of Antofagasta.", "separation"
    )
    assert "Calama" not in f["message"]


# --- positions told with a town's population, and from a place the index lacks -------------------


def test_a_position_after_a_towns_population_is_the_towns():
    (f,) = findings(
        "The race starts from Wicklow, a harbour town of about 10,500 people some 45 km (28 "
        "miles) from Dublin.",
        "separation",
    )
    assert f["verdict"] == "consistent" and "Wicklow" in f["message"]


def test_a_position_from_an_unknown_place_is_a_separation_not_a_trip():
    text = "Victoria lies more than 5,000 km from Qorvath Bay, the far end of the highway."
    assert relations(text)["5,000 km"] == "separation"
    (f,) = findings(text, "separation")
    assert f["verdict"] == "unverifiable"
    assert not findings(text, "geodesic_bound")


def test_a_trip_from_an_unknown_place_to_another_stays_a_trip():
    assert relations("The convoy is about 40 km from Zorvak to Telmar.")["40 km"] != "separation"


# --- the story's route by another mode ------------------------------------------------------------

_BY_CAR = (
    "KAZAN, Nov 22, 2024 (Interfax) - The train left Kazan at 8 a.m. and reached Samara at 9.30 "
    "p.m., after twelve and a half hours. By car the trip of roughly {} km takes about five hours."
)


def test_a_distance_of_the_storys_trip_by_another_mode_is_bounded_by_the_trips_ends():
    (f,) = [f for f in findings(_BY_CAR.format(360), "geodesic_bound") if "360" in f["message"]]
    assert f["verdict"] == "consistent" and "Kazan" in f["message"]


def test_a_shorter_distance_by_another_mode_is_not_judged_on_inferred_ends():
    (f,) = [f for f in findings(_BY_CAR.format(200), "geodesic_bound") if "200" in f["message"]]
    assert f["verdict"] == "unverifiable"


# --- a time "later" followed by the arrival it times ----------------------------------------------


def test_a_time_later_then_the_vehicles_arrival_times_the_journey():
    rel = relations(
        "The train left Pretoria on Monday. Three days later, the train drew into the station at "
        "Victoria Falls, having travelled some 1,600 km."
    )
    assert rel["Three days"] == "leg"


def test_a_time_later_then_an_agreement_reached_is_no_journey():
    assert (
        relations("Two days later, the delegation reached an agreement in Doha.")["Two days"]
        == "offset"
    )


def test_a_landing_only_feared_is_no_arrival():
    from georoute.verify import verify

    claims = verify(
        texts=[
            "On the evening of Sunday, July 10, 2022, the crew climbed into the plane, stuffed "
            "with floats to keep it afloat if it came down at sea."
        ]
    ).to_dict()["claims"]
    (date,) = [c for c in claims if c["kind"] == "date"]
    assert date.get("relation") != "arrival"


# --- what a route usually takes, beside its distance ----------------------------------------------


def test_a_usual_time_beside_the_routes_distance_is_checked_as_possible():
    (f,) = findings(
        "KEY WEST, Fla., Sept 8, 2017 (UPI) - Residents drove north on Friday. The 160-mile "
        "(257-km) drive from Key West to Miami usually takes about three and a half hours.",
        "plausibility",
    )
    assert f["verdict"] == "consistent" and "usually takes" in f["message"]


def test_an_impossible_usual_time_is_not_judged():
    assert not [
        f
        for f in findings(
            "KEY WEST, Fla., Sept 8, 2017 (UPI) - Residents drove north on Friday. The 160-mile "
            "drive from Key West to Miami usually takes about 40 minutes.",
            "plausibility",
        )
        if f["verdict"] == "inconsistent"
    ]
