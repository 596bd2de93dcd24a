"""CLI commands that read articles: ``places`` (and, as they land, ``claims`` and ``verify``)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

__all__ = ["add_commands"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from exc


def _report_errors(errors) -> None:
    for path, why in errors:
        print(f"georoute: cannot verify {path}: {why}", file=sys.stderr)


def _cmd_places(args: argparse.Namespace) -> int:
    from .documents import load_documents
    from .gazetteer import default_gazetteer
    from .mentions import find_mentions

    loaded = load_documents(args.paths, args.date)
    gaz = default_gazetteer()
    rows = []
    for doc in loaded.documents:
        for m in find_mentions(doc.text, gaz):
            p = m.place
            rows.append(
                {
                    "doc": doc.id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "place": p.name,
                    "country": p.country,
                    "lat": p.lat,
                    "lon": p.lon,
                    "timezone": p.timezone,
                    "source": p.source,
                    "reason": m.resolution.reason,
                }
            )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(
                f"{r['doc']:<24} {r['start']:>5}-{r['end']:<5} {r['text']:<20} -> "
                f"{r['place']} ({r['country']}) {r['lat']:.4f}, {r['lon']:.4f}  {r['source']}"
            )
    _report_errors(loaded.errors)
    return 2 if loaded.errors else 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the article commands."""
    p = sub.add_parser("places", help="list and resolve the places named in articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt articles or folders of them")
    p.add_argument("--date", type=_date, help="dateline for articles that have none (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_places)
