"""Expectation files for test articles: ``NAME.txt`` beside ``NAME.json``.

The JSON says what a careful fact-checker expects of the article (written before the verifier
was run on it)::

    {"correct": true,                       # every checkable figure holds: no "inconsistent"
     "date": null,                          # "YYYY-MM-DD" when the text has no dateline
     "findings": [{"check", "verdict", "claims": [exact substrings], "note"}],
     "must_not_use": [{"text", "why"}],     # figures no decided finding may rest on (but
                                            # unit_conversion: see _forbidden)
     "extract": [{"text", "kind", ...}]}    # claims the extractor must find: kind and, when
                                            # given, unit, hedge, mode, relation, value, low,
                                            # high, same_as (text), leg and places (names)

Articles ``X_a`` and ``X_b`` are two reports of one trip and are verified together. Each
expectation becomes one item (``NAME:finding:3``, ``NAME:must_not_use:0``, ``NAME:no_false_alarm``)
that either holds or does not, with the reason. Unverifiable findings never count against an
article: they say what could not be decided.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from georoute.base.claims import QuantityClaim

__all__ = ["Article", "Item", "groups", "load_articles", "score"]

_PAIR = re.compile(r"^(?P<base>.+)_(?P<side>[ab])$")


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    path: Path
    expect: dict

    @property
    def date(self) -> dt.date | None:
        d = self.expect.get("date")
        return dt.date.fromisoformat(d) if d else None


@dataclass(frozen=True)
class Item:
    """One expectation and whether the report meets it."""

    id: str
    kind: str  # finding, must_not_use, no_false_alarm, no_unexpected_inconsistent
    ok: bool
    why: str


def load_articles(folder: Path) -> list[Article]:
    out = []
    for js in sorted(folder.glob("*.json")):
        txt = js.with_suffix(".txt")
        if not txt.exists():
            continue
        out.append(
            Article(js.stem, txt.read_text(encoding="utf-8"), txt, json.loads(js.read_text()))
        )
    return out


def groups(articles: list[Article]) -> list[list[Article]]:
    """Articles verified together: ``X_a`` with ``X_b``, every other one alone."""
    by: dict[str, list[Article]] = {}
    for a in articles:
        m = _PAIR.match(a.name)
        by.setdefault(m["base"] if m else a.name, []).append(a)
    return list(by.values())


#: Where a figure found in the text runs on into a longer one: "about 33" inside "about 330 km"
#: or "1" inside "1,100" is not that figure.
_RUNS_ON = re.compile(r"[.,]?\d")


def _spans(group: list[Article], needle: str) -> list[tuple[str, int, int]]:
    """Every place ``needle`` occurs in the group's texts, except inside a longer figure."""
    out = []
    for a in group:
        i = a.text.find(needle)
        while i >= 0:
            end = i + len(needle)
            inside = (needle[:1].isdigit() and i > 0 and a.text[i - 1].isdigit()) or (
                needle[-1:].isdigit() and _RUNS_ON.match(a.text, end)
            )
            if not inside:
                out.append((a.name, i, end))
            i = a.text.find(needle, i + 1)
    return out


#: The computed values that name the places a finding measured between.
_PLACE_KEYS = ("origin", "destination", "reference", "subject")


#: Claims a finding names in ``computed`` as bearing out what it rests on, not as its figures:
#: the article's own difference between two clocks that agrees with the zones a timeline used.
_NAMED_KEYS = ("zone_gap_claims",)


