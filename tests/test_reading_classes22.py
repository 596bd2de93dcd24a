"""Issue 13, classes of round 17 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

from georoute.verify import verify

from .reading import findings, relations


def _times(text: str) -> dict[str, dict]:
    """Each time claim of ``text`` by its words."""
    return {c["text"]: c for c in verify(texts=[text]).to_dict()["claims"] if c["kind"] == "time"}


# --- "the race started at 6 am on DATE": the clock is the start, not only the date ------------

_STARTED = (
    "LYON, June 3, 2026 (Agency) - Cycling clubs marked the anniversary of the old Lyon-Marseille "
    "race on Sunday. Its first edition started at 6 am on Saturday, June 1, 1895, and the winner "
    "reached Marseille at 8.40 am the next day after {dur} in the saddle."
)


def test_a_clock_after_started_at_is_the_departure():
    assert _times(_STARTED.format(dur="26 hours and 40 minutes"))["6 am"]["relation"] == "departure"


def test_the_start_clock_is_timed_against_the_stated_duration():
    (f,) = findings(_STARTED.format(dur="26 hours and 40 minutes"), "timeline")
    assert f["verdict"] == "consistent"
    assert "6 am" in f["message"]


# --- a clock read where its own clause says the traveller was ---------------------------------

_DOCKED = (
    "PALMA, Aug 2, 2026 (Agency) - The ferry left Barcelona at 11 pm on Friday, Aug 1, and docked "
    "at Alcudia at 7.30 am on Saturday after a crossing of {dur}."
)


def test_an_arrival_clock_takes_the_zone_of_the_port_named_before_it():
    t = _times(_DOCKED.format(dur="eight and a half hours"))
    assert t["7.30 am"]["zone"] == "Europe/Madrid"


def test_a_clock_for_a_destination_named_after_for_takes_no_zone_from_it():
    t = _times(
        "The ferry left Barcelona for Alcudia at 11 pm on Friday, Aug 1, 2026, and arrived on "
        "Saturday."
    )
    assert t["11 pm"]["zone"] is None


# --- a quoted traveller's own trip by another mode is no end of the story's trip ---------------

_FANS = (
    "TURIN, Nov 3, 2026 (Agency) - An extra train carrying 500 fans left Milan at 10 am and "
    'arrived in Turin at 11.05 am, covering 143 km in 1 hour 5 minutes. "We flew in from '
    'Lisbon this morning," said one supporter, 31.'
)


def test_a_quoted_flight_origin_is_not_the_trains_origin():
    claims = verify(texts=[_FANS]).to_dict()["claims"]
    lisbon = next(c for c in claims if c["kind"] == "place" and c["text"] == "Lisbon")
    assert lisbon.get("relation") != "origin"
    (f,) = findings(_FANS, "geodesic_bound")
    assert "Milan" in f["message"] and "Lisbon" not in f["message"]


# --- a leg's missing end read from the service's pair of towns ---------------------------------

_PAIR = (
    "SEVILLE, Feb 9, 2026 (Agency) - Renfe is adding trains between Madrid and Seville for the "
    "fair. A special service left Atocha-Almudena station at 8 am and reached Seville at "
    "10.40 am, covering the roughly {km} km in 2 hours and 40 minutes."
)


def test_the_service_pair_names_the_unplaced_station_end():
    (f,) = findings(_PAIR.format(km="470"), "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "Madrid" in f["message"]


def test_an_end_inferred_from_the_pair_never_makes_a_short_figure_inconsistent():
    # 300 km is shorter than the Madrid-Seville geodesic: the inferred end is not judged
    (f,) = findings(_PAIR.format(km="300"), "geodesic_bound")
    assert f["verdict"] == "unverifiable"


def test_an_unplaced_end_in_the_legs_own_sentence_keeps_the_pair_out():
    text = (
        "SUBOTICA, Oct 8, 2026 (Agency) - Direct trains between Belgrade and Budapest were "
        "suspended in 2022. The 160-kilometre upgrade of the line from the Kelebija border "
        "crossing to Budapest is due next year."
    )
    for f in findings(text, "geodesic_bound") + findings(text, "route_length"):
        assert "Belgrade" not in f["message"]


# --- the full length of a trail, run: the trail's length is the journey ------------------------

_WHOLE = (
    "KEMBLE, England, June 9, 2026 (PA) - A nurse from Oxford has run the full length of the "
    "Thames Path in one go. The National Trail runs 184 miles (296 km) from the source to the "
    "Thames Barrier, and she covered it in 41 hours, an average of about {mph} miles an hour."
)


def test_a_trails_length_run_in_full_is_the_journey():
    (f,) = findings(_WHOLE.format(mph="4.5"), "speed_distance_time")
    assert f["verdict"] == "consistent"
    assert "296 km" in f["message"] or "184 miles" in f["message"]


def test_a_trails_length_run_in_full_meets_a_wrong_average():
    (f,) = findings(_WHOLE.format(mph="7"), "speed_distance_time")
    assert f["verdict"] == "inconsistent"


def test_a_trails_length_stays_a_feature_without_the_whole_of_it_travelled():
    text = (
        "KEMBLE, England, June 9, 2026 (PA) - A nurse from Oxford walked a stretch of the Thames "
        "Path. The National Trail runs 184 miles from the source to the Thames Barrier, and she "
        "walked for 9 hours."
    )
    assert not findings(text, "speed_distance_time")


# --- "It lies ..." takes the subject that opened the sentence before --------------------------

_IT_LIES = (
    "AMIENS, April 2, 2026 (AFP) - Beauvais, about 70 km north of Paris, hosts the start. It lies "
    "some {km} km south-west of Amiens, and the riders head there first."
)


def test_it_lies_refers_to_the_subject_not_the_last_place_named():
    (f,) = [f for f in findings(_IT_LIES.format(km="55"), "separation") if "Amiens" in f["message"]]
    assert f["verdict"] == "consistent"
    assert "Beauvais" in f["message"]


# --- "the 10.25 am train set off", "was back at 10 am on Friday" -------------------------------


def test_a_train_named_by_its_time_then_setting_off_departs_then():
    t = _times(
        "WERNIGERODE, Germany, Sept 13, 2026 (dpa) - On Saturday, the 9.40 am train set off "
        "for the summit, which it reached at 11.20 am."
    )
    assert t["9.40 am"]["relation"] == "departure"


def test_being_back_at_a_time_is_an_arrival():
    t = _times(
        "ALTA, Norway, March 14, 2026 (NTB) - The musher left Alta at 1 pm on Saturday, March 7, "
        "and was back at 10 am on Friday, after 1,000 km."
    )
    assert t["10 am"]["relation"] == "arrival"


# --- vehicles carried on board are cargo, not the mode ----------------------------------------

_CARGO = (
    "TRAVEMUNDE, Germany, Oct 2, 2026 (dpa) - The ferry cast off at 10 pm on Thursday, Oct 1, "
    "with 600 passengers and 150 lorries on board, and is due to dock at 6 am on Friday after a "
    "{h}-hour overnight crossing of about 180 nautical miles."
)


def test_a_crossing_carrying_lorries_is_timed_as_the_ferrys():
    rel = relations(_CARGO.format(h="eight"))
    assert rel["eight-hour"] == "leg"


def test_a_tunnels_length_by_runs_for_is_a_feature():
    rel = relations(
        "The narrow-gauge train covers 96 km in five hours. The longest tunnel, at Barog, runs "
        "for 1,143 metres."
    )
    assert rel["1,143 metres"] == "feature"
    assert rel["96 km"] == "leg"


# --- "will depart Nagpur at 5 am"; "the speed limit ... remains 90 km/h" ----------------------


def test_depart_without_from_names_the_origin():
    (f,) = findings(
        "NAGPUR, Sep 16, 2026 (PTI) - The train will depart Nagpur at 5 am and reach "
        "Secunderabad at 12.15 pm, covering the 580-km distance in 7 hours and 15 minutes.",
        "geodesic_bound",
    )
    assert "Nagpur" in f["message"] and "Secunderabad" in f["message"]


def test_a_speed_limit_that_remains_is_a_limit():
    rel = relations(
        "KENORA, Ont., May 2, 2026 (CP) - The convoy covered 700 km in nine hours. The speed "
        "limit on most of Highway 17 remains 90 km/h."
    )
    assert rel["90 km/h"] == "limit"


# --- "the two cities" past a sentence naming one town; a cut-off's clock is no start -----------


def test_the_two_cities_look_past_a_runners_hometown():
    text = (
        "DURBAN, June 8, 2026 (Xinhua) - The race ran from Pietermaritzburg to Durban on Sunday. "
        "Among the runners was a teacher from Soweto. The two cities are about {km} km apart as "
        "the crow flies."
    )
    (f,) = findings(text.format(km="67"), "separation")
    assert f["verdict"] == "consistent"
    assert "Pietermaritzburg" in f["message"] and "Durban" in f["message"]


def test_a_cut_off_clock_is_no_departure():
    t = _times(
        "DURBAN, June 8, 2026 (Xinhua) - The race started at 5.30 am, and runners had until the "
        "12-hour cut-off at 5.30 pm to reach the finish. She did not reach the line until 3.12 pm, tired."
    )
    assert t["5.30 am"]["relation"] == "departure"
    assert t["5.30 pm"]["relation"] != "departure"
    assert t["3.12 pm"]["relation"] == "arrival"


def test_a_clock_at_a_one_zone_district_takes_its_zone():
    t = _times(
        "FUNCHAL, Aug 2, 2026 (Lusa) - The ferry left Funchal at 8 am on Saturday, Aug 1, and "
        "docked at Porto Santo at 10.20 am, after a crossing of two hours and 20 minutes."
    )
    assert t["10.20 am"]["zone"] == "Atlantic/Madeira"


def test_a_clock_in_a_province_takes_no_zone_from_it():
    t = _times(
        "PALMA, Aug 2, 2026 (Agency) - The rowers pushed off from San Sebastian de La Gomera in "
        "the Canary Islands at 11 am on Thursday, July 2, and reached the Caribbean in August."
    )
    assert t["11 am"]["zone"] is None


# --- a named tunnel's length; the elite winner's pace; a speed at an incident ------------------


def test_a_named_rail_tunnels_length_is_a_feature():
    rel = relations(
        "The train covered about 310 km in 3 hours and 53 minutes. The route climbs to the "
        "13.7-km Frejus rail tunnel, opened in 1871."
    )
    assert rel["13.7-km"] == "feature"


def test_the_elite_winners_pace_is_another_runners():
    text = (
        "NEWCASTLE, Sept 8, 2026 (Reuters) - George, 71, covered the 13.1-mile (21.1 km) course "
        "in 2 hours 14 minutes. The men's elite race was won in 1:00:48, an average of almost "
        "21 km/h."
    )
    assert relations(text)["21 km/h"] == "other"
    assert not [f for f in findings(text, "speed_distance_time") if f["verdict"] == "inconsistent"]


def test_a_speed_when_an_incident_occurred_is_of_that_moment():
    rel = relations(
        "The train covered 180 km in 40 minutes. The separation, which occurred at around 90 "
        "kilometers per hour, caused no injuries."
    )
    assert rel["90 kilometers per hour"] == "instant"


# --- a relative clause's clock is its antecedent's; a name inside a described subject ----------


def test_a_train_that_left_at_a_time_departed_then():
    t = _times(
        "NAGASAKI, Sept 23, 2026 (Kyodo) - A Kamome train that left Takeo-Onsen at 10:02 a.m. "
        "reached Nagasaki at 10:30 a.m., covering the line in 28 minutes."
    )
    assert t["10:02 a.m."]["relation"] == "departure"
    assert t["10:30 a.m."]["relation"] == "arrival"


def test_a_name_inside_the_description_of_the_subject_is_not_the_subject():
    text = (
        "PHNOM PENH, May 2, 2026 (Xinhua) - The bus arrived on time. Siem Reap, gateway to the "
        "Angkor Archaeological Park, lies about {km} km northwest of Phnom Penh."
    )
    (f,) = findings(text.format(km="230"), "separation")
    assert f["verdict"] == "consistent" and "Siem Reap" in f["message"]


# --- protagonists: an aged person over a route's name; a companion; more arrival words ---------


def test_a_walker_named_with_her_age_is_the_protagonist_over_a_routes_name():
    t = _times(
        "BELLUNO, Italy, Sept 9, 2026 (ANSA) - A guide from Cortina d'Ampezzo has run the whole "
        "of the Alta Via 1. Marta Rossi, 40, set off from the shore of Lago di Braies at 3 a.m. "
        "on Thursday, Sept 7, and reached Belluno at 10.30 p.m. The Alta Via 2 is longer, Rossi "
        "said."
    )
    assert t["3 a.m."]["relation"] == "departure"


def test_a_companion_named_with_the_protagonist_shares_the_departure():
    t = _times(
        "LONDON, March 31, 2026 (Reuters) - Corporal Tom Hale and Lance Corporal Josh Amadi "
        "started from the wharf in Devizes at 8.30 a.m. on Saturday, March 28, and touched the "
        "steps at Westminster at 2.34 a.m. on Sunday. Hale, 26, and Amadi, 24, said it hurt."
    )
    assert t["8.30 a.m."]["relation"] == "departure"
    assert t["2.34 a.m."]["relation"] == "arrival"


def test_taken_off_and_over_the_finish_line_time_a_trip():
    t = _times(
        "ABINGDON, Sept 6, 2026 (AP) - The pilot had taken off from Abingdon at 6:50 p.m. on "
        "Friday. A relay team handed the baton over the finish line in Aviemore at 5.45 p.m."
    )
    assert t["6:50 p.m."]["relation"] == "departure"
    assert t["5.45 p.m."]["relation"] == "arrival"


def test_a_train_grinding_out_of_a_town_departs_then():
    t = _times(
        "GARMISCH, June 20, 2026 (dpa) - The red cogwheel train grinds out of Garmisch at "
        "8.15 am, past cow pastures. The 10.30am train eases out of Belgrave station daily."
    )
    assert t["8.15 am"]["relation"] == "departure"
    assert t["10.30am"]["relation"] == "departure"


def test_the_start_line_then_the_finish_time_a_run():
    t = _times(
        "NEWCASTLE, Sept 8, 2026 (Reuters) - George Amos, 71, crossed the start line in Newcastle "
        "at 11.02 am and the finish at South Shields at 1.16 pm, tired."
    )
    assert t["11.02 am"]["relation"] == "departure"
    assert t["1.16 pm"]["relation"] == "arrival"


def test_a_round_figure_does_not_stretch_to_a_precise_wrong_conversion():
    text = "The bus covered the roughly 100 km ({mi} miles) along the A-8 in 75 minutes."
    (bad,) = findings(text.format(mi="74"), "unit_conversion")
    assert bad["verdict"] == "inconsistent"
    (good,) = findings(text.format(mi="62"), "unit_conversion")
    assert good["verdict"] == "consistent"


def test_a_docks_name_before_a_clock_is_no_arrival():
    t = _times(
        "HULL, Oct 7, 2026 (PA) - The vessel left King George Dock at 8.30pm on Sunday and "
        "berthed at Europoort at 8am on Monday, after a crossing of 11 hours and 30 minutes."
    )
    assert t["8.30pm"]["relation"] == "departure"
    assert t["8am"]["relation"] == "arrival"


def test_a_future_cut_and_an_earlier_journey_are_no_legs():
    rel = relations(
        "The train covered 230 km in four hours. Many passengers had travelled from Mumbai and "
        "Delhi in the previous two days. A new tunnel should cut the journey between the two "
        "cities to under two hours."
    )
    assert rel["four hours"] == "leg"
    assert rel["two days"] == "former"
    assert rel["two hours"] == "planned"


def test_a_withdrawn_reading_is_listed_unplaced_and_judged_by_nothing():
    text = (
        "AHMEDABAD, March 12, 2026 (PTI) - The marchers reached the coastal village of Dandi on "
        "Saturday. Dandi lies some 240 km south of Ahmedabad in a straight line, on the Arabian "
        "Sea coast near Navsari."
    )
    report = verify(texts=[text]).to_dict()
    assert any(u["text"] == "Dandi" for u in report["unplaced"])
    (f,) = findings(text, "separation")
    assert f["verdict"] == "unverifiable"


def test_days_spent_on_a_named_track_after_its_length_are_the_journey():
    rel = relations(
        "PORT MORESBY, April 26, 2026 (AAP) - The group spent nine days on the 96-km (60-mile) "
        "Kokoda Track, an average of about 11 km a day. They spent two days in Kokoda."
    )
    assert rel["nine days"] == "leg"
    assert rel["two days"] == "stay"


def test_walked_ashore_is_an_arrival_and_shudders_out_of_a_departure():
    t = _times(
        "LOS ANGELES, Aug 22, 2026 (Yonhap) - Kim Min-ji, 31, entered the water at 11:52 p.m. "
        "Wednesday and walked ashore on the rocks of Palos Verdes at 10:14 a.m. on Thursday. At "
        "8.36 am the first train shudders out of Brienz station."
    )
    assert t["11:52 p.m."]["relation"] == "departure"
    assert t["10:14 a.m."]["relation"] == "arrival"
    assert t["8.36 am"]["relation"] == "departure"


def test_to_the_south_of_is_a_position_and_an_appositive_describes_its_head():
    text = (
        "NAGPUR, Sep 16, 2026 (PTI) - Secunderabad, the twin city of Hyderabad, lies to the "
        "south of Nagpur. Rain fell in the south of India."
    )
    (f,) = findings(text, "direction")
    assert f["verdict"] == "consistent" and f["message"].startswith("Secunderabad")


def test_two_reports_of_no_travel_sharing_a_name_are_not_set_against_each_other():
    a = (
        "Health Minister Siti Supari was in Jakarta on Thursday. A 26-year-old poultry trader "
        "from Sukoharjo died after being hospitalized for three days, Supari said."
    )
    b = (
        "Health Minister Siti Supari has asked for calm. Final test results are expected in at "
        "least seven days from the laboratory, Supari said."
    )
    report = verify(texts=[a, b]).to_dict()
    assert not [
        f
        for f in report["findings"]
        if f["check"] == "cross_source" and f["verdict"] == "inconsistent"
    ]
