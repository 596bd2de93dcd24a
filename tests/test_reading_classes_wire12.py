"""Issue 13, classes found on the seventeenth blind set (holdout17), each tested with wording
of its own: a place named inside an appositive that describes the sentence's subject is not
what lies at the distance."""

from __future__ import annotations

import pytest

from .reading import findings, relations

_APPOSITIVE = (
    "NAPLES, May 4, 2026 (Agency) - Ferries were full on Monday. "
    "Sorrento, {clause}, lies about {km} south of Naples."
)


@pytest.mark.parametrize(
    "clause",
    [
        "the town that looks across the bay to Capri",
        "a resort facing the island of Ischia",
        "where boats leave for Positano",
    ],
)
def test_a_place_inside_the_subject_s_appositive_is_not_what_lies_there(clause):
    # Sorrento lies some 25-30 km from Naples; the place named in the clause does not
    (f,) = findings(_APPOSITIVE.format(clause=clause, km="28 km"), "separation")
    assert f["verdict"] == "consistent", f["message"]
    assert "Sorrento" in f["message"], f["message"]


def test_the_subject_s_distance_still_fails_when_wrong():
    text = _APPOSITIVE.format(clause="the town that looks across the bay to Capri", km="90 km")
    (f,) = findings(text, "separation")
    assert f["verdict"] == "inconsistent", f["message"]
    assert "Sorrento" in f["message"], f["message"]


def test_a_place_that_the_clause_itself_places_stays_the_subject():
    # the figure stands inside the clause: what it places is the clause's own place
    text = (
        "ROME, May 4, 2026 (Agency) - Talks open on Monday with Slovenia, whose capital "
        "Ljubljana lies about 490 km north-east of Rome and which sells it power."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f["message"]
    assert "Ljubljana" in f["message"], f["message"]


_RAIL_THEN_AIR = (
    "TURIN, May 4, 2026 (Agency) - The new direct train left Turin at 8 a.m. on Monday and "
    "reached Naples at 2 p.m., covering about 860 km of track in six hours. {air}"
)


@pytest.mark.parametrize(
    "air",
    [
        "Budget airlines still sell seats between Turin and Naples, about 1 hour 20 minutes away.",
        "Several flights a day link Turin and Naples, a hop of roughly 1 hour 20 minutes.",
        "Flying between Turin and Naples takes about 1 hour 20 minutes.",
        "Travellers who have flown from Turin to Naples spent about 1 hour 20 minutes aloft.",
    ],
)
def test_a_sentence_about_flights_is_no_train_s_figure(air):
    # the flight's time is no train's: never "needs ... km/h by train, beyond ..."
    text = _RAIL_THEN_AIR.format(air=air)
    for f in findings(text, "plausibility"):
        if "1 hour 20 minutes" in f["message"]:
            assert "by train" not in f["message"], f["message"]
            assert f["verdict"] != "inconsistent", f["message"]


_TRIP = "The ferry sailed from Wellington to Picton on Monday, covering 92 km in three and a half hours. "


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        # the time such trips usually take, set beside this one's
        (
            "That was well over the usual two hours and 40 minutes.",
            "two hours and 40 minutes",
            "usual",
        ),
        ("It beat its normal crossing time of 3 hours 50 minutes.", "3 hours 50 minutes", "usual"),
        # what a change would take off the trip
        ("A new hull design could trim 25 minutes from the crossing.", "25 minutes", "extra"),
        ("Faster boats would cut about half an hour from the journey.", "half an hour", "extra"),
        ("A deeper channel would shorten the trip by roughly 40 minutes.", "40 minutes", "extra"),
        ("Dredging has reduced sailing times on the route by 15 minutes.", "15 minutes", "extra"),
        # a wait in line is a stay
        ("Drivers had queued for nearly three hours to get aboard.", "three hours", "stay"),
        ("Foot passengers lined up for about an hour at the terminal.", "an hour", "stay"),
        # a closure whose object the sentence describes between commas
        (
            "Gales shut the crossing, the busiest in the country, for four days last month.",
            "four days",
            "event",
        ),
        (
            "Fog halted sailings on the strait, a vital link for freight, for 16 hours in May.",
            "16 hours",
            "event",
        ),
        # a branch of a line is a feature of the network
        ("At Picton the ferry meets a 30-kilometre branch to Blenheim.", "30-kilometre", "feature"),
        ("The line's Nelson spur, 110 km long, closed in 1955.", "110 km", "feature"),
    ],
)
def test_figures_beside_the_trip_keep_what_they_describe(sentence, figure, relation):
    got = relations(_TRIP + sentence)
    assert got[figure] == relation, got
    assert got["three and a half hours"] == "leg", got


def test_the_trip_s_own_time_after_a_closure_stays_the_leg():
    text = (
        "Gales shut the crossing, the busiest in the country, for four days. The first ferry "
        "then sailed from Wellington to Picton, covering 92 km in three and a half hours."
    )
    got = relations(text)
    assert got["three and a half hours"] == "leg", got
    assert got["four days"] == "event", got


