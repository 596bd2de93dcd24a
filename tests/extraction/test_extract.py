"""Extraction on the seeds and on articles of other trips, places, units and phrasings."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import find as find_example
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from georoute.base.documents import Document, parse_dateline
from georoute.extraction import extract as extract_module
from georoute.extraction.extract import extract, extract_document
from georoute.text.document import Gated, annotate
from georoute.text.quantities import find_quantities
from tests.conftest import ARTICLES


def claims_of(gaz, seed_texts, key):
    text = seed_texts[key]
    return extract_document(Document(key, text, None, parse_dateline(text)), gaz)


def find(dc, text):
    return next(c for c in dc.claims if c.text == text)


def test_seed_004_figures_intervals_and_links(gaz, seed_texts):
    dc = claims_of(gaz, seed_texts, "004")
    km, mi = find(dc, "1,180km"), find(dc, "733 miles")
    assert (km.low, km.high) == (1175.0, 1185.0) and mi.same_as == km.id
    h20 = find(dc, "20 hours")
    assert (h20.low, h20.high) == (19.5, 20.5)
    v, mph = find(dc, "50km/h"), find(dc, "31mph")
    assert v.hedge == "about" and (v.low, v.high) == pytest.approx((45.0, 55.0))
    assert mph.same_as == v.id and mph.hedge == "about"
    assert km.leg == h20.leg == v.leg is not None
    m425, k680 = find(dc, "425 miles"), find(dc, "680 kilometres")
    assert k680.same_as == m425.id and m425.relation == "separation"
    assert (k680.low, k680.high) == pytest.approx((612.0, 748.0))
    d = next(c for c in dc.claims if c.kind == "direction")
    ref, sub = (dc.places[p].name for p in d.places)
    assert (d.sector, ref, sub) == ("N", "Pyongyang", "Vladivostok")
    times = {c.text: c for c in dc.claims if c.kind in ("time", "date")}
    assert times["Sunday afternoon"].relation == "departure"
    assert times["Sunday afternoon"].begin.isoformat() == "2023-09-10T12:00:00"
    assert times["Tuesday, September 12, 2023"].weekday == 1


def test_seed_003_nearly_24_hours_and_heading(gaz, seed_texts):
    dc = claims_of(gaz, seed_texts, "003")
    c = find(dc, "24 hours")
    assert c.hedge == "nearly" and (c.low, c.high) == pytest.approx((21.6, 24.0))
    assert any(x.kind == "heading" and x.sector == "N" for x in dc.claims)
    vost = next(x for x in dc.claims if x.text == "Vostochny")
    assert "spaceport" in dc.places[vost.places[0]].kinds and vost.speculative


def test_seed_002_sixty_hour_leg_from_hanoi_to_pyongyang(gaz, seed_texts):
    dc = claims_of(gaz, seed_texts, "002")
    c = find(dc, "60-hour")
    assert [dc.places[p].name for p in c.places] == ["Hanoi", "Pyongyang"] and c.mode == "train"
    assert any(x.text == "Sunday afternoon" and x.relation == "departure" for x in dc.claims)


def test_seed_000_forum_dates(gaz, seed_texts):
    dc = claims_of(gaz, seed_texts, "000")
    c = find(dc, "September 10-13")
    assert c.event == "forum" and c.begin.day == 10 and c.until.day == 14


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_no_spurious_quantities_or_homonyms(gaz, seed_texts, key):
    dc = claims_of(gaz, seed_texts, key)
    quantities = [c for c in dc.claims if c.kind in ("distance", "speed", "duration")]
    for bad in ("39-year-old", "seven trips"):
        assert all(bad not in c.text for c in quantities)
    for span in ("75 years", "18 months", "12 years"):  # read, but no journey ("75 years ago":
        # an offset; a span of time otherwise)
        assert all(
            c.relation in ("span", "offset") and c.leg is None for c in quantities if c.text == span
        )
    names = {c.text for c in dc.claims if c.kind == "place"}
    for homonym in (
        "Vladimir",
        "Kim",
        "Un",
        "Il",
        "Sun",
        "Song",
        "Miller",
        "Donald",
        "White House",
        "Pacific",
        "August",
    ):
        assert homonym not in names
    for c in dc.claims:
        assert seed_texts[key][c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("text", "value", "unit", "low", "high", "hedge"),
    [
        ("it took 2 hours 16 minutes", 2 + 16 / 60, "h", None, None, None),
        ("a nine-hour flight", 9, "h", 8.5, 9.5, None),
        ("two and a half hours", 2.5, "h", 2.25, 2.75, None),
        ("some 3,000 km", 3000, "km", 2500, 3500, "some"),
        ("almost 100 miles", 100, "mi", 90, 100, "almost"),
        ("more than 40 knots", 40, "kn", 40, float("inf"), "more than"),
        ("trains rarely exceed 80 km/h", 80, "km/h", 0, 80, "rarely exceed"),
        ("at least 12 nautical miles", 12, "nmi", 12, float("inf"), "at least"),
        ("a top speed of 320kph", 320, "km/h", 0, 320, "top speed of"),
        ("about 10 km", 10, "km", 9, 11, "about"),
        ("around 19 minutes", 19, "min", 17.1, 20.9, "around"),
        ("a day and a half", 1.5, "d", 1.25, 1.75, None),
        ("16 and a half hours", 16.5, "h", 16.25, 16.75, None),
        ("2 hours 1 minute 9 seconds", 2 + 1 / 60 + 9 / 3600, "h", None, None, None),
        ("barely 50 km/h", 50, "km/h", 45, 50.5, "barely"),  # rounded, at most 1 % above
        ("between 40 and 60 mph", 50, "mph", 39.5, 60.5, "range"),
        ("a 200-300 km trip", 250, "km", 199.5, 300.5, "range"),
        ("ten to twelve hours", 11, "h", 9.5, 12.5, "range"),
        ("thirty-five km", 35, "km", 34.5, 35.5, None),
        ("the 4,000-odd miles", 4000, "mi", 4000, float("inf"), "odd"),
        ("the best part of four days", 4, "d", 3.6, 4, "the best part of"),
    ],
)
def test_quantity_forms_and_hedges(text, value, unit, low, high, hedge):
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value) and q.unit == unit and q.hedge == hedge
    if low is not None:
        assert (q.low, q.high) == pytest.approx((low, high))


def test_interval_boundaries():
    (q,) = find_quantities("1,180km")
    assert q.low == 1175 and q.high == 1185
    (q,) = find_quantities("680 km")
    assert (q.low, q.high) == (675, 685)
    (q,) = find_quantities("20 hours")
    assert (q.low, q.high) == (19.5, 20.5)


def test_not_travel_quantities():
    text = "3,000 tonnes, seven trips, a 39-year-old, a 28 - year - old, 50%, $13.6m, 1.2m tons"
    assert find_quantities(text) == []
    text = "75 years ago, 18 months of war, 12 years in power"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (75, "yr"),
        (18, "mo"),
        (12, "yr"),
    ]


def test_not_travel_units_and_addresses():
    text = "300 km2, 5 km², 40 miles per gallon, 300 miles a tank, https://example.com/5km-route"
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("The pope will stay for four days.", "four days", "stay"),
        ("It cut travel time from two days to under 10 hours.", "two days", "former"),
        ("Cusco sits 3,400 metres above sea level.", "3,400 metres", "elevation"),
        ("It was travelling at 79 mph when it left the track.", "79 mph", "instant"),
        ("They crossed the 34-kilometre strait.", "34-kilometre", "feature"),
        ("A 2 km-long queue formed.", "2 km", "feature"),
        ("The 1,180km-long journey took 20 hours.", "1,180km", "leg"),
        ("Joliet, some 40 miles away, was quiet.", "40 miles", "separation"),
    ],
)
def test_quantities_that_describe_no_leg(gaz, text, figure, relation):
    c = next(c for c in extract(text, gaz) if c.text == figure)
    assert c.relation == relation and (c.leg is None) == (relation != "leg")


UNITS = {
    "km": ["km", "kilometres", "kilometers", " km"],
    "mi": ["miles", " miles"],
    "h": ["hours", " hours"],
}
WORDS = {
    1: "one",
    2: "two",
    5: "five",
    9: "nine",
    12: "twelve",
    20: "twenty",
    45: "forty-five",
    60: "sixty",
}


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(sorted(UNITS)), st.data())
def test_any_figure_extracts_to_its_value(n, unit, data):
    spelling = data.draw(st.sampled_from(UNITS[unit]))
    written = data.draw(st.sampled_from([f"{n:,}", str(n)] + ([WORDS[n]] if n in WORDS else [])))
    sep = "" if spelling.startswith(" ") else " "
    (q,) = find_quantities(f"They went {written}{sep}{spelling} that day.")
    assert q.value == n and q.unit == unit


@given(
    st.integers(1, 5000),
    st.integers(1, 5000),
    st.sampled_from([("km", "miles"), ("miles", "km"), ("km/h", "mph"), ("knots", "km/h")]),
)
def test_conversion_in_parentheses_is_linked(a, b, units):
    qs = find_quantities(f"a trip of {a:,} {units[0]} ({b:,} {units[1]}) on Monday")
    assert len(qs) == 2 and qs[1].same_as == 0


@given(st.text(max_size=400))
def test_extraction_never_raises(gaz, text):
    for c in extract(text, gaz):
        assert text[c.start : c.end] == c.text


def test_own_articles_extract(gaz):
    for p in sorted(ARTICLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        dc = extract_document(Document(p.stem, text, str(p), parse_dateline(text)), gaz)
        assert any(c.kind in ("distance", "duration", "speed", "date") for c in dc.claims), p.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-opening word is not part of the name after it
        (
            "In Washington, the White House said the US would act.",
            [("Washington", "US"), ("US", "US")],
        ),
        (
            "The Vladivostok forum opened. At Khasan the train stopped.",
            [("Vladivostok", "RU"), ("Khasan", "RU")],
        ),
        ("The Hague hosted talks; From Paris he flew on.", [("The Hague", "NL"), ("Paris", "FR")]),
        # "the White House" is no town, even in an American story; a big city after "the" is
        (
            "The White House and the New York police met in Washington.",
            [("New York", "US"), ("Washington", "US")],
        ),
        # a place then its country, and countries joined by a hyphen
        ("The yacht left Brest, France, at dawn.", [("Brest", "FR"), ("France", "FR")]),
        ("The China-Laos railway opened.", [("China", "CN"), ("Laos", "LA")]),
    ],
)
def test_mentions_in_context(gaz, text, expected):
    from georoute.geo.mentions import find_mentions

    assert [(m.text, m.place.country) for m in find_mentions(text, gaz)] == expected


@given(
    st.integers(1, 5000), st.integers(1, 5000), st.sampled_from(["km", "miles", "hours", "knots"])
)
def test_a_range_holds_both_ends(a, b, unit):
    lo, hi = min(a, b), max(a, b)
    assume(lo != hi)
    for sep in ("-", " to ", " and "):
        qs = find_quantities(f"between {lo:,}{sep}{hi:,} {unit}")
        assert len(qs) == 1 and qs[0].hedge == "range"
        assert qs[0].low <= lo and qs[0].high >= hi and qs[0].low < qs[0].value < qs[0].high


# --- issue 11 regressions -------------------------------------------------------------------


def test_time_in_a_relative_clause_takes_no_verb_from_the_main_clause(gaz):
    """ "which ... on Monday" is another clause: Monday is not when the train arrived."""
    claims = extract("The train arrived in Kazan, which Putin visited on Monday.", gaz)
    monday = next(c for c in claims if c.text == "Monday")
    assert monday.relation != "arrival"
    both = extract("The train arrived in Kazan on Monday, which was a holiday.", gaz)
    assert next(c for c in both if c.text == "Monday").relation == "arrival"


@pytest.mark.parametrize(
    "text",
    [
        "The train left Boston at 9 a.m. for Chicago, a 1,580 km trip.",
        "The train left St. Louis for Chicago, a 480 km trip.",
    ],
)
def test_leg_named_across_an_abbreviation(gaz, text):
    dc = extract_document(Document("d", text), gaz)
    km = next(c for c in dc.claims if c.kind == "distance")
    assert km.relation == "leg" and None not in km.places and len(km.places) == 2
    assert dc.places[km.places[1]].name == "Chicago"


def test_kind_and_relation_are_str_enums_covering_every_value():
    from georoute.base.claims import Kind, QuantityClaim, Relation, new_claim
    from georoute.text.qualifiers import NOT_TRAVEL

    assert set(NOT_TRAVEL) <= {r.value for r in Relation}
    c = QuantityClaim("c1", "d", "distance", "5 km", 0, 4, 5.0, "km", 4.5, 5.5, relation="stay")
    assert c.kind is Kind.DISTANCE and c.relation is Relation.STAY
    assert c.kind == "distance" and f"{c.relation}" == "stay"
    assert json.dumps({"kind": c.kind, "relation": c.relation}) == (
        '{"kind": "distance", "relation": "stay"}'
    )
    with pytest.raises(ValueError):
        new_claim("c2", "d", "weight", "5 kg", 0, 4)


def test_stages_are_functions_of_the_document_and_earlier_results(gaz):
    from georoute.base.claims import Relation
    from georoute.extraction.extract import (
        legs_of,
        place_claims,
        quantity_claims,
        read,
        separations,
    )

    text = "The train left Berlin for Warsaw, a 570 km trip. Warsaw lies 520 km east of Berlin."
    r, places, _, _ = read(Document("d", text), gaz)
    pl = place_claims(r, 1)
    assert [c.id for c in pl] == [f"d:c{k}" for k in range(1, len(pl) + 1)]
    qs = quantity_claims(r, 1 + len(pl))
    assert [c.text for c in qs] == ["570 km", "520 km"]
    seps = separations(r, qs)
    assert list(seps) == [1] and seps[1].places == (
        next(p for p in places.values() if p.name == "Berlin").id,
        next(p for p in places.values() if p.name == "Warsaw").id,
    )
    assert separations(r, qs) == seps  # the same inputs give the same result
    of, legs = legs_of(r, [qs[0]])
    assert of[0].leg == legs[0].id and legs[0].origin is not None and legs[0].claims == ()
    (c,) = [c for c in extract_document(Document("d", text), gaz).claims if c.text == "570 km"]
    assert c.leg == legs[0].id and c.relation is Relation.LEG


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        (
            "The express pulled out of Mumbai Central at 5pm and arrived in New Delhi at 8.32am, "
            "a journey of 1,386 km.",
            "Mumbai",
            "New Delhi",
        ),
        (
            "The service pulled out of London King's Cross at 10am and arrived in Edinburgh "
            "Waverley at 2.20pm, covering 632 km.",
            "London",
            "Edinburgh",
        ),
        (
            "The train pulled out of Tokyo Station at 6 a.m. and arrived at Shin-Osaka at "
            "8:27 a.m., covering 515 km.",
            "Tokyo",
            "Osaka",
        ),
    ],
)
def test_station_names_and_pulled_out_of_give_both_ends(gaz, text, origin, destination):
    """A station named after its city stands for the city; "pulled out of" makes the origin,
    and a sentence that names the destination by its pattern takes that origin for its leg."""
    dc = extract_document(Document("d", text), gaz)
    km = next(c for c in dc.claims if c.kind == "distance")
    assert [dc.places[p].name for p in km.places] == [origin, destination]


def test_a_small_namesake_is_never_read_for_an_unknown_station(gaz):
    """Only a city big enough to name stations after it stands for an unknown name."""
    text = "The train left Paris and stopped at Zzyzx Halt after 40 km."
    dc = extract_document(Document("d", text), gaz)
    assert all(c.text != "Zzyzx Halt" for c in dc.claims if c.kind == "place")


def test_one_end_by_pattern_other_by_verb_only_when_unambiguous(gaz):
    """Two candidate origins before the destination: the leg keeps its one known end."""
    text = "The train pulled out of Lyon, then pulled out of Dijon and arrived in Paris, 400 km."
    dc = extract_document(Document("d", text), gaz)
    km = next(c for c in dc.claims if c.kind == "distance")
    assert km.places[0] is None and dc.places[km.places[1]].name == "Paris"


@pytest.mark.parametrize(
    ("text", "traveller"),
    [
        # a weekday or a word opening a quote is no traveller; a named train is one
        (
            'Talks begin on Wednesday. Wednesday was set for the vote. "Air travel is quicker."',
            None,
        ),
        ("The Mumbai Rajdhani Express left at 5pm. The Mumbai Rajdhani Express arrived.", None),
        ("Sipho Ndlovu crossed the line first. Ndlovu was 31. Ndlovu's time was good.", "Ndlovu"),
    ],
)
def test_traveller_is_a_name(gaz, text, traveller):
    dc = extract_document(Document("d", text), gaz)
    if "Rajdhani" in text:
        assert dc.trip.traveller == "Mumbai Rajdhani Express"
    else:
        assert dc.trip.traveller == traveller


def test_a_journeys_start_and_coaches_take_the_departure(gaz):
    text = (
        "The attempt began on March 2 at 4:30 a.m. in central Santiago. The first coaches set off "
        "from Santiago's Terminal Sur at 8:30 am on Monday."
    )
    dc = extract_document(Document("d", text, None, parse_dateline("July 22, 2024")), gaz)
    times = {c.text: c.relation for c in dc.claims if c.kind == "time"}
    assert times["4:30 a.m."] == times["8:30 am"] == "departure"


def test_a_year_in_a_later_clause_dates_only_that_clause(gaz):
    """ "sailed 628 miles ..., and missed the record set in 2017": the sail is this year's."""
    text = (
        "SYDNEY, Dec 28, 2024 - The yacht reached Hobart on Friday. It sailed 628 nautical miles "
        "averaging 18.3 knots, and finished 67 minutes outside the record of 1 day, 9 hours set "
        "in 2017."
    )
    dc = extract_document(Document("d", text, None, parse_dateline(text)), gaz)
    q = {c.text: c for c in dc.claims if c.kind in ("distance", "speed", "duration")}
    assert q["628 nautical miles"].year is None and q["18.3 knots"].year is None
    assert q["628 nautical miles"].leg == q["18.3 knots"].leg
    assert q["67 minutes"].year == 2017


