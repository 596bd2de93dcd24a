"""Issue 13, classes found on the eighteenth blind set (holdout18), each tested with wording of
its own: figures of an earlier era or of the time before a line was changed; figures of a line
or a section still to open, or of a trip once it opens; how far a road goes on beyond the place
told of; what other services that "also" link other places take."""

from __future__ import annotations

import pytest

from .reading import findings, relations

_TRIP = (
    "VIENNA, May 4, 2026 (Agency) - The morning railjet left Vienna at 7.10 a.m. and reached "
    "Salzburg at 9.32 a.m., covering 300 km in 2 hours and 22 minutes. "
)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("In imperial times the journey between the two cities took about 14 hours.", "14 hours"),
        ("In the days of steam, the express needed nearly five hours for it.", "five hours"),
        (
            "Before the electrification, the slow trains on that stretch needed around four hours.",
            "four hours",
        ),
        ("Prior to the line's upgrade the service averaged 60 km/h.", "60 km/h"),
        ("Under communist rule, the same trip took about nine hours.", "nine hours"),
        ("In the 1980s the ride lasted some seven hours.", "seven hours"),
        ("Until the opening of the tunnel in 1999, the trip took some eight hours.", "eight hours"),
        (
            "The railway was inaugurated in 1860, when the first trains needed almost 18 hours.",
            "18 hours",
        ),
    ],
)
def test_a_figure_of_an_earlier_era_or_before_a_change_is_former(sentence, figure):
    assert relations(_TRIP + sentence)[figure] == "former"


@pytest.mark.parametrize(
    "sentence",
    [
        "Before dawn the train had already covered 300 km in 2 hours and 22 minutes.",
        "In 2 hours and 22 minutes the train covered 300 km, before the evening rush.",
    ],
)
def test_a_trip_told_near_before_or_in_stays_the_leg(sentence):
    # "before dawn" and a trip told with "in" name no earlier era and no change to the line
    rel = relations("The morning railjet left Vienna for Salzburg. " + sentence)
    assert rel["300 km"] == "leg"
    assert rel["2 hours and 22 minutes"] == "leg"


def test_the_earlier_time_no_longer_sets_the_clock_times_of_the_trip_against_it():
    # 7.10 to 9.32 is 2 h 22 min; the pre-upgrade four hours must not be the time checked
    text = (
        _TRIP + "Before the modernisation, trains on the old single-track line needed four hours."
    )
    for f in findings(text, "timeline"):
        assert "four hours" not in f["message"], f["message"]
        assert f["verdict"] != "inconsistent", f["message"]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "The last stretch opens in 2028, after which the ride to Munich should take "
            "under four hours.",
            ["four hours"],
        ),
        (
            "Once the new tunnel is completed, trains will cover the route in 90 minutes.",
            ["90 minutes"],
        ),
        (
            "The operator is also drawing up a new dedicated line between the two cities, "
            "280 km long, on which trains are to run at up to 330 km/h and make the trip "
            "in 75 minutes.",
            ["280 km", "330 km/h", "75 minutes"],
        ),
        (
            "The 64-km section towards Linz, across the Danube plain, is expected to open next "
            "spring.",
            ["64-km"],
        ),
        ("A 40-mile extension set to enter service in 2029 will reach the airport.", ["40-mile"]),
        (
            "After the new section opens, trains should cover the route in 95 minutes.",
            ["95 minutes"],
        ),
    ],
)
def test_a_figure_of_a_line_still_to_open_is_planned(sentence, figures):
    rel = relations(_TRIP + sentence)
    for figure in figures:
        assert rel[figure] == "planned", (figure, rel)


def test_a_leg_in_a_sentence_that_mentions_a_later_opening_stays_the_leg():
    # the section's opening is news of the line; the distance covered is still the trip's
    text = (
        "The train covered 300 km from Vienna to Salzburg on a line whose last section is "
        "expected to open in 2027."
    )
    assert relations(text)["300 km"] == "leg"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Salzburg is the start of the mountain road, which continues for more than 200 km "
            "to the Italian border.",
            "200 km",
        ),
        ("Past the city the highway goes on for about 150 km to the lakes.", "150 km"),
    ],
)
def test_how_far_a_road_goes_on_beyond_the_place_is_a_feature(sentence, figure):
    assert relations(_TRIP + sentence)[figure] == "feature"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Slower regional trains also link Salzburg with Graz and Klagenfurt in journeys of "
            "about six hours.",
            "six hours",
        ),
        ("Night buses also connect the city with Zagreb, a ride of 9 hours.", "9 hours"),
    ],
)
def test_what_other_services_that_also_link_other_places_take_is_no_leg(sentence, figure):
    assert relations(_TRIP + sentence)[figure] == "other"


