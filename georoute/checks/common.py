"""What every check shares: its input, claims in canonical units, how a claim is quoted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from georoute.base.claims import Claim, QuantityClaim
from georoute.base.findings import Finding, fmt
from georoute.base.geodesy import geodesic_km
from georoute.base.places import Place
from georoute.text.intervals import hedge_of
from georoute.text.units import to_canonical
from georoute.trips import Trip, TripLeg

INF = math.inf


@dataclass(frozen=True)
class CheckInput:
    """What the checks read: every claim by id, the resolved places, the trips."""

    claims: dict[str, Claim]
    places: dict[int, Place]
    trips: tuple[Trip, ...]
    #: A router: places in order -> a route (``length_km``, ``snap_km``, ``snaps``, ``coords``,
    #: ``countries``, ``crossings``, ``bridges``, ``notes``) or RouteUnavailable; None: no network.
    router: Callable[[list[Place]], Any] | None = None
    #: each document's date (its dateline's, or the one given with it), by document id
    dates: Mapping[str, dt.date] = field(default_factory=dict)
    #: per place id: the namesakes its resolution scored almost as high (DocumentClaims.namesakes)
    namesakes: Mapping[int, tuple[Place, ...]] = field(default_factory=dict)
    #: (lat, lon, km) -> the time zones of the places within km of the point (the gazetteer's
    #: ``zones_within``); None: an end that cannot be placed keeps no zone from its surroundings
    zones_within: Callable[[float, float, float], frozenset[str]] | None = None


def as_utc(t: dt.datetime, tz: str | None) -> dt.datetime:
    """A local wall time in zone ``tz`` (IANA name, ``UTC±hh:mm``, or None for UTC) as UTC."""
    if tz and tz.startswith("UTC") and len(tz) > 3:
        sign = 1 if tz[3] == "+" else -1
        h, m = int(tz[4:6]), int(tz[7:9])
        zone: dt.tzinfo = dt.timezone(sign * dt.timedelta(hours=h, minutes=m))
    else:
        zone = ZoneInfo(tz) if tz else dt.UTC
    return t.replace(tzinfo=zone).astimezone(dt.UTC)


def canon(c: QuantityClaim) -> tuple[float, float, float]:
    """The claim's value, low and high in its kind's canonical unit (km, km/h, h)."""
    v, _ = to_canonical(float(c.value), c.unit)
    lo, _ = to_canonical(float(c.low), c.unit)
    hi, _ = to_canonical(float(c.high), c.unit)
    return v, lo, hi


def quote(c: Claim) -> str:
    """How the claim was written, with its hedge: 'about 50km/h'; '7 h' for a 'seven-hour' trip."""
    text = c.text
    if not isinstance(c, QuantityClaim):
        return text
    if c.kind == "duration" and re.search(r"-(?:hour|minute|day|week)$", text):
        text = f"{fmt(float(c.value), c.unit)} ('{c.text}')"
    return f"{c.hedge} {text}" if c.hedge and c.hedge.casefold() not in text.casefold() else text


C = TypeVar("C", bound=Claim)


def primary_claims(cs: Iterable[C]) -> list[C]:
    """The claims that are not a conversion of another ("733 miles" after "1,180km")."""
    return [c for c in cs if c.same_as is None]


def leg_figures(leg: TripLeg, inp: CheckInput, kind: str) -> list[QuantityClaim]:
    """The leg's claims of one kind (distance, duration, speed), conversions left out, figures
    that cannot enter arithmetic (``unusable``) kept."""
    cs = (inp.claims[cid] for cid in leg.claims)
    return primary_claims(c for c in cs if isinstance(c, QuantityClaim) and c.kind == kind)


def leg_claims(leg: TripLeg, inp: CheckInput, kind: str) -> list[QuantityClaim]:
    """The leg's claims of one kind (distance, duration, speed), conversions and unusable
    figures (zero, not finite) left out, so every check may divide by them."""
    return [c for c in leg_figures(leg, inp, kind) if unusable(c) is None]


#: Why a figure of each kind at zero cannot enter d = v·t (checks divide by durations and
#: speeds; a distance of zero is a figure like any other).
_ZERO = {
    "duration": "a duration of zero leaves no time to travel",
    "speed": "a speed of zero covers no distance",
}


def unusable(c: Claim) -> str | None:
    """Why a distance, duration or speed cannot enter arithmetic, or None when it can: a speed
    or duration of zero (or below), or a figure too large to be a number.

    >>> from georoute.base.claims import QuantityClaim as Q
    >>> unusable(Q("c1", "a", "speed", "0 km/h", 0, 6, 0.0, "km/h", -0.5, 0.5))
    "'0 km/h': a speed of zero covers no distance"
    >>> unusable(Q("c1", "a", "speed", "5 km/h", 0, 6, 5.0, "km/h", 4.5, 5.5)) is None
    True
    """
    if not isinstance(c, QuantityClaim) or None in (c.value, c.low, c.high):
        return None
    v, lo, hi = canon(c)
    if not (math.isfinite(v) and math.isfinite(lo)) or math.isnan(hi):
        return f"'{c.text}': too large a figure to compute with"
    if c.kind in _ZERO and (v <= 0 or hi <= 0):
        return f"'{c.text}': {_ZERO[c.kind]}"
    if c.unit == "night":
        # "spent two nights in Namche", "a ten-night cruise": nights count the days a stay or
        # a trip spans (the calendar sets them against dates), not a time on the move
        return f"'{c.text}': a count of nights, not a time on the move"
    return None


def is_upper(c: QuantityClaim) -> bool:
    """Whether the claim's words make it an upper bound (a top speed, "up to")."""
    h = hedge_of(c.hedge)
    return h is not None and h.kind == "upper"


