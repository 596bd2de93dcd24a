"""Issue 13, classes of round 15 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

from .reading import findings

# --- a town's name inside a feature's longer name stays a place for the rest of the text ------

_SIERRA = (
    "SEGOVIA, Spain, March 3, 2026 (Agency) - Snow closed the passes of the Sierra de "
    "Guadarrama for two days. On Tuesday the first coach left Guadarrama at 9:00 and reached "
    "Segovia at 9:50, covering {km} km of mountain road."
)


def test_a_town_named_inside_a_feature_name_is_still_the_origin_later():
    # read as a word of a name ("Sierra de Guadarrama"), the town was dropped from the whole
    # text and the coach's leg had no origin
    (f,) = findings(_SIERRA.format(km="38"), "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "Guadarrama" in f["message"]


def test_a_town_named_inside_a_feature_name_still_bounds_a_short_figure():
    (f,) = findings(_SIERRA.format(km="12"), "geodesic_bound")
    assert f["verdict"] == "inconsistent"
