"""Places against the globe: the geodesic bound, separations and compass directions."""

from __future__ import annotations

import bisect
import dataclasses
import math
from functools import partial

from georoute.base.claims import DirectionClaim, QuantityClaim, Relation
from georoute.base.findings import Finding, fmt, fmt_range
from georoute.base.geodesy import (
    COMPASS_16,
    angle_off,
    compass_name,
    geodesic_km,
    initial_bearing,
    rhumb_bearing,
    sector_half_width,
)
from georoute.base.places import Place
from georoute.checks.common import (
    INF,
    CheckInput,
    canon,
    finite_or_none,
    leg_claims,
    namesake_note,
    namesake_reading,
    one_legs,
    point_place,
    primary_claims,
    quote,
    reference_and_subject,
    stated_between,
    unverifiable,
)


# -- geodesic bound, separation, direction ---------------------------------------------------
def check_geodesic_bound(inp: CheckInput) -> list[Finding]:
    out = []
    for trip in inp.trips:
        for leg in trip.legs:
            ds = leg_claims(leg, inp, "distance")
            reaching: list[QuantityClaim] | None = None  # its distances that reach the geodesic
            for d in ds:
                o, de = point_place(leg.origin, inp), point_place(leg.destination, inp)
                if o is None or de is None:
                    out.append(
                        unverifiable(
                            "geodesic_bound",
                            d,
                            f"{quote(d)} cannot be set against a geodesic: the leg's endpoints are not both known places.",
                            {"origin": leg.origin, "destination": leg.destination},
                            (leg.id,),
                        )
                    )
                    continue
                g = geodesic_km(o.lat, o.lon, de.lat, de.lon)
                slack = o.extent_km + de.extent_km
                _, lo, hi = canon(d)
                ok = hi >= g - slack
                src = (
                    f" ({leg.basis or 'endpoints of the whole trip the articles describe'})"
                    if leg.inferred
                    else ""
                )
                if lo >= g:
                    verdict = f"is at least the {fmt(g, 'km')} geodesic between them."
                elif hi >= g:
                    # a round or hedged figure whose range only reaches the geodesic
                    verdict = (
                        f"allows {fmt(lo, 'km').removesuffix(' km')}-{fmt(hi, 'km')} as written, "
                        f"which reaches the {fmt(g, 'km')} geodesic between them."
                    )
                elif ok:
                    # (a hedged or round figure: the end of its range is what comes within)
                    written = f", up to {fmt(hi, 'km')} as written," if hi > lo else ""
                    verdict = (
                        f"is under the {fmt(g, 'km')} geodesic between their centres{written} but "
                        f"within the {fmt(slack, 'km')} their extent allows (stations, ports and "
                        "airports lie away from a city's centre)."
                    )
                else:
                    verdict = (
                        f"is shorter than the {fmt(g, 'km')} geodesic between them "
                        f"({fmt(g - slack, 'km')} even from the edges of the two places), "
                        "which no route can beat."
                    )
                given = stated_between(d.doc, o, de, inp)
                if given is not None and given.id != d.id and given.id != d.same_as:
                    # the article's own straight line between the ends ("Talas lies 195 km
                    # west of Bishkek"), cited beside the geodesic
                    verdict = (
                        verdict.removesuffix(".")
                        + f" (the article puts them {quote(given)} apart)."
                    )
                else:
                    given = None
                msg = f"{quote(d)} from {o.name} to {de.name}{src} {verdict}"
                # (a figure that names the whole journey, "the 290-km trip", is the trip's own)
                inferred_short = not ok and leg.inferred and not leg.whole
                # the leg also states a distance that reaches the geodesic: a shorter one may
                # measure a part ("then carried the box the last 18 km to the hospital"), and
                # one leg never gets both verdicts from this check
                if not ok and reaching is None:  # (once a leg: its ends are the leg's)
                    reaching = [x for x in ds if canon(x)[2] >= g - slack]
                longer = (
                    None
                    if ok
                    else next((x for x in reaching if x is not d and x.same_as != d.id), None)
                )
                if not ok and not inferred_short and longer is not None:
                    inferred_short = True
                    msg = (
                        f"{quote(d)} is shorter than the {fmt(g, 'km')} geodesic from {o.name} "
                        f"to {de.name}, but the leg also states {quote(longer)}, which reaches "
                        "it: this one may measure a part of the trip, so it is not judged."
                    )
                elif inferred_short:
                    # its own sentence names no endpoints: a short figure may measure a part
                    # of the trip (a section of track, a breakwater, "the last 60 km")
                    msg = (
                        f"{quote(d)} is shorter than the {fmt(g, 'km')} geodesic from {o.name} to "
                        f"{de.name}, the ends of the whole trip; its own sentence names no "
                        "endpoints, so it may describe a part of the trip: not judged."
                    )
                reading = (
                    None
                    if ok or inferred_short
                    else namesake_reading(o, de, inp, partial(_reaches, km=hi))
                )
                if reading is not None:
                    msg += namesake_note(o, de, reading)
                area = not (ok or inferred_short) and _area_note(o, de)
                msg += area or ""
                found = Finding(
                    "geodesic_bound",
                    "unverifiable"
                    if inferred_short or reading is not None or area
                    else ("consistent" if ok else "inconsistent"),
                    (d.doc,),
                    (d.id,) if given is None else (d.id, given.id),
                    msg,
                    {
                        "geodesic_km": round(g, 3),
                        "extent_allowance_km": round(slack, 3),
                        "stated_range_km": [round(lo, 3), finite_or_none(hi)],
                        "origin": o.id,
                        "destination": de.id,
                        "endpoints_inferred": leg.inferred,
                        **_namesake_ids(reading),
                    },
                    (leg.id,),
                )
                # a tenth of the geodesic is no misprint of the leg's length: the figure more
                # likely measures a stretch ("some 100 km of roadless jungle" on a drive across
                # two continents)
                short = (g - slack) / hi if hi else INF
                found = one_legs(found, inp, short, _STRETCH)
                if found.verdict == "consistent" and math.isinf(hi) and lo * SHORT_FACTOR < g:
                    # "over 10 km" for a 500 km leg holds only because it has no upper end:
                    # no writer bounds a leg so far below its length, so it measures
                    # something else (a race, a stretch) and tells nothing of the leg
                    found = dataclasses.replace(
                        found,
                        verdict="unverifiable",
                        message=(
                            f"{found.message} But it is a lower bound only, a third of the "
                            "geodesic or less: it more likely measures a stretch or something "
                            "else than the whole leg, and tells nothing of it; not judged."
                        ),
                    )
                if found.verdict == "inconsistent" and short > SHORT_FACTOR:
                    found = dataclasses.replace(
                        found,
                        verdict="unverifiable",
                        message=(
                            f"{found.message} But the geodesic is {short:.1f} times the figure, "
                            "more than an understated route: an end is more likely misread, or "
                            "the figure measures a part of the way; not judged."
                        ),
                        computed={**found.computed, "short_factor": round(short, 2)},
                    )
                out.append(found)
    return out


