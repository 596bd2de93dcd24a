"""Tests of georoute.text."""
