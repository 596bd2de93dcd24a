"""Times: the timeline across time zones, weekdays against dates."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import math
import re
from collections.abc import Callable, Mapping
from zoneinfo import ZoneInfo

from georoute.base.claims import QuantityClaim, TimeClaim
from georoute.base.coverage import fired
from georoute.base.findings import Finding, fmt
from georoute.base.geodesy import geodesic_km
from georoute.base.modes import MAX_SPEED_KMH, speed_limit
from georoute.base.places import Place
from georoute.base.words import MONTHS
from georoute.checks.common import (
    INF,
    CheckInput,
    as_utc,
    canon,
    finite_or_none,
    is_upper,
    leg_claims,
    one_legs,
    quote,
    unverifiable,
)
from georoute.checks.figures import _MOVING, _RESTERS, _sustained
from georoute.checks.index import ClaimsByDoc
from georoute.text.units import convert
from georoute.trips import Trip

_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# -- time ----------------------------------------------------------------------------------
#: More departure-arrival(-duration) combinations than this in one trip are a timetable or a
#: list, not one journey: reported as such instead of checked pair by pair (cost stays linear).
MANY_TIMES = 200


def _timetable(trip, deps: list[TimeClaim], arrs: list[TimeClaim], what: str = "trip") -> Finding:
    """One unverifiable finding for a trip (or an article, ``what``) that states too many
    times to be one journey."""
    cs = [*deps, *arrs]
    return Finding(
        "timeline",
        "unverifiable",
        tuple(dict.fromkeys(c.doc for c in cs)),
        tuple(c.id for c in cs[:50]),
        f"The {what} states {len(deps)} departure and {len(arrs)} arrival times: a timetable "
        "or a list, more likely than one journey, so they are not set against each other.",
        {"departures": len(deps), "arrivals": len(arrs), "other_claims": [c.id for c in cs[50:]]},
    )


def _most_precise(times: list[TimeClaim]) -> list[list[TimeClaim]]:
    """The narrowest windows of one trip, each with every claim that states it.

    A window that holds a narrower one is dropped, whichever document states it ("Sunday"
    around "Sunday afternoon", "Monday" around "9am", "Wednesday" around "1:45 p.m. Moscow
    time": a day without a zone is the place's own); documents that state the same window
    ("Sunday afternoon" in two reports) share one group, so one finding cites them all.
    """
    kept = [
        c
        for c in times
        if not any(
            d is not c
            and (d.zone == c.zone or c.zone is None)  # a day read at the place holds its clock
            and c.begin <= d.begin
            and d.until <= c.until
            and (d.until - d.begin) < (c.until - c.begin)
            for d in times
        )
    ]
    groups: dict[tuple, list[TimeClaim]] = {}
    for c in sorted(kept, key=lambda c: (c.doc, c.start)):
        groups.setdefault((c.begin, c.until, c.zone), []).append(c)
    return list(groups.values())


#: Words that give a time its day: a weekday, a month, "today", "the next day".
_DAY_WORDS = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|next|following|previous|overnight|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december|boxing\s+day|christmas)\b",
    re.IGNORECASE,
)


def _undated(c: TimeClaim, written: bool = False) -> bool:
    """A clock time written without its day ("3:30 p.m. local time"): its day was guessed (not
    "2 p.m. on Sunday, March 8": the day written right beside it, ``day_written``, unless
    ``written`` counts such clocks too)."""
    return (
        c.kind == "time"
        and c.weekday is None
        and (written or not c.day_written)
        and not _DAY_WORDS.search(c.text)
    )


def _day_shift(
    dep: TimeClaim,
    arr: TimeClaim,
    lo: float,
    hi: float,
    tz_o: str | None,
    tz_d: str | None,
) -> tuple[int, list[TimeClaim], float, float] | None:
    """When a time's day was guessed (not written beside it), the move of the arrival by one
    or two days that makes the figures fit: (days, the undated times, elapsed low, high). A
    clock whose day is written beside it (``day_written``) may still be a day off as counted
    ("from 7 a.m. on Wednesday ... on Saturday afternoon, in four days": the days ridden),
    never two."""
    loose = [c for c in (dep, arr) if _undated(c, written=True)]
    if not loose:
        return None
    unwritten = [c for c in loose if not c.day_written]
    r_lo, r_hi = _elapsed(dep, arr, tz_o, tz_d, raw=True)
    for days in (1, -1, 2, -2):
        if abs(days) == 2 and not unwritten:
            break
        e_lo, e_hi = r_lo + 24 * days, r_hi + 24 * days
        if lo <= e_hi and hi >= e_lo and e_hi >= 0:
            return days, loose if abs(days) == 1 else unwritten, max(e_lo, 0.0), e_hi
    return None


def _shift_note(shift: tuple[int, list[TimeClaim], float, float], fits: bool) -> str:
    """What a day's move says: the natural reading (a day) fits, or only a bigger move does."""
    days, loose, e_lo, e_hi = shift
    which = " and ".join(f"'{c.text}'" for c in loose)
    if fits and all(c.day_written for c in loose):
        # (a day written beside each clock: a day's count, or a weekday and a date that
        # disagree, may put it one day off; the calendar check judges the date itself)
        return (
            f" The days written beside {which} may count one day apart from the clocks: read "
            f"with the arrival {'the day after' if days > 0 else 'the day before'}, they are "
            f"{_apart(e_lo, e_hi)}, and it fits."
        )
    if fits:
        return (
            f" The day of {which} is not written beside it: read with the arrival "
            f"{'the day after' if days > 0 else 'the day before'}, they are "
            f"{_apart(e_lo, e_hi)}, and it fits."
        )
    return (
        f" It would fit were the arrival {abs(days)} days {'later' if days > 0 else 'earlier'} "
        f"than read; the day of {which} is not written beside it, so this is not judged."
    )


#: Two places this close are one end of a trip ("Pietermaritzburg" and its racecourse).
SAME_END_KM = 25.0


def _same_end(a: int | None, b: int | None, places: dict) -> bool:
    """One end of a trip, however finely named: the same place, one inside the other, or two
    points within ``SAME_END_KM``."""
    if a is None or b is None or a == b:
        return a == b
    pa, pb = places.get(a), places.get(b)
    if pa is None or pb is None:
        return False
    if pa.contains(pb) or pb.contains(pa):
        return True
    if pa.is_region or pb.is_region:
        return False
    return geodesic_km(pa.lat, pa.lon, pb.lat, pb.lon) <= SAME_END_KM


def _whole(leg, trip, places: dict) -> bool:
    """Whether a leg is the trip's whole journey: its ends are the trip's, or one is and the
    other is unknown ("arriving in Kandy ... in 2 hours 35 minutes"), its sentence named
    none (the trip's ends were inferred), or it is the one leg, with one end unknown, of a
    trip whose ends are not known."""
    if leg.inferred:
        return True
    o, d = leg.origin, leg.destination
    if len(trip.legs) == 1 and trip.origin is None and trip.destination is None:
        # the trip's one leg, one end unknown ("lifted off a muddy runway ... landed at Le
        # Bourget"): its journey; with both ends named, its times may be of a part of it
        return (o, d) != (None, None) and (o is None or d is None)
    if (o, d) == (None, None):
        return False
    if o is not None and o == trip.destination and d != o:
        # a leg that starts where the trip ends goes on beyond it ("lands in Choibalsan at
        # 10:30. From Choibalsan, minibuses cover the 100 km to Khatgal in 1 hour 45 minutes")
        return False
    # the one leg of a trip that knows one end only ("started from Manali ... reached Leh", the
    # trip's start left unknown) is the journey as far as the trip knows it
    alone = sum(not lg.inferred for lg in trip.legs) == 1  # (beside legs of inferred ends)
    return (o is None or (alone and trip.origin is None) or _same_end(o, trip.origin, places)) and (
        d is None or (alone and trip.destination is None) or _same_end(d, trip.destination, places)
    )


def _span_h(lo: float, hi: float) -> str:
    return fmt(hi, "h") if abs(hi - lo) < 0.05 else f"{fmt(lo)}-{fmt(hi, 'h')}"


def _apart(lo: float, hi: float) -> str:
    """How far apart two time windows are, every number meaningful: "6.2 h apart", "at most
    23.4 h apart", or the order being wrong."""
    if hi < 0:
        return f"in the wrong order (the arrival is at least {fmt(-hi, 'h')} before the departure)"
    if lo <= 0 and hi >= 0.05:
        return f"at most {fmt(hi, 'h')} apart"
    return f"{_span_h(lo, hi)} apart"


def _ends_cited(f: Finding, trip: Trip, inp: CheckInput) -> Finding:
    """A timeline finding with the trip's ends whose clocks it read (``computed`` ``origin`` and
    ``destination``, place ids): an end whose zone is the departure's or the arrival's zone."""
    cited = {}
    for key, end, zone in (
        ("origin", trip.origin, f.computed.get("departure_tz")),
        ("destination", trip.destination, f.computed.get("arrival_tz")),
    ):
        place = inp.places.get(end) if end is not None else None
        if key not in f.computed and place is not None and zone and place.timezone == zone:
            cited[key] = end
    return dataclasses.replace(f, computed={**f.computed, **cited}) if cited else f


def _trip_timeline(
    trip: Trip, inp: CheckInput, by_doc: ClaimsByDoc, story_zone: Callable
) -> list[Finding]:
    """The timeline findings of one trip (see :func:`check_timeline`); those that read an end
    in the zone of the other end's surroundings say so."""
    notes: list[str] = []
    found = _trip_timeline_read(trip, inp, by_doc, story_zone, notes)
    if not notes:
        return found
    return [
        dataclasses.replace(f, message=f.message + notes[0]) if "departure_tz" in f.computed else f
        for f in found
    ]


def _trip_timeline_read(
    trip: Trip, inp: CheckInput, by_doc: ClaimsByDoc, story_zone: Callable, notes: list[str]
) -> list[Finding]:
    """:func:`_trip_timeline` before its notes (``notes`` gets the zone read near an end)."""
    out: list[Finding] = []
    if len(trip.legs) == 0:
        return out
    cl = by_doc.derived(trip.docs, _time_claims)
    deps = [c for c in cl if c.relation == "departure"]
    arrs = [c for c in cl if c.relation in ("arrival", "crossing")]
    clock_deps = [c for c in deps if c.begin is None and c.clock is not None]
    clock_arrs = [c for c in arrs if c.begin is None and c.clock is not None]
    dateless = bool(clock_deps and clock_arrs)
    dated_clocks = {(c.doc, c.weekday) for c in clock_deps + clock_arrs if c.weekday is not None}
    for c in deps + arrs:
        if c.begin is None and not (dateless and c.clock is not None):
            if dateless and c.clock is None and (c.doc, c.weekday) in dated_clocks:
                continue  # "on Thursday" dates a clock time the timeline reads with it
            out.append(
                unverifiable(
                    "timeline",
                    c,
                    f"'{c.text}' cannot be placed in time: the article has no dateline (set one with --date).",
                )
            )
    deps = [c for c in deps if c.begin is not None]
    arrs = [c for c in arrs if c.begin is not None]
    all_durs = _Durations(c for c in by_doc.of(trip.docs) if c.kind == "duration")
    if len(deps) * len(arrs) > MANY_TIMES:
        out.append(_timetable(trip, deps, arrs))
        return out
    dated = (deps, arrs)
    deps, arrs = _most_precise(deps), _most_precise(arrs)
    origin = inp.places.get(trip.origin) if trip.origin else None
    dest = inp.places.get(trip.destination) if trip.destination else None
    zone = by_doc.derived(trip.docs, story_zone)
    if zone is not None:
        # an end that cannot be placed keeps the one zone of every place the story names
        origin = origin if origin is not None and origin.timezone else zone
        dest = dest if dest is not None and dest.timezone else zone
    else:
        own = {c.zone for c in cl if c.zone and c.relation in ("departure", "arrival", "crossing")}
        origin, dest = _zone_near_the_other_end(trip, inp, origin, dest, own, notes)
    whole = [lg for lg in trip.legs if _whole(lg, trip, inp.places)]
    durs = [c for lg in whole for c in leg_claims(lg, inp, "duration")]
    named = [c for c in by_doc.of(trip.docs) if c.kind == "place"]
    if dateless:
        dep_groups, arr_groups = [[c] for c in clock_deps], [[c] for c in clock_arrs]
        # a part of the trip timed by its own clocks ("took off at 10:15 local time and
        # touched down at 15:15 local time after a flight of four hours"), not a part told
        # after another duration ("... landed at 5:40 a.m., some 12 hours later. The bus
        # ride took about four hours")
        found, timed_parts = _timed_parts(
            trip,
            whole,
            inp,
            dep_groups,
            arr_groups,
            all_durs,
            origin,
            dest,
            _dateless_findings,
            named,
        )
        out += found
        # as with dated clocks: clocks a part's own duration times are that part's, and a
        # duration written right after its own departure and arrival times them only
        whole_deps = [c for c in clock_deps if c.id not in timed_parts]
        whole_arrs = [c for c in clock_arrs if c.id not in timed_parts]
        whole_dep_groups, whole_arr_groups = (
            [[c] for c in whole_deps],
            [[c] for c in whole_arrs],
        )
        owned = {
            d.id: p
            for d in durs
            if (p := _own_clocks(d, whole_dep_groups, whole_arr_groups, all_durs))
        }
        # (over days, a rester's stated time may be the time on the move, as for dated clocks)
        mode = next((lg.mode for lg in trip.legs if lg.mode), None)
        if owned:
            for d in durs:
                if d.id in owned:
                    dep, arr = owned[d.id]
                    out += [
                        _moving_time(f, mode)
                        for f in _dateless_findings([dep], [arr], [d], origin, dest)
                    ]
        elif whole_deps and whole_arrs:
            out += [
                _moving_time(f, mode)
                for f in _dateless_findings(whole_deps, whole_arrs, durs, origin, dest)
            ]
    if len(deps) * len(arrs) * max(len(durs), 1) > MANY_TIMES:
        out.append(_timetable(trip, [c for g in deps for c in g], [c for g in arrs for c in g]))
        return out
    # a part of the trip timed by its own dated clocks ("left Buenos Aires at 8:30 am and
    # docked in Colonia at 9:45 am ... in one hour and 15 minutes")
    found, part_clocks = _timed_parts(
        trip,
        whole,
        inp,
        deps,
        arrs,
        all_durs,
        origin,
        dest,
        lambda d, a, du, o, de: _timeline_findings([d], [a], du, o, de),
        named,
    )
    out += found
    if part_clocks:
        # clocks that time a part of the trip with its own duration are that part's: the
        # whole trip's figures are not set against them ("took off at 8.30 a.m. and landed
        # in Doha at 11.50 a.m. after a flight of 3 hours and 20 minutes" on a four-day tour)
        deps = [g for g in deps if not any(c.id in part_clocks for c in g)]
        arrs = [g for g in arrs if not any(c.id in part_clocks for c in g)]
    if not durs:
        # no stated duration: the time a stated distance takes at a stated speed, or with no
        # speed either, the speed the clocks need over the distance
        out += _timeline_from_speed(inp, whole, deps, arrs, origin, dest)
        out += _plausibility_from_clocks(inp, whole, deps, arrs, origin, dest)
        out += _scheduled_timeline(deps, arrs, all_durs, origin, dest)
    mode = next((lg.mode for lg in trip.legs if lg.mode), None)
    # a duration written right after its own departure and arrival clocks times them, and
    # only them; the document's other durations are not set against those clocks
    own = {d.id: p for d in durs if (p := _own_clocks(d, deps, arrs, all_durs))}
    owned_docs = {inp.claims[i].doc for i in own}
    for dur in durs:
        if dur.id not in own:
            continue
        dep, arr = own[dur.id]
        others = [d for d in durs if d.doc == dur.doc and d.id not in own and d.start != dur.start]
        note = (
            f" The trip also states {', '.join(quote(d) for d in others)}, written apart "
            "from these clocks: it may time something else, and is not set against them."
            if others
            else ""
        )
        extra = {"unfit_claims": [d.id for d in others]} if others else {}
        found = _timeline_findings(
            [g for g in deps if dep in g or g[0].kind == "date"],
            [g for g in arrs if arr in g or g[0].kind == "date"],
            [dur],
            origin,
            dest,
        )
        out += [
            _moving_time(
                dataclasses.replace(f, message=f.message + note, computed={**f.computed, **extra}),
                mode,
            )
            for f in found
        ]
    durs = [d for d in durs if d.doc not in owned_docs]
    if not durs and own:
        return out
    found = [
        _moving_time(f, mode)
        for doc_durs, doc_deps, doc_arrs in _by_report(durs, deps, arrs, dated, part_clocks)
        for f in _timeline_findings(doc_deps, doc_arrs, doc_durs, origin, dest)
    ]
    return out + [_another_reports_clocks(f, found + out, inp) for f in found]


def _another_reports_clocks(f: Finding, found: list[Finding], inp: CheckInput) -> Finding:
    """A duration that misses clocks only another report of the trip writes, when that report's
    own duration fits them ("7:20 a.m." and "1:05 p.m." with "five hours and 45 minutes" in
    one, "6 hours 45 minutes" in the other): the reports disagree, which the cross-source
    check judges; the report with the clocks holds together, so not judged here."""
    if f.verdict != "inconsistent":
        return f
    cited = [inp.claims[i] for i in f.claims]
    durs = [c for c in cited if isinstance(c, QuantityClaim)]
    times = {c.id for c in cited if not isinstance(c, QuantityClaim)}
    docs = {inp.claims[i].doc for i in times}
    if not durs or not times or docs & {c.doc for c in durs}:
        return f
    if not any(
        g.verdict == "consistent"
        and times <= set(g.claims)
        and any(isinstance(c := inp.claims[i], QuantityClaim) and c.doc in docs for i in g.claims)
        for g in found
    ):
        return f
    fired("times:another_reports_clocks")
    return dataclasses.replace(
        f,
        verdict="unverifiable",
        message=f.message
        + " The times are another report's: the two reports disagree, which the cross-source "
        "check judges, so this is not judged.",
    )


def _by_report(durs, deps, arrs, dated, part_clocks):
    """The trip's durations with the times each is set against: a report that writes its own
    departure and arrival is judged on them, not on another report's finer clocks (two reports
    of one voyage: one's clocks against the other's duration would judge the pair, not either
    report); the other durations on the trip's finest times."""
    rest = []
    for doc in dict.fromkeys(d.doc for d in durs):
        own = [[c for c in times if c.doc == doc and c.id not in part_clocks] for times in dated]
        mine = [d for d in durs if d.doc == doc]
        if all(own) and any(c.doc != doc for g in (*deps, *arrs) for c in g):
            fired("times:own_report_times")
            yield mine, _most_precise(own[0]), _most_precise(own[1])
        else:
            rest += mine
    if rest:
        yield rest, deps, arrs


def check_timeline(inp: CheckInput) -> list[Finding]:
    out = []
    by_doc = ClaimsByDoc(inp)
    story_zone = functools.partial(_story_zone, places=inp.places)  # (one function: memoised)
    for trip in inp.trips:
        out += [_ends_cited(f, trip, inp) for f in _trip_timeline(trip, inp, by_doc, story_zone)]
    out = _restatements_cited(out, inp)
    areas = [
        inp.places[e]
        for t in inp.trips
        for e in (t.origin, t.destination)
        if e is not None and e in inp.places and inp.places[e].is_region
    ]
    gaps = _zone_gaps(inp)
    out = [
        _stops_added(
            _zone_gap_cited(
                _one_trip(_zone_named_near(_zone_of_a_whole_country(f, inp, areas), inp), inp),
                inp,
                gaps,
            ),
            inp,
        )
        for f in out
    ] + _loose_timetables(inp)
    # the days between two dates, unless a finding above set the same dates against the count
    timed = [set(f.claims) for f in out]
    return out + [
        f
        for f in _days_between_dates(inp, ("timeline",))
        if not any(t.issuperset(f.claims) for t in timed)
    ]


def _restatements_cited(found: list[Finding], inp: CheckInput) -> list[Finding]:
    """Each finding with the restatements of its clocks in another zone ("7:00 am (0500 GMT)":
    the GMT time is the same moment), or the clocks its restatements restate, cited after
    them."""
    twins: dict[str, list[str]] = {}
    for c in inp.claims.values():
        if isinstance(c, TimeClaim) and c.same_as is not None:
            twins.setdefault(c.same_as, []).append(c.id)
            twins.setdefault(c.id, []).append(c.same_as)
    if not twins:
        return found
    out = []
    for f in found:
        extra = [t for i in f.claims for t in twins.get(i, ()) if t not in f.claims]
        out.append(dataclasses.replace(f, claims=(*f.claims, *extra)) if extra else f)
    return out


#: How far from a stated duration a stay it leaves out may be written (characters).
STOPS_NEAR = 250


def _stops_added(f: Finding, inp: CheckInput) -> Finding:
    """A stated time shorter than the clocks' span, with the stops written beside it ("her
    riding time was 9 hours and 20 minutes, the rest of the day going on 80 minutes of stops"):
    consistent when the two together fill the span."""
    if f.verdict != "inconsistent" or "stated_h" not in f.computed:
        return f
    e_lo, e_hi = f.computed["elapsed_h"]
    s_lo, s_hi = f.computed["stated_h"]
    if s_hi >= e_lo:
        return f
    durs = [
        c
        for i in f.claims
        if isinstance(c := inp.claims.get(i), QuantityClaim) and c.kind == "duration"
    ]
    if len(durs) != 1:
        return f
    dur = durs[0]
    for stay in inp.claims.values():
        if not (
            isinstance(stay, QuantityClaim)
            and stay.kind == "duration"
            and stay.relation == "stay"
            and stay.doc == dur.doc
            and abs(stay.start - dur.start) <= STOPS_NEAR
            and stay.low is not None
            and stay.high is not None
        ):
            continue
        lo = s_lo + convert(stay.low, stay.unit, "h")
        hi = s_hi + convert(stay.high, stay.unit, "h")
        if lo <= e_hi and e_lo <= hi:
            fired("times:stops_added")
            return dataclasses.replace(
                f,
                verdict="consistent",
                claims=(*f.claims, stay.id),
                message=f.message.split(", so ")[0]
                + f"; '{dur.text}' and the stops of '{stay.text}' beside it make "
                + f"{_span_h(lo, hi)}, which fits.",
                computed={**f.computed, "with_stops_h": [round(lo, 3), round(hi, 3)]},
            )
    return f


def _zone_gaps(inp: CheckInput) -> dict[str, list[QuantityClaim]]:
    """Each document's differences between clocks set against a place ("one hour ahead of
    Fiji"): the offsets that name their place."""
    out: dict[str, list[QuantityClaim]] = {}
    for c in inp.claims.values():
        if isinstance(c, QuantityClaim) and c.relation == "offset" and c.places:
            out.setdefault(c.doc, []).append(c)
    return out


def _zone_gap_cited(f: Finding, inp: CheckInput, gaps: dict[str, list[QuantityClaim]]) -> Finding:
    """A timeline between two zones cites the article's own difference between their clocks
    ("two hours ahead of Fiji") when it agrees with the zones' (the reading's zones are then
    the article's); one that disagrees is named, as the zones' figure is the one used."""
    tz_o, tz_d = f.computed.get("departure_tz"), f.computed.get("arrival_tz")
    if not tz_o or not tz_d or tz_o == tz_d or not any(gaps.get(d) for d in f.docs):
        return f  # (most articles state no difference: the zones' is not worked out then)
    utc = f.computed.get("departure_utc")
    when = (
        dt.datetime.fromisoformat(utc[0]).replace(tzinfo=None)
        if utc
        else dt.datetime(2024, 1, 15, 12)
    )
    try:
        gap = abs((as_utc(when, tz_o) - as_utc(when, tz_d)).total_seconds()) / 3600.0
    except (KeyError, ValueError):  # an unknown zone name
        return f
    if gap == 0.0:
        return f
    said = [
        c
        for doc in f.docs
        for c in gaps.get(doc, ())
        if (p := inp.places.get(c.places[0])) is not None
        and p.timezone
        and (_same_offset(p.timezone, tz_o, when) or _same_offset(p.timezone, tz_d, when))
    ]
    if not said:
        return f
    agree = [c for c in said if canon(c)[1] - 1e-6 <= gap <= canon(c)[2] + 1e-6]
    # (named, not cited: the check rests on the zones, the article's figure only bears them out)
    if agree:
        note = (
            f" The article's {quote(agree[0])} between the clocks agrees with the zones' "
            f"{fmt(gap, 'h')} difference."
        )
    else:
        note = (
            f" The article puts {quote(said[0])} between the clocks; the zones differ by "
            f"{fmt(gap, 'h')}, which is used."
        )
    computed = {**f.computed, "zone_gap_h": round(gap, 3), "zone_gap_claims": [c.id for c in said]}
    return dataclasses.replace(f, message=f.message + note, computed=computed)


def _one_trip(f: Finding, inp: CheckInput) -> Finding:
    """An "inconsistent" timeline kept only where its clocks and duration could be one trip's
    (``common.one_legs``): the time elapsed and the time stated within tenfold, written within
    a few sentences."""
    e = f.computed.get("elapsed_h") or [None, None]
    s = f.computed.get("stated_h") or f.computed.get("duration_at_stated_speed_h") or [None, None]
    if f.verdict != "inconsistent" or e[0] is None or s[0] is None:
        return f
    factor = max(e[0] / s[1] if s[1] else 0.0, s[0] / e[1] if e[1] else 0.0)
    return one_legs(f, inp, factor)


def _zone_of_a_whole_country(f: Finding, inp: CheckInput, areas: list[Place]) -> Finding:
    """An "inconsistent" whose departure or arrival zone is not written with its clock but taken
    from a country or region the trip is read to start or end in ("pulled into Boten Station at
    11:30 a.m." with Boten unplaced and the trip ending in China): the clock's own place is not
    known, so this is not judged."""
    if f.verdict != "inconsistent" or not areas:
        return f
    for rel, key in (("departure", "departure_tz"), ("arrival", "arrival_tz")):
        tz = f.computed.get(key)
        loose = [
            c
            for cid in f.claims
            if (c := inp.claims.get(cid)) is not None
            and c.kind == "time"
            and (c.relation == rel or (rel == "arrival" and c.relation == "crossing"))
            and isinstance(c, TimeClaim)
            and c.zone is None
        ]
        # (a subdivision has a zone only when all its places keep that one: no guess)
        area = next(
            (
                p
                for p in areas
                if tz and p.timezone == tz and not {"admin1", "admin2"} & set(p.kinds)
            ),
            None,
        )
        if loose and area is not None:
            note = (
                f" The {rel}'s zone ({tz}) is not written with its time but taken from "
                f"{area.name}, a whole country or region the trip is read to "
                f"{'start' if rel == 'departure' else 'end'} in, so this is not judged."
            )
            return dataclasses.replace(f, verdict="unverifiable", message=f.message + note)
    return f


#: How near a clock time (characters before it, after it) a place of the zone it is read in
#: must be named for an "inconsistent" resting on that zone: "took off from RAF Brize Norton
#: at 11.30pm", "touched down at Mount Pleasant at 2.50pm".
_ZONE_PLACE_BEFORE, _ZONE_PLACE_AFTER = 150, 60
#: Places of two zones named beside one clock time and at most this far apart (km) lie across
#: a zone border from each other (Tabatinga and Leticia), so the clock may keep either offset;
#: farther apart, one of them is more likely misread.
_BORDER_KM = 300.0


def _zone_named_near(f: Finding, inp: CheckInput) -> Finding:
    """An "inconsistent" whose departure or arrival clock has no zone written with it, and no
    place of the zone it is read in named near it ("landed on Ascension Island at 7.40am",
    the island unplaced, read in the zone of the trip's far end), or whose nearest place keeps
    another UTC offset: the clock's own place is not known, so this is not judged."""
    if f.verdict != "inconsistent":
        return f
    for rel, key in (("departure", "departure_tz"), ("arrival", "arrival_tz")):
        tz = f.computed.get(key)
        if not tz or tz.startswith("UTC"):
            continue
        for cid in f.claims:
            c = inp.claims.get(cid)
            if not (
                isinstance(c, TimeClaim)
                and c.kind == "time"
                and c.zone is None
                and c.begin is not None
                and c.begin == c.until  # a clock's minute, not a day's part ("Sunday afternoon")
                and (c.relation == rel or (rel == "arrival" and c.relation == "crossing"))
            ):
                continue
            story = _story_zone([x for x in inp.claims.values() if x.doc == c.doc], inp.places)
            if story is not None and _offsets(story.timezone) == _offsets(tz):
                continue  # every place the story names keeps this clock: the clock's too
            beside = [
                (abs(p.start - c.start), p.start, pl)
                for p in inp.claims.values()
                if p.kind == "place"
                and p.doc == c.doc
                and c.start - _ZONE_PLACE_BEFORE <= p.start <= c.end + _ZONE_PLACE_AFTER
                for pid in p.places
                if (pl := inp.places.get(pid)) is not None and pl.timezone
            ]
            near = any(pl.timezone == tz for _, _, pl in beside)
            # the places since the clock time before it: an earlier clock's place is its own
            since = max(
                (
                    t.end
                    for t in inp.claims.values()
                    if t.kind == "time" and t.doc == c.doc and t.end <= c.start
                ),
                default=-1,
            )
            nearest = min(
                ((gap, pl) for gap, start, pl in beside if start >= since),
                key=lambda x: x[0],
                default=(0, None),
            )[1]
            if not near:
                note = (
                    f" The {rel}'s zone ({tz}) is not written with '{c.text}' and no place of "
                    "that zone is named beside it: its own place is not known, so this is not "
                    "judged."
                )
            elif (
                nearest is not None
                and "local" not in c.text.casefold()  # "local time": the place it happens at
                and not _same_offset(nearest.timezone, tz, c.begin)
                and any(
                    pl.timezone == tz
                    and geodesic_km(pl.lat, pl.lon, nearest.lat, nearest.lon) <= _BORDER_KM
                    for _, _, pl in beside
                )
            ):
                # "reaches Santa Rosa, opposite Tabatinga and Leticia, at about 4 pm": the
                # place named nearest the clock keeps another offset than the zone it was
                # read in, across a border from a place of that zone, so which one the clock
                # keeps is not known
                note = (
                    f" The {rel}'s zone ({tz}) is not written with '{c.text}', and the place "
                    f"named nearest it, {nearest.name}, keeps another offset "
                    f"({nearest.timezone}): which one the clock keeps is not known, so this "
                    "is not judged."
                )
            else:
                continue
            return dataclasses.replace(
                f,
                verdict="unverifiable",
                message=f.message + note,
                computed={**f.computed, "zone_not_placed": rel},
            )
    return f


def _same_offset(a: str | None, b: str | None, when: dt.datetime) -> bool:
    """Whether two zones keep the same UTC offset at local time ``when``."""
    if a == b:
        return True
    try:
        return as_utc(when, a) == as_utc(when, b)
    except (KeyError, ValueError):  # an unknown zone name: not known to differ
        return True


def _moving_time(f: Finding, mode: str | None) -> Finding:
    """A stated time shorter than the days elapsed between departure and arrival, on a journey
    whose travellers rest (walkers, riders, cyclists, drivers), may be the time on the move
    ("18 hours of riding time" over three days): not judged."""
    if f.verdict != "inconsistent" or mode not in _RESTERS:
        return f
    e_lo = (f.computed.get("elapsed_h") or [0.0])[0]
    s_hi = (f.computed.get("stated_h") or [None, None])[1]
    if e_lo < 24 or s_hi is None or s_hi >= e_lo:
        return f
    note = (
        f" The journey spans days and {_RESTERS[mode]} rest: the stated time may be "
        f"{_MOVING[mode]} time, so this is not judged."
    )
    return dataclasses.replace(f, verdict="unverifiable", message=f.message + note)


def _timed_parts(
    trip, whole, inp: CheckInput, dep_groups, arr_groups, all_durs, origin, dest, judge, named
) -> tuple[list[Finding], set[str]]:
    """The findings of the parts of a trip (its legs other than ``whole``) that a duration times
    with the departure and arrival clocks written just before it (``_own_clocks``), each judged
    by ``judge(departures, arrivals, durations, origin, destination)``, and the ids of the clocks
    those parts own: a part that starts where the trip starts shares its departure ("left A at
    3 pm, called at B at 4.05 pm after 65 minutes, and reached C at 5.45 pm, two hours and 45
    minutes after leaving"), so only its arrival is its own. ``named``: the place claims of the
    trip's documents."""
    out: list[Finding] = []
    owned: set[str] = set()
    for lg in trip.legs:
        if lg in whole:
            continue
        lo_, de_ = inp.places.get(lg.origin), inp.places.get(lg.destination)
        for dur in leg_claims(lg, inp, "duration"):
            pair = _own_clocks(dur, dep_groups, arr_groups, all_durs)
            if pair is None or _arrives_where_it_starts(pair[1], dur, lg, inp, named):
                continue
            shared = lg.origin is not None and _same_end(lg.origin, trip.origin, inp.places)
            owned.update(c.id for c in pair[1 if shared else 0 :])
            out += judge(
                [pair[0]],
                [pair[1]],
                [dur],
                lo_ if lo_ is not None and lo_.timezone else origin,
                de_ if de_ is not None and de_.timezone else dest,
            )
    return out, owned


#: How far before an arrival clock (characters) the place it arrives at may be named ("lands
#: in Murun at 11:25").
_ARRIVAL_PLACE_BEFORE = 40


def _arrives_where_it_starts(arr: TimeClaim, dur, leg, inp: CheckInput, named: list) -> bool:
    """Whether an arrival clock is at the place a leg starts from, which is named again before
    the leg's duration ("lands in Murun at 11:25. From Murun, ... minibuses cover it in 1 hour
    45 minutes"): the clock ends the leg before, so it times no part of this one. ``named``:
    the place claims of the trip's documents."""
    if leg.origin is None:
        return False
    mine = [c for c in named if c.doc == arr.doc]

    def at_origin(c) -> bool:
        return any(_same_end(p, leg.origin, inp.places) for p in c.places)

    before = max(
        (c for c in mine if arr.start - _ARRIVAL_PLACE_BEFORE <= c.end <= arr.start),
        key=lambda c: c.start,
        default=None,
    )
    return (
        before is not None
        and at_origin(before)
        and any(at_origin(c) and arr.end <= c.start < dur.start for c in mine)
    )


#: How far (characters) before the departure clock and after the arrival clock a scheduled time
#: may be written to be theirs, and how far apart the two clocks may stand.
_SCHEDULE_BEFORE, _SCHEDULE_AFTER, _SCHEDULE_CLOCKS = 60, 60, 250
#: How much sooner than its schedule a service may arrive (hours) before the two disagree.
EARLY_H = 0.5


def _scheduled_timeline(deps, arrs, all_durs, origin, dest) -> list[Finding]:
    """Clocks set against a scheduled time written with them, when the trip states no time of
    its own ("The daily flight, scheduled at 1 hour 25 minutes, departs at 10:00 and lands at
    11:25"; "left at 6:05 a.m. NDT and, after a scheduled flight time of 2 hours and 10
    minutes, touched down at 7:45 a.m. EDT"). A service may run late, so times longer than its
    schedule are not judged; one that arrives more than ``EARLY_H`` before it cannot have kept
    it, when the schedule is written between its clocks (one written before them may be
    another service's: "the train, which normally takes 13 hours, stayed in its depot. The
    buses left at 6pm")."""
    out: list[Finding] = []
    usual = [d for d in all_durs if d.relation == "usual"]
    if not usual:
        return out
    for dep_group, arr_group in itertools.product(deps, arrs):
        dep, arr = dep_group[0], arr_group[0]
        if dep.kind != "time" or arr.kind != "time" or dep.doc != arr.doc:
            continue
        if not 0 < arr.start - dep.end <= _SCHEDULE_CLOCKS:
            continue
        for d in usual:
            if d.doc != dep.doc or not (
                dep.start - _SCHEDULE_BEFORE <= d.start <= arr.end + _SCHEDULE_AFTER
            ):
                continue
            for f in _timeline_findings([dep_group], [arr_group], [d], origin, dest):
                e_hi = f.computed["elapsed_h"][1]
                lo, hi = f.computed["stated_h"]
                note = f" {quote(d)} is the service's scheduled time."
                between = dep.end <= d.start and d.end <= arr.start
                if f.verdict == "inconsistent" and not (
                    between and hi is not None and e_hi < lo - EARLY_H
                ):
                    f = dataclasses.replace(f, verdict="unverifiable")
                    note += " A service may run late, so times that do not fit it are not judged."
                elif f.verdict == "inconsistent":
                    note += (
                        f" The clocks put the arrival at least {fmt(lo - e_hi, 'h')} ahead of "
                        f"it, more than the {fmt(EARLY_H, 'h')} a service gains on its schedule."
                    )
                out.append(dataclasses.replace(f, message=f.message + note))
    return out


def _loose_timetables(inp: CheckInput) -> list[Finding]:
    """A timetable finding for each article whose departure and arrival times belong to no
    trip with a leg (no figure to pair them with) and are too many to be one journey: a text
    that repeats "left Aden on Monday; reached Djibouti on Tuesday" thousands of times says
    so instead of nothing."""
    in_trips = {d for trip in inp.trips if trip.legs for d in trip.docs}
    loose: dict[str, tuple[list[TimeClaim], list[TimeClaim]]] = {}
    for c in inp.claims.values():
        if isinstance(c, TimeClaim) and c.doc not in in_trips:
            deps, arrs = loose.setdefault(c.doc, ([], []))
            if c.relation == "departure":
                deps.append(c)
            elif c.relation in ("arrival", "crossing"):
                arrs.append(c)
    return [
        _timetable(None, deps, arrs, "article")
        for deps, arrs in loose.values()
        if len(deps) + len(arrs) > MANY_TIMES
    ]


#: How far before a duration (characters, same document) the clock times of its leg may stand.
_BESIDE = 300


def _beside(t: TimeClaim, dur) -> bool:
    """Whether a clock time is written shortly before a duration, in the same document."""
    return t.doc == dur.doc and 0 <= dur.start - t.end <= _BESIDE


class _Durations(list):
    """A trip's durations, with where each document's end, for :meth:`floor`."""

    @functools.cached_property
    def _ends(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for d in self:
            out.setdefault(d.doc, []).append(d.end)
        return {doc: sorted(ends) for doc, ends in out.items()}

    def floor(self, dur) -> int:
        """Where the last other duration of ``dur``'s document ending before it ends (-1: none)."""
        ends = self._ends.get(dur.doc, [])
        k = bisect.bisect_right(ends, dur.start)
        return ends[k - 1] if k else -1


def _own_clocks(dur, dep_groups, arr_groups, all_durs) -> tuple[TimeClaim, TimeClaim] | None:
    """The departure and arrival clock times written just before a duration, in that order
    and after any other duration of the document (so they time its leg, not the one before):
    the nearest of each, else None (also when several arrivals follow the departure: a chain
    of stops, whose one the duration times is not known)."""
    floor = all_durs.floor(dur)

    def nearest(groups):
        near = [
            c
            for g in groups
            for c in g
            if c.kind == "time" and c.begin == c.until and _beside(c, dur) and c.start > floor
        ]
        return max(near, key=lambda c: c.start, default=None)

    dep, arr = nearest(dep_groups), nearest(arr_groups)
    if dep is None or arr is None or dep.start > arr.start:
        return None
    stops = {
        c.start
        for g in arr_groups
        for c in g
        if c.kind == "time" and c.doc == dur.doc and dep.start < c.start < dur.start
    }
    if len(stops) > 1:
        return None  # "reached A at 9.36 am and arrived in B at 11.22 am": which is its end?
    return dep, arr


@dataclasses.dataclass(frozen=True)
class _StoryZone:
    """The time zone of a trip's end that is not placed, read from the story's places."""

    timezone: str


def _reach_km(trip: Trip, inp: CheckInput) -> float | None:
    """How far, at most, a trip's far end lies from its near one (km): the sum of its legs'
    largest stated distances, else its mode's top speed over its longest stated time; None when
    it states neither."""
    far = [
        max((canon(c)[2] for c in leg_claims(lg, inp, "distance")), default=0.0) for lg in trip.legs
    ]
    if 0.0 < sum(far) < INF:
        return sum(far)
    mode = next((lg.mode for lg in trip.legs if lg.mode), None)
    longest = max(
        (
            h
            for lg in trip.legs
            for c in leg_claims(lg, inp, "duration")
            if (h := canon(c)[2]) < INF
        ),
        default=None,
    )
    if mode not in MAX_SPEED_KMH or longest is None:
        return None
    return MAX_SPEED_KMH[mode] * longest


def _zone_near_the_other_end(
    trip: Trip, inp: CheckInput, origin, dest, own: set[str], notes: list[str]
) -> tuple:
    """The trip's ends, the one that cannot be placed (no zone) read in the zone of the other
    when every place within the trip's reach of that end keeps the same clock ("set off from
    the Routeburn Shelter at 6.15 am ... reached The Divide at 11.05 am" on a 33 km track near
    Queenstown); ``notes`` gets the sentence that says so. Unchanged otherwise, and when a
    clock time of the trip names a zone (``own``) the placed end does not keep: that end may
    not be where the clock was read (a ship's home port)."""
    if inp.zones_within is None:
        return origin, dest
    if (origin is None) == (dest is None):
        return origin, dest  # (an end placed with no zone, a sea or a continent, is no town's)
    end = dest if origin is None else origin
    if not isinstance(end, Place) or end.is_region or not end.timezone:
        return origin, dest
    reach = _reach_km(trip, inp)
    if reach is None:
        return origin, dest
    if any(_offsets(z) != _offsets(end.timezone) for z in own):
        return origin, dest
    zones = inp.zones_within(end.lat, end.lon, reach) | {end.timezone}
    if len({_offsets(z) for z in zones}) != 1:
        return origin, dest
    fired("times:zone_near_the_other_end")
    stand_in = _StoryZone(end.timezone)
    notes.append(
        f" The {'arrival' if end is origin else 'departure'} end is not placed; it is read in "
        f"{end.name}'s zone ({end.timezone}), which every place within the trip's "
        f"{fmt(reach, 'km')} of {end.name} keeps."
    )
    return (origin, stand_in) if end is origin else (stand_in, dest)


def _time_claims(claims) -> list[TimeClaim]:
    return [c for c in claims if isinstance(c, TimeClaim)]


def _dated_events(claims) -> list[TimeClaim]:
    """The dated events of the claims (a forum, a summit...), by id."""
    return sorted(
        (c for c in claims if isinstance(c, TimeClaim) and c.event and c.begin), key=lambda c: c.id
    )


def _story_zone(claims, places: dict) -> _StoryZone | None:
    """The one time zone of every point the story names (at least two), else None: a clock
    time at an end that cannot be placed ("Izumoshi Station") is read in it."""
    points = {
        pid
        for c in claims
        if c.kind == "place"
        for pid in c.places
        if pid in places and not places[pid].is_region
    }
    zones = [places[pid].timezone for pid in sorted(points)]
    if len(points) < 2 or None in zones:
        return None
    # zones that keep the same offsets all year are one ("Bodo" and a visitor's "Munich")
    if len({_offsets(z) for z in zones}) != 1:
        return None
    return _StoryZone(max(sorted(set(zones)), key=zones.count))


@functools.cache
def _offsets(zone: str) -> tuple:
    """A zone's UTC offsets in winter and in summer (zones alike in both are one clock)."""
    try:
        tz = ZoneInfo(zone)
    except (KeyError, ValueError):
        return (zone,)
    return tuple(dt.datetime(2024, m, d, 12, tzinfo=tz).utcoffset() for m, d in _SEASONS)


#: The days a dateless clock time is read on: one in winter and one in summer of the year the
#: figures name (else this one), so a zone's daylight saving time is tried both ways.
_SEASONS = ((1, 15), (7, 15))


#: A duration written farther than this (characters) from both clock times of its own document,
#: in a combination that contradicts, is not judged against them: it may time another part of
#: the trip (another report's duration is judged: that is what a cross-check of reports is).
FAR_FROM_CLOCKS = 400


def _text_gap(dur, dep, arr) -> int:
    """How far, in characters, a duration is written from the nearer of two clock times (of
    another document: as far as can be)."""
    if dur.doc != dep.doc and dur.doc != arr.doc:
        return 1 << 62
    return min(abs(dur.start - c.end) for c in (dep, arr) if c.doc == dur.doc)


def _dateless_findings(deps, arrs, durs, origin, dest) -> list[Finding]:
    """Clock times of an article that gives no date at all ("left at 8:01 a.m. ... arrived at
    11:20 a.m. local time ... two hours and 19 minutes") against the stated durations, modulo a
    day: consistent when the arrival read on the departure's day or a later one (the day its
    words name: "the next day") fits in winter or in summer time; inconsistent only when no
    such reading fits and both zones are known (an unknown zone says unverifiable)."""
    if not durs or len(deps) * len(arrs) * len(durs) > MANY_TIMES:
        return []
    tried = []
    for dep, arr, dur in itertools.product(deps, arrs, durs):
        _, lo, hi = canon(dur)
        if hi >= INF or hi - lo >= 24.0:
            continue  # "12 hours or more", "seven years": fits any time of day, nothing to test
        tz_o = dep.zone or (origin.timezone if origin else None)
        tz_d = arr.zone or (dest.timezone if dest else None)
        year = dur.year or dep.year or arr.year or dt.date.today().year
        step = arr.day_offset - dep.day_offset
        if dep.weekday is not None and arr.weekday is not None:
            # "9:50 p.m. on Thursday ... 9:58 a.m. on Friday": the days between the weekdays
            # (or a week more each time, for a trip that long)
            first = (arr.weekday - dep.weekday) % 7
            days = range(first, max(first + 1, int(hi // 24) + 2), 7)
        else:
            days = [step] if step > 0 else range(0, max(2, int(hi // 24) + 2))
        best = None
        for (mon, mday), k in itertools.product(_SEASONS, days):
            day = dt.date(year, mon, mday)
            at_d = dt.datetime.combine(day, dep.clock)
            at_a = dt.datetime.combine(day + dt.timedelta(days=k), arr.clock)
            d_ = dataclasses.replace(dep, begin=at_d, until=at_d)
            a_ = dataclasses.replace(arr, begin=at_a, until=at_a)
            e_lo, e_hi = _elapsed(d_, a_, tz_o, tz_d)
            gap = max(lo - e_hi, e_lo - hi, 0.0)
            if best is None or gap < best[0]:
                best = (gap, k, e_lo, e_hi)
        if best is not None:
            tried.append((best, dep, arr, dur, tz_o, tz_d, lo, hi))
    fitting = [t for t in tried if t[0][0] == 0.0]
    own = [t for t in fitting if _text_gap(t[3], t[1], t[2]) <= _BESIDE]
    if own:
        # a duration written with the clocks is theirs: another that also fits modulo a day
        # ("within 48 hours", a passenger's "36 hours on board" in the next sentence) would be
        # a fit by the wrong figure; of several near a pair of clocks, the nearest
        nearest: dict[tuple[str, str], int] = {}
        for t in own:
            key, gap_t = (t[1].id, t[2].id), _text_gap(t[3], t[1], t[2])
            nearest[key] = min(gap_t, nearest.get(key, gap_t))
        fitting = [t for t in own if _text_gap(t[3], t[1], t[2]) == nearest[t[1].id, t[2].id]]
    # none fits: judge the duration written nearest the clock times (the one their sentence
    # states), not whichever comes closest in value ("took about three hours" in 1994)
    chosen = fitting or (
        [min(tried, key=lambda t: (_text_gap(t[3], t[1], t[2]), t[0][0]))] if tried else []
    )
    out = []
    for (gap, k, e_lo, e_hi), dep, arr, dur, tz_o, tz_d, lo, hi in chosen:
        ok = gap == 0.0
        known = tz_o is not None and tz_d is not None
        day = {0: "the same day", 1: "the next day"}.get(k, f"{k} days later")
        word = "crossing" if arr.relation == "crossing" else "arrival"
        by_weekday = dep.weekday is not None and arr.weekday is not None
        if by_weekday:
            said = f"their weekdays put the {word} {day}: they are {_apart(e_lo, e_hi)}, so "
            said += f"{quote(dur)} {'fits' if ok else 'does not fit'}."
            if not ok and not known:
                said += " A zone is unknown, so this is not judged."
        elif ok:
            said = (
                f"read with the {word} {day}, they are {_apart(e_lo, e_hi)}, so {quote(dur)} fits."
            )
        else:
            said = (
                f"on no reading of the {word} on the same day or a later one do they fit "
                f"{quote(dur)} (closest: {_apart(e_lo, e_hi)}, the {word} {day})."
            )
            if not known:
                said += " A zone is unknown, so this is not judged."
        msg = (
            f"The departure '{dep.text}' ({dep.doc}, {tz_o or 'zone unknown'}) and the {word} "
            f"'{arr.text}' ({arr.doc}, {tz_d or 'zone unknown'}): the article gives no "
            f"{'date' if by_weekday else 'day'} for these times; {said}"
        )
        out.append(
            Finding(
                "timeline",
                "consistent" if ok else ("inconsistent" if known else "unverifiable"),
                tuple(sorted({dep.doc, arr.doc, dur.doc})),
                (dep.id, arr.id, dur.id),
                msg,
                {
                    "elapsed_h": [round(e_lo, 3), round(e_hi, 3)],
                    "stated_h": [round(lo, 3), finite_or_none(hi)],
                    "departure_tz": tz_o,
                    "arrival_tz": tz_d,
                    "days_between": k,
                    "day_given": by_weekday,
                },
            )
        )
    return out


def _dated_clocks(groups: list[list[TimeClaim]]) -> list[list[TimeClaim]]:
    """Clock times whose day was guessed, set on a date of the same end the trip writes
    elsewhere ("tied up at 6:30 a.m. New York time" and "docked on Sunday, Sept. 14"): each a
    group of the clock on that day and the date's claims. Only a fit is reported from these
    (see ``_timeline_findings``)."""
    dates = [
        g for g in groups if g[0].kind == "date" and (g[0].until - g[0].begin) == dt.timedelta(1)
    ]
    out = []
    for g in groups:
        c = g[0]
        if not _undated(c, written=True) or c.begin != c.until:
            continue  # (a day written beside a clock may be misread too: only a fit counts)
        for d in dates:
            if d[0].begin.date() == c.begin.date():
                continue
            at = dt.datetime.combine(d[0].begin.date(), c.begin.time())
            out.append([dataclasses.replace(c, begin=at, until=at), *d])
    return out


def _timeline_findings(deps, arrs, durs, origin, dest) -> list[Finding]:
    """Departures and arrivals against the stated durations, as one judgement for each document
    that states durations: every combination that fits is consistent; when one fits, the
    document's durations that fit none likely time something else (a stop, a tour, a
    suspension) and are named, not judged; when none fits, one inconsistent finding for the
    combination that comes closest.

    A clock time whose day was guessed fits when the arrival read a day later or earlier fits
    (a finite duration only: "12 hours or more" fits any day), and it is tried on the dates the
    trip writes for the same end; such a combination counts only when it fits."""
    counted = _calendar_count(deps, arrs, durs)
    if counted is not None:
        return [counted]
    tried = []
    dep_days, arr_days = _dated_clocks(deps), _dated_clocks(arrs)
    combos = [(d, a, False) for d in deps for a in arrs]
    combos += [(d, a, True) for d in dep_days for a in arrs]
    combos += [(d, a, True) for d in [*deps, *dep_days] for a in arr_days]
    for (dep_group, arr_group, redated), dur in itertools.product(combos, durs):
        dep, arr = dep_group[0], arr_group[0]
        if dur.year is not None and dur.year not in (dep.begin.year, arr.begin.year):
            continue  # "a journey of about 22 hours" planned for 2027 times no trip of 2025
        tz_o = dep.zone or (origin.timezone if origin else None)
        tz_d = arr.zone or (dest.timezone if dest else None)
        e_lo, e_hi = _elapsed(dep, arr, tz_o, tz_d)
        _, lo, hi = canon(dur)
        gap = max(lo - e_hi, e_lo - hi, 0.0)
        shift = None
        if gap > 0 and hi < INF:
            shift = _day_shift(dep, arr, lo, hi, tz_o, tz_d)
            if shift is not None and abs(shift[0]) == 1:
                gap = 0.0  # the natural reading of a day not written
            else:
                shift = None
        if redated and gap > 0:
            continue
        tried.append((gap, dep_group, arr_group, dur, tz_o, tz_d, e_lo, e_hi, lo, hi, shift))
    out = []
    for doc in dict.fromkeys(t[3].doc for t in tried):
        out += _timeline_judged([t for t in tried if t[3].doc == doc])
    return out


#: Units of a count of days that two dates written without clock times are set against.
_DAY_UNITS = frozenset({"d", "wk", "fortnight"})


def _whole_day(c: TimeClaim) -> bool:
    """Whether a time claim is a whole day (a date written without a clock time)."""
    return (
        c.begin is not None
        and c.until is not None
        and c.begin.time() == dt.time(0)
        and c.until - c.begin == dt.timedelta(days=1)
    )


def _calendar_count(deps, arrs, durs) -> Finding | None:
    """One departure date and one arrival date written without clock times, and one count of
    days, weeks or fortnights for the leg ("left on Monday, Nov. 9 ... reached Masvingo on
    Nov. 13 ... a three-day ride"): the count must be the days between the dates, or the
    calendar days from the first to the last counted with both; else inconsistent. (Read as
    hours between the whole days, 72-120 h would let three days fit.) None when the trip gives
    more or other times, a hedged or fractional count, or one those hours cannot hold either
    (it may time something else: judged with the hours)."""
    if len(deps) != 1 or len(arrs) != 1 or len(durs) != 1:
        return None
    dep, arr, dur = deps[0][0], arrs[0][0], durs[0]
    if (
        not (_whole_day(dep) and _whole_day(arr))
        or dur.unit not in _DAY_UNITS
        or dur.hedge is not None
        or dur.value is None
        or float(dur.value) != int(dur.value)
        or dur.low is None
        or dur.high is None
        or dur.high >= INF
    ):
        return None  # (a hedged count, "nearly two weeks", or "15 and a half days": as hours)
    days = (arr.begin.date() - dep.begin.date()).days
    lo, hi = convert(dur.low, dur.unit, "d"), convert(dur.high, dur.unit, "d")
    if days < 1 or not (days - 1 < hi and lo < days + 1):
        return None  # a count the whole days' hours cannot hold either: judged as hours
    fits = [n for n in (days, days + 1) if _fits_days(dur, n)]
    said = f"{days} days apart ({days + 1} calendar days counting both)"
    msg = (
        f"'{dep.text}' ({dep.begin.date():%Y-%m-%d}) and '{arr.text}' "
        f"({arr.begin.date():%Y-%m-%d}) are {said}, "
        + (
            f"which fits {quote(dur)}."
            if fits
            else f"so {quote(dur)} ({_days_range(lo, hi)}) fits neither count."
        )
    )
    return Finding(
        "timeline",
        "consistent" if fits else "inconsistent",
        tuple(sorted({dep.doc, arr.doc, dur.doc})),
        (*(c.id for c in deps[0]), *(c.id for c in arrs[0]), dur.id),
        msg,
        {
            "days_between": days,
            "calendar_days": days + 1,
            "stated_days": [round(lo, 3), round(hi, 3)],
        },
    )


def _days_range(lo: float, hi: float) -> str:
    """A count of days' range as said: "2.5-3.5 days"."""
    return f"{lo:g}-{hi:g} days" if lo != hi else f"{lo:g} days"


def _timeline_judged(tried: list[tuple]) -> list[Finding]:
    """The findings for the combinations of one document's durations (see above). When a
    duration fits the times as read, another that fits only with a day moved times something
    else (a freight train's 30 hours beside a passenger run timed by its clocks): it is named,
    not counted as a fit."""
    as_read = {(t[1][0].id, t[2][0].id) for t in tried if t[0] == 0.0 and t[10] is None}
    tried = [
        (1.0, *t[1:])
        if t[0] == 0.0 and t[10] is not None and (t[1][0].id, t[2][0].id) in as_read
        else t
        for t in tried
    ]
    fitting = [t for t in tried if t[0] == 0.0]
    if fitting:
        fit_ids = {t[3].id for t in fitting}
        unfit = list({t[3].id: t[3] for t in tried if t[3].id not in fit_ids}.values())
        note = (
            f" The trip also states {', '.join(quote(u) for u in unfit)}, which fits none of its "
            "times: it may time something else."
            if unfit
            else ""
        )
        chosen = fitting
    else:
        note, unfit = "", []
        chosen = [min(tried, key=lambda t: (t[0], t[3].start))]
        if len(tried) > 1:
            note = f" No other of the trip's {len(tried)} combinations of times and durations fits either."
    out = []
    for t in chosen:
        gap, dep_group, arr_group, dur, tz_o, tz_d, e_lo, e_hi, lo, hi, shift = t
        dep, arr = dep_group[0], arr_group[0]
        ok = gap == 0.0
        shifted = shift is not None
        said = note
        if shift is not None:
            said = _shift_note(shift, True) + note  # the next or previous day: natural
            gap = 1.0  # "cannot fit as read"
        elif not ok and hi < INF:
            shift = _day_shift(dep, arr, lo, hi, tz_o, tz_d)
            shifted = shift is not None
            if shift is not None:  # only a move of two days fits: not judged
                said = _shift_note(shift, False) + note
        elif not ok:
            # an open duration ("12 hours or more") against times in the wrong order: the
            # day of a time may be misread; only a day written beside both times judges it
            shift = _day_shift(dep, arr, lo, hi, tz_o, tz_d)
            shifted = shift is not None
            if shift is not None:
                said = (
                    f" The day of {' and '.join(repr(c.text) for c in shift[1])} is not "
                    "written beside it, and an open duration cannot tell which day it is, so "
                    "this is not judged." + note
                )
        if (
            not ok
            and not shifted
            and e_hi < -WRONG_ORDER_H
            and not (_YEAR.search(dep.text) and _YEAR.search(arr.text))
        ):
            # "Monday, Feb. 2" of a 1925 run read in the year of a 2026 race: a date written
            # without its year, days before the departure, may be another trip's or year's
            shifted = True
            said = (
                " One of the dates is written without its year and falls days before the "
                "other: it may belong to another trip or year, so this is not judged." + note
            )
        if (
            not ok
            and not shifted
            and e_hi < 0
            and (loose := [c for c in (dep, arr) if _undated(c)])
        ):
            # "left at 23:45 on Monday, December 29, ... pulled into Vladivostok at 07:00": a
            # clock that takes its day from another time's date, read before the departure, is
            # on a later day the text does not write beside it
            later = _no_later_day_fits(*_elapsed(dep, arr, tz_o, tz_d, raw=True), lo, hi)
            if later is not None:
                # ... unless no later day fits either ("left at 21:55 ... due at 07:35 on
                # Saturday after nine hours and 20 minutes": 9.7 h the day before, or a day more)
                fired("times:no_later_day_fits")
                said = (
                    f" The day of {' and '.join(repr(c.text) for c in loose)} is not written "
                    "beside it: read with the arrival the day after, and no later day fits "
                    "either." + note
                )
                out.append(
                    _timeline_finding(t, False, False, said, unfit, later, False, arrival_days=1)
                )
                continue
            shifted = True
            said = (
                f" The day of {' and '.join(repr(c.text) for c in loose)} is not written beside "
                "it, and read on the day of its sentence the times are in the wrong order, so "
                "this is not judged." + note
            )
        if (
            not ok
            and not shifted
            and FAR_FROM_CLOCKS
            < (far := min(_text_gap(dur, d, a) for d in dep_group for a in arr_group))
            < 1 << 62
        ):
            # "boarded a coach at 6:30 a.m. and reached the scenic area at 9 a.m." and, two
            # paragraphs on, "walked the full 10.5 km in about five hours": a duration written
            # far from both clocks may time another part of the trip
            shifted = True
            said = (
                f" {quote(dur)} is written {far} characters away from both times: it may time "
                "another part of the trip, so this is not judged." + note
            )
        out.append(_timeline_finding(t, ok, shifted, said, unfit, (e_lo, e_hi), gap == 0.0))
    return out


def _no_later_day_fits(
    e_lo: float, e_hi: float, lo: float, hi: float
) -> tuple[float, float] | None:
    """Times read in the wrong order (``e_hi`` < 0 by less than a day; ``e_lo``, ``e_hi`` as
    read, not clipped at 0), with a finite stated
    duration that fits the arrival on no later day: the elapsed time read a day later; None
    when some later day fits, or the wrong order is a day or more."""
    if not (-24.0 < e_hi < 0.0) or hi == INF:
        return None
    k = 1
    while e_lo + 24 * k <= hi:
        if lo <= e_hi + 24 * k:
            return None
        k += 1
    return e_lo + 24, e_hi + 24


def _timeline_finding(
    tried: tuple,
    ok: bool,
    shifted: bool,
    said: str,
    unfit: list,
    elapsed: tuple[float, float],
    fits: bool,
    arrival_days: int = 0,
) -> Finding:
    """One timeline finding of a combination ``tried`` (see :func:`_timeline_findings`): its
    times and duration, the ``elapsed`` hours as judged, whether the duration fits them as
    read (``fits``), the verdict and what was said of it (``arrival_days``: the arrival read
    that many days after its claim's own day)."""
    _, dep_group, arr_group, dur, tz_o, tz_d, _, _, lo, hi, _ = tried
    e_lo, e_hi = elapsed
    arr_utc = _utc_iso(arr_group[0], tz_d)
    if arr_utc and arrival_days:
        moved = dt.timedelta(days=arrival_days)
        arr_utc = [(dt.datetime.fromisoformat(u) + moved).isoformat() for u in arr_utc]
    dep, arr = dep_group[0], arr_group[0]
    dep_docs = ", ".join(dict.fromkeys(c.doc for c in dep_group))
    arr_docs = ", ".join(dict.fromkeys(c.doc for c in arr_group))
    word = "crossing" if arr.relation == "crossing" else "arrival"
    msg = (
        f"The departure '{dep.text}' ({dep_docs}, {tz_o or 'zone unknown'}) and the {word} "
        f"'{arr.text}' ({arr_docs}, {tz_d or 'zone unknown'}) are {_apart(e_lo, e_hi)}, so "
        f"{quote(dur)} ({dur.doc}) "
        f"{'fits' if fits else 'cannot fit as read' if shifted else 'cannot fit'}.{said}"
    )
    return Finding(
        "timeline",
        "consistent" if ok else ("unverifiable" if shifted else "inconsistent"),
        tuple(sorted({c.doc for c in (*dep_group, *arr_group, dur)})),
        (*(c.id for c in dep_group), *(c.id for c in arr_group), dur.id),
        msg,
        {
            "elapsed_h": [round(e_lo, 3), round(e_hi, 3)],
            "stated_h": [round(lo, 3), finite_or_none(hi)],
            "departure_tz": tz_o,
            "arrival_tz": tz_d,
            "departure_utc": _utc_iso(dep, tz_o),
            "arrival_utc": arr_utc,
            **({"unfit_claims": [u.id for u in unfit]} if unfit else {}),
        },
    )


#: The years a yearless weekday and date are tested in (fixed, so a report does not change
#: with the day it is made).
_YEARS = range(2015, 2036)
_MONTH_DAY = re.compile(
    r"(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{1,2})\b|(?P<d2>\d{1,2})\s+(?P<mon2>[A-Za-z]+)"
)


def _yearless(c) -> Finding | None:
    """A weekday written beside a date that has no year (and the article no dated dateline):
    "unverifiable", with the recent years in which that date falls on that weekday; beside a
    date off the calendar ("February 30, 2024"): "unverifiable", saying so."""
    if not (isinstance(c, TimeClaim) and c.kind == "date" and c.weekday is not None):
        return None
    if c.date is not None:
        return None
    if re.search(r"\b\d{4}\b", c.text):
        return Finding(
            "calendar",
            "unverifiable",
            (c.doc,),
            (c.id,),
            f"'{c.text}' is no date of the calendar, so its weekday is not judged.",
            {"stated_weekday": _WEEKDAY_NAMES[c.weekday]},
        )
    m = _MONTH_DAY.search(c.text)
    mon = (m.group("mon") or m.group("mon2")).casefold() if m else None
    if mon not in MONTHS:
        return None
    day = int(m.group("d") or m.group("d2"))
    years = []
    for y in _YEARS:
        try:
            if dt.date(y, MONTHS[mon], day).weekday() == c.weekday:
                years.append(y)
        except ValueError:
            continue
    names = [str(y) for y in years]
    when = (
        (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])
        if names
        else f"no year from {_YEARS[0]} to {_YEARS[-1]}"
    )
    return Finding(
        "calendar",
        "unverifiable",
        (c.doc,),
        (c.id,),
        f"'{c.text}' has no year, and the article no dated dateline (set one with --date): "
        f"it is a {_WEEKDAY_NAMES[c.weekday]} in {when}, so the weekday is not judged.",
        {"stated_weekday": _WEEKDAY_NAMES[c.weekday], "years_that_fit": years},
    )


def _dateline_claims(inp: CheckInput) -> dict[str, TimeClaim]:
    """Per document, the claim of its dateline's full date ("KATHMANDU, May 29, 2026 (IANS)"):
    a date with its year, within ``DATELINE_WITHIN`` characters, on the document's date."""
    out: dict[str, TimeClaim] = {}
    for c in inp.claims.values():
        if (
            isinstance(c, TimeClaim)
            and c.kind == "date"
            and c.start < DATELINE_WITHIN
            and c.date is not None
            and c.date == inp.dates.get(c.doc)
            and _YEAR.search(c.text)
        ):
            if c.doc not in out or c.start < out[c.doc].start:
                out[c.doc] = c
    return out


def check_calendar(inp: CheckInput) -> list[Finding]:
    out = []
    datelines = _dateline_claims(inp)
    for c in inp.claims.values():
        if (
            isinstance(c, TimeClaim)
            and c.kind == "date"
            and c.weekday is not None
            and c.date is not None
            and re.search(r"\d{4}|\d{1,2}", c.text)
        ):
            ok = c.date.weekday() == c.weekday
            # a date written without its year takes the dateline's: that date is evidence too
            dl = datelines.get(c.doc)
            year_from = (
                dl
                if dl is not None
                and dl.id != c.id
                and not _YEAR.search(c.text)
                and dl.date is not None
                and dl.date.year == c.date.year
                else None
            )
            msg = (
                f"{c.date:%B} {c.date.day}, {c.date.year} was a {_WEEKDAY_NAMES[c.date.weekday()]}, "
                f"{'as' if ok else 'not a ' + _WEEKDAY_NAMES[c.weekday] + ' as'} '{c.text}' says"
                + (f" (the year from the dateline's '{year_from.text}')." if year_from else ".")
            )
            out.append(
                Finding(
                    "calendar",
                    "consistent" if ok else "inconsistent",
                    (c.doc,),
                    (c.id, year_from.id) if year_from else (c.id,),
                    msg,
                    {
                        "date": c.date.isoformat(),
                        "weekday_of_date": _WEEKDAY_NAMES[c.date.weekday()],
                        "stated_weekday": _WEEKDAY_NAMES[c.weekday],
                    },
                )
            )
    out += [f for c in inp.claims.values() if (f := _yearless(c)) is not None]
    out += _weekdays_on_dateline(inp)
    out += _days_between_dates(inp, ("calendar",))
    by_doc = ClaimsByDoc(inp)
    for trip in inp.trips:
        evs = by_doc.derived(trip.docs, _dated_events)
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


#: How far into a document its dateline may lie (characters): "KINGSTON, Ontario, Nov. 12,
#: 2024 (AP) —" comes after at most a headline.
DATELINE_WITHIN = 400
_YEAR = re.compile(r"\d{4}")
#: Hours an arrival may precede its departure before a date written without its year is taken
#: for another trip's or year's rather than judged.
WRONG_ORDER_H = 48.0
_DAY_OF_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[:.]\d)|\d{4}")


#: The relations of a journey's own times.
_JOURNEY_TIMES = frozenset({"departure", "arrival", "crossing"})


def _weekdays_on_dateline(inp: CheckInput) -> list[Finding]:
    """A weekday written without its date ("arrived on Tuesday") against the dateline's date.

    Wire copy names the days of the past or coming week by weekday alone. One that falls on the
    dateline's own day, or on a day the article writes as a date ("began on March 2 ... on
    Saturday evening"), ties the event to that date, which the calendar confirms. Any other is
    a journey's departure or arrival before the dateline is placed in the dateline's week ("left
    on Monday" in a story of Wednesday, November 6: November 4), the date a checker needs for
    the rest of the story; the message says that nothing can contradict such a weekday, only
    place it."""
    out = []
    by_doc: dict[str, list[TimeClaim]] = {}
    for c in inp.claims.values():
        if isinstance(c, TimeClaim):
            by_doc.setdefault(c.doc, []).append(c)
    for doc, cs in by_doc.items():
        cs.sort(key=lambda c: c.start)
        line = next(
            (
                c
                for c in cs
                if c.kind == "date"
                and c.start < DATELINE_WITHIN
                and c.date is not None
                and c.weekday is None
                and _DAY_OF_MONTH.search(c.text)
            ),
            None,
        )
        if line is None:
            out += _weekdays_on_given_date(cs, inp.dates.get(doc))
            continue
        days = [
            d
            for d in cs
            if d.kind == "date"
            and d is not line
            and d.weekday is None
            and d.date is not None
            and _DAY_OF_MONTH.search(d.text)
            and (d.until - d.begin).days <= 1
        ]
        for c in cs:
            if not _bare_weekday(c):  # (resolved from the dateline: always its weekday)
                continue
            if c.date == line.date:
                other, msg = line, f"'{c.text}' names the dateline's own day"
            else:
                # a weekday that falls on a date the article writes elsewhere ("began on March
                # 2 ... on Saturday evening")
                other = next((d for d in days if d.date == c.date), None)
                msg = f"'{c.text}' and '{other.text}' name one day" if other else ""
            year = "" if _YEAR.search(line.text) else " (the year from the document date)"
            if other is None:
                if c.date > line.date or (
                    c.relation not in _JOURNEY_TIMES and (c.event or c.mode is None)
                ):
                    # (only days before the dateline, of the journey or of a sentence of travel
                    # ("rode the route on Sunday"): a coming day, a meeting's weekday or a
                    # backlog "cleared by Thursday" may be read in the wrong week)
                    continue
                fired("calendar.weekday_in_week")
                gap = (c.date - line.date).days
                when = f"{abs(gap)} day{'s' * (abs(gap) != 1)} {'before' if gap < 0 else 'after'}"
                out.append(
                    Finding(
                        "calendar",
                        "consistent",
                        (c.doc,),
                        (line.id, c.id),
                        f"'{c.text}' falls in the week of the dateline's {line.date:%B} "
                        f"{line.date.day}, {line.date.year} (a "
                        f"{_WEEKDAY_NAMES[line.date.weekday()]}){year}: it is "
                        f"{_WEEKDAY_NAMES[c.date.weekday()]}, {c.date:%B} {c.date.day}, "
                        f"{when}. (A weekday written without its date can only be placed in "
                        "the dateline's week, never contradicted.)",
                        {
                            **_weekday_details(c),
                            "dateline_claim": line.id,
                            "days_from_dateline": gap,
                        },
                    )
                )
                continue
            out.append(
                Finding(
                    "calendar",
                    "consistent",
                    (c.doc,),
                    (other.id, c.id),
                    f"{msg}: {c.date:%B} {c.date.day}, {c.date.year} was a "
                    f"{_WEEKDAY_NAMES[c.date.weekday()]}{year}"
                    ". (A weekday written without its date only places the event in the "
                    "dateline's week.)",
                    {**_weekday_details(c), "dateline_claim": line.id},
                )
            )
    return out


#: How near a count of days stands to the date it leads to ("landed on May 6, after 12 days at
#: sea"), in characters either side.
DAYS_NEAR_DATE = 160
_DAY_COUNT = re.compile(r"\b(?:days?|weeks?|fortnights?|nights?)\b", re.IGNORECASE)
_DAY_RELATIONS = frozenset([None, "leg", "offset"])


#: A count of days written as an adjective ("a five-day trip", "the eight-day voyage"): it may
#: count the calendar days the trip touches, the first and the last both.
_DAY_ADJECTIVE = re.compile(r"-day\b", re.IGNORECASE)


def _fits_days(dur: QuantityClaim, days: int) -> bool:
    return convert(dur.low, dur.unit, "d") <= days <= convert(dur.high, dur.unit, "d")


def _counts(dur: QuantityClaim, days: int) -> bool:
    """Whether ``days`` between two dates fit the count ``dur``, as days apart or, for a count
    written as an adjective, as the calendar days from the first to the last ("a five-day
    trip" from Sunday to Thursday)."""
    return _fits_days(dur, days) or (
        bool(_DAY_ADJECTIVE.search(dur.text)) and _fits_days(dur, days + 1)
    )


def _other_ends(
    a: TimeClaim, dates: list[TimeClaim], full: list[TimeClaim], leg: bool
) -> list[TimeClaim]:
    """The dates that may be the other end of a count of days beside ``a``: when ``a`` is
    written with its day of the month, any date (a weekday alone read in the dateline's week:
    "left on Sunday, June 1 ... reached Osh on Wednesday"); when ``a`` is a weekday alone, only
    the last date written with its day of the month before it (the start the story told). A
    weekday alone is an end only of a count that is a leg's (``leg``), never of an offset's
    ("three days before the final")."""
    if a in full:
        return dates if leg else full
    return [x for x in full if x.start < a.start and x.doc == a.doc][-1:] if leg else []


def _date_spans(inp: CheckInput) -> list[tuple[TimeClaim, TimeClaim, int, QuantityClaim]]:
    """A count of days written beside a date ("made landfall on Wednesday, May 6, after 12 days
    at sea", "reached the camp on April 10, eight days after leaving") that two dates of the
    article span: consistent when the days between them fit the count as its words allow. No
    finding when no date fits: the count may be of a part of the trip, or count a first or last
    day, so a miss is no contradiction. The spans found: (first date, last date, days apart,
    count); computed once an input."""
    out: list[tuple[TimeClaim, TimeClaim, int, QuantityClaim]] = []
    by_doc: dict[str, tuple[list[TimeClaim], list]] = {}
    for c in inp.claims.values():
        if isinstance(c, TimeClaim):
            if (
                c.kind in ("date", "time")
                and c.date is not None
                and c.begin is not None
                and c.until is not None
                and (c.until - c.begin).days <= 1
            ):
                by_doc.setdefault(c.doc, ([], []))[0].append(c)
        elif (
            c.kind == "duration"
            and c.relation in _DAY_RELATIONS
            and getattr(c, "low", None) is not None
            and getattr(c, "high", None) is not None
            and c.unit in ("d", "wk", "fortnight", "night")
            and convert(c.low, c.unit, "d") >= 2.0  # (a day's figure: "a one-day test")
            and _DAY_COUNT.search(c.text)
        ):
            by_doc.setdefault(c.doc, ([], []))[1].append(c)
    for dates, durs in by_doc.values():
        # a weekday alone ("reached Osh on Wednesday after 10 days on the road") may be the end
        # beside the count, its day read in the dateline's week; the other end is written with
        # its day of the month
        full = [d for d in dates if _DAY_OF_MONTH.search(d.text)]
        for dur in durs:
            near = sorted(
                (d for d in dates if abs(d.start - dur.start) <= DAYS_NEAR_DATE),
                key=lambda d: abs(d.start - dur.start),
            )
            # the date beside the count is one end; the other end may be anywhere (the
            # dateline's day): a departure before or an arrival after first, then the nearest
            found = min(
                (
                    (
                        early.relation != "departure" and late.relation != "arrival",
                        early.relation == "arrival" or late.relation == "departure",
                        abs(b.start - a.start),
                        early.start,
                        (early, late, days),
                    )
                    for a in near
                    for b in _other_ends(a, dates, full, dur.relation == "leg")
                    if b is not a
                    for early, late in [(a, b) if a.date < b.date else (b, a)]
                    for days in [(late.date - early.date).days]
                    if days > 0 and _counts(dur, days)
                ),
                default=None,
                key=lambda t: t[:4],
            )
            if found is None:
                continue
            early, late, days = found[4]
            out.append((early, late, days, dur))
    _SPANS[:1] = [(inp.claims, out)]
    return out


#: The last input's date spans (:func:`_date_spans`), kept with its claims: the calendar and
#: the timeline ask for them in turn (read and replaced whole).
_SPANS: list[tuple[Mapping, list]] = []


def _days_between_dates(inp: CheckInput, checks: tuple[str, ...]) -> list[Finding]:
    """The findings of :func:`_date_spans` for the ``checks`` asked: a timeline finding for
    each count (it times the trip), a calendar one where an end has a weekday (the count dates
    it)."""
    last = _SPANS[0] if _SPANS else None
    spans = last[1] if last is not None and last[0] is inp.claims else _date_spans(inp)
    out = []
    for early, late, days, dur in spans:
        both = not _fits_days(dur, days)  # (then it counts the first and the last day)
        weekday = early.weekday is not None or late.weekday is not None
        for check in ("timeline", "calendar") if weekday else ("timeline",):
            if check not in checks:
                continue
            out.append(
                Finding(
                    check,
                    "consistent",
                    (dur.doc,),
                    (early.id, late.id, dur.id),
                    f"'{early.text}' ({early.date:%Y-%m-%d}) and '{late.text}' "
                    f"({late.date:%Y-%m-%d}) are {days} days apart, which fits '{dur.text}'"
                    + (f" counting both the first and the last day ({days + 1})." if both else "."),
                    {"days_between": days, **({"days_counted": days + 1} if both else {})},
                )
            )
    return out


def _bare_weekday(c: TimeClaim) -> bool:
    """Whether ``c`` is a weekday written without its day of the month ("on Saturday"; a clock
    time's digits are no day) and resolved to a date that falls on that weekday."""
    return (
        c.weekday is not None
        and c.date is not None
        and c.date.weekday() == c.weekday
        and not _DAY_OF_MONTH.search(re.sub(r"\d{1,2}[:.]\d{2}", "", c.text))
    )


def _weekday_details(c: TimeClaim) -> dict[str, str]:
    """A calendar finding's details for a weekday that ``_bare_weekday`` accepted."""
    return {
        "date": c.date.isoformat(),
        "weekday_of_date": _WEEKDAY_NAMES[c.date.weekday()],
        "stated_weekday": _WEEKDAY_NAMES[c.weekday],
    }


def _weekdays_on_given_date(cs: list[TimeClaim], date: dt.date | None) -> list[Finding]:
    """A weekday written without its date in an article whose dateline gives no date ("CHICAGO
    (AP) -"), against the date the article came with (a corpus column, ``--date``): one that
    falls on that day ties the event to it, as a dateline's date would."""
    if date is None:
        return []
    out = []
    for c in cs:
        if c.date != date or not _bare_weekday(c):
            continue
        out.append(
            Finding(
                "calendar",
                "consistent",
                (c.doc,),
                (c.id,),
                f"'{c.text}' names the article's own date, given with it (its dateline has "
                f"none): {date:%B} {date.day}, {date.year} was a "
                f"{_WEEKDAY_NAMES[date.weekday()]}. (A weekday written without its date only "
                "places the event in the article's week.)",
                _weekday_details(c),
            )
        )
    return out


def _utc_iso(c: TimeClaim, tz: str | None) -> list[str] | None:
    """The claim's window in UTC as ISO strings, or None when its zone is unknown."""
    if tz is None:
        return None
    return [as_utc(c.begin, tz).isoformat(), as_utc(c.until, tz).isoformat()]


#: UTC offsets a clock time can have when its zone is unknown (UTC-12 to UTC+14), in hours.
_UNKNOWN_ZONE = (-12.0, 14.0)

#: The span a clock time written to the minute stands for (its seconds are not written).
_A_MINUTE = dt.timedelta(minutes=1)


def _elapsed(
    dep: TimeClaim, arr: TimeClaim, tz_o: str | None, tz_d: str | None, raw: bool = False
) -> tuple[float, float]:
    """Hours from the departure window to the arrival window, at least 0.

    A time whose zone is unknown (none written, no placed endpoint) may lie at any UTC offset
    from -12 to +14 hours, so its window widens by that much rather than being read as UTC. A
    clock time to the minute ("11.52 am") covers that whole minute, so a duration given to the
    second ("5 hours 4 minutes 20 seconds") is not set against the bare minutes.
    """

    def utc_window(c: TimeClaim, tz: str | None) -> tuple[dt.datetime, dt.datetime]:
        until = c.until + _A_MINUTE if c.until == c.begin else c.until
        if tz is not None:
            return as_utc(c.begin, tz), as_utc(until, tz)
        lo, hi = _UNKNOWN_ZONE
        return as_utc(c.begin, None) - dt.timedelta(hours=hi), as_utc(until, None) - dt.timedelta(
            hours=lo
        )

    d_lo, d_hi = utc_window(dep, tz_o)
    a_lo, a_hi = utc_window(arr, tz_d)
    e_lo = (a_lo - d_hi).total_seconds() / 3600
    e_hi = (a_hi - d_lo).total_seconds() / 3600
    return (e_lo, e_hi) if raw else (max(e_lo, 0.0), e_hi)


#: How far apart (characters) a distance and the clocks that time it may be written for the
#: speed they need to be judged (beyond it, said but not judged).
CLOCKS_WITHIN = 600


def _plausibility_from_clocks(inp, legs, deps, arrs, origin, dest) -> list[Finding]:
    """A leg's distance timed by its dated departure and arrival clocks, with no duration or
    speed stated: the speed the clocks need, against what the mode can do ("set off at 5:00
    a.m. on Monday and reached the monastery at 11:00 a.m. the same day, covering the 120-km
    mountain route on foot": 20 km/h on foot). A plausibility finding, one a leg."""
    out = []
    for lg in legs:
        if lg.mode not in MAX_SPEED_KMH or leg_claims(lg, inp, "speed"):
            continue
        ds = [d for d in leg_claims(lg, inp, "distance") if not is_upper(d)]
        pairs = [
            (g[0], h[0])
            for g in deps
            for h in arrs
            if h[0].relation == "arrival" and g[0].begin is not None and h[0].begin is not None
        ]
        if not ds or len(pairs) != 1:
            continue  # (several departures or arrivals: which pair times the distance is unsure)
        dep, arr = pairs[0]
        tz_o = dep.zone or (origin.timezone if origin else None)
        tz_d = arr.zone or (dest.timezone if dest else None)
        e_lo, e_hi = _elapsed(dep, arr, tz_o, tz_d)
        # the distance written with the clocks, near either (none there: the clocks may time
        # another stretch than any distance the leg states)
        near = [c for c in ds if any(_written_near(c, t) for t in (dep, arr))]
        if not near:
            continue
        d = min(near, key=lambda c: abs(c.start - arr.start))
        _, dlo, _ = canon(d)
        if e_hi <= 0 or math.isinf(e_hi) or dlo <= 0:
            continue
        need = dlo / e_hi
        lim = _sustained(speed_limit(lg.mode, lg.submodes), lg.mode, dlo, e_lo)
        span = max(c.end for c in (dep, arr, d)) - min(c.start for c in (dep, arr, d))
        apart = len({dep.doc, arr.doc, d.doc}) > 1 or span > CLOCKS_WITHIN
        ok = need <= lim.max_kmh
        msg = (
            f"The departure '{dep.text}' and the arrival '{arr.text}' are {_apart(e_lo, e_hi)}; "
            f"{quote(d)} in that time needs at least {fmt(need, 'km/h')} by {lg.mode}, "
            f"{'within' if ok else 'beyond'} the {fmt(lim.max_kmh, 'km/h')} {lim.noun} can do"
            f" ({lim.source})."
        )
        verdict = "consistent" if ok else "inconsistent"
        if not ok and apart:
            verdict = "unverifiable"
            msg += " But the clocks and the distance are written apart: they may time different things; not judged."
        fired("times:plausibility_from_clocks")
        out.append(
            Finding(
                "plausibility",
                verdict,
                tuple(dict.fromkeys((dep.doc, arr.doc, d.doc))),
                (dep.id, arr.id, d.id),
                msg,
                {
                    "elapsed_h": [round(e_lo, 3), finite_or_none(e_hi)],
                    "min_speed_kmh": round(need, 3),
                    "max_speed_kmh": lim.max_kmh,
                    "mode": lg.mode,
                },
                (lg.id,),
            )
        )
    return out


def _written_near(a, b) -> bool:
    """Whether two claims of one document are written within ``NEAR_GAP`` characters of each
    other (the checks hold the claims, not the text: nearness stands for one sentence)."""
    lo, hi = sorted((a, b), key=lambda c: c.start)
    return a.doc == b.doc and hi.start - lo.end <= NEAR_GAP


#: The most characters between a distance and a clock for the two to be read as written together.
NEAR_GAP = 160


def _timeline_from_speed(inp, legs, deps, arrs, origin, dest) -> list[Finding]:
    """Departure and arrival against a stated distance at a stated average speed: "left
    Murmansk on August 20 and reached the North Pole on August 27, covering 2,400 km at an
    average of 14 knots" (at 14 knots the distance takes under four days, not seven). A
    speed_distance_time finding: the time the clocks or dates give is the leg's duration."""
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
        if t_hi == INF:
            continue  # "over 10 km" at a speed takes any time above a floor: nothing to test
        ok = as_read = t_lo <= e_hi and t_hi >= e_lo
        shift = None if ok else _day_shift(dep, arr, t_lo, t_hi, tz_o, tz_d)
        shifted = ""
        if shift is not None:
            ok = abs(shift[0]) == 1
            shifted = _shift_note(shift, ok)
        elif not ok and e_hi <= 0 and (loose := [c for c in (dep, arr) if _undated(c)]):
            # the times in the wrong order as read: an undated clock's day is unknown
            shifted = (
                f" The day of {' and '.join(repr(c.text) for c in loose)} is not written beside "
                "it, and as read the times are in the wrong order, so this is not judged."
            )
        elif not ok and e_hi <= 0:
            # an arrival before the departure: the two times are more likely of different trips
            # (a re-enactment's departure and the original's arrival) than a slip
            shifted = (
                " As read the arrival comes before the departure: the times more likely belong to "
                "different trips, so this is not judged."
            )
        msg = (
            f"The departure '{dep.text}' and the arrival '{arr.text}' are "
            f"{_apart(e_lo, e_hi)}; {quote(d)} at {quote(v)} takes {fmt(dv / vv, 'h')} "
            f"({_span_h(t_lo, t_hi)} as written), so they {'fit' if as_read else 'cannot both hold as read' if shifted else 'cannot both hold'}."
            f"{shifted}"
        )
        out.append(
            Finding(
                "speed_distance_time",
                "consistent" if ok else ("unverifiable" if shifted else "inconsistent"),
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
