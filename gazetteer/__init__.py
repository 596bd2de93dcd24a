"""The curated gazetteer tables (CSV) and their provenance, installed as ``georoute._gazetteer``
(see ``setup.py``): data only, read through ``importlib.resources``."""
