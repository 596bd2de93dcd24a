"""CLI commands that read articles: ``verify``, ``claims`` and ``places``.

Output paths are checked before any work, and the outputs of a run are committed together
(``georoute.base.fileio.OutputSet``). One article that cannot be read or verified is named on
standard error and makes the exit code 2; the others are verified and the outputs written.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator

from georoute.base.errors import GeorouteError
from georoute.cli_options import (
    EXIT_CODES,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    articles_parser,
    json_parser,
    output,
)
from georoute.outputs.terminal import clean, eprint

__all__ = ["add_commands"]

#: Show a progress bar (on stderr) from this many documents on.
PROGRESS_FROM = 20


def _report_errors(errors) -> None:
    for path, why in errors:
        eprint(f"georoute: cannot verify {path}: {why}")


def _load(args: argparse.Namespace):
    from georoute.base.documents import load_documents

    return load_documents(args.paths, args.date)


def _rows_out(args: argparse.Namespace, outputs, rows: list[dict], line) -> None:
    from georoute.outputs.report import dumps

    if args.json:
        outputs.stage("json", dumps(rows) + "\n")
    outputs.commit()
    if not args.quiet and not outputs.to_stdout:
        for r in rows:
            text = line(r)
            if text is not None:
                print(clean(text))


def _cmd_places(args: argparse.Namespace) -> int:
    from georoute.base.fileio import OutputSet
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.geo.mentions import find_mentions
    from georoute.geo.pins import pinned

    outputs = OutputSet()
    outputs.add("json", args.json)
    outputs.refuse_inputs(args.paths)
    loaded = _load(args)
    errors = list(loaded.errors)
    gaz = pinned(default_gazetteer(), args.place)
    rows = []
    for doc in loaded.documents:
        try:
            mentions = find_mentions(doc.text, gaz)
        except Exception as exc:  # one article must not take the run down
            errors.append((doc.path or doc.id, f"{type(exc).__name__}: {exc}"))
            continue
        for m in mentions:
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

    def line(r: dict) -> str:
        return (
            f"{r['doc']:<24} {r['start']:>5}-{r['end']:<5} {r['text']:<20} -> "
            f"{r['place']} ({r['country']}) {r['lat']:.4f}, {r['lon']:.4f}  {r['source']}"
        )

    _rows_out(args, outputs, rows, line)
    _report_errors(errors)
    return EXIT_USAGE if errors or not loaded.documents else EXIT_OK


_CLAIM_FIELDS = (
    "id", "doc", "kind", "text", "start", "end", "value", "unit", "low", "high", "hedge",
    "same_as", "leg", "places", "mode", "relation",
)  # fmt: skip


def _cmd_claims(args: argparse.Namespace) -> int:
    from georoute.base.fileio import OutputSet
    from georoute.extraction.extract import extract_document
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.geo.pins import pinned

    outputs = OutputSet()
    outputs.add("json", args.json)
    outputs.refuse_inputs(args.paths)
    loaded = _load(args)
    errors = list(loaded.errors)
    gaz = pinned(default_gazetteer(), args.place)
    rows = []
    for doc in loaded.documents:
        try:
            claims = extract_document(doc, gaz).claims
        except Exception as exc:  # one article must not take the run down
            errors.append((doc.path or doc.id, f"{type(exc).__name__}: {exc}"))
            continue
        for c in claims:
            row = c.to_dict()
            rows.append({k: row[k] for k in _CLAIM_FIELDS})

    def line(r: dict) -> str | None:
        if r["kind"] == "place" and not r["relation"]:
            return None
        high = "inf" if r["high"] is None else f"{r['high']:g}"  # "over two days": no upper end
        rng = f"[{r['low']:g}, {high}]" if r["low"] is not None else ""
        return (
            f"{r['id']:<30} {r['kind']:<9} {r['text']!r:<32} {r['unit'] or '':<5} {rng:<18} "
            f"{r['hedge'] or '':<10} {r['relation'] or ''} {r['leg'] or ''}"
        )

    _rows_out(args, outputs, rows, line)
    _report_errors(errors)
    return EXIT_USAGE if errors or not loaded.documents else EXIT_OK


def _verify_with_progress(args: argparse.Namespace):
    from georoute.verify import verify

    with progress_bar(args, "reading articles") as step:
        return verify(paths=args.paths, date=args.date, progress=step, pins=args.place)


#: The report files ``verify`` writes: option -> what.
_VERIFY_OUTPUTS = {
    "json": "the JSON report (REPORT.md contract)",
    "csv": "one CSV row per finding",
    "geojson": "places, legs and findings as GeoJSON (RFC 7946)",
    "map": "the HTML map, which opens with no network",
    "html": "the annotated report page (articles, findings and map in one offline HTML file)",
}


def _cmd_verify(args: argparse.Namespace) -> int:
    from georoute import cli_corpus  # corpora, --engine dask, --parquet (issue 14)
    from georoute.base.fileio import OutputSet
    from georoute.outputs.report import to_csv_text, to_geojson, to_json_text
    from georoute.outputs.terminal import print_report
    from georoute.verify import LazyRouter

    if cli_corpus.wants(args):
        return cli_corpus.cmd_verify(args)
    outputs = OutputSet()
    for name in _VERIFY_OUTPUTS:
        outputs.add(name, getattr(args, name))
    outputs.refuse_inputs(args.paths)
    report = _verify_with_progress(args)

    def report_page(report) -> str:
        from georoute.outputs.reportpage import report_page

        return report_page(report)

    writers = {"json": to_json_text, "csv": to_csv_text, "geojson": to_geojson, "html": report_page}
    name = ""
    try:
        for name, write in writers.items():
            if getattr(args, name):
                outputs.stage(name, write(report))
        if args.map:
            from georoute.outputs.render import render_map

            name, router = "map", LazyRouter()
            outputs.stage_file("map", lambda path: render_map(report, path, router=router))
        outputs.commit()
    except (GeorouteError, OSError):
        raise
    except Exception as exc:  # a renderer's bug must cost a clear message, not a traceback
        raise GeorouteError(
            f"--{name} could not be written ({type(exc).__name__}: {exc}); no output was written"
        ) from exc
    finally:
        outputs.discard()
    if not args.quiet and not outputs.to_stdout:
        print_report(report)
        if args.map:
            eprint(f"map written to {args.map}")
    _report_errors(report.errors)
    if report.errors or not report.documents:
        return EXIT_USAGE
    if args.fail_on == "inconsistent" and any(f.verdict == "inconsistent" for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction, quiet: argparse.ArgumentParser) -> None:
    """Register the article commands; ``quiet`` is the shared ``--quiet`` parent parser."""
    articles = articles_parser()
    p = sub.add_parser(
        "verify",
        parents=[articles, quiet],
        help="check the travel claims of articles against each other",
        epilog=EXIT_CODES,
    )
    for name, what in _VERIFY_OUTPUTS.items():
        output(p, f"--{name}", what)
    p.add_argument(
        "--fail-on", choices=["inconsistent"], help="exit 1 when any finding is inconsistent"
    )
    from georoute.cli_corpus import add_options

    add_options(p)
    p.set_defaults(func=_cmd_verify)

    p = sub.add_parser(
        "claims",
        parents=[articles, quiet, json_parser("the claims as JSON")],
        help="list the claims extracted from articles",
        epilog=EXIT_CODES,
    )
    p.set_defaults(func=_cmd_claims)

    p = sub.add_parser(
        "places",
        parents=[articles, quiet, json_parser("the places as JSON")],
        help="list and resolve the places named in articles",
        epilog=EXIT_CODES,
    )
    p.set_defaults(func=_cmd_places)


@contextlib.contextmanager
def progress_bar(args, label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on standard error counting ``label`` (documents or articles), shown from
    PROGRESS_FROM of them on; None with ``--quiet``."""
    if args.quiet:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = None

        def step(done: int, total: int) -> None:
            nonlocal task
            if total < PROGRESS_FROM:
                return
            if task is None:
                task = bar.add_task(label, total=total)
            bar.update(task, completed=done)

        yield step
