"""Issue 13, classes found on this round's blind sets (holdout17 to holdout20), each tested with
wording of its own: a compass word that fits the great circle's start but not the constant
bearing; a yearless date that a sentence looks forward to; contradictions whose figures could not
be one leg's (tenfold apart in value, or several sentences apart in the text)."""

from __future__ import annotations

import pytest

from georoute.verify import verify

from .reading import findings


def verify_claims(text: str) -> list[dict]:
    return verify(texts=[text]).to_dict()["claims"]


_COMPASS = (
    "PARIS, June 3, 2025 (Agency) - The night coach from Bucharest arrived on Tuesday after two "
    "days on the road. Paris lies some 1,870 km {word} of Bucharest."
)


@pytest.mark.parametrize("word", ["north-west", "west"])
def test_a_compass_word_fits_either_the_great_circle_or_the_constant_bearing(word):
    # from Bucharest, Paris starts at about 294° on the great circle (north-west) and lies at
    # about 285° on a constant bearing (west): a reader may mean either
    (f,) = findings(_COMPASS.format(word=word), "direction")
    assert f["verdict"] == "consistent", f["message"]
    assert f["computed"]["initial_bearing_deg"] > f["computed"]["rhumb_bearing_deg"]


def test_a_compass_word_neither_bearing_fits_is_still_inconsistent():
    (f,) = findings(_COMPASS.format(word="south-west"), "direction")
    assert f["verdict"] == "inconsistent", f["message"]


_AHEAD = (
    "ATHENS, May 8, 2024 (Agency) - The flame will now travel through 400 towns, before the "
    "opening ceremony on {day}, July 26."
)


def test_a_yearless_date_the_sentence_looks_forward_to_is_ahead_of_the_dateline():
    # July 26, 2024 was a Friday; read as the past July (2023) it would be a Wednesday
    (f,) = findings(_AHEAD.format(day="Friday"), "calendar")
    assert f["verdict"] == "consistent", f["message"]
    assert "2024" in f["message"]


def test_a_wrong_weekday_ahead_of_the_dateline_is_still_caught():
    (f,) = findings(_AHEAD.format(day="Thursday"), "calendar")
    assert f["verdict"] == "inconsistent", f["message"]


def test_a_yearless_date_told_in_the_past_keeps_the_past_year():
    text = (
        "ATHENS, May 8, 2024 (Agency) - The ship left Piraeus on Wednesday, July 26, and "
        "reached Marseille 11 days later."
    )
    (f,) = findings(text, "calendar")
    assert f["verdict"] == "consistent", f["message"]
    assert "2023" in f["message"]


_FILLER = (
    " The operator said demand had grown every year since the service opened, and that a "
    "second vessel would join the route next spring once its refit in a northern yard was "
    "finished. Local officials welcomed the plan, saying the islands depended on the link for "
    "fuel, food and medical visits, and that fares had stayed the same for three years."
)


def test_a_contradiction_built_from_figures_several_sentences_apart_is_not_judged():
    # 180 km in 3 hours is 60 km/h, twice the stated 30 km/h: written together it is a
    # contradiction; with paragraphs between them the figures are one leg's only by guess
    head = "OBAN, June 2, 2025 (Agency) - The ferry sailed 180 km from Oban to Castlebay."
    tail = " The crossing took 3 hours. The ship cruised at about 30 km/h."
    (near,) = findings(head + tail, "speed_distance_time")
    assert near["verdict"] == "inconsistent", near["message"]
    (far,) = findings(head + _FILLER * 2 + tail, "speed_distance_time")
    assert far["verdict"] == "unverifiable", far["message"]
    assert "characters apart" in far["message"]
    assert far["computed"]["span_chars"] > 600


def test_figures_that_miss_each_other_tenfold_are_not_judged():
    # 1,500 km in 6 hours is 250 km/h against the stated 5 km/h: fiftyfold, so the figures
    # more likely describe different things (a day's paddling, the whole river)
    text = (
        "BELEM, Sep 12, 2025 (Agency) - The kayakers paddled 1,500 km from Manaus to Belem. "
        "They paddled for six hours at about 5 km/h, then camped on the banks."
    )
    (f,) = findings(text, "speed_distance_time")
    assert f["verdict"] == "unverifiable", f["message"]
    assert f["computed"]["contradiction_factor"] > 10


def test_a_gross_error_written_together_is_still_inconsistent():
    text = (
        "HELSINKI, July 4, 2025 (Agency) - The ferry sailed from Helsinki to Tallinn, a crossing "
        "of about 80 km, in 20 minutes at 27 knots."
    )
    (f,) = findings(text, "speed_distance_time")
    assert f["verdict"] == "inconsistent", f["message"]


