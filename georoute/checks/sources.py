"""Documents against each other: the same leg's figures, the trip's destination."""

from __future__ import annotations

import dataclasses
import itertools

from georoute.base.claims import Claim
from georoute.base.findings import Finding, fmt, fmt_range
from georoute.base.geodesy import geodesic_km
from georoute.checks.common import (
    CheckInput,
    canon,
    finite_or_none,
    is_upper,
    leg_claims,
    quote,
)
from georoute.checks.index import ClaimsByDoc
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


def check_cross_source(inp: CheckInput) -> list[Finding]:
    """The same leg's distance, duration and speed in two documents of one trip, and the
    destinations they name."""
    out = []
    by_doc = ClaimsByDoc(inp)
    for trip in inp.trips:
        # the figures of each kind two reports give for the trip's matching legs, judged
        # together (one report's second figure may time another thing: one verdict)
        paired: dict[tuple, list[Finding]] = {}
        for a, b in _legs_of_other_documents(trip):
            if not legs_match(a, b, inp.places) or not (a.mode and b.mode):
                # (a leg of a report that names no way of travelling is no journey to set
                # against another report's: "hospitalized for three days" in a health story
                # that shares a minister's name with another)
                continue
            for kind in ("distance", "duration", "speed"):
                for ca, cb in itertools.product(leg_claims(a, inp, kind), leg_claims(b, inp, kind)):
                    if is_upper(ca) or is_upper(cb) or not _travel(ca) or not _travel(cb):
                        continue
                    ca, cb = sorted((ca, cb), key=lambda c: c.doc)
                    _, alo, ahi = canon(ca)
                    _, blo, bhi = canon(cb)
                    ok = alo <= bhi and blo <= ahi
                    unit = {"distance": "km", "duration": "h", "speed": "km/h"}[kind]
                    msg = (
                        f"{ca.doc} says {quote(ca)} ({fmt_range(alo, ahi, unit)}) and {cb.doc} says {quote(cb)} "
                        f"({fmt_range(blo, bhi, unit)}) for the same leg; these "
                        f"{'overlap' if ok else 'cannot both be true'}."
                    )
                    paired.setdefault((kind, ca.doc, cb.doc), []).append(
                        Finding(
                            "cross_source",
                            "consistent" if ok else "inconsistent",
                            (ca.doc, cb.doc),
                            (ca.id, cb.id),
                            msg,
                            {
                                "kind": kind,
                                "ranges": {
                                    ca.id: [round(alo, 3), finite_or_none(ahi)],
                                    cb.id: [round(blo, 3), finite_or_none(bhi)],
                                },
                            },
                            tuple(sorted({a.id, b.id})),
                        )
                    )
        for found in paired.values():
            out += _one_verdict(found)
        if len(set(trip.docs)) > 1:  # (one article naming two places is no disagreement)
            out.extend(_destinations(trip, inp, by_doc.of(trip.docs)))
    return out


def _one_verdict(found: list[Finding]) -> list[Finding]:
    """A leg's figures of one kind in two reports, one verdict: where some pair agrees ("38
    hours, 12 minutes" in both), a pair that does not sets one report's figure against another
    thing the other report times (the winners' 33 hours, 50 minutes): not judged."""
    agree = [f for f in found if f.verdict == "consistent"]
    if not agree:
        return found
    return [
        f
        if f.verdict == "consistent"
        else dataclasses.replace(
            f,
            verdict="unverifiable",
            message=f.message
            + " But the reports also agree on this leg ("
            + agree[0].message.split(" for the same leg")[0]
            + "): this pair more likely times different things; not judged.",
        )
        for f in found
    ]


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
    out = []
    for x, y in itertools.combinations(ids, 2):
        px, py = inp.places[x], inp.places[y]
        if len(docs[x] | docs[y]) < 2:
            continue  # one article naming two places is not two sources disagreeing
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
