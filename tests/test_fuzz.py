"""Fuzz suite: hostile text through extraction, the public API and the CLI's ``main(argv)``.

No exception escapes and every output is valid: findings hold finite numbers and known
verdicts, the report is strict JSON (no NaN, no Infinity), the CLI exits 0, 1 or 2.

CI runs a fixed, derandomised budget (``CI_EXAMPLES`` below, a few thousand in all); ``make
fuzz`` runs 100,000 with the ``fuzz`` profile (``GEOROUTE_FUZZ_EXAMPLES`` sets the total).
Known inputs that once raised are replayed first, as ``@example``s and as a plain table.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from georoute.base.documents import Document, parse_dateline
from georoute.base.findings import VERDICTS
from georoute.cli import main
from georoute.extraction.extract import extract_document
from georoute.outputs.report import report_dict
from georoute.text.quantities import find_quantities
from georoute.text.timeexpr import find_times
from georoute.verify import verify

from .strategies import datelines, file_bytes, hostile_text

#: Examples a test runs in CI, by test: cheap layers get more. ``make fuzz`` shares
#: GEOROUTE_FUZZ_EXAMPLES out in the same proportions.
CI_EXAMPLES = {"times": 800, "quantities": 600, "extract": 250, "api": 250, "cli": 50}
_TOTAL = int(os.environ.get("GEOROUTE_FUZZ_EXAMPLES", "0"))


def budget(name: str) -> settings:
    """The settings of one fuzz test: its CI share, or its share of the fuzz total."""
    n = CI_EXAMPLES[name]
    if _TOTAL:
        n = max(1, round(_TOTAL * n / sum(CI_EXAMPLES.values())))
        return settings(max_examples=n)
    return settings(max_examples=n, derandomize=True, database=None)


#: Inputs that raised before their root cause was fixed (issue 10): zero figures, years that
#: do not exist, dates and datelines at the calendar's ends.
KNOWN = [
    ("400 km in 5 hours at 0 km/h", None),
    ("The train covered 400 km in 0 hours at 100 km/h.", None),
    ("He left in Dec 0000.", dt.date(2020, 5, 1)),
    ("He arrived in Dec 9999.", dt.date(2020, 5, 1)),
    ("On 31 december 9999 the ship sailed from Paris to Lyon.", None),
    ("Friday, 31 December 9999 and Monday, 1 January 0001", None),
    ("in January 0000", dt.date(1, 3, 1)),
    ("in December 9999", None),
    ("date 9999-12-31\nThe train from Paris to Lyon leaves next Monday at 9:00 EST.", None),
    ("date 0001-01-01\nThe train left Paris for Lyon on Tuesday at 10:00 JST.", None),
    ("date 0001-01-01\nThe train left Paris last night and reached Lyon today.", None),
    ("He walked 8 miles in almost zero weeks.", None),
    ("The train covered 0 km in 0 hours at 0 km/h from Paris to Lyon.", None),
    ("The ship sailed " + "9" * 400 + " km in 5 hours at 20 knots.", None),
    ("left Moscow on Monday at 23:00 and reached Vladivostok at 7:00 local time", dt.date.max),
]


def assert_finite(obj, path: str = "") -> None:
    """Every number in ``obj`` is finite."""
    if isinstance(obj, float):
        assert math.isfinite(obj), path
    elif isinstance(obj, dict):
        for k, v in obj.items():
            assert_finite(v, f"{path}.{k}")
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            assert_finite(v, f"{path}[{i}]")


def _reject(name: str):
    raise ValueError(f"not strict JSON: {name}")


def strict_json(text: str):
    """Parse JSON, refusing the NaN and Infinity that strict parsers refuse."""
    return json.loads(text, parse_constant=_reject)


def check_report(text: str, date: dt.date | None) -> None:
    report = verify([Document("fuzz", text, None, date)])
    for f in report.findings:
        assert f.verdict in VERDICTS
        assert_finite(f.computed, f.check)
    d = report_dict(report)
    assert_finite(d)
    strict_json(json.dumps(d, allow_nan=False, default=str))


@pytest.mark.parametrize(("text", "date"), KNOWN)
def test_known_hostile_inputs(text, date):
    check_report(text, date or parse_dateline(text))


def test_zero_figures_are_unverifiable_with_a_reason():
    report = verify([Document("z", "The train covered 400 km in 5 hours at 0 km/h.", None, None)])
    (f,) = [f for f in report.findings if f.check == "speed_distance_time"]
    assert f.verdict == "unverifiable" and "speed of zero" in f.message
    report = verify([Document("z", "He walked 8 miles in almost zero weeks.", None, None)])
    (f,) = [f for f in report.findings if f.check == "plausibility"]
    assert f.verdict == "unverifiable" and "duration of zero" in f.message


@budget("times")
@given(hostile_text(with_surrogates=True), datelines())
@example("date 9999-12-31\nnext Monday", dt.date.max)
@example("last night, on Tuesday", dt.date.min)
def test_find_times_never_raises(text, date):
    for t in find_times(text, date):
        assert 0 <= t.start <= t.end <= len(text)
        if t.begin is not None:
            assert t.until is not None and t.date is not None


@budget("quantities")
@given(hostile_text(with_surrogates=True))
def test_find_quantities_never_raises(text):
    for q in find_quantities(text):
        assert q.low is None or q.high is None or not q.low > q.high


@budget("extract")
@given(hostile_text(with_surrogates=True), datelines())
def test_extract_never_raises(text, date):
    extract_document(Document("x", text, None, date))


@budget("api")
@given(hostile_text(with_surrogates=True), datelines(), st.booleans())
@example("date 9999-12-31\nThe train leaves Paris for Lyon next Monday.", None, True)
@example("400 km in 0 hours at 100 km/h", dt.date.min, False)
def test_verify_never_raises_and_reports_strict_json(text, date, from_dateline):
    check_report(text, parse_dateline(text) if from_dateline else date)


@budget("cli")
@given(st.lists(file_bytes(), min_size=1, max_size=3))
def test_cli_verify_exit_code_and_json(tmp_path_factory, contents):
    folder = tmp_path_factory.mktemp("fuzz")
    files = []
    for i, data in enumerate(contents):
        p = folder / f"a{i}.txt"
        p.write_bytes(data)
        files.append(str(p))
    out = folder / "report.json"
    code = main(["verify", *files, "--json", str(out)])
    assert code in (0, 1, 2)
    if out.exists():
        assert_finite(strict_json(out.read_text(encoding="utf-8")))
