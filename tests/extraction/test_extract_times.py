"""The role extraction gives each time claim: the departure, the arrival, or neither (an event
in another clause is not the journey's time)."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.base.documents import Document
from georoute.extraction.extract import extract_document


def roles(text: str, gaz) -> list[tuple[str, str | None]]:
    d = extract_document(Document("t", text, dt.date(2024, 5, 6)), gaz)
    return [(c.text, c.relation) for c in d.claims if c.kind == "time"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The train departed from Paris at 9:15 and arrived in Lyon at 11:20.",
            [("9:15", "departure"), ("11:20", "arrival")],
        ),
        ("The train left Berlin for Warsaw on Monday.", [("Monday", "departure")]),
        (
            "The ferry arrived in Dover at 6 p.m. after crossing from Calais.",
            [("6 p.m.", "arrival")],
        ),
        # issue 11: a clause of its own ("which ... visited on Monday") is not the arrival
        ("The train arrived in Kazan, which Putin visited on Monday.", [("Monday", None)]),
    ],
)
def test_time_roles(text, expected, gaz):
    assert roles(text, gaz) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bus left Mbeya at 7 a.m. It arrived at the main terminal in Iringa at 1 p.m.",
        "The first Shinkansen of the day left Hakata at 6 a.m. and reached Kokura at 6:20 a.m.",
    ],
)
def test_it_and_a_named_service_are_the_trips_subjects(gaz, text):
    """'It arrived', 'the first Shinkansen of the day left': no other person's movement."""
    dc = extract_document(Document("d", text), gaz)
    roles = [c.relation for c in dc.claims if c.kind == "time"]
    assert roles == ["departure", "arrival"]
