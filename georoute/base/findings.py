"""The finding value object and number formatting for quotable messages."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

__all__ = ["VERDICTS", "Finding", "FoundRoute", "fmt", "fmt_range"]

VERDICTS = ("consistent", "inconsistent", "unverifiable")


@dataclass(frozen=True)
class FoundRoute:
    """A network route a check found between two places (ids), kept with its finding so that
    outputs draw it instead of routing again."""

    origin: int
    destination: int
    length_km: float
    coords: tuple[tuple[float, float], ...]  # (lat, lon) along the route
    countries: tuple[str, ...]  # in order of passage
    alternative: bool = False  # to a destination another source names


@dataclass(frozen=True)
class Finding:
    """One check's answer: verdict, the claims it used, what it computed, one sentence."""

    check: str
    verdict: str
    docs: tuple[str, ...]
    claims: tuple[str, ...]
    message: str
    computed: dict = field(default_factory=dict)
    legs: tuple[str, ...] = ()
    route: FoundRoute | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS}, got {self.verdict!r}")


def fmt(x: float, unit: str = "") -> str:
    """A number as a journalist writes it: thousands separators, sensible precision."""
    if x is None or (isinstance(x, float) and math.isinf(x)):
        return "no limit"
    ax = abs(x)
    if 0 < ax < 0.01:
        # two significant figures, never "0.00": a 5.5 m boat length over ten days is 0.000023
        return f"{x:.{min(12, 1 - math.floor(math.log10(ax)))}f} {unit}".strip()
    s = f"{x:,.0f}" if ax >= 100 else (f"{x:,.1f}" if ax >= 1 else f"{x:,.2f}")
    if s.endswith(".0"):
        s = s[:-2]
    return f"{s} {unit}".strip()


def fmt_range(lo: float, hi: float, unit: str = "") -> str:
    if math.isinf(hi):
        return f"at least {fmt(lo, unit)}"
    if lo <= 0:
        return f"at most {fmt(hi, unit)}"
    return f"{fmt(lo)}-{fmt(hi, unit)}"
