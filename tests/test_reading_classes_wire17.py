"""Issue 13, classes found on the twenty-second development set (holdout22), each tested with
wording of its own and a variant: a pronoun that stands for its own sentence's acting subject
(a vessel, a convoy), not for a place of the sentence before; a hedge of several words ("a
little over", "just under") before a figure that a qualifier rule reads."""

from __future__ import annotations

import pytest

from .reading import findings, relations

# -- a pronoun after the sentence's own acting subject is that subject ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The trawler, built in 1994, sent a distress call when it was about 40 nautical miles "
        "north of Gijon.",
        "A cargo ship carrying timber lost power on Monday while it was some 70 km north of Gijon.",
    ],
)
def test_a_pronoun_of_the_sentences_own_subject_places_no_earlier_town(sentence):
    # read as Bilbao (the place of the sentence before), the separation (Gijon-Bilbao is about
    # 205 km) and the direction (Bilbao lies east of Gijon) would be inconsistent
    text = (
        "BILBAO, Spain, Feb. 4, 2025 (Agency) - A tug towed a disabled ship into Bilbao. "
        + sentence
    )
    for check in ("separation", "direction"):
        assert all(f["verdict"] == "unverifiable" for f in findings(text, check)), check


def test_a_pronoun_opening_its_sentence_still_refers_back():
    text = (
        "OVIEDO, Spain, Feb. 4, 2025 (Agency) - The ferry docked at Gijon on Tuesday. It lies "
        "about 205 km west of Bilbao."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f["message"]


# -- a hedge of several words before a figure that a qualifier rule reads ----------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The airship landed after a flight of some 80 km lasting a little over five hours.",
            "five hours",
        ),
        ("The barge docked after a voyage of 300 km lasting just under two days.", "two days"),
    ],
)
def test_a_journey_lasting_a_many_word_hedge_is_the_journey(sentence, figure):
    assert relations(sentence)[figure] in (None, "leg")


def test_a_stay_lasting_a_many_word_hedge_stays_a_stay():
    text = "The delegation stayed in the capital for a little over three days."
    assert relations(text)["three days"] == "stay"
