"""Airports (airportsdata), stations named after a word, and macro-regions (issue 12)."""

from __future__ import annotations

import pytest

from georoute.gazetteer import haversine_km
from georoute.mentions import find_mentions
from georoute.places import Place


def _mentions(text, gaz):
    return [(m.text, m.place.name, m.place.kinds[0]) for m in find_mentions(text, gaz)]


@pytest.mark.parametrize(
    ("name", "context", "iata"),
    [
        ("Heathrow", "The plane from Dubai landed at Heathrow, west of London.", "LHR"),
        ("JFK", "She flew out of JFK airport on Monday.", "JFK"),
        ("Kennedy", "Passengers waited at Kennedy airport in New York.", "JFK"),
        ("Charles de Gaulle", "The flight left Charles de Gaulle airport at noon.", "CDG"),
        ("John F. Kennedy International Airport", "", "JFK"),
    ],
)
def test_airports_by_code_and_common_name(gaz, name, context, iata):
    res = gaz.resolve(name, context=context)
    assert res.place is not None and "airport" in res.place.kinds
    assert (
        f"IATA {iata}"
        in gaz._conn.execute("SELECT note FROM places WHERE id = ?", (res.place.id,)).fetchone()[0]
    )


def test_airport_serves_its_city_and_has_its_own_extent(gaz):
    place = gaz.resolve("JFK", context="at JFK airport").place
    city = gaz.place(place.serves)
    assert city is not None and city.name == "New York City"
    assert haversine_km(place.lat, place.lon, city.lat, city.lon) < 30
    assert place.timezone == "America/New_York"
    assert place.extent_km == 3.0 and not place.is_region


@pytest.mark.parametrize(
    ("name", "context"),
    [
        ("JFK", "JFK was shot in Dallas in 1963."),
        ("CIA", "The CIA said nothing."),
        ("Charles de Gaulle", "Charles de Gaulle led Free France."),
    ],
)
def test_codes_and_surnames_need_the_word_airport(gaz, name, context):
    res = gaz.resolve(name, context=context)
    assert res.place is None or "airport" not in res.place.kinds


def test_code_in_parentheses_after_an_airport_name(gaz):
    text = "The jet left John F. Kennedy International Airport (JFK) late."
    found = _mentions(text, gaz)
    assert ("JFK", "John F Kennedy International Airport", "airport") in found


def test_code_alone_is_no_mention(gaz):
    assert _mentions("The AFP and the BBC reported that the CIA knew.", gaz) == []


def test_airport_named_after_its_city_is_the_city_there(gaz):
    """ "London Heathrow" names London, at its airport: the mention is the city's."""
    found = _mentions("Flight QF9 from Perth touched down at London Heathrow on Sunday.", gaz)
    assert ("London", "London", "populated_place") in found
    assert all("Heathrow" not in t for t, _, _ in found)


def test_station_named_after_a_word_is_no_far_town(gaz):
    """ "Union Station" in a Toronto story is no town called Union 1,000 km away."""
    text = "The train left Union Station in Toronto at 6:40 a.m. for Montreal, Canada."
    found = _mentions(text, gaz)
    assert all(t != "Union Station" for t, _, _ in found)
    assert ("Toronto", "Toronto", "populated_place") in found


@pytest.mark.parametrize(
    ("name", "members", "lat", "lon"),
    [
        ("Southeast Asia", {"TH", "VN", "ID"}, 8.9, 111.2),
        ("Central Asia", {"KZ", "UZ"}, 42.8, 65.8),
        ("the Middle East", {"IQ", "SA", "IL"}, 30.7, 41.1),
        ("the Balkans", {"RS", "AL"}, 43.6, 22.3),
        ("Scandinavia", {"NO", "SE", "DK"}, None, None),
    ],
)
def test_macro_regions(gaz, name, members, lat, lon):
    res = gaz.resolve(name.removeprefix("the "))
    p = res.place
    assert p is not None and "macro_region" in p.kinds and p.is_region
    assert members <= p.countries and p.label().endswith("(macro-region)")
    if lat is not None:
        assert haversine_km(p.lat, p.lon, lat, lon) < 50


def test_macro_region_contains_its_countries_and_their_towns(gaz):
    region = gaz.resolve("Central Asia").place
    almaty = Place(1, "Almaty", 43.25, 76.95, "KZ", None, "t")
    paris = Place(2, "Paris", 48.85, 2.35, "FR", None, "t")
    assert region.contains(almaty) and not region.contains(paris)
    assert region.contains(gaz.resolve("Kazakhstan").place)


def test_macro_regions_are_mentions_and_vouch_for_no_country(gaz):
    found = _mentions("Aid reached Southeast Asia and the Middle East.", gaz)
    assert [(t, k) for t, _, k in found] == [
        ("Southeast Asia", "macro_region"),
        ("Middle East", "macro_region"),
    ]
    ctx = gaz.context_of("Aid reached Southeast Asia and the Middle East.")
    assert not ctx.countries
