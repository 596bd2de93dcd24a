"""Tests of georoute.base."""
