"""Packaging helper (everything else is in pyproject.toml): the top-level ``gazetteer/`` folder,
kept there for people to read and edit, ships as the package ``georoute._gazetteer``; the code
finds it with ``importlib.resources`` in an editable install and in a wheel alike.
``pyproject.toml`` alone cannot add a package mapped from another folder to the ones it finds."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["georoute", "georoute.*"]), "georoute._gazetteer"],
    package_dir={"georoute._gazetteer": "gazetteer"},
)
