"""Gazetteer: reference coordinates, homonyms resolved from context, transliterations."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from georoute.base.places import Place
from georoute.geo.gazetteer import ResolutionContext
from georoute.text.textnorm import normalize_name
from tests.strategies import place_names


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


KIM_CONTEXT = (
    "North Korean leader Kim Jong Un left Pyongyang by armoured train for Russia. "
    "The train crossed the border at Khasan and Putin waited in Vladivostok, or perhaps at the "
    "Vostochny cosmodrome."
)


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Pyongyang", 39.0194, 125.7381),
        ("Vladivostok", 43.1155, 131.8855),
        ("Khasan", 42.43, 130.65),
        ("Vostochny", 51.884, 128.334),
    ],
)
def test_seed_places_within_5_km(gaz, name, lat, lon):
    res = gaz.resolve(name, context=KIM_CONTEXT)
    assert res.place is not None
    assert km(res.place.lat, res.place.lon, lat, lon) < 5.0


def test_khasan_is_the_russian_border_settlement_not_hassan_india(gaz):
    res = gaz.resolve("Khasan", context=KIM_CONTEXT)
    assert res.place.country == "RU"
    assert "Hassan" in {c.place.name for c in res.alternatives}
    assert "context" in res.reason


def test_vostochny_next_to_cosmodrome_is_the_spaceport(gaz):
    res = gaz.resolve(
        "Vostochny", context="Putin might meet Kim at the Vostochny cosmodrome in Russia."
    )
    assert "spaceport" in res.place.kinds
    assert res.alternatives, "the villages named Vostochny are kept as alternatives"
    assert "spaceport" in res.reason


@pytest.mark.parametrize(
    ("name", "context", "country", "admin1"),
    [
        (
            "Paris",
            "The rodeo in Paris drew fans from all over Texas, from Dallas to Austin.",
            "US",
            "TX",
        ),
        ("Moscow", "Students in Moscow, Idaho, drove to Boise for the game.", "US", "ID"),
        (
            "London",
            "Traffic from London to Toronto along Highway 401 in Ontario was slow.",
            "CA",
            None,
        ),
        (
            "Hassan",
            "The bus from Bengaluru to Hassan in Karnataka, India, takes four hours.",
            "IN",
            None,
        ),
    ],
)
def test_homonyms_follow_the_story(gaz, name, context, country, admin1):
    res = gaz.resolve(name, context=context)
    assert res.place.country == country, res.reason
    if admin1:
        assert res.place.admin1 == admin1


@pytest.mark.parametrize(
    ("name", "country"), [("Paris", "FR"), ("Moscow", "RU"), ("London", "GB"), ("Hassan", "IN")]
)
def test_plain_capitals_without_context(gaz, name, country):
    assert gaz.resolve(name).place.country == country


@pytest.mark.parametrize(
    ("name", "expected", "country"),
    [
        ("Pyongyang", "Pyongyang", "KP"),
        ("P'yŏngyang", "Pyongyang", "KP"),
        ("Pjöngjang", "Pyongyang", "KP"),
        ("Владивосток", "Vladivostok", "RU"),
        ("Wonsan", "Wŏnsan", "KP"),
        ("Przemysl", "Przemyśl", "PL"),
        ("São Paulo", "São Paulo", "BR"),
        ("Sao Paulo", "São Paulo", "BR"),
        ("Zürich", "Zürich", "CH"),
        ("Kyiv", "Kyiv", "UA"),
        ("Nairobi", "Nairobi", "KE"),
        ("Reykjavík", "Reykjavík", "IS"),
        ("Ciudad de México", "Mexico City", "MX"),
        ("東京", "Tokyo", "JP"),
        ("Sydney", "Sydney", "AU"),
        ("Buenos Aires", "Buenos Aires", "AR"),
    ],
)
def test_transliterations_and_diacritics(gaz, name, expected, country):
    place = gaz.resolve(name).place
    assert place is not None
    assert (place.name, place.country) == (expected, country)


@pytest.mark.parametrize(
    ("name", "iso"), [("US", "US"), ("DPRK", "KP"), ("North Korean", "KP"), ("Russian", "RU")]
)
def test_country_short_forms_and_adjectives(gaz, name, iso):
    place = gaz.resolve(name).place
    assert place.is_country and place.country == iso


def test_abbreviation_mode_keeps_us_apart_from_us_in_france(gaz):
    assert gaz.resolve("US", abbreviation=True).place.country == "US"
    assert all(p.country != "FR" for p, _ in gaz.candidates("US", abbreviation=True))


def test_unknown_name_gives_empty_resolution_and_suggestions(gaz):
    res = gaz.resolve("Pyongyangg")
    assert res.place is None and not res
    assert "Pyongyang" in gaz.suggest("Pyongyangg")


def test_every_place_carries_timezone_and_source(gaz):
    for name in ["Pyongyang", "Khasan", "Hanoi", "Russia"]:
        place = gaz.resolve(name).place
        assert place.timezone and place.source.split(":")[0] in {"geonames", "curated"}


def test_context_object_counts_the_same_as_text(gaz):
    ctx = ResolutionContext(countries=frozenset({"US"}), regions=frozenset({("US", "TX")}))
    assert gaz.resolve("Paris", context=ctx).place.admin1 == "TX"


names = place_names


@given(names, st.sampled_from([str.upper, str.lower, str.title, lambda s: s]))
def test_resolution_insensitive_to_case(gaz, name, case):
    assert gaz.resolve(case(name)).place == gaz.resolve(name).place


@given(names)
def test_resolution_insensitive_to_diacritics(gaz, name):
    assert gaz.resolve(normalize_name(name)).place == gaz.resolve(name).place


@given(st.text(max_size=300))
def test_resolve_never_raises_and_is_deterministic(gaz, text):
    first = gaz.resolve(text)
    assert gaz.resolve(text) == first


@pytest.mark.parametrize("text", ["", " ", "\x00\x01\x02", "a" * 100_000, "'" * 50, "\u202e\u200b"])
def test_resolve_edge_strings(gaz, text):
    gaz.resolve(text, context=text[:2000])


@pytest.mark.parametrize(
    "name, lat, lon",
    [
        # an archipelago's or a split country's largest island does not stand for it
        ("Indonesia", -5.0, 118.0),
        ("New Zealand", -41.0, 174.0),
        # a country that shares its ISO code with its islets keeps its own shape
        ("Australia", -25.0, 134.0),
        # the contiguous United States' centre, not a rounded point 250 km off
        ("United States", 39.8, -98.6),
    ],
)
def test_country_points_stand_for_the_country(gaz, name, lat, lon):
    p = gaz.resolve(name).place
    assert p.is_country
    assert km(p.lat, p.lon, lat, lon) < 300, (p.lat, p.lon)


def test_a_country_point_between_two_conventions_is_their_middle(gaz):
    """China's mainland centroid (36.6 N 103.8 E) and its reference point (35 N 105 E) lie
    about 210 km apart: the country is put midway, within 161 km of the points gazetteers write
    for it (35 N 103 E and 35 N 105 E), and the note says so."""
    p = gaz.resolve("China").place
    assert p.is_country
    assert km(p.lat, p.lon, 35.0, 103.0) < 161 and km(p.lat, p.lon, 35.0, 105.0) < 161
    note = gaz._conn.execute("SELECT note FROM places WHERE id = ?", (p.id,)).fetchone()[0]
    assert note.startswith("point: midway")


def test_the_geographic_poles_are_places(gaz):
    """The North Pole of a polar voyage is the pole, not the Alaskan town, unless the text
    places it in Alaska; the South Pole is in Antarctica."""
    north = gaz.resolve("North Pole", context="The icebreaker sailed from Murmansk.").place
    assert (north.lat, "geographic_pole" in north.kinds) == (90.0, True)
    town = gaz.resolve("North Pole", context="North Pole is a city near Fairbanks, Alaska.").place
    assert town.country == "US" and "populated_place" in town.kinds
    south = gaz.resolve("South Pole").place
    assert (south.lat, south.country) == (-90.0, "AQ")


def test_a_big_places_other_name_beats_a_town_of_unknown_population(gaz):
    """GeoNames' population 0 means "not known" for a town it lists among places of 500 or
    more: it counts as 500, so a state of two million known as "Penang" is not outranked by an
    Indonesian village whose main name it is, and stays reachable when the story is there."""
    assert gaz.resolve("Penang").place.country == "MY"
    village = gaz.resolve("Penang", context="Farmers in Java, Indonesia, near Penang.").place
    assert village.country == "ID"


def test_a_region_point_is_its_middle_not_its_crowded_part(gaz):
    """Texas at the middle of the box of its towns (its geographic centre is near Brady, 31.1 N
    99.3 W), not pulled east to Houston and Dallas."""
    p = gaz.resolve("Texas").place
    assert "admin1" in p.kinds
    assert km(p.lat, p.lon, 31.1, -99.3) < 161, (p.lat, p.lon)


def test_one_capital_per_name_and_country(gaz):
    """Only the most populous Washington of the United States is its capital."""
    capitals = [p for p, _ in gaz.candidates("Washington") if "capital" in p.kinds]
    assert [(p.country, p.admin1) for p in capitals] == [("US", "DC")]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Colorado State University", "Colorado"),
        ("University of California", "California"),
        ("Manila Cathedral", "Manila"),
        ("Bank of Mexico", "Mexico"),
    ],
)
def test_a_place_inside_a_longer_name_locates_it(gaz, name, expected):
    res = gaz.resolve(name)
    assert res.place is not None and res.place.name == expected
    assert f"part of the longer name {name!r}" in res.why


@pytest.mark.parametrize("name", ["Trump Tower", "Royal Street", "Whole Foods"])
def test_a_longer_name_without_a_sure_place_stays_unresolved(gaz, name):
    assert gaz.resolve(name).place is None


@pytest.mark.parametrize(
    "name, region", [("Ky.", "Kentucky"), ("Calif.", "California"), ("N.M.", "New Mexico")]
)
def test_a_press_abbreviation_alone_is_its_region(gaz, name, region):
    """ "Ky." is Kentucky, not Kayes in Mali, even without a city before it."""
    res = gaz.resolve(name)
    assert res.place is not None and res.place.name == region and "admin1" in res.place.kinds
    assert "abbreviation" in res.reason


@pytest.mark.parametrize(
    "name, iso",
    [("French Guiana", "GF"), ("Mayotte", "YT"), ("Cape Verde", "CV"), ("Holy See", "VA")],
)
def test_countries_without_a_shape_of_their_own_and_other_names(gaz, name, iso):
    p = gaz.resolve(name).place
    assert p is not None and p.is_country and p.country == iso


@pytest.mark.parametrize("name", ["US", "And", "JFK", "Heathrow", "Paris", "Georgia", "San José"])
def test_candidates_filters_the_rows_of_a_name_as_documented(gaz, name):
    """``candidates`` answers from per-name views of the index rows: each filter keeps exactly
    the rows its flags describe."""
    from georoute.text.textnorm import normalize_name

    rows = gaz._candidates(normalize_name(name))
    assert rows
    for conditional in (False, True):
        kept = [r for r in rows if conditional or not r[3]]
        assert gaz.candidates(name, True, conditional=conditional) == tuple(
            (p, prim) for p, prim, up, _ in kept if up
        )
        assert gaz.candidates(name, cased=True, conditional=conditional) == tuple(
            (p, prim) for p, prim, up, _ in kept if not up
        )
        assert gaz.candidates(name, conditional=conditional) == tuple(
            (p, prim) for p, prim, _, _ in kept
        )
    assert gaz._conditional(normalize_name(name)) == {p.id: n for p, _, _, n in rows if n}


@pytest.mark.parametrize("name", ["Paris", "Springfield", "Georgia", "Dublin", "Vientiane"])
def test_a_ranking_without_reasons_is_the_same_ranking(gaz, name):
    ctx = ResolutionContext.from_places(
        [("columbus", gaz.resolve("Columbus, Ohio").place or gaz.resolve("Columbus").place)]
    )
    for context in (None, ctx):
        full = gaz.resolve(name, context)
        bare = gaz.resolve(name, context, explain=False)
        assert (bare.place, bare.alternatives, bare.score) == (
            full.place,
            full.alternatives,
            full.score,
        )
        assert bare.reason == "" and full.reason


def test_nearest_context_point_is_found_by_latitude_band():
    """The nearest point searched among those near in latitude is the nearest of all, whenever
    it lies within NEAR_KM; the winner's reason names the same point."""
    import random

    from georoute.base.geodesy import haversine_km
    from georoute.geo.gazetteer import NEAR_KM, _nearest_km

    rng = random.Random(7)
    for _ in range(300):
        pts = [
            (
                f"p{k}",
                Place(k, f"P{k}", rng.uniform(-89, 89), rng.uniform(-180, 180), "XX", None, "t"),
            )
            for k in range(rng.randint(1, 12))
        ]
        ctx = ResolutionContext.from_places(pts)
        _, anchor = rng.choice(pts)
        lat = max(-90.0, min(90.0, anchor.lat + rng.uniform(-12, 12)))
        lon = max(-180.0, min(180.0, anchor.lon + rng.uniform(-12, 12)))
        place = Place(999, "Q", lat, lon, "XX", None, "t")
        every = min(haversine_km(lat, lon, p.lat, p.lon) for _, p in pts)
        found = _nearest_km(place, ctx)
        if every < NEAR_KM:
            assert found == every
        else:
            assert found is None or found >= NEAR_KM


