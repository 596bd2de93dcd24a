"""Round 24's classes (issue 13), and how the test articles' expectations are scored."""

from __future__ import annotations

from pathlib import Path

from tests.expectations import Article, _spans


def _article(text: str) -> Article:
    return Article("x", text, Path("x.txt"), {})


def test_a_figure_inside_a_longer_figure_is_not_that_figure():
    text = "Brown, then about 33, sat in a box; Philadelphia lies about 330 km away, 1,100 km."
    assert _spans([_article(text)], "about 33") == [("x", text.index("about 33,"), 20)]
    assert _spans([_article(text)], "1") == []
    assert len(_spans([_article(text)], "about 330 km")) == 1
