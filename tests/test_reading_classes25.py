"""Issue 13, classes of round 20 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

import pytest

from .reading import findings, relations

# --- a time of days set against the pace its mode keeps over days ------------------------------


def test_months_on_a_bicycle_are_judged_against_the_pace_of_days_not_called_idle():
    text = (
        "GALWAY, Ireland, Oct 2, 1971 (AP) - Her ride of some 2,800 miles (4,500 km) from Calais "
        "to Galway by bicycle took about five months."
    )
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "consistent", f["message"]
    assert "a day" in f["message"] and "Race Across America" in f["message"]
    assert f["computed"]["days_pace_kmh"] == 27.0


def test_a_time_of_days_far_too_long_for_the_way_stays_not_judged():
    text = (
        "GALWAY, Ireland, Oct 2, 1971 (AP) - Her ride of some 60 miles from Ennis to Galway by "
        "bicycle took about five months."
    )
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "unverifiable"
    assert "a cyclist over days has kept" in f["message"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two pilgrims walked about 1,400 km (870 miles) in roughly three months.",
        "They reached Lhasa nearly three months after leaving Xining, having walked about 1,400 km.",
    ],
)
def test_months_after_a_journey_verb_and_its_distance_or_after_leaving_time_the_journey(
    sentence,
):
    text = f"LHASA, March 2, 1925 (Reuters) - {sentence}"
    rel = relations(text)
    assert rel["three months"] == "leg", rel


def test_months_of_a_closure_stay_a_span():
    text = "LHASA, March 2, 1925 (Reuters) - The monastery stood closed for three months last year."
    assert relations(text)["three months"] != "leg"


# --- the 24-hour stop clock of wire copy that writes no "a.m." -----------------------------------

_BUS = (
    "BITOLA, North Macedonia, April 2, 2024 (MIA) - The first bus left Struga at {dep} and "
    "reached Bitola at {arr}, covering the road in {dur} minutes."
)


def test_two_stop_clocks_in_rising_order_are_read_as_the_24_hour_clock():
    (f,) = findings(_BUS.format(dep="9.05", arr="10.35", dur=90), "timeline")
    assert f["verdict"] == "consistent", f["message"]
    (g,) = findings(_BUS.format(dep="9.05", arr="10.35", dur=50), "timeline")
    assert g["verdict"] == "inconsistent", g["message"]


def test_stop_clocks_that_fall_back_may_cross_noon_and_stay_unread():
    assert findings(_BUS.format(dep="11.40", arr="1.10", dur=90), "timeline") == []


# --- a ring's length, appositives with a thousands comma, a stage's figures written together -----


def test_the_length_of_a_ring_line_is_no_leg():
    text = (
        "HAIKOU, China, Jan 5, 2025 (Xinhua) - The western line forms half of a 650-kilometre "
        "high-speed ring around the island. The train covered 345 km in two hours."
    )
    rel = relations(text)
    assert rel["650-kilometre"] == "feature" and rel["345 km"] == "leg", rel


def test_the_town_an_appositive_describes_is_what_lies_at_the_distance():
    # (the thousands comma of its population once cut the appositive short, and the town it
    # names, Obuasi, was taken for the one 200 km from Accra)
    text = (
        "ACCRA, June 16, 2025 (Reuters) - Kumasi, a city of about 3,300,000 people and the main "
        "market for Obuasi, lies some 200 km from Accra in a straight line."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent" and f["message"].startswith("Kumasi lies"), f["message"]


def test_two_appositives_in_a_row_leave_the_town_they_describe():
    text = (
        "ULAANBAATAR, July 9, 2024 (Reuters) - Tsetserleg, a town of about 19,000 people built "
        "near an old monastery, the seat founded by a lama in 1586, lies some 370 km west of "
        "Ulaanbaatar."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent" and f["message"].startswith("Tsetserleg lies"), f["message"]


def test_a_stage_written_together_is_judged_over_the_trips_total_a_sentence_on():
    text = (
        "BUENOS AIRES, Feb 12, 1926 (EFE) - The longest stage, the 1,900 km crossing from Dakar "
        "to Natal, was flown in 10 hours, at an average speed of about {v} km/h. The seaplane "
        "reached Buenos Aires having flown 9,500 km in 55 hours in the air."
    )
    (f,) = [
        f for f in findings(text.format(v=240), "speed_distance_time") if "1,900" in f["message"]
    ]
    assert f["verdict"] == "inconsistent" and "9,500" not in f["message"], f["message"]


# --- an arrival named before a line's name keeps the leg's end -----------------------------------


def test_a_line_named_after_the_arrival_does_not_replace_the_legs_ends():
    text = (
        "MOSCOW, Oct 2, 2024 (TASS) - The choir took the train from Moscow's Kursky station at "
        "7:05 a.m. and stepped out in Tula at 9:10 a.m., after covering the 190 km of the old "
        "Moscow-Kursk railway."
    )
    (f,) = findings(text, "geodesic_bound")
    assert "from Moscow to Tula" in f["message"], f["message"]
    assert not [g for g in findings(text, "route_length") if g["verdict"] == "inconsistent"]


# --- a named rider who "started from" a place is the traveller; the one leg is the journey -------


def test_a_named_traveller_who_started_from_a_town_times_the_departure():
    text = (
        "SHIMLA, India, June 3 (IANS) A 31-year-old cyclist from Nagpur has completed the "
        "Kalka-Shimla road in 14 hours and 10 minutes, organisers said on Monday. Ravi Sharma "
        "started from the Mall in Kalka at 4 a.m. on Saturday, June 1, 2024, and reached the "
        "Ridge in Shimla at {arr}, covering the roughly 90 km of winding road."
    )
    (f,) = findings(text.format(arr="6.10 p.m."), "timeline")
    assert f["verdict"] == "consistent", f["message"]
    (g,) = findings(text.format(arr="8.40 p.m."), "timeline")
    assert g["verdict"] == "inconsistent", g["message"]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "PORTHMADOG, Wales, Aug 14, 2024 (PA) - The locomotive hauled its six carriages out "
            "of Dinas at 9.40 am.",
            "departure",
        ),
        (
            "DUBAI, Feb 11, 2025 (Gulf News) - The captain eased her away from the creek at 5 pm.",
            "departure",
        ),
        (
            "CHAMONIX, France, Aug 25, 2025 (AFP) - The guide left Chamonix on Saturday and "
            "cycled back into town at 8 pm on Sunday.",
            "arrival",
        ),
    ],
)
def test_a_load_hauled_out_a_boat_eased_away_and_a_return_back_into_town(text, relation):
    from georoute.verify import verify

    times = [c for c in verify(texts=[text]).to_dict()["claims"] if c["kind"] == "time"]
    assert times and times[-1]["relation"] == relation, times


# --- a journey along a section; an average is never a speed of one moment ------------------------


def test_a_section_a_journey_runs_along_is_the_legs_and_an_average_is_no_instant():
    rel = relations(
        "BAOTOU, Jan 22, 2025 (Xinhua) - The express left Wuhai at 9:05 a.m. and arrived in "
        "Baotou at 2:35 p.m., a journey of five and a half hours along the roughly 420-km "
        "section of the old railway, averaging about 76 km per hour as it followed the river. "
        "The 1,100-km section to the south opened in 1958."
    )
    assert rel["420-km"] == "leg" and rel["76 km per hour"] == "leg", rel
    assert rel["1,100-km"] == "feature", rel


@pytest.mark.parametrize("vessel", ["barge", "dhow", "steamer", "schooner", "pirogue", "felucca"])
def test_the_boats_of_rivers_and_coasts_name_the_ship_mode(vessel):
    text = (
        f"TOULOUSE, France, June 3, 2024 (AFP) - The {vessel} Aurore tied up in Toulouse on "
        "Saturday, having covered 240 km from Sete in about 30 hours."
    )
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "consistent" and "by ship" in f["message"], f["message"]


def test_a_region_named_before_capital_is_its_seat_the_text_names():
    text = (
        "BHUBANESWAR, Oct 2, 2024 (PTI) - The special train reached Visakhapatnam, the port "
        "about 400 km south-west of the Odisha capital, at noon."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent" and "from Bhubaneswar" in f["message"], f["message"]


# --- a stated average that fits only with every rounding at its far end ------------------------

_AVG = (
    "KAOHSIUNG, Taiwan, March 4, 2025 (CNA) - The first train covered the roughly 345-kilometer "
    "line from Taipei to Kaohsiung in 94 minutes, {speed}."
)


def test_an_average_that_fits_only_when_every_rounding_stretches_is_inconsistent():
    (f,) = findings(
        _AVG.format(speed="at an average of around 270 kilometers per hour"), "speed_distance_time"
    )
    assert f["verdict"] == "inconsistent", f["message"]
    assert f["computed"]["roundings_stretched"] is True


@pytest.mark.parametrize(
    "speed",
    [
        "at an average of around 220 kilometers per hour",  # fits at face value
        "cruising at around 270 kilometers per hour",  # a cruising speed is no average
    ],
)
def test_an_average_at_face_value_or_a_cruising_speed_is_not_called_inconsistent(speed):
    verdicts = [f["verdict"] for f in findings(_AVG.format(speed=speed), "speed_distance_time")]
    assert "inconsistent" not in verdicts, verdicts


def test_the_length_and_time_of_a_journey_around_the_world_are_no_legs_figures():
    rel = relations(
        "HONOLULU, July 4, 2015 (Kyodo) - The flight was the eighth of 12 legs of an attempt to "
        "fly around the world without fuel, a trip of about 35,000 km that began in Abu Dhabi. "
        "The whole circumnavigation, starting and ending at Abu Dhabi, took nearly 17 "
        "months. The plane flew 7,212 km from Nagoya in 118 hours."
    )
    assert rel["35,000 km"] == "other" and rel["17 months"] == "other", rel
    assert rel["7,212 km"] == "leg", rel


def test_a_service_taken_from_a_place_at_a_time_is_the_departure():
    text = (
        "KAZAN, Oct 2, 2024 (TASS) - The choir took the express from Kazan's main station at "
        "7:40 a.m. and reached Yoshkar-Ola at {arr}, about two and a half hours later."
    )
    (f,) = findings(text.format(arr="10:10 a.m."), "timeline")
    assert f["verdict"] == "consistent", f["message"]


def test_a_stay_before_setting_out_starts_the_next_leg_there():
    from georoute.verify import verify

    text = (
        "MANILA, Aug 19, 2024 (Kyodo) - The balloon team spent three days in Cebu before "
        "setting out on a crossing of about 20 hours to Davao."
    )
    d = verify(texts=[text]).to_dict()
    names = {p["id"]: p["name"] for p in d["places"]}
    (leg,) = [lg for lg in d["legs"] if lg.get("destination")]
    assert names[leg["origin"]] == "Cebu City" or names[leg["origin"]] == "Cebu", leg


def test_a_riders_average_above_the_elapsed_one_may_leave_out_the_stops():
    text = (
        "LYON, May 2, 2025 (AFP) - The cyclists rode 180 km from Macon in six hours, averaging "
        "33 km/h on their computers."
    )
    verdicts = [f["verdict"] for f in findings(text, "speed_distance_time")]
    assert verdicts and "inconsistent" not in verdicts, verdicts
