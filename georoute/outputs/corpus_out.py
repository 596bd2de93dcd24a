"""Outputs for corpora: the JSON report written streaming, and Parquet tables.

:func:`write_json_stream` writes the object of ``REPORT.md`` (the keys and items of
:func:`georoute.outputs.report.report_dict`) one array item at a time, strict JSON (``allow_nan=False``),
through a temporary file and a rename. :func:`report_sections` gives those sections for an
in-process :class:`georoute.verify.Report`; the Dask engine gives them partition by partition.

:func:`write_parquet_part` writes one partition of the ``claims``, ``legs`` or ``findings``
table as ``DIR/TABLE/part-NNNNN.parquet`` (pyarrow, imported only here), with a fixed schema so
that every part, empty ones included, reads as one dataset.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from georoute.base.credits import RAIL_DATA, REPORT_CREDITS
from georoute.outputs.report import (
    claim_row,
    document_row,
    finding_row,
    leg_row,
    place_mentions,
    place_row,
    unplaced_rows,
)

__all__ = [
    "SECTIONS",
    "TABLES",
    "claim_row",
    "document_row",
    "finding_row",
    "leg_row",
    "place_row",
    "report_sections",
    "unplaced_rows",
    "write_json_stream",
    "write_parquet_part",
]

#: The report's arrays, in the order ``report_dict`` writes them.
SECTIONS = ("documents", "errors", "pins", "places", "unplaced", "claims", "legs", "findings")


def header() -> dict:
    """The report's leading fields: version and data versions with attributions."""
    from georoute._version import __version__
    from georoute.geo.gazindex import data_versions

    data = data_versions()
    data["rail"] = RAIL_DATA
    data["attribution"] = REPORT_CREDITS
    return {"georoute_version": __version__, "data": data}


def report_sections(report) -> dict[str, Callable[[], Iterable[dict]]]:
    """The arrays of an in-process report, each a callable giving its items lazily."""

    def places() -> Iterator[dict]:
        mentions: dict[int, list[dict]] = {}
        resolutions: dict[int, dict] = {}
        for e in report.extractions:
            for pid, m in place_mentions(e):
                mentions.setdefault(pid, []).append(m)
            for pid, r in e.resolutions.items():
                resolutions.setdefault(pid, r)
        for pid in sorted(report.places):
            yield place_row(report.places[pid], mentions.get(pid, []), resolutions.get(pid, {}))

    return {
        "documents": lambda: (document_row(d) for d in report.documents),
        "errors": lambda: ({"path": p, "error": e} for p, e in report.errors),
        "pins": lambda: (pin.to_dict() for pin in getattr(report, "pins", ())),
        "places": places,
        "unplaced": lambda: (u for e in report.extractions for u in unplaced_rows(e)),
        "claims": lambda: (claim_row(c) for e in report.extractions for c in e.claims),
        "legs": lambda: (leg_row(lg) for t in report.trips for lg in t.legs),
        "findings": lambda: (
            finding_row(f, f"F{i}") for i, f in enumerate(report.findings, start=1)
        ),
    }


def write_json_stream(
    path: str | Path, sections: dict[str, Callable[[], Iterable[dict]]], head: dict | None = None
) -> int:
    """Write the report object to ``path`` item by item; return the number of items written.

    ``sections`` maps each name of :data:`SECTIONS` to a callable giving that array's items (a
    missing one is written empty). Written atomically; a value that is not strict JSON (NaN,
    infinity) raises ``ValueError`` and leaves no file behind.
    """
    head = header() if head is None else head
    if str(path) == "-":  # standard output, streamed as written
        import sys

        count = _write_report(sys.stdout, head, sections)
        sys.stdout.flush()
        return count
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            count = _write_report(fh, head, sections)
            fh.flush()
            os.fsync(fh.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _write_report(fh, head: dict, sections: dict[str, Callable[[], Iterable[dict]]]) -> int:
    count = 0
    fh.write("{\n")
    for key, value in head.items():
        fh.write(f"  {_dump(key)}: {_dump(value)},\n")
    for si, name in enumerate(SECTIONS):
        fh.write(f"  {_dump(name)}: [")
        sep = "\n    "
        for item in sections.get(name, tuple)():
            fh.write(sep)
            fh.write(_dump(item))
            sep = ",\n    "
            count += 1
        fh.write("\n  ]" if sep != "\n    " else "]")
        fh.write(",\n" if si < len(SECTIONS) - 1 else "\n")
    fh.write("}\n")
    return count


def _dump(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, allow_nan=False)


# -- Parquet ------------------------------------------------------------------------------------

#: The Parquet tables and their columns (JSON-valued columns are stored as JSON text).
TABLES = ("claims", "legs", "findings")


def _schema(table: str):
    import pyarrow as pa

    s, i64, f64, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    fields = {
        "claims": [
            ("id", s),
            ("doc", s),
            ("kind", s),
            ("text", s),
            ("start", i64),
            ("end", i64),
            ("value", f64),  # the value as a number, null when it is a word (a direction)
            ("value_text", s),  # the value as written in the report (JSON)
            ("unit", s),
            ("low", f64),
            ("high", f64),
            ("hedge", s),
            ("same_as", s),
            ("leg", s),
            ("places", pa.list_(i64)),
            ("mode", s),
            ("relation", s),
            ("speculative", b),
            ("window_begin", s),
            ("window_until", s),
            ("zone", s),
        ],
        "legs": [
            ("id", s),
            ("origin", i64),
            ("destination", i64),
            ("mode", s),
            ("docs", pa.list_(s)),
            ("claims", pa.list_(s)),
            ("trip", s),
            ("inferred", b),
        ],
        "findings": [
            ("id", s),
            ("check", s),
            ("verdict", s),
            ("docs", pa.list_(s)),
            ("claims", pa.list_(s)),
            ("message", s),
            ("computed", s),  # JSON text
            ("legs", pa.list_(s)),
        ],
    }[table]
    return pa.schema(fields)


def _parquet_record(table: str, row: dict) -> dict:
    """A report row (``claim_row``, ``leg_row``, ``finding_row``) as a Parquet record."""
    if table == "claims":
        rec = dict(row)
        v = rec.pop("value")
        rec["value"] = float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
        rec["value_text"] = None if v is None else _dump(v)
        window = rec.pop("window") or (None, None)
        rec["window_begin"], rec["window_until"] = window
        return rec
    if table == "findings":
        return {**row, "computed": _dump(row["computed"])}
    return row


def write_parquet_part(root: str | Path, table: str, part: int, rows: Iterable[dict]) -> Path:
    """Write ``rows`` (report rows of ``table``) as ``root/table/part-NNNNN.parquet``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if table not in TABLES:
        raise ValueError(f"table must be one of {TABLES}, got {table!r}")
    schema = _schema(table)
    records = [_parquet_record(table, r) for r in rows]
    out = Path(root) / table / f"part-{part:05d}.parquet"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    pq.write_table(pa.Table.from_pylist(records, schema=schema), tmp)
    os.replace(tmp, out)  # a retried task rewrites its part whole, never half
    return out
