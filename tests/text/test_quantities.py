"""Units and quantities: the conversion table against pint, the forms of figures and units."""

from __future__ import annotations

import itertools

import pytest

from georoute.text.units import CANONICAL, UNITS, convert, to_canonical


@pytest.fixture(scope="module")
def ureg():
    pint = pytest.importorskip("pint")
    return pint.UnitRegistry()


@pytest.mark.parametrize("symbol", sorted(UNITS))
def test_every_constant_agrees_with_pint(ureg, symbol):
    unit = UNITS[symbol]
    canonical = UNITS[CANONICAL[unit.kind]]
    expected = ureg(unit.pint).to(canonical.pint).magnitude
    assert to_canonical(1.0, symbol)[0] == pytest.approx(expected, rel=1e-12)


def test_conversions_between_any_two_units_of_a_kind(ureg):
    for a, b in itertools.permutations(UNITS.values(), 2):
        if a.kind == b.kind:
            expected = (7.5 * ureg(a.pint) / ureg(b.pint)).to("dimensionless").magnitude
            assert convert(7.5, a.symbol, b.symbol) == pytest.approx(expected, rel=1e-12)


def test_exact_figures_and_kind_mismatch():
    assert convert(90, "min", "h") == 1.5 and convert(1, "mi", "km") == 1.609344
    assert convert(float("inf"), "mi", "km") == float("inf")
    with pytest.raises(ValueError, match="cannot convert"):
        convert(1, "km", "h")


def test_no_unit_registry_at_run_time():
    """Converting loads no pint (its registry costs a second per process)."""
    import subprocess
    import sys

    code = (
        "import sys; from georoute.text.units import to_canonical; to_canonical(733, 'mi'); "
        "from georoute.text.quantities import find_quantities; find_quantities('a 5 km walk'); "
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- figures and units as news writes them (issue 13, class 5) ------------------------------

from georoute.text.quantities import find_quantities  # noqa: E402


def read(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 45-nautical-mile crossing", [("45-nautical-mile", 45, "nmi")]),
        ("the 310-kilometre stage", [("310-kilometre", 310, "km")]),
        ("at 60 m.p.h. on the flat", [("60 m.p.h.", 60, "mph")]),
        ("a 1.8 billion-mile voyage", [("1.8 billion-mile", 1.8e9, "mi")]),
        ("two million miles", [("two million miles", 2e6, "mi")]),
        ("300 versts by sledge", [("300 versts", 300, "verst")]),
        ("twenty leagues on foot", [("twenty leagues", 20, "league")]),
        ("10 1/2 miles of cable", [("10 1/2 miles", 10.5, "mi")]),
        ("a 1/4 mile oval", [("1/4 mile", 0.25, "mi")]),
        ("a 776-foot airship", [("776-foot", 776, "ft")]),
        ("six feet of the cup", [("six feet", 6, "ft")]),
        ("500 yards to the gate", [("500 yards", 500, "yd")]),
        ("a 7.62mm barrel", [("7.62mm", 7.62, "mm")]),
        ("40 centimetres of snow", [("40 centimetres", 40, "cm")]),
        ("a 3-inch blade", [("3-inch", 3, "in")]),
        ("12 ft 2 in", [("12 ft", 12, "ft"), ("2 in", 2, "in")]),
        ("1 m x 1 m", [("1 m", 1, "m"), ("1 m", 1, "m")]),
        ("the first eight months", [("eight months", 8, "mo")]),
        ("three years ago", [("three years", 3, "yr")]),
        ("after a fortnight of detours", [("a fortnight", 1, "fortnight")]),
        ("a trip of 25 min", [("25 min", 25, "min")]),
        ("reached Pyongyang a day later", [("a day", 1, "d")]),
        ("took a week", [("a week", 1, "wk")]),
    ],
)
def test_units_and_figures_read(text, expected):
    assert read(text) == [(t, pytest.approx(v), u) for t, v, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        "It raised $13.6m from investors.",
        "Exports reached 1.2m tons.",
        "It cost 1.8M dollars.",
        "a budget of £2.5 m for repairs",
        "output of 500,000 barrels a day",
        "buys 2.4 billion gallons of jet fuel a year",
        "He sold his shares a week before the crash.",
        "a 39-year-old driver, a 28 - year - old",
        "a floor of 24703m2",
        "the SCP-173 m file",
        "50 km/ms and 50 meters per millisecond",
    ],
)
def test_money_counts_rates_ages_and_codes_are_no_quantities(text):
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "ends", "low", "high"),
    [
        ("estimates of 252 miles to 287 miles", (252, 287), 251.5, 287.5),
        ("between 40 mph and 60 mph", (40, 60), 39.5, 60.5),
        ("~25-40 min by bus", (25, 40), 22.5, 44.0),
        ("its 0-to-60-mph time", (0, 60), 0.0, 60.5),
        ("200-300 km", (200, 300), 199.5, 300.5),
    ],
)
def test_ranges_keep_both_ends(text, ends, low, high):
    (q,) = find_quantities(text)
    assert q.ends == ends and q.hedge == "range"
    assert (q.low, q.high) == pytest.approx((low, high))


def test_range_conversion_is_a_range_too():
    a, b = find_quantities("200-300 km (124-186 miles)")
    assert a.ends == (200, 300)
    assert b.same_as == 0 and b.ends == (124, 186) and (b.low, b.high) == (123.5, 186.5)


