"""Documents against each other: the same leg's figures, the trip's destination."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

from georoute.base.claims import Claim, TimeClaim
from georoute.base.coverage import fired
from georoute.base.findings import Finding, fmt, fmt_range
from georoute.base.geodesy import geodesic_km
from georoute.checks.common import (
    CheckInput,
    as_utc,
    canon,
    finite_or_none,
    is_upper,
    leg_claims,
    quote,
)
from georoute.checks.index import ClaimsByDoc
from georoute.checks.times import check_timeline
from georoute.text.qualifiers import NOT_TRAVEL
from georoute.trips import Trip, legs_match


# -- across documents -------------------------------------------------------------------------
def _travel(c: Claim) -> bool:
    """Whether the figure describes the journey: a stay ("a two-day visit"), a feature's size
    or an earlier figure is never set against another report's travel figure."""
    return c.relation not in NOT_TRAVEL


def _legs_of_other_documents(trip: Trip) -> list[tuple]:
    """Pairs of the trip's legs that no document states both of, in leg order: legs are
    bucketed by their documents first, so one long article's many legs cost nothing here."""
    legs = sorted(trip.legs, key=lambda lg: lg.id)
    order = {lg.id: i for i, lg in enumerate(legs)}
    buckets: dict[frozenset, list] = {}
    for lg in legs:
        buckets.setdefault(frozenset(lg.docs), []).append(lg)
    keys = list(buckets)
    pairs = [
        tuple(sorted((a, b), key=lambda lg: order[lg.id]))
        for i, ka in enumerate(keys)
        for kb in keys[i + 1 :]
        if not ka & kb
        for a in buckets[ka]
        for b in buckets[kb]
    ]
    return sorted(pairs, key=lambda p: (order[p[0].id], order[p[1].id]))


@dataclasses.dataclass(frozen=True)
class _Compared:
    """Two reports' figures (or clock times) of one kind for the same leg, and whether they
    agree: ``verdict`` consistent, inconsistent, or unverifiable when not judged."""

    kind: str
    a: Claim
    b: Claim
    said: str  # "A says x (lo-hi) and B says y (lo-hi)"
    ranges: dict
    verdict: str
    why: str = ""  # why a pair is not judged


#: The unit each kind of figure is compared in.
_UNITS = {"distance": "km", "duration": "h", "speed": "km/h"}


def check_cross_source(inp: CheckInput) -> list[Finding]:
    """Two documents of one trip against each other: the same leg's distance, duration and
    speed and the trip's departure and arrival clock times, one verdict a pair of documents
    (they agree on all they both state, or some figure cannot be true in both); and the
    destinations they name."""
    out = []
    by_doc = ClaimsByDoc(inp)
    clocks = _trip_clocks(inp, by_doc)
    for trip in inp.trips:
        # the figures of each kind two reports give for the trip's matching legs, judged
        # together (one report's second figure may time another thing: one verdict)
        paired: dict[tuple, list[_Compared]] = {}
        legs: dict[tuple, set[str]] = {}
        for a, b in _legs_of_other_documents(trip):
            if not legs_match(a, b, inp.places) or not (a.mode and b.mode):
                # (a leg of a report that names no way of travelling is no journey to set
                # against another report's: "hospitalized for three days" in a health story
                # that shares a minister's name with another)
                continue
            for da in a.docs:
                for db in b.docs:
                    if da != db:
                        legs.setdefault(tuple(sorted((da, db))), set()).update((a.id, b.id))
            for kind in ("distance", "duration", "speed"):
                for ca, cb in itertools.product(leg_claims(a, inp, kind), leg_claims(b, inp, kind)):
                    if is_upper(ca) or is_upper(cb) or not _travel(ca) or not _travel(cb):
                        continue
                    ca, cb = sorted((ca, cb), key=lambda c: c.doc)
                    _, alo, ahi = canon(ca)
                    _, blo, bhi = canon(cb)
                    unit = _UNITS[kind]
                    paired.setdefault((ca.doc, cb.doc, kind), []).append(
                        _Compared(
                            kind,
                            ca,
                            cb,
                            f"{ca.doc} says {quote(ca)} ({fmt_range(alo, ahi, unit)}) and "
                            f"{cb.doc} says {quote(cb)} ({fmt_range(blo, bhi, unit)})",
                            {
                                ca.id: [round(alo, 3), finite_or_none(ahi)],
                                cb.id: [round(blo, 3), finite_or_none(bhi)],
                            },
                            "consistent" if alo <= bhi and blo <= ahi else "inconsistent",
                        )
                    )
        by_pair: dict[tuple, list[_Compared]] = {}
        for (da, db, _), found in paired.items():
            by_pair.setdefault((da, db), []).extend(_one_verdict(found))
        for da, db in legs:
            by_pair.setdefault((da, db), []).extend(
                _clocks_compared(clocks.get((trip.id, da), {}), clocks.get((trip.id, db), {}))
            )
        for pair in sorted(by_pair):
            if by_pair[pair]:
                out.append(_pair_finding(by_pair[pair], tuple(sorted(legs.get(pair, ()))), trip))
        if len(set(trip.docs)) > 1:  # (one article naming two places is no disagreement)
            out.extend(_destinations(trip, inp, by_doc.of(trip.docs)))
    return out


