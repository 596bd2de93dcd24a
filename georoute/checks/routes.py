"""Stated rail distances against the network route of a router (see CheckInput.router)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from georoute.base.claims import QuantityClaim
from georoute.base.errors import RouteUnavailable
from georoute.base.findings import Finding, FoundRoute, fmt
from georoute.base.geodesy import geodesic_km
from georoute.base.places import Place
from georoute.checks.common import (
    CheckInput,
    canon,
    leg_claims,
    quote,
    town_place,
    unverifiable,
)
from georoute.checks.index import ClaimsByDoc

#: Tolerance of route_length, from the network's routes between the ends of 22 lines whose
#: published lengths were sourced (``benchmarks/route_tolerance.py`` reads
#: ``benchmarks/route_lengths.csv``): where the network routes the line credibly (18), the
#: published length is 0.925-1.106 times it (the simplified geometry mostly runs short; below 1
#: where the network takes another path than the line, as Mumbai-New Delhi, 1,386 km against
#: 1,498). A stated distance may exceed the network route by up to 25 % plus the snapping
#: distance, and fall short of it by 10 % (the largest shortfall seen and a margin) less the
#: snapping distance, where the network route is as direct as the sourced lines (at most
#: ``ROUTE_DIRECT`` times the geodesic; they run 1.02-1.31 times it). A longer network route
#: may be a detour the line travelled does not take, and keeps the former allowance of 15 %.
#: A winding hill line (a network route over ``ROUTE_DIRECT`` times the geodesic) loses more in
#: the simplified geometry: Colombo-Badulla's published 290.6 km is 1.28 times the network's
#: route, so such a route allows 40 % above it (``ROUTE_ABOVE_WINDING``).
ROUTE_ABOVE = 1.25
ROUTE_ABOVE_WINDING = 1.40
ROUTE_BELOW = 0.90
ROUTE_DIRECT = 1.35
ROUTE_BELOW_DETOUR = 0.85
ROUTE_CREDIBLE = 2.0
#: A stated rail distance more than this many times the network route is no overstated route:
#: slips overstate a line by a tenth to almost threefold (240 km for an 88 km line), while a misread
#: end (a suburb for the city) or a figure of something else (a whole line's length beside a
#: trip on part of it) gives several times; so it is not judged.
ROUTE_FAR_ABOVE = 3.0
#: An end farther than this (km) from the network, farther than a city's station lies from its
#: centre (Venice: 5 km): the line that reaches it may be missing from the data, so the network
#: route is no measure of a longer stated distance.
SNAP_FAR_KM = 15.0
#: A gap the router crossed up to this long (km) is a small break in the data (the rail
#: module's BRIDGE_KM); a longer one joins two pieces of the network as a straight line.
SMALL_GAP_KM = 1.0


def _route_finding(
    d: QuantityClaim,
    leg_ids: tuple[str, ...],
    o: Place,
    de: Place,
    router: Callable[[list[Place]], Any],
    alternative: bool = False,
    inferred: bool = False,
    passing: tuple[Place, ...] = (),
) -> Finding:
    _, lo, hi = canon(d)
    try:
        r = router([o, de])
    except RouteUnavailable as exc:
        return unverifiable(
            "route_length",
            d,
            f"{quote(d)} from {o.name} to {de.name} cannot be routed: {exc}.",
            {},
            leg_ids,
        )
    g = geodesic_km(o.lat, o.lon, de.lat, de.lon)
    direct = r.length_km <= ROUTE_DIRECT * g + r.snap_km
    top = r.length_km * (ROUTE_ABOVE if direct else ROUTE_ABOVE_WINDING) + r.snap_km
    bottom = max(0.0, r.length_km * (ROUTE_BELOW if direct else ROUTE_BELOW_DETOUR) - r.snap_km)
    ok = hi >= bottom and lo <= top
    if lo > top and passing:
        # longer than the shortest route, and the sentence names the places passed ("the
        # 575.6-km route via Nagano, Toyama and Kanazawa"): the line through them may be the
        # one travelled. Only ever a longer allowance: the network's route through points it
        # may not reach directly is no lower bound.
        try:
            rv = router([o, *passing, de])
        except RouteUnavailable:
            rv = None  # a place passed lies off the network: the route between the ends
        if rv is not None and rv.length_km > r.length_km:
            r, top = rv, rv.length_km * ROUTE_ABOVE + rv.snap_km
            ok = lo <= top
            points = [o, *passing, de]
            g = sum(geodesic_km(x.lat, x.lon, y.lat, y.lon) for x, y in pairwise(points))
        else:
            passing = ()
    else:
        passing = ()

    def not_judged(message: str) -> Finding:
        return unverifiable(
            "route_length",
            d,
            message,
            {"route_km": round(r.length_km, 3), "geodesic_km": round(g, 3)},
            leg_ids,
        )

    missing = [sn for sn in r.snaps if sn.km > SNAP_FAR_KM]
    gaps = [b[2] for b in r.bridges if b[2] > SMALL_GAP_KM]
    indirect = r.length_km > ROUTE_DIRECT * g + r.snap_km
    if gaps and (not ok or indirect):
        # a route over gaps in the data is a measure only where it fits and runs as directly
        # as the sourced lines: a gap may shorten the line, or send the route round a detour
        runs = (
            f" and runs {fmt(r.length_km / g)} times the {fmt(g, 'km')} geodesic"
            if indirect
            else ""
        )
        return not_judged(
            f"{quote(d)} by rail from {o.name} to {de.name}: the network route of "
            f"{fmt(r.length_km, 'km')} crosses {len(gaps)} gap(s) in the data as straight lines "
            f"(longest {fmt(max(gaps), 'km')}){runs}, so it is no measure of the line: not judged."
        )
    doubt, side = None, ""
    if not ok and lo > top:
        side = f"is longer than the {fmt(r.length_km, 'km')} network route"
        if missing:
            doubt = (
                f"{missing[0].place} lies {fmt(missing[0].km, 'km')} off the network, so the "
                "line that reaches it may be missing from the data"
            )
        elif r.length_km < g:
            doubt = (
                f"that route is shorter than the {fmt(g, 'km')} geodesic between the places, so "
                "the data stops short of them and misses part of the line"
            )
        elif lo > ROUTE_FAR_ABOVE * r.length_km + r.snap_km:
            doubt = (
                f"it is {fmt(lo / max(r.length_km, 1e-9))} times the network route, more than "
                "an overstated line: an end is more likely misread, or the figure measures "
                "something else (a whole line beside a trip on part of it)"
            )
    elif not ok and hi < bottom:
        side = "is short of the network route"
        if r.length_km > ROUTE_CREDIBLE * g + r.snap_km:
            doubt = (
                f"the network route is {fmt(r.length_km, 'km')}, {fmt(r.length_km / g)} times the "
                f"{fmt(g, 'km')} geodesic{' through the places passed' if passing else ''}, so the "
                f"network may lack the direct line"
            )
        elif inferred and not alternative:
            doubt = (
                f"its own sentence names no endpoints, so it may describe a part of the "
                f"{fmt(r.length_km, 'km')} network route"
            )
    if doubt is not None:
        return not_judged(
            f"{quote(d)} by rail from {o.name} to {de.name} {side}, but {doubt}: not judged."
        )
    via = ", ".join(r.countries)
    extra = f"; {r.notes[0]}" if r.notes else ""
    small = len(r.bridges) - len(gaps)
    bridged = f"; {small} gap(s) under 1 km bridged" if small else ""
    if gaps:
        bridged += (
            f"; {len(gaps)} gap(s) in the data crossed as straight lines (longest "
            f"{fmt(max(gaps), 'km')})"
        )
    what = "the alternative destination " if alternative else ""
    far = [sn for sn in r.snaps if sn.km > 5.0]
    if far:
        extra += "; " + "; ".join(
            f"{sn.place} lies {fmt(sn.km, 'km')} off the network, so the route stops short of it"
            for sn in far
        )
    passed = f" via {_names([p.name for p in passing])}" if passing else ""
    msg = (
        f"By rail from {o.name} to {what}{de.name}{passed} the network route is {fmt(r.length_km, 'km')} (through {via}{extra}{bridged}); "
        f"{quote(d)} {'fits' if ok else 'does not fit'} it (allowed {fmt(bottom)}-{fmt(top, 'km')}, as the data runs short)."
    )
    return Finding(
        "route_length",
        "consistent" if ok else "inconsistent",
        (d.doc,),
        (d.id,),
        msg,
        {
            "route_km": round(r.length_km, 3),
            "allowed_km": [round(bottom, 3), round(top, 3)],
            "countries": list(r.countries),
            "crossings": [list(c) for c in r.crossings],
            "snaps_km": {s.place: round(s.km, 3) for s in r.snaps},
            "bridges": [list(b) for b in r.bridges],
            "origin": o.id,
            "destination": de.id,
            "alternative": alternative,
            "via": [p.id for p in passing],
        },
        leg_ids,
        FoundRoute(o.id, de.id, r.length_km, tuple(r.coords), tuple(r.countries), alternative),
    )


def _names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _memo(router: Callable[[list[Place]], Any]) -> Callable[[list[Place]], Any]:
    """``router`` asked once per sequence of places (a corpus routes the same pairs again and
    again); a failure is remembered and raised again too."""
    seen: dict[tuple[int, ...], Any] = {}

    def route(places: list[Place]) -> Any:
        key = tuple(p.id for p in places)
        if key not in seen:
            try:
                seen[key] = router(places)
            except RouteUnavailable as exc:
                seen[key] = exc
        if isinstance(seen[key], RouteUnavailable):
            raise seen[key]
        return seen[key]

    return route


def _speculated(claims) -> frozenset[int]:
    """The places the claims name as a destination only speculated about."""
    return frozenset(
        c.places[0]
        for c in claims
        if c.kind == "place" and c.relation == "destination" and c.speculative and c.places
    )


def check_route_length(inp: CheckInput) -> list[Finding]:
    """Stated rail distances against the network route of their leg (and of alternative
    destinations). The router is first called when a rail leg with two known ends needs it."""
    out = []
    router = _memo(inp.router) if inp.router is not None else None
    by_doc = ClaimsByDoc(inp)
    for trip in inp.trips:
        alternatives = sorted(by_doc.derived(trip.docs, _speculated) - {trip.destination})
        for leg in trip.legs:
            judged: list[tuple[QuantityClaim, Finding, str]] = []  # the leg's own, between its ends
            for d in leg_claims(leg, inp, "distance"):
                if leg.mode != "train":
                    why = (
                        f"no {leg.mode} network is loaded"
                        if leg.mode
                        else "the article gives no mode of travel"
                    )
                    out.append(
                        unverifiable(
                            "route_length",
                            d,
                            f"{quote(d)} cannot be set against a route: {why}; only rail routes are checked.",
                            {},
                            (leg.id,),
                        )
                    )
                    continue
                o, de = town_place(leg.origin, inp), town_place(leg.destination, inp)
                if o is None or de is None or router is None:
                    out.append(
                        unverifiable(
                            "route_length",
                            d,
                            f"{quote(d)} by rail: the leg's endpoints are not both known places.",
                            {},
                            (leg.id,),
                        )
                    )
                    continue
                # "the 575.6-km route via Nagano, Toyama and Kanazawa": the line the sentence
                # names, not the network's shortest (towns only: a region is no
                # one point)
                passing = tuple(p for p in (town_place(v, inp) for v in leg.via) if p is not None)
                found = _route_finding(
                    d, (leg.id,), o, de, router, inferred=leg.inferred, passing=passing
                )
                judged.append((d, found, f"{o.name} and {de.name}"))
                out.append(found)
                if leg.inferred and not leg.basis:
                    # (a leg whose other end is read from a straight line or a service's pair
                    # of towns is no trip to a destination the story speculates about)
                    for alt in alternatives:
                        p = town_place(alt, inp)
                        if p is not None:
                            out.append(_route_finding(d, (leg.id,), o, p, router, alternative=True))
            out = _one_verdict_a_leg(out, judged)
    return out


def _one_verdict_a_leg(
    out: list[Finding], judged: list[tuple[QuantityClaim, Finding, str]]
) -> list[Finding]:
    """A leg's distances that miss its network route when another of its distances fits it
    are not judged ("the 1,142-km section ... some 550 km runs over permafrost": a part of the
    line, or another measure): one leg never gets both verdicts from this check."""
    fit = next((d for d, f, _ in judged if f.verdict == "consistent"), None)
    if fit is None:
        return out
    swap = {}
    for d, f, ends in judged:
        if f.verdict == "inconsistent" and d.id != fit.id and d.same_as != fit.id:
            swap[id(f)] = unverifiable(
                "route_length",
                d,
                f"{quote(d)} does not fit the {fmt(f.computed['route_km'], 'km')} network route "
                f"between {ends}, but the leg also states {quote(fit)}, which fits it: "
                "this one may measure a part of the line or something else, so it is not judged.",
                {"route_km": f.computed["route_km"]},
                f.legs,
            )
    return [swap.get(id(f), f) for f in out]
