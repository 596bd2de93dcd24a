"""Issue 13, classes found on the twentieth development set (holdout20), each tested with wording
of its own and a variant: a vessel's name after its prefix ("USS", "HMS") is no place; a
direction that the great circle's initial bearing fits; a yearless date in a sentence about
what will be; figures of no leg (a speed a vehicle can work at, an impact speed, a circuit's
length, the time since another happening, a process, a closure, a programme, a response time,
a timetable's time, a journey still to begin, a part between two clock times, an earlier
year's trip); a spacecraft's ceiling; a journey "of D lasting T"; a round figure set against
its conversion."""

from __future__ import annotations

import pytest

from .reading import findings, relations

# -- a vessel's name is no place -------------------------------------------------------------


@pytest.mark.parametrize(
    "ship",
    ["the destroyer USS Savannah", "the frigate HMS Richmond", "the supply ship MV Galveston"],
)
def test_a_ship_named_after_a_town_is_no_place(ship):
    # each named town lies far from the port, in another direction: read as a place, the
    # separation and the direction would be inconsistent
    text = (
        "NORFOLK, Va., June 3, 2025 (Agency) - Sailors aboard {ship} recovered the drone at sea. "
        "The {name} is now carrying it to Norfolk, about 300 km to the west."
    ).format(ship=ship, name=ship.rsplit(" ", 1)[1])
    for check in ("separation", "direction"):
        assert all(f["verdict"] != "inconsistent" for f in findings(text, check)), check


def test_a_ship_named_after_a_town_the_trip_reaches_leaves_the_town_a_place():
    text = (
        "KISUMU, Kenya, July 2, 2025 (Agency) - The new ferry sailed from Kisumu to Mwanza on "
        "Tuesday. Mwanza lies south-west of Kisumu across the lake. The MV Mwanza it replaced was "
        "withdrawn in 2019."
    )
    (f,) = findings(text, "direction")
    assert f["verdict"] == "consistent", f["message"]


# -- a direction the great circle's initial bearing fits --------------------------------------


def test_a_direction_the_great_circle_fits_is_consistent():
    # Moscow to Istanbul: about 201 degrees on a constant bearing (south), about 205 along the
    # great circle (south-west)
    (f,) = findings("Istanbul lies some 1,750 km south-west of Moscow.", "direction")
    assert f["verdict"] == "consistent", f["message"]
    assert "great circle" in f["message"]


def test_a_direction_neither_bearing_fits_stays_inconsistent():
    (f,) = findings("Istanbul lies some 1,750 km south-east of Moscow.", "direction")
    assert f["verdict"] == "inconsistent", f["message"]


# -- a yearless date in a sentence about what will be -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The rally will end in Lisbon on Saturday, Oct. 18.",
        "The caravan is due to reach the coast on Saturday, October 18.",
    ],
)
def test_a_yearless_date_that_will_come_takes_the_year_ahead(sentence):
    # October 18, 2025 was a Saturday; October 18, 2024 (the past one) a Friday
    text = "MADRID, June 2, 2025 (Agency) - The riders set off from Madrid on Monday. " + sentence
    (f,) = [f for f in findings(text, "calendar") if "October 18" in f["message"]]
    assert f["verdict"] == "consistent", f["message"]


def test_a_yearless_date_told_in_the_past_keeps_the_past_year():
    text = (
        "MADRID, June 2, 2025 (Agency) - The riders set off from Madrid on Monday. "
        "The last rally ended in Lisbon on Friday, Oct. 18."
    )
    (f,) = [f for f in findings(text, "calendar") if "October 18" in f["message"]]
    assert f["verdict"] == "consistent" and "2024" in f["message"], f["message"]


# -- figures of no leg -------------------------------------------------------------------------

_TRIP = "The ship sailed from Hobart to Sydney, some 1,100 km, in three days. "


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        # a speed a vehicle can work at
        ("It can cut through ice a metre thick at a steady 2 knots.", "2 knots", "limit"),
        ("The tug is able to tow a loaded barge at 7 knots.", "7 knots", "limit"),
        # a speed at an impact or an entry
        ("The probe entered the atmosphere at about 45,000 km/h.", "45,000 km/h", "instant"),
        ("The lorry slammed into the barrier at 90 km/h.", "90 km/h", "instant"),
        # a circuit or a lap raced round many times
        ("The final race is held on the 4.3-km Interlagos layout.", "4.3-km", "feature"),
        ("The grand prix is run on a 5.4 km street circuit.", "5.4 km", None),
        # the time since another happening
        ("It sailed two weeks after the two ports signed the accord.", "two weeks", "offset"),
        ("Service began ten days after the strike ended.", "ten days", "offset"),
        # a process done to a vehicle
        ("The old liner took three weeks to be refitted.", "three weeks", "event"),
        ("The engine needed two days to be repaired.", "two days", "event"),
        # a closure, a restriction, a restoration
        ("Traffic in the harbour was restricted for about four hours.", "four hours", "event"),
        ("Flights were suspended for two days.", "two days", "event"),
        ("Rail traffic on the coast line was restored after seven hours.", "seven hours", "event"),
        ("The road reopened within three hours.", "three hours", "event"),
        # a programme of work
        ("The crew will spend about ten days on the survey programme.", "ten days", "stay"),
        ("Scientists spent a week carrying out sea-floor research.", "a week", "stay"),
        # rescuers' response time
        ("Fire crews reached the scene within 25 minutes.", "25 minutes", None),
        ("Paramedics reached the crash site in 40 minutes.", "40 minutes", "other"),
        # a timetable's time for such trips
        ("Its Perth service has flights scheduled at about 17 hours.", "17 hours", "usual"),
        ("The route has a scheduled flight time of 14 hours.", "14 hours", "usual"),
        # how far ahead something is done
        ("Berths went on sale 20 days in advance.", "20 days", "offset"),
        ("Passengers must be at the quay two hours beforehand.", "two hours", "offset"),
        # a journey still to begin
        ("The torch will now embark on a 40-day relay.", "40-day", "planned"),
        ("The crew is to set off on a 600-km trek next month.", "600-km", "planned"),
    ],
)
def test_a_figure_of_no_leg_keeps_its_relation(sentence, figure, relation):
    # (None: some relation of no leg, which an earlier rule may give)
    got = relations(_TRIP + sentence)[figure]
    assert got not in (None, "leg") and (relation is None or got == relation), got


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the journey's own time after "after", "to be" and "later"
        ("The boat reached Dover nine hours after the crew left Calais.", "nine hours"),
        ("The barge took four days to be towed to Durban.", "four days"),
        ("The ferry left Hobart at 9 a.m. and docked at 2 p.m., five hours later.", "five hours"),
        ("The liner struck out at 30 knots for Cape Town.", "30 knots"),
    ],
)
def test_a_journey_figure_stays_a_leg(sentence, figure):
    assert relations("HOBART, May 2, 2025 (Agency) - " + sentence)[figure] in (None, "leg")


