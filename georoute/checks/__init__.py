"""The physics checks. Pure functions: claims, places and trips in, findings out.

Interval arithmetic throughout: a check is inconsistent only when no values inside the claims'
intervals can make the figures agree. One module a family: ``figures`` (d = v·t, conversions,
plausibility), ``positions`` (geodesic bound, separation, direction), ``sources`` (across
documents), ``times`` (timeline, calendar), ``routes`` (rail route length).
"""

from __future__ import annotations

import dataclasses

from georoute.base.findings import Finding
from georoute.checks.common import CheckInput, without_misplaced
from georoute.checks.figures import (
    check_plausibility,
    check_speed_distance_time,
    check_unit_conversion,
)
from georoute.checks.positions import check_direction, check_geodesic_bound, check_separation
from georoute.checks.routes import check_route_length
from georoute.checks.sources import check_cross_source
from georoute.checks.times import check_calendar, check_timeline

__all__ = [
    "CHECKS",
    "CheckInput",
    "check_calendar",
    "check_cross_source",
    "check_direction",
    "check_geodesic_bound",
    "check_plausibility",
    "check_route_length",
    "check_separation",
    "check_speed_distance_time",
    "check_timeline",
    "check_unit_conversion",
    "run_checks",
]

CHECKS = (
    check_speed_distance_time,
    check_unit_conversion,
    check_geodesic_bound,
    check_separation,
    check_direction,
    check_route_length,
    check_cross_source,
    check_timeline,
    check_calendar,
    check_plausibility,
)


def run_checks(inp: CheckInput, checks: tuple = CHECKS) -> list[Finding]:
    """Every check (or those given), in a fixed order; a finding said twice in the same words (the
    same figure written twice in one article) is said once, citing every claim behind it."""
    merged: dict[tuple, Finding] = {}
    # (the docs and claims of each finding said again, gathered once: a text that repeats one
    # sentence thousands of times would else rebuild them at every repeat)
    more: dict[tuple, tuple[dict, dict]] = {}
    for f in (f for check in checks for f in check(inp)):
        key = (f.check, f.verdict, f.message, f.legs)
        if key in merged:
            docs, claims = more.setdefault(
                key, (dict.fromkeys(merged[key].docs), dict.fromkeys(merged[key].claims))
            )
            docs.update(dict.fromkeys(f.docs))
            claims.update(dict.fromkeys(f.claims))
        else:
            merged[key] = f
    for key, (docs, claims) in more.items():
        merged[key] = dataclasses.replace(merged[key], docs=tuple(docs), claims=tuple(claims))
    return without_misplaced(list(merged.values()), inp)
