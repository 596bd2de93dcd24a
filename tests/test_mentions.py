"""The mention finder on the classes of error measured on real news (issues 11 and 12)."""

from __future__ import annotations

import pytest

from georoute.mentions import find_mentions


def _found(text, gaz):
    return [(m.text, m.place.country, m.place.kinds[0]) for m in find_mentions(text, gaz)]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Officials in the U.S. said the talks would go on.", "U.S.", "US"),
        ("Ministers of the U.K. met in the evening.", "U.K.", "GB"),
    ],
)
def test_dotted_initialisms_are_mentions(gaz, text, mention, country):
    assert (mention, country, "country") in _found(text, gaz)


@pytest.mark.parametrize(
    "text",
    [
        "And then the rain came down on the fields.",
        "Can the board meet the deadline, he asked.",
        "Sen. Smith voted against the bill on Tuesday.",
    ],
)
def test_country_codes_need_capitals(gaz, text):
    """ "AND", "CAN" and "SEN" are codes written in capitals; "And", "Can", "Sen." are words."""
    assert _found(text, gaz) == []


def test_sentence_opener_is_no_small_town(gaz):
    """A headline's first word is capitalised because it comes first (Hurricane, Utah)."""
    found = _found("Hurricane evacuation begins in Florida", gaz)
    assert [m for m, _, _ in found] == ["Florida"]


def test_name_with_french_connector_is_one_mention(gaz):
    found = _found("Leaders met in Évian-les-Bains, France.", gaz)
    assert [m for m, _, _ in found] == ["Évian-les-Bains", "France"]
    assert found[0][1] == "FR"


@pytest.mark.parametrize(
    ("text", "mention", "country", "kind"),
    [
        ("Farmers in California sold their crops.", "California", "US", "admin1"),
        ("Oil sands in Alberta were flooded.", "Alberta", "CA", "admin1"),
        ("Floods hit Sichuan after the rains.", "Sichuan", "CN", "admin1"),
        ("The fire spread across Orange County overnight.", "Orange County", "US", "admin2"),
        ("Storms swept across Europe on Monday.", "Europe", "", "continent"),
    ],
)
def test_regions_and_continents(gaz, text, mention, country, kind):
    assert (mention, country, kind) in _found(text, gaz)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Palestinian officials rejected the plan.", "Palestinian", "PS"),
        ("Sudanese troops crossed the river.", "Sudanese", "SD"),
        ("The Sri Lankan navy searched the coast.", "Sri Lankan", "LK"),
    ],
)
def test_demonyms_name_their_country(gaz, text, mention, country):
    assert (mention, country, "country") in _found(text, gaz)


def test_city_named_like_its_region_is_the_city(gaz):
    """Los Angeles the city, not the county; Ulaanbaatar the city, not the province."""
    for name in ("Los Angeles", "Ulaanbaatar", "Mexico City"):
        assert "populated_place" in gaz.resolve(name).place.kinds, name


def test_first_order_regions_beat_towns_of_their_name(gaz):
    for name, country in (("California", "US"), ("Queensland", "AU"), ("Ontario", "CA")):
        res = gaz.resolve(name)
        assert res.place.country == country and "admin1" in res.place.kinds, name


def test_state_in_a_us_story_is_the_state(gaz):
    res = gaz.resolve("Georgia", context="Storms hit Texas and Georgia; Florida was spared.")
    assert (res.place.country, res.place.kinds) == ("US", ("admin1",))
