"""Scans that find where a pattern can match more quickly than the pattern's own search: they
must find the same matches (quantities' starts; time expressions' first words)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from georoute.text import quantities, timeexpr
from georoute.text.document import FOLD_ODD

#: Characters that make the two scans differ if any rule is wrong: digits, fractions, letters
#: in both cases, those that fold oddly ("ſ", "İ", the Kelvin sign), stops, hyphens, spaces.
_ALPHABET = "aeinostuhdlmkwfyjAEIOTJMK0123456789½⅓ſİıK ,.-/'’\u00a0\n"
_WORDS = [
    *("one", "two", "twenty", "hundred", "thousand", "a", "an", "half", "dozen", "eleven"),
    *("km", "miles", "hours", "days", "m", "h", "min", "mph", "and", "Monday", "March"),
    *("in", "since", "today", "noon", "5", "1,200", "2.5", "A380m", "-", "x", "İn", "ſix"),
]
_TEXTS = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=60),
    st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_quantities_are_matched_where_the_full_scan_matches_them(text):
    want = [(m.span(), m.groupdict()) for m in quantities._QTY.finditer(text)]
    got = [(m.span(), m.groupdict()) for m in quantities._qty_matches(text, text.lower())]
    assert got == want


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_time_expressions_first_words_are_found_in_the_lower_cased_text(text):
    want = [m.start() for m in timeexpr._TRIGGER.finditer(text)]
    if FOLD_ODD.isdisjoint(text):
        assert [m.start() for m in timeexpr._TRIGGER_LOW.finditer(text.lower())] == want


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_WORDS, "About", "UP TO", "nearly", "(some", "ſome"]), max_size=8)
)
def test_hedges_are_found_in_the_lower_cased_window(words):
    window = " ".join(words) + " "
    want = quantities._HEDGE_RE.search(window)
    if FOLD_ODD.isdisjoint(window):
        got = quantities._HEDGE_LOW.search(window.lower())
        assert (got and (got.span(), got.span("h"))) == (want and (want.span(), want.span("h")))


#: Words that open sub-modes' phrases, their longer and shorter kin, and words around them.
_MODE_WORDS = [
    *("car", "cars", "cargo", "carriage", "scar", "bus", "buses", "minibus", "coach", "coaches"),
    *("ferry", "ferries", "high-speed", "high", "18-wheeler", "18", "jet", "jetfoil", "ice"),
    *("express", "tgv", "TGV", "Shinkansen", "oil", "tanker", "the", "a", "-", ",", "5"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MODE_WORDS), max_size=10).map(" ".join))
def test_sub_modes_first_words_are_found_where_their_flat_alternation_finds_them(text):
    import re

    from georoute.base import modes

    words = sorted({w for _, ws in modes._STARTS for w in ws}, key=len, reverse=True)
    flat = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")")
    low = text.lower()
    assert [m.start() for m in modes._ANY_START.finditer(low)] == [
        m.start() for m in flat.finditer(low)
    ]
    assert modes.submodes_in(text) == tuple(sm.id for sm in modes.SUBMODES if sm.words.search(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\u212a\u017f\u0131\u0130ß“”", max_size=80))
def test_texts_that_fold_plainly_are_those_that_hold_no_odd_character(text):
    from georoute.base.folding import folds_plainly

    assert folds_plainly(text) == FOLD_ODD.isdisjoint(text)


_SCAN_ALPHABET = "12905AZUSKJ&.$,- a\u0130\u017f\u212a"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_SCAN_ALPHABET, max_size=40))
def test_years_and_initialisms_are_found_where_their_word_boundary_forms_find_them(text):
    import re

    from georoute.extraction import extract
    from georoute.geo import readings
    from georoute.geo.resolution import INITIALISM

    years = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
    assert extract._YEAR.rx.findall(text) == years.findall(text)
    written = re.compile(rf"(?<![\w&.$]){INITIALISM.pattern}(?![\w&$])")
    assert [m.span() for m in readings._WRITTEN_INITIALISM.finditer(text)] == [
        m.span() for m in written.finditer(text)
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["helicopter", "PLANE", "aircraft", "seaplanes", "jet", "The", "ſ", "x"]),
        max_size=8,
    ).map(" ".join)
)
def test_other_vehicles_are_found_whether_or_not_their_gate_is_read(text):
    from georoute.base import modes

    wide = {m for m, rx in modes._OTHERS.items() if rx.search(text)}
    found = modes.submodes_in(text)
    want = tuple(s for s in found if modes._SUBMODE[s].mode not in wide) if found else found
    assert modes.narrowing_submodes(text) == want


#: Words of the time verbs that ask for a capital after them ("entered the Kiel canal", "rode
#: into Tromso", "cleared the Panama locks"), names and lower-case words in their place,
#: other verbs, figures, and characters that fold oddly.
_VERB_WORDS = [
    *("entered", "ENTERS", "exited", "cleared", "rode", "swept", "into", "the", "city", "canal"),
    *("lock", "locks", "Kiel", "kiel", "Oslo", "oslo", "Zeebrugge", "Tromso", "x", "Old", "old"),
    *("called", "at", "in", "stopped", "arrived", "left", "departed", "behind", "11", ",", "ſ"),
]
_VERB_TEXTS = st.one_of(
    st.lists(st.sampled_from(_VERB_WORDS), max_size=10).map(" ".join),
    # a verb that asks for a capital, then names or words of either case, then its noun
    st.tuples(
        st.sampled_from(["entered the", "exited the", "cleared the", "rode into", "swept into"]),
        st.lists(
            st.sampled_from(["Kiel", "kiel", "Oslo", "oslo", "Zeebrugge", "Old", "x"]), max_size=4
        ),
        st.sampled_from(["canal", "locks", "lock", "city", "", "."]),
    ).map(lambda t: " ".join([t[0], *t[1], t[2]])),
)


@settings(max_examples=400, deadline=None)
@given(_VERB_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_time_verbs_are_matched_where_their_supersets_find_them(text, pos, end):
    from georoute.extraction import times
    from georoute.text.document import finditer_at_superset, search_at_superset

    low = text.lower()
    for _, rx, _ in times._TIME_VERBS:
        superset = times._TIME_VERB_SUPERSETS.get(id(rx))
        if superset is None or not FOLD_ODD.isdisjoint(text):
            continue
        want = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in finditer_at_superset(rx, superset, text, low)] == want
        got = search_at_superset(rx, superset, text, low, pos, end)
        want_one = rx.search(text, pos, end)
        assert (got and got.span()) == (want_one and want_one.span())


def test_a_superset_is_made_only_for_a_pattern_that_asks_for_capitals():
    import re

    from georoute.text.document import lower_superset

    called = re.compile(r"\bcalled\s+at\s+(?-i:[A-Z])", re.IGNORECASE)
    assert lower_superset(called).pattern == r"\bcalled\s+at\s+[a-z]"
    assert lower_superset(re.compile(r"\bcalled\s+at\b", re.IGNORECASE)) is None  # (a twin)
    assert lower_superset(re.compile(r"(?:at\s+(?-i:[A-Z]))?", re.IGNORECASE)) is None  # empty
    assert lower_superset(re.compile(r"at\s+(?-i:[A-Z])")) is None  # case-sensitive already
    # every time verb that asks for a capital is searched by its superset
    from georoute.extraction import times

    assert times._TIME_VERB_SUPERSETS and None not in times._TIME_VERB_SUPERSETS.values()


#: Figures, number words and units written as the quantity pattern's trees must read them: a
#: unit that opens another ("mile", "miles", "miles an hour"), spaced and hyphenated.
_UNIT_TEXTS = st.lists(
    st.sampled_from(
        [
            *("5", "1,200", "2.5", "two", "twenty", "seventy", "seventeen", "a", "an", "half"),
            *("mile", "miles", "miles an hour", "miles-per-hour", "nautical miles", "km", "kmh"),
            *("kilometres per hour", "m.p.h.", "m.p.h", "mph", "min", "mins", "minutes", "h"),
            *("hr", "hrs", "feet", "foot", "fortnight", "m", "metres", "-", " ", "and", "/h"),
        ]
    ),
    max_size=10,
).map(lambda ws: "".join(w + (" " if k % 3 else "") for k, w in enumerate(ws)))


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXTS, _UNIT_TEXTS))
def test_the_quantity_pattern_reads_its_words_and_units_as_their_alternations_do(text):
    # the pattern as it was written: every unit and every number word in turn, longest first
    flat = quantities._QTY.pattern.replace(quantities._UNIT_TREE, quantities._UNIT_RE)
    flat = flat.replace(f"(?:{quantities._WORD_TREE})", f"(?:{quantities._WORD})")
    assert quantities._UNIT_RE not in quantities._QTY.pattern
    rx = re.compile(flat, quantities._QTY.flags)
    want = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in quantities._QTY.finditer(text)] == want
    words = re.compile(
        quantities._WORD_STARTS.pattern.replace(quantities._WORD_TREE, quantities._WORD)
    )
    low = text.lower()
    assert [m.start() for m in quantities._WORD_STARTS.finditer(low)] == [
        m.start() for m in words.finditer(low)
    ]
