"""Sub-mode words: the fast scan (first words at word starts, then each pattern where they
stand) answers as searching the whole text with every pattern."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from georoute.base import modes
from georoute.base.modes import SUBMODES, submodes_in

ROOT = Path(__file__).resolve().parents[2]


def _plain(text: str) -> tuple[str, ...]:
    return tuple(sm.id for sm in SUBMODES if sm.words.search(text))


def test_every_sub_mode_has_first_words():
    assert all(words and "" not in words for _, words in modes._STARTS)
    assert "car" in dict((sm.id, w) for sm, w in modes._STARTS)["car"]


@pytest.mark.parametrize(
    "text",
    [
        "He drove his own car to Lyon.",
        "A TGV, an ice cream and an ICE.",
        "18-wheelers and tanker  trucks",
        "CARGO SHIPS and Ferries",
        "xcar carx scar",
        "The \u212aTX and the ſhinkansen",  # odd-case letters: the slow way
        "İnter-city trains",
        "",
    ],
)
def test_same_answers_as_searching_every_pattern(text):
    assert submodes_in(text) == _plain(text)


def test_same_answers_on_the_test_articles():
    for folder in ("articles", "wire"):
        for p in sorted((ROOT / "tests" / folder).glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            assert submodes_in(text) == _plain(text), p.name


_WORDS = ["car", "Cars", "bus", "coach", "TGV", "tgv", "high-speed", "high speed", "jet", "ferry"]


@given(st.lists(st.sampled_from([*_WORDS, " ", "-", "x", "İ", "\u212a", ".", "\n"]), max_size=12))
def test_same_answers_on_word_salad(parts):
    text = "".join(parts)
    assert submodes_in(text) == _plain(text)


def test_people_and_shared_words_are_words_of_their_mode():
    from georoute.base.rules import rule_rows

    for row in rule_rows("modes"):
        for key in ("people", "shared"):
            assert set(row.get(key, ())) <= set(row.get("words", ())), (row["id"], key)
    assert modes.SHARED_WORDS and not modes.SHARED_WORDS & modes.PEOPLE_WORDS
