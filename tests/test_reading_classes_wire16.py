"""Issue 13, classes found on the twenty-first development set (holdout21, feature style), each
tested with wording of its own and a variant: a region named before "capital" is the region,
never a town of its name elsewhere; a date of those "left behind" is no departure; figures of
no leg: a rest or an activity the traveller spends time on, the days of an event, one stint
("at a time"), a count of trips in a time, a multi-stage event's total; "from" before an
organisation's noun; a region's great city written in another romanisation of its name; a small
town, the only place of its name, after a word of the journey; an anchorage or a landfall
ends a leg; a facility "at" a town starts it there; a count of days that two dates of the
article span; a race's start "with a field" and its finish "broke the tape"; a stop set aside
between commas; a time someone was held ("500 days in custody"); a second start in a sentence is no
end of its first leg."""

from __future__ import annotations

import pytest

from georoute.geo.gazetteer import Gazetteer
from georoute.geo.mentions import find_mentions
from georoute.verify import verify

from .reading import findings, relations

# -- a name right before "capital" is a region or a country ------------------------------------


@pytest.mark.parametrize(
    "text, name, seat",
    [
        # US places around the name pull it to a US town (Yukon, Oklahoma) without the word;
        # with the word, the region's seat the text names (round 20: "the Odisha capital")
        (
            "The convoy crossed from Alaska past Tok and Fairbanks, then reached Whitehorse, "
            "the Yukon capital, on Friday.",
            "Yukon",
            "Whitehorse",
        ),
        (
            "Beyond Anchorage and Juneau the ferry line ends; the riders went on by road to "
            "the Yukon territorial capital.",
            "Yukon",
            None,
        ),
    ],
)
def test_a_name_before_capital_is_the_region_or_its_seat_the_text_names(text, name, seat):
    gaz = Gazetteer()
    (m,) = [m for m in find_mentions(text, gaz) if m.text == name]
    if seat is None:
        assert "admin1" in m.place.kinds, m.place
    else:
        assert m.place.name == seat and m.place.admin1 == "12", m.place


def test_a_capital_of_a_named_country_keeps_the_country():
    # "the capital of X": the word before says nothing of X's kind
    gaz = Gazetteer()
    text = "The delegation flew on to Tbilisi, the capital of Georgia, on Monday."
    (m,) = [m for m in find_mentions(text, gaz) if m.text == "Georgia"]
    assert m.place.is_country, m.place


def test_a_direction_from_a_region_capital_described_after_it_is_checked():
    text = (
        "FAIRBANKS, Alaska, June 9, 2025 (Agency) - The riders left Dawson Creek on Monday and "
        "by Thursday were in Whitehorse, the Yukon capital north-west of Dawson Creek, after "
        "some 1,400 km. They go on to Delta Junction and Fairbanks."
    )
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "direction"))


# -- those "left behind" stayed: their date is no departure ------------------------------------


def _time_roles(text: str) -> dict[str, str | None]:
    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] in ("date", "time")
    }


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The four climbers left behind at the col were lifted out on June 14, 2019.", "June 14"),
        ("Supplies left over from the voyage were auctioned on Thursday, March 5.", "March 5"),
    ],
)
def test_a_date_of_those_left_behind_is_no_departure(sentence, when):
    text = "PUNTA ARENAS, Chile, May 2, 2026 (Agency) - The team sailed from Ushuaia. " + sentence
    roles = _time_roles(text)
    (key,) = [k for k in roles if when in k]
    assert roles[key] != "departure", roles


def test_a_date_of_those_who_left_stays_a_departure():
    text = (
        "PUNTA ARENAS, Chile, May 2, 2026 (Agency) - The four climbers left the col on "
        "June 14, 2019, and reached the coast two days later."
    )
    roles = _time_roles(text)
    (key,) = [k for k in roles if "June 14" in k]
    assert roles[key] == "departure", roles


# -- figures of no leg: a rest or an activity on the way, an event's days, one stint, a count of
# trips in a time, a multi-stage event's total --------------------------------------------------


