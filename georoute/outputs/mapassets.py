"""The map page: Leaflet and its plugins, read from the copy vendored in package data
(``georoute/data/mapassets``, copied from the npm packages that ``mapassets/package-lock.json``
pins by ``mapassets/vendor.py``) and inlined so that maps open with no network (images referenced by the CSS become data URIs), and the page
built with folium around one data block and the script that draws it.

Article text never reaches a template as source: folium's MacroElements compile their output
as Jinja source, so every datum travels base64-encoded in one element (base64 has no ``{``,
``%`` or ``#``) and the page's own script decodes and draws it."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import mimetypes
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from branca.element import Element, MacroElement
from jinja2 import Template

from georoute.base.errors import DataError

__all__ = [
    "APP_JS",
    "ASSETS_DIR",
    "MAP_VAR",
    "css_references",
    "inline_css",
    "inline_js",
    "json_for_script",
    "map_page",
]

#: Where the vendored npm files live: package data, the same bytes in an editable install and in
#: a wheel (``$GEOROUTE_MAP_ASSETS`` points elsewhere, e.g. at ``mapassets/node_modules``).
ASSETS_DIR = Path(
    os.environ.get("GEOROUTE_MAP_ASSETS") or str(resources.files("georoute") / "data" / "mapassets")
)

JS = (
    "leaflet/dist/leaflet.js",
    "leaflet.fullscreen/dist/Control.FullScreen.umd.js",
    "leaflet-minimap/dist/Control.MiniMap.min.js",
    "leaflet-measure/dist/leaflet-measure.js",
    "topojson-client/dist/topojson-client.min.js",
    "geojson-vt/geojson-vt.js",
    "leaflet.vectorgrid/dist/Leaflet.VectorGrid.js",
)
CSS = (
    "leaflet/dist/leaflet.css",
    "leaflet.fullscreen/dist/Control.FullScreen.css",
    "leaflet-minimap/dist/Control.MiniMap.min.css",
    "leaflet-measure/dist/leaflet-measure.css",
)


def _read(rel: str) -> str:
    path = ASSETS_DIR / rel
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(
            f"map asset {rel} is missing ({path}): the installation is incomplete"
        ) from exc


#: A ``url(...)`` in a style sheet.
_CSS_URL = re.compile(r"url\((['\"]?)([^'\")]+)\1\)")


def css_references(css: str) -> list[str]:
    """The files a style sheet refers to (data URIs and fragments left out), in order.

    >>> css_references('a{background:url(images/a.png)} b{behavior:url(#default#VML)}')
    ['images/a.png']
    """
    refs = (m.group(2) for m in _CSS_URL.finditer(css))
    return list(dict.fromkeys(r for r in refs if not r.startswith(("data:", "#"))))


def _data_uris(css: str, base: Path) -> str:
    def repl(m: re.Match) -> str:
        ref = m.group(2)
        if ref.startswith(("data:", "#")):
            return m.group(0)
        path = (base / ref).resolve()
        if not path.exists():
            return "url()"  # a missing optional image must not make the page fetch anything
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f'url("data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}")'

    return _CSS_URL.sub(repl, css)


@lru_cache(maxsize=1)
def inline_js() -> str:
    """All scripts, in load order; a closing script tag inside them is neutralised."""
    scripts = [_read(rel).replace("</script", "<\\/script") for rel in JS]
    return "\n;\n".join([*scripts, FULLSCREEN_SHIM])


@lru_cache(maxsize=1)
def inline_css() -> str:
    return "\n".join(_data_uris(_read(rel), (ASSETS_DIR / rel).parent) for rel in CSS)


def _lib_css() -> str:
    return inline_css().replace("</style", "<\\/style")


#: Makes brunob's leaflet.fullscreen 5 answer to the factory that folium's Fullscreen plugin calls.
FULLSCREEN_SHIM = (
    "L.control.fullscreen = L.control.fullscreen || "
    "function (options) { return new L.Control.FullScreen(options); };"
)

#: Folium's name for the map (``map_`` + its id): fixed, so the page's script can find it.
MAP_ID = "georoute"
MAP_VAR = "map_" + MAP_ID
#: The deepest zoom the map allows; the basemap is cut into tiles down to it.
MAX_ZOOM = 18

#: The page's own script: it decodes the data block (base64 of UTF-8 JSON) and draws it with
#: Leaflet on the map folium created. Data never becomes code or markup here except through
#: Leaflet's popups, tooltips, layer names and the legend, which receive markup that render.py
#: built with every datum HTML-escaped.
APP_JS = """(function () {
  "use strict";
  var raw = atob(document.getElementById("georoute-data").textContent.trim());
  var bytes = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
  var data = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  var map = window.MAP_VAR;

  // The basemap at every zoom: geojson-vt cuts tiles from the full-resolution shapes and
  // Leaflet.VectorGrid draws them, in this thread (VectorGrid's own Slicer starts a Web Worker
  // from a blob, which the page's policy refuses). Not interactive: VectorGrid 1.3.0 calls
  // L.DomEvent.fakeStop, which Leaflet 1.8 removed, only on interactive layers.
  function tiledVectors(sources, options) {
    var extent = 4096, indexes = {};
    Object.keys(sources).forEach(function (name) {
      indexes[name] = geojsonvt(sources[name], {maxZoom: options.maxZoom, extent: extent,
                                                buffer: 64, tolerance: 1, indexMaxZoom: 4});
    });
    var Tiled = L.VectorGrid.extend({
      _getVectorTilePromise: function (coords) {
        var layers = {};
        Object.keys(indexes).forEach(function (name) {
          var tile = indexes[name].getTile(coords.z, coords.x, coords.y);
          var feats = !tile ? [] : tile.features.map(function (f) {
            return {type: f.type, geometry: f.geometry, properties: f.tags || {}};
          });
          layers[name] = {name: name, extent: extent, length: feats.length, features: feats};
        });
        return Promise.resolve({layers: layers});
      }
    });
    return new Tiled(options);
  }

  map.fitBounds(data.bounds);
  map.setMaxZoom(MAX_ZOOM);
  var topo = data.basemap;
  var basemap = tiledVectors({
    land: topojson.feature(topo, topo.objects.land),
    borders: topojson.mesh(topo, topo.objects.countries, function (a, b) { return a !== b; })
  }, {rendererFactory: L.canvas.tile, interactive: false, maxZoom: MAX_ZOOM,
      vectorTileLayerStyles: data.basemapStyle});
  var bases = {};
  bases[data.baseNames[0]] = basemap.addTo(map);
  bases[data.baseNames[1]] = L.tileLayer(data.tiles.url, {
    maxZoom: 19, attribution: data.tiles.attribution});
  var overlays = {};
  data.layers.forEach(function (layer) {
    var group = L.featureGroup();
    layer.items.forEach(function (it) {
      var shape = it.line ? L.polyline(it.line, it.style) : L.circleMarker(it.at, it.style);
      if (it.popup) { shape.bindPopup(it.popup, {maxWidth: 420}); }
      if (it.tooltip) { shape.bindTooltip(it.tooltip); }
      group.addLayer(shape);
    });
    overlays[layer.name] = group.addTo(map);
  });
  L.control.layers(bases, overlays, {collapsed: false}).addTo(map);
  map.attributionControl.addAttribution(data.attribution);
  var mini = L.geoJSON(data.land, {style: data.miniStyle, interactive: false});
  new L.Control.MiniMap(mini, {toggleDisplay: true, position: "bottomleft"}).addTo(map);
  var legend = L.control({position: "bottomright"});
  legend.onAdd = function () {
    var div = L.DomUtil.create("div", "georoute-legend");
    div.innerHTML = data.legend;
    return div;
  };
  legend.addTo(map);
})();
""".replace("MAP_VAR", MAP_VAR).replace("MAX_ZOOM", str(MAX_ZOOM))

PAGE_CSS = (
    "html,body{width:100%;height:100%;margin:0;padding:0}"
    "#map{position:absolute;top:0;bottom:0;left:0;right:0}"
    ".leaflet-container{background:#c9dde6}"
    ".georoute-legend{background:#fff;padding:6px 8px;border-radius:4px;"
    "box-shadow:0 0 4px rgba(0,0,0,.3);font:12px sans-serif}"
    ".georoute-legend i{display:inline-block;width:12px;height:12px;margin-right:4px}"
)

#: Where the optional online tiles come from (the only address the page may ever load from).
TILE_HOST = "https://tile.openstreetmap.org"


def json_for_script(data: object) -> str:
    """JSON that is inert inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separator
    appears raw, so no text can close the element, open a comment or end a JavaScript line.

    >>> json_for_script({"a": "</script><!--"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for ch, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(ch, esc)
    return text


def _sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def _csp(page: str) -> str:
    """Only the page's own inline scripts may run (by hash, over the final page): an injected
    script or handler is refused even if escaping ever failed; nothing loads from the network
    except the optional tiles."""
    hashes = " ".join(_sha256(s) for s in _INLINE_SCRIPT.findall(page))
    return "; ".join(
        (
            "default-src 'none'",
            # leaflet-measure compiles its own lodash templates with Function() when it loads
            f"script-src {hashes} 'unsafe-eval'",
            "style-src 'unsafe-inline'",
            f"img-src data: {TILE_HOST}",
            "font-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


#: An executable inline script of the page (no attributes: the data block has a type).
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


class _Constant(Element):
    """Text of the program (a library, a style sheet, the page's script) put into the page as a
    template *value*, never compiled as template source (a MacroElement would compile it)."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str, key: str):
        super().__init__()
        self._id = key
        self.text = text


class _Data(Element):
    """The one element that carries data: base64 of the JSON, which holds no ``{``, ``%``, ``#``,
    ``<`` or ``&``, so it is inert as template source, as HTML and as script."""

    _template = Template(
        '<script type="application/json" id="georoute-data">{{ this.payload }}</script>'
    )

    def __init__(self, data: dict):
        super().__init__()
        self._id = "data"
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        self.payload = base64.b64encode(text.encode("utf-8")).decode("ascii")


class _AppScript(MacroElement):
    """Appends the page's script to the figure's script section after the map's own (it renders
    as the map's last child, so the map and its controls exist when it runs)."""

    def __init__(self):
        super().__init__()
        self._id = "app"

    def render(self, **kwargs) -> None:
        self.get_root().script.add_child(_Constant(APP_JS, "app_js"))


def _fixed(element, key: str):
    """An element with a fixed id (folium draws random ones), so the page is the same bytes."""
    element._id = key
    element.default_js = []  # the libraries are inlined; no CDN link is written
    element.default_css = []
    return element


def map_page(data: dict, title: str = "georoute map", prefer_canvas: bool = False) -> str:
    """The whole HTML page, built with folium: a ``folium.Map`` with the Fullscreen and
    MeasureControl plugins, Leaflet and the plugins inlined, one base64 data block and APP_JS.
    Every datum reaches the page only through the data block; everything folium's templates
    compile is program text or base64."""
    from folium import Map
    from folium.plugins import Fullscreen, MeasureControl

    m = _fixed(
        Map(location=None, tiles=None, prefer_canvas=bool(prefer_canvas), control_scale=True),
        MAP_ID,
    )
    fig = m.get_root()
    fig._id = "figure"
    fig.title = html.escape(title)
    head = fig.header
    head.add_child(_Constant(f"<style>{_lib_css()}</style>", "lib_css"), name="lib_css")
    head.add_child(_Constant(f"<style>{PAGE_CSS}</style>", "page_css"), name="page_css")
    head.add_child(_Constant(f"<script>{inline_js()}</script>", "lib_js"), name="lib_js")
    fig.html.add_child(_Data(data), name="georoute_data")
    m.add_child(_fixed(Fullscreen(position="topleft"), "fullscreen"))
    m.add_child(
        _fixed(
            MeasureControl(
                position="topleft",
                primary_length_unit="kilometers",
                secondary_length_unit="miles",
                primary_area_unit="sqkilometers",
            ),
            "measure",
        )
    )
    m.add_child(_AppScript())
    page = fig.render()
    policy = f'<meta http-equiv="Content-Security-Policy" content="{_csp(page)}">\n'
    return page.replace("<head>\n", "<head>\n" + policy, 1)
