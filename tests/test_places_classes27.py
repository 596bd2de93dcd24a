"""Issue 12, classes of round 22 (places22), each tested with wording of its own (no sentence
of the development corpora)."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from georoute.geo.mentions import find_mentions


def _mentions(text: str) -> list:
    return [(m.text, m.place) for m in find_mentions(text, Gazetteer())]


# --- a first-order region written with its type word: "Sokoto State", "Jalisco State" --------


def test_a_state_written_with_its_word_is_the_state_not_its_city():
    found = _mentions(
        "Floods in Sokoto State cut the road, and traders in the city of Sokoto said prices rose."
    )
    assert [t for t, _ in found] == ["Sokoto State", "Sokoto"]
    (_, state), (_, city) = found
    assert state is not None and "admin1" in state.kinds and state.country == "NG"
    assert city is not None and "populated_place" in city.kinds


def test_other_countries_states_and_provinces_by_their_type_word():
    for text, span, code in (
        ("Rain fell hard on Jalisco State overnight.", "Jalisco State", "MX"),
        ("Rescuers reached Guangdong Province by noon.", "Guangdong Province", "CN"),
        ("The convoy crossed Giza Governorate at dawn.", "Giza Governorate", "EG"),
    ):
        found = _mentions(text)
        assert [t for t, _ in found] == [span], text
        place = found[0][1]
        assert place is not None and "admin1" in place.kinds and place.country == code, text


def test_a_region_with_its_type_word_opens_a_body_named_after_it():
    found = _mentions("The Kano State Police Command said on Friday that six men were held.")
    assert [t for t, _ in found] == ["Kano State"]
    assert found[0][1] is not None and "admin1" in found[0][1].kinds


def test_a_us_state_with_state_after_it_stays_the_state_name_alone():
    # "Ohio State", "Colorado State": universities and their teams, not a name of the state
    found = _mentions("Scientists at Colorado State expect a busy hurricane season.")
    assert "Colorado State" not in [t for t, _ in found]
