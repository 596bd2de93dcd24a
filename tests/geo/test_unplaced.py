"""Names presented as places that no mention covers: the lead test before the place-word rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from georoute.geo.unplaced import _PLACE_WORD_BEFORE, _after_place_word

_PIECES = [
    "in", "IN", "At", "to", "from", "near", "off", "via", "into", "towards", "outside",
    "reached", "left", "the", "THE", " ", "  ", "\n", "\u00a0", "according ", "input ",
    "inputs ", "x", "(", ".", "\u0130n", "\u0131N", "toward\u017f", "Mr",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_the_lead_test_changes_no_answer_of_the_place_word_rule(pieces):
    lead = "".join(pieces)[-16:]
    assert _after_place_word(lead) == bool(_PLACE_WORD_BEFORE.search(lead))


def test_place_words_and_their_exceptions():
    assert _after_place_word("crossed the border at ")
    assert _after_place_word("sailed off the ")
    assert not _after_place_word("according to ")
    assert not _after_place_word("said Mr ")
