"""Rail routes over the shipped OpenStreetMap network, and the route_length check."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, reject, settings
from hypothesis import strategies as st

from georoute.base.errors import DataError, RouteUnavailable
from georoute.base.geodesy import geodesic_km
from georoute.base.places import Place
from georoute.cli import main
from georoute.rail import SNAP_KM, RouteError, rail_network
from georoute.verify import verify

from .conftest import ARTICLES, SEEDS


@pytest.fixture(scope="module")
def net():
    return rail_network()


def place(gaz, name, context=None):
    return gaz.resolve(name, context=context).place


def test_pyongyang_vladivostok_via_khasan_within_10_percent_of_1180(gaz, net):
    r = net.route([place(gaz, "Pyongyang"), place(gaz, "Vladivostok")])
    assert abs(r.length_km - 1180) / 1180 < 0.10
    assert r.countries[0] == "KP" and r.countries[-1] == "RU"
    assert ("KP", "RU") in {(a, b) for a, b, _, _ in r.crossings}, "crosses at Tumangang-Khasan"
    assert r.bridges and all(km < 1.0 for _, _, km in r.bridges)


def test_third_country_rule_and_its_override(gaz, net):
    pyo, vla = place(gaz, "Pyongyang"), place(gaz, "Vladivostok")
    kept = net.route([pyo, vla])
    free = net.route([pyo, vla], constrain=False)
    assert free.length_km < kept.length_km
    assert ("CN", "RU") in {(a, b) for a, b, _, _ in free.crossings}, (
        "the free route enters Russia from China"
    )
    assert ("CN", "RU") not in {(a, b) for a, b, _, _ in kept.crossings}


@pytest.mark.parametrize(
    ("a", "b", "lo", "hi"),
    [
        ("Hanoi", "Pyongyang", 3000, 4500),
        ("Przemyśl", "Kyiv", 550, 800),
        ("London", "Paris", 400, 550),
    ],
)
def test_connected_with_plausible_lengths(gaz, net, a, b, lo, hi):
    r = net.route([place(gaz, a), place(gaz, b)])
    assert lo < r.length_km < hi
    assert all(s.km < 5 for s in r.snaps), "snapping is reported and small for these cities"


def test_place_far_from_any_line(gaz, net):
    with pytest.raises(RouteError, match="snapping limit"):
        net.route([place(gaz, "Honolulu"), place(gaz, "Paris")])


def test_cosmodrome_route_is_longer_than_the_claim(gaz, net):
    cos = place(gaz, "Vostochny", "the Vostochny cosmodrome in Russia")
    r = net.route([place(gaz, "Pyongyang"), cos])
    assert r.length_km > 2000 and r.snaps[-1].km > 5


CITIES = [
    "Pyongyang",
    "Vladivostok",
    "Hanoi",
    "Beijing",
    "Kyiv",
    "Przemyśl",
    "London",
    "Paris",
    "Moscow",
    "Warsaw",
]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(CITIES), st.sampled_from(CITIES))
def test_route_never_shorter_than_geodesic_and_symmetric(gaz, net, a, b):
    assume(a != b)
    pa, pb = place(gaz, a), place(gaz, b)
    try:
        ab = net.route([pa, pb], constrain=False)
    except RouteError:
        reject()  # no connection between these two: nothing to compare
    ba = net.route([pb, pa], constrain=False)
    g = geodesic_km(pa.lat, pa.lon, pb.lat, pb.lon)
    assert ab.length_km + ab.snap_km >= g * 0.999
    assert ab.length_km == pytest.approx(ba.length_km, rel=1e-6)


def test_route_length_check_on_the_seeds(gaz):
    report = verify([SEEDS], gazetteer=gaz)
    fs = [f for f in report.findings if f.check == "route_length"]
    main_route = [f for f in fs if not f.computed.get("alternative")]
    alt = [f for f in fs if f.computed.get("alternative")]
    assert main_route and main_route[0].verdict == "consistent"
    assert alt and alt[0].verdict == "inconsistent" and "Vostochny" in alt[0].message


def test_route_length_tolerance(gaz):
    from georoute.base.claims import QuantityClaim
    from georoute.checks import CheckInput, check_route_length
    from georoute.trips import Trip, TripLeg

    pyo, vla = place(gaz, "Pyongyang"), place(gaz, "Vladivostok")
    route_km = rail_network().route([pyo, vla]).length_km
    verdicts = {}
    for factor in (0.75, 1.0, 1.15):
        v = round(route_km * factor)
        c = QuantityClaim(
            id="c",
            doc="d",
            kind="distance",
            text=f"{v} km",
            start=0,
            end=1,
            value=v,
            unit="km",
            low=v - 0.5,
            high=v + 0.5,
            leg="L",
        )
        leg = TripLeg("L", pyo.id, vla.id, "train", ("d",), ("c",), "T")
        inp = CheckInput(
            {"c": c},
            {pyo.id: pyo, vla.id: vla},
            (Trip("T", ("d",), pyo.id, vla.id, (leg,)),),
            router=rail_network().route,
        )
        (f,) = check_route_length(inp)
        verdicts[factor] = f.verdict
    assert verdicts == {0.75: "inconsistent", 1.0: "consistent", 1.15: "consistent"}


def test_road_leg_is_unverifiable(gaz):
    report = verify([ARTICLES / "drive_ok.txt"], gazetteer=gaz)
    (f,) = [f for f in report.findings if f.check == "route_length"]
    assert f.verdict == "unverifiable" and "road" in f.message


def test_route_cli(tmp_path, capsys):
    out = tmp_path / "route.geojson"
    assert (
        main(["route", "Pyongyang", "Vladivostok", "--via", "Khasan", "--geojson", str(out)]) == 0
    )
    text = capsys.readouterr().out
    assert "km by rail" in text and "OpenStreetMap" in text and out.exists()
    assert main(["route", "Honolulu", "Paris"]) == 3  # no route


def test_via_forces_a_waypoint(gaz, net):
    pyo, vla = place(gaz, "Pyongyang"), place(gaz, "Vladivostok")
    bei = place(gaz, "Beijing")
    r = net.route([pyo, bei, vla])
    assert "CN" in r.countries and r.length_km > net.route([pyo, vla]).length_km
    assert r.snaps[1].place == "Beijing"


def test_main_places_passed_on_the_way_to_the_cosmodrome(gaz, net):
    from georoute.rail import places_passed

    cos = place(gaz, "Vostochny", "the Vostochny cosmodrome in Russia")
    pyongyang = place(gaz, "Pyongyang")
    r = net.route([pyongyang, cos])
    passed = places_passed(r, gaz, exclude=(pyongyang, cos))
    names = [p.name for p, _ in passed]
    assert "Khabarovsk" in names
    kms = [km for _, km in passed]
    assert kms == sorted(kms) and kms[0] > 50  # no district of Pyongyang counts as passed
    everything = places_passed(r, gaz)
    assert len(everything) > len(passed)  # ... unless the ends are not excluded


def test_the_network_is_loaded_on_the_first_route_only(gaz, monkeypatch):
    import georoute.rail as rail

    made = []

    class Counting:
        def __init__(self, arrays):
            made.append(arrays)

        def route(self, places, constrain=True):
            return (tuple(p.name for p in places), constrain)

    monkeypatch.setattr(rail, "RailNetwork", Counting)
    monkeypatch.setattr(rail, "load_arrays", lambda: {"stub": True})
    rail.rail_network.cache_clear()
    try:
        assert made == [], "nothing is loaded before a route is asked for"
        pyo, vla = place(gaz, "Pyongyang"), place(gaz, "Vladivostok")
        assert rail.route([pyo, vla]) == (("Pyongyang", "Vladivostok"), True)
        assert rail.route([vla, pyo], constrain=False) == (("Vladivostok", "Pyongyang"), False)
        assert made == [{"stub": True}], "loaded once, on the first route"
    finally:
        rail.rail_network.cache_clear()  # the next caller loads the real network


def test_penalised_networks_kept_are_bounded(net):
    """One penalised copy of the network per set of allowed countries, the most recent
    ``PENALISED_KEPT`` only: a corpus of many country pairs must not hold one per pair."""
    from georoute.rail import PENALISED_KEPT

    sets = [frozenset({a, b}) for a, b in zip("ABCDEFGHIJKL", "MNOPQRSTUVWX", strict=True)]
    first = net._graph_for(sets[0])
    assert net._graph_for(sets[0]) is first  # kept while recent
    for s in sets:
        net._graph_for(s)
        assert len(net._penalised) <= PENALISED_KEPT
    assert sets[0] not in net._penalised and sets[-1] in net._penalised
    assert (net._graph_for(sets[0]) != first).nnz == 0  # rebuilt the same


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (90.0, 0.0),  # the north pole
        (-90.0, 135.0),  # the south pole, any longitude
        (0.0, 180.0),  # the antimeridian, both ways of writing it
        (0.0, -180.0),
        (-16.5, 179.9999),  # Fiji's side of the antimeridian, off any line
    ],
)
def test_a_place_at_a_pole_or_on_the_antimeridian_is_off_the_network(net, gaz, lat, lon):
    """In the style of geopy's distance tests: the edges of the globe are no crash, they are a
    RouteUnavailable naming the place and how far it lies from the rails (issue 11)."""
    edge = Place(-1, "Edge", lat, lon, "", None, "test")
    with pytest.raises(RouteUnavailable) as caught:
        net.route([edge, place(gaz, "Berlin")])
    assert caught.value.place == "Edge" and caught.value.snap_km > SNAP_KM
    with pytest.raises(RouteUnavailable):
        net.route([place(gaz, "Berlin"), edge])


def test_route_errors_are_route_unavailable_not_data_errors():
    """A missing route is an answer about the places, not broken data (issue 11)."""
    assert issubclass(RouteError, RouteUnavailable)
    assert not issubclass(RouteError, DataError)


def test_python_and_compiled_searches_find_the_same_routes(net):
    """The first routes of a process run a Dijkstra search in Python (no scipy import), later
    ones scipy's compiled search: within the same limits they find the same paths."""
    import random

    import numpy as np

    from georoute.rail import search_limits

    lat, lon = net.a["node_lat"], net.a["node_lon"]
    rng = random.Random(3)
    big = np.nonzero(net.component == np.bincount(net.component).argmax())[0]
    checked = 0
    while checked < 12:
        a, b = (int(x) for x in rng.sample(list(big), 2))
        g = geodesic_km(lat[a], lon[a], lat[b], lon[b])
        if not 50 < g < 800:
            continue
        allowed = frozenset({net.country_of(a), net.country_of(b)})
        for lim in search_limits(g)[:2]:  # bounded searches: the unbounded one is slow in Python
            for within in (None, allowed):
                py = net._path([(a, 0.0)], [(b, 0.0)], within, lim, compiled=False)
                cc = net._path([(a, 0.0)], [(b, 0.0)], within, lim, compiled=True)
                assert (py is None) == (cc is None), (a, b, lim)
                if py is not None:
                    km = [net._describe(p[0], (), True, ()).length_km for p in (py, cc)]
                    assert km[0] == pytest.approx(km[1], abs=1e-6), (a, b)
                    checked += 1
    # the switch: Python until it has settled COMPILED_AFTER_NODES nodes, then scipy
    from georoute.rail import COMPILED_AFTER_NODES

    assert net.compiled == (net.settled_in_python >= COMPILED_AFTER_NODES)


def test_snapping_finds_the_nearest_vertex_of_all(net, gaz):
    """Snapping measures only the vertices within the limit's latitude band; it finds the
    vertex a search of every vertex finds (and the distance, also beyond the limit)."""
    import numpy as np

    from georoute.rail import _EARTH_KM, _unit

    pts = net.a["line_coords"].astype(np.float64)
    xyz = _unit(pts[:, 1], pts[:, 0])
    for lat, lon in [(39.02, 125.75), (52.52, 13.405), (-33.9, 151.2), (0.0, -160.0)]:
        d2 = np.sum((xyz - _unit(np.array([lat]), np.array([lon]))[0]) ** 2, axis=1)
        best = float(2 * _EARTH_KM * np.arcsin(min(1.0, np.sqrt(d2.min()) / 2)))
        km, vi = net._nearest_vertex(lat, lon, SNAP_KM)
        assert km == pytest.approx(best, abs=1e-9)
        assert d2[vi] == d2.min()


def test_rail_names_the_basemap_borders_file():
    from georoute.base.basemap import BORDERS_FILE
    from georoute.rail import _BORDERS_FILE

    assert _BORDERS_FILE == BORDERS_FILE
