"""georoute: an offline verifier of travel claims in news text."""

from georoute._version import __version__

__all__ = ["__version__"]
