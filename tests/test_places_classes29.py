"""Issue 12, classes of round 24 (places24), each tested with wording of its own (no sentence
of the development corpora)."""

from __future__ import annotations

from tests.reading import placed as _placed

# --- a capital that is its own country's namesake: "Gibraltar" (26,544 people) ---------------


def test_a_small_capital_named_as_its_own_country_is_placed_alone():
    found = _placed("The two sloops anchored in Gibraltar for a week.")
    assert found.get("Gibraltar") is not None and found["Gibraltar"].country == "GI"


def test_the_capital_of_its_namesake_country_as_a_journeys_end():
    found = _placed("The rowers crossed from the Azores to Gibraltar in nine days.")
    assert found.get("Gibraltar") is not None and found["Gibraltar"].country == "GI"


def test_the_same_name_opening_a_sentence_alone_stays_unread():
    # (a lone word opening a sentence needs more than its own name, as before)
    assert "Gibraltar" not in _placed("Gibraltar is small.")


# --- a stop or an arrival of a journey: "called at", "arrived in", "landed in" -------------


def test_a_small_town_called_at_in_a_country_the_text_names():
    found = _placed("The liner left Australia in May. It called at Fremantle for coal.")
    assert found.get("Fremantle") is not None and found["Fremantle"].country == "AU"


def test_a_small_town_landed_in_in_a_country_the_text_names():
    found = _placed("The charter from Russia landed in Oymyakon after dark.")
    assert found.get("Oymyakon") is not None and found["Oymyakon"].country == "RU"


# --- another spelling or a part of a town's main name after a word of journey --------------


def test_another_spelling_of_a_town_after_a_journeys_from_in_a_named_country():
    # Kanyakumari is an alternate name of Kanniyakumari (22,453 people), some 3,000 km from Leh
    found = _placed("The Indian rider went from Kanyakumari to Leh in ten days.")
    assert found.get("Kanyakumari") is not None and found["Kanyakumari"].country == "IN"


def test_a_part_of_a_towns_main_name_after_to_in_a_named_country():
    # Bariloche for San Carlos de Bariloche (95,394 people)
    found = _placed("The two friends rode across Argentina to Bariloche by motorcycle.")
    assert found.get("Bariloche") is not None and found["Bariloche"].country == "AR"


def test_another_name_after_to_without_its_country_stays_unread():
    assert "Bariloche" not in _placed("The tourists flew from Madrid to Bariloche.")


def test_for_and_according_to_make_no_journey_of_another_name():
    # "Recovery" is part of Fort Recovery, Ohio; "Petrič" a spelling of Petrich, Bulgaria
    found = _placed("The United States fair, Design for Recovery, opens in May.")
    assert "Recovery" not in found
    found = _placed("Slovenia and Bulgaria met on Monday. According to Petrič, the talks failed.")
    assert "Petrič" not in found


# --- a feast's name that is also a town's: "heading home for Christmas" (names.json) --------


def test_a_feast_after_a_journeys_for_is_no_town_of_its_name():
    # Christmas, Florida (1,146 people), in a text that names Florida
    found = _placed("Drivers left Miami, Florida for Christmas on Friday.")
    assert "Christmas" not in found and found.get("Miami") is not None


def test_a_season_of_the_calendar_is_no_village_of_its_name():
    # Lent, a village by Nijmegen, in a text that names the Netherlands
    assert "Lent" not in _placed("In Utrecht, Netherlands, many fast during Lent.")


def test_the_feasts_town_written_with_its_region_stays_a_place():
    found = _placed("They drove from Orlando to Christmas, Florida.")
    assert found.get("Christmas") is not None and found["Christmas"].admin1 == "FL"


def test_a_longer_name_opened_by_a_feast_stays_a_place():
    found = _placed("The supply ship sailed from Perth to Christmas Island.")
    assert found.get("Christmas Island") is not None


# --- a maker's name that is also a town's: "his battered Toyota" (names.json maker_names) ---


def test_a_car_named_by_its_maker_is_no_town():
    # Toyota, Aichi (426,162 people), in a text that names Japan
    found = _placed("The Japanese crew pushed their old Toyota through the dunes of Niigata.")
    assert "Toyota" not in found


def test_a_motorcycle_named_by_its_maker_is_no_town():
    # Honda, Tolima (28,158 people), in a text that names Colombia
    found = _placed("He rode his Honda across Colombia from Bogota to Cali.")
    assert "Honda" not in found and found.get("Cali") is not None


def test_a_makers_possessive_is_no_town():
    found = _placed("The result ended Toyota's winning run in Japan.")
    assert "Toyota" not in found and found.get("Japan") is not None


def test_a_makers_name_after_a_word_of_journey_stays_the_town():
    found = _placed("The coach ran from Montevideo to Mercedes in four hours.")
    assert found.get("Mercedes") is not None and found["Mercedes"].country == "UY"


def test_a_makers_name_with_its_region_after_it_stays_the_town():
    found = _placed("Toyota, Aichi, hosts the carmaker's head office.")
    assert found.get("Toyota") is not None and found["Toyota"].country == "JP"


# --- a measure's eponym: "at Mach 2", "the Beaufort scale", "Newton-metres" ------------------


def test_a_speed_in_mach_is_no_town_in_pakistan():
    found = _placed("The airliner flew from London to New York at Mach 2.")
    assert "Mach" not in found and found.get("New York") is not None


def test_a_scales_eponym_is_no_town():
    found = _placed("Gales reached force 10 on the Beaufort scale off Labuan, Malaysia.")
    assert "Beaufort" not in found and found.get("Labuan") is not None


def test_a_units_eponym_is_no_town():
    assert "Newton" not in _placed("It delivers 900 Newton-metres, the Auckland dealer said.")


def test_the_eponyms_town_stays_a_place():
    found = _placed("The ferry from Labuan reached Beaufort, Sabah at noon.")
    assert found.get("Beaufort") is not None and found["Beaufort"].country == "MY"


# --- an account's handle: "@Gillette" ---------------------------------------------------------


def test_a_handle_after_an_at_sign_is_no_town():
    found = _placed("A viewer in Boston, Massachusetts tweeted at @Gillette on Monday.")
    assert "Gillette" not in found and found.get("Boston") is not None


# --- a name both a town's and its own region's: "Penang" (George Town, Pulau Pinang) --------


def test_a_name_of_a_city_and_of_its_own_state_is_placed():
    # "Penang" is an alternate name of George Town (158,336 people) and of the state around it
    found = _placed("The riders left Kuala Lumpur, Malaysia. Next year they will start in Penang.")
    assert found.get("Penang") is not None and found["Penang"].country == "MY"


def test_a_small_town_and_its_small_region_of_one_name_stay_unread_alone():
    # (a town under 100,000 people: no more support than before)
    assert "Tenerife" not in _placed("The ship called at Tenerife.")


def test_an_initialism_of_a_city_and_its_district_is_no_such_name():
    found = _placed("The airlift from Aden used Douglas DC-4 aircraft, the Israeli crews said.")
    assert "DC" not in found


# --- a parliament's name after "the": "the Duma" (Douma, Syria) ----------------------------


def test_a_parliament_after_the_is_no_town_of_its_name():
    found = _placed("Reporters in Moscow, Russia, sent an open letter to the Duma.")
    assert "Duma" not in found and found.get("Moscow") is not None


def test_the_town_of_a_parliaments_name_without_an_article_stays():
    found = _placed("Shelling hit Duma, east of Damascus, Syria.")
    assert found.get("Duma") is not None and found["Duma"].country == "SY"
