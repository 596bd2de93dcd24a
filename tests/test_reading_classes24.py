"""Issue 12, classes of round 19 found across the development sets and the article sets, each
tested with wording of its own."""

from __future__ import annotations

from georoute.verify import verify


def _places(text: str) -> list[str]:
    return [p["name"] for p in verify(texts=[text]).to_dict()["places"]]


# --- a town written in a respelling of its main name, opening a longer name -------------------


def test_a_respelt_town_opening_a_port_name_stays_a_place_for_the_rest_of_the_text():
    text = (
        "Ferries to Baku sail from Turkmenbashi International Seaport twice a week. "
        "Lorries leave Turkmenbashi at dawn for Balkanabat."
    )
    assert "Türkmenbaşy" in _places(text)