_RAIL = (
    "LYON, May 4, 2026 (Agency) - The new low-cost train left Paris at 7 a.m. on Monday and "
    "reached Lyon at 9.10 a.m., covering the 430 km in two hours and 10 minutes. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rival Acme's fastest non-stop trains still make the journey in 1 hour 55 minutes.",
        "The incumbent's newest X200 trains do the trip in 1 hour 55 minutes.",
        "Competing Duplex trains cover the run in 1 hour 55 minutes.",
    ],
)
def test_another_operator_s_trains_give_their_own_time(sentence):
    got = relations(_RAIL + sentence)
    assert got["1 hour 55 minutes"] == "other", got
    assert got["two hours and 10 minutes"] == "leg", got


def test_the_story_s_own_train_named_by_its_owner_keeps_its_time():
    text = (
        "LYON, May 4, 2026 (Agency) - Acme's new train made the trip from Paris to Lyon in two "
        "hours and 10 minutes on Monday, covering 430 km."
    )
    assert relations(text)["two hours and 10 minutes"] == "leg"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Ferries also sail between Nelson and Wanganui, a longer crossing of about 9 hours.",
            "9 hours",
        ),
        (
            "Two airlines run daily flights from Wellington to Nelson, a hop of 35 minutes.",
            "35 minutes",
        ),
        (
            "There are hourly buses between Picton and Blenheim, a ride of around 25 minutes.",
            "25 minutes",
        ),
    ],
)
def test_what_services_between_two_places_take_is_no_leg_of_the_trip(sentence, figure):
    got = relations(_TRIP + sentence)
    assert got[figure] == "other", got
    assert got["three and a half hours"] == "leg", got


def test_the_trip_s_own_crossing_told_in_an_appositive_stays_the_leg():
    text = (
        "The ferry Aratere sailed from Wellington to Picton on Monday, a crossing of about "
        "three and a half hours."
    )
    assert relations(text)["three and a half hours"] == "leg"


@pytest.mark.parametrize(
    "opening",
    [
        "The 7:10 a.m. FlixBus from Munich",
        "Monday's 7:10 a.m. Regiojet coach from Munich",
        "The 7.10am Intercity service from Munich",
    ],
)
def test_a_service_named_by_its_clock_time_departs_then(opening):
    text = (
        f"PRAGUE, May 4, 2026 (Agency) - {opening} pulled into Prague at 11:55 a.m. on Monday, "
        "a ride of four hours and 45 minutes."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]
    wrong = text.replace("four hours and 45 minutes", "six hours and 45 minutes")
    (f,) = findings(wrong, "timeline")
    assert f["verdict"] == "inconsistent", f["message"]


def test_a_clock_time_still_ends_a_sentence_before_a_new_one():
    from georoute.text.document import sentence_spans

    text = "The ferry docked at 9 a.m. Passengers then boarded buses. The 6 p.m. Eurostar left."
    got = [text[a:z] for a, z in sentence_spans(text)]
    assert got == [
        "The ferry docked at 9 a.m.",
        "Passengers then boarded buses.",
        "The 6 p.m. Eurostar left.",
    ]


def test_a_bracketed_acronym_in_the_sentence_is_no_dateline_credit():
    text = (
        "PRAGUE, May 4, 2026 (Agency) - Officials spoke on Monday.\n\nThe coach left Munich "
        "Central Bus Station (ZOB) at 7:10 a.m. and reached Prague at 11:55 a.m., a ride of "
        "four hours and 45 minutes."
    )
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]


@pytest.mark.parametrize(
    ("news", "trip"),
    [
        (
            "Passenger numbers reached record levels this spring, the operator said on Monday.",
            "A night bus that left Oslo at 9 pm on Monday reached Trondheim, the old royal city, "
            "at 6.30 am on Tuesday, a trip of nine and a half hours.",
        ),
        (
            "Unions and the operator reached an agreement on pay late on Monday.",
            "The coach that left Oslo at 9 pm on Monday pulled into Trondheim, a city of "
            "200,000, at 6.30 am on Tuesday after nine and a half hours.",
        ),
    ],
)
def test_an_arrival_after_an_appositive_and_a_reached_level_are_read_apart(news, trip):
    text = f"OSLO, May 5, 2026 (Agency) - {news}\n\n{trip}"
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]
    assert "6.30 am" in f["message"], f["message"]
    (f,) = findings(text.replace("nine and a half hours", "seven hours"), "timeline")
    assert f["verdict"] == "inconsistent", f["message"]


def _times(text: str) -> list[str]:
    from georoute.verify import verify

    return [c["text"] for c in verify(texts=[text]).to_dict()["claims"] if c["kind"] == "time"]


@pytest.mark.parametrize(
    "trip",
    [
        "The 7.40 departure from Krakow reached Gdansk at 13.55, a run of six hours and 15 minutes.",
        "The train left Krakow at 07.40 and pulled into Gdansk at 13.55, after six hours and 15 minutes.",
    ],
)
def test_the_24_hour_clock_with_a_stop_times_the_trip(trip):
    text = f"WARSAW, May 4, 2026 (Agency) - Rail traffic resumed on Monday. {trip}"
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]
    (f,) = findings(text.replace("six hours", "four hours"), "timeline")
    assert f["verdict"] == "inconsistent", f["message"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares closed at 14.20 euros on Monday.",
        "Inflation stood at 13.45 percent in May.",
        "The ferry left at 8.25 on Monday.",  # a morning or an evening: not read alone
    ],
)
def test_a_figure_with_a_stop_is_no_clock_unless_it_can_only_be_one(sentence):
    assert not [t for t in _times(sentence) if "." in t], _times(sentence)


