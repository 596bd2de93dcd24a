"""Figures against each other: d = v·t, conversions written twice, what a mode can do."""

from __future__ import annotations

import itertools

from ..claims import Claim
from ..findings import Finding, fmt, fmt_range
from ..geodesy import geodesic_km
from ..modes import MAX_SPEED_KMH, MODE_SOURCES
from ..trips import TripLeg
from ..units import convert
from .common import (
    INF,
    CheckInput,
    canon,
    figure_of,
    finite_or_none,
    is_upper,
    leg_claims,
    point_place,
    quote,
)


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
                return [c for lg in legs for c in leg_claims(lg, inp, kind) if c.doc == doc]

            for d, t, v in itertools.product(mine("distance"), mine("duration"), mine("speed")):
                out.append(_sdt(d, t, v, legs[0], tuple(lg.id for lg in legs)))
    return out


def _sdt(d: Claim, t: Claim, v: Claim, leg: TripLeg, leg_ids: tuple[str, ...]) -> Finding:
    dv, dlo, dhi = canon(d)
    tv, tlo, thi = canon(t)
    vv, vlo, vhi = canon(v)
    imp, imp_lo, imp_hi = dv / tv, dlo / thi if thi else INF, dhi / tlo if tlo > 0 else INF
    at_stated = dv / vv
    upper = is_upper(v)
    # a daily rate ("25 km a day") already spreads the rests over the days
    resting = None if (v.unit or "").endswith("/d") else _rests(leg.mode or d.mode or t.mode, t)
    ok = imp_lo <= vhi if upper or resting else (imp_lo <= vhi and imp_hi >= vlo)
    stated = f"the stated {quote(v)}"
    daily = (v.unit or "").endswith("/d")

    def speed(x: float) -> str:  # in the stated speed's terms: km/h, or km a day for daily rates
        return f"{fmt(x * 24, 'km')} a day" if daily else fmt(x, "km/h")

    def speeds(lo: float, hi: float) -> str:
        if daily:
            return fmt_range(lo * 24, hi * 24, "km") + " a day"
        return fmt_range(lo, hi, "km/h")

    computed = {
        "implied_speed_kmh": round(imp, 3),
        "implied_speed_range_kmh": [round(imp_lo, 3), finite_or_none(imp_hi)],
        "stated_speed_range_kmh": [round(vlo, 3), finite_or_none(vhi)],
        "duration_at_stated_speed_h": round(at_stated, 3),
        "speed_is_upper_bound": upper,
    }
    if resting:
        computed["moving_time_unknown"] = True
        msg = (
            f"{fmt(dv, 'km')} in {quote(t)} ({fmt(tv, 'h')} elapsed) implies at least "
            f"{speed(imp_lo)} on the move ({_RESTERS[resting]} rest, so not all of it is "
            f"moving time); {stated} (at most {speed(vhi)}) "
            f"{'fits' if ok else 'is too slow'}: at {speed(vv)} the distance takes "
            f"{fmt(at_stated, 'h')} of {_MOVING[resting]}."
        )
    else:
        as_written = f"the figures as written allow {speeds(imp_lo, imp_hi)}"
        if upper:
            bound = f"the stated upper bound '{quote(v)}'"
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
    _, lo, _ = canon(t)
    return mode if lo >= 24 else None


# -- unit conversions ----------------------------------------------------------------------
def check_unit_conversion(inp: CheckInput) -> list[Finding]:
    out = []
    for c in inp.claims.values():
        if not c.same_as or c.kind not in ("distance", "speed", "duration"):
            continue
        a = inp.claims[c.same_as]
        a_lo, a_hi = figure_of(a)
        b_lo, b_hi = figure_of(c)
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


_MODE_NOUN = {
    "train": "a train",
    "road": "a road vehicle",
    "ship": "a ship",
    "air": "an airliner",
    "foot": "a walker",
    "bicycle": "a cyclist",
}


def check_plausibility(inp: CheckInput) -> list[Finding]:
    out = []
    for trip in inp.trips:
        for leg in trip.legs:
            mode = leg.mode
            for t in leg_claims(leg, inp, "duration"):
                ds = [c for c in leg_claims(leg, inp, "distance") if c.doc == t.doc]
                _, tlo, thi = canon(t)
                if ds:
                    _, dlo, _dhi = canon(ds[0])
                    basis, used = f"{quote(ds[0])}", (ds[0].id, t.id)
                    dlo = dlo if dlo > 0 else 0.0
                else:
                    o, de = point_place(leg.origin, inp), point_place(leg.destination, inp)
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
                            f"{quote(t)}: no mode of travel is stated, so no speed limit applies.",
                            {},
                        )
                    )
                    continue
                need = dlo / thi if thi else INF
                top = MAX_SPEED_KMH[mode]
                ok = need <= top
                msg = (
                    f"{basis} in {quote(t)} ({fmt_range(tlo, thi, 'h')}) needs at least {fmt(need, 'km/h')} by {mode}, "
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
