"""Outputs: the report formats (JSON, CSV, GeoJSON, frames), the terminal report, the HTML map
and its assets, the report page, corpus output streams."""
