"""Issue 12, classes of round 25's places pass (places25): false mentions and wrong entities of
the development corpora's kinds, each tested with wording of its own (no sentence of the
development corpora or of the test articles)."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from tests.reading import mentions_of as _all
from tests.reading import placed as _placed

# --- a person's name that opens with a common given name which also names a small first-order
# region ("Michael", a parish of the Isle of Man; "Mary" in Turkmenistan): no two places --------


def test_a_given_name_that_names_a_parish_opens_a_persons_name():
    text = (
        "A spokesman for the regional health agency, Patrick Toscana, says the ward in Turin "
        "is full."
    )
    assert _all(text, "Toscana") == []
    assert _all(text, "Patrick") == []
    assert _placed(text).get("Turin") is not None


def test_the_surname_speaking_alone_later_is_that_person():
    text = (
        "The nurse Mary Sicilia said the clinic in Palermo had run out of beds. Sicilia "
        "indicated that more nurses were on their way."
    )
    assert _all(text, "Sicilia") == []
    assert _placed(text).get("Palermo") is not None


def test_a_region_written_as_a_place_still_speaks_as_a_government():
    # the region is written as a place first ("in Sicilia"): its name stays the region's
    text = "Officials in Sicilia closed the port. Sicilia indicated that no ship would sail."
    assert len(_all(text, "Sicilia")) == 2


def test_a_big_region_of_a_given_names_spelling_still_leads_its_bodys_name():
    found = _placed("Victoria Police said the highway near Geelong was closed.")
    assert found.get("Victoria") is not None and "admin1" in found["Victoria"].kinds


# --- a list of products' names after a word of trade names: no places ------------------------


def test_names_listed_after_a_word_of_brands_are_no_places():
    text = (
        "The recalled cheese was sold under the brands Lucerne, Sun Valley, Bayview and "
        "Hillandale in stores across Ohio."
    )
    found = _placed(text)
    assert not {"Lucerne", "Sun Valley", "Bayview", "Hillandale"} & found.keys()
    assert found.get("Ohio") is not None


def test_a_brand_named_after_the_word_included_is_no_place():
    text = "The affected brands included Power 1 Walnut and Santi Capsules, sold in Miami."
    assert _all(text, "Walnut") == []
    assert _placed(text).get("Miami") is not None


def test_a_place_after_a_labels_preposition_stays():
    found = _placed("Exports under the labels of Peru rose, and the label in France differs.")
    assert found.get("Peru") is not None and found.get("France") is not None


# --- a country's combining form before a hyphen ("Sino-", "Austro-", "Franco-"): the country --


def test_a_combining_form_before_a_hyphen_is_its_country():
    found = _placed(
        "Historians met in Vienna to discuss the Austro-Hungarian army and the Sino-Soviet split."
    )
    assert found.get("Austro") is not None and found["Austro"].name == "Austria"
    assert found.get("Sino") is not None and found["Sino"].name == "China"


def test_a_combining_form_is_resolved_as_its_country_in_its_text():
    gaz = Gazetteer()
    res = gaz.resolve("Franco", context="Ministers prepared the Franco-German summit in Aachen.")
    assert res.place is not None and res.place.name == "France"
    assert "combining form" in res.reason


def test_a_combining_forms_spelling_alone_is_no_country():
    gaz = Gazetteer()
    res = gaz.resolve("Franco", context="General Franco ruled Spain from Madrid for decades.")
    assert res.place is None or res.place.name != "France"
    text = "Austro-Asiatic languages are spoken across Cambodia."
    assert _all(text, "Austro") == []


# --- a name a macro-region shares with each of its countries ("Korea", "Korean"): the one
# country the text names, else the region ---------------------------------------------------


def test_korean_in_a_story_of_one_korea_is_that_country():
    text = "Fans in Busan waved Korean flags as the league's final began in Busan and Daegu."
    korean = _all(text, "Korean")
    assert korean and korean[0].name == "South Korea"


def test_korea_in_a_story_of_the_north_is_the_north():
    gaz = Gazetteer()
    res = gaz.resolve("Korea", context="State media in Pyongyang said Korea would hold a parade.")
    assert res.place is not None and res.place.name == "North Korea"
    assert "Korean Peninsula" in res.reason


def test_korea_in_a_story_of_both_stays_the_peninsula():
    gaz = Gazetteer()
    text = "Envoys from Seoul and Pyongyang met to talk about the future of Korea."
    res = gaz.resolve("Korea", context=text)
    assert res.place is not None and "macro_region" in res.place.kinds


# --- a county written without its word beside towns of it ("Nassau officials" in a story of
# Hempstead): the county, not a far namesake ----------------------------------------------


def test_a_county_written_short_beside_its_towns_is_the_county():
    text = (
        "Residents of Hempstead and Levittown complained that Nassau officials ignored the "
        "flooding."
    )
    nassau = _all(text, "Nassau")
    assert nassau and "admin2" in nassau[0].kinds and nassau[0].admin1 == "NY"


def test_a_county_written_short_over_a_town_that_carries_it_only_as_another_name():
    gaz = Gazetteer()
    text = "Fire crews in Novato and San Rafael said Marin was under a red-flag warning."
    res = gaz.resolve("Marin", context=text)
    assert res.place is not None and res.place.name == "Marin County"
    assert "without the word County" in res.reason


def test_a_town_of_the_countys_own_state_by_its_main_name_stays():
    gaz = Gazetteer()
    text = "The governor flew from Kansas City and Independence to Jackson on Monday."
    res = gaz.resolve("Jackson", context=text)
    assert res.place is not None and "admin2" not in res.place.kinds


def test_a_county_near_the_texts_towns_keeps_its_own_name():
    gaz = Gazetteer()
    res = gaz.resolve(
        "Suffolk", context="Police in Ipswich and Lowestoft said Suffolk roads were icy."
    )
    assert res.place is not None and res.place.country == "GB"


def test_a_name_after_the_with_no_longer_name_is_no_county_written_short():
    # "leaving the Hudson": the river at Jersey City, not Hudson County
    text = (
        "The express left Jersey City and Newark on Monday; four days after leaving the "
        "Hudson, it reached Oakland."
    )
    assert all("admin2" not in p.kinds for p in _all(text, "Hudson") if p is not None)
    gaz = Gazetteer()
    res = gaz.resolve("Hudson", context=text)
    assert res.place is None or "admin2" not in res.place.kinds


# --- an institution's common noun read as a village ("Town" in Saint Lucia; "The Center", an
# alternate name of a town): no place -------------------------------------------------------


def test_a_town_hall_meeting_is_no_village_named_town():
    text = "Residents of Fresno packed another Town Hall meeting on the water supply."
    assert _all(text, "Town") == []
    assert _placed(text).get("Fresno") is not None


def test_the_center_opening_an_institutions_name_is_no_town():
    text = "Parents were worried. The Center for Public Health was told of cases in Ohio."
    assert _all(text, "The Center") == []
    assert _placed(text).get("Ohio") is not None


# --- the larger island that names a two-island country ("Trinidad", "Antigua"), as "St Kitts"
# does: the country where the text points there, the towns of the name where it points to them --


def test_trinidad_in_a_caribbean_story_is_the_country():
    text = "Officials in Port of Spain said the ministry in Trinidad would reply on Monday."
    trinidad = _all(text, "Trinidad")
    assert trinidad and trinidad[0].name == "Trinidad and Tobago"


def test_trinidad_in_a_bolivian_story_stays_the_town():
    gaz = Gazetteer()
    text = "Flooding in Beni left Trinidad and Riberalta cut off from Santa Cruz."
    res = gaz.resolve("Trinidad", context=text)
    assert res.place is not None and res.place.country == "BO"


def test_antigua_beside_st_johns_is_the_country_and_beside_guatemala_city_the_town():
    gaz = Gazetteer()
    res = gaz.resolve("Antigua", context="Cricket fans in St. John's said Antigua would host.")
    assert res.place is not None and res.place.name == "Antigua and Barbuda"
    res = gaz.resolve("Antigua", context="Tourists in Guatemala City took a shuttle to Antigua.")
    assert res.place is not None and res.place.country == "GT"


# --- a country called by the form of state its official name opens with ("the Islamic
# Republic", "the Kingdom"), where the text names one country so called ---------------------


def test_the_islamic_republic_after_iran_is_iran():
    text = "Exports from Iran to Iraq rose in May, and the Islamic Republic's trade also grew."
    found = _placed(text)
    assert found.get("Islamic Republic") is not None
    assert found["Islamic Republic"].name == "Iran"
    gaz = Gazetteer()
    assert gaz.resolve("Islamic Republic", context=text).place.name == "Iran"


def test_the_republic_beside_belfast_and_dublin_is_ireland_and_no_missouri_town():
    gaz = Gazetteer()
    text = "Police in Belfast and Dublin met; patients from the Republic will be treated in Derry."
    res = gaz.resolve("Republic", context=text)
    assert res.place is not None and res.place.name == "Ireland"
    assert _all("In Washington, senators said the Republic would endure.", "Republic") == []


def test_a_town_named_republic_stays_where_the_text_locates_it():
    found = _placed("The bus from Springfield reached Republic, Missouri, at noon.")
    assert found.get("Republic") is not None and found["Republic"].admin1 == "MO"


# --- a two-word name no place opens, set off by an appositive of who its bearer is: a person,
# whose surname speaks alone later ------------------------------------------------------------


def test_a_surname_after_an_appositive_person_speaks_as_that_person():
    text = (
        '"We wash our hands now," said Banahari Saha, a stall operator on a busy street in '
        'Kolkata. "Customers like it," Saha told reporters.'
    )
    assert _all(text, "Saha") == []
    assert _placed(text).get("Kolkata") is not None
