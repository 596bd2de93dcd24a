"""verify on the seeds (verdict by verdict, with numbers), on articles of other trips, and
property-based plausibility tests of the checks."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from georoute.base.claims import QuantityClaim
from georoute.base.geodesy import geodesic_km
from georoute.checks import CheckInput, check_cross_source, check_speed_distance_time
from georoute.cli import main
from georoute.outputs.report import report_dict, validate
from georoute.trips import Trip, TripLeg
from georoute.verify import verify

from .conftest import ARTICLES, SEEDS
from .strategies import points, positive_figures


@pytest.fixture(scope="module")
def seeds_report(gaz):
    return verify([SEEDS], gazetteer=gaz)


def findings(report, check, verdict=None):
    return [
        f for f in report.findings if f.check == check and (verdict is None or f.verdict == verdict)
    ]


def test_seed_speed_distance_time_inconsistent(seeds_report):
    (f,) = findings(seeds_report, "speed_distance_time")
    assert f.verdict == "inconsistent"
    assert f.computed["implied_speed_kmh"] == pytest.approx(59.0)
    assert f.computed["duration_at_stated_speed_h"] == pytest.approx(23.6)
    assert "59 km/h" in f.message and "23.6 h" in f.message


def test_seed_cross_source_durations(seeds_report):
    f = next(
        f for f in findings(seeds_report, "cross_source") if f.computed.get("kind") == "duration"
    )
    assert f.verdict == "inconsistent" and f.docs == (
        "003_e3b398b94d1c4198",
        "004_f6155feb1a69ba7b",
    )


def test_seed_three_conversions_consistent(seeds_report):
    fs = findings(seeds_report, "unit_conversion")
    assert len(fs) == 3 and all(f.verdict == "consistent" for f in fs)


def test_seed_separation_and_direction(seeds_report):
    (sep,) = findings(seeds_report, "separation")
    assert sep.verdict == "consistent" and sep.computed["geodesic_km"] == pytest.approx(684, abs=1)
    (d,) = findings(seeds_report, "direction")
    assert d.verdict == "inconsistent" and 40 < d.computed["rhumb_bearing_deg"] < 55
    assert "north-east" in d.message


def test_seed_geodesic_bound_and_plausibility(seeds_report):
    (g,) = findings(seeds_report, "geodesic_bound")
    assert g.verdict == "consistent" and g.computed["endpoints_inferred"]
    hanoi = [f for f in findings(seeds_report, "plausibility") if "Hanoi" in f.message]
    assert hanoi and hanoi[0].verdict == "consistent"


def test_seed_calendar_and_forum(seeds_report):
    fs = findings(seeds_report, "calendar")
    assert all(f.verdict == "consistent" for f in fs)
    assert any("Tuesday" in f.message for f in fs) and any("forum" in f.message for f in fs)


def test_seed_timeline_at_least_29_hours(seeds_report):
    fs = [
        f
        for f in findings(seeds_report, "timeline", "inconsistent")
        if "Sunday afternoon" in f.message and "20 hours" in f.message
    ]
    assert fs and all(f.computed["elapsed_h"][0] >= 29 for f in fs)
    assert any(f.verdict == "unverifiable" for f in findings(seeds_report, "timeline"))


def test_seed_destinations_disagree(seeds_report):
    f = next(
        f for f in findings(seeds_report, "cross_source") if f.computed.get("kind") == "destination"
    )
    assert "Vostochny" in f.message and "Vladivostok" in f.message and "speculates" in f.message


def test_seed_trips_of_other_years_raise_nothing(seeds_report):
    # "his 2018 trip to Beijing and a 2019 summit in Hanoi" are no ends of this trip: nothing
    # sets them against Vladivostok (the 2019 return trip from Hanoi is judged on its own)
    for f in findings(seeds_report, "cross_source"):
        assert not ("Hanoi" in f.message or "Beijing" in f.message), f.message


def test_report_matches_schema_and_spans(seeds_report):
    d = report_dict(seeds_report)
    validate(d)
    texts = {doc.id: doc.text for doc in seeds_report.documents}
    for c in d["claims"]:
        assert texts[c["doc"]][c["start"] : c["end"]] == c["text"]
    for f in d["findings"]:
        assert f["message"] and f["claims"]


def test_cross_source_between_two_reports_of_one_trip(gaz):
    report = verify([ARTICLES / "source_a.txt", ARTICLES / "source_b.txt"], gazetteer=gaz)
    (f,) = [f for f in findings(report, "cross_source") if f.computed.get("kind") == "duration"]
    assert f.verdict == "inconsistent" and f.docs == ("source_a", "source_b")
    again = verify([ARTICLES / "source_b.txt", ARTICLES / "source_a.txt"], gazetteer=gaz)
    (g,) = [f for f in findings(again, "cross_source") if f.computed.get("kind") == "duration"]
    assert (g.verdict, g.message) == (f.verdict, f.message)


def test_two_different_trips_are_never_compared(gaz):
    report = verify([ARTICLES / "trip_a.txt", ARTICLES / "trip_b.txt"], gazetteer=gaz)
    assert not findings(report, "cross_source")
    assert len({t.id for t in report.trips}) >= 2


def test_cli_outputs_and_exit_codes(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert (
        main(
            [
                "verify",
                str(SEEDS),
                "--json",
                str(out),
                "--csv",
                str(tmp_path / "f.csv"),
                "--geojson",
                str(tmp_path / "g.geojson"),
            ]
        )
        == 0
    )
    first = out.read_bytes()
    validate(json.loads(first))
    assert main(["verify", str(SEEDS), "--json", str(out)]) == 0
    assert out.read_bytes() == first, "same input, byte-identical JSON"
    assert main(["verify", str(SEEDS), "--fail-on", "inconsistent"]) == 1
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    assert main(["verify", str(bad), str(ARTICLES / "drive_ok.txt")]) == 2
    assert "bad.txt" in capsys.readouterr().err


# -- properties ----------------------------------------------------------------------------
def _claim(cid, kind, value, unit, low, high, hedge=None, doc="d1", leg="d1:trip"):
    return QuantityClaim(
        id=cid,
        doc=doc,
        kind=kind,
        text=f"{value} {unit}",
        start=0,
        end=1,
        value=value,
        unit=unit,
        low=low,
        high=high,
        hedge=hedge,
        leg=leg,
    )


def _sdt_verdict(d, t, v):
    claims = {c.id: c for c in (d, t, v)}
    leg = TripLeg("d1:trip", None, None, "train", ("d1",), tuple(claims), "T1")
    (f,) = check_speed_distance_time(
        CheckInput(claims, {}, (Trip("T1", ("d1",), None, None, (leg,)),))
    )
    return f.verdict


positive = positive_figures


@given(
    positive,
    st.floats(min_value=0.5, max_value=100),
    st.sampled_from([0, 1, 2]),
    st.sampled_from([None, "about"]),
)
def test_d_equals_v_t_is_consistent_whatever_the_rounding(v, t, digits, hedge):
    d = v * t
    half = 0.5 * 10**-digits
    rv, rt, rd = round(v, digits), round(t, digits), round(d, digits)
    widen = 0.1 if hedge else 0.0
    dc = _claim("d", "distance", rd, "km", rd - half - widen * rd, rd + half + widen * rd, hedge)
    tc = _claim(
        "t", "duration", rt, "h", max(rt - half, 1e-6) - widen * rt, rt + half + widen * rt, hedge
    )
    vc = _claim("v", "speed", rv, "km/h", rv - half - widen * rv, rv + half + widen * rv, hedge)
    if rt - half <= 0:
        return
    assert _sdt_verdict(dc, tc, vc) == "consistent"


@given(
    positive,
    st.floats(min_value=0.5, max_value=50),
    positive,
    st.floats(min_value=0, max_value=0.5),
)
def test_widening_never_turns_consistent_into_inconsistent(d, t, v, w):
    base = [
        _claim("d", "distance", d, "km", d * 0.95, d * 1.05),
        _claim("t", "duration", t, "h", t * 0.95, t * 1.05),
        _claim("v", "speed", v, "km/h", v * 0.95, v * 1.05),
    ]
    wide = [_claim(c.id, c.kind, c.value, c.unit, c.low * (1 - w), c.high * (1 + w)) for c in base]
    if _sdt_verdict(*base) == "consistent":
        assert _sdt_verdict(*wide) == "consistent"


@given(positive, st.floats(min_value=0.5, max_value=50), positive)
def test_converting_units_never_changes_a_verdict(d, t, v):
    km = [
        _claim("d", "distance", d, "km", d * 0.97, d * 1.03),
        _claim("t", "duration", t, "h", t * 0.97, t * 1.03),
        _claim("v", "speed", v, "km/h", v * 0.97, v * 1.03),
    ]
    mi = 1 / 1.609344
    other = [
        _claim("d", "distance", d * mi, "mi", d * 0.97 * mi, d * 1.03 * mi),
        _claim("t", "duration", t * 60, "min", t * 0.97 * 60, t * 1.03 * 60),
        _claim("v", "speed", v * mi, "mph", v * 0.97 * mi, v * 1.03 * mi),
    ]
    assert _sdt_verdict(*km) == _sdt_verdict(*other)


coords = points  # the whole globe: poles and the antimeridian included (issue 11)


@given(coords, coords, coords)
def test_geodesic_symmetric_and_triangle(a, b, c):
    ab, ba = geodesic_km(*a, *b), geodesic_km(*b, *a)
    assert math.isclose(ab, ba, rel_tol=1e-9, abs_tol=1e-6)
    assert geodesic_km(*a, *c) <= ab + geodesic_km(*b, *c) + 1e-6


@given(st.floats(1, 100), st.floats(1, 100))
def test_cross_source_same_whichever_document_comes_first(x, y):
    a = _claim("a", "duration", x, "h", x * 0.95, x * 1.05, doc="d1", leg="d1:trip")
    b = _claim("b", "duration", y, "h", y * 0.95, y * 1.05, doc="d2", leg="d2:trip")
    claims = {"a": a, "b": b}
    la = TripLeg("d1:trip", None, None, "train", ("d1",), ("a",), "T1")
    lb = TripLeg("d2:trip", None, None, "train", ("d2",), ("b",), "T1")
    f1 = check_cross_source(
        CheckInput(claims, {}, (Trip("T1", ("d1", "d2"), None, None, (la, lb)),))
    )
    f2 = check_cross_source(
        CheckInput(claims, {}, (Trip("T1", ("d2", "d1"), None, None, (lb, la)),))
    )
    assert [(f.verdict, f.message) for f in f1] == [(f.verdict, f.message) for f in f2]


@given(coords, coords, st.floats(0, 0.5))
def test_distance_at_or_above_geodesic_never_fails_the_bound(a, b, extra):
    from georoute.base.places import Place
    from georoute.checks import check_geodesic_bound

    g = geodesic_km(*a, *b) * (1 + extra)
    pa = Place(1, "A", a[0], a[1], "XA", "UTC", "test")
    pb = Place(2, "B", b[0], b[1], "XB", "UTC", "test")
    d = _claim("d", "distance", g, "km", g, g)
    leg = TripLeg("d1:trip", 1, 2, "train", ("d1",), ("d",), "T1")
    (f,) = check_geodesic_bound(
        CheckInput({"d": d}, {1: pa, 2: pb}, (Trip("T1", ("d1",), 1, 2, (leg,)),))
    )
    assert f.verdict == "consistent"


def test_ids_unique_when_stems_collide_and_bad_files_named(gaz, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(
            "The 300 km trip from Madrid to Barcelona took 3 hours by train.", encoding="utf-8"
        )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 300 km".encode("latin-1"))
    calls = []
    report = verify(
        [tmp_path], gazetteer=gaz, progress=lambda done, total: calls.append((done, total))
    )
    assert sorted(d.id for d in report.documents) == ["a/story", "b/story"]
    bad = {p.rsplit("/", 1)[-1] for p, _ in report.errors}
    assert bad == {"empty.txt", "latin1.txt"}
    assert calls == [(1, 2), (2, 2)]


def test_raw_text_and_undated_article_with_date(gaz):
    report = verify(
        texts="The train left Hanoi on Monday and reached Pyongyang 60 hours later.\n",
        date=None,
        gazetteer=gaz,
    )
    assert report.documents[0].date is None
    dated = verify(
        texts=["The train left Hanoi on Monday and reached Pyongyang 60 hours later.\n"],
        date=__import__("datetime").date(2019, 3, 2),
        gazetteer=gaz,
    )
    assert dated.documents[0].date.isoformat() == "2019-03-02"


@pytest.mark.parametrize(
    ("text", "check", "verdict"),
    [
        # walkers rest: days of walking bound the moving time from above only...
        (
            "Pilgrims walked 60 km from Porto to Braga in two days at about 4 km/h.",
            "speed_distance_time",
            "consistent",
        ),
        # ...but no rest can make 120 miles in two days fit a 1 mph pace
        (
            "Pilgrims walked 120 miles from Porto to Braga in two days at 1 mph.",
            "speed_distance_time",
            "inconsistent",
        ),
        # a train does not rest: elapsed time is travel time
        (
            "The train covered 1,000 km from Moscow to Kazan in two days at 80 km/h.",
            "speed_distance_time",
            "inconsistent",
        ),
        # "the Russian capital" is Moscow; St Petersburg lies 634 km north-west of it
        (
            "The train left St Petersburg. It lies about 630 km north-west of the Russian capital.",
            "separation",
            "consistent",
        ),
        (
            "The train left St Petersburg. It lies about 630 km north-west of the Russian capital.",
            "direction",
            "consistent",
        ),
        # "D away" is measured from the place named before it in the sentence
        (
            "The train left Paris and reached Lyon, 390 km away, two hours later.",
            "separation",
            "consistent",
        ),
        (
            "The train left Paris and reached Lyon, 150 km away, two hours later.",
            "separation",
            "inconsistent",
        ),
        # no stated duration: the dates against the distance at the stated average speed (the
        # time between them is the leg's duration)
        (
            "date 2022-09-01\nThe icebreaker left Murmansk on August 20 and reached Tromsø on August 24, covering 2,400 km at an average of 14 knots.",
            "speed_distance_time",
            "consistent",
        ),
        (
            "date 2022-09-01\nThe icebreaker left Murmansk on August 20 and reached Tromsø on August 27, covering 2,400 km at an average of 14 knots.",
            "speed_distance_time",
            "inconsistent",
        ),
        # a stay is not the journey: no speed check from "stay for three days"
        (
            "The minister flew 9,000 km from Paris to Tokyo and will stay for three days, travelling at up to 900 km/h.",
            "speed_distance_time",
            None,
        ),
    ],
)
def test_phrasings(gaz, text, check, verdict):
    fs = findings(verify(texts=[text], date=None, gazetteer=gaz), check)
    if verdict is None:
        assert not fs, [f.message for f in fs]
    else:
        assert fs and all(f.verdict == verdict for f in fs), [f.message for f in fs]


def test_modi_pair_cross_source_and_timeline(gaz):
    """Two reports of one train trip by another traveller: 'from Przemyśl in Poland' and 'from
    the Polish border town of Przemyśl' name the same origin; 10 h and 20 h cannot both hold.
    The second report's 20 h against the first's times, which the first's own 10 h fits, is the
    reports' disagreement: cross_source judges it, the timeline leaves it unjudged."""
    report = verify([ARTICLES / "modi_a.txt", ARTICLES / "modi_b.txt"], gazetteer=gaz)
    cross = findings(report, "cross_source")
    assert [f.verdict for f in cross] == ["inconsistent"] and set(cross[0].docs) == {
        "modi_a",
        "modi_b",
    }
    tl = {tuple(sorted(f.docs)): f.verdict for f in findings(report, "timeline")}
    assert tl == {("modi_a",): "consistent", ("modi_a", "modi_b"): "unverifiable"}
    (pair,) = [f for f in findings(report, "timeline") if len(f.docs) == 2]
    assert "another report's" in pair.message
    assert {f.verdict for f in findings(report, "route_length")} == {"consistent"}