def test_a_list_of_figures_is_no_compound_duration():
    assert [q.text for q in find_quantities("legs of 11 hours, 90 minutes")] == [
        "11 hours",
        "90 minutes",
    ]
    (q,) = find_quantities("2 hours 16 minutes")
    assert q.unit == "h" and q.value == pytest.approx(2 + 16 / 60)
    assert len(find_quantities("2 years and 3 months")) == 2


def test_a_change_from_one_figure_to_another_is_no_range():
    qs = find_quantities("It cut the trip from 10 hours to 8 hours.")
    assert [q.ends for q in qs] == [None, None]


# --- what a figure describes (issue 13, classes 1, 2 and 5) ---------------------------------

from georoute.extraction.extract import extract  # noqa: E402
from tests.conftest import ROOT  # noqa: E402


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        ("Dock workers began a 24-hour walkout on Monday.", "24-hour", "event"),
        ("The king flew to Oslo for a three-day state visit.", "three-day", "stay"),
        ("She crossed the line four minutes ahead of her rival.", "four minutes", "margin"),
        ("The train reached Omsk after a fortnight of detours.", "a fortnight", "delay"),
        ("The ferry docked two hours late.", "two hours", "delay"),
        ("Trains run on the 2,000 km Baikal-Amur Mainline.", "2,000 km", "feature"),
        ("Going round Africa adds 3,500 nautical miles.", "3,500 nautical miles", "extra"),
        ("The two cities are 900 km apart as the crow flies.", "900 km", "straight_line"),
        ("Winds gusting to 90 km/h closed the port.", "90 km/h", "weather"),
        ("The yacht sailed on into 50-knot gusts.", "50-knot", "weather"),
        ("The ferry had been out of action for two days.", "two days", "event"),
        ("The federation plans a 1,000-km race next summer.", "1,000-km", "planned"),
        ("Engineers surveyed a proposed 300 km extension.", "300 km", "planned"),
        ("The team planned the 400 km ride for months.", "400 km", "leg"),
        ("The pilot landed the 776-foot airship.", "776-foot", "length"),
        ("The ship was 30 metres long.", "30 metres", "length"),
        ("The summit stands 4,808 metres above sea level.", "4,808 metres", "elevation"),
        ("He has ruled for 12 years.", "12 years", "span"),
        ("The crew sailed for eight months from Plymouth to Sydney.", "eight months", "leg"),
        ("He walked 800 metres from Hanoi station to the hotel.", "800 metres", "leg"),
        ("A drive along the 200-kilometre Reunification Highway.", "200-kilometre", "leg"),
    ],
)
def test_figures_that_are_not_the_journey(gaz, text, figure, relation):
    c = next(c for c in extract(text, gaz) if c.text == figure)
    assert c.relation == relation and (c.leg is None) == (relation != "leg")


def test_distance_from_an_unknown_place_is_a_separation_not_the_trip(gaz):
    claims = extract("The convoy is now 200 miles north of Zubrovkagrad.", gaz)
    d = next(c for c in claims if c.kind == "distance")
    assert d.relation == "separation" and d.leg is None and d.places[0] is None
    (direction,) = [c for c in claims if c.kind == "direction"]
    assert direction.sector == "N" and direction.places[0] is None


# --- the evaluation harness's matching ------------------------------------------------------


def _harness():
    import importlib.util
    import sys

    path = ROOT / "benchmarks" / "eval_quantities.py"
    spec = importlib.util.spec_from_file_location("eval_quantities", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_harness_matches_one_to_one_by_span_then_value():
    ev = _harness()
    row = {
        "id": "x",
        "text": "a 3-inch gap, eight to 10 feet tall, 2 hours",
        "quantities": [
            {"start": 2, "end": 8, "value": 3.0, "unit": "inch", "category": "distance"},
            {"start": 14, "end": 30, "value": [8.0, 10.0], "unit": "foot", "category": "distance"},
            {"start": 37, "end": 44, "value": 2.0, "unit": "hour", "category": "duration"},
        ],
    }
    gold = ev.gold_items(row)
    pred = [
        ev.Item(2, 8, (0.0762,), "distance", "distance"),  # 3 inches in metres: a match
        ev.Item(14, 30, (2.4384,), "distance", "distance"),  # one end of the range: no match
        ev.Item(37, 44, (7200.0,), "duration", "duration"),
        ev.Item(37, 44, (7200.0,), "duration", "duration"),  # the same figure twice: one match
    ]
    assert sorted(ev.match(gold, pred)) == [(0, 0), (2, 2)]
    scores = ev.score([row], lambda text: pred)
    assert scores["distance"]["tp"] == 1 and scores["distance"]["support"] == 2
    assert scores["duration"]["precision"] == 50.0 and scores["length"]["recall"] == 50.0
    assert scores["travel"]["f1"] == pytest.approx(2 * 50 * (200 / 3) / (50 + 200 / 3), abs=0.1)


def test_the_first_character_gate_keeps_every_quantity_match():
    """The quantity regex tests a match's first character before its number-word guard: on every
    test text, and on words opening with characters that fold oddly, the same matches as without."""
    import re
    from pathlib import Path

    from georoute.text import quantities

    gate = f"(?=[\\d½¼¾⅓⅔{quantities._WORD_FIRST}])"
    assert quantities._QTY.pattern.startswith(gate)
    plain = re.compile(quantities._QTY.pattern[len(gate) :], quantities._QTY.flags)
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in root.glob("tests/*/*.txt")]
    texts.append("ſeven km, İ ten miles, ıX, Twenty-two hours, ½ mile, A 5 km walk, AN hour")
    assert len(texts) > 100
    for text in texts:
        assert [m.span() for m in quantities._QTY.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
