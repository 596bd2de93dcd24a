"""Issue 12, classes of round 24 (places24), each tested with wording of its own (no sentence
of the development corpora)."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from georoute.geo.mentions import find_mentions


def _mentions(text: str) -> list:
    return [(m.text, m.place) for m in find_mentions(text, Gazetteer())]


def _placed(text: str) -> dict:
    return {t: p for t, p in _mentions(text)}


# --- a capital that is its own country's namesake: "Gibraltar" (26,544 people) ---------------


def test_a_small_capital_named_as_its_own_country_is_placed_alone():
    found = _placed("The two sloops anchored in Gibraltar for a week.")
    assert found.get("Gibraltar") is not None and found["Gibraltar"].country == "GI"


def test_the_capital_of_its_namesake_country_as_a_journeys_end():
    found = _placed("The rowers crossed from the Azores to Gibraltar in nine days.")
    assert found.get("Gibraltar") is not None and found["Gibraltar"].country == "GI"


def test_the_same_name_opening_a_sentence_alone_stays_unread():
    # (a lone word opening a sentence needs more than its own name, as before)
    assert "Gibraltar" not in _placed("Gibraltar is small.")


# --- a stop or an arrival of a journey: "called at", "arrived in", "landed in" -------------


def test_a_small_town_called_at_in_a_country_the_text_names():
    found = _placed("The liner left Australia in May. It called at Fremantle for coal.")
    assert found.get("Fremantle") is not None and found["Fremantle"].country == "AU"


def test_a_small_town_landed_in_in_a_country_the_text_names():
    found = _placed("The charter from Russia landed in Oymyakon after dark.")
    assert found.get("Oymyakon") is not None and found["Oymyakon"].country == "RU"
