"""A first-order region that holds a town the text names (round 17's places classes)."""

from __future__ import annotations

from georoute.geo.mentions import find_mentions
from georoute.geo.resolution import ResolutionContext


def test_a_province_holding_a_named_town_beats_a_village_near_the_story(gaz):
    # most places named lie in New York State, where a village is called Ontario too
    text = (
        "A clinic in Toronto, Canada, shut its ward on Monday. Some patients went to Buffalo, "
        "New York, and to Rochester in the United States. Doctors in Ontario said it would "
        "open again."
    )
    found = {m.text: m.place for m in find_mentions(text, gaz)}
    assert found["Ontario"].country == "CA" and "admin1" in found["Ontario"].kinds


def test_the_reason_names_the_town_the_region_holds(gaz):
    text = "Flights from Toronto to Buffalo and Albany resumed. Ontario officials were pleased."
    res = gaz.resolve("Ontario", context=text)
    assert res.place.country == "CA" and "admin1" in res.place.kinds
    assert any("holds 'toronto'" in w for w in res.why)


def test_the_region_of_a_town_is_read_from_the_towns_named(gaz):
    toronto = gaz.resolve("Toronto").place
    ctx = ResolutionContext.from_places([("toronto", toronto)])
    assert ctx.held == {(toronto.country, toronto.admin1)}
    assert ctx.without("toronto").held == frozenset()


def test_a_village_keeps_its_name_when_no_named_town_lies_in_the_province(gaz):
    text = "Trains from Buffalo and Rochester stop at Ontario, a village by the lake."
    found = {m.text: m.place for m in find_mentions(text, gaz)}
    assert found["Ontario"].country == "US"


def test_a_countrys_initialism_is_read_from_the_regions_the_text_names(gaz):
    text = (
        "Platinum mines in Limpopo and North West have grown. Few villagers in SA have seen "
        "the money, and chiefs in SA decide who may dig."
    )
    sa = [m for m in find_mentions(text, gaz) if m.text == "SA"]
    assert len(sa) == 2 and all(m.place.name == "South Africa" for m in sa)
    assert "which holds a region the text names" in sa[0].resolution.reason
    assert gaz.resolve("SA", context=text).place.name == "South Africa"


def test_an_initialism_two_named_countries_share_names_neither(gaz):
    # Limpopo's country and Saudi Arabia, named in full, both give "SA"
    text = "Officials from Limpopo and from Saudi Arabia met; SA delegates spoke first."
    assert not [m for m in find_mentions(text, gaz) if m.text == "SA"]


def test_a_regions_name_before_regional_capital_names_its_seat(gaz):
    text = (
        "The ferry from Punta Arenas reached Porvenir, which lies across the strait from the "
        "Magallanes regional capital."
    )
    found = {m.text: m.place for m in find_mentions(text, gaz)}
    assert found["Magallanes"].name == "Punta Arenas"
    alone = "Sheep farms cover much of Magallanes, in the far south of Chile."
    found = {m.text: m.place for m in find_mentions(alone, gaz)}
    assert "admin1" in found["Magallanes"].kinds


# --- a region's English name against a village whose main name it is (round 17, lead) ---------


def test_a_regions_english_name_beats_a_small_town_of_that_main_name(gaz):
    for name, country in (("Normandy", "FR"), ("Tuscany", "IT"), ("Andalusia", "ES")):
        res = gaz.resolve(name)
        assert res.place.country == country and "admin1" in res.place.kinds, name


def test_a_smaller_regions_english_name_beats_a_far_smaller_town(gaz):
    # regions under a million win too when they hold twenty times the town's people
    for name, country in (("Crete", "GR"), ("Corsica", "FR")):
        res = gaz.resolve(name, context=f"The family flew to {name} for a week in July.")
        assert res.place.country == country and "admin1" in res.place.kinds, name
    res = gaz.resolve("Crete", context="The parade in Crete drew crowds from Lincoln, Nebraska.")
    assert res.place.country == "US"


def test_a_town_of_a_country_the_text_names_keeps_the_name(gaz):
    text = "The storm hit St. Louis, Missouri, on Monday; in Normandy, power lines came down."
    res = gaz.resolve("Normandy", context=text)
    assert res.place.country == "US"


def test_a_subdivision_keeps_the_one_zone_of_its_places(gaz):
    assert gaz.resolve("Porto Santo").place.timezone == "Atlantic/Madeira"
    assert gaz.resolve("Bavaria").place.timezone == "Europe/Berlin"


def test_a_subdivision_across_zones_has_none(gaz):
    assert gaz.resolve("Ontario").place.timezone is None
    assert gaz.resolve("Texas").place.timezone is None


# --- a village written as near a town it lies far from is another village (round 17) --------


def test_a_village_far_from_the_town_it_is_said_to_lie_near_is_unplaced(gaz):
    from georoute.geo.mentions import find_mentions

    text = (
        "The marchers reached the coastal village of Dandi on Saturday. Dandi lies some 240 km "
        "south of Ahmedabad in a straight line, on the Arabian Sea coast near Navsari."
    )
    dandi = [m for m in find_mentions(text, gaz) if m.text == "Dandi"]
    assert dandi and all(m.place is None for m in dandi)
    assert "near Navsari" in dandi[0].resolution.reason


def test_a_near_of_something_else_in_the_sentence_keeps_the_reading(gaz):
    from georoute.geo.mentions import find_mentions

    text = "Dutch Harbor crews said on Monday the crab boat sank near St. Paul Island."
    (dh,) = [m for m in find_mentions(text, gaz) if m.text == "Dutch Harbor"]
    assert dh.place is not None
