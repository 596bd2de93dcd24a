"""Figures that describe no part of the journey, kept from the checks that judge the journey
(issue 13): a pairing the reading only guessed across several sentences, and how the test
articles' "must_not_use" expectations are scored."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from tests.expectations import Article, _forbidden
from tests.reading import findings, relations

_FILLER = " ".join(
    ["The town council met on Tuesday to discuss parking fees and a new library."] * 8
)


def test_plausibility_of_figures_written_together_is_judged():
    text = (
        "PORTO (Lusa) - A coach carrying 40 pensioners left Lisbon on Monday and drove the "
        "313 km to Porto in four hours, the operator said. " + _FILLER
    )
    assert [f["verdict"] for f in findings(text, "plausibility")] == ["consistent"]


def test_plausibility_of_figures_paired_across_paragraphs_is_not_judged():
    text = (
        "PORTO (Lusa) - A coach carrying 40 pensioners left Lisbon on Monday and drove the "
        "313 km to Porto, the operator said. " + _FILLER + " The drive took four hours."
    )
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "unverifiable"
    assert "characters apart" in f["message"]


def _scored(check: str, verdict: str) -> bool:
    text = "The 120-foot (37-metre) barge left Hull."
    article = Article("x", text, Path("x.txt"), {"must_not_use": [{"text": "120-foot"}]})
    claims = [
        SimpleNamespace(id="c1", doc="x", start=4, end=12, same_as=None),
        SimpleNamespace(id="c2", doc="x", start=14, end=22, same_as="c1"),
    ]
    finding = SimpleNamespace(
        check=check, verdict=verdict, docs=("x",), claims=("c1", "c2"), message="m"
    )
    report = SimpleNamespace(findings=[finding], claims=claims)
    (item, _alarm) = _forbidden(article, [article], report, set())
    return item.ok


def test_a_conversion_of_a_figure_of_no_journey_may_be_checked():
    # a conversion is checked against the figure beside it, whatever that figure describes
    assert _scored("unit_conversion", "consistent")
    assert _scored("unit_conversion", "inconsistent")


def test_a_figure_of_no_journey_used_by_a_leg_check_is_a_misuse():
    assert not _scored("plausibility", "consistent")
    assert not _scored("geodesic_bound", "consistent")
    assert _scored("plausibility", "unverifiable")


_RIDE = (
    "MADRID (EFE) - Forty amateur cyclists rode from Madrid to Barcelona this week to raise "
    "money for a children's hospital"
)


def test_an_open_bound_far_below_the_geodesic_is_not_judged():
    # "more than 20 km" holds of a 500 km ride only because it has no upper end
    text = _RIDE + ". Each afternoon the group stopped for more than 20 km of sprints."
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "unverifiable"


def test_an_open_bound_near_the_geodesic_is_judged():
    (f,) = findings(_RIDE + ", covering more than 600 km.", "geodesic_bound")
    assert f["verdict"] == "consistent"


def test_lengths_of_features_and_lines_are_no_leg():
    cases = {
        "The Balticconnector gas pipeline, about 77 km long, was damaged last year.": "77 km",
        "The Kasai, at 2,150 km the longest tributary of the Congo, floods each year.": (
            "2,150 km"
        ),
        "The 303-km line will link the port of Duqm with the capital.": "303-km",
        "Some boats still moor in the 4-km lagoon behind the harbour.": "4-km",
    }
    for sentence, figure in cases.items():
        got = relations("The ferry left Helsinki at noon and reached Tallinn. " + sentence)
        assert got[figure] == "feature", sentence


def test_a_proposed_line_is_planned():
    text = "Officials are studying a proposed rail link of about 65 km to the coast."
    assert relations("The train left Dhaka at 7 a.m. " + text)["65 km"] == "planned"


def test_a_line_travelled_keeps_its_length():
    assert relations("The coach covered the 303-km line in four hours.")["303-km"] == "leg"


def test_durations_of_no_journey():
    cases = {
        "She spent two days there before returning.": ("two days", "stay"),
        "He paid to spend an hour with the elders of the village.": ("an hour", "stay"),
        "Residents have a three-day weekend for the holiday.": ("three-day", "stay"),
        "It left at 11 p.m., three hours later than scheduled.": ("three hours", "delay"),
        "More than 900 people landed in the 48 hours to Friday morning.": ("48 hours", "other"),
        "A storm forced the closure of the main runway for six hours.": ("six hours", "event"),
    }
    for sentence, (figure, relation) in cases.items():
        got = relations("The ferry left Piraeus on Monday and docked at Chania. " + sentence)
        assert got[figure] == relation, sentence


def test_durations_of_the_journey_stay_legs():
    assert relations("The road was closed, so they drove for ten hours.")["ten hours"] == "leg"
    assert relations("The convoy spent ten hours on the road to Herat.")["ten hours"] == "leg"
