"""Issue 13, classes 6 and 8: checks that trust their model only where it holds, and places at
the ends of journeys, each tested with wording of its own. A dog sled team is a mode with its own
ceilings; a pace ("6 minutes per kilometre", "a 4:30 pace per km") is a speed; a runner's and a
walker's ceilings fall with the distance (world records by distance), the most permissive tier
applying when the distance is uncertain; route_length's allowance below the network route comes
from sourced line lengths; a town too small for GeoNames' list is named by the airport that
serves it; a past journey an event commemorates, or a day dated in another year, gives the
story's trip no figure and no end."""

from __future__ import annotations

import pytest

from georoute.base.modes import MODE_WORDS, speed_limit
from georoute.checks.figures import _sustained
from georoute.geo.gazetteer import default_gazetteer
from georoute.geo.gazindex import NEEDS_FEATURE_OR_CITY
from georoute.text.quantities import find_quantities
from georoute.verify import verify

from .reading import findings, place_relations, relations

_LINE = "FAIRBANKS, Alaska, Feb. 20, 2026 (AP) - "


# --- a dog sled is a mode --------------------------------------------------------------------


@pytest.mark.parametrize("word", ["musher", "dogsled", "dog sled", "sled dogs", "sledge"])
def test_sled_words_name_the_sled_mode(word):
    assert MODE_WORDS[word] == "sled"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a long-distance race over days: a little over 7 km/h with rests is what teams keep
        (
            "The musher and her dog team finished the 1,200 km from Whitehorse to Fairbanks "
            "in seven days.",
            "consistent",
        ),
        # the same way in a day and a half would need 33 km/h around the clock
        (
            "The musher and her dog team finished the 1,200 km from Whitehorse to Fairbanks "
            "in a day and a half.",
            "inconsistent",
        ),
        # a sprint: 40 km in an hour and a half is a fast team's pace
        (
            "The sled dog team covered the 40 km sprint trail from Fairbanks to Two Rivers "
            "in an hour and a half.",
            "consistent",
        ),
    ],
)
def test_sled_ceilings_by_distance_and_days(text, verdict):
    got = findings(_LINE + text, "plausibility")
    assert [f["verdict"] for f in got] == [verdict], got
    assert got[0]["computed"]["mode"] == "sled"


# --- a pace is a speed -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "kmh"),
    [
        ("The runner held 5 minutes per kilometre all day.", "5 minutes per kilometre", 12.0),
        ("She ran at a 4:00 pace per km.", "4:00 pace per km", 15.0),
        ("He jogged at 7:30 min/km.", "7:30 min/km", 8.0),
        ("The walkers kept ten minutes a kilometre.", "ten minutes a kilometre", 6.0),
    ],
)
def test_a_pace_is_read_as_a_speed(text, written, kmh):
    qs = {q.text: q for q in find_quantities(text)}
    assert written in qs, qs
    q = qs[written]
    assert q.kind == "speed" and q.unit == "km/h"
    assert q.value == pytest.approx(kmh)
    assert q.low < kmh < q.high  # the pace as written, turned over


def test_a_pace_per_mile_is_in_miles_an_hour():
    (q,) = find_quantities("Runners averaged 8 minutes a mile over the course.")
    assert (q.unit, q.value) == ("mph", pytest.approx(7.5))


@pytest.mark.parametrize(
    "text",
    [
        # no runner, walker, race or pace in the story: a rate of work, not a speed
        "Crews laid the track at 12 minutes per kilometre.",
        # a pace bounded from the other side is not turned over as if it were a figure
        "She ran the course in under 5 minutes per kilometre.",
    ],
)
def test_what_is_no_pace_to_read(text):
    assert [q for q in find_quantities(text) if q.kind == "speed"] == []


def test_a_pace_is_checked_against_distance_and_time():
    text = (
        "KANDY, Sri Lanka, March 3, 2026 - A club runner ran the 42 km from Kandy to "
        "Nuwara Eliya in 3 hours 30 minutes, at a pace of 5 minutes per kilometre."
    )
    got = findings(text, "speed_distance_time")
    assert [f["verdict"] for f in got] == ["consistent"], got
    wrong = text.replace("5 minutes per kilometre", "4 minutes per kilometre")
    got = findings(wrong, "speed_distance_time")
    assert [f["verdict"] for f in got] == ["inconsistent"], got


# --- ceilings that fall with the distance ----------------------------------------------------


