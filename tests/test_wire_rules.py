"""Issue 13, wire copy: figures that are not the journey, checks that trust their model only
where it holds (inferred endpoints, a network without the direct line, sub-modes), one
judgement per trip from the timeline, weekdays on the dateline's day, meaningful numbers."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from georoute.base.claims import QuantityClaim, TimeClaim
from georoute.base.documents import Document, parse_dateline
from georoute.base.modes import SUBMODES, speed_limit, submodes_in
from georoute.checks import CheckInput, check_calendar, check_route_length, check_timeline
from georoute.checks.times import _apart
from georoute.text.qualifiers import NOT_TRAVEL, RULES, not_travel
from georoute.text.quantities import find_quantities
from georoute.trips import Trip, TripLeg
from georoute.verify import verify


def _relation(text: str, figure: str) -> str | None:
    qs = find_quantities(text)
    i = next(k for k, q in enumerate(qs) if q.text.startswith(figure))
    return not_travel(text, qs, i)


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("The coach made a single 15-minute rest stop near Kingston.", "15-minute", "stay"),
        ("The train made a 10-minute halt at Kota in the early hours.", "10-minute", "stay"),
        ("Excursions included a four-hour tour of Broken Hill.", "four-hour", "stay"),
        ("The trip took seven hours, including two hours at the border post.", "two hours", "stay"),
        ("The first ferry after a 48-hour suspension set off at 2pm.", "48-hour", "event"),
        ("Landslides blocked the Andean highway for 11 days.", "11 days", "event"),
        ("A typhoon suspended services for two days in August.", "two days", "event"),
        ("She beat the previous record, set by an Argentine rider, by 38 minutes.", "38", "margin"),
        ("They reached the pole some five weeks before Scott's party.", "five weeks", "margin"),
        ("The run shaved roughly 20 minutes off the timetable.", "20 minutes", "margin"),
        ("The ship was due to sail on for Colombo two days later.", "two days", "offset"),
        ("It crossed at 9:05 a.m., about 30 minutes later.", "30 minutes", None),
        ("The Eurostar reached Paris 2 hours 16 minutes later.", "2 hours", None),
        ("The train was at 79 mph, below the 100 mph limit on that stretch.", "100 mph", "limit"),
        ("Trucks are limited to 90 km/h on the pass.", "90 km/h", "limit"),
        (
            "The Delhi-Mumbai Expressway, roughly 1,350 km long, opens next year.",
            "1,350",
            "feature",
        ),
        ("The road passes the 3-kilometre Cristo Redentor tunnel.", "3-kilometre", "feature"),
        ("Walking at least 100 km is required to earn the certificate.", "100 km", "limit"),
        ("The coach has a range of 400 km on a single charge.", "400 km", "limit"),
        ('"Before, the journey took more than three hours," he said.', "three hours", "former"),
        ('"Back then it took four hours."', "four hours", "former"),
        ("The train covered 1,386 km in 15 hours.", "1,386", None),
        ("The yacht sailed 628 nautical miles to Hobart in a day and a half.", "628", None),
        ("Winds gusting to 90 km/h had added to the disruption.", "90 km/h", "weather"),
        ("The ferry sailed at 14 knots into gusts of 40 knots.", "14 knots", None),
        ("The ferry had been out of action for two days after a fault.", "two days", "event"),
        ('"Below four and a half hours, rail starts to win," he said.', "four and a half", "limit"),
        ("The train arrived in under four hours, officials said.", "four hours", None),
    ],
)
def test_figures_that_are_not_the_journey(text, figure, relation):
    assert _relation(text, figure) == relation


def test_every_rule_has_a_unique_id_when_given():
    ids = [r.id for r in RULES if r.id]
    assert len(ids) == len(set(ids)) and len(ids) >= 7


# -- sub-modes ----------------------------------------------------------------------------
def test_sub_modes_from_the_words_and_the_most_permissive_when_unsure():
    assert submodes_in("A coach left the terminal.") == ("coach",)
    assert speed_limit("road", submodes_in("A coach left the terminal.")).max_kmh == 130
    both = submodes_in("The coach overtook cars on the motorway.")
    assert speed_limit("road", both).max_kmh == 200  # car and coach named: the car's limit
    assert speed_limit("road").max_kmh == 200  # none named: the mode's own limit
    assert speed_limit("ship", submodes_in("The container ship docked.")).submode == "cargo_ship"
    # brand names are case-sensitive: "ice" is no ICE train
    assert "high_speed" not in submodes_in("They crossed the ice shelf by train.")
    assert "high_speed" in submodes_in("The ICE left Berlin.")
    for sm in SUBMODES:  # a sub-mode never allows more than its mode does, unless it says why
        assert sm.max_kmh <= speed_limit(sm.mode).max_kmh or sm.beyond_mode
    assert [sm.id for sm in SUBMODES if sm.beyond_mode] == [
        "river_swim",
        "race_car",
        "maglev",
        "record_train",
        "fast_ferry",
        "spacecraft",
        "supersonic",
    ]
    assert speed_limit("train", submodes_in("The maglev left Shanghai.")).max_kmh > 350
    # Concorde crossed the Atlantic at twice an airliner's cruise
    assert speed_limit("air", submodes_in("Concorde flew to New York.")).max_kmh > 2000
    fast = speed_limit("ship", submodes_in("The ferry company's catamaran docked."))
    assert fast.submode == "fast_ferry" and fast.max_kmh > speed_limit("ship").max_kmh


def test_a_coach_at_200_kmh_is_beyond_a_coach(gaz):
    text = (
        "date 2024-05-02\n\nThe coach left Toronto at 7 a.m. and travelled 540 km to Montreal "
        "at an average of 190 km/h, the operator said."
    )
    car = text.replace("The coach", "The car")
    r_coach = verify([Document("c", text)], gazetteer=gaz)
    r_car = verify([Document("c", car)], gazetteer=gaz)
    coach = [f for f in r_coach.findings if f.check == "plausibility"]
    cars = [f for f in r_car.findings if f.check == "plausibility"]
    assert [f.verdict for f in coach] == ["inconsistent"] and "coach" in coach[0].message
    assert [f.verdict for f in cars] == ["consistent"]


# -- endpoints inferred from the trip ------------------------------------------------------
def test_a_short_figure_on_the_trips_inferred_ends_is_not_judged(gaz):
    text = (
        "date 2024-02-07\n\nThe Indian Pacific left Sydney on Sunday and arrived in Perth on "
        "Wednesday. The train ran along the 478-kilometre section without a curve."
    )
    fs = verify([Document("ip", text)], gazetteer=gaz).findings
    gb = [f for f in fs if f.check == "geodesic_bound"]
    assert gb and all(f.verdict != "inconsistent" for f in gb)
    assert any("may describe a part of the trip" in f.message for f in gb)


# -- route_length: only a credible network route ------------------------------------------
def _route_input(gaz, km: float, route_km: float, inferred: bool = False):
    a, b = gaz.resolve("Pyongyang").place, gaz.resolve("Vladivostok").place
    c = QuantityClaim(
        "d:c1", "d", "distance", f"{km:g} km", 0, 1, km, "km", km - 1, km + 1, leg="d:L"
    )
    leg = TripLeg("d:L", a.id, b.id, "train", ("d",), (c.id,), "T1", inferred)
    route = SimpleNamespace(
        length_km=route_km,
        snap_km=0.0,
        countries=("KP", "RU"),
        notes=(),
        bridges=(),
        snaps=(),
        crossings=(),
        coords=((a.lat, a.lon), (b.lat, b.lon)),
    )
    trip = Trip("T1", ("d",), a.id, b.id, (leg,))
    return CheckInput({c.id: c}, {a.id: a, b.id: b}, (trip,), lambda ps: route)


def test_route_far_longer_than_the_geodesic_is_not_trusted(gaz):
    # the geodesic Pyongyang-Vladivostok is about 680 km
    (f,) = check_route_length(_route_input(gaz, 700, 2000))
    assert f.verdict == "unverifiable" and "may lack the direct line" in f.message
    (g,) = check_route_length(_route_input(gaz, 400, 900))
    assert g.verdict == "inconsistent"  # a credible route, a figure far short of it
    (h,) = check_route_length(_route_input(gaz, 400, 900, inferred=True))
    assert h.verdict == "unverifiable" and "part of the" in h.message


# -- timeline: one judgement per document's durations --------------------------------------
def _time(cid: str, rel: str, hour: int, doc: str = "d") -> TimeClaim:
    t = dt.datetime(2024, 5, 2, hour)
    return TimeClaim(
        cid, doc, "time", f"{hour}:00", 0, 1, relation=rel, begin=t, until=t, zone="UTC+00:00"
    )


def _dur(cid: str, h: float, start: int, doc: str = "d") -> QuantityClaim:
    return QuantityClaim(
        cid, doc, "duration", f"{h:g} hours", start, start + 1, h, "h", h, h, leg="d:L"
    )


def _timeline(durs: list[QuantityClaim]) -> list:
    dep, arr = _time("d:t1", "departure", 7), _time("d:t2", "arrival", 13)
    cs = {c.id: c for c in (dep, arr, *durs)}
    leg = TripLeg("d:L", None, None, "road", ("d",), tuple(c.id for c in durs), "T1", True)
    return check_timeline(CheckInput(cs, {}, (Trip("T1", ("d",), None, None, (leg,)),)))


def test_a_duration_that_fits_no_times_beside_one_that_fits_is_named_not_judged():
    fs = _timeline([_dur("d:c1", 6, 10), _dur("d:c2", 0.25, 20)])
    assert [f.verdict for f in fs] == ["consistent"]
    assert "may time something else" in fs[0].message and fs[0].computed["unfit_claims"]


def test_no_duration_fits_gives_one_inconsistent_finding():
    fs = _timeline([_dur("d:c1", 9, 10), _dur("d:c2", 12, 20)])
    assert [f.verdict for f in fs] == ["inconsistent"]
    assert "9 hours" in fs[0].message  # the closest combination


def test_messages_give_meaningful_spans():
    assert _apart(6.2, 6.2) == "6.2 h apart"
    assert _apart(0.0, 23.4) == "at most 23.4 h apart"
    assert "wrong order" in _apart(0.0, -4.0) and "4 h" in _apart(0.0, -4.0)
    assert "0.00" not in _apart(0.0, 53.7)


# -- calendar: a weekday on the dateline's own day, or placed in its week ------------------
def test_weekday_on_the_datelines_day_is_consistent_and_other_days_are_placed_in_its_week(gaz):
    head = "Ferry resumes\n\nDUBLIN, Jan. 13, 2024 (AP) - The ferry docked in Dublin on "
    day = parse_dateline(head)
    same = verify([Document("a", head + "Saturday after a rough.", None, day)], gazetteer=gaz)
    other = verify([Document("b", head + "Thursday after a rough.", None, day)], gazetteer=gaz)
    cal = [f for f in check_calendar(_inp(same)) if "dateline" in f.message]
    assert [f.verdict for f in cal] == ["consistent"] and "Saturday" in cal[0].message
    (f,) = [f for f in check_calendar(_inp(other)) if "dateline" in f.message]
    # the arrival's Thursday is the one two days before the dateline's Saturday
    assert f.verdict == "consistent" and f.computed["date"] == "2024-01-11"
    assert f.computed["days_from_dateline"] == -2 and "never contradicted" in f.message


def test_a_weekday_of_no_journey_time_or_after_the_dateline_is_not_placed(gaz):
    head = "Ferry resumes\n\nDUBLIN, Jan. 13, 2024 (AP) - "
    day = parse_dateline(head)
    for tail in (
        "The backlog should be cleared by Thursday, the company said.",
        "The ferry will leave Dublin on Tuesday.",
    ):
        report = verify([Document("a", head + tail, None, day)], gazetteer=gaz)
        assert not [f for f in check_calendar(_inp(report)) if "dateline" in f.message], tail


@pytest.mark.parametrize(
    ("dateline", "given", "weekday", "found"),
    [
        ("SPLIT, Croatia, May 31 (Reuters) -", dt.date(2026, 5, 31), "Sunday", True),
        ("QUITO, 3 March (EFE) -", dt.date(2025, 3, 3), "Monday", True),
        # (another day: placed in the dateline's week, the year still the document's)
        ("SPLIT, Croatia, May 31 (Reuters) -", dt.date(2026, 5, 31), "Friday", True),
        ("SPLIT, Croatia, May 31 (Reuters) -", None, "Sunday", False),  # no year anywhere
    ],
)
def test_a_dateline_without_its_year_takes_the_year_of_the_documents_date(
    gaz, dateline, given, weekday, found
):
    text = f"Ferry season opens\n\n{dateline} The first ferry left the harbour on {weekday}."
    report = verify([Document("a", text, None, given)], gazetteer=gaz)
    cal = [f for f in check_calendar(_inp(report)) if "dateline" in f.message]
    assert bool(cal) is found
    if found:
        assert cal[0].verdict == "consistent" and "year from the document date" in cal[0].message


def _inp(report) -> CheckInput:
    return CheckInput({c.id: c for c in report.claims}, report.places, report.trips)


def test_an_undated_clock_time_is_read_on_the_neighbouring_day_before_any_verdict():
    # arrival "3:30 p.m." written without its day, read on the departure's day: 21.5 h early
    dep = _time("d:t1", "departure", 18)
    arr = TimeClaim(
        "d:t2",
        "d",
        "time",
        "3:30 p.m.",
        0,
        1,
        relation="arrival",
        begin=dt.datetime(2024, 5, 2, 15, 30),
        until=dt.datetime(2024, 5, 2, 15, 30),
        zone="UTC+00:00",
    )
    dur = _dur("d:c1", 21.5, 10)
    leg = TripLeg("d:L", None, None, "ship", ("d",), ("d:c1",), "T1", True)
    inp = CheckInput(
        {c.id: c for c in (dep, arr, dur)}, {}, (Trip("T1", ("d",), None, None, (leg,)),)
    )
    (f,) = check_timeline(inp)
    assert f.verdict == "consistent" and "the day after" in f.message
    # a duration that fits no neighbouring day stays inconsistent
    far = _dur("d:c1", 40, 10)
    inp = CheckInput(
        {c.id: c for c in (dep, arr, far)}, {}, (Trip("T1", ("d",), None, None, (leg,)),)
    )
    (g,) = check_timeline(inp)
    assert g.verdict in ("unverifiable", "inconsistent") and g.verdict != "consistent"


def test_clock_time_followed_by_its_date_takes_that_date(gaz):
    text = (
        "Team arrives\n\nKAMPALA, Feb. 9, 2024 (Reuters) - The team bus pulled into Kampala at "
        "6:45 p.m. on Thursday, Feb. 8, after a 13-hour bus journey from Nairobi."
    )
    r = verify([Document("k", text, None, parse_dateline(text))], gazetteer=gaz)
    clock = next(c for c in r.claims if c.text.startswith("6:45"))
    assert clock.begin == dt.datetime(2024, 2, 8, 18, 45) and clock.relation == "arrival"


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("The first train was pulling out of Colombo Fort at 7:00 am.", "departure"),
        ("Ndlovu set off with 20,000 other runners at 5.30am.", "departure"),
        ("He crossed the finish line at 10.58am.", "arrival"),
        ("The ferry was pulling into Wellington at 12:15 p.m.", "arrival"),
        ("The 6:12 a.m. departure from Milan reached Zurich on time.", "departure"),
        ("The 9.40pm service from Leeds was cancelled.", "departure"),
        ("The tanker, which started with the convoy off Aden at 4 p.m., slowed.", "departure"),
        ("The freighter entered the canal at Port Said at 5:30 a.m.", "departure"),
        ("Tens of thousands of pilgrims converged on Karbala at 6 p.m.", "arrival"),
        ("Amira Haddad, 44, a teacher from Tyre, set out from the old souk at 7 a.m.", "departure"),
        # a time that opens the sentence takes the verb after it
        ("At 6:15 a.m. on Saturday, the overnight ferry pulled into Piraeus.", "arrival"),
        ("Shortly after 0600 GMT the convoy left the depot in Gao.", "departure"),
        ("At 9 p.m. on Friday, officials said the ferry was late.", None),
    ],
)
def test_departure_and_arrival_words_of_wire_copy(gaz, sentence, relation):
    text = "date 2024-06-09\n\n" + sentence
    r = verify([Document("w", text, None, dt.date(2024, 6, 9))], gazetteer=gaz)
    (clock,) = [c for c in r.claims if c.kind == "time" and c.text[0].isdigit()]
    assert clock.relation == relation


def test_a_leg_naming_one_end_joins_the_leg_that_shares_it(gaz):
    text = (
        "date 2024-03-03\n\nA cyclist rode from Santiago to Mendoza, completing the 360 km in "
        "15 hours and 50 minutes. She reached Mendoza at 8:20 p.m., an average of nearly 23 km/h."
    )
    fs = verify([Document("a", text, None, dt.date(2024, 3, 3))], gazetteer=gaz).findings
    sdt = [f for f in fs if f.check == "speed_distance_time"]
    assert [f.verdict for f in sdt] == ["consistent"] and len(sdt[0].claims) == 3
    # a speed of another vehicle named in its own sentence stays apart
    other = text.replace(
        "an average of nearly 23 km/h", "where a high-speed train reaches 250 km/h"
    )
    fs = verify([Document("b", other, None, dt.date(2024, 3, 3))], gazetteer=gaz).findings
    assert not [f for f in fs if f.check == "speed_distance_time" and f.verdict != "unverifiable"]


def test_weekday_on_a_date_the_article_writes_elsewhere(gaz):
    text = (
        "Record ride\n\nMENDOZA, Argentina, March 3, 2024 (AFP) - The attempt began on March 2 "
        "at 4:30 a.m. in Santiago. She set out on Saturday evening in the rain."
    )
    r = verify([Document("m", text, None, parse_dateline(text))], gazetteer=gaz)
    cal = [f for f in check_calendar(_inp(r)) if "name one day" in f.message]
    assert [f.verdict for f in cal] == ["consistent"] and "March 2, 2024 was a Saturday" in (
        cal[0].message
    )
    friday = text.replace("Saturday evening", "Friday evening")
    r = verify([Document("m", friday, None, parse_dateline(friday))], gazetteer=gaz)
    assert not [f for f in check_calendar(_inp(r)) if "name one day" in f.message]


# Figures for each part, usual durations, speeds a vehicle can reach, the wind, a border's
# length; endpoints as wire copy writes them (a vessel that berthed, a coach that left a
# terminal in a city, a course named by its ends).


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("The eight swimmers took shifts of about 40 minutes each.", "40 minutes", "part"),
        ("The relay team ran the 90 km in turns of roughly 3 km each.", "3 km", "part"),
        ("The tour runs over three weeks in stages of about 180 km.", "180 km", "part"),
        ("She logs about 90 km a week in the hills before a race.", "90 km", "part"),
        ("Each leg of the rally covered about 400 km of desert track.", "400 km", "part"),
        ("Road freight usually takes three days or more to clear the port.", "three days", "usual"),
        ("The catamaran can reach 38 knots in calm water.", "38 knots", "limit"),
        ("The new trains hit 320 km/h between Lyon and Marseille.", "320 km/h", "limit"),
        ("Its design speed of 350 km/h is never used in service.", "350 km/h", "limit"),
        ("The fleet battled 35 knots on the nose all night.", "35 knots", "weather"),
        ("The two countries share a frontier of some 2,100 km.", "2,100 km", "feature"),
        ("Chile has a coastline of more than 6,400 km.", "6,400 km", "feature"),
        ("The new line's trains are designed to run at up to 320 km/h.", "320 km/h", "limit"),
        ("The fleet has a top operating speed of 300 km/h.", "300 km/h", "limit"),
        ("The speed limit for coaches there remains 90 km/h.", "90 km/h", "limit"),
        ("The jets can fly nonstop for more than 14,000 km.", "14,000 km", "limit"),
        ("He said gusty headwinds near the pass reached 45 km/h.", "45 km/h", "weather"),
        ("Relay posts stood roughly every 25 km along the steppe.", "25 km", "part"),
        ("The ship was back after three weeks of repairs to a propeller.", "three weeks", "event"),
        ("Horses face two mandatory 40-minute holds at vet stations.", "40-minute", "event"),
        ("The 1,400-km railway links the capital with the coast.", "1,400-km", "feature"),
    ],
)
def test_parts_limits_weather_and_lines_are_not_the_journey(text, figure, relation):
    assert relation in NOT_TRAVEL
    assert _relation(text, figure) == relation


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ferry averaged 22 knots on the crossing.", "22 knots"),
        ("The coach reached an average of 84 km/h on the motorway.", "84 km/h"),
        ("The relay covered 120 km in nine hours.", "120 km"),
        ("He walked 30 km to the coast.", "30 km"),
        ("The crossing took four hours and 10 minutes.", "four hours"),
    ],
)
def test_figures_of_the_journey_stay_legs(text, figure):
    assert _relation(text, figure) is None


def _report(gaz, text: str):
    return verify(documents=[Document("a", text, "a.txt", dt.date(2025, 10, 11))], gazetteer=gaz)


def test_a_figure_for_each_part_is_never_set_against_the_geodesic(gaz):
    text = (
        "VALPARAISO, Chile, Oct. 11, 2025 - Ten volunteers ran in relay from Santiago to "
        "Valparaiso, covering about 120 km in nine and a half hours, taking stints of roughly "
        "4 km each."
    )
    report = _report(gaz, text)
    part = next(c for c in report.claims if c.text.startswith("4 km"))
    assert part.relation == "part"
    assert not [f for f in report.findings if part.id in f.claims]
    assert not [f for f in report.findings if f.verdict == "inconsistent"]


def test_a_coach_leaving_a_terminal_in_a_city_starts_there(gaz):
    text = (
        "GUADALAJARA, Mexico, Oct. 11, 2025 - The operator runs coaches between Mexico City and "
        "Guadalajara. The first coach left the Norte bus terminal in Mexico City at 6 a.m. and "
        "pulled into Guadalajara at 1 p.m., covering 540 km in seven hours."
    )
    report = _report(gaz, text)
    trip = report.trips[0]
    names = {report.places[p].name for p in (trip.origin, trip.destination)}
    assert names == {"Mexico City", "Guadalajara"}
    assert report.places[trip.origin].name == "Mexico City"
    timeline = [f for f in report.findings if f.check == "timeline"]
    assert [f.verdict for f in timeline] == ["consistent"]


def test_a_course_named_by_its_ends_gives_the_trip_its_destination(gaz):
    text = (
        "DURBAN, Oct. 11, 2025 - The winner completed the 87-kilometre race from Durban to "
        "Pietermaritzburg in 5 hours 31 minutes. She set off from Durban at 5.30am and crossed "
        "the line at 11.01am."
    )
    report = _report(gaz, text)
    trip = report.trips[0]
    assert report.places[trip.destination].name == "Pietermaritzburg"
    timeline = [f for f in report.findings if f.check == "timeline"]
    assert [f.verdict for f in timeline] == ["consistent"]


def test_a_place_described_before_its_name_is_the_origin(gaz):
    text = (
        "NOUADHIBOU, Mauritania, Oct. 11, 2025 - The ore train pulled out of the desert town of "
        "Zouerat at 3 p.m. and arrived in the port of Nouadhibou at 8 a.m. the next day. It "
        "covered the 700 km in 17 hours."
    )
    report = _report(gaz, text)
    trip = report.trips[0]
    assert report.places[trip.origin].name.startswith("Zou")
    assert report.places[trip.destination].name == "Nouadhibou"
    assert [f.verdict for f in report.findings if f.check == "timeline"] == ["consistent"]
    assert [f.verdict for f in report.findings if f.check == "geodesic_bound"] == ["consistent"]


def test_a_countrys_largest_city_stands_for_the_trips_end_in_it(gaz):
    text = (
        "BISHKEK, Oct. 11, 2025 - The minister's motorcade left Almaty for Bishkek on Saturday. "
        "It covered about 230 km between Kazakhstan's largest city and the Kyrgyz capital."
    )
    report = _report(gaz, text)
    fig = next(c for c in report.claims if c.text.startswith("230 km"))
    found = [f for f in report.findings if f.check == "geodesic_bound" and fig.id in f.claims]
    assert [f.verdict for f in found] == ["consistent"]
    assert "Almaty" in found[0].message and "Bishkek" in found[0].message


def test_a_race_start_on_a_harbour_is_its_departure(gaz):
    text = (
        "HOBART, Dec. 28, 2024 - The supermaxi crossed the finish line off Hobart at 9:10 p.m. "
        "on Friday, Dec. 27, an elapsed time of 1 day, 8 hours, 10 minutes after the start on "
        "Sydney Harbour at 1 p.m. on Thursday, Dec. 26, in the race from Sydney to Hobart."
    )
    report = _report(gaz, text)
    rel = {c.text: c.relation for c in report.claims if c.kind == "time"}
    assert rel["1 p.m."] == "departure"
    assert rel["9:10 p.m."] == "arrival"
