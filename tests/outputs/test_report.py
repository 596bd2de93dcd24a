"""The report formats (georoute.outputs.report): one serialisation of a place, one home for the
data credits, the finding rows of REPORT.md, CSV and GeoJSON from the same report."""

from __future__ import annotations

import csv
import io
import json

import pytest

from georoute.base.credits import MAP_CREDIT, RAIL_CREDIT, RAIL_DATA, REPORT_CREDITS
from georoute.geo.geocoder import OfflineGeocoder
from georoute.outputs.render import ATTRIBUTION
from georoute.outputs.report import (
    finding_row,
    report_dict,
    to_csv_text,
    to_geojson,
    validate,
)
from georoute.verify import verify
from georoute.versions import versions
from tests.conftest import ARTICLES

FINDING_KEYS = ["id", "check", "verdict", "docs", "claims", "message", "computed", "legs"]


@pytest.fixture(scope="module")
def report(gaz):
    return verify([ARTICLES / "shinkansen.txt"], gazetteer=gaz)


def test_a_place_is_written_one_way_everywhere(report, gaz):
    """The report's place rows, the geocoder's raw answer and the CLI all start from
    Place.to_dict (issue 11: the place record was serialised in four places)."""
    data = report_dict(report)
    for row in data["places"]:
        place = report.places[row["id"]]
        assert {k: row[k] for k in place.to_dict()} == place.to_dict()
    p = next(iter(report.places.values()))
    raw = OfflineGeocoder(gaz).geocode(p.name).raw
    best = gaz.resolve(p.name).place
    assert {k: raw[k] for k in best.to_dict()} == best.to_dict()
    assert json.loads(json.dumps(p.to_dict())) == p.to_dict(), "JSON-ready as it is"


def test_the_data_credits_have_one_home(report):
    data = report_dict(report)["data"]
    assert data["rail"] == RAIL_DATA and data["attribution"] == REPORT_CREDITS
    assert ATTRIBUTION == MAP_CREDIT and RAIL_CREDIT in MAP_CREDIT
    assert RAIL_DATA in versions()["data"]["rail"]


def test_finding_rows_are_the_report_contract_and_keep_no_route(report):
    """A finding's route (Finding.route, for the map) is not a report field: the rows keep
    REPORT.md's keys, and the report validates against the shipped schema."""
    routed = [f for f in report.findings if f.route is not None]
    assert routed, "route_length routes the article's rail distance"
    assert list(finding_row(routed[0], "F1")) == FINDING_KEYS
    validate(json.loads(json.dumps(report_dict(report))))


def test_csv_and_geojson_carry_every_finding(report):
    rows = list(csv.DictReader(io.StringIO(to_csv_text(report))))
    assert len(rows) == len(report.findings)
    assert {r["verdict"] for r in rows} == {f.verdict for f in report.findings}
    geo = json.loads(to_geojson(report))
    assert geo["type"] == "FeatureCollection"
    found = [ft for ft in geo["features"] if "verdict" in ft["properties"]]
    assert len(found) == len(report.findings)
