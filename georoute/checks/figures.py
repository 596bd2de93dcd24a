"""Figures against each other: d = v·t, conversions written twice, what a mode can do."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math

from georoute.base.claims import QuantityClaim
from georoute.base.coverage import fired
from georoute.base.findings import Finding, fmt, fmt_range
from georoute.base.geodesy import geodesic_km
from georoute.base.modes import MAX_SPEED_KMH, SUBMODES, SpeedLimit, speed_limit
from georoute.base.rules import rule_rows
from georoute.checks.common import (
    INF,
    CheckInput,
    canon,
    figure_of,
    finite_or_none,
    is_upper,
    leg_claims,
    leg_figures,
    one_legs,
    paired_near,
    quote,
    stated_between,
    town_place,
    unusable,
    unverifiable,
)
from georoute.checks.index import ClaimsByDoc
from georoute.text.intervals import hedge_of
from georoute.text.units import convert
from georoute.trips import TripLeg

# -- speed, distance, time -----------------------------------------------------------------
#: A leg stating more figures than this is named as such in its findings: a table or a list,
#: more likely than one journey.
MANY_FIGURES = 12


def check_speed_distance_time(inp: CheckInput) -> list[Finding]:
    """d = v·t on each leg of each document, one finding a leg. Legs of one document with the
    same two known endpoints are one leg: "sailed from Cape Town to St Helena in eight days"
    and, a sentence later, "her yacht averaged 9 knots" on the trip those endpoints describe.

    A leg with several distances, durations or speeds gets the most contradicting triple when
    one contradicts, else the tightest; the other figures are listed in ``computed``. The
    triples tried are the extremes of each class of figures (same verdict rule), so the cost
    is linear in the figures, and no contradicting triple is missed.
    """
    out = []
    by_doc = ClaimsByDoc(inp)
    for trip in inp.trips:
        parts: dict[str, list] = {}  # per document, its legs' groups that lack a kind of figure
        groups: dict[tuple, list[TripLeg]] = {}
        for leg in trip.legs:
            for doc in leg.docs:
                ends = (leg.origin, leg.destination)
                key = (doc, *ends) if None not in ends else (doc, leg.id)
                groups.setdefault(key, []).append(leg)
        groups = _join_partial_legs(groups, inp)
        for (doc, *_), legs in groups.items():

            def mine(
                kind: str, doc: str = doc, legs: list[TripLeg] = legs, every: bool = False
            ) -> list[QuantityClaim]:
                get = leg_figures if every else leg_claims
                return list(
                    dict.fromkeys(c for lg in legs for c in get(lg, inp, kind) if c.doc == doc)
                )

            leg_ids = tuple(lg.id for lg in legs)
            figures = [c for k in ("distance", "duration", "speed") for c in mine(k, every=True)]
            ds, ts, vs = mine("distance"), mine("duration"), mine("speed")
            if not (ds and ts and vs):
                if all(mine(k, every=True) for k in ("distance", "duration", "speed")):
                    out.append(_sdt_unusable(figures, leg_ids))
                elif ds or ts or vs:
                    parts.setdefault(doc, []).append((legs, ds, ts, vs))
                continue
            f = _sdt_leg(ds, ts, vs, figures, legs[0], leg_ids)
            moving = _after_rests_taken_off(f, inp, by_doc) if f.verdict == "inconsistent" else None
            out.append(moving if moving is not None else _judged(f, inp))
        split = _split_leg(parts, inp)
        out += split
        done = {inp.claims[f.claims[0]].doc for f in split}
        out += _daily_average({d: p for d, p in parts.items() if d not in done}, inp, by_doc)
    return out


#: Units of an average per day ("about 22 km a day").
_DAILY_UNITS = frozenset({"km/d", "mi/d", "nmi/d"})

#: Two figures of one kind within this relative difference are one figure written twice.
_SAME_FIGURE = 0.03


def _one_figure(cs: list[QuantityClaim]) -> bool:
    """Whether the claims are one figure (with its conversions or repeats): their values
    differ by at most ``_SAME_FIGURE``."""
    values = [canon(c)[0] for c in cs]
    return bool(values) and max(values) <= min(values) * (1 + _SAME_FIGURE)


def _daily_average(parts: dict[str, list], inp: CheckInput, by_doc: ClaimsByDoc) -> list[Finding]:
    """d = v·t for a journey of days whose average per day stands apart from its distance and
    its time ("walked for 85 days ... the Via Francigena, a pilgrim road of about 1,900 km ...
    averaging about 22 km a day"). Read so only when the document's unfinished legs hold one
    daily average, one time of a day or more and one distance (else the one length of a way
    the article gives, "the 630-mile path", which a walker of the whole way covers); the finding
    is consistent when the three fit, else unverifiable (the average, the days or the distance
    may be of another stretch)."""
    out: list[Finding] = []
    for doc, groups in parts.items():
        vs = [v for g in groups for v in g[3] if v.unit in _DAILY_UNITS]
        ts = [t for g in groups for t in g[2] if canon(t)[0] >= 24]
        ds = [d for g in groups for d in g[1]]
        if not ds:
            ds = [
                c
                for c in by_doc.of((doc,))
                if isinstance(c, QuantityClaim)
                and c.kind == "distance"
                and c.relation == "feature"
                and not unusable(c)
            ]
        if not (_one_figure(vs) and _one_figure(ts) and _one_figure(ds)):
            continue
        legs = [lg for g in groups for lg in g[0]]
        leg_ids = tuple(dict.fromkeys(lg.id for lg in legs))
        f = _sdt_leg(ds, ts, vs, [*ds, *ts, *vs], legs[0], leg_ids)
        fired("checks:sdt_daily_average")
        out.append(
            _read_apart(
                f,
                "The average per day is written apart from the distance and the time, read as "
                "the whole journey's.",
                "but the average per day is written apart from the distance and the time, and "
                "may be of another stretch: not judged.",
            )
        )
    return out


def _read_apart(f: Finding, fits: str, unfit: str) -> Finding:
    """A d = v·t finding on figures joined across the text: consistent (with ``fits`` said)
    when they fit, else unverifiable (with ``unfit``), never inconsistent."""
    if f.verdict == "consistent":
        return dataclasses.replace(f, message=f"{f.message} ({fits})")
    return dataclasses.replace(
        f, verdict="unverifiable", message=f"{f.message.rstrip('.')}: {unfit}"
    )


#: How far (characters, one document) a leg's time and speed may be written after the distance
#: of the leg told in the sentence before for the two to be read as one leg.
SPLIT_LEG_CHARS = 600


def _split_leg(parts: dict[str, list], inp: CheckInput) -> list[Finding]:
    """d = v·t across a leg told in two sentences: the distance in one ("rode the full Cabot
    Trail, the 298-km loop"), the time and the speed right after in the next ("left Baddeck at
    5.30 am and was back ... 11 hours and 15 minutes later, averaging about 26.5 km/h"). Read so
    only when the document has exactly one such part of each kind, of one mode, the time and the
    speed written within ``SPLIT_LEG_CHARS`` after the distance; the finding is consistent when
    the figures fit, else unverifiable (two parts that do not fit may be two legs)."""
    out: list[Finding] = []
    for groups in parts.values():
        dist = [g for g in groups if g[1] and not g[2] and not g[3]]
        timed = [g for g in groups if not g[1] and g[2] and g[3]]
        if len(dist) != 1 or len(timed) != 1:
            out += _parts_joined(groups, inp)
            continue
        (dlegs, ds, _, _), (tlegs, _, ts, vs) = dist[0], timed[0]
        if _modes_differ(_leg_modes(dlegs, inp), _leg_modes(tlegs, inp)):
            continue
        last_d = max(c.end for c in ds)
        first_tv = min(c.start for c in (*ts, *vs))
        if not 0 < first_tv - last_d <= SPLIT_LEG_CHARS:
            continue
        leg_ids = tuple(lg.id for lg in (*dlegs, *tlegs))
        f = _sdt_leg(ds, ts, vs, [*ds, *ts, *vs], tlegs[0], leg_ids)
        fired("checks:sdt_split_leg")
        out.append(
            _read_apart(
                f,
                "The distance is written in the sentence before the time and the speed, read as "
                "the same leg.",
                "but the distance is written apart from the time and the speed, and may be "
                "another leg's: not judged.",
            )
        )
    return out


def _parts_joined(groups: list, inp: CheckInput) -> list[Finding]:
    """d = v·t across the parts of one journey that the reading left on separate legs, in any
    order: a distance and a time, and an average told apart ("covering about 110 km in roughly
    70 hours ... The team's average speed was about 1.6 km per hour"). Read so only when the
    document has exactly one part holding each kind of figure, of one mode, one of them the
    distance and the time, each written within ``SPLIT_LEG_CHARS`` of the one before;
    consistent when the figures fit, else unverifiable (see :func:`_split_leg`)."""
    carriers = [[g for g in groups if g[k]] for k in (1, 2, 3)]
    if not all(carriers):
        return []
    if any(len(c) != 1 for c in carriers):
        return _one_fitting_choice(carriers, inp)
    chosen = list({id(c[0]): c[0] for c in carriers}.values())
    if len(chosen) < 2:
        return []
    for a, b in itertools.combinations(chosen, 2):
        if _modes_differ(_leg_modes(a[0], inp), _leg_modes(b[0], inp)):
            return []

    def extent(g) -> tuple[int, int]:  # where a part's figures are written
        cs = (*g[1], *g[2], *g[3])
        return min(c.start for c in cs), max(c.end for c in cs)

    spans = sorted(map(extent, chosen))
    # (a bare average beside the distance and time it divides; a distance and a speed, and a
    # time apart, may be two legs: "... averaging 40 knots. It sailed on for two hours")
    close = any(g[1] and g[2] and not g[3] for g in chosen) and not any(
        nxt[0] - prev[1] > SPLIT_LEG_CHARS for prev, nxt in itertools.pairwise(spans)
    )
    (ds,), (ts,), (vs,) = ([g[k] for g in chosen if g[k]] for k in (1, 2, 3))
    leg_ids = tuple(dict.fromkeys(lg.id for g in chosen for lg in g[0]))
    first = min(chosen, key=extent)
    f = _sdt_leg(ds, ts, vs, [*ds, *ts, *vs], first[0][0], leg_ids)
    if not close:
        # told farther apart, or the time apart from the distance: one leg's only where the
        # three figures fit each other at face value (figures of two legs seldom do); else
        # nothing is said
        if f.verdict != "consistent" or not _at_face_value(f):
            return []
        fired("checks:sdt_parts_fitting")
        return [
            _read_apart(
                f,
                "The distance, the time and the speed are written in different parts of the "
                "story, and fit each other: read as one leg.",
                "",
            )
        ]
    fired("checks:sdt_parts_joined")
    return [
        _read_apart(
            f,
            "The distance, the time and the speed are written apart, read as one leg.",
            "but the distance, the time and the speed are written apart, and may be different "
            "legs': not judged.",
        )
    ]


#: At most this many parts of a document holding one kind of figure are tried together.
_PARTS_TRIED = 4


def _one_fitting_choice(carriers: list[list], inp: CheckInput) -> list[Finding]:
    """d = v·t across parts of a document when several parts hold a kind of figure: each
    choice of one part for the distance, one for the time and one for the speed (of one mode)
    is tried, and the figures are read as one leg only where exactly one choice fits at face
    value, the implied speed within the stated one as written (figures of different legs seldom
    fit each other so by chance); else nothing is said."""
    fits = []
    for choice in itertools.product(*(c[:_PARTS_TRIED] for c in carriers)):
        parts = list({id(g): g for g in choice}.values())
        if len(parts) < 2 or any(
            _modes_differ(_leg_modes(a[0], inp), _leg_modes(b[0], inp))
            for a, b in itertools.combinations(parts, 2)
        ):
            continue
        ds, ts, vs = choice[0][1], choice[1][2], choice[2][3]
        leg_ids = tuple(dict.fromkeys(lg.id for g in parts for lg in g[0]))
        f = _sdt_leg(ds, ts, vs, [*ds, *ts, *vs], choice[0][0][0], leg_ids)
        if f.verdict == "consistent" and _at_face_value(f):
            fits.append(f)
    if len(fits) != 1:
        return []
    fired("checks:sdt_parts_one_fitting")
    return [
        _read_apart(
            fits[0],
            "The distance, the time and the speed are written in different parts of the story; "
            "of the ways to read them together, only this one fits: read as one leg.",
            "",
        )
    ]


def _judged(f: Finding, inp: CheckInput) -> Finding:
    """An "inconsistent" d = v·t or plausibility finding, kept only where its figures could be
    one leg's (``common.one_legs``)."""
    if f.verdict != "inconsistent":
        return f
    if f.check == "speed_distance_time":
        imp_lo, imp_hi = f.computed["implied_speed_range_kmh"]
        v_lo, v_hi = f.computed["stated_speed_range_kmh"]  # None: no bound that side
        factor = max(imp_lo / v_hi if v_hi else 0.0, (v_lo or 0.0) / imp_hi if imp_hi else 0.0)
    else:
        top = f.computed.get("max_speed_kmh") or 0
        factor = f.computed.get("min_speed_kmh", 0) / top if top else 0.0
    return one_legs(f, inp, factor)


#: How near (in characters, same document) a stay's duration stands to a stated speed for the
#: speed to be read as one over the time moving ("Once the 10 hours of mandatory rest are
#: subtracted, the pair averaged close to 22 km/h").
_REST_NEAR_SPEED = 200


def _after_rests_taken_off(f: Finding, inp: CheckInput, by_doc: ClaimsByDoc) -> Finding | None:
    """A d = v·t finding "too slow" at face value that fits once a stay the text states right
    beside the speed is taken off the elapsed time (the speed is then one over the time moving):
    consistent, with the stay among its claims; else None. Only the speed's document's claims
    are read (``by_doc``)."""
    d, t, v = (inp.claims[i] for i in f.claims[:3])
    imp_hi = f.computed["implied_speed_range_kmh"][1]
    v_lo, v_hi = f.computed["stated_speed_range_kmh"]
    if imp_hi is None or v_lo is None or imp_hi >= v_lo:
        return None  # not slower than stated: no rest explains it
    _, dlo, dhi = canon(d)
    _, tlo, thi = canon(t)
    for c in by_doc.of((v.doc,)):
        if not (
            isinstance(c, QuantityClaim)
            and c.kind == "duration"
            and c.relation == "stay"
            and v.doc == t.doc
            and t.end <= c.start
            and abs(c.start - v.start) <= _REST_NEAR_SPEED
        ):
            continue
        _, slo, shi = canon(c)
        lo_h, hi_h = tlo - shi, thi - slo  # the time moving
        if lo_h <= 0 or hi_h <= 0:
            continue
        # the figures as written, not their hedged edges, must fit: "an average of 95 km/h,
        # including a 40-minute stop" is not rescued by taking the stop off
        mid = (dlo + dhi) / 2 / ((lo_h + hi_h) / 2)
        if not v_lo <= mid <= (v_hi if v_hi is not None else INF):
            continue
        fired("checks:sdt_rest_taken_off")
        msg = (
            f"{f.message.split(';')[0]}; but the text takes {quote(c)} off the time: "
            f"{fmt((dlo + dhi) / 2, 'km')} in {fmt((lo_h + hi_h) / 2, 'h')} moving implies "
            f"{fmt(mid, 'km/h')}, which fits {quote(v)}."
        )
        computed = {**f.computed, "moving_time_h": [round(lo_h, 3), round(hi_h, 3)]}
        return dataclasses.replace(
            f, verdict="consistent", claims=(*f.claims, c.id), message=msg, computed=computed
        )
    return None


def _join_partial_legs(
    groups: dict[tuple, list[TripLeg]], inp: CheckInput
) -> dict[tuple, list[TripLeg]]:
    """A document's leg that names one end only ("reached Mendoza at 8:20 p.m., an average of
    nearly 23 km/h") joins the one leg of the same document and mode that shares that end
    ("riding from Santiago to Mendoza ... the 360 km in 15 hours"); legs naming the same one
    end join each other when no such leg exists. Ambiguous cases stay apart."""

    def ends(legs: list[TripLeg]) -> tuple[int | None, int | None]:
        return legs[0].origin, legs[0].destination

    def modes(legs: list[TripLeg]) -> set[str]:
        return _leg_modes(legs, inp)

    out: dict[tuple, list[TripLeg]] = {}
    for key, legs in groups.items():
        # legs with the same ends but another vehicle ("where a high-speed train reaches
        # 250 km/h" in a cycling story) are not one leg
        parts: list[list[TripLeg]] = []
        for lg in legs:
            part = next((p for p in parts if not _modes_differ(modes(p), modes([lg]))), None)
            if part is None:
                parts.append([lg])
            else:
                part.append(lg)
        for k, part in enumerate(parts):
            out[key if k == 0 else (*key, part[0].id)] = part
    groups = dict(out)
    for key, legs in list(groups.items()):
        o, d = ends(legs)
        if (o is None) == (d is None):
            continue  # both ends known (already joined by them) or neither (nothing to share)
        if all(lg.inferred for lg in legs):
            # its one end was filled in or narrowed from the trip's ("four and a half hours
            # after leaving Guadeloupe"), not named: sharing it says nothing of one leg
            continue
        doc = key[0]
        cands = [
            k
            for k, other in out.items()
            if k != key
            and k[0] == doc
            and not _modes_differ(modes(other), modes(legs))
            and all(x is None or x == y for x, y in zip((o, d), ends(other), strict=True))
            and (o is None or ends(other)[0] == o)
            and (d is None or ends(other)[1] == d)
        ]
        full = [k for k in cands if None not in ends(out[k])]
        target = full if full else cands
        if len(target) == 1 and key in out:
            out[target[0]] = out[target[0]] + out.pop(key)
    return out


def _leg_modes(legs: list[TripLeg], inp: CheckInput) -> set[str]:
    """The modes of the legs and of their figures' own sentences ("the high-speed train, which
    reaches 250 km/h" in a coach story is the train's)."""
    found = {lg.mode for lg in legs if lg.mode}
    found |= {inp.claims[c].mode for lg in legs for c in lg.claims if inp.claims[c].mode}
    return found


#: Modes that are one for joining a leg's parts: a runner is on foot ("a race on foot ... a
#: total running time of 45 hours").
_SAME_MODE = {"run": "foot"}


def _modes_differ(a: set[str], b: set[str]) -> bool:
    """Whether two sets of modes name different vehicles (walking and running are one): they
    share none. A mode read beside the others from a headline or a passing word ("riding the
    Alaska Marine Highway" over a ferry's figures) does not part legs of one vehicle."""
    fold = _SAME_MODE
    return bool(a and b and not {fold.get(m, m) for m in a} & {fold.get(m, m) for m in b})


def _sdt_unusable(figures: list[QuantityClaim], leg_ids: tuple[str, ...]) -> Finding:
    """The leg states all three figures, but one kind only as zero (or too large a number)."""
    why = [w for c in figures if (w := unusable(c))]
    c = next(c for c in figures if unusable(c))
    return unverifiable(
        "speed_distance_time",
        c,
        f"d = v·t cannot be checked: {'; '.join(dict.fromkeys(why))}.",
        {"unusable_figures": [x.id for x in figures if unusable(x)]},
        leg_ids,
    )


def _sdt_leg(
    ds: list[QuantityClaim],
    ts: list[QuantityClaim],
    vs: list[QuantityClaim],
    figures: list[QuantityClaim],
    leg: TripLeg,
    leg_ids: tuple[str, ...],
) -> Finding:
    """One finding for a leg's distances, durations and speeds (see check_speed_distance_time).
    A figure written twice in the same words ("the 632 km ... (632 km)") is one figure, and the
    finding cites both."""
    same: dict[tuple, list[QuantityClaim]] = {}
    for c in (*ds, *ts, *vs):
        same.setdefault(_figure_key(c), []).append(c)
    ds, ts, vs = ([c for c in cs if same[_figure_key(c)][0] is c] for cs in (ds, ts, vs))
    n = len(ds) * len(ts) * len(vs)
    unfit: list[QuantityClaim] = []
    mixed = scattered = False
    if n == 1:
        f = _sdt(ds[0], ts[0], vs[0], leg, leg_ids)
    else:
        tried = [_sdt(d, t, v, leg, leg_ids) for d, t, v in _extreme_triples(ds, ts, vs)]
        bad = [f for f in tried if f.verdict == "inconsistent"]
        if bad:
            fits = _fitting_triples(ds, ts, vs, leg, leg_ids, tried)
            if fits and (ceilinged := _only_under_a_ceiling(fits, ds, ts, vs, leg, leg_ids)):
                # "230 km in 1 hour 54 minutes ... around 180 km/h ... top speeds of 250 km/h":
                # a ceiling fits any speed under it; it does not excuse the stated average
                fits, bad = [], ceilinged
            if fits and (apart := _only_far_apart(fits, bad, ds, ts, vs)):
                # "crossing the line 1 hour 26 minutes after the start, averaging almost 35
                # km/h over the 42-km course" contradicts in one clause; "200 km of tracks"
                # and "just over five hours" paragraphs away fit the speed only by chance
                fired("sdt:clause_over_scattered_fit")
                fits, bad, scattered = [], apart, True
            if fits:
                mixed = True
                # Some figures fit together and some do not: a figure that fits no triple
                # likely describes something else (a stay, a margin, a saving), so the leg
                # is not called inconsistent on it.
                # (the fits at face value first: "1,030 miles in 110 days, roughly 9 miles a
                # day" over the trail's longer 1,300 miles, which fits only as rounded)
                f = min(
                    fits,
                    key=lambda x: (
                        not _at_face_value(x),
                        sum(_width(c)[0] for c in _cited(x, ds, ts, vs)),
                    ),
                )
                fitting = {cid for x in fits for cid in x.claims}
                unfit = [c for c in (*ds, *ts, *vs) if c.id not in fitting]
            else:
                # the figures the text writes together first ("covering the 1,726-km line in
                # 35 hours at an average of about 65 km/h"), the nearest together of those
                # (a stage's "2,310 km ... in 12 hours ... about 230 km/h" over the trip's
                # 10,270 km a sentence on), then the one that misses most
                f = max(
                    bad,
                    key=lambda x: (
                        _together(cs := _cited(x, ds, ts, vs)),
                        _tight(cs),
                        -_span(tuple(cs)),
                        _contradiction(x),
                    ),
                )
        else:
            # the narrowest figures; among equally narrow ones, those the text writes together
            # ("covered 1,100 km in 22 hours" rather than the headline's "22-hour")
            least = [min(_width(c)[0] for c in cs) for cs in (ds, ts, vs)]
            narrow = [
                [c for c in cs if _width(c)[0] == w]
                for cs, w in zip((ds, ts, vs), least, strict=True)
            ]
            # (and those that fit at face value over those that fit only as rounded)
            tried_narrow = {x: _sdt(*x, leg, leg_ids) for x in itertools.product(*narrow)}
            d, t, v = max(
                tried_narrow,
                key=lambda x: (
                    _at_face_value(tried_narrow[x]),
                    _together(list(x)),
                    -_span(x),
                    -sum(c.start for c in x),
                ),
            )
            f = tried_narrow[d, t, v]
    chosen = [c for c in (*ds, *ts, *vs) if c.id in f.claims]
    cited = tuple(x.id for c in chosen for x in same[_figure_key(c)])
    cited = tuple(sorted(cited, key=lambda cid: f.claims.index(cid) if cid in f.claims else 3))
    note = ""
    if scattered:
        note = (
            f" The leg's figures form {n} combinations; those that fit stand more than "
            f"{SCATTERED} characters apart, paragraphs away from these three written together."
        )
    elif n > 1 and f.verdict == "inconsistent":
        note = f" The leg's figures form {n} combinations; this one contradicts most."
    elif unfit:
        note = (
            f" The leg also states {', '.join(quote(c) for c in unfit)}, which fits none of its "
            "other figures: it may describe something else (a stop, a stay, a time saved)."
        )
    elif mixed:
        note = (
            f" Some of the {n} combinations of the leg's figures do not fit, others do; this is "
            "the tightest that fits."
        )
    elif n > 1:
        note = (
            f" None of the {n} combinations of the leg's figures contradicts; this is the tightest."
        )
    left_out = [w for c in figures if (w := unusable(c))]
    if left_out:
        note += f" Left out: {'; '.join(left_out)}."
    if len(figures) > MANY_FIGURES:
        note += (
            f" The leg states {len(figures)} figures ({len(ds)} distances, {len(ts)} durations, "
            f"{len(vs)} speeds): a table or a list, more likely than one journey."
        )
    if not note:
        return dataclasses.replace(f, claims=cited)
    computed = {
        **f.computed,
        "unfit_claims": [c.id for c in unfit],
        "figures_on_leg": len(figures),
        "combinations": n,
        "other_claims": [c.id for c in figures if c.id not in cited],
    }
    return dataclasses.replace(f, claims=cited, message=f.message + note, computed=computed)


#: Up to this many triples a leg's every combination is tried for one that fits.
_ALL_TRIPLES = 125


def _fitting_triples(ds, ts, vs, leg, leg_ids, tried: list[Finding]) -> list[Finding]:
    """Consistent triples of the leg: every combination when there are few, else those among
    the extremes already tried (so the cost stays linear in the figures)."""
    if len(ds) * len(ts) * len(vs) <= _ALL_TRIPLES:
        tried = [_sdt(d, t, v, leg, leg_ids) for d, t, v in itertools.product(ds, ts, vs)]
    return [f for f in tried if f.verdict == "consistent"]


def _only_under_a_ceiling(
    fits: list[Finding],
    ds: list[QuantityClaim],
    ts: list[QuantityClaim],
    vs: list[QuantityClaim],
    leg: TripLeg,
    leg_ids: tuple[str, ...],
) -> list[Finding]:
    """When every fitting triple fits only under an upper bound ("top speeds of 250 km/h"),
    the triples of a fitting distance and duration with a stated speed (no upper bound) that
    contradict ("around 180 km/h"): the stated speed itself is what contradicts; else none."""
    upper = [c for c in vs if is_upper(c)]
    stated = [c for c in vs if not is_upper(c)]
    if not stated or not all(any(c.id in f.claims for c in upper) for f in fits):
        return []
    pairs = {
        (d.id, t.id): (d, t)
        for f in fits
        for d in ds
        for t in ts
        if d.id in f.claims and t.id in f.claims
    }
    tried = [_sdt(d, t, v, leg, leg_ids) for d, t in pairs.values() for v in stated]
    return [f for f in tried if f.verdict == "inconsistent"]


def _cited(f: Finding, *kinds: list[QuantityClaim]) -> list[QuantityClaim]:
    return [c for cs in kinds for c in cs if c.id in f.claims]


#: Figures this close (characters, first to last) in one document are written together.
TOGETHER = 250


def _together(cs: list[QuantityClaim]) -> bool:
    """Whether a triple's figures stand together in one document (one sentence or two)."""
    return (
        len({c.doc for c in cs}) == 1
        and max(c.start for c in cs) - min(c.start for c in cs) <= TOGETHER
    )


#: Figures within this many characters (first to last) stand in one clause: "covered 62 km in
#: seven hours, averaging 11 km/h".
TIGHT = 80


def _tight(cs: list[QuantityClaim]) -> bool:
    """Whether a triple's figures stand in one clause of one document."""
    return len({c.doc for c in cs}) == 1 and _span(tuple(cs)) <= TIGHT


def _span(cs: tuple[QuantityClaim, ...]) -> int:
    """How far apart in the text a triple's figures stand (characters; any when docs differ)."""
    return max(c.start for c in cs) - min(c.start for c in cs)


#: Figures of a triple this far apart (characters, first to last) are scattered over the text,
#: paragraphs apart: their fit says little against a triple written in one clause.
SCATTERED = 2 * TOGETHER


def _only_far_apart(
    fits: list[Finding],
    bad: list[Finding],
    ds: list[QuantityClaim],
    ts: list[QuantityClaim],
    vs: list[QuantityClaim],
) -> list[Finding]:
    """When every fitting triple is scattered over the text (``SCATTERED``) but a contradicting
    one stands in one clause (``TIGHT``), the contradicting triples of one clause: the figures
    written together are the leg's, the fit of figures paragraphs apart a coincidence; else
    none."""
    if any(_span(tuple(_cited(f, ds, ts, vs))) <= SCATTERED for f in fits):
        return []
    return [f for f in bad if _tight(_cited(f, ds, ts, vs))]


def _figure_key(c: QuantityClaim) -> tuple:
    """What makes two figures the same in a finding's arithmetic and words."""
    return (c.kind, canon(c), quote(c), c.unit, c.mode)


def _contradiction(f: Finding) -> float:
    """How far a contradicting triple misses: the implied speeds over the stated ones (or the
    stated over the implied, when too slow), at the closest ends."""
    imp_lo, imp_hi = f.computed["implied_speed_range_kmh"]
    v_lo, v_hi = f.computed["stated_speed_range_kmh"]
    fast = imp_lo / v_hi if v_hi else INF
    slow = v_lo / imp_hi if imp_hi else 0.0
    return max(fast, slow)


def _at_face_value(f: Finding) -> bool:
    """Whether a d = v·t finding's implied speed lies within the stated speed as written, not
    only once the figures' rounding is allowed for."""
    imp = f.computed["implied_speed_kmh"]
    lo, hi = f.computed["stated_speed_range_kmh"]
    return lo <= imp <= (INF if hi is None else hi)


def _width(c: QuantityClaim) -> tuple[float, int]:
    """How much a figure's interval allows, relative to its value (ties: text order)."""
    v, lo, hi = canon(c)
    # (rounded: "about 1,030" and "about 1,300" allow the same tenth either way, whatever the
    # floating point makes of the two)
    return (round((hi - lo) / v, 9) if v > 0 else INF, c.start)


def _extreme_triples(
    ds: list[QuantityClaim], ts: list[QuantityClaim], vs: list[QuantityClaim]
) -> list[tuple[QuantityClaim, QuantityClaim, QuantityClaim]]:
    """The triples that decide whether any triple contradicts: within each class of figures
    that share a verdict rule (the distance's mode; the duration's mode and whether it spans
    days; the speed's upper bound and daily rate), the longest and shortest distance with the
    shortest and longest duration and the slowest and fastest speed. Implied speeds grow with
    the distance and shrink with the duration, so a contradiction, if any, shows at these.
    At most 8 triples a class of each kind, whatever the number of figures."""

    def classes(cs: list[QuantityClaim], key) -> list[list[QuantityClaim]]:
        out: dict = {}
        for c in cs:
            out.setdefault(key(c), []).append(c)
        return list(out.values())

    def ends(cs: list[QuantityClaim]) -> list[QuantityClaim]:
        # too fast: the highest low distance over the lowest high duration against the lowest
        # high speed; too slow: the lowest high distance over the highest low duration against
        # the highest low speed. For each kind: the highest low and the lowest high.
        picks = (max(cs, key=lambda c: canon(c)[1]), min(cs, key=lambda c: canon(c)[2]))
        return list(dict.fromkeys(picks))

    d_cls = classes(ds, lambda c: c.mode)
    t_cls = classes(ts, lambda c: (c.mode, canon(c)[1] >= 24))
    v_cls = classes(vs, lambda c: (is_upper(c), (c.unit or "").endswith("/d")))
    return [
        (d, t, v)
        for dc, tc, vc in itertools.product(d_cls, t_cls, v_cls)
        for d, t, v in itertools.product(ends(dc), ends(tc), ends(vc))
    ]


def _sdt(
    d: QuantityClaim, t: QuantityClaim, v: QuantityClaim, leg: TripLeg, leg_ids: tuple[str, ...]
) -> Finding:
    dv, dlo, dhi = canon(d)
    tv, tlo, thi = canon(t)
    vv, vlo, vhi = canon(v)
    imp, imp_lo, imp_hi = dv / tv, dlo / thi if thi else INF, dhi / tlo if tlo > 0 else INF
    at_stated = dv / vv
    upper = is_upper(v)
    # a daily rate ("25 km a day") already spreads the rests over the days
    resting = None if (v.unit or "").endswith("/d") else _rests(leg.mode or d.mode or t.mode, t)
    ok = imp_lo <= vhi if upper or resting else (imp_lo <= vhi and imp_hi >= vlo)
    stretched = (
        ok
        and v.averaged
        and not (upper or resting or vlo <= imp <= vhi)
        # (a rider's or a walker's average above the elapsed one may be a moving average, the
        # stops left out: "rode 180 km in six hours, averaging 33 km/h" on a bike computer)
        and not (imp < vlo and (leg.mode or d.mode or t.mode) in _RESTERS.keys() - {"road"})
        and _widths_stretched(d, t, v)
    )
    ok = ok and not stretched
    stated = f"the stated {quote(v)}"
    daily = (v.unit or "").endswith("/d")

    def speed(x: float) -> str:  # in the stated speed's terms: km/h, or km a day for daily rates
        return f"{fmt(x * 24, 'km')} a day" if daily else fmt(x, "km/h")

    def span(h: float) -> str:  # a time: in days beside a daily rate
        return fmt(h / 24, "days") if daily else fmt(h, "h")

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
        **({"roundings_stretched": True} if stretched else {}),
    }
    if resting:
        computed["moving_time_unknown"] = True
        least = (
            f"implies at least {speed(imp_lo)} on the move"
            if imp_lo > 0
            else "sets no lower bound on the speed on the move"
        )
        msg = (
            f"{fmt(dv, 'km')} in {quote(t)} ({fmt(tv, 'h')} elapsed) {least} "
            f"({_RESTERS[resting]} rest, so not all of it is "
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
        elif stretched:
            rel = (
                f"{'above' if imp > vhi else 'below'} {stated} average ({speeds(vlo, vhi)}); "
                f"{as_written} only with all three figures rounded to the far end of their "
                "ranges at once, more than their roundings allow together"
            )
        elif imp_lo > vhi:
            rel = f"above {stated} (at most {speed(vhi)})"
        else:
            rel = f"below {stated} (at least {speed(vlo)})"
        msg = (
            f"{fmt(dv, 'km')} in {span(tv)} implies {speed(imp)}, {rel}; "
            f"at {speed(vv)} the trip takes {span(at_stated)}."
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


#: The kinds of hedge that bound a figure on one side (``hedges.json``): the figure is no centre
#: of its interval ("more than", "nearly", "up to").
_ONE_SIDED = frozenset({"above", "upper", "lower", "below", "little_above"})


def _widths_stretched(d: QuantityClaim, t: QuantityClaim, v: QuantityClaim) -> bool:
    """Whether a stated average fits the distance and the time only when the rounding of all
    three figures runs far toward its ends at once: the face-value miss (as a ratio) is wider
    than the three figures' relative half-widths added as independent errors (root of the sum
    of squares), which linear addition would accept. Figures bounded on one side, and daily
    rates, are left to the linear test.

    >>> from georoute.base.claims import QuantityClaim as Q
    >>> d = Q("d", "a", "distance", "308 km", 0, 6, value=308.0, unit="km", low=308.0, high=308.0)
    >>> t = Q("t", "a", "duration", "an hour and a half", 0, 6, value=1.5, unit="h", low=1.25,
    ...       high=1.75)
    >>> v = Q("v", "a", "speed", "160 km/h", 0, 6, value=160.0, unit="km/h", low=144.0,
    ...       high=176.0, hedge="around")
    >>> _widths_stretched(d, t, v)
    True
    """
    one_sided = any((h := hedge_of(c.hedge)) and h.kind in _ONE_SIDED for c in (d, t, v))
    if one_sided or (v.unit or "").endswith("/d"):
        return False

    def half(c: QuantityClaim) -> float:  # the larger relative half-width, as a log ratio
        mid, lo, hi = canon(c)
        if mid <= 0:
            return INF
        return max(math.log(hi / mid) if hi < INF else INF, math.log(mid / lo) if lo > 0 else INF)

    dv, tv, vv = canon(d)[0], canon(t)[0], canon(v)[0]
    if min(dv, tv, vv) <= 0:
        return False
    return abs(math.log(dv / tv / vv)) > math.sqrt(sum(half(c) ** 2 for c in (d, t, v)))


#: Modes whose travellers stop to sleep and eat on journeys of a day or more: their stated
#: speeds are moving speeds, and the elapsed time only bounds the moving time from above.
_RESTERS = {
    "foot": "walkers",
    "run": "runners",
    "horse": "riders",
    "sled": "mushers",
    "ski": "skiers",
    "skate": "skaters",
    "bicycle": "cyclists",
    "road": "drivers",
}
_MOVING = {
    "foot": "walking",
    "run": "running",
    "horse": "riding",
    "sled": "mushing",
    "ski": "skiing",
    "skate": "skating",
    "bicycle": "cycling",
    "road": "driving",
}


def _rests(mode: str | None, t: QuantityClaim) -> str | None:
    """The mode, when the duration spans days of a journey whose travellers rest."""
    if mode not in _RESTERS:
        return None
    _, lo, _ = canon(t)
    return mode if lo >= 24 else None


# -- unit conversions ----------------------------------------------------------------------
#: The most a round figure's trailing zeros allow either way, as a share of the figure, when it
#: is set against its conversion: "100 km" may stand for 85-115 km there, not for anything from
#: 50 to 150 (which would let "100 kilometres (40 miles)" pass, 40 miles being 64 km, or
#: "roughly 100 km (74 miles)", 74 miles being 119 km: a converted figure that precise was
#: reckoned from its own value, which a writer rounds to 120, not 100).
CONVERSION_ROUNDING = 0.15


def _conversion_figure(c: QuantityClaim) -> tuple[float, float]:
    """What the figure as written allows (:func:`figure_of`), its trailing zeros allowing at most
    ``CONVERSION_ROUNDING`` of it either way (a range keeps its ends).

    >>> from georoute.base.claims import QuantityClaim as Q
    >>> _conversion_figure(Q("c1", "a", "distance", "100 km", 0, 6, 100.0, "km", 50.0, 150.0,
    ...                      figure=(50.0, 150.0)))
    (85.0, 115.0)
    """
    lo, hi = figure_of(c)
    v = float(c.value)
    if abs((lo + hi) / 2 - v) > 1e-9 * max(1.0, abs(v)):
        return lo, hi  # a range ("252 to 287 miles"): its two ends, as written
    lo, hi = _to_five(v, lo, hi)
    return max(lo, v - CONVERSION_ROUNDING * abs(v)), min(hi, v + CONVERSION_ROUNDING * abs(v))


#: The most a figure ending in 5 or 0 may stand for beyond its last digit's half, as a share of
#: it: converted figures are often rounded to a multiple of 5 ("about 145 miles (235
#: kilometers)": 233.4 km), which a slip of the reckoning never stays so close to.
TO_FIVE_SHARE = 0.03


def _to_five(v: float, lo: float, hi: float) -> tuple[float, float]:
    """A figure whose last written digit is 5 or 0 may be rounded to a multiple of 5 of that
    digit's place: 235 allows 232.5-237.5, within ``TO_FIVE_SHARE`` of it.

    >>> _to_five(235.0, 234.5, 235.5), _to_five(233.0, 232.5, 233.5), _to_five(25.0, 24.5, 25.5)
    ((232.5, 237.5), (232.5, 233.5), (24.25, 25.75))
    """
    if v <= 0 or v != int(v):
        return lo, hi
    n, place = int(v), 1
    while n % 10 == 0 and n >= 10:
        n, place = n // 10, place * 10
    if n % 5:
        return lo, hi
    half = min(2.5 * place, TO_FIVE_SHARE * v)
    return min(lo, v - half), max(hi, v + half)


def check_unit_conversion(inp: CheckInput) -> list[Finding]:
    out = []
    # the feet of a length in feet and inches, by where they end: "2 ft 6 in (762 mm)" converts
    # the whole length, not its inches
    feet = {
        (x.doc, x.end): x
        for x in inp.claims.values()
        if isinstance(x, QuantityClaim) and x.unit == "ft"
    }
    for c in inp.claims.values():
        if not isinstance(c, QuantityClaim) or not c.same_as:
            continue
        a = inp.claims[c.same_as]
        if not isinstance(a, QuantityClaim):  # a figure converts a figure
            continue
        a_lo, a_hi = _conversion_figure(a)
        b_lo, b_hi = _conversion_figure(c)
        ends = range(a.start - 2, a.start) if a.unit == "in" else ()
        ft = next((feet[a.doc, e] for e in ends if (a.doc, e) in feet), None)
        extra, written, cited = 0.0, a.text, (a.id, c.id)
        if ft is not None:
            extra, written, cited = float(ft.value) * 12, f"{ft.text} {a.text}", (ft.id, a.id, c.id)
        a_lo, a_hi = a_lo + extra, a_hi + extra
        conv_lo, conv_hi = convert(a_lo, a.unit, c.unit), convert(a_hi, a.unit, c.unit)
        ok = conv_lo <= b_hi and conv_hi >= b_lo
        conv = convert(float(a.value) + extra, a.unit, c.unit)
        msg = (
            f"{written} is {fmt(conv, c.unit)}, which {'rounds to' if ok else 'does not round to'} the "
            f"{c.text} given beside it (a figure written {b_lo:g}-{b_hi:g} {c.unit})."
        )
        out.append(
            Finding(
                "unit_conversion",
                "consistent" if ok else "inconsistent",
                (c.doc,),
                cited,
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


def check_plausibility(inp: CheckInput) -> list[Finding]:
    """The speed a leg's duration needs over its distance (or the geodesic between its ends),
    against what its mode can do. One finding a leg and document: the shortest duration, which
    needs the most; the leg's other durations are listed in ``computed``."""
    out = []
    for trip in inp.trips:
        for leg in trip.legs:
            by_doc: dict[str, list[QuantityClaim]] = {}
            for t in leg_figures(leg, inp, "duration"):
                by_doc.setdefault(t.doc, []).append(t)
            dists = leg_claims(leg, inp, "distance") or _twin_distances(leg, trip.legs, inp)
            apart = [] if dists else _whole_trip_distances(leg, trip.legs, inp)
            dists = dists or apart
            speeds = [
                v for v in leg_claims(leg, inp, "speed") if not is_upper(v) and unusable(v) is None
            ]
            for doc in dict.fromkeys(v.doc for v in speeds):
                if doc not in by_doc and leg.mode in MAX_SPEED_KMH:
                    out.append(_stated_speed([v for v in speeds if v.doc == doc], leg))
            for doc, every in by_doc.items():
                ts = [t for t in every if unusable(t) is None]
                if not ts:
                    reasons = "; ".join(dict.fromkeys(unusable(t) or "" for t in every))
                    out.append(
                        unverifiable(
                            "plausibility",
                            every[0],
                            f"{reasons}: no speed follows from it.",
                            {},
                            (leg.id,),
                        )
                    )
                    continue
                mine = [d for d in dists if d.doc == doc]
                # the shortest; of equal ones, the one written nearest a distance ("covered the
                # 420-km route ... in six days" rather than the headline's "six-day run")
                starts = sorted(d.start for d in mine)
                ts.sort(key=lambda c: (canon(c)[2], _nearest_gap(c.start, starts), c.start))
                f = _plausibility(ts[0], _paired_first(ts[0], mine, every), leg, inp)
                if f is None:
                    continue
                f = _beside_fits(f, ts[0], mine, leg, inp)
                t, note, unfit = ts[0], "", []
                if f.verdict != "consistent" and len(ts) > 1:
                    # a duration that no mode could make while another is plausible likely
                    # times something else (a stop, a margin): the leg is judged on the other
                    alt = next(
                        (
                            (u, g)
                            for u in ts[1:]
                            if (g := _plausibility(u, _paired_first(u, mine, every), leg, inp))
                            and (g.verdict == "consistent" or g.computed.get("no_speed_bound"))
                        ),
                        None,
                    )
                    if alt is not None:
                        t, f = alt
                        unfit = [u for u in ts if canon(u)[2] < canon(t)[2]]
                        note = (
                            f" The leg also states {', '.join(quote(u) for u in unfit)}, which "
                            "no such vehicle could make: it may time something else."
                        )
                    elif (pair := _written_pair_beyond(ts, mine, every, leg, inp)) is not None:
                        # none fits: the pair written together is judged ("a route of some
                        # 2,500 miles (4,000 km). The flight lasted a little under three
                        # hours"), not the shortest time ("On the ground ... 90 minutes")
                        t, f = pair
                if len(every) > 1:
                    note = note or (
                        f" The leg states {len(every)} durations; this, the shortest, needs the most."
                    )
                    f = dataclasses.replace(
                        f,
                        message=f.message + note,
                        computed={
                            **f.computed,
                            "figures_on_leg": len(every),
                            "other_claims": [c.id for c in every if c is not t],
                            "unfit_claims": [c.id for c in unfit],
                        },
                    )
                vs = [v for v in speeds if v.doc == doc]
                if vs and f.verdict != "unverifiable":
                    f = _with_stated_speed(f, _stated_speed(vs, leg))
                elif vs and f.computed.get("no_speed_bound"):
                    # the time bounds nothing: the stated speed is judged (with the note)
                    g = _stated_speed(vs, leg)
                    f = dataclasses.replace(g, message=g.message + note)
                f = _idle(_judged(f, inp))
                if apart and f.verdict == "inconsistent" and set(f.claims) & {d.id for d in apart}:
                    f = _read_apart(
                        f,
                        "",
                        "but the distance is the whole trip's, written apart from the time, "
                        "which may time a part of it: not judged.",
                    )
                # a "consistent" only where its figures stand near each other: the ceiling
                # passes almost any pair (d = v·t, which asks three figures to agree, keeps its
                # own); the pairs written together beside it are judged all the same
                out.append(paired_near(f, inp))
                if f.verdict == "consistent":
                    out += [_idle(g) for g in _written_pairs(f, ts, mine, leg, inp)]
    out += _usual_times(inp)
    return out


def _usual_times(inp: CheckInput) -> list[Finding]:
    """What a route usually takes, against its distance written right before it ("a trip of
    some 850 kilometres that normally takes about 15 hours", "The 160-mile drive ... usually
    takes about three and a half hours", written as a pair: ``PAIRED``): a time that is no
    leg's, so only a consistent finding is given when the mode its sentence names could make
    it; a usual time no vehicle could make is left unjudged (the reading of the mode or of the
    pair may be wrong)."""
    out = []
    by_doc: dict[str, list[QuantityClaim]] = {}
    for c in inp.claims.values():
        if isinstance(c, QuantityClaim) and c.kind in ("distance", "duration"):
            by_doc.setdefault(c.doc, []).append(c)
    for cs in by_doc.values():
        cs.sort(key=lambda c: c.start)
        for k, t in enumerate(cs):
            if t.kind != "duration" or t.relation != "usual" or unusable(t) is not None:
                continue
            before = [d for d in cs[:k] if d.kind == "distance" and d.same_as is None]
            if not before:
                continue
            d = before[-1]
            mode = t.mode or d.mode
            if (
                d.relation != "leg"  # (a way's length or another route's is not this one)
                or not 0 <= t.start - d.end <= PAIRED
                or any(c.kind == "duration" for c in cs[cs.index(d) + 1 : k])
                or mode not in MAX_SPEED_KMH
                or unusable(d) is not None
            ):
                continue
            _, dlo, _ = canon(d)
            _, tlo, thi = canon(t)
            if dlo <= 0 or thi >= INF:
                continue
            need = dlo / thi
            lim = _sustained(speed_limit(mode, ()), mode, dlo, tlo)
            if need > lim.max_kmh or need < IDLE_SHARE * lim.max_kmh:
                continue
            fired("checks:plausibility_usual_time")
            out.append(
                Finding(
                    "plausibility",
                    "consistent",
                    (t.doc,),
                    (d.id, t.id),
                    f"{quote(d)} in {quote(t)} ({fmt_range(tlo, thi, 'h')}), what the route "
                    f"usually takes, needs at least {fmt(need, 'km/h')} by {mode}, within the "
                    f"{fmt(lim.max_kmh, 'km/h')} {lim.noun} can do ({lim.source}).",
                    {
                        "min_speed_kmh": round(need, 3),
                        "max_speed_kmh": lim.max_kmh,
                        "mode": mode,
                        "usual_time": True,
                    },
                )
            )
    return out


#: A distance written this near a duration (characters, either side) is the one it is
#: likelier to time than the leg's first distance: "The final 170-km leg ... took just two and a
#: half hours" after "covered about 430 km".
BESIDE = 120


def _written_pair_beyond(
    ts: list[QuantityClaim],
    ds: list[QuantityClaim],
    every: list[QuantityClaim],
    leg: TripLeg,
    inp: CheckInput,
) -> tuple[QuantityClaim, Finding] | None:
    """Of a leg's durations none of which its mode could make, the first written as a pair
    with a distance (:func:`_paired_first`), with its finding on that distance; else None."""
    for u in ts:
        paired = _paired_first(u, ds, every)
        if paired is ds or not paired:
            continue
        g = _plausibility(u, paired, leg, inp)
        if g is not None and g.verdict == "inconsistent":
            fired("plausibility:written_pair_judged")
            return u, g
    return None


def _paired_first(
    t: QuantityClaim, ds: list[QuantityClaim], ts: list[QuantityClaim]
) -> list[QuantityClaim]:
    """The leg's distances with the one written as a pair with the duration ``t`` first (the
    last distance of its document at most ``PAIRED`` characters before it: "covered 3,423.5
    miles (5,510 km) in a total running time of just 273 hours", not "One stage ... measured
    74.6 miles" told earlier), with no other of the leg's durations ``ts`` between them;
    unchanged when none is."""
    before = [d for d in ds if d.doc == t.doc and 0 <= t.start - d.end <= PAIRED]
    if not before:
        return ds
    near = max(before, key=lambda d: d.start)
    if any(u.doc == t.doc and near.end <= u.start < t.start for u in ts):
        return ds  # "(4,000 km). The flight lasted ... three hours. On the ground ... 90 minutes"
    if near.same_as is not None:  # a conversion in brackets: the figure it converts
        near = next((d for d in ds if d.id == near.same_as), near)
    if ds and near is ds[0]:
        return ds
    fired("plausibility:paired_distance_first")
    return [near, *(d for d in ds if d is not near)]


def _beside_fits(
    f: Finding, t: QuantityClaim, ds: list[QuantityClaim], leg: TripLeg, inp: CheckInput
) -> Finding:
    """An "inconsistent" plausibility finding judged on the leg's first distance is judged again
    on another distance of the leg written beside the duration: "unverifiable" when that one
    fits (the time may be that stretch's, not the whole leg's), else on the two figures
    written together."""
    if f.verdict != "inconsistent" or len(ds) < 2:
        return f
    near = min(ds, key=lambda d: abs(d.start - t.start))
    if near is ds[0] or abs(near.start - t.start) > BESIDE:
        return f
    g = _plausibility(t, [near], leg, inp)
    if g is None or g.verdict == "unverifiable":
        return f
    if g.verdict == "inconsistent":
        return g  # judged on the two figures written together
    return dataclasses.replace(
        f,
        verdict="unverifiable",
        message=(
            f"{f.message} But {quote(near)}, written beside {quote(t)}, fits it "
            f"({g.computed.get('min_speed_kmh', 0):,.1f} km/h needed): the time is likelier that "
            "stretch's than the whole leg's; not judged."
        ),
        computed={**f.computed, "beside_claim": near.id},
    )


#: A duration that needs less than this share of the speed its mode can keep bounds nothing:
#: "60 km in nine days" by balloon, "812 days" of a flight home. Multi-day journeys on the move
#: need more (a cyclist's 1,240 km in five weeks: 2 % of a bicycle's 60 km/h; a dog team's 90 km
#: in three days: 5 % of 20 km/h).
IDLE_SHARE = 0.015


#: Per mode, the fastest average kept over days, rests included (modes.json ``days_pace``).
_DAYS_PACE = {r["id"]: r["days_pace"] for r in rule_rows("modes") if "days_pace" in r}


def _idle(f: Finding) -> Finding:
    """A "consistent" plausibility finding whose time needs under ``IDLE_SHARE`` of what the
    mode can do, with no stated speed, becomes "unverifiable": a time that long likely spans
    stays, waits or other business, and says nothing of the travel. A time of days is set
    against the pace the mode keeps over days (``days_pace``), not its top speed: a cyclist's
    4,800 km in six months is 27 km a day, a pace worth naming; the finding says so."""
    need, top = f.computed.get("min_speed_kmh"), f.computed.get("max_speed_kmh")
    if f.verdict != "consistent" or need is None or not top or "stated_speed_kmh" in f.computed:
        return f
    pace = _DAYS_PACE.get(f.computed.get("mode"))
    if pace and f.computed.get("min_time_h", 0.0) >= pace["over_h"]:
        top = min(top, pace["max_kmh"])
        if IDLE_SHARE * top <= need <= top:
            fired("plausibility.days_pace")
            return dataclasses.replace(
                f,
                message=(
                    f"{f.message} Over days that is at least {fmt(need * 24, 'km')} a day, "
                    f"within the {fmt(top * 24, 'km')} a day {pace['noun']} has kept "
                    f"({pace['source']})."
                ),
                computed={**f.computed, "days_pace_kmh": top},
            )
    if need >= IDLE_SHARE * top:
        return f
    of = (
        "it"
        if top == f.computed["max_speed_kmh"]
        else f"the {fmt(top, 'km/h')} {pace['noun']} has kept ({pace['source']})"
    )
    return dataclasses.replace(
        f,
        verdict="unverifiable",
        message=(
            f"{f.message} That is under {IDLE_SHARE:.1%} of {of}: a time this long bounds no "
            "speed of the travel (it more likely spans stays, waits or other business than "
            "the journey); not judged."
        ),
        computed={**f.computed, "idle_share": round(need / top, 4)},
    )


#: A distance, then a duration at most this many characters after it, are written as a pair:
#: "covered 82.5 km in 9 hours", "the 310 km from A took three days".
PAIRED = 70


def _nearest_gap(pos: int, starts: list[int]) -> int:
    """How far ``pos`` lies from the nearest of the sorted ``starts`` (0 when there are none).

    >>> _nearest_gap(10, [2, 15, 40]), _nearest_gap(10, [])
    (5, 0)
    """
    i = bisect.bisect_left(starts, pos)
    near = [abs(pos - starts[k]) for k in (i - 1, i) if 0 <= k < len(starts)]
    return min(near, default=0)


def _written_pairs(
    f: Finding, ts: list[QuantityClaim], ds: list[QuantityClaim], leg: TripLeg, inp: CheckInput
) -> list[Finding]:
    """Beside a leg's consistent plausibility finding, one for each other distance and duration
    of the leg written as a pair ("the first 82.5 km in 9 hours, the whole 250 km in 47 hours")
    that is plausible too: only fits are added, so a leg never gets both verdicts."""
    out = []
    # (the durations by where they start, to find those right after a distance at once; each
    # distance's in the order of ``ts``)
    order = sorted(range(len(ts)), key=lambda k: ts[k].start)
    t_starts = [ts[k].start for k in order]
    d_starts = {doc: sorted(x.start for x in ds if x.doc == doc) for doc in {x.doc for x in ds}}
    for d in ds:
        lo = bisect.bisect_left(t_starts, d.end)
        hi = bisect.bisect_right(t_starts, d.end + PAIRED)
        for t in (ts[k] for k in sorted(order[lo:hi])):
            if {d.id, t.id} <= set(f.claims):
                continue
            starts = d_starts[d.doc]
            if bisect.bisect_right(starts, d.start) < bisect.bisect_left(starts, t.start):
                continue  # the duration's own distance is the one written right before it
            g = _plausibility(t, [d], leg, inp)
            if g is not None and g.verdict == "consistent":
                out.append(g)
    return out


def _twin_distances(
    leg: TripLeg, legs: tuple[TripLeg, ...], inp: CheckInput
) -> list[QuantityClaim]:
    """The distances of the one other leg of the same document, mode and two ends that states
    a distance and no duration, for a leg that states a duration and no distance: one voyage
    told twice ("docked ... after a four-day voyage from Puerto Montt"; "sailed from Puerto
    Montt and covered some 1,500 km"). None when the ends are not both known, or when several
    legs could be the twin."""
    if leg.origin is None or leg.destination is None:
        return []
    twins = [
        other
        for other in legs
        if other is not leg
        and (other.origin, other.destination) == (leg.origin, leg.destination)
        and set(other.docs) == set(leg.docs)
        and not _modes_differ(_leg_modes([other], inp), _leg_modes([leg], inp))
        and leg_claims(other, inp, "distance")
        and not leg_figures(other, inp, "duration")
    ]
    return leg_claims(twins[0], inp, "distance") if len(twins) == 1 else []


def _whole_trip_distances(
    leg: TripLeg, legs: tuple[TripLeg, ...], inp: CheckInput
) -> list[QuantityClaim]:
    """For a leg that states a duration and no distance, the distances of the other half of a
    journey the reading split in two: the trip's one leg of named ends and the leg of its
    inferred ends that holds the trip's unplaced figures ("reached New York ... after a trip
    of 63 days" and, apart, "some 5,600 miles"), of one document and mode, the other stating a
    distance (one figure, with its conversions) and no duration. None when the trip has
    several legs of named ends."""
    named = [lg for lg in legs if not lg.inferred]
    if len(named) != 1 or len(legs) != 2:
        return []
    (other,) = [lg for lg in legs if lg is not leg]
    if (
        set(other.docs) != set(leg.docs)
        or _modes_differ(_leg_modes([other], inp), _leg_modes([leg], inp))
        or leg_figures(other, inp, "duration")
    ):
        return []
    ds = leg_claims(other, inp, "distance")
    return ds if ds and _one_figure(ds) else []  # (one figure, with its conversions)


def _stated_speed(vs: list[QuantityClaim], leg: TripLeg) -> Finding:
    """A leg's stated average speeds against what its mode can do: the fastest that fits, or,
    when none fits, the slowest. A speed beyond the mode beside one that fits likely belongs
    to something else ("gusts of 70 mph" in a ferry story) and is named, not judged."""
    lim = speed_limit(leg.mode, leg.submodes)
    top = lim.max_kmh
    fits = [c for c in vs if canon(c)[1] <= top]
    pick = max if fits else min
    v = pick(fits or vs, key=lambda c: (canon(c)[1], -c.start))
    _, vlo, _ = canon(v)
    ok = bool(fits)
    msg = (
        f"The stated {quote(v)} (at least {fmt(vlo, 'km/h')}) is "
        f"{'within' if ok else 'beyond'} the {fmt(top, 'km/h')} {lim.noun} "
        f"can do ({lim.source})."
    )
    unfit = [c for c in vs if c not in fits] if fits else []
    if unfit:
        msg += (
            f" The leg also states {', '.join(quote(c) for c in unfit)}, beyond it: "
            "it may describe something else."
        )
    return Finding(
        "plausibility",
        "consistent" if ok else "inconsistent",
        (v.doc,),
        (v.id,),
        msg,
        {
            "stated_speed_kmh": round(vlo, 3),
            "max_speed_kmh": top,
            "mode": leg.mode,
            **({"submode": lim.submode} if lim.submode else {}),
        },
        (leg.id,),
    )


def _with_stated_speed(f: Finding, g: Finding) -> Finding:
    """One plausibility finding a leg: the implied speed's and the stated speed's together,
    inconsistent when either is beyond the mode."""
    verdict = "inconsistent" if "inconsistent" in (f.verdict, g.verdict) else "consistent"
    return dataclasses.replace(
        f,
        verdict=verdict,
        claims=tuple(dict.fromkeys((*f.claims, *g.claims))),
        message=f"{f.message} {g.message}",
        computed={**f.computed, "stated_speed_kmh": g.computed["stated_speed_kmh"]},
    )


#: Per mode, the lower ceilings of an average kept over a long way or over days (modes.json
#: "sustained": a horse sprints at 70 km/h but keeps far less over 160 km or a week).
_SUSTAINED = {r["id"]: tuple(r.get("sustained", ())) for r in rule_rows("modes") if "mode" not in r}
#: Sub-modes whose limit passes their mode's (``beyond_mode``): its lower ceilings bind them not.
_BEYOND_MODE = frozenset(sm.id for sm in SUBMODES if sm.beyond_mode)


def _sustained(lim: SpeedLimit, mode: str, km: float, hours: float) -> SpeedLimit:
    """The lowest ceiling of ``mode`` that a leg of ``km`` over at least ``hours`` falls under.

    >>> _sustained(speed_limit("horse", ()), "horse", 161.0, 2.7).max_kmh
    40.0
    >>> _sustained(speed_limit("horse", ()), "horse", 3.0, 0.05).max_kmh
    70.0
    """
    if lim.submode in _BEYOND_MODE:
        return lim  # (a sub-mode beyond its mode's ceilings: "down the river", a record run)
    for s in _SUSTAINED.get(mode, ()):
        if (km >= s.get("over_km", INF) or hours >= s.get("over_h", INF)) and s[
            "max_kmh"
        ] < lim.max_kmh:
            lim = dataclasses.replace(
                lim, max_kmh=float(s["max_kmh"]), noun=s["noun"], source=s["source"]
            )
    return lim


def _plausibility(
    t: QuantityClaim, ds: list[QuantityClaim], leg: TripLeg, inp: CheckInput
) -> Finding | None:
    """The speed ``t`` needs over the leg's first stated distance, or over the geodesic."""
    mode = leg.mode
    _, tlo, thi = canon(t)
    if ds:
        _, dlo, _dhi = canon(ds[0])
        basis, used = f"{quote(ds[0])}", (ds[0].id, t.id)
        dlo = dlo if dlo > 0 else 0.0
    else:
        o, de = town_place(leg.origin, inp), town_place(leg.destination, inp)
        if o is None or de is None:
            return None
        dlo = geodesic_km(o.lat, o.lon, de.lat, de.lon)
        basis, used = f"the {fmt(dlo, 'km')} geodesic from {o.name} to {de.name}", (t.id,)
        given = stated_between(t.doc, o, de, inp)
        if given is not None:
            # the article's own figure between the two ends ("London, some 14,500km north-west
            # of Perth"), cited beside the geodesic the speed is measured on
            basis += f" (the article puts them {quote(given)} apart)"
            used = (given.id, t.id)
    if mode not in MAX_SPEED_KMH:
        return Finding(
            "plausibility",
            "unverifiable",
            (t.doc,),
            used,
            f"{quote(t)}: no mode of travel is stated, so no speed limit applies.",
            {},
        )
    if thi >= INF or dlo <= 0:
        return Finding(
            "plausibility",
            "unverifiable",
            (t.doc,),
            used,
            f"{basis} in {quote(t)} sets no lower bound on the speed: "
            + ("the time has no upper bound." if thi >= INF else "the distance may be nothing."),
            {"mode": mode, "no_speed_bound": True},
            (leg.id,),
        )
    need = dlo / thi
    lim = _sustained(speed_limit(mode, leg.submodes), mode, dlo, tlo)
    top = lim.max_kmh
    ok = need <= top
    if not ok and not ds and leg.inferred:
        # the duration's sentence names no endpoints: it may time a part of the trip (a stop,
        # a tour, a margin), so the trip's whole geodesic is no fair basis for it
        return Finding(
            "plausibility",
            "unverifiable",
            (t.doc,),
            used,
            f"{quote(t)} would need at least {fmt(need, 'km/h')} over {basis[4:]}, the ends of "
            f"the whole trip, beyond the {fmt(top, 'km/h')} {lim.noun} can do; "
            "its own sentence names no endpoints, so it may time a part of the trip: not judged.",
            {"min_speed_kmh": round(need, 3), "max_speed_kmh": top, "mode": mode},
            (leg.id,),
        )
    msg = (
        f"{basis} in {quote(t)} ({fmt_range(tlo, thi, 'h')}) needs at least {fmt(need, 'km/h')} by {mode}, "
        f"{'within' if ok else 'beyond'} the {fmt(top, 'km/h')} {lim.noun} can do ({lim.source})."
    )
    return Finding(
        "plausibility",
        "consistent" if ok else "inconsistent",
        (t.doc,),
        used,
        msg,
        {
            "min_speed_kmh": round(need, 3),
            "max_speed_kmh": top,
            "mode": mode,
            "min_time_h": round(tlo, 3),
            **({"submode": lim.submode} if lim.submode else {}),
        },
        (leg.id,),
    )
