"""Round 26's classes (issue 13)."""

from __future__ import annotations

from tests.reading import findings, relations, time_zones

_SWIM = (
    "HILO, Hawaii, March 3, 2026 (AP) - Keala Kahananui, 38, entered the water at Kapoho Point "
    "at 7:12 a.m. Tuesday and reached Hilo at 3:40 p.m., a swim of about 30 km that took {}. "
    "Kahananui said the current helped."
)


def test_an_end_not_placed_keeps_the_zone_of_a_near_end_whose_surroundings_keep_one_clock():
    (ok,) = findings(_SWIM.format("8 hours and 28 minutes"), "timeline")
    assert ok["verdict"] == "consistent", ok
    assert ok["computed"]["departure_tz"] == "Pacific/Honolulu"
    assert "read in Hilo's zone" in ok["message"]
    (bad,) = findings(_SWIM.format("9 hours and 28 minutes"), "timeline")
    assert bad["verdict"] == "inconsistent", bad  # (before: "at most 20 h apart ... fits")


def test_an_end_not_placed_far_from_the_other_keeps_no_zone():
    # 900 km from Chicago reaches the Eastern zone: the depot's clock may be either
    text = (
        "CHICAGO, May 5, 2026 (AP) - The bus, driven by Ann Cole, 51, left the Dunes Depot at "
        "8:00 a.m. and reached Chicago at 11:00 p.m., a 900 km run of 14 hours."
    )
    got = findings(text, "timeline")
    assert got and all(f["verdict"] != "inconsistent" for f in got), got
    assert all(f["computed"]["departure_tz"] is None for f in got)


def test_years_someone_has_worked_a_route_are_no_journey():
    rel = relations(
        '"It was hard," said Anna Berg, 78, who drove on the line for 41 years. Her son has '
        "sailed the route for 17 years. They sailed for two years around the world."
    )
    assert rel["41 years"] == "other" and rel["17 years"] == "other"
    assert rel["two years"] == "leg"
    # a speaker's own working years stay what the quote says
    assert relations('"We drove these routes for 25 years," he said.')["25 years"] == "quoted"


def test_a_leg_from_where_the_trip_ends_is_not_timed_by_the_trips_clocks():
    text = (
        "ULAANBAATAR, May 4, 2026 (Montsame) - Most visitors fly from Ulaanbaatar to "
        "Choibalsan, about 560 km to the east. The daily flight, scheduled at 1 hour 30 "
        "minutes, departs the capital at 09:00 and lands in Choibalsan at 10:30.\n\nFrom "
        "Choibalsan, the road runs north for about 100 km to Khatgal. Minibuses cover it in 1 "
        "hour 45 minutes, about 57 km/h."
    )
    # (before: "09:00 and 10:30 are 1.5 h apart, so 1 hour 45 minutes cannot fit")
    got = findings(text, "timeline")
    assert all("1 hour 45 minutes" not in f["message"] for f in got), got


def test_checks_at_a_border_a_notice_period_and_a_reduced_service_are_no_journey():
    rel = relations(
        "The bus covered 185 kilometres to Homs, averaging 40 km/h including roughly 90 "
        "minutes of passport checks on both sides. Residents were told to be ready to leave "
        "on two hours' notice. The ferry is back on its summer schedule, ending three weeks of "
        "reduced sailings."
    )
    assert rel["90 minutes"] == "stay"
    assert rel["two hours"] == "other"
    assert rel["three weeks"] == "event"
    assert rel["185 kilometres"] == "leg"


def test_last_years_edition_of_the_journey_is_a_former_figure():
    rel = relations(
        "This year the relay took 6 hours and 52 minutes. Last year's relay, run in the "
        "opposite direction, took 7 hours and 20 minutes in heavy rain."
    )
    assert rel == {"6 hours and 52 minutes": "leg", "7 hours and 20 minutes": "former"}


def test_newfoundland_and_other_zone_abbreviations_are_read():
    text = (
        "DEER LAKE, Newfoundland, April 20, 2026 (CP) - The flight left Deer Lake at 6:05 a.m. "
        "NDT and landed in Halifax at 6:50 a.m. ADT. A ferry left Mombasa at 9 a.m. EAT."
    )
    zones = time_zones(text)
    assert zones["6:05 a.m. NDT"] == "UTC-02:30"
    assert zones["6:50 a.m. ADT"] == "UTC-03:00"
    assert zones["9 a.m. EAT"] == "UTC+03:00"


_SCHEDULE = (
    "ULAANBAATAR, Feb 3, 2026 (Montsame) - Most visitors fly from Ulaanbaatar to Murun, the "
    "provincial centre in northern Mongolia. The daily flight departs the capital at 10:00 "
    "and, scheduled at {}, lands in Murun at 11:25. From Murun, minibuses cover the 100 km "
    "to Khatgal in 1 hour 45 minutes."
)


