"""The map's basemap: every 1:10m vertex around the trip, simplified arcs elsewhere, arcs still
shared (so borders meet and are drawn once), the same bytes run to run."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely

from georoute.base.basemap import borders_topology
from georoute.outputs.render import basemap_topology

#: Around the Korea-Russia border (west, south, east, north).
NEAR = (120.0, 35.0, 140.0, 50.0)


def _absolute(arc: list) -> np.ndarray:
    return np.cumsum(np.asarray(arc, dtype=np.int64).reshape(-1, 2), axis=0)


def _degrees(topo: dict, arc: list) -> np.ndarray:
    t = topo["transform"]
    return _absolute(arc) * np.asarray(t["scale"]) + np.asarray(t["translate"])


@pytest.fixture(scope="module")
def pair():
    return borders_topology(), basemap_topology(shapely.box(*NEAR))


def test_arcs_near_the_trip_are_the_full_ones_and_the_rest_fewer(pair):
    full, mixed = pair
    assert mixed["objects"] == full["objects"] and mixed["transform"] == full["transform"]
    assert len(mixed["arcs"]) == len(full["arcs"])
    near = far = 0
    w, s, e, n = NEAR
    for a, b in zip(full["arcs"], mixed["arcs"], strict=True):
        pts = _degrees(full, a)
        inside = ((pts[:, 0] >= w) & (pts[:, 0] <= e) & (pts[:, 1] >= s) & (pts[:, 1] <= n)).any()
        if inside:
            assert b == a  # every vertex of an arc that reaches the box
            near += 1
        else:
            far += b != a
            assert len(b) <= len(a)
        # the same end points: rings close and neighbouring countries still share their border
        assert (_absolute(b)[[0, -1]] == _absolute(a)[[0, -1]]).all()
    assert near > 50 and far > 1000
    kept = sum(len(a) for a in mixed["arcs"]) / sum(len(a) for a in full["arcs"])
    assert kept < 0.3


def test_kept_vertices_are_original_ones(pair):
    full, mixed = pair
    for a, b in zip(full["arcs"][:400], mixed["arcs"][:400], strict=True):
        orig = {tuple(p) for p in _absolute(a).tolist()}
        assert {tuple(p) for p in _absolute(b).tolist()} <= orig


def test_rings_stay_rings():
    coarse = basemap_topology(None)
    full = borders_topology()
    for a, b in zip(full["arcs"], coarse["arcs"], strict=True):
        pa, pb = _absolute(a), _absolute(b)
        if len(pa) >= 4 and (pa[0] == pa[-1]).all():
            assert len(pb) >= 4


def test_same_bytes_run_to_run():
    one = json.dumps(basemap_topology(shapely.box(*NEAR)), separators=(",", ":"))
    two = json.dumps(basemap_topology(shapely.box(*NEAR)), separators=(",", ":"))
    assert one == two


def test_trip_area_covers_both_sides_of_the_antimeridian():
    """A Tokyo-Los Angeles line drawn unwrapped (longitudes past 180) keeps the detail of the
    coast at Los Angeles, at -118."""
    from georoute.outputs.render import trip_area

    area = trip_area([{"items": [{"line": [[35.7, 139.7], [45.0, 180.0], [34.0, 241.8]]}]}])
    assert area.contains(shapely.Point(-118.2, 34.0)) and area.contains(shapely.Point(139.7, 35.7))
    assert not area.contains(shapely.Point(10.0, 50.0))
    assert trip_area([{"items": []}]) is None


def test_seeds_map_carries_a_fraction_of_the_world(gaz):
    """The seeds' map carries under a third of the whole-world 1:10m basemap it used to (the
    land it keeps under the routes is tests/base/test_basemap.py's to check)."""
    from georoute.outputs.render import map_html
    from georoute.verify import verify
    from tests.conftest import SEEDS
    from tests.outputs.test_render import page_data

    def size(topo: dict) -> int:
        return len(json.dumps(topo, separators=(",", ":")))

    page = map_html(verify([SEEDS], gazetteer=gaz))
    assert size(page_data(page)["basemap"]) < size(borders_topology()) / 3
