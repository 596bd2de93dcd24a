"""Issue 13, classes found on the twenty-third development set (holdout23), each tested with
wording of its own and a variant: a rail route through a waypoint station where lines meet
(passed at the junction, not run out along a branch and back)."""

from __future__ import annotations

import pytest

from georoute import rail
from georoute.geo.gazetteer import default_gazetteer

from .reading import findings

# -- a waypoint at a junction ----------------------------------------------------------------


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.mark.parametrize(
    "names",
    [
        ("Warsaw", "Iława", "Malbork", "Gdańsk"),
        ("Warsaw", "Malbork", "Gdańsk"),
    ],
)
def test_a_route_through_junction_stations_is_no_longer_than_a_fifth_over_the_direct(gaz, names):
    # a junction town's nearest vertex may lie on a branch: routed along it and back, the route
    # through the station ran a quarter longer than the direct one on the same main line
    places = [gaz.resolve(n).place for n in names]
    via = rail.route(places).length_km
    direct = rail.route([places[0], places[-1]]).length_km
    assert direct <= via + 1.0
    assert via <= direct * 1.05


def test_an_overlong_rail_figure_via_junction_stations_is_inconsistent():
    text = (
        "GDANSK, Aug 8, 2025 (Agency) - An express train left Warsaw at 7.10 am on Friday and "
        "reached Gdansk at 10.05 am, running the 430-km route via Ilawa and Malbork, the "
        "operator said."
    )
    (f,) = [x for x in findings(text, "route_length") if "430" in x["message"]]
    assert f["verdict"] == "inconsistent"


def test_a_fitting_rail_figure_via_junction_stations_is_consistent():
    text = (
        "GDANSK, Aug 8, 2025 (Agency) - The morning express train from Warsaw covered "
        "some 330 km by rail via Ilawa and Malbork before it reached Gdansk at noon."
    )
    (f,) = [x for x in findings(text, "route_length") if "330" in x["message"]]
    assert f["verdict"] == "consistent"
