"""Issue 13, classes of round 22 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

import pytest

from .reading import findings

# --- a leg's course: a compass word after a verb of travel, before the leg's end -------------------


@pytest.mark.parametrize(
    "text",
    [
        # the start in the sentence before, the traveller's departure
        "OSLO, June 3 (NTB) - The overnight train pulled out of Trondheim at 11pm. "
        "It ran north to Bodo, arriving the next morning.",
        # the start in the same sentence, with the way between the word and the end
        "ATHENS, May 2 (AP) - The ferry left Piraeus at dawn and steamed south across the "
        "Aegean towards Chania.",
        # "set off ... for": a place the traveller was at, then the course
        "DENVER, July 9 (AP) - At a garage in Omaha the two drivers set off west for Denver.",
    ],
)
def test_a_course_to_a_named_end_is_checked(text):
    (way,) = findings(text, "direction")
    assert way["verdict"] == "consistent", way["message"]


def test_a_course_against_the_map_from_a_named_start_is_inconsistent():
    text = (
        "ATHENS, May 2 (AP) - The ferry left Piraeus at dawn and steamed north-west across the "
        "Aegean towards Chania."
    )
    (way,) = findings(text, "direction")
    assert way["verdict"] == "inconsistent", way["message"]


def test_a_course_from_a_guessed_start_is_never_inconsistent():
    # the start is only where the sentences before leave the traveller: not judged
    text = (
        "ROME, April 4 (ANSA) - The delegation spent the night in Bologna. "
        "The next day the convoy drove south-east to Bari."
    )
    (way,) = findings(text, "direction")
    assert way["verdict"] == "consistent", way["message"]
    wrong = text.replace("south-east", "north-west")
    (way,) = findings(wrong, "direction")
    assert way["verdict"] == "unverifiable", way["message"]
    assert "guess" in way["message"]


@pytest.mark.parametrize(
    "text",
    [
        # a position, not a course
        "MADRID, May 5 (EFE) - The bus left Madrid at 9am. Toledo lies south of Madrid.",
        # the way named, but no end after "to"
        "MADRID, May 5 (EFE) - The bus left Madrid at 9am and drove south across the plain.",
        # another place between the word and the end that is no waypoint: another course
        "MADRID, May 5 (EFE) - The bus left Madrid and drove south, stopping in Toledo before "
        "it went on to Cordoba.",
    ],
)
def test_no_course_without_its_end(text):
    heads = [f for f in findings(text, "direction") if "'south'" in f["message"]]
    assert all("Cordoba" not in f["message"] for f in heads)
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "direction"))


# --- evidence: the words a check rests on are cited with its figure ------------------------------


def _cited(text: str, check: str) -> list[list[str]]:
    from georoute.verify import verify

    report = verify(texts=[text]).to_dict()
    words = {c["id"]: c["text"] for c in report["claims"]}
    return [[words[i] for i in f["claims"]] for f in report["findings"] if f["check"] == check]


def test_a_separation_cites_the_compass_word_that_makes_it_a_straight_line():
    text = "NAIROBI, May 2 (AP) - Nakuru lies about 140 km north-west of Nairobi."
    assert _cited(text, "separation") == [["140 km", "north-west"]]


def test_a_geodesic_bound_cites_the_articles_own_straight_line():
    text = (
        "NAIROBI, May 2 (AP) - The bus covered the 160 km from Nairobi to Nakuru in three hours. "
        "Nakuru lies about 140 km north-west of Nairobi."
    )
    (cited,) = _cited(text, "geodesic_bound")
    assert cited == ["160 km", "140 km"]
    (f,) = findings(text, "geodesic_bound")
    assert "the article puts them about 140 km apart" in f["message"]


# --- a difference between clocks ("two hours ahead of Fiji") is no journey, and bears out zones ---


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("SUVA, May 2 (AP) - Tonga keeps a clock one hour ahead of Fiji.", "one hour", "offset"),
        (
            "MALE, May 2 (PTI) - The Maldives are 30 minutes behind Sri Lanka.",
            "30 minutes",
            "offset",
        ),
        # a rider, not a place: a margin
        (
            "PARIS, July 2 (AFP) - He won the stage four minutes ahead of Pogacar.",
            "four minutes",
            "margin",
        ),
    ],
)
def test_a_time_ahead_of_a_place_is_a_zone_difference(text, figure, relation):
    from .reading import relations

    assert relations(text)[figure] == relation


def test_a_timeline_between_zones_names_the_articles_difference():
    text = (
        "NUKU'ALOFA, May 2 (AP) - The flight left Nadi at 10 a.m. local time on Friday and "
        "landed in Nuku'alofa at 1:30 p.m. local time after two hours and 30 minutes in the "
        "air. Tonga is one hour ahead of Fiji."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]
    assert "agrees with the zones' 1 h difference" in f["message"]
    assert f["computed"]["zone_gap_h"] == 1.0


# --- two dates and the days between them time the trip (and date a weekday at an end) -----------


def test_days_between_two_dates_are_a_timeline():
    text = (
        "LIMA, Jan 5 (EFE) - The raft left Callao on 3 March 1955 and drifted for 94 days "
        "before it reached the Marquesas on 5 June 1955."
    )
    (f,) = findings(text, "timeline")  # (one finding for the count)
    assert f["verdict"] == "consistent", f["message"]
    assert not [c for c in findings(text, "calendar") if "days apart" in c["message"]]
    # with no clock or relation to time it, the days between the dates do
    text = (
        "LIMA, Jan 5 (EFE) - The raft, launched on 3 March 1955, beached on 5 June 1955: 94 days."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent" and "94 days apart" in f["message"], f["message"]


def test_days_to_a_dated_weekday_are_also_a_calendar_finding():
    text = (
        "LIMA, Jan 5 (EFE) - The raft left Callao on Thursday, 3 March 1955 and reached the "
        "Marquesas on Sunday, 5 June 1955, after 94 days at sea."
    )
    assert [f for f in findings(text, "calendar") if "94 days apart" in f["message"]]
    assert [f["verdict"] for f in findings(text, "timeline")] == ["consistent"]


# --- a compound length its conversion joins ("4 miles 374 yards (6,779 metres)") ----------------


@pytest.mark.parametrize(
    ("text", "whole", "converted"),
    [
        (
            "The course, 3 miles 520 yards (5,303 metres), was rowed in 17 minutes.",
            "3 miles 520 yards",
            True,
        ),
        ("The narrow gauge is 610mm (2ft 0in) wide.", "2ft 0in", True),
        # no conversion joins them: a source may list them apart ("12 ft 2 in")
        ("The boat is 20 feet 6 inches long.", "20 feet", False),
    ],
)
def test_a_compound_length_with_its_conversion_is_one_figure(text, whole, converted):
    from georoute.text.quantities import find_quantities

    qs = {q.text: q for q in find_quantities(text)}
    assert whole in qs, list(qs)
    assert any(q.same_as is not None for q in qs.values()) == converted


def test_a_compound_lengths_conversion_is_checked_against_the_whole():
    text = "LONDON, May 2 (PA) - The course, 3 miles 520 yards (5,303 metres), was rowed in 17 minutes."
    (f,) = findings(text, "unit_conversion")
    assert f["verdict"] == "consistent", f["message"]


def test_an_arrival_before_the_departure_is_not_judged_against_a_speed():
    # a re-enactment's departure ("on Sunday", in the dateline's week) and the original's arrival
    text = (
        "WASHINGTON, July 7, 2019 (AP) - The convoy reached San Francisco on Saturday, Sept. 6, "
        "1919, having covered 3,251 miles at about 53 miles a day. A group of owners was to "
        "leave Washington on Sunday to retrace the route."
    )
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "timeline"))


# --- figures that are not the journey: what was only meant to be, a limit, the fastest others ----


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        (
            "CUSCO (Reuters) - A guide joined her for what was meant to be three days and stayed "
            "to the end.",
            "three days",
            "planned",
        ),
        (
            "NOME (AP) - Teams that fail to reach Nome within the 240-hour limit are out.",
            "240-hour",
            "limit",
        ),
        (
            "LONDON (PA) - The fastest four-man crews complete the row in around 35 days.",
            "35 days",
            "other",
        ),
    ],
)
def test_figures_that_are_not_the_journey(text, figure, relation):
    from .reading import relations

    assert relations(text)[figure] == relation


def test_two_reports_agreeing_on_a_leg_are_not_also_called_contradictory():
    from georoute.verify import verify

    a = (
        "SEADRIFT, June 12, 2025 (AP) - Ann Lee and Joe Park finished the 260-mile race from San "
        "Marcos to Seadrift by canoe in 38 hours, 12 minutes. The winning crew paddled the "
        "river in 33 hours, 50 minutes."
    )
    b = (
        "SEADRIFT, June 12, 2025 (Reuters) - Ann Lee and Joe Park covered the 260-mile course from San "
        "Marcos to Seadrift by canoe in 38 hours and 12 minutes."
    )
    found = [f for f in verify(texts=[a, b]).findings if f.check == "cross_source"]
    # one verdict for the two reports, each comparison it made kept in ``computed``
    (pair,) = found
    durations = [c["verdict"] for c in pair.computed["compared"] if c["kind"] == "duration"]
    assert pair.verdict == "consistent", pair.message
    assert "consistent" in durations and "inconsistent" not in durations, pair.message


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "AUSTIN (AP) - Two paddlers from Austin finished the race from San Marcos to Seadrift.",
            True,
        ),
        # units and vehicles are no people
        (
            "BISHKEK (AFP) - After a drive of seven hours from Almaty, talks began on water from Kyrgyzstan.",
            False,
        ),
        ("LYON (AFP) - Trains from Lyon now run from Paris too.", False),
    ],
)
def test_people_from_a_place_then_sent_from_another(text, home):
    from georoute.geo.mentions import Mention
    from georoute.geo.readings import hometown

    name = {True: "Austin", False: "Almaty" if "Almaty" in text else "Lyon"}[home]
    i = text.index(name, text.index("-"))
    assert hometown(text, 0, Mention(i, i + len(name), name, None)) == home


@pytest.mark.parametrize(
    ("lead", "relation"),
    [
        ("The march began on Tuesday, 7 September 2022, at ", "origin"),
        ("The trek started in ", "origin"),
        ("Stanley marched out of ", "origin"),
        # a day's start is no place's, and a race that ended somewhere ends there
        ("The trip began at dawn and ended at ", "destination"),
        ("The race started in 1903 and finished at ", None),
    ],
)
def test_a_journey_that_began_at_a_place_starts_there(lead, relation):
    from georoute.extraction.endpoints import place_relation

    assert place_relation(lead) == relation


def test_the_stops_a_journeys_time_includes_leave_it_the_journeys():
    from .reading import relations

    text = "FES (AA) - The riders left Fes at 8 a.m. Including fuel stops, the ride took six hours."
    assert relations(text)["six hours"] == "leg"
    assert relations("FES (AA) - Fuel stops took about 40 minutes.")["40 minutes"] == "stay"


def test_a_heading_with_no_end_is_the_trips_course_never_contradicted():
    text = (
        "ASUNCION, May 3 (AP) - The riverboat left Concepcion on Monday and reached Asuncion on "
        "Tuesday after a voyage of 300 km down the Paraguay River, heading {way} with the current."
    )
    (f,) = findings(text.format(way="south"), "direction")
    assert f["verdict"] == "consistent" and "trip's ends" in f["message"], f["message"]
    # (a heading that misses the trip's course says nothing: the trip's ends are a guess)
    assert findings(text.format(way="north"), "direction") == []


def test_a_weekday_before_the_dateline_is_placed_in_its_week_whatever_the_verb():
    text = (
        "IMABARI, Japan, Oct. 28, 2025 (Kyodo) -- A 71-year-old woman rode the full cycling "
        "route across the Seto Inland Sea on Sunday."
    )
    (f,) = findings(text, "calendar")
    assert f["verdict"] == "consistent" and "October 26" in f["message"], f["message"]


def test_a_watchers_vehicle_is_not_the_travellers_mode():
    from georoute.verify import verify

    text = (
        "ATHENS, May 2 (ANA) - A fishing boat carrying 80 migrants left Tobruk on Saturday. "
        "It was spotted by a Frontex aircraft some 30 hours later, after covering roughly 165 "
        "nautical miles."
    )
    assert [leg["mode"] for leg in verify(texts=[text]).to_dict()["legs"]] == ["ship"]


def test_a_place_named_by_a_length_is_no_figure():
    from georoute.text.quantities import find_quantities

    text = "She crossed Ninety Mile Beach, about 88 km of sand, and the Seven Mile Bridge."
    assert [q.text for q in find_quantities(text)] == ["88 km"]


def test_walking_and_running_legs_of_one_trip_are_one_legs_parts():
    from georoute.checks.figures import _modes_differ

    assert not _modes_differ({"foot"}, {"run"})
    assert _modes_differ({"foot"}, {"train"})


def test_a_position_from_a_races_start_is_from_its_town():
    text = (
        "KANDY, Oct 20 (AFP) - The finish in Kandy lies about 95 km east of the start at "
        "Negombo as the crow flies."
    )
    (sep,) = findings(text, "separation")
    assert sep["verdict"] == "consistent", sep["message"]


def test_a_name_that_describes_a_port_is_not_what_lies_there():
    text = (
        "CHERBOURG, July 29 (Reuters) - The fleet sailed past the Isles of Scilly to the "
        "Normandy port, about 70 nautical miles south of Cowes."
    )
    assert all(
        f["verdict"] != "inconsistent"
        for c in ("separation", "direction")
        for f in findings(text, c)
    )


def test_a_vehicles_model_year_dates_no_figure():
    from .reading import relations

    text = (
        "LOS ANGELES, Oct 6, 2025 (Reuters) - Two friends left New York on Friday and reached "
        "Redondo Beach on Sunday. They covered 2,850 miles in a 2019 hybrid sedan, averaging "
        "about 60 mph."
    )
    assert relations(text)["2,850 miles"] == "leg"
