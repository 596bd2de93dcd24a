"""The physics checks. Pure functions: claims, places and trips in, findings out.

Interval arithmetic throughout: a check is inconsistent only when no values inside the claims'
intervals can make the figures agree.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from .claims import Claim
from .findings import Finding, fmt, fmt_range
from .geodesy import (
    COMPASS_16,
    angle_off,
    compass_name,
    geodesic_km,
    rhumb_bearing,
    sector_half_width,
)
from .intervals import figure_interval, hedge_of
from .modes import MAX_SPEED_KMH, MODE_SOURCES
from .places import Place
from .trips import Trip, TripLeg, legs_match
from .units import convert, to_canonical

__all__ = ["CheckInput", "run_checks"]

INF = math.inf
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


_MODE_NOUN = {
    "train": "a train",
    "road": "a road vehicle",
    "ship": "a ship",
    "air": "an airliner",
    "foot": "a walker",
    "bicycle": "a cyclist",
}


@dataclass(frozen=True)
class CheckInput:
    claims: dict[str, Claim]
    places: dict[int, Place]
    trips: tuple[Trip, ...]
    router: Callable[[list[Place]], Any] | None = None  # rail routing (georoute.rail), or None


def _canon(c: Claim) -> tuple[float, float, float]:
    v, _ = to_canonical(float(c.value), c.unit)
    lo, _ = to_canonical(float(c.low), c.unit)
    hi, _ = to_canonical(float(c.high), c.unit)
    return v, lo, hi


def _q(c: Claim) -> str:
    """How the claim was written, with its hedge: 'about 50km/h'; '7 h' for a 'seven-hour' trip."""
    text = c.text
    if c.kind == "duration" and re.search(r"-(?:hour|minute|day|week)$", text):
        text = f"{fmt(float(c.value), c.unit)} ('{c.text}')"
    return f"{c.hedge} {text}" if c.hedge and c.hedge.casefold() not in text.casefold() else text


def _primary(cs: Iterable[Claim]) -> list[Claim]:
    return [c for c in cs if c.same_as is None]


def _leg_claims(leg: TripLeg, inp: CheckInput, kind: str) -> list[Claim]:
    return _primary(inp.claims[cid] for cid in leg.claims if inp.claims[cid].kind == kind)


def _is_upper(c: Claim) -> bool:
    h = hedge_of(c.hedge)
    return h is not None and h.kind == "upper"


# -- speed, distance, time -----------------------------------------------------------------
def check_speed_distance_time(inp: CheckInput) -> list[Finding]:
    """d = v·t on each leg of each document. Legs of one document with the same two known
    endpoints are one leg: "sailed from Cape Town to St Helena in eight days" and, a sentence
    later, "her yacht averaged 9 knots" on the trip those endpoints describe."""
    out = []
    for trip in inp.trips:
        groups: dict[tuple, list[TripLeg]] = {}
        for leg in trip.legs:
            for doc in leg.docs:
                ends = (leg.origin, leg.destination)
                key = (doc, *ends) if None not in ends else (doc, leg.id)
                groups.setdefault(key, []).append(leg)
        for (doc, *_), legs in groups.items():

            def mine(kind: str, doc: str = doc, legs: list[TripLeg] = legs) -> list[Claim]:
                return [c for lg in legs for c in _leg_claims(lg, inp, kind) if c.doc == doc]

            for d, t, v in itertools.product(mine("distance"), mine("duration"), mine("speed")):
                out.append(_sdt(d, t, v, legs[0], tuple(lg.id for lg in legs)))
    return out


def _sdt(d: Claim, t: Claim, v: Claim, leg: TripLeg, leg_ids: tuple[str, ...]) -> Finding:
    dv, dlo, dhi = _canon(d)
    tv, tlo, thi = _canon(t)
    vv, vlo, vhi = _canon(v)
    imp, imp_lo, imp_hi = dv / tv, dlo / thi if thi else INF, dhi / tlo if tlo > 0 else INF
    at_stated = dv / vv
    upper = _is_upper(v)
    # a daily rate ("25 km a day") already spreads the rests over the days
    resting = None if (v.unit or "").endswith("/d") else _rests(leg.mode or d.mode or t.mode, t)
    ok = imp_lo <= vhi if upper or resting else (imp_lo <= vhi and imp_hi >= vlo)
    stated = f"the stated {_q(v)}"
    daily = (v.unit or "").endswith("/d")

    def speed(x: float) -> str:  # in the stated speed's terms: km/h, or km a day for daily rates
        return f"{fmt(x * 24, 'km')} a day" if daily else fmt(x, "km/h")

    def speeds(lo: float, hi: float) -> str:
        if daily:
            return fmt_range(lo * 24, hi * 24, "km") + " a day"
        return fmt_range(lo, hi, "km/h")

    computed = {
        "implied_speed_kmh": round(imp, 3),
        "implied_speed_range_kmh": [round(imp_lo, 3), _r(imp_hi)],
        "stated_speed_range_kmh": [round(vlo, 3), _r(vhi)],
        "duration_at_stated_speed_h": round(at_stated, 3),
        "speed_is_upper_bound": upper,
    }
    if resting:
        computed["moving_time_unknown"] = True
        msg = (
            f"{fmt(dv, 'km')} in {_q(t)} ({fmt(tv, 'h')} elapsed) implies at least "
            f"{speed(imp_lo)} on the move ({_RESTERS[resting]} rest, so not all of it is "
            f"moving time); {stated} (at most {speed(vhi)}) "
            f"{'fits' if ok else 'is too slow'}: at {speed(vv)} the distance takes "
            f"{fmt(at_stated, 'h')} of {_MOVING[resting]}."
        )
    else:
        as_written = f"the figures as written allow {speeds(imp_lo, imp_hi)}"
        if upper:
            bound = f"the stated upper bound '{_q(v)}'"
            if imp <= vhi:
                rel = f"within {bound}"
            elif ok:
                rel = f"above {bound} at face value, but {as_written}, which reaches under it"
            else:
                rel = f"above {bound}"
        elif ok and vlo <= imp <= vhi:
            rel = f"within {stated} ({speeds(vlo, vhi)})"
        elif ok:
            rel = (
                f"outside {stated} ({speeds(vlo, vhi)}) at face value, but "
                f"{as_written}, which overlaps it"
            )
        elif imp_lo > vhi:
            rel = f"above {stated} (at most {speed(vhi)})"
        else:
            rel = f"below {stated} (at least {speed(vlo)})"
        msg = (
            f"{fmt(dv, 'km')} in {fmt(tv, 'h')} implies {speed(imp)}, {rel}; "
            f"at {speed(vv)} the trip takes {fmt(at_stated, 'h')}."
        )
    return Finding(
        "speed_distance_time",
        "consistent" if ok else "inconsistent",
        (d.doc,),
        (d.id, t.id, v.id),
        msg,
        computed,
        leg_ids,
    )


#: Modes whose travellers stop to sleep and eat on journeys of a day or more: their stated
#: speeds are moving speeds, and the elapsed time only bounds the moving time from above.
_RESTERS = {"foot": "walkers", "bicycle": "cyclists", "road": "drivers"}
_MOVING = {"foot": "walking", "bicycle": "cycling", "road": "driving"}


def _rests(mode: str | None, t: Claim) -> str | None:
    """The mode, when the duration spans days of a journey whose travellers rest."""
    if mode not in _RESTERS:
        return None
    _, lo, _ = _canon(t)
    return mode if lo >= 20 else None


def _r(x: float) -> float | None:
    return None if math.isinf(x) else round(x, 3)


# -- unit conversions ----------------------------------------------------------------------
def check_unit_conversion(inp: CheckInput) -> list[Finding]:
    out = []
    for c in inp.claims.values():
        if not c.same_as or c.kind not in ("distance", "speed", "duration"):
            continue
        a = inp.claims[c.same_as]
        a_lo, a_hi = _fig(a)
        b_lo, b_hi = _fig(c)
        conv_lo, conv_hi = convert(a_lo, a.unit, c.unit), convert(a_hi, a.unit, c.unit)
        ok = conv_lo <= b_hi and conv_hi >= b_lo
        conv = convert(float(a.value), a.unit, c.unit)
        msg = (
            f"{a.text} is {fmt(conv, c.unit)}, which {'rounds to' if ok else 'does not round to'} the "
            f"{c.text} given beside it (a figure written {b_lo:g}-{b_hi:g} {c.unit})."
        )
        out.append(
            Finding(
                "unit_conversion",
                "consistent" if ok else "inconsistent",
                (c.doc,),
                (a.id, c.id),
                msg,
                {
                    "converted": round(conv, 3),
                    "unit": c.unit,
                    "converted_range": [round(conv_lo, 3), round(conv_hi, 3)],
                    "written_range": [b_lo, b_hi],
                },
                (c.leg,) if c.leg else (),
            )
        )
    return out


def _fig(c: Claim) -> tuple[float, float]:
    m = re.match(r"\d[\d,]*(?:\.\d+)?", c.text)
    return figure_interval(m.group(0) if m else c.text, float(c.value), is_word=m is None)


# -- geodesic bound, separation, direction ---------------------------------------------------
def _point_ok(pid: int | None, inp: CheckInput) -> Place | None:
    if pid is None:
        return None
    p = inp.places.get(pid)
    return None if p is None or p.is_region else p


def check_geodesic_bound(inp: CheckInput) -> list[Finding]:
    out = []
    for trip in inp.trips:
        for leg in trip.legs:
            for d in _leg_claims(leg, inp, "distance"):
                o, de = _point_ok(leg.origin, inp), _point_ok(leg.destination, inp)
                if o is None or de is None:
                    out.append(
                        Finding(
                            "geodesic_bound",
                            "unverifiable",
                            (d.doc,),
                            (d.id,),
                            f"{_q(d)} cannot be set against a geodesic: the leg's endpoints are not both known places.",
                            {"origin": leg.origin, "destination": leg.destination},
                            (leg.id,),
                        )
                    )
                    continue
                g = geodesic_km(o.lat, o.lon, de.lat, de.lon)
                slack = o.extent_km + de.extent_km
                _, lo, hi = _canon(d)
                ok = hi >= g - slack
                src = " (endpoints of the whole trip the articles describe)" if leg.inferred else ""
                if hi >= g:
                    verdict = f"is at least the {fmt(g, 'km')} geodesic between them."
                elif ok:
                    verdict = (
                        f"is under the {fmt(g, 'km')} geodesic between their centres, but within "
                        f"the {fmt(slack, 'km')} their extent allows (stations, ports and airports "
                        "lie away from a city's centre)."
                    )
                else:
                    verdict = (
                        f"is shorter than the {fmt(g, 'km')} geodesic between them "
                        f"({fmt(g - slack, 'km')} even from the edges of the two places), "
                        "which no route can beat."
                    )
                msg = f"{_q(d)} from {o.name} to {de.name}{src} {verdict}"
                out.append(
                    Finding(
                        "geodesic_bound",
                        "consistent" if ok else "inconsistent",
                        (d.doc,),
                        (d.id,),
                        msg,
                        {
                            "geodesic_km": round(g, 3),
                            "extent_allowance_km": round(slack, 3),
                            "stated_range_km": [round(lo, 3), _r(hi)],
                            "origin": o.id,
                            "destination": de.id,
                            "endpoints_inferred": leg.inferred,
                        },
                        (leg.id,),
                    )
                )
    return out


def check_separation(inp: CheckInput) -> list[Finding]:
    out = []
    for c in _primary(inp.claims.values()):
        if c.kind != "distance" or c.relation != "separation":
            continue
        ref, sub = (_point_ok(p, inp) for p in ((*c.places, None, None))[:2])
        if ref is None or sub is None:
            out.append(
                Finding(
                    "separation",
                    "unverifiable",
                    (c.doc,),
                    (c.id,),
                    f"{_q(c)}: the two places it separates are not both resolved.",
                    {},
                )
            )
            continue
        g = geodesic_km(ref.lat, ref.lon, sub.lat, sub.lon)
        slack = ref.extent_km + sub.extent_km
        _, lo, hi = _canon(c)
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
            f"{sub.name} lies {fmt(g, 'km')} from {ref.name} on the geodesic; the stated {_q(c)} "
            f"allows {fmt_range(lo, hi, 'km')}, so it {fits}{longer}."
        )
        out.append(
            Finding(
                "separation",
                "consistent" if ok else "inconsistent",
                (c.doc,),
                (c.id,),
                msg,
                {
                    "geodesic_km": round(g, 3),
                    "extent_allowance_km": round(slack, 3),
                    "stated_range_km": [round(lo, 3), _r(hi)],
                    "reference": ref.id,
                    "subject": sub.id,
                },
            )
        )
    return out


def check_direction(inp: CheckInput) -> list[Finding]:
    out = []
    for c in inp.claims.values():
        if c.kind != "direction":
            continue
        ref, sub = (_point_ok(p, inp) for p in ((*c.places, None, None))[:2])
        if ref is None or sub is None:
            out.append(
                Finding(
                    "direction",
                    "unverifiable",
                    (c.doc,),
                    (c.id,),
                    f"'{c.text}': the places it relates are not both resolved.",
                    {},
                )
            )
            continue
        brg = rhumb_bearing(ref.lat, ref.lon, sub.lat, sub.lon)
        off = angle_off(brg, str(c.value))
        ok = off <= sector_half_width(str(c.value))
        actual = f"{compass_name(brg)}, {brg:.0f}°"
        msg = (
            f"{sub.name} lies {actual} of {ref.name} (constant compass bearing); the stated "
            f"'{c.text}' covers {_sector(str(c.value))}, so it {'fits' if ok else 'does not fit'}."
        )
        out.append(
            Finding(
                "direction",
                "consistent" if ok else "inconsistent",
                (c.doc,),
                (c.id,),
                msg,
                {
                    "rhumb_bearing_deg": round(brg, 2),
                    "stated": c.value,
                    "degrees_off_centre": round(off, 2),
                    "actual_direction": compass_name(brg),
                    "reference": ref.id,
                    "subject": sub.id,
                },
            )
        )
    return out


def _sector(point: str) -> str:
    centre, half = COMPASS_16[point], sector_half_width(point)
    return f"{(centre - half) % 360:.1f}°-{(centre + half) % 360:.1f}°"


# -- across documents -------------------------------------------------------------------------
def check_cross_source(inp: CheckInput) -> list[Finding]:
    out = []
    for trip in inp.trips:
        legs = sorted(trip.legs, key=lambda lg: lg.id)
        for a, b in itertools.combinations(legs, 2):
            if set(a.docs) & set(b.docs) or not legs_match(a, b, inp.places):
                continue
            for kind in ("distance", "duration", "speed"):
                for ca, cb in itertools.product(
                    _leg_claims(a, inp, kind), _leg_claims(b, inp, kind)
                ):
                    if _is_upper(ca) or _is_upper(cb):
                        continue
                    ca, cb = sorted((ca, cb), key=lambda c: c.doc)
                    _, alo, ahi = _canon(ca)
                    _, blo, bhi = _canon(cb)
                    ok = alo <= bhi and blo <= ahi
                    unit = {"distance": "km", "duration": "h", "speed": "km/h"}[kind]
                    msg = (
                        f"{ca.doc} says {_q(ca)} ({fmt_range(alo, ahi, unit)}) and {cb.doc} says {_q(cb)} "
                        f"({fmt_range(blo, bhi, unit)}) for the same leg; these "
                        f"{'overlap' if ok else 'cannot both be true'}."
                    )
                    out.append(
                        Finding(
                            "cross_source",
                            "consistent" if ok else "inconsistent",
                            (ca.doc, cb.doc),
                            (ca.id, cb.id),
                            msg,
                            {
                                "kind": kind,
                                "ranges": {
                                    ca.id: [round(alo, 3), _r(ahi)],
                                    cb.id: [round(blo, 3), _r(bhi)],
                                },
                            },
                            tuple(sorted({a.id, b.id})),
                        )
                    )
        out.extend(_destinations(trip, inp))
    return out


def _destinations(trip: Trip, inp: CheckInput) -> list[Finding]:
    dests: dict[int, list[Claim]] = {}
    for c in sorted(inp.claims.values(), key=lambda c: c.id):
        if c.kind == "place" and c.relation == "destination" and c.doc in trip.docs and c.places:
            dests.setdefault(c.places[0], []).append(c)
    ids = sorted(p for p in dests if not inp.places[p].is_region)
    out = []
    for x, y in itertools.combinations(ids, 2):
        px, py = inp.places[x], inp.places[y]
        pairs = [(a, b) for a in dests[x] for b in dests[y] if a.doc != b.doc]
        if not pairs:
            continue  # one article naming two places is not two sources disagreeing
        cx, cy = pairs[0]
        g = geodesic_km(px.lat, px.lon, py.lat, py.lon)
        spec = [c for c in (cx, cy) if all(d.speculative for d in dests[c.places[0]])]
        note = (
            ""
            if not spec
            else " ("
            + "; ".join(
                f"{c.doc} only speculates about {inp.places[c.places[0]].name}" for c in spec
            )
            + ")"
        )
        msg = (
            f"{cx.doc} names {px.name} and {cy.doc} names {py.name} as where the same trip goes, "
            f"{fmt(g, 'km')} apart{note}."
        )
        docs = tuple(sorted({cx.doc, cy.doc}))
        out.append(
            Finding(
                "cross_source",
                "inconsistent",
                docs,
                (cx.id, cy.id),
                msg,
                {
                    "kind": "destination",
                    "destinations": [px.id, py.id],
                    "separation_km": round(g, 3),
                    "speculative": [c.id for c in spec],
                },
            )
        )
    return out


# -- time ----------------------------------------------------------------------------------
def _utc(t: dt.datetime, tz: str | None) -> dt.datetime:
    """A local wall time in zone ``tz`` (IANA name, ``UTC±hh:mm``, or None for UTC) as UTC."""
    if tz and tz.startswith("UTC") and len(tz) > 3:
        sign = 1 if tz[3] == "+" else -1
        h, m = int(tz[4:6]), int(tz[7:9])
        zone: dt.tzinfo = dt.timezone(sign * dt.timedelta(hours=h, minutes=m))
    else:
        zone = ZoneInfo(tz) if tz else dt.UTC
    return t.replace(tzinfo=zone).astimezone(dt.UTC)


def _most_precise(times: list[Claim]) -> list[list[Claim]]:
    """The narrowest windows of one trip, each with every claim that states it.

    A window that holds a narrower one is dropped, whichever document states it ("Sunday"
    around "Sunday afternoon", "Monday" around "9am"); documents that state the same window
    ("Sunday afternoon" in two reports) share one group, so one finding cites them all.
    """
    kept = [
        c
        for c in times
        if not any(
            d is not c
            and d.zone == c.zone
            and c.begin <= d.begin
            and d.until <= c.until
            and (d.until - d.begin) < (c.until - c.begin)
            for d in times
        )
    ]
    groups: dict[tuple, list[Claim]] = {}
    for c in sorted(kept, key=lambda c: (c.doc, c.start)):
        groups.setdefault((c.begin, c.until, c.zone), []).append(c)
    return list(groups.values())


def _span_h(lo: float, hi: float) -> str:
    return fmt(hi, "h") if abs(hi - lo) < 0.05 else f"{fmt(lo)}-{fmt(hi, 'h')}"


def check_timeline(inp: CheckInput) -> list[Finding]:
    out = []
    for trip in inp.trips:
        if len(trip.legs) == 0:
            continue
        cl = [c for c in inp.claims.values() if c.doc in trip.docs and c.kind in ("time", "date")]
        deps = [c for c in cl if c.relation == "departure"]
        arrs = [c for c in cl if c.relation in ("arrival", "crossing")]
        for c in deps + arrs:
            if c.begin is None:
                out.append(
                    Finding(
                        "timeline",
                        "unverifiable",
                        (c.doc,),
                        (c.id,),
                        f"'{c.text}' cannot be placed in time: the article has no dateline (set one with --date).",
                        {},
                    )
                )
        deps = _most_precise([c for c in deps if c.begin is not None])
        arrs = _most_precise([c for c in arrs if c.begin is not None])
        origin = inp.places.get(trip.origin) if trip.origin else None
        dest = inp.places.get(trip.destination) if trip.destination else None
        durs = [
            c
            for lg in trip.legs
            if lg.inferred or (lg.origin, lg.destination) == (trip.origin, trip.destination)
            for c in _leg_claims(lg, inp, "duration")
        ]
        for dep_group, arr_group, dur in itertools.product(deps, arrs, durs):
            dep, arr = dep_group[0], arr_group[0]
            dep_docs = ", ".join(dict.fromkeys(c.doc for c in dep_group))
            arr_docs = ", ".join(dict.fromkeys(c.doc for c in arr_group))
            tz_o = dep.zone or (origin.timezone if origin else None)
            tz_d = arr.zone or (dest.timezone if dest else None)
            e_lo = (_utc(arr.begin, tz_d) - _utc(dep.until, tz_o)).total_seconds() / 3600
            e_hi = (_utc(arr.until, tz_d) - _utc(dep.begin, tz_o)).total_seconds() / 3600
            _, lo, hi = _canon(dur)
            ok = lo <= e_hi and hi >= max(e_lo, 0)
            word = "crossing" if arr.relation == "crossing" else "arrival"
            msg = (
                f"The departure '{dep.text}' ({dep_docs}, {tz_o or 'UTC'}) and the {word} "
                f"'{arr.text}' ({arr_docs}, {tz_d or 'UTC'}) are {_span_h(max(e_lo, 0), e_hi)} apart, so "
                f"{_q(dur)} ({dur.doc}) {'fits' if ok else 'cannot fit'}."
            )
            out.append(
                Finding(
                    "timeline",
                    "consistent" if ok else "inconsistent",
                    tuple(sorted({c.doc for c in (*dep_group, *arr_group, dur)})),
                    (*(c.id for c in dep_group), *(c.id for c in arr_group), dur.id),
                    msg,
                    {
                        "elapsed_h": [round(max(e_lo, 0), 3), round(e_hi, 3)],
                        "stated_h": [round(lo, 3), _r(hi)],
                        "departure_tz": tz_o,
                        "arrival_tz": tz_d,
                        "departure_utc": [
                            _utc(dep.begin, tz_o).isoformat(),
                            _utc(dep.until, tz_o).isoformat(),
                        ],
                        "arrival_utc": [
                            _utc(arr.begin, tz_d).isoformat(),
                            _utc(arr.until, tz_d).isoformat(),
                        ],
                    },
                )
            )
    return out


def check_calendar(inp: CheckInput) -> list[Finding]:
    out = []
    for c in inp.claims.values():
        if (
            c.kind == "date"
            and c.weekday is not None
            and c.date is not None
            and re.search(r"\d{4}|\d{1,2}", c.text)
        ):
            ok = c.date.weekday() == c.weekday
            msg = (
                f"{c.date:%B} {c.date.day}, {c.date.year} was a {_WEEKDAY_NAMES[c.date.weekday()]}, "
                f"{'as' if ok else 'not a ' + _WEEKDAY_NAMES[c.weekday] + ' as'} '{c.text}' says."
            )
            out.append(
                Finding(
                    "calendar",
                    "consistent" if ok else "inconsistent",
                    (c.doc,),
                    (c.id,),
                    msg,
                    {
                        "date": c.date.isoformat(),
                        "weekday_of_date": _WEEKDAY_NAMES[c.date.weekday()],
                        "stated_weekday": _WEEKDAY_NAMES[c.weekday],
                    },
                )
            )
    for trip in inp.trips:
        evs = sorted(
            (c for c in inp.claims.values() if c.doc in trip.docs and c.event and c.begin),
            key=lambda c: c.id,
        )
        for a, b in itertools.combinations(evs, 2):
            if a.doc == b.doc or a.event != b.event:
                continue
            ok = a.begin < b.until and b.begin < a.until
            msg = (
                f"{a.doc} dates the {a.event} '{a.text}' ({a.begin:%Y-%m-%d} to {(a.until - dt.timedelta(seconds=1)):%Y-%m-%d}) and "
                f"{b.doc} '{b.text}' ({b.begin:%Y-%m-%d}); these {'agree' if ok else 'do not overlap'}."
            )
            out.append(
                Finding(
                    "calendar",
                    "consistent" if ok else "inconsistent",
                    tuple(sorted({a.doc, b.doc})),
                    (a.id, b.id),
                    msg,
                    {
                        "windows": {
                            a.id: [a.begin.isoformat(), a.until.isoformat()],
                            b.id: [b.begin.isoformat(), b.until.isoformat()],
                        }
                    },
                )
            )
    return out


def check_plausibility(inp: CheckInput) -> list[Finding]:
    out = []
    for trip in inp.trips:
        for leg in trip.legs:
            mode = leg.mode
            for t in _leg_claims(leg, inp, "duration"):
                ds = [c for c in _leg_claims(leg, inp, "distance") if c.doc == t.doc]
                _, tlo, thi = _canon(t)
                if ds:
                    _, dlo, _dhi = _canon(ds[0])
                    basis, used = f"{_q(ds[0])}", (ds[0].id, t.id)
                    dlo = dlo if dlo > 0 else 0.0
                else:
                    o, de = _point_ok(leg.origin, inp), _point_ok(leg.destination, inp)
                    if o is None or de is None:
                        continue
                    dlo = geodesic_km(o.lat, o.lon, de.lat, de.lon)
                    basis, used = (
                        f"the {fmt(dlo, 'km')} geodesic from {o.name} to {de.name}",
                        (t.id,),
                    )
                if mode not in MAX_SPEED_KMH:
                    out.append(
                        Finding(
                            "plausibility",
                            "unverifiable",
                            (t.doc,),
                            used,
                            f"{_q(t)}: no mode of travel is stated, so no speed limit applies.",
                            {},
                        )
                    )
                    continue
                need = dlo / thi if thi else INF
                top = MAX_SPEED_KMH[mode]
                ok = need <= top
                msg = (
                    f"{basis} in {_q(t)} ({fmt_range(tlo, thi, 'h')}) needs at least {fmt(need, 'km/h')} by {mode}, "
                    f"{'within' if ok else 'beyond'} the {fmt(top, 'km/h')} {_MODE_NOUN.get(mode, mode)} can do ({MODE_SOURCES[mode]})."
                )
                out.append(
                    Finding(
                        "plausibility",
                        "consistent" if ok else "inconsistent",
                        (t.doc,),
                        used,
                        msg,
                        {"min_speed_kmh": round(need, 3), "max_speed_kmh": top, "mode": mode},
                        (leg.id,),
                    )
                )
    return out


#: Tolerance of route_length: the network runs 3-18 % short of published track lengths (the
#: geometry is simplified), so a stated distance may exceed the network route by up to 25 % plus
#: the snapping distance, and fall short of it by at most 15 % (25 % short is inconsistent).
ROUTE_ABOVE = 1.25
ROUTE_BELOW = 0.85


def _route_finding(
    d: Claim,
    leg_ids: tuple[str, ...],
    o: Place,
    de: Place,
    inp: CheckInput,
    alternative: bool = False,
) -> Finding:
    from .rail import RouteError

    _, lo, hi = _canon(d)
    try:
        r = inp.router([o, de])
    except RouteError as exc:
        return Finding(
            "route_length",
            "unverifiable",
            (d.doc,),
            (d.id,),
            f"{_q(d)} from {o.name} to {de.name} cannot be routed: {exc}.",
            {},
            leg_ids,
        )
    top = r.length_km * ROUTE_ABOVE + r.snap_km
    bottom = r.length_km * ROUTE_BELOW
    ok = hi >= bottom and lo <= top
    via = ", ".join(r.countries)
    extra = f"; {r.notes[0]}" if r.notes else ""
    bridged = f"; {len(r.bridges)} gap(s) under 1 km bridged" if r.bridges else ""
    what = "the alternative destination " if alternative else ""
    far = [sn for sn in r.snaps if sn.km > 5.0]
    if far:
        extra += "; " + "; ".join(
            f"{sn.place} lies {fmt(sn.km, 'km')} off the network, so the route stops short of it"
            for sn in far
        )
    msg = (
        f"By rail from {o.name} to {what}{de.name} the network route is {fmt(r.length_km, 'km')} (through {via}{extra}{bridged}); "
        f"{_q(d)} {'fits' if ok else 'does not fit'} it (allowed {fmt(bottom)}-{fmt(top, 'km')}, as the data runs short)."
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
        },
        leg_ids,
    )


def check_route_length(inp: CheckInput) -> list[Finding]:
    """Stated rail distances against the network route of their leg (and of alternative destinations)."""
    out = []
    for trip in inp.trips:
        alternatives = sorted(
            {
                c.places[0]
                for c in inp.claims.values()
                if c.doc in trip.docs
                and c.kind == "place"
                and c.relation == "destination"
                and c.speculative
                and c.places
            }
            - {trip.destination}
        )
        for leg in trip.legs:
            for d in _leg_claims(leg, inp, "distance"):
                if leg.mode != "train":
                    why = (
                        f"no {leg.mode} network is loaded"
                        if leg.mode
                        else "the article gives no mode of travel"
                    )
                    out.append(
                        Finding(
                            "route_length",
                            "unverifiable",
                            (d.doc,),
                            (d.id,),
                            f"{_q(d)} cannot be set against a route: {why}; only rail routes are checked.",
                            {},
                            (leg.id,),
                        )
                    )
                    continue
                o, de = _point_ok(leg.origin, inp), _point_ok(leg.destination, inp)
                if o is None or de is None or inp.router is None:
                    out.append(
                        Finding(
                            "route_length",
                            "unverifiable",
                            (d.doc,),
                            (d.id,),
                            f"{_q(d)} by rail: the leg's endpoints are not both known places.",
                            {},
                            (leg.id,),
                        )
                    )
                    continue
                out.append(_route_finding(d, (leg.id,), o, de, inp))
                if leg.inferred:
                    for alt in alternatives:
                        p = _point_ok(alt, inp)
                        if p is not None:
                            out.append(_route_finding(d, (leg.id,), o, p, inp, alternative=True))
    return out


CHECKS = (
    check_speed_distance_time,
    check_unit_conversion,
    check_geodesic_bound,
    check_separation,
    check_direction,
    check_route_length,
    check_cross_source,
    check_timeline,
    check_calendar,
    check_plausibility,
)


def run_checks(inp: CheckInput) -> list[Finding]:
    """Every check, in a fixed order."""
    return [f for check in CHECKS for f in check(inp)]
