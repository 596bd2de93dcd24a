"""What resolving a name yields, and the context it is resolved in: value objects the mention
finder and the gazetteer share (the gazetteer reads a text's context with the mention finder, so
these live below both)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter

from georoute.base.lazy import cached_property
from georoute.base.places import Place

__all__ = [
    "FEATURE_WORDS",
    "Candidate",
    "Resolution",
    "ResolutionContext",
    "feature_kinds",
    "initialisms",
]

#: Words of flying (see :data:`FEATURE_WORDS`).
FLYING_WORDS = (
    *("flight", "flights", "flew", "flying", "landed", "landing"),
    *("jet", "jetliner", "plane", "airliner", "airline", "runway"),
)

#: Words near a mention that point to a feature kind of the curated overlay.
FEATURE_WORDS: dict[str, str] = {
    "cosmodrome": "spaceport",
    "spaceport": "spaceport",
    "launch": "spaceport",
    "station": "railway_station",
    "airport": "airport",
    "airfield": "airport",
    "airports": "airport",
    "junction": "railway_junction",
    "port": "port",
    "harbour": "port",
    "harbor": "port",
    "border": "border_crossing",
    "crossing": "border_crossing",
    "bridge": "rail_bridge",
    "province": "admin1",
    "state": "admin1",
    "oblast": "admin1",
    "prefecture": "admin1",
    "county": "admin2",
    "parish": "admin2",
    "ocean": "water_body",
    "sea": "water_body",
    "gulf": "water_body",
    "strait": "water_body",
    "straits": "water_body",
    "canal": "water_body",
    "lake": "water_body",
    "coast": "water_body",
    "waters": "water_body",
    # words of flying: no place is of this kind, but an airport's short name ("Heathrow",
    # "Changi") beside them needs no word "airport" (see ``Gazetteer.resolve``)
    **dict.fromkeys(FLYING_WORDS, "flight"),
}

#: Feature words that make a name a subdivision only right beside it ("Orange County", "the
#: province of Alberta"): further off in the sentence they speak of something else.
ADJACENT_ONLY = frozenset(w for w, k in FEATURE_WORDS.items() if k in ("admin1", "admin2"))
#: Words that, right after a name, make it a place with a seat of government: "the Yukon
#: capital", "the Ohio state capital" name a first-order region or a country, never a town of
#: that name ("capital of X" says nothing of X's kind: "the capital of Georgia").
SEAT_WORDS = frozenset(["capital"])
_WORD_AFTER = re.compile(r"[\s-]+([a-z]+)")
_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")


def feature_kinds(words: Iterable[str], before: str, after: str) -> frozenset[str]:
    """The feature kinds that ``words`` around a name point to; a subdivision's word counts
    only right after the name or as "WORD of" right before it (``before`` and ``after`` are
    the casefolded text on each side).

    >>> sorted(feature_kinds({"county", "station"}, "the train left ", " for the county fair"))
    ['railway_station']
    >>> sorted(feature_kinds({"county"}, "in ", " county, officials said"))
    ['admin2']
    >>> sorted(feature_kinds({"capital"}, "reached the ", " capital on foot"))
    ['admin1', 'country', 'geographic_pole']
    """
    out = {FEATURE_WORDS[w] for w in words if w in FEATURE_WORDS and w not in ADJACENT_ONLY}
    m = _WORD_AFTER.match(after)
    if m and m.group(1) in ADJACENT_ONLY:
        out.add(FEATURE_WORDS[m.group(1)])
    elif m and m.group(1) in SEAT_WORDS:
        out |= {"admin1", "country"}
    # the search only where it can match: a match ends with "of" or "the" and white space
    m = _OF_BEFORE.search(before) if before.rstrip().endswith(("of", "the")) else None
    if m and m.group(1) in ADJACENT_ONLY:
        out.add(FEATURE_WORDS[m.group(1)])
    if before.endswith("the ") and (len(before) == 4 or not before[-5].isalnum()):
        out.add(POLE_KIND)  # "the North Pole": the pole, never a town of that name
    return frozenset(out)


#: The kind a definite article right before a name points to: of a name's places, only a
#: geographic pole is written with "the" that is no part of its name ("the North Pole" against
#: North Pole, Alaska).
POLE_KIND = "geographic_pole"


#: Words an initialism leaves out ("DRC" of the Democratic Republic of the Congo).
_UNLETTERED = frozenset(["of", "the", "and", "de", "du", "da", "la", "le"])
#: What an initialism looks like as written: two to five capitals, "&" between two of them.
INITIALISM = re.compile(r"[A-Z](?:&?[A-Z]){1,4}")


def initialisms(name: str) -> frozenset[str]:
    """The initialisms of a name of two words or more: the first letters of its words that are
    not function words; two words joined by "and" with "&" between their letters ("T&T").

    >>> sorted(initialisms("Trinidad and Tobago"))
    ['T&T']
    >>> sorted(initialisms("Democratic Republic of the Congo")), initialisms("Kenya")
    (['DRC'], frozenset())
    """
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w]
    kept = [w for w in words if w.casefold() not in _UNLETTERED]
    if len(kept) < 2 or not all(w[0].isalpha() for w in kept):
        return frozenset()
    plain = "".join(w[0] for w in kept).upper()
    if len(kept) == 2 and len(words) == 3 and words[1].casefold() == "and":
        return frozenset([f"{plain[0]}&{plain[1]}"])  # "T&T", not "TT"
    return frozenset([plain])


_LATITUDE = itemgetter(0)


def _dropped(items: tuple, at: tuple[int, ...]) -> tuple:
    """``items`` without the entries at the indexes ``at`` (in order): by two slices when they
    are one run, as they mostly are (one point a name; a name's entries sort together)."""
    if not at:
        return items
    first, last = at[0], at[-1]
    if last - first + 1 == len(at):
        return items[:first] + items[last + 1 :]
    skip = set(at)
    return tuple(x for k, x in enumerate(items) if k not in skip)


@dataclass(frozen=True)
class ResolutionContext:
    """What a document says around a name: countries, regions, other places, feature words,
    and ``named``: which name gave which country and region."""

    countries: frozenset[str] = frozenset()
    regions: frozenset[tuple[str, str]] = frozenset()
    points: tuple[tuple[float, float, str], ...] = ()
    features: frozenset[str] = frozenset()
    named: tuple[tuple[str, str, str | None], ...] = ()
    #: per town the context names, (name, country, first-order region code): what
    #: :attr:`held` is read from
    towns_in: tuple[tuple[str, str, str], ...] = ()

    @cached_property
    def held(self) -> frozenset[tuple[str, str]]:
        """The first-order regions (country, code) that hold a town the context names."""
        return frozenset((cc, r) for _, cc, r in self.towns_in)

    def without(self, norm: str) -> ResolutionContext:
        """This context minus what came from the name being resolved: its point, and when it
        was read as a subdivision, that subdivision and its country unless another name gives
        them too ("Paul" read as a region of Cabo Verde does not vouch for that reading of
        itself). A town's own country stays: a name read as a city of millions ("London") is
        evidence of that city's country in its own right.

        >>> paul = Place(1, "Paul", 17.1, -25.0, "CV", None, "doc", ("admin1",), 3913, "05")
        >>> praia = Place(2, "Praia", 14.9, -23.5, "CV", None, "doc", admin1="13")
        >>> ctx = ResolutionContext.from_places([("paul", paul), ("praia", praia)])
        >>> sorted(ctx.without("paul").regions), sorted(ctx.without("paul").countries)
        ([], ['CV'])
        """
        at = self._by_name.get(norm)
        if at is None:
            return self  # nothing came from that name
        in_points, in_named = at
        pts = tuple(_dropped(self.points, in_points))
        towns = self.towns_in
        if in_points:  # a town's reading gave a point: its region goes with it (and a longer
            # name's it opens, as for the points: "Oklahoma City" for "Oklahoma")
            towns = tuple(t for t in towns if t[0] != norm and not t[0].startswith(f"{norm} "))
        if not in_named:
            return ResolutionContext(
                self.countries, self.regions, pts, self.features, self.named, towns
            )
        named = tuple(_dropped(self.named, in_named))
        codes = _dropped(self._codes, in_named)
        # the name's own country stays when it was read as a town (no region)
        own = tuple(self._codes[k] for k in in_named if self.named[k][2] is None)
        regions = frozenset(r for r in _dropped(self._regions, in_named) if r is not None)
        out = _unfrozen(  # (the constructor's five ``object.__setattr__`` calls spared)
            ResolutionContext,
            countries=frozenset(chain.from_iterable(codes + own)),
            regions=regions,
            points=pts,
            features=self.features,
            named=named,
            towns_in=towns,
        )
        if named:  # (its :attr:`named_countries`, as they would be read off ``named``)
            out.__dict__["named_countries"] = frozenset(chain.from_iterable(codes))
        return out

    @cached_property
    def _by_name(self) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
        """Per name its points and ``named`` came from, their indexes in each (read once per
        context, however many names are resolved less themselves in it)."""
        out: dict[str, tuple[list[int], list[int]]] = {}
        for k, p in enumerate(self.points):
            out.setdefault(p[2], ([], []))[0].append(k)
            words = p[2].split()
            for n in range(1, len(words)):
                # a longer name opened by the name ("Oklahoma City" for "Oklahoma") says where
                # the text means that longer name, not where the name alone lies
                out.setdefault(" ".join(words[:n]), ([], []))[0].append(k)
        for k, n in enumerate(self.named):
            out.setdefault(n[0], ([], []))[1].append(k)
        return {name: (tuple(sorted(a)), tuple(b)) for name, (a, b) in out.items()}

    @cached_property
    def _codes(self) -> tuple[tuple[str, ...], ...]:
        """Per entry of ``named``, its country codes (two for a place on a border)."""
        return tuple(tuple(c for c in cc.split("|") if c) for _, cc, _ in self.named)

    @cached_property
    def _regions(self) -> tuple[tuple[str, str] | None, ...]:
        """Per entry of ``named``, its region as ``regions`` holds it, or None."""
        return tuple((cc, r) if r else None for _, cc, r in self.named)

    @cached_property
    def named_countries(self) -> frozenset[str]:
        """The countries of the names kept in ``named`` (after :meth:`without`, the others'):
        computed once per context, however many countries are scored in it."""
        if not self.named:
            return self.countries
        return frozenset(c for _, cc, _ in self.named for c in cc.split("|") if c)

    @cached_property
    def by_latitude(self) -> tuple[list[float], list[tuple[float, float, str]]]:
        """The points sorted by latitude, and their latitudes (for a search by bisection)."""
        points = sorted(self.points, key=_LATITUDE)  # in C: a context is made per name resolved
        return [p[0] for p in points], points

    def with_features(self, features: Iterable[str]) -> ResolutionContext:
        return ResolutionContext(
            self.countries,
            self.regions,
            self.points,
            frozenset(features),
            self.named,
            self.towns_in,
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
        towns: set[tuple[str, str, str]] = set()
        # each pair read once: what a pair adds goes into sets, so a name the text repeats
        # (a document's pairs are one a mention: 69 pairs of 16 names) adds nothing again
        seen: set[tuple[str, int]] = set()
        for norm, place in places:
            if (key := (norm, id(place))) in seen:
                continue
            seen.add(key)
            country = place.country
            if "macro_region" in place.kinds:  # a dozen countries vouch for no place
                country = ""
            countries |= frozenset(c for c in country.split("|") if c)
            region = None
            if ("admin1" in place.kinds or "admin2" in place.kinds) and place.admin1:
                regions.add((place.country, place.admin1))
                region = place.admin1
            elif not place.is_region:
                points.append((place.lat, place.lon, norm))
                if place.admin1 and "|" not in place.country:
                    towns.add((norm, place.country, place.admin1))
            named.add((norm, country, region))
        return ResolutionContext(
            frozenset(countries),
            frozenset(regions),
            tuple(sorted(set(points))),
            frozenset(features),
            tuple(sorted(named, key=str)),
            tuple(sorted(towns)),
        )


def _unfrozen(cls: type, **fields: object):
    """An instance of the frozen dataclass ``cls`` with ``fields``, written straight into its
    dict: what the constructor makes, without one ``object.__setattr__`` call a field (the
    gazetteer makes a candidate for every place of every name). The keyword arguments' dict,
    made for this call, becomes the instance's dict."""
    obj = object.__new__(cls)
    _SET_ATTR(obj, "__dict__", fields)
    return obj


#: ``object.__setattr__``: an instance's dict given whole (a frozen dataclass refuses
#: ``obj.__dict__ = ...``; this is what its constructor calls a field).
_SET_ATTR = object.__setattr__


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

    @classmethod
    def scored(
        cls,
        place: Place,
        score: float,
        primary: bool,
        why: tuple[str, ...],
        in_context_country: bool,
        in_context_region: bool,
        near_km: float | None,
        feature_match: bool,
    ) -> Candidate:
        """The candidate the constructor would make, without a frozen dataclass's eight
        ``object.__setattr__`` calls: the gazetteer makes one for every place of every name
        (as :func:`_unfrozen`, written out: one call less a candidate; the dict written as a
        literal and given whole, not made of keyword arguments and copied in)."""
        obj = object.__new__(cls)
        _SET_ATTR(
            obj,
            "__dict__",
            {
                "place": place,
                "score": score,
                "primary": primary,
                "why": why,
                "in_context_country": in_context_country,
                "in_context_region": in_context_region,
                "near_km": near_km,
                "feature_match": feature_match,
            },
        )
        return obj


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

    def because(self, why: str, query: str | None = None) -> Resolution:
        """This resolution with ``why`` as its first reason (and asked as ``query``, if given)."""
        return dataclasses.replace(
            self,
            query=self.query if query is None else query,
            reason=f"{why}: {self.reason}",
            why=(why, *self.why),
        )

    @classmethod
    def made(
        cls,
        query: str,
        place: Place | None,
        alternatives: tuple[Candidate, ...],
        reason: str,
        score: float | None,
        why: tuple[str, ...],
        best: Candidate | None,
    ) -> Resolution:
        """The resolution the constructor would make, without a frozen dataclass's seven
        ``object.__setattr__`` calls (as :meth:`Candidate.scored`): the gazetteer makes one for
        every name of every text, twice."""
        return _unfrozen(
            cls,
            query=query,
            place=place,
            alternatives=alternatives,
            reason=reason,
            score=score,
            why=why,
            best=best,
        )