def finite_or_none(x: float) -> float | None:
    """For JSON: no infinity, three decimals."""
    return None if math.isinf(x) else round(x, 3)


def figure_of(c: QuantityClaim) -> tuple[float, float]:
    """What the figure as written allows, before any hedge: the interval the extractor kept
    (``QuantityClaim.figure``: a range's two ends, a compound duration's last part, the precision of
    "about 300 km"); a claim without one (made by hand) allows its interval.

    >>> from georoute.base.claims import QuantityClaim as Q
    >>> figure_of(Q("c1", "a", "distance", "300 km", 0, 6, 300.0, "km", 270.0, 330.0, "about",
    ...             figure=(250.0, 350.0)))
    (250.0, 350.0)
    """
    if c.figure is not None:
        return c.figure
    return float(c.low), float(c.high)


def point_place(pid: int | None, inp: CheckInput) -> Place | None:
    """The place, when it is a point (a city, a station) or a small area measured as one (an
    island, a small country: ``Place.is_small_area``), not a country or a region."""
    if pid is None:
        return None
    p = inp.places.get(pid)
    return None if p is None or (p.is_region and not p.is_small_area) else p


def town_place(pid: int | None, inp: CheckInput) -> Place | None:
    """The place, when it is a point (a city, a station): never an area, small or not (a rail
    route or a leg's least speed needs a point of its own)."""
    p = point_place(pid, inp)
    return None if p is None or p.is_region else p


def unverifiable(
    check: str, c: Claim, message: str, computed: dict | None = None, legs: tuple[str, ...] = ()
) -> Finding:
    """A finding that cannot be decided for one claim, and why."""
    return Finding(check, "unverifiable", (c.doc,), (c.id,), message, computed or {}, legs)


def namesake_reading(
    a: Place, b: Place, inp: CheckInput, holds: Callable[[Place, Place], bool]
) -> tuple[Place, Place] | None:
    """Another reading of two places, through a namesake their resolution scored almost as high
    (``CheckInput.namesakes``), under which a claim ``holds``; None if none. A contradiction
    that hinges on which of two close namesakes is meant is not judged ("Frankfurt", some 430
    km from Berlin: Frankfurt am Main, not Frankfurt an der Oder)."""
    for x in (a, *inp.namesakes.get(a.id, ())):
        for y in (b, *inp.namesakes.get(b.id, ())):
            if (x.id, y.id) != (a.id, b.id) and holds(x, y):
                return x, y
    return None


