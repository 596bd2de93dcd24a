"""From article text to typed, located claims: quantities with their legs, separations and
directions, headings, times, places and the document's trip context.

Each stage is a function of the document read once (``read``: its annotated text, place
mentions, quantities) and of what earlier stages returned; ``extract_document`` only
orchestrates them. The leg stage lives in ``georoute.extraction.legs``, the time stage in
``georoute.extraction.times``.

``extract`` is pure and deterministic: the same document gives the same claims, and every
claim's ``text`` equals the document text at ``[start:end]``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from georoute.base.claims import (
    Claim,
    DirectionClaim,
    DocumentClaims,
    Kind,
    PlaceClaim,
    QuantityClaim,
    Relation,
    TripContext,
)
from georoute.base.coverage import fired
from georoute.base.documents import DATELINE_CREDIT, Document, parse_dateline
from georoute.base.folding import folds_plainly
from georoute.base.lazy import cached_property
from georoute.base.modes import narrowing_submodes
from georoute.base.places import Place
from georoute.extraction.endpoints import (
    AGENCY_CREDIT,
    KIND_OF,
    RELATIVE_CLAUSE,
    leg_endpoints,
    locator,
    names_facility_in,
    place_relation,
    subject_before,
    unplaced_name_in,
)
from georoute.extraction.legs import legs_of, road_as_way
from georoute.extraction.times import departs_or_arrives, time_claims
from georoute.geo.gazetteer import Gazetteer, default_gazetteer
from georoute.geo.mentions import Mention, find_mentions, find_unplaced, is_adjective, name_runs
from georoute.geo.readings import facility_name_only, hometown, is_withdrawn, names_landmark
from georoute.geo.resolution import Resolution
from georoute.geo.unplaced import Unplaced
from georoute.text.document import (
    MODE_PAIRS,
    MODE_WORDS,
    ArticleText,
    Gated,
    annotate,
    finditer_at,
    lower_twin,
    word_starts,
)
from georoute.text.qualifiers import NOT_TRAVEL, in_quote, not_travel
from georoute.text.quantities import MAX_TEXT, Quantity, find_quantities
from georoute.text.textnorm import blank_escapes, normalize_name
from georoute.text.timeexpr import CALENDAR_WORDS, ZONES

__all__ = ["MODE_WORDS", "extract", "extract_document"]

_COMPASS = {
    "north": "N",
    "northeast": "NE",
    "north-east": "NE",
    "east": "E",
    "southeast": "SE",
    "south-east": "SE",
    "south": "S",
    "southwest": "SW",
    "south-west": "SW",
    "west": "W",
    "northwest": "NW",
    "north-west": "NW",
}
for _a, _b in (("north", "east"), ("south", "east"), ("south", "west"), ("north", "west")):
    for _lead, _code in ((_a, _a[0] + _a[0] + _b[0]), (_b, _b[0] + _a[0] + _b[0])):
        # "north-north-east" (NNE), "east-north-east" (ENE), with or without hyphens
        for _sep in ("-", " "):
            _COMPASS[f"{_lead}{_sep}{_a}{_b}"] = _code.upper()
            _COMPASS[f"{_lead}{_sep}{_a}-{_b}"] = _code.upper()
_COMPASS_RE = "|".join(sorted(_COMPASS, key=len, reverse=True))
#: Words before a compass word that keep its sector ("due south", "almost due north").
_DUE = r"(?:(?:almost|nearly|roughly|more\s+or\s+less)\s+)?(?:due\s+)?"
#: Words before a city that stand for its point ("south of central London").
_CENTRE = (
    r"(?:(?:central|downtown|inner|greater|metropolitan)\s+"
    # "north of the start at Saint-Pierre": a race's start or finish stands for its town
    r"|(?:start|finish|starting\s+point|start\s+line|finish\s+line|finishing\s+line)\s+"
    r"(?:at|in)\s+)?"
)
_DIRECTION_OF = re.compile(
    rf"^\s*(?:\)\s*)?{_DUE}(?P<dir>{_COMPASS_RE})(?:erly)?\s+of\s+"
    # "due south of central London": the city's point stands for its centre; "southeast of the
    # Magallanes regional capital": the name after "the"
    rf"(?:the\s+)?{_CENTRE}$",
    re.IGNORECASE,
)
#: A name that only describes the settlement after it: "the Normandy port", "the Breton
#: fishing town" (a region, or any name right after "the").
_REGION_DESCRIBES = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|port|village|resort|settlement|hamlet|"
    r"capital|harbou?r|seaport|island)\b"
)
#: A position's subject described, not named: "the village lies some 145 km east of".
_DESCRIBED_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:city|town|port|village|resort|settlement|hamlet|"
    r"island|capital)\s+(?:lies|lay|sits|sat|stands|is|was)\b[^.;!?]*$"
)
#: "<distance> north of the coastal city": a place the story named, described in words (a
#: lower-case descriptor ending in a settlement noun; "the Magallanes regional capital" names it)
_DIRECTION_OF_DESCRIBED = re.compile(
    rf"\s*(?:\)\s*)?(?i:(?P<dir>{_COMPASS_RE}))(?:erly)?\s+of\s+[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}"
    r"(?P<noun>city|town|port|village|resort|settlement|capital)\b(?!\s+of\b|['’])"
)
_TO_THE = re.compile(
    rf"\s*(?:\)\s*)?(?:away\s+)?to\s+(?:the\s+|its\s+){_DUE}(?P<dir>{_COMPASS_RE})\b",
    re.IGNORECASE,
)
#: A travelled distance right before "to the <compass word>": the way a leg went, not where a
#: place lies ("after a flight ... covering some 1,550 km to the southwest", "a 380-km flight
#: to the northwest").
_TRAVELLED_LEAD = re.compile(
    r"(?:\b(?:cover(?:ed|ing|s)?|fl(?:ew|ying|own|ies)|sail(?:ed|ing|s)?|steam(?:ed|ing)|"
    r"travell?(?:ed|ing)|dr(?:o|i)ve|driv(?:en|ing)|walk(?:ed|ing)|r(?:o|i)de|riding|"
    r"cycl(?:ed|ing)|paddl(?:ed|ing)|row(?:ed|ing)|hik(?:ed|ing)|trekk(?:ed|ing)|"
    r"a\s+(?:flight|voyage|journey|trip|drive|ride|crossing|passage|hop|trek)\s+of)\s+"
    r"(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|just\s+(?:under|over))\s+)?"
    r"[\d][\d,.]*\s*(?:km|kilomet(?:re|er)s|miles|nautical\s+miles|nm)\b"
    r"|\b[\d][\d,.]*[- ]?(?:km|kilomet(?:re|er)|mile|nautical-mile)[- ](?:flight|voyage|"
    r"journey|trip|drive|ride|crossing|passage|hop|trek|walk|run|sail|leg))"
    r"(?:\s*\([^()]{1,30}\))?\s+(?:away\s+)?$",
    re.IGNORECASE,
)
#: "to the <compass word>", or the compass word alone, after a travelled distance
#: (``_TRAVELLED_LEAD``, read before it): "covering about 260km north across the strait".
_TO_THE_POINT = re.compile(
    rf"\b(?:to\s+the\s+)?{_DUE}(?P<dir>{_COMPASS_RE})\b"
    r"(?![-’']|\s+of\b|\s+(?:coast|side|wind|shore|bank|end|part)s?\b)",
    re.IGNORECASE,
)
#: How far before "to the" a travelled distance's words may start (characters).
_TRAVELLED_SPAN = 120


def _travelled_to_the(text: str, lo: int, hi: int) -> list[tuple[re.Match, re.Match]]:
    """The "to the <compass word>" (or the compass word alone) in ``text[lo:hi]`` that follow
    a travelled distance (``_TRAVELLED_LEAD``) in the same sentence part, each with that
    distance's words: "covering some 1,550 km to the southwest", "a 380-km flight to the
    northwest", "covering about 260km north"."""
    out = []
    for m in _TO_THE_POINT.finditer(text, lo, hi):
        lead = _TRAVELLED_LEAD.search(text, max(lo, m.start() - _TRAVELLED_SPAN), m.start())
        if lead is not None:
            out.append((m, lead))
    return out


#: What makes a course told with "to the <compass word>" one of several turns, or the way out
#: of a trip that went on elsewhere: its end is then not the sentence's destination.
_COURSE_GOES_ON = re.compile(
    r"\b(?:before|then|turn(?:ed|ing|s)?|back|return(?:ed|ing)?|diverted|onward)\b", re.IGNORECASE
)
#: "<distance> north of <a name>": the name is the reference, placed or not
_DIRECTION_OF_UNKNOWN = re.compile(
    rf"\s*(?:\)\s*)?{_DUE}(?P<dir>{_COMPASS_RE})(?:erly)?\s+of\s+(?:the\s+)?"
    rf"{_CENTRE}(?P<ref>[A-Z][\w'’-]+)",
    re.IGNORECASE,
)
#: "..., about 1,140 km from the pole, aboard": a position given between commas, closed by a
#: comma or a full stop before any "to" (not "..., 90 km from Durban to Pietermaritzburg").
_APPOSITIVE_FROM = re.compile(
    r"\s*(?:\)\s*)?(?:away\s+)?from\s+(?:the\s+)?(?:(?!\b(?:to|and|into|towards)\b)[^,.;:()\n]){2,40}?"
    r"\s*(?:,|\.(?:\s|$))",
    re.IGNORECASE,
)
#: An optional hedge before a figure, as positions write it: "about", "some", "more than".
_HEDGE_OPT = (
    r"(?:(?:about|some|roughly|around|nearly|almost|just|only|more\s+than|over|less\s+than|"
    r"under)\s+)?"
)
#: A place described in an appositive before its position: ", the wine city about 180 km from".
_APPOSITIVE_NOUN = (
    r"(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|port|capital|village|resort|hub|island)"
    # "Wicklow, a harbour town of about 10,500 people some 45 km from Dublin"
    r"(?:\s+of\s+(?:(?:about|some|roughly|around|nearly|almost|over|more\s+than)\s+)?[\d,.]+"
    r"(?:\s+(?:million|thousand))?\s+(?:inhabitants|people|residents))?\s+)?"
)
_COMMA_BEFORE = re.compile(
    r",\s*" + _APPOSITIVE_NOUN + _HEDGE_OPT + r"$",
    re.IGNORECASE,
)
_APART = re.compile(r"\s*(?:\)\s*)?apart\b", re.IGNORECASE)
#: "Paris and Vienna are separated by roughly 1,030 km": read as "... are 1,030 km apart".
_SEPARATED_BY = Gated(
    re.compile(
        r"\bseparated\s+by\s+" + _HEDGE_OPT + r"$",
        re.IGNORECASE,
    ),
    ("separated",),
)
#: "Joliet, some 40 miles away": a position; not "Nagaoka, 63 km away by rail", the length of
#: the way there (a route, not a straight line).
_AWAY = re.compile(
    r"\s*(?:\)\s*)?(?:away|distant|off)\b(?!\s+(?:from|of)\b|\s+(?:by|via)\s+(?:the\s+)?"
    r"(?:road|roads|rail|railway|train|trains|sea|ferry|boat|bus|coach|car|river|land|highway|"
    r"motorway|track|trail)\b|\s+(?:on|along)\s+the\s+(?:road|highway|motorway|line|railway|"
    r"river|track|trail)\b)",
    re.IGNORECASE,
)
#: The way a separation is measured along, written after it in its clause ("Norseman, about
#: 725 km east of Perth by road"): the length of a road, a railway or a sea route, not a
#: straight line, though a compass word says which way the place lies.
_BY_WAY = re.compile(
    r"[^,;.!?\n]{0,50}?\b(?:(?:by|via)\s+(?:the\s+)?(?P<by>road|roads|highway|motorway|car|bus|"
    r"coach|rail|railway|train|sea|ferry|boat|river)|(?:on|along)\s+the\s+(?P<on>road|highway|"
    r"motorway|railway|line|river))\b",
    re.IGNORECASE,
)
_WAY_MODE = {
    **dict.fromkeys(("road", "roads", "highway", "motorway", "car", "bus", "coach"), "road"),
    **dict.fromkeys(("rail", "railway", "train", "line"), "train"),
    **dict.fromkeys(("sea", "ferry", "boat", "river"), "ship"),
}


def _way_of(text: str, end: int) -> str | None:
    """The mode of the way a separation ending at ``end`` is measured along, if its clause
    says ("... by road", "... along the railway"); None for a straight line."""
    m = _BY_WAY.match(text, end)
    return None if m is None else _WAY_MODE[(m["by"] or m["on"]).casefold()]


