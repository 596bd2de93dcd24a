"""Round 27's classes (issue 13)."""

from __future__ import annotations

from georoute.verify import verify

_CLOCKS = (
    "MANAUS, Brazil, May 9, 2026 (Reuters) - The riverboat Rainha left Manaus at 10:00 a.m. on "
    "Monday, May 4, and reached Tefe at 6:00 a.m. on Thursday, May 7, a voyage of 68 hours "
    "up some 520 km of river, captain Joao Lima said."
)
_COARSE = (
    "TEFE, Brazil, May 10, 2026 (AFP) - The Rainha, captained by Joao Lima, left Manaus on "
    "Monday morning and docked at Tefe at dawn on Thursday, a {} voyage up some 520 km of river."
)


def _timelines(*texts: str) -> list[dict]:
    return [f for f in verify(texts=list(texts)).to_dict()["findings"] if f["check"] == "timeline"]


def test_a_report_with_its_own_departure_and_arrival_is_judged_on_them():
    got = _timelines(_CLOCKS, _COARSE.format("38-hour"))
    bad = [f for f in got if f["verdict"] == "inconsistent"]
    assert bad, got
    # (before: the first report's clocks against the second's 38 hours, an alarm on the first)
    for f in bad:
        assert "Monday morning" in f["message"] and "10:00 a.m." not in f["message"], f
    # the second report's duration that fits its own times raises nothing
    got = _timelines(_CLOCKS, _COARSE.format("68-hour"))
    assert got and all(f["verdict"] != "inconsistent" for f in got), got


_NIGHT_TRAIN = (
    "OSLO, March 5, 2027 (NTB) - Norwegian operator Vy ran an extra sleeper to Bodo on Friday, "
    "March 5.\n\nThe train left Trondheim at 21:40 and was due to reach Bodo at {} on Saturday "
    "morning after a journey of nine hours and 45 minutes."
)


def test_a_clock_due_on_a_weekday_after_the_storys_dated_day_follows_that_day():
    got = verify(texts=[_NIGHT_TRAIN.format("07:25")]).to_dict()
    (sat,) = [c for c in got["claims"] if c["text"] == "Saturday morning"]
    assert sat["value"].startswith("2027-03-06"), sat  # (before: March 6 - 7 = February 27)
    (ok,) = [f for f in got["findings"] if f["check"] == "timeline"]
    assert ok["verdict"] == "consistent", ok


def test_times_in_the_wrong_order_that_fit_on_no_later_day_are_inconsistent():
    (bad,) = _timelines(_NIGHT_TRAIN.format("07:45"))
    # 21:40 to 07:45 the next morning is 10 h 5 min; no later day gives 9 h 45 min
    assert bad["verdict"] == "inconsistent", bad  # (before: "in the wrong order ... not judged")
    assert bad["computed"]["elapsed_h"] == [10.067, 10.1], bad
    assert bad["computed"]["arrival_utc"][0] > bad["computed"]["departure_utc"][0]
    # a stated duration that some later day fits stays unjudged
    (later,) = _timelines(
        _NIGHT_TRAIN.format("07:45").replace("nine hours and 45", "34 hours and 5")
    )
    assert later["verdict"] != "inconsistent", later


def test_a_town_written_with_kh_where_its_main_name_has_x_is_that_town():
    from tests.reading import placed

    # (GeoNames: "Xiva", with "Khiva" only among its alternate names)
    got = placed("The caravan set out from Khiva on April 3 and reached Bukhara 18 days later.")
    assert got["Khiva"] is not None and got["Khiva"].country == "UZ", got


def test_travellers_a_vehicle_carries_are_no_mode_of_the_trip():
    text = (
        "USHUAIA, Argentina, Jan 16 (EFE) - A 12-metre boat leaves Ushuaia at 9:30 a.m. for "
        "Puerto Williams. On Saturday it carried 18 passengers - hikers and two researchers - "
        "and tied up at Puerto Williams at 11:30 a.m. after a two-hour crossing of about 54 km."
    )
    got = verify(texts=[text]).to_dict()
    assert {lg["mode"] for lg in got["legs"]} == {"ship"}, got["legs"]
    plaus = [f for f in got["findings"] if f["check"] == "plausibility"]
    assert plaus and all(f["verdict"] == "consistent" for f in plaus), plaus