def test_candidates_scored_together_are_scored_as_one_by_one():
    """A name's candidates scored together (``_scored``) get the score, the distance and the
    flags that scoring each alone against the same context gives: the nearest point by
    ``_nearest_km``, the context's countries and regions."""
    import math
    import random

    from georoute.geo.gazetteer import (
        NEAR_KM,
        W_FEATURE,
        W_IN_CONTEXT_COUNTRY,
        W_IN_CONTEXT_REGION,
        W_NEAR,
        _nearest_km,
        _Ranked,
        _scored,
    )

    rng = random.Random(11)
    for _ in range(200):
        pts = [
            (
                f"p{k}",
                Place(
                    k,
                    f"P{k}",
                    rng.uniform(-60, 60),
                    rng.uniform(-60, 60),
                    rng.choice("AB"),
                    None,
                    "t",
                ),
            )
            for k in range(rng.randint(0, 8))
        ]
        ctx = ResolutionContext.from_places(pts)
        ranked = []
        for k in range(rng.randint(1, 6)):
            lat, lon = rng.uniform(-60, 60), rng.uniform(-60, 60)
            place = Place(100 + k, "Q", lat, lon, rng.choice("ABC"), None, "t", ("airport",))
            near = rng.choice([0.0, 100.0, NEAR_KM])
            ranked.append(
                _Ranked(
                    place,
                    True,
                    1.5,
                    False,
                    ("B", "01"),
                    near,
                    False,
                    math.radians(lat),
                    math.cos(math.radians(lat)),
                )
            )
        feats = rng.choice([frozenset(), frozenset({"airport"})])
        for r, c in zip(ranked, _scored(tuple(ranked), ctx, feats), strict=True):
            score, near = r.own, None
            if r.place.country in ctx.countries:
                score += W_IN_CONTEXT_COUNTRY
            if r.region in ctx.regions:
                score += W_IN_CONTEXT_REGION
            d = _nearest_km(r.place, ctx) if r.near_within_km and ctx.points else None
            if d is not None and d < r.near_within_km:
                near = d
                score += W_NEAR * (1.0 - d / NEAR_KM)
            if feats:
                score += W_FEATURE
            assert (c.score, c.near_km, c.feature_match) == (round(score, 3), near, bool(feats))