#: (not "in the south of Sao Paulo", "the far north of Norway": a part of the place, no position
#: beside it)
_DIRECTION_ONLY = Gated(
    re.compile(
        # ("in the south of France" is a part of it; "lies to the south of Nagpur" a position)
        rf"(?:(?<=\bto\sthe\s)|(?<!\bthe\s)(?<!\bthe\sfar\s)(?<!\bthe\sextreme\s))"
        rf"\b(?P<dir>{_COMPASS_RE})\s+of\s+$",
        re.IGNORECASE,
    ),
    ("of",),
)
#: ``_DIRECTION_ONLY`` for the lower-cased segment (``text.document.lower_twin``).
_DIRECTION_ONLY_LOW = lower_twin(_DIRECTION_ONLY.rx)
assert _DIRECTION_ONLY_LOW is not None
_RELATIVE_POSITION = re.compile(
    r"\b(?:is|are|was|lies|lie|lay|located|situated|sits|stands)\b(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
#: "from" and a capitalised name right after a position's figure: "lies 5,000 km from St. John's".
_FROM_UNKNOWN = re.compile(r"\s*(?:\)\s*)?(?:away\s+)?from\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*")
#: "<distance> from X to Y": a trip between two places ("was driven some 1,200 km from Hamburg
#: to Warsaw"), not where one lies.
_FROM_TO_AFTER = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
_HEADING_VERBS = ("headed", "heading", "head", "travelled", "traveled", "moving", "going", "went")
_HEADING = Gated(
    re.compile(
        rf"\b(?:{'|'.join(_HEADING_VERBS)})\s+(?P<dir>{_COMPASS_RE})(?:wards?|bound)?\b",
        re.IGNORECASE,
    ),
    ("head", "travel", "moving", "going", "went"),
)
# every match opens with one of the gate's words: the scan tries the pattern only there
assert all(v.startswith(_HEADING.words) for v in _HEADING_VERBS)
#: ``_HEADING`` for the lower-cased text (``text.document.lower_twin``): a case-insensitive
#: scan of the whole text is several times slower.
_HEADING_LOW = lower_twin(_HEADING.rx)
#: A recent year, 1950-2049 (``\b(19[5-9]\d|20[0-4]\d)\b``, its word boundary written as a
#: look-behind after the first digit: a pattern opening with a digit is scanned for it quickly).
_YEAR = Gated(re.compile(r"(1(?<!\w.)9[5-9]\d|2(?<!\w.)0[0-4]\d)\b"), ("19", "20"))
#: Words that make a destination speculative ("may", not the month "May 16"), or a plan's
#: ("plans to add a Lyon-Turin service next year").
_SPECULATIVE = Gated(
    re.compile(
        r"\b(?:might|(?-i:may)(?!\s+\d)|could|possibly|perhaps|likely|reportedly|speculat\w*|"
        r"expected|plans?\s+to|planning\s+to|intends?\s+to|in\s+talks"
        # a move still to come: "will spend five days in Brooklyn before heading to Santos"
        r"|will\s+(?:now\s+|then\s+|next\s+|later\s+)?(?:spend|head|sail|continue|go|travel|fly"
        r"|leave|move|return|set\s+off|set\s+out|push\s+on|press\s+on|ride|drive|walk|cross))\b",
        re.IGNORECASE,
    ),
    (
        "might",
        "may",
        "could",
        "possibly",
        "perhaps",
        "likely",
        "reportedly",
        "speculat",
        "expected",
        "plan",
        "intend",
        "talks",
        "will",
    ),
)
#: An origin as wire copy writes a departure from a station or port.
#: "the mining town of Zouerat", "the Atlantic port of Nouadhibou": a place described first.
_DESCRIBED = (
    r"(?:(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}(?:town|city|port|village|capital|hub|"
    r"station|terminal|harbou?r|oasis|settlement)\s+of\s+)?"
)
#: The verbs of a vehicle moving slowly out of or into a place ("eased out of", "crept into").
_GLIDED = (
    r"(?:pull|steam|roll|sail|chug|tow)(?:ed|s|ing)?|eas(?:e[ds]?|ing)|slip(?:s|ped|ping)"
    r"|slid(?:es?|ing)?|glid(?:e[ds]?|ing)|creep(?:s|ing)?|crept|crawl(?:s|ed|ing)?"
    r"|inch(?:es|ed|ing)|edg(?:e[ds]?|ing)|nos(?:e[ds]?|ing)|rumbl(?:e[ds]?|ing)"
    r"|rattl(?:e[ds]?|ing)|clatter(?:s|ed|ing)?|lumber(?:s|ed|ing)?|coast(?:s|ed|ing)?"
    r"|drew|draw(?:s|ing)?|puff(?:s|ed|ing)?"
)
_PULLED_OUT = Gated(
    re.compile(
        r"\b(?:(?:" + _GLIDED + r")\s+out\s+of"
        r"|set(?:s|ting)?\s+(?:off|out|sail)\s+from)\s+(?:the\s+)?" + _DESCRIBED + "$",
        re.IGNORECASE,
    ),
    ("out", "set"),
)
#: A scheduled service named by its departure time, then "from": "The 9.05 am Italo from", "the
#: 6:45 p.m. Northeast Regional from" (the place after is where it starts).
_SCHEDULED_FROM = re.compile(
    r"\b(?:the|a)\s+\d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?|h|hrs))?\s+(?:[\w'’-]+\s+){0,3}?"
    r"from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far before a place ``_SCHEDULED_FROM`` looks (characters).
_SCHEDULED_WITHIN = 60
#: The first part of a hyphenated name that holds a city ("Shin-" of "Shin-Osaka").
_NAME_PREFIX = Gated(re.compile(r"\b[A-Z][\w'’]*-$"), ("-",))
#: A base or station named after its town: "took off from RAAF Base Darwin", "left Naval Air
#: Station Pensacola" (the words before the name are the town's).
_FACILITY_PREFIX = Gated(
    re.compile(
        r"\b(?:[A-Z]{2,5}\s+|(?:Naval|Army|Joint|Marine|Coast\s+Guard)\s+)?(?:Air\s+(?:Force\s+)?)?"
        r"(?:Base|Station|Field|Camp)\s+$"
    ),
    ("Base", "Station", "Field", "Camp"),
)
#: A destination as wire copy writes an arrival at a station or port.
_PULLED_IN = Gated(
    re.compile(
        r"\b(?:" + _GLIDED + r")\s+into\s+(?:the\s+)?" + _DESCRIBED + "$",
        re.IGNORECASE,
    ),
    ("into",),
)


@dataclass(frozen=True)
class _Read:
    """What every stage reads: the document, its annotated text (with place mentions), the
    quantities found in it, its traveller, its mode and the names it could not place."""

    document: Document
    ad: ArticleText
    quantities: tuple[Quantity, ...]
    doc_mode: str | None
    traveller: str | None
    unplaced: tuple[Unplaced, ...]

    @property
    def text(self) -> str:
        return self.ad.text

    @property
    def doc(self) -> str:
        return self.document.id

    def claim_id(self, n: int) -> str:
        """The id of the document's ``n``-th claim (from 1): ``<doc>:c<n>``."""
        return f"{self.doc}:c{n}"

    @cached_property
    def trip_years(self) -> frozenset[int]:
        """The years of the article's own trip (:func:`story_years`), read once for every
        stage that needs them."""
        return story_years(self)


@dataclass(frozen=True)
class _Separation:
    """A distance that separates two places (reference, subject), not a leg; with the compass
    word that says which way (``text[ds:de]``), when there is one."""

    places: tuple[int | None, int | None]
    covers_conversion: bool
    ds: int | None = None
    de: int | None = None


#: A losing candidate scored within this much of the winner (the gazetteer's score: about one
#: unit per factor of e in population, plus the context's bonuses) is a namesake the text
#: may mean as well: "Frankfurt" near Berlin read as Frankfurt (Oder), 12.4 against 12.1 for
#: Frankfurt am Main.
NAMESAKE_MARGIN = 1.0
#: ... and at least this share of the winner's population: a village that the context's
#: nearness scored close to a city of the name ("Denver", Iowa, beside Denver, Colorado, in a
#: story that names Chicago) is no reading a writer leaves unqualified (a town of unknown
#: population, GeoNames' 0, is not known to be small: it stays a reading).
NAMESAKE_POPULATION_SHARE = 0.1


def _namesakes(mentions: list[Mention]) -> dict[int, tuple[Place, ...]]:
    """Per place: the towns of the same name its resolution scored almost as high
    (``NAMESAKE_MARGIN``), which a check's verdict must not hinge on."""
    out: dict[int, tuple[Place, ...]] = {}
    for m in mentions:
        res = m.resolution
        if m.place is None or m.place.is_region or m.place.id in out or res.score is None:
            continue
        out[m.place.id] = tuple(
            c.place
            for c in res.alternatives
            if c.score >= res.score - NAMESAKE_MARGIN
            and (
                (c.place.population or 0) >= NAMESAKE_POPULATION_SHARE * (m.place.population or 0)
                # (a town whose population the index does not know is not known to be small)
                or not c.place.population
            )
            and not c.place.is_region
            and c.place.id != m.place.id
        )
    return {k: v for k, v in out.items() if v}


def _resolutions(mentions: list[Mention]) -> dict[int, dict]:
    """Per place: why it won and the five best candidates that lost."""
    out: dict[int, dict] = {}
    for m in mentions:
        if m.place and m.place.id not in out:
            out[m.place.id] = {
                "reason": m.resolution.reason,
                "alternatives": [
                    {
                        "id": c.place.id,
                        "name": c.place.name,
                        "country": c.place.country,
                        "lat": c.place.lat,
                        "lon": c.place.lon,
                        "source": c.place.source,
                        "score": c.score,
                    }
                    for c in m.resolution.alternatives[:5]
                ],
            }
    return out


#: A border post named after a place: the way passes it ("at the Vinh Xuong border post").
_BORDER_POST_AFTER = re.compile(
    r"\s+(?:border|frontier)\s+(?:post|crossing|checkpoint|point|station|gate)s?\b", re.IGNORECASE
)


def _trip_year(r: _Read) -> int | None:
    """The year of the article's trip: its dateline's, else the first the text names (an
    undated report gives its date in its first lines: "on Wednesday, March 5, 2024")."""
    if r.document.date:
        return r.document.date.year
    first_year = _YEAR.search(r.text)
    return int(first_year.group()) if first_year else None


def story_years(r: _Read) -> frozenset[int]:
    """The years of the article's own trip: its dateline's (:func:`_trip_year`); but a story
    whose body dates days only before the dateline's year, never writes that year and tells a
    departure or an arrival on its first such date tells a past trip (an anniversary piece: "DAKAR, Jan 14, 2024 - ... On Tuesday, December 26, 1978,
    182 vehicles set off from Paris"): the year of its first full date, and the next when that
    date falls in the second half of the year and the story dates a day of the next year (the
    trip ran past New Year)."""
    ty = _trip_year(r)
    date, text = r.document.date, r.text
    if date is None or ty is None:
        return frozenset() if ty is None else frozenset({ty})
    written = [m.start() for m in _YEAR4.finditer(text) if int(m.group()) == date.year]
    dateline = None  # where the dateline writes its year, if it does
    if written:
        lo, hi = text.rfind("\n", 0, written[0]) + 1, text.find("\n", written[0])
        if parse_dateline(text[lo : hi if hi >= 0 else None]) is not None:
            dateline = written[0]
    body = [(at, y) for at, y in _full_dates(text) if at != dateline]
    if not body or len(written) > (dateline is not None) or body[0][1] >= date.year:
        return frozenset({ty})
    at, first = body[0]
    a, z = r.ad.sentence_of(at)
    if not departs_or_arrives(text, r.ad._lower, a, z):
        return frozenset({ty})  # "The line opened on Oct. 1, 1964": no trip of that year
    years = {first}
    if _LATE_IN_YEAR.search(text, max(0, at - 30), at) and any(y == first + 1 for _, y in body):
        years.add(first + 1)
    return frozenset(years)


#: A month of the second half of the year, before a trip's first date: a trip that starts then
#: and whose story dates a day of the next year ran past New Year ("set out on Sunday, October
#: 18, 2009 ... returned on Saturday, May 15, 2010").
_LATE_IN_YEAR = re.compile(r"\b(?:Jul|Aug|Sep|Oct|Nov|Dec)")


@functools.lru_cache(maxsize=8)
def _full_dates(text: str) -> tuple[tuple[int, int], ...]:
    """Where the years of the full dates a text writes stand ("March 7, 2026", "7 March 1925"),
    with the years, in order: found from each four-digit year back (most texts hold few), not
    by trying every position."""
    return tuple(
        (m.start(), int(m.group()))
        for m in _YEAR4.finditer(text)
        if _DAY_BEFORE_YEAR.search(text, max(0, m.start() - 30), m.start())
    )


def _full_date_years(text: str) -> list[int]:
    """The years of the full dates a text writes, in order."""
    return [y for _, y in _full_dates(text)]


def _dated_apart(r: _Read, trip_year: int | None) -> bool:
    """Whether the story dates a day of its own trip's year ("on Saturday, March 7, 2026") and
    a day of another ("left Nenana on Tuesday, Jan. 27, 1925"): it tells two trips, and a
    sentence dated in the other year is about the other one. A story that dates days only in
    the past is about that past trip."""
    full_years = set(_full_date_years(r.text))
    return trip_year in full_years and len(full_years) > 1


def _sentence_years(text: str, a: int, z: int, dated_apart: bool) -> set[int]:
    """The years a sentence dates (:func:`_dating_years`), and, in a story dated apart
    (:func:`_dated_apart`), those of its full dates."""
    return {
        *_dating_years(text, a, z),
        *((int(y) for at, y in _full_dates(text) if a <= at < z) if dated_apart else ()),
    }


#: ``_SPECULATIVE`` read as two patterns, one of which matches where it does: its words but the
#: cased "may", for the lower-cased sentence (``text.document.lower_twin``: a case-insensitive
#: search tries each word at every character), and that "may", tried where it stands.
_SPECULATIVE_MAY = r"(?-i:may)(?!\s+\d)|"
assert _SPECULATIVE_MAY in _SPECULATIVE.rx.pattern
_SPECULATIVE_OTHER_LOW = lower_twin(
    re.compile(_SPECULATIVE.rx.pattern.replace(_SPECULATIVE_MAY, ""), _SPECULATIVE.rx.flags)
)
assert _SPECULATIVE_OTHER_LOW is not None
_MAY = re.compile(r"\bmay(?!\s+\d)\b")


def _speculates(sentence: str) -> bool:
    """Whether ``_SPECULATIVE`` matches in ``sentence``."""
    if not folds_plainly(sentence):
        return _SPECULATIVE.rx.search(sentence) is not None
    return _SPECULATIVE_OTHER_LOW.search(sentence.lower()) is not None or any(
        _MAY.match(sentence, k) for k in word_starts(sentence, ("may",))
    )


def _speculative(r: _Read, a: int, z: int) -> bool:
    """Whether the sentence ``[a, z)`` hedges what it says ("might", "plans to", "will head")."""
    return r.ad.may_match(_SPECULATIVE, a, z) and _speculates(r.text[a:z])


def place_claims(r: _Read, first: int) -> list[PlaceClaim]:
    """Every place mention, with origin or destination when the words say so."""
    text, ms, out = r.text, r.ad.mentions, []
    # per sentence, read once: the gates of the patterns searched before each name (a gate
    # shut in the sentence is shut in every window of it: most sentences shut them all); and,
    # only once a name of the sentence is an end (they matter to no other), its years and
    # whether it hedges (:func:`_sentence_years`, :func:`_speculative`)
    gates: dict[tuple[int, int], tuple[bool, bool, bool, bool]] = {}
    years_of: dict[tuple[int, int], set[int]] = {}
    speculative_of: dict[tuple[int, int], bool] = {}
    trip_years = r.trip_years
    dated_apart = _dated_apart(r, _trip_year(r))
    for k, m in enumerate(ms):
        if m.place is None:
            continue  # a name read as a place's only beside a word it lacks ("HUE" of a dateline)
        a, z = r.ad.sentence_of(m.start)
        if (a, z) not in gates:
            gates[a, z] = (
                _NAME_PREFIX.may_match(text, a, z),
                _FACILITY_PREFIX.may_match(text, a, z),
                r.ad.may_match(_PULLED_OUT, a, z),
                r.ad.may_match(_PULLED_IN, a, z),
            )
        prefixed, facility, pulled_out, pulled_in = gates[a, z]
        # a city inside a longer name ("arrived at Shin-Osaka"): the words before the name
        prefix = (prefixed and _NAME_PREFIX.search(text, max(a, m.start - 16), m.start)) or (
            facility and _FACILITY_PREFIX.search(text, max(a, m.start - 40), m.start)
        )
        at = prefix.start() if prefix else m.start
        lo = max(a, at - 60)
        part = (
            _PART_OF_PLACE.search(text, lo, at)
            if text[lo:at].rstrip().endswith(_PART_OF_PLACE_ENDS)
            else None
        )
        if part is not None and _starts_within(r.ad.mention_starts, part.start() + 1, at):
            part = None
        # "set off from Sukhbaatar Square in Ulaanbaatar", "left the start at Robie Park near
        # Truckee", "crossed the line at the fairgrounds in Auburn": the town of a square, a
        # building or a park the words leave from or arrive at
        relation = (
            place_relation(text[max(a, part.start() - 120) : part.start()] + " ") if part else None
        ) or place_relation(text[max(a, at - 120) : at])
        lead = max(a, at - 40)  # (searched as a slice: "$" ends the lead)
        if (
            relation is None
            and pulled_out
            and r.ad.may_match(_PULLED_OUT, lead, at)
            and _PULLED_OUT.rx.search(text[lead:at])
        ):
            relation = Relation.ORIGIN  # "the express pulled out of Mumbai Central at 5pm"
        elif (
            relation is None
            and pulled_in
            and r.ad.may_match(_PULLED_IN, lead, at)
            and _PULLED_IN.rx.search(text[lead:at])
        ):
            relation = Relation.DESTINATION  # "the convoy pulled into Port Sudan"
        if (
            relation is None
            and (text.endswith("from ", 0, at) or text.endswith("from the ", 0, at))
            and _SCHEDULED_FROM.search(text[max(a, at - _SCHEDULED_WITHIN) : at])
        ):
            relation = Relation.ORIGIN  # "The 9.05 am Italo from Roma Termini reached ..."
        if relation is None and m.text == "here" and _ARRIVED_HERE.search(text, lead, at):
            relation = Relation.DESTINATION  # "docked here on Monday": the dateline's town
        if (
            relation == Relation.DESTINATION
            and text.startswith(("'s ", "’s "), m.end)
            and _OF_BEFORE.search(text, max(a, at - 30), at)
        ):
            # "a relay meant to draw attention to the drying-up of southern Tunisia's springs":
            # a possessor after "of" is what the words after it belong to, not where one goes
            fired("endpoints:possessor_not_destination")
            relation = None
        if relation is None:
            relation = _course_end(text, ms, k)
        if (
            relation is None
            and out
            and out[-1].relation == Relation.ORIGIN
            and out[-1].end == ms[k - 1].end
            and _TO_AFTER_ORIGIN.fullmatch(text, ms[k - 1].end, at)
        ):
            fired("endpoints:from_origin_to")
            relation = Relation.DESTINATION  # "carry oasis water from Tozeur to Tunis"
        if k and locator(text, ms[k - 1], m):
            relation = None  # "left Tobruk in Libya": Libya only says where Tobruk is
        if relation is not None and k and _facility_of(text, ms[k - 1], m):
            relation = None  # "reached Sandakan's Batu 2.5 terminal": Sandakan is the end
        if relation is not None and k + 1 < len(ms) and names_facility_in(text, m, ms[k + 1]):
            relation = None  # "left Bear Cove terminal at Port Hardy": Port Hardy is the end
        if relation is not None and (
            names_landmark(text, m) or facility_name_only(text, m, r.ad.mentions)
        ):
            relation = None  # "set off from the Brandenburg Gate": a landmark, not the state
        if relation == Relation.ORIGIN and hometown(text, a, m):
            relation = None  # "sailed by a crew of nine from Spain and Chile": their home
        if relation is not None and _BORDER_POST_AFTER.match(text, m.end):
            relation = None  # "crossed into Cambodia at the Vinh Xuong border post": passed
        if relation is not None and (a, z) not in years_of:
            years_of[a, z] = _sentence_years(text, a, z, dated_apart)
        if relation is not None and (years := years_of[a, z]) and not years <= trip_years:
            # another trip, another year ("his 2018 trip to Beijing and a 2019 summit in
            # Hanoi"); a sentence that also names the trip's year keeps no ends either: the
            # other year may be another trip's (a model year, "the 1980 Kombi", is lost with it)
            relation = None
        if relation == Relation.DESTINATION and (a, z) not in speculative_of:
            speculative_of[a, z] = _speculative(r, a, z)
        out.append(
            PlaceClaim.made(
                r.claim_id(first + len(out)),
                r.doc,
                Kind.PLACE,
                m.text,
                m.start,
                m.end,
                name=m.place.name,
                places=(m.place.id,),
                relation=relation,
                speculative=relation == Relation.DESTINATION and speculative_of[a, z],
                mode=r.ad.mode_of_sentence(m.start),
            )
        )
    return _stops_on_the_way(text, out)


#: Between a stop and the arrival after it: "reached Samarkand at 9.36 am and arrived in
#: Bukhara", "called at Roseau ..., then docked in Fort-de-France".
_THEN_ARRIVED = re.compile(
    r"(?:[^.;!?]|\.(?=\S)|(?<=\b[ap]\.m)\.)*\b(?:and|then)\s+(?:then\s+)?(?:finally\s+)?(?:arriv(?:ed|es|ing)|reach(?:ed|es)|"
    r"pulled\s+into|docked|landed|rolled\s+into|got\s+to)\s+(?:in\s+|at\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

#: A character ``_THEN_ARRIVED`` never reads: a stop, a semicolon, "!" or "?" that ends a
#: clause (a full stop inside a word or a figure, or closing "a.m.", goes on). Found between
#: the two names (a scan that stops at the first), there is no match to try: the names lie in
#: two sentences, as they mostly do.
_STOP_BETWEEN = re.compile(r"[;!?]|\.(?!\S)(?<!\b[aApP]\.[mM]\.)")


def _stops_on_the_way(text: str, claims: list[PlaceClaim]) -> list[PlaceClaim]:
    """A destination followed in its sentence by another arrival ("reached A at 9.36 am and
    arrived in B at 11.22 am") is a stop on the way: B ends the trip, A does not."""
    out = list(claims)
    # the next destination of other places after each (found once, from the end backwards)
    after: dict[int, Claim | None] = {}
    later: Claim | None = None  # the destination after the one at hand
    further: Claim | None = None  # the next one of other places than ``later``'s
    for i in range(len(out) - 1, -1, -1):
        c = out[i]
        if c.relation != Relation.DESTINATION:
            continue
        if later is not None and later.places == c.places:
            after[i] = further
        else:
            after[i], further = later, later
        later = c
    for i, c in enumerate(out):
        if c.relation != Relation.DESTINATION:
            continue
        nxt = after[i]
        if (
            nxt is not None
            and _STOP_BETWEEN.search(text, c.end, nxt.start) is None
            and _THEN_ARRIVED.fullmatch(text, c.end, nxt.start)
        ):
            out[i] = dataclasses.replace(c, relation=None, speculative=False)
    return out


#: After a name: the facility it names ("Batu 2.5 terminal", "Central station").
_FACILITY_AFTER = re.compile(
    r"(?:\s+[\w.-]+){0,2}?\s+(?:terminal|terminus|station|airport|airfield|port|pier|jetty|"
    r"wharf|depot|interchange|stadium|square|park)\b",
    re.IGNORECASE,
)


def _facility_of(text: str, before: Mention, m: Mention) -> bool:
    """Whether mention ``m`` names a facility of the place named right before it, in the
    possessive ("Sandakan's Batu 2.5 terminal", "Tokyo's Haneda airport"): the trip's end is
    that place, not a namesake of the facility's name."""
    gap = text[before.end : m.start]
    return (
        before.place is not None
        and m.place is not None
        and gap in ("'s ", "’s ")
        and not m.place.is_region
        and m.place.country != before.place.country
        and _FACILITY_AFTER.match(text, m.end) is not None
    )


#: A course or a service named by its ends: "the Sydney to Hobart yacht race", "the
#: London-Brighton ride", "the Mumbai-Goa Vande Bharat Express".
_COURSE_TO = re.compile(r"\s*(?:to|-|–)\s*")
#: What ``_COURSE_TO`` matches between its white space.
_COURSE_JOINS = ("to", "-", "–")
_COURSE_AFTER = re.compile(
    r"(?:[\s-]+[\w-]+){0,2}?\s+(?:race|run|ride|rally|regatta|relay|marathon|ultramarathon|"
    r"walk|march|swim|crossing|challenge|sportive|classic|express|service|shuttle)s?\b",
    re.IGNORECASE,
)


#: The same course with its noun first: "the tall ships regatta from Cadiz to Funchal", "the
#: second leg of the race, from Cape Town to Fremantle".
_COURSE_BEFORE = re.compile(
    r"\b(?:race|run|ride|rally|regatta|relay|marathon|ultramarathon|walk|march|swim|crossing|"
    r"challenge|leg|stage|passage|voyage|trek|expedition|descent|migration)s?,?\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _starts_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of offsets holds one in ``[lo, hi)``."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _course_end(text: str, ms: list[Mention], k: int) -> str | None:
    """Origin or destination of mention ``k`` when it opens or closes a course named by its
    two ends ("the Sydney to Hobart yacht race", "the regatta from Cadiz to Funchal"), else
    None."""
    for o, d in ((k, k + 1), (k - 1, k)):
        if o < 0 or d >= len(ms) or ms[o].place is None or ms[d].place is None:
            continue
        # (``_COURSE_TO.fullmatch`` of the gap, read by ``str.strip``: ``\s`` is
        # ``str.isspace``)
        if text[ms[o].end : ms[d].start].strip() not in _COURSE_JOINS:
            continue  # (read first: most names are not written "A to B", and it costs least)
        if ms[k].place.is_region or ms[o].place == ms[d].place:
            continue  # (the other end may be a region: "the Mumbai-Goa Vande Bharat Express")
        if _COURSE_AFTER.match(text, ms[d].end) or _COURSE_BEFORE.search(
            text, max(0, ms[o].start - 40), ms[o].start
        ):
            return Relation.ORIGIN if k == o else Relation.DESTINATION
    return None


#: Between a distance and the time it takes: "100 km in a day", "30 km in under three hours".
_PAIRED = re.compile(r"\s+in\s+(?:(?:just|under|about|around|less\s+than|over)\s+)?")
#: A speaker telling the journey itself in the first person: "We left Khorog at 7 in the
#: morning and reached Murghab at 4 in the afternoon, nine hours of riding" (its time is the
#: leg's, not a quoted figure of something else).
_FIRST_PERSON_TRIP = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:left|set\s+(?:off|out|sail)|departed|started|reached|arrived|landed|"
    r"pulled\s+(?:in|out)|rode|drove|walked|sailed|flew|paddled|rowed|cycled|covered)\s+"
    r"(?:[a-z]+\s+){0,3}[A-Z]"  # a place named ("we drove these routes for 30 years": none)
)
#: A speed given as the average of the duration just before it: "is scheduled to take five
#: hours and 40 minutes, an average of about 120 km/h" (the speed is the schedule's too).
_AVERAGE_OF = re.compile(
    r"\s*,\s*(?:an?\s+)?(?:average|averaging|average\s+speed)\s+(?:of\s+)?"
    r"(?:(?:just\s+)?(?:about|around|some|roughly|nearly|almost|over|under)\s+)?"
)


#: A traveller covering the whole of a route: "has run the full length of the Ridgeway",
#: "walked the entire trail", "completed the whole route".
_WHOLE_LENGTH = re.compile(
    r"\b(?:ran|run|runs|running|walked|walks|walking|hiked|hikes|hiking|cycled|rode|ridden|"
    r"covered|completed|travell?ed|sailed|paddled|skied|trekked|finished)\s+(?:the\s+)?"
    r"(?:full|entire|whole)\s+(?:length|route|trail|track|course|way|line|path)\b",
    re.IGNORECASE,
)


#: A time written before the place whose clock it sets another's against: "Kiritimati, two hours
#: ahead of Fiji", "Maldives time is 30 minutes behind Sri Lanka", "two hours ahead of those in
#: Oskemen".
_AHEAD_OF = re.compile(
    r"\s+(?:ahead\s+of|behind)\s+(?:the\s+)?"
    # "two hours ahead of those in Oskemen", "an hour behind the clocks in Lisbon"
    r"(?:(?:those|that|clocks?|the\s+clocks?|time|the\s+time)\s+(?:in|of|at)\s+)?"
)


def _zone_gap_place(r: _Read, end: int) -> int | None:
    """The place a duration ending at ``end`` sets a clock against ("two hours ahead of Fiji"):
    a difference between time zones, not a journey; None when no place follows."""
    m = _AHEAD_OF.match(r.text, end)
    if m is None:
        return None
    # (the place named right after, or a described one whose mention holds its "the": "two
    # hours behind the capital")
    nxt = [x for x in r.ad.mentions_between(end, m.end() + 1) if x.end > m.end()]
    return nxt[0].place.id if nxt and nxt[0].place is not None else None


def quantity_claims(r: _Read, first: int) -> list[QuantityClaim]:
    """Every distance, speed and duration, with what it describes when it is no leg (a
    conversion describes what the figure it converts describes)."""
    text, qs, out = r.text, r.quantities, []
    listed = list(qs)  # (once: not_travel takes a list)
    historical: bool | None = None  # _historical(r): read from the whole text once, if asked
    whole_length: bool | None = None  # _WHOLE_LENGTH in the text: read once, if asked
    for i, q in enumerate(qs):
        a, z = r.ad.sentence_of(q.start)
        years = _years_of(text, a, z, q.start, q.end)
        if q.same_as is None:
            relation = not_travel(text, listed, i)
            if relation == Relation.FEATURE and q.kind == "distance" and whole_length is None:
                whole_length = _WHOLE_LENGTH.search(text) is not None
            if (
                relation == Relation.FEATURE
                and q.kind == "distance"
                and whole_length
                and any(o.kind in ("speed", "duration") and a <= o.start < z for o in listed)
            ):
                # "has run the full length of the Ridgeway ... The National Trail runs 87
                # miles ..., an average for her of about 5.2 miles an hour": the line's length
                # is the journey the sentence times
                fired("relations:feature.whole_length_travelled")
                relation = None
            if relation is None and q.kind != "distance":
                relation = (
                    _another_runs(text, a, z, q.start)
                    or _generic_trips(text, a, q.start, r.doc_mode)
                    or _would_cut(text, a, q.start)
                    or _other_mode_takes(text, a, q.start, r.doc_mode)
                )
            if relation is None:
                relation = _other_mode_journey(text, q.end, r.doc_mode)
            if (
                relation is None
                and _PRESENT_DAY.match(text, a)
                and not _TOLD_TODAY.search(text, a, z)
            ):
                if historical is None:
                    historical = _historical(r)
                if historical:
                    relation = Relation.OTHER  # "Today a jet flies between them in seven hours"
            if relation is None and r.document.date and years and min(years) > r.document.date.year:
                # a year after the dateline's: planned ("launch flights to London in 2027, a
                # journey of about 22 hours")
                relation = Relation.PLANNED
            if relation is None and r.document.date and _earlier_years(r, a, z, q):
                relation = Relation.FORMER  # "When services began in 1994, the trip took ..."
            if relation is None and r.document.date and _last_time_before(text, a, r.document.date):
                relation = Relation.FORMER  # "The last time it flew the route was in 1989, when"
            if (
                relation is None
                and q.kind == "duration"
                and out
                and _PAIRED.fullmatch(text, out[-1].end, q.start)
            ):
                # "horses that can carry riders for 100 km in a day": the time of a figure
                # that is no leg is no leg either
                relation = out[-1].relation if out[-1].relation in NOT_TRAVEL else None
            if (
                relation is None
                and q.kind == "speed"
                and out
                and out[-1].kind == "duration"
                and out[-1].relation in NOT_TRAVEL
                and _AVERAGE_OF.fullmatch(text, out[-1].end, q.start)
            ):
                relation = out[-1].relation  # the average of a schedule is the schedule's
            if (
                relation is None
                and q.kind == "duration"
                and in_quote(text, q.start)
                and not _FIRST_PERSON_TRIP.search(text, max(a, q.start - 160), q.start)
            ):
                # a speaker's "it takes two days", "for 30 years": not the report's figure
                fired("relations:quoted.duration")
                relation = Relation.QUOTED
        else:
            primary = out[q.same_as].relation
            relation = primary if primary in NOT_TRAVEL else None
        gap_of: tuple[int, ...] = ()
        if q.kind == "duration" and relation in (None, Relation.MARGIN, Relation.OFFSET):
            zone = _zone_gap_place(r, q.end)
            if zone is not None:
                fired("relations:offset.zone_gap")
                relation, gap_of = Relation.OFFSET, (zone,)
        mode = r.ad.mode_near(q.start) or r.doc_mode
        if road_as_way(mode, r.doc_mode, text[a:z]):
            mode = r.doc_mode  # "163 days on the road" in a pilgrim's walk: the walk's
        if q.unit in _SEA_AIR_UNITS and mode in _LAND_MODES:
            # knots and nautical miles measure a way over water or through the air, never a
            # road's or a railway's: "cruised at around 140 knots" in a story that also drives
            fired("modes:sea_air_unit")
            mode = r.ad.sea_or_air
        out.append(
            QuantityClaim.made(
                r.claim_id(first + i),
                r.doc,
                Kind(q.kind),
                q.text,
                q.start,
                q.end,
                value=q.value,
                unit=q.unit,
                low=q.low,
                high=q.high,
                hedge=q.hedge,
                same_as=r.claim_id(first + q.same_as) if q.same_as is not None else None,
                mode=mode,
                year=next(iter(sorted(years))) if len(years) == 1 else None,
                relation=relation,
                places=gap_of,
                figure=q.figure,
                averaged=q.kind == "speed"
                and _AVERAGED.search(text, max(a, q.start - 45), q.start) is not None,
            )
        )
    return _headline_echoes(text, out)


#: What a body's figure may be that makes no journey of any kind (a headline that writes it
#: again means the same): not a line's length or a stage ("the 605 km stage" may be the
#: story's leg), which the headline may mean as the journey.
_NO_JOURNEY = frozenset(
    {
        Relation.OFFSET,
        Relation.SPAN,
        Relation.EVENT,
        Relation.STAY,
        Relation.DELAY,
        Relation.MARGIN,
        Relation.FREQUENCY,
        Relation.ELEVATION,
    }
)


def _headline_echoes(text: str, out: list[QuantityClaim]) -> list[QuantityClaim]:
    """A headline's figure that the body writes again takes what the body's says it is
    ("Operation Solomon's 36 hours remembered" over "By the time the last one left some 36
    hours later": the operation's span, not a flight): the headline is the line before a wire
    dateline's, and names what the story tells."""
    m = DATELINE_CREDIT.search(text, 0, min(len(text), 400))
    if m is None or not text[: m.start()].strip() or "\n" in text[: m.start()].strip():
        return out
    head = [k for k, c in enumerate(out) if c.end <= m.start() and c.relation is None]
    for k in head:
        c = out[k]
        same = [
            b
            for b in out
            if b.start >= m.end()
            and b.kind == c.kind
            and b.unit == c.unit
            and math.isclose(float(b.value), float(c.value))
        ]
        if same and all(b.relation in _NO_JOURNEY for b in same):
            fired("relations:headline_echo")
            out[k] = dataclasses.replace(c, relation=same[0].relation)
    return out


#: The words that make a speed right after them an average: "averaging about", "an average
#: speed of", "at an average of", "a mean speed of".
_AVERAGED = re.compile(
    r"\b(?:averag(?:e|ed|es|ing)|mean)(?:\s+(?:ground\s+|overall\s+)?speed)?(?:\s+(?:of|at))?\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|close\s+to|"
    r"approximately|more\s+than|over|under|barely)\s+)?$",
    re.IGNORECASE,
)


#: A square, a building or a park named before the town it lies in or near ("Sukhbaatar Square
#: in", "the shrine of Imam Ali in", "Robie Park near", "the fairgrounds in", "Roosevelt Field
#: on", "the company’s terminal in the Javier Prado district of", "Har Ki Pauri ghat in", "Lebu
#: station on the southern outskirts of", "the Quitumbe bus terminal in the south of").
_PART_OF_PLACE = re.compile(
    r"\s+(?:the\s+)?(?:(?:(?:[a-z]+\s+of\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:[a-z]{4,}\s+)?|"
    r"(?:[a-z]+['’]s\s+)?[a-z]{4,}\s+|(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]{3,}\s+){1,2})"
    r"(?:in|near|outside|on)\s+(?:the\s+(?:[\w'’.-]+\s+){0,3}(?:district|suburb|"
    r"neighbourhood|neighborhood|quarter|outskirts|centre|center|south|north|east|west|heart|"
    r"edge)\s+of\s+|"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s+)?"
    # "the Obafemi Awolowo Station, Moniya, Ibadan": a named station, then where it lies
    r"|(?:[A-Z][\w'’.-]*\s+){1,4}(?:Station|Terminal|Terminus|Airport|Jetty|Pier|Wharf),\s+"
    r"(?:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s+)?)$"
)
#: What a text that ``_PART_OF_PLACE`` matches at its end ends with, white space stripped (its
#: preposition, the "of" of "the south of", the comma of "Lima, "): a lead ending otherwise is
#: not searched (``tests/extraction/test_extract.py`` checks generated matches against them).
_PART_OF_PLACE_ENDS = ("in", "near", "outside", "on", "of", ",")
#: A sentence about an earlier, dated record run of the same route: its time and speed are
#: that run's, not the journey's ("The fastest delivery came in March 1861, when riders ...").
_EARLIER_RECORD = re.compile(
    r"\W*(?:the|its|their|his|her)\s+(?:fastest|quickest|slowest|record)\s+"
    r"(?:delivery|deliveries|run|crossing|trip|journey|ride|passage|voyage|flight|time)\s+"
    r"(?:came|was|were|happened|took\s+place)\s+in\s+(?:[A-Z][a-z]+\.?\s+)?\d{4}\b",
    re.IGNORECASE,
)
#: A sentence about another division of a race: its times are another competitor's ("The
#: women's race was won by a South African in 6 hours 3 minutes").
_OTHER_DIVISION = re.compile(
    r"\W*(?:in\s+)?the\s+(?:women|men|girls|boys|juniors?|veterans|masters|wheelchair)(?:['’]s?)?"
    r"\s+(?:race|event|title|category|division|competition|section|field)\b",
    re.IGNORECASE,
)
#: Another vehicle standing in for the one of the trip: "the Denali Star is replaced by the
#: Aurora Winter Train, which ... takes about 12 hours".
_REPLACED_BY = re.compile(
    r"\b(?:is|are|was|were|gets|get|being)\s+(?:replaced|succeeded|superseded)\s+by\b",
    re.IGNORECASE,
)


#: A sentence about such trips in general, by a plural of vehicles or services that "take" a
#: time: "Flights between Hanoi and Saigon take about two hours", "Commercial flights from
#: Guayaquil take", "Buses took two days" (the usual time of those trips, not the journey's),
#: also when an owner, a superlative or a model names them ("Rival Acme's fastest X200 trains
#: still do the trip in").
_GENERIC_VEHICLES = re.compile(
    r"\W*(?:(?:commercial|direct|regular|scheduled|daily|domestic|international|non-?stop|"
    r"connecting|ordinary|overnight|most|many|some|other|these|those|the|high-speed|passenger|"
    r"freight|express|local|intercity|daytime|night|sleeper|conventional|normal|standard|"
    r"rival|competing|their|its|[a-z]+est|[a-z]*\d[\w-]*|[a-z]+['’]s|"
    r"(?-i:[A-Z][\w-]*(?:['’]s)?(?:\s+and\s+[A-Z][\w-]+)?))\s+)*"
    r"(?:flights|buses|coaches|ferries|trains|planes|cars|trucks|lorries|drives|crossings)\b"
    r"|\W*(?:most|many|other|daytime|regular|ordinary|some)\s+(?:[a-z-]+\s+)?(?:travell?ers|"
    r"passengers|pilgrims|visitors|commuters|tourists|people|fans|residents|motorists)\b",
    re.IGNORECASE,
)
#: The vehicles of the story, by the definite article ("The cars", "The 60 trucks").
_THE_STORYS = re.compile(r"\W*the\s+(?!(?:most|many|other|some|fastest|slowest)\b)", re.IGNORECASE)
#: A past verb of travel right after a plural of vehicles: they did it, on this trip.
_DID_THEN = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:left|drove|set\s+(?:off|out)|departed|arrived|reached|rolled|"
    r"pulled|sailed|flew|crossed|travell?ed|climbed|headed|puttered|rumbled|steamed)\b",
    re.IGNORECASE,
)
#: A clause about vehicles in general, after "while", "whereas", "but": "..., while the fastest
#: freight container trains cover it in less than a week".
_CLAUSE_VEHICLES = re.compile(
    r"\b(?:while|whereas|but)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:trains|flights|buses|coaches|"
    r"ferries|ships|planes|trucks|lorries|cars)\s+(?:cover|make|do|take|need|run)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
#: A vehicle of another mode whose time a clause gives next to the figure: "compared with 60
#: rials for a flight, which takes an hour and 40 minutes", "on which the flight takes".
_VEHICLE_TAKES = re.compile(
    r"\b(?P<det>the|a|an)\s+(?P<noun>flight|plane|bus|coach|ferry|boat|ship|car|drive|train|"
    r"truck|lorry)\s*(?P<which>,\s*(?:which|that)\s+)?(?:takes|took|lasts|lasted|needs|is)\s+"
    r"(?:(?:us|them|him|her|me|you|people|passengers|travellers|travelers)\s+)?"
    r"(?:(?:about|around|some|roughly|just|only|nearly|almost|under|less\s+than|over|"
    r"more\s+than)\s+)?$",
    re.IGNORECASE,
)
#: The same with one vehicle of a mode other than the journey's: "The bus takes two days" in a
#: story about a train.
_ONE_VEHICLE = re.compile(
    r"\W*(?:the|a|an)\s+(?P<noun>flight|plane|bus|coach|ferry|boat|ship|car|drive|train|"
    r"truck|lorry)\b",
    re.IGNORECASE,
)
_TAKES = re.compile(
    r"\b(?:take|takes|took|last|lasts|lasted|need|needs|needed|usually|typically|"
    r"(?:make|makes|made|do|does|did|cover|covers|covered)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:trip|journey|run|crossing|ride|drive|flight))\b",
    re.IGNORECASE,
)


#: A sentence opening on any one vehicle of a kind ("A freight train of 3,500 tonnes takes"),
#: and the verbs in the present that make what follows how long such a vehicle takes.
_A_VEHICLE = re.compile(
    r"\W*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:flight|plane|jet|bus|coach|ferry|boat|ship|car|train|"
    r"truck|lorry|freighter|tanker|barge)\b",
    re.IGNORECASE,
)
_TAKES_PRESENT = re.compile(
    r"\b(?:takes|needs|lasts|requires|(?:makes|does|covers)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:trip|journey|run|crossing|ride|drive|flight))\b",
    re.IGNORECASE,
)


#: A figure that says what each of a plural of services between two places takes, in the
#: appositive after them: "Ferries also run between A and B, a shorter crossing of about 12
#: hours", "a handful of daily flights between A and B, a journey of about 70 minutes".
_SERVICES_BETWEEN = re.compile(
    r"\b(?:flights|ferries|buses|coaches|trains|services|sailings|departures|connections)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:between|from)\s+[^.;,]{0,80},\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:crossing|journey|trip|flight|ride|voyage|sailing|hop|run|drive)\s+of\s+"
    r"(?:(?:about|around|some|roughly|just|only|nearly|almost|under|less\s+than|over|"
    r"more\s+than)\s+)?$",
    re.IGNORECASE,
)


#: One of the services, which may be the story's: "the first of the new trains between A and
#: B, a journey of 2 hours 50 minutes".
_ONE_OF = re.compile(
    r"\b(?:one|first|second|third|last|latest|each|either|neither)\s+of\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _generic_trips(text: str, a: int, pos: int, doc_mode: str | None) -> Relation | None:
    """``other`` for a duration or speed of a sentence that says how long other vehicles take:
    a plural of vehicles or services before "take" (:data:`_GENERIC_VEHICLES`) or before the
    figure's appositive (:data:`_SERVICES_BETWEEN`), or one vehicle of a mode other than the
    journey's (:data:`_ONE_VEHICLE`)."""
    sv = _SERVICES_BETWEEN.search(text, max(a, pos - 160), pos)
    if sv is not None and not _ONE_OF.search(text, max(a, sv.start() - 30), sv.start()):
        return Relation.OTHER  # "Ferries also run between A and B, a crossing of about 12 hours"
    if _CLAUSE_VEHICLES.search(text, max(a, pos - 120), pos):
        return Relation.OTHER  # "..., while the fastest freight trains cover it in less than"
    v = _VEHICLE_TAKES.search(text, max(a, pos - 60), pos)
    if v is not None:
        if v["det"].lower() != "the" and v["which"]:
            return Relation.OTHER  # "a flight, which takes 90 minutes": any such flight
        mode = MODE_WORDS.get(v["noun"].lower())
        if doc_mode is not None and mode is not None and mode != doc_mode:
            return Relation.OTHER
    g = _A_VEHICLE.match(text, a, pos)
    if (
        g is not None
        and _TAKES_PRESENT.search(text, g.end(), pos)
        and not _timetabled(text, g.end(), pos)
    ):
        # "A freight train of 3,500 tonnes takes about 30 hours": any one; not a timetable
        # told with its own clocks ("A regular bus leaving Recife at 7 a.m. reaches Natal at
        # 11:30 a.m., a journey of four and a half hours": the clocks' own duration)
        return Relation.OTHER
    m = _GENERIC_VEHICLES.match(text, a, pos)
    if m is not None and _THE_STORYS.match(m.group()) and _DID_THEN.match(text, m.end()):
        # "The cars left Innsbruck at 8 a.m. and drove south ..., a run that took three
        # hours": the story's vehicles, told with a past verb of travel, not vehicles in general
        fired("relations:vehicles_of_the_story")
        return None
    if m is None:
        m = _ONE_VEHICLE.match(text, a, pos)
        if m is None or doc_mode is None:
            return None
        mode = MODE_WORDS.get(m["noun"].lower())
        if mode is None or mode == doc_mode:
            return None
    return Relation.OTHER if _TAKES.search(text, m.end(), pos) else None


#: A figure a change would bring the trip down to, in a sentence about what would or will be:
#: "a railway that would run ..., cutting the trip to about five hours".
_CUT_TO = re.compile(
    r"\b(?:cutting|cut|cuts|reducing|reduce|reduces|slashing|slash|shortening|shorten|"
    r"bringing|bring)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:trip|journey|travel\s+time|"
    r"journey\s+time|ride|crossing)s?\s+(?:down\s+)?to\s+(?:(?:about|some|around|just|roughly|"
    r"under|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_WOULD = re.compile(r"\b(?:would|will|could|(?:is|are)\s+expected\s+to)\b", re.IGNORECASE)


#: A sentence about the present day, in a story about a journey long past: its figures are of
#: today's trips ("Today a commercial jet flies between New York and Paris in seven hours").
_PRESENT_DAY = re.compile(r"\W*(?:today|nowadays|these\s+days|at\s+present|now)\b,?", re.IGNORECASE)
#: Past tense verbs of a departure or an arrival: a sentence opening with "Today" that tells one
#: ("Today's first train left Llanberis at 9 am and reached the summit at 10 am") is the
#: story's own trip on the dateline's day, not a present-day comparison.
_TOLD_TODAY = re.compile(
    r"\b(?:left|departed|reached|arrived|landed|docked|pulled\s+(?:out|into)|set\s+(?:off|out)"
    r"|took\s+off|touched\s+down)\b",
    re.IGNORECASE,
)
#: A full date, day and year ("May 20, 1927", "25 July 1909"): its year, and the day and
#: month right before it.
#: A year 1500-2099 (``\b(?:1[5-9]\d\d|20\d\d)\b``, its word boundary written as a
#: look-behind after the first digit: a pattern opening with a digit is scanned for it quickly).
_YEAR4 = re.compile(r"(?:1(?<!\w.)[5-9]\d\d|2(?<!\w.)0\d\d)\b")
_DAY_BEFORE_YEAR = re.compile(
    r"(?:\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?)"
    r"\s+$"
)
#: A story dates a day this long before its own to be about a journey long past.
HISTORY_YEARS = 20


def _historical(r: _Read) -> bool:
    """Whether the story dates a day (a full date, not a bare year: "In 1990, the journey took
    six hours" is a former figure in a story of today) ``HISTORY_YEARS`` or more before its
    dateline's year (or its latest year's, without a dateline)."""
    days = _full_date_years(r.text)
    if not days:
        return False
    years = [int(y) for y in _ANY_YEAR.findall(r.text)]
    now = r.document.date.year if r.document.date else max(years)
    return min(days) <= now - HISTORY_YEARS


def _would_cut(text: str, a: int, pos: int) -> Relation | None:
    """``planned`` for the time a project would cut the trip to (:data:`_CUT_TO` after "would",
    "will" or "is expected to" in the same sentence), not the journey's time today."""
    if _CUT_TO.search(text, max(a, pos - 80), pos) and _WOULD.search(text, a, pos):
        return Relation.PLANNED
    return None


def _timetabled(text: str, start: int, end: int) -> bool:
    """Whether a vehicle's clause from ``start`` to its figure at ``end`` gives its own departure
    and arrival clocks ("leaving Recife at 7 a.m. reaches Natal at 11:30 a.m., a journey of"):
    then it is a timetable, checked against those clocks, not any such vehicle."""
    return len(_CLOCKISH.findall(text, start, end)) >= 2


def _another_runs(text: str, a: int, z: int, pos: int) -> Relation | None:
    """``other`` for a duration or speed of a sentence about another run than the journey: an
    earlier dated record, another division of the race, a vehicle that replaces this one, a
    rival's service, a slower or older vehicle than the one of the trip."""
    if _EARLIER_RECORD.match(text, a, z) or _OTHER_DIVISION.match(text, a, z):
        return Relation.OTHER
    if _REPLACED_BY.search(text, a, pos) or _RIVAL.search(text, a, pos):
        return Relation.OTHER
    compared = _COMPARED_VEHICLE.match(text, a, pos)
    if compared is None or _timetabled(text, compared.end(), pos):
        return None  # (a regular bus told with its own clocks: its timetable, checked as one)
    return Relation.OTHER


#: A rival's service: "Rival operator Bluebridge, whose ferries make the same run in ...".
_RIVAL = re.compile(
    r"\b(?:rival|competing)\s+(?:[\w-]+\s+)?(?:operators?|airlines?|carriers?|compan(?:y|ies)|"
    r"firms?|ferr(?:y|ies)|lines?|services?|crews?|teams?|boats?|ships?|yachts?|trains?|buses|"
    r"coaches)\b|\b(?:rivals|competitors)\b",
    re.IGNORECASE,
)
#: A slower, older or ordinary vehicle as the sentence's subject: "A slower Northeast Regional
#: train takes about 3 1/2 hours", "The company's slower ships sail to Colonia in an hour".
_COMPARED_VEHICLE = re.compile(
    r"\W*(?:a|an|the|its|their|the\s+[\w-]+['’]s)\s+(?:slower|older|old|cheaper|conventional|regular|ordinary|"
    r"normal|local|stopping|standard|classic)\s+(?:[\w'’-]+\s+){0,3}?(?:flights?|planes?|"
    r"buses|bus|coach(?:es)?|ferr(?:y|ies)|boats?|ships?|cars?|trains?|trucks?|lorr(?:y|ies)|"
    r"services?|expresse?s?)\b",
    re.IGNORECASE,
)
#: Mode nouns (not the verbs of a narrative: "drove", "flew", "sailed"...) of
#: :data:`MODE_WORDS`, for :func:`_other_mode_takes`.
#: Mode words that are people or the verbs of a narrative ("drove", "flew", "sailed"), not
#: the name of a kind of trip.
# fmt: off
_NARRATIVE_MODE_WORDS = frozenset((
    "drove", "drive", "drivers", "driver", "sailed", "flew", "fly", "walked", "walk", "ran",
    "running", "cycled", "pedalled", "galloped", "cycling", "cruise", "marathon", "ultramarathon",
    "pilgrims", "runner", "runners", "cyclist", "cyclists", "hikers", "ultrarunner", "horseman",
    "horsemen", "horsewoman", "peloton",
))
# fmt: on
_MODE_NOUN = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(MODE_WORDS, key=len, reverse=True)
        if w not in _NARRATIVE_MODE_WORDS and " " not in w
    )
    # a narrative word used as a noun names its mode: "the drive from Seoul to Busan"
    + r"|(?<=\bthe\s)(?:drive|walk)"
    + r")\b",
    re.IGNORECASE,
)
#: How long a kind of trip takes, in the present: "By road it is five or six hours", "which
#: cars cover in about an hour and a half", "The Talgo train ... takes about 13 hours".
_TAKES_NOW = re.compile(
    r"\b(?:takes|take|taking|covers|cover|is|are|lasts|last|needs|need|makes|make|requires"
    r"|require)\b",
    re.IGNORECASE,
)


#: A figure that names a journey by another mode's noun: "the 19-hour overnight train journey".
_MODE_JOURNEY_AFTER = re.compile(
    r"[\s-]+(?:[a-z]+[\s-]+){0,2}?(?P<noun>train|bus|coach|ferry|boat|car|flight|plane|drive)"
    r"\s+(?:journey|journeys|trip|trips|ride|rides|crossing|service)\b"
)


#: Units of the sea and the air, and the modes that never go by them.
_SEA_AIR_UNITS = frozenset({"kn", "nmi"})
_LAND_MODES = frozenset(
    {"road", "train", "foot", "run", "bicycle", "horse", "sled", "ski", "skate"}
)


def _other_mode_journey(text: str, end: int, doc_mode: str | None) -> Relation | None:
    """``other`` for a figure that names a journey of another mode than the story's ("about
    150 euros for the 19-hour overnight train journey" in a story of a flight)."""
    m = _MODE_JOURNEY_AFTER.match(text, end) if doc_mode is not None else None
    if m is None:
        return None
    mode = MODE_WORDS.get(m["noun"])
    return Relation.OTHER if mode is not None and mode != doc_mode else None


#: After a vehicle carried as cargo: "180 lorries on board", "cars aboard".
_CARGO_AFTER = re.compile(r"\s+(?:on\s+board|aboard)\b", re.IGNORECASE)


def _mode_of_noun(text: str, m: re.Match) -> str | None:
    """The mode a mode word found by ``_MODE_NOUN`` names: that of the two-word name it ends,
    if it ends one ("a dining car": the train's), else its own."""
    word = m.group().casefold()
    before = text[max(0, m.start() - 30) : m.start()].casefold().split()
    return (before and MODE_PAIRS.get((before[-1], word))) or MODE_WORDS.get(word)


def _other_mode_takes(text: str, a: int, pos: int, doc_mode: str | None) -> Relation | None:
    """``other`` for a duration or speed after a verb in the present ("takes", "covers", "is")
    whose nearest mode word before it names another mode than the journey's ("A bus covers the
    road in two hours" in a story of a walk): how long that kind of trip takes, not this one."""
    if doc_mode is None:
        return None
    verb = next(reversed(list(_TAKES_NOW.finditer(text, a, pos))), None)
    if verb is None or text.endswith("to ", 0, verb.start()):
        # (an infinitive tells what this vehicle did: "allowed an ambulance to cover the 18 km
        # ... in 22 minutes")
        return None
    last = next(
        (
            n
            for n in reversed(list(_MODE_NOUN.finditer(text, a, verb.start())))
            if not _CARGO_AFTER.match(text, n.end())  # "180 lorries on board": cargo
        ),
        None,
    )
    if last is None or _mode_of_noun(text, last) in (None, doc_mode):
        return None
    if verb.group().casefold() == "taking" and not last.group().casefold().endswith("s"):
        return None  # "the 45-km road journey taking about an hour": its own journey's time
    return Relation.OTHER  # (and "with the fastest trains now taking around 2.5 hours")


#: Years for :func:`_earlier_years` (any year from 1800; ``_YEAR`` reads recent years only).
_ANY_YEAR = re.compile(
    r"(?<![$€£¥.,\d])\b(?:1[89]\d\d|20\d\d)\b(?![.,]\d|[\s-]*(?:km\b|kilomet|miles?\b|mi\b|"
    r"nautical|metres?\b|meters?\b|m\b|feet\b|ft\b|yards?\b|hours?\b|hrs?\b|minutes?\b|"
    r"days?\b|weeks?\b|months?\b|years?\b|knots?\b|kph\b|mph\b|km/h|[a-z]+/|people\b|"
    r"passengers\b|tonnes\b|tons\b|seats\b|pilgrims\b|riders\b|runners\b))",
    re.IGNORECASE,
)
#: A year that says when a thing was made, not when the figure held: "built in 1998".
_MADE_IN = re.compile(
    r"\b(?:built|founded|opened|established|launched|introduced|commissioned|inaugurated|"
    r"completed|born|since|made|designed|delivered|acquired|bought)\s+"
    r"(?:in\s+|before\s+|after\s+|around\s+|about\s+|between\s+|from\s+|until\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$"
)


_CLOCKISH = re.compile(r"\d[:.][0-5]\d\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:when|after|until|till|before|as)\b[^,;]{0,40}$", re.IGNORECASE)


#: A sentence that dates the last (or first) time something was done to an earlier year: what
#: it tells is that earlier trip ("The last time the airline flew the route non-stop was in
#: 1989, when a 747 made it in 20 hours", "The previous time a crew rowed it was in 2015").
_LAST_TIME = re.compile(
    r"\W*(?:the\s+)?(?:last|previous|only|first|one\s+other)\s+time\b[^.;!?]{0,120}?\b"
    r"(?:was|came|were)\s+(?:back\s+)?in\s+(?:[A-Z][a-z]+\.?\s+)?(?P<y>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


def _last_time_before(text: str, a: int, date: dt.date) -> bool:
    """Whether the sentence at ``a`` dates the last or first time of something to a year
    before the dateline's (:data:`_LAST_TIME`): its figures are of that earlier trip.

    >>> t = "The last time a liner sailed the route was in 1989, when it took 9 days."
    >>> _last_time_before(t, 0, dt.date(2024, 5, 1)), _last_time_before(t, 0, dt.date(1989, 5, 1))
    (True, False)
    """
    m = _LAST_TIME.match(text, a)
    return m is not None and int(m["y"]) < date.year


def _earlier_years(r: _Read, a: int, z: int, q: Quantity) -> bool:
    """Whether the figure's sentence dates it (its own clause or the words before it) only by
    years before the dateline's: a history paragraph or a former record in a story about a
    current trip ("When services began in November 1994, the same trip took about three
    hours"). The year before the dateline's counts only when the dateline is past January; a
    sentence that tells a departure, an arrival or a clock time, or names two places, tells a
    journey of its own (a centenary's flight, an earlier trip) and is left to the trips."""
    text, date = r.text, r.document.date
    # (the years first: most sentences name none, and every other test can only say no too)
    cut = _CLAUSE_END.search(text, q.end, z)
    years = []
    for m in _ANY_YEAR.finditer(text, a, cut.start() if cut else z):
        if not _made_in(text, a, m.start()) and not _MODEL_YEAR.match(text, m.end()):
            years.append(int(m.group()))  # "When the line opened in 1991, ..." dates the figure
    years += _centuries(text, a, cut.start() if cut else z)  # "In the 13th century, ..."
    if not years or set(years) <= r.trip_years:
        return False  # (the years of the story's own trip: "She returned on May 15, 2010")
    # (the places first: counting them costs less than the three searches, and either says no)
    if sum(m.place is not None and not is_adjective(m) for m in r.ad.mentions_between(a, z)) >= 2:
        # "In 2019 he made the 60-hour trip from Hanoi to Pyongyang": that trip ("under
        # Japanese rule" names no end of one)
        return False
    if _CLOCKISH.search(text, a, z) or departs_or_arrives(text, r.ad._lower, a, z):
        return False  # the sentence tells a journey of that year, which the story may be about
    latest = date.year - 1 if date.month > 1 else date.year - 2
    return max(years) <= latest


#: Where a sentence's clause ends: a comma or semicolon before "and", "but", "while" or a
#: participle ("..., and finished 67 minutes outside the record set in 2017").
_CLAUSE_END = re.compile(r"[,;]\s+(?:and|but|while|whereas|compared|against|beating|breaking)\b")


def _years_of(text: str, a: int, z: int, start: int, end: int) -> set[int]:
    """The years that date a figure at ``[start, end)`` of the sentence ``[a, z)``: those
    before it in the sentence ("In 1990 it took six hours") and those of its own clause, not
    those of a later clause ("sailed 628 miles, and missed the record set in 2017"), nor the
    year a vehicle or a body was made in ("The ship, launched in 1951, left ...")."""
    cut = _CLAUSE_END.search(text, end, z)
    return _dating_years(text, a, cut.start() if cut else z)


def _dating_years(text: str, a: int, stop: int) -> set[int]:
    """The years of ``text[a:stop]`` (a sentence from ``a``) but those something was made,
    built or founded in (:func:`_made_in`)."""
    centuries = set(_centuries(text, a, stop))
    if not _YEAR.may_match(text, a, stop):
        return centuries
    return centuries | {
        int(m.group())
        for m in _YEAR.rx.finditer(text, a, stop)
        if not _made_in(text, a, m.start())
        and not _MODEL_YEAR.match(text, m.end())
        and not _CLOCK_AFTER.match(text, m.end())
    }


#: A century a sentence is set in, as a noun: "English tourists of the 19th century" (its
#: middle year dates the sentence); not the adjective of a thing ("a 19th-century palace").
_CENTURY_NAME = (
    r"the\s+(?:early\s+|late\s+|mid-?)?"
    r"(?P<n>\d{2}(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|seventeenth|sixteenth)"
    r"\s+century\b(?!-)"
)
_CENTURY = re.compile(
    # the travellers of a century ("English tourists of the 19th century"), not a place's or a
    # thing's ("the capital of the Mongol Empire in the 13th century", "the great feats of the
    # 17th century")
    r"\b(?:tourists|travell?ers|visitors|pilgrims|traders|merchants|explorers|passengers|"
    r"sailors|emigrants|migrants|caravans|drovers|messengers|couriers|people)\s+(?:of|in)\s+"
    + _CENTURY_NAME,
    re.IGNORECASE,
)


def _centuries(text: str, a: int, stop: int) -> list[int]:
    """The middle years of the centuries that date ``text[a:stop]`` (a sentence from ``a``)."""
    if text.find("entur", a, stop) < 0:
        return []  # (most sentences name no century: one scan for its letters)
    found = [*_CENTURY.finditer(text, a, stop), _CENTURY_OPENING.match(text, a, stop)]
    return [
        _CENTURY_NUMBERS[m["n"].lower()] * 100 - 50
        for m in found
        if m is not None and m["n"].lower() in _CENTURY_NUMBERS and not _made_in(text, a, m.start())
    ]


#: ... or the century a sentence opens on: "In the 13th century, messengers ..."
_CENTURY_OPENING = re.compile(
    r"\W{0,3}(?:In|During|Throughout|By)\s+" + _CENTURY_NAME, re.IGNORECASE
)
_CENTURY_NUMBERS = {
    **{f"{n}{suffix}": n for n in range(10, 21) for suffix in ("st", "nd", "rd", "th")},
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}


#: After four digits, what makes them a 24-hour clock, not a year: "(2040 GMT)", "1820 hrs"
#: (the zones' abbreviations of ``timeexpr.ZONES``, and those it leaves out as ambiguous).
_CLOCK_AFTER = re.compile(
    r"\s*(?:hrs?|hours|h|local|"
    + "|".join(sorted({*ZONES, "GMT", "UTC", "UT", "Z", "IST", "WIB", "WITA", "WIT", "CST"}))
    + r")\b"
)


#: A year written before a vehicle's noun is its model year, no date of the sentence ("a
#: restored 1972 camper van", "his 1959 Cadillac convertible", "a 2019 hybrid sedan").
_MODEL_YEAR = re.compile(
    # (up to two words between: "a 2019 hybrid sedan", "a 1964 Ford Mustang convertible")
    r"\s+(?:[\w-]+\s+){0,2}?(?:camper|car|cars|van|bus|coach|truck|lorry|jeep|motorbike|"
    r"motorcycle|bike|bicycle|tractor|locomotive|plane|aircraft|biplane|yacht|schooner|sedan|"
    r"saloon|convertible|roadster|pickup|limousine|motorhome|campervan|kombi)\b",
    re.IGNORECASE,
)


def _made_in(text: str, a: int, pos: int) -> bool:
    """Whether the year at ``pos`` (in the sentence from ``a``) is when something was made,
    built or founded ("launched in 1951"), not when a trip was ("When the line opened in
    1991, ..." dates the figure after it)."""
    made = _MADE_IN.search(text, max(a, pos - 40), pos)
    return made is not None and not _WHEN.search(text, max(a, made.start() - 40), made.start())


#: What may stand between a place and the distance that places it: "Vientiane, 1,035km".
#: A place's position verb and the spot it names, up to the comma before a figure: "sits at
#: the lake's southern tip, about".
_SITS_AT = re.compile(
    r"\s+(?:lies|sits|stands|lay|sat|stood)\s+(?:at|on|in|near|beside|by|across|astride)\s+"
    r"[^,;.()\d]{1,60},\s*" + _HEDGE_OPT,
    re.IGNORECASE,
)
_RIGHT_BEFORE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?<=,\s)" + _APPOSITIVE_NOUN + r")?"
    r"(?:(?:about|some|roughly|around|nearly|almost|just|only|"
    r"more\s+than|over|less\s+than|under|another)\s+)?"
)


