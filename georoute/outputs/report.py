"""The report in every format: the JSON contract (REPORT.md), CSV, GeoJSON, pandas frames.

JSON is strict (no NaN or Infinity: such values are null); CSV cells that a spreadsheet would
run as a formula are neutralised. Files are written atomically (``atomic_write`` for one file,
``georoute.base.fileio.OutputSet`` for the outputs of a run)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import os
import stat
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from georoute._version import __version__
from georoute.base.credits import RAIL_DATA, REPORT_CREDITS

__all__ = [
    "SCHEMA_FILE",
    "atomic_write",
    "claim_row",
    "document_row",
    "finding_row",
    "leg_row",
    "place_mentions",
    "place_row",
    "report_dict",
    "to_csv_text",
    "to_geojson",
    "to_json_text",
    "unplaced_rows",
    "validate",
]

SCHEMA_FILE = Path(__file__).parent.parent / "data" / "report.schema.json"


def strict(value):
    """``value`` made fit for strict JSON: non-finite floats become None, numpy scalars plain
    numbers, tuples lists, dates ISO strings, anything else its ``str``.

    >>> strict({"v": float("inf"), "w": (1, float("nan"))})
    {'v': None, 'w': [1, None]}
    """
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): strict(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [strict(v) for v in items]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalar
        return strict(value.item())
    return str(value)


def dumps(value, indent: int | None = 2) -> str:
    """Strict JSON text (``allow_nan=False``) of ``value``, made strict first."""
    return json.dumps(strict(value), ensure_ascii=False, indent=indent, allow_nan=False)


_CLAIM_KEYS = (
    "id",
    "doc",
    "kind",
    "text",
    "start",
    "end",
    "value",
    "unit",
    "low",
    "high",
    "hedge",
    "same_as",
    "leg",
    "places",
    "mode",
    "relation",
    "speculative",
    "window",
    "zone",
)


# -- rows of the report (one home for each record's serialisation) ---------------------
def document_row(d) -> dict:
    from georoute.text.language import is_english

    return {
        "id": d.id,
        "path": d.path,
        "date": d.date.isoformat() if d.date else None,
        "english": is_english(d.text),
    }


def claim_row(c) -> dict:
    """A claim's row of the report (``Claim.to_dict``)."""
    return c.to_dict()


def unplaced_rows(e) -> list[dict]:
    return [
        {"doc": e.doc, "start": u.start, "end": u.end, "text": u.text, "why": u.why}
        for u in e.unplaced
    ]


def place_row(p, mentions: list[dict], resolution: dict) -> dict:
    return {
        **p.to_dict(),
        "mentions": mentions,
        "alternatives": resolution.get("alternatives", []),
        "reason": resolution.get("reason"),
    }


def place_mentions(e) -> Iterator[tuple[int, dict]]:
    """(place id, mention) for each place claim of one document's extraction."""
    for c in e.claims:
        if c.kind == "place" and c.places:
            yield c.places[0], {"doc": c.doc, "start": c.start, "end": c.end, "text": c.text}


def leg_row(lg) -> dict:
    return {
        "id": lg.id,
        "origin": lg.origin,
        "destination": lg.destination,
        "mode": lg.mode,
        "docs": list(lg.docs),
        "claims": list(lg.claims),
        "trip": lg.trip,
        "inferred": lg.inferred,
        **({"inferred_basis": lg.basis} if lg.basis else {}),
    }


def finding_row(f, fid: str) -> dict:
    return {
        "id": fid,
        "check": f.check,
        "verdict": f.verdict,
        "docs": list(f.docs),
        "claims": list(f.claims),
        "message": f.message,
        "computed": strict(f.computed),
        "legs": list(f.legs),
    }


