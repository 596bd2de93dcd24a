"""The article's date: dateline, given date, --date, and the year a wire dateline leaves out."""

from __future__ import annotations

import datetime as dt

import pytest

from georoute.base.documents import article_date, document_date, parse_dateline

D = dt.date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Headline\n\nNAIROBI, May 30 (Reuters) - It left on Friday, May 30, 2025, at 8 a.m.",
            D(2025, 5, 30),
        ),
        ("BRIGHTON, England, May 24 (PA) - The race began on May 24, 2025.", D(2025, 5, 24)),
        (
            "PARIS, Jan 16 (Reuters) - On Thursday, 16 January 2025 the first train left.",
            D(2025, 1, 16),
        ),
        ("KUMASI, Ghana (AP) — She set off on Saturday, Nov. 15, 2025, at dawn.", D(2025, 11, 15)),
        ("DOVER, England (AP) — A century after Aug. 6, 1926, swimmers met.", D(1926, 8, 6)),
        # the lead's date is another day than the dateline's: no year can be read
        ("NAIROBI, May 30 (Reuters) - The line opened on June 1, 2017.", None),
        # no wire dateline: a date in the body is no article date
        ("Headline\n\nThe line opened on June 1, 2017, and runs daily.", None),
        # a headline in sentence case is no dateline
        ("Electric pickup makes Chicago-Denver run - on June 7, 2025 it left.", None),
        ("NAIROBI, May 30 (Reuters) - No year anywhere in this lead.", None),
        # a weekday-dated event in the days before the dateline gives the dateline its year
        (
            "JUBA, Jan 3 (Reuters) - The barge left on Monday, Dec. 29, 2025, and docked.",
            D(2026, 1, 3),
        ),
        (
            "OSH, Aug 28 (AP) - Crowds met him.\n\nHe had set off on Saturday, Aug. 24, 2024.",
            D(2024, 8, 28),
        ),
        # weeks before it: a voyage that left a month before it docked
        ("OSH, Aug 28 (AP) - It began on Saturday, July 6, 2024, they said.", D(2024, 8, 28)),
        # months before the dateline, or after it: no year is read
        ("OSH, Aug 28 (AP) - It began on Saturday, May 4, 2024, they said.", None),
        ("OSH, Aug 28 (AP) - It ends on Saturday, Aug. 31, 2024, they said.", None),
    ],
)
def test_article_date(text, date):
    assert article_date(text) == date


def test_document_date_precedence():
    yearless = "NAIROBI, May 30 (Reuters) - It left on Friday, May 30, 2025."
    full = "NAIROBI, May 30, 2024 (Reuters) - It left on Friday, May 30, 2025."
    given, default = D(2020, 1, 1), D(2021, 2, 2)
    assert document_date(full, given, default) == given  # a corpus column wins
    assert document_date(full, None, default) == parse_dateline(full) == D(2024, 5, 30)
    assert document_date(yearless, None, default) == default  # --date before the lead's year
    assert document_date(yearless) == D(2025, 5, 30)
    assert document_date("No dateline at all.") is None