@pytest.mark.parametrize(
    ("stated", "verdict"), [("two weeks", "unverifiable"), ("nine hours", "inconsistent")]
)
def test_clocks_and_a_duration_tenfold_apart_are_not_judged(stated, verdict):
    # the clocks give 13 hours (Lima UTC-5, Madrid UTC+1): "nine hours" is a plain
    # contradiction; "two weeks" (336 h) is far more than any slip, so it times something else
    text = (
        "MADRID, March 12, 2025 (Agency) - The flight left Lima at 6:00 p.m. on Monday and "
        f"landed in Madrid at 1:00 p.m. on Tuesday, a journey of {stated}."
    )
    (f,) = [x for x in findings(text, "timeline") if x["verdict"] != "consistent"]
    assert f["verdict"] == verdict, f["message"]


@pytest.mark.parametrize(
    ("km", "verdict"), [("about 35 km", "unverifiable"), ("about 300 km", "inconsistent")]
)
def test_a_separation_a_hundred_times_off_is_a_misread_place_not_judged(km, verdict):
    # Lisbon-Madrid is about 503 km: 300 km is a plain error; 35 km is no misprint of it, more
    # likely the text meant another place of that name
    text = f"MADRID, May 4, 2025 (Agency) - Madrid lies {km} from Lisbon, officials said."
    (f,) = findings(text, "separation")
    assert f["verdict"] == verdict, f["message"]


@pytest.mark.parametrize(
    ("km", "verdict"), [("200 km", "unverifiable"), ("2,000 km", "inconsistent")]
)
def test_a_travelled_distance_a_tenth_of_the_geodesic_is_not_judged(km, verdict):
    # Lisbon-Warsaw is about 2,760 km: 2,000 km is a plain error; 200 km is no misprint of
    # the drive's length, more likely a stretch of it
    text = f"WARSAW, May 4, 2025 (Agency) - The convoy drove {km} from Lisbon to Warsaw last week."
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == verdict, f["message"]


def test_each_distance_and_duration_written_as_a_pair_gets_its_plausibility():
    text = (
        "LEON, June 3, 2025 (Agency) - The pilgrims walked from Leon to Astorga, covering the "
        "first 22 km in six hours on Monday and the whole 50 km in two days."
    )
    pairs = {tuple(sorted(f["claims"])) for f in findings(text, "plausibility")}
    claims = {c["text"]: c["id"] for c in verify_claims(text)}
    assert tuple(sorted((claims["22 km"], claims["six hours"]))) in pairs
    assert tuple(sorted((claims["50 km"], claims["two days"]))) in pairs
    # a duration is paired only with the distance written right before it
    assert tuple(sorted((claims["22 km"], claims["two days"]))) not in pairs


def test_a_written_pair_never_adds_an_inconsistent_beside_a_fit():
    # 40 km in 40 minutes on foot is impossible, but the leg's other pair fits: the leg's one
    # verdict stands (the odd figure likely times something else), no second verdict is added
    text = (
        "LEON, June 3, 2025 (Agency) - The pilgrims walked from Leon to Astorga, covering "
        "40 km in 40 minutes on Monday and the whole 50 km in two days."
    )
    verdicts = {f["verdict"] for f in findings(text, "plausibility")}
    assert verdicts == {"consistent"}


@pytest.mark.parametrize(
    ("words", "ends_in_altai"),
    [
        (", in the Altai mountains, on Sunday and rode", False),
        (" to Altai on Sunday, riding", True),
    ],
)
def test_a_place_after_an_origin_and_a_comma_in_says_where_the_origin_lies(words, ends_in_altai):
    text = (
        f"KHOVD, Aug 22, 2025 (Agency) - The riders set out from Khovd{words} about 400 km in "
        "20 days, about 20 km a day."
    )
    (leg,) = verify(texts=[text]).extractions[0].legs
    places = verify(texts=[text]).places
    dest = places.get(leg.destination)
    assert (dest is not None and dest.name == "Altai") == ends_in_altai, leg


def test_a_daily_rate_with_its_conversion_in_brackets_is_a_rate_in_both_units():
    text = (
        "INVERNESS, Sept 27, 2025 (Agency) - The walker set off from Land's End and reached "
        "John o' Groats after walking 1,085 miles in 62 days, an average of 17.5 miles "
        "(28 km) a day."
    )
    claims = {c["text"]: c for c in verify_claims(text)}
    assert claims["17.5 miles"]["kind"] == claims["28 km"]["kind"] == "speed"
    assert (claims["17.5 miles"]["unit"], claims["28 km"]["unit"]) == ("mi/d", "km/d")
    assert "a day" not in claims  # no duration of one day is left over
    (f,) = findings(text, "speed_distance_time")
    assert f["verdict"] == "consistent", f["message"]


@pytest.mark.parametrize(
    "service", ["The 7:15 a.m. Frecciarossa from Milan", "The 7:15 a.m. sleeper from Milan"]
)
def test_a_service_named_by_its_time_departs_then(service):
    text = (
        f"ROME, May 5, 2025 (Agency) - {service} reached Rome Termini at 10:47 a.m. on Monday, "
        "a journey of three hours and 32 minutes."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]
    assert "7:15 a.m." in f["message"]


