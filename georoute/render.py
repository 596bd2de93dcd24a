"""The HTML map of a report: rail routes, great circles, places and findings, drawn with folium
and opened with no network (Leaflet and its plugins inlined, a vector basemap inside the page).

Article text is data: every string that came from an article is HTML-escaped and then written
into JavaScript as JSON (with ``<``, ``>``, ``&``, backticks and ``$`` escaped), never pasted
into a template literal or raw HTML.
"""

from __future__ import annotations

import html
import json
import math
from pathlib import Path
from typing import ClassVar

import folium
from branca.element import Element, MacroElement
from jinja2 import Template
from pyproj import Geod
from shapely.geometry import box, mapping

from .mapassets import inline_css, inline_js
from .report import atomic_write

__all__ = ["js_string", "render_map", "safe_html"]

_GEOD = Geod(ellps="WGS84")
VERDICT_COLOURS = {"inconsistent": "#d62728", "unverifiable": "#e6a700", "consistent": "#2ca02c"}
ATTRIBUTION = (
    "Rail © OpenStreetMap contributors (ODbL 1.0) | Basemap Natural Earth (public domain) | "
    "Places GeoNames (CC BY 4.0)"
)
MAX_QUOTE = 300


def safe_html(text: object) -> str:
    """Escape text for HTML, and the characters that matter to JavaScript strings and templates."""
    s = html.escape(str(text), quote=True)
    return s.replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


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


class _OfflineMap(folium.Map):
    """folium's Map without its CDN assets (Leaflet is inlined by render_map)."""

    default_js: ClassVar[list] = []
    default_css: ClassVar[list] = []


class _Raw(Element):
    """Markup inserted as is (our own assets), not parsed as a template."""

    def __init__(self, raw: str) -> None:
        super().__init__("{{ this.raw }}")
        self.raw = raw


class _Bind(MacroElement):
    """Attach a popup and a tooltip (already safe markup) to the parent layer."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindPopup({{ this.popup }}, {maxWidth: 420});
        {% if this.tooltip %}{{ this._parent.get_name() }}.bindTooltip({{ this.tooltip }});{% endif %}
        {% endmacro %}"""
    )

    def __init__(self, popup: str, tooltip: str | None = None) -> None:
        super().__init__()
        self._name = "Bind"
        self.popup = js_string(popup)
        self.tooltip = js_string(tooltip) if tooltip else None


class _Controls(MacroElement):
    """Fullscreen, measure, mini map (over the vector basemap), attribution and the legend."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function(map) {
          map.attributionControl.addAttribution({{ this.attribution }});
          new L.Control.FullScreen({position: 'topleft'}).addTo(map);
          new L.Control.Measure({primaryLengthUnit: 'kilometers', secondaryLengthUnit: 'miles',
                                 primaryAreaUnit: 'sqkilometers', position: 'topleft'}).addTo(map);
          var mini = L.geoJSON({{ this.land }}, {style: {color: '#777', weight: 0.5, fillColor: '#ddd', fillOpacity: 1}});
          new L.Control.MiniMap(mini, {toggleDisplay: true, position: 'bottomleft'}).addTo(map);
          var legend = L.control({position: 'bottomright'});
          legend.onAdd = function() {
            var div = L.DomUtil.create('div', 'georoute-legend');
            div.innerHTML = {{ this.legend }};
            return div;
          };
          legend.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, land: dict, legend: str) -> None:
        super().__init__()
        self._name = "Controls"
        self.land = json.dumps(land, separators=(",", ":"))
        self.legend = js_string(legend)
        self.attribution = js_string(safe_html(ATTRIBUTION))


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


def _basemap(extent: tuple[float, float, float, float]) -> tuple[dict, dict]:
    """Natural Earth countries clipped to the map's extent, simplified to its scale."""
    from .basemap import country_shapes

    s, w, n, e = extent
    clip = box(w, s, e, n)
    tol = max(n - s, e - w) / 800.0
    feats = []
    for c in country_shapes():
        if not c.geometry.intersects(clip):
            continue
        g = c.geometry.intersection(clip).simplify(tol, preserve_topology=True)
        if g.is_empty:
            continue
        feats.append(
            {
                "type": "Feature",
                "properties": {"name": safe_html(c.name)},
                "geometry": _rounded(mapping(g)),
            }
        )
    world = box(-180, -90, 180, 90)
    land = []
    for c in country_shapes():
        g = c.geometry.intersection(world).simplify(1.0, preserve_topology=True)
        if not g.is_empty:
            land.append({"type": "Feature", "properties": {}, "geometry": _rounded(mapping(g), 1)})
    return {"type": "FeatureCollection", "features": feats}, {
        "type": "FeatureCollection",
        "features": land,
    }