@pytest.mark.parametrize(
    ("km", "hours", "ceiling"),
    [
        (0.4, 0.02, 38.0),  # a sprint: the 100 m record's average
        (5.0, 0.25, 24.0),  # 5 km: the 5,000 m record
        (42.2, 2.1, 22.0),  # a marathon
        (100.0, 7.0, 17.0),  # 100 km: the 100 km record
        (250.0, 30.0, 14.0),  # a day or more: the 24-hour record
    ],
)
def test_running_ceiling_falls_with_the_distance(km, hours, ceiling):
    assert _sustained(speed_limit("run"), "run", km, hours).max_kmh == ceiling


def test_walking_ceiling_over_a_long_way():
    assert _sustained(speed_limit("foot"), "foot", 10.0, 1.0).max_kmh == 16.0
    assert _sustained(speed_limit("foot"), "foot", 60.0, 5.0).max_kmh == 14.2


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # 20 km/h is a fast half-marathon pace, not a 120 km one
        (
            "An ultramarathon runner ran the 120 km from Galle to Colombo in six hours.",
            "inconsistent",
        ),
        (
            "An ultramarathon runner ran the 120 km from Galle to Colombo in 11 hours.",
            "consistent",
        ),
        # a short race near the 10,000 m record stays within the ceiling of its distance
        (
            "The champion ran the 10.0 km road race from Galle to Unawatuna in 27.0 minutes.",
            "consistent",
        ),
    ],
)
def test_ultramarathon_is_no_sprint(text, verdict):
    got = findings("COLOMBO, March 3, 2026 - " + text, "plausibility")
    assert [f["verdict"] for f in got] == [verdict], got


# --- route_length: the short-data tolerance --------------------------------------------------


@pytest.mark.parametrize(
    ("km", "verdict"),
    [
        ("600", "consistent"),  # about the network route
        ("560", "consistent"),  # within the shortfall seen on sourced lines and its margin
        ("530", "inconsistent"),  # 13 % short: more than any sourced line against its route
    ],
)
def test_route_length_tolerance_below_a_direct_network_route(km, verdict):
    text = (
        "MADRID, May 4, 2026 - The high-speed train ran from Madrid to Barcelona, "
        f"a journey of {km} km by rail."
    )
    got = findings(text, "route_length")
    assert [f["verdict"] for f in got] == [verdict], got


# --- journey ends: towns named by their airports ---------------------------------------------


@pytest.mark.parametrize(("name", "country"), [("Kivalina", "US"), ("Lord Howe Island", "AU")])
def test_a_town_too_small_for_geonames_is_named_by_its_airport(name, country):
    res = default_gazetteer().resolve(name)
    assert res.place is not None and res.place.country == country
    assert "airport" in res.place.kinds


def test_an_airport_town_named_elsewhere_too_needs_support():
    # "Marathon" is a GeoNames town in several countries: the airport of another Marathon
    # carries the name only beside the word airport or a place near it
    gaz = default_gazetteer()
    airports = [pid for pid, need in gaz.needs("Marathon").items() if pid < 0]
    assert airports and all(gaz.needs("Marathon")[p] == NEEDS_FEATURE_OR_CITY for p in airports)
    assert "airport" not in gaz.resolve("Marathon").place.kinds


def test_an_airport_town_ends_a_leg():
    text = (
        "SYDNEY, Jan. 12, 2026 (AAP) - The supply plane flew from Sydney to Lord Howe Island, "
        "about 780 km to the north-east, in two hours."
    )
    report = verify(texts=[text]).to_dict()
    assert not [u for u in report["unplaced"] if u["text"] == "Lord Howe Island"]
    got = [f["verdict"] for f in report["findings"] if f["check"] == "separation"]
    assert got == ["consistent"], report["findings"]


# --- another year's journey is not the story's ------------------------------------------------


def test_a_commemorated_journey_is_no_leg():
    text = (
        "BENDIGO, Australia, Oct. 3, 2026 (AAP) - Riders set off on Saturday for the 300 km "
        "memorial ride to Melbourne. The ride commemorates the 1891 gold escort, when troopers "
        "carried the bullion 160 km from Bendigo to Melbourne in four days."
    )
    got = relations(text)
    assert got["160 km"] == "other" and got["four days"] == "other", got
    assert got["300 km"] == "leg", got


_SLED_1926 = (
    "A century ago the mail sled left Fairbanks on Monday, Jan. 4, 1926, and reached Nome "
    "nine days later."
)


def test_ends_named_on_a_day_of_another_year_are_not_the_storys():
    # the story dates a day of its own year and a day of another: two trips
    two = (
        "NOME, Alaska, March 14, 2026 (AP) - Teams set off on Sunday, March 1, 2026, on the "
        "race to Nome. " + _SLED_1926
    )
    assert place_relations(two)["Fairbanks"] is None
    # a story dated only in the past is about that past trip
    assert place_relations("NOME, Alaska (AP) - " + _SLED_1926)["Fairbanks"] == "origin"