def test_clocks_are_set_against_the_scheduled_time_written_with_them():
    (ok,) = findings(_SCHEDULE.format("1 hour 25 minutes"), "timeline")
    assert ok["verdict"] == "consistent" and "scheduled time" in ok["message"], ok
    # a service may run late: times longer than the schedule are not judged ...
    (late,) = findings(_SCHEDULE.format("1 hour 5 minutes"), "timeline")
    assert late["verdict"] == "unverifiable", late
    # ... but none arrives an hour before it
    (early,) = findings(_SCHEDULE.format("2 hours 25 minutes"), "timeline")
    assert early["verdict"] == "inconsistent", early


def test_the_road_taken_names_the_way_a_leg_ran():
    text = "The riders left Puerto Maldonado and followed the Interoceanic Highway {} to Iñapari."
    (ok,) = findings(text.format("north"), "direction")
    assert ok["verdict"] == "consistent", ok
    (bad,) = findings(text.format("south"), "direction")
    assert bad["verdict"] == "inconsistent", bad


def test_a_river_landing_named_as_a_noun_is_no_arrival():
    from .test_reading_classes30 import _times

    text = "The boat left Tillaberi's river landing at 6 a.m. and tied up at Ayorou at 5 p.m."
    assert _times(text) == {"6 a.m.": "departure", "5 p.m.": "arrival"}
    assert _times("The plane landed at Niamey at 5 p.m.")["5 p.m."] == "arrival"


def test_a_vehicles_word_that_names_a_place_gives_way_to_the_mode_the_sentence_states():
    from georoute.verify import verify

    text = (
        "Hava Shoshani set out from Beersheba's central bus station on Tuesday and covered about "
        "95 kilometers (59 miles) on foot."
    )
    claims = verify(texts=[text]).to_dict()["claims"]
    (km,) = [c for c in claims if c["text"] == "95 kilometers"]
    assert km["mode"] != "road", km
    text = "The bus left the bus station at 8 a.m. and covered 95 kilometers."
    (km,) = [c for c in verify(texts=[text]).to_dict()["claims"] if c["text"] == "95 kilometers"]
    assert km["mode"] == "road", km


def test_a_stage_races_total_beside_a_stage_is_not_the_stage():
    rel = relations(
        "Diallo won the 150 km third stage from Ebolowa to Kribi in 3 hours 40 minutes. The "
        "race, which has nine stages and covers about 1,200 km in total, ends on Sunday. Last "
        "year the rally covered about 3,000 km over seven days."
    )
    assert rel["150 km"] == "leg"
    assert rel["1,200 km"] == "other" and rel["3,000 km"] == "other"
    # a one-day race's whole length is its journey
    rel = relations("The route takes in 30 sectors of cobbles, and the race covers 259 km in all.")
    assert rel["259 km"] == "leg"


def _pair(b_hours: str, b_date: str = "March 3, 2026") -> list[dict]:
    from georoute.verify import verify

    a = (
        "BHAIRAHAWA, Nepal, March 3, 2026 (PTI) - The first direct bus left Bhairahawa at 7:15 "
        "a.m. and reached Gorakhpur at 10:05 a.m., covering 98 km in three hours and five "
        "minutes, officials said."
    )
    b = (
        f"GORAKHPUR, India, {b_date} (Reuters) - A bus from Bhairahawa reached Gorakhpur on "
        f"Tuesday after a 98 km run of {b_hours}, opening the first direct service on the route."
    )
    return [f for f in verify(texts=[a, b]).to_dict()["findings"] if f["check"] == "cross_source"]


def test_two_reports_naming_no_traveller_of_one_route_and_day_are_one_trip():
    (ok,) = _pair("three hours and five minutes")
    assert ok["verdict"] == "consistent", ok
    (bad,) = _pair("five hours")
    assert bad["verdict"] == "inconsistent", bad
    # filed a week apart: two runs of the route, not compared
    assert _pair("five hours", "March 10, 2026") == []


def test_an_advantage_an_events_days_and_a_usual_speed_are_no_leg():
    rel = relations(
        "Tleuov kept the yellow jersey with a 10-second advantage over the next rider. Racing "
        'starts on Good Friday and runs over four days. "We do about eight or nine knots '
        'downstream," said the skipper. The steamer averaged 7 knots on the way.'
    )
    assert rel["10-second"] == "margin"
    assert rel["four days"] == "event"
    assert rel["nine knots"] == "usual"
    assert rel["7 knots"] == "leg"
