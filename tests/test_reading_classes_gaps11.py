"""Issue 13, classes that recur across the older development sets (holdout9..16), each tested
with wording of its own: a leg's ends named with a description before each name ("from the
port city A to the capital B"); a distance alone in its sentence that runs to a place named
right after it ("the first section, 300 km to C") measures that way, not the story's trip."""

from __future__ import annotations

import pytest

from georoute.verify import verify


def _report(text: str) -> dict:
    return verify(texts=[text]).to_dict()


def _leg_of(report: dict, figure: str) -> dict:
    claim = next(c for c in report["claims"] if c["text"] == figure)
    return next(lg for lg in report["legs"] if lg["id"] == claim["leg"])


def _names(report: dict, leg: dict) -> tuple[str | None, str | None]:
    name = {p["id"]: p["name"] for p in report["places"]}
    return name.get(leg["origin"]), name.get(leg["destination"])


@pytest.mark.parametrize(
    ("text", "figure", "ends"),
    [
        (
            "The minister rode the first train from the port city Mombasa to the capital "
            "Nairobi on Tuesday, opening the 480 km line between the two cities.",
            "480 km",
            ("Mombasa", "Nairobi"),
        ),
        (
            "Dozens of families drove from the capital Bishkek to the southern city Osh, a trip "
            "of some 600 km over two passes.",
            "600 km",
            ("Bishkek", "Osh"),
        ),
        (
            "The convoy set out from the old royal capital Mandalay for the commercial hub "
            "Yangon and covered about 620 km in two days.",
            "620 km",
            ("Mandalay", "Yangon"),
        ),
    ],
)
def test_described_ends_of_a_leg(text, figure, ends):
    report = _report(text)
    leg = _leg_of(report, figure)
    assert not leg["inferred"]
    assert _names(report, leg) == ends


def test_description_with_no_name_after_it_is_no_end():
    # "from the capital" followed by a clause, no name: the description alone names no end
    report = _report(
        "The riders left from the capital on Friday and reached Mombasa after covering 480 km."
    )
    leg = _leg_of(report, "480 km")
    assert _names(report, leg)[0] != "Mombasa"


@pytest.mark.parametrize(
    ("story", "sentence", "figure"),
    [
        (
            "The first electric train ran from Dar es Salaam to Dodoma on Thursday, a journey "
            "of three and a half hours.",
            "The second section, 1,219 km to the lakeside city of Mwanza, is still being built.",
            "1,219 km",
        ),
        (
            "The president flew from Ulaanbaatar to Beijing on Monday for talks.",
            "A new highway, roughly 700 km to Zamiin-Uud, is planned for next year.",
            "700 km",
        ),
    ],
)
def test_a_figure_to_another_place_is_not_the_trips(story, sentence, figure):
    report = _report(f"{story} {sentence}")
    leg = _leg_of(report, figure)
    dest = _names(report, leg)[1]
    assert dest not in (None, "Dodoma", "Beijing")
    assert not leg["inferred"]
    # and no geodesic finding sets it against the story's ends
    assert not any(
        f["check"] == "geodesic_bound" and f["verdict"] != "unverifiable" and figure in f["message"]
        for f in report["findings"]
    )


def test_a_figure_to_a_place_that_shares_its_time_stays_with_the_time():
    # "covered the 344 km to B in two hours": the time in the same sentence keeps the figure
    report = _report(
        "The express left Tashkent at 7.30 am and reached Bukhara at 11.20 am. It covered the "
        "260 km to Samarkand in 2 hours and 5 minutes, averaging about 125 km/h."
    )
    assert _leg_of(report, "260 km")["id"] == _leg_of(report, "2 hours and 5 minutes")["id"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Port Louis, a harbour town of some 150,000 people, lies north-west of Mahebourg.",
        "Durban, a port of 3.9 million people, lies south-east of Pietermaritzburg.",
    ],
)
def test_a_figure_that_is_no_distance_leaves_a_bare_direction(sentence):
    # only a distance before it makes a compass word a separation's, not a head count
    findings = [f for f in _report(sentence)["findings"] if f["check"] == "direction"]
    assert [f["verdict"] for f in findings] == ["consistent"]


def test_a_distance_before_the_compass_word_is_still_a_separations():
    report = _report("Durban lies about 70 km south-east of Pietermaritzburg.")
    directions = [c for c in report["claims"] if c["kind"] == "direction"]
    assert len(directions) == 1
    assert any(f["check"] == "separation" for f in report["findings"])


@pytest.mark.parametrize(
    ("text", "figure", "ends"),
    [
        (
            "On Sunday she ran the 160 km from the old lighthouse in Valparaiso to the main "
            "square in Santiago in 19 hours.",
            "160 km",
            ("Valparaíso", "Santiago"),
        ),
        (
            "The coach left the Tres Cruces terminal in Montevideo at 10 pm and covered the "
            "330 km to Punta del Diablo overnight.",
            "330 km",
            ("Montevideo", None),
        ),
    ],
)
def test_a_landmark_in_a_town_starts_a_leg_from_the_town(text, figure, ends):
    report = _report(text)
    origin, dest = _names(report, _leg_of(report, figure))
    assert origin == ends[0]
    if ends[1] is not None:
        assert dest == ends[1]


def test_a_crowd_in_a_town_is_still_read_only_after_an_origin():
    # "from the X in Y" starts a leg only when no origin is named before it
    report = _report(
        "The riders set off from Quito on Monday and, cheered by fans from the villages in "
        "Ambato, rode 300 km to Guayaquil."
    )
    assert _names(report, _leg_of(report, "300 km"))[0] == "Quito"


@pytest.mark.parametrize(
    ("sentence", "figure", "relation"),
    [
        ("Entrants must pass 40 control points and finish within 48 hours.", "48 hours", "limit"),
        ("The town observes a 30-day mourning period every spring.", "30-day", "event"),
    ],
)
def test_bounds_and_periods_are_no_trip(sentence, figure, relation):
    claim = next(c for c in _report(sentence)["claims"] if c["text"] == figure)
    assert claim["relation"] == relation


def test_a_finish_that_happened_is_the_trip():
    report = _report("She left Athens at dawn and finished within 30 hours at Sparta.")
    claim = next(c for c in report["claims"] if c["text"] == "30 hours")
    assert claim["relation"] == "leg"


def test_a_figure_whose_noun_names_another_mode_is_another_trip():
    report = _report(
        "The overnight coach left Santiago for Puerto Montt with 40 passengers, a trip of "
        "about 1,000 km. A seat costs far less than a ticket for the 90-minute flight, the "
        "company said."
    )
    flight = _leg_of(report, "90-minute")
    assert flight["mode"] == "air"
    # a trip of its own, not the coach's ends lent to it
    assert (flight["origin"], flight["destination"], flight["inferred"]) == (None, None, False)


def test_a_long_named_closure_is_an_event():
    claim = next(
        c
        for c in _report("Snowstorms closed the Paso de Jama crossing into Chile for three days.")[
            "claims"
        ]
        if c["text"] == "three days"
    )
    assert claim["relation"] == "event"