#: Between an origin read after "from" and the next place: "from Tozeur to Tunis".
_TO_AFTER_ORIGIN = re.compile(
    # "from Helsinki's Market Square to Porvoo": a square, a quay or a station of the origin
    r"(?:['’]s(?:\s+(?-i:[A-Z])[\w'’-]*){1,3})?"
    # "to the old town of Porvoo", "to the port city Mombasa"
    r"\s+to\s+(?:the\s+(?:"
    + KIND_OF
    + r"|(?:[\w'’-]+\s+){0,2}?(?:capital|city|port|town|village))\s+|the\s+)?"
)


#: A possessor after "of" and at most one word: "to the drying-up of southern Tunisia's".
_OF_BEFORE = re.compile(r"\bof\s+(?:[\w'’-]+\s+)?$")


#: What makes a place's name a clock's: "8.36 a.m. New York time", "noon Moscow time".
_CLOCK_OF_PLACE = re.compile(r"\s+time\b", re.IGNORECASE)


#: A verb of position between a place and its distance away: "X lies about 50 km away".
_LIES_AWAY = re.compile(
    r"\s+(?:now\s+|also\s+|only\s+|just\s+)?(?:lies|lay|sits|sat|is|was|stands|stood)\s+"
    + _HEDGE_OPT
)
#: A position's bare side after its figure, the clause closed then: "lies 30 km inland,",
#: "sits 5 km offshore." (no place named as its reference).
_NO_REFERENCE_AFTER = re.compile(
    r"\s+(?:inland|offshore|upstream|downstream|upriver|downriver|"
    r"(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?)"
    r"\s*(?:[,;.)]|and\b|$)",
    re.IGNORECASE,
)
#: Only a hedge between a place and a position's figure, the verb left out ("..., and
#: Leiden about 40 km north").
_HEDGE_ONLY = re.compile(r",?\s+" + _HEDGE_OPT)
#: A capitalised name closed by a comma right before a figure ("Tofo, about 22 km away").
_NAME_RIGHT_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s*,\s*" + _HEDGE_OPT + r"$")


