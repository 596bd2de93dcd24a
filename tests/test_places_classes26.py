"""Issue 12, classes of round 21 (places21), each tested with wording of its own: a name the
index lacks that ends with a country after a qualifier, and the surname of a person the text
names in full, speaking alone."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from georoute.geo.mentions import find_mentions

# --- a qualified country: "Nazi Germany", "Imperial Japan" ------------------------------------

_KREMLIN = (
    "The Kremlin in Moscow answered on Monday. Officials in Moscow said the film, set in "
    "Imperial Japan and Tsarist Russia, drew crowds in Moscow and Kazan."
)


def _resolved(name: str, text: str = _KREMLIN):
    return Gazetteer().resolve(name, context=text).place


def test_a_qualified_country_is_the_country_not_the_texts_town():
    for name, code in (("Tsarist Russia", "RU"), ("Fascist Italy", "IT"), ("Maoist China", "CN")):
        place = _resolved(name)
        assert place is not None and place.is_country and place.country == code, name


def test_a_qualifier_that_is_a_town_elsewhere_does_not_win():
    # "Imperial" is the main name of towns in Peru and Spain: a qualifier here
    place = _resolved("Imperial Japan")
    assert place is not None and place.is_country and place.country == "JP"


def test_a_longer_country_name_is_taken_whole():
    place = _resolved("Apartheid South Africa")
    assert place is not None and place.is_country and place.country == "ZA"


def test_a_town_in_the_country_it_is_written_with_is_the_town():
    place = _resolved("Kingston Jamaica")
    assert place is not None and not place.is_region and place.country == "JM"


def test_generic_words_that_are_regions_abroad_are_no_ending():
    # "Centre" and "North" are first-order regions of Burkina Faso and Cameroon
    text = "The Quexbury Youth Centre in Leeds opened; volunteers from Bradford came."
    place = Gazetteer().resolve("Quexbury Youth Centre", context=text).place
    assert place is None or place.country == "GB"
    place = Gazetteer().resolve("Quexbury River North", context=text).place
    assert place is None or place.country == "GB"


# --- a person's surname speaking alone is the person ------------------------------------------


def _mentions(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, Gazetteer())]


def test_a_surname_that_is_a_country_alias_speaks_as_the_person():
    text = (
        "Retired detective Tom Holland led the inquiry for years. Holland recalled the "
        "first call from a farm near Albany."
    )
    assert "Holland" not in _mentions(text)
    assert "Albany" in _mentions(text)


def test_a_surname_that_is_a_big_city_speaks_as_the_person():
    text = (
        "Analyst Karen Houston wrote the storm report. Houston said the surge reached "
        "Galveston and Beaumont overnight."
    )
    names = _mentions(text)
    assert "Houston" not in names
    assert "Galveston" in names and "Beaumont" in names


def test_a_city_the_text_also_writes_as_a_place_keeps_speaking_as_the_city():
    # the text writes "in London" as well: "London said" stays the government's metonymy
    text = "Novelist Jack London met envoys in London. London said the talks went well."
    assert _mentions(text).count("London") == 2


def test_a_capital_speaking_with_no_person_of_its_name_stays_a_place():
    text = "Moscow said the talks had failed, and Sergei Lavrov said more would follow."
    assert "Moscow" in _mentions(text)


def test_a_surname_after_a_title_speaks_as_the_person():
    text = "Senator Ann Holland opposed the bill. Holland said she would try again in Albany."
    assert "Holland" not in _mentions(text)


def test_a_surname_after_a_role_and_a_given_name_speaks_as_the_person():
    text = "Police Chief Ann Holland said the crash was near Albany. Holland said two died."
    assert "Holland" not in _mentions(text)


# --- "the town of X": a small town the text calls so ------------------------------------------


def test_a_small_town_the_text_calls_a_town_is_a_place():
    text = (
        "Detectives from Suffolk County searched a barn in the town of Southold after a "
        "tip, police said."
    )
    assert "Southold" in _mentions(text)


def test_a_small_village_the_text_calls_a_village_is_a_place():
    text = "Spanish police raided a farm in the village of Olvera on Tuesday."
    assert "Olvera" in _mentions(text)


def test_an_office_of_a_small_town_is_no_support():
    # "the mayor of X" calls X no settlement: a small town alone stays unsupported
    text = "Ohio troopers said the mayor of Quexbury had closed the road."
    assert "Quexbury" not in _mentions(text)


# --- an airport named after a person, with the particles of the name --------------------------


def test_an_airport_by_a_persons_name_with_a_particle_is_the_airport():
    text = "Travellers at Charles de Gaulle airport waited six hours for the delayed flight."
    found = [m for m in find_mentions(text, Gazetteer()) if m.place is not None]
    assert any("airport" in m.place.kinds and m.place.country == "FR" for m in found)


def test_the_person_himself_stays_no_place():
    text = "General Charles de Gaulle spoke on the radio from London in June 1940."
    assert [m.text for m in find_mentions(text, Gazetteer())] == ["London"]


# --- airports by the names newspapers use for them ---------------------------------------------


def _airport_of(text: str) -> list[str]:
    return [
        m.place.country
        for m in find_mentions(text, Gazetteer())
        if m.place is not None and "airport" in m.place.kinds
    ]


def test_an_airport_by_its_name_without_the_other_name_in_brackets():
    # airportsdata: "Leonardo Da Vinci (Fiumicino) International Airport"
    text = "The charter from Lagos landed at Leonardo da Vinci airport late on Sunday."
    assert _airport_of(text) == ["IT"]


def test_an_airport_by_its_namesakes_surname_once_the_city_is_cut():
    # airportsdata: "Ronald Reagan Washington Ntl Airport"; "Ntl" is a generic word
    assert _airport_of("Snow closed runways at Reagan airport for most of the day.") == ["US"]
    assert _airport_of("Snow closed Ronald Reagan airport for most of the day.") == ["US"]


def test_the_surname_alone_is_no_airport():
    assert _airport_of("Reagan said the snow would not stop the flights.") == []


# --- a county of a shared name, by the towns the text names ------------------------------------


def _admin1_of(text: str, name: str) -> str | None:
    found = [m for m in find_mentions(text, Gazetteer()) if m.text == name and m.place]
    return found[0].place.admin1 if found else None


def test_a_county_of_a_shared_name_is_the_one_by_the_towns_the_text_names():
    # Lake County, Illinois has more people; the towns are Indiana's
    text = "Deputies from Hammond and Merrillville testified at the Lake County courthouse."
    assert _admin1_of(text, "Lake County") == "IN"


def test_a_county_whose_name_an_airport_also_carries_counts_its_nearness():
    # airportsdata's "Lake County Airport" carries the name only beside the word airport
    place = (
        Gazetteer()
        .resolve(
            "Lake County",
            context="Police in Hammond and Merrillville said Lake County roads were icy.",
        )
        .place
    )
    assert place is not None and place.admin1 == "IN"


def test_a_county_beside_its_seat_is_that_seats_county():
    text = "A jury in Hagerstown heard the Washington County case on Monday."
    assert _admin1_of(text, "Washington County") == "MD"


def test_the_largest_county_of_the_name_stays_where_the_text_is_there():
    text = "Lake County officials in Waukegan said the beaches would reopen."
    assert _admin1_of(text, "Lake County") == "IL"


def test_a_county_written_with_its_state_is_that_states_county():
    # Orange County, California has eight times the people
    text = "The flood reached Goshen and Middletown in Orange County, New York, overnight."
    assert _admin1_of(text, "Orange County") == "NY"


def test_a_county_written_with_its_states_abbreviation_is_that_states_county():
    text = "Deputies said the body was found near a beach in Suffolk County, N.Y., on Sunday."
    names = {m.text: m.place.admin1 for m in find_mentions(text, Gazetteer()) if m.place}
    assert names.get("Suffolk County") == "NY" and names.get("N.Y.") == "NY"


def test_a_countys_short_form_follows_it_when_it_is_read_again():
    text = (
        "In Suffolk, drug deaths rose last year. Suffolk County detectives searched a house "
        "in Central Islip and another in Hauppauge."
    )
    found = [m for m in find_mentions(text, Gazetteer()) if m.text.startswith("Suffolk")]
    assert found and all(m.place.admin1 == "NY" for m in found)


# --- "the Gulf": the sea of that short name by the text's places -------------------------------


def _place_of(text: str, name: str) -> str | None:
    found = [m for m in find_mentions(text, Gazetteer()) if m.text == name and m.place]
    return found[0].place.name if found else None


def test_the_gulf_in_news_of_the_region_is_the_persian_gulf():
    text = "Tankers waiting off Dubai and Doha said traffic in the Gulf had slowed."
    assert _place_of(text, "Gulf") == "Persian Gulf"


def test_the_gulf_by_american_ports_is_the_gulf_of_mexico():
    text = "Fishing boats from Galveston and Mobile stayed out of the Gulf before the storm."
    assert _place_of(text, "Gulf") == "Gulf of Mexico"


def test_a_province_named_gulf_written_so_stays_the_province():
    text = "Floods cut roads in Gulf Province, Papua New Guinea, officials in Kerema said."
    place = [m.place for m in find_mentions(text, Gazetteer()) if m.text.startswith("Gulf")]
    assert place and place[0].country == "PG"


def test_the_gulf_after_the_gulf_of_carpentaria_is_that_gulf():
    # (no place the text names lies within 1,000 km of the gulf: its full name decides)
    text = (
        "Settlers sailed from Hobart to the Gulf of Carpentaria in 1865 and stayed by the "
        "Gulf for a year."
    )
    names = [m.place.name for m in find_mentions(text, Gazetteer()) if "Gulf" in m.text]
    assert names == ["Gulf of Carpentaria", "Gulf of Carpentaria"]


# --- ordinary words that are regions' names abroad ---------------------------------------------


def test_the_bay_of_the_bay_area_is_no_somali_region():
    text = "Rents across the Bay Area rose again this year, a housing group said."
    assert "Bay" not in _mentions(text)


def test_the_somali_region_called_bay_stays_where_the_text_is_in_somalia():
    text = "Aid convoys reached the Bay region of Somalia, near Baidoa, on Monday."
    assert "Bay" in _mentions(text)


# --- one name, two places, each written with its own region ------------------------------------


def test_a_name_written_twice_with_two_regions_is_two_places():
    text = "The choir flew from Paris, France, to Paris, Texas, for the festival."
    regions = [m.place.country for m in find_mentions(text, Gazetteer()) if m.text == "Paris"]
    assert regions == ["FR", "US"]


def test_the_second_locator_decides_for_its_own_mention_only():
    text = (
        "The tour began in Portland, Oregon, and ended in Portland, Maine, where Portland "
        "officials welcomed it."
    )
    states = [m.place.admin1 for m in find_mentions(text, Gazetteer()) if m.text == "Portland"]
    assert states[:2] == ["OR", "ME"]
