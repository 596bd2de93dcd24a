"""Leg endpoints (georoute.extraction.endpoints) as extraction reports them: which places a sentence's
figures run from and to, and which places are only passed on the way."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from georoute.base.documents import Document
from georoute.extraction.endpoints import place_relation
from georoute.extraction.extract import extract_document


def legs(text: str, gaz) -> list[tuple[str | None, str | None]]:
    d = extract_document(Document("t", text, dt.date(2024, 5, 6)), gaz)
    name = {pid: p.name for pid, p in d.places.items()}
    return [(name.get(lg.origin), name.get(lg.destination)) for lg in d.legs]


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("The train left Berlin for Warsaw on Monday, a 570 km trip.", "Berlin", "Warsaw"),
        ("He flew from Tokyo to Osaka, a distance of 400 km.", "Tokyo", "Osaka"),
        ("The 300 km run between Paris and Lyon took two hours in 1981.", "Paris", "Lyon"),
    ],
)
def test_from_and_to_are_the_legs_ends(text, origin, destination, gaz):
    assert legs(text, gaz) == [(origin, destination)]


def test_a_place_passed_on_the_way_is_no_endpoint(gaz):
    text = (
        "The plane made a refuelling stop in Singapore on its way from Sydney to London, 17,000 km."
    )
    assert legs(text, gaz) == [("Sydney", "London")]


def test_a_sentence_without_travel_figures_has_no_leg(gaz):
    assert legs("Berlin and Warsaw signed a treaty on Monday.", gaz) == []


@pytest.mark.parametrize(
    "before",
    ["The service pulled out of ", "A train pulling out of ", "The night bus pulls out of "],
)
def test_pulled_out_of_is_a_departure(before):
    assert place_relation(before) == "origin"


@pytest.mark.parametrize(
    ("before", "relation"),
    [
        ("The relay team reached the Atlantic resort town of ", "destination"),
        ("By dusk they had reached the remote mining village of ", "destination"),
        ("The pilgrims reached the top of the pass near ", None),
    ],
)
def test_a_place_described_after_reached_is_the_destination(before, relation):
    assert place_relation(before) == relation


def test_a_person_s_home_town_is_no_origin(gaz):
    """ "X, a taxi driver from Basra, set out from Najaf ... to Karbala": Basra is where the
    walker lives; a trip's own noun keeps the origin (", a night train from Hanoi,")."""
    text = (
        "Pilgrims crowded the roads of Iraq on Friday. Ali Hassan, 52, a taxi driver from Basra, "
        "set out from the shrine in Najaf on Thursday with his sons and walked about 80 km "
        "along the road to Karbala in three days."
    )
    assert [lg for lg in legs(text, gaz) if "Basrah" in lg] == []
    text = "They boarded the SE1, a night train from Hanoi, for a 690 km run to Hue."
    assert legs(text, gaz) == [("Hanoi", "Huế")]


def test_a_home_before_a_departure_from_another_place_is_no_origin(gaz):
    """ "The baker from Leeds set out from Kendal": Leeds is the walker's home; the leg starts
    at Kendal."""
    text = "The baker from Leeds set out from Kendal and walked 110 km to Carlisle in four days."
    assert legs(text, gaz) == [("Kendal", "Carlisle")]


def test_a_hyphenated_adjective_is_no_action_between_a_place_and_its_position(gaz):
    """ "Hoi An, the UNESCO-listed town some 25 km south-east of Da Nang": the town is the
    subject (the claim's places are the reference, then the subject)."""
    text = "Hoi An, the UNESCO-listed town some 25 km south-east of Da Nang, drew crowds."
    d = extract_document(Document("t", text, dt.date(2024, 5, 6)), gaz)
    sep = [c for c in d.claims if c.relation == "separation" and c.kind == "distance"]
    assert [[d.places[p].name if p else None for p in c.places] for c in sep] == [
        ["Da Nang", "Hoi An"]
    ]


def _searched_whole(lead: str) -> str | None:
    """``place_relation`` without its cheap first-word test: every regex searched in the whole lead."""
    from georoute.extraction import endpoints as ep

    lead = ep._CLOCK_DOTS.sub(r"\1_m_", lead)  # the same three steps before the search
    lead = ep._NUMBER_MARKS.sub("_", lead)
    if ep._WAYPOINT_BEFORE.search(lead.lower()[-30:]):
        return None
    if any(rx.search(lead) for rx in ep._ORIGIN_BEFORE):
        return "origin"
    if any(rx.search(lead) for rx in ep._DESTINATION_BEFORE):
        return "destination"
    return None


def test_the_characters_that_fold_oddly_are_all_known():
    import re
    import sys

    from georoute.base.folding import FOLD_ODD

    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert odd == FOLD_ODD


