"""The interval a written figure allows: precision of the figure, then the hedge around it.

The rules, with the reason for each (this table is what the report's ``low``/``high`` follow):

==========================  ==============================  ==========================================
words                       interval                        why
==========================  ==============================  ==========================================
plain figure "1,180"        +- half a unit of the last      a rounded figure stands for everything that
                            significant digit (1,175-1,185) rounds to it
trailing zeros, >=3 digits  not significant: "3,000" is     round thousands are written for anything
                            2,500-3,500, but at most 20 %   that rounds to them, but not "100" for
                            either side ("100": 80-120)     60 or 140
one or two digits, words    every digit counts: "20" is     "20 hours" is not written for 25
                            19.5-20.5, "nine" 8.5-9.5
about, around, roughly,     10 % either side (or the        a hedge says the figure is approximate
some, approximately, ~      precision, if wider)
nearly, almost, just        from 10 % below up to the       "nearly 24 hours" is a little under 24
under, close to             figure
barely, scarcely            from 10 % below up to the       "averaging barely 50 kph" for 50.3: only
                            figure as rounded, at most 1 %  just the figure, which is still rounded
                            above it
more than, over, above      above the figure, no upper      a lower bound only (not "over" right after
                            bound                           a figure: "7 hours over 5,570 km")
at least, no less than,     at least the figure             a lower bound only
just over, slightly more,
"4,000-odd"
between X and Y, X-Y,       from the low figure to the      a range states both ends
X to Y                      high one, each as written
up to, at most, rarely      at most the figure, no lower    an upper bound, not an average: a top speed
exceed, top speed,          bound                           is reached, not held
maximum, less than, under,
reaching, hitting, cruising
==========================  ==============================  ==========================================

>>> figure_interval("1,180", 1180.0)
(1175.0, 1185.0)
>>> figure_interval("3,000", 3000.0)
(2500.0, 3500.0)
>>> figure_interval("100", 100.0)
(80.0, 120.0)
>>> hedge_interval(50.0, (49.5, 50.5), "about")
(45.0, 55.0)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from georoute.base.rules import rule_rows

__all__ = ["HEDGES", "Hedge", "decimals", "figure_interval", "hedge_interval", "hedge_of"]

INF = math.inf
#: The most a round figure's trailing zeros allow either side, as a share of it: "100 km/h" is
#: 80-120 km/h, not 50-150 (a figure of one leading digit is written for what rounds to it,
#: but nobody writes "100" for 60 or 140).
ROUND_FIGURE_SHARE = 0.2
#: How far above a figure "barely" or "scarcely" reached its own rounding may go.
BARELY_ROUNDING = 0.01


@dataclass(frozen=True)
class Hedge:
    """A hedge family: how it turns the figure's interval into the claim's interval."""

    kind: str  # approx | below | barely | above | upper | lower
    why: str


#: Hedge word (lower case) to its family, from the table ``georoute/data/rules/hedges.json``.
HEDGES: dict[str, Hedge] = {}
for _row in rule_rows("hedges"):
    for _w in _row["words"]:
        HEDGES[_w] = Hedge(_row["kind"], _row["why"])


def decimals(text: str) -> int:
    """How many decimals a written figure has."""
    digits = text.replace(",", "").replace("\u202f", "").replace(" ", "")
    return len(digits.split(".")[1]) if "." in digits else 0


def figure_interval(written: str, value: float, is_word: bool = False) -> tuple[float, float]:
    """Everything that rounds to the figure as written."""
    if is_word:
        half = 0.25 if value != int(value) else 0.5
        return (value - half, value + half)
    dec = decimals(written)
    if dec:
        half = 0.5 * 10.0**-dec
    else:
        n = round(value)
        digits = str(abs(n))
        if len(digits) >= 3:
            zeros = len(digits) - len(digits.rstrip("0"))
            zeros = min(zeros, len(digits) - 1)
            half = min(0.5 * 10.0**zeros, ROUND_FIGURE_SHARE * abs(value))
        else:
            half = 0.5
    return (round(value - half, 9), round(value + half, 9))


def hedge_interval(
    value: float, figure: tuple[float, float], hedge: str | None
) -> tuple[float, float]:
    """The claim's interval from the figure's interval and its hedge word (None: no hedge)."""
    lo, hi = figure
    if not hedge:
        return lo, hi
    h = HEDGES.get(hedge.casefold())
    if h is None:
        return lo, hi
    if h.kind == "approx":
        return (round(min(lo, value * 0.9), 9), round(max(hi, value * 1.1), 9))
    if h.kind == "below":
        return (round(value * 0.9, 9), value)
    if h.kind == "barely":
        return (round(value * 0.9, 9), round(min(hi, value * (1 + BARELY_ROUNDING)), 9))
    if h.kind == "above":
        return (value, INF)
    if h.kind == "lower":
        return (value, INF)
    if h.kind == "little_above":
        return (value, round(value * 1.1, 9))
    if h.kind == "range":
        return lo, hi  # the ends were set when the range was read
    return (0.0, value)  # upper bound


def hedge_of(hedge: str | None) -> Hedge | None:
    return HEDGES.get(hedge.casefold()) if hedge else None
