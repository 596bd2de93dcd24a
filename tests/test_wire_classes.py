"""Issue 13, the classes left after the held-out sets: figures of another vehicle, route or
event kept out of the leg's checks, a feature's length never the trip's, clock times of an
article with no date checked modulo a day, departures as wire copy writes them (a service
named by its time, a relative clause, a ship entering a canal), origins given by a square
or a building in a town, and rides on horseback checked as such."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.base.documents import Document
from georoute.base.modes import MAX_SPEED_KMH, MODE_WORDS
from georoute.text.qualifiers import not_travel
from georoute.text.quantities import find_quantities
from georoute.text.timeexpr import find_times
from georoute.verify import verify


def _relation(text: str, figure: str) -> str | None:
    qs = find_quantities(text)
    i = next(k for k, q in enumerate(qs) if q.text.startswith(figure))
    return not_travel(text, qs, i)


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("Its Boeing 777s cruise at about 905 km/h on the route.", "905", "limit"),
        ("Entrants have a cut-off of 17 hours to reach the finish.", "17 hours", "limit"),
        ("Walkers must finish within 36 hours to earn a medal.", "36 hours", "limit"),
        ("The steam service took nearly 30 hours when it still ran.", "30 hours", "former"),
        (
            "The carrier flies as far as Santiago, a 16-hour flight, twice a week.",
            "16-hour",
            "other",
        ),
        ("Organisers want the trek to rival the Iditarod, a 1,600-km race.", "1,600-km", "other"),
        (
            "The Danube, at some 2,850 km Europe's second-longest river, floods often.",
            "2,850",
            "feature",
        ),
        ("Rockfalls closed the old Khyber mountain road for 9 days.", "9 days", "event"),
        ("The locomotive overhaul took about 45 days at the depot.", "45 days", "event"),
        ("Officials expect more buses to arrive over the next four days.", "four days", "offset"),
        (
            "The line shut in 1961, three weeks after the new road was opened.",
            "three weeks",
            "offset",
        ),
        # round 6: earlier times, capabilities and limits, sizes, parts, other feats, delays
        ("Earlier, the quickest bus needed more than nine hours.", "nine hours", "former"),
        ("Until recently the crossing lasted about 14 hours.", "14 hours", "former"),
        (
            "Before the Channel Tunnel opened, London to Paris took about five hours.",
            "five hours",
            "former",
        ),
        ("She used to catch a night coach of about 10 hours to the capital.", "10 hours", "former"),
        ("The previous record of 3 hours 12 minutes was set by a Dutch crew.", "3 hours", "former"),
        ("He broke the long-standing record time of 51 hours.", "51 hours", "former"),
        ("The upgraded track is rated for 200 km/h.", "200 km/h", "limit"),
        ("Signalling limits trains to 120 km/h on the viaduct.", "120 km/h", "limit"),
        ("The old steamers could manage only 9 knots.", "9 knots", "limit"),
        ("The new trains are designed for 400 km/h.", "400 km/h", "limit"),
        ("The Boeing 787 cruises at about 900 km/h.", "900 km/h", "limit"),
        ("During testing, the prototype reached 603 km/h.", "603 km/h", "instant"),
        ("The ferry averaged 20 knots and peaked at 27 knots.", "27 knots", "instant"),
        ("The crater is 12 km across.", "12 km", "feature"),
        ("The lake measures 30 km in diameter.", "30 km", "feature"),
        ("Freight trains in Australia often run nearly two kilometres long.", "two", "feature"),
        ("The road hugs the Adriatic coast for about 80 km.", "80 km", "part"),
        ("She has crossed three deserts, including a 250-km race in Morocco.", "250-km", "other"),
        ("She ran 25 km a day in training.", "25 km", "other"),
        ("Changing planes in Doha, travellers lose about six hours.", "six hours", "delay"),
        ("A 640-km high-speed line between the two cities is being planned.", "640-km", "planned"),
        ("Parliament approved a 600-km high-speed railway in March.", "600-km", "planned"),
        ("The ferry returned to service after a three-month overhaul.", "three-month", "event"),
        ("Its first 60-km section connects the port to the capital.", "60-km", "feature"),
        ("They share a border which runs for about 1,300 km through hills.", "1,300 km", "feature"),
        ("It pulled into Ho Chi Minh City at 5 a.m., 33 hours and 40 minutes later.", "33", None),
        (
            "Drivers use the Trans-Canada Highway, which runs 7,800 km coast to coast.",
            "7,800",
            "feature",
        ),
        (
            "The operator, which runs trains on it, maintains some 2,300 km of track.",
            "2,300",
            "feature",
        ),
        ("The state railway operates about 600 miles of main line.", "600 miles", "feature"),
        ("The Pan-American Highway stretches some 30,000 km from Alaska.", "30,000", "feature"),
        ("The Volga, Europe's longest river at about 3,500 km, froze.", "3,500", "feature"),
        ("At the crossing point the lake is about 9 km wide.", "9 km", "feature"),
        ("The memorial path, a 60-kilometre round trip, opens today.", "60-kilometre", "other"),
        ("She later cycled around Tasmania, a loop of about 1,200 km.", "1,200", "other"),
        ("His next goal is a 500-km race across the Gobi.", "500-km", "planned"),
        ("The mail boat could take up to 30 hours in winter.", "30 hours", "usual"),
        ("Trucks were held to 50 km/h on the mountain section.", "50 km/h", "limit"),
        ("The convoy kept to 55 mph all the way.", "55 mph", "limit"),
        ("Newer railcars, which reach up to 200 km/h, serve the coast.", "200 km/h", "limit"),
        ('"We saw nothing for the first twenty minutes," the pilot said.', "twenty", "part"),
        ("Travellers should check in up to 45 minutes before departure.", "45 minutes", "offset"),
    ],
)
def test_figures_of_another_vehicle_route_or_event(text, figure, relation):
    assert _relation(text, figure) == relation


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ship is said to cruise at 24 knots on the crossing.", "24"),
        ("The 310-km ride from Ulm took nine hours.", "310-km"),
        ("He rode for three days after the storm, covering 140 km.", "three days"),
        ("The ship sailed 350 km from Muscat to Sur in 14 hours.", "350 km"),
        ("The train kept running for 6 hours through the night.", "6 hours"),
        ("The riders covered the 600-kilometre ride in nine days.", "600-kilometre"),
    ],
)
def test_figures_of_the_journey_stay_legs(text, figure):
    assert _relation(text, figure) is None


def test_a_dateless_clock_keeps_its_time_of_day_and_the_next_day():
    ts = find_times("The ferry left at 10:40 p.m. and docked at 4:05 a.m. the next day.", None)
    clocks = [(t.clock, t.day_offset, t.begin) for t in ts]
    assert clocks == [(dt.time(22, 40), 0, None), (dt.time(4, 5), 1, None)]


def _timeline(text: str) -> list:
    r = verify(texts=[text])
    return [f for f in r.findings if f.check == "timeline"]


def test_clock_times_without_any_date_are_checked_modulo_a_day():
    (ok,) = _timeline(
        "The train left Brussels at 7:13 a.m. and reached Amsterdam at 9:05 a.m., a trip "
        "of one hour and 52 minutes."
    )
    assert ok.verdict == "consistent" and "no day" in ok.message
    (night,) = _timeline(
        "The ferry left Helsinki at 11:30 p.m. and reached Stockholm at 9:30 a.m. local "
        "time, a crossing of 11 hours."
    )
    assert night.verdict == "consistent" and night.computed["days_between"] == 1
    (bad,) = _timeline(
        "The train left Brussels at 7:13 a.m. and reached Amsterdam at 9:05 a.m., a trip "
        "of three hours and 52 minutes."
    )
    assert bad.verdict == "inconsistent" and "no day" in bad.message


def test_dateless_clocks_with_an_unknown_zone_are_never_inconsistent():
    findings = _timeline(
        "The bus left the depot at 7:13 a.m. and reached the coast at 9:05 a.m., a trip of "
        "three hours and 52 minutes."
    )
    assert all(f.verdict != "inconsistent" for f in findings)


def test_an_origin_given_by_a_square_in_a_town(gaz):
    text = (
        "date 2024-07-10\n\nThe riders set off from Sukhbaatar Square in Ulaanbaatar on "
        "Monday and rode into Kharkhorin on Friday, covering about 360 km on horseback."
    )
    r = verify([Document("w", text, None, dt.date(2024, 7, 10))], gazetteer=gaz)
    origins = [c.text for c in r.claims if c.kind == "place" and c.relation == "origin"]
    assert origins == ["Ulaanbaatar"]
    (geo,) = [f for f in r.findings if f.check == "geodesic_bound"]
    assert geo.verdict == "consistent"


def test_a_ride_on_horseback_is_checked_as_a_horse_ride():
    assert MODE_WORDS["horseback"] == "horse" and MAX_SPEED_KMH["horse"] >= 70
    r = verify(
        texts=[
            "The riders covered 300 km on horseback from Ulm to Linz in six days, organisers said."
        ]
    )
    (p,) = [f for f in r.findings if f.check == "plausibility"]
    assert p.verdict == "consistent" and "horse" in p.message


def test_a_dated_earlier_record_run_is_not_this_journey():
    r = verify(
        texts=[
            "date 2025-05-01\n\nThe mail left Omaha and reached Denver in about six days on "
            "horseback. The fastest run came in June 1862, when riders carried a despatch "
            "west in 3 days and 20 hours."
        ]
    )
    (rec,) = [c for c in r.claims if c.text == "3 days and 20 hours"]
    assert rec.relation == "other"


def test_a_long_ride_is_held_to_what_a_horse_keeps_up():
    r = verify(
        texts=[
            "The riders covered 600 km on horseback from Ulm to Linz in 12 hours, organisers "
            "said, though no horse keeps such a pace."
        ]
    )
    (p,) = [f for f in r.findings if f.check == "plausibility"]
    assert p.verdict == "inconsistent" and "50 km or more" in p.message
    r = verify(texts=["The riders covered 1,500 km on horseback from Ulm to Linz in two days."])
    (p,) = [f for f in r.findings if f.check == "plausibility"]
    assert p.verdict == "inconsistent" and "over days" in p.message


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        ("The men's race was won by a Kenyan in 2 hours 9 minutes.", "2 hours 9 minutes", "other"),
        (
            "In winter the Coastal Express is replaced by a slower railcar, which takes about "
            "nine hours.",
            "nine hours",
            "other",
        ),
        (
            "The carrier plans to fly from Perth to Paris in 2028, a journey of about 17 hours.",
            "17 hours",
            "planned",
        ),
        ("The ferry from Perth reached Paris in 17 hours, its owners said.", "17 hours", "leg"),
        # round 6: another mode's time said in the present, a rival's, a slower vehicle's, a
        # year before the dateline's in a story of this year's trip
        (
            "The pilgrims walked from Porto to Vigo in five days. A bus covers the same road in "
            "about two hours.",
            "two hours",
            "other",
        ),
        (
            "The ferry sailed from Dover to Calais on Monday. By car through the tunnel the trip "
            "takes about 35 minutes.",
            "35 minutes",
            "other",
        ),
        (
            "The ferry crossed from Helsinki to Tallinn in two hours. Ferries of rival operator "
            "Viking Line need about 2 hours 30 minutes.",
            "2 hours 30 minutes",
            "other",
        ),
        (
            "The train from Madrid to Barcelona took 2 hours 30 minutes. A slower regional train "
            "runs between the cities in about 6 hours.",
            "6 hours",
            "other",
        ),
        (
            "The train ran from Berlin to Munich in four hours. When the line opened in 1991, the "
            "same journey took almost seven hours.",
            "seven hours",
            "former",
        ),
        ("The line, built in 2006, carried the train from Berlin in 4 hours.", "4 hours", "leg"),
        ("The convoy drove 2000 km from Kabul to Herat in three days.", "2000 km", "leg"),
        (
            "The plane left Paris in 1927 and landed in New York 33 hours and 30 minutes later.",
            "33 hours and 30 minutes",
            "leg",
        ),
    ],
)
def test_another_race_vehicle_or_a_future_year_is_not_the_journey(sentence, figure, relation):
    r = verify([Document("w", "date 2025-03-01\n\n" + sentence, None, dt.date(2025, 3, 1))])
    (c,) = [c for c in r.claims if c.text == figure]
    assert c.relation == relation


def test_a_fast_ferry_is_held_to_high_speed_craft_not_to_ferries():
    text = "date 2024-01-10\n\nThe {} crossed from Buenos Aires to Montevideo, 210 km, in 2 hours."
    verdicts = {}
    for craft in ("hydrofoil ferry", "ferry"):
        r = verify(texts=[text.format(craft)])
        (p,) = [f for f in r.findings if f.check == "plausibility"]
        verdicts[craft] = p.verdict
    assert verdicts == {"hydrofoil ferry": "consistent", "ferry": "inconsistent"}
