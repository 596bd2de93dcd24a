"""Issue 12, classes of round 23 (places23), each tested with wording of its own (no sentence
of the development corpora)."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from tests.reading import mentions as _mentions

# --- the English names of the holy cities: "Mecca" and "Medina" (former_names.csv exonyms) ----


def test_mecca_alone_is_the_saudi_city_not_the_californian_town():
    res = Gazetteer().resolve("Mecca")
    assert res.place is not None and res.place.country == "SA"


def test_a_pilgrims_walk_to_mecca_is_placed_without_naming_the_country():
    found = _mentions("The pilgrim left Sarajevo on foot and reached Mecca ten months later.")
    assert [t for t, _ in found] == ["Sarajevo", "Mecca"]
    assert found[1][1] is not None and found[1][1].country == "SA"


def test_medina_alone_is_the_saudi_city():
    res = Gazetteer().resolve("Medina")
    assert res.place is not None and res.place.country == "SA"


def test_medina_in_an_ohio_story_stays_the_ohio_town():
    found = dict(_mentions("Deputies drove from Akron to Medina after the crash."))
    assert found["Medina"] is not None
    assert (found["Medina"].country, found["Medina"].admin1) == ("US", "OH")


# --- a town's two-word name before its own body: "the Santa Monica Police Department" -------


def test_a_small_towns_police_department_after_the_is_located_at_the_town():
    found = _mentions("The car was found on Tuesday, the Palo Alto Police Department said.")
    assert [t for t, _ in found] == ["Palo Alto"]
    assert found[0][1] is not None and found[0][1].admin1 == "CA"


def test_a_town_named_like_a_person_before_its_police_is_the_town():
    # Beverly is a given name and Hills a surname: the run is still the town's body
    found = _mentions("The man was held overnight, the Beverly Hills Police Department said.")
    assert [t for t, _ in found] == ["Beverly Hills"]
    assert found[0][1] is not None and found[0][1].country == "US"


def test_a_fire_department_of_a_two_word_town():
    found = _mentions("The Grand Junction Fire Department said two sheds burned.")
    assert [t for t, _ in found] == ["Grand Junction"]


def test_an_institution_sharing_a_small_towns_name_stays_no_place():
    # "the White House" before a word of no town body is still the institution
    assert _mentions("The White House Council of Economic Advisers met on Monday.") == []
    assert _mentions("Aides said the White House would respond.") == []


# --- a bare name read with the whole text: no feature word from a region's longer name -------


def test_a_city_written_alone_is_no_state_because_the_text_writes_its_state_elsewhere():
    text = "Traders in Kano closed their shops on Monday. The Kano State governor urged calm."
    res = Gazetteer().resolve("Kano", context=text)
    assert res.place is not None and "populated_place" in res.place.kinds


def test_another_city_and_state_pair_by_the_same_rule():
    text = "The delegation lands in Lagos on Friday, then meets the Lagos State commissioner."
    res = Gazetteer().resolve("Lagos", context=text)
    assert res.place is not None and "populated_place" in res.place.kinds


def test_a_lower_case_state_word_beside_the_bare_name_still_says_state():
    res = Gazetteer().resolve("Kano", context="Fighting spread across Kano state on Monday.")
    assert res.place is not None and "admin1" in res.place.kinds


# --- a plain word that names a small town only once its marks are dropped: "God" (Göd) -------


def test_god_is_no_hungarian_town():
    assert _mentions("He said he had prayed to God before the final.") == []


def test_a_plain_word_is_no_village_whose_name_has_marks():
    assert _mentions("Officials raised the alert to Level 5 on Monday.") == []


def test_a_town_written_without_its_marks_beside_its_country_or_a_place_there_stays():
    found = dict(_mentions("The ferry sailed from Oslo to Tromso overnight."))
    assert found.get("Tromso") is not None and found["Tromso"].country == "NO"
    found = dict(_mentions("The plane landed in Tromso, Norway, at noon."))
    assert found.get("Tromso") is not None and found["Tromso"].country == "NO"