#: A route stated shorter than the straight line by more than this factor is more likely a
#: misread end or a part of the way than an understated route: slips understate a route by a
#: tenth to a half (250 km for a 280 km straight line, a dropped digit's 120 km for 276 km),
#: while a misread end gives several times (2,250 km against 11,000 km for a Richmond read in
#: California, 240 miles against 1,700 km for an Adrian read in Michigan).
SHORT_FACTOR = 3.0


_STRETCH = "more likely it measures a stretch or something else than the whole leg"


def check_separation(inp: CheckInput) -> list[Finding]:
    out = []
    words = _compass_words(inp)
    for c in primary_claims(inp.claims.values()):
        if not isinstance(c, QuantityClaim) or c.kind != "distance" or c.relation != "separation":
            continue
        ref, sub = reference_and_subject(c, inp)
        if ref is None or sub is None:
            out.append(
                unverifiable(
                    "separation",
                    c,
                    f"{quote(c)}: the two places it separates are not both resolved.",
                )
            )
            continue
        g = geodesic_km(ref.lat, ref.lon, sub.lat, sub.lon)
        slack = ref.extent_km + sub.extent_km
        _, lo, hi = canon(c)
        ok = lo - slack <= g <= hi + slack
        fits = (
            "fits"
            if lo <= g <= hi
            else f"fits within the {fmt(slack, 'km')} the places' extent allows"
            if ok
            else "does not fit"
        )
        longer = (
            ""
            if ok or lo <= g
            else " as a straight-line distance (it may be a route's length: roads and railways run longer)"
        )
        msg = (
            f"{sub.name} lies {fmt(g, 'km')} from {ref.name} on the geodesic; the stated {quote(c)} "
            f"allows {fmt_range(lo, hi, 'km')}, so it {fits}{longer}."
        )
        by_route = (
            not ok and g < lo <= ROUTE_FACTOR * g and (not _with_compass(c, inp) or c.mode in _WAYS)
        )
        if by_route:
            msg = (
                f"{sub.name} lies {fmt(g, 'km')} from {ref.name} on the geodesic; the stated "
                f"{quote(c)} ({fmt_range(lo, hi, 'km')}) is longer, but less than "
                f"{ROUTE_FACTOR:g} times it, and "
                + (
                    f"the text measures it along a way ({c.mode})"
                    if c.mode in _WAYS
                    else "no compass word makes it a straight line"
                )
                + ": it may be the length of a road or a railway, so it is not judged."
            )
        reading = (
            None
            if ok or by_route
            else namesake_reading(ref, sub, inp, partial(_separation_holds, lo=lo, hi=hi))
        )
        if reading is not None:
            msg += namesake_note(ref, sub, reading)
        area = not ok and not by_route and _area_note(ref, sub)
        if area:
            msg += area
        factor = max(g / hi if hi else 0.0, lo / g if g else INF)
        sep = Finding(
            "separation",
            "consistent"
            if ok
            else ("unverifiable" if by_route or reading is not None or area else "inconsistent"),
            (c.doc,),
            (c.id, *_compass_ids(c, words)),
            msg,
            {
                "geodesic_km": round(g, 3),
                "extent_allowance_km": round(slack, 3),
                "stated_range_km": [round(lo, 3), finite_or_none(hi)],
                "reference": ref.id,
                "subject": sub.id,
                **_namesake_ids(reading),
            },
        )
        # a figure a hundred times the geodesic is no misprint: a place is likely misread
        # ("about 22 km from Vasco da Gama", a ship's name read as a town on another continent)
        out.append(one_legs(sep, inp, factor, "more likely a place is not the one meant"))
    return out