def test_a_village_near_the_story_yields_to_the_city_of_millions_of_its_name(gaz):
    """Proximity to the story's other places does not make a West Javan village named Surabaya
    the Surabaya of a line's planned extension."""
    text = "The line links Jakarta with Bandung, West Java, and may be extended to Surabaya."
    res = gaz.resolve("Surabaya", text)
    assert res.place.population and res.place.population > 1_000_000
    assert "a city of millions" in res.reason


def test_a_city_of_millions_by_an_alternate_name_does_not_take_a_village_name():
    """Kazan, one of whose alternate names is "Khasan", does not outrank the village of Khasan."""
    from georoute.geo.gazetteer import _metropolis_before_village
    from georoute.geo.resolution import Candidate

    village = Place(1, "Khasan", 42.4, 130.6, "RU", None, "doc")
    kazan = Place(2, "Kazan", 55.8, 49.1, "RU", None, "doc", population=1_243_500)
    ranked = [Candidate(village, 6.5, True), Candidate(kazan, 6.1, False)]
    assert _metropolis_before_village(ranked, frozenset()) == ranked


@pytest.mark.parametrize(
    "name, text, kind, admin1",
    [
        # a town of the region before it: the region, not the city of its name
        ("New York", "The girl lived in Rochester, New York, with her parents.", "admin1", "NY"),
        ("Washington", "The cow was raised near Spokane, Washington, last year.", "admin1", "WA"),
        # "state" right beside the name, or "the state of"
        ("Washington", "The herd came from a Washington state dairy farm.", "admin1", "WA"),
        ("New York", "The governor of New York state declared an emergency.", "admin1", "NY"),
        # a list of the country's regions
        ("Washington", "Cases rose in Idaho, Montana, Washington and Nevada.", "admin1", "WA"),
        ("New York", "Shows are planned in New Jersey and New York next year.", "admin1", "NY"),
        # a borough of the city before it locates the city; a list of cities stays cities
        ("New York", "Schools closed in Queens, New York, on Monday.", "populated_place", "NY"),
        ("Washington", "He flew to Washington, New York and Boston.", "populated_place", "DC"),
        ("Washington", "The march reached Washington, D.C., at noon.", "populated_place", "DC"),
    ],
)
def test_a_region_is_read_from_its_neighbours(gaz, name, text, kind, admin1):
    place = gaz.resolve(name, context=text).place
    assert kind in place.kinds and place.admin1 == admin1 and place.country == "US"


