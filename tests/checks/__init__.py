"""Tests of georoute.checks."""