def _area_note(a: Place, b: Place) -> str:
    """Why a miss measured from a small area is not judged ("" when neither is one): its point
    and reach come from its towns or a coarse shape, not from where the text means."""
    areas = [p for p in (a, b) if p.is_small_area]
    if not areas:
        return ""
    p = areas[0]
    return (
        f" {p.name} is an area (its land or towns within {fmt(p.extent_km, 'km')} of its "
        "point), and the text may mean a part of it other than its middle: not judged."
    )


def _namesake_ids(reading: tuple[Place, Place] | None) -> dict:
    """The computed values' record of a namesake reading: the two place ids it reads."""
    return {} if reading is None else {"namesake_reading": [reading[0].id, reading[1].id]}


def _reaches(a: Place, b: Place, km: float) -> bool:
    """Whether a route of ``km`` reaches from ``a`` to ``b`` (their extents allowed)."""
    return km >= geodesic_km(a.lat, a.lon, b.lat, b.lon) - a.extent_km - b.extent_km


def _separation_holds(a: Place, b: Place, lo: float, hi: float) -> bool:
    """Whether two places lie ``lo``-``hi`` km apart, within their extents."""
    g = geodesic_km(a.lat, a.lon, b.lat, b.lon)
    slack = a.extent_km + b.extent_km
    return lo - slack <= g <= hi + slack


def _bearing_holds(a: Place, b: Place, sector: str) -> bool:
    """Whether ``b`` lies in the compass ``sector`` of ``a`` (rhumb line or great circle)."""
    half = sector_half_width(sector)
    return (
        min(
            angle_off(rhumb_bearing(a.lat, a.lon, b.lat, b.lon), sector),
            angle_off(initial_bearing(a.lat, a.lon, b.lat, b.lon), sector),
        )
        <= half
    )


#: A stated separation without a compass word ("Chinchero, 30 km from Cusco") may be a road's
#: length: roads and railways seldom run more than twice the straight line (detour indices of
#: road networks are about 1.2-1.6, higher in mountains).
ROUTE_FACTOR = 2.0
#: The modes of a separation measured along a way ("725 km east of Perth by road"): a route's
#: length, which a compass word beside it does not make a straight line.
_WAYS = frozenset(("road", "train", "ship"))
#: Characters between a distance and its compass word ("60 km north", "60 km to the north").
_DISTANCE_GAP = 16


def _written_together(q: QuantityClaim, d: DirectionClaim) -> bool:
    """Whether a distance and a compass word are one position ("600 km south-east of Dhaka")."""
    return q.doc == d.doc and q.kind == "distance" and 0 <= d.start - q.end <= _DISTANCE_GAP


def _with_compass(c: QuantityClaim, inp: CheckInput) -> bool:
    """Whether a compass word follows the distance, making it a straight line."""
    return any(
        isinstance(d, DirectionClaim) and _written_together(c, d) for d in inp.claims.values()
    )


