"""Geodesy at its edges, in the style of geopy's distance tests: poles, the antimeridian,
coincident points, and properties over the whole globe (latitudes to ±90°)."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from georoute.base.geodesy import (
    angle_off,
    compass_name,
    geodesic_km,
    geodesic_km_many,
    geodesic_points,
    geodesic_within,
    haversine_km,
    initial_bearing,
    rhumb_bearing,
)
from tests.strategies import points

#: Quarter meridian and half the equator on WGS84, km (geographiclib values).
QUARTER_MERIDIAN_KM = 10001.966
HALF_EQUATOR_KM = 20037.508


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0, 0), (0, 0), 0.0),  # coincident
        ((90, 0), (90, 123), 0.0),  # the north pole, whatever the longitude
        ((-90, 45), (-90, -170), 0.0),
        ((0, 0), (90, 0), QUARTER_MERIDIAN_KM),
        ((0, 0), (-90, 0), QUARTER_MERIDIAN_KM),
        ((90, 0), (-90, 0), 2 * QUARTER_MERIDIAN_KM),
        ((0, 179.5), (0, -179.5), 111.319),  # across the antimeridian, the short way
        ((0, -180), (0, 180), 0.0),  # the same meridian written twice
        ((0, 0), (0, 180), 2 * QUARTER_MERIDIAN_KM),  # antipodes on the equator: over a pole
    ],
)
def test_geodesic_edge_cases(a, b, km):
    assert geodesic_km(*a, *b) == pytest.approx(km, abs=0.01)
    assert geodesic_km(*b, *a) == pytest.approx(km, abs=0.01)


@pytest.mark.parametrize(
    ("a", "b", "bearing"),
    [
        ((-90, 0), (10, 10), 0.0),  # from the south pole every way is north (issue 11)
        ((-90, 0), (-89, 170), 0.0),
        ((90, 0), (10, 10), 180.0),  # from the north pole every way is south
        ((10, 10), (90, 0), 0.0),  # to the north pole: due north
        ((10, 10), (-90, 0), 180.0),  # to the south pole: due south
        ((-90, 0), (90, 0), 0.0),
        ((90, 0), (-90, 0), 180.0),
        ((0, 179), (0, -179), 90.0),  # east across the antimeridian
        ((0, -179), (0, 179), 270.0),  # west across it
        ((10, 170), (10, -170 + 360), 90.0),  # a longitude written past 180
        ((0, 0), (0, 0), 0.0),  # coincident points: no direction, 0 by convention
        ((90, 10), (90, -50), 0.0),  # the same pole twice
        ((0, 0), (10, 0), 0.0),
        ((0, 0), (0, 10), 90.0),
        ((10, 0), (0, 0), 180.0),
    ],
)
def test_rhumb_bearing_edge_cases(a, b, bearing):
    got = rhumb_bearing(*a, *b)
    assert 0.0 <= got < 360.0
    assert min(abs(got - bearing), 360 - abs(got - bearing)) < 1e-6


@given(points, points)
def test_rhumb_bearing_defined_everywhere_and_reverses(a, b):
    ab, ba = rhumb_bearing(*a, *b), rhumb_bearing(*b, *a)
    assert 0.0 <= ab < 360.0 and 0.0 <= ba < 360.0
    assume(geodesic_km(*a, *b) > 1.0)  # distinct points: the way back is the opposite way
    assume(abs(abs(a[1] - b[1]) - 180) > 1e-6 or abs(a[0]) == 90 or abs(b[0]) == 90)
    assert angle_off(ba, "N") == pytest.approx(angle_off((ab + 180) % 360, "N"), abs=1e-6)


@given(points, points, points)
def test_geodesic_symmetric_and_triangle_to_the_poles(a, b, c):
    ab, ba = geodesic_km(*a, *b), geodesic_km(*b, *a)
    assert math.isclose(ab, ba, rel_tol=1e-9, abs_tol=1e-6)
    assert 0.0 <= ab <= HALF_EQUATOR_KM + 1e-6
    assert geodesic_km(*a, *c) <= ab + geodesic_km(*b, *c) + 1e-6


@given(st.lists(st.tuples(points, points), min_size=1, max_size=20))
def test_vectorised_equals_one_by_one(pairs):
    lat1, lon1, lat2, lon2 = (
        [p[0][0] for p in pairs],
        [p[0][1] for p in pairs],
        [p[1][0] for p in pairs],
        [p[1][1] for p in pairs],
    )
    many = geodesic_km_many(lat1, lon1, lat2, lon2)
    for i, ((la1, lo1), (la2, lo2)) in enumerate(pairs):
        assert many[i] == pytest.approx(geodesic_km(la1, lo1, la2, lo2), abs=1e-6)


@given(points, points)
def test_initial_bearing_in_range(a, b):
    assert 0.0 <= initial_bearing(*a, *b) < 360.0


@given(st.floats(min_value=-720, max_value=720, allow_nan=False))
def test_compass_name_any_turn(bearing):
    assert compass_name(bearing) in {
        "north",
        "north-east",
        "east",
        "south-east",
        "south",
        "south-west",
        "west",
        "north-west",
    }


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ((90, 0), (90, 123)),  # the pole twice
        ((0, 179.5), (0, -179.5)),  # across the antimeridian
        ((0, 0), (90, 0)),
        ((-90, 0), (90, 0)),
        ((0, 0), (0, 180)),
        ((51.5, -0.1), (48.9, 2.35)),
    ],
)
def test_haversine_is_the_geodesic_on_a_sphere(a, b):
    """The quick spherical distance (for ranking candidates) stays within 0.6 % of WGS84."""
    assert haversine_km(*a, *b) == pytest.approx(geodesic_km(*a, *b), rel=0.006, abs=1e-6)
    assert haversine_km(*a, *b) == pytest.approx(haversine_km(*b, *a), abs=1e-9)


@given(points, points)
def test_geodesic_points_lie_on_the_globe(a, b):
    for lon, lat in geodesic_points(*a, *b, 8):
        assert -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


@given(points, points, st.floats(min_value=0.0, max_value=21000.0))
def test_geodesic_within_answers_as_the_ellipsoid(a, b, km):
    """The sphere decides only far from the limit: the answer is always the ellipsoid's."""
    assert geodesic_within(*a, *b, km) == (geodesic_km(*a, *b) <= km)


@pytest.mark.parametrize("scale", [0.97, 0.99, 0.999, 1.0, 1.001, 1.01, 1.03])
def test_geodesic_within_at_the_limit(scale):
    """A limit just over or under the distance, where sphere and ellipsoid part (a long
    north-south line: the sphere's figure is off by several kilometres there)."""
    a, b = (10.0, 20.0), (28.0, 20.0)
    km = geodesic_km(*a, *b) * scale
    assert geodesic_within(*a, *b, km) == (scale >= 1.0)
