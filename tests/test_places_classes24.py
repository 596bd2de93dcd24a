"""Issue 12, classes of round 19 found across the development sets and the article sets, each
tested with wording of its own."""

from __future__ import annotations

from georoute.base.places import Place
from georoute.geo.mentions import _may_be_loner
from georoute.verify import verify

from .reading import places as _places


def _place_spans(text: str) -> list[str]:
    return [c["text"] for c in verify(texts=[text]).to_dict()["claims"] if c["kind"] == "place"]


# --- a town written in a respelling of its main name, opening a longer name -------------------


def test_a_respelt_town_opening_a_port_name_stays_a_place_for_the_rest_of_the_text():
    text = (
        "Ferries to Baku sail from Turkmenbashi International Seaport twice a week. "
        "Lorries leave Turkmenbashi at dawn for Balkanabat."
    )
    assert "Türkmenbaşy" in _places(text)


# --- a shortened main name far from the story's country is held to the loner test ------------


def test_a_shortened_city_name_far_from_the_storys_country_is_no_place():
    text = (
        "Fans from Howrah and Durgapur filled the stadium at Salt Lake before the Kolkata derby, "
        "and the police closed two roads."
    )
    assert "Salt Lake City" not in _places(text)


def test_a_shortened_city_name_near_the_story_stays_the_city():
    text = "The team flew from Denver to Salt Lake on Friday, then drove on to Provo."
    assert "Salt Lake City" in _places(text)


def test_a_world_citys_short_name_stays_the_city_far_from_the_storys_country():
    text = "Flights from Mumbai and Delhi to New York were cancelled; Chennai was spared."
    assert "New York City" in _places(text)


# --- a small town in a country nothing else names, over 1,000 km from the story ---------------


def test_a_far_namesake_village_does_not_pull_the_capital_into_its_country():
    text = (
        "Lorries queued on the road from San Jose to the port of Limon in Costa Rica. "
        "Work near Rio Frio has slowed the traffic, and San Jose hauliers are angry."
    )
    places = verify(texts=[text]).to_dict()["places"]
    countries = {p["name"]: p["country"] for p in places}
    assert countries.get("San José") == "CR"
    assert "MX" not in countries.values()


def test_a_small_national_capital_by_its_main_name_is_never_a_far_loner():
    capital = Place(1, "Vaduz", 47.1, 9.5, "LI", None, "t", ("populated_place", "capital"), 5_000)
    town = Place(2, "Triesen", 47.1, 9.5, "LI", None, "t", ("populated_place",), 5_000)
    assert not _may_be_loner(capital)
    assert _may_be_loner(town)
    assert _may_be_loner(capital, alternate=True)  # "Soul" for Seoul stays a loose reading


# --- a geographic pole has no namesake: never a far loner --------------------------------------


def test_a_pole_far_from_a_storys_country_stays_a_place():
    text = (
        "A museum in Bergen opened a show on Monday about the first party to reach the South "
        "Pole. Curators from Oslo and Tromso lent the sledges."
    )
    assert "South Pole" in _places(text)


# --- a place the index knows only by its airport ------------------------------------------------


def test_a_town_known_only_by_its_airport_is_placed_there_in_a_named_country():
    text = (
        "The rally left Adelaide on Monday and reached Innamincka, in the far north of South "
        "Australia, two days later."
    )
    assert "Innamincka Airport" in _places(text)


def test_a_persons_name_with_an_airport_of_its_own_is_no_place():
    text = "Shoppers in Ohio queued outside Ruby Tuesday and Jenny Craig on Saturday, police said."
    assert "Ruby Airport" not in _places(text)


# --- a town the text itself places keeps being a place though a longer name holds it -----------


def test_a_town_placed_after_in_stays_a_place_beside_a_streets_name():
    text = (
        "Shops along Banff Avenue stayed shut on Monday. Hotels in Banff said the smoke kept "
        "tourists away, and the road from Banff to Lake Louise was shut twice."
    )
    assert _place_spans(text).count("Banff") >= 2


def test_a_dateline_town_stays_a_place_beside_a_hills_name():
    text = (
        "WILLUNGA, Jan 20 (AAP) - Riders climbed Willunga Hill twice before the stage ended, "
        "and buses carried fans back to Adelaide."
    )
    assert "WILLUNGA" in _place_spans(text)


# --- a people's adjective names no end of a trip of its own -------------------------------------

_OLD_CROSSING = (
    "WAKKANAI, June 21, 2024 (Kyodo) -- A ferry left Korsakov at 9 am and reached Wakkanai at "
    "11.30 am, covering 160 km. Steamers first served the two harbours in 1925, while southern "
    "Sakhalin lay under Japanese rule, and the passage took about nine hours."
)


def test_a_dated_history_sentence_with_one_place_and_an_adjective_is_no_leg():
    (c,) = [
        c
        for c in verify(texts=[_OLD_CROSSING]).to_dict()["claims"]
        if c["kind"] == "duration" and c["text"] == "nine hours"
    ]
    assert c["relation"] != "leg"


# --- "the <Two Words> valley": the land around a town, not an institution of its name ----------


def test_a_small_town_before_a_lower_case_feature_word_stays_a_place():
    text = (
        "Boats from Bella Coola carried the visitors down the inlet on Sunday. The Bella Coola "
        "valley lies some 450 km west of Williams Lake."
    )
    assert "Bella Coola" in _places(text)


def test_a_small_town_before_its_jetty_stays_a_place():
    text = (
        "Passengers waited for hours at the Kuala Perlis jetty on Monday as the storm kept "
        "ferries to Langkawi in port."
    )
    assert "Kuala Perlis" in _places(text)


# --- a short part of a town's main name is read only beside the places the text names ----------


def test_a_short_part_of_a_far_towns_name_is_no_place():
    text = "Yachts reached La Palma in the Canary Islands on Sunday, ten days after leaving Bilbao."
    assert "La Palma del Condado" not in _places(text)


def test_the_short_name_of_a_longer_name_the_text_writes_is_that_place():
    text = (
        "Runners finished in the plaza of San Pedro de Atacama on Saturday. San Pedro lies "
        "about 100 km south-east of Calama, in Chile."
    )
    assert _place_spans(text).count("San Pedro") == 1
    assert "San Pedro de Atacama" in _places(text)


# --- the first reading takes the place the text locates ("Newport, Rhode Island") ---------------


def test_a_town_located_by_its_state_gives_the_context_its_own_country():
    text = "The schooner left Boston on Monday and reached Newport, Rhode Island, two days later."
    countries = {p["name"]: p["country"] for p in verify(texts=[text]).to_dict()["places"]}
    assert countries["Boston"] == "US"
