"""Claims as value objects: one serialisation for every output."""


def test_to_dict_is_the_report_row():
    """One serialisation of a claim, used by the report, the corpus output and the CLI: open
    interval ends become None (strict JSON), enums their values, the window ISO strings."""
    import datetime as dt
    import json
    import math

    from georoute.base.claims import Claim

    c = Claim(
        "d:c1", "d", "duration", "over 20 hours", 0, 13, 20.0, "h", 20.0, math.inf, "over",
        relation="leg", places=(1, None),
        begin=dt.datetime(2023, 9, 10, 14), until=dt.datetime(2023, 9, 10, 18),
    )  # fmt: skip
    row = c.to_dict()
    assert row["high"] is None and row["low"] == 20.0
    assert row["places"] == [1, None] and row["window"] == [
        "2023-09-10T14:00:00",
        "2023-09-10T18:00:00",
    ]
    assert json.loads(json.dumps(row, allow_nan=False))["relation"] == "leg"