def _unplaced_name_before(r: _Read, lo: int, pos: int) -> bool:
    """Whether a capitalised name that no place mention covers stands, after ``lo``, right
    before the figure at ``pos``."""
    u = _NAME_RIGHT_BEFORE.search(r.text, lo, pos)
    return u is not None and not any(
        m.start < u.end() for m in r.ad.mentions_between(u.start(), pos)
    )


#: A place named for its clock, not as a place: "left at 8 a.m. Moscow time".
_AS_ZONE = re.compile(r"\s+(?:standard\s+|summer\s+|daylight\s+)?time\b", re.IGNORECASE)

#: What joins a second position of the same subject to the first: "Lyon lies 390 km south-east
#: of Paris, and some 280 km north of Marseille" (Lyon lies both); a straight line may stand
#: between ("north-east of Duqm as the crow flies and about 195 km west of Muscat").
_SAME_SUBJECT_AGAIN = re.compile(
    r"(?:\s+(?:as\s+the\s+(?:crow|bird)\s+flies|in\s+a\s+(?:straight|direct)\s+line|by\s+road"
    r"|by\s+air))?"
    r"[\s,]*(?:and|but|yet|while)\s+(?:(?:about|some|roughly|around|nearly|almost|just|only|"
    r"more\s+than|over|less\s+than|under|barely|a\s+further|another)\s+)?",
    re.IGNORECASE,
)