@pytest.mark.parametrize(
    "sentence",
    [
        "The pilot boat met the yacht at 6:10 a.m. and escorted it into port at 9:40 a.m., "
        "some three and a half hours later.",
        "A tug took the barge in tow at 0610 GMT and brought it alongside at 0940 GMT, "
        "three and a half hours later.",
        "The pilot boat met the yacht at 6.10am and escorted it into port at 9.40am, "
        "three and a half hours later.",
    ],
)
def test_a_time_between_two_clock_times_of_a_part_is_no_whole_trip(sentence):
    text = "HOBART, May 2, 2025 (Agency) - The yacht sailed some 1,100 km from Sydney. " + sentence
    assert relations(text)["three and a half hours"] in ("part", "offset")
    for f in findings(text, "plausibility"):
        assert "three and a half hours" not in f["message"], f["message"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The last time the airline flew the route non-stop was in 1989, when a 747 covered "
        "it in 20 hours.",
        "The previous time a crew rowed from Perth to Mauritius was in 2014, taking 20 hours.",
    ],
)
def test_a_trip_of_the_last_time_in_an_earlier_year_is_former(sentence):
    text = "PERTH, May 2, 2025 (Agency) - The jet flew from Perth to London on Sunday. " + sentence
    assert relations(text)["20 hours"] == "former"


# -- a spacecraft's ceiling ---------------------------------------------------------------------


@pytest.mark.parametrize("craft", ["capsule", "spacecraft"])
def test_a_spacecraft_is_not_held_to_an_airliners_ceiling(craft):
    text = (
        f"HOUSTON, Dec. 12, 2025 (Agency) - The unmanned {craft} splashed down on Sunday after a "
        "20-day flight in which it flew 1.2 million km around the moon and back."
    )
    for f in findings(text, "plausibility"):
        assert f["verdict"] != "inconsistent", f["message"]


# -- a journey "of D lasting T" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach left Lima on Monday for a journey of about 1,100 kilometres lasting some "
        "20 hours.",
        "The convoy set off on a trip of 1,100 km (680 miles) lasting roughly 20 hours.",
    ],
)
def test_a_journey_of_a_distance_lasting_a_time_is_the_journey(sentence):
    assert relations(sentence)["20 hours"] in (None, "leg")


# -- a round figure set against its conversion --------------------------------------------------


@pytest.mark.parametrize(
    ("pair", "verdict"),
    [
        ("about 100 kilometres (40 miles)", "inconsistent"),  # 40 miles is 64 km
        ("some 1,000 km (400 miles)", "inconsistent"),  # 400 miles is 644 km
        ("about 100 kilometres (60 miles)", "consistent"),
        ("some 1,000 km (600 miles)", "consistent"),
        ("roughly 300 km (200 miles)", "consistent"),
    ],
)
def test_a_round_figures_zeros_do_not_stretch_a_conversion_to_anything(pair, verdict):
    (f,) = findings(f"The barge was towed {pair} up the river.", "unit_conversion")
    assert f["verdict"] == verdict, f["message"]


# -- a capital described by its country's adjective --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plane landed at Keflavik. Keflavik lies about 40 km south-west of the Icelandic "
        "capital.",
        "The bus reached Pokhara on Friday. Pokhara lies some 140 km north-west of the Nepali "
        "capital.",
        "The ferry docked at La Plata. La Plata lies about 55 km south-east of the Argentinian "
        "capital.",
    ],
)
def test_a_capital_described_by_its_countrys_adjective_is_that_capital(text):
    for check in ("separation", "direction"):
        (f,) = findings(text, check)
        assert f["verdict"] == "consistent", f["message"]


# -- a transit's ends as wire copy writes them -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "The container ship entered the Gatun locks at 7:00 am and emerged at the port of "
            "Balboa at 3:30 pm, completing the transit in eight and a half hours.",
            "consistent",
        ),
        (
            "The tanker entered the Miraflores locks at 7:00 am and emerged at the port of "
            "Cristobal at 3:30 pm, completing the transit in eleven hours.",
            "inconsistent",
        ),
        (
            "The freighter got under way again at 6 am and berthed at the container terminal "
            "at 1:15 pm, after a passage of just over seven hours.",
            "consistent",
        ),
    ],
)
def test_a_transit_is_timed_from_its_entry_or_getting_under_way(sentence, verdict):
    text = "PANAMA CITY, March 6, 2024 (Agency) - " + sentence
    (f,) = findings(text, "timeline")
    assert f["verdict"] == verdict, f["message"]