@pytest.mark.parametrize(
    "tail",
    [
        "its visitors also crowd the surf beaches of Praiaverde, about 18 km away.",
        "most ferries carry on to the fishing hamlet of Qalvendra, some 30 km away.",
    ],
)
def test_a_distance_away_from_an_unplaced_name_is_not_set_against_an_earlier_place(tail):
    # the name right before "D away" is unknown: the figure places it, not Lisbon or Porto
    text = "LISBON, June 2, 2026 (Agency) - Porto, where Lisbon's kings were crowned, " + tail
    for f in findings(text, "separation"):
        assert f["verdict"] == "unverifiable", f["message"]


def test_a_distance_away_from_a_known_name_is_still_checked():
    text = (
        "LISBON, June 2, 2026 (Agency) - The train left Lisbon at 9 a.m. and reached Porto, "
        "about 900 km away, in the early afternoon."
    )
    (f,) = findings(text, "separation")
    assert f["verdict"] == "inconsistent", f["message"]


def _ends(text: str) -> dict[str, str]:
    from georoute.verify import verify

    return {
        c["text"]: c["relation"]
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] == "place" and c["relation"] in ("origin", "destination")
    }


@pytest.mark.parametrize(
    "quote",
    [
        '"Everyone said we must not miss Colonia," said Ana Rossi, a visitor from Rome.',
        "'Nobody should miss Colonia,' says her husband.",
    ],
)
def test_a_title_in_lower_case_is_a_plain_verb(quote):
    # "miss" before the town is the verb, not the title "Miss": the town is no person's name
    text = (
        "MONTEVIDEO, Jan 4, 2026 (Agency) - The fast ferry left the port of Colonia at 9:15 a.m. "
        "and docked in Buenos Aires at 10:30 a.m. " + quote
    )
    assert _ends(text).get("Colonia") == "origin"


def test_a_capitalised_title_before_a_name_still_makes_a_person():
    text = "Miss Colonia waved from the quay as the ferry left Montevideo for Buenos Aires."
    assert "Colonia" not in _ends(text)


@pytest.mark.parametrize("city", ["St. Petersburg", "St. Louis"])
def test_a_saint_named_town_with_a_possessive_station_is_the_town(city):
    # the town is named plainly elsewhere, so "<town>'s ... station" is the town's, not a saint's
    text = (
        f"Trains link Kansas City and {city}. The overnight service left Kansas City at 10 p.m. "
        f"and arrived at {city}'s Union station at 3:40 a.m."
    )
    assert _ends(text).get(city) == "destination"


def test_a_saints_possessive_alone_is_still_no_town():
    text = "Pilgrims left Naples at dawn and arrived at St. Peter's Basilica by noon."
    assert "St. Peter" not in _ends(text)


@pytest.mark.parametrize(
    "phrase",
    ["in this southern Chilean port", "in this windswept port city", "in this town"],
)
def test_this_town_after_a_dateline_is_the_datelines_town(phrase):
    # an undated dateline with an agency's credit names the town the story then calls "this"
    text = (
        "PUERTO NATALES, Chile, Mar 11 (Agency) - The ferry Aurora docked on Monday "
        f"{phrase} after a voyage from Puerto Montt. The ship covered some 1,300 kilometres."
    )
    (f,) = findings(text, "geodesic_bound")
    assert "Puerto Natales" in f["message"], f["message"]
    assert f["verdict"] == "consistent", f["message"]


def test_this_town_without_a_dateline_is_no_place():
    text = "The ferry docked on Monday in this southern port after a voyage from Puerto Montt."
    assert "this southern port" not in _ends(text)