def test_a_course_named_by_its_ends_gives_them(gaz):
    text = "Riders finished the London to Brighton bike ride, a 54-mile course, by noon."
    dc = extract_document(Document("d", text), gaz)
    rel = {c.text: c.relation for c in dc.claims if c.kind == "place"}
    assert rel == {"London": "origin", "Brighton": "destination"}
    text = "He flew from London to Brighton and then went on a long walk."
    rel = {c.text: c.relation for c in extract_document(Document("d", text), gaz).claims}
    assert rel["London"] == "origin"  # the words before say so; no course is named


def test_a_station_is_named_after_a_city_of_a_country_the_text_names(gaz):
    """A station's first word is read as a city only in a country the document places names in:
    "Casa" (an alternate name of a town in India) is not the city of a Moroccan station."""
    text = (
        "The train left Rabat at 8 a.m. and reached Casa-Voyageurs station in Casablanca "
        "an hour later, ONCF said."
    )
    dc = extract_document(Document("d", text), gaz)
    assert {p.country for p in dc.places.values()} == {"MA"}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Direct flights between the two cities take about 55 minutes.", "55 minutes"),
        ("Buses took almost two days before the line opened.", "two days"),
        ('"The coach takes nine hours and the seats are awful," she said.', "nine hours"),
    ],
)
def test_how_long_other_vehicles_take_is_not_the_train_journey(gaz, sentence, figure):
    """In a story about a train, the time flights, buses or a coach take is another vehicle's:
    it stays out of the leg's checks."""
    text = (
        "The night train left Belgrade at 9 p.m. and reached Bar, on the coast, after a "
        f"journey of 11 hours. {sentence}"
    )
    dc = extract_document(Document("d", text), gaz)
    other = next(c for c in dc.claims if c.text == figure)
    assert other.relation == "other"
    assert next(c for c in dc.claims if c.text == "11 hours").relation == "leg"


