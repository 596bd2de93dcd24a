"""Resolution value objects: the quick candidate constructor and the context's latitude order."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from georoute.base.places import Place
from georoute.geo.resolution import Candidate, ResolutionContext

_PLACE = Place(7, "Dover", 51.13, 1.31, "GB", None, "test", population=30_000)


@given(
    st.floats(allow_nan=False),
    st.booleans(),
    st.lists(st.text(max_size=5), max_size=3).map(tuple),
    st.booleans(),
    st.booleans(),
    st.none() | st.floats(min_value=0, max_value=1000),
    st.booleans(),
)
def test_scored_makes_the_candidate_the_constructor_makes(score, primary, why, cc, cr, near, fm):
    quick = Candidate.scored(_PLACE, score, primary, why, cc, cr, near, fm)
    slow = Candidate(_PLACE, score, primary, why, cc, cr, near, fm)
    assert quick == slow and hash(quick) == hash(slow) and repr(quick) == repr(slow)
    assert dataclasses.astuple(quick) == dataclasses.astuple(slow)


def test_by_latitude_orders_points_by_latitude_keeping_ties_in_order():
    pts = ((10.0, 5.0, "b"), (-3.0, 1.0, "a"), (10.0, 1.0, "c"))
    lats, points = ResolutionContext(points=pts).by_latitude
    assert lats == [-3.0, 10.0, 10.0]
    assert points == [(-3.0, 1.0, "a"), (10.0, 5.0, "b"), (10.0, 1.0, "c")]
