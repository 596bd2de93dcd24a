"""Issue 13, classes of round 16 found across the development sets, each tested with wording of
its own."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.verify import verify

from .reading import findings, relations

# --- time spent on a trail is the journey's, not a stay ---------------------------------------

_TRAIL = (
    "KANDY, Sri Lanka, March 20, 2026 (Agency) - Hiker Nimal Perera, 44, finished the Pekoe "
    "Trail on Friday. He set out from Kandy on Sunday, Feb. 1, and spent 47 days on the "
    "300-km (186-mile) trail, averaging about {rate} km a day. He spent two days in Ella."
)


def test_days_spent_on_a_trail_are_the_journey():
    rel = relations(_TRAIL.format(rate="6.4"))
    assert rel["47 days"] == "leg"
    assert rel["two days"] == "stay"


def test_days_spent_on_a_trail_meet_its_daily_rate():
    (f,) = findings(_TRAIL.format(rate="6.4"), "speed_distance_time")
    assert f["verdict"] == "consistent"
    # a daily rate's triple speaks in days, not in hours
    assert "47 days" in f["message"] and "km a day" in f["message"]


def test_days_spent_on_a_trail_contradict_a_wrong_daily_rate():
    (f,) = findings(_TRAIL.format(rate="12"), "speed_distance_time")
    assert f["verdict"] == "inconsistent"


# --- stoppages described by words of their own are events --------------------------------------


def test_a_stoppage_named_with_words_between_is_an_event():
    rel = relations(
        "LISBON, June 4, 2026 (Agency) - A 48-hour rail and port walkout halted freight on "
        "Monday. The Alfa Pendular still covered 337 km in 2 hours 50 minutes."
    )
    assert rel["48-hour"] == "event"
    assert rel["2 hours 50 minutes"] == "leg"


def test_a_journey_of_hours_stays_a_journey():
    rel = relations("The train made the 24-hour journey from Moscow to Kazan last week.")
    assert rel["24-hour"] == "leg"


def test_a_cancellation_told_by_the_present_verb_is_an_event():
    rel = relations(
        "KIEL, Jan 8, 2026 (dpa) - Gales forced operators to cancel sailings across the Baltic "
        "for about 14 hours. The ferry then left Kiel at 8 am and covered 150 km in six hours."
    )
    assert rel["14 hours"] == "event"
    assert rel["six hours"] == "leg"


# --- a yearless date told back from a past journey's end takes that journey's year ------------

_MARCH = (
    "BOSTON, June 1, 2025 (AP) - The column reached the river on Thursday, June 1, 1775, "
    "250 years ago today.\n\nIt had left the coast on {wd}, April 21, and marched for 41 days."
)


def test_a_date_told_back_from_a_past_journey_keeps_its_year():
    # April 21, 1775 was a Friday; in 2025 it was a Monday: the dateline's year made it false
    cal = findings(_MARCH.format(wd="Friday"), "calendar")
    assert cal and all(f["verdict"] == "consistent" for f in cal)
    assert any("1775" in f["message"] and "April 21" in f["message"] for f in cal)


def test_a_wrong_weekday_told_back_is_not_excused():
    # a Tuesday fits neither 1775 nor 2025: still a wrong weekday
    cal = findings(_MARCH.format(wd="Tuesday"), "calendar")
    assert any(f["verdict"] == "inconsistent" and "April 21" in f["message"] for f in cal)


# --- a leg of one end takes the other from its document's straight line ----------------------

_STAGE = (
    "VANNES, France, July 3, 2026 (Agency) - The peloton covered the {km}-km fourth stage from "
    "Lorient in 2 hours 30 minutes on Friday. Vannes lies about 50 km south-east of Lorient{how} "
    "the organisers sent the race inland over three short climbs."
)


def test_a_leg_of_one_end_takes_the_other_from_a_straight_line():
    (f,) = findings(_STAGE.format(km="92", how=" as the crow flies, but"), "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "Lorient to Vannes" in f["message"] and "straight line" in f["message"]


def test_a_leg_of_one_end_takes_the_other_from_a_contrast():
    (f,) = findings(_STAGE.format(km="92", how=", but"), "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "Lorient to Vannes" in f["message"]


def test_an_end_so_inferred_never_calls_a_figure_short():
    (f,) = findings(_STAGE.format(km="22", how=" as the crow flies, but"), "geodesic_bound")
    assert f["verdict"] == "unverifiable"


# --- the dateline's town is no far loner ------------------------------------------------------


def test_a_far_dateline_town_is_a_place_of_the_story():
    # the story's other places are all in New Zealand, 3,000 km away: the small capital of the
    # dateline was dropped as a likely namesake
    text = (
        "AVARUA (AP) — A replica voyaging canoe reached Avarua on Friday after "
        "sailing from Auckland. Avarua lies about 3,000 km north-east of Auckland, and the "
        "crew left Auckland with a send-off from Wellington and Hamilton crews."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent"
    assert "Avarua" in f["message"]


# --- a time word opening a sentence is no first name -------------------------------------------


def test_a_town_after_a_sentence_opening_time_word_stays_a_place():
    # "Today Seville is a day trip" read "Today Seville" as a person's name and so dropped the
    # city (known by its English name only as an alternate) from the whole text
    text = (
        "MADRID, May 2, 2026 (EFE) - The AVE covered the 471 km in 2 hours 32 minutes. "
        'Seville lies some 390 km south-west of Madrid. "Today Seville is a day trip," '
        "a minister said."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent"
    assert "Sevilla" in f["message"]


# --- a scheduled service named by its time starts where "from" says -----------------------------

_SERVICE = (
    "NAPLES, Oct 4, 2026 (ANSA) - The 7.40 am Frecciarossa from Roma Termini reached Napoli "
    "Centrale at 8.52 am on Sunday. The journey covered about {km} km at up to 300 km/h."
)


def test_a_service_named_by_its_time_starts_where_from_says():
    (f,) = findings(_SERVICE.format(km="225"), "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "Rom" in f["message"] and "Napl" in f["message"]


def test_a_short_figure_of_the_service_is_never_called_consistent():
    # its own sentence names no ends: the ends come from the sentence before, inferred, so a
    # figure under the geodesic is not judged (a part of the trip?) rather than called short
    fs = findings(_SERVICE.format(km="125"), "geodesic_bound")
    assert [f["verdict"] for f in fs] == ["unverifiable"]


# --- a line someone operates or builds is a feature, not the journey ---------------------------


def test_a_line_operated_is_a_feature():
    rel = relations(
        "The company, which operates the 109-km line between the terminus and the tunnel, "
        "said the 9.01 a.m. train covered the 492-km route in six hours."
    )
    assert rel["109-km"] == "feature"
    assert rel["492-km"] == "leg"


# --- times as race and feature copy writes them --------------------------------------------------

_RACE = (
    "WICKLOW, Ireland, June 26, 2024 (Reuters) - The sloop Morag, sailed by a crew of eight from "
    "Galway and Sligo, crossed the finish line at 4.20 pm on Tuesday, {late} after the fleet "
    "started off Wicklow at 1 pm on Saturday, June 22."
)


def test_a_fleet_that_started_off_a_port_departed_then():
    (f,) = findings(_RACE.format(late="three days, three hours and 20 minutes"), "timeline")
    assert f["verdict"] == "consistent"
    assert "departure '1 pm'" in f["message"]


def test_a_crew_from_somewhere_is_no_leg_from_there():
    rel = [
        c
        for c in verify(texts=[_RACE.format(late="three days")]).to_dict()["legs"]
        if c["origin"] is not None
    ]
    assert rel == []  # (the fleet's start off Wicklow is the trip's only named end)


def test_zones_written_out_in_words():
    from georoute.text.timeexpr import find_times

    zones = {
        t.text: t.zone
        for t in find_times(
            "left at 1 pm Pacific time and landed at 3.12 am Hawaii time, then 9 am India "
            "Standard Time",
            dt.date(2025, 7, 25),
        )
    }
    assert zones["1 pm Pacific time"] == "America/Los_Angeles"
    assert zones["3.12 am Hawaii time"] == "Pacific/Honolulu"
    assert zones["9 am India Standard Time"] == "Asia/Kolkata"


def test_a_trip_told_today_in_an_anniversary_story_is_the_story_s_own():
    text = (
        "LLANBERIS, Wales, April 6, 2024 (PA) - The line opened on Monday, April 6, 1896.\n\n"
        "Today's first train left Llanberis at 9 am and reached Caernarfon at {t}, an "
        "hour's run."
    )
    rel = relations(text.format(t="10 am"))
    assert rel["an hour"] == "leg"
    (f,) = findings(text.format(t="11.30 am"), "timeline")
    assert f["verdict"] == "inconsistent"


# --- a triple written in one clause outweighs a fit of figures scattered over the text --------

_SKI = (
    "ZAKOPANE, Poland, Feb 9, 2026 (PAP) - Local skier Jan Nowak won the classic race on Sunday, "
    "crossing the line {t} after the start, averaging almost 30 km/h over the 50-km course."
    "\n\nHe beat the champion by a ski length. "
    "\n\nThe oldest finisher, an 81-year-old from Krakow, took just over three hours. Fans "
    "cheered at every checkpoint, and volunteers handed out hot tea and soup along the way."
    '\n\n"The snow was fast on the lakes and slow in the forest, and I never felt my legs '
    'after the last climb," the winner told reporters, holding his trophy and a bouquet of '
    "flowers from the mayor, as children in knitted hats queued for his autograph."
    "\n\nOrganisers said the race had drawn some 4,000 skiers, from 14 countries, and that "
    "snow cannons had prepared about 90 km of tracks in the valley before the weekend."
)


def test_a_clause_s_contradiction_beats_a_scattered_fit():
    # 50 km in 2 h 10 min is 23 km/h, not almost 30; "90 km of tracks" in "just over three
    # hours" paragraphs away fit 30 km/h only by chance
    (f,) = findings(_SKI.format(t="2 hours 10 minutes"), "speed_distance_time")
    assert f["verdict"] == "inconsistent"
    assert "50 km" in f["message"] and "paragraphs away" in f["message"]


def test_a_clause_that_fits_stays_consistent():
    (f,) = findings(_SKI.format(t="1 hour 45 minutes"), "speed_distance_time")
    assert f["verdict"] == "consistent"


def test_a_service_named_by_its_time_then_left_departs_at_that_time():
    text = (
        "AMSTERDAM, June 1, 2026 (ANP) - The 7.04 am Eurocity Direct left Brussels-South on "
        "Monday, June 1, and reached Amsterdam Centraal at 9.53 am, a journey of {d}."
    )
    (f,) = findings(text.format(d="2 hours 49 minutes"), "timeline")
    assert f["verdict"] == "consistent" and "departure '7.04 am'" in f["message"]
    (f,) = findings(text.format(d="1 hour 49 minutes"), "timeline")
    assert f["verdict"] == "inconsistent"


def test_drivers_who_left_and_reached_time_the_trip():
    text = (
        "SPLIT, Croatia, June 19, 2026 (HINA) - Drivers who left the capital at 6 am reached "
        "Split at {t}, four and a half hours later, on the roughly 410-km motorway."
    )
    (f,) = findings(text.format(t="10.30 am"), "timeline")
    assert f["verdict"] == "consistent"
    (f,) = findings(text.format(t="11.45 am"), "timeline")
    assert f["verdict"] == "inconsistent"


def test_a_count_of_hours_later_then_a_clock_opens_an_arrival():
    rel = {
        c["text"]: c.get("relation")
        for c in verify(
            texts=[
                "MATARAM, Jan 20, 2026 (Antara) - The ferry left Padang Bai at 9.00 am. Four and "
                "a half hours later, at 1.30 pm, it docked in Lembar."
            ]
        ).to_dict()["claims"]
        if c["kind"] == "time"
    }
    assert rel["1.30 pm"] == "arrival"


# --- a list of stages, each figure to its own place, is no measure of the sentence's journey --

_STAGES = (
    "LISBON, May 3, 2026 (Lusa) - Walkers crowded the coastal path on Sunday. The path, which "
    "runs for some 75 km (47 miles) from Porto Covo to Odeceixe, is walked in four stages: 20 km "
    "to Vila Nova de Milfontes, 15 km to Almograve, 22 km to Zambujeira do Mar and a final 18 "
    "km to the river that marks the border."
)


def test_stage_figures_to_their_own_places_are_not_called_short():
    # each stage is shorter than the 47 km between the path's ends: it measures its own way
    fs = findings(_STAGES, "geodesic_bound")
    assert fs and all(f["verdict"] != "inconsistent" for f in fs)


def test_a_figure_to_the_sentence_s_own_end_keeps_its_start():
    (f,) = findings(
        "The ship sailed from Rotterdam to Hamburg, some {km} km to the port of Hamburg, in "
        "14 hours.".format(km="120"),
        "geodesic_bound",
    )
    assert f["verdict"] == "inconsistent"


# --- a state's abbreviation with no town of the name in it leaves the name unplaced ------------


def test_a_name_located_in_a_state_that_has_none_of_it_is_unplaced():
    d = verify(
        texts=[
            "MOUNT WASHINGTON, N.H. (AP) — The cog railway opened on Wednesday. Mount "
            "Washington, about 75 miles north of Concord, is famous for its winds."
        ]
    ).to_dict()
    assert all(p["name"] != "Mount Washington" for p in d["places"])
    assert all(f["verdict"] != "inconsistent" for f in d["findings"])


# --- route_length: a winding hill line's network route runs shorter still ---------------------


@pytest.mark.parametrize(
    ("km", "verdict"),
    [
        ("290", "consistent"),  # the published line, 1.28 times the network's 227 km route
        ("340", "inconsistent"),  # 1.5 times it: more than any sourced hill line
    ],
)
def test_route_length_allows_more_above_a_winding_route(km, verdict):
    text = (
        "COLOMBO, May 4, 2026 - The night mail ran from Colombo to Badulla, "
        f"a journey of {km} km by rail through the tea country."
    )
    got = findings(text, "route_length")
    assert [f["verdict"] for f in got] == [verdict], got


# --- two places joined by a hyphen are a route, never a person's name --------------------------


def test_a_hyphenated_route_in_a_headline_names_no_person():
    # "Direct Geneva-Lyon trains" made Geneva (also a given name) a person's for the whole text
    text = (
        "Direct Geneva-Lyon trains resume after rockfall\n\nGENEVA, March 10 (Reuters) - "
        "Trains between Geneva and Lyon ran again on Monday. Lyon lies about 110 km south-west "
        "of Geneva as the crow flies."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent"
    assert "Geneva" in f["message"]


def test_people_named_in_full_from_a_town_are_from_home_there():
    # "Sabine and Jorg Hartmann from Freiburg had seen ..." made Freiburg, 1,300 km away, the
    # walk's origin (a false short distance, only not judged because the end was far)
    text = (
        "INVERNESS, May 3, 2026 (dpa) - Greta and Jonas Weber from Freiburg had seen no monster, "
        "when they walked into Inverness on Friday, six days after leaving Fort William. They "
        "covered about 125 km."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent"
    assert "Fort William to Inverness" in f["message"]


def test_a_traveller_noun_is_no_verb_of_travel_for_a_short_length():
    rel = relations(
        "Rangers asked walkers to keep at least 5 metres from the cliff edge. She walked 800 "
        "metres to the beach."
    )
    assert rel["5 metres"] == "length"
    assert rel["800 metres"] == "leg"


def test_a_trimaran_crossing_the_line_owns_its_arrival():
    text = (
        "POINTE-A-PITRE, Nov 12, 2026 (Reuters) - The skipper left Saint-Malo at 2 pm on Sunday, "
        "November 4, aboard the 31.5-metre trimaran Orca and crossed the finish line off "
        "Guadeloupe at 11.21 pm local time on Sunday, November 11, after {d}."
    )
    (f,) = findings(text.format(d="7 days, 14 hours and 21 minutes"), "timeline")
    assert f["verdict"] == "consistent"


def test_the_usual_time_and_another_mode_s_time_stay_out_of_the_leg():
    rel = relations(
        "KRAKOW, Aug 15, 2026 (PAP) - Holiday coaches crawled south on Saturday. A coach that "
        "left Krakow's bus station at 8 am reached Zakopane at 11 am, three hours for the "
        "roughly 105-km trip by road, an average of just 35 km/h, its driver said. In normal "
        "traffic the trip takes about two hours. Rail travel has improved too, with the fastest "
        "trains from Krakow now taking around two and a half hours."
    )
    assert rel["three hours"] == "leg"
    assert rel["two hours"] == "usual"
    assert rel["two and a half hours"] == "other"


def test_a_journey_taking_its_own_time_stays_the_leg():
    rel = relations(
        "NASHIK, Aug 17, 2026 (IANS) - With the line blocked after the derailment, 25 buses left "
        "the site at 7.30 a.m. and reached Nashik Road by 9 a.m., the 45-km road journey taking "
        "about an hour and a half."
    )
    assert rel["an hour and a half"] == "leg"


def test_a_duration_paragraphs_from_the_clocks_is_not_judged_against_them():
    # the coach's clocks and, three paragraphs on, the walk's five hours: no combination fits,
    # and the duration stands far from both clocks (the coach ride's own time is lost here)
    text = (
        "BEIJING, May 11, 2026 (Xinhua) - A hiking club boarded a coach in the capital at 6:30 "
        "a.m. and reached Tianjin at 9 a.m.\n\n"
        + "The section was built in 1570 and has 67 watchtowers along the crests. " * 6
        + "\n\nThe hikers walked the full 10.5 km in about five hours."
    )
    fs = findings(text, "timeline")
    assert fs and all(f["verdict"] != "inconsistent" for f in fs)
    assert any("characters away from both times" in f["message"] for f in fs)


def test_a_train_that_eased_onto_a_platform_arrived_then():
    text = (
        "CAERNARFON, Wales, July 3, 2026 (PA) - The steam train left Llanberis at 9 a.m. and "
        "eased onto the platform at Caernarfon at {t}, having crawled along 7 miles of track in "
        "about 65 minutes."
    )
    (f,) = findings(text.format(t="10:05 a.m."), "timeline")
    assert f["verdict"] == "consistent"
    (f,) = findings(text.format(t="11:35 a.m."), "timeline")
    assert f["verdict"] == "inconsistent"
