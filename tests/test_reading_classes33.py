"""Round 28's classes (issue 13)."""

from __future__ import annotations

from georoute.verify import verify
from tests.reading import findings

_SEAT = (
    "{city}, June 29, 2026 (CP) - The riders left the legislature in {seat} on Saturday and "
    "rode 260 kilometres up the highway to {town}, {way} of the {what}, in two days."
)


def verify_claims(text: str) -> list[dict]:
    return verify(texts=[text]).to_dict()["claims"]


def _direction(text: str) -> list[dict]:
    return findings(text, "direction")


def test_a_compass_word_from_a_regions_seat_written_by_the_regions_name():
    text = _SEAT.format(
        city="MONCTON", seat="Halifax", town="Moncton", way="northwest", what="Nova Scotia capital"
    )
    (f,) = _direction(text)
    assert f["verdict"] == "consistent", f  # (before: no direction read at all)
    assert "Halifax" in f["message"] and "Moncton" in f["message"], f


def test_a_compass_word_from_the_provincial_capital_the_story_started_in():
    text = _SEAT.format(
        city="SASKATOON", seat="Regina", town="Saskatoon", way="northwest",
        what="provincial capital",
    )  # fmt: skip
    (f,) = _direction(text)
    assert f["verdict"] == "consistent", f
    assert "of Regina" in f["message"], f
    (bad,) = _direction(text.replace("northwest", "southeast"))
    assert bad["verdict"] == "inconsistent", bad


def test_the_provincial_capital_is_not_guessed_among_two_towns_of_the_province():
    text = _SEAT.format(
        city="SASKATOON", seat="Regina", town="Saskatoon", way="southeast",
        what="provincial capital",
    ).replace("on Saturday", "and Moose Jaw on Saturday")  # fmt: skip
    got = _direction(text)
    assert got and all(f["verdict"] == "unverifiable" for f in got), got
    # nor a town of another province: the seat of the subject's own region is meant
    text = _SEAT.format(
        city="MONCTON", seat="Halifax", town="Moncton", way="southeast",
        what="provincial capital",
    )  # fmt: skip
    got = _direction(text)
    assert all(f["verdict"] == "unverifiable" for f in got), got


_DRIVE = (
    "{city}, Jan 24 (AAP) - Photographer Ann Ferris left {start} at 8:30 a.m. on Saturday and "
    "pulled up on the {end} waterfront at 12:45 p.m., {took} and about 300 km later."
)


def test_a_vehicle_pulled_up_on_a_towns_waterfront_ends_the_trip_there():
    text = _DRIVE.format(
        city="STRAHAN", start="Hobart", end="Strahan", took="4 hours and 15 minutes"
    )
    (bound,) = findings(text, "geodesic_bound")
    assert bound["verdict"] == "consistent" and "to Strahan" in bound["message"], bound
    (ok,) = [f for f in findings(text, "timeline") if "12:45" in f["message"]]
    assert ok["verdict"] == "consistent", ok  # (before: the arrival's clock was no arrival)
    (bad,) = [
        f
        for f in findings(text.replace("4 hours and 15", "3 hours and 15"), "timeline")
        if "12:45" in f["message"]
    ]
    assert bad["verdict"] == "inconsistent", bad


def test_an_aircraft_lifted_off_from_a_town_starts_the_trip_there():
    text = (
        "CHARLEVILLE, Queensland, Nov 2 (AAP) - On Thursday, November 2, 1922, a biplane lifted "
        "off from Charleville carrying mail. The run covered 577 miles (929 km) to Cloncurry."
    )
    got = findings(text, "geodesic_bound")
    assert got and all(f["verdict"] == "consistent" for f in got), got
    assert all("from Charleville to Cloncurry" in f["message"] for f in got), got


def test_a_namesake_of_unknown_population_keeps_a_contradiction_unjudged():
    # GeoNames gives the Catanduanes town of San Andres no population (0); the reading scored
    # a namesake near Tabaco a little higher, and the stated 48 km fits only the first
    text = (
        "VIRAC, Catanduanes, Oct. 27 (PNA) -- Two ferries left San Andres port at 5 a.m. and "
        "reached Tabaco port in Albay, about 48 kilometers southwest of San Andres, at 8:30 a.m."
    )
    got = findings(text, "separation") + _direction(text)
    assert got and all(f["verdict"] == "unverifiable" for f in got), got
    assert all("namesake" in f["message"] for f in got), got


_COACH = (
    "ASUNCION, Aug 5, 2026 (AFP) - Passengers on an overnight coach from Pedro Juan Caballero "
    "to Asuncion spoke on Wednesday. The coach had left at 9 p.m. and was due at 5:30 a.m. "
    "after {}."
)


def test_a_figure_that_names_the_whole_journey_is_judged_against_the_trips_ends():
    (bad,) = findings(_COACH.format("the 290-km trip"), "geodesic_bound")
    # (before: "its own sentence names no endpoints, so it may describe a part: not judged")
    assert bad["verdict"] == "inconsistent", bad
    (ok,) = findings(_COACH.format("the 450-km trip"), "geodesic_bound")
    assert ok["verdict"] == "consistent", ok