#: Between an unplaced name and a figure: the name is what lies there ("at Amritapuri, which
#: lies about 26 km north-west of Kollam").
_UNPLACED_LIES = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:lies|lay|is|was|sits|sat|stands|stood)\s+"
    r"(?:located\s+|situated\s+)?" + _HEDGE_OPT
)


#: An aside that describes the place before it and ends in a name: "Siem Reap, gateway to the
#: Angkor Archaeological Park, lies ..." (the name is inside the description of Siem Reap).
_APPOSITIVE_TO_NAME = re.compile(
    r"\s*,\s*(?:the\s+|a\s+|an\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+(?:the\s+)?"
)


def _unplaced_after(r: _Read, lo: int, pos: int) -> bool:
    """Whether a name the text presents as a place but could not place stands after ``lo``
    as the subject of the figure at ``pos`` ("X, which lies about 26 km ..."); not a name
    inside an aside that describes the place at ``lo`` ("Siem Reap, gateway to the Angkor
    Archaeological Park, lies ...")."""
    return any(
        lo <= u.start
        and u.end <= pos
        and _UNPLACED_LIES.fullmatch(r.text, u.end, pos)
        and not _APPOSITIVE_TO_NAME.fullmatch(r.text, lo, u.start)
        for u in r.unplaced
    )


#: What follows the figure of a position before its reference: "from", "away from", "down the
#: coast from".
_POSITION_FROM = re.compile(
    r"^\s*\)?\s*(?:(?:up|down|along|across|further|farther)\s+(?:the\s+)?"
    # (the coast's or the river's name or adjective between: "down the Atlantic coast from")
    r"(?:(?-i:[A-Z])[\w'’-]*\s+|[a-z]+ern\s+){0,2}(?:coast|river|valley"
    r"|road|line|lake|shore|highway|track|bay|motorway|railway)\s+)?(?:from|away from)\s+$",
    re.IGNORECASE,
)


#: After a sea's or a river's name, the way a position is measured along: "(the Atlantic)
#: coast from", "(the Volga) river from".
_WAY_NAMED = re.compile(r"\s+(?:coast|river|shore|valley|lake)\s+(?:from|away\s+from)\s")


def separations(r: _Read, quantities: list[QuantityClaim]) -> dict[int, _Separation]:
    """Distances that separate two places, by quantity index: "<distance> <direction> of Y",
    "Y, D to the south", "D away"."""
    text, qs, ad = r.text, r.quantities, r.ad
    out: dict[int, _Separation] = {}
    last: tuple[int, int | None] | None = None  # the last position's reference end and subject
    for i, q in enumerate(qs):
        if quantities[i].kind != Kind.DISTANCE or q.same_as is not None:
            continue
        tail_end = q.end
        if i + 1 < len(qs) and qs[i + 1].same_as == i:
            tail_end = qs[i + 1].end
        conv = tail_end != q.end
        tm = _TO_THE.match(text, tail_end)
        if tm:  # "Kunming with Vientiane, 1,035km to the south": Vientiane, south of Kunming
            a, _ = ad.sentence_of(q.start)
            here = [m for m in ad.mentions_between(a, q.start) if m.place and not m.place.is_region]
            sub = here[-1] if here else None
            if sub is not None and not _RIGHT_BEFORE.fullmatch(text, sub.end, q.start):
                sub = None  # "sail from its port to the Antarctic Peninsula, roughly 1,000 km
                # to the south": what lies there is the name right before, not a place earlier
            if sub is None and _travelled_to_the(text, max(a, q.start - 80), tm.end()):
                fired("separations:travelled_to_the")
                continue  # "covering some 1,550 km to the southwest": the leg's way
                # (``course_to_the``), not a place's position
            # the reference: the place named before the subject, in this sentence or the last;
            # with none there, the dateline's place ("KARBALA, Iraq - ... set out from Basra,
            # about 430 km to the south-east"), never a place named paragraphs before
            b = (ad.sentence_before(a) or (a, a))[0]
            earlier = [
                m
                for m in ad.mentions_between(b, sub.start if sub else a)
                if m.place
                and not m.place.is_region
                and (sub is None or m.place != sub.place)
                and not _AS_ZONE.match(text, m.end)
            ]
            ref = earlier[-1] if earlier else None
            if (
                ref is None
                and sub is not None
                and _LEG_TO.search(text, max(a, sub.start - 30), sub.start)
            ):
                # "The first sector, to Ahmedabad, about 590 km to the east": where the leg to
                # it started, the last place the story left, not the dateline's town
                fired("separations:leg_to_from_its_start")
                ref = _last_left(r, a, sub)
            elif ref is None:
                ref = _dateline_mention(r)
            if ref is not None and (sub is None or ref.place == sub.place):
                ref = None
            pl = (ref.place.id if ref else None, sub.place.id if sub else None)
            out[i] = _Separation(pl, conv, tm.start("dir"), tm.end("dir"))
            continue
        if _APART.match(text, tail_end) or _SEPARATED_BY.search(
            text, max(0, q.start - 40), q.start
        ):
            # "Tijuana and San Diego are about 25 km apart": the two places the sentence names
            # before it (unverifiable when it names fewer: "the two cities are 25 km apart")
            a, z = ad.sentence_of(q.start)
            o, d = leg_endpoints(text, a, z, ad.mentions_between(a, z))
            if o is not None and d is not None and max(o.end, d.end) <= q.start:
                continue  # "the train links Tokyo and Osaka, 515 km apart, in": the leg's length
            named = _distinct_points(ad.mentions_between(a, q.start))
            two = named[-2:] if len(named) >= 2 else []
            the_two = _THE_TWO.search(text, a, q.start) if not named else None
            if the_two:
                # "The two cities lie 640 km apart"; "The two capitals are some 450 km apart"
                two = _two_named_before(r, a, the_two.group(1).casefold() == "capitals")
            if not two and quantities[i].relation in NOT_TRAVEL:
                continue  # "the two cities are 900 km apart as the crow flies": straight_line
            lo = max(two[-1].end, a + len(text[a : q.start].split(maxsplit=1)[0])) if two else a
            if two and (
                _unplaced_after(r, lo, q.start)
                or unplaced_name_in(text, lo, q.start, ad.mentions, ad.mention_starts)
            ):
                fired("separations:unplaced_apart")
                two = []  # "at their closest point, Cape Soya and Cape Crillon, are 43 km
                # apart", the capes unknown: the places named before are not the pair
            pl = (two[0].place.id, two[1].place.id) if two else (None, None)
            out[i] = _Separation(pl, conv)
            continue
        if _AWAY.match(text, tail_end):  # "Joliet, some 40 miles away": away from where?
            a, _ = ad.sentence_of(q.start)
            # (a name inside a described place is none of its own: "The Argentine capital")
            here = ad.mentions_between(a, q.start)
            before = _town_for_its_region(
                text,
                [
                    m
                    for m in here
                    if m.place
                    and not any(n.start <= m.start and m.end < n.end for n in here)
                    # (a clock's place is not where anyone stands: "at 8.36 a.m. New York time")
                    and not _CLOCK_OF_PLACE.match(text, m.end)
                ],
            )
            sub = before[-1].place if before and not before[-1].place.is_region else None
            if sub is not None and _unplaced_name_before(r, before[-1].end, q.start):
                sub = None  # "the beaches of Tofo, about 22 km away", Tofo unknown: what lies
                # that far is the unplaced name, not a place named earlier in the sentence
            # away from the place named before it in the sentence ("left Paris ... reached
            # Lyon, 390 km away"), if any; "taken to Joliet, 40 miles away" says not from where
            ref = next(
                (
                    m.place
                    for m in reversed(before[:-1])
                    if sub is not None and not m.place.is_region and m.place != sub
                ),
                None,
            )
            if (
                ref is None
                and sub is not None
                and len(before) == 1
                and _LIES_AWAY.fullmatch(text, before[-1].end, q.start)
            ):
                # "The Argentine capital lies about 50 km away across the water", the one place
                # of its sentence: away from the dateline's town, where the story stands
                town = _dateline_of(text, ad.mentions_between(0, min(len(text), 400)), True)
                ref = town.place if town is not None and town.place != sub else None
            out[i] = _Separation((ref.id if ref else None, sub.id if sub else None), conv)
            continue
        if _NO_REFERENCE_AFTER.match(text, tail_end):
            a, _ = ad.sentence_of(q.start)
            here = [m for m in ad.mentions_between(a, q.start) if m.place]
            if here and (
                _LIES_AWAY.fullmatch(text, here[-1].end, q.start)
                or _HEDGE_ONLY.fullmatch(text, here[-1].end, q.start)
            ):
                # "Rotterdam lies some 30 km inland", "and Leiden about 40 km north": where a
                # place lies from a point the text does not name (unverifiable), never the
                # distance of the leg before it
                fired("separations:no_reference")
                sub = here[-1].place
                out[i] = _Separation((None, None if sub.is_region else sub.id), conv)
                continue
        ref = next(iter(ad.mentions_between(tail_end + 1, tail_end + 40)), None)
        if ref is not None and _WAY_NAMED.match(text, ref.end):
            # "down the Atlantic coast from Tangier": the coast's name is the way, the place
            # after "from" the reference
            ref = next(iter(ad.mentions_between(ref.end, ref.end + 40)), None)
        described = _DIRECTION_OF_DESCRIBED.match(text, tail_end)
        if described and (
            ref is None or ref.start >= described.end() or _names_itself(ref, described)
        ):
            out[i] = _described_separation(r, q.start, described, conv)
            continue
        unknown = _DIRECTION_OF_UNKNOWN.match(text, tail_end)
        if unknown and (ref is None or ref.start > unknown.start("ref")):
            # "200 miles north of Zubrovka", Zubrovka unknown: a separation from a place
            # that cannot be placed (unverifiable), never the trip's distance
            a, _ = ad.sentence_of(q.start)
            before = [
                m for m in ad.mentions_between(a, q.start) if m.place and not m.place.is_region
            ]
            pl = (None, before[-1].place.id if before else None)
            out[i] = _Separation(pl, conv, unknown.start("dir"), unknown.end("dir"))
            continue
        appos = _APPOSITIVE_FROM.match(text, tail_end)
        if (
            appos
            # (a straight line is what a position measures: "..., about 180 km from Santiago as
            # the crow flies")
            and (
                quantities[i].relation not in NOT_TRAVEL
                or quantities[i].relation == Relation.STRAIGHT_LINE
            )
            and _COMMA_BEFORE.search(text, max(0, q.start - 60), q.start)
        ):
            # "flown to the Union Glacier camp, about 1,140 km from the pole, aboard ...": where
            # the place before the comma lies, not a trip (unverifiable when either is unplaced)
            a, _ = ad.sentence_of(q.start)
            named = [m for m in ad.mentions_between(a, q.start) if m.place]
            before = _town_for_its_region(text, named)
            sub = (
                before[-1]
                if before
                and (
                    _RIGHT_BEFORE.fullmatch(text, named[-1].end, q.start)
                    # "Bukavu sits at the lake's southern tip, about 100 km from Goma": the
                    # spot the place sits at lies there, and so does the place
                    or _SITS_AT.fullmatch(text, named[-1].end, q.start)
                )
                else None
            )
            there = ref if ref is not None and ref.start < appos.end() else None
            pl = (
                there.place.id if there and there.place else None,
                sub.place.id if sub and not sub.place.is_region else None,
            )
            out[i] = _Separation(pl, conv)
            continue
        unknown_from = _FROM_UNKNOWN.match(text, tail_end)
        if (
            unknown_from is not None
            and (ref is None or ref.start >= unknown_from.end())
            and _RELATIVE_POSITION.search(text, max(0, q.start - 45), q.start)
            and not _FROM_TO_AFTER.search(text, unknown_from.end(), unknown_from.end() + 60)
        ):
            # "Victoria lies more than 5,000 km from St. John's", the reference unknown: a
            # separation from a place that cannot be placed (unverifiable), never a trip
            a, _ = ad.sentence_of(q.start)
            before = [
                m for m in ad.mentions_between(a, q.start) if m.place and not m.place.is_region
            ]
            fired("separations:from_unknown_reference")
            out[i] = _Separation((None, before[-1].place.id if before else None), conv)
            continue
        if ref is None:
            continue
        dm = _DIRECTION_OF.match(text[tail_end : ref.start])
        if (
            not dm
            and _RELATIVE_POSITION.search(text[max(0, q.start - 45) : q.start])
            and not _FROM_TO_AFTER.match(text, ref.end)
        ):
            # "X lies 150 km from Y" (a position), not "sailed 1,200 nautical miles from Y" (a
            # trip); "lies 140 km down the coast from Y" measures the way along it
            dm = _POSITION_FROM.match(text[tail_end : ref.start])
        if not dm:
            continue
        a, _ = ad.sentence_of(q.start)
        if (
            last is not None
            and a <= last[0]
            and _SAME_SUBJECT_AGAIN.fullmatch(text, last[0], q.start)
        ):
            fired("separations:same_subject_again")
            sub_id = last[1]  # the subject of the position it continues, placed or not
        else:
            subject = subject_before(ad.mentions, ad.mention_starts, a, q.start, ref, text=text)
            sub_id = subject.place.id if subject else None
            if (
                subject is not None
                and not _RIGHT_BEFORE.fullmatch(text, subject.end, q.start)
                and hometown(text, a, subject)
            ):
                fired("separations:not_a_persons_home")
                sub_id = None  # "The 44-year-old physiotherapist from Munich was one of 200
                # starters in the race ... to the remote headland, some 200 km north-west of
                # Fort William": what lies there is not the runner's home
            elif subject is not None and _unplaced_after(r, max(a, subject.end), q.start):
                fired("separations:unplaced_subject")
                sub_id = None  # "... at Amritapuri, which lies about 26 km north-west of
                # Kollam", Amritapuri unknown: what lies there is the unplaced name
            elif (
                subject is not None
                and subject.place is not None
                and (subject.place.is_region or text.endswith(("the ", "The "), 0, subject.start))
                and _REGION_DESCRIBES.match(text, subject.end)
            ):
                fired("separations:region_describes_subject")
                sub_id = None  # "the Normandy port, about 70 nautical miles south of Cowes":
                # a town of the region lies there, not the region's middle
            elif (
                subject is not None
                and _DESCRIBED_SUBJECT.search(text, a, q.start)
                and any(subject.end <= u.start < q.start for u in r.unplaced)
            ):
                fired("separations:described_unplaced_subject")
                sub_id = None  # "from Porto to Barca d'Alva ..., although the village lies
                # some 145 km east of Porto", Barca d'Alva unknown: the village is the name
                # last named, unplaced, not a place named before it
        pl = (ref.place.id, sub_id)
        last = (ref.end, sub_id)
        if "dir" in dm.groupdict() and dm.group("dir"):
            out[i] = _Separation(pl, conv, tail_end + dm.start("dir"), tail_end + dm.end("dir"))
        else:
            out[i] = _Separation(pl, conv)
    return out


