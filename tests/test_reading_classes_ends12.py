"""Issue 13, legs whose ends are not both named in the figure's own clause, counted across
every development set (ends12), each class tested with wording of its own: the trip's last
part named by its start alone ("the final 105 km from Dundee") ends where the trip ends, an
end inferred (it never gives "inconsistent" by itself)."""

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