def _rounded(geom: dict, nd: int = 3) -> dict:
    def r(x):
        if isinstance(x, (list, tuple)):
            if x and isinstance(x[0], (int, float)):
                return [round(float(v), nd) for v in x]
            return [r(v) for v in x]
        return x

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def _great_circle(a, b, n: int = 64) -> list[tuple[float, float]]:
    pts = _GEOD.npts(a.lon, a.lat, b.lon, b.lat, n)
    return [(a.lat, a.lon), *[(lat, lon) for lon, lat in pts], (b.lat, b.lon)]


def _quote(claim, text: str) -> str:
    s = text[max(0, claim.start - 80) : claim.end + 80].replace("\n", " ")
    return s[:MAX_QUOTE]


def render_map(report, path: str | Path, router=None) -> Path:
    """Draw the report as a self-contained HTML map at ``path`` (written atomically)."""
    from .rail import rail_network

    router = router or rail_network().route
    claims = {c.id: c for c in report.claims}
    texts = {d.id: d.text for d in report.documents}
    places = report.places
    points = [(p.lat, p.lon) for p in places.values() if not p.is_region]
    extent = _opening_extent(report, claims, places, points)
    m, land = _base_map(extent, points)

    routes = folium.FeatureGroup(name="Rail routes")
    circles = folium.FeatureGroup(name="Great circles")
    marks = folium.FeatureGroup(name="Places")
    by_verdict = {v: folium.FeatureGroup(name=f"Findings: {v}") for v in VERDICT_COLOURS}
    leg_lines, drawn = _draw_legs(report, places, routes, router)
    _alternative_routes(report, places, routes, router, drawn)
    _draw_great_circles(claims, places, circles)
    _draw_places(claims, texts, places, marks)
    _draw_findings(report, claims, places, leg_lines, by_verdict)
    for g in (routes, circles, marks, *by_verdict.values()):
        g.add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)
    m.add_child(_Controls(land, _legend(report)))
    out = Path(path)
    atomic_write(out, m.get_root().render())
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


