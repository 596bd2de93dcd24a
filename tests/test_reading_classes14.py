"""Issue 13, classes found on the fourteenth blind set (holdout14), each tested with wording of
its own: a rail figure over the line the sentence names ("via A, B and C")."""

from __future__ import annotations

from .reading import findings

_VIA = (
    "ROME, May 4, 2026 (Agency) - The night train left Rome at 9 p.m. on Sunday and reached Milan "
    "at 8.30 a.m., a journey of {km} via Florence, Bologna and Venice."
)


def test_a_rail_figure_over_the_places_passed_is_set_against_that_line():
    # the network's shortest Rome-Milan route runs far shorter than the line by way of Venice
    (f,) = findings(_VIA.format(km="780 km"), "route_length")
    assert f["verdict"] == "consistent", f["message"]
    assert "via Florence, Bologna and Venice" in f["message"]
    assert len(f["computed"]["via"]) == 3


def test_a_figure_longer_than_the_line_passed_is_still_inconsistent():
    (f,) = findings(_VIA.format(km="1,500 km"), "route_length")
    assert f["verdict"] == "inconsistent", f["message"]


def test_places_passed_never_lengthen_the_lower_bound():
    # the route by way of Venice is longer, but a figure that fits the shortest route stands on it
    (f,) = findings(_VIA.format(km="570 km"), "route_length")
    assert f["verdict"] == "consistent", f["message"]
    assert f["computed"]["via"] == []
