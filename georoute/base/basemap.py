"""Natural Earth countries and land (TopoJSON from world-atlas 2.0.2): shapes, and the country of
a point. The borders at 1:10m decide the country of a point and are the ones the map draws; the
1:50m file serves callers that want coarse shapes. Public domain data; see
``data/PROVENANCE-basemap.md``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from shapely import STRtree
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from georoute.base.errors import DataError

__all__ = [
    "BORDERS_FILE",
    "COUNTRIES_FILE",
    "CountryShape",
    "borders_topology",
    "country_at",
    "country_shapes",
    "country_tree",
    "decode_topojson",
]

_DATA = Path(__file__).parent.parent / "data"
#: Natural Earth 1:50m admin-0 countries (coarse shapes).
COUNTRIES_FILE = _DATA / "countries-50m.json"
#: Natural Earth 1:10m admin-0 countries and land: the borders of record and of the map.
BORDERS_FILE = _DATA / "countries-10m.json"
_FILES = {"50m": COUNTRIES_FILE, "10m": BORDERS_FILE}


@dataclass(frozen=True)
class CountryShape:
    """One Natural Earth country: ISO 3166-1 numeric code, name and geometry (lon, lat)."""

    iso_numeric: int | None
    name: str
    geometry: BaseGeometry


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            coords = []
            for dx, dy in arc:
                x += dx
                y += dy
                coords.append((x * sx + tx, y * sy + ty))
        else:
            coords = [tuple(p) for p in arc]
        arcs.append(coords)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    coords: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        coords.extend(arc if not coords else arc[1:])
    return coords


def decode_topojson(topo: dict, name: str) -> list[tuple[dict, BaseGeometry]]:
    """Decode the (Multi)Polygon geometries of one TopoJSON object into shapely shapes."""
    arcs = _decode_arcs(topo)
    out = []
    for geom in topo["objects"][name]["geometries"]:
        kind = geom.get("type")
        if kind == "Polygon":
            polys = [geom["arcs"]]
        elif kind == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        shapes = []
        for rings in polys:
            decoded = [_ring(arcs, r) for r in rings]
            if len(decoded[0]) >= 4:
                shapes.append(Polygon(decoded[0], [r for r in decoded[1:] if len(r) >= 4]))
        if shapes:
            shape = MultiPolygon(shapes) if len(shapes) > 1 else shapes[0]
            props = dict(geom.get("properties") or {})
            props["id"] = geom.get("id")
            out.append((props, shape.buffer(0) if not shape.is_valid else shape))
    return out


@lru_cache(maxsize=2)
def _topology(scale: str) -> dict:
    path = _FILES.get(scale)
    if path is None:
        raise ValueError(f"basemap scale must be one of {sorted(_FILES)}, got {scale!r}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the basemap {path}: {exc}") from exc


def borders_topology() -> dict:
    """The 1:10m TopoJSON (objects ``countries`` and ``land``) as the map draws it. Read-only."""
    return _topology("10m")


@lru_cache(maxsize=2)
def country_shapes(scale: str = "50m") -> tuple[CountryShape, ...]:
    """All Natural Earth countries with their shapes at ``scale`` (``"50m"`` or ``"10m"``)."""
    topo = _topology(scale)
    shapes = []
    for props, geom in decode_topojson(topo, "countries"):
        raw_id = props.get("id")
        iso = int(raw_id) if raw_id not in (None, "") and str(raw_id).isdigit() else None
        shapes.append(CountryShape(iso, str(props.get("name", "")), geom))
    return tuple(shapes)


@lru_cache(maxsize=1)
def country_tree() -> tuple[STRtree, tuple[CountryShape, ...]]:
    """The 1:10m countries, indexed: the borders that decide the country of a point."""
    shapes = country_shapes("10m")
    return STRtree([s.geometry for s in shapes]), shapes


def country_at(lat: float, lon: float) -> CountryShape | None:
    """The Natural Earth country (1:10m borders) containing the point, or None at sea.

    >>> country_at(39.03, 125.75).name
    'North Korea'
    """
    tree, shapes = country_tree()
    hits = tree.query(Point(lon, lat), predicate="intersects")
    return shapes[int(hits[0])] if len(hits) else None
