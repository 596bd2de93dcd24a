"""checks/figures.py and checks/common.py: bounded findings per leg, zero figures, ranges with a
conversion."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from georoute.base.claims import QuantityClaim
from georoute.base.documents import Document
from georoute.checks import (
    CheckInput,
    check_plausibility,
    check_speed_distance_time,
    check_unit_conversion,
)
from georoute.checks import figures as figures_module
from georoute.checks.common import FAR_OFF, figure_of, is_upper, unusable
from georoute.extraction.extract import extract
from georoute.trips import Trip, TripLeg
from georoute.verify import verify


def claim(cid, kind, value, unit, low, high, hedge=None, mode=None, start=0):
    return QuantityClaim(
        id=cid,
        doc="d1",
        kind=kind,
        text=f"{value:g} {unit}",
        start=start,
        end=start + 1,
        value=value,
        unit=unit,
        low=low,
        high=high,
        hedge=hedge,
        leg="d1:trip",
        mode=mode,
    )


def leg_input(claims: list[QuantityClaim], mode: str | None = "train") -> CheckInput:
    by_id = {c.id: c for c in claims}
    leg = TripLeg("d1:trip", None, None, mode, ("d1",), tuple(by_id), "T1")
    return CheckInput(by_id, {}, (Trip("T1", ("d1",), None, None, (leg,)),))


# -- ranges with a conversion (issue 11) -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The ferry sailed 200-300 km (124-186 miles) from Piraeus to Heraklion.", "consistent"),
        ("The ferry sailed 200-300 km (300-400 miles) from Piraeus to Heraklion.", "inconsistent"),
        ("The ferry sailed 1,180 km (733 miles) from Piraeus to Heraklion.", "consistent"),
        ("The ferry sailed 1,180 km (900 miles) from Piraeus to Heraklion.", "inconsistent"),
    ],
)
def test_range_with_a_conversion(gaz, text, verdict):
    report = verify([Document("r", text, None, None)], gazetteer=gaz)
    (f,) = [f for f in report.findings if f.check == "unit_conversion"]
    assert f.verdict == verdict, f.message


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It sailed 200-300 km.", (199.5, 300.5)),
        ("It sailed about 300 km.", (250.0, 350.0)),  # the figure's precision, before the hedge
        ("It sailed about 250 to 290 km.", (249.5, 290.5)),  # a hedged range: its two ends
        ("The trip took about 2 hours 35 minutes.", (2.575, 2.5917)),  # its last part
        ("It sailed about 1.8 million km.", (1.75e6, 1.85e6)),
    ],
)
def test_figure_of_is_the_interval_the_extractor_kept(gaz, text, figure):
    """figure_of reads the interval the extractor kept, never the claim's text again."""
    (c,) = [c for c in extract(text, gaz) if c.kind in ("distance", "duration")]
    assert figure_of(c) == pytest.approx(figure, abs=1e-4)
    # the text is not read again: a claim whose text no longer parses keeps its figure
    assert figure_of(dataclasses.replace(c, text="?")) == figure_of(c)


def test_figure_of_a_claim_made_by_hand_is_its_interval():
    c = claim("c1", "distance", 300.0, "km", 270.0, 330.0, hedge="about")
    assert figure_of(c) == (270.0, 330.0)


# -- zero and unusable figures ----------------------------------------------------------------
def test_unusable_figures():
    assert "speed of zero" in unusable(claim("v", "speed", 0.0, "km/h", -0.5, 0.5))
    assert "duration of zero" in unusable(claim("t", "duration", 0.0, "wk", 0.0, 0.0))
    assert "too large" in unusable(claim("d", "distance", float("inf"), "km", 1e308, 1e309))
    assert unusable(claim("d", "distance", 0.0, "km", -0.5, 0.5)) is None  # zero km: a figure
    assert unusable(claim("t", "duration", 5.0, "h", 4.5, 5.5)) is None


def test_zero_speed_gives_an_unverifiable_finding_not_an_exception():
    cs = [
        claim("d", "distance", 400.0, "km", 350, 450),
        claim("t", "duration", 5.0, "h", 4.5, 5.5),
        claim("v", "speed", 0.0, "km/h", -0.5, 0.5),
    ]
    (f,) = check_speed_distance_time(leg_input(cs))
    assert f.verdict == "unverifiable" and "speed of zero" in f.message
    (p,) = check_plausibility(leg_input(cs))
    assert p.verdict == "consistent"  # the duration is usable
    zero_t = [cs[0], claim("t", "duration", 0.0, "h", -0.5, 0.5), cs[2]]
    (p,) = check_plausibility(leg_input(zero_t))
    assert p.verdict == "unverifiable" and "duration of zero" in p.message


# -- one finding a leg ------------------------------------------------------------------------
def _figures(kind: str, unit: str):
    """Figures of one kind with the words that change the rule: hedges, modes, daily rates."""
    hedges = [None, "up to", "about"] if kind == "speed" else [None, "about", "more than"]
    modes = [None, "foot", "train"]

    @st.composite
    def one(draw, i: int = 0):
        value = draw(st.floats(min_value=0.5, max_value=2000, allow_nan=False))
        hedge = draw(st.sampled_from(hedges))
        u = draw(st.sampled_from([unit, "km/d"])) if kind == "speed" else unit
        lo, hi = value * 0.95, value * 1.05
        if hedge == "up to":
            lo, hi = 0.0, value
        elif hedge == "more than":
            lo, hi = value, float("inf")
        mode = draw(st.sampled_from(modes))
        return value, u, lo, hi, hedge, mode

    return st.lists(one(), min_size=1, max_size=5)