def test_the_flight_of_a_flight_story_stays_its_leg(gaz):
    """One flight of the journey's own mode is the journey: "The flight takes" in a flight
    story is not another vehicle's time."""
    text = (
        "The Airbus left Perth at 6 p.m. for London. The flight takes about 17 hours, "
        "the airline said."
    )
    dc = extract_document(Document("d", text), gaz)
    assert next(c for c in dc.claims if c.text == "17 hours").relation == "leg"


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        (
            "A new line would run through the hills with trains at 300 km/h, cutting the "
            "journey to about three hours.",
            "three hours",
            "planned",
        ),
        (
            "The Drava, which flows for some 710 km to the Danube, floods often.",
            "710 km",
            "feature",
        ),
    ],
)
def test_a_planned_time_and_a_rivers_length_are_not_the_trip(gaz, text, figure, relation):
    dc = extract_document(Document("d", text), gaz)
    assert next(c for c in dc.claims if c.text == figure).relation == relation


# ---------------------------------------------------------------------------------------------
# gated patterns: each pattern is declared with the words every match of it holds (its gate)

_GATED = {name: g for name, g in vars(extract_module).items() if isinstance(g, Gated)}
#: The test articles of every set (their texts only): real matches of each gated pattern.
_TEXTS = [
    p.read_text(encoding="utf-8")
    for folder in sorted(ARTICLES.parent.iterdir())
    if folder.is_dir()
    and (folder.name in ("articles", "wire") or folder.name.startswith("holdout"))
    and folder.name not in ("holdout8", "holdout9")  # kept unseen
    for p in sorted(folder.glob("*.txt"))
]


