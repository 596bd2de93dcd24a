"""Rail benchmark, one run: graph build against cached load, and 100 random city-to-city routes
with georoute (scipy Dijkstra, bounded, components) against networkx's bidirectional Dijkstra on
the same graph (same lengths asserted). Prints medians, ratios and peak memory.
Run: ``python benchmarks/bench_rail.py`` (needs networkx).
"""

from __future__ import annotations

import itertools
import json
import random
import resource
import statistics
import time

import networkx as nx
import numpy as np

from georoute.rail import RailNetwork, build_arrays, load_arrays


def main(n_queries: int = 100, seed: int = 7) -> dict:
    t = time.perf_counter()
    arrays = build_arrays()
    build_s = time.perf_counter() - t
    load_arrays()  # make sure the cache exists
    t = time.perf_counter()
    net = RailNetwork(load_arrays())
    load_s = time.perf_counter() - t

    g = nx.Graph()
    for u, v, w in zip(
        arrays["edge_u"].tolist(),
        arrays["edge_v"].tolist(),
        np.maximum(arrays["edge_km"], 1e-6).tolist(),
        strict=True,
    ):
        if not g.has_edge(u, v) or g[u][v]["weight"] > w:
            g.add_edge(u, v, weight=w)
    # random pairs of nodes in the largest component that lie 100-3,000 km apart
    rng = random.Random(seed)
    big = np.bincount(net.component).argmax()
    nodes = np.nonzero(net.component == big)[0]
    pairs = []
    lat, lon = arrays["node_lat"], arrays["node_lon"]
    from georoute.base.geodesy import geodesic_km

    while len(pairs) < n_queries:
        a, b = (int(x) for x in rng.sample(list(nodes), 2))
        if 100 < geodesic_km(lat[a], lon[a], lat[b], lon[b]) < 3000:
            pairs.append((a, b))
    ours, theirs = [], []
    for a, b in pairs:
        t = time.perf_counter()
        found = net.shortest(
            [(a, 0.0)], [(b, 0.0)], None, geodesic_km(lat[a], lon[a], lat[b], lon[b])
        )
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        length, _ = nx.bidirectional_dijkstra(g, a, b)
        theirs.append(time.perf_counter() - t)
        path = found[0]
        mine = sum(g[x][y]["weight"] for x, y in itertools.pairwise(path))
        assert abs(mine - length) < 1e-6 * max(1.0, length), (a, b, mine, length)
    result = {
        "nodes": net.n,
        "edges": len(arrays["edge_u"]),
        "build_s": round(build_s, 3),
        "cached_load_s": round(load_s, 3),
        "load_speedup": round(build_s / load_s, 1),
        "georoute_median_ms": round(statistics.median(ours) * 1000, 2),
        "networkx_bidirectional_median_ms": round(statistics.median(theirs) * 1000, 2),
        "query_speedup": round(statistics.median(theirs) / statistics.median(ours), 1),
        "same_lengths": True,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
