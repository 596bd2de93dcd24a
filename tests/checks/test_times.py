"""Checks over many trips read only their own trip's claims: the findings of a corpus are the
findings of its trips taken one at a time, and routing is asked once per pair of places."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from georoute.base.claims import QuantityClaim, TimeClaim
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
        assert list(idx.of(trip.docs)) == [c for c in inp.claims.values() if c.doc in trip.docs]
        # trips of the same documents share one list, and one value derived from it
        assert idx.of(trip.docs + trip.docs) is idx.of(trip.docs)
        assert idx.derived(trip.docs, list) is idx.derived(trip.docs, list)
    assert idx.of(["no such document"]) == ()


def _rail_leg(doc: str, pyo, vla, km: float) -> tuple[QuantityClaim, TripLeg]:
    c = QuantityClaim(
        f"{doc}c", doc, "distance", f"{km:g} km", 0, 1, km, "km", km - 1, km + 1, leg="L"
    )
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


# -- the timeline check on its own: departure and arrival windows against a stated duration ---
def _timeline(dep_local, arr_local, hours, tz_o="Europe/Paris", tz_d="Europe/Paris"):
    """check_timeline on one leg: departure and arrival (local wall times, None when the
    article has no dateline), and a duration claim allowing ``hours`` = (low, high)."""
    from georoute.base.places import Place

    o = Place(1, "Origin", 51.5, -0.1, "XX", tz_o, "test")
    d = Place(2, "Destination", 48.9, 2.35, "XX", tz_d, "test")

    def window(t):
        return {} if t is None else {"begin": t, "until": t + dt.timedelta(minutes=1)}

    claims = {
        "dep": TimeClaim(
            "dep", "a", "time", "dep", 0, 3, relation="departure", **window(dep_local)
        ),
        "arr": TimeClaim("arr", "a", "time", "arr", 4, 7, relation="arrival", **window(arr_local)),
        "dur": QuantityClaim(
            "dur", "a", "duration", "dur", 8, 11, hours[0], "h", hours[0], hours[1], leg="a:1"
        ),
    }
    leg = TripLeg("a:1", 1, 2, "train", ("a",), ("dur",), "T1")
    return check_timeline(CheckInput(claims, {1: o, 2: d}, (Trip("T1", ("a",), 1, 2, (leg,)),)))


DAY = dt.datetime(2024, 5, 6)


@pytest.mark.parametrize(
    ("hours", "verdict"),
    [((1.5, 2.5), "consistent"), ((0.5, 1.5), "inconsistent"), ((3.5, 4.5), "inconsistent")],
)
def test_timeline_holds_the_duration_to_the_times(hours, verdict):
    (f,) = _timeline(DAY.replace(hour=9, minute=15), DAY.replace(hour=11, minute=20), hours)
    assert f.check == "timeline" and f.verdict == verdict
    assert set(f.claims) == {"dep", "arr", "dur"}


def test_timeline_reads_each_wall_time_in_its_own_zone():
    """09:00 in London to 12:20 in Paris is 2 h 20 min (Paris is an hour ahead), not 3 h 20."""
    dep, arr = DAY.replace(hour=9), DAY.replace(hour=12, minute=20)
    (f,) = _timeline(dep, arr, (2.2, 2.5), "Europe/London", "Europe/Paris")
    assert f.verdict == "consistent"
    assert f.computed["departure_tz"] == "Europe/London"
    (g,) = _timeline(dep, arr, (2.2, 2.5), "Europe/Paris", "Europe/Paris")
    assert g.verdict == "inconsistent"


def test_timeline_without_a_dateline_is_unverifiable_not_guessed():
    out = _timeline(None, None, (1.5, 2.5))
    assert out and all(f.verdict == "unverifiable" for f in out)
    assert all("dateline" in f.message for f in out)


def test_dateless_clocks_that_fit_no_duration_are_judged_against_their_own(gaz):
    """When no stated duration fits the clock times, the finding names the one written with
    them, not another trip's that happens to come closer in value."""
    from georoute.base.documents import Document

    text = (
        "The train left Madrid at 7:00 a.m. and arrived in Valencia at 9:30 a.m., a journey "
        "of four hours. In 1992 the same trip took three and a half hours."
    )
    report = verify([Document("d", text)], gazetteer=gaz)
    timeline = [f for f in report.findings if f.check == "timeline"]
    used = {c.text for f in timeline for c in report.claims if c.id in f.claims}
    assert [f.verdict for f in timeline] == ["inconsistent"]
    assert "four hours" in used and "three and a half hours" not in used


def test_a_flood_of_times_with_no_leg_says_so_and_keeps_its_claims(gaz):
    """A text repeating one departure hundreds of times has no figure to pair them with: one
    bounded unverifiable finding says why, and every claim stays in the report."""
    from georoute.base.documents import Document

    text = "date 2024-05-01\n\n" + "On Monday the ship left Aden for Djibouti. " * 250
    report = verify([Document("d", text)], gazetteer=gaz)
    (f,) = report.findings
    assert (f.check, f.verdict) == ("timeline", "unverifiable")
    assert "250 departure" in f.message and "timetable" in f.message
    assert sum(c.kind == "time" for c in report.claims) == 250
    one = verify([Document("d", text[:60])], gazetteer=gaz)
    assert not one.findings
