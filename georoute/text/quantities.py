"""Find distances, speeds and durations in text: figure, unit, hedge, interval, conversions.

>>> [ (q.text, q.value, q.unit, q.low, q.high) for q in find_quantities("a 1,180km trip")]
[('1,180km', 1180.0, 'km', 1175.0, 1185.0)]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from georoute.base.folding import folds_plainly
from georoute.text.document import lower_twin
from georoute.text.intervals import HEDGES, decimals, figure_interval, hedge_interval
from georoute.text.units import KIND_OF_UNIT

__all__ = ["MAX_TEXT", "Quantity", "find_quantities", "is_pace", "parse_number"]

#: Texts are cut to this many characters before the regexes run: as many as the largest article
#: georoute accepts (``documents.MAX_BYTES``) can hold, so no accepted article is read in part.
MAX_TEXT = 5_000_000

_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
#: Scale words after digits: "1.8 billion-mile", "4.5bn km" ("m" alone is metres or million:
#: it is never read as a scale, and never as metres next to money or a count, see below).
_DIGIT_SCALES = {"million": 10**6, "billion": 10**9, "trillion": 10**12, "bn": 10**9, "mn": 10**6}
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_WORD = "|".join(
    sorted([*_ONES, *_TENS, *_SCALES, "a", "an", "half", "dozen"], key=len, reverse=True)
)


def _tree(phrases: Iterable[tuple[str, ...]]) -> str:
    """An alternation of ``phrases`` (each a sequence of pattern pieces: an escaped character,
    or ``[\\s-]+`` for a space) written as a tree of their pieces, shared openings once and a
    phrase that opens another kept as an optional tail: the regex engine reads a few pieces at
    a position, where an alternation tries every phrase in turn. Where several phrases match at
    one position they are one another's openings, and the longest is tried first, as in an
    alternation sorted longest first (``_UNIT_RE``, ``_WORD``): the same matches.

    >>> _tree([("m", "i"), ("m", "i", "n"), ("h",)])
    '(?:h|mi(?:n)?)'
    """
    groups: dict[str, list[tuple[str, ...]]] = {}
    ends = False
    for p in phrases:
        if p:
            groups.setdefault(p[0], []).append(p[1:])
        else:
            ends = True
    alts = [head + _tree(rest) for head, rest in sorted(groups.items())]
    body = "" if not alts else alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if ends and body else body


def _pieces(phrase: str) -> tuple[str, ...]:
    """A unit's or a number word's pieces for :func:`_tree`, as ``_UNIT_RE`` writes them."""
    return tuple(r"[\s-]+" if c == " " else re.escape(c) for c in phrase)


#: ``_WORD`` as a tree of its letters (:func:`_tree`): the same matches, read in fewer steps.
_WORD_TREE = _tree({_pieces(w) for w in _WORD.split("|")})
# bounded repetitions and a start that cannot sit inside a longer run keep matching linear
_WORDNUM = (
    rf"(?:(?<![A-Za-z])(?:{_WORD_TREE})(?:[\s-]+(?:and[\s-]+)?(?:a[\s-]+)?(?:{_WORD_TREE}))"
    r"{0,6})"
)
_DIGITS = (
    r"(?:(?<![\d.,])(?:\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,12}(?:\.\d{1,6})?)(?![\d,]\d))"
)

#: Normalised symbol -> how it is written (a space inside a form also matches a hyphen:
#: "a 45-nautical-mile crossing"); the regex tries the longest forms first.
_UNIT_FORMS: dict[str, tuple[str, ...]] = {
    "km/h": (
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour",
        "km per hour",
        "km an hour",
        "km/h",
        "km/hr",
        "kmh",
        "kph",
        "kmph",
        "k.p.h.",
    ),
    "mph": ("miles per hour", "miles an hour", "mph", "m.p.h."),
    "kn": ("knots", "knot", "kts", "kt"),
    "m/s": ("metres per second", "meters per second", "m/s"),
    "nmi": ("nautical miles", "nautical mile", "nmi"),
    "km": ("kilometres", "kilometre", "kilometers", "kilometer", "kms", "km"),
    "mi": ("miles", "mile"),
    "m": ("metres", "metre", "meters", "meter"),
    "cm": ("centimetres", "centimetre", "centimeters", "centimeter", "cm"),
    "mm": ("millimetres", "millimetre", "millimeters", "millimeter", "mm"),
    "ft": ("feet", "foot", "ft"),
    "yd": ("yards", "yard", "yds", "yd"),
    "in": ("inches", "inch"),
    "verst": ("versts", "verst"),
    "league": ("leagues", "league"),
    "h": ("hours", "hour", "hrs", "hr"),
    "s": ("seconds", "second", "secs"),
    "min": ("minutes", "minute", "mins", "min"),
    "d": ("days", "day"),
    "night": ("nights", "night"),
    "wk": ("weeks", "week"),
    "fortnight": ("fortnights", "fortnight"),
    "mo": ("months", "month"),
    "yr": ("years", "year", "yrs"),
}
_UNIT_WORDS: dict[str, str] = {w: sym for sym, forms in _UNIT_FORMS.items() for w in forms}
# bare one-letter symbols only straight after digits ("400m", "5h")
_TIGHT_UNITS = {"m": "m", "h": "h", "mi": "mi", "min": "min"}

_UNIT_RE = "|".join(
    re.escape(u).replace(r"\ ", r"[\s-]+") for u in sorted(_UNIT_WORDS, key=len, reverse=True)
)

#: ``_UNIT_RE`` as a tree of its letters (:func:`_tree`): the same matches, read in fewer steps
#: (``_QTY`` is matched at every figure and number word).
_UNIT_TREE = _tree({_pieces(u) for u in _UNIT_WORDS})
#: "10 1/2 miles", "1/4 mile", "2½ hours" (halves, thirds, quarters and eighths only)
_FRACTION = r"(?:(?<![\d.,/])(?:\d{1,3}[\s-]+)?[1-7]/[2348](?![\d/])|(?<![\d.,])\d{0,3}[½¼¾⅓⅔])"
_SCALE_RE = r"(?:[\s-]*(?:million|billion|trillion)|bn|mn)\b"
#: after a spaced "m" ("12 m", "1 m x 1 m"): what follows a length, never a counted noun
_SPACED_M_AFTER = (
    r"(?=\s*(?:$|[^\w\s]|\d|x\b|(?:long|wide|high|tall|deep|above|below|from|away|of|in|to|"
    r"and|or|up|down|across|along|ahead|behind)\b))"
)
#: The letters that open a number word: with the digits, the only characters a quantity opens with.
_WORD_FIRST = "".join(sorted({w[0] for w in _WORD.split("|")}))
assert _WORD_FIRST.isalpha() and _WORD_FIRST.islower()
_QTY = re.compile(
    # a cheap guard first: only a digit or a number word can open a quantity (7x faster scans),
    # and before it, a test of the first character alone (no alternation tried at most places)
    rf"(?=[\d½¼¾⅓⅔{_WORD_FIRST}])"
    rf"(?=[\d½¼¾⅓⅔]|(?<![A-Za-z])(?:{_WORD_TREE})(?![a-z]))"
    rf"(?:(?P<num>{_FRACTION}|{_DIGITS}(?:{_SCALE_RE})?(?:[\s-]+and[\s-]+a[\s-]+half)?|{_WORDNUM})"
    rf"(?P<sep>[\s\u00a0-]*(?:odd[\s-]+)?)(?P<unit>{_UNIT_TREE})(?![A-Za-z²³2]|/[A-Za-z])"
    rf"|(?P<tnum>{_DIGITS})(?P<tunit>min|mi|(?-i:m)|h)(?![A-Za-z/\d])"
    rf"|(?P<snum>{_DIGITS})[ \u00a0](?P<sunit>(?-i:m))(?!\w){_SPACED_M_AFTER})",
    re.IGNORECASE,
)
#: Where ``_QTY`` can match, found in the lower-cased text by patterns that open with a
#: character class (which the regex engine skips to; ``_QTY``'s guard is a look-ahead, tried at
#: every character): every digit or fraction that no digit, stop or comma precedes (each of
#: ``_QTY``'s forms that opens with one, ``_DIGITS`` and both of ``_FRACTION``'s, opens with
#: that look-behind: the other digits of "2024" open none, and a failed match costs microseconds),
#: and every number word at a word start. A superset of the starts ``_QTY``'s guard allows:
#: ``_QTY`` is then matched at each in turn. (The look-behind is written after the character,
#: and the ASCII digits apart from ``\d``, so that the engine skips to the candidates.)
_DIGIT_STARTS = re.compile(r"(?:[0-9½¼¾⅓⅔]|\d)(?<![\d.,].)")
_WORD_STARTS = re.compile(rf"[{_WORD_FIRST}](?<![a-z].)(?<=(?=(?:{_WORD_TREE})(?![a-z])).)")


def _qty_matches(text: str, low: str):
    """``_QTY.finditer(text)`` (``low``: the text lower-cased): ``_QTY`` matched only where a
    figure or a number word starts, left to right, each search after the last match's end."""
    if not folds_plainly(text):  # (lower-cased, they would not match as ``_QTY`` does)
        yield from _QTY.finditer(text)
        return
    starts = [m.start() for m in _DIGIT_STARTS.finditer(low)]
    starts += [m.start() for m in _WORD_STARTS.finditer(low)]
    starts.sort()
    end, match = 0, _QTY.match
    for pos in starts:
        if pos < end:
            continue
        m = match(text, pos)
        if m is not None:
            end = m.end()
            yield m


