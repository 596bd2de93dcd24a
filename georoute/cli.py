"""The ``georoute`` command line: a thin layer over the public API. Entry point ``main(argv)``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .errors import GeorouteError

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _place_dict(place) -> dict:
    return {
        "id": place.id,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "timezone": place.timezone,
        "source": place.source,
        "kinds": list(place.kinds),
        "population": place.population,
    }


def _cmd_resolve(args: argparse.Namespace) -> int:
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    res = gaz.resolve(args.name, context=args.context)
    if res.place is None:
        close = gaz.suggest(args.name)
        hint = f" Closest names: {', '.join(close)}." if close else ""
        if args.json:
            print(
                json.dumps(
                    {"query": args.name, "place": None, "reason": res.reason, "closest": close}
                )
            )
        else:
            print(f"not found: {args.name!r}.{hint}", file=sys.stderr)
        return EXIT_FINDINGS
    if args.json:
        out = {
            "query": res.query,
            "place": _place_dict(res.place),
            "reason": res.reason,
            "alternatives": [
                {**_place_dict(c.place), "score": c.score} for c in res.alternatives[:20]
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    p = res.place
    print(f"{p.name} ({p.country})  {p.lat:.5f}, {p.lon:.5f}")
    print(f"  time zone: {p.timezone or 'unknown'}")
    print(f"  source:    {p.source}")
    print(f"  kinds:     {', '.join(p.kinds)}")
    print(f"  why:       {res.reason}")
    if res.alternatives:
        print(f"  alternatives ({len(res.alternatives)}):")
        for c in res.alternatives[:10]:
            q = c.place
            print(
                f"    {q.name} ({q.country}) {q.lat:.3f}, {q.lon:.3f}  score {c.score:.1f}  {q.source}"
            )
    return EXIT_OK


def _cmd_route(args: argparse.Namespace) -> int:
    from .gazetteer import default_gazetteer
    from .rail import RouteError, rail_network
    from .report import atomic_write

    gaz = default_gazetteer()
    names = [args.origin, *args.via, args.destination]
    context = " ".join(names)
    places = []
    for name in names:
        res = gaz.resolve(name, context=context)
        if res.place is None:
            close = gaz.suggest(name)
            print(
                f"not found: {name!r}." + (f" Closest names: {', '.join(close)}." if close else ""),
                file=sys.stderr,
            )
            return EXIT_FINDINGS
        places.append(res.place)
    try:
        route = rail_network().route(places, constrain=not args.any_country)
    except RouteError as exc:
        print(f"no route: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    from .rail import places_passed

    passed = places_passed(route, gaz, exclude=tuple(places))
    out = {
        "places": [_place_dict(p) for p in places],
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
        "attribution": "© OpenStreetMap contributors (ODbL 1.0)",
    }
    if args.geojson:
        feature = {
            "type": "Feature",
            "geometry": {
                "type": "LineString",
                "coordinates": [[lo, la] for la, lo in route.coords],
            },
            "properties": {k: v for k, v in out.items() if k != "places"},
        }
        atomic_write(
            args.geojson, json.dumps({"type": "FeatureCollection", "features": [feature]}) + "\n"
        )
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{' -> '.join(p.name for p in places)}: {route.length_km:,.1f} km by rail")
    print(f"  countries: {' -> '.join(route.countries)}")
    for a, b, la, lo in route.crossings:
        print(f"  border {a} -> {b} at {la:.3f}, {lo:.3f}")
    if passed:
        print("  passes: " + ", ".join(f"{p.name} ({km:,.0f} km)" for p, km in passed))
    for s in route.snaps:
        print(f"  {s.place} snapped {s.km:.2f} km to the network")
    for la, lo, km in route.bridges:
        print(f"  bridged a {km * 1000:.0f} m gap at {la:.3f}, {lo:.3f}")
    for note in route.notes:
        print(f"  note: {note}")
    print("  rail data © OpenStreetMap contributors (ODbL 1.0)")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="georoute", description="Offline verifier of travel claims in news text."
    )
    parser.add_argument(
        "--version", action="store_true", help="print versions of georoute and its data"
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("resolve", help="resolve a place name with the offline gazetteer")
    p.add_argument("name")
    p.add_argument("--context", help="text around the name (other places, feature words)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_resolve)

    p = sub.add_parser("route", help="rail route between two places over the OpenStreetMap network")
    p.add_argument("origin")
    p.add_argument("destination")
    p.add_argument(
        "--via", action="append", default=[], metavar="PLACE", help="waypoint (repeatable)"
    )
    p.add_argument(
        "--any-country", action="store_true", help="allow transit through third countries"
    )
    p.add_argument("--geojson", metavar="FILE", help="write the route geometry")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_route)

    from . import cli_verify

    cli_verify.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.version:
        from .versions import show_versions

        print(show_versions())
        return EXIT_OK
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except GeorouteError as exc:
        print(f"georoute: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
