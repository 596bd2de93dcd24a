"""Issue 12, classes of round 20: former and English names of cities and countries, each
tested with wording of its own."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from georoute.verify import verify

from .reading import places as _places


def _report(text: str) -> dict:
    return verify(texts=[text]).to_dict()


def _verdicts(text: str, check: str) -> list[str]:
    return [f["verdict"] for f in _report(text)["findings"] if f["check"] == check]


# --- a city's former or English name reads as its main name ----------------------------------


def test_a_citys_english_name_beats_a_village_whose_main_name_it_is():
    res = Gazetteer().resolve("Cologne")
    assert res.place is not None and res.place.country == "DE"


def test_a_citys_former_name_beats_a_smaller_town_of_that_name():
    res = Gazetteer().resolve("Calcutta")
    assert res.place is not None and res.place.country == "IN"


def test_a_former_name_in_a_list_of_stops_is_a_place():
    text = (
        "The aviator flew on by way of Budapest, Constantinople, Aleppo and Basra, "
        "refuelling at each stop."
    )
    assert "Istanbul" in _places(text)


def test_a_citys_english_name_beside_its_neighbours_is_a_place():
    text = "The night train from Paris now also runs to Brussels and Cologne twice a week."
    assert "Köln" in _places(text)


def test_a_country_by_its_former_name_is_that_country():
    text = "The tea planters sailed from Colombo, in what was then Ceylon, on a cold morning."
    assert "Sri Lanka" in _places(text)


def test_a_namesake_of_a_former_name_in_the_storys_country_keeps_it():
    # (the former-name table ranks the name as a main name, not above the story's context)
    text = "Madras, Oregon, lies about 70 km north of Bend in central Oregon."
    names = {p["name"]: p["country"] for p in _report(text)["places"]}
    assert names.get("Madras") == "US"
