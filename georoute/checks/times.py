"""Times: the timeline across time zones, weekdays against dates."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from zoneinfo import ZoneInfo

from georoute.base.claims import Claim
from georoute.base.findings import Finding, fmt
from georoute.checks.common import (
    INF,
    CheckInput,
    canon,
    finite_or_none,
    is_upper,
    leg_claims,
    quote,
    unverifiable,
)
from georoute.checks.index import ClaimsByDoc

_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


#: More departure-arrival(-duration) combinations than this in one trip are a timetable or a
#: list, not one journey: reported as such instead of checked pair by pair (cost stays linear).
MANY_TIMES = 200


def _timetable(trip, deps: list[Claim], arrs: list[Claim]) -> Finding:
    """One unverifiable finding for a trip that states too many times to be one journey."""
    cs = [*deps, *arrs]
    return Finding(
        "timeline",
        "unverifiable",
        tuple(dict.fromkeys(c.doc for c in cs)),
        tuple(c.id for c in cs[:50]),
        f"The trip states {len(deps)} departure and {len(arrs)} arrival times: a timetable or "
        "a list, more likely than one journey, so they are not set against each other.",
        {"departures": len(deps), "arrivals": len(arrs), "other_claims": [c.id for c in cs[50:]]},
    )


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
    by_doc = ClaimsByDoc(inp)
    for trip in inp.trips:
        if len(trip.legs) == 0:
            continue
        cl = [c for c in by_doc.of(trip.docs) if c.kind in ("time", "date")]
        deps = [c for c in cl if c.relation == "departure"]
        arrs = [c for c in cl if c.relation in ("arrival", "crossing")]
        for c in deps + arrs:
            if c.begin is None:
                out.append(
                    unverifiable(
                        "timeline",
                        c,
                        f"'{c.text}' cannot be placed in time: the article has no dateline (set one with --date).",
                    )
                )
        deps = [c for c in deps if c.begin is not None]
        arrs = [c for c in arrs if c.begin is not None]
        if len(deps) * len(arrs) > MANY_TIMES:
            out.append(_timetable(trip, deps, arrs))
            continue
        deps, arrs = _most_precise(deps), _most_precise(arrs)
        origin = inp.places.get(trip.origin) if trip.origin else None
        dest = inp.places.get(trip.destination) if trip.destination else None
        whole = [
            lg
            for lg in trip.legs
            if lg.inferred or (lg.origin, lg.destination) == (trip.origin, trip.destination)
        ]
        durs = [c for lg in whole for c in leg_claims(lg, inp, "duration")]
        if len(deps) * len(arrs) * max(len(durs), 1) > MANY_TIMES:
            out.append(_timetable(trip, [c for g in deps for c in g], [c for g in arrs for c in g]))
            continue
        if not durs:
            # no stated duration: the time a stated distance takes at a stated speed
            out += _timeline_from_speed(inp, whole, deps, arrs, origin, dest)
        for dep_group, arr_group, dur in itertools.product(deps, arrs, durs):
            dep, arr = dep_group[0], arr_group[0]
            dep_docs = ", ".join(dict.fromkeys(c.doc for c in dep_group))
            arr_docs = ", ".join(dict.fromkeys(c.doc for c in arr_group))
            tz_o = dep.zone or (origin.timezone if origin else None)
            tz_d = arr.zone or (dest.timezone if dest else None)
            e_lo, e_hi = _elapsed(dep, arr, tz_o, tz_d)
            _, lo, hi = canon(dur)
            ok = lo <= e_hi and hi >= e_lo
            word = "crossing" if arr.relation == "crossing" else "arrival"
            msg = (
                f"The departure '{dep.text}' ({dep_docs}, {tz_o or 'zone unknown'}) and the {word} "
                f"'{arr.text}' ({arr_docs}, {tz_d or 'zone unknown'}) are {_span_h(e_lo, e_hi)} apart, so "
                f"{quote(dur)} ({dur.doc}) {'fits' if ok else 'cannot fit'}."
            )
            out.append(
                Finding(
                    "timeline",
                    "consistent" if ok else "inconsistent",
                    tuple(sorted({c.doc for c in (*dep_group, *arr_group, dur)})),
                    (*(c.id for c in dep_group), *(c.id for c in arr_group), dur.id),
                    msg,
                    {
                        "elapsed_h": [round(e_lo, 3), round(e_hi, 3)],
                        "stated_h": [round(lo, 3), finite_or_none(hi)],
                        "departure_tz": tz_o,
                        "arrival_tz": tz_d,
                        "departure_utc": _utc_iso(dep, tz_o),
                        "arrival_utc": _utc_iso(arr, tz_d),
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
    by_doc = ClaimsByDoc(inp)
    for trip in inp.trips:
        evs = sorted(
            (c for c in by_doc.of(trip.docs) if c.event and c.begin),
            key=lambda c: c.id,
        )
        if len(evs) > MANY_TIMES:
            continue  # dates of a list of events, not of one trip's: no pairwise comparison
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


def _utc_iso(c: Claim, tz: str | None) -> list[str] | None:
    """The claim's window in UTC as ISO strings, or None when its zone is unknown."""
    if tz is None:
        return None
    return [_utc(c.begin, tz).isoformat(), _utc(c.until, tz).isoformat()]


