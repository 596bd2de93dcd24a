"""Whole-text scans tried only where their words stand (``text.document.finditer_at`` at the
``word_starts`` of the words every match opens with) find what the pattern's own scan finds;
so do the searches written from a name's or a word's occurrences. Texts are made of the words
the patterns read, in both cases, with the characters around them that decide a word boundary."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from georoute.base.folding import folds_plainly
from georoute.extraction import extract, times
from georoute.geo import readings, unplaced
from georoute.text import timeexpr
from georoute.text.document import finditer_at, word_starts

_WORDS = [
    *("headed", "Heading", "went", "travelled", "going", "moving", "north", "south-east"),
    *("wards", "bound", "the", "The", "port", "harbour", "airport", "here", "where", "this"),
    *("This", "city", "southern", "town", "pulled", "steamed", "out", "of", "Colombo", "Fort"),
    *("from here", "docked back here", "pulled in here", "This southern port", "this city"),
    *("arrived", "docks", "landed", "berthed", "returns", "came", "comes", "reached", "in", "from"),
    *("Moscow's", "Moscow’s", "Leningradsky", "railway", "station", "Airport", "US", "SA"),
    *("USA", "T&T", "NSW", "US$", "Zardini", "said", ",", "40,", "DiZardini", "Ruiz-Lopez"),
]
_GLUE = st.sampled_from([" ", "  ", "\n", "-", "", ".", ", ", "\u00a0", "_", "'"])
_TEXTS = st.tuples(_GLUE, st.lists(st.tuples(st.sampled_from(_WORDS), _GLUE), max_size=14)).map(
    lambda lead_parts: lead_parts[0] + "".join(w + g for w, g in lead_parts[1])
)


def _spans(ms) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in ms]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_scans_from_their_opening_words_find_the_full_scans_matches(text):
    low = text.lower()
    heading = extract._HEADING_LOW
    assert _spans(finditer_at(heading, low, word_starts(low, extract._HEADING.words))) == (
        _spans(heading.finditer(low))
    )
    pulled = extract._PULLED_OUT_OF.rx
    assert _spans(finditer_at(pulled, text, word_starts(text, extract._PULLED_OUT_OF.words))) == (
        _spans(pulled.finditer(text))
    )
    station = extract._CITYS_STATION
    assert _spans(finditer_at(station, text, word_starts(text, ("'s", "’s")))) == (
        _spans(station.finditer(text))
    )
    place = extract._THIS_PLACE
    assert _spans(finditer_at(place, text, word_starts(text, extract._THIS_PLACE_OPENINGS))) == (
        _spans(place.finditer(text))
    )
    this = extract._THIS_NOUN
    assert (next(finditer_at(this, text, word_starts(text, ("this", "This"))), None) is None) == (
        this.search(text) is None
    )


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_gates_read_from_words_say_what_the_patterns_say(text):
    assert extract._the_port_written(text) == (extract._THE_PORT_GATE.search(text) is not None)
    here = any(extract._HERE.match(text, k - 1) for k in word_starts(text, ("here",)) if k)
    assert here == (extract._HERE.search(text) is not None)
    for name in ("Zardini", "SA", "US", "Ruiz-Lopez", "e"):
        for marks in times._PERSON_MARKS:
            want = re.search(r"\b" + re.escape(name) + marks.pattern, text) is not None
            assert times._written_before(text, name, marks) == want


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sets(st.sampled_from(["US", "SA", "T&T", "NSW", "USA", "S"])))
def test_initialisms_tried_where_they_stand_are_those_the_whole_scan_finds(text, keys):
    rx = readings._WRITTEN_INITIALISM
    want = [m.span() for m in rx.finditer(text) if m.group() in keys]
    got = [m.span() for m in finditer_at(rx, text, word_starts(text, keys)) if m.group() in keys]
    assert got == want


_CASE_WORDS = [
    *("he", "She", "IT", "train", "Train", "the", "last", "Next", "return", "back", "ferry"),
    *("flight", "FLIGHT", "drove", "from", "From", "to", "To", "until", "till", "-", "–"),
    *("north", "North-East", "SOUTH", "west", "towards", "of", "Of", "far", "extreme"),
    *("ſ", "K", "İ", "ı", "12-year-old", "9", "x"),
]
_CASE_TEXTS = st.lists(st.tuples(st.sampled_from(_CASE_WORDS), _GLUE), max_size=12).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=400, deadline=None)
@given(_CASE_TEXTS)
def test_lower_cased_twins_find_the_case_insensitive_patterns_matches(text):
    for rx, twin in (
        (times._ACTORS, times._ACTORS_LOW),
        (times._RETURN_SERVICE, times._RETURN_SERVICE_LOW),
        (times._RANGE_TO, times._RANGE_TO_LOW),
        (times._RANGE_TRAVEL, times._RANGE_TRAVEL_LOW),
        (extract._WAY_TO_END, extract._WAY_TO_END_LOW),
        (extract._DIRECTION_ONLY.rx, extract._DIRECTION_ONLY_LOW),
    ):
        want = rx.search(text)
        got = times._search_low(rx, twin, text)
        assert (want and want.span()) == (got and got.span())


_HEDGE_WORDS = [
    *("may", "May", "MAY", "might", "Might", "plans", "to", "will", "now", "head", "set", "off"),
    *("speculated", "in", "talks", "could", "16", "2", "x", "maybe", "dismay", "ſ", "K", "İ"),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_HEDGE_WORDS), _GLUE), max_size=10))
def test_a_hedge_read_in_two_parts_is_the_patterns(parts):
    sentence = "".join(w + g for w, g in parts)
    assert extract._speculates(sentence) == (extract._SPECULATIVE.rx.search(sentence) is not None)


_LEAD_WORDS = ["In", "at", "TO", "from", "according", "inputs", "the", "The", "left", "x", "ſ", "K"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LEAD_WORDS), _GLUE), max_size=6))
def test_a_place_word_before_a_name_is_read_as_the_pattern_reads_it(parts):
    lead = "".join(w + g for w, g in parts)
    want = unplaced._PLACE_WORD_BEFORE.search(lead) is not None
    assert unplaced._after_place_word(lead) == want


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([" ", "\n", "\u00a0", "to", "To", "-", "–", "x", "\t"]), max_size=5)
)
def test_a_course_s_join_is_read_as_the_pattern_reads_it(parts):
    gap = "".join(parts)
    want = extract._COURSE_TO.fullmatch(gap) is not None
    assert (gap.strip() in extract._COURSE_JOINS) == want


_DATE_WORDS = [
    *("Monday", "TUESDAY", "early", "Late", "May", "Sept.", "March", "12", "3", "2024", "in"),
    *("since", "the", "morning", "Earlier", "today", "Yesterday", "next", "week", "ſ", "K", "of"),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DATE_WORDS), _GLUE), max_size=10))
def test_date_patterns_matched_by_their_twins_read_the_same_dates(parts):
    text = "".join(w + g for w, g in parts)
    if not folds_plainly(text):
        return
    starts = list(range(len(text)))
    for rx in timeexpr._TWINNED:
        want = [
            (m.span(), {k: v and v.casefold() for k, v in m.groupdict().items()})
            for m in timeexpr._matches(rx, text, starts)
        ]
        got = [
            (m.span(), {k: v and v.casefold() for k, v in m.groupdict().items()})
            for m in timeexpr._matches(rx, text, starts, text.lower())
        ]
        assert got == want
