"""Round 25's classes (issue 13)."""

from __future__ import annotations

from tests.reading import place_relations


def test_a_figure_with_a_thousands_comma_does_not_end_the_clause_before_its_endpoints():
    rel = place_relations("The train covered 1,032 km from Omaha to Denver in two days.")
    assert rel == {"Omaha": "origin", "Denver": "destination"}
    rel = place_relations("The barge carried 6,000 tonnes of wheat from Calarasi to Constanta.")
    assert rel == {"Calarasi": "origin", "Constanta": "destination"}
    # a real comma still ends the clause: the journey words before it reach no place after it
    assert place_relations("The train covered 1,032 km, Omaha officials said.") == {"Omaha": None}
