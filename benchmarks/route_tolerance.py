"""How the rail network's routes compare with published line lengths: the data behind
``georoute.checks.routes.ROUTE_BELOW`` and ``ROUTE_DIRECT``.

    python benchmarks/route_tolerance.py [--csv benchmarks/route_lengths.csv]

Routes each line of the CSV (origin, destination, published_km, source) between its ends as
the gazetteer resolves them, and prints the published length over the network route and the
network route over the geodesic; lines the network cannot route, or routes longer than
``ROUTE_CREDIBLE`` times the geodesic (the network lacks the line), are listed apart.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from georoute.base.errors import RouteUnavailable  # noqa: E402
from georoute.base.geodesy import geodesic_km  # noqa: E402
from georoute.checks.routes import ROUTE_CREDIBLE  # noqa: E402
from georoute.geo.gazetteer import default_gazetteer  # noqa: E402
from georoute.rail import route  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--csv", type=Path, default=ROOT / "benchmarks" / "route_lengths.csv")
    args = ap.parse_args(argv)
    gaz = default_gazetteer()
    ratios, direct = [], []
    with args.csv.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        o, d = gaz.resolve(row["origin"]).place, gaz.resolve(row["destination"]).place
        name = f"{row['origin']}-{row['destination']}"
        try:
            r = route([o, d])
        except RouteUnavailable as exc:
            print(f"{name:32} not routed: {exc}")
            continue
        g = geodesic_km(o.lat, o.lon, d.lat, d.lon)
        pub = float(row["published_km"])
        tag = ""
        if r.length_km > ROUTE_CREDIBLE * g + r.snap_km:
            tag = "  (network route not credible: left out)"
        else:
            ratios.append(pub / r.length_km)
            direct.append(r.length_km / g)
        print(
            f"{name:32} published {pub:8.1f} km  network {r.length_km:8.1f} km  "
            f"published/network {pub / r.length_km:.3f}  network/geodesic {r.length_km / g:.2f}{tag}"
        )
    if ratios:
        print(
            f"{len(ratios)} credible lines: published/network {min(ratios):.3f}-{max(ratios):.3f}, "
            f"network/geodesic {min(direct):.2f}-{max(direct):.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
