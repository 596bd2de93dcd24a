"""Issue 13, legs whose ends are not both named in the figure's own clause, counted across
every development set (ends12), each class tested with wording of its own: the trip's last
part named by its start alone ("the final 105 km from Dundee") ends where the trip ends, an
end inferred (it never gives "inconsistent" by itself); the region a start's facility lies in
("left Bergen harbour in Norway") is no end, and after it only an arrival names one; a
journey's way before "from" ("paddling 300 km down the Danube from Passau") makes a start, not
a position; a person's home after their age ("Sita Rai, 35, from Delhi,") is no start."""

from __future__ import annotations

import pytest

from .reading import findings

_TRIP = (
    "ABERDEEN, May 4, 2025 (Agency) - A cycling club arrived in Aberdeen on Sunday, nine days "
    "after setting off from Edinburgh on a charity ride. {last}"
)


@pytest.mark.parametrize(
    "last",
    [
        "The final 105 km from Dundee took the riders five hours.",
        "On the last stage the riders covered 105 km from Dundee in five hours.",
        "The concluding leg of about 105 km from Dundee was the wettest.",
    ],
)
def test_the_last_part_named_by_its_start_ends_where_the_trip_ends(last):
    fs = [
        f for f in findings(_TRIP.format(last=last), "geodesic_bound") if "Dundee" in f["message"]
    ]
    (f,) = fs
    assert f["verdict"] == "consistent", f["message"]
    assert "Aberdeen" in f["message"] and f["computed"]["endpoints_inferred"] is True


@pytest.mark.parametrize(
    "last",
    [
        "The final 40 km from Dundee took the riders two hours.",
        "On the closing day they rode 40 km from Dundee.",
    ],
)
def test_a_last_part_too_short_for_its_inferred_end_is_never_inconsistent(last):
    (f,) = [
        f for f in findings(_TRIP.format(last=last), "geodesic_bound") if "Dundee" in f["message"]
    ]
    assert f["verdict"] == "unverifiable", f["message"]


@pytest.mark.parametrize(
    "other",
    [
        "Last year the club rode 105 km from Dundee in a day.",
        "At last the riders covered 105 km from Dundee without rain.",
        "The next 105 km from Dundee took the riders five hours.",
        "In the final 24 hours they rode 105 km from Dundee.",
    ],
)
def test_a_part_not_the_trips_last_is_not_set_to_the_trips_end(other):
    fs = findings(_TRIP.format(last=other), "geodesic_bound")
    assert not [f for f in fs if "Dundee" in f["message"] and "Aberdeen" in f["message"]], fs


_HARBOUR = "BERGEN, June 2, 2025 (Agency) - A cruise ferry that {left} at 8 p.m. on Sunday {then}"


@pytest.mark.parametrize(
    "left",
    [
        "left Bergen harbour in Norway",
        "set out from the Bergen cruise terminal in Norway",
    ],
)
def test_the_region_a_start_lies_in_is_no_end_and_the_arrival_after_it_is(left):
    text = _HARBOUR.format(
        left=left, then="docked in Hirtshals at 10 a.m. on Monday after a voyage of about 520 km."
    )
    (f,) = findings(text, "geodesic_bound")
    assert f["verdict"] == "consistent", f["message"]
    assert "Bergen to Hirtshals" in f["message"]


def test_after_the_region_a_start_lies_in_a_place_named_after_at_is_no_end():
    text = _HARBOUR.format(
        left="left the Bergen terminal in Norway",
        then="was cheered at a quayside party in Stavanger after a voyage of about 520 km.",
    )
    assert not [f for f in findings(text, "geodesic_bound") if "Stavanger" in f["message"]]


_RIVER = "VIENNA, Aug 1, 2025 (Agency) - Two kayakers arrived in Vienna on Friday {how}."


@pytest.mark.parametrize(
    "how",
    [
        "after paddling about 300 km down the Danube from Passau in six days",
        "after drifting 300 km down the Danube from Passau over six days",
    ],
)
def test_a_journeys_way_down_a_river_from_a_town_starts_there(how):
    (f,) = findings(_RIVER.format(how=how), "geodesic_bound")
    assert f["verdict"] == "consistent", f["message"]
    assert "Passau to Vienna" in f["message"]


@pytest.mark.parametrize(
    "how",
    [
        "after about 300 km; they live across the river from Passau",
        "after about 300 km, from a camp that lies just up the river from Passau",
    ],
)
def test_a_place_across_or_up_the_river_from_a_town_is_no_start(how):
    assert not [
        f for f in findings(_RIVER.format(how=how), "geodesic_bound") if "Passau" in f["message"]
    ]


_RUNNER = (
    "POKHARA, Nepal, May 3, 2025 (Agency) - An ultrarunner who set off from Kathmandu on Thursday "
    "reached Pokhara on Friday. {who} the 200 km in 28 hours."
)


@pytest.mark.parametrize(
    "who", ["Sita Rai, 35, from Delhi, ran", "The winner, Sita Rai, 29, from Delhi, completed"]
)
def test_a_persons_home_after_their_age_is_no_start(who):
    (f,) = findings(_RUNNER.format(who=who), "geodesic_bound")
    assert f["verdict"] == "consistent", f["message"]
    assert "Kathmandu" in f["message"] and "Pokhara" in f["message"], f["message"]
