"""Issue 13, classes found on the fourteenth blind set (holdout14) by its second reader, each
tested with wording of its own: a weekday against the date an undated dateline's article came
with."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.verify import verify

_UNDATED = (
    "DENVER (AP) — The first snowplough convoy left Denver at 7 a.m. {day} and reached Vail "
    "at 10:40 a.m., police said."
)


def _calendar(text: str, date: dt.date | None) -> list[dict]:
    found = verify(texts=[text], date=date).to_dict()["findings"]
    return [f for f in found if f["check"] == "calendar"]


def test_a_weekday_on_the_date_given_with_an_undated_dateline_is_confirmed():
    (f,) = _calendar(_UNDATED.format(day="Tuesday"), dt.date(2025, 3, 4))
    assert f["verdict"] == "consistent", f["message"]
    assert f["computed"]["date"] == "2025-03-04"
    assert "given with it" in f["message"]


@pytest.mark.parametrize(
    ("day", "date"),
    [
        ("Tuesday", None),  # no date at all: nothing to confirm against
        ("Friday", dt.date(2025, 3, 4)),  # another day of the week: never contradicted
    ],
)
def test_a_weekday_off_the_given_date_or_with_none_gives_no_calendar_finding(day, date):
    assert _calendar(_UNDATED.format(day=day), date) == []