@pytest.mark.parametrize(
    "sentence, figure, relation",
    [
        # a rest or an activity the traveller spends time on
        ("She will rest for three days in Regina before riding on.", "three days", "stay"),
        ("The crew rests for a day at Nome, then flies on to Anadyr.", "a day", "stay"),
        (
            "The climbers are to spend about four weeks acclimatising at the camp.",
            "four weeks",
            "stay",
        ),
        ("They spent two days repairing the sledges at the hut.", "two days", "stay"),
        ("After the crossing the team spends a week training in Oslo.", "a week", "stay"),
        # the days of an event named after them
        (
            "Buses shuttle pilgrims between the shrines during the four days of the rites.",
            "four days",
            "event",
        ),
        ("Over the three days of the ritual the ferry ran hourly.", "three days", "event"),
        # one stint of a repeated activity
        ("Visitors soak in the pool by turns, 20 minutes at a time.", "20 minutes", "part"),
        ("Her husband drove the support van ten hours at a stretch.", "ten hours", "part"),
        # a count of trips in a time
        (
            "At the height of the operation the base handled 900 flights in 24 hours.",
            "24 hours",
            "event",
        ),
        ("The port dispatched 140 ships in three days.", "three days", "event"),
        # the total of a multi-stage event beside the stage told
        ("The 18-stage race covers 2,900 km in total this year.", "2,900 km", "other"),
        (
            "The nine-leg regatta spans some 38,000 nautical miles over eleven months.",
            "38,000 nautical miles",
            "other",
        ),
    ],
)
def test_a_figure_of_no_leg_keeps_its_relation(sentence, figure, relation):
    text = "DENVER, June 3, 2025 (Agency) - The team left Denver on Monday. " + sentence
    rel = relations(text)
    (key,) = [k for k in rel if figure in k]
    assert rel[key] == relation, rel


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("They spent 20 hours travelling to Winnipeg.", "20 hours"),
        ("They spent nine hours riding through the hills to Banff.", "nine hours"),
        ("The ship spent six days at sea before docking in Halifax.", "six days"),
        ("The 180-km stage from Burgos to Leon took 4 hours 10 minutes.", "180-km"),
        ("The shuttle made its 12 crossings a day; ours reached Oslo in 3 hours.", "3 hours"),
        ("The festival crowd drove the 300 km to Perth in four hours.", "four hours"),
    ],
)
def test_a_journey_figure_beside_these_words_stays_a_leg(sentence, figure):
    text = "DENVER, June 3, 2025 (Agency) - The team left Denver on Monday. " + sentence
    rel = relations(text)
    (key,) = [k for k in rel if figure in k]
    assert rel[key] in (None, "leg"), rel


# -- "from" before an organisation's noun says where people belong ------------------------------


def _leg_ends(text: str) -> list[tuple[str | None, str | None]]:
    d = verify(texts=[text]).to_dict()
    names = {p["id"]: p["name"] for p in d["places"]}
    return [(names.get(g["origin"]), names.get(g["destination"])) for g in d["legs"]]


@pytest.mark.parametrize(
    "crew",
    [
        "with 30 students from Kenyan universities on board",
        "carrying engineers from a Tanzanian firm",
        "with players from Ugandan clubs aboard",
    ],
)
def test_a_place_before_an_organisation_noun_is_no_origin(crew):
    text = (
        f"MOMBASA, Kenya, May 4, 2025 (Agency) - The bus, {crew}, left the central station in "
        "Nairobi at 7 am and pulled into Mombasa at 5 pm, covering about 480 km."
    )
    ends = _leg_ends(text)
    assert ("Nairobi", "Mombasa") in ends, ends


def test_a_place_after_from_before_a_trip_noun_stays_the_origin():
    text = (
        "MOMBASA, Kenya, May 4, 2025 (Agency) - The bus from Nairobi station pulled into "
        "Mombasa at 5 pm after about 480 km."
    )
    ends = _leg_ends(text)
    assert ("Nairobi", "Mombasa") in ends, ends