def report_dict(report) -> dict:
    """The REPORT.md object of ``report``: every row built by the ``*_row`` functions above,
    which the streaming writer of corpora (``georoute.outputs.corpus_out``) shares."""
    from georoute.geo.gazindex import data_versions

    mentions: dict[int, list[dict]] = {}
    for e in report.extractions:
        for pid, m in place_mentions(e):
            mentions.setdefault(pid, []).append(m)
    resolutions: dict[int, dict] = {}
    for e in report.extractions:
        for pid, r in e.resolutions.items():
            resolutions.setdefault(pid, r)
    places = [
        place_row(report.places[pid], mentions.get(pid, []), resolutions.get(pid, {}))
        for pid in sorted(report.places)
    ]
    data = data_versions()
    data["rail"] = RAIL_DATA
    data["attribution"] = REPORT_CREDITS
    return strict(
        {
            "georoute_version": __version__,
            "data": data,
            "documents": [document_row(d) for d in report.documents],
            "errors": [{"path": p, "error": e} for p, e in report.errors],
            "pins": [pin.to_dict() for pin in getattr(report, "pins", ())],
            "places": places,
            "unplaced": [u for e in report.extractions for u in unplaced_rows(e)],
            "claims": [claim_row(c) for c in report.claims],
            "legs": [leg_row(lg) for t in report.trips for lg in t.legs],
            "findings": [finding_row(f, f"F{i}") for i, f in enumerate(report.findings, start=1)],
        }
    )


def to_json_text(report) -> str:
    return dumps(report_dict(report)) + "\n"


#: What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    """A CSV cell that no spreadsheet runs as a formula: a leading ``=``, ``+``, ``-``, ``@``,
    tab or carriage return gets a single quote before it.

    >>> csv_cell("=1+2"), csv_cell("Paris")
    ("'=1+2", 'Paris')
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


CSV_COLUMNS = ("id", "check", "verdict", "docs", "claims", "message", "computed")


