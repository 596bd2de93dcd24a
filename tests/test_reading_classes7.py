"""Issue 13, round 7's classes: each part of a trip timed by its own dated clocks, a duration
that fits the clocks only with a day moved is not counted when another fits them as read,
wire clocks written as bare digits after "at", arrival verbs as wire copy writes them, a
time after a relative clause belonging to the clause before it, aircraft named by their
maker as the travelling vehicle."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.base.documents import Document
from georoute.extraction.extract import extract
from georoute.text.qualifiers import not_travel
from georoute.text.quantities import find_quantities
from georoute.text.timeexpr import find_times
from georoute.verify import verify

_DATE = dt.date(2026, 5, 12)


def _timeline(text: str, date: dt.date | None = _DATE) -> list:
    r = verify(texts=[text], date=date) if date else verify(texts=[text])
    return [f for f in r.findings if f.check == "timeline"]


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        (
            "The hydrofoil left Split at 7:05 a.m. and tied up in Hvar at 8:10 a.m., a "
            "crossing of one hour and five minutes. A minibus then left Hvar at 9:00 a.m. "
            "and reached Jelsa at 9:40 a.m., a ride of 40 minutes.",
            ["consistent", "consistent"],
        ),
        (
            "The first train left Lyon at 06:04 and reached Marseille at 07:45, covering "
            "the line in 1 hour 41 minutes. A bus then left Marseille at 08:30 and "
            "reached Toulon at 09:35, a ride of one hour and five minutes.",
            ["consistent", "consistent"],
        ),
        (
            "The train left Madrid at 7:00 a.m. and reached Zaragoza at 9:15 a.m., a trip of "
            "five hours. A bus then left Zaragoza at 10:00 a.m. and reached Huesca at 11:10 "
            "a.m., a ride of 70 minutes.",
            ["inconsistent", "consistent"],
        ),
    ],
)
def test_each_part_of_a_trip_is_timed_by_its_own_dated_clocks(text, verdicts):
    # in the order of their departure clocks in the text
    found = sorted(_timeline(text), key=lambda f: text.index(f.message.split("'")[1]))
    assert [f.verdict for f in found] == verdicts
    # each finding cites the clocks written before its own duration, not the other part's
    first, second = found
    assert len(set(first.claims) & set(second.claims)) == 0


def test_a_part_whose_clocks_precede_another_duration_is_not_timed_by_them():
    # the clocks come before the first part's duration: the second part's duration has none
    found = _timeline(
        "The ferry left Piraeus at 7:00 a.m. and docked in Syros at 9:15 a.m., a crossing of "
        "two hours and 15 minutes. A bus then took the fans from Syros to Ermoupoli in "
        "about 20 minutes."
    )
    assert [f.verdict for f in found] == ["consistent"]


def test_a_duration_written_apart_from_the_clocks_is_not_set_against_them():
    found = _timeline(
        "The train left Addis Ababa at 06:10 local time and reached Djibouti at 18:20 "
        "local time, covering the line in 12 hours and 10 minutes. Some passengers had been "
        "on board for about 36 hours by then."
    )
    assert [f.verdict for f in found] == ["consistent"]
    assert "12 hours and 10 minutes" in found[0].message.split(" so ")[1][:40]
    assert "36 hours, written apart from these clocks" in found[0].message
    assert found[0].computed["unfit_claims"]


def test_a_duration_that_fits_only_with_a_day_moved_is_not_a_fit_beside_one_that_fits():
    found = _timeline(
        "The train left Addis Ababa at 06:10 local time and reached Djibouti at 18:20 "
        "local time. "
        # more than a few lines apart: the durations are not the clocks' own
        + "Crowds of traders, students and families waited on the platforms. "
        * 5
        + "The run took 12 hours and 10 minutes. Officials said the whole journey took "
        "about 36 hours."
    )
    assert found and all(f.verdict == "consistent" for f in found)
    assert all("36 hours" not in f.message.split(" so ")[1][:40] for f in found)
    assert any("36 hours, which fits none of its times" in f.message for f in found)


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        (
            "The special left Nairobi at 0800 local time and pulled into Mombasa at 1300.",
            [dt.time(8, 0), dt.time(13, 0)],
        ),
        (
            "The convoy set off at 0545 GMT and rolled into the capital at 2210 on Friday.",
            [dt.time(5, 45), dt.time(22, 10)],
        ),
        ("The plane took off at 0630 and landed at 1015.", [dt.time(6, 30), dt.time(10, 15)]),
    ],
)
def test_bare_wire_clocks_after_at_in_copy_that_writes_wire_clocks(text, clocks):
    points = [t for t in find_times(text, _DATE) if t.begin == t.until]
    assert [t.begin.time() for t in points] == clocks


@pytest.mark.parametrize(
    "text",
    [
        "The fare was frozen at 1300 shillings in March.",
        "The pass tops out at 2150 metres above the valley.",
        "Turnout stood at 1450 people at 0900 GMT.",
    ],
)
def test_four_digits_after_at_without_wire_clocks_or_before_a_unit_are_no_time(text):
    times = find_times(text, _DATE)
    assert all(t.text.split()[0] not in ("1300", "2150", "1450") for t in times)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The delegation stepped off in Vilnius at 11:40 a.m.", "arrival"),
        ("The pilgrims got off at Varanasi Junction at 6:15 a.m.", "arrival"),
        ("The coach pulled up outside the Kyiv central station at 4 a.m.", "arrival"),
        ("Passengers disembarked in Tallinn at 2:30 p.m.", "arrival"),
        ("An Airbus A320 carrying 150 fans took off from Porto at 7:20 a.m.", "departure"),
        ("A chartered Embraer 190 landed in Faro at 9:05 a.m.", "arrival"),
        (
            "The team left Rome at 8 a.m. and arrived in Naples, which lies about 190 km "
            "south-east of the capital, at 9:10 a.m.",
            "arrival",
        ),
    ],
)
def test_arrivals_and_departures_as_wire_copy_writes_them(sentence, role):
    claims = extract(Document("d", f"ROME, May 12, 2026 -\n\n{sentence}", None, _DATE))
    clock = [c for c in claims if c.kind == "time" and c.begin and c.begin == c.until][-1]
    assert str(clock.relation) == role or getattr(clock.relation, "value", None) == role


def test_a_relative_clause_still_open_keeps_its_own_verb():
    claims = extract(
        Document(
            "d",
            "ROME, May 12, 2026 -\n\nThe team visited the museum, which they left at 4 p.m.",
            None,
            _DATE,
        )
    )
    (clock,) = [c for c in claims if c.kind == "time" and c.begin and c.begin == c.until]
    assert getattr(clock.relation, "value", clock.relation) == "departure"


def _relation(text: str, figure: str) -> str | None:
    qs = find_quantities(text)
    i = next(k for k, q in enumerate(qs) if text[q.start : q.end].startswith(figure))
    return not_travel(text, qs, i)


@pytest.mark.parametrize(
    ("text", "figure", "relation"),
    [
        # requirements are bounds
        ("Walkers must cover at least 120 km to receive the badge.", "120 km", "limit"),
        ("Cyclists have to ride a minimum of 200 km to qualify.", "200 km", "limit"),
        ("It sets a minimum distance of 50 km for the award.", "50 km", "limit"),
        # a trip sold at a price is a product
        ("A 10-day trekking tour of the region can cost $4,000.", "10-day", "other"),
        ("Operators say five-day safaris start at 900 euros.", "five-day", "other"),
        ("Talks lasting three days ended on Friday.", "three days", "stay"),
        ("A ceasefire lasting 48 hours began at noon.", "48 hours", "stay"),
    ],
)
def test_requirements_and_priced_trips_are_not_the_journey(text, figure, relation):
    assert _relation(text, figure) == relation


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The riders covered 120 km in two days, organisers said.", "120 km"),
        ('The crossing took 14 hours. "It was calm," the captain said.', "14 hours"),
        ("The team had to walk 40 km to reach the pass.", "40 km"),
        ("The five-day trip down the coast cost them $300.", "five-day"),
        # a journey "lasting" N is the journey, not a stay
        ("It docked at dawn, a voyage lasting 11 days and six hours.", "11 days"),
        ("The crossing, lasting about 14 hours, was rough.", "14 hours"),
        ("The flight lasting nine hours landed in Lima at noon.", "nine hours"),
    ],
)
def test_the_journey_figures_beside_those_stay_legs(text, figure):
    assert _relation(text, figure) is None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ('"People always ask why it takes three days," the guard said.', "three days"),
        ("“It takes 14 hours when the snow comes,” said the driver, 58.", "14 hours"),
        ('He added: "Last year it took us six hours from the border."', "six hours"),
    ],
)
def test_a_duration_a_speaker_says_is_quoted_not_the_journey(sentence, figure):
    text = f"The train left Lviv at 9 p.m. and reached Kyiv after a journey of 8 hours. {sentence}"
    claims = extract(Document("d", text, None, _DATE))
    assert next(c for c in claims if c.text == figure).relation == "quoted"
    assert next(c for c in claims if c.text == "8 hours").relation == "leg"
