"""Corrections by the person: pin a name to a place (``--place "Dublin=Dublin, Ohio"``).

A pin says which place a name means in the articles of one run. The pinned gazetteer offers
that place alone for the name, so every mention, leg and check built on it uses the place, and
the report records every pin with what it resolved to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from georoute.base.errors import UsageError
from georoute.base.places import Place
from georoute.geo.gazetteer import Candidate, Gazetteer, Resolution
from georoute.text.textnorm import normalize_name

__all__ = ["Pin", "PinnedGazetteer", "parse_pin", "pinned"]


@dataclass(frozen=True)
class Pin:
    """``name`` (as the person wrote it) means ``place``; ``target`` is how they named it."""

    name: str
    target: str
    place: Place

    def to_dict(self) -> dict:
        p = self.place
        return {
            "name": self.name,
            "target": self.target,
            "place": {"id": p.id, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon},
            "source": p.source,
        }


def parse_pin(spec: str, gaz: Gazetteer) -> Pin:
    """Read ``NAME=PLACE``: PLACE is a name with its region or country after a comma ("Dublin,
    Ohio"), a bare name (its most likely place), or a source id ("geonames:4190581").

    Raises :class:`UsageError` when the spec is malformed or PLACE cannot be placed.
    """
    name, sep, target = (part.strip() for part in spec.partition("="))
    if not sep or not name or not target or not normalize_name(name):
        raise UsageError(f"--place {spec!r}: write NAME=PLACE, e.g. 'Dublin=Dublin, Ohio'")
    place = _place_of(target, gaz)
    if place is None:
        raise UsageError(f"--place {spec!r}: {target!r} is not a place the gazetteer knows")
    return Pin(name, target, place)


def _place_of(target: str, gaz: Gazetteer) -> Place | None:
    if ":" in target and " " not in target:
        return next((p for p in _by_source(target, gaz)), None)
    head, _, rest = (part.strip() for part in target.partition(","))
    res = gaz.resolve(head, context=target if rest else None)
    if res.place is None or not rest:
        return res.place
    # "Athens, Georgia": the best-scored place of the name inside any reading of the region
    areas = {_area(p) for p, _ in gaz.candidates(rest)}
    ranked = [res.place, *(c.place for c in res.alternatives)]
    own = {p.id for p, _ in gaz.candidates(head)}
    # a region that only stands for a name the index lacks in it ("Stroud, Ontario": somewhere
    # in Ontario) is no place to pin the name to
    ranked = [p for p in ranked if not p.is_region or p.id in own]
    return next((p for p in ranked if _area(p) in areas or (p.country, None) in areas), None)


def _area(p: Place) -> tuple[str | None, str | None]:
    """(country, first-order region) a place lies in, or that a region or country is."""
    if p.is_country:
        return (p.country, None)
    return (p.country, p.admin1)


def _by_source(source: str, gaz: Gazetteer) -> Iterable[Place]:
    row = gaz._conn.execute("SELECT id FROM places WHERE source = ?", (source,)).fetchone()
    if row is not None:
        place = gaz.place(row[0])
        if place is not None:
            yield place


class PinnedGazetteer(Gazetteer):
    """A gazetteer in which each pinned name carries its pinned place alone."""

    def __init__(self, base: Gazetteer, pins: Iterable[Pin]) -> None:
        self.__dict__.update(base.__dict__)
        self.pins = tuple(pins)
        self._pinned = {normalize_name(p.name): p for p in self.pins}
        self.context_of = lru_cache(maxsize=8)(self._context_of)  # type: ignore[method-assign]

    def candidates(
        self, name: str, abbreviation: bool = False, cased: bool = False, conditional: bool = False
    ) -> tuple[tuple[Place, bool], ...]:
        pin = self._pinned.get(normalize_name(name))
        if pin is not None:
            return ((pin.place, True),)
        return super().candidates(name, abbreviation, cased, conditional)

    def resolve(self, name, context=None, features=(), abbreviation=False, cased=False, **kw):
        pin = self._pinned.get(normalize_name(str(name)))
        if pin is not None:
            why = (f"pinned by the user to {pin.target!r}",)
            # a pin is support enough for a mention, like a feature word beside the name
            best = Candidate(pin.place, 0.0, True, why, feature_match=True)
            return Resolution(str(name), pin.place, (), why[0], 0.0, why, best)
        return super().resolve(name, context, features, abbreviation, cased, **kw)


def pinned(gaz: Gazetteer, specs: Iterable[str]) -> Gazetteer:
    """``gaz`` with the pins ``specs`` ("NAME=PLACE") applied, or ``gaz`` itself when none."""
    pins = [parse_pin(s, gaz) for s in specs]
    return PinnedGazetteer(gaz, pins) if pins else gaz
