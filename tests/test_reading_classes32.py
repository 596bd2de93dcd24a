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