@pytest.mark.parametrize(
    "trip",
    [
        "The ferry left Piraeus at 7 a.m. and docked in Heraklion at 3.30 p.m. local time "
        "(1230 GMT), a crossing of eight and a half hours.",
        "The ferry left Piraeus at 7 a.m. (0400 GMT) and docked in Heraklion at 3.30 p.m. "
        "(1230 GMT), a crossing of eight and a half hours.",
    ],
)
def test_a_clock_time_given_again_in_brackets_is_one_instant(trip):
    text = f"ATHENS, May 4, 2026 (Agency) - Sailings resumed on Monday. {trip}"
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]
    (f,) = findings(text.replace("eight and a half hours", "six hours"), "timeline")
    assert f["verdict"] == "inconsistent", f["message"]


@pytest.mark.parametrize(
    "call",
    ["called at Paros at 9.10 am", "calling in at Paros at 9.10 am"],
)
def test_a_call_at_a_stop_on_the_way_is_an_arrival_there(call):
    text = (
        "PIRAEUS, May 4, 2026 (Agency) - Island ferries were full on Monday. The ferry left "
        f"Naxos at 8 am, {call} after a crossing of an hour and 10 minutes, and reached "
        "Piraeus at 1.30 pm."
    )
    got = [f for f in findings(text, "timeline") if "9.10 am" in f["message"]]
    assert [f["verdict"] for f in got] == ["consistent"], got
    wrong = text.replace("an hour and 10 minutes", "two hours and 10 minutes")
    got = [f for f in findings(wrong, "timeline") if "9.10 am" in f["message"]]
    assert [f["verdict"] for f in got] == ["inconsistent"], got


def test_a_distress_call_is_no_arrival():
    text = (
        "MANILA, May 4, 2026 (Agency) - A ferry left Batangas at 9.30 pm on Sunday. The crew "
        "made a distress call at 11.02 pm, the coast guard said."
    )
    from georoute.verify import verify

    claims = verify(texts=[text]).to_dict()["claims"]
    (t,) = [c for c in claims if c["text"].startswith("11.02")]
    assert t["relation"] != "arrival", t


@pytest.mark.parametrize(
    "since", ["after leaving Naxos", "after setting off", "since its departure"]
)
def test_a_time_counted_from_the_start_runs_to_the_arrival_it_follows(since):
    text = (
        "PIRAEUS, May 4, 2026 (Agency) - Island ferries were full on Monday. The ferry left "
        "Naxos at 8 am, called at Paros at 9.10 am after a crossing of 20 nautical miles in an "
        f"hour and 10 minutes, and reached Piraeus at 1.30 pm, five and a half hours {since}."
    )
    got = [f for f in findings(text, "plausibility") if "five and a half hours" in f["message"]]
    assert got, findings(text, "plausibility")
    for f in got:
        assert "Paros" not in f["message"] and "20 nautical miles" not in f["message"], f
        assert "Piraeus" in f["message"], f["message"]


def test_a_part_that_starts_where_the_trip_starts_shares_its_departure_clock():
    text = (
        "PIRAEUS, May 4, 2026 (Agency) - Island ferries were full on Monday. The ferry left "
        "Naxos at 8 am, called at Paros at 9.10 am after a crossing of 20 nautical miles in an "
        "hour and 10 minutes, and reached Piraeus at 1.30 pm, {h} after leaving Naxos."
    )
    for h, verdict in (("five and a half hours", "consistent"), ("three hours", "inconsistent")):
        got = [f for f in findings(text.format(h=h), "timeline") if "1.30 pm" in f["message"]]
        assert [f["verdict"] for f in got] == [verdict], got


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the trip took the usual time: that time is the leg's
        (
            "The ferry sailed from Wellington to Picton on Monday and made the 92 km crossing "
            "in the usual three and a half hours.",
            "three and a half hours",
        ),
        # one of the services is the story's own
        (
            "The ferry was the first of the new sailings between Wellington and Picton, a "
            "crossing of three and a half hours.",
            "three and a half hours",
        ),
    ],
)
def test_the_trip_s_own_time_beside_usual_or_services_words_stays_the_leg(text, figure):
    assert relations(text)[figure] == "leg"


def test_a_call_received_at_a_clock_time_is_no_arrival():
    from georoute.verify import verify

    text = (
        "MANILA, May 4, 2026 (Agency) - A ferry left Batangas at 9.30 pm on Sunday. The coast "
        "guard was called at 11.02 pm after the engine failed."
    )
    claims = verify(texts=[text]).to_dict()["claims"]
    (t,) = [c for c in claims if c["text"].startswith("11.02")]
    assert t["relation"] != "arrival", t
