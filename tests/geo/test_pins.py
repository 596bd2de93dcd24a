"""Pins: the person says which place a name means (``--place "Dublin=Dublin, Ohio"``)."""

from __future__ import annotations

import pytest

from georoute.base.errors import UsageError
from georoute.geo.pins import PinnedGazetteer, parse_pin, pinned


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


def test_pins_are_applied_to_every_article_and_recorded(gaz, tmp_path):
    from georoute.cli import main
    from georoute.outputs.report import validate
    from georoute.verify import verify

    text = "date 2023-09-12\nThe ferry sailed from Holyhead to Dublin, 2,500 km, in three hours.\n"
    plain = verify(texts=[text], gazetteer=gaz)
    report = verify(
        texts=[text], gazetteer=gaz, pins=["Dublin=Dublin, Ohio", "Holyhead=Holyhead, Wales"]
    )
    countries = {p.name: p.country for p in report.places.values()}
    assert {p.name: p.country for p in plain.places.values()}["Dublin"] == "IE"
    assert countries["Dublin"] == "US" and countries["Holyhead"] == "GB"
    d = report.to_dict()
    validate(d)
    assert [p["target"] for p in d["pins"]] == ["Dublin, Ohio", "Holyhead, Wales"]
    # 2,500 km across the Atlantic: the pinned places decide the geodesic bound (a figure under a
    # third of the geodesic would be read as a misread end or a stretch, not judged)
    assert any(f.check == "geodesic_bound" and f.verdict == "inconsistent" for f in report.findings)
    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(
        ["verify", str(art), "-q", "--place", "Dublin=Dublin, Ohio", "--json", str(out)]
    ) in (0, 1)
    assert "Dublin, Ohio" in out.read_text()
    assert main(["verify", str(art), "-q", "--place", "Dublin"]) == 2
