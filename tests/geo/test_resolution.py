"""Resolution value objects: the quick candidate constructor and the context's latitude order."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from georoute.base.places import Place
from georoute.geo.mentions import find_mentions
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


def _without_by_filters(ctx, norm):
    """:meth:`ResolutionContext.without` as it was first written (by filters over the context):
    the reference its index-based form must agree with."""
    names = {p[2] for p in ctx.points} | {n[0] for n in ctx.named}
    if norm not in names:
        return ctx
    pts = tuple(p for p in ctx.points if p[2] != norm)
    named = tuple(n for n in ctx.named if n[0] != norm)
    if len(named) == len(ctx.named):
        return ResolutionContext(ctx.countries, ctx.regions, pts, ctx.features, named)
    kept = [*named, *(n for n in ctx.named if n[0] == norm and n[2] is None)]
    countries = frozenset(c for _, cc, _ in kept for c in cc.split("|") if c)
    regions = frozenset((cc, r) for _, cc, r in named if r)
    return ResolutionContext(countries, regions, pts, ctx.features, named)


_NAMES = st.sampled_from(["paris", "lyon", "texas", "georgia", "nice"])
_ENTRIES = st.tuples(
    _NAMES,
    st.sampled_from(["FR", "US", "GE", "", "AR|UY"]),
    st.sampled_from([None, "", "TX", "11"]),
)
_POINTS = st.tuples(st.floats(-60, 60), st.floats(-170, 170), _NAMES)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ENTRIES, max_size=8), st.lists(_POINTS, max_size=6), _NAMES, st.booleans())
def test_a_context_without_a_name_is_the_one_its_filters_made(named, points, norm, shuffled):
    named = tuple(named if shuffled else sorted(named, key=str))
    ctx = ResolutionContext(frozenset({"FR"}), frozenset(), tuple(points), frozenset(), named)
    got, want = ctx.without(norm), _without_by_filters(ctx, norm)
    assert got == want
    assert got.named_countries == want.named_countries
    assert got.by_latitude == want.by_latitude


def test_a_street_the_index_lacks_stands_in_the_town_the_text_is_about(gaz):
    text = (
        "Flooding closed shops across Savannah on Monday. In Savannah, water reached Bull "
        "Street and the Lucas Theatre, and a school in Atlanta sent volunteers to Savannah."
    )
    for name in ("Bull Street", "Lucas Theatre"):
        res = gaz.resolve(name, context=text)
        assert res.place is not None and res.place.name == "Savannah", name
        assert "town the text names most" in res.reason
    assert gaz.resolve("Bull Street").place is None  # no text, no town to stand in


def test_a_road_number_stands_in_the_town_the_text_is_about(gaz):
    text = (
        "Lorries queued outside Swindon after a crash. Swindon's bypass reopened, but the "
        "A4312 stayed shut until Swindon police cleared it."
    )
    res = gaz.resolve("A4312", context=text)
    assert res.place is not None and res.place.name == "Swindon"
    assert "road" in res.reason
    assert gaz.resolve("a4312", context=text).place is None  # a road number is capitalised


def test_a_street_stays_unplaced_when_no_town_leads(gaz):
    text = "Crews from Savannah and Atlanta cleared Bull Street after the storm."
    assert gaz.resolve("Bull Street", context=text).place is None
    text = "Bull Moose was seen between Savannah and Atlanta."
    assert gaz.resolve("Bull Moose", context=text).place is None


def test_a_longer_name_opened_by_the_name_does_not_vouch_for_it(gaz):
    # "Oklahoma City" in the text is where the text means the city, not what "Oklahoma" is
    text = "Teachers rallied in Oklahoma City on Monday. Oklahoma lawmakers met again on Friday."
    res = gaz.resolve("Oklahoma", context=text)
    assert res.place is not None and "admin1" in res.place.kinds
    # another name of the same place still vouches for it
    text = "Flights to Santiago de Chile resumed. In Santiago, crowds gathered."
    assert gaz.resolve("Santiago", context=text).place.country == "CL"


def test_a_short_other_name_inside_a_longer_one_places_nothing(gaz):
    # "Air" is another name of Ayr and "St" of Sète: neither stands for the longer name
    text = "Drivers were stuck at the Air Balloon junction near Birdlip."
    assert gaz.resolve("Air Balloon", context=text).place is None
    assert (
        gaz.resolve("St Fagans Road").place is None
        or gaz.resolve("St Fagans Road").place.name != "Sète"
    )
    # a short main name or a country's code still holds its place
    assert gaz.resolve("Ayr Harbour Trust").place.name == "Ayr"
    assert gaz.resolve("UK Border Force").place.name == "United Kingdom"


def test_a_county_beside_a_named_town_is_that_towns_county(gaz):
    text = (
        "Two inmates were caught in Chattanooga on Friday and taken to the Hamilton County "
        "jail, the Walker County Sheriff's Office said."
    )
    for name, state in (("Hamilton County", "TN"), ("Walker County", "GA")):
        res = gaz.resolve(name, context=text)
        assert (res.place.country, res.place.admin1) == ("US", state), res.reason


def test_a_town_keeps_its_name_beside_the_district_named_after_it(gaz):
    text = (
        "The road from Perth reaches Kalgoorlie after Northam and Southern Cross; the "
        "Kalgoorlie-Boulder council runs the town."
    )
    kinds = {m.text: m.place.kinds for m in find_mentions(text, gaz)}
    assert "populated_place" in kinds["Kalgoorlie"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Council members in Sarasota and Tampa asked Florida lawmakers to heed "
            "the Venice Commission before the vote.",
            "Venice",
            "IT",
        ),
        (
            "Ranchers near Dallas, Texas, and Austin argued over the Paris climate accord "
            "at a meeting in Texas.",
            "Paris",
            "FR",
        ),
    ],
)
def test_a_town_written_only_in_a_treatys_name_is_read_alone(gaz, text, name, country):
    assert gaz.resolve(name, context=text).place.country == country


def test_a_town_written_alone_too_keeps_the_storys_reading(gaz):
    text = (
        "Ranchers in Paris, Texas, near Dallas, argued over the Paris Agreement "
        "at a meeting in Texas."
    )
    assert gaz.resolve("Paris", context=text).place.country == "US"


def test_a_villages_other_name_yields_to_the_metropolis_of_that_name(gaz):
    text = "The choir from Dayton and Springfield, Ohio, sang for a week in Paris."
    assert gaz.resolve("Paris", context=text).place.country == "FR"
