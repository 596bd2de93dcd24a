"""Units and quantities: the conversion table against pint, the forms of figures and units."""

from __future__ import annotations

import itertools

import pytest

from georoute.units import CANONICAL, UNITS, convert, to_canonical


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
        "import sys; from georoute.units import to_canonical; to_canonical(733, 'mi'); "
        "from georoute.quantities import find_quantities; find_quantities('a 5 km walk'); "
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
