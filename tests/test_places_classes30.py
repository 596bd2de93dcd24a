"""Issue 12, classes of round 24's second places pass (places24b): names in the project's own
travel stories left unplaced or placed wrongly, each tested with wording of its own (no
sentence of the development corpora or of the test articles)."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from georoute.geo.mentions import find_mentions


def _mentions(text: str) -> list:
    return [(m.text, m.place) for m in find_mentions(text, Gazetteer())]


def _placed(text: str) -> dict:
    return {t: p for t, p in _mentions(text)}


def _all(text: str, name: str) -> list:
    return [p for t, p in _mentions(text) if t.casefold() == name.casefold()]


# --- a state's abbreviation after a town, which the index also files under a city ("N.Y.",
# an alternate name of New York City): the locator wins over the text's other regions --------


def test_a_dateline_locator_read_first_as_a_city_is_the_state():
    # "N.Y." had been New York City (near the text's Cooperstown), leaving ITHACA unplaced
    text = (
        "ITHACA, N.Y., June 2 (Reuters) - Two sisters from Pennsylvania cycled from "
        "Cooperstown to Oneonta on Sunday."
    )
    found = _placed(text)
    assert found.get("N.Y.") is not None and "admin1" in found["N.Y."].kinds
    assert found["N.Y."].name == "New York"
    assert found.get("ITHACA") is not None and found["ITHACA"].admin1 == "NY"


def test_a_locators_region_steers_the_towns_of_the_text():
    # the region "N.Y." names is the story's, over a state named as the riders' home:
    # Cooperstown by its main name, not Coopersburg (Pennsylvania), once called so
    text = (
        "ITHACA, N.Y., June 2 (Reuters) - Two sisters from Pennsylvania cycled from "
        "Cooperstown to Oneonta on Sunday."
    )
    found = _placed(text)
    assert found.get("Cooperstown") is not None
    assert (found["Cooperstown"].name, found["Cooperstown"].admin1) == ("Cooperstown", "NY")


def test_a_locators_region_places_a_small_town_of_many_namesakes():
    found = _placed(
        "DELHI, N.Y., June 2 (AP) - Hikers from Vermont walked from Cooperstown to Delhi."
    )
    assert found.get("Cooperstown") is not None and found["Cooperstown"].admin1 == "NY"


def test_a_locators_region_beats_a_bigger_namesake_abroad():
    found = _placed(
        "SIDNEY, N.Y., June 2 (AP) - Two cyclists from Ohio rode from Sidney to Norwich."
    )
    assert found.get("Norwich") is not None
    assert (found["Norwich"].country, found["Norwich"].admin1) == ("US", "NY")


def test_a_list_of_cities_is_no_locator():
    # "LA" after Boston stays as it was read, Boston having no namesake in Louisiana
    found = _placed("She flew from Boston, LA and Chicago to Miami on one ticket.")
    assert found.get("Chicago") is not None and found["Chicago"].admin1 == "IL"
