"""Units of travel quantities: normalised symbols, their kind and exact conversion factors.

Every factor is an exact definition (international yard and pound agreement of 1959:
1 ft = 0.3048 m, 1 mi = 1,609.344 m; international nautical mile of 1929: 1,852 m; Julian
year of 365.25 days, a month its twelfth), written out here instead of loading a unit registry
at run time; ``tests/text/test_quantities.py`` checks each one against pint.

>>> round(to_canonical(733, "mi")[0], 1)
1179.6
>>> convert(10, "kn", "km/h")
18.52
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

__all__ = [
    "CANONICAL",
    "KIND_OF_UNIT",
    "LENGTH_UNITS",
    "UNITS",
    "Unit",
    "convert",
    "to_canonical",
]


@dataclass(frozen=True)
class Unit:
    """A normalised unit (the report's ``unit``): its kind, its size in the kind's canonical
    unit (km, km/h or h) and the pint expression the tests compare that size with."""

    symbol: str
    kind: str  # distance, speed or duration
    factor: Fraction  # exact, so that 90 min is 1.5 h to the last bit
    pint: str


_MI, _NMI, _FT = Fraction("1.609344"), Fraction("1.852"), Fraction("0.0003048")  # km, exact
_YEAR_H = Fraction("365.25") * 24  # Julian year, as pint's ``year``
_F = Fraction

UNITS: dict[str, Unit] = {
    u.symbol: u
    for u in (
        Unit("km", "distance", _F(1), "kilometer"),
        Unit("mi", "distance", _MI, "mile"),
        Unit("nmi", "distance", _NMI, "nautical_mile"),
        Unit("m", "distance", _F(1, 1000), "meter"),
        Unit("cm", "distance", _F(1, 100_000), "centimeter"),
        Unit("mm", "distance", _F(1, 1_000_000), "millimeter"),
        Unit("ft", "distance", _FT, "foot"),
        Unit("yd", "distance", 3 * _FT, "yard"),
        Unit("in", "distance", _FT / 12, "inch"),
        # the Russian verst of 500 sazhen (1835): 3,500 English feet
        Unit("verst", "distance", 3500 * _FT, "3500 * foot"),
        # the English land league of three statute miles (pint's ``league`` uses survey miles)
        Unit("league", "distance", 3 * _MI, "3 * mile"),
        Unit("km/h", "speed", _F(1), "kilometer / hour"),
        Unit("mph", "speed", _MI, "mile / hour"),
        Unit("kn", "speed", _NMI, "knot"),
        Unit("m/s", "speed", _F("3.6"), "meter / second"),
        Unit("km/d", "speed", _F(1, 24), "kilometer / day"),
        Unit("mi/d", "speed", _MI / 24, "mile / day"),
        Unit("nmi/d", "speed", _NMI / 24, "nautical_mile / day"),
        Unit("h", "duration", _F(1), "hour"),
        Unit("min", "duration", _F(1, 60), "minute"),
        Unit("s", "duration", _F(1, 3600), "second"),
        Unit("d", "duration", _F(24), "day"),
        # a count of nights ("13 nights on the trail", "a ten-night cruise") spans as many days
        Unit("night", "duration", _F(24), "day"),
        Unit("wk", "duration", _F(168), "week"),
        Unit("fortnight", "duration", _F(336), "fortnight"),
        Unit("mo", "duration", _YEAR_H / 12, "month"),
        Unit("yr", "duration", _YEAR_H, "year"),
    )
}
KIND_OF_UNIT: dict[str, str] = {s: u.kind for s, u in UNITS.items()}
#: Distance units for lengths and sizes rather than journeys ("a 776-foot airship").
LENGTH_UNITS = frozenset({"m", "cm", "mm", "ft", "yd", "in"})
#: The unit each kind is compared in.
CANONICAL = {"distance": "km", "speed": "km/h", "duration": "h"}


def convert(value: float, src: str, dst: str) -> float:
    """Convert between normalised unit symbols of one kind.

    >>> convert(1, "mi", "km"), convert(90, "min", "h")
    (1.609344, 1.5)
    """
    num, den = _ratio(src, dst)
    if value in (float("inf"), float("-inf")) or num == den:
        return value
    return value * num / den


@lru_cache(maxsize=1024)
def _ratio(src: str, dst: str) -> tuple[int, int]:
    a, b = UNITS[src], UNITS[dst]
    if a.kind != b.kind:
        raise ValueError(f"cannot convert {src!r} ({a.kind}) to {dst!r} ({b.kind})")
    r = a.factor / b.factor
    return r.numerator, r.denominator


def to_canonical(value: float, unit: str) -> tuple[float, str]:
    """The value in its kind's canonical unit (km, km/h or h)."""
    dst = CANONICAL[KIND_OF_UNIT[unit]]
    return convert(value, unit, dst), dst
