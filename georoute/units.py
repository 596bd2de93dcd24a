"""Units of travel quantities: written forms, normalised symbols, conversions through pint.

>>> round(to_canonical(733, "mi")[0], 1)
1179.6
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["CANONICAL", "KIND_OF_UNIT", "PINT_NAME", "convert", "to_canonical"]

#: Normalised symbol (the report's ``unit``) -> pint unit expression.
PINT_NAME: dict[str, str] = {
    "km": "kilometer",
    "mi": "mile",
    "nmi": "nautical_mile",
    "m": "meter",
    "km/h": "kilometer / hour",
    "mph": "mile / hour",
    "kn": "knot",
    "m/s": "meter / second",
    "km/d": "kilometer / day",
    "mi/d": "mile / day",
    "nmi/d": "nautical_mile / day",
    "h": "hour",
    "min": "minute",
    "s": "second",
    "d": "day",
    "wk": "week",
}
KIND_OF_UNIT: dict[str, str] = {
    "km": "distance",
    "mi": "distance",
    "nmi": "distance",
    "m": "distance",
    "km/h": "speed",
    "mph": "speed",
    "kn": "speed",
    "m/s": "speed",
    "km/d": "speed",
    "mi/d": "speed",
    "nmi/d": "speed",
    "h": "duration",
    "min": "duration",
    "s": "duration",
    "d": "duration",
    "wk": "duration",
}
#: The unit each kind is compared in.
CANONICAL = {"distance": "km", "speed": "km/h", "duration": "h"}


@lru_cache(maxsize=1)
def _registry():
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def _factor(src: str, dst: str) -> float:
    ureg = _registry()
    return float(ureg.Quantity(1.0, PINT_NAME[src]).to(PINT_NAME[dst]).magnitude)


def convert(value: float, src: str, dst: str) -> float:
    """Convert between normalised unit symbols with pint (factors cached per pair)."""
    if value in (float("inf"), float("-inf")):
        return value
    return value * _factor(src, dst)


def to_canonical(value: float, unit: str) -> tuple[float, str]:
    """The value in its kind's canonical unit (km, km/h or h)."""
    dst = CANONICAL[KIND_OF_UNIT[unit]]
    return convert(value, unit, dst), dst
