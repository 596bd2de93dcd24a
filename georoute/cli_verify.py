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


def _cmd_claims(args: argparse.Namespace) -> int:
    from .documents import load_documents
    from .extract import extract_document
    from .gazetteer import default_gazetteer

    loaded = load_documents(args.paths, args.date)
    gaz = default_gazetteer()
    rows = []
    for doc in loaded.documents:
        for c in extract_document(doc, gaz).claims:
            rows.append(
                {
                    "id": c.id,
                    "doc": c.doc,
                    "kind": c.kind,
                    "text": c.text,
                    "start": c.start,
                    "end": c.end,
                    "value": c.value,
                    "unit": c.unit,
                    "low": c.low,
                    "high": c.high,
                    "hedge": c.hedge,
                    "same_as": c.same_as,
                    "leg": c.leg,
                    "places": list(c.places),
                    "mode": c.mode,
                    "relation": c.relation,
                }
            )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        for r in rows:
            if r["kind"] == "place" and not r["relation"]:
                continue
            rng = f"[{r['low']:g}, {r['high']:g}]" if r["low"] is not None else ""
            print(
                f"{r['id']:<30} {r['kind']:<9} {r['text']!r:<32} {r['unit'] or '':<5} {rng:<18} "
                f"{r['hedge'] or '':<10} {r['relation'] or ''} {r['leg'] or ''}"
            )
    _report_errors(loaded.errors)
    return 2 if loaded.errors else 0


#: Show a progress bar (on stderr) from this many documents on.
PROGRESS_FROM = 20


def _verify_with_progress(paths, date):
    from rich.console import Console
    from rich.progress import Progress

    from .verify import verify

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = None

        def step(done: int, total: int) -> None:
            nonlocal task
            if total < PROGRESS_FROM:
                return
            if task is None:
                task = bar.add_task("reading articles", total=total)
            bar.update(task, completed=done)

        return verify(paths, date=date, progress=step)


def _cmd_verify(args: argparse.Namespace) -> int:
    from . import cli_corpus  # corpora, --engine dask, --parquet (issue 14)
    from .report import atomic_write, to_csv_text, to_geojson, to_json_text
    from .terminal import print_report

    if cli_corpus.wants(args):
        return cli_corpus.cmd_verify(args)
    report = _verify_with_progress(args.paths, args.date)
    if args.json:
        atomic_write(args.json, to_json_text(report))
    if args.csv:
        atomic_write(args.csv, to_csv_text(report))
    if args.geojson:
        atomic_write(args.geojson, to_geojson(report))
    if args.map:
        from .render import render_map

        render_map(report, args.map)
        print(f"map written to {args.map}", file=sys.stderr)
    print_report(report)
    _report_errors(report.errors)
    if report.errors or not report.documents:
        return 2
    if args.fail_on == "inconsistent" and any(f.verdict == "inconsistent" for f in report.findings):
        return 1
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the article commands."""
    p = sub.add_parser("verify", help="check the travel claims of articles against each other")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt articles or folders of them")
    p.add_argument("--date", type=_date, help="dateline for articles that have none (YYYY-MM-DD)")
    p.add_argument("--json", metavar="FILE", help="write the JSON report (REPORT.md contract)")
    p.add_argument("--csv", metavar="FILE", help="write one row per finding")
    p.add_argument("--geojson", metavar="FILE", help="write places and legs as GeoJSON")
    p.add_argument(
        "--fail-on", choices=["inconsistent"], help="exit 1 when any finding is inconsistent"
    )
    p.add_argument(
        "--map",
        nargs="?",
        const="maps/georoute.html",
        metavar="FILE",
        help="write the HTML map (default maps/georoute.html); it opens with no network",
    )
    from .cli_corpus import add_options

    add_options(p)
    p.set_defaults(func=_cmd_verify)

    p = sub.add_parser("claims", help="list the claims extracted from articles")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--date", type=_date, help="dateline for articles that have none (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_claims)

    p = sub.add_parser("places", help="list and resolve the places named in articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt articles or folders of them")
    p.add_argument("--date", type=_date, help="dateline for articles that have none (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_places)