def _base_map(extent, points) -> tuple[folium.Map, dict]:
    """The map without layers: inlined libraries, the view, the vector basemap, optional tiles."""
    centre = ((extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2)
    m = _OfflineMap(
        location=centre,
        zoom_start=4,
        tiles=None,
        prefer_canvas=len(points) > 500,
        control_scale=True,
    )
    m.get_root().header.add_child(_Raw(f"<style>{inline_css()}</style>"), name="inline_css")
    m.get_root().header.add_child(_Raw(f"<script>{inline_js()}</script>"), name="inline_js")
    m.get_root().header.add_child(
        Element(
            "<style>.georoute-legend{background:#fff;padding:6px 8px;border-radius:4px;"
            "box-shadow:0 0 4px rgba(0,0,0,.3);font:12px sans-serif}"
            ".georoute-legend i{display:inline-block;width:12px;height:12px;margin-right:4px}</style>"
        ),
        name="legend_css",
    )
    m.fit_bounds([[extent[0], extent[1]], [extent[2], extent[3]]])

    s_, w_, n_, e_ = extent
    # the basemap reaches well past the opening view (and past every place drawn), so that its
    # clipped edge does not show on a wide screen or after a little panning
    lat_pad = max(15.0, (n_ - s_) * 1.5)
    lon_pad = max(25.0, (e_ - w_) * 2.0)
    all_s, all_w, all_n, all_e = _extent(points) if points else extent
    countries, land = _basemap(
        (
            max(-89.0, min(s_ - lat_pad, all_s - 5)),
            max(-180.0, min(w_ - lon_pad, all_w - 5)),
            min(89.0, max(n_ + lat_pad, all_n + 5)),
            min(180.0, max(e_ + lon_pad, all_e + 5)),
        )
    )
    base = folium.FeatureGroup(name="Basemap (Natural Earth)", overlay=False, control=True)
    folium.GeoJson(
        countries,
        style_function=lambda _: {
            "color": "#888",
            "weight": 1,
            "fillColor": "#f2efe9",
            "fillOpacity": 1,
        },
    ).add_to(base)
    base.add_to(m)
    folium.TileLayer(
        "OpenStreetMap", name="OpenStreetMap tiles (online)", overlay=False, show=False
    ).add_to(m)

    return m, land


def _draw_legs(report, places, routes, router) -> tuple[dict, set]:
    """Each leg's rail route (or its great circle when there is none); the drawn pairs."""
    from .rail import RouteError

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
                    pl = folium.PolyLine(line, color="#1f4e9c", weight=4, opacity=0.8)
                    info = (
                        f"<b>Rail route {safe_html(o.name)} → {safe_html(d.name)}</b><br>"
                        f"{r.length_km:,.0f} km on the network, through {safe_html(', '.join(r.countries))}"
                        f"<br><small>© OpenStreetMap contributors (ODbL)</small>"
                    )
                    pl.add_child(
                        _Bind(
                            info,
                            f"{safe_html(o.name)} → {safe_html(d.name)}: {r.length_km:,.0f} km by rail",
                        )
                    )
                    pl.add_to(routes)
                    drawn.add((o.id, d.id))
                except RouteError:
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
            _, _, dist = _GEOD.inv(a.lon, a.lat, b.lon, b.lat)
            gl = folium.PolyLine(_great_circle(a, b), color="#555", weight=2, dash_array="6 6")
            gl.add_child(
                _Bind(
                    f"<b>Great circle {safe_html(a.name)} – {safe_html(b.name)}</b><br>{dist / 1000:,.0f} km geodesic; "
                    f"stated “{safe_html(c.text)}” ({safe_html(c.doc)})",
                    f"{dist / 1000:,.0f} km geodesic",
                )
            )
            gl.add_to(circles)


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
        cm = folium.CircleMarker(
            (p.lat, p.lon),
            radius=6,
            color="#333",
            weight=1,
            fill=True,
            fill_color="#ffffff",
            fill_opacity=1,
        )
        cm.add_child(_Bind(popup, safe_html(p.name)))
        cm.add_to(marks)


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
            f"<b style='color:{VERDICT_COLOURS[f.verdict]}'>{f.verdict}</b> · {safe_html(f.check)}<br>"
            f"<span class='georoute-message'>{safe_html(f.message)}</span><ul>{quoted}</ul>"
        )
        mk = folium.CircleMarker(
            where,
            radius=9,
            color=VERDICT_COLOURS[f.verdict],
            weight=3,
            fill=True,
            fill_opacity=0.6,
            fill_color=VERDICT_COLOURS[f.verdict],
            class_name=f"georoute-finding georoute-{f.verdict}",
        )
        mk.add_child(_Bind(popup, f"{f.verdict}: {safe_html(f.check)}"))
        mk.add_to(by_verdict[f.verdict])


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
    from .rail import RouteError

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
            except RouteError:
                continue
            pl = folium.PolyLine(
                list(r.coords), color="#9467bd", weight=3, opacity=0.8, dash_array="8 6"
            )
            pl.add_child(
                _Bind(
                    f"<b>Alternative destination: {safe_html(d.name)}</b><br>{r.length_km:,.0f} km by rail from {safe_html(o.name)}",
                    f"alternative: {safe_html(d.name)} ({r.length_km:,.0f} km)",
                )
            )
            pl.add_to(routes)
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
