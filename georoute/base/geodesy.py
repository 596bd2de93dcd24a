"""Geodesy on WGS84 through pyproj's ``Geod``, vectorised for many pairs, and rhumb bearings.

>>> round(geodesic_km(39.03385, 125.75432, 43.10562, 131.87353))
684
>>> round(rhumb_bearing(39.03385, 125.75432, 43.10562, 131.87353))
49
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "COMPASS_8",
    "COMPASS_16",
    "EARTH_RADIUS_KM",
    "compass_name",
    "geodesic_km",
    "geodesic_km_many",
    "geodesic_points",
    "geodesic_within",
    "haversine_km",
    "initial_bearing",
    "rhumb_bearing",
    "sector_half_width",
]


@cache
def _geod():
    """pyproj's WGS84 geodesic solver, made on first use (the gazetteer imports this module for
    its haversine and should not pay for pyproj and numpy)."""
    from pyproj import Geod

    return Geod(ellps="WGS84")


COMPASS_8 = {
    "N": 0.0,
    "NE": 45.0,
    "E": 90.0,
    "SE": 135.0,
    "S": 180.0,
    "SW": 225.0,
    "W": 270.0,
    "NW": 315.0,
}
#: The eight half-winds between them ("west-north-west"): narrower words, narrower sectors.
COMPASS_16 = COMPASS_8 | {
    "NNE": 22.5,
    "ENE": 67.5,
    "ESE": 112.5,
    "SSE": 157.5,
    "SSW": 202.5,
    "WSW": 247.5,
    "WNW": 292.5,
    "NNW": 337.5,
}
_NAMES = {
    "N": "north",
    "NE": "north-east",
    "E": "east",
    "SE": "south-east",
    "S": "south",
    "SW": "south-west",
    "W": "west",
    "NW": "north-west",
}


def geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (geodesic) distance in km on WGS84."""
    _, _, d = _geod().inv(lon1, lat1, lon2, lat2)
    return float(d) / 1000.0


def geodesic_points(
    lat1: float, lon1: float, lat2: float, lon2: float, n: int
) -> list[tuple[float, float]]:
    """The ``n`` points (lon, lat) evenly spaced strictly between two points on their geodesic.

    >>> len(geodesic_points(0, 0, 0, 10, 4))
    4
    """
    return [(float(x), float(y)) for x, y in _geod().npts(lon1, lat1, lon2, lat2, n)]


def geodesic_km_many(
    lat1: Sequence[float], lon1: Sequence[float], lat2: Sequence[float], lon2: Sequence[float]
) -> np.ndarray:
    """Vectorised geodesic distances in km for arrays of pairs."""
    import numpy as np

    _, _, d = _geod().inv(
        np.asarray(lon1, float),
        np.asarray(lat1, float),
        np.asarray(lon2, float),
        np.asarray(lat2, float),
    )
    return np.asarray(d) / 1000.0


def initial_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial geodesic azimuth from point 1 to point 2, degrees clockwise from north in [0, 360)."""
    az, _, _ = _geod().inv(lon1, lat1, lon2, lat2)
    bearing = float(az) % 360.0
    return 0.0 if bearing >= 360.0 else bearing


def rhumb_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Constant-compass (rhumb-line) bearing from point 1 to point 2, degrees in [0, 360).

    This is what "X lies north of Y" means on a map: the direction of the straight line on a
    Mercator chart. Spherical formula; the difference from the ellipsoid is far below a compass
    sector. A pole has no Mercator latitude: from the south pole every way is north (0°), from
    the north pole every way is south (180°), and to a pole is due north or south; coincident
    points give 0°. Longitudes may come in any turn (the shorter way round the antimeridian
    is taken).

    >>> rhumb_bearing(-90, 0, 10, 10), rhumb_bearing(10, 10, 90, 0), rhumb_bearing(0, 179, 0, -179)
    (0.0, 0.0, 90.0)
    """
    if lat1 == lat2 and (abs(lat1) >= 90 or (lon1 - lon2) % 360 == 0):
        return 0.0  # one point: no direction
    if lat2 >= 90 or lat1 <= -90:
        return 0.0
    if lat2 <= -90 or lat1 >= 90:
        return 180.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlon = math.remainder(math.radians(lon2 - lon1), 2 * math.pi)
    dpsi = math.log(math.tan(math.pi / 4 + p2 / 2) / math.tan(math.pi / 4 + p1 / 2))
    bearing = math.degrees(math.atan2(dlon, dpsi)) % 360.0
    return 0.0 if bearing >= 360.0 else bearing  # -1e-300 % 360 rounds to 360


def compass_name(bearing: float) -> str:
    """Eight-point compass word for a bearing ("north-east")."""
    keys = list(COMPASS_8)
    return _NAMES[keys[int(((bearing % 360) + 22.5) // 45) % 8]]


def angle_off(bearing: float, point: str) -> float:
    """Smallest angle between a bearing and a compass point's centre, degrees."""
    d = abs((bearing - COMPASS_16[point]) % 360.0)
    return min(d, 360.0 - d)


def sector_half_width(point: str) -> float:
    """Half the sector a compass word covers: 22.5° on the eight-point rose, 11.25° for the
    half-winds of the sixteen-point rose ("WNW").

    >>> sector_half_width("NE"), sector_half_width("WNW")
    (22.5, 11.25)
    """
    return 22.5 if point in COMPASS_8 else 11.25


#: The mean radius of the sphere :func:`haversine_km` measures on (km).
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle km on a sphere: quick, for ranking candidates (the checks use the ellipsoid)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


#: How far the sphere's great circle (:func:`haversine_km`) may stray from the ellipsoid's
#: geodesic, relatively: under 0.6 % on WGS84; taken at 2 % for a margin.
_SPHERE_SLACK = 0.02
#: And absolutely, for points a hair apart (rounding, not the figure of the Earth): 1 mm.
_ROUNDING_KM = 1e-6


def geodesic_within(lat1: float, lon1: float, lat2: float, lon2: float, km: float) -> bool:
    """Whether the geodesic between two points is at most ``km`` long: the answer of
    ``geodesic_km(...) <= km``, read off the sphere when its great circle is more than
    ``_SPHERE_SLACK`` away from ``km`` (the ellipsoid asked only in the band between).

    >>> geodesic_within(48.86, 2.35, 51.51, -0.13, 400.0), geodesic_within(48.86, 2.35, 51.51, -0.13, 300.0)
    (True, False)
    """
    d = haversine_km(lat1, lon1, lat2, lon2)
    if d < km * (1.0 - _SPHERE_SLACK) - _ROUNDING_KM:
        return True
    if d > km * (1.0 + _SPHERE_SLACK) + _ROUNDING_KM:
        return False
    return geodesic_km(lat1, lon1, lat2, lon2) <= km
