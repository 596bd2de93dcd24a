"""Tests of georoute.geo."""
