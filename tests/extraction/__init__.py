"""Tests of georoute.extraction."""
