"""Round 24's classes (issue 13), and how the test articles' expectations are scored."""

from __future__ import annotations

from pathlib import Path

from tests.expectations import Article, _spans
from tests.reading import place_relations, places


def _article(text: str) -> Article:
    return Article("x", text, Path("x.txt"), {})


def test_a_figure_inside_a_longer_figure_is_not_that_figure():
    text = "Brown, then about 33, sat in a box; Philadelphia lies about 330 km away, 1,100 km."
    assert _spans([_article(text)], "about 33") == [("x", text.index("about 33,"), 20)]
    assert _spans([_article(text)], "1") == []
    assert len(_spans([_article(text)], "about 330 km")) == 1


def test_a_train_easing_out_of_and_creeping_into_places_marks_its_ends():
    rel = place_relations(
        "The new Zephyr eased out of Denver at dawn and crept into Chicago at dusk."
    )
    assert rel == {"Denver": "origin", "Chicago": "destination"}


def test_a_big_city_that_is_also_a_surname_stays_a_place_in_a_trains_name():
    text = (
        "The streamliner left Denver at 5 a.m. and reached Chicago at 6 p.m. Two years later "
        "one of the new Denver Zephyrs cut the time."
    )
    assert "Denver" in places(text)
