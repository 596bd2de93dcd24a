"""Where the shipped data comes from, said once: every output that credits it uses these."""

from __future__ import annotations

__all__ = ["MAP_CREDIT", "RAIL_CREDIT", "RAIL_DATA", "REPORT_CREDITS", "TILES_CREDIT"]

#: The rail data set and its licence (reports' ``data.rail``, ``--version``).
RAIL_DATA = "scgraph-data 2.0.0 world_railways (OpenStreetMap, ODbL 1.0)"
#: The credit every rail route carries (CLI, map popups).
RAIL_CREDIT = "© OpenStreetMap contributors (ODbL 1.0)"
#: Reports' ``data.attribution``: every data set a finding may rest on.
REPORT_CREDITS = (
    "GeoNames (CC BY 4.0); Natural Earth (public domain); "
    "© OpenStreetMap contributors (ODbL) for rail data"
)
#: The map's attribution line.
MAP_CREDIT = (
    f"Rail {RAIL_CREDIT} | Basemap Natural Earth (public domain) | Places GeoNames (CC BY 4.0)"
)
#: The online OpenStreetMap tile layer a map may switch to.
TILES_CREDIT = "© OpenStreetMap contributors"