def namesake_note(a: Place, b: Place, reading: tuple[Place, Place]) -> str:
    """The sentence that says which namesake would make the claim hold."""
    alt = next(x for x, y in zip(reading, (a, b), strict=True) if x.id != y.id)
    was = a if alt is reading[0] else b
    return (
        f" But the name read as {was.name} may as well be {alt.name} ({alt.country}), a "
        "namesake its resolution scored almost as high, under which the figure holds: which "
        "one the text means decides the verdict, so it is not judged."
    )


def reference_and_subject(c: Claim, inp: CheckInput) -> tuple[Place | None, Place | None]:
    """The two points a separation or direction relates: (reference, subject), None if unknown."""
    ref, sub = (*c.places, None, None)[:2]
    return point_place(ref, inp), point_place(sub, inp)


#: A contradiction whose figures miss each other by more than this factor (an order of
#: magnitude) is not judged: misprints and unit slips of one figure (km for miles, knots for
#: km/h) stay well within it; a larger gap means the reading joined figures of different
#: things (a re-entry speed with a voyage's days, a river's length with a day's paddling).
FAR_OFF = 10.0
#: Nor one whose figures stand farther apart than this (characters, first to last in one
#: document): they are one leg's only by the reading's guess across several sentences.
APART = 600


def one_legs(f: Finding, inp: CheckInput, factor: float, far: str | None = None) -> Finding:
    """An "inconsistent" finding kept only where its figures could be one leg's: not more than
    ``FAR_OFF``-fold apart in value (``factor``: how far they miss each other), nor ``APART``
    characters in the text; else "unverifiable", with the same figures and the reason (``far``:
    what a gross miss more likely means, when not figures of different things)."""
    if f.verdict != "inconsistent":
        return f
    span = _span(f, inp)
    if factor > FAR_OFF:
        why = (
            f" The figures miss each other {factor:.0f}-fold, far more than a misprint or a "
            f"unit slip: {far or 'they more likely describe different things than one leg'}; "
            "not judged."
        )
    elif span > APART:
        why = (
            f" The figures stand {span:,} characters apart, several sentences, and are one "
            "leg's only by the reading's guess: not judged."
        )
    else:
        return f
    return dataclasses.replace(
        f,
        verdict="unverifiable",
        message=f.message + why,
        computed={**f.computed, "contradiction_factor": round(factor, 2), "span_chars": span},
    )


def _span(f: Finding, inp: CheckInput) -> int:
    """How far apart a finding's figures stand: characters from the first to the last, in one
    document (0 across documents, or for one figure)."""
    cs = [c for cid in f.claims if (c := inp.claims.get(cid)) is not None]
    if not cs or len({c.doc for c in cs}) != 1:
        return 0
    return max(c.start for c in cs) - min(c.start for c in cs)


def paired_near(f: Finding, inp: CheckInput) -> Finding:
    """A "consistent" finding that rests on a pairing of figures kept only where they stand
    within ``APART`` characters: a ceiling that passes almost any pair says nothing of figures
    joined across several sentences, which more likely describe different things (a cable's
    length with a crossing's hours, a record's time with this trip's distance); else
    "unverifiable", with the same figures and the reason."""
    if f.verdict != "consistent" or len(f.claims) < 2:
        return f
    span = _span(f, inp)
    if span <= APART:
        return f
    return dataclasses.replace(
        f,
        verdict="unverifiable",
        message=(
            f"{f.message} But the figures stand {span:,} characters apart, several sentences, "
            "and are one leg's only by the reading's guess: not judged."
        ),
        computed={**f.computed, "span_chars": span},
    )


def misplaced_places(findings: list[Finding]) -> dict[int, Finding]:
    """The places a separation shows misread: its figure misses their geodesic more than
    ``FAR_OFF``-fold ("Richmond aerodrome, some 50 km north-west of Sydney" read as a
    Richmond 11,000 km away), by place id, with that separation's finding."""
    out: dict[int, Finding] = {}
    for f in findings:
        if f.check == "separation" and f.computed.get("contradiction_factor", 0) > FAR_OFF:
            for key in ("subject", "reference"):
                if (pid := f.computed.get(key)) is not None:
                    out.setdefault(pid, f)
    return out