def _ungated_match_outside_gate(g: Gated):
    """A string in which ``g``'s pattern matches but its gate is shut, generated from the
    pattern (None when hypothesis finds none)."""

    def shut(s: str) -> bool:
        m = g.rx.search(s)
        return m is not None and not (g.may_match(m.group()) and g.may_match(s))

    try:
        return find_example(
            st.from_regex(g.rx),
            shut,
            settings=settings(max_examples=200, derandomize=True, database=None),
        )
    except NoSuchExample:
        return None


def test_the_extractor_gates_its_searches():
    assert {"_HEADING", "_SPECULATIVE", "_PULLED_OUT", "_PULLED_IN", "_NAMED_TRAIN"} <= set(_GATED)


@pytest.mark.parametrize("name", sorted(_GATED))
def test_every_generated_match_of_a_gated_pattern_holds_a_gate_word(name):
    assert _ungated_match_outside_gate(_GATED[name]) is None


def test_a_gate_missing_a_word_of_its_pattern_is_caught():
    drifted = Gated(
        re.compile(r"\b(?:headed|went|veered)\s+north\b", re.IGNORECASE), ("head", "went")
    )
    s = _ungated_match_outside_gate(drifted)
    assert s is not None and "veered" in s.lower()


def test_a_lead_the_part_of_place_pattern_matches_ends_with_one_of_its_endings():
    # place_claims searches a lead with _PART_OF_PLACE only when it ends with one of these
    rx, ends = extract_module._PART_OF_PLACE, extract_module._PART_OF_PLACE_ENDS

    def shut(s: str) -> bool:
        return rx.search(s) is not None and not s.rstrip().endswith(ends)

    try:
        found = find_example(
            st.from_regex(rx),
            shut,
            settings=settings(max_examples=300, derandomize=True, database=None),
        )
    except NoSuchExample:
        found = None
    assert found is None
    assert [t for t in _TEXTS for m in rx.finditer(t) if shut(t[: m.end()])] == []


@pytest.mark.parametrize("name", sorted(_GATED))
def test_every_match_of_a_gated_pattern_in_the_test_articles_holds_a_gate_word(name):
    g = _GATED[name]
    found = [m.group() for t in _TEXTS for m in g.rx.finditer(t)]
    assert [s for s in found if not g.may_match(s)] == []
    assert len(found) == sum(len(g.findall(t)) for t in _TEXTS)


def test_a_gated_search_is_the_pattern_search_where_its_gate_is_open():
    d = annotate("The convoy pulled out of Mumbai. It HEADED NORTHWARDS after 2019.")
    h = extract_module._HEADING
    assert d.search(h).group("dir") == "NORTH" and d.search(h, end=30) is None
    assert [m.group("dir") for m in d.finditer(h)] == ["NORTH"]
    assert extract_module._YEAR.findall(d.text) == ["2019"]
    with pytest.raises(ValueError):
        Gated(re.compile("Head", re.IGNORECASE), ("Head",))  # words must be lower case