def _one_verdict(found: list[_Compared]) -> list[_Compared]:
    """A leg's figures of one kind in two reports, one verdict: where some pair agrees ("38
    hours, 12 minutes" in both), a pair that does not sets one report's figure against another
    thing the other report times (the winners' 33 hours, 50 minutes): not judged; unless both
    reports give their figures in the same order and the two at one place agree with nothing
    else (:func:`_in_order`): those are one figure told two ways."""
    agree = [f for f in found if f.verdict == "consistent"]
    if not agree:
        return found
    order = _in_order(found)
    if order is not None and any(f.verdict == "consistent" for f in found if _key(f) in order):
        # both reports give as many such figures, in the same order, and some of them agree
        # ("came ashore in 1 hour 12 minutes ... a grandmother who finished in just under three
        # hours" and the same with 1 hour 21 minutes): a figure at the same place of each that
        # agrees with nothing the other report gives is its counterpart, and judged
        matched = {c.id for f in agree for c in (f.a, f.b)}
        counterparts = {
            _key(f)
            for f in found
            if _key(f) in order
            and f.verdict == "inconsistent"
            and f.a.id not in matched
            and f.b.id not in matched
        }
        if counterparts:
            fired("cross_source:figures_in_the_same_order")
    else:
        counterparts = set()
    return [
        f
        if f.verdict == "consistent" or _key(f) in counterparts
        else dataclasses.replace(
            f,
            verdict="unverifiable",
            why=f"the reports also agree on this leg ({agree[0].said}): this pair more likely "
            "times different things; not judged",
        )
        for f in found
    ]


def _key(f: _Compared) -> tuple[str, str]:
    return (f.a.id, f.b.id)


def _in_order(found: list[_Compared]) -> set[tuple[str, str]] | None:
    """The pairs of figures at the same place of each report's sequence (first with first,
    second with second), when both reports give the same number of them, two or more; else
    None."""
    firsts = sorted({f.a.id: f.a for f in found}.values(), key=lambda c: c.start)
    seconds = sorted({f.b.id: f.b for f in found}.values(), key=lambda c: c.start)
    if len(firsts) != len(seconds) or len(firsts) < 2:
        return None
    return {(x.id, y.id) for x, y in zip(firsts, seconds, strict=True)}


def _trip_clocks(
    inp: CheckInput, by_doc: ClaimsByDoc
) -> dict[tuple[str, str], dict[str, tuple[TimeClaim, str]]]:
    """Per trip of several documents and per document: the one departure and the one arrival
    clock time it states, each with its zone (written beside it, or the zone the trip's
    timeline reads for it). A document giving two clock times for one end (a schedule and the
    actual time) gives none to compare."""
    multi = tuple(t for t in inp.trips if len(set(t.docs)) > 1)
    if not multi:
        return {}
    zones: dict[str, str] = {}  # the zone the timeline reads for each clock time it cites
    for f in check_timeline(dataclasses.replace(inp, trips=multi)):
        for role in ("departure", "arrival"):
            if tz := f.computed.get(f"{role}_tz"):
                for x in f.claims:
                    c = inp.claims.get(x)
                    if isinstance(c, TimeClaim) and c.relation == role:
                        zones.setdefault(x, tz)
    out: dict[tuple[str, str], dict[str, tuple[TimeClaim, str]]] = {}
    for t in multi:
        # a report whose timeline reads no zone for a clock (it states no duration) reads it
        # in the zone of the trip's end it names: the start's for a departure
        ends = {"departure": t.origin, "arrival": t.destination}
        for doc in dict.fromkeys(t.docs):
            for role in ("departure", "arrival"):
                said = [
                    c
                    for c in by_doc.of((doc,))
                    if isinstance(c, TimeClaim) and c.relation == role and _clock(c)
                ]
                end = inp.places.get(ends[role]) if ends[role] is not None else None
                own = end.timezone if end is not None else None
                zoned = [(c, tz) for c in said if (tz := c.zone or zones.get(c.id) or own)]
                if zoned and len({_clock_key(c, c.zone or zoned[0][1]) for c in said}) == 1:
                    out.setdefault((t.id, doc), {})[role] = zoned[0]
    return out