#: UTC offsets a clock time can have when its zone is unknown (UTC-12 to UTC+14), in hours.
_UNKNOWN_ZONE = (-12.0, 14.0)


def _elapsed(dep: Claim, arr: Claim, tz_o: str | None, tz_d: str | None) -> tuple[float, float]:
    """Hours from the departure window to the arrival window, at least 0.

    A time whose zone is unknown (none written, no placed endpoint) may lie at any UTC offset
    from -12 to +14 hours, so its window widens by that much rather than being read as UTC.
    """

    def utc_window(c: Claim, tz: str | None) -> tuple[dt.datetime, dt.datetime]:
        if tz is not None:
            return _utc(c.begin, tz), _utc(c.until, tz)
        lo, hi = _UNKNOWN_ZONE
        return _utc(c.begin, None) - dt.timedelta(hours=hi), _utc(c.until, None) - dt.timedelta(
            hours=lo
        )

    d_lo, d_hi = utc_window(dep, tz_o)
    a_lo, a_hi = utc_window(arr, tz_d)
    e_lo = (a_lo - d_hi).total_seconds() / 3600
    e_hi = (a_hi - d_lo).total_seconds() / 3600
    return max(e_lo, 0.0), e_hi


def _timeline_from_speed(inp, legs, deps, arrs, origin, dest) -> list[Finding]:
    """Departure and arrival against a stated distance at a stated average speed: "left
    Murmansk on August 20 and reached the North Pole on August 27, covering 2,400 km at an
    average of 14 knots" (at 14 knots the distance takes under four days, not seven)."""
    out = []
    ds = [c for lg in legs for c in leg_claims(lg, inp, "distance")]
    vs = [c for lg in legs for c in leg_claims(lg, inp, "speed") if not is_upper(c)]
    if len(deps) * len(arrs) * len(ds) * len(vs) > MANY_TIMES:
        return []  # a list of figures, not one journey (the times were reported above)
    for dep_group, arr_group, d, v in itertools.product(deps, arrs, ds, vs):
        dep, arr = dep_group[0], arr_group[0]
        if arr.relation != "arrival":
            continue  # a border crossing is not where the distance ends
        tz_o = dep.zone or (origin.timezone if origin else None)
        tz_d = arr.zone or (dest.timezone if dest else None)
        e_lo, e_hi = _elapsed(dep, arr, tz_o, tz_d)
        dv, dlo, dhi = canon(d)
        vv, vlo, vhi = canon(v)
        t_lo, t_hi = dlo / vhi, (dhi / vlo if vlo > 0 else INF)
        ok = t_lo <= e_hi and t_hi >= e_lo
        msg = (
            f"The departure '{dep.text}' and the arrival '{arr.text}' are "
            f"{_span_h(e_lo, e_hi)} apart; {quote(d)} at {quote(v)} takes {fmt(dv / vv, 'h')} "
            f"({_span_h(t_lo, t_hi)} as written), so they {'fit' if ok else 'cannot both hold'}."
        )
        out.append(
            Finding(
                "timeline",
                "consistent" if ok else "inconsistent",
                tuple(dict.fromkeys(c.doc for c in (*dep_group, *arr_group, d, v))),
                (*(c.id for c in dep_group), *(c.id for c in arr_group), d.id, v.id),
                msg,
                {
                    "elapsed_h": [round(e_lo, 3), finite_or_none(e_hi)],
                    "duration_at_stated_speed_h": [round(t_lo, 3), finite_or_none(t_hi)],
                    "departure_tz": tz_o,
                    "arrival_tz": tz_d,
                },
            )
        )
    return out