#: Checks whose verdicts rest on arithmetic or the calendar alone, never on a place: a place
#: misread elsewhere in the text says nothing of them ("3,900 miles (5,280 km)").
PLACELESS_CHECKS = frozenset({"unit_conversion", "calendar"})


def without_misplaced(findings: list[Finding], inp: CheckInput) -> list[Finding]:
    """Every "inconsistent" finding that rests on a place a separation shows misread (see
    ``misplaced_places``) becomes "unverifiable", saying why: its place is likely not the one
    meant, so its verdict says nothing of the article."""
    bad = misplaced_places(findings)
    if not bad:
        return findings
    ends = {lg.id: (lg.origin, lg.destination) for t in inp.trips for lg in t.legs}
    out = []
    for f in findings:
        if f.verdict == "inconsistent" and f.check not in PLACELESS_CHECKS:
            used = {f.computed.get(k) for k in ("reference", "subject", "origin", "destination")}
            used |= {p for lid in f.legs for p in ends.get(lid, ())}
            # the separation's subject ("Richmond ..., some 50 km from Sydney") before its
            # reference: the place it says where lies is the likelier misread
            hits = sorted(
                (pid for pid in used if pid in bad),
                key=lambda pid: bad[pid].computed.get("subject") != pid,
            )
            hit = hits[0] if hits else None
            if hit is not None and inp.places.get(hit) is not None:
                sep = bad[hit]
                f = dataclasses.replace(
                    f,
                    verdict="unverifiable",
                    message=(
                        f"{f.message} But {inp.places[hit].name} is likely not the place "
                        f"meant: a separation the text gives for it misses the geodesic "
                        f"{sep.computed['contradiction_factor']:.0f}-fold; not judged."
                    ),
                    computed={**f.computed, "misplaced": hit},
                )
        out.append(f)
    return out


#: The separations of the last check input read, by (document, pair of place ids), and the
#: answers already given: one pass over the claims for every question a check asks of them
#: (kept with the input's claims and places, to tell a new input from it; read and replaced
#: whole, so threads see one entry).
_SEPARATIONS: list[tuple[Mapping, Mapping, dict, dict]] = []


def _separations(inp: CheckInput) -> tuple[dict, dict]:
    """The input's separations between two resolved places, by (document, their two ids), and
    a memo of :func:`stated_between`'s answers by the same key."""
    last = _SEPARATIONS[0] if _SEPARATIONS else None
    if last is not None and last[0] is inp.claims and last[1] is inp.places:
        return last[2], last[3]
    out: dict[tuple[str, frozenset], list[QuantityClaim]] = {}
    for c in inp.claims.values():
        if (
            isinstance(c, QuantityClaim)
            and c.kind == "distance"
            and c.relation == "separation"
            and c.same_as is None
        ):
            ref, sub = reference_and_subject(c, inp)
            if ref is not None and sub is not None:
                out.setdefault((c.doc, frozenset((ref.id, sub.id))), []).append(c)
    memo: dict[tuple[str, frozenset], QuantityClaim | None] = {}
    _SEPARATIONS[:1] = [(inp.claims, inp.places, out, memo)]
    return out, memo


def stated_between(doc: str, a: Place, b: Place, inp: CheckInput) -> QuantityClaim | None:
    """The one separation of document ``doc`` between places ``a`` and ``b`` (either way), if
    the separation check finds it fits the geodesic within its rounding."""
    seps, memo = _separations(inp)
    key = (doc, frozenset((a.id, b.id)))
    if key not in memo:
        g = geodesic_km(a.lat, a.lon, b.lat, b.lon)
        slack = a.extent_km + b.extent_km
        found = []
        for c in seps.get(key, ()):
            _, lo, hi = canon(c)
            if lo - slack <= g <= hi + slack:
                found.append(c)
        memo[key] = found[0] if len(found) == 1 else None
    return memo[key]