def test_a_train_pulled_out_of_a_depot_in_a_town_starts_there():
    from tests.reading import place_relations

    text = (
        "ANCHORAGE, Alaska (AP) - The first train of the summer {} out of the Alaska Railroad "
        "depot in Anchorage at 6:45 a.m. and pulled into Seward at 11:05 a.m., a run of 4 hours "
        "and 20 minutes.\n\nThe railroad was completed to Fairbanks in 1923, when President "
        "Warren Harding drove a golden spike at Nenana."
    )
    for verb in ("rolled", "pulled"):
        rel = place_relations(text.format(verb))
        assert rel["Anchorage"] == "origin" and rel["Seward"] == "destination", rel
        assert rel["Nenana"] is None, rel  # (before: "drove ... at Nenana", a destination)


def test_the_width_a_strait_narrows_to_is_no_distance_travelled():
    from tests.reading import relations

    rel = relations(
        "The crossing at Primera Angostura, where the strait narrows to about 4.5 km, takes 20 "
        "minutes; the river widens to 2 km further on. The bus covered 590 km."
    )
    assert rel["4.5 km"] == "feature" and rel["2 km"] == "feature", rel
    assert rel["590 km"] == "leg", rel


def test_a_sailing_time_a_swimmer_climbing_out_and_a_finish_banner_time_the_ends():
    from tests.reading import time_zones

    def relation_of(text: str, words: str) -> str | None:
        (c,) = [c for c in verify(texts=[text]).to_dict()["claims"] if c["text"] == words]
        return c.get("relation")

    ferry = (
        "PUERTO MONTT, Chile, March 14, 2026 (EFE) - The ship sailed on Friday, March 12, at 11 "
        "p.m. and docked at Chaiten at 9 a.m. the following morning after a 10-hour crossing."
    )
    assert relation_of(ferry, "11 p.m.") == "departure"
    swim = (
        "BONIFACIO, France, July 25, 2026 (AFP) - The swimmer waded into the water at Santa "
        "Teresa Gallura at 7:20 a.m. and climbed out below the cliffs of Bonifacio at 1:05 p.m., "
        "five hours and 45 minutes later, after a swim of about 18 km."
    )
    assert relation_of(swim, "1:05 p.m.") == "arrival"  # (before: a second departure)
    (ok,) = _timelines(swim)
    assert ok["verdict"] == "consistent", ok
    race = (
        "WHITEHORSE, Yukon, Feb. 16, 2027 (AP) - Brandt drove her dogs under the finish banner "
        "in Whitehorse at 9:05 a.m. Tuesday, winning the race from Fairbanks."
    )
    assert relation_of(race, "9:05 a.m.") == "arrival"
    assert time_zones(race)["9:05 a.m."] is not None


def test_a_duration_that_misses_only_another_reports_clocks_is_left_to_cross_source():
    clocks = (
        "BONIFACIO, France, July 25, 2026 (AFP) - The swimmer Ana Deiana waded into the water at "
        "Santa Teresa Gallura at 7:20 a.m. and climbed out below the cliffs of Bonifacio at 1:05 "
        "p.m., five hours and 45 minutes later, after a swim of about 18 km."
    )
    other = (
        "SANTA TERESA GALLURA, Italy, July 25, 2026 (ANSA) - The swimmer Ana Deiana swam the 18 km from Santa "
        "Teresa Gallura to Bonifacio in 6 hours 45 minutes on Saturday."
    )
    got = _timelines(clocks, other)
    assert all(f["verdict"] != "inconsistent" for f in got), got
    assert any("another report's" in f["message"] for f in got), got


def test_the_capital_after_a_countrys_adjective_before_a_noun_is_the_subjects():
    from tests.reading import placed

    text = (
        "ANTSIRABE, Madagascar, Aug 9, 2026 (AFP) - The riders left Antananarivo at 8 a.m. "
        "Antsirabe, a spa town founded by Norwegian missionaries in the 1870s, lies about 120 km "
        "south of the capital."
    )
    # (before: the capital of Norway, the country named last)
    assert placed(text)["the capital"].name == "Antananarivo"
    # a country's own name still gives its capital
    text = "The ship called at Norway's coast. The museum lies near the capital."
    assert placed(text)["the capital"].name == "Oslo"


def test_a_town_described_after_to_is_the_end_and_a_square_of_the_origin_stays_the_origin():
    from tests.reading import place_relations

    rel = place_relations(
        "HELSINKI, June 20 (STT) - The steamship carried 180 passengers from Helsinki's Market "
        "Square to the old town of Porvoo.\n\nShe cast off at 10.00 and berthed at 13.30 after "
        "a voyage of about 55 kilometres."
    )
    assert rel["Helsinki"] == "origin" and rel["Porvoo"] == "destination", rel
    rel = place_relations(
        "ZOUERAT, May 2 (AFP) - The ore train runs from Zouerat to the port of Nouadhibou, a "
        "trip of about 700 km."
    )
    assert rel["Nouadhibou"] == "destination", rel
    # a stop on the way and a team's home town are no end
    rel = place_relations(
        "The riders left Chiang Mai on Friday, stayed overnight in the town of Pai and covered "
        "245 km. The winner, riding for a team from the town of Ambatolampy, took 7 hours."
    )
    assert rel["Pai"] != "destination" and rel["Ambatolampy"] != "origin", rel


