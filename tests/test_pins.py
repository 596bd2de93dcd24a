"""Pins: the person says which place a name means (``--place "Dublin=Dublin, Ohio"``)."""

from __future__ import annotations

import pytest

from georoute.errors import UsageError
from georoute.pins import PinnedGazetteer, parse_pin, pinned


@pytest.mark.parametrize(
    ("spec", "country", "admin1"),
    [
        ("Dublin=Dublin, Ohio", "US", "OH"),
        ("Athens=Athens, Georgia", "US", "GA"),
        ("Athens=Athens, Greece", "GR", None),
        ("London=London, Ontario", "CA", None),
        ("Paris=Paris, Texas", "US", "TX"),
    ],
)
def test_a_pin_lands_in_the_region_it_names(gaz, spec, country, admin1):
    place = parse_pin(spec, gaz).place
    assert place.country == country
    if admin1:
        assert place.admin1 == admin1


@pytest.mark.parametrize("spec", ["Dublin", "=Dublin, Ohio", "Dublin=", "Dublin=Nowhereville"])
def test_a_bad_pin_is_a_usage_error(gaz, spec):
    with pytest.raises(UsageError, match="--place"):
        parse_pin(spec, gaz)


def test_a_pinned_name_means_its_place_and_nothing_else_changes(gaz):
    pg = pinned(gaz, ["Dublin=Dublin, Ohio"])
    assert isinstance(pg, PinnedGazetteer)
    res = pg.resolve("Dublin", context="The ferry sailed from Holyhead to Dublin.")
    assert (res.place.country, res.place.admin1) == ("US", "OH") and "pinned" in res.reason
    assert [p.country for p, _ in pg.candidates("dublin")] == ["US"]
    assert pg.resolve("London").place.country == gaz.resolve("London").place.country == "GB"
    assert gaz.resolve("Dublin", context="Holyhead to Dublin").place.country == "IE"
    assert pinned(gaz, []) is gaz
