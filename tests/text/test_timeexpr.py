"""timeexpr at the calendar's edges: years 1-9999 handled, not caught (issue 10)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from georoute.text.timeexpr import FIRST_DAY, LAST_DAY, find_times


def one(text: str, dateline: dt.date | None):
    (t,) = find_times(text, dateline)
    return t


@pytest.mark.parametrize(
    ("text", "dateline", "date", "note"),
    [
        ("in Dec 0000", dt.date(2020, 5, 1), None, "not a calendar date"),
        ("in January 0000", None, None, "not a calendar date"),
        ("in January", dt.date(1, 1, 1), dt.date(1, 1, 1), "at the edge of the calendar"),
        ("in August", dt.date(1, 3, 1), None, "not a calendar date"),  # last August: year 0
        ("in Dec 9999", None, dt.date(9999, 12, 1), "at the edge of the calendar"),
        ("31 december 9999", None, dt.date(9999, 12, 31), "at the edge of the calendar"),
        ("1 January 0001", None, dt.date(1, 1, 1), "at the edge of the calendar"),
        ("30 February 2024", None, None, "not a calendar date"),
        ("next Monday", dt.date(9999, 12, 31), None, "outside the calendar"),
        ("on Tuesday", dt.date(1, 1, 1), None, "outside the calendar"),
        ("last night", dt.date(1, 1, 1), None, "outside the calendar"),
        ("at 9:00", dt.date(9999, 12, 31), dt.date(9999, 12, 31), "at the edge of the calendar"),
    ],
)
def test_calendar_edges(text, dateline, date, note):
    t = one(text, dateline)
    assert t.date == date and t.begin is None and t.until is None
    assert t.note.startswith(note)


def test_a_dated_weekday_at_the_end_keeps_its_date_for_the_calendar_check():
    t = one("Friday, 31 December 9999", None)
    assert t.date == dt.date(9999, 12, 31) and t.weekday == 4 and t.begin is None


def test_days_inside_the_edges_get_windows():
    assert one("in December 9998", None).until == dt.datetime(9999, 1, 1)
    assert one("last night", dt.date(1, 1, 3)).begin == dt.datetime(1, 1, 2, 21)
    assert one("30 December 9999", None).until == dt.datetime(9999, 12, 31)


@given(st.dates(), st.sampled_from(["next Monday", "on Sunday night", "yesterday", "at 23:59"]))
def test_windows_stay_a_day_inside_the_calendar(dateline, text):
    for t in find_times(text, dateline):
        if t.begin is not None:
            lo = dt.datetime.combine(FIRST_DAY, dt.time())
            hi = dt.datetime.combine(LAST_DAY, dt.time()) + dt.timedelta(days=1, hours=6)
            assert lo <= t.begin <= t.until <= hi


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the second weekday of a sentence, a day or two after the first, follows it
        (
            "It left at 7.40pm on Sunday and arrived at 10.30am on Monday.",
            {"Sunday": dt.date(2021, 12, 12), "Monday": dt.date(2021, 12, 13)},
        ),
        (
            "It left on Saturday and docked on Monday.",
            {"Saturday": dt.date(2021, 12, 11), "Monday": dt.date(2021, 12, 13)},
        ),
        # told in the other order, or in two sentences, each day is read from the dateline
        (
            "It arrived on Monday after leaving on Sunday.",
            {"Monday": dt.date(2021, 12, 6), "Sunday": dt.date(2021, 12, 12)},
        ),
        (
            "It left on Sunday. It arrived on Monday.",
            {"Sunday": dt.date(2021, 12, 12), "Monday": dt.date(2021, 12, 6)},
        ),
    ],
)
def test_weekdays_in_one_sentence_keep_their_order(text, dates):
    found = {t.text: t.date for t in find_times(text, dt.date(2021, 12, 12))}
    assert {k: found[k] for k in dates} == dates


def test_the_trigger_gate_keeps_every_trigger_position():
    """The time finder's trigger regex tests a word's first letter before its alternation: on
    every test text, and on words opening with characters that fold oddly, it finds the same
    positions as the plain alternation."""
    import re
    from pathlib import Path

    from georoute.text import timeexpr

    plain = re.compile(re.sub(r"\(\?=\[[^]]*\]\)", "", timeexpr._TRIGGER.pattern), re.I)
    assert plain.pattern != timeexpr._TRIGGER.pattern
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in root.glob("tests/*/*.txt")]
    texts.append("ſep İn ın SINCE 3 _in x9 Today ΣΕΠ")
    assert len(texts) > 100
    for text in texts:
        found = [m.start() for m in timeexpr._TRIGGER.finditer(text)]
        assert found == [m.start() for m in plain.finditer(text)]
