"""The map page: Leaflet and its plugins, read from the npm packages in ``mapassets/`` and inlined
so that maps open with no network (images referenced by the CSS become data URIs), one JSON data
block and the script that draws it. No template engine is involved anywhere."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import mimetypes
import os
import re
from functools import lru_cache
from pathlib import Path

from .errors import DataError

__all__ = ["APP_JS", "ASSETS_DIR", "inline_css", "inline_js", "json_for_script", "map_page"]

ASSETS_DIR = Path(
    os.environ.get(
        "GEOROUTE_MAP_ASSETS", Path(__file__).parent.parent / "mapassets" / "node_modules"
    )
)

JS = (
    "leaflet/dist/leaflet.js",
    "leaflet.fullscreen/dist/Control.FullScreen.umd.js",
    "leaflet-minimap/dist/Control.MiniMap.min.js",
    "leaflet-measure/dist/leaflet-measure.js",
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
            f"map asset {rel} is not installed ({path}); run `make install` (npm ci in mapassets/)"
        ) from exc


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

    return re.sub(r"url\((['\"]?)([^'\")]+)\1\)", repl, css)


@lru_cache(maxsize=1)
def inline_js() -> str:
    """All scripts, in load order; a closing script tag inside them is neutralised."""
    return "\n;\n".join(_read(rel).replace("</script", "<\\/script") for rel in JS)


@lru_cache(maxsize=1)
def inline_css() -> str:
    return "\n".join(_data_uris(_read(rel), (ASSETS_DIR / rel).parent) for rel in CSS)


def _lib_css() -> str:
    return inline_css().replace("</style", "<\\/style")


#: The page's own script: it reads the JSON data block and draws it with Leaflet. Data never
#: becomes code or markup here except through Leaflet's popups, tooltips, layer names and the
#: legend, which receive markup that render.py built with every datum HTML-escaped.
APP_JS = """(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("georoute-data").textContent);
  var map = L.map("map", {preferCanvas: data.preferCanvas});
  L.control.scale().addTo(map);
  map.fitBounds(data.bounds);
  var countries = L.geoJSON(data.countries, {style: data.basemapStyle, interactive: false});
  var bases = {};
  bases[data.baseNames[0]] = L.layerGroup([countries]).addTo(map);
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
  new L.Control.FullScreen({position: "topleft"}).addTo(map);
  new L.Control.Measure({primaryLengthUnit: "kilometers", secondaryLengthUnit: "miles",
                         primaryAreaUnit: "sqkilometers", position: "topleft"}).addTo(map);
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
"""

PAGE_CSS = (
    "html,body{width:100%;height:100%;margin:0;padding:0}"
    "#map{position:absolute;top:0;bottom:0;left:0;right:0}"
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


@lru_cache(maxsize=1)
def _csp() -> str:
    """Only our two scripts may run (by hash): an injected script or handler is refused even if
    escaping ever failed; nothing loads from the network except the optional tiles."""
    return "; ".join(
        (
            "default-src 'none'",
            # leaflet-measure compiles its own lodash templates with Function() when it loads
            f"script-src {_sha256(inline_js())} {_sha256(APP_JS)} 'unsafe-eval'",
            "style-src 'unsafe-inline'",
            f"img-src data: {TILE_HOST}",
            "font-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def map_page(data: dict, title: str = "georoute map") -> str:
    """The whole HTML page: inlined Leaflet, one JSON data block, APP_JS. No template engine:
    the page is joined from constants and ``json_for_script(data)``."""
    return "".join(
        (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n',
            f"<title>{html.escape(title)}</title>\n",
            f"<style>{_lib_css()}</style>\n<style>{PAGE_CSS}</style>\n",
            f"<script>{inline_js()}</script>\n",
            '</head>\n<body>\n<div id="map"></div>\n',
            f'<script type="application/json" id="georoute-data">{json_for_script(data)}</script>\n',
            f"<script>{APP_JS}</script>\n</body>\n</html>\n",
        )
    )
