"""A local name the index lacks, in a text about one town, stands in that town (a guess)."""

from __future__ import annotations

import pytest

from georoute.geo.mentions import find_mentions


@pytest.mark.parametrize(
    ("name", "text", "town"),
    [
        # a ground, a township and a motor-racing bend named with no feature word
        ("Bramblecote", "Fans left Leeds early. Leeds won 2-0 at Bramblecote.", "Leeds"),
        ("Mbekweni", "Cape Town police said two men from Mbekweni were held in Cape Town.", None),
        ("Copse Bend", "Rain fell on Norwich. In Norwich the car slid at Copse Bend.", "Norwich"),
    ],
)
def test_a_local_name_the_index_lacks_stands_in_the_storys_town(gaz, name, text, town):
    res = gaz.resolve(name, context=text)
    assert res.place is not None, res.reason
    assert res.place.name == (town or "Cape Town"), res.reason
    assert "local place" in res.reason and "names most" in res.reason


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a people's or a language's word is no local place
        ("Kurdish", "Shelling hit Aleppo again; Aleppo's Kurdish quarter emptied."),
        ("Flemish", "In Ghent, Ghent's Flemish papers ran the story."),
        # no town named more often than the others: no guess
        ("Bramblecote", "Leeds and York both claim Bramblecote."),
        # no text, only a context of places: nothing says which town the story is about
        ("Bramblecote", None),
    ],
)
def test_no_guess_for_an_adjective_or_without_one_town(gaz, name, text):
    assert gaz.resolve(name, context=text).place is None


def test_the_finder_never_reports_a_guessed_local_name(gaz):
    text = "Fans left Leeds early. Leeds won 2-0 at Bramblecote."
    assert "Bramblecote" not in {m.text for m in find_mentions(text, gaz)}


def test_an_institution_whose_inner_name_is_no_place_may_open_with_one(gaz):
    # "Manchester Royal Exchange" is no place, but the name opens with Manchester
    res = gaz.resolve("Manchester Royal Exchange School", context="Pupils met on Monday.")
    assert res.place is not None and res.place.name == "Manchester", res.reason
    assert "part of the longer name" in " ".join(res.why)
    # an institution's word alone is no town ("University", Florida)
    text = "Nurses from the University of Gentle Hope marched; Leeds and York sent help."
    res = gaz.resolve("University of Gentle Hope", context=text)
    assert res.place is None or res.place.name != "University", res.reason


def test_a_house_number_opens_a_local_name_in_the_storys_town(gaz):
    text = "Fire crews in Leeds were called to 2231 Bramblecote on Sunday; Leeds police came."
    res = gaz.resolve("2231 Bramblecote", context=text)
    assert res.place is not None and res.place.name == "Leeds", res.reason


def test_a_town_beside_the_storys_places_keeps_its_name_against_a_far_countrys_region(gaz):
    # Magdalena: a Peruvian village 20 km from Choropampa, and a Colombian department
    text = "A Peruvian truck spilled mercury near Choropampa; people in Magdalena were poisoned."
    res = gaz.resolve("Magdalena", context=text)
    assert res.place is not None and res.place.country == "PE", res.reason
    # a region of the town's own country still takes its name ("California" in a US story)
    text = "Wildfires spread across California; crews from Oregon and Nevada helped."
    assert "admin1" in gaz.resolve("California", context=text).place.kinds


@pytest.mark.parametrize(
    ("name", "text", "country"),
    [
        # a serial comma and a region's name with a particle inside
        (
            "Tocantins",
            "Rio de Janeiro had most cases; one each came from Rio Grande do Sul, Tocantins, "
            "and Bahia.",
            "BR",
        ),
        # a neighbour that is also a city's name, but a city small beside its region's
        (
            "New Brunswick",
            "The U.S. said hogs in Iowa were sick; Ontario and New Brunswick reported cases.",
            "CA",
        ),
    ],
)
def test_a_region_in_a_list_of_its_countrys_regions(gaz, name, text, country):
    res = gaz.resolve(name, context=text)
    assert res.place is not None and "admin1" in res.place.kinds, res.reason
    assert res.place.country == country


def test_with_no_one_town_a_local_name_stands_in_the_town_its_sentence_names(gaz):
    text = (
        "Delegates flew in from Leeds and York. Talks opened at the Hollinbrae Hall in "
        "Geneva on Monday."
    )
    res = gaz.resolve("Hollinbrae Hall", context=text)
    assert res.place is not None and res.place.name == "Geneva", res.reason
    assert "the one town its sentence names" in res.reason
    # a sentence that names no town gives none
    text = "Delegates flew in from Leeds and York. Talks opened at the Hollinbrae Hall."
    assert gaz.resolve("Hollinbrae Hall", context=text).place is None
