"""The place value object shared by the gazetteer, the extractor and the checks."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

__all__ = ["NATURAL_FEATURE_KINDS", "REGION_KINDS", "Place"]

#: Feature kinds of areas (their point is only a representative one).
REGION_KINDS = frozenset(["country", "continent", "macro_region", "admin1", "admin2", "water_body"])
#: Feature kinds of natural features that are points (capes, small islands, waterfalls, peaks,
#: passes): the text writes them with "the" ("the North Cape") as no building or institution.
NATURAL_FEATURE_KINDS = frozenset(["cape", "island", "waterfall", "peak", "pass"])
#: An area whose land lies within this many km of its point (Barbados, Porto Santo, an island
#: municipality) is measured from as a town is, with that reach as its extent.
SMALL_AREA_KM = 40.0


@dataclass(frozen=True)
class Place:
    """A resolved place: WGS84 ``lat``/``lon`` in degrees, ISO country code(s), IANA time zone.

    ``country`` is an ISO 3166-1 alpha-2 code, or several joined by ``|`` for a place on a
    border (a bridge). ``kinds`` are feature kinds: ``country``, ``admin1``, ``populated_place``,
    ``railway_station``, ``spaceport``, ``port``, ``border_crossing``, ...
    """

    id: int
    name: str
    lat: float
    lon: float
    country: str
    timezone: str | None
    source: str
    kinds: tuple[str, ...] = ("populated_place",)
    population: int | None = None
    admin1: str | None = None
    #: the GeoNames id of the town an airport or a station serves (its place in the checks)
    serves: int | None = None
    #: an area's reach: how far from its point its land (a country's shape) or its towns (a
    #: subdivision's) lie, in km; None when unknown or large (``gazindex.AREA_REACH_KM``)
    reach_km: float | None = None

    def __post_init__(self) -> None:
        if not (math.isfinite(self.lat) and -90.0 <= self.lat <= 90.0):
            raise ValueError(f"latitude must be within [-90, 90], got {self.lat!r}")
        if not (math.isfinite(self.lon) and -180.0 <= self.lon <= 180.0):
            raise ValueError(f"longitude must be within [-180, 180], got {self.lon!r}")

    @cached_property
    def countries(self) -> frozenset[str]:
        """The country codes of this place (two for a border bridge)."""
        return frozenset(c for c in self.country.split("|") if c)

    @cached_property
    def is_country(self) -> bool:
        return "country" in self.kinds

    @cached_property
    def is_region(self) -> bool:
        """A country, a continent, a first- or second-order subdivision or a sea: an area, not
        a point."""
        return not REGION_KINDS.isdisjoint(self.kinds)

    @cached_property
    def is_small_area(self) -> bool:
        """An area small enough to measure from as from a town: an island, an island
        municipality, a small country, whose land lies within ``SMALL_AREA_KM`` of its point."""
        return (
            self.is_region
            and self.reach_km is not None
            and self.reach_km <= SMALL_AREA_KM
            and not {"water_body", "macro_region", "continent"} & set(self.kinds)
        )

    @property
    def extent_km(self) -> float:
        """How far from its point a place's stations, ports and airports may lie.

        A city's point is its centre; travel figures run from its stations, ports or airports.
        The allowance grows with the square root of the population (a city's radius grows so):
        0.01 km per sqrt(person), 2 km at least and 30 km at most (New York, London: 30 km;
        Vladivostok: 8 km). A curated feature (a station, a crossing) is its own point: 1 km.
        An airport spreads over its runways: 3 km. A small area (``is_small_area``) reaches
        as far as its land or towns do; other regions get none: checks never measure from a
        country's point.

        >>> Place(1, "Town", 0, 0, "XX", None, "t", population=250_000).extent_km
        5.0
        """
        if self.is_region:
            return float(self.reach_km or 0.0) if self.is_small_area else 0.0
        if "airport" in self.kinds:
            return 3.0
        if "populated_place" not in self.kinds:
            return 1.0
        return min(30.0, max(2.0, math.sqrt(self.population or 0) / 100))

    def contains(self, other: Place) -> bool:
        """True when ``other`` lies inside this country or region (by code, not by shape)."""
        if self.id == other.id or other.serves == self.id:
            return True  # a city holds the airport that serves it
        if "macro_region" in self.kinds:  # its member countries and what lies in them
            return other.countries <= self.countries and "macro_region" not in other.kinds
        if "country" in self.kinds:
            return bool(self.countries & other.countries) and not other.is_country
        if "admin1" in self.kinds:
            return (
                other.admin1 == self.admin1
                and bool(self.countries & other.countries)
                and not other.is_region
            )
        return False

    def to_dict(self) -> dict:
        """The place as every output writes it (report, CLI, geocoder): JSON-ready."""
        return {
            "id": self.id,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "timezone": self.timezone,
            "source": self.source,
            "kinds": list(self.kinds),
            "population": self.population,
        }

    def label(self) -> str:
        if "macro_region" in self.kinds:  # a dozen member countries say less than this
            return f"{self.name} (macro-region)"
        return f"{self.name} ({self.country or self.kinds[0]})"