def _cited(
    report, finding, places: bool = False, named: bool = False
) -> list[tuple[str, int, int]]:
    """Spans of the claims a finding cites, and of their conversions ("632 km (393 miles)");
    with ``places``, also the mentions (in the finding's documents) of the places it measured
    between: an expected finding may name the endpoints ("Labuan Airport") beside the figure
    (never a figure that must not be used: a place is not a figure); with ``named``, also the
    claims it names as bearing it out (``_NAMED_KEYS``: an expected finding may list them,
    while a figure that must not be used is not used by being named so)."""
    by_id = {c.id: c for c in report.claims}
    ids = {c for c in finding.claims if c in by_id}
    if named:
        ids |= {c for k in _NAMED_KEYS for c in finding.computed.get(k) or () if c in by_id}
    ids |= {by_id[c].same_as for c in ids if by_id[c].same_as in by_id}
    ids |= {c.id for c in by_id.values() if c.same_as in ids}
    spans = [(by_id[c].doc, by_id[c].start, by_id[c].end) for c in sorted(ids)]
    if not places:
        return spans
    measured = {finding.computed.get(k) for k in _PLACE_KEYS} - {None}
    spans += [
        (c.doc, c.start, c.end)
        for c in by_id.values()
        if c.kind == "place" and c.places and c.places[0] in measured and c.doc in finding.docs
    ]
    return spans


def _overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


#: What makes an expected claim more than a place's name: a figure or a compass word (in
#: lower case: "North" in "Mwanza North Port" is part of a name).
_NOT_A_NAME = re.compile(r"\d|north|south|east|west|^(?:North|South|East|West)\b(?![ -][A-Z])")


def _uses(
    report, finding, spans, places: bool = False, text: str = "", named: bool = False
) -> bool:
    """Whether ``finding`` rests on one of ``spans``; with ``places``, an expected claim that is
    only a place's name (``text``: no figure or compass word, and no claim of the reading but
    places inside it) may be met by the places the finding measured between."""
    if places and (
        _NOT_A_NAME.search(text)
        or any(
            _overlaps(s, (c.doc, c.start, c.end))
            for s in spans
            for c in report.claims
            if c.kind != "place"
        )
    ):
        places = False
    if places and finding.check == "cross_source" and any(s[0] in finding.docs for s in spans):
        # two reports of one trip are compared whole: the traveller's or an end's name that an
        # expectation lists only says which trip, and the finding is on that trip's reports
        return True
    return any(_overlaps(s, c) for s in spans for c in _cited(report, finding, places, named))


def score(group: list[Article], report) -> list[Item]:
    """Every expectation of the articles of ``group`` against ``report`` (their report)."""
    items: list[Item] = []
    matched: set[int] = set()
    for article in group:
        items.extend(_expected_findings(article, group, report, matched))
    for article in group:
        items.extend(_forbidden(article, group, report, matched))
        items.extend(_extracted(article, report))
    return items


def _extracted(article: Article, report) -> list[Item]:
    dc = next((e for e in report.extractions if e.doc == article.name), None)
    items = []
    for k, exp in enumerate(article.expect.get("extract", [])):
        why = "no extraction" if dc is None else _claim_problem(dc, exp)
        items.append(Item(f"{article.name}:extract:{k}", "extract", why is None, why or "found"))
    return items


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9) or (math.isinf(a) and a == b)


def _claim_problem(dc, exp: dict) -> str | None:
    """Why the extraction ``dc`` does not hold the expected claim, or None when it does."""
    matches = [c for c in dc.claims if c.text == exp["text"]]
    if not matches:
        return f"{exp['text']!r} not found among {[c.text for c in dc.claims]}"
    c = matches[0]
    name = {pid: p.name for pid, p in dc.places.items()}
    row = c.to_dict()  # the fields every claim type writes (None where the type has none)
    got: dict = {key: row[key] for key in ("kind", "unit", "hedge", "mode", "relation")}
    for key in ("kind", "unit", "hedge", "mode", "relation"):
        if key in exp and got[key] != exp[key]:
            return f"{exp['text']!r}: {key} is {got[key]!r}, expected {exp[key]!r}"
    if "value" in exp:
        v = exp["value"]
        ok = _close(row["value"], v) if isinstance(v, int | float) else row["value"] == v
        if not ok:
            return f"{exp['text']!r}: value {row['value']!r}, expected {v!r}"
    if "low" in exp:
        high = math.inf if exp["high"] is None else exp["high"]
        low_high = (c.low, c.high) if isinstance(c, QuantityClaim) else (None, None)
        if not (_close(low_high[0], exp["low"]) and _close(low_high[1], high)):
            return (
                f"{exp['text']!r}: interval {low_high[0]}-{low_high[1]}, "
                f"expected {exp['low']}-{high}"
            )
    if "same_as" in exp:
        other = next((x.id for x in dc.claims if x.text == exp["same_as"]), None)
        if c.same_as != other:
            return f"{exp['text']!r}: not linked to {exp['same_as']!r}"
    if "leg" in exp:
        leg = next((lg for lg in dc.legs if lg.id == c.leg), None)
        names = None if leg is None else [name.get(p) for p in (leg.origin, leg.destination)]
        if names != exp["leg"]:
            return f"{exp['text']!r}: leg {names}, expected {exp['leg']}"
    if "places" in exp:
        names = [name.get(p) for p in c.places]
        if names != exp["places"]:
            return f"{exp['text']!r}: places {names}, expected {exp['places']}"
    return None


