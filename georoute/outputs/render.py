"""The HTML map of a report: rail routes, great circles, places and findings, drawn with Leaflet
and opened with no network (Leaflet and its plugins inlined, a vector basemap inside the page).

Article text is data, never template source or code: this module builds plain data (layers of
lines and circles with popup markup in which every datum is HTML-escaped), and
``mapassets.map_page`` builds the page with folium around one base64 data block that the page's
own script decodes and draws. No template (folium/branca/Jinja) compiles any datum, and the page
is the same bytes for the same report.
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from shapely.geometry import box, mapping

from georoute.base.credits import MAP_CREDIT, RAIL_CREDIT, TILES_CREDIT
from georoute.base.errors import RouteUnavailable
from georoute.base.geodesy import geodesic_km, geodesic_points
from georoute.outputs.mapassets import TILE_HOST, map_page
from georoute.outputs.report import atomic_write

__all__ = ["basemap_topology", "js_string", "map_html", "render_map", "safe_html", "trip_area"]

VERDICT_COLOURS = {"inconsistent": "#d62728", "unverifiable": "#e6a700", "consistent": "#2ca02c"}
ATTRIBUTION = MAP_CREDIT
MAX_QUOTE = 300
#: Land fill and coast, and the borders between countries (the map's colours for them).
LAND_FILL = "#f2efe9"
BASEMAP_STYLE = {
    "land": {
        "fill": True,
        "fillColor": LAND_FILL,
        "fillOpacity": 1,
        "color": "#9a9a9a",
        "weight": 0.8,
    },
    "borders": {"color": "#888", "weight": 1, "dashArray": "4 3", "fill": False},
}
#: decimal places kept for drawn coordinates (about 1 m)
COORD_DIGITS = 5


def safe_html(text: object) -> str:
    """Escape text for HTML, and the characters that matter to JavaScript strings and templates.

    >>> safe_html("{{7*7}} <b>")
    '&#123;&#123;7*7&#125;&#125; &lt;b&gt;'
    """
    s = html.escape(str(text), quote=True)
    for ch, ref in (
        ("`", "&#96;"),
        ("$", "&#36;"),
        ("\\", "&#92;"),
        ("{", "&#123;"),
        ("}", "&#125;"),
    ):
        s = s.replace(ch, ref)
    return s


def js_string(markup: str) -> str:
    """A JavaScript string literal (JSON) that cannot close a script element."""
    return (
        json.dumps(markup, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@dataclass
class _Layer:
    """One overlay of the map: lines and circles, each with optional popup and tooltip markup."""

    name: str
    items: list[dict] = field(default_factory=list)

    def line(self, coords, style: dict, popup: str, tooltip: str | None = None) -> None:
        pts = [_point(p) for p in coords]
        if len(pts) >= 2 and all(pts):
            self.items.append(_item({"line": pts, "style": style}, popup, tooltip))

    def circle(self, at, style: dict, popup: str, tooltip: str | None = None) -> None:
        pt = _point(at)
        if pt:
            self.items.append(_item({"at": pt, "style": style}, popup, tooltip))

    def data(self) -> dict:
        return {"name": safe_html(self.name), "items": self.items}


def _point(p) -> list[float] | None:
    lat, lon = float(p[0]), float(p[1])
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    return [round(lat, COORD_DIGITS), round(lon, COORD_DIGITS)]


def _item(item: dict, popup: str, tooltip: str | None) -> dict:
    item["popup"] = popup
    if tooltip:
        item["tooltip"] = tooltip
    return item


def _extent(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    lats = [p[0] for p in points] or [0.0]
    lons = [p[1] for p in points] or [0.0]
    pad = max(2.0, 0.25 * max(max(lats) - min(lats), max(lons) - min(lons)))
    return (
        max(-89.0, min(lats) - pad),
        max(-180.0, min(lons) - pad),
        min(89.0, max(lats) + pad),
        min(180.0, max(lons) + pad),
    )


def _minimap_land() -> dict:
    """Coarse land for the overview map in the corner (1:50m countries simplified to 1 degree)."""
    from georoute.base.basemap import country_shapes

    world = box(-180, -90, 180, 90)
    land = []
    for c in country_shapes("50m"):
        g = c.geometry.intersection(world).simplify(1.0, preserve_topology=True)
        if not g.is_empty:
            land.append({"type": "Feature", "properties": {}, "geometry": _rounded(mapping(g), 1)})
    return {"type": "FeatureCollection", "features": land}


def _rounded(geom: dict, nd: int = 3) -> dict:
    def r(x):
        if isinstance(x, (list, tuple)):
            if x and isinstance(x[0], (int, float)):
                return [round(float(v), nd) for v in x]
            return [r(v) for v in x]
        return x

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def _great_circle(a, b, n: int = 64) -> list[tuple[float, float]]:
    pts = geodesic_points(a.lat, a.lon, b.lat, b.lon, n)
    return [(a.lat, a.lon), *[(lat, lon) for lon, lat in pts], (b.lat, b.lon)]


def _quote(claim, text: str) -> str:
    s = text[max(0, claim.start - 80) : claim.end + 80].replace("\n", " ")
    return s[:MAX_QUOTE]


def map_html(report, router=None) -> str:
    """The report as a self-contained HTML page (the same bytes for the same report)."""
    router = _Routes(report, router)
    claims = {c.id: c for c in report.claims}
    texts = {d.id: d.text for d in report.documents}
    places = report.places
    points = [(p.lat, p.lon) for p in places.values() if not p.is_region]
    extent = _opening_extent(report, claims, places, points)

    routes, circles, marks = _Layer("Rail routes"), _Layer("Great circles"), _Layer("Places")
    by_verdict = {v: _Layer(f"Findings: {v}") for v in VERDICT_COLOURS}
    leg_lines, drawn = _draw_legs(report, places, routes, router)
    _alternative_routes(report, places, routes, router, drawn)
    _draw_great_circles(claims, places, circles)
    _draw_places(claims, texts, places, marks)
    _draw_findings(report, claims, places, leg_lines, by_verdict)
    drawn_layers = (routes, circles, marks, *by_verdict.values())
    data = {
        "bounds": [[extent[0], extent[1]], [extent[2], extent[3]]],
        "preferCanvas": len(points) > 500,
        "baseNames": [
            safe_html("Basemap (Natural Earth)"),
            safe_html("OpenStreetMap tiles (online)"),
        ],
        "basemapStyle": BASEMAP_STYLE,
        "miniStyle": {"color": "#777", "weight": 0.5, "fillColor": "#ddd", "fillOpacity": 1},
        "tiles": {
            "url": TILE_HOST + "/{z}/{x}/{y}.png",
            "attribution": safe_html(TILES_CREDIT),
        },
        # 1:10m around what is drawn, coarser elsewhere, as TopoJSON: the page tiles it for each
        # zoom (geojson-vt)
        "basemap": basemap_topology(trip_area([g.data() for g in drawn_layers])),
        "land": _minimap_land(),
        "layers": [g.data() for g in drawn_layers],
        "attribution": safe_html(ATTRIBUTION),
        "legend": _legend(report),
    }
    return map_page(data, prefer_canvas=data["preferCanvas"])


#: Degrees around each place and line drawn within which the basemap keeps every 1:10m vertex.
BASEMAP_MARGIN_DEG = 5.0
#: Elsewhere each coast and border is simplified (Douglas-Peucker, endpoints kept, so borders
#: still meet) to this many degrees: about the vertex count of Natural Earth 1:50m.
BASEMAP_COARSE_DEG = 0.05


def trip_area(layers: list[dict]):
    """Where the map's detail matters: every place and line drawn (the layers' items, points
    ``[lat, lon]``), widened by BASEMAP_MARGIN_DEG; None when nothing is drawn."""
    import shapely
    import shapely.affinity

    shapes = []
    for layer in layers:
        for it in layer["items"]:
            pts = [(p[1], p[0]) for p in (it["line"] if "line" in it else [it["at"]])]
            g = shapely.LineString(pts) if len(pts) > 1 else shapely.Point(pts[0])
            shapes.append(g.simplify(BASEMAP_MARGIN_DEG / 10))
    if not shapes:
        return None
    area = shapely.union_all(shapely.buffer(shapes, BASEMAP_MARGIN_DEG, quad_segs=4))
    # lines across the antimeridian are unwrapped (longitudes beyond 180): their other side too
    shifted = [shapely.affinity.translate(area, dx) for dx in (-360.0, 360.0)]
    return shapely.union_all([area, *shifted])


@lru_cache(maxsize=1)
def _basemap_arcs() -> tuple[list, list, object]:
    """The 1:10m arcs as they are (delta-encoded), the same arcs simplified, and each arc as a
    line in degrees (to find those near the trip). Computed once per process."""
    import numpy as np
    import shapely

    from georoute.base.basemap import borders_topology

    topo = borders_topology()
    scale = np.asarray(topo["transform"]["scale"])
    shift = np.asarray(topo["transform"]["translate"])
    full = topo["arcs"]
    absolute = [np.cumsum(np.asarray(a, dtype=np.int64).reshape(-1, 2), axis=0) for a in full]
    lines = np.array(
        [shapely.LineString(np.vstack([a, a])[:2] if len(a) < 2 else a) for a in absolute]
    )
    lines = shapely.transform(lines, lambda xy: xy * scale + shift)
    simple = shapely.simplify(lines, BASEMAP_COARSE_DEG, preserve_topology=False)
    coarse = []
    for arc, line in zip(absolute, simple, strict=True):
        # the kept vertices are original ones: back to the integer grid exactly
        q = np.rint((shapely.get_coordinates(line) - shift) / scale).astype(np.int64)
        if len(q) < 2:
            q = arc
        elif len(arc) >= 4 and (arc[0] == arc[-1]).all() and len(q) < 4:
            q = arc[sorted({0, len(arc) // 3, 2 * len(arc) // 3, len(arc) - 1})]  # keep a ring
        coarse.append(np.vstack([q[:1], np.diff(q, axis=0)]).tolist())
    return full, coarse, lines


def basemap_topology(near=None) -> dict:
    """The map's Natural Earth TopoJSON: every 1:10m vertex of the arcs that reach the shapely
    geometry ``near`` (lon, lat degrees), the simplified arcs elsewhere (everywhere when None).
    Arcs stay shared, so borders meet and the page draws each once."""
    import shapely

    from georoute.base.basemap import borders_topology

    full, coarse, lines = _basemap_arcs()
    keep = shapely.intersects(lines, near) if near is not None else [False] * len(full)
    return {
        **borders_topology(),
        "arcs": [f if k else c for f, c, k in zip(full, coarse, keep, strict=True)],
    }


class _Routes:
    """The routes the checks found (kept with their findings), by (origin, destination) place
    ids; a pair no check routed is routed here, the rail network loaded only then."""

    def __init__(self, report, router=None) -> None:
        self._found = {
            (f.route.origin, f.route.destination): f.route
            for f in report.findings
            if getattr(f, "route", None) is not None
        }
        self._router = router

    def __call__(self, places):
        o, d = places
        found = self._found.get((o.id, d.id))
        if found is not None:
            return found
        if self._router is None:
            from georoute.rail import rail_network

            self._router = rail_network().route
        return self._router([o, d])


def render_map(report, path: str | Path, router=None) -> Path:
    """Draw the report as a self-contained HTML map at ``path`` (written atomically)."""
    out = Path(path)
    atomic_write(out, map_html(report, router))
    return out


def _opening_extent(report, claims, places, points) -> tuple[float, float, float, float]:
    """Where the map opens: around the trip the findings are about."""

    # open on the trip the findings are about (the one with most findings on its legs), not on
    # every trip an article mentions in passing (a 2019 trip from Hanoi in a 2023 story)
    def weight(t) -> int:
        legs = {lg.id for lg in t.legs}
        return sum(1 for f in report.findings if legs & set(f.legs))

    main_trips = sorted(report.trips, key=weight, reverse=True)[:1] or list(report.trips)
    main_docs = {d for t in main_trips for d in t.docs}
    focus = {pid for t in main_trips for lg in t.legs for pid in (lg.origin, lg.destination)}
    focus |= {
        pid
        for c in claims.values()
        if c.relation in ("separation", "destination") and c.doc in main_docs
        for pid in c.places
    }
    focus_points = [
        (places[i].lat, places[i].lon) for i in focus if i in places and not places[i].is_region
    ]
    return _extent(focus_points if len(focus_points) >= 2 else points)


def _draw_legs(report, places, routes, router) -> tuple[dict, set]:
    """Each leg's rail route (or its great circle when there is none); the drawn pairs."""
    leg_lines: dict[str, list[tuple[float, float]]] = {}
    drawn: set[tuple[int, int]] = set()
    for trip in report.trips:
        for leg in trip.legs:
            o, d = places.get(leg.origin), places.get(leg.destination)
            if o is None or d is None or o.is_region or d.is_region:
                continue
            line = None
            if leg.mode == "train" and (o.id, d.id) not in drawn:
                try:
                    r = router([o, d])
                    line = list(r.coords)
                    info = (
                        f"<b>Rail route {safe_html(o.name)} → {safe_html(d.name)}</b><br>"
                        f"{r.length_km:,.0f} km on the network, through {safe_html(', '.join(r.countries))}"
                        f"<br><small>{safe_html(RAIL_CREDIT)}</small>"
                    )
                    routes.line(
                        line,
                        {"color": "#1f4e9c", "weight": 4, "opacity": 0.8},
                        info,
                        f"{safe_html(o.name)} → {safe_html(d.name)}: {r.length_km:,.0f} km by rail",
                    )
                    drawn.add((o.id, d.id))
                except RouteUnavailable:
                    line = None
            leg_lines[leg.id] = line or _great_circle(o, d)
    return leg_lines, drawn