def _clock(c: TimeClaim) -> bool:
    """Whether a time claim is a clock time (to the hour or finer), not a day or a part of one."""
    if c.clock is not None:
        return True
    return bool(c.begin and c.until and c.until - c.begin <= dt.timedelta(hours=1))


def _clock_key(c: TimeClaim, tz: str) -> tuple:
    """What makes two clock times of one document the same time (the same words said twice)."""
    return (c.begin, c.until, c.clock, tz)


#: The days on which a clock time without a date is read in its zone: a winter's and a summer's
#: day, so that daylight saving never decides a verdict.
_UNDATED_DAYS = (dt.date(2001, 1, 15), dt.date(2001, 7, 15))


def _clock_minutes(c: TimeClaim, tz: str, day: dt.date) -> tuple[float, float]:
    """A clock time's window as minutes after midnight UTC on ``day`` (its own day, when the
    claim has one)."""
    if c.begin is not None:
        lo, hi = c.begin, c.until or c.begin
    else:
        assert c.clock is not None
        lo = hi = dt.datetime.combine(day, c.clock)
    base = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
    return (
        (as_utc(lo, tz) - base).total_seconds() / 60.0,
        (as_utc(hi, tz) - base).total_seconds() / 60.0,
    )


def _same_clock(a: tuple[TimeClaim, str], b: tuple[TimeClaim, str]) -> bool:
    """Whether two reports' clock times can name one instant: their windows in UTC overlap
    (to the minute); when either has no date, as times of day, on a winter's or a summer's
    day alike."""
    (ca, za), (cb, zb) = a, b
    if ca.begin is not None and cb.begin is not None:
        alo, ahi = as_utc(ca.begin, za), as_utc(ca.until or ca.begin, za)
        blo, bhi = as_utc(cb.begin, zb), as_utc(cb.until or cb.begin, zb)
        slack = dt.timedelta(minutes=1)
        return alo - slack <= bhi and blo - slack <= ahi
    for day in _UNDATED_DAYS:
        alo, ahi = _clock_minutes(ca, za, day if ca.begin is None else ca.begin.date())
        blo, bhi = _clock_minutes(cb, zb, day if cb.begin is None else cb.begin.date())
        # as times of day: a whole number of days apart is the same time
        shift = round((alo - blo) / 1440.0) * 1440.0
        if alo - 1 <= bhi + shift and blo + shift - 1 <= ahi:
            return True
    return False


def _clocks_compared(
    a: dict[str, tuple[TimeClaim, str]], b: dict[str, tuple[TimeClaim, str]]
) -> list[_Compared]:
    """The departure and arrival clock times two reports of one trip give, compared."""
    out = []
    for role in ("departure", "arrival"):
        if role not in a or role not in b:
            continue
        (ca, za), (cb, zb) = sorted((a[role], b[role]), key=lambda x: x[0].doc)
        ok = _same_clock((ca, za), (cb, zb))
        out.append(
            _Compared(
                role,
                ca,
                cb,
                f"{ca.doc} gives the {role} as {quote(ca)} ({za}) and {cb.doc} as {quote(cb)} "
                f"({zb})",
                {},
                "consistent" if ok else "inconsistent",
            )
        )
    return out