#: "m" after money or before a counted noun is "million": "$13.6m", "1.2m tons".
_MONEY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK|R)\$|\bRs\.?|\bUSD|\bEUR)\s*$")
_COUNTED = (
    "tons|tonnes|barrels|bpd|people|persons|dollars|euros|pounds|yuan|yen|rupees|roubles|rubles|"
    "pesos|francs|won|lira|passengers|visitors|tourists|residents|inhabitants|citizens|users|"
    "viewers|voters|votes|copies|units|shares|jobs|homes|households|houses|vehicles|cars|trips|"
    "journeys|subscribers|customers|members|pilgrims|refugees|migrants|doses|acres|hectares|"
    "litres|liters|gallons|cubic|sq|square|tickets|seats|workers|children|animals|birds|trees|"
    "followers|downloads|views|hits|deaths|cases|worth|more|fewer|extra|new|additional|budget|"
    "deal|contract|loan|fund|fine|profit|revenue|bid|salary|payment"
)
_COUNTED_AFTER = re.compile(rf"[\s-]*(?:{_COUNTED})\b", re.IGNORECASE)
#: "a 39-year-old", "75 years of age": an age, not a duration
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]+\d*-$")
_AGE_AFTER = re.compile(r"[\s-]+(?:old|of\s+age)\b", re.IGNORECASE)
#: "500,000 day visitors", "day-trippers": people counted by the day, not a duration
_DAY_PEOPLE_AFTER = re.compile(
    r"[\s-]+(?:visitors|trippers|tourists|passengers|guests|pupils|students|labou?rers)\b",
    re.IGNORECASE,
)
#: "a day" is a duration after these words ("took a day", "for a week", "about a month") or
#: before "-long", "'s" or "later" ("reached Pyongyang a day later"); elsewhere it is a rate ("500,000 barrels a day", "fuel a year") or a
#: time ("sold a week before the crash")
_ARTICLE_DURATION_LEAD = re.compile(
    r"(?:^|[^\w\s]|\b(?:for|in|within|took|take|takes|taking|lasted|lasts|last|lasting|spent|"
    r"spend|spends|spending|about|around|nearly|almost|than|over|under|only|just|barely|some|"
    r"roughly|approximately|after|least|most|half|whole|entire|full|of|by|needed|needs|need|"
    r"required|requires|was|is|be|been|another|and|or|up\s+to|journey|trip|crossing|voyage|"
    r"flight|drive|ride|walk)\b)\s*$",
    re.IGNORECASE,
)
#: "an hour long", "a day's", "a week later", and a clock set against a place's: "an hour ahead
#: of Egypt's", "an hour behind Lisbon"
_ARTICLE_DURATION_AFTER = re.compile(
    r"[\s-]*(?:long\b|['’]s\b|later\b|(?:ahead\s+of|behind)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(
    r"(?:^|[\s(])(?P<h>"
    + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + r")(?:\s+(?:a\s+)?(?:speed|speeds|distance|journey|trip)?\s*(?:of)?)?\s*$",
    re.IGNORECASE,
)
#: ``_HEDGE_RE`` for the lower-cased window (``text.document.lower_twin``): the same matches,
#: found several times more quickly.
_HEDGE_LOW = lower_twin(_HEDGE_RE)
assert _HEDGE_LOW is not None
_SPEED_CONTEXT = re.compile(r"(?:top|maximum|peak)\s+speeds?\b", re.IGNORECASE)
_NOT_ARTICLE_BEFORE = re.compile(
    r"\b(?:last|next|per|each|every|once|twice|times|a)\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class Quantity:
    """One written quantity: exact span, value as written, unit symbol, hedge, interval."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    low: float
    high: float
    hedge: str | None = None
    hedge_start: int | None = None
    same_as: int | None = None  # index of the quantity this one converts
    is_word: bool = False
    ends: tuple[float, float] | None = None  # a range's two figures as written
    #: the interval the figure allows as written, before its hedge (``low``/``high`` are
    #: after it): "about 300 km" is 250-350 km as written; set by ``find_quantities``
    figure: tuple[float, float] | None = None

    @property
    def kind(self) -> str:
        return KIND_OF_UNIT[self.unit]


def parse_number(text: str) -> tuple[float, bool] | None:
    """Value of a figure written in digits or words, and whether it was words.

    >>> parse_number("1,180"), parse_number("two and a half"), parse_number("sixty")
    ((1180.0, False), (2.5, True), (60.0, True))
    >>> parse_number("16 and a half"), parse_number("10 1/2"), parse_number("1.8 billion")
    ((16.5, True), (10.5, False), (1800000000.0, False))
    """
    t = text.strip().casefold()
    if re.fullmatch(_DIGITS, t):
        return float(t.replace(",", "")), False
    frac = re.fullmatch(r"(?:(\d{1,3})[\s-]+)?([1-7])/([2348])|(\d{0,3})([½¼¾⅓⅔])", t)
    if frac:
        whole = frac.group(1) or frac.group(4) or "0"
        part = int(frac[2]) / int(frac[3]) if frac[2] else _VULGAR[frac[5]]
        return int(whole) + part, False
    scaled = re.fullmatch(rf"({_DIGITS})[\s-]*(million|billion|trillion|bn|mn)", t)
    if scaled:
        return float(scaled[1].replace(",", "")) * _DIGIT_SCALES[scaled[2]], False
    half = re.fullmatch(rf"({_DIGITS})[\s-]+and[\s-]+a[\s-]+half", t)
    if half:  # "16 and a half": precise to the half, like a number in words
        return float(half.group(1).replace(",", "")) + 0.5, True
    total = current = 0.0
    seen = False
    article = False  # the count so far is only "a" or "an": "a half" is a half, not 1.5
    trailing = False  # "a" after a count waits for "half" or "dozen" ("eight a week": a rate)
    prev = ""
    for w in re.split(r"[\s-]+", t):
        if w == "and":
            continue
        last, prev = prev, w
        if w in ("a", "an"):
            article = not current and not total
            trailing = not article and last != "half"  # ("half an hour": the half of one)
            current = current or 1.0
            seen = True
        elif w == "half":
            current = 0.5 if article or not current else current + 0.5
            article = trailing = False
            seen = True
        elif w == "dozen":
            current = (current or 1.0) * 12
            trailing = False
            seen = True
        elif w in _ONES:
            current += _ONES[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w in _SCALES:
            current = (current or 1.0) * _SCALES[w]
            if w != "hundred":
                total, current = total + current, 0.0
            seen = True
        else:
            return None
    if trailing:
        return None
    return (total + current, True) if seen else None


#: "over", "under", "above", "below" right after another quantity are prepositions, not
#: hedges: "seven hours over 5,570 km" is a journey across 5,570 km, not more than it.
_PREPOSITIONS = frozenset({"over", "under", "above", "below"})
_PREPOSITION_AFTER_QUANTITY = re.compile(
    r"\b(?:hours?|hrs?|minutes?|mins?|days?|weeks?|nights?|km|kilomet(?:re|er)s?|miles?|"
    r"metres?|meters?|km/h|kph|mph|knots?)\s*$",
    re.IGNORECASE,
)


_ARTICLE_AFTER = re.compile(r"\s+(?:a|an)\s", re.IGNORECASE)


def _hedge_before(text: str, start: int) -> tuple[str | None, int | None]:
    window_start = max(0, start - 40)
    window = text[window_start:start]
    m = _HEDGE_LOW.search(window.lower()) if folds_plainly(window) else _HEDGE_RE.search(window)
    hedge = window[m.start("h") : m.end("h")] if m else ""
    if m and not (
        hedge.casefold() in _PREPOSITIONS
        and (
            _PREPOSITION_AFTER_QUANTITY.search(window[: m.start("h")])
            # "chose the train over a one-hour flight": a preposition before an article
            or _ARTICLE_AFTER.match(window, m.end("h"))
        )
    ):
        return hedge, window_start + m.start("h")
    sm = _SPEED_CONTEXT.search(text[max(0, start - 30) : start])
    if sm:
        return sm.group(0), max(0, start - 30) + sm.start()
    return None, None


def _hedge_after(text: str, end: int) -> str | None:
    m = re.match(r"\s*(?:or|and)\s+(more|less|so)\b", text[end : end + 15], re.IGNORECASE)
    if m:
        return {"more": "at least", "less": "at most", "so": "about"}[m.group(1).casefold()]
    return None


_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b", re.IGNORECASE)


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
#: A bare figure just before a quantity, as the low end of a range.
_RANGE_WORD = "|".join(sorted([*_ONES, *_TENS], key=len, reverse=True))
_RANGE_BEFORE = re.compile(
    rf"(?:\bbetween\s+|\bfrom\s+)?(?P<a>{_DIGITS}|\b(?:{_RANGE_WORD}))[\s-]*(?:-|–|to|and)[\s-]*$",
    re.IGNORECASE,
)
_YEARISH = re.compile(r"1[89]\d\d|20\d\d")
#: What every match of ``_RANGE_BEFORE`` ends with before its trailing white space and
#: hyphens, lower-cased (or a hyphen among those).
_RANGE_JOINS = ("to", "and", "–")


def _may_close_range(text: str, end: int) -> bool:
    """False only when no match of ``_RANGE_BEFORE`` can end at ``end``: the text before holds
    no hyphen in its trailing run of white space and hyphens, and ends, before that run, with
    none of ``_RANGE_JOINS`` (most figures: the search, tried at each character of its window,
    is spared).

    >>> _may_close_range("from 10 to ", 11), _may_close_range("10 - ", 5), _may_close_range("at ", 3)
    (True, True, False)
    """
    k = end
    while k and (text[k - 1].isspace() or text[k - 1] == "-"):  # (``[\s-]``: the same)
        k -= 1
    return "-" in text[k:end] or text[max(0, k - 3) : k].lower().endswith(_RANGE_JOINS)


_AND_JOIN = re.compile(r"[\s-]*and[\s-]*", re.IGNORECASE)
_BETWEEN_OPENS = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _listed_and(text: str, rng: re.Match, num_start: int) -> bool:
    """Whether "and" joins two figures with no "between" before the first: "lasted 18 and 22
    minutes" is two stops, not a range ("between 40 and 60 mph" is one)."""
    return _AND_JOIN.fullmatch(text, rng.end("a"), num_start) is not None and not (
        _BETWEEN_OPENS.search(text, max(0, rng.start("a") - 12), rng.start("a"))
    )


#: "between 40 and 60 mph" -> ("40", "60 mph")
_RANGE_TEXT = re.compile(
    rf"^(?P<a>{_DIGITS}|(?:{_RANGE_WORD}))[\s-]*(?:-|–|to|and)[\s-]*(?P<b>(?:\d|(?:{_RANGE_WORD})\b).+)$",
    re.IGNORECASE | re.DOTALL,
)
_NOT_TRAVEL_UNIT_AFTER = re.compile(  # fuel economy, areas, volumes: "40 miles per gallon"
    r"\s*(?:per|to\s+the|a|an)\s+(?:gallon|litre|liter|tank|charge)\b|\s*(?:squared|cubed)\b"
    # "50 meters per millisecond": a rate that is not per hour or day
    r"|\s*per\s+(?!(?:day|hour|hr)\b)[a-z]",
    re.IGNORECASE,
)


#: "25 km a day": a daily rate, a speed over whole days (rests included).
_PER_DAY = re.compile(r"\s*(?:a|per|each|every)\s+day\b", re.IGNORECASE)
_DAILY = {"km": "km/d", "mi": "mi/d", "nmi": "nmi/d"}
#: The same rate with its conversion in brackets between: "17.5 miles (28 km) a day".
_CONVERTED_PER_DAY = re.compile(
    r"\s*\((?:about\s+|some\s+|around\s+|nearly\s+)?[\d.,]+\s*[A-Za-z]+(?:\s[A-Za-z]+)?\)"
    + _PER_DAY.pattern,
    re.IGNORECASE,
)
_SHUT_PER_DAY = re.compile(r"\s*\)" + _PER_DAY.pattern, re.IGNORECASE)


#: A runner's or walker's pace, time per unit of distance: "6 minutes per kilometre", "a
#: 4:30 pace per km", "5:10 min/km", "a pace of 4 minutes 50 seconds a mile".
_PACE = re.compile(
    r"(?<![\w:.,])(?P<m>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty)(?::(?P<s>[0-5]\d))?"
    r"(?:[\s-]*(?:minutes?|mins?)(?:[\s,]+(?:and\s+)?(?P<s2>[0-5]?\d)[\s-]*(?:seconds?|secs?))?)?"
    r"(?:[\s-]+pace)?\s*(?:per|a|/|each|every|for\s+each|for\s+every)\s*"
    r"(?P<u>kilometres?|kilometers?|km|miles?|mi)\b",
    re.IGNORECASE,
)
#: The unit words a pace ends with ("per km", "a mile", "/km"), found by plain string search
#: (a pattern scanned over the whole text costs as much as the rest of the quantities), and what
#: stands just before them in a pace: the pace pattern is tried only there.
_PACE_UNITS = ("km", "KM", "Km", "kilomet", "Kilomet", "mile", "Mile", "mi")
_PACE_UNIT = re.compile(r"(?:kilomet(?:re|er)s?|km|miles?|mi)\b", re.IGNORECASE)
_PACE_PER = re.compile(r"(?:\b(?:per|a|each|every)\s*|/\s*)$", re.IGNORECASE)


def _pace_ends(text: str) -> list[int]:
    """Where a unit word that may end a pace ends, in order."""
    ends = set()
    for tok in _PACE_UNITS:
        i = text.find(tok)
        while i >= 0:
            if (
                (i == 0 or not text[i - 1].isalnum())
                and (u := _PACE_UNIT.match(text, i))
                and _PACE_PER.search(text, max(0, i - 8), i)
            ):
                ends.add(u.end())
            i = text.find(tok, i + 1)
    return sorted(ends)


#: A story where a pace is a pace: it names a pace, a runner's or walker's going, or a race
#: ("the track took 6 minutes per kilometre to lay" is no one's speed).
_PACE_STORY = re.compile(
    r"\b(?:pace|paces|paced|ran|run|runs|running|runners?|marathons?|ultramarathons?|jog\w*|"
    r"walk\w*|hik\w+|trek\w*|race|races|raced|racing)\b",
    re.IGNORECASE,
)
#: The distance unit of a pace -> the speed unit it is turned into.
_PACE_SPEED = {"k": "km/h", "m": "mph"}


def _paces(text: str) -> list[Quantity]:
    """Paces as speeds: "6 minutes per kilometre" is 10 km/h (60 / 6), the interval the pace
    allows as written turned over (5.5-6.5 minutes: 9.2-10.9 km/h). A bare number needs
    "minutes" or a clock-like "4:30" ("6 per km" is no pace).

    >>> [(q.text, q.value, q.unit) for q in _paces("She ran at 6 minutes per kilometre.")]
    [('6 minutes per kilometre', 10.0, 'km/h')]
    >>> [(q.text, q.value) for q in _paces("a 4:30 pace per km")]
    [('4:30 pace per km', 13.333333333)]
    """
    out: list[Quantity] = []
    seen = -1
    story: bool | None = None  # whether the text is one where a pace is a pace, once asked
    for end in _pace_ends(text):
        m = next(_PACE.finditer(text, max(seen + 1, end - 80), end), None)
        if m is None or m.end() != end:
            continue
        seen = m.end()
        if story is None:
            story = _PACE_STORY.search(text) is not None
        if not story:
            return out
        body = m.group(0).casefold()
        if m["s"] is None and "min" not in body:
            continue
        parsed = parse_number(m["m"])
        if parsed is None:
            continue
        minutes, is_word = parsed
        sec = m["s"] or m["s2"]
        if sec is not None:
            minutes += int(sec) / 60
            half = 0.5 / 60  # to the second
        else:
            lo, _hi = figure_interval(m["m"], minutes, is_word)
            half = minutes - lo
        if minutes - half <= 0:
            continue
        unit = _PACE_SPEED[m["u"][0].casefold()]
        figure = (round(60 / (minutes + half), 9), round(60 / (minutes - half), 9))
        out.append(
            Quantity(
                m.start(),
                m.end(),
                m.group(0),
                round(60 / minutes, 9),
                unit,
                0.0,
                0.0,
                is_word=is_word,
                figure=figure,
            )
        )
    return out


def is_pace(q: Quantity) -> bool:
    """Whether a speed was written as a pace ("6 minutes per kilometre", "a 4:30 pace per km").

    >>> [is_pace(q) for q in find_quantities("She ran at a 4:30 pace per km, about 13 km/h.")]
    [True, False]
    """
    return q.kind == "speed" and _PACE.fullmatch(q.text) is not None


def _raw_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    low = text.lower()  # an address holds "http" or "www." in any case, else none is sought
    url = "http" in low or "www." in low
    urls = [(u.start(), u.end()) for u in _URL.finditer(text)] if url else []
    consumed = 0
    for m in _qty_matches(text, low):
        if m.start() < consumed:
            continue  # the "a day" of "25 km a day"
        if urls and any(a <= m.start() < b for a, b in urls):
            continue  # "https://example.com/5km-route" is an address, not a distance
        if _NOT_TRAVEL_UNIT_AFTER.match(text, m.end()):
            continue  # ("6 minutes per kilometre" is a pace: see ``_paces``)
        form = next(g for g in ("num", "tnum", "snum") if m.group(g) is not None)
        num, num_start = m.group(form), m.start(form)
        unit_text = m.group({"num": "unit", "tnum": "tunit", "snum": "sunit"}[form])
        key = re.sub(r"[\s-]+", " ", unit_text.casefold())
        unit = _UNIT_WORDS.get(key) or _TIGHT_UNITS.get(key)
        parsed = parse_number(num)
        if unit is None or parsed is None:
            continue
        if unit == "m" and (
            _MONEY_BEFORE.search(text, max(0, num_start - 5), num_start)
            or _COUNTED_AFTER.match(text, m.end())
        ):
            continue  # "$13.6m", "1.2m tons": million, not metres
        if unit in ("yr", "mo") and _AGE_AFTER.match(text, m.end()):
            continue  # "a 39-year-old": an age
        if unit == "d" and _DAY_PEOPLE_AFTER.match(text, m.end()):
            continue  # "500,000 day visitors": a count of people, no duration
        value, is_word = parsed
        art = re.match(r"(?i)(an?)[\s-]+(?!(?:hundred|thousand|half|dozen)\b)", num)
        if art and parse_number(num[art.end() :]):
            # "a nine-hour flight": the article is not part of the figure
            num_start += art.end()
            num = num[art.end() :]
            value, is_word = parse_number(num)
        if num_start > 0 and (text[num_start - 1].isalnum() or text[num_start - 1] in ".,"):
            continue  # inside a longer token ("A380m", "1.2.3km")
        if _CODE_BEFORE.search(text, max(0, num_start - 12), num_start):
            continue  # a code or a model ("SCP-173 m", "Tu-154 m"), not a figure
        if is_word and num.strip().casefold() in ("a", "an"):
            lead = text[max(0, num_start - 24) : num_start]
            if (
                unit not in ("h", "d", "wk", "min", "fortnight", "mo", "yr")
                or _NOT_ARTICLE_BEFORE.search(lead[-12:])
                or not (
                    _ARTICLE_DURATION_LEAD.search(lead)
                    or _ARTICLE_DURATION_AFTER.match(text, m.end())
                )
            ):
                continue
        rng = (
            _RANGE_BEFORE.search(text, max(0, num_start - 40), num_start)
            if _may_close_range(text, num_start)
            else None
        )
        if (
            rng
            and parse_number(rng["a"])
            and not _YEARISH.fullmatch(rng["a"])
            and not _compound_word(text[rng.start("a") : m.end()])
            and not _listed_and(text, rng, num_start)
        ):
            # "between 40 and 60 mph", "200-300 km", "3 to 4 days": one quantity, a range
            num_start = rng.start("a")
        end = m.end()
        half = _AND_A_HALF.match(text, end)
        if half:  # "a day and a half", "three hours and a half": precise to the half
            value, is_word, end = value + 0.5, True, half.end()
        daily = _PER_DAY.match(text, end) if unit in _DAILY else None
        if daily:
            unit, end = _DAILY[unit], daily.end()
            consumed = end
        elif unit in _DAILY and _CONVERTED_PER_DAY.match(text, end):
            unit = _DAILY[unit]  # "17.5 miles (28 km) a day": the rate follows the conversion
        elif unit in _DAILY and (shut := _SHUT_PER_DAY.match(text, end)):
            unit, consumed = _DAILY[unit], shut.end()  # the conversion's own "(28 km) a day"
        out.append(
            Quantity(
                num_start,
                end,
                text[num_start:end],
                value,
                unit,
                0.0,
                0.0,
                is_word=is_word,
            )
        )
    paces = _paces(text)
    if paces:  # "6 minutes per kilometre" is one speed, not a duration and a distance
        out = [q for q in out if not any(p.start < q.end and q.start < p.end for p in paces)]
        out = sorted([*out, *paces], key=lambda q: q.start)
    out = _with_quarters(text, out) if "quarter" in text else out
    if "Mile" in text:  # "Ninety Mile Beach", "the Seven Mile Bridge": names, not lengths
        out = [q for q in out if not _NAMED_BY_LENGTH.fullmatch(text[q.start : q.end + 40])]
    return _join_ranges(text, _join_compound_durations(text, _with_inches(text, out)))


#: A length written in capitals before another capitalised word: a place's name ("Ninety Mile
#: Beach", "Seven Mile Bridge", "the 17 Mile Drive"), no figure of the text's.
_NAMED_BY_LENGTH = re.compile(
    r"(?:(?-i:[A-Z])[a-z]+|\d+)[\s-]+(?-i:Miles?)[\s-]+(?-i:[A-Z])[a-z]+\b.*", re.DOTALL
)


#: "252 miles to 287 miles", "between 40 mph and 60 mph": two figures of one unit, one range
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|or)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _join_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        lead = text[max(0, a.start - 30) : a.start]
        gap = text[a.end : b.start] if b is not None else ""
        if (
            b is not None
            and a.unit == b.unit
            and a.value < b.value
            and not _FROM_BEFORE.search(lead)  # "from 10 hours to 8 hours" is a change
            and (
                _RANGE_GAP.fullmatch(gap)
                or (re.fullmatch(r"\s*and\s*", gap) and _BETWEEN.search(lead))
            )
        ):
            low, high = _figure(a)[0], _figure(b)[1]
            out.append(
                Quantity(
                    a.start,
                    b.end,
                    text[a.start : b.end],
                    round((a.value + b.value) / 2, 9),
                    a.unit,
                    max(0.0, low),
                    high,
                    "range",
                    is_word=a.is_word,
                    ends=(a.value, b.value),
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out


#: Quarters of a unit: "a quarter of an hour", "three and a quarter hours", "an hour and a
#: quarter" (the unit's words, singular or plural, and the unit)
_QUARTER_UNITS = {"hour": "h", "day": "d", "week": "wk", "mile": "mi", "kilometre": "km"}
_QUARTER_UNIT = r"(?P<u>hour|day|week|mile|kilometre)s?"
_QUARTER_OF = re.compile(
    r"\b(?P<n>a|one|three)[\s-]+quarters?[\s-]+of[\s-]+an?[\s-]+" + _QUARTER_UNIT + r"\b",
    re.IGNORECASE,
)
_AND_QUARTER_BEFORE = re.compile(
    r"\b(?P<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+and"
    r"[\s-]+(?P<n>a)[\s-]+quarter[\s-]+" + _QUARTER_UNIT + r"\b",
    re.IGNORECASE,
)
_AND_QUARTER_AFTER = re.compile(r"[\s-]+and[\s-]+(?P<n>a|three)[\s-]+quarters?\b", re.IGNORECASE)


def _with_quarters(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Quarters read whole: "a quarter of an hour" is 0.25 h (not "an hour"), "three and a
    quarter hours" 3.25 h, "an hour and a quarter" 1.25 h."""
    made = []
    for rx in (_QUARTER_OF, _AND_QUARTER_BEFORE):
        for m in rx.finditer(text):
            part = 0.75 if m["n"].casefold() == "three" else 0.25
            whole = parse_number(m["num"].casefold())[0] if "num" in m.groupdict() else 0.0
            unit = _QUARTER_UNITS[m["u"].casefold()]
            made.append(
                Quantity(m.start(), m.end(), m.group(), whole + part, unit, 0.0, 0.0, is_word=True)
            )
    out = [q for q in qs if not any(n.start < q.end and q.start < n.end for n in made)]
    for k, q in enumerate(out):
        after = (
            _AND_QUARTER_AFTER.match(text, q.end)
            if q.unit in ("h", "d", "wk", "mi", "km")
            else None
        )
        if after and not any(n.start < after.end() and q.start < n.end for n in made):
            part = 0.75 if after["n"].casefold() == "three" else 0.25
            out[k] = Quantity(
                q.start,
                after.end(),
                text[q.start : after.end()],
                q.value + part,
                q.unit,
                0.0,
                0.0,
                is_word=True,
            )
    return sorted(out + made, key=lambda q: q.start)


#: "12 ft 2 in", "5 feet 4 inches": the inches of a height in feet
_INCHES_AFTER = re.compile(r"\s*(?P<n>\d{1,2})\s*(?:in\b\.?|\")")


def _with_inches(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for k, q in enumerate(qs):
        out.append(q)
        m = _INCHES_AFTER.match(text, q.end) if q.unit == "ft" else None
        if m and not (k + 1 < len(qs) and qs[k + 1].start < m.end()):
            n = m.start("n")
            out.append(Quantity(n, m.end(), text[n : m.end()], float(m["n"]), "in", 0.0, 0.0))
    return out


def _join_compound_durations(text: str, qs: list[Quantity]) -> list[Quantity]:
    """ "2 hours 16 minutes", "a day and a half" style pairs become one duration in hours;
    "4 miles 374 yards", "6 feet 2 inches" one length in the unit of its first part."""
    from georoute.text.units import convert

    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q, j = qs[i], i
        kind = q.kind
        into = "h" if kind == "duration" else q.unit
        total = convert(q.value, q.unit, into) if kind in ("duration", "distance") else 0.0
        # "2 hours 1 minute 9 seconds": each part a smaller unit than the one before
        while (
            j + 1 < len(qs)
            and kind == qs[j + 1].kind
            and kind in ("duration", "distance")
            # "13-hour-15-minute": a hyphenated compound is one duration too (a length's parts
            # stand side by side: "4 miles 374 yards", "4 miles and 374 yards")
            and re.fullmatch(
                r"\s*(?:,|and|-)?\s*" if kind == "duration" else r"\s*(?:and)?\s*",
                text[qs[j].end : qs[j + 1].start],
            )
            and convert(1, qs[j + 1].unit, "h" if kind == "duration" else "km")
            < convert(1, qs[j].unit, "h" if kind == "duration" else "km")
            # a list of figures is no compound: "11 hours, 90 minutes" (each part under one of
            # the unit before it); years and months stay apart (they are spans, not hours)
            and convert(qs[j + 1].value, qs[j + 1].unit, qs[j].unit) < 1
            and qs[j].unit not in ("yr", "mo")
            and qs[j + 1].ends is None
            and qs[j].ends is None
        ):
            j += 1
            total += convert(qs[j].value, qs[j].unit, into)
        if (
            j > i
            and kind == "distance"
            and not _converted_whole(text, qs, j, total, into)
            and not (i and _converted_whole(text, qs, i - 1, total, into, before=True))
        ):
            j = i  # parts a source keeps apart ("12 ft 2 in"), unless a conversion joins them
        if j == i:
            out.append(q)
        else:
            out.append(
                Quantity(
                    q.start, qs[j].end, text[q.start : qs[j].end], total, into, 0, 0, q.is_word
                )
            )
        i = j + 1
    return out


def _converted_whole(
    text: str, qs: list[Quantity], j: int, total: float, unit: str, before: bool = False
) -> bool:
    """Whether the figure in brackets after the parts ending at ``qs[j]`` converts their sum,
    within 1 %: "4 miles 374 yards (6,779 metres)" is one length, its conversion says so; with
    ``before``, whether ``qs[j]`` is a figure the parts convert in brackets ("762mm (2ft 6in)")."""
    from georoute.text.units import convert

    k = j if before else j + 1
    if j + 1 >= len(qs) or qs[k].kind != "distance":
        return False
    if not re.fullmatch(_INTO_BRACKETS, text[qs[j].end : qs[j + 1].start]):
        return False
    return abs(convert(qs[k].value, qs[k].unit, unit) - total) <= 0.01 * total


#: What opens a conversion in brackets: "(", "(about".
_INTO_BRACKETS = re.compile(r"\s*\(\s*(?:about|some|roughly|around|nearly)?\s*")


#: A clock time written the military way, "at 0600 hours", "by 2215 hrs": a time, no duration.
_MILITARY_HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s*(?:hours|hrs|hr|h)\.?", re.IGNORECASE)
_AT_CLOCK = re.compile(r"\b(?:at|by|until|till|from)\s+$", re.IGNORECASE)


#: Between a figure and the same figure in another unit written as an appositive.
_APPOSITIVE_CONVERSION = re.compile(
    r",\s*(?:or\s+)?(?:about|around|some|roughly|nearly|almost|approximately|or)\s+"
)
#: What closes such an appositive: a comma, the end of the clause or sentence.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def find_quantities(text: str) -> list[Quantity]:
    """Every travel quantity in ``text``, with hedges, intervals and conversions linked.

    >>> [q.text for q in find_quantities("It sailed at 0600 hours and arrived 14 hours later.")]
    ['14 hours']
    """
    text = text[:MAX_TEXT]
    return _find_quantities(text)


#: Between a hyphenated figure and its conversion in brackets after the noun it qualifies:
#: "320-km ride (199 miles)", "a 45-mile crossing (72 km)".
_NOUN_THEN_CONVERSION = re.compile(
    r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*\(\s*(?:about\s+|around\s+|some\s+|roughly\s+"
    r"|nearly\s+|almost\s+|approximately\s+)?"
)


def _find_quantities(text: str) -> list[Quantity]:
    raw = _raw_quantities(text)
    out: list[Quantity] = []
    for q in raw:
        if (
            q.unit == "h"
            and _MILITARY_HOURS.fullmatch(q.text)
            and (q.text[0] == "0" or _AT_CLOCK.search(text, max(0, q.start - 8), q.start))
        ):
            continue  # "at 0600 hours" is a clock time (georoute.text.timeexpr)
        hedge, hstart = _hedge_before(text, q.start)
        if hedge is None:
            hedge = _hedge_after(text, q.end)
        same_as = None
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind
            and re.fullmatch(
                r"\s*\(\s*(?:or\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+"
                r"|approximately\s+|just\s+(?:under|over)\s+|more\s+than\s+|over\s+)?",
                text[prev.end : q.start],
            )
        ):
            # "1,180km (733 miles)": one quantity written twice; the first one's hedge applies
            after = text[q.end : q.end + 3]
            if after.lstrip().startswith(")"):
                same_as = len(out) - 1
                hedge, hstart = prev.hedge, prev.hedge_start
        elif (
            prev is not None
            and prev.kind == q.kind
            and prev.unit != q.unit
            and "-" in prev.text
            and _NOUN_THEN_CONVERSION.fullmatch(text, prev.end, q.start)
            and text[q.end : q.end + 3].lstrip().startswith(")")
        ):
            # "the 320-km ride (199 miles)": the adjective's figure in another unit, after its
            # noun
            same_as = len(out) - 1
            hedge, hstart = prev.hedge, prev.hedge_start
        elif (
            prev is not None
            and prev.kind == q.kind
            and q.kind in ("distance", "speed")
            and prev.unit != q.unit
            and _APPOSITIVE_CONVERSION.fullmatch(text, prev.end, q.start)
            and _CLAUSE_END.match(text, q.end)
        ):
            # "covered some 1,400 kilometres, about 870 miles, between ...": the same figure
            # in another unit, between commas
            same_as = len(out) - 1
            hedge, hstart = prev.hedge, prev.hedge_start
        if hedge is None and re.search(r"\d[\s-]+odd\b", q.text):
            hedge = "odd"  # "4,000-odd miles": a round figure and then some
        approx = hedge is not None and HEDGES.get(hedge.casefold(), None) is not None
        approx = approx and HEDGES[hedge.casefold()].kind == "approx"
        if q.figure is not None:  # a pace read as a speed: its interval is set already
            if hedge is not None and not approx:
                continue  # "under 6 minutes per km" bounds the speed from the other side
            low, high = hedge_interval(q.value, q.figure, hedge)
            out.append(dataclasses.replace(q, low=low, high=high, hedge=hedge, hedge_start=hstart))
            continue
        if q.ends is not None and same_as is None:
            # "252 miles to 287 miles"; "about 250 to 290 miles" widens both ends
            low, high = q.low, q.high
            if approx:
                low, high = min(low, q.ends[0] * 0.9), max(high, q.ends[1] * 1.1)
            out.append(
                dataclasses.replace(
                    q, low=low, high=high, hedge_start=hstart, figure=(q.low, q.high)
                )
            )
            continue
        rng = _RANGE_TEXT.match(q.text)
        if rng and _compound_word(q.text):
            rng = None  # "thirty-five km" is one number
        if rng and (
            (same_as is None and (hedge is None or approx))
            or (same_as is not None and hedge == "range")  # "200-300 km (124-186 miles)"
        ):
            a = parse_number(rng["a"])
            if a is not None and a[0] <= q.value:
                # both ends are stated, so every digit counts: "200-300 km" is 199.5-300.5 km
                b_num = re.match(_DIGITS, rng["b"])
                low = max(0.0, a[0] - _half_unit(rng["a"], a[1]))
                high = q.value + _half_unit(b_num.group(0) if b_num else "", b_num is None)
                figure = (low, high)
                if approx:  # "~25-40 min": a hedged range, 10 % beyond either end
                    low, high = min(low, round(a[0] * 0.9, 9)), max(high, round(q.value * 1.1, 9))
                value = round((a[0] + q.value) / 2, 9)
                out.append(
                    Quantity(
                        q.start,
                        q.end,
                        q.text,
                        value,
                        q.unit,
                        low,
                        high,
                        "range",
                        hstart,
                        same_as,
                        q.is_word,
                        (a[0], q.value),
                        figure,
                    )
                )
                continue
        fig = _figure(q)
        low, high = hedge_interval(q.value, fig, hedge)
        out.append(
            Quantity(
                q.start,
                q.end,
                q.text,
                q.value,
                q.unit,
                low,
                high,
                hedge,
                hstart,
                same_as,
                q.is_word,
                figure=fig,
            )
        )
    return out


def _compound_word(text: str) -> bool:
    """Whether ``text`` opens with a tens word hyphened to a units word: "thirty-five", one number.

    >>> _compound_word("thirty-five km"), _compound_word("ten to twelve hours")
    (True, False)
    """
    m = re.match(r"([a-z]+)-([a-z]+)", text.casefold())
    return bool(m and m.group(1) in _TENS and m.group(2) in _ONES and _ONES[m.group(2)] < 10)


def _half_unit(num_text: str, is_word: bool) -> float:
    """Half a unit of the last digit written, every digit significant (a word: half a unit)."""
    return 0.5 if is_word else 0.5 * 10.0 ** -decimals(num_text)


_SMALLEST_PART = (
    ("second", 0.5 / 3600),
    ("sec", 0.5 / 3600),
    ("minute", 0.5 / 60),
    ("min", 0.5 / 60),
)


#: The last part of a compound length ("4 miles 374 yards"), whose unit sets its precision.
_LAST_LENGTH_PART = re.compile(
    r"^[\d.,]+\s*[a-z]+\.?\s+(?:and\s+)?[\d.,]+\s*(?P<unit>yards?|yds?|yd|feet|foot|ft|"
    r"inch(?:es)?|in|metres?|meters?|m)\.?$",
    re.IGNORECASE,
)
_LENGTH_PART_UNIT = {"y": "yd", "f": "ft", "i": "in", "m": "m"}


#: Units of time a single one of which ("a week", "one month") is read to a quarter of it.
_LONG_UNITS = frozenset({"wk", "fortnight", "mo", "yr"})


def _figure(q: Quantity) -> tuple[float, float]:
    last = _LAST_LENGTH_PART.search(q.text) if q.kind == "distance" else None
    if last:
        # a compound length is as precise as its last part ("4 miles 374 yards": half a yard)
        from georoute.text.units import convert

        half = convert(0.5, _LENGTH_PART_UNIT[last["unit"][0].casefold()], q.unit)
        return (q.value - half, q.value + half)
    if q.unit == "h" and len(re.findall(r"\d+|\b[a-z]+\b", q.text)) >= 4:
        # a compound duration is as precise as its last part ("2 hours 16 minutes": half a minute)
        words = q.text.casefold()
        half = next((h for w, h in _SMALLEST_PART if w in words), None)
        if half is not None:
            return (q.value - half, q.value + half)
    frac = re.match(r"(?:\d{1,3}[\s-]+)?[1-7]/([2348])|\d{0,3}[½¼¾⅓⅔]", q.text)
    if frac:  # "10 1/2 miles": to the nearest half; "1/4 mile": the nearest quarter
        half = 0.5 / int(frac[1]) if frac[1] else 0.125
        return (q.value - half, q.value + half)
    if q.is_word and q.value == 1 and q.unit in _LONG_UNITS:
        # "a week later", "a month": a quarter of the unit either side (five to nine days),
        # not half of it (a week is not written for three and a half days or ten and a half)
        return (0.75, 1.25)
    num = re.match(rf"{_DIGITS}", q.text)
    scale = re.match(rf"{_DIGITS}[\s-]*(million|billion|trillion|bn|mn)\b", q.text, re.IGNORECASE)
    if num and scale:  # "1.8 billion miles": the precision of 1.8, in billions
        f = _DIGIT_SCALES[scale[1].casefold()]
        lo, hi = figure_interval(num.group(0), q.value / f)
        return (lo * f, hi * f)
    return figure_interval(num.group(0) if num else q.text, q.value, q.is_word)