def test_a_stretch_a_journey_with_its_own_end_or_a_usual_one_stays_a_possible_part():
    for words in (
        "the 290-km stretch",
        "a trip of 290 km to the capital",
        "the 290-km trip, which normally takes eight hours",
    ):
        got = findings(_COACH.format(words), "geodesic_bound")
        assert all(f["verdict"] != "inconsistent" for f in got), (words, got)


_SWIM = (
    "DOVER, July 3, 2026 (PA) - Swimmer Eva Grant swam {} in {}, accompanied by a kayak and a "
    "support boat, her coach said."
)


def test_a_swim_is_held_to_a_swimmers_limits_not_a_boats():
    (bad,) = findings(_SWIM.format("40 km across the Channel", "four hours"), "plausibility")
    assert bad["verdict"] == "inconsistent" and "swimmer" in bad["message"], bad
    # (before: no swim mode; the escort's kayak and boat made it a ship, within 80 km/h)
    (ok,) = findings(_SWIM.format("34 km across the Channel", "11 hours"), "plausibility")
    assert ok["verdict"] == "consistent" and "swimmer" in ok["message"], ok


def test_a_swim_down_a_river_is_carried_by_its_current():
    (ok,) = findings(_SWIM.format("40 km down the river", "four hours"), "plausibility")
    assert ok["verdict"] == "consistent" and "river" in ok["message"], ok


_RACE = (
    "{city}, Aug 2, 2026 ({agency}) - Jaden Liburd swam 21 km from Charlestown to Basseterre "
    "on Saturday, winning the race. He came ashore in {won}, ahead of a 74-year-old "
    "grandmother who finished in just under three hours."
)


def _pair(won_a: str, won_b: str) -> list[dict]:
    a = _RACE.format(city="CHARLESTOWN", agency="AP", won=won_a)
    b = _RACE.format(city="BASSETERRE", agency="Reuters", won=won_b)
    got = verify(texts=[a, b]).to_dict()["findings"]
    return [f for f in got if f["check"] == "cross_source"]


def test_two_reports_figures_at_the_same_place_that_match_nothing_else_are_counterparts():
    (bad,) = _pair("1 hour 12 minutes", "1 hour 21 minutes")
    # (before: the grandmothers' times agreed, so the winners' were "more likely different
    # things", and the pair was called consistent)
    assert bad["verdict"] == "inconsistent", bad
    assert "1 hour 12 minutes" in bad["message"] and "1 hour 21 minutes" in bad["message"]
    (ok,) = _pair("1 hour 12 minutes", "1 hour 12 minutes")
    assert ok["verdict"] == "consistent", ok


def test_two_reports_arrival_clocks_without_a_duration_are_read_in_the_ends_zone():
    text = (
        "{city}, July 2 ({agency}) - Premier Tim Houston's train left Halifax at 1 p.m. on "
        "Wednesday and arrived in Moncton at {at}, some 290 km up the line."
    )
    a = text.format(city="HALIFAX", agency="CP", at="5:15 p.m.")
    got = verify(texts=[a, text.format(city="MONCTON", agency="Reuters", at="5:45 p.m.")])
    (bad,) = [f for f in got.to_dict()["findings"] if f["check"] == "cross_source"]
    # (before: neither report states a duration, so no timeline read a zone for the clocks)
    assert bad["verdict"] == "inconsistent" and "5:45 p.m." in bad["message"], bad
    got = verify(texts=[a, text.format(city="MONCTON", agency="Reuters", at="5:15 p.m.")])
    (ok,) = [f for f in got.to_dict()["findings"] if f["check"] == "cross_source"]
    assert ok["verdict"] == "consistent", ok


def test_a_ferry_that_eases_away_at_one_clock_and_will_tie_up_at_another():
    text = (
        "KAGOSHIMA, Japan, March 14 (Kyodo) - At 6 p.m. the overnight ferry to Okinawa eases "
        "away from the quay. It will not tie up in Naha until {} the following evening, a "
        "25-hour voyage."
    )
    (ok,) = findings(text.format("7 p.m."), "timeline")
    assert ok["verdict"] == "consistent", ok  # (before: neither clock was a departure or arrival)
    (bad,) = findings(text.format("9 p.m."), "timeline")
    assert bad["verdict"] == "inconsistent", bad


def test_a_landing_its_place_described_between_commas_times_the_arrival():
    text = (
        "IQALUIT, Nunavut, April 25, 2026 (CP) - The Twin Otter took off from Iqaluit at 10:15 "
        "a.m. It landed at Pangnirtung, a hamlet of 1,500 people, 55 minutes later, at 11:10 a.m."
    )
    times = {c["text"]: c.get("relation") for c in verify_claims(text) if c["kind"] == "time"}
    assert times["11:10 a.m."] == "arrival", times
    # (the clause right before a time stays its own: "..., the operator said on Thursday")
    text = text.replace("a hamlet of 1,500 people, 55 minutes later, at 11:10 a.m.", "55 min later. "
        "The flight was full, the operator said on Thursday.")  # fmt: skip
    times = {c["text"]: c.get("relation") for c in verify_claims(text) if c["kind"] == "time"}
    assert times["Thursday"] is None, times


