"""Round 26's place classes (issue 12)."""

from __future__ import annotations

from tests.reading import places


def test_a_town_spelt_with_other_vowels_is_its_other_spelling_on_a_journey():
    # GeoNames lists "Murun" among Mörön's other names; the consonants run alike
    text = (
        "Most visitors to northern Mongolia fly from Ulaanbaatar to Murun, the provincial "
        "centre, and go on by road."
    )
    assert "Mörön" in places(text)


def test_a_citys_other_spelling_vouches_for_its_country():
    # "Ulaanbaatar" (GeoNames: Ulan Bator) places Choibalsan, a town of 45,000, in Mongolia,
    # beside a village that carries its name as another name
    text = "Most visitors fly from Ulaanbaatar to Choibalsan, about 560 km to the east."
    assert "Choibalsan" in places(text)


def test_a_months_word_hyphened_to_a_name_opens_that_name():
    # "Sept" is a month's word, but "Sept-Îles" is a town; "Sept-Oct" stays two months
    assert "Sept-Îles" in places("The train left Sept-Iles at 8 a.m. for the north.")
    assert "Sept-Îles" in places("She boarded at Sept-Îles on the St. Lawrence shore.")
    assert places("In Sept-Oct the line was shut for repairs.") == []