# -- a region's great city written in another romanisation of the region's name ----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The schooner left Port Klang at dawn and moored in Melaka that evening after some 140 km.",
        "The convoy drove from Kuala Lumpur to Melaka, a trip of about 150 km.",
    ],
)
def test_a_region_name_that_respells_its_great_city_is_the_city(sentence):
    text = "MELAKA, Malaysia, Aug. 2, 2025 (Agency) - " + sentence
    gaz = Gazetteer()
    (m,) = [m for m in find_mentions(text, gaz) if m.text == "Melaka"]
    assert not m.place.is_region, m.place
    checks = findings(text, "geodesic_bound") + findings(text, "separation")
    assert checks and all(f["verdict"] == "consistent" for f in checks), checks


@pytest.mark.parametrize("name", ["Ceará", "Pará", "Goa"])
def test_a_region_whose_city_has_another_name_stays_the_region(name):
    gaz = Gazetteer()
    text = f"Floods hit {name} again this week, officials said."
    (m,) = [m for m in find_mentions(text, gaz) if m.text == name]
    assert m.place.is_region, m.place


# -- a small town, the only place of its name, after a word of the journey ----------------------


@pytest.mark.parametrize(
    "sentence, town",
    [
        (
            "Three Russian skaters set off from Kultuk on Monday and are aiming for "
            "Nizhneangarsk, some 650 km away across the ice.",
            "Nizhneangarsk",
        ),
        (
            "The Russian rowers pulled out of Irkutsk and hope to reach Kultuk by Friday, "
            "rowing on to Nizhneangarsk next month.",
            "Nizhneangarsk",
        ),
    ],
)
def test_a_small_town_after_a_journey_word_in_a_named_country_is_a_place(sentence, town):
    text = "IRKUTSK, March 6, 2026 (Agency) - " + sentence
    gaz = Gazetteer()
    assert town in [m.text for m in find_mentions(text, gaz) if m.place is not None]


def test_a_small_town_written_without_a_journey_word_needs_more_support():
    text = "IRKUTSK, March 6, 2026 (Agency) - Russian officials said Nizhneangarsk was quiet."
    gaz = Gazetteer()
    assert "Nizhneangarsk" not in [m.text for m in find_mentions(text, gaz) if m.place]


# -- ends as a boat's or a plane's story writes them ---------------------------------------------


@pytest.mark.parametrize(
    "arrival",
    ["dropped anchor off Papeete", "anchored off Papeete", "made landfall at Papeete"],
)
def test_an_anchorage_or_a_landfall_ends_the_leg(arrival):
    text = (
        "PAPEETE, Aug. 20, 2025 (Agency) - The raft left Nuku Hiva on Aug. 1 and "
        f"{arrival} on Aug. 19, having drifted some 1,500 km."
    )
    assert ("Nuku-Hiva", "Papeete") in _leg_ends(text), _leg_ends(text)
    roles = _time_roles(text)
    (key,) = [k for k in roles if "19" in k]
    assert roles[key] == "arrival", roles


@pytest.mark.parametrize(
    "origin",
    ["from the old naval air station at Kiel", "from the disused military airfield at Kiel"],
)
def test_a_facility_at_a_town_starts_the_leg_at_the_town(origin):
    text = (
        "MUNICH, June 1, 2025 (Agency) - The vintage seaplane took off "
        f"{origin} at 8 am and landed in Munich at 11 am, after some 650 km."
    )
    assert ("Kiel", "Munich") in _leg_ends(text), _leg_ends(text)


# -- a count of days between two dates of the article ------------------------------------------


def _day_counts(text: str) -> list[dict]:
    return [f for f in findings(text, "calendar") if "days apart" in f["message"]]