def test_atomic_write_keeps_the_old_file_on_failure_and_a_normal_mode(tmp_path, monkeypatch):
    import os

    from georoute.outputs import report as report_module

    out = tmp_path / "report.json"
    report_module.atomic_write(out, "old")
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(report_module.os, "replace", broken)
    with pytest.raises(OSError):
        report_module.atomic_write(out, "new")
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_names_not_placed_are_reported_not_dropped(gaz):
    report = verify(
        [ARTICLES / "panmunjom_titlecase.txt", ARTICLES / "lifeboat.txt"], gazetteer=gaz
    )
    d = report.to_dict()
    validate(d)
    texts = {doc.id: doc.text for doc in report.documents}
    got = {(u["doc"], u["text"]): u["why"] for u in d["unplaced"]}
    assert got[("panmunjom_titlecase", "Panmunjom")] == "not in the gazetteer"
    # "Brest, France" locates the first reading too, so the Cornish Falmouth 200 km off is read
    assert ("lifeboat", "Falmouth") not in got
    for u in d["unplaced"]:
        assert texts[u["doc"]][u["start"] : u["end"]] == u["text"]
    alone = verify(texts=["The crew found the yacht drifting off Falmouth on Tuesday."]).to_dict()
    assert "places carry the name" in {u["text"]: u["why"] for u in alone["unplaced"]}["Falmouth"]


def test_three_destinations_named_for_one_trip_are_each_compared():
    """Three reports of one trip naming three destinations: every pair is named (the check
    raised IndexError from the second pair on)."""
    texts = [
        f"PARIS, March 3, 2024 — President Alvarez left Paris for {city} by train on Sunday."
        for city in ("Lyon", "Marseille", "Berlin")
    ]
    r = verify(texts=texts)
    assert r.errors == ()
    pairs = [f for f in r.findings if f.check == "cross_source" and f.verdict == "inconsistent"]
    assert len(pairs) == 3