def test_one_voyage_told_twice_gives_its_distance_to_its_duration():
    # the first sentence times the voyage, the second gives its length: one leg for plausibility
    text = (
        "The ferry Aurora docked in Puerto Natales on Monday after a four-day voyage from "
        "Puerto Montt. The ship had sailed from Puerto Montt on Thursday and covered some "
        "1,500 kilometres through the fjords."
    )
    (f,) = findings(text, "plausibility")
    assert "1,500 kilometres" in f["message"], f["message"]


def test_a_duration_is_not_given_a_distance_of_a_leg_with_its_own_duration():
    # the second leg times itself: its figures stay its own, the first keeps the geodesic
    text = (
        "PUERTO NATALES, Chile, Mar 11 (Agency) - The ferry Aurora docked on Monday in this "
        "port after a four-day voyage from Puerto Montt. The ship had sailed from Puerto Montt "
        "on Thursday and covered some 1,500 kilometres in 80 hours."
    )
    for f in findings(text, "plausibility"):
        if "four-day" in f["message"]:
            assert "1,500" not in f["message"], f["message"]


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        (
            "The crossing of the frontier at the pass took almost four hours because of queues.",
            "four hours",
            "stay",
        ),
        ("The border crossing at Chuy lasted about 90 minutes.", "90 minutes", "stay"),
        (
            "The line includes the country's longest straight stretch of track, 150km without "
            "a bend.",
            "150km",
            "feature",
        ),
        (
            "It runs along the longest unbroken section of the highway, some 300 km.",
            "300 km",
            "feature",
        ),
    ],
)
def test_a_border_crossing_and_a_lines_longest_stretch_are_no_leg(sentence, figure, relation):
    assert relations(_TRIP + sentence)[figure] == relation


@pytest.mark.parametrize(
    "side",
    [
        "with off-train excursions in Salzburg and Linz",
        "with a two-hour excursion at Salzburg",
        "with a halt at Salzburg",
    ],
)
def test_a_place_of_an_excursion_or_a_detour_is_no_end(side):
    # the trip runs Vienna to Innsbruck; Salzburg is only visited on the way
    text = (
        "INNSBRUCK, May 4, 2026 (Agency) - The special train pulled into Innsbruck at 6 p.m. "
        f"The train left Vienna at 8 a.m., {side}, and the journey took ten hours."
    )
    assert "Salzburg" not in _ends(text)


@pytest.mark.parametrize("made", ["built in 1985", "launched in 1962", "commissioned in 1991"])
def test_the_year_a_vehicle_was_made_dates_no_trip(made):
    # the ship's building year is no year of the crossing told in the same sentence
    text = (
        "KIRKWALL, Scotland, June 3, 2026 (Agency) - The Hebridean ferry returned to "
        "service this week after repairs.\n\n"
        f"The 5,000-tonne ferry, {made}, left its home port of Aberdeen at 5 pm on Tuesday "
        "and reached Lerwick at 7:30 am, completing the 355-km crossing in 14 and a half hours."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent", f["message"]
    assert "Aberdeen" in f["message"] and "Lerwick" in f["message"], f["message"]


@pytest.mark.parametrize("determiner", ["its", "her"])
def test_a_home_port_of_a_town_is_the_origin(determiner):
    text = (
        f"The steamer left {determiner} home port of Ullapool at 6 am and reached Stornoway "
        "at 9 am."
    )
    assert _ends(text).get("Ullapool") == "origin"


def test_the_capital_is_not_read_from_a_speakers_home_town():
    # the engineer comes from Hamburg; the capital left is Iceland's, the story's country
    text = (
        "REYKJAVIK, Sep 9, 2024 (Agency) - Two drivers went round Iceland in an electric car. "
        '"It was easy," said the husband, a retired engineer from Hamburg. Leaving the capital, '
        "they drove 388 km to Akureyri on the first day."
    )
    (f,) = findings(text, "geodesic_bound")
    assert "Reykjav" in f["message"] and "Berlin" not in f["message"], f["message"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The road tunnel under the pass, 3.1 kilometres long, opened in 1980.", "3.1 kilometres"),
        ("The new bridge over the river, some 2 km long, carries four lanes.", "2 km"),
    ],
)
def test_a_structures_length_between_commas_is_a_feature(sentence, figure):
    assert relations(_TRIP + sentence)[figure] == "feature"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The new line puts the port city within about three hours of Vienna.", "three hours"),
        ("Graz is now within 90 minutes of the capital by train.", "90 minutes"),
    ],
)
def test_a_place_within_hours_of_another_is_no_leg_time(sentence, figure):
    assert relations(_TRIP + sentence)[figure] == "usual"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Slovak capital lies about 55 km away across the border.",
        "Bratislava is only 55 km away.",
    ],
)
def test_the_one_place_of_a_sentence_that_lies_so_far_away_is_that_far_from_the_dateline(sentence):
    text = "VIENNA, May 4, 2026 (Agency) - Commuters crowd the early trains. " + sentence
    (f,) = findings(text, "separation")
    assert f["verdict"] == "consistent", f["message"]
    assert "Vienna" in f["message"] and "Bratislava" in f["message"], f["message"]


