"""Issue 13, figures that are not the journey in wire copy: a figure for each part or per day
or week, a usual duration, a speed a vehicle can reach, the wind on a crossing, the length of
a border; and endpoints as wire copy writes them (a vessel that berthed, a coach that left a
terminal in a city, a course named by its ends)."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.base.documents import Document
from georoute.text.qualifiers import NOT_TRAVEL, not_travel
from georoute.text.quantities import find_quantities
from georoute.verify import verify


def _relation(text: str, figure: str) -> str | None:
    qs = find_quantities(text)
    i = next(k for k, q in enumerate(qs) if q.text.startswith(figure))
    return not_travel(text, qs, i)


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
def test_figures_that_are_not_the_journey(text, figure, relation):
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