#: Places closer than this many times their extents (a suburb, an airfield by its city) have a
#: bearing their extents blur; farther apart, the bearing between their points is judged.
NEAR_EXTENTS = 3.0
#: A bearing at most this many degrees past a sector's edge, and within half of what the places'
#: extents blur, is at the edge, wherever the places lie: "El Arish, some 45 km west of Rafah" at
#: 246°, 1.5° short of the west sector with 10° of blur, is not judged (Orlando at 339° of Miami,
#: 1.5° past north-west with 2° of blur, still is).
EDGE_DEG = 5.0


def _trip_ends(
    c: DirectionClaim, inp: CheckInput, trips_of: dict[str, list]
) -> tuple[Place | None, Place | None]:
    """The start and end of the one trip a heading's document tells, as points (None, None
    when there is no such trip, or an end is unknown or an area; ``trips_of``: the trips by
    document)."""
    trips = trips_of.get(c.doc, [])
    if len(trips) != 1 or trips[0].origin is None or trips[0].destination is None:
        return None, None
    a, b = point_place(trips[0].origin, inp), point_place(trips[0].destination, inp)
    return (a, b) if a is not None and b is not None and a.id != b.id else (None, None)


def _compass_words(inp: CheckInput) -> dict[str, tuple[list[int], list[DirectionClaim]]]:
    """Each document's compass words (direction claims), by start: (starts, claims)."""
    by: dict[str, list[DirectionClaim]] = {}
    for d in inp.claims.values():
        if isinstance(d, DirectionClaim) and d.kind == "direction":
            by.setdefault(d.doc, []).append(d)
    out = {}
    for doc, ds in by.items():
        ds.sort(key=lambda d: d.start)
        out[doc] = ([d.start for d in ds], ds)
    return out


def _compass_ids(
    c: QuantityClaim, words: dict[str, tuple[list[int], list[DirectionClaim]]]
) -> tuple[str, ...]:
    """The compass words written with a separation's distance ("265 km south-east of Dakar"),
    which make it a straight line: cited with it (``words``: :func:`_compass_words`)."""
    starts, ds = words.get(c.doc, ([], []))
    lo, hi = bisect.bisect_left(starts, c.end), bisect.bisect_right(starts, c.end + _DISTANCE_GAP)
    return tuple(d.id for d in ds[lo:hi] if _written_together(c, d))