def _expected_findings(article: Article, group, report, matched: set[int]) -> list[Item]:
    items = []
    mine = [f for f in report.findings if article.name in f.docs]
    for k, exp in enumerate(article.expect.get("findings", [])):
        want = [(s, _spans(group, s)) for s in exp.get("claims", [])]
        hits = [
            i
            for i, f in enumerate(report.findings)
            if f.check == exp["check"]
            and f.verdict == exp["verdict"]
            and all(_uses(report, f, sp, places=True, text=t, named=True) for t, sp in want)
            and (article.name in f.docs or exp["check"] == "cross_source")
        ]
        if not hits and exp["check"] in _ONE_CLAIM_CHECKS and exp["verdict"] == "consistent":
            # a calendar check judges each date on its own: an expectation on two dates holds
            # when each has its own consistent finding
            each = [
                [
                    i
                    for i, f in enumerate(report.findings)
                    if f.check == exp["check"]
                    and f.verdict == "consistent"
                    and article.name in f.docs
                    and _uses(report, f, sp)
                ]
                for _, sp in want
            ]
            if len(want) > 1 and all(each):
                hits = sorted({i for e in each for i in e})
        matched.update(hits)
        same_check = [f"{f.verdict}: {f.message}" for f in mine if f.check == exp["check"]]
        why = (
            "found"
            if hits
            else f"no {exp['verdict']} {exp['check']} on {exp.get('claims')}; got {same_check}"
        )
        items.append(Item(f"{article.name}:finding:{k}", "finding", bool(hits), why))
    return items


#: Checks whose findings each judge one claim (a date with its weekday).
_ONE_CLAIM_CHECKS = frozenset({"calendar"})

#: Checks that may rest on a figure that describes no part of the journey: a conversion set
#: beside a figure ("a 46-foot (14-meter) wing") is checked against that figure alone, so its
#: verdict holds whatever the figure describes (issue 13 keeps such figures out of the leg's
#: checks, and a wrong conversion of a ship's length is still an error of the text).
_CHECKS_OF_ANY_FIGURE = frozenset({"unit_conversion"})


def _forbidden(article: Article, group, report, matched: set[int]) -> list[Item]:
    items = []
    mine = [
        f
        for f in report.findings
        if article.name in f.docs and f.check not in _CHECKS_OF_ANY_FIGURE
    ]
    for k, bad in enumerate(article.expect.get("must_not_use", [])):
        spans = _spans(group, bad["text"])
        users = [
            f"{f.check} {f.verdict}"
            for f in mine
            if f.verdict != "unverifiable" and _uses(report, f, spans)
        ]
        why = f"{bad['text']!r} ({bad.get('why', '')}) used by {users}" if users else "unused"
        items.append(Item(f"{article.name}:must_not_use:{k}", "must_not_use", not users, why))
    alarms = [
        f"{f.check}: {f.message}"
        for i, f in enumerate(report.findings)
        if article.name in f.docs and f.verdict == "inconsistent" and i not in matched
    ]
    kind = "no_false_alarm" if article.expect.get("correct") else "no_unexpected_inconsistent"
    items.append(
        Item(f"{article.name}:{kind}", kind, not alarms, "; ".join(alarms) or "no false alarm")
    )
    return items
