"""The basemap right at every zoom (issue 15 item 1): the page draws Natural Earth 1:10m land and
borders, tiled in the browser; drawn rail routes and places lie on the land the page itself
draws, in its data and in its pixels (headless Chromium, network blocked, three zooms); the same
borders decide which countries a route passes."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import Point
from shapely.ops import unary_union

from georoute.base.basemap import borders_topology, country_at, decode_topojson
from georoute.outputs.render import LAND_FILL, render_map
from georoute.rail import rail_network
from georoute.verify import verify
from tests.browser import guarded_page, needs_chromium
from tests.conftest import SEEDS
from tests.outputs.test_render import page_data

#: How far (degrees) a drawn point may lie off the drawn land: the 1:10m TopoJSON is quantised
#: to 0.0036 degrees of longitude, and railways and cities run along the coast.
TOLERANCE_DEG = 0.01
TUMEN = (42.42, 130.64)  # where the route crosses from North Korea into Russia
VLADIVOSTOK = (43.12, 131.89)
#: Points at sea in the views below, to show that the pixel probe can say "sea".
SEA = [(40.5, 131.5), (42.95, 132.05), (41.0, 133.5)]


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory, gaz):
    out = tmp_path_factory.mktemp("basemap") / "seeds.html"
    render_map(verify([SEEDS], gazetteer=gaz), out)
    return out


def _drawn(data: dict, layer_name: str, key: str) -> list[list[float]]:
    items = [it for layer in data["layers"] if layer["name"] == layer_name for it in layer["items"]]
    if key == "line":
        return [p for it in items for p in it["line"]]
    return [it["at"] for it in items]


def test_pyongyang_vladivostok_stays_in_north_korea_and_russia(gaz):
    pyo, vla = gaz.resolve("Pyongyang").place, gaz.resolve("Vladivostok").place
    route = rail_network().route([pyo, vla])
    assert route.countries == ("KP", "RU"), "no third country on the 1:10m borders"
    assert route.notes == ()
    assert country_at(39.03, 125.75).name == "North Korea"
    assert country_at(*VLADIVOSTOK).name == "Russia"
    assert country_at(*SEA[0]) is None


def test_the_page_draws_the_whole_world_at_10m(seeds_page):
    data = page_data(seeds_page.read_text(encoding="utf-8"))
    topo = data["basemap"]
    # the borders of record, unsimplified, wherever an arc comes within 1 degree of a drawn
    # point (simplified elsewhere: tests/test_render_basemap.py)
    full = borders_topology()
    drawn = shapely.MultiPoint(
        [
            (p[1], p[0])
            for p in [*_drawn(data, "Rail routes", "line"), *_drawn(data, "Places", "at")]
        ]
    ).buffer(1.0)
    near = [i for i, g in enumerate(_arc_lines(full)) if g.intersects(drawn)]
    assert len(near) > 10 and all(topo["arcs"][i] == full["arcs"][i] for i in near)
    assert set(topo["objects"]) == {"countries", "land"}
    assert seeds_page.stat().st_size < 6_000_000


def _arc_lines(topo: dict) -> list:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(shapely.LineString(pts if len(pts) > 1 else pts * 2))
    return out


def test_routes_and_places_lie_on_the_land_the_page_draws(seeds_page):
    data = page_data(seeds_page.read_text(encoding="utf-8"))
    land = unary_union([g for _, g in decode_topojson(data["basemap"], "land")])
    near = land.buffer(TOLERANCE_DEG)
    shapely.prepare(near)
    routes = _drawn(data, "Rail routes", "line")
    places = _drawn(data, "Places", "at")
    assert len(routes) > 500 and len(places) >= 5
    off = [p for p in [*routes, *places] if not near.contains(Point(p[1], p[0]))]
    assert off == [], f"{len(off)} drawn points lie at sea: {off[:5]}"
    assert not near.contains(Point(SEA[0][1], SEA[0][0]))


#: For each point [lat, lon]: whether the basemap's own canvas shows land fill (or the coast line
#: drawn over it) within one pixel of it; null when the point is outside the view.
_PIXELS_UNDER = """async ({zoom, center, points, fill}) => {
  const map = window.map_georoute;
  const base = Object.values(map._layers).find(l => l instanceof L.VectorGrid);
  const sleep = ms => new Promise(done => setTimeout(done, ms));
  const frame = () => Promise.race([new Promise(done => requestAnimationFrame(done)), sleep(100)]);
  map.setView(center, zoom, {animate: false});
  // Ready: no tile of this zoom still loading, then the canvases painted (VectorGrid marks a tile
  // loaded one frame after queueing its paths; the canvas renderer paints on a later frame).
  const here = () => Object.values(base._tiles).filter(t => t.coords.z === zoom);
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline && (base.isLoading() || here().length === 0
                                   || !here().every(t => t.loaded))) {
    await sleep(50);
  }
  // ...and painted: every tile under a point in view holds some drawn pixel (each such tile
  // shows some land or coast whether or not the point is on it), else wait for the canvas
  // renderer's frame (a loaded tile can still be blank under load).
  const view = map.getBounds();
  const keys = new Set(points.filter(pt => view.contains(pt)).map(pt => {
    const p = map.project(pt, zoom);
    return Math.floor(p.x / 256) + ":" + Math.floor(p.y / 256) + ":" + zoom;
  }));
  const painted = key => {
    const tile = base._tiles[key];
    if (!tile || !tile.el.width) { return false; }
    const d = tile.el.getContext("2d").getImageData(0, 0, tile.el.width, tile.el.height).data;
    for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { return true; } }
    return false;
  };
  while (Date.now() < deadline && ![...keys].every(painted)) {
    await sleep(100);
    await frame();
  }
  const rgb = [1, 3, 5].map(i => parseInt(fill.slice(i, i + 2), 16));
  const bounds = map.getBounds();
  const probe = () => points.map(pt => {
    if (!bounds.contains(pt)) { return null; }
    const p = map.project(pt, zoom).round();
    const tx = Math.floor(p.x / 256), ty = Math.floor(p.y / 256);
    const tile = base._tiles[tx + ":" + ty + ":" + zoom];
    if (!tile) { return false; }
    const canvas = tile.el, s = canvas.width / 256;
    const x = Math.round((p.x - tx * 256) * s), y = Math.round((p.y - ty * 256) * s);
    const d = canvas.getContext("2d").getImageData(x - 1, y - 1, 3, 3).data;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] < 200) { continue; }
      const isFill = rgb.every((v, k) => Math.abs(d[i + k] - v) < 6);
      const isCoast = d[i] < 0xe0 && Math.abs(d[i] - d[i + 2]) < 12;  // the grey coast line
      if (isFill || isCoast) { return true; }
    }
    return false;
  });
  await frame();
  await frame();
  let last = JSON.stringify(probe());
  while (Date.now() < deadline) {
    await sleep(300);
    await frame();
    const now = JSON.stringify(probe());
    if (now === last) { break; }
    last = now;
  }
  return JSON.parse(last);
}"""


@needs_chromium
def test_route_pixels_lie_on_land_fill_at_three_zooms(seeds_page):
    data = page_data(seeds_page.read_text(encoding="utf-8"))
    routes = _drawn(data, "Rail routes", "line")
    with guarded_page() as (page, guard):
        page.goto(seeds_page.as_uri())
        page.wait_for_function("() => window.map_georoute !== undefined", timeout=60_000)
        # the first view the page opens is drawn before any probe: a probe started while the
        # page's own first tiles are still being painted can read their canvases blank
        page.wait_for_timeout(2000)
        page.evaluate(_PIXELS_UNDER, {"zoom": 4, "center": list(TUMEN), "fill": LAND_FILL,
                                      "points": [list(TUMEN)]})  # fmt: skip
        results = {}
        for zoom, center in ((4, TUMEN), (6, TUMEN), (9, VLADIVOSTOK)):
            args = {"zoom": zoom, "center": list(center), "fill": LAND_FILL}
            results[zoom] = (
                page.evaluate(_PIXELS_UNDER, {**args, "points": routes}),
                page.evaluate(_PIXELS_UNDER, {**args, "points": [list(s) for s in SEA]}),
            )
    assert guard.leaked == [] and guard.errors == []
    for zoom, (on_route, at_sea) in results.items():
        seen = [v for v in on_route if v is not None]
        assert len(seen) > 50, f"zoom {zoom}: the route is in view"
        off = [pt for pt, v in zip(routes, on_route, strict=True) if v is False]
        assert off == [], f"zoom {zoom}: {len(off)} of {len(seen)} route points over sea: {off[:5]}"
        assert False in at_sea, f"zoom {zoom}: the probe sees the sea as sea"
