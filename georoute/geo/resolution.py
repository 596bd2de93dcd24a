"""What resolving a name yields, and the context it is resolved in: value objects the mention
finder and the gazetteer share (the gazetteer reads a text's context with the mention finder, so
these live below both)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from georoute.base.places import Place

__all__ = ["FEATURE_WORDS", "Candidate", "Resolution", "ResolutionContext"]

#: Words near a mention that point to a feature kind of the curated overlay.
FEATURE_WORDS: dict[str, str] = {
    "cosmodrome": "spaceport",
    "spaceport": "spaceport",
    "launch": "spaceport",
    "station": "railway_station",
    "junction": "railway_junction",
    "port": "port",
    "harbour": "port",
    "harbor": "port",
    "border": "border_crossing",
    "crossing": "border_crossing",
    "bridge": "rail_bridge",
    "province": "admin1",
    "oblast": "admin1",
    "prefecture": "admin1",
    "county": "admin2",
    "parish": "admin2",
}


@dataclass(frozen=True)
class ResolutionContext:
    """What a document says around a name: countries, regions, other places, feature words,
    and ``named``: which name gave which country and region."""

    countries: frozenset[str] = frozenset()
    regions: frozenset[tuple[str, str]] = frozenset()
    points: tuple[tuple[float, float, str], ...] = ()
    features: frozenset[str] = frozenset()
    named: tuple[tuple[str, str, str | None], ...] = ()

    def without(self, norm: str) -> ResolutionContext:
        """This context minus what came from the name being resolved."""
        pts = tuple(p for p in self.points if p[2] != norm)
        named = tuple(n for n in self.named if n[0] != norm)
        return ResolutionContext(self.countries, self.regions, pts, self.features, named)

    @property
    def named_countries(self) -> frozenset[str]:
        """The countries of the names kept in ``named`` (after :meth:`without`, the others')."""
        if not self.named:
            return self.countries
        return frozenset(c for _, cc, _ in self.named for c in cc.split("|") if c)

    def with_features(self, features: Iterable[str]) -> ResolutionContext:
        return ResolutionContext(
            self.countries, self.regions, self.points, frozenset(features), self.named
        )

    @staticmethod
    def from_places(
        places: Iterable[tuple[str, Place]], features: Iterable[str] = ()
    ) -> ResolutionContext:
        """Context from already resolved (normalised name, place) pairs."""
        countries: set[str] = set()
        regions: set[tuple[str, str]] = set()
        points: list[tuple[float, float, str]] = []
        named: set[tuple[str, str, str | None]] = set()
        for norm, place in places:
            countries |= place.countries
            region = None
            if ("admin1" in place.kinds or "admin2" in place.kinds) and place.admin1:
                regions.add((place.country, place.admin1))
                region = place.admin1
            elif not place.is_region:
                points.append((place.lat, place.lon, norm))
            named.add((norm, place.country, region))
        return ResolutionContext(
            frozenset(countries),
            frozenset(regions),
            tuple(sorted(set(points))),
            frozenset(features),
            tuple(sorted(named, key=str)),
        )


@dataclass(frozen=True)
class Candidate:
    """A place that carries the name, with its score and the reasons for it."""

    place: Place
    score: float
    primary: bool
    why: tuple[str, ...] = ()
    in_context_country: bool = False
    in_context_region: bool = False
    near_km: float | None = None
    feature_match: bool = False


@dataclass(frozen=True)
class Resolution:
    """The best place for a name (or None), the candidates that lost, and why the winner won."""

    query: str
    place: Place | None
    alternatives: tuple[Candidate, ...] = ()
    reason: str = ""
    score: float | None = None
    why: tuple[str, ...] = field(default=())
    best: Candidate | None = None

    def __bool__(self) -> bool:
        return self.place is not None