def test_a_name_geonames_qualifies_in_brackets_is_found_without_them():
    from georoute.geo.gazetteer import default_gazetteer

    # GeoNames lists the Menorca port Mao with "Mahon (Menorca)" among its other names
    got = default_gazetteer().resolve("Mahón")
    assert got.place is not None and got.place.country == "ES", got
    text = (
        "BARCELONA, Jul 22, 2026 (EFE) - The ferry left Barcelona at 22:00 and berthed in "
        "Mahón at 06:00 after the 145-nautical-mile crossing."
    )
    (ok,) = findings(text, "geodesic_bound")
    assert ok["verdict"] == "consistent", ok  # (before: Mahón was not in the gazetteer)


def test_a_train_sliding_into_a_station_arrives():
    text = (
        "NANYUKI, Kenya, Nov 3, 2026 (Nation) - The weekly train leaves Nairobi at 8.15am and "
        "creeps north before sliding into Nanyuki at {}, seven and a half hours later."
    )
    (ok,) = findings(text.format("3.45pm"), "timeline")
    assert ok["verdict"] == "consistent", ok  # (before: the arrival's clock had no role)
    (bad,) = findings(text.format("4.45pm"), "timeline")
    assert bad["verdict"] == "inconsistent", bad


_RIDE = (
    "MASVINGO, Zimbabwe, Nov 14, 2026 (Xinhua) - The riders left Harare on Monday, Nov. 9, and "
    "reached Masvingo on Nov. {}, ending a {} ride of 290 km."
)


def test_whole_days_and_a_count_of_days_are_counted_in_days_not_hours():
    (bad,) = findings(_RIDE.format(13, "three-day"), "timeline")
    # (before: as hours, the whole days 9 and 13 November are 72-120 h apart, which 3 d fit)
    assert bad["verdict"] == "inconsistent", bad
    assert bad["computed"]["days_between"] == 4, bad
    for day, count in ((13, "four-day"), (13, "five-day"), (11, "three-day")):
        (ok,) = findings(_RIDE.format(day, count), "timeline")
        assert ok["verdict"] == "consistent", (day, count, ok)


def test_a_week_is_read_to_a_quarter_of_a_week():
    got = verify(texts=["They arrived a week later."]).to_dict()["claims"]
    (week,) = [c for c in got if c["kind"] == "duration"]
    assert (week["low"], week["high"]) == (0.75, 1.25), week  # (before: 0.5-1.5 weeks)


def test_two_reports_that_give_the_lines_length_one_as_the_trip_one_as_the_line_are_one_trip():
    a = (
        "LOS ANDES, Chile, January 16, 2027 - A special train left Los Andes at 7 a.m. on "
        "Saturday and reached Mendoza at {} after covering 248 km."
    )
    b = (
        "MENDOZA, Argentina, January 16, 2027 - A special train crossed the Andes on the 248 km "
        "Transandine line, leaving Los Andes at 7 a.m. on Saturday and reaching Mendoza at {} "
        "after a 14-hour journey."
    )
    got = verify(texts=[a.format("7.30 p.m."), b.format("9 p.m.")]).to_dict()["findings"]
    (bad,) = [f for f in got if f["check"] == "cross_source"]
    assert bad["verdict"] == "inconsistent" and "9 p.m." in bad["message"], bad


def test_a_jet_that_pushed_back_from_the_gate_departed():
    text = (
        "MISSOULA, Mont., March 5, 2026 (AP) - The regional jet pushed back from the gate in "
        "Boise at 7:15 a.m. and landed in Missoula at {}, a flight of about 1 hour 10 minutes."
    )
    (ok,) = findings(text.format("8:25 a.m."), "timeline")  # (both on Mountain time)
    assert ok["verdict"] == "consistent" and "7:15 a.m." in ok["message"], ok
    (bad,) = findings(text.format("9:25 a.m."), "timeline")
    assert bad["verdict"] == "inconsistent", bad


def test_a_ferry_that_backs_away_from_the_dock_and_a_boat_launched_from_a_beach_depart():
    for verb in ("backs away from the dock in", "was launched from a beach at"):
        text = (
            "HAINES, Alaska, June 3, 2026 (AP) - The ferry Aurora {} Juneau at 2:15 p.m. and "
            "reaches Haines at {}, a crossing of five hours and 45 minutes."
        )
        (ok,) = findings(text.format(verb, "8 p.m."), "timeline")
        assert ok["verdict"] == "consistent", (verb, ok)
        (bad,) = findings(text.format(verb, "9 p.m."), "timeline")
        assert bad["verdict"] == "inconsistent", (verb, bad)
