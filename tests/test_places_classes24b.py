"""Issue 12, classes of round 19 (second part): places in the project's article sets whose
legs or positions had one end unplaced, each tested with wording of its own."""

from __future__ import annotations

from georoute.verify import verify

from .reading import places as _places


def _report(text: str) -> dict:
    return verify(texts=[text]).to_dict()


def _verdicts(text: str, check: str) -> list[str]:
    return [f["verdict"] for f in _report(text)["findings"] if f["check"] == check]


# --- a county or an oblast named as a point is read as its town of the same name -------------


def test_a_county_named_as_a_positions_reference_is_read_as_its_seat():
    text = "Taitung sits some 140 km south of Hualien on Taiwan's east coast."
    assert "Hualien City" in _places(text)
    assert _verdicts(text, "separation") == ["consistent"]


def test_an_oblast_named_as_a_legs_end_is_read_as_its_centre():
    text = "The lake town of Balkhash is about 360 km by road from Karaganda in Kazakhstan."
    assert "Karagandy" in _places(text)
    assert "Qaraghandy oblysy" not in _places(text)


def test_a_county_named_as_an_area_stays_the_county():
    text = "Heavy rain fell across Hualien County on Monday, officials in Taiwan said."
    assert "Hualien City" not in _places(text)


# --- a town many times bigger than all its namesakes, at a leg's end -------------------------


def test_a_town_dwarfing_its_namesakes_is_taken_at_a_legs_end():
    text = "Two brothers cycled from Dunkirk to Istanbul over the summer, some 3,000 km."
    assert "Dunkirk" in _places(text)
    assert _verdicts(text, "geodesic_bound") == ["consistent"]


def test_a_namesake_in_the_storys_country_is_not_overruled_by_the_bigger_town():
    text = "She drove from Dunkirk to Buffalo in New York state, about 60 km."
    countries = [p["country"] for p in _report(text)["places"] if p["name"] == "Dunkirk"]
    assert "FR" not in countries


# --- a town whose main name ends in a possessive "'s", at a leg's end -------------------------


def test_a_town_named_with_a_saints_possessive_is_a_place_after_a_journeys_word():
    text = "The freighter sailed from St. John's to Halifax, a passage of about 900 km."
    report = _report(text)
    assert "St. John's" in [p["name"] for p in report["places"]]
    assert all(u["text"] != "St. John" for u in report["unplaced"])


def test_a_saints_possessive_before_a_noun_stays_no_town():
    text = "Crowds gathered at St. Peter's Basilica before the pope flew to Lisbon."
    assert "St. Peter's" not in _places(text)


# --- a compound commune name shortened to the words before its link word ----------------------


def test_a_communes_short_name_before_its_river_tail_is_the_commune():
    text = "The hikers set off from Le Monastier near Le Puy-en-Velay and reached Langogne."
    assert "Le Monastier-sur-Gazeille" in _places(text)


def test_a_short_form_that_names_a_place_already_keeps_that_place():
    text = "The barge sailed from Frankfurt to Mainz along the Main in Germany."
    assert "Frankfurt am Main" in _places(text)
    assert "Frankfurt (Oder)" not in _places(text)


# --- a position from a point the text does not name is no leg's distance ----------------------


def _relations(text: str) -> dict[str, str | None]:
    return {
        c["text"]: c.get("relation") for c in _report(text)["claims"] if c["kind"] == "distance"
    }


def test_a_place_lying_some_distance_inland_gives_no_legs_distance():
    text = (
        "The overnight boat from Harwich berthed at Hoek van Holland; Rotterdam lies some "
        "30 km inland, and Leiden about 40 km north."
    )
    relations = _relations(text)
    assert relations["30 km"] == "separation"
    assert relations["40 km"] == "separation"
    assert "inconsistent" not in _verdicts(text, "geodesic_bound")


# --- another spelling of a town's main name, in a region or country the text names -----------


def test_a_respelt_town_opening_a_sentence_is_placed_in_the_region_the_text_names():
    text = (
        "Balkhash is roughly 350 km from Karaganda, the oblast's capital, and farther from Astana."
    )
    assert "Balqash" in _places(text)
    assert _verdicts(text, "separation") == ["consistent"]


def test_a_common_word_opening_a_sentence_stays_no_town():
    text = "Hurricane warnings were posted in Utah and Florida."
    assert "Hurricane" not in _places(text)
