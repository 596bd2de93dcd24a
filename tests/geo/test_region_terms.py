"""Region terms written without their full name: a press initialism alone, and "the West"."""

from __future__ import annotations

import pytest

from georoute.geo.mentions import find_mentions


@pytest.mark.parametrize(
    ("letters", "text", "country", "admin1"),
    [
        ("SC", "GREENVILLE COUNTY, SC - Deputies in Taylors found the stolen truck.", "US", "SC"),
        ("WA", "Growers between Perth and Bunbury say rain in WA came late.", "AU", "08"),
        ("SA", "Platinum from Rustenburg and coal near Witbank: SA exports both.", "ZA", None),
    ],
)
def test_an_initialism_alone_is_the_region_holding_the_towns_named(
    gaz, letters, text, country, admin1
):
    res = gaz.resolve(letters, context=text)
    assert res.place is not None and res.place.country == country, res.reason
    assert admin1 is None or res.place.admin1 == admin1
    assert "holds places" in res.reason


@pytest.mark.parametrize(
    ("letters", "text"),
    [
        ("MP", "The MP for the seat toured Bhopal and Indore on Monday."),  # a common noun
        ("SA", "SA sells most of its platinum abroad."),  # no town named: nothing holds it
    ],
)
def test_an_initialism_needs_a_named_town_and_no_article(gaz, letters, text):
    res = gaz.resolve(letters, context=text)
    assert "holds places" not in (res.reason or "")


def test_the_west_is_western_europe_unless_the_text_is_in_a_country_with_such_a_region(gaz):
    text = "Moscow accused the West of meddling; Western governments denied it."
    for name in ("West", "Western"):
        assert "macro_region" in gaz.resolve(name, context=text).place.kinds
    text = "Floods hit Bafoussam and Dschang, towns of Cameroon's West region."
    assert gaz.resolve("West", context=text).place.country == "CM"
    # a bearing is still no place
    assert not [m for m in find_mentions("The convoy turned West at dawn.", gaz)]


def test_a_state_code_after_a_county_is_the_state_holding_it(gaz):
    found = {(m.text, m.place.name) for m in find_mentions("LEXINGTON COUNTY, SC - Rain.", gaz)}
    assert ("SC", "South Carolina") in found
    # a code naming another state than the county's is no locator of it
    found = {m.text for m in find_mentions("Officials of Cook County, TX met.", gaz)}
    assert "TX" not in found


def test_a_village_the_index_lacks_stands_in_the_town_its_sentence_names(gaz):
    text = (
        "Families fled to Makurdi. Two children displaced from Ogbuloko village near Makurdi "
        "were treated in Makurdi on Monday."
    )
    res = gaz.resolve("Ogbuloko", context=text)
    assert res.place is not None and res.place.name == "Makurdi", res.reason
    assert "village" in res.reason
    # named with no settlement word, in a text naming no one town most, it stays unplaced
    text = "Ogbuloko lies between Lagos and Abuja."
    assert gaz.resolve("Ogbuloko", context=text).place is None


def test_a_suburb_stands_in_the_city_named_beside_it_not_in_the_storys_town(gaz):
    text = (
        "Liverpool won again. Liverpool fans sang in Liverpool. He grew up in Lagos's "
        "suburb of Ikotunville before joining the club."
    )
    res = gaz.resolve("Ikotunville", context=text)
    assert res.place is not None and res.place.name == "Lagos", res.reason


def test_a_national_capital_beats_a_far_town_of_its_name_in_a_named_country(gaz):
    text = (
        "Russia expelled envoys after Britain blamed Moscow for the attack in England. The "
        "U.S. expelled 60 Russians. In Washington, officials said they had a week to leave."
    )
    res = gaz.resolve("Washington", context=text)
    assert res.place.country == "US" and "capital" in res.place.kinds, res.reason
    assert "not a far town" in res.reason
    # a town the text's places surround keeps its name
    text = "Gateshead, Sunderland and Washington lie in Tyne and Wear, England."
    assert gaz.resolve("Washington", context=text).place.country == "GB"


@pytest.mark.parametrize(
    ("name", "country"),
    [("Bosnia", "BA"), ("St. Kitts", "KN"), ("Byelorussia", "BY"), ("Congo-Brazzaville", "CG")],
)
def test_a_countrys_press_short_name_alone_is_that_country(gaz, name, country):
    found = {(m.text, m.place.country) for m in find_mentions(f"Aid reached {name} in May.", gaz)}
    assert (name, country) in found


def test_a_county_written_without_its_word_is_that_county(gaz):
    text = "Schools across Miami-Dade closed early; Hialeah and Homestead lost power."
    res = gaz.resolve("Miami-Dade", context=text)
    assert res.place is not None and "admin2" in res.place.kinds and res.place.admin1 == "FL"
    assert "without the word County" in res.reason
    # a name nothing is called, with or without the word, stays unplaced
    assert gaz.resolve("Qwertyvale", context=text).place is None
