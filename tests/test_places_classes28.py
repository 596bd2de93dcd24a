"""Issue 12, classes of round 23 (places23), each tested with wording of its own (no sentence
of the development corpora)."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from georoute.geo.mentions import find_mentions


def _mentions(text: str) -> list:
    return [(m.text, m.place) for m in find_mentions(text, Gazetteer())]


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