#: What stands between a town and the region that qualifies it: "Biloxi, Miss., some".
_TOWN_REGION_GLUE = re.compile(r"\s*,\s*")


def _town_for_its_region(text: str, before: list[Mention]) -> list[Mention]:
    """The mentions ``before`` a figure, the last one a region that only qualifies the town
    named right before it ("based in Biloxi, Miss., some 1,750 miles from St. Croix": the
    town lies there, its state after it in wire style) replaced by that town."""
    if len(before) < 2:
        return before
    town, region = before[-2], before[-1]
    if (
        region.place.is_region
        and not town.place.is_region
        and region.place.contains(town.place)
        and _TOWN_REGION_GLUE.fullmatch(text, town.end, region.start)
    ):
        fired("separations:town_before_its_region")
        return [*before[:-2], town]
    return before


#: Two places the sentence does not name: "The two cities lie about 640 km apart".
_THE_TWO = re.compile(
    r"\b(?:the\s+two|both)\s+(cities|towns|capitals|ports|places|stations|islands|"
    r"villages|airports|terminals|countries|ends)\b",
    re.IGNORECASE,
)
#: How many sentences back "the two cities" may look for the two it means, past sentences
#: that name no pair ("Azerbaijan and Georgia use the same time zone.", "a teacher from
#: Soweto").
_THE_TWO_BACK = 6


def _two_named_before(r: _Read, a: int, capitals: bool = False) -> list[Mention]:
    """The two places the nearest sentence before ``a`` that names a pair names, as the ends
    of a leg ("leaves Tokyo Station at 21:50 and arrives at Izumoshi Station") or as its only
    two places; else none. For "the two capitals", the two capitals named last before ``a``
    ("left Baku ... reached Tbilisi ... a stop in Ganja"), over a few sentences."""
    found: list[Mention] = []
    for _ in range(_THE_TWO_BACK):
        before = r.ad.sentence_before(a)
        if before is None:
            break
        a, z = before
        ments = r.ad.mentions_between(a, z)
        if capitals:
            for m in reversed(_distinct_points(ments)):
                if "capital" in m.place.kinds and all(m.place != x.place for x in found):
                    found.insert(0, m)
            if len(found) >= 2:
                return found[-2:]
            continue
        o, d = leg_endpoints(r.text, a, z, ments)
        if o is not None and d is not None and o.place != d.place:
            return [o, d]
        named = _distinct_points(ments)
        if len(named) == 2:
            return named
        if len(named) > 2:
            return []
        # (a sentence that names one town, a runner's home "from Soweto", names no pair: the
        # pair is further back, "from Pietermaritzburg to Durban")
    return []


def _distinct_points(ments: list[Mention]) -> list[Mention]:
    """The mentions of placed points (no regions), each place once, in the text's order."""
    named: list[Mention] = []
    for m in ments:
        if m.place and not m.place.is_region and all(m.place != x.place for x in named):
            named.append(m)
    return named