def test_a_small_town_far_from_the_texts_places_yields_to_the_city(gaz):
    """A sports page names teams from everywhere: its "Portland" is the city of 650,000, not a
    Texas town that wins only because the page also names Texas."""
    text = (
        "Houston, Texas beat Portland 101-99 on Tuesday. The Rockets now travel to "
        "Denver, Colorado before returning home to face Boston."
    )
    place = gaz.resolve("Portland", context=text).place
    assert place.admin1 == "OR" and place.population > 500_000
    # a town that the text places near its own neighbours keeps its name
    near = "The ferry left Portland, Texas for Corpus Christi and Aransas Pass."
    assert gaz.resolve("Portland", context=near).place.admin1 == "TX"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Dubai World Cup", "Dubai"),
        ("South Florida", "Florida"),
        ("US Federal Reserve", "United States"),
        ("Manitoba Chambers of Commerce", "Manitoba"),
    ],
)
def test_a_name_opened_by_a_place_locates_it(gaz, name, expected):
    res = gaz.resolve(name)
    assert res.place is not None and res.place.name == expected
    assert f"part of the longer name {name!r}" in res.why


@pytest.mark.parametrize("name", ["Qwxz Holdings", "Smallville Zzyzx Club"])
def test_a_name_opened_by_no_sure_place_stays_unresolved(gaz, name):
    assert gaz.resolve(name).place is None