# --- journey ends: capes, islands and waterfalls (Natural Earth) -----------------------------


def test_a_cape_is_a_point_that_checks_measure_from():
    text = (
        "CAPE TOWN, April 9, 2026 (Reuters) - The yacht rounded Cape Agulhas, about 170 km "
        "south-east of Cape Town, on Thursday."
    )
    report = verify(texts=[text]).to_dict()
    capes = [p for p in report["places"] if "cape" in p["kinds"]]
    assert [(p["name"], p["country"]) for p in capes] == [("Cape Agulhas", "ZA")]
    got = {f["check"]: f["verdict"] for f in report["findings"]}
    assert got.get("separation") == "consistent" and got.get("direction") == "consistent", got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The liner sailed past the Cape of Good Hope.", "Cape of Good Hope"),
        ("Bikers rode from Oslo to the North Cape in Norway.", "North Cape"),
    ],
)
def test_a_natural_feature_is_read_after_the(text, name):
    # "the White House" is a building, not a small town; "the North Cape" is the cape
    places = verify(texts=[text]).to_dict()["places"]
    assert [p["kinds"] for p in places if p["name"] == name] == [["cape"]], places


def test_a_peak_is_a_point_that_checks_measure_from():
    # Natural Earth's 1:10m peaks: "Mount Kilimanjaro" (the region keeps "Kilimanjaro")
    text = (
        "MOSHI, Tanzania, June 2, 2026 (AFP) - The porters climbed Mount Kilimanjaro, which "
        "rises about 30 km north of Moshi, in five days."
    )
    report = verify(texts=[text]).to_dict()
    peaks = [p for p in report["places"] if "peak" in p["kinds"]]
    assert [p["country"] for p in peaks] == ["TZ"], report["places"]
    got = {f["check"]: f["verdict"] for f in report["findings"]}
    assert got.get("separation") == "consistent" and got.get("direction") == "consistent", got
    gaz = default_gazetteer()
    assert "admin1" in gaz.resolve("Kilimanjaro").place.kinds
    assert "pass" in gaz.resolve("Khyber Pass").place.kinds


@pytest.mark.parametrize(
    ("name", "country"),
    [("Zugspitze", "DE"), ("Mount Robson", "CA"), ("Vesuvius", "IT"), ("Olympus", "GR")],
)
def test_the_1_10m_peaks(name, country):
    # only in the 1:10m layer (or under their English names); Greece's Olympus comes before
    # Cyprus' in the file, so keeps the bare name
    place = default_gazetteer().resolve(name).place
    assert place is not None and "peak" in place.kinds and place.country == country, place


def test_a_name_news_gives_a_landmark_is_no_peak():
    # "Big Ben" is a peak of Heard Island in Natural Earth, and left out
    place = default_gazetteer().resolve("Big Ben").place
    assert place is None or "peak" not in place.kinds, place


def test_a_feature_only_fills_gaps():
    # the town of Cape Canaveral keeps its name: the cape of that name adds none
    res = default_gazetteer().resolve("Cape Canaveral")
    assert res.place is not None and "populated_place" in res.place.kinds


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Journeys between the two capitals by bus have been completed in just under 9 hours.",
            "9 hours",
        ),
        (
            "The previous record on the route, set by a Danish pair in 2020, was 14 hours.",
            "14 hours",
        ),
        ("Their former best time had been 12 hours.", "12 hours"),
    ],
)
def test_other_trips_figures_beside_a_record_drive(sentence, figure):
    text = (
        "VIENNA, Sept. 2, 2026 (APA) - Two students drove an electric van the 250 km from "
        "Vienna to Budapest in 10 hours. " + sentence
    )
    got = relations(text)
    assert got[figure] == "other", got
    assert got["250 km"] == "leg" and got["10 hours"] == "leg", got


def test_an_airport_town_by_one_word_is_judged_as_a_town():
    # near a place the text names, the village is read; alone, ordinary words stay words
    text = "The mail plane flew from Kotzebue to Kivalina on Monday."
    places = verify(texts=[text]).to_dict()["places"]
    assert "Kivalina Airport" in [p["name"] for p in places], places
    text = "Residents near Candle and Chicken were told to leave."
    assert verify(texts=[text]).to_dict()["places"] == []


def test_a_pace_written_like_a_clock_is_no_time_of_day():
    text = (
        "GALLE, March 3, 2026 - She left Galle at 6 a.m. and ran the 42 km to Hikkaduwa "
        "at a 4:45 pace per km."
    )
    claims = verify(texts=[text]).to_dict()["claims"]
    assert [c["text"] for c in claims if c["kind"] == "time"] == ["6 a.m."]
    assert [c["text"] for c in claims if c["kind"] == "speed"] == ["4:45 pace per km"]