def _draw_great_circles(claims, places, circles) -> None:
    """The great circle of each stated separation, with its geodesic length."""
    for c in claims.values():
        if (
            c.relation == "separation"
            and c.kind == "distance"
            and c.same_as is None
            and len(c.places) == 2
        ):
            a, b = places.get(c.places[0]), places.get(c.places[1])
            if a is None or b is None:
                continue
            dist = geodesic_km(a.lat, a.lon, b.lat, b.lon) * 1000.0
            circles.line(
                _great_circle(a, b),
                {"color": "#555", "weight": 2, "dashArray": "6 6"},
                f"<b>Great circle {safe_html(a.name)} – {safe_html(b.name)}</b><br>"
                f"{dist / 1000:,.0f} km geodesic; stated “{safe_html(c.text)}” ({safe_html(c.doc)})",
                f"{dist / 1000:,.0f} km geodesic",
            )


def _draw_places(claims, texts, places, marks) -> None:
    """A marker for every resolved place: name, coordinates, source, the sentences naming it."""
    mentions: dict[int, list] = {}
    for c in claims.values():
        if c.kind == "place" and c.places:
            mentions.setdefault(c.places[0], []).append(c)
    for pid, p in sorted(places.items()):
        if p.is_region:
            continue
        quotes = "".join(
            f"<li><i>{safe_html(c.doc)}</i>: …{safe_html(_quote(c, texts.get(c.doc, '')))}…</li>"
            for c in mentions.get(pid, [])[:5]
        )
        popup = (
            f"<b>{safe_html(p.name)}</b> ({safe_html(p.country)})<br>{p.lat:.4f}, {p.lon:.4f}<br>"
            f"source: {safe_html(p.source)}<ul>{quotes}</ul>"
        )
        marks.circle(
            (p.lat, p.lon),
            {
                "radius": 6,
                "color": "#333",
                "weight": 1,
                "fill": True,
                "fillColor": "#ffffff",
                "fillOpacity": 1,
            },
            popup,
            safe_html(p.name),
        )