def test_a_weekday_beside_a_yearless_date_is_reported_not_dropped():
    text = (
        "NAIROBI, Nov 14 (Reuters) - The first non-stop service ran between Nairobi and Mombasa "
        "on Friday, November 14, cutting an hour off the trip."
    )
    (f,) = findings(text, "calendar")
    assert f["verdict"] == "unverifiable", f["message"]
    assert 2025 in f["computed"]["years_that_fit"] and 2026 not in f["computed"]["years_that_fit"]
    assert "--date" in f["message"]


def test_a_time_after_a_reporting_verb_dates_the_report_not_the_trip():
    text = (
        "OBAN, April 2, 2026 (Agency) - The summer timetable got under way this week with extra "
        "sailings to the islands, the operator said on Thursday. The first ferry left Oban at "
        "7:10 a.m. on Monday, the operator said."
    )
    times = {c["text"]: c.get("relation") for c in verify_claims(text) if c["kind"] == "time"}
    assert times["Thursday"] is None
    assert times["7:10 a.m."] == "departure"


@pytest.mark.parametrize(
    ("text", "value"),
    [("It took half an hour.", 0.5), ("a stop of half a day", 12.0), ("two and a half hours", 2.5)],
)
def test_half_an_hour_is_still_a_duration_beside_the_rate_rule(text, value):
    from georoute.text.quantities import find_quantities

    (q,) = find_quantities(text)
    assert q.value * (24 if q.unit == "d" else 1) == value


def test_as_the_crow_flies_is_no_flight():
    text = (
        "SANTIAGO, Nov 8, 2025 (Agency) - The classic cars drove some 1,400 km from Buenos Aires "
        "to Santiago in five days, stopping in Mendoza, about 180 km from Santiago as the crow "
        "flies."
    )
    modes = {c["text"]: c.get("mode") for c in verify_claims(text)}
    assert modes["1,400 km"] == "road"


def test_a_weekday_beside_a_date_off_the_calendar_says_so():
    text = "The train left Paris on Friday, February 30, 2024, and reached Lyon two hours later."
    (f,) = findings(text, "calendar")
    assert f["verdict"] == "unverifiable" and "no date of the calendar" in f["message"]


def test_a_figure_before_two_vehicles_takes_the_fastest_and_pilgrims_walk_nowhere():
    # no vehicle named before the figure: when unsure, the most permissive limit; "pilgrims"
    # names travellers, not how they travel
    text = (
        "From Lyon to Marseille at 320 km/h: pilgrims swap coaches for high-speed trains\n\n"
        "LYON, May 20, 2025 (Agency) - A group of 40 pilgrims boarded a train in Lyon on "
        "Wednesday."
    )
    (f,) = [x for x in findings(text, "plausibility") if "320 km/h" in x["message"]]
    assert f["verdict"] == "consistent", f["message"]


def test_past_trips_of_other_years_give_no_ends_and_crossing_into_a_country_is_a_crossing():
    text = (
        "The armoured train was used for his 2018 trip to Beijing and for a 2019 summit in "
        "Hanoi. Officials said the train crossed into Mongolia earlier today."
    )
    rels = {c["text"]: c.get("relation") for c in verify_claims(text)}
    assert rels["Beijing"] is None and rels["Hanoi"] is None
    assert rels["earlier today"] == "crossing"


def test_a_supersonic_airliner_is_held_to_its_own_cruise():
    # London-New York is about 5,570 km: 3 hours 20 minutes needs 1,670 km/h, beyond an
    # airliner but within Concorde's Mach 2 cruise, even in a text that calls it "the aircraft"
    text = (
        "LONDON, Jan 21, 2026 (Agency) - Fifty years ago the aircraft, a Concorde, flew the "
        "5,570 km from London to New York in 3 hours and 20 minutes."
    )
    (f,) = findings(text, "plausibility")
    assert f["verdict"] == "consistent" and "supersonic" in f["message"], f["message"]


@pytest.mark.parametrize(
    ("mm", "verdict"), [("1,067 mm", "consistent"), ("900 mm", "inconsistent")]
)
def test_a_length_in_feet_and_inches_converts_whole(mm, verdict):
    (f,) = findings(
        f"The narrow-gauge line was built to 3 ft 6 in ({mm}) in 1889.", "unit_conversion"
    )
    assert f["verdict"] == verdict, f["message"]
    assert f["message"].startswith("3 ft 6 in is 1,067 mm")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("The crossing took a quarter of an hour.", 0.25),
        ("The crossing took three quarters of an hour.", 0.75),
        ("The flight took three and a quarter hours.", 3.25),
        ("The flight took an hour and a quarter.", 1.25),
    ],
)
def test_quarters_of_a_unit_are_read_whole(text, hours):
    from georoute.text.quantities import find_quantities

    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (hours, "h")  # never "an hour" alone


def test_a_terminal_escape_in_an_article_is_no_figure_and_spans_stay_the_texts():
    text = "The train left\x1b[31m Paris for Lyon, 460 km away, in two hours.\x1b]0;x\x07"
    claims = verify_claims(text)
    assert [c["text"] for c in claims if c["kind"] == "distance"] == ["460 km"]
    assert all(text[c["start"] : c["end"]] == c["text"] for c in claims)
