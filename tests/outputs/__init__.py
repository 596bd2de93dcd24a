"""Tests of georoute.outputs."""