def check_direction(inp: CheckInput) -> list[Finding]:
    out = []
    trips_of: dict[str, list] | None = None  # the trips by document, read once if asked
    for c in inp.claims.values():
        if not isinstance(c, DirectionClaim) or c.kind not in ("direction", "heading"):
            continue
        guessed = c.kind == "heading"  # a course whose start the reading took from before
        whole = guessed and len(c.places) < 2  # "heading south": the trip's course, if any
        if whole and c.relation == Relation.PART:
            out.append(
                unverifiable(
                    "direction",
                    c,
                    f"'{c.text}' is one turn of a course told in turns (\"west, then north\"): "
                    "a part of the route, not the bearing from its start to its end.",
                )
            )
            continue
        if whole:
            if trips_of is None:
                trips_of = {}
                for t in inp.trips:
                    for d in dict.fromkeys(t.docs):
                        trips_of.setdefault(d, []).append(t)
            ref, sub = _trip_ends(c, inp, trips_of)
            if ref is None or sub is None:
                continue  # no trip with both ends: nothing to judge
        else:
            ref, sub = reference_and_subject(c, inp)
        if ref is None or sub is None:
            out.append(
                unverifiable(
                    "direction",
                    c,
                    f"'{c.text}': the places it relates are not both resolved.",
                )
            )
            continue
        brg = rhumb_bearing(ref.lat, ref.lon, sub.lat, sub.lon)
        # a compass word may mean either bearing: the constant one or the great circle's
        # start ("Marseille lies north-west of Athens": 291° on the rhumb line, 297° at the
        # start of the great circle); it fits when either does
        init = initial_bearing(ref.lat, ref.lon, sub.lat, sub.lon)
        half = sector_half_width(str(c.sector))
        by_rhumb = angle_off(brg, str(c.sector))
        off = min(by_rhumb, angle_off(init, str(c.sector)))
        ok = off <= half
        # the places' extents blur the bearing: seen from anywhere in a city 30 km across, a
        # suburb 12 km from its centre may lie in almost any direction
        g = geodesic_km(ref.lat, ref.lon, sub.lat, sub.lon)
        slack = ref.extent_km + sub.extent_km
        blur = 180.0 if g <= slack else math.degrees(math.asin(slack / g))
        near = (
            not ok
            and (g <= NEAR_EXTENTS * slack or off - half <= min(EDGE_DEG, blur / 2))
            and off <= half + blur
        )
        loose = not ok and not near and off <= _loose_width(str(c.sector)) and _bare(c, inp)
        reading = (
            None
            if ok or near or loose
            else namesake_reading(ref, sub, inp, partial(_bearing_holds, sector=str(c.sector)))
        )
        actual = f"{compass_name(brg)}, {brg:.0f}°"
        msg = (
            f"{sub.name} lies {actual} of {ref.name} (constant compass bearing); the stated "
            f"'{c.text}' covers {_sector(str(c.sector))}, so it {'fits' if ok else 'does not fit'}."
        )
        if ok and by_rhumb > half:
            msg = (
                f"{sub.name} lies {actual} of {ref.name} on a constant compass bearing and "
                f"{compass_name(init)}, {init:.0f}° at the start of the great circle; the stated "
                f"'{c.text}' covers {_sector(str(c.sector))}, which the great circle fits."
            )
        if near:
            msg = (
                f"{sub.name} lies {actual} of {ref.name} (constant compass bearing, "
                f"{fmt(g, 'km')} apart); the stated '{c.text}' covers "
                f"{_sector(str(c.sector))}, {off - half:.0f}° short of it, within the "
                f"{blur:.0f}° the places' extents ({fmt(slack, 'km')}) allow: not judged."
            )
        if loose:
            msg = (
                f"{sub.name} lies {actual} of {ref.name} (constant compass bearing): outside "
                f"the {_sector(str(c.sector))} that '{c.text}' covers, but '{c.text}' given "
                f"without a distance is often meant loosely ({_loosely(str(c.sector))}), "
                "which holds: not judged."
            )
        if reading is not None:
            msg += namesake_note(ref, sub, reading)
        area = not (ok or near or loose) and _area_note(ref, sub)
        if area:
            msg += area
        if whole and not ok:
            continue  # a heading measured on the trip's ends by a guess: only a fit is told
        if whole and ok:
            msg += (
                f" (The text names no end for this heading: the trip's ends, {ref.name} to "
                f"{sub.name}, stand for its course.)"
            )
        elif guessed and ok:
            msg += f" (The leg's start, {ref.name}, is where the sentences before leave it.)"
        guess = guessed and not (ok or near or loose or reading is not None or area)
        if guess:
            msg += (
                f" But the text does not say where this leg started: {ref.name} is where the "
                "sentences before leave the traveller, a guess; not judged."
            )
        out.append(
            Finding(
                "direction",
                "consistent"
                if ok
                else (
                    "unverifiable"
                    if near or loose or reading is not None or area or guess
                    else "inconsistent"
                ),
                (c.doc,),
                (c.id,),
                msg,
                {
                    "rhumb_bearing_deg": round(brg, 2),
                    "initial_bearing_deg": round(init, 2),
                    "stated": c.sector,
                    "degrees_off_centre": round(off, 2),
                    "actual_direction": compass_name(brg),
                    "reference": ref.id,
                    "subject": sub.id,
                    "extent_allowance_deg": round(blur, 2),
                    **_namesake_ids(reading),
                },
            )
        )
    return out


_WORDS = {"N": "north", "E": "east", "S": "south", "W": "west"}


def _loosely(point: str) -> str:
    """A bare compass word's loose reading: a cardinal point as the half-plane ("further
    north"), an intercardinal one as its quadrant ("south and east")."""
    if len(point) == 1:
        return f"further {_WORDS[point]}"
    return " and ".join(_WORDS[p] for p in point)


def _loose_width(point: str) -> float:
    """Degrees off a point's centre that its loose reading still covers (0: none, for the
    finer points such as "NNE", which are never loose)."""
    return {1: 90.0, 2: 45.0}.get(len(point), 0.0)


def _bare(c: DirectionClaim, inp: CheckInput) -> bool:
    """Whether a direction is given without a distance ("north of Rome", not "60 km north
    of Rome")."""
    return not any(
        isinstance(q, QuantityClaim) and _written_together(q, c) for q in inp.claims.values()
    )


def _sector(point: str) -> str:
    centre, half = COMPASS_16[point], sector_half_width(point)
    return f"{(centre - half) % 360:.1f}°-{(centre + half) % 360:.1f}°"
