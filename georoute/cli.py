"""The ``georoute`` command line: a thin layer over the public API. Entry point ``main(argv)``.

Exit codes (``cli_options``): 0 ran; 1 some finding inconsistent with ``--fail-on``; 2 usage
error or an unreadable input / unwritable output; 3 place not found or no route.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from georoute.base.credits import RAIL_CREDIT
from georoute.base.errors import GeorouteError
from georoute.cli_options import (
    EXIT_CODES,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    json_parser,
    output,
    quiet_parser,
    serve_options,
)
from georoute.outputs.terminal import clean, eprint

__all__ = ["main"]


def _say(args: argparse.Namespace, outputs, line: str = "") -> None:
    """A line of the human report: on standard output, unless --quiet or an output goes there."""
    if not args.quiet and not outputs.to_stdout:
        print(clean(line, keep_lines=True))


def _cmd_resolve(args: argparse.Namespace) -> int:
    from georoute.base.fileio import OutputSet
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.outputs.report import dumps

    outputs = OutputSet()
    outputs.add("json", args.json)
    gaz = default_gazetteer()
    res = gaz.resolve(args.name, context=args.context)
    if res.place is None:
        close = gaz.suggest(args.name)
        hint = f" Closest names: {', '.join(close)}." if close else ""
        if args.json:
            found = {"query": args.name, "place": None, "reason": res.reason, "closest": close}
            outputs.stage("json", dumps(found) + "\n")
            outputs.commit()
        eprint(f"not found: {args.name!r}.{hint}")
        return EXIT_NOT_FOUND
    if args.json:
        out = {
            "query": res.query,
            "place": res.place.to_dict(),
            "reason": res.reason,
            "alternatives": [
                {**c.place.to_dict(), "score": c.score} for c in res.alternatives[:20]
            ],
        }
        outputs.stage("json", dumps(out) + "\n")
        outputs.commit()
    p = res.place
    _say(args, outputs, f"{p.name} ({p.country})  {p.lat:.5f}, {p.lon:.5f}")
    _say(args, outputs, f"  time zone: {p.timezone or 'unknown'}")
    _say(args, outputs, f"  source:    {p.source}")
    _say(args, outputs, f"  kinds:     {', '.join(p.kinds)}")
    _say(args, outputs, f"  why:       {res.reason}")
    if res.alternatives:
        _say(args, outputs, f"  alternatives ({len(res.alternatives)}):")
        for c in res.alternatives[:10]:
            q = c.place
            _say(
                args,
                outputs,
                f"    {q.name} ({q.country}) {q.lat:.3f}, {q.lon:.3f}  score {c.score:.1f}  {q.source}",
            )
    return EXIT_OK


def _cmd_route(args: argparse.Namespace) -> int:
    from georoute.base.fileio import OutputSet
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.outputs.report import dumps
    from georoute.rail import RouteError, places_passed, rail_network

    outputs = OutputSet()
    outputs.add("json", args.json)
    outputs.add("geojson", args.geojson)
    gaz = default_gazetteer()
    names = [args.origin, *args.via, args.destination]
    context = " ".join(names)
    places = []
    for name in names:
        res = gaz.resolve(name, context=context)
        if res.place is None:
            close = gaz.suggest(name)
            eprint(
                f"not found: {name!r}." + (f" Closest names: {', '.join(close)}." if close else "")
            )
            return EXIT_NOT_FOUND
        places.append(res.place)
    try:
        route = rail_network().route(places, constrain=not args.any_country)
    except RouteError as exc:
        eprint(f"no route: {exc}")
        return EXIT_NOT_FOUND
    passed = places_passed(route, gaz, exclude=tuple(places))
    out = {
        "places": [p.to_dict() for p in places],
        "passes": [
            {"name": p.name, "country": p.country, "km_from_start": round(km, 1)}
            for p, km in passed
        ],
        "length_km": round(route.length_km, 3),
        "countries": list(route.countries),
        "crossings": [
            {"from": a, "to": b, "lat": la, "lon": lo} for a, b, la, lo in route.crossings
        ],
        "snaps": [{"place": s.place, "km": round(s.km, 3)} for s in route.snaps],
        "bridges": [{"lat": la, "lon": lo, "km": round(km, 3)} for la, lo, km in route.bridges],
        "notes": list(route.notes),
        "attribution": RAIL_CREDIT,
    }
    if args.geojson:
        feature = {
            "type": "Feature",
            "id": "route",
            "geometry": {
                "type": "LineString",
                "coordinates": [[lo, la] for la, lo in route.coords],
            },
            "properties": {k: v for k, v in out.items() if k != "places"},
        }
        collection = {"type": "FeatureCollection", "features": [feature]}
        outputs.stage("geojson", dumps(collection, indent=None) + "\n")
    if args.json:
        outputs.stage("json", dumps(out) + "\n")
    outputs.commit()
    _say(args, outputs, f"{' -> '.join(p.name for p in places)}: {route.length_km:,.1f} km by rail")
    _say(args, outputs, f"  countries: {' -> '.join(route.countries)}")
    for a, b, la, lo in route.crossings:
        _say(args, outputs, f"  border {a} -> {b} at {la:.3f}, {lo:.3f}")
    if passed:
        _say(
            args, outputs, "  passes: " + ", ".join(f"{p.name} ({km:,.0f} km)" for p, km in passed)
        )
    for s in route.snaps:
        _say(args, outputs, f"  {s.place} snapped {s.km:.2f} km to the network")
    for la, lo, km in route.bridges:
        _say(args, outputs, f"  bridged a {km * 1000:.0f} m gap at {la:.3f}, {lo:.3f}")
    for note in route.notes:
        _say(args, outputs, f"  note: {note}")
    _say(args, outputs, f"  rail data {RAIL_CREDIT}")
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    """argparse, with its messages (which repeat what was typed) cleaned for the terminal."""

    def _print_message(self, message: str, file=None) -> None:
        super()._print_message(clean(message, keep_lines=True), file)


class _Version(argparse.Action):
    """``--version``: print the versions of georoute and its data, and exit."""

    def __init__(
        self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None
    ):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from georoute.versions import show_versions

        print(show_versions())
        parser.exit(EXIT_OK)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="georoute",
        description="Offline verifier of travel claims in news text.",
        epilog=EXIT_CODES
        + " Outputs: FILE, or - for standard output; inputs: - is standard input.",
    )
    parser.add_argument(
        "--version", action=_Version, help="print versions of georoute and its data"
    )
    sub = parser.add_subparsers(dest="command")
    quiet = quiet_parser()

    p = sub.add_parser(
        "resolve",
        parents=[quiet, json_parser("the place and its alternatives as JSON")],
        help="resolve a place name with the offline gazetteer",
        epilog=EXIT_CODES,
    )
    p.add_argument("name")
    p.add_argument("--context", help="text around the name (other places, feature words)")
    p.set_defaults(func=_cmd_resolve)

    p = sub.add_parser(
        "route",
        parents=[quiet, json_parser("the route as JSON")],
        help="rail route between two places over the OpenStreetMap network",
        epilog=EXIT_CODES,
    )
    p.add_argument("origin")
    p.add_argument("destination")
    p.add_argument(
        "--via", action="append", default=[], metavar="PLACE", help="waypoint (repeatable)"
    )
    p.add_argument(
        "--any-country", action="store_true", help="allow transit through third countries"
    )
    output(p, "--geojson", "the route geometry as GeoJSON")
    p.set_defaults(func=_cmd_route)

    from georoute import cli_verify

    cli_verify.add_commands(sub, quiet)

    p = sub.add_parser("serve", help="local web app: paste or drop articles, get the report page")
    serve_options(p)
    p.set_defaults(func=_cmd_serve)
    return parser


def _cmd_serve(args: argparse.Namespace) -> int:
    """``georoute serve``: the web app is imported only by this command."""
    from georoute import serve

    return serve.main(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help and --version
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except GeorouteError as exc:
        eprint(f"georoute: error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # a disk full or a folder removed while writing
        eprint(f"georoute: error: {exc.filename or ''}: {exc.strerror or exc}")
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