def test_a_place_so_far_away_without_a_dateline_stays_unverifiable():
    (f,) = findings(
        "Commuters crowd the early trains. Bratislava is only 55 km away.", "separation"
    )
    assert f["verdict"] == "unverifiable", f["message"]


_STATIONS = (
    "LAGOS, Oct 2, 2025 (Agency) - {opener} the morning train departed the Ama Mensah "
    "Station, Agege, at 6.10 a.m. and arrived at the Kofi Boateng Station, Abeokuta, at "
    "7.25 a.m., a journey of 75 minutes."
)


@pytest.mark.parametrize("opener", ["The railway agency reports that", "Officials said that", ""])
def test_a_named_station_then_its_town_times_and_ends_the_trip(opener):
    # the station named after a person lies in the town after the comma; the clock times
    # are the train's departure and arrival, also when reported ("said that")
    text = _STATIONS.format(opener=opener).replace("-  the", "- The")
    ends = _ends(text)
    assert ends.get("Agege") == "origin" and ends.get("Abeokuta") == "destination", ends
    (f,) = findings(text, "timeline")
    assert f["verdict"] == "consistent", f["message"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline will raise its flights to the island from five to eight a week.",
        "Buses now leave twelve a day, up from nine a day.",
    ],
)
def test_a_count_a_week_is_a_rate_no_duration(sentence):
    # "eight a week" counts flights; it is no span of eight weeks
    rel = relations(_TRIP + sentence)
    assert not [k for k in rel if "week" in k or "a day" in k], rel


def test_a_count_of_weeks_and_a_half_still_reads():
    rel = relations(_TRIP + "Repairs took five to eight weeks. A refit took three and a half days.")
    assert "five to eight weeks" in rel and "three and a half days" in rel, rel


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Vienna's Westbahnhof railway station", "Westbahnhof station"),
        ("Vienna's Ostbahn terminal", "the Ostbahn terminal"),
    ],
)
def test_a_station_named_as_a_citys_before_is_in_that_city_when_named_alone(first, again):
    text = (
        "SALZBURG, May 4, 2026 (Agency) - The first railjet left "
        f"{first} on Monday, December 14, 2008. On Sunday the anniversary train departed from "
        f"{again} at 7.10 and arrived in Salzburg at 9.32, covering 300 km in 2 hours and 22 "
        "minutes."
    )
    (f,) = [g for g in findings(text, "geodesic_bound") if "300 km" in g["message"]]
    assert f["verdict"] == "consistent" and "Vienna" in f["message"], f["message"]


def test_a_trip_from_here_starts_in_the_datelines_town():
    text = (
        "PUERTO MONTT, Chile, Mar 11 (Agency) - The ferry Aurora sailed from here on Friday to "
        "Puerto Natales, covering some 1,300 kilometres."
    )
    assert _ends(text).get("here") == "origin"
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent" and "Puerto Montt" in f["message"], f["message"]


def test_a_ship_that_docked_here_ended_in_the_datelines_town():
    text = (
        "PUERTO NATALES, Chile, Mar 11 (Agency) - The ferry Aurora docked here on Monday after a "
        "voyage from Puerto Montt. The ship covered some 1,300 kilometres."
    )
    assert _ends(text).get("here") == "destination"
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent" and "Puerto Natales" in f["message"], f["message"]
