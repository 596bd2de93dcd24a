"""Region terms written without their full name: a press initialism alone, and "the West"."""

from __future__ import annotations

from georoute.geo.mentions import find_mentions


def test_the_west_is_western_europe_unless_the_text_is_in_a_country_with_such_a_region(gaz):
    text = "Moscow accused the West of meddling; Western governments denied it."
    for name in ("West", "Western"):
        assert "macro_region" in gaz.resolve(name, context=text).place.kinds
    text = "Floods hit Bafoussam and Dschang, towns of Cameroon's West region."
    assert gaz.resolve("West", context=text).place.country == "CM"
    # a bearing is still no place
    assert not [m for m in find_mentions("The convoy turned West at dawn.", gaz)]
