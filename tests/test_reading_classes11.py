"""Issue 13, classes counted on the blind sets holdout3-11, each tested with wording of its own:
figures that describe no leg (how long a sight or a condition lasts, a rota of work and rest, a
speed traffic slowed to, what a proposal would have travellers do, a record someone else holds,
a similar trip beside the journey); a side remark by another mode that is no part of the story's
trip; a place described instead of named ("the coastal city") that the story named before; and
yearless datelines (an agency before the place, an agency without brackets, a voyage that left
weeks before its dateline)."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.base.documents import document_date
from georoute.verify import verify

from .reading import findings
from .reading import relations as _relations

#: A trip for the figures below to sit beside (a coach ride of 530 km in six hours).
_TRIP = "The coach drove from Seville to Madrid on Monday, covering 530 km in six hours. "


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        # how long a sight or a condition lasts
        ("The Matterhorn was in view for roughly 40 minutes.", "40 minutes", "event"),
        ("The glacier was visible for about two hours from the road.", "two hours", "event"),
        ("Tromso gets barely four hours of daylight in December.", "four hours", "event"),
        ("The crew drove on after three days of thick fog.", "three days", "event"),
        # a rota of work and rest: both figures
        ("They paddled in shifts of three hours on and three hours off.", "three hours", "part"),
        # a speed traffic slowed to is a moment's, not the average
        ("Traffic near Toledo slowed to under 15 km/h after a crash.", "15 km/h", "instant"),
        ("Lorries crawled at less than 10 km/h on the pass.", "10 km/h", "instant"),
        # what a proposal would have travellers do
        (
            "The federation has proposed that clubs fly to away matches more than 600 km from home.",
            "600 km",
            "planned",
        ),
        (
            "Unions recommended that drivers rest after at most four and a half hours.",
            "four and a half hours",
            "planned",
        ),
        # a record someone else holds
        (
            "The record for a solo rower, set in 2016, stands at just over 50 days.",
            "50 days",
            "other",
        ),
        (
            "The Arctic tern holds the record for the longest migration: some 70,000 km a year.",
            "70,000 km",
            "other",
        ),
        # how strong winds or currents get
        ("Gusts on the plateau can top 110 km/h in winter.", "110 km/h", "weather"),
        ("Currents off the cape often exceed 5 knots.", "5 knots", "weather"),
        # what a new line replaced
        (
            "The motorway replaced a winding mountain road on which the drive took nearly nine hours.",
            "nine hours",
            "former",
        ),
        # a trip travellers avoid
        ("Most fans fly in to avoid the 14-hour bus ride.", "14-hour", "other"),
        # a similar trip beside the journey
        (
            "In 2023 a similar convoy from Cordoba to Valencia, about 520 km, took nine hours.",
            "nine hours",
            "other",
        ),
        (
            "A previous attempt by two Dutch students covered some 300 km before failing.",
            "300 km",
            "other",
        ),
    ],
)
def test_figures_that_describe_no_leg(sentence, figure, relation):
    assert _relations(_TRIP + sentence)[figure] == relation


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the journey's own figures stay legs, whatever words sit near them
        ("The crew set a record of 41 days for the crossing.", "41 days"),
        ("She rowed 4,700 km in 48 days, in shifts with her sister.", "48 days"),
        ("The bus slowly covered 320 km in six hours.", "320 km"),
        ("With the wind behind her the yacht exceeded 20 knots for hours.", "20 knots"),
    ],
)
def test_the_journeys_own_figures_stay_legs(sentence, figure):
    assert _relations(sentence)[figure] == "leg"


@pytest.mark.parametrize(
    "text",
    [
        # a stolen car's trip, and its owner's flight beside it
        "A stolen car was driven some 1,200 km from Hamburg to Warsaw in two days, police "
        "said. The car, a grey saloon, was found in a garage. Its owner, a 50-year-old baker, "
        "flew out on Wednesday to collect it, a flight of about 90 minutes.",
        # a ride on horseback, and the ride home by train of a helper
        "Three women rode their horses about 450 km from Cordoba to Madrid in nine days, the "
        "horses resting every third day. Their farrier went home ahead of them, a train ride "
        "of about two hours.",
    ],
)
def test_a_side_remark_by_another_mode_is_not_the_storys_trip(text):
    fs = findings(text, "plausibility") + findings(text, "speed_distance_time")
    assert fs and not any(f["verdict"] == "inconsistent" for f in fs), fs
    r = verify(texts=[text]).to_dict()
    side = [c for c in r["claims"] if c["text"] in ("90 minutes", "two hours")]
    used = {cid for f in r["findings"] for cid in f["claims"]}
    assert side and not any(c["id"] in used for c in side), side


def test_a_walker_whose_sentence_also_names_a_driver_keeps_the_walk():
    text = (
        "Ali Hamza, 49, a taxi driver from Basra, set out from Najaf on Thursday and walked "
        "about 80 km to Karbala in three days. Pilgrims walk for days."
    )
    r = verify(texts=[text]).to_dict()
    legs = {c["text"]: c.get("leg") for c in r["claims"] if c["kind"] in ("distance", "duration")}
    assert legs["80 km"] is not None and legs["80 km"] == legs["three days"], legs
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "consistent" and "80 km in three days" in f["message"], f["message"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the one other settlement the story named stands for "the coastal city"
        (
            'A patient was flown from Mombasa to Nairobi on Monday. "We had no time," a '
            "doctor said. Nairobi lies about 440 km north-west of the coastal city.",
            "consistent",
        ),
        (
            'The ferry sailed from Split to Ancona overnight. "It was calm," one passenger '
            "said. Ancona lies about 50 km south-west of the port city.",
            "inconsistent",
        ),
    ],
)
def test_a_described_place_is_the_one_the_story_named(text, verdict):
    (f,) = findings(text, "separation")
    assert f["verdict"] == verdict, f["message"]


def test_a_described_place_with_two_candidates_is_not_guessed():
    text = (
        "The ship called at Genoa and Marseille before reaching Barcelona on Friday. The crew "
        'of 22 had been at sea for a month. "It was a long week," the captain said. '
        "Barcelona lies about 340 km south-west of the port city."
    )
    fs = findings(text, "separation")
    assert fs and all(f["verdict"] == "unverifiable" for f in fs), fs


def test_the_sentence_before_a_described_place_may_end_in_a_quote():
    # the sentence before ends with a closing quote: only it is "the sentence before", not a
    # window reaching back to the first sentence's two ports
    text = (
        "The ship called at Genoa and Marseille before reaching Barcelona on Friday. The captain "
        'said: "It was a long week." Barcelona lies about 340 km south-west of the port city.'
    )
    fs = findings(text, "separation")
    assert fs and all(f["verdict"] == "unverifiable" for f in fs), fs


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an agency in brackets before the place
        (
            "Headline\n\n(ANSA) - NAPLES, OCT 9 - The ferry left on Thursday, October 9, 2025, "
            "for Palermo.",
            dt.date(2025, 10, 9),
        ),
        # an agency in capitals without brackets after the date
        (
            "Headline\n\nNELSON, April 2 NZPA - The riders reached Nelson on Thursday, April 2, "
            "2026.",
            dt.date(2026, 4, 2),
        ),
        # a voyage that set out five weeks before the dateline
        (
            "Headline\n\nHAMBURG, Sept 30 (Reuters) - A bulk carrier docked on Tuesday after "
            "leaving Santos on Friday, August 22, 2025, and sailing for 39 days.",
            dt.date(2025, 9, 30),
        ),
    ],
)
def test_a_yearless_dateline_takes_the_year_its_story_writes(text, date):
    assert document_date(text) == date


def test_a_yearless_dateline_far_from_any_full_date_stays_without_a_year():
    text = (
        "Headline\n\nOSLO, Dec 20 (Reuters) - The ship that left on Monday, June 2, 2025, is "
        "still at sea."
    )
    assert document_date(text) is None


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # a passive trip from one place to another is a leg, not where one lies
        ("The stolen van was driven some 900 km from Lyon to Milan in a day.", "leg"),
        ("The wounded were flown about 1,100 km from Tromso to Oslo.", "leg"),
        # where one place lies stays a separation
        ("Lyon is about 390 km from Paris.", "separation"),
    ],
)
def test_from_a_to_b_after_was_is_a_trip_not_a_position(text, relation):
    (rel,) = [v for k, v in _relations(text).items() if "km" in k]
    assert rel == relation