def _build(ds, ts, vs) -> list[QuantityClaim]:
    out = []
    for kind, rows in (("distance", ds), ("duration", ts), ("speed", vs)):
        for value, unit, lo, hi, hedge, mode in rows:
            i = len(out)
            out.append(claim(f"c{i}", kind, value, unit, lo, hi, hedge, mode, start=i))
    return out


@given(_figures("distance", "km"), _figures("duration", "h"), _figures("speed", "km/h"))
def test_one_finding_a_leg_inconsistent_only_when_no_triple_fits(ds, ts, vs):
    """A leg is inconsistent only when no combination of its figures fits: a figure that fits
    none while others do is named as likely describing something else."""
    claims = _build(ds, ts, vs)
    (f,) = check_speed_distance_time(leg_input(claims, mode=None))
    by_kind = {k: [c for c in claims if c.kind == k] for k in ("distance", "duration", "speed")}
    triples = list(itertools.product(*by_kind.values()))
    singles = [
        check_speed_distance_time(leg_input([d, t, v], mode=None))[0].verdict for d, t, v in triples
    ]
    expected = "consistent" if "consistent" in singles else "inconsistent"
    fitting = [x for x, verdict in zip(triples, singles, strict=True) if verdict == "consistent"]
    if fitting and all(is_upper(v) for _, _, v in fitting):
        # a ceiling fits any slower pace: a stated speed that contradicts with a distance and
        # a duration that fit under the ceiling still contradicts
        pairs = {(d.id, t.id) for d, t, _ in fitting}
        if any(
            verdict != "consistent" and not is_upper(v) and (d.id, t.id) in pairs
            for (d, t, v), verdict in zip(triples, singles, strict=True)
        ):
            expected = "inconsistent"
    if expected == "inconsistent" and f.verdict == "unverifiable":
        # a contradiction too gross for one leg's figures is not judged (figures.FAR_OFF)
        assert f.computed["contradiction_factor"] > FAR_OFF, f.message
    else:
        assert f.verdict == expected
    if expected == "consistent" and "inconsistent" in singles:
        assert "fits none of its other figures" in f.message or "do not fit" in f.message
    cited = set(f.claims) | set(f.computed.get("other_claims", []))
    assert cited == {c.id for c in claims}  # every figure is cited or listed


def test_a_leg_with_hundreds_of_figures_is_named_and_its_cost_linear(monkeypatch):
    n = 100
    claims = [
        *(claim(f"d{i}", "distance", 400.0 + i, "km", 399.5 + i, 400.5 + i) for i in range(n)),
        *(claim(f"t{i}", "duration", 5.0 + i / 100, "h", 4.5, 5.5 + i) for i in range(n)),
        *(claim(f"v{i}", "speed", 80.0 + i / 10, "km/h", 60, 120) for i in range(n)),
    ]
    calls = []
    real = figures_module._sdt
    monkeypatch.setattr(figures_module, "_sdt", lambda *a: calls.append(a) or real(*a))
    (f,) = check_speed_distance_time(leg_input(claims))
    assert len(calls) <= 9  # 8 extremes and the tightest triple, not 100**3
    assert f.computed["figures_on_leg"] == 3 * n and f.computed["combinations"] == n**3
    assert "300 figures" in f.message and "a table or a list" in f.message


def test_one_plausibility_finding_a_leg_for_the_shortest_duration():
    cs = [
        claim("d", "distance", 400.0, "km", 350, 450),
        claim("t1", "duration", 5.0, "h", 4.5, 5.5, start=100),
        claim("t2", "duration", 0.5, "h", 0.25, 0.75, start=200),
        claim("t3", "duration", 9.0, "h", 8.5, 9.5, start=300),
    ]
    # (written apart from the distance: no duration makes a pair with it, see figures.PAIRED)
    (f,) = check_plausibility(leg_input(cs))
    # 0.5 h needs 467 km/h by train, but 5 h fits: the half hour likely times something else
    assert f.claims == ("d", "t1") and f.verdict == "consistent"
    assert f.computed["other_claims"] == ["t2", "t3"] and f.computed["unfit_claims"] == ["t2"]
    (g,) = check_plausibility(leg_input([c for c in cs if c.id != "t1" and c.id != "t3"]))
    assert g.claims == ("d", "t2") and g.verdict == "inconsistent"


def test_unit_conversion_of_a_plain_figure_unchanged():
    a = claim("a", "distance", 1180.0, "km", 1175.0, 1185.0)
    b = dataclasses.replace(claim("b", "distance", 733.0, "mi", 732.5, 733.5), same_as="a")
    (f,) = check_unit_conversion(CheckInput({"a": a, "b": b}, {}, ()))
    assert f.verdict == "consistent" and f.computed["written_range"] == [732.5, 733.5]


def test_a_stated_speed_is_held_to_its_mode_and_a_stray_one_named_not_judged():
    ferry = claim("v1", "speed", 35.2, "km/h", 33.3, 37.0, "about", start=1)
    gust = claim("v2", "speed", 113.0, "km/h", 112.5, 113.5, start=2)
    (f,) = check_plausibility(leg_input([ferry, gust], mode="ship"))
    assert f.verdict == "consistent" and f.claims == ("v1",)
    assert "may describe something else" in f.message
    (g,) = check_plausibility(leg_input([gust], mode="ship"))  # no figure fits: beyond a ship
    assert g.verdict == "inconsistent" and g.computed["max_speed_kmh"] == 80.0
    d = claim("d", "distance", 400.0, "km", 350, 450)
    t = claim("t", "duration", 5.0, "h", 4.5, 5.5, start=3)
    (h,) = check_plausibility(leg_input([d, t, gust], mode="ship"))  # one finding a leg
    assert h.verdict == "inconsistent" and set(h.claims) == {"d", "t", "v2"}