#: A part of the journey and its destination right before a place: "The first sector, to ".
_LEG_TO = re.compile(
    r"\b(?:sector|leg|stage|hop|stretch|section|part|day)\s*,?\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _last_left(r: _Read, before: int, sub: Mention) -> Mention | None:
    """The last place (not ``sub``'s) before ``before`` that the story says the traveller left
    ("took off from Drigh Road aerodrome in Karachi"), if any."""
    for m in reversed(r.ad.mentions_between(0, before)):
        if m.place is None or m.place.is_region or m.place == sub.place:
            continue
        if place_relation(r.text[max(0, m.start - 150) : m.start]) == "origin":
            return m
    return None


def _dateline_mention(r: _Read) -> Mention | None:
    """The place of the dateline ("KARBALA, Iraq, Aug 14 (Reuters) -"): a mention written in
    capitals on the line that opens with the article's date, if any."""
    return _dateline_of(r.text, r.ad.mentions_between(0, min(len(r.text), 400)))


def _dateline_of(text: str, mentions: list[Mention], undated: bool = False) -> Mention | None:
    """:func:`_dateline_mention` among ``mentions`` (those of the text's first 400 characters
    are read); with ``undated``, a dateline whose date gives no year counts too, when an
    agency's credit closes it ("PUERTO NATALES, Chile, Mar 11 (EFE) -")."""
    for m in mentions:
        if m.start >= 400:
            break
        if not m.place or m.place.is_region:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if m.start - line_start > 3 or not text[m.start : m.end].isupper():
            continue
        line_end = text.find("\n", m.start)
        line = text[line_start : line_end if line_end >= 0 else None]
        if parse_dateline(line) is not None or (undated and _AGENCY_CREDIT.match(line)):
            return m
    return None


#: A dateline closed by an agency's credit: "PUERTO NATALES, Chile, Mar 11 (EFE) - ".
_AGENCY_CREDIT = re.compile(r"[A-Z][^\n()]{0,80}?" + AGENCY_CREDIT.pattern)


#: A verb of position after a place: what lies somewhere ("X, the provincial capital, which
#: lies about 80 km north-west of ...").
_LIES = re.compile(
    r"\b(?:lies|lie|lay|lying|is|are|was|sits|sit|stands|located|situated|based)\b", re.IGNORECASE
)


def _described_separation(r: _Read, pos: int, dm: re.Match, conv: bool) -> _Separation:
    """ "Pietermaritzburg, which lies about 80 km north-west of the coastal city": the place
    described is the one the story named last before the figure (in its sentence or the one
    before) other than the sentence's subject; a capital must be one. With none, the reference
    stays unknown (unverifiable), never a place guessed from the words."""
    ad = r.ad
    a, _ = ad.sentence_of(pos)
    before = ad.sentence_before(pos)
    b = before[0] if before is not None else a
    points = [m for m in ad.mentions_between(b, pos) if m.place and not m.place.is_region]
    here = [m for m in points if m.start >= a]
    sub = here[-1] if here else None
    if sub is not None and (
        r.text.startswith(("'s", "’s"), sub.end) or not _LIES.search(r.text, sub.end, pos)
    ):
        sub = None  # "Mount Etna, over Catania's airspace, rises ...": not what lies there
    capital = dm.group("noun") == "capital"
    if capital and sub is not None and _REGIONAL_SEAT.search(dm.group()):
        # "Moron, about 90 km south of the provincial capital": the seat of the subject's region
        seat = _seat_named_before(ad.mentions_between(0, pos), sub.place)
        fired("separations:regional_seat" if seat else "separations:regional_seat_unknown")
        ids = (seat.id if seat is not None else None, sub.place.id)
        return _Separation(ids, conv, dm.start("dir"), dm.end("dir"))
    named = next(
        (m for m in ad.mentions_between(dm.start(), dm.end()) if _names_itself(m, dm)), None
    )
    ref = named or next(
        (
            m
            for m in reversed(points)
            if (sub is None or m.place != sub.place) and (not capital or "capital" in m.place.kinds)
        ),
        None,
    )
    if ref is None:
        ref = _story_described(ad.mentions_between(0, b), sub, capital)
    if ref is not None:
        fired("separations:described_reference")
    pl = (ref.place.id if ref else None, sub.place.id if sub else None)
    return _Separation(pl, conv, dm.start("dir"), dm.end("dir"))


def _names_itself(m: Mention, dm: re.Match) -> bool:
    """Whether the mention ``m`` is the description ``dm`` matched, a capital named by its
    country's adjective (:data:`_ADJECTIVE_CAPITAL`, "south-west of the Icelandic capital":
    Reykjavik), so that no earlier place need be sought for it."""
    return (
        dm.start() <= m.start < dm.end()
        and m.place is not None
        and not m.place.is_region
        and _ADJECTIVE_CAPITAL.match(m.text) is not None
    )


#: "the Icelandic capital": a capital named by its country's adjective, a point of its own.
_ADJECTIVE_CAPITAL = re.compile(r"[Tt]he\s+[A-Z][\w'’-]+\s+capital\b")


def _story_described(earlier: list[Mention], sub: Mention | None, capital: bool) -> Mention | None:
    """The place a description ("the coastal city", "the capital") stands for when the two
    sentences before it name none: the one settlement (capital) the story named earlier other
    than the sentence's subject, when there is exactly one; else None (ambiguous: not guessed).
    """
    found: dict[int, Mention] = {}
    for m in earlier:
        pl = m.place
        if pl is None or pl.is_region or "populated_place" not in pl.kinds:
            continue
        if (sub is not None and pl == sub.place) or (capital and "capital" not in pl.kinds):
            continue
        found[pl.id] = m
    if len(found) != 1:
        return None
    fired("separations:described_story_reference")
    return next(iter(found.values()))


def _position(r: _Read, k: int, ds: int, de: int, places: tuple) -> DirectionClaim:
    """The claim ``k`` of a compass word at ``[ds, de)`` placing one place from another."""
    word = r.text[ds:de]
    return DirectionClaim(
        r.claim_id(k),
        r.doc,
        Kind.DIRECTION,
        word,
        ds,
        de,
        sector=_COMPASS[word.casefold()],
        places=places,
        relation=Relation.SEPARATION,
    )


def separation_directions(
    r: _Read, seps: dict[int, _Separation], first: int
) -> list[DirectionClaim]:
    """The compass word of each separation that has one, as a direction claim."""
    out = []
    for i in sorted(seps):
        s = seps[i]
        if s.ds is not None and s.de is not None:
            out.append(_position(r, first + len(out), s.ds, s.de, s.places))
    return out


_COMMA_THEN = re.compile(r",\s*$")


def _appositive_head(r: _Read, a: int, pos: int, subject: Mention) -> Mention:
    """The town an appositive describes, when ``subject`` only stands inside it: in
    "Secunderabad, the twin city of Hyderabad, lies to the south of Nagpur" Secunderabad lies
    there, not Hyderabad."""
    ms = r.ad.mentions
    i = bisect.bisect_left(r.ad.mention_starts, subject.start)
    if i >= len(ms) or ms[i] is not subject:
        return subject
    for k in range(i - 1, max(-1, i - 4), -1):
        head = ms[k]
        if head.start < a or head.place is None or head.place.is_region:
            break
        c = RELATIVE_CLAUSE.match(r.text, head.end, pos)
        if c is not None and head.end < subject.start and subject.end < c.end() <= pos:
            fired("separations:appositive_head")
            return head
    return subject


def bare_directions(r: _Read, first: int) -> list[DirectionClaim]:
    """Directions without a distance: "Khasan, north of Tumangang"."""
    text, ad, out = r.text, r.ad, []
    # the distances by where they start, looked up around each name (not all read each time)
    dists = sorted((q.start, q.end) for q in r.quantities if q.kind == Kind.DISTANCE)
    dist_starts = [a for a, _ in dists]
    longest = max((z - a for a, z in dists), default=0)
    for m in ad.mentions:
        seg = text[max(0, m.start - 28) : m.start]
        if seg.endswith("the ") and _SEAT_NAMED.match(text, m.end) and not m.place.is_region:
            # "Moncton, northwest of the Nova Scotia capital": the region's name stands for its
            # seat (read so by the mentions), written after "the"
            seg = seg[:-4]
        dm = None
        if seg[-1:].isspace() and seg.rstrip()[-2:].lower() == "of":
            # (every match ends with "of" and white space: most names are not written so; the
            # twin finds the same offsets in the lower-cased segment)
            plain = folds_plainly(seg)
            dm = _DIRECTION_ONLY_LOW.search(seg.lower()) if plain else _DIRECTION_ONLY.search(seg)
        if not dm:
            continue
        a, _ = ad.sentence_of(m.start)
        # (a distance before it in its own sentence makes it a separation's; one that ends the
        # sentence before, "... averaging 15 knots. Olbia lies south-west of", does not, nor
        # another figure: "Mombasa, a city of about 1.2 million people, lies south-east of")
        lo = max(a, m.start - 45)
        k0 = bisect.bisect_left(dist_starts, lo - longest)
        k1 = bisect.bisect_left(dist_starts, m.start)
        if any(z > lo for _, z in dists[k0:k1]):
            continue
        ds = max(0, m.start - 28) + dm.start("dir")
        subject = subject_before(ad.mentions, ad.mention_starts, a, ds, m, same_sentence_only=True)
        if subject is None:
            continue
        subject = _appositive_head(r, a, ds, subject)
        sub_id: int | None = subject.place.id
        if AGENCY_CREDIT.search(text, subject.end, ds):
            sub_id = None  # the dateline's place ("HOBART (AAP) - Moskenes lies north-west of
            # Bodo", Moskenes unplaced): where the story is filed, not what lies there
        comma = _COMMA_THEN.search(text, max(a, ds - 4), ds)
        if comma and not _RIGHT_BEFORE.fullmatch(text, subject.end, ds):
            # "the mudflats near Miranda, south-east of Auckland": what lies there is the name
            # before the comma, which the gazetteer lacks; never a place named earlier
            sub_id = None
        de = ds + len(dm.group("dir"))
        out.append(_position(r, first + len(out), ds, de, (m.place.id, sub_id)))
    return out + _seat_directions(r, first + len(out), dists)


#: A region's seat written after its name: "the Nova Scotia capital", "the Rondonia state
#: capital" (the mention is the region's name, read as its seat).
_SEAT_KIND = r"(?:regional|provincial|state|departmental|prefectural)"
_SEAT_NAMED = re.compile(rf"\s+(?:{_SEAT_KIND}\s+)?capital\b(?!\s+of\b)")
_REGIONAL_SEAT = re.compile(rf"\b{_SEAT_KIND}\s+capital\b")
#: "northwest of the provincial capital": a region's seat described by its kind alone.
_DIRECTION_OF_SEAT = re.compile(
    rf"\b(?P<dir>{_COMPASS_RE})(?:erly)?\s+of\s+the\s+{_SEAT_KIND}\s+capital\b"
    r"(?!\s+(?:of\b|[A-Z]))",
    re.IGNORECASE,
)


#: What may stand between a place and "northwest of the provincial capital" that places it:
#: a comma with a short description ("Humaita, a river town"), or a verb of position.
_SEAT_SUBJECT = re.compile(
    r"\s*,\s*" + _APPOSITIVE_NOUN + r"|\s+(?:lies|lay|is|was|sits|sat|stands)\s+"
)


def _seat_directions(r: _Read, first: int, dists: list[tuple[int, int]]) -> list[DirectionClaim]:
    """ "Saskatoon, northwest of the provincial capital": the direction from the seat of the
    subject's own region, when the text names no such seat (no mention covers the words) and
    one town only of that region, other than the subject, before it (the seat the story
    started from: "left Regina ... rode to Saskatoon, northwest of the provincial capital");
    else the reference stays unknown. A distance right before makes it a separation's."""
    out: list[DirectionClaim] = []
    if "capital" not in r.text:
        return out
    ad = r.ad
    for dm in _DIRECTION_OF_SEAT.finditer(r.text):
        ds, de = dm.span("dir")
        if ad.mentions_between(ds, dm.end()):
            continue
        a, _ = ad.sentence_of(ds)
        if any(z <= ds and not r.text[z:ds].strip(" ()") for _, z in dists):
            continue  # "250 km south of the provincial capital": a separation's
        subject = next(
            (
                m
                for m in reversed(ad.mentions_between(a, ds))
                if _SEAT_SUBJECT.fullmatch(r.text, m.end, ds)
            ),
            None,
        )
        if subject is None or subject.place is None or subject.place.is_region:
            continue
        seat = _seat_named_before(ad.mentions_between(0, ds), subject.place)
        fired("separations:regional_seat" if seat else "separations:regional_seat_unknown")
        ref = seat.id if seat is not None else None
        out.append(_position(r, first + len(out), ds, de, (ref, subject.place.id)))
    return out


def _seat_named_before(earlier: list[Mention], sub: Place) -> Place | None:
    """The one town of ``sub``'s first-order region (other than ``sub``) among ``earlier``
    mentions, if exactly one; else None (not guessed)."""
    if not sub.admin1:
        return None
    found = {
        m.place.id: m.place
        for m in earlier
        if m.place is not None
        and not m.place.is_region
        and m.place != sub
        and m.place.country == sub.country
        and m.place.admin1 == sub.admin1
    }
    return next(iter(found.values())) if len(found) == 1 else None


def headings(r: _Read, first: int, taken: set[tuple[int, int]]) -> list[DirectionClaim]:
    """Headings describe travel, not positions ("headed northwards"); those ``taken`` by a
    course between two places are read there."""
    out = []
    for hm in r.ad.finditer_lower(_HEADING, _HEADING_LOW, opening=True):
        ds, de = hm.start("dir"), hm.end("dir")
        if (ds, de) in taken:
            continue
        if _a_turn(r.text, ds, de):
            out.append(_turn(r, first + len(out), ds, de))
            continue
        out.append(
            DirectionClaim(
                r.claim_id(first + len(out)),
                r.doc,
                Kind.HEADING,
                r.text[ds:de],
                ds,
                de,
                sector=_COMPASS[hm.group("dir").casefold()],
                relation=Relation.HEADING,
                mode=r.doc_mode,
            )
        )
    return out


#: A compass word followed or preceded by "then": one turn of a course told in turns.
_THEN_AFTER = re.compile(r"\s*,?\s*(?:and\s+)?then\b", re.IGNORECASE)
_THEN_BEFORE = re.compile(r"\bthen\s+(?:due\s+)?$", re.IGNORECASE)


def _a_turn(text: str, ds: int, de: int) -> bool:
    """Whether the compass word at ``[ds, de)`` is one turn of a course told in turns ("runs
    west, then north, then inland")."""
    return bool(_THEN_AFTER.match(text, de) or _THEN_BEFORE.search(text, max(0, ds - 12), ds))


def _turn(r: _Read, k: int, ds: int, de: int) -> DirectionClaim:
    """A heading that is one turn of a course: a part of the route (``Relation.PART``), which
    the direction check does not set against the trip's ends."""
    fired("headings:a_turn_of_the_course")
    return DirectionClaim(
        r.claim_id(k),
        r.doc,
        Kind.HEADING,
        r.text[ds:de],
        ds,
        de,
        sector=_COMPASS[r.text[ds:de].casefold()],
        relation=Relation.PART,
        mode=r.doc_mode,
    )


#: A compass word that says which way a leg ran to its end, named right after it: "flew about
#: 210 km north to Dadu", "rode west to the capital", "sailed on south-east towards Apia".
_WAY_TO_END = re.compile(
    r"(?P<dir>" + _COMPASS_RE + r")(?:wards?)?\s+(?:to|towards?)\s+(?:the\s+)?$", re.IGNORECASE
)
#: ``_WAY_TO_END`` for the lower-cased text (``text.document.lower_twin``): a case-insensitive
#: search of its compass words is tried at every character, several times more slowly.
_WAY_TO_END_LOW = lower_twin(_WAY_TO_END)
assert _WAY_TO_END_LOW is not None
#: The last words of ``_WAY_TO_END``'s matches, before their trailing spaces (casefolded: "ſ",
#: the one letter besides ASCII that folds to one of theirs, becomes "s").
_WAY_TO_END_LAST = ("to", "toward", "towards", "the")
#: What comes right before that compass word: a verb of travel (and "on", "back"), a
#: distance's unit ("210 kilometres north to") or the road taken ("took the road west to").
_WAY_VERB = re.compile(
    r"\b(?:flew|flown|flying|sailed|sailing|steamed|drove|driven|driving|travell?ed|travell?ing|"
    r"rode|riding|walked|walking|cycled|cycling|ran|running|marched|headed|heading|went|moved|"
    r"continued|pressed|turned|paddled|rowed|drifted|carried|swept|trekked|hiked|taxied)"
    r"(?:\s+(?:on|back|off|away))?\s+$|(?:km|kilometres|kilometers|miles|nautical\s+miles|nm)"
    r"(?:\s*\([^()]{1,30}\))?\s+$"
    # the way named by the road taken: "took the paved road west to Mut", "followed the
    # Interoceanic Highway north to Inapari"
    r"|\b(?:took|taking|takes|followed|following|follows|along|up|down)\s+(?:the|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:road|highway|motorway|expressway|track|trail|route|railway|"
    r"line|river|coast|piste|valley)\s+$",
    re.IGNORECASE,
)


def travel_directions(r: _Read, first: int) -> list[DirectionClaim]:
    """The way a leg ran, told by a compass word before its end: "took off from Karachi and
    flew about 210 km north to Dadu" says Dadu lies north of Karachi. Read only when the
    sentence names its origin before the word and no other place between them (a stop on the
    way would make the course another's: unverifiable, so not read)."""
    text, ad, out = r.text, r.ad, []
    for m in ad.mentions:
        if m.place is None or m.place.is_region:
            continue
        lead = max(0, m.start - 30)
        if not text[lead : m.start].rstrip().casefold().endswith(_WAY_TO_END_LAST):
            continue  # (what every match ends with: most names are not written so)
        low = ad._lower  # (the twin finds the same offsets in the lower-cased text)
        cm = (_WAY_TO_END if low is None else _WAY_TO_END_LOW).search(
            text if low is None else low, lead, m.start
        )
        if cm is None or not _WAY_VERB.search(text, max(0, cm.start() - 40), cm.start()):
            continue
        a, z = ad.sentence_of(m.start)
        ments = ad.mentions_between(a, z)
        origin, dest = leg_endpoints(text, a, z, ments)
        if origin is None or dest is None or dest.start != m.start or origin.place == m.place:
            continue
        between = [
            x
            for x in ad.mentions_between(origin.end, cm.start())
            if x.place and not x.place.is_region and x.place != origin.place
        ]
        if origin.start > cm.start() or between:
            continue
        fired("separations:way_to_end")
        ds, de = cm.start("dir"), cm.end("dir")
        out.append(_position(r, first + len(out), ds, de, (origin.place.id, m.place.id)))
    return out


#: A compass word that may give a leg's course: "ran south to", "set off west for", "steamed
#: north-west across the Bay of Biscay towards" (not a position: "west of", "north-western").
_LEG_COURSE = Gated(
    re.compile(
        rf"(?P<dir>{_COMPASS_RE})(?:wards?)?\b(?![-’']|\s+of\b|\s+(?:coast|side|wind)s?\b)",
        re.IGNORECASE,
    ),
    ("north", "south", "east", "west"),
)
_LEG_COURSE_LOW = lower_twin(_LEG_COURSE.rx)
#: What stands right before a course's compass word: a verb of travel, with its particle ("set
#: off", "set course", "pointed it") and the leg's distance ("fly some 2,000 km south-west").
_LEG_COURSE_LEAD = re.compile(
    r"\b(?:fl(?:ew|y|ies|ying|own)|sail(?:ed|s|ing)?|steam(?:ed|s|ing)?|dr(?:o|i)ve[sn]?|"
    r"driving|travell?(?:ed|ing|s)?|r(?:o|i)de|rides|riding|walk(?:ed|s|ing)?|"
    r"cycl(?:ed|es|ing)|r[au]n|runs|running|march(?:ed|es|ing)?|head(?:ed|s|ing)?|went|goes|"
    r"going|mov(?:ed|es|ing)|continu(?:ed|es|ing)|press(?:ed|es)|turn(?:ed|s|ing)|"
    r"paddl(?:ed|es|ing)|row(?:ed|s|ing)|drift(?:ed|s|ing)|swept|trek(?:s|ked|king)?|"
    r"hik(?:ed|es|ing)|taxi(?:ed|es)|roll(?:ed|s|ing)|set(?:s|ting)?\s+(?:off|out|course|sail)|"
    r"struck\s+out|point(?:ed|s|ing)\s+(?:it|her|him|them)"
    # a trip named by its figure, then its course: "making the 1,280km trip east to Durban"
    r"|(?:[\d,.]+\s*-?\s*(?:km|kilometres?|kilometers?|miles?|mile|hours?|hour|minutes?|minute)"
    r"|[\d,.]+(?:km|mi))\s+(?:trip|journey|flight|drive|ride|crossing|voyage|run|hop|passage|"
    r"sail|march|trek|haul))"
    r"(?:\s+(?:on|back|off|out|away|onward|onwards))?"
    r"(?:\s+(?:some|about|around|nearly|almost|roughly|more\s+than|over|another|a\s+further)?"
    r"\s*[\d,.]+\s*(?:km|kilometres|kilometers|miles|nautical\s+miles|nm)"
    r"(?:\s*\([^()]{1,30}\))?)?"
    rf"\s+{_DUE}$",
    re.IGNORECASE,
)
#: What a course's end follows: "to", "towards", "for", "into", with a described place ("to the
#: port of", "into Kenya's").
_LEG_COURSE_TO = re.compile(
    r"\b(?:to|towards?|for|into)\s+(?:the\s+)?(?:(?:port|city|town|village|island|harbour|"
    r"harbor|capital)\s+of\s+)?$",
    re.IGNORECASE,
)
#: What may stand between a course's compass word and its end: the way ("across the Bay of
#: Biscay", "over the Red Sea", "through mined waters"), a distance, a time; no other verb
#: or clause (at most this many characters).
_LEG_COURSE_GAP = 160
_LEG_COURSE_WAY = re.compile(
    r"\b(?:across|over|through|via|past|along|up|down|by\s+way\s+of|and\s+into|around|round|"
    r"out\s+of|off|calling\s+at|stopping\s+(?:at|in))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: What puts the traveller at a place before a course from it: a departure ("left Hungnam ...
#: and steamed south"), which names the leg's start; or an arrival or a stay ("landed at",
#: "in", "to"), which leaves the traveller there.
_LEG_COURSE_LEFT = re.compile(
    r"\b(?:from|left|leaving|departed|departing|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
_LEG_COURSE_AT = re.compile(
    r"\b(?:at|in|around|near|off|to|towards?|for|into|reached|reaching|"
    r"(?:port|harbou?r|city|town)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How many sentences before a course's own the reading looks for where it starts.
_LEG_COURSE_BACK = 2


#: A course's start written with it: "from" right after the compass word ("south from
#: Darwin to"), or a named start right before it ("from Darwin south to").
_COURSE_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
_COURSE_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s+$"
)


def _course_from(r: _Read, ds: int, de: int) -> Mention | None:
    """The place a course's words say it starts from (:data:`_COURSE_FROM_AFTER`,
    :data:`_COURSE_FROM_BEFORE`), a point, when there is one."""
    text = r.text
    after = _COURSE_FROM_AFTER.match(text, de)
    if after is not None:
        here = r.ad.mentions_between(after.end(), after.end() + 1)
    else:
        before = _COURSE_FROM_BEFORE.search(text, max(0, ds - 60), ds)
        here = r.ad.mentions_between(before.start(), ds)[-1:] if before is not None else []
    if not here or here[0].place is None or here[0].place.is_region:
        return None
    return here[0]


def _course_goal(r: _Read, de: int, z: int) -> Mention | None:
    """The place a course leads to: the first one after its compass word, written after "to",
    "towards", "for" or "into", with only the way (regions, seas, waypoints) between; a region
    entered on the way gives way to a place named after it ("west across Germany and into the
    Netherlands, some 700 km by rail, to the port of Hook of Holland")."""
    text, found, way_end = r.text, None, None
    for m in r.ad.mentions_between(de, min(z, de + _LEG_COURSE_GAP)):
        if m.place is None:
            continue
        if way_end is not None and _WAY_LIST_GOES_ON.fullmatch(text, way_end, m.start):
            way_end = m.end  # "calling at Brescia, Verona and Padua": the stops go on
            continue
        if _LEG_COURSE_TO.search(text[max(de, m.start - 40) : m.start]):
            if text.startswith(("'s", "’s"), m.end):  # "into Kenya's Masai Mara"
                nxt = r.ad.mentions_between(m.end, m.end + 4)
                if nxt and nxt[0].place is not None:
                    return nxt[0]
            if not m.place.is_region:
                return m
            found = found or m
        elif _LEG_COURSE_WAY.search(text[max(de, m.start - 60) : m.start]):
            way_end = m.end
        elif not m.place.is_region:
            break  # another place on the way, not a waypoint: the course is another's
    return found


#: Between two stops of a list of them: "Brescia, Verona and Padua".
_WAY_LIST_GOES_ON = re.compile(r"\s*(?:,|,?\s+and)\s*")


def _course_origin(r: _Read, a: int, ds: int, dest: Mention) -> tuple[Mention | None, bool]:
    """Where a course starts, and whether the text says so (True: the sentence names the
    leg's origin, or the place the traveller left with no other place named since) or the
    reading guesses it (False: the last place the traveller reached or stayed at, in the
    sentence or the ``_LEG_COURSE_BACK`` before it)."""
    text, ad = r.text, r.ad
    origin, _ = leg_endpoints(text, a, ds, ad.mentions_between(a, ds))
    if (
        origin is not None
        and origin.place is not None
        and origin.place != dest.place
        and not any(  # a stop on the way ("stopped in Voi and drove on"): the course is its
            x.place is not None and not x.place.is_region and x.place != origin.place
            for x in ad.mentions_between(origin.end, ds)
        )
    ):
        return origin, True
    spans, lo = [(a, ds)], a
    for _ in range(_LEG_COURSE_BACK):
        prev = ad.sentence_before(lo)
        if prev is None:
            break
        spans.append(prev)
        lo = prev[0]
    for sa, sz in spans:
        for m in reversed(ad.mentions_between(sa, sz)):
            if m.place is None or m.place.is_region or m.place == dest.place:
                continue
            before = text[max(sa, m.start - 30) : m.start]
            left = _LEG_COURSE_LEFT.search(before) is not None
            if not (left or _LEG_COURSE_AT.search(before)):
                continue
            since = (x for x in ad.mentions_between(m.end, ds) if x.place is not None)
            # (a place the index lacks named since, "after a week's rest in the Yakut
            # capital", may be where this course starts: then the start is a guess)
            return m, (
                left
                and not any(not x.place.is_region for x in since)
                and not any(m.end <= u.start < ds for u in r.unplaced)
            )
    return None, False


def course_to_the(r: _Read, first: int, taken: set[tuple[int, int]]) -> list[DirectionClaim]:
    """The course of a leg told by its distance and "to the <compass word>" ("landed in Maun
    at 11:50 a.m., after a 380-km flight to the northwest"; "touched down at Naha ..., covering
    some 1,550 km to the southwest"): the destination lies that way from the origin, when the
    sentence names both before the compass word and tells of no turn or onward way after it."""
    text, ad, out = r.text, r.ad, []
    for cm, lead in _travelled_to_the(text, 0, len(text)):
        ds, de = cm.start("dir"), cm.end("dir")
        if any(s < de and ds < e for s, e in taken):
            continue
        a, z = ad.sentence_of(ds)
        if lead.start() < a or _COURSE_GOES_ON.search(text, de, z):
            continue
        origin, dest = leg_endpoints(text, a, z, ad.mentions_between(a, z))
        if (
            origin is None
            or dest is None
            or origin.place is None
            or dest.place is None
            or (origin.place.is_region and not origin.place.is_small_area)
            or (dest.place.is_region and not dest.place.is_small_area)
            or origin.place == dest.place
            or max(origin.end, dest.end) > lead.start()
        ):
            continue
        fired("separations:course_to_the")
        out.append(_position(r, first + len(out), ds, de, (origin.place.id, dest.place.id)))
    return out


def course_directions(r: _Read, first: int, taken: set[tuple[int, int]]) -> list[DirectionClaim]:
    """The course of a leg, told by a compass word after a verb of travel: "The train ran
    south to Tsarskoye Selo" says the town lies south of where the train left. Its end is the
    place written after "to", "towards", "for" or "into" in the same sentence; its start is the
    leg's origin. When the sentence names where the traveller set out, the claim is a direction
    between the two places; when the reading takes the start from the sentences before, it is a
    heading between them, which the direction check may confirm but never contradicts."""
    text, ad, out = r.text, r.ad, []
    for cm in ad.finditer_lower(_LEG_COURSE, _LEG_COURSE_LOW, opening=True):
        ds, de = cm.start("dir"), cm.end("dir")
        if any(s < de and ds < e for s, e in taken):
            continue
        if _a_turn(text, ds, de):
            # "It runs west, then north, then inland ... and pulls into Wick": one turn of the
            # course, not the bearing from its start to its end
            out.append(_turn(r, first + len(out), ds, de))
            continue
        # "drove south from Darwin to Alice Springs", "1,500 km from Darwin south to Alice
        # Springs": the start the words give, on either side of the compass word
        start = _course_from(r, ds, cm.end()) if text[ds].islower() else None
        if start is None and not _LEG_COURSE_LEAD.search(text, max(0, ds - 80), ds):
            continue
        a, z = ad.sentence_of(ds)
        dest = _course_goal(r, start.end if start and start.start > ds else cm.end(), z)
        if dest is None or dest.place is None:
            continue
        if start is not None and start.place != dest.place:
            fired("separations:course_from")
            origin, told = start, True
        elif start is not None:
            continue
        else:
            origin, told = _course_origin(r, a, ds, dest)
        if origin is None or origin.place is None:
            continue
        if told:
            fired("separations:course_told")
            out.append(_position(r, first + len(out), ds, de, (origin.place.id, dest.place.id)))
            continue
        fired("separations:course_guessed")
        out.append(
            DirectionClaim(
                r.claim_id(first + len(out)),
                r.doc,
                Kind.HEADING,
                text[ds:de],
                ds,
                de,
                sector=_COMPASS[text[ds:de].casefold()],
                places=(origin.place.id, dest.place.id),
                relation=Relation.HEADING,
                mode=r.doc_mode,
            )
        )
    return out


def read(
    document: Document, gaz: Gazetteer
) -> tuple[_Read, dict[int, Place], dict[int, dict], dict[int, tuple[Place, ...]]]:
    """The document read once: its annotated text with the place mentions, its quantities, its
    traveller and mode, the names it could not place; and the places with their resolutions and
    their close namesakes."""
    text = blank_escapes(document.text[:MAX_TEXT])  # (offsets kept: spans stay the text's)
    ad = annotate(text, document.date)
    runs = name_runs(text, gaz, ad.words)  # read once for the mentions and the unplaced names
    found = find_mentions(text, gaz, tokens=ad.words, runs=runs)
    unplaced = find_unplaced(text, gaz, found, tokens=ad.words, runs=runs)
    # (a reading withdrawn for the place the text puts it near is listed unplaced, and no
    # reading takes it as an end or a reference: readings.far_from_its_near)
    mentions = [m for m in found if m.place is not None or not is_withdrawn(m)]
    ad.with_mentions(mentions)
    countries = {c for m in mentions if m.place for c in m.place.countries if c}
    named = {m.text.casefold(): m.place for m in mentions if m.place and not m.place.is_region}
    stations = _station_mentions(
        [*unplaced, *_left_stations(text, mentions)],
        gaz,
        countries,
        named,
        _stations_of_cities(text, mentions),
    )
    if stations:
        mentions = sorted([*mentions, *stations], key=lambda m: (m.start, m.end))
        ad.with_mentions(mentions)
        taken = {(m.start, m.end) for m in stations}
        unplaced = [u for u in unplaced if (u.start, u.end) not in taken]
    ports = [*_described_ports(text, mentions), *_this_place(text, mentions)]
    if ports:
        mentions = sorted([*mentions, *ports], key=lambda m: (m.start, m.end))
        ad.with_mentions(mentions)
    places = {m.place.id: m.place for m in mentions if m.place}
    r = _Read(
        document,
        ad,
        tuple(find_quantities(text)),
        ad.mode_in(0, len(text)),
        _traveller(text, mentions),
        tuple(unplaced),
    )
    return r, places, _resolutions(mentions), _namesakes(mentions)


#: "the port" written alone, standing for a port the text named before.
_THE_PORT = re.compile(
    r"\b[Tt]he\s+(?:port|harbou?r)\b(?!\s+(?:of|city|town|authorit\w*|area|workers|side)\b)"
    r"(?!['’]s)"
)
#: What every match of ``_THE_PORT`` holds, opening with a character class (a scan for it
#: skips to its first letter; ``_THE_PORT``'s look-behind of a word boundary is tried
#: everywhere).
_THE_PORT_GATE = re.compile(r"[Tt]he\s+(?:port|harbo)")


def _the_port_written(text: str) -> bool:
    """Whether ``_THE_PORT_GATE`` matches in ``text``: found from the port's words ("port",
    "harbo"), each preceded by white space and "the" or "The" (a scan for the pattern's first
    letter stops at every "t" of the text).

    >>> _the_port_written("sailed into the\\n port at dawn"), _the_port_written("the airport")
    (True, False)
    """
    for k in word_starts(text, ("port", "harbo")):
        j = k
        while j and text[j - 1].isspace():  # (``\s``: the same characters)
            j -= 1
        if j < k and text[max(0, j - 3) : j] in ("the", "The"):
            return True
    return False


#: How the text names a port: "the port of X", "the Red Sea port of X", "X port", "X's port".
_PORT_OF = re.compile(r"\bport\s+of\s+$", re.IGNORECASE)
_PORT_AFTER = re.compile(r"(?:['’]s)?\s+(?:sea)?port\b", re.IGNORECASE)


def _described_ports(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the port" written alone ("the 420-km drive from the port to the capital") as the one
    place the text named as a port before it ("the port of Djibouti", "Kuantan port"); none
    when the text named no port or several (ambiguous: not guessed)."""
    out = []
    if not _the_port_written(text):
        return out  # (what every match holds: most texts hold none)
    for m in _THE_PORT.finditer(text):
        found = {
            n.place.id: n
            for n in mentions
            if n.end <= m.start()
            and n.place is not None
            and (
                _PORT_OF.search(text, max(0, n.start - 40), n.start)
                or _PORT_AFTER.match(text, n.end)
            )
        }
        if len(found) != 1:
            continue
        (n,) = found.values()
        why = f"'{m.group()}' read as {n.place.name}: the one port the text named before"
        out.append(Mention(m.start(), m.end(), m.group(), Resolution(m.group(), n.place, (), why)))
    return out


#: A verb of arrival right before "here" ("docked here", "arrived back here").
_ARRIVED_HERE = re.compile(
    r"\b(?:arrived|arrives|docked|docks|landed|lands|berthed|returned|returns|came|comes|"
    r"reached|pulled\s+in)\s+(?:back\s+)?$"
)
#: The dateline's town as wire copy calls it after the dateline: "docked in this southern
#: Chilean port", "arrived in this Black Sea city", "docked here" (not "this year's", "this
#: season").
_THIS_PLACE = re.compile(
    r"\b[Tt]his\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?(?:city|town|port|village|capital|island|resort|"
    r"seaport|harbou?r\s+town|port\s+city|border\s+town|oasis)\b(?!['’]s)"
    # "docked here on Monday", "flights from here to Lima": "here" after a verb of arrival
    r"|\b(?:arrived|arrives|docked|docks|landed|lands|berthed|returned|returns|came|comes|"
    r"from|reached|pulled\s+in)\s+(?:back\s+)?(?P<here>here)\b"
)

#: What every match of ``_THIS_PLACE`` opens with: it is tried there only.
_THIS_PLACE_OPENINGS = (
    *("This", "this", "arrive", "dock", "land", "berth", "return", "came", "come", "from"),
    *("reached", "pulled"),
)
#: ``_THIS_PLACE``'s first branch without its word boundaries, opening with a character class
#: (a scan for it skips to its first letter): what every match of that branch holds; every
#: match of the other holds "here".
_THIS_NOUN = re.compile(
    r"[Tt]his\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?(?:city|town|port|village|capital|island|resort|"
    r"seaport|harbou?r\s+town|port\s+city|border\s+town|oasis)"
)

#: What every match of ``_THIS_PLACE``'s other branch holds: "here" after a space (a text's
#: "where" and "there" hold "here" too; a scan of the whole text by ``_THIS_PLACE``, whose
#: word boundary is tried at every position, is then spared).
_HERE = re.compile(r"\shere\b")


def _this_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "this southern Chilean port" after a dateline: the dateline's town (a name inside the
    phrase, "Chilean", is then no end of its own); none without a dateline's town."""
    out = []
    if not any(_HERE.match(text, k - 1) for k in word_starts(text, ("here",)) if k) and (
        next(finditer_at(_THIS_NOUN, text, word_starts(text, ("this", "This"))), None) is None
    ):
        return out  # (what every match holds: most texts have neither; each searched from
        # its words, which the text holds few times)
    dateline = None
    for m in finditer_at(_THIS_PLACE, text, word_starts(text, _THIS_PLACE_OPENINGS)):
        dateline = dateline or _dateline_of(text, mentions, undated=True)
        if dateline is None:
            return []
        s, e = m.span("here") if m["here"] else m.span()
        if s < dateline.end:
            continue
        why = f"'{text[s:e]}' read as {dateline.place.name}: the dateline's town"
        out.append(Mention(s, e, text[s:e], Resolution(text[s:e], dateline.place, (), why)))
    return out


#: A station, terminal or port named by a town and its noun: "Boten Station", "Kuah Jetty".
_STATION_OF_NAMED = re.compile(
    r"([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)\s+(?:Railway\s+)?(?:Station|Terminus|"
    r"Terminal|Jetty|Pier|Port|Harbou?r|Airport|Airfield|Wharf)",
)
#: A city big enough to hold stations, ports and quarters that wire copy names after it.
STATION_CITY_POPULATION = 100_000
_NAME_PART = re.compile(r"[^\W\d_][\w'’.]*(?:-[^\W\d_][\w'’.]*)*")


_PULLED_OUT_OF = Gated(
    re.compile(
        r"\b(?:pull|steam|roll|sail|chug)(?:ed|s|ing)?\s+out\s+of\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    ),
    ("pull", "steam", "roll", "sail", "chug"),
)


def _left_stations(text: str, mentions: list[Mention]) -> list[Unplaced]:
    """Names after "pulled out of" that no mention covers ("pulled out of Colombo Fort")."""
    out = []
    # (every match opens with one of the gate's words: tried there only)
    for m in finditer_at(_PULLED_OUT_OF.rx, text, word_starts(text, _PULLED_OUT_OF.words)):
        s, e = m.span("name")
        if not any(x.start < e and s < x.end for x in mentions):
            out.append(Unplaced(s, e, m["name"], "not in the gazetteer"))
    return out


#: A station, terminal or airport named as a city's: "Moscow's Leningradsky railway station".
_CITYS_STATION = re.compile(
    r"['’]s\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:(?:railway|rail|train|bus|"
    r"ferry|coach)\s+)?(?:[Ss]tation|[Tt]erminal|[Tt]erminus|[Aa]irport)\b"
)
#: A station's noun at the end of its name ("Leningradsky Station").
_STATION_NOUN_AFTER = re.compile(
    r"\s+(?:(?:railway|rail|train|bus|ferry|coach)\s+)?(?:station|terminal|terminus|airport)$",
    re.IGNORECASE,
)


def _stations_of_cities(text: str, mentions: list[Mention]) -> dict[str, Place]:
    """The stations the text names as a city's ("Moscow's Leningradsky railway station"), by
    their name in lower case, with that city: the same name alone later is there."""
    ends = {m.end: m for m in mentions if m.place is not None and not m.place.is_region}
    out: dict[str, Place] = {}
    # (every match opens with the possessive: tried there only)
    for s in (
        finditer_at(_CITYS_STATION, text, word_starts(text, ("'s", "’s")))
        if "'s " in text or "’s " in text
        else ()
    ):
        city = ends.get(s.start())
        if city is not None:
            out.setdefault(s["name"].casefold(), city.place)
    return out


def _station_mentions(
    unplaced: list[Unplaced],
    gaz: Gazetteer,
    countries: set[str],
    named: dict[str, Place] | None = None,
    of_cities: dict[str, Place] | None = None,
) -> list[Mention]:
    """Names the gazetteer lacks that open or end with a city's name, read as that city: a
    station, port or quarter named after it ("arrived in Edinburgh Waverley", "pulled out of
    Mumbai Central", "at Shin-Osaka"). Only cities of ``STATION_CITY_POPULATION`` or more, so
    that a small namesake town is never taken for the place, and, when the document places
    names in ``countries``, only a city in one of them (a station's first word is no city of a
    country the article never mentions). A town of any size the text itself names elsewhere
    (``named``: a mention's words to its place) holds the station its name opens ("the border
    town of Boten ... pulled into Boten Station"), and so does a city the text names as a
    station's before (``of_cities``: "Moscow's Leningradsky station ... departed from
    Leningradsky station")."""
    out = []
    for u in unplaced:
        city = (of_cities or {}).get(_STATION_NOUN_AFTER.sub("", u.text).casefold())
        if city is not None:
            why = f"'{u.text}' read as {city.name}: the text names it as that city's station"
            out.append(Mention(u.start, u.end, u.text, Resolution(u.text, city, (), why)))
            continue
        first = _STATION_OF_NAMED.fullmatch(u.text)
        town = named.get(first.group(1).casefold()) if first and named else None
        if town is not None:
            why = f"'{u.text}' read as {town.name}: a station or port of a town the text names"
            out.append(Mention(u.start, u.end, u.text, Resolution(u.text, town, (), why)))
            continue
        words = _NAME_PART.findall(u.text)
        if len(words) > 3:
            continue
        if len(words) > 1:
            whole = gaz.resolve("".join(words)).place
            if (
                whole is not None
                and normalize_name(whole.name).replace(" ", "") == normalize_name("".join(words))
                and (not countries or whole.countries & countries)
            ):
                # "Padang Bai" is Padangbai written in two words, not the city of Padang's port
                why = f"'{u.text}' read as {whole.name}: the same name written as one word"
                out.append(Mention(u.start, u.end, u.text, Resolution(u.text, whole, (), why)))
                continue
        parts = words[0].split("-") if len(words) == 1 else [words[0]]
        tries = [" ".join(words[:2])] if len(words) == 3 else []
        tries += [parts[0], parts[-1]] if len(parts) > 1 else parts
        for name in tries:
            res = gaz.resolve(name)
            p = res.place
            if (
                p is not None
                and not p.is_region
                and (p.population or 0) >= STATION_CITY_POPULATION
                and name.casefold() != u.text.casefold()
                and (not countries or p.countries & countries)
            ):
                why = (
                    f"'{u.text}' read as {p.name}: a station, port or quarter named after the city"
                )
                out.append(Mention(u.start, u.end, u.text, Resolution(u.text, p, (), why)))
                break
    return out


#: What a figure may tell of another trip than the story's: a former one, another's, a plan.
_OTHER_TRIPS = frozenset({Relation.FORMER, Relation.OTHER, Relation.PLANNED, Relation.USUAL})


def _ends_of_other_trips(
    r: _Read, places: list[PlaceClaim], quantities: list[QuantityClaim]
) -> list[PlaceClaim]:
    """Places a sentence names as an end of a trip whose every figure is another trip's
    ("Before the line opened, the trip to Samarkand took four and a half hours") are no ends
    of the story's trip."""
    other: dict[tuple[int, int], bool] = {}
    for q in quantities:
        key = r.ad.sentence_of(q.start)
        other[key] = other.get(key, True) and q.relation in _OTHER_TRIPS
    return [
        dataclasses.replace(c, relation=None, speculative=False)
        if c.relation in (Relation.ORIGIN, Relation.DESTINATION)
        and other.get(r.ad.sentence_of(c.start), False)
        else c
        for c in places
    ]


def _ends_quoted_of_other_modes(r: _Read, places: list[PlaceClaim]) -> list[PlaceClaim]:
    """A place a quotation names as an end of travel by another mode than the story's ("We
    flew in from Dakar," a fan of a train story said) is the speaker's own trip, no end of the
    story's; so is a destination a quotation names when the narrative names another."""
    told = {  # the destinations the narrative names, outside quotations
        c.places[0]
        for c in places
        if c.relation == Relation.DESTINATION and c.places and not in_quote(r.text, c.start)
    }
    out = []
    for c in places:
        if (
            c.relation in (Relation.ORIGIN, Relation.DESTINATION)
            and r.doc_mode is not None
            and c.mode is not None
            and c.mode != r.doc_mode
            and in_quote(r.text, c.start)
        ):
            fired("endpoints:quoted.other_mode")
            c = dataclasses.replace(c, relation=None, speculative=False)
        elif (
            c.relation == Relation.DESTINATION
            and c.places
            and told - {c.places[0]}
            and in_quote(r.text, c.start)
        ):
            # "We had a beautiful run to Sinop," a skipper of a race the story ends in Samsun
            # said: a part of the way in the speaker's words, not where the trip goes
            fired("endpoints:quoted.other_destination")
            c = dataclasses.replace(c, relation=None, speculative=False)
        out.append(c)
    return out


def extract_document(document: Document, gazetteer: Gazetteer | None = None) -> DocumentClaims:
    """All claims, legs and the trip context of one document: each stage reads the document and
    what the stages before it found (mentions -> quantities -> what each quantity describes ->
    legs -> times); claims are numbered in that order."""
    r, places, resolutions, namesakes = read(document, gazetteer or default_gazetteer())
    pl = place_claims(r, 1)
    qs = quantity_claims(r, 1 + len(pl))
    seps = separations(r, qs)
    qs = [
        dataclasses.replace(
            c,
            relation=Relation.SEPARATION,
            places=s.places,
            mode=_way_of(r.text, r.quantities[i].end),
        )
        if (s := seps.get(i) or _conversion_separation(r, seps, i)) is not None
        else c
        for i, c in enumerate(qs)
    ]
    n = 1 + len(pl) + len(qs)
    dirs = separation_directions(r, seps, n)
    bare = bare_directions(r, n + len(dirs))
    ways = travel_directions(r, n + len(dirs) + len(bare))
    taken = {(c.start, c.end) for c in (*dirs, *bare, *ways)}
    ways += course_directions(r, n + len(dirs) + len(bare) + len(ways), taken)
    taken.update((c.start, c.end) for c in ways)
    ways += course_to_the(r, n + len(dirs) + len(bare) + len(ways), taken)
    taken.update((c.start, c.end) for c in ways)
    heads = [*ways, *headings(r, n + len(dirs) + len(bare) + len(ways), taken)]
    pl = _ends_quoted_of_other_modes(r, _ends_of_other_trips(r, pl, qs))
    of, legs = legs_of(r, qs, pl, r.trip_years)
    qs = [
        dataclasses.replace(c, leg=of[i].leg, relation=Relation.LEG, places=of[i].places)
        if i in of
        else c
        for i, c in enumerate(qs)
    ]
    times = time_claims(r, n + len(dirs) + len(bare) + len(heads))
    claims = [*pl, *qs, *dirs, *bare, *heads, *times]
    of_leg: dict[str, list[str]] = {}
    for c in claims:
        of_leg.setdefault(c.leg, []).append(c.id)
    legs = [dataclasses.replace(lg, claims=tuple(of_leg.get(lg.id, ()))) for lg in legs]
    return DocumentClaims(
        r.doc,
        tuple(sorted(claims, key=lambda c: (c.start, c.end, c.id))),
        tuple(legs),
        _trip_context(
            document,
            claims,
            r.traveller,
            r.doc_mode,
            _dateline_of(r.text, r.ad.mentions_between(0, min(len(r.text), 400)), True),
        ),
        places,
        resolutions,
        r.unplaced,
        namesakes,
    )


def _conversion_separation(r: _Read, seps: dict[int, _Separation], i: int) -> _Separation | None:
    """The separation of the figure quantity ``i`` converts, when it covers its conversion."""
    q = r.quantities[i]
    if q.same_as is None or q.same_as != i - 1:
        return None
    s = seps.get(i - 1)
    return s if s is not None and s.covers_conversion else None


#: A named train, the traveller of a rail report: "the Mumbai Rajdhani Express".
_NAMED_TRAIN = Gated(
    re.compile(r"\b(?!The\b)(?:[A-Z][\w-]+\s+){1,3}(?:Express|Mail|Limited|Zephyr|Flyer)\b"),
    ("Express", "Mail", "Limited", "Zephyr", "Flyer"),
)
#: A capitalised word (``\\b[A-Z][\\w-]+``, its word boundary written as a look-behind after
#: the capital: a pattern opening with a character class is scanned for it quickly).
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[\w-]+")
#: What opens a sentence, a quote or a bracket: a capital there is no sign of a name.
_OPENING = re.compile(r"(?:^|[.!?:;\"“‘(\n]\s*|[\"“‘(]\s*)$")


def _word_or_hyphen(c: str) -> bool:
    """Whether ``[\\w-]`` matches the character ``c`` (``\\w`` as the regex engine reads it)."""
    return c.isalnum() or c in "_-"


def _capitalised_at(text: str, name: str) -> Iterator[int]:
    """Where ``_CAPITALISED.finditer(text)`` finds ``name`` (a capital, then word characters or
    hyphens), found by the name's own occurrences instead of every capitalised word: a match
    runs to the end of its run of ``[\\w-]`` characters, from the first capital of the run
    that opens it or follows a hyphen and that another character of the run follows."""
    k = text.find(name)
    while k >= 0:
        end = k + len(name)
        if end == len(text) or not _word_or_hyphen(text[end]):
            start = k  # the run's first character
            while start and _word_or_hyphen(text[start - 1]):
                start -= 1
            first = next(
                (
                    q
                    for q in range(start, end)
                    if "A" <= text[q] <= "Z" and (q == start or text[q - 1] == "-") and q + 1 < end
                ),
                None,
            )
            if first == k:
                yield k
        k = text.find(name, k + 1)


#: A name as the subject of a verb of travel, or a possessive: the word boundary before the
#: capital as in ``_CAPITALISED``, and not the name after an elided article, a place's ("Cortina
#: d'Ampezzo has"). Both look-behinds are written after the capital (the elision's one
#: character further back), so that the pattern opens with a character class: a scan for it
#: skips to the capitals instead of trying the look-behinds at every position.
_SUBJECT = re.compile(
    r"([A-Z](?<![dDlL]['’].)(?<!\w.)[\w-]+)(?:['’]s\b|\s+(?:was|is|has|had|left|boarded|arrived|"
    r"will|would|plans|spent|made|travel\w*|walked|crossed|flew|drove|sailed|rode|reached|"
    r"departed|landed|set|took|touched|finished|completed|swam|ran|paddled|pedall?ed|rowed|"
    r"skied|cycled|hiked|trekked|steered|piloted|started|headed|covered)\b)"
)


def _inside_span(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether position ``at`` lies inside one of ``spans`` (sorted; ``starts`` their starts)."""
    k = bisect.bisect_right(starts, at)
    return k > 0 and spans[k - 1][0] <= at < spans[k - 1][1]


def _traveller(text: str, mentions: list[Mention]) -> str | None:
    """The name the document most often makes the subject of a verb: its traveller.

    Only a name: never a weekday or month, nor a word capitalised only where it opens a
    sentence or a quote ("Air travel ... is quicker"). A report that names no person but a
    train ("the Mumbai Rajdhani Express") travels as that train.
    """
    mentioned = {m.text for m in mentions}
    skip = {
        "The",
        "It",
        "He",
        "She",
        "This",
        "That",
        "There",
        "They",
        "We",
        "Mr",
        "Mrs",
        "Ms",
        "Who",
        "What",
    }
    trains = Counter(" ".join(m.group().split()) for m in _NAMED_TRAIN.finditer(text))
    skip = skip | {name.split()[-1] for name in trains}  # "Express" of a named train
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    names = [
        m.group(1)
        for m in _SUBJECT.finditer(text)
        if m.group(1) not in mentioned
        and not _inside_span(spans, starts, m.start(1))  # "Norfolk Island's clocks"
        and m.group(1) not in skip
        and m.group(1).casefold() not in CALENDAR_WORDS
    ]
    # those of the names written somewhere not just after a sentence's or a quote's opening
    inside = {
        name
        for name in set(names)
        if any(not _OPENING.search(text[max(0, at - 3) : at]) for at in _capitalised_at(text, name))
    }
    counts = Counter(name for name in names if name in inside)
    if counts:
        return counts.most_common(1)[0][0]
    return trains.most_common(1)[0][0] if trains else None


def _trip_context(
    document: Document,
    claims: list[Claim],
    traveller: str | None,
    mode: str | None,
    dateline: Mention | None = None,
) -> TripContext:
    """What the document says of its trip. Its destinations keep their order, but one that is
    the dateline's place comes last: a story filed from a place the journey reached ends there
    ("JAZAN - ... reached Jazan on Wednesday ... rode 257 km to Abha in the first three days,
    and then 229 km to Jazan"), whichever stop it names after."""
    origins = tuple(c.id for c in claims if c.kind == "place" and c.relation == "origin")
    dests = tuple(c.id for c in claims if c.kind == "place" and c.relation == "destination")
    if dateline is not None and dateline.place is not None:
        here = dateline.place.id
        filed = {c.id for c in claims if c.id in dests and c.places and c.places[0] == here}
        dests = tuple(x for x in dests if x not in filed) + tuple(x for x in dests if x in filed)
    pl = tuple(sorted({c.places[0] for c in claims if c.kind == "place" and c.places}))
    return TripContext(
        traveller, mode, document.date, origins, dests, pl, narrowing_submodes(document.text)
    )


def extract(document: Document | str, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """The claims of one document (a Document, or plain text with id ``doc``)."""
    if isinstance(document, str):
        document = Document("doc", document)
    return list(extract_document(document, gazetteer).claims)
