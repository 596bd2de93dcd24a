"""A geopy-compatible geocoder over the offline gazetteer.

Code written for geopy's geocoders works unchanged, with no network:

>>> from georoute.geo.geocoder import OfflineGeocoder
>>> loc = OfflineGeocoder().geocode("Vladivostok")
>>> round(loc.latitude, 2), round(loc.longitude, 2)
(43.11, 131.87)
>>> OfflineGeocoder().geocode("Nowhere-at-all-xyz") is None
True
"""

from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from georoute.base.places import Place
from georoute.geo.gazetteer import Gazetteer, ResolutionContext, default_gazetteer

__all__ = ["OfflineGeocoder"]


def _location(place: Place, extra: dict | None = None) -> Location:
    raw = {**place.to_dict(), **(extra or {})}
    return Location(f"{place.name}, {place.country}", (place.lat, place.lon), raw)


class OfflineGeocoder(Geocoder):
    """geopy ``Geocoder`` whose ``geocode`` answers from the offline gazetteer, never the network."""

    def __init__(self, gazetteer: Gazetteer | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._gaz = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = default_gazetteer()
        return self._gaz

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        context: str | ResolutionContext | None = None,
        limit: int | None = None,
    ) -> Location | list[Location] | None:
        """Like geopy: the best Location (or a list, best first), None when nothing matches."""
        res = self.gazetteer.resolve(str(query), context=context)
        if res.place is None:
            return None
        best = _location(res.place, {"reason": res.reason})
        if exactly_one:
            return best
        out = [best, *(_location(c.place) for c in res.alternatives)]
        return out[:limit] if limit else out