def to_csv_text(report) -> str:
    """One row per finding (columns ``CSV_COLUMNS``), every cell neutralised."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(CSV_COLUMNS)
    for i, f in enumerate(report.findings, start=1):
        row = (f"F{i}", f.check, f.verdict, ";".join(f.docs), ";".join(f.claims), f.message)
        out.writerow([csv_cell(v) for v in (*row, dumps(f.computed, indent=None))])
    return buf.getvalue()


#: Points per geodesic leg line (plus its two ends).
GEODESIC_POINTS = 64


def geodesic_line(lat1: float, lon1: float, lat2: float, lon2: float) -> dict:
    """A GeoJSON geometry of the geodesic between two points, cut at the antimeridian
    (RFC 7946, 3.1.9): a LineString, or a MultiLineString when it crosses 180 degrees.

    >>> geodesic_line(35.7, 139.7, 34.05, -118.24)["type"]
    'MultiLineString'
    """
    from georoute.base.geodesy import geodesic_points

    mid = geodesic_points(lat1, lon1, lat2, lon2, GEODESIC_POINTS)
    pts = [(lon1, lat1), *mid, (lon2, lat2)]
    parts: list[list[list[float]]] = [[[pts[0][0], pts[0][1]]]]
    for (xa, ya), (xb, yb) in itertools.pairwise(pts):
        if abs(xb - xa) > 180:
            edge = 180.0 if xa > 0 else -180.0
            xb_unwrapped = xb + (360.0 if xa > 0 else -360.0)
            t = (edge - xa) / (xb_unwrapped - xa)
            lat = ya + t * (yb - ya)
            parts[-1].append([edge, lat])
            parts.append([[-edge, lat]])
        parts[-1].append([xb, yb])
    rounded = [[[round(x, 6), round(y, 6)] for x, y in part] for part in parts]
    if len(rounded) == 1:
        return {"type": "LineString", "coordinates": rounded[0]}
    return {"type": "MultiLineString", "coordinates": rounded}


def _feature(fid: str, geometry: dict | None, properties: dict) -> dict:
    return {"type": "Feature", "id": fid, "geometry": geometry, "properties": properties}


def to_geojson(report) -> str:
    """Places (points), legs (geodesic lines cut at the antimeridian) and findings (the lines
    of their legs, or the points of their claims' places) as an RFC 7946 FeatureCollection.
    Each feature carries an ``id``; findings are numbered F1, F2, ... as in the JSON report."""
    feats = []
    for pid in sorted(report.places):
        p = report.places[pid]
        point = {"type": "Point", "coordinates": [p.lon, p.lat]}
        props = {"kind": "place", "id": p.id, "name": p.name, "country": p.country}
        feats.append(_feature(f"place-{p.id}", point, {**props, "source": p.source}))
    lines: dict[str, dict] = {}
    for t in report.trips:
        for lg in t.legs:
            o, d = report.places.get(lg.origin), report.places.get(lg.destination)
            if not (o and d):
                continue
            lines[lg.id] = geodesic_line(o.lat, o.lon, d.lat, d.lon)
            props = {"kind": "leg", "id": lg.id, "trip": lg.trip, "mode": lg.mode}
            props.update({"origin": o.name, "destination": d.name, "claims": list(lg.claims)})
            feats.append(_feature(f"leg-{lg.id}", lines[lg.id], props))
    claims = {c.id: c for c in report.claims}
    for i, f in enumerate(report.findings, start=1):
        props = {"kind": "finding", "id": f"F{i}", "check": f.check, "verdict": f.verdict}
        props.update({"message": f.message, "docs": list(f.docs), "claims": list(f.claims)})
        feats.append(_feature(f"F{i}", _finding_geometry(f, claims, report.places, lines), props))
    collection = {"type": "FeatureCollection", "features": feats}
    return dumps(collection, indent=None) + "\n"


def _finding_geometry(f, claims, places, lines) -> dict | None:
    parts = [lines[lid] for lid in f.legs if lid in lines]
    if parts:
        if len(parts) == 1:
            return parts[0]
        coords = [
            c
            for g in parts
            for c in (g["coordinates"] if g["type"] == "MultiLineString" else [g["coordinates"]])
        ]
        return {"type": "MultiLineString", "coordinates": coords}
    pids = sorted(
        {pid for cid in f.claims if cid in claims for pid in claims[cid].places if pid in places}
    )
    points = [[places[pid].lon, places[pid].lat] for pid in pids]
    if not points:
        return None
    return {"type": "MultiPoint", "coordinates": points}


def frame(report, table: str):
    """One table of the report (``claims``, ``findings`` or ``legs``) as a pandas DataFrame,
    with the columns of the JSON report (legs also get their endpoints' names)."""
    import pandas as pd

    d = report_dict(report)
    rows = d[table]
    if table == "legs":
        names = {p["id"]: p["name"] for p in d["places"]}
        rows = [
            {
                **r,
                "origin_name": names.get(r["origin"]),
                "destination_name": names.get(r["destination"]),
            }
            for r in rows
        ]
    columns = {
        "claims": list(_CLAIM_KEYS),
        "findings": ["id", "check", "verdict", "docs", "claims", "message", "computed", "legs"],
        "legs": [
            "id",
            "origin",
            "destination",
            "mode",
            "docs",
            "claims",
            "trip",
            "inferred",
            "origin_name",
            "destination_name",
        ],
    }[table]
    return pd.DataFrame(rows, columns=columns)


def atomic_write(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half a file.

    A replaced file keeps its mode; a new one gets the mode a plain open() would give. A
    symlink, device, FIFO or folder at ``path`` is refused (UsageError), never replaced."""
    from georoute.base.errors import UsageError
    from georoute.base.fileio import file_kind

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        st = os.lstat(path)
        mode = stat.S_IMODE(st.st_mode)
        if not stat.S_ISREG(st.st_mode):
            raise UsageError(f"cannot write {path}: it is a {file_kind(st.st_mode)}")
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600)
        os.chmod(tmp, mode)
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
