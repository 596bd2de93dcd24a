"""Issue 12, classes of round 20: former and English names of cities and countries, and towns
whose name is "X of Y" after "the", each tested with wording of its own."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from georoute.verify import verify

from .reading import places as _places


def _report(text: str) -> dict:
    return verify(texts=[text]).to_dict()


def _verdicts(text: str, check: str) -> list[str]:
    return [f["verdict"] for f in _report(text)["findings"] if f["check"] == check]


# --- a city's former or English name reads as its main name ----------------------------------


def test_a_citys_english_name_beats_a_village_whose_main_name_it_is():
    res = Gazetteer().resolve("Cologne")
    assert res.place is not None and res.place.country == "DE"


def test_a_citys_former_name_beats_a_smaller_town_of_that_name():
    res = Gazetteer().resolve("Calcutta")
    assert res.place is not None and res.place.country == "IN"


def test_a_former_name_in_a_list_of_stops_is_a_place():
    text = (
        "The aviator flew on by way of Budapest, Constantinople, Aleppo and Basra, "
        "refuelling at each stop."
    )
    assert "Istanbul" in _places(text)


def test_a_citys_english_name_beside_its_neighbours_is_a_place():
    text = "The night train from Paris now also runs to Brussels and Cologne twice a week."
    assert "Köln" in _places(text)


def test_an_english_name_geonames_lacks_is_added_from_the_table():
    text = "The skipper rounded Ushant in a gale and then ran east up the Channel to Plymouth."
    assert "Ouessant" in _places(text)


def test_a_country_by_its_former_name_is_that_country():
    text = "The tea planters sailed from Colombo, in what was then Ceylon, on a cold morning."
    assert "Sri Lanka" in _places(text)


def test_a_namesake_of_a_former_name_in_the_storys_country_keeps_it():
    # (the former-name table ranks the name as a main name, not above the story's context)
    text = "Madras, Oregon, lies about 70 km north of Bend in central Oregon."
    names = {p["name"]: p["country"] for p in _report(text)["places"]}
    assert names.get("Madras") == "US"


# --- "the X of Y": a town's name of that form, not an institution ----------------------------


def test_a_town_named_x_of_y_after_the_is_a_place():
    text = "The night ferry from England reached the Hook of Holland, in the Netherlands, at 7 a.m."
    assert "Hoek van Holland" in _places(text)


def test_a_short_form_of_a_town_named_x_of_y_is_the_same_town():
    text = (
        "The cyclists landed at the Hook of Holland at dawn. From the Hook they rode east "
        "to Utrecht, some 70 km, by nightfall."
    )
    report = _report(text)
    hooks = [p for p in report["places"] if p["name"] == "Hoek van Holland"]
    assert hooks and all(p["country"] == "NL" for p in hooks)
    assert "Hook" not in [p["name"] for p in report["places"]]


def test_an_institution_sharing_a_small_towns_name_is_still_no_place():
    text = "In Washington, officials at the White House said the plan would go ahead."
    assert "White House" not in _places(text)


# --- a German-speaking country's town written without umlauts, or with "St." for "Sankt" ------


def test_a_town_written_without_its_umlaut_is_a_place_at_a_legs_end():
    text = "The ferry left Travemuende at dawn and docked in Helsinki, some 1,100 km away."
    assert "Travemünde" in _places(text)


def test_a_small_town_written_with_oe_for_its_umlaut_reads_as_its_main_name():
    res = Gazetteer().resolve("Muerzzuschlag")
    assert res.place is not None and res.place.name == "Mürzzuschlag"
    assert res.best is not None and res.best.primary


def test_sankt_written_st_with_oe_reads_as_the_towns_main_name():
    res = Gazetteer().resolve("St. Poelten")
    assert res.place is not None and res.place.country == "AT"
    assert res.best is not None and res.best.primary


def test_the_umlaut_spelling_is_only_for_german_speaking_countries():
    # (a Finnish or Turkish name is not written with 'ae' or 'ue' for its letters)
    assert not any(primary for _, primary in Gazetteer().candidates("Jyvaeskylae"))


# --- a dateline written "Town (agency) -" in ordinary case ------------------------------------


def test_a_title_case_dateline_town_is_never_a_far_loner():
    text = (
        "Friedrichshafen (dpa) - An exhibition on the airship era opened here on Friday. "
        "In 1929 the crew flew on to Kasumigaura, north-east of Tokyo, and the people of "
        "Japan cheered them in Tokyo and Osaka."
    )
    assert "Friedrichshafen" in _places(text)


def test_a_town_in_ordinary_case_opening_a_line_without_a_credit_is_no_dateline():
    # (the rule needs the agency's credit right after the name)
    from georoute.geo.mentions import _in_dateline

    text = "Friedrichshafen - An exhibition opened here on Friday."
    assert not _in_dateline(text, 0, len("Friedrichshafen"))
    assert _in_dateline("Hue (VNA) – Trains ran late.", 0, 3)


# --- "X on Y": a town and the lake or island it lies on ----------------------------------------


def test_a_town_on_a_lake_named_after_it_is_a_place():
    text = (
        "The airship rose from its shed at Friedrichshafen on Lake Constance in Germany and "
        "headed east towards Berlin."
    )
    assert "Friedrichshafen" in _places(text)


def test_a_name_with_a_hyphenated_on_stays_whole():
    text = "The team travelled from Stoke-on-Trent to Manchester, about 60 km, by coach."
    assert "Stoke-on-Trent" in _places(text)


# --- islands made of whole subdivisions (composite_regions.csv) -------------------------------


def test_an_island_made_of_districts_is_an_area_of_its_country():
    text = "The ferry from Apia on Upolu reached Salelologa on Savai'i in Samoa after an hour."
    report = _report(text)
    areas = {p["name"]: p["country"] for p in report["places"]}
    assert areas.get("Savai'i") == "WS" and areas.get("Upolu") == "WS"


def test_an_island_groups_short_name_is_its_council_area_in_its_country():
    text = "The ferry from Aberdeen to Orkney and Shetland was cancelled, Scottish officials said."
    areas = {p["name"]: p["country"] for p in _report(text)["places"]}
    assert areas.get("Orkney") == "GB" and areas.get("Shetland") == "GB"