@pytest.mark.parametrize(
    "story",
    [
        # the count beside the arrival's date, the departure dated before
        "The raft left Callao on Sunday, March 1, 2026, and reached Tuamotu on Friday, "
        "March 20, 2026, after 19 days at sea.",
        # the count after the arrival, the departure dated later in the text
        "The team reached the summit camp on Monday, May 11, 2026, nine days after leaving "
        "the road head, where a truck had dropped them on Saturday, May 2, 2026.",
        # the other end is the dateline's day
        "The yacht left Hobart on Tuesday, April 14, and has spent 17 days at sea.",
    ],
)
def test_a_count_of_days_two_dates_span_is_consistent(story):
    text = "PAPEETE, May 1, 2026 (Agency) - " + story
    (f,) = _day_counts(text)
    assert f["verdict"] == "consistent", f["message"]


@pytest.mark.parametrize(
    "story",
    [
        # a count no pair of dates spans: no finding, never an inconsistent one
        "The raft left Callao on Sunday, March 1, 2026, and reached Tuamotu on Friday, "
        "March 20, 2026, after 25 days at sea.",
        # a one-day figure is no count of a trip's days
        "The crew left on Sunday, March 1, 2026, for a one-day test on Monday, March 2, 2026.",
    ],
)
def test_a_count_of_days_no_dates_span_gives_no_finding(story):
    text = "PAPEETE, May 1, 2026 (Agency) - " + story
    assert _day_counts(text) == []
    assert all(f["verdict"] != "inconsistent" for f in findings(text, "calendar"))


# -- a race's start and finish as a report writes them; a stop set aside between commas --------


@pytest.mark.parametrize(
    "sentence",
    [
        "The 40-year-old started with a field of 900 riders at 8.15am in Perth and broke the "
        "tape in Mandurah at 11.02am.",
        "She started among a pack of 300 swimmers at 8.15am off Perth and breasted the tape "
        "in Mandurah at 11.02am.",
    ],
)
def test_a_race_start_and_the_tape_time_its_departure_and_arrival(sentence):
    roles = _time_roles("PERTH, Oct. 5, 2025 (Agency) - " + sentence)
    (start,) = [r for k, r in roles.items() if "8.15am" in k]
    (finish,) = [r for k, r in roles.items() if "11.02am" in k]
    assert (start, finish) == ("departure", "arrival"), roles


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The run of some 300 km, with a stop in Dijon, took four hours.", "four hours"),
        (
            "The crossing, with one short break at the halfway buoy, lasted nine hours.",
            "nine hours",
        ),
    ],
)
def test_a_stop_set_aside_between_commas_leaves_the_time_the_journeys(sentence, figure):
    text = "LYON, June 3, 2025 (Agency) - The team left Paris on Monday. " + sentence
    rel = relations(text)
    (key,) = [k for k in rel if figure in k]
    assert rel[key] in (None, "leg"), rel


def test_a_stop_that_took_a_time_keeps_its_stay():
    text = "LYON, June 3, 2025 (Agency) - The team left Paris on Monday. The stop in Dijon took an hour."
    rel = relations(text)
    (key,) = [k for k in rel if "an hour" in k]
    assert rel[key] == "stay", rel


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("He had lost weight during 500 days in custody before the flight home.", "500 days"),
        ("Freed after two years in captivity, she was flown to Berlin.", "two years"),
        ("The skipper spent three weeks in hospital before sailing on.", "three weeks"),
    ],
)
def test_a_time_someone_was_held_is_a_stay(sentence, figure):
    text = "BERLIN, June 3, 2025 (Agency) - The team left Paris on Monday. " + sentence
    rel = relations(text)
    (key,) = [k for k in rel if figure in k]
    assert rel[key] == "stay", rel


@pytest.mark.parametrize("start", ["set off from the trailhead in Banff", "departed from Banff"])
def test_a_second_start_in_the_sentence_is_no_end_of_the_first_leg(start):
    text = (
        "JASPER, Alberta, June 18, 2025 (Agency) - The pair collected their camper in Calgary "
        f"after a nine-hour flight from Reykjavik, and {start} on Friday."
    )
    ends = _leg_ends(text)
    assert ("Reykjavík", "Banff") not in ends and ("Reykjavik", "Banff") not in ends, ends
