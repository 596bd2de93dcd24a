"""Leaflet and its plugins, read from the npm packages in ``mapassets/`` and inlined into maps so
that they open with no network. Images referenced by the CSS become data URIs."""

from __future__ import annotations

import base64
import mimetypes
import os
import re
from functools import lru_cache
from pathlib import Path

from .errors import DataError

__all__ = ["ASSETS_DIR", "inline_css", "inline_js"]

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
