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


def _cross(texts: list[str]) -> list:
    from georoute.verify import verify

    return [f for f in verify(texts=texts).findings if f.check == "cross_source"]


_FLIGHT_A = (
    "NORFOLK ISLAND, Nov 15, 2024 (AAP) - Mavis Nobbs-Christian's flight left Sydney at 10 a.m. "
    "and landed on Norfolk Island at 1:35 p.m. local time, a flight of two hours and 35 minutes "
    "covering about 1,700 km. Norfolk Island's clocks run an hour ahead of Sydney's."
)


def _flight_b(arrival: str, distance: str) -> str:
    return (
        "SYDNEY, Nov 15, 2024 (Reuters) - Mavis Christian, 90, flew home on Friday. Her flight "
        f"departed Sydney at 10:00 local time and touched down on Norfolk Island at {arrival} "
        f"island time, two hours 35 minutes later, having covered roughly {distance}. The island "
        "keeps time one hour ahead of Sydney."
    )


def test_two_reports_of_one_flight_get_one_verdict_on_all_their_figures_and_clocks():
    (f,) = _cross([_FLIGHT_A, _flight_b("13:35", "1,700 km")])
    assert f.verdict == "consistent", f.message
    kinds = {c["kind"]: c["verdict"] for c in f.computed["compared"]}
    assert kinds == {
        "distance": "consistent",
        "duration": "consistent",
        "departure": "consistent",
        "arrival": "consistent",
    }


def test_two_reports_of_one_flight_disagreeing_on_the_arrival_clock_are_inconsistent():
    (f,) = _cross([_FLIGHT_A, _flight_b("15:05", "1,700 km")])
    assert f.verdict == "inconsistent", f.message
    kinds = {c["kind"]: c["verdict"] for c in f.computed["compared"]}
    assert kinds["arrival"] == "inconsistent" and kinds["distance"] == "consistent"


def test_a_place_name_in_a_possessive_is_no_traveller():
    from georoute.base.documents import Document
    from georoute.extraction.extract import extract_document

    dc = extract_document(Document("d", _FLIGHT_A))
    assert dc.trip.traveller == "Nobbs-Christian"


def test_an_hour_ahead_of_a_countrys_clocks_is_a_zone_difference():
    from georoute.verify import verify

    text = "The ferry berthed in Aqaba at 18:00, Jordan's clocks running an hour ahead of Egypt's."
    (c,) = [c for c in verify(texts=[text]).to_dict()["claims"] if c["kind"] == "duration"]
    assert (c["text"], c["relation"]) == ("an hour", "offset")


def test_a_firth_of_a_river_is_one_name_not_a_town_named_firth():
    assert place_relations(
        "A godwit has landed on the Firth of Thames after flying from Alaska."
    ) == {"Alaska": "origin"}