@pytest.mark.parametrize(
    "lead",
    [
        "The convoy ſet off from ",  # a long s matches "s" but does not lower-case to it
        "The train rarely left ",
        "He arrived on Tuesday in the far-eastern city of ",
        "The İstanbul ferry sailed from ",
        "PASSENGERS BOARDED THE TRAIN IN ",
        "reached the old border town of ",
        "Kim said so to ",
        "",
    ],
)
def test_the_first_word_test_changes_no_relation(lead):
    assert place_relation(lead) == _searched_whole(lead)


def test_the_first_word_test_changes_no_relation_in_the_test_articles():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = [
        p.read_text(encoding="utf-8")
        for d in ("articles", "wire")
        for p in (root / d).glob("*.txt")
    ]
    leads = [t[max(0, k - 120) : k] for t in texts for k in range(0, len(t), 7)]
    assert sum(place_relation(lead) is not None for lead in leads) > 100
    assert [place_relation(lead) for lead in leads] == [_searched_whole(lead) for lead in leads]


def test_a_relative_clause_after_the_city_does_not_hide_the_subject_of_lies(gaz):
    """'Ghent, where the dedicated line ends, lies about 50 km from Brussels': Ghent is 50 km from
    Brussels; the verb of the relative clause is no action of the sentence."""
    from georoute.base.documents import Document
    from georoute.extraction.extract import extract_document

    text = "Ghent, where the dedicated high-speed line ends, lies about 50 km from Brussels."
    dc = extract_document(Document("d", text), gaz)
    km = next(c for c in dc.claims if c.text == "50 km")
    assert km.relation == "separation"
    assert sorted(dc.places[p].name for p in km.places) == ["Brussels", "Gent"]


def test_crossing_from_is_where_the_journey_starts(gaz):
    """'docked in Dover after crossing the Channel from Calais': Calais is the origin, though
    it is named after the destination and the verb of travel is "crossing"."""
    from georoute.base.documents import Document
    from georoute.extraction.extract import extract_document

    text = "The swimmers' support boat docked in Dover after crossing the Channel from Calais."
    dc = extract_document(Document("d", text), gaz)
    roles = {c.text: c.relation for c in dc.claims if c.kind == "place"}
    assert roles["Calais"] == "origin" and roles["Dover"] == "destination"


def test_an_appositive_after_the_city_does_not_hide_the_subject_of_lies(gaz):
    """'Jerash, the Roman city the group toured on the way, lies about 50 km north of Amman'."""
    from georoute.base.documents import Document
    from georoute.extraction.extract import extract_document

    text = "Jerash, the Roman city the group toured on the way, lies about 50 km north of Amman."
    dc = extract_document(Document("d", text), gaz)
    km = next(c for c in dc.claims if c.text == "50 km")
    assert km.relation == "separation" and None not in km.places


_LEAD_WORDS = [
    "left", "LEFT", "rarely", "departed", "from", "out", "of", "the", "set", "off", "in", "at",
    "outside", "flew", "train", "arrived", "to", "into", "for", "reached", "entered", "Moscow",
    "city", ",", ".", ";", "\u017f", "\u0130n", "\u212a", " ", "\n",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_WORDS), max_size=14), st.sampled_from(["", " ", "  "]))
def test_the_lead_tests_change_no_relation(words, end):
    # the first-word, last-word and last-stop tests before each rule's search
    lead = " ".join(words) + end
    assert place_relation(lead) == _searched_whole(lead)


# ---------------------------------------------------------------------------------------------
# the first words of the endpoint rows, written as a tree of letters: the same match starts


def _flat_first_words(rid: str) -> re.Pattern:
    from georoute.base.rules import rule_row

    words = {w.split(" ")[0].removesuffix("*").lower() for w in rule_row("endpoints", rid)["words"]}
    return re.compile("|".join(sorted(words)))


@pytest.mark.parametrize(
    "rid", ["origin_verb", "origin_travel", "destination_travel", "destination_reached"]
)
def test_letter_tree_matches_where_the_flat_alternation_does(rid):
    from georoute.extraction import endpoints

    tree = endpoints._first_words(rid)
    flat = _flat_first_words(rid)
    texts = [
        p.read_text(encoding="utf-8").lower()
        for folder in ("articles", "wire")
        for p in sorted((Path(__file__).parents[1] / folder).glob("*.txt"))[:12]
    ]
    for low in texts:
        for i in range(0, len(low), 7):
            a, b = flat.search(low, i), tree.search(low, i)
            assert (a and a.start()) == (b and b.start())


@given(
    st.lists(st.text("abcde", min_size=1, max_size=4), min_size=1, max_size=8), st.text("abcde ")
)
@settings(max_examples=200, deadline=None)
def test_letter_tree_of_any_words_matches_where_their_alternation_does(words, text):
    from georoute.base.rules import letter_tree

    flat = re.compile("|".join(sorted(set(words))))
    tree = re.compile(letter_tree(set(words)))
    for i in range(len(text) + 1):
        a, b = flat.search(text, i), tree.search(text, i)
        assert (a and a.start()) == (b and b.start())
