"""Claims as value objects: one type per kind, one serialisation for every output."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import pickle

import pytest

from georoute.base.claims import (
    CLAIM_TYPES,
    Claim,
    DirectionClaim,
    Kind,
    PlaceClaim,
    QuantityClaim,
    TimeClaim,
    new_claim,
)

#: The keys of REPORT.md's claim row, in the order the report writes them.
ROW_KEYS = [
    "id", "doc", "kind", "text", "start", "end", "value", "unit", "low", "high", "hedge",
    "same_as", "leg", "places", "mode", "relation", "speculative", "window", "zone",
]  # fmt: skip


def test_every_kind_has_exactly_one_type():
    assert set(CLAIM_TYPES) == set(Kind)
    assert {
        Kind.DISTANCE: QuantityClaim,
        Kind.SPEED: QuantityClaim,
        Kind.DURATION: QuantityClaim,
        Kind.DATE: TimeClaim,
        Kind.TIME: TimeClaim,
        Kind.PLACE: PlaceClaim,
        Kind.DIRECTION: DirectionClaim,
        Kind.HEADING: DirectionClaim,
    } == CLAIM_TYPES
    for kind, cls in CLAIM_TYPES.items():
        c = new_claim("c1", "d", kind.value, "x", 0, 1)
        assert type(c) is cls and c.kind is kind


@pytest.mark.parametrize("kind", list(Kind))
def test_a_claim_of_the_wrong_type_for_its_kind_is_refused(kind):
    for cls in {QuantityClaim, TimeClaim, PlaceClaim, DirectionClaim} - {CLAIM_TYPES[kind]}:
        with pytest.raises(TypeError, match=f"a {kind} claim is a {CLAIM_TYPES[kind].__name__}"):
            cls("c1", "d", kind, "x", 0, 1)
    with pytest.raises(TypeError):
        Claim("c1", "d", kind, "x", 0, 1)  # the base is no claim type of its own
    with pytest.raises(ValueError):
        new_claim("c1", "d", "weight", "5 kg", 0, 4)


def test_each_type_has_only_its_own_fields():
    names = {cls: {f.name for f in dataclasses.fields(cls)} for cls in set(CLAIM_TYPES.values())}
    assert "begin" not in names[QuantityClaim] and "hedge" not in names[TimeClaim]
    assert "value" not in names[PlaceClaim] | names[DirectionClaim] | names[TimeClaim]
    assert not {"unit", "begin", "zone", "figure"} & {f.name for f in dataclasses.fields(Claim)}


def _examples() -> list[Claim]:
    t = dt.datetime(2023, 9, 10, 14)
    return [
        QuantityClaim(
            "d:c1", "d", "duration", "over 20 hours", 0, 13, 20.0, "h", 20.0, math.inf, "over",
            figure=(19.5, 20.5), relation="leg", places=(1, None), leg="d:L1", mode="train",
        ),
        QuantityClaim("d:c2", "d", "distance", "1,180 km", 20, 28, 1180.0, "km", 1175.0, 1185.0),
        TimeClaim(
            "d:c3", "d", "time", "2 p.m. BST", 30, 40, begin=t, until=t + dt.timedelta(hours=1),
            weekday=6, date=t.date(), zone="Europe/London", relation="departure",
        ),
        TimeClaim("d:c4", "d", "date", "Sunday", 41, 47, weekday=6, event="forum"),
        PlaceClaim("d:c5", "d", "place", "Kazan", 50, 55, name="Kazan", places=(7,),
                   relation="destination", speculative=True),
        DirectionClaim("d:c6", "d", "direction", "north", 60, 65, sector="N", places=(7, 8),
                       relation="separation"),
        DirectionClaim("d:c7", "d", "heading", "east", 70, 74, sector="E", relation="heading"),
    ]  # fmt: skip


def test_to_dict_is_the_report_row():
    """One serialisation of a claim, used by the report, the corpus output and the CLI: open
    interval ends become None (strict JSON), enums their values, the window ISO strings; every
    type writes every key, in one order."""
    q, _, t, d, p, s, h = (c.to_dict() for c in _examples())
    for row in (q, t, d, p, s, h):
        assert list(row) == ROW_KEYS
        assert json.loads(json.dumps(row, allow_nan=False)) == json.loads(json.dumps(row))
    assert q["high"] is None and q["low"] == 20.0 and q["hedge"] == "over"
    assert q["places"] == [1, None] and q["relation"] == "leg" and q["window"] is None
    assert t["window"] == ["2023-09-10T14:00:00", "2023-09-10T15:00:00"]
    assert t["value"] == "2023-09-10T14:00:00" and t["zone"] == "Europe/London"
    assert t["unit"] is None and t["low"] is None
    assert d["window"] is None and d["value"] is None  # a weekday without a dateline
    assert p["value"] == "Kazan" and p["speculative"] is True and p["window"] is None
    assert s["value"] == "N" and h["value"] == "E" and s["unit"] is None


@pytest.mark.parametrize("c", _examples(), ids=lambda c: c.id)
def test_round_trip_per_type(c):
    """The row holds what the claim states: a claim made again from its row's fields (and the
    fields the row leaves out) is equal, and pickling (Dask workers) keeps type and fields."""
    row = c.to_dict()
    own = {f.name for f in dataclasses.fields(c)}
    again = {k: v for k, v in row.items() if k in own}
    again["places"] = tuple(row["places"])
    if isinstance(c, QuantityClaim):
        again["low"], again["high"] = c.low, c.high  # an open end is None in the row
        again["figure"] = c.figure
    elif isinstance(c, TimeClaim):
        if row["window"]:
            again["begin"], again["until"] = map(dt.datetime.fromisoformat, row["window"])
        again.update(weekday=c.weekday, date=c.date, event=c.event)
    elif isinstance(c, PlaceClaim):
        again["name"] = row["value"]
    else:
        again["sector"] = row["value"]
    again["year"] = c.year
    assert new_claim(**again) == c
    back = pickle.loads(pickle.dumps(c))
    assert back == c and type(back) is type(c) and back.to_dict() == row
