"""Issue 13, classes of round 21 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

import pytest

from .reading import findings

# --- a small area (an island municipality, a small island country) measured as a town ----------


@pytest.mark.parametrize(
    "text",
    [
        "LA GOMERA, Spain, May 3 (EFE) - The ferry from Funchal reached the island at noon. "
        "Porto Santo lies some 75 km north-east of Funchal.",
        "VALLETTA, June 2 (Reuters) - The catamaran left Pozzallo for Malta at 6.30am on Monday. "
        "Malta lies about 95 km south of Pozzallo.",
    ],
)
def test_a_small_area_is_measured_from_as_a_town(text):
    (sep,) = findings(text, "separation")
    (way,) = findings(text, "direction")
    assert sep["verdict"] == "consistent", sep["message"]
    assert way["verdict"] == "consistent", way["message"]


def test_a_miss_measured_from_a_small_area_is_not_judged():
    text = (
        "LA GOMERA, Spain, May 3 (EFE) - The ferry from Funchal reached the island at noon. "
        "Porto Santo lies some 160 km south-west of Funchal."
    )
    (sep,) = findings(text, "separation")
    (way,) = findings(text, "direction")
    for f in (sep, way):
        assert f["verdict"] == "unverifiable", f["message"]
        assert "is an area" in f["message"]


def test_a_large_area_is_still_no_point():
    text = (
        "OSLO, March 4 (NTB) - The supply ship left Tromso for Greenland on Monday. "
        "Greenland lies about 1,500 km west of Tromso."
    )
    (sep,) = findings(text, "separation")
    assert sep["verdict"] == "unverifiable"
    assert "not both resolved" in sep["message"]


# --- the scorer: an expected claim that names an endpoint is met by the places measured ----------


def _score(text: str, expect: dict) -> list:
    from pathlib import Path

    from georoute.base.documents import Document, document_date
    from georoute.verify import verify

    from .expectations import Article, score

    art = Article("t", text, Path("t.txt"), {"correct": True, "findings": [expect]})
    report = verify(documents=[Document("t", text, None, document_date(text))])
    return [i for i in score([art], report) if i.kind == "finding"]


_FERRY = (
    "VALLETTA, June 2 (Reuters) - The catamaran left Pozzallo at 6.30am on Monday and reached "
    "Valletta after a crossing of about 100 km."
)


def test_an_expected_endpoint_name_is_met_by_the_place_the_finding_measured_from():
    claims = ["about 100 km", "Pozzallo", "Valletta"]
    (item,) = _score(_FERRY, {"check": "geodesic_bound", "verdict": "consistent", "claims": claims})
    assert item.ok, item.why


def test_a_place_the_finding_did_not_measure_from_is_not_met():
    claims = ["about 100 km", "Pozzallo", "Reuters"]
    (item,) = _score(_FERRY, {"check": "geodesic_bound", "verdict": "consistent", "claims": claims})
    assert not item.ok


def test_a_compass_word_beside_the_name_is_no_name():
    claims = ["north of Pozzallo"]
    (item,) = _score(_FERRY, {"check": "geodesic_bound", "verdict": "consistent", "claims": claims})
    assert not item.ok


# --- a position measured along a way: "725 km east of Perth by road" ----------------------------


def test_a_position_by_road_with_a_compass_word_is_a_routes_length():
    text = (
        "KALGOORLIE, Australia, May 3 (AAP) - Coolgardie, about 680 km east of Perth by road, "
        "was the start of the walk."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "unverifiable", f["message"]
    assert "along a way (road)" in f["message"]
    (d,) = findings(text, "direction")
    assert d["verdict"] == "consistent"


def test_a_position_with_a_compass_word_alone_is_a_straight_line():
    text = (
        "KALGOORLIE, Australia, May 3 (AAP) - Coolgardie, about 680 km east of Perth, "
        "was the start of the walk."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "inconsistent", f["message"]


# --- cross-source: a destination of another journey in one report is not the trip's ------------


def test_a_background_journeys_destination_is_not_compared_across_reports():
    from georoute.base.documents import Document, document_date
    from georoute.verify import verify

    a = (
        "LIVINGSTONE, Zambia, May 21 (AFP) - The MV Sea Eagle left Kariba at 6 am on Friday and docked "
        "at Binga at 4 pm, a voyage of about 120 km. Built in Scotland, the ship was carried to "
        "Kariba in pieces in 1962."
    )
    b = (
        "HARARE, May 21 (Reuters) - The MV Sea Eagle sailed from Kariba on Friday morning and "
        "tied up at Binga that afternoon after a voyage of about 120 km."
    )
    docs = [Document(n, t, None, document_date(t)) for n, t in (("x_a", a), ("x_b", b))]
    report = verify(documents=docs)
    kinds = [
        (f.verdict, f.computed.get("kind")) for f in report.findings if f.check == "cross_source"
    ]
    assert ("inconsistent", "destination") not in kinds, kinds


# --- names as the press writes them; a station's name placed in another town -------------------


def test_the_press_spelling_of_a_russian_ending_is_the_town():
    from .reading import places

    text = (
        "MOSCOW, July 11 (TASS) - He reached Aleksandrovsk-Sakhalinsky on 11 July after 81 days "
        "on the road."
    )
    assert "Aleksandrovsk-Sakhalinskiy" in places(text)


def test_a_station_named_after_one_town_in_another_town_is_no_place_of_its_own():
    from .reading import places

    text = (
        "MOSCOW, May 2 (TASS) - The train left Moscow at 13:30 and arrived at Moskovsky railway "
        "station in St Petersburg at 17:30."
    )
    got = places(text)
    assert "Saint Petersburg" in got and "Moskovskiy" not in got, got


@pytest.mark.parametrize("name", ["Mazar-i-Sharif", "Mazar-e-Sharif"])
def test_a_link_word_joined_by_hyphens_stays_inside_one_name(name):
    from .reading import places

    text = f"KABUL, Feb. 18 (AP) - The convoy left Termez at 7 a.m. and reached {name} at noon."
    assert "Mazār-e Sharīf" in places(text)


def test_a_stretch_between_two_unknown_places_is_a_leg_of_its_own():
    text = (
        "PERTH, June 17 (AAP) - A retired farmer set out from Norseman on Wednesday and walked "
        "into Esperance on Monday, covering about 200 km in six days, or about 33 km a day. His "
        "longest day, 41 km from Dundas Rocks to Bromus Dam, took him nine hours, almost 5 km/h."
    )
    verdicts = {
        f["message"].split(" implies")[0]: f["verdict"]
        for f in findings(text, "speed_distance_time")
    }
    assert any(k.startswith("200 km") for k in verdicts), verdicts
    assert any(k.startswith("41 km") for k in verdicts), verdicts


@pytest.mark.parametrize(
    ("date", "verdict"),
    [("On 3 July 1952, a Thursday,", "consistent"), ("On July 3, 1952, a Friday,", "inconsistent")],
)
def test_a_weekday_in_apposition_after_its_date_is_checked(date, verdict):
    text = f"NEW YORK, July 3, 2027 (AP) - {date} the liner left New York for Southampton."
    (f,) = findings(text, "calendar")
    assert f["verdict"] == verdict, f["message"]


# --- a headline's figure that the body writes again as no journey's -------------------------------


def test_a_headline_figure_the_body_gives_as_a_span_is_no_leg():
    text = (
        "Forty years on, the airlift's 36 hours remembered\n\n"
        "TEL AVIV, 24 May 2031 (AFP) - On 24 May 1991 the first jets landed at Addis Ababa. By "
        "the time the last one left some 36 hours later, 14,000 people had been flown out. The "
        "jets flew to Tel Aviv, a hop of some 2,600 km that each covered in about four hours."
    )
    from georoute.verify import verify

    (head,) = [c for c in verify(texts=[text]).claims if c.text == "36 hours" and c.start < 60]
    assert head.relation == "offset", head
    (f,) = [f for f in findings(text, "plausibility") if "2,600 km" in f["message"]]
    assert "36 hours" not in f["message"], f["message"]


def test_the_provincial_capital_refers_back_to_the_town_it_first_named():
    text = (
        "TILCARA, Argentina, April 9 (AFP) - The riders set off from the provincial capital "
        "San Salvador de Jujuy on Saturday. Tilcara lies about 65 kilometres north of the "
        "provincial capital."
    )
    (sep,) = findings(text, "separation")
    assert sep["verdict"] == "consistent", sep["message"]
    assert "San Salvador de Jujuy" in sep["message"]


def test_the_provincial_capital_never_named_stays_unknown():
    text = (
        "TILCARA, Argentina, April 9 (AFP) - Tilcara lies about 65 kilometres north of the "
        "provincial capital."
    )
    (sep,) = findings(text, "separation")
    assert sep["verdict"] == "unverifiable", sep["message"]


def test_an_airport_named_after_a_person_as_the_press_shortens_it():
    from .reading import places

    text = (
        "DAR ES SALAAM, March 3 (Reuters) - The plane left Mtwara at 9 a.m. and landed at "
        "Julius Nyerere International Airport at 10:10 a.m."
    )
    assert "Mwalimu Julius K. Nyerere International Airport" in places(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The first car left Paris at 3.45 am, the others following at one-minute intervals.",
            "one-minute",
        ),
        ("Buses leave Lyon at intervals of two hours.", "two hours"),
    ],
)
def test_intervals_are_a_frequency_not_a_journey(text, figure):
    from .reading import relations

    assert relations(text)[figure] == "frequency"


def test_a_calendar_expectation_on_two_dates_is_met_by_one_finding_each():
    text = (
        "SUVA, June 24, 2024 (AP) - The yacht left Suva on Friday, June 21, and reached "
        "Lautoka on Monday, June 24."
    )
    both = ["Friday, June 21", "Monday, June 24"]
    (item,) = _score(text, {"check": "calendar", "verdict": "consistent", "claims": both})
    assert item.ok, item.why
    wrong = ["Friday, June 21", "Lautoka"]
    (item,) = _score(text, {"check": "calendar", "verdict": "consistent", "claims": wrong})
    assert not item.ok


def test_hours_later_after_an_arrival_by_a_military_clock_time_the_leg():
    from .reading import relations

    text = (
        "MPULUNGU, May 21 (Reuters) - The ship sailed from Kigoma at 1300 GMT on Friday and "
        "tied up at Mpulungu harbour at 0800 GMT on Sunday, 43 hours later."
    )
    assert relations(text)["43 hours"] == "leg"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ferry completed its first voyage in six years on Sunday.", "six years"),
        ("The first train in three weeks left Kigoma on Sunday.", "three weeks"),
    ],
)
def test_the_time_since_a_first_is_no_journeys_time(text, figure):
    from .reading import relations

    assert relations(text)[figure] == "offset"  # as "for the first time in six days"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The 45-mile crossing (72 km) took three hours.", "consistent"),
        ("The 45-mile crossing (92 km) took three hours.", "inconsistent"),
    ],
)
def test_a_hyphenated_figures_conversion_after_its_noun_is_checked(sentence, verdict):
    (f,) = findings(f"OBAN, May 3 (AP) - {sentence}", "unit_conversion")
    assert f["verdict"] == verdict, f["message"]


@pytest.mark.parametrize(
    "arrival",
    [
        "touched the trig point on Ivinghoe Beacon at 8.40 pm",
        "was checking into her hotel in Tring by 8.40 pm",
    ],
)
def test_an_arrival_told_by_a_mark_touched_or_a_hotel_checked_into(arrival):
    text = (
        "LONDON, May 19, 2024 (PA) - The runner set off from Overton Hill at 4 am on Saturday and "
        f"{arrival}, 16 hours and 40 minutes later."
    )
    fs = [f for f in findings(text, "timeline") if f["verdict"] != "unverifiable"]
    assert fs and fs[0]["verdict"] == "consistent", [f["message"] for f in fs]


def test_a_portage_is_a_part_of_a_canoe_trip():
    from .reading import relations

    text = "She covered about 580 km by canoe, with a 25-kilometre portage by truck at the rapids."
    assert relations(text)["25-kilometre"] == "part"


def test_the_way_back_told_apart_is_another_leg():
    text = (
        "ALBANY, Aug 20, 2027 (AP) - The boat left Clermont at 9 a.m. and arrived at Albany at "
        "5 p.m., eight hours on the river. The return to New York took 30 hours."
    )
    from .reading import relations

    assert relations(text)["30 hours"] == "other"
    assert not [f for f in findings(text, "timeline") if f["verdict"] == "inconsistent"]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Basho left his hut at Fukagawa on the edge of Edo on foot.", "Fukagawa", None),
        ("She took off from Abingdon, near Oxford, at 6.50 pm.", "Abingdon", "GB"),
    ],
)
def test_a_town_placed_near_another_is_the_namesake_there_or_none(text, name, place):
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.geo.mentions import find_mentions

    (m,) = [m for m in find_mentions(text, default_gazetteer()) if m.text == name]
    assert (m.place.country if m.place else None) == place


def test_the_stretch_a_speed_was_held_for_is_a_part():
    from .reading import relations

    text = (
        "Three days earlier Silver Link sustained over 100mph for 43 miles with Gresley on board."
    )
    assert relations(text)["43 miles"] == "part"


def test_a_date_in_an_opening_adverbial_dates_the_sentences_departure():
    from georoute.verify import verify

    text = (
        "NEW YORK, June 9, 2029 (AP) - In a rainstorm on Wednesday, 9 June 1909, a housewife "
        "from Hackensack cranked up her touring car and set off west for San Francisco. She "
        "rolled into San Francisco on Saturday, 7 August 1909, after 59 days."
    )
    (d,) = [c for c in verify(texts=[text]).claims if c.text == "Wednesday, 9 June 1909"]
    assert d.relation == "departure"
    fs = [f for f in findings(text, "timeline") if f["verdict"] != "unverifiable"]
    assert fs and all(f["verdict"] == "consistent" for f in fs), [f["message"] for f in fs]


def test_an_anniversarys_opening_date_dates_the_departure():
    from georoute.verify import verify

    text = (
        "LONDON, June 27, 2011 (PA) - One hundred years ago today, on Tuesday, 27 June 1911, "
        "three men left the hut at Cape Evans, hauling two sledges."
    )
    (d,) = [c for c in verify(texts=[text]).claims if c.text == "Tuesday, 27 June 1911"]
    assert d.relation == "departure"


def test_a_pilot_bringing_the_plane_down_is_an_arrival():
    from georoute.verify import verify

    text = (
        "MOSCOW, July 14, 2017 (TASS) - The crew took off from Moscow on Monday, 12 July 1937, "
        "and the pilot brought the plane down in a pasture near San Jacinto at 5.30 am on "
        "Wednesday, 14 July 1937."
    )
    (t,) = [c for c in verify(texts=[text]).claims if c.text == "5.30 am"]
    assert t.relation == "arrival"
