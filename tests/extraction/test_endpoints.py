"""Leg endpoints (georoute.extraction.endpoints) as extraction reports them: which places a sentence's
figures run from and to, and which places are only passed on the way."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.base.documents import Document
from georoute.extraction.endpoints import place_relation
from georoute.extraction.extract import extract_document


def legs(text: str, gaz) -> list[tuple[str | None, str | None]]:
    d = extract_document(Document("t", text, dt.date(2024, 5, 6)), gaz)
    name = {pid: p.name for pid, p in d.places.items()}
    return [(name.get(lg.origin), name.get(lg.destination)) for lg in d.legs]


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("The train left Berlin for Warsaw on Monday, a 570 km trip.", "Berlin", "Warsaw"),
        ("He flew from Tokyo to Osaka, a distance of 400 km.", "Tokyo", "Osaka"),
        ("The 300 km line between Paris and Lyon opened in 1981.", "Paris", "Lyon"),
    ],
)
def test_from_and_to_are_the_legs_ends(text, origin, destination, gaz):
    assert legs(text, gaz) == [(origin, destination)]


def test_a_place_passed_on_the_way_is_no_endpoint(gaz):
    text = (
        "The plane made a refuelling stop in Singapore on its way from Sydney to London, 17,000 km."
    )
    assert legs(text, gaz) == [("Sydney", "London")]


def test_a_sentence_without_travel_figures_has_no_leg(gaz):
    assert legs("Berlin and Warsaw signed a treaty on Monday.", gaz) == []


@pytest.mark.parametrize(
    "before",
    ["The service pulled out of ", "A train pulling out of ", "The night bus pulls out of "],
)
def test_pulled_out_of_is_a_departure(before):
    assert place_relation(before) == "origin"


def test_a_person_s_home_town_is_no_origin(gaz):
    """ "X, a taxi driver from Basra, set out from Najaf ... to Karbala": Basra is where the
    walker lives; a trip's own noun keeps the origin (", a night train from Hanoi,")."""
    text = (
        "Pilgrims crowded the roads of Iraq on Friday. Ali Hassan, 52, a taxi driver from Basra, "
        "set out from the shrine in Najaf on Thursday with his sons and walked about 80 km "
        "along the road to Karbala in three days."
    )
    assert [lg for lg in legs(text, gaz) if "Basrah" in lg] == []
    text = "They boarded the SE1, a night train from Hanoi, for a 690 km run to Hue."
    assert legs(text, gaz) == [("Hanoi", "Huế")]


def test_a_hyphenated_adjective_is_no_action_between_a_place_and_its_position(gaz):
    """ "Hoi An, the UNESCO-listed town some 25 km south-east of Da Nang": the town is the
    subject (the claim's places are the reference, then the subject)."""
    text = "Hoi An, the UNESCO-listed town some 25 km south-east of Da Nang, drew crowds."
    d = extract_document(Document("t", text, dt.date(2024, 5, 6)), gaz)
    sep = [c for c in d.claims if c.relation == "separation" and c.kind == "distance"]
    assert [[d.places[p].name if p else None for p in c.places] for c in sep] == [
        ["Da Nang", "Hoi An"]
    ]
