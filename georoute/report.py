"""The report in every format: the JSON contract (REPORT.md), CSV, GeoJSON and the terminal.
All files are written atomically (temporary file in the same folder, then rename)."""

from __future__ import annotations

import json
import math
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from ._version import __version__

__all__ = [
    "SCHEMA_FILE",
    "atomic_write",
    "report_dict",
    "to_csv_text",
    "to_geojson",
    "to_json_text",
    "validate",
]

SCHEMA_FILE = Path(__file__).parent / "data" / "report.schema.json"


def _num(x):
    if isinstance(x, float) and math.isinf(x):
        return None
    return x


def report_dict(report) -> dict:
    from .gazindex import data_versions

    mentions: dict[int, list[dict]] = {}
    for e in report.extractions:
        for c in e.claims:
            if c.kind == "place" and c.places:
                mentions.setdefault(c.places[0], []).append(
                    {"doc": c.doc, "start": c.start, "end": c.end, "text": c.text}
                )
    resolutions: dict[int, dict] = {}
    for e in report.extractions:
        for pid, r in e.resolutions.items():
            resolutions.setdefault(pid, r)
    places = []
    for pid in sorted(report.places):
        p = report.places[pid]
        places.append(
            {
                "id": p.id,
                "name": p.name,
                "lat": p.lat,
                "lon": p.lon,
                "country": p.country,
                "timezone": p.timezone,
                "source": p.source,
                "kinds": list(p.kinds),
                "population": p.population,
                "mentions": mentions.get(pid, []),
                "alternatives": resolutions.get(pid, {}).get("alternatives", []),
                "reason": resolutions.get(pid, {}).get("reason"),
            }
        )
    claims = []
    for c in report.claims:
        claims.append(
            {
                "id": c.id,
                "doc": c.doc,
                "kind": c.kind,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "value": c.value,
                "unit": c.unit,
                "low": _num(c.low),
                "high": _num(c.high),
                "hedge": c.hedge,
                "same_as": c.same_as,
                "leg": c.leg,
                "places": list(c.places),
                "mode": c.mode,
                "relation": c.relation,
                "speculative": c.speculative,
                "window": [c.begin.isoformat(), c.until.isoformat()]
                if c.begin and c.until
                else None,
                "zone": c.zone,
            }
        )
    unplaced = [
        {"doc": e.doc, "start": u.start, "end": u.end, "text": u.text, "why": u.why}
        for e in report.extractions
        for u in e.unplaced
    ]
    legs = []
    for t in report.trips:
        for lg in t.legs:
            legs.append(
                {
                    "id": lg.id,
                    "origin": lg.origin,
                    "destination": lg.destination,
                    "mode": lg.mode,
                    "docs": list(lg.docs),
                    "claims": list(lg.claims),
                    "trip": lg.trip,
                    "inferred": lg.inferred,
                }
            )
    findings = []
    for i, f in enumerate(report.findings, start=1):
        findings.append(
            {
                "id": f"F{i}",
                "check": f.check,
                "verdict": f.verdict,
                "docs": list(f.docs),
                "claims": list(f.claims),
                "message": f.message,
                "computed": f.computed,
                "legs": list(f.legs),
            }
        )
    data = data_versions()
    data["rail"] = "scgraph-data 2.0.0 world_railways (OpenStreetMap, ODbL 1.0)"
    data["attribution"] = (
        "GeoNames (CC BY 4.0); Natural Earth (public domain); © OpenStreetMap contributors (ODbL) for rail data"
    )
    return {
        "georoute_version": __version__,
        "data": data,
        "documents": [
            {"id": d.id, "path": d.path, "date": d.date.isoformat() if d.date else None}
            for d in report.documents
        ],
        "errors": [{"path": p, "error": e} for p, e in report.errors],
        "places": places,
        "unplaced": unplaced,
        "claims": claims,
        "legs": legs,
        "findings": findings,
    }


def to_json_text(report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def to_csv_text(report) -> str:
    import pandas as pd

    rows = [
        {
            "id": f"F{i}",
            "check": f.check,
            "verdict": f.verdict,
            "docs": ";".join(f.docs),
            "claims": ";".join(f.claims),
            "message": f.message,
            "computed": json.dumps(f.computed, ensure_ascii=False),
        }
        for i, f in enumerate(report.findings, start=1)
    ]
    return pd.DataFrame(
        rows, columns=["id", "check", "verdict", "docs", "claims", "message", "computed"]
    ).to_csv(index=False)


def to_geojson(report) -> str:
    feats = []
    for pid in sorted(report.places):
        p = report.places[pid]
        feats.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                "properties": {
                    "kind": "place",
                    "id": p.id,
                    "name": p.name,
                    "country": p.country,
                    "source": p.source,
                },
            }
        )
    for t in report.trips:
        for lg in t.legs:
            o, d = report.places.get(lg.origin), report.places.get(lg.destination)
            if o and d:
                feats.append(
                    {
                        "type": "Feature",
                        "geometry": {
                            "type": "LineString",
                            "coordinates": [[o.lon, o.lat], [d.lon, d.lat]],
                        },
                        "properties": {
                            "kind": "leg",
                            "id": lg.id,
                            "trip": lg.trip,
                            "mode": lg.mode,
                            "claims": list(lg.claims),
                        },
                    }
                )
    return (
        json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False, indent=1)
        + "\n"
    )


def atomic_write(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def validate(report_json: dict) -> None:
    """Validate a report dict against the shipped JSON Schema (raises jsonschema.ValidationError)."""
    import jsonschema

    jsonschema.validate(report_json, _schema())
