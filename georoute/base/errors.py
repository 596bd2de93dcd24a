"""The georoute exception hierarchy: one root, subclasses that also inherit the matching builtin."""

from __future__ import annotations

__all__ = [
    "DataError",
    "GeorouteError",
    "InputError",
    "RouteUnavailable",
    "UsageError",
]


class GeorouteError(Exception):
    """Root of every error georoute raises on purpose."""


class DataError(GeorouteError, RuntimeError):
    """Shipped or installed data is missing or malformed."""


class InputError(GeorouteError, ValueError):
    """An input document cannot be read or decoded."""


class UsageError(GeorouteError, ValueError):
    """The caller asked for something that makes no sense (bad option, bad value)."""


class RouteUnavailable(GeorouteError, LookupError):
    """No route between the places asked: ``place`` lies ``snap_km`` km off the network (beyond
    the snapping limit), or nothing connects them (``place`` None). The checks know a router
    only as a callable from a list of places to a route that raises this error."""

    def __init__(self, message: str, place: str | None = None, snap_km: float | None = None):
        super().__init__(message)
        self.place = place
        self.snap_km = snap_km
