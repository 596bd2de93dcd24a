"""The georoute exception hierarchy: one root, subclasses that also inherit the matching builtin."""

from __future__ import annotations

__all__ = [
    "DataError",
    "GeorouteError",
    "InputError",
    "PlaceNotFound",
    "UsageError",
]


class GeorouteError(Exception):
    """Root of every error georoute raises on purpose."""


class PlaceNotFound(GeorouteError, LookupError):
    """A place name that the gazetteer cannot place."""


class DataError(GeorouteError, RuntimeError):
    """Shipped or installed data is missing or malformed."""


class InputError(GeorouteError, ValueError):
    """An input document cannot be read or decoded."""


class UsageError(GeorouteError, ValueError):
    """The caller asked for something that makes no sense (bad option, bad value)."""