def _draw_findings(report, claims, places, leg_lines, by_verdict) -> None:
    """Each finding on the leg or place it concerns, coloured by verdict, fanned out when several
    share a spot."""
    per_leg: dict[str, int] = {}
    stacked: dict[tuple[float, float], int] = {}
    leg_total: dict[str, int] = {}
    for f in report.findings:
        if f.legs:
            leg_total[f.legs[0]] = leg_total.get(f.legs[0], 0) + 1
    for f in report.findings:
        where = _finding_point(f, claims, places, leg_lines, per_leg, leg_total)
        if where is None:
            continue
        k = stacked[where] = stacked.get(where, -1) + 1
        if k:  # several findings on one place: fan them out so that each can be clicked
            angle = k * 2.4
            where = (
                where[0] + 0.25 * math.sin(angle) * (1 + k // 6),
                where[1] + 0.25 * math.cos(angle) * (1 + k // 6),
            )
        quoted = "".join(
            f"<li><i>{safe_html(claims[cid].doc)}</i>: “{safe_html(claims[cid].text)}”</li>"
            for cid in f.claims
            if cid in claims
        )
        popup = (
            f"<b style='color:{VERDICT_COLOURS[f.verdict]}'>{safe_html(f.verdict)}</b> · {safe_html(f.check)}<br>"
            f"<span class='georoute-message'>{safe_html(f.message)}</span><ul>{quoted}</ul>"
        )
        colour = VERDICT_COLOURS[f.verdict]
        by_verdict[f.verdict].circle(
            where,
            {
                "radius": 9,
                "color": colour,
                "weight": 3,
                "fill": True,
                "fillOpacity": 0.6,
                "fillColor": colour,
                "className": f"georoute-finding georoute-{f.verdict}",
            },
            popup,
            f"{safe_html(f.verdict)}: {safe_html(f.check)}",
        )


def _legend(report) -> str:
    counts = {v: sum(f.verdict == v for f in report.findings) for v in VERDICT_COLOURS}
    legend = (
        "<b>georoute</b><br>"
        + "<br>".join(
            f"<i style='background:{VERDICT_COLOURS[v]}'></i>{v} ({counts[v]})"
            for v in VERDICT_COLOURS
        )
        + "<br><i style='background:#1f4e9c'></i>rail route<br><i style='background:#555'></i>great circle"
    )
    return legend


def _alternative_routes(report, places, routes, router, drawn) -> None:
    """Rail routes to the other destinations sources name for a trip, dashed."""
    # the destinations sources disagree on (cross_source findings), from their trip's origin
    for f in report.findings:
        if f.check != "cross_source" or f.computed.get("kind") != "destination":
            continue
        dests = set(f.computed.get("destinations", []))
        trip = next((t for t in report.trips if t.destination in dests), None)
        o = places.get(trip.origin) if trip and trip.origin else None
        if o is None:
            continue
        for pid in sorted(dests - {trip.destination}):
            d = places.get(pid)
            if d is None or d.is_region or (o.id, d.id) in drawn:
                continue
            try:
                r = router([o, d])
            except RouteUnavailable:
                continue
            routes.line(
                list(r.coords),
                {"color": "#9467bd", "weight": 3, "opacity": 0.8, "dashArray": "8 6"},
                f"<b>Alternative destination: {safe_html(d.name)}</b><br>"
                f"{r.length_km:,.0f} km by rail from {safe_html(o.name)}",
                f"alternative: {safe_html(d.name)} ({r.length_km:,.0f} km)",
            )
            drawn.add((o.id, d.id))


def _finding_point(f, claims, places, leg_lines, per_leg, leg_total) -> tuple[float, float] | None:
    """Where a finding is drawn: spread along its leg, else at its subject place."""
    for leg in f.legs:
        line = leg_lines.get(leg)
        if line:
            k = per_leg[leg] = per_leg.get(leg, 0) + 1
            return line[min(len(line) - 1, k * len(line) // (leg_total.get(leg, 1) + 1))]
    for key in ("subject", "destination", "reference", "origin"):
        pid = f.computed.get(key)
        if pid in places:
            return (places[pid].lat, places[pid].lon)
    for cid in f.claims:
        c = claims.get(cid)
        for pid in c.places if c else ():
            p = places.get(pid)
            if p is not None and not p.is_region:
                return (p.lat, p.lon)
    if f.legs:
        return None
    # a finding about times or dates: at the trip's first named place
    pts = [p for p in places.values() if not p.is_region]
    return (pts[0].lat, pts[0].lon) if pts else None