def test_a_start_in_a_part_of_a_town_is_the_towns():
    from tests.reading import place_relations

    rel = place_relations(
        "Brennan left Marlay Park in south Dublin at 5 a.m. on Saturday and reached Rathdrum at "
        "9.40 p.m., having covered 131 km."
    )
    assert rel["Dublin"] == "origin", rel  # (before: a destination, "left ... in")


def test_a_yearless_date_in_a_paragraph_that_names_a_past_year_keeps_that_year():
    text = (
        "KNIGHTSTOWN, Ireland, Oct 17, 2026 (Reuters) - The lasting connection came in 1866, "
        "when the Great Eastern sailed from Valentia on Friday, July 13. She reached Heart's "
        "Content 14 days later, on Friday, July 27."
    )
    got = [f for f in verify(texts=[text]).to_dict()["findings"] if f["check"] == "calendar"]
    # (before: both read in 2026, where those days are Mondays: two false alarms)
    assert got and all(f["verdict"] == "consistent" for f in got), got
    assert any("1866" in f["message"] for f in got), got
    # a weekday that misses its past year too stays judged against it
    wrong = text.replace("Friday, July 27", "Thursday, July 27")
    got = [f for f in verify(texts=[wrong]).to_dict()["findings"] if f["check"] == "calendar"]
    assert any(f["verdict"] == "inconsistent" for f in got), got


def test_a_compass_word_that_is_one_turn_of_a_course_is_not_the_trips_bearing():
    text = (
        "WICK, Scotland, July 18, 2026 (Reuters) - The 07:00 from Inverness takes its time. It "
        "runs west, then north, then inland, and pulls into Wick at 11:22."
    )
    got = [f for f in verify(texts=[text]).to_dict()["findings"] if f["check"] == "direction"]
    # (before: "the stated 'west' ... does not fit" between Inverness and Wick)
    assert got and all(f["verdict"] == "unverifiable" for f in got), got
    assert all("one turn of a course" in f["message"] for f in got), got


def test_a_point_of_the_course_named_by_its_distance_is_no_distance_covered():
    from tests.reading import relations

    rel = relations(
        "Kemp broke away at the 30km mark and passed the 100-mile marker, finishing the 42.2km "
        "in 2hr 19min."
    )
    assert rel["30km"] == "part" and rel["100-mile"] == "part", rel
    assert rel["42.2km"] == "leg", rel


def test_a_duration_that_fits_with_the_arrival_the_next_day_says_so():
    (ok,) = _timelines(
        "BANGKOK, July 18, 2026 (KPL) - The sleeper train left Bangkok at 9:25 pm and reached "
        "Nong Khai at 9:05 am, a journey of 11 hours and 40 minutes."
    )
    assert ok["verdict"] == "consistent", ok
    assert "cannot fit as read" in ok["message"] and "and it fits" in ok["message"], ok


def test_a_clock_restated_in_gmt_is_cited_with_it():
    text = (
        "BEIRUT, March 10, 2026 (AFP) - The buses left Tyre at 7:00 am (0500 GMT) and arrived "
        "in the capital at 10:20 am, a journey of three hours and 20 minutes."
    )
    got = verify(texts=[text]).to_dict()
    twin = next(c for c in got["claims"] if c["text"].startswith("0500 GMT"))
    main = next(c for c in got["claims"] if c["text"] == "7:00 am")
    assert twin["same_as"] == main["id"], twin
    (ok,) = [f for f in got["findings"] if f["check"] == "timeline"]
    assert ok["verdict"] == "consistent" and twin["id"] in ok["claims"], ok


def test_figures_of_the_travellers_after_a_paragraph_break_do_not_follow_the_last_stretch():
    text = (
        "NUUK, Aug 20, 2026 (Reuters) - The coastal route from Angmagssalik to Julianehaab was "
        "more than 1,000 km. From Cape Farewell the last stretch ran north-west for about 160 "
        "km.\n\nThe three men took about six weeks, an average of some 24 km a day."
    )
    got = [
        f for f in verify(texts=[text]).to_dict()["findings"] if f["check"] == "speed_distance_time"
    ]
    # (before: "160 km in 42 days implies 3.8 km a day, below the stated some 24 km a day")
    assert got and all(f["verdict"] != "inconsistent" for f in got), got
