"""Checks over many trips read only their own trip's claims: the findings of a corpus are the
findings of its trips taken one at a time, and routing is asked once per pair of places."""

from __future__ import annotations

import json

import pytest

from georoute.base.claims import Claim
from georoute.checks import (
    CheckInput,
    check_calendar,
    check_cross_source,
    check_route_length,
    check_timeline,
)
from georoute.checks.index import ClaimsByDoc
from georoute.rail import RouteError
from georoute.trips import Trip, TripLeg
from georoute.verify import verify
from tests.conftest import ARTICLES, SEEDS

LOCAL_CHECKS = (check_timeline, check_calendar, check_cross_source, check_route_length)


def _key(f) -> str:
    return json.dumps([f.check, f.verdict, f.docs, f.claims, f.message, f.legs], default=str)


@pytest.fixture(scope="module")
def corpus_input(gaz) -> CheckInput:
    """Every test article and the seeds verified together: many trips, some of several
    documents, some with a trip of another year split off."""
    report = verify([SEEDS, *sorted(ARTICLES.glob("*.txt"))], gazetteer=gaz)
    claims = {c.id: c for c in report.claims}
    return CheckInput(claims, report.places, report.trips, router=lambda ps: _never(ps))


def _never(_places):
    raise RouteError("no network in this test")


@pytest.mark.parametrize("check", LOCAL_CHECKS, ids=lambda c: c.__name__)
def test_a_check_over_the_corpus_is_its_trips_one_at_a_time(corpus_input, check):
    inp = corpus_input
    assert len(inp.trips) > 20 and any(len(t.docs) > 1 for t in inp.trips)
    whole = {_key(f) for f in check(inp)}
    one_by_one = set()
    for trip in inp.trips:
        mine = {cid: c for cid, c in inp.claims.items() if c.doc in trip.docs}
        alone = CheckInput(mine, inp.places, (trip,), router=inp.router)
        one_by_one |= {_key(f) for f in check(alone)}
    assert whole == one_by_one
    assert whole, f"{check.__name__} finds something on the test articles"


def test_claims_by_doc_keep_the_input_order(corpus_input):
    inp = corpus_input
    idx = ClaimsByDoc(inp)
    for trip in inp.trips:
        assert idx.of(trip.docs) == [c for c in inp.claims.values() if c.doc in trip.docs]
    assert idx.of(["no such document"]) == []


def _rail_leg(doc: str, pyo, vla, km: float) -> tuple[Claim, TripLeg]:
    c = Claim(f"{doc}c", doc, "distance", f"{km:g} km", 0, 1, km, "km", km - 1, km + 1, leg="L")
    return c, TripLeg(f"{doc}:L", pyo.id, vla.id, "train", (doc,), (c.id,), f"T{doc}")


def test_router_asked_once_per_pair_and_failures_remembered(gaz):
    pyo, vla = gaz.resolve("Pyongyang").place, gaz.resolve("Vladivostok").place
    claims, trips = {}, []
    for doc in ("a", "b", "c"):
        c, leg = _rail_leg(doc, pyo, vla, 1180)
        claims[c.id] = c
        trips.append(Trip(leg.trip, (doc,), pyo.id, vla.id, (leg,)))
    calls = []

    def router(places):
        calls.append(tuple(p.id for p in places))
        raise RouteError("off the network")

    fs = check_route_length(CheckInput(claims, {pyo.id: pyo, vla.id: vla}, tuple(trips), router))
    assert calls == [(pyo.id, vla.id)]
    assert [f.verdict for f in fs] == ["unverifiable"] * 3
    assert all("off the network" in f.message for f in fs)


def test_no_rail_leg_never_asks_the_router(gaz):
    report = verify([ARTICLES / "drive_ok.txt", ARTICLES / "flight_tz_ok.txt"], gazetteer=gaz)
    claims = {c.id: c for c in report.claims}

    def router(_places):
        raise AssertionError("the rail network was asked for a trip without rail")

    fs = check_route_length(CheckInput(claims, report.places, report.trips, router))
    assert fs and all(f.verdict == "unverifiable" for f in fs)