@pytest.mark.parametrize(
    ("name", "context", "country", "admin1"),
    [
        (
            # a village of a million-city's name far from the text's places, in a region the
            # text names, yields to the city when the text names the city's country too
            "Toronto",
            "Cases were confirmed in Melbourne, New South Wales, and in Glasgow, Istanbul, "
            "Moscow, Lima and Toronto; Australia, Canada and Japan reported more.",
            "CA",
            None,
        ),
        (
            # a town that carries the name only as another spelling, far from the text's
            # places, yields to the town whose main name it is
            "Pittsburgh",
            "Doctors in Los Angeles and San Diego, California, and in Pittsburgh agreed.",
            "US",
            "PA",
        ),
    ],
)
def test_a_far_namesake_yields_to_the_famous_place(gaz, name, context, country, admin1):
    res = gaz.resolve(name, context=context)
    assert res.place.country == country, res.reason
    assert "far" in res.reason, res.reason  # this rule decided it
    if admin1:
        assert res.place.admin1 == admin1, res.reason


@pytest.mark.parametrize(
    ("name", "features", "abbreviation", "explain"),
    [
        ("Heathrow", (), False, True),
        ("Heathrow", ("airport",), False, True),  # the feature word changes the answer
        ("Georgia", (), False, True),
        ("Georgia", ("admin1",), False, True),
        ("US", (), True, True),
        ("Paris", (), False, False),  # no reasons written
        ("Paris", (), False, True),
    ],
)
def test_a_name_read_alone_is_read_once(gaz, name, features, abbreviation, explain):
    """Without a context a name is resolved once per process (kept by name, feature words and
    flags): the kept answer is the one resolving it anew gives, and a name read with other
    feature words or flags gets its own."""
    kept = gaz.resolve(name, features=features, abbreviation=abbreviation, explain=explain)
    fresh = gaz._resolve(name, None, frozenset(features), abbreviation, False, explain)
    assert kept == fresh
    assert (
        gaz.resolve(name, features=list(features), abbreviation=abbreviation, explain=explain)
        is kept
    )


def test_read_alone_apart_by_feature_words(gaz):
    assert (
        gaz.resolve("Heathrow").place.kinds
        != gaz.resolve("Heathrow", features={"airport"}).place.kinds
    )
