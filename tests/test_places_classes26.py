"""Issue 12, classes of round 21 (places21), each tested with wording of its own: a name the
index lacks that ends with a country after a qualifier."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer

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
