"""The quick tests that spare the extractor a pattern's search say no only where the pattern
cannot match: matches generated from each pattern (hypothesis) and those found in the test
articles all pass their test, so a pattern widened later without its test is caught."""

from __future__ import annotations

import re

import pytest
from hypothesis import find as find_example
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from georoute.extraction import extract as extract_module
from georoute.extraction import times as times_module
from georoute.geo import mentions as mentions_module
from georoute.geo import namespans as namespans_module
from georoute.text import document as document_module
from tests.extraction.test_extract import _TEXTS


def _first_located(s: str) -> bool:
    m = namespans_module._LOCATED_VERB.match(s)
    return m is not None and m.group(1) in namespans_module.LOCATION_VERBS


def _located(s: str) -> bool:
    m = namespans_module._LOCATED.match(s)
    return m is not None and m.group(1) in namespans_module.LOCATION_VERBS


#: name: (pattern, whether it matches a string, whether the quick test lets the search run)
CASES = {
    "way_to_end": (
        extract_module._WAY_TO_END,
        lambda s: extract_module._WAY_TO_END.search(s) is not None,
        lambda s: s.rstrip().casefold().endswith(extract_module._WAY_TO_END_LAST),
    ),
    "the_port": (
        extract_module._THE_PORT,
        lambda s: extract_module._THE_PORT.search(s) is not None,
        lambda s: extract_module._THE_PORT_GATE.search(s) is not None,
    ),
    "this_place": (
        extract_module._THIS_PLACE,
        lambda s: extract_module._THIS_PLACE.search(s) is not None,
        lambda s: (
            extract_module._HERE.search(s) is not None
            or extract_module._THIS_NOUN.search(s) is not None
        ),
    ),
    "particle_before": (
        mentions_module._PARTICLE_BEFORE,
        lambda s: mentions_module._PARTICLE_BEFORE.search(s) is not None,
        lambda s: s.rstrip().endswith(mentions_module._PARTICLE_ENDS),
    ),
    "by_vehicle": (
        document_module._BY_VEHICLE,
        lambda s: document_module._BY_VEHICLE.search(s) is not None,
        lambda s: document_module._BY_GATE.search(s) is not None,
    ),
    "located": (namespans_module._LOCATED, _located, _first_located),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_generated_match_is_turned_away(name):
    rx, matches, passes = CASES[name]
    try:
        found = find_example(
            st.from_regex(rx),
            lambda s: matches(s) and not passes(s),
            settings=settings(max_examples=300, derandomize=True, database=None),
        )
    except NoSuchExample:
        found = None
    assert found is None


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_match_in_the_test_articles_is_turned_away(name):
    rx, matches, passes = CASES[name]
    # each match as the search sees it: the text up to its end (the patterns ending in "$"
    # are searched in a window that ends where the name starts), and from its start
    seen = [(t[: m.end()], t[m.start() :]) for t in _TEXTS for m in rx.finditer(t)]
    assert [w for w, _ in seen if matches(w) and not passes(w)] == []
    assert [w for _, w in seen if matches(w) and not passes(w)] == []


def test_a_widened_pattern_without_its_quick_test_is_caught():
    widened = re.compile(r"\b(?:north|south)\s+(?:to|past)\s+$", re.IGNORECASE)
    found = find_example(
        st.from_regex(widened),
        lambda s: (
            widened.search(s) is not None
            and not s.rstrip().casefold().endswith(extract_module._WAY_TO_END_LAST)
        ),
        settings=settings(max_examples=300, derandomize=True, database=None),
    )
    assert "past" in found.casefold()


def test_year4_reads_the_years_the_word_boundary_form_reads():
    plain = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
    for t in _TEXTS:
        assert [m.span() for m in extract_module._YEAR4.finditer(t)] == [
            m.span() for m in plain.finditer(t)
        ]
    for s in ("x1999", "_2001", "-1850-", "19999", "2020s", "(2024)", "a 1600"):
        assert [m.span() for m in extract_module._YEAR4.finditer(s)] == [
            m.span() for m in plain.finditer(s)
        ]


def test_a_stop_between_two_arrivals_leaves_no_stop_on_the_way():
    # every match of the pattern holds no stop that ends a clause, so a span holding one is
    # not matched (the quick test before the match of two names far apart)
    try:
        found = find_example(
            st.from_regex(extract_module._THEN_ARRIVED, fullmatch=True),
            lambda s: extract_module._STOP_BETWEEN.search(s) is not None,
            settings=settings(max_examples=300, derandomize=True, database=None),
        )
    except NoSuchExample:
        found = None
    assert found is None
    for between, stop in (
        (" at 9.36 a.m. and arrived in ", False),
        (" at 9.36 A.M. and then reached ", False),
        (" on Monday. It then arrived in ", True),
        (" at 9; and arrived in ", True),
        (" at 9.36am. And arrived in ", True),
    ):
        assert (extract_module._STOP_BETWEEN.search(between) is not None) is stop, between
        assert stop or extract_module._THEN_ARRIVED.fullmatch(between)


#: The case-sensitive patterns whose word boundary before a capital is written as a
#: look-behind after it, with the form they had (the same matches, found by a quicker scan).
_BOUNDARY_FORMS = {
    "capital_run": (
        times_module._CAPITAL_RUN,
        r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:du|de|des|la|le|del|of)\s+)?[A-Z][\w'’.-]*)*",
    ),
    "the_name": (
        times_module._THE_NAME,
        times_module._THE_NAME.pattern.replace("[Tt](?<!\\w.)he", "\\b[Tt]he", 1),
    ),
    "place_part": (
        times_module._PLACE_PART,
        r"\b[A-Z][\w-]*['’]s\s+(?:(?:[A-Z][\w'’-]*|de|del|do|da|di|la|le|des|of)\s*){1,5}"
        r"|(?:\b[A-Z][\w'’-]*\s+){1,4}(?i:terminal|station|airport|port|pier|wharf|racecourse|"
        r"stadium|square|plaza|bridge|hall|harbou?r|marina|quay|depot|esplanade|field)\b",
    ),
    "aged": (times_module._AGED, r"\b[A-Z][\w'’-]+,\s+\d{1,3},"),
    "other_person": (times_module._OTHER_PERSON, r"\b[A-Z][a-z]+\b"),
    "capitalised_word": (times_module._CAPITALISED_WORD, r"\b[A-Z][a-z][\w-]*"),
    "full_name": (
        times_module._FULL_NAME,
        r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}\b",
    ),
}


@pytest.mark.parametrize("name", sorted(_BOUNDARY_FORMS))
def test_a_look_behind_boundary_reads_as_the_word_boundary(name):
    rx, plain = _BOUNDARY_FORMS[name]
    plain = re.compile(plain)
    assert rx.pattern != plain.pattern
    samples = [*_TEXTS, "xThe Orient", "éAna Ruiz", "-Ana Ruiz, 34, of Lima's Port Station"]
    samples += ["_Ab Cd", "9Ab", "The 8:30 a.m. Greyhound", "the Paris Gare de Lyon station"]
    for t in samples:
        assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)]
        assert rx.sub(" ", t) == plain.sub(" ", t)


def test_a_name_is_found_where_the_capitalised_words_scan_finds_it():
    samples = [*_TEXTS, "Jean-Paul left; Paul-Ana ran. ex-Paul, McPaul, Paul_ Paul- A Paul"]
    for t in samples:
        seen: dict[str, list[int]] = {}
        for m in extract_module._CAPITALISED.finditer(t):
            seen.setdefault(m.group(), []).append(m.start())
        for name in [*seen, "Paul", "Ana"]:
            assert list(extract_module._capitalised_at(t, name)) == seen.get(name, []), name