def _pair_finding(compared: list[_Compared], legs: tuple[str, ...], trip: Trip) -> Finding:
    """One verdict for two reports of one trip: inconsistent when some figure of one cannot be
    true with the other's, consistent when every figure judged agrees; each comparison said,
    with the trip's ends (``computed`` ``origin``, ``destination``) where known."""
    judged = [c for c in compared if c.verdict != "unverifiable"]
    verdict = (
        "inconsistent"
        if any(c.verdict == "inconsistent" for c in judged)
        else "consistent"
        if judged
        else "unverifiable"
    )
    first = compared[0]
    if len(compared) == 1:
        c = first
        message = (
            f"{c.said} for the same leg; these "
            f"{'overlap' if c.verdict == 'consistent' else 'cannot both be true'}"
            + (f". But {c.why}." if c.why else ".")
        )
    else:
        parts = [
            f"{c.kind}: {c.said}"
            + (
                f" ({c.why})"
                if c.why
                else " (these overlap)"
                if c.verdict == "consistent"
                else " (these cannot both be true)"
            )
            for c in compared
        ]
        message = (
            f"{first.a.doc} and {first.b.doc} report the same trip, and "
            + (
                "some of their figures cannot both be true"
                if verdict == "inconsistent"
                else "the figures both give agree"
                if verdict == "consistent"
                else "none of their figures could be judged"
            )
            + ": "
            + "; ".join(parts)
            + "."
        )
    claims = tuple(dict.fromkeys(x for c in (judged or compared) for x in (c.a.id, c.b.id)))
    computed: dict = {
        "kind": first.kind if len({c.kind for c in compared}) == 1 else "figures",
        "ranges": {k: v for c in compared for k, v in c.ranges.items()},
        "compared": [
            {"kind": c.kind, "claims": [c.a.id, c.b.id], "verdict": c.verdict} for c in compared
        ],
        **{k: v for k, v in (("origin", trip.origin), ("destination", trip.destination)) if v},
    }
    return Finding(
        "cross_source",
        verdict,
        (first.a.doc, first.b.doc),
        claims,
        message,
        computed,
        legs,
    )


def _destinations(trip: Trip, inp: CheckInput, claims: list[Claim]) -> list[Finding]:
    """Places two documents of the trip name as its destination, and how far apart they lie
    (``claims``: the trip's claims)."""
    # a document whose legs name where they end speaks of the trip's destination there; its
    # other destinations belong to other journeys it mentions ("the vessel was shipped to
    # Kigoma in 5,000 crates", a century before the voyage both reports describe)
    leg_ends: dict[str, set[int]] = {}
    for leg in trip.legs:
        if leg.destination is not None and not leg.inferred:
            for d in leg.docs:
                leg_ends.setdefault(d, set()).add(leg.destination)
    dests: dict[int, list[Claim]] = {}
    for c in sorted(claims, key=lambda c: c.id):
        if c.kind == "place" and c.relation == "destination" and c.places:
            if c.doc in leg_ends and c.places[0] not in leg_ends[c.doc]:
                continue
            dests.setdefault(c.places[0], []).append(c)
    ids = sorted(p for p in dests if not inp.places[p].is_region)
    docs = {p: {c.doc for c in dests[p]} for p in ids}
    # where each document says the trip starts: a place one report sends the trip to and the
    # other starts it from is a way back or the same crossing told the other way round
    # ("sails from Corfu to Sarandë", "the ferry back to Corfu"), no disagreement
    starts: dict[str, set[int]] = {}
    for c in claims:
        if c.kind == "place" and c.relation == "origin" and c.places:
            starts.setdefault(c.doc, set()).add(c.places[0])
    for leg in trip.legs:
        if leg.origin is not None:
            for d in leg.docs:
                starts.setdefault(d, set()).add(leg.origin)
    out = []
    for x, y in itertools.combinations(ids, 2):
        px, py = inp.places[x], inp.places[y]
        if len(docs[x] | docs[y]) < 2:
            continue  # one article naming two places is not two sources disagreeing
        if any(x in starts.get(d, ()) for d in docs[y]) or any(
            y in starts.get(d, ()) for d in docs[x]
        ):
            continue
        cx, cy = next((a, b) for a in dests[x] for b in dests[y] if a.doc != b.doc)
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
        out.append(
            Finding(
                "cross_source",
                "inconsistent",
                tuple(sorted({cx.doc, cy.doc})),
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
